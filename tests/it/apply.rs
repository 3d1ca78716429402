//! `kctl apply` against kubectl 1.32: the same sequence of commands runs with kubectl on one
//! fresh sandbox and with kctl on another; every step's stdout, stderr and exit code must be
//! equal (klog timestamps and pids masked), and so must the final objects (uids, resource
//! versions, timestamps and allocated IPs masked). Steps by "someone else" (labels added with
//! `kubectl label`, objects made with `kubectl create`) run with kubectl on both sandboxes.

use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::support::{diff, kctl};
use crate::support_sandbox::Sandbox;

enum Step {
    /// Run with the tool under test; outputs compared.
    Tool(&'static [&'static str], Option<&'static str>),
    /// Someone else's change, with kubectl on both sandboxes; must succeed.
    Other(&'static [&'static str]),
}

use Step::{Other, Tool};

struct Out {
    stdout: String,
    stderr: String,
    code: i32,
}

fn run(bin: &Path, sb: &Sandbox, args: &[&str], input: Option<&str>) -> Out {
    let mut c = Command::new(bin);
    c.args(args)
        .current_dir(&sb.home)
        .env("KUBECONFIG", &sb.kubeconfig)
        .env("HOME", &sb.home)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("spawn");
    if let Some(i) = input {
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(i.as_bytes())
            .expect("write stdin");
    }
    let out = child.wait_with_output().expect("output");
    let home = sb.home.display().to_string();
    let clean = |b: &[u8]| mask_text(&String::from_utf8_lossy(b).replace(&home, "$HOME"));
    Out {
        stdout: clean(&out.stdout),
        stderr: mask_klog(&clean(&out.stderr)),
        code: out.status.code().unwrap_or(-1),
    }
}

/// Values that differ between two servers, in YAML or JSON output lines.
fn mask_text(text: &str) -> String {
    const KEYS: &[&str] = &[
        "uid",
        "creationTimestamp",
        "resourceVersion",
        "time",
        "clusterIP",
    ];
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start().trim_start_matches("- ");
        if trimmed.starts_with("\"10.") || trimmed.starts_with("10.") {
            // An allocated cluster IP in a `clusterIPs` list.
            out.push_str("*\n");
            continue;
        }
        let masked = KEYS.iter().find_map(|k| {
            [format!("{k}: "), format!("\"{k}\": ")]
                .into_iter()
                .find(|p| trimmed.starts_with(p.as_str()))
                .map(|p| {
                    let at = line.find(p.as_str()).unwrap_or(0) + p.len();
                    let comma = if line.trim_end().ends_with(',') {
                        ","
                    } else {
                        ""
                    };
                    format!("{}*{comma}\n", &line[..at])
                })
        });
        out.push_str(&masked.unwrap_or_else(|| mask_compact(line, KEYS)));
    }
    out
}

/// `"key":"value"` inside compact JSON (kubectl's patch errors quote whole objects).
fn mask_compact(line: &str, keys: &[&str]) -> String {
    let mut line = line.to_string();
    for k in keys {
        let pat = format!("\"{k}\":\"");
        let mut from = 0;
        while let Some(at) = line[from..].find(&pat) {
            let start = from + at + pat.len();
            let Some(len) = line[start..].find('"') else {
                break;
            };
            line.replace_range(start..start + len, "*");
            from = start + 1;
        }
    }
    line
}

/// kctl invoked through a link named `kubectl`, as kubectl names itself in messages.
fn kctl_as_kubectl() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let link = dir.path().join("kubectl");
    std::os::unix::fs::symlink(kctl(), &link).expect("symlink");
    (dir, link)
}

/// klog's `W1123 18:25:32.323674   31036 file.go:71] ` header → a fixed one.
fn mask_klog(text: &str) -> String {
    text.lines()
        .map(|line| {
            let b = line.as_bytes();
            let is_klog = b.len() > 22
                && matches!(b[0], b'I' | b'W' | b'E')
                && b[1..5].iter().all(u8::is_ascii_digit)
                && b[5] == b' '
                && b[8] == b':';
            match (is_klog, line.split_once("] ")) {
                (true, Some((head, rest))) => {
                    let file = head.rsplit(' ').next().unwrap_or_default();
                    format!("{} {file}] {rest}", &line[..1])
                }
                _ => line.to_string(),
            }
        })
        .map(|l| l + "\n")
        .collect()
}

/// Everything the steps may have touched, with what differs between two servers masked.
fn final_objects(sb: &Sandbox) -> Value {
    let mut all = Vec::new();
    for types in [
        "configmaps,services,deployments,pods,secrets,namespaces",
        "widgets.example.com",
    ] {
        let out = sb.kubectl(&["get", types, "-A", "-o", "json"], None);
        if out.status.success() {
            let mut v: Value = serde_json::from_slice(&out.stdout).expect("json");
            mask(&mut v);
            all.push(v);
        }
    }
    Value::Array(all)
}

fn mask(v: &mut Value) {
    match v {
        Value::Object(m) => {
            for key in [
                "uid",
                "resourceVersion",
                "creationTimestamp",
                "time",
                "clusterIP",
                "clusterIPs",
                "deletionTimestamp",
                "ca.crt",
            ] {
                if m.contains_key(key) {
                    m.insert(key.into(), Value::String("*".into()));
                }
            }
            m.values_mut().for_each(mask);
        }
        Value::Array(a) => a.iter_mut().for_each(mask),
        _ => {}
    }
}

fn write_files(root: &Path, files: &[(&str, &str)]) {
    for (name, text) in files {
        let p = root.join(name);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }
}

/// Runs `steps` on two fresh sandboxes and returns every difference.
fn parity(files: &[(&str, &str)], steps: &[Step]) -> Option<Vec<String>> {
    let kubectl_sb = Sandbox::start_without_controllers()?;
    let kctl_sb = Sandbox::start_without_controllers()?;
    write_files(&kubectl_sb.home, files);
    write_files(&kctl_sb.home, files);
    let (_link_dir, kctl_bin) = kctl_as_kubectl();
    let mut failures = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        match step {
            Other(args) => {
                for sb in [&kubectl_sb, &kctl_sb] {
                    sb.ok(args, None);
                }
            }
            Tool(args, input) => {
                let want = run(&kubectl_sb.kubectl, &kubectl_sb, args, *input);
                let got = run(&kctl_bin, &kctl_sb, args, *input);
                if (want.code, &want.stdout, &want.stderr) != (got.code, &got.stdout, &got.stderr) {
                    failures.push(format!(
                        "step {i} {args:?}: exit {} vs {}\nstdout:\n{}stderr:\n{}",
                        want.code,
                        got.code,
                        diff(&want.stdout, &got.stdout),
                        diff(&want.stderr, &got.stderr)
                    ));
                }
            }
        }
    }
    let (a, b) = (final_objects(&kubectl_sb), final_objects(&kctl_sb));
    if a != b {
        failures.push(format!(
            "final objects differ:\n{}",
            diff(
                &serde_json::to_string_pretty(&a).unwrap_or_default(),
                &serde_json::to_string_pretty(&b).unwrap_or_default()
            )
        ));
    }
    Some(failures)
}

fn check(files: &[(&str, &str)], steps: &[Step]) {
    let Some(failures) = parity(files, steps) else {
        return;
    };
    assert!(
        failures.is_empty(),
        "{} differences:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

const WEB: &str = r#"apiVersion: apps/v1
kind: Deployment
metadata: {name: web, labels: {app: web}}
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
        env: [{name: MODE, value: prod}, {name: DEBUG, value: "0"}]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec: {selector: {app: web}, ports: [{port: 80, targetPort: 80}]}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings, annotations: {owner: team-a}}
data: {color: blue, size: large}
"#;

/// A container added, an env var and a data key removed, replicas changed.
const WEB2: &str = r#"apiVersion: apps/v1
kind: Deployment
metadata: {name: web, labels: {app: web}}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: nginx
        image: nginx:1.26
        ports: [{containerPort: 80}]
        env: [{name: MODE, value: prod}]
      - name: sidecar
        image: busybox
        command: [sleep, "3600"]
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec: {selector: {app: web}, ports: [{port: 80, targetPort: 80}]}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings}
data: {color: red}
"#;

/// The first container removed.
const WEB3: &str = r#"apiVersion: apps/v1
kind: Deployment
metadata: {name: web, labels: {app: web}}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: sidecar
        image: busybox
        command: [sleep, "3600"]
"#;

const STDIN_CM: &str =
    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-stdin\ndata:\n  k: v\n";

#[test]
fn client_side_apply_matches_kubectl() {
    let files = [
        ("web.yaml", WEB),
        ("web2.yaml", WEB2),
        ("web3.yaml", WEB3),
        (
            "dir/a.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {x: '1'}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData: {p: q}\n",
        ),
        (
            "dir/b.json",
            r#"{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "b1"}, "data": {"n": "1"}}"#,
        ),
        // kubectl validates a List against /openapi/v2, which the sandbox does not serve.
        (
            "list.json",
            r#"{"apiVersion": "v1", "kind": "List", "items": [{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "l1"}}, {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "l2", "labels": {"x": "y"}}}]}"#,
        ),
        (
            "dir/sub/c.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n",
        ),
        ("dir/notes.txt", "not a manifest"),
    ];
    let steps = [
        Tool(&["apply", "-f", "web.yaml"], None),
        Tool(&["apply", "-f", "web.yaml"], None),
        Other(&["label", "deployment", "web", "team=blue"]),
        Other(&["annotate", "configmap", "settings", "note=kept"]),
        Tool(&["apply", "-f", "web2.yaml"], None),
        Tool(&["apply", "-f", "web2.yaml"], None),
        Tool(&["apply", "-f", "web3.yaml", "--dry-run=client"], None),
        Tool(&["apply", "-f", "web3.yaml", "--dry-run=server"], None),
        Tool(&["apply", "-f", "web3.yaml"], None),
        Tool(&["apply", "-f", "dir"], None),
        Tool(&["apply", "-f", "dir", "-R"], None),
        Tool(&["apply", "-f", "-"], Some(STDIN_CM)),
        Tool(&["apply", "-f", "-", "-o", "name"], Some(STDIN_CM)),
        Tool(&["apply", "-f", "dir/a.yaml", "-o", "yaml"], None),
        Tool(
            &["apply", "-f", "list.json", "-o", "json", "--validate=false"],
            None,
        ),
        Tool(&["apply", "-f", "list.json", "--validate=false"], None),
        Tool(
            &[
                "apply",
                "-f",
                "dir/sub/c.yaml",
                "-o",
                "jsonpath={.metadata.name}",
            ],
            None,
        ),
        Other(&[
            "create",
            "configmap",
            "made-by-create",
            "--from-literal=a=b",
        ]),
        Tool(
            &["apply", "-f", "-"],
            Some(
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: made-by-create}\ndata: {a: c}\n",
            ),
        ),
        Other(&[
            "patch",
            "configmap",
            "settings",
            "-p",
            r#"{"data":{"color":"green"}}"#,
        ]),
        Tool(&["apply", "-f", "web2.yaml", "--overwrite=false"], None),
        Tool(&["apply", "-f", "web2.yaml", "--overwrite=true"], None),
        Tool(&["apply", "-f", "web.yaml", "-n", "other"], None),
        Tool(&["apply", "-f", "web.yaml", "-n", "default"], None),
    ];
    check(&files, &steps);
}

#[test]
fn apply_errors_match_kubectl() {
    let files = [
        (
            "noname.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {namespace: a}\n",
        ),
        (
            "gen.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {generateName: g-}\n",
        ),
        (
            "in-a.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: a}\n",
        ),
        (
            "unknown.yaml",
            "apiVersion: example.com/v1\nkind: Gadget\nmetadata: {name: g}\n",
        ),
        (
            "mixed.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok1}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: bad, namespace: missing}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok2}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: bad-pod, namespace: missing}\nspec: {containers: [{name: c, image: x}]}\n",
        ),
        ("nokind.yaml", "apiVersion: v1\nmetadata: {name: x}\n"),
        ("empty.yaml", "# nothing\n"),
    ];
    let steps = [
        Tool(&["apply"], None),
        Tool(&["apply", "-f", "nope.yaml"], None),
        Tool(&["apply", "-f", "noname.yaml", "extra"], None),
        Tool(&["apply", "-k", "."], None),
        Tool(&["apply", "-f", "noname.yaml"], None),
        Tool(&["apply", "-f", "gen.yaml"], None),
        Tool(&["apply", "-f", "in-a.yaml", "-n", "b"], None),
        Tool(&["apply", "-f", "in-a.yaml"], None),
        Tool(&["apply", "-f", "unknown.yaml"], None),
        Tool(&["apply", "-f", "mixed.yaml"], None),
        Tool(&["apply", "-f", "nokind.yaml"], None),
        Tool(&["apply", "-f", "empty.yaml"], None),
        Tool(&["apply", "-f", "in-a.yaml", "--prune"], None),
        Tool(&["apply", "-f", "in-a.yaml", "--force-conflicts"], None),
        Tool(
            &[
                "apply",
                "-f",
                "in-a.yaml",
                "--server-side",
                "--dry-run=client",
            ],
            None,
        ),
        Tool(
            &["apply", "-f", "in-a.yaml", "--server-side", "--force"],
            None,
        ),
        Tool(&["apply", "-f", "in-a.yaml", "--all", "-l", "a=b"], None),
        Tool(&["apply", "-f", "in-a.yaml", "--dry-run=bogus"], None),
    ];
    check(&files, &steps);
}

const CRD: &str = r#"apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {plural: widgets, singular: widget, kind: Widget}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        x-kubernetes-preserve-unknown-fields: true
"#;

const WIDGET: &str = "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n  size: 3\n  colors: [red, blue]\n  extra: {a: 1}\n";
const WIDGET2: &str = "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n  size: 4\n  colors: [green]\n";

#[test]
fn custom_resources_apply_with_json_merge_patches() {
    let files = [("crd.yaml", CRD), ("w.yaml", WIDGET), ("w2.yaml", WIDGET2)];
    let steps = [
        Tool(&["apply", "-f", "crd.yaml"], None),
        Tool(&["apply", "-f", "w.yaml"], None),
        Tool(&["apply", "-f", "w.yaml"], None),
        Other(&["label", "widget", "w", "by=someone"]),
        Tool(&["apply", "-f", "w2.yaml"], None),
        Tool(&["apply", "-f", "w2.yaml", "-o", "yaml"], None),
        Tool(&["apply", "view-last-applied", "widget", "w"], None),
    ];
    check(&files, &steps);
}

const SSA: &str =
    "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shared}\ndata: {a: mine, b: two}\n";

#[test]
fn server_side_apply_matches_kubectl() {
    let files = [
        ("ssa.yaml", SSA),
        ("web.yaml", WEB),
        (
            "ssa2.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shared}\ndata: {a: mine}\n",
        ),
    ];
    let steps = [
        Other(&[
            "create",
            "configmap",
            "shared",
            "--from-literal=a=theirs",
            "--from-literal=c=3",
        ]),
        Tool(&["apply", "--server-side", "-f", "ssa.yaml"], None),
        Tool(
            &[
                "apply",
                "--server-side",
                "-f",
                "ssa.yaml",
                "--dry-run=server",
            ],
            None,
        ),
        Tool(
            &[
                "apply",
                "--server-side",
                "-f",
                "ssa.yaml",
                "--force-conflicts",
            ],
            None,
        ),
        Tool(&["apply", "--server-side", "-f", "ssa.yaml"], None),
        Tool(
            &["apply", "--server-side", "-f", "ssa2.yaml", "-o", "name"],
            None,
        ),
        Tool(
            &[
                "apply",
                "--server-side",
                "-f",
                "web.yaml",
                "--field-manager=ci",
            ],
            None,
        ),
        Tool(
            &["apply", "--server-side", "-f", "web.yaml", "-o", "json"],
            None,
        ),
    ];
    check(&files, &steps);
}

const PRUNE_ALL: &str = r#"apiVersion: v1
kind: ConfigMap
metadata: {name: p1, labels: {app: pr}}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: p2, labels: {app: pr}}
---
apiVersion: v1
kind: Secret
metadata: {name: p3, labels: {app: pr}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: d1, labels: {app: pr}}
spec: {selector: {matchLabels: {app: pr}}, template: {metadata: {labels: {app: pr}}, spec: {containers: [{name: c, image: nginx}]}}}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: other, labels: {app: nope}}
"#;

const PRUNE_ONE: &str =
    "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: p1, labels: {app: pr}}\n";

#[test]
fn prune_matches_kubectl() {
    let files = [("all.yaml", PRUNE_ALL), ("one.yaml", PRUNE_ONE)];
    let steps = [
        Tool(&["apply", "-f", "all.yaml"], None),
        Other(&["label", "configmap", "other", "app=pr", "--overwrite"]),
        Tool(
            &[
                "apply",
                "--prune",
                "-l",
                "app=pr",
                "-f",
                "one.yaml",
                "--dry-run=client",
            ],
            None,
        ),
        Tool(
            &[
                "apply",
                "--prune",
                "-l",
                "app=pr",
                "-f",
                "one.yaml",
                "--prune-allowlist=core/v1/Secret",
            ],
            None,
        ),
        Tool(
            &["apply", "--prune", "-l", "app=pr", "-f", "one.yaml"],
            None,
        ),
        Tool(
            &["apply", "--prune", "-l", "app=pr", "-f", "one.yaml"],
            None,
        ),
        Tool(
            &[
                "apply",
                "--prune",
                "--all",
                "-f",
                "one.yaml",
                "--prune-allowlist=v1/ConfigMap",
            ],
            None,
        ),
    ];
    check(&files, &steps);
}

#[test]
fn last_applied_subcommands_match_kubectl() {
    let files = [
        ("web.yaml", WEB),
        ("web2.yaml", WEB2),
        (
            "made.yaml",
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: made}\ndata: {a: b}\n",
        ),
    ];
    let steps = [
        Tool(&["apply", "-f", "web.yaml"], None),
        Other(&["create", "configmap", "made", "--from-literal=a=b"]),
        Tool(&["apply", "view-last-applied", "deployment", "web"], None),
        Tool(
            &[
                "apply",
                "view-last-applied",
                "deploy/web",
                "cm/settings",
                "-o",
                "json",
            ],
            None,
        ),
        Tool(&["apply", "view-last-applied", "-f", "web.yaml"], None),
        Tool(&["apply", "view-last-applied", "cm", "-l", "app!=x"], None),
        Tool(
            &["apply", "view-last-applied", "cm", "--all", "-o", "json"],
            None,
        ),
        Tool(&["apply", "view-last-applied", "cm", "made"], None),
        Tool(&["apply", "view-last-applied", "-f", "made.yaml"], None),
        Tool(&["apply", "view-last-applied", "cm", "nope"], None),
        Tool(
            &["apply", "view-last-applied", "cm", "settings", "-o", "wide"],
            None,
        ),
        Tool(&["apply", "view-last-applied"], None),
        Tool(&["apply", "set-last-applied"], None),
        Tool(&["apply", "set-last-applied", "-f", "made.yaml"], None),
        Tool(
            &[
                "apply",
                "set-last-applied",
                "-f",
                "made.yaml",
                "--create-annotation",
                "--dry-run=client",
                "-o",
                "yaml",
            ],
            None,
        ),
        Tool(
            &[
                "apply",
                "set-last-applied",
                "-f",
                "made.yaml",
                "--create-annotation",
            ],
            None,
        ),
        Tool(&["apply", "set-last-applied", "-f", "made.yaml"], None),
        Tool(
            &["apply", "set-last-applied", "-f", "web2.yaml", "-o", "name"],
            None,
        ),
        Tool(&["apply", "view-last-applied", "cm", "settings"], None),
        Tool(&["apply", "-f", "web2.yaml"], None),
    ];
    check(&files, &steps);
}

#[test]
fn many_manifests_keep_input_order() {
    // A namespace first, then objects in it: they must not be created before it.
    let mut text = String::from("apiVersion: v1\nkind: Namespace\nmetadata: {name: bulk}\n---\n");
    for i in 0..40 {
        text.push_str(&format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: cm-{i:02}, namespace: bulk}}\ndata: {{i: '{i}'}}\n---\n"
        ));
        if i % 10 == 3 {
            text.push_str(&format!(
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: bad-{i}, namespace: nowhere}}\n---\n"
            ));
        }
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    let steps = [
        Tool(&["apply", "-f", "-"], Some(text)),
        Tool(&["apply", "-f", "-"], Some(text)),
    ];
    check(&[], &steps);
}

#[test]
fn server_values_are_masked() {
    assert_eq!(
        mask_text("  uid: 1-2\n    \"resourceVersion\": \"5\",\nname: x\n"),
        "  uid: *\n    \"resourceVersion\": *,\nname: x\n"
    );
    assert_eq!(
        mask_text("{\"a\":1,\"uid\":\"u-1\",\"time\":\"t\"}\n"),
        "{\"a\":1,\"uid\":\"*\",\"time\":\"*\"}\n"
    );
}

#[test]
fn klog_headers_are_masked() {
    assert_eq!(
        mask_klog("W1123 18:25:32.323674   31036 prune.go:71] Deprecated: x\nplain\n"),
        "W prune.go:71] Deprecated: x\nplain\n"
    );
}
