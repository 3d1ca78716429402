//! `pods/portforward`: kubectl's SPDY/3.1 streams (plain upgrade, or tunnelled in WebSocket
//! binary messages as `SPDY/3.1+portforward.k8s.io`), and the WebSocket channel protocol
//! (`v4.channel.k8s.io`, `ports=` query) kube-rs uses. Each forwarded connection is answered by
//! the built-in responder (`sandbox::responder`) of the pod, as if the container listened.
//!
//! Which ports answer: every declared `containerPort` of the pod; a pod that declares none
//! answers on any port (its image's port is unknown). Other ports get the kubelet's
//! "connection refused" error on the error stream.

use std::collections::HashMap;

use serde_json::Value;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;

use super::spdy::{self, Event, Frame, Session};
use super::websocket::{self, Message, OP_BINARY, OP_PONG, Out};
use crate::sandbox::responder::{self, PodInfo};

/// The port-forward streaming protocol (client-go tools/portforward PortForwardProtocolV1Name).
pub const PROTOCOL: &str = "portforward.k8s.io";
/// The WebSocket subprotocol that tunnels SPDY (apimachinery util/portforward constants).
pub const TUNNEL_PROTOCOL: &str = "SPDY/3.1+portforward.k8s.io";
/// WebSocket subprotocols accepted, best first.
pub const WS_PROTOCOLS: &[&str] = &[TUNNEL_PROTOCOL, "v4.channel.k8s.io", "channel.k8s.io"];

/// Who answers a pod's ports.
#[derive(Debug, Clone)]
pub struct Target {
    pub pod: PodInfo,
    pub uid: String,
    pub declared: Vec<u16>,
}

impl Target {
    pub fn of(pod: &Value) -> Target {
        let declared = ["containers", "initContainers"]
            .iter()
            .flat_map(|f| pod["spec"][*f].as_array().into_iter().flatten())
            .flat_map(|c| c["ports"].as_array().into_iter().flatten())
            .filter_map(|p| p["containerPort"].as_u64())
            .filter_map(|p| u16::try_from(p).ok())
            .collect();
        Target {
            pod: PodInfo::of(pod),
            uid: pod["metadata"]["uid"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
            declared,
        }
    }

    pub fn answers(&self, port: u16) -> bool {
        self.declared.is_empty() || self.declared.contains(&port)
    }

    /// The kubelet's error for a port nothing listens on (kubelet httpStreamHandler.portForward
    /// wrapping the runtime's dial error).
    pub fn refused(&self, port: u16) -> String {
        format!(
            "error forwarding port {port} to pod {uid}, uid : failed to connect to localhost:{port} inside namespace \"{uid}\", IPv4: dial tcp4 127.0.0.1:{port}: connect: connection refused IPv6 dial tcp6 [::1]:{port}: connect: connection refused ",
            uid = self.uid
        )
    }
}

/// Starts a responder for one forwarded connection; returns our end of it.
fn connect(t: &Target, port: u16) -> tokio::io::DuplexStream {
    let (ours, theirs) = tokio::io::duplex(64 * 1024);
    tokio::spawn(responder::serve(
        theirs,
        t.pod.clone(),
        port,
        format!("127.0.0.1:{}", 40000 + port % 20000),
    ));
    ours
}

/// A data stream waiting for its error stream (or the other way round).
#[derive(Default)]
struct Pair {
    error: Option<u32>,
    data: Option<(u32, mpsc::UnboundedReceiver<Option<Vec<u8>>>)>,
    port: u16,
}

/// Serves port-forward SPDY streams on a connection (kubelet portforward/httpstream.go): every
/// stream is accepted; an error and a data stream with the same `requestID` make a forwarded
/// connection.
pub async fn serve_spdy<IO>(io: IO, target: Target)
where
    IO: AsyncRead + AsyncWrite + Send + 'static,
{
    let Session { out, mut events } = Session::start(io);
    let mut pairs: HashMap<String, Pair> = HashMap::new();
    let mut sinks: HashMap<u32, mpsc::UnboundedSender<Option<Vec<u8>>>> = HashMap::new();
    while let Some(ev) = events.recv().await {
        match ev {
            Event::Stream { id, headers, .. } => {
                let _ = out.send(Frame::SynReply {
                    id,
                    fin: false,
                    headers: vec![],
                });
                let port = spdy::header(&headers, "port")
                    .and_then(|p| p.parse::<u16>().ok())
                    .unwrap_or(0);
                let key = spdy::header(&headers, "requestid")
                    .map(str::to_string)
                    .unwrap_or_else(|| port.to_string());
                let pair = pairs.entry(key.clone()).or_default();
                pair.port = port;
                match spdy::header(&headers, "streamtype") {
                    Some("error") => pair.error = Some(id),
                    Some("data") => {
                        let (tx, rx) = mpsc::unbounded_channel();
                        sinks.insert(id, tx);
                        pair.data = Some((id, rx));
                    }
                    _ => {
                        let _ = out.send(Frame::RstStream {
                            id,
                            status: spdy::RST_PROTOCOL_ERROR,
                        });
                        continue;
                    }
                }
                if pair.error.is_some()
                    && pair.data.is_some()
                    && let Some(p) = pairs.remove(&key)
                    && let (Some(err), Some((data, rx))) = (p.error, p.data)
                {
                    tokio::spawn(forward(out.clone(), target.clone(), p.port, data, err, rx));
                }
            }
            Event::Data { id, data } => {
                if let Some(tx) = sinks.get(&id) {
                    let _ = tx.send(Some(data));
                }
            }
            Event::End { id } => {
                if let Some(tx) = sinks.remove(&id) {
                    let _ = tx.send(None);
                }
            }
        }
    }
}

/// One forwarded connection: client data → responder, responder → client, then FIN on both
/// streams (the client waits for the error stream to end before it closes the connection).
async fn forward(
    out: mpsc::UnboundedSender<Frame>,
    target: Target,
    port: u16,
    data: u32,
    error: u32,
    mut rx: mpsc::UnboundedReceiver<Option<Vec<u8>>>,
) {
    let fin = |id| Frame::Data {
        id,
        fin: true,
        data: vec![],
    };
    if !target.answers(port) {
        let _ = out.send(Frame::Data {
            id: error,
            fin: false,
            data: target.refused(port).into_bytes(),
        });
        let _ = out.send(fin(error));
        let _ = out.send(fin(data));
        return;
    }
    let (mut r, mut w) = tokio::io::split(connect(&target, port));
    tokio::spawn(async move {
        while let Some(Some(d)) = rx.recv().await {
            if w.write_all(&d).await.is_err() {
                return;
            }
        }
        let _ = w.shutdown().await;
    });
    let mut buf = vec![0u8; 32 * 1024];
    loop {
        match r.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => {
                if out
                    .send(Frame::Data {
                        id: data,
                        fin: false,
                        data: buf[..n].to_vec(),
                    })
                    .is_err()
                {
                    return;
                }
            }
        }
    }
    let _ = out.send(fin(data));
    let _ = out.send(fin(error));
}

/// Turns a WebSocket connection whose binary messages carry a byte stream (client-go
/// TunnelingConnection) into that byte stream.
pub fn untunnel<IO>(io: IO) -> tokio::io::DuplexStream
where
    IO: AsyncRead + AsyncWrite + Send + 'static,
{
    let (ours, theirs) = tokio::io::duplex(256 * 1024);
    let (r, w) = tokio::io::split(io);
    let ws_out = websocket::spawn_writer(w);
    let (mut dr, mut dw) = tokio::io::split(ours);
    let pong = ws_out.clone();
    tokio::spawn(async move {
        let mut reader = websocket::Reader::new(r);
        while let Ok(Some(m)) = reader.next().await {
            match m {
                Message::Binary(b) | Message::Text(b) => {
                    if dw.write_all(&b).await.is_err() {
                        break;
                    }
                }
                Message::Ping(p) => {
                    let _ = pong.send(Out::Frame(websocket::encode_frame(OP_PONG, &p)));
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
                    let frame = websocket::encode_frame(OP_BINARY, &buf[..n]);
                    if ws_out.send(Out::Frame(frame)).is_err() {
                        return;
                    }
                }
            }
        }
        let _ = ws_out.send(Out::Close(1000));
    });
    theirs
}

/// The WebSocket channel protocol (kubelet portforward/websocket.go): channels 2i (data) and
/// 2i+1 (error) for the i-th port of `ports`; the first message on each channel carries the
/// port, little-endian.
pub async fn serve_channels<IO>(io: IO, target: Target, ports: Vec<u16>)
where
    IO: AsyncRead + AsyncWrite + Send + 'static,
{
    let (r, w) = tokio::io::split(io);
    let out = websocket::spawn_writer(w);
    let frame = |ch: u8, data: &[u8]| {
        let mut p = vec![ch];
        p.extend_from_slice(data);
        Out::Frame(websocket::encode_frame(OP_BINARY, &p))
    };
    let mut sinks = Vec::new();
    for (i, &port) in ports.iter().enumerate() {
        let (data_ch, err_ch) = ((2 * i) as u8, (2 * i + 1) as u8);
        let _ = out.send(frame(data_ch, &port.to_le_bytes()));
        let _ = out.send(frame(err_ch, &port.to_le_bytes()));
        if !target.answers(port) {
            let _ = out.send(frame(err_ch, target.refused(port).as_bytes()));
            sinks.push(None);
            continue;
        }
        let (mut cr, cw) = tokio::io::split(connect(&target, port));
        let o = out.clone();
        tokio::spawn(async move {
            let mut buf = vec![0u8; 32 * 1024];
            while let Ok(n) = cr.read(&mut buf).await {
                if n == 0 || o.send(frame(data_ch, &buf[..n])).is_err() {
                    break;
                }
            }
        });
        sinks.push(Some(cw));
    }
    let mut reader = websocket::Reader::new(r);
    while let Ok(Some(m)) = reader.next().await {
        match m {
            Message::Binary(b) => {
                let Some((&ch, data)) = b.split_first() else {
                    continue;
                };
                if ch % 2 == 0
                    && let Some(Some(w)) = sinks.get_mut(usize::from(ch / 2))
                    && w.write_all(data).await.is_err()
                {
                    sinks[usize::from(ch / 2)] = None;
                }
            }
            Message::Ping(p) => {
                let _ = out.send(Out::Frame(websocket::encode_frame(OP_PONG, &p)));
            }
            Message::Close(_) => break,
            _ => {}
        }
    }
    let _ = out.send(Out::Close(1000));
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn declared_ports_answer() {
        let pod = json!({"metadata": {"name": "web", "namespace": "default", "uid": "u1"},
                         "spec": {"containers": [{"name": "c", "ports": [{"containerPort": 80}]}]}});
        let t = Target::of(&pod);
        assert!(t.answers(80));
        assert!(!t.answers(81));
        assert!(
            t.refused(81)
                .starts_with("error forwarding port 81 to pod u1, uid : ")
        );
        let bare = json!({"metadata": {"name": "x"}, "spec": {"containers": [{"name": "c"}]}});
        assert!(Target::of(&bare).answers(1234));
    }

    #[tokio::test]
    async fn spdy_forwarding_answers_through_the_responder() {
        let (client, server) = tokio::io::duplex(256 * 1024);
        let pod = json!({"metadata": {"name": "web", "namespace": "ns", "uid": "u1"},
                         "spec": {"containers": [{"name": "c", "ports": [{"containerPort": 80}]}]}});
        tokio::spawn(serve_spdy(server, Target::of(&pod)));
        let (mut cr, mut cw) = tokio::io::split(client);
        let mut enc = spdy::Encoder::new();
        let h = |t: &str| {
            vec![
                ("streamtype".to_string(), t.to_string()),
                ("port".into(), "80".into()),
                ("requestid".into(), "0".into()),
            ]
        };
        for f in [
            Frame::SynStream {
                id: 1,
                fin: false,
                headers: h("error"),
            },
            Frame::SynStream {
                id: 3,
                fin: false,
                headers: h("data"),
            },
            Frame::Data {
                id: 3,
                fin: true,
                data: b"GET /hi HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec(),
            },
        ] {
            cw.write_all(&enc.encode(&f).unwrap()).await.unwrap();
        }
        let mut dec = spdy::Decoder::new();
        let (mut body, mut ended) = (Vec::new(), Vec::new());
        while ended.len() < 2 {
            match dec.read(&mut cr).await.unwrap().unwrap() {
                Frame::Data { id: 3, fin, data } => {
                    body.extend(data);
                    if fin {
                        ended.push(3);
                    }
                }
                Frame::Data {
                    id: 1, fin: true, ..
                } => ended.push(1),
                _ => {}
            }
        }
        let text = String::from_utf8(body).unwrap();
        assert!(text.starts_with("HTTP/1.1 200 OK"), "{text}");
        assert!(
            text.contains("Pod: ns/web\n") && text.contains("GET /hi HTTP/1.1\n"),
            "{text}"
        );
    }

    #[tokio::test]
    async fn websocket_channels_carry_the_port_then_data() {
        let (client, server) = tokio::io::duplex(256 * 1024);
        let pod = json!({"metadata": {"name": "web", "namespace": "ns", "uid": "u1"},
                         "spec": {"containers": [{"name": "c", "ports": [{"containerPort": 80}]}]}});
        tokio::spawn(serve_channels(server, Target::of(&pod), vec![80, 81]));
        let (cr, mut cw) = tokio::io::split(client);
        let mut reader = websocket::Reader::new(cr);
        // Unmasked client frames are accepted too; kube-rs masks, which the reader undoes.
        let mut req = vec![0u8];
        req.extend_from_slice(b"GET /ws HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        cw.write_all(&websocket::encode_frame(OP_BINARY, &req))
            .await
            .unwrap();
        let (mut firsts, mut body, mut refused) = (Vec::new(), Vec::new(), String::new());
        while !String::from_utf8_lossy(&body).contains("GET /ws HTTP/1.1\n") || refused.is_empty() {
            let Some(Message::Binary(m)) = reader.next().await.unwrap() else {
                panic!("connection ended early");
            };
            match (m[0], m.len()) {
                (ch, 3) if firsts.len() < 4 => firsts.push((ch, u16::from_le_bytes([m[1], m[2]]))),
                (0, _) => body.extend_from_slice(&m[1..]),
                (3, _) => refused = String::from_utf8_lossy(&m[1..]).into_owned(),
                other => panic!("unexpected message {other:?}"),
            }
        }
        assert_eq!(firsts, [(0, 80), (1, 80), (2, 81), (3, 81)]);
        assert!(
            refused.starts_with("error forwarding port 81 to pod u1"),
            "{refused}"
        );
    }
}
