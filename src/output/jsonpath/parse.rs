//! Parser for kubectl's JSONPath template dialect (client-go `util/jsonpath/parser.go`):
//! text with `{…}` actions → a flat list of nodes. No evaluation here.
//!
//! The structure (and every quirk) follows the Go scanner: one rune of look-ahead, `start`/`pos`
//! byte offsets, sub-expressions of unions, dict keys and filters re-parsed as `{…}` actions.

use super::ParseError;

/// One `[start:end:step]` slot (Go `ParamsEntry`).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) struct Param {
    pub(crate) value: i64,
    pub(crate) known: bool,
    /// `end` was not written and is `start + 1` (`[n]` is `[n:n+1]`).
    pub(crate) derived: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Filter {
    pub(crate) left: Vec<Node>,
    pub(crate) right: Vec<Node>,
    /// `==`, `<`, … as written (validated only at execution time, like Go), or `exists`.
    pub(crate) op: String,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    List(Vec<Node>),
    Text(String),
    Field(String),
    Array([Param; 3]),
    Filter(Box<Filter>),
    Int(i64),
    Float(f64),
    Bool(bool),
    Wildcard,
    Recursive,
    Union(Vec<Vec<Node>>),
    Identifier(String),
}

struct Parser<'s> {
    input: &'s str,
    pos: usize,
    start: usize,
    width: usize,
}

/// Parses a whole template into its top-level nodes (`Text` and `List`).
pub(crate) fn parse(text: &str) -> Result<Vec<Node>, ParseError> {
    let mut p = Parser {
        input: text,
        pos: 0,
        start: 0,
        width: 0,
    };
    let mut root = Vec::new();
    loop {
        // parseText
        let mut at_action = false;
        loop {
            if p.rest().starts_with('{') {
                if p.pos > p.start {
                    root.push(Node::Text(p.consume().to_string()));
                }
                at_action = true;
                break;
            }
            if p.next().is_none() {
                break;
            }
        }
        if !at_action {
            if p.pos > p.start {
                root.push(Node::Text(p.consume().to_string()));
            }
            return Ok(root);
        }
        // parseLeftDelim
        p.pos += 1;
        p.consume();
        let mut cur = Vec::new();
        p.inside_action(&mut cur)?;
        root.push(Node::List(cur));
    }
}

/// Go `parseAction`: parses `{text}` and returns the nodes of its first action.
fn parse_action(text: &str) -> Result<Vec<Node>, ParseError> {
    let root = parse(&format!("{{{text}}}"))?;
    match root.into_iter().next() {
        Some(Node::List(nodes)) => Ok(nodes),
        _ => Ok(Vec::new()),
    }
}

fn is_space(r: char) -> bool {
    r == ' ' || r == '\t'
}

fn is_end_of_line(r: char) -> bool {
    r == '\r' || r == '\n'
}

/// Go `unicode.IsDigit` (approximated by Rust's numeric property outside ASCII).
fn is_digit(r: char) -> bool {
    r.is_ascii_digit() || (!r.is_ascii() && r.is_numeric())
}

fn is_alpha_numeric(r: char) -> bool {
    r == '_' || r.is_alphabetic() || is_digit(r)
}

/// Characters that end a field name or identifier (`None` is end of input).
fn is_terminator(r: Option<char>) -> bool {
    match r {
        None => true,
        Some(r) => {
            is_space(r)
                || is_end_of_line(r)
                || matches!(r, '.' | ',' | '[' | ']' | '$' | '@' | '{' | '}')
        }
    }
}

impl<'s> Parser<'s> {
    fn rest(&self) -> &'s str {
        &self.input[self.pos..]
    }

    fn consume(&mut self) -> &'s str {
        let v = &self.input[self.start..self.pos];
        self.start = self.pos;
        v
    }

    fn next(&mut self) -> Option<char> {
        match self.rest().chars().next() {
            None => {
                self.width = 0;
                None
            }
            Some(c) => {
                self.width = c.len_utf8();
                self.pos += self.width;
                Some(c)
            }
        }
    }

    fn backup(&mut self) {
        self.pos -= self.width;
    }

    fn peek(&mut self) -> Option<char> {
        let r = self.next();
        self.backup();
        r
    }

    /// Go `parseInsideAction` (a loop instead of tail recursion); returns after the closing `}`.
    fn inside_action(&mut self, cur: &mut Vec<Node>) -> Result<(), ParseError> {
        loop {
            let rest = self.rest();
            if rest.starts_with('}') {
                self.pos += 1;
                self.consume();
                return Ok(());
            }
            if rest.starts_with("[?(") {
                self.parse_filter(cur)?;
                continue;
            }
            if rest.starts_with("..") {
                self.parse_recursive(cur)?;
                continue;
            }
            match self.next() {
                None => return Err(ParseError::UnclosedAction),
                Some(r) if is_end_of_line(r) => return Err(ParseError::UnclosedAction),
                Some(' ') | Some('@') | Some('$') => {
                    self.consume();
                }
                Some('[') => self.parse_array(cur)?,
                Some(q @ ('"' | '\'')) => self.parse_quote(cur, q)?,
                Some('.') => self.parse_field(cur),
                Some(r) if r == '+' || r == '-' || is_digit(r) => {
                    self.backup();
                    self.parse_number(cur)?;
                }
                Some(r) if is_alpha_numeric(r) => {
                    self.backup();
                    self.parse_identifier(cur);
                }
                Some(r) => return Err(ParseError::UnrecognizedCharacter(r)),
            }
        }
    }

    fn parse_identifier(&mut self, cur: &mut Vec<Node>) {
        loop {
            let r = self.next();
            if is_terminator(r) {
                self.backup();
                break;
            }
        }
        let value = self.consume();
        cur.push(match value {
            "true" => Node::Bool(true),
            "false" => Node::Bool(false),
            _ => Node::Identifier(value.to_string()),
        });
    }

    fn parse_recursive(&mut self, cur: &mut Vec<Node>) -> Result<(), ParseError> {
        if matches!(cur.last(), Some(Node::Recursive)) {
            return Err(ParseError::MultipleRecursiveDescent);
        }
        self.pos += 2;
        self.consume();
        cur.push(Node::Recursive);
        if self.peek().is_some_and(is_alpha_numeric) {
            self.parse_field(cur);
        }
        Ok(())
    }

    fn parse_number(&mut self, cur: &mut Vec<Node>) -> Result<(), ParseError> {
        if matches!(self.peek(), Some('+' | '-')) {
            self.next();
        }
        loop {
            match self.next() {
                Some(r) if r == '.' || is_digit(r) => {}
                _ => {
                    self.backup();
                    break;
                }
            }
        }
        let value = self.consume();
        if let Ok(i) = value.parse::<i64>() {
            cur.push(Node::Int(i));
        } else if let Some(f) = parse_go_float(value) {
            cur.push(Node::Float(f));
        } else {
            return Err(ParseError::CannotParseNumber(value.to_string()));
        }
        Ok(())
    }

    fn parse_array(&mut self, cur: &mut Vec<Node>) -> Result<(), ParseError> {
        loop {
            match self.next() {
                None | Some('\n') => return Err(ParseError::UnterminatedArray),
                Some(']') => break,
                Some(_) => {}
            }
        }
        let text = self.consume();
        let mut text = &text[1..text.len() - 1];
        if text == "*" {
            text = ":";
        }

        // Union: every comma-separated part is its own sub-path.
        let parts: Vec<&str> = text.split(',').collect();
        if parts.len() > 1 {
            let mut union = Vec::with_capacity(parts.len());
            for part in parts {
                union.push(parse_action(&format!("[{}]", part.trim_matches(' ')))?);
            }
            cur.push(Node::Union(union));
            return Ok(());
        }

        // Dict key `['…']`: re-parsed as `.…`, so dots inside make a path (kubectl quirk).
        if text.len() >= 2 && text.starts_with('\'') && text.ends_with('\'') {
            let inner = &text[1..text.len() - 1];
            if !inner.contains('\'') {
                cur.extend(parse_action(&format!(".{inner}"))?);
                return Ok(());
            }
        }

        // Slice `start:end:step`, regex `^(-?\d*)(:-?\d*)?(:-?\d*)?$`.
        let groups: Vec<&str> = text.split(':').collect();
        let well_formed = groups.len() <= 3
            && groups.iter().all(|g| {
                let digits = g.strip_prefix('-').unwrap_or(g);
                digits.bytes().all(|b| b.is_ascii_digit())
            });
        if !well_formed {
            return Err(ParseError::InvalidArrayIndex(text.to_string()));
        }
        let mut params = [Param::default(); 3];
        for i in 0..3 {
            match groups.get(i) {
                Some(g) if i == 0 && g.is_empty() => {}
                Some(g) if i > 0 && g.is_empty() => {}
                Some(g) => {
                    params[i].known = true;
                    params[i].value = g
                        .parse::<i64>()
                        .map_err(|_| ParseError::ArrayIndexNotNumber(g.to_string()))?;
                }
                None if i == 1 => {
                    params[1] = Param {
                        value: params[0].value + 1,
                        known: true,
                        derived: true,
                    };
                }
                None => {}
            }
        }
        cur.push(Node::Array(params));
        Ok(())
    }

    fn parse_filter(&mut self, cur: &mut Vec<Node>) -> Result<(), ParseError> {
        self.pos += 3;
        self.consume();
        let mut begin = false;
        let mut end = false;
        let mut pair = '\0';
        loop {
            match self.next() {
                None | Some('\n') => return Err(ParseError::UnterminatedFilter),
                Some(r @ ('"' | '\'')) => {
                    if !begin {
                        begin = true;
                        pair = r;
                        continue;
                    }
                    if self.input.as_bytes()[self.pos - 2] != b'\\' && r == pair {
                        end = true;
                    }
                }
                Some(')') => {
                    if begin == end {
                        break;
                    }
                }
                Some(_) => {}
            }
        }
        if self.next() != Some(']') {
            return Err(ParseError::UnclosedArray);
        }
        let text = self.consume();
        let text = &text[..text.len() - 2];
        match split_comparison(text) {
            None => {
                let left = parse_action(text)?;
                cur.push(Node::Filter(Box::new(Filter {
                    left,
                    right: Vec::new(),
                    op: "exists".to_string(),
                })));
            }
            Some((l, op, r)) => {
                let left = parse_action(l)?;
                let right = parse_action(r)?;
                cur.push(Node::Filter(Box::new(Filter {
                    left,
                    right,
                    op: op.to_string(),
                })));
            }
        }
        Ok(())
    }

    fn parse_quote(&mut self, cur: &mut Vec<Node>, end: char) -> Result<(), ParseError> {
        loop {
            match self.next() {
                None | Some('\n') => return Err(ParseError::UnterminatedQuotedString),
                Some(c) if c == end => {
                    if self.input.as_bytes()[self.pos - 2] != b'\\' {
                        break;
                    }
                }
                Some(_) => {}
            }
        }
        let value = self.consume();
        let s = unquote_extend(value).ok_or_else(|| ParseError::Unquote(value.to_string()))?;
        cur.push(Node::Text(s));
        Ok(())
    }

    fn parse_field(&mut self, cur: &mut Vec<Node>) {
        self.consume();
        while self.advance() {}
        let value = self.consume();
        if value == "*" {
            cur.push(Node::Wildcard);
        } else {
            // Go strips every backslash, so `\.` is a literal dot and `\\` vanishes.
            cur.push(Node::Field(value.replace('\\', "")));
        }
    }

    fn advance(&mut self) -> bool {
        let r = self.next();
        if r == Some('\\') {
            self.next();
        } else if is_terminator(r) {
            self.backup();
            return false;
        }
        true
    }
}

/// Regex `^([^!<>=]+)([!<>=]+)(.+?)$` from parseFilter, by hand.
fn split_comparison(text: &str) -> Option<(&str, &str, &str)> {
    let is_op = |c: char| matches!(c, '!' | '<' | '>' | '=');
    let op_start = text.find(is_op)?;
    if op_start == 0 {
        return None;
    }
    let after = &text[op_start..];
    let op_len = after.find(|c: char| !is_op(c)).unwrap_or(after.len());
    let (mut op, mut right) = after.split_at(op_len);
    if right.is_empty() {
        // The regex backtracks one operator character into the (non-empty) right side.
        if op.len() < 2 {
            return None;
        }
        let (o, r) = op.split_at(op.len() - 1);
        op = o;
        right = r;
    }
    // `.` does not match a newline, but filters cannot contain one (rejected while scanning).
    Some((&text[..op_start], op, right))
}

/// Go `strconv.ParseFloat(s, 64)` for the digits/dots/sign strings parseNumber produces.
fn parse_go_float(s: &str) -> Option<f64> {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    if body.is_empty() || body == "." || !body.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    s.parse::<f64>().ok()
}

/// client-go `UnquoteExtend`: `strconv.Unquote` that also accepts single quotes.
/// `None` is Go's `invalid syntax`.
fn unquote_extend(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let n = bytes.len();
    if n < 2 {
        return None;
    }
    let quote = bytes[0];
    if quote != bytes[n - 1] || (quote != b'"' && quote != b'\'') {
        return None;
    }
    let inner = &s[1..n - 1];
    if !inner.contains('\\') && !inner.as_bytes().contains(&quote) {
        return Some(inner.to_string());
    }
    let mut out: Vec<u8> = Vec::with_capacity(inner.len());
    let mut rest = inner;
    while !rest.is_empty() {
        rest = unquote_char(rest, quote as char, &mut out)?;
    }
    Some(String::from_utf8_lossy(&out).into_owned())
}

/// Go `strconv.UnquoteChar` plus UnquoteExtend's byte/rune appending.
fn unquote_char<'a>(s: &'a str, quote: char, out: &mut Vec<u8>) -> Option<&'a str> {
    let c = s.chars().next()?;
    if c == quote {
        return None;
    }
    if c != '\\' {
        let mut buf = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        return Some(&s[c.len_utf8()..]);
    }
    let b = s.as_bytes();
    if b.len() <= 1 {
        return None;
    }
    let esc = b[1];
    let rest = &s[2..];
    let simple = match esc {
        b'a' => Some(7u8),
        b'b' => Some(8),
        b'f' => Some(12),
        b'n' => Some(b'\n'),
        b'r' => Some(b'\r'),
        b't' => Some(b'\t'),
        b'v' => Some(11),
        b'\\' => Some(b'\\'),
        b'\'' | b'"' => {
            if esc as char != quote {
                return None;
            }
            Some(esc)
        }
        _ => None,
    };
    if let Some(v) = simple {
        out.push(v);
        return Some(rest);
    }
    match esc {
        b'x' | b'u' | b'U' => {
            let n = match esc {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let hex = rest.get(..n)?;
            if !hex.bytes().all(|h| h.is_ascii_hexdigit()) {
                return None;
            }
            let v = u32::from_str_radix(hex, 16).ok()?;
            if esc == b'x' {
                // A single byte, possibly not UTF-8.
                out.push(v as u8);
            } else {
                let ch = char::from_u32(v)?;
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
            Some(&rest[n..])
        }
        b'0'..=b'7' => {
            let digits = rest.get(..2)?;
            let mut v = u32::from(esc - b'0');
            for d in digits.bytes() {
                if !(b'0'..=b'7').contains(&d) {
                    return None;
                }
                v = (v << 3) | u32::from(d - b'0');
            }
            if v > 255 {
                return None;
            }
            out.push(v as u8);
            Some(&rest[2..])
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(nodes: Vec<Node>) -> Node {
        Node::List(nodes)
    }
    fn field(s: &str) -> Node {
        Node::Field(s.to_string())
    }
    fn p(value: i64, known: bool, derived: bool) -> Param {
        Param {
            value,
            known,
            derived,
        }
    }

    #[test]
    fn parses_templates() {
        let unknown = p(0, false, false);
        let cases: Vec<(&str, Vec<Node>)> = vec![
            ("plain", vec![Node::Text("plain".into())]),
            ("a}b", vec![Node::Text("a}b".into())]),
            (
                "x{.a.b}y",
                vec![
                    Node::Text("x".into()),
                    list(vec![field("a"), field("b")]),
                    Node::Text("y".into()),
                ],
            ),
            ("{$.a}", vec![list(vec![field("a")])]),
            (r"{.a\.b/c}", vec![list(vec![field("a.b/c")])]),
            ("{.*}", vec![list(vec![Node::Wildcard])]),
            ("{.}", vec![list(vec![field("")])]),
            (
                "{[*]}",
                vec![list(vec![Node::Array([unknown, unknown, unknown])])],
            ),
            (
                "{[-1]}",
                vec![list(vec![Node::Array([
                    p(-1, true, false),
                    p(0, true, true),
                    unknown,
                ])])],
            ),
            (
                "{[]}",
                vec![list(vec![Node::Array([
                    unknown,
                    p(1, true, true),
                    unknown,
                ])])],
            ),
            (
                "{[1:3:2]}",
                vec![list(vec![Node::Array([
                    p(1, true, false),
                    p(3, true, false),
                    p(2, true, false),
                ])])],
            ),
            ("{['a.b']}", vec![list(vec![field("a"), field("b")])]),
            ("{..name}", vec![list(vec![Node::Recursive, field("name")])]),
            (r#"{"\t"}"#, vec![list(vec![Node::Text("\t".into())])]),
            (r"{'it\'s'}", vec![list(vec![Node::Text("it's".into())])]),
            (
                "{1 -2 3.5 true}",
                vec![list(vec![
                    Node::Int(1),
                    Node::Int(-2),
                    Node::Float(3.5),
                    Node::Bool(true),
                ])],
            ),
            (
                "{range .a}{end}",
                vec![
                    list(vec![Node::Identifier("range".into()), field("a")]),
                    list(vec![Node::Identifier("end".into())]),
                ],
            ),
            (
                "{[0, 'b.c']}",
                vec![list(vec![Node::Union(vec![
                    vec![Node::Array([p(0, true, false), p(1, true, true), unknown])],
                    vec![field("b"), field("c")],
                ])])],
            ),
            (
                "{[?(@.x==\"y\")]}",
                vec![list(vec![Node::Filter(Box::new(Filter {
                    left: vec![field("x")],
                    right: vec![Node::Text("y".into())],
                    op: "==".into(),
                }))])],
            ),
            (
                "{[?(@.x)]}",
                vec![list(vec![Node::Filter(Box::new(Filter {
                    left: vec![field("x")],
                    right: vec![],
                    op: "exists".into(),
                }))])],
            ),
        ];
        for (tmpl, want) in cases {
            assert_eq!(parse(tmpl).unwrap(), want, "template {tmpl:?}");
        }
    }

    #[test]
    fn parse_errors() {
        let cases = [
            ("{.a", "unclosed action"),
            ("{", "unclosed action"),
            ("{.a\n}", "unclosed action"),
            ("{.a ~}", "unrecognized character in action: U+007E '~'"),
            ("{\t}", "unrecognized character in action: U+0009"),
            ("{....a}", "invalid multiple recursive descent"),
            ("{1.2.3}", "cannot parse number 1.2.3"),
            ("{-}", "cannot parse number -"),
            ("{[0}", "unterminated array"),
            ("{[x]}", "invalid array index x"),
            ("{[-]}", "array index - is not a number"),
            ("{[?(@.a==1}", "unterminated filter"),
            ("{[?(@.a==1)x}", "unclosed array expect ]"),
            ("{\"abc}", "unterminated quoted string"),
            (r#"{"\q"}"#, r#"unquote string "\q" error invalid syntax"#),
        ];
        for (tmpl, want) in cases {
            let err = parse(tmpl).unwrap_err();
            assert_eq!(err.to_string(), want, "template {tmpl:?}");
        }
    }

    #[test]
    fn comparison_split() {
        assert_eq!(split_comparison("@.a==1"), Some(("@.a", "==", "1")));
        assert_eq!(split_comparison("@.a =="), Some(("@.a ", "=", "=")));
        assert_eq!(split_comparison("@.a"), None);
        assert_eq!(split_comparison("==1"), None);
        assert_eq!(split_comparison("@.a="), None);
    }
}
