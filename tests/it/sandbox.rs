//! `kctl sandbox serve` driven by the real kubectl 1.32: seeded state, apply, get formats,
//! watch, the four patch types, scale, delete, api-resources, CRDs, errors, and durability
//! across `kill -9`.

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;

use crate::support_sandbox::Sandbox;

const DEPLOY: &str = r#"apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
        ports: [{containerPort: 80}]
---
apiVersion: v1
kind: ConfigMap
metadata: {name: cfg}
data: {a: "1"}
"#;

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

fn names(list: &Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["metadata"]["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn seeded_state_is_a_fresh_kind_cluster() {
    let Some(sb) = Sandbox::start() else { return };
    let cases: [(&[&str], &[&str]); 5] = [
        (
            &["get", "nodes", "-o", "json"],
            &["sandbox-control-plane", "sandbox-worker", "sandbox-worker2"],
        ),
        (
            &["get", "namespaces", "-o", "json"],
            &["default", "kube-node-lease", "kube-public", "kube-system"],
        ),
        (&["get", "services", "-o", "json"], &["kubernetes"]),
        (
            &["get", "serviceaccounts", "-A", "-o", "json"],
            &["default", "default", "default", "default"],
        ),
        (&["get", "storageclasses", "-o", "json"], &["standard"]),
    ];
    for (args, want) in cases {
        assert_eq!(names(&json(&sb.ok(args, None))), want.to_vec(), "{args:?}");
    }
    let node = json(&sb.ok(
        &["get", "node", "sandbox-control-plane", "-o", "json"],
        None,
    ));
    assert_eq!(
        node["spec"]["taints"][0]["key"],
        "node-role.kubernetes.io/control-plane"
    );
    assert_eq!(node["status"]["conditions"][3]["type"], "Ready");
    assert!(
        node["status"]["nodeInfo"]["kubeletVersion"]
            .as_str()
            .unwrap()
            .starts_with("v1.32.")
    );
    let svc = json(&sb.ok(&["get", "svc", "kubernetes", "-o", "json"], None));
    assert_eq!(svc["spec"]["clusterIP"], "10.96.0.1");
    let ns = json(&sb.ok(&["get", "ns", "kube-system", "-o", "json"], None));
    assert_eq!(ns["status"]["phase"], "Active");
    assert_eq!(
        ns["metadata"]["labels"]["kubernetes.io/metadata.name"],
        "kube-system"
    );
    // Every seeded kind also prints as a table.
    for kind in ["nodes", "ns", "svc", "sa", "sc", "deploy", "pods"] {
        let out = sb.kubectl(&["get", kind, "-A"], None);
        assert!(
            out.status.success(),
            "{kind}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Chunked lists follow continue tokens across namespaces.
    let chunked = sb.ok(&["get", "sa", "-A", "--chunk-size=1", "-o", "name"], None);
    assert_eq!(chunked.lines().count(), 4, "{chunked}");
    let v = sb.ok(&["version", "-o", "json"], None);
    assert_eq!(json(&v)["serverVersion"]["minor"], "32");
}

#[test]
fn apply_get_patch_scale_delete() {
    let Some(sb) = Sandbox::start() else { return };
    assert_eq!(
        sb.ok(&["apply", "-f", "-"], Some(DEPLOY)),
        "deployment.apps/web created\nconfigmap/cfg created\n"
    );
    assert_eq!(
        sb.ok(&["apply", "-f", "-"], Some(DEPLOY)),
        "deployment.apps/web unchanged\nconfigmap/cfg unchanged\n"
    );
    let changed = DEPLOY.replace("nginx:1.25", "nginx:1.26");
    assert_eq!(
        sb.ok(&["apply", "-f", "-"], Some(&changed)),
        "deployment.apps/web configured\nconfigmap/cfg unchanged\n"
    );

    let d = json(&sb.ok(&["get", "deploy", "web", "-o", "json"], None));
    assert_eq!(d["metadata"]["generation"], 2);
    assert_eq!(d["spec"]["strategy"]["type"], "RollingUpdate");
    assert_eq!(d["spec"]["revisionHistoryLimit"], 10);
    assert_eq!(d["spec"]["progressDeadlineSeconds"], 600);
    let c = &d["spec"]["template"]["spec"]["containers"][0];
    assert_eq!(c["image"], "nginx:1.26");
    assert_eq!(c["terminationMessagePath"], "/dev/termination-log");
    assert_eq!(c["imagePullPolicy"], "IfNotPresent");
    assert_eq!(d["spec"]["template"]["spec"]["restartPolicy"], "Always");
    let yaml = sb.ok(&["get", "cm", "cfg", "-o", "yaml"], None);
    assert!(yaml.contains("  a: \"1\"\n"), "{yaml}");

    // The four patch types.
    sb.ok(
        &[
            "patch",
            "deploy",
            "web",
            "-p",
            r#"{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:2"}]}}}}"#,
        ],
        None,
    );
    sb.ok(
        &[
            "patch",
            "deploy",
            "web",
            "--type",
            "merge",
            "-p",
            r#"{"metadata":{"labels":{"x":"y"}}}"#,
        ],
        None,
    );
    sb.ok(
        &[
            "patch",
            "deploy",
            "web",
            "--type",
            "json",
            "-p",
            r#"[{"op":"replace","path":"/spec/replicas","value":5}]"#,
        ],
        None,
    );
    let d = json(&sb.ok(&["get", "deploy", "web", "-o", "json"], None));
    let c = &d["spec"]["template"]["spec"]["containers"][0];
    assert_eq!(c["image"], "nginx:2");
    assert_eq!(
        c["ports"][0]["containerPort"], 80,
        "strategic merge kept the other fields"
    );
    assert_eq!(d["metadata"]["labels"]["x"], "y");
    assert_eq!(d["spec"]["replicas"], 5);
    let ssa = DEPLOY
        .split("---")
        .next()
        .unwrap()
        .replace("replicas: 2", "replicas: 4");
    // Fields last set by `kubectl patch` belong to the "kubectl-patch" manager: a conflict.
    let out = sb.kubectl(&["apply", "--server-side", "-f", "-"], Some(&ssa));
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with(
            "error: Apply failed with 2 conflicts: conflicts with \"kubectl-patch\" using apps/v1:\n- .spec.replicas\n- .spec.template.spec.containers[name=\"nginx\"].image\n"
        ),
        "{err}"
    );
    assert_eq!(
        sb.ok(
            &["apply", "--server-side", "--force-conflicts", "-f", "-"],
            Some(&ssa)
        ),
        "deployment.apps/web serverside-applied\n"
    );
    let d = json(&sb.ok(
        &[
            "get",
            "deploy",
            "web",
            "-o",
            "json",
            "--show-managed-fields",
        ],
        None,
    ));
    assert_eq!(d["spec"]["replicas"], 4);
    assert!(
        d["metadata"]["managedFields"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["manager"] == "kubectl" && m["operation"] == "Apply")
    );

    assert_eq!(
        sb.ok(&["scale", "deploy", "web", "--replicas=3"], None),
        "deployment.apps/web scaled\n"
    );
    assert_eq!(
        sb.ok(
            &["get", "deploy", "web", "-o", "jsonpath={.spec.replicas}"],
            None
        ),
        "3"
    );

    // Errors worded as kube-apiserver words them.
    let out = sb.kubectl(&["get", "pod", "nope"], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Error from server (NotFound): pods \"nope\" not found\n"
    );
    let out = sb.kubectl(&["get", "deploy", "nope"], None);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Error from server (NotFound): deployments.apps \"nope\" not found\n"
    );
    let out = sb.kubectl(
        &["apply", "-n", "missing", "-f", "-"],
        Some(DEPLOY.split("---").nth(1).unwrap()),
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("namespaces \"missing\" not found"),
        "{out:?}"
    );

    assert_eq!(
        sb.ok(&["delete", "deploy", "web"], None),
        "deployment.apps \"web\" deleted\n"
    );
    assert_eq!(
        sb.ok(
            &["delete", "-f", "-"],
            Some(DEPLOY.split("---").nth(1).unwrap())
        ),
        "configmap \"cfg\" deleted\n"
    );
    let out = sb.kubectl(&["get", "deploy"], None);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "No resources found in default namespace.\n"
    );
    // What the root-ca-cert-publisher keeps in every namespace stays.
    assert_eq!(
        sb.ok(&["get", "cm", "-o", "name"], None),
        "configmap/kube-root-ca.crt\n"
    );
}

#[test]
fn watch_shows_changes() {
    let Some(sb) = Sandbox::start() else { return };
    let mut w = sb
        .command(&["get", "cm", "-w", "-o", "name"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("watch");
    let stdout = w.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for l in BufReader::new(stdout).lines() {
            let Ok(l) = l else { break };
            if tx.send(l).is_err() {
                break;
            }
        }
    });
    // Create until the watcher reports it: the watch may start after the first create.
    let mut seen = false;
    for i in 0..30 {
        let cm = format!(
            "{{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{{\"name\":\"w{i}\"}}}}"
        );
        sb.ok(&["apply", "-f", "-"], Some(&cm));
        // The existing kube-root-ca.crt is listed first.
        if let Ok(line) = rx.recv_timeout(Duration::from_secs(10))
            && line != "configmap/kube-root-ca.crt"
        {
            assert!(line.starts_with("configmap/w"), "{line}");
            seen = true;
            break;
        }
    }
    let _ = w.kill();
    let _ = w.wait();
    assert!(seen, "get -w never showed the new configmap");
}

#[test]
fn api_resources_and_crds() {
    let Some(sb) = Sandbox::start() else { return };
    let out = sb.ok(&["api-resources"], None);
    for want in [
        "pods                        po           v1                             true         Pod",
        "deployments                 deploy       apps/v1                        true         Deployment",
        "customresourcedefinitions   crd,crds     apiextensions.k8s.io/v1        false        CustomResourceDefinition",
    ] {
        assert!(out.lines().any(|l| l == want), "missing {want:?} in\n{out}");
    }
    let crd = r#"apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {plural: widgets, singular: widget, kind: Widget, shortNames: [wd]}
  versions:
  - name: v1
    served: true
    storage: true
    schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}
    additionalPrinterColumns:
    - {name: Size, type: string, jsonPath: .spec.size}
"#;
    assert_eq!(
        sb.ok(&["apply", "-f", "-"], Some(crd)),
        "customresourcedefinition.apiextensions.k8s.io/widgets.example.com created\n"
    );
    let w = r#"{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w1"},"spec":{"size":"L"}}"#;
    assert_eq!(
        sb.ok(&["apply", "-f", "-"], Some(w)),
        "widget.example.com/w1 created\n"
    );
    let got = json(&sb.ok(&["get", "wd", "w1", "-o", "json"], None));
    assert_eq!(got["spec"]["size"], "L");
    sb.ok(
        &[
            "patch",
            "widget",
            "w1",
            "--type",
            "merge",
            "-p",
            r#"{"spec":{"size":"M"}}"#,
        ],
        None,
    );
    assert_eq!(
        sb.ok(
            &["get", "widgets", "-o", "jsonpath={.items[0].spec.size}"],
            None
        ),
        "M"
    );
    assert!(
        sb.ok(&["api-resources", "--api-group=example.com"], None)
            .contains("widgets   wd           example.com/v1   true         Widget")
    );
    assert_eq!(
        sb.ok(&["delete", "widget", "w1"], None),
        "widget.example.com \"w1\" deleted\n"
    );
    sb.ok(&["delete", "crd", "widgets.example.com"], None);
}

#[test]
fn anonymous_requests_are_unauthorized() {
    let Some(sb) = Sandbox::start() else { return };
    let kc = std::fs::read_to_string(&sb.kubeconfig).unwrap();
    let ca = kc
        .lines()
        .find_map(|l| l.trim().strip_prefix("certificate-authority-data: "))
        .unwrap()
        .to_string();
    let anon = format!(
        "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: {ca}\n    server: {}\n  name: s\ncontexts:\n- context: {{cluster: s, user: u}}\n  name: s\ncurrent-context: s\nusers:\n- name: u\n  user: {{token: wrong}}\n",
        sb.url
    );
    let path = sb.home.join("anon-kubeconfig");
    std::fs::write(&path, anon).unwrap();
    let out = sb
        .command(&["get", "pods", "--kubeconfig"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("error: You must be logged in to the server (the server has asked for the client to provide credentials)"), "{out:?}");
}

#[test]
fn acknowledged_writes_survive_kill_9() {
    let tmp = tempfile::tempdir().unwrap();
    let Some(sb) = Sandbox::start_in(tmp.path()) else {
        return;
    };
    let rv_before: u64 = {
        let out = sb.ok(
            &[
                "apply",
                "-f",
                "-",
                "-o",
                "jsonpath={.metadata.resourceVersion}",
            ],
            Some(r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"first"}}"#),
        );
        out.parse().unwrap()
    };
    let docs: String = (0..300)
        .map(|i| format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: burst-{i}\ndata:\n  i: \"{i}\"\n---\n"))
        .collect();
    let mut writer = sb
        .command(&["create", "-f", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let mut stdin = writer.stdin.take().unwrap();
        stdin.write_all(docs.as_bytes()).unwrap();
    }
    let mut acked = Vec::new();
    let mut lines = BufReader::new(writer.stdout.take().unwrap()).lines();
    while acked.len() < 25 {
        let l = lines.next().expect("kubectl create ended early").unwrap();
        acked.push(l);
    }
    sb.kill9();
    // Whatever kubectl printed after the kill was acknowledged before it too.
    for l in lines.map_while(Result::ok) {
        acked.push(l);
    }
    let _ = writer.wait();
    assert!(
        acked
            .iter()
            .all(|l| l.starts_with("configmap/burst-") && l.ends_with(" created")),
        "{acked:?}"
    );

    let sb = Sandbox::start_in(tmp.path()).expect("restart");
    let list = json(&sb.ok(&["get", "cm", "-o", "json"], None));
    let have = names(&list);
    for l in &acked {
        let name = l
            .trim_start_matches("configmap/")
            .trim_end_matches(" created");
        assert!(
            have.iter().any(|h| h == name),
            "acknowledged {name} lost after kill -9"
        );
    }
    let rv_after: u64 = sb
        .ok(
            &[
                "apply",
                "-f",
                "-",
                "-o",
                "jsonpath={.metadata.resourceVersion}",
            ],
            Some(r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"after"}}"#),
        )
        .parse()
        .unwrap();
    assert!(
        rv_after > rv_before + acked.len() as u64,
        "resourceVersion went back: {rv_before} -> {rv_after}"
    );
}

/// `kubectl create <kind>` goes through kubectl's typed clientset, which sends protobuf bodies.
#[test]
fn typed_client_creates_and_reviews() {
    let Some(sb) = Sandbox::start() else { return };
    let cases: [(&[&str], &str); 9] = [
        (
            &["create", "configmap", "c1", "--from-literal=a=b"],
            "configmap/c1 created\n",
        ),
        (
            &["create", "secret", "generic", "s1", "--from-literal=p=q"],
            "secret/s1 created\n",
        ),
        (&["create", "namespace", "n1"], "namespace/n1 created\n"),
        (
            &[
                "create",
                "ingress",
                "i1",
                "--class=nginx",
                "--rule=foo.com/bar*=svc1:8080,tls=my-cert",
            ],
            "ingress.networking.k8s.io/i1 created\n",
        ),
        (
            &["create", "serviceaccount", "sa2", "-n", "n1"],
            "serviceaccount/sa2 created\n",
        ),
        (
            &["create", "serviceaccount", "sa1"],
            "serviceaccount/sa1 created\n",
        ),
        (
            &[
                "create",
                "deployment",
                "d1",
                "--image=nginx:1.25",
                "--replicas=3",
                "--port=80",
            ],
            "deployment.apps/d1 created\n",
        ),
        (
            &["create", "service", "nodeport", "np1", "--tcp=81:8081"],
            "service/np1 created\n",
        ),
        (
            &["create", "job", "j1", "--image=busybox", "--", "echo", "hi"],
            "job.batch/j1 created\n",
        ),
    ];
    for (args, want) in cases {
        assert_eq!(sb.ok(args, None), want, "{args:?}");
    }
    assert_eq!(
        sb.ok(&["get", "cm", "c1", "-o", "jsonpath={.data.a}"], None),
        "b"
    );
    assert_eq!(
        sb.ok(
            &["get", "secret", "s1", "-o", "jsonpath={.data.p} {.type}"],
            None
        ),
        "cQ== Opaque"
    );
    assert_eq!(
        sb.ok(&["get", "ns", "n1", "-o", "jsonpath={.status.phase}"], None),
        "Active"
    );
    // A new namespace gets its default ServiceAccount and root CA bundle.
    assert_eq!(
        sb.ok(&["get", "sa,cm", "-n", "n1", "-o", "name"], None),
        "serviceaccount/default\nserviceaccount/sa2\nconfigmap/kube-root-ca.crt\n"
    );
    let d = json(&sb.ok(&["get", "deploy", "d1", "-o", "json"], None));
    assert_eq!(d["spec"]["replicas"], 3);
    assert_eq!(
        d["spec"]["template"]["spec"]["containers"][0]["ports"][0]["containerPort"],
        80
    );
    let svc = json(&sb.ok(&["get", "svc", "np1", "-o", "json"], None));
    let np = svc["spec"]["ports"][0]["nodePort"].as_i64().unwrap();
    assert!((30000..=32767).contains(&np), "{np}");
    assert!(
        svc["spec"]["clusterIP"]
            .as_str()
            .unwrap()
            .starts_with("10."),
        "{svc}"
    );
    let ing = json(&sb.ok(&["get", "ingress", "i1", "-o", "json"], None));
    assert_eq!(
        ing["spec"]["rules"][0]["http"]["paths"][0],
        serde_json::json!({"backend": {"service": {"name": "svc1", "port": {"number": 8080}}}, "path": "/bar", "pathType": "Prefix"})
    );
    assert_eq!(sb.ok(&["auth", "can-i", "create", "pods"], None), "yes\n");
}

/// Every served kind lists in every output format (empty lists included).
#[test]
fn every_kind_in_every_format() {
    let Some(sb) = Sandbox::start() else { return };
    let kinds = sb.ok(&["api-resources", "--verbs=list", "-o", "name"], None);
    let kinds: Vec<&str> = kinds.lines().collect();
    assert!(kinds.len() >= 30, "{kinds:?}");
    let all = kinds.join(",");
    for fmt in ["wide", "yaml", "json", "name"] {
        let out = sb.kubectl(&["get", &all, "-A", "-o", fmt], None);
        assert!(
            out.status.success(),
            "-o {fmt}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = sb.ok(&["get", "nodes"], None);
    assert!(
        out.starts_with("NAME                    STATUS   ROLES           AGE"),
        "{out}"
    );
}

/// Graceful deletion of a bound pod, and finalizers holding an object until they are removed.
#[test]
fn graceful_pod_deletion_and_finalizers() {
    let Some(sb) = Sandbox::start() else { return };
    let pod = r#"{"apiVersion":"v1","kind":"Pod","metadata":{"name":"bp"},"spec":{"nodeName":"sandbox-worker","containers":[{"name":"c","image":"nginx"}]}}"#;
    sb.ok(&["apply", "-f", "-"], Some(pod));
    assert_eq!(
        sb.ok(&["delete", "pod", "bp"], None),
        "pod \"bp\" deleted\n"
    );
    let out = sb.kubectl(&["get", "pod", "bp"], None);
    assert!(!out.status.success());
    let cm = r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"fin","finalizers":["example.com/x"]}}"#;
    sb.ok(&["apply", "-f", "-"], Some(cm));
    sb.ok(&["delete", "cm", "fin", "--wait=false"], None);
    assert!(
        !sb.ok(
            &[
                "get",
                "cm",
                "fin",
                "-o",
                "jsonpath={.metadata.deletionTimestamp}"
            ],
            None
        )
        .is_empty()
    );
    sb.ok(
        &[
            "patch",
            "cm",
            "fin",
            "--type",
            "json",
            "-p",
            r#"[{"op":"remove","path":"/metadata/finalizers"}]"#,
        ],
        None,
    );
    let out = sb.kubectl(&["get", "cm", "fin"], None);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Error from server (NotFound): configmaps \"fin\" not found\n"
    );
}

/// `--validate=strict` (kubectl's default): unknown fields at any depth are refused with
/// kube-apiserver's strict-decoding words; `--validate=false` lets them be dropped.
#[test]
fn strict_field_validation_finds_nested_unknown_fields() {
    let Some(sb) = Sandbox::start_without_controllers() else {
        return;
    };
    let daemonset = r#"apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: rng
spec:
  replicas: 1
  selector:
    matchLabels: {app: rng}
  template:
    metadata:
      labels: {app: rng}
    spec:
      containers:
      - name: rng
        image: dockercoins/rng:v0.1
        bogus: true
"#;
    let out = sb.kubectl(&["create", "-f", "-"], Some(daemonset));
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Error from server (BadRequest): error when creating \"STDIN\": DaemonSet in version \"v1\" cannot be handled as a DaemonSet: strict decoding error: unknown field \"spec.replicas\", unknown field \"spec.template.spec.containers[0].bogus\"\n"
    );
    let patch = sb.kubectl(&["create", "-f", "-", "--validate=false"], Some(daemonset));
    assert!(patch.status.success(), "{patch:?}");
    let out = sb.kubectl(
        &[
            "patch",
            "ds",
            "rng",
            "-p",
            r#"{"spec":{"template":{"spec":{"nope":1}}}}"#,
        ],
        None,
    );
    // kubectl patch sends no fieldValidation: the server's default warns and drops the field.
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Warning: unknown field \"spec.template.spec.nope\"\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "daemonset.apps/rng patched (no change)\n"
    );
}
