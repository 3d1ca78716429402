//! Go `fmt`/`strconv` renderings of decoded-JSON values (`%v`, `%#v`, `%q`, `%#U`, shortest
//! floats, `strconv.Unquote`) as kubectl's JSONPath and go-template printers and the table
//! printer use them in output and error texts. Pure string building.

use crate::output::json::{format_float_e, format_float_f, shortest_digits};
use serde_json::Value;

/// Go `%v` of a float64 (`strconv.FormatFloat(f, 'g', -1, 64)`): exponent form when the decimal
/// exponent is < -4 or >= 6 (the precision Go uses for the shortest form), e.g. `1e+06`.
pub(crate) fn float_v(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    let (_, _, exp) = shortest_digits(f);
    if !(-4..6).contains(&exp) {
        format_float_e(f)
    } else {
        format_float_f(f)
    }
}

/// Number as Go holds it after apimachinery decoding: int64 when it fits, else float64.
pub(crate) fn number_v(n: &serde_json::Number) -> String {
    match n.as_i64() {
        Some(i) => i.to_string(),
        None => float_v(n.as_f64().unwrap_or(0.0)),
    }
}

/// Go `%v` of an `interface{}` holding decoded JSON (maps print as `map[k:v …]`).
pub(crate) fn value_v(v: &Value) -> String {
    let mut out = String::new();
    write_v(&mut out, v);
    out
}

fn write_v(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("<nil>"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&number_v(n)),
        Value::String(s) => out.push_str(s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                write_v(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push_str("map[");
            for (i, (k, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(k);
                out.push(':');
                write_v(out, item);
            }
            out.push(']');
        }
    }
}

/// Go `%#v` of an `interface{}` holding decoded JSON, e.g.
/// `map[string]interface {}{"a":1, "b":[]interface {}{"x"}, "c":interface {}(nil)}`.
pub(crate) fn value_sharp_v(v: &Value) -> String {
    let mut out = String::new();
    write_sharp_v(&mut out, v, true);
    out
}

fn write_sharp_v(out: &mut String, v: &Value, top: bool) {
    match v {
        // A nil inside a container prints with its static type; a bare nil as `<nil>`.
        Value::Null if top => out.push_str("<nil>"),
        Value::Null => out.push_str("interface {}(nil)"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&number_v(n)),
        Value::String(s) => out.push_str(&quote(s)),
        Value::Array(items) => {
            out.push_str("[]interface {}{");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_sharp_v(out, item, false);
            }
            out.push('}');
        }
        Value::Object(map) => {
            out.push_str("map[string]interface {}{");
            for (i, (k, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&quote(k));
                out.push(':');
                write_sharp_v(out, item, false);
            }
            out.push('}');
        }
    }
}

/// Approximation of Go `strconv.IsPrint` (Rust has no general-category tables in std).
pub(crate) fn is_print(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    // Format characters (Cf) and other invisibles Go refuses.
    !matches!(c,
        '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}'
        | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
        | '\u{e000}'..='\u{f8ff}' | '\u{fffe}' | '\u{ffff}' | '\u{f0000}'..='\u{10ffff}')
}

/// Go `strconv.Quote` (also `%q` and `%#v` of a string).
pub(crate) fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if is_print(c) => out.push(c),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// Go `%#U`: `U+007E '~'` (the quoted rune only when printable).
pub(crate) fn rune_sharp_u(c: char) -> String {
    if is_print(c) {
        format!("U+{:04X} '{}'", c as u32, c)
    } else {
        format!("U+{:04X}", c as u32)
    }
}

fn unescape(chars: &mut std::iter::Peekable<std::str::Chars<'_>>, quote: char) -> Option<char> {
    let c = chars.next()?;
    Some(match c {
        'a' => '\x07',
        'b' => '\x08',
        'f' => '\x0c',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\x0b',
        '\\' => '\\',
        c if c == quote => c,
        'x' | 'u' | 'U' => {
            let n = match c {
                'x' => 2,
                'u' => 4,
                _ => 8,
            };
            let h: String = (0..n).filter_map(|_| chars.next()).collect();
            if h.len() != n {
                return None;
            }
            char::from_u32(u32::from_str_radix(&h, 16).ok()?)?
        }
        '0'..='7' => {
            let mut s = String::from(c);
            for _ in 0..2 {
                s.push(chars.next()?);
            }
            char::from_u32(u32::from_str_radix(&s, 8).ok()?)?
        }
        _ => return None,
    })
}

/// Go's `strconv.Unquote` for `"…"` and `` `…` `` strings.
pub(crate) fn unquote(s: &str) -> Option<String> {
    if s.len() >= 2 && s.starts_with('`') && s.ends_with('`') {
        return Some(s[1..s.len() - 1].replace('\r', ""));
    }
    let body = s.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::new();
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(unescape(&mut chars, '"')?),
            '\n' | '"' => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

/// A character constant `'a'`, `'\n'`.
pub(crate) fn unquote_char(s: &str) -> Option<char> {
    let body = s.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut chars = body.chars().peekable();
    let c = match chars.next()? {
        '\\' => unescape(&mut chars, '\'')?,
        c => c,
    };
    chars.next().is_none().then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn floats() {
        let cases = [
            (1e6, "1e+06"),
            (123456.0, "123456"),
            (1234567.0, "1.234567e+06"),
            (0.5, "0.5"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5, "1.5"),
            (3.0, "3"),
            (-2.5e-7, "-2.5e-07"),
            (1e21, "1e+21"),
        ];
        for (f, want) in cases {
            assert_eq!(float_v(f), want, "{f}");
        }
    }

    #[test]
    fn value_renderings() {
        let v = json!({"b": [1, "x", null], "a": {"k": 1.5}, "c": null, "d": "q\"\n"});
        assert_eq!(
            value_v(&v),
            "map[a:map[k:1.5] b:[1 x <nil>] c:<nil> d:q\"\n]"
        );
        assert_eq!(
            value_sharp_v(&v),
            r#"map[string]interface {}{"a":map[string]interface {}{"k":1.5}, "b":[]interface {}{1, "x", interface {}(nil)}, "c":interface {}(nil), "d":"q\"\n"}"#
        );
    }

    #[test]
    fn quoting() {
        assert_eq!(quote("a\tb\u{1}é\u{200b}"), r#""a\tb\x01é\u200b""#);
        assert_eq!(rune_sharp_u('~'), "U+007E '~'");
        assert_eq!(rune_sharp_u('\t'), "U+0009");
    }
}
