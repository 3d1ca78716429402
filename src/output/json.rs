//! Go `encoding/json`-compatible encoding of `serde_json::Value` (what kubectl's `-o json`,
//! jsonpath and friends print). Pure formatting: no parsing, no I/O beyond the given writer.
//!
//! Rules reproduced from Go's `encoding/json` (encode.go, indent.go):
//! * object keys sorted by bytes (serde_json's `Map` without `preserve_order` is a `BTreeMap`,
//!   so iteration order already matches Go's sorted map keys);
//! * HTML-safe strings: `<` `>` `&` become `\u003c` `\u003e` `\u0026`, U+2028/U+2029 are escaped,
//!   `\b` `\f` `\n` `\r` `\t` use short escapes (Go >= 1.22), other control characters `\u00XX`;
//! * floats: shortest round-trip digits, plain decimal unless `|f| < 1e-6` or `|f| >= 1e21`,
//!   then exponent form with Go's `e-7`/`e+21` spelling (encode.go `floatEncoder`);
//! * integers that do not fit in `i64` are treated as float64, because apimachinery's unstructured
//!   decoder turns them into float64 before kubectl prints anything.
//!
//! Indented output is `json.MarshalIndent(v, "", "    ")`: four spaces per level, `[]`/`{}` for
//! empty containers, `"key": value`, no trailing newline (kubectl's printer adds it).

use serde_json::Value;
use std::io;

const INDENT: &[u8] = b"    ";

/// `json.Marshal(v)` as a `String`.
pub fn to_compact_string(v: &Value) -> String {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = write_compact(&mut out, v);
    String::from_utf8_lossy(&out).into_owned()
}

/// `json.Marshal(v)` streamed into `w`.
pub fn write_compact<W: io::Write>(w: &mut W, v: &Value) -> io::Result<()> {
    match v {
        Value::Array(items) => {
            w.write_all(b"[")?;
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    w.write_all(b",")?;
                }
                write_compact(w, item)?;
            }
            w.write_all(b"]")
        }
        Value::Object(map) => {
            w.write_all(b"{")?;
            for (i, (k, item)) in map.iter().enumerate() {
                if i > 0 {
                    w.write_all(b",")?;
                }
                write_string(w, k)?;
                w.write_all(b":")?;
                write_compact(w, item)?;
            }
            w.write_all(b"}")
        }
        scalar => write_scalar(w, scalar),
    }
}

/// `json.MarshalIndent(v, "", "    ")` as a `String` (no trailing newline).
pub fn to_indented_string(v: &Value) -> String {
    let mut out = Vec::new();
    let _ = write_indented(&mut out, v, 0);
    String::from_utf8_lossy(&out).into_owned()
}

/// Writes `v` indented as if it were nested `prefix_indent_level` levels deep inside a
/// `json.MarshalIndent(_, "", "    ")` document.
///
/// The first line is NOT indented (the caller has already written the indentation or the
/// `"key": ` in front of it); inner lines get `(level + 1) * 4` spaces and the closing bracket
/// `level * 4`. So a `List` can be streamed item by item and stay byte-identical to
/// MarshalIndent of the whole list:
///
/// ```text
/// {\n    "apiVersion": "v1",\n    "items": [\n
/// for each item: "        " + write_indented(item, 2) + (",\n" if not last else "\n")
///     ],\n    "kind": "List", ... \n}
/// ```
/// (an empty `items` must be written as `"items": []`, like Go).
pub fn write_indented<W: io::Write>(
    w: &mut W,
    v: &Value,
    prefix_indent_level: usize,
) -> io::Result<()> {
    match v {
        Value::Array(items) if !items.is_empty() => {
            w.write_all(b"[\n")?;
            for (i, item) in items.iter().enumerate() {
                write_indent(w, prefix_indent_level + 1)?;
                write_indented(w, item, prefix_indent_level + 1)?;
                w.write_all(if i + 1 < items.len() { b",\n" } else { b"\n" })?;
            }
            write_indent(w, prefix_indent_level)?;
            w.write_all(b"]")
        }
        Value::Object(map) if !map.is_empty() => {
            w.write_all(b"{\n")?;
            let n = map.len();
            for (i, (k, item)) in map.iter().enumerate() {
                write_indent(w, prefix_indent_level + 1)?;
                write_string(w, k)?;
                w.write_all(b": ")?;
                write_indented(w, item, prefix_indent_level + 1)?;
                w.write_all(if i + 1 < n { b",\n" } else { b"\n" })?;
            }
            write_indent(w, prefix_indent_level)?;
            w.write_all(b"}")
        }
        Value::Array(_) => w.write_all(b"[]"),
        Value::Object(_) => w.write_all(b"{}"),
        scalar => write_scalar(w, scalar),
    }
}

fn write_indent<W: io::Write>(w: &mut W, level: usize) -> io::Result<()> {
    for _ in 0..level {
        w.write_all(INDENT)?;
    }
    Ok(())
}

fn write_scalar<W: io::Write>(w: &mut W, v: &Value) -> io::Result<()> {
    match v {
        Value::Null => w.write_all(b"null"),
        Value::Bool(true) => w.write_all(b"true"),
        Value::Bool(false) => w.write_all(b"false"),
        Value::Number(n) => match n.as_i64() {
            Some(i) => write!(w, "{i}"),
            None => w.write_all(format_float(n.as_f64().unwrap_or(0.0)).as_bytes()),
        },
        Value::String(s) => write_string(w, s),
        // Containers are handled by the callers.
        Value::Array(_) | Value::Object(_) => Ok(()),
    }
}

/// A JSON string literal the way Go's `encodeState.string` writes it with HTML escaping on.
pub fn write_string<W: io::Write>(w: &mut W, s: &str) -> io::Result<()> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let bytes = s.as_bytes();
    w.write_all(b"\"")?;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let esc: Option<Vec<u8>> = match c {
            '"' => Some(b"\\\"".to_vec()),
            '\\' => Some(b"\\\\".to_vec()),
            '\n' => Some(b"\\n".to_vec()),
            '\r' => Some(b"\\r".to_vec()),
            '\t' => Some(b"\\t".to_vec()),
            '\u{8}' => Some(b"\\b".to_vec()),
            '\u{c}' => Some(b"\\f".to_vec()),
            '<' | '>' | '&' | '\u{0}'..='\u{1f}' => {
                let b = c as u32 as u8;
                Some(vec![
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[(b >> 4) as usize],
                    HEX[(b & 0xf) as usize],
                ])
            }
            '\u{2028}' => Some(b"\\u2028".to_vec()),
            '\u{2029}' => Some(b"\\u2029".to_vec()),
            _ => None,
        };
        if let Some(esc) = esc {
            w.write_all(&bytes[start..i])?;
            w.write_all(&esc)?;
            start = i + c.len_utf8();
        }
    }
    w.write_all(&bytes[start..])?;
    w.write_all(b"\"")
}

/// Shortest round-trip digits of a finite `f` as (`-`?, digits without dot, decimal exponent of
/// the first digit), e.g. 1234.5 -> (false, "12345", 3).
pub(crate) fn shortest_digits(f: f64) -> (bool, String, i32) {
    // Rust's `{:e}` prints the shortest round-trip digits, like Go's precision -1.
    let s = format!("{:e}", f);
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    (neg, digits, exp.parse().unwrap_or(0))
}

/// Go `strconv.FormatFloat(f, 'e', -1, 64)`: `d[.ddd]e±XX` with at least two exponent digits.
pub(crate) fn format_float_e(f: f64) -> String {
    let (neg, digits, exp) = shortest_digits(f);
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    out.push_str(&digits[..1]);
    if digits.len() > 1 {
        out.push('.');
        out.push_str(&digits[1..]);
    }
    out.push('e');
    out.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&a.to_string());
    out
}

/// Go `strconv.FormatFloat(f, 'f', -1, 64)`.
pub(crate) fn format_float_f(f: f64) -> String {
    // Rust's Display prints the shortest round-trip digits without an exponent.
    format!("{}", f)
}

/// A float64 the way `encoding/json` writes it (encode.go `floatEncoder.encode`).
pub fn format_float(f: f64) -> String {
    if !f.is_finite() {
        // Go refuses (UnsupportedValueError); JSON input cannot produce these.
        return "null".to_string();
    }
    let abs = f.abs();
    if abs != 0.0 && !(1e-6..1e21).contains(&abs) {
        let mut s = format_float_e(f);
        // Go cleans up e-09 to e-9 (but keeps e+21).
        let b = s.as_bytes();
        let n = b.len();
        if n >= 4 && b[n - 4] == b'e' && b[n - 3] == b'-' && b[n - 2] == b'0' {
            s.remove(n - 2);
        }
        s
    } else {
        format_float_f(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn compact_table() {
        let cases: &[(Value, &str)] = &[
            (json!(null), "null"),
            (json!(true), "true"),
            (json!(3), "3"),
            (json!(-3), "-3"),
            (json!(1.5), "1.5"),
            (json!(1000000.0), "1000000"),
            (json!(1e21), "1e+21"),
            (json!(1e20), "100000000000000000000"),
            (json!(1e-7), "1e-7"),
            (json!(1.5e-7), "1.5e-7"),
            (json!(0.000001), "0.000001"),
            (json!(1.2345e-10), "1.2345e-10"),
            (json!(-0.0), "-0"),
            (json!(0.1), "0.1"),
            (json!(18446744073709551615u64), "18446744073709552000"),
            (json!("a<b>&c"), r#""a\u003cb\u003e\u0026c""#),
            (json!("q\"\\/"), r#""q\"\\/""#),
            (
                json!("\u{1}\u{8}\u{c}\n\r\t\u{1f}\u{7f}"),
                "\"\\u0001\\b\\f\\n\\r\\t\\u001f\u{7f}\"",
            ),
            (json!("\u{2028}\u{2029}é"), r#""\u2028\u2029é""#),
            (json!([]), "[]"),
            (json!({}), "{}"),
            (
                json!({"b": 1, "a": [1, {"z": null, "B": "x"}]}),
                r#"{"a":[1,{"B":"x","z":null}],"b":1}"#,
            ),
        ];
        for (v, want) in cases {
            assert_eq!(&to_compact_string(v), want, "for {v:?}");
        }
    }

    #[test]
    fn indented_table() {
        let cases: &[(Value, &str)] = &[
            (json!([]), "[]"),
            (json!({}), "{}"),
            (
                json!({"a": [], "b": {}}),
                "{\n    \"a\": [],\n    \"b\": {}\n}",
            ),
            (
                json!({"k": [1, {"x": "<"}]}),
                "{\n    \"k\": [\n        1,\n        {\n            \"x\": \"\\u003c\"\n        }\n    ]\n}",
            ),
            (json!("s"), "\"s\""),
        ];
        for (v, want) in cases {
            assert_eq!(&to_indented_string(v), want, "for {v:?}");
        }
    }

    #[test]
    fn streamed_list_items_match_whole_document() {
        let list = json!({
            "apiVersion": "v1",
            "items": [{"a": 1, "b": [1, 2]}, {"c": {}}, 3],
            "kind": "List",
            "metadata": {"resourceVersion": ""}
        });
        let items = list["items"].as_array().cloned().unwrap_or_default();
        let mut out = Vec::new();
        out.extend_from_slice(b"{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n");
        for (i, item) in items.iter().enumerate() {
            out.extend_from_slice(b"        ");
            write_indented(&mut out, item, 2).unwrap();
            out.extend_from_slice(if i + 1 < items.len() { b",\n" } else { b"\n" });
        }
        out.extend_from_slice(b"    ],\n    \"kind\": \"List\",\n    \"metadata\": ");
        write_indented(&mut out, &list["metadata"], 1).unwrap();
        out.extend_from_slice(b"\n}");
        assert_eq!(String::from_utf8(out).unwrap(), to_indented_string(&list));
    }

    #[test]
    fn float_forms() {
        let cases: &[(f64, &str, &str)] = &[
            (1e6, "1e+06", "1000000"),
            (1.5, "1.5e+00", "1.5"),
            (1e-7, "1e-07", "0.0000001"),
            (123456789.0, "1.23456789e+08", "123456789"),
            (1e100, "1e+100", "1"),
        ];
        for (f, e, fx) in cases {
            assert_eq!(&format_float_e(*f), e);
            if *f < 1e50 {
                assert_eq!(&format_float_f(*f), fx);
            }
        }
    }
}
