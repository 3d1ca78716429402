//! Runs a client binary (kubectl 1.32 or kctl) once and measures it: wall time from spawn to
//! reap, and peak RSS from `wait4`'s rusage. `/usr/bin/time -f '%e %M'` reports the same
//! `ru_maxrss` but only to 10 ms, too coarse for start-up-dominated runs. No server here.

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::BoxError;

/// A client that takes longer than this is killed and the bench fails.
const RUN_DEADLINE: Duration = Duration::from_secs(300);
/// Poll interval for the child; bounds the error of the wall time.
const POLL: Duration = Duration::from_micros(200);

/// kubectl 1.32: `$KCTL_KUBECTL`, else `kubectl.1.32` beside the real target of the `kubectl`
/// on PATH (that `kubectl` is a dispatcher that contacts a server first).
pub fn kubectl() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("KCTL_KUBECTL") {
        let p = PathBuf::from(p);
        return p.is_file().then_some(p);
    }
    let path = std::env::var_os("PATH")?;
    let on_path = std::env::split_paths(&path)
        .map(|d| d.join("kubectl"))
        .find(|c| c.is_file())?;
    let real = std::fs::canonicalize(on_path).ok()?;
    let versioned = real.parent()?.join("kubectl.1.32");
    versioned.is_file().then_some(versioned)
}

/// One measured run.
pub struct Run {
    pub wall: Duration,
    pub max_rss_kib: u64,
    pub stdout_bytes: u64,
    pub success: bool,
    pub stderr: String,
}

/// Runs `bin args` with the sandbox's kubeconfig; stdout and stderr go to files in `scratch`.
pub fn run(
    bin: &Path,
    args: &[&str],
    kubeconfig: &Path,
    home: &Path,
    scratch: &Path,
) -> Result<Run, BoxError> {
    let out_path = scratch.join("stdout");
    let err_path = scratch.join("stderr");
    let mut cmd = Command::new(bin);
    cmd.args(args)
        .env("KUBECONFIG", kubeconfig)
        .env("HOME", home)
        .stdin(Stdio::null())
        .stdout(File::create(&out_path)?)
        .stderr(File::create(&err_path)?);
    let start = Instant::now();
    let child = cmd.spawn()?;
    let pid = child.id() as libc::pid_t;
    let (status, rusage) = loop {
        let mut status: libc::c_int = 0;
        // SAFETY: rusage is plain old data; wait4 fills it for our own child.
        let mut rusage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: WNOHANG wait on our own child's PID; the pointers live across the call.
        let r = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut rusage) };
        if r == pid {
            break (status, rusage);
        }
        if r < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e.into());
        }
        if start.elapsed() > RUN_DEADLINE {
            // Not reaped yet, so the PID is still ours.
            // SAFETY: plain syscalls on our own child.
            unsafe {
                libc::kill(pid, libc::SIGKILL);
                libc::waitpid(pid, std::ptr::null_mut(), 0);
            }
            return Err(format!("{} {args:?} ran past {RUN_DEADLINE:?}", bin.display()).into());
        }
        std::thread::sleep(POLL);
    };
    let wall = start.elapsed();
    // `child` was reaped by wait4 above; std's `Child` neither waits nor kills on drop.
    Ok(Run {
        wall,
        // Linux reports ru_maxrss in KiB.
        max_rss_kib: u64::try_from(rusage.ru_maxrss).unwrap_or(0),
        stdout_bytes: std::fs::metadata(&out_path)?.len(),
        success: libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        stderr: std::fs::read_to_string(&err_path).unwrap_or_default(),
    })
}

/// The median of `runs` by wall time, and the median peak RSS (taken separately).
pub fn medians(runs: &[Run]) -> (Duration, u64) {
    let mut walls: Vec<Duration> = runs.iter().map(|r| r.wall).collect();
    let mut rss: Vec<u64> = runs.iter().map(|r| r.max_rss_kib).collect();
    walls.sort();
    rss.sort();
    (
        walls.get(walls.len() / 2).copied().unwrap_or_default(),
        rss.get(rss.len() / 2).copied().unwrap_or_default(),
    )
}
