//! `kctl api-resources` against kubectl 1.32 on the sandbox, with its filters and formats.

use std::ffi::OsString;

use crate::support::parity_failures;
use crate::support_sandbox::Sandbox;

const CASES: &[&[&str]] = &[
    &["api-resources"],
    &["api-resources", "-o", "wide"],
    &["api-resources", "-o", "name"],
    &["api-resources", "--namespaced=false"],
    &["api-resources", "--namespaced"],
    &["api-resources", "--api-group=apps", "--no-headers"],
    &["api-resources", "--api-group="],
    &["api-resources", "--verbs=list,watch", "--sort-by=kind"],
    &[
        "api-resources",
        "--verbs",
        "create",
        "--verbs",
        "deletecollection",
        "--sort-by=name",
    ],
    &["api-resources", "--categories=all"],
    &["api-resources", "-o", "json"],
    &["api-resources", "--sort-by=age"],
];

#[test]
fn api_resources_match_kubectl() {
    let Some(sandbox) = Sandbox::start() else {
        return;
    };
    let env: Vec<(&str, OsString)> = vec![
        ("HOME", sandbox.home.clone().into_os_string()),
        ("KUBECONFIG", sandbox.kubeconfig.clone().into_os_string()),
    ];
    let failures = parity_failures(&sandbox.kubectl, CASES, &sandbox.home, &env, false);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
