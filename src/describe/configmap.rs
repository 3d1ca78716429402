//! ConfigMap describer. kubectl walks `data` and `binaryData` in Go map order (random); kctl
//! sorts the keys, which is one of kubectl's possible outputs.

use base64::Engine;
use serde_json::Value;

use super::util::{at, s, sorted_keys};
use super::writer::{self, Writer};
use crate::dw;

pub fn describe(cm: &Value, events: Option<&[Value]>, now: jiff::Timestamp) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(cm, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(cm, "/metadata/namespace"));
    writer::labels_multiline(&mut w, "Labels", at(cm, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(cm, "/metadata/annotations"));
    w.write(0, "\nData\n====\n");
    for k in sorted_keys(cm, "/data") {
        let v = cm
            .pointer("/data")
            .and_then(|d| d.get(&k))
            .and_then(Value::as_str)
            .unwrap_or_default();
        dw!(w, 0, "{k}:\n----\n");
        dw!(w, 0, "{v}\n");
        w.write(0, "\n");
    }
    w.write(0, "\nBinaryData\n====\n");
    for k in sorted_keys(cm, "/binaryData") {
        let v = cm
            .pointer("/binaryData")
            .and_then(|d| d.get(&k))
            .and_then(Value::as_str)
            .unwrap_or_default();
        let len = base64::engine::general_purpose::STANDARD
            .decode(v)
            .map(|b| b.len())
            .unwrap_or(0);
        dw!(w, 0, "{k}: {len} bytes\n");
    }
    w.write(0, "\n");
    if let Some(ev) = events {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}
