//! Namespace (with its resource quotas and limit ranges), ResourceQuota and LimitRange
//! describers (`describeNamespace`, `DescribeResourceQuotas`, `DescribeLimitRanges`,
//! `describeQuota`, `describeLimitRange`).

use std::collections::BTreeSet;

use serde_json::Value;

use super::Related;
use super::quantity::{Quantity, canonical};
use super::util::{arr_at, at, s, sorted_keys};
use super::writer::{self, Writer};
use crate::dw;

pub fn describe(ns: &Value, related: &Related) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(ns, "/metadata/name"));
    writer::labels_multiline(&mut w, "Labels", at(ns, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(ns, "/metadata/annotations"));
    dw!(w, 0, "Status:\t{}\n", s(ns, "/status/phase"));
    let conditions = arr_at(ns, "/status/conditions");
    if !conditions.is_empty() {
        w.write(0, "Conditions:\n");
        w.write(1, "Type\tStatus\tLastTransitionTime\tReason\tMessage\n");
        w.write(1, "----\t------\t------------------\t------\t-------\n");
        for c in conditions {
            dw!(
                w,
                1,
                "{}\t{}\t{}\t{}\t{}\n",
                s(c, "/type"),
                s(c, "/status"),
                writer::time_field(c, "/lastTransitionTime"),
                s(c, "/reason"),
                s(c, "/message")
            );
        }
    }
    if let Some(quotas) = &related.resource_quotas {
        w.write(0, "\n");
        resource_quotas(&mut w, quotas);
    }
    if let Some(limits) = &related.limit_ranges {
        w.write(0, "\n");
        limit_ranges(&mut w, limits);
    }
    w.finish()
}

fn scope_help(scope: &str) -> &'static str {
    match scope {
        "Terminating" => {
            "Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system."
        }
        "NotTerminating" => {
            "Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate."
        }
        "BestEffort" => {
            "Matches all pods that do not have resource requirements set. These pods have a best effort quality of service."
        }
        "NotBestEffort" => {
            "Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service."
        }
        _ => "",
    }
}

fn sorted_scopes(q: &Value) -> Vec<String> {
    let mut scopes: Vec<String> = arr_at(q, "/spec/scopes")
        .iter()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect();
    scopes.sort();
    scopes
}

/// A quantity from a resource list; a missing one is Go's zero Quantity, `0`.
fn quantity(v: &Value, pointer: &str, name: &str) -> String {
    match v.pointer(pointer).and_then(|m| m.get(name)) {
        Some(Value::String(q)) => canonical(q),
        Some(Value::Number(n)) => canonical(&n.to_string()),
        _ => "0".to_string(),
    }
}

/// `describeQuota`'s used value: re-made in the hard value's format when they differ.
fn used_in_hard_format(q: &Value, name: &str) -> String {
    let get = |field: &str| {
        q.pointer(field)
            .and_then(|m| m.get(name))
            .and_then(Value::as_str)
            .and_then(Quantity::parse)
            .unwrap_or_default()
    };
    let hard = get("/status/hard");
    let used = get("/status/used");
    if hard.format() != used.format() {
        Quantity::from_value(used.value(), hard.format()).to_string()
    } else {
        used.to_string()
    }
}

fn resource_quotas(w: &mut Writer, quotas: &[Value]) {
    if quotas.is_empty() {
        w.write(0, "No resource quota.\n");
        return;
    }
    let mut list: Vec<&Value> = quotas.iter().collect();
    list.sort_by(|a, b| s(a, "/metadata/name").cmp(s(b, "/metadata/name")));
    w.write(0, "Resource Quotas\n");
    for q in list {
        dw!(w, 1, "Name:\t{}\n", s(q, "/metadata/name"));
        let scopes = sorted_scopes(q);
        if !scopes.is_empty() {
            dw!(w, 1, "Scopes:\t{}\n", scopes.join(", "));
            for scope in &scopes {
                let help = scope_help(scope);
                if !help.is_empty() {
                    dw!(w, 1, "* {help}\n");
                }
            }
        }
        w.write(1, "Resource\tUsed\tHard\n");
        w.write(1, "--------\t---\t---\n");
        for r in sorted_keys(q, "/status/hard") {
            dw!(
                w,
                1,
                "{}\t{}\t{}\n",
                r,
                quantity(q, "/status/used", &r),
                quantity(q, "/status/hard", &r)
            );
        }
    }
}

/// `describeLimitRangeSpec`. kubectl walks each item's resources in Go map order (random);
/// kctl sorts them.
fn limit_range_spec(w: &mut Writer, lr: &Value, prefix: &str) {
    for item in arr_at(lr, "/spec/limits") {
        let fields = [
            "max",
            "min",
            "default",
            "defaultRequest",
            "maxLimitRequestRatio",
        ];
        let names: BTreeSet<String> = fields
            .iter()
            .flat_map(|f| sorted_keys(item, &format!("/{f}")))
            .collect();
        let value = |field: &str, name: &str| match item.get(field).and_then(|m| m.get(name)) {
            Some(Value::String(q)) => canonical(q),
            Some(Value::Number(n)) => n.to_string(),
            _ => "-".to_string(),
        };
        for name in names {
            dw!(
                w,
                0,
                "{prefix}{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                s(item, "/type"),
                name,
                value("min", &name),
                value("max", &name),
                value("defaultRequest", &name),
                value("default", &name),
                value("maxLimitRequestRatio", &name)
            );
        }
    }
}

fn limit_ranges(w: &mut Writer, limits: &[Value]) {
    if limits.is_empty() {
        w.write(0, "No LimitRange resource.\n");
        return;
    }
    w.write(
        0,
        "Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n",
    );
    w.write(
        0,
        " ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n",
    );
    for lr in limits {
        limit_range_spec(w, lr, " ");
    }
}

/// `describeLimitRange`.
pub fn describe_limit_range(lr: &Value) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(lr, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(lr, "/metadata/namespace"));
    w.write(
        0,
        "Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n",
    );
    w.write(
        0,
        "----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n",
    );
    limit_range_spec(&mut w, lr, "");
    w.finish()
}

/// `describeQuota`. kubectl re-formats `used` in `hard`'s format when they differ; the
/// server's canonical strings already agree for the usual cases.
pub fn describe_quota(q: &Value) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(q, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(q, "/metadata/namespace"));
    let scopes = sorted_scopes(q);
    if !scopes.is_empty() {
        dw!(w, 0, "Scopes:\t{}\n", scopes.join(", "));
        for scope in &scopes {
            let help = scope_help(scope);
            if !help.is_empty() {
                dw!(w, 0, " * {help}\n");
            }
        }
    }
    w.write(0, "Resource\tUsed\tHard\n");
    w.write(0, "--------\t----\t----\n");
    for r in sorted_keys(q, "/status/hard") {
        dw!(
            w,
            0,
            "{}\t{}\t{}\n",
            r,
            used_in_hard_format(q, &r),
            quantity(q, "/status/hard", &r)
        );
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The seed transcript `describe ns efas-dev` (seeds-features.md §2, 000:161–180) as
    /// kubectl 1.32 prints it: the seed's older kubectl showed the last-applied annotation
    /// and indented the quota rows by one space; 1.32 skips the annotation and uses
    /// `LEVEL_1` (two spaces), as the sandbox parity test confirms.
    #[test]
    fn seed_namespace_with_quota_and_limits() {
        let ns = json!({"metadata": {"name": "efas-dev"}, "status": {"phase": "Active"}});
        let related = Related {
            resource_quotas: Some(vec![json!({
                "metadata": {"name": "memory-cpu-quota"},
                "status": {"hard": {"cpu": "32", "memory": "64Gi"}, "used": {"cpu": "10500m", "memory": "8Gi"}}
            })]),
            limit_ranges: Some(vec![json!({
                "metadata": {"name": "limits"},
                "spec": {"limits": [{"type": "Container",
                    "default": {"cpu": "1", "memory": "512Mi"},
                    "defaultRequest": {"cpu": "500m", "memory": "256Mi"}}]}
            })]),
            ..Related::default()
        };
        let want = "Name:         efas-dev
Labels:       <none>
Annotations:  <none>
Status:       Active

Resource Quotas
  Name:     memory-cpu-quota
  Resource  Used    Hard
  --------  ---     ---
  cpu       10500m  32
  memory    8Gi     64Gi

Resource Limits
 Type       Resource  Min  Max  Default Request  Default Limit  Max Limit/Request Ratio
 ----       --------  ---  ---  ---------------  -------------  -----------------------
 Container  cpu       -    -    500m             1              -
 Container  memory    -    -    256Mi            512Mi          -
";
        assert_eq!(describe(&ns, &related), want);
    }

    #[test]
    fn no_quota_no_limits() {
        let ns = json!({"metadata": {"name": "x"}, "status": {"phase": "Active"}});
        let related = Related {
            resource_quotas: Some(Vec::new()),
            limit_ranges: Some(Vec::new()),
            ..Related::default()
        };
        assert_eq!(
            describe(&ns, &related),
            "Name:         x\nLabels:       <none>\nAnnotations:  <none>\nStatus:       Active\n\nNo resource quota.\n\nNo LimitRange resource.\n"
        );
    }
}
