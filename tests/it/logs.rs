//! Container logs in the sandbox, read with the real kubectl 1.32: `logs` with -c, --tail,
//! --since, --since-time, --timestamps, --limit-bytes, --previous, -f, deploy/x and -l; the
//! apiserver's and kubelet's errors; and the crash rule (CrashLoopBackOff, restarts).

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support_sandbox::Sandbox;

/// Generous: debug builds on a shared 2-core machine.
const DEADLINE: Duration = Duration::from_secs(120);

/// Polls `check` until it returns Ok, failing with `what` (and the last state) at the deadline.
fn wait_for<T>(what: &str, mut check: impl FnMut() -> Result<T, String>) -> T {
    let start = Instant::now();
    loop {
        match check() {
            Ok(v) => return v,
            Err(last) if start.elapsed() > DEADLINE => {
                panic!("timed out waiting for {what}: {last}")
            }
            Err(_) => std::thread::sleep(Duration::from_millis(200)),
        }
    }
}

fn run(sb: &Sandbox, args: &[&str]) -> (bool, String, String) {
    let out = sb.kubectl(args, None);
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn pod_json(sb: &Sandbox, name: &str) -> Value {
    serde_json::from_str(&sb.ok(&["get", "pod", name, "-o", "json"], None)).expect("pod JSON")
}

/// Waits until `kubectl logs ARGS` succeeds with at least `n` lines; returns them.
fn wait_lines(sb: &Sandbox, args: &[&str], n: usize) -> Vec<String> {
    let mut a = vec!["logs"];
    a.extend(args);
    wait_for(&format!("{n} lines from {a:?}"), || {
        let (ok, out, err) = run(sb, &a);
        let lines: Vec<String> = out.lines().map(str::to_string).collect();
        if ok && lines.len() >= n {
            Ok(lines)
        } else {
            Err(format!("{} lines; {err}", lines.len()))
        }
    })
}

fn stamp(line: &str) -> jiff::Timestamp {
    let ts = line.split(' ').next().unwrap_or_default();
    assert_eq!(
        ts.len(),
        "2006-01-02T15:04:05.000000000Z".len(),
        "kubelet's fixed RFC3339Nano: {line}"
    );
    ts.parse()
        .unwrap_or_else(|e| panic!("timestamp of {line:?}: {e}"))
}

fn seq(line: &str) -> u64 {
    let s = line.split("seq=").nth(1).expect("a ping reply");
    s.split(' ').next().unwrap().parse().unwrap()
}

#[test]
fn logs_of_running_pods_with_every_option() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(
        &[
            "run",
            "pingpong",
            "--image=alpine",
            "--",
            "ping",
            "127.0.0.1",
        ],
        None,
    );
    let lines = wait_lines(&sb, &["pingpong"], 30);
    assert_eq!(lines[0], "PING 127.0.0.1 (127.0.0.1): 56 data bytes");
    for (i, l) in lines[1..].iter().enumerate() {
        assert!(
            l.starts_with(&format!("64 bytes from 127.0.0.1: seq={i} ttl=64 time=0.0")),
            "{l}"
        );
        assert!(l.ends_with(" ms"), "{l}");
    }

    // --tail: the last N lines, consecutive replies
    let tail = sb.ok(&["logs", "pingpong", "--tail=3"], None);
    let tail: Vec<&str> = tail.lines().collect();
    assert_eq!(tail.len(), 3, "{tail:?}");
    assert_eq!(seq(tail[1]), seq(tail[0]) + 1);
    assert_eq!(seq(tail[2]), seq(tail[0]) + 2);
    assert!(seq(tail[0]) >= 27);

    // --limit-bytes cuts the stream, even mid-line
    assert_eq!(
        sb.ok(&["logs", "pingpong", "--limit-bytes=10"], None),
        "PING 127.0"
    );

    // --timestamps: the kubelet's RFC3339Nano prefix, ascending, the same lines behind it
    let stamped = sb.ok(&["logs", "pingpong", "--timestamps"], None);
    let stamped: Vec<&str> = stamped.lines().collect();
    assert!(stamped.len() >= 30);
    let times: Vec<jiff::Timestamp> = stamped.iter().map(|l| stamp(l)).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "{stamped:?}");
    assert_eq!(
        stamped[0].split_once(' ').unwrap().1,
        "PING 127.0.0.1 (127.0.0.1): 56 data bytes"
    );
    for (a, b) in stamped.iter().zip(&lines) {
        assert_eq!(a.split_once(' ').unwrap().1, b);
    }

    // --since-time (sent with whole seconds): the first line at or after it
    let t = times[20];
    let second = jiff::Timestamp::from_second(t.as_second()).unwrap();
    let since = sb.ok(
        &[
            "logs",
            "pingpong",
            "--timestamps",
            &format!("--since-time={}", second.strftime("%Y-%m-%dT%H:%M:%SZ")),
        ],
        None,
    );
    let first_expected = stamped
        .iter()
        .find(|l| stamp(l) >= second)
        .expect("a line after since-time");
    assert_eq!(since.lines().next(), Some(*first_expected), "{since}");

    // --since: only recent lines (a reply every 0.1s at the default speed)
    wait_lines(&sb, &["pingpong"], 60);
    let before = jiff::Timestamp::now();
    let recent = sb.ok(&["logs", "pingpong", "--since=1s", "--timestamps"], None);
    let recent: Vec<&str> = recent.lines().collect();
    let all = sb.ok(&["logs", "pingpong"], None).lines().count();
    assert!(!recent.is_empty() && recent.len() < all, "{recent:?}");
    let earliest = before - jiff::SignedDuration::from_secs(3);
    assert!(recent.iter().all(|l| stamp(l) >= earliest), "{recent:?}");

    // -f: new lines keep coming; kill the follower by its PID
    let mut child = sb
        .command(&["logs", "-f", "pingpong", "--tail=1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .stdin(Stdio::null())
        .spawn()
        .expect("spawn kubectl logs -f");
    let (tx, rx) = mpsc::channel();
    let out = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for l in BufReader::new(out).lines() {
            let Ok(l) = l else { break };
            if tx.send(l).is_err() {
                break;
            }
        }
    });
    let mut got = Vec::new();
    while got.len() < 6 {
        match rx.recv_timeout(DEADLINE) {
            Ok(l) => got.push(l),
            Err(e) => {
                let _ = child.kill();
                panic!("logs -f stopped after {got:?}: {e}");
            }
        }
    }
    child.kill().expect("kill logs -f");
    child.wait().expect("reap logs -f");
    for w in got.windows(2) {
        assert_eq!(seq(&w[1]), seq(&w[0]) + 1, "{got:?}");
    }

    // --previous of a container that never restarted
    let (ok, _, err) = run(&sb, &["logs", "pingpong", "--previous"]);
    assert!(!ok);
    assert_eq!(
        err,
        "Error from server (BadRequest): previous terminated container \"pingpong\" in pod \"pingpong\" not found\n"
    );

    // logs deploy/x and -l
    sb.ok(
        &[
            "create",
            "deployment",
            "pp",
            "--image=alpine",
            "--replicas=2",
            "--",
            "ping",
            "127.0.0.1",
        ],
        None,
    );
    wait_lines(&sb, &["deploy/pp"], 4);
    let one = sb.ok(&["logs", "deploy/pp", "--tail=2"], None);
    let one: Vec<&str> = one.lines().collect();
    assert_eq!(one.len(), 2, "{one:?}");
    assert!(
        one.iter().all(|l| l.starts_with("64 bytes from")),
        "{one:?}"
    );
    let both = wait_for("2 running pods of pp", || {
        let (_, out, err) = run(&sb, &["logs", "-l", "app=pp", "--prefix", "--tail=1"]);
        let pods: std::collections::BTreeSet<&str> =
            out.lines().filter_map(|l| l.split(' ').next()).collect();
        if pods.len() == 2 && out.lines().all(|l| l.contains("64 bytes from")) {
            Ok(out.clone())
        } else {
            Err(format!("{out}{err}"))
        }
    });
    assert!(both.lines().all(|l| l.starts_with("[pod/pp-")), "{both}");
}

const MULTI: &str = r#"apiVersion: v1
kind: Pod
metadata: {name: multi}
spec:
  initContainers:
  - {name: setup, image: busybox, command: [sh, -c, "echo preparing; sleep 1; echo prepared"]}
  containers:
  - {name: web, image: nginx:1.27}
  - {name: side, image: busybox, command: [sh, -c, "echo side car up; while true; do echo tick; sleep 5; done"]}
---
apiVersion: v1
kind: Pod
metadata: {name: stuck}
spec:
  initContainers:
  - {name: wait, image: busybox, command: [sh, -c, "echo waiting; sleep 36000"]}
  containers:
  - {name: app, image: busybox}
---
apiVersion: v1
kind: Pod
metadata: {name: unpullable}
spec:
  containers:
  - {name: app, image: "example.com/app:does-not-exist"}
---
apiVersion: v1
kind: Pod
metadata: {name: once}
spec:
  restartPolicy: Never
  containers:
  - {name: job, image: busybox, command: [sh, -c, "echo hello from $HOSTNAME; sleep 2; echo failing; exit 3"]}
"#;

#[test]
fn container_choice_and_waiting_errors() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(&["apply", "-f", "-"], Some(MULTI));
    wait_for("multi running", || {
        let p = pod_json(&sb, "multi");
        (p["status"]["phase"] == "Running")
            .then_some(())
            .ok_or(p["status"].to_string())
    });

    // the apiserver's own error when no container is named (kubectl picks one itself)
    let (ok, _, err) = run(
        &sb,
        &["get", "--raw", "/api/v1/namespaces/default/pods/multi/log"],
    );
    assert!(!ok);
    assert_eq!(
        err,
        "Error from server (BadRequest): a container name must be specified for pod multi, choose one of: [web side] or one of the init containers: [setup]\n"
    );
    let (ok, _, err) = run(
        &sb,
        &[
            "get",
            "--raw",
            "/api/v1/namespaces/default/pods/multi/log?container=nope",
        ],
    );
    assert!(!ok);
    assert_eq!(
        err,
        "Error from server (BadRequest): container nope is not valid for pod multi\n"
    );

    // nginx's start-up lines (the log's clock may start up to a second after startedAt)
    wait_lines(&sb, &["multi"], 17);
    let (ok, out, err) = run(&sb, &["logs", "multi"]);
    assert!(ok, "{err}");
    assert_eq!(
        err,
        "Defaulted container \"web\" out of: web, side, setup (init)\n"
    );
    assert!(
        out.contains("/docker-entrypoint.sh: Configuration complete; ready for start up\n"),
        "{out}"
    );
    assert!(
        out.contains("[notice] 1#1: start worker processes\n"),
        "{out}"
    );
    let side = wait_lines(&sb, &["multi", "-c", "side"], 2);
    assert_eq!(side[..2], ["side car up", "tick"]);
    assert_eq!(
        sb.ok(&["logs", "multi", "-c", "setup"], None),
        "preparing\nprepared\n"
    );

    // waiting containers: the kubelet says why
    let (ok, _, err) = run(&sb, &["logs", "stuck", "-c", "app"]);
    assert!(!ok);
    assert_eq!(
        err,
        "Error from server (BadRequest): container \"app\" in pod \"stuck\" is waiting to start: PodInitializing\n"
    );
    let why = wait_for("the pull to fail", || {
        let (_, _, err) = run(&sb, &["logs", "unpullable"]);
        if err.contains("pull") {
            Ok(err)
        } else {
            Err(err)
        }
    });
    assert!(
        [
            "Error from server (BadRequest): container \"app\" in pod \"unpullable\" is waiting to start: image can't be pulled\n",
            "Error from server (BadRequest): container \"app\" in pod \"unpullable\" is waiting to start: trying and failing to pull image\n"
        ]
        .contains(&why.as_str()),
        "{why}"
    );

    // a script that ends: its echo lines, its exit code, phase Failed
    wait_for("once to fail", || {
        let p = pod_json(&sb, "once");
        (p["status"]["phase"] == "Failed")
            .then_some(())
            .ok_or(p["status"].to_string())
    });
    let p = pod_json(&sb, "once");
    assert_eq!(
        p["status"]["containerStatuses"][0]["state"]["terminated"]["exitCode"],
        3
    );
    assert_eq!(sb.ok(&["logs", "once"], None), "hello from once\nfailing\n");
    // following a finished container returns at once
    assert_eq!(
        sb.ok(&["logs", "-f", "once", "--tail=1"], None),
        "failing\n"
    );
}

const CRASHY: &str = r#"apiVersion: v1
kind: Pod
metadata: {name: crashy}
spec:
  containers:
  - name: app
    image: busybox
    command: [sh, -c, "echo starting up; while true; do echo working; sleep 1; done"]
    env: [{name: KCTL_SANDBOX_CRASH_AFTER, value: "3"}]
"#;

#[test]
fn crash_rule_gives_crash_loop_back_off_and_previous_logs() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(&["apply", "-f", "-"], Some(CRASHY));
    let row = wait_for("CrashLoopBackOff with restarts", || {
        let (_, out, err) = run(&sb, &["get", "pod", "crashy", "--no-headers"]);
        let cols: Vec<&str> = out.split_whitespace().collect();
        let restarts: u32 = cols.get(3).and_then(|r| r.parse().ok()).unwrap_or(0);
        if cols.get(2) == Some(&"CrashLoopBackOff") && restarts >= 1 {
            Ok(out.clone())
        } else {
            Err(format!("{out}{err}"))
        }
    });
    let cols: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(cols[..3], ["crashy", "0/1", "CrashLoopBackOff"], "{row}");
    // RESTARTS: "N (Xs ago)"
    assert!(cols[4].starts_with('(') && cols[5] == "ago)", "{row}");
    let p = pod_json(&sb, "crashy");
    let st = &p["status"]["containerStatuses"][0];
    assert_eq!(p["status"]["phase"], "Running");
    assert_eq!(st["lastState"]["terminated"]["exitCode"], 1);
    assert_eq!(st["lastState"]["terminated"]["reason"], "Error");
    let msg = st["state"]["waiting"]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(
        msg.starts_with("back-off ")
            && msg.contains(" restarting failed container=app pod=crashy_default("),
        "{msg}"
    );

    // the crashed instance's log: its start, its work, its last words
    let prev = sb.ok(&["logs", "crashy", "--previous"], None);
    assert_eq!(
        prev,
        "starting up\nworking\nworking\nworking\nworking\napp: crashing on purpose after 3s (KCTL_SANDBOX_CRASH_AFTER)\n"
    );

    let events = sb.ok(
        &[
            "get",
            "events",
            "--field-selector",
            "reason=BackOff",
            "-o",
            "json",
        ],
        None,
    );
    let events: Value = serde_json::from_str(&events).unwrap();
    let uid = p["metadata"]["uid"].as_str().unwrap();
    let want = format!("Back-off restarting failed container app in pod crashy_default({uid})");
    assert!(
        events["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["message"] == want.as_str() && e["type"] == "Warning"),
        "{events}"
    );
}

const PROBED: &str = r#"apiVersion: v1
kind: Pod
metadata: {name: ready-ok}
spec:
  containers:
  - name: web
    image: nginx
    ports: [{containerPort: 80}]
    readinessProbe: {httpGet: {port: 80, path: /}, initialDelaySeconds: 5}
---
apiVersion: v1
kind: Pod
metadata: {name: ready-fail}
spec:
  containers:
  - name: web
    image: nginx
    ports: [{containerPort: 80}]
    readinessProbe: {httpGet: {port: 8080, path: /healthz}, periodSeconds: 2}
---
apiVersion: v1
kind: Pod
metadata: {name: live-fail}
spec:
  containers:
  - name: app
    image: busybox
    command: [sh, -c, "echo up; while true; do sleep 1; done"]
    livenessProbe: {exec: {command: ["false"]}, periodSeconds: 2}
"#;

fn events_of(sb: &Sandbox, pod: &str) -> Vec<Value> {
    let sel = format!("involvedObject.name={pod}");
    let v: Value = serde_json::from_str(&sb.ok(
        &["get", "events", "--field-selector", &sel, "-o", "json"],
        None,
    ))
    .unwrap();
    v["items"].as_array().cloned().unwrap_or_default()
}

#[test]
fn probes_decide_readiness_and_restarts() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(&["apply", "-f", "-"], Some(PROBED));
    wait_for("ready-ok to become ready", || {
        let (_, out, err) = run(&sb, &["get", "pod", "ready-ok", "--no-headers"]);
        let cols: Vec<&str> = out.split_whitespace().collect();
        (cols.get(1..3) == Some(&["1/1", "Running"][..]))
            .then_some(())
            .ok_or(format!("{out}{err}"))
    });
    let ip = wait_for("ready-fail's Unhealthy event", || {
        let p = pod_json(&sb, "ready-fail");
        let ip = p["status"]["podIP"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let want = format!(
            "Readiness probe failed: Get \"http://{ip}:8080/healthz\": dial tcp {ip}:8080: connect: connection refused"
        );
        let evs = events_of(&sb, "ready-fail");
        evs.iter()
            .any(|e| e["reason"] == "Unhealthy" && e["message"] == want.as_str())
            .then_some(ip)
            .ok_or(format!("{evs:?}"))
    });
    assert!(!ip.is_empty());
    let p = pod_json(&sb, "ready-fail");
    assert_eq!(p["status"]["phase"], "Running");
    assert_eq!(p["status"]["containerStatuses"][0]["ready"], false);
    let ready = p["status"]["conditions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["type"] == "Ready")
        .cloned()
        .unwrap();
    assert_eq!(ready["status"], "False");
    assert_eq!(ready["reason"], "ContainersNotReady");

    wait_for("live-fail to be killed and restarted", || {
        let evs = events_of(&sb, "live-fail");
        let killed = evs.iter().any(|e| {
            e["reason"] == "Killing"
                && e["message"] == "Container app failed liveness probe, will be restarted"
        });
        let p = pod_json(&sb, "live-fail");
        let restarts = p["status"]["containerStatuses"][0]["restartCount"]
            .as_u64()
            .unwrap_or(0);
        (killed && restarts >= 1)
            .then_some(())
            .ok_or(format!("{restarts} restarts; {evs:?}"))
    });
    let evs = events_of(&sb, "live-fail");
    assert!(
        evs.iter()
            .any(|e| e["reason"] == "Unhealthy" && e["message"] == "Liveness probe failed: "),
        "{evs:?}"
    );
    let prev = sb.ok(&["logs", "live-fail", "--previous"], None);
    assert_eq!(prev, "up\n");
}
