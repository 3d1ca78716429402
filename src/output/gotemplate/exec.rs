//! Executes parsed template trees over a JSON object with Go `text/template` semantics
//! (Go's `text/template/exec.go` and `funcs.go`, plus kubectl's `exists` and `base64decode` from
//! cli-runtime `pkg/printers/template.go`). Writes to the given writer as it goes, like Go.

use super::gofmt;
use super::parse::{Arg, Cmd, Control, MAIN, Node, Number, Pipe, Trees};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::fmt;
use std::io;

/// Go integer types a template value can have: template constants and `len` are `int`,
/// JSON integers are `int64` (apimachinery's json keeps them so), string bytes are `uint8`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum IntTy {
    Int,
    Int64,
    Uint8,
}

/// A template value; `Invalid` is Go's zero `reflect.Value` (printed `<no value>`), `Null` a nil
/// `interface{}` (JSON null inside a map or slice).
#[derive(Debug, Clone)]
pub(crate) enum V<'a> {
    Invalid,
    Null,
    Bool(bool),
    Int(i64, IntTy),
    Float(f64),
    Str(Cow<'a, str>),
    /// A Go string that is not UTF-8 (only `base64decode` makes one). Printed by an action it
    /// is written byte for byte; everywhere else it is read lossily.
    Bytes(Vec<u8>),
    List(&'a [Value]),
    Map(&'a Map<String, Value>),
}

impl<'a> V<'a> {
    pub(crate) fn from_json(v: &'a Value) -> V<'a> {
        match v {
            Value::Null => V::Null,
            Value::Bool(b) => V::Bool(*b),
            // kubectl hands the template `json.Marshal` + apimachinery `json.Unmarshal` of the
            // object: a float that prints without fraction or exponent (`2.0` → `2`, `1e6` →
            // `1000000`) comes back as int64; `1e+21` and `0.5` stay float64.
            Value::Number(n) => match (n.as_i64(), n.as_f64()) {
                (Some(i), _) => V::Int(i, IntTy::Int64),
                (None, Some(f))
                    if f.fract() == 0.0
                        && (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) =>
                {
                    V::Int(f as i64, IntTy::Int64)
                }
                (None, f) => V::Float(f.unwrap_or(0.0)),
            },
            Value::String(s) => V::Str(Cow::Borrowed(s)),
            Value::Array(a) => V::List(a),
            Value::Object(m) => V::Map(m),
        }
    }
}

/// A value plus whether its static Go type is `interface{}` (map and slice elements are), which
/// decides texts like "can't evaluate field x in type interface {}".
#[derive(Debug, Clone)]
pub(crate) struct Val<'a> {
    pub v: V<'a>,
    pub iface: bool,
}

impl<'a> Val<'a> {
    fn concrete(v: V<'a>) -> Self {
        Val { v, iface: false }
    }
    fn elem(v: &'a Value) -> Self {
        Val {
            v: V::from_json(v),
            iface: true,
        }
    }
    fn invalid() -> Self {
        Val::concrete(V::Invalid)
    }
    /// Go's `indirectInterface`: a nil interface becomes the invalid value.
    fn unwrap_iface(self) -> Self {
        match self.v {
            V::Null => Val::invalid(),
            v => Val::concrete(v),
        }
    }
}

/// An execution failure, with Go's message shape.
#[derive(Debug)]
pub(crate) enum ExecFailure {
    /// `template: <loc>: executing "<name>" at <<ctx>>: <msg>`
    At {
        location: String,
        name: String,
        context: String,
        message: String,
    },
    /// `template: <name>: <msg>` (no node known)
    NoNode {
        name: String,
        message: String,
    },
    Write(io::Error),
}

impl fmt::Display for ExecFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExecFailure::At {
                location,
                name,
                context,
                message,
            } => write!(
                f,
                "template: {location}: executing {} at <{context}>: {message}",
                gofmt::quote(name)
            ),
            ExecFailure::NoNode { name, message } => write!(f, "template: {name}: {message}"),
            ExecFailure::Write(e) => write!(f, "{e}"),
        }
    }
}

enum Flow {
    Fail(Box<ExecFailure>),
    Break,
    Continue,
}

impl From<Box<ExecFailure>> for Flow {
    fn from(e: Box<ExecFailure>) -> Self {
        Flow::Fail(e)
    }
}

/// Boxed so the deep walk/eval recursion keeps small stack frames.
type R<T> = Result<T, Box<ExecFailure>>;

/// The node errors are reported at (Go's `state.at`).
#[derive(Clone, Copy)]
enum At<'t> {
    Arg(&'t Arg),
    Cmd(&'t Cmd),
    Pipe(&'t Pipe),
    Template(usize, &'t str, Option<&'t Pipe>),
}

impl At<'_> {
    fn pos(&self) -> usize {
        match self {
            At::Arg(a) => a.pos(),
            At::Cmd(c) => c.pos,
            At::Pipe(p) => p.pos,
            At::Template(pos, ..) => *pos,
        }
    }
    fn text(&self) -> String {
        match self {
            At::Arg(a) => a.to_string(),
            At::Cmd(c) => c.to_string(),
            At::Pipe(p) => p.to_string(),
            At::Template(_, name, None) => format!("{{{{template {}}}}}", gofmt::quote(name)),
            At::Template(_, name, Some(p)) => {
                format!("{{{{template {} {p}}}}}", gofmt::quote(name))
            }
        }
    }
}

/// Parameter kinds of the builtin functions (the Go parameter types that matter).
#[derive(Clone, Copy, PartialEq)]
enum Param {
    /// `reflect.Value`
    Rv,
    /// `any`
    Any,
    /// `string`
    Str,
}

/// (fixed params, variadic element type)
fn signature(name: &str) -> (&'static [Param], Option<Param>) {
    use Param::*;
    match name {
        "and" | "or" | "call" | "index" | "slice" | "eq" => (&[Rv], Some(Rv)),
        "not" | "len" => (&[Rv], None),
        "lt" | "le" | "gt" | "ge" | "ne" => (&[Rv, Rv], None),
        "printf" => (&[Str], Some(Any)),
        "exists" => (&[Any], Some(Any)),
        "base64decode" => (&[Str], None),
        // html, js, urlquery, print, println
        _ => (&[], Some(Any)),
    }
}

pub(crate) struct Exec<'t, 'a, W: io::Write> {
    trees: &'t Trees,
    out: &'t mut W,
    missing_error: bool,
    vars: Vec<(String, Val<'a>)>,
    at: Option<At<'t>>,
    name: String,
    depth: usize,
}

/// Go stops `{{template}}` recursion at depth 100000 (exec.go `maxExecDepth`) on a growable
/// stack. Our walk recurses on the native stack, so we stop much earlier but report Go's text.
const MAX_DEPTH: usize = 100;
const GO_MAX_DEPTH: usize = 100_000;

pub(crate) fn execute<W: io::Write>(
    trees: &Trees,
    out: &mut W,
    data: &Value,
    missing_error: bool,
) -> Result<(), ExecFailure> {
    let root = Val::concrete(V::from_json(data));
    let mut ex = Exec {
        trees,
        out,
        missing_error,
        vars: vec![("$".into(), root.clone())],
        at: None,
        name: MAIN.into(),
        depth: 0,
    };
    let Some(list) = trees.trees.get(MAIN) else {
        return Err(ExecFailure::NoNode {
            name: MAIN.into(),
            message: format!("{} is an incomplete or empty template", gofmt::quote(MAIN)),
        });
    };
    match ex.walk_list(&root, list) {
        Ok(()) => Ok(()),
        Err(Flow::Fail(e)) => Err(*e),
        // The parser rejects break/continue outside range.
        Err(Flow::Break | Flow::Continue) => Ok(()),
    }
}

impl<'t, 'a, W: io::Write> Exec<'t, 'a, W>
where
    't: 'a,
{
    fn set_at(&mut self, at: At<'t>) {
        self.at = Some(at);
    }

    fn errorf<T>(&self, message: String) -> R<T> {
        let Some(at) = self.at else {
            return Err(Box::new(ExecFailure::NoNode {
                name: self.name.clone(),
                message,
            }));
        };
        let pos = at.pos().min(self.trees.source.len());
        let text = &self.trees.source[..pos];
        let col = match text.rfind('\n') {
            None => pos,
            Some(i) => pos - (i + 1),
        };
        let line = 1 + text.matches('\n').count();
        Err(Box::new(ExecFailure::At {
            location: format!("{MAIN}:{line}:{col}"),
            name: self.name.clone(),
            context: at.text(),
            message,
        }))
    }

    fn write(&mut self, s: &str) -> R<()> {
        self.out
            .write_all(s.as_bytes())
            .map_err(|e| Box::new(ExecFailure::Write(e)))
    }

    fn walk_list(&mut self, dot: &Val<'a>, list: &'t [Node]) -> Result<(), Flow> {
        for n in list {
            self.walk(dot, n)?;
        }
        Ok(())
    }

    fn walk(&mut self, dot: &Val<'a>, node: &'t Node) -> Result<(), Flow> {
        match node {
            Node::Text(t) => self.write(t)?,
            Node::Action(pipe) => {
                // Declarations in a plain action live until the enclosing block ends.
                let val = self.eval_pipeline(dot, pipe)?;
                if pipe.decl.is_empty() {
                    if let V::Bytes(b) = &val.v {
                        self.out
                            .write_all(b)
                            .map_err(|e| Box::new(ExecFailure::Write(e)))?;
                    } else {
                        self.write(&gofmt::v(&val.v))?;
                    }
                }
            }
            Node::If(c) => self.walk_if_with(dot, c, false)?,
            Node::With(c) => self.walk_if_with(dot, c, true)?,
            Node::Range(c) => self.walk_range(dot, c)?,
            Node::Template { pos, name, pipe } => {
                self.set_at(At::Template(*pos, name, pipe.as_ref()));
                let Some(list) = self.trees.trees.get(name) else {
                    return Err(self
                        .errorf::<()>(format!("template {} not defined", gofmt::quote(name)))
                        .unwrap_err()
                        .into());
                };
                if self.depth >= MAX_DEPTH {
                    return Err(self
                        .errorf::<()>(format!("exceeded maximum template depth ({GO_MAX_DEPTH})"))
                        .unwrap_err()
                        .into());
                }
                let new_dot = match pipe {
                    Some(p) => self.eval_pipeline(dot, p)?,
                    None => Val::invalid(),
                };
                let saved_vars =
                    std::mem::replace(&mut self.vars, vec![("$".into(), new_dot.clone())]);
                let saved_name = std::mem::replace(&mut self.name, name.clone());
                self.depth += 1;
                let r = self.walk_list(&new_dot, list);
                self.depth -= 1;
                self.vars = saved_vars;
                self.name = saved_name;
                r?;
            }
            Node::Break => return Err(Flow::Break),
            Node::Continue => return Err(Flow::Continue),
        }
        Ok(())
    }

    fn walk_if_with(&mut self, dot: &Val<'a>, c: &'t Control, with: bool) -> Result<(), Flow> {
        let mark = self.vars.len();
        let val = self.eval_pipeline(dot, &c.pipe)?;
        let r = if truth(&val.clone().unwrap_iface()) {
            if with {
                self.walk_list(&val, &c.list)
            } else {
                self.walk_list(dot, &c.list)
            }
        } else if let Some(e) = &c.else_list {
            self.walk_list(dot, e)
        } else {
            Ok(())
        };
        self.vars.truncate(mark);
        r
    }

    fn walk_range(&mut self, dot: &Val<'a>, c: &'t Control) -> Result<(), Flow> {
        let mark0 = self.vars.len();
        let val = self.eval_pipeline(dot, &c.pipe)?.unwrap_iface();
        let mark = self.vars.len();
        let items: Vec<(Val<'a>, Val<'a>)> = match &val.v {
            V::List(l) => l
                .iter()
                .enumerate()
                .map(|(i, e)| (Val::concrete(V::Int(i as i64, IntTy::Int)), Val::elem(e)))
                .collect(),
            V::Map(m) => m
                .iter()
                .map(|(k, e)| {
                    (
                        Val::concrete(V::Str(Cow::Borrowed(k.as_str()))),
                        Val::elem(e),
                    )
                })
                .collect(),
            V::Invalid => Vec::new(),
            other => {
                let msg = format!("range can't iterate over {}", gofmt::v(other));
                self.vars.truncate(mark0);
                return Err(self.errorf::<()>(msg).unwrap_err().into());
            }
        };
        let mut result = Ok(());
        if items.is_empty() {
            if let Some(e) = &c.else_list {
                result = self.walk_list(dot, e);
            }
            self.vars.truncate(mark0);
            return result;
        }
        for (index, elem) in items {
            let decl = &c.pipe.decl;
            if !decl.is_empty() {
                if c.pipe.is_assign {
                    if decl.len() > 1 {
                        self.set_var(&decl[0], index.clone());
                        self.set_var(&decl[1], elem.clone());
                    } else {
                        self.set_var(&decl[0], elem.clone());
                    }
                } else {
                    // Go's setTopVar(1, elem) / setTopVar(2, index).
                    self.vars[mark - 1].1 = elem.clone();
                    if decl.len() > 1 && mark >= 2 {
                        self.vars[mark - 2].1 = index.clone();
                    }
                }
            }
            let r = self.walk_list(&elem, &c.list);
            self.vars.truncate(mark);
            match r {
                Ok(()) | Err(Flow::Continue) => {}
                Err(Flow::Break) => break,
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.vars.truncate(mark0);
        result
    }

    fn set_var(&mut self, name: &str, v: Val<'a>) {
        if let Some(slot) = self.vars.iter_mut().rev().find(|(n, _)| n == name) {
            slot.1 = v;
        }
    }

    fn var(&self, name: &str) -> R<Val<'a>> {
        match self.vars.iter().rev().find(|(n, _)| n == name) {
            Some((_, v)) => Ok(v.clone()),
            None => self.errorf(format!("undefined variable: {name}")),
        }
    }

    fn eval_pipeline(&mut self, dot: &Val<'a>, pipe: &'t Pipe) -> R<Val<'a>> {
        self.set_at(At::Pipe(pipe));
        let mut value: Option<Val<'a>> = None;
        for cmd in &pipe.cmds {
            let v = self.eval_command(dot, cmd, value.take())?;
            // Go digs a value of type interface{} down to its content (a nil one becomes invalid).
            value = Some(if v.iface { v.unwrap_iface() } else { v });
        }
        let value = value.unwrap_or_else(Val::invalid);
        for d in &pipe.decl {
            if pipe.is_assign {
                self.set_var(d, value.clone());
            } else {
                self.vars.push((d.clone(), value.clone()));
            }
        }
        Ok(value)
    }

    fn not_a_function(&self, args: &[Arg], final_: &Option<Val<'a>>) -> R<()> {
        if args.len() > 1 || final_.is_some() {
            return self.errorf(format!("can't give argument to non-function {}", args[0]));
        }
        Ok(())
    }

    fn eval_command(&mut self, dot: &Val<'a>, cmd: &'t Cmd, final_: Option<Val<'a>>) -> R<Val<'a>> {
        let first = &cmd.args[0];
        match first {
            Arg::Field { idents, .. } => {
                self.set_at(At::Arg(first));
                return self.eval_field_chain(dot, dot.clone(), idents, &cmd.args, final_);
            }
            Arg::Chain { .. } => return self.eval_chain(dot, first, &cmd.args, final_),
            Arg::Ident { name, .. } => {
                self.set_at(At::Arg(first));
                return self.eval_call(dot, name, At::Cmd(cmd), &cmd.args[1..], final_);
            }
            Arg::Pipe(p) => {
                self.not_a_function(&cmd.args, &final_)?;
                return self.eval_pipeline(dot, p);
            }
            Arg::Variable { .. } => return self.eval_variable(dot, first, &cmd.args, final_),
            _ => {}
        }
        self.set_at(At::Arg(first));
        self.not_a_function(&cmd.args, &final_)?;
        Ok(match first {
            Arg::Bool(_, b) => Val::concrete(V::Bool(*b)),
            Arg::Dot(_) => dot.clone(),
            Arg::Nil(_) => return self.errorf("nil is not a command".into()),
            Arg::Number { value, text, .. } => match ideal(*value) {
                Some(v) => Val::concrete(v),
                None => return self.errorf(format!("{text} overflows int")),
            },
            Arg::Str { text, .. } => Val::concrete(V::Str(Cow::Owned(text.clone()))),
            other => {
                return self.errorf(format!(
                    "can't evaluate command {}",
                    gofmt::quote(&other.to_string())
                ));
            }
        })
    }

    fn eval_chain(
        &mut self,
        dot: &Val<'a>,
        chain: &'t Arg,
        args: &'t [Arg],
        final_: Option<Val<'a>>,
    ) -> R<Val<'a>> {
        let Arg::Chain { node, fields, .. } = chain else {
            return self.errorf("internal error: not a chain".into());
        };
        self.set_at(At::Arg(chain));
        if matches!(**node, Arg::Nil(_)) {
            return self.errorf(format!("indirection through explicit nil in {chain}"));
        }
        let recv = self.eval_arg(dot, None, node)?;
        self.eval_field_chain(dot, recv, fields, args, final_)
    }

    fn eval_variable(
        &mut self,
        dot: &Val<'a>,
        var: &'t Arg,
        args: &'t [Arg],
        final_: Option<Val<'a>>,
    ) -> R<Val<'a>> {
        let Arg::Variable { idents, .. } = var else {
            return self.errorf("internal error: not a variable".into());
        };
        self.set_at(At::Arg(var));
        let value = self.var(&idents[0])?;
        if idents.len() == 1 {
            self.not_a_function(args, &final_)?;
            return Ok(value);
        }
        self.eval_field_chain(dot, value, &idents[1..], args, final_)
    }

    fn eval_field_chain(
        &mut self,
        _dot: &Val<'a>,
        mut recv: Val<'a>,
        idents: &[String],
        args: &[Arg],
        final_: Option<Val<'a>>,
    ) -> R<Val<'a>> {
        let n = idents.len();
        for ident in &idents[..n - 1] {
            recv = self.eval_field(ident, &[], &None, recv)?;
        }
        self.eval_field(&idents[n - 1], args, &final_, recv)
    }

    fn eval_field(
        &mut self,
        name: &str,
        args: &[Arg],
        final_: &Option<Val<'a>>,
        recv: Val<'a>,
    ) -> R<Val<'a>> {
        if matches!(recv.v, V::Invalid) {
            if self.missing_error {
                return self.errorf(format!("nil data; no entry for key {}", gofmt::quote(name)));
            }
            return Ok(Val::invalid());
        }
        let typ = gofmt::type_name(&recv);
        if recv.iface && matches!(recv.v, V::Null) {
            return self.errorf(format!("nil pointer evaluating interface {{}}.{name}"));
        }
        let has_args = args.len() > 1 || final_.is_some();
        if let V::Map(m) = recv.v {
            if has_args {
                return self.errorf(format!("{name} is not a method but has arguments"));
            }
            return match m.get(name) {
                Some(v) => Ok(Val::elem(v)),
                None if self.missing_error => {
                    self.errorf(format!("map has no entry for key {}", gofmt::quote(name)))
                }
                None => Ok(Val::invalid()),
            };
        }
        self.errorf(format!("can't evaluate field {name} in type {typ}"))
    }

    /// Go's `evalArg`; `ty == None` is an untyped (nil `reflect.Type`) argument.
    fn eval_arg(&mut self, dot: &Val<'a>, ty: Option<Param>, n: &'t Arg) -> R<Val<'a>> {
        self.set_at(At::Arg(n));
        let v = match n {
            Arg::Dot(_) => dot.clone(),
            Arg::Nil(_) => {
                return match ty {
                    // A reflect.Value parameter takes nil as the zero Value.
                    Some(Param::Any | Param::Rv) | None => Ok(Val::invalid()),
                    Some(Param::Str) => self.errorf("cannot assign nil to string".into()),
                };
            }
            Arg::Field { idents, .. } => {
                let args = std::slice::from_ref(n);
                self.eval_field_chain(dot, dot.clone(), idents, args, None)?
            }
            Arg::Variable { .. } => self.eval_variable(dot, n, &[], None)?,
            Arg::Pipe(p) => self.eval_pipeline(dot, p)?,
            Arg::Ident { name, .. } => {
                self.set_at(At::Arg(n));
                self.eval_call(dot, name, At::Arg(n), &[], None)?
            }
            Arg::Chain { .. } => self.eval_chain(dot, n, &[], None)?,
            _ => {
                return match ty {
                    Some(Param::Str) => match n {
                        Arg::Str { text, .. } => {
                            Ok(Val::concrete(V::Str(Cow::Owned(text.clone()))))
                        }
                        _ => self.errorf(format!("expected string; found {n}")),
                    },
                    _ => Ok(Val::concrete(match n {
                        Arg::Bool(_, b) => V::Bool(*b),
                        Arg::Number { value, text, .. } => match ideal(*value) {
                            Some(v) => v,
                            None => return self.errorf(format!("{text} overflows int")),
                        },
                        Arg::Str { text, .. } => V::Str(Cow::Owned(text.clone())),
                        _ => V::Invalid,
                    })),
                };
            }
        };
        self.validate(v, ty)
    }

    /// Go's `validateType` for the three parameter kinds.
    fn validate(&self, v: Val<'a>, ty: Option<Param>) -> R<Val<'a>> {
        match ty {
            None | Some(Param::Any) | Some(Param::Rv) => Ok(v),
            Some(Param::Str) => match &v.v {
                V::Invalid => self.errorf("invalid value; expected string".into()),
                V::Str(_) => Ok(Val::concrete(v.v)),
                V::Bytes(b) => Ok(Val::concrete(V::Str(Cow::Owned(
                    String::from_utf8_lossy(b).into_owned(),
                )))),
                _ => self.errorf(format!(
                    "wrong type for value; expected string; got {}",
                    if matches!(v.v, V::Null) {
                        "interface {}"
                    } else {
                        gofmt::concrete_type_name(&v.v)
                    }
                )),
            },
        }
    }

    fn eval_call(
        &mut self,
        dot: &Val<'a>,
        name: &str,
        node: At<'t>,
        args: &'t [Arg],
        final_: Option<Val<'a>>,
    ) -> R<Val<'a>> {
        let (fixed, variadic) = signature(name);
        let num_in = args.len() + usize::from(final_.is_some());
        match variadic {
            Some(_) if num_in < fixed.len() => {
                return self.errorf(format!(
                    "wrong number of args for {name}: want at least {} got {}",
                    fixed.len(),
                    args.len()
                ));
            }
            None if num_in != fixed.len() => {
                return self.errorf(format!(
                    "wrong number of args for {name}: want {} got {num_in}",
                    fixed.len()
                ));
            }
            _ => {}
        }
        if name == "and" || name == "or" {
            let mut v = Val::invalid();
            for a in args {
                v = self.eval_arg(dot, Some(Param::Rv), a)?;
                if truth(&v.clone().unwrap_iface()) == (name == "or") {
                    return Ok(v);
                }
            }
            if let Some(f) = final_ {
                v = f;
            }
            return Ok(v);
        }
        let mut argv = Vec::with_capacity(num_in);
        for (i, a) in args.iter().enumerate() {
            let ty = fixed.get(i).copied().or(variadic);
            argv.push(self.eval_arg(dot, ty, a)?);
        }
        if let Some(f) = final_ {
            let ty = variadic.or(fixed.last().copied());
            argv.push(self.validate(f, ty)?);
        }
        let first_name = args.first().map(|a| a.to_string()).unwrap_or_default();
        match call_builtin(name, &argv, &first_name) {
            Ok(v) => Ok(v),
            Err(msg) => {
                self.set_at(node);
                self.errorf(format!("error calling {name}: {msg}"))
            }
        }
    }
}

/// Go's `idealConstant`; `None` for a constant that overflows int.
fn ideal(n: Number) -> Option<V<'static>> {
    match n {
        Number::Int(i) => Some(V::Int(i, IntTy::Int)),
        Number::Float(f) => Some(V::Float(f)),
        Number::Overflow => None,
    }
}

/// Go's `isTrue` (ignoring the "not ok" case, which JSON data never reaches).
pub(crate) fn truth(v: &Val<'_>) -> bool {
    match &v.v {
        V::Invalid | V::Null => false,
        V::Bool(b) => *b,
        V::Int(i, _) => *i != 0,
        V::Float(f) => *f != 0.0,
        V::Str(s) => !s.is_empty(),
        V::Bytes(b) => !b.is_empty(),
        V::List(l) => !l.is_empty(),
        V::Map(m) => !m.is_empty(),
    }
}

#[derive(PartialEq, Clone, Copy, Debug)]
enum BasicKind {
    Invalid,
    Bool,
    Int,
    Float,
    Str,
}

fn basic_kind(v: &V<'_>) -> Result<BasicKind, String> {
    Ok(match v {
        V::Bool(_) => BasicKind::Bool,
        V::Int(..) => BasicKind::Int,
        V::Float(_) => BasicKind::Float,
        V::Str(_) => BasicKind::Str,
        _ => return Err("invalid type for comparison".into()),
    })
}

fn kind_of(v: &V<'_>) -> BasicKind {
    basic_kind(v).unwrap_or(BasicKind::Invalid)
}

fn eq(a: &Val<'_>, rest: &[Val<'_>]) -> Result<bool, String> {
    let a = a.clone().unwrap_iface();
    if rest.is_empty() {
        return Err("missing argument for comparison".into());
    }
    let k1 = kind_of(&a.v);
    for b in rest {
        let b = b.clone().unwrap_iface();
        let k2 = kind_of(&b.v);
        let t = if k1 != k2 {
            if !matches!(a.v, V::Invalid) && !matches!(b.v, V::Invalid) {
                return Err("incompatible types for comparison".into());
            }
            false
        } else {
            match (&a.v, &b.v) {
                (V::Bool(x), V::Bool(y)) => x == y,
                (V::Int(x, _), V::Int(y, _)) => x == y,
                (V::Float(x), V::Float(y)) => x == y,
                (V::Str(x), V::Str(y)) => x == y,
                (V::Invalid, V::Invalid) => true,
                (V::Invalid, _) | (_, V::Invalid) => false,
                (x, y) => {
                    let (tx, ty) = (gofmt::concrete_type_name(x), gofmt::concrete_type_name(y));
                    if tx != ty {
                        return Err(format!(
                            "non-comparable types {}: {tx}, {ty}: {}",
                            gofmt::sprintf("%s", std::slice::from_ref(x)),
                            gofmt::v(y)
                        ));
                    }
                    return Err(format!(
                        "non-comparable type {}: {ty}",
                        gofmt::sprintf("%s", std::slice::from_ref(y))
                    ));
                }
            }
        };
        if t {
            return Ok(true);
        }
    }
    Ok(false)
}

fn lt(a: &Val<'_>, b: &Val<'_>) -> Result<bool, String> {
    let a = a.clone().unwrap_iface();
    let k1 = basic_kind(&a.v)?;
    let b = b.clone().unwrap_iface();
    let k2 = basic_kind(&b.v)?;
    if k1 != k2 {
        return Err("incompatible types for comparison".into());
    }
    Ok(match (&a.v, &b.v) {
        (V::Int(x, _), V::Int(y, _)) => x < y,
        (V::Float(x), V::Float(y)) => x < y,
        (V::Str(x), V::Str(y)) => x < y,
        _ => return Err("invalid type for comparison".into()),
    })
}

fn index_arg(i: &Val<'_>, cap: usize) -> Result<usize, String> {
    match &i.v {
        V::Int(x, _) => {
            if *x < 0 || *x as u64 > cap as u64 {
                return Err(format!("index out of range: {x}"));
            }
            Ok(*x as usize)
        }
        V::Invalid | V::Null => Err("cannot index slice/array with nil".into()),
        other => Err(format!(
            "cannot index slice/array with type {}",
            gofmt::concrete_type_name(other)
        )),
    }
}

fn index<'a>(item: &Val<'a>, idxs: &[Val<'a>]) -> Result<Val<'a>, String> {
    let mut item = item.clone().unwrap_iface();
    if matches!(item.v, V::Invalid) {
        return Err("index of untyped nil".into());
    }
    for idx in idxs {
        let idx = idx.clone().unwrap_iface();
        if matches!(item.v, V::Null) {
            return Err("index of nil pointer".into());
        }
        item = match &item.v {
            V::List(l) => {
                let x = index_arg(&idx, l.len())?;
                match l.get(x) {
                    Some(e) => Val::elem(e),
                    None => return Err("reflect: slice index out of range".into()),
                }
            }
            V::Str(s) => {
                let x = index_arg(&idx, s.len())?;
                match s.as_bytes().get(x) {
                    Some(b) => Val::concrete(V::Int(i64::from(*b), IntTy::Uint8)),
                    None => return Err("reflect: string index out of range".into()),
                }
            }
            V::Map(m) => match &idx.v {
                V::Str(k) => match m.get(k.as_ref()) {
                    Some(e) => Val::elem(e),
                    None => Val {
                        v: V::Null,
                        iface: true,
                    },
                },
                V::Invalid => Val {
                    v: V::Null,
                    iface: true,
                },
                other => {
                    return Err(format!(
                        "value has type {}; should be string",
                        gofmt::concrete_type_name(other)
                    ));
                }
            },
            other => {
                return Err(format!(
                    "can't index item of type {}",
                    gofmt::concrete_type_name(other)
                ));
            }
        };
    }
    Ok(item)
}

fn slice<'a>(item: &Val<'a>, idxs: &[Val<'a>]) -> Result<Val<'a>, String> {
    let item = item.clone().unwrap_iface();
    if matches!(item.v, V::Invalid) {
        return Err("slice of untyped nil".into());
    }
    if idxs.len() > 3 {
        return Err(format!("too many slice indexes: {}", idxs.len()));
    }
    let len = match &item.v {
        V::Str(s) => {
            if idxs.len() == 3 {
                return Err("cannot 3-index slice a string".into());
            }
            s.len()
        }
        V::List(l) => l.len(),
        other => {
            return Err(format!(
                "can't slice item of type {}",
                gofmt::concrete_type_name(other)
            ));
        }
    };
    let mut idx = [0, len, len];
    for (i, x) in idxs.iter().enumerate() {
        idx[i] = index_arg(&x.clone().unwrap_iface(), len)?;
    }
    if idx[0] > idx[1] {
        return Err(format!("invalid slice index: {} > {}", idx[0], idx[1]));
    }
    if idxs.len() == 3 && idx[1] > idx[2] {
        return Err(format!("invalid slice index: {} > {}", idx[1], idx[2]));
    }
    Ok(Val::concrete(match item.v {
        V::Str(Cow::Borrowed(s)) => match s.get(idx[0]..idx[1]) {
            Some(sub) => V::Str(Cow::Borrowed(sub)),
            None => V::Str(Cow::Owned(
                String::from_utf8_lossy(&s.as_bytes()[idx[0]..idx[1]]).into_owned(),
            )),
        },
        V::Str(Cow::Owned(s)) => V::Str(Cow::Owned(
            String::from_utf8_lossy(&s.as_bytes()[idx[0]..idx[1]]).into_owned(),
        )),
        V::List(l) => V::List(&l[idx[0]..idx[1]]),
        _ => V::Invalid,
    }))
}

/// kubectl's `exists` (cli-runtime `printers/template.go`).
fn exists(item: &Val<'_>, idxs: &[Val<'_>]) -> bool {
    // An `any` parameter holding a nil interface arrives as the invalid value.
    let mut v = item.clone().unwrap_iface().v;
    for idx in idxs {
        let idx = idx.clone().unwrap_iface();
        if matches!(v, V::Null) {
            return false;
        }
        v = match &v {
            V::List(l) => match idx.v {
                V::Int(x, _) if x >= 0 && (x as usize) < l.len() => V::from_json(&l[x as usize]),
                _ => return false,
            },
            V::Str(s) => match idx.v {
                V::Int(x, _) if x >= 0 && (x as usize) < s.len() => {
                    V::Int(i64::from(s.as_bytes()[x as usize]), IntTy::Uint8)
                }
                _ => return false,
            },
            V::Map(m) => match &idx.v {
                V::Str(k) => m.get(k.as_ref()).map_or(V::Null, V::from_json),
                V::Invalid => m.get("").map_or(V::Null, V::from_json),
                _ => return false,
            },
            _ => return false,
        };
    }
    !matches!(v, V::Null)
}

/// Go's `base64.StdEncoding.DecodeString`, with its error offsets.
pub(crate) fn base64_std_decode(src: &[u8]) -> Result<Vec<u8>, usize> {
    fn val(c: u8) -> Option<u8> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        })
    }
    let nl = |c: u8| c == b'\n' || c == b'\r';
    let mut out = Vec::new();
    let mut si = 0;
    loop {
        let mut buf = [0u8; 4];
        let mut dlen = 4;
        let mut j = 0;
        while j < 4 {
            if si == src.len() {
                if j == 0 {
                    return Ok(out);
                }
                return Err(si - j);
            }
            let c = src[si];
            si += 1;
            if let Some(x) = val(c) {
                buf[j] = x;
                j += 1;
                continue;
            }
            if nl(c) {
                continue;
            }
            if c != b'=' {
                return Err(si - 1);
            }
            match j {
                0 | 1 => return Err(si - 1),
                2 => {
                    while si < src.len() && nl(src[si]) {
                        si += 1;
                    }
                    if si == src.len() {
                        return Err(src.len());
                    }
                    if src[si] != b'=' {
                        return Err(si - 1);
                    }
                    si += 1;
                }
                _ => {}
            }
            while si < src.len() && nl(src[si]) {
                si += 1;
            }
            if si < src.len() {
                return Err(si);
            }
            dlen = j;
            break;
        }
        let n = (u32::from(buf[0]) << 18)
            | (u32::from(buf[1]) << 12)
            | (u32::from(buf[2]) << 6)
            | u32::from(buf[3]);
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        match dlen {
            4 => out.extend_from_slice(&bytes),
            3 => out.extend_from_slice(&bytes[..2]),
            2 => out.extend_from_slice(&bytes[..1]),
            _ => {}
        }
        if dlen < 4 {
            return Ok(out);
        }
    }
}

/// `text/template`'s `evalArgs` for html/js/urlquery: a lone string as is, else `fmt.Sprint`
/// with nil operands shown as `<no value>`.
fn eval_args(args: &[Val<'_>]) -> String {
    if let [Val { v: V::Str(s), .. }] = args {
        return s.to_string();
    }
    let vs: Vec<V<'_>> = args
        .iter()
        .map(|a| match a.v {
            V::Invalid | V::Null => V::Str(Cow::Borrowed("<no value>")),
            ref v => v.clone(),
        })
        .collect();
    gofmt::sprint(&vs)
}

fn html_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\0' => o.push('\u{FFFD}'),
            '"' => o.push_str("&#34;"),
            '\'' => o.push_str("&#39;"),
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            c => o.push(c),
        }
    }
    o
}

fn js_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            '\'' => o.push_str("\\'"),
            '"' => o.push_str("\\\""),
            '<' => o.push_str("\\u003C"),
            '>' => o.push_str("\\u003E"),
            '&' => o.push_str("\\u0026"),
            '=' => o.push_str("\\u003D"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04X}", c as u32)),
            c if !c.is_ascii() && !gofmt::is_print(c) => {
                o.push_str(&format!("\\u{:04X}", c as u32))
            }
            c => o.push(c),
        }
    }
    o
}

fn url_query_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                o.push(b as char)
            }
            b' ' => o.push('+'),
            b => o.push_str(&format!("%{b:02X}")),
        }
    }
    o
}

fn call_builtin<'a>(name: &str, a: &[Val<'a>], first_arg: &str) -> Result<Val<'a>, String> {
    let s = |x: String| Ok(Val::concrete(V::Str(Cow::Owned(x))));
    let b = |x: bool| Ok(Val::concrete(V::Bool(x)));
    if let ("len", Some(V::Bytes(b))) = (name, a.first().map(|x| &x.v)) {
        return Ok(Val::concrete(V::Int(b.len() as i64, IntTy::Int)));
    }
    let lossy: Vec<Val<'a>> = a
        .iter()
        .map(|x| match &x.v {
            V::Bytes(b) => Val {
                v: V::Str(Cow::Owned(String::from_utf8_lossy(b).into_owned())),
                iface: x.iface,
            },
            _ => x.clone(),
        })
        .collect();
    let a = &lossy[..];
    let plain =
        |a: &[Val<'a>]| -> Vec<V<'a>> { a.iter().map(|x| x.clone().unwrap_iface().v).collect() };
    match name {
        "not" => b(!truth(&a[0].clone().unwrap_iface())),
        "len" => match &a[0].v {
            V::Null => Err("len of nil pointer".into()),
            // Go's `length` calls Type() on the zero Value; safeCall turns the panic into this.
            V::Invalid => Err("reflect: call of reflect.Value.Type on zero Value".into()),
            V::Str(x) => Ok(Val::concrete(V::Int(x.len() as i64, IntTy::Int))),
            V::List(l) => Ok(Val::concrete(V::Int(l.len() as i64, IntTy::Int))),
            V::Map(m) => Ok(Val::concrete(V::Int(m.len() as i64, IntTy::Int))),
            other => Err(format!("len of type {}", gofmt::concrete_type_name(other))),
        },
        "index" => index(&a[0], &a[1..]),
        "slice" => slice(&a[0], &a[1..]),
        "call" => match &a[0].v {
            V::Invalid | V::Null => Err("call of nil".into()),
            other => Err(format!(
                "non-function {first_arg} of type {}",
                gofmt::concrete_type_name(other)
            )),
        },
        "eq" => b(eq(&a[0], &a[1..])?),
        "ne" => b(!eq(&a[0], &a[1..])?),
        "lt" => b(lt(&a[0], &a[1])?),
        "le" => b(lt(&a[0], &a[1])? || eq(&a[0], &a[1..])?),
        "gt" => b(!(lt(&a[0], &a[1])? || eq(&a[0], &a[1..])?)),
        "ge" => b(!lt(&a[0], &a[1])?),
        "print" => s(gofmt::sprint(&plain(a))),
        "println" => s(gofmt::sprintln(&plain(a))),
        "printf" => {
            let format = match &a[0].v {
                V::Str(f) => f.to_string(),
                _ => String::new(),
            };
            s(gofmt::sprintf(&format, &plain(&a[1..])))
        }
        "html" => s(html_escape(&eval_args(a))),
        "js" => s(js_escape(&eval_args(a))),
        "urlquery" => s(url_query_escape(&eval_args(a))),
        "exists" => b(exists(&a[0], &a[1..])),
        "base64decode" => {
            let input = match &a[0].v {
                V::Str(x) => x.as_bytes(),
                _ => &[],
            };
            match base64_std_decode(input) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => s(text),
                    Err(e) => Ok(Val::concrete(V::Bytes(e.into_bytes()))),
                },
                Err(at) => Err(format!(
                    "base64 decode failed: illegal base64 data at input byte {at}"
                )),
            }
        }
        other => Err(format!("{} is not a defined function", gofmt::quote(other))),
    }
}
