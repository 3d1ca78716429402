//! The sandbox's streaming subresources driven by the real kubectl 1.32: exec (WebSocket
//! v5.channel.k8s.io, with and without a terminal), port-forward (SPDY over WebSocket) and
//! `kubectl proxy` to a service proxy path. Every process started here is stopped by PID.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::support_sandbox::Sandbox;

/// Generous: debug builds on a loaded 2-core machine.
const DEADLINE: Duration = Duration::from_secs(90);

fn wait_for(what: &str, mut ok: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ok() {
        assert!(start.elapsed() < DEADLINE, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Creates `pod/NAME` (image nginx, port 80, env GREETING) and waits until it runs.
fn running_pod(sb: &Sandbox, name: &str) {
    sb.ok(
        &[
            "run",
            name,
            "--image=nginx",
            "--port=80",
            "--env=GREETING=hello",
            "--labels=app=web",
        ],
        None,
    );
    wait_for_running(sb, &format!("pod/{name}"));
}

fn wait_for_running(sb: &Sandbox, target: &str) {
    wait_for(&format!("{target} Running"), || {
        let out = sb.kubectl(&["get", target, "-o", "jsonpath={.status.phase}"], None);
        String::from_utf8_lossy(&out.stdout) == "Running"
    });
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn exec_runs_commands_in_the_pod_scratch_dir() {
    let Some(sb) = Sandbox::start() else { return };
    running_pod(&sb, "web");
    // Files written by one exec are there for the next: the pod's scratch directory.
    sb.ok(
        &[
            "exec",
            "web",
            "--",
            "sh",
            "-c",
            "echo data > made-by-exec.txt",
        ],
        None,
    );
    let out = sb.kubectl(&["exec", "web", "--", "ls"], None);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "made-by-exec.txt\n");
    // The container's environment and hostname.
    let out = sb.ok(
        &["exec", "web", "--", "sh", "-c", "echo $HOSTNAME $GREETING"],
        None,
    );
    assert_eq!(out, "web hello\n");
    // stdin with -i.
    let out = sb.kubectl(
        &["exec", "-i", "web", "--", "sh", "-c", "tr a-z A-Z"],
        Some("piped in\n"),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "PIPED IN\n");
    // stdout and stderr stay apart.
    let out = sb.kubectl(
        &["exec", "web", "--", "sh", "-c", "echo out; echo err >&2"],
        None,
    );
    assert_eq!(
        (text(&out.stdout).as_str(), text(&out.stderr).as_str()),
        ("out\n", "err\n")
    );
}

#[test]
fn exec_reports_exit_codes_and_errors_as_kubectl_shows_them() {
    let Some(sb) = Sandbox::start() else { return };
    running_pod(&sb, "web");
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["exec", "web", "--", "sh", "-c", "exit 3"],
            3,
            "command terminated with exit code 3\n",
        ),
        (
            &["exec", "web", "-c", "nope", "--", "ls"],
            1,
            "Error from server (BadRequest): container nope is not valid for pod web\n",
        ),
        (
            &["exec", "web", "--", "no-such-command-here"],
            127,
            "OCI runtime exec failed: exec failed: unable to start container process: exec: \"no-such-command-here\": executable file not found in $PATH: unknown\ncommand terminated with exit code 127\n",
        ),
        (
            &["exec", "missing", "--", "ls"],
            1,
            "Error from server (NotFound): pods \"missing\" not found\n",
        ),
    ];
    for (args, code, stderr) in cases {
        let out = sb.kubectl(args, None);
        assert_eq!(
            out.status.code(),
            Some(*code),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert_eq!(text(&out.stderr), *stderr, "{args:?}");
    }
}

/// Stops a tmux server (its own socket) when the test ends, even on a failed assertion.
struct Tmux {
    socket: std::path::PathBuf,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }
    fn screen(&self) -> String {
        text(&self.run(&["capture-pane", "-p"]).stdout)
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

#[test]
fn exec_it_gives_an_interactive_shell_on_a_terminal() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("tmux not found; skipping exec_it_gives_an_interactive_shell_on_a_terminal");
        return;
    }
    let Some(sb) = Sandbox::start() else { return };
    running_pod(&sb, "web");
    let dir = tempfile::tempdir().expect("tempdir");
    let tmux = Tmux {
        socket: dir.path().join("tmux.sock"),
    };
    let script = format!(
        "HOME={home} KUBECONFIG={cfg} {kubectl} exec -it web -- sh; echo EXIT=$?; sleep 600",
        home = sb.home.display(),
        cfg = sb.kubeconfig.display(),
        kubectl = sb.kubectl.display()
    );
    let started = tmux.run(&["new-session", "-d", "-x", "90", "-y", "20", &script]);
    assert!(started.status.success(), "{started:?}");
    // The shell's prompt on the pod's terminal.
    wait_for("the shell prompt", || {
        tmux.screen().contains('#') || tmux.screen().contains('$')
    });
    tmux.run(&[
        "send-keys",
        "echo on-a-tty-$((6*7)); test -t 0 && stty size",
        "Enter",
    ]);
    // The terminal size kubectl sent (resize channel) is the tmux window's.
    wait_for("the command output", || tmux.screen().contains("20 90"));
    assert!(tmux.screen().contains("on-a-tty-42"), "{}", tmux.screen());
    tmux.run(&["send-keys", "exit 5", "Enter"]);
    wait_for("kubectl to exit", || tmux.screen().contains("EXIT="));
    let screen = tmux.screen();
    assert!(
        screen.contains("command terminated with exit code 5"),
        "{screen}"
    );
    assert!(screen.contains("EXIT=5"), "{screen}");
}
