//! `patch`, `edit` (with scripted editors: the reopen loop and the cancelled paths),
//! `edit-last-applied` and `set image`: the same command sequence by kubectl 1.32 on one fresh
//! sandbox and by kctl on another gives the same stdout, stderr, exit codes and final objects;
//! `--local` runs compared offline.

use std::ffi::OsString;
use std::path::Path;

use serde_json::Value;

use crate::support::{self, Output};
use crate::support_sandbox::Sandbox;

const SETUP: &str = r#"apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - {name: nginx, image: "nginx:1.25"}
      - {name: side, image: "busybox:1"}
---
apiVersion: v1
kind: Pod
metadata:
  name: solo
spec:
  initContainers:
  - {name: init, image: "busybox:1"}
  containers:
  - {name: app, image: "nginx:1.25"}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg
data: {a: "1"}
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.stable.example.com
spec:
  group: stable.example.com
  names: {kind: Widget, plural: widgets, singular: widget}
  scope: Namespaced
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        x-kubernetes-preserve-unknown-fields: true
"#;

const WIDGET_OBJECT: &str = "apiVersion: stable.example.com/v1\nkind: Widget\nmetadata:\n  name: w1\nspec:\n  size: 3\n  list: [1, 2]\n";

/// Editor scripts, written next to the kubeconfig; `%` is replaced by the script directory.
const EDITORS: &[(&str, &str)] = &[
    (
        "replicas3",
        "sed -i '0,/replicas: [0-9]*/s//replicas: 3/' \"$1\"\n",
    ),
    ("cm", "sed -i 's/a: \"1\"/a: \"2\"/' \"$1\"\n"),
    ("empty", ": > \"$1\"\n"),
    (
        "fix_on_retry",
        "if grep -q 'was not valid' \"$1\"; then\n  sed -i 's/app: zzz/app: web/' \"$1\"\n  sed -i '0,/replicas: [0-9]*/s//replicas: 2/' \"$1\"\nelse\n  sed -i '/matchLabels:/{n;s/app: web/app: zzz/}' \"$1\"\nfi\n",
    ),
    (
        "give_up",
        "if ! grep -q 'was not valid' \"$1\"; then sed -i '/matchLabels:/{n;s/app: web/app: zzz/}' \"$1\"; fi\n",
    ),
    ("rename", "sed -i 's/^  name: cfg/  name: other/' \"$1\"\n"),
    ("last_applied", "sed -i 's/a: \"1\"/a: \"9\"/' \"$1\"\n"),
    (
        "size",
        "sed -i 's/\"size\": 4/\"size\": 6/; s/size: [0-9]/size: 5/' \"$1\"\n",
    ),
];

/// (editor script or "", arguments)
const STEPS: &[(&str, &[&str])] = &[
    (
        "",
        &[
            "patch",
            "deployment",
            "web",
            "-p",
            r#"{"spec":{"replicas":2}}"#,
        ],
    ),
    (
        "",
        &[
            "patch",
            "deployment",
            "web",
            "-p",
            r#"{"spec":{"replicas":2}}"#,
        ],
    ),
    (
        "",
        &[
            "patch",
            "deployment/web",
            "-p",
            "spec:\n  revisionHistoryLimit: 5",
            "--dry-run=server",
        ],
    ),
    (
        "",
        &[
            "patch",
            "deployment/web",
            "-p",
            r#"{"spec":{"replicas":9}}"#,
            "--dry-run=client",
            "-o",
            "jsonpath={.spec.replicas}",
        ],
    ),
    (
        "",
        &[
            "patch",
            "deployment",
            "web",
            "nope",
            "-p",
            r#"{"metadata":{"labels":{"a":"b"}}}"#,
        ],
    ),
    (
        "",
        &[
            "patch",
            "deployment/web",
            "--type",
            "json",
            "-p",
            r#"[{"op":"replace","path":"/spec/selector/matchLabels/app","value":"zzz"}]"#,
        ],
    ),
    (
        "",
        &[
            "patch",
            "deployment/web",
            "--type",
            "merge",
            "-p",
            r#"{"metadata":{"annotations":{"x":"y"}}}"#,
            "-o",
            "name",
        ],
    ),
    (
        "",
        &[
            "patch",
            "deployment",
            "web",
            "--subresource=scale",
            "--type",
            "merge",
            "-p",
            r#"{"spec":{"replicas":4}}"#,
        ],
    ),
    (
        "",
        &[
            "patch",
            "pod",
            "solo",
            "-p",
            r#"{"spec":{"containers":[{"name":"app","image":"nginx:1.26"}]}}"#,
        ],
    ),
    (
        "",
        &[
            "patch",
            "configmap",
            "cfg",
            "--type",
            "json",
            "-p",
            r#"[{"op":"add","path":"/data/b","value":"2"}]"#,
            "-o",
            "jsonpath={.data}",
        ],
    ),
    ("", &["patch", "deployment/web"]),
    (
        "",
        &["patch", "deployment/web", "-p", "{}", "--type", "foo"],
    ),
    ("", &["patch", "deployment", "-p", "{}"]),
    ("", &["patch", "-p", "{}"]),
    ("", &["set", "image", "deployment/web", "nginx=nginx:1.26"]),
    ("", &["set", "image", "deployment/web", "nginx=nginx:1.26"]),
    (
        "",
        &[
            "set",
            "image",
            "deployment/web",
            "*=nginx:1.27",
            "--dry-run=client",
        ],
    ),
    ("", &["set", "image", "deployment/web", "zz=x"]),
    (
        "",
        &[
            "set",
            "image",
            "pod/solo",
            "init=busybox:2",
            "app=nginx:1.27",
            "-o",
            "name",
        ],
    ),
    ("", &["set", "image", "deployment/nope", "a=b"]),
    ("", &["set", "image", "configmap/cfg", "a=b"]),
    ("", &["set", "image", "deployment/web"]),
    ("", &["set", "image", "deployment/web", "a=b", "x"]),
    ("", &["set", "image", "deployment/web", "a=b", "*=c"]),
    ("", &["set", "image", "deployment/web", "web-"]),
    (
        "",
        &[
            "set",
            "image",
            "deployments",
            "side=busybox:2",
            "--all",
            "--dry-run=server",
        ],
    ),
    ("true", &["edit", "deployment", "web"]),
    ("replicas3", &["edit", "deployment/web"]),
    ("replicas3", &["edit", "deployment/web"]),
    (
        "cm",
        &["edit", "configmap", "cfg", "-o", "json", "--output-patch"],
    ),
    ("empty", &["edit", "configmap", "cfg"]),
    ("fix_on_retry", &["edit", "deployment/web"]),
    ("give_up", &["edit", "deployment/web"]),
    ("rename", &["edit", "cm/cfg"]),
    ("false", &["edit", "cm/cfg"]),
    ("nonexistent-editor", &["edit", "cm/cfg"]),
    ("true", &["edit", "cm/nope"]),
    ("true", &["edit", "cm/cfg", "-o", "name"]),
    ("true", &["edit-last-applied", "cm/cfg"]),
    ("last_applied", &["edit-last-applied", "cm/cfg"]),
    (
        "",
        &["patch", "widget", "w1", "-p", r#"{"spec":{"size":4}}"#],
    ),
    (
        "",
        &[
            "patch",
            "-f",
            "w.yaml",
            "--type",
            "merge",
            "-p",
            r#"{"spec":{"list":[1,2]}}"#,
        ],
    ),
    (
        "",
        &[
            "patch",
            "-f",
            "w.yaml",
            "--type",
            "json",
            "-p",
            r#"[{"op":"test","path":"/spec/size","value":99}]"#,
        ],
    ),
    (
        "",
        &[
            "patch",
            "cm",
            "cfg",
            "--patch-file",
            "cm-patch.yaml",
            "-o",
            "jsonpath={.data}",
        ],
    ),
    (
        "",
        &[
            "patch",
            "widget",
            "w1",
            "--type",
            "merge",
            "-p",
            r#"{"spec":{"size":4}}"#,
        ],
    ),
    (
        "size",
        &["edit", "widget/w1", "-o", "json", "--output-patch"],
    ),
    ("size", &["edit", "widget/w1", "--output-patch"]),
    (
        "size",
        &[
            "edit",
            "-f",
            "w.yaml",
            "--save-config",
            "-o",
            "jsonpath={.metadata.annotations}",
        ],
    ),
    ("size", &["edit", "deployment/web", "--subresource=status"]),
    (
        "",
        &[
            "set",
            "image",
            "deployment/web",
            "side=busybox:3",
            "-o",
            "jsonpath={.spec.template.spec.containers[*].image}",
        ],
    ),
];

/// Runs one step with kubectl (`kubectl` true) or kctl against `sandbox`.
fn run(sandbox: &Sandbox, kubectl: bool, editor: &str, args: &[&str], tmp: &Path) -> Output {
    let scripts = sandbox.home.join("editors");
    let mut env: Vec<(&str, OsString)> = vec![
        ("HOME", sandbox.home.clone().into_os_string()),
        ("KUBECONFIG", sandbox.kubeconfig.clone().into_os_string()),
        ("TMPDIR", tmp.as_os_str().to_owned()),
    ];
    if !editor.is_empty() {
        let script = scripts.join(editor);
        let value = if script.is_file() {
            script.into_os_string()
        } else {
            OsString::from(editor)
        };
        env.push(("KUBE_EDITOR", value));
    }
    let mut args = args.to_vec();
    if args.first() == Some(&"edit-last-applied") {
        args.insert(0, "apply");
    }
    let bin = if kubectl {
        sandbox.kubectl.clone()
    } else {
        support::kctl()
    };
    let mut out = support::run_in(&bin, &args, &sandbox.home, &env);
    out.stdout = mask(&out.stdout, tmp);
    out.stderr = mask(&out.stderr, tmp);
    out
}

/// Removes what legitimately differs between two runs: the temporary directory, the program
/// name kubectl puts in temporary file names, and their random digits.
fn mask(text: &str, tmp: &Path) -> String {
    let text = text
        .replace(&tmp.display().to_string(), "$TMP")
        .replace("kubectl.1.32", "kctl");
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(i) = rest.find("-edit-") {
        out.push_str(&rest[..i + 6]);
        rest = rest[i + 6..].trim_start_matches(|c: char| c.is_ascii_digit());
        out.push('N');
    }
    out.push_str(rest);
    // Objects printed with -o json|yaml carry their uid and creation time.
    out.split_inclusive('\n')
        .map(|line| {
            let t = line.trim_start();
            let server_assigned = [
                "\"uid\": ",
                "\"creationTimestamp\": \"",
                "uid: ",
                "creationTimestamp: \"",
            ]
            .iter()
            .any(|p| t.starts_with(p));
            if server_assigned {
                "<server-assigned>\n".to_string()
            } else {
                line.to_string()
            }
        })
        .collect()
}

/// An object with server-assigned values removed.
fn masked_object(mut v: Value) -> Value {
    if let Some(meta) = v.get_mut("metadata").and_then(Value::as_object_mut) {
        for k in ["uid", "resourceVersion", "creationTimestamp"] {
            meta.remove(k);
        }
        if let Some(Value::Array(mf)) = meta.get_mut("managedFields") {
            for entry in mf {
                if let Some(e) = entry.as_object_mut() {
                    e.remove("time");
                }
            }
        }
    }
    v
}

fn final_objects(sandbox: &Sandbox) -> Vec<Value> {
    ["deployment/web", "pod/solo", "configmap/cfg", "widget/w1"]
        .iter()
        .map(|t| {
            let text = sandbox.ok(&["get", t, "-o", "json"], None);
            masked_object(serde_json::from_str(&text).expect("json"))
        })
        .collect()
}

fn prepare(sandbox: &Sandbox) {
    sandbox.ok(&["apply", "-f", "-"], Some(SETUP));
    // The CRD's resources are served once it exists; wait for discovery to show them.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !sandbox
        .kubectl(&["create", "-f", "-"], Some(WIDGET_OBJECT))
        .status
        .success()
    {
        assert!(
            std::time::Instant::now() < deadline,
            "widgets never became available"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    std::fs::write(sandbox.home.join("w.yaml"), WIDGET_OBJECT).expect("write");
    std::fs::write(sandbox.home.join("cm-patch.yaml"), "data:\n  c: \"3\"\n").expect("write");
    let scripts = sandbox.home.join("editors");
    std::fs::create_dir_all(&scripts).expect("mkdir");
    for (name, body) in EDITORS {
        let path = scripts.join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}")).expect("write script");
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
}

#[test]
fn patch_edit_set_image_match_kubectl() {
    let Some(theirs) = Sandbox::start_without_controllers() else {
        return;
    };
    let Some(ours) = Sandbox::start_without_controllers() else {
        return;
    };
    prepare(&theirs);
    prepare(&ours);
    let tmp_theirs = tempfile::tempdir().expect("tmp");
    let tmp_ours = tempfile::tempdir().expect("tmp");
    let mut failures = Vec::new();
    for (editor, args) in STEPS {
        let want = run(&theirs, true, editor, args, tmp_theirs.path());
        let got = run(&ours, false, editor, args, tmp_ours.path());
        if want != got {
            failures.push(format!(
                "{args:?} (editor {editor:?}):\n stdout:\n{}\n stderr:\n{}\n code {} vs {}",
                support::diff(&want.stdout, &got.stdout),
                support::diff(&want.stderr, &got.stderr),
                want.code,
                got.code
            ));
        }
    }
    let (want, got) = (final_objects(&theirs), final_objects(&ours));
    for (w, g) in want.iter().zip(&got) {
        if w != g {
            failures.push(format!(
                "final object differs:\n{}",
                support::diff(
                    &serde_json::to_string_pretty(w).unwrap_or_default(),
                    &serde_json::to_string_pretty(g).unwrap_or_default()
                )
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

const DEPLOY: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: web\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: web\n    spec:\n      containers:\n      - image: nginx:1.25\n        name: nginx\n        resources: {}\nstatus: {}\n";

const WIDGET: &str = "apiVersion: stable.example.com/v1\nkind: Widget\nmetadata:\n  name: w1\nspec:\n  size: 3\n  list: [1, 2]\n";

const LOCAL_CASES: &[&[&str]] = &[
    &[
        "patch",
        "--local",
        "-f",
        "d.yaml",
        "-p",
        r#"{"spec":{"replicas":3}}"#,
    ],
    &[
        "patch",
        "--local",
        "-f",
        "d.yaml",
        "-p",
        r#"{"spec":{"replicas":1}}"#,
    ],
    &[
        "patch",
        "--local",
        "-f",
        "d.yaml",
        "-p",
        r#"{"spec":{"template":{"spec":{"containers":[{"name":"x","image":"y"}]}}}}"#,
        "-o",
        "yaml",
    ],
    &[
        "patch",
        "--local",
        "-f",
        "d.yaml",
        "-p",
        "spec:\n  paused: true",
        "-o",
        "json",
    ],
    &[
        "patch",
        "--local",
        "-f",
        "d.yaml",
        "--patch-file",
        "p.json",
        "-o",
        "jsonpath={.spec.replicas}",
    ],
    &[
        "patch",
        "--local",
        "-f",
        "d.yaml",
        "--patch-file",
        "nonexistent",
    ],
    &[
        "patch",
        "--local",
        "-f",
        "d.yaml",
        "-p",
        "{}",
        "--patch-file",
        "p.json",
    ],
    &[
        "patch",
        "--local",
        "-f",
        "d.yaml",
        "-p",
        "{}",
        "--dry-run=server",
    ],
    &["patch", "--local", "deployment", "web", "-p", "{}"],
    &["patch", "--local", "-f", "d.yaml", "-p", "[1]"],
    &[
        "patch",
        "--local",
        "-f",
        "w.yaml",
        "-p",
        r#"{"spec":{"size":4}}"#,
    ],
    &[
        "patch",
        "--local",
        "-f",
        "w.yaml",
        "--type",
        "merge",
        "-p",
        r#"{"spec":{"size":null}}"#,
        "-o",
        "json",
    ],
    &[
        "patch", "--local", "-f", "w.yaml", "--type", "merge", "-p", "[1]",
    ],
    &[
        "patch",
        "--local",
        "-f",
        "w.yaml",
        "--type",
        "merge",
        "-p",
        "{\"spec\": ",
    ],
    &[
        "patch",
        "--local",
        "-f",
        "w.yaml",
        "--type",
        "json",
        "-p",
        r#"[{"op":"replace","path":"/spec/nope","value":1}]"#,
        "-o",
        "yaml",
    ],
    &[
        "patch",
        "--local",
        "-f",
        "w.yaml",
        "--type",
        "json",
        "-p",
        r#"[{"op":"replace","path":"/spec/list/5","value":1}]"#,
    ],
    &[
        "patch",
        "--local",
        "-f",
        "w.yaml",
        "--type",
        "json",
        "-p",
        r#"[{"op":"remove","path":"/spec/nope"}]"#,
    ],
    &[
        "patch",
        "--local",
        "-f",
        "w.yaml",
        "--type",
        "json",
        "-p",
        r#"[{"op":"add","path":"/spec/list/-","value":3}]"#,
        "-o",
        "yaml",
    ],
    &[
        "patch",
        "--local",
        "-f",
        "w.yaml",
        "--type",
        "json",
        "-p",
        r#"{"op":"add"}"#,
    ],
    &[
        "patch",
        "--local",
        "-f",
        "w.yaml",
        "--type",
        "json",
        "-p",
        r#"[{"op":"test","path":"/spec/size","value":4}]"#,
    ],
    &[
        "patch",
        "--local",
        "-f",
        "w.yaml",
        "--type",
        "json",
        "-p",
        r#"[{"op":"move","from":"/spec/zz","path":"/spec/x"}]"#,
    ],
    &[
        "set",
        "image",
        "--local",
        "-f",
        "d.yaml",
        "nginx=nginx:2",
        "-o",
        "yaml",
    ],
    &["set", "image", "--local", "-f", "d.yaml", "*=nginx:2"],
    &[
        "set",
        "image",
        "--local",
        "-f",
        "d.yaml",
        "nginx=nginx:1.25",
    ],
    &["set", "image", "--local", "-f", "d.yaml", "zz=nginx:2"],
    &["set", "image", "--local", "deployment/web", "nginx=x"],
    &[
        "set", "image", "--local", "-f", "min.yaml", "c=y", "-o", "yaml",
    ],
    &[
        "set",
        "image",
        "--local",
        "-f",
        "min.yaml",
        "c=y",
        "--dry-run=client",
    ],
    &[
        "patch",
        "--local",
        "-f",
        "min.yaml",
        "--type",
        "merge",
        "-p",
        "metadata: {labels: {x: y}}",
        "-o",
        "yaml",
    ],
];

/// One object of each kind `set image` handles, without the fields Go always writes.
const MINIMAL: &str = r#"apiVersion: apps/v1
kind: Deployment
metadata: {name: d}
spec:
  selector: {matchLabels: {a: b}}
  template:
    metadata: {labels: {a: b}}
    spec:
      containers: [{name: c, image: x}]
---
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  initContainers: [{name: c, image: x}]
  containers: [{name: c, image: x}]
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: x}]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: s}
spec:
  selector: {matchLabels: {a: b}}
  template:
    metadata: {labels: {a: b}}
    spec:
      containers: [{name: c, image: x}]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: ds}
spec:
  selector: {matchLabels: {a: b}}
  template:
    metadata: {labels: {a: b}}
    spec:
      containers: [{name: c, image: x}]
---
apiVersion: v1
kind: ReplicationController
metadata: {name: rc}
spec:
  template:
    metadata: {labels: {a: b}}
    spec:
      containers: [{name: c, image: x}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x}]
---
apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: rs}
spec:
  selector: {matchLabels: {a: b}}
  template:
    metadata: {labels: {a: b}}
    spec:
      containers: [{name: c, image: x}]
"#;

#[test]
fn local_runs_match_kubectl() {
    let Some(kubectl) = support::kubectl_or_skip("local_runs_match_kubectl") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::write(dir.path().join("d.yaml"), DEPLOY).expect("write");
    std::fs::write(dir.path().join("w.yaml"), WIDGET).expect("write");
    std::fs::write(dir.path().join("p.json"), r#"{"spec":{"replicas":7}}"#).expect("write");
    std::fs::write(dir.path().join("min.yaml"), MINIMAL).expect("write");
    // No kubeconfig at all: --local must not need one.
    let env: Vec<(&str, OsString)> = vec![
        ("HOME", dir.path().as_os_str().to_owned()),
        ("KUBECONFIG", dir.path().join("none").into_os_string()),
    ];
    let mut failures = Vec::new();
    for args in LOCAL_CASES {
        let want = support::run_in(&kubectl, args, dir.path(), &env);
        let got = support::run_in(&support::kctl(), args, dir.path(), &env);
        if want != got {
            failures.push(format!(
                "{args:?}:\n stdout:\n{}\n stderr:\n{}\n code {} vs {}",
                support::diff(&want.stdout, &got.stdout),
                support::diff(&want.stderr, &got.stderr),
                want.code,
                got.code
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        LOCAL_CASES.len(),
        failures.join("\n")
    );
}
