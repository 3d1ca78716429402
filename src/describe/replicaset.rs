//! ReplicaSet describer (`describeReplicaSet`, with `getPodStatusForController`).

use serde_json::Value;

use super::Related;
use super::pod;
use super::util::{arr_at, at, controller_of, format_label_selector, int, print_controller, s};
use super::writer::{self, Writer};
use crate::dw;

/// Counts of a controller's pods by phase: pods whose controller owner has this uid.
pub fn pod_phase_counts(pods: &[Value], uid: &str) -> [usize; 4] {
    let mut counts = [0; 4];
    for p in pods {
        if controller_of(p).is_none_or(|r| s(r, "/uid") != uid) {
            continue;
        }
        match s(p, "/status/phase") {
            "Running" => counts[0] += 1,
            "Pending" => counts[1] += 1,
            "Succeeded" => counts[2] += 1,
            "Failed" => counts[3] += 1,
            _ => {}
        }
    }
    counts
}

/// The `Conditions:` table of deployments and replica sets.
pub fn controller_conditions(w: &mut Writer, obj: &Value) {
    let conditions = arr_at(obj, "/status/conditions");
    if conditions.is_empty() {
        return;
    }
    w.write(0, "Conditions:\n  Type\tStatus\tReason\n");
    w.write(1, "----\t------\t------\n");
    for c in conditions {
        dw!(
            w,
            1,
            "{} \t{}\t{}\n",
            s(c, "/type"),
            s(c, "/status"),
            s(c, "/reason")
        );
    }
}

pub fn describe(rs: &Value, related: &Related, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(rs, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(rs, "/metadata/namespace"));
    dw!(
        w,
        0,
        "Selector:\t{}\n",
        format_label_selector(at(rs, "/spec/selector"))
    );
    writer::labels_multiline(&mut w, "Labels", at(rs, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(rs, "/metadata/annotations"));
    let controlled_by = print_controller(rs);
    if !controlled_by.is_empty() {
        dw!(w, 0, "Controlled By:\t{controlled_by}\n");
    }
    dw!(
        w,
        0,
        "Replicas:\t{} current / {} desired\n",
        int(rs, "/status/replicas"),
        int(rs, "/spec/replicas")
    );
    w.write(0, "Pods Status:\t");
    let [running, waiting, succeeded, failed] =
        pod_phase_counts(&related.pods, s(rs, "/metadata/uid"));
    dw!(
        w,
        0,
        "{running} Running / {waiting} Waiting / {succeeded} Succeeded / {failed} Failed\n"
    );
    pod::pod_template(&mut w, at(rs, "/spec/template"));
    controller_conditions(&mut w, rs);
    if let Some(ev) = related.events.as_deref() {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}

/// `describeReplicationController`.
pub fn describe_rc(rc: &Value, related: &Related, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(rc, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(rc, "/metadata/namespace"));
    dw!(
        w,
        0,
        "Selector:\t{}\n",
        writer::format_labels(at(rc, "/spec/selector"))
    );
    writer::labels_multiline(&mut w, "Labels", at(rc, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(rc, "/metadata/annotations"));
    dw!(
        w,
        0,
        "Replicas:\t{} current / {} desired\n",
        int(rc, "/status/replicas"),
        int(rc, "/spec/replicas")
    );
    let [running, waiting, succeeded, failed] =
        pod_phase_counts(&related.pods, s(rc, "/metadata/uid"));
    dw!(
        w,
        0,
        "Pods Status:\t{running} Running / {waiting} Waiting / {succeeded} Succeeded / {failed} Failed\n"
    );
    if super::util::has(rc, "/spec/template") {
        pod::pod_template(&mut w, at(rc, "/spec/template"));
    } else {
        // kubectl writes `<unset>` without a newline for a missing template.
        w.write(0, "Pod Template:\n");
        w.write(1, "<unset>");
    }
    controller_conditions(&mut w, rc);
    if let Some(ev) = related.events.as_deref() {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}
