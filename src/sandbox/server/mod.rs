//! The HTTPS listener: accepts TCP (TCP_NODELAY), terminates TLS, authenticates, and hands each
//! HTTP/1.1 request to `routes`. Shared state lives in `AppState`.

pub mod crud;
pub mod delete;
pub mod discovery;
pub mod pod_logs;
pub mod reviews;
pub mod routes;
pub mod streams;
pub mod subresources;
mod unknown_fields;
pub mod validate;
pub mod watch;

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::Value;

use super::SandboxError;
use super::registry::Registry;
use super::status::ApiError;
use super::store::Store;
use super::tls::Pki;

pub type Body = BoxBody<Bytes, Infallible>;

/// Everything a request handler needs.
pub struct AppState {
    pub store: Store,
    pub registry: Arc<Registry>,
    pub pki: Pki,
    pub tls: Arc<rustls::ServerConfig>,
    pub addr: SocketAddr,
    /// Serialises read-modify-write sequences that allocate (clusterIPs, nodePorts).
    pub alloc_lock: Mutex<()>,
    /// The data dir (pods' scratch directories live under it); empty when none was given.
    pub data_dir: std::path::PathBuf,
    /// The OpenAPI v3 documents, built when first asked for.
    pub openapi: crate::sandbox::openapi::Documents,
    /// Signs and verifies service-account tokens.
    pub tokens: crate::sandbox::tokens::Signer,
}

impl AppState {
    pub fn new(
        store: Store,
        registry: Arc<Registry>,
        pki: Pki,
        tls: Arc<rustls::ServerConfig>,
        addr: SocketAddr,
    ) -> Self {
        let tokens = crate::sandbox::tokens::Signer::new(&pki.token);
        AppState {
            store,
            registry,
            pki,
            tls,
            addr,
            alloc_lock: Mutex::new(()),
            data_dir: std::path::PathBuf::new(),
            openapi: Default::default(),
            tokens,
        }
    }

    pub fn with_data_dir(mut self, dir: std::path::PathBuf) -> Self {
        self.data_dir = dir;
        self
    }
}

pub fn full(b: impl Into<Bytes>) -> Body {
    Full::new(b.into()).boxed()
}

pub fn json_response(code: u16, v: &Value) -> Response<Body> {
    json_response_ct(code, v, "application/json")
}

pub fn json_response_ct(code: u16, v: &Value, ct: &str) -> Response<Body> {
    let mut bytes = serde_json::to_vec(v).unwrap_or_default();
    bytes.push(b'\n');
    Response::builder()
        .status(code)
        .header("Content-Type", ct)
        .header("Cache-Control", "no-cache, private")
        .body(full(bytes))
        .unwrap_or_else(|_| Response::new(full("")))
}

pub fn error_response(e: &ApiError) -> Response<Body> {
    json_response(e.code, &e.to_status())
}

/// Accept loop; returns when `shutdown` completes.
pub async fn run(
    listener: tokio::net::TcpListener,
    state: Arc<AppState>,
    shutdown: impl Future<Output = ()>,
) -> Result<(), SandboxError> {
    let acceptor = tokio_rustls::TlsAcceptor::from(state.tls.clone());
    tokio::pin!(shutdown);
    loop {
        let (tcp, _) = tokio::select! {
            _ = &mut shutdown => return Ok(()),
            r = listener.accept() => match r {
                Ok(x) => x,
                // e.g. EMFILE: keep serving the connections we have.
                Err(_) => { tokio::time::sleep(std::time::Duration::from_millis(50)).await; continue; }
            },
        };
        let _ = tcp.set_nodelay(true);
        let acceptor = acceptor.clone();
        let state = state.clone();
        tokio::spawn(async move {
            let Ok(tls) = acceptor.accept(tcp).await else {
                return;
            };
            // The verifier only lets through certificates signed by the sandbox CA.
            let cert_ok = tls
                .get_ref()
                .1
                .peer_certificates()
                .is_some_and(|c| !c.is_empty());
            let svc = service_fn(move |req: Request<Incoming>| {
                let state = state.clone();
                async move { Ok::<_, Infallible>(routes::handle(state, req, cert_ok).await) }
            });
            let _ = http1::Builder::new()
                .keep_alive(true)
                .serve_connection(TokioIo::new(tls), svc)
                .with_upgrades()
                .await;
        });
    }
}
