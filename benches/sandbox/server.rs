//! The sandbox server under test: finds the release `kctl`, starts `kctl sandbox serve` on
//! 127.0.0.1 port 0 with its own data dir, and stops it (SIGTERM, then SIGKILL) by PID from a
//! Drop guard, so a panicking bench does not leave it running. Also reads its memory from
//! `/proc/PID/status`. No HTTP here.

use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::BoxError;

/// A release build starts in milliseconds; the deadline only bounds a broken start.
const START_DEADLINE: Duration = Duration::from_secs(60);
/// How long a clean shutdown may take before SIGKILL.
const STOP_DEADLINE: Duration = Duration::from_secs(10);

/// The `kctl` binary: `$KCTL_BIN`, else the one cargo built for this bench (the `bench`
/// profile inherits `release`, so this is `target/release/kctl`).
pub fn kctl_bin() -> PathBuf {
    std::env::var_os("KCTL_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_kctl")))
}

/// A running `kctl sandbox serve`; dropping it stops the process.
pub struct Server {
    child: Child,
    pub kubeconfig: PathBuf,
    pub url: String,
}

impl Server {
    /// Starts a server with its data dir, kubeconfig and HOME under `root`.
    pub fn start(root: &Path) -> Result<Server, BoxError> {
        let home = root.join("home");
        std::fs::create_dir_all(&home)?;
        let kubeconfig = root.join("admin.kubeconfig");
        let mut cmd = Command::new(kctl_bin());
        cmd.args(["sandbox", "serve", "--listen", "127.0.0.1:0", "--data-dir"])
            .arg(root.join("data"))
            .arg("--kubeconfig-out")
            .arg(&kubeconfig)
            // The API server alone: 20,000 pods would otherwise all be scheduled and "run".
            .arg("--controllers=false")
            .env("HOME", &home)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        // SAFETY: prctl is async-signal-safe. PDEATHSIG stops the server even when this bench
        // is killed outright (SIGKILL, or panic=abort), where no Drop runs.
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM);
                Ok(())
            });
        }
        let mut child = cmd.spawn()?;
        let stdout = child.stdout.take().ok_or("no stdout pipe")?;
        // Guard first, so every early return below stops the process.
        let mut server = Server {
            child,
            kubeconfig,
            url: String::new(),
        };
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let line = rx
            .recv_timeout(START_DEADLINE)
            .map_err(|e| format!("sandbox did not report listening: {e}"))?;
        server.url = line
            .strip_prefix("Sandbox API server listening on ")
            .ok_or_else(|| format!("unexpected first line {line:?}"))?
            .to_string();
        Ok(server)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Current and peak resident set size in KiB (`VmRSS`, `VmHWM`).
    pub fn rss_kib(&self) -> Result<(u64, u64), BoxError> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid()))?;
        let field = |name: &str| -> Result<u64, BoxError> {
            let line = status
                .lines()
                .find(|l| l.starts_with(name))
                .ok_or_else(|| format!("{name} missing in /proc/PID/status"))?;
            let kib = line
                .trim_start_matches(name)
                .trim()
                .trim_end_matches("kB")
                .trim()
                .parse()?;
            Ok(kib)
        };
        Ok((field("VmRSS:")?, field("VmHWM:")?))
    }

    /// Resets `VmHWM` to the current RSS (Linux `clear_refs` value 5), so that each phase
    /// reports its own peak. Returns false when the kernel refuses (the peak then spans the
    /// whole run, which the report says).
    pub fn reset_peak(&self) -> bool {
        std::fs::write(format!("/proc/{}/clear_refs", self.pid()), "5").is_ok()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let pid = self.child.id() as libc::pid_t;
        // SAFETY: plain syscall on the PID of our own, not yet reaped, child.
        unsafe {
            libc::kill(pid, libc::SIGTERM);
        }
        let deadline = Instant::now() + STOP_DEADLINE;
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
