//! DaemonSet, StatefulSet, Job and CronJob describers (`describeDaemonSet`,
//! `describeStatefulSet`, `describeJob`, `describeCronJob`).

use serde_json::Value;

use super::Related;
use super::pod::{self, claim_class};
use super::replicaset::pod_phase_counts;
use super::util::{
    arr_at, at, go_string_slice, has, int, int_or_string, parse_time, print_bool_ptr,
    print_controller, s, selector_string,
};
use super::writer::{self, Writer};
use crate::duration::human_duration_nanos;
use crate::dw;

fn pods_status(w: &mut Writer, obj: &Value, related: &Related) {
    let [running, waiting, succeeded, failed] =
        pod_phase_counts(&related.pods, s(obj, "/metadata/uid"));
    dw!(
        w,
        0,
        "Pods Status:\t{running} Running / {waiting} Waiting / {succeeded} Succeeded / {failed} Failed\n"
    );
}

pub fn describe_daemonset(ds: &Value, related: &Related, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(ds, "/metadata/name"));
    dw!(
        w,
        0,
        "Selector:\t{}\n",
        selector_string(at(ds, "/spec/selector"))
    );
    dw!(
        w,
        0,
        "Node-Selector:\t{}\n",
        writer::format_labels(at(ds, "/spec/template/spec/nodeSelector"))
    );
    writer::labels_multiline(&mut w, "Labels", at(ds, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(ds, "/metadata/annotations"));
    for (title, field) in [
        (
            "Desired Number of Nodes Scheduled",
            "desiredNumberScheduled",
        ),
        (
            "Current Number of Nodes Scheduled",
            "currentNumberScheduled",
        ),
        (
            "Number of Nodes Scheduled with Up-to-date Pods",
            "updatedNumberScheduled",
        ),
        (
            "Number of Nodes Scheduled with Available Pods",
            "numberAvailable",
        ),
        ("Number of Nodes Misscheduled", "numberMisscheduled"),
    ] {
        dw!(w, 0, "{title}: {}\n", int(ds, &format!("/status/{field}")));
    }
    pods_status(&mut w, ds, related);
    pod::pod_template(&mut w, at(ds, "/spec/template"));
    if let Some(ev) = related.events.as_deref() {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}

pub fn describe_statefulset(ss: &Value, related: &Related, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(ss, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(ss, "/metadata/namespace"));
    dw!(
        w,
        0,
        "CreationTimestamp:\t{}\n",
        writer::time_field(ss, "/metadata/creationTimestamp")
    );
    dw!(
        w,
        0,
        "Selector:\t{}\n",
        selector_string(at(ss, "/spec/selector"))
    );
    writer::labels_multiline(&mut w, "Labels", at(ss, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(ss, "/metadata/annotations"));
    dw!(
        w,
        0,
        "Replicas:\t{} desired | {} total\n",
        int(ss, "/spec/replicas"),
        int(ss, "/status/replicas")
    );
    dw!(
        w,
        0,
        "Update Strategy:\t{}\n",
        s(ss, "/spec/updateStrategy/type")
    );
    if has(ss, "/spec/updateStrategy/rollingUpdate/partition") {
        dw!(
            w,
            1,
            "Partition:\t{}\n",
            int(ss, "/spec/updateStrategy/rollingUpdate/partition")
        );
        if has(ss, "/spec/updateStrategy/rollingUpdate/maxUnavailable") {
            dw!(
                w,
                1,
                "MaxUnavailable:\t{}\n",
                int_or_string(at(ss, "/spec/updateStrategy/rollingUpdate/maxUnavailable"))
            );
        }
    }
    pods_status(&mut w, ss, related);
    pod::pod_template(&mut w, at(ss, "/spec/template"));
    let templates = arr_at(ss, "/spec/volumeClaimTemplates");
    if templates.is_empty() {
        w.write(0, "Volume Claims:\t<none>\n");
    } else {
        w.write(0, "Volume Claims:\n");
        for pvc in templates {
            dw!(w, 1, "Name:\t{}\n", s(pvc, "/metadata/name"));
            dw!(w, 1, "StorageClass:\t{}\n", claim_class(pvc));
            writer::labels_multiline_indent(
                &mut w,
                "  ",
                "Labels",
                "\t",
                at(pvc, "/metadata/labels"),
            );
            writer::labels_multiline_indent(
                &mut w,
                "  ",
                "Annotations",
                "\t",
                at(pvc, "/metadata/annotations"),
            );
            let capacity = s(pvc, "/spec/resources/requests/storage");
            dw!(
                w,
                1,
                "Capacity:\t{}\n",
                if has(pvc, "/spec/resources/requests/storage") {
                    capacity
                } else {
                    "<default>"
                }
            );
            dw!(
                w,
                1,
                "Access Modes:\t{}\n",
                go_string_slice(at(pvc, "/spec/accessModes"))
            );
        }
    }
    if let Some(ev) = related.events.as_deref() {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}

/// `capIndexesListOrNone`: cut after the first comma past 50 bytes.
fn cap_indexes(indexes: &str, soft_limit: usize) -> String {
    if indexes.is_empty() {
        return "<none>".to_string();
    }
    match indexes.bytes().skip(soft_limit).position(|b| b == b',') {
        Some(p) => format!("{}...", &indexes[..soft_limit + p + 1]),
        None => indexes.to_string(),
    }
}

pub fn describe_job(job: &Value, events: Option<&[Value]>, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(job, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(job, "/metadata/namespace"));
    dw!(
        w,
        0,
        "Selector:\t{}\n",
        selector_string(at(job, "/spec/selector"))
    );
    writer::labels_multiline(&mut w, "Labels", at(job, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(job, "/metadata/annotations"));
    let controlled_by = print_controller(job);
    if !controlled_by.is_empty() {
        dw!(w, 0, "Controlled By:\t{controlled_by}\n");
    }
    if has(job, "/spec/parallelism") {
        dw!(w, 0, "Parallelism:\t{}\n", int(job, "/spec/parallelism"));
    }
    if has(job, "/spec/completions") {
        dw!(w, 0, "Completions:\t{}\n", int(job, "/spec/completions"));
    } else {
        w.write(0, "Completions:\t<unset>\n");
    }
    let mode = s(job, "/spec/completionMode");
    if has(job, "/spec/completionMode") {
        dw!(w, 0, "Completion Mode:\t{mode}\n");
    }
    if let Some(b) = job.pointer("/spec/suspend").and_then(Value::as_bool) {
        dw!(w, 0, "Suspend:\t{b}\n");
    }
    if has(job, "/spec/backoffLimit") {
        dw!(w, 0, "Backoff Limit:\t{}\n", int(job, "/spec/backoffLimit"));
    }
    if has(job, "/spec/ttlSecondsAfterFinished") {
        dw!(
            w,
            0,
            "TTL Seconds After Finished:\t{}\n",
            int(job, "/spec/ttlSecondsAfterFinished")
        );
    }
    let start = parse_time(job, "/status/startTime");
    let done = parse_time(job, "/status/completionTime");
    if let Some(t) = start {
        dw!(w, 0, "Start Time:\t{}\n", writer::rfc1123z(t));
    }
    if let Some(t) = done {
        dw!(w, 0, "Completed At:\t{}\n", writer::rfc1123z(t));
    }
    if let (Some(a), Some(b)) = (start, done) {
        dw!(
            w,
            0,
            "Duration:\t{}\n",
            human_duration_nanos(b.as_nanosecond() - a.as_nanosecond())
        );
    }
    if has(job, "/spec/activeDeadlineSeconds") {
        dw!(
            w,
            0,
            "Active Deadline Seconds:\t{}s\n",
            int(job, "/spec/activeDeadlineSeconds")
        );
    }
    let (active, succeeded, failed) = (
        int(job, "/status/active"),
        int(job, "/status/succeeded"),
        int(job, "/status/failed"),
    );
    if has(job, "/status/ready") {
        dw!(
            w,
            0,
            "Pods Statuses:\t{active} Active ({} Ready) / {succeeded} Succeeded / {failed} Failed\n",
            int(job, "/status/ready")
        );
    } else {
        dw!(
            w,
            0,
            "Pods Statuses:\t{active} Active / {succeeded} Succeeded / {failed} Failed\n"
        );
    }
    if mode == "Indexed" {
        dw!(
            w,
            0,
            "Completed Indexes:\t{}\n",
            cap_indexes(s(job, "/status/completedIndexes"), 50)
        );
    }
    pod::pod_template(&mut w, at(job, "/spec/template"));
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}

fn opt_int(w: &mut Writer, obj: &Value, pointer: &str, title: &str, suffix: &str) {
    if has(obj, pointer) {
        dw!(w, 0, "{title}:\t{}{suffix}\n", int(obj, pointer));
    } else {
        dw!(w, 0, "{title}:\t<unset>\n");
    }
}

pub fn describe_cronjob(cj: &Value, events: Option<&[Value]>, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(cj, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(cj, "/metadata/namespace"));
    writer::labels_multiline(&mut w, "Labels", at(cj, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(cj, "/metadata/annotations"));
    dw!(w, 0, "Schedule:\t{}\n", s(cj, "/spec/schedule"));
    dw!(
        w,
        0,
        "Concurrency Policy:\t{}\n",
        s(cj, "/spec/concurrencyPolicy")
    );
    dw!(w, 0, "Suspend:\t{}\n", print_bool_ptr(cj, "/spec/suspend"));
    opt_int(
        &mut w,
        cj,
        "/spec/successfulJobsHistoryLimit",
        "Successful Job History Limit",
        "",
    );
    opt_int(
        &mut w,
        cj,
        "/spec/failedJobsHistoryLimit",
        "Failed Job History Limit",
        "",
    );
    opt_int(
        &mut w,
        cj,
        "/spec/startingDeadlineSeconds",
        "Starting Deadline Seconds",
        "s",
    );
    let tpl = at(cj, "/spec/jobTemplate");
    if has(tpl, "/spec/selector") {
        dw!(
            w,
            0,
            "Selector:\t{}\n",
            selector_string(at(tpl, "/spec/selector"))
        );
    } else {
        w.write(0, "Selector:\t<unset>\n");
    }
    opt_int(&mut w, tpl, "/spec/parallelism", "Parallelism", "");
    opt_int(&mut w, tpl, "/spec/completions", "Completions", "");
    if has(tpl, "/spec/activeDeadlineSeconds") {
        dw!(
            w,
            0,
            "Active Deadline Seconds:\t{}s\n",
            int(tpl, "/spec/activeDeadlineSeconds")
        );
    }
    pod::pod_template(&mut w, at(tpl, "/spec/template"));
    match parse_time(cj, "/status/lastScheduleTime") {
        Some(t) => dw!(w, 0, "Last Schedule Time:\t{}\n", writer::rfc1123z(t)),
        None => w.write(0, "Last Schedule Time:\t<unset>\n"),
    }
    w.write(0, "Active Jobs:\t");
    let active = arr_at(cj, "/status/active");
    if active.is_empty() {
        w.line("<none>");
    } else {
        let names: Vec<&str> = active.iter().map(|j| s(j, "/name")).collect();
        w.write(0, &names.join(", "));
        w.line("");
    }
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}
