//! Request routing: splits the path into non-resource endpoints (version, health, discovery,
//! OpenAPI) and resource requests (`/api/v1/...`, `/apis/{g}/{v}/...`), parses the query string,
//! and applies authentication.

use std::collections::HashMap;
use std::sync::Arc;

use base64::Engine;
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper::{Method, Request, Response};
use serde_json::json;

use super::{AppState, Body, crud, discovery, error_response, full, json_response};
use crate::sandbox::auth::{self, Impersonation, ImpersonationError, UserInfo};
use crate::sandbox::rbac;
use crate::sandbox::registry::Resource;
use crate::sandbox::status::ApiError;
use crate::sandbox::tokens;

/// A parsed request with its body read.
pub struct Req {
    pub method: Method,
    pub path: String,
    pub query: HashMap<String, String>,
    pub accept: String,
    pub content_type: String,
    pub user_agent: String,
    pub body: bytes::Bytes,
    /// Warnings for the response's `Warning` headers (kube-apiserver's `warning.AddWarning`).
    pub warnings: Arc<std::sync::Mutex<Vec<String>>>,
    /// Who the request acts as (after impersonation).
    pub user: UserInfo,
}

impl Req {
    /// Adds a `Warning: 299 - "text"` header to the response.
    pub fn warn(&self, text: String) {
        if let Ok(mut w) = self.warnings.lock() {
            w.push(text);
        }
    }
    pub fn q(&self, k: &str) -> Option<&str> {
        self.query.get(k).map(String::as_str)
    }
    pub fn q_bool(&self, k: &str) -> bool {
        matches!(self.q(k), Some("1" | "true" | "True"))
    }
    pub fn dry_run(&self) -> bool {
        self.q("dryRun").is_some_and(|v| v == "All")
    }
    pub fn wants_table(&self) -> bool {
        self.accept.split(',').any(|a| a.contains("as=Table"))
    }
}

fn decode(s: &str) -> String {
    let s = s.replace('+', " ");
    percent_encoding::percent_decode_str(&s)
        .decode_utf8_lossy()
        .into_owned()
}

pub fn parse_query(q: &str) -> HashMap<String, String> {
    let mut m = HashMap::new();
    for part in q.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        m.entry(decode(k)).or_insert_with(|| decode(v));
    }
    m
}

/// Where a resource request points.
pub struct Target {
    pub res: Resource,
    pub namespace: Option<String>,
    pub name: Option<String>,
    pub sub: Option<String>,
    pub watch_path: bool,
}

/// Who a request acts as: the authenticated user after impersonation (None: anonymous), or
/// the error that refuses the impersonation.
fn identify(
    state: &AppState,
    headers: &http::HeaderMap,
    cert_ok: bool,
) -> Result<Option<UserInfo>, ApiError> {
    let authorization = headers.get("authorization").and_then(|v| v.to_str().ok());
    let requester = match auth::authenticate(cert_ok, authorization, &state.pki.token) {
        Some(user) => user,
        // A bearer token that is not the admin's must be a service account's: kube-apiserver
        // refuses an unknown token with 401 rather than treating the request as anonymous.
        None => match authorization.and_then(|h| h.strip_prefix("Bearer ")) {
            Some(token) => service_account(state, token).ok_or_else(ApiError::unauthorized)?,
            None => return Ok(None),
        },
    };
    let all = |n: &str| -> Vec<String> {
        headers
            .get_all(n)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_string)
            .collect()
    };
    let wanted = Impersonation {
        user: all("impersonate-user").into_iter().next(),
        uid: all("impersonate-uid").into_iter().next(),
        groups: all("impersonate-group"),
    };
    match auth::impersonate(&requester, &wanted) {
        Ok(user) => Ok(Some(user)),
        Err(e @ ImpersonationError::Forbidden { .. }) => Err(ApiError {
            code: 403,
            reason: "Forbidden",
            message: e.to_string(),
            details: None,
        }),
        Err(e) => Err(ApiError {
            code: 500,
            reason: "InternalError",
            message: format!("Internal error occurred: {e}"),
            details: None,
        }),
    }
}

/// The service account a token this sandbox issued speaks for, while the account (with the
/// same uid), its legacy token Secret and the token's lifetime all still hold.
fn service_account(state: &AppState, token: &str) -> Option<UserInfo> {
    use crate::sandbox::controllers::{kinds, uid_of};
    let claimed = tokens::Claimed::from_claims(&state.tokens.verify(token)?)?;
    let account = state
        .store
        .get(kinds::SERVICEACCOUNTS, &claimed.namespace, &claimed.account)?;
    if uid_of(&account) != claimed.account_uid {
        return None;
    }
    if let Some(secret) = &claimed.secret {
        let secret = state
            .store
            .get(kinds::SECRETS, &claimed.namespace, secret)?;
        let stored = secret["data"]["token"].as_str().unwrap_or_default();
        let stored = base64::engine::general_purpose::STANDARD
            .decode(stored)
            .ok()?;
        if stored != token.trim().as_bytes() {
            return None;
        }
    }
    if claimed
        .expires
        .is_some_and(|exp| exp <= jiff::Timestamp::now().as_second())
    {
        return None;
    }
    Some(claimed.user())
}

pub async fn handle(state: Arc<AppState>, req: Request<Incoming>, cert_ok: bool) -> Response<Body> {
    let user = match identify(&state, req.headers(), cert_ok) {
        Ok(user) => user,
        Err(refused) => return error_response(&refused),
    };
    let Some(user) = user.or_else(|| {
        auth::is_public_path(req.uri().path()).then(|| UserInfo {
            name: "system:anonymous".into(),
            uid: String::new(),
            groups: vec!["system:unauthenticated".into()],
        })
    }) else {
        return error_response(&ApiError::unauthorized());
    };
    // exec/attach/portforward/proxy take over the connection: they get the request unread.
    if let Some(t) = super::streams::classify(req.uri().path()) {
        let attributes = stream_attributes(req.method(), &t);
        if !rbac::allowed(&state.store, &user, &attributes) {
            return error_response(&rbac::forbidden(&user, &attributes));
        }
        return super::streams::handle(state, req, t).await;
    }
    let (parts, body) = req.into_parts();
    let header = |n: &str| {
        parts
            .headers
            .get(n)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string()
    };
    let path = parts.uri.path().to_string();
    let body = match body.collect().await {
        Ok(b) => b.to_bytes(),
        Err(_) => return error_response(&ApiError::bad_request("unable to read the request body")),
    };
    let req = Req {
        method: parts.method.clone(),
        query: parse_query(parts.uri.query().unwrap_or_default()),
        path,
        accept: header("accept"),
        content_type: header("content-type"),
        user_agent: header("user-agent"),
        body,
        warnings: Arc::default(),
        user,
    };
    let warnings = req.warnings.clone();
    let mut response = route(&state, req).await;
    let warnings = warnings.lock().map(|w| w.clone()).unwrap_or_default();
    for text in warnings {
        let escaped = text.replace('\\', "\\\\").replace('"', "\\\"");
        if let Ok(value) = http::HeaderValue::from_str(&format!("299 - \"{escaped}\"")) {
            response.headers_mut().append("Warning", value);
        }
    }
    response
}

/// What RBAC checks before a stream starts. exec, attach and portforward need `create` even
/// when asked for with a WebSocket GET (kube-apiserver's
/// AuthorizePodWebsocketUpgradeCreatePermission, on by default since 1.31); proxy takes the
/// verb of the HTTP method, as any other request.
fn stream_attributes(method: &Method, target: &super::streams::Target) -> rbac::Attributes {
    use super::streams::Kind;
    let (resource, subresource) = match target.kind {
        Kind::Exec => ("pods", "exec"),
        Kind::Attach => ("pods", "attach"),
        Kind::PortForward => ("pods", "portforward"),
        Kind::PodProxy => ("pods", "proxy"),
        Kind::ServiceProxy => ("services", "proxy"),
    };
    let verb = match target.kind {
        Kind::Exec | Kind::Attach | Kind::PortForward => "create".to_string(),
        Kind::PodProxy | Kind::ServiceProxy => match *method {
            Method::GET | Method::HEAD => "get".to_string(),
            Method::POST => "create".to_string(),
            Method::PUT => "update".to_string(),
            Method::PATCH => "patch".to_string(),
            Method::DELETE => "delete".to_string(),
            ref other => other.as_str().to_lowercase(),
        },
    };
    rbac::Attributes {
        verb,
        group: String::new(),
        resource: resource.to_string(),
        subresource: subresource.to_string(),
        namespace: target.namespace.clone(),
        // As written, `name:port` of a proxy included: kube-apiserver's RequestInfo does so.
        name: target.name.clone(),
    }
}

fn text(code: u16, s: &str) -> Response<Body> {
    Response::builder()
        .status(code)
        .header("Content-Type", "text/plain; charset=utf-8")
        .header("X-Content-Type-Options", "nosniff")
        .body(full(s.to_string()))
        .unwrap_or_else(|_| Response::new(full("")))
}

async fn route(state: &Arc<AppState>, req: Req) -> Response<Body> {
    let path = req.path.trim_end_matches('/').to_string();
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let is_resource = matches!(
        segs.as_slice(),
        ["api", "v1", _, ..] | ["apis", _, _, _, ..]
    );
    if !is_resource {
        let request = rbac::NonResource {
            path: req.path.clone(),
            verb: req.method.as_str().to_lowercase(),
        };
        if !rbac::allowed_path(&state.store, &req.user, &request) {
            return error_response(&rbac::forbidden_path(&req.user, &request));
        }
    }
    match segs.as_slice() {
        ["version"] => json_response(200, &version_info()),
        ["healthz"] | ["livez"] | ["readyz"] => text(200, "ok"),
        ["api"] => discovery::api_root(state, &req),
        ["apis"] => discovery::apis_root(state, &req),
        ["api", "v1"] => discovery::resource_list(state, "", "v1"),
        ["apis", g] => discovery::api_group(state, g),
        ["apis", g, v] => discovery::resource_list(state, g, v),
        ["openapi", "v3"] => discovery::openapi_root(state),
        ["openapi", "v3", rest @ ..] => discovery::openapi_gv(state, rest),
        ["api", "v1", rest @ ..] => resource(state, req, "", "v1", rest).await,
        ["apis", g, v, rest @ ..] => {
            let (g, v) = (g.to_string(), v.to_string());
            resource(state, req, &g, &v, rest).await
        }
        [] => json_response(
            200,
            &json!({"paths": ["/api", "/api/v1", "/apis", "/healthz", "/livez", "/openapi/v3", "/readyz", "/version"]}),
        ),
        _ => text(404, "404 page not found\n"),
    }
}

pub fn version_info() -> serde_json::Value {
    json!({"major": "1", "minor": "32", "gitVersion": "v1.32.2", "gitCommit": "67a30c0adcf52bd3f56ff0893ce19966be12991f",
           "gitTreeState": "clean", "buildDate": "2025-02-12T21:19:47Z", "goVersion": "go1.23.6", "compiler": "gc",
           "platform": "linux/amd64"})
}

fn parse_target(
    state: &AppState,
    group: &str,
    version: &str,
    rest: &[&str],
) -> Result<Target, ApiError> {
    let reg = &state.registry;
    let (watch_path, rest) = match rest.first() {
        Some(&"watch") => (true, &rest[1..]),
        _ => (false, rest),
    };
    let owned = |s: Option<&&str>| s.map(|s| s.to_string());
    if rest.len() >= 3
        && rest[0] == "namespaces"
        && let Some(res) = reg.lookup(group, version, rest[2]).filter(|r| r.namespaced)
    {
        if rest.len() > 5 {
            return Err(ApiError::path_not_found());
        }
        return Ok(Target {
            res,
            namespace: Some(rest[1].to_string()),
            name: owned(rest.get(3)),
            sub: owned(rest.get(4)),
            watch_path,
        });
    }
    let Some(first) = rest.first() else {
        return Err(ApiError::path_not_found());
    };
    let res = reg
        .lookup(group, version, first)
        .ok_or_else(ApiError::path_not_found)?;
    if rest.len() > 3 {
        return Err(ApiError::path_not_found());
    }
    Ok(Target {
        res,
        namespace: None,
        name: owned(rest.get(1)),
        sub: owned(rest.get(2)),
        watch_path,
    })
}

async fn resource(
    state: &Arc<AppState>,
    req: Req,
    group: &str,
    version: &str,
    rest: &[&str],
) -> Response<Body> {
    let t = match parse_target(state, group, version, rest) {
        Ok(t) => t,
        Err(e) => return error_response(&e),
    };
    if let Some(sub) = &t.sub
        && !t.res.has_sub(sub)
    {
        return error_response(&ApiError::path_not_found());
    }
    let is_watch = t.watch_path || req.q_bool("watch");
    let attributes = rbac::Attributes {
        verb: match (&req.method, &t.name) {
            (&Method::GET, _) if is_watch => "watch",
            (&Method::GET, Some(_)) => "get",
            (&Method::GET, None) => "list",
            (&Method::POST, _) => "create",
            (&Method::PUT, _) => "update",
            (&Method::PATCH, _) => "patch",
            (&Method::DELETE, Some(_)) => "delete",
            (&Method::DELETE, None) => "deletecollection",
            (other, _) => other.as_str(),
        }
        .to_lowercase(),
        group: t.res.group.clone(),
        resource: t.res.plural.clone(),
        subresource: t.sub.clone().unwrap_or_default(),
        namespace: t.namespace.clone().unwrap_or_default(),
        name: t.name.clone().unwrap_or_default(),
    };
    if !rbac::allowed(&state.store, &req.user, &attributes) {
        return error_response(&rbac::forbidden(&req.user, &attributes));
    }
    if matches!(
        t.res.group.as_str(),
        "authorization.k8s.io" | "authentication.k8s.io"
    ) {
        return match (&req.method, &t.name) {
            (&Method::POST, None) => super::reviews::review(state, &t.res, &req),
            _ => error_response(&ApiError::method_not_allowed()),
        };
    }
    let m = req.method.clone();
    let r = match (&m, &t.name, &t.sub) {
        (&Method::GET, None, None) if is_watch => {
            return super::watch::watch(state.clone(), &req, &t);
        }
        (&Method::GET, None, None) => crud::list(state, &req, &t),
        (&Method::GET, Some(_), None) if is_watch => {
            return super::watch::watch(state.clone(), &req, &t);
        }
        (&Method::GET, Some(n), None) => crud::get(state, &req, &t, n),
        (&Method::GET, Some(n), Some(s)) => crud::get_sub(state, &req, &t, n, s),
        (&Method::POST, None, None) => crud::create(state, &req, &t),
        (&Method::POST, Some(n), Some(s)) => crud::post_sub(state, &req, &t, n, s),
        (&Method::PUT, Some(n), s) => crud::update(state, &req, &t, n, s.as_deref()),
        (&Method::PATCH, Some(n), s) => crud::patch(state, &req, &t, n, s.as_deref()),
        (&Method::DELETE, Some(n), None) => crud::delete(state, &req, &t, n),
        (&Method::DELETE, None, None) => crud::delete_collection(state, &req, &t),
        _ => Err(ApiError::method_not_allowed()),
    };
    match r {
        Ok(resp) => resp,
        Err(e) => error_response(&e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_decoding() {
        let q = parse_query("labelSelector=app+in+%28x%2Cweb%29&limit=500&watch");
        assert_eq!(q["labelSelector"], "app in (x,web)");
        assert_eq!(q["limit"], "500");
        assert_eq!(q["watch"], "");
    }
}
