//! kubectl's JSONPath template dialect (`-o jsonpath=…`, `jsonpath-as-json`, custom-columns,
//! `--sort-by`): a re-implementation of client-go `util/jsonpath` plus the message wrapping of
//! cli-runtime `pkg/printers/jsonpath.go`. Not RFC 9535 JSONPath.
//!
//! Error `Display` texts are the inner Go error texts; kubectl's printer wraps them — see
//! [`parse_error_message`] and [`printer_error_message`] for the exact bytes.

mod eval;
mod parse;

use crate::output::{gofmt, json};
use eval::{Carry, Evaluator, Val};
use parse::Node;
use serde_json::Value;
use std::io;

/// Template syntax errors (Go `Parser` errors, same texts).
///
/// kubectl prints them as `error: error parsing jsonpath <template>, <error>` followed by a
/// newline, exit code 1 (cli-runtime `jsonpath_flags.go`); see [`parse_error_message`].
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ParseError {
    #[error("unclosed action")]
    UnclosedAction,
    #[error("unrecognized character in action: {}", gofmt::rune_sharp_u(*.0))]
    UnrecognizedCharacter(char),
    #[error("invalid multiple recursive descent")]
    MultipleRecursiveDescent,
    #[error("cannot parse number {0}")]
    CannotParseNumber(String),
    #[error("unterminated array")]
    UnterminatedArray,
    #[error("invalid array index {0}")]
    InvalidArrayIndex(String),
    #[error("array index {0} is not a number")]
    ArrayIndexNotNumber(String),
    #[error("unterminated filter")]
    UnterminatedFilter,
    #[error("unclosed array expect ]")]
    UnclosedArray,
    #[error("unterminated quoted string")]
    UnterminatedQuotedString,
    /// The quoted text (with its quotes) that Go's `UnquoteExtend` rejected.
    #[error("unquote string {0} error invalid syntax")]
    Unquote(String),
}

/// Execution errors (Go `JSONPath.FindResults` errors, same texts), plus output I/O failures.
///
/// kubectl's printer wraps them as shown by [`printer_error_message`]; the command then prints
/// `error: ` + that message (which already ends in newlines), exit code 1.
#[derive(Debug, thiserror::Error)]
pub enum ExecError {
    #[error("{0} is not found")]
    NotFound(String),
    #[error("array index out of bounds: index {index}, length {length}")]
    IndexOutOfBounds { index: i64, length: i64 },
    #[error("starting index {start} is greater than ending index {end}")]
    StartAfterEnd { start: i64, end: i64 },
    #[error("step must be > 0")]
    StepNotPositive,
    /// Holds the Go type name, e.g. `map[string]interface {}`, `string`, `int64`.
    #[error("{0} is not array or slice")]
    NotArrayOrSlice(String),
    /// Holds the Go `%v` rendering of the value, e.g. `map[a:1]`, `<nil>`.
    #[error("{0} is not array or slice and cannot be filtered")]
    NotFilterable(String),
    #[error("can only compare one element at a time")]
    CompareOneElement,
    #[error("unrecognized filter operator {0}")]
    UnrecognizedFilterOperator(String),
    #[error("invalid type for comparison")]
    InvalidComparisonType,
    #[error("incompatible types for comparison")]
    IncompatibleComparison,
    #[error("not in range, nothing to end")]
    NotInRange,
    #[error("unrecognized identifier {0}")]
    UnrecognizedIdentifier(String),
    /// Cases where kubectl 1.32 crashes with a Go panic (exit code 2, stack trace) instead of
    /// an error, e.g. indexing the empty value of a `{range}` over nothing (`{@[0]}`).
    #[error("{0}")]
    GoPanic(String),
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// A parsed template (`jsonpath.New("out").Parse(template)` in kubectl's printer).
#[derive(Debug, Clone)]
pub struct JsonPath {
    nodes: Vec<Node>,
    allow_missing_keys: bool,
    json_output: bool,
    /// Go state carried between executions of one printer (only `execute_reused` uses it).
    carry: Carry,
}

impl JsonPath {
    /// Parses `template`. Missing keys are allowed by default, as kubectl's printers set
    /// (`--allow-missing-template-keys` defaults to true).
    pub fn parse(template: &str) -> Result<JsonPath, ParseError> {
        Ok(JsonPath {
            nodes: parse::parse(template)?,
            allow_missing_keys: true,
            json_output: false,
            carry: Carry::default(),
        })
    }

    /// `false` makes a field that matches nothing an error (`<field> is not found`).
    pub fn allow_missing_keys(mut self, allow: bool) -> Self {
        self.allow_missing_keys = allow;
        self
    }

    /// `-o jsonpath-as-json` (Go `EnableJSONOutput`): every result group of the template is
    /// printed as one 4-space-indented JSON array followed by a newline.
    pub fn json_output(mut self, enabled: bool) -> Self {
        self.json_output = enabled;
        self
    }

    /// Evaluates the template against `data` and writes the output. Nothing is written when an
    /// execution error occurs (Go computes all results before printing).
    ///
    /// Unlike Go, which mutates its parse tree while ranging, a `JsonPath` can be executed any
    /// number of times with the same result.
    pub fn execute<W: io::Write>(&self, out: &mut W, data: &Value) -> Result<(), ExecError> {
        let groups = self.find_results(data, Carry::default()).0?;
        self.write_groups(out, &groups)
    }

    /// Like [`execute`](Self::execute), but reproduces what kubectl does when ONE printer prints
    /// several objects in turn (annotate/label/set over a multi-object file, `get --watch`):
    /// Go's engine keeps its range bookkeeping and its re-sliced parse tree between calls, so
    /// after a template with `{range}` ran once, later objects are evaluated against the tail of
    /// the template (typically failing with `not in range, nothing to end`). Call this on one
    /// `JsonPath` per printer, once per object, to get kubectl's bytes and errors.
    pub fn execute_reused<W: io::Write>(
        &mut self,
        out: &mut W,
        data: &Value,
    ) -> Result<(), ExecError> {
        let (bytes, carry) = {
            let (groups, carry) = self.find_results(data, self.carry.clone());
            let bytes = groups.map(|groups| self.render(&groups));
            (bytes, carry)
        };
        self.carry = carry;
        out.write_all(&bytes?)?;
        Ok(())
    }

    /// Writes every value the template finds in `data`, one space before each unless nothing
    /// was written yet (`printed` carries that across calls): the values of
    /// `{.items[*].x}` for one item at a time, as Go's `PrintResults` would space them.
    pub fn write_values_continuing<W: io::Write>(
        &self,
        out: &mut W,
        data: &Value,
        printed: &mut bool,
    ) -> Result<(), ExecError> {
        let groups = self.find_results(data, Carry::default()).0?;
        let mut buf = Vec::new();
        for value in groups.iter().flatten() {
            if *printed {
                buf.push(b' ');
            }
            self.print_results(&mut buf, std::slice::from_ref(value));
            *printed = true;
        }
        out.write_all(&buf)?;
        Ok(())
    }

    fn write_groups<W: io::Write>(
        &self,
        out: &mut W,
        groups: &[Vec<Val<'_>>],
    ) -> Result<(), ExecError> {
        out.write_all(&self.render(groups))?;
        Ok(())
    }

    fn render(&self, groups: &[Vec<Val<'_>>]) -> Vec<u8> {
        let mut buf = Vec::new();
        for group in groups {
            self.print_results(&mut buf, group);
        }
        buf
    }

    /// The result groups as JSON values (one inner Vec per printed action), for callers such as
    /// custom-columns and `--sort-by` that need the values rather than text. Values that are
    /// not part of the object (template literals, string bytes) are converted to JSON.
    pub fn find_values(&self, data: &Value) -> Result<Vec<Vec<Value>>, ExecError> {
        Ok(self
            .find_results(data, Carry::default())
            .0?
            .iter()
            .map(|g| g.iter().map(to_json).collect())
            .collect())
    }

    #[allow(clippy::type_complexity)]
    fn find_results<'a>(
        &'a self,
        data: &'a Value,
        carry: Carry,
    ) -> (Result<Vec<Vec<Val<'a>>>, ExecError>, Carry) {
        let mut ev = Evaluator::new(&self.nodes, self.allow_missing_keys, carry);
        let root = match data {
            Value::Null => Val::Zero,
            other => Val::Json(other),
        };
        let res = ev.run(root);
        (res, ev.state)
    }

    /// Go `PrintResults`: results separated by one space; maps/slices as compact JSON,
    /// scalars with `fmt.Fprint`, nil as `null`.
    fn print_results(&self, out: &mut Vec<u8>, results: &[Val<'_>]) {
        if self.json_output {
            let arr = Value::Array(results.iter().map(to_json).collect());
            let _ = json::write_indented(out, &arr, 0);
            out.push(b'\n');
            return;
        }
        for (i, r) in results.iter().enumerate() {
            match r {
                Val::Json(v @ (Value::Object(_) | Value::Array(_))) => {
                    let _ = json::write_compact(out, v);
                }
                Val::Json(Value::Null) => out.extend_from_slice(b"null"),
                Val::Zero => out.extend_from_slice(b"<no value>"),
                other => out.extend_from_slice(eval::val_v(other).as_bytes()),
            }
            if i + 1 != results.len() {
                out.push(b' ');
            }
        }
    }
}

fn to_json(v: &Val<'_>) -> Value {
    match *v {
        Val::Zero => Value::Null,
        Val::Json(j) => j.clone(),
        Val::Text(s) => Value::String(s.to_string()),
        Val::Int(i) => Value::from(i),
        Val::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        Val::Bool(b) => Value::Bool(b),
        Val::Byte(b) => Value::from(b),
    }
}

/// The message of kubectl's template parse failure (cli-runtime `JSONPathPrintFlags.ToPrinter`):
/// `error parsing jsonpath <template>, <err>\n`. kubectl prints `error: ` + this (no extra
/// newline, since it already ends in one) and exits 1.
pub fn parse_error_message(template: &str, err: &ParseError) -> String {
    format!("error parsing jsonpath {template}, {err}\n")
}

/// The message of kubectl's jsonpath execution failure (cli-runtime
/// `JSONPathPrinter.PrintObj`), byte for byte; kubectl prints `error: ` + this and exits 1:
///
/// ```text
/// error executing jsonpath "<template, Go %q>": Error executing template: <err>. Printing more information for debugging the template:
/// \ttemplate was:
/// \t\t<template>
/// \tobject given to jsonpath engine was:
/// \t\t<object as Go %#v>
/// (blank line)(blank line)
/// ```
///
/// `object` is what the engine saw: for unstructured objects (everything `get`/`annotate` print)
/// integers are int64 and other numbers float64, which is what `serde_json` already models.
/// Go's `%#v` of a typed (non-unstructured) object would differ; callers print only
/// unstructured content.
pub fn printer_error_message(template: &str, err: &ExecError, object: &Value) -> String {
    format!(
        "error executing jsonpath {}: Error executing template: {}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t{}\n\tobject given to jsonpath engine was:\n\t\t{}\n\n\n",
        gofmt::quote(template),
        err,
        template,
        gofmt::value_sharp_v(object)
    )
}

/// Error of [`relaxed_expression`] (kubectl `get/customcolumn.go`).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error(
    "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{{name1.name2}}' or '{{.name1.name2}}'"
)]
pub struct RelaxedError;

/// kubectl `RelaxedJSONPathExpression` (custom-columns, `--sort-by`): accepts `a.b`, `.a.b`,
/// `{a.b}`, `{.a.b}` and returns `{.a.b}`; the empty string stays empty.
///
/// Regex `^\{\.?([^{}]+)\}$|^\.?([^{}]+)$` by hand. A leading `$` is NOT special here:
/// `$.a` becomes `{.$.a}`, exactly as kubectl does.
pub fn relaxed_expression(s: &str) -> Result<String, RelaxedError> {
    if s.is_empty() {
        return Ok(String::new());
    }
    let no_braces = |t: &str| !t.contains(['{', '}']);
    // `\.?` is optional: a lone "." is kept as the field spec.
    let spec = |t: &str| -> String {
        match t.strip_prefix('.') {
            Some(rest) if !rest.is_empty() => rest.to_string(),
            _ => t.to_string(),
        }
    };
    if s.len() >= 2 && s.starts_with('{') && s.ends_with('}') {
        let inner = &s[1..s.len() - 1];
        if !inner.is_empty() && no_braces(inner) {
            return Ok(format!("{{.{}}}", spec(inner)));
        }
    }
    if no_braces(s) {
        return Ok(format!("{{.{}}}", spec(s)));
    }
    Err(RelaxedError)
}

#[cfg(test)]
mod tests;
