//! What a fresh sandbox holds, as a new kind cluster does: the four namespaces, three Ready
//! nodes, the `kubernetes` service, default service accounts and the `standard` StorageClass.
//! Runs once, on an empty store.

use serde_json::{Value, json};

use super::SandboxError;
use super::registry::Registry;
use super::store::Store;

const NAMESPACES: [&str; 4] = ["default", "kube-node-lease", "kube-public", "kube-system"];
pub const KUBE_VERSION: &str = "v1.32.2";

fn meta(name: &str, ns: Option<&str>, now: &str) -> Value {
    let mut m =
        json!({"name": name, "uid": uuid::Uuid::new_v4().to_string(), "creationTimestamp": now});
    if let Some(ns) = ns {
        m["namespace"] = json!(ns);
    }
    m
}

fn node(name: &str, index: usize, now: &str) -> Value {
    let mut labels = json!({
        "beta.kubernetes.io/arch": "amd64", "beta.kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
        "kubernetes.io/hostname": name, "kubernetes.io/os": "linux",
    });
    let mut spec = json!({
        "podCIDR": format!("10.244.{index}.0/24"), "podCIDRs": [format!("10.244.{index}.0/24")],
        "providerID": format!("kind://docker/sandbox/{name}"),
    });
    if index == 0 {
        labels["node-role.kubernetes.io/control-plane"] = json!("");
        labels["node.kubernetes.io/exclude-from-external-load-balancers"] = json!("");
        spec["taints"] =
            json!([{"effect": "NoSchedule", "key": "node-role.kubernetes.io/control-plane"}]);
    }
    let mut m = meta(name, None, now);
    m["labels"] = labels;
    m["annotations"] = json!({
        "kubeadm.alpha.kubernetes.io/cri-socket": "unix:///run/containerd/containerd.sock",
        "node.alpha.kubernetes.io/ttl": "0",
        "volumes.kubernetes.io/controller-managed-attach-detach": "true",
    });
    let resources = json!({"cpu": "8", "ephemeral-storage": "102625208Ki", "hugepages-1Gi": "0", "hugepages-2Mi": "0",
                           "memory": "32802744Ki", "pods": "110"});
    let cond = |t: &str, s: &str, r: &str, msg: &str| json!({"type": t, "status": s, "lastHeartbeatTime": now, "lastTransitionTime": now, "reason": r, "message": msg});
    json!({
        "apiVersion": "v1", "kind": "Node", "metadata": m, "spec": spec,
        "status": {
            "addresses": [{"address": format!("172.18.0.{}", index + 2), "type": "InternalIP"}, {"address": name, "type": "Hostname"}],
            "allocatable": resources, "capacity": resources,
            "conditions": [
                cond("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
                cond("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
                cond("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
                cond("Ready", "True", "KubeletReady", "kubelet is posting ready status"),
            ],
            "daemonEndpoints": {"kubeletEndpoint": {"Port": 10250}},
            "images": [],
            "nodeInfo": {
                "architecture": "amd64", "bootID": uuid::Uuid::new_v4().to_string(),
                "containerRuntimeVersion": "containerd://1.7.24", "kernelVersion": "6.8.0-sandbox",
                "kubeProxyVersion": KUBE_VERSION, "kubeletVersion": KUBE_VERSION,
                "machineID": uuid::Uuid::new_v4().simple().to_string(), "operatingSystem": "linux",
                "osImage": "Debian GNU/Linux 12 (bookworm)", "systemUUID": uuid::Uuid::new_v4().to_string(),
            },
        },
    })
}

/// Objects of a fresh cluster, as (store kind, object).
/// What the serviceaccount controller and the root-ca-cert-publisher put in every namespace:
/// the `default` ServiceAccount and the `kube-root-ca.crt` ConfigMap.
pub fn namespace_contents(ns: &str, ca_pem: &str, now: &str) -> Vec<(&'static str, Value)> {
    let mut cm = meta("kube-root-ca.crt", Some(ns), now);
    cm["annotations"] = json!({"kubernetes.io/description": "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters."});
    vec![
        (
            "/serviceaccounts",
            json!({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": meta("default", Some(ns), now)}),
        ),
        (
            "/configmaps",
            json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": cm, "data": {"ca.crt": ca_pem}}),
        ),
    ]
}

pub fn fresh_objects(ca_pem: &str, now: &str) -> Vec<(&'static str, Value)> {
    let mut out = Vec::new();
    for ns in NAMESPACES {
        let mut m = meta(ns, None, now);
        m["labels"] = json!({"kubernetes.io/metadata.name": ns});
        out.push((
            "/namespaces",
            json!({"apiVersion": "v1", "kind": "Namespace", "metadata": m,
            "spec": {"finalizers": ["kubernetes"]}, "status": {"phase": "Active"}}),
        ));
    }
    for (i, n) in ["sandbox-control-plane", "sandbox-worker", "sandbox-worker2"]
        .iter()
        .enumerate()
    {
        out.push(("/nodes", node(n, i, now)));
    }
    let mut m = meta("kubernetes", Some("default"), now);
    m["labels"] = json!({"component": "apiserver", "provider": "kubernetes"});
    out.push(("/services", json!({"apiVersion": "v1", "kind": "Service", "metadata": m,
        "spec": {"clusterIP": "10.96.0.1", "clusterIPs": ["10.96.0.1"], "internalTrafficPolicy": "Cluster",
                 "ipFamilies": ["IPv4"], "ipFamilyPolicy": "SingleStack",
                 "ports": [{"name": "https", "port": 443, "protocol": "TCP", "targetPort": 6443}],
                 "sessionAffinity": "None", "type": "ClusterIP"},
        "status": {"loadBalancer": {}}})));
    let mut m = meta("kubernetes", Some("default"), now);
    m["labels"] = json!({"endpointslice.kubernetes.io/skip-mirror": "true"});
    out.push(("/endpoints", json!({"apiVersion": "v1", "kind": "Endpoints", "metadata": m,
        "subsets": [{"addresses": [{"ip": "172.18.0.2"}], "ports": [{"name": "https", "port": 6443, "protocol": "TCP"}]}]})));
    for ns in NAMESPACES {
        out.extend(namespace_contents(ns, ca_pem, now));
    }
    // The two priority classes every cluster is born with.
    for (name, value, description) in [
        (
            "system-cluster-critical",
            2000000000,
            "Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.",
        ),
        (
            "system-node-critical",
            2000001000,
            "Used for system critical pods that must not be moved from their current node.",
        ),
    ] {
        out.push((
            "scheduling.k8s.io/priorityclasses",
            json!({"apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass",
            "metadata": meta(name, None, now), "value": value, "globalDefault": false,
            "description": description, "preemptionPolicy": "PreemptLowerPriority"}),
        ));
    }
    out.extend(super::rbac::bootstrap_policy(now));
    let mut m = meta("standard", None, now);
    m["annotations"] = json!({"storageclass.kubernetes.io/is-default-class": "true"});
    out.push(("storage.k8s.io/storageclasses", json!({"apiVersion": "storage.k8s.io/v1", "kind": "StorageClass", "metadata": m,
        "provisioner": "rancher.io/local-path", "reclaimPolicy": "Delete", "volumeBindingMode": "WaitForFirstConsumer"})));
    out
}

/// Seeds an empty store; a store that holds anything is left alone.
pub fn seed_if_empty(
    store: &Store,
    _registry: &Registry,
    ca_pem: &str,
) -> Result<(), SandboxError> {
    if !store.is_empty() || store.current_rv() > 0 {
        return Ok(());
    }
    let now = jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    for (kind, obj) in fresh_objects(ca_pem, &now) {
        store
            .create(kind, obj)
            .map_err(|e| SandboxError::Store(e.to_string()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_cluster_contents() {
        let objs = fresh_objects("CA", "2026-01-01T00:00:00Z");
        let count = |k: &str| objs.iter().filter(|(kind, _)| *kind == k).count();
        assert_eq!(count("/namespaces"), 4);
        assert_eq!(count("/nodes"), 3);
        assert_eq!(count("/serviceaccounts"), 4);
        assert_eq!(count("/configmaps"), 4);
        let cp = objs
            .iter()
            .find(|(_, o)| o["metadata"]["name"] == "sandbox-control-plane")
            .unwrap();
        assert_eq!(
            cp.1["spec"]["taints"][0]["key"],
            "node-role.kubernetes.io/control-plane"
        );
    }
}
