//! Strategic merge patch (k8s.io/apimachinery/pkg/util/strategicpatch) for the built-in types:
//! merge keys of the common lists, `$patch` (replace/delete/merge), `$retainKeys`,
//! `$setElementOrder/…`, `$deleteFromPrimitiveList/…`, `null` deletes. Pure functions, shared with
//! client-side apply.

use serde_json::{Map, Value};

/// Where the merge strategy of lists comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaHint {
    /// Built-in Kubernetes types: lists with a `patchMergeKey` merge by it.
    BuiltIn,
    /// No schema (custom resources): every list is replaced atomically.
    Atomic,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum StrategicError {
    #[error("{0}")]
    Invalid(String),
}

/// How a list field merges.
#[derive(Debug, Clone, PartialEq)]
enum ListStrategy {
    Replace,
    /// Lists of objects merged by this key.
    MergeKey(String),
    /// Lists of primitives merged as a set.
    MergePrimitives,
}

/// The `patchStrategy:"merge" patchMergeKey:"…"` tags of the built-in types (k8s.io/api), keyed by
/// field name; `ports` depends on the element type (ContainerPort vs ServicePort).
fn list_strategy(hint: SchemaHint, field: &str, sample: &[&Value]) -> ListStrategy {
    if hint == SchemaHint::Atomic {
        return ListStrategy::Replace;
    }
    let key = match field {
        "containers"
        | "initContainers"
        | "ephemeralContainers"
        | "volumes"
        | "env"
        | "imagePullSecrets"
        | "secrets" => "name",
        "volumeMounts" => "mountPath",
        "volumeDevices" => "devicePath",
        "hostAliases" => "ip",
        "conditions" => "type",
        "topologySpreadConstraints" => "topologyKey",
        "ownerReferences" => "uid",
        "resizePolicy" => "resourceName",
        "finalizers" => return ListStrategy::MergePrimitives,
        "ports" => {
            let container = sample.iter().any(|v| v.get("containerPort").is_some());
            if container { "containerPort" } else { "port" }
        }
        _ => return ListStrategy::Replace,
    };
    ListStrategy::MergeKey(key.to_string())
}

/// Applies a strategic merge patch to `original`.
pub fn apply_strategic_patch(
    original: &Value,
    patch: &Value,
    hint: SchemaHint,
) -> Result<Value, StrategicError> {
    match (original, patch) {
        (Value::Object(o), Value::Object(p)) => Ok(merge_map(o, p, hint)?
            .map(Value::Object)
            .unwrap_or(Value::Object(Map::new()))),
        (_, Value::Object(p)) => Ok(merge_map(&Map::new(), p, hint)?
            .map(Value::Object)
            .unwrap_or(Value::Object(Map::new()))),
        _ => Err(StrategicError::Invalid(
            "strategic merge patch must be a JSON object".into(),
        )),
    }
}

fn strip_directives(p: &Map<String, Value>) -> Map<String, Value> {
    p.iter()
        .filter(|(k, _)| !k.starts_with('$'))
        .map(|(k, v)| (k.clone(), strip_value(v)))
        .collect()
}

fn strip_value(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(strip_directives(m)),
        Value::Array(a) => Value::Array(a.iter().map(strip_value).collect()),
        other => other.clone(),
    }
}

/// Merges map `p` into `o`; None means the map itself is deleted (`$patch: delete`).
fn merge_map(
    o: &Map<String, Value>,
    p: &Map<String, Value>,
    hint: SchemaHint,
) -> Result<Option<Map<String, Value>>, StrategicError> {
    match p.get("$patch").and_then(Value::as_str) {
        Some("delete") => return Ok(None),
        Some("replace") => return Ok(Some(strip_directives(p))),
        Some("merge") | None => {}
        Some(other) => {
            return Err(StrategicError::Invalid(format!(
                "Unknown patch type: {other}"
            )));
        }
    }
    let mut out = o.clone();
    for (k, pv) in p {
        if k.starts_with('$') {
            continue;
        }
        if pv.is_null() {
            out.remove(k);
            continue;
        }
        let merged = match (out.get(k), pv) {
            (Some(Value::Object(ov)), Value::Object(pm)) => match merge_map(ov, pm, hint)? {
                Some(m) => Value::Object(m),
                None => {
                    out.remove(k);
                    continue;
                }
            },
            (None, Value::Object(pm)) => match merge_map(&Map::new(), pm, hint)? {
                Some(m) => Value::Object(m),
                None => {
                    out.remove(k);
                    continue;
                }
            },
            (Some(Value::Array(oa)), Value::Array(pa)) => {
                Value::Array(merge_list(k, oa, pa, hint)?)
            }
            (None, Value::Array(pa)) => Value::Array(merge_list(k, &[], pa, hint)?),
            _ => strip_value(pv),
        };
        out.insert(k.clone(), merged);
    }
    // Directives that refer to sibling lists.
    for (k, pv) in p {
        if let Some(field) = k.strip_prefix("$deleteFromPrimitiveList/")
            && let (Some(Value::Array(cur)), Value::Array(del)) = (out.get(field), pv)
        {
            let kept: Vec<Value> = cur.iter().filter(|v| !del.contains(v)).cloned().collect();
            out.insert(field.to_string(), Value::Array(kept));
        }
    }
    for (k, pv) in p {
        if let Some(field) = k.strip_prefix("$setElementOrder/")
            && let (Some(Value::Array(cur)), Value::Array(order)) = (out.get(field), pv)
        {
            let sample: Vec<&Value> = cur.iter().chain(order.iter()).collect();
            let ordered = reorder(cur, order, &list_strategy(hint, field, &sample));
            out.insert(field.to_string(), Value::Array(ordered));
        }
    }
    if let Some(Value::Array(keep)) = p.get("$retainKeys") {
        let keep: Vec<&str> = keep.iter().filter_map(Value::as_str).collect();
        out.retain(|k, _| keep.contains(&k.as_str()));
    }
    Ok(Some(out))
}

fn key_of<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    v.as_object()?.get(key)
}

fn reorder(cur: &[Value], order: &[Value], strat: &ListStrategy) -> Vec<Value> {
    let id = |v: &Value| -> Value {
        match strat {
            ListStrategy::MergeKey(k) => key_of(v, k).cloned().unwrap_or(Value::Null),
            _ => v.clone(),
        }
    };
    let order_ids: Vec<Value> = order.iter().map(&id).collect();
    let mut out: Vec<Value> = Vec::new();
    for oid in &order_ids {
        if let Some(v) = cur.iter().find(|v| &id(v) == oid) {
            out.push(v.clone());
        }
    }
    for v in cur {
        if !order_ids.contains(&id(v)) {
            out.push(v.clone());
        }
    }
    out
}

fn merge_list(
    field: &str,
    o: &[Value],
    p: &[Value],
    hint: SchemaHint,
) -> Result<Vec<Value>, StrategicError> {
    // A `{"$patch": "replace"}` element replaces the whole list with the other elements.
    if p.iter().any(|v| {
        v.get("$patch").and_then(Value::as_str) == Some("replace")
            && v.as_object().is_some_and(|m| m.len() == 1)
    }) {
        return Ok(p
            .iter()
            .filter(|v| v.get("$patch").is_none())
            .map(strip_value)
            .collect());
    }
    let sample: Vec<&Value> = o.iter().chain(p.iter()).collect();
    match list_strategy(hint, field, &sample) {
        ListStrategy::Replace => Ok(p.iter().map(strip_value).collect()),
        ListStrategy::MergePrimitives => {
            let mut out = o.to_vec();
            for v in p {
                if !out.contains(v) {
                    out.push(v.clone());
                }
            }
            Ok(out)
        }
        ListStrategy::MergeKey(key) => {
            let mut out: Vec<Value> = o.to_vec();
            for pv in p {
                let Some(pm) = pv.as_object() else {
                    return Err(StrategicError::Invalid(format!(
                        "list {field} must contain objects"
                    )));
                };
                let Some(kv) = pm.get(&key) else {
                    return Err(StrategicError::Invalid(format!(
                        "map: {pv} does not contain declared merge key: {key}"
                    )));
                };
                let pos = out.iter().position(|ov| key_of(ov, &key) == Some(kv));
                let delete = pm.get("$patch").and_then(Value::as_str) == Some("delete");
                match (pos, delete) {
                    (Some(i), true) => {
                        out.remove(i);
                    }
                    (None, true) => {}
                    (Some(i), false) => {
                        let base = out[i].as_object().cloned().unwrap_or_default();
                        match merge_map(&base, pm, hint)? {
                            Some(m) => out[i] = Value::Object(m),
                            None => {
                                out.remove(i);
                            }
                        }
                    }
                    (None, false) => {
                        if let Some(m) = merge_map(&Map::new(), pm, hint)? {
                            out.push(Value::Object(m));
                        }
                    }
                }
            }
            Ok(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn smp(o: Value, p: Value) -> Value {
        apply_strategic_patch(&o, &p, SchemaHint::BuiltIn).unwrap()
    }

    #[test]
    fn merges_containers_by_name() {
        let o = json!({"spec": {"containers": [{"name": "a", "image": "x"}, {"name": "b", "image": "y"}]}});
        let got = smp(
            o,
            json!({"spec": {"containers": [{"name": "b", "image": "z"}, {"name": "c", "image": "w"}]}}),
        );
        assert_eq!(
            got,
            json!({"spec": {"containers": [{"name": "a", "image": "x"}, {"name": "b", "image": "z"}, {"name": "c", "image": "w"}]}})
        );
    }

    #[test]
    fn directives() {
        let o = json!({"spec": {"containers": [{"name": "a", "image": "x", "ports": [{"containerPort": 80}]}, {"name": "b"}],
                                "finalizers": ["f1"], "args": ["1", "2"]}, "metadata": {"labels": {"x": "1", "y": "2"}}});
        let cases = [
            // delete an element by merge key
            (
                json!({"spec": {"containers": [{"name": "a", "$patch": "delete"}]}}),
                json!({"name": "b"}),
                "/spec/containers/0",
            ),
            // setElementOrder reorders
            (
                json!({"spec": {"$setElementOrder/containers": [{"name": "b"}, {"name": "a"}]}}),
                json!({"name": "b"}),
                "/spec/containers/0",
            ),
            // null deletes a key
            (
                json!({"metadata": {"labels": {"x": null}}}),
                json!({"y": "2"}),
                "/metadata/labels",
            ),
            // ports merge by containerPort
            (
                json!({"spec": {"containers": [{"name": "a", "ports": [{"containerPort": 81}]}]}}),
                json!([{"containerPort": 80}, {"containerPort": 81}]),
                "/spec/containers/0/ports",
            ),
            // primitive merge list
            (
                json!({"spec": {"finalizers": ["f2"]}}),
                json!(["f1", "f2"]),
                "/spec/finalizers",
            ),
            (
                json!({"spec": {"$deleteFromPrimitiveList/finalizers": ["f1"]}}),
                json!([]),
                "/spec/finalizers",
            ),
            // other lists replace
            (json!({"spec": {"args": ["3"]}}), json!(["3"]), "/spec/args"),
            // $patch: replace on a map
            (
                json!({"metadata": {"labels": {"$patch": "replace", "z": "3"}}}),
                json!({"z": "3"}),
                "/metadata/labels",
            ),
            // $retainKeys
            (
                json!({"metadata": {"labels": {"$retainKeys": ["y"]}}}),
                json!({"y": "2"}),
                "/metadata/labels",
            ),
        ];
        for (p, want, ptr) in cases {
            let got = smp(o.clone(), p.clone());
            assert_eq!(got.pointer(ptr), Some(&want), "{p}");
        }
    }

    #[test]
    fn atomic_hint_replaces_lists() {
        let o = json!({"spec": {"containers": [{"name": "a"}]}});
        let got = apply_strategic_patch(
            &o,
            &json!({"spec": {"containers": [{"name": "b"}]}}),
            SchemaHint::Atomic,
        )
        .unwrap();
        assert_eq!(got, json!({"spec": {"containers": [{"name": "b"}]}}));
    }
}
