//! Parity test: `kctl::output::yaml` against real `kubectl.1.32 … -o yaml` on fixture objects.
//!
//! Each fixture (tests/fixtures/yaml/*.json, plus a few objects built here) is printed by
//! `kubectl.1.32 annotate --local -f FILE kctl-test=1 --show-managed-fields -o yaml`, which prints the object
//! unchanged except for the added annotation; kctl renders the same object with that annotation
//! added and the bytes must be equal. Skips (with a message) when kubectl.1.32 is missing.

use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::Command;

const ANNOTATION: &str = "kctl-test";

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/yaml")
}

/// The object kubectl prints: the fixture plus `metadata.annotations.kctl-test: "1"`.
fn annotated(mut value: Value) -> Value {
    value["metadata"]["annotations"][ANNOTATION] = json!("1");
    value
}

/// What kubectl prints for the object in `path`, or an error text.
fn kubectl_yaml(kubectl: &Path, path: &Path) -> Result<String, String> {
    let out = Command::new(kubectl)
        .arg("annotate")
        .arg("--local")
        .arg("-f")
        .arg(path)
        .arg(format!("{ANNOTATION}=1"))
        .args(["--show-managed-fields", "-o", "yaml"])
        .output()
        .map_err(|e| format!("cannot run {}: {e}", kubectl.display()))?;
    if !out.status.success() {
        return Err(format!(
            "kubectl failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("kubectl wrote non-UTF-8: {e}"))
}

/// A readable report of the first differing line, with a little context and both full texts.
fn diff(name: &str, kubectl: &str, kctl: &str) -> String {
    let k: Vec<&str> = kubectl.split_inclusive('\n').collect();
    let o: Vec<&str> = kctl.split_inclusive('\n').collect();
    let first = k.iter().zip(&o).take_while(|(a, b)| a == b).count();
    let from = first.saturating_sub(3);
    let mut s = format!("{name}: first difference at line {}\n", first + 1);
    for (i, line) in k.iter().enumerate().take(first).skip(from) {
        s.push_str(&format!("   {:>4} | {line:?}\n", i + 1));
    }
    s.push_str(&format!("  - kubectl | {:?}\n", k.get(first)));
    s.push_str(&format!("  + kctl    | {:?}\n", o.get(first)));
    s.push_str(&format!(
        "  (kubectl {} lines, kctl {} lines)\n",
        k.len(),
        o.len()
    ));
    s
}

/// Objects built in code: many tricky values in one big ConfigMap, and deep nesting.
fn generated_objects() -> Vec<(String, Value)> {
    let tricky = [
        "",
        " ",
        "yes",
        "No",
        "on",
        "~",
        "null",
        "0x1F",
        "0755",
        "1_000",
        "1:20",
        ".5",
        "1e3",
        "-",
        "a: b",
        "# c",
        "x #y",
        "it's",
        "\"q\"",
        "a\tb",
        "a\nb",
        "a\nb\n",
        "a\n\n",
        " lead",
        "trail ",
        "é",
        "😀",
        "\u{2028}",
        "\u{85}",
        "2024-01-02",
        "2024-01-02T03:04:05Z",
        "[x]",
        "{y}",
        "&a",
        "*a",
        "!t",
        "|",
        ">",
        "%",
        "@",
        "`",
    ];
    let long = "lorem ipsum dolor sit amet ".repeat(8);
    let mut data = serde_json::Map::new();
    for (i, t) in tricky.iter().enumerate() {
        data.insert(format!("v{i}"), json!(t));
        data.insert(format!("long{i}"), json!(format!("{t} {long}{t}")));
    }
    let big = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "generated"}, "data": data});

    let mut deep = json!(long.trim());
    for depth in 0..12 {
        deep = if depth % 2 == 0 {
            json!([deep, depth])
        } else {
            json!({ format!("level{depth}"): deep })
        };
    }
    let nested = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "nested"}, "data": {"deep": deep}});
    vec![
        ("generated-tricky".to_string(), big),
        ("generated-nested".to_string(), nested),
    ]
}

#[test]
fn yaml_output_matches_kubectl() {
    let Some(kubectl) = crate::support::kubectl() else {
        eprintln!("kubectl.1.32 not found, skipping");
        return;
    };
    let mut cases: Vec<(String, PathBuf, Value)> = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .expect("tests/fixtures/yaml exists")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).expect("fixture readable");
        let value: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path
            .file_name()
            .expect("file name")
            .to_string_lossy()
            .into_owned();
        cases.push((name, path, value));
    }
    assert!(
        cases.len() >= 40,
        "expected at least 40 fixtures, found {}",
        cases.len()
    );

    let tmp = tempfile::tempdir().expect("temp dir");
    for (name, value) in generated_objects() {
        let path = tmp.path().join(format!("{name}.json"));
        std::fs::write(&path, serde_json::to_vec(&value).expect("serialize"))
            .expect("write temp fixture");
        cases.push((name, path, value));
    }

    // kubectl takes ~0.1 s per run: spread the runs over a few threads.
    let workers = 4;
    let chunk = cases.len().div_ceil(workers);
    let failures: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = cases
            .chunks(chunk)
            .map(|part| {
                let kubectl = &kubectl;
                s.spawn(move || {
                    let mut failures = Vec::new();
                    for (name, path, value) in part {
                        let want = match kubectl_yaml(kubectl, path) {
                            Ok(w) => w,
                            Err(e) => {
                                failures.push(format!("{name}: {e}"));
                                continue;
                            }
                        };
                        let got = kctl::output::yaml::to_string(&annotated(value.clone()));
                        if got != want {
                            failures.push(diff(name, &want, &got));
                        }
                    }
                    failures
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("worker panicked"))
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} of {} objects differ from kubectl:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
