//! The sandbox's control plane driven by the real kubectl 1.32: a deployment rolls out (pods
//! scheduled, Running with IPs), scales, heals, gets stuck on an unpullable image, rolls back;
//! the scheduler's failures, run-to-completion pods, endpoints, and the events of it all.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support_sandbox::Sandbox;

/// Generous: debug builds on a shared 2-core machine.
const DEADLINE: Duration = Duration::from_secs(120);

const WEB: &str = r#"apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
        ports: [{name: http, containerPort: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 8080, targetPort: http}]
"#;

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

fn get_json(sb: &Sandbox, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["-o", "json"]);
    json(&sb.ok(&a, None))
}

/// Polls `check` until it returns Some, failing with `what` (and the last state) at the deadline.
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

fn items(v: &Value) -> Vec<Value> {
    v["items"].as_array().cloned().unwrap_or_default()
}

fn running_pods(sb: &Sandbox, selector: &str) -> Vec<Value> {
    items(&get_json(sb, &["get", "pods", "-l", selector]))
        .into_iter()
        .filter(|p| {
            p["status"]["phase"] == "Running" && p["metadata"]["deletionTimestamp"].is_null()
        })
        .collect()
}

/// Waits until exactly `n` pods with `selector` exist and all are Running.
fn wait_running(sb: &Sandbox, selector: &str, n: usize) -> Vec<Value> {
    wait_for(&format!("{n} running pods {selector}"), || {
        let all = items(&get_json(sb, &["get", "pods", "-l", selector]));
        let running = running_pods(sb, selector);
        if all.len() == n && running.len() == n {
            Ok(running)
        } else {
            Err(format!("{} pods, {} running", all.len(), running.len()))
        }
    })
}

fn rollout_status(sb: &Sandbox, timeout: &str) -> std::process::Output {
    sb.kubectl(
        &[
            "rollout",
            "status",
            "deploy/web",
            &format!("--timeout={timeout}"),
        ],
        None,
    )
}

#[test]
fn deployment_lifecycle_with_kubectl() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(&["apply", "-f", "-"], Some(WEB));

    // Rollout completes with kubectl's messages.
    let out = rollout_status(&sb, "120s");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.ends_with("deployment \"web\" successfully rolled out\n"),
        "{stdout}"
    );

    // Pods: Running, scheduled on workers, IPs from the node's pod CIDR, kubelet's statuses.
    let pods = wait_running(&sb, "app=web", 3);
    for p in &pods {
        let node = p["spec"]["nodeName"].as_str().unwrap();
        assert!(node.starts_with("sandbox-worker"), "scheduled on {node}");
        let ip = p["status"]["podIP"].as_str().unwrap();
        let want_prefix = if node == "sandbox-worker" {
            "10.244.1."
        } else {
            "10.244.2."
        };
        assert!(ip.starts_with(want_prefix), "{ip} on {node}");
        assert!(
            p["status"]["hostIP"]
                .as_str()
                .unwrap()
                .starts_with("172.18.0.")
        );
        let cs = &p["status"]["containerStatuses"][0];
        assert_eq!(cs["ready"], true);
        assert_eq!(cs["started"], true);
        assert_eq!(cs["restartCount"], 0);
        assert_eq!(cs["image"], "docker.io/library/nginx:1.25");
        assert!(
            cs["containerID"]
                .as_str()
                .unwrap()
                .starts_with("containerd://")
        );
        assert!(
            cs["imageID"]
                .as_str()
                .unwrap()
                .starts_with("docker.io/library/nginx@sha256:")
        );
        let conds: Vec<&str> = p["status"]["conditions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["type"].as_str().unwrap())
            .collect();
        assert_eq!(
            conds,
            [
                "PodReadyToStartContainers",
                "Initialized",
                "Ready",
                "ContainersReady",
                "PodScheduled"
            ]
        );
        assert_eq!(p["metadata"]["ownerReferences"][0]["kind"], "ReplicaSet");
        assert!(p["metadata"]["labels"]["pod-template-hash"].is_string());
    }

    // The ReplicaSet and the deployment's status.
    let rs = items(&get_json(&sb, &["get", "rs", "-l", "app=web"]));
    assert_eq!(rs.len(), 1);
    let hash = rs[0]["metadata"]["labels"]["pod-template-hash"]
        .as_str()
        .unwrap();
    assert_eq!(rs[0]["metadata"]["name"], format!("web-{hash}"));
    assert_eq!(
        rs[0]["metadata"]["annotations"]["deployment.kubernetes.io/revision"],
        "1"
    );
    assert_eq!(rs[0]["status"]["readyReplicas"], 3);
    let d = get_json(&sb, &["get", "deploy", "web"]);
    assert_eq!(d["status"]["availableReplicas"], 3);
    assert_eq!(d["status"]["updatedReplicas"], 3);
    assert_eq!(
        d["metadata"]["annotations"]["deployment.kubernetes.io/revision"],
        "1"
    );
    let reasons: Vec<&str> = d["status"]["conditions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        reasons,
        ["MinimumReplicasAvailable", "NewReplicaSetAvailable"]
    );

    // Endpoints follow the ready pods (named target port resolved).
    wait_for("endpoints of web", || {
        let ep = get_json(&sb, &["get", "endpoints", "web"]);
        let n = ep["subsets"][0]["addresses"].as_array().map_or(0, Vec::len);
        if n == 3 && ep["subsets"][0]["ports"][0]["port"] == 80 {
            Ok(())
        } else {
            Err(ep.to_string())
        }
    });
    let slices = items(&get_json(
        &sb,
        &[
            "get",
            "endpointslices",
            "-l",
            "kubernetes.io/service-name=web",
        ],
    ));
    assert_eq!(slices.len(), 1);
    assert_eq!(slices[0]["endpoints"].as_array().map_or(0, Vec::len), 3);

    // Scale up and down.
    sb.ok(&["scale", "deploy/web", "--replicas=5"], None);
    assert!(rollout_status(&sb, "120s").status.success());
    wait_running(&sb, "app=web", 5);
    sb.ok(&["scale", "deploy/web", "--replicas=2"], None);
    let pods = wait_running(&sb, "app=web", 2);

    // Self-healing: a deleted pod is replaced.
    let victim = pods[0]["metadata"]["name"].as_str().unwrap().to_string();
    sb.ok(&["delete", "pod", &victim], None);
    let pods = wait_running(&sb, "app=web", 2);
    assert!(
        pods.iter()
            .all(|p| p["metadata"]["name"] != victim.as_str())
    );

    // An unpullable image: the rollout gets stuck with ImagePullBackOff.
    sb.ok(
        &["set", "image", "deploy/web", "nginx=nginx:does-not-exist"],
        None,
    );
    wait_for("ImagePullBackOff", || {
        let pods = items(&get_json(&sb, &["get", "pods", "-l", "app=web"]));
        let stuck = pods.iter().any(|p| {
            p["status"]["containerStatuses"][0]["state"]["waiting"]["reason"] == "ImagePullBackOff"
        });
        if stuck {
            Ok(())
        } else {
            Err(format!("{} pods", pods.len()))
        }
    });
    let out = rollout_status(&sb, "3s");
    assert!(!out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("Waiting for deployment \"web\" rollout to finish: 1 out of 2 new replicas have been updated...\n"),
        "{stdout}"
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: timed out waiting for the condition\n"
    );
    // The old pods keep serving.
    assert_eq!(running_pods(&sb, "app=web").len(), 2);

    // Rollback recovers.
    let out = sb.ok(&["rollout", "undo", "deploy/web"], None);
    assert_eq!(out, "deployment.apps/web rolled back\n");
    let out = rollout_status(&sb, "120s");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let pods = wait_running(&sb, "app=web", 2);
    assert!(
        pods.iter()
            .all(|p| p["spec"]["containers"][0]["image"] == "nginx:1.25")
    );
    let d = get_json(&sb, &["get", "deploy", "web"]);
    assert_eq!(
        d["metadata"]["annotations"]["deployment.kubernetes.io/revision"],
        "3"
    );
    let history = sb.ok(&["rollout", "history", "deploy/web"], None);
    assert_eq!(
        history,
        "deployment.apps/web \nREVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n\n"
    );

    // The events tell the story.
    let events = sb.ok(&["get", "events"], None);
    for reason in [
        "Scheduled",
        "Pulling",
        "Pulled",
        "Created",
        "Started",
        "SuccessfulCreate",
        "SuccessfulDelete",
        "ScalingReplicaSet",
        "Killing",
        "BackOff",
        "Failed",
    ] {
        assert!(events.contains(reason), "no {reason} in\n{events}");
    }
    assert!(
        events.contains("Successfully assigned default/web-"),
        "{events}"
    );
    assert!(
        events.contains("Back-off pulling image \"nginx:does-not-exist\""),
        "{events}"
    );
    assert!(
        events.contains(&format!("Scaled up replica set web-{hash} to 3 from 0")),
        "{events}"
    );
}

#[test]
fn scheduler_failures_and_run_to_completion() {
    let Some(sb) = Sandbox::start() else { return };
    let pods = r#"apiVersion: v1
kind: Pod
metadata: {name: nowhere}
spec:
  nodeSelector: {disk: ssd}
  containers: [{name: c, image: busybox}]
---
apiVersion: v1
kind: Pod
metadata: {name: once}
spec:
  restartPolicy: Never
  containers: [{name: c, image: busybox}]
---
apiVersion: v1
kind: Pod
metadata: {name: on-cp}
spec:
  nodeSelector: {node-role.kubernetes.io/control-plane: ""}
  tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]
  containers: [{name: c, image: busybox}]
"#;
    sb.ok(&["apply", "-f", "-"], Some(pods));
    let msg = "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.";
    wait_for("FailedScheduling", || {
        let p = get_json(&sb, &["get", "pod", "nowhere"]);
        let c = &p["status"]["conditions"][0];
        if c["reason"] == "Unschedulable" && c["message"] == msg {
            Ok(())
        } else {
            Err(p["status"].to_string())
        }
    });
    wait_for("once to succeed", || {
        let p = get_json(&sb, &["get", "pod", "once"]);
        if p["status"]["phase"] == "Succeeded" {
            let t = &p["status"]["containerStatuses"][0]["state"]["terminated"];
            assert_eq!(t["exitCode"], 0);
            assert_eq!(t["reason"], "Completed");
            Ok(())
        } else {
            Err(p["status"]["phase"].to_string())
        }
    });
    wait_for("on-cp to run on the control plane", || {
        let p = get_json(&sb, &["get", "pod", "on-cp"]);
        if p["status"]["phase"] == "Running" {
            assert_eq!(p["spec"]["nodeName"], "sandbox-control-plane");
            assert!(
                p["status"]["podIP"]
                    .as_str()
                    .unwrap()
                    .starts_with("10.244.0.")
            );
            Ok(())
        } else {
            Err(p["status"].to_string())
        }
    });
    let events = sb.ok(
        &[
            "get",
            "events",
            "--field-selector",
            "involvedObject.name=nowhere",
        ],
        None,
    );
    assert!(events.contains("FailedScheduling"), "{events}");
    assert!(events.contains(msg), "{events}");
    // A rollout that cannot progress hits its deadline; rollout status says so and fails.
    let stuck = r#"apiVersion: apps/v1
kind: Deployment
metadata: {name: stuck}
spec:
  replicas: 1
  progressDeadlineSeconds: 2
  selector: {matchLabels: {app: stuck}}
  template:
    metadata: {labels: {app: stuck}}
    spec: {containers: [{name: c, image: "busybox:does-not-exist"}]}
"#;
    sb.ok(&["apply", "-f", "-"], Some(stuck));
    wait_for("ProgressDeadlineExceeded", || {
        let d = get_json(&sb, &["get", "deploy", "stuck"]);
        let reason = d["status"]["conditions"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|c| c["type"] == "Progressing")
            .map(|c| c["reason"].clone());
        match reason {
            Some(r) if r == "ProgressDeadlineExceeded" => Ok(()),
            _ => Err(d["status"].to_string()),
        }
    });
    let out = sb.kubectl(&["rollout", "status", "deploy/stuck"], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: deployment \"stuck\" exceeded its progress deadline\n"
    );
    let out = sb.ok(&["describe", "pod", "once"], None);
    assert!(
        out.contains("Successfully assigned default/once to sandbox-worker"),
        "{out}"
    );
}

#[test]
fn recreate_strategy_replaces_all_pods_at_once() {
    let Some(sb) = Sandbox::start() else { return };
    let d = WEB.split("---").next().unwrap().replace(
        "  replicas: 3\n",
        "  replicas: 2\n  strategy: {type: Recreate}\n",
    );
    sb.ok(&["apply", "-f", "-"], Some(&d));
    assert!(rollout_status(&sb, "120s").status.success());
    sb.ok(&["set", "image", "deploy/web", "nginx=nginx:1.26"], None);
    let out = rollout_status(&sb, "120s");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let pods = wait_running(&sb, "app=web", 2);
    assert!(
        pods.iter()
            .all(|p| p["spec"]["containers"][0]["image"] == "nginx:1.26")
    );
    let rs = items(&get_json(&sb, &["get", "rs", "-l", "app=web"]));
    assert_eq!(rs.len(), 2);
    let events = sb.ok(
        &[
            "get",
            "events",
            "--field-selector",
            "involvedObject.kind=Deployment",
        ],
        None,
    );
    assert!(events.contains("Scaled down replica set web-"), "{events}");
    assert!(events.contains("to 0 from 2"), "{events}");

    // ReplicationControllers run through the same controller.
    let rc = r#"apiVersion: v1
kind: ReplicationController
metadata: {name: old}
spec:
  replicas: 2
  selector: {app: old}
  template:
    metadata: {labels: {app: old}}
    spec: {containers: [{name: c, image: busybox}]}
"#;
    sb.ok(&["apply", "-f", "-"], Some(rc));
    let pods = wait_running(&sb, "app=old", 2);
    assert_eq!(
        pods[0]["metadata"]["ownerReferences"][0]["kind"],
        "ReplicationController"
    );
    wait_for("rc status", || {
        let rc = get_json(&sb, &["get", "rc", "old"]);
        if rc["status"]["readyReplicas"] == 2 {
            Ok(())
        } else {
            Err(rc["status"].to_string())
        }
    });
}
