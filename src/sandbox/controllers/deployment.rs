//! The Deployment controller (pkg/controller/deployment): a ReplicaSet per pod template
//! (`<name>-<pod-template-hash>`), rolling updates within maxSurge / maxUnavailable, Recreate,
//! proportional scaling, revisions (`deployment.kubernetes.io/revision`), revisionHistoryLimit
//! cleanup, and the status with its Available / Progressing conditions. Events:
//! ScalingReplicaSet from `deployment-controller`.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Map, Value, json};

use super::events::{Event, Source, record};
use super::{Api, controller_ref, controller_uid, is_deleting, kinds, name_of, ns_of, uid_of};
use crate::sandbox::selectors::LabelSelector;

const SOURCE: Source<'static> = Source::controller("deployment-controller");
const MANAGER: &str = "kube-controller-manager";
pub const HASH_LABEL: &str = "pod-template-hash";
pub const REVISION: &str = "deployment.kubernetes.io/revision";
const REVISION_HISTORY: &str = "deployment.kubernetes.io/revision-history";
const DESIRED: &str = "deployment.kubernetes.io/desired-replicas";
const MAX_REPLICAS: &str = "deployment.kubernetes.io/max-replicas";

/// Annotations the controller never copies from a deployment to its ReplicaSets.
const NOT_COPIED: [&str; 6] = [
    "kubectl.kubernetes.io/last-applied-configuration",
    REVISION,
    REVISION_HISTORY,
    DESIRED,
    MAX_REPLICAS,
    "deprecated.deployment.rollback.to",
];

// ------------------------------------------------------------------ pure helpers

/// FNV-32a, the hash `controller.ComputeHash` feeds the template into.
fn fnv32a(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c9dc5;
    for b in bytes {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x01000193);
    }
    h
}

/// `rand.SafeEncodeString`: each byte mapped onto consonants and digits.
fn safe_encode(s: &str) -> String {
    const ALPHA: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    s.bytes()
        .map(|b| ALPHA[b as usize % ALPHA.len()] as char)
        .collect()
}

/// The pod-template-hash: kube hashes a spew dump of the Go struct, which cannot be reproduced
/// from JSON, so this hashes the canonical JSON instead; the shape (FNV-32a, decimal, safe
/// encoding, collisionCount mixed in) is kube's.
pub fn template_hash(template: &Value, collision_count: Option<i64>) -> String {
    let mut bytes = serde_json::to_vec(template).unwrap_or_default();
    if let Some(c) = collision_count {
        bytes.extend_from_slice(&(c as u32).to_le_bytes());
    }
    safe_encode(&fnv32a(&bytes).to_string())
}

fn without_hash(template: &Value) -> Value {
    let mut t = template.clone();
    if let Some(l) = t["metadata"]["labels"].as_object_mut() {
        l.remove(HASH_LABEL);
    }
    t
}

/// `EqualIgnoreHash`: templates equal but for the pod-template-hash label.
pub fn equal_ignore_hash(a: &Value, b: &Value) -> bool {
    let norm = |t: &Value| {
        let mut t = without_hash(t);
        if t["metadata"]["labels"]
            .as_object()
            .is_some_and(Map::is_empty)
            && let Some(m) = t["metadata"].as_object_mut()
        {
            m.remove("labels");
        }
        t
    };
    norm(a) == norm(b)
}

/// `intstr.GetScaledValueFromIntOrPercent`.
pub fn scaled(v: &Value, total: i64, round_up: bool) -> i64 {
    match v {
        Value::Number(n) => n.as_i64().unwrap_or(0),
        Value::String(s) => match s.strip_suffix('%').and_then(|p| p.parse::<i64>().ok()) {
            Some(p) if round_up => (p * total + 99) / 100,
            Some(p) => p * total / 100,
            None => s.parse().unwrap_or(0),
        },
        _ => 0,
    }
}

fn replicas(d: &Value) -> i64 {
    d["spec"]["replicas"].as_i64().unwrap_or(1)
}

fn rolling(d: &Value) -> bool {
    d["spec"]["strategy"]["type"].as_str() != Some("Recreate")
}

/// `ResolveFenceposts` → (maxSurge, maxUnavailable).
pub fn fenceposts(d: &Value) -> (i64, i64) {
    if !rolling(d) {
        return (0, 0);
    }
    let ru = &d["spec"]["strategy"]["rollingUpdate"];
    let want = replicas(d);
    let surge = scaled(ru.get("maxSurge").unwrap_or(&json!("25%")), want, true);
    let mut unavailable = scaled(
        ru.get("maxUnavailable").unwrap_or(&json!("25%")),
        want,
        false,
    );
    if surge == 0 && unavailable == 0 {
        unavailable = 1;
    }
    (surge, unavailable)
}

fn max_surge(d: &Value) -> i64 {
    fenceposts(d).0
}

fn max_unavailable(d: &Value) -> i64 {
    if !rolling(d) || replicas(d) == 0 {
        return 0;
    }
    fenceposts(d).1.min(replicas(d))
}

fn rs_replicas(rs: &Value) -> i64 {
    rs["spec"]["replicas"].as_i64().unwrap_or(0)
}

fn st(o: &Value, k: &str) -> i64 {
    o["status"][k].as_i64().unwrap_or(0)
}

fn annotation<'a>(o: &'a Value, k: &str) -> Option<&'a str> {
    o["metadata"]["annotations"][k].as_str()
}

pub fn revision(rs: &Value) -> i64 {
    annotation(rs, REVISION)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

fn created(o: &Value) -> &str {
    o["metadata"]["creationTimestamp"]
        .as_str()
        .unwrap_or_default()
}

/// `NewRSNewReplicas` for a rolling update: how big the new ReplicaSet may grow now.
pub fn new_rs_replicas(d: &Value, all: &[Value], new_rs: &Value) -> i64 {
    if !rolling(d) {
        return replicas(d);
    }
    let current: i64 = all.iter().map(rs_replicas).sum();
    let max_total = replicas(d) + max_surge(d);
    if current >= max_total {
        return rs_replicas(new_rs);
    }
    let up = (max_total - current)
        .min(replicas(d) - rs_replicas(new_rs))
        .max(0);
    rs_replicas(new_rs) + up
}

/// One condition as the deployment util builds them.
fn condition(ty: &str, status: &str, reason: &str, message: String, now: &str) -> Value {
    json!({"type": ty, "status": status, "lastUpdateTime": now, "lastTransitionTime": now,
           "reason": reason, "message": message})
}

fn get_condition<'a>(status: &'a Value, ty: &str) -> Option<&'a Value> {
    status["conditions"]
        .as_array()?
        .iter()
        .find(|c| c["type"] == ty)
}

/// `SetDeploymentCondition`: no-op for the same status and reason; keeps lastTransitionTime
/// when only the reason changes; the condition moves to the end.
fn set_condition(status: &mut Value, mut c: Value) {
    if let Some(cur) = get_condition(status, c["type"].as_str().unwrap_or_default()) {
        if cur["status"] == c["status"] && cur["reason"] == c["reason"] {
            return;
        }
        if cur["status"] == c["status"] {
            c["lastTransitionTime"] = cur["lastTransitionTime"].clone();
        }
    }
    remove_condition(status, c["type"].as_str().unwrap_or_default());
    match status["conditions"].as_array_mut() {
        Some(a) => a.push(c),
        None => status["conditions"] = json!([c]),
    }
}

fn remove_condition(status: &mut Value, ty: &str) {
    if let Some(a) = status["conditions"].as_array_mut() {
        a.retain(|c| c["type"] != ty);
    }
}

// ------------------------------------------------------------------ the controller

/// What one sync works on; `d` is re-read after each write.
struct Sync<'a, 'b> {
    api: &'a Api<'b>,
    d: Value,
    rss: Vec<Value>,
}

pub fn sync_all(api: &Api) {
    let mut by_ns: HashMap<String, Vec<Value>> = HashMap::new();
    for rs in api.list(kinds::REPLICASETS, None) {
        by_ns.entry(ns_of(&rs).to_string()).or_default().push(rs);
    }
    for d in api.list(kinds::DEPLOYMENTS, None) {
        if is_deleting(&d) {
            continue;
        }
        let rss = by_ns.remove(ns_of(&d)).unwrap_or_default();
        let mut s = Sync {
            api,
            d,
            rss: Vec::new(),
        };
        let rest = s.claim(rss);
        s.run();
        by_ns.insert(ns_of(&s.d).to_string(), rest);
    }
}

impl Sync<'_, '_> {
    /// Takes the deployment's ReplicaSets (adopting matching orphans); returns the others.
    fn claim(&mut self, rss: Vec<Value>) -> Vec<Value> {
        let sel = LabelSelector::from_object(&self.d["spec"]["selector"]);
        let mut rest = Vec::new();
        for rs in rss {
            match controller_uid(&rs) {
                Some(u) if u == uid_of(&self.d) => self.rss.push(rs),
                None if sel.matches(&rs["metadata"]["labels"]) && !is_deleting(&rs) => {
                    let mut n = rs.clone();
                    n["metadata"]["ownerReferences"] = json!([controller_ref(&self.d)]);
                    match self.api.update(kinds::REPLICASETS, &rs, n, MANAGER, None) {
                        Some(s) => self.rss.push(s),
                        None => rest.push(rs),
                    }
                }
                _ => rest.push(rs),
            }
        }
        self.rss
            .sort_by(|a, b| created(a).cmp(created(b)).then(name_of(a).cmp(name_of(b))));
        rest
    }

    fn new_rs_index(&self) -> Option<usize> {
        let tpl = &self.d["spec"]["template"];
        // The oldest match wins, as FindNewReplicaSet sorts by creation.
        self.rss
            .iter()
            .position(|rs| equal_ignore_hash(&rs["spec"]["template"], tpl))
    }

    fn new_rs(&self) -> Option<&Value> {
        self.new_rs_index().map(|i| &self.rss[i])
    }

    fn old_rss(&self) -> Vec<Value> {
        let new = self.new_rs_index();
        self.rss
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != new)
            .map(|(_, r)| r.clone())
            .collect()
    }

    fn replace_rs(&mut self, stored: Value) {
        match self.rss.iter().position(|r| uid_of(r) == uid_of(&stored)) {
            Some(i) => self.rss[i] = stored,
            None => self.rss.push(stored),
        }
    }

    fn event(&self, reason: &str, message: String) {
        record(
            self.api,
            Event {
                object: &self.d,
                field_path: None,
                warning: false,
                reason,
                message,
                source: SOURCE,
            },
        );
    }

    fn run(&mut self) {
        if self.d["spec"]["paused"] == true || self.is_scaling_event() {
            self.sync_revision(false);
            self.scale();
            if self.d["spec"]["paused"] == true {
                self.cleanup();
            }
            self.write_status(false);
            return;
        }
        if rolling(&self.d) {
            self.rollout_rolling();
        } else {
            self.rollout_recreate();
        }
    }

    fn is_scaling_event(&self) -> bool {
        self.new_rs_index().is_some()
            && self.rss.iter().filter(|r| rs_replicas(r) > 0).any(|r| {
                annotation(r, DESIRED)
                    .and_then(|s| s.parse::<i64>().ok())
                    .is_some_and(|want| want != replicas(&self.d))
            })
    }

    fn max_old_revision(&self) -> i64 {
        self.old_rss().iter().map(revision).max().unwrap_or(0)
    }

    /// `getNewReplicaSet` + `SetDeploymentRevision`: finds (or creates) the new ReplicaSet and
    /// brings the revision annotations up to date.
    fn sync_revision(&mut self, create: bool) {
        let new_revision = self.max_old_revision() + 1;
        if let Some(i) = self.new_rs_index() {
            let rs = self.rss[i].clone();
            let mut n = rs.clone();
            self.copy_annotations(&mut n);
            let cur = revision(&rs);
            if cur < new_revision {
                n["metadata"]["annotations"][REVISION] = json!(new_revision.to_string());
                if cur > 0 {
                    let hist = match annotation(&rs, REVISION_HISTORY) {
                        Some(h) if !h.is_empty() => format!("{h},{cur}"),
                        _ => cur.to_string(),
                    };
                    n["metadata"]["annotations"][REVISION_HISTORY] = json!(hist);
                }
            }
            if let Some(m) = self.d["spec"]["minReadySeconds"]
                .as_i64()
                .filter(|m| *m > 0)
            {
                n["spec"]["minReadySeconds"] = json!(m);
            }
            if let Some(s) = self.api.update(kinds::REPLICASETS, &rs, n, MANAGER, None) {
                self.replace_rs(s);
            }
            if get_condition(&self.d["status"], "Progressing").is_none() && self.has_deadline() {
                let mut status = self.d["status"].clone();
                let msg = format!("Found new replica set \"{}\"", name_of(&self.rss[i]));
                set_condition(
                    &mut status,
                    condition(
                        "Progressing",
                        "True",
                        "FoundNewReplicaSet",
                        msg,
                        &self.api.now_str(),
                    ),
                );
                self.put_status(status);
            }
        } else if create {
            self.create_new_rs(new_revision);
        }
        let rev = self.new_rs().map(revision).unwrap_or(0);
        if rev > 0 && annotation(&self.d, REVISION) != Some(rev.to_string().as_str()) {
            let mut n = self.d.clone();
            if !n["metadata"]["annotations"].is_object() {
                n["metadata"]["annotations"] = json!({});
            }
            n["metadata"]["annotations"][REVISION] = json!(rev.to_string());
            if let Some(s) = self
                .api
                .update(kinds::DEPLOYMENTS, &self.d, n, MANAGER, None)
            {
                self.d = s;
            }
        }
    }

    fn copy_annotations(&self, rs: &mut Value) {
        if let Some(a) = self.d["metadata"]["annotations"].as_object() {
            for (k, v) in a {
                if NOT_COPIED.contains(&k.as_str()) {
                    continue;
                }
                if !rs["metadata"]["annotations"].is_object() {
                    rs["metadata"]["annotations"] = json!({});
                }
                rs["metadata"]["annotations"][k.as_str()] = v.clone();
            }
        }
    }

    fn has_deadline(&self) -> bool {
        self.d["spec"]["progressDeadlineSeconds"]
            .as_i64()
            .is_some_and(|s| s != i64::from(i32::MAX))
    }

    fn create_new_rs(&mut self, new_revision: i64) {
        let d = &self.d;
        let collision = d["status"]["collisionCount"].as_i64();
        let hash = template_hash(&d["spec"]["template"], collision);
        let mut tpl = d["spec"]["template"].clone();
        if !tpl["metadata"]["labels"].is_object() {
            tpl["metadata"]["labels"] = json!({});
        }
        tpl["metadata"]["labels"][HASH_LABEL] = json!(hash);
        let mut selector = d["spec"]["selector"].clone();
        if !selector["matchLabels"].is_object() {
            selector["matchLabels"] = json!({});
        }
        selector["matchLabels"][HASH_LABEL] = json!(hash);
        let name = format!("{}-{hash}", name_of(d));
        let mut rs = json!({
            "apiVersion": "apps/v1", "kind": "ReplicaSet",
            "metadata": {"name": name, "namespace": ns_of(d),
                "labels": tpl["metadata"]["labels"].clone(),
                "annotations": {}, "ownerReferences": [controller_ref(d)]},
            "spec": {"replicas": 0, "selector": selector, "template": tpl},
        });
        if let Some(m) = d["spec"]["minReadySeconds"].as_i64().filter(|m| *m > 0) {
            rs["spec"]["minReadySeconds"] = json!(m);
        }
        self.copy_annotations(&mut rs);
        rs["metadata"]["annotations"][REVISION] = json!(new_revision.to_string());
        let mut all = self.rss.clone();
        all.push(rs.clone());
        let count = new_rs_replicas(d, &all, &rs);
        rs["spec"]["replicas"] = json!(count);
        rs["metadata"]["annotations"][DESIRED] = json!(replicas(d).to_string());
        rs["metadata"]["annotations"][MAX_REPLICAS] =
            json!((replicas(d) + max_surge(d)).to_string());
        match self.api.create(kinds::REPLICASETS, rs, MANAGER) {
            Some(created) => {
                if count > 0 {
                    self.event(
                        "ScalingReplicaSet",
                        format!("Scaled up replica set {name} to {count} from 0"),
                    );
                }
                let mut status = self.d["status"].clone();
                if !status.is_object() {
                    status = json!({});
                }
                if self.has_deadline() {
                    set_condition(
                        &mut status,
                        condition(
                            "Progressing",
                            "True",
                            "NewReplicaSetCreated",
                            format!("Created new replica set \"{name}\""),
                            &self.api.now_str(),
                        ),
                    );
                }
                self.rss.push(created);
                self.put_status(status);
            }
            None => {
                // The name is taken by a ReplicaSet with another template: a hash collision.
                let mut status = self.d["status"].clone();
                if !status.is_object() {
                    status = json!({});
                }
                status["collisionCount"] = json!(collision.unwrap_or(0) + 1);
                self.put_status(status);
            }
        }
    }

    fn put_status(&mut self, status: Value) {
        let mut n = self.d.clone();
        n["status"] = status;
        if let Some(s) = self
            .api
            .update(kinds::DEPLOYMENTS, &self.d, n, MANAGER, Some("status"))
        {
            self.d = s;
        }
    }

    /// Scales `rs` to `to` (with the replica annotations); returns whether the size changed.
    fn scale_rs(&mut self, rs: &Value, to: i64) -> bool {
        let from = rs_replicas(rs);
        let want_desired = replicas(&self.d).to_string();
        let want_max = (replicas(&self.d) + max_surge(&self.d)).to_string();
        if from == to
            && annotation(rs, DESIRED) == Some(want_desired.as_str())
            && annotation(rs, MAX_REPLICAS) == Some(want_max.as_str())
        {
            return false;
        }
        let mut n = rs.clone();
        n["spec"]["replicas"] = json!(to);
        if !n["metadata"]["annotations"].is_object() {
            n["metadata"]["annotations"] = json!({});
        }
        n["metadata"]["annotations"][DESIRED] = json!(want_desired);
        n["metadata"]["annotations"][MAX_REPLICAS] = json!(want_max);
        let Some(stored) = self.api.update(kinds::REPLICASETS, rs, n, MANAGER, None) else {
            return false;
        };
        let name = name_of(&stored).to_string();
        self.replace_rs(stored);
        if from != to {
            let op = if from < to { "up" } else { "down" };
            self.event(
                "ScalingReplicaSet",
                format!("Scaled {op} replica set {name} to {to} from {from}"),
            );
            return true;
        }
        false
    }

    /// `scale`: the deployment's size changed (or it is paused).
    fn scale(&mut self) {
        let want = replicas(&self.d);
        let mut by_age = self.rss.clone();
        by_age.sort_by(|a, b| created(b).cmp(created(a)));
        let active: Vec<Value> = by_age
            .iter()
            .filter(|r| rs_replicas(r) > 0)
            .cloned()
            .collect();
        let single = match active.len() {
            0 => by_age.first().cloned(),
            1 => active.first().cloned(),
            _ => None,
        };
        if let Some(rs) = single {
            self.scale_rs(&rs, want);
            return;
        }
        let new_rs = self.new_rs().cloned();
        if let Some(n) = &new_rs
            && annotation(n, DESIRED) == Some(want.to_string().as_str())
            && rs_replicas(n) == want
            && st(n, "availableReplicas") == want
        {
            for rs in self.old_rss().iter().filter(|r| rs_replicas(r) > 0) {
                self.scale_rs(rs, 0);
            }
            return;
        }
        if !rolling(&self.d) {
            return;
        }
        let total: i64 = active.iter().map(rs_replicas).sum();
        let allowed = if want > 0 {
            want + max_surge(&self.d)
        } else {
            0
        };
        let to_add = allowed - total;
        let mut order = active.clone();
        if to_add > 0 {
            order.sort_by(|a, b| {
                rs_replicas(b)
                    .cmp(&rs_replicas(a))
                    .then(created(b).cmp(created(a)))
            });
        } else {
            order.sort_by(|a, b| {
                rs_replicas(b)
                    .cmp(&rs_replicas(a))
                    .then(created(a).cmp(created(b)))
            });
        }
        let mut added = 0;
        let mut sizes: BTreeMap<String, i64> = BTreeMap::new();
        for rs in &order {
            let p = self.proportion(rs, to_add, added);
            sizes.insert(name_of(rs).to_string(), rs_replicas(rs) + p);
            added += p;
        }
        for (i, rs) in order.iter().enumerate() {
            let mut size = sizes.get(name_of(rs)).copied().unwrap_or(0);
            if i == 0 && to_add != 0 {
                size = (size + to_add - added).max(0);
            }
            self.scale_rs(rs, size);
        }
    }

    fn proportion(&self, rs: &Value, to_add: i64, added: i64) -> i64 {
        if rs_replicas(rs) == 0 || to_add == 0 || to_add == added {
            return 0;
        }
        let d = &self.d;
        let fraction = if replicas(d) == 0 {
            -rs_replicas(rs)
        } else {
            let dep = replicas(d) + max_surge(d);
            let annotated = annotation(rs, MAX_REPLICAS)
                .and_then(|s| s.parse::<i64>().ok())
                .unwrap_or_else(|| st(d, "replicas"))
                .max(1);
            ((rs_replicas(rs) * dep) as f64 / annotated as f64).round() as i64 - rs_replicas(rs)
        };
        let allowed = to_add - added;
        if to_add > 0 {
            fraction.min(allowed)
        } else {
            fraction.max(allowed)
        }
    }

    fn rollout_rolling(&mut self) {
        self.sync_revision(true);
        let Some(new_rs) = self.new_rs().cloned() else {
            self.write_status(true);
            return;
        };
        // reconcileNewReplicaSet
        let want = replicas(&self.d);
        let target = if rs_replicas(&new_rs) > want {
            want
        } else {
            new_rs_replicas(&self.d, &self.rss, &new_rs)
        };
        if self.scale_rs(&new_rs, target) && target > rs_replicas(&new_rs) {
            self.write_status(true);
            return;
        }
        if self.reconcile_old() {
            self.write_status(true);
            return;
        }
        let status = self.calculate_status();
        if complete(&self.d, &status) {
            self.cleanup();
        }
        self.write_status(true);
    }

    /// `reconcileOldReplicaSets`; returns whether anything was scaled down.
    fn reconcile_old(&mut self) -> bool {
        let old = self.old_rss();
        let old_count: i64 = old.iter().map(rs_replicas).sum();
        if old_count == 0 {
            return false;
        }
        let Some(new_rs) = self.new_rs().cloned() else {
            return false;
        };
        let all_count: i64 = self.rss.iter().map(rs_replicas).sum();
        let min_available = replicas(&self.d) - max_unavailable(&self.d);
        let new_unavailable = rs_replicas(&new_rs) - st(&new_rs, "availableReplicas");
        let max_scaled_down = all_count - min_available - new_unavailable;
        if max_scaled_down <= 0 {
            return false;
        }
        // cleanupUnhealthyReplicas: old pods that are not available go first.
        let mut scaled = 0;
        let mut old_sorted = old.clone();
        old_sorted.sort_by(|a, b| created(a).cmp(created(b)));
        for rs in &old_sorted {
            if scaled >= max_scaled_down {
                break;
            }
            let unhealthy = rs_replicas(rs) - st(rs, "availableReplicas");
            if rs_replicas(rs) == 0 || unhealthy <= 0 {
                continue;
            }
            let down = unhealthy.min(max_scaled_down - scaled);
            if self.scale_rs(rs, rs_replicas(rs) - down) {
                scaled += down;
            }
        }
        // scaleDownOldReplicaSetsForRollingUpdate
        let available: i64 = self.rss.iter().map(|r| st(r, "availableReplicas")).sum();
        let mut budget = (available - min_available).min(max_scaled_down - scaled);
        if budget > 0 {
            for rs in self.old_rss().iter() {
                if budget <= 0 {
                    break;
                }
                if rs_replicas(rs) == 0 {
                    continue;
                }
                let down = rs_replicas(rs).min(budget);
                if self.scale_rs(rs, rs_replicas(rs) - down) {
                    budget -= down;
                    scaled += down;
                }
            }
        }
        scaled > 0
    }

    fn rollout_recreate(&mut self) {
        self.sync_revision(false);
        let mut scaled = false;
        for rs in self.old_rss().iter().filter(|r| rs_replicas(r) > 0) {
            scaled |= self.scale_rs(rs, 0);
        }
        if scaled {
            self.write_status(true);
            return;
        }
        let old_uids: Vec<String> = self
            .old_rss()
            .iter()
            .map(|r| uid_of(r).to_string())
            .collect();
        let old_running = self
            .api
            .list(kinds::PODS, Some(ns_of(&self.d)))
            .iter()
            .any(|p| {
                controller_uid(p).is_some_and(|u| old_uids.iter().any(|o| o == u))
                    && !matches!(p["status"]["phase"].as_str(), Some("Failed" | "Succeeded"))
            });
        if old_running {
            self.write_status(true);
            return;
        }
        if self.new_rs().is_none() {
            self.sync_revision(true);
        }
        if let Some(new_rs) = self.new_rs().cloned() {
            let want = replicas(&self.d);
            self.scale_rs(&new_rs, want);
        }
        let status = self.calculate_status();
        if complete(&self.d, &status) {
            self.cleanup();
        }
        self.write_status(true);
    }

    /// `cleanupDeployment`: old ReplicaSets beyond revisionHistoryLimit, scaled to zero, go.
    fn cleanup(&mut self) {
        let Some(limit) = self.d["spec"]["revisionHistoryLimit"].as_i64() else {
            return;
        };
        let mut old: Vec<Value> = self
            .old_rss()
            .into_iter()
            .filter(|r| !is_deleting(r))
            .collect();
        let diff = old.len() as i64 - limit;
        if diff <= 0 {
            return;
        }
        old.sort_by(|a, b| {
            revision(a)
                .cmp(&revision(b))
                .then(created(a).cmp(created(b)))
        });
        for rs in old.iter().take(diff as usize) {
            let idle = st(rs, "replicas") == 0
                && rs_replicas(rs) == 0
                && rs["metadata"]["generation"].as_i64().unwrap_or(0)
                    <= rs["status"]["observedGeneration"].as_i64().unwrap_or(0);
            if idle && self.api.delete(kinds::REPLICASETS, rs) {
                self.rss.retain(|r| uid_of(r) != uid_of(rs));
            }
        }
    }

    /// `calculateStatus`: counts summed over the ReplicaSets, plus the Available condition.
    fn calculate_status(&self) -> Value {
        let d = &self.d;
        let sum = |k: &str| -> i64 { self.rss.iter().map(|r| st(r, k)).sum() };
        let available = sum("availableReplicas");
        let total: i64 = self.rss.iter().map(rs_replicas).sum();
        let updated = self.new_rs().map(|r| st(r, "replicas")).unwrap_or(0);
        let mut status = json!({});
        if let Some(g) = d["metadata"]["generation"].as_i64() {
            status["observedGeneration"] = json!(g);
        }
        for (k, v) in [
            ("replicas", sum("replicas")),
            ("updatedReplicas", updated),
            ("readyReplicas", sum("readyReplicas")),
            ("availableReplicas", available),
            ("unavailableReplicas", (total - available).max(0)),
        ] {
            if v != 0 {
                status[k] = json!(v);
            }
        }
        if let Some(c) = d["status"].get("collisionCount") {
            status["collisionCount"] = c.clone();
        }
        if let Some(c) = d["status"].get("conditions") {
            status["conditions"] = c.clone();
        }
        let now = self.api.now_str();
        if available >= replicas(d) - max_unavailable(d) {
            set_condition(
                &mut status,
                condition(
                    "Available",
                    "True",
                    "MinimumReplicasAvailable",
                    "Deployment has minimum availability.".into(),
                    &now,
                ),
            );
        } else {
            set_condition(
                &mut status,
                condition(
                    "Available",
                    "False",
                    "MinimumReplicasUnavailable",
                    "Deployment does not have minimum availability.".into(),
                    &now,
                ),
            );
        }
        status
    }

    /// Writes the status (`syncRolloutStatus` when `rollout`, else `syncDeploymentStatus`).
    fn write_status(&mut self, rollout: bool) {
        let mut status = self.calculate_status();
        let now = self.api.now_str();
        self.paused_conditions(&mut status, &now);
        if rollout {
            self.progress(&mut status, &now);
        }
        if status != self.d["status"] {
            self.put_status(status);
        }
    }

    /// `checkPausedConditions`.
    fn paused_conditions(&self, status: &mut Value, now: &str) {
        if !self.has_deadline() {
            return;
        }
        let cond = get_condition(status, "Progressing").cloned();
        let paused = self.d["spec"]["paused"] == true;
        let reason = cond
            .as_ref()
            .and_then(|c| c["reason"].as_str().map(str::to_string));
        if paused && reason.as_deref() != Some("DeploymentPaused") {
            set_condition(
                status,
                condition(
                    "Progressing",
                    "Unknown",
                    "DeploymentPaused",
                    "Deployment is paused".into(),
                    now,
                ),
            );
        } else if !paused && reason.as_deref() == Some("DeploymentPaused") {
            set_condition(
                status,
                condition(
                    "Progressing",
                    "Unknown",
                    "DeploymentResumed",
                    "Deployment is resumed".into(),
                    now,
                ),
            );
        }
    }

    /// The Progressing condition of `syncRolloutStatus`.
    fn progress(&self, status: &mut Value, now: &str) {
        if !self.has_deadline() {
            remove_condition(status, "Progressing");
            return;
        }
        let Some(new_rs) = self.new_rs() else {
            return;
        };
        let name = name_of(new_rs);
        let cur = get_condition(status, "Progressing").cloned();
        let already_complete = st_of(status, "replicas") == st_of(status, "updatedReplicas")
            && cur
                .as_ref()
                .is_some_and(|c| c["reason"] == "NewReplicaSetAvailable");
        if already_complete {
            return;
        }
        if complete(&self.d, status) {
            set_condition(
                status,
                condition(
                    "Progressing",
                    "True",
                    "NewReplicaSetAvailable",
                    format!("ReplicaSet \"{name}\" has successfully progressed."),
                    now,
                ),
            );
        } else if progressing(&self.d["status"], status) {
            let mut c = condition(
                "Progressing",
                "True",
                "ReplicaSetUpdated",
                format!("ReplicaSet \"{name}\" is progressing."),
                now,
            );
            if let Some(cur) = &cur {
                if cur["status"] == "True" {
                    c["lastTransitionTime"] = cur["lastTransitionTime"].clone();
                }
                remove_condition(status, "Progressing");
            }
            set_condition(status, c);
        } else if self.timed_out(status) {
            set_condition(
                status,
                condition(
                    "Progressing",
                    "False",
                    "ProgressDeadlineExceeded",
                    format!("ReplicaSet \"{name}\" has timed out progressing."),
                    now,
                ),
            );
        }
    }

    fn timed_out(&self, status: &Value) -> bool {
        let Some(c) = get_condition(status, "Progressing") else {
            return false;
        };
        match c["reason"].as_str() {
            Some("NewReplicaSetAvailable") => return false,
            Some("ProgressDeadlineExceeded") => return true,
            _ => {}
        }
        let secs = self.d["spec"]["progressDeadlineSeconds"]
            .as_i64()
            .unwrap_or(600);
        let from = c["lastUpdateTime"]
            .as_str()
            .and_then(|s| s.parse::<jiff::Timestamp>().ok());
        from.and_then(|f| f.checked_add(jiff::SignedDuration::from_secs(secs)).ok())
            .is_some_and(|deadline| deadline < self.api.now)
    }
}

fn st_of(status: &Value, k: &str) -> i64 {
    status[k].as_i64().unwrap_or(0)
}

/// `DeploymentComplete`.
fn complete(d: &Value, status: &Value) -> bool {
    let want = replicas(d);
    st_of(status, "updatedReplicas") == want
        && st_of(status, "replicas") == want
        && st_of(status, "availableReplicas") == want
        && st_of(status, "observedGeneration") >= d["metadata"]["generation"].as_i64().unwrap_or(0)
}

/// `DeploymentProgressing`: any count moved the right way since the last status.
fn progressing(old: &Value, new: &Value) -> bool {
    let old_old = st_of(old, "replicas") - st_of(old, "updatedReplicas");
    let new_old = st_of(new, "replicas") - st_of(new, "updatedReplicas");
    st_of(new, "updatedReplicas") > st_of(old, "updatedReplicas")
        || new_old < old_old
        || st_of(new, "readyReplicas") > st_of(old, "readyReplicas")
        || st_of(new, "availableReplicas") > st_of(old, "availableReplicas")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_look_like_kubes() {
        let t = json!({"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "c", "image": "nginx"}]}});
        let h = template_hash(&t, None);
        assert!(!h.is_empty() && h.len() <= 10, "{h}");
        assert!(h.chars().all(|c| "456789bcdf".contains(c)), "{h}");
        assert_eq!(h, template_hash(&t, None));
        assert_ne!(h, template_hash(&t, Some(1)));
        assert_eq!(safe_encode("0123456789"), "456789bcdf");
    }

    #[test]
    fn int_or_percent() {
        for (v, total, up, want) in [
            (json!("25%"), 3, true, 1),
            (json!("25%"), 3, false, 0),
            (json!("25%"), 10, true, 3),
            (json!("25%"), 10, false, 2),
            (json!(2), 10, false, 2),
            (json!("50%"), 0, true, 0),
        ] {
            assert_eq!(scaled(&v, total, up), want, "{v} of {total}");
        }
    }

    #[test]
    fn fenceposts_never_both_zero() {
        let d = |s: Value, u: Value, r: i64| json!({"spec": {"replicas": r, "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": s, "maxUnavailable": u}}}});
        assert_eq!(fenceposts(&d(json!("25%"), json!("25%"), 3)), (1, 0));
        assert_eq!(fenceposts(&d(json!(0), json!(0), 3)), (0, 1));
        assert_eq!(
            fenceposts(&json!({"spec": {"strategy": {"type": "Recreate"}}})),
            (0, 0)
        );
        assert_eq!(max_unavailable(&d(json!(0), json!(5), 3)), 3);
    }

    #[test]
    fn new_replica_set_growth() {
        let d = json!({"spec": {"replicas": 3, "strategy": {"type": "RollingUpdate",
            "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}}}});
        let old = json!({"spec": {"replicas": 3}});
        let new = json!({"spec": {"replicas": 0}});
        assert_eq!(new_rs_replicas(&d, &[old.clone(), new.clone()], &new), 1);
        let new1 = json!({"spec": {"replicas": 1}});
        assert_eq!(new_rs_replicas(&d, &[old, new1.clone()], &new1), 1);
        let old2 = json!({"spec": {"replicas": 2}});
        assert_eq!(new_rs_replicas(&d, &[old2, new1.clone()], &new1), 2);
    }

    #[test]
    fn conditions_keep_transition_time_and_move_last() {
        let mut s = json!({});
        set_condition(
            &mut s,
            condition(
                "Progressing",
                "True",
                "NewReplicaSetCreated",
                "m".into(),
                "t1",
            ),
        );
        set_condition(
            &mut s,
            condition(
                "Available",
                "False",
                "MinimumReplicasUnavailable",
                "m".into(),
                "t1",
            ),
        );
        set_condition(
            &mut s,
            condition("Progressing", "True", "ReplicaSetUpdated", "m".into(), "t2"),
        );
        let c = &s["conditions"];
        assert_eq!(c[0]["type"], "Available");
        assert_eq!(c[1]["reason"], "ReplicaSetUpdated");
        assert_eq!(c[1]["lastTransitionTime"], "t1");
        assert_eq!(c[1]["lastUpdateTime"], "t2");
        // Same status and reason: untouched.
        set_condition(
            &mut s,
            condition("Progressing", "True", "ReplicaSetUpdated", "m".into(), "t3"),
        );
        assert_eq!(s["conditions"][1]["lastUpdateTime"], "t2");
    }

    #[test]
    fn templates_compare_without_the_hash_label() {
        let a = json!({"metadata": {"labels": {"app": "a", "pod-template-hash": "x"}}, "spec": {}});
        let b = json!({"metadata": {"labels": {"app": "a"}}, "spec": {}});
        let c = json!({"metadata": {"labels": {"app": "b"}}, "spec": {}});
        assert!(equal_ignore_hash(&a, &b));
        assert!(!equal_ignore_hash(&a, &c));
    }

    #[test]
    fn completeness_and_progress() {
        let d = json!({"metadata": {"generation": 2}, "spec": {"replicas": 2}});
        let done = json!({"observedGeneration": 2, "replicas": 2, "updatedReplicas": 2, "availableReplicas": 2});
        assert!(complete(&d, &done));
        let stale = json!({"observedGeneration": 1, "replicas": 2, "updatedReplicas": 2, "availableReplicas": 2});
        assert!(!complete(&d, &stale));
        assert!(progressing(
            &json!({"replicas": 3, "updatedReplicas": 1}),
            &json!({"replicas": 3, "updatedReplicas": 2})
        ));
        assert!(!progressing(&done, &done));
    }
}
