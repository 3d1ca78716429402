//! exec/attach over plain SPDY/3.1 (kubectl's fallback when the WebSocket upgrade fails; the
//! kubelet's remotecommand/httpstream.go): the client opens one stream per `streamtype`
//! (error, stdin, stdout, stderr, resize); the server replies to each, moves bytes, then writes
//! the status on the error stream and ends every stream.

use std::collections::HashMap;

use serde_json::Value;
use tokio::io::{AsyncRead, AsyncWrite};

use super::channel::{Start, Wanted, status_message};
use super::process::{Input, Stream};
use super::spdy::{self, Event, Frame, Session};

/// Stream protocols offered in `X-Stream-Protocol-Version`, best first.
pub const PROTOCOLS: &[&str] = &[
    "v5.channel.k8s.io",
    "v4.channel.k8s.io",
    "v3.channel.k8s.io",
    "v2.channel.k8s.io",
    "channel.k8s.io",
];

/// How many streams the client opens for these options (error, then each requested stream,
/// resize with a terminal; stderr is not used with a terminal).
fn expected(w: &Wanted) -> usize {
    1 + usize::from(w.stdin)
        + usize::from(w.stdout)
        + usize::from(w.stderr && !w.tty)
        + usize::from(w.tty)
}

pub async fn serve<IO>(io: IO, protocol: String, wanted: Wanted, argv: Vec<String>, start: Start)
where
    IO: AsyncRead + AsyncWrite + Send + 'static,
{
    let Session { out, mut events } = Session::start(io);
    let mut ids: HashMap<String, u32> = HashMap::new();
    // Wait for the streams the options call for (the kubelet waits up to its stream timeout).
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(30);
    let mut early: Vec<Event> = Vec::new();
    while ids.len() < expected(&wanted) {
        let ev = match tokio::time::timeout_at(deadline, events.recv()).await {
            Ok(Some(ev)) => ev,
            _ => return,
        };
        match ev {
            Event::Stream { id, headers, .. } => {
                let _ = out.send(Frame::SynReply {
                    id,
                    fin: false,
                    headers: vec![],
                });
                if let Some(t) = spdy::header(&headers, "streamtype") {
                    ids.insert(t.to_string(), id);
                }
            }
            other => early.push(other),
        }
    }
    let id_of = |t: &str| ids.get(t).copied();
    let (stdin, stdout, stderr, error, resize) = (
        id_of("stdin"),
        id_of("stdout"),
        id_of("stderr"),
        id_of("error"),
        id_of("resize"),
    );
    let end = |id: Option<u32>| {
        if let Some(id) = id {
            let _ = out.send(Frame::Data {
                id,
                fin: true,
                data: vec![],
            });
        }
    };
    let finish = |body: Vec<u8>| {
        if let Some(id) = error
            && !body.is_empty()
        {
            let _ = out.send(Frame::Data {
                id,
                fin: false,
                data: body,
            });
        }
        end(stdout);
        end(stderr);
        end(error);
    };
    let mut running = match start {
        Start::Failed(status) => {
            return finish(status.to_string().into_bytes());
        }
        Start::Spawned(Err(e)) => {
            let target = if wanted.tty {
                stdout
            } else {
                stderr.or(stdout)
            };
            if let Some(id) = target {
                let _ = out.send(Frame::Data {
                    id,
                    fin: false,
                    data: format!("{e}\n").into_bytes(),
                });
            }
            return finish(status_message(&protocol, e.exit_code(), &argv));
        }
        Start::Spawned(Ok(r)) => r,
    };
    let input = running.input.clone();
    let client = tokio::spawn(async move {
        let mut resize_buf: Vec<u8> = Vec::new();
        let mut handle = |ev: Event| match ev {
            Event::Data { id, data } if Some(id) == stdin => {
                let _ = input.send(Input::Stdin(data));
            }
            Event::Data { id, data } if Some(id) == resize => {
                // A stream of JSON TerminalSize objects, possibly split across frames.
                resize_buf.extend(data);
                let mut it = serde_json::Deserializer::from_slice(&resize_buf).into_iter::<Value>();
                let mut used = 0;
                while let Some(Ok(v)) = it.next() {
                    used = it.byte_offset();
                    if let (Some(w), Some(h)) = (v["Width"].as_u64(), v["Height"].as_u64()) {
                        let _ = input.send(Input::Resize {
                            width: u16::try_from(w).unwrap_or(u16::MAX),
                            height: u16::try_from(h).unwrap_or(u16::MAX),
                        });
                    }
                }
                resize_buf.drain(..used);
            }
            Event::End { id } if Some(id) == stdin => {
                let _ = input.send(Input::CloseStdin);
            }
            _ => {}
        };
        for ev in early {
            handle(ev);
        }
        while let Some(ev) = events.recv().await {
            handle(ev);
        }
    });
    while let Some((which, data)) = running.output.recv().await {
        let id = match which {
            Stream::Stdout => stdout,
            Stream::Stderr => stderr,
        };
        if let Some(id) = id {
            let _ = out.send(Frame::Data {
                id,
                fin: false,
                data,
            });
        }
    }
    let code = running.wait().await;
    finish(status_message(&protocol, code, &argv));
    client.abort();
}
