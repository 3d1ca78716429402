//! The streaming subresources of pods and services: `exec`, `attach`, `portforward` and
//! `proxy`. They need the raw request (to take over the connection after a 101 answer), so
//! `routes::handle` hands them over before it reads a body; everything here runs after
//! authentication.

pub mod channel;
pub mod pod;
pub mod portforward;
pub mod process;
pub mod proxy;
pub mod spdy;
pub mod spdy_exec;
pub mod websocket;

use std::sync::Arc;

use hyper::body::Incoming;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};

use super::{AppState, Body, error_response, full};
use crate::sandbox::status::ApiError;

/// Which streaming endpoint a path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Exec,
    Attach,
    PortForward,
    PodProxy,
    ServiceProxy,
}

/// A parsed streaming path: `/api/v1/namespaces/{ns}/{pods|services}/{name}/{sub}[/rest]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub kind: Kind,
    pub namespace: String,
    /// As written; for proxy it may carry `[scheme:]name[:port]`.
    pub name: String,
    /// The rest of the path after `proxy` (with its leading slash), else empty.
    pub rest: String,
}

/// Recognises the paths this module serves; everything else goes through `routes`.
pub fn classify(path: &str) -> Option<Target> {
    let tail = path.strip_prefix("/api/v1/namespaces/")?;
    let mut it = tail.splitn(5, '/');
    let (ns, res, name, sub) = (it.next()?, it.next()?, it.next()?, it.next()?);
    let rest = it.next().map(|r| format!("/{r}")).unwrap_or_default();
    if ns.is_empty() || name.is_empty() {
        return None;
    }
    let kind = match (res, sub) {
        ("pods", "exec") => Kind::Exec,
        ("pods", "attach") => Kind::Attach,
        ("pods", "portforward") => Kind::PortForward,
        ("pods", "proxy") => Kind::PodProxy,
        ("services", "proxy") => Kind::ServiceProxy,
        _ => return None,
    };
    if !rest.is_empty() && !matches!(kind, Kind::PodProxy | Kind::ServiceProxy) {
        return None;
    }
    Some(Target {
        kind,
        namespace: ns.to_string(),
        name: percent_encoding::percent_decode_str(name)
            .decode_utf8_lossy()
            .into_owned(),
        rest,
    })
}

/// Query parameters in order, repeated keys kept (`command=sh&command=-c`).
pub fn query_pairs(q: Option<&str>) -> Vec<(String, String)> {
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    q.unwrap_or_default()
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn q_first<'a>(q: &'a [(String, String)], key: &str) -> Option<&'a str> {
    q.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

fn q_bool(q: &[(String, String)], key: &str) -> bool {
    matches!(q_first(q, key), Some("1" | "true" | "True"))
}

fn header<'a>(req: &'a Request<Incoming>, name: &str) -> Option<&'a str> {
    req.headers().get(name).and_then(|v| v.to_str().ok())
}

fn is_websocket(req: &Request<Incoming>) -> bool {
    header(req, "upgrade").is_some_and(|u| u.eq_ignore_ascii_case("websocket"))
        && header(req, "sec-websocket-key").is_some()
}

/// Plain text, as Go's `http.Error` writes it.
pub fn text_response(code: u16, msg: &str) -> Response<Body> {
    Response::builder()
        .status(code)
        .header("Content-Type", "text/plain; charset=utf-8")
        .header("X-Content-Type-Options", "nosniff")
        .body(full(format!("{msg}\n")))
        .unwrap_or_else(|_| Response::new(full("")))
}

/// The 101 answer to a WebSocket handshake with the chosen subprotocol.
fn websocket_accept(req: &Request<Incoming>, protocol: &str) -> Response<Body> {
    let key = header(req, "sec-websocket-key").unwrap_or_default();
    let mut b = Response::builder()
        .status(101)
        .header("Upgrade", "websocket")
        .header("Connection", "Upgrade")
        .header("Sec-WebSocket-Accept", websocket::accept_key(key));
    if !protocol.is_empty() {
        b = b.header("Sec-WebSocket-Protocol", protocol);
    }
    b.body(full("")).unwrap_or_else(|_| Response::new(full("")))
}

/// wsstream's negotiation: the first offer the server supports; no offer means the original
/// unnamed protocol; offers without a match are refused.
/// A handshake refusal: Go's `http.Error(w, text, code)`.
#[derive(Debug)]
struct Refusal(u16, String);

impl Refusal {
    fn response(&self) -> Response<Body> {
        text_response(self.0, &self.1)
    }
}

fn negotiate(req: &Request<Incoming>, supported: &[&str]) -> Result<String, Refusal> {
    let offered = websocket::offered_protocols(
        req.headers()
            .get_all("sec-websocket-protocol")
            .iter()
            .filter_map(|v| v.to_str().ok()),
    );
    if offered.is_empty() {
        return Ok(String::new());
    }
    match offered.iter().find(|p| supported.contains(&p.as_str())) {
        Some(p) => Ok(p.clone()),
        None => Err(Refusal(
            400,
            format!(
                "requested protocol(s) are not supported: [{}]; supports [{}]",
                offered.join(" "),
                supported.join(" ")
            ),
        )),
    }
}

pub async fn handle(state: Arc<AppState>, req: Request<Incoming>, t: Target) -> Response<Body> {
    let r = match t.kind {
        Kind::Exec | Kind::Attach => exec(&state, req, &t),
        Kind::PortForward => port_forward(&state, req, &t),
        Kind::PodProxy | Kind::ServiceProxy => proxy::handle(&state, &req, &t),
    };
    r.unwrap_or_else(|e| error_response(&e))
}

fn get_pod(state: &AppState, t: &Target) -> Result<Value, ApiError> {
    state
        .store
        .get("/pods", &t.namespace, &t.name)
        .ok_or_else(|| ApiError::not_found("", "pods", &t.name))
}

/// kube-apiserver's InternalError status as the stream translator reports a kubelet failure.
fn internal_status(cause: &str) -> Value {
    json!({"metadata": {}, "status": "Failure", "message": format!("Internal error occurred: {cause}"),
           "reason": "InternalError", "details": {"causes": [{"message": cause}]}, "code": 500})
}

fn exec(
    state: &Arc<AppState>,
    mut req: Request<Incoming>,
    t: &Target,
) -> Result<Response<Body>, ApiError> {
    let q = query_pairs(req.uri().query());
    let pod = get_pod(state, t)?;
    let container = pod::pick_container(&pod, q_first(&q, "container"))?;
    let wanted = channel::Wanted {
        stdin: q_bool(&q, "stdin"),
        stdout: q_bool(&q, "stdout"),
        stderr: q_bool(&q, "stderr"),
        tty: q_bool(&q, "tty"),
    };
    let mut argv: Vec<String> = q
        .iter()
        .filter(|(k, _)| k == "command")
        .map(|(_, v)| v.clone())
        .collect();
    // pkg/apis/core/validation ValidatePodExecOptions / ValidatePodAttachOptions.
    if !(wanted.stdin || wanted.stdout || wanted.stderr) {
        return Err(ApiError::bad_request(
            "you must specify at least 1 of stdin, stdout, stderr",
        ));
    }
    if t.kind == Kind::Exec && argv.is_empty() {
        return Err(ApiError::bad_request("you must specify at least 1 command"));
    }
    if t.kind == Kind::Attach {
        argv = attach_command(&pod, &container);
    }
    let websocket = is_websocket(&req);
    if !websocket && !is_spdy(&req) {
        return Err(ApiError::bad_request("Upgrade request required"));
    }
    // kubectl falls back to SPDY/3.1 only when the WebSocket upgrade fails.
    let negotiated = if websocket {
        negotiate(&req, channel::PROTOCOLS)
    } else {
        spdy_protocol(&req, spdy_exec::PROTOCOLS)
    };
    let protocol = match negotiated {
        Ok(p) => p,
        Err(refusal) => return Ok(refusal.response()),
    };
    if !websocket && !pod::is_running(&pod, &container) {
        // The kubelet refuses before upgrading; over SPDY kubectl shows this text as
        // "unable to upgrade connection: ..." (kubelet streaming.WriteError).
        return Ok(text_response(500, &pod::not_found_message(&container)));
    }
    let start = if !pod::is_running(&pod, &container) {
        channel::Start::Failed(internal_status(&format!(
            "unable to upgrade connection: {}",
            pod::not_found_message(&container)
        )))
    } else {
        let cwd = pod::scratch_dir(state, &pod).map_err(|e| ApiError::internal(e.to_string()))?;
        let env = pod::environment(state, &pod, &container, &cwd.to_string_lossy());
        let mut env = env;
        if wanted.tty && !env.iter().any(|(k, _)| k == "TERM") {
            // Docker and containerd set TERM for a terminal session.
            env.push(("TERM".into(), "xterm".into()));
        }
        channel::Start::Spawned(process::spawn(&process::Spec {
            argv: argv.clone(),
            env,
            cwd,
            tty: wanted.tty,
            stdin: wanted.stdin,
        }))
    };
    let resp = if websocket {
        websocket_accept(&req, &protocol)
    } else {
        spdy_accept(&protocol)
    };
    let on = hyper::upgrade::on(&mut req);
    tokio::spawn(async move {
        let Ok(up) = on.await else { return };
        let io = TokioIo::new(up);
        if websocket {
            channel::serve(io, protocol, wanted, argv, start).await;
        } else {
            spdy_exec::serve(io, protocol, wanted, argv, start).await;
        }
    });
    Ok(resp)
}

fn is_spdy(req: &Request<Incoming>) -> bool {
    header(req, "upgrade").is_some_and(|u| u.eq_ignore_ascii_case("SPDY/3.1"))
}

/// The 101 answer to a plain SPDY/3.1 upgrade with the negotiated stream protocol.
fn spdy_accept(protocol: &str) -> Response<Body> {
    Response::builder()
        .status(101)
        .header("Connection", "Upgrade")
        .header("Upgrade", "SPDY/3.1")
        .header("X-Stream-Protocol-Version", protocol)
        .body(full(""))
        .unwrap_or_else(|_| Response::new(full("")))
}

/// httpstream.Handshake: the first client protocol the server supports.
fn spdy_protocol(req: &Request<Incoming>, supported: &[&str]) -> Result<String, Refusal> {
    let offered: Vec<String> = req
        .headers()
        .get_all("x-stream-protocol-version")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|p| p.trim().to_string())
        .collect();
    offered
        .iter()
        .find(|p| supported.contains(&p.as_str()))
        .cloned()
        .ok_or_else(|| {
            Refusal(
                403,
                format!(
                    "unable to upgrade: unable to negotiate protocol: client supports {offered:?}, server supports {supported:?}"
                ),
            )
        })
}

fn port_forward(
    state: &Arc<AppState>,
    mut req: Request<Incoming>,
    t: &Target,
) -> Result<Response<Body>, ApiError> {
    let pod = get_pod(state, t)?;
    // kube-apiserver PortForwardLocation.
    if pod["spec"]["nodeName"].as_str().is_none_or(str::is_empty) {
        return Err(ApiError::bad_request(format!(
            "pod {} does not have a host assigned",
            t.name
        )));
    }
    let target = portforward::Target::of(&pod);
    if is_websocket(&req) {
        let protocol = match negotiate(&req, portforward::WS_PROTOCOLS) {
            Ok(p) => p,
            Err(refusal) => return Ok(refusal.response()),
        };
        let q = query_pairs(req.uri().query());
        let ports: Vec<u16> = q
            .iter()
            .filter(|(k, _)| k == "ports")
            .flat_map(|(_, v)| v.split(','))
            .filter_map(|p| p.trim().parse().ok())
            .collect();
        let resp = websocket_accept(&req, &protocol);
        let on = hyper::upgrade::on(&mut req);
        let gone = pod_gone(state.clone(), &pod);
        tokio::spawn(async move {
            let Ok(up) = on.await else { return };
            let io = until_gone(TokioIo::new(up), gone);
            if protocol == portforward::TUNNEL_PROTOCOL {
                portforward::serve_spdy(portforward::untunnel(io), target).await;
            } else {
                portforward::serve_channels(io, target, ports).await;
            }
        });
        return Ok(resp);
    }
    if !is_spdy(&req) {
        return Err(ApiError::bad_request("Upgrade request required"));
    }
    let protocol = match spdy_protocol(&req, &[portforward::PROTOCOL]) {
        Ok(p) => p,
        Err(refusal) => return Ok(refusal.response()),
    };
    let on = hyper::upgrade::on(&mut req);
    let gone = pod_gone(state.clone(), &pod);
    tokio::spawn(async move {
        if let Ok(up) = on.await {
            portforward::serve_spdy(until_gone(TokioIo::new(up), gone), target).await;
        }
    });
    Ok(spdy_accept(&protocol))
}

/// Resolves once the pod (this uid) is no longer in the store: the kubelet tears down a pod's
/// streams with its sandbox, which is how kubectl port-forward learns the pod went ("lost
/// connection to pod").
fn pod_gone(
    state: Arc<AppState>,
    pod: &Value,
) -> impl std::future::Future<Output = ()> + Send + 'static {
    let ns = pod["metadata"]["namespace"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let name = pod["metadata"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let uid = pod["metadata"]["uid"].clone();
    async move {
        loop {
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            let present = state
                .store
                .get("/pods", &ns, &name)
                .is_some_and(|p| p["metadata"]["uid"] == uid);
            if !present {
                return;
            }
        }
    }
}

/// The connection as a stream that is cut (dropped, so the client sees it close) when `gone`
/// resolves, or ends normally with the session.
fn until_gone<IO>(
    io: IO,
    gone: impl std::future::Future<Output = ()> + Send + 'static,
) -> tokio::io::DuplexStream
where
    IO: tokio::io::AsyncRead + tokio::io::AsyncWrite + Send + Unpin + 'static,
{
    let (ours, theirs) = tokio::io::duplex(256 * 1024);
    tokio::spawn(async move {
        let mut io = io;
        let mut ours = ours;
        tokio::select! {
            _ = tokio::io::copy_bidirectional(&mut io, &mut ours) => {}
            _ = gone => {}
        }
    });
    theirs
}

/// What `attach` connects to. The sandbox runs no container main process, so each attach starts
/// the container's command (`command` + `args`, else a shell) as a fresh local process: the user
/// sees a live process with the container's stdin/stdout, not its earlier output.
fn attach_command(pod: &Value, container: &str) -> Vec<String> {
    let spec = pod["spec"]["containers"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c["name"] == container);
    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| s.as_str().map(str::to_string))
            .collect()
    };
    let mut argv = spec.map(|c| strings(&c["command"])).unwrap_or_default();
    argv.extend(spec.map(|c| strings(&c["args"])).unwrap_or_default());
    if argv.is_empty() {
        argv = vec!["sh".into()];
    }
    argv
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_streaming_paths() {
        let t = |kind, name: &str, rest: &str| {
            Some(Target {
                kind,
                namespace: "ns".into(),
                name: name.into(),
                rest: rest.into(),
            })
        };
        let cases = [
            (
                "/api/v1/namespaces/ns/pods/web/exec",
                t(Kind::Exec, "web", ""),
            ),
            (
                "/api/v1/namespaces/ns/pods/web/attach",
                t(Kind::Attach, "web", ""),
            ),
            (
                "/api/v1/namespaces/ns/pods/web/portforward",
                t(Kind::PortForward, "web", ""),
            ),
            (
                "/api/v1/namespaces/ns/pods/web:8080/proxy",
                t(Kind::PodProxy, "web:8080", ""),
            ),
            (
                "/api/v1/namespaces/ns/services/web/proxy/a/b",
                t(Kind::ServiceProxy, "web", "/a/b"),
            ),
            (
                "/api/v1/namespaces/ns/services/web/proxy/",
                t(Kind::ServiceProxy, "web", "/"),
            ),
            ("/api/v1/namespaces/ns/pods/web/log", None),
            ("/api/v1/namespaces/ns/pods/web/exec/x", None),
            ("/api/v1/namespaces/ns/pods/web", None),
            ("/apis/apps/v1/namespaces/ns/deployments/web/scale", None),
        ];
        for (path, want) in cases {
            assert_eq!(classify(path), want, "{path}");
        }
    }

    #[test]
    fn query_keeps_repeats() {
        let q = query_pairs(Some("command=sh&command=-c&command=echo+a%26b&tty=true"));
        let cmds: Vec<&str> = q
            .iter()
            .filter(|(k, _)| k == "command")
            .map(|(_, v)| v.as_str())
            .collect();
        assert_eq!(cmds, ["sh", "-c", "echo a&b"]);
        assert!(q_bool(&q, "tty"));
    }
}
