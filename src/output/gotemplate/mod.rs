//! kubectl's `-o go-template=…` / `go-template-file=…` / `--template` printer: Go `text/template`
//! with kubectl's two extra functions `exists` and `base64decode` (cli-runtime
//! `pkg/printers/template.go`), and kubectl's error texts. No I/O except the given writer.

mod exec;
pub(crate) mod gofmt;
mod lex;
mod parse;

use serde_json::Value;
use std::io;

/// Why a template could not be parsed or executed.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    /// A syntax error (Go: `template: output:<line>: <message>`).
    #[error("template: output:{line}: {message}")]
    Parse { line: usize, message: String },
    /// An execution error, already in Go's text
    /// (`template: output:1:4: executing "output" at <.x.y>: …`).
    #[error("{0}")]
    Exec(String),
    /// Writing the output failed.
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// A parsed template, ready to execute against objects.
#[derive(Debug, Clone)]
pub struct GoTemplate {
    trees: parse::Trees,
    missing_key_error: bool,
}

impl GoTemplate {
    /// Parses `template` as kubectl does (template name `output`, funcs incl. `exists`,
    /// `base64decode`).
    pub fn parse(template: &str) -> Result<GoTemplate, TemplateError> {
        let trees = parse::parse(template).map_err(|f| TemplateError::Parse {
            line: f.line,
            message: f.message,
        })?;
        Ok(GoTemplate {
            trees,
            missing_key_error: false,
        })
    }

    /// `--allow-missing-template-keys` (kubectl default true): false means Go's
    /// `missingkey=error`.
    pub fn allow_missing_keys(mut self, allow: bool) -> Self {
        self.missing_key_error = !allow;
        self
    }

    /// Executes against `data`, writing as it goes: on error, what was written so far stays
    /// written (kubectl shows that partial output too).
    pub fn execute<W: io::Write>(&self, out: &mut W, data: &Value) -> Result<(), TemplateError> {
        exec::execute(&self.trees, out, data, self.missing_key_error).map_err(|e| match e {
            exec::ExecFailure::Write(io) => TemplateError::Io(io),
            other => TemplateError::Exec(other.to_string()),
        })
    }
}

/// The text kubectl prints after `error: ` when the template does not parse
/// (cli-runtime `GoTemplatePrintFlags.ToPrinter`): `error parsing template <template>, <err>`.
/// Does NOT end with a newline; kubectl prints `error: ` + this + `\n` and exits 1. Nothing goes
/// to stdout.
pub fn parse_error_message(template: &str, err: &TemplateError) -> String {
    format!("error parsing template {template}, {err}")
}

/// The text kubectl prints after `error: ` when execution fails (cli-runtime
/// `GoTemplatePrinter.PrintObj`): `error executing template "<template, Go %q>": <err>`.
/// Does NOT end with a newline; kubectl prints `error: ` + this + `\n` and exits 1.
pub fn exec_error_message(template: &str, err: &TemplateError, _object: &Value) -> String {
    format!("error executing template {}: {err}", gofmt::quote(template))
}

/// What kubectl writes to STDOUT after the partial output when execution fails (the debugging
/// dump of cli-runtime `GoTemplatePrinter.PrintObj`), byte for byte, ending in a blank line:
///
/// ```text
/// Error executing template: <err>. Printing more information for debugging the template:
/// \ttemplate was:
/// \t\t<template>
/// \traw data was:
/// \t\t<object as compact Go JSON>
/// \tobject given to template engine was:
/// \t\t<object as Go %+v>
/// (blank line)
/// ```
///
/// `raw_json` is the object's JSON as the printer received it, when that differs from the
/// sorted form (a typed Go object keeps its struct field order there).
pub fn exec_error_stdout(
    template: &str,
    err: &TemplateError,
    object: &Value,
    raw_json: Option<&str>,
) -> String {
    let raw = match raw_json {
        Some(raw) => raw.to_string(),
        None => gofmt::go_json_compact(object),
    };
    format!(
        "Error executing template: {err}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{template}\n\traw data was:\n\t\t{raw}\n\tobject given to template engine was:\n\t\t{}\n\n",
        gofmt::value_v(object)
    )
}

#[cfg(test)]
mod tests;
