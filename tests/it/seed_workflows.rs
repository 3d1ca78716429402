//! The seeds' cluster workflows (W6, W11, W12, W13, W17, W18, W19, W25 in
//! `shared/research/seeds-features.md` §4) run end to end by the real kubectl 1.32 against the
//! sandbox, written the 1.32 way (`run` makes a pod, `exec` needs `--`), with what a real
//! cluster would show checked at each step.

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Instant;

use serde_json::Value;

use crate::support::{DEADLINE, wait_until};
use crate::support_sandbox::Sandbox;

fn json(sb: &Sandbox, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["-o", "json"]);
    serde_json::from_str(&sb.ok(&a, None)).expect("json")
}

fn items(v: &Value) -> Vec<Value> {
    v["items"].as_array().cloned().unwrap_or_default()
}

/// `kubectl rollout status` of `what` (e.g. `deploy/web`) must succeed.
fn rolled_out(sb: &Sandbox, ns: &[&str], what: &str) {
    let mut args = ns.to_vec();
    args.extend(["rollout", "status", what, "--timeout=180s"]);
    let out = sb.kubectl(&args, None);
    assert!(
        out.status.success(),
        "rollout status {what}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Runs `kubectl args` until it prints `n` lines, then kills it (a `-f` / `-w` stream).
fn first_lines(sb: &Sandbox, args: &[&str], n: usize) -> Vec<String> {
    let mut child = sb
        .command(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn kubectl");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut lines = Vec::new();
    let deadline = Instant::now() + DEADLINE;
    while lines.len() < n {
        match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(l) => lines.push(l),
            Err(_) => break,
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(lines.len(), n, "{args:?} printed only {lines:?}");
    lines
}

const KUBERNETES_101: &str = r#"apiVersion: v1
kind: Service
metadata:
  name: sample-website
  namespace: kubernetes-101
spec:
  selector:
    app: sample-website
  ports:
  - port: 80
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: htdocs-pvc
  namespace: kubernetes-101
spec:
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: sample-website
  namespace: kubernetes-101
spec:
  replicas: 2
  selector:
    matchLabels:
      app: sample-website
  template:
    metadata:
      labels:
        app: sample-website
    spec:
      containers:
      - name: nginx
        image: nginx
        ports:
        - containerPort: 80
        volumeMounts:
        - name: htdocs
          mountPath: /usr/share/nginx/html
      volumes:
      - name: htdocs
        persistentVolumeClaim:
          claimName: htdocs-pvc
"#;

/// W6: Deployment → ReplicaSet → Pod, with a PVC and a Service.
#[test]
fn w06_deployment_replicaset_pod() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(&["create", "namespace", "kubernetes-101"], None);
    let out = sb.ok(
        &["-n", "kubernetes-101", "apply", "-f", "-"],
        Some(KUBERNETES_101),
    );
    assert_eq!(
        out,
        "service/sample-website created\npersistentvolumeclaim/htdocs-pvc created\ndeployment.apps/sample-website created\n"
    );
    let ns = ["-n", "kubernetes-101"];
    rolled_out(&sb, &ns, "deployment/sample-website");
    let deployments = sb.ok(&["-n", "kubernetes-101", "get", "deployments"], None);
    assert!(
        deployments.contains("sample-website   2/2     2            2"),
        "{deployments}"
    );
    let rs = items(&json(&sb, &["-n", "kubernetes-101", "get", "rs"]));
    assert_eq!(rs.len(), 1);
    let rs_name = rs[0]["metadata"]["name"].as_str().unwrap_or_default();
    let described = sb.ok(
        &["-n", "kubernetes-101", "describe", "replicaset", rs_name],
        None,
    );
    assert!(
        described.contains("Controlled By:  Deployment/sample-website\n"),
        "{described}"
    );
    assert!(
        described.contains("Pods Status:    2 Running / 0 Waiting / 0 Succeeded / 0 Failed\n"),
        "{described}"
    );
    // The claim is bound once a pod uses it (WaitForFirstConsumer).
    wait_until("the claim bound", || {
        let pvc = json(&sb, &["-n", "kubernetes-101", "get", "pvc", "htdocs-pvc"]);
        (pvc["status"]["phase"] == "Bound").then_some(())
    });
    let endpoints = json(
        &sb,
        &["-n", "kubernetes-101", "get", "endpoints", "sample-website"],
    );
    assert_eq!(
        endpoints["subsets"][0]["addresses"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
}

/// W11: pingpong's logs, scaling and self-healing.
#[test]
fn w11_pingpong() {
    let Some(sb) = Sandbox::start() else { return };
    assert_eq!(
        sb.ok(
            &["run", "pingpong", "--image", "alpine", "ping", "1.1.1.1"],
            None
        ),
        "pod/pingpong created\n"
    );
    sb.ok(
        &[
            "create",
            "deployment",
            "pingpong",
            "--image=alpine",
            "--",
            "ping",
            "1.1.1.1",
        ],
        None,
    );
    rolled_out(&sb, &[], "deploy/pingpong");
    let all = sb.ok(&["get", "all"], None);
    for wanted in [
        "pod/pingpong ",
        "deployment.apps/pingpong ",
        "replicaset.apps/pingpong-",
    ] {
        assert!(all.contains(wanted), "{wanted} missing from:\n{all}");
    }
    let logs = wait_until("two lines of ping", || {
        let out = sb.ok(&["logs", "deploy/pingpong"], None);
        (out.lines().count() >= 2).then_some(out)
    });
    assert!(
        logs.starts_with("PING 1.1.1.1 (1.1.1.1): 56 data bytes\n64 bytes from 1.1.1.1: seq=0 "),
        "{logs}"
    );
    let followed = first_lines(
        &sb,
        &["logs", "deploy/pingpong", "--tail", "1", "--follow"],
        2,
    );
    assert!(
        followed[1].starts_with("64 bytes from 1.1.1.1: seq="),
        "{followed:?}"
    );

    assert_eq!(
        sb.ok(&["scale", "deploy/pingpong", "--replicas", "8"], None),
        "deployment.apps/pingpong scaled\n"
    );
    rolled_out(&sb, &[], "deploy/pingpong");
    let pods = items(&json(&sb, &["get", "pods", "-l", "app=pingpong"]));
    assert_eq!(pods.len(), 8);
    let victim = pods[0]["metadata"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert_eq!(
        sb.ok(&["delete", "pod", &victim], None),
        format!("pod \"{victim}\" deleted\n")
    );
    wait_until("a replacement pod", || {
        let pods = items(&json(&sb, &["get", "pods", "-l", "app=pingpong"]));
        let running = pods
            .iter()
            .filter(|p| {
                p["status"]["phase"] == "Running" && p["metadata"]["name"] != victim.as_str()
            })
            .count();
        (running == 8).then_some(())
    });
    let tails = sb.ok(&["logs", "-l", "app=pingpong", "--tail", "1"], None);
    assert!(
        tails.lines().count() >= 5 && tails.lines().all(|l| l.contains("1.1.1.1")),
        "{tails}"
    );
}

/// W12: httpenv behind a ClusterIP service: endpoints, describe, the misspelt type.
#[test]
fn w12_httpenv() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(
        &[
            "create",
            "deployment",
            "httpenv",
            "--image=jpetazzo/httpenv",
            "--replicas=10",
        ],
        None,
    );
    assert_eq!(
        sb.ok(&["expose", "deploy/httpenv", "--port", "8888"], None),
        "service/httpenv exposed\n"
    );
    rolled_out(&sb, &[], "deploy/httpenv");
    let ip = sb.ok(
        &[
            "get",
            "svc",
            "httpenv",
            "-o",
            "go-template",
            "--template",
            "{{ .spec.clusterIP }}",
        ],
        None,
    );
    // The service CIDR is kube's default 10.96.0.0/12.
    let second: u8 = ip
        .split('.')
        .nth(1)
        .and_then(|o| o.parse().ok())
        .unwrap_or(0);
    assert!(
        ip.starts_with("10.") && (96..=111).contains(&second),
        "{ip}"
    );
    let addresses = wait_until("ten endpoints", || {
        let ep = json(&sb, &["get", "endpoints", "httpenv"]);
        let n = ep["subsets"][0]["addresses"].as_array().map(Vec::len);
        (n == Some(10)).then_some(ep)
    });
    assert_eq!(addresses["subsets"][0]["ports"][0]["port"], 8888);
    let described = sb.ok(&["describe", "service", "httpenv"], None);
    assert!(described.contains(" + 7 more...\n"), "{described}");
    let out = sb.kubectl(&["get", "endpoint"], None);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: the server doesn't have a resource type \"endpoint\"\n"
    );
}

/// W13: DockerCoins: a registry on a NodePort, the services, logs, scaling the worker.
#[test]
fn w13_dockercoins() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(
        &["create", "deployment", "registry", "--image=registry"],
        None,
    );
    sb.ok(
        &[
            "expose",
            "deploy/registry",
            "--port=5000",
            "--type=NodePort",
        ],
        None,
    );
    let node_port = json(&sb, &["get", "svc/registry"])["spec"]["ports"][0]["nodePort"]
        .as_u64()
        .unwrap_or(0);
    assert!((30000..=32767).contains(&node_port), "{node_port}");
    sb.ok(&["create", "deployment", "redis", "--image=redis"], None);
    for service in ["hasher", "rng", "webui", "worker"] {
        sb.ok(
            &[
                "create",
                "deployment",
                service,
                &format!("--image=dockercoins/{service}:v0.1"),
            ],
            None,
        );
    }
    for (name, port) in [("redis", "6379"), ("rng", "80"), ("hasher", "80")] {
        sb.ok(&["expose", "deployment", name, "--port", port], None);
    }
    sb.ok(
        &["expose", "deploy/webui", "--type=NodePort", "--port=80"],
        None,
    );
    for d in ["redis", "hasher", "rng", "webui", "worker"] {
        rolled_out(&sb, &[], &format!("deploy/{d}"));
    }
    let rng_logs = wait_until("rng's start-up lines", || {
        let out = sb.ok(&["logs", "deploy/rng"], None);
        (!out.is_empty()).then_some(out)
    });
    assert!(!rng_logs.trim().is_empty());
    sb.ok(&["scale", "deploy/worker", "--replicas=10"], None);
    rolled_out(&sb, &[], "deploy/worker");
    let svc = sb.ok(&["get", "svc", "-o", "name"], None);
    assert_eq!(
        svc,
        "service/hasher\nservice/kubernetes\nservice/redis\nservice/registry\nservice/rng\nservice/webui\n"
    );
}

/// W17: the rng Deployment re-made as a DaemonSet: a pod on every schedulable node.
#[test]
fn w17_deployment_to_daemonset() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(
        &[
            "create",
            "deployment",
            "rng",
            "--image=dockercoins/rng:v0.1",
        ],
        None,
    );
    sb.ok(&["expose", "deployment", "rng", "--port", "80"], None);
    rolled_out(&sb, &[], "deploy/rng");
    // The export, edited as the seed does (kind changed, server-set fields dropped).
    let mut ds = json(&sb, &["get", "deploy/rng"]);
    ds["kind"] = Value::from("DaemonSet");
    if let Some(meta) = ds["metadata"].as_object_mut() {
        meta.retain(|k, _| k == "name" || k == "labels" || k == "namespace");
    }
    if let Some(obj) = ds.as_object_mut() {
        obj.remove("status");
    }
    let manifest = ds.to_string();
    let out = sb.kubectl(&["apply", "-f", "-"], Some(&manifest));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("strict decoding error: unknown field \"spec.progressDeadlineSeconds\""),
        "{stderr}"
    );
    assert_eq!(
        sb.ok(&["apply", "-f", "-", "--validate=false"], Some(&manifest)),
        "daemonset.apps/rng created\n"
    );
    rolled_out(&sb, &[], "ds/rng");
    let nodes = items(&json(&sb, &["get", "nodes"]));
    let schedulable = nodes
        .iter()
        .filter(|n| {
            !n["spec"]["taints"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|t| t["effect"] == "NoSchedule")
        })
        .count();
    let pods = items(&json(&sb, &["get", "pods", "-l", "app=rng"]));
    let of_daemonset = pods
        .iter()
        .filter(|p| p["metadata"]["ownerReferences"][0]["kind"] == "DaemonSet")
        .count();
    assert_eq!(of_daemonset, schedulable);
    let all = sb.ok(&["get", "all"], None);
    assert!(all.contains("deployment.apps/rng ") && all.contains("daemonset.apps/rng "));
    let tails = sb.ok(&["logs", "-l", "app=rng", "--tail", "1"], None);
    assert!(!tails.is_empty());
    sb.ok(&["delete", "deployment", "rng"], None);
    wait_until("only the daemonset's pods", || {
        let pods = items(&json(&sb, &["get", "pods", "-l", "app=rng"]));
        pods.iter()
            .all(|p| p["metadata"]["ownerReferences"][0]["kind"] == "DaemonSet")
            .then_some(())
    });
}

/// W18: a rolling update, one stuck on an unpullable image, rolled back, then patched.
#[test]
fn w18_failed_rollout_and_rollback() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(
        &[
            "create",
            "deployment",
            "worker",
            "--image=dockercoins/worker:v0.1",
            "--replicas=10",
        ],
        None,
    );
    rolled_out(&sb, &[], "deploy/worker");
    sb.ok(
        &[
            "set",
            "image",
            "deploy",
            "worker",
            "worker=dockercoins/worker:v0.2",
        ],
        None,
    );
    rolled_out(&sb, &[], "deploy/worker");
    sb.ok(
        &[
            "set",
            "image",
            "deploy",
            "worker",
            "worker=dockercoins/worker:v0.3-does-not-exist",
        ],
        None,
    );
    let out = sb.kubectl(
        &["rollout", "status", "deploy", "worker", "--timeout=5s"],
        None,
    );
    assert!(!out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("Waiting for deployment \"worker\" rollout to finish:"),
        "{stdout}"
    );
    wait_until("ImagePullBackOff", || {
        let pods = sb.ok(&["get", "pods"], None);
        (pods.contains("ImagePullBackOff") || pods.contains("ErrImagePull")).then_some(())
    });
    assert_eq!(
        sb.ok(&["rollout", "undo", "deploy", "worker"], None),
        "deployment.apps/worker rolled back\n"
    );
    rolled_out(&sb, &[], "deploy/worker");
    let patch = "spec:\n  template:\n    spec:\n      containers:\n      - name: worker\n        image: dockercoins/worker:v0.1\n  strategy:\n    rollingUpdate:\n      maxUnavailable: 0\n      maxSurge: 1\n  minReadySeconds: 10\n";
    assert_eq!(
        sb.ok(&["patch", "deployment", "worker", "-p", patch], None),
        "deployment.apps/worker patched\n"
    );
    rolled_out(&sb, &[], "deployment/worker");
    let d = json(&sb, &["get", "deploy", "worker"]);
    assert_eq!(d["spec"]["strategy"]["rollingUpdate"]["maxSurge"], 1);
    assert_eq!(
        d["spec"]["template"]["spec"]["containers"][0]["image"],
        "dockercoins/worker:v0.1"
    );
}

fn echo_deployment(config: &str) -> String {
    format!(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: echo-server\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: echo-server\n  template:\n    metadata:\n      labels:\n        app: echo-server\n    spec:\n      containers:\n      - name: echo-server\n        image: ealen/echo-server\n        envFrom:\n        - configMapRef:\n            name: {config}\n"
    )
}

/// W19: ConfigMap versions behind a Deployment and its rollout history.
#[test]
fn w19_configmap_versions_and_history() {
    let Some(sb) = Sandbox::start() else { return };
    for (name, port) in [
        ("echo-server-config-v1", "3000"),
        ("echo-server-config-v2", "4000"),
    ] {
        let cm = format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\ndata:\n  PORT: \"{port}\"\n"
        );
        sb.ok(&["apply", "-f", "-"], Some(&cm));
    }
    let described = sb.ok(&["describe", "configmap", "echo-server-config-v1"], None);
    assert!(described.contains("PORT:\n----\n3000\n"), "{described}");
    sb.ok(
        &["apply", "-f", "-"],
        Some(&echo_deployment("echo-server-config-v1")),
    );
    rolled_out(&sb, &[], "deploy/echo-server");
    sb.ok(
        &["apply", "-f", "-"],
        Some(&echo_deployment("echo-server-config-v2")),
    );
    rolled_out(&sb, &[], "deploy/echo-server");
    let history = sb.ok(&["rollout", "history", "deploy", "echo-server"], None);
    assert_eq!(
        history,
        "deployment.apps/echo-server \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n"
    );
    let revision = sb.ok(
        &[
            "rollout",
            "history",
            "deploy",
            "echo-server",
            "--revision=2",
        ],
        None,
    );
    assert!(revision.contains("echo-server-config-v2"), "{revision}");
    sb.ok(&["rollout", "undo", "deploy", "echo-server"], None);
    rolled_out(&sb, &[], "deploy/echo-server");
    let d = json(&sb, &["get", "deploy", "echo-server"]);
    assert_eq!(
        d["spec"]["template"]["spec"]["containers"][0]["envFrom"][0]["configMapRef"]["name"],
        "echo-server-config-v1"
    );
    assert_eq!(
        sb.ok(&["delete", "configmap", "echo-server-config-v1"], None),
        "configmap \"echo-server-config-v1\" deleted\n"
    );
}

const CONSUL: &str = r#"apiVersion: v1
kind: Service
metadata:
  name: consul
spec:
  clusterIP: None
  selector:
    app: consul
  ports:
  - port: 8500
    name: http
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: consul
spec:
  serviceName: consul
  replicas: 3
  selector:
    matchLabels:
      app: consul
  template:
    metadata:
      labels:
        app: consul
    spec:
      containers:
      - name: consul
        image: consul:1.4.0
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: ["ReadWriteOnce"]
      resources:
        requests:
          storage: 1Gi
"#;

/// W25: a StatefulSet with ordered pods and a claim each; exec into one; a secret; labels.
#[test]
fn w25_statefulset_and_storage() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(&["apply", "-f", "-"], Some(CONSUL));
    rolled_out(&sb, &[], "statefulset/consul");
    let pods = sb.ok(&["get", "pods", "-l", "app=consul", "-o", "name"], None);
    assert_eq!(pods, "pod/consul-0\npod/consul-1\npod/consul-2\n");
    let claims = items(&json(&sb, &["get", "pvc"]));
    let bound: Vec<&str> = claims
        .iter()
        .filter(|c| c["status"]["phase"] == "Bound")
        .filter_map(|c| c["metadata"]["name"].as_str())
        .collect();
    assert_eq!(
        bound,
        vec!["data-consul-0", "data-consul-1", "data-consul-2"]
    );
    // The command runs as a local process: the pod's name is in its HOSTNAME variable.
    let hostname = sb.ok(
        &["exec", "consul-0", "--", "sh", "-c", "echo $HOSTNAME"],
        None,
    );
    assert_eq!(hostname, "consul-0\n");
    let sc = sb.ok(&["get", "sc"], None);
    assert!(sc.contains("standard (default)"), "{sc}");
    sb.ok(
        &[
            "create",
            "secret",
            "generic",
            "postgres",
            "--from-literal=password=s3cr3tpassw0rd12",
        ],
        None,
    );
    let labelled = sb.ok(
        &[
            "label",
            "nodes",
            "--all",
            "px/enabled=remove",
            "--overwrite",
        ],
        None,
    );
    assert_eq!(labelled.lines().count(), 3, "{labelled}");
    assert!(
        labelled.lines().all(|l| l.ends_with(" labeled")),
        "{labelled}"
    );
}
