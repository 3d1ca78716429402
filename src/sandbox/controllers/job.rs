//! The Job controller (pkg/controller/job): pods up to `parallelism` until `completions`
//! succeed (NonIndexed and Indexed), each carrying the `batch.kubernetes.io/job-tracking`
//! finalizer until its end is counted; `backoffLimit` failures fail the job; the status with
//! its conditions (SuccessCriteriaMet + Complete, FailureTarget + Failed, Suspended). Events
//! SuccessfulCreate, SuccessfulDelete, Completed, BackoffLimitExceeded from `job-controller`.
//! Also the API server's selector generation for new jobs (`generate_selector`).

use std::collections::BTreeSet;

use serde_json::{Value, json};

use super::events::{Event, Source, record};
use super::replicaset::{claim_pods, deletion_order, pod_from_template};
use super::{Api, Speed, is_deleting, kinds, name_of, ns_of, pod_ready, uid_of};

const SOURCE: Source<'static> = Source::controller("job-controller");
const MANAGER: &str = "kube-controller-manager";
pub const TRACKING_FINALIZER: &str = "batch.kubernetes.io/job-tracking";
const CONTROLLER_UID: &str = "batch.kubernetes.io/controller-uid";
const JOB_NAME: &str = "batch.kubernetes.io/job-name";
const LEGACY_CONTROLLER_UID: &str = "controller-uid";
const LEGACY_JOB_NAME: &str = "job-name";
const COMPLETION_INDEX: &str = "batch.kubernetes.io/job-completion-index";

/// The job strategy's `generateSelector` on create, then `SetDefaults_Job`'s copy of the
/// template labels to a job without labels (which kube-apiserver applies when it reads the
/// job back from storage, so every job shows them).
pub fn generate_selector(job: &mut Value) {
    let name = job["metadata"]["name"].clone();
    let uid = job["metadata"]["uid"].clone();
    let labels = &mut job["spec"]["template"]["metadata"]["labels"];
    if !labels.is_object() {
        *labels = json!({});
    }
    for (k, v) in [
        (LEGACY_JOB_NAME, &name),
        (JOB_NAME, &name),
        (LEGACY_CONTROLLER_UID, &uid),
        (CONTROLLER_UID, &uid),
    ] {
        if labels.get(k).is_none() {
            labels[k] = v.clone();
        }
    }
    let sel = &mut job["spec"]["selector"]["matchLabels"];
    if !sel.is_object() {
        *sel = json!({});
    }
    if sel.get(CONTROLLER_UID).is_none() {
        sel[CONTROLLER_UID] = uid;
    }
    let tpl_labels = job["spec"]["template"]["metadata"]["labels"].clone();
    if job["metadata"]["labels"]
        .as_object()
        .is_none_or(|m| m.is_empty())
    {
        job["metadata"]["labels"] = tpl_labels;
    }
}

fn event(api: &Api, job: &Value, warning: bool, reason: &'static str, message: String) {
    record(
        api,
        Event {
            object: job,
            field_path: None,
            warning,
            reason,
            message,
            source: SOURCE,
        },
    );
}

fn condition(ty: &str, reason: &str, message: &str, now: &str) -> Value {
    json!({"type": ty, "status": "True", "lastProbeTime": now, "lastTransitionTime": now,
           "reason": reason, "message": message})
}

fn has_condition(status: &Value, ty: &str) -> bool {
    status["conditions"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|c| c["type"] == ty && c["status"] == "True")
}

/// Whether the job has finished (Complete or Failed).
pub fn finished(job: &Value) -> Option<&'static str> {
    if has_condition(&job["status"], "Complete") {
        Some("Complete")
    } else if has_condition(&job["status"], "Failed") {
        Some("Failed")
    } else {
        None
    }
}

fn phase(p: &Value) -> &str {
    p["status"]["phase"].as_str().unwrap_or_default()
}

fn has_finalizer(p: &Value) -> bool {
    p["metadata"]["finalizers"]
        .as_array()
        .is_some_and(|f| f.iter().any(|x| x == TRACKING_FINALIZER))
}

fn completion_index(p: &Value) -> Option<i64> {
    p["metadata"]["annotations"][COMPLETION_INDEX]
        .as_str()
        .and_then(|s| s.parse().ok())
}

/// How many more pods to start: `parallelism` capped by what is left to complete.
pub fn wanted_active(parallelism: i64, completions: Option<i64>, succeeded: i64) -> i64 {
    match completions {
        Some(c) => parallelism.min(c - succeeded).max(0),
        // Work-queue jobs: once one pod succeeded, no new pods.
        None if succeeded > 0 => 0,
        None => parallelism.max(0),
    }
}

/// `completedIndexes` as the controller writes it: ranges "0-2,4".
pub fn format_indexes(set: &BTreeSet<i64>) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut it = set.iter().peekable();
    while let Some(&start) = it.next() {
        let mut end = start;
        while it.peek().is_some_and(|&&n| n == end + 1) {
            end += 1;
            it.next();
        }
        out.push(if end == start {
            start.to_string()
        } else {
            format!("{start}-{end}")
        });
    }
    out.join(",")
}

fn parse_indexes(s: &str) -> BTreeSet<i64> {
    let mut out = BTreeSet::new();
    for part in s.split(',').filter(|p| !p.is_empty()) {
        match part.split_once('-') {
            Some((a, b)) => {
                if let (Ok(a), Ok(b)) = (a.parse::<i64>(), b.parse::<i64>()) {
                    out.extend(a..=b);
                }
            }
            None => {
                if let Ok(n) = part.parse() {
                    out.insert(n);
                }
            }
        }
    }
    out
}

/// The pod for `job` (index for Indexed jobs) with the tracking finalizer.
fn new_pod(job: &Value, index: Option<i64>) -> Value {
    let mut pod = pod_from_template(job);
    pod["metadata"]["finalizers"] = json!([TRACKING_FINALIZER]);
    if let Some(i) = index {
        pod["metadata"]["generateName"] = json!(format!("{}-{i}-", name_of(job)));
        pod["metadata"]["annotations"][COMPLETION_INDEX] = json!(i.to_string());
        pod["metadata"]["labels"][COMPLETION_INDEX] = json!(i.to_string());
        if pod["spec"]["hostname"].is_null() {
            pod["spec"]["hostname"] = json!(format!("{}-{i}", name_of(job)));
        }
        // `addCompletionIndexEnvVariables`.
        let env = json!({"name": "JOB_COMPLETION_INDEX", "valueFrom": {"fieldRef": {
            "apiVersion": "v1", "fieldPath": format!("metadata.labels['{COMPLETION_INDEX}']")}}});
        for key in ["containers", "initContainers"] {
            if let Some(cs) = pod["spec"][key].as_array_mut() {
                for c in cs {
                    let mut list = c["env"].as_array().cloned().unwrap_or_default();
                    if !list.iter().any(|e| e["name"] == "JOB_COMPLETION_INDEX") {
                        list.push(env.clone());
                    }
                    c["env"] = Value::Array(list);
                }
            }
        }
    }
    pod
}

pub fn sync_all(api: &Api, speed: Speed) {
    for job in api.list(kinds::JOBS, None) {
        if is_deleting(&job) {
            continue;
        }
        if ttl_expired(&job, api.now) {
            // The ttl-after-finished controller: the job goes, its pods with it (GC).
            api.delete(kinds::JOBS, &job);
            continue;
        }
        let pods = api.list(kinds::PODS, Some(ns_of(&job)));
        sync(api, &job, &pods, speed);
    }
}

/// `ttlSecondsAfterFinished` has passed since the job finished (ttlafterfinished controller).
pub fn ttl_expired(job: &Value, now: jiff::Timestamp) -> bool {
    let Some(ttl) = job["spec"]["ttlSecondsAfterFinished"].as_i64() else {
        return false;
    };
    let Some(state) = finished(job) else {
        return false;
    };
    job["status"]["conditions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|c| c["type"] == state)
        .filter_map(|c| c["lastTransitionTime"].as_str())
        .filter_map(|s| s.parse::<jiff::Timestamp>().ok())
        .next()
        .and_then(|t| t.checked_add(jiff::SignedDuration::from_secs(ttl)).ok())
        .is_some_and(|expiry| expiry <= now)
}

/// The pod-failure back-off (`DefaultJobPodFailureBackOff` 10 s doubling per failure, at most
/// `MaxJobPodFailureBackOff` 10 min), in real-cluster milliseconds.
pub fn backoff_ms(failures: i64) -> u64 {
    if failures <= 0 {
        return 0;
    }
    let exp = u32::try_from(failures - 1).unwrap_or(u32::MAX).min(16);
    (10_000u64 << exp).min(600_000)
}

/// When the newest failed pod of `pods` finished.
fn last_failure(pods: &[Value]) -> Option<jiff::Timestamp> {
    pods.iter()
        .filter(|p| phase(p) == "Failed")
        .flat_map(|p| {
            p["status"]["containerStatuses"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|c| c["state"]["terminated"]["finishedAt"].as_str())
                .filter_map(|s| s.parse::<jiff::Timestamp>().ok())
        })
        .max()
}

fn remove_finalizer(api: &Api, p: &Value) -> bool {
    let mut n = p.clone();
    if let Some(f) = n["metadata"]["finalizers"].as_array_mut() {
        f.retain(|x| x != TRACKING_FINALIZER);
        if f.is_empty()
            && let Some(m) = n["metadata"].as_object_mut()
        {
            m.remove("finalizers");
        }
    }
    let Some(stored) = api.update(kinds::PODS, p, n, MANAGER, None) else {
        return false;
    };
    if is_deleting(&stored) && stored["metadata"]["finalizers"].is_null() {
        // A deleted pod waited only for this finalizer.
        if matches!(phase(&stored), "Succeeded" | "Failed") {
            api.delete(kinds::PODS, &stored);
        }
    }
    true
}

fn sync(api: &Api, job: &Value, pods: &[Value], speed: Speed) {
    let owned: Vec<Value> = if job["spec"]["selector"].is_object() {
        claim_pods(api, job, pods)
    } else {
        Vec::new()
    };
    let now = api.now_str();
    let mut status = job["status"].clone();
    if !status.is_object() {
        status = json!({});
    }
    let done = finished(job);
    let indexed = job["spec"]["completionMode"] == "Indexed";
    let completions = job["spec"]["completions"].as_i64();
    let parallelism = job["spec"]["parallelism"].as_i64().unwrap_or(1);
    let backoff = job["spec"]["backoffLimit"].as_i64().unwrap_or(6);
    let suspended = job["spec"]["suspend"] == true;

    // Count finished pods once: their finalizer goes, the count goes into the status.
    let mut succeeded = status["succeeded"].as_i64().unwrap_or(0);
    let mut failed = status["failed"].as_i64().unwrap_or(0);
    let mut completed = parse_indexes(status["completedIndexes"].as_str().unwrap_or_default());
    for p in &owned {
        let ph = phase(p);
        let terminal = ph == "Succeeded" || ph == "Failed" || is_deleting(p);
        if !has_finalizer(p) || !terminal {
            continue;
        }
        if ph == "Succeeded" || ph == "Failed" || is_deleting(p) {
            if !remove_finalizer(api, p) || done.is_some() {
                continue;
            }
            if ph == "Succeeded" {
                succeeded += 1;
                if let Some(i) = completion_index(p) {
                    completed.insert(i);
                }
            } else {
                failed += 1;
            }
        }
    }
    if indexed {
        succeeded = completed.len() as i64;
    }

    let mut active: Vec<&Value> = owned
        .iter()
        .filter(|p| !matches!(phase(p), "Succeeded" | "Failed") && !is_deleting(p))
        .collect();
    let terminating = owned
        .iter()
        .filter(|p| is_deleting(p) && !matches!(phase(p), "Succeeded" | "Failed"))
        .count();

    if status["startTime"].is_null() && !suspended && done.is_none() {
        status["startTime"] = json!(now);
    }

    let mut conditions: Vec<Value> = status["conditions"].as_array().cloned().unwrap_or_default();
    let mut finishing: Option<(&str, &str, &str)> = None;
    if done.is_none() {
        let complete = match completions {
            Some(c) => succeeded >= c,
            None => succeeded > 0 && active.is_empty(),
        };
        if complete {
            finishing = Some((
                "SuccessCriteriaMet",
                "CompletionsReached",
                "Reached expected number of succeeded pods",
            ));
        } else if failed > backoff {
            finishing = Some((
                "FailureTarget",
                "BackoffLimitExceeded",
                "Job has reached the specified backoff limit",
            ));
        } else if let Some(limit) = job["spec"]["activeDeadlineSeconds"].as_i64()
            && !suspended
            && status["startTime"]
                .as_str()
                .and_then(|s| s.parse::<jiff::Timestamp>().ok())
                .and_then(|t| t.checked_add(jiff::SignedDuration::from_secs(limit)).ok())
                .is_some_and(|end| end <= api.now)
        {
            finishing = Some((
                "FailureTarget",
                "DeadlineExceeded",
                "Job was active longer than specified deadline",
            ));
        }
    }

    if let Some((target, reason, message)) = finishing {
        for p in &active {
            if api.delete_pod(p) {
                event(
                    api,
                    job,
                    false,
                    "SuccessfulDelete",
                    format!("Deleted pod: {}", name_of(p)),
                );
            }
        }
        active.clear();
        conditions.push(condition(target, reason, message, &now));
        if target == "SuccessCriteriaMet" {
            conditions.push(condition("Complete", reason, message, &now));
            status["completionTime"] = json!(now);
            event(api, job, false, "Completed", "Job completed".into());
        } else {
            conditions.push(condition("Failed", reason, message, &now));
            event(api, job, true, reason, message.to_string());
        }
    } else if done.is_none() && suspended {
        for p in &active {
            if api.delete_pod(p) {
                event(
                    api,
                    job,
                    false,
                    "SuccessfulDelete",
                    format!("Deleted pod: {}", name_of(p)),
                );
            }
        }
        active.clear();
        if !has_condition(&status, "Suspended") {
            conditions.retain(|c| c["type"] != "Suspended");
            conditions.push(condition(
                "Suspended",
                "JobSuspended",
                "Job suspended",
                &now,
            ));
            event(api, job, false, "Suspended", "Job suspended".into());
        }
    } else if done.is_none() {
        if has_condition(&status, "Suspended") {
            for c in conditions.iter_mut().filter(|c| c["type"] == "Suspended") {
                *c = json!({"type": "Suspended", "status": "False", "lastProbeTime": now,
                    "lastTransitionTime": now, "reason": "JobResumed", "message": "Job resumed"});
            }
            event(api, job, false, "Resumed", "Job resumed".into());
        }
        let want = wanted_active(parallelism, completions, succeeded);
        let have = active.len() as i64;
        let backing_off = last_failure(&owned).is_some_and(|t| {
            let delay = speed.scale(backoff_ms(failed));
            jiff::SignedDuration::try_from(delay)
                .ok()
                .and_then(|d| t.checked_add(d).ok())
                .is_some_and(|ready| ready > api.now)
        });
        if have < want && terminating == 0 && !backing_off {
            let mut indexes: Vec<Option<i64>> = Vec::new();
            if indexed {
                let running: BTreeSet<i64> =
                    active.iter().filter_map(|p| completion_index(p)).collect();
                indexes.extend(
                    (0..completions.unwrap_or(0))
                        .filter(|i| !completed.contains(i) && !running.contains(i))
                        .take((want - have) as usize)
                        .map(Some),
                );
            } else {
                indexes.extend((0..want - have).map(|_| None));
            }
            for i in indexes {
                if let Some(p) = api.create(kinds::PODS, new_pod(job, i), MANAGER) {
                    event(
                        api,
                        job,
                        false,
                        "SuccessfulCreate",
                        format!("Created pod: {}", name_of(&p)),
                    );
                }
            }
        } else if have > want {
            let mut extra: Vec<&Value> = active.clone();
            extra.sort_by(|a, b| deletion_order(a, b));
            for p in extra.iter().take((have - want) as usize) {
                if api.delete_pod(p) {
                    event(
                        api,
                        job,
                        false,
                        "SuccessfulDelete",
                        format!("Deleted pod: {}", name_of(p)),
                    );
                }
            }
        }
    }

    // The status as the controller writes it: counts omitted at zero except ready/terminating,
    // which the 1.32 controller always sets.
    let live: Vec<Value> = api
        .list(kinds::PODS, Some(ns_of(job)))
        .into_iter()
        .filter(|p| super::controller_uid(p) == Some(uid_of(job)))
        .collect();
    let active_n = live
        .iter()
        .filter(|p| !matches!(phase(p), "Succeeded" | "Failed") && !is_deleting(p))
        .count() as i64;
    let ready_n = live
        .iter()
        .filter(|p| !matches!(phase(p), "Succeeded" | "Failed") && !is_deleting(p))
        .filter(|p| pod_ready(p))
        .count() as i64;
    let terminating_n = live
        .iter()
        .filter(|p| is_deleting(p) && !matches!(phase(p), "Succeeded" | "Failed"))
        .count() as i64;
    let m = status.as_object_mut().expect("status is an object");
    for (k, v) in [
        ("active", active_n),
        ("succeeded", succeeded),
        ("failed", failed),
    ] {
        if v > 0 {
            m.insert(k.into(), json!(v));
        } else {
            m.remove(k);
        }
    }
    m.insert("ready".into(), json!(ready_n));
    m.insert("terminating".into(), json!(terminating_n));
    m.insert("uncountedTerminatedPods".into(), json!({}));
    if indexed && !completed.is_empty() {
        m.insert("completedIndexes".into(), json!(format_indexes(&completed)));
    } else if indexed {
        m.insert("completedIndexes".into(), json!(""));
    }
    if !conditions.is_empty() {
        m.insert("conditions".into(), Value::Array(conditions));
    }
    let Some(cur) = api.get(kinds::JOBS, ns_of(job), name_of(job)) else {
        return;
    };
    if cur["status"] != status {
        let mut n = cur.clone();
        n["status"] = status;
        api.update(kinds::JOBS, &cur, n, MANAGER, Some("status"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selector_generation() {
        let mut job = json!({"metadata": {"name": "pi", "uid": "u1"},
            "spec": {"template": {"metadata": {"labels": {"app": "x"}}}}});
        generate_selector(&mut job);
        let want = json!({"app": "x", "batch.kubernetes.io/controller-uid": "u1",
            "batch.kubernetes.io/job-name": "pi", "controller-uid": "u1", "job-name": "pi"});
        assert_eq!(job["spec"]["template"]["metadata"]["labels"], want);
        assert_eq!(
            job["spec"]["selector"],
            json!({"matchLabels": {"batch.kubernetes.io/controller-uid": "u1"}})
        );
        assert_eq!(job["metadata"]["labels"], want);
        let mut labelled = json!({"metadata": {"name": "pi", "uid": "u1", "labels": {"k": "v"}},
            "spec": {"template": {}}});
        generate_selector(&mut labelled);
        assert_eq!(labelled["metadata"]["labels"], json!({"k": "v"}));
    }

    #[test]
    fn active_targets() {
        for (par, comp, succ, want) in [
            (1, Some(1), 0, 1),
            (3, Some(5), 0, 3),
            (3, Some(5), 4, 1),
            (3, Some(5), 5, 0),
            (2, None, 0, 2),
            (2, None, 1, 0),
        ] {
            assert_eq!(
                wanted_active(par, comp, succ),
                want,
                "{par} {comp:?} {succ}"
            );
        }
    }

    #[test]
    fn failure_backoff_doubles_up_to_ten_minutes() {
        for (n, want) in [
            (0, 0),
            (1, 10_000),
            (2, 20_000),
            (3, 40_000),
            (7, 600_000),
            (99, 600_000),
        ] {
            assert_eq!(backoff_ms(n), want, "{n}");
        }
    }

    #[test]
    fn ttl_after_finished() {
        let now: jiff::Timestamp = "2026-01-01T00:01:00Z".parse().unwrap();
        let job = |ttl: Value, ty: &str, at: &str| {
            json!({"spec": {"ttlSecondsAfterFinished": ttl},
            "status": {"conditions": [{"type": ty, "status": "True", "lastTransitionTime": at}]}})
        };
        for (j, want) in [
            (job(json!(0), "Complete", "2026-01-01T00:01:00Z"), true),
            (job(json!(30), "Complete", "2026-01-01T00:00:30Z"), true),
            (job(json!(31), "Failed", "2026-01-01T00:00:30Z"), false),
            (job(Value::Null, "Complete", "2026-01-01T00:00:00Z"), false),
            (job(json!(0), "Suspended", "2026-01-01T00:00:00Z"), false),
        ] {
            assert_eq!(ttl_expired(&j, now), want, "{j}");
        }
    }

    #[test]
    fn index_ranges() {
        for s in ["", "0", "0-2", "0-2,4", "1,3,5-7"] {
            assert_eq!(format_indexes(&parse_indexes(s)), s);
        }
    }

    #[test]
    fn indexed_pods() {
        let job = json!({"apiVersion": "batch/v1", "kind": "Job",
            "metadata": {"name": "j", "namespace": "ns", "uid": "u"},
            "spec": {"template": {"metadata": {"labels": {"job-name": "j"}},
                "spec": {"containers": [{"name": "c"}]}}}});
        let p = new_pod(&job, Some(2));
        assert_eq!(p["metadata"]["generateName"], "j-2-");
        assert_eq!(p["metadata"]["annotations"][COMPLETION_INDEX], "2");
        assert_eq!(p["spec"]["hostname"], "j-2");
        assert_eq!(p["metadata"]["finalizers"], json!([TRACKING_FINALIZER]));
        assert_eq!(
            p["spec"]["containers"][0]["env"][0]["name"],
            "JOB_COMPLETION_INDEX"
        );
    }
}
