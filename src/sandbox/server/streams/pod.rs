//! What the streaming subresources need to know about a pod: the container checks
//! kube-apiserver and the kubelet make before a stream starts, the container's environment as
//! the kubelet builds it, and the pod's scratch directory (its stand-in for a root filesystem).

use std::path::PathBuf;

use serde_json::Value;

use crate::sandbox::server::AppState;
use crate::sandbox::status::ApiError;

pub fn names(pod: &Value, field: &str) -> Vec<String> {
    pod["spec"][field]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["name"].as_str().map(str::to_string))
        .collect()
}

/// kube-apiserver's `streamLocation`/`validateContainer` (pkg/registry/core/pod/strategy.go):
/// the container named in the request, or the only one; the pod must be bound to a node.
pub fn pick_container(pod: &Value, requested: Option<&str>) -> Result<String, ApiError> {
    let name = pod["metadata"]["name"].as_str().unwrap_or_default();
    let containers = names(pod, "containers");
    let container = match requested.filter(|c| !c.is_empty()) {
        Some(c) => c.to_string(),
        None if containers.len() == 1 => containers[0].clone(),
        None => {
            let mut msg = format!(
                "a container name must be specified for pod {name}, choose one of: [{}]",
                containers.join(" ")
            );
            let inits = names(pod, "initContainers");
            if !inits.is_empty() {
                msg.push_str(&format!(
                    " or one of the init containers: [{}]",
                    inits.join(" ")
                ));
            }
            return Err(ApiError::bad_request(msg));
        }
    };
    let known = containers
        .iter()
        .chain(names(pod, "initContainers").iter())
        .chain(names(pod, "ephemeralContainers").iter())
        .any(|c| *c == container);
    if !known {
        return Err(ApiError::bad_request(format!(
            "container {container} is not valid for pod {name}"
        )));
    }
    if pod["spec"]["nodeName"].as_str().is_none_or(str::is_empty) {
        return Err(ApiError::bad_request(format!(
            "pod {name} does not have a host assigned"
        )));
    }
    Ok(container)
}

/// Whether the simulated kubelet reports the container running (the kubelet's findContainer
/// only sees running containers).
pub fn is_running(pod: &Value, container: &str) -> bool {
    [
        "containerStatuses",
        "initContainerStatuses",
        "ephemeralContainerStatuses",
    ]
    .iter()
    .flat_map(|f| pod["status"][*f].as_array().into_iter().flatten())
    .any(|s| s["name"] == container && s["state"]["running"].is_object())
}

/// The kubelet's error when the container is not running (kubelet GetExec/GetAttach).
pub fn not_found_message(container: &str) -> String {
    format!("container not found (\"{container}\")")
}

pub fn hostname(pod: &Value) -> String {
    pod["spec"]["hostname"]
        .as_str()
        .filter(|h| !h.is_empty())
        .or_else(|| pod["metadata"]["name"].as_str())
        .unwrap_or_default()
        .to_string()
}

/// `<data dir>/pods/<namespace>_<name>_<uid>`: a pod's files live as long as the pod's uid.
pub fn scratch_dir(state: &AppState, pod: &Value) -> std::io::Result<PathBuf> {
    let md = &pod["metadata"];
    let base = if state.data_dir.as_os_str().is_empty() {
        std::env::temp_dir().join("kctl-sandbox")
    } else {
        state.data_dir.clone()
    };
    let dir = base.join("pods").join(format!(
        "{}_{}_{}",
        md["namespace"].as_str().unwrap_or_default(),
        md["name"].as_str().unwrap_or_default(),
        md["uid"].as_str().unwrap_or_default()
    ));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

fn field_ref(pod: &Value, path: &str) -> Option<String> {
    let md = &pod["metadata"];
    let s = |v: &Value| v.as_str().map(str::to_string);
    match path {
        "metadata.name" => s(&md["name"]),
        "metadata.namespace" => s(&md["namespace"]),
        "metadata.uid" => s(&md["uid"]),
        "spec.nodeName" => s(&pod["spec"]["nodeName"]),
        "spec.serviceAccountName" => s(&pod["spec"]["serviceAccountName"]),
        "status.hostIP" => s(&pod["status"]["hostIP"]),
        "status.podIP" => s(&pod["status"]["podIP"]),
        _ => {
            let key = |p: &str| {
                path.strip_prefix(p)
                    .and_then(|k| k.strip_prefix("['").and_then(|k| k.strip_suffix("']")))
                    .map(str::to_string)
            };
            if let Some(k) = key("metadata.labels") {
                return s(&md["labels"][k]);
            }
            key("metadata.annotations").and_then(|k| s(&md["annotations"][k]))
        }
    }
}

/// A ConfigMap's or Secret's value for `key` (Secret data is base64).
fn ref_value(state: &AppState, ns: &str, kind: &str, name: &str, key: &str) -> Option<String> {
    let obj = state.store.get(kind, ns, name)?;
    if kind == "/secrets" {
        use base64::Engine;
        let b = base64::engine::general_purpose::STANDARD
            .decode(obj["data"][key].as_str()?)
            .ok()?;
        return Some(String::from_utf8_lossy(&b).into_owned());
    }
    obj["data"][key].as_str().map(str::to_string)
}

/// The environment of a process in `container`, as the kubelet assembles it
/// (kubelet_pods.go makeEnvironmentVariables): PATH and HOSTNAME, envFrom, then env in order.
/// `$(VAR)` references are not expanded.
pub fn environment(
    state: &AppState,
    pod: &Value,
    container: &str,
    home: &str,
) -> Vec<(String, String)> {
    let ns = pod["metadata"]["namespace"].as_str().unwrap_or_default();
    let mut env: Vec<(String, String)> = vec![
        ("PATH".into(), super::process::DEFAULT_PATH.into()),
        ("HOSTNAME".into(), hostname(pod)),
        ("HOME".into(), home.into()),
    ];
    let spec = ["containers", "initContainers", "ephemeralContainers"]
        .iter()
        .flat_map(|f| pod["spec"][*f].as_array().into_iter().flatten())
        .find(|c| c["name"] == container);
    let Some(spec) = spec else {
        return env;
    };
    let mut set = |k: String, v: String| {
        env.retain(|(e, _)| *e != k);
        env.push((k, v));
    };
    for from in spec["envFrom"].as_array().into_iter().flatten() {
        let prefix = from["prefix"].as_str().unwrap_or_default();
        let (kind, r) = if from["configMapRef"].is_object() {
            ("/configmaps", &from["configMapRef"])
        } else {
            ("/secrets", &from["secretRef"])
        };
        let Some(obj) = r["name"]
            .as_str()
            .and_then(|n| state.store.get(kind, ns, n))
        else {
            continue;
        };
        for (k, _) in obj["data"].as_object().into_iter().flatten() {
            if let Some(v) = ref_value(state, ns, kind, r["name"].as_str().unwrap_or_default(), k) {
                set(format!("{prefix}{k}"), v);
            }
        }
    }
    for e in spec["env"].as_array().into_iter().flatten() {
        let Some(name) = e["name"].as_str() else {
            continue;
        };
        let vf = &e["valueFrom"];
        let value = if let Some(v) = e["value"].as_str() {
            Some(v.to_string())
        } else if let Some(p) = vf["fieldRef"]["fieldPath"].as_str() {
            field_ref(pod, p)
        } else if vf["configMapKeyRef"].is_object() || vf["secretKeyRef"].is_object() {
            let (kind, r) = if vf["configMapKeyRef"].is_object() {
                ("/configmaps", &vf["configMapKeyRef"])
            } else {
                ("/secrets", &vf["secretKeyRef"])
            };
            ref_value(
                state,
                ns,
                kind,
                r["name"].as_str().unwrap_or_default(),
                r["key"].as_str().unwrap_or_default(),
            )
        } else if e.get("value").is_some() || vf.is_null() {
            Some(String::new())
        } else {
            None
        };
        if let Some(v) = value {
            set(name.to_string(), v);
        }
    }
    env
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pod() -> Value {
        json!({"metadata": {"name": "web", "namespace": "default", "labels": {"app": "web"}},
               "spec": {"nodeName": "node-1", "containers": [{"name": "a"}, {"name": "b"}],
                        "initContainers": [{"name": "init"}]},
               "status": {"podIP": "10.244.0.5",
                          "containerStatuses": [{"name": "a", "state": {"running": {}}},
                                                {"name": "b", "state": {"waiting": {}}}]}})
    }

    #[test]
    fn container_choice_and_errors() {
        let p = pod();
        assert_eq!(pick_container(&p, Some("a")).unwrap(), "a");
        let cases = [
            (Some("c"), "container c is not valid for pod web"),
            (
                None,
                "a container name must be specified for pod web, choose one of: [a b] or one of the init containers: [init]",
            ),
        ];
        for (req, msg) in cases {
            assert_eq!(pick_container(&p, req).unwrap_err().message, msg);
        }
        let mut unbound = p.clone();
        unbound["spec"]["nodeName"] = Value::Null;
        assert_eq!(
            pick_container(&unbound, Some("a")).unwrap_err().message,
            "pod web does not have a host assigned"
        );
        assert!(is_running(&p, "a"));
        assert!(!is_running(&p, "b"));
    }

    #[test]
    fn field_refs() {
        let p = pod();
        for (path, want) in [
            ("metadata.name", Some("web")),
            ("status.podIP", Some("10.244.0.5")),
            ("metadata.labels['app']", Some("web")),
            ("spec.nope", None),
        ] {
            assert_eq!(field_ref(&p, path).as_deref(), want, "{path}");
        }
    }
}
