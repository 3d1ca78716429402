//! JSON merge patch: RFC 7386 apply, and the three-way patch kubectl's client-side apply sends
//! for kinds it has no Go type for (custom resources): apimachinery's
//! `jsonmergepatch.CreateThreeWayJSONMergePatch` over evanphx/json-patch v4. Pure; no I/O.

use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum JsonMergeError {
    #[error("Invalid JSON Document")]
    NotAnObject,
    /// mergepatch.ErrConflict between the additions and the deletions, as YAML.
    #[error("patch:\n{patch}\nconflicts with changes made from original to current:\n{changed}\n")]
    Conflict { patch: String, changed: String },
}

/// mergepatch.HasConflicts: overlapping keys with different values (JSON merge semantics).
fn has_conflicts(left: &Value, right: &Value) -> bool {
    match (left, right) {
        (Value::Object(l), Value::Object(r)) => l
            .iter()
            .any(|(k, lv)| r.get(k).is_some_and(|rv| has_conflicts(lv, rv))),
        (Value::Object(_), _) => true,
        (Value::Array(l), Value::Array(r)) => {
            l.len() != r.len() || l.iter().zip(r).any(|(l, r)| has_conflicts(l, r))
        }
        (Value::Array(_), _) => true,
        _ => left != right,
    }
}

/// RFC 7386: objects merge recursively, `null` deletes, anything else replaces.
pub fn apply(target: &Value, patch: &Value) -> Value {
    match patch {
        Value::Object(p) => {
            let mut out = match target {
                Value::Object(t) => t.clone(),
                _ => Map::new(),
            };
            for (k, v) in p {
                if v.is_null() {
                    out.remove(k);
                } else {
                    let cur = out.get(k).unwrap_or(&Value::Null);
                    let merged = apply(cur, v);
                    out.insert(k.clone(), merged);
                }
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

/// The patch from `a` to `b` (evanphx `CreateMergePatch`): changed and added keys, `null` for
/// removed ones; lists are replaced whole.
pub fn two_way(a: &Value, b: &Value) -> Result<Value, JsonMergeError> {
    match (a, b) {
        (Value::Object(a), Value::Object(b)) => Ok(Value::Object(diff(a, b))),
        _ => Err(JsonMergeError::NotAnObject),
    }
}

/// evanphx decodes numbers as float64: 1 and 1.0 are equal.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

fn diff(a: &Map<String, Value>, b: &Map<String, Value>) -> Map<String, Value> {
    let mut into = Map::new();
    for (key, bv) in b {
        let Some(av) = a.get(key) else {
            into.insert(key.clone(), bv.clone());
            continue;
        };
        match (av, bv) {
            (Value::Object(ao), Value::Object(bo)) => {
                let d = diff(ao, bo);
                if !d.is_empty() {
                    into.insert(key.clone(), Value::Object(d));
                }
            }
            (Value::Null, Value::Null) => {}
            _ if std::mem::discriminant(av) != std::mem::discriminant(bv) => {
                into.insert(key.clone(), bv.clone());
            }
            _ => {
                if !same(av, bv) {
                    into.insert(key.clone(), bv.clone());
                }
            }
        }
    }
    for key in a.keys() {
        if !b.contains_key(key) {
            into.insert(key.clone(), Value::Null);
        }
    }
    into
}

/// `keepOrDeleteNullInObj`: with `keep_null` only the `null`s (deletions) stay, without it only
/// the rest (additions and changes).
fn keep_or_delete_null(m: &Map<String, Value>, keep_null: bool) -> Map<String, Value> {
    let mut out = Map::new();
    for (k, v) in m {
        match v {
            Value::Null if keep_null => {
                out.insert(k.clone(), Value::Null);
            }
            Value::Null => {}
            Value::Object(sub) if sub.is_empty() => {
                if !keep_null {
                    out.insert(k.clone(), v.clone());
                }
            }
            Value::Object(sub) => {
                let f = keep_or_delete_null(sub, keep_null);
                if !f.is_empty() {
                    out.insert(k.clone(), Value::Object(f));
                }
            }
            _ => {
                if !keep_null {
                    out.insert(k.clone(), v.clone());
                }
            }
        }
    }
    out
}

/// evanphx `pruneNulls`.
fn prune_nulls(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.retain(|_, v| !v.is_null());
            m.values_mut().for_each(prune_nulls);
        }
        Value::Array(a) => {
            a.retain(|v| !v.is_null());
            a.iter_mut().for_each(prune_nulls);
        }
        _ => {}
    }
}

/// evanphx `mergeDocs` (mergeMerge = false): `doc` is the deletions patch, `patch` the additions.
fn merge_docs(doc: &mut Map<String, Value>, patch: Map<String, Value>) {
    for (k, mut v) in patch {
        if v.is_null() {
            doc.remove(&k);
            continue;
        }
        match doc.get_mut(&k) {
            Some(Value::Object(cur)) => match v {
                Value::Object(p) => merge_docs(cur, p),
                other => {
                    doc.insert(k, other);
                }
            },
            _ => {
                prune_nulls(&mut v);
                doc.insert(k, v);
            }
        }
    }
}

/// kubectl apply's patch for kinds without a Go type: additions and changes from `current` to
/// `modified`, and deletions from `original` (last applied) to `modified`.
pub fn three_way(
    original: &Value,
    modified: &Value,
    current: &Value,
) -> Result<Value, JsonMergeError> {
    let empty = Value::Object(Map::new());
    let or_empty = |v: &Value| {
        if v.is_null() {
            empty.clone()
        } else {
            v.clone()
        }
    };
    let (original, modified, current) = (or_empty(original), or_empty(modified), or_empty(current));
    let Value::Object(add) = two_way(&current, &modified)? else {
        return Err(JsonMergeError::NotAnObject);
    };
    let add = keep_or_delete_null(&add, false);
    let Value::Object(del) = two_way(&original, &modified)? else {
        return Err(JsonMergeError::NotAnObject);
    };
    let mut del = keep_or_delete_null(&del, true);
    let (add_v, del_v) = (Value::Object(add), Value::Object(del.clone()));
    if has_conflicts(&add_v, &del_v) {
        return Err(JsonMergeError::Conflict {
            patch: crate::output::yaml::to_string(&add_v),
            changed: crate::output::yaml::to_string(&del_v),
        });
    }
    let Value::Object(add) = add_v else {
        return Err(JsonMergeError::NotAnObject);
    };
    merge_docs(&mut del, add);
    Ok(Value::Object(del))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rfc7386_apply() {
        // The examples of RFC 7386 appendix A.
        let cases = [
            (json!({"a": "b"}), json!({"a": "c"}), json!({"a": "c"})),
            (
                json!({"a": "b"}),
                json!({"b": "c"}),
                json!({"a": "b", "b": "c"}),
            ),
            (json!({"a": "b"}), json!({"a": null}), json!({})),
            (
                json!({"a": "b", "b": "c"}),
                json!({"a": null}),
                json!({"b": "c"}),
            ),
            (json!({"a": ["b"]}), json!({"a": "c"}), json!({"a": "c"})),
            (json!({"a": "c"}), json!({"a": ["b"]}), json!({"a": ["b"]})),
            (
                json!({"a": {"b": "c"}}),
                json!({"a": {"b": "d", "c": null}}),
                json!({"a": {"b": "d"}}),
            ),
            (
                json!({"a": [{"b": "c"}]}),
                json!({"a": [1]}),
                json!({"a": [1]}),
            ),
            (json!(["a", "b"]), json!(["c", "d"]), json!(["c", "d"])),
            (json!({"a": "b"}), json!(["c"]), json!(["c"])),
            (json!({"a": "foo"}), json!(null), json!(null)),
            (json!({"a": "foo"}), json!("bar"), json!("bar")),
            (
                json!({"e": null}),
                json!({"a": 1}),
                json!({"e": null, "a": 1}),
            ),
            (
                json!([1, 2]),
                json!({"a": "b", "c": null}),
                json!({"a": "b"}),
            ),
            (
                json!({}),
                json!({"a": {"bb": {"ccc": null}}}),
                json!({"a": {"bb": {}}}),
            ),
        ];
        for (t, p, want) in cases {
            assert_eq!(apply(&t, &p), want, "{t} + {p}");
        }
    }

    #[test]
    fn conflicts() {
        assert!(has_conflicts(&json!({"a": 1}), &json!({"a": null})));
        assert!(!has_conflicts(
            &json!({"a": {"b": 1}}),
            &json!({"a": {"c": null}})
        ));
        assert!(has_conflicts(&json!({"a": [1]}), &json!({"a": [1, 2]})));
        assert!(!has_conflicts(&json!({"a": [1]}), &json!({"b": null})));
    }

    #[test]
    fn three_way_cases() {
        // (original = last applied, modified = manifest, current = live, want)
        let cases = [
            // nothing changed
            (
                json!({"a": 1}),
                json!({"a": 1}),
                json!({"a": 1, "x": 2}),
                json!({}),
            ),
            // a field removed from the manifest is deleted; one set by others stays
            (
                json!({"a": 1, "b": 2}),
                json!({"a": 1}),
                json!({"a": 1, "b": 2, "x": 3}),
                json!({"b": null}),
            ),
            // changes are computed against the live object
            (
                json!({"a": 1}),
                json!({"a": 2}),
                json!({"a": 3}),
                json!({"a": 2}),
            ),
            (
                json!({"a": 1}),
                json!({"a": 1}),
                json!({"a": 3}),
                json!({"a": 1}),
            ),
            // lists replace whole
            (
                json!({"l": [1, 2]}),
                json!({"l": [1]}),
                json!({"l": [1, 2]}),
                json!({"l": [1]}),
            ),
            // nested deletions and additions merge
            (
                json!({"s": {"a": 1, "b": 2}}),
                json!({"s": {"a": 1, "c": 3}}),
                json!({"s": {"a": 1, "b": 2, "z": 0}}),
                json!({"s": {"b": null, "c": 3}}),
            ),
            // a map removed entirely
            (
                json!({"s": {"a": 1}}),
                json!({}),
                json!({"s": {"a": 1, "z": 0}}),
                json!({"s": null}),
            ),
            // an empty map added is kept
            (json!({}), json!({"m": {}}), json!({}), json!({"m": {}})),
            // a deleted field the live object no longer has is still sent as null
            (json!({"a": 1}), json!({}), json!({}), json!({"a": null})),
            // number types: 1 and 1.0 are the same to evanphx
            (
                json!({"a": 1}),
                json!({"a": 1.0}),
                json!({"a": 1}),
                json!({}),
            ),
        ];
        for (o, m, c, want) in cases {
            assert_eq!(three_way(&o, &m, &c).unwrap(), want, "{o} {m} {c}");
        }
    }
}
