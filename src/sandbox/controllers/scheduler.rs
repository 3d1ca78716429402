//! The scheduler: binds pending pods of `default-scheduler` to Ready nodes that pass the
//! filters kube-scheduler applies first (NodeName, NodeUnschedulable, NodeAffinity / nodeSelector,
//! TaintToleration), spreading pods over the fewest-loaded node; records `Scheduled` and
//! `FailedScheduling` as kube-scheduler does (fit error text of
//! pkg/scheduler/framework/types.go `FitError.Error`).

use std::collections::{BTreeMap, HashMap};

use serde_json::{Value, json};

use super::events::record_scheduler;
use super::{Api, is_deleting, kinds, name_of, ns_of, uid_of};
use crate::sandbox::selectors::LabelSelector;

/// Remembers the last failure message per pod so a repeat is not rewritten every pass.
#[derive(Default)]
pub struct Scheduler {
    failed: HashMap<String, String>,
}

/// Whether `tolerations` tolerate `taint` (`v1helper.TolerationsTolerateTaint`).
fn taint_tolerated(taint: &Value, tolerations: &[Value]) -> bool {
    tolerations.iter().any(|t| {
        let effect_ok = t["effect"]
            .as_str()
            .is_none_or(|e| e.is_empty() || Some(e) == taint["effect"].as_str());
        let key = t["key"].as_str().unwrap_or_default();
        let op = t["operator"].as_str().unwrap_or("Equal");
        let key_ok = key.is_empty() && op == "Exists" || key == taint["key"].as_str().unwrap_or("");
        let value_ok = op == "Exists"
            || t["value"].as_str().unwrap_or_default()
                == taint["value"].as_str().unwrap_or_default();
        effect_ok && key_ok && value_ok
    })
}

fn node_ready(n: &Value) -> bool {
    n["status"]["conditions"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|c| c["type"] == "Ready" && c["status"] == "True")
}

/// The node's taints plus the ones the node lifecycle controller adds for its conditions.
fn effective_taints(n: &Value) -> Vec<Value> {
    let mut t: Vec<Value> = n["spec"]["taints"].as_array().cloned().unwrap_or_default();
    if !node_ready(n) {
        t.push(json!({"key": "node.kubernetes.io/not-ready", "effect": "NoSchedule"}));
    }
    t
}

fn affinity_matches(pod: &Value, node: &Value) -> bool {
    let labels = &node["metadata"]["labels"];
    if let Some(sel) = pod["spec"]["nodeSelector"].as_object() {
        let ok = sel
            .iter()
            .all(|(k, v)| labels[k.as_str()].as_str() == v.as_str());
        if !ok {
            return false;
        }
    }
    let terms = &pod["spec"]["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]
        ["nodeSelectorTerms"];
    match terms.as_array() {
        Some(terms) if !terms.is_empty() => terms.iter().any(|term| {
            let sel = json!({"matchExpressions": term["matchExpressions"]});
            let name_ok = term["matchFields"]
                .as_array()
                .into_iter()
                .flatten()
                .all(|f| {
                    let vals: Vec<&str> = f["values"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                        .collect();
                    let has = vals.contains(&name_of(node));
                    match f["operator"].as_str() {
                        Some("In") => has,
                        Some("NotIn") => !has,
                        _ => false,
                    }
                });
            name_ok && LabelSelector::from_object(&sel).matches(labels)
        }),
        _ => true,
    }
}

/// Filters a node for a pod: None when it fits, else the fit-error reason of the first filter
/// plugin that rejects it, in the default profile's order (NodeUnschedulable, NodeName,
/// TaintToleration, NodeAffinity).
pub fn misfit(pod: &Value, node: &Value) -> Option<String> {
    let tolerations: Vec<Value> = pod["spec"]["tolerations"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    if node["spec"]["unschedulable"] == true {
        let t = json!({"key": "node.kubernetes.io/unschedulable", "effect": "NoSchedule"});
        if !taint_tolerated(&t, &tolerations) {
            return Some("node(s) were unschedulable".into());
        }
    }
    if let Some(want) = pod["spec"]["nodeName"].as_str().filter(|s| !s.is_empty())
        && want != name_of(node)
    {
        return Some("node(s) didn't match the requested node name".into());
    }
    for taint in effective_taints(node) {
        let effect = taint["effect"].as_str().unwrap_or_default();
        if (effect == "NoSchedule" || effect == "NoExecute")
            && !taint_tolerated(&taint, &tolerations)
        {
            return Some(format!(
                "node(s) had untolerated taint {{{}: {}}}",
                taint["key"].as_str().unwrap_or_default(),
                taint["value"].as_str().unwrap_or_default()
            ));
        }
    }
    if !affinity_matches(pod, node) {
        return Some("node(s) didn't match Pod's node affinity/selector".into());
    }
    None
}

/// `FitError.Error()` with the preemption post-filter's note.
pub fn fit_error(total: usize, reasons: &BTreeMap<String, usize>) -> String {
    let mut parts: Vec<String> = reasons.iter().map(|(r, n)| format!("{n} {r}")).collect();
    parts.sort();
    let mut msg = format!("0/{total} nodes are available");
    if !parts.is_empty() {
        msg.push_str(": ");
        msg.push_str(&parts.join(", "));
    }
    msg.push('.');
    msg.push_str(&format!(
        " preemption: 0/{total} nodes are available: {total} Preemption is not helpful for scheduling."
    ));
    msg
}

impl Scheduler {
    pub fn sync_all(&mut self, api: &Api) {
        let pods = api.list(kinds::PODS, None);
        let nodes = api.list(kinds::NODES, None);
        let mut load: HashMap<String, usize> = HashMap::new();
        for p in &pods {
            if let Some(n) = p["spec"]["nodeName"].as_str() {
                *load.entry(n.to_string()).or_default() += 1;
            }
        }
        let live: std::collections::HashSet<&str> = pods.iter().map(uid_of).collect();
        self.failed.retain(|uid, _| live.contains(uid.as_str()));
        for pod in &pods {
            let bound = pod["spec"]["nodeName"]
                .as_str()
                .is_some_and(|n| !n.is_empty());
            let mine = pod["spec"]["schedulerName"]
                .as_str()
                .is_none_or(|s| s == "default-scheduler");
            if bound || !mine || is_deleting(pod) {
                continue;
            }
            let mut reasons: BTreeMap<String, usize> = BTreeMap::new();
            let mut best: Option<&Value> = None;
            for node in &nodes {
                match misfit(pod, node) {
                    Some(r) => *reasons.entry(r).or_default() += 1,
                    None => {
                        let l = |n: &Value| load.get(name_of(n)).copied().unwrap_or(0);
                        if best.is_none_or(|b| l(node) < l(b)) {
                            best = Some(node);
                        }
                    }
                }
            }
            match best {
                Some(node) => {
                    if self.bind(api, pod, name_of(node)) {
                        *load.entry(name_of(node).to_string()).or_default() += 1;
                    }
                }
                None => self.unschedulable(api, pod, fit_error(nodes.len(), &reasons)),
            }
        }
    }

    fn bind(&mut self, api: &Api, pod: &Value, node: &str) -> bool {
        let mut n = pod.clone();
        n["spec"]["nodeName"] = json!(node);
        set_scheduled(
            &mut n,
            json!({"type": "PodScheduled", "status": "True",
            "lastProbeTime": null, "lastTransitionTime": api.now_str()}),
        );
        let Some(stored) = api.update(kinds::PODS, pod, n, "kube-scheduler", None) else {
            return false;
        };
        self.failed.remove(uid_of(pod));
        record_scheduler(
            api,
            &stored,
            false,
            "Scheduled",
            format!(
                "Successfully assigned {}/{} to {node}",
                ns_of(pod),
                name_of(pod)
            ),
        );
        true
    }

    fn unschedulable(&mut self, api: &Api, pod: &Value, msg: String) {
        if self.failed.get(uid_of(pod)) == Some(&msg) {
            return;
        }
        self.failed.insert(uid_of(pod).to_string(), msg.clone());
        let mut n = pod.clone();
        let keep_since = super::pod_condition(pod, "PodScheduled")
            .filter(|c| c["status"] == "False")
            .and_then(|c| c["lastTransitionTime"].as_str().map(str::to_string));
        set_scheduled(
            &mut n,
            json!({"type": "PodScheduled", "status": "False",
            "lastProbeTime": null, "lastTransitionTime": keep_since.unwrap_or_else(|| api.now_str()),
            "reason": "Unschedulable", "message": msg}),
        );
        let stored = api
            .update(kinds::PODS, pod, n, "kube-scheduler", Some("status"))
            .unwrap_or_else(|| pod.clone());
        record_scheduler(api, &stored, true, "FailedScheduling", msg);
    }
}

fn set_scheduled(pod: &mut Value, cond: Value) {
    if !pod["status"].is_object() {
        pod["status"] = json!({});
    }
    let conds = pod["status"]["conditions"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut out: Vec<Value> = conds
        .into_iter()
        .filter(|c| c["type"] != "PodScheduled")
        .collect();
    out.push(cond);
    pod["status"]["conditions"] = Value::Array(out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(name: &str, extra: Value) -> Value {
        let mut n = json!({"metadata": {"name": name, "labels": {"kubernetes.io/hostname": name}},
            "spec": {}, "status": {"conditions": [{"type": "Ready", "status": "True"}]}});
        if let Some(m) = extra.as_object() {
            for (k, v) in m {
                n["spec"][k] = v.clone();
            }
        }
        n
    }

    #[test]
    fn filters() {
        let cp = node(
            "cp",
            json!({"taints": [{"key": "node-role.kubernetes.io/control-plane", "effect": "NoSchedule"}]}),
        );
        let cordoned = node("c", json!({"unschedulable": true}));
        let w = node("w", json!({}));
        let plain = json!({"spec": {}});
        let tolerant = json!({"spec": {"tolerations": [{"key": "node-role.kubernetes.io/control-plane", "operator": "Exists", "effect": "NoSchedule"}]}});
        let selecting = json!({"spec": {"nodeSelector": {"kubernetes.io/hostname": "cp"}}});
        let named = json!({"spec": {"nodeName": "w"}});
        for (pod, n, want) in [
            (
                &plain,
                &cp,
                Some("node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }"),
            ),
            (&tolerant, &cp, None),
            (&plain, &cordoned, Some("node(s) were unschedulable")),
            (&plain, &w, None),
            (
                &selecting,
                &w,
                Some("node(s) didn't match Pod's node affinity/selector"),
            ),
            (
                &selecting,
                &cp,
                Some("node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }"),
            ),
            (
                &named,
                &cp,
                Some("node(s) didn't match the requested node name"),
            ),
            (&named, &w, None),
        ] {
            assert_eq!(misfit(pod, n).as_deref(), want, "{pod} on {}", name_of(n));
        }
    }

    #[test]
    fn fit_error_text() {
        let mut r = BTreeMap::new();
        r.insert(
            "node(s) didn't match Pod's node affinity/selector".to_string(),
            2,
        );
        r.insert(
            "node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }".to_string(),
            1,
        );
        assert_eq!(
            fit_error(3, &r),
            "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
        );
    }
}
