//! Go `fmt` formatting of `text/template` values: `%v` of template values, `printf` verbs with
//! Go's `%!verb(type=value)` complaints, and Go's compact `json.Marshal` for the debugging dump;
//! the renderings of plain JSON values are shared with JSONPath (`output::gofmt`). No I/O here.

use super::exec::{IntTy, V, Val};
pub(crate) use crate::output::gofmt::{
    float_v, is_print, quote, rune_sharp_u, unquote, unquote_char,
};
use serde_json::Value;
use std::fmt::Write;

fn exp_suffix(e: i32) -> String {
    format!("e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
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

/// `%+v` of the object kubectl hands the engine (the debugging dump). Not JSONPath's `%v`:
/// the go-template printer holds integral floats as integers (`1e6` prints `1000000`).
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
    crate::output::json::to_compact_string(value)
}
