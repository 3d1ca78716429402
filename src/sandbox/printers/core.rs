//! Printers for core/v1 kinds (pods, services, nodes, events, volumes, …), following
//! kubernetes `pkg/printers/internalversion/printers.go` 1.32 function by function.
//! LimitRanges have no printer upstream and use the default convertor.

use serde_json::{Value, json};

use super::descriptions as d;
use super::quantity;
use super::util::{
    age, arr, b, ci, cs, format_labels, get, i, layout_containers, map_len, name, obj, opt_i,
    opt_s, s, since, timestamp,
};
use super::{Column, Ctx, Printer, Row};
use crate::duration;

pub(crate) fn lookup(group: &str, resource: &str) -> Option<&'static Printer> {
    Some(match (group, resource) {
        ("", "pods") => &PODS,
        ("", "podtemplates") => &POD_TEMPLATES,
        ("", "services") => &SERVICES,
        ("", "endpoints") => &ENDPOINTS,
        ("", "namespaces") => &NAMESPACES,
        ("", "nodes") => &NODES,
        ("", "configmaps") => &CONFIGMAPS,
        ("", "secrets") => &SECRETS,
        ("", "serviceaccounts") => &SERVICE_ACCOUNTS,
        ("", "events") | ("events.k8s.io", "events") => &EVENTS,
        ("", "persistentvolumes") => &PVS,
        ("", "persistentvolumeclaims") => &PVCS,
        ("", "resourcequotas") => &RESOURCE_QUOTAS,
        ("", "replicationcontrollers") => &RCS,
        ("", "componentstatuses") => &COMPONENT_STATUSES,
        _ => return None,
    })
}

// ---------------------------------------------------------------- pods

pub(crate) static PODS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new(
            "Ready",
            "string",
            "The aggregate readiness state of this pod for accepting traffic.",
        ),
        Column::new(
            "Status",
            "string",
            "The aggregate status of the containers in this pod.",
        ),
        Column::new(
            "Restarts",
            "string",
            "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.",
        ),
        Column::age(),
        Column::new("IP", "string", d::POD_IP).wide(),
        Column::new("Node", "string", d::POD_NODE_NAME).wide(),
        Column::new("Nominated Node", "string", d::POD_NOMINATED_NODE).wide(),
        Column::new("Readiness Gates", "string", d::POD_READINESS_GATES).wide(),
    ],
    print: print_pod,
};

/// `podutil.IsRestartableInitContainer`: an init container with `restartPolicy: Always` (sidecar).
fn is_restartable_init(c: Option<&Value>) -> bool {
    c.map(|c| s(c, &["restartPolicy"]) == "Always")
        .unwrap_or(false)
}

fn condition_true(conds: &[Value], ty: &str) -> bool {
    conds
        .iter()
        .any(|c| s(c, &["type"]) == ty && s(c, &["status"]) == "True")
}

/// Later of two optional times, Go's `lastRestartDate.Before(&terminatedDate)` bookkeeping.
fn later(cur: Option<jiff::Timestamp>, t: Option<jiff::Timestamp>) -> Option<jiff::Timestamp> {
    match (cur, t) {
        (Some(c), Some(t)) if c < t => Some(t),
        (None, Some(t)) => Some(t),
        (c, _) => c,
    }
}

/// `printPod`.
fn print_pod(pod: &Value, ctx: &Ctx) -> Row {
    let init_specs = arr(pod, &["spec", "initContainers"]);
    let mut restarts: i64 = 0;
    let mut sidecar_restarts: i64 = 0;
    let mut total = arr(pod, &["spec", "containers"]).len() as i64;
    let mut ready: i64 = 0;
    let mut last_restart: Option<jiff::Timestamp> = None;
    let mut last_sidecar_restart: Option<jiff::Timestamp> = None;

    let phase = s(pod, &["status", "phase"]);
    let mut reason = phase.to_string();
    if !s(pod, &["status", "reason"]).is_empty() {
        reason = s(pod, &["status", "reason"]).to_string();
    }
    let conditions = arr(pod, &["status", "conditions"]);
    // {type: PodScheduled, reason: SchedulingGated} wins over the phase.
    for c in conditions {
        if s(c, &["type"]) == "PodScheduled" && s(c, &["reason"]) == "SchedulingGated" {
            reason = "SchedulingGated".to_string();
        }
    }

    let conditions_json = match phase {
        "Succeeded" => Some(
            json!([{"type": "Completed", "status": "True", "reason": "Succeeded",
            "message": "The pod has completed successfully."}]),
        ),
        "Failed" => Some(
            json!([{"type": "Completed", "status": "True", "reason": "Failed",
            "message": "The pod failed."}]),
        ),
        _ => None,
    };

    let init_by_name = |n: &str| init_specs.iter().find(|c| s(c, &["name"]) == n);
    for c in init_specs {
        if is_restartable_init(Some(c)) {
            total += 1;
        }
    }

    let mut initializing = false;
    let init_statuses = arr(pod, &["status", "initContainerStatuses"]);
    for (idx, st) in init_statuses.iter().enumerate() {
        restarts += i(st, &["restartCount"]);
        let last_term = get(st, &["lastState", "terminated"]).filter(|v| v.is_object());
        if let Some(t) = last_term {
            last_restart = later(last_restart, timestamp(t, &["finishedAt"]));
        }
        let restartable = is_restartable_init(init_by_name(s(st, &["name"])));
        if restartable {
            sidecar_restarts += i(st, &["restartCount"]);
            if let Some(t) = last_term {
                last_sidecar_restart = later(last_sidecar_restart, timestamp(t, &["finishedAt"]));
            }
        }
        let terminated = get(st, &["state", "terminated"]).filter(|v| v.is_object());
        let waiting = get(st, &["state", "waiting"]).filter(|v| v.is_object());
        if terminated
            .map(|t| i(t, &["exitCode"]) == 0)
            .unwrap_or(false)
        {
            continue;
        }
        if restartable && b(st, &["started"]) {
            if b(st, &["ready"]) {
                ready += 1;
            }
            continue;
        }
        if let Some(t) = terminated {
            // initialization failed
            let r = s(t, &["reason"]);
            reason = if r.is_empty() {
                if i(t, &["signal"]) != 0 {
                    format!("Init:Signal:{}", i(t, &["signal"]))
                } else {
                    format!("Init:ExitCode:{}", i(t, &["exitCode"]))
                }
            } else {
                format!("Init:{r}")
            };
        } else if let Some(w) = waiting.filter(|w| {
            let r = s(w, &["reason"]);
            !r.is_empty() && r != "PodInitializing"
        }) {
            reason = format!("Init:{}", s(w, &["reason"]));
        } else {
            reason = format!("Init:{}/{}", idx, init_specs.len());
        }
        initializing = true;
        break;
    }

    // isPodInitializedConditionTrue: the first Initialized condition decides.
    let initialized = conditions
        .iter()
        .find(|c| s(c, &["type"]) == "Initialized")
        .map(|c| s(c, &["status"]) == "True")
        .unwrap_or(false);
    if !initializing || initialized {
        restarts = sidecar_restarts;
        last_restart = last_sidecar_restart;
        let mut has_running = false;
        for st in arr(pod, &["status", "containerStatuses"]).iter().rev() {
            restarts += i(st, &["restartCount"]);
            if let Some(t) = get(st, &["lastState", "terminated"]).filter(|v| v.is_object()) {
                last_restart = later(last_restart, timestamp(t, &["finishedAt"]));
            }
            let waiting = get(st, &["state", "waiting"]).filter(|v| v.is_object());
            let terminated = get(st, &["state", "terminated"]).filter(|v| v.is_object());
            let running = get(st, &["state", "running"]).filter(|v| v.is_object());
            if let Some(w) = waiting.filter(|w| !s(w, &["reason"]).is_empty()) {
                reason = s(w, &["reason"]).to_string();
            } else if let Some(t) = terminated.filter(|t| !s(t, &["reason"]).is_empty()) {
                reason = s(t, &["reason"]).to_string();
            } else if let Some(t) = terminated {
                reason = if i(t, &["signal"]) != 0 {
                    format!("Signal:{}", i(t, &["signal"]))
                } else {
                    format!("ExitCode:{}", i(t, &["exitCode"]))
                };
            } else if b(st, &["ready"]) && running.is_some() {
                has_running = true;
                ready += 1;
            }
        }
        // Back to "Running" if at least one container still runs.
        if reason == "Completed" && has_running {
            reason = if condition_true(conditions, "Ready") {
                "Running"
            } else {
                "NotReady"
            }
            .to_string();
        }
    }

    let deleting = get(pod, &["metadata", "deletionTimestamp"])
        .map(|v| !v.is_null())
        .unwrap_or(false);
    if deleting && s(pod, &["status", "reason"]) == "NodeLost" {
        reason = "Unknown".to_string();
    } else if deleting && phase != "Failed" && phase != "Succeeded" {
        reason = "Terminating".to_string();
    }

    let restarts_str = match last_restart {
        Some(t) if restarts != 0 => format!(
            "{restarts} ({} ago)",
            duration::translate_timestamp_since(Some(t), ctx.now)
        ),
        _ => restarts.to_string(),
    };

    // v1 `podIP` is authoritative over `podIPs[0]` when both are set (v1→internal conversion).
    let pod_ip = opt_s(pod, &["status", "podIP"])
        .filter(|x| !x.is_empty())
        .or_else(|| {
            arr(pod, &["status", "podIPs"])
                .first()
                .map(|p| s(p, &["ip"]))
        })
        .filter(|x| !x.is_empty())
        .unwrap_or("<none>");
    let node = non_empty_or(s(pod, &["spec", "nodeName"]), "<none>");
    let nominated = non_empty_or(s(pod, &["status", "nominatedNodeName"]), "<none>");
    let gates = arr(pod, &["spec", "readinessGates"]);
    let readiness_gates = if gates.is_empty() {
        "<none>".to_string()
    } else {
        let mut true_count = 0;
        for g in gates {
            let ty = s(g, &["conditionType"]);
            if let Some(c) = conditions.iter().find(|c| s(c, &["type"]) == ty)
                && s(c, &["status"]) == "True"
            {
                true_count += 1;
            }
        }
        format!("{true_count}/{}", gates.len())
    };

    Row {
        cells: vec![
            cs(name(pod)),
            cs(format!("{ready}/{total}")),
            cs(reason),
            cs(restarts_str),
            age(pod, ctx),
            cs(pod_ip),
            cs(node),
            cs(nominated),
            cs(readiness_gates),
        ],
        conditions: conditions_json,
    }
}

fn non_empty_or<'a>(v: &'a str, dflt: &'a str) -> &'a str {
    if v.is_empty() { dflt } else { v }
}

pub(crate) static POD_TEMPLATES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new(
            "Containers",
            "string",
            "Names of each container in the template.",
        ),
        Column::new(
            "Images",
            "string",
            "Images referenced by each container in the template.",
        ),
        Column::new("Pod Labels", "string", "The labels for the pod template."),
    ],
    print: |o, _| {
        let (names, images) = layout_containers(arr(o, &["template", "spec", "containers"]));
        Row::new(vec![
            cs(name(o)),
            cs(names),
            cs(images),
            cs(format_labels(obj(o, &["template", "metadata", "labels"]))),
        ])
    },
};

// ---------------------------------------------------------------- services

pub(crate) static SERVICES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Type", "string", d::SVC_TYPE),
        Column::new("Cluster-IP", "string", d::SVC_CLUSTER_IP),
        Column::new("External-IP", "string", d::SVC_EXTERNAL_IPS),
        Column::new("Port(s)", "string", d::SVC_PORTS),
        Column::age(),
        Column::new("Selector", "string", d::SVC_SELECTOR).wide(),
    ],
    print: print_service,
};

/// `loadBalancerStatusStringer` with wide=true (no 16-byte clipping on the server): the set of
/// ingress IPs (else hostnames), sorted and de-duplicated.
pub(crate) fn load_balancer_string(ingress: &[Value]) -> String {
    let mut set: Vec<&str> = ingress
        .iter()
        .filter_map(|i| {
            let ip = s(i, &["ip"]);
            let host = s(i, &["hostname"]);
            if !ip.is_empty() {
                Some(ip)
            } else if !host.is_empty() {
                Some(host)
            } else {
                None
            }
        })
        .collect();
    set.sort();
    set.dedup();
    set.join(",")
}

fn strings(v: &[Value]) -> Vec<String> {
    v.iter()
        .map(|x| x.as_str().unwrap_or("").to_string())
        .collect()
}

/// `getServiceExternalIP` (wide).
fn service_external_ip(svc: &Value, svc_type: &str) -> String {
    let external = strings(arr(svc, &["spec", "externalIPs"]));
    match svc_type {
        "ClusterIP" | "NodePort" => {
            if external.is_empty() {
                "<none>".into()
            } else {
                external.join(",")
            }
        }
        "LoadBalancer" => {
            let lb = load_balancer_string(arr(svc, &["status", "loadBalancer", "ingress"]));
            if !external.is_empty() {
                let mut results: Vec<String> = Vec::new();
                if !lb.is_empty() {
                    results.extend(lb.split(',').map(str::to_string));
                }
                results.extend(external);
                return results.join(",");
            }
            if !lb.is_empty() {
                lb
            } else {
                "<pending>".into()
            }
        }
        "ExternalName" => s(svc, &["spec", "externalName"]).to_string(),
        _ => "<unknown>".into(),
    }
}

/// `makePortString`: `port/proto` or `port:nodePort/proto`, joined by `,`.
fn port_string(ports: &[Value]) -> String {
    ports
        .iter()
        .map(|p| {
            // The API server defaults protocol to TCP.
            let proto = non_empty_or(s(p, &["protocol"]), "TCP");
            let port = i(p, &["port"]);
            let node_port = i(p, &["nodePort"]);
            if node_port > 0 {
                format!("{port}:{node_port}/{proto}")
            } else {
                format!("{port}/{proto}")
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// `printService`.
fn print_service(svc: &Value, ctx: &Ctx) -> Row {
    // The API server defaults spec.type to ClusterIP.
    let svc_type = non_empty_or(s(svc, &["spec", "type"]), "ClusterIP");
    let cluster_ip = opt_s(svc, &["spec", "clusterIP"])
        .filter(|x| !x.is_empty())
        .or_else(|| {
            arr(svc, &["spec", "clusterIPs"])
                .first()
                .and_then(Value::as_str)
        })
        .filter(|x| !x.is_empty())
        .unwrap_or("<none>");
    let ports = port_string(arr(svc, &["spec", "ports"]));
    Row::new(vec![
        cs(name(svc)),
        cs(svc_type),
        cs(cluster_ip),
        cs(service_external_ip(svc, svc_type)),
        cs(if ports.is_empty() {
            "<none>".to_string()
        } else {
            ports
        }),
        age(svc, ctx),
        cs(format_labels(obj(svc, &["spec", "selector"]))),
    ])
}

// ---------------------------------------------------------------- endpoints

pub(crate) static ENDPOINTS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Endpoints", "string", d::EP_SUBSETS),
        Column::age(),
    ],
    print: |o, ctx| Row::new(vec![cs(name(o)), cs(format_endpoints(o)), age(o, ctx)]),
};

/// `net.JoinHostPort`: IPv6 literals get brackets.
fn join_host_port(host: &str, port: i64) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

/// `formatEndpoints(endpoints, nil)`: at most 3 entries then ` + N more...`.
fn format_endpoints(ep: &Value) -> String {
    let subsets = arr(ep, &["subsets"]);
    if subsets.is_empty() {
        return "<none>".into();
    }
    const MAX: usize = 3;
    let mut list: Vec<String> = Vec::new();
    let mut more = false;
    let mut count = 0usize;
    for ss in subsets {
        let addrs = arr(ss, &["addresses"]);
        let ports = arr(ss, &["ports"]);
        if ports.is_empty() {
            // headless services with no ports
            count += addrs.len();
            for a in addrs {
                if list.len() == MAX {
                    more = true;
                    break;
                }
                list.push(s(a, &["ip"]).to_string());
            }
            continue;
        }
        for p in ports {
            count += addrs.len();
            for a in addrs {
                if list.len() == MAX {
                    more = true;
                    break;
                }
                list.push(join_host_port(s(a, &["ip"]), i(p, &["port"])));
            }
        }
    }
    let ret = list.join(",");
    if more {
        format!("{ret} + {} more...", count - MAX)
    } else {
        ret
    }
}

// ---------------------------------------------------------------- namespaces, configmaps, secrets, SAs

pub(crate) static NAMESPACES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Status", "string", "The status of the namespace"),
        Column::age(),
    ],
    // The API server sets status.phase (Active) on create.
    print: |o, ctx| {
        Row::new(vec![
            cs(name(o)),
            cs(non_empty_or(s(o, &["status", "phase"]), "Active")),
            age(o, ctx),
        ])
    },
};

pub(crate) static CONFIGMAPS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Data", "string", d::CM_DATA),
        Column::age(),
    ],
    print: |o, ctx| {
        Row::new(vec![
            cs(name(o)),
            ci(map_len(o, &["data"]) + map_len(o, &["binaryData"])),
            age(o, ctx),
        ])
    },
};

pub(crate) static SECRETS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Type", "string", d::SECRET_TYPE),
        Column::new("Data", "string", d::SECRET_DATA),
        Column::age(),
    ],
    // `stringData` is merged into `data` on write; the type defaults to Opaque.
    print: |o, ctx| {
        let mut keys: Vec<&String> = obj(o, &["data"])
            .map(|m| m.keys().collect())
            .unwrap_or_default();
        if let Some(sd) = obj(o, &["stringData"]) {
            keys.extend(sd.keys());
        }
        keys.sort();
        keys.dedup();
        Row::new(vec![
            cs(name(o)),
            cs(non_empty_or(s(o, &["type"]), "Opaque")),
            ci(keys.len() as i64),
            age(o, ctx),
        ])
    },
};

pub(crate) static SERVICE_ACCOUNTS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Secrets", "string", d::SA_SECRETS),
        Column::age(),
    ],
    print: |o, ctx| {
        Row::new(vec![
            cs(name(o)),
            ci(arr(o, &["secrets"]).len() as i64),
            age(o, ctx),
        ])
    },
};

// ---------------------------------------------------------------- nodes

pub(crate) static NODES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Status", "string", "The status of the node"),
        Column::new("Roles", "string", "The roles of the node"),
        Column::age(),
        Column::new("Version", "string", d::NODE_KUBELET_VERSION),
        Column::new("Internal-IP", "string", d::NODE_ADDRESSES).wide(),
        Column::new("External-IP", "string", d::NODE_ADDRESSES).wide(),
        Column::new("OS-Image", "string", d::NODE_OS_IMAGE).wide(),
        Column::new("Kernel-Version", "string", d::NODE_KERNEL).wide(),
        Column::new("Container-Runtime", "string", d::NODE_RUNTIME).wide(),
    ],
    print: print_node,
};

/// `findNodeRoles`: `node-role.kubernetes.io/<role>` keys and the `kubernetes.io/role` value, sorted.
fn node_roles(node: &Value) -> Vec<String> {
    let mut roles: Vec<String> = Vec::new();
    for (k, v) in obj(node, &["metadata", "labels"]).into_iter().flatten() {
        if let Some(role) = k.strip_prefix("node-role.kubernetes.io/") {
            if !role.is_empty() {
                roles.push(role.to_string());
            }
        } else if k == "kubernetes.io/role" {
            let v = v.as_str().unwrap_or("");
            if !v.is_empty() {
                roles.push(v.to_string());
            }
        }
    }
    roles.sort();
    roles.dedup();
    roles
}

fn node_address(node: &Value, ty: &str) -> String {
    arr(node, &["status", "addresses"])
        .iter()
        .find(|a| s(a, &["type"]) == ty)
        .map(|a| s(a, &["address"]).to_string())
        .unwrap_or_else(|| "<none>".into())
}

/// `printNode`.
fn print_node(node: &Value, ctx: &Ctx) -> Row {
    let mut status: Vec<String> = Vec::new();
    // Only the Ready condition counts (NodeAllConditions); the last one of that type wins.
    if let Some(c) = arr(node, &["status", "conditions"])
        .iter()
        .rev()
        .find(|c| s(c, &["type"]) == "Ready")
    {
        status.push(if s(c, &["status"]) == "True" {
            "Ready".into()
        } else {
            "NotReady".into()
        });
    }
    if status.is_empty() {
        status.push("Unknown".into());
    }
    if b(node, &["spec", "unschedulable"]) {
        status.push("SchedulingDisabled".into());
    }
    let roles = node_roles(node).join(",");
    let info = |k: &str| non_empty_or(s(node, &["status", "nodeInfo", k]), "<unknown>").to_string();
    Row::new(vec![
        cs(name(node)),
        cs(status.join(",")),
        cs(if roles.is_empty() {
            "<none>".to_string()
        } else {
            roles
        }),
        age(node, ctx),
        cs(s(node, &["status", "nodeInfo", "kubeletVersion"])),
        cs(node_address(node, "InternalIP")),
        cs(node_address(node, "ExternalIP")),
        cs(info("osImage")),
        cs(info("kernelVersion")),
        cs(info("containerRuntimeVersion")),
    ])
}

// ---------------------------------------------------------------- events

pub(crate) static EVENTS: Printer = Printer {
    columns: &[
        Column::new("Last Seen", "string", d::EV_LAST),
        Column::new("Type", "string", d::EV_TYPE),
        Column::new("Reason", "string", d::EV_REASON),
        Column::new("Object", "string", d::EV_OBJECT),
        Column::new("Subobject", "string", d::EV_FIELD_PATH).wide(),
        Column::new("Source", "string", d::EV_SOURCE).wide(),
        Column::new("Message", "string", d::EV_MESSAGE),
        Column::new("First Seen", "string", d::EV_FIRST).wide(),
        Column::new("Count", "string", d::EV_COUNT).wide(),
        Column::new("Name", "string", d::NAME).wide().format("name"),
    ],
    print: print_event,
};

/// Field names of a core/v1 Event and of its events.k8s.io/v1 twin (which the API server converts
/// to the same internal type before printing).
struct EventFields {
    involved: &'static str,
    message: &'static str,
    first: &'static str,
    last: &'static str,
    count: &'static str,
    source: &'static str,
}

const CORE_EVENT: EventFields = EventFields {
    involved: "involvedObject",
    message: "message",
    first: "firstTimestamp",
    last: "lastTimestamp",
    count: "count",
    source: "source",
};
const EVENTS_K8S_IO: EventFields = EventFields {
    involved: "regarding",
    message: "note",
    first: "deprecatedFirstTimestamp",
    last: "deprecatedLastTimestamp",
    count: "deprecatedCount",
    source: "deprecatedSource",
};

/// `printEvent` (wide).
fn print_event(ev: &Value, ctx: &Ctx) -> Row {
    let f = if ctx.group == "events.k8s.io" {
        &EVENTS_K8S_IO
    } else {
        &CORE_EVENT
    };
    let micro_since =
        |path: &[&str]| duration::translate_timestamp_since(timestamp(ev, path), ctx.now);
    let first = if timestamp(ev, &[f.first]).is_none() {
        micro_since(&["eventTime"])
    } else {
        since(ev, &[f.first], ctx)
    };
    let mut last = if timestamp(ev, &[f.last]).is_none() {
        first.clone()
    } else {
        since(ev, &[f.last], ctx)
    };
    let mut count = i(ev, &[f.count]);
    if get(ev, &["series"]).map(Value::is_object).unwrap_or(false) {
        last = micro_since(&["series", "lastObservedTime"]);
        count = i(ev, &["series", "count"]);
    } else if count == 0 {
        // Singleton events don't have a count set in the new API.
        count = 1;
    }
    let kind = s(ev, &[f.involved, "kind"]).to_lowercase();
    let obj_name = s(ev, &[f.involved, "name"]);
    let target = if obj_name.is_empty() {
        kind
    } else {
        format!("{kind}/{obj_name}")
    };
    // core/v1 names the field `reportingComponent`, events.k8s.io `reportingController`.
    let reporting = non_empty_or(
        s(ev, &["reportingController"]),
        s(ev, &["reportingComponent"]),
    );
    let component = non_empty_or(s(ev, &[f.source, "component"]), reporting);
    let host = non_empty_or(s(ev, &[f.source, "host"]), s(ev, &["reportingInstance"]));
    let source = if host.is_empty() {
        component.to_string()
    } else {
        format!("{component}, {host}")
    };
    Row::new(vec![
        cs(last),
        cs(s(ev, &["type"])),
        cs(s(ev, &["reason"])),
        cs(target),
        cs(s(ev, &[f.involved, "fieldPath"])),
        cs(source),
        cs(s(ev, &[f.message]).trim()),
        cs(first),
        ci(count),
        cs(name(ev)),
    ])
}

// ---------------------------------------------------------------- persistent volumes (claims)

pub(crate) static PVS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Capacity", "string", d::PV_CAPACITY),
        Column::new("Access Modes", "string", d::PV_ACCESS_MODES),
        Column::new("Reclaim Policy", "string", d::PV_RECLAIM),
        Column::new("Status", "string", d::PV_PHASE),
        Column::new("Claim", "string", d::PV_CLAIM),
        Column::new("StorageClass", "string", "StorageClass of the pv"),
        Column::new(
            "VolumeAttributesClass",
            "string",
            "VolumeAttributesClass of the pv",
        ),
        Column::new("Reason", "string", d::PV_REASON),
        Column::age(),
        Column::new("VolumeMode", "string", d::PV_VOLUME_MODE).wide(),
    ],
    print: print_pv,
};

/// `helper.GetAccessModesAsString`: RWO, ROX, RWX, RWOP in that order, de-duplicated.
pub(crate) fn access_modes(modes: &[Value]) -> String {
    let has = |m: &str| modes.iter().any(|x| x.as_str() == Some(m));
    let mut out = Vec::new();
    for (mode, short) in [
        ("ReadWriteOnce", "RWO"),
        ("ReadOnlyMany", "ROX"),
        ("ReadWriteMany", "RWX"),
        ("ReadWriteOncePod", "RWOP"),
    ] {
        if has(mode) {
            out.push(short);
        }
    }
    out.join(",")
}

fn deleting(o: &Value) -> bool {
    get(o, &["metadata", "deletionTimestamp"])
        .map(|v| !v.is_null())
        .unwrap_or(false)
}

/// `helper.GetPersistentVolumeClass` / `GetPersistentVolumeClaimClass`: the beta annotation wins.
fn storage_class(o: &Value) -> String {
    if let Some(c) = opt_s(
        o,
        &[
            "metadata",
            "annotations",
            "volume.beta.kubernetes.io/storage-class",
        ],
    ) {
        return c.to_string();
    }
    s(o, &["spec", "storageClassName"]).to_string()
}

/// `printPersistentVolume`.
fn print_pv(pv: &Value, ctx: &Ctx) -> Row {
    let claim = match get(pv, &["spec", "claimRef"]).filter(|v| v.is_object()) {
        Some(c) => format!("{}/{}", s(c, &["namespace"]), s(c, &["name"])),
        None => String::new(),
    };
    // Defaults applied by the API server: reclaim policy Retain, phase Pending.
    let phase = if deleting(pv) {
        "Terminating"
    } else {
        non_empty_or(s(pv, &["status", "phase"]), "Pending")
    };
    Row::new(vec![
        cs(name(pv)),
        cs(quantity::string_or_zero(get(
            pv,
            &["spec", "capacity", "storage"],
        ))),
        cs(access_modes(arr(pv, &["spec", "accessModes"]))),
        cs(non_empty_or(
            s(pv, &["spec", "persistentVolumeReclaimPolicy"]),
            "Retain",
        )),
        cs(phase),
        cs(claim),
        cs(storage_class(pv)),
        cs(opt_s(pv, &["spec", "volumeAttributesClassName"]).unwrap_or("<unset>")),
        cs(s(pv, &["status", "reason"])),
        age(pv, ctx),
        // volumeMode defaults to Filesystem on the server.
        cs(opt_s(pv, &["spec", "volumeMode"]).unwrap_or("Filesystem")),
    ])
}

pub(crate) static PVCS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Status", "string", d::PVC_PHASE),
        Column::new("Volume", "string", d::PVC_VOLUME),
        Column::new("Capacity", "string", d::PVC_CAPACITY),
        Column::new("Access Modes", "string", d::PVC_ACCESS_MODES),
        Column::new("StorageClass", "string", "StorageClass of the pvc"),
        Column::new(
            "VolumeAttributesClass",
            "string",
            "VolumeAttributesClass of the pvc",
        ),
        Column::age(),
        Column::new("VolumeMode", "string", d::PVC_VOLUME_MODE).wide(),
    ],
    print: print_pvc,
};

/// `printPersistentVolumeClaim`: capacity and access modes only once bound to a volume.
fn print_pvc(pvc: &Value, ctx: &Ctx) -> Row {
    let phase = if deleting(pvc) {
        "Terminating"
    } else {
        non_empty_or(s(pvc, &["status", "phase"]), "Pending")
    };
    let volume = s(pvc, &["spec", "volumeName"]);
    let (capacity, modes) = if volume.is_empty() {
        (String::new(), String::new())
    } else {
        (
            quantity::string_or_zero(get(pvc, &["status", "capacity", "storage"])),
            access_modes(arr(pvc, &["status", "accessModes"])),
        )
    };
    Row::new(vec![
        cs(name(pvc)),
        cs(phase),
        cs(volume),
        cs(capacity),
        cs(modes),
        cs(storage_class(pvc)),
        cs(opt_s(pvc, &["spec", "volumeAttributesClassName"]).unwrap_or("<unset>")),
        age(pvc, ctx),
        cs(opt_s(pvc, &["spec", "volumeMode"]).unwrap_or("Filesystem")),
    ])
}

// ---------------------------------------------------------------- resource quotas

pub(crate) static RESOURCE_QUOTAS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new(
            "Request",
            "string",
            "Request represents a minimum amount of cpu/memory that a container may consume.",
        ),
        Column::new(
            "Limit",
            "string",
            "Limits control the maximum amount of cpu/memory that a container may use independent of contention on the node.",
        ),
        Column::age(),
    ],
    print: print_resource_quota,
};

/// `printResourceQuota`: `name: used/hard` over status.hard sorted by name; `limits.*` go right.
fn print_resource_quota(rq: &Value, ctx: &Ctx) -> Row {
    let mut request = Vec::new();
    let mut limit = Vec::new();
    let hard = obj(rq, &["status", "hard"]);
    let mut names: Vec<&String> = hard.map(|m| m.keys().collect()).unwrap_or_default();
    names.sort();
    for r in names {
        let used = quantity::string_or_zero(get(rq, &["status", "used", r]));
        let h = quantity::string_or_zero(hard.and_then(|m| m.get(r)));
        let text = format!("{r}: {used}/{h}");
        let pieces: Vec<&str> = r.split('.').collect();
        if pieces.len() > 1 && pieces[0] == "limits" {
            limit.push(text);
        } else {
            request.push(text);
        }
    }
    Row::new(vec![
        cs(name(rq)),
        cs(request.join(", ")),
        cs(limit.join(", ")),
        age(rq, ctx),
    ])
}

// ---------------------------------------------------------------- replication controllers

pub(crate) static RCS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Desired", "integer", d::RC_SPEC_REPLICAS),
        Column::new("Current", "integer", d::RC_STATUS_REPLICAS),
        Column::new("Ready", "integer", d::RC_STATUS_READY),
        Column::age(),
        Column::new(
            "Containers",
            "string",
            "Names of each container in the template.",
        )
        .wide(),
        Column::new(
            "Images",
            "string",
            "Images referenced by each container in the template.",
        )
        .wide(),
        Column::new("Selector", "string", d::RC_SELECTOR).wide(),
    ],
    print: |o, ctx| {
        let (names, images) =
            layout_containers(arr(o, &["spec", "template", "spec", "containers"]));
        Row::new(vec![
            cs(name(o)),
            // spec.replicas defaults to 1.
            ci(opt_i(o, &["spec", "replicas"]).unwrap_or(1)),
            ci(i(o, &["status", "replicas"])),
            ci(i(o, &["status", "readyReplicas"])),
            age(o, ctx),
            cs(names),
            cs(images),
            cs(format_labels(obj(o, &["spec", "selector"]))),
        ])
    },
};

pub(crate) static COMPONENT_STATUSES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Status", "string", "Status of the component conditions"),
        Column::new("Message", "string", "Message of the component conditions"),
        Column::new("Error", "string", "Error of the component conditions"),
    ],
    print: |o, _| {
        let mut status = "Unknown";
        let mut message = "";
        let mut error = "";
        if let Some(c) = arr(o, &["conditions"])
            .iter()
            .find(|c| s(c, &["type"]) == "Healthy")
        {
            status = if s(c, &["status"]) == "True" {
                "Healthy"
            } else {
                "Unhealthy"
            };
            message = s(c, &["message"]);
            error = s(c, &["error"]);
        }
        Row::new(vec![cs(name(o)), cs(status), cs(message), cs(error)])
    },
};
