//! Byte-exact `kubectl -o yaml` emitter for `serde_json::Value` (no parsing; writes only to the
//! writer it is given).
//!
//! kubectl prints an object as object → JSON → `map[string]interface{}` → sigs.k8s.io/yaml →
//! go-yaml v2 (`encode.go`, `emitterc.go`, `resolve.go`, `sorter.go`). This module re-implements
//! the parts of that chain a JSON value can reach: natural key order (`keyList.Less`), the
//! YAML 1.1 resolver that decides when a string must be double-quoted (`encoder.stringv`),
//! libyaml's scalar analysis and style selection (`yaml_emitter_analyze_scalar`,
//! `yaml_emitter_select_scalar_style`), the scalar writers with their 80-column folding, and the
//! block mapping / compact block sequence layout with 2-space indentation.
//!
//! Known differences from kubectl, all outside what kubectl itself does reliably:
//! * keys whose `keyList.Less` order is not transitive (`v2`, `v10`, `v1beta1` together) come
//!   out in a random order from kubectl (Go map order fed to `sort.Sort`); we print one fixed order;
//! * strings holding DEL, C1 controls other than NEL, U+FFFE or U+FFFF make kubectl fail
//!   ("control characters are not allowed"), as do keys holding NEL; we print them escaped;
//! * non-ASCII runes in keys are classed with `char::is_alphabetic` / `is_numeric`, close to but
//!   not exactly Go's `unicode.IsLetter` / `IsDigit`.

use serde_json::{Map, Number, Value};
use std::cmp::Ordering;
use std::io::{self, Write};

/// yaml.v2 `best_width`: plain and quoted scalars are folded at a space once past this column.
const BEST_WIDTH: i64 = 80;
/// yaml.v2 `best_indent`.
const BEST_INDENT: i64 = 2;
/// libyaml `yaml_emitter_check_simple_key`: longer keys are written as `? key`.
const MAX_SIMPLE_KEY_LEN: usize = 128;
/// Flush the internal buffer to the writer once it holds this many bytes.
const FLUSH_AT: usize = 64 * 1024;

/// Renders one object as kubectl's YAML printer writes one document (no `---`; ends with `\n`).
pub fn to_string(value: &Value) -> String {
    let mut out = Vec::with_capacity(1024);
    // Writing into a Vec cannot fail.
    let _ = write_document(&mut out, value);
    // The emitter only writes whole UTF-8 sequences taken from `str`s and ASCII.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Streams one document (as [`to_string`] renders it) to `out`, flushing in chunks.
pub fn write_document<W: Write>(out: &mut W, value: &Value) -> io::Result<()> {
    let mut e = Emitter {
        out,
        buf: Vec::with_capacity(8 * 1024),
        column: 0,
        indent: -1,
        indents: Vec::with_capacity(16),
        whitespace: true,
        indention: true,
        ctx: Ctx::default(),
        scratch: String::new(),
    };
    e.emit_node(value, Ctx::default())?;
    // yaml_emitter_emit_document_end: an implicit end only terminates the last line.
    e.write_indent();
    e.flush()
}

/// Streams one element of a `List`'s top-level `items:` sequence (`- ` at column 0, the item's
/// mapping at indent 2), byte-identical to that item inside the whole `List` document — line
/// folding included, since the emitter's columns are the real ones.
pub fn write_list_item<W: Write>(out: &mut W, value: &Value) -> io::Result<()> {
    let mut e = Emitter {
        out,
        buf: Vec::with_capacity(8 * 1024),
        column: 0,
        // Inside the top-level mapping (indent 0) and its compact `items:` sequence.
        indent: 0,
        indents: vec![-1, 0],
        whitespace: true,
        indention: true,
        ctx: Ctx::default(),
        scratch: String::new(),
    };
    e.write_indent();
    e.write_indicator(b"-", true, false, true);
    e.emit_node(value, Ctx::default())?;
    e.write_indent();
    e.flush()
}

/// yaml.v2 `keyList.Less` for string keys (sorter.go): runs of digits compare numerically and,
/// at the first differing rune, a non-letter sorts before a letter.
pub fn natural_key_cmp(a: &str, b: &str) -> Ordering {
    if a == b {
        Ordering::Equal
    } else if key_less(a, b) {
        Ordering::Less
    } else {
        Ordering::Greater
    }
}

fn key_less(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        key_less_runes(a.as_bytes(), b.as_bytes())
    } else {
        let ar: Vec<char> = a.chars().collect();
        let br: Vec<char> = b.chars().collect();
        key_less_runes(&ar, &br)
    }
}

/// A rune as sorter.go sees it; bytes stand in for runes when both keys are ASCII.
trait Rune: Copy + PartialEq + PartialOrd {
    fn is_letter(self) -> bool;
    fn is_digit(self) -> bool;
    fn value(self) -> i64;
}

impl Rune for u8 {
    fn is_letter(self) -> bool {
        self.is_ascii_alphabetic()
    }
    fn is_digit(self) -> bool {
        self.is_ascii_digit()
    }
    fn value(self) -> i64 {
        i64::from(self)
    }
}

impl Rune for char {
    // Go's unicode.IsLetter is categories L*; `is_alphabetic` also admits a few marks (rare in keys).
    fn is_letter(self) -> bool {
        self.is_alphabetic()
    }
    fn is_digit(self) -> bool {
        if self.is_ascii() {
            self.is_ascii_digit()
        } else {
            self.is_numeric()
        }
    }
    fn value(self) -> i64 {
        i64::from(u32::from(self))
    }
}

fn key_less_runes<R: Rune>(ar: &[R], br: &[R]) -> bool {
    let zero = i64::from(b'0');
    let mut i = 0;
    while i < ar.len() && i < br.len() {
        if ar[i] == br[i] {
            i += 1;
            continue;
        }
        let al = ar[i].is_letter();
        let bl = br[i].is_letter();
        if al && bl {
            return ar[i] < br[i];
        }
        if al || bl {
            return bl;
        }
        let (mut an, mut bn) = (0i64, 0i64);
        // sorter.go: a digit run that continues an earlier non-zero digit is not "leading zeros".
        if ar[i].value() == zero || br[i].value() == zero {
            let mut j = i;
            while j > 0 && ar[j - 1].is_digit() {
                j -= 1;
                if ar[j].value() != zero {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let mut ai = i;
        while ai < ar.len() && ar[ai].is_digit() {
            an = an.wrapping_mul(10).wrapping_add(ar[ai].value() - zero);
            ai += 1;
        }
        let mut bi = i;
        while bi < br.len() && br[bi].is_digit() {
            bn = bn.wrapping_mul(10).wrapping_add(br[bi].value() - zero);
            bi += 1;
        }
        if an != bn {
            return an < bn;
        }
        if ai != bi {
            return ai < bi;
        }
        return ar[i] < br[i];
    }
    ar.len() < br.len()
}

/// Sorts map entries with [`key_less`]; a merge sort, so an odd comparison can never panic.
fn sorted_entries(map: &Map<String, Value>) -> Vec<(&str, &Value)> {
    let mut v: Vec<(&str, &Value)> = map.iter().map(|(k, v)| (k.as_str(), v)).collect();
    let mut tmp = v.clone();
    merge_sort(&mut v, &mut tmp);
    v
}

fn merge_sort<'a>(v: &mut [(&'a str, &'a Value)], tmp: &mut [(&'a str, &'a Value)]) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    if n <= 12 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && key_less(v[j].0, v[j - 1].0) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], &mut tmp[..mid]);
    merge_sort(&mut v[mid..], &mut tmp[mid..]);
    tmp[..n].copy_from_slice(v);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if key_less(tmp[j].0, tmp[i].0) {
            v[k] = tmp[j];
            j += 1;
        } else {
            v[k] = tmp[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        v[k] = tmp[i];
        i += 1;
        k += 1;
    }
    while j < n {
        v[k] = tmp[j];
        j += 1;
        k += 1;
    }
}

// ---------------------------------------------------------------------------------------------
// Numbers

/// Writes a JSON number as it comes out of kubectl: apimachinery decodes integers that fit
/// int64 as int64 and everything else as float64; Go's JSON encoder then writes the float, and
/// yaml.v2 re-reads that text as int, uint or float (resolve.go) before formatting it.
fn number_text(n: &Number, out: &mut String) {
    if let Some(i) = n.as_i64() {
        use std::fmt::Write as _;
        // Writing into a String cannot fail.
        let _ = write!(out, "{i}");
        return;
    }
    let f = match (n.as_u64(), n.as_f64()) {
        (Some(u), _) => u as f64,
        (None, Some(f)) => f,
        // Unreachable for serde_json numbers without arbitrary_precision.
        _ => {
            out.push_str(&n.to_string());
            return;
        }
    };
    float_text(f, out);
}

/// Shortest round-trip decimal digits and the decimal point position (`digits × 10^(dp-len)`).
fn shortest_digits(f: f64) -> (String, i32) {
    // `{:e}` gives the shortest digits that round-trip, as Go's strconv does with precision -1.
    let s = format!("{:e}", f.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((s.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    // When the value lies exactly halfway between two shortest candidates, Rust rounds the last
    // digit up while Go (strconv/ftoaryu.go) rounds to even: 652375627381204.25 → ...04.2.
    let exact = format!("{:.60e}", f.abs());
    if let Some((emant, eexp)) = exact.split_once('e')
        && eexp.parse::<i32>().ok() == Some(exp)
    {
        let e: Vec<u8> = emant.bytes().filter(u8::is_ascii_digit).collect();
        let n = digits.len();
        if e.len() > n
            && e[n] == b'5'
            && e[n + 1..].iter().all(|&c| c == b'0')
            && e[n - 1].is_multiple_of(2)
        {
            let trunc = std::str::from_utf8(&e[..n]).unwrap_or_default();
            let candidate = format!("{}.{}e{}", &trunc[..1], &trunc[1..], exp);
            if trunc != digits && candidate.parse::<f64>().ok() == Some(f.abs()) {
                digits = trunc.to_string();
            }
        }
    }
    (digits, exp + 1)
}

fn float_text(f: f64, out: &mut String) {
    if !f.is_finite() {
        // Cannot come from JSON; mirror yaml.v2 floatv anyway.
        out.push_str(if f.is_nan() {
            ".nan"
        } else if f > 0.0 {
            ".inf"
        } else {
            "-.inf"
        });
        return;
    }
    if f == 0.0 {
        // Go's JSON writes 0 or -0; yaml.v2 reads both back as the int 0.
        out.push('0');
        return;
    }
    let (digits, dp) = shortest_digits(f);
    let nd = digits.len() as i32;
    // encoding/json uses 'f' format for 1e-6 <= |f| < 1e21; a whole value then has no '.',
    // so yaml.v2 resolves it as an int (or uint) if it fits.
    if f.fract() == 0.0 && f.abs() < 1e21 && dp >= nd {
        let mut text = String::with_capacity(dp as usize + 1);
        if f < 0.0 {
            text.push('-');
        }
        text.push_str(&digits);
        for _ in nd..dp {
            text.push('0');
        }
        if text.parse::<i64>().is_ok() || text.parse::<u64>().is_ok() {
            out.push_str(&text);
            return;
        }
    }
    // strconv.FormatFloat(f, 'g', -1, 64).
    if f < 0.0 {
        out.push('-');
    }
    let exp = dp - 1;
    let b = digits.as_bytes();
    if !(-4..6).contains(&exp) {
        out.push(b[0] as char);
        if nd > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    } else {
        if dp > 0 {
            for k in 0..dp {
                out.push(if k < nd { b[k as usize] as char } else { '0' });
            }
        } else {
            out.push('0');
        }
        let prec = (nd - dp).max(0);
        if prec > 0 {
            out.push('.');
            for k in 0..prec {
                let idx = dp + k;
                out.push(if idx >= 0 && idx < nd {
                    b[idx as usize] as char
                } else {
                    '0'
                });
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// YAML 1.1 resolution (resolve.go): would this string, written plain, read back as non-string?

fn must_double_quote(s: &str) -> bool {
    resolves_to_non_string(s) || is_base60_float(s)
}

fn resolves_to_non_string(s: &str) -> bool {
    let b = s.as_bytes();
    let Some(&first) = b.first() else {
        return true; // "" is null
    };
    let hint = match first {
        b'+' | b'-' => b'S',
        b'0'..=b'9' => b'D',
        b'y' | b'Y' | b'n' | b'N' | b't' | b'T' | b'f' | b'F' | b'o' | b'O' | b'~' => b'M',
        b'.' => b'.',
        _ => return false,
    };
    if in_resolve_map(s) {
        return true;
    }
    match hint {
        b'M' => false,
        b'.' => go_parse_float_ok(s),
        _ => {
            if is_go_timestamp(b) {
                return true;
            }
            let owned;
            let plain: &str = if s.contains('_') {
                owned = s.replace('_', "");
                &owned
            } else {
                s
            };
            if go_parse_int_base0(plain) || parse_uint_base0(plain.as_bytes()).is_some() {
                return true;
            }
            if matches_yaml_float(plain.as_bytes()) && float_in_range(plain) {
                return true;
            }
            if let Some(rest) = plain.strip_prefix("0b") {
                // resolve.go retries the digits after "0b" with base 2 (and then allows a sign).
                return binary_int_ok(rest);
            }
            if let Some(rest) = plain.strip_prefix("-0b") {
                return parse_uint_radix(rest.as_bytes(), 2).is_some_and(|m| m <= 1u64 << 63);
            }
            false
        }
    }
}

fn in_resolve_map(s: &str) -> bool {
    matches!(
        s,
        "y" | "Y"
            | "yes"
            | "Yes"
            | "YES"
            | "true"
            | "True"
            | "TRUE"
            | "on"
            | "On"
            | "ON"
            | "n"
            | "N"
            | "no"
            | "No"
            | "NO"
            | "false"
            | "False"
            | "FALSE"
            | "off"
            | "Off"
            | "OFF"
            | "~"
            | "null"
            | "Null"
            | "NULL"
            | ".nan"
            | ".NaN"
            | ".NAN"
            | ".inf"
            | ".Inf"
            | ".INF"
            | "+.inf"
            | "+.Inf"
            | "+.INF"
            | "-.inf"
            | "-.Inf"
            | "-.INF"
    )
}

/// strconv.ParseUint(s, radix, 64) without underscores: `None` on syntax or range error.
fn parse_uint_radix(s: &[u8], radix: u32) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    let mut n: u64 = 0;
    for &c in s {
        let d = (c as char).to_digit(36)?;
        if d >= radix {
            return None;
        }
        n = n.checked_mul(u64::from(radix))?.checked_add(u64::from(d))?;
    }
    Some(n)
}

/// strconv.ParseUint(s, 0, 64): `0b`/`0o`/`0x` prefixes and a leading `0` for octal.
fn parse_uint_base0(s: &[u8]) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    if s[0] == b'0' {
        if s.len() >= 3 {
            match s[1].to_ascii_lowercase() {
                b'b' => return parse_uint_radix(&s[2..], 2),
                b'o' => return parse_uint_radix(&s[2..], 8),
                b'x' => return parse_uint_radix(&s[2..], 16),
                _ => {}
            }
        }
        if s.len() == 1 {
            return Some(0);
        }
        return parse_uint_radix(&s[1..], 8);
    }
    parse_uint_radix(s, 10)
}

/// strconv.ParseInt(s, 0, 64) succeeds.
fn go_parse_int_base0(s: &str) -> bool {
    let b = s.as_bytes();
    let (neg, rest) = match b.first() {
        Some(b'+') => (false, &b[1..]),
        Some(b'-') => (true, &b[1..]),
        _ => (false, b),
    };
    match parse_uint_base0(rest) {
        Some(m) => m < (1u64 << 63) || (neg && m == 1u64 << 63),
        None => false,
    }
}

fn binary_int_ok(rest: &str) -> bool {
    let b = rest.as_bytes();
    let (neg, signed, digits) = match b.first() {
        Some(b'+') => (false, true, &b[1..]),
        Some(b'-') => (true, true, &b[1..]),
        _ => (false, false, b),
    };
    match parse_uint_radix(digits, 2) {
        Some(m) if signed => m < (1u64 << 63) || (neg && m == 1u64 << 63),
        Some(_) => true,
        None => false,
    }
}

/// resolve.go `yamlStyleFloat`: `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
fn matches_yaml_float(b: &[u8]) -> bool {
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    if i < b.len() && b[i] == b'.' {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    } else {
        if digits(&mut i) == 0 {
            return false;
        }
        if i < b.len() && b[i] == b'.' {
            i += 1;
            digits(&mut i);
        }
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// strconv.ParseFloat reports ErrRange (a failure for resolve.go) when the value overflows.
fn float_in_range(s: &str) -> bool {
    s.parse::<f64>().is_ok_and(f64::is_finite)
}

/// strconv.ParseFloat(s, 64) succeeds, for `s` starting with '.' (resolve.go's '.' hint).
fn go_parse_float_ok(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let (mut saw_dot, mut saw_digits, mut underscores) = (false, false, false);
    while i < b.len() {
        match b[i] {
            b'_' => underscores = true,
            b'.' if saw_dot => break,
            b'.' => saw_dot = true,
            c if c.is_ascii_digit() => saw_digits = true,
            _ => break,
        }
        i += 1;
    }
    if !saw_digits {
        return false;
    }
    if i < b.len() && b[i].eq_ignore_ascii_case(&b'e') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if i >= b.len() || !b[i].is_ascii_digit() {
            return false;
        }
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            underscores |= b[i] == b'_';
            i += 1;
        }
    }
    if i != b.len() {
        return false;
    }
    if underscores {
        if !underscore_ok(b) {
            return false;
        }
        return float_in_range(&s.replace('_', ""));
    }
    float_in_range(s)
}

/// strconv's `underscoreOK` for a number without base prefix (ours start with '.').
fn underscore_ok(b: &[u8]) -> bool {
    let mut saw = b'^';
    let b = match b.first() {
        Some(b'+' | b'-') => &b[1..],
        _ => b,
    };
    for &c in b {
        if c.is_ascii_digit() {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
    }
    saw != b'_'
}

/// encode.go `isBase60Float`: `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`.
fn is_base60_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    if i >= b.len() || !b[i].is_ascii_digit() || !b.contains(&b':') {
        return false;
    }
    i += 1;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        i += 1;
    }
    let is_stop = |j: usize| j >= b.len() || b[j] == b':' || b[j] == b'.';
    let mut groups = 0;
    while i < b.len() && b[i] == b':' {
        let j = i + 1;
        if j + 1 < b.len()
            && (b'0'..=b'5').contains(&b[j])
            && b[j + 1].is_ascii_digit()
            && is_stop(j + 2)
        {
            i = j + 2;
        } else if j < b.len() && b[j].is_ascii_digit() && is_stop(j + 1) {
            i = j + 1;
        } else {
            return false;
        }
        groups += 1;
    }
    if groups == 0 {
        return false;
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            i += 1;
        }
    }
    i == b.len()
}

/// resolve.go `parseTimestamp`: Go's time.Parse with the four layouts yaml.v2 allows.
fn is_go_timestamp(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    if i != 4 || i == s.len() || s[i] != b'-' {
        return false;
    }
    [
        TsLayout::Zone(b'T'),
        TsLayout::Zone(b't'),
        TsLayout::Space,
        TsLayout::DateOnly,
    ]
    .into_iter()
    .any(|l| parse_ts(s, l))
}

#[derive(Clone, Copy)]
enum TsLayout {
    /// "2006-1-2T15:4:5.999999999Z07:00" with the given separator.
    Zone(u8),
    /// "2006-1-2 15:4:5.999999999"
    Space,
    /// "2006-1-2"
    DateOnly,
}

/// time.getnum(s, false): one or two digits.
fn getnum(s: &[u8]) -> Option<(u32, &[u8])> {
    let d0 = *s.first().filter(|c| c.is_ascii_digit())?;
    match s.get(1).filter(|c| c.is_ascii_digit()) {
        Some(&d1) => Some((u32::from(d0 - b'0') * 10 + u32::from(d1 - b'0'), &s[2..])),
        None => Some((u32::from(d0 - b'0'), &s[1..])),
    }
}

fn lit(s: &[u8], c: u8) -> Option<&[u8]> {
    (s.first() == Some(&c)).then(|| &s[1..])
}

fn parse_ts(s: &[u8], layout: TsLayout) -> bool {
    parse_ts_inner(s, layout).is_some()
}

fn parse_ts_inner(s: &[u8], layout: TsLayout) -> Option<()> {
    let year: u32 = std::str::from_utf8(&s[..4]).ok()?.parse().ok()?;
    let v = lit(&s[4..], b'-')?;
    let (month, v) = getnum(v)?;
    if !(1..=12).contains(&month) {
        return None;
    }
    let v = lit(v, b'-')?;
    let (day, mut v) = getnum(v)?;
    match layout {
        TsLayout::DateOnly => {}
        TsLayout::Zone(sep) => {
            v = lit(v, sep)?;
            v = parse_clock(v)?;
            // Z07:00
            if let Some(rest) = lit(v, b'Z') {
                v = rest;
            } else {
                if v.len() < 6 || v[3] != b':' || (v[0] != b'+' && v[0] != b'-') {
                    return None;
                }
                let two = |d: &[u8]| -> Option<u32> {
                    (d[0].is_ascii_digit() && d[1].is_ascii_digit())
                        .then(|| u32::from(d[0] - b'0') * 10 + u32::from(d[1] - b'0'))
                };
                let (hr, mm) = (two(&v[1..3])?, two(&v[4..6])?);
                if hr > 24 || mm > 60 {
                    return None;
                }
                v = &v[6..];
            }
        }
        TsLayout::Space => {
            // time.skip: a layout space matches any run of spaces (or none at the end).
            if v.first().is_some_and(|&c| c != b' ') {
                return None;
            }
            while v.first() == Some(&b' ') {
                v = &v[1..];
            }
            v = parse_clock(v)?;
        }
    }
    if !v.is_empty() {
        return None;
    }
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (day >= 1 && day <= days).then_some(())
}

/// "15:4:5.999999999" (fraction optional).
fn parse_clock(v: &[u8]) -> Option<&[u8]> {
    let (h, v) = getnum(v)?;
    if h >= 24 {
        return None;
    }
    let v = lit(v, b':')?;
    let (m, v) = getnum(v)?;
    if m >= 60 {
        return None;
    }
    let v = lit(v, b':')?;
    let (sec, mut v) = getnum(v)?;
    if sec >= 60 {
        return None;
    }
    if v.len() >= 2 && (v[0] == b'.' || v[0] == b',') && v[1].is_ascii_digit() {
        v = &v[1..];
        while v.first().is_some_and(u8::is_ascii_digit) {
            v = &v[1..];
        }
    }
    Some(v)
}

/// kubectl re-reads Go's JSON text with yaml.v2, and Go's JSON encoder leaves U+0085 (NEL) raw:
/// inside the double-quoted JSON string the YAML scanner treats it as a line break and folds it
/// (`yaml_parser_scan_flow_scalar`): spaces around a run of n breaks become " " (n = 1) or n-1
/// newlines.
fn fold_nel(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('\u{85}') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        let after_spaces = rest.trim_start_matches(' ');
        if after_spaces.starts_with('\u{85}') {
            let mut breaks = 0;
            let mut r = after_spaces;
            loop {
                r = r.trim_start_matches(' ');
                match r.strip_prefix('\u{85}') {
                    Some(next) => {
                        breaks += 1;
                        r = next;
                    }
                    None => break,
                }
            }
            if breaks == 1 {
                out.push(' ');
            } else {
                (1..breaks).for_each(|_| out.push('\n'));
            }
            rest = r;
        } else if c == ' ' {
            out.push_str(&rest[..rest.len() - after_spaces.len()]);
            rest = after_spaces;
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    std::borrow::Cow::Owned(out)
}

// ---------------------------------------------------------------------------------------------
// Scalar analysis (yaml_emitter_analyze_scalar) and style selection.

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Style {
    Plain,
    Single,
    Double,
    Literal,
}

#[derive(Clone, Copy)]
struct Analysis {
    multiline: bool,
    block_plain_allowed: bool,
    single_quoted_allowed: bool,
    block_allowed: bool,
}

fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

fn width(c: u8) -> usize {
    if c & 0x80 == 0 {
        1
    } else if c & 0xE0 == 0xC0 {
        2
    } else if c & 0xF0 == 0xE0 {
        3
    } else if c & 0xF8 == 0xF0 {
        4
    } else {
        1
    }
}

/// libyaml `is_printable`; note that 4-byte (non-BMP) characters are *not* printable.
fn is_printable(b: &[u8], i: usize) -> bool {
    let c = b[i];
    let c1 = at(b, i + 1);
    let c2 = at(b, i + 2);
    c == 0x0A
        || (0x20..=0x7E).contains(&c)
        || (c == 0xC2 && c1 >= 0xA0)
        || (c > 0xC2 && c < 0xED)
        || (c == 0xED && c1 < 0xA0)
        || c == 0xEE
        || (c == 0xEF && !(c1 == 0xBB && c2 == 0xBF) && !(c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF)))
}

fn is_break(b: &[u8], i: usize) -> bool {
    let c = at(b, i);
    c == b'\r'
        || c == b'\n'
        || (c == 0xC2 && at(b, i + 1) == 0x85)
        || (c == 0xE2 && at(b, i + 1) == 0x80 && (at(b, i + 2) == 0xA8 || at(b, i + 2) == 0xA9))
}

fn is_blank(b: &[u8], i: usize) -> bool {
    let c = at(b, i);
    c == b' ' || c == b'\t'
}

fn is_blankz(b: &[u8], i: usize) -> bool {
    is_blank(b, i) || is_break(b, i) || at(b, i) == 0
}

fn is_space(b: &[u8], i: usize) -> bool {
    at(b, i) == b' '
}

/// libyaml `is_bom` looks at the start of the value whatever `i` is, so a value that starts with
/// U+FEFF has every character escaped (yamlprivateh.go).
fn is_bom(b: &[u8], _i: usize) -> bool {
    b.starts_with(&[0xEF, 0xBB, 0xBF])
}

/// Fast path for the bulk of Kubernetes strings (names, images, paths, quantities): nothing in
/// them can trip any rule of `analyze`, so every style is allowed.
fn is_simple_token(v: &[u8]) -> bool {
    let safe = |c: &u8| {
        c.is_ascii_alphanumeric()
            || matches!(c, b'.' | b'_' | b'/' | b'-' | b'=' | b'+' | b'(' | b')')
    };
    v.first()
        .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'/' | b'_' | b'(' | b'=' | b'+'))
        && v.iter().all(safe)
}

fn analyze(value: &[u8]) -> Analysis {
    if value.is_empty() {
        return Analysis {
            multiline: false,
            block_plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: false,
        };
    }
    if is_simple_token(value) {
        return Analysis {
            multiline: false,
            block_plain_allowed: true,
            single_quoted_allowed: true,
            block_allowed: true,
        };
    }
    let mut block_indicators = value.starts_with(b"---") || value.starts_with(b"...");
    let (mut line_breaks, mut special) = (false, false);
    let (mut leading_space, mut leading_break, mut trailing_space, mut trailing_break) =
        (false, false, false, false);
    let (mut break_space, mut space_break) = (false, false);
    let (mut previous_space, mut previous_break) = (false, false);
    let mut preceded_by_whitespace = true;
    let mut i = 0;
    while i < value.len() {
        let c = value[i];
        let w = width(c);
        let followed_by_whitespace = i + w >= value.len() || is_blank(value, i + w);
        if i == 0 {
            match c {
                b'#' | b',' | b'[' | b']' | b'{' | b'}' | b'&' | b'*' | b'!' | b'|' | b'>'
                | b'\'' | b'"' | b'%' | b'@' | b'`' => block_indicators = true,
                b'?' | b':' | b'-' if followed_by_whitespace => block_indicators = true,
                _ => {}
            }
        } else {
            match c {
                b':' if followed_by_whitespace => block_indicators = true,
                b'#' if preceded_by_whitespace => block_indicators = true,
                _ => {}
            }
        }
        if !is_printable(value, i) {
            special = true;
        }
        if c == b' ' {
            if i == 0 {
                leading_space = true;
            }
            if i + w == value.len() {
                trailing_space = true;
            }
            if previous_break {
                break_space = true;
            }
            previous_space = true;
            previous_break = false;
        } else if is_break(value, i) {
            line_breaks = true;
            if i == 0 {
                leading_break = true;
            }
            if i + w == value.len() {
                trailing_break = true;
            }
            if previous_space {
                space_break = true;
            }
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_whitespace = is_blankz(value, i);
        i += w;
    }
    let mut a = Analysis {
        multiline: line_breaks,
        block_plain_allowed: true,
        single_quoted_allowed: true,
        block_allowed: true,
    };
    if leading_space || leading_break || trailing_space || trailing_break {
        a.block_plain_allowed = false;
    }
    if trailing_space {
        a.block_allowed = false;
    }
    if break_space {
        a.block_plain_allowed = false;
        a.single_quoted_allowed = false;
    }
    if space_break || special {
        a.block_plain_allowed = false;
        a.single_quoted_allowed = false;
        a.block_allowed = false;
    }
    if line_breaks || block_indicators {
        a.block_plain_allowed = false;
    }
    a
}

/// encode.go `stringv` then `yaml_emitter_select_scalar_style` (block context, no tags).
fn select_style(s: &str, a: &Analysis, simple_key: bool, needs_quotes: bool) -> Style {
    let mut style = if s.contains('\n') {
        Style::Literal
    } else if needs_quotes {
        Style::Double
    } else {
        Style::Plain
    };
    if simple_key && a.multiline {
        style = Style::Double;
    }
    if style == Style::Plain && (!a.block_plain_allowed || (s.is_empty() && simple_key)) {
        style = Style::Single;
    }
    if style == Style::Single && !a.single_quoted_allowed {
        style = Style::Double;
    }
    if style == Style::Literal && (!a.block_allowed || simple_key) {
        style = Style::Double;
    }
    style
}

// ---------------------------------------------------------------------------------------------
// The emitter (emitterc.go state machine, unrolled into recursion).

#[derive(Clone, Copy, Default)]
struct Ctx {
    mapping: bool,
    simple_key: bool,
}

struct Emitter<'w, W: Write> {
    out: &'w mut W,
    buf: Vec<u8>,
    column: i64,
    indent: i64,
    indents: Vec<i64>,
    whitespace: bool,
    indention: bool,
    ctx: Ctx,
    /// Reused buffer for number text.
    scratch: String,
}

impl<W: Write> Emitter<'_, W> {
    fn flush(&mut self) -> io::Result<()> {
        self.out.write_all(&self.buf)?;
        self.buf.clear();
        Ok(())
    }

    fn maybe_flush(&mut self) -> io::Result<()> {
        if self.buf.len() >= FLUSH_AT {
            self.flush()?;
        }
        Ok(())
    }

    fn put(&mut self, c: u8) {
        self.buf.push(c);
        self.column += 1;
    }

    fn put_break(&mut self) {
        self.buf.push(b'\n');
        self.column = 0;
    }

    /// Copies one character of `s` at `*i`.
    fn write(&mut self, s: &[u8], i: &mut usize) {
        let w = width(s[*i]).min(s.len() - *i);
        self.buf.extend_from_slice(&s[*i..*i + w]);
        self.column += 1;
        *i += w;
    }

    fn write_break(&mut self, s: &[u8], i: &mut usize) {
        if s[*i] == b'\n' {
            self.put_break();
            *i += 1;
        } else {
            self.write(s, i);
            self.column = 0;
        }
    }

    fn write_indent(&mut self) {
        let indent = self.indent.max(0);
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        if self.column < indent {
            let pad = (indent - self.column) as usize;
            self.buf.resize(self.buf.len() + pad, b' ');
            self.column = indent;
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn write_indicator(
        &mut self,
        ind: &[u8],
        need_whitespace: bool,
        is_whitespace: bool,
        is_indention: bool,
    ) {
        if need_whitespace && !self.whitespace {
            self.put(b' ');
        }
        self.buf.extend_from_slice(ind);
        self.column += ind.len() as i64;
        self.whitespace = is_whitespace;
        self.indention = self.indention && is_indention;
    }

    fn increase_indent(&mut self, flow: bool, indentless: bool) {
        self.indents.push(self.indent);
        if self.indent < 0 {
            self.indent = if flow { BEST_INDENT } else { 0 };
        } else if !indentless {
            self.indent += BEST_INDENT;
        }
    }

    fn pop_indent(&mut self) {
        self.indent = self.indents.pop().unwrap_or(-1);
    }

    fn emit_node(&mut self, v: &Value, ctx: Ctx) -> io::Result<()> {
        self.ctx = ctx;
        match v {
            Value::Null => self.emit_bare("null"),
            Value::Bool(true) => self.emit_bare("true"),
            Value::Bool(false) => self.emit_bare("false"),
            Value::Number(n) => {
                let mut text = std::mem::take(&mut self.scratch);
                text.clear();
                number_text(n, &mut text);
                let r = self.emit_bare(&text);
                self.scratch = text;
                r
            }
            Value::String(s) => self.emit_string(s),
            Value::Array(items) if items.is_empty() => self.emit_empty_flow(b"[", b"]"),
            Value::Object(map) if map.is_empty() => self.emit_empty_flow(b"{", b"}"),
            Value::Array(items) => {
                // yaml_emitter_emit_block_sequence_item: a sequence directly after `key:` is
                // "indentless" (compact), elsewhere it is indented.
                let indentless = self.ctx.mapping && !self.indention;
                self.increase_indent(false, indentless);
                for item in items {
                    self.write_indent();
                    self.write_indicator(b"-", true, false, true);
                    self.emit_node(item, Ctx::default())?;
                    self.maybe_flush()?;
                }
                self.pop_indent();
                Ok(())
            }
            Value::Object(map) => {
                self.increase_indent(false, false);
                // serde_json's map is in byte order, which agrees with the natural order for
                // most Kubernetes keys: only sort (and allocate) when a neighbour pair disagrees.
                let in_order = map
                    .keys()
                    .zip(map.keys().skip(1))
                    .all(|(a, b)| key_less(a, b));
                let sorted = if in_order {
                    Vec::new()
                } else {
                    sorted_entries(map)
                };
                let mut by_bytes = map.iter().map(|(k, v)| (k.as_str(), v));
                let mut by_natural = sorted.iter().copied();
                let entries: &mut dyn Iterator<Item = (&str, &Value)> = if in_order {
                    &mut by_bytes
                } else {
                    &mut by_natural
                };
                for (k, val) in entries {
                    self.write_indent();
                    // yaml_emitter_check_simple_key: no line break and at most 128 bytes.
                    let multiline = k.bytes().any(|c| c == b'\n' || c == b'\r' || c >= 0xC2)
                        && analyze(fold_nel(k).as_bytes()).multiline;
                    if !multiline && k.len() <= MAX_SIMPLE_KEY_LEN {
                        self.ctx = Ctx {
                            mapping: true,
                            simple_key: true,
                        };
                        self.emit_string(k)?;
                        self.write_indicator(b":", false, false, false);
                    } else {
                        self.write_indicator(b"?", true, false, true);
                        self.ctx = Ctx {
                            mapping: true,
                            simple_key: false,
                        };
                        self.emit_string(k)?;
                        self.write_indent();
                        self.write_indicator(b":", true, false, true);
                    }
                    self.emit_node(
                        val,
                        Ctx {
                            mapping: true,
                            ..Ctx::default()
                        },
                    )?;
                    self.maybe_flush()?;
                }
                self.pop_indent();
                Ok(())
            }
        }
    }

    fn emit_empty_flow(&mut self, open: &[u8], close: &[u8]) -> io::Result<()> {
        self.write_indicator(open, true, true, false);
        // emit_flow_*_item/key: indent is pushed and popped, nothing is written between.
        self.write_indicator(close, false, false, false);
        Ok(())
    }

    /// Numbers, booleans and null: yaml.v2 emits them plain, and they hold no spaces to fold.
    fn emit_bare(&mut self, s: &str) -> io::Result<()> {
        self.emit_styled(s, Style::Plain, self.ctx.simple_key);
        Ok(())
    }

    /// encode.go `stringv` + libyaml style selection and writing.
    fn emit_string(&mut self, s: &str) -> io::Result<()> {
        let s = fold_nel(s);
        let a = analyze(s.as_bytes());
        let style = select_style(&s, &a, self.ctx.simple_key, must_double_quote(&s));
        self.emit_styled(&s, style, self.ctx.simple_key);
        Ok(())
    }

    fn emit_styled(&mut self, s: &str, style: Style, simple_key: bool) {
        self.increase_indent(true, false);
        let allow_breaks = !simple_key;
        let v = s.as_bytes();
        match style {
            Style::Plain => self.write_plain(v, allow_breaks),
            Style::Single => self.write_single(v, allow_breaks),
            Style::Double => self.write_double(v, allow_breaks),
            Style::Literal => self.write_literal(v),
        }
        self.pop_indent();
    }

    fn write_plain(&mut self, v: &[u8], allow_breaks: bool) {
        if !self.whitespace {
            self.put(b' ');
        }
        // Fast path: without line breaks, only a space past column 80 changes anything.
        let no_breaks = || !v.iter().any(|&c| matches!(c, b'\n' | b'\r' | 0xC2 | 0xE2));
        if (self.column + v.len() as i64 <= BEST_WIDTH || !v.contains(&b' ')) && no_breaks() {
            self.buf.extend_from_slice(v);
            self.column += v.iter().filter(|&&c| c & 0xC0 != 0x80).count() as i64;
            self.whitespace = false;
            self.indention = false;
            return;
        }
        let (mut spaces, mut breaks) = (false, false);
        let mut i = 0;
        while i < v.len() {
            if v[i] == b' ' {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && !is_space(v, i + 1) {
                    self.write_indent();
                    i += 1;
                } else {
                    self.write(v, &mut i);
                }
                spaces = true;
            } else if is_break(v, i) {
                if !breaks && v[i] == b'\n' {
                    self.put_break();
                }
                self.write_break(v, &mut i);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.write(v, &mut i);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn write_single(&mut self, v: &[u8], allow_breaks: bool) {
        self.write_indicator(b"'", true, false, false);
        let (mut spaces, mut breaks) = (false, false);
        let mut i = 0;
        while i < v.len() {
            if v[i] == b' ' {
                if allow_breaks
                    && !spaces
                    && self.column > BEST_WIDTH
                    && i > 0
                    && i < v.len() - 1
                    && !is_space(v, i + 1)
                {
                    self.write_indent();
                    i += 1;
                } else {
                    self.write(v, &mut i);
                }
                spaces = true;
            } else if is_break(v, i) {
                if !breaks && v[i] == b'\n' {
                    self.put_break();
                }
                self.write_break(v, &mut i);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                if v[i] == b'\'' {
                    self.put(b'\'');
                }
                self.write(v, &mut i);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        self.write_indicator(b"'", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_double(&mut self, v: &[u8], allow_breaks: bool) {
        let mut spaces = false;
        self.write_indicator(b"\"", true, false, false);
        let mut i = 0;
        while i < v.len() {
            let c = v[i];
            if !is_printable(v, i) || is_bom(v, i) || is_break(v, i) || c == b'"' || c == b'\\' {
                let w = width(c).min(v.len() - i);
                let ch = std::str::from_utf8(&v[i..i + w])
                    .ok()
                    .and_then(|s| s.chars().next())
                    .map_or(u32::from(c), u32::from);
                i += w;
                self.put(b'\\');
                let esc = match ch {
                    0x00 => Some(b'0'),
                    0x07 => Some(b'a'),
                    0x08 => Some(b'b'),
                    0x09 => Some(b't'),
                    0x0A => Some(b'n'),
                    0x0B => Some(b'v'),
                    0x0C => Some(b'f'),
                    0x0D => Some(b'r'),
                    0x1B => Some(b'e'),
                    0x22 => Some(b'"'),
                    0x5C => Some(b'\\'),
                    0x85 => Some(b'N'),
                    0xA0 => Some(b'_'),
                    0x2028 => Some(b'L'),
                    0x2029 => Some(b'P'),
                    _ => None,
                };
                match esc {
                    Some(e) => self.put(e),
                    None => {
                        let (letter, digits) = if ch <= 0xFF {
                            (b'x', 2)
                        } else if ch <= 0xFFFF {
                            (b'u', 4)
                        } else {
                            (b'U', 8)
                        };
                        self.put(letter);
                        for k in (0..digits).rev() {
                            let d = ((ch >> (k * 4)) & 0x0F) as u8;
                            self.put(if d < 10 { b'0' + d } else { b'A' + d - 10 });
                        }
                    }
                }
                spaces = false;
            } else if c == b' ' {
                if allow_breaks && !spaces && self.column > BEST_WIDTH && i > 0 && i < v.len() - 1 {
                    self.write_indent();
                    if is_space(v, i + 1) {
                        self.put(b'\\');
                    }
                    i += 1;
                } else {
                    self.write(v, &mut i);
                }
                spaces = true;
            } else {
                self.write(v, &mut i);
                spaces = false;
            }
        }
        self.write_indicator(b"\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_block_hints(&mut self, v: &[u8]) {
        if is_space(v, 0) || is_break(v, 0) {
            self.write_indicator(&[b'0' + BEST_INDENT as u8], false, false, false);
        }
        let chomp = if v.is_empty() {
            Some(b'-')
        } else {
            let mut i = v.len() - 1;
            while i > 0 && v[i] & 0xC0 == 0x80 {
                i -= 1;
            }
            if !is_break(v, i) {
                Some(b'-')
            } else if i == 0 {
                Some(b'+')
            } else {
                i -= 1;
                while i > 0 && v[i] & 0xC0 == 0x80 {
                    i -= 1;
                }
                is_break(v, i).then_some(b'+')
            }
        };
        if let Some(c) = chomp {
            self.write_indicator(&[c], false, false, false);
        }
    }

    fn write_literal(&mut self, v: &[u8]) {
        self.write_indicator(b"|", true, false, false);
        self.write_block_hints(v);
        self.put_break();
        self.indention = true;
        self.whitespace = true;
        let mut breaks = true;
        let mut i = 0;
        while i < v.len() {
            if is_break(v, i) {
                self.write_break(v, &mut i);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                self.write(v, &mut i);
                self.indention = false;
                breaks = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Shows the first differing line of two renderings.
    fn diff(expected: &str, got: &str) -> String {
        let (e, g): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), got.lines().collect());
        let n = e.iter().zip(&g).take_while(|(a, b)| a == b).count();
        format!(
            "first difference at line {}:\n  kubectl: {:?}\n  kctl:    {:?}\n--- kubectl\n{expected}--- kctl\n{got}",
            n + 1,
            e.get(n),
            g.get(n)
        )
    }

    /// (name, JSON input, kubectl 1.32 output). Each input is `{"data": …}`. To regenerate an
    /// expectation, run `kubectl.1.32 annotate --local -f cm.json kctl-test=1 -o yaml` on
    /// `{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"},"data":…}` and keep the
    /// lines from `data:` up to `kind: ConfigMap` (exclusive): keys sort so that block is exactly
    /// the rendering of `{"data": …}` at the same columns.
    const GOLDEN: &[(&str, &str, &str)] = &[
        (
            "bool_words",
            r##"{"data": {"y": "y", "Y": "Y", "yes": "yes", "Yes": "Yes", "YES": "YES", "n": "n", "N": "N", "no": "no", "No": "No", "NO": "NO", "true": "true", "True": "True", "TRUE": "TRUE", "false": "false", "False": "False", "FALSE": "FALSE", "on": "on", "On": "On", "ON": "ON", "off": "off", "Off": "Off", "OFF": "OFF", "yES": "yES", "oN": "oN", "nO": "nO"}}"##,
            r##"data:
  "FALSE": "FALSE"
  "False": "False"
  "N": "N"
  "NO": "NO"
  "No": "No"
  "OFF": "OFF"
  "ON": "ON"
  "Off": "Off"
  "On": "On"
  "TRUE": "TRUE"
  "True": "True"
  "Y": "Y"
  "YES": "YES"
  "Yes": "Yes"
  "false": "false"
  "n": "n"
  nO: nO
  "no": "no"
  oN: oN
  "off": "off"
  "on": "on"
  "true": "true"
  "y": "y"
  yES: yES
  "yes": "yes"
"##,
        ),
        (
            "null_words",
            r##"{"data": {"a": "null", "b": "Null", "c": "NULL", "d": "~", "e": "", "f": "nULL", "g": "~x"}}"##,
            r##"data:
  a: "null"
  b: "Null"
  c: "NULL"
  d: "~"
  e: ""
  f: nULL
  g: ~x
"##,
        ),
        (
            "special_floats",
            r##"{"data": {"a": ".inf", "b": ".Inf", "c": "-.inf", "d": "+.INF", "e": ".nan", "f": ".NaN", "g": ".nAn", "h": "inf", "i": "NaN", "j": "-inf"}}"##,
            r##"data:
  a: ".inf"
  b: ".Inf"
  c: "-.inf"
  d: "+.INF"
  e: ".nan"
  f: ".NaN"
  g: .nAn
  h: inf
  i: NaN
  j: -inf
"##,
        ),
        (
            "ints",
            r##"{"data": {"a": "1", "b": "-1", "c": "+1", "d": "0", "e": "-0", "f": "007", "g": "0755", "h": "08", "i": "09", "j": "1_000", "k": "_1", "l": "1_", "m": "12345678901234567890", "n": "123456789012345678901234567890"}}"##,
            r##"data:
  a: "1"
  b: "-1"
  c: "+1"
  d: "0"
  e: "-0"
  f: "007"
  g: "0755"
  h: "08"
  i: "09"
  j: "1_000"
  k: _1
  l: "1_"
  m: "12345678901234567890"
  "n": "123456789012345678901234567890"
"##,
        ),
        (
            "radix",
            r##"{"data": {"a": "0x1F", "b": "0X1f", "c": "0o17", "d": "0b101", "e": "-0x1F", "f": "+0b11", "g": "0x", "h": "0xG", "i": "0b-1", "j": "0b+1", "k": "-0b-1", "l": "0xFFFFFFFFFFFFFFFFFFFF", "m": "0b2", "n": "0o8", "o": "0x_1F"}}"##,
            r##"data:
  a: "0x1F"
  b: "0X1f"
  c: "0o17"
  d: "0b101"
  e: "-0x1F"
  f: "+0b11"
  g: 0x
  h: 0xG
  i: "0b-1"
  j: "0b+1"
  k: -0b-1
  l: 0xFFFFFFFFFFFFFFFFFFFF
  m: 0b2
  "n": 0o8
  o: "0x_1F"
"##,
        ),
        (
            "floats",
            r##"{"data": {"a": "1.0", "b": "1.", "c": ".5", "d": "-.5", "e": "1e3", "f": "1E3", "g": "1e+3", "h": "1e", "i": "1.2.3", "j": "1e999", "k": "-1e999", "l": ".", "m": "..", "n": ".e3", "o": ".5e3", "p": ".5_5", "q": "._5", "r": "1__0.5", "s": "6.02e23", "t": "+.5", "u": "e3"}}"##,
            r##"data:
  a: "1.0"
  b: "1."
  c: ".5"
  d: "-.5"
  e: "1e3"
  f: "1E3"
  g: "1e+3"
  h: 1e
  i: 1.2.3
  j: 1e999
  k: -1e999
  l: .
  m: ..
  "n": .e3
  o: ".5e3"
  p: ".5_5"
  q: ._5
  r: "1__0.5"
  s: "6.02e23"
  t: "+.5"
  u: e3
"##,
        ),
        (
            "base60",
            r##"{"data": {"a": "1:20", "b": "-1:30:00", "c": "1:20.5", "d": "190:20:30", "e": "1:60", "f": "1:123", "g": "1:2:3:4", "h": "1_0:20", "i": ":20", "j": "1:", "k": "a1:20", "l": "12:30:45.5_5", "m": "1:5x"}}"##,
            r##"data:
  a: "1:20"
  b: "-1:30:00"
  c: "1:20.5"
  d: "190:20:30"
  e: 1:60
  f: 1:123
  g: "1:2:3:4"
  h: "1_0:20"
  i: :20
  j: '1:'
  k: a1:20
  l: "12:30:45.5_5"
  m: 1:5x
"##,
        ),
        (
            "timestamps",
            r##"{"data": {"a": "2024-01-02", "b": "2024-1-2", "c": "2024-01-02T03:04:05Z", "d": "2024-01-02T03:04:05.123456789Z", "e": "2024-01-02t03:04:05+05:30", "f": "2024-01-02 03:04:05", "g": "2024-01-02T03:04:05", "h": "2024-02-30", "i": "2024-13-01", "j": "2024-02-29", "k": "2023-02-29", "l": "2024-01-02  03:04:05.5", "m": "2024-01-02T24:00:00Z", "n": "2024-01-02T03:04:05-0700", "o": "2024-01-02T03:04:05.Z", "p": "20240-01-02", "q": "2024-01-02x", "r": "2024-01-02T3:4:5Z", "s": "2024-01-02T03:04:05+25:00", "t": "2024-01-02 03:04:05Z", "u": "2024-01-02T03:04:05,5Z"}}"##,
            r##"data:
  a: "2024-01-02"
  b: "2024-1-2"
  c: "2024-01-02T03:04:05Z"
  d: "2024-01-02T03:04:05.123456789Z"
  e: "2024-01-02t03:04:05+05:30"
  f: "2024-01-02 03:04:05"
  g: 2024-01-02T03:04:05
  h: 2024-02-30
  i: 2024-13-01
  j: "2024-02-29"
  k: 2023-02-29
  l: "2024-01-02  03:04:05.5"
  m: 2024-01-02T24:00:00Z
  "n": 2024-01-02T03:04:05-0700
  o: 2024-01-02T03:04:05.Z
  p: 20240-01-02
  q: 2024-01-02x
  r: "2024-01-02T3:4:5Z"
  s: 2024-01-02T03:04:05+25:00
  t: 2024-01-02 03:04:05Z
  u: "2024-01-02T03:04:05,5Z"
"##,
        ),
        (
            "leading_indicators",
            r##"{"data": {"0": "# x", "1": "#x", "2": "a #b", "3": "a#b", "4": "a\t#b", "5": "- x", "6": "-x", "7": "-", "8": "--- x", "9": "---", "10": "---x", "11": "...", "12": "...x", "13": "? x", "14": "?x", "15": "?", "16": "[x]", "17": "x[y]", "18": "{a}", "19": "x{a}", "20": "&a", "21": "*a", "22": "!a", "23": "|x", "24": "x|", "25": ">x", "26": "x>", "27": "'q'", "28": "\"q\"", "29": "%x", "30": "@x", "31": "`x", "32": "a, b", "33": ",a", "34": "x,", "35": " ,"}}"##,
            r##"data:
  "0": '# x'
  "1": '#x'
  "2": 'a #b'
  "3": a#b
  "4": "a\t#b"
  "5": '- x'
  "6": -x
  "7": '-'
  "8": '--- x'
  "9": '---'
  "10": '---x'
  "11": '...'
  "12": '...x'
  "13": '? x'
  "14": ?x
  "15": '?'
  "16": '[x]'
  "17": x[y]
  "18": '{a}'
  "19": x{a}
  "20": '&a'
  "21": '*a'
  "22": '!a'
  "23": '|x'
  "24": x|
  "25": '>x'
  "26": x>
  "27": '''q'''
  "28": '"q"'
  "29": '%x'
  "30": '@x'
  "31": '`x'
  "32": a, b
  "33": ',a'
  "34": x,
  "35": ' ,'
"##,
        ),
        (
            "colons",
            r##"{"data": {"a": "a: b", "b": "a:b", "c": "a:", "d": ":a", "e": ": a", "f": ":", "g": "a:\tb", "h": "http://x.y/z", "i": "a :b", "j": "image: nginx:1.25"}}"##,
            r##"data:
  a: 'a: b'
  b: a:b
  c: 'a:'
  d: :a
  e: ': a'
  f: ':'
  g: "a:\tb"
  h: http://x.y/z
  i: a :b
  j: 'image: nginx:1.25'
"##,
        ),
        (
            "spaces",
            r##"{"data": {"a": " x", "b": "x ", "c": "a  b", "d": " ", "e": "  ", "f": " x ", "g": "a b c"}}"##,
            r##"data:
  a: ' x'
  b: 'x '
  c: a  b
  d: ' '
  e: '  '
  f: ' x '
  g: a b c
"##,
        ),
        (
            "quotes",
            r##"{"data": {"a": "it's", "b": "'", "c": "it's: x", "d": "say \"hi\"", "e": "back\\slash", "f": "\"", "g": " it's", "h": "'start"}}"##,
            r##"data:
  a: it's
  b: ''''
  c: 'it''s: x'
  d: say "hi"
  e: back\slash
  f: '"'
  g: ' it''s'
  h: '''start'
"##,
        ),
        (
            "control_chars",
            r##"{"data": {"a": "a\tb", "b": "\t", "c": "a\rb", "d": "\u0000", "f": "\u0085", "g": "\u00a0x", "h": "\ufeffx", "j": "\u001b[0m", "k": "\u0007\b\u000b\f", "l": "tab\tend ", "m": "\u0001\u001f", "n": "x\u2028y", "o": "x\u2029", "p": "\ue000", "q": "\ufffd"}}"##,
            r##"data:
  a: "a\tb"
  b: "\t"
  c: "a\rb"
  d: "\0"
  f: ' '
  g:  x
  h: "\uFEFF\x78"
  j: "\e[0m"
  k: "\a\b\v\f"
  l: "tab\tend "
  m: "\x01\x1F"
  "n": 'x     y'
  o: 'x '
  p: 
  q: �
"##,
        ),
        (
            "nel_folding",
            r##"{"data": {"a": "a\u0085b", "b": "a \u0085  b", "c": "\u0085\u0085", "d": "x \u0085 \u0085\u0085 y", "e": "\u0085x", "f": "line\nnel\u0085end\n"}}"##,
            r##"data:
  a: a b
  b: a b
  c: |2+

  d: |-
    x

    y
  e: ' x'
  f: |
    line
    nel end
"##,
        ),
        (
            "bom",
            r##"{"data": {"a": "\ufeffx y", "b": "x\ufeff", "c": "\ufeff\u00e9\n"}}"##,
            r##"data:
  a: "\uFEFF\x78\x20\x79"
  b: "x\uFEFF"
  c: "\uFEFF\xE9\n"
"##,
        ),
        (
            "unicode",
            r##"{"data": {"a": "\u00e9", "b": "\u65e5\u672c\u8a9e", "c": "\ud83d\ude00", "d": "a\ud83d\ude00b", "e": "Gr\u00fc\u00dfe, Welt", "f": "\u043a\u043b\u044e\u0447: \u0437\u043d\u0430\u0447\u0435\u043d\u0438\u0435", "g": "\u00e9 x", "h": "\ud83d\ude00 smile"}}"##,
            r##"data:
  a: é
  b: 日本語
  c: "\U0001F600"
  d: "a\U0001F600b"
  e: Grüße, Welt
  f: 'ключ: значение'
  g: é x
  h: "\U0001F600 smile"
"##,
        ),
        (
            "literal_basic",
            r##"{"data": {"a": "a\nb", "b": "a\nb\n", "c": "a\nb\n\n", "d": "a\n\n", "e": "x\n\n\ny"}}"##,
            r##"data:
  a: |-
    a
    b
  b: |
    a
    b
  c: |+
    a
    b

  d: |+
    a

  e: |-
    x


    y
"##,
        ),
        (
            "literal_edge",
            r##"{"data": {"a": "\n", "b": "\n\n", "c": "\na", "d": " a\nb", "e": "a\n b", "f": "line\n  indented\n", "g": "\n a"}}"##,
            r##"data:
  a: |2+

  b: |2+


  c: |2-

    a
  d: |2-
     a
    b
  e: |-
    a
     b
  f: |
    line
      indented
  g: |2-

     a
"##,
        ),
        (
            "literal_fallback",
            r##"{"data": {"a": "a \nb", "b": "a\n\tb", "c": "a\r\nb", "d": "trailing \n", "e": "a\nb ", "f": "a\n \nb", "g": "a\n\nb\n ", "h": "a\n# not comment\n- x\n"}}"##,
            r##"data:
  a: "a \nb"
  b: "a\n\tb"
  c: "a\r\nb"
  d: "trailing \n"
  e: "a\nb "
  f: "a\n \nb"
  g: "a\n\nb\n "
  h: |
    a
    # not comment
    - x
"##,
        ),
        (
            "literal_yaml_words",
            r##"{"data": {"a": "yes\n", "b": "1\n2\n", "c": "null\n", "d": "- a\n- b\n"}}"##,
            r##"data:
  a: |
    yes
  b: |
    1
    2
  c: |
    null
  d: |
    - a
    - b
"##,
        ),
        (
            "fold_plain",
            r##"{"data": {"a": "word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word", "b": "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij", "c": "word word word word word word word word word word word word word word word xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx tail", "d": "aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa end"}}"##,
            r##"data:
  a: word word word word word word word word word word word word word word word word
    word word word word word word word word word word word word word word
  b: abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij
  c: word word word word word word word word word word word word word word word xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    tail
  d: aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa aa
    aa aa aa aa aa aa aa aa aa aa aa aa aa aa end
"##,
        ),
        (
            "fold_plain_doublespace",
            r##"{"data": {"a": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx   y  z wwwwwwwwww end"}}"##,
            r##"data:
  a: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx   y  z
    wwwwwwwwww end
"##,
        ),
        (
            "fold_single",
            r##"{"data": {"a": "a: b word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word", "b": "# word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word", "c": "'word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word'"}}"##,
            r##"data:
  a: 'a: b word word word word word word word word word word word word word word word
    word word word word word word word word word word word word word word word'
  b: '# word word word word word word word word word word word word word word word
    word word word word word word word word word word word word word word word'
  c: '''word word word word word word word word word word word word word word word
    word word word word word word word word word word word word word word word'''
"##,
        ),
        (
            "fold_double",
            r##"{"data": {"a": "tab\tword word word word word word word word word word word word word word word word word word word word word word word word word word word word word word", "b": "yes", "c": "\tx x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x ", "d": "a\tbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb  c d"}}"##,
            r##"data:
  a: "tab\tword word word word word word word word word word word word word word word
    word word word word word word word word word word word word word word word"
  b: "yes"
  c: "\tx x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x
    x x x x x x x x x x x x x x x x x x x x x x x "
  d: "a\tbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
    \ c d"
"##,
        ),
        (
            "fold_exact_cols",
            r##"{"data": {"a": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy", "b": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy", "c": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy", "d": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx a b c", "e": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx y"}}"##,
            r##"data:
  a: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy
  b: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx yyyyyyyyyy
  c: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    yyyyyyyyyy
  d: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    a b c
  e: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    y
"##,
        ),
        (
            "fold_nested",
            r##"{"data": {"l1": {"l2": {"l3": {"l4": "word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word"}}}}}"##,
            r##"data:
  l1:
    l2:
      l3:
        l4: word word word word word word word word word word word word word word
          word word word word word word word word word word word word word word word
          word
"##,
        ),
        (
            "fold_in_seq",
            r##"{"data": ["word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word", ["word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word"], {"k": "word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word"}]}"##,
            r##"data:
- word word word word word word word word word word word word word word word word
  word word word word word word word word word word word word word word
- - word word word word word word word word word word word word word word word word
    word word word word word word word word word word word word word word
- k: word word word word word word word word word word word word word word word word
    word word word word word word word word word word word word word word
"##,
        ),
        (
            "fold_unicode",
            r##"{"data": {"a": "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9 \u00fc\u00fc\u00fc\u00fc\u00fc\u00fc\u00fc\u00fc\u00fc\u00fc\u00fc\u00fc\u00fc\u00fc\u00fc\u00fc\u00fc\u00fc\u00fc\u00fc x"}}"##,
            r##"data:
  a: éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé üüüüüüüüüüüüüüüüüüüü
    x
"##,
        ),
        (
            "numbers",
            r##"{"data": {"a": 1, "b": -1, "c": 0, "d": 1.0, "e": 1.5, "f": -0.0, "g": 1000000.0, "h": 1e+21, "i": 1.5e+20, "j": 1e-07, "k": 0.0001, "l": 1e-05, "m": 123456.5, "n": 1234567.5, "o": 3.14159, "p": -2.5e-10, "q": 1e+300, "r": 100000.0}}"##,
            r##"data:
  a: 1
  b: -1
  c: 0
  d: 1
  e: 1.5
  f: 0
  g: 1000000
  h: 1e+21
  i: 1.5e+20
  j: 1e-07
  k: 0.0001
  l: 1e-05
  m: 123456.5
  "n": 1.2345675e+06
  o: 3.14159
  p: -2.5e-10
  q: 1e+300
  r: 100000
"##,
        ),
        (
            "big_ints",
            r##"{"data": {"a": 9007199254740993, "b": 9223372036854775807, "c": -9223372036854775808, "d": 9223372036854775808, "e": 18446744073709551615, "f": 12345678901234567890, "g": 1e+19, "h": 9.3e+18}}"##,
            r##"data:
  a: 9007199254740993
  b: 9223372036854775807
  c: -9223372036854775808
  d: 9223372036854776000
  e: 1.8446744073709552e+19
  f: 12345678901234567000
  g: 10000000000000000000
  h: 9300000000000000000
"##,
        ),
        (
            "scalars",
            r##"{"data": {"a": true, "b": false, "c": null, "d": "true", "e": "null"}}"##,
            r##"data:
  a: true
  b: false
  c: null
  d: "true"
  e: "null"
"##,
        ),
        (
            "empty",
            r##"{"data": {"a": {}, "b": [], "c": [{}], "d": [[]], "e": {"x": {}}, "f": [[], {}]}}"##,
            r##"data:
  a: {}
  b: []
  c:
  - {}
  d:
  - []
  e:
    x: {}
  f:
  - []
  - {}
"##,
        ),
        (
            "nested_seq",
            r##"{"data": [[1, 2], [3, [4, [5]]], []]}"##,
            r##"data:
- - 1
  - 2
- - 3
  - - 4
    - - 5
- []
"##,
        ),
        (
            "seq_of_maps",
            r##"{"data": [{"name": "a", "value": "1"}, {"b": [1, 2], "a": {"c": [{"d": 1}]}}]}"##,
            r##"data:
- name: a
  value: "1"
- a:
    c:
    - d: 1
  b:
  - 1
  - 2
"##,
        ),
        (
            "map_seq_map",
            r##"{"data": {"containers": [{"name": "x", "args": ["--a", "--b=c", "-v=2"], "ports": [{"containerPort": 80}]}]}}"##,
            r##"data:
  containers:
  - args:
    - --a
    - --b=c
    - -v=2
    name: x
    ports:
    - containerPort: 80
"##,
        ),
        (
            "seq_literals",
            r##"{"data": ["a\nb\n", "x\n", {"k": "a\nb"}, ["c\nd"]]}"##,
            r##"data:
- |
  a
  b
- |
  x
- k: |-
    a
    b
- - |-
    c
    d
"##,
        ),
        (
            "seq_scalars",
            r##"{"data": [null, true, 1, 1.5, "s", "yes", "", " ", "a: b"]}"##,
            r##"data:
- null
- true
- 1
- 1.5
- s
- "yes"
- ""
- ' '
- 'a: b'
"##,
        ),
        (
            "seq_in_seq_maps",
            r##"{"data": [[{"a": 1, "b": 2}, {"c": 3}], [[{"d": 4}]]]}"##,
            r##"data:
- - a: 1
    b: 2
  - c: 3
- - - d: 4
"##,
        ),
        (
            "deep",
            r##"{"data": {"a": {"b": {"c": {"d": {"e": {"f": [{"g": [{"h": "i"}]}]}}}}}}}"##,
            r##"data:
  a:
    b:
      c:
        d:
          e:
            f:
            - g:
              - h: i
"##,
        ),
        (
            "key_order",
            r##"{"data": {"a10": 1, "a9": 1, "a_b": 1, "aB": 1, "a-b": 1, "a.b": 1, "A": 1, "a": 1, "b1": 1, "b01": 1, "b001": 1, "x0y": 1, "x00y": 1, "1": 1, "10": 1, "2": 1, "item10": 1, "item9": 1, "\u00e9": 1, "z": 1, "Z": 1, "_a": 1, "-a": 1, "0": 1, "00": 1, "k8s": 1, "k10s": 1, "v1": 1, "v2": 1, "v10": 1}}"##,
            r##"data:
  -a: 1
  _a: 1
  "0": 1
  "00": 1
  "1": 1
  "2": 1
  "10": 1
  A: 1
  Z: 1
  a: 1
  a-b: 1
  a.b: 1
  a_b: 1
  a9: 1
  a10: 1
  aB: 1
  b1: 1
  b01: 1
  b001: 1
  item9: 1
  item10: 1
  k8s: 1
  k10s: 1
  v1: 1
  v2: 1
  v10: 1
  x00y: 1
  x0y: 1
  z: 1
  é: 1
"##,
        ),
        (
            "key_order2",
            r##"{"data": {"x-1": 1, "x_1": 1, "x.1": 1, "x1": 1, "xa": 1, "xA": 1, "x": 1, "x ": 1, "x~": 1, "x/y": 1, "x:y": 1, "a2b10": 1, "a2b9": 1, "a02": 1, "a2": 1, "a002": 1, "ab": 1, "aB9": 1, "aB10": 1, "\u00c4": 1, "\u00e4": 1, "\u00f6": 1, "o": 1}}"##,
            r##"data:
  a2: 1
  a2b9: 1
  a2b10: 1
  a02: 1
  a002: 1
  aB9: 1
  aB10: 1
  ab: 1
  o: 1
  x: 1
  'x ': 1
  x-1: 1
  x.1: 1
  x/y: 1
  x:y: 1
  x_1: 1
  x~: 1
  x1: 1
  xA: 1
  xa: 1
  Ä: 1
  ä: 1
  ö: 1
"##,
        ),
        (
            "key_quoting",
            r##"{"data": {"yes": 1, "n": 2, "1": 3, "1.5": 4, "": 5, "null": 6, "a: b": 7, "# c": 8, " lead": 9, "trail ": 10, "it's": 11, "tab\tkey": 12, "0x10": 13, "1:20": 14, "2024-01-02": 15, "-": 16, "\u00e9": 17}}"##,
            r##"data:
  "": 5
  ' lead': 9
  '# c': 8
  '-': 16
  "0x10": 13
  "1": 3
  "1.5": 4
  "1:20": 14
  "2024-01-02": 15
  'a: b': 7
  it's: 11
  "n": 2
  "null": 6
  "tab\tkey": 12
  'trail ': 10
  "yes": 1
  é: 17
"##,
        ),
        (
            "key_long",
            r##"{"data": {"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk": "exactly128", "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk": "over128", "a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a ": "spaces", "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9": "bytes130"}}"##,
            r##"data:
  ? 'a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a
    a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a '
  : spaces
  kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk: exactly128
  ? kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk
  : over128
  ? ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé
  : bytes130
"##,
        ),
        (
            "key_multiline",
            r##"{"data": {"a\nb": "v", "x\n": ["l"], "y\nz": {"m": 1}}}"##,
            r##"data:
  ? |-
    a
    b
  : v
  ? |
    x
  : - l
  ? |-
    y
    z
  : m: 1
"##,
        ),
        (
            "key_special",
            r##"{"data": {"a\tb": {"x": 1}, "x\ry": 2}}"##,
            r##"data:
  "a\tb":
    x: 1
  ? "x\ry"
  : 2
"##,
        ),
        (
            "annotations_json",
            r##"{"data": {"kubectl.kubernetes.io/last-applied-configuration": "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"x\",\"namespace\":\"default\"},\"data\":{\"a\":\"b\"}}\n"}}"##,
            r##"data:
  kubectl.kubernetes.io/last-applied-configuration: |
    {"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x","namespace":"default"},"data":{"a":"b"}}
"##,
        ),
        (
            "long_json_no_newline",
            r##"{"data": {"a": "{\"k0\":\"v 0\",\"k1\":\"v 1\",\"k2\":\"v 2\",\"k3\":\"v 3\",\"k4\":\"v 4\",\"k5\":\"v 5\",\"k6\":\"v 6\",\"k7\":\"v 7\",\"k8\":\"v 8\",\"k9\":\"v 9\",\"k10\":\"v 10\",\"k11\":\"v 11\"}"}}"##,
            r##"data:
  a: '{"k0":"v 0","k1":"v 1","k2":"v 2","k3":"v 3","k4":"v 4","k5":"v 5","k6":"v 6","k7":"v
    7","k8":"v 8","k9":"v 9","k10":"v 10","k11":"v 11"}'
"##,
        ),
        (
            "long_json_spaces",
            r##"{"data": {"a": "{\"k0\": \"v0\", \"k1\": \"v1\", \"k2\": \"v2\", \"k3\": \"v3\", \"k4\": \"v4\", \"k5\": \"v5\", \"k6\": \"v6\", \"k7\": \"v7\", \"k8\": \"v8\", \"k9\": \"v9\", \"k10\": \"v10\", \"k11\": \"v11\"}"}}"##,
            r##"data:
  a: '{"k0": "v0", "k1": "v1", "k2": "v2", "k3": "v3", "k4": "v4", "k5": "v5", "k6":
    "v6", "k7": "v7", "k8": "v8", "k9": "v9", "k10": "v10", "k11": "v11"}'
"##,
        ),
        (
            "crd_description",
            r##"{"data": {"description": "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources"}}"##,
            r##"data:
  description: 'APIVersion defines the versioned schema of this representation of
    an object. Servers should convert recognized schemas to the latest internal value,
    and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources'
"##,
        ),
        (
            "script",
            r##"{"data": {"run.sh": "#!/bin/sh\nset -e\nfor i in 1 2 3; do\n  echo \"$i\"\ndone\n"}}"##,
            r##"data:
  run.sh: |
    #!/bin/sh
    set -e
    for i in 1 2 3; do
      echo "$i"
    done
"##,
        ),
        (
            "misc_plain",
            r##"{"data": {"a": "nginx:1.25", "b": "500m", "c": "--port=8080", "d": "/usr/bin/env", "e": "key=value", "f": "a=b,c=d", "g": "$(VAR)", "h": "x%y", "i": "@", "j": "a@b", "k": "~/x", "l": "C:\\x", "m": "<<", "n": "=", "o": "a'b", "p": "!important"}}"##,
            r##"data:
  a: nginx:1.25
  b: 500m
  c: --port=8080
  d: /usr/bin/env
  e: key=value
  f: a=b,c=d
  g: $(VAR)
  h: x%y
  i: '@'
  j: a@b
  k: ~/x
  l: C:\x
  m: <<
  "n": =
  o: a'b
  p: '!important'
"##,
        ),
        (
            "literal_long_lines",
            r##"{"data": {"a": "long line long line long line long line long line long line long line long line long line long line long line long line \nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"}}"##,
            r##"data:
  a: "long line long line long line long line long line long line long line long line
    long line long line long line long line \nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n"
"##,
        ),
        (
            "literal_nested_seq",
            r##"{"data": {"a": [{"b": ["x\ny\n", {"c": "p\nq"}]}]}}"##,
            r##"data:
  a:
  - b:
    - |
      x
      y
    - c: |-
        p
        q
"##,
        ),
        (
            "double_fold_escaped_spaces",
            r##"{"data": {"a": "\tab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab   cd  ef ef ef ef ef ef ef ef ef ef ef ef ef ef ef ef ef ef ef ef ", "b": "\u0001w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w "}}"##,
            r##"data:
  a: "\tab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab ab
    ab   cd  ef ef ef ef ef ef ef ef ef ef ef ef ef ef ef ef ef ef ef ef "
  b: "\x01w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w w
    w w w w w w w w w w w w w w "
"##,
        ),
        (
            "single_fold_quotes",
            r##"{"data": {"a": "'it's it's it's it's it's it's it's it's it's it's it's it's it's it's it's it's it's it's it's it's it's it's it's it's it's it's it's it's it's it's '", "b": "- x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x "}}"##,
            r##"data:
  a: '''it''s it''s it''s it''s it''s it''s it''s it''s it''s it''s it''s it''s it''s
    it''s it''s it''s it''s it''s it''s it''s it''s it''s it''s it''s it''s it''s
    it''s it''s it''s it''s '''
  b: '- x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x
    x x x x x x x x x x x x x '
"##,
        ),
        (
            "very_long_word",
            r##"{"data": {"a": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "b": "http://example.com/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/"}}"##,
            r##"data:
  a: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  b: http://example.com/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/path/
"##,
        ),
        (
            "long_key_long_value",
            r##"{"data": {"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk": "value value value value value value value value value value value value value value value value value value value value ", "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk": ["item item item item item item item item item item item item item item item item item item item item "]}}"##,
            r##"data:
  kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk: 'value
    value value value value value value value value value value value value value
    value value value value value value '
  kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk:
  - 'item item item item item item item item item item item item item item item item
    item item item item '
"##,
        ),
        (
            "emoji_and_astral",
            r##"{"data": {"\ud83d\ude00": "key is emoji", "a": "\ud835\udd18\ud835\udd2b\ud835\udd26\ud835\udd20\ud835\udd2c\ud835\udd21\ud835\udd22", "b": "x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 x \ud83d\ude00 "}}"##,
            r##"data:
  "\U0001F600": key is emoji
  a: "\U0001D518\U0001D52B\U0001D526\U0001D520\U0001D52C\U0001D521\U0001D522"
  b: "x \U0001F600 x \U0001F600 x \U0001F600 x \U0001F600 x \U0001F600 x \U0001F600
    x \U0001F600 x \U0001F600 x \U0001F600 x \U0001F600 x \U0001F600 x \U0001F600
    x \U0001F600 x \U0001F600 x \U0001F600 x \U0001F600 x \U0001F600 x \U0001F600
    x \U0001F600 x \U0001F600 x \U0001F600 x \U0001F600 x \U0001F600 x \U0001F600
    x \U0001F600 "
"##,
        ),
        (
            "hash_and_percent",
            r##"{"data": {"a": "a#b", "b": "a # b", "c": "100%", "d": "%d", "e": "a%", "f": "#!/bin/sh"}}"##,
            r##"data:
  a: a#b
  b: 'a # b'
  c: 100%
  d: '%d'
  e: a%
  f: '#!/bin/sh'
"##,
        ),
        (
            "seq_numbers_bools",
            r##"{"data": [0, -1, 1.25, 1e+100, true, false, null, [null], {"n": null}]}"##,
            r##"data:
- 0
- -1
- 1.25
- 1e+100
- true
- false
- null
- - null
- "n": null
"##,
        ),
        (
            "null_values",
            r##"{"data": {"a": null, "b": {"c": null}, "d": [null, null]}}"##,
            r##"data:
  a: null
  b:
    c: null
  d:
  - null
  - null
"##,
        ),
        (
            "keys_that_look_like_values",
            r##"{"data": {"true": 1, "false": 2, "on": 3, "~": 4, "0o7": 5, ".inf": 6, "1e3": 7, "2024-01-02T03:04:05Z": 8, "-1": 9, "+": 10}}"##,
            r##"data:
  +: 10
  "-1": 9
  ".inf": 6
  "~": 4
  "0o7": 5
  "1e3": 7
  "2024-01-02T03:04:05Z": 8
  "false": 2
  "on": 3
  "true": 1
"##,
        ),
        (
            "indicator_keys",
            r##"{"data": {"- a": 1, "? b": 2, "[c]": 3, "{d}": 4, "&e": 5, "*f": 6, "!g": 7, "|h": 8, ">i": 9, "'j'": 10, "\"k\"": 11, "%l": 12, "@m": 13, "`n": 14, "o:": 15, "p: q": 16}}"##,
            r##"data:
  '!g': 7
  '"k"': 11
  '%l': 12
  '&e': 5
  '''j''': 10
  '*f': 6
  '- a': 1
  '>i': 9
  '? b': 2
  '@m': 13
  '[c]': 3
  '`n': 14
  '{d}': 4
  '|h': 8
  'o:': 15
  'p: q': 16
"##,
        ),
        (
            "whitespace_only",
            r##"{"data": {"a": " ", "b": "\t", "c": "\n", "d": " \n", "e": "\n ", "f": "\t\n", "g": "   \n\n"}}"##,
            r##"data:
  a: ' '
  b: "\t"
  c: |2+

  d: " \n"
  e: "\n "
  f: "\t\n"
  g: "   \n\n"
"##,
        ),
        (
            "mixed_newlines_trailing",
            r##"{"data": {"a": "a\n\n\n", "b": "\n\na", "c": "a\n\nb\n\n", "d": "\n\n\n"}}"##,
            r##"data:
  a: |+
    a


  b: |2-


    a
  c: |+
    a

    b

  d: |2+



"##,
        ),
    ];

    #[test]
    fn golden_kubectl_output() {
        let mut failures = Vec::new();
        for (name, input, expected) in GOLDEN {
            let value: Value = serde_json::from_str(input).expect(name);
            let got = to_string(&value);
            if got != *expected {
                failures.push(format!("case {name}: {}", diff(expected, &got)));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} cases differ:\n{}",
            failures.len(),
            GOLDEN.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn write_document_matches_to_string() {
        for (name, input, _) in GOLDEN {
            let value: Value = serde_json::from_str(input).expect(name);
            let mut out = Vec::new();
            write_document(&mut out, &value).expect(name);
            assert_eq!(
                String::from_utf8(out).expect(name),
                to_string(&value),
                "{name}"
            );
        }
    }

    #[test]
    fn natural_key_order() {
        let cases: &[(&str, &str, Ordering)] = &[
            ("a2", "a10", Ordering::Less),
            ("a10", "a9", Ordering::Greater),
            ("a_b", "aB", Ordering::Less),
            ("aB", "a_b", Ordering::Greater),
            ("item9", "item10", Ordering::Less),
            ("1", "01", Ordering::Less),
            ("b01", "b1", Ordering::Greater),
            ("x", "x1", Ordering::Less),
            ("a", "a", Ordering::Equal),
            ("Z", "a", Ordering::Less),
            ("v1beta1", "v1", Ordering::Greater),
            ("a2b10", "a2b9", Ordering::Greater),
            ("é", "z", Ordering::Greater),
        ];
        for (a, b, want) in cases {
            assert_eq!(natural_key_cmp(a, b), *want, "{a} vs {b}");
        }
    }

    #[test]
    fn resolve_decides_double_quotes() {
        let quoted = [
            "",
            "~",
            "null",
            "y",
            "N",
            "yes",
            "Off",
            "0x1F",
            "0o17",
            "0b101",
            "0755",
            "08",
            "1_000",
            ".5",
            "1e3",
            "+1",
            "-.inf",
            "1:20",
            "2024-01-02",
            "2024-01-02T03:04:05Z",
            "0b-1",
        ];
        let plain = [
            "x",
            "yES",
            "0x",
            "1e999",
            "1e",
            "2024-01-02T03:04:05",
            "2024-02-30",
            "1:60",
            "._5",
            "<<",
        ];
        for s in quoted {
            assert!(must_double_quote(s), "{s:?} should be double-quoted");
        }
        for s in plain {
            assert!(!must_double_quote(s), "{s:?} should stay a string");
        }
    }

    #[test]
    fn floats_follow_go() {
        let cases: &[(f64, &str)] = &[
            // Exactly halfway between two shortest candidates: Go rounds to even.
            (
                f64::from_bits(0x4302_8aa8_4c3d_cea2),
                "6.523756273812042e+14",
            ),
            (1.0, "1"),
            (1.5, "1.5"),
            (1e6, "1000000"),
            (1e21, "1e+21"),
            (1.5e20, "1.5e+20"),
            (1e19, "10000000000000000000"),
            (1e-7, "1e-07"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1234567.5, "1.2345675e+06"),
            (123456.5, "123456.5"),
            (-0.0, "0"),
            (1.8446744073709552e19, "1.8446744073709552e+19"),
        ];
        for (f, want) in cases {
            let mut s = String::new();
            float_text(*f, &mut s);
            assert_eq!(s, *want, "{f:e}");
        }
    }
}
