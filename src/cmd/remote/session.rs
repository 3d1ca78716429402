//! One exec/attach session over WebSocket (client-go `tools/remotecommand` websocket executor):
//! the `channel.k8s.io` framing (a channel byte, then data: 0 stdin, 1 stdout, 2 stderr,
//! 3 error, 4 resize; v5 adds 255 = close a channel), the stdin close signal at EOF, pings every
//! 5 s, and the error channel's Status decoded as `errorDecoderV4` does. The SPDY fallback is
//! not here: every API server since 1.30 serves WebSocket exec.

use std::io::{Read, Write};
use std::time::Duration;

use serde_json::Value;
use tokio::sync::mpsc;

use crate::client::Client;
use crate::client::upgrade::{Message, Outgoing, Reader, UpgradeError, spawn_writer};
use crate::cmd::remote::terminal;
use crate::error::{Error, Result};

const STDIN: u8 = 0;
const STDOUT: u8 = 1;
const STDERR: u8 = 2;
const ERROR: u8 = 3;
const RESIZE: u8 = 4;
const CLOSE: u8 = 255;

const V5: &str = "v5.channel.k8s.io";
const V4: &str = "v4.channel.k8s.io";

/// What the remote side gets and sends back (PodExecOptions' stream flags).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Streams {
    pub stdin: bool,
    pub stdout: bool,
    pub stderr: bool,
    pub tty: bool,
}

/// Where stdin bytes come from.
pub enum Input {
    /// No stdin stream.
    None,
    /// The process's standard input, read on a thread of its own.
    Process,
    /// These bytes, then end of input (`cp` sends a tar archive so).
    Bytes(Vec<u8>),
}

/// How a session ended without an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    Success,
    /// `NonZeroExitCode`: kubectl prints `command terminated with exit code N` and exits N.
    ExitCode(i32),
}

/// The query of an exec/attach request: `url.Values.Encode`, keys sorted, one `command` per
/// word.
pub fn query(command: &[String], container: &str, streams: Streams) -> String {
    let mut pairs: Vec<(&str, String)> = command.iter().map(|c| ("command", c.clone())).collect();
    pairs.push(("container", container.to_string()));
    let flag = |b: bool| b.then(|| "true".to_string());
    for (k, v) in [
        ("stderr", flag(streams.stderr)),
        ("stdin", flag(streams.stdin)),
        ("stdout", flag(streams.stdout)),
        ("tty", flag(streams.tty)),
    ] {
        if let Some(v) = v {
            pairs.push((k, v));
        }
    }
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", query_escape(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Go's `url.QueryEscape`.
pub fn query_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

/// One session's request: `path_and_query` is `/api/v1/namespaces/NS/pods/NAME/exec` (or
/// `/attach`) with its query; `command_name` goes in the `Kubectl-Command` header; with
/// `resize` the terminal's size is sent first and again on every SIGWINCH.
pub struct Request<'a> {
    pub path_and_query: &'a str,
    pub command_name: &'a str,
    pub streams: Streams,
    pub resize: bool,
    /// False with `KUBECTL_REMOTE_COMMAND_WEBSOCKETS=false`: SPDY/3.1 straight away.
    pub websockets: bool,
}

/// Runs one session; output goes to `out`/`err` as it arrives.
pub async fn run(
    client: &Client,
    request: &Request<'_>,
    input: Input,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Ended> {
    let Request {
        path_and_query,
        command_name,
        streams,
        resize,
        websockets,
    } = *request;
    if !websockets {
        return run_spdy(client, request, input, out, err).await;
    }
    // client-go's FallbackExecutor: a refused WebSocket upgrade is retried over SPDY.
    let (io, protocol) = match client
        .websocket(path_and_query, &[V5, V4], command_name)
        .await
    {
        Ok(up) => up,
        Err(UpgradeError::Refused { .. }) => {
            return run_spdy(client, request, input, out, err).await;
        }
        Err(e) => return Err(e.into()),
    };
    if protocol != V5 && protocol != V4 {
        return Err(Error::msg(format!(
            "invalid protocol, expected one of [{V5:?} {V4:?}], got {protocol:?}"
        )));
    }
    let (r, w) = tokio::io::split(io);
    let tx = spawn_writer(w);
    let mut reader = Reader::new(r);
    let (stdin_tx, mut stdin_rx) = mpsc::channel::<Option<Vec<u8>>>(8);
    let mut stdin_open = streams.stdin;
    match input {
        Input::None => stdin_open = false,
        Input::Process if streams.stdin => spawn_stdin_reader(stdin_tx),
        Input::Process => {}
        Input::Bytes(bytes) if streams.stdin => {
            tokio::spawn(async move {
                for chunk in bytes.chunks(32 * 1024) {
                    if stdin_tx.send(Some(chunk.to_vec())).await.is_err() {
                        return;
                    }
                }
                let _ = stdin_tx.send(None).await;
            });
        }
        Input::Bytes(_) => {}
    }
    let mut winch = if resize {
        if let Some((w, h)) = terminal::size() {
            send_channel(&tx, RESIZE, &terminal::resize_message(w, h));
        }
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::window_change()).ok()
    } else {
        None
    };
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    let mut ping = tokio::time::interval_at(
        tokio::time::Instant::now() + Duration::from_secs(5),
        Duration::from_secs(5),
    );
    let mut status: Vec<u8> = Vec::new();
    loop {
        tokio::select! {
            msg = reader.next() => match msg {
                Ok(Some(Message::Binary(b))) | Ok(Some(Message::Text(b))) => {
                    let Some((&ch, data)) = b.split_first() else { continue };
                    match ch {
                        STDOUT => { out.write_all(data)?; out.flush()?; }
                        STDERR => { err.write_all(data)?; err.flush()?; }
                        ERROR => status.extend_from_slice(data),
                        _ => {}
                    }
                }
                Ok(Some(Message::Ping(p))) => { let _ = tx.send(Outgoing::Pong(p)); }
                Ok(Some(Message::Pong)) => {}
                Ok(Some(Message::Close(_))) | Ok(None) => break,
                Err(e) => {
                    if status.is_empty() {
                        return Err(Error::msg(format!("error reading from error stream: {e}")));
                    }
                    break;
                }
            },
            chunk = stdin_rx.recv(), if stdin_open => match chunk {
                Some(Some(data)) => send_channel(&tx, STDIN, &data),
                Some(None) | None => {
                    stdin_open = false;
                    // Only v5 can say "stdin is done"; over v4 the remote side never sees EOF.
                    if protocol == V5 {
                        let _ = tx.send(Outgoing::Binary(vec![CLOSE, STDIN]));
                    }
                }
            },
            Some(()) = async { match winch.as_mut() { Some(s) => s.recv().await, None => std::future::pending().await } } => {
                if let Some((w, h)) = terminal::size() {
                    send_channel(&tx, RESIZE, &terminal::resize_message(w, h));
                }
            },
            Some(()) = async { match term.as_mut() { Some(s) => s.recv().await, None => std::future::pending().await } } => {
                let _ = tx.send(Outgoing::Close);
                return Err(Error::Exit(143));
            },
            _ = ping.tick() => { let _ = tx.send(Outgoing::Ping); }
        }
    }
    let _ = tx.send(Outgoing::Close);
    decode_status(&status)
}

/// The same session over SPDY/3.1 (client-go `streamProtocolV4`): one stream per
/// `streamType` (error, stdin, stdout, stderr unless a terminal, resize with one), stdin
/// half-closed at EOF, the error stream's Status read once stdout and stderr have ended.
async fn run_spdy(
    client: &Client,
    request: &Request<'_>,
    input: Input,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Ended> {
    use crate::cmd::remote::spdy::{Connection, Stream};
    let streams = request.streams;
    let (io, protocol) = client
        .spdy(request.path_and_query, &[V4], request.command_name)
        .await?;
    if protocol != V4 {
        return Err(Error::msg(format!(
            "unable to upgrade connection: protocol {protocol:?} is not supported"
        )));
    }
    let conn = Connection::start(io);
    let open = |t: &str| conn.open(vec![("streamType".to_string(), t.to_string())]);
    let mut error = open("error");
    let stdin = streams.stdin.then(|| open("stdin"));
    let mut stdout = streams.stdout.then(|| open("stdout"));
    let mut stderr = (streams.stderr && !streams.tty).then(|| open("stderr"));
    let resize = streams.tty.then(|| open("resize"));
    if let Some(stdin) = &stdin {
        let (tx, mut rx) = mpsc::channel::<Option<Vec<u8>>>(8);
        match input {
            Input::Process => spawn_stdin_reader(tx),
            Input::Bytes(bytes) => {
                tokio::spawn(async move {
                    for chunk in bytes.chunks(32 * 1024) {
                        if tx.send(Some(chunk.to_vec())).await.is_err() {
                            return;
                        }
                    }
                    let _ = tx.send(None).await;
                });
            }
            Input::None => drop(tx),
        }
        let writer = stdin.writer.clone();
        tokio::spawn(async move {
            while let Some(Some(data)) = rx.recv().await {
                if !writer.write(&data) {
                    return;
                }
            }
            writer.close_write();
        });
    }
    let send_size = |s: &Option<Stream>| {
        if let (Some(s), Some((w, h))) = (s, terminal::size()) {
            s.writer.write(&terminal::resize_message(w, h));
        }
    };
    let mut winch = if request.resize && resize.is_some() {
        send_size(&resize);
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::window_change()).ok()
    } else {
        None
    };
    async fn next(s: &mut Option<Stream>) -> Option<Vec<u8>> {
        match s {
            Some(s) => s.incoming.recv().await,
            None => std::future::pending().await,
        }
    }
    while stdout.is_some() || stderr.is_some() {
        tokio::select! {
            chunk = next(&mut stdout) => match chunk {
                Some(d) => { out.write_all(&d)?; out.flush()?; }
                None => stdout = None,
            },
            chunk = next(&mut stderr) => match chunk {
                Some(d) => { err.write_all(&d)?; err.flush()?; }
                None => stderr = None,
            },
            Some(()) = async { match winch.as_mut() { Some(s) => s.recv().await, None => std::future::pending().await } } => {
                send_size(&resize);
            },
        }
    }
    let mut status = Vec::new();
    while let Some(chunk) = error.incoming.recv().await {
        status.extend(chunk);
    }
    conn.close();
    decode_status(&status)
}

fn send_channel(tx: &mpsc::UnboundedSender<Outgoing>, channel: u8, data: &[u8]) {
    let mut payload = Vec::with_capacity(data.len() + 1);
    payload.push(channel);
    payload.extend_from_slice(data);
    let _ = tx.send(Outgoing::Binary(payload));
}

/// Reads the process's stdin on a thread (blocking reads), 32 KiB at a time; `None` at EOF.
fn spawn_stdin_reader(tx: mpsc::Sender<Option<Vec<u8>>>) {
    std::thread::spawn(move || {
        let mut stdin = std::io::stdin();
        let mut buf = vec![0u8; 32 * 1024];
        loop {
            match stdin.read(&mut buf) {
                Ok(0) | Err(_) => {
                    let _ = tx.blocking_send(None);
                    return;
                }
                Ok(n) => {
                    if tx.blocking_send(Some(buf[..n].to_vec())).is_err() {
                        return;
                    }
                }
            }
        }
    });
}

/// client-go `errorDecoderV4.decode`: empty or Success is success; `NonZeroExitCode` carries
/// the exit code; any other failure is its message.
pub fn decode_status(message: &[u8]) -> Result<Ended> {
    if message.is_empty() {
        return Ok(Ended::Success);
    }
    let status: Value = serde_json::from_slice(message).map_err(|e| {
        Error::msg(format!(
            "error stream protocol error: {e} in {:?}",
            String::from_utf8_lossy(message)
        ))
    })?;
    match status["status"].as_str() {
        Some("Success") => Ok(Ended::Success),
        Some("Failure") => {
            if status["reason"] == "NonZeroExitCode" {
                let causes = status["details"]["causes"].as_array();
                let Some(causes) = causes else {
                    return Err(Error::msg(
                        "error stream protocol error: details must be set",
                    ));
                };
                for c in causes {
                    if c["reason"] != "ExitCode" {
                        continue;
                    }
                    let text = c["message"].as_str().unwrap_or_default();
                    return match text.parse::<u8>() {
                        Ok(rc) => Ok(Ended::ExitCode(i32::from(rc))),
                        Err(_) => Err(Error::msg(format!(
                            "error stream protocol error: invalid exit code value {text:?}"
                        ))),
                    };
                }
                return Err(Error::msg(
                    "error stream protocol error: no ExitCode cause given",
                ));
            }
            Err(Error::msg(
                status["message"].as_str().unwrap_or_default().to_string(),
            ))
        }
        _ => Err(Error::msg("error stream protocol error: unknown error")),
    }
}

/// Prints kubectl's line for a non-zero exit code and turns the end into the process's result.
pub fn finish(ended: Ended, err: &mut dyn Write) -> Result<()> {
    match ended {
        Ended::Success => Ok(()),
        Ended::ExitCode(code) => {
            writeln!(err, "command terminated with exit code {code}")?;
            Err(Error::Exit(code))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_sorted_and_escaped() {
        let cmd = vec!["sh".to_string(), "-c".into(), "echo a&b".into()];
        let streams = Streams {
            stdin: true,
            stdout: true,
            stderr: false,
            tty: true,
        };
        assert_eq!(
            query(&cmd, "web", streams),
            "command=sh&command=-c&command=echo+a%26b&container=web&stdin=true&stdout=true&tty=true"
        );
    }

    #[test]
    fn statuses_decode_like_client_go() {
        let cases: &[(&str, std::result::Result<Ended, &str>)] = &[
            ("", Ok(Ended::Success)),
            (r#"{"metadata":{},"status":"Success"}"#, Ok(Ended::Success)),
            (
                r#"{"status":"Failure","reason":"NonZeroExitCode","details":{"causes":[{"reason":"ExitCode","message":"3"}]}}"#,
                Ok(Ended::ExitCode(3)),
            ),
            (
                r#"{"status":"Failure","message":"Internal error occurred: boom","reason":"InternalError"}"#,
                Err("Internal error occurred: boom"),
            ),
            (
                r#"{"status":"Failure","reason":"NonZeroExitCode"}"#,
                Err("error stream protocol error: details must be set"),
            ),
        ];
        for (input, want) in cases {
            let got = decode_status(input.as_bytes()).map_err(|e| e.to_string());
            assert_eq!(got, want.map_err(str::to_string), "{input}");
        }
    }
}
