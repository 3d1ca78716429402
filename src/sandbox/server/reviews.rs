//! The virtual review resources: authorization.k8s.io access and rules reviews answered by the
//! RBAC authorizer for the requesting (or impersonated) user, authentication.k8s.io
//! self-reviews. Request bodies may be protobuf (kubectl's typed client).

use std::sync::Arc;

use hyper::Response;
use serde_json::{Value, json};

use super::routes::Req;
use super::{AppState, Body, json_response};
use crate::sandbox::rbac::{self, Attributes, NonResource};
use crate::sandbox::registry::Resource;

/// The request body as JSON, whichever encoding it came in.
fn body_json(req: &Req) -> Value {
    if req.content_type.contains("protobuf") {
        return crate::sandbox::protobuf::decode_object(&req.body).unwrap_or(json!({}));
    }
    serde_json::from_slice(&req.body).unwrap_or(json!({}))
}

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

/// Whether the spec of an access review is allowed for `req.user`.
fn access(state: &AppState, req: &Req, spec: &Value) -> bool {
    let resource = &spec["resourceAttributes"];
    if resource.is_object() {
        let attributes = Attributes {
            verb: text(&resource["verb"]),
            group: text(&resource["group"]),
            resource: text(&resource["resource"]),
            subresource: text(&resource["subresource"]),
            namespace: text(&resource["namespace"]),
            name: text(&resource["name"]),
        };
        return rbac::allowed(&state.store, &req.user, &attributes);
    }
    let path = &spec["nonResourceAttributes"];
    rbac::allowed_path(
        &state.store,
        &req.user,
        &NonResource {
            path: text(&path["path"]),
            verb: text(&path["verb"]),
        },
    )
}

/// The rules of a SelfSubjectRulesReview, split as kube-apiserver reports them.
fn rules(state: &AppState, req: &Req, namespace: &str) -> Value {
    if req.user.is_privileged() {
        return json!({
            "resourceRules": [{"verbs": ["*"], "apiGroups": ["*"], "resources": ["*"]},
                              {"verbs": ["create"], "apiGroups": ["authorization.k8s.io"], "resources": ["selfsubjectaccessreviews", "selfsubjectrulesreviews"]}],
            "nonResourceRules": [{"verbs": ["*"], "nonResourceURLs": ["*"]}],
            "incomplete": false,
        });
    }
    let mut resource_rules = Vec::new();
    let mut non_resource_rules = Vec::new();
    for rule in rbac::rules_for(&state.store, &req.user, namespace) {
        if rule["nonResourceURLs"].is_array() {
            non_resource_rules
                .push(json!({"verbs": rule["verbs"], "nonResourceURLs": rule["nonResourceURLs"]}));
        } else {
            let mut r = json!({"verbs": rule["verbs"], "apiGroups": rule["apiGroups"], "resources": rule["resources"]});
            if let Some(names) = rule["resourceNames"].as_array().filter(|n| !n.is_empty()) {
                r["resourceNames"] = json!(names);
            }
            resource_rules.push(r);
        }
    }
    json!({"resourceRules": resource_rules, "nonResourceRules": non_resource_rules, "incomplete": false})
}

pub fn review(state: &Arc<AppState>, res: &Resource, req: &Req) -> Response<Body> {
    let body = body_json(req);
    let spec = if body["spec"].is_object() {
        body["spec"].clone()
    } else {
        json!({})
    };
    let status = match res.plural.as_str() {
        "selfsubjectrulesreviews" => rules(state, req, &text(&spec["namespace"])),
        "selfsubjectreviews" => json!({"userInfo": req.user.to_json()}),
        "tokenreviews" => json!({"authenticated": false, "user": {}}),
        "selfsubjectaccessreviews" => {
            if access(state, req, &spec) {
                json!({"allowed": true})
            } else {
                json!({"allowed": false})
            }
        }
        // Subject access reviews name their user; the admin's answers stand for everyone.
        _ => json!({"allowed": true}),
    };
    let mut out = json!({"kind": res.kind, "apiVersion": res.api_version(), "metadata": {"creationTimestamp": null}, "status": status});
    if res.plural != "selfsubjectreviews" {
        out["spec"] = spec;
    }
    json_response(201, &out)
}
