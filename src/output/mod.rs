//! Printers: how objects become bytes on stdout (`-o yaml|json|name|jsonpath=…`), byte for
//! byte as kubectl prints them. Pure: no network, no files except template files.

pub mod custom_columns;
pub mod go_json;
pub(crate) mod gofmt;
pub mod gotemplate;
pub mod item_template;
pub mod json;
pub mod jsonpath;
pub mod name;
pub mod sort;
pub mod table;
pub mod tabwriter;
pub mod yaml;

use std::io::Write;

use serde_json::Value;

use crate::error::{Error, Result};

pub use name::strip_managed_fields;

/// An `-o` choice, parsed once (cli-runtime's `PrintFlags.ToPrinter`).
#[derive(Debug, Clone, PartialEq)]
pub enum OutputFormat {
    Yaml,
    Json,
    Name,
    JsonPath { template: String, as_json: bool },
    GoTemplate { template: String },
    CustomColumns(Vec<custom_columns::CustomColumn>),
}

/// The formats a command accepts beyond the generic ones (`get` adds tables).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Formats {
    /// `config view`: the generic printers only.
    Generic,
    /// `get`: also `wide` and `custom-columns`.
    WithTables,
}

const ALLOWED: &str = "go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml";
const ALLOWED_WITH_TABLES: &str = "custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml";

impl OutputFormat {
    /// Parses `-o` (with `--template`); `None` when neither asks for a generic printer.
    pub fn parse(
        output: Option<&str>,
        template: Option<&str>,
        formats: Formats,
    ) -> Result<Option<OutputFormat>> {
        let output = match (output, template) {
            (None | Some(""), Some(t)) if !t.is_empty() => "go-template".to_string(),
            (None | Some(""), _) => return Ok(None),
            (Some(o), _) => o.to_string(),
        };
        let (name, arg) = match output.split_once('=') {
            Some((n, a)) => (n.to_string(), Some(a.to_string())),
            None => (output.clone(), None),
        };
        let template_text = |inline: Option<String>| -> Result<String> {
            match inline.or_else(|| template.map(str::to_string)) {
                Some(t) if !t.is_empty() => Ok(t),
                _ => Err(Error::msg(
                    "template format specified but no template given",
                )),
            }
        };
        let read_file = |path: Option<String>| -> Result<String> {
            let path = template_text(path)?;
            std::fs::read_to_string(&path)
                .map_err(|e| Error::msg(format!("error reading --template {path}, {e}")))
        };
        let format = match name.as_str() {
            "yaml" => OutputFormat::Yaml,
            "json" => OutputFormat::Json,
            "name" => OutputFormat::Name,
            "jsonpath" => OutputFormat::JsonPath {
                template: template_text(arg)?,
                as_json: false,
            },
            "jsonpath-as-json" => OutputFormat::JsonPath {
                template: template_text(arg)?,
                as_json: true,
            },
            "jsonpath-file" => OutputFormat::JsonPath {
                template: read_file(arg)?,
                as_json: false,
            },
            "go-template" | "template" => OutputFormat::GoTemplate {
                template: template_text(arg)?,
            },
            "go-template-file" | "templatefile" => OutputFormat::GoTemplate {
                template: read_file(arg)?,
            },
            "custom-columns" if formats == Formats::WithTables => OutputFormat::CustomColumns(
                custom_columns::parse_spec(arg.as_deref().unwrap_or("")).map_err(Error::msg)?,
            ),
            "custom-columns-file" if formats == Formats::WithTables => {
                let path = arg.unwrap_or_default();
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| Error::msg(format!("error reading template {path}, {e}")))?;
                OutputFormat::CustomColumns(custom_columns::parse_file(&text).map_err(Error::msg)?)
            }
            _ => {
                let allowed = match formats {
                    Formats::Generic => ALLOWED,
                    Formats::WithTables => ALLOWED_WITH_TABLES,
                };
                return Err(Error::msg(format!(
                    "unable to match a printer suitable for the output format {name:?}, allowed formats are: {allowed}"
                )));
            }
        };
        Ok(Some(format))
    }
}

/// An object's JSON as kubectl's typed printers write it: in Go struct field order, which
/// differs from the sorted order of a `Value`.
#[derive(Debug, Clone)]
pub struct OrderedJson {
    pub indented: String,
    pub compact: String,
}

impl OrderedJson {
    pub fn of<T: serde::Serialize>(value: &T) -> Self {
        OrderedJson {
            indented: go_json::to_string_indent(value, "    "),
            compact: go_json::to_string_compact(value),
        }
    }
}

/// Prints one object in a generic format. `ordered` is the object's JSON in Go struct order
/// when it is a typed object (kubeconfig), used for `-o json` and template error dumps.
pub fn print_object(
    format: &OutputFormat,
    object: &Value,
    ordered: Option<&OrderedJson>,
    allow_missing_keys: bool,
    out: &mut dyn Write,
) -> Result<()> {
    match format {
        OutputFormat::Yaml => out.write_all(yaml::to_string(object).as_bytes())?,
        OutputFormat::Json => match ordered {
            Some(text) => {
                out.write_all(text.indented.as_bytes())?;
                out.write_all(b"\n")?;
            }
            None => {
                out.write_all(json::to_indented_string(object).as_bytes())?;
                out.write_all(b"\n")?;
            }
        },
        OutputFormat::CustomColumns(columns) => {
            let mut printer =
                custom_columns::CustomColumnsPrinter::new(columns, false).map_err(Error::msg)?;
            match object["items"].as_array() {
                Some(items) if object["kind"] == "List" => {
                    for item in items {
                        printer.add(item).map_err(Error::msg)?;
                    }
                }
                _ => printer.add(object).map_err(Error::msg)?,
            }
            printer.finish(out)?;
        }
        OutputFormat::Name => {
            for line in name::names(object)? {
                writeln!(out, "{line}")?;
            }
        }
        OutputFormat::JsonPath { template, as_json } => {
            let engine = jsonpath::JsonPath::parse(template)
                .map_err(|e| Error::msg(format!("error parsing jsonpath {template}, {e}")))?
                .allow_missing_keys(allow_missing_keys)
                .json_output(*as_json);
            let mut buf = Vec::new();
            if let Err(e) = engine.execute(&mut buf, object) {
                out.write_all(&buf)?;
                return Err(Error::msg(jsonpath::printer_error_message(
                    template, &e, object,
                )));
            }
            out.write_all(&buf)?;
        }
        OutputFormat::GoTemplate { template } => {
            let engine = gotemplate::GoTemplate::parse(template)
                .map_err(|e| Error::msg(gotemplate::parse_error_message(template, &e)))?
                .allow_missing_keys(allow_missing_keys);
            let mut buf = Vec::new();
            if let Err(e) = engine.execute(&mut buf, object) {
                // kubectl leaves the partial output and a debugging dump on stdout.
                out.write_all(&buf)?;
                out.write_all(
                    gotemplate::exec_error_stdout(
                        template,
                        &e,
                        object,
                        ordered.map(|o| o.compact.as_str()),
                    )
                    .as_bytes(),
                )?;
                return Err(Error::msg(gotemplate::exec_error_message(
                    template, &e, object,
                )));
            }
            out.write_all(&buf)?;
        }
    }
    Ok(())
}
