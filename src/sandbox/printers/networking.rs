//! Printers for networking.k8s.io (ingresses, ingressclasses, networkpolicies, servicecidrs,
//! ipaddresses) and discovery.k8s.io endpointslices, after kubernetes
//! `pkg/printers/internalversion/printers.go` 1.32.

use serde_json::Value;

use super::core::load_balancer_string;
use super::descriptions as d;
use super::util::{age, arr, cs, format_label_selector, get, name, opt_s, s};
use super::{Column, Printer, Row};

pub(crate) fn lookup(group: &str, resource: &str) -> Option<&'static Printer> {
    Some(match (group, resource) {
        ("networking.k8s.io" | "extensions", "ingresses") => &INGRESSES,
        ("networking.k8s.io", "ingressclasses") => &INGRESS_CLASSES,
        ("networking.k8s.io" | "extensions", "networkpolicies") => &NETWORK_POLICIES,
        ("discovery.k8s.io", "endpointslices") => &ENDPOINT_SLICES,
        ("networking.k8s.io", "servicecidrs") => &SERVICE_CIDRS,
        ("networking.k8s.io", "ipaddresses") => &IP_ADDRESSES,
        _ => return None,
    })
}

pub(crate) static INGRESSES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new(
            "Class",
            "string",
            "The name of the IngressClass resource that should be used for additional configuration",
        ),
        Column::new(
            "Hosts",
            "string",
            "Hosts that incoming requests are matched against before the ingress rule",
        ),
        Column::new(
            "Address",
            "string",
            "Address is a list containing ingress points for the load-balancer",
        ),
        Column::new("Ports", "string", "Ports of TLS configurations that open"),
        Column::age(),
    ],
    print: |o, ctx| {
        let tls = arr(o, &["spec", "tls"]);
        Row::new(vec![
            cs(name(o)),
            cs(opt_s(o, &["spec", "ingressClassName"]).unwrap_or("<none>")),
            cs(format_hosts(arr(o, &["spec", "rules"]))),
            cs(load_balancer_string(arr(
                o,
                &["status", "loadBalancer", "ingress"],
            ))),
            cs(if tls.is_empty() { "80" } else { "80, 443" }),
            age(o, ctx),
        ])
    },
};

/// `formatHosts`: up to 3 non-empty hosts, `*` when none, ` + N more...` counting all rules.
fn format_hosts(rules: &[Value]) -> String {
    const MAX: usize = 3;
    let mut list: Vec<&str> = Vec::new();
    let mut more = false;
    for rule in rules {
        if list.len() == MAX {
            more = true;
        }
        let host = s(rule, &["host"]);
        if !more && !host.is_empty() {
            list.push(host);
        }
    }
    if list.is_empty() {
        return "*".into();
    }
    let ret = list.join(",");
    if more {
        format!("{ret} + {} more...", rules.len() - MAX)
    } else {
        ret
    }
}

pub(crate) static INGRESS_CLASSES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new(
            "Controller",
            "string",
            "Controller that is responsible for handling this class",
        ),
        Column::new(
            "Parameters",
            "string",
            "A reference to a resource with additional parameters",
        ),
        Column::age(),
    ],
    print: |o, ctx| {
        let params = match get(o, &["spec", "parameters"]).filter(|v| v.is_object()) {
            Some(p) => {
                let mut text = s(p, &["kind"]).to_string();
                if let Some(g) = opt_s(p, &["apiGroup"]) {
                    text = format!("{text}.{g}");
                }
                format!("{text}/{}", s(p, &["name"]))
            }
            None => "<none>".into(),
        };
        Row::new(vec![
            cs(name(o)),
            cs(s(o, &["spec", "controller"])),
            cs(params),
            age(o, ctx),
        ])
    },
};

pub(crate) static NETWORK_POLICIES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Pod-Selector", "string", d::NETPOL_POD_SELECTOR),
        Column::age(),
    ],
    // FormatLabelSelector(&spec.podSelector): the address of a struct, never nil, so `<none>`
    // for an empty or missing selector.
    print: |o, ctx| {
        let sel = get(o, &["spec", "podSelector"])
            .cloned()
            .unwrap_or_else(|| serde_json::json!({}));
        Row::new(vec![
            cs(name(o)),
            cs(format_label_selector(Some(&sel))),
            age(o, ctx),
        ])
    },
};

pub(crate) static ENDPOINT_SLICES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("AddressType", "string", d::EPS_ADDRESS_TYPE),
        Column::new("Ports", "string", d::EPS_PORTS),
        Column::new("Endpoints", "string", d::EPS_ENDPOINTS),
        Column::age(),
    ],
    print: |o, ctx| {
        Row::new(vec![
            cs(name(o)),
            cs(s(o, &["addressType"])),
            cs(format_discovery_ports(arr(o, &["ports"]))),
            cs(format_discovery_endpoints(arr(o, &["endpoints"]))),
            age(o, ctx),
        ])
    },
};

/// `listWithMoreString`: `<unset>` when empty.
fn list_with_more(list: &[String], more: bool, count: usize, max: usize) -> String {
    let ret = list.join(",");
    if more {
        return format!("{ret} + {} more...", count - max);
    }
    if ret.is_empty() {
        "<unset>".into()
    } else {
        ret
    }
}

/// `formatDiscoveryPorts`: port number, else its name, else `*`.
fn format_discovery_ports(ports: &[Value]) -> String {
    const MAX: usize = 3;
    let mut list = Vec::new();
    let mut more = false;
    for p in ports {
        if list.len() < MAX {
            let text = match p.get("port").and_then(Value::as_i64) {
                Some(n) => n.to_string(),
                None => match p.get("name").and_then(Value::as_str) {
                    Some(n) => n.to_string(),
                    None => "*".to_string(),
                },
            };
            list.push(text);
        } else if list.len() == MAX {
            more = true;
        }
    }
    list_with_more(&list, more, ports.len(), MAX)
}

/// `formatDiscoveryEndpoints`: the first 3 addresses over all endpoints.
fn format_discovery_endpoints(endpoints: &[Value]) -> String {
    const MAX: usize = 3;
    let mut list = Vec::new();
    let mut more = false;
    let mut count = 0;
    for ep in endpoints {
        for a in arr(ep, &["addresses"]) {
            if list.len() < MAX {
                list.push(a.as_str().unwrap_or("").to_string());
            } else if list.len() == MAX {
                more = true;
            }
            count += 1;
        }
    }
    list_with_more(&list, more, count, MAX)
}

pub(crate) static SERVICE_CIDRS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("CIDRs", "string", d::SVC_CIDRS),
        Column::age(),
    ],
    print: |o, ctx| {
        let cidrs: Vec<&str> = arr(o, &["spec", "cidrs"])
            .iter()
            .filter_map(Value::as_str)
            .collect();
        Row::new(vec![cs(name(o)), cs(cidrs.join(",")), age(o, ctx)])
    },
};

/// Upstream declares two columns but emits three cells (name, parentRef, age); reproduced as is.
pub(crate) static IP_ADDRESSES: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("ParentRef", "string", d::IPADDR_PARENT),
    ],
    print: |o, ctx| {
        let parent = match get(o, &["spec", "parentRef"]).filter(|v| v.is_object()) {
            Some(p) => {
                let group = s(p, &["group"]);
                let resource = s(p, &["resource"]);
                let gr = if group.is_empty() {
                    resource.to_string()
                } else {
                    format!("{resource}.{group}")
                };
                let mut text = gr.to_lowercase();
                let ns = s(p, &["namespace"]);
                if !ns.is_empty() {
                    text = format!("{text}/{ns}");
                }
                format!("{text}/{}", s(p, &["name"]))
            }
            None => "<none>".into(),
        };
        Row::new(vec![cs(name(o)), cs(parent), age(o, ctx)])
    },
};
