//! Client-side apply's inputs and patch (kubectl's apply/patcher.go and util/apply.go): the
//! last-applied-configuration annotation read from a live object, the manifest with its new
//! annotation, and the three-way patch kubectl sends. Pure; no I/O.

use serde_json::{Map, Value};

use super::schema::Schema;
use super::{json_merge, strategic};

/// The annotation client-side apply keeps the last applied manifest in.
pub const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

/// Which patch a client-side apply sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatchType {
    /// `application/strategic-merge-patch+json`, for kinds with patch metadata.
    Strategic,
    /// `application/merge-patch+json`, for kinds kubectl has no Go type for (custom resources).
    Merge,
}

impl PatchType {
    pub fn content_type(self) -> &'static str {
        match self {
            PatchType::Strategic => "application/strategic-merge-patch+json",
            PatchType::Merge => "application/merge-patch+json",
        }
    }
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ApplyPatchError {
    #[error("{0}")]
    Strategic(#[from] strategic::StrategicError),
    #[error("{0}")]
    JsonMerge(#[from] json_merge::JsonMergeError),
    #[error("invalid last-applied-configuration annotation: {0}")]
    BadAnnotation(String),
}

/// `GetOriginalConfiguration`: the parsed annotation of a live object; None when absent or
/// empty (the patch then deletes nothing).
pub fn original_configuration(live: &Value) -> Result<Option<Value>, ApplyPatchError> {
    match live
        .pointer("/metadata/annotations")
        .and_then(|a| a.get(LAST_APPLIED))
        .and_then(Value::as_str)
    {
        None | Some("") => Ok(None),
        Some(s) => serde_json::from_str(s)
            .map(Some)
            .map_err(|e| ApplyPatchError::BadAnnotation(e.to_string())),
    }
}

/// `GetModifiedConfiguration(obj, annotate=true)`: the manifest carrying, as its
/// last-applied-configuration, its own encoding without that annotation. The encoding is Go's
/// `json.Encoder` (sorted keys, HTML characters escaped, Go's float spelling, a trailing
/// newline); an object without annotations gets `annotations: {}` as
/// unstructured.SetAnnotations writes it.
pub fn modified_configuration(manifest: &Value) -> Value {
    let mut obj = manifest.clone();
    let Some(root) = obj.as_object_mut() else {
        return obj;
    };
    let meta = root
        .entry("metadata")
        .or_insert_with(|| Value::Object(Map::new()));
    if !meta.is_object() {
        *meta = Value::Object(Map::new());
    }
    let Some(meta) = meta.as_object_mut() else {
        return obj;
    };
    let mut annotations = match meta.get("annotations") {
        Some(Value::Object(a)) => a.clone(),
        _ => Map::new(),
    };
    annotations.remove(LAST_APPLIED);
    meta.insert("annotations".into(), Value::Object(annotations.clone()));
    let encoded = crate::output::json::to_compact_string(&obj) + "\n";
    annotations.insert(LAST_APPLIED.into(), Value::String(encoded));
    if let Some(meta) = obj.get_mut("metadata").and_then(Value::as_object_mut) {
        meta.insert("annotations".into(), Value::Object(annotations));
    }
    // kubectl hands the patch code this object as JSON text, which apimachinery's util/json
    // decodes with integral numbers as int64: a manifest's `2.0` is the integer 2 there.
    serde_json::from_str(&crate::output::json::to_compact_string(&obj)).unwrap_or(obj)
}

/// The patch `kubectl apply` sends to turn `current` into `modified` while keeping fields
/// others set: a three-way strategic merge patch when `schema` is known, else a three-way JSON
/// merge patch (patcher.go `patchSimple`). `original` is the last applied configuration;
/// `overwrite` is apply's `--overwrite` (default true: no conflict check for strategic patches).
pub fn three_way_patch(
    original: Option<&Value>,
    modified: &Value,
    current: &Value,
    schema: Option<Schema>,
    overwrite: bool,
) -> Result<(PatchType, Value), ApplyPatchError> {
    let empty = Value::Object(Map::new());
    let original = original.unwrap_or(&empty);
    Ok(match schema {
        Some(s) => (
            PatchType::Strategic,
            strategic::three_way_checked(original, modified, current, s, overwrite)?,
        ),
        None => (
            PatchType::Merge,
            json_merge::three_way(original, modified, current)?,
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn modified_configuration_embeds_itself() {
        let cases = [
            (
                json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "namespace": "default"}, "data": {"a": "<b>"}}),
                "{\"apiVersion\":\"v1\",\"data\":{\"a\":\"\\u003cb\\u003e\"},\"kind\":\"ConfigMap\",\"metadata\":{\"annotations\":{},\"name\":\"x\",\"namespace\":\"default\"}}\n",
            ),
            (
                json!({"kind": "ConfigMap", "metadata": {"name": "x", "annotations": {"k": "v", LAST_APPLIED: "old"}}}),
                "{\"kind\":\"ConfigMap\",\"metadata\":{\"annotations\":{\"k\":\"v\"},\"name\":\"x\"}}\n",
            ),
        ];
        for (m, want) in cases {
            let got = modified_configuration(&m);
            assert_eq!(got["metadata"]["annotations"][LAST_APPLIED], want);
            let back = original_configuration(&got).unwrap().unwrap();
            assert!(back["metadata"]["annotations"].get(LAST_APPLIED).is_none());
        }
    }

    #[test]
    fn modified_configuration_numbers_as_go_decodes_them() {
        let got = modified_configuration(
            &json!({"kind": "X", "metadata": {}, "spec": {"a": 2.0, "b": 1.5, "c": 1e21}}),
        );
        assert_eq!(got["spec"], json!({"a": 2, "b": 1.5, "c": 1e21}));
        assert!(got["spec"]["a"].is_i64());
        assert_eq!(
            got["metadata"]["annotations"][LAST_APPLIED],
            "{\"kind\":\"X\",\"metadata\":{\"annotations\":{}},\"spec\":{\"a\":2,\"b\":1.5,\"c\":1e+21}}\n"
        );
    }

    #[test]
    fn original_configuration_cases() {
        assert_eq!(original_configuration(&json!({})).unwrap(), None);
        assert_eq!(
            original_configuration(&json!({"metadata": {"annotations": {LAST_APPLIED: ""}}}))
                .unwrap(),
            None
        );
        assert_eq!(
            original_configuration(
                &json!({"metadata": {"annotations": {LAST_APPLIED: "{\"a\":1}"}}})
            )
            .unwrap(),
            Some(json!({"a": 1}))
        );
        assert!(
            original_configuration(&json!({"metadata": {"annotations": {LAST_APPLIED: "{"}}}))
                .is_err()
        );
    }

    #[test]
    fn patch_type_follows_schema() {
        let o = json!({"spec": {"l": [1]}});
        let m = json!({"spec": {"l": [2]}});
        let (t, p) = three_way_patch(Some(&o), &m, &o, None, true).unwrap();
        assert_eq!((t, p), (PatchType::Merge, json!({"spec": {"l": [2]}})));
        let s = Schema::builtin("", "v1", "ConfigMap");
        let (t, _) = three_way_patch(None, &m, &o, s, true).unwrap();
        assert_eq!(t, PatchType::Strategic);
    }
}
