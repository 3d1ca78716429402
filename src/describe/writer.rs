//! kubectl describe's text layer: the `PrefixWriter` (two spaces per level), Go's
//! `text/tabwriter` with describe's settings (`tabbedString`: minwidth 0, tabwidth 8, padding 2,
//! padchar ' ', no flags), and the shared multi-line printers (labels, annotations, taints,
//! tolerations, the events table). Pure string building; no I/O here.

use std::collections::BTreeMap;

use serde_json::Value;

use super::util::{arr, parse_time, s};
use crate::duration::translate_timestamp_since;

/// Annotations longer than this (key + value + 2) are printed on their own lines
/// (`maxAnnotationLen` in describe.go).
const MAX_ANNOTATION_LEN: usize = 140;

/// The last-applied annotation is never printed (`skipAnnotations` in describe.go).
const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

/// Collects raw describe text (cells separated by `\t`) before tab alignment.
#[derive(Debug, Default)]
pub struct Writer {
    buf: String,
    /// `NewNestedPrefixWriter`'s extra levels, added to every write (even mid-line ones).
    nest: usize,
}

impl Writer {
    pub fn new() -> Self {
        Writer::default()
    }

    /// `PrefixWriter.Write`: the indentation goes before the text only, not before every line
    /// of it.
    pub fn write(&mut self, level: usize, text: &str) {
        for _ in 0..level + self.nest {
            self.buf.push_str("  ");
        }
        self.buf.push_str(text);
    }

    /// `PrefixWriter.WriteLine(x)`: the text and a newline.
    pub fn line(&mut self, text: &str) {
        if self.nest > 0 {
            // nestedPrefixWriter.WriteLine goes through Write at its indent.
            self.write(0, &format!("{text}\n"));
            return;
        }
        self.buf.push_str(text);
        self.buf.push('\n');
    }

    /// Runs `f` as kubectl's `NewNestedPrefixWriter(w, levels)`.
    pub fn nested(&mut self, levels: usize, f: impl FnOnce(&mut Writer)) {
        self.nest += levels;
        f(self);
        self.nest -= levels;
    }

    /// The text as written, tabs kept (a `PrefixWriter` straight onto a buffer).
    pub fn into_raw(self) -> String {
        self.buf
    }

    /// The aligned text (`tabbedString`).
    pub fn finish(self) -> String {
        tabbed(&self.buf)
    }
}

/// `w.write(level, &format!(...))` in one macro.
#[macro_export]
macro_rules! dw {
    ($w:expr, $level:expr, $($arg:tt)*) => {
        $w.write($level, &format!($($arg)*))
    };
}

/// Go's `text/tabwriter` as `tabbedString` configures it: cells end at `\t`; a column is
/// aligned across consecutive lines that have a cell in it (a line without that cell ends the
/// block); each cell is padded to the block's widest cell (in runes) plus 2; the last cell of
/// a line is never padded.
pub fn tabbed(text: &str) -> String {
    let lines: Vec<Vec<&str>> = text.split('\n').map(|l| l.split('\t').collect()).collect();
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut widths = Vec::new();
    format_block(&lines, 0, lines.len(), &mut widths, &mut out);
    out
}

const PADDING: usize = 2;

fn width(cell: &str) -> usize {
    cell.chars().count()
}

/// `(*Writer).format` from text/tabwriter: recursive column blocks.
fn format_block(
    lines: &[Vec<&str>],
    mut line0: usize,
    line1: usize,
    widths: &mut Vec<usize>,
    out: &mut String,
) {
    let column = widths.len();
    let mut this = line0;
    while this < line1 {
        if column + 1 >= lines[this].len() {
            this += 1;
            continue;
        }
        write_lines(lines, line0, this, widths, out);
        line0 = this;
        let mut w = 0;
        while this < line1 && column + 1 < lines[this].len() {
            w = w.max(width(lines[this][column]) + PADDING);
            this += 1;
        }
        widths.push(w);
        format_block(lines, line0, this, widths, out);
        widths.pop();
        line0 = this;
    }
    write_lines(lines, line0, line1, widths, out);
}

fn write_lines(
    lines: &[Vec<&str>],
    line0: usize,
    line1: usize,
    widths: &[usize],
    out: &mut String,
) {
    for (i, line) in lines.iter().enumerate().take(line1).skip(line0) {
        for (j, cell) in line.iter().enumerate() {
            out.push_str(cell);
            if j < widths.len() && j + 1 < line.len() {
                let pad = widths[j].saturating_sub(width(cell));
                out.extend(std::iter::repeat_n(' ', pad));
            }
        }
        // The text after the last newline is an unterminated line: no newline added.
        if i + 1 < lines.len() {
            out.push('\n');
        }
    }
}

/// A JSON object of strings as a sorted map (labels, annotations, selectors).
pub fn string_map(v: &Value) -> BTreeMap<String, String> {
    v.as_object()
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                .collect()
        })
        .unwrap_or_default()
}

/// `printLabelsMultilineWithIndent`: `Title:<inner>k=v` then one `k=v` per line, sorted.
pub fn labels_multiline_indent(
    w: &mut Writer,
    initial: &str,
    title: &str,
    inner: &str,
    labels: &Value,
) {
    w.write(0, &format!("{initial}{title}:{inner}"));
    let map = string_map(labels);
    if map.is_empty() {
        w.line("<none>");
        return;
    }
    for (i, (k, v)) in map.iter().enumerate() {
        if i != 0 {
            w.write(0, initial);
            w.write(0, inner);
        }
        w.write(0, &format!("{k}={v}\n"));
    }
}

/// `printLabelsMultiline`.
pub fn labels_multiline(w: &mut Writer, title: &str, labels: &Value) {
    labels_multiline_indent(w, "", title, "\t", labels);
}

/// `printAnnotationsMultiline`: sorted, last-applied skipped, long or multi-line values on
/// their own lines, each cut at 138 bytes with `...`.
pub fn annotations_multiline(w: &mut Writer, title: &str, annotations: &Value) {
    w.write(0, &format!("{title}:\t"));
    let map: BTreeMap<String, String> = string_map(annotations)
        .into_iter()
        .filter(|(k, _)| k != LAST_APPLIED)
        .collect();
    if map.is_empty() {
        w.line("<none>");
        return;
    }
    let indent = "\t";
    for (i, (key, value)) in map.iter().enumerate() {
        if i != 0 {
            w.write(0, indent);
        }
        let value = value.strip_suffix('\n').unwrap_or(value);
        if value.len() + key.len() + 2 > MAX_ANNOTATION_LEN || value.contains('\n') {
            w.write(0, &format!("{key}:\n"));
            for part in value.split('\n') {
                w.write(
                    0,
                    &format!("{indent}  {}\n", shorten(part, MAX_ANNOTATION_LEN - 2)),
                );
            }
        } else {
            w.write(0, &format!("{key}: {value}\n"));
        }
    }
}

/// `shorten`: Go slices bytes, which may split a UTF-8 sequence; the lossy conversion keeps
/// the same byte count there.
pub fn shorten(text: &str, max: usize) -> String {
    if text.len() > max {
        let bytes = &text.as_bytes()[..max];
        format!("{}...", String::from_utf8_lossy(bytes))
    } else {
        text.to_string()
    }
}

/// `labels.FormatLabels`: `k=v,k=v` sorted, `<none>` when empty.
pub fn format_labels(map: &Value) -> String {
    let m = string_map(map);
    if m.is_empty() {
        return "<none>".to_string();
    }
    m.iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// `Taint.ToString`: `key=value:effect`, `key:effect` when the value is empty.
pub fn taint_string(t: &Value) -> String {
    let key = s(t, "/key");
    let value = s(t, "/value");
    let effect = s(t, "/effect");
    if value.is_empty() {
        format!("{key}:{effect}")
    } else {
        format!("{key}={value}:{effect}")
    }
}

/// `printTaintsMultilineWithIndent`: sorted by `effect,key`.
pub fn taints_multiline(w: &mut Writer, title: &str, taints: &Value) {
    w.write(0, &format!("{title}:\t"));
    let mut list: Vec<&Value> = arr(taints).iter().collect();
    if list.is_empty() {
        w.line("<none>");
        return;
    }
    list.sort_by_key(|t| format!("{},{}", s(t, "/effect"), s(t, "/key")));
    for (i, t) in list.iter().enumerate() {
        if i != 0 {
            w.write(0, "\t");
        }
        w.write(0, &format!("{}\n", taint_string(t)));
    }
}

/// `printTolerationsMultilineWithIndent`: sorted by key.
pub fn tolerations_multiline(w: &mut Writer, initial: &str, title: &str, tolerations: &Value) {
    w.write(0, &format!("{initial}{title}:\t"));
    let mut list: Vec<&Value> = arr(tolerations).iter().collect();
    if list.is_empty() {
        w.line("<none>");
        return;
    }
    list.sort_by(|a, b| s(a, "/key").cmp(s(b, "/key")));
    for (i, t) in list.iter().enumerate() {
        if i != 0 {
            w.write(0, initial);
            w.write(0, "\t");
        }
        let key = s(t, "/key");
        let value = s(t, "/value");
        let effect = s(t, "/effect");
        w.write(0, key);
        if !value.is_empty() {
            w.write(0, &format!("={value}"));
        }
        if !effect.is_empty() {
            w.write(0, &format!(":{effect}"));
        }
        if s(t, "/operator") == "Exists" && value.is_empty() {
            if !key.is_empty() || !effect.is_empty() {
                w.write(0, " op=Exists");
            } else {
                w.write(0, "op=Exists");
            }
        }
        if let Some(secs) = t.pointer("/tolerationSeconds").and_then(Value::as_i64) {
            w.write(0, &format!(" for {secs}s"));
        }
        w.write(0, "\n");
    }
}

/// `translateTimestampSince` on a JSON timestamp field (`<unknown>` when absent).
pub fn since(v: &Value, pointer: &str, now: jiff::Timestamp) -> String {
    translate_timestamp_since(parse_time(v, pointer), now)
}

/// `DescribeEvents`: `Events: <none>`, or the table sorted by last timestamp (a stable sort,
/// as Go's insertion sort is for the short lists describe shows).
pub fn events(w: &mut Writer, events: &[Value], now: jiff::Timestamp) {
    if events.is_empty() {
        w.write(0, "Events:\t<none>\n");
        return;
    }
    let mut list: Vec<&Value> = events.iter().collect();
    list.sort_by_key(|e| parse_time(e, "/lastTimestamp"));
    w.write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
    w.write(1, "----\t------\t----\t----\t-------\n");
    for e in list {
        let first = if parse_time(e, "/eventTime").is_some() {
            since(e, "/eventTime", now)
        } else {
            since(e, "/firstTimestamp", now)
        };
        let count = e.pointer("/count").and_then(Value::as_i64).unwrap_or(0);
        let interval = if e.pointer("/series").is_some_and(|v| !v.is_null()) {
            let n = e
                .pointer("/series/count")
                .and_then(Value::as_i64)
                .unwrap_or(0);
            format!(
                "{} (x{n} over {first})",
                since(e, "/series/lastObservedTime", now)
            )
        } else if count > 1 {
            format!(
                "{} (x{count} over {first})",
                since(e, "/lastTimestamp", now)
            )
        } else {
            first
        };
        let mut source = s(e, "/source/component");
        if source.is_empty() {
            source = s(e, "/reportingComponent");
        }
        w.write(
            1,
            &format!(
                "{}\t{}\t{}\t{}\t{}\n",
                s(e, "/type"),
                s(e, "/reason"),
                interval,
                source,
                s(e, "/message").trim()
            ),
        );
    }
}

/// Go's `time.RFC1123Z` in the local zone (metav1.Time unmarshals into `time.Local`).
pub fn rfc1123z(t: jiff::Timestamp) -> String {
    let zoned = t.to_zoned(jiff::tz::TimeZone::system());
    zoned.strftime("%a, %d %b %Y %H:%M:%S %z").to_string()
}

/// RFC1123Z of a JSON timestamp field; Go formats a zero time when it is absent.
pub fn time_field(v: &Value, pointer: &str) -> String {
    match parse_time(v, pointer) {
        Some(t) => rfc1123z(t),
        None => "Mon, 01 Jan 0001 00:00:00 +0000".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tabwriter_blocks() {
        let cases: &[(&str, &str)] = &[
            (
                "Name:\tx\nNamespace:\tdefault\n",
                "Name:       x\nNamespace:  default\n",
            ),
            // A line without a tab ends the column block.
            (
                "A:\t1\nSection\nLonger:\t2\n",
                "A:  1\nSection\nLonger:  2\n",
            ),
            // The last cell is not padded; nested columns align within their block only.
            (
                "  Type\tStatus\n  Ready \tTrue \n",
                "  Type    Status\n  Ready   True \n",
            ),
            ("x\ty\tz\nlonger\ty\n", "x       y  z\nlonger  y\n"),
            ("é\t1\nab\t2\n", "é   1\nab  2\n"),
        ];
        for (input, want) in cases {
            assert_eq!(tabbed(input), *want, "input {input:?}");
        }
    }

    #[test]
    fn labels_and_annotations() {
        let mut w = Writer::new();
        labels_multiline(&mut w, "Labels", &json!({"b": "2", "a": "1"}));
        labels_multiline(&mut w, "Selector", &json!({}));
        annotations_multiline(
            &mut w,
            "Annotations",
            &json!({LAST_APPLIED: "{}", "m": "x\ny\n", "k": "v"}),
        );
        assert_eq!(
            w.finish(),
            "Labels:       a=1\n              b=2\nSelector:     <none>\nAnnotations:  k: v\n              m:\n                x\n                y\n"
        );
    }

    #[test]
    fn long_annotation_is_cut() {
        let mut w = Writer::new();
        let long = "x".repeat(200);
        annotations_multiline(&mut w, "Annotations", &json!({ "k": long }));
        let out = w.finish();
        assert_eq!(
            out,
            format!("Annotations:  k:\n                {}...\n", "x".repeat(138))
        );
    }

    #[test]
    fn only_last_applied_is_none() {
        let mut w = Writer::new();
        annotations_multiline(&mut w, "Annotations", &json!({ LAST_APPLIED: "{}" }));
        assert_eq!(w.finish(), "Annotations:  <none>\n");
    }

    #[test]
    fn events_table() {
        let now: jiff::Timestamp = "2024-01-01T00:10:00Z".parse().unwrap();
        let evs = vec![
            json!({"type": "Warning", "reason": "B", "message": " m2 ", "count": 2,
                   "firstTimestamp": "2024-01-01T00:00:00Z", "lastTimestamp": "2024-01-01T00:05:00Z",
                   "source": {"component": "kubelet"}}),
            json!({"type": "Normal", "reason": "A", "message": "m1", "count": 1,
                   "firstTimestamp": "2024-01-01T00:04:57Z", "lastTimestamp": "2024-01-01T00:04:57Z",
                   "reportingComponent": "ctl"}),
        ];
        let mut w = Writer::new();
        events(&mut w, &evs, now);
        assert_eq!(
            w.finish(),
            "Events:\n  Type     Reason  Age               From     Message\n  ----     ------  ----              ----     -------\n  Normal   A       5m3s              ctl      m1\n  Warning  B       5m (x2 over 10m)  kubelet  m2\n"
        );
        let mut w = Writer::new();
        events(&mut w, &[], now);
        assert_eq!(w.finish(), "Events:  <none>\n");
    }

    #[test]
    fn tolerations() {
        let mut w = Writer::new();
        tolerations_multiline(
            &mut w,
            "",
            "Tolerations",
            &json!([{"operator": "Exists"},
                    {"key": "k", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300},
                    {"key": "a", "value": "b", "effect": "NoSchedule"}]),
        );
        assert_eq!(
            w.finish(),
            "Tolerations:  op=Exists\n              a=b:NoSchedule\n              k:NoExecute op=Exists for 300s\n"
        );
    }
}
