//! `-o jsonpath` / `-o go-template` over a list, item by item. kubectl runs the template once
//! on the whole `List`; for the shapes scripts use — `{range .items[*]}…{end}`,
//! `{.items[*].a.b}` and `{{range .items}}…{{end}}` with plain field paths and quoted text
//! inside — running the inner part on each item as it arrives prints the same bytes without
//! holding the list. Any other template is left to the whole-list printer. Pure.

use std::io::Write;

use serde_json::Value;

use super::OutputFormat;
use super::gotemplate::GoTemplate;
use super::jsonpath::JsonPath;
use crate::error::{Error, Result};

/// A template split into what comes before the items, the per-item part, and what comes after.
#[derive(Debug)]
pub struct ItemTemplate {
    prefix: String,
    per_item: PerItem,
    suffix: String,
    /// `{.items[*].x}` prints one space between values, across items.
    printed_value: bool,
}

#[derive(Debug)]
enum PerItem {
    /// The body of a `{range .items[*]}`: printed for each item.
    JsonPathBody(JsonPath),
    /// `{.x.y}` of `{.items[*].x.y}`: its values, space-separated across items.
    JsonPathValues(JsonPath),
    /// The body of a `{{range .items}}`.
    GoTemplateBody(GoTemplate),
}

/// `.a.b-c.d`: a plain field path (no filters, indexes, wildcards or functions).
fn is_field_path(s: &str) -> bool {
    s.starts_with('.')
        && s[1..].split('.').all(|seg| {
            !seg.is_empty()
                && seg
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        })
}

/// A quoted text action without braces inside (`"\n"`, `" "`).
fn is_quoted_text(s: &str) -> bool {
    s.len() >= 2
        && s.starts_with('"')
        && s.ends_with('"')
        && !s[1..s.len() - 1].contains(['{', '}', '"'])
}

/// Every `{…}` action of a JSONPath body is a field path or quoted text.
fn simple_jsonpath_body(body: &str) -> bool {
    let mut rest = body;
    while let Some(open) = rest.find('{') {
        if rest[..open].contains('}') {
            return false;
        }
        let Some(close) = rest[open..].find('}') else {
            return false;
        };
        let action = rest[open + 1..open + close].trim();
        if !(is_field_path(action) || is_quoted_text(action)) {
            return false;
        }
        rest = &rest[open + close + 1..];
    }
    !rest.contains('}')
}

/// Every `{{…}}` action of a go-template body is a field path or a string literal.
fn simple_go_body(body: &str) -> bool {
    let mut rest = body;
    while let Some(open) = rest.find("{{") {
        let Some(close) = rest[open..].find("}}") else {
            return false;
        };
        let action = &rest[open + 2..open + close];
        if action.starts_with('-') || action.ends_with('-') {
            return false;
        }
        let action = action.trim();
        if !(is_field_path(action) || is_quoted_text(action)) {
            return false;
        }
        rest = &rest[open + close + 2..];
    }
    !rest.contains("}}")
}

impl ItemTemplate {
    /// The item-by-item form of `format`, when it has one. Only with missing keys allowed:
    /// then plain field paths cannot fail, so nothing printed early would differ from
    /// kubectl's all-or-nothing output.
    pub fn plan(format: &OutputFormat, allow_missing_keys: bool) -> Option<ItemTemplate> {
        if !allow_missing_keys {
            return None;
        }
        match format {
            OutputFormat::JsonPath {
                template,
                as_json: false,
            } => Self::plan_jsonpath(template),
            OutputFormat::GoTemplate { template } => Self::plan_go(template),
            _ => None,
        }
    }

    fn plan_jsonpath(template: &str) -> Option<ItemTemplate> {
        const RANGE: &str = "{range .items[*]}";
        const ITEMS: &str = "{.items[*]";
        if let Some(start) = template.find(RANGE) {
            let prefix = &template[..start];
            let after = &template[start + RANGE.len()..];
            let end = after.rfind("{end}")?;
            let (body, suffix) = (&after[..end], &after[end + "{end}".len()..]);
            let plain = |s: &str| !s.contains(['{', '}']);
            if !plain(prefix) || !plain(suffix) || !simple_jsonpath_body(body) {
                return None;
            }
            let body = JsonPath::parse(body).ok()?.allow_missing_keys(true);
            return Some(ItemTemplate {
                prefix: prefix.to_string(),
                per_item: PerItem::JsonPathBody(body),
                suffix: suffix.to_string(),
                printed_value: false,
            });
        }
        let start = template.find(ITEMS)?;
        let prefix = &template[..start];
        let after = &template[start + ITEMS.len()..];
        let close = after.find('}')?;
        let (path, suffix) = (&after[..close], &after[close + 1..]);
        if prefix.contains(['{', '}']) || suffix.contains(['{', '}']) || !is_field_path(path) {
            return None;
        }
        let field = JsonPath::parse(&format!("{{{path}}}"))
            .ok()?
            .allow_missing_keys(true);
        Some(ItemTemplate {
            prefix: prefix.to_string(),
            per_item: PerItem::JsonPathValues(field),
            suffix: suffix.to_string(),
            printed_value: false,
        })
    }

    fn plan_go(template: &str) -> Option<ItemTemplate> {
        const RANGE: &str = "{{range .items}}";
        let start = template.find(RANGE)?;
        let prefix = &template[..start];
        let after = &template[start + RANGE.len()..];
        let end = after.rfind("{{end}}")?;
        let (body, suffix) = (&after[..end], &after[end + "{{end}}".len()..]);
        if prefix.contains("{{") || suffix.contains("{{") || !simple_go_body(body) {
            return None;
        }
        let body = GoTemplate::parse(body).ok()?.allow_missing_keys(true);
        Some(ItemTemplate {
            prefix: prefix.to_string(),
            per_item: PerItem::GoTemplateBody(body),
            suffix: suffix.to_string(),
            printed_value: false,
        })
    }

    /// What precedes the first item.
    pub fn begin(&self, out: &mut dyn Write) -> Result<()> {
        out.write_all(self.prefix.as_bytes())?;
        Ok(())
    }

    /// One item of the list.
    pub fn item(&mut self, item: &Value, out: &mut dyn Write) -> Result<()> {
        let mut buf = Vec::new();
        match &self.per_item {
            PerItem::JsonPathBody(body) => body
                .execute(&mut buf, item)
                .map_err(|e| Error::msg(e.to_string()))?,
            PerItem::JsonPathValues(field) => field
                .write_values_continuing(&mut buf, item, &mut self.printed_value)
                .map_err(|e| Error::msg(e.to_string()))?,
            PerItem::GoTemplateBody(body) => body
                .execute(&mut buf, item)
                .map_err(|e| Error::msg(e.to_string()))?,
        }
        out.write_all(&buf)?;
        Ok(())
    }

    /// What follows the last item.
    pub fn end(&self, out: &mut dyn Write) -> Result<()> {
        out.write_all(self.suffix.as_bytes())?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn jsonpath(t: &str) -> OutputFormat {
        OutputFormat::JsonPath {
            template: t.into(),
            as_json: false,
        }
    }

    /// The item-by-item output equals the engine's output on the whole list.
    fn same_as_whole_list(format: &OutputFormat) {
        let list = json!({"apiVersion": "v1", "kind": "List", "metadata": {"resourceVersion": ""}, "items": [
            {"metadata": {"name": "a", "labels": {"app": "x"}}},
            {"metadata": {"name": ""}},
            {"metadata": {"labels": {"app": "y"}}},
            {"metadata": {"name": "d", "labels": {"x": {"y": 1}}}},
        ]});
        let mut whole = Vec::new();
        super::super::print_object(format, &list, None, true, &mut whole).unwrap();
        let mut plan = ItemTemplate::plan(format, true).expect("streamable");
        let mut streamed = Vec::new();
        plan.begin(&mut streamed).unwrap();
        for item in list["items"].as_array().unwrap() {
            plan.item(item, &mut streamed).unwrap();
        }
        plan.end(&mut streamed).unwrap();
        assert_eq!(
            String::from_utf8(streamed).unwrap(),
            String::from_utf8(whole).unwrap(),
            "{format:?}"
        );
    }

    #[test]
    fn streamed_templates_print_what_the_whole_list_prints() {
        for t in [
            "{.items[*].metadata.name}",
            "names: {.items[*].metadata.labels.app} end",
            "{.items[*].metadata.labels}",
            "{range .items[*]}{.metadata.name}{\"\\n\"}{end}",
            "[{range .items[*]}{.metadata.name}={.metadata.labels.app};{end}]",
        ] {
            same_as_whole_list(&jsonpath(t));
        }
        for t in [
            "{{range .items}}{{.metadata.name}}{{\"\\n\"}}{{end}}",
            "x{{range .items}}{{.metadata.labels.app}} {{end}}y",
        ] {
            same_as_whole_list(&OutputFormat::GoTemplate { template: t.into() });
        }
    }

    #[test]
    fn other_templates_are_left_to_the_list_printer() {
        for t in [
            "{.items[0].metadata.name}",
            "{.kind} {.items[*].metadata.name}",
            "{range .items[*]}{.metadata.name}{range .spec.containers[*]}{.name}{end}{end}",
            "{range .items[?(@.x)]}{.a}{end}",
            "{.items[*].metadata.name} {.items[*].metadata.uid}",
        ] {
            assert!(ItemTemplate::plan(&jsonpath(t), true).is_none(), "{t}");
        }
        assert!(ItemTemplate::plan(&jsonpath("{.items[*].metadata.name}"), false).is_none());
        for t in [
            "{{range .items}}{{$.kind}}{{end}}",
            "{{range .items}}{{.a}}{{else}}none{{end}}",
            "{{range .items}}{{index .a 0}}{{end}}",
            "{{.kind}}{{range .items}}{{.a}}{{end}}",
        ] {
            assert!(
                ItemTemplate::plan(&OutputFormat::GoTemplate { template: t.into() }, true)
                    .is_none(),
                "{t}"
            );
        }
    }
}
