//! The only place kctl talks HTTP to a cluster: builds the connection from the context layer,
//! sends requests through kube-rs, logs them at `-v=6..9` as kubectl does (credentials masked),
//! and turns failures into kubectl's messages.

pub mod discovery;
mod log;
pub mod mapper;
pub mod stream;
pub mod targets;
pub mod upgrade;

use std::time::Instant;

use bytes::Bytes;
use http::{HeaderValue, Method, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;

use crate::cli::parse_timeout;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::kubeconfig::resolve::{Overrides, in_cluster_wanted, resolve};

/// A connection to one API server, as the current context describes it.
pub struct Client {
    kube: kube::Client,
    /// `https://host:port` without a trailing slash, for messages and logs.
    server: String,
    /// The namespace verbs act in unless told otherwise.
    pub namespace: String,
    /// Headers kubectl would log for every request (impersonation, credentials masked).
    logged_headers: Vec<(String, String)>,
    user_agent: String,
    /// The connection settings without kctl's User-Agent (`kctl proxy` forwards the caller's).
    bare_config: kube::Config,
}

/// A response read whole.
pub struct RawResponse {
    pub status: StatusCode,
    pub body: Bytes,
}

/// kubectl's User-Agent, with kctl's own name and version.
fn user_agent() -> String {
    format!(
        "kctl/v1.32.5+kctl.{} ({}/{}) kubernetes/kctl",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
        match std::env::consts::ARCH {
            "x86_64" => "amd64",
            "aarch64" => "arm64",
            other => other,
        }
    )
}

impl Client {
    /// Resolves the context (flags, `KCTL_*`, kubeconfig) and prepares a client. Nothing is
    /// sent yet.
    pub async fn connect(ctx: &Ctx<'_>) -> Result<Client> {
        let mut overrides: Overrides = ctx.globals.overrides.clone();
        if let Some(raw) = &ctx.globals.request_timeout {
            overrides.request_timeout = Some(parse_timeout(raw).map_err(Error::msg)?);
        }
        let paths = ctx.paths();
        let (mut config, namespace, logged_headers) = if in_cluster_wanted(&paths, ctx.env) {
            let config = kube::Config::incluster()
                .map_err(|e| Error::msg(format!("unable to load in-cluster configuration: {e}")))?;
            let ns = overrides
                .namespace
                .clone()
                .unwrap_or(config.default_namespace.clone());
            (
                config,
                ns,
                vec![("Authorization".to_string(), "Bearer <masked>".to_string())],
            )
        } else {
            let kubeconfig = paths.starting_config()?;
            let resolved = resolve(&kubeconfig, &overrides, ctx.env)?;
            let mut logged = Vec::new();
            if !resolved.user.impersonate.is_empty() {
                logged.push((
                    "Impersonate-User".to_string(),
                    resolved.user.impersonate.clone(),
                ));
            }
            if !resolved.user.impersonate_uid.is_empty() {
                logged.push((
                    "Impersonate-Uid".to_string(),
                    resolved.user.impersonate_uid.clone(),
                ));
            }
            for g in &resolved.user.impersonate_groups {
                logged.push(("Impersonate-Group".to_string(), g.clone()));
            }
            let secure = resolved.cluster.server.starts_with("https://");
            if secure && (!resolved.user.token.is_empty() || !resolved.user.token_file.is_empty()) {
                logged.push(("Authorization".to_string(), "Bearer <masked>".to_string()));
            } else if secure && !resolved.user.username.is_empty() {
                logged.push(("Authorization".to_string(), "Basic <masked>".to_string()));
            }
            let config = resolved.to_kube_config(&overrides).await?;
            (config, resolved.namespace, logged)
        };
        let user_agent = user_agent();
        let bare_config = config.clone();
        if let Ok(v) = HeaderValue::from_str(&user_agent) {
            config.headers.push((http::header::USER_AGENT, v));
        }
        let server = config
            .cluster_url
            .to_string()
            .trim_end_matches('/')
            .to_string();
        let kube = kube::Client::try_from(config).map_err(|e| Error::msg(e.to_string()))?;
        Ok(Client {
            kube,
            server,
            namespace,
            logged_headers,
            user_agent,
            bare_config,
        })
    }

    /// The server address as kubectl names it in connection errors (`host:port`).
    pub fn host(&self) -> &str {
        self.server
            .split_once("://")
            .map(|(_, rest)| rest)
            .unwrap_or(&self.server)
    }

    /// Sends one request and reads the whole response, logging it at `-v=6..9`.
    pub async fn send(
        &self,
        method: Method,
        path_and_query: &str,
        accept: &str,
        body: Option<Vec<u8>>,
    ) -> Result<RawResponse> {
        self.send_typed(method, path_and_query, accept, "application/json", body)
            .await
    }

    /// `send` with a body of the given content type (patches name their patch type this way).
    /// Server warnings go to stderr as `Warning: …` at once, as client-go's default warning
    /// handler writes them.
    pub async fn send_typed(
        &self,
        method: Method,
        path_and_query: &str,
        accept: &str,
        content_type: &str,
        body: Option<Vec<u8>>,
    ) -> Result<RawResponse> {
        let url = format!("{}{}", self.server, path_and_query);
        let mut headers: Vec<(String, String)> = self.logged_headers.clone();
        headers.push(("Accept".to_string(), accept.to_string()));
        headers.push(("User-Agent".to_string(), self.user_agent.clone()));
        log::request(&method, &url, &headers, body.as_deref());

        let mut builder = Request::builder()
            .method(method.clone())
            .uri(path_and_query)
            .header(http::header::ACCEPT, accept);
        if body.is_some() {
            builder = builder.header(http::header::CONTENT_TYPE, content_type);
        }
        let request = builder
            .body(kube::client::Body::from(body.unwrap_or_default()))
            .map_err(|e| Error::msg(e.to_string()))?;
        let started = Instant::now();
        let response = self
            .kube
            .send(request)
            .await
            .map_err(|e| self.transport_error(&e))?;
        let status = response.status();
        let response_headers: Vec<(String, String)> = response
            .headers()
            .iter()
            .map(|(k, v)| {
                (
                    header_name(k.as_str()),
                    v.to_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        print_warnings(response.headers());
        let body = response
            .into_body()
            .collect()
            .await
            .map_err(|e| Error::msg(e.to_string()))?
            .to_bytes();
        log::response(
            &method,
            &url,
            status,
            started.elapsed(),
            &response_headers,
            &body,
        );
        Ok(RawResponse { status, body })
    }

    /// Opens a watch (`?watch=1`) and hands each decoded event to `on_event` as it arrives,
    /// until the server ends the stream or `on_event` returns `false`. Memory stays at one
    /// event, however long the watch runs.
    pub async fn watch(
        &self,
        path_and_query: &str,
        accept: &str,
        mut on_event: impl FnMut(Value) -> Result<bool>,
    ) -> Result<()> {
        let url = format!("{}{}", self.server, path_and_query);
        let mut headers: Vec<(String, String)> = self.logged_headers.clone();
        headers.push(("Accept".to_string(), accept.to_string()));
        headers.push(("User-Agent".to_string(), self.user_agent.clone()));
        log::request(&Method::GET, &url, &headers, None);
        let request = Request::builder()
            .method(Method::GET)
            .uri(path_and_query)
            .header(http::header::ACCEPT, accept)
            .body(kube::client::Body::from(Vec::new()))
            .map_err(|e| Error::msg(e.to_string()))?;
        let started = Instant::now();
        let response = self
            .kube
            .send(request)
            .await
            .map_err(|e| self.transport_error(&e))?;
        let status = response.status();
        log::response(&Method::GET, &url, status, started.elapsed(), &[], b"");
        let mut body = response.into_body();
        if !status.is_success() {
            let bytes = body
                .collect()
                .await
                .map_err(|e| Error::msg(e.to_string()))?
                .to_bytes();
            return Err(status_error(status, &bytes));
        }
        let mut pending: Vec<u8> = Vec::new();
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(|e| Error::msg(format!("watch stream: {e}")))?;
            let Ok(data) = frame.into_data() else {
                continue;
            };
            pending.extend_from_slice(&data);
            // Events are JSON objects one after another; a frame may hold several or a part.
            let mut consumed = 0;
            let mut stream = serde_json::Deserializer::from_slice(&pending).into_iter::<Value>();
            while let Some(next) = stream.next() {
                match next {
                    Ok(event) => {
                        consumed = stream.byte_offset();
                        if !on_event(event)? {
                            return Ok(());
                        }
                    }
                    Err(e) if e.is_eof() => break,
                    Err(e) => return Err(Error::msg(format!("decoding a watch event: {e}"))),
                }
            }
            pending.drain(..consumed);
        }
        Ok(())
    }

    /// GETs JSON, turning an error status into kubectl's `Error from server` message.
    pub async fn get_json(&self, path_and_query: &str) -> Result<Value> {
        let response = self
            .send(Method::GET, path_and_query, "application/json, */*", None)
            .await?;
        if !response.status.is_success() {
            return Err(status_error(response.status, &response.body));
        }
        serde_json::from_slice(&response.body).map_err(|e| Error::msg(e.to_string()))
    }

    /// Sends a JSON (or patch) body and decodes the JSON answer; an error status becomes
    /// kubectl's `Error from server` message.
    pub async fn request_json(
        &self,
        method: Method,
        path_and_query: &str,
        content_type: &str,
        body: Option<&Value>,
    ) -> Result<Value> {
        let bytes = body
            .map(serde_json::to_vec)
            .transpose()
            .map_err(|e| Error::msg(e.to_string()))?;
        let response = self
            .send_typed(
                method,
                path_and_query,
                "application/json",
                content_type,
                bytes,
            )
            .await?;
        if !response.status.is_success() {
            return Err(status_error(response.status, &response.body));
        }
        serde_json::from_slice(&response.body).map_err(|e| Error::msg(e.to_string()))
    }

    /// kubectl's words for a server it cannot reach.
    fn transport_error(&self, err: &kube::Error) -> Error {
        let text = format!("{err:?}");
        if text.contains("ConnectionRefused") || text.contains("Connection refused") {
            return Error::Raw(format!(
                "The connection to the server {} was refused - did you specify the right host or port?",
                self.host()
            ));
        }
        Error::Raw(format!("Unable to connect to the server: {err}"))
    }
}

/// Writes each `Warning: 299 - "text"` header as `Warning: text` (client-go's
/// `WarningHandler`), once per distinct text within this process, as kubectl deduplicates them.
fn print_warnings(headers: &http::HeaderMap) {
    use std::collections::HashSet;
    use std::io::Write;
    use std::sync::Mutex;
    static SEEN: Mutex<Option<HashSet<String>>> = Mutex::new(None);
    for value in headers.get_all("warning") {
        let Some(text) = value.to_str().ok().and_then(warning_text) else {
            continue;
        };
        let fresh = SEEN
            .lock()
            .map(|mut seen| seen.get_or_insert_with(HashSet::new).insert(text.clone()))
            .unwrap_or(true);
        if fresh {
            let _ = writeln!(std::io::stderr(), "Warning: {text}");
        }
    }
}

/// The text of an RFC 7234 warning with code 299 (`299 - "text"`), the only kind the API server
/// sends.
fn warning_text(header: &str) -> Option<String> {
    let rest = header.strip_prefix("299 ")?;
    let (_agent, quoted) = rest.split_once(' ')?;
    let inner = quoted.trim().strip_prefix('"')?;
    let end = inner.rfind('"')?;
    Some(inner[..end].replace("\\\"", "\"").replace("\\\\", "\\"))
}

/// Go's canonical header spelling (`content-type` → `Content-Type`).
fn header_name(lower: &str) -> String {
    lower
        .split('-')
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// `Error from server (Reason): message` for a `Status` body (cmdutil `StandardErrorMessage`).
pub fn status_error(status: StatusCode, body: &[u8]) -> Error {
    let parsed: Option<Value> = serde_json::from_slice(body).ok();
    let reason = parsed
        .as_ref()
        .and_then(|v| v.get("reason"))
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let message = parsed
        .as_ref()
        .and_then(|v| v.get("message"))
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| default_status_message(status));
    if status == StatusCode::UNAUTHORIZED || reason == "Unauthorized" {
        return Error::Raw(format!(
            "error: You must be logged in to the server ({message})"
        ));
    }
    let reason = if reason.is_empty() {
        default_reason(status).to_string()
    } else {
        reason
    };
    if reason.is_empty() {
        Error::Raw(format!("Error from server: {message}"))
    } else {
        Error::Raw(format!("Error from server ({reason}): {message}"))
    }
}

/// client-go's messages for non-Status error bodies (`newUnstructuredResponseError`).
fn default_status_message(status: StatusCode) -> String {
    match status {
        StatusCode::NOT_FOUND => "the server could not find the requested resource".to_string(),
        StatusCode::UNAUTHORIZED => "Unauthorized".to_string(),
        StatusCode::FORBIDDEN => "forbidden".to_string(),
        other => format!(
            "an error on the server ({}) has prevented the request from succeeding",
            other.canonical_reason().unwrap_or("unknown")
        ),
    }
}

fn default_reason(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND => "NotFound",
        StatusCode::UNAUTHORIZED => "Unauthorized",
        StatusCode::FORBIDDEN => "Forbidden",
        StatusCode::CONFLICT => "Conflict",
        StatusCode::BAD_REQUEST => "BadRequest",
        StatusCode::INTERNAL_SERVER_ERROR => "InternalError",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_errors_read_like_kubectl() {
        let body = br#"{"kind":"Status","status":"Failure","message":"pods \"x\" not found","reason":"NotFound","code":404}"#;
        assert_eq!(
            status_error(StatusCode::NOT_FOUND, body).to_string(),
            "Error from server (NotFound): pods \"x\" not found"
        );
        assert_eq!(
            status_error(StatusCode::NOT_FOUND, b"<html>").to_string(),
            "Error from server (NotFound): the server could not find the requested resource"
        );
    }

    #[test]
    fn warning_headers_give_their_text() {
        assert_eq!(
            warning_text(r#"299 - "unknown field \"spec.foo\"""#).as_deref(),
            Some(r#"unknown field "spec.foo""#)
        );
        assert_eq!(warning_text("199 - \"x\""), None);
    }

    #[test]
    fn header_names_are_canonical() {
        assert_eq!(header_name("content-type"), "Content-Type");
        assert_eq!(
            header_name("x-kubernetes-pf-flowschema-uid"),
            "X-Kubernetes-Pf-Flowschema-Uid"
        );
    }
}
