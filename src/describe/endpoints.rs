//! Endpoints describer (`describeEndpoints`).

use serde_json::Value;

use super::util::{arr_at, at, int, s};
use super::writer::{self, Writer};
use crate::dw;

fn ips(subset: &Value, field: &str) -> String {
    let list: Vec<&str> = arr_at(subset, field).iter().map(|a| s(a, "/ip")).collect();
    let joined = list.join(",");
    if joined.is_empty() {
        "<none>".to_string()
    } else {
        joined
    }
}

pub fn describe(ep: &Value, events: Option<&[Value]>, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(ep, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(ep, "/metadata/namespace"));
    writer::labels_multiline(&mut w, "Labels", at(ep, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(ep, "/metadata/annotations"));
    w.write(0, "Subsets:\n");
    for subset in arr_at(ep, "/subsets") {
        dw!(w, 1, "Addresses:\t{}\n", ips(subset, "/addresses"));
        dw!(
            w,
            1,
            "NotReadyAddresses:\t{}\n",
            ips(subset, "/notReadyAddresses")
        );
        let ports = arr_at(subset, "/ports");
        if !ports.is_empty() {
            w.write(1, "Ports:\n");
            w.write(2, "Name\tPort\tProtocol\n");
            w.write(2, "----\t----\t--------\n");
            for p in ports {
                let mut name = s(p, "/name");
                if name.is_empty() {
                    name = "<unset>";
                }
                dw!(
                    w,
                    2,
                    "{}\t{}\t{}\n",
                    name,
                    int(p, "/port"),
                    s(p, "/protocol")
                );
            }
        }
        w.write(0, "\n");
    }
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}
