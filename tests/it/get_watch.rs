//! `get -w`, `--watch-only` and `--output-watch-events`: kubectl 1.32 and kctl watch the same
//! sandbox at the same time and must print the same lines.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::support::kctl;
use crate::support_sandbox::Sandbox;

struct Watcher {
    child: Child,
    lines: mpsc::Receiver<String>,
    seen: Vec<String>,
    /// `-v=6` log lines: the watch request's response line says the watch is open.
    log: mpsc::Receiver<String>,
}

impl Watcher {
    fn start(sandbox: &Sandbox, bin: &std::path::Path, args: &[&str]) -> Watcher {
        let mut child = Command::new(bin)
            .args(args)
            .env("KUBECONFIG", &sandbox.kubeconfig)
            .env("HOME", &sandbox.home)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn watcher");
        let stderr = child.stderr.take().expect("stderr");
        let (log_tx, log) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if log_tx.send(line).is_err() {
                    break;
                }
            }
        });
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Watcher {
            child,
            lines: rx,
            seen: Vec::new(),
            log,
        }
    }

    /// Waits (generously) until the watch request has been answered, so no later change is
    /// missed (`--watch-only` prints nothing to wait for before that).
    fn wait_for_watch(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.log.recv_timeout(left) {
                Ok(l) if l.contains("watch=true") && l.contains(" 200 OK") => return,
                Ok(_) => {}
                Err(_) => panic!("the watch never opened; printed {:?}", self.seen),
            }
        }
    }

    /// Waits (generously) until `n` lines have been printed.
    fn wait_for_lines(&mut self, n: usize) {
        self.wait_until(|seen| seen.len() >= n);
    }

    /// Waits (generously) until `n` lines equal to or starting with `marker` have been printed
    /// (the last line of each object in multi-line formats).
    fn wait_for_marked(&mut self, marker: &str, n: usize) {
        self.wait_until(|seen| seen.iter().filter(|l| l.starts_with(marker)).count() >= n);
    }

    fn wait_until(&mut self, done: impl Fn(&[String]) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while !done(&self.seen) {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(l) => self.seen.push(l),
                Err(_) => panic!("watcher printed only {:?}", self.seen),
            }
        }
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// How to tell that a watcher printed `n` objects: by lines, or by the line that ends each
/// object in a multi-line format.
#[derive(Clone, Copy)]
enum Count {
    Lines,
    Marked(&'static str),
}

impl Watcher {
    fn wait_for(&mut self, count: Count, n: usize) {
        match count {
            Count::Lines => self.wait_for_lines(n),
            Count::Marked(marker) => self.wait_for_marked(marker, n),
        }
    }
}

/// Runs one watch scenario with both tools; Ok when their lines are equal.
fn scenario_counted(
    sandbox: &Sandbox,
    ns: &str,
    args: &[&str],
    count: Count,
    initial: usize,
    changes: usize,
) -> Result<(), String> {
    let mut full: Vec<&str> = args.to_vec();
    // -v=6 logs the watch's response line to stderr once it is open; stdout is unchanged.
    full.extend(["-n", ns, "-v=6"]);
    let mut a = Watcher::start(sandbox, &sandbox.kubectl, &full);
    let mut b = Watcher::start(sandbox, &kctl(), &full);
    a.wait_for(count, initial);
    b.wait_for(count, initial);
    a.wait_for_watch();
    b.wait_for_watch();
    sandbox.ok(
        &["label", "pod", "p1", "-n", ns, "step=one", "--overwrite"],
        None,
    );
    sandbox.ok(&["run", "p3", "-n", ns, "--image=busybox"], None);
    sandbox.ok(&["delete", "pod", "p2", "-n", ns, "--wait=false"], None);
    a.wait_for(count, initial + changes);
    b.wait_for(count, initial + changes);
    // Let a late extra line show up before comparing.
    if a.seen == b.seen {
        Ok(())
    } else {
        Err(format!(
            "kubectl:\n{}\nkctl:\n{}",
            a.seen.join("\n"),
            b.seen.join("\n")
        ))
    }
}

#[test]
fn watch_matches_kubectl() {
    let Some(sandbox) = Sandbox::start_without_controllers() else {
        return;
    };
    use Count::{Lines, Marked};
    let cases: &[(&[&str], Count, usize, usize)] = &[
        (&["get", "pods", "-w"], Lines, 3, 3),
        (&["get", "pods", "--watch-only"], Lines, 0, 3),
        (&["get", "pods", "-w", "--output-watch-events"], Lines, 3, 3),
        (&["get", "pods", "-w", "--no-headers"], Lines, 2, 3),
        (&["get", "pods", "-w", "-o", "name"], Lines, 2, 3),
        (
            &[
                "get",
                "pods",
                "-w",
                "-o",
                "jsonpath={.metadata.name}{\"\\n\"}",
            ],
            Lines,
            2,
            3,
        ),
        (
            &[
                "get",
                "pods",
                "--watch-only",
                "-o",
                "go-template={{.metadata.name}} {{.metadata.labels}}{{\"\\n\"}}",
            ],
            Lines,
            0,
            3,
        ),
        (&["get", "pods", "-w", "-o", "json"], Marked("}"), 2, 3),
        (
            &["get", "pods", "p1", "-w", "-o", "yaml"],
            Marked("status:"),
            1,
            1,
        ),
        (
            &["get", "pods", "-w", "-o", "yaml", "--output-watch-events"],
            Marked("type: "),
            2,
            3,
        ),
        (
            &["get", "pods", "-w", "-o", "json", "--output-watch-events"],
            Lines,
            2,
            3,
        ),
    ];
    for (i, (args, count, initial, changes)) in cases.iter().enumerate() {
        let mut last = Err(String::new());
        // An AGE cell can tick between the two tools' rows; a real difference repeats.
        for attempt in 0..3 {
            let ns = format!("w{i}-{attempt}");
            sandbox.ok(&["create", "namespace", &ns], None);
            for p in ["p1", "p2"] {
                sandbox.ok(&["run", p, "-n", &ns, "--image=nginx"], None);
            }
            last = scenario_counted(&sandbox, &ns, args, *count, *initial, *changes);
            if last.is_ok() {
                break;
            }
        }
        if let Err(e) = last {
            panic!("{args:?} differs:\n{e}");
        }
    }
}
