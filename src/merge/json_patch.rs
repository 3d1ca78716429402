//! RFC 6902 JSON patch as kubectl applies it client-side (`patch --local`, `--dry-run=client`):
//! gopkg.in/evanphx/json-patch.v4, with its quirks — `replace` of a missing object key adds
//! it, errors are `pkg/errors` wraps ending in `: missing value`. The sandbox's server-side
//! engine (`sandbox/patch.rs`) words errors as kube-apiserver does; this one as kubectl
//! does. Pure; no I/O.

use serde_json::Value;

/// An error with evanphx v4's text.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{0}")]
pub struct JsonPatchError(pub String);

const MISSING: &str = "missing value";
const INVALID_INDEX: &str = "invalid index referenced";

fn err(s: String) -> JsonPatchError {
    JsonPatchError(s)
}

fn unescape(tok: &str) -> String {
    tok.replace("~1", "/").replace("~0", "~")
}

/// Go's `strconv.Atoi` and its error text.
fn atoi(key: &str) -> Result<i64, String> {
    key.parse::<i64>()
        .map_err(|_| format!("strconv.Atoi: parsing {key:?}: invalid syntax"))
}

/// `findObject`: the container holding the last token, and that token; None when the path
/// has no parent in the document.
fn find_object<'a>(doc: &'a mut Value, path: &str) -> Option<(&'a mut Value, String)> {
    let split: Vec<&str> = path.split('/').collect();
    if split.len() < 2 {
        return None;
    }
    let mut cur = doc;
    for part in &split[1..split.len() - 1] {
        let key = unescape(part);
        cur = match cur {
            Value::Object(m) => m.get_mut(&key)?,
            Value::Array(a) => {
                let i = usize::try_from(atoi(&key).ok()?).ok()?;
                a.get_mut(i)?
            }
            _ => return None,
        };
        if !cur.is_object() && !cur.is_array() {
            return None;
        }
    }
    Some((cur, unescape(split[split.len() - 1])))
}

/// The index an array operation names (negative counts from the end, as v4 allows).
fn index(len: usize, key: &str) -> Result<usize, String> {
    let i = atoi(key)?;
    let n = len as i64;
    if i >= n || i < -n {
        return Err(format!(
            "Unable to access invalid index: {i}: {INVALID_INDEX}"
        ));
    }
    Ok(if i < 0 { (i + n) as usize } else { i as usize })
}

fn get(con: &Value, key: &str) -> Result<Option<Value>, String> {
    match con {
        Value::Object(m) => Ok(m.get(key).cloned()),
        Value::Array(a) => {
            let i = atoi(key)?;
            if i < 0 || i as usize >= a.len() {
                return Err(format!(
                    "Unable to access invalid index: {i}: {INVALID_INDEX}"
                ));
            }
            Ok(Some(a[i as usize].clone()))
        }
        _ => Ok(None),
    }
}

fn add(con: &mut Value, key: &str, value: Value) -> Result<(), String> {
    match con {
        Value::Object(m) => {
            m.insert(key.to_string(), value);
            Ok(())
        }
        Value::Array(a) => {
            if key == "-" {
                a.push(value);
                return Ok(());
            }
            let i = atoi(key)
                .map_err(|e| format!("value was not a proper array index: '{key}': {e}"))?;
            let i = index(a.len() + 1, &i.to_string())?;
            a.insert(i, value);
            Ok(())
        }
        _ => Ok(()),
    }
}

fn remove(con: &mut Value, key: &str) -> Result<Value, String> {
    match con {
        Value::Object(m) => m
            .remove(key)
            .ok_or_else(|| format!("Unable to remove nonexistent key: {key}: {MISSING}")),
        Value::Array(a) => {
            let i = index(a.len(), key)?;
            Ok(a.remove(i))
        }
        _ => Err(format!(
            "Unable to remove nonexistent key: {key}: {MISSING}"
        )),
    }
}

fn str_field(op: &Value, field: &str) -> Option<Result<String, String>> {
    match op.get(field) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(Ok(s.clone())),
        Some(other) => Some(Err(format!(
            "json: cannot unmarshal {} into Go value of type string",
            go_type(other)
        ))),
    }
}

fn go_type(v: &Value) -> &'static str {
    match v {
        Value::Object(_) => "object",
        Value::Array(_) => "array",
        Value::String(_) => "string",
        Value::Number(_) => "number",
        Value::Bool(_) => "bool",
        Value::Null => "null",
    }
}

/// `DecodePatch` then `Apply`.
pub fn apply(doc: &Value, patch: &Value) -> Result<Value, JsonPatchError> {
    let ops = match patch {
        Value::Array(ops) => ops,
        other => {
            return Err(err(format!(
                "json: cannot unmarshal {} into Go value of type jsonpatch.Patch",
                go_type(other)
            )));
        }
    };
    if let Some(bad) = ops.iter().find(|o| !o.is_object() && !o.is_null()) {
        return Err(err(format!(
            "json: cannot unmarshal {} into Go value of type jsonpatch.Operation",
            go_type(bad)
        )));
    }
    let mut doc = doc.clone();
    for op in ops {
        apply_op(&mut doc, op).map_err(err)?;
    }
    Ok(doc)
}

fn apply_op(doc: &mut Value, op: &Value) -> Result<(), String> {
    let kind = match op.get("op") {
        Some(Value::String(s)) => s.as_str(),
        _ => "unknown",
    };
    let value = op.get("value").cloned().unwrap_or(Value::Null);
    let path = |what: &str| -> Result<String, String> {
        match str_field(op, "path") {
            Some(Ok(p)) => Ok(p),
            Some(Err(_)) | None => {
                Err(format!("{what} operation failed to decode path: {MISSING}"))
            }
        }
    };
    match kind {
        "add" => {
            let path = path("add")?;
            let (con, key) = find_object(doc, &path).ok_or_else(|| {
                format!("add operation does not apply: doc is missing path: \"{path}\": {MISSING}")
            })?;
            add(con, &key, value).map_err(|e| format!("error in add for path: '{path}': {e}"))
        }
        "remove" => {
            let path = path("remove")?;
            let (con, key) = find_object(doc, &path).ok_or_else(|| {
                format!(
                    "remove operation does not apply: doc is missing path: \"{path}\": {MISSING}"
                )
            })?;
            remove(con, &key)
                .map(|_| ())
                .map_err(|e| format!("error in remove for path: '{path}': {e}"))
        }
        "replace" => {
            let path = path("replace")?;
            let (con, key) = find_object(doc, &path).ok_or_else(|| {
                format!("replace operation does not apply: doc is missing path: {path}: {MISSING}")
            })?;
            if get(con, &key).is_err() {
                return Err(format!(
                    "replace operation does not apply: doc is missing key: {path}: {MISSING}"
                ));
            }
            match con {
                Value::Object(m) => {
                    m.insert(key, value);
                }
                Value::Array(a) => {
                    let i = index(a.len(), &key)?;
                    a[i] = value;
                }
                _ => {}
            }
            Ok(())
        }
        "move" => {
            let from = match str_field(op, "from") {
                Some(Ok(f)) => f,
                _ => {
                    return Err(format!(
                        "move operation failed to decode from: operation, missing from field: {MISSING}"
                    ));
                }
            };
            let (con, key) = find_object(doc, &from).ok_or_else(|| {
                format!(
                    "move operation does not apply: doc is missing from path: {from}: {MISSING}"
                )
            })?;
            get(con, &key).map_err(|e| format!("error in move for path: '{key}': {e}"))?;
            let moved =
                remove(con, &key).map_err(|e| format!("error in move for path: '{key}': {e}"))?;
            let path = path("move")?;
            let (con, key) = find_object(doc, &path).ok_or_else(|| {
                format!(
                    "move operation does not apply: doc is missing destination path: {path}: {MISSING}"
                )
            })?;
            add(con, &key, moved).map_err(|e| format!("error in move for path: '{path}': {e}"))
        }
        "copy" => {
            let from = match str_field(op, "from") {
                Some(Ok(f)) => f,
                _ => {
                    return Err(format!(
                        "copy operation failed to decode from: operation, missing from field: {MISSING}"
                    ));
                }
            };
            let (con, key) = find_object(doc, &from).ok_or_else(|| {
                format!(
                    "copy operation does not apply: doc is missing from path: {from}: {MISSING}"
                )
            })?;
            let copied = get(con, &key)
                .map_err(|e| format!("error in copy for from: '{from}': {e}"))?
                .unwrap_or(Value::Null);
            let path = path("copy")?;
            let (con, key) = find_object(doc, &path).ok_or_else(|| {
                format!(
                    "copy operation does not apply: doc is missing destination path: {path}: {MISSING}"
                )
            })?;
            add(con, &key, copied).map_err(|e| format!("error while adding value during copy: {e}"))
        }
        "test" => {
            let path = path("test")?;
            let (con, key) = find_object(doc, &path).ok_or_else(|| {
                format!("test operation does not apply: is missing path: {path}: {MISSING}")
            })?;
            let found =
                get(con, &key).map_err(|e| format!("error in test for path: '{path}': {e}"))?;
            if found.unwrap_or(Value::Null) == value {
                Ok(())
            } else {
                Err(format!("testing value {path} failed: test failed"))
            }
        }
        other => Err(format!("Unexpected kind: {other}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn operations_and_kubectl_words() {
        let doc = json!({"spec": {"size": 3, "list": [1, 2]}});
        let ok = [
            (
                json!([{"op": "replace", "path": "/spec/nope", "value": 1}]),
                json!({"spec": {"size": 3, "list": [1, 2], "nope": 1}}),
            ),
            (
                json!([{"op": "add", "path": "/spec/list/-", "value": 3}]),
                json!({"spec": {"size": 3, "list": [1, 2, 3]}}),
            ),
            (
                json!([{"op": "add", "path": "/spec/list/0", "value": 0}]),
                json!({"spec": {"size": 3, "list": [0, 1, 2]}}),
            ),
            (
                json!([{"op": "copy", "from": "/spec/zz", "path": "/spec/x"}]),
                json!({"spec": {"size": 3, "list": [1, 2], "x": null}}),
            ),
            (
                json!([{"op": "move", "from": "/spec/size", "path": "/spec/s"}]),
                json!({"spec": {"s": 3, "list": [1, 2]}}),
            ),
        ];
        for (p, want) in ok {
            assert_eq!(apply(&doc, &p).unwrap(), want, "{p}");
        }
        let errors = [
            (
                json!([{"op": "replace", "path": "/spec/nope/x", "value": 1}]),
                "replace operation does not apply: doc is missing path: /spec/nope/x: missing value",
            ),
            (
                json!([{"op": "add", "path": "/spec/nope/x", "value": 1}]),
                "add operation does not apply: doc is missing path: \"/spec/nope/x\": missing value",
            ),
            (
                json!([{"op": "remove", "path": "/spec/list/5"}]),
                "error in remove for path: '/spec/list/5': Unable to access invalid index: 5: invalid index referenced",
            ),
            (
                json!([{"op": "add", "path": "/spec/list/5", "value": 1}]),
                "error in add for path: '/spec/list/5': Unable to access invalid index: 5: invalid index referenced",
            ),
            (
                json!([{"op": "remove", "path": "/spec/nope"}]),
                "error in remove for path: '/spec/nope': Unable to remove nonexistent key: nope: missing value",
            ),
            (
                json!([{"op": "move", "from": "/spec/zz", "path": "/spec/x"}]),
                "error in move for path: 'zz': Unable to remove nonexistent key: zz: missing value",
            ),
            (
                json!([{"op": "bogus", "path": "/spec/x"}]),
                "Unexpected kind: bogus",
            ),
            (
                json!([{"op": "add", "value": 1}]),
                "add operation failed to decode path: missing value",
            ),
            (
                json!([{"op": "add", "path": "spec", "value": 1}]),
                "add operation does not apply: doc is missing path: \"spec\": missing value",
            ),
            (
                json!([{"op": "test", "path": "/spec/nope", "value": 1}]),
                "testing value /spec/nope failed: test failed",
            ),
            (
                json!({"op": "add"}),
                "json: cannot unmarshal object into Go value of type jsonpatch.Patch",
            ),
        ];
        for (p, want) in errors {
            assert_eq!(apply(&doc, &p).unwrap_err().0, want, "{p}");
        }
    }
}
