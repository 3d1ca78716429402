//! RFC 6455 WebSocket, server side only: the handshake answer (`Sec-WebSocket-Accept`,
//! subprotocol choice) and the frame codec over an upgraded connection. Client frames are
//! masked, ours are not; fragmented messages are reassembled. No extensions (kubectl's gorilla
//! dialer offers none).

use base64::Engine;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

const GUID: &str = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
/// Larger messages are refused: kubectl's buffers are 32 KiB + 1 KiB (transport/websocket).
const MAX_MESSAGE: usize = 16 << 20;

pub const OP_CONT: u8 = 0x0;
pub const OP_TEXT: u8 = 0x1;
pub const OP_BINARY: u8 = 0x2;
pub const OP_CLOSE: u8 = 0x8;
pub const OP_PING: u8 = 0x9;
pub const OP_PONG: u8 = 0xA;

/// `Sec-WebSocket-Accept` for a client's `Sec-WebSocket-Key`.
pub fn accept_key(key: &str) -> String {
    let digest = ring::digest::digest(
        &ring::digest::SHA1_FOR_LEGACY_USE_ONLY,
        format!("{}{GUID}", key.trim()).as_bytes(),
    );
    base64::engine::general_purpose::STANDARD.encode(digest.as_ref())
}

/// The client's `Sec-WebSocket-Protocol` offers (the header may repeat and holds lists).
pub fn offered_protocols<'a>(values: impl Iterator<Item = &'a str>) -> Vec<String> {
    values
        .flat_map(|v| v.split(','))
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// A message or control frame received from the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Binary(Vec<u8>),
    Text(Vec<u8>),
    Ping(Vec<u8>),
    Pong,
    /// The close code, if the frame carried one.
    Close(Option<u16>),
}

#[derive(Debug, thiserror::Error)]
pub enum WsError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("websocket protocol error: {0}")]
    Protocol(&'static str),
}

/// Reads client frames, reassembling fragmented data messages.
pub struct Reader<R> {
    r: R,
    /// A fragmented data message being collected (control frames may come between fragments).
    partial: Option<(u8, Vec<u8>)>,
}

impl<R: AsyncRead + Unpin> Reader<R> {
    pub fn new(r: R) -> Self {
        Reader { r, partial: None }
    }

    /// The next message; `None` at a clean end of the connection.
    pub async fn next(&mut self) -> Result<Option<Message>, WsError> {
        loop {
            let Some((fin, op, payload)) = self.frame().await? else {
                return Ok(None);
            };
            match op {
                OP_PING => return Ok(Some(Message::Ping(payload))),
                OP_PONG => return Ok(Some(Message::Pong)),
                OP_CLOSE => {
                    let code =
                        (payload.len() >= 2).then(|| u16::from_be_bytes([payload[0], payload[1]]));
                    return Ok(Some(Message::Close(code)));
                }
                OP_TEXT | OP_BINARY => {
                    if self.partial.is_some() {
                        return Err(WsError::Protocol("new message inside a fragmented one"));
                    }
                    if fin {
                        return Ok(Some(data_message(op, payload)));
                    }
                    self.partial = Some((op, payload));
                }
                OP_CONT => {
                    let Some((first, mut buf)) = self.partial.take() else {
                        return Err(WsError::Protocol("continuation without a message"));
                    };
                    buf.extend_from_slice(&payload);
                    if buf.len() > MAX_MESSAGE {
                        return Err(WsError::Protocol("message too large"));
                    }
                    if fin {
                        return Ok(Some(data_message(first, buf)));
                    }
                    self.partial = Some((first, buf));
                }
                _ => return Err(WsError::Protocol("unknown opcode")),
            }
        }
    }

    async fn frame(&mut self) -> Result<Option<(bool, u8, Vec<u8>)>, WsError> {
        let mut head = [0u8; 2];
        match self.r.read_exact(&mut head).await {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
            Err(e) => return Err(e.into()),
        }
        let fin = head[0] & 0x80 != 0;
        let op = head[0] & 0x0F;
        let masked = head[1] & 0x80 != 0;
        let len = match head[1] & 0x7F {
            126 => u64::from(self.r.read_u16().await?),
            127 => self.r.read_u64().await?,
            n => u64::from(n),
        };
        if len > MAX_MESSAGE as u64 {
            return Err(WsError::Protocol("frame too large"));
        }
        let mut mask = [0u8; 4];
        if masked {
            self.r.read_exact(&mut mask).await?;
        }
        let mut payload = vec![0u8; len as usize];
        self.r.read_exact(&mut payload).await?;
        if masked {
            for (i, b) in payload.iter_mut().enumerate() {
                *b ^= mask[i % 4];
            }
        }
        Ok(Some((fin, op, payload)))
    }
}

fn data_message(op: u8, payload: Vec<u8>) -> Message {
    if op == OP_TEXT {
        Message::Text(payload)
    } else {
        Message::Binary(payload)
    }
}

/// One unmasked frame with FIN set, as a server sends it.
pub fn encode_frame(op: u8, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + 10);
    out.push(0x80 | op);
    match payload.len() {
        n if n < 126 => out.push(n as u8),
        n if n <= 0xFFFF => {
            out.push(126);
            out.extend_from_slice(&(n as u16).to_be_bytes());
        }
        n => {
            out.push(127);
            out.extend_from_slice(&(n as u64).to_be_bytes());
        }
    }
    out.extend_from_slice(payload);
    out
}

/// A close frame with `code` (1000 = normal closure).
pub fn close_frame(code: u16) -> Vec<u8> {
    encode_frame(OP_CLOSE, &code.to_be_bytes())
}

/// What a writer task sends.
#[derive(Debug)]
pub enum Out {
    Frame(Vec<u8>),
    /// Send a close frame with this code, flush, and stop writing.
    Close(u16),
}

/// Spawns the single writer of a connection; frames from every producer go through the channel
/// so they never interleave.
pub fn spawn_writer<W: AsyncWrite + Unpin + Send + 'static>(
    mut w: W,
) -> tokio::sync::mpsc::UnboundedSender<Out> {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Out>();
    tokio::spawn(async move {
        while let Some(out) = rx.recv().await {
            let (bytes, last) = match out {
                Out::Frame(f) => (f, false),
                Out::Close(code) => (close_frame(code), true),
            };
            if w.write_all(&bytes).await.is_err() || w.flush().await.is_err() {
                return;
            }
            if last {
                let _ = w.shutdown().await;
                return;
            }
        }
        let _ = w.shutdown().await;
    });
    tx
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_key_of_rfc_example() {
        // RFC 6455 §1.3.
        assert_eq!(
            accept_key("dGhlIHNhbXBsZSBub25jZQ=="),
            "s3pPLMBiTxaQ9kYGzzhZRbK+xOo="
        );
    }

    #[test]
    fn frame_lengths() {
        for (n, head) in [(5usize, 2usize), (126, 4), (70_000, 10)] {
            let f = encode_frame(OP_BINARY, &vec![7u8; n]);
            assert_eq!(f.len(), n + head, "payload {n}");
            assert_eq!(f[0], 0x82);
        }
    }

    #[test]
    fn protocols_split() {
        let p = offered_protocols(["v5.channel.k8s.io, v4.channel.k8s.io", "x"].into_iter());
        assert_eq!(p, ["v5.channel.k8s.io", "v4.channel.k8s.io", "x"]);
    }

    fn masked(fin: bool, op: u8, payload: &[u8]) -> Vec<u8> {
        let mask = [1u8, 2, 3, 4];
        let mut f = vec![if fin { 0x80 } else { 0 } | op, 0x80 | payload.len() as u8];
        f.extend_from_slice(&mask);
        f.extend(payload.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
        f
    }

    #[tokio::test]
    async fn reads_masked_and_fragmented() {
        let mut bytes = masked(false, OP_BINARY, b"\x00he");
        bytes.extend(masked(true, OP_PING, b"p"));
        bytes.extend(masked(true, OP_CONT, b"llo"));
        bytes.extend(masked(true, OP_CLOSE, &1000u16.to_be_bytes()));
        let mut r = Reader::new(&bytes[..]);
        // A control frame between fragments comes first; the message is kept.
        assert_eq!(r.next().await.unwrap(), Some(Message::Ping(b"p".to_vec())));
        assert_eq!(
            r.next().await.unwrap(),
            Some(Message::Binary(b"\x00hello".to_vec()))
        );
        assert_eq!(r.next().await.unwrap(), Some(Message::Close(Some(1000))));
        assert_eq!(r.next().await.unwrap(), None);
    }
}
