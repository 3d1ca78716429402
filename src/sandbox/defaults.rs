//! Defaulting of built-in kinds as kube-apiserver 1.32 does it (pkg/apis/*/v1/defaults.go plus
//! the strategies' PrepareForCreate), and Service clusterIP / nodePort allocation.

use serde_json::{Value, json};

use super::registry::Resource;
use super::server::AppState;
use super::status::ApiError;

fn set_if_absent(obj: &mut Value, key: &str, v: Value) {
    if let Some(m) = obj.as_object_mut()
        && m.get(key).is_none_or(Value::is_null)
    {
        m.insert(key.to_string(), v);
    }
}

fn ensure_object<'a>(obj: &'a mut Value, key: &str) -> &'a mut Value {
    if !obj[key].is_object() {
        obj[key] = json!({});
    }
    &mut obj[key]
}

/// `Always` for `:latest` or untagged images, else `IfNotPresent` (core/v1 SetDefaults_Container).
fn pull_policy(image: &str) -> &'static str {
    if image.contains('@') {
        return "IfNotPresent";
    }
    let last = image.rsplit('/').next().unwrap_or(image);
    match last.split_once(':') {
        Some((_, "latest")) | None => "Always",
        _ => "IfNotPresent",
    }
}

fn container_defaults(c: &mut Value) {
    let image = c["image"].as_str().unwrap_or_default().to_string();
    set_if_absent(c, "imagePullPolicy", json!(pull_policy(&image)));
    set_if_absent(c, "terminationMessagePath", json!("/dev/termination-log"));
    set_if_absent(c, "terminationMessagePolicy", json!("File"));
    set_if_absent(c, "resources", json!({}));
    if let Some(ports) = c.get_mut("ports").and_then(Value::as_array_mut) {
        for p in ports {
            set_if_absent(p, "protocol", json!("TCP"));
        }
    }
}

/// PodSpec defaults (SetDefaults_PodSpec + the service-account admission fields).
pub fn pod_spec_defaults(spec: &mut Value) {
    if !spec.is_object() {
        return;
    }
    for key in ["containers", "initContainers"] {
        if let Some(cs) = spec.get_mut(key).and_then(Value::as_array_mut) {
            for c in cs {
                container_defaults(c);
            }
        }
    }
    set_if_absent(spec, "restartPolicy", json!("Always"));
    set_if_absent(spec, "terminationGracePeriodSeconds", json!(30));
    set_if_absent(spec, "dnsPolicy", json!("ClusterFirst"));
    set_if_absent(spec, "securityContext", json!({}));
    set_if_absent(spec, "schedulerName", json!("default-scheduler"));
}

fn template_defaults(spec: &mut Value) {
    let tpl = ensure_object(spec, "template");
    let md = ensure_object(tpl, "metadata");
    // A PodTemplateSpec's ObjectMeta serialises its zero creationTimestamp as null.
    set_if_absent(md, "creationTimestamp", Value::Null);
    if md.get("creationTimestamp").is_none() {
        md["creationTimestamp"] = Value::Null;
    }
    pod_spec_defaults(ensure_object(tpl, "spec"));
}

fn pod_admission(spec: &mut Value) {
    set_if_absent(spec, "serviceAccountName", json!("default"));
    let sa = spec["serviceAccountName"].clone();
    set_if_absent(spec, "serviceAccount", sa);
    set_if_absent(spec, "enableServiceLinks", json!(true));
    set_if_absent(spec, "preemptionPolicy", json!("PreemptLowerPriority"));
    set_if_absent(spec, "priority", json!(0));
    set_if_absent(
        spec,
        "tolerations",
        json!([
            {"effect": "NoExecute", "key": "node.kubernetes.io/not-ready", "operator": "Exists", "tolerationSeconds": 300},
            {"effect": "NoExecute", "key": "node.kubernetes.io/unreachable", "operator": "Exists", "tolerationSeconds": 300}
        ]),
    );
}

/// The pod's QoS class from its containers' resources (pkg/apis/core/helper/qos).
fn qos_class(spec: &Value) -> &'static str {
    let cs: Vec<&Value> = spec["containers"]
        .as_array()
        .into_iter()
        .flatten()
        .collect();
    let any = cs.iter().any(|c| {
        c["resources"]["requests"]
            .as_object()
            .is_some_and(|m| !m.is_empty())
            || c["resources"]["limits"]
                .as_object()
                .is_some_and(|m| !m.is_empty())
    });
    if !any {
        return "BestEffort";
    }
    let guaranteed = cs.iter().all(|c| {
        let l = &c["resources"]["limits"];
        let r = &c["resources"]["requests"];
        ["cpu", "memory"]
            .iter()
            .all(|k| l[k].is_string() && (r[k].is_null() || r[k] == l[k]))
    });
    if guaranteed {
        "Guaranteed"
    } else {
        "Burstable"
    }
}

fn used_service_ips(state: &AppState) -> Vec<String> {
    state
        .store
        .list_kind("/services")
        .iter()
        .filter_map(|s| s["spec"]["clusterIP"].as_str().map(str::to_string))
        .collect()
}

fn used_node_ports(state: &AppState) -> Vec<i64> {
    state
        .store
        .list_kind("/services")
        .iter()
        .flat_map(|s| s["spec"]["ports"].as_array().cloned().unwrap_or_default())
        .filter_map(|p| p["nodePort"].as_i64())
        .collect()
}

fn rand_u32() -> u32 {
    let b = uuid::Uuid::new_v4();
    let x = b.as_bytes();
    u32::from_le_bytes([x[0], x[1], x[2], x[3]])
}

/// A free address of 10.96.0.0/12 (10.96.0.1 is the `kubernetes` service's).
fn allocate_ip(state: &AppState) -> Result<String, ApiError> {
    let used = used_service_ips(state);
    for _ in 0..10_000 {
        let n = rand_u32() % ((1 << 20) - 2) + 2;
        let ip = format!("10.{}.{}.{}", 96 + (n >> 16), (n >> 8) & 0xff, n & 0xff);
        if n & 0xff != 0 && n & 0xff != 255 && !used.contains(&ip) {
            return Ok(ip);
        }
    }
    Err(ApiError::internal(
        "failed to allocate a serviceIP: range is full",
    ))
}

fn allocate_node_port(state: &AppState, taken: &[i64]) -> Result<i64, ApiError> {
    let used = used_node_ports(state);
    for _ in 0..10_000 {
        let p = 30000 + i64::from(rand_u32() % 2768);
        if !used.contains(&p) && !taken.contains(&p) {
            return Ok(p);
        }
    }
    Err(ApiError::internal(
        "failed to allocate a nodePort: range is full",
    ))
}

fn service_defaults(
    state: &AppState,
    obj: &mut Value,
    old: Option<&Value>,
) -> Result<(), ApiError> {
    let _guard = state.alloc_lock.lock().unwrap_or_else(|e| e.into_inner());
    let spec = ensure_object(obj, "spec");
    set_if_absent(spec, "type", json!("ClusterIP"));
    set_if_absent(spec, "sessionAffinity", json!("None"));
    let ty = spec["type"].as_str().unwrap_or("ClusterIP").to_string();
    if ty != "ExternalName" {
        if let Some(old) = old {
            for k in ["clusterIP", "clusterIPs", "ipFamilies", "ipFamilyPolicy"] {
                if spec[k].is_null() && !old["spec"][k].is_null() {
                    spec[k] = old["spec"][k].clone();
                }
            }
        }
        if spec["clusterIP"].as_str().is_none_or(str::is_empty) {
            let ip = allocate_ip(state)?;
            spec["clusterIP"] = json!(ip);
        }
        let ip = spec["clusterIP"].clone();
        set_if_absent(spec, "clusterIPs", json!([ip]));
        set_if_absent(spec, "ipFamilies", json!(["IPv4"]));
        set_if_absent(spec, "ipFamilyPolicy", json!("SingleStack"));
        set_if_absent(spec, "internalTrafficPolicy", json!("Cluster"));
    }
    let needs_node_port = ty == "NodePort" || ty == "LoadBalancer";
    if needs_node_port {
        set_if_absent(spec, "externalTrafficPolicy", json!("Cluster"));
    }
    if ty == "LoadBalancer" {
        set_if_absent(spec, "allocateLoadBalancerNodePorts", json!(true));
    }
    let old_ports: Vec<Value> = old
        .and_then(|o| o["spec"]["ports"].as_array().cloned())
        .unwrap_or_default();
    let mut taken = Vec::new();
    if let Some(ports) = spec.get_mut("ports").and_then(Value::as_array_mut) {
        for p in ports.iter_mut() {
            set_if_absent(p, "protocol", json!("TCP"));
            let port = p["port"].clone();
            set_if_absent(p, "targetPort", port);
            if needs_node_port && p["nodePort"].is_null() {
                let prev = old_ports
                    .iter()
                    .find(|o| o["port"] == p["port"])
                    .and_then(|o| o["nodePort"].as_i64());
                let np = match prev {
                    Some(np) => np,
                    None => allocate_node_port(state, &taken)?,
                };
                taken.push(np);
                p["nodePort"] = json!(np);
            }
        }
    }
    set_if_absent(obj, "status", json!({"loadBalancer": {}}));
    Ok(())
}

/// Applies the kind's defaults; `old` is the stored object on updates.
pub fn apply(
    state: &AppState,
    res: &Resource,
    obj: &mut Value,
    old: Option<&Value>,
) -> Result<(), ApiError> {
    if res.crd.is_some() {
        return Ok(());
    }
    match (res.group.as_str(), res.plural.as_str()) {
        ("", "pods") => {
            let spec = ensure_object(obj, "spec");
            pod_spec_defaults(spec);
            if old.is_none() {
                pod_admission(spec);
                let qos = qos_class(&obj["spec"]);
                set_if_absent(obj, "status", json!({"phase": "Pending", "qosClass": qos}));
            }
        }
        ("", "services") => service_defaults(state, obj, old)?,
        ("", "namespaces") => {
            let name = obj["metadata"]["name"].clone();
            let md = ensure_object(obj, "metadata");
            ensure_object(md, "labels")["kubernetes.io/metadata.name"] = name;
            set_if_absent(
                ensure_object(obj, "spec"),
                "finalizers",
                json!(["kubernetes"]),
            );
            set_if_absent(ensure_object(obj, "status"), "phase", json!("Active"));
        }
        ("", "secrets") => set_if_absent(obj, "type", json!("Opaque")),
        // scheduling/v1 SetDefaults_PriorityClass.
        ("scheduling.k8s.io", "priorityclasses") => {
            set_if_absent(obj, "preemptionPolicy", json!("PreemptLowerPriority"))
        }
        ("", "persistentvolumeclaims") => {
            set_if_absent(
                ensure_object(obj, "spec"),
                "volumeMode",
                json!("Filesystem"),
            );
            if old.is_none() {
                set_if_absent(obj, "status", json!({"phase": "Pending"}));
            }
        }
        ("", "persistentvolumes") => {
            let spec = ensure_object(obj, "spec");
            set_if_absent(spec, "persistentVolumeReclaimPolicy", json!("Retain"));
            set_if_absent(spec, "volumeMode", json!("Filesystem"));
            if old.is_none() {
                set_if_absent(obj, "status", json!({"phase": "Pending"}));
            }
        }
        ("", "replicationcontrollers") => {
            let spec = ensure_object(obj, "spec");
            set_if_absent(spec, "replicas", json!(1));
            template_defaults(spec);
            if spec["selector"].is_null() {
                spec["selector"] = spec["template"]["metadata"]["labels"].clone();
            }
        }
        ("apps", "deployments") => {
            let spec = ensure_object(obj, "spec");
            set_if_absent(spec, "replicas", json!(1));
            set_if_absent(spec, "revisionHistoryLimit", json!(10));
            set_if_absent(spec, "progressDeadlineSeconds", json!(600));
            let st = ensure_object(spec, "strategy");
            set_if_absent(st, "type", json!("RollingUpdate"));
            if st["type"] == "RollingUpdate" {
                let ru = ensure_object(st, "rollingUpdate");
                set_if_absent(ru, "maxSurge", json!("25%"));
                set_if_absent(ru, "maxUnavailable", json!("25%"));
            }
            template_defaults(spec);
        }
        ("apps", "replicasets") => {
            let spec = ensure_object(obj, "spec");
            set_if_absent(spec, "replicas", json!(1));
            template_defaults(spec);
        }
        ("apps", "statefulsets") => {
            let spec = ensure_object(obj, "spec");
            set_if_absent(spec, "replicas", json!(1));
            set_if_absent(spec, "podManagementPolicy", json!("OrderedReady"));
            set_if_absent(spec, "revisionHistoryLimit", json!(10));
            set_if_absent(
                spec,
                "persistentVolumeClaimRetentionPolicy",
                json!({"whenDeleted": "Retain", "whenScaled": "Retain"}),
            );
            let us = ensure_object(spec, "updateStrategy");
            set_if_absent(us, "type", json!("RollingUpdate"));
            if us["type"] == "RollingUpdate" {
                set_if_absent(ensure_object(us, "rollingUpdate"), "partition", json!(0));
            }
            template_defaults(spec);
        }
        ("apps", "daemonsets") => {
            let spec = ensure_object(obj, "spec");
            set_if_absent(spec, "revisionHistoryLimit", json!(10));
            let us = ensure_object(spec, "updateStrategy");
            set_if_absent(us, "type", json!("RollingUpdate"));
            if us["type"] == "RollingUpdate" {
                let ru = ensure_object(us, "rollingUpdate");
                set_if_absent(ru, "maxSurge", json!(0));
                set_if_absent(ru, "maxUnavailable", json!(1));
            }
            template_defaults(spec);
        }
        ("batch", "jobs") => {
            let spec = ensure_object(obj, "spec");
            set_if_absent(spec, "backoffLimit", json!(6));
            set_if_absent(spec, "completionMode", json!("NonIndexed"));
            // SetDefaults_Job: completions default only when parallelism is unset too.
            if spec["completions"].is_null() && spec["parallelism"].is_null() {
                spec["completions"] = json!(1);
            }
            set_if_absent(spec, "parallelism", json!(1));
            set_if_absent(spec, "suspend", json!(false));
            set_if_absent(spec, "manualSelector", json!(false));
            set_if_absent(spec, "podReplacementPolicy", json!("TerminatingOrFailed"));
            template_defaults(spec);
            if old.is_none() && obj["spec"]["manualSelector"] != true {
                crate::sandbox::controllers::job::generate_selector(obj);
            }
        }
        ("batch", "cronjobs") => {
            let spec = ensure_object(obj, "spec");
            set_if_absent(spec, "concurrencyPolicy", json!("Allow"));
            set_if_absent(spec, "failedJobsHistoryLimit", json!(1));
            set_if_absent(spec, "successfulJobsHistoryLimit", json!(3));
            set_if_absent(spec, "suspend", json!(false));
            let jt = ensure_object(spec, "jobTemplate");
            let md = ensure_object(jt, "metadata");
            if md.get("creationTimestamp").is_none() {
                md["creationTimestamp"] = Value::Null;
            }
            let js = ensure_object(jt, "spec");
            set_if_absent(js, "backoffLimit", json!(6));
            set_if_absent(js, "completionMode", json!("NonIndexed"));
            set_if_absent(js, "suspend", json!(false));
            set_if_absent(js, "podReplacementPolicy", json!("TerminatingOrFailed"));
            template_defaults(js);
        }
        ("storage.k8s.io", "storageclasses") => {
            set_if_absent(obj, "reclaimPolicy", json!("Delete"));
            set_if_absent(obj, "volumeBindingMode", json!("Immediate"));
        }
        ("apiextensions.k8s.io", "customresourcedefinitions") => {
            let spec = ensure_object(obj, "spec");
            set_if_absent(ensure_object(spec, "conversion"), "strategy", json!("None"));
            let names = ensure_object(spec, "names");
            let kind = names["kind"].as_str().unwrap_or_default().to_lowercase();
            set_if_absent(names, "singular", json!(kind));
            let lk = format!("{}List", names["kind"].as_str().unwrap_or_default());
            set_if_absent(names, "listKind", json!(lk));
        }
        _ => {}
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pull_policies() {
        for (img, want) in [
            ("nginx", "Always"),
            ("nginx:latest", "Always"),
            ("nginx:1.25", "IfNotPresent"),
            ("reg:5000/x", "Always"),
            ("reg:5000/x:1", "IfNotPresent"),
        ] {
            assert_eq!(pull_policy(img), want, "{img}");
        }
    }

    #[test]
    fn pod_spec() {
        let mut s = json!({"containers": [{"name": "a", "image": "nginx", "ports": [{"containerPort": 80}]}]});
        pod_spec_defaults(&mut s);
        assert_eq!(s["restartPolicy"], "Always");
        assert_eq!(s["terminationGracePeriodSeconds"], 30);
        assert_eq!(s["containers"][0]["terminationMessagePolicy"], "File");
        assert_eq!(s["containers"][0]["ports"][0]["protocol"], "TCP");
    }

    #[test]
    fn qos() {
        assert_eq!(qos_class(&json!({"containers": [{}]})), "BestEffort");
        assert_eq!(
            qos_class(
                &json!({"containers": [{"resources": {"limits": {"cpu": "1", "memory": "1Gi"}}}]})
            ),
            "Guaranteed"
        );
        assert_eq!(
            qos_class(&json!({"containers": [{"resources": {"requests": {"cpu": "1"}}}]})),
            "Burstable"
        );
    }
}
