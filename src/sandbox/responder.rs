//! The built-in HTTP responder behind every declared container port of a sandbox pod, standing
//! in for what the image would serve (the way the training images `whoami` and `httpenv`
//! answer): the pod's name, namespace, IPs and hostname, and the request it received.
//! `answer` is pure; `serve` runs it as an HTTP/1.1 server on any byte stream (a port-forward
//! tunnel); the services/pods proxy calls `answer` directly.

use std::convert::Infallible;

use bytes::Bytes;
use http_body_util::Full;
use hyper::{Request, Response};
use serde_json::{Value, json};
use tokio::io::{AsyncRead, AsyncWrite};

/// Who answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PodInfo {
    pub name: String,
    pub namespace: String,
    pub hostname: String,
    pub ip: String,
    pub node: String,
}

impl PodInfo {
    pub fn of(pod: &Value) -> PodInfo {
        let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
        let md = &pod["metadata"];
        let hostname = pod["spec"]["hostname"]
            .as_str()
            .filter(|h| !h.is_empty())
            .map(str::to_string)
            .unwrap_or_else(|| s(&md["name"]));
        PodInfo {
            name: s(&md["name"]),
            namespace: s(&md["namespace"]),
            hostname,
            ip: s(&pod["status"]["podIP"]),
            node: s(&pod["spec"]["nodeName"]),
        }
    }
}

/// The request as the responder sees it.
#[derive(Debug, Clone)]
pub struct Seen<'a> {
    pub method: &'a str,
    /// Path and query, as on the request line.
    pub target: &'a str,
    pub version: &'a str,
    pub headers: Vec<(String, String)>,
    pub remote: &'a str,
    pub port: u16,
}

/// Go's canonical header key (`user-agent` → `User-Agent`), as whoami prints them.
fn canonical(name: &str) -> String {
    name.split('-')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + &c.as_str().to_ascii_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// The answer: `GET /healthz` → `ok`; a path ending in `/json` or `?format=json` → JSON
/// (httpenv style); anything else → whoami's text.
pub fn answer(pod: &PodInfo, seen: &Seen<'_>) -> (u16, &'static str, Vec<u8>) {
    let path = seen.target.split('?').next().unwrap_or_default();
    if path == "/healthz" {
        return (200, "text/plain; charset=utf-8", b"ok\n".to_vec());
    }
    let mut headers: Vec<(String, String)> = seen
        .headers
        .iter()
        .map(|(k, v)| (canonical(k), v.clone()))
        .collect();
    headers.sort();
    if path.ends_with("/json") || seen.target.contains("format=json") {
        let h: serde_json::Map<String, Value> =
            headers.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
        let body = json!({
            "hostname": pod.hostname, "pod": pod.name, "namespace": pod.namespace,
            "ip": pod.ip, "node": pod.node, "port": seen.port, "remoteAddr": seen.remote,
            "method": seen.method, "path": seen.target, "headers": h,
        });
        let mut b = serde_json::to_vec_pretty(&body).unwrap_or_default();
        b.push(b'\n');
        return (200, "application/json", b);
    }
    let mut t = format!(
        "Hostname: {}\nPod: {}/{}\nIP: 127.0.0.1\n",
        pod.hostname, pod.namespace, pod.name
    );
    if !pod.ip.is_empty() {
        t.push_str(&format!("IP: {}\n", pod.ip));
    }
    t.push_str(&format!(
        "Port: {}\nRemoteAddr: {}\n{} {} {}\n",
        seen.port, seen.remote, seen.method, seen.target, seen.version
    ));
    for (k, v) in headers {
        t.push_str(&format!("{k}: {v}\n"));
    }
    (200, "text/plain; charset=utf-8", t.into_bytes())
}

fn version_text(v: hyper::Version) -> &'static str {
    match v {
        hyper::Version::HTTP_10 => "HTTP/1.0",
        _ => "HTTP/1.1",
    }
}

/// Serves HTTP/1.1 on `io` until the peer closes it.
pub async fn serve<IO>(io: IO, pod: PodInfo, port: u16, remote: String)
where
    IO: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let svc = hyper::service::service_fn(move |req: Request<hyper::body::Incoming>| {
        let target = req
            .uri()
            .path_and_query()
            .map(|p| p.as_str().to_string())
            .unwrap_or_else(|| "/".into());
        let headers = req
            .headers()
            .iter()
            .map(|(k, v)| {
                (
                    k.as_str().to_string(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect();
        let seen = Seen {
            method: req.method().as_str(),
            target: &target,
            version: version_text(req.version()),
            headers,
            remote: &remote,
            port,
        };
        let (code, ct, body) = answer(&pod, &seen);
        let resp = Response::builder()
            .status(code)
            .header("Content-Type", ct)
            .body(Full::new(Bytes::from(body)))
            .unwrap_or_else(|_| Response::new(Full::new(Bytes::new())));
        async move { Ok::<_, Infallible>(resp) }
    });
    let _ = hyper::server::conn::http1::Builder::new()
        .half_close(true)
        .serve_connection(hyper_util::rt::TokioIo::new(io), svc)
        .await;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pod() -> PodInfo {
        PodInfo {
            name: "web-1".into(),
            namespace: "default".into(),
            hostname: "web-1".into(),
            ip: "10.244.0.5".into(),
            node: "node-1".into(),
        }
    }

    fn seen(target: &str) -> Seen<'_> {
        Seen {
            method: "GET",
            target,
            version: "HTTP/1.1",
            headers: vec![
                ("user-agent".into(), "curl/8".into()),
                ("accept".into(), "*/*".into()),
            ],
            remote: "127.0.0.1:40000",
            port: 80,
        }
    }

    #[test]
    fn whoami_text() {
        let (code, _, body) = answer(&pod(), &seen("/a?b=1"));
        assert_eq!(code, 200);
        assert_eq!(
            String::from_utf8(body).unwrap(),
            "Hostname: web-1\nPod: default/web-1\nIP: 127.0.0.1\nIP: 10.244.0.5\nPort: 80\nRemoteAddr: 127.0.0.1:40000\nGET /a?b=1 HTTP/1.1\nAccept: */*\nUser-Agent: curl/8\n"
        );
    }

    #[test]
    fn json_and_health() {
        let (_, ct, body) = answer(&pod(), &seen("/json"));
        assert_eq!(ct, "application/json");
        let v: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(v["pod"], "web-1");
        assert_eq!(v["headers"]["User-Agent"], "curl/8");
        assert_eq!(answer(&pod(), &seen("/healthz")).2, b"ok\n");
    }

    #[tokio::test]
    async fn serves_http_on_a_byte_stream() {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let (mut client, server) = tokio::io::duplex(4096);
        tokio::spawn(serve(server, pod(), 80, "pf".into()));
        client
            .write_all(b"GET /x HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n")
            .await
            .unwrap();
        let mut out = String::new();
        client.read_to_string(&mut out).await.unwrap();
        assert!(out.starts_with("HTTP/1.1 200 OK\r\n"), "{out}");
        assert!(
            out.contains("GET /x HTTP/1.1\nConnection: close\nHost: h\n"),
            "{out}"
        );
    }
}
