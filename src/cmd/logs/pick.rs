//! Which pods and containers `kubectl logs` reads (kubectl `polymorphichelpers`
//! logsforobject.go, helpers.go, `podutils.ByLogging`, `cmd/util/podcmd`). Pure: no I/O; the
//! notices kubectl prints on stderr are returned as text.

use std::cmp::Ordering;

use serde_json::Value;

/// kubectl's annotation naming the container to read by default (podcmd).
pub const DEFAULT_CONTAINER_ANNOTATION: &str = "kubectl.kubernetes.io/default-container";

/// One log stream to open: a pod's container and the reference kubectl keys it by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogTarget {
    pub namespace: String,
    pub pod: String,
    pub container: String,
}

impl LogTarget {
    /// `[pod/NAME/CONTAINER] ` (logs.go `addPrefixIfNeeded`).
    pub fn prefix(&self) -> String {
        format!("[pod/{}/{}] ", self.pod, self.container)
    }
}

fn names<'a>(pod: &'a Value, field: &str) -> impl Iterator<Item = &'a str> {
    pod["spec"][field]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["name"].as_str())
}

fn pod_name(pod: &Value) -> &str {
    pod["metadata"]["name"].as_str().unwrap_or_default()
}

/// podcmd `FindContainerByName`: regular, then init, then ephemeral containers.
pub fn find_container(pod: &Value, name: &str) -> bool {
    ["containers", "initContainers", "ephemeralContainers"]
        .iter()
        .any(|f| names(pod, f).any(|n| n == name))
}

/// podcmd `AllContainerNames`: `web, side, debug (ephem), setup (init)`.
pub fn all_container_names(pod: &Value) -> String {
    let mut all: Vec<String> = names(pod, "containers").map(str::to_string).collect();
    all.extend(names(pod, "ephemeralContainers").map(|n| format!("{n} (ephem)")));
    all.extend(names(pod, "initContainers").map(|n| format!("{n} (init)")));
    all.join(", ")
}

/// The streams for one pod (logsForObjectWithClient's `*corev1.Pod` case), with the notices
/// kubectl writes to stderr on the way, or its error.
pub fn pod_targets(
    pod: &Value,
    container: &str,
    all_containers: bool,
    all_pods: bool,
    notices: &mut Vec<String>,
) -> Result<Vec<LogTarget>, String> {
    let target = |c: &str| LogTarget {
        namespace: pod["metadata"]["namespace"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        pod: pod_name(pod).to_string(),
        container: c.to_string(),
    };
    if all_containers {
        let mut out = Vec::new();
        for field in ["initContainers", "containers", "ephemeralContainers"] {
            for c in names(pod, field) {
                out.extend(pod_targets(pod, c, false, false, notices)?);
            }
        }
        return Ok(out);
    }
    let mut chosen = container.to_string();
    if chosen.is_empty() {
        let annotated = pod["metadata"]["annotations"][DEFAULT_CONTAINER_ANNOTATION]
            .as_str()
            .unwrap_or_default();
        if !annotated.is_empty() {
            if find_container(pod, annotated) {
                chosen = annotated.to_string();
            } else {
                notices.push(format!(
                    "Default container name {annotated:?} not found in pod {}",
                    pod_name(pod)
                ));
            }
        }
    }
    if chosen.is_empty() {
        // Go indexes Spec.Containers[0] here; a pod always has one.
        chosen = names(pod, "containers")
            .next()
            .unwrap_or_default()
            .to_string();
        let count = |f: &str| names(pod, f).count();
        let several = count("containers") > 1
            || count("initContainers") > 0
            || count("ephemeralContainers") > 0;
        if several && !all_pods {
            notices.push(format!(
                "Defaulted container {chosen:?} out of: {}",
                all_container_names(pod)
            ));
        }
    }
    if !find_container(pod, &chosen) {
        return Err(format!(
            "container {chosen} is not valid for pod {}",
            pod_name(pod)
        ));
    }
    Ok(vec![target(&chosen)])
}

fn is_ready(pod: &Value) -> bool {
    ready_condition(pod).is_some_and(|c| c["status"] == "True")
}

fn ready_condition(pod: &Value) -> Option<&Value> {
    pod["status"]["conditions"]
        .as_array()?
        .iter()
        .find(|c| c["type"] == "Ready")
}

/// `podReadyTime`: when a ready pod became ready ("" for none).
fn ready_time(pod: &Value) -> &str {
    ready_condition(pod)
        .filter(|c| c["status"] == "True")
        .and_then(|c| c["lastTransitionTime"].as_str())
        .unwrap_or_default()
}

/// `afterOrZero(t1, t2)`: t1 after t2, a zero time being after any other. RFC 3339 times in
/// UTC with whole seconds compare as text.
fn after_or_zero(t1: &str, t2: &str) -> bool {
    if t1.is_empty() || t2.is_empty() {
        return t1.is_empty();
    }
    t1 > t2
}

fn max_restarts(pod: &Value) -> (i64, i64) {
    let regular = pod["status"]["containerStatuses"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["restartCount"].as_i64())
        .max()
        .unwrap_or(0)
        .max(0);
    let sidecars: Vec<&str> = pod["spec"]["initContainers"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|c| c["restartPolicy"] == "Always")
        .filter_map(|c| c["name"].as_str())
        .collect();
    let sidecar = pod["status"]["initContainerStatuses"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|c| c["name"].as_str().is_some_and(|n| sidecars.contains(&n)))
        .filter_map(|c| c["restartCount"].as_i64())
        .max()
        .unwrap_or(0)
        .max(0);
    (regular, sidecar)
}

/// `podutils.ByLogging.Less`: the pod best to read logs from first.
fn logging_less(a: &Value, b: &Value) -> bool {
    let node = |p: &Value| {
        p["spec"]["nodeName"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    let (na, nb) = (node(a), node(b));
    if na != nb && (na.is_empty() || nb.is_empty()) {
        return !na.is_empty();
    }
    // Phases outside the map are Go's zero value: they rank with Running.
    let rank = |p: &Value| match p["status"]["phase"].as_str() {
        Some("Unknown") => 1,
        Some("Pending") => 2,
        _ => 0,
    };
    if rank(a) != rank(b) {
        return rank(a) < rank(b);
    }
    if is_ready(a) != is_ready(b) {
        return is_ready(a);
    }
    if is_ready(a) && is_ready(b) && ready_time(a) != ready_time(b) {
        return after_or_zero(ready_time(b), ready_time(a));
    }
    let (ra, rb) = (max_restarts(a), max_restarts(b));
    if ra.0 != rb.0 {
        return ra.0 > rb.0;
    }
    if ra.1 != rb.1 {
        return ra.1 > rb.1;
    }
    let created = |p: &Value| {
        p["metadata"]["creationTimestamp"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };
    let (ca, cb) = (created(a), created(b));
    if ca != cb {
        return after_or_zero(&cb, &ca);
    }
    false
}

/// Sorts pods as `GetPodList` does with `ByLogging`. Go's sort is an insertion sort for the
/// short lists this sees, so equal pods keep the server's order, as a stable sort keeps them.
pub fn sort_by_logging(pods: &mut [Value]) {
    pods.sort_by(|a, b| {
        if logging_less(a, b) {
            Ordering::Less
        } else if logging_less(b, a) {
            Ordering::Greater
        } else {
            Ordering::Equal
        }
    });
}

/// `map[string]string` as `labels.SelectorFromSet(...).String()`: `k=v` sorted by key.
fn set_selector_string(set: &serde_json::Map<String, Value>) -> String {
    let mut parts: Vec<String> = set
        .iter()
        .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default()))
        .collect();
    parts.sort();
    parts.join(",")
}

/// The Go type kubectl names an object by in its errors (`*v1.Service`): typed for the built-in
/// groups, unstructured for custom resources.
pub fn go_type(group: &str, version: &str, kind: &str) -> String {
    let builtin = group.is_empty() || !group.contains('.') || group.ends_with(".k8s.io");
    if builtin {
        format!("*{version}.{kind}")
    } else {
        "*unstructured.Unstructured".to_string()
    }
}

/// `SelectorsForObject`: the namespace and pod selector of a workload or service, or the words
/// kubectl wraps in `cannot get the logs from <type>: …`.
pub fn selector_for(object: &Value, kind: &str) -> Result<(String, String), String> {
    let namespace = object["metadata"]["namespace"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let spec = &object["spec"];
    let selector = match kind {
        "ReplicaSet" | "StatefulSet" | "DaemonSet" | "Deployment" | "Job" => {
            crate::labels::selector_string(&spec["selector"])
                .map_err(|e| format!("invalid label selector: {e}"))?
        }
        "ReplicationController" => spec["selector"]
            .as_object()
            .map(set_selector_string)
            .unwrap_or_default(),
        "Service" => match spec["selector"].as_object().filter(|s| !s.is_empty()) {
            Some(set) => set_selector_string(set),
            None => {
                return Err(format!(
                    "invalid service '{}': Service is defined without a selector",
                    pod_name(object)
                ));
            }
        },
        _ => return Err("not implemented".to_string()),
    };
    Ok((namespace, selector))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pod(name: &str, containers: &[&str], init: &[&str], annotation: Option<&str>) -> Value {
        let list = |n: &[&str]| n.iter().map(|c| json!({"name": c})).collect::<Vec<_>>();
        let mut p = json!({
            "metadata": {"name": name, "namespace": "default"},
            "spec": {"containers": list(containers), "initContainers": list(init)},
        });
        if let Some(a) = annotation {
            p["metadata"]["annotations"] = json!({DEFAULT_CONTAINER_ANNOTATION: a});
        }
        p
    }

    /// (pod, -c, --all-containers, containers or error, notices)
    type Case<'a> = (
        Value,
        &'a str,
        bool,
        Result<Vec<&'a str>, &'a str>,
        Vec<&'a str>,
    );

    #[test]
    fn containers_are_chosen_as_kubectl_chooses_them() {
        let cases: Vec<Case> = vec![
            (
                pod("one", &["a"], &[], None),
                "",
                false,
                Ok(vec!["a"]),
                vec![],
            ),
            (
                pod("multi", &["web", "side"], &["setup"], None),
                "",
                false,
                Ok(vec!["web"]),
                vec!["Defaulted container \"web\" out of: web, side, setup (init)"],
            ),
            (
                pod("ann", &["web", "side"], &[], Some("side")),
                "",
                false,
                Ok(vec!["side"]),
                vec![],
            ),
            (
                pod("bad", &["web", "side"], &[], Some("nope")),
                "",
                false,
                Ok(vec!["web"]),
                vec![
                    "Default container name \"nope\" not found in pod bad",
                    "Defaulted container \"web\" out of: web, side",
                ],
            ),
            (
                pod("multi", &["web", "side"], &["setup"], None),
                "setup",
                false,
                Ok(vec!["setup"]),
                vec![],
            ),
            (
                pod("multi", &["web"], &[], None),
                "nope",
                false,
                Err("container nope is not valid for pod multi"),
                vec![],
            ),
            (
                pod("multi", &["web", "side"], &["setup"], Some("side")),
                "",
                true,
                Ok(vec!["setup", "web", "side"]),
                vec![],
            ),
        ];
        for (p, c, all, want, want_notices) in cases {
            let mut notices = Vec::new();
            let got = pod_targets(&p, c, all, false, &mut notices)
                .map(|t| t.into_iter().map(|t| t.container).collect::<Vec<_>>());
            let want = want
                .map(|v| v.into_iter().map(str::to_string).collect::<Vec<_>>())
                .map_err(str::to_string);
            assert_eq!(got, want, "{p}");
            assert_eq!(notices, want_notices, "{p}");
        }
    }

    #[test]
    fn pods_sort_best_for_logging_first() {
        let p = |name: &str, node: &str, phase: &str, ready: Option<&str>, restarts: i64| {
            let mut v = json!({
                "metadata": {"name": name, "creationTimestamp": "2024-01-01T00:00:00Z"},
                "spec": {"nodeName": node},
                "status": {"phase": phase, "containerStatuses": [{"restartCount": restarts}]},
            });
            if let Some(t) = ready {
                v["status"]["conditions"] =
                    json!([{"type": "Ready", "status": "True", "lastTransitionTime": t}]);
            }
            v
        };
        let mut pods = vec![
            p("unassigned", "", "Pending", None, 0),
            p("pending", "n", "Pending", None, 0),
            p("running-not-ready", "n", "Running", None, 0),
            p(
                "ready-later",
                "n",
                "Running",
                Some("2024-01-01T00:00:09Z"),
                0,
            ),
            p(
                "ready-earlier",
                "n",
                "Running",
                Some("2024-01-01T00:00:01Z"),
                0,
            ),
            p("restarted", "n", "Running", None, 3),
            p("first-equal", "n", "Running", None, 0),
        ];
        sort_by_logging(&mut pods);
        let order: Vec<&str> = pods.iter().map(pod_name).collect();
        assert_eq!(
            order,
            [
                "ready-earlier",
                "ready-later",
                "restarted",
                "running-not-ready",
                "first-equal",
                "pending",
                "unassigned"
            ]
        );
    }

    #[test]
    fn selectors_of_workloads() {
        let dep = json!({"metadata": {"namespace": "ns"}, "spec": {"selector": {
            "matchLabels": {"b": "2", "a": "1"},
            "matchExpressions": [{"key": "c", "operator": "In", "values": ["y", "x"]},
                                 {"key": "0", "operator": "DoesNotExist"}]}}});
        assert_eq!(
            selector_for(&dep, "Deployment"),
            Ok(("ns".to_string(), "!0,a=1,b=2,c in (x,y)".to_string()))
        );
        let svc = json!({"metadata": {"name": "kubernetes"}, "spec": {}});
        assert_eq!(
            selector_for(&svc, "Service"),
            Err("invalid service 'kubernetes': Service is defined without a selector".into())
        );
        assert_eq!(
            go_type("", "v1", "ConfigMap") + &go_type("example.com", "v1", "Foo"),
            "*v1.ConfigMap*unstructured.Unstructured"
        );
    }
}
