//! `kctl auth can-i` and `kctl auth whoami` beside kubectl 1.32 on one sandbox: stdout, stderr
//! and exit code compared byte for byte, for the admin and for impersonated users with roles.

use std::process::{Command, Stdio};

use crate::support::{diff, kctl};
use crate::support_sandbox::Sandbox;

fn run(bin: &std::path::Path, sb: &Sandbox, args: &[&str]) -> (String, String, i32) {
    let out = Command::new(bin)
        .args(args)
        .env("KUBECONFIG", &sb.kubeconfig)
        .env("HOME", &sb.home)
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn auth_matches_kubectl() {
    let Some(sb) = Sandbox::start_without_controllers() else {
        return;
    };
    for args in [
        &[
            "create",
            "role",
            "r1",
            "--verb=get,list",
            "--resource=pods,deployments.apps",
            "--resource-name=a",
            "--resource-name=b",
        ][..],
        &["create", "rolebinding", "rb1", "--role=r1", "--user=carol"],
        &[
            "create",
            "role",
            "r2",
            "--verb=get,watch",
            "--resource=pods,secrets,pods/log",
        ],
        &["create", "rolebinding", "rb2", "--role=r2", "--user=carol"],
        &[
            "create",
            "clusterrolebinding",
            "cv",
            "--clusterrole=view",
            "--group=viewers",
        ],
    ] {
        sb.ok(args, None);
    }
    let cases: &[&[&str]] = &[
        &["auth"],
        &["auth", "foo"],
        &["auth", "whoami"],
        &["auth", "whoami", "-o", "yaml"],
        &["auth", "whoami", "-o", "json"],
        &[
            "auth",
            "whoami",
            "--as",
            "bob",
            "--as-group",
            "devs",
            "--as-group",
            "x",
            "-o",
            "json",
        ],
        &["auth", "whoami", "--as", "bob", "--as-uid", "u1"],
        &["auth", "whoami", "-o", "name"],
        &[
            "auth",
            "whoami",
            "-o",
            "jsonpath={.status.userInfo.username}",
        ],
        &["auth", "whoami", "-o", "wide"],
        &["auth", "can-i", "get", "pods"],
        &["auth", "can-i", "get", "pods", "--as", "bob"],
        &["auth", "can-i", "get", "pods", "--as", "bob", "-q"],
        &["auth", "can-i", "get", "pods", "-q"],
        &["auth", "can-i", "get", "foos"],
        &["auth", "can-i", "get", "foos.example.com"],
        &["auth", "can-i", "get", "all"],
        &["auth", "can-i", "get", "Pods"],
        &["auth", "can-i", "get", "deployments.v1.apps"],
        &["auth", "can-i", "frob", "pods"],
        &["auth", "can-i", "frob", "pods", "-A"],
        &["auth", "can-i", "get", "nodes"],
        &["auth", "can-i", "get", "nodes", "-A"],
        &[
            "auth",
            "can-i",
            "get",
            "clusterroles.rbac.authorization.k8s.io",
        ],
        &["auth", "can-i", "list", "users"],
        &["auth", "can-i", "impersonate", "users/x", "--as", "carol"],
        &["auth", "can-i", "get", "/logs"],
        &["auth", "can-i", "frob", "/logs"],
        &["auth", "can-i", "get", "/version", "--as", "bob"],
        &["auth", "can-i", "get", "/logs", "--subresource=x"],
        &["auth", "can-i", "get"],
        &["auth", "can-i", "get", "pods", "x"],
        &["auth", "can-i", "--list", "x"],
        &["auth", "can-i", "--list", "-q"],
        &["auth", "can-i", "--list", "-A"],
        &["auth", "can-i", "--list", "--subresource=log"],
        &["auth", "can-i", "get", "pods", "--no-headers"],
        &["auth", "can-i", "*", "*"],
        &[
            "auth",
            "can-i",
            "create",
            "deployments.apps/x",
            "--subresource=scale",
            "-n",
            "kube-system",
        ],
        &["auth", "can-i", "get", "pods/a", "--as", "carol"],
        &["auth", "can-i", "get", "pods/zz", "--as", "carol"],
        &["auth", "can-i", "list", "pods/zz", "--as", "carol"],
        &["auth", "can-i", "list", "deploy/a", "--as", "carol"],
        &[
            "auth",
            "can-i",
            "get",
            "pods",
            "--subresource=log",
            "--as",
            "carol",
        ],
        &[
            "auth", "can-i", "get", "pods", "--as", "carol", "-n", "other",
        ],
        &[
            "auth",
            "can-i",
            "list",
            "secrets",
            "--as",
            "dave",
            "--as-group",
            "viewers",
        ],
        &[
            "auth",
            "can-i",
            "list",
            "pods",
            "--as",
            "dave",
            "--as-group",
            "viewers",
            "-A",
        ],
        &["auth", "can-i", "--list"],
        &["auth", "can-i", "--list", "--as", "bob"],
        &["auth", "can-i", "--list", "--as", "carol"],
        &["auth", "can-i", "--list", "--as", "carol", "--no-headers"],
        &[
            "auth",
            "can-i",
            "--list",
            "--as",
            "carol",
            "-n",
            "kube-system",
        ],
        &[
            "auth",
            "can-i",
            "--list",
            "--as",
            "dave",
            "--as-group",
            "viewers",
        ],
    ];
    let mut failures = Vec::new();
    for args in cases {
        let e = run(&sb.kubectl, &sb, args);
        let a = run(&kctl(), &sb, args);
        if e != a {
            failures.push(format!(
                "== {args:?}\nstdout:\n{}stderr:\n{}exit: kubectl {} kctl {}\n",
                diff(&e.0, &a.0),
                diff(&e.1, &a.1),
                e.2,
                a.2
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
