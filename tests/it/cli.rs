//! The command line itself — unknown verbs and flags, missing and malformed flag values,
//! global flags before and after the verb — compared with kubectl 1.32 byte for byte.

use crate::support::{Output, diff, kctl, kubectl_or_skip, normalize_klog, run_in};

const CASES: &[&[&str]] = &[
    &["gett"],
    &["confgi", "view"],
    &["foo"],
    &["ap"],
    &["c"],
    &["op"],
    &["config", "nonsense"],
    &["config", "view", "--bogus"],
    &["config", "view", "--bogus=1"],
    &["config", "view", "-z"],
    &["config", "view", "-zq"],
    &["config", "--kubeconfig"],
    &["--context"],
    &["-n"],
    &["config", "view", "-n"],
    &["--v=abc", "config", "view"],
    &["-v", "abc", "config", "view"],
    &["--insecure-skip-tls-verify=maybe", "config", "view"],
    &["config", "view", "--request-timeout=zz"],
    &["config", "view", "--raw=maybe"],
    &["--namespace=a", "config", "current-context"],
    &[
        "config",
        "current-context",
        "-s",
        "https://x",
        "--token",
        "t",
    ],
    &[
        "-v=8",
        "config",
        "get-contexts",
        "--as=x",
        "--as-group=a",
        "--as-group=b",
    ],
    &["version", "--client", "-o", "xml"],
    &["completion"],
    &["completion", "bash", "zsh"],
    &["completion", "tcsh"],
];

#[test]
fn command_line_errors_match_kubectl() {
    let Some(kubectl) = kubectl_or_skip("command_line_errors_match_kubectl") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("config");
    std::fs::write(&config, "apiVersion: v1\nkind: Config\ncurrent-context: c\ncontexts:\n- name: c\n  context: {cluster: k, user: u}\n").expect("write");
    let env = [
        ("HOME", dir.path().as_os_str().to_owned()),
        ("KUBECONFIG", config.as_os_str().to_owned()),
    ];
    let mut failures = Vec::new();
    for args in CASES {
        let normalized = |o: Output| Output {
            stderr: normalize_klog(&o.stderr),
            ..o
        };
        let e = normalized(run_in(&kubectl, args, dir.path(), &env));
        let a = normalized(run_in(&kctl(), args, dir.path(), &env));
        if e != a {
            failures.push(format!(
                "== {args:?}\nstdout:\n{}stderr:\n{}exit: kubectl {} kctl {}\n",
                diff(&e.stdout, &a.stdout),
                diff(&e.stderr, &a.stderr),
                e.code,
                a.code
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
