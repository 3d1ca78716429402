//! Table-driven tests for the printers: realistic objects → expected cells, with expectations read
//! off the Go printers (pkg/printers/internalversion/printers.go 1.32) and, where they exist, the
//! real-cluster outputs in shared/research/seeds-features.md.

use serde_json::{Value, json};

use super::{IncludeObject, table};

const NOW: &str = "2026-11-23T15:00:00Z";
/// 30 minutes before NOW: AGE `30m`.
const CREATED: &str = "2026-11-23T14:30:00Z";

fn now() -> jiff::Timestamp {
    NOW.parse().unwrap()
}

fn meta(name: &str) -> Value {
    json!({"name": name, "namespace": "default", "uid": "u-1", "resourceVersion": "7",
           "creationTimestamp": CREATED})
}

fn with_meta(name: &str, mut body: Value) -> Value {
    body["metadata"] = meta(name);
    body
}

fn cells(group: &str, resource: &str, obj: &Value) -> Vec<Value> {
    let t = table(
        group,
        resource,
        std::slice::from_ref(obj),
        IncludeObject::None,
        None,
        json!({}),
        now(),
    );
    t["rows"][0]["cells"].as_array().unwrap().clone()
}

fn column_names(group: &str, resource: &str) -> Vec<(String, i64)> {
    let t = table(
        group,
        resource,
        &[],
        IncludeObject::None,
        None,
        json!({}),
        now(),
    );
    t["columnDefinitions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_string(),
                c["priority"].as_i64().unwrap(),
            )
        })
        .collect()
}

/// Runs (object, expected cells) cases for one resource.
fn check(group: &str, resource: &str, cases: &[(Value, Value)]) {
    for (n, (obj, want)) in cases.iter().enumerate() {
        let got = Value::Array(cells(group, resource, obj));
        assert_eq!(&got, want, "{group}/{resource} case {n}: {obj}");
    }
}

fn container_status(name: &str, state: Value, ready: bool, restarts: i64) -> Value {
    json!({"name": name, "state": state, "ready": ready, "restartCount": restarts, "image": "x", "imageID": ""})
}

fn pod(spec: Value, status: Value) -> Value {
    with_meta("web-1", json!({"spec": spec, "status": status}))
}

fn one_container() -> Value {
    json!({"containers": [{"name": "app", "image": "nginx"}]})
}

#[test]
fn pod_columns() {
    let names: Vec<String> = column_names("", "pods").into_iter().map(|c| c.0).collect();
    assert_eq!(
        names,
        [
            "Name",
            "Ready",
            "Status",
            "Restarts",
            "Age",
            "IP",
            "Node",
            "Nominated Node",
            "Readiness Gates"
        ]
    );
    let wide: Vec<i64> = column_names("", "pods").into_iter().map(|c| c.1).collect();
    assert_eq!(wide, [0, 0, 0, 0, 0, 1, 1, 1, 1]);
}

#[test]
fn pods_in_many_states() {
    let running = json!({"running": {"startedAt": CREATED}});
    let mut spec_node = one_container();
    spec_node["nodeName"] = json!("node-1");
    let cases = vec![
        // Running and ready; podIP authoritative.
        (
            pod(
                spec_node.clone(),
                json!({"phase": "Running", "podIP": "10.244.0.12", "podIPs": [{"ip": "10.244.0.12"}],
                       "conditions": [{"type": "Ready", "status": "True"}],
                       "containerStatuses": [container_status("app", running.clone(), true, 0)]}),
            ),
            json!([
                "web-1",
                "1/1",
                "Running",
                "0",
                "30m",
                "10.244.0.12",
                "node-1",
                "<none>",
                "<none>"
            ]),
        ),
        // Pending, unscheduled: no statuses at all.
        (
            pod(one_container(), json!({"phase": "Pending"})),
            json!([
                "web-1", "0/1", "Pending", "0", "30m", "<none>", "<none>", "<none>", "<none>"
            ]),
        ),
        // Init:0/1 while the init container is still PodInitializing.
        (
            pod(
                json!({"initContainers": [{"name": "init", "image": "busybox"}],
                       "containers": [{"name": "app", "image": "nginx"}]}),
                json!({"phase": "Pending",
                       "initContainerStatuses": [container_status("init", json!({"waiting": {"reason": "PodInitializing"}}), false, 0)],
                       "containerStatuses": [container_status("app", json!({"waiting": {"reason": "PodInitializing"}}), false, 0)]}),
            ),
            json!([
                "web-1", "0/1", "Init:0/1", "0", "30m", "<none>", "<none>", "<none>", "<none>"
            ]),
        ),
        // Init:1/2: first init done (exit 0), second running.
        (
            pod(
                json!({"initContainers": [{"name": "a"}, {"name": "b"}], "containers": [{"name": "app"}]}),
                json!({"phase": "Pending", "initContainerStatuses": [
                    container_status("a", json!({"terminated": {"exitCode": 0, "reason": "Completed"}}), false, 0),
                    container_status("b", json!({"running": {}}), false, 0)]}),
            ),
            json!([
                "web-1", "0/1", "Init:1/2", "0", "30m", "<none>", "<none>", "<none>", "<none>"
            ]),
        ),
        // Init:CrashLoopBackOff with restarts and last restart 5 minutes ago.
        (
            pod(
                json!({"initContainers": [{"name": "init"}], "containers": [{"name": "app"}]}),
                json!({"phase": "Pending", "initContainerStatuses": [{
                    "name": "init", "ready": false, "restartCount": 3,
                    "state": {"waiting": {"reason": "CrashLoopBackOff"}},
                    "lastState": {"terminated": {"exitCode": 1, "reason": "Error",
                                                 "finishedAt": "2026-11-23T14:55:00Z"}}}]}),
            ),
            json!([
                "web-1",
                "0/1",
                "Init:CrashLoopBackOff",
                "3 (5m ago)",
                "30m",
                "<none>",
                "<none>",
                "<none>",
                "<none>"
            ]),
        ),
        // Init:Error / Init:ExitCode / Init:Signal.
        (
            pod(
                json!({"initContainers": [{"name": "init"}], "containers": [{"name": "app"}]}),
                json!({"phase": "Pending", "initContainerStatuses": [
                    container_status("init", json!({"terminated": {"exitCode": 1, "reason": "Error"}}), false, 0)]}),
            ),
            json!([
                "web-1",
                "0/1",
                "Init:Error",
                "0",
                "30m",
                "<none>",
                "<none>",
                "<none>",
                "<none>"
            ]),
        ),
        (
            pod(
                json!({"initContainers": [{"name": "init"}], "containers": [{"name": "app"}]}),
                json!({"phase": "Pending", "initContainerStatuses": [
                    container_status("init", json!({"terminated": {"exitCode": 2}}), false, 0)]}),
            ),
            json!([
                "web-1",
                "0/1",
                "Init:ExitCode:2",
                "0",
                "30m",
                "<none>",
                "<none>",
                "<none>",
                "<none>"
            ]),
        ),
        (
            pod(
                json!({"initContainers": [{"name": "init"}], "containers": [{"name": "app"}]}),
                json!({"phase": "Pending", "initContainerStatuses": [
                    container_status("init", json!({"terminated": {"exitCode": 137, "signal": 9}}), false, 0)]}),
            ),
            json!([
                "web-1",
                "0/1",
                "Init:Signal:9",
                "0",
                "30m",
                "<none>",
                "<none>",
                "<none>",
                "<none>"
            ]),
        ),
        // CrashLoopBackOff with 5 restarts, last one finished 2m30s ago.
        (
            pod(
                spec_node.clone(),
                json!({"phase": "Running", "podIP": "10.0.0.5", "containerStatuses": [{
                    "name": "app", "ready": false, "restartCount": 5,
                    "state": {"waiting": {"reason": "CrashLoopBackOff", "message": "back-off"}},
                    "lastState": {"terminated": {"exitCode": 1, "reason": "Error",
                                                 "finishedAt": "2026-11-23T14:57:30Z"}}}]}),
            ),
            json!([
                "web-1",
                "0/1",
                "CrashLoopBackOff",
                "5 (2m30s ago)",
                "30m",
                "10.0.0.5",
                "node-1",
                "<none>",
                "<none>"
            ]),
        ),
        // Restarts without a recorded termination time: just the number.
        (
            pod(
                one_container(),
                json!({"phase": "Running", "containerStatuses": [container_status("app", running.clone(), true, 2)]}),
            ),
            json!([
                "web-1", "1/1", "Running", "2", "30m", "<none>", "<none>", "<none>", "<none>"
            ]),
        ),
        // ImagePullBackOff.
        (
            pod(
                one_container(),
                json!({"phase": "Pending", "containerStatuses": [
                    container_status("app", json!({"waiting": {"reason": "ImagePullBackOff"}}), false, 0)]}),
            ),
            json!([
                "web-1",
                "0/1",
                "ImagePullBackOff",
                "0",
                "30m",
                "<none>",
                "<none>",
                "<none>",
                "<none>"
            ]),
        ),
        // Completed (Succeeded).
        (
            pod(
                one_container(),
                json!({"phase": "Succeeded", "containerStatuses": [
                    container_status("app", json!({"terminated": {"exitCode": 0, "reason": "Completed"}}), false, 0)]}),
            ),
            json!([
                "web-1",
                "0/1",
                "Completed",
                "0",
                "30m",
                "<none>",
                "<none>",
                "<none>",
                "<none>"
            ]),
        ),
        // Terminated without reason: ExitCode / Signal.
        (
            pod(
                one_container(),
                json!({"phase": "Failed", "containerStatuses": [
                    container_status("app", json!({"terminated": {"exitCode": 3}}), false, 0)]}),
            ),
            json!([
                "web-1",
                "0/1",
                "ExitCode:3",
                "0",
                "30m",
                "<none>",
                "<none>",
                "<none>",
                "<none>"
            ]),
        ),
        (
            pod(
                one_container(),
                json!({"phase": "Failed", "containerStatuses": [
                    container_status("app", json!({"terminated": {"exitCode": 0, "signal": 15}}), false, 0)]}),
            ),
            json!([
                "web-1",
                "0/1",
                "Signal:15",
                "0",
                "30m",
                "<none>",
                "<none>",
                "<none>",
                "<none>"
            ]),
        ),
        // Evicted: status.reason wins over the phase.
        (
            pod(
                one_container(),
                json!({"phase": "Failed", "reason": "Evicted"}),
            ),
            json!([
                "web-1", "0/1", "Evicted", "0", "30m", "<none>", "<none>", "<none>", "<none>"
            ]),
        ),
        // SchedulingGated.
        (
            pod(
                one_container(),
                json!({"phase": "Pending", "conditions": [
                    {"type": "PodScheduled", "status": "False", "reason": "SchedulingGated"}]}),
            ),
            json!([
                "web-1",
                "0/1",
                "SchedulingGated",
                "0",
                "30m",
                "<none>",
                "<none>",
                "<none>",
                "<none>"
            ]),
        ),
        // Readiness gates: 1 of 2 true; nominated node shown.
        (
            pod(
                json!({"containers": [{"name": "app"}],
                       "readinessGates": [{"conditionType": "example.com/a"}, {"conditionType": "example.com/b"}]}),
                json!({"phase": "Running", "nominatedNodeName": "node-9", "conditions": [
                    {"type": "example.com/a", "status": "True"}, {"type": "example.com/b", "status": "False"}],
                    "containerStatuses": [container_status("app", running.clone(), true, 0)]}),
            ),
            json!([
                "web-1", "1/1", "Running", "0", "30m", "<none>", "<none>", "node-9", "1/2"
            ]),
        ),
        // Sidecar (restartable init container) counts in READY and RESTARTS.
        (
            pod(
                json!({"initContainers": [{"name": "proxy", "restartPolicy": "Always"}],
                       "containers": [{"name": "app"}]}),
                json!({"phase": "Running", "conditions": [{"type": "Initialized", "status": "True"}],
                    "initContainerStatuses": [{"name": "proxy", "ready": true, "started": true, "restartCount": 1,
                        "state": {"running": {}},
                        "lastState": {"terminated": {"exitCode": 1, "finishedAt": "2026-11-23T14:40:00Z"}}}],
                    "containerStatuses": [container_status("app", running.clone(), true, 0)]}),
            ),
            json!([
                "web-1",
                "2/2",
                "Running",
                "1 (20m ago)",
                "30m",
                "<none>",
                "<none>",
                "<none>",
                "<none>"
            ]),
        ),
        // One container Completed, another still running: Running when the pod is Ready...
        (
            pod(
                json!({"containers": [{"name": "a"}, {"name": "b"}]}),
                json!({"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}],
                    "containerStatuses": [
                        container_status("a", running.clone(), true, 0),
                        container_status("b", json!({"terminated": {"exitCode": 0, "reason": "Completed"}}), false, 0)]}),
            ),
            json!([
                "web-1", "1/2", "Running", "0", "30m", "<none>", "<none>", "<none>", "<none>"
            ]),
        ),
        // ...and NotReady otherwise.
        (
            pod(
                json!({"containers": [{"name": "a"}, {"name": "b"}]}),
                json!({"phase": "Running", "containerStatuses": [
                        container_status("a", running.clone(), true, 0),
                        container_status("b", json!({"terminated": {"exitCode": 0, "reason": "Completed"}}), false, 0)]}),
            ),
            json!([
                "web-1", "1/2", "NotReady", "0", "30m", "<none>", "<none>", "<none>", "<none>"
            ]),
        ),
    ];
    check("", "pods", &cases);
}

#[test]
fn pods_terminating_and_unknown() {
    let mut p = pod(
        one_container(),
        json!({"phase": "Running", "containerStatuses": [container_status("app", json!({"running": {}}), true, 0)]}),
    );
    p["metadata"]["deletionTimestamp"] = json!("2026-11-23T14:59:00Z");
    assert_eq!(cells("", "pods", &p)[2], json!("Terminating"));
    p["status"]["reason"] = json!("NodeLost");
    assert_eq!(cells("", "pods", &p)[2], json!("Unknown"));
    // A terminal pod being deleted keeps its status.
    let mut done = pod(one_container(), json!({"phase": "Succeeded"}));
    done["metadata"]["deletionTimestamp"] = json!("2026-11-23T14:59:00Z");
    assert_eq!(cells("", "pods", &done)[2], json!("Succeeded"));
}

#[test]
fn completed_pod_rows_carry_conditions() {
    let p = pod(one_container(), json!({"phase": "Succeeded"}));
    let t = table(
        "",
        "pods",
        &[p],
        IncludeObject::None,
        None,
        json!({}),
        now(),
    );
    assert_eq!(
        t["rows"][0]["conditions"],
        json!([{"type": "Completed", "status": "True", "reason": "Succeeded",
                "message": "The pod has completed successfully."}])
    );
    let f = pod(one_container(), json!({"phase": "Failed"}));
    let t = table(
        "",
        "pods",
        &[f],
        IncludeObject::None,
        None,
        json!({}),
        now(),
    );
    assert_eq!(t["rows"][0]["conditions"][0]["message"], "The pod failed.");
    let r = pod(one_container(), json!({"phase": "Running"}));
    let t = table(
        "",
        "pods",
        &[r],
        IncludeObject::None,
        None,
        json!({}),
        now(),
    );
    assert!(t["rows"][0].get("conditions").is_none());
}

#[test]
fn services_of_each_type() {
    let svc =
        |spec: Value, status: Value| with_meta("web", json!({"spec": spec, "status": status}));
    let cases = vec![
        (
            svc(
                json!({"type": "ClusterIP", "clusterIP": "10.96.0.10", "clusterIPs": ["10.96.0.10"],
                       "ports": [{"port": 80, "protocol": "TCP", "targetPort": 8080}], "selector": {"app": "web"}}),
                json!({}),
            ),
            json!([
                "web",
                "ClusterIP",
                "10.96.0.10",
                "<none>",
                "80/TCP",
                "30m",
                "app=web"
            ]),
        ),
        (
            svc(
                json!({"type": "NodePort", "clusterIP": "10.96.1.1",
                       "ports": [{"port": 80, "nodePort": 30080, "protocol": "TCP"},
                                 {"port": 443, "nodePort": 30443, "protocol": "TCP"}],
                       "selector": {"app": "web", "tier": "fe"}}),
                json!({}),
            ),
            json!([
                "web",
                "NodePort",
                "10.96.1.1",
                "<none>",
                "80:30080/TCP,443:30443/TCP",
                "30m",
                "app=web,tier=fe"
            ]),
        ),
        // Seed 000: `sample-external-service   LoadBalancer   10.111.183.204   <pending>     80:32751/TCP`.
        (
            svc(
                json!({"type": "LoadBalancer", "clusterIP": "10.111.183.204",
                       "ports": [{"port": 80, "nodePort": 32751, "protocol": "TCP"}]}),
                json!({"loadBalancer": {}}),
            ),
            json!([
                "web",
                "LoadBalancer",
                "10.111.183.204",
                "<pending>",
                "80:32751/TCP",
                "30m",
                "<none>"
            ]),
        ),
        (
            svc(
                json!({"type": "LoadBalancer", "clusterIP": "10.111.183.204",
                       "ports": [{"port": 80, "nodePort": 32751, "protocol": "TCP"}]}),
                json!({"loadBalancer": {"ingress": [{"ip": "136.156.132.128"}]}}),
            ),
            json!([
                "web",
                "LoadBalancer",
                "10.111.183.204",
                "136.156.132.128",
                "80:32751/TCP",
                "30m",
                "<none>"
            ]),
        ),
        // LB addresses (sorted, hostnames when no IP, no 16-char clipping server-side) + externalIPs.
        (
            svc(
                json!({"type": "LoadBalancer", "clusterIP": "10.0.0.1", "externalIPs": ["1.2.3.4"],
                       "ports": [{"port": 53, "protocol": "UDP"}]}),
                json!({"loadBalancer": {"ingress": [{"hostname": "a-very-long-name.elb.example.com"}, {"ip": "9.9.9.9"}]}}),
            ),
            json!([
                "web",
                "LoadBalancer",
                "10.0.0.1",
                "9.9.9.9,a-very-long-name.elb.example.com,1.2.3.4",
                "53/UDP",
                "30m",
                "<none>"
            ]),
        ),
        (
            svc(
                json!({"type": "ExternalName", "externalName": "db.example.com"}),
                json!({}),
            ),
            json!([
                "web",
                "ExternalName",
                "<none>",
                "db.example.com",
                "<none>",
                "30m",
                "<none>"
            ]),
        ),
        // Headless, externalIPs on ClusterIP, protocol defaulted.
        (
            svc(
                json!({"clusterIP": "None", "externalIPs": ["5.6.7.8", "5.6.7.9"], "ports": [{"port": 5432}],
                       "selector": {"app": "db"}}),
                json!({}),
            ),
            json!([
                "web",
                "ClusterIP",
                "None",
                "5.6.7.8,5.6.7.9",
                "5432/TCP",
                "30m",
                "app=db"
            ]),
        ),
    ];
    check("", "services", &cases);
}

#[test]
fn nodes_with_roles() {
    let node = |labels: Value, conditions: Value, unschedulable: bool| {
        let mut n = with_meta(
            "node-1",
            json!({"spec": {"unschedulable": unschedulable}, "status": {
                "conditions": conditions,
                "addresses": [{"type": "InternalIP", "address": "192.168.1.10"}, {"type": "Hostname", "address": "node-1"}],
                "nodeInfo": {"kubeletVersion": "v1.32.5", "osImage": "Ubuntu 24.04.1 LTS",
                             "kernelVersion": "6.8.0-45-generic", "containerRuntimeVersion": "containerd://1.7.22"}}}),
        );
        n["metadata"]["labels"] = labels;
        n
    };
    let ready =
        json!([{"type": "MemoryPressure", "status": "False"}, {"type": "Ready", "status": "True"}]);
    let cases = vec![
        (
            node(
                json!({"node-role.kubernetes.io/control-plane": "", "kubernetes.io/hostname": "node-1"}),
                ready.clone(),
                false,
            ),
            json!([
                "node-1",
                "Ready",
                "control-plane",
                "30m",
                "v1.32.5",
                "192.168.1.10",
                "<none>",
                "Ubuntu 24.04.1 LTS",
                "6.8.0-45-generic",
                "containerd://1.7.22"
            ]),
        ),
        (
            node(
                json!({"node-role.kubernetes.io/worker": "", "kubernetes.io/role": "infra",
                        "node-role.kubernetes.io/": "x"}),
                ready.clone(),
                true,
            ),
            json!([
                "node-1",
                "Ready,SchedulingDisabled",
                "infra,worker",
                "30m",
                "v1.32.5",
                "192.168.1.10",
                "<none>",
                "Ubuntu 24.04.1 LTS",
                "6.8.0-45-generic",
                "containerd://1.7.22"
            ]),
        ),
        (
            node(
                json!({}),
                json!([{"type": "Ready", "status": "Unknown"}]),
                false,
            ),
            json!([
                "node-1",
                "NotReady",
                "<none>",
                "30m",
                "v1.32.5",
                "192.168.1.10",
                "<none>",
                "Ubuntu 24.04.1 LTS",
                "6.8.0-45-generic",
                "containerd://1.7.22"
            ]),
        ),
    ];
    check("", "nodes", &cases);
    let bare = with_meta(
        "n2",
        json!({"status": {"addresses": [{"type": "ExternalIP", "address": "3.3.3.3"}]}}),
    );
    assert_eq!(
        Value::Array(cells("", "nodes", &bare)),
        json!([
            "n2",
            "Unknown",
            "<none>",
            "30m",
            "",
            "<none>",
            "3.3.3.3",
            "<unknown>",
            "<unknown>",
            "<unknown>"
        ])
    );
}

#[test]
fn apps_kinds() {
    let template = json!({"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [
        {"name": "nginx", "image": "nginx:1.27"}, {"name": "sidecar", "image": "busybox"}]}});
    check(
        "apps",
        "deployments",
        &[
            (
                with_meta(
                    "web",
                    json!({"spec": {"replicas": 3, "selector": {"matchLabels": {"app": "web"}},
                    "template": template.clone()},
                    "status": {"replicas": 3, "readyReplicas": 2, "updatedReplicas": 3, "availableReplicas": 2}}),
                ),
                json!([
                    "web",
                    "2/3",
                    3,
                    2,
                    "30m",
                    "nginx,sidecar",
                    "nginx:1.27,busybox",
                    "app=web"
                ]),
            ),
            // Fresh deployment without status; empty selector prints "" (selector.String()).
            (
                with_meta(
                    "new",
                    json!({"spec": {"replicas": 1, "selector": {}, "template": template.clone()}}),
                ),
                json!([
                    "new",
                    "0/1",
                    0,
                    0,
                    "30m",
                    "nginx,sidecar",
                    "nginx:1.27,busybox",
                    ""
                ]),
            ),
        ],
    );
    check(
        "apps",
        "replicasets",
        &[(
            with_meta(
                "web-6d4cf56db6",
                json!({"spec": {"replicas": 2, "selector": {"matchLabels": {"app": "web", "pod-template-hash": "6d4cf56db6"}},
                "template": template.clone()}, "status": {"replicas": 2, "readyReplicas": 1}}),
            ),
            json!([
                "web-6d4cf56db6",
                2,
                2,
                1,
                "30m",
                "nginx,sidecar",
                "nginx:1.27,busybox",
                "app=web,pod-template-hash=6d4cf56db6"
            ]),
        )],
    );
    check(
        "apps",
        "daemonsets",
        &[(
            with_meta(
                "fluentd",
                json!({"spec": {"selector": {"matchLabels": {"name": "fluentd"}},
                "template": {"spec": {"nodeSelector": {"kubernetes.io/os": "linux"},
                    "containers": [{"name": "fluentd", "image": "fluentd:v1"}]}}},
                "status": {"desiredNumberScheduled": 3, "currentNumberScheduled": 3, "numberReady": 2,
                           "updatedNumberScheduled": 3, "numberAvailable": 2}}),
            ),
            json!([
                "fluentd",
                3,
                3,
                2,
                3,
                2,
                "kubernetes.io/os=linux",
                "30m",
                "fluentd",
                "fluentd:v1",
                "name=fluentd"
            ]),
        )],
    );
    check(
        "apps",
        "statefulsets",
        &[(
            with_meta(
                "db",
                json!({"spec": {"replicas": 3, "template": {"spec": {"containers": [{"name": "pg", "image": "postgres:16"}]}}},
                "status": {"readyReplicas": 1}}),
            ),
            json!(["db", "1/3", "30m", "pg", "postgres:16"]),
        )],
    );
    let mut rev = with_meta("db-7b9c", json!({"revision": 2, "data": {}}));
    rev["metadata"]["ownerReferences"] = json!([{"apiVersion": "apps/v1", "kind": "StatefulSet", "name": "db", "uid": "x", "controller": true}]);
    check(
        "apps",
        "controllerrevisions",
        &[
            (rev, json!(["db-7b9c", "statefulset.apps/db", 2, "30m"])),
            (
                with_meta("orphan", json!({"revision": 1})),
                json!(["orphan", "<none>", 1, "30m"]),
            ),
        ],
    );
}

#[test]
fn batch_kinds() {
    let tmpl = json!({"spec": {"containers": [{"name": "pi", "image": "perl"}]}});
    check(
        "batch",
        "jobs",
        &[
            (
                with_meta(
                    "pi",
                    json!({"spec": {"completions": 1, "parallelism": 1, "template": tmpl.clone(),
                    "selector": {"matchLabels": {"batch.kubernetes.io/controller-uid": "abc"}}},
                    "status": {"succeeded": 1, "startTime": "2026-11-23T14:30:00Z", "completionTime": "2026-11-23T14:30:42Z",
                               "conditions": [{"type": "SuccessCriteriaMet", "status": "True"}, {"type": "Complete", "status": "True"}]}}),
                ),
                json!([
                    "pi",
                    "Complete",
                    "1/1",
                    "42s",
                    "30m",
                    "pi",
                    "perl",
                    "batch.kubernetes.io/controller-uid=abc"
                ]),
            ),
            (
                with_meta(
                    "work",
                    json!({"spec": {"parallelism": 3, "template": tmpl.clone()},
                    "status": {"active": 3, "startTime": "2026-11-23T14:50:00Z"}}),
                ),
                json!([
                    "work", "Running", "0/1 of 3", "10m", "30m", "pi", "perl", "<none>"
                ]),
            ),
            (
                with_meta("dflt", json!({"spec": {"template": tmpl.clone()}})),
                json!(["dflt", "Running", "0/1", "", "30m", "pi", "perl", "<none>"]),
            ),
            (
                with_meta(
                    "susp",
                    json!({"spec": {"completions": 5, "suspend": true, "template": tmpl.clone()},
                    "status": {"succeeded": 2, "conditions": [{"type": "Suspended", "status": "True"}]}}),
                ),
                json!([
                    "susp",
                    "Suspended",
                    "2/5",
                    "",
                    "30m",
                    "pi",
                    "perl",
                    "<none>"
                ]),
            ),
            (
                with_meta(
                    "bad",
                    json!({"spec": {"completions": 1, "template": tmpl.clone()},
                    "status": {"failed": 6, "conditions": [{"type": "FailureTarget", "status": "True"}, {"type": "Failed", "status": "True"}]}}),
                ),
                json!(["bad", "Failed", "0/1", "", "30m", "pi", "perl", "<none>"]),
            ),
        ],
    );
    check(
        "batch",
        "cronjobs",
        &[
            (
                with_meta(
                    "hello",
                    json!({"spec": {"schedule": "*/1 * * * *", "jobTemplate": {"spec": {"template": tmpl.clone()}}},
                    "status": {"active": [{"name": "hello-1"}], "lastScheduleTime": "2026-11-23T14:59:00Z"}}),
                ),
                json!([
                    "hello",
                    "*/1 * * * *",
                    "<none>",
                    "False",
                    1,
                    "60s",
                    "30m",
                    "pi",
                    "perl",
                    "<none>"
                ]),
            ),
            (
                with_meta(
                    "tz",
                    json!({"spec": {"schedule": "0 3 * * *", "timeZone": "Etc/UTC", "suspend": true,
                    "jobTemplate": {"spec": {"template": tmpl.clone()}}}}),
                ),
                json!([
                    "tz",
                    "0 3 * * *",
                    "Etc/UTC",
                    "True",
                    0,
                    "<none>",
                    "30m",
                    "pi",
                    "perl",
                    "<none>"
                ]),
            ),
        ],
    );
}

#[test]
fn networking_kinds() {
    check(
        "networking.k8s.io",
        "ingresses",
        &[
            (
                with_meta(
                    "web",
                    json!({"spec": {"ingressClassName": "traefik", "rules": [{"host": "a.example.com"}, {"host": "b.example.com"}],
                    "tls": [{"hosts": ["a.example.com"]}]},
                    "status": {"loadBalancer": {"ingress": [{"ip": "10.0.0.2"}, {"ip": "10.0.0.1"}]}}}),
                ),
                json!([
                    "web",
                    "traefik",
                    "a.example.com,b.example.com",
                    "10.0.0.1,10.0.0.2",
                    "80, 443",
                    "30m"
                ]),
            ),
            (
                with_meta(
                    "any",
                    json!({"spec": {"defaultBackend": {"service": {"name": "x", "port": {"number": 80}}}}}),
                ),
                json!(["any", "<none>", "*", "", "80", "30m"]),
            ),
            (
                with_meta(
                    "many",
                    json!({"spec": {"rules": [{"host": "a"}, {}, {"host": "c"}, {"host": "d"}, {"host": "e"}]}}),
                ),
                json!(["many", "<none>", "a,c,d + 2 more...", "", "80", "30m"]),
            ),
        ],
    );
    check(
        "networking.k8s.io",
        "ingressclasses",
        &[
            (
                with_meta(
                    "nginx",
                    json!({"spec": {"controller": "k8s.io/ingress-nginx",
                    "parameters": {"apiGroup": "k8s.example.com", "kind": "IngressParameters", "name": "external-lb"}}}),
                ),
                json!([
                    "nginx",
                    "k8s.io/ingress-nginx",
                    "IngressParameters.k8s.example.com/external-lb",
                    "30m"
                ]),
            ),
            (
                with_meta(
                    "plain",
                    json!({"spec": {"controller": "traefik.io/ingress-controller"}}),
                ),
                json!(["plain", "traefik.io/ingress-controller", "<none>", "30m"]),
            ),
        ],
    );
    check(
        "networking.k8s.io",
        "networkpolicies",
        &[
            (
                with_meta("deny-all", json!({"spec": {"podSelector": {}}})),
                json!(["deny-all", "<none>", "30m"]),
            ),
            (
                with_meta(
                    "allow",
                    json!({"spec": {"podSelector": {"matchLabels": {"app": "db"}}}}),
                ),
                json!(["allow", "app=db", "30m"]),
            ),
        ],
    );
    check(
        "discovery.k8s.io",
        "endpointslices",
        &[
            (
                with_meta(
                    "web-abcde",
                    json!({"addressType": "IPv4",
                    "ports": [{"name": "http", "port": 80, "protocol": "TCP"}],
                    "endpoints": [{"addresses": ["10.1.0.1"]}, {"addresses": ["10.1.0.2"]}, {"addresses": ["10.1.0.3"]},
                                  {"addresses": ["10.1.0.4"]}, {"addresses": ["10.1.0.5"]}]}),
                ),
                json!([
                    "web-abcde",
                    "IPv4",
                    "80",
                    "10.1.0.1,10.1.0.2,10.1.0.3 + 2 more...",
                    "30m"
                ]),
            ),
            (
                with_meta(
                    "empty",
                    json!({"addressType": "IPv6", "ports": [{"name": "dns"}, {}]}),
                ),
                json!(["empty", "IPv6", "dns,*", "<unset>", "30m"]),
            ),
        ],
    );
}

#[test]
fn core_simple_kinds() {
    check(
        "",
        "namespaces",
        &[
            (
                with_meta("default", json!({"status": {"phase": "Active"}})),
                json!(["default", "Active", "30m"]),
            ),
            (
                with_meta("old", json!({"status": {"phase": "Terminating"}})),
                json!(["old", "Terminating", "30m"]),
            ),
        ],
    );
    check(
        "",
        "configmaps",
        &[
            (
                with_meta("kube-root-ca.crt", json!({"data": {"ca.crt": "x"}})),
                json!(["kube-root-ca.crt", 1, "30m"]),
            ),
            (
                with_meta(
                    "both",
                    json!({"data": {"a": "1", "b": "2"}, "binaryData": {"c": "AA=="}}),
                ),
                json!(["both", 3, "30m"]),
            ),
            (with_meta("empty", json!({})), json!(["empty", 0, "30m"])),
        ],
    );
    check(
        "",
        "secrets",
        &[
            (
                with_meta(
                    "tls",
                    json!({"type": "kubernetes.io/tls", "data": {"tls.crt": "", "tls.key": ""}}),
                ),
                json!(["tls", "kubernetes.io/tls", 2, "30m"]),
            ),
            (
                with_meta("plain", json!({"data": {"a": "YQ=="}})),
                json!(["plain", "Opaque", 1, "30m"]),
            ),
        ],
    );
    check(
        "",
        "serviceaccounts",
        &[
            (
                with_meta("default", json!({})),
                json!(["default", 0, "30m"]),
            ),
            (
                with_meta("builder", json!({"secrets": [{"name": "builder-token"}]})),
                json!(["builder", 1, "30m"]),
            ),
        ],
    );
    check(
        "",
        "endpoints",
        &[
            (
                with_meta(
                    "web",
                    json!({"subsets": [{"addresses": [{"ip": "10.1.0.1"}, {"ip": "10.1.0.2"}],
                    "ports": [{"name": "http", "port": 80}, {"name": "https", "port": 443}]}]}),
                ),
                json!([
                    "web",
                    "10.1.0.1:80,10.1.0.2:80,10.1.0.1:443 + 1 more...",
                    "30m"
                ]),
            ),
            (
                with_meta(
                    "headless",
                    json!({"subsets": [{"addresses": [{"ip": "fd00::1"}]}]}),
                ),
                json!(["headless", "fd00::1", "30m"]),
            ),
            (
                with_meta(
                    "v6",
                    json!({"subsets": [{"addresses": [{"ip": "fd00::1"}], "ports": [{"port": 53}]}]}),
                ),
                json!(["v6", "[fd00::1]:53", "30m"]),
            ),
            (
                with_meta("none", json!({})),
                json!(["none", "<none>", "30m"]),
            ),
        ],
    );
    check(
        "",
        "replicationcontrollers",
        &[(
            with_meta(
                "rc",
                json!({"spec": {"replicas": 2, "selector": {"app": "rc"},
                "template": {"spec": {"containers": [{"name": "c", "image": "i"}]}}},
                "status": {"replicas": 2, "readyReplicas": 2}}),
            ),
            json!(["rc", 2, 2, 2, "30m", "c", "i", "app=rc"]),
        )],
    );
    check(
        "",
        "resourcequotas",
        &[(
            with_meta(
                "quota",
                json!({"status": {
                "hard": {"requests.cpu": "1", "requests.memory": "1Gi", "limits.cpu": "2", "limits.memory": "2048Mi", "pods": "10"},
                "used": {"requests.cpu": "500m", "requests.memory": "512Mi", "limits.cpu": "0", "pods": "3"}}}),
            ),
            json!([
                "quota",
                "pods: 3/10, requests.cpu: 500m/1, requests.memory: 512Mi/1Gi",
                "limits.cpu: 0/2, limits.memory: 0/2Gi",
                "30m"
            ]),
        )],
    );
}

#[test]
fn events_core_and_events_k8s_io() {
    let core = with_meta(
        "web-1.17f",
        json!({"involvedObject": {"kind": "Pod", "name": "web-1", "namespace": "default",
                                  "fieldPath": "spec.containers{app}"},
               "reason": "Pulled", "message": "Successfully pulled image \"nginx\"\n", "type": "Normal",
               "source": {"component": "kubelet", "host": "node-1"},
               "firstTimestamp": "2026-11-23T14:50:00Z", "lastTimestamp": "2026-11-23T14:58:00Z", "count": 4}),
    );
    check(
        "",
        "events",
        &[(
            core,
            json!([
                "2m",
                "Normal",
                "Pulled",
                "pod/web-1",
                "spec.containers{app}",
                "kubelet, node-1",
                "Successfully pulled image \"nginx\"",
                "10m",
                4,
                "web-1.17f"
            ]),
        )],
    );
    // New-style event: no first/last timestamps, eventTime + series, reportingController.
    let new_style = with_meta(
        "web.18a",
        json!({"involvedObject": {"kind": "Deployment", "name": "web"}, "reason": "ScalingReplicaSet",
               "message": "Scaled up", "type": "Normal", "source": {},
               "eventTime": "2026-11-23T14:40:00.000000Z", "reportingController": "deployment-controller",
               "series": {"count": 7, "lastObservedTime": "2026-11-23T14:59:30.000000Z"}}),
    );
    check(
        "",
        "events",
        &[(
            new_style,
            json!([
                "30s",
                "Normal",
                "ScalingReplicaSet",
                "deployment/web",
                "",
                "deployment-controller",
                "Scaled up",
                "20m",
                7,
                "web.18a"
            ]),
        )],
    );
    let ek = with_meta(
        "ek",
        json!({"regarding": {"kind": "Node", "name": "node-1"}, "reason": "Starting", "note": "Starting kubelet.",
               "type": "Normal", "eventTime": null, "reportingController": "kubelet", "reportingInstance": "node-1",
               "deprecatedFirstTimestamp": "2026-11-23T14:00:00Z", "deprecatedLastTimestamp": "2026-11-23T14:00:00Z",
               "deprecatedCount": 1}),
    );
    check(
        "events.k8s.io",
        "events",
        &[(
            ek,
            json!([
                "60m",
                "Normal",
                "Starting",
                "node/node-1",
                "",
                "kubelet, node-1",
                "Starting kubelet.",
                "60m",
                1,
                "ek"
            ]),
        )],
    );
}

#[test]
fn volumes() {
    let mut pv = with_meta(
        "pvc-123",
        json!({"spec": {"capacity": {"storage": "1024Mi"}, "accessModes": ["ReadWriteOnce", "ReadWriteOncePod"],
                        "persistentVolumeReclaimPolicy": "Delete", "storageClassName": "standard",
                        "claimRef": {"namespace": "default", "name": "data"}, "volumeMode": "Filesystem"},
               "status": {"phase": "Bound"}}),
    );
    check(
        "",
        "persistentvolumes",
        &[(
            pv.clone(),
            json!([
                "pvc-123",
                "1Gi",
                "RWO,RWOP",
                "Delete",
                "Bound",
                "default/data",
                "standard",
                "<unset>",
                "",
                "30m",
                "Filesystem"
            ]),
        )],
    );
    pv["metadata"]["deletionTimestamp"] = json!(CREATED);
    pv["metadata"]["annotations"] = json!({"volume.beta.kubernetes.io/storage-class": "legacy"});
    pv["status"]["reason"] = json!("Failed");
    assert_eq!(
        Value::Array(cells("", "persistentvolumes", &pv)),
        json!([
            "pvc-123",
            "1Gi",
            "RWO,RWOP",
            "Delete",
            "Terminating",
            "default/data",
            "legacy",
            "<unset>",
            "Failed",
            "30m",
            "Filesystem"
        ])
    );
    check(
        "",
        "persistentvolumeclaims",
        &[
            (
                with_meta(
                    "data",
                    json!({"spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}},
                    "storageClassName": "standard", "volumeName": "pvc-123", "volumeMode": "Filesystem"},
                    "status": {"phase": "Bound", "accessModes": ["ReadWriteOnce"], "capacity": {"storage": "1Gi"}}}),
                ),
                json!([
                    "data",
                    "Bound",
                    "pvc-123",
                    "1Gi",
                    "RWO",
                    "standard",
                    "<unset>",
                    "30m",
                    "Filesystem"
                ]),
            ),
            (
                with_meta(
                    "waiting",
                    json!({"spec": {"accessModes": ["ReadWriteMany"], "resources": {"requests": {"storage": "5Gi"}},
                    "volumeAttributesClassName": "gold", "volumeMode": "Block"}, "status": {"phase": "Pending"}}),
                ),
                json!(["waiting", "Pending", "", "", "", "", "gold", "30m", "Block"]),
            ),
        ],
    );
    check(
        "storage.k8s.io",
        "storageclasses",
        &[
            (
                {
                    let mut sc = with_meta(
                        "standard",
                        json!({"provisioner": "rancher.io/local-path",
                        "reclaimPolicy": "Delete", "volumeBindingMode": "WaitForFirstConsumer"}),
                    );
                    sc["metadata"]["annotations"] =
                        json!({"storageclass.kubernetes.io/is-default-class": "true"});
                    sc
                },
                json!([
                    "standard (default)",
                    "rancher.io/local-path",
                    "Delete",
                    "WaitForFirstConsumer",
                    false,
                    "30m"
                ]),
            ),
            (
                with_meta(
                    "fast",
                    json!({"provisioner": "ebs.csi.aws.com", "allowVolumeExpansion": true}),
                ),
                json!([
                    "fast",
                    "ebs.csi.aws.com",
                    "Delete",
                    "Immediate",
                    true,
                    "30m"
                ]),
            ),
        ],
    );
}

#[test]
fn rbac_bindings() {
    let rb = with_meta(
        "read-pods",
        json!({"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "pod-reader"},
               "subjects": [{"kind": "User", "name": "jane"}, {"kind": "User", "name": "bob"},
                            {"kind": "Group", "name": "devs"},
                            {"kind": "ServiceAccount", "name": "ci", "namespace": "build"}]}),
    );
    check(
        "rbac.authorization.k8s.io",
        "rolebindings",
        &[(
            rb,
            json!([
                "read-pods",
                "Role/pod-reader",
                "30m",
                "jane, bob",
                "devs",
                "build/ci"
            ]),
        )],
    );
    let crb = with_meta(
        "admins",
        json!({"roleRef": {"kind": "ClusterRole", "name": "cluster-admin"},
        "subjects": [{"kind": "Group", "name": "system:masters"}]}),
    );
    check(
        "rbac.authorization.k8s.io",
        "clusterrolebindings",
        &[(
            crb,
            json!([
                "admins",
                "ClusterRole/cluster-admin",
                "30m",
                "",
                "system:masters",
                ""
            ]),
        )],
    );
}

#[test]
fn misc_kinds() {
    let hpa = |metrics: Value, current: Value| {
        with_meta(
            "web",
            json!({"spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"},
            "minReplicas": 1, "maxReplicas": 10, "metrics": metrics},
            "status": {"currentReplicas": 2, "currentMetrics": current}}),
        )
    };
    let cpu = json!({"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 80}}});
    let mem = json!({"type": "Resource", "resource": {"name": "memory", "target": {"type": "AverageValue", "averageValue": "1024Mi"}}});
    let pods = json!({"type": "Pods", "pods": {"metric": {"name": "qps"}, "target": {"type": "AverageValue", "averageValue": "1k"}}});
    check(
        "autoscaling",
        "horizontalpodautoscalers",
        &[
            (
                hpa(
                    json!([cpu]),
                    json!([{"type": "Resource", "resource": {"name": "cpu", "current": {"averageUtilization": 50, "averageValue": "250m"}}}]),
                ),
                json!(["web", "Deployment/web", "cpu: 50%/80%", "1", 10, 2, "30m"]),
            ),
            (
                hpa(json!([cpu]), json!(null)),
                json!([
                    "web",
                    "Deployment/web",
                    "cpu: <unknown>/80%",
                    "1",
                    10,
                    2,
                    "30m"
                ]),
            ),
            (
                hpa(json!([cpu, mem, pods]), json!([])),
                json!([
                    "web",
                    "Deployment/web",
                    "cpu: <unknown>/80%, memory: <unknown>/1Gi + 1 more...",
                    "1",
                    10,
                    2,
                    "30m"
                ]),
            ),
            (
                hpa(json!([]), json!([])),
                json!(["web", "Deployment/web", "<none>", "1", 10, 2, "30m"]),
            ),
        ],
    );
    // autoscaling/v1 shape.
    let v1 = with_meta(
        "old",
        json!({"spec": {"scaleTargetRef": {"kind": "Deployment", "name": "old"}, "maxReplicas": 3,
        "targetCPUUtilizationPercentage": 70}, "status": {"currentReplicas": 1, "currentCPUUtilizationPercentage": 12}}),
    );
    assert_eq!(
        Value::Array(cells("autoscaling", "horizontalpodautoscalers", &v1)),
        json!([
            "old",
            "Deployment/old",
            "cpu: 12%/70%",
            "<unset>",
            3,
            1,
            "30m"
        ])
    );
    check(
        "policy",
        "poddisruptionbudgets",
        &[
            (
                with_meta(
                    "pdb",
                    json!({"spec": {"minAvailable": 2}, "status": {"disruptionsAllowed": 1}}),
                ),
                json!(["pdb", "2", "N/A", 1, "30m"]),
            ),
            (
                with_meta("pct", json!({"spec": {"maxUnavailable": "25%"}})),
                json!(["pct", "N/A", "25%", 0, "30m"]),
            ),
        ],
    );
    check(
        "coordination.k8s.io",
        "leases",
        &[
            (
                with_meta(
                    "node-1",
                    json!({"spec": {"holderIdentity": "node-1", "leaseDurationSeconds": 40}}),
                ),
                json!(["node-1", "node-1", "30m"]),
            ),
            (
                with_meta("free", json!({"spec": {}})),
                json!(["free", "", "30m"]),
            ),
        ],
    );
    check(
        "scheduling.k8s.io",
        "priorityclasses",
        &[
            (
                with_meta(
                    "system-node-critical",
                    json!({"value": 2000001000, "preemptionPolicy": "PreemptLowerPriority"}),
                ),
                json!([
                    "system-node-critical",
                    2000001000,
                    false,
                    "30m",
                    "PreemptLowerPriority"
                ]),
            ),
            (
                with_meta(
                    "high",
                    json!({"value": 1000, "globalDefault": true, "preemptionPolicy": "Never"}),
                ),
                json!(["high", 1000, true, "30m", "Never"]),
            ),
        ],
    );
}

#[test]
fn default_convertor_kinds() {
    for (group, resource) in [
        ("rbac.authorization.k8s.io", "roles"),
        ("rbac.authorization.k8s.io", "clusterroles"),
        ("", "limitranges"),
        ("apiextensions.k8s.io", "customresourcedefinitions"),
    ] {
        let obj = with_meta("x", json!({}));
        assert_eq!(
            Value::Array(cells(group, resource, &obj)),
            json!(["x", "2026-11-23T14:30:00Z"]),
            "{resource}"
        );
        let cols = column_names(group, resource);
        assert_eq!(
            cols,
            vec![("Name".to_string(), 0), ("Created At".to_string(), 0)]
        );
    }
    let t = table(
        "",
        "limitranges",
        &[],
        IncludeObject::Metadata,
        None,
        json!({"resourceVersion": "5"}),
        now(),
    );
    assert_eq!(t["rows"], Value::Null);
    assert_eq!(t["columnDefinitions"][1]["type"], "date");
    let no_ts = json!({"metadata": {"name": "y"}});
    assert_eq!(
        Value::Array(cells("", "limitranges", &no_ts)),
        json!(["y", "0001-01-01T00:00:00Z"])
    );
}

#[test]
fn table_envelope_and_include_object() {
    let p = pod(one_container(), json!({"phase": "Running"}));
    let t = table(
        "",
        "pods",
        std::slice::from_ref(&p),
        IncludeObject::Metadata,
        None,
        json!({"resourceVersion": "1042", "continue": "", "selfLink": "/x"}),
        now(),
    );
    assert_eq!(t["kind"], "Table");
    assert_eq!(t["apiVersion"], "meta.k8s.io/v1");
    assert_eq!(t["metadata"], json!({"resourceVersion": "1042"}));
    assert_eq!(
        t["columnDefinitions"][0],
        json!({"name": "Name", "type": "string", "format": "name", "priority": 0,
               "description": super::descriptions::NAME})
    );
    assert_eq!(
        t["rows"][0]["object"],
        json!({"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1", "metadata": meta("web-1")})
    );

    let t = table(
        "",
        "pods",
        std::slice::from_ref(&p),
        IncludeObject::Object,
        None,
        json!({}),
        now(),
    );
    let mut full = p.clone();
    full["apiVersion"] = json!("v1");
    full["kind"] = json!("Pod");
    assert_eq!(t["rows"][0]["object"], full);
    assert_eq!(t["metadata"], json!({}));

    let t = table(
        "",
        "pods",
        std::slice::from_ref(&p),
        IncludeObject::None,
        None,
        json!({}),
        now(),
    );
    assert_eq!(t["rows"][0]["object"], Value::Null);
    assert!(t["rows"][0].as_object().unwrap().contains_key("object"));

    let empty = table(
        "",
        "pods",
        &[],
        IncludeObject::Metadata,
        None,
        json!({"resourceVersion": "9", "remainingItemCount": 3, "continue": "tok"}),
        now(),
    );
    assert_eq!(empty["rows"], json!([]));
    assert_eq!(
        empty["metadata"],
        json!({"resourceVersion": "9", "continue": "tok", "remainingItemCount": 3})
    );

    assert_eq!(IncludeObject::from_query(""), Ok(IncludeObject::Metadata));
    assert_eq!(
        IncludeObject::from_query("Object"),
        Ok(IncludeObject::Object)
    );
    assert_eq!(IncludeObject::from_query("None"), Ok(IncludeObject::None));
    assert!(IncludeObject::from_query("all").is_err());
}

#[test]
fn custom_resources_through_table() {
    let crd = json!({"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
        "metadata": {"name": "crontabs.stable.example.com"},
        "spec": {"group": "stable.example.com", "names": {"plural": "crontabs", "kind": "CronTab"},
                 "versions": [
                    {"name": "v1beta1", "served": true, "storage": false, "additionalPrinterColumns": [
                        {"name": "Old", "type": "string", "jsonPath": ".spec.old"}]},
                    {"name": "v1", "served": true, "storage": true, "additionalPrinterColumns": [
                        {"name": "Spec", "type": "string", "jsonPath": ".spec.cronSpec"},
                        {"name": "Image", "type": "string", "priority": 1, "jsonPath": ".spec.image"},
                        {"name": "Age", "type": "date", "jsonPath": ".metadata.creationTimestamp"}]}]}});
    let obj = json!({"apiVersion": "stable.example.com/v1", "kind": "CronTab", "metadata": meta("my-new-cron-object"),
        "spec": {"cronSpec": "* * * * */5", "image": "my-awesome-cron-image"}});
    let t = table(
        "stable.example.com",
        "crontabs",
        std::slice::from_ref(&obj),
        IncludeObject::Metadata,
        Some(&crd),
        json!({"resourceVersion": "3"}),
        now(),
    );
    let names: Vec<&str> = t["columnDefinitions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Name", "Spec", "Image", "Age"]);
    assert_eq!(t["columnDefinitions"][2]["priority"], 1);
    assert_eq!(
        t["rows"][0]["cells"],
        json!([
            "my-new-cron-object",
            "* * * * */5",
            "my-awesome-cron-image",
            "30m"
        ])
    );
    // An empty list of a CRD falls back to the storage version's columns and encodes `rows: []`.
    let t = table(
        "stable.example.com",
        "crontabs",
        &[],
        IncludeObject::Metadata,
        Some(&crd),
        json!({}),
        now(),
    );
    assert_eq!(t["columnDefinitions"].as_array().unwrap().len(), 4);
    assert_eq!(t["rows"], json!([]));
    // Objects of the older version use that version's columns.
    let old = json!({"apiVersion": "stable.example.com/v1beta1", "metadata": meta("o"), "spec": {"old": "yes"}});
    let t = table(
        "stable.example.com",
        "crontabs",
        &[old],
        IncludeObject::None,
        Some(&crd),
        json!({}),
        now(),
    );
    assert_eq!(t["rows"][0]["cells"], json!(["o", "yes"]));
}

#[test]
fn every_builtin_row_matches_its_columns() {
    let objects = [with_meta("x", json!({})), json!({})];
    let kinds = [
        ("", "pods"),
        ("", "podtemplates"),
        ("", "services"),
        ("", "endpoints"),
        ("", "namespaces"),
        ("", "nodes"),
        ("", "configmaps"),
        ("", "secrets"),
        ("", "serviceaccounts"),
        ("", "events"),
        ("events.k8s.io", "events"),
        ("", "persistentvolumes"),
        ("", "persistentvolumeclaims"),
        ("", "resourcequotas"),
        ("", "replicationcontrollers"),
        ("", "componentstatuses"),
        ("apps", "deployments"),
        ("apps", "replicasets"),
        ("apps", "daemonsets"),
        ("apps", "statefulsets"),
        ("apps", "controllerrevisions"),
        ("batch", "jobs"),
        ("batch", "cronjobs"),
        ("networking.k8s.io", "ingresses"),
        ("networking.k8s.io", "ingressclasses"),
        ("networking.k8s.io", "networkpolicies"),
        ("discovery.k8s.io", "endpointslices"),
        ("networking.k8s.io", "servicecidrs"),
        ("rbac.authorization.k8s.io", "rolebindings"),
        ("rbac.authorization.k8s.io", "clusterrolebindings"),
        ("storage.k8s.io", "storageclasses"),
        ("storage.k8s.io", "csidrivers"),
        ("storage.k8s.io", "csinodes"),
        ("storage.k8s.io", "volumeattachments"),
        ("autoscaling", "horizontalpodautoscalers"),
        ("policy", "poddisruptionbudgets"),
        ("coordination.k8s.io", "leases"),
        ("scheduling.k8s.io", "priorityclasses"),
        ("node.k8s.io", "runtimeclasses"),
        (
            "admissionregistration.k8s.io",
            "mutatingwebhookconfigurations",
        ),
        (
            "admissionregistration.k8s.io",
            "validatingwebhookconfigurations",
        ),
        ("certificates.k8s.io", "certificatesigningrequests"),
        (
            "admissionregistration.k8s.io",
            "validatingadmissionpolicies",
        ),
        (
            "admissionregistration.k8s.io",
            "validatingadmissionpolicybindings",
        ),
        ("flowcontrol.apiserver.k8s.io", "flowschemas"),
        (
            "flowcontrol.apiserver.k8s.io",
            "prioritylevelconfigurations",
        ),
        ("storage.k8s.io", "volumeattributesclasses"),
        ("apiregistration.k8s.io", "apiservices"),
    ];
    for (g, r) in kinds {
        assert!(super::has_builtin_printer(g, r), "{g}/{r}");
        let ncols = column_names(g, r).len();
        for o in &objects {
            // Even an empty object must not panic and must give one cell per column.
            assert_eq!(cells(g, r, o).len(), ncols, "{g}/{r}");
        }
    }
}

#[test]
fn apiservices_and_watch_tables() {
    let local = with_meta(
        "v1.apps",
        json!({"spec": {"group": "apps", "version": "v1"},
        "status": {"conditions": [{"type": "Available", "status": "True", "reason": "Local"}]}}),
    );
    let remote = with_meta(
        "v1beta1.metrics.k8s.io",
        json!({"spec": {"service": {"namespace": "kube-system", "name": "metrics-server"}},
        "status": {"conditions": [{"type": "Available", "status": "False", "reason": "MissingEndpoints"}]}}),
    );
    let fresh = with_meta("v1.x", json!({"spec": {}}));
    check(
        "apiregistration.k8s.io",
        "apiservices",
        &[
            (local, json!(["v1.apps", "Local", "True", "30m"])),
            (
                remote,
                json!([
                    "v1beta1.metrics.k8s.io",
                    "kube-system/metrics-server",
                    "False (MissingEndpoints)",
                    "30m"
                ]),
            ),
            (fresh, json!(["v1.x", "Local", "Unknown", "30m"])),
        ],
    );
    let t = super::without_headers(table(
        "",
        "pods",
        &[],
        IncludeObject::Metadata,
        None,
        json!({}),
        now(),
    ));
    assert_eq!(t["columnDefinitions"], Value::Null);
}

#[test]
fn hpa_nil_quantities() {
    let o = with_meta(
        "h",
        json!({"spec": {"scaleTargetRef": {"kind": "Deployment", "name": "d"}, "maxReplicas": 2,
        "metrics": [{"type": "Pods", "pods": {"metric": {"name": "qps"}, "target": {"type": "AverageValue", "averageValue": "100"}}},
                    {"type": "External", "external": {"metric": {"name": "q"}, "target": {"type": "Value", "value": "2k"}}}]},
        "status": {"currentReplicas": 1, "currentMetrics": [{"type": "Pods", "pods": {"metric": {"name": "qps"}, "current": {}}},
                                                           {"type": "External", "external": {"metric": {"name": "q"}, "current": {"value": "1500"}}}]}}),
    );
    assert_eq!(
        cells("autoscaling", "horizontalpodautoscalers", &o)[2],
        json!("<nil>/100, 1500/2k")
    );
}

#[test]
fn single_get_takes_the_object_resource_version() {
    let p = pod(one_container(), json!({"phase": "Running"}));
    let t = table(
        "",
        "pods",
        std::slice::from_ref(&p),
        IncludeObject::Metadata,
        None,
        Value::Null,
        now(),
    );
    assert_eq!(t["metadata"], json!({"resourceVersion": "7"}));
    assert_eq!(t["rows"].as_array().unwrap().len(), 1);
}

#[test]
fn flowcontrol_and_admission() {
    let fs = |n: &str, prec: i64| {
        with_meta(
            n,
            json!({"spec": {"priorityLevelConfiguration": {"name": "workload-low"},
        "matchingPrecedence": prec, "distinguisherMethod": {"type": "ByUser"}},
        "status": {"conditions": [{"type": "Dangling", "status": "False"}]}}),
        )
    };
    let objs = [fs("b", 9000), fs("a", 9000), fs("exempt", 1)];
    let t = table(
        "flowcontrol.apiserver.k8s.io",
        "flowschemas",
        &objs,
        IncludeObject::Metadata,
        None,
        json!({}),
        now(),
    );
    let names: Vec<&str> = t["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["cells"][0].as_str().unwrap())
        .collect();
    assert_eq!(names, ["exempt", "a", "b"]);
    assert_eq!(t["rows"][0]["object"]["metadata"]["name"], "exempt");
    assert_eq!(
        t["rows"][1]["cells"],
        json!(["a", "workload-low", 9000, "ByUser", "30m", "False"])
    );
    check(
        "flowcontrol.apiserver.k8s.io",
        "prioritylevelconfigurations",
        &[
            (
                with_meta("exempt", json!({"spec": {"type": "Exempt", "exempt": {}}})),
                json!([
                    "exempt", "Exempt", "<none>", "<none>", "<none>", "<none>", "30m"
                ]),
            ),
            (
                with_meta(
                    "global-default",
                    json!({"spec": {"type": "Limited", "limited": {"nominalConcurrencyShares": 20,
                "limitResponse": {"type": "Queue", "queuing": {"queues": 128, "handSize": 6, "queueLengthLimit": 50}}}}}),
                ),
                json!(["global-default", "Limited", 20, 128, 6, 50, "30m"]),
            ),
        ],
    );
    check(
        "admissionregistration.k8s.io",
        "validatingadmissionpolicies",
        &[(
            with_meta(
                "p",
                json!({"spec": {"validations": [{"expression": "true"}],
            "paramKind": {"apiVersion": "v1", "kind": "ConfigMap"}}}),
            ),
            json!(["p", 1, "v1/ConfigMap", "30m"]),
        )],
    );
    check(
        "admissionregistration.k8s.io",
        "validatingadmissionpolicybindings",
        &[
            (
                with_meta(
                    "b",
                    json!({"spec": {"policyName": "p", "paramRef": {"name": "cfg"}}}),
                ),
                json!(["b", "p", "*/cfg", "30m"]),
            ),
            (
                with_meta("c", json!({"spec": {"policyName": "p"}})),
                json!(["c", "p", "<unset>", "30m"]),
            ),
        ],
    );
}
