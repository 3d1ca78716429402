//! `version --client` and every `config` subcommand work without touching the network: the
//! kubeconfig points at a listening socket that must never see a connection.

use std::net::TcpListener;

use crate::support::{kctl, run_in};

#[test]
fn config_and_client_version_make_no_connection() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.set_nonblocking(true).expect("nonblocking");
    let port = listener.local_addr().expect("addr").port();
    let dir = tempfile::tempdir().expect("tempdir");
    let kubeconfig = dir.path().join("config");
    std::fs::write(
        &kubeconfig,
        format!(
            "apiVersion: v1\nkind: Config\ncurrent-context: c\nclusters:\n- name: k\n  cluster:\n    server: https://127.0.0.1:{port}\ncontexts:\n- name: c\n  context: {{cluster: k, user: u}}\nusers:\n- name: u\n  user: {{token: t}}\n"
        ),
    )
    .expect("write");
    let env = [
        ("HOME", dir.path().as_os_str().to_owned()),
        ("KUBECONFIG", kubeconfig.as_os_str().to_owned()),
    ];
    let commands: &[&[&str]] = &[
        &["version", "--client"],
        &["version", "--client", "-o", "json"],
        &["completion", "bash"],
        &["config", "view"],
        &["config", "view", "--minify", "--raw", "-o", "json"],
        &["config", "get-contexts"],
        &["config", "current-context"],
        &["config", "get-clusters"],
        &["config", "get-users"],
        &["config", "set-context", "d", "--cluster=k", "--user=u"],
        &["config", "use-context", "d"],
        &["config", "rename-context", "d", "e"],
        &[
            "config",
            "set-cluster",
            "k2",
            "--server=https://127.0.0.1:1",
        ],
        &["config", "set-credentials", "u2", "--token=x"],
        &["config", "set", "contexts.e.namespace", "n"],
        &["config", "unset", "contexts.e.namespace"],
        &["config", "delete-context", "e"],
        &["config", "delete-cluster", "k2"],
        &["config", "delete-user", "u2"],
        &["config", "use-context", "c"],
    ];
    for args in commands {
        let out = run_in(&kctl(), args, dir.path(), &env);
        assert!(out.code == 0, "{args:?} failed: {out:?}");
        match listener.accept() {
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Ok((_, peer)) => panic!("{args:?} connected to the server from {peer}"),
            Err(e) => panic!("accept failed: {e}"),
        }
    }
}
