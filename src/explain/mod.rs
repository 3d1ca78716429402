//! `kubectl explain`'s plaintext rendering of an OpenAPI v3 document (kubectl 1.32's
//! `pkg/explain/v2/templates/plaintext.tmpl`, re-expressed as Rust): finds the kind a resource
//! path serves, follows a field path through `$ref`, `allOf`, `items` and
//! `additionalProperties`, and prints descriptions and field lists wrapped as kubectl wraps
//! them. No I/O here.

mod wrap;

use std::collections::BTreeSet;
use std::fmt::Write as _;

use serde_json::{Map, Value};

use crate::output::gofmt;

pub use wrap::wrap;

/// What to explain: a resource as the mapper resolved it and a path of fields inside it.
pub struct Request<'a> {
    pub group: &'a str,
    pub version: &'a str,
    pub resource: &'a str,
    pub field_path: &'a [String],
    pub recursive: bool,
}

/// What kubectl prints before it fails: the template writes as it goes, so the header lines
/// reach stdout even when the field path then turns out not to exist.
#[derive(Debug, PartialEq)]
pub struct Failure {
    pub printed: String,
    pub message: String,
}

/// The explanation of `request` in `document` (one group-version's OpenAPI v3 document).
pub fn render(document: &Value, request: &Request) -> Result<String, Failure> {
    let renderer = Renderer { document };
    let mut out = String::new();
    let fail = |printed: String, message: String| Failure { printed, message };
    let Some(gvk) = renderer.served_kind(request) else {
        // `GroupVersionResource.String()`: `/v1, Resource=pods` for the core group.
        return Err(fail(
            out,
            format!(
                "error: GVR ({}/{}, Resource={}) not found in OpenAPI schema",
                request.group, request.version, request.resource
            ),
        ));
    };
    if truthy(gvk.get("group")) {
        let _ = writeln!(out, "GROUP:      {}", go_print(gvk.get("group")));
    }
    let _ = writeln!(out, "KIND:       {}", go_print(gvk.get("kind")));
    let _ = writeln!(out, "VERSION:    {}", go_print(gvk.get("version")));
    out.push('\n');

    let schemas = document
        .pointer("/components/schemas")
        .and_then(Value::as_object);
    let wanted = Value::Object(gvk.clone());
    let schema = schemas.and_then(|schemas| {
        schemas.values().find(|s| {
            s.get("x-kubernetes-group-version-kind")
                .and_then(Value::as_array)
                .is_some_and(|kinds| kinds.contains(&wanted))
        })
    });
    let Some(schema) = schema else {
        return Err(fail(
            out,
            format!("error: GVK {} not found in OpenAPI schema", go_map(&gvk)),
        ));
    };
    let mut body = String::new();
    renderer.output(
        &mut body,
        schema,
        request.field_path,
        &BTreeSet::new(),
        request.recursive,
    );
    if body.is_empty() {
        let field = request.field_path.last().cloned().unwrap_or_default();
        return Err(fail(
            out,
            format!("error: field \"{field}\" does not exist"),
        ));
    }
    out.push_str(&body);
    out.push('\n');
    Ok(out)
}

struct Renderer<'d> {
    document: &'d Value,
}

impl<'d> Renderer<'d> {
    /// The `x-kubernetes-group-version-kind` of the operations on the resource's paths, searched
    /// as the template searches them (the last path that has any of the methods decides).
    fn served_kind(&self, request: &Request) -> Option<Map<String, Value>> {
        let prefix = if request.group.is_empty() {
            "/api".to_string()
        } else {
            format!("/apis/{}", request.group)
        };
        let (v, r) = (request.version, request.resource);
        let searched = [
            format!("{prefix}/{v}/{r}"),
            format!("{prefix}/{v}/{r}/{{name}}"),
            format!("{prefix}/{v}/namespaces/{{namespace}}/{r}"),
            format!("{prefix}/{v}/namespaces/{{namespace}}/{r}/{{name}}"),
        ];
        let paths = self.document.get("paths");
        let mut gvk: Option<&Value> = None;
        for path in &searched {
            let Some(element) = paths.and_then(|p| p.get(path)).filter(|e| truthy(Some(e))) else {
                continue;
            };
            for method in ["get", "post", "put", "patch", "delete"] {
                let Some(operation) = element.get(method).filter(|o| truthy(Some(o))) else {
                    continue;
                };
                // `with $gvk = …` assigns whatever the operation holds, then stops at the
                // first operation whose kind is set.
                gvk = operation.get("x-kubernetes-group-version-kind");
                if truthy(gvk) {
                    break;
                }
            }
        }
        gvk.filter(|g| truthy(Some(g)))
            .and_then(Value::as_object)
            .cloned()
    }

    /// `resolveRef`: a `#/…` reference looked up in the document; `None` for anything else.
    fn resolve(&self, reference: Option<&Value>) -> Option<&'d Value> {
        let reference = reference?.as_str()?;
        let fragment = reference.strip_prefix('#')?;
        let mut current = self.document;
        for key in fragment.split('/').filter(|k| !k.is_empty()) {
            current = current.get(key).filter(|v| v.is_object())?;
        }
        current.is_object().then_some(current)
    }

    /// `or (resolveRef $ref) $schema`.
    fn resolved<'s>(&self, schema: &'s Value) -> &'s Value
    where
        'd: 's,
    {
        match self.resolve(schema.get("$ref")) {
            Some(target) if truthy(Some(target)) => target,
            _ => schema,
        }
    }

    /// The template's `output`: follows the field path, then prints the description and the
    /// field list of what it reached. Prints nothing when the path leads nowhere.
    fn output(
        &self,
        out: &mut String,
        schema: &Value,
        path: &[String],
        history: &BTreeSet<String>,
        recursive: bool,
    ) {
        let reference = ref_string(schema);
        let mut next_history = history.clone();
        next_history.insert(reference.clone());
        let resolved = self.resolved(schema);
        if path.is_empty() {
            out.push_str("DESCRIPTION:\n");
            let mut description = String::new();
            self.description(&mut description, resolved);
            if description.is_empty() {
                description.push_str("<empty>");
            }
            out.push_str(&indent(4, &wrap(&description, 76)));
            out.push('\n');
            let mut fields = String::new();
            self.field_list(&mut fields, resolved, 1, None, recursive);
            if !fields.is_empty() {
                out.push_str("FIELDS:\n");
                out.push_str(&fields);
            }
            return;
        }
        if !reference.is_empty() && history.contains(&reference) {
            return; // a cycle
        }
        let properties = resolved.get("properties").filter(|p| truthy(Some(p)));
        if let Some(field) = properties
            .and_then(|p| p.get(&path[0]))
            .filter(|f| truthy(Some(f)))
        {
            if path.len() == 1 {
                let _ = writeln!(out, "FIELD: {} <{}>", path[0], self.type_guess(field));
                self.enum_values(out, field, true, None, 0);
                out.push_str("\n\n");
            }
            self.output(out, field, &path[1..], &BTreeSet::new(), recursive);
        } else if let Some(items) = resolved.get("items").filter(|i| truthy(Some(i))) {
            self.output(out, items, path, &next_history, recursive);
        } else if let Some(map) = map_values(resolved) {
            self.output(out, map, path, &next_history, recursive);
        } else if let Some(alternatives) = resolved.get("allOf").and_then(Value::as_array) {
            for alternative in alternatives {
                let mut attempt = String::new();
                self.output(&mut attempt, alternative, path, &next_history, recursive);
                if !attempt.is_empty() {
                    out.push_str(&attempt);
                    break;
                }
            }
        }
    }

    /// The template's `description`: the schema's own text, then those of what it wraps.
    fn description(&self, out: &mut String, schema: &Value) {
        let schema = self.resolved(schema);
        if !truthy(Some(schema)) {
            return;
        }
        if let Some(text) = schema.get("description").filter(|d| truthy(Some(d))) {
            out.push_str(&go_print(Some(text)));
            out.push('\n');
        }
        if let Some(alternatives) = schema.get("allOf").and_then(Value::as_array) {
            for alternative in alternatives {
                self.description(out, alternative);
            }
        }
        if let Some(items) = schema.get("items").filter(|i| truthy(Some(i))) {
            self.description(out, items);
        }
        if let Some(map) = map_values(schema) {
            self.description(out, map);
        }
    }

    /// The template's `fieldList`: every property (sorted, as Go ranges over a map), then the
    /// properties of what the schema wraps; nested fields too when recursive.
    fn field_list(
        &self,
        out: &mut String,
        schema: &Value,
        level: usize,
        history: Option<&BTreeSet<String>>,
        recursive: bool,
    ) {
        let reference = ref_string(schema);
        if !reference.is_empty() && history.is_some_and(|h| h.contains(&reference)) {
            return; // a cycle
        }
        let mut next_history = history.cloned().unwrap_or_default();
        next_history.insert(reference);
        let resolved = self.resolved(schema);
        if let Some(properties) = resolved.get("properties").and_then(Value::as_object) {
            for (name, field) in sorted(properties) {
                self.field_detail(out, name, resolved, field, level, recursive);
                if recursive {
                    self.field_list(out, field, level + 1, Some(&next_history), recursive);
                }
            }
        }
        if let Some(alternatives) = resolved.get("allOf").and_then(Value::as_array) {
            for alternative in alternatives {
                self.field_list(out, alternative, level, Some(&next_history), recursive);
            }
        }
        if let Some(items) = resolved.get("items").filter(|i| truthy(Some(i))) {
            self.field_list(out, items, level, Some(&next_history), recursive);
        }
        if let Some(map) = map_values(resolved) {
            self.field_list(out, map, level, Some(&next_history), recursive);
        }
    }

    /// The template's `fieldDetail`: `name\t<type>` (with `-required-` and enum values), then,
    /// unless recursive, the wrapped description and a blank line.
    fn field_detail(
        &self,
        out: &mut String,
        name: &str,
        parent: &Value,
        field: &Value,
        level: usize,
        short: bool,
    ) {
        let indent_amount = level * 2;
        out.push_str(&indent(indent_amount, name));
        let _ = write!(out, "\t<{}>", self.type_guess(field));
        let required = parent
            .get("required")
            .and_then(Value::as_array)
            .is_some_and(|r| r.iter().any(|n| n.as_str() == Some(name)));
        if required {
            out.push_str(" -required-");
        }
        self.enum_values(out, field, false, Some(4), indent_amount);
        out.push('\n');
        if !short {
            let description = match field.get("description").filter(|d| truthy(Some(d))) {
                Some(text) => go_print(Some(text)),
                None => "<no description>".to_string(),
            };
            let width = 78usize.saturating_sub(indent_amount);
            out.push_str(&indent(indent_amount + 2, &wrap(&description, width)));
            out.push_str("\n\n");
        }
    }

    /// The template's `typeGuess`: `string`, `Object`, `[]Container`, `map[string]string`, …
    fn type_guess(&self, schema: &Value) -> String {
        if let Some(items) = schema.get("items").filter(|i| truthy(Some(i))) {
            return format!("[]{}", self.type_guess(items));
        }
        if let Some(map) = map_values(schema) {
            return format!("map[string]{}", self.type_guess(map));
        }
        let all_of = schema.get("allOf").and_then(Value::as_array);
        if let Some([only]) = all_of.map(Vec::as_slice)
            && !truthy(schema.get("properties"))
        {
            return self.type_guess(only);
        }
        if let Some(reference) = schema.get("$ref").filter(|r| truthy(Some(r))) {
            let target = self.resolve(Some(reference)).filter(|t| truthy(Some(t)));
            let target_type = target
                .and_then(|t| t.get("type"))
                .filter(|t| truthy(Some(t)));
            return match target_type {
                Some(t) if t.as_str() != Some("object") => go_print(Some(t)),
                _ => {
                    let reference = go_print(Some(reference));
                    let name = reference.rsplit('/').next().unwrap_or_default();
                    match name.rsplit('.').next() {
                        Some(last) if !last.is_empty() => last.to_string(),
                        _ => "Object".to_string(),
                    }
                }
            };
        }
        match schema.get("type").filter(|t| truthy(Some(t))) {
            Some(t) if t.as_str() == Some("object") => "Object".to_string(),
            Some(t) => go_print(Some(t)),
            None => "Object".to_string(),
        }
    }

    /// The template's `extractEnum`: `enum: a, b, c, d, ....` under a field, or the whole list
    /// one per line after `ENUM:` when one field is explained.
    fn enum_values(
        &self,
        out: &mut String,
        schema: &Value,
        long: bool,
        limit: Option<usize>,
        indent_amount: usize,
    ) {
        let Some(values) = schema.get("enum").and_then(Value::as_array) else {
            return;
        };
        if values.is_empty() {
            return;
        }
        if long {
            out.push_str("ENUM:");
        } else {
            out.push('\n');
            out.push_str(&" ".repeat(indent_amount));
            out.push_str("enum: ");
        }
        for (index, value) in values.iter().enumerate() {
            if limit.is_some_and(|l| index >= l) {
                out.push_str(", ....");
                break;
            }
            if long {
                out.push_str("\n    ");
            } else if index > 0 {
                out.push_str(", ");
            }
            match value {
                Value::String(s) if s.is_empty() => out.push_str("\"\""),
                other => out.push_str(&go_print(Some(other))),
            }
        }
    }
}

/// `additionalProperties` when it is a schema (not `true`/`false`) and non-empty.
fn map_values(schema: &Value) -> Option<&Value> {
    schema
        .get("additionalProperties")
        .filter(|a| !a.is_boolean() && truthy(Some(a)))
}

fn ref_string(schema: &Value) -> String {
    match schema.get("$ref") {
        Some(r) if truthy(Some(r)) => go_print(Some(r)),
        _ => String::new(),
    }
}

/// Go templates' truth: zero values, empty strings and empty collections are false.
fn truthy(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// A value of a document decoded by `encoding/json` as a template prints it (`{{ . }}`):
/// numbers are float64 there.
fn go_print(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => "<no value>".to_string(),
        Some(Value::Number(n)) => gofmt::float_v(n.as_f64().unwrap_or_default()),
        Some(other) => gofmt::value_v(other),
    }
}

/// A `map[string]interface{}` as `%v` prints it: `map[group:apps kind:Deployment version:v1]`.
fn go_map(map: &Map<String, Value>) -> String {
    gofmt::value_v(&Value::Object(map.clone()))
}

/// Map entries in Go's `range` order (sorted keys), whatever order serde_json keeps.
fn sorted(map: &Map<String, Value>) -> impl Iterator<Item = (&String, &Value)> {
    let mut entries: Vec<(&String, &Value)> = map.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    entries.into_iter()
}

/// The template's `indent`: a pad before the text and after every newline in it.
fn indent(amount: usize, text: &str) -> String {
    let pad = " ".repeat(amount);
    format!("{pad}{}", text.replace('\n', &format!("\n{pad}")))
}

#[cfg(test)]
mod tests;
