//! Shared helpers for the printers: tolerant JSON field access, timestamps/ages, and the
//! apimachinery string forms the Go printers use (`labels.FormatLabels`,
//! `metav1.FormatLabelSelector`, `layoutContainerCells`, IntOrString). No I/O.

use serde_json::{Map, Value};

use super::Ctx;
use crate::duration;

static EMPTY_ARRAY: Vec<Value> = Vec::new();

/// The value at `path`, if every step exists.
pub(crate) fn get<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    let mut cur = v;
    for p in path {
        cur = cur.get(*p)?;
    }
    Some(cur)
}

/// String at `path`, `""` when absent or not a string (Go zero value).
pub(crate) fn s<'a>(v: &'a Value, path: &[&str]) -> &'a str {
    get(v, path).and_then(Value::as_str).unwrap_or("")
}

/// Optional string (a Go `*string`).
pub(crate) fn opt_s<'a>(v: &'a Value, path: &[&str]) -> Option<&'a str> {
    get(v, path).and_then(Value::as_str)
}

/// Integer at `path`, 0 when absent (Go zero value). Floats are truncated.
pub(crate) fn i(v: &Value, path: &[&str]) -> i64 {
    opt_i(v, path).unwrap_or(0)
}

/// Optional integer (a Go `*int32`).
pub(crate) fn opt_i(v: &Value, path: &[&str]) -> Option<i64> {
    let x = get(v, path)?;
    x.as_i64().or_else(|| x.as_f64().map(|f| f as i64))
}

/// Boolean at `path`, false when absent.
pub(crate) fn b(v: &Value, path: &[&str]) -> bool {
    opt_b(v, path).unwrap_or(false)
}

/// Optional boolean (a Go `*bool`).
pub(crate) fn opt_b(v: &Value, path: &[&str]) -> Option<bool> {
    get(v, path).and_then(Value::as_bool)
}

/// Array at `path`, empty when absent.
pub(crate) fn arr<'a>(v: &'a Value, path: &[&str]) -> &'a [Value] {
    get(v, path)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&EMPTY_ARRAY)
}

/// Object at `path`.
pub(crate) fn obj<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Map<String, Value>> {
    get(v, path).and_then(Value::as_object)
}

/// Number of keys of the map at `path` (Go `len(map)`).
pub(crate) fn map_len(v: &Value, path: &[&str]) -> i64 {
    obj(v, path).map(|m| m.len() as i64).unwrap_or(0)
}

/// `metadata.name`.
pub(crate) fn name(v: &Value) -> &str {
    s(v, &["metadata", "name"])
}

/// Parses a metav1.Time / MicroTime string; `None` for absent, empty or unparsable (all of
/// which are Go's zero time after decoding).
pub(crate) fn timestamp(v: &Value, path: &[&str]) -> Option<jiff::Timestamp> {
    parse_time(s(v, path))
}

pub(crate) fn parse_time(text: &str) -> Option<jiff::Timestamp> {
    if text.is_empty() {
        return None;
    }
    let t: jiff::Timestamp = text.parse().ok()?;
    // Go's zero time (0001-01-01T00:00:00Z) is "IsZero" and prints <unknown>.
    if t.as_second() == GO_ZERO_TIME_UNIX {
        return None;
    }
    Some(t)
}

const GO_ZERO_TIME_UNIX: i64 = -62_135_596_800;

/// `translateTimestampSince` of the value at `path`.
pub(crate) fn since(v: &Value, path: &[&str], ctx: &Ctx) -> String {
    duration::translate_timestamp_since(timestamp(v, path), ctx.now)
}

/// The AGE cell: `translateTimestampSince(obj.CreationTimestamp)`.
pub(crate) fn age(v: &Value, ctx: &Ctx) -> Value {
    Value::String(since(v, &["metadata", "creationTimestamp"], ctx))
}

/// String → JSON string cell.
pub(crate) fn cs(x: impl Into<String>) -> Value {
    Value::String(x.into())
}

/// Integer → JSON number cell (the Go printers' `int64(...)`).
pub(crate) fn ci(x: i64) -> Value {
    Value::from(x)
}

/// `labels.FormatLabels`: sorted `k=v` joined by `,`, `<none>` when empty.
pub(crate) fn format_labels(m: Option<&Map<String, Value>>) -> String {
    let l = labels_string(m);
    if l.is_empty() {
        "<none>".to_string()
    } else {
        l
    }
}

/// `labels.Set(m).String()`: sorted `k=v` joined by `,` (sorted as whole `k=v` strings).
pub(crate) fn labels_string(m: Option<&Map<String, Value>>) -> String {
    let mut parts: Vec<String> = m
        .into_iter()
        .flatten()
        .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
        .collect();
    parts.sort();
    parts.join(",")
}

/// Result of `metav1.LabelSelectorAsSelector(sel).String()`.
pub(crate) enum SelectorString {
    Ok(String),
    /// An operator the API does not know (Go returns an error).
    Invalid,
}

/// `metav1.LabelSelectorAsSelector(ps).String()`: nil and empty selectors both print `""`;
/// requirements sorted by key; `in`/`notin` values sorted.
pub(crate) fn label_selector_string(sel: Option<&Value>) -> SelectorString {
    let Some(sel) = sel.filter(|v| v.is_object()) else {
        return SelectorString::Ok(String::new());
    };
    let mut reqs: Vec<(String, String)> = Vec::new();
    if let Some(m) = sel.get("matchLabels").and_then(Value::as_object) {
        for (k, v) in m {
            reqs.push((k.clone(), format!("{k}={}", v.as_str().unwrap_or(""))));
        }
    }
    for expr in arr(sel, &["matchExpressions"]) {
        let key = s(expr, &["key"]);
        let mut values: Vec<String> = arr(expr, &["values"])
            .iter()
            .map(|v| v.as_str().unwrap_or("").to_string())
            .collect();
        values.sort();
        let text = match s(expr, &["operator"]) {
            "In" => format!("{key} in ({})", values.join(",")),
            "NotIn" => format!("{key} notin ({})", values.join(",")),
            "Exists" => key.to_string(),
            "DoesNotExist" => format!("!{key}"),
            _ => return SelectorString::Invalid,
        };
        reqs.push((key.to_string(), text));
    }
    // sort.Sort(ByKey) is not stable, but keys rarely repeat; a stable sort is the best guess.
    reqs.sort_by(|a, b| a.0.cmp(&b.0));
    SelectorString::Ok(reqs.into_iter().map(|r| r.1).collect::<Vec<_>>().join(","))
}

/// `metav1.FormatLabelSelector`: `<none>` for empty, `<error>` for an invalid operator.
pub(crate) fn format_label_selector(sel: Option<&Value>) -> String {
    match label_selector_string(sel) {
        SelectorString::Ok(s) if s.is_empty() => "<none>".to_string(),
        SelectorString::Ok(s) => s,
        SelectorString::Invalid => "<error>".to_string(),
    }
}

/// `layoutContainerCells`: container names and images, each joined by `,`.
pub(crate) fn layout_containers(containers: &[Value]) -> (String, String) {
    let names: Vec<&str> = containers.iter().map(|c| s(c, &["name"])).collect();
    let images: Vec<&str> = containers.iter().map(|c| s(c, &["image"])).collect();
    (names.join(","), images.join(","))
}

/// `intstr.IntOrString.String()`.
pub(crate) fn int_or_string(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n
            .as_i64()
            .map(|i| i.to_string())
            .unwrap_or_else(|| n.to_string()),
        _ => String::new(),
    }
}

/// `printBoolPtr`: `True`/`False`, `<unset>` for nil.
pub(crate) fn bool_ptr(v: Option<bool>) -> String {
    match v {
        Some(true) => "True".into(),
        Some(false) => "False".into(),
        None => "<unset>".into(),
    }
}

/// apiVersion and kind of the built-in resources this server prints, for `includeObject=Object`.
pub(crate) fn builtin_kind(group: &str, resource: &str) -> Option<(&'static str, &'static str)> {
    let r = match (group, resource) {
        ("", "pods") => ("v1", "Pod"),
        ("", "services") => ("v1", "Service"),
        ("", "endpoints") => ("v1", "Endpoints"),
        ("", "namespaces") => ("v1", "Namespace"),
        ("", "nodes") => ("v1", "Node"),
        ("", "configmaps") => ("v1", "ConfigMap"),
        ("", "secrets") => ("v1", "Secret"),
        ("", "serviceaccounts") => ("v1", "ServiceAccount"),
        ("", "events") => ("v1", "Event"),
        ("", "persistentvolumes") => ("v1", "PersistentVolume"),
        ("", "persistentvolumeclaims") => ("v1", "PersistentVolumeClaim"),
        ("", "resourcequotas") => ("v1", "ResourceQuota"),
        ("", "limitranges") => ("v1", "LimitRange"),
        ("", "replicationcontrollers") => ("v1", "ReplicationController"),
        ("", "podtemplates") => ("v1", "PodTemplate"),
        ("apps", "deployments") => ("apps/v1", "Deployment"),
        ("apps", "replicasets") => ("apps/v1", "ReplicaSet"),
        ("apps", "daemonsets") => ("apps/v1", "DaemonSet"),
        ("apps", "statefulsets") => ("apps/v1", "StatefulSet"),
        ("apps", "controllerrevisions") => ("apps/v1", "ControllerRevision"),
        ("batch", "jobs") => ("batch/v1", "Job"),
        ("batch", "cronjobs") => ("batch/v1", "CronJob"),
        ("networking.k8s.io", "ingresses") => ("networking.k8s.io/v1", "Ingress"),
        ("networking.k8s.io", "ingressclasses") => ("networking.k8s.io/v1", "IngressClass"),
        ("networking.k8s.io", "networkpolicies") => ("networking.k8s.io/v1", "NetworkPolicy"),
        ("discovery.k8s.io", "endpointslices") => ("discovery.k8s.io/v1", "EndpointSlice"),
        ("rbac.authorization.k8s.io", "roles") => ("rbac.authorization.k8s.io/v1", "Role"),
        ("rbac.authorization.k8s.io", "rolebindings") => {
            ("rbac.authorization.k8s.io/v1", "RoleBinding")
        }
        ("rbac.authorization.k8s.io", "clusterroles") => {
            ("rbac.authorization.k8s.io/v1", "ClusterRole")
        }
        ("rbac.authorization.k8s.io", "clusterrolebindings") => {
            ("rbac.authorization.k8s.io/v1", "ClusterRoleBinding")
        }
        ("storage.k8s.io", "storageclasses") => ("storage.k8s.io/v1", "StorageClass"),
        ("autoscaling", "horizontalpodautoscalers") => {
            ("autoscaling/v2", "HorizontalPodAutoscaler")
        }
        ("policy", "poddisruptionbudgets") => ("policy/v1", "PodDisruptionBudget"),
        ("coordination.k8s.io", "leases") => ("coordination.k8s.io/v1", "Lease"),
        ("scheduling.k8s.io", "priorityclasses") => ("scheduling.k8s.io/v1", "PriorityClass"),
        ("apiextensions.k8s.io", "customresourcedefinitions") => {
            ("apiextensions.k8s.io/v1", "CustomResourceDefinition")
        }
        ("events.k8s.io", "events") => ("events.k8s.io/v1", "Event"),
        _ => return None,
    };
    Some(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn selectors() {
        let cases = [
            (json!(null), "<none>"),
            (json!({}), "<none>"),
            (json!({"matchLabels": {"b": "2", "a": "1"}}), "a=1,b=2"),
            (
                json!({"matchLabels": {"app": "x"}, "matchExpressions": [
                    {"key": "tier", "operator": "In", "values": ["web", "api"]},
                    {"key": "env", "operator": "NotIn", "values": ["prod"]},
                    {"key": "zz", "operator": "Exists"},
                    {"key": "canary", "operator": "DoesNotExist"}]}),
                "app=x,!canary,env notin (prod),tier in (api,web),zz",
            ),
            (
                json!({"matchExpressions": [{"key": "a", "operator": "Bogus"}]}),
                "<error>",
            ),
        ];
        for (sel, want) in cases {
            let sel = if sel.is_null() { None } else { Some(&sel) };
            assert_eq!(format_label_selector(sel), want);
        }
    }

    #[test]
    fn labels() {
        let m = json!({"run": "nginx", "app": "x"});
        assert_eq!(format_labels(m.as_object()), "app=x,run=nginx");
        assert_eq!(format_labels(None), "<none>");
    }

    #[test]
    fn zero_time_is_unknown() {
        assert!(parse_time("0001-01-01T00:00:00Z").is_none());
        assert!(parse_time("").is_none());
        assert!(parse_time("2026-11-23T14:04:55.123456Z").is_some());
    }
}
