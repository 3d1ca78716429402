//! Parity of `delete`, `scale`, `label` and `annotate` with kubectl 1.32: the same command
//! sequence runs with kubectl against one fresh sandbox and with kctl against another; stdout,
//! stderr and exit codes must match (after masking generated names and resource versions), and
//! so must the final objects (after masking uids, resource versions and timestamps).
//! `--local` runs offline, kubectl's output being the golden.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::{Output, diff, kctl};
use crate::support_sandbox::Sandbox;

/// Two sandboxes: kubectl works on `a`, kctl on `b`.
struct Pair {
    a: Sandbox,
    b: Sandbox,
    /// Manifests the steps name with `-f`, written into both sandboxes' HOME.
    files: Vec<(&'static str, &'static str)>,
}

/// One command of a sequence.
struct Step {
    args: &'static [&'static str],
    stdin: Option<&'static str>,
}

const fn step(args: &'static [&'static str]) -> Step {
    Step { args, stdin: None }
}

const fn with_stdin(args: &'static [&'static str], stdin: &'static str) -> Step {
    Step {
        args,
        stdin: Some(stdin),
    }
}

fn run(bin: &Path, sandbox: &Sandbox, args: &[String], stdin: Option<&str>) -> Output {
    let mut c = Command::new(bin);
    c.args(args)
        .current_dir(&sandbox.home)
        .env("KUBECONFIG", &sandbox.kubeconfig)
        .env("HOME", &sandbox.home)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("spawn");
    if let Some(text) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(text.as_bytes()).expect("write stdin");
    }
    let out = child.wait_with_output().expect("output");
    Output {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// Replaces the random suffix of controller-made names (`web-5958764479-j2lpb`: the hash is
/// the same in both sandboxes, the last five characters are not) and the resource versions in
/// kubectl's precondition messages (`…, was 176`).
fn mask_text(text: &str) -> String {
    let mut out = String::new();
    let mut token = String::new();
    let flush = |token: &mut String, out: &mut String| {
        let parts: Vec<&str> = token.split('-').collect();
        let generated = parts.len() >= 3
            && parts[parts.len() - 1].len() == 5
            && (9..=10).contains(&parts[parts.len() - 2].len())
            && parts[parts.len() - 1]
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
        if generated {
            out.push_str(&parts[..parts.len() - 1].join("-"));
            out.push_str("-xxxxx");
        } else {
            out.push_str(token);
        }
        token.clear();
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() || c == '-' {
            token.push(c);
        } else {
            flush(&mut token, &mut out);
            out.push(c);
        }
    }
    flush(&mut token, &mut out);
    match out.find(", was ") {
        Some(i) if out.contains("Expected resource version") => {
            let end = out[i..].find('\n').map(|e| i + e).unwrap_or(out.len());
            format!("{}, was N{}", &out[..i], &out[end..])
        }
        _ => out,
    }
}

/// Removes what differs between two sandboxes for the same history: identities, versions,
/// times, status, and the random part of generated names. Lines are sorted as masked names
/// reorder lists.
fn mask_object(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for key in [
                "uid",
                "resourceVersion",
                "creationTimestamp",
                "deletionTimestamp",
                "managedFields",
                "status",
                "generateName",
                "nodeName",
                // kube-root-ca.crt holds each sandbox's own CA.
                "data",
            ] {
                map.remove(key);
            }
            for value in map.values_mut() {
                mask_object(value);
            }
        }
        Value::Array(items) => {
            for item in items.iter_mut() {
                mask_object(item);
            }
            items.sort_by_key(|i| i.to_string());
        }
        Value::String(s) => *s = mask_text(s),
        _ => {}
    }
}

impl Pair {
    fn start(controllers: bool, files: Vec<(&'static str, &'static str)>) -> Option<Pair> {
        let start = if controllers {
            Sandbox::start
        } else {
            Sandbox::start_without_controllers
        };
        let pair = Pair {
            a: start()?,
            b: start()?,
            files,
        };
        for s in [&pair.a, &pair.b] {
            for (name, text) in &pair.files {
                std::fs::write(s.home.join(name), text).expect("write manifest");
            }
        }
        Some(pair)
    }

    /// Runs kubectl on both sandboxes (the setup both tools start from).
    fn setup(&self, args: &[&str], stdin: Option<&str>) {
        for s in [&self.a, &self.b] {
            s.ok(args, stdin);
        }
    }

    /// `{rv:TYPE/NAME}` in an argument is that object's resourceVersion in each sandbox, read
    /// once a deployment has settled (its controller would change it again otherwise).
    fn expand(&self, s: &Sandbox, args: &[&str]) -> Vec<String> {
        for a in args {
            if let Some((_, rest)) = a.split_once("{rv:")
                && rest.starts_with("deploy")
            {
                let target = rest.trim_end_matches('}');
                let settled = s.kubectl(&["rollout", "status", target, "--timeout=120s"], None);
                assert!(settled.status.success(), "{target} did not settle");
            }
        }
        args.iter()
            .map(
                |a| match a.strip_prefix("{rv:").and_then(|r| r.strip_suffix('}')) {
                    Some(target) => s
                        .ok(
                            &["get", target, "-o", "jsonpath={.metadata.resourceVersion}"],
                            None,
                        )
                        .trim()
                        .to_string(),
                    None => match a.split_once("={rv:") {
                        Some((flag, rest)) => {
                            let target = rest.trim_end_matches('}');
                            let rv = s.ok(
                                &["get", target, "-o", "jsonpath={.metadata.resourceVersion}"],
                                None,
                            );
                            format!("{flag}={}", rv.trim())
                        }
                        None => a.to_string(),
                    },
                },
            )
            .collect()
    }

    /// Runs each step with kubectl on `a` and kctl on `b`; describes every difference.
    fn steps(&self, steps: &[Step]) -> Vec<String> {
        let mut failures = Vec::new();
        for st in steps {
            let e = run(
                &self.a.kubectl,
                &self.a,
                &self.expand(&self.a, st.args),
                st.stdin,
            );
            let k = run(&kctl(), &self.b, &self.expand(&self.b, st.args), st.stdin);
            let e = Output {
                stdout: mask_text(&e.stdout),
                stderr: mask_text(&e.stderr.replace("kubectl.1.32 ", "kctl ")),
                code: e.code,
            };
            let k = Output {
                stdout: mask_text(&k.stdout),
                stderr: mask_text(&k.stderr),
                code: k.code,
            };
            if e != k {
                failures.push(format!(
                    "== {:?}\nstdout:\n{}stderr:\n{}exit: kubectl {} kctl {}\n",
                    st.args,
                    diff(&e.stdout, &k.stdout),
                    diff(&e.stderr, &k.stderr),
                    e.code,
                    k.code
                ));
            }
        }
        failures
    }

    /// The masked objects of `types` in every namespace, as each sandbox has them.
    fn objects(&self, types: &str) -> (Value, Value) {
        let get = |s: &Sandbox| {
            let text = s.ok(&["get", types, "-A", "-o", "json"], None);
            let mut v: Value = serde_json::from_str(&text).expect("json list");
            mask_object(&mut v);
            v
        };
        (get(&self.a), get(&self.b))
    }

    /// Compares final objects, polling while controllers settle (up to `settle`).
    fn final_objects(&self, types: &str, settle: Duration) -> Option<String> {
        let deadline = Instant::now() + settle;
        loop {
            let (a, b) = self.objects(types);
            if a == b {
                return None;
            }
            if Instant::now() > deadline {
                let a = serde_json::to_string_pretty(&a).unwrap_or_default();
                let b = serde_json::to_string_pretty(&b).unwrap_or_default();
                return Some(format!("final {types} differ:\n{}", diff(&a, &b)));
            }
            std::thread::sleep(Duration::from_millis(300));
        }
    }
}

fn assert_no_failures(what: &str, failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{what}: {} difference(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

const OBJECTS: &str = "\
apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: v1
kind: Pod
metadata: {name: p1, labels: {app: x, tier: web}}
spec: {containers: [{name: c, image: nginx}]}
---
apiVersion: v1
kind: Pod
metadata: {name: p2, labels: {app: x}, annotations: {note: hi}}
spec: {containers: [{name: c, image: nginx}]}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c1, labels: {grp: one}}
data: {a: b}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c2, namespace: shop, labels: {grp: one}}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c3, namespace: shop}
";

const CM_FILE: &str = "\
apiVersion: v1
kind: ConfigMap
metadata: {name: c1}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c3, namespace: shop}
";

const LABEL_STEPS: &[Step] = &[
    // --list prints a Go map in random order: only objects with one entry are listed.
    step(&["label", "cm", "c1", "--list"]),
    step(&["annotate", "cm", "c1", "--list"]),
    step(&["label", "-n", "shop", "cm", "c2", "c3", "--list"]),
    step(&["label", "-n", "shop", "cm", "c3", "--list", "solo=1"]),
    step(&[
        "annotate",
        "pods",
        "--field-selector=metadata.name=p1",
        "fs=1",
    ]),
    step(&["label", "pods", "--all", "-o", "wide", "w=1"]),
    step(&["label", "pod", "p1", "env=prod"]),
    step(&["label", "pod", "p1", "env=dev"]),
    step(&["label", "pod", "p1", "env=dev", "--overwrite"]),
    step(&["label", "pod", "p1", "env-"]),
    step(&["label", "pod", "p1", "env-"]),
    step(&["label", "pod", "p1", "tier=web"]),
    step(&["label", "pods", "--all", "team=a"]),
    step(&[
        "label",
        "pods",
        "-l",
        "app=x",
        "team=b",
        "--overwrite",
        "-o",
        "name",
    ]),
    step(&["label", "pods", "--field-selector=metadata.name=p2", "fs=1"]),
    step(&["label", "cm", "--all", "-A", "scope=all"]),
    step(&["label", "-f", "cms.yaml", "from=file"]),
    step(&["label", "pod/p1", "pod/p2", "bulk=1", "--dry-run=client"]),
    step(&[
        "label",
        "pod",
        "p1",
        "dry=server",
        "--dry-run=server",
        "-o",
        "name",
    ]),
    step(&["label", "cm", "c1", "x=1", "--resource-version=1"]),
    step(&["label", "cm", "c1", "x=1", "--resource-version={rv:cm/c1}"]),
    step(&["label", "cm", "--all", "y=1", "--resource-version=1"]),
    step(&["label", "pods", "p1", "nope", "p2", "many=1"]),
    step(&["label", "pod", "nope", "a=b"]),
    step(&["label", "cm", "c1", "z=1", "-A"]),
    step(&["label", "pod", "p1", "bad=-x"]),
    step(&["label", "pod", "p1", "a=b=c"]),
    step(&["label", "pod", "p1", "a=b", "a-"]),
    step(&["label", "pod", "p1", "justakey"]),
    step(&["label", "pod", "p1", "a=1", "extra"]),
    step(&["label", "a=b"]),
    step(&["label", "pods", "a=b"]),
    step(&["label", "pod", "p1"]),
    step(&["label", "--local", "pod", "p1", "a=b"]),
    step(&["label", "--all", "-l", "a=b", "pods", "x=1"]),
    step(&[
        "label",
        "pods",
        "p1",
        "x=1",
        "--field-selector=metadata.name=p1",
    ]),
    step(&["label", "pod", "p1", "-o", "wide", "a=c"]),
    step(&["label", "pod", "p1", "--list", "-o", "yaml"]),
    step(&["label", "foos", "x", "a=b"]),
    step(&["label", "pod", "p1", "Bad Key=1"]),
    step(&["annotate", "pod", "p2", "note=bye"]),
    step(&["annotate", "pod", "p2", "note=bye", "--overwrite"]),
    step(&["annotate", "pod", "p2", "note=bye", "--overwrite"]),
    step(&["annotate", "pod", "p2", "note-", "-o", "name"]),
    step(&["annotate", "pod", "p2", "gone-"]),
    step(&["annotate", "pods", "--all", "a=1", "b=2"]),
    step(&["annotate", "pods", "-l", "app=x", "a=3", "--overwrite"]),
    step(&["annotate", "cm", "--all", "-A", "seen=yes"]),
    step(&["annotate", "-f", "cms.yaml", "from=file"]),
    step(&[
        "annotate",
        "cm",
        "c1",
        "k=v",
        "--field-manager=me",
        "--dry-run=server",
    ]),
    step(&[
        "annotate",
        "cm",
        "c1",
        "k=v",
        "--dry-run=client",
        "-o",
        "name",
    ]),
    step(&["annotate", "cm", "c1", "rv=1", "--resource-version=1"]),
    step(&[
        "annotate",
        "cm",
        "c1",
        "rv=2",
        "--resource-version={rv:cm/c1}",
    ]),
    step(&["annotate", "pod", "p1", "a=1", "a-"]),
    step(&["annotate", "pod", "p1", "x"]),
    step(&["annotate", "pod", "p1"]),
    step(&["annotate", "a=b"]),
    step(&[
        "annotate",
        "--local",
        "-f",
        "cms.yaml",
        "k=v",
        "--dry-run=server",
    ]),
    step(&["annotate", "pods", "nope", "k=v"]),
    step(&["label", "cm", "c1", "rec=1", "--record", "--dry-run=client"]),
    step(&[
        "annotate",
        "cm",
        "c1",
        "rec=1",
        "--record",
        "--dry-run=client",
    ]),
];

#[test]
fn label_and_annotate_match_kubectl() {
    let Some(pair) = Pair::start(false, vec![("cms.yaml", CM_FILE)]) else {
        return;
    };
    pair.setup(&["apply", "-f", "-"], Some(OBJECTS));
    let mut failures = pair.steps(LABEL_STEPS);
    failures.extend(pair.final_objects("pods,configmaps", Duration::ZERO));
    assert_no_failures("label/annotate", failures);
}

const LOCAL_OBJECTS: &str = "\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  labels: {app: web}
  annotations: {a: \"1\"}
  resourceVersion: \"5\"
spec:
  replicas: 1
---
apiVersion: v1
kind: ConfigMap
metadata: {name: cfg}
data: {k: v}
";

const LOCAL_ONE: &str =
    r#"{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "labels": {"x": "1"}}}"#;

const LOCAL_CASES: &[&[&str]] = &[
    &[
        "label",
        "--local",
        "-f",
        "objs.yaml",
        "env=prod",
        "-o",
        "yaml",
    ],
    &["label", "--local", "-f", "objs.yaml", "app-", "-o", "json"],
    &["label", "--local", "-f", "objs.yaml", "app=x"],
    &[
        "label",
        "--local",
        "-f",
        "objs.yaml",
        "app=x",
        "--overwrite",
    ],
    &["label", "--local", "-f", "one.json", "x-"],
    &["label", "--local", "-f", "one.json", "y-"],
    &["label", "--local", "-f", "one.json", "--list"],
    &["label", "--local", "-f", "objs.yaml", "--list"],
    &[
        "label",
        "--local",
        "-f",
        "one.json",
        "k=v",
        "--resource-version=7",
        "-o",
        "json",
    ],
    &[
        "label",
        "--local",
        "-f",
        "one.json",
        "k=v",
        "--dry-run=client",
    ],
    &[
        "label",
        "--local",
        "-f",
        "one.json",
        "k=v",
        "-o",
        "jsonpath={.metadata.labels}",
    ],
    &["label", "--local", "-f", "missing.yaml", "k=v"],
    &["label", "--local", "-f", "-", "k=v", "-o", "yaml"],
    &[
        "annotate",
        "--local",
        "-f",
        "objs.yaml",
        "b=2",
        "-o",
        "yaml",
    ],
    &["annotate", "--local", "-f", "objs.yaml", "a=2"],
    &[
        "annotate",
        "--local",
        "-f",
        "objs.yaml",
        "a=2",
        "--overwrite",
        "-o",
        "name",
    ],
    &[
        "annotate",
        "--local",
        "-f",
        "one.json",
        "k=v",
        "--resource-version=7",
        "-o",
        "json",
    ],
    &[
        "annotate",
        "--local",
        "-f",
        "one.json",
        "k=v",
        "--dry-run=server",
    ],
    &[
        "annotate",
        "--local",
        "-f",
        "one.json",
        "k=v",
        "-o",
        "jsonpath={.metadata.annotations}",
    ],
    &["annotate", "--local", "-f", "one.json", "--list"],
    &["annotate", "--local", "-f", "one.json", "a=1", "a-"],
    &["annotate", "--local", "pods", "x", "a=1"],
    &["annotate", "--local", "a=1"],
];

fn offline(bin: &Path, args: &[&str], dir: &Path, stdin: &str) -> Output {
    let mut child = Command::new(bin)
        .args(args)
        .current_dir(dir)
        .env("HOME", dir)
        .env("KUBECONFIG", dir.join("no-such-kubeconfig"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("output");
    Output {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

#[test]
fn label_and_annotate_local_match_kubectl_offline() {
    let Some(kubectl) = crate::support::kubectl_or_skip("label_and_annotate_local") else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir: PathBuf = tmp.path().to_path_buf();
    std::fs::write(dir.join("objs.yaml"), LOCAL_OBJECTS).expect("write");
    std::fs::write(dir.join("one.json"), LOCAL_ONE).expect("write");
    let mut failures = Vec::new();
    for args in LOCAL_CASES {
        let e = offline(&kubectl, args, &dir, LOCAL_OBJECTS);
        let k = offline(&kctl(), args, &dir, LOCAL_OBJECTS);
        let e = Output {
            stderr: e.stderr.replace("kubectl.1.32 ", "kctl "),
            ..e
        };
        if e != k {
            failures.push(format!(
                "== {args:?}\nstdout:\n{}stderr:\n{}exit: kubectl {} kctl {}\n",
                diff(&e.stdout, &k.stdout),
                diff(&e.stderr, &k.stderr),
                e.code,
                k.code
            ));
        }
    }
    assert_no_failures("--local", failures);
}

const DELETE_FILE: &str = "\
apiVersion: v1
kind: ConfigMap
metadata: {name: f1}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: f2, namespace: shop}
---
apiVersion: v1
kind: Namespace
metadata: {name: gone}
";

const DELETE_OBJECTS: &str = "\
apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: v1
kind: Namespace
metadata: {name: gone}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: d1, labels: {grp: d}}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: d2, labels: {grp: d}}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: d3}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: d4}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: d5}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: i1}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: i2}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: f1}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: f2, namespace: shop}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: s1, namespace: shop, labels: {grp: s}}
---
apiVersion: v1
kind: Secret
metadata: {name: k1}
---
apiVersion: v1
kind: Pod
metadata: {name: pod1}
spec: {containers: [{name: c, image: nginx}]}
---
apiVersion: v1
kind: Pod
metadata: {name: pod2}
spec: {containers: [{name: c, image: nginx}]}
---
apiVersion: v1
kind: Pod
metadata: {name: pod3}
spec: {containers: [{name: c, image: nginx}]}
---
apiVersion: v1
kind: Pod
metadata: {name: pod4}
spec: {containers: [{name: c, image: nginx}]}
";

const DELETE_STEPS: &[Step] = &[
    step(&["delete"]),
    step(&["delete", "cm"]),
    step(&["delete", "cm", "nope"]),
    step(&["delete", "cm", "nope", "--ignore-not-found"]),
    step(&["delete", "cm", "d1", "-o", "yaml"]),
    step(&["delete", "cm", "d1", "--dry-run=client"]),
    step(&["delete", "cm", "d1", "--dry-run=server", "-o", "name"]),
    step(&["delete", "cm", "--all", "-l", "grp=d"]),
    step(&["delete", "cm", "d1", "-l", "grp=d"]),
    step(&["delete", "cm/d1", "-l", "grp=d"]),
    step(&["delete", "-l", "grp=d"]),
    step(&["delete", "cm", "d1", "--cascade=sideways"]),
    step(&["delete", "cm", "d1", "--cascade=false", "--dry-run=client"]),
    step(&["delete", "cm", "d1", "--cascade=true", "--dry-run=client"]),
    step(&["delete", "cm", "d1", "--cascade", "--dry-run=client"]),
    step(&["delete", "cm", "d1", "--now", "--grace-period=3"]),
    step(&["delete", "cm", "d1", "--force", "--grace-period=3"]),
    step(&["delete", "cm", "d1", "--force", "--dry-run=client"]),
    step(&["delete", "cm", "d1", "--grace-period=0", "--dry-run=client"]),
    step(&["delete", "cm", "d1", "--grace-period=x"]),
    step(&["delete", "cm", "d1", "--timeout=x"]),
    step(&["delete", "ns", "gone", "-n", "default", "--dry-run=client"]),
    step(&["delete", "-f", "cms.yaml", "--dry-run=client"]),
    step(&["delete", "-f", "cms.yaml", "pods"]),
    step(&["delete", "cm", "-l", "grp=d"]),
    step(&["delete", "cm", "-l", "grp=d"]),
    step(&["delete", "cm", "--field-selector", "metadata.name=nope"]),
    step(&["delete", "cm", "-A", "-l", "grp=s", "-o", "name"]),
    step(&["delete", "cm", "d3", "nope", "d4"]),
    step(&["delete", "cm/d5", "secret/k1", "--wait=false"]),
    with_stdin(&["delete", "cm", "i1", "i2", "-i"], "n\n"),
    with_stdin(&["delete", "cm", "i1", "-i"], ""),
    with_stdin(&["delete", "cm", "i1", "i2", "--interactive"], "y\n"),
    with_stdin(&["delete", "cm", "-l", "grp=zzz", "-i"], "y\n"),
    with_stdin(&["delete", "cm", "nope", "-i"], "Y\n"),
    step(&["delete", "-f", "cms.yaml", "-l", "nothing=here"]),
    step(&["delete", "-f", "cms.yaml"]),
    step(&["delete", "-f", "cms.yaml"]),
    step(&[
        "delete",
        "--raw",
        "/api/v1/namespaces/default/configmaps/nope",
    ]),
    step(&["delete", "--raw", "api/v1"]),
    step(&[
        "delete",
        "--raw",
        "/api/v1/namespaces/default/configmaps/d5",
        "-i",
    ]),
    step(&[
        "delete",
        "--raw",
        "/api/v1/namespaces/default/configmaps/d5",
        "-o",
        "name",
    ]),
    step(&["delete", "pod", "pod1"]),
    step(&["delete", "pod", "pod2", "--grace-period=0", "--force"]),
    step(&["delete", "pod", "pod3", "--now", "--timeout=30s"]),
    step(&["delete", "pods", "--all", "--timeout=60s"]),
];

#[test]
fn delete_matches_kubectl() {
    let Some(pair) = Pair::start(true, vec![("cms.yaml", DELETE_FILE)]) else {
        return;
    };
    pair.setup(&["apply", "-f", "-"], Some(DELETE_OBJECTS));
    let mut failures = pair.steps(DELETE_STEPS);
    failures.extend(pair.final_objects("configmaps,secrets,pods", Duration::from_secs(30)));
    assert_no_failures("delete", failures);
}

const DEPLOYMENTS: &str = "\
apiVersion: apps/v1
kind: Deployment
metadata: {name: bg}
spec:
  replicas: 2
  selector: {matchLabels: {app: bg}}
  template:
    metadata: {labels: {app: bg}}
    spec: {containers: [{name: c, image: nginx}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: fg}
spec:
  replicas: 2
  selector: {matchLabels: {app: fg}}
  template:
    metadata: {labels: {app: fg}}
    spec: {containers: [{name: c, image: nginx}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: or}
spec:
  replicas: 2
  selector: {matchLabels: {app: or}}
  template:
    metadata: {labels: {app: or}}
    spec: {containers: [{name: c, image: nginx}]}
";

/// Waits until `sandbox` runs `want` pods.
fn wait_for_pods(sandbox: &Sandbox, want: usize) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let names = sandbox.ok(&["get", "pods", "-o", "name"], None);
        if names.lines().count() == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "pods never reached {want}: {names}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// `kind/name` with the random suffix masked, sorted: what a sandbox still holds.
fn remaining(sandbox: &Sandbox) -> Vec<String> {
    let text = sandbox.ok(&["get", "deployments,replicasets,pods", "-o", "name"], None);
    let mut names: Vec<String> = text.lines().map(mask_text).collect();
    names.sort();
    names
}

#[test]
fn delete_waits_and_cascades_like_kubectl() {
    let Some(pair) = Pair::start(true, vec![]) else {
        return;
    };
    pair.setup(&["apply", "-f", "-"], Some(DEPLOYMENTS));
    wait_for_pods(&pair.a, 6);
    wait_for_pods(&pair.b, 6);
    let failures = pair.steps(&[
        step(&["delete", "deployment", "bg"]),
        step(&["delete", "deployment", "fg", "--cascade=foreground"]),
        step(&["delete", "deployment", "or", "--cascade=orphan"]),
    ]);
    assert_no_failures("delete cascade", failures);
    // Background and foreground take the ReplicaSets and pods with them; orphan leaves both.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let (a, b) = (remaining(&pair.a), remaining(&pair.b));
        let orphaned = |v: &[String]| {
            v.len() == 3
                && v.iter().filter(|n| n.starts_with("pod/or-")).count() == 2
                && v.iter().any(|n| n.starts_with("replicaset.apps/or-"))
        };
        if a == b && orphaned(&a) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "left after cascades: kubectl {a:?}, kctl {b:?}"
        );
        std::thread::sleep(Duration::from_millis(300));
    }
    if let Some(f) = pair.final_objects("replicasets,pods", Duration::from_secs(30)) {
        panic!("{f}");
    }
}

const SCALE_FILE: &str = "\
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, image: nginx}]}
";

const SCALE_OBJECTS: &str = "\
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, image: nginx}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api, labels: {tier: back}}
spec:
  replicas: 1
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec: {containers: [{name: c, image: nginx}]}
---
apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: rs1}
spec:
  replicas: 1
  selector: {matchLabels: {app: rs1}}
  template:
    metadata: {labels: {app: rs1}}
    spec: {containers: [{name: c, image: nginx}]}
---
apiVersion: v1
kind: Pod
metadata: {name: lone}
spec: {containers: [{name: c, image: nginx}]}
";

const SCALE_STEPS: &[Step] = &[
    step(&["scale", "deploy", "web"]),
    step(&["scale", "deploy", "web", "--replicas=3"]),
    step(&["scale", "deployment/web", "--replicas=2", "-o", "name"]),
    step(&[
        "scale",
        "deploy",
        "web",
        "--replicas=3",
        "--current-replicas=1",
    ]),
    step(&[
        "scale",
        "deploy",
        "web",
        "--replicas=3",
        "--current-replicas=2",
    ]),
    step(&[
        "scale",
        "deploy",
        "web",
        "--replicas=1",
        "--resource-version=1",
    ]),
    step(&[
        "scale",
        "deploy",
        "web",
        "--replicas=2",
        "--resource-version={rv:deploy/web}",
    ]),
    step(&["scale", "deploy", "web", "--replicas=-1"]),
    step(&[
        "scale",
        "deploy",
        "web",
        "--replicas=1",
        "--current-replicas=-3",
    ]),
    step(&["scale", "deploy", "web", "--replicas=x"]),
    step(&["scale", "pod", "lone", "--replicas=1"]),
    step(&["scale", "deploy", "nope", "--replicas=1"]),
    step(&["scale", "deploy", "--replicas=1"]),
    step(&["scale", "--replicas=1"]),
    step(&[
        "scale",
        "deploy",
        "--all",
        "--replicas=2",
        "--dry-run=client",
    ]),
    step(&[
        "scale",
        "deploy",
        "--all",
        "--replicas=2",
        "--dry-run=server",
    ]),
    step(&["scale", "deploy", "web", "nope", "--replicas=2"]),
    step(&["scale", "deploy", "-l", "app=zz", "--replicas=2"]),
    step(&["scale", "deploy", "-l", "tier=back", "--replicas=2"]),
    step(&["scale", "deploy", "web", "--replicas=2", "--timeout=60s"]),
    step(&[
        "scale",
        "deploy",
        "web",
        "--replicas=1",
        "--dry-run=client",
        "-o",
        "jsonpath={.spec.replicas}",
    ]),
    step(&[
        "scale",
        "deploy",
        "web",
        "api",
        "--replicas=3",
        "--resource-version=5",
    ]),
    step(&["scale", "rs", "rs1", "--replicas=2", "--current-replicas=1"]),
    step(&["scale", "-f", "web.yaml", "--replicas=4", "--timeout=60s"]),
    // --record's change-cause annotation is not written by kctl yet: only its notice here.
    step(&[
        "scale",
        "deployment",
        "--all",
        "--replicas=1",
        "--record",
        "--dry-run=client",
    ]),
    step(&["scale", "deployment", "--all", "--replicas=1"]),
];

#[test]
fn scale_matches_kubectl() {
    let Some(pair) = Pair::start(true, vec![("web.yaml", SCALE_FILE)]) else {
        return;
    };
    pair.setup(&["apply", "-f", "-"], Some(SCALE_OBJECTS));
    let mut failures = pair.steps(SCALE_STEPS);
    failures.extend(pair.final_objects("deployments,replicasets", Duration::from_secs(30)));
    assert_no_failures("scale", failures);
}

#[test]
fn masking_keeps_what_matters() {
    let cases = [
        (
            "pod \"web-5958764479-j2lpb\" deleted\n",
            "pod \"web-5958764479-xxxxx\" deleted\n",
        ),
        ("pod/p1 labeled\n", "pod/p1 labeled\n"),
        (
            "error: Expected resource version to be 1, was 176\n",
            "error: Expected resource version to be 1, was N\n",
        ),
        (
            "error: Expected replicas to be 1, was 2\n",
            "error: Expected replicas to be 1, was 2\n",
        ),
    ];
    for (input, want) in cases {
        assert_eq!(mask_text(input), want);
    }
}
