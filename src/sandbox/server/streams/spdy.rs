//! SPDY/3.1 framing as kubectl's spdystream speaks it (moby/spdystream/spdy): control frames
//! (SYN_STREAM, SYN_REPLY, RST_STREAM, SETTINGS, PING, GOAWAY, HEADERS, WINDOW_UPDATE) and data
//! frames, with header blocks zlib-compressed against the SPDY/3 dictionary in one compression
//! context per direction (sync-flushed per block). `Session` runs the server side of a
//! connection: it answers PINGs and hands streams and data to its owner through channels.
//! Flow control is not enforced (spdystream neither sends nor honours WINDOW_UPDATE).

use std::collections::HashMap;

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;

const VERSION: u16 = 3;
const SYN_STREAM: u16 = 1;
const SYN_REPLY: u16 = 2;
const RST_STREAM: u16 = 3;
const PING: u16 = 6;
const GOAWAY: u16 = 7;
const HEADERS: u16 = 8;
pub const FLAG_FIN: u8 = 0x01;
/// Largest data frame payload we send (the field allows 16 MiB; spdystream reads any size).
const MAX_DATA: usize = 32 * 1024;
/// A frame larger than this is refused rather than buffered.
const MAX_FRAME: usize = 16 << 20;

/// RST_STREAM status codes used here.
pub const RST_PROTOCOL_ERROR: u32 = 1;
pub const RST_CANCEL: u32 = 5;

// The SPDY/3 header compression dictionary (draft-mbelshe-httpbis-spdy-00 §2.6.10.1): these
// names, each after a 32-bit big-endian length, then the tail verbatim.
const WORDS: &[&str] = &[
    "options",
    "head",
    "post",
    "put",
    "delete",
    "trace",
    "accept",
    "accept-charset",
    "accept-encoding",
    "accept-language",
    "accept-ranges",
    "age",
    "allow",
    "authorization",
    "cache-control",
    "connection",
    "content-base",
    "content-encoding",
    "content-language",
    "content-length",
    "content-location",
    "content-md5",
    "content-range",
    "content-type",
    "date",
    "etag",
    "expect",
    "expires",
    "from",
    "host",
    "if-match",
    "if-modified-since",
    "if-none-match",
    "if-range",
    "if-unmodified-since",
    "last-modified",
    "location",
    "max-forwards",
    "pragma",
    "proxy-authenticate",
    "proxy-authorization",
    "range",
    "referer",
    "retry-after",
    "server",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "user-agent",
    "vary",
    "via",
    "warning",
    "www-authenticate",
    "method",
    "get",
    "status",
    "200 OK",
    "version",
    "HTTP/1.1",
    "url",
    "public",
    "set-cookie",
    "keep-alive",
    "origin",
];
const TAIL: &str = "100101201202205206300302303304305306307402405406407408409410411412413414415416417502504505203 Non-Authoritative Information204 No Content301 Moved Permanently400 Bad Request401 Unauthorized403 Forbidden404 Not Found500 Internal Server Error501 Not Implemented503 Service UnavailableJan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec 00:00:00 Mon, Tue, Wed, Thu, Fri, Sat, Sun, GMTchunked,text/html,image/png,image/jpg,image/gif,application/xml,application/xhtml+xml,text/plain,text/javascript,publicprivatemax-age=gzip,deflate,sdchcharset=utf-8charset=iso-8859-1,utf-,*,enq=0.";

pub fn dictionary() -> Vec<u8> {
    let mut d = Vec::with_capacity(1424);
    for w in WORDS {
        d.extend_from_slice(&(w.len() as u32).to_be_bytes());
        d.extend_from_slice(w.as_bytes());
    }
    d.extend_from_slice(TAIL.as_bytes());
    d
}

pub type Headers = Vec<(String, String)>;

/// A decoded frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Frame {
    SynStream {
        id: u32,
        fin: bool,
        headers: Headers,
    },
    SynReply {
        id: u32,
        fin: bool,
        headers: Headers,
    },
    Headers {
        id: u32,
        fin: bool,
        headers: Headers,
    },
    RstStream {
        id: u32,
        status: u32,
    },
    Ping(u32),
    GoAway {
        last: u32,
        status: u32,
    },
    Data {
        id: u32,
        fin: bool,
        data: Vec<u8>,
    },
    /// SETTINGS, WINDOW_UPDATE and unknown control frames: read and ignored.
    Other,
}

#[derive(Debug, thiserror::Error)]
pub enum SpdyError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("spdy: {0}")]
    Protocol(String),
}

fn protocol(msg: impl Into<String>) -> SpdyError {
    SpdyError::Protocol(msg.into())
}

/// Encodes header blocks for one direction of a connection.
pub struct Encoder {
    z: Compress,
}

impl Default for Encoder {
    fn default() -> Self {
        Self::new()
    }
}

impl Encoder {
    pub fn new() -> Encoder {
        let mut z = Compress::new(Compression::best(), true);
        // Cannot fail before the first byte is compressed.
        let _ = z.set_dictionary(&dictionary());
        Encoder { z }
    }

    fn header_block(&mut self, headers: &Headers) -> Result<Vec<u8>, SpdyError> {
        let mut raw = Vec::new();
        raw.extend_from_slice(&(headers.len() as u32).to_be_bytes());
        for (k, v) in headers {
            // SPDY/3 header names are lowercase (spdystream flags others as errors).
            let k = k.to_ascii_lowercase();
            raw.extend_from_slice(&(k.len() as u32).to_be_bytes());
            raw.extend_from_slice(k.as_bytes());
            raw.extend_from_slice(&(v.len() as u32).to_be_bytes());
            raw.extend_from_slice(v.as_bytes());
        }
        let mut out = Vec::with_capacity(raw.len() + 64);
        let mut input = &raw[..];
        loop {
            out.reserve(256);
            let before = self.z.total_in();
            self.z
                .compress_vec(input, &mut out, FlushCompress::Sync)
                .map_err(|e| protocol(e.to_string()))?;
            let used = (self.z.total_in() - before) as usize;
            input = &input[used..];
            // Done when all input is in and the flush fit (spare room left in `out`).
            if input.is_empty() && out.len() < out.capacity() {
                return Ok(out);
            }
        }
    }

    pub fn encode(&mut self, f: &Frame) -> Result<Vec<u8>, SpdyError> {
        let control = |ty: u16, flags: u8, body: Vec<u8>| {
            let mut out = Vec::with_capacity(body.len() + 8);
            out.extend_from_slice(&(0x8000 | VERSION).to_be_bytes());
            out.extend_from_slice(&ty.to_be_bytes());
            out.push(flags);
            out.extend_from_slice(&(body.len() as u32).to_be_bytes()[1..]);
            out.extend(body);
            out
        };
        let fin = |b: bool| if b { FLAG_FIN } else { 0 };
        Ok(match f {
            Frame::SynStream {
                id,
                fin: f,
                headers,
            } => {
                let mut body = id.to_be_bytes().to_vec();
                body.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
                body.extend(self.header_block(headers)?);
                control(SYN_STREAM, fin(*f), body)
            }
            Frame::SynReply {
                id,
                fin: f,
                headers,
            } => {
                let mut body = id.to_be_bytes().to_vec();
                body.extend(self.header_block(headers)?);
                control(SYN_REPLY, fin(*f), body)
            }
            Frame::Headers {
                id,
                fin: f,
                headers,
            } => {
                let mut body = id.to_be_bytes().to_vec();
                body.extend(self.header_block(headers)?);
                control(HEADERS, fin(*f), body)
            }
            Frame::RstStream { id, status } => {
                let mut body = id.to_be_bytes().to_vec();
                body.extend_from_slice(&status.to_be_bytes());
                control(RST_STREAM, 0, body)
            }
            Frame::Ping(id) => control(PING, 0, id.to_be_bytes().to_vec()),
            Frame::GoAway { last, status } => {
                let mut body = last.to_be_bytes().to_vec();
                body.extend_from_slice(&status.to_be_bytes());
                control(GOAWAY, 0, body)
            }
            Frame::Data { id, fin: f, data } => {
                let mut out = Vec::with_capacity(data.len() + 8);
                out.extend_from_slice(&(id & 0x7FFF_FFFF).to_be_bytes());
                out.push(fin(*f));
                out.extend_from_slice(&(data.len() as u32).to_be_bytes()[1..]);
                out.extend_from_slice(data);
                out
            }
            Frame::Other => Vec::new(),
        })
    }
}

/// Decodes frames of one direction of a connection.
pub struct Decoder {
    z: Decompress,
}

impl Default for Decoder {
    fn default() -> Self {
        Self::new()
    }
}

impl Decoder {
    pub fn new() -> Decoder {
        Decoder {
            z: Decompress::new(true),
        }
    }

    fn inflate(&mut self, mut input: &[u8]) -> Result<Vec<u8>, SpdyError> {
        let mut out = Vec::with_capacity(input.len() * 4 + 64);
        loop {
            out.reserve(1024);
            let before = self.z.total_in();
            match self
                .z
                .decompress_vec(input, &mut out, FlushDecompress::Sync)
            {
                Ok(Status::StreamEnd) => return Ok(out),
                Ok(_) => {}
                Err(e) if e.needs_dictionary().is_some() => {
                    self.z
                        .set_dictionary(&dictionary())
                        .map_err(|e| protocol(e.to_string()))?;
                }
                Err(e) => return Err(protocol(e.to_string())),
            }
            let used = (self.z.total_in() - before) as usize;
            input = &input[used..];
            if input.is_empty() && out.len() < out.capacity() {
                return Ok(out);
            }
            if used == 0 && out.len() < out.capacity() {
                return Err(protocol("truncated header block"));
            }
        }
    }

    fn header_block(&mut self, compressed: &[u8]) -> Result<Headers, SpdyError> {
        let raw = self.inflate(compressed)?;
        let mut r = &raw[..];
        let mut take = |n: usize| -> Result<&[u8], SpdyError> {
            if r.len() < n {
                return Err(protocol("short header block"));
            }
            let (a, b) = r.split_at(n);
            r = b;
            Ok(a)
        };
        let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize;
        let n = be(take(4)?);
        let mut headers = Vec::new();
        for _ in 0..n {
            let kl = be(take(4)?);
            let k = String::from_utf8_lossy(take(kl)?).to_ascii_lowercase();
            let vl = be(take(4)?);
            let v = String::from_utf8_lossy(take(vl)?).into_owned();
            // Several values of one name are joined by NUL.
            for part in v.split('\0') {
                headers.push((k.clone(), part.to_string()));
            }
        }
        Ok(headers)
    }

    /// Reads the next frame; `None` at a clean end of the stream.
    pub async fn read<R: AsyncRead + Unpin>(
        &mut self,
        r: &mut R,
    ) -> Result<Option<Frame>, SpdyError> {
        let mut head = [0u8; 8];
        match r.read_exact(&mut head).await {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
            Err(e) => return Err(e.into()),
        }
        let flags = head[4];
        let len = u32::from_be_bytes([0, head[5], head[6], head[7]]) as usize;
        if len > MAX_FRAME {
            return Err(protocol("frame too large"));
        }
        let mut body = vec![0u8; len];
        r.read_exact(&mut body).await?;
        let fin = flags & FLAG_FIN != 0;
        if head[0] & 0x80 == 0 {
            let id = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) & 0x7FFF_FFFF;
            return Ok(Some(Frame::Data {
                id,
                fin,
                data: body,
            }));
        }
        let ty = u16::from_be_bytes([head[2], head[3]]);
        let word = |at: usize| -> Result<u32, SpdyError> {
            body.get(at..at + 4)
                .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
                .ok_or_else(|| protocol("short control frame"))
        };
        Ok(Some(match ty {
            SYN_STREAM => {
                let id = word(0)? & 0x7FFF_FFFF;
                let headers = self.header_block(body.get(10..).unwrap_or_default())?;
                Frame::SynStream { id, fin, headers }
            }
            SYN_REPLY | HEADERS => {
                let id = word(0)? & 0x7FFF_FFFF;
                let headers = self.header_block(body.get(4..).unwrap_or_default())?;
                if ty == SYN_REPLY {
                    Frame::SynReply { id, fin, headers }
                } else {
                    Frame::Headers { id, fin, headers }
                }
            }
            RST_STREAM => Frame::RstStream {
                id: word(0)? & 0x7FFF_FFFF,
                status: word(4)?,
            },
            PING => Frame::Ping(word(0)?),
            GOAWAY => Frame::GoAway {
                last: word(0)? & 0x7FFF_FFFF,
                status: word(4).unwrap_or(0),
            },
            _ => Frame::Other,
        }))
    }
}

/// What the client did, as the owner of a session sees it.
#[derive(Debug)]
pub enum Event {
    Stream {
        id: u32,
        fin: bool,
        headers: Headers,
    },
    Data {
        id: u32,
        data: Vec<u8>,
    },
    /// The client will send no more on this stream (FIN or RST).
    End {
        id: u32,
    },
}

/// The server side of a SPDY connection: `out` sends frames (header blocks are compressed by
/// the writer task, in order); `events` yields the client's streams and data until the
/// connection ends.
pub struct Session {
    pub out: mpsc::UnboundedSender<Frame>,
    pub events: mpsc::UnboundedReceiver<Event>,
}

impl Session {
    pub fn start<IO>(io: IO) -> Session
    where
        IO: AsyncRead + AsyncWrite + Send + 'static,
    {
        let (mut r, mut w) = tokio::io::split(io);
        let (out, mut out_rx) = mpsc::unbounded_channel::<Frame>();
        let (ev_tx, events) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            let mut enc = Encoder::new();
            while let Some(f) = out_rx.recv().await {
                let mut frames = vec![f];
                // Split large data into frames spdystream's reader handles without surprise.
                if let Some(Frame::Data { id, fin, data }) = frames.first().cloned()
                    && data.len() > MAX_DATA
                {
                    let chunks: Vec<&[u8]> = data.chunks(MAX_DATA).collect();
                    let n = chunks.len();
                    frames = chunks
                        .into_iter()
                        .enumerate()
                        .map(|(i, c)| Frame::Data {
                            id,
                            fin: fin && i + 1 == n,
                            data: c.to_vec(),
                        })
                        .collect();
                }
                for f in frames {
                    let Ok(bytes) = enc.encode(&f) else { return };
                    if w.write_all(&bytes).await.is_err() || w.flush().await.is_err() {
                        return;
                    }
                    if matches!(f, Frame::GoAway { .. }) {
                        let _ = w.shutdown().await;
                        return;
                    }
                }
            }
            let _ = w.shutdown().await;
        });
        let pong = out.clone();
        tokio::spawn(async move {
            let mut dec = Decoder::new();
            let mut open: HashMap<u32, ()> = HashMap::new();
            while let Ok(Some(f)) = dec.read(&mut r).await {
                let ev = match f {
                    Frame::SynStream { id, fin, headers } => {
                        open.insert(id, ());
                        Event::Stream { id, fin, headers }
                    }
                    Frame::Data { id, fin, data } => {
                        if !data.is_empty() && ev_tx.send(Event::Data { id, data }).is_err() {
                            return;
                        }
                        if !fin {
                            continue;
                        }
                        Event::End { id }
                    }
                    Frame::RstStream { id, .. } => Event::End { id },
                    Frame::Headers { id, fin: true, .. } => Event::End { id },
                    // Pings from the client (odd ids) are echoed, as spdystream does.
                    Frame::Ping(id) => {
                        let _ = pong.send(Frame::Ping(id));
                        continue;
                    }
                    Frame::GoAway { .. } => return,
                    _ => continue,
                };
                if ev_tx.send(ev).is_err() {
                    return;
                }
            }
        });
        Session { out, events }
    }
}

/// The value of header `name` (names are lowercase on the wire).
pub fn header<'a>(headers: &'a Headers, name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dictionary_is_the_spdy3_one() {
        let d = dictionary();
        assert_eq!(d.len(), 1423);
        assert_eq!(&d[..11], b"\0\0\0\x07options");
        assert!(d.ends_with(b"utf-,*,enq=0."));
    }

    #[tokio::test]
    async fn frames_round_trip_through_one_compression_context() {
        let mut enc = Encoder::new();
        let frames = vec![
            Frame::SynStream {
                id: 1,
                fin: false,
                headers: vec![
                    ("streamtype".into(), "error".into()),
                    ("port".into(), "80".into()),
                ],
            },
            Frame::SynStream {
                id: 3,
                fin: false,
                headers: vec![
                    ("streamtype".into(), "data".into()),
                    ("port".into(), "80".into()),
                ],
            },
            Frame::SynReply {
                id: 1,
                fin: false,
                headers: vec![],
            },
            Frame::Data {
                id: 3,
                fin: true,
                data: b"GET / HTTP/1.1\r\n\r\n".to_vec(),
            },
            Frame::RstStream {
                id: 3,
                status: RST_CANCEL,
            },
            Frame::Ping(7),
            Frame::GoAway { last: 3, status: 0 },
        ];
        let mut wire = Vec::new();
        for f in &frames {
            wire.extend(enc.encode(f).unwrap());
        }
        let mut dec = Decoder::new();
        let mut r = &wire[..];
        for f in &frames {
            assert_eq!(dec.read(&mut r).await.unwrap().as_ref(), Some(f));
        }
        assert_eq!(dec.read(&mut r).await.unwrap(), None);
    }

    #[test]
    fn control_frame_layout() {
        let bytes = Encoder::new().encode(&Frame::Ping(1)).unwrap();
        assert_eq!(bytes, [0x80, 3, 0, 6, 0, 0, 0, 4, 0, 0, 0, 1]);
        let bytes = Encoder::new()
            .encode(&Frame::Data {
                id: 5,
                fin: true,
                data: vec![9],
            })
            .unwrap();
        assert_eq!(bytes, [0, 0, 0, 5, 1, 0, 0, 1, 9]);
    }
}
