//! Small readers over `serde_json::Value` objects for the describers, and the apimachinery
//! string forms they print (label selectors, int-or-string, controller refs). No I/O here.

use serde_json::Value;

static EMPTY: Vec<Value> = Vec::new();

/// The string at `pointer`, `""` when absent or not a string (Go's zero value).
pub fn s<'a>(v: &'a Value, pointer: &str) -> &'a str {
    v.pointer(pointer).and_then(Value::as_str).unwrap_or("")
}

/// The string under map key `key` of the object at `pointer` (keys may contain `/`).
pub fn key_str<'a>(v: &'a Value, pointer: &str, key: &str) -> &'a str {
    v.pointer(pointer)
        .and_then(|m| m.get(key))
        .and_then(Value::as_str)
        .unwrap_or("")
}

/// The array at `pointer` (or `v` itself when `pointer` is empty); empty when absent.
pub fn arr(v: &Value) -> &Vec<Value> {
    v.as_array().unwrap_or(&EMPTY)
}

/// The array at `pointer`.
pub fn arr_at<'a>(v: &'a Value, pointer: &str) -> &'a Vec<Value> {
    v.pointer(pointer).map(arr).unwrap_or(&EMPTY)
}

/// The value at `pointer`, `Value::Null` when absent.
pub fn at<'a>(v: &'a Value, pointer: &str) -> &'a Value {
    v.pointer(pointer).unwrap_or(&Value::Null)
}

/// The integer at `pointer`, 0 when absent.
pub fn int(v: &Value, pointer: &str) -> i64 {
    v.pointer(pointer).and_then(Value::as_i64).unwrap_or(0)
}

/// The boolean at `pointer`, false when absent.
pub fn boolean(v: &Value, pointer: &str) -> bool {
    v.pointer(pointer).and_then(Value::as_bool).unwrap_or(false)
}

/// True when `pointer` holds something other than null.
pub fn has(v: &Value, pointer: &str) -> bool {
    v.pointer(pointer).is_some_and(|x| !x.is_null())
}

/// A non-empty map or array at `pointer`.
pub fn non_empty(v: &Value, pointer: &str) -> bool {
    match v.pointer(pointer) {
        Some(Value::Object(m)) => !m.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::String(x)) => !x.is_empty(),
        _ => false,
    }
}

/// An RFC 3339 timestamp at `pointer`.
pub fn parse_time(v: &Value, pointer: &str) -> Option<jiff::Timestamp> {
    s(v, pointer).parse().ok()
}

/// Go's `%v` of a JSON scalar, as the describers print typed fields.
pub fn go_value(v: &Value) -> String {
    match v {
        Value::Null => "<nil>".to_string(),
        Value::String(x) => x.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => format!(
            "[{}]",
            items.iter().map(go_value).collect::<Vec<_>>().join(" ")
        ),
        Value::Object(_) => format!("map[{}]", {
            let mut parts: Vec<String> = v
                .as_object()
                .into_iter()
                .flatten()
                .map(|(k, x)| format!("{k}:{}", go_value(x)))
                .collect();
            parts.sort();
            parts.join(" ")
        }),
    }
}

/// An `IntOrString` as `intstr.String()` prints it.
pub fn int_or_string(v: &Value) -> String {
    match v {
        Value::Number(n) => n.to_string(),
        Value::String(x) => x.clone(),
        _ => "0".to_string(),
    }
}

/// A string slice as Go's `%v` prints `[]string`: `[a b]`.
pub fn go_string_slice(v: &Value) -> String {
    format!(
        "[{}]",
        arr(v)
            .iter()
            .map(|x| x.as_str().unwrap_or_default())
            .collect::<Vec<_>>()
            .join(" ")
    )
}

/// `metav1.GetControllerOf` + `printController`: `Kind/name` of the controller owner.
pub fn controller_of(obj: &Value) -> Option<&Value> {
    arr_at(obj, "/metadata/ownerReferences")
        .iter()
        .find(|r| boolean(r, "/controller"))
}

/// `printController`.
pub fn print_controller(obj: &Value) -> String {
    controller_of(obj)
        .map(|r| format!("{}/{}", s(r, "/kind"), s(r, "/name")))
        .unwrap_or_default()
}

/// `labels.Selector.String()` of a `metav1.LabelSelector` (`LabelSelectorAsSelector`):
/// requirements sorted by key, `in`/`notin` value sets sorted. `None` means no selector
/// (`labels.Nothing()`), whose string is also empty.
pub fn selector_string(sel: &Value) -> String {
    // A stored selector passed validation: its operators are known.
    crate::labels::selector_string(sel).unwrap_or_default()
}

/// `metav1.FormatLabelSelector`: the selector string, `<none>` when empty.
pub fn format_label_selector(sel: &Value) -> String {
    let text = selector_string(sel);
    if text.is_empty() {
        "<none>".to_string()
    } else {
        text
    }
}

/// Does a `metav1.LabelSelector` match these labels? (Used to pick related objects.)
pub fn selector_matches(sel: &Value, labels: &Value) -> bool {
    if sel.is_null() {
        return false;
    }
    let get = |k: &str| labels.get(k).and_then(Value::as_str);
    if let Some(m) = sel.pointer("/matchLabels").and_then(Value::as_object) {
        for (k, v) in m {
            if get(k) != v.as_str() {
                return false;
            }
        }
    }
    for e in arr_at(sel, "/matchExpressions") {
        let key = s(e, "/key");
        let values: Vec<&str> = arr_at(e, "/values")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let ok = match s(e, "/operator") {
            "In" => get(key).is_some_and(|v| values.contains(&v)),
            "NotIn" => get(key).is_none_or(|v| !values.contains(&v)),
            "Exists" => get(key).is_some(),
            "DoesNotExist" => get(key).is_none(),
            _ => false,
        };
        if !ok {
            return false;
        }
    }
    true
}

/// `stringOrNone`.
pub fn or_none(text: &str) -> String {
    if text.is_empty() {
        "<none>".to_string()
    } else {
        text.to_string()
    }
}

/// `printBool`: `True`/`False`.
pub fn print_bool(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}

/// `printBoolPtr`: `<unset>` when absent.
pub fn print_bool_ptr(v: &Value, pointer: &str) -> &'static str {
    match v.pointer(pointer).and_then(Value::as_bool) {
        Some(b) => print_bool(b),
        None => "<unset>",
    }
}

/// Sorted keys of the object at `pointer` (resource lists, data maps).
pub fn sorted_keys(v: &Value, pointer: &str) -> Vec<String> {
    let mut keys: Vec<String> = v
        .pointer(pointer)
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    keys.sort();
    keys
}

/// A `resource.Quantity` string as a number (approximate: for comparisons and the
/// resource-field env values, not for printing).
pub fn quantity_value(q: &str) -> Option<f64> {
    let q = q.trim();
    let split = q
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '+' || c == '-'))
        .unwrap_or(q.len());
    let (num, suffix) = q.split_at(split);
    let base: f64 = num.parse().ok()?;
    let mult = match suffix {
        "" => 1.0,
        "n" => 1e-9,
        "u" => 1e-6,
        "m" => 1e-3,
        "k" => 1e3,
        "M" => 1e6,
        "G" => 1e9,
        "T" => 1e12,
        "P" => 1e15,
        "E" => 1e18,
        "Ki" => 1024.0,
        "Mi" => 1024.0_f64.powi(2),
        "Gi" => 1024.0_f64.powi(3),
        "Ti" => 1024.0_f64.powi(4),
        "Pi" => 1024.0_f64.powi(5),
        "Ei" => 1024.0_f64.powi(6),
        e if e.starts_with(['e', 'E']) => 10f64.powi(e[1..].parse().ok()?),
        _ => return None,
    };
    Some(base * mult)
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
                json!({"matchLabels": {"z": "1"}, "matchExpressions": [
                    {"key": "env", "operator": "In", "values": ["b", "a"]},
                    {"key": "x", "operator": "DoesNotExist"},
                    {"key": "t", "operator": "NotIn", "values": ["q"]},
                    {"key": "e", "operator": "Exists"}]}),
                "e,env in (a,b),t notin (q),!x,z=1",
            ),
        ];
        for (sel, want) in cases {
            assert_eq!(format_label_selector(&sel), want, "{sel}");
        }
    }

    #[test]
    fn matching() {
        let sel = json!({"matchLabels": {"app": "x"}, "matchExpressions": [{"key": "t", "operator": "NotIn", "values": ["a"]}]});
        assert!(selector_matches(&sel, &json!({"app": "x"})));
        assert!(!selector_matches(&sel, &json!({"app": "x", "t": "a"})));
        assert!(!selector_matches(&sel, &json!({})));
    }
}
