//! Parity of every `config` subcommand with kubectl 1.32: the same stdout, stderr and exit
//! code, and files on disk that parse to the same content afterwards.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::support::{Output, diff, kctl, kubectl_or_skip, parse_yaml, restore, run_in, snapshot};

/// How the kubeconfig files are found in a scenario.
#[derive(Debug, Clone, Copy)]
enum Files {
    /// `~/.kube/config` only.
    Home,
    /// `--kubeconfig=base.yaml`.
    Explicit,
    /// `KUBECONFIG=base.yaml:missing.yaml:sub/second.yaml`.
    List,
    /// `KUBECONFIG=missing.yaml:sub/second.yaml:base.yaml`.
    ListReversed,
    /// `KUBECONFIG=missing.yaml`: nothing exists yet.
    Nothing,
}

fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kubeconfig")
}

/// Lays out the fixture: base.yaml, sub/second.yaml, certs in both places, home config.
fn make_fixture(dir: &Path) {
    let src = fixture_dir();
    let base = std::fs::read(src.join("base.yaml")).expect("fixture");
    let second = std::fs::read(src.join("second.yaml")).expect("fixture");
    std::fs::write(dir.join("base.yaml"), &base).expect("write");
    std::fs::create_dir_all(dir.join("sub/certs")).expect("mkdir");
    std::fs::create_dir_all(dir.join("certs")).expect("mkdir");
    std::fs::create_dir_all(dir.join("home/.kube")).expect("mkdir");
    std::fs::write(dir.join("sub/second.yaml"), &second).expect("write");
    std::fs::write(dir.join("home/.kube/config"), &base).expect("write");
    for f in ["ca.crt", "client.crt", "client.key"] {
        let bytes = std::fs::read(src.join("certs").join(f)).expect("fixture");
        std::fs::write(dir.join("certs").join(f), &bytes).expect("write");
        std::fs::write(dir.join("sub/certs").join(f), &bytes).expect("write");
    }
    std::fs::write(dir.join("sub/token.txt"), b"file-token\n").expect("write");
}

fn env_for(files: Files, dir: &Path) -> Vec<(&'static str, OsString)> {
    let mut env = vec![("HOME", dir.join("home").into_os_string())];
    let list = |names: &[&str]| {
        let paths: Vec<PathBuf> = names.iter().map(|n| dir.join(n)).collect();
        std::env::join_paths(paths).expect("joinable")
    };
    match files {
        Files::Home | Files::Explicit => {}
        Files::List => env.push((
            "KUBECONFIG",
            list(&["base.yaml", "missing.yaml", "sub/second.yaml"]),
        )),
        Files::ListReversed => env.push((
            "KUBECONFIG",
            list(&["missing.yaml", "sub/second.yaml", "base.yaml"]),
        )),
        Files::Nothing => env.push(("KUBECONFIG", list(&["missing.yaml"]))),
    }
    env
}

struct Case {
    args: &'static [&'static str],
    /// kubectl prints its own help text to stdout for some usage errors; kctl's help differs.
    stderr_only: bool,
}

const fn case(args: &'static [&'static str]) -> Case {
    Case {
        args,
        stderr_only: false,
    }
}

const fn help_case(args: &'static [&'static str]) -> Case {
    Case {
        args,
        stderr_only: true,
    }
}

const CASES: &[Case] = &[
    // view
    case(&["config", "view"]),
    case(&["config", "view", "--raw"]),
    case(&["config", "view", "--minify"]),
    case(&["config", "view", "--minify", "--context=prod"]),
    case(&["config", "view", "--minify", "--raw", "--context", "exec"]),
    case(&["config", "view", "--minify", "--context=nope"]),
    case(&["config", "view", "--flatten"]),
    case(&["config", "view", "--flatten", "--minify", "--context=prod"]),
    case(&["config", "view", "-o", "json"]),
    case(&["config", "view", "--raw", "-ojson"]),
    case(&["config", "view", "-o", "name"]),
    case(&["config", "view", "-o", "yaml"]),
    case(&["config", "view", "-o", "jsonpath={.current-context}"]),
    case(&["config", "view", "-o", "jsonpath={.contexts[*].name}"]),
    case(&[
        "config",
        "view",
        "--raw",
        "-o",
        "jsonpath={range .users[*]}{.name}{\"\\t\"}{.user.token}{\"\\n\"}{end}",
    ]),
    case(&[
        "config",
        "view",
        "-o",
        "jsonpath={.clusters[?(@.name==\"prod-cluster\")].cluster.server}",
    ]),
    case(&["config", "view", "-o", "bogus"]),
    case(&["config", "view", "-o", "go-template={{.current-context}}"]),
    case(&[
        "config",
        "view",
        "-o",
        "go-template={{index . \"current-context\"}}|{{range .contexts}}{{.name}},{{end}}",
    ]),
    case(&["config", "view", "--template={{.kind}}"]),
    case(&["config", "view", "-o", "go-template={{.nope.deeper}}"]),
    case(&[
        "config",
        "view",
        "-o",
        "go-template={{.nope}}",
        "--allow-missing-template-keys=false",
    ]),
    case(&[
        "config",
        "view",
        "-o",
        "jsonpath={.nope}",
        "--allow-missing-template-keys=false",
    ]),
    case(&["config", "view", "-o", "jsonpath={.contexts[9]}"]),
    case(&["config", "view", "-o", "go-template={{.unclosed"]),
    case(&["config", "view", "-o", "jsonpath={.unclosed"]),
    case(&["config", "view", "-o", "go-template"]),
    case(&["config", "view", "--merge=false"]),
    case(&["config", "view", "extra", "args"]),
    case(&["config", "view", "--bogus"]),
    // reading contexts
    case(&["config", "get-contexts"]),
    case(&["config", "get-contexts", "-o", "name"]),
    case(&["config", "get-contexts", "--no-headers"]),
    case(&["config", "get-contexts", "prod", "dev"]),
    case(&["config", "get-contexts", "prod", "missing", "other"]),
    case(&["config", "get-contexts", "-o", "wide"]),
    case(&["config", "current-context"]),
    case(&["config", "get-users"]),
    case(&["--context=prod", "config", "current-context"]),
    // use-context
    case(&["config", "use-context", "prod"]),
    case(&["config", "use", "exec"]),
    case(&["config", "use-context", "nope"]),
    help_case(&["config", "use-context"]),
    help_case(&["config", "use-context", "a", "b"]),
    // set-context
    case(&[
        "config",
        "set-context",
        "new",
        "--cluster=dev-cluster",
        "--user=basic",
        "--namespace=ns1",
    ]),
    case(&["config", "set-context", "new", "-n", "ns1"]),
    case(&["config", "set-context", "dev", "--namespace=changed"]),
    case(&["config", "set-context", "--current", "--namespace=cur"]),
    case(&["config", "set-context", "staging", "--user="]),
    case(&["config", "set-context"]),
    case(&["config", "set-context", "x", "--current"]),
    help_case(&["config", "set-context", "a", "b"]),
    // set-cluster
    case(&[
        "config",
        "set-cluster",
        "new-cluster",
        "--server=https://new.example.com",
    ]),
    case(&[
        "config",
        "set-cluster",
        "dev-cluster",
        "--insecure-skip-tls-verify=true",
    ]),
    case(&[
        "config",
        "set-cluster",
        "prod-cluster",
        "--server=https://moved",
        "--proxy-url=socks5://p:1080",
    ]),
    case(&[
        "config",
        "set-cluster",
        "c-ca",
        "--server=https://x",
        "--certificate-authority=certs/ca.crt",
    ]),
    case(&[
        "config",
        "set-cluster",
        "c-embed",
        "--certificate-authority=certs/ca.crt",
        "--embed-certs",
    ]),
    case(&["config", "set-cluster", "c-embed", "--embed-certs"]),
    case(&[
        "config",
        "set-cluster",
        "c-embed",
        "--certificate-authority=nope.crt",
        "--embed-certs=true",
    ]),
    case(&[
        "config",
        "set-cluster",
        "c",
        "--certificate-authority=certs/ca.crt",
        "--insecure-skip-tls-verify",
    ]),
    case(&[
        "config",
        "set-cluster",
        "shared",
        "--tls-server-name=api.internal",
    ]),
    help_case(&["config", "set-cluster"]),
    // set-credentials
    case(&["config", "set-credentials", "new-user", "--token=abc"]),
    case(&[
        "config",
        "set-credentials",
        "basic",
        "--token=replaces-basic",
    ]),
    case(&[
        "config",
        "set-credentials",
        "dev-token",
        "--username=u",
        "--password=p",
    ]),
    case(&[
        "config",
        "set-credentials",
        "x",
        "--token=a",
        "--username=u",
    ]),
    case(&[
        "config",
        "set-credentials",
        "certs",
        "--client-certificate=certs/client.crt",
        "--client-key=certs/client.key",
    ]),
    case(&[
        "config",
        "set-credentials",
        "embedded",
        "--client-certificate=certs/client.crt",
        "--client-key=certs/client.key",
        "--embed-certs",
    ]),
    case(&["config", "set-credentials", "embedded", "--embed-certs"]),
    case(&[
        "config",
        "set-credentials",
        "ex",
        "--exec-command=kubectl-login",
        "--exec-api-version=client.authentication.k8s.io/v1",
        "--exec-arg=a1,a2",
        "--exec-env=K=V",
    ]),
    case(&[
        "config",
        "set-credentials",
        "exec-user",
        "--exec-env=PROFILE-",
        "--exec-interactive-mode=Never",
    ]),
    case(&[
        "config",
        "set-credentials",
        "exec-user",
        "--exec-interactive-mode=Sometimes",
    ]),
    case(&[
        "config",
        "set-credentials",
        "exec-user",
        "--exec-command=other",
    ]),
    case(&[
        "config",
        "set-credentials",
        "oidc",
        "--auth-provider=oidc",
        "--auth-provider-arg=client-id=kctl",
        "--auth-provider-arg=idp-issuer-url=https://issuer",
    ]),
    help_case(&["config", "set-credentials"]),
    // delete and rename
    case(&["config", "delete-context", "prod"]),
    case(&["config", "delete-context", "dev"]),
    case(&["config", "delete-context", "nope"]),
    case(&["config", "delete-cluster", "prod-cluster"]),
    case(&["config", "delete-cluster", "nope"]),
    case(&["config", "delete-user", "basic"]),
    case(&["config", "delete-user", "nope"]),
    case(&["config", "delete-user"]),
    case(&["config", "rename-context", "dev", "development"]),
    case(&["config", "rename-context", "prod", "dev"]),
    case(&["config", "rename-context", "nope", "x"]),
    help_case(&["config", "rename-context", "dev"]),
    // set / unset
    case(&["config", "set", "current-context", "prod"]),
    case(&[
        "config",
        "set",
        "clusters.dev-cluster.server",
        "https://set.example.com",
    ]),
    case(&["config", "set", "clusters.new.one.server", "https://dotted"]),
    case(&[
        "config",
        "set",
        "clusters.dev-cluster.insecure-skip-tls-verify",
        "true",
    ]),
    case(&[
        "config",
        "set",
        "clusters.dev-cluster.insecure-skip-tls-verify",
        "maybe",
    ]),
    case(&[
        "config",
        "set",
        "clusters.dev-cluster.certificate-authority-data",
        "Zm9vYmFy",
    ]),
    case(&[
        "config",
        "set",
        "clusters.dev-cluster.certificate-authority-data",
        "not base64!",
    ]),
    case(&[
        "config",
        "set",
        "clusters.dev-cluster.certificate-authority-data",
        "raw",
        "--set-raw-bytes",
    ]),
    case(&["config", "set", "contexts.brand-new.namespace", "fresh"]),
    case(&["config", "set", "users.dev-token.token", "rotated"]),
    case(&["config", "set", "preferences.colors", "true"]),
    case(&["config", "set", "current-context", ""]),
    case(&["config", "unset", "users.dev-token.token"]),
    case(&["config", "unset", "contexts.prod"]),
    case(&["config", "unset", "current-context"]),
    case(&["config", "unset", "clusters.nope.server"]),
    help_case(&["config", "set", "current-context"]),
    // the command tree
    case(&["config", "nonsense"]),
    case(&["config", "view", "-z"]),
    case(&["--kubeconfig"]),
];

#[test]
fn config_subcommands_match_kubectl() {
    let Some(kubectl) = kubectl_or_skip("config_subcommands_match_kubectl") else {
        return;
    };
    let mut failures = Vec::new();
    let mut compared = 0;
    for files in [
        Files::Home,
        Files::Explicit,
        Files::List,
        Files::ListReversed,
        Files::Nothing,
    ] {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path();
        make_fixture(dir);
        let env = env_for(files, dir);
        let pristine = snapshot(dir);
        for case in CASES {
            let mut args: Vec<&str> = Vec::new();
            if matches!(files, Files::Explicit) {
                args.push("--kubeconfig=base.yaml");
            }
            args.extend_from_slice(case.args);

            restore(dir, &pristine);
            let expected = run_in(&kubectl, &args, dir, &env);
            let expected_files = snapshot(dir);
            restore(dir, &pristine);
            let actual = run_in(&kctl(), &args, dir, &env);
            let actual_files = snapshot(dir);
            compared += 1;

            let label = format!("{files:?} `{}`", args.join(" "));
            compare_output(&label, &expected, &actual, case.stderr_only, &mut failures);
            compare_files(&label, &expected_files, &actual_files, &mut failures);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {compared} config cases differ from kubectl 1.32:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn compare_output(
    label: &str,
    e: &Output,
    a: &Output,
    stderr_only: bool,
    failures: &mut Vec<String>,
) {
    let mut problems = String::new();
    if !stderr_only && e.stdout != a.stdout {
        problems.push_str(&format!("stdout:\n{}", diff(&e.stdout, &a.stdout)));
    }
    if e.stderr != a.stderr {
        problems.push_str(&format!("stderr:\n{}", diff(&e.stderr, &a.stderr)));
    }
    if e.code != a.code {
        problems.push_str(&format!("exit code: kubectl {} kctl {}\n", e.code, a.code));
    }
    if !problems.is_empty() {
        failures.push(format!("== {label}\n{problems}"));
    }
}

fn compare_files(
    label: &str,
    expected: &std::collections::BTreeMap<PathBuf, Vec<u8>>,
    actual: &std::collections::BTreeMap<PathBuf, Vec<u8>>,
    failures: &mut Vec<String>,
) {
    let names: std::collections::BTreeSet<&PathBuf> =
        expected.keys().chain(actual.keys()).collect();
    for name in names {
        let e = expected.get(name).map(|b| parse_yaml(b));
        let a = actual.get(name).map(|b| parse_yaml(b));
        if e != a {
            let show = |v: &Option<serde_json::Value>| match v {
                Some(v) => serde_json::to_string_pretty(v).unwrap_or_default(),
                None => "(absent)".to_string(),
            };
            failures.push(format!(
                "== {label}: file {} differs after the command:\n{}",
                name.display(),
                diff(&show(&e), &show(&a))
            ));
        }
    }
}
