//! Tables for custom resources: the CRD's `additionalPrinterColumns` for the served version
//! (apiextensions-apiserver `registry/customresource/tableconvertor`, with the default `Age`
//! column of `serveDefaultColumnsIfEmpty`), and the small relaxed JSONPath subset those columns
//! use (fields with `\.` escapes, `[n]`, `[*]`, `['key']`, `.*`, `[?(@.a.b=="x")]` filters).
//! A full kubectl JSONPath engine lives elsewhere (`crate::output::jsonpath`). No I/O.

use serde_json::{Map, Value, json};

use super::descriptions as d;
use super::util::{name, parse_time};
use super::{Ctx, Row};
use crate::duration;

/// One printer column of a CRD version.
#[derive(Debug, Clone, PartialEq)]
struct CrdColumn {
    name: String,
    ty: String,
    format: String,
    description: String,
    priority: i64,
    path: Result<Vec<Step>, JsonPathError>,
}

/// The table convertor for one CRD version.
pub(crate) struct Convertor {
    columns: Vec<CrdColumn>,
}

/// The version whose columns apply: the objects' own version, else the storage version, else the
/// first served one.
fn pick_version<'a>(crd: &'a Value, first: Option<&'a Value>) -> Option<&'a str> {
    if let Some(v) = first
        .and_then(|o| o.get("apiVersion"))
        .and_then(Value::as_str)
        .map(|av| av.rsplit('/').next().unwrap_or(av))
    {
        return Some(v);
    }
    let versions = crd.pointer("/spec/versions").and_then(Value::as_array)?;
    versions
        .iter()
        .find(|v| v.get("storage").and_then(Value::as_bool) == Some(true))
        .or_else(|| {
            versions
                .iter()
                .find(|v| v.get("served").and_then(Value::as_bool) == Some(true))
        })
        .and_then(|v| v.get("name"))
        .and_then(Value::as_str)
}

impl Convertor {
    /// Columns for the CRD version of `first` (see [`pick_version`]).
    pub(crate) fn for_crd(crd: &Value, first: Option<&Value>) -> Self {
        let version = pick_version(crd, first);
        let versions = crd.pointer("/spec/versions").and_then(Value::as_array);
        let mut raw: Vec<Value> = versions
            .into_iter()
            .flatten()
            .find(|v| v.get("name").and_then(Value::as_str) == version)
            .and_then(|v| v.get("additionalPrinterColumns"))
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        // apiextensions/v1beta1 kept the columns at spec level (`JSONPath` key).
        if raw.is_empty() {
            raw = crd
                .pointer("/spec/additionalPrinterColumns")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
        }
        Convertor::from_columns(&raw)
    }

    /// From `additionalPrinterColumns` entries; an empty list serves the default `Age` column.
    fn from_columns(raw: &[Value]) -> Self {
        let text = |c: &Value, k: &str| c.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let mut columns: Vec<CrdColumn> = raw
            .iter()
            .map(|c| {
                let path_text = c
                    .get("jsonPath")
                    .or_else(|| c.get("JSONPath"))
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string();
                let description = match text(c, "description") {
                    d if d.is_empty() => format!(
                        "Custom resource definition column (in JSONPath format): {path_text}"
                    ),
                    d => d,
                };
                CrdColumn {
                    name: text(c, "name"),
                    ty: text(c, "type"),
                    format: text(c, "format"),
                    description,
                    priority: c.get("priority").and_then(Value::as_i64).unwrap_or(0),
                    path: parse(&path_text),
                }
            })
            .collect();
        if columns.is_empty() {
            columns.push(CrdColumn {
                name: "Age".into(),
                ty: "date".into(),
                format: String::new(),
                description: d::CREATION_TIMESTAMP.into(),
                priority: 0,
                path: parse(".metadata.creationTimestamp"),
            });
        }
        Convertor { columns }
    }

    pub(crate) fn columns_json(&self) -> Vec<Value> {
        let mut out = vec![json!({"name": "Name", "type": "string", "format": "name",
            "description": d::NAME, "priority": 0})];
        for c in &self.columns {
            out.push(json!({"name": c.name, "type": c.ty, "format": c.format,
                "description": c.description, "priority": c.priority}));
        }
        out
    }

    /// `ConvertToTable`'s row function: a nil cell when the path finds nothing or the value does
    /// not fit the column type.
    pub(crate) fn row(&self, obj: &Value, ctx: &Ctx) -> Row {
        let mut cells = vec![Value::String(name(obj).to_string())];
        for c in &self.columns {
            let found = match &c.path {
                Ok(steps) => eval(steps, obj).into_iter().next(),
                Err(_) => None,
            };
            let cell = match found {
                None => Value::Null,
                Some(v) if c.ty == "string" => Value::String(print_result(v)),
                Some(v) => cell_for_json_value(&c.ty, v, ctx),
            };
            cells.push(cell);
        }
        Row::new(cells)
    }
}

/// `cellForJSONValue`.
fn cell_for_json_value(ty: &str, v: &Value, ctx: &Ctx) -> Value {
    match (ty, v) {
        ("integer", Value::Number(n)) => match n.as_i64() {
            Some(i) => Value::from(i),
            None => n
                .as_f64()
                .map(|f| Value::from(f as i64))
                .unwrap_or(Value::Null),
        },
        ("number", Value::Number(n)) => n.as_f64().map(float_cell).unwrap_or(Value::Null),
        ("boolean", Value::Bool(b)) => Value::Bool(*b),
        ("date", Value::String(s)) => {
            // metav1.Time.UnmarshalQueryParameter: "" and "null" are the zero time.
            if s.is_empty() || s == "null" {
                return Value::String("<unknown>".into());
            }
            match s.parse::<jiff::Timestamp>() {
                Ok(t) => Value::String(duration::translate_timestamp_since(
                    parse_time(s).map(|_| t),
                    ctx.now,
                )),
                Err(_) => Value::String("<invalid>".into()),
            }
        }
        _ => Value::Null,
    }
}

/// A float64 cell; integral values are written without `.0`, as Go's encoding/json does.
fn float_cell(f: f64) -> Value {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        Value::from(f as i64)
    } else {
        serde_json::Number::from_f64(f)
            .map(Value::Number)
            .unwrap_or(Value::Null)
    }
}

/// `JSONPath.PrintResults` for one value: maps/arrays as compact JSON (Go json.Marshal: sorted
/// keys, `<>&` escaped), strings raw, numbers/bools via Go's `fmt.Fprint`, null as `<nil>`... (the
/// reflect value of a JSON null prints `<no value>` upstream).
fn print_result(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Null => "<no value>".into(),
        Value::Number(n) => match n.as_i64() {
            Some(i) => i.to_string(),
            None => match n.as_u64() {
                Some(u) => u.to_string(),
                None => n.as_f64().map(go_float_v).unwrap_or_default(),
            },
        },
        Value::Array(_) | Value::Object(_) => serde_json::to_string(v)
            .unwrap_or_default()
            .replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026"),
    }
}

/// Go's `fmt` `%v` for a float64 (`strconv.FormatFloat(f, 'g', -1, 64)` with exponent threshold
/// 6 for the shortest representation): `1.5`, `1e+06`, `1.234567e+06`, `1e-05`.
pub(crate) fn go_float_v(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    // Rust's `{:e}` gives the shortest round-trip digits, e.g. "1.234567e6".
    let e = format!("{f:e}");
    let (mant, exp) = e.split_once('e').unwrap_or((&e, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    let sign = if neg { "-" } else { "" };
    if !(-4..6).contains(&exp) {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        let esign = if exp < 0 { '-' } else { '+' };
        return format!("{sign}{m}e{esign}{:02}", exp.abs());
    }
    let dp = exp + 1; // digits before the decimal point
    let body = if dp <= 0 {
        format!("0.{}{}", "0".repeat((-dp) as usize), digits)
    } else if (dp as usize) >= digits.len() {
        format!("{}{}", digits, "0".repeat(dp as usize - digits.len()))
    } else {
        format!("{}.{}", &digits[..dp as usize], &digits[dp as usize..])
    };
    format!("{sign}{body}")
}

// ---------------------------------------------------------------- JSONPath subset

/// Why a column path could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonPathError(pub String);

impl std::fmt::Display for JsonPathError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for JsonPathError {}

#[derive(Debug, Clone, PartialEq)]
enum Step {
    Field(String),
    Wildcard,
    Index(i64),
    All,
    Filter(Filter),
}

#[derive(Debug, Clone, PartialEq)]
struct Filter {
    left: Vec<Step>,
    op: Option<(String, Operand)>,
}

#[derive(Debug, Clone, PartialEq)]
enum Operand {
    Literal(Value),
    Path(Vec<Step>),
}

/// Evaluates a simple JSONPath (as used by `additionalPrinterColumns`, without braces) against
/// `obj`; missing keys and out-of-range indexes yield no results, as with `AllowMissingKeys(true)`.
pub fn eval_simple_jsonpath<'a>(
    path: &str,
    obj: &'a Value,
) -> Result<Vec<&'a Value>, JsonPathError> {
    Ok(eval(&parse(path)?, obj))
}

fn parse(path: &str) -> Result<Vec<Step>, JsonPathError> {
    let p = path.trim();
    let p = p
        .strip_prefix('{')
        .and_then(|x| x.strip_suffix('}'))
        .unwrap_or(p);
    let p = p.strip_prefix('$').unwrap_or(p);
    let chars: Vec<char> = p.chars().collect();
    let (steps, end) = parse_steps(&chars, 0, false)?;
    if end != chars.len() {
        return Err(JsonPathError(format!("unrecognized character in {path:?}")));
    }
    Ok(steps)
}

/// Parses steps from `pos`; inside a filter it stops at an operator, `)` or whitespace.
fn parse_steps(
    c: &[char],
    mut pos: usize,
    in_filter: bool,
) -> Result<(Vec<Step>, usize), JsonPathError> {
    let mut steps = Vec::new();
    while pos < c.len() {
        match c[pos] {
            '.' => {
                pos += 1;
                if pos < c.len() && c[pos] == '*' {
                    steps.push(Step::Wildcard);
                    pos += 1;
                    continue;
                }
                let mut field = String::new();
                while pos < c.len() {
                    let ch = c[pos];
                    if ch == '\\' && pos + 1 < c.len() {
                        field.push(c[pos + 1]);
                        pos += 2;
                        continue;
                    }
                    if ch == '.'
                        || ch == '['
                        || (in_filter && (ch == ')' || ch.is_whitespace() || "=!<>".contains(ch)))
                    {
                        break;
                    }
                    field.push(ch);
                    pos += 1;
                }
                if !field.is_empty() {
                    steps.push(Step::Field(field));
                }
            }
            '[' => {
                let close = find_bracket_end(c, pos)?;
                let inner: String = c[pos + 1..close].iter().collect();
                steps.push(parse_bracket(inner.trim())?);
                pos = close + 1;
            }
            _ if in_filter => break,
            other => return Err(JsonPathError(format!("unexpected {other:?}"))),
        }
    }
    Ok((steps, pos))
}

/// The `]` closing the bracket at `open`, skipping quoted text and nested brackets.
fn find_bracket_end(c: &[char], open: usize) -> Result<usize, JsonPathError> {
    let mut depth = 0;
    let mut quote: Option<char> = None;
    for (idx, &ch) in c.iter().enumerate().skip(open) {
        match quote {
            Some(q) if ch == q => quote = None,
            Some(_) => {}
            None => match ch {
                '\'' | '"' => quote = Some(ch),
                '[' => depth += 1,
                ']' => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(idx);
                    }
                }
                _ => {}
            },
        }
    }
    Err(JsonPathError("unterminated [".into()))
}

fn parse_bracket(inner: &str) -> Result<Step, JsonPathError> {
    if inner == "*" {
        return Ok(Step::All);
    }
    if let Some(q) = inner.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')) {
        return Ok(Step::Field(q.to_string()));
    }
    if let Some(q) = inner.strip_prefix('"').and_then(|x| x.strip_suffix('"')) {
        return Ok(Step::Field(q.to_string()));
    }
    if let Some(f) = inner.strip_prefix("?(").and_then(|x| x.strip_suffix(')')) {
        return parse_filter(f.trim()).map(Step::Filter);
    }
    inner
        .parse::<i64>()
        .map(Step::Index)
        .map_err(|_| JsonPathError(format!("unsupported subscript [{inner}]")))
}

fn parse_filter(f: &str) -> Result<Filter, JsonPathError> {
    let chars: Vec<char> = f.chars().collect();
    if chars.first() != Some(&'@') {
        return Err(JsonPathError(format!("unsupported filter {f:?}")));
    }
    let (left, pos) = parse_steps(&chars, 1, true)?;
    let rest: String = chars[pos..].iter().collect();
    let rest = rest.trim();
    if rest.is_empty() {
        return Ok(Filter { left, op: None });
    }
    let op = ["==", "!=", "<=", ">=", "<", ">"]
        .into_iter()
        .find(|op| rest.starts_with(op))
        .ok_or_else(|| JsonPathError(format!("unsupported filter {f:?}")))?;
    let right = rest[op.len()..].trim();
    let operand = if let Some(p) = right.strip_prefix('@') {
        let rc: Vec<char> = p.chars().collect();
        Operand::Path(parse_steps(&rc, 0, true)?.0)
    } else if let Some(s) = right
        .strip_prefix('"')
        .and_then(|x| x.strip_suffix('"'))
        .or_else(|| right.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')))
    {
        Operand::Literal(Value::String(s.to_string()))
    } else if let Ok(n) = right.parse::<f64>() {
        Operand::Literal(json!(n))
    } else if right == "true" || right == "false" {
        Operand::Literal(Value::Bool(right == "true"))
    } else {
        return Err(JsonPathError(format!(
            "unsupported filter operand {right:?}"
        )));
    };
    Ok(Filter {
        left,
        op: Some((op.to_string(), operand)),
    })
}

fn eval<'a>(steps: &[Step], root: &'a Value) -> Vec<&'a Value> {
    let mut cur: Vec<&'a Value> = vec![root];
    for step in steps {
        let mut next = Vec::new();
        for v in cur {
            match step {
                Step::Field(f) => {
                    if let Some(x) = v.get(f.as_str()) {
                        next.push(x);
                    }
                }
                Step::Wildcard => match v {
                    Value::Object(m) => next.extend(sorted_values(m)),
                    Value::Array(a) => next.extend(a.iter()),
                    _ => {}
                },
                Step::All => {
                    if let Value::Array(a) = v {
                        next.extend(a.iter());
                    }
                }
                Step::Index(n) => {
                    if let Value::Array(a) = v {
                        let idx = if *n < 0 { *n + a.len() as i64 } else { *n };
                        if idx >= 0
                            && let Some(x) = a.get(idx as usize)
                        {
                            next.push(x);
                        }
                    }
                }
                Step::Filter(filter) => {
                    if let Value::Array(a) = v {
                        next.extend(a.iter().filter(|item| filter_matches(filter, item)));
                    }
                }
            }
        }
        cur = next;
    }
    cur
}

fn sorted_values(m: &Map<String, Value>) -> Vec<&Value> {
    // serde_json's default Map is a BTreeMap: already in key order.
    m.values().collect()
}

fn filter_matches(filter: &Filter, item: &Value) -> bool {
    let lefts = eval(&filter.left, item);
    let Some((op, operand)) = &filter.op else {
        return !lefts.is_empty();
    };
    let rights: Vec<Value> = match operand {
        Operand::Literal(v) => vec![v.clone()],
        Operand::Path(p) => eval(p, item).into_iter().cloned().collect(),
    };
    lefts
        .iter()
        .any(|l| rights.iter().any(|r| compare(l, r, op)))
}

fn compare(l: &Value, r: &Value, op: &str) -> bool {
    match (l.as_f64(), r.as_f64()) {
        (Some(a), Some(b)) => match op {
            "==" => a == b,
            "!=" => a != b,
            "<" => a < b,
            ">" => a > b,
            "<=" => a <= b,
            _ => a >= b,
        },
        _ => {
            let (a, b) = (print_result(l), print_result(r));
            match op {
                "==" => a == b,
                "!=" => a != b,
                "<" => a < b,
                ">" => a > b,
                "<=" => a <= b,
                _ => a >= b,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> Ctx {
        Ctx {
            now: "2026-11-23T15:00:00Z".parse().unwrap(),
            group: "stable.example.com".into(),
        }
    }

    #[test]
    fn jsonpath_subset() {
        let o = json!({
            "metadata": {"labels": {"app.kubernetes.io/name": "web"}},
            "spec": {"replicas": 3, "list": [{"a": 1}, {"a": 2}]},
            "status": {"conditions": [
                {"type": "Synced", "status": "False"},
                {"type": "Ready", "status": "True", "reason": "Up"}]}
        });
        let cases: &[(&str, Option<Value>)] = &[
            (".spec.replicas", Some(json!(3))),
            (".spec.list[1].a", Some(json!(2))),
            (".spec.list[-1].a", Some(json!(2))),
            (".spec.list[5].a", None),
            (".spec.list[*].a", Some(json!(1))),
            (".spec.missing.deeper", None),
            (
                ".metadata.labels.app\\.kubernetes\\.io/name",
                Some(json!("web")),
            ),
            (
                ".metadata.labels['app.kubernetes.io/name']",
                Some(json!("web")),
            ),
            (
                ".status.conditions[?(@.type==\"Ready\")].status",
                Some(json!("True")),
            ),
            (
                ".status.conditions[?(@.type=='Ready')].reason",
                Some(json!("Up")),
            ),
            (
                ".status.conditions[?(@.type!=\"Ready\")].type",
                Some(json!("Synced")),
            ),
            (".status.conditions[?(@.reason)].type", Some(json!("Ready"))),
        ];
        for (path, want) in cases {
            let got = eval_simple_jsonpath(path, &o)
                .unwrap()
                .into_iter()
                .next()
                .cloned();
            assert_eq!(&got, want, "{path}");
        }
        assert!(eval_simple_jsonpath(".a[?(@.x ~ 1)]", &o).is_err());
    }

    #[test]
    fn go_float_formatting() {
        let cases = [
            (1.5, "1.5"),
            (1.0, "1"),
            (100000.0, "100000"),
            (1e6, "1e+06"),
            (1234567.0, "1.234567e+06"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-2.25, "-2.25"),
            (123.456, "123.456"),
        ];
        for (f, want) in cases {
            assert_eq!(go_float_v(f), want, "{f}");
        }
    }

    #[test]
    fn crd_columns_and_cells() {
        let crd = json!({"spec": {"versions": [
            {"name": "v1", "served": true, "storage": true, "additionalPrinterColumns": [
                {"name": "Spec", "type": "string", "jsonPath": ".spec.cronSpec"},
                {"name": "Replicas", "type": "integer", "jsonPath": ".spec.replicas"},
                {"name": "Ratio", "type": "number", "jsonPath": ".spec.ratio", "priority": 1},
                {"name": "Ready", "type": "boolean", "jsonPath": ".status.ready"},
                {"name": "Obj", "type": "string", "jsonPath": ".spec.obj", "description": "custom"},
                {"name": "Age", "type": "date", "jsonPath": ".metadata.creationTimestamp"},
                {"name": "Bad", "type": "date", "jsonPath": ".spec.cronSpec"},
                {"name": "Missing", "type": "string", "jsonPath": ".spec.nope"},
                {"name": "WrongType", "type": "integer", "jsonPath": ".spec.cronSpec"}]}]}});
        let obj = json!({"apiVersion": "stable.example.com/v1", "kind": "CronTab",
            "metadata": {"name": "my-cron", "creationTimestamp": "2026-11-23T14:00:00Z"},
            "spec": {"cronSpec": "* * * * */5", "replicas": 2.7, "ratio": 0.5, "obj": {"b": 1, "a": "<x>"}},
            "status": {"ready": true}});
        let conv = Convertor::for_crd(&crd, Some(&obj));
        let cols = conv.columns_json();
        assert_eq!(cols.len(), 10);
        assert_eq!(cols[0]["name"], "Name");
        assert_eq!(
            cols[1]["description"],
            "Custom resource definition column (in JSONPath format): .spec.cronSpec"
        );
        assert_eq!(cols[3]["priority"], 1);
        assert_eq!(cols[5]["description"], "custom");
        let row = conv.row(&obj, &ctx());
        assert_eq!(
            row.cells,
            vec![
                json!("my-cron"),
                json!("* * * * */5"),
                json!(2),
                json!(0.5),
                json!(true),
                json!("{\"a\":\"\\u003cx\\u003e\",\"b\":1}"),
                json!("60m"),
                json!("<invalid>"),
                Value::Null,
                Value::Null,
            ]
        );
    }

    #[test]
    fn crd_without_columns_serves_age() {
        let crd = json!({"spec": {"versions": [{"name": "v1", "served": true, "storage": true}]}});
        let conv = Convertor::for_crd(&crd, None);
        let cols = conv.columns_json();
        assert_eq!(cols.len(), 2);
        assert_eq!(cols[1]["name"], "Age");
        assert_eq!(cols[1]["type"], "date");
        let obj = json!({"metadata": {"name": "a", "creationTimestamp": "2026-11-21T15:00:00Z"}});
        assert_eq!(conv.row(&obj, &ctx()).cells, vec![json!("a"), json!("2d")]);
    }
}
