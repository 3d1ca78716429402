//! `kubectl rollout history|pause|resume|restart` and `describe` of a deployment mid-rollout,
//! with the real kubectl 1.32 against the sandbox's Deployment controller.

use serde_json::Value;

use crate::support::wait_until;
use crate::support_sandbox::Sandbox;

const WEB: &str = r#"apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
"#;

fn json(sb: &Sandbox, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["-o", "json"]);
    serde_json::from_str(&sb.ok(&a, None)).expect("json")
}

fn rolled_out(sb: &Sandbox) {
    let out = sb.kubectl(&["rollout", "status", "deploy/web", "--timeout=150s"], None);
    assert!(
        out.status.success(),
        "rollout status: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Images of the deployment's replica sets, by revision.
fn revisions(sb: &Sandbox) -> Vec<(u64, String)> {
    let list = json(sb, &["get", "rs", "-l", "app=web"]);
    let mut out: Vec<(u64, String)> = list["items"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|rs| {
            let revision = rs["metadata"]["annotations"]["deployment.kubernetes.io/revision"]
                .as_str()
                .and_then(|r| r.parse().ok())
                .unwrap_or(0);
            let image = rs["spec"]["template"]["spec"]["containers"][0]["image"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            (revision, image)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn rollout_history_pause_resume_restart() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(&["apply", "-f", "-"], Some(WEB));
    rolled_out(&sb);
    sb.ok(&["set", "image", "deploy/web", "nginx=nginx:1.26"], None);
    rolled_out(&sb);

    assert_eq!(
        sb.ok(&["rollout", "history", "deploy/web"], None),
        "deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n"
    );
    let revision = sb.ok(&["rollout", "history", "deploy/web", "--revision=2"], None);
    assert!(
        revision.starts_with("deployment.apps/web with revision #2\nPod Template:\n"),
        "{revision}"
    );
    assert!(revision.contains("    Image:\tnginx:1.26\n"), "{revision}");

    // Paused: the template changes but no replica set is made for it.
    assert_eq!(
        sb.ok(&["rollout", "pause", "deploy/web"], None),
        "deployment.apps/web paused\n"
    );
    sb.ok(&["set", "image", "deploy/web", "nginx=nginx:1.27"], None);
    wait_until("the paused deployment observed", || {
        let d = json(&sb, &["get", "deploy", "web"]);
        (d["status"]["observedGeneration"] == d["metadata"]["generation"]).then_some(())
    });
    let d = json(&sb, &["get", "deploy", "web"]);
    let progressing = d["status"]["conditions"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c["type"] == "Progressing")
        .cloned()
        .unwrap_or(Value::Null);
    assert_eq!(progressing["reason"], "DeploymentPaused", "{progressing}");
    assert!(
        revisions(&sb)
            .iter()
            .all(|(_, image)| image != "nginx:1.27"),
        "{:?}",
        revisions(&sb)
    );

    assert_eq!(
        sb.ok(&["rollout", "resume", "deploy/web"], None),
        "deployment.apps/web resumed\n"
    );
    rolled_out(&sb);
    assert_eq!(
        revisions(&sb).last().map(|(r, i)| (*r, i.clone())),
        Some((3, "nginx:1.27".to_string()))
    );

    // Restart: a new revision with the same image and kubectl's restartedAt annotation.
    assert_eq!(
        sb.ok(&["rollout", "restart", "deploy/web"], None),
        "deployment.apps/web restarted\n"
    );
    rolled_out(&sb);
    let d = json(&sb, &["get", "deploy", "web"]);
    assert!(
        d["spec"]["template"]["metadata"]["annotations"]["kubectl.kubernetes.io/restartedAt"]
            .is_string()
    );
    assert_eq!(
        revisions(&sb).last().map(|(r, i)| (*r, i.clone())),
        Some((4, "nginx:1.27".to_string()))
    );

    // Mid-rollout (stuck on an image that cannot be pulled): describe shows both sets.
    sb.ok(
        &["set", "image", "deploy/web", "nginx=nginx:does-not-exist"],
        None,
    );
    let described = wait_until("a new replica set for the broken image", || {
        let out = sb.ok(&["describe", "deploy", "web"], None);
        (out.contains("NewReplicaSet:")
            && !out.contains("NewReplicaSet:   <none>")
            && out.contains("OldReplicaSets:  web-"))
        .then_some(out)
    });
    assert!(
        described.contains("  Progressing    True    ReplicaSetUpdated\n"),
        "{described}"
    );
    let undo = sb.ok(&["rollout", "undo", "deploy/web", "--to-revision=2"], None);
    assert_eq!(undo, "deployment.apps/web rolled back\n");
    rolled_out(&sb);
    let d = json(&sb, &["get", "deploy", "web"]);
    assert_eq!(
        d["spec"]["template"]["spec"]["containers"][0]["image"],
        "nginx:1.26"
    );
}
