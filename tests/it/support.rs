//! Shared test helpers: finding kubectl 1.32, running a binary in a scratch directory, and
//! comparing outputs with a readable diff.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The kubectl 1.32 binary: `$KCTL_KUBECTL`, else `kubectl.1.32` beside the real target of the
/// `kubectl` on PATH (which is a dispatcher that contacts servers first).
pub fn kubectl() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("KCTL_KUBECTL") {
        let p = PathBuf::from(p);
        return p.is_file().then_some(p);
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        let candidate = dir.join("kubectl");
        if let Ok(real) = std::fs::canonicalize(&candidate) {
            let versioned = real.parent()?.join("kubectl.1.32");
            if versioned.is_file() {
                return Some(versioned);
            }
        }
    }
    None
}

/// Returns kubectl 1.32 or says clearly why the test is skipped.
pub fn kubectl_or_skip(test: &str) -> Option<PathBuf> {
    let k = kubectl();
    if k.is_none() {
        eprintln!("kubectl.1.32 not found (set KCTL_KUBECTL); skipping {test}");
    }
    k
}

pub fn kctl() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_kctl"))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

/// Runs `bin args` in `dir` with exactly `env` (plus PATH), stdin closed.
pub fn run_in(bin: &Path, args: &[&str], dir: &Path, env: &[(&str, OsString)]) -> Output {
    let mut cmd = Command::new(bin);
    cmd.args(args)
        .current_dir(dir)
        .env_clear()
        .stdin(Stdio::null());
    if let Some(path) = std::env::var_os("PATH") {
        cmd.env("PATH", path);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("binary runs");
    Output {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
    }
}

/// A line diff good enough to see what differs.
pub fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    for i in 0..e.len().max(a.len()) {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => out.push_str(&format!("  {x}\n")),
            (x, y) => {
                if let Some(x) = x {
                    out.push_str(&format!("- {x}\n"));
                }
                if let Some(y) = y {
                    out.push_str(&format!("+ {y}\n"));
                }
            }
        }
    }
    if expected.ends_with('\n') != actual.ends_with('\n') {
        out.push_str("(trailing newline differs)\n");
    }
    out
}

/// Every regular file under `dir`, relative path → bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                files.insert(p.strip_prefix(dir).unwrap_or(&p).to_path_buf(), bytes);
            }
        }
    }
    files
}

/// Makes `dir` hold exactly `files`.
pub fn restore(dir: &Path, files: &BTreeMap<PathBuf, Vec<u8>>) {
    for rel in snapshot(dir).keys() {
        if !files.contains_key(rel) {
            let _ = std::fs::remove_file(dir.join(rel));
        }
    }
    for (rel, bytes) in files {
        let p = dir.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, bytes).expect("write fixture");
    }
}

/// Parses YAML (or JSON) text to a value, for comparing files by content.
pub fn parse_yaml(text: &[u8]) -> serde_json::Value {
    let s = String::from_utf8_lossy(text);
    if s.trim().is_empty() {
        return serde_json::Value::Null;
    }
    serde_saphyr::from_str(&s)
        .unwrap_or_else(|e| serde_json::Value::String(format!("unparsable: {e}")))
}

/// Replaces klog's clock and pid (`I1123 15:42:56.218274   18566 `) so log lines compare.
pub fn normalize_klog(text: &str) -> String {
    text.lines()
        .map(|line| {
            let b = line.as_bytes();
            let looks_like_klog = b.len() > 22
                && matches!(b[0], b'I' | b'W' | b'E')
                && b[1..5].iter().all(u8::is_ascii_digit)
                && b[5] == b' '
                && b[8] == b':'
                && b[14] == b'.';
            if !looks_like_klog {
                return format!("{line}\n");
            }
            let rest = line[21..].trim_start();
            let after_pid = rest.trim_start_matches(|c: char| c.is_ascii_digit());
            format!("{}<time> <pid>{after_pid}\n", &line[..1])
        })
        .collect()
}

/// Runs every case with kubectl and kctl in `dir` and describes each difference in stdout,
/// stderr or exit code. `stabilize` retries a case up to three times: ages printed by the
/// server can tick between the two runs, while a real difference repeats.
pub fn parity_failures(
    kubectl: &Path,
    cases: &[&[&str]],
    dir: &Path,
    env: &[(&str, OsString)],
    stabilize: bool,
) -> Vec<String> {
    let attempts = if stabilize { 3 } else { 1 };
    let mut failures = Vec::new();
    for args in cases {
        let mut last: Option<(Output, Output)> = None;
        for _ in 0..attempts {
            let e = run_in(kubectl, args, dir, env);
            let a = run_in(&kctl(), args, dir, env);
            // kubectl names itself by its executable in a few messages.
            let e = Output {
                stderr: e.stderr.replace("kubectl.1.32 ", "kctl "),
                ..e
            };
            if e == a {
                last = None;
                break;
            }
            last = Some((e, a));
        }
        if let Some((e, a)) = last {
            failures.push(format!(
                "== {args:?}\nstdout:\n{}stderr:\n{}exit: kubectl {} kctl {}\n",
                diff(&e.stdout, &a.stdout),
                diff(&e.stderr, &a.stderr),
                e.code,
                a.code
            ));
        }
    }
    failures
}

/// How long a test waits on a condition: generous, for debug builds on a loaded 2-core machine.
pub const DEADLINE: std::time::Duration = std::time::Duration::from_secs(180);

/// Polls `check` until it gives a value, panicking with `what` after [`DEADLINE`].
pub fn wait_until<T>(what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    let started = std::time::Instant::now();
    loop {
        if let Some(v) = check() {
            return v;
        }
        assert!(started.elapsed() < DEADLINE, "timed out waiting for {what}");
        std::thread::sleep(std::time::Duration::from_millis(250));
    }
}
