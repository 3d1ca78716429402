//! `kctl rollout` against kubectl 1.32: read-only subcommands byte for byte on one sandbox;
//! the changing ones (pause, resume, restart, undo) as the same sequence on two fresh
//! sandboxes with the objects left behind compared; `status` while a rollout moves (its lines
//! depend on timing) checked line by line against what kubectl can print, its end exactly.

use std::ffi::OsString;

use crate::support::{Output, kctl, parity_failures, run_in};
use crate::support_sandbox::Sandbox;
use crate::workflows::harness::{Workflow, check, run, stdin, wait_for};

const APPS: &str = r#"apiVersion: apps/v1
kind: Deployment
metadata: {name: web, labels: {tier: front}}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
      - name: a
        image: busybox:1
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  replicas: 2
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers:
      - name: d
        image: redis:6
"#;

fn env(sb: &Sandbox) -> Vec<(&'static str, OsString)> {
    vec![
        ("KUBECONFIG", sb.kubeconfig.clone().into()),
        ("HOME", sb.home.clone().into()),
    ]
}

fn kctl_in(sb: &Sandbox, args: &[&str]) -> Output {
    run_in(&kctl(), args, &sb.home, &env(sb))
}

/// Whether `line` is one kubectl's status viewers print for `name` (any numbers).
fn possible_status_line(line: &str, name: &str) -> bool {
    // `#` in a template stands for a number.
    let matches = |template: &str| {
        let mut rest = line;
        for (i, part) in template.split('#').enumerate() {
            if i > 0 {
                let digits =
                    rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                if digits == 0 {
                    return false;
                }
                rest = &rest[digits..];
            }
            match rest.strip_prefix(part) {
                Some(after) => rest = after,
                None => return false,
            }
        }
        rest.is_empty()
    };
    let d = format!("Waiting for deployment {name:?} rollout to finish: ");
    let ds = format!("Waiting for daemon set {name:?} rollout to finish: ");
    [
        "Waiting for deployment spec update to be observed...".to_string(),
        format!("{d}# out of # new replicas have been updated..."),
        format!("{d}# old replicas are pending termination..."),
        format!("{d}# of # updated replicas are available..."),
        format!("deployment {name:?} successfully rolled out"),
        "Waiting for daemon set spec update to be observed...".to_string(),
        format!("{ds}# out of # new pods have been updated..."),
        format!("{ds}# of # updated pods are available..."),
        format!("daemon set {name:?} successfully rolled out"),
        "Waiting for statefulset spec update to be observed...".to_string(),
        "Waiting for # pods to be ready...".to_string(),
        "Waiting for partitioned roll out to finish: # out of # new pods have been updated..."
            .to_string(),
        "partitioned roll out complete: # new pods have been updated...".to_string(),
    ]
    .iter()
    .any(|t| matches(t))
}

/// `kctl rollout status` of a moving rollout: every line one kubectl could print, the last
/// one `last`, exit 0.
fn follow_with_kctl(sb: &Sandbox, what: &str, name: &str, last: &str) {
    let out = kctl_in(sb, &["rollout", "status", what, "--timeout=170s"]);
    assert_eq!(out.code, 0, "kctl rollout status {what}: {out:?}");
    let lines: Vec<&str> = out.stdout.lines().collect();
    for line in &lines {
        assert!(
            possible_status_line(line, name),
            "{what}: unexpected line {line:?}"
        );
    }
    assert_eq!(lines.last().copied(), Some(last), "{what}: {}", out.stdout);
}

#[test]
fn status_lines_are_kubectls() {
    let yes = [
        "Waiting for deployment \"web\" rollout to finish: 1 out of 3 new replicas have been updated...",
        "Waiting for deployment \"web\" rollout to finish: 2 old replicas are pending termination...",
        "deployment \"web\" successfully rolled out",
        "Waiting for 2 pods to be ready...",
    ];
    for l in yes {
        assert!(possible_status_line(l, "web"), "{l}");
    }
    let no = [
        "Waiting for deployment \"web\" rollout to finish: x out of 3 new replicas have been updated...",
        "deployment \"other\" successfully rolled out",
        "Waiting for deployment \"web\" rollout to finish",
    ];
    for l in no {
        assert!(!possible_status_line(l, "web"), "{l}");
    }
}

/// Status while objects roll out, then the read-only subcommands and their errors byte for
/// byte.
#[test]
fn read_only_subcommands_match_kubectl() {
    let Some(sb) = Sandbox::start() else { return };
    std::fs::write(sb.home.join("apps.yaml"), APPS).expect("write manifest");
    sb.ok(&["apply", "-f", "-"], Some(APPS));
    // kctl follows each rollout from its start.
    follow_with_kctl(
        &sb,
        "deploy/web",
        "web",
        "deployment \"web\" successfully rolled out",
    );
    follow_with_kctl(
        &sb,
        "ds/agent",
        "agent",
        "daemon set \"agent\" successfully rolled out",
    );
    follow_with_kctl(
        &sb,
        "sts/db",
        "db",
        "partitioned roll out complete: 2 new pods have been updated...",
    );
    sb.ok(&["set", "image", "deploy/web", "nginx=nginx:1.26"], None);
    follow_with_kctl(
        &sb,
        "deploy/web",
        "web",
        "deployment \"web\" successfully rolled out",
    );
    sb.ok(
        &[
            "annotate",
            "rs",
            "-l",
            "app=web",
            "kubernetes.io/change-cause=kubectl set image",
        ],
        None,
    );
    sb.ok(&["set", "image", "ds/agent", "a=busybox:2"], None);
    follow_with_kctl(
        &sb,
        "ds/agent",
        "agent",
        "daemon set \"agent\" successfully rolled out",
    );
    sb.ok(&["set", "image", "sts/db", "d=redis:7"], None);
    follow_with_kctl(
        &sb,
        "sts/db",
        "db",
        "partitioned roll out complete: 2 new pods have been updated...",
    );
    sb.ok(
        &["create", "deployment", "solo", "--image=nginx:1.25"],
        None,
    );
    sb.ok(
        &["rollout", "status", "deploy/solo", "--timeout=170s"],
        None,
    );

    let cases: &[&[&str]] = &[
        // status of settled objects: one line each
        &["rollout", "status", "deploy/web"],
        &["rollout", "status", "deployment", "web"],
        &["rollout", "status", "deploy"],
        &["rollout", "status", "-f", "apps.yaml"],
        &["rollout", "status", "-l", "app=web", "deploy"],
        &["rollout", "status", "-l", "app=none", "deploy"],
        &["rollout", "status", "deploy/web", "--watch=false"],
        &[
            "rollout",
            "status",
            "-f",
            "apps.yaml",
            "--watch=false",
            "-w",
        ],
        &[
            "rollout",
            "status",
            "deploy/web",
            "--revision=1",
            "--revision=2",
        ],
        &[
            "rollout",
            "status",
            "deployments.apps/web",
            "-n",
            "kube-system",
        ],
        &["rollout", "status", "deploy/web", "--revision=2"],
        &[
            "rollout",
            "status",
            "deploy/web",
            "--revision=1",
            "deploy/solo",
        ],
        &["rollout", "status", "deploy/web", "--revision=-1"],
        &["rollout", "status", "ds/agent", "--revision=9"],
        &["rollout", "status", "deploy/nope", "deploy/web"],
        &["rollout", "status", "rs"],
        &["rollout", "status", "svc/kubernetes", "deploy/web"],
        &["rollout", "status"],
        &["rollout", "status", "deploy/web", "-o", "yaml"],
        &["rollout", "status", "deploy/web", "--timeout=x"],
        // history
        &["rollout", "history", "deploy/web"],
        &["rollout", "history", "deploy"],
        &["rollout", "history", "deploy/web", "--revision=1"],
        &["rollout", "history", "deploy/web", "--revision=2"],
        &["rollout", "history", "deploy/web", "--revision=7"],
        &["rollout", "history", "deploy/web", "--revision=-2"],
        &["rollout", "history", "ds/agent", "sts/db"],
        &["rollout", "history", "-f", "apps.yaml"],
        &["rollout", "history", "ds/agent", "--revision=1"],
        &["rollout", "history", "sts/db", "--revision=2"],
        &["rollout", "history", "deploy/web", "-o", "name"],
        &["rollout", "history", "deploy/web", "-o", "yaml"],
        &["rollout", "history", "ds/agent", "-o", "name"],
        &["rollout", "history", "deploy/web", "-o", "json"],
        &["rollout", "history", "ds/agent", "sts/db", "-o", "json"],
        &[
            "rollout",
            "undo",
            "deploy/web",
            "--dry-run=server",
            "-o",
            "json",
        ],
        &["rollout", "history", "sts/db", "--revision=1", "-o", "yaml"],
        &[
            "rollout",
            "history",
            "deploy/web",
            "--revision=1",
            "-o",
            "jsonpath={.metadata.name}",
        ],
        &["rollout", "history", "deploy/nope", "deploy/web"],
        &["rollout", "history", "rs"],
        &["rollout", "history", "svc/kubernetes"],
        &["rollout", "history", "-l", "app=none", "deploy"],
        &["rollout", "history"],
        // undo that changes nothing
        &["rollout", "undo", "deploy/web", "--dry-run=client"],
        &[
            "rollout",
            "undo",
            "deploy/web",
            "--to-revision=1",
            "--dry-run=client",
            "-o",
            "name",
        ],
        &["rollout", "undo", "ds/agent", "--dry-run=client"],
        &[
            "rollout",
            "undo",
            "sts/db",
            "--to-revision=1",
            "--dry-run=client",
        ],
        &["rollout", "undo", "deploy/web", "--dry-run=server"],
        &["rollout", "undo", "deploy/web", "--to-revision=2"],
        &["rollout", "undo", "ds/agent", "--to-revision=2"],
        &["rollout", "undo", "deploy/web", "--to-revision=9"],
        &["rollout", "undo", "deploy/web", "--to-revision=-1"],
        &["rollout", "undo", "deploy/solo"],
        &["rollout", "undo", "rs"],
        &["rollout", "undo", "svc/kubernetes"],
        &["rollout", "undo", "deploy/web", "--dry-run=bogus"],
        // pause/resume/restart errors
        &["rollout", "resume", "deploy/web"],
        &["rollout", "pause", "ds/agent"],
        &["rollout", "resume", "svc/kubernetes"],
        &["rollout", "restart", "rs"],
        &["rollout", "pause", "-l", "app=none", "deploy"],
        &["rollout", "restart"],
        &["rollout"],
        &["rollout", "bogus"],
    ];
    let failures = parity_failures(&sb.kubectl, cases, &sb.home, &env(&sb), false);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The seeds' broken rollout (W18): an image that cannot be pulled, `status --timeout`
/// failing, `undo`, `status` succeeding — kctl and kubectl on the same cluster.
#[test]
fn broken_rollout_times_out_then_undo_recovers() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(
        &[
            "create",
            "deployment",
            "worker",
            "--image=dockercoins/worker:v0.1",
            "--replicas=4",
        ],
        None,
    );
    sb.ok(
        &["rollout", "status", "deploy/worker", "--timeout=170s"],
        None,
    );
    sb.ok(
        &[
            "set",
            "image",
            "deploy/worker",
            "worker=dockercoins/worker:v0.3-does-not-exist",
        ],
        None,
    );
    let args = ["rollout", "status", "deploy/worker", "--timeout=8s"];
    let expected = sb.kubectl(&args, None);
    let actual = kctl_in(&sb, &args);
    assert_eq!(expected.status.code(), Some(1));
    assert_eq!(actual.code, 1, "{actual:?}");
    assert_eq!(
        String::from_utf8_lossy(&expected.stderr),
        "error: timed out waiting for the condition\n"
    );
    assert_eq!(
        actual.stderr,
        "error: timed out waiting for the condition\n"
    );
    assert!(!actual.stdout.is_empty());
    for line in actual.stdout.lines() {
        assert!(
            possible_status_line(line, "worker"),
            "unexpected line {line:?}"
        );
        assert!(
            line.starts_with("Waiting for deployment \"worker\" rollout to finish: "),
            "{line}"
        );
    }
    // Without --watch: one line, the same for both once the cluster has settled on it.
    let once = ["rollout", "status", "deploy/worker", "--watch=false"];
    let line = kctl_in(&sb, &once);
    assert_eq!(line.code, 0);
    assert_eq!(line.stdout.lines().count(), 1, "{line:?}");
    assert!(possible_status_line(line.stdout.trim_end(), "worker"));

    let undo = kctl_in(&sb, &["rollout", "undo", "deploy/worker"]);
    assert_eq!(
        (undo.stdout.as_str(), undo.stderr.as_str(), undo.code),
        ("deployment.apps/worker rolled back\n", "", 0)
    );
    follow_with_kctl(
        &sb,
        "deploy/worker",
        "worker",
        "deployment \"worker\" successfully rolled out",
    );
    let settled = ["rollout", "status", "deploy/worker"];
    let failures = parity_failures(
        &sb.kubectl,
        &[
            &settled[..],
            &["rollout", "history", "deploy/worker"],
            &["rollout", "undo", "deploy/worker", "--to-revision=1"],
        ],
        &sb.home,
        &env(&sb),
        false,
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn rolled_out(out: &str) -> bool {
    out.contains("successfully rolled out") || out.contains("roll out complete")
}

/// pause, resume, restart and undo change the same objects the same way as kubectl's, and
/// print the same lines.
#[test]
fn changes_match_kubectl() {
    let wait = |what: &str| wait_for(&format!("rollout status {what} --timeout=170s"), rolled_out);
    check(Workflow {
        name: "rollout changes",
        steps: vec![
            stdin("apply -f -", APPS),
            wait("deploy/web"),
            wait("ds/agent"),
            wait("sts/db"),
            run("set image deploy/web nginx=nginx:1.26"),
            wait("deploy/web"),
            run("rollout pause deploy/web"),
            run("rollout pause deploy/web"),
            run("set image deploy/web nginx=nginx:1.27"),
            run("rollout undo deploy/web"),
            run("rollout restart deploy/web"),
            run("rollout resume deploy/web -o name"),
            run("rollout resume deploy/web"),
            wait("deploy/web"),
            run("rollout undo deploy/web --to-revision=1 -o jsonpath={.metadata.name}"),
            wait("deploy/web"),
            run("rollout undo deploy/web"),
            wait("deploy/web"),
            run("rollout history deploy/web"),
            run("rollout restart deploy -l tier=front"),
            wait("deploy/web"),
            run("rollout restart ds/agent sts/db deploy/nope svc/kubernetes"),
            wait("ds/agent"),
            wait("sts/db"),
            run("rollout history ds/agent sts/db"),
            run("rollout undo ds/agent"),
            wait("ds/agent"),
            run("rollout undo sts/db --to-revision=1 --dry-run=server"),
            run("rollout undo sts/db --to-revision=1"),
            wait("sts/db"),
            run("rollout history ds/agent sts/db"),
            run("rollout pause deploy/web --field-manager=ops -o jsonpath={.spec.paused}"),
            // The controller has seen the pause before the objects are compared.
            wait_for(
                "get deploy web -o jsonpath={.status.conditions[?(@.type==\"Progressing\")].reason}",
                |reason| reason == "DeploymentPaused",
            ),
        ],
        // Restarts name new ReplicaSets and ControllerRevisions by a hash of a timestamp;
        // the owners (their revision annotations and managed fields included) are compared.
        kinds: "deployments,daemonsets,statefulsets",
    });
}
