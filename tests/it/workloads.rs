//! The sandbox's workload controllers driven by the real kubectl 1.32: DaemonSets (a pod per
//! eligible node, rollout status / history), StatefulSets (ordered pods, PVCs bound to
//! provisioned volumes, scale down), Jobs to completion, CronJobs, namespace deletion through
//! Terminating, and legacy service-account token Secrets.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support_sandbox::Sandbox;

/// Generous: debug builds on a shared 2-core machine.
const DEADLINE: Duration = Duration::from_secs(120);

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

fn get_json(sb: &Sandbox, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["-o", "json"]);
    json(&sb.ok(&a, None))
}

fn wait_for<T>(what: &str, deadline: Duration, mut check: impl FnMut() -> Result<T, String>) -> T {
    let start = Instant::now();
    loop {
        match check() {
            Ok(v) => return v,
            Err(last) if start.elapsed() > deadline => {
                panic!("timed out waiting for {what}: {last}")
            }
            Err(_) => std::thread::sleep(Duration::from_millis(250)),
        }
    }
}

fn items(v: &Value) -> Vec<Value> {
    v["items"].as_array().cloned().unwrap_or_default()
}

fn pods(sb: &Sandbox, selector: &str) -> Vec<Value> {
    items(&get_json(sb, &["get", "pods", "-l", selector]))
}

fn names(list: &[Value]) -> Vec<String> {
    let mut v: Vec<String> = list
        .iter()
        .map(|o| {
            o["metadata"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    v.sort();
    v
}

fn run_ok(sb: &Sandbox, args: &[&str]) -> String {
    let out = sb.kubectl(args, None);
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "kubectl {args:?}: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

const DS: &str = r#"apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers: [{name: agent, image: "busybox:1.36", command: [sleep, "3600"]}]
"#;

#[test]
fn daemonset_runs_a_pod_per_eligible_node_and_rolls_out() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(&["apply", "-f", "-"], Some(DS));
    let out = run_ok(&sb, &["rollout", "status", "ds/agent", "--timeout=120s"]);
    assert!(
        out.ends_with("daemon set \"agent\" successfully rolled out\n"),
        "{out}"
    );
    // The control plane's NoSchedule taint keeps it off there: one pod per worker.
    let list = pods(&sb, "app=agent");
    let mut nodes: Vec<&str> = list
        .iter()
        .map(|p| p["spec"]["nodeName"].as_str().unwrap_or_default())
        .collect();
    nodes.sort();
    assert_eq!(nodes, ["sandbox-worker", "sandbox-worker2"]);
    for p in &list {
        let l = &p["metadata"]["labels"];
        assert!(l["controller-revision-hash"].is_string(), "{l}");
        assert_eq!(l["pod-template-generation"], "1");
        let field = &p["spec"]["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]
            ["nodeSelectorTerms"][0]["matchFields"][0];
        assert_eq!(field["key"], "metadata.name");
        assert_eq!(field["values"][0], p["spec"]["nodeName"]);
        let tolerations = p["spec"]["tolerations"].to_string();
        assert!(tolerations.contains("node.kubernetes.io/unschedulable"));
    }
    let ds = get_json(&sb, &["get", "ds", "agent"]);
    let st = &ds["status"];
    assert_eq!(st["desiredNumberScheduled"], 2, "{st}");
    assert_eq!(st["currentNumberScheduled"], 2, "{st}");
    assert_eq!(st["numberReady"], 2, "{st}");
    assert_eq!(st["numberAvailable"], 2, "{st}");
    assert_eq!(st["updatedNumberScheduled"], 2, "{st}");
    assert_eq!(st["numberMisscheduled"], 0, "{st}");
    assert_eq!(st["observedGeneration"], 1, "{st}");

    // A new template rolls out pod by pod; both revisions are in the history.
    sb.ok(&["set", "image", "ds/agent", "agent=busybox:1.37"], None);
    let out = run_ok(&sb, &["rollout", "status", "ds/agent", "--timeout=120s"]);
    assert!(out.contains("successfully rolled out"), "{out}");
    let list = wait_for("two updated pods", DEADLINE, || {
        let list: Vec<Value> = pods(&sb, "app=agent")
            .into_iter()
            .filter(|p| p["metadata"]["deletionTimestamp"].is_null())
            .collect();
        let updated = list
            .iter()
            .filter(|p| p["spec"]["containers"][0]["image"] == "busybox:1.37")
            .count();
        if list.len() == 2 && updated == 2 {
            Ok(list)
        } else {
            Err(format!("{} pods, {updated} updated", list.len()))
        }
    });
    assert!(
        list.iter()
            .all(|p| p["metadata"]["labels"]["pod-template-generation"] == "2")
    );
    let history = run_ok(&sb, &["rollout", "history", "ds/agent"]);
    assert_eq!(
        history,
        "daemonset.apps/agent \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n"
    );
    let revs = get_json(&sb, &["get", "controllerrevisions", "-l", "app=agent"]);
    assert_eq!(items(&revs).len(), 2);

    // Undo: the first template again, renumbered as the newest revision.
    let out = run_ok(&sb, &["rollout", "undo", "ds/agent"]);
    assert_eq!(out, "daemonset.apps/agent rolled back\n");
    run_ok(&sb, &["rollout", "status", "ds/agent", "--timeout=120s"]);
    wait_for("the rollback", DEADLINE, || {
        let history = run_ok(&sb, &["rollout", "history", "ds/agent"]);
        if history.ends_with("2         <none>\n3         <none>\n\n") {
            Ok(())
        } else {
            Err(history)
        }
    });

    // A pod whose labels stop matching is released, and replaced (W17's trick).
    let victim = pods(&sb, "app=agent")[0]["metadata"]["name"]
        .as_str()
        .unwrap()
        .to_string();
    sb.ok(&["label", "pod", &victim, "app=debug", "--overwrite"], None);
    wait_for("a replacement pod", DEADLINE, || {
        let n = pods(&sb, "app=agent").len();
        if n == 2 {
            Ok(())
        } else {
            Err(format!("{n} pods"))
        }
    });
    let released = wait_for("the release", DEADLINE, || {
        let p = get_json(&sb, &["get", "pod", &victim]);
        if p["metadata"]["ownerReferences"].is_null() {
            Ok(p)
        } else {
            Err(p["metadata"].to_string())
        }
    });
    assert_eq!(released["status"]["phase"], "Running");
    let events = sb.ok(
        &[
            "get",
            "events",
            "--field-selector",
            "involvedObject.name=agent",
            "-o",
            "jsonpath={range .items[*]}{.source.component} {.reason}{\"\\n\"}{end}",
        ],
        None,
    );
    assert!(
        events.contains("daemonset-controller SuccessfulCreate"),
        "{events}"
    );
    assert!(
        events.contains("daemonset-controller SuccessfulDelete"),
        "{events}"
    );
}

const STS: &str = r#"apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  clusterIP: None
  selector: {app: web}
  ports: [{port: 80}]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  serviceName: web
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
        volumeMounts: [{name: www, mountPath: /usr/share/nginx/html}]
  volumeClaimTemplates:
  - metadata: {name: www}
    spec:
      accessModes: [ReadWriteOnce]
      resources: {requests: {storage: 1Gi}}
"#;

fn created_at(p: &Value) -> String {
    p["metadata"]["creationTimestamp"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn ready_at(p: &Value) -> String {
    p["status"]["conditions"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c["type"] == "Ready")
        .and_then(|c| c["lastTransitionTime"].as_str())
        .unwrap_or_default()
        .to_string()
}

#[test]
fn statefulset_orders_pods_binds_claims_and_scales_down() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(&["apply", "-f", "-"], Some(STS));
    let out = run_ok(&sb, &["rollout", "status", "sts/web", "--timeout=120s"]);
    assert!(
        // The defaulted partition (0) makes kubectl report a partitioned roll out.
        out.ends_with("partitioned roll out complete: 3 new pods have been updated...\n"),
        "{out}"
    );
    let list = pods(&sb, "app=web");
    assert_eq!(names(&list), ["web-0", "web-1", "web-2"]);
    let by_name = |n: &str| list.iter().find(|p| p["metadata"]["name"] == n).unwrap();
    // OrderedReady: each pod was created once its predecessor was Ready.
    for (prev, next) in [("web-0", "web-1"), ("web-1", "web-2")] {
        assert!(
            created_at(by_name(next)) >= ready_at(by_name(prev)),
            "{next} created {} before {prev} ready {}",
            created_at(by_name(next)),
            ready_at(by_name(prev))
        );
    }
    for (i, p) in ["web-0", "web-1", "web-2"].iter().enumerate() {
        let pod = by_name(p);
        let l = &pod["metadata"]["labels"];
        assert_eq!(l["statefulset.kubernetes.io/pod-name"], *p);
        assert_eq!(l["apps.kubernetes.io/pod-index"], i.to_string());
        assert!(
            l["controller-revision-hash"]
                .as_str()
                .unwrap()
                .starts_with("web-")
        );
        assert_eq!(pod["spec"]["hostname"], *p);
        assert_eq!(pod["spec"]["subdomain"], "web");
        assert_eq!(
            pod["spec"]["volumes"][0]["persistentVolumeClaim"]["claimName"],
            format!("www-{p}")
        );
    }
    let sts = get_json(&sb, &["get", "sts", "web"]);
    let st = &sts["status"];
    for k in [
        "replicas",
        "readyReplicas",
        "currentReplicas",
        "updatedReplicas",
        "availableReplicas",
    ] {
        assert_eq!(st[k], 3, "{k}: {st}");
    }
    assert_eq!(st["currentRevision"], st["updateRevision"]);
    assert_eq!(st["collisionCount"], 0);

    // Claims: bound to provisioned volumes by the default class.
    let claims = wait_for("three bound claims", DEADLINE, || {
        let c = items(&get_json(&sb, &["get", "pvc"]));
        let bound = c.iter().filter(|c| c["status"]["phase"] == "Bound").count();
        if bound == 3 {
            Ok(c)
        } else {
            Err(format!("{bound} bound"))
        }
    });
    assert_eq!(names(&claims), ["www-web-0", "www-web-1", "www-web-2"]);
    for c in &claims {
        let a = &c["metadata"]["annotations"];
        assert_eq!(a["pv.kubernetes.io/bind-completed"], "yes");
        assert_eq!(a["pv.kubernetes.io/bound-by-controller"], "yes");
        assert_eq!(
            a["volume.kubernetes.io/storage-provisioner"],
            "rancher.io/local-path"
        );
        assert_eq!(c["spec"]["storageClassName"], "standard");
        let pv_name = c["spec"]["volumeName"].as_str().unwrap();
        assert_eq!(
            pv_name,
            format!("pvc-{}", c["metadata"]["uid"].as_str().unwrap())
        );
        let pv = get_json(&sb, &["get", "pv", pv_name]);
        assert_eq!(pv["status"]["phase"], "Bound");
        assert_eq!(pv["spec"]["claimRef"]["name"], c["metadata"]["name"]);
        assert_eq!(c["status"]["capacity"]["storage"], "1Gi");
    }
    let out = run_ok(&sb, &["get", "pvc", "www-web-0"]);
    assert!(out.contains("Bound") && out.contains("standard"), "{out}");

    // A rolling update replaces pods from the highest ordinal down.
    let first_rev = st["updateRevision"].as_str().unwrap().to_string();
    sb.ok(&["set", "image", "sts/web", "nginx=nginx:1.26"], None);
    let out = run_ok(&sb, &["rollout", "status", "sts/web", "--timeout=120s"]);
    assert!(
        out.ends_with("partitioned roll out complete: 3 new pods have been updated...\n"),
        "{out}"
    );
    let sts = wait_for("the update to become current", DEADLINE, || {
        let sts = get_json(&sb, &["get", "sts", "web"]);
        let st = &sts["status"];
        if st["currentRevision"] == st["updateRevision"]
            && st["updatedReplicas"] == 3
            && st["readyReplicas"] == 3
        {
            Ok(sts)
        } else {
            Err(st.to_string())
        }
    });
    let new_rev = sts["status"]["updateRevision"].as_str().unwrap();
    assert_ne!(new_rev, first_rev);
    for p in pods(&sb, "app=web") {
        assert_eq!(p["metadata"]["labels"]["controller-revision-hash"], new_rev);
        assert_eq!(p["spec"]["containers"][0]["image"], "nginx:1.26");
    }
    let deletions: Vec<String> = sb
        .ok(
            &[
                "get",
                "events",
                "--sort-by=.metadata.name",
                "-o",
                "jsonpath={range .items[*]}{.message}{\"\\n\"}{end}",
            ],
            None,
        )
        .lines()
        .filter(|l| l.starts_with("delete Pod"))
        .map(str::to_string)
        .collect();
    assert_eq!(
        deletions,
        [
            "delete Pod web-2 in StatefulSet web successful",
            "delete Pod web-1 in StatefulSet web successful",
            "delete Pod web-0 in StatefulSet web successful",
        ]
    );
    let history = run_ok(&sb, &["rollout", "history", "sts/web"]);
    assert_eq!(
        history,
        "statefulset.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n"
    );

    // Scale down: the highest ordinals go, the claims stay (Retain).
    sb.ok(&["scale", "sts/web", "--replicas=1"], None);
    wait_for("one pod left", DEADLINE, || {
        let left = names(&pods(&sb, "app=web"));
        if left == ["web-0"] {
            Ok(())
        } else {
            Err(format!("{left:?}"))
        }
    });
    assert_eq!(items(&get_json(&sb, &["get", "pvc"])).len(), 3);
    let events = sb.ok(
        &[
            "get",
            "events",
            "--field-selector",
            "involvedObject.kind=StatefulSet",
            "-o",
            "jsonpath={range .items[*]}{.message}{\"\\n\"}{end}",
        ],
        None,
    );
    for want in [
        "create Claim www-web-0 Pod web-0 in StatefulSet web success",
        "create Pod web-0 in StatefulSet web successful",
        "delete Pod web-2 in StatefulSet web successful",
    ] {
        assert!(events.contains(want), "{want} in {events}");
    }
}

const JOB: &str = r#"apiVersion: batch/v1
kind: Job
metadata: {name: pi}
spec:
  completions: 2
  template:
    spec:
      restartPolicy: Never
      containers: [{name: pi, image: "perl:5.34", command: [perl, "-e", "print 1"]}]
"#;

#[test]
fn job_runs_to_completion() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(&["apply", "-f", "-"], Some(JOB));
    run_ok(
        &sb,
        &[
            "wait",
            "--for=condition=complete",
            "job/pi",
            "--timeout=120s",
        ],
    );
    let job = get_json(&sb, &["get", "job", "pi"]);
    let uid = job["metadata"]["uid"].as_str().unwrap();
    let st = &job["status"];
    assert_eq!(st["succeeded"], 2, "{st}");
    assert_eq!(st["ready"], 0, "{st}");
    assert_eq!(st["terminating"], 0, "{st}");
    assert!(st["active"].is_null(), "{st}");
    assert!(st["startTime"].is_string() && st["completionTime"].is_string());
    let types: Vec<&str> = st["conditions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["type"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["SuccessCriteriaMet", "Complete"]);
    assert_eq!(
        job["spec"]["selector"]["matchLabels"]["batch.kubernetes.io/controller-uid"],
        uid
    );
    let list = pods(&sb, "job-name=pi");
    assert_eq!(list.len(), 2);
    for p in &list {
        let l = &p["metadata"]["labels"];
        assert_eq!(l["batch.kubernetes.io/controller-uid"], uid);
        assert_eq!(l["batch.kubernetes.io/job-name"], "pi");
        assert_eq!(l["controller-uid"], uid);
        assert_eq!(p["status"]["phase"], "Succeeded");
        assert!(p["metadata"]["finalizers"].is_null(), "{}", p["metadata"]);
    }
    let out = run_ok(&sb, &["get", "job", "pi"]);
    assert!(out.contains("Complete") && out.contains("2/2"), "{out}");
    let events = sb.ok(
        &[
            "get",
            "events",
            "--field-selector",
            "involvedObject.name=pi",
            "-o",
            "jsonpath={range .items[*]}{.reason}{\"\\n\"}{end}",
        ],
        None,
    );
    assert!(
        events.contains("SuccessfulCreate") && events.contains("Completed"),
        "{events}"
    );
}

const HELD: &str = r#"apiVersion: v1
kind: ConfigMap
metadata:
  name: held
  namespace: doomed
  finalizers: [example.com/hold]
data: {a: b}
"#;

fn condition<'a>(ns: &'a Value, ty: &str) -> &'a Value {
    ns["status"]["conditions"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["type"] == ty))
        .unwrap_or(&Value::Null)
}

#[test]
fn namespace_deletion_goes_through_terminating() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(&["create", "namespace", "doomed"], None);
    sb.ok(
        &[
            "-n",
            "doomed",
            "create",
            "deployment",
            "web",
            "--image=nginx",
            "--replicas=2",
        ],
        None,
    );
    // A finalizer nobody removes holds the namespace in Terminating until the test does.
    sb.ok(&["apply", "-f", "-"], Some(HELD));
    wait_for("two running pods", DEADLINE, || {
        let n = items(&get_json(&sb, &["-n", "doomed", "get", "pods"]))
            .iter()
            .filter(|p| p["status"]["phase"] == "Running")
            .count();
        if n == 2 {
            Ok(())
        } else {
            Err(format!("{n} running"))
        }
    });
    let out = run_ok(&sb, &["delete", "namespace", "doomed", "--wait=false"]);
    assert_eq!(out, "namespace \"doomed\" deleted\n");
    let ns = get_json(&sb, &["get", "namespace", "doomed"]);
    assert_eq!(ns["status"]["phase"], "Terminating", "{ns}");
    assert!(ns["metadata"]["deletionTimestamp"].is_string());
    assert_eq!(ns["spec"]["finalizers"], serde_json::json!(["kubernetes"]));

    // No new content meanwhile, with kube-apiserver's message.
    let out = sb.kubectl(&["-n", "doomed", "create", "configmap", "late"], None);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("configmaps \"late\" is forbidden: unable to create new content in namespace doomed because it is being terminated"),
        "{stderr}"
    );

    // The content goes; what a finalizer holds stays, and the conditions say so.
    let ns = wait_for("only the held configmap left", DEADLINE, || {
        let ns = get_json(&sb, &["get", "namespace", "doomed"]);
        let remaining = condition(&ns, "NamespaceContentRemaining");
        if remaining["message"]
            == "Some resources are remaining: configmaps has 1 resource instances"
        {
            Ok(ns)
        } else {
            Err(ns["status"].to_string())
        }
    });
    assert_eq!(
        condition(&ns, "NamespaceContentRemaining")["reason"],
        "SomeResourcesRemain"
    );
    let f = condition(&ns, "NamespaceFinalizersRemaining");
    assert_eq!(f["status"], "True");
    assert_eq!(f["reason"], "SomeFinalizersRemain");
    assert_eq!(
        f["message"],
        "Some content in the namespace has finalizers remaining: example.com/hold in 1 resource instances"
    );
    let d = condition(&ns, "NamespaceDeletionDiscoveryFailure");
    assert_eq!(
        (d["status"].as_str(), d["reason"].as_str()),
        (Some("False"), Some("ResourcesDiscovered"))
    );
    assert!(items(&get_json(&sb, &["-n", "doomed", "get", "pods"])).is_empty());
    let cm = get_json(&sb, &["-n", "doomed", "get", "configmap", "held"]);
    assert!(cm["metadata"]["deletionTimestamp"].is_string(), "{cm}");

    // Releasing the finalizer lets the namespace go; kubectl's wait sees it.
    sb.ok(
        &[
            "-n",
            "doomed",
            "patch",
            "configmap",
            "held",
            "--type=merge",
            "-p",
            r#"{"metadata":{"finalizers":null}}"#,
        ],
        None,
    );
    run_ok(
        &sb,
        &["wait", "--for=delete", "namespace/doomed", "--timeout=120s"],
    );
    let out = sb.kubectl(&["get", "namespace", "doomed"], None);
    assert!(!out.status.success());

    // The namespace can be made again, fresh, and deleted the way kubectl waits for.
    sb.ok(&["create", "namespace", "doomed"], None);
    assert!(
        items(&get_json(
            &sb,
            &["-n", "doomed", "get", "configmaps", "-l", "x"]
        ))
        .is_empty()
    );
    let out = run_ok(&sb, &["delete", "namespace", "doomed", "--timeout=120s"]);
    assert_eq!(out, "namespace \"doomed\" deleted\n");
    let out = sb.kubectl(&["get", "namespace", "doomed"], None);
    assert!(!out.status.success());

    // kube-apiserver's immortal namespaces.
    let out = sb.kubectl(&["delete", "namespace", "kube-system"], None);
    assert!(!out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Error from server (Forbidden): namespaces \"kube-system\" is forbidden: this namespace may not be deleted\n"
    );
}

const TOKEN: &str = r#"apiVersion: v1
kind: ServiceAccount
metadata: {name: build}
---
apiVersion: v1
kind: Secret
metadata:
  name: build-token
  annotations: {kubernetes.io/service-account.name: build}
type: kubernetes.io/service-account-token
"#;

#[test]
fn service_account_token_secrets_are_filled() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(&["apply", "-f", "-"], Some(TOKEN));
    let secret = wait_for("the token", DEADLINE, || {
        let s = get_json(&sb, &["get", "secret", "build-token"]);
        if s["data"]["token"].is_string() {
            Ok(s)
        } else {
            Err(s.to_string())
        }
    });
    let sa = get_json(&sb, &["get", "sa", "build"]);
    assert_eq!(
        secret["metadata"]["annotations"]["kubernetes.io/service-account.uid"],
        sa["metadata"]["uid"]
    );
    let decoded = sb.ok(
        &[
            "get",
            "secret",
            "build-token",
            "-o",
            "go-template={{.data.namespace | base64decode}}",
        ],
        None,
    );
    assert_eq!(decoded, "default");
    let ca = sb.ok(
        &[
            "get",
            "secret",
            "build-token",
            "-o",
            "go-template={{index .data \"ca.crt\" | base64decode}}",
        ],
        None,
    );
    assert!(ca.starts_with("-----BEGIN CERTIFICATE-----"), "{ca}");
    let token = sb.ok(
        &[
            "get",
            "secret",
            "build-token",
            "-o",
            "go-template={{.data.token | base64decode}}",
        ],
        None,
    );
    assert_eq!(token.split('.').count(), 3, "{token}");
    assert!(token.starts_with("eyJ"), "{token}");
    let out = run_ok(&sb, &["describe", "secret", "build-token"]);
    assert!(out.contains("kubernetes.io/service-account.uid"), "{out}");

    // The token authenticates as the account (the seeds' curl with `Bearer $TOKEN`), which
    // RBAC then judges; a bound token from `create token` too; others are refused.
    let as_token = |token: &str, args: &[&str]| {
        let mut all = vec![
            "--kubeconfig=/dev/null".to_string(),
            format!("--server={}", sb.url),
            "--insecure-skip-tls-verify".to_string(),
            format!("--token={token}"),
        ];
        all.extend(args.iter().map(|a| a.to_string()));
        let all: Vec<&str> = all.iter().map(String::as_str).collect();
        let out = sb.kubectl(&all, None);
        (
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    assert_eq!(
        as_token(&token, &["get", "pods", "-n", "default"]).1,
        "Error from server (Forbidden): pods is forbidden: User \"system:serviceaccount:default:build\" cannot list resource \"pods\" in API group \"\" in the namespace \"default\"\n"
    );
    sb.ok(
        &[
            "create",
            "rolebinding",
            "build-view",
            "--clusterrole=view",
            "--serviceaccount=default:build",
        ],
        None,
    );
    assert_eq!(
        as_token(
            &token,
            &["get", "sa", "build", "-n", "default", "-o", "name"]
        )
        .0,
        "serviceaccount/build\n"
    );
    let bound = sb.ok(&["create", "token", "build"], None);
    let whoami = as_token(
        bound.trim(),
        &[
            "auth",
            "whoami",
            "-o",
            "jsonpath={.status.userInfo.username} {.status.userInfo.groups}",
        ],
    );
    assert_eq!(
        whoami.0,
        "system:serviceaccount:default:build [\"system:serviceaccounts\",\"system:serviceaccounts:default\",\"system:authenticated\"]"
    );
    let unauthorized = "error: You must be logged in to the server (Unauthorized)\n";
    let forged = format!("{}x", token.trim_end_matches(|c| c != '.'));
    assert_eq!(
        as_token(&forged, &["get", "sa", "-n", "default"]).1,
        unauthorized
    );
    sb.ok(&["delete", "secret", "build-token"], None);
    assert_eq!(
        as_token(&token, &["get", "sa", "-n", "default"]).1,
        unauthorized
    );
}

const CRON: &str = r#"apiVersion: batch/v1
kind: CronJob
metadata: {name: tick}
spec:
  schedule: "*/1 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{name: tick, image: "busybox:1.36", command: [date]}]
"#;

/// Waits for a real minute boundary: the deadline is 150 s.
#[test]
fn cronjob_starts_a_job_at_the_next_minute() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(&["apply", "-f", "-"], Some(CRON));
    let job = wait_for("the first job", Duration::from_secs(150), || {
        let jobs = items(&get_json(&sb, &["get", "jobs"]));
        jobs.into_iter().next().ok_or_else(|| "no job".to_string())
    });
    let name = job["metadata"]["name"].as_str().unwrap();
    let minutes: i64 = name.strip_prefix("tick-").unwrap().parse().unwrap();
    let scheduled =
        job["metadata"]["annotations"]["batch.kubernetes.io/cronjob-scheduled-timestamp"]
            .as_str()
            .unwrap();
    let t: i64 = scheduled.parse::<jiff::Timestamp>().unwrap().as_second();
    assert_eq!(t, minutes * 60, "{scheduled}");
    assert_eq!(job["metadata"]["ownerReferences"][0]["kind"], "CronJob");
    run_ok(
        &sb,
        &[
            "wait",
            "--for=condition=complete",
            &format!("job/{name}"),
            "--timeout=120s",
        ],
    );
    let cj = wait_for("lastSuccessfulTime", DEADLINE, || {
        let cj = get_json(&sb, &["get", "cronjob", "tick"]);
        if cj["status"]["lastSuccessfulTime"].is_string() {
            Ok(cj)
        } else {
            Err(cj["status"].to_string())
        }
    });
    assert_eq!(cj["status"]["lastScheduleTime"], scheduled);
}

const CLAIM: &str = r#"apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: htdocs}
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 100Mi}}
---
apiVersion: v1
kind: Pod
metadata: {name: site}
spec:
  containers: [{name: nginx, image: nginx, volumeMounts: [{name: html, mountPath: /usr/share/nginx/html}]}]
  volumes: [{name: html, persistentVolumeClaim: {claimName: htdocs}}]
"#;

#[test]
fn claims_wait_for_a_consumer_bind_and_are_reclaimed() {
    let Some(sb) = Sandbox::start() else { return };
    // WaitForFirstConsumer: no pod, no volume.
    sb.ok(
        &["apply", "-f", "-"],
        Some(CLAIM.split("---").next().unwrap()),
    );
    wait_for("the waiting event", DEADLINE, || {
        let out = sb.ok(&["describe", "pvc", "htdocs"], None);
        if out.contains("waiting for first consumer to be created before binding") {
            Ok(())
        } else {
            Err(out)
        }
    });
    let pvc = get_json(&sb, &["get", "pvc", "htdocs"]);
    assert_eq!(pvc["status"]["phase"], "Pending");
    assert_eq!(pvc["spec"]["storageClassName"], "standard");
    assert!(items(&get_json(&sb, &["get", "pv"])).is_empty());

    sb.ok(&["apply", "-f", "-"], Some(CLAIM));
    let pvc = wait_for("the binding", DEADLINE, || {
        let pvc = get_json(&sb, &["get", "pvc", "htdocs"]);
        if pvc["status"]["phase"] == "Bound" {
            Ok(pvc)
        } else {
            Err(pvc.to_string())
        }
    });
    let pod = get_json(&sb, &["get", "pod", "site"]);
    assert_eq!(
        pvc["metadata"]["annotations"]["volume.kubernetes.io/selected-node"],
        pod["spec"]["nodeName"]
    );
    let pv_name = pvc["spec"]["volumeName"].as_str().unwrap().to_string();
    let pv = get_json(&sb, &["get", "pv", &pv_name]);
    assert_eq!(
        pv["spec"]["nodeAffinity"]["required"]["nodeSelectorTerms"][0]["matchExpressions"][0]["values"]
            [0],
        pod["spec"]["nodeName"]
    );
    assert_eq!(
        pv["metadata"]["annotations"]["pv.kubernetes.io/provisioned-by"],
        "rancher.io/local-path"
    );

    // pvc-protection holds the claim while the pod uses it; then claim and volume go.
    let out = run_ok(&sb, &["delete", "pvc", "htdocs", "--wait=false"]);
    assert_eq!(out, "persistentvolumeclaim \"htdocs\" deleted\n");
    let pvc = get_json(&sb, &["get", "pvc", "htdocs"]);
    assert!(pvc["metadata"]["deletionTimestamp"].is_string());
    assert_eq!(
        pvc["metadata"]["finalizers"],
        serde_json::json!(["kubernetes.io/pvc-protection"])
    );
    sb.ok(&["delete", "pod", "site", "--wait=false"], None);
    wait_for("claim and volume gone", DEADLINE, || {
        let claims = items(&get_json(&sb, &["get", "pvc"])).len();
        let volumes = items(&get_json(&sb, &["get", "pv"])).len();
        if claims == 0 && volumes == 0 {
            Ok(())
        } else {
            Err(format!("{claims} claims, {volumes} volumes"))
        }
    });
}

const INDEXED: &str = r#"apiVersion: batch/v1
kind: Job
metadata: {name: idx}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  ttlSecondsAfterFinished: 3
  template:
    spec:
      restartPolicy: Never
      containers: [{name: w, image: "busybox:1.36", command: [sh, -c, "echo $JOB_COMPLETION_INDEX"]}]
"#;

#[test]
fn indexed_job_completes_every_index_and_expires() {
    let Some(sb) = Sandbox::start() else { return };
    sb.ok(&["apply", "-f", "-"], Some(INDEXED));
    run_ok(
        &sb,
        &[
            "wait",
            "--for=condition=complete",
            "job/idx",
            "--timeout=120s",
        ],
    );
    let job = get_json(&sb, &["get", "job", "idx"]);
    assert_eq!(
        job["status"]["completedIndexes"], "0-2",
        "{}",
        job["status"]
    );
    assert_eq!(job["status"]["succeeded"], 3);
    let mut indexes: Vec<String> = pods(&sb, "job-name=idx")
        .iter()
        .map(|p| {
            let name = p["metadata"]["name"].as_str().unwrap();
            let i = p["metadata"]["annotations"]["batch.kubernetes.io/job-completion-index"]
                .as_str()
                .unwrap()
                .to_string();
            assert!(name.starts_with(&format!("idx-{i}-")), "{name}");
            assert_eq!(p["spec"]["hostname"], format!("idx-{i}"));
            i
        })
        .collect();
    indexes.sort();
    assert_eq!(indexes, ["0", "1", "2"]);
    // ttlSecondsAfterFinished: the job and its pods go.
    wait_for("the job to expire", DEADLINE, || {
        let jobs = items(&get_json(&sb, &["get", "jobs"])).len();
        let left = pods(&sb, "job-name=idx").len();
        if jobs == 0 && left == 0 {
            Ok(())
        } else {
            Err(format!("{jobs} jobs, {left} pods"))
        }
    });
}
