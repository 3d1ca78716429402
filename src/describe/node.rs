//! Node describer (`describeNode`, `describeNodeLease`, `describeNodeResource`): conditions,
//! capacity, system info, the non-terminated pods with their requests and limits, and the
//! allocated totals.

use std::collections::BTreeMap;

use serde_json::Value;

use super::Related;
use super::quantity::Quantity;
use super::util::{arr_at, at, boolean, key_str, s, sorted_keys};
use super::writer::{self, Writer};
use crate::dw;

type ResourceList = BTreeMap<String, Quantity>;

fn resource_list(v: &Value) -> ResourceList {
    v.as_object()
        .into_iter()
        .flatten()
        .filter_map(|(k, q)| Some((k.clone(), Quantity::parse(q.as_str()?)?)))
        .collect()
}

fn add_list(target: &mut ResourceList, add: &ResourceList) {
    for (k, q) in add {
        match target.get_mut(k) {
            Some(t) => t.add(q),
            None => {
                target.insert(k.clone(), *q);
            }
        }
    }
}

fn max_list(target: &mut ResourceList, other: &ResourceList) {
    for (k, q) in other {
        match target.get_mut(k) {
            Some(t) if t.cmp_value(q).is_lt() => *t = *q,
            Some(_) => {}
            None => {
                target.insert(k.clone(), *q);
            }
        }
    }
}

/// `resourcehelper.PodRequestsAndLimits` (without in-place resize status).
fn pod_requests_and_limits(pod: &Value) -> (ResourceList, ResourceList) {
    let totals = |field: &str| {
        let mut sum = ResourceList::new();
        for c in arr_at(pod, "/spec/containers") {
            add_list(
                &mut sum,
                &resource_list(at(c, &format!("/resources/{field}"))),
            );
        }
        let mut restartable = ResourceList::new();
        let mut init = ResourceList::new();
        for c in arr_at(pod, "/spec/initContainers") {
            let own = resource_list(at(c, &format!("/resources/{field}")));
            let this = if s(c, "/restartPolicy") == "Always" {
                add_list(&mut sum, &own);
                add_list(&mut restartable, &own);
                restartable.clone()
            } else {
                let mut tmp = ResourceList::new();
                add_list(&mut tmp, &own);
                add_list(&mut tmp, &restartable);
                tmp
            };
            max_list(&mut init, &this);
        }
        max_list(&mut sum, &init);
        sum
    };
    let mut reqs = totals("requests");
    let mut limits = totals("limits");
    let overhead = resource_list(at(pod, "/spec/overhead"));
    add_list(&mut reqs, &overhead);
    for (k, q) in &overhead {
        if let Some(l) = limits.get_mut(k)
            && !l.is_zero()
        {
            l.add(q);
        }
    }
    (reqs, limits)
}

fn get(list: &ResourceList, name: &str) -> Quantity {
    list.get(name).copied().unwrap_or_default()
}

fn percent(part: i128, whole: i128) -> i64 {
    if whole == 0 {
        // Go divides floats: x/0 is +Inf or NaN, and int64 of either is the minimum int64
        // on amd64.
        return i64::MIN;
    }
    ((part as f64) / (whole as f64) * 100.0) as i64
}

fn percent_or_zero(part: i128, whole: i128) -> i64 {
    if whole == 0 { 0 } else { percent(part, whole) }
}

/// `findNodeRoles`.
fn roles(node: &Value) -> Vec<String> {
    let mut roles: Vec<String> = Vec::new();
    for (k, v) in writer::string_map(at(node, "/metadata/labels")) {
        if let Some(role) = k.strip_prefix("node-role.kubernetes.io/") {
            if !role.is_empty() {
                roles.push(role.to_string());
            }
        } else if k == "kubernetes.io/role" && !v.is_empty() {
            roles.push(v);
        }
    }
    roles.sort();
    roles.dedup();
    roles
}

pub fn describe(node: &Value, related: &Related, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    let name = s(node, "/metadata/name");
    dw!(w, 0, "Name:\t{name}\n");
    let r = roles(node);
    dw!(
        w,
        0,
        "Roles:\t{}\n",
        if r.is_empty() {
            "<none>".to_string()
        } else {
            r.join(",")
        }
    );
    writer::labels_multiline(&mut w, "Labels", at(node, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(node, "/metadata/annotations"));
    dw!(
        w,
        0,
        "CreationTimestamp:\t{}\n",
        writer::time_field(node, "/metadata/creationTimestamp")
    );
    writer::taints_multiline(&mut w, "Taints", at(node, "/spec/taints"));
    dw!(
        w,
        0,
        "Unschedulable:\t{}\n",
        boolean(node, "/spec/unschedulable")
    );
    match &related.lease {
        Some(lease) => {
            w.write(0, "Lease:\n");
            let holder = lease
                .pointer("/spec/holderIdentity")
                .and_then(Value::as_str)
                .unwrap_or("<unset>");
            dw!(w, 1, "HolderIdentity:\t{holder}\n");
            for (title, field) in [
                ("AcquireTime", "/spec/acquireTime"),
                ("RenewTime", "/spec/renewTime"),
            ] {
                let text = super::util::parse_time(lease, field)
                    .map(writer::rfc1123z)
                    .unwrap_or_else(|| "<unset>".to_string());
                dw!(w, 1, "{title}:\t{text}\n");
            }
        }
        None => dw!(
            w,
            0,
            "Lease:\tFailed to get lease: leases.coordination.k8s.io \"{name}\" not found\n"
        ),
    }
    let conditions = arr_at(node, "/status/conditions");
    if !conditions.is_empty() {
        w.write(
            0,
            "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n",
        );
        w.write(
            1,
            "----\t------\t-----------------\t------------------\t------\t-------\n",
        );
        for c in conditions {
            dw!(
                w,
                1,
                "{} \t{} \t{} \t{} \t{} \t{}\n",
                s(c, "/type"),
                s(c, "/status"),
                writer::time_field(c, "/lastHeartbeatTime"),
                writer::time_field(c, "/lastTransitionTime"),
                s(c, "/reason"),
                s(c, "/message")
            );
        }
    }
    w.write(0, "Addresses:\n");
    for a in arr_at(node, "/status/addresses") {
        dw!(w, 1, "{}:\t{}\n", s(a, "/type"), s(a, "/address"));
    }
    for (title, field) in [
        ("Capacity", "/status/capacity"),
        ("Allocatable", "/status/allocatable"),
    ] {
        let keys = sorted_keys(node, field);
        if keys.is_empty() {
            continue;
        }
        dw!(w, 0, "{title}:\n");
        for k in keys {
            let raw = key_str(node, field, &k);
            dw!(w, 0, "  {k}:\t{}\n", super::quantity::canonical(raw));
        }
    }
    w.write(0, "System Info:\n");
    for (title, field) in [
        ("Machine ID", "machineID"),
        ("System UUID", "systemUUID"),
        ("Boot ID", "bootID"),
        ("Kernel Version", "kernelVersion"),
        ("OS Image", "osImage"),
        ("Operating System", "operatingSystem"),
        ("Architecture", "architecture"),
        ("Container Runtime Version", "containerRuntimeVersion"),
        ("Kubelet Version", "kubeletVersion"),
        ("Kube-Proxy Version", "kubeProxyVersion"),
    ] {
        dw!(
            w,
            0,
            "  {title}:\t{}\n",
            s(node, &format!("/status/nodeInfo/{field}"))
        );
    }
    let cidr = s(node, "/spec/podCIDR");
    if !cidr.is_empty() {
        dw!(w, 0, "PodCIDR:\t{cidr}\n");
    }
    let cidrs: Vec<&str> = arr_at(node, "/spec/podCIDRs")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    if !cidrs.is_empty() {
        dw!(w, 0, "PodCIDRs:\t{}\n", cidrs.join(","));
    }
    let provider = s(node, "/spec/providerID");
    if !provider.is_empty() {
        dw!(w, 0, "ProviderID:\t{provider}\n");
    }
    node_resources(&mut w, node, &related.pods, now);
    if let Some(ev) = related.events.as_deref() {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}

fn node_resources(w: &mut Writer, node: &Value, pods: &[Value], now: jiff::Timestamp) {
    let pods: Vec<&Value> = pods
        .iter()
        .filter(|p| {
            let phase = s(p, "/status/phase");
            phase != "Succeeded" && phase != "Failed"
        })
        .collect();
    dw!(w, 0, "Non-terminated Pods:\t({} in total)\n", pods.len());
    w.write(
        1,
        "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n",
    );
    w.write(
        1,
        "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n",
    );
    let allocatable = if super::util::non_empty(node, "/status/allocatable") {
        resource_list(at(node, "/status/allocatable"))
    } else {
        resource_list(at(node, "/status/capacity"))
    };
    let alloc_cpu = get(&allocatable, "cpu").milli_value();
    let alloc_mem = get(&allocatable, "memory").value();
    let mut reqs = ResourceList::new();
    let mut limits = ResourceList::new();
    for p in &pods {
        let (req, lim) = pod_requests_and_limits(p);
        let (cr, cl, mr, ml) = (
            get(&req, "cpu"),
            get(&lim, "cpu"),
            get(&req, "memory"),
            get(&lim, "memory"),
        );
        dw!(
            w,
            1,
            "{}\t{}\t\t{cr} ({}%)\t{cl} ({}%)\t{mr} ({}%)\t{ml} ({}%)\t{}\n",
            s(p, "/metadata/namespace"),
            s(p, "/metadata/name"),
            percent(cr.milli_value(), alloc_cpu),
            percent(cl.milli_value(), alloc_cpu),
            percent(mr.value(), alloc_mem),
            percent(ml.value(), alloc_mem),
            writer::since(p, "/metadata/creationTimestamp", now)
        );
        add_list(&mut reqs, &req);
        add_list(&mut limits, &lim);
    }
    w.write(
        0,
        "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n",
    );
    w.write(1, "Resource\tRequests\tLimits\n");
    w.write(1, "--------\t--------\t------\n");
    let alloc_eph = get(&allocatable, "ephemeral-storage").value();
    for (name, whole, milli) in [
        ("cpu", alloc_cpu, true),
        ("memory", alloc_mem, false),
        ("ephemeral-storage", alloc_eph, false),
    ] {
        let (r, l) = (get(&reqs, name), get(&limits, name));
        let (rv, lv) = if milli {
            (r.milli_value(), l.milli_value())
        } else {
            (r.value(), l.value())
        };
        dw!(
            w,
            1,
            "{name}\t{r} ({}%)\t{l} ({}%)\n",
            percent_or_zero(rv, whole),
            percent_or_zero(lv, whole)
        );
    }
    let mut huge: Vec<&String> = Vec::new();
    let mut ext: Vec<&String> = Vec::new();
    for k in allocatable.keys() {
        if k.starts_with("hugepages-") {
            huge.push(k);
        } else if !is_standard_container_resource(k) && k != "pods" {
            ext.push(k);
        }
    }
    for k in huge {
        let (r, l) = (get(&reqs, k), get(&limits, k));
        let whole = get(&allocatable, k).value();
        dw!(
            w,
            1,
            "{k}\t{r} ({}%)\t{l} ({}%)\n",
            percent_or_zero(r.value(), whole),
            percent_or_zero(l.value(), whole)
        );
    }
    for k in ext {
        dw!(w, 1, "{k}\t{}\t{}\n", get(&reqs, k), get(&limits, k));
    }
}

/// `IsStandardContainerResourceName`: cpu, memory, ephemeral-storage and hugepages.
fn is_standard_container_resource(name: &str) -> bool {
    matches!(name, "cpu" | "memory" | "ephemeral-storage") || name.starts_with("hugepages-")
}
