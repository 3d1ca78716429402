//! Subresources: `scale` (autoscaling/v1 Scale), `status`, pod `log` (in `pod_logs`)/`eviction`/`binding`,
//! service account `token`, and the refusal of exec/attach/portforward (no containers run).

use std::sync::Arc;

use serde_json::{Value, json};

use super::crud::*;
use super::routes::{Req, Target};
use super::{AppState, json_response};
use crate::sandbox::registry::Resource;
use crate::sandbox::selectors::LabelSelector;
use crate::sandbox::status::ApiError;
use crate::sandbox::store::StoreError;

pub(super) fn scale_of(res: &Resource, obj: &Value) -> Value {
    let sel = &obj["spec"]["selector"];
    let selector = if res.plural == "replicationcontrollers" {
        let m = sel.as_object().cloned().unwrap_or_default();
        LabelSelector::from_object(&json!({"matchLabels": m})).render()
    } else {
        LabelSelector::from_object(sel).render()
    };
    let md = &obj["metadata"];
    let mut meta = json!({"name": md["name"], "uid": md["uid"], "resourceVersion": md["resourceVersion"], "creationTimestamp": md["creationTimestamp"]});
    if res.namespaced {
        meta["namespace"] = md["namespace"].clone();
    }
    let mut status = json!({"replicas": obj["status"]["replicas"].as_i64().unwrap_or(0)});
    if !selector.is_empty() {
        status["selector"] = json!(selector);
    }
    json!({"kind": "Scale", "apiVersion": "autoscaling/v1", "metadata": meta,
           "spec": {"replicas": obj["spec"]["replicas"].as_i64().unwrap_or(0)}, "status": status})
}

pub(super) fn update_scale(
    state: &Arc<AppState>,
    req: &Req,
    t: &Target,
    name: &str,
    kind: Option<PatchKind>,
) -> R {
    let body: Value =
        serde_json::from_slice(&req.body).map_err(|e| ApiError::bad_request(e.to_string()))?;
    for _ in 0..8 {
        let cur = get_obj(state, t, name)?;
        let scale = scale_of(&t.res, &cur);
        let new_scale = match &kind {
            None => {
                if let Some(rv) = body["metadata"]["resourceVersion"]
                    .as_str()
                    .filter(|s| !s.is_empty())
                    && cur["metadata"]["resourceVersion"].as_str() != Some(rv)
                {
                    return Err(ApiError::conflict(&t.res.group, &t.res.plural, name));
                }
                body.clone()
            }
            Some(k) => {
                let fake = Resource {
                    crd: None,
                    ..t.res.clone()
                };
                apply_patch(k, &fake, &scale, &body)?
            }
        };
        let Some(replicas) = new_scale["spec"]["replicas"].as_i64() else {
            return Err(ApiError::invalid(
                "autoscaling",
                "Scale",
                name,
                &[(
                    "FieldValueRequired".into(),
                    "spec.replicas".into(),
                    "Required value".into(),
                )],
            ));
        };
        let mut new = cur.clone();
        new["spec"]["replicas"] = json!(replicas);
        let manager = field_manager(req, false);
        match finish_update(state, req, t, &cur, new, None, &manager, "Update") {
            Ok(stored) => return Ok(json_response(200, &scale_of(&t.res, &stored))),
            Err(StoreError::Conflict) => continue,
            Err(e) => return Err(store_err(e, &t.res, name)),
        }
    }
    Err(ApiError::conflict(&t.res.group, &t.res.plural, name))
}

pub fn get_sub(state: &Arc<AppState>, req: &Req, t: &Target, name: &str, sub: &str) -> R {
    let obj = get_obj(state, t, name)?;
    match sub {
        "status" => Ok(respond_object(&t.res, req, 200, obj)),
        "scale" => Ok(json_response(200, &scale_of(&t.res, &obj))),
        "log" if t.res.plural == "pods" => {
            super::pod_logs::pod_log(state, req, namespace_of(t), name, &obj)
        }
        "exec" | "attach" | "portforward" => Err(stream_refused(&obj, name)),
        _ => Err(ApiError::method_not_allowed()),
    }
}

/// exec/attach/portforward: kube-apiserver's answer for an unbound pod (`streamLocation`); the
/// sandbox has no kubelet to stream from for bound pods either.
pub(super) fn stream_refused(pod: &Value, name: &str) -> ApiError {
    if pod["spec"]["nodeName"].as_str().is_none_or(str::is_empty) {
        ApiError::bad_request(format!("pod {name} does not have a host assigned"))
    } else {
        ApiError::bad_request(format!(
            "pod {name} runs no containers in the sandbox: exec, attach and port-forward are not available"
        ))
    }
}

pub fn post_sub(state: &Arc<AppState>, req: &Req, t: &Target, name: &str, sub: &str) -> R {
    match (t.res.plural.as_str(), sub) {
        ("pods", "exec" | "attach" | "portforward") => {
            Err(stream_refused(&get_obj(state, t, name)?, name))
        }
        ("pods", "eviction") => {
            get_obj(state, t, name)?;
            delete_one(state, req, t, name, &json!({}))?;
            Ok(json_response(
                201,
                &json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success", "code": 201}),
            ))
        }
        ("serviceaccounts", "token") => {
            let sa = get_obj(state, t, name)?;
            let body = parse_body(req).unwrap_or_else(|_| json!({}));
            let secs = body["spec"]["expirationSeconds"].as_i64().unwrap_or(3600);
            let exp = jiff::Timestamp::now()
                .checked_add(jiff::SignedDuration::from_secs(secs))
                .unwrap_or_else(|_| jiff::Timestamp::now());
            let sub = format!("system:serviceaccount:{}:{name}", namespace_of(t));
            let issued = jiff::Timestamp::now().as_second();
            let token = state.tokens.sign(&json!({
                "aud": ["https://kubernetes.default.svc.cluster.local"],
                "exp": exp.as_second(), "iat": issued, "nbf": issued,
                "iss": "https://kubernetes.default.svc.cluster.local", "sub": sub,
                "kubernetes.io": {"namespace": namespace_of(t), "serviceaccount": {"name": name, "uid": uid_of(&sa)}}
            }));
            let mut spec = json!({"audiences": ["https://kubernetes.default.svc.cluster.local"], "expirationSeconds": secs, "boundObjectRef": null});
            if let Some(a) = body["spec"]["audiences"]
                .as_array()
                .filter(|a| !a.is_empty())
            {
                spec["audiences"] = json!(a);
            }
            Ok(json_response(
                201,
                &json!({"kind": "TokenRequest", "apiVersion": "authentication.k8s.io/v1",
                        "metadata": {"name": name, "namespace": namespace_of(t), "creationTimestamp": now_rfc3339()},
                        "spec": spec, "status": {"token": token, "expirationTimestamp": exp.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()}}),
            ))
        }
        ("pods", "binding") => {
            let body = parse_body(req)?;
            let node = body["target"]["name"].clone();
            let cur = get_obj(state, t, name)?;
            let mut new = cur.clone();
            new["spec"]["nodeName"] = node;
            finish_update(state, req, t, &cur, new, None, "kube-scheduler", "Update")
                .map_err(|e| store_err(e, &t.res, name))?;
            Ok(json_response(
                201,
                &json!({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success", "code": 201}),
            ))
        }
        _ => Err(ApiError::method_not_allowed()),
    }
}
