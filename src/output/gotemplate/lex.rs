//! Lexer for Go `text/template` source (a port of the rules in Go's `text/template/parse/lex.go`).
//! Produces the whole token list up front; stops at the first error token. No I/O here.

/// Token kinds, named after Go's `itemType`s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Error,
    Bool,
    Char,
    CharConstant,
    Assign,
    Declare,
    Eof,
    Field,
    Identifier,
    LeftDelim,
    LeftParen,
    Number,
    Pipe,
    RawString,
    RightDelim,
    RightParen,
    Space,
    String,
    Text,
    Variable,
    // keywords
    Block,
    Break,
    Continue,
    Dot,
    Define,
    Else,
    End,
    If,
    Nil,
    Range,
    Template,
    With,
}

impl Kind {
    fn is_keyword(self) -> bool {
        matches!(
            self,
            Kind::Block
                | Kind::Break
                | Kind::Continue
                | Kind::Dot
                | Kind::Define
                | Kind::Else
                | Kind::End
                | Kind::If
                | Kind::Nil
                | Kind::Range
                | Kind::Template
                | Kind::With
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token {
    pub kind: Kind,
    pub pos: usize,
    pub val: String,
    pub line: usize,
}

impl std::fmt::Display for Token {
    /// Go's `item.String()`, used in "unexpected X in Y" parse errors.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.kind {
            Kind::Eof => f.write_str("EOF"),
            Kind::Error => f.write_str(&self.val),
            k if k.is_keyword() => write!(f, "<{}>", self.val),
            _ if self.val.chars().count() > 10 => {
                let head: String = self.val.chars().take(10).collect();
                write!(f, "{}...", super::gofmt::quote(&head))
            }
            _ => f.write_str(&super::gofmt::quote(&self.val)),
        }
    }
}

const LEFT: &str = "{{";
const RIGHT: &str = "}}";

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

fn is_alnum(c: char) -> bool {
    c == '_' || c.is_alphabetic() || c.is_numeric()
}

fn keyword(word: &str) -> Option<Kind> {
    Some(match word {
        "." => Kind::Dot,
        "block" => Kind::Block,
        "break" => Kind::Break,
        "continue" => Kind::Continue,
        "define" => Kind::Define,
        "else" => Kind::Else,
        "end" => Kind::End,
        "if" => Kind::If,
        "range" => Kind::Range,
        "nil" => Kind::Nil,
        "template" => Kind::Template,
        "with" => Kind::With,
        _ => return None,
    })
}

struct Lexer<'a> {
    input: &'a str,
    pos: usize,
    start: usize,
    line: usize,
    start_line: usize,
    paren_depth: i32,
    tokens: Vec<Token>,
    inside: bool,
}

/// Lexes `input` completely. The last token is `Eof` or `Error`.
pub(crate) fn lex(input: &str) -> Vec<Token> {
    let mut l = Lexer {
        input,
        pos: 0,
        start: 0,
        line: 1,
        start_line: 1,
        paren_depth: 0,
        tokens: Vec::new(),
        inside: false,
    };
    l.run();
    l.tokens
}

impl<'a> Lexer<'a> {
    fn rest(&self) -> &'a str {
        &self.input[self.pos..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        if c == '\n' {
            self.line += 1;
        }
        Some(c)
    }

    fn backup(&mut self, c: char) {
        self.pos -= c.len_utf8();
        if c == '\n' {
            self.line -= 1;
        }
    }

    fn emit(&mut self, kind: Kind) {
        let val = self.input[self.start..self.pos].to_string();
        self.tokens.push(Token {
            kind,
            pos: self.start,
            val,
            line: self.start_line,
        });
        self.ignore();
    }

    fn ignore(&mut self) {
        // `line` is maintained by next()/skip_to(); only resynchronise the start.
        self.start = self.pos;
        self.start_line = self.line;
    }

    /// Skips to `to` without emitting, counting newlines.
    fn skip_to(&mut self, to: usize) {
        self.line += self.input[self.pos..to].matches('\n').count();
        self.pos = to;
        self.start = to;
        self.start_line = self.line;
    }

    fn error(&mut self, msg: String) {
        self.tokens.push(Token {
            kind: Kind::Error,
            pos: self.start,
            val: msg,
            line: self.start_line,
        });
    }

    fn run(&mut self) {
        loop {
            let ok = if self.inside {
                self.inside_action()
            } else {
                self.text()
            };
            if !ok {
                return;
            }
        }
    }

    /// Returns false when lexing is finished.
    fn text(&mut self) -> bool {
        match self.rest().find(LEFT) {
            Some(x) => {
                let delim_at = self.pos + x;
                let mut text_end = delim_at;
                let after = &self.input[delim_at + LEFT.len()..];
                let trim = has_left_trim(after);
                if trim {
                    text_end = self.start
                        + self.input[self.start..delim_at]
                            .trim_end_matches(is_space)
                            .len();
                }
                self.line += self.input[self.pos..text_end].matches('\n').count();
                self.pos = text_end;
                if self.pos > self.start {
                    self.emit(Kind::Text);
                }
                self.skip_to(delim_at);
                self.left_delim(trim)
            }
            None => {
                let end = self.input.len();
                self.line += self.input[self.pos..end].matches('\n').count();
                self.pos = end;
                if self.pos > self.start {
                    self.emit(Kind::Text);
                }
                self.emit(Kind::Eof);
                false
            }
        }
    }

    fn left_delim(&mut self, trim: bool) -> bool {
        self.pos += LEFT.len();
        let after_marker = if trim { 2 } else { 0 };
        if self.input[self.pos + after_marker..].starts_with("/*") {
            self.pos += after_marker;
            self.start = self.pos;
            return self.comment();
        }
        self.emit(Kind::LeftDelim);
        self.pos += after_marker;
        self.start = self.pos;
        self.paren_depth = 0;
        self.inside = true;
        true
    }

    fn comment(&mut self) -> bool {
        self.pos += 2;
        let Some(x) = self.rest().find("*/") else {
            self.error("unclosed comment".into());
            return false;
        };
        let end = self.pos + x + 2;
        self.line += self.input[self.pos..end].matches('\n').count();
        self.pos = end;
        let (delim, trim) = self.at_right_delim();
        if !delim {
            self.error("comment ends before closing delimiter".into());
            return false;
        }
        // Comments are dropped (Go emits them only with ParseComments).
        let after = self.pos + if trim { 2 } else { 0 } + RIGHT.len();
        self.skip_to(after);
        if trim {
            self.trim_following_space();
        }
        true
    }

    fn trim_following_space(&mut self) {
        let n = self.rest().len() - self.rest().trim_start_matches(is_space).len();
        let to = self.pos + n;
        self.skip_to(to);
    }

    fn at_right_delim(&self) -> (bool, bool) {
        let r = self.rest();
        let mut cs = r.chars();
        if let (Some(a), Some('-')) = (cs.next(), cs.next())
            && is_space(a)
            && r[a.len_utf8() + 1..].starts_with(RIGHT)
        {
            return (true, true);
        }
        (r.starts_with(RIGHT), false)
    }

    fn at_terminator(&self) -> bool {
        match self.peek() {
            None => true,
            Some(c) if is_space(c) => true,
            Some('.' | ',' | '|' | ':' | ')' | '(') => true,
            _ => self.rest().starts_with(RIGHT),
        }
    }

    fn inside_action(&mut self) -> bool {
        let (delim, trim) = self.at_right_delim();
        if delim {
            if self.paren_depth == 0 {
                if trim {
                    self.pos += 2;
                    self.start = self.pos;
                }
                self.pos += RIGHT.len();
                self.emit(Kind::RightDelim);
                if trim {
                    self.trim_following_space();
                }
                self.inside = false;
                return true;
            }
            self.error("unclosed left paren".into());
            return false;
        }
        let Some(c) = self.next() else {
            self.error("unclosed action".into());
            return false;
        };
        match c {
            c if is_space(c) => {
                self.backup(c);
                return self.space();
            }
            '=' => self.emit(Kind::Assign),
            ':' => {
                if self.next() != Some('=') {
                    self.error("expected :=".into());
                    return false;
                }
                self.emit(Kind::Declare);
            }
            '|' => self.emit(Kind::Pipe),
            '"' => return self.quote(),
            '`' => return self.raw_quote(),
            '$' => return self.field_or_variable(Kind::Variable),
            '\'' => return self.char_const(),
            '.' => {
                if let Some(n) = self.peek()
                    && !n.is_ascii_digit()
                {
                    return self.field_or_variable(Kind::Field);
                }
                if self.peek().is_none() {
                    return self.field_or_variable(Kind::Field);
                }
                self.backup(c);
                return self.number();
            }
            '+' | '-' | '0'..='9' => {
                self.backup(c);
                return self.number();
            }
            c if is_alnum(c) => {
                self.backup(c);
                return self.identifier();
            }
            '(' => {
                self.emit(Kind::LeftParen);
                self.paren_depth += 1;
            }
            ')' => {
                self.paren_depth -= 1;
                if self.paren_depth < 0 {
                    self.error("unexpected right paren".into());
                    return false;
                }
                self.emit(Kind::RightParen);
            }
            c if c.is_ascii() && !c.is_ascii_control() => self.emit(Kind::Char),
            c => {
                self.error(format!(
                    "unrecognized character in action: {}",
                    super::gofmt::rune_sharp_u(c)
                ));
                return false;
            }
        }
        true
    }

    fn space(&mut self) -> bool {
        while let Some(c) = self.peek() {
            if !is_space(c) {
                break;
            }
            // A space that starts " -}}" belongs to the right delimiter.
            let (delim, trim) = self.at_right_delim();
            if delim && trim {
                break;
            }
            self.next();
        }
        if self.pos > self.start {
            self.emit(Kind::Space);
        }
        true
    }

    fn identifier(&mut self) -> bool {
        while let Some(c) = self.peek() {
            if !is_alnum(c) {
                break;
            }
            self.next();
        }
        if !self.at_terminator() {
            let c = self.peek().unwrap_or('\0');
            self.error(format!("bad character {}", super::gofmt::rune_sharp_u(c)));
            return false;
        }
        let word = &self.input[self.start..self.pos];
        let kind = match keyword(word) {
            Some(k) => k,
            None if word == "true" || word == "false" => Kind::Bool,
            None => Kind::Identifier,
        };
        self.emit(kind);
        true
    }

    fn field_or_variable(&mut self, kind: Kind) -> bool {
        if self.at_terminator() {
            self.emit(if kind == Kind::Variable {
                Kind::Variable
            } else {
                Kind::Dot
            });
            return true;
        }
        while let Some(c) = self.peek() {
            if !is_alnum(c) {
                break;
            }
            self.next();
        }
        if !self.at_terminator() {
            let c = self.peek().unwrap_or('\0');
            self.error(format!("bad character {}", super::gofmt::rune_sharp_u(c)));
            return false;
        }
        self.emit(kind);
        true
    }

    fn char_const(&mut self) -> bool {
        loop {
            match self.next() {
                Some('\\') => {
                    if let Some(c) = self.next()
                        && c != '\n'
                    {
                        continue;
                    }
                    self.error("unterminated character constant".into());
                    return false;
                }
                None | Some('\n') => {
                    self.error("unterminated character constant".into());
                    return false;
                }
                Some('\'') => break,
                Some(_) => {}
            }
        }
        self.emit(Kind::CharConstant);
        true
    }

    fn quote(&mut self) -> bool {
        loop {
            match self.next() {
                Some('\\') => {
                    if let Some(c) = self.next()
                        && c != '\n'
                    {
                        continue;
                    }
                    self.error("unterminated quoted string".into());
                    return false;
                }
                None | Some('\n') => {
                    self.error("unterminated quoted string".into());
                    return false;
                }
                Some('"') => break,
                Some(_) => {}
            }
        }
        self.emit(Kind::String);
        true
    }

    fn raw_quote(&mut self) -> bool {
        loop {
            match self.next() {
                None => {
                    self.error("unterminated raw quoted string".into());
                    return false;
                }
                Some('`') => break,
                Some(_) => {}
            }
        }
        self.emit(Kind::RawString);
        true
    }

    /// Go's `scanNumber`, simplified to decimal/hex/octal/binary ints and decimal floats.
    fn number(&mut self) -> bool {
        if matches!(self.peek(), Some('+' | '-')) {
            self.next();
        }
        let mut digits = "0123456789_";
        if self.rest().starts_with('0') {
            self.next();
            match self.peek() {
                Some('x' | 'X') => {
                    self.next();
                    digits = "0123456789abcdefABCDEF_";
                }
                Some('o' | 'O') => {
                    self.next();
                    digits = "01234567_";
                }
                Some('b' | 'B') => {
                    self.next();
                    digits = "01_";
                }
                _ => {}
            }
        }
        self.accept_run(digits);
        if self.peek() == Some('.') {
            self.next();
            self.accept_run(digits);
        }
        if digits.len() == 11 && matches!(self.peek(), Some('e' | 'E')) {
            self.next();
            if matches!(self.peek(), Some('+' | '-')) {
                self.next();
            }
            self.accept_run("0123456789_");
        }
        if digits.len() == 23 && matches!(self.peek(), Some('p' | 'P')) {
            self.next();
            if matches!(self.peek(), Some('+' | '-')) {
                self.next();
            }
            self.accept_run("0123456789_");
        }
        if self.peek() == Some('i') {
            self.next();
        }
        if let Some(c) = self.peek()
            && is_alnum(c)
        {
            self.next();
            let bad = self.input[self.start..self.pos].to_string();
            self.error(format!("bad number syntax: {}", super::gofmt::quote(&bad)));
            return false;
        }
        self.emit(Kind::Number);
        true
    }

    fn accept_run(&mut self, set: &str) {
        while let Some(c) = self.peek() {
            if !set.contains(c) {
                break;
            }
            self.next();
        }
    }
}

fn has_left_trim(s: &str) -> bool {
    let mut cs = s.chars();
    matches!((cs.next(), cs.next()), (Some('-'), Some(c)) if is_space(c))
}
