//! The DaemonSet controller (pkg/controller/daemon): a pod per eligible node (the template's
//! node selector and affinity, the node's taints against the template's tolerations plus the
//! ones every daemon pod gets), each pinned to its node by a `metadata.name` node-affinity
//! term; ControllerRevisions with `controller-revision-hash`; RollingUpdate within
//! maxUnavailable / maxSurge, OnDelete; the status counts. Events: SuccessfulCreate and
//! SuccessfulDelete from `daemonset-controller`.

use std::collections::{BTreeMap, HashSet};

use serde_json::{Value, json};

use super::deployment::{scaled, template_hash};
use super::events::{Event, Source, record};
use super::replicaset::{claim_pods, pod_from_template};
use super::scheduler::misfit;
use super::{
    Api, is_deleting, kinds, name_of, ns_of, pod_active, pod_available, pod_ready, revisions,
};

const SOURCE: Source<'static> = Source::controller("daemonset-controller");
const MANAGER: &str = "kube-controller-manager";
pub const HASH_LABEL: &str = "controller-revision-hash";
const GENERATION_LABEL: &str = "pod-template-generation";

/// The tolerations `util.AddOrUpdateDaemonPodTolerations` gives every daemon pod.
pub fn default_tolerations(host_network: bool) -> Vec<Value> {
    let mut t: Vec<Value> = [
        ("node.kubernetes.io/not-ready", "NoExecute"),
        ("node.kubernetes.io/unreachable", "NoExecute"),
        ("node.kubernetes.io/disk-pressure", "NoSchedule"),
        ("node.kubernetes.io/memory-pressure", "NoSchedule"),
        ("node.kubernetes.io/pid-pressure", "NoSchedule"),
        ("node.kubernetes.io/unschedulable", "NoSchedule"),
    ]
    .iter()
    .map(|(k, e)| json!({"key": k, "operator": "Exists", "effect": e}))
    .collect();
    if host_network {
        t.push(json!({"key": "node.kubernetes.io/network-unavailable", "operator": "Exists", "effect": "NoSchedule"}));
    }
    t
}

/// `AddOrUpdateTolerationInPodSpec`: a toleration with the same key, operator, value and effect
/// is not added twice.
fn add_tolerations(spec: &mut Value, extra: Vec<Value>) {
    let mut list: Vec<Value> = spec["tolerations"].as_array().cloned().unwrap_or_default();
    for t in extra {
        let same = |o: &Value| {
            o["key"] == t["key"]
                && o["effect"] == t["effect"]
                && o["operator"].as_str().unwrap_or("Equal") == t["operator"].as_str().unwrap_or("")
        };
        if !list.iter().any(same) {
            list.push(t);
        }
    }
    spec["tolerations"] = Value::Array(list);
}

/// `ReplaceDaemonSetPodNodeNameNodeAffinity`: every required term selects the node by name.
pub fn pin_to_node(spec: &mut Value, node: &str) {
    let field = json!([{"key": "metadata.name", "operator": "In", "values": [node]}]);
    let required =
        &mut spec["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"];
    match required["nodeSelectorTerms"].as_array_mut() {
        Some(terms) if !terms.is_empty() => {
            for t in terms {
                t["matchFields"] = field.clone();
            }
        }
        _ => required["nodeSelectorTerms"] = json!([{"matchFields": field}]),
    }
}

/// The pod the controller creates for `node` (`util.CreatePodTemplate` + node affinity).
pub fn pod_for(ds: &Value, node: &str, hash: &str) -> Value {
    let mut pod = pod_from_template(ds);
    let labels = &mut pod["metadata"]["labels"];
    labels[HASH_LABEL] = json!(hash);
    if let Some(g) = ds["metadata"]["generation"].as_i64() {
        labels[GENERATION_LABEL] = json!(g.to_string());
    }
    let host_network = pod["spec"]["hostNetwork"] == true;
    add_tolerations(&mut pod["spec"], default_tolerations(host_network));
    pin_to_node(&mut pod["spec"], node);
    pod
}

/// The node a daemon pod is for: its nodeName, else its affinity's `metadata.name` term
/// (`util.GetTargetNodeName`).
pub fn target_node(pod: &Value) -> Option<String> {
    if let Some(n) = pod["spec"]["nodeName"].as_str().filter(|n| !n.is_empty()) {
        return Some(n.to_string());
    }
    pod["spec"]["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]
        ["nodeSelectorTerms"]
        .as_array()?
        .iter()
        .flat_map(|t| t["matchFields"].as_array().into_iter().flatten())
        .find(|f| f["key"] == "metadata.name" && f["operator"] == "In")
        .and_then(|f| f["values"][0].as_str())
        .map(str::to_string)
}

/// `NodeShouldRunDaemonPod`: (should run, should continue running). A pod may keep running on
/// a node whose NoSchedule taints or selector it fails only when they changed after it started;
/// the sandbox treats NoSchedule misfits as "keep existing pods", NoExecute as "evict".
pub fn should_run(ds: &Value, node: &Value) -> (bool, bool) {
    let probe = pod_for(ds, name_of(node), "");
    match misfit(&probe, node) {
        None => (true, true),
        Some(reason) => {
            let no_execute = node["spec"]["taints"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|t| {
                    t["effect"] == "NoExecute"
                        && reason.contains(t["key"].as_str().unwrap_or("\u{0}"))
                });
            let unmatched = reason.contains("affinity/selector");
            (false, !(no_execute || unmatched))
        }
    }
}

pub fn sync_all(api: &Api) {
    let nodes = api.list(kinds::NODES, None);
    for ds in api.list(kinds::DAEMONSETS, None) {
        if is_deleting(&ds) {
            continue;
        }
        let pods = api.list(kinds::PODS, Some(ns_of(&ds)));
        sync(api, &ds, &pods, &nodes);
    }
}

fn created(p: &Value) -> String {
    p["metadata"]["creationTimestamp"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn event(api: &Api, ds: &Value, reason: &'static str, message: String) {
    record(
        api,
        Event {
            object: ds,
            field_path: None,
            warning: false,
            reason,
            message,
            source: SOURCE,
        },
    );
}

fn delete(api: &Api, ds: &Value, p: &Value) {
    if api.delete_pod(p) {
        event(
            api,
            ds,
            "SuccessfulDelete",
            format!("Deleted pod: {}", name_of(p)),
        );
    }
}

fn sync(api: &Api, ds: &Value, pods: &[Value], nodes: &[Value]) {
    let history = revisions::owned(api, ds);
    let cc = ds["status"]["collisionCount"].as_i64();
    let hash = template_hash(&ds["spec"]["template"], cc);
    let mut labels = ds["spec"]["template"]["metadata"]["labels"].clone();
    if !labels.is_object() {
        labels = json!({});
    }
    labels[HASH_LABEL] = json!(hash);
    let data = revisions::patch_of(ds);
    let Some(cur) = revisions::ensure(
        api,
        ds,
        &history,
        &data,
        &format!("{}-{hash}", name_of(ds)),
        labels,
    ) else {
        return;
    };
    let hash = cur["metadata"]["labels"][HASH_LABEL]
        .as_str()
        .unwrap_or(&hash)
        .to_string();

    let owned = claim_pods(api, ds, pods);
    let mut by_node: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let mut nodeless = Vec::new();
    for p in owned.iter().filter(|p| !is_deleting(p)) {
        match target_node(p) {
            Some(n) => by_node.entry(n).or_default().push(p.clone()),
            None => nodeless.push(p.clone()),
        }
    }
    for list in by_node.values_mut() {
        list.sort_by_key(created);
    }
    for p in &nodeless {
        delete(api, ds, p);
    }
    let known: HashSet<&str> = nodes.iter().map(name_of).collect();
    for (n, list) in &by_node {
        if !known.contains(n.as_str()) {
            for p in list {
                delete(api, ds, p);
            }
        }
    }

    let min_ready = ds["spec"]["minReadySeconds"].as_i64().unwrap_or(0);
    let on_delete = ds["spec"]["updateStrategy"]["type"] == "OnDelete";
    let mut eligible: Vec<&str> = Vec::new();
    let mut misscheduled = 0;
    for node in nodes {
        let name = name_of(node);
        let (run, keep) = should_run(ds, node);
        let list = by_node.get(name).cloned().unwrap_or_default();
        if run {
            eligible.push(name);
        }
        if run || (keep && !list.is_empty()) {
            if !run {
                misscheduled += 1;
            }
            // Failed pods are replaced; extra pods go, the oldest stays.
            let (failed, live): (Vec<Value>, Vec<Value>) = list
                .into_iter()
                .partition(|p| p["status"]["phase"] == "Failed");
            for p in &failed {
                delete(api, ds, p);
            }
            for p in live.iter().skip(1) {
                delete(api, ds, p);
            }
            if live.is_empty() && run {
                let pod = pod_for(ds, name, &hash);
                if let Some(p) = api.create(kinds::PODS, pod, MANAGER) {
                    event(
                        api,
                        ds,
                        "SuccessfulCreate",
                        format!("Created pod: {}", name_of(&p)),
                    );
                }
            }
        } else {
            for p in &list {
                delete(api, ds, p);
            }
        }
    }

    if !on_delete {
        rolling_update(api, ds, &by_node, &eligible, &hash, min_ready);
    }

    // History: keep revisions some live pod still runs.
    let mut keep: HashSet<String> = HashSet::new();
    keep.insert(name_of(&cur).to_string());
    let live_hashes: HashSet<&str> = owned
        .iter()
        .filter_map(|p| p["metadata"]["labels"][HASH_LABEL].as_str())
        .collect();
    let history = revisions::owned(api, ds);
    for r in &history {
        if r["metadata"]["labels"][HASH_LABEL]
            .as_str()
            .is_some_and(|h| live_hashes.contains(h))
        {
            keep.insert(name_of(r).to_string());
        }
    }
    let limit = ds["spec"]["revisionHistoryLimit"].as_i64().unwrap_or(10);
    revisions::truncate(api, &history, &keep, limit);

    update_status(api, ds, &hash, &eligible, misscheduled, min_ready);
}

/// `rollingUpdate`: old pods go while the unavailable count stays within maxUnavailable
/// (unavailable old pods first); with maxSurge, a new pod starts beside an old one, which goes
/// once the new one is available.
fn rolling_update(
    api: &Api,
    ds: &Value,
    by_node: &BTreeMap<String, Vec<Value>>,
    eligible: &[&str],
    hash: &str,
    min_ready: i64,
) {
    let ru = &ds["spec"]["updateStrategy"]["rollingUpdate"];
    let desired = eligible.len() as i64;
    let max_surge = scaled(ru.get("maxSurge").unwrap_or(&json!(0)), desired, true);
    let mut max_unavailable = scaled(ru.get("maxUnavailable").unwrap_or(&json!(1)), desired, true);
    if max_surge == 0 && max_unavailable == 0 {
        max_unavailable = 1;
    }
    let is_new = |p: &Value| p["metadata"]["labels"][HASH_LABEL] == hash;
    let mut unavailable = 0;
    let mut old_available = Vec::new();
    let mut old_unavailable = Vec::new();
    let mut surging = 0;
    let mut surge_candidates = Vec::new();
    for n in eligible {
        let list: Vec<&Value> = by_node
            .get(*n)
            .map(|l| l.iter().filter(|p| pod_active(p)).collect())
            .unwrap_or_default();
        let new = list.iter().find(|p| is_new(p));
        let old = list.iter().find(|p| !is_new(p));
        match (old, new) {
            (None, Some(p)) if pod_available(p, min_ready, api.now) => {}
            (None, _) => unavailable += 1,
            (Some(o), None) => {
                if pod_available(o, min_ready, api.now) {
                    old_available.push((*o).clone());
                    surge_candidates.push(n.to_string());
                } else {
                    unavailable += 1;
                    old_unavailable.push((*o).clone());
                }
            }
            (Some(o), Some(p)) => {
                if pod_available(p, min_ready, api.now) {
                    delete(api, ds, o);
                } else {
                    surging += 1;
                }
            }
        }
    }
    for p in &old_unavailable {
        delete(api, ds, p);
    }
    if max_surge > 0 {
        for n in surge_candidates
            .iter()
            .take((max_surge - surging).max(0) as usize)
        {
            let pod = pod_for(ds, n, hash);
            if let Some(p) = api.create(kinds::PODS, pod, MANAGER) {
                event(
                    api,
                    ds,
                    "SuccessfulCreate",
                    format!("Created pod: {}", name_of(&p)),
                );
            }
        }
        return;
    }
    let budget = (max_unavailable - unavailable).max(0) as usize;
    for p in old_available.iter().take(budget) {
        delete(api, ds, p);
    }
}

fn update_status(
    api: &Api,
    ds: &Value,
    hash: &str,
    eligible: &[&str],
    misscheduled: i64,
    min_ready: i64,
) {
    // Re-read: this pass wrote pods and revisions, not the daemon set, but a user may have.
    let Some(cur) = api.get(kinds::DAEMONSETS, ns_of(ds), name_of(ds)) else {
        return;
    };
    let pods = api.list(kinds::PODS, Some(ns_of(ds)));
    let owned: Vec<&Value> = pods
        .iter()
        .filter(|p| super::controller_uid(p) == Some(super::uid_of(ds)) && !is_deleting(p))
        .collect();
    let (mut current, mut ready, mut available, mut updated) = (0, 0, 0, 0);
    for n in eligible {
        let mut on: Vec<&&Value> = owned
            .iter()
            .filter(|p| target_node(p).as_deref() == Some(*n))
            .collect();
        if on.is_empty() {
            continue;
        }
        on.sort_by_key(|p| created(p));
        current += 1;
        let p = on[0];
        if pod_ready(p) {
            ready += 1;
            if pod_available(p, min_ready, api.now) {
                available += 1;
            }
        }
        if on
            .iter()
            .any(|p| p["metadata"]["labels"][HASH_LABEL] == hash)
        {
            updated += 1;
        }
    }
    let desired = eligible.len() as i64;
    let mut st = json!({
        "currentNumberScheduled": current, "desiredNumberScheduled": desired,
        "numberMisscheduled": misscheduled, "numberReady": ready,
    });
    for (k, v) in [
        ("numberAvailable", available),
        ("updatedNumberScheduled", updated),
        ("numberUnavailable", desired - available),
    ] {
        if v > 0 {
            st[k] = json!(v);
        }
    }
    if let Some(g) = cur["metadata"]["generation"].as_i64() {
        st["observedGeneration"] = json!(g);
    }
    for k in ["collisionCount", "conditions"] {
        if let Some(v) = cur["status"].get(k) {
            st[k] = v.clone();
        }
    }
    if st != cur["status"] {
        let mut n = cur.clone();
        n["status"] = st;
        api.update(kinds::DAEMONSETS, &cur, n, MANAGER, Some("status"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(name: &str, taints: Value, labels: Value) -> Value {
        json!({"metadata": {"name": name, "labels": labels}, "spec": {"taints": taints},
               "status": {"conditions": [{"type": "Ready", "status": "True"}]}})
    }

    fn ds(tpl_spec: Value) -> Value {
        json!({"apiVersion": "apps/v1", "kind": "DaemonSet",
               "metadata": {"name": "d", "namespace": "ns", "uid": "u", "generation": 2},
               "spec": {"template": {"metadata": {"labels": {"app": "d"}}, "spec": tpl_spec}}})
    }

    #[test]
    fn eligibility_follows_taints_selectors_and_default_tolerations() {
        let plain = ds(json!({"containers": [{"name": "c"}]}));
        let tolerant = ds(json!({"containers": [{"name": "c"}],
            "tolerations": [{"key": "node-role.kubernetes.io/control-plane", "effect": "NoSchedule", "operator": "Exists"}]}));
        let selective = ds(json!({"containers": [{"name": "c"}], "nodeSelector": {"disk": "ssd"}}));
        let cp = node(
            "cp",
            json!([{"key": "node-role.kubernetes.io/control-plane", "effect": "NoSchedule"}]),
            json!({}),
        );
        let worker = node("w", json!([]), json!({"disk": "ssd"}));
        let mut cordoned = node("c", json!([]), json!({}));
        cordoned["spec"]["unschedulable"] = json!(true);
        let evicting = node("e", json!([{"key": "k", "effect": "NoExecute"}]), json!({}));
        for (d, n, want) in [
            (&plain, &cp, (false, true)),
            (&tolerant, &cp, (true, true)),
            (&plain, &worker, (true, true)),
            (&plain, &cordoned, (true, true)),
            (&plain, &evicting, (false, false)),
            (&selective, &worker, (true, true)),
            (&selective, &cordoned, (false, false)),
        ] {
            assert_eq!(
                should_run(d, n),
                want,
                "{} on {}",
                d["spec"]["template"]["spec"],
                name_of(n)
            );
        }
    }

    #[test]
    fn daemon_pods_are_pinned_and_labelled() {
        let p = pod_for(&ds(json!({"containers": [{"name": "c"}]})), "w1", "abc");
        assert_eq!(p["metadata"]["labels"][HASH_LABEL], "abc");
        assert_eq!(p["metadata"]["labels"][GENERATION_LABEL], "2");
        assert_eq!(target_node(&p).as_deref(), Some("w1"));
        assert_eq!(
            p["spec"]["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"],
            json!({"nodeSelectorTerms": [{"matchFields": [{"key": "metadata.name", "operator": "In", "values": ["w1"]}]}]})
        );
        assert_eq!(p["spec"]["tolerations"].as_array().unwrap().len(), 6);
        let mut bound = p.clone();
        bound["spec"]["nodeName"] = json!("w2");
        assert_eq!(target_node(&bound).as_deref(), Some("w2"));
    }
}
