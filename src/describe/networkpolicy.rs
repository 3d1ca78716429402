//! NetworkPolicy describer (`describeNetworkPolicy`, `describeNetworkPolicySpec`).

use serde_json::Value;

use super::util::{arr_at, at, format_label_selector, has, int, int_or_string, non_empty, s};
use super::writer::{self, Writer};
use crate::dw;

/// Go's `time.Time.String()` in the local zone (`metav1.Time` printed with `%s`).
fn go_time_string(t: jiff::Timestamp) -> String {
    let z = t.to_zoned(jiff::tz::TimeZone::system());
    let abbrev = z.strftime("%Z").to_string();
    format!("{} {abbrev}", z.strftime("%Y-%m-%d %H:%M:%S%.f %z"))
}

pub fn describe(np: &Value) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(np, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(np, "/metadata/namespace"));
    let created = super::util::parse_time(np, "/metadata/creationTimestamp")
        .map(go_time_string)
        .unwrap_or_else(|| "0001-01-01 00:00:00 +0000 UTC".to_string());
    dw!(w, 0, "Created on:\t{created}\n");
    writer::labels_multiline(&mut w, "Labels", at(np, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(np, "/metadata/annotations"));
    w.write(0, "Spec:\n");
    w.write(1, "PodSelector: ");
    if !non_empty(np, "/spec/podSelector/matchLabels")
        && !non_empty(np, "/spec/podSelector/matchExpressions")
    {
        w.write(
            2,
            "<none> (Allowing the specific traffic to all pods in this namespace)\n",
        );
    } else {
        dw!(
            w,
            2,
            "{}\n",
            format_label_selector(at(np, "/spec/podSelector"))
        );
    }
    let types: Vec<&str> = arr_at(np, "/spec/policyTypes")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    if types.contains(&"Ingress") {
        w.write(1, "Allowing ingress traffic:\n");
        rules(&mut w, arr_at(np, "/spec/ingress"), true);
    } else {
        w.write(1, "Not affecting ingress traffic\n");
    }
    if types.contains(&"Egress") {
        w.write(1, "Allowing egress traffic:\n");
        rules(&mut w, arr_at(np, "/spec/egress"), false);
    } else {
        w.write(1, "Not affecting egress traffic\n");
    }
    let joined = types.join(", ");
    dw!(
        w,
        1,
        "Policy Types: {}\n",
        if joined.is_empty() { "<none>" } else { &joined }
    );
    w.finish()
}

/// `printNetworkPolicySpecIngressFrom` / `printNetworkPolicySpecEgressTo`.
fn rules(w: &mut Writer, list: &[Value], ingress: bool) {
    const INDENT: &str = "    ";
    let (peers_field, peer_title, no_rules, any_peer) = if ingress {
        (
            "/from",
            "From:",
            "<none> (Selected pods are isolated for ingress connectivity)",
            "From: <any> (traffic not restricted by source)",
        )
    } else {
        (
            "/to",
            "To:",
            "<none> (Selected pods are isolated for egress connectivity)",
            "To: <any> (traffic not restricted by destination)",
        )
    };
    if list.is_empty() {
        dw!(w, 0, "{INDENT}{no_rules}\n");
        return;
    }
    for (i, rule) in list.iter().enumerate() {
        let ports = arr_at(rule, "/ports");
        if ports.is_empty() {
            dw!(
                w,
                0,
                "{INDENT}To Port: <any> (traffic allowed to all ports)\n"
            );
        }
        for p in ports {
            let proto = p
                .pointer("/protocol")
                .and_then(Value::as_str)
                .unwrap_or("TCP");
            let port = match p.pointer("/port") {
                Some(v) if !v.is_null() => int_or_string(v),
                _ => "<nil>".to_string(),
            };
            if has(p, "/endPort") {
                dw!(
                    w,
                    0,
                    "{INDENT}To Port Range: {port}-{}/{proto}\n",
                    int(p, "/endPort")
                );
            } else {
                dw!(w, 0, "{INDENT}To Port: {port}/{proto}\n");
            }
        }
        let peers = arr_at(rule, peers_field);
        if peers.is_empty() {
            dw!(w, 0, "{INDENT}{any_peer}\n");
        }
        for peer in peers {
            dw!(w, 0, "{INDENT}{peer_title}\n");
            let pod = has(peer, "/podSelector");
            let ns = has(peer, "/namespaceSelector");
            if ns {
                dw!(
                    w,
                    1,
                    "{INDENT}NamespaceSelector: {}\n",
                    format_label_selector(at(peer, "/namespaceSelector"))
                );
            }
            if pod {
                dw!(
                    w,
                    1,
                    "{INDENT}PodSelector: {}\n",
                    format_label_selector(at(peer, "/podSelector"))
                );
            }
            if !pod && !ns && has(peer, "/ipBlock") {
                dw!(w, 1, "{INDENT}IPBlock:\n");
                dw!(w, 2, "{INDENT}CIDR: {}\n", s(peer, "/ipBlock/cidr"));
                let except: Vec<&str> = arr_at(peer, "/ipBlock/except")
                    .iter()
                    .filter_map(Value::as_str)
                    .collect();
                dw!(w, 2, "{INDENT}Except: {}\n", except.join(", "));
            }
        }
        if i + 1 != list.len() {
            dw!(w, 0, "{INDENT}----------\n");
        }
    }
}
