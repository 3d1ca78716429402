//! Go `fmt`/`strconv` formatting as `text/template` output needs it: `%v` of template values,
//! `printf` verbs with Go's `%!verb(type=value)` complaints, `strconv.Quote`/`Unquote`, shortest
//! float formatting (`1e+06`), and Go's compact `json.Marshal` for the debugging dump. No I/O here.

use super::exec::{IntTy, V, Val};
use serde_json::Value;
use std::fmt::Write;

/// Go's `unicode.IsPrint` approximation used by `strconv.Quote`.
pub(crate) fn is_print(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(c as u32, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF | 0xFFFE | 0xFFFF)
}

/// Go's `strconv.Quote`.
pub(crate) fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x0b' => out.push_str("\\v"),
            c if is_print(c) => out.push(c),
            c if (c as u32) < 0x80 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c if (c as u32) < 0x10000 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push('"');
    out
}

/// Go's `%#U` of a rune: `U+0023 '#'`.
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

/// Shortest digits and decimal exponent of a finite non-zero float (`1.5` → ("15", 0)).
fn shortest(f: f64) -> (String, i32) {
    let s = format!("{:e}", f.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    (digits, exp.parse().unwrap_or(0))
}

fn exp_suffix(e: i32) -> String {
    format!("e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// Go's `strconv.FormatFloat(f, 'g', -1, 64)`, which is also `%v`.
pub(crate) fn float_v(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let sign = if f < 0.0 { "-" } else { "" };
    let (d, e) = shortest(f);
    // strconv.FormatFloat(f, 'g', -1, 64): for shortest precision the switch to exponent form
    // happens at exponent < -4 or >= 6 (ftoa.go `eprec = 6`).
    if !(-4..6).contains(&e) {
        let mut m = d[..1].to_string();
        if d.len() > 1 {
            m.push('.');
            m.push_str(&d[1..]);
        }
        return format!("{sign}{m}{}", exp_suffix(e));
    }
    format!("{sign}{}", place_point(&d, e))
}

/// Digits `d` with decimal exponent `e` in plain notation.
fn place_point(d: &str, e: i32) -> String {
    let dp = e + 1;
    if dp <= 0 {
        format!("0.{}{}", "0".repeat((-dp) as usize), d)
    } else if dp as usize >= d.len() {
        format!("{}{}", d, "0".repeat(dp as usize - d.len()))
    } else {
        format!("{}.{}", &d[..dp as usize], &d[dp as usize..])
    }
}

/// `%e` with precision.
fn float_e(f: f64, prec: usize, upper: bool) -> String {
    let s = format!("{:.*e}", prec, f);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let r = format!("{m}{}", exp_suffix(e));
    if upper { r.to_uppercase() } else { r }
}

/// Go's type name of a template value, as `%!d(TYPE=…)` and error texts show it.
pub(crate) fn type_name(v: &Val<'_>) -> &'static str {
    if v.iface {
        return "interface {}";
    }
    concrete_type_name(&v.v)
}

pub(crate) fn concrete_type_name(v: &V<'_>) -> &'static str {
    match v {
        V::Invalid => "<nil>",
        V::Null => "interface {}",
        V::Bool(_) => "bool",
        V::Int(_, IntTy::Int) => "int",
        V::Int(_, IntTy::Int64) => "int64",
        V::Int(_, IntTy::Uint8) => "uint8",
        V::Float(_) => "float64",
        V::Str(_) | V::Bytes(_) => "string",
        V::List(_) => "[]interface {}",
        V::Map(_) => "map[string]interface {}",
    }
}

/// `fmt.Sprint(v)` of one operand (`%v`).
pub(crate) fn v(val: &V<'_>) -> String {
    let mut s = String::new();
    write_v(&mut s, val);
    s
}

fn write_v(out: &mut String, val: &V<'_>) {
    match val {
        V::Invalid => out.push_str("<no value>"),
        V::Null => out.push_str("<nil>"),
        V::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        V::Int(i, _) => {
            let _ = write!(out, "{i}");
        }
        V::Float(f) => out.push_str(&float_v(*f)),
        V::Str(s) => out.push_str(s),
        V::Bytes(b) => out.push_str(&String::from_utf8_lossy(b)),
        V::List(l) => {
            out.push('[');
            for (i, e) in l.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                write_v(out, &V::from_json(e));
            }
            out.push(']');
        }
        V::Map(m) => {
            out.push_str("map[");
            for (i, (k, e)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(k);
                out.push(':');
                write_v(out, &V::from_json(e));
            }
            out.push(']');
        }
    }
}

/// `%+v` of the object kubectl hands the engine (the debugging dump).
pub(crate) fn value_v(value: &Value) -> String {
    v(&V::from_json(value))
}

/// `fmt.Sprint(args...)`: a space between operands when neither side is a string.
pub(crate) fn sprint(args: &[V<'_>]) -> String {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        let is_str = matches!(a, V::Str(_));
        if i > 0 && !is_str && !matches!(args[i - 1], V::Str(_)) {
            out.push(' ');
        }
        write_v(&mut out, &nil_as_nil(a));
    }
    out
}

/// `fmt.Sprintln(args...)`.
pub(crate) fn sprintln(args: &[V<'_>]) -> String {
    let parts: Vec<String> = args.iter().map(|a| v(&nil_as_nil(a))).collect();
    parts.join(" ") + "\n"
}

/// An `...any` argument that was missing or JSON null reaches fmt as a nil interface.
fn nil_as_nil<'a>(a: &V<'a>) -> V<'a> {
    match a {
        V::Invalid => V::Null,
        other => other.clone(),
    }
}

#[derive(Default, Clone, Copy)]
struct Spec {
    minus: bool,
    plus: bool,
    zero: bool,
    space: bool,
    sharp: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

fn pad(s: String, spec: &Spec, numeric: bool) -> String {
    let Some(w) = spec.width else { return s };
    let n = s.chars().count();
    if n >= w {
        return s;
    }
    let fill = w - n;
    if spec.minus {
        s + &" ".repeat(fill)
    } else if spec.zero && numeric {
        let (sign, rest) = match s.strip_prefix(['-', '+']) {
            Some(r) => (&s[..1], r),
            None => ("", s.as_str()),
        };
        format!("{sign}{}{rest}", "0".repeat(fill))
    } else {
        " ".repeat(fill) + &s
    }
}

fn bad(verb: char, a: &V<'_>) -> String {
    match a {
        V::Null | V::Invalid => format!("%!{verb}(<nil>)"),
        _ => format!("%!{verb}({}={})", concrete_type_name(a), v(a)),
    }
}

fn sign_int(i: i64, body: String, spec: &Spec) -> String {
    if i < 0 {
        format!("-{body}")
    } else if spec.plus {
        format!("+{body}")
    } else if spec.space {
        format!(" {body}")
    } else {
        body
    }
}

fn fmt_one(verb: char, a: &V<'_>, spec: &Spec) -> String {
    // Containers apply the verb to their elements (Go's printValue).
    match a {
        V::List(l) if verb != 'T' => {
            let parts: Vec<String> = l.iter().map(|e| fmt_elem(verb, e, spec)).collect();
            return format!("[{}]", parts.join(" "));
        }
        V::Map(m) if verb != 'T' => {
            let parts: Vec<String> = m
                .iter()
                .map(|(k, e)| {
                    format!(
                        "{}:{}",
                        fmt_one(verb, &V::Str(k.as_str().into()), spec),
                        fmt_elem(verb, e, spec)
                    )
                })
                .collect();
            return format!("map[{}]", parts.join(" "));
        }
        _ => {}
    }
    match (verb, a) {
        ('T', _) => pad(
            match a {
                V::Null | V::Invalid => "<nil>".into(),
                _ => concrete_type_name(a).into(),
            },
            spec,
            false,
        ),
        ('v', V::Int(i, _)) => pad(sign_int(*i, i.unsigned_abs().to_string(), spec), spec, true),
        ('v', V::Float(f)) => pad(with_sign(float_v(*f), spec), spec, true),
        ('v', V::Str(s)) if spec.sharp => pad(quote(s), spec, false),
        ('v', V::Null | V::Invalid) => pad("<nil>".into(), spec, false),
        ('v', _) => pad(v(a), spec, false),
        ('s', V::Str(s)) => pad(truncate(s, spec.prec), spec, false),
        ('q', V::Str(s)) => pad(quote(&truncate(s, spec.prec)), spec, false),
        ('q', V::Int(i, _)) => match char::from_u32(*i as u32) {
            Some(c) if *i >= 0 => pad(
                if c == '\'' {
                    "'\\''".into()
                } else {
                    let q = quote(&c.to_string());
                    format!("'{}'", q[1..q.len() - 1].replace("\\\"", "\""))
                },
                spec,
                false,
            ),
            _ => pad("'\u{FFFD}'".into(), spec, false),
        },
        ('x' | 'X', V::Str(s)) => {
            let h: String = s.bytes().map(|b| format!("{b:02x}")).collect();
            pad(if verb == 'X' { h.to_uppercase() } else { h }, spec, false)
        }
        ('d', V::Int(i, _)) => pad(sign_int(*i, i.unsigned_abs().to_string(), spec), spec, true),
        ('x', V::Int(i, _)) => pad(
            sign_int(
                *i,
                format!(
                    "{}{:x}",
                    if spec.sharp { "0x" } else { "" },
                    i.unsigned_abs()
                ),
                spec,
            ),
            spec,
            true,
        ),
        ('X', V::Int(i, _)) => pad(
            sign_int(
                *i,
                format!(
                    "{}{:X}",
                    if spec.sharp { "0X" } else { "" },
                    i.unsigned_abs()
                ),
                spec,
            ),
            spec,
            true,
        ),
        ('o', V::Int(i, _)) => pad(
            sign_int(*i, format!("{:o}", i.unsigned_abs()), spec),
            spec,
            true,
        ),
        ('b', V::Int(i, _)) => pad(
            sign_int(*i, format!("{:b}", i.unsigned_abs()), spec),
            spec,
            true,
        ),
        ('c', V::Int(i, _)) => pad(
            char::from_u32(*i as u32).unwrap_or('\u{FFFD}').to_string(),
            spec,
            false,
        ),
        ('U', V::Int(i, _)) => pad(format!("U+{:04X}", i), spec, false),
        ('t', V::Bool(b)) => pad(b.to_string(), spec, false),
        ('f' | 'F', V::Float(f)) => pad(
            with_sign(format!("{:.*}", spec.prec.unwrap_or(6), f), spec),
            spec,
            true,
        ),
        ('e' | 'E', V::Float(f)) => pad(
            with_sign(float_e(*f, spec.prec.unwrap_or(6), verb == 'E'), spec),
            spec,
            true,
        ),
        ('g' | 'G', V::Float(f)) => {
            let s = match spec.prec {
                None => float_v(*f),
                Some(p) => {
                    let p = p.max(1);
                    let e = if *f == 0.0 {
                        0
                    } else {
                        f.abs().log10().floor() as i32
                    };
                    if e < -4 || e >= p as i32 {
                        float_e(*f, p - 1, false)
                    } else {
                        let s = format!("{:.*}", (p as i32 - 1 - e).max(0) as usize, f);
                        if s.contains('.') {
                            s.trim_end_matches('0').trim_end_matches('.').to_string()
                        } else {
                            s
                        }
                    }
                }
            };
            pad(
                with_sign(if verb == 'G' { s.to_uppercase() } else { s }, spec),
                spec,
                true,
            )
        }
        _ => bad(verb, a),
    }
}

/// An element inside a map or slice: a nil `interface{}` there prints `<nil>` whatever the verb
/// (fmt's `printValue`, `case reflect.Interface`).
fn fmt_elem(verb: char, e: &Value, spec: &Spec) -> String {
    match e {
        Value::Null => pad("<nil>".into(), spec, false),
        e => fmt_one(verb, &V::from_json(e), spec),
    }
}

fn with_sign(s: String, spec: &Spec) -> String {
    if s.starts_with('-') {
        s
    } else if spec.plus {
        format!("+{s}")
    } else if spec.space {
        format!(" {s}")
    } else {
        s
    }
}

fn truncate(s: &str, prec: Option<usize>) -> String {
    match prec {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    }
}

/// Go's `fmt.Sprintf(format, args...)` for the verbs templates use.
pub(crate) fn sprintf(format: &str, args: &[V<'_>]) -> String {
    let args: Vec<V<'_>> = args.iter().map(nil_as_nil).collect();
    let mut out = String::new();
    let mut next = 0usize;
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = Spec::default();
        while let Some(&f) = chars.peek() {
            match f {
                '-' => spec.minus = true,
                '+' => spec.plus = true,
                '0' => spec.zero = true,
                ' ' => spec.space = true,
                '#' => spec.sharp = true,
                _ => break,
            }
            chars.next();
        }
        let num = |chars: &mut std::iter::Peekable<std::str::Chars<'_>>| {
            let mut n: Option<usize> = None;
            while let Some(&d) = chars.peek() {
                let Some(x) = d.to_digit(10) else { break };
                n = Some(n.unwrap_or(0) * 10 + x as usize);
                chars.next();
            }
            n
        };
        spec.width = num(&mut chars);
        if chars.peek() == Some(&'.') {
            chars.next();
            spec.prec = Some(num(&mut chars).unwrap_or(0));
        }
        let Some(verb) = chars.next() else {
            out.push_str("%!(NOVERB)");
            break;
        };
        if verb == '%' {
            out.push('%');
            continue;
        }
        match args.get(next) {
            None => {
                let _ = write!(out, "%!{verb}(MISSING)");
            }
            Some(a) => {
                out.push_str(&fmt_one(verb, a, &spec));
                next += 1;
            }
        }
    }
    if next < args.len() {
        out.push_str("%!(EXTRA ");
        let extra: Vec<String> = args[next..]
            .iter()
            .map(|a| match a {
                V::Null | V::Invalid => "<nil>".to_string(),
                _ => format!("{}={}", concrete_type_name(a), v(a)),
            })
            .collect();
        out.push_str(&extra.join(", "));
        out.push(')');
    }
    out
}

/// Go's `json.Marshal` of an unstructured object: sorted keys, compact, HTML-safe escaping.
pub(crate) fn go_json_compact(value: &Value) -> String {
    let mut out = String::new();
    write_json(&mut out, value);
    out
}

fn write_json(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                let _ = write!(out, "{i}");
            } else if let Some(u) = n.as_u64() {
                let _ = write!(out, "{u}");
            } else {
                out.push_str(&json_float(n.as_f64().unwrap_or(0.0)));
            }
        }
        Value::String(s) => write_json_str(out, s),
        Value::Array(a) => {
            out.push('[');
            for (i, e) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(out, e);
            }
            out.push(']');
        }
        Value::Object(m) => {
            out.push('{');
            for (i, (k, e)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json_str(out, k);
                out.push(':');
                write_json(out, e);
            }
            out.push('}');
        }
    }
}

/// encoding/json's float rule: `%f` unless the exponent is < -6 or >= 21, then `%e` with a
/// one-digit exponent allowed (`1e-07`  → `1e-7`).
fn json_float(f: f64) -> String {
    if f == 0.0 {
        return "0".into();
    }
    let (d, e) = shortest(f);
    let sign = if f < 0.0 { "-" } else { "" };
    if !(-6..21).contains(&e) {
        let mut m = d[..1].to_string();
        if d.len() > 1 {
            m.push('.');
            m.push_str(&d[1..]);
        }
        return format!("{sign}{m}e{}{}", if e < 0 { '-' } else { '+' }, e.abs());
    }
    format!("{sign}{}", place_point(&d, e))
}

fn write_json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
