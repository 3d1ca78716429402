//! `services/{name}/proxy` and `pods/{name}/proxy`: kube-apiserver's proxy subresources, with
//! the pod's built-in responder standing in for the HTTP server behind the chosen endpoint.
//! Endpoint choice follows kube-apiserver's service ResourceLocation
//! (pkg/registry/core/service/storage/storage.go) and pod ResourceLocation (pod/strategy.go).

use std::sync::Arc;

use hyper::body::Incoming;
use hyper::{Request, Response};
use serde_json::Value;

use super::{Target, full};
use crate::sandbox::responder::{self, PodInfo, Seen};
use crate::sandbox::server::{AppState, Body};
use crate::sandbox::status::ApiError;

/// `[scheme:]name[:port]` (apimachinery util/net SplitSchemeNamePort).
pub fn split_scheme_name_port(id: &str) -> Option<(&str, &str, &str)> {
    let parts: Vec<&str> = id.split(':').collect();
    let (scheme, name, port) = match parts.as_slice() {
        [name] => ("", *name, ""),
        [name, port] => ("", *name, *port),
        [scheme, name, port] => (*scheme, *name, *port),
        _ => return None,
    };
    if name.is_empty() || !matches!(scheme, "" | "http" | "https") {
        return None;
    }
    Some((scheme, name, port))
}

/// kube-apiserver answers 503 ServiceUnavailable when there is nothing to proxy to.
fn unavailable(msg: String) -> ApiError {
    ApiError {
        code: 503,
        reason: "ServiceUnavailable",
        message: msg,
        details: None,
    }
}

/// The pod and port a service proxy request goes to.
fn service_endpoint(
    state: &AppState,
    ns: &str,
    id: &str,
) -> Result<(Option<Value>, String, u16), ApiError> {
    let Some((_, name, port)) = split_scheme_name_port(id) else {
        return Err(ApiError::bad_request(format!(
            "invalid service request {id:?}"
        )));
    };
    let svc = state
        .store
        .get("/services", ns, name)
        .ok_or_else(|| ApiError::not_found("", "services", name))?;
    let mut port_name = port.to_string();
    // A port number names the service port with that number.
    if let Ok(n) = port.parse::<i64>() {
        let found = svc["spec"]["ports"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| p["port"].as_i64() == Some(n));
        match found {
            Some(p) => port_name = p["name"].as_str().unwrap_or_default().to_string(),
            None => {
                return Err(unavailable(format!(
                    "no service port {n} found for service \"{name}\""
                )));
            }
        }
    }
    let eps = state.store.get("/endpoints", ns, name);
    let subsets: Vec<Value> = eps
        .as_ref()
        .and_then(|e| e["subsets"].as_array().cloned())
        .unwrap_or_default();
    if subsets.is_empty() {
        return Err(unavailable(format!(
            "no endpoints available for service \"{name}\""
        )));
    }
    for ss in &subsets {
        let Some(addrs) = ss["addresses"].as_array().filter(|a| !a.is_empty()) else {
            continue;
        };
        for p in ss["ports"].as_array().into_iter().flatten() {
            if p["name"].as_str().unwrap_or_default() != port_name {
                continue;
            }
            // kube-apiserver picks a random address; the first is as good for a sandbox.
            let addr = &addrs[0];
            let ip = addr["ip"].as_str().unwrap_or_default().to_string();
            let pod = addr["targetRef"]["name"]
                .as_str()
                .and_then(|n| state.store.get("/pods", ns, n));
            let port = p["port"]
                .as_u64()
                .and_then(|p| u16::try_from(p).ok())
                .unwrap_or(80);
            return Ok((pod, ip, port));
        }
    }
    Err(unavailable(format!(
        "no endpoints available for service \"{id}\""
    )))
}

fn pod_endpoint(state: &AppState, ns: &str, id: &str) -> Result<(Value, u16), ApiError> {
    let Some((_, name, port)) = split_scheme_name_port(id) else {
        return Err(ApiError::bad_request(format!("invalid pod request {id:?}")));
    };
    let pod = state
        .store
        .get("/pods", ns, name)
        .ok_or_else(|| ApiError::not_found("", "pods", name))?;
    // pod ResourceLocation: a named port is looked up among the containers' ports.
    let port = match port.parse::<u16>() {
        Ok(p) => p,
        Err(_) if port.is_empty() => 80,
        Err(_) => pod["spec"]["containers"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|c| c["ports"].as_array().into_iter().flatten())
            .find(|p| p["name"] == port)
            .and_then(|p| p["containerPort"].as_u64())
            .and_then(|p| u16::try_from(p).ok())
            .unwrap_or(80),
    };
    if pod["status"]["podIP"].as_str().is_none_or(str::is_empty) {
        return Err(ApiError::bad_request("address not allowed"));
    }
    Ok((pod, port))
}

pub fn handle(
    state: &Arc<AppState>,
    req: &Request<Incoming>,
    t: &Target,
) -> Result<Response<Body>, ApiError> {
    // The upgrade-aware proxy redirects a bare `.../proxy` to `.../proxy/` for GET.
    if t.rest.is_empty() && req.method() == hyper::Method::GET {
        let mut loc = format!("{}/", req.uri().path());
        if let Some(q) = req.uri().query() {
            loc.push('?');
            loc.push_str(q);
        }
        return Ok(Response::builder()
            .status(301)
            .header("Location", loc)
            .body(full(""))
            .unwrap_or_else(|_| Response::new(full(""))));
    }
    let (pod, ip, port) = if t.kind == super::Kind::ServiceProxy {
        service_endpoint(state, &t.namespace, &t.name)?
    } else {
        let (pod, port) = pod_endpoint(state, &t.namespace, &t.name)?;
        let ip = pod["status"]["podIP"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        (Some(pod), ip, port)
    };
    let info = pod.as_ref().map(PodInfo::of).unwrap_or_else(|| PodInfo {
        name: String::new(),
        namespace: t.namespace.clone(),
        hostname: String::new(),
        ip: ip.clone(),
        node: String::new(),
    });
    let answers = pod
        .as_ref()
        .map(|p| super::portforward::Target::of(p).answers(port))
        .unwrap_or(false);
    if !answers {
        // The upgrade-aware proxy's error for a refused dial.
        return Err(unavailable(format!(
            "error trying to reach service: dial tcp {ip}:{port}: connect: connection refused"
        )));
    }
    let mut target = if t.rest.is_empty() {
        "/".to_string()
    } else {
        t.rest.clone()
    };
    if let Some(q) = req.uri().query() {
        target.push('?');
        target.push_str(q);
    }
    let mut headers: Vec<(String, String)> = req
        .headers()
        .iter()
        .filter(|(k, _)| !k.as_str().eq_ignore_ascii_case("authorization"))
        .map(|(k, v)| {
            (
                k.as_str().to_string(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    headers.push(("x-forwarded-uri".into(), req.uri().to_string()));
    let seen = Seen {
        method: req.method().as_str(),
        target: &target,
        version: "HTTP/1.1",
        headers,
        remote: "127.0.0.1:6443",
        port,
    };
    let (code, ct, body) = responder::answer(&info, &seen);
    Ok(Response::builder()
        .status(code)
        .header("Content-Type", ct)
        .body(full(body))
        .unwrap_or_else(|_| Response::new(full(""))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheme_name_port() {
        for (id, want) in [
            ("web", Some(("", "web", ""))),
            ("web:80", Some(("", "web", "80"))),
            ("https:web:443", Some(("https", "web", "443"))),
            ("ftp:web:21", None),
            (":80", None),
        ] {
            assert_eq!(split_scheme_name_port(id), want, "{id}");
        }
    }
}
