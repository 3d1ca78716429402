//! `cargo bench --bench sandbox`: the sandbox under 20,000 pods in one namespace (create, list
//! in chunks of 500, watch fan-out to 50 watchers) and `get pods` by kubectl 1.32 beside kctl,
//! each with wall time and peak RSS, printed as Markdown tables for the README. A program, not a
//! test: nothing here asserts a time. Sizes can be lowered for a quick try with the `BENCH_*`
//! variables (see `Params::from_env`).

mod clients;
mod load;
mod server;

use std::path::Path;
use std::time::Duration;

use server::Server;

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Namespaces the bench creates.
const BIG_NS: &str = "bench";
const SMALL_NS: &str = "small";
const SMALL_PODS: usize = 10;
const LIST_CHUNK: usize = 500;
/// `get` output formats, as kubectl's arguments.
const FORMATS: &[&[&str]] = &[
    &[],
    &["-o", "wide"],
    &["-o", "json"],
    &["-o", "yaml"],
    &["-o", "name"],
    &["-o", "jsonpath={.items[*].metadata.name}"],
];

struct Params {
    pods: usize,
    watchers: usize,
    updates: usize,
    /// Requests in flight while creating and updating.
    concurrency: usize,
    /// Runs per measured row (median reported); list runs as well.
    reps: usize,
}

impl Params {
    fn from_env() -> Result<Params, BoxError> {
        let var = |name: &str, default: usize| -> Result<usize, BoxError> {
            match std::env::var(name) {
                Ok(v) => Ok(v.parse().map_err(|e| format!("{name}={v}: {e}"))?),
                Err(_) => Ok(default),
            }
        };
        let p = Params {
            pods: var("BENCH_PODS", 20_000)?,
            watchers: var("BENCH_WATCHERS", 50)?,
            updates: var("BENCH_UPDATES", 1_000)?,
            concurrency: var("BENCH_CONCURRENCY", 16)?.max(1),
            reps: var("BENCH_REPS", 3)?.max(1),
        };
        if p.updates > p.pods {
            return Err("BENCH_UPDATES must not exceed BENCH_PODS".into());
        }
        Ok(p)
    }
}

fn main() -> Result<(), BoxError> {
    let params = Params::from_env()?;
    let tmp = tempfile::tempdir()?;
    println!("{}", machine());
    let server = Server::start(&tmp.path().join("server"))?;
    eprintln!("server pid {} at {}", server.pid(), server.url);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let server_table = rt.block_on(server_phases(&server, &params))?;
    println!("{server_table}");
    let clients_table = client_rows(&server, &params, tmp.path())?;
    println!("{clients_table}");
    Ok(())
}

/// The server's memory as the report shows it: peak during the phase, in MiB.
fn peak_mib(server: &Server) -> Result<String, BoxError> {
    Ok(mib(server.rss_kib()?.1))
}

fn mib(kib: u64) -> String {
    format!("{:.0} MiB", kib as f64 / 1024.0)
}

fn secs(d: Duration) -> String {
    if d < Duration::from_secs(1) {
        format!("{:.0} ms", d.as_secs_f64() * 1000.0)
    } else {
        format!("{:.2} s", d.as_secs_f64())
    }
}

fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Create, list and watch; returns the Markdown table.
async fn server_phases(server: &Server, p: &Params) -> Result<String, BoxError> {
    let c = load::client(&server.kubeconfig).await?;
    load::create_namespace(&c, BIG_NS).await?;
    load::create_namespace(&c, SMALL_NS).await?;
    load::create_pods(&c, SMALL_NS, SMALL_PODS, p.concurrency).await?;
    let idle = server.rss_kib()?.0;
    let per_phase = server.reset_peak();
    let mut t = String::from(
        "| phase | work | wall time | rate | server peak RSS |\n|---|---|---|---|---|\n",
    );

    eprintln!("creating {} pods…", p.pods);
    let took = load::create_pods(&c, BIG_NS, p.pods, p.concurrency).await?;
    t += &format!(
        "| create | {} pods, {} requests in flight | {} | {:.0} pods/s | {} |\n",
        thousands(p.pods),
        p.concurrency,
        secs(took),
        p.pods as f64 / took.as_secs_f64(),
        peak_mib(server)?
    );
    let loaded = server.rss_kib()?.0;

    server.reset_peak();
    eprintln!("listing in chunks of {LIST_CHUNK}…");
    let mut walls = Vec::with_capacity(p.reps);
    let mut pages = 0;
    for _ in 0..p.reps {
        let (wall, items, n) = load::list_chunked(&c, BIG_NS, LIST_CHUNK).await?;
        if items != p.pods {
            return Err(format!("listed {items} pods, expected {}", p.pods).into());
        }
        walls.push(wall);
        pages = n;
    }
    walls.sort();
    let median = walls[walls.len() / 2];
    t += &format!(
        "| list | {} pods in {pages} chunks of {LIST_CHUNK} (median of {}; min {}) | {} | {:.0} pods/s | {} |\n",
        thousands(p.pods),
        p.reps,
        secs(walls[0]),
        secs(median),
        p.pods as f64 / median.as_secs_f64(),
        peak_mib(server)?
    );

    server.reset_peak();
    eprintln!(
        "watch fan-out: {} watchers, {} updates…",
        p.watchers, p.updates
    );
    let f = load::watch_fan_out(&c, BIG_NS, p.watchers, p.updates, p.concurrency).await?;
    let events = p.watchers * p.updates;
    t += &format!(
        "| watch | {} watchers × {} updates ({} events; writes acknowledged in {}; first watcher done at {}, median {}) | {} | {:.0} events/s | {} |\n",
        p.watchers,
        thousands(p.updates),
        thousands(events),
        secs(f.writes),
        secs(f.fastest),
        secs(f.median),
        secs(f.delivered),
        events as f64 / f.delivered.as_secs_f64(),
        peak_mib(server)?
    );
    t += &format!(
        "\nServer RSS: {} idle (10 pods), {} holding {} pods.{}\n",
        mib(idle),
        mib(loaded),
        thousands(p.pods),
        if per_phase {
            " Peak RSS is per phase (VmHWM reset through /proc/PID/clear_refs)."
        } else {
            " Peak RSS is since start (the kernel refused a VmHWM reset)."
        }
    );
    Ok(t)
}

/// Whether this kctl has a `get` verb yet (it answers `unknown command` otherwise).
fn kctl_has_get(kctl: &Path, server: &Server, scratch: &Path) -> Result<bool, BoxError> {
    let r = clients::run(
        kctl,
        &["get", "pods", "-n", SMALL_NS],
        &server.kubeconfig,
        &scratch.join("home"),
        scratch,
    )?;
    Ok(r.success || !r.stderr.contains("unknown command"))
}

/// `get pods` by kubectl and kctl over both namespaces and every format.
fn client_rows(server: &Server, p: &Params, tmp: &Path) -> Result<String, BoxError> {
    let scratch = tmp.join("clients");
    let home = scratch.join("home");
    std::fs::create_dir_all(&home)?;
    let kubectl = clients::kubectl();
    if kubectl.is_none() {
        eprintln!("kubectl.1.32 not found (set KCTL_KUBECTL); its column stays empty");
    }
    let kctl = server::kctl_bin();
    let kctl_get = kctl_has_get(&kctl, server, &scratch)?;
    if !kctl_get {
        eprintln!("kctl get not available; skipping kctl rows");
    }
    let mut t = String::from(
        "| namespace | command | kubectl 1.32 wall | kubectl peak RSS | kctl wall | kctl peak RSS |\n|---|---|---|---|---|---|\n",
    );
    for (ns, pods) in [(BIG_NS, p.pods), (SMALL_NS, SMALL_PODS)] {
        // One unmeasured run each first: kubectl fills its discovery cache under HOME.
        let measure = |bin: &Path, fmt: &[&str]| -> Result<String, BoxError> {
            let mut args = vec!["get", "pods", "-n", ns];
            args.extend_from_slice(fmt);
            let mut runs = Vec::with_capacity(p.reps);
            for _ in 0..p.reps {
                let r = clients::run(bin, &args, &server.kubeconfig, &home, &scratch)?;
                if !r.success {
                    return Err(format!("{} {args:?} failed: {}", bin.display(), r.stderr).into());
                }
                runs.push(r);
            }
            let (wall, rss) = clients::medians(&runs);
            eprintln!(
                "{} {}: {} {} ({} bytes out)",
                bin.display(),
                args.join(" "),
                secs(wall),
                mib(rss),
                runs[0].stdout_bytes
            );
            Ok(format!("{} | {}", secs(wall), mib(rss)))
        };
        for (bin, on) in [(kubectl.as_deref(), true), (Some(kctl.as_path()), kctl_get)] {
            if let (Some(bin), true) = (bin, on) {
                clients::run(
                    bin,
                    &["get", "pods", "-n", ns],
                    &server.kubeconfig,
                    &home,
                    &scratch,
                )?;
            }
        }
        for fmt in FORMATS {
            let kubectl_cells = match &kubectl {
                Some(k) => measure(k, fmt)?,
                None => "kubectl.1.32 not found | –".to_string(),
            };
            let kctl_cells = if kctl_get {
                measure(&kctl, fmt)?
            } else {
                "kctl get not available | –".to_string()
            };
            t += &format!(
                "| {ns} ({} pods) | `get pods{}{}` | {kubectl_cells} | {kctl_cells} |\n",
                thousands(pods),
                if fmt.is_empty() { "" } else { " " },
                fmt.join(" ")
            );
        }
    }
    t += &format!(
        "\nMedian of {} runs per cell (wall time and peak RSS taken separately), after one unmeasured warm-up run per client and namespace; output to a file.\n",
        p.reps
    );
    Ok(t)
}

/// What the numbers were measured on.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .map(|l| l.trim_start_matches([' ', '\t', ':']).to_string())
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    format!(
        "Machine: {cores} cores ({model}), Linux {}, shared with other jobs.\n",
        kernel.trim()
    )
}
