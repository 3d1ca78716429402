//! Connection upgrades for the streaming verbs (exec, attach, cp, port-forward): the WebSocket
//! handshake sent through kube-rs' own connection stack (TLS, credentials, proxies, the same
//! `Client` every other request uses), and the client half of RFC 6455 framing (masked frames
//! out; frames in are read with the sandbox's reader, which accepts both). No tokio-tungstenite:
//! kube's `ws` feature would pin the offered subprotocols to `v5/v4.channel.k8s.io`, and
//! port-forward needs kubectl's `SPDY/3.1+portforward.k8s.io` offer as well.

use std::time::Instant;

use base64::Engine;
use http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncWrite, AsyncWriteExt};

use super::{Client, log, status_error};
use crate::error::Error;
pub use crate::sandbox::server::streams::websocket::{
    Message, OP_BINARY, OP_CLOSE, OP_PING, OP_PONG, Reader,
};

/// The upgraded byte stream of a connection.
pub type Upgraded = TokioIo<hyper::upgrade::Upgraded>;

/// Why an upgrade did not happen.
#[derive(Debug)]
pub enum UpgradeError {
    /// The server answered without switching protocols (its status and body, already turned
    /// into kubectl's words when the body is a `Status`).
    Refused { status: StatusCode, error: Error },
    /// The request never got an answer, or the answer made no sense.
    Other(Error),
}

impl From<UpgradeError> for Error {
    fn from(e: UpgradeError) -> Error {
        match e {
            UpgradeError::Refused { error, .. } | UpgradeError::Other(error) => error,
        }
    }
}

impl Client {
    /// A kube client that adds no User-Agent of its own, for forwarding requests as given
    /// (`kctl proxy`: the API server sees the caller's User-Agent, as through kubectl's).
    pub fn bare(&self) -> Result<kube::Client, Error> {
        kube::Client::try_from(self.bare_config.clone()).map_err(|e| Error::msg(e.to_string()))
    }

    /// Upgrades `GET path_and_query` to a WebSocket offering `protocols` (best first) and
    /// returns the connection with the subprotocol the server chose (empty when none).
    pub async fn websocket(
        &self,
        path_and_query: &str,
        protocols: &[&str],
        command: &str,
    ) -> std::result::Result<(Upgraded, String), UpgradeError> {
        let key = base64::engine::general_purpose::STANDARD.encode(random_bytes::<16>());
        let mut builder = Request::builder()
            .method(Method::GET)
            .uri(path_and_query)
            .header(http::header::CONNECTION, "Upgrade")
            .header(http::header::UPGRADE, "websocket")
            .header(http::header::SEC_WEBSOCKET_VERSION, "13")
            .header(http::header::SEC_WEBSOCKET_KEY, &key)
            .header("Kubectl-Command", command);
        if !protocols.is_empty() {
            builder = builder.header(http::header::SEC_WEBSOCKET_PROTOCOL, protocols.join(", "));
        }
        let response = self.switch(Method::GET, path_and_query, builder).await?;
        let accept = response
            .headers()
            .get(http::header::SEC_WEBSOCKET_ACCEPT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        if accept != crate::sandbox::server::streams::websocket::accept_key(&key) {
            return Err(UpgradeError::Other(Error::msg(
                "websocket: bad handshake (Sec-WebSocket-Accept mismatch)",
            )));
        }
        let protocol = response
            .headers()
            .get(http::header::SEC_WEBSOCKET_PROTOCOL)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let upgraded = hyper::upgrade::on(response).await.map_err(|e| {
            UpgradeError::Other(Error::msg(format!("upgrading the connection: {e}")))
        })?;
        Ok((TokioIo::new(upgraded), protocol))
    }
}

impl Client {
    /// Upgrades `POST path_and_query` to SPDY/3.1 offering `protocols` (client-go's SPDY
    /// round tripper, the fallback when a WebSocket upgrade is refused) and returns the raw
    /// connection with the protocol the server chose.
    pub async fn spdy(
        &self,
        path_and_query: &str,
        protocols: &[&str],
        command: &str,
    ) -> std::result::Result<(Upgraded, String), UpgradeError> {
        let mut builder = Request::builder()
            .method(Method::POST)
            .uri(path_and_query)
            .header(http::header::CONNECTION, "Upgrade")
            .header(http::header::UPGRADE, "SPDY/3.1")
            .header("Kubectl-Command", command);
        for p in protocols {
            builder = builder.header("X-Stream-Protocol-Version", *p);
        }
        let response = self.switch(Method::POST, path_and_query, builder).await?;
        let protocol = response
            .headers()
            .get("X-Stream-Protocol-Version")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let upgraded = hyper::upgrade::on(response).await.map_err(|e| {
            UpgradeError::Other(Error::msg(format!("upgrading the connection: {e}")))
        })?;
        Ok((TokioIo::new(upgraded), protocol))
    }
}

impl Client {
    /// Sends an upgrade request (logged as every request is) and insists on `101 Switching
    /// Protocols`; any other answer is a refusal in kubectl's words.
    async fn switch(
        &self,
        method: Method,
        path_and_query: &str,
        builder: http::request::Builder,
    ) -> std::result::Result<http::Response<kube::client::Body>, UpgradeError> {
        let url = format!("{}{}", self.server, path_and_query);
        let mut logged = self.logged_headers.clone();
        logged.push(("User-Agent".to_string(), self.user_agent.clone()));
        log::request(&method, &url, &logged, None);
        let request = builder
            .body(kube::client::Body::from(Vec::new()))
            .map_err(|e| UpgradeError::Other(Error::msg(e.to_string())))?;
        let started = Instant::now();
        let response = self
            .kube
            .send(request)
            .await
            .map_err(|e| UpgradeError::Other(self.transport_error(&e)))?;
        let status = response.status();
        log::response(&method, &url, status, started.elapsed(), &[], b"");
        if status != StatusCode::SWITCHING_PROTOCOLS {
            let body = response
                .into_body()
                .collect()
                .await
                .map(|b| b.to_bytes())
                .unwrap_or_default();
            return Err(UpgradeError::Refused {
                status,
                error: refusal_error(status, &body),
            });
        }
        Ok(response)
    }
}

/// kubectl's switches for its WebSocket clients (`KUBECTL_REMOTE_COMMAND_WEBSOCKETS`,
/// `KUBECTL_PORT_FORWARD_WEBSOCKETS`): only an explicit false turns them off (cmdutil
/// `FeatureGate.IsDisabled`).
pub fn websockets_disabled(env: &crate::env::Env, variable: &str) -> bool {
    env.get(variable)
        .is_some_and(|v| matches!(v.trim(), "false" | "0" | "f" | "F" | "FALSE" | "False"))
}

/// A refused upgrade in kubectl's words: a `Status` body is the server's error; anything else is
/// client-go's "unable to upgrade connection" text.
fn refusal_error(status: StatusCode, body: &[u8]) -> Error {
    let is_status = serde_json::from_slice::<serde_json::Value>(body)
        .is_ok_and(|v| v["kind"] == "Status" || v["status"] == "Failure");
    if is_status {
        return status_error(status, body);
    }
    let text = String::from_utf8_lossy(body).trim_end().to_string();
    if text.is_empty() {
        Error::msg(format!(
            "unable to upgrade connection: {}",
            status.canonical_reason().unwrap_or("unknown")
        ))
    } else {
        Error::msg(format!("unable to upgrade connection: {text}"))
    }
}

/// Random bytes for handshake keys and frame masks (not secrets: RFC 6455 only asks that a
/// proxy cannot predict them).
fn random_bytes<const N: usize>() -> [u8; N] {
    use ring::rand::SecureRandom;
    let mut out = [0u8; N];
    let _ = ring::rand::SystemRandom::new().fill(&mut out);
    out
}

/// One client frame: FIN set, payload masked with a fresh key.
pub fn client_frame(op: u8, payload: &[u8]) -> Vec<u8> {
    let mask = random_bytes::<4>();
    let mut out = Vec::with_capacity(payload.len() + 14);
    out.push(0x80 | op);
    match payload.len() {
        n if n < 126 => out.push(0x80 | n as u8),
        n if n <= 0xFFFF => {
            out.push(0x80 | 126);
            out.extend_from_slice(&(n as u16).to_be_bytes());
        }
        n => {
            out.push(0x80 | 127);
            out.extend_from_slice(&(n as u64).to_be_bytes());
        }
    }
    out.extend_from_slice(&mask);
    out.extend(payload.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
    out
}

/// What the writer task of a client connection sends.
#[derive(Debug)]
pub enum Outgoing {
    Binary(Vec<u8>),
    Ping,
    Pong(Vec<u8>),
    /// A close frame (1000), then the write side is shut.
    Close,
}

/// Spawns the only writer of a client WebSocket, so frames from every producer never
/// interleave; it stops after `Close` or when every sender is gone.
pub fn spawn_writer<W: AsyncWrite + Unpin + Send + 'static>(
    mut w: W,
) -> tokio::sync::mpsc::UnboundedSender<Outgoing> {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Outgoing>();
    tokio::spawn(async move {
        while let Some(next) = rx.recv().await {
            let (bytes, last) = match next {
                Outgoing::Binary(b) => (client_frame(OP_BINARY, &b), false),
                Outgoing::Ping => (client_frame(OP_PING, &[]), false),
                Outgoing::Pong(p) => (client_frame(OP_PONG, &p), false),
                Outgoing::Close => (client_frame(OP_CLOSE, &1000u16.to_be_bytes()), true),
            };
            if w.write_all(&bytes).await.is_err() || w.flush().await.is_err() {
                return;
            }
            if last {
                let _ = w.shutdown().await;
                return;
            }
        }
    });
    tx
}

/// client-go's `TunnelingConnection`: the byte stream carried in the binary messages of a
/// WebSocket (port-forward's `SPDY/3.1+portforward.k8s.io`). Messages need not align with
/// anything inside; pings are answered; the stream ends at the server's close frame.
pub fn tunnel(io: Upgraded) -> tokio::io::DuplexStream {
    use tokio::io::AsyncReadExt;
    let (ours, theirs) = tokio::io::duplex(256 * 1024);
    let (r, w) = tokio::io::split(io);
    let tx = spawn_writer(w);
    let (mut dr, mut dw) = tokio::io::split(ours);
    let pong = tx.clone();
    tokio::spawn(async move {
        let mut reader = Reader::new(r);
        while let Ok(Some(m)) = reader.next().await {
            match m {
                Message::Binary(b) | Message::Text(b) => {
                    if dw.write_all(&b).await.is_err() {
                        break;
                    }
                }
                Message::Ping(p) => {
                    let _ = pong.send(Outgoing::Pong(p));
                }
                Message::Pong => {}
                Message::Close(_) => break,
            }
        }
        let _ = dw.shutdown().await;
    });
    tokio::spawn(async move {
        let mut buf = vec![0u8; 32 * 1024];
        loop {
            match dr.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if tx.send(Outgoing::Binary(buf[..n].to_vec())).is_err() {
                        return;
                    }
                }
            }
        }
        let _ = tx.send(Outgoing::Close);
    });
    theirs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn client_frames_read_back_through_the_reader() {
        for n in [0usize, 5, 200, 70_000] {
            let payload: Vec<u8> = (0..n).map(|i| (i % 251) as u8).collect();
            let bytes = client_frame(OP_BINARY, &payload);
            let mut r = Reader::new(&bytes[..]);
            assert_eq!(r.next().await.unwrap(), Some(Message::Binary(payload)));
        }
    }

    #[test]
    fn refusals_read_like_client_go() {
        let status = br#"{"kind":"Status","status":"Failure","message":"container nope is not valid for pod web","reason":"BadRequest","code":400}"#;
        assert_eq!(
            refusal_error(StatusCode::BAD_REQUEST, status).to_string(),
            "Error from server (BadRequest): container nope is not valid for pod web"
        );
        assert_eq!(
            refusal_error(StatusCode::BAD_REQUEST, b"Upgrade request required\n").to_string(),
            "unable to upgrade connection: Upgrade request required"
        );
    }
}
