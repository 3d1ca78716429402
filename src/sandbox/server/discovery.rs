//! Discovery (aggregated apidiscovery.k8s.io/v2 and legacy) and the minimal OpenAPI v3 documents
//! kubectl needs (`x-kubernetes-group-version-kind` + operation-level `fieldValidation` on PATCH).

use hyper::Response;
use serde_json::{Value, json};

use super::routes::Req;
use super::{AppState, Body, error_response, json_response, json_response_ct};
use crate::sandbox::status::ApiError;

const AGG_CT: &str = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

fn wants_aggregated(req: &Req) -> bool {
    req.accept.split(',').any(|a| {
        a.contains("as=APIGroupDiscoveryList") && a.contains("v=v2") && !a.contains("v=v2beta1")
    })
}

pub fn api_root(state: &AppState, req: &Req) -> Response<Body> {
    if wants_aggregated(req) {
        return json_response_ct(200, &state.registry.aggregated(true), AGG_CT);
    }
    json_response(
        200,
        &crate::sandbox::registry::Registry::api_versions(&state.addr.to_string()),
    )
}

pub fn apis_root(state: &AppState, req: &Req) -> Response<Body> {
    if wants_aggregated(req) {
        return json_response_ct(200, &state.registry.aggregated(false), AGG_CT);
    }
    json_response(200, &state.registry.api_group_list())
}

pub fn resource_list(state: &AppState, group: &str, version: &str) -> Response<Body> {
    match state.registry.resource_list(group, version) {
        Some(v) => json_response(200, &v),
        None => error_response(&ApiError::path_not_found()),
    }
}

pub fn api_group(state: &AppState, group: &str) -> Response<Body> {
    match state.registry.api_group(group) {
        Some(v) => json_response(200, &v),
        None => error_response(&ApiError::path_not_found()),
    }
}

fn gv_key(g: &str, v: &str) -> String {
    if g.is_empty() {
        format!("api/{v}")
    } else {
        format!("apis/{g}/{v}")
    }
}

/// FNV-1a over the document: changes whenever the served resources change.
fn doc_hash(doc: &Value) -> String {
    let bytes = serde_json::to_vec(doc).unwrap_or_default();
    let mut h: u64 = 0xcbf29ce484222325;
    let mut out = String::new();
    for round in 0..8u64 {
        for b in &bytes {
            h ^= u64::from(*b) ^ round;
            h = h.wrapping_mul(0x100000001b3);
        }
        out.push_str(&format!("{h:016X}"));
    }
    out
}

pub fn openapi_root(state: &AppState) -> Response<Body> {
    let mut paths = serde_json::Map::new();
    for (g, v) in state.registry.group_versions() {
        let key = gv_key(&g, &v);
        let hash = doc_hash(&gv_doc(state, &g, &v));
        paths.insert(
            key.clone(),
            json!({"serverRelativeURL": format!("/openapi/v3/{key}?hash={hash}")}),
        );
    }
    json_response(200, &json!({"paths": paths}))
}

fn gv_doc(state: &AppState, g: &str, v: &str) -> Value {
    let params = json!([
        {"name": "dryRun", "in": "query", "schema": {"type": "string", "uniqueItems": true}},
        {"name": "fieldManager", "in": "query", "schema": {"type": "string", "uniqueItems": true}},
        {"name": "fieldValidation", "in": "query", "schema": {"type": "string", "uniqueItems": true}},
        {"name": "force", "in": "query", "schema": {"type": "boolean", "uniqueItems": true}}
    ]);
    // strategic-merge-patch is deliberately not listed: kubectl then computes client-side-apply
    // patches from its compiled-in types (see kubectl-protocol.md 2.10).
    let patch_ct = [
        "application/apply-patch+yaml",
        "application/json-patch+json",
        "application/merge-patch+json",
    ];
    let mut paths = serde_json::Map::new();
    let mut schemas = serde_json::Map::new();
    for r in state.registry.resources_of(g, v) {
        let gvk = json!({"group": g, "version": v, "kind": r.kind});
        let prefix = if g.is_empty() {
            format!("/api/{v}")
        } else {
            format!("/apis/{g}/{v}")
        };
        let base = if r.namespaced {
            format!("{prefix}/namespaces/{{namespace}}/{}", r.plural)
        } else {
            format!("{prefix}/{}", r.plural)
        };
        let group_short = if g.is_empty() {
            "core"
        } else {
            g.split('.').next().unwrap_or(g)
        };
        let sname = format!("io.k8s.api.{group_short}.{v}.{}", r.kind);
        let reference = json!({"$ref": format!("#/components/schemas/{sname}")});
        let resp = json!({"200": {"description": "OK", "content": {"application/json": {"schema": reference}}}});
        let body: serde_json::Map<String, Value> = patch_ct
            .iter()
            .map(|ct| (ct.to_string(), json!({"schema": {"$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Patch"}})))
            .collect();
        paths.insert(
            format!("{base}/{{name}}"),
            json!({
                "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}}],
                "get": {"operationId": format!("read{}", r.kind), "x-kubernetes-action": "get",
                        "x-kubernetes-group-version-kind": gvk, "responses": resp},
                "put": {"operationId": format!("replace{}", r.kind), "x-kubernetes-action": "put",
                        "parameters": params, "x-kubernetes-group-version-kind": gvk, "responses": resp},
                "patch": {"operationId": format!("patch{}", r.kind), "x-kubernetes-action": "patch",
                          "parameters": params, "x-kubernetes-group-version-kind": gvk, "responses": resp,
                          "requestBody": {"content": body}},
            }),
        );
        paths.insert(
            base,
            json!({"post": {"operationId": format!("create{}", r.kind), "x-kubernetes-action": "post",
                            "parameters": params, "x-kubernetes-group-version-kind": gvk, "responses": resp}}),
        );
        schemas.insert(
            sname,
            json!({"type": "object", "description": r.kind,
                   "properties": {"apiVersion": {"type": "string"}, "kind": {"type": "string"},
                                  "metadata": {"allOf": [{"$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"}], "default": {}},
                                  "spec": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
                                  "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}},
                   "x-kubernetes-group-version-kind": [gvk]}),
        );
    }
    schemas.insert(
        "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta".into(),
        json!({"type": "object", "x-kubernetes-preserve-unknown-fields": true}),
    );
    schemas.insert(
        "io.k8s.apimachinery.pkg.apis.meta.v1.Patch".into(),
        json!({"type": "object"}),
    );
    json!({"openapi": "3.0.0", "info": {"title": "Kubernetes", "version": "v1.32.2"}, "paths": paths,
           "components": {"schemas": schemas}})
}

pub fn openapi_gv(state: &AppState, rest: &[&str]) -> Response<Body> {
    let (g, v) = match rest {
        ["api", v] => (String::new(), v.to_string()),
        ["apis", g, v] => (g.to_string(), v.to_string()),
        _ => return error_response(&ApiError::path_not_found()),
    };
    if !state.registry.serves_gv(&g, &v) {
        return error_response(&ApiError::path_not_found());
    }
    // Served as immutable: the root's hash changes when the document does.
    let mut r = json_response(200, &gv_doc(state, &g, &v));
    if let Ok(h) = "public, immutable".parse() {
        r.headers_mut().insert("Cache-Control", h);
    }
    r
}
