//! `kctl port-forward (POD | TYPE/NAME) [LOCAL:]REMOTE…` (kubectl `pkg/cmd/portforward`,
//! client-go `tools/portforward`): map service and named ports to container ports, upgrade to
//! a WebSocket that tunnels SPDY (`SPDY/3.1+portforward.k8s.io`, as kubectl 1.32 does), listen
//! on every `--address`, and give each local connection an error and a data stream. The session
//! ends when the server drops the connection (`lost connection to pod`) or on SIGINT.

use std::net::IpAddr;

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

use crate::client::Client;
use crate::cmd::create::sub::{array, slice};
use crate::cmd::remote::pods;
use crate::cmd::remote::spdy::Connection;
use crate::ctx::Ctx;
use crate::error::{Error, Result};

const PATH: &str = "kubectl port-forward";
const TUNNEL_PROTOCOL: &str = "SPDY/3.1+portforward.k8s.io";
const SPDY_PROTOCOL: &str = "portforward.k8s.io";

pub fn command() -> Command {
    Command::new("port-forward")
        .about("Forward one or more local ports to a pod")
        .arg(
            Arg::new("address")
                .long("address")
                .action(ArgAction::Append)
                .default_value("localhost")
                .help("Addresses to listen on (comma separated). Only accepts IP addresses or localhost as a value. When localhost is supplied, kubectl will try to bind on both 127.0.0.1 and ::1 and will fail if neither of these addresses are available to bind."),
        )
        .arg(
            Arg::new("pod-running-timeout")
                .long("pod-running-timeout")
                .default_value("1m0s")
                .help("The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running"),
        )
        .arg(
            Arg::new("args")
                .num_args(0..)
                .allow_hyphen_values(false)
                .action(ArgAction::Append),
        )
}

/// `LOCAL:REMOTE` after kubectl's own splitting (`splitPort`): one part is both.
fn split_port(port: &str) -> (String, String) {
    let parts: Vec<&str> = port.split(':').collect();
    if parts.len() == 2 {
        (parts[0].to_string(), parts[1].to_string())
    } else {
        (parts[0].to_string(), parts[0].to_string())
    }
}

fn join(local: &str, remote: &str, original_remote: &str) -> String {
    if local != original_remote {
        format!("{local}:{remote}")
    } else {
        remote.to_string()
    }
}

/// util `LookupContainerPortNumberByName`.
fn container_port_by_name(pod: &Value, name: &str) -> std::result::Result<i64, String> {
    for c in pod["spec"]["containers"].as_array().into_iter().flatten() {
        for p in c["ports"].as_array().into_iter().flatten() {
            if p["name"] == name {
                return Ok(p["containerPort"].as_i64().unwrap_or(0));
            }
        }
    }
    Err(format!(
        "Pod '{}' does not have a named port '{name}'",
        pod["metadata"]["name"].as_str().unwrap_or_default()
    ))
}

/// kubectl `convertPodNamedPortToNumber`.
pub fn pod_ports(ports: &[String], pod: &Value) -> std::result::Result<Vec<String>, String> {
    ports
        .iter()
        .map(|port| {
            let (local, remote) = split_port(port);
            let number = if remote.parse::<i64>().is_ok() {
                remote.clone()
            } else {
                container_port_by_name(pod, &remote)?.to_string()
            };
            Ok(join(&local, &number, &remote))
        })
        .collect()
}

/// kubectl `translateServicePortToTargetPort`: service ports (by number or name) to the
/// container ports they target; the local port defaults to the service port.
pub fn service_ports(
    ports: &[String],
    svc: &Value,
    pod: &Value,
) -> std::result::Result<Vec<String>, String> {
    let svc_name = svc["metadata"]["name"].as_str().unwrap_or_default();
    let svc_ports: Vec<&Value> = svc["spec"]["ports"]
        .as_array()
        .into_iter()
        .flatten()
        .collect();
    ports
        .iter()
        .map(|port| {
            let (mut local, remote) = split_port(port);
            let number = match remote.parse::<i64>() {
                Ok(n) => n,
                Err(_) => {
                    let n = svc_ports
                        .iter()
                        .find(|p| p["name"] == remote.as_str())
                        .and_then(|p| p["port"].as_i64())
                        .ok_or_else(|| {
                            format!("Service '{svc_name}' does not have a named port '{remote}'")
                        })?;
                    if local == remote {
                        local = n.to_string();
                    }
                    n
                }
            };
            let spec = svc_ports
                .iter()
                .find(|p| p["port"].as_i64() == Some(number))
                .ok_or_else(|| {
                    format!("Service {svc_name} does not have a service port {number}")
                })?;
            let target = if svc["spec"]["clusterIP"] == "None" {
                number
            } else {
                match &spec["targetPort"] {
                    Value::String(name) => container_port_by_name(pod, name)?,
                    Value::Number(n) if n.as_i64() != Some(0) => n.as_i64().unwrap_or(number),
                    _ => number,
                }
            };
            let target = target.to_string();
            Ok(if local != target {
                format!("{local}:{target}")
            } else {
                target
            })
        })
        .collect()
}

/// A forwarded port after client-go's `parsePorts`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Forwarded {
    pub local: u16,
    pub remote: u16,
}

/// client-go `parsePorts`, with its error words.
pub fn parse_ports(ports: &[String]) -> std::result::Result<Vec<Forwarded>, String> {
    ports
        .iter()
        .map(|p| {
            let parts: Vec<&str> = p.split(':').collect();
            let (local, remote) = match parts.as_slice() {
                [one] => (*one, *one),
                [l, r] => (if l.is_empty() { "0" } else { *l }, *r),
                _ => return Err(format!("invalid port format '{p}'")),
            };
            let parse = |s: &str, which: &str| {
                s.parse::<u16>().map_err(|_| {
                    let why = if s.parse::<u64>().is_ok() {
                        "value out of range"
                    } else {
                        "invalid syntax"
                    };
                    format!(
                        "error parsing {which} port '{s}': strconv.ParseUint: parsing {s:?}: {why}"
                    )
                })
            };
            let local = parse(local, "local")?;
            let remote = parse(remote, "remote")?;
            if remote == 0 {
                return Err("remote port must be > 0".to_string());
            }
            Ok(Forwarded { local, remote })
        })
        .collect()
}

/// A listen address after client-go's `parseAddresses`: `localhost` is both loopbacks, any of
/// which may fail; a named IP must bind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListenAddress {
    pub ip: IpAddr,
    /// `all`: fail only if every address of this mode fails (localhost's pair).
    pub all_mode: bool,
}

pub fn parse_addresses(addresses: &[String]) -> std::result::Result<Vec<ListenAddress>, String> {
    let mut parsed: Vec<ListenAddress> = Vec::new();
    let mut add = |a: ListenAddress| {
        if !parsed.iter().any(|p| p.ip == a.ip) {
            parsed.push(a);
        }
    };
    for a in addresses {
        if a == "localhost" {
            add(ListenAddress {
                ip: IpAddr::from([127, 0, 0, 1]),
                all_mode: true,
            });
            add(ListenAddress {
                ip: IpAddr::from([0u16, 0, 0, 0, 0, 0, 0, 1]),
                all_mode: true,
            });
        } else if let Ok(ip) = a.parse::<IpAddr>() {
            add(ListenAddress {
                ip,
                all_mode: false,
            });
        } else {
            return Err(format!("{a} is not a valid IP"));
        }
    }
    // Sorted by the address text, as client-go sorts them.
    parsed.sort_by_key(|a| a.ip.to_string());
    Ok(parsed)
}

/// Go's `net.JoinHostPort`.
fn join_host_port(ip: &IpAddr, port: u16) -> String {
    match ip {
        IpAddr::V4(v4) => format!("{v4}:{port}"),
        IpAddr::V6(v6) => format!("[{v6}]:{port}"),
    }
}

/// What connection tasks report to the printing loop.
enum Note {
    Out(String),
    Err(String),
    Lost,
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args = array(m, "args");
    if args.len() < 2 {
        return Err(Error::Usage {
            message: "TYPE/NAME and list of ports are required for port-forward".into(),
            command: PATH.into(),
        });
    }
    let timeout = crate::cmd::remote::pod_running_timeout(m, PATH)?;
    let addresses = slice(m, "address");
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let object = pods::fetch(ctx, &client, &args[0], "pods").await?;
        let pod = pods::attachable_pod(&client, &object, timeout).await?;
        let is_service = object.resource.kind == "Service" && object.resource.group.is_empty();
        let ports = if is_service {
            service_ports(&args[1..], &object.value, &pod)
        } else {
            pod_ports(&args[1..], &pod)
        }
        .map_err(Error::msg)?;
        let namespace = pod["metadata"]["namespace"]
            .as_str()
            .unwrap_or(&client.namespace)
            .to_string();
        let name = pod["metadata"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let pod_path = format!("/api/v1/namespaces/{namespace}/pods/{name}");
        let current = client.get_json(&pod_path).await?;
        let phase = current["status"]["phase"].as_str().unwrap_or_default();
        if phase != "Running" {
            return Err(Error::msg(format!(
                "unable to forward port because pod is not running. Current status={phase}"
            )));
        }
        let addresses = parse_addresses(&addresses).map_err(Error::msg)?;
        let mut forwarded = parse_ports(&ports).map_err(Error::msg)?;
        let conn = dial(&client, &format!("{pod_path}/portforward"), ctx.env).await?;
        let (notes_tx, mut notes) = mpsc::unbounded_channel::<Note>();
        let mut any = false;
        for port in forwarded.iter_mut() {
            match listen(port, &addresses, ctx.out).await {
                Ok(listeners) => {
                    any = true;
                    for l in listeners {
                        tokio::spawn(accept_loop(l, *port, conn.clone(), notes_tx.clone()));
                    }
                }
                Err(e) => {
                    writeln!(ctx.err, "Unable to listen on port {}: {e}", port.local)?;
                }
            }
        }
        ctx.out.flush()?;
        if !any {
            let list: Vec<String> = forwarded
                .iter()
                .map(|p| format!("{{{} {}}}", p.local, p.remote))
                .collect();
            conn.close();
            return Err(Error::msg(format!(
                "unable to listen on any of the requested ports: [{}]",
                list.join(" ")
            )));
        }
        let lost = loop {
            tokio::select! {
                note = notes.recv() => match note {
                    Some(Note::Out(line)) => { writeln!(ctx.out, "{line}")?; ctx.out.flush()?; }
                    Some(Note::Err(line)) => { writeln!(ctx.err, "{line}")?; }
                    Some(Note::Lost) | None => break true,
                },
                _ = conn.closed() => break true,
                _ = tokio::signal::ctrl_c() => break false,
            }
        };
        conn.close();
        if lost {
            return Err(Error::msg("lost connection to pod"));
        }
        Ok(())
    })
}

/// client-go's fallback dialer: SPDY tunnelled in a WebSocket, else (upgrade refused, or
/// `KUBECTL_PORT_FORWARD_WEBSOCKETS=false`) a plain SPDY/3.1 upgrade.
async fn dial(client: &Client, path: &str, env: &crate::env::Env) -> Result<Connection> {
    use crate::client::upgrade::{UpgradeError, tunnel, websockets_disabled};
    if !websockets_disabled(env, "KUBECTL_PORT_FORWARD_WEBSOCKETS") {
        match client
            .websocket(path, &[TUNNEL_PROTOCOL], "kubectl port-forward")
            .await
        {
            Ok((io, _)) => return Ok(Connection::start(tunnel(io))),
            Err(UpgradeError::Refused { .. }) => {}
            Err(e) => return Err(e.into()),
        }
    }
    let (io, _) = client
        .spdy(path, &[SPDY_PROTOCOL], "kubectl port-forward")
        .await?;
    Ok(Connection::start(io))
}

/// client-go `listenOnPort`: one listener per address; port 0 takes the port the first
/// listener got for the others too.
async fn listen(
    port: &mut Forwarded,
    addresses: &[ListenAddress],
    out: &mut dyn std::io::Write,
) -> std::result::Result<Vec<TcpListener>, String> {
    let mut listeners = Vec::new();
    let mut errors: Vec<String> = Vec::new();
    let (mut all_ok, mut all_failed, mut any_failed) = (0, 0, 0);
    for a in addresses {
        match TcpListener::bind((a.ip, port.local)).await {
            Ok(l) => {
                if let Ok(addr) = l.local_addr() {
                    port.local = addr.port();
                }
                let _ = writeln!(
                    out,
                    "Forwarding from {} -> {}",
                    join_host_port(&a.ip, port.local),
                    port.remote
                );
                listeners.push(l);
                if a.all_mode {
                    all_ok += 1;
                }
            }
            Err(e) => {
                errors.push(format!(
                    "unable to create listener: Error listen tcp{} {}: {}",
                    if a.ip.is_ipv4() { "4" } else { "6" },
                    join_host_port(&a.ip, port.local),
                    go_socket_error(&e)
                ));
                if a.all_mode {
                    all_failed += 1;
                } else {
                    any_failed += 1;
                }
            }
        }
    }
    if (all_ok == 0 && all_failed > 0) || any_failed > 0 {
        return Err(format!(
            "Listeners failed to create with the following errors: [{}]",
            errors.join(" ")
        ));
    }
    Ok(listeners)
}

/// Go's words for the socket errors a listener meets.
fn go_socket_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::AddrInUse => "bind: address already in use".to_string(),
        std::io::ErrorKind::AddrNotAvailable => "bind: cannot assign requested address".into(),
        std::io::ErrorKind::PermissionDenied => "bind: permission denied".into(),
        _ => e.to_string(),
    }
}

async fn accept_loop(
    listener: TcpListener,
    port: Forwarded,
    conn: Connection,
    notes: mpsc::UnboundedSender<Note>,
) {
    let request_ids = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(0));
    loop {
        let Ok((socket, _)) = listener.accept().await else {
            return;
        };
        let _ = notes.send(Note::Out(format!("Handling connection for {}", port.local)));
        let id = request_ids.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        tokio::spawn(handle(socket, port, id, conn.clone(), notes.clone()));
    }
}

/// client-go `handleConnection`: an error stream (closed for writing at once) and a data
/// stream; bytes both ways until the remote side ends; an error message ends the session.
async fn handle(
    socket: TcpStream,
    port: Forwarded,
    request_id: u32,
    conn: Connection,
    notes: mpsc::UnboundedSender<Note>,
) {
    let headers = |kind: &str| {
        vec![
            ("streamtype".to_string(), kind.to_string()),
            ("port".to_string(), port.remote.to_string()),
            ("requestid".to_string(), request_id.to_string()),
        ]
    };
    let mut error = conn.open(headers("error"));
    error.writer.close_write();
    let mut data = conn.open(headers("data"));
    let (mut lr, mut lw) = socket.into_split();
    let writer = data.writer.clone();
    let local_to_remote = tokio::spawn(async move {
        let mut buf = vec![0u8; 32 * 1024];
        loop {
            match lr.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if !writer.write(&buf[..n]) {
                        break;
                    }
                }
            }
        }
        writer.close_write();
    });
    while let Some(chunk) = data.incoming.recv().await {
        if lw.write_all(&chunk).await.is_err() {
            break;
        }
    }
    let _ = lw.shutdown().await;
    let mut message = Vec::new();
    while let Some(chunk) = error.incoming.recv().await {
        message.extend(chunk);
    }
    local_to_remote.abort();
    data.writer.reset();
    error.writer.reset();
    if !message.is_empty() {
        let err = format!(
            "an error occurred forwarding {} -> {}: {}",
            port.local,
            port.remote,
            String::from_utf8_lossy(&message)
        );
        let _ = notes.send(Note::Err(crate::klog::error_line(
            "portforward.go:424",
            &format!(
                "\"Unhandled Error\" err={}",
                crate::output::gofmt::quote(&err)
            ),
        )));
        let _ = notes.send(Note::Lost);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn service_ports_map_to_target_ports() {
        let pod = json!({"metadata": {"name": "p"}, "spec": {"containers": [
            {"ports": [{"name": "http", "containerPort": 8080}]}]}});
        let svc = json!({"metadata": {"name": "web"}, "spec": {"ports": [
            {"name": "web", "port": 80, "targetPort": "http"},
            {"name": "plain", "port": 90, "targetPort": 9090},
            {"port": 100}]}});
        assert_eq!(
            service_ports(&s(&["80", ":90", "1234:web", "100", "web"]), &svc, &pod).unwrap(),
            s(&["80:8080", ":9090", "1234:8080", "100", "80:8080"])
        );
        assert_eq!(
            service_ports(&s(&["81"]), &svc, &pod).unwrap_err(),
            "Service web does not have a service port 81"
        );
        assert_eq!(
            pod_ports(&s(&["http", "9:http", "7"]), &pod).unwrap(),
            s(&["8080", "9:8080", "7"])
        );
        assert_eq!(
            pod_ports(&s(&["nope"]), &pod).unwrap_err(),
            "Pod 'p' does not have a named port 'nope'"
        );
    }

    #[test]
    fn ports_and_addresses_parse_like_client_go() {
        assert_eq!(
            parse_ports(&s(&["8080:80", ":81", "82"])).unwrap(),
            [
                Forwarded {
                    local: 8080,
                    remote: 80
                },
                Forwarded {
                    local: 0,
                    remote: 81
                },
                Forwarded {
                    local: 82,
                    remote: 82
                }
            ]
        );
        assert_eq!(
            parse_ports(&s(&["1:0"])).unwrap_err(),
            "remote port must be > 0"
        );
        assert_eq!(
            parse_ports(&s(&["a:b:c"])).unwrap_err(),
            "invalid port format 'a:b:c'"
        );
        let a = parse_addresses(&s(&["localhost", "127.0.0.1"])).unwrap();
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].ip.to_string(), "127.0.0.1");
        assert_eq!(
            parse_addresses(&s(&["nope"])).unwrap_err(),
            "nope is not a valid IP"
        );
    }
}
