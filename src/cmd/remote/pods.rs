//! Which pod and container a streaming verb talks to: `POD` or `TYPE/NAME` resolved through
//! discovery, a workload or service mapped to its most active pod
//! (polymorphichelpers `AttachablePodForObjectFn`, `GetFirstPod` with `ActivePods` reversed), and
//! the container kubectl picks when `-c` is not given (podcmd `FindOrDefaultContainerByName`,
//! with its `Defaulted container` notice).

use std::io::Write;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::client::Client;
use crate::client::targets::TargetError;
use crate::ctx::Ctx;
use crate::error::{Error, Result};

/// A fetched object and the resource it came from.
pub struct Object {
    pub resource: crate::client::discovery::ApiResource,
    pub value: Value,
}

/// GETs what `arg` names: `NAME` is a pod (`default_type`), `TYPE/NAME` any resource.
pub async fn fetch(
    ctx: &Ctx<'_>,
    client: &Client,
    arg: &str,
    default_type: &str,
) -> Result<Object> {
    let (type_name, name) = match arg.split_once('/') {
        Some((t, n)) if !t.is_empty() && !n.is_empty() && !n.contains('/') => (t, n),
        Some(_) => return Err(Error::msg(TargetError::BadPair.to_string())),
        None => (default_type, arg),
    };
    let mut discovery = client.discovery(&ctx.cache_dir(), false).await?;
    let mut found = discovery.resolve(type_name);
    if found.is_empty() {
        discovery = client.discovery(&ctx.cache_dir(), true).await?;
        found = discovery.resolve(type_name);
    }
    let Some(resource) = found.into_iter().next() else {
        return Err(Error::msg(
            TargetError::UnknownType(type_name.to_string()).to_string(),
        ));
    };
    let path = format!(
        "{}/{}",
        resource.collection_path(Some(&client.namespace)),
        crate::cmd::remote::session::query_escape(name).replace('+', "%20")
    );
    let value = client.get_json(&path).await?;
    Ok(Object { resource, value })
}

/// The pod behind an object: a Pod itself, else the most active pod its selector matches,
/// waiting up to `timeout` for one to appear.
pub async fn attachable_pod(client: &Client, object: &Object, timeout: Duration) -> Result<Value> {
    if object.resource.kind == "Pod" && object.resource.group.is_empty() {
        return Ok(object.value.clone());
    }
    let selector = selector_of(&object.value).map_err(|e| {
        Error::msg(format!(
            "cannot attach to *{}: {e}",
            go_type(&object.resource)
        ))
    })?;
    let namespace = object.value["metadata"]["namespace"]
        .as_str()
        .unwrap_or(&client.namespace)
        .to_string();
    let path = format!(
        "/api/v1/namespaces/{namespace}/pods?labelSelector={}",
        crate::cmd::remote::session::query_escape(&selector)
    );
    let started = Instant::now();
    loop {
        let list = client.get_json(&path).await?;
        let mut pods: Vec<Value> = list["items"].as_array().cloned().unwrap_or_default();
        if !pods.is_empty() {
            pods.sort_by_key(|p| std::cmp::Reverse(activity(p)));
            return Ok(pods.swap_remove(0));
        }
        if started.elapsed() >= timeout {
            return Err(Error::msg("timed out waiting for the condition"));
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

/// `*v1.Deployment`-style Go type names for messages.
fn go_type(r: &crate::client::discovery::ApiResource) -> String {
    format!("{}.{}", r.version, r.kind)
}

/// polymorphichelpers `SelectorsForObject`: the label selector as a string.
pub fn selector_of(object: &Value) -> std::result::Result<String, String> {
    let kind = object["kind"].as_str().unwrap_or_default();
    let spec = &object["spec"];
    match kind {
        "Service" | "ReplicationController" => {
            let Some(map) = spec["selector"].as_object().filter(|m| !m.is_empty()) else {
                let name = object["metadata"]["name"].as_str().unwrap_or_default();
                return Err(if kind == "Service" {
                    format!("invalid service '{name}': Service is defined without a selector")
                } else {
                    format!("invalid replication controller '{name}': selector is empty")
                });
            };
            let mut parts: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default()))
                .collect();
            parts.sort();
            Ok(parts.join(","))
        }
        "Deployment" | "ReplicaSet" | "StatefulSet" | "DaemonSet" | "Job" => {
            crate::labels::selector_string(&spec["selector"])
        }
        other => Err(format!("selector for *{other} not implemented")),
    }
}

/// How active a pod is, larger is more (controller `ActivePods`, the order GetFirstPod reverses):
/// scheduled, then Running over Unknown over Pending, then ready, then older creation.
fn activity(pod: &Value) -> (bool, u8, bool, std::cmp::Reverse<String>) {
    let scheduled = pod["spec"]["nodeName"]
        .as_str()
        .is_some_and(|n| !n.is_empty());
    let phase = match pod["status"]["phase"].as_str() {
        Some("Running") => 2,
        Some("Unknown") => 1,
        _ => 0,
    };
    let ready = pod["status"]["conditions"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|c| c["type"] == "Ready" && c["status"] == "True");
    let created = pod["metadata"]["creationTimestamp"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    (scheduled, phase, ready, std::cmp::Reverse(created))
}

/// The container to use: `-c` as given, else the `kubectl.kubernetes.io/default-container`
/// annotation (when it names a container), else the first; with several containers and no `-c`
/// the choice is announced on stderr unless `quiet`.
pub fn container(pod: &Value, given: &str, quiet: bool, err: &mut dyn Write) -> Result<String> {
    if !given.is_empty() {
        return Ok(given.to_string());
    }
    let names = |key: &str| -> Vec<String> {
        pod["spec"][key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c["name"].as_str().map(str::to_string))
            .collect()
    };
    let containers = names("containers");
    if let Some(wanted) = pod["metadata"]["annotations"]["kubectl.kubernetes.io/default-container"]
        .as_str()
        .filter(|w| !w.is_empty())
        && containers.iter().any(|c| c == wanted)
    {
        return Ok(wanted.to_string());
    }
    let Some(first) = containers.first() else {
        let name = pod["metadata"]["name"].as_str().unwrap_or_default();
        return Err(Error::msg(format!(
            "pod {name} does not have any containers"
        )));
    };
    let init = names("initContainers");
    let ephemeral = names("ephemeralContainers");
    if !quiet && containers.len() + init.len() + ephemeral.len() > 1 {
        let mut all: Vec<String> = containers.clone();
        all.extend(init.iter().map(|n| format!("{n} (init)")));
        all.extend(ephemeral.iter().map(|n| format!("{n} (ephem)")));
        writeln!(
            err,
            "Defaulted container {first:?} out of: {}",
            all.join(", ")
        )?;
    }
    Ok(first.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn selectors_of_workloads_and_services() {
        let deploy = json!({"kind": "Deployment", "spec": {"selector": {
            "matchLabels": {"b": "2", "a": "1"},
            "matchExpressions": [{"key": "c", "operator": "In", "values": ["y", "x"]}]}}});
        assert_eq!(selector_of(&deploy).unwrap(), "a=1,b=2,c in (x,y)");
        let svc = json!({"kind": "Service", "spec": {"selector": {"app": "web"}}});
        assert_eq!(selector_of(&svc).unwrap(), "app=web");
        let bare = json!({"kind": "Service", "metadata": {"name": "x"}, "spec": {}});
        assert_eq!(
            selector_of(&bare).unwrap_err(),
            "invalid service 'x': Service is defined without a selector"
        );
    }

    #[test]
    fn default_containers() {
        let pod = json!({"metadata": {"name": "p", "annotations": {}},
            "spec": {"containers": [{"name": "a"}, {"name": "b"}], "initContainers": [{"name": "i"}]}});
        let mut err = Vec::new();
        assert_eq!(container(&pod, "", false, &mut err).unwrap(), "a");
        assert_eq!(
            String::from_utf8(err).unwrap(),
            "Defaulted container \"a\" out of: a, b, i (init)\n"
        );
        let mut err = Vec::new();
        assert_eq!(container(&pod, "b", false, &mut err).unwrap(), "b");
        assert!(err.is_empty());
        let annotated = json!({"metadata": {"annotations": {"kubectl.kubernetes.io/default-container": "b"}},
            "spec": {"containers": [{"name": "a"}, {"name": "b"}]}});
        let mut err = Vec::new();
        assert_eq!(container(&annotated, "", false, &mut err).unwrap(), "b");
        assert!(err.is_empty());
    }
}
