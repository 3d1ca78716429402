//! `kubectl delete --cascade=background|foreground|orphan` against the sandbox: what remains
//! of a deployment's replica sets and pods after each, as on a real cluster.

use serde_json::Value;

use crate::support::wait_until;
use crate::support_sandbox::Sandbox;

fn deployment(name: &str) -> String {
    format!(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {{name: {name}}}\nspec:\n  replicas: 2\n  selector: {{matchLabels: {{app: {name}}}}}\n  template:\n    metadata: {{labels: {{app: {name}}}}}\n    spec:\n      containers: [{{name: c, image: nginx}}]\n"
    )
}

fn list(sb: &Sandbox, kind: &str, selector: &str) -> Vec<Value> {
    let out = sb.ok(&["get", kind, "-l", selector, "-o", "json"], None);
    let v: Value = serde_json::from_str(&out).expect("json");
    v["items"].as_array().cloned().unwrap_or_default()
}

fn live(items: &[Value]) -> usize {
    items
        .iter()
        .filter(|i| i["metadata"]["deletionTimestamp"].is_null())
        .count()
}

#[test]
fn delete_cascade_modes() {
    let Some(sb) = Sandbox::start() else { return };
    for name in ["bg", "fg", "orphan"] {
        sb.ok(&["apply", "-f", "-"], Some(&deployment(name)));
    }
    for name in ["bg", "fg", "orphan"] {
        let selector = format!("app={name}");
        wait_until(&format!("2 pods of {name}"), || {
            (live(&list(&sb, "pods", &selector)) == 2).then_some(())
        });
    }

    // Background (the default): the deployment goes at once, its replica set and pods after.
    let out = sb.ok(&["delete", "deployment", "bg"], None);
    assert_eq!(out, "deployment.apps \"bg\" deleted\n");
    wait_until("bg's replica set and pods collected", || {
        (list(&sb, "rs", "app=bg").is_empty() && live(&list(&sb, "pods", "app=bg")) == 0)
            .then_some(())
    });

    // Foreground: by the time kubectl's --wait returns, the dependents are gone too.
    let out = sb.ok(
        &["delete", "deployment", "fg", "--cascade=foreground"],
        None,
    );
    assert_eq!(out, "deployment.apps \"fg\" deleted\n");
    assert!(
        list(&sb, "rs", "app=fg").is_empty(),
        "fg's replica set left"
    );
    wait_until("fg's pods gone", || {
        (live(&list(&sb, "pods", "app=fg")) == 0).then_some(())
    });

    // Orphan: the replica set and its pods stay, no longer owned by anything.
    let out = sb.ok(
        &["delete", "deployment", "orphan", "--cascade=orphan"],
        None,
    );
    assert_eq!(out, "deployment.apps \"orphan\" deleted\n");
    let replica_sets = list(&sb, "rs", "app=orphan");
    assert_eq!(replica_sets.len(), 1);
    assert!(
        replica_sets[0]["metadata"]["ownerReferences"]
            .as_array()
            .is_none_or(|refs| refs.is_empty()),
        "orphaned replica set still owned: {}",
        replica_sets[0]["metadata"]
    );
    assert_eq!(live(&list(&sb, "pods", "app=orphan")), 2);
}
