//! `kctl sandbox`: run the built-in local API server in the foreground (`serve`) or the
//! background (`up`, `down`, `status`, `reset`), the way kind and minikube manage theirs.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};
use std::time::{Duration, Instant};

use clap::{Arg, ArgMatches, Command};

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::kubeconfig::{Kubeconfig, Stanza, load};
use crate::sandbox::{ServeOptions, serve};

const READY_LINE: &str = "Sandbox API server listening on ";

pub fn command() -> Command {
    let data_dir = || {
        Arg::new("data-dir")
            .long("data-dir")
            .help("Where the sandbox keeps its store and certificates (default: $XDG_DATA_HOME/kctl/sandbox)")
    };
    let listen = || {
        Arg::new("listen")
            .long("listen")
            .default_value("127.0.0.1:0")
            .help("Address to listen on; port 0 picks a free port")
    };
    Command::new("sandbox")
        .about("Run a local Kubernetes API server (the sandbox)")
        .subcommand_required(true)
        .subcommand(
            Command::new("serve")
                .about("Run the sandbox API server in the foreground")
                .arg(listen())
                .arg(data_dir())
                .arg(
                    Arg::new("kubeconfig-out")
                        .long("kubeconfig-out")
                        .help("Write an admin kubeconfig here once serving"),
                )
                .arg(
                    crate::cli::bool_flag("controllers").help(
                        "Run the scheduler, controllers and simulated kubelet (default true)",
                    ),
                ),
        )
        .subcommand(
            Command::new("up")
                .about("Start the sandbox in the background and switch to its context")
                .arg(listen())
                .arg(data_dir()),
        )
        .subcommand(
            Command::new("down")
                .about("Stop the background sandbox")
                .arg(data_dir()),
        )
        .subcommand(
            Command::new("status")
                .about("Say whether the sandbox runs")
                .arg(data_dir()),
        )
        .subcommand(
            Command::new("reset")
                .about("Stop the sandbox and delete all its data")
                .arg(data_dir()),
        )
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    match m.subcommand() {
        Some(("serve", m)) => run_serve(m, ctx),
        Some(("up", m)) => up(m, ctx),
        Some(("down", m)) => down(&data_dir(m, ctx), ctx),
        Some(("status", m)) => status(&data_dir(m, ctx), ctx),
        Some(("reset", m)) => reset(&data_dir(m, ctx), ctx),
        _ => Err(Error::msg(
            "a sandbox subcommand is required (serve, up, down, status, reset)",
        )),
    }
}

/// `--data-dir`, else `$XDG_DATA_HOME/kctl/sandbox`, else `~/.local/share/kctl/sandbox`.
fn data_dir(m: &ArgMatches, ctx: &Ctx) -> PathBuf {
    if let Some(dir) = m.get_one::<String>("data-dir") {
        return PathBuf::from(dir);
    }
    let base = match ctx.env.get_os("XDG_DATA_HOME") {
        Some(d) => PathBuf::from(d),
        None => ctx.env.home_dir().join(".local").join("share"),
    };
    base.join("kctl").join("sandbox")
}

fn listen_addr(m: &ArgMatches) -> Result<SocketAddr> {
    let raw = m
        .get_one::<String>("listen")
        .map(String::as_str)
        .unwrap_or("127.0.0.1:0");
    let addr: SocketAddr = raw
        .parse()
        .map_err(|_| Error::msg(format!("invalid --listen address {raw:?}: want IP:PORT")))?;
    if !addr.ip().is_loopback() {
        return Err(Error::msg(format!(
            "the sandbox only listens on loopback addresses, not {}",
            addr.ip()
        )));
    }
    Ok(addr)
}

fn run_serve(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let opts = ServeOptions {
        listen: listen_addr(m)?,
        data_dir: data_dir(m, ctx),
        kubeconfig_out: m.get_one::<String>("kubeconfig-out").map(PathBuf::from),
        controllers: m.get_one::<bool>("controllers").copied().unwrap_or(true),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::msg(format!("starting the async runtime: {e}")))?;
    runtime
        .block_on(serve(opts, shutdown_signal()))
        .map_err(|e| Error::msg(format!("sandbox: {e}")))
}

/// Completes on SIGINT or SIGTERM, so the server can stop cleanly.
async fn shutdown_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    match signal(SignalKind::terminate()) {
        Ok(mut term) => {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
        }
        Err(_) => {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

fn pid_file(dir: &Path) -> PathBuf {
    dir.join("sandbox.pid")
}

fn log_file(dir: &Path) -> PathBuf {
    dir.join("sandbox.log")
}

fn kubeconfig_file(dir: &Path) -> PathBuf {
    dir.join("kubeconfig")
}

/// The pid of a live background server for this data dir, if any.
fn running_pid(dir: &Path) -> Option<i32> {
    let text = std::fs::read_to_string(pid_file(dir)).ok()?;
    let pid: i32 = text.trim().parse().ok()?;
    // Signal 0 checks that the process exists without touching it.
    let alive = unsafe { libc::kill(pid, 0) } == 0;
    alive.then_some(pid)
}

fn server_url(dir: &Path) -> Option<String> {
    let file = load::read_file(&kubeconfig_file(dir)).ok()??;
    file.clusters.first().map(|c| c.cluster.server.clone())
}

fn up(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let dir = data_dir(m, ctx);
    let listen = listen_addr(m)?;
    if running_pid(&dir).is_none() {
        start_background(&dir, listen)?;
    }
    let url = server_url(&dir).ok_or_else(|| Error::msg("the sandbox wrote no kubeconfig"))?;
    add_sandbox_context(ctx, &dir)?;
    writeln!(ctx.out, "{READY_LINE}{url}")?;
    writeln!(ctx.out, "Switched to context \"sandbox\".")?;
    Ok(())
}

fn start_background(dir: &Path, listen: SocketAddr) -> Result<()> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::msg(format!("creating {}: {e}", dir.display())))?;
    let log = std::fs::File::create(log_file(dir))
        .map_err(|e| Error::msg(format!("creating {}: {e}", log_file(dir).display())))?;
    let log_err = log.try_clone()?;
    let exe = std::env::current_exe()?;
    let _ = std::fs::remove_file(kubeconfig_file(dir));
    let mut child = {
        use std::os::unix::process::CommandExt;
        Process::new(exe)
            .args([
                "sandbox",
                "serve",
                "--listen",
                &listen.to_string(),
                "--data-dir",
            ])
            .arg(dir)
            .arg("--kubeconfig-out")
            .arg(kubeconfig_file(dir))
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(log_err)
            // Its own process group: a Ctrl-C in this terminal must not stop the server.
            .process_group(0)
            .spawn()?
    };
    std::fs::write(pid_file(dir), format!("{}\n", child.id()))?;
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let log_text = std::fs::read_to_string(log_file(dir)).unwrap_or_default();
        if log_text.contains(READY_LINE) {
            return Ok(());
        }
        if let Some(status) = child.try_wait()? {
            let _ = std::fs::remove_file(pid_file(dir));
            return Err(Error::msg(format!(
                "the sandbox server exited ({status}):\n{}",
                log_text.trim_end()
            )));
        }
        if Instant::now() > deadline {
            return Err(Error::msg(format!(
                "the sandbox server did not start within 2 minutes; see {}",
                log_file(dir).display()
            )));
        }
        std::thread::sleep(Duration::from_millis(25));
    }
}

/// Adds the sandbox's cluster, user and context to the user's kubeconfig through the context
/// layer, and makes it current.
fn add_sandbox_context(ctx: &mut Ctx, dir: &Path) -> Result<()> {
    let Some(file) = load::read_file(&kubeconfig_file(dir))? else {
        return Err(Error::msg("the sandbox wrote no kubeconfig"));
    };
    let sandbox = Kubeconfig::from_file(&file, &kubeconfig_file(dir));
    ctx.paths().modify(true, |config| {
        for (name, stanza) in &sandbox.clusters {
            upsert(&mut config.clusters, name, stanza.value.clone());
        }
        for (name, stanza) in &sandbox.users {
            upsert(&mut config.users, name, stanza.value.clone());
        }
        for (name, stanza) in &sandbox.contexts {
            upsert(&mut config.contexts, name, stanza.value.clone());
        }
        config.current_context = "sandbox".to_string();
        Ok::<_, Error>(())
    })
}

/// Replaces a stanza's value but keeps the file it lives in.
fn upsert<T>(map: &mut std::collections::BTreeMap<String, Stanza<T>>, name: &str, value: T) {
    match map.get_mut(name) {
        Some(existing) => existing.value = value,
        None => {
            map.insert(name.to_string(), Stanza::new(value));
        }
    }
}

fn down(dir: &Path, ctx: &mut Ctx) -> Result<()> {
    let Some(pid) = running_pid(dir) else {
        let _ = std::fs::remove_file(pid_file(dir));
        writeln!(ctx.out, "Sandbox is not running.")?;
        return Ok(());
    };
    unsafe {
        libc::kill(pid, libc::SIGTERM);
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    while running_pid(dir).is_some() {
        if Instant::now() > deadline {
            return Err(Error::msg(format!(
                "the sandbox (pid {pid}) did not stop within a minute"
            )));
        }
        reap(pid);
        std::thread::sleep(Duration::from_millis(25));
    }
    let _ = std::fs::remove_file(pid_file(dir));
    writeln!(ctx.out, "Sandbox stopped.")?;
    Ok(())
}

/// Collects the exit status if the server is our own child (it is not after `up` returned,
/// but a zombie would keep `kill(pid, 0)` succeeding).
fn reap(pid: i32) {
    let mut status = 0;
    unsafe {
        libc::waitpid(pid, &mut status, libc::WNOHANG);
    }
}

fn status(dir: &Path, ctx: &mut Ctx) -> Result<()> {
    match running_pid(dir) {
        Some(pid) => {
            let url = server_url(dir).unwrap_or_default();
            writeln!(
                ctx.out,
                "Sandbox is running at {url} (pid {pid}, data in {}).",
                dir.display()
            )?;
            Ok(())
        }
        None => {
            writeln!(ctx.out, "Sandbox is not running.")?;
            Err(Error::Exit(1))
        }
    }
}

fn reset(dir: &Path, ctx: &mut Ctx) -> Result<()> {
    if running_pid(dir).is_some() {
        down(dir, ctx)?;
    }
    if dir.exists() {
        std::fs::remove_dir_all(dir)
            .map_err(|e| Error::msg(format!("removing {}: {e}", dir.display())))?;
    }
    writeln!(ctx.out, "Sandbox data removed from {}.", dir.display())?;
    Ok(())
}
