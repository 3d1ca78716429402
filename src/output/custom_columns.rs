//! `-o custom-columns=HEADER:.path,…` and `custom-columns-file=` (kubectl
//! `pkg/cmd/get/customcolumn.go`): one column per JSONPath, `<none>` where nothing matches.

use serde_json::Value;

use super::jsonpath::{JsonPath, relaxed_expression};
use super::tabwriter::TabWriter;

#[derive(Debug, Clone, PartialEq)]
pub struct CustomColumn {
    pub header: String,
    /// The relaxed JSONPath, already braced (`{.metadata.name}`).
    pub spec: String,
}

/// Parses the inline form: `NAME:.metadata.name,RV:.metadata.resourceVersion`.
pub fn parse_spec(spec: &str) -> Result<Vec<CustomColumn>, String> {
    if spec.is_empty() {
        return Err("custom-columns format specified but no custom columns given".to_string());
    }
    spec.split(',')
        .map(|part| {
            let Some((header, path)) = part.split_once(':') else {
                return Err(format!(
                    "unexpected custom-columns spec: {part}, expected <header>:<json-path-expr>"
                ));
            };
            let spec = relaxed_expression(path).map_err(|e| e.to_string())?;
            Ok(CustomColumn {
                header: header.to_string(),
                spec,
            })
        })
        .collect()
}

/// Parses a template file: a line of headers, a line of paths, separated by whitespace.
pub fn parse_file(text: &str) -> Result<Vec<CustomColumn>, String> {
    let mut lines = text.lines();
    let headers: Vec<&str> = lines
        .next()
        .ok_or("invalid template, missing header line. Expected format is one line of space separated headers, one line of space separated column specs.")?
        .split_whitespace()
        .collect();
    let specs: Vec<&str> = lines
        .next()
        .ok_or("invalid template, missing spec line. Expected format is one line of space separated headers, one line of space separated column specs.")?
        .split_whitespace()
        .collect();
    if headers.len() != specs.len() {
        return Err(format!(
            "number of headers ({}) and field specifications ({}) don't match",
            headers.len(),
            specs.len()
        ));
    }
    headers
        .iter()
        .zip(specs)
        .map(|(h, s)| {
            Ok(CustomColumn {
                header: h.to_string(),
                spec: relaxed_expression(s).map_err(|e| e.to_string())?,
            })
        })
        .collect()
}

/// Collects rows (strings only) and prints them aligned on `finish`.
pub struct CustomColumnsPrinter {
    parsers: Vec<JsonPath>,
    writer: TabWriter,
}

impl CustomColumnsPrinter {
    pub fn new(columns: &[CustomColumn], no_headers: bool) -> Result<Self, String> {
        let parsers = columns
            .iter()
            .map(|c| {
                JsonPath::parse(&c.spec)
                    .map(|p| p.allow_missing_keys(true))
                    .map_err(|e| e.to_string())
            })
            .collect::<Result<Vec<_>, _>>()?;
        let mut writer = TabWriter::new();
        if !no_headers {
            writer.row(columns.iter().map(|c| c.header.clone()));
        }
        Ok(CustomColumnsPrinter { parsers, writer })
    }

    /// One object's row.
    pub fn add(&mut self, object: &Value) -> Result<(), String> {
        let mut row = Vec::with_capacity(self.parsers.len());
        for parser in &self.parsers {
            let results = parser.find_values(object).map_err(|e| e.to_string())?;
            let values: Vec<String> = results
                .iter()
                .flatten()
                .map(|v| match v {
                    Value::String(s) => s.clone(),
                    other => super::gotemplate::gofmt::value_v(other),
                })
                .collect();
            if values.is_empty() {
                row.push("<none>".to_string());
            } else {
                row.push(values.join(","));
            }
        }
        self.writer.row(row);
        Ok(())
    }

    pub fn finish(&mut self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        self.writer.flush(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn columns_print_like_kubectl() {
        let cols = parse_spec("NAME:.metadata.name,PORTS:.spec.ports[*].port,MISSING:.nope")
            .expect("spec");
        let mut p = CustomColumnsPrinter::new(&cols, false).expect("parsers");
        p.add(
            &json!({"metadata": {"name": "web"}, "spec": {"ports": [{"port": 80}, {"port": 443}]}}),
        )
        .expect("row");
        let mut out = Vec::new();
        p.finish(&mut out).expect("writes");
        assert_eq!(
            String::from_utf8(out).expect("utf8"),
            "NAME   PORTS    MISSING\nweb    80,443   <none>\n"
        );
    }

    #[test]
    fn bad_specs() {
        assert_eq!(
            parse_spec("NAME").unwrap_err(),
            "unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>"
        );
        assert!(parse_spec("").is_err());
    }
}
