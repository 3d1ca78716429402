//! Printers for the remaining groups: autoscaling HPAs, policy PDBs, coordination leases,
//! scheduling priorityclasses, node runtimeclasses, admissionregistration webhooks and
//! certificates CSRs, after kubernetes `pkg/printers/internalversion/printers.go` 1.32.

use serde_json::Value;

use super::descriptions as d;
use super::quantity;
use super::util::{age, arr, b, ci, cs, get, i, int_or_string, name, opt_i, opt_s, s};
use super::{Column, Ctx, Printer, Row};
use crate::duration;

pub(crate) fn lookup(group: &str, resource: &str) -> Option<&'static Printer> {
    Some(match (group, resource) {
        ("autoscaling", "horizontalpodautoscalers") => &HPAS,
        ("policy", "poddisruptionbudgets") => &PDBS,
        ("coordination.k8s.io", "leases") => &LEASES,
        ("scheduling.k8s.io", "priorityclasses") => &PRIORITY_CLASSES,
        ("node.k8s.io", "runtimeclasses") => &RUNTIME_CLASSES,
        ("admissionregistration.k8s.io", "mutatingwebhookconfigurations")
        | ("admissionregistration.k8s.io", "validatingwebhookconfigurations") => &WEBHOOKS,
        ("certificates.k8s.io", "certificatesigningrequests") => &CSRS,
        ("apiregistration.k8s.io", "apiservices") => &API_SERVICES,
        _ => return None,
    })
}

// ---------------------------------------------------------------- HPA

pub(crate) static HPAS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Reference", "string", d::HPA_REF),
        Column::new("Targets", "string", d::HPA_METRICS),
        Column::new("MinPods", "string", d::HPA_MIN),
        Column::new("MaxPods", "string", d::HPA_MAX),
        Column::new("Replicas", "string", d::HPA_CURRENT),
        Column::age(),
    ],
    print: print_hpa,
};

/// `(*Quantity).String()` of an optional HPA quantity: every MetricTarget/MetricValueStatus
/// quantity is a pointer, and a nil one prints `<nil>`.
fn q(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "<nil>".to_string(),
        some => quantity::string_or_zero(some),
    }
}

/// `formatHPAMetrics` over autoscaling/v2 `spec.metrics` and `status.currentMetrics`.
fn format_hpa_metrics(specs: &[Value], statuses: &[Value]) -> String {
    if specs.is_empty() {
        return "<none>".into();
    }
    const MAX: usize = 2;
    let mut list: Vec<String> = Vec::new();
    for (idx, spec) in specs.iter().enumerate() {
        let status = statuses.get(idx);
        // statuses[i].<Kind> != nil
        let st = |kind: &str| status.and_then(|x| x.get(kind)).filter(|v| v.is_object());
        let text = match s(spec, &["type"]) {
            "External" | "Object" => {
                let kind = if s(spec, &["type"]) == "External" {
                    "external"
                } else {
                    "object"
                };
                let target = get(spec, &[kind, "target"]);
                let avg = target
                    .and_then(|t| t.get("averageValue"))
                    .filter(|v| !v.is_null());
                if let Some(avg) = avg {
                    let current = st(kind)
                        .and_then(|x| get(x, &["current", "averageValue"]))
                        .filter(|v| !v.is_null())
                        .map(|v| q(Some(v)))
                        .unwrap_or_else(|| "<unknown>".into());
                    format!("{current}/{} (avg)", q(Some(avg)))
                } else {
                    let current = st(kind)
                        .map(|x| q(get(x, &["current", "value"])))
                        .unwrap_or_else(|| "<unknown>".into());
                    format!("{current}/{}", q(target.and_then(|t| t.get("value"))))
                }
            }
            "Pods" => {
                let current = st("pods")
                    .map(|x| q(get(x, &["current", "averageValue"])))
                    .unwrap_or_else(|| "<unknown>".into());
                format!(
                    "{current}/{}",
                    q(get(spec, &["pods", "target", "averageValue"]))
                )
            }
            "Resource" | "ContainerResource" => {
                let kind = if s(spec, &["type"]) == "Resource" {
                    "resource"
                } else {
                    "containerResource"
                };
                let res_name = s(spec, &[kind, "name"]);
                let avg = get(spec, &[kind, "target", "averageValue"]).filter(|v| !v.is_null());
                if let Some(avg) = avg {
                    let current = st(kind)
                        .map(|x| q(get(x, &["current", "averageValue"])))
                        .unwrap_or_else(|| "<unknown>".into());
                    format!("{res_name}: {current}/{}", q(Some(avg)))
                } else {
                    let current = st(kind)
                        .and_then(|x| opt_i(x, &["current", "averageUtilization"]))
                        .map(|u| format!("{u}%"))
                        .unwrap_or_else(|| "<unknown>".into());
                    let target = opt_i(spec, &[kind, "target", "averageUtilization"])
                        .map(|u| format!("{u}%"))
                        .unwrap_or_else(|| "<auto>".into());
                    format!("{res_name}: {current}/{target}")
                }
            }
            _ => "<unknown type>".into(),
        };
        list.push(text);
    }
    let count = list.len();
    if count > MAX {
        list.truncate(MAX);
        return format!("{} + {} more...", list.join(", "), count - MAX);
    }
    list.join(", ")
}

/// autoscaling/v1 objects carry `targetCPUUtilizationPercentage`; the v1→internal conversion
/// turns it into one cpu Resource metric (and the current percentage into its status).
fn hpa_metrics(o: &Value) -> (Vec<Value>, Vec<Value>) {
    if let Some(target) = opt_i(o, &["spec", "targetCPUUtilizationPercentage"]) {
        let spec = serde_json::json!({"type": "Resource", "resource": {"name": "cpu",
            "target": {"type": "Utilization", "averageUtilization": target}}});
        let status = match opt_i(o, &["status", "currentCPUUtilizationPercentage"]) {
            Some(cur) => vec![
                serde_json::json!({"type": "Resource", "resource": {"name": "cpu",
                "current": {"averageUtilization": cur}}}),
            ],
            None => vec![],
        };
        return (vec![spec], status);
    }
    (
        arr(o, &["spec", "metrics"]).to_vec(),
        arr(o, &["status", "currentMetrics"]).to_vec(),
    )
}

/// `printHorizontalPodAutoscaler`.
fn print_hpa(o: &Value, ctx: &Ctx) -> Row {
    let (specs, statuses) = hpa_metrics(o);
    let min = opt_i(o, &["spec", "minReplicas"])
        .map(|m| m.to_string())
        .unwrap_or_else(|| "<unset>".into());
    Row::new(vec![
        cs(name(o)),
        cs(format!(
            "{}/{}",
            s(o, &["spec", "scaleTargetRef", "kind"]),
            s(o, &["spec", "scaleTargetRef", "name"])
        )),
        cs(format_hpa_metrics(&specs, &statuses)),
        cs(min),
        ci(i(o, &["spec", "maxReplicas"])),
        ci(i(o, &["status", "currentReplicas"])),
        age(o, ctx),
    ])
}

// ---------------------------------------------------------------- PDB

pub(crate) static PDBS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new(
            "Min Available",
            "string",
            "The minimum number of pods that must be available.",
        ),
        Column::new(
            "Max Unavailable",
            "string",
            "The maximum number of pods that may be unavailable.",
        ),
        Column::new(
            "Allowed Disruptions",
            "integer",
            "Calculated number of pods that may be disrupted at this time.",
        ),
        Column::age(),
    ],
    print: |o, ctx| {
        let field = |k: &str| {
            get(o, &["spec", k])
                .filter(|v| !v.is_null())
                .map(int_or_string)
                .unwrap_or_else(|| "N/A".into())
        };
        Row::new(vec![
            cs(name(o)),
            cs(field("minAvailable")),
            cs(field("maxUnavailable")),
            ci(i(o, &["status", "disruptionsAllowed"])),
            age(o, ctx),
        ])
    },
};

// ---------------------------------------------------------------- leases, priority/runtime classes

pub(crate) static LEASES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Holder", "string", d::LEASE_HOLDER),
        Column::age(),
    ],
    print: |o, ctx| {
        Row::new(vec![
            cs(name(o)),
            cs(s(o, &["spec", "holderIdentity"])),
            age(o, ctx),
        ])
    },
};

pub(crate) static PRIORITY_CLASSES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Value", "integer", d::PC_VALUE),
        Column::new("Global-Default", "boolean", d::PC_GLOBAL_DEFAULT),
        Column::age(),
        Column::new("PreemptionPolicy", "string", d::PC_PREEMPTION),
    ],
    print: |o, ctx| {
        Row::new(vec![
            cs(name(o)),
            ci(i(o, &["value"])),
            Value::Bool(b(o, &["globalDefault"])),
            age(o, ctx),
            // preemptionPolicy defaults to PreemptLowerPriority on the server.
            cs(opt_s(o, &["preemptionPolicy"]).unwrap_or("PreemptLowerPriority")),
        ])
    },
};

pub(crate) static RUNTIME_CLASSES: Printer = Printer {
    columns: &[
        Column::name(),
        // Upstream looks up ObjectMeta's "handler" doc, which does not exist: "".
        Column::new("Handler", "string", ""),
        Column::age(),
    ],
    print: |o, ctx| Row::new(vec![cs(name(o)), cs(s(o, &["handler"])), age(o, ctx)]),
};

pub(crate) static WEBHOOKS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new(
            "Webhooks",
            "integer",
            "Webhooks indicates the number of webhooks registered in this configuration",
        ),
        Column::age(),
    ],
    print: |o, ctx| {
        Row::new(vec![
            cs(name(o)),
            ci(arr(o, &["webhooks"]).len() as i64),
            age(o, ctx),
        ])
    },
};

// ---------------------------------------------------------------- CSRs

pub(crate) static CSRS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::age(),
        Column::new("SignerName", "string", d::CSR_SIGNER),
        Column::new("Requestor", "string", d::CSR_REQUEST),
        Column::new("RequestedDuration", "string", d::CSR_EXPIRATION),
        Column::new("Condition", "string", d::CSR_CONDITIONS),
    ],
    print: |o, ctx| {
        let conds = arr(o, &["status", "conditions"]);
        let has = |t: &str| conds.iter().any(|c| s(c, &["type"]) == t);
        let mut status = if has("Denied") {
            "Denied".to_string()
        } else if has("Approved") {
            "Approved".to_string()
        } else {
            "Pending".to_string()
        };
        if has("Failed") {
            status.push_str(",Failed");
        }
        if !s(o, &["status", "certificate"]).is_empty() {
            status.push_str(",Issued");
        }
        let requested = opt_i(o, &["spec", "expirationSeconds"])
            .map(duration::human_duration_signed)
            .unwrap_or_else(|| "<none>".into());
        let signer = s(o, &["spec", "signerName"]);
        Row::new(vec![
            cs(name(o)),
            age(o, ctx),
            cs(if signer.is_empty() { "<none>" } else { signer }),
            cs(s(o, &["spec", "username"])),
            cs(requested),
            cs(status),
        ])
    },
};

// ---------------------------------------------------------------- APIServices

/// kube-aggregator `registry/apiservice/etcd` `REST.ConvertToTable`.
pub(crate) static API_SERVICES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new(
            "Service",
            "string",
            "The reference to the service that hosts this API endpoint.",
        ),
        Column::new("Available", "string", "Whether this service is available."),
        Column::age(),
    ],
    print: |o, ctx| {
        let service = match get(o, &["spec", "service"]).filter(|v| v.is_object()) {
            Some(svc) => format!("{}/{}", s(svc, &["namespace"]), s(svc, &["name"])),
            None => "Local".to_string(),
        };
        let status = match arr(o, &["status", "conditions"])
            .iter()
            .find(|c| s(c, &["type"]) == "Available")
        {
            None => "Unknown".to_string(),
            Some(c) if s(c, &["status"]) == "True" => "True".to_string(),
            Some(c) if !s(c, &["reason"]).is_empty() => {
                format!("{} ({})", s(c, &["status"]), s(c, &["reason"]))
            }
            Some(c) => s(c, &["status"]).to_string(),
        };
        Row::new(vec![cs(name(o)), cs(service), cs(status), age(o, ctx)])
    },
};
