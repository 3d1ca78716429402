//! kubectl's status viewers (`polymorphichelpers/rollout_status.go`): one workload object in,
//! the line `rollout status` prints and whether the rollout is done out. Pure: no I/O here.

use serde_json::Value;

/// The workload kinds kubectl knows how to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Workload {
    Deployment,
    DaemonSet,
    StatefulSet,
}

impl Workload {
    /// `StatusViewerFor`: apps (and the old extensions) Deployments and DaemonSets, apps
    /// StatefulSets.
    pub fn of(group: &str, kind: &str) -> Option<Workload> {
        match (group, kind) {
            ("apps" | "extensions", "Deployment") => Some(Workload::Deployment),
            ("apps" | "extensions", "DaemonSet") => Some(Workload::DaemonSet),
            ("apps", "StatefulSet") => Some(Workload::StatefulSet),
            _ => None,
        }
    }
}

/// What one look at the object says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Print this line (newline included); `done` ends the wait.
    Line { text: String, done: bool },
    /// The viewer's error (kubectl prints it as `error: …`).
    Failed(String),
}

fn int(v: &Value, pointer: &str) -> i64 {
    v.pointer(pointer).and_then(Value::as_i64).unwrap_or(0)
}

fn opt_int(v: &Value, pointer: &str) -> Option<i64> {
    v.pointer(pointer).and_then(Value::as_i64)
}

fn name(v: &Value) -> &str {
    v["metadata"]["name"].as_str().unwrap_or_default()
}

fn waiting(text: String) -> Status {
    Status::Line { text, done: false }
}

fn done(text: String) -> Status {
    Status::Line { text, done: true }
}

/// The status of `object` for `--revision=revision` (0: the latest).
pub fn status(workload: Workload, object: &Value, revision: i64) -> Status {
    match workload {
        Workload::Deployment => deployment(object, revision),
        Workload::DaemonSet => daemon_set(object),
        Workload::StatefulSet => stateful_set(object),
    }
}

/// `deploymentutil.Revision`: the revision annotation, 0 when absent.
pub fn revision_of(object: &Value) -> Result<i64, String> {
    match object["metadata"]["annotations"]["deployment.kubernetes.io/revision"].as_str() {
        None => Ok(0),
        Some(text) => text
            .parse::<i64>()
            .map_err(|_| format!("strconv.ParseInt: parsing {text:?}: invalid syntax")),
    }
}

/// `DeploymentStatusViewer.Status`.
fn deployment(d: &Value, revision: i64) -> Status {
    let name = name(d);
    if revision > 0 {
        match revision_of(d) {
            Err(e) => {
                return Status::Failed(format!(
                    "cannot get the revision of deployment {name:?}: {e}"
                ));
            }
            Ok(running) if running != revision => {
                return Status::Failed(format!(
                    "desired revision ({revision}) is different from the running revision ({running})"
                ));
            }
            Ok(_) => {}
        }
    }
    if int(d, "/metadata/generation") > int(d, "/status/observedGeneration") {
        return waiting("Waiting for deployment spec update to be observed...\n".to_string());
    }
    let timed_out = d["status"]["conditions"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c["type"] == "Progressing")
        .is_some_and(|c| c["reason"] == "ProgressDeadlineExceeded");
    if timed_out {
        return Status::Failed(format!(
            "deployment {name:?} exceeded its progress deadline"
        ));
    }
    let updated = int(d, "/status/updatedReplicas");
    let replicas = int(d, "/status/replicas");
    let available = int(d, "/status/availableReplicas");
    let prefix = format!("Waiting for deployment {name:?} rollout to finish: ");
    if let Some(want) = opt_int(d, "/spec/replicas")
        && updated < want
    {
        return waiting(format!(
            "{prefix}{updated} out of {want} new replicas have been updated...\n"
        ));
    }
    if replicas > updated {
        return waiting(format!(
            "{prefix}{} old replicas are pending termination...\n",
            replicas - updated
        ));
    }
    if available < updated {
        return waiting(format!(
            "{prefix}{available} of {updated} updated replicas are available...\n"
        ));
    }
    done(format!("deployment {name:?} successfully rolled out\n"))
}

/// `DaemonSetStatusViewer.Status` (DaemonSets ignore `--revision`).
fn daemon_set(ds: &Value) -> Status {
    if ds["spec"]["updateStrategy"]["type"] != "RollingUpdate" {
        return Status::Failed(
            "rollout status is only available for RollingUpdate strategy type".to_string(),
        );
    }
    let name = name(ds);
    if int(ds, "/metadata/generation") > int(ds, "/status/observedGeneration") {
        return waiting("Waiting for daemon set spec update to be observed...\n".to_string());
    }
    let desired = int(ds, "/status/desiredNumberScheduled");
    let updated = int(ds, "/status/updatedNumberScheduled");
    let available = int(ds, "/status/numberAvailable");
    let prefix = format!("Waiting for daemon set {name:?} rollout to finish: ");
    if updated < desired {
        return waiting(format!(
            "{prefix}{updated} out of {desired} new pods have been updated...\n"
        ));
    }
    if available < desired {
        return waiting(format!(
            "{prefix}{available} of {desired} updated pods are available...\n"
        ));
    }
    done(format!("daemon set {name:?} successfully rolled out\n"))
}

/// `StatefulSetStatusViewer.Status`.
fn stateful_set(sts: &Value) -> Status {
    let strategy = &sts["spec"]["updateStrategy"];
    if strategy["type"] != "RollingUpdate" {
        return Status::Failed(
            "rollout status is only available for RollingUpdate strategy type".to_string(),
        );
    }
    let observed = int(sts, "/status/observedGeneration");
    if observed == 0 || int(sts, "/metadata/generation") > observed {
        return waiting("Waiting for statefulset spec update to be observed...\n".to_string());
    }
    let replicas = opt_int(sts, "/spec/replicas");
    let ready = int(sts, "/status/readyReplicas");
    if let Some(want) = replicas
        && ready < want
    {
        return waiting(format!(
            "Waiting for {} pods to be ready...\n",
            want - ready
        ));
    }
    let updated = int(sts, "/status/updatedReplicas");
    if strategy["rollingUpdate"].is_object() {
        if let (Some(want), Some(partition)) =
            (replicas, opt_int(strategy, "/rollingUpdate/partition"))
            && updated < want - partition
        {
            return waiting(format!(
                "Waiting for partitioned roll out to finish: {updated} out of {} new pods have been updated...\n",
                want - partition
            ));
        }
        return done(format!(
            "partitioned roll out complete: {updated} new pods have been updated...\n"
        ));
    }
    let update_revision = sts["status"]["updateRevision"].as_str().unwrap_or_default();
    let current_revision = sts["status"]["currentRevision"]
        .as_str()
        .unwrap_or_default();
    if update_revision != current_revision {
        return waiting(format!(
            "waiting for statefulset rolling update to complete {updated} pods at revision {update_revision}...\n"
        ));
    }
    done(format!(
        "statefulset rolling update complete {} pods at revision {current_revision}...\n",
        int(sts, "/status/currentReplicas")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn line(text: &str, done: bool) -> Status {
        Status::Line {
            text: format!("{text}\n"),
            done,
        }
    }

    fn failed(text: &str) -> Status {
        Status::Failed(text.to_string())
    }

    fn deploy(generation: i64, spec: i64, status: Value) -> Value {
        json!({
            "metadata": {"name": "web", "generation": generation,
                         "annotations": {"deployment.kubernetes.io/revision": "2"}},
            "spec": {"replicas": spec},
            "status": status,
        })
    }

    #[test]
    fn deployment_messages() {
        let w = "Waiting for deployment \"web\" rollout to finish: ";
        let cases: Vec<(Value, i64, Status)> = vec![
            (
                deploy(2, 3, json!({"observedGeneration": 1})),
                0,
                line(
                    "Waiting for deployment spec update to be observed...",
                    false,
                ),
            ),
            (
                deploy(
                    2,
                    3,
                    json!({"observedGeneration": 2, "updatedReplicas": 1, "replicas": 4}),
                ),
                0,
                line(
                    &format!("{w}1 out of 3 new replicas have been updated..."),
                    false,
                ),
            ),
            (
                deploy(
                    2,
                    3,
                    json!({"observedGeneration": 2, "updatedReplicas": 3, "replicas": 4}),
                ),
                0,
                line(
                    &format!("{w}1 old replicas are pending termination..."),
                    false,
                ),
            ),
            (
                deploy(
                    2,
                    3,
                    json!({"observedGeneration": 2, "updatedReplicas": 3, "replicas": 3, "availableReplicas": 2}),
                ),
                0,
                line(
                    &format!("{w}2 of 3 updated replicas are available..."),
                    false,
                ),
            ),
            (
                deploy(
                    2,
                    3,
                    json!({"observedGeneration": 2, "updatedReplicas": 3, "replicas": 3, "availableReplicas": 3}),
                ),
                0,
                line("deployment \"web\" successfully rolled out", true),
            ),
            (
                deploy(
                    2,
                    3,
                    json!({"observedGeneration": 2, "updatedReplicas": 3, "replicas": 3, "availableReplicas": 3}),
                ),
                2,
                line("deployment \"web\" successfully rolled out", true),
            ),
            (
                deploy(2, 3, json!({"observedGeneration": 2})),
                1,
                failed("desired revision (1) is different from the running revision (2)"),
            ),
            (
                deploy(
                    2,
                    3,
                    json!({"observedGeneration": 2, "conditions": [
                    {"type": "Available", "reason": "MinimumReplicasAvailable"},
                    {"type": "Progressing", "reason": "ProgressDeadlineExceeded"}]}),
                ),
                0,
                failed("deployment \"web\" exceeded its progress deadline"),
            ),
            (
                // The deadline only counts once the spec is observed.
                deploy(
                    3,
                    3,
                    json!({"observedGeneration": 2, "conditions": [
                    {"type": "Progressing", "reason": "ProgressDeadlineExceeded"}]}),
                ),
                0,
                line(
                    "Waiting for deployment spec update to be observed...",
                    false,
                ),
            ),
        ];
        for (object, revision, want) in cases {
            assert_eq!(
                status(Workload::Deployment, &object, revision),
                want,
                "{object}"
            );
        }
        let bad = json!({"metadata": {"name": "web",
            "annotations": {"deployment.kubernetes.io/revision": "x"}}});
        assert_eq!(
            status(Workload::Deployment, &bad, 1),
            failed(
                "cannot get the revision of deployment \"web\": strconv.ParseInt: parsing \"x\": invalid syntax"
            )
        );
    }

    #[test]
    fn daemon_set_messages() {
        let ds = |strategy: &str, generation: i64, status: Value| {
            json!({"metadata": {"name": "agent", "generation": generation},
                   "spec": {"updateStrategy": {"type": strategy}}, "status": status})
        };
        let w = "Waiting for daemon set \"agent\" rollout to finish: ";
        let cases = vec![
            (
                ds("OnDelete", 1, json!({})),
                failed("rollout status is only available for RollingUpdate strategy type"),
            ),
            (
                ds("RollingUpdate", 2, json!({"observedGeneration": 1})),
                line(
                    "Waiting for daemon set spec update to be observed...",
                    false,
                ),
            ),
            (
                ds(
                    "RollingUpdate",
                    2,
                    json!({"observedGeneration": 2, "desiredNumberScheduled": 3, "updatedNumberScheduled": 1}),
                ),
                line(
                    &format!("{w}1 out of 3 new pods have been updated..."),
                    false,
                ),
            ),
            (
                ds(
                    "RollingUpdate",
                    2,
                    json!({"observedGeneration": 2, "desiredNumberScheduled": 3, "updatedNumberScheduled": 3, "numberAvailable": 2}),
                ),
                line(&format!("{w}2 of 3 updated pods are available..."), false),
            ),
            (
                ds(
                    "RollingUpdate",
                    2,
                    json!({"observedGeneration": 2, "desiredNumberScheduled": 3, "updatedNumberScheduled": 3, "numberAvailable": 3}),
                ),
                line("daemon set \"agent\" successfully rolled out", true),
            ),
        ];
        for (object, want) in cases {
            assert_eq!(status(Workload::DaemonSet, &object, 5), want, "{object}");
        }
    }

    #[test]
    fn stateful_set_messages() {
        let sts = |strategy: Value, status: Value| {
            json!({"metadata": {"name": "db", "generation": 2},
                   "spec": {"replicas": 3, "updateStrategy": strategy}, "status": status})
        };
        let rolling = json!({"type": "RollingUpdate"});
        let partitioned = json!({"type": "RollingUpdate", "rollingUpdate": {"partition": 1}});
        let cases = vec![
            (
                sts(json!({"type": "OnDelete"}), json!({})),
                failed("rollout status is only available for RollingUpdate strategy type"),
            ),
            (
                sts(rolling.clone(), json!({})),
                line(
                    "Waiting for statefulset spec update to be observed...",
                    false,
                ),
            ),
            (
                sts(
                    rolling.clone(),
                    json!({"observedGeneration": 2, "readyReplicas": 1}),
                ),
                line("Waiting for 2 pods to be ready...", false),
            ),
            (
                sts(
                    partitioned.clone(),
                    json!({"observedGeneration": 2, "readyReplicas": 3, "updatedReplicas": 1}),
                ),
                line(
                    "Waiting for partitioned roll out to finish: 1 out of 2 new pods have been updated...",
                    false,
                ),
            ),
            (
                sts(
                    partitioned,
                    json!({"observedGeneration": 2, "readyReplicas": 3, "updatedReplicas": 2}),
                ),
                line(
                    "partitioned roll out complete: 2 new pods have been updated...",
                    true,
                ),
            ),
            (
                sts(
                    rolling.clone(),
                    json!({"observedGeneration": 2, "readyReplicas": 3, "updatedReplicas": 1,
                    "currentRevision": "db-1", "updateRevision": "db-2"}),
                ),
                line(
                    "waiting for statefulset rolling update to complete 1 pods at revision db-2...",
                    false,
                ),
            ),
            (
                sts(
                    rolling,
                    json!({"observedGeneration": 2, "readyReplicas": 3, "currentReplicas": 3,
                    "currentRevision": "db-2", "updateRevision": "db-2"}),
                ),
                line(
                    "statefulset rolling update complete 3 pods at revision db-2...",
                    true,
                ),
            ),
        ];
        for (object, want) in cases {
            assert_eq!(status(Workload::StatefulSet, &object, 0), want, "{object}");
        }
    }

    #[test]
    fn kinds_kubectl_follows() {
        assert_eq!(
            Workload::of("apps", "Deployment"),
            Some(Workload::Deployment)
        );
        assert_eq!(
            Workload::of("extensions", "DaemonSet"),
            Some(Workload::DaemonSet)
        );
        assert_eq!(
            Workload::of("apps", "StatefulSet"),
            Some(Workload::StatefulSet)
        );
        assert_eq!(Workload::of("extensions", "StatefulSet"), None);
        assert_eq!(Workload::of("apps", "ReplicaSet"), None);
    }
}
