//! `-o name` and the operation lines of changing verbs: `kind.group/name` from an object's own
//! `apiVersion` and `kind` (cli-runtime `NamePrinter`). Pure.

use serde_json::Value;

use crate::error::{Error, Result};

/// `kind[.group]/name` for one object, or for each item of a `List`.
pub fn names(object: &Value) -> Result<Vec<String>> {
    if let Some(items) = object.get("items").and_then(Value::as_array)
        && object["kind"].as_str().is_some_and(|k| k.ends_with("List"))
    {
        return items.iter().map(name).collect();
    }
    Ok(vec![name(object)?])
}

/// `kind[.group]/name` for one object.
pub fn name(object: &Value) -> Result<String> {
    let kind = object["kind"].as_str().unwrap_or_default();
    let api_version = object["apiVersion"].as_str().unwrap_or_default();
    if kind.is_empty() || api_version.is_empty() {
        return Err(Error::msg(
            "missing apiVersion or kind; try GetObjectKind().SetGroupVersionKind() if you know the type",
        ));
    }
    let group = api_version
        .rsplit_once('/')
        .map(|(g, _)| g)
        .unwrap_or_default();
    let name = object
        .pointer("/metadata/name")
        .and_then(Value::as_str)
        .filter(|n| !n.is_empty())
        .unwrap_or("<unknown>");
    let kind = kind.to_lowercase();
    Ok(if group.is_empty() {
        format!("{kind}/{name}")
    } else {
        format!("{kind}.{group}/{name}")
    })
}

/// Drops `metadata.managedFields`, as kubectl's JSON and YAML printers do unless
/// `--show-managed-fields`.
pub fn strip_managed_fields(object: &mut Value) {
    if let Some(items) = object.get_mut("items").and_then(Value::as_array_mut) {
        items.iter_mut().for_each(strip_managed_fields);
    }
    if let Some(meta) = object.get_mut("metadata").and_then(Value::as_object_mut) {
        meta.remove("managedFields");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn names_carry_the_group() {
        let list = json!({"kind": "List", "apiVersion": "v1", "items": [
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}},
            {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "b"}},
        ]});
        assert_eq!(
            names(&list).unwrap(),
            vec!["pod/a".to_string(), "deployment.apps/b".to_string()]
        );
        assert!(name(&json!({"metadata": {"name": "x"}})).is_err());
    }
}
