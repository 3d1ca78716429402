//! Runs one workflow (a list of steps) twice: with kubectl 1.32 against one fresh sandbox and
//! with kctl against another, then compares what each step printed and the objects each run
//! left behind (masked where a real cluster would differ between two runs too).

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::{diff, kctl};
use crate::support_sandbox::Sandbox;

/// Generous: debug builds on a shared 2-core machine.
const DEADLINE: Duration = Duration::from_secs(180);

/// One step of a workflow.
pub enum Step {
    /// Runs the tool with these arguments (stdin from `input`); stdout, stderr and the exit
    /// code must be the same for both tools.
    Run {
        args: Vec<String>,
        input: Option<String>,
    },
    /// Runs the tool but compares only the exit code (output that holds IPs, ages, random
    /// names).
    Quiet { args: Vec<String> },
    /// Writes a file into the run's working directory (mode 0755 when `executable`).
    File {
        path: String,
        text: String,
        executable: bool,
    },
    /// Runs kubectl 1.32 (for both runs) until its stdout satisfies `until`: waits on the
    /// cluster, not on the tool under test.
    WaitFor {
        args: Vec<String>,
        until: fn(&str) -> bool,
    },
    /// Runs the tool and saves its stdout into a file after `transform`.
    Capture {
        args: Vec<String>,
        path: String,
        transform: fn(&str) -> String,
    },
}

fn words(line: &str) -> Vec<String> {
    line.split_whitespace().map(str::to_string).collect()
}

/// `kubectl <line>` split on whitespace, output compared.
pub fn run(line: &str) -> Step {
    Step::Run {
        args: words(line),
        input: None,
    }
}

/// `kubectl <args>` with arguments given one by one (for values holding spaces).
pub fn run_args(args: &[&str]) -> Step {
    Step::Run {
        args: args.iter().map(|s| s.to_string()).collect(),
        input: None,
    }
}

/// `kubectl <line> <<EOF … EOF`.
pub fn stdin(line: &str, input: &str) -> Step {
    Step::Run {
        args: words(line),
        input: Some(input.to_string()),
    }
}

pub fn quiet(line: &str) -> Step {
    Step::Quiet { args: words(line) }
}

pub fn file(path: &str, text: &str) -> Step {
    Step::File {
        path: path.to_string(),
        text: text.to_string(),
        executable: false,
    }
}

pub fn script(path: &str, text: &str) -> Step {
    Step::File {
        path: path.to_string(),
        text: text.to_string(),
        executable: true,
    }
}

pub fn wait_for(line: &str, until: fn(&str) -> bool) -> Step {
    Step::WaitFor {
        args: words(line),
        until,
    }
}

/// [`wait_for`] with arguments given one by one (JSONPath holding spaces).
pub fn wait_for_args(args: &[&str], until: fn(&str) -> bool) -> Step {
    Step::WaitFor {
        args: args.iter().map(|s| s.to_string()).collect(),
        until,
    }
}

pub fn capture(line: &str, path: &str, transform: fn(&str) -> String) -> Step {
    Step::Capture {
        args: words(line),
        path: path.to_string(),
        transform,
    }
}

/// What one run of a workflow produced.
struct RunResult {
    /// Per compared step: the command and its (stdout, stderr, exit code).
    outputs: Vec<(String, String, String, i32)>,
    objects: Value,
}

/// A workflow: its steps and the kinds whose final objects are compared.
pub struct Workflow {
    pub name: &'static str,
    pub steps: Vec<Step>,
    /// Resource types compared at the end (`kubectl get <kinds> -A -o json`).
    pub kinds: &'static str,
}

/// Runs the workflow with both tools and panics with every difference.
pub fn check(workflow: Workflow) {
    let Some(kubectl) = crate::support::kubectl() else {
        eprintln!("kubectl.1.32 not found, skipping {}", workflow.name);
        return;
    };
    let expected = run_with(&workflow, &kubectl);
    let actual = run_with(&workflow, &kctl());
    let (Some(expected), Some(actual)) = (expected, actual) else {
        return;
    };
    let mut failures = Vec::new();
    for (e, a) in expected.outputs.iter().zip(&actual.outputs) {
        let e_err = e.2.replace("kubectl.1.32 ", "kctl ");
        if (&e.1, &e_err, e.3) != (&a.1, &a.2, a.3) {
            failures.push(format!(
                "== {}\nstdout:\n{}stderr:\n{}exit: kubectl {} kctl {}\n",
                e.0,
                diff(&e.1, &a.1),
                diff(&e_err, &a.2),
                e.3,
                a.3
            ));
        }
    }
    failures.extend(object_differences(&expected.objects, &actual.objects));
    assert!(
        failures.is_empty(),
        "workflow {} differs from kubectl 1.32:\n{}",
        workflow.name,
        failures.join("\n")
    );
}

/// Objects only one run has, and a diff of each object both have but differently.
fn object_differences(expected: &Value, actual: &Value) -> Vec<String> {
    let empty = serde_json::Map::new();
    let e = expected.as_object().unwrap_or(&empty);
    let a = actual.as_object().unwrap_or(&empty);
    let mut out = Vec::new();
    for (key, e_value) in e {
        match a.get(key) {
            None => out.push(format!("== {key}: left by kubectl, missing after kctl")),
            Some(a_value) if a_value != e_value => {
                let e_text = serde_json::to_string_pretty(e_value).unwrap_or_default();
                let a_text = serde_json::to_string_pretty(a_value).unwrap_or_default();
                out.push(format!("== {key} differs:\n{}", diff(&e_text, &a_text)));
            }
            Some(_) => {}
        }
    }
    for key in a.keys().filter(|k| !e.contains_key(*k)) {
        out.push(format!("== {key}: left by kctl, not by kubectl"));
    }
    out
}

fn run_with(workflow: &Workflow, tool: &Path) -> Option<RunResult> {
    let sandbox = Sandbox::start()?;
    let dir = tempfile::tempdir().expect("workdir");
    let env: Vec<(&str, OsString)> = vec![
        ("KUBECONFIG", sandbox.kubeconfig.clone().into()),
        ("HOME", sandbox.home.clone().into()),
        ("KUBE_EDITOR", dir.path().join("editor.sh").into()),
    ];
    let mut outputs = Vec::new();
    for step in &workflow.steps {
        match step {
            Step::Run { args, input } => {
                let (stdout, stderr, code) = exec(tool, args, input.as_deref(), dir.path(), &env);
                outputs.push((args.join(" "), stdout, stderr, code));
            }
            Step::Quiet { args } => {
                let (_, _, code) = exec(tool, args, None, dir.path(), &env);
                outputs.push((args.join(" "), String::new(), String::new(), code));
            }
            Step::File {
                path,
                text,
                executable,
            } => write_file(&dir.path().join(path), text, *executable),
            Step::WaitFor { args, until } => {
                let started = Instant::now();
                loop {
                    let (stdout, _, _) = exec(&sandbox.kubectl, args, None, dir.path(), &env);
                    if until(&stdout) {
                        break;
                    }
                    assert!(
                        started.elapsed() < DEADLINE,
                        "{}: timed out waiting on `{}`; last output:\n{stdout}",
                        workflow.name,
                        args.join(" ")
                    );
                    std::thread::sleep(Duration::from_millis(250));
                }
            }
            Step::Capture {
                args,
                path,
                transform,
            } => {
                let (stdout, _, _) = exec(tool, args, None, dir.path(), &env);
                write_file(&dir.path().join(path), &transform(&stdout), false);
            }
        }
    }
    let (listed, stderr, code) = exec(
        &sandbox.kubectl,
        &words(&format!("get {} -A -o json", workflow.kinds)),
        None,
        dir.path(),
        &env,
    );
    assert_eq!(code, 0, "listing final objects: {stderr}");
    let listed: Value = serde_json::from_str(&listed).expect("list JSON");
    Some(RunResult {
        outputs,
        objects: normalize_objects(&listed),
    })
}

fn write_file(path: &PathBuf, text: &str, executable: bool) {
    std::fs::write(path, text).expect("write workflow file");
    if executable {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
}

fn exec(
    tool: &Path,
    args: &[String],
    input: Option<&str>,
    dir: &Path,
    env: &[(&str, OsString)],
) -> (String, String, i32) {
    let mut cmd = Command::new(tool);
    cmd.args(args)
        .current_dir(dir)
        .env_clear()
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(path) = std::env::var_os("PATH") {
        cmd.env("PATH", path);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("tool runs");
    if let Some(text) = input {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(text.as_bytes()).expect("write stdin");
    }
    let out = child.wait_with_output().expect("tool output");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// The final objects keyed by `kind/namespace/name`, with what differs between any two runs on
/// a real cluster masked: identities, times, allocated addresses, generated names, status.
fn normalize_objects(list: &Value) -> Value {
    let mut objects = BTreeMap::new();
    for item in list["items"].as_array().into_iter().flatten() {
        let kind = item["kind"].as_str().unwrap_or_default();
        let namespace = item["metadata"]["namespace"].as_str().unwrap_or_default();
        let name = item["metadata"]["name"].as_str().unwrap_or_default();
        let name = if item["metadata"]["generateName"].is_string() || kind == "Pod" {
            // Generated suffixes differ run to run; keep the stem.
            generated_stem(name)
        } else {
            name.to_string()
        };
        let mut object = item.clone();
        normalize(&mut object, "");
        if kind == "ConfigMap" && name == "kube-root-ca.crt" {
            // Each sandbox has its own CA.
            object["data"] = Value::String("<ca>".into());
        }
        let key = format!("{kind}/{namespace}/{name}");
        // Several pods of one ReplicaSet share a stem: count them instead.
        let slot = objects.entry(key).or_insert_with(Vec::new);
        slot.push(object);
    }
    let mut out = serde_json::Map::new();
    for (key, mut list) in objects {
        list.sort_by_key(|v| v.to_string());
        out.insert(key, Value::Array(list));
    }
    Value::Object(out)
}

/// `web-5d4f8c7b9-x7k2p` → `web-5d4f8c7b9-*`; names without a generated tail stay.
fn generated_stem(name: &str) -> String {
    match name.rsplit_once('-') {
        Some((stem, tail))
            if tail.len() == 5 && tail.chars().all(|c| c.is_ascii_alphanumeric()) =>
        {
            format!("{stem}-*")
        }
        _ => name.to_string(),
    }
}

fn normalize(value: &mut Value, key: &str) {
    match value {
        Value::Object(map) => {
            for k in [
                "uid",
                "resourceVersion",
                "creationTimestamp",
                "deletionTimestamp",
                "status",
                "clusterIP",
                "clusterIPs",
                "nodePort",
                "volumeName",
                "nodeName",
                "time",
                "token",
            ] {
                if map.contains_key(k) {
                    map.insert(k.to_string(), Value::String(format!("<{k}>")));
                }
            }
            if let Some(Value::String(name)) = map.get_mut("name")
                && (key == "metadata" || key.is_empty())
            {
                *name = generated_stem(name);
            }
            if let Some(Value::String(name)) = map.get_mut("name")
                && key == "ownerReferences"
            {
                *name = generated_stem(name);
            }
            for (k, v) in map.iter_mut() {
                if k == "ownerReferences" {
                    for r in v.as_array_mut().into_iter().flatten() {
                        normalize(r, "ownerReferences");
                    }
                } else if k == "data" && key.is_empty() && map_is_token_secret(v) {
                    *v = Value::String("<token data>".into());
                } else {
                    normalize(v, k);
                }
            }
            if let Some(Value::Object(annotations)) = map.get_mut("annotations") {
                annotations.remove("kubectl.kubernetes.io/restartedAt");
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| normalize(v, key)),
        _ => {}
    }
}

/// Service-account token secrets hold random tokens.
fn map_is_token_secret(data: &Value) -> bool {
    data.get("token").is_some() && data.get("ca.crt").is_some()
}
