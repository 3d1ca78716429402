//! Printers for batch/v1 jobs and cronjobs, after kubernetes `pkg/printers/internalversion/printers.go`
//! 1.32 (`printJob`, `printCronJob`).

use serde_json::Value;

use super::descriptions as d;
use super::util::{
    age, arr, bool_ptr, ci, cs, format_label_selector, get, i, layout_containers, name, opt_b,
    opt_i, opt_s, since, timestamp,
};
use super::{Column, Ctx, Printer, Row};
use crate::duration;

pub(crate) fn lookup(group: &str, resource: &str) -> Option<&'static Printer> {
    Some(match (group, resource) {
        ("batch", "jobs") => &JOBS,
        ("batch", "cronjobs") => &CRONJOBS,
        _ => return None,
    })
}

pub(crate) static JOBS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Status", "string", "Status of the job."),
        Column::new("Completions", "string", d::JOB_SUCCEEDED),
        Column::new("Duration", "string", "Time required to complete the job."),
        Column::age(),
        Column::new(
            "Containers",
            "string",
            "Names of each container in the template.",
        )
        .wide(),
        Column::new(
            "Images",
            "string",
            "Images referenced by each container in the template.",
        )
        .wide(),
        Column::new("Selector", "string", d::JOB_SELECTOR).wide(),
    ],
    print: print_job,
};

/// `hasJobCondition`: the first condition of that type decides.
fn has_condition(conds: &[Value], ty: &str) -> bool {
    conds
        .iter()
        .find(|c| c.get("type").and_then(Value::as_str) == Some(ty))
        .map(|c| c.get("status").and_then(Value::as_str) == Some("True"))
        .unwrap_or(false)
}

/// `printJob`.
fn print_job(o: &Value, ctx: &Ctx) -> Row {
    let succeeded = i(o, &["status", "succeeded"]);
    let parallelism_ptr = opt_i(o, &["spec", "parallelism"]);
    // SetDefaults_Job: with both unset, completions and parallelism default to 1.
    let completions_ptr = match (opt_i(o, &["spec", "completions"]), parallelism_ptr) {
        (None, None) => Some(1),
        (c, _) => c,
    };
    let parallelism = parallelism_ptr.unwrap_or(1);
    let completions = match completions_ptr {
        Some(c) => format!("{succeeded}/{c}"),
        None if parallelism > 1 => format!("{succeeded}/1 of {parallelism}"),
        None => format!("{succeeded}/1"),
    };
    let start = timestamp(o, &["status", "startTime"]);
    let done = timestamp(o, &["status", "completionTime"]);
    let job_duration = match (start, done) {
        (None, _) => String::new(),
        (Some(s), None) => duration::human_duration_nanos(duration::nanos_between(s, ctx.now)),
        (Some(s), Some(c)) => duration::human_duration_nanos(duration::nanos_between(s, c)),
    };
    let conds = super::util::arr(o, &["status", "conditions"]);
    let deleting = get(o, &["metadata", "deletionTimestamp"])
        .map(|v| !v.is_null())
        .unwrap_or(false);
    let status = if has_condition(conds, "Complete") {
        "Complete"
    } else if has_condition(conds, "Failed") {
        "Failed"
    } else if deleting {
        "Terminating"
    } else if has_condition(conds, "Suspended") {
        "Suspended"
    } else if has_condition(conds, "FailureTarget") {
        "FailureTarget"
    } else {
        "Running"
    };
    let (names, images) = layout_containers(arr(o, &["spec", "template", "spec", "containers"]));
    Row::new(vec![
        cs(name(o)),
        cs(status),
        cs(completions),
        cs(job_duration),
        age(o, ctx),
        cs(names),
        cs(images),
        cs(format_label_selector(get(o, &["spec", "selector"]))),
    ])
}

pub(crate) static CRONJOBS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Schedule", "string", d::CJ_SCHEDULE),
        Column::new("Timezone", "string", d::CJ_TIMEZONE),
        Column::new("Suspend", "boolean", d::CJ_SUSPEND),
        Column::new("Active", "integer", d::CJ_ACTIVE),
        Column::new("Last Schedule", "string", d::CJ_LAST_SCHEDULE),
        Column::age(),
        Column::new(
            "Containers",
            "string",
            "Names of each container in the template.",
        )
        .wide(),
        Column::new(
            "Images",
            "string",
            "Images referenced by each container in the template.",
        )
        .wide(),
        Column::new("Selector", "string", d::JOB_SELECTOR).wide(),
    ],
    print: print_cronjob,
};

/// `printCronJob`; `spec.suspend` defaults to false on the server.
fn print_cronjob(o: &Value, ctx: &Ctx) -> Row {
    let last = if timestamp(o, &["status", "lastScheduleTime"]).is_some() {
        since(o, &["status", "lastScheduleTime"], ctx)
    } else {
        "<none>".to_string()
    };
    let (names, images) = layout_containers(arr(
        o,
        &[
            "spec",
            "jobTemplate",
            "spec",
            "template",
            "spec",
            "containers",
        ],
    ));
    Row::new(vec![
        cs(name(o)),
        cs(super::util::s(o, &["spec", "schedule"])),
        cs(opt_s(o, &["spec", "timeZone"]).unwrap_or("<none>")),
        cs(bool_ptr(Some(
            opt_b(o, &["spec", "suspend"]).unwrap_or(false),
        ))),
        ci(arr(o, &["status", "active"]).len() as i64),
        cs(last),
        age(o, ctx),
        cs(names),
        cs(images),
        cs(format_label_selector(get(
            o,
            &["spec", "jobTemplate", "spec", "selector"],
        ))),
    ])
}
