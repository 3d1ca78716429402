//! Impersonation (`--as`, `--as-group`) and RBAC in the sandbox, driven by kubectl 1.32: the
//! Forbidden words of kube-apiserver, role bindings that grant access, `auth can-i` and
//! `auth whoami` answered for the impersonated user (the seeds' W1 and W22).

use crate::support_sandbox::Sandbox;

fn run(sb: &Sandbox, args: &[&str]) -> (String, String, i32) {
    let out = sb.kubectl(args, None);
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn impersonated_users_are_authorized_by_rbac() {
    let Some(sb) = Sandbox::start_without_controllers() else {
        return;
    };
    assert_eq!(
        run(&sb, &["get", "ns", "--as", "efas-dev"]),
        (
            String::new(),
            "Error from server (Forbidden): namespaces is forbidden: User \"efas-dev\" cannot list resource \"namespaces\" in API group \"\" at the cluster scope\n".into(),
            1
        )
    );
    assert_eq!(
        run(&sb, &["get", "deploy", "web", "--as", "efas-dev"]).1,
        "Error from server (Forbidden): deployments.apps \"web\" is forbidden: User \"efas-dev\" cannot get resource \"deployments\" in API group \"apps\" in the namespace \"default\"\n"
    );

    // A namespace of one's own, with the bootstrap `edit` role bound there.
    sb.ok(&["create", "namespace", "efas-dev"], None);
    sb.ok(
        &[
            "create",
            "rolebinding",
            "dev-edit",
            "--clusterrole=edit",
            "--user=efas-dev",
            "-n",
            "efas-dev",
        ],
        None,
    );
    assert_eq!(
        run(&sb, &["-n", "efas-dev", "get", "pods", "--as", "efas-dev"]),
        (
            String::new(),
            "No resources found in efas-dev namespace.\n".into(),
            0
        )
    );
    assert_eq!(
        run(
            &sb,
            &[
                "-n",
                "efas-dev",
                "create",
                "configmap",
                "c",
                "--as",
                "efas-dev"
            ]
        )
        .0,
        "configmap/c created\n"
    );
    assert_eq!(
        run(
            &sb,
            &[
                "-n",
                "efas-dev",
                "create",
                "role",
                "r",
                "--verb=get",
                "--resource=pods",
                "--as",
                "efas-dev"
            ]
        )
        .1,
        "Error from server (Forbidden): roles.rbac.authorization.k8s.io is forbidden: User \"efas-dev\" cannot create resource \"roles\" in API group \"rbac.authorization.k8s.io\" in the namespace \"efas-dev\"\n"
    );

    // W22: a service account that can view.
    sb.ok(&["create", "serviceaccount", "viewer"], None);
    sb.ok(
        &[
            "create",
            "rolebinding",
            "viewercanview",
            "--clusterrole=view",
            "--serviceaccount=default:viewer",
        ],
        None,
    );
    let viewer = "system:serviceaccount:default:viewer";
    assert_eq!(
        run(&sb, &["auth", "can-i", "list", "pods", "--as", viewer]),
        ("yes\n".into(), String::new(), 0)
    );
    assert_eq!(
        run(&sb, &["auth", "can-i", "create", "pods", "--as", viewer]),
        ("no\n".into(), String::new(), 1)
    );
    assert_eq!(
        run(
            &sb,
            &["auth", "can-i", "list", "nodes", "--as", "some-user"]
        )
        .0,
        "no\n"
    );
    assert_eq!(run(&sb, &["auth", "can-i", "create", "pods"]).0, "yes\n");
    assert_eq!(
        run(
            &sb,
            &["auth", "can-i", "get", "/version", "--as", "some-user"]
        )
        .0,
        "yes\n"
    );

    let whoami = run(
        &sb,
        &["auth", "whoami", "--as", "someone", "--as-group", "devs"],
    );
    assert_eq!(
        whoami.0,
        "ATTRIBUTE   VALUE\nUsername    someone\nGroups      [devs system:authenticated]\n"
    );
    let whoami = run(&sb, &["auth", "whoami"]);
    assert_eq!(
        whoami.0,
        "ATTRIBUTE   VALUE\nUsername    kubernetes-admin\nGroups      [system:masters system:authenticated]\n"
    );
}

/// exec, attach and port-forward need `create` on their subresource, proxies the verb of the
/// request, as kube-apiserver authorizes them.
#[test]
fn streaming_subresources_are_authorized_too() {
    let Some(sb) = Sandbox::start_without_controllers() else {
        return;
    };
    sb.ok(&["run", "p", "--image=busybox"], None);
    for (user, role) in [("viewer", "view"), ("editor", "edit")] {
        let binding = format!("{user}-binding");
        let role = format!("--clusterrole={role}");
        let subject = format!("--user={user}");
        sb.ok(&["create", "rolebinding", &binding, &role, &subject], None);
    }
    let exec = |user: &str| run(&sb, &["exec", "p", "--as", user, "--", "true"]);
    let (_, stderr, code) = exec("viewer");
    assert!(
        stderr.contains(
            "pods \"p\" is forbidden: User \"viewer\" cannot create resource \"pods/exec\" in API group \"\" in the namespace \"default\""
        ),
        "{stderr}"
    );
    assert_eq!(code, 1);
    let (_, stderr, _) = exec("editor");
    assert!(!stderr.contains("forbidden"), "{stderr}");

    let proxy = "/api/v1/namespaces/default/services/web:80/proxy/";
    let (_, stderr, code) = run(&sb, &["get", "--raw", proxy, "--as", "viewer"]);
    assert_eq!(
        (stderr.as_str(), code),
        (
            "Error from server (Forbidden): services \"web:80\" is forbidden: User \"viewer\" cannot get resource \"services/proxy\" in API group \"\" in the namespace \"default\"\n",
            1
        )
    );
}
