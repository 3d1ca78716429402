//! JSON merge patch (RFC 7386) and JSON patch (RFC 6902) on `serde_json::Value`s. Pure functions.

use serde_json::Value;

/// RFC 7386: objects merge recursively, `null` deletes, anything else replaces.
pub fn merge_patch(target: &Value, patch: &Value) -> Value {
    crate::merge::json_merge::apply(target, patch)
}

fn unescape(tok: &str) -> String {
    tok.replace("~1", "/").replace("~0", "~")
}

fn tokens(path: &str) -> Result<Vec<String>, String> {
    if path.is_empty() {
        return Ok(vec![]);
    }
    let rest = path
        .strip_prefix('/')
        .ok_or_else(|| format!("invalid JSON pointer: {path:?}"))?;
    Ok(rest.split('/').map(unescape).collect())
}

fn parent_mut<'a>(doc: &'a mut Value, toks: &[String]) -> Result<&'a mut Value, String> {
    let mut cur = doc;
    for t in toks {
        cur = match cur {
            Value::Object(m) => m.get_mut(t).ok_or_else(|| format!("missing path: {t}"))?,
            Value::Array(a) => {
                let i: usize = t.parse().map_err(|_| format!("invalid index: {t}"))?;
                a.get_mut(i)
                    .ok_or_else(|| format!("index out of range: {t}"))?
            }
            _ => return Err(format!("cannot traverse into {t}")),
        };
    }
    Ok(cur)
}

fn get<'a>(doc: &'a Value, path: &str) -> Result<&'a Value, String> {
    let mut cur = doc;
    for t in tokens(path)? {
        cur = match cur {
            Value::Object(m) => m.get(&t),
            Value::Array(a) => t.parse::<usize>().ok().and_then(|i| a.get(i)),
            _ => None,
        }
        .ok_or_else(|| format!("missing value at path: {path}"))?;
    }
    Ok(cur)
}

fn add(doc: &mut Value, path: &str, value: Value) -> Result<(), String> {
    let toks = tokens(path)?;
    let Some((last, parent)) = toks.split_last() else {
        *doc = value;
        return Ok(());
    };
    match parent_mut(doc, parent)? {
        Value::Object(m) => {
            m.insert(last.clone(), value);
        }
        Value::Array(a) => {
            if last == "-" {
                a.push(value);
            } else {
                let i: usize = last.parse().map_err(|_| format!("invalid index: {last}"))?;
                if i > a.len() {
                    return Err(format!("index out of range: {i}"));
                }
                a.insert(i, value);
            }
        }
        _ => return Err(format!("doc is missing path: {path}")),
    }
    Ok(())
}

fn remove(doc: &mut Value, path: &str) -> Result<Value, String> {
    let toks = tokens(path)?;
    let (last, parent) = toks.split_last().ok_or("cannot remove root")?;
    match parent_mut(doc, parent)? {
        Value::Object(m) => m
            .remove(last)
            .ok_or_else(|| format!("unable to remove nonexistent key: {last}: missing value")),
        Value::Array(a) => {
            let i: usize = last.parse().map_err(|_| format!("invalid index: {last}"))?;
            if i >= a.len() {
                return Err(format!("Unable to remove index {i}: out of range"));
            }
            Ok(a.remove(i))
        }
        _ => Err(format!("doc is missing path: {path}")),
    }
}

/// RFC 6902 operations add/remove/replace/move/copy/test. Errors are evanphx/json-patch-like
/// texts; the caller wraps them.
pub fn json_patch(target: &Value, ops: &Value) -> Result<Value, String> {
    let ops = ops.as_array().ok_or("json patch must be an array")?;
    let mut doc = target.clone();
    for op in ops {
        let path = op["path"].as_str().ok_or("missing path")?;
        match op["op"].as_str() {
            Some("add") => add(
                &mut doc,
                path,
                op.get("value").cloned().ok_or("missing value")?,
            )?,
            Some("remove") => {
                remove(&mut doc, path)?;
            }
            Some("replace") => {
                get(&doc, path).map_err(|_| format!("replace operation does not apply: doc is missing key: {path}: missing value"))?;
                let v = op.get("value").cloned().ok_or("missing value")?;
                let toks = tokens(path)?;
                *parent_mut(&mut doc, &toks)? = v;
            }
            Some("move") => {
                let from = op["from"].as_str().ok_or("missing from")?;
                let v = remove(&mut doc, from)?;
                add(&mut doc, path, v)?;
            }
            Some("copy") => {
                let from = op["from"].as_str().ok_or("missing from")?;
                let v = get(&doc, from)?.clone();
                add(&mut doc, path, v)?;
            }
            Some("test") => {
                let v = get(&doc, path)?;
                if Some(v) != op.get("value") {
                    return Err(format!("testing value {path} failed: test failed"));
                }
            }
            other => return Err(format!("Unexpected kind: {}", other.unwrap_or(""))),
        }
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn merge_patch_cases() {
        let cases = [
            (
                json!({"a": 1, "b": {"c": 2}}),
                json!({"b": {"c": null, "d": 3}}),
                json!({"a": 1, "b": {"d": 3}}),
            ),
            (json!({"a": [1, 2]}), json!({"a": [3]}), json!({"a": [3]})),
            (json!({"a": 1}), json!({"a": null}), json!({})),
        ];
        for (t, p, want) in cases {
            assert_eq!(merge_patch(&t, &p), want);
        }
    }

    #[test]
    fn json_patch_cases() {
        let doc = json!({"a": {"b": [1, 2]}, "c": "x"});
        let cases = [
            (
                json!([{"op": "add", "path": "/a/b/-", "value": 3}]),
                json!({"a": {"b": [1, 2, 3]}, "c": "x"}),
            ),
            (
                json!([{"op": "add", "path": "/a/b/0", "value": 0}]),
                json!({"a": {"b": [0, 1, 2]}, "c": "x"}),
            ),
            (
                json!([{"op": "remove", "path": "/c"}]),
                json!({"a": {"b": [1, 2]}}),
            ),
            (
                json!([{"op": "replace", "path": "/c", "value": "y"}]),
                json!({"a": {"b": [1, 2]}, "c": "y"}),
            ),
            (
                json!([{"op": "move", "from": "/c", "path": "/d"}]),
                json!({"a": {"b": [1, 2]}, "d": "x"}),
            ),
            (
                json!([{"op": "copy", "from": "/c", "path": "/a/e"}]),
                json!({"a": {"b": [1, 2], "e": "x"}, "c": "x"}),
            ),
        ];
        for (ops, want) in cases {
            assert_eq!(json_patch(&doc, &ops).unwrap(), want, "{ops}");
        }
        assert!(json_patch(&doc, &json!([{"op": "test", "path": "/c", "value": "z"}])).is_err());
        assert!(json_patch(&doc, &json!([{"op": "replace", "path": "/zz", "value": 1}])).is_err());
        assert!(json_patch(&doc, &json!([{"op": "remove", "path": "/zz"}])).is_err());
    }
}
