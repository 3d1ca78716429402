//! `kctl describe` end to end against kubectl 1.32 on one sandbox: argument forms, name-prefix
//! matching, selectors, `-A`, `-f`, `--show-events`, errors.

use std::ffi::OsString;

use crate::support::parity_failures;
use crate::support_sandbox::Sandbox;

const OBJECTS: &str = r#"
apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {team: blue}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop, labels: {app: web}}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: nginx, image: "nginx:1.25", ports: [{containerPort: 80}], env: [{name: MODE, value: prod}]}]}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop}
spec: {selector: {app: web}, ports: [{port: 80, targetPort: 80}]}
---
apiVersion: v1
kind: Pod
metadata: {name: web-1, namespace: shop, labels: {app: web}}
spec: {containers: [{name: nginx, image: "nginx:1.25"}]}
---
apiVersion: v1
kind: Pod
metadata: {name: web-2, namespace: shop, labels: {app: web}}
spec: {containers: [{name: nginx, image: "nginx:1.25"}]}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings, namespace: shop}
data: {color: blue}
---
apiVersion: v1
kind: Secret
metadata: {name: creds, namespace: shop}
stringData: {password: hunter2}
---
apiVersion: v1
kind: ResourceQuota
metadata: {name: q, namespace: shop}
spec: {hard: {pods: "10"}}
"#;

const CASES: &[&[&str]] = &[
    &["describe", "pod", "web-1", "-n", "shop"],
    &["describe", "pods", "-n", "shop"],
    &["describe", "pods", "web", "-n", "shop"],
    &["describe", "pod/web-2", "-n", "shop", "--show-events=false"],
    &["describe", "pods", "-n", "shop", "-l", "app=web"],
    &["describe", "deploy", "web", "-n", "shop"],
    &["describe", "svc", "-n", "shop"],
    &["describe", "ns", "shop"],
    &["describe", "cm", "settings", "-n", "shop"],
    &["describe", "secret", "creds", "-n", "shop"],
    &["describe", "nodes", "sandbox-control-plane"],
    &["describe", "storageclass"],
    &["describe", "sa", "-A"],
    &["describe", "-f", "objects.yaml"],
    &["describe", "pods", "nope", "-n", "shop"],
    &["describe", "pods", "-n", "empty"],
    &["describe", "podz"],
    &["describe"],
];

#[test]
fn describe_verb_matches_kubectl() {
    let Some(sandbox) = Sandbox::start_without_controllers() else {
        return;
    };
    sandbox.ok(&["apply", "-f", "-"], Some(OBJECTS));
    std::fs::write(sandbox.home.join("objects.yaml"), OBJECTS).expect("write");
    let env: Vec<(&str, OsString)> = vec![
        ("HOME", sandbox.home.clone().into_os_string()),
        ("KUBECONFIG", sandbox.kubeconfig.clone().into_os_string()),
    ];
    let failures = parity_failures(&sandbox.kubectl, CASES, &sandbox.home, &env, true);
    assert!(
        failures.is_empty(),
        "{} of {} differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}
