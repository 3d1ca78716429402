//! Service describer (`describeService`, with `formatEndpointSlices`).

use serde_json::Value;

use super::Related;
use super::util::{arr_at, at, int, s};
use super::writer::{self, Writer};
use crate::dw;

/// `buildIngressString`.
fn ingress_string(ingress: &[Value]) -> String {
    ingress
        .iter()
        .map(|i| {
            let ip = s(i, "/ip");
            if ip.is_empty() {
                s(i, "/hostname").to_string()
            } else if let Some(mode) = i.pointer("/ipMode").and_then(Value::as_str) {
                format!("{ip} ({mode})")
            } else {
                ip.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `net.JoinHostPort`: IPv6 addresses in brackets.
fn join_host_port(host: &str, port: i64) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

fn ready(endpoint: &Value) -> bool {
    endpoint
        .pointer("/conditions/ready")
        .and_then(Value::as_bool)
        .unwrap_or(true)
}

/// `formatEndpointSlices` for one service port name: the first three ready addresses, then
/// `+ N more...`.
pub fn format_endpoint_slices(slices: &[Value], port_name: Option<&str>) -> String {
    if slices.is_empty() {
        return "<none>".to_string();
    }
    const MAX: usize = 3;
    let mut list: Vec<String> = Vec::new();
    let mut more = false;
    let mut count = 0usize;
    for slice in slices {
        let endpoints = arr_at(slice, "/endpoints");
        let ports = arr_at(slice, "/ports");
        if ports.is_empty() {
            for e in endpoints {
                if list.len() == MAX {
                    more = true;
                }
                if !ready(e) {
                    continue;
                }
                if !more {
                    list.push(s(e, "/addresses/0").to_string());
                }
                count += 1;
            }
        } else {
            for port in ports {
                if port_name.is_some_and(|n| n != s(port, "/name")) {
                    continue;
                }
                for e in endpoints {
                    if list.len() == MAX {
                        more = true;
                    }
                    if !ready(e) {
                        continue;
                    }
                    if !more {
                        list.push(join_host_port(s(e, "/addresses/0"), int(port, "/port")));
                    }
                    count += 1;
                }
            }
        }
    }
    let joined = list.join(",");
    if more {
        format!("{joined} + {} more...", count.saturating_sub(MAX))
    } else {
        joined
    }
}

fn join_strings(v: &Value, pointer: &str) -> String {
    arr_at(v, pointer)
        .iter()
        .filter_map(Value::as_str)
        .collect::<Vec<_>>()
        .join(",")
}

pub fn describe(svc: &Value, related: &Related, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(svc, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(svc, "/metadata/namespace"));
    writer::labels_multiline(&mut w, "Labels", at(svc, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(svc, "/metadata/annotations"));
    dw!(
        w,
        0,
        "Selector:\t{}\n",
        writer::format_labels(at(svc, "/spec/selector"))
    );
    dw!(w, 0, "Type:\t{}\n", s(svc, "/spec/type"));
    if let Some(policy) = svc.pointer("/spec/ipFamilyPolicy").and_then(Value::as_str) {
        dw!(w, 0, "IP Family Policy:\t{policy}\n");
    }
    let families = join_strings(svc, "/spec/ipFamilies");
    dw!(
        w,
        0,
        "IP Families:\t{}\n",
        if families.is_empty() {
            "<none>"
        } else {
            &families
        }
    );
    dw!(w, 0, "IP:\t{}\n", s(svc, "/spec/clusterIP"));
    let ips = join_strings(svc, "/spec/clusterIPs");
    dw!(
        w,
        0,
        "IPs:\t{}\n",
        if arr_at(svc, "/spec/clusterIPs").is_empty() {
            "<none>"
        } else {
            &ips
        }
    );
    if !arr_at(svc, "/spec/externalIPs").is_empty() {
        dw!(
            w,
            0,
            "External IPs:\t{}\n",
            join_strings(svc, "/spec/externalIPs")
        );
    }
    let lb_ip = s(svc, "/spec/loadBalancerIP");
    if !lb_ip.is_empty() {
        dw!(w, 0, "Desired LoadBalancer IP:\t{lb_ip}\n");
    }
    let ext = s(svc, "/spec/externalName");
    if !ext.is_empty() {
        dw!(w, 0, "External Name:\t{ext}\n");
    }
    let ingress = arr_at(svc, "/status/loadBalancer/ingress");
    if !ingress.is_empty() {
        dw!(w, 0, "LoadBalancer Ingress:\t{}\n", ingress_string(ingress));
    }
    for port in arr_at(svc, "/spec/ports") {
        let raw_name = s(port, "/name");
        let name = if raw_name.is_empty() {
            "<unset>"
        } else {
            raw_name
        };
        let proto = s(port, "/protocol");
        dw!(w, 0, "Port:\t{name}\t{}/{proto}\n", int(port, "/port"));
        match port.pointer("/targetPort") {
            Some(Value::String(t)) => dw!(w, 0, "TargetPort:\t{t}/{proto}\n"),
            Some(Value::Number(n)) => dw!(w, 0, "TargetPort:\t{n}/{proto}\n"),
            _ => dw!(w, 0, "TargetPort:\t0/{proto}\n"),
        }
        let node_port = int(port, "/nodePort");
        if node_port != 0 {
            dw!(w, 0, "NodePort:\t{name}\t{node_port}/{proto}\n");
        }
        dw!(
            w,
            0,
            "Endpoints:\t{}\n",
            format_endpoint_slices(&related.endpoint_slices, Some(raw_name))
        );
    }
    dw!(
        w,
        0,
        "Session Affinity:\t{}\n",
        s(svc, "/spec/sessionAffinity")
    );
    let etp = s(svc, "/spec/externalTrafficPolicy");
    if !etp.is_empty() {
        dw!(w, 0, "External Traffic Policy:\t{etp}\n");
    }
    if let Some(itp) = svc
        .pointer("/spec/internalTrafficPolicy")
        .and_then(Value::as_str)
    {
        dw!(w, 0, "Internal Traffic Policy:\t{itp}\n");
    }
    let hc = int(svc, "/spec/healthCheckNodePort");
    if hc != 0 {
        dw!(w, 0, "HealthCheck NodePort:\t{hc}\n");
    }
    if !arr_at(svc, "/spec/loadBalancerSourceRanges").is_empty() {
        dw!(
            w,
            0,
            "LoadBalancer Source Ranges:\t{}\n",
            join_strings(svc, "/spec/loadBalancerSourceRanges")
        );
    }
    if let Some(ev) = related.events.as_deref() {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}
