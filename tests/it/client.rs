//! The client layer on the wire: kubectl's User-Agent shape, impersonation headers, and no
//! credentials over plain HTTP (kubectl sends tokens only over TLS).

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

use crate::support::{kctl, run_in};

#[test]
fn plain_http_gets_no_token_but_impersonation() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let server = std::thread::spawn(move || {
        let (stream, _) = listener.accept().expect("one request");
        let mut reader = BufReader::new(stream.try_clone().expect("clone"));
        let mut head = Vec::new();
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                break;
            }
            head.push(line.trim_end().to_string());
        }
        let body = r#"{"major":"1","minor":"32","gitVersion":"v1.32.9"}"#;
        let mut stream = stream;
        let _ = write!(
            stream,
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        head
    });
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("config");
    std::fs::write(
        &config,
        format!("apiVersion: v1\nkind: Config\ncurrent-context: c\nclusters:\n- name: k\n  cluster: {{server: \"http://127.0.0.1:{port}\"}}\ncontexts:\n- name: c\n  context: {{cluster: k, user: u}}\nusers:\n- name: u\n  user: {{token: very-secret}}\n"),
    )
    .expect("write");
    let env = [
        ("HOME", dir.path().as_os_str().to_owned()),
        ("KUBECONFIG", config.as_os_str().to_owned()),
    ];
    let out = run_in(&kctl(), &["version", "--as=alice"], dir.path(), &env);
    let head = server.join().expect("server thread");
    assert_eq!(out.code, 0, "{out:?}");
    assert!(out.stdout.ends_with("Server Version: v1.32.9\n"), "{out:?}");
    assert_eq!(head[0], "GET /version?timeout=32s HTTP/1.1");
    let lower: Vec<String> = head.iter().map(|h| h.to_lowercase()).collect();
    assert!(
        !lower.iter().any(|h| h.starts_with("authorization:")),
        "{head:?}"
    );
    assert!(
        lower.contains(&"impersonate-user: alice".to_string()),
        "{head:?}"
    );
    let agent = lower
        .iter()
        .find(|h| h.starts_with("user-agent:"))
        .expect("user agent");
    assert!(
        agent.starts_with("user-agent: kctl/v1.32.5+kctl."),
        "{agent}"
    );
}
