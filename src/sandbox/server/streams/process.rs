//! A command of `pods/exec` or `pods/attach` run as a real local process: in the pod's scratch
//! directory, with the container's environment, on pipes or on a pseudo-terminal (`tty=true`).
//! Knows nothing of WebSocket or SPDY; callers move bytes through channels.

use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use tokio::sync::mpsc;

/// What to run.
#[derive(Debug, Clone)]
pub struct Spec {
    pub argv: Vec<String>,
    pub env: Vec<(String, String)>,
    pub cwd: PathBuf,
    pub tty: bool,
    pub stdin: bool,
}

/// Which output a chunk came from (a terminal has only stdout).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Input for the process.
#[derive(Debug)]
pub enum Input {
    Stdin(Vec<u8>),
    CloseStdin,
    Resize { width: u16, height: u16 },
}

/// Why a command could not start: a container runtime's answer.
#[derive(Debug, thiserror::Error)]
pub enum SpawnError {
    /// runc's words when `execve` finds nothing (docker exits 127).
    #[error(
        "OCI runtime exec failed: exec failed: unable to start container process: exec: \"{0}\": executable file not found in $PATH: unknown"
    )]
    NotFound(String),
    /// runc's words for a file that is not executable (docker exits 126).
    #[error(
        "OCI runtime exec failed: exec failed: unable to start container process: exec: \"{0}\": permission denied: unknown"
    )]
    PermissionDenied(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl SpawnError {
    /// The exit code a runtime reports for this failure.
    pub fn exit_code(&self) -> i32 {
        match self {
            SpawnError::NotFound(_) => 127,
            SpawnError::PermissionDenied(_) => 126,
            SpawnError::Io(_) => 126,
        }
    }
}

/// A started process: send `Input`, receive output, then `wait`. Blocking threads move the
/// bytes (tokio's process feature is not enabled in this crate).
pub struct Running {
    pub input: mpsc::UnboundedSender<Input>,
    pub output: mpsc::Receiver<(Stream, Vec<u8>)>,
    pid: i32,
    waiter: Option<tokio::task::JoinHandle<std::io::Result<std::process::ExitStatus>>>,
    /// Ends when every output reader has finished.
    readers: Vec<tokio::task::JoinHandle<()>>,
}

/// Finds `cmd` as execve with PATH would (a name with a slash is taken as is).
fn resolve(cmd: &str, path_var: &str, cwd: &Path) -> Result<PathBuf, SpawnError> {
    use std::os::unix::fs::PermissionsExt;
    let check = |p: PathBuf| -> Option<Result<PathBuf, SpawnError>> {
        let meta = std::fs::metadata(&p).ok()?;
        if meta.is_dir() {
            return None;
        }
        Some(if meta.permissions().mode() & 0o111 != 0 {
            Ok(p)
        } else {
            Err(SpawnError::PermissionDenied(cmd.to_string()))
        })
    };
    if cmd.contains('/') {
        let p = cwd.join(cmd);
        return check(p).unwrap_or_else(|| Err(SpawnError::NotFound(cmd.to_string())));
    }
    for dir in path_var.split(':').filter(|d| !d.is_empty()) {
        if let Some(r) = check(Path::new(dir).join(cmd)) {
            return r;
        }
    }
    Err(SpawnError::NotFound(cmd.to_string()))
}

/// The exit code as a container runtime reports it (128 + signal for a killed process).
fn exit_code(status: std::process::ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    status
        .code()
        .or_else(|| status.signal().map(|s| 128 + s))
        .unwrap_or(1)
}

pub fn spawn(spec: &Spec) -> Result<Running, SpawnError> {
    let Some(first) = spec.argv.first() else {
        return Err(SpawnError::NotFound(String::new()));
    };
    let path_var = spec
        .env
        .iter()
        .rev()
        .find(|(k, _)| k == "PATH")
        .map(|(_, v)| v.as_str())
        .unwrap_or(DEFAULT_PATH);
    let program = resolve(first, path_var, &spec.cwd)?;
    let mut cmd = std::process::Command::new(&program);
    cmd.arg0(first)
        .args(&spec.argv[1..])
        .current_dir(&spec.cwd)
        .env_clear()
        .envs(spec.env.iter().map(|(k, v)| (k, v)));
    if spec.tty {
        spawn_tty(cmd, spec)
    } else {
        spawn_pipes(cmd, spec)
    }
}

/// A container's PATH when its image sets none (the runc default).
pub const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

fn spawn_pipes(mut cmd: std::process::Command, spec: &Spec) -> Result<Running, SpawnError> {
    cmd.stdin(if spec.stdin {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    // A process group of its own, so that a lost connection can stop the whole command.
    cmd.process_group(0);
    let mut child = cmd.spawn()?;
    let (out_tx, output) = mpsc::channel(64);
    let mut readers = Vec::new();
    if let Some(r) = child.stdout.take() {
        readers.push(pump(r, Stream::Stdout, out_tx.clone()));
    }
    if let Some(r) = child.stderr.take() {
        readers.push(pump(r, Stream::Stderr, out_tx.clone()));
    }
    let (input, mut in_rx) = mpsc::unbounded_channel::<Input>();
    let mut stdin = child.stdin.take();
    tokio::task::spawn_blocking(move || {
        use std::io::Write;
        while let Some(i) = in_rx.blocking_recv() {
            match i {
                Input::Stdin(b) => {
                    if let Some(w) = stdin.as_mut()
                        && w.write_all(&b).is_err()
                    {
                        stdin = None;
                    }
                }
                Input::CloseStdin => stdin = None,
                Input::Resize { .. } => {}
            }
        }
    });
    Ok(started(child, input, output, readers))
}

fn started(
    mut child: std::process::Child,
    input: mpsc::UnboundedSender<Input>,
    output: mpsc::Receiver<(Stream, Vec<u8>)>,
    readers: Vec<tokio::task::JoinHandle<()>>,
) -> Running {
    let pid = child.id() as i32;
    let waiter = tokio::task::spawn_blocking(move || child.wait());
    Running {
        input,
        output,
        pid,
        waiter: Some(waiter),
        readers,
    }
}

/// Copies one output of the process into the channel until EOF (or EIO on a terminal, once
/// every slave fd is closed).
fn pump(
    mut r: impl std::io::Read + Send + 'static,
    which: Stream,
    tx: mpsc::Sender<(Stream, Vec<u8>)>,
) -> tokio::task::JoinHandle<()> {
    tokio::task::spawn_blocking(move || {
        let mut buf = vec![0u8; 32 * 1024];
        loop {
            match r.read(&mut buf) {
                Ok(0) | Err(_) => return,
                Ok(n) => {
                    if tx.blocking_send((which, buf[..n].to_vec())).is_err() {
                        return;
                    }
                }
            }
        }
    })
}

fn set_winsize(fd: i32, width: u16, height: u16) {
    let ws = libc::winsize {
        ws_row: height,
        ws_col: width,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCSWINSZ reads a winsize from a valid pointer; fd is our open pty master.
    unsafe {
        libc::ioctl(fd, libc::TIOCSWINSZ, &ws);
    }
}

fn spawn_tty(mut cmd: std::process::Command, _spec: &Spec) -> Result<Running, SpawnError> {
    let (mut master, mut slave) = (-1, -1);
    // SAFETY: openpty writes two fds into valid pointers; the other arguments may be null.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            std::ptr::null(),
        )
    };
    if rc != 0 {
        return Err(std::io::Error::last_os_error().into());
    }
    // SAFETY: openpty succeeded, so both fds are open and owned by nobody else.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    set_winsize(master.as_raw_fd(), 80, 24);
    cmd.stdin(Stdio::from(slave.try_clone()?))
        .stdout(Stdio::from(slave.try_clone()?))
        .stderr(Stdio::from(slave.try_clone()?));
    // SAFETY: only async-signal-safe calls (setsid, ioctl) between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            if libc::setsid() < 0 {
                return Err(std::io::Error::last_os_error());
            }
            if libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let child = cmd.spawn()?;
    // The child has its copies; ours would keep the master from seeing EIO at the end.
    drop(slave);
    let reader_fd = master.try_clone()?;
    let writer_fd = master;
    let (out_tx, output) = mpsc::channel(64);
    let reader = pump(std::fs::File::from(reader_fd), Stream::Stdout, out_tx);
    let (input, mut in_rx) = mpsc::unbounded_channel::<Input>();
    tokio::task::spawn_blocking(move || {
        use std::io::Write;
        let fd = writer_fd.as_raw_fd();
        let mut f = std::fs::File::from(writer_fd);
        while let Some(i) = in_rx.blocking_recv() {
            match i {
                Input::Stdin(b) => {
                    if f.write_all(&b).is_err() {
                        return;
                    }
                }
                // A terminal cannot be half-closed; containerd leaves a tty's stdin open too.
                Input::CloseStdin => {}
                Input::Resize { width, height } => set_winsize(fd, width, height),
            }
        }
    });
    Ok(started(child, input, output, vec![reader]))
}

impl Running {
    /// Waits for the exit and for the output readers (so no output is left behind).
    pub async fn wait(&mut self) -> i32 {
        let code = match self.waiter.take() {
            Some(w) => match w.await {
                Ok(Ok(s)) => exit_code(s),
                _ => 1,
            },
            None => 1,
        };
        for r in self.readers.drain(..) {
            // A background process may hold the output open; do not wait for it forever.
            let _ = tokio::time::timeout(std::time::Duration::from_secs(2), r).await;
        }
        code
    }

    /// Stops the command and its process group (the connection is gone).
    pub fn kill(&mut self) {
        if self.waiter.as_ref().is_some_and(|w| !w.is_finished()) {
            // SAFETY: kill(2) on the process group the command leads (setsid/process_group).
            unsafe {
                libc::kill(-self.pid, libc::SIGKILL);
            }
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.kill();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(argv: &[&str], tty: bool) -> Spec {
        Spec {
            argv: argv.iter().map(|s| s.to_string()).collect(),
            env: vec![
                ("PATH".into(), DEFAULT_PATH.into()),
                ("HOSTNAME".into(), "web-1".into()),
            ],
            cwd: std::env::temp_dir(),
            tty,
            stdin: true,
        }
    }

    async fn collect(mut r: Running) -> (String, String, i32) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        while let Some((s, b)) = r.output.recv().await {
            match s {
                Stream::Stdout => out.extend(b),
                Stream::Stderr => err.extend(b),
            }
        }
        let code = r.wait().await;
        (
            String::from_utf8_lossy(&out).into_owned(),
            String::from_utf8_lossy(&err).into_owned(),
            code,
        )
    }

    #[tokio::test]
    async fn pipes_env_stdin_and_exit_code() {
        let r = spawn(&spec(
            &["sh", "-c", "echo $HOSTNAME; cat; echo oops >&2; exit 3"],
            false,
        ))
        .unwrap();
        r.input.send(Input::Stdin(b"in\n".to_vec())).unwrap();
        r.input.send(Input::CloseStdin).unwrap();
        let (out, err, code) = collect(r).await;
        assert_eq!(
            (out.as_str(), err.as_str(), code),
            ("web-1\nin\n", "oops\n", 3)
        );
    }

    #[tokio::test]
    async fn tty_has_a_terminal_and_size() {
        let r = spawn(&spec(&["sh", "-c", "test -t 0 && stty size"], true)).unwrap();
        r.input
            .send(Input::Resize {
                width: 100,
                height: 30,
            })
            .unwrap();
        let (out, _, code) = collect(r).await;
        assert_eq!(code, 0);
        assert!(out.contains("24 80") || out.contains("30 100"), "{out:?}");
    }

    #[test]
    fn missing_commands_fail_like_runc() {
        let e = spawn(&spec(&["no-such-cmd-xyz"], false)).err().unwrap();
        assert_eq!(e.exit_code(), 127);
        assert!(
            e.to_string()
                .contains("exec: \"no-such-cmd-xyz\": executable file not found in $PATH: unknown")
        );
    }
}
