//! Evaluator for parsed kubectl JSONPath templates (client-go `util/jsonpath/jsonpath.go`):
//! walks nodes over decoded JSON and yields result groups; printing lives in `mod.rs`.
//!
//! Values mirror the `reflect.Value`s the Go engine juggles, because its behaviour depends on
//! them: a JSON `null` inside an object is a nil `interface{}` (skipped by most steps, printed as
//! `null`), while the top of an empty `{range}` or a ranged-over `null` is the zero
//! `reflect.Value` (printed as `<no value>`); template literals are Go `int`/`float64`/`bool`/
//! `string`; indexing a string with `*` or `..` yields its bytes (`uint8`).
//!
//! Deliberate difference: Go iterates maps (wildcard, recursive descent) in random order; we use
//! sorted key order (serde_json's `BTreeMap`).

use super::ExecError;
use super::parse::{Filter, Node, Param};
use crate::output::gofmt;
use serde_json::Value;

#[derive(Debug, Clone, Copy)]
pub(crate) enum Val<'a> {
    /// The zero `reflect.Value` (`reflect.ValueOf(nil)`).
    Zero,
    /// An element of the decoded object (`Value::Null` is a nil `interface{}`).
    Json(&'a Value),
    /// A string literal from the template (TextNode).
    Text(&'a str),
    /// Go `int` literal.
    Int(i64),
    /// Go `float64` literal.
    Float(f64),
    Bool(bool),
    /// A byte of a string (`uint8`), from `*`/`..` over strings.
    Byte(u8),
}

/// What a value is, once pointers/interfaces are looked through.
enum Kind<'a> {
    Zero,
    Nil,
    Map(&'a serde_json::Map<String, Value>),
    Slice(&'a [Value]),
    Str(&'a str),
    Int64(i64),
    Float64(f64),
    Bool(bool),
    GoInt(i64),
    Byte(u8),
}

fn kind<'a>(v: &Val<'a>) -> Kind<'a> {
    match *v {
        Val::Zero => Kind::Zero,
        Val::Json(Value::Null) => Kind::Nil,
        Val::Json(Value::Object(m)) => Kind::Map(m),
        Val::Json(Value::Array(a)) => Kind::Slice(a),
        Val::Json(Value::String(s)) => Kind::Str(s),
        Val::Json(Value::Bool(b)) => Kind::Bool(*b),
        Val::Json(Value::Number(n)) => match n.as_i64() {
            Some(i) => Kind::Int64(i),
            // apimachinery decodes non-int64 numbers as float64.
            None => Kind::Float64(n.as_f64().unwrap_or(0.0)),
        },
        Val::Text(s) => Kind::Str(s),
        Val::Int(i) => Kind::GoInt(i),
        Val::Float(f) => Kind::Float64(f),
        Val::Bool(b) => Kind::Bool(b),
        Val::Byte(b) => Kind::Byte(b),
    }
}

/// Go `reflect.Type.String()` of a non-nil value.
fn type_name(k: &Kind<'_>) -> &'static str {
    match k {
        Kind::Zero | Kind::Nil => "interface {}",
        Kind::Map(_) => "map[string]interface {}",
        Kind::Slice(_) => "[]interface {}",
        Kind::Str(_) => "string",
        Kind::Int64(_) => "int64",
        Kind::Float64(_) => "float64",
        Kind::Bool(_) => "bool",
        Kind::GoInt(_) => "int",
        Kind::Byte(_) => "uint8",
    }
}

/// Go `fmt` `%v` of a value (used by `fmt.Fprint` for scalars and in error texts).
pub(crate) fn val_v(v: &Val<'_>) -> String {
    match *v {
        Val::Zero => "<invalid reflect.Value>".to_string(),
        Val::Json(j) => gofmt::value_v(j),
        Val::Text(s) => s.to_string(),
        Val::Int(i) => i.to_string(),
        Val::Float(f) => gofmt::float_v(f),
        Val::Bool(b) => b.to_string(),
        Val::Byte(b) => b.to_string(),
    }
}

/// `reflect.ValueOf(v.Interface())`: what a `{range}` body sees for each element.
fn reinterface(v: Val<'_>) -> Val<'_> {
    match v {
        Val::Json(Value::Null) => Val::Zero,
        other => other,
    }
}

/// Children for `*` and `..`: map values, slice elements, string bytes.
fn children<'a>(v: &Val<'a>, out: &mut Vec<Val<'a>>) {
    match kind(v) {
        Kind::Map(m) => out.extend(m.values().map(Val::Json)),
        Kind::Slice(a) => out.extend(a.iter().map(Val::Json)),
        Kind::Str(s) => out.extend(s.bytes().map(Val::Byte)),
        _ => {}
    }
}

/// Range bookkeeping of Go's `JSONPath` struct (beginRange/inRange/endRange/lastEndNode) and
/// where its (mutated) `parser.Root.Nodes` starts. Go keeps all of this in the printer between
/// objects; see `JsonPath::execute_reused`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Carry {
    /// Go re-slices `parser.Root.Nodes = nodes[i+1:]` when it enters a range body and never
    /// restores it; the root is always a suffix of the parsed nodes, starting here.
    pub(crate) root_start: usize,
    begin_range: usize,
    in_range: usize,
    end_range: usize,
    /// Index into the top-level nodes of the last `{end}` that closed a range body.
    last_end_node: Option<usize>,
}

pub(crate) struct Evaluator<'a> {
    nodes: &'a [Node],
    allow_missing_keys: bool,
    pub(crate) state: Carry,
}

type Results<'a> = Vec<Val<'a>>;

/// A failed step. Go returns a value slice together with the error (usually the step's input,
/// sometimes the results so far); existence filters ignore the error and test that slice.
pub(crate) struct Failed<'a> {
    partial: Results<'a>,
    err: ExecError,
}

type Step<'a> = Result<Results<'a>, Failed<'a>>;

fn fail<'a>(partial: &[Val<'a>], err: ExecError) -> Failed<'a> {
    Failed {
        partial: partial.to_vec(),
        err,
    }
}

impl<'a> Evaluator<'a> {
    pub(crate) fn new(nodes: &'a [Node], allow_missing_keys: bool, state: Carry) -> Self {
        Evaluator {
            nodes,
            allow_missing_keys,
            state,
        }
    }

    /// Go `Execute`'s `FindResults(data)` on the current (possibly re-sliced) root.
    pub(crate) fn run(&mut self, data: Val<'a>) -> Result<Vec<Results<'a>>, ExecError> {
        let start = self.state.root_start.min(self.nodes.len());
        self.find_results(data, start)
    }

    /// Go `FindResults`, with `start` standing for the re-sliced `parser.Root.Nodes`.
    fn find_results(&mut self, data: Val<'a>, start: usize) -> Result<Vec<Results<'a>>, ExecError> {
        let cur = vec![data];
        let nodes = self.nodes;
        let mut full = Vec::new();
        let mut i = start;
        while i < nodes.len() {
            let results = self.walk(&cur, &nodes[i]).map_err(|f| f.err)?;

            // An `{end}` closes the current range body.
            if self.state.end_range > 0 && self.state.end_range <= self.state.in_range {
                self.state.end_range -= 1;
                self.state.last_end_node = Some(i);
                break;
            }
            if self.state.begin_range > 0 {
                self.state.begin_range -= 1;
                self.state.in_range += 1;
                if results.is_empty() {
                    // Still walk the body so nested range/end bookkeeping advances.
                    self.state.root_start = i + 1;
                    self.find_results(Val::Zero, i + 1)?;
                } else {
                    for value in results {
                        self.state.root_start = i + 1;
                        let next = self.find_results(reinterface(value), i + 1)?;
                        full.extend(next);
                    }
                }
                self.state.in_range -= 1;
                // Resume after the most recent `{end}` if it lies ahead (a range without an end
                // leaves the rest to run again at this level, like Go).
                if let Some(k) = self.state.last_end_node
                    && k > i
                {
                    i = k;
                }
                i += 1;
                continue;
            }
            full.push(results);
            i += 1;
        }
        Ok(full)
    }

    fn walk(&mut self, input: &[Val<'a>], node: &'a Node) -> Step<'a> {
        match node {
            Node::List(nodes) => self.eval_list(input, nodes),
            Node::Text(t) => Ok(vec![Val::Text(t)]),
            Node::Field(name) => self.eval_field(input, name),
            Node::Array(params) => eval_array(input, params),
            Node::Filter(f) => self.eval_filter(input, f),
            Node::Int(i) => Ok(vec![Val::Int(*i); input.len()]),
            Node::Float(f) => Ok(vec![Val::Float(*f); input.len()]),
            Node::Bool(b) => Ok(vec![Val::Bool(*b); input.len()]),
            Node::Wildcard => Ok(eval_wildcard(input)),
            Node::Recursive => Ok(eval_recursive(input)),
            Node::Union(lists) => {
                let mut out = Vec::new();
                for list in lists {
                    out.extend(
                        self.eval_list(input, list)
                            .map_err(|f| fail(input, f.err))?,
                    );
                }
                Ok(out)
            }
            Node::Identifier(name) => self.eval_identifier(input, name),
        }
    }

    fn eval_list(&mut self, input: &[Val<'a>], nodes: &'a [Node]) -> Step<'a> {
        let mut cur = input.to_vec();
        for node in nodes {
            cur = self.walk(&cur, node)?;
        }
        Ok(cur)
    }

    fn eval_identifier(&mut self, input: &[Val<'a>], name: &str) -> Step<'a> {
        match name {
            "range" => {
                self.state.begin_range += 1;
                Ok(input.to_vec())
            }
            "end" => {
                if self.state.in_range > 0 {
                    self.state.end_range += 1;
                    Ok(Vec::new())
                } else {
                    Err(fail(&[], ExecError::NotInRange))
                }
            }
            other => Err(fail(
                input,
                ExecError::UnrecognizedIdentifier(other.to_string()),
            )),
        }
    }

    fn eval_field(&self, input: &[Val<'a>], name: &str) -> Step<'a> {
        let mut results = Vec::new();
        if input.is_empty() {
            return Ok(results);
        }
        for v in input {
            if let Kind::Map(m) = kind(v)
                && let Some(found) = m.get(name)
            {
                results.push(Val::Json(found));
            }
        }
        if results.is_empty() && !self.allow_missing_keys {
            return Err(fail(&[], ExecError::NotFound(name.to_string())));
        }
        Ok(results)
    }

    fn eval_filter(&mut self, input: &[Val<'a>], filter: &'a Filter) -> Step<'a> {
        let mut results = Vec::new();
        for v in input {
            let items = match kind(v) {
                Kind::Slice(items) => items,
                Kind::Nil => {
                    return Err(fail(input, ExecError::NotFilterable("<nil>".to_string())));
                }
                _ => return Err(fail(input, ExecError::NotFilterable(val_v(v)))),
            };
            for item in items {
                let temp = [Val::Json(item)];
                let lefts = self.eval_list(&temp, &filter.left);
                if filter.op == "exists" {
                    // Go tests the returned slice before looking at the error.
                    let found = match lefts {
                        Ok(l) => !l.is_empty(),
                        Err(f) if matches!(f.err, ExecError::GoPanic(_)) => return Err(f),
                        Err(f) => !f.partial.is_empty(),
                    };
                    if found {
                        results.push(Val::Json(item));
                    }
                    continue;
                }
                let lefts = lefts.map_err(|f| fail(input, f.err))?;
                let left = match lefts.as_slice() {
                    [] => continue,
                    [one] => *one,
                    _ => return Err(fail(input, ExecError::CompareOneElement)),
                };
                let rights = self
                    .eval_list(&temp, &filter.right)
                    .map_err(|f| fail(input, f.err))?;
                let right = match rights.as_slice() {
                    [] => continue,
                    [one] => *one,
                    _ => return Err(fail(input, ExecError::CompareOneElement)),
                };
                let pass = match filter.op.as_str() {
                    "<" => less(&left, &right),
                    ">" => less_equal(&left, &right).map(|b| !b),
                    "==" => equal(&left, &right),
                    "!=" => equal(&left, &right).map(|b| !b),
                    "<=" => less_equal(&left, &right),
                    ">=" => less(&left, &right).map(|b| !b),
                    other => Err(ExecError::UnrecognizedFilterOperator(other.to_string())),
                };
                match pass {
                    Ok(true) => results.push(Val::Json(item)),
                    Ok(false) => {}
                    Err(err) => {
                        return Err(Failed {
                            partial: results,
                            err,
                        });
                    }
                }
            }
        }
        Ok(results)
    }
}

fn eval_array<'a>(input: &[Val<'a>], params: &[Param; 3]) -> Step<'a> {
    let mut result = Vec::new();
    for v in input {
        let items = match kind(v) {
            Kind::Nil => continue,
            Kind::Slice(items) => items,
            // Go calls Type() on the zero Value here and panics.
            Kind::Zero => {
                return Err(fail(
                    input,
                    ExecError::GoPanic(
                        "reflect: call of reflect.Value.Type on zero Value".to_string(),
                    ),
                ));
            }
            k => {
                return Err(fail(
                    input,
                    ExecError::NotArrayOrSlice(type_name(&k).to_string()),
                ));
            }
        };
        let len = items.len() as i64;
        let mut p = *params;
        if !p[0].known {
            p[0].value = 0;
        }
        if p[0].value < 0 {
            p[0].value += len;
        }
        if !p[1].known {
            p[1].value = len;
        }
        if p[1].value < 0 || (p[1].value == 0 && p[1].derived) {
            p[1].value += len;
        }
        if p[1].value == p[0].value {
            // Zero elements requested: Go returns what it has so far and stops.
            return Ok(result);
        }
        if p[0].value >= len || p[0].value < 0 {
            let err = ExecError::IndexOutOfBounds {
                index: p[0].value,
                length: len,
            };
            return Err(fail(input, err));
        }
        if p[1].value > len || p[1].value < 0 {
            let err = ExecError::IndexOutOfBounds {
                index: p[1].value - 1,
                length: len,
            };
            return Err(fail(input, err));
        }
        if p[0].value > p[1].value {
            let err = ExecError::StartAfterEnd {
                start: p[0].value,
                end: p[1].value,
            };
            return Err(fail(input, err));
        }
        let slice = &items[p[0].value as usize..p[1].value as usize];
        let step = if p[2].known {
            if p[2].value <= 0 {
                return Err(fail(input, ExecError::StepNotPositive));
            }
            p[2].value as usize
        } else {
            1
        };
        result.extend(slice.iter().step_by(step).map(Val::Json));
    }
    Ok(result)
}

fn eval_wildcard<'a>(input: &[Val<'a>]) -> Results<'a> {
    let mut results = Vec::new();
    for v in input {
        children(v, &mut results);
    }
    results
}

fn eval_recursive<'a>(input: &[Val<'a>]) -> Results<'a> {
    let mut result = Vec::new();
    for v in input {
        let mut kids = Vec::new();
        children(v, &mut kids);
        if !kids.is_empty() {
            result.push(*v);
            result.extend(eval_recursive(&kids));
        }
    }
    result
}

/// Operand classes of Go text/template's `basicKind`.
#[derive(Clone, Copy)]
enum Basic<'a> {
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    Str(&'a str),
}

fn basic<'a>(v: &Val<'a>) -> Result<Basic<'a>, ExecError> {
    match kind(v) {
        Kind::Bool(b) => Ok(Basic::Bool(b)),
        Kind::Int64(i) | Kind::GoInt(i) => Ok(Basic::Int(i)),
        Kind::Byte(b) => Ok(Basic::Uint(u64::from(b))),
        Kind::Float64(f) => Ok(Basic::Float(f)),
        Kind::Str(s) => Ok(Basic::Str(s)),
        Kind::Zero | Kind::Nil | Kind::Map(_) | Kind::Slice(_) => {
            Err(ExecError::InvalidComparisonType)
        }
    }
}

/// text/template `eq` with one argument.
fn equal(a: &Val<'_>, b: &Val<'_>) -> Result<bool, ExecError> {
    let a = basic(a)?;
    let b = basic(b)?;
    Ok(match (a, b) {
        (Basic::Bool(x), Basic::Bool(y)) => x == y,
        (Basic::Int(x), Basic::Int(y)) => x == y,
        (Basic::Uint(x), Basic::Uint(y)) => x == y,
        (Basic::Float(x), Basic::Float(y)) => x == y,
        (Basic::Str(x), Basic::Str(y)) => x == y,
        (Basic::Int(x), Basic::Uint(y)) | (Basic::Uint(y), Basic::Int(x)) => {
            x >= 0 && x as u64 == y
        }
        _ => return Err(ExecError::IncompatibleComparison),
    })
}

/// text/template `lt`.
fn less(a: &Val<'_>, b: &Val<'_>) -> Result<bool, ExecError> {
    let a = basic(a)?;
    let b = basic(b)?;
    Ok(match (a, b) {
        (Basic::Int(x), Basic::Int(y)) => x < y,
        (Basic::Uint(x), Basic::Uint(y)) => x < y,
        (Basic::Float(x), Basic::Float(y)) => x < y,
        (Basic::Str(x), Basic::Str(y)) => x < y,
        (Basic::Bool(_), Basic::Bool(_)) => return Err(ExecError::InvalidComparisonType),
        (Basic::Int(x), Basic::Uint(y)) => x < 0 || (x as u64) < y,
        (Basic::Uint(x), Basic::Int(y)) => y >= 0 && x < y as u64,
        _ => return Err(ExecError::IncompatibleComparison),
    })
}

/// text/template `le`: `lt` or `eq`.
fn less_equal(a: &Val<'_>, b: &Val<'_>) -> Result<bool, ExecError> {
    if less(a, b)? {
        return Ok(true);
    }
    equal(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn comparisons_follow_text_template() {
        let int = json!(7);
        let float = json!(2.5);
        let s = json!("b");
        let map = json!({});
        let null = Value::Null;
        type Cmp = fn(&Val<'_>, &Val<'_>) -> Result<bool, ExecError>;
        let cases: Vec<(Cmp, Val<'_>, Val<'_>, Result<bool, &str>)> = vec![
            (equal, Val::Json(&int), Val::Int(7), Ok(true)),
            (equal, Val::Json(&int), Val::Byte(7), Ok(true)),
            (less, Val::Int(-1), Val::Byte(0), Ok(true)),
            (
                equal,
                Val::Json(&int),
                Val::Float(7.0),
                Err("incompatible types for comparison"),
            ),
            (less, Val::Json(&float), Val::Float(3.0), Ok(true)),
            (less, Val::Json(&s), Val::Text("a"), Ok(false)),
            (less_equal, Val::Json(&s), Val::Text("b"), Ok(true)),
            (equal, Val::Bool(true), Val::Bool(true), Ok(true)),
            (
                less,
                Val::Bool(true),
                Val::Bool(false),
                Err("invalid type for comparison"),
            ),
            (
                equal,
                Val::Json(&map),
                Val::Int(1),
                Err("invalid type for comparison"),
            ),
            (
                equal,
                Val::Json(&null),
                Val::Int(1),
                Err("invalid type for comparison"),
            ),
            (
                equal,
                Val::Int(1),
                Val::Json(&null),
                Err("invalid type for comparison"),
            ),
            (
                equal,
                Val::Json(&s),
                Val::Int(1),
                Err("incompatible types for comparison"),
            ),
        ];
        for (i, (f, a, b, want)) in cases.into_iter().enumerate() {
            let got = f(&a, &b).map_err(|e| e.to_string());
            assert_eq!(
                got,
                want.map_err(str::to_string),
                "case {i}: {a:?} vs {b:?}"
            );
        }
    }

    #[test]
    fn slices_follow_kubectl_bounds() {
        let arr = json!([0, 1, 2, 3]);
        let p = |value, known, derived| Param {
            value,
            known,
            derived,
        };
        let u = p(0, false, false);
        type Case = ([Param; 3], Result<Vec<i64>, &'static str>);
        let cases: Vec<Case> = vec![
            ([p(1, true, false), p(2, true, true), u], Ok(vec![1])),
            ([p(-1, true, false), p(0, true, true), u], Ok(vec![3])),
            ([u, u, p(2, true, false)], Ok(vec![0, 2])),
            ([p(1, true, false), u, u], Ok(vec![1, 2, 3])),
            ([p(2, true, false), p(2, true, false), u], Ok(vec![])),
            (
                [p(4, true, false), p(5, true, true), u],
                Err("array index out of bounds: index 4, length 4"),
            ),
            (
                [p(0, true, false), p(9, true, false), u],
                Err("array index out of bounds: index 8, length 4"),
            ),
            (
                [p(3, true, false), p(1, true, false), u],
                Err("starting index 3 is greater than ending index 1"),
            ),
            ([u, u, p(-1, true, false)], Err("step must be > 0")),
        ];
        for (params, want) in cases {
            let got = eval_array(&[Val::Json(&arr)], &params)
                .map(|r| {
                    r.iter()
                        .map(|v| match v {
                            Val::Json(j) => j.as_i64().unwrap_or(-99),
                            _ => -100,
                        })
                        .collect::<Vec<_>>()
                })
                .map_err(|f| f.err.to_string());
            assert_eq!(got, want.map_err(str::to_string), "{params:?}");
        }
    }
}
