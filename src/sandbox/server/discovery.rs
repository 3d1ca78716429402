//! Discovery (aggregated apidiscovery.k8s.io/v2 and legacy) and the OpenAPI v3 endpoints (the
//! documents themselves come from `sandbox::openapi`).

use hyper::Response;

use super::routes::Req;
use super::{AppState, Body, error_response, full, json_response, json_response_ct};
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

pub fn openapi_root(state: &AppState) -> Response<Body> {
    json_response(200, &state.openapi.root(&state.registry))
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
    let document = state.openapi.get(&state.registry, &g, &v);
    // Served as immutable: the root's hash changes when the document does.
    Response::builder()
        .status(200)
        .header("Content-Type", "application/json")
        .header("Cache-Control", "public, immutable")
        .body(full(document.bytes.clone()))
        .unwrap_or_else(|_| Response::new(full("")))
}
