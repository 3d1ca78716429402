//! The CronJob controller (pkg/controller/cronjob, v2): a Job `<name>-<minutes since epoch>`
//! per fire time of the schedule (in `spec.timeZone`), honouring suspend,
//! startingDeadlineSeconds and concurrencyPolicy; `status.active`, `lastScheduleTime`,
//! `lastSuccessfulTime`; finished jobs beyond the history limits deleted. Events from
//! `cronjob-controller`.

use jiff::Timestamp;
use jiff::tz::TimeZone;
use serde_json::{Value, json};

use super::cron::{Schedule, most_recent};
use super::events::{Event, Source, record};
use super::job::finished;
use super::{
    Api, controller_ref, controller_uid, is_deleting, kinds, name_of, ns_of, rfc3339, uid_of,
};

const SOURCE: Source<'static> = Source::controller("cronjob-controller");
const MANAGER: &str = "kube-controller-manager";
const SCHEDULED_ANNOTATION: &str = "batch.kubernetes.io/cronjob-scheduled-timestamp";

/// `getJobName`: the scheduled time in minutes since the epoch makes the name deterministic.
pub fn job_name(cronjob: &str, scheduled: Timestamp) -> String {
    format!("{cronjob}-{}", scheduled.as_second().div_euclid(60))
}

fn time_zone(cj: &Value) -> Option<TimeZone> {
    match cj["spec"]["timeZone"].as_str() {
        None | Some("") | Some("UTC") | Some("Etc/UTC") => Some(TimeZone::UTC),
        Some(name) => TimeZone::get(name).ok(),
    }
}

/// `getJobFromTemplate2`.
pub fn job_for(cj: &Value, scheduled: Timestamp, tz: &TimeZone) -> Value {
    let tpl = &cj["spec"]["jobTemplate"];
    let mut meta = json!({
        "name": job_name(name_of(cj), scheduled), "namespace": ns_of(cj),
        "ownerReferences": [controller_ref(cj)],
    });
    if let Some(l) = tpl["metadata"]["labels"]
        .as_object()
        .filter(|l| !l.is_empty())
    {
        meta["labels"] = Value::Object(l.clone());
    }
    let mut annotations = tpl["metadata"]["annotations"].clone();
    if !annotations.is_object() {
        annotations = json!({});
    }
    annotations[SCHEDULED_ANNOTATION] = json!(
        scheduled
            .to_zoned(tz.clone())
            .strftime("%Y-%m-%dT%H:%M:%S%:z")
            .to_string()
            .replace("+00:00", "Z")
    );
    meta["annotations"] = annotations;
    json!({"apiVersion": "batch/v1", "kind": "Job", "metadata": meta, "spec": tpl["spec"]})
}

fn event(api: &Api, cj: &Value, warning: bool, reason: &'static str, message: String) {
    record(
        api,
        Event {
            object: cj,
            field_path: None,
            warning,
            reason,
            message,
            source: SOURCE,
        },
    );
}

fn job_ref(job: &Value) -> Value {
    json!({"apiVersion": "batch/v1", "kind": "Job", "name": name_of(job), "namespace": ns_of(job),
           "resourceVersion": job["metadata"]["resourceVersion"], "uid": uid_of(job)})
}

pub fn sync_all(api: &Api) {
    for cj in api.list(kinds::CRONJOBS, None) {
        if is_deleting(&cj) {
            continue;
        }
        sync(api, &cj);
    }
}

fn ts(v: &Value) -> Option<Timestamp> {
    v.as_str().and_then(|s| s.parse().ok())
}

fn sync(api: &Api, cj: &Value) {
    let jobs: Vec<Value> = api
        .list(kinds::JOBS, Some(ns_of(cj)))
        .into_iter()
        .filter(|j| controller_uid(j) == Some(uid_of(cj)))
        .collect();
    let mut status = cj["status"].clone();
    if !status.is_object() {
        status = json!({});
    }
    // `syncCronJob`: listed jobs that finished leave the active list; unfinished jobs this
    // controller did not list are reported, not adopted.
    let old_active: Vec<Value> = status["active"].as_array().cloned().unwrap_or_default();
    let mut active: Vec<Value> = Vec::new();
    for j in &jobs {
        let listed = old_active.iter().find(|r| r["uid"] == j["metadata"]["uid"]);
        match (finished(j), listed) {
            (None, Some(r)) => active.push(r.clone()),
            (None, None) if !is_deleting(j) => {
                let message = format!(
                    "Saw a job that the controller did not create or forgot: {}",
                    name_of(j)
                );
                let seen = api.list(kinds::EVENTS, Some(ns_of(cj))).iter().any(|e| {
                    e["involvedObject"]["uid"] == cj["metadata"]["uid"]
                        && e["message"] == message.as_str()
                });
                if !seen {
                    event(api, cj, true, "UnexpectedJob", message);
                }
            }
            (Some(state), Some(_)) => event(
                api,
                cj,
                false,
                "SawCompletedJob",
                format!("Saw completed job: {}, condition: {state}", name_of(j)),
            ),
            _ => {}
        }
        if finished(j) == Some("Complete")
            && let Some(t) = ts(&j["status"]["completionTime"])
            && ts(&status["lastSuccessfulTime"]).is_none_or(|l| l < t)
        {
            status["lastSuccessfulTime"] = json!(rfc3339(t));
        }
    }
    for r in &old_active {
        if !jobs.iter().any(|j| j["metadata"]["uid"] == r["uid"]) {
            event(
                api,
                cj,
                false,
                "MissingJob",
                format!(
                    "Active job went missing: {}",
                    r["name"].as_str().unwrap_or_default()
                ),
            );
        }
    }

    schedule(api, cj, &mut status, &mut active, &jobs);

    if active.is_empty() {
        if let Some(m) = status.as_object_mut() {
            m.remove("active");
        }
    } else {
        status["active"] = Value::Array(active);
    }
    cleanup(api, cj, &jobs);
    let Some(cur) = api.get(kinds::CRONJOBS, ns_of(cj), name_of(cj)) else {
        return;
    };
    if cur["status"] != status {
        let mut n = cur.clone();
        n["status"] = status;
        api.update(kinds::CRONJOBS, &cur, n, MANAGER, Some("status"));
    }
}

fn schedule(api: &Api, cj: &Value, status: &mut Value, active: &mut Vec<Value>, jobs: &[Value]) {
    if cj["spec"]["suspend"] == true {
        return;
    }
    let Ok(sched) = Schedule::parse(cj["spec"]["schedule"].as_str().unwrap_or_default()) else {
        return;
    };
    let Some(tz) = time_zone(cj) else {
        return;
    };
    let created = ts(&cj["metadata"]["creationTimestamp"]).unwrap_or(api.now);
    let mut earliest = ts(&status["lastScheduleTime"]).unwrap_or(created);
    let deadline = cj["spec"]["startingDeadlineSeconds"].as_i64();
    if let Some(d) = deadline
        && let Ok(t) = api.now.checked_sub(jiff::SignedDuration::from_secs(d))
        && t > earliest
    {
        earliest = t;
    }
    let (Some(scheduled), missed) = most_recent(&sched, earliest, api.now, &tz) else {
        return;
    };
    if missed > 100 {
        event(
            api,
            cj,
            true,
            "TooManyMissedTimes",
            format!(
                "too many missed start times: {missed}. Set or decrease .spec.startingDeadlineSeconds or check clock skew"
            ),
        );
    }
    let name = job_name(name_of(cj), scheduled);
    if jobs.iter().any(|j| name_of(j) == name) {
        // Already made (the status write after it may have been lost).
        status["lastScheduleTime"] = json!(rfc3339(scheduled));
        return;
    }
    match cj["spec"]["concurrencyPolicy"].as_str() {
        Some("Forbid") if !active.is_empty() => {
            event(
                api,
                cj,
                false,
                "JobAlreadyActive",
                "Not starting job because prior execution is running and concurrency policy is Forbid".into(),
            );
            return;
        }
        Some("Replace") => {
            for r in active.drain(..) {
                if let Some(j) = jobs.iter().find(|j| j["metadata"]["uid"] == r["uid"])
                    && api.delete(kinds::JOBS, j)
                {
                    event(
                        api,
                        cj,
                        false,
                        "SuccessfulDelete",
                        format!("Deleted job {}", name_of(j)),
                    );
                }
            }
        }
        _ => {}
    }
    if let Some(j) = api.create(kinds::JOBS, job_for(cj, scheduled, &tz), MANAGER) {
        event(
            api,
            cj,
            false,
            "SuccessfulCreate",
            format!("Created job {}", name_of(&j)),
        );
        active.push(job_ref(&j));
        status["lastScheduleTime"] = json!(rfc3339(scheduled));
    }
}

/// `cleanupFinishedJobs`: the oldest finished jobs beyond the history limits go.
fn cleanup(api: &Api, cj: &Value, jobs: &[Value]) {
    for (state, key, default) in [
        ("Complete", "successfulJobsHistoryLimit", 3),
        ("Failed", "failedJobsHistoryLimit", 1),
    ] {
        let limit = cj["spec"][key].as_i64().unwrap_or(default).max(0) as usize;
        let mut done: Vec<&Value> = jobs
            .iter()
            .filter(|j| finished(j) == Some(state) && !is_deleting(j))
            .collect();
        if done.len() <= limit {
            continue;
        }
        done.sort_by_key(|j| {
            j["status"]["startTime"]
                .as_str()
                .or(j["metadata"]["creationTimestamp"].as_str())
                .unwrap_or_default()
                .to_string()
        });
        for j in &done[..done.len() - limit] {
            if api.delete(kinds::JOBS, j) {
                event(
                    api,
                    cj,
                    false,
                    "SuccessfulDelete",
                    format!("Deleted job {}", name_of(j)),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn job_names_and_templates() {
        let t: Timestamp = "2026-03-01T10:05:00Z".parse().unwrap();
        assert_eq!(
            job_name("hello", t),
            format!("hello-{}", t.as_second() / 60)
        );
        let cj = json!({"apiVersion": "batch/v1", "kind": "CronJob",
            "metadata": {"name": "hello", "namespace": "ns", "uid": "u"},
            "spec": {"jobTemplate": {"metadata": {"labels": {"a": "b"}},
                "spec": {"template": {"spec": {"containers": [{"name": "c"}]}}}}}});
        let j = job_for(&cj, t, &TimeZone::UTC);
        assert_eq!(j["metadata"]["labels"], json!({"a": "b"}));
        assert_eq!(
            j["metadata"]["annotations"][SCHEDULED_ANNOTATION],
            "2026-03-01T10:05:00Z"
        );
        assert_eq!(j["metadata"]["ownerReferences"][0]["kind"], "CronJob");
        assert_eq!(j["spec"]["template"]["spec"]["containers"][0]["name"], "c");
    }
}
