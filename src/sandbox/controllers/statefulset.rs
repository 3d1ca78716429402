//! The StatefulSet controller (pkg/controller/statefulset): pods `<name>-<ordinal>` with
//! stable hostnames, created in order and each only once its predecessor is Running and Ready
//! (OrderedReady) or all at once (Parallel); PVCs `<claim>-<name>-<ordinal>` from
//! volumeClaimTemplates, kept when pods go (the default Retain policy); ControllerRevisions;
//! RollingUpdate from the highest ordinal down to the partition, OnDelete; scale down from the
//! highest ordinal; the status with currentRevision / updateRevision. Events from
//! `statefulset-controller`.

use std::collections::{BTreeMap, HashSet};

use serde_json::{Value, json};

use super::deployment::template_hash;
use super::events::{Event, Source, record};
use super::replicaset::claim_pods;
use super::{
    Api, controller_ref, is_deleting, kinds, name_of, ns_of, pod_available, pod_ready, revisions,
};

const SOURCE: Source<'static> = Source::controller("statefulset-controller");
const MANAGER: &str = "kube-controller-manager";
pub const REVISION_LABEL: &str = "controller-revision-hash";
const HASH_LABEL: &str = "controller.kubernetes.io/hash";
const POD_NAME_LABEL: &str = "statefulset.kubernetes.io/pod-name";
const POD_INDEX_LABEL: &str = "apps.kubernetes.io/pod-index";

/// The ordinal of a pod named `<set>-<n>`, if it is one of `set`'s.
pub fn ordinal(set_name: &str, pod_name: &str) -> Option<i64> {
    let rest = pod_name.strip_prefix(set_name)?.strip_prefix('-')?;
    if rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if rest.len() > 1 && rest.starts_with('0') {
        return None;
    }
    rest.parse().ok()
}

/// The PVC name for claim template `claim` of pod `pod` (`getPersistentVolumeClaimName`).
pub fn claim_name(claim: &str, pod: &str) -> String {
    format!("{claim}-{pod}")
}

fn start_ordinal(set: &Value) -> i64 {
    set["spec"]["ordinals"]["start"].as_i64().unwrap_or(0)
}

fn replicas(set: &Value) -> i64 {
    set["spec"]["replicas"].as_i64().unwrap_or(1).max(0)
}

fn partition(set: &Value) -> i64 {
    set["spec"]["updateStrategy"]["rollingUpdate"]["partition"]
        .as_i64()
        .unwrap_or(0)
}

fn rolling(set: &Value) -> bool {
    set["spec"]["updateStrategy"]["type"].as_str() != Some("OnDelete")
}

/// The PVCs pod `ordinal` needs (`getPersistentVolumeClaims`).
pub fn claims_for(set: &Value, pod_name: &str) -> Vec<Value> {
    let mut out = Vec::new();
    for t in set["spec"]["volumeClaimTemplates"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let tname = t["metadata"]["name"].as_str().unwrap_or_default();
        let mut meta = json!({"name": claim_name(tname, pod_name), "namespace": ns_of(set)});
        let mut labels = t["metadata"]["labels"].clone();
        if !labels.is_object() {
            labels = json!({});
        }
        if let Some(m) = set["spec"]["selector"]["matchLabels"].as_object() {
            for (k, v) in m {
                labels[k] = v.clone();
            }
        }
        if labels.as_object().is_some_and(|m| !m.is_empty()) {
            meta["labels"] = labels;
        }
        if let Some(a) = t["metadata"]["annotations"].as_object() {
            meta["annotations"] = Value::Object(a.clone());
        }
        if set["spec"]["persistentVolumeClaimRetentionPolicy"]["whenDeleted"] == "Delete" {
            meta["ownerReferences"] = json!([controller_ref(set)]);
        }
        out.push(
            json!({"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": meta,
                        "spec": t["spec"], "status": {"phase": "Pending"}}),
        );
    }
    out
}

/// The pod for `ordinal` from `template` (`newStatefulSetPod` + `setPodRevision`).
pub fn pod_for(set: &Value, template: &Value, ord: i64, revision: &str) -> Value {
    let name = format!("{}-{ord}", name_of(set));
    let mut labels = template["metadata"]["labels"].clone();
    if !labels.is_object() {
        labels = json!({});
    }
    labels[POD_NAME_LABEL] = json!(name);
    labels[POD_INDEX_LABEL] = json!(ord.to_string());
    labels[REVISION_LABEL] = json!(revision);
    let mut meta = json!({"name": name, "namespace": ns_of(set), "labels": labels,
                          "ownerReferences": [controller_ref(set)]});
    if let Some(a) = template["metadata"]["annotations"]
        .as_object()
        .filter(|a| !a.is_empty())
    {
        meta["annotations"] = Value::Object(a.clone());
    }
    let mut spec = template["spec"].clone();
    spec["hostname"] = json!(name);
    if let Some(svc) = set["spec"]["serviceName"]
        .as_str()
        .filter(|s| !s.is_empty())
    {
        spec["subdomain"] = json!(svc);
    }
    // `updateStorage`: each claim template replaces the pod volume of the same name.
    let mut volumes: Vec<Value> = spec["volumes"].as_array().cloned().unwrap_or_default();
    for t in set["spec"]["volumeClaimTemplates"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let tname = t["metadata"]["name"].as_str().unwrap_or_default();
        volumes.retain(|v| v["name"] != tname);
        volumes.push(json!({"name": tname, "persistentVolumeClaim": {"claimName": claim_name(tname, &name)}}));
    }
    if !volumes.is_empty() {
        spec["volumes"] = Value::Array(volumes);
    }
    json!({"apiVersion": "v1", "kind": "Pod", "metadata": meta, "spec": spec})
}

fn running_and_ready(p: &Value) -> bool {
    p["status"]["phase"] == "Running" && pod_ready(p)
}

fn revision_of(p: &Value) -> &str {
    p["metadata"]["labels"][REVISION_LABEL]
        .as_str()
        .unwrap_or_default()
}

fn event(api: &Api, set: &Value, reason: &'static str, message: String) {
    record(
        api,
        Event {
            object: set,
            field_path: None,
            warning: false,
            reason,
            message,
            source: SOURCE,
        },
    );
}

pub fn sync_all(api: &Api) {
    for set in api.list(kinds::STATEFULSETS, None) {
        if is_deleting(&set) {
            continue;
        }
        let pods = api.list(kinds::PODS, Some(ns_of(&set)));
        sync(api, &set, &pods);
    }
}

fn delete_pod(api: &Api, set: &Value, p: &Value) {
    if api.delete_pod(p) {
        event(
            api,
            set,
            "SuccessfulDelete",
            format!(
                "delete Pod {} in StatefulSet {} successful",
                name_of(p),
                name_of(set)
            ),
        );
    }
}

/// Creates the missing claims of `pod` (`createPersistentVolumeClaims`).
fn ensure_claims(api: &Api, set: &Value, pod: &Value) -> bool {
    for c in claims_for(set, name_of(pod)) {
        if api.get(kinds::PVCS, ns_of(set), name_of(&c)).is_some() {
            continue;
        }
        let name = name_of(&c).to_string();
        if api.create(kinds::PVCS, c, MANAGER).is_none() {
            return false;
        }
        event(
            api,
            set,
            "SuccessfulCreate",
            format!(
                "create Claim {name} Pod {} in StatefulSet {} success",
                name_of(pod),
                name_of(set)
            ),
        );
    }
    true
}

fn sync(api: &Api, set: &Value, pods: &[Value]) {
    let history = revisions::owned(api, set);
    let data = revisions::patch_of(set);
    let cc = set["status"]["collisionCount"].as_i64().unwrap_or(0);
    let hash = template_hash(&data, Some(cc));
    let mut labels = set["spec"]["template"]["metadata"]["labels"].clone();
    if !labels.is_object() {
        labels = json!({});
    }
    labels[HASH_LABEL] = json!(hash);
    let rev_name = format!("{}-{hash}", name_of(set));
    let Some(update_rev) = revisions::ensure(api, set, &history, &data, &rev_name, labels) else {
        return;
    };
    let history = revisions::owned(api, set);
    let update_name = name_of(&update_rev).to_string();
    let current_rev = set["status"]["currentRevision"]
        .as_str()
        .and_then(|n| history.iter().find(|r| name_of(r) == n))
        .cloned()
        .unwrap_or_else(|| update_rev.clone());
    let current_name = name_of(&current_rev).to_string();

    let owned: Vec<Value> = claim_pods(api, set, pods)
        .into_iter()
        .filter(|p| ordinal(name_of(set), name_of(p)).is_some())
        .collect();
    let start = start_ordinal(set);
    let want = replicas(set);
    let mut slots: BTreeMap<i64, Value> = BTreeMap::new();
    let mut condemned: Vec<Value> = Vec::new();
    for p in owned {
        let Some(ord) = ordinal(name_of(set), name_of(&p)) else {
            continue;
        };
        if ord >= start && ord < start + want {
            slots.insert(ord, p);
        } else {
            condemned.push(p);
        }
    }
    condemned.sort_by_key(|p| std::cmp::Reverse(ordinal(name_of(set), name_of(p))));
    let monotonic = set["spec"]["podManagementPolicy"] != "Parallel";
    let current_tpl = revisions::template_of(&current_rev);
    let update_tpl = &set["spec"]["template"];
    let cur_replicas = set["status"]["currentReplicas"].as_i64().unwrap_or(0);

    let mut blocked = false;
    for ord in start..start + want {
        match slots.get(&ord) {
            None => {
                // `newVersionedStatefulSetPod`: below the partition, pods keep the current revision.
                let below = if set["spec"]["updateStrategy"]["rollingUpdate"].is_object() {
                    ord < partition(set)
                } else {
                    ord - start < cur_replicas
                };
                let (tpl, rev) = if rolling(set) && below {
                    (&current_tpl, current_name.as_str())
                } else {
                    (update_tpl, update_name.as_str())
                };
                let pod = pod_for(set, tpl, ord, rev);
                if !ensure_claims(api, set, &pod) {
                    blocked = true;
                    break;
                }
                let name = name_of(&pod).to_string();
                if api.create(kinds::PODS, pod, MANAGER).is_some() {
                    event(
                        api,
                        set,
                        "SuccessfulCreate",
                        format!(
                            "create Pod {name} in StatefulSet {} successful",
                            name_of(set)
                        ),
                    );
                }
                if monotonic {
                    blocked = true;
                    break;
                }
            }
            Some(p) if p["status"]["phase"] == "Failed" || p["status"]["phase"] == "Succeeded" => {
                delete_pod(api, set, p);
                if monotonic {
                    blocked = true;
                    break;
                }
            }
            Some(p) => {
                if monotonic && (is_deleting(p) || !running_and_ready(p)) {
                    blocked = true;
                    break;
                }
            }
        }
    }

    if !blocked {
        // Scale down: the highest ordinal first, one at a time unless Parallel.
        for p in &condemned {
            if is_deleting(p) {
                if monotonic {
                    blocked = true;
                    break;
                }
                continue;
            }
            delete_pod(api, set, p);
            if monotonic {
                blocked = true;
                break;
            }
        }
    }

    if !blocked && rolling(set) && condemned.is_empty() {
        // RollingUpdate: from the highest ordinal down to the partition, one pod at a time.
        let floor = partition(set).max(start);
        for ord in (floor..start + want).rev() {
            let Some(p) = slots.get(&ord) else { break };
            if revision_of(p) != update_name && !is_deleting(p) {
                delete_pod(api, set, p);
                break;
            }
            if is_deleting(p) || !running_and_ready(p) {
                break;
            }
        }
    }

    let mut keep: HashSet<String> = [current_name.clone(), update_name.clone()].into();
    for p in pods {
        keep.insert(revision_of(p).to_string());
    }
    let limit = set["spec"]["revisionHistoryLimit"].as_i64().unwrap_or(10);
    revisions::truncate(api, &history, &keep, limit);
    update_status(api, set, &current_name, &update_name, cc);
}

fn update_status(api: &Api, set: &Value, current: &str, update: &str, cc: i64) {
    let Some(cur) = api.get(kinds::STATEFULSETS, ns_of(set), name_of(set)) else {
        return;
    };
    let pods: Vec<Value> = api
        .list(kinds::PODS, Some(ns_of(set)))
        .into_iter()
        .filter(|p| super::controller_uid(p) == Some(super::uid_of(set)))
        .filter(|p| ordinal(name_of(set), name_of(p)).is_some())
        .collect();
    let min_ready = set["spec"]["minReadySeconds"].as_i64().unwrap_or(0);
    let (mut n, mut ready, mut available, mut cur_n, mut upd_n) = (0, 0, 0, 0, 0);
    for p in &pods {
        n += 1;
        if running_and_ready(p) {
            ready += 1;
            if pod_available(p, min_ready, api.now) {
                available += 1;
            }
        }
        if !is_deleting(p) {
            if revision_of(p) == current {
                cur_n += 1;
            }
            if revision_of(p) == update {
                upd_n += 1;
            }
        }
    }
    let (mut current, mut cur_n) = (current.to_string(), cur_n);
    // `completeRollingUpdate`: every pod updated and ready makes the update revision current.
    if rolling(set) && upd_n == n && ready == n {
        current = update.to_string();
        cur_n = upd_n;
    }
    let mut st = json!({
        "replicas": n, "availableReplicas": available, "collisionCount": cc,
        "currentRevision": current, "updateRevision": update,
    });
    for (k, v) in [
        ("readyReplicas", ready),
        ("currentReplicas", cur_n),
        ("updatedReplicas", upd_n),
    ] {
        if v > 0 {
            st[k] = json!(v);
        }
    }
    if let Some(g) = cur["metadata"]["generation"].as_i64() {
        st["observedGeneration"] = json!(g);
    }
    if let Some(c) = cur["status"].get("conditions") {
        st["conditions"] = c.clone();
    }
    if st != cur["status"] {
        let mut next = cur.clone();
        next["status"] = st;
        api.update(kinds::STATEFULSETS, &cur, next, MANAGER, Some("status"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_parse_only_the_sets_own_pods() {
        for (set, pod, want) in [
            ("web", "web-0", Some(0)),
            ("web", "web-12", Some(12)),
            ("web", "web-01", None),
            ("web", "web-", None),
            ("web", "web-x", None),
            ("web", "webby-1", None),
            ("web-1", "web-1-2", Some(2)),
            ("web", "web-1-2", None),
        ] {
            assert_eq!(ordinal(set, pod), want, "{set} {pod}");
        }
    }

    #[test]
    fn pods_and_claims_from_the_set() {
        let set = json!({"apiVersion": "apps/v1", "kind": "StatefulSet",
            "metadata": {"name": "web", "namespace": "ns", "uid": "u"},
            "spec": {"serviceName": "nginx", "selector": {"matchLabels": {"app": "web"}},
                "template": {"metadata": {"labels": {"app": "web"}},
                    "spec": {"containers": [{"name": "c"}], "volumes": [{"name": "www", "emptyDir": {}}]}},
                "volumeClaimTemplates": [{"metadata": {"name": "www"},
                    "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}}}]}});
        let p = pod_for(&set, &set["spec"]["template"], 2, "web-abc");
        assert_eq!(p["metadata"]["name"], "web-2");
        assert_eq!(
            p["metadata"]["labels"],
            json!({"app": "web", POD_NAME_LABEL: "web-2", POD_INDEX_LABEL: "2", REVISION_LABEL: "web-abc"})
        );
        assert_eq!(p["spec"]["hostname"], "web-2");
        assert_eq!(p["spec"]["subdomain"], "nginx");
        assert_eq!(
            p["spec"]["volumes"],
            json!([{"name": "www", "persistentVolumeClaim": {"claimName": "www-web-2"}}])
        );
        let c = claims_for(&set, "web-2");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0]["metadata"]["name"], "www-web-2");
        assert_eq!(c[0]["metadata"]["labels"], json!({"app": "web"}));
        assert!(c[0]["metadata"].get("ownerReferences").is_none());
    }
}
