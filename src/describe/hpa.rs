//! HorizontalPodAutoscaler (autoscaling/v2) describer (`describeHorizontalPodAutoscalerV2`).

use serde_json::Value;

use super::quantity::canonical;
use super::util::{arr_at, at, has, int, s};
use super::writer::{self, Writer};
use crate::dw;

/// `(*Quantity).String()`: `<nil>` for an absent pointer.
fn q(v: &Value, pointer: &str) -> String {
    match v.pointer(pointer) {
        Some(Value::String(x)) => canonical(x),
        Some(Value::Number(n)) => canonical(&n.to_string()),
        _ => "<nil>".to_string(),
    }
}

fn current_of<'a>(hpa: &'a Value, i: usize, kind: &str) -> Option<&'a Value> {
    hpa.pointer(&format!("/status/currentMetrics/{i}/{kind}"))
        .filter(|v| !v.is_null())
}

fn resource_metric(
    w: &mut Writer,
    hpa: &Value,
    i: usize,
    source: &Value,
    kind: &str,
    head: String,
) {
    w.write(1, &head);
    if has(source, "/target/averageValue") {
        let current = current_of(hpa, i, kind)
            .map(|c| q(c, "/current/averageValue"))
            .unwrap_or_else(|| "<unknown>".to_string());
        dw!(
            w,
            0,
            ":\t{current} / {}\n",
            q(source, "/target/averageValue")
        );
    } else {
        let current = current_of(hpa, i, kind)
            .filter(|c| has(c, "/current/averageUtilization"))
            .map(|c| {
                format!(
                    "{}% ({})",
                    int(c, "/current/averageUtilization"),
                    q(c, "/current/averageValue")
                )
            })
            .unwrap_or_else(|| "<unknown>".to_string());
        let target = if has(source, "/target/averageUtilization") {
            format!("{}%", int(source, "/target/averageUtilization"))
        } else {
            "<auto>".to_string()
        };
        dw!(
            w,
            1,
            "(as a percentage of request):\t{current} / {target}\n"
        );
    }
}

fn direction(w: &mut Writer, title: &str, rules: &Value) {
    if rules.is_null() {
        return;
    }
    dw!(w, 1, "{title}:\n");
    if has(rules, "/stabilizationWindowSeconds") {
        dw!(
            w,
            2,
            "Stabilization Window: {} seconds\n",
            int(rules, "/stabilizationWindowSeconds")
        );
    }
    let policies = arr_at(rules, "/policies");
    if !policies.is_empty() {
        let select = rules
            .pointer("/selectPolicy")
            .and_then(Value::as_str)
            .unwrap_or("Max");
        dw!(w, 2, "Select Policy: {select}\n");
        w.write(2, "Policies:\n");
        for p in policies {
            dw!(
                w,
                3,
                "- Type: {}\tValue: {}\tPeriod: {} seconds\n",
                s(p, "/type"),
                int(p, "/value"),
                int(p, "/periodSeconds")
            );
        }
    }
}

pub fn describe(hpa: &Value, events: Option<&[Value]>, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(hpa, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(hpa, "/metadata/namespace"));
    writer::labels_multiline(&mut w, "Labels", at(hpa, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(hpa, "/metadata/annotations"));
    dw!(
        w,
        0,
        "CreationTimestamp:\t{}\n",
        writer::time_field(hpa, "/metadata/creationTimestamp")
    );
    let target_kind = s(hpa, "/spec/scaleTargetRef/kind");
    dw!(
        w,
        0,
        "Reference:\t{target_kind}/{}\n",
        s(hpa, "/spec/scaleTargetRef/name")
    );
    w.write(0, "Metrics:\t( current / target )\n");
    for (i, m) in arr_at(hpa, "/spec/metrics").iter().enumerate() {
        let unknown = || "<unknown>".to_string();
        match s(m, "/type") {
            "External" => {
                let name = s(m, "/external/metric/name");
                if has(m, "/external/target/averageValue") {
                    let current = current_of(hpa, i, "external")
                        .filter(|c| has(c, "/current/averageValue"))
                        .map(|c| q(c, "/current/averageValue"))
                        .unwrap_or_else(unknown);
                    dw!(
                        w,
                        1,
                        "{name:?} (target average value):\t{current} / {}\n",
                        q(m, "/external/target/averageValue")
                    );
                } else {
                    let current = current_of(hpa, i, "external")
                        .map(|c| q(c, "/current/value"))
                        .unwrap_or_else(unknown);
                    dw!(
                        w,
                        1,
                        "{name:?} (target value):\t{current} / {}\n",
                        q(m, "/external/target/value")
                    );
                }
            }
            "Pods" => {
                let current = current_of(hpa, i, "pods")
                    .map(|c| q(c, "/current/averageValue"))
                    .unwrap_or_else(unknown);
                dw!(
                    w,
                    1,
                    "{:?} on pods:\t{current} / {}\n",
                    s(m, "/pods/metric/name"),
                    q(m, "/pods/target/averageValue")
                );
            }
            "Object" => {
                dw!(
                    w,
                    1,
                    "\"{}\" on {}/{} ",
                    s(m, "/object/metric/name"),
                    s(m, "/object/describedObject/kind"),
                    s(m, "/object/describedObject/name")
                );
                if s(m, "/object/target/type") == "AverageValue" {
                    let current = current_of(hpa, i, "object")
                        .map(|c| q(c, "/current/averageValue"))
                        .unwrap_or_else(unknown);
                    dw!(
                        w,
                        0,
                        "(target average value):\t{current} / {}\n",
                        q(m, "/object/target/averageValue")
                    );
                } else {
                    let current = current_of(hpa, i, "object")
                        .map(|c| q(c, "/current/value"))
                        .unwrap_or_else(unknown);
                    dw!(
                        w,
                        0,
                        "(target value):\t{current} / {}\n",
                        q(m, "/object/target/value")
                    );
                }
            }
            "Resource" => {
                let source = at(m, "/resource");
                let head = format!("resource {} on pods", s(source, "/name"));
                resource_metric(&mut w, hpa, i, source, "resource", head);
            }
            "ContainerResource" => {
                let source = at(m, "/containerResource");
                let head = format!(
                    "resource {} of container \"{}\" on pods",
                    s(source, "/name"),
                    s(source, "/container")
                );
                resource_metric(&mut w, hpa, i, source, "containerResource", head);
            }
            other => dw!(w, 1, "<unknown metric type {other:?}>\n"),
        }
    }
    let min = hpa
        .pointer("/spec/minReplicas")
        .and_then(Value::as_i64)
        .map(|n| n.to_string())
        .unwrap_or_else(|| "<unset>".to_string());
    dw!(w, 0, "Min replicas:\t{min}\n");
    dw!(w, 0, "Max replicas:\t{}\n", int(hpa, "/spec/maxReplicas"));
    if has(hpa, "/spec/behavior") {
        w.write(0, "Behavior:\n");
        direction(&mut w, "Scale Up", at(hpa, "/spec/behavior/scaleUp"));
        direction(&mut w, "Scale Down", at(hpa, "/spec/behavior/scaleDown"));
    }
    dw!(w, 0, "{target_kind} pods:\t");
    dw!(
        w,
        0,
        "{} current / {} desired\n",
        int(hpa, "/status/currentReplicas"),
        int(hpa, "/status/desiredReplicas")
    );
    let conditions = arr_at(hpa, "/status/conditions");
    if !conditions.is_empty() {
        w.write(0, "Conditions:\n");
        w.write(1, "Type\tStatus\tReason\tMessage\n");
        w.write(1, "----\t------\t------\t-------\n");
        for c in conditions {
            dw!(
                w,
                1,
                "{}\t{}\t{}\t{}\n",
                s(c, "/type"),
                s(c, "/status"),
                s(c, "/reason"),
                s(c, "/message")
            );
        }
    }
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}
