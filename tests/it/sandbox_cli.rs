//! `kctl sandbox up/status/down/reset` manage a background server and the user's kubeconfig;
//! kctl's client layer talks to it (`version`, `-v` logging with credentials masked).

use std::path::Path;

use crate::support::{kctl, kubectl_or_skip, parse_yaml, run_in};
use crate::support_sandbox::Sandbox;

fn env(root: &Path) -> Vec<(&'static str, std::ffi::OsString)> {
    vec![
        ("HOME", root.join("home").into_os_string()),
        ("XDG_DATA_HOME", root.join("xdg").into_os_string()),
    ]
}

#[test]
fn up_status_down_reset() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path();
    std::fs::create_dir_all(root.join("home/.kube")).expect("mkdir");
    std::fs::write(
        root.join("home/.kube/config"),
        "apiVersion: v1\nkind: Config\ncurrent-context: work\ncontexts:\n- name: work\n  context: {cluster: w, user: w}\nclusters:\n- name: w\n  cluster: {server: https://work.example.com}\nusers:\n- name: w\n  user: {token: keep}\n",
    )
    .expect("write");
    let env = env(root);
    // Stops the background server even if an assertion fails.
    struct Down<'a>(&'a Path, Vec<(&'static str, std::ffi::OsString)>);
    impl Drop for Down<'_> {
        fn drop(&mut self) {
            let _ = run_in(&kctl(), &["sandbox", "down"], self.0, &self.1);
        }
    }
    let _down = Down(root, env.clone());

    let up = run_in(&kctl(), &["sandbox", "up"], root, &env);
    assert_eq!(up.code, 0, "{up:?}");
    assert!(
        up.stdout
            .starts_with("Sandbox API server listening on https://127.0.0.1:"),
        "{up:?}"
    );
    assert!(
        up.stdout.ends_with("Switched to context \"sandbox\".\n"),
        "{up:?}"
    );
    let data = root.join("xdg/kctl/sandbox");
    assert!(data.join("sandbox.pid").is_file());

    // The user's kubeconfig gained the sandbox and kept what it had.
    let v = parse_yaml(&std::fs::read(root.join("home/.kube/config")).expect("read"));
    assert_eq!(v["current-context"], "sandbox");
    let contexts: Vec<&str> = v["contexts"]
        .as_array()
        .expect("contexts")
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert_eq!(contexts, ["sandbox", "work"]);

    let version = run_in(&kctl(), &["version"], root, &env);
    assert_eq!(version.code, 0, "{version:?}");
    assert!(
        version.stdout.contains("\nServer Version: v1.32."),
        "{version:?}"
    );

    let again = run_in(&kctl(), &["sandbox", "up"], root, &env);
    assert_eq!(again.code, 0, "up is idempotent: {again:?}");

    let status = run_in(&kctl(), &["sandbox", "status"], root, &env);
    assert_eq!(status.code, 0, "{status:?}");
    assert!(
        status
            .stdout
            .starts_with("Sandbox is running at https://127.0.0.1:"),
        "{status:?}"
    );

    if let Some(kubectl) = kubectl_or_skip("up_status_down_reset (kubectl part)") {
        let nodes = run_in(&kubectl, &["get", "nodes", "-o", "name"], root, &env);
        assert_eq!(
            nodes.stdout, "node/sandbox-control-plane\nnode/sandbox-worker\nnode/sandbox-worker2\n",
            "{nodes:?}"
        );
    }

    let down = run_in(&kctl(), &["sandbox", "down"], root, &env);
    assert_eq!(
        (down.code, down.stdout.as_str()),
        (0, "Sandbox stopped.\n"),
        "{down:?}"
    );
    let status = run_in(&kctl(), &["sandbox", "status"], root, &env);
    assert_eq!(
        (status.code, status.stdout.as_str()),
        (1, "Sandbox is not running.\n")
    );
    let unreachable = run_in(&kctl(), &["version"], root, &env);
    assert_eq!(unreachable.code, 1);
    assert!(
        unreachable
            .stderr
            .contains("was refused - did you specify the right host or port?"),
        "{unreachable:?}"
    );

    let reset = run_in(&kctl(), &["sandbox", "reset"], root, &env);
    assert_eq!(reset.code, 0, "{reset:?}");
    assert!(!data.exists());
}

#[test]
fn request_logging_masks_credentials() {
    let Some(sandbox) = Sandbox::start() else {
        return;
    };
    let token = parse_yaml(&std::fs::read(&sandbox.kubeconfig).expect("kubeconfig"))["users"][0]["user"]["token"]
        .as_str()
        .expect("token")
        .to_string();
    let env = vec![
        ("HOME", sandbox.home.clone().into_os_string()),
        ("KUBECONFIG", sandbox.kubeconfig.clone().into_os_string()),
    ];
    for level in ["6", "7", "8", "9"] {
        let out = run_in(
            &kctl(),
            &[
                "version",
                &format!("-v={level}"),
                "--as=alice",
                "--as-group=devs",
            ],
            &sandbox.home,
            &env,
        );
        assert_eq!(out.code, 0, "-v={level}: {out:?}");
        assert!(
            !out.stderr.contains(&token),
            "-v={level} leaked the token:\n{}",
            out.stderr
        );
        assert!(
            out.stderr
                .contains("loader.go:402] Config loaded from file:"),
            "{}",
            out.stderr
        );
        let url = format!("{}/version?timeout=32s", sandbox.url);
        match level {
            "6" => assert!(
                out.stderr
                    .contains(&format!("round_trippers.go:560] GET {url} 200 OK in ")),
                "{}",
                out.stderr
            ),
            "7" | "8" => {
                assert!(
                    out.stderr
                        .contains(&format!("round_trippers.go:470] GET {url}\n")),
                    "{}",
                    out.stderr
                );
                assert!(
                    out.stderr
                        .contains("round_trippers.go:480]     Authorization: Bearer <masked>\n"),
                    "{}",
                    out.stderr
                );
                assert!(
                    out.stderr
                        .contains("round_trippers.go:480]     Impersonate-User: alice\n"),
                    "{}",
                    out.stderr
                );
                assert!(
                    out.stderr
                        .contains("round_trippers.go:480]     Impersonate-Group: devs\n"),
                    "{}",
                    out.stderr
                );
                assert!(
                    out.stderr
                        .contains("round_trippers.go:581] Response Status: 200 OK in "),
                    "{}",
                    out.stderr
                );
            }
            _ => {
                assert!(out.stderr.contains("round_trippers.go:473] curl -v -XGET  -H \"Impersonate-User: alice\" -H \"Impersonate-Group: devs\" -H \"Authorization: Bearer <masked>\""), "{}", out.stderr);
                assert!(
                    out.stderr
                        .contains("round_trippers.go:584] Response Headers:"),
                    "{}",
                    out.stderr
                );
            }
        }
    }
}
