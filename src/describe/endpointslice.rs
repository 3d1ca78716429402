//! EndpointSlice (discovery.k8s.io/v1) describer (`describeEndpointSliceV1`).

use serde_json::Value;

use super::util::{arr_at, at, s};
use super::writer::{self, Writer};
use crate::dw;

fn opt_str<'a>(v: &'a Value, pointer: &str) -> &'a str {
    v.pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or("<unset>")
}

pub fn describe(eps: &Value, events: Option<&[Value]>, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(eps, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(eps, "/metadata/namespace"));
    writer::labels_multiline(&mut w, "Labels", at(eps, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(eps, "/metadata/annotations"));
    dw!(w, 0, "AddressType:\t{}\n", s(eps, "/addressType"));
    let ports = arr_at(eps, "/ports");
    if ports.is_empty() {
        w.write(0, "Ports: <unset>\n");
    } else {
        w.write(0, "Ports:\n");
        w.write(1, "Name\tPort\tProtocol\n");
        w.write(1, "----\t----\t--------\n");
        for p in ports {
            let name = match s(p, "/name") {
                "" => "<unset>",
                n => n,
            };
            let port = p
                .pointer("/port")
                .and_then(Value::as_i64)
                .map(|n| n.to_string())
                .unwrap_or_else(|| "<unset>".to_string());
            dw!(w, 1, "{name}\t{port}\t{}\n", s(p, "/protocol"));
        }
    }
    let endpoints = arr_at(eps, "/endpoints");
    if endpoints.is_empty() {
        w.write(0, "Endpoints: <none>\n");
    } else {
        w.write(0, "Endpoints:\n");
        for e in endpoints {
            let addrs: Vec<&str> = arr_at(e, "/addresses")
                .iter()
                .filter_map(Value::as_str)
                .collect();
            let joined = addrs.join(", ");
            dw!(
                w,
                1,
                "- Addresses:\t{}\n",
                if joined.is_empty() { "<none>" } else { &joined }
            );
            w.write(2, "Conditions:\n");
            let ready = e
                .pointer("/conditions/ready")
                .and_then(Value::as_bool)
                .map(|b| b.to_string())
                .unwrap_or_else(|| "<unset>".to_string());
            dw!(w, 3, "Ready:\t{ready}\n");
            dw!(w, 2, "Hostname:\t{}\n", opt_str(e, "/hostname"));
            if e.pointer("/targetRef").is_some_and(|t| !t.is_null()) {
                dw!(
                    w,
                    2,
                    "TargetRef:\t{}/{}\n",
                    s(e, "/targetRef/kind"),
                    s(e, "/targetRef/name")
                );
            }
            dw!(w, 2, "NodeName:\t{}\n", opt_str(e, "/nodeName"));
            dw!(w, 2, "Zone:\t{}\n", opt_str(e, "/zone"));
        }
    }
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}
