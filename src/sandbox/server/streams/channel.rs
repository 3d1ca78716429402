//! The `channel.k8s.io` WebSocket protocol of exec and attach (apimachinery
//! httpstream/wsstream, client-go tools/remotecommand/websocket.go): every binary message is a
//! channel byte (0 stdin, 1 stdout, 2 stderr, 3 error, 4 resize; v5 adds 255 = close a channel)
//! followed by data. The exit status goes on the error channel as a metav1.Status, then the
//! connection closes normally, which is how the client's readers reach EOF.

use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncWrite};

use super::process::{Input, Running, SpawnError, Stream};
use super::websocket::{self, Message, OP_BINARY, OP_PONG, Out};

pub const STDIN: u8 = 0;
pub const STDOUT: u8 = 1;
pub const STDERR: u8 = 2;
pub const ERROR: u8 = 3;
pub const RESIZE: u8 = 4;
pub const CLOSE: u8 = 255;

/// Exec/attach subprotocols this server speaks, best first (kube-apiserver's
/// remotecommand.SupportedStreamingProtocols over WebSocket).
pub const PROTOCOLS: &[&str] = &[
    "v5.channel.k8s.io",
    "v4.channel.k8s.io",
    "v3.channel.k8s.io",
    "v2.channel.k8s.io",
    "channel.k8s.io",
];

/// Which streams the client asked for (`stdin`, `stdout`, `stderr`, `tty` query parameters).
#[derive(Debug, Clone, Copy, Default)]
pub struct Wanted {
    pub stdin: bool,
    pub stdout: bool,
    pub stderr: bool,
    pub tty: bool,
}

/// What the error channel carries at the end: v4 and later send a metav1.Status (kubelet's
/// v4WriteStatusFunc), older protocols the message text.
pub fn status_message(protocol: &str, code: i32, argv: &[String]) -> Vec<u8> {
    let structured = protocol.starts_with("v4.") || protocol.starts_with("v5.");
    if code == 0 {
        return if structured {
            json!({"metadata": {}, "status": "Success"})
                .to_string()
                .into_bytes()
        } else {
            Vec::new()
        };
    }
    // kubelet's remotecommand ServeExec: reason NonZeroExitCode with the code in an ExitCode
    // cause, which client-go's errorDecoderV4 turns into "command terminated with exit code N".
    let message = format!(
        "command terminated with non-zero exit code: error executing command [{}], exit code {code}",
        argv.join(" ")
    );
    if !structured {
        return message.into_bytes();
    }
    let status: Value = json!({
        "metadata": {}, "status": "Failure", "message": message, "reason": "NonZeroExitCode",
        "details": {"causes": [{"reason": "ExitCode", "message": code.to_string()}]}
    });
    status.to_string().into_bytes()
}

fn frame(channel: u8, data: &[u8]) -> Out {
    let mut payload = Vec::with_capacity(data.len() + 1);
    payload.push(channel);
    payload.extend_from_slice(data);
    Out::Frame(websocket::encode_frame(OP_BINARY, &payload))
}

/// Parses a resize message (`{"Width":80,"Height":24}`, remotecommand.TerminalSize).
fn resize(data: &[u8]) -> Option<Input> {
    let v: Value = serde_json::from_slice(data).ok()?;
    Some(Input::Resize {
        width: u16::try_from(v["Width"].as_u64()?).ok()?,
        height: u16::try_from(v["Height"].as_u64()?).ok()?,
    })
}

/// How a session begins.
pub enum Start {
    Spawned(Result<Running, SpawnError>),
    /// The stream cannot start: this Status goes on the error channel (kube-apiserver's stream
    /// translator reports kubelet failures so, after the upgrade).
    Failed(Value),
}

/// Runs one exec/attach session over an upgraded connection.
pub async fn serve<IO>(io: IO, protocol: String, wanted: Wanted, argv: Vec<String>, start: Start)
where
    IO: AsyncRead + AsyncWrite + Send + 'static,
{
    let (r, w) = tokio::io::split(io);
    let out = websocket::spawn_writer(w);
    let mut reader = websocket::Reader::new(r);
    let started = match start {
        Start::Spawned(s) => s,
        Start::Failed(status) => {
            let body = if protocol.starts_with("v4.") || protocol.starts_with("v5.") {
                status.to_string().into_bytes()
            } else {
                status["message"]
                    .as_str()
                    .unwrap_or_default()
                    .as_bytes()
                    .to_vec()
            };
            let _ = out.send(frame(ERROR, &body));
            let _ = out.send(Out::Close(1000));
            return;
        }
    };
    let mut running = match started {
        Ok(r) => r,
        Err(e) => {
            // A runtime prints why the exec failed and reports an exit code (docker: 126/127).
            let ch = if wanted.tty || !wanted.stderr {
                STDOUT
            } else {
                STDERR
            };
            let nl = if wanted.tty { "\r\n" } else { "\n" };
            let _ = out.send(frame(ch, format!("{e}{nl}").as_bytes()));
            let _ = out.send(frame(
                ERROR,
                &status_message(&protocol, e.exit_code(), &argv),
            ));
            let _ = out.send(Out::Close(1000));
            return;
        }
    };
    let input = running.input.clone();
    let pong = out.clone();
    // Client → process. Ends at the client's close frame or when the connection drops.
    let read_side = tokio::spawn(async move {
        loop {
            match reader.next().await {
                Ok(Some(Message::Binary(b))) | Ok(Some(Message::Text(b))) => {
                    let Some((&ch, data)) = b.split_first() else {
                        continue;
                    };
                    let _ = match ch {
                        STDIN => input.send(Input::Stdin(data.to_vec())),
                        RESIZE => match resize(data) {
                            Some(i) => input.send(i),
                            None => Ok(()),
                        },
                        CLOSE if data.first() == Some(&STDIN) => input.send(Input::CloseStdin),
                        _ => Ok(()),
                    };
                }
                Ok(Some(Message::Ping(p))) => {
                    let _ = pong.send(Out::Frame(websocket::encode_frame(OP_PONG, &p)));
                }
                Ok(Some(Message::Pong)) => {}
                Ok(Some(Message::Close(_))) | Ok(None) | Err(_) => return,
            }
        }
    });
    let mut read_side = read_side;
    let mut client_gone = false;
    loop {
        tokio::select! {
            chunk = running.output.recv() => match chunk {
                Some((which, data)) => {
                    let ch = match which {
                        Stream::Stdout if wanted.stdout || wanted.tty => STDOUT,
                        Stream::Stderr if wanted.stderr => STDERR,
                        _ => continue,
                    };
                    let _ = out.send(frame(ch, &data));
                }
                None => break,
            },
            _ = &mut read_side, if !client_gone => {
                // The client closes only after our close frame: earlier means it left.
                client_gone = true;
                running.kill();
            }
        }
    }
    let code = running.wait().await;
    let _ = out.send(frame(ERROR, &status_message(&protocol, code, &argv)));
    let _ = out.send(Out::Close(1000));
    read_side.abort();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_messages() {
        let argv = vec!["sh".to_string(), "-c".into(), "exit 3".into()];
        assert_eq!(
            String::from_utf8(status_message("v5.channel.k8s.io", 0, &argv)).unwrap(),
            r#"{"metadata":{},"status":"Success"}"#
        );
        let v: Value =
            serde_json::from_slice(&status_message("v4.channel.k8s.io", 3, &argv)).unwrap();
        assert_eq!(v["reason"], "NonZeroExitCode");
        assert_eq!(
            v["details"]["causes"][0],
            json!({"reason": "ExitCode", "message": "3"})
        );
        assert!(status_message("channel.k8s.io", 0, &argv).is_empty());
    }

    #[test]
    fn resize_messages() {
        assert!(matches!(
            resize(br#"{"Width":120,"Height":40}"#),
            Some(Input::Resize {
                width: 120,
                height: 40
            })
        ));
        assert!(resize(b"nope").is_none());
    }
}
