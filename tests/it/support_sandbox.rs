//! Test harness for `kctl sandbox serve`: starts the server on port 0 with its own data dir and
//! HOME, waits for the listening line, runs the real kubectl against it, and kills the server
//! (by PID, through Drop) at the end.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// How long a server may take to print its listening line (debug builds on a busy machine).
const START_DEADLINE: Duration = Duration::from_secs(120);

/// A running sandbox server.
pub struct Sandbox {
    child: Child,
    /// Holds the data dir, HOME and kubeconfig when `start` made them; removed on drop.
    _tmp: Option<tempfile::TempDir>,
    pub url: String,
    pub kubeconfig: PathBuf,
    pub home: PathBuf,
    pub kubectl: PathBuf,
}

impl Sandbox {
    /// Starts a server with a fresh data dir; None (after printing why) when kubectl.1.32 is
    /// missing.
    pub fn start() -> Option<Sandbox> {
        Sandbox::start_with(true)
    }

    /// A bare API server: no scheduler, controllers or kubelet, so objects change only when
    /// a test changes them.
    pub fn start_without_controllers() -> Option<Sandbox> {
        Sandbox::start_with(false)
    }

    fn start_with(controllers: bool) -> Option<Sandbox> {
        let tmp = tempfile::tempdir().expect("tempdir");
        let root = tmp.path().to_path_buf();
        let mut s = Sandbox::launch(&root, controllers)?;
        s._tmp = Some(tmp);
        Some(s)
    }

    /// Starts a server on `root/data` (reused if present); kubeconfig and HOME under `root`.
    pub fn start_in(root: &Path) -> Option<Sandbox> {
        Sandbox::launch(root, true)
    }

    fn launch(root: &Path, controllers: bool) -> Option<Sandbox> {
        let Some(kubectl) = crate::support::kubectl() else {
            eprintln!("kubectl.1.32 not found, skipping");
            return None;
        };
        let home = root.join("home");
        std::fs::create_dir_all(&home).expect("home");
        let kubeconfig = root.join("kubeconfig");
        // KCTL_SANDBOX_BIN: a private copy when several worktrees share one target dir.
        let bin = std::env::var_os("KCTL_SANDBOX_BIN")
            .unwrap_or_else(|| env!("CARGO_BIN_EXE_kctl").into());
        let mut child = Command::new(bin)
            .args(["sandbox", "serve", "--listen", "127.0.0.1:0", "--data-dir"])
            .arg(root.join("data"))
            .arg("--kubeconfig-out")
            .arg(&kubeconfig)
            .arg(format!("--controllers={controllers}"))
            .env("HOME", &home)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("spawn kctl sandbox serve");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let line = match rx.recv_timeout(START_DEADLINE) {
            Ok(l) => l,
            Err(e) => {
                let _ = child.kill();
                panic!("sandbox did not report listening: {e}");
            }
        };
        let url = line
            .strip_prefix("Sandbox API server listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_string();
        assert!(
            kubeconfig.is_file(),
            "kubeconfig written before the listening line"
        );
        Some(Sandbox {
            child,
            _tmp: None,
            url,
            kubeconfig,
            home,
            kubectl,
        })
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(&self.kubectl);
        c.args(args)
            .env("KUBECONFIG", &self.kubeconfig)
            .env("HOME", &self.home)
            .env_remove("KUBECTL_EXTERNAL_DIFF");
        c
    }

    /// Runs kubectl with `args` (stdin from `input` when given).
    pub fn kubectl(&self, args: &[&str], input: Option<&str>) -> Output {
        let mut c = self.command(args);
        c.stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
        let mut child = c.spawn().expect("spawn kubectl");
        if let Some(i) = input {
            use std::io::Write;
            let mut stdin = child.stdin.take().expect("stdin");
            stdin.write_all(i.as_bytes()).expect("write stdin");
        }
        child.wait_with_output().expect("kubectl output")
    }

    /// Runs kubectl and asserts success; returns stdout.
    pub fn ok(&self, args: &[&str], input: Option<&str>) -> String {
        let out = self.kubectl(args, input);
        assert!(
            out.status.success(),
            "kubectl {args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Kills the server with SIGKILL (no clean shutdown) and reaps it.
    pub fn kill9(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
