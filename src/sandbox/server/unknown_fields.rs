//! Unknown fields of built-in objects at any depth (`fieldValidation=Strict`), found by a
//! round trip through the k8s-openapi types: a field the typed struct does not keep is a field
//! kube-apiserver's strict decoder rejects. Paths are written as the strict decoder writes them
//! (`spec.template.spec.containers[0].bogus`), in the order of the (sorted) input keys.

use schemars::JsonSchema;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::sandbox::typed::{KindVisitor, with_kind};

/// Unknown field paths of `object` when its kind is a built-in one; `None` for kinds without a
/// typed schema here (custom resources) or objects whose known fields do not even decode (other
/// validation reports those).
pub fn unknown_fields(group: &str, kind: &str, object: &Value) -> Option<Vec<String>> {
    let known = round_trip(group, kind, object)?;
    let mut unknown = Vec::new();
    walk(object, &known, "", &mut unknown);
    Some(unknown)
}

/// The object as the typed struct of its kind keeps it.
fn round_trip(group: &str, kind: &str, object: &Value) -> Option<Value> {
    with_kind(group, kind, RoundTrip(object)).flatten()
}

/// Decodes into the kind's struct and encodes back: what survives is what the type knows.
struct RoundTrip<'a>(&'a Value);

impl KindVisitor for RoundTrip<'_> {
    type Output = Option<Value>;
    fn visit<T: DeserializeOwned + Serialize + JsonSchema>(self) -> Option<Value> {
        let decoded: T = serde_json::from_value(self.0.clone()).ok()?;
        serde_json::to_value(&decoded).ok()
    }
}

/// Removes the fields `unknown_fields` reports, as kube-apiserver's typed decode drops them
/// when validation is not strict.
pub fn prune(group: &str, kind: &str, object: &mut Value) {
    if let Some(known) = round_trip(group, kind, object) {
        prune_walk(object, &known);
    }
}

fn prune_walk(input: &mut Value, known: &Value) {
    match (input, known) {
        (Value::Object(fields), Value::Object(kept)) => {
            fields.retain(|key, value| value.is_null() || kept.contains_key(key));
            for (key, value) in fields.iter_mut() {
                if let Some(k) = kept.get(key) {
                    prune_walk(value, k);
                }
            }
        }
        (Value::Array(items), Value::Array(kept)) => {
            for (item, k) in items.iter_mut().zip(kept) {
                prune_walk(item, k);
            }
        }
        _ => {}
    }
}

/// Input keys the typed round trip dropped. A `null` input value is not reported: the typed
/// decode turns a known field's `null` into "unset" too, so the two cannot be told apart.
fn walk(input: &Value, known: &Value, path: &str, unknown: &mut Vec<String>) {
    match (input, known) {
        (Value::Object(fields), Value::Object(kept)) => {
            for (key, value) in fields {
                let child = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                match kept.get(key) {
                    Some(k) => walk(value, k, &child, unknown),
                    None if value.is_null() => {}
                    None => unknown.push(child),
                }
            }
        }
        (Value::Array(items), Value::Array(kept)) => {
            for (i, (item, k)) in items.iter().zip(kept).enumerate() {
                walk(item, k, &format!("{path}[{i}]"), unknown);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn nested_unknown_fields_have_paths() {
        let daemonset = json!({
            "apiVersion": "apps/v1", "kind": "DaemonSet",
            "metadata": {"name": "rng", "labels": {"app": "rng"}},
            "spec": {
                "replicas": 1,
                "selector": {"matchLabels": {"app": "rng"}},
                "strategy": {"type": "RollingUpdate"},
                "template": {"metadata": {"labels": {"app": "rng"}}, "spec": {"containers": [
                    {"name": "rng", "image": "rng", "bogus": true, "resources": {}}
                ]}}
            }
        });
        assert_eq!(
            unknown_fields("apps", "DaemonSet", &daemonset).unwrap(),
            vec![
                "spec.replicas",
                "spec.strategy",
                "spec.template.spec.containers[0].bogus"
            ]
        );
    }

    #[test]
    fn pruning_drops_what_is_reported() {
        let mut pod = json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"},
            "spec": {"containers": [{"name": "c", "image": "i", "x": 1}], "y": 2}});
        prune("", "Pod", &mut pod);
        assert_eq!(
            pod["spec"],
            json!({"containers": [{"name": "c", "image": "i"}]})
        );
    }

    #[test]
    fn known_objects_have_none_and_custom_kinds_are_skipped() {
        let cm = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "annotations": {"a": "b"}}, "data": {"k": "v"}, "immutable": null});
        assert_eq!(
            unknown_fields("", "ConfigMap", &cm).unwrap(),
            Vec::<String>::new()
        );
        assert_eq!(unknown_fields("example.com", "Widget", &cm), None);
    }
}
