//! Label selectors as apimachinery writes them (`metav1.LabelSelectorAsSelector(...).String()`):
//! requirements sorted by key, `in`/`notin` value sets sorted and deduplicated. Pure.

use serde_json::Value;

/// The selector string of a `metav1.LabelSelector`; empty for none. An unknown operator is
/// refused with apimachinery's words.
pub fn selector_string(selector: &Value) -> Result<String, String> {
    let mut requirements: Vec<(String, String)> = Vec::new();
    if let Some(labels) = selector["matchLabels"].as_object() {
        for (key, value) in labels {
            let value = value.as_str().unwrap_or_default();
            requirements.push((key.clone(), format!("{key}={value}")));
        }
    }
    for expression in selector["matchExpressions"]
        .as_array()
        .into_iter()
        .flatten()
    {
        let key = expression["key"].as_str().unwrap_or_default();
        let mut values: Vec<&str> = expression["values"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        values.sort_unstable();
        values.dedup();
        let text = match expression["operator"].as_str().unwrap_or_default() {
            "In" => format!("{key} in ({})", values.join(",")),
            "NotIn" => format!("{key} notin ({})", values.join(",")),
            "Exists" => key.to_string(),
            "DoesNotExist" => format!("!{key}"),
            op => return Err(format!("{op:?} is not a valid label selector operator")),
        };
        requirements.push((key.to_string(), text));
    }
    requirements.sort_by(|a, b| a.0.cmp(&b.0));
    let texts: Vec<String> = requirements.into_iter().map(|(_, text)| text).collect();
    Ok(texts.join(","))
}

#[cfg(test)]
mod tests {
    use super::selector_string;
    use serde_json::json;

    #[test]
    fn requirements_are_sorted_by_key_and_value_sets_deduplicated() {
        let selector = json!({
            "matchLabels": {"z": "1", "e": ""},
            "matchExpressions": [
                {"key": "t", "operator": "NotIn", "values": ["q"]},
                {"key": "env", "operator": "In", "values": ["b", "a", "b"]},
                {"key": "x", "operator": "DoesNotExist"},
                {"key": "has", "operator": "Exists"}
            ]
        });
        assert_eq!(
            selector_string(&selector).as_deref(),
            Ok("e=,env in (a,b),has,t notin (q),!x,z=1")
        );
        assert_eq!(selector_string(&json!(null)).as_deref(), Ok(""));
        assert_eq!(
            selector_string(&json!({"matchExpressions": [{"key": "k", "operator": "Near"}]})),
            Err("\"Near\" is not a valid label selector operator".to_string())
        );
    }
}
