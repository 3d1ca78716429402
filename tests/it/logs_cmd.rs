//! `kctl logs` beside kubectl 1.32 on one sandbox: stdout, stderr and exit code compared byte
//! for byte for POD, TYPE/NAME, -l, every option and kubectl's errors. Where kubectl reads
//! several streams one after another it walks a Go map (random order), so those outputs are
//! compared as sorted lines; following and Ctrl-C are checked on real streams.

use std::io::Read;
use std::process::{Command, Stdio};

use crate::support::{DEADLINE, diff, kctl, wait_until};
use crate::support_sandbox::Sandbox;

/// Containers print fixed lines and then sleep for an hour of sandbox time, so their logs do
/// not change between the two runs.
const OBJECTS: &str = r#"apiVersion: v1
kind: Pod
metadata: {name: multi}
spec:
  initContainers:
  - {name: setup, image: busybox, command: [sh, -c, "echo preparing; echo prepared"]}
  containers:
  - {name: web, image: busybox, command: [sh, -c, "echo web up; echo web ready; sleep 36000"]}
  - {name: side, image: busybox, command: [sh, -c, "echo side up; sleep 36000"]}
---
apiVersion: v1
kind: Pod
metadata: {name: annotated, annotations: {kubectl.kubernetes.io/default-container: side}}
spec:
  containers:
  - {name: web, image: busybox, command: [sh, -c, "echo web up; sleep 36000"]}
  - {name: side, image: busybox, command: [sh, -c, "echo side up; sleep 36000"]}
---
apiVersion: v1
kind: Pod
metadata: {name: badannot, annotations: {kubectl.kubernetes.io/default-container: nope}}
spec:
  containers:
  - {name: web, image: busybox, command: [sh, -c, "echo web up; sleep 36000"]}
  - {name: side, image: busybox, command: [sh, -c, "echo side up; sleep 36000"]}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: dep}
  ports: [{port: 80}]
"#;

struct Run {
    stdout: String,
    stderr: String,
    code: i32,
}

fn run(bin: &std::path::Path, sb: &Sandbox, args: &[&str]) -> Run {
    let out = Command::new(bin)
        .args(args)
        .env("KUBECONFIG", &sb.kubeconfig)
        .env("HOME", &sb.home)
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

fn sorted_lines(s: &str) -> String {
    let mut lines: Vec<&str> = s.lines().collect();
    lines.sort_unstable();
    lines.join("\n")
}

/// Compares kubectl and kctl on each case; `sorted` compares stdout and stderr as sorted lines.
fn failures(sb: &Sandbox, cases: &[&[&str]], sorted: bool) -> Vec<String> {
    let mut out = Vec::new();
    for args in cases {
        let e = run(&sb.kubectl, sb, args);
        let a = run(&kctl(), sb, args);
        let (es, as_, ee, ae) = if sorted {
            (
                sorted_lines(&e.stdout),
                sorted_lines(&a.stdout),
                sorted_lines(&e.stderr),
                sorted_lines(&a.stderr),
            )
        } else {
            (e.stdout, a.stdout, e.stderr, a.stderr)
        };
        if es != as_ || ee != ae || e.code != a.code {
            out.push(format!(
                "== {args:?}\nstdout:\n{}stderr:\n{}exit: kubectl {} kctl {}\n",
                diff(&es, &as_),
                diff(&ee, &ae),
                e.code,
                a.code
            ));
        }
    }
    out
}

fn wait_logs(sb: &Sandbox, args: &[&str], want: &str) {
    let mut a = vec!["logs"];
    a.extend(args);
    wait_until(&format!("{a:?} to print {want:?}"), || {
        let out = sb.kubectl(&a, None);
        String::from_utf8_lossy(&out.stdout)
            .contains(want)
            .then_some(())
    });
}

fn setup(sb: &Sandbox) {
    sb.ok(&["apply", "-f", "-"], Some(OBJECTS));
    sb.ok(
        &[
            "create",
            "deployment",
            "dep",
            "--image=busybox",
            "--replicas=3",
            "--",
            "sh",
            "-c",
            "echo hello from $HOSTNAME; sleep 36000",
        ],
        None,
    );
    sb.ok(
        &[
            "create",
            "deployment",
            "zero",
            "--image=busybox",
            "--replicas=0",
        ],
        None,
    );
    sb.ok(
        &[
            "create",
            "job",
            "jb",
            "--image=busybox",
            "--",
            "sh",
            "-c",
            "echo job done",
        ],
        None,
    );
    wait_logs(sb, &["multi", "-c", "side"], "side up");
    wait_logs(sb, &["multi", "-c", "web"], "web ready");
    wait_logs(sb, &["annotated", "-c", "web"], "web up");
    wait_logs(sb, &["annotated", "-c", "side"], "side up");
    wait_logs(sb, &["badannot", "-c", "web"], "web up");
    wait_logs(sb, &["badannot", "-c", "side"], "side up");
    wait_logs(sb, &["job/jb"], "job done");
    wait_until("3 dep pods logging and ready", || {
        let out = sb.kubectl(&["logs", "-l", "app=dep"], None);
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let ready = sb.ok(
            &[
                "get",
                "deploy",
                "dep",
                "-o",
                "jsonpath={.status.readyReplicas}",
            ],
            None,
        );
        (text.matches("hello from dep-").count() == 3 && ready == "3").then_some(())
    });
}

#[test]
fn logs_match_kubectl() {
    let Some(sb) = Sandbox::start() else { return };
    setup(&sb);
    let cases: &[&[&str]] = &[
        &["logs", "multi"],
        &["logs", "multi", "-c", "side"],
        &["logs", "multi", "side"],
        &["logs", "multi", "-c", "setup"],
        &["logs", "pods/multi", "--container=web", "--tail=1"],
        &["logs", "pod/multi", "-c", "web", "--tail=0"],
        &["logs", "multi", "-c", "web", "--limit-bytes=5"],
        &["logs", "multi", "-c", "web", "--timestamps"],
        &["logs", "multi", "-c", "web", "--prefix"],
        &["logs", "multi", "-c", "web", "--since=1h"],
        &[
            "logs",
            "multi",
            "-c",
            "web",
            "--since-time=2020-01-01T00:00:00Z",
        ],
        &[
            "logs",
            "multi",
            "-c",
            "web",
            "--since-time=2020-01-01T00:00:00.5+01:00",
        ],
        &[
            "logs",
            "multi",
            "-c",
            "web",
            "--insecure-skip-tls-verify-backend",
        ],
        &["logs", "annotated"],
        &["logs", "annotated", "-c", "web"],
        &["logs", "badannot"],
        &["logs", "deploy/dep"],
        &["logs", "deployment.apps/dep", "--tail=1", "--prefix"],
        &["logs", "svc/web"],
        &["logs", "job/jb"],
        &["logs", "-f", "job/jb"],
        &["logs", "-n", "default", "jobs.batch/jb", "--timestamps"],
        &["logs", "-l", "app=nomatch"],
        // kubectl's errors
        &["logs"],
        &["logs", "nope"],
        &["logs", "deploy/nope"],
        &["logs", "-n", "kube-system", "multi"],
        &["logs", "cm/x"],
        &["logs", "configmap/kube-root-ca.crt"],
        &["logs", "ns/default"],
        &["logs", "node/sandbox-worker"],
        &["logs", "svc/kubernetes"],
        &["logs", "foo/bar"],
        &["logs", "a/b/c"],
        &["logs", "pod", "multi"],
        &["logs", "multi,annotated"],
        &["logs", "-l", "app=dep", "x"],
        &["logs", "-l", "a b"],
        &["logs", "multi", "side", "extra"],
        &["logs", "multi", "-c", "nope"],
        &["logs", "multi", "web", "-c", "side"],
        &["logs", "multi", "--all-containers", "-c", "web"],
        &[
            "logs",
            "multi",
            "--since=1s",
            "--since-time=2020-01-01T00:00:00Z",
        ],
        &["logs", "multi", "--tail=-2"],
        &["logs", "multi", "--tail=x"],
        &["logs", "multi", "--limit-bytes=-1"],
        &["logs", "multi", "--since=-1s"],
        &["logs", "multi", "--since=x"],
        &["logs", "multi", "--since-time=garbage"],
        &["logs", "multi", "--since-time=2024-08-30"],
        &["logs", "multi", "--since-time=2024-13-30T00:00:00Z"],
        &["logs", "multi", "--pod-running-timeout=0"],
        &["logs", "multi", "-c", "setup", "--previous"],
        &["logs", "deploy/zero", "--pod-running-timeout=1s"],
        &["logs", "-f", "-l", "app=dep", "--max-log-requests=2"],
    ];
    let f = failures(&sb, cases, false);
    assert!(f.is_empty(), "{}", f.join("\n"));

    // Several streams one after another: kubectl's order is a Go map's.
    let cases: &[&[&str]] = &[
        &["logs", "-l", "app=dep"],
        &["logs", "-l", "app=dep", "--prefix", "--tail=1"],
        &["logs", "multi", "--all-containers"],
        &["logs", "multi", "--all-containers", "--prefix"],
        &["logs", "deploy/dep", "--all-pods"],
        &["logs", "-l", "app=dep", "--all-containers", "--all-pods"],
        &["logs", "-l", "app=dep", "--previous", "--ignore-errors"],
        &[
            "logs",
            "multi",
            "--all-containers",
            "--previous",
            "--ignore-errors",
        ],
    ];
    let f = failures(&sb, cases, true);
    assert!(f.is_empty(), "{}", f.join("\n"));

    // The first stream that fails ends the command, and which pod comes first is a Go map's
    // choice in kubectl: the pod is masked.
    let pods = sb.ok(&["get", "pods", "-l", "app=dep", "-o", "name"], None);
    let mask = |text: &str| {
        pods.lines()
            .filter_map(|p| p.strip_prefix("pod/"))
            .fold(text.to_string(), |t, name| t.replace(name, "<dep pod>"))
    };
    let args = ["logs", "-l", "app=dep", "--previous"];
    let e = run(&sb.kubectl, &sb, &args);
    let a = run(&kctl(), &sb, &args);
    assert_eq!(
        (a.stdout, mask(&a.stderr), a.code),
        (e.stdout, mask(&e.stderr), e.code),
        "{args:?}"
    );
}

const FOLLOWED: &str = r#"apiVersion: v1
kind: Pod
metadata: {name: f1, labels: {grp: f}}
spec:
  restartPolicy: Never
  containers:
  - {name: app, image: busybox, command: [sh, -c, "echo one start; sleep 40; echo one end"]}
---
apiVersion: v1
kind: Pod
metadata: {name: f2, labels: {grp: f}}
spec:
  restartPolicy: Never
  containers:
  - {name: app, image: busybox, command: [sh, -c, "echo two start; sleep 40; echo two end"]}
"#;

/// Follows until the containers end, both tools at once on the same pods.
#[test]
fn follow_streams_until_the_containers_end_and_ctrl_c_ends_them() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(&["apply", "-f", "-"], Some(FOLLOWED));
    wait_logs(&sb, &["f1"], "one start");
    wait_logs(&sb, &["f2"], "two start");
    let spawn = |bin: &std::path::Path, args: &[&str]| {
        Command::new(bin)
            .args(args)
            .env("KUBECONFIG", &sb.kubeconfig)
            .env("HOME", &sb.home)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn")
    };
    let args = ["logs", "-f", "-l", "grp=f", "--prefix"];
    let single = ["logs", "-f", "f1"];
    let children = [
        spawn(&sb.kubectl, &args),
        spawn(&kctl(), &args),
        spawn(&sb.kubectl, &single),
        spawn(&kctl(), &single),
    ];
    let started = std::time::Instant::now();
    let outs: Vec<std::process::Output> = children
        .into_iter()
        .map(|c| c.wait_with_output().expect("wait"))
        .collect();
    assert!(started.elapsed() < DEADLINE);
    let text = |o: &std::process::Output| {
        (
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
            o.status.code(),
        )
    };
    let (e_out, e_err, e_code) = text(&outs[0]);
    let (a_out, a_err, a_code) = text(&outs[1]);
    assert_eq!(
        sorted_lines(&e_out),
        "[pod/f1/app] one end\n[pod/f1/app] one start\n[pod/f2/app] two end\n[pod/f2/app] two start"
    );
    assert_eq!(sorted_lines(&a_out), sorted_lines(&e_out));
    assert_eq!((a_err, a_code), (e_err, e_code));
    assert_eq!(text(&outs[2]), text(&outs[3]));
    assert_eq!(text(&outs[3]).0, "one start\none end\n");

    // Ctrl-C while following ends the stream after what it printed. kubectl's interrupt
    // handler races its own stream (exit 0, exit 1 or death by the signal, run to run), so only
    // kctl's outcome is pinned: the signal ends it, every line already flushed.
    sb.ok(
        &[
            "run",
            "pinger",
            "--image=busybox",
            "--",
            "sh",
            "-c",
            "echo ping; sleep 36000",
        ],
        None,
    );
    wait_logs(&sb, &["pinger"], "ping");
    for bin in [sb.kubectl.clone(), kctl()] {
        let mut command = Command::new(&bin);
        command
            .args(["logs", "-f", "pinger"])
            .env("KUBECONFIG", &sb.kubeconfig)
            .env("HOME", &sb.home)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        // A test run started in the background of a non-interactive shell inherits SIGINT
        // ignored; the child must see Ctrl-C as a terminal user's process does.
        use std::os::unix::process::CommandExt;
        // SAFETY: only async-signal-safe `signal` between fork and exec.
        unsafe {
            command.pre_exec(|| {
                libc::signal(libc::SIGINT, libc::SIG_DFL);
                Ok(())
            });
        }
        let mut child = command.spawn().expect("spawn");
        let mut stdout = child.stdout.take().expect("stdout");
        let mut first = [0u8; 5];
        stdout.read_exact(&mut first).expect("first line");
        assert_eq!(&first, b"ping\n", "{bin:?}");
        // SAFETY: signalling a child this test started, by its PID.
        unsafe {
            libc::kill(child.id() as libc::pid_t, libc::SIGINT);
        }
        let status = child.wait().expect("wait");
        use std::os::unix::process::ExitStatusExt;
        if bin == kctl() {
            assert_eq!(status.signal(), Some(libc::SIGINT), "{status:?}");
        }
    }
}
