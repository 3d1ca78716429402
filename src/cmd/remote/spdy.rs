//! The client side of a SPDY/3.1 connection (moby/spdystream as client-go's port-forward uses
//! it): streams opened with SYN_STREAM on odd ids, data in and out per stream, pings echoed, and
//! one signal when the connection is gone. Frame encoding is the sandbox's codec, which is the
//! same in both directions. Flow control is not enforced (spdystream does not either).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt};
use tokio::sync::{mpsc, watch};

use crate::sandbox::server::streams::spdy::{Decoder, Encoder, Frame, Headers};

/// RST_STREAM status CANCEL.
const RST_CANCEL: u32 = 5;

type Sinks = Arc<Mutex<HashMap<u32, mpsc::UnboundedSender<Vec<u8>>>>>;

/// A SPDY connection this side opens streams on.
#[derive(Clone)]
pub struct Connection {
    out: mpsc::UnboundedSender<Frame>,
    sinks: Sinks,
    next_id: Arc<AtomicU32>,
    closed: watch::Receiver<bool>,
}

/// One stream: what the server sends arrives on `incoming` until its FIN or RST (then `None`).
pub struct Stream {
    pub incoming: mpsc::UnboundedReceiver<Vec<u8>>,
    pub writer: StreamWriter,
}

/// The sending half of a stream; cheap to clone into a copying task.
#[derive(Clone)]
pub struct StreamWriter {
    id: u32,
    out: mpsc::UnboundedSender<Frame>,
}

impl StreamWriter {
    pub fn write(&self, data: &[u8]) -> bool {
        self.out
            .send(Frame::Data {
                id: self.id,
                fin: false,
                data: data.to_vec(),
            })
            .is_ok()
    }

    /// Half-closes: this side sends no more (an empty DATA frame with FIN).
    pub fn close_write(&self) {
        let _ = self.out.send(Frame::Data {
            id: self.id,
            fin: true,
            data: Vec::new(),
        });
    }

    /// Drops the stream on both sides (spdystream `Reset`).
    pub fn reset(&self) {
        let _ = self.out.send(Frame::RstStream {
            id: self.id,
            status: RST_CANCEL,
        });
    }
}

impl Connection {
    pub fn start<IO>(io: IO) -> Connection
    where
        IO: AsyncRead + AsyncWrite + Send + 'static,
    {
        let (mut r, mut w) = tokio::io::split(io);
        let (out, mut out_rx) = mpsc::unbounded_channel::<Frame>();
        let sinks: Sinks = Arc::new(Mutex::new(HashMap::new()));
        let (closed_tx, closed) = watch::channel(false);
        tokio::spawn(async move {
            let mut enc = Encoder::new();
            while let Some(f) = out_rx.recv().await {
                let Ok(bytes) = enc.encode(&f) else { return };
                if w.write_all(&bytes).await.is_err() || w.flush().await.is_err() {
                    return;
                }
                if matches!(f, Frame::GoAway { .. }) {
                    let _ = w.shutdown().await;
                    return;
                }
            }
        });
        let pong = out.clone();
        let reader_sinks = sinks.clone();
        tokio::spawn(async move {
            let mut dec = Decoder::new();
            let remove = |id: u32| {
                if let Ok(mut s) = reader_sinks.lock() {
                    s.remove(&id);
                }
            };
            while let Ok(Some(f)) = dec.read(&mut r).await {
                match f {
                    Frame::Data { id, fin, data } => {
                        if !data.is_empty()
                            && let Ok(s) = reader_sinks.lock()
                            && let Some(tx) = s.get(&id)
                        {
                            let _ = tx.send(data);
                        }
                        if fin {
                            remove(id);
                        }
                    }
                    Frame::SynReply { id, fin: true, .. }
                    | Frame::Headers { id, fin: true, .. } => remove(id),
                    Frame::RstStream { id, .. } => remove(id),
                    Frame::Ping(id) => {
                        let _ = pong.send(Frame::Ping(id));
                    }
                    Frame::GoAway { .. } => break,
                    _ => {}
                }
            }
            if let Ok(mut s) = reader_sinks.lock() {
                s.clear();
            }
            let _ = closed_tx.send(true);
        });
        Connection {
            out,
            sinks,
            next_id: Arc::new(AtomicU32::new(1)),
            closed,
        }
    }

    /// Opens a stream with these headers.
    pub fn open(&self, headers: Headers) -> Stream {
        let id = self.next_id.fetch_add(2, Ordering::SeqCst);
        let (tx, incoming) = mpsc::unbounded_channel();
        if let Ok(mut s) = self.sinks.lock() {
            s.insert(id, tx);
        }
        let _ = self.out.send(Frame::SynStream {
            id,
            fin: false,
            headers,
        });
        Stream {
            incoming,
            writer: StreamWriter {
                id,
                out: self.out.clone(),
            },
        }
    }

    /// Ends the connection (GOAWAY, then the write side shuts).
    pub fn close(&self) {
        let _ = self.out.send(Frame::GoAway { last: 0, status: 0 });
    }

    /// Resolves when the server has ended the connection.
    pub async fn closed(&self) {
        let mut rx = self.closed.clone();
        while !*rx.borrow() {
            if rx.changed().await.is_err() {
                return;
            }
        }
    }
}
