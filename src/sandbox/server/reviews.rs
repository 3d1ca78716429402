//! The virtual review resources (authorization.k8s.io access/rules reviews, authentication.k8s.io
//! self/token reviews). The sandbox's only authenticated user is the admin (system:masters), so
//! every access is allowed. Request bodies may be protobuf (kubectl's typed client); their content
//! does not change the answer, so they are not decoded.

use hyper::Response;
use serde_json::{Value, json};

use super::routes::Req;
use super::{Body, json_response};
use crate::sandbox::registry::Resource;

/// The admin's identity as kube-apiserver reports it.
pub fn admin_user_info() -> Value {
    json!({"username": "kubernetes-admin", "groups": ["system:masters", "system:authenticated"]})
}

pub fn review(res: &Resource, req: &Req) -> Response<Body> {
    let body: Value = serde_json::from_slice(&req.body).unwrap_or(json!({}));
    let spec = if body["spec"].is_object() {
        body["spec"].clone()
    } else {
        json!({})
    };
    let status = match res.plural.as_str() {
        "selfsubjectrulesreviews" => json!({
            "resourceRules": [{"verbs": ["*"], "apiGroups": ["*"], "resources": ["*"]},
                              {"verbs": ["create"], "apiGroups": ["authorization.k8s.io"], "resources": ["selfsubjectaccessreviews", "selfsubjectrulesreviews"]}],
            "nonResourceRules": [{"verbs": ["*"], "nonResourceURLs": ["*"]}],
            "incomplete": false,
        }),
        "selfsubjectreviews" => json!({"userInfo": admin_user_info()}),
        "tokenreviews" => json!({"authenticated": false, "user": {}}),
        _ => json!({"allowed": true}),
    };
    let mut out = json!({"kind": res.kind, "apiVersion": res.api_version(), "metadata": {"creationTimestamp": null}, "status": status});
    if res.plural != "selfsubjectreviews" {
        out["spec"] = spec;
    }
    json_response(201, &out)
}
