//! DELETE and deletecollection: DeleteOptions preconditions, finalizers, graceful pod deletion,
//! namespace termination and propagation (synchronous garbage collection of dependents).

use std::sync::Arc;

use serde_json::{Value, json};

use super::crud::*;
use super::routes::{Req, Target};
use super::{AppState, json_response};
use crate::sandbox::registry::Resource;
use crate::sandbox::status::ApiError;

/// `ReturnDeletedObject: true` in the kind's registry store: DELETE answers with the object.
pub(super) fn returns_deleted_object(res: &Resource) -> bool {
    res.crd.is_some()
        || matches!(
            (res.group.as_str(), res.plural.as_str()),
            ("", "pods" | "services" | "serviceaccounts" | "namespaces")
                | ("storage.k8s.io", "storageclasses")
        )
}

pub(super) fn uid_of(o: &Value) -> &str {
    o["metadata"]["uid"].as_str().unwrap_or_default()
}

/// Objects (any kind) whose ownerReferences point at `uid`: (store kind, ns, name).
pub(super) fn dependents(state: &AppState, uid: &str) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for r in state.registry.all() {
        if r.version != "v1" && r.crd.is_none() && r.group != "autoscaling" {
            continue;
        }
        for o in state.store.list_kind(&r.store_kind()) {
            let owned = o["metadata"]["ownerReferences"]
                .as_array()
                .is_some_and(|refs| refs.iter().any(|x| x["uid"] == uid));
            if owned {
                let item = (
                    r.store_kind(),
                    o["metadata"]["namespace"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                    o["metadata"]["name"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                );
                if !out.contains(&item) {
                    out.push(item);
                }
            }
        }
    }
    out
}

/// Kinds that own nothing in a cluster without controllers; deleting them skips the owner scan
/// (which walks every object).
pub(super) fn owns_nothing(kind: &str) -> bool {
    matches!(
        kind,
        "/pods"
            | "/events"
            | "/configmaps"
            | "/secrets"
            | "/endpoints"
            | "discovery.k8s.io/endpointslices"
            | "coordination.k8s.io/leases"
            | "apps/controllerrevisions"
    )
}

/// Garbage collection done synchronously: deletes (or orphans) what `uid` owns.
pub(super) fn collect_dependents(state: &AppState, uid: &str, orphan: bool) {
    for (kind, ns, name) in dependents(state, uid) {
        let Some(o) = state.store.get(&kind, &ns, &name) else {
            continue;
        };
        if orphan {
            let mut n = o.clone();
            if let Some(refs) = n["metadata"]["ownerReferences"].as_array_mut() {
                refs.retain(|r| r["uid"] != uid);
            }
            let _ = state.store.update(&kind, n, None);
        } else if let Ok(gone) = state.store.delete(&kind, &ns, &name, None)
            && !owns_nothing(&kind)
        {
            collect_dependents(state, uid_of(&gone), false);
        }
    }
}

/// Deletes one object per DeleteOptions; returns (object or status, was the object removed).
pub(super) fn delete_one(
    state: &Arc<AppState>,
    req: &Req,
    t: &Target,
    name: &str,
    opts: &Value,
) -> Result<(Value, bool), ApiError> {
    let res = &t.res;
    let kind = res.store_kind();
    let ns = namespace_of(t).to_string();
    let cur = get_obj(state, t, name)?;
    if res.group.is_empty()
        && res.plural == "namespaces"
        && matches!(name, "default" | "kube-system" | "kube-public")
    {
        // The NamespaceLifecycle admission plugin's immortal namespaces.
        return Err(ApiError {
            code: 403,
            reason: "Forbidden",
            message: format!(
                "namespaces \"{name}\" is forbidden: this namespace may not be deleted"
            ),
            details: Some(json!({"name": name, "kind": "namespaces"})),
        });
    }
    if let Some(uid) = opts["preconditions"]["uid"].as_str()
        && uid != uid_of(&cur)
    {
        return Err(ApiError {
            code: 409,
            reason: "Conflict",
            message: format!(
                "Operation cannot be fulfilled on {} \"{name}\": Precondition failed: UID in precondition: {uid}, UID in object meta: {}",
                crate::sandbox::status::qualified(&res.group, &res.plural),
                uid_of(&cur)
            ),
            details: None,
        });
    }
    let expected = opts["preconditions"]["resourceVersion"]
        .as_str()
        .and_then(|s| s.parse::<u64>().ok());
    let dry = req.dry_run()
        || opts["dryRun"]
            .as_array()
            .is_some_and(|a| a.iter().any(|v| v == "All"));
    let policy =
        opts["propagationPolicy"]
            .as_str()
            .unwrap_or(if opts["orphanDependents"] == true {
                "Orphan"
            } else {
                "Background"
            });
    let has_finalizers = cur["metadata"]["finalizers"]
        .as_array()
        .is_some_and(|f| !f.is_empty());
    if has_finalizers {
        // Stays until the finalizers are removed (by whoever owns them).
        if cur["metadata"]["deletionTimestamp"].is_string() || dry {
            return Ok((cur, false));
        }
        let mut n = cur.clone();
        n["metadata"]["deletionTimestamp"] = json!(now_rfc3339());
        n["metadata"]["deletionGracePeriodSeconds"] = json!(0);
        let stored = state
            .store
            .update(&kind, n, expected)
            .map_err(|e| store_err(e, res, name))?;
        return Ok((stored, false));
    }
    if dry {
        return Ok((cur, true));
    }
    if res.group.is_empty() && res.plural == "namespaces" {
        // The namespace turns Terminating; the namespace controller (controllers/namespace.rs)
        // empties it and removes it once its `kubernetes` finalizer is gone.
        if cur["metadata"]["deletionTimestamp"].is_string() {
            return Ok((cur, false));
        }
        let mut term = cur.clone();
        term["metadata"]["deletionTimestamp"] = json!(now_rfc3339());
        term["status"]["phase"] = json!("Terminating");
        let finalized = cur["spec"]["finalizers"]
            .as_array()
            .is_none_or(|f| f.is_empty());
        if finalized && state.store.kinds_in_namespace(name).is_empty() {
            let gone = state
                .store
                .delete(&kind, "", name, expected)
                .map_err(|e| store_err(e, res, name))?;
            return Ok((gone, true));
        }
        let term = state
            .store
            .update(&kind, term, expected)
            .map_err(|e| store_err(e, res, name))?;
        return Ok((term, false));
    }
    if let Some(grace) = pod_grace_period(res, &cur, opts) {
        // Graceful pod deletion (pod strategy CheckGracefulDelete): the pod turns Terminating and
        // the kubelet removes it; the sandbox's "kubelet" has no containers to stop, so it
        // finishes within a second.
        let mut n = cur.clone();
        let at = jiff::Timestamp::now()
            .checked_add(jiff::SignedDuration::from_secs(grace))
            .unwrap_or_else(|_| jiff::Timestamp::now());
        n["metadata"]["deletionTimestamp"] = json!(at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string());
        n["metadata"]["deletionGracePeriodSeconds"] = json!(grace);
        let stored = state
            .store
            .update(&kind, n, expected)
            .map_err(|e| store_err(e, res, name))?;
        let (st, name) = (state.clone(), name.to_string());
        let uid = uid_of(&stored).to_string();
        tokio::spawn(async move {
            tokio::time::sleep(std::time::Duration::from_millis(
                grace.clamp(0, 1) as u64 * 1000,
            ))
            .await;
            if st
                .store
                .get(&kind, &ns, &name)
                .is_some_and(|p| uid_of(&p) == uid)
            {
                let _ = st.store.delete(&kind, &ns, &name, None);
            }
        });
        return Ok((stored, false));
    }
    let orphan = policy == "Orphan";
    // Orphans are released before their owner goes: the control plane's garbage collector
    // would otherwise see owned objects without an owner and collect them first.
    if orphan && !owns_nothing(&kind) {
        collect_dependents(state, uid_of(&cur), true);
    }
    let gone = state
        .store
        .delete(&kind, &ns, name, expected)
        .map_err(|e| store_err(e, res, name))?;
    after_write(state, res, &gone, true);
    if !orphan && !owns_nothing(&kind) {
        collect_dependents(state, uid_of(&gone), false);
    }
    Ok((gone, true))
}

/// The grace period of a pod deletion that is not immediate: only pods bound to a node and not
/// finished wait (unscheduled pods go at once, as in kube-apiserver), and `gracePeriodSeconds: 0`
/// or a pod already terminating past its deadline deletes now.
pub(super) fn pod_grace_period(res: &Resource, pod: &Value, opts: &Value) -> Option<i64> {
    if !(res.group.is_empty() && res.plural == "pods") {
        return None;
    }
    let bound = pod["spec"]["nodeName"]
        .as_str()
        .is_some_and(|n| !n.is_empty());
    let finished = matches!(
        pod["status"]["phase"].as_str(),
        Some("Succeeded" | "Failed")
    );
    if !bound || finished || pod["metadata"]["deletionTimestamp"].is_string() {
        return None;
    }
    let grace = opts["gracePeriodSeconds"]
        .as_i64()
        .or_else(|| pod["spec"]["terminationGracePeriodSeconds"].as_i64())
        .unwrap_or(30);
    (grace > 0).then_some(grace)
}

pub(super) fn delete_options(req: &Req) -> Result<Value, ApiError> {
    if req.body.iter().all(|b| b.is_ascii_whitespace()) {
        return Ok(json!({}));
    }
    serde_json::from_slice(&req.body).map_err(|e| ApiError::bad_request(e.to_string()))
}

pub fn delete(state: &Arc<AppState>, req: &Req, t: &Target, name: &str) -> R {
    let opts = delete_options(req)?;
    let (obj, removed) = delete_one(state, req, t, name, &opts)?;
    if removed && !returns_deleted_object(&t.res) {
        let mut details = json!({"name": name, "kind": t.res.plural, "uid": uid_of(&obj)});
        if !t.res.group.is_empty() {
            details["group"] = json!(t.res.group);
        }
        return Ok(json_response(
            200,
            &json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success", "details": details}),
        ));
    }
    Ok(json_response(200, &with_type(&t.res, obj)))
}

pub fn delete_collection(state: &Arc<AppState>, req: &Req, t: &Target) -> R {
    if !t.res.verbs.iter().any(|v| v == "deletecollection") {
        return Err(ApiError::method_not_allowed());
    }
    let opts = delete_options(req)?;
    let filter = Filter::from_req(req, &t.res)?;
    let (all, _) = state
        .store
        .list(&t.res.store_kind(), t.namespace.as_deref());
    let mut items = Vec::new();
    for o in all.into_iter().filter(|o| filter.matches(o)) {
        let name = o["metadata"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let ns = o["metadata"]["namespace"].as_str().map(str::to_string);
        let t2 = Target {
            res: t.res.clone(),
            namespace: ns,
            name: None,
            sub: None,
            watch_path: false,
        };
        if let Ok((d, _)) = delete_one(state, req, &t2, &name, &opts) {
            items.push(list_item(&t.res, d));
        }
    }
    Ok(json_response(
        200,
        &json!({"kind": t.res.list_kind(), "apiVersion": t.res.api_version(),
                "metadata": {"resourceVersion": state.store.current_rv().to_string()}, "items": items}),
    ))
}
