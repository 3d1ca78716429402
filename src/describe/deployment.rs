//! Deployment describer (`describeDeployment`, with deploymentutil's old/new ReplicaSets).

use serde_json::Value;

use super::Related;
use super::pod;
use super::replicaset::controller_conditions;
use super::util::{at, controller_of, int, int_or_string, s, selector_string};
use super::writer::{self, Writer};
use crate::dw;

/// A pod template without the `pod-template-hash` label, for `EqualIgnoreHash` (which also
/// treats an empty label map as no map).
fn template_ignoring_hash(tpl: &Value) -> Value {
    let mut t = tpl.clone();
    if let Some(meta) = t.get_mut("metadata").and_then(Value::as_object_mut)
        && let Some(labels) = meta.get_mut("labels").and_then(Value::as_object_mut)
    {
        labels.remove("pod-template-hash");
        if labels.is_empty() {
            meta.remove("labels");
        }
    }
    t
}

/// `deploymentutil.GetAllReplicaSets`: the deployment's ReplicaSets (controller owner uid);
/// the new one is the oldest whose template equals the deployment's ignoring the hash label;
/// all others are old, in list order.
pub fn split_replica_sets<'a>(d: &Value, all: &'a [Value]) -> (Vec<&'a Value>, Option<&'a Value>) {
    let uid = s(d, "/metadata/uid");
    let owned: Vec<&Value> = all
        .iter()
        .filter(|rs| controller_of(rs).is_some_and(|r| s(r, "/uid") == uid))
        .collect();
    let want = template_ignoring_hash(at(d, "/spec/template"));
    let mut by_age = owned.clone();
    by_age.sort_by(|a, b| {
        let ka = (
            super::util::parse_time(a, "/metadata/creationTimestamp"),
            s(a, "/metadata/name"),
        );
        let kb = (
            super::util::parse_time(b, "/metadata/creationTimestamp"),
            s(b, "/metadata/name"),
        );
        ka.cmp(&kb)
    });
    let new = by_age
        .into_iter()
        .find(|rs| template_ignoring_hash(at(rs, "/spec/template")) == want);
    let old = owned
        .into_iter()
        .filter(|rs| new.is_none_or(|n| !std::ptr::eq(*rs, n)))
        .collect();
    (old, new)
}

fn rs_list(list: &[&Value]) -> String {
    let text = list
        .iter()
        .map(|rs| {
            format!(
                "{} ({}/{} replicas created)",
                s(rs, "/metadata/name"),
                int(rs, "/status/replicas"),
                int(rs, "/spec/replicas")
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    if text.is_empty() {
        "<none>".to_string()
    } else {
        text
    }
}

pub fn describe(d: &Value, related: &Related, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(d, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(d, "/metadata/namespace"));
    dw!(
        w,
        0,
        "CreationTimestamp:\t{}\n",
        writer::time_field(d, "/metadata/creationTimestamp")
    );
    writer::labels_multiline(&mut w, "Labels", at(d, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(d, "/metadata/annotations"));
    dw!(
        w,
        0,
        "Selector:\t{}\n",
        selector_string(at(d, "/spec/selector"))
    );
    dw!(
        w,
        0,
        "Replicas:\t{} desired | {} updated | {} total | {} available | {} unavailable\n",
        int(d, "/spec/replicas"),
        int(d, "/status/updatedReplicas"),
        int(d, "/status/replicas"),
        int(d, "/status/availableReplicas"),
        int(d, "/status/unavailableReplicas")
    );
    dw!(w, 0, "StrategyType:\t{}\n", s(d, "/spec/strategy/type"));
    dw!(
        w,
        0,
        "MinReadySeconds:\t{}\n",
        int(d, "/spec/minReadySeconds")
    );
    if super::util::has(d, "/spec/strategy/rollingUpdate") {
        dw!(
            w,
            0,
            "RollingUpdateStrategy:\t{} max unavailable, {} max surge\n",
            int_or_string(at(d, "/spec/strategy/rollingUpdate/maxUnavailable")),
            int_or_string(at(d, "/spec/strategy/rollingUpdate/maxSurge"))
        );
    }
    pod::pod_template(&mut w, at(d, "/spec/template"));
    controller_conditions(&mut w, d);
    let (old, new) = split_replica_sets(d, &related.replica_sets);
    let new: Vec<&Value> = new.into_iter().collect();
    if !old.is_empty() || !new.is_empty() {
        dw!(w, 0, "OldReplicaSets:\t{}\n", rs_list(&old));
        dw!(w, 0, "NewReplicaSet:\t{}\n", rs_list(&new));
    }
    if let Some(ev) = related.events.as_deref() {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}
