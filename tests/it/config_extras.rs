//! What kctl adds to kubectl's `config` without changing its bytes: unknown fields survive a
//! write, file modes are kept, `KCTL_CONTEXT` pins a context per shell, and `use-context`
//! offers a picker on a terminal.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::support::{kctl, parse_yaml, run_in};

const WITH_UNKNOWN_FIELDS: &str = "apiVersion: v1
kind: Config
current-context: a
x-top-level: keep-me
preferences:
  extensions:
  - name: pref-ext
    extension: {color: blue}
clusters:
- name: k
  cluster:
    server: https://k
    x-cluster-field: 42
    extensions:
    - name: client.authentication.k8s.io/exec
      extension: {audience: kctl}
contexts:
- name: a
  context: {cluster: k, user: u, x-context-field: [1, 2]}
- name: b
  context: {cluster: k, user: u}
users:
- name: u
  user: {token: t, x-user-field: {nested: true}}
";

fn env(dir: &Path) -> Vec<(&'static str, std::ffi::OsString)> {
    vec![
        ("HOME", dir.as_os_str().to_owned()),
        ("KUBECONFIG", dir.join("config").into_os_string()),
    ]
}

#[test]
fn unknown_fields_and_extensions_survive_writes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config");
    std::fs::write(&path, WITH_UNKNOWN_FIELDS).expect("write");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    for args in [
        &["config", "use-context", "b"][..],
        &["config", "set-context", "b", "--namespace=n"],
        &["config", "set-cluster", "k", "--tls-server-name=k.internal"],
        &["config", "set-credentials", "u", "--token=t2"],
    ] {
        let out = run_in(&kctl(), args, dir.path(), &env(dir.path()));
        assert_eq!(out.code, 0, "{args:?}: {out:?}");
    }
    let v = parse_yaml(&std::fs::read(&path).expect("read"));
    assert_eq!(v["x-top-level"], "keep-me");
    assert_eq!(v["current-context"], "b");
    assert_eq!(
        v["preferences"]["extensions"][0]["extension"]["color"],
        "blue"
    );
    assert_eq!(v["clusters"][0]["cluster"]["x-cluster-field"], 42);
    assert_eq!(v["clusters"][0]["cluster"]["tls-server-name"], "k.internal");
    assert_eq!(
        v["clusters"][0]["cluster"]["extensions"][0]["extension"]["audience"],
        "kctl"
    );
    assert_eq!(
        v["contexts"][0]["context"]["x-context-field"],
        serde_json::json!([1, 2])
    );
    assert_eq!(v["contexts"][1]["context"]["namespace"], "n");
    assert_eq!(v["users"][0]["user"]["x-user-field"]["nested"], true);
    assert_eq!(v["users"][0]["user"]["token"], "t2");
    let mode = std::fs::metadata(&path).expect("stat").permissions().mode() & 0o777;
    assert_eq!(mode, 0o640, "the file's mode is kept");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("ls")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn new_files_are_private() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = run_in(
        &kctl(),
        &["config", "set-context", "x"],
        dir.path(),
        &env(dir.path()),
    );
    assert_eq!(out.code, 0, "{out:?}");
    let mode = std::fs::metadata(dir.path().join("config"))
        .expect("created")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn kctl_context_pins_a_context_for_one_shell() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config");
    std::fs::write(&path, WITH_UNKNOWN_FIELDS).expect("write");
    let mut shell = env(dir.path());
    shell.push(("KCTL_CONTEXT", "b".into()));

    let current = run_in(&kctl(), &["config", "current-context"], dir.path(), &shell);
    assert_eq!(current.stdout, "b\n");
    let table = run_in(
        &kctl(),
        &["config", "get-contexts", "--no-headers"],
        dir.path(),
        &shell,
    );
    let starred: Vec<&str> = table
        .stdout
        .lines()
        .filter(|l| l.starts_with('*'))
        .collect();
    assert_eq!(starred.len(), 1, "{}", table.stdout);
    assert!(starred[0].contains(" b "), "{}", table.stdout);
    let minified = run_in(
        &kctl(),
        &[
            "config",
            "view",
            "--minify",
            "-o",
            "jsonpath={.contexts[*].name}",
        ],
        dir.path(),
        &shell,
    );
    assert_eq!(minified.stdout, "b");
    let modified = run_in(
        &kctl(),
        &["config", "set-context", "--current", "--namespace=pinned"],
        dir.path(),
        &shell,
    );
    assert_eq!(modified.stdout, "Context \"b\" modified.\n");

    // The shared file still names the old context, so other shells are unaffected.
    let v = parse_yaml(&std::fs::read(&path).expect("read"));
    assert_eq!(v["current-context"], "a");
    let elsewhere = run_in(
        &kctl(),
        &["config", "current-context"],
        dir.path(),
        &env(dir.path()),
    );
    assert_eq!(elsewhere.stdout, "a\n");
}

#[test]
fn use_context_without_a_name_off_a_terminal_says_what_to_do() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("config"), WITH_UNKNOWN_FIELDS).expect("write");
    let out = run_in(
        &kctl(),
        &["config", "use-context"],
        dir.path(),
        &env(dir.path()),
    );
    assert_eq!(out.code, 1);
    assert_eq!(out.stderr, "error: Unexpected args: []\n");
    assert!(
        out.stdout.contains("kctl config use-context CONTEXT_NAME"),
        "{}",
        out.stdout
    );
}

/// Polls `check` until it holds or a generous deadline passes.
fn wait_for(what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn use_context_offers_a_picker_on_a_terminal() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("tmux not found; skipping use_context_offers_a_picker_on_a_terminal");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("config");
    std::fs::write(&path, WITH_UNKNOWN_FIELDS).expect("write");
    let socket = dir.path().join("tmux.sock");
    let tmux = |args: &[&str]| {
        Command::new("tmux")
            .arg("-S")
            .arg(&socket)
            .args(args)
            .output()
            .expect("tmux runs")
    };
    let script = format!(
        "HOME={home} KUBECONFIG={cfg} {kctl} config use-context; echo EXIT=$?; sleep 600",
        home = dir.path().display(),
        cfg = path.display(),
        kctl = kctl().display()
    );
    let started = tmux(&["new-session", "-d", "-x", "100", "-y", "20", &script]);
    assert!(started.status.success(), "{started:?}");
    // Stop the tmux server even when an assertion below fails.
    struct KillServer<'a>(&'a Path);
    impl Drop for KillServer<'_> {
        fn drop(&mut self) {
            let _ = Command::new("tmux")
                .arg("-S")
                .arg(self.0)
                .arg("kill-server")
                .output();
        }
    }
    let _guard = KillServer(&socket);
    let screen = || String::from_utf8_lossy(&tmux(&["capture-pane", "-p"]).stdout).into_owned();
    wait_for("the picker", || screen().contains("Switch to context"));
    // The current context `a` is preselected; one step down is `b`.
    tmux(&["send-keys", "Down"]);
    tmux(&["send-keys", "Enter"]);
    wait_for("the switch", || screen().contains("EXIT="));
    let text = screen();
    assert!(text.contains("Switched to context \"b\"."), "{text}");
    assert!(text.contains("EXIT=0"), "{text}");
    assert_eq!(
        parse_yaml(&std::fs::read(&path).expect("read"))["current-context"],
        "b"
    );
}
