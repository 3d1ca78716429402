//! Ingress (networking.k8s.io/v1) describer (`describeIngressV1`): each service backend shows
//! its endpoints, looked up in the namespace's Services and EndpointSlices.

use std::collections::BTreeSet;

use serde_json::Value;

use super::Related;
use super::service::format_endpoint_slices;
use super::util::{arr_at, at, has, int, s};
use super::writer::{self, Writer};
use crate::dw;

/// `serviceBackendStringer`: `name:port`.
fn service_backend(svc: &Value) -> String {
    let number = int(svc, "/port/number");
    let port = if number != 0 {
        number.to_string()
    } else {
        s(svc, "/port/name").to_string()
    };
    format!("{}:{port}", s(svc, "/name"))
}

/// `describeBackendV1`.
fn backend(ns: &str, b: &Value, related: &Related) -> String {
    if has(b, "/service") {
        let svc_ref = at(b, "/service");
        let text = service_backend(svc_ref);
        let name = s(svc_ref, "/name");
        let Some(service) = related
            .services
            .iter()
            .find(|x| s(x, "/metadata/name") == name && s(x, "/metadata/namespace") == ns)
        else {
            return format!("{text} (<error: services \"{name}\" not found>)");
        };
        let number = int(svc_ref, "/port/number");
        let port_name = s(svc_ref, "/port/name");
        let mut sp_name = "";
        for sp in arr_at(service, "/spec/ports") {
            if (number != 0 && number == int(sp, "/port"))
                || (!port_name.is_empty() && port_name == s(sp, "/name"))
            {
                sp_name = s(sp, "/name");
            }
        }
        let slices: Vec<Value> = related
            .endpoint_slices
            .iter()
            .filter(|x| {
                s(x, "/metadata/labels/kubernetes.io~1service-name") == name
                    && s(x, "/metadata/namespace") == ns
            })
            .cloned()
            .collect();
        return format!(
            "{text} ({})",
            format_endpoint_slices(&slices, Some(sp_name))
        );
    }
    if has(b, "/resource") {
        let group = b
            .pointer("/resource/apiGroup")
            .and_then(Value::as_str)
            .unwrap_or("<none>");
        return format!(
            "APIGroup: {group}, Kind: {}, Name: {}",
            s(b, "/resource/kind"),
            s(b, "/resource/name")
        );
    }
    String::new()
}

/// `ingressLoadBalancerStatusStringerV1(…, wide=true)`: sorted unique IPs or hostnames.
fn addresses(ing: &Value) -> String {
    let set: BTreeSet<&str> = arr_at(ing, "/status/loadBalancer/ingress")
        .iter()
        .filter_map(|i| {
            let ip = s(i, "/ip");
            let host = s(i, "/hostname");
            if !ip.is_empty() {
                Some(ip)
            } else if !host.is_empty() {
                Some(host)
            } else {
                None
            }
        })
        .collect();
    set.into_iter().collect::<Vec<_>>().join(",")
}

pub fn describe(ing: &Value, related: &Related, now: jiff::Timestamp) -> String {
    let ns = s(ing, "/metadata/namespace");
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(ing, "/metadata/name"));
    writer::labels_multiline(&mut w, "Labels", at(ing, "/metadata/labels"));
    dw!(w, 0, "Namespace:\t{ns}\n");
    dw!(w, 0, "Address:\t{}\n", addresses(ing));
    let class = ing
        .pointer("/spec/ingressClassName")
        .and_then(Value::as_str)
        .unwrap_or("<none>");
    dw!(w, 0, "Ingress Class:\t{class}\n");
    let default = if has(ing, "/spec/defaultBackend") {
        backend(ns, at(ing, "/spec/defaultBackend"), related)
    } else {
        "<default>".to_string()
    };
    dw!(w, 0, "Default backend:\t{default}\n");
    let tls = arr_at(ing, "/spec/tls");
    if !tls.is_empty() {
        w.write(0, "TLS:\n");
        for t in tls {
            let hosts: Vec<&str> = arr_at(t, "/hosts")
                .iter()
                .filter_map(Value::as_str)
                .collect();
            let secret = s(t, "/secretName");
            if secret.is_empty() {
                dw!(w, 1, "SNI routes {}\n", hosts.join(","));
            } else {
                dw!(w, 1, "{secret} terminates {}\n", hosts.join(","));
            }
        }
    }
    w.write(0, "Rules:\n  Host\tPath\tBackends\n");
    w.write(1, "----\t----\t--------\n");
    let mut count = 0;
    for rule in arr_at(ing, "/spec/rules") {
        if !has(rule, "/http") {
            continue;
        }
        count += 1;
        let host = s(rule, "/host");
        dw!(w, 1, "{}\t\n", if host.is_empty() { "*" } else { host });
        for path in arr_at(rule, "/http/paths") {
            dw!(
                w,
                2,
                "\t{} \t{}\n",
                s(path, "/path"),
                backend(ns, at(path, "/backend"), related)
            );
        }
    }
    if count == 0 {
        dw!(w, 1, "*\t*\t{default}\n");
    }
    writer::annotations_multiline(&mut w, "Annotations", at(ing, "/metadata/annotations"));
    if let Some(ev) = related.events.as_deref() {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}
