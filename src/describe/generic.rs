//! The generic (unstructured) describer kubectl uses for custom resources and every kind
//! without a typed describer (`genericDescriber` / `printUnstructuredContent`).

use serde_json::Value;

use super::util::{go_value, s};
use super::writer::{self, Writer};

/// Fields printed above the tree (or never): `printUnstructuredContent`'s skip list.
const SKIP: &[&str] = &[
    ".metadata.managedFields",
    ".metadata.name",
    ".metadata.namespace",
    ".metadata.labels",
    ".metadata.annotations",
];

pub fn describe(obj: &Value, events: Option<&[Value]>, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    w.write(0, &format!("Name:\t{}\n", s(obj, "/metadata/name")));
    w.write(
        0,
        &format!("Namespace:\t{}\n", s(obj, "/metadata/namespace")),
    );
    writer::labels_multiline(&mut w, "Labels", super::util::at(obj, "/metadata/labels"));
    writer::annotations_multiline(
        &mut w,
        "Annotations",
        super::util::at(obj, "/metadata/annotations"),
    );
    if let Some(map) = obj.as_object() {
        content(&mut w, 0, map, "");
    }
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}

fn content(w: &mut Writer, level: usize, map: &serde_json::Map<String, Value>, prefix: &str) {
    // serde_json's map (without preserve_order) iterates keys sorted, as Go's sort.Strings.
    for (field, value) in map {
        let path = format!("{prefix}.{field}");
        if SKIP.contains(&path.as_str()) {
            continue;
        }
        match value {
            Value::Object(child) => {
                w.write(level, &format!("{}:\n", smart_label(field)));
                content(w, level + 1, child, &path);
            }
            Value::Array(items) => {
                w.write(level, &format!("{}:\n", smart_label(field)));
                for item in items {
                    match item {
                        Value::Object(child) => content(w, level + 1, child, &path),
                        other => w.write(level + 1, &format!("{}\n", go_value(other))),
                    }
                }
            }
            other => w.write(
                level,
                &format!("{}:\t{}\n", smart_label(field), go_value(other)),
            ),
        }
    }
}

#[derive(PartialEq, Clone, Copy)]
enum Class {
    Lower,
    Upper,
    Digit,
    Other,
}

fn class(c: char) -> Class {
    if c.is_lowercase() {
        Class::Lower
    } else if c.is_uppercase() {
        Class::Upper
    } else if c.is_numeric() {
        Class::Digit
    } else {
        Class::Other
    }
}

/// `github.com/fatih/camelcase.Split`: runs of one character class, with the last capital of
/// a capital run moved to a following lower-case run (`HTTPServer` → `HTTP`, `Server`).
fn camel_split(text: &str) -> Vec<String> {
    let mut runs: Vec<Vec<char>> = Vec::new();
    let mut last: Option<Class> = None;
    for c in text.chars() {
        let k = class(c);
        match runs.last_mut() {
            Some(run) if last == Some(k) => run.push(c),
            _ => runs.push(vec![c]),
        }
        last = Some(k);
    }
    for i in 0..runs.len().saturating_sub(1) {
        let upper_then_lower = runs[i].first().is_some_and(|c| c.is_uppercase())
            && runs[i + 1].first().is_some_and(|c| c.is_lowercase());
        if upper_then_lower && let Some(c) = runs[i].pop() {
            runs[i + 1].insert(0, c);
        }
    }
    runs.into_iter()
        .filter(|r| !r.is_empty())
        .map(|r| r.into_iter().collect())
        .collect()
}

/// `smartLabelFor`: `apiVersion` → `API Version`; fields with characters other than letters
/// and `-` are printed as they are.
pub fn smart_label(field: &str) -> String {
    if field.chars().any(|c| !c.is_alphabetic() && c != '-') {
        return field.to_string();
    }
    const ACRONYMS: &[&str] = &["API", "URL", "UID", "OSB", "GUID"];
    camel_split(field)
        .into_iter()
        .filter(|p| p != "_")
        .map(|p| {
            let upper = p.to_uppercase();
            if ACRONYMS.contains(&upper.as_str()) {
                upper
            } else {
                title(&p)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `strings.Title` on one word: the first letter upper-cased.
fn title(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smart_labels() {
        let cases = [
            ("apiVersion", "API Version"),
            ("creationTimestamp", "Creation Timestamp"),
            ("uid", "UID"),
            ("spec", "Spec"),
            ("HTTPServer", "HTTP Server"),
            ("port8080", "port8080"),
            ("foo_bar", "foo_bar"),
            ("self-link", "Self - Link"),
            ("serviceURL", "Service URL"),
        ];
        for (input, want) in cases {
            assert_eq!(smart_label(input), want, "{input}");
        }
    }
}
