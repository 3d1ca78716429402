//! kubectl's object generators (`pkg/cmd/create/create_*.go`, `pkg/generate/versioned`, the
//! `expose` service generator): options in, the object kubectl would build out, shaped exactly
//! as Go's typed structs serialize it (`creationTimestamp: null`, `resources: {}`, `status: {}`).
//! No network here; the data sources of configmaps and secrets read local files.

pub mod data;
pub mod misc;
pub mod order;
pub mod rbac;
pub mod service;
pub mod validation;
pub mod workloads;

use serde_json::{Map, Value, json};

/// Why a generator refused its options; `Display` is kubectl's text without `error: `.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct GenError(pub String);

impl GenError {
    pub fn new(message: impl Into<String>) -> Self {
        GenError(message.into())
    }
}

pub type GenResult<T> = Result<T, GenError>;

/// `metadata` of a generated object: its name, the namespace only when `-n` was given
/// (kubectl's `EnforceNamespace`), and the zero `creationTimestamp` Go prints as `null`.
pub fn meta(name: &str, namespace: Option<&str>) -> Value {
    let mut m = Map::new();
    m.insert("name".into(), json!(name));
    if let Some(ns) = namespace.filter(|n| !n.is_empty()) {
        m.insert("namespace".into(), json!(ns));
    }
    m.insert("creationTimestamp".into(), Value::Null);
    Value::Object(m)
}

/// A string → string map as a JSON object.
pub fn string_map<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Value {
    Value::Object(
        pairs
            .into_iter()
            .map(|(k, v)| (k.to_string(), json!(v)))
            .collect(),
    )
}

/// apimachinery's `intstr.Parse`: a number when the text is one, else the text.
pub fn int_or_string(text: &str) -> Value {
    match text.parse::<i32>() {
        Ok(n) => json!(n),
        Err(_) => json!(text),
    }
}

/// The `key=value,key=value` syntax of `generate.ParseLabels` (expose, run `--labels`).
pub fn parse_labels(spec: &str) -> GenResult<Map<String, Value>> {
    if spec.is_empty() {
        return Err(GenError::new("no label spec passed"));
    }
    let mut labels = Map::new();
    for item in spec.split(',') {
        let parts: Vec<&str> = item.split('=').collect();
        if parts.len() != 2 {
            return Err(GenError::new(format!("unexpected label spec: {item}")));
        }
        if parts[0].is_empty() {
            return Err(GenError::new("unexpected empty label key"));
        }
        labels.insert(parts[0].to_string(), json!(parts[1]));
    }
    Ok(labels)
}

/// apimachinery's `rand.String(n)` alphabet (no vowels, no confusable digits).
pub fn random_suffix(n: usize) -> String {
    const ALPHABET: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    let id = uuid::Uuid::new_v4();
    id.as_bytes()
        .iter()
        .take(n)
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect()
}

/// Ensures every `ObjectMeta` a typed decode would produce carries `creationTimestamp`
/// (Go's zero `Time` marshals as `null`); used for objects kubectl round-trips through its Go
/// types, such as a CronJob's job template copied into a Job.
pub fn ensure_template_meta(template: &mut Value) {
    if let Some(meta) = template.get_mut("metadata").and_then(Value::as_object_mut) {
        meta.entry("creationTimestamp").or_insert(Value::Null);
    } else if let Some(obj) = template.as_object_mut() {
        obj.insert("metadata".into(), json!({"creationTimestamp": null}));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_int_or_string() {
        assert_eq!(
            Value::Object(parse_labels("a=b,c=d").unwrap()),
            json!({"a": "b", "c": "d"})
        );
        assert_eq!(
            parse_labels("a").unwrap_err().to_string(),
            "unexpected label spec: a"
        );
        assert_eq!(
            parse_labels("=b").unwrap_err().to_string(),
            "unexpected empty label key"
        );
        assert_eq!(int_or_string("80"), json!(80));
        assert_eq!(int_or_string("http"), json!("http"));
        assert_eq!(random_suffix(5).len(), 5);
    }
}
