//! The endpoints and endpointslice controllers: for every Service with a selector, an
//! `Endpoints` object (ready pods in `addresses`, unready in `notReadyAddresses`) and one
//! `EndpointSlice` (`<service>-<random>`, owned by the Service) listing the selected pods that
//! have an IP. Terminating pods are left out of Endpoints and marked in the slice.

use std::collections::HashMap;

use serde_json::{Value, json};

use super::{
    Api, controller_ref, controller_uid, is_deleting, kinds, name_of, ns_of, pod_ready, uid_of,
};
use crate::sandbox::selectors::LabelSelector;

const MANAGER: &str = "kube-controller-manager";
const SLICE_MANAGER: &str = "endpointslice-controller.k8s.io";

/// The container port a service port's targetPort names (or the number itself).
fn resolve_port(target: &Value, port: &Value, pod: &Value) -> Option<i64> {
    match target {
        Value::Number(n) => n.as_i64(),
        Value::String(name) => pod["spec"]["containers"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|c| c["ports"].as_array().cloned().unwrap_or_default())
            .find(|p| p["name"] == name.as_str())
            .and_then(|p| p["containerPort"].as_i64()),
        _ => port.as_i64(),
    }
}

fn endpoint_ports(svc: &Value, pod: &Value) -> Vec<Value> {
    svc["spec"]["ports"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| {
            let port = resolve_port(&p["targetPort"], &p["port"], pod)?;
            let mut e = json!({"port": port, "protocol": p["protocol"].as_str().unwrap_or("TCP")});
            if let Some(n) = p["name"].as_str().filter(|n| !n.is_empty()) {
                e["name"] = json!(n);
            }
            if let Some(a) = p["appProtocol"].as_str() {
                e["appProtocol"] = json!(a);
            }
            Some(e)
        })
        .collect()
}

fn target_ref(pod: &Value) -> Value {
    json!({"kind": "Pod", "name": name_of(pod), "namespace": ns_of(pod), "uid": uid_of(pod)})
}

fn address(pod: &Value) -> Value {
    let mut a = json!({"ip": pod["status"]["podIP"], "targetRef": target_ref(pod)});
    if let Some(n) = pod["spec"]["nodeName"].as_str() {
        a["nodeName"] = json!(n);
    }
    a
}

/// The subsets of the Endpoints object (`endpoints.RepackSubsets`, one port set here).
pub fn subsets(svc: &Value, pods: &[&Value]) -> Vec<Value> {
    let mut groups: Vec<(Vec<Value>, Vec<Value>, Vec<Value>)> = Vec::new();
    for pod in pods {
        if is_deleting(pod) {
            continue;
        }
        let ports = endpoint_ports(svc, pod);
        let i = match groups.iter().position(|g| g.0 == ports) {
            Some(i) => i,
            None => {
                groups.push((ports, vec![], vec![]));
                groups.len() - 1
            }
        };
        if pod_ready(pod) {
            groups[i].1.push(address(pod));
        } else {
            groups[i].2.push(address(pod));
        }
    }
    let by_ip = |a: &Value, b: &Value| a["ip"].as_str().cmp(&b["ip"].as_str());
    groups
        .into_iter()
        .map(|(ports, mut ready, mut unready)| {
            ready.sort_by(by_ip);
            unready.sort_by(by_ip);
            let mut s = json!({});
            if !ready.is_empty() {
                s["addresses"] = json!(ready);
            }
            if !unready.is_empty() {
                s["notReadyAddresses"] = json!(unready);
            }
            if !ports.is_empty() {
                s["ports"] = json!(ports);
            }
            s
        })
        .collect()
}

pub fn sync_all(api: &Api) {
    let mut pods_by_ns: HashMap<String, Vec<Value>> = HashMap::new();
    for p in api.list(kinds::PODS, None) {
        pods_by_ns.entry(ns_of(&p).to_string()).or_default().push(p);
    }
    let slices = api.list(kinds::ENDPOINTSLICES, None);
    for svc in api.list(kinds::SERVICES, None) {
        let Some(sel) = svc["spec"]["selector"]
            .as_object()
            .filter(|m| !m.is_empty())
        else {
            continue;
        };
        if is_deleting(&svc) {
            continue;
        }
        let selector = LabelSelector::from_object(&json!({"matchLabels": sel}));
        let pods: Vec<&Value> = pods_by_ns
            .get(ns_of(&svc))
            .into_iter()
            .flatten()
            .filter(|p| {
                selector.matches(&p["metadata"]["labels"])
                    && p["status"]["podIP"]
                        .as_str()
                        .is_some_and(|ip| !ip.is_empty())
                    && !matches!(p["status"]["phase"].as_str(), Some("Succeeded" | "Failed"))
            })
            .collect();
        sync_endpoints(api, &svc, &pods);
        let mine: Vec<&Value> = slices
            .iter()
            .filter(|s| ns_of(s) == ns_of(&svc) && controller_uid(s) == Some(uid_of(&svc)))
            .collect();
        sync_slice(api, &svc, &pods, &mine);
    }
}

fn sync_endpoints(api: &Api, svc: &Value, pods: &[&Value]) {
    let subsets = subsets(svc, pods);
    let mut labels = svc["metadata"]["labels"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    if svc["spec"]["clusterIP"] == "None" {
        labels.insert("service.kubernetes.io/headless".into(), json!(""));
    }
    let cur = api.get(kinds::ENDPOINTS, ns_of(svc), name_of(svc));
    let mut ep = match &cur {
        Some(c) => c.clone(),
        None => json!({"apiVersion": "v1", "kind": "Endpoints",
            "metadata": {"name": name_of(svc), "namespace": ns_of(svc)}}),
    };
    if labels.is_empty() {
        if let Some(m) = ep["metadata"].as_object_mut() {
            m.remove("labels");
        }
    } else {
        ep["metadata"]["labels"] = Value::Object(labels);
    }
    match ep.as_object_mut() {
        Some(m) if subsets.is_empty() => {
            m.remove("subsets");
        }
        _ => ep["subsets"] = json!(subsets),
    }
    match cur {
        None => {
            if !pods.is_empty() {
                ep["metadata"]["annotations"] = json!({
                    "endpoints.kubernetes.io/last-change-trigger-time": api.now_str()});
            }
            api.create(kinds::ENDPOINTS, ep, MANAGER);
        }
        Some(c) => {
            if ep != c {
                ep["metadata"]["annotations"]["endpoints.kubernetes.io/last-change-trigger-time"] =
                    json!(api.now_str());
                api.update(kinds::ENDPOINTS, &c, ep, MANAGER, None);
            }
        }
    }
}

fn slice_endpoints(pods: &[&Value]) -> Vec<Value> {
    let mut out: Vec<Value> = pods
        .iter()
        .map(|p| {
            let terminating = is_deleting(p);
            let ready = pod_ready(p) && !terminating;
            let mut e = json!({
                "addresses": [p["status"]["podIP"]],
                "conditions": {"ready": ready, "serving": pod_ready(p), "terminating": terminating},
                "targetRef": target_ref(p),
            });
            if let Some(n) = p["spec"]["nodeName"].as_str() {
                e["nodeName"] = json!(n);
            }
            e
        })
        .collect();
    out.sort_by(|a, b| a["addresses"][0].as_str().cmp(&b["addresses"][0].as_str()));
    out
}

fn sync_slice(api: &Api, svc: &Value, pods: &[&Value], mine: &[&Value]) {
    let endpoints = slice_endpoints(pods);
    let ports: Vec<Value> = pods
        .first()
        .map(|p| endpoint_ports(svc, p))
        .unwrap_or_default();
    let mut labels = svc["metadata"]["labels"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    labels.insert(
        "endpointslice.kubernetes.io/managed-by".into(),
        json!(SLICE_MANAGER),
    );
    labels.insert("kubernetes.io/service-name".into(), json!(name_of(svc)));
    let ports: Vec<Value> = ports
        .into_iter()
        .map(|mut p| {
            if p.get("name").is_none() {
                p["name"] = json!("");
            }
            p
        })
        .collect();
    let desired = |mut base: Value| {
        base["metadata"]["labels"] = Value::Object(labels.clone());
        base["addressType"] = json!("IPv4");
        if endpoints.is_empty() {
            base["endpoints"] = Value::Null;
        } else {
            base["endpoints"] = json!(endpoints);
        }
        base["ports"] = if ports.is_empty() {
            Value::Null
        } else {
            json!(ports)
        };
        base
    };
    match mine.first() {
        None => {
            let s = desired(
                json!({"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice",
                "metadata": {"generateName": format!("{}-", name_of(svc)), "namespace": ns_of(svc),
                    "ownerReferences": [controller_ref(svc)],
                    "annotations": {"endpoints.kubernetes.io/last-change-trigger-time": api.now_str()}}}),
            );
            api.create(kinds::ENDPOINTSLICES, s, MANAGER);
        }
        Some(cur) => {
            let mut s = desired((*cur).clone());
            if &s != *cur {
                s["metadata"]["annotations"]["endpoints.kubernetes.io/last-change-trigger-time"] =
                    json!(api.now_str());
                api.update(kinds::ENDPOINTSLICES, cur, s, MANAGER, None);
            }
            for extra in &mine[1..] {
                api.delete(kinds::ENDPOINTSLICES, extra);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pod(name: &str, ip: &str, ready: bool) -> Value {
        json!({"metadata": {"name": name, "namespace": "d", "uid": name},
            "spec": {"nodeName": "n", "containers": [{"ports": [{"name": "http", "containerPort": 8080}]}]},
            "status": {"podIP": ip, "conditions": [{"type": "Ready", "status": if ready {"True"} else {"False"}}]}})
    }

    #[test]
    fn endpoints_split_ready_and_resolve_named_ports() {
        let svc =
            json!({"spec": {"ports": [{"port": 80, "targetPort": "http", "protocol": "TCP"}]}});
        let (a, b, c) = (
            pod("a", "10.244.1.3", true),
            pod("b", "10.244.1.2", true),
            pod("c", "10.244.2.2", false),
        );
        let s = subsets(&svc, &[&a, &b, &c]);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0]["addresses"][0]["ip"], "10.244.1.2");
        assert_eq!(s[0]["addresses"][1]["ip"], "10.244.1.3");
        assert_eq!(s[0]["notReadyAddresses"][0]["targetRef"]["name"], "c");
        assert_eq!(s[0]["ports"], json!([{"port": 8080, "protocol": "TCP"}]));
    }
}
