//! The ReplicaSet controller (pkg/controller/replicaset), which also runs ReplicationControllers
//! as kube's does: adopts matching orphan pods, creates or deletes pods until the active ones
//! match `spec.replicas` (deleting the least useful first, `controller.ActivePods` order), and
//! writes the status counts. Events: SuccessfulCreate and SuccessfulDelete from
//! `replicaset-controller` / `replication-controller`.

use std::cmp::Ordering;
use std::collections::HashMap;

use serde_json::{Value, json};

use super::events::{Event, Source, record};
use super::{
    Api, controller_ref, controller_uid, is_deleting, kinds, name_of, ns_of, pod_active,
    pod_available, pod_condition, pod_ready, uid_of,
};
use crate::sandbox::selectors::LabelSelector;

/// The two kinds this controller runs: (store kind, event source, selector is a plain map).
const FLAVOURS: [(&str, Source<'static>, bool); 2] = [
    (
        kinds::REPLICASETS,
        Source::controller("replicaset-controller"),
        false,
    ),
    (
        "/replicationcontrollers",
        Source::controller("replication-controller"),
        true,
    ),
];
/// `burstReplicas`: most pods created or deleted in one sync.
const BURST: usize = 500;

pub fn sync_all(api: &Api) {
    let mut by_ns: HashMap<String, Vec<Value>> = HashMap::new();
    for p in api.list(kinds::PODS, None) {
        by_ns.entry(ns_of(&p).to_string()).or_default().push(p);
    }
    for (kind, source, map_selector) in FLAVOURS {
        for mut rs in api.list(kind, None) {
            if map_selector {
                // A ReplicationController's selector is a plain label map.
                rs["spec"]["selector"] = json!({"matchLabels": rs["spec"]["selector"]});
            }
            let pods = by_ns.get(ns_of(&rs)).map(Vec::as_slice).unwrap_or_default();
            sync(api, &rs, pods, kind, source);
        }
    }
}

/// The pods `rs` controls, adopting matching orphans on the way.
pub fn claim_pods(api: &Api, rs: &Value, pods: &[Value]) -> Vec<Value> {
    let sel = LabelSelector::from_object(&rs["spec"]["selector"]);
    let empty_selector = rs["spec"]["selector"]["matchLabels"]
        .as_object()
        .is_none_or(|m| m.is_empty())
        && rs["spec"]["selector"]["matchExpressions"]
            .as_array()
            .is_none_or(|a| a.is_empty());
    let mut out = Vec::new();
    for p in pods {
        let labels = &p["metadata"]["labels"];
        match controller_uid(p) {
            Some(u) if u == uid_of(rs) => {
                if sel.matches(labels) && !empty_selector {
                    out.push(p.clone());
                } else if !is_deleting(rs) {
                    // `ClaimObject`: an owned pod that no longer matches is released.
                    let mut n = p.clone();
                    if let Some(refs) = n["metadata"]["ownerReferences"].as_array_mut() {
                        refs.retain(|r| r["uid"] != uid_of(rs));
                        if refs.is_empty()
                            && let Some(m) = n["metadata"].as_object_mut()
                        {
                            m.remove("ownerReferences");
                        }
                    }
                    api.update(kinds::PODS, p, n, "kube-controller-manager", None);
                }
            }
            None if !empty_selector
                && sel.matches(labels)
                && !is_deleting(p)
                && !is_deleting(rs) =>
            {
                let mut n = p.clone();
                let mut refs = p["metadata"]["ownerReferences"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                refs.push(controller_ref(rs));
                n["metadata"]["ownerReferences"] = Value::Array(refs);
                if let Some(s) = api.update(kinds::PODS, p, n, "kube-controller-manager", None) {
                    out.push(s);
                }
            }
            _ => {}
        }
    }
    out
}

fn phase_rank(p: &Value) -> u8 {
    match p["status"]["phase"].as_str() {
        Some("Pending") => 0,
        Some("Running") => 2,
        _ => 1,
    }
}

fn ready_since(p: &Value) -> String {
    pod_condition(p, "Ready")
        .and_then(|c| c["lastTransitionTime"].as_str())
        .unwrap_or_default()
        .to_string()
}

fn restarts(p: &Value) -> i64 {
    p["status"]["containerStatuses"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["restartCount"].as_i64())
        .max()
        .unwrap_or(0)
}

/// `controller.ActivePods` Less: the pods to delete first sort first.
pub fn deletion_order(a: &Value, b: &Value) -> Ordering {
    let assigned = |p: &Value| {
        p["spec"]["nodeName"]
            .as_str()
            .is_some_and(|n| !n.is_empty())
    };
    assigned(a)
        .cmp(&assigned(b))
        .then(phase_rank(a).cmp(&phase_rank(b)))
        .then(pod_ready(a).cmp(&pod_ready(b)))
        // Ready for a shorter time first.
        .then_with(|| ready_since(b).cmp(&ready_since(a)))
        .then_with(|| restarts(b).cmp(&restarts(a)))
        // Newer first.
        .then_with(|| {
            let c = |p: &Value| {
                p["metadata"]["creationTimestamp"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string()
            };
            c(b).cmp(&c(a))
        })
}

/// A pod for `rs` from its template (`controller.GetPodFromTemplate`).
pub fn pod_from_template(owner: &Value) -> Value {
    let tpl = &owner["spec"]["template"];
    let mut meta = json!({
        "generateName": format!("{}-", name_of(owner)),
        "namespace": ns_of(owner),
        "ownerReferences": [controller_ref(owner)],
    });
    for k in ["labels", "annotations"] {
        if let Some(m) = tpl["metadata"][k].as_object().filter(|m| !m.is_empty()) {
            meta[k] = Value::Object(m.clone());
        }
    }
    let spec = tpl["spec"].clone();
    json!({"apiVersion": "v1", "kind": "Pod", "metadata": meta, "spec": spec})
}

fn sync(api: &Api, rs: &Value, pods: &[Value], kind: &str, source: Source) {
    if is_deleting(rs) {
        return;
    }
    let owned = claim_pods(api, rs, pods);
    let mut active: Vec<Value> = owned.into_iter().filter(pod_active).collect();
    let want = rs["spec"]["replicas"].as_i64().unwrap_or(1).max(0) as usize;
    if active.len() < want {
        for _ in 0..(want - active.len()).min(BURST) {
            let Some(p) = api.create(
                kinds::PODS,
                pod_from_template(rs),
                "kube-controller-manager",
            ) else {
                break;
            };
            record(
                api,
                Event {
                    object: rs,
                    field_path: None,
                    warning: false,
                    reason: "SuccessfulCreate",
                    message: format!("Created pod: {}", name_of(&p)),
                    source,
                },
            );
        }
    } else if active.len() > want {
        active.sort_by(deletion_order);
        let extra = (active.len() - want).min(BURST);
        for p in active.drain(..extra) {
            if api.delete_pod(&p) {
                record(
                    api,
                    Event {
                        object: rs,
                        field_path: None,
                        warning: false,
                        reason: "SuccessfulDelete",
                        message: format!("Deleted pod: {}", name_of(&p)),
                        source,
                    },
                );
            }
        }
    }
    update_status(api, rs, &active, kind);
}

/// The status counts of `active` pods (`calculateStatus`): zero counts are omitted as the Go
/// type's `omitempty` does, except `replicas`.
pub fn status_of(rs: &Value, active: &[Value], now: jiff::Timestamp) -> Value {
    let tpl_labels = rs["spec"]["template"]["metadata"]["labels"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let min_ready = rs["spec"]["minReadySeconds"].as_i64().unwrap_or(0);
    let fully = active
        .iter()
        .filter(|p| {
            tpl_labels
                .iter()
                .all(|(k, v)| &p["metadata"]["labels"][k.as_str()] == v)
        })
        .count();
    let ready = active.iter().filter(|p| pod_ready(p)).count();
    let available = active
        .iter()
        .filter(|p| pod_available(p, min_ready, now))
        .count();
    let mut st = json!({"replicas": active.len()});
    for (k, n) in [
        ("fullyLabeledReplicas", fully),
        ("readyReplicas", ready),
        ("availableReplicas", available),
    ] {
        if n > 0 {
            st[k] = json!(n);
        }
    }
    if let Some(g) = rs["metadata"]["generation"].as_i64() {
        st["observedGeneration"] = json!(g);
    }
    if let Some(c) = rs["status"].get("conditions") {
        st["conditions"] = c.clone();
    }
    st
}

fn update_status(api: &Api, rs: &Value, active: &[Value], kind: &str) {
    let st = status_of(rs, active, api.now);
    if st != rs["status"] {
        // Re-read: `rs` may carry a converted selector.
        let Some(cur) = api.get(kind, ns_of(rs), name_of(rs)) else {
            return;
        };
        let mut n = cur.clone();
        n["status"] = st;
        api.update(kind, &cur, n, "kube-controller-manager", Some("status"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pod(name: &str, node: Option<&str>, phase: &str, ready: bool, created: &str) -> Value {
        let mut p = json!({"metadata": {"name": name, "creationTimestamp": created},
            "spec": {}, "status": {"phase": phase,
            "conditions": [{"type": "Ready", "status": if ready {"True"} else {"False"}, "lastTransitionTime": created}]}});
        if let Some(n) = node {
            p["spec"]["nodeName"] = json!(n);
        }
        p
    }

    #[test]
    fn deletes_unscheduled_then_pending_then_unready_then_newest() {
        let mut pods = [
            pod(
                "old-ready",
                Some("n"),
                "Running",
                true,
                "2026-01-01T00:00:00Z",
            ),
            pod(
                "new-ready",
                Some("n"),
                "Running",
                true,
                "2026-01-01T00:00:05Z",
            ),
            pod(
                "unready",
                Some("n"),
                "Running",
                false,
                "2026-01-01T00:00:00Z",
            ),
            pod(
                "pending",
                Some("n"),
                "Pending",
                false,
                "2026-01-01T00:00:00Z",
            ),
            pod(
                "unscheduled",
                None,
                "Pending",
                false,
                "2026-01-01T00:00:00Z",
            ),
        ];
        pods.sort_by(deletion_order);
        let names: Vec<&str> = pods.iter().map(name_of).collect();
        assert_eq!(
            names,
            [
                "unscheduled",
                "pending",
                "unready",
                "new-ready",
                "old-ready"
            ]
        );
    }

    #[test]
    fn status_counts_omit_zeroes() {
        let now: jiff::Timestamp = "2026-01-01T00:01:00Z".parse().unwrap();
        let rs = json!({"metadata": {"generation": 3},
            "spec": {"template": {"metadata": {"labels": {"app": "a"}}}}});
        let mut p1 = pod("a", Some("n"), "Running", true, "2026-01-01T00:00:00Z");
        p1["metadata"]["labels"] = json!({"app": "a", "pod-template-hash": "x"});
        let p2 = pod("b", Some("n"), "Pending", false, "2026-01-01T00:00:00Z");
        assert_eq!(
            status_of(&rs, &[p1, p2.clone()], now),
            json!({"replicas": 2, "fullyLabeledReplicas": 1, "readyReplicas": 1,
                   "availableReplicas": 1, "observedGeneration": 3})
        );
        assert_eq!(
            status_of(&rs, &[], now),
            json!({"replicas": 0, "observedGeneration": 3})
        );
    }

    #[test]
    fn pods_from_templates() {
        let rs = json!({"apiVersion": "apps/v1", "kind": "ReplicaSet",
            "metadata": {"name": "web-abc", "namespace": "ns", "uid": "u1"},
            "spec": {"template": {"metadata": {"labels": {"app": "web"}, "creationTimestamp": null},
                                  "spec": {"containers": [{"name": "c", "image": "nginx"}]}}}});
        let p = pod_from_template(&rs);
        assert_eq!(p["metadata"]["generateName"], "web-abc-");
        assert_eq!(p["metadata"]["labels"], json!({"app": "web"}));
        assert_eq!(p["metadata"]["ownerReferences"][0]["uid"], "u1");
        assert_eq!(p["metadata"]["ownerReferences"][0]["controller"], true);
        assert!(p["metadata"].get("creationTimestamp").is_none());
    }
}
