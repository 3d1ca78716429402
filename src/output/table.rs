//! Human-readable tables from the server's `meta.k8s.io/v1` Table, as kubectl prints them
//! (cli-runtime `printers/tableprinter.go`): upper-cased headers, wide columns on `-o wide`,
//! NAMESPACE for `-A`, `kind/` name prefixes, `--show-labels`, `-L`, aligned by kubectl's
//! tab writer.
//!
//! Rows are kept as strings only (never the objects) until the table is flushed: kubectl sizes
//! each column over every row it prints, and byte parity needs the same widths.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde_json::Value;

use super::tabwriter::TabWriter;
use crate::output::gofmt;

/// How the rows of one resource type are decorated.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableOptions {
    pub wide: bool,
    pub no_headers: bool,
    pub with_namespace: bool,
    /// `pod`, `deployment.apps`: prefixes the name column with `kind/` when set.
    pub kind_prefix: Option<String>,
    pub show_labels: bool,
    pub label_columns: Vec<String>,
}

/// A watch event's type as kubectl's `--output-watch-events` column shows it.
pub fn event_column(event_type: &str) -> String {
    match event_type {
        "ADDED" => "ADDED   ".to_string(),
        "MODIFIED" => "MODIFIED".to_string(),
        "DELETED" => "DELETED ".to_string(),
        "ERROR" => "ERROR   ".to_string(),
        other => other.to_string(),
    }
}

#[derive(Debug, Clone, PartialEq)]
struct Column {
    name: String,
    kind: String,
    format: String,
    priority: i64,
}

/// Collects the Tables of one resource type (several when a list comes in chunks).
#[derive(Debug)]
pub struct TablePrinter {
    options: TableOptions,
    last_columns: Option<Vec<Column>>,
    printed_headers: bool,
    writer: TabWriter,
}

impl TablePrinter {
    pub fn new(options: TableOptions) -> Self {
        TablePrinter {
            options,
            last_columns: None,
            printed_headers: false,
            writer: TabWriter::new(),
        }
    }

    /// Adds one Table (a list chunk or a single object's table).
    pub fn add(&mut self, table: &Value) {
        self.add_event(table, None);
    }

    /// Adds a Table, with an EVENT column first when it came in a watch event that
    /// `--output-watch-events` shows.
    pub fn add_event(&mut self, table: &Value, event_type: Option<&str>) {
        let columns: Vec<Column> = table["columnDefinitions"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|c| Column {
                name: c["name"].as_str().unwrap_or_default().to_string(),
                kind: c["type"].as_str().unwrap_or_default().to_string(),
                format: c["format"].as_str().unwrap_or_default().to_string(),
                priority: c["priority"].as_i64().unwrap_or(0),
            })
            .collect();
        let rows: &[Value] = table["rows"].as_array().map(Vec::as_slice).unwrap_or(&[]);
        let mut no_headers = self.options.no_headers;
        if self.printed_headers
            && (columns.is_empty() || Some(&columns) == self.last_columns.as_ref())
        {
            no_headers = true;
        }
        let columns = if columns.is_empty() {
            self.last_columns.clone().unwrap_or_default()
        } else {
            if Some(&columns) != self.last_columns.as_ref() {
                self.last_columns = Some(columns.clone());
                self.printed_headers = false;
            }
            columns
        };
        if !rows.is_empty() {
            self.printed_headers = true;
        }
        // kubectl prints nothing at all for an empty table, not even headers.
        if rows.is_empty() {
            return;
        }
        let visible: Vec<usize> = (0..columns.len())
            .filter(|&i| self.options.wide || columns[i].priority == 0)
            .collect();
        let name_column = self.options.kind_prefix.as_ref().and_then(|_| {
            columns
                .iter()
                .position(|c| c.format == "name" && c.kind == "string")
        });
        if !no_headers {
            let mut header: Vec<String> = Vec::new();
            if event_type.is_some() {
                header.push("EVENT".to_string());
            }
            if self.options.with_namespace {
                header.push("NAMESPACE".to_string());
            }
            header.extend(visible.iter().map(|&i| columns[i].name.to_uppercase()));
            header.extend(self.options.label_columns.iter().map(|l| label_header(l)));
            if self.options.show_labels {
                header.push("LABELS".to_string());
            }
            self.writer.row(header);
        }
        for row in rows {
            let cells = row["cells"].as_array().map(Vec::as_slice).unwrap_or(&[]);
            let metadata = &row["object"]["metadata"];
            let mut out: Vec<String> = Vec::with_capacity(visible.len() + 2);
            if let Some(t) = event_type {
                out.push(event_column(t));
            }
            if self.options.with_namespace {
                out.push(
                    metadata["namespace"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                );
            }
            for &i in &visible {
                let mut text = cells.get(i).map(cell_text).unwrap_or_default();
                if Some(i) == name_column
                    && let Some(prefix) = &self.options.kind_prefix
                {
                    text = format!("{prefix}/{text}");
                }
                out.push(text);
            }
            let labels = labels_of(metadata);
            for key in &self.options.label_columns {
                out.push(labels.get(key.as_str()).cloned().unwrap_or_default());
            }
            if self.options.show_labels {
                out.push(format_labels(&labels));
            }
            self.writer.row(out);
        }
    }

    /// Writes what was collected; returns whether anything was written.
    pub fn flush(&mut self, out: &mut dyn Write) -> io::Result<bool> {
        let wrote = !self.writer.is_empty();
        self.writer.flush(out)?;
        Ok(wrote)
    }
}

fn labels_of(metadata: &Value) -> BTreeMap<String, String> {
    metadata["labels"]
        .as_object()
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                .collect()
        })
        .unwrap_or_default()
}

/// apimachinery `labels.FormatLabels`: sorted `k=v` pairs, `<none>` when empty.
fn format_labels(labels: &BTreeMap<String, String>) -> String {
    if labels.is_empty() {
        return "<none>".to_string();
    }
    labels
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// `-L app.kubernetes.io/name` heads its column `NAME`: the last path segment, upper-cased.
fn label_header(label: &str) -> String {
    label.rsplit('/').next().unwrap_or(label).to_uppercase()
}

/// One cell as kubectl prints it: strings cut at the first line break (with `...`),
/// everything else through Go's `fmt.Sprint` of the JSON-decoded value (numbers are float64),
/// non-printable characters escaped.
pub fn cell_text(cell: &Value) -> String {
    match cell {
        Value::Null => String::new(),
        Value::String(s) => match s.find(['\u{c}', '\n', '\r']) {
            Some(i) => format!("{}...", escape(&s[..i])),
            None => escape(s),
        },
        Value::Number(n) => escape(&gofmt::float_v(n.as_f64().unwrap_or(0.0))),
        Value::Bool(b) => b.to_string(),
        other => escape(&crate::output::gotemplate::gofmt::value_v(other)),
    }
}

/// cli-runtime `WriteEscaped`: non-printable runes as Go quotes them.
fn escape(s: &str) -> String {
    if s.chars().all(|c| c == '\t' || gofmt::is_print(c)) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c == '\t' || gofmt::is_print(c) {
            out.push(c);
        } else {
            let quoted = gofmt::quote(&c.to_string());
            out.push_str(&quoted[1..quoted.len() - 1]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn table() -> Value {
        json!({
            "columnDefinitions": [
                {"name": "Name", "type": "string", "format": "name", "priority": 0},
                {"name": "Ready", "type": "string", "format": "", "priority": 0},
                {"name": "IP", "type": "string", "format": "", "priority": 1},
                {"name": "Restarts", "type": "integer", "format": "", "priority": 0}
            ],
            "rows": [
                {"cells": ["web-1", "1/1", "10.0.0.1", 0], "object": {"metadata": {"namespace": "a", "labels": {"app": "web", "tier": "fe"}}}},
                {"cells": ["db", "0/1", null, 12], "object": {"metadata": {"namespace": "b"}}}
            ]
        })
    }

    fn render(options: TableOptions) -> String {
        let mut p = TablePrinter::new(options);
        p.add(&table());
        let mut out = Vec::new();
        p.flush(&mut out).expect("writes");
        String::from_utf8(out).expect("utf8")
    }

    #[test]
    fn default_and_wide() {
        assert_eq!(
            render(TableOptions::default()),
            "NAME    READY   RESTARTS\nweb-1   1/1     0\ndb      0/1     12\n"
        );
        assert_eq!(
            render(TableOptions {
                wide: true,
                ..Default::default()
            }),
            "NAME    READY   IP         RESTARTS\nweb-1   1/1     10.0.0.1   0\ndb      0/1                12\n"
        );
    }

    #[test]
    fn namespace_kind_and_labels() {
        let out = render(TableOptions {
            with_namespace: true,
            kind_prefix: Some("pod".into()),
            show_labels: true,
            label_columns: vec!["example.com/app".into(), "tier".into()],
            ..Default::default()
        });
        assert_eq!(
            out,
            "NAMESPACE   NAME        READY   RESTARTS   APP   TIER   LABELS\n\
             a           pod/web-1   1/1     0                fe     app=web,tier=fe\n\
             b           pod/db      0/1     12                      <none>\n"
        );
    }

    #[test]
    fn cells_read_like_go() {
        assert_eq!(cell_text(&json!("a\nb")), "a...");
        assert_eq!(cell_text(&json!(1000000)), "1e+06");
        assert_eq!(cell_text(&json!(2.5)), "2.5");
        assert_eq!(cell_text(&json!(true)), "true");
        assert_eq!(cell_text(&json!("bell\u{7}")), "bell\\a");
    }
}
