//! Secret describer: sizes, never values (except a service-account token, as kubectl).
//! kubectl walks `data` in Go map order (random); kctl sorts the keys.

use base64::Engine;
use serde_json::Value;

use super::util::{at, s, sorted_keys};
use super::writer::{self, Writer};
use crate::dw;

pub fn describe(secret: &Value) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(secret, "/metadata/name"));
    dw!(w, 0, "Namespace:\t{}\n", s(secret, "/metadata/namespace"));
    writer::labels_multiline(&mut w, "Labels", at(secret, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(secret, "/metadata/annotations"));
    let kind = s(secret, "/type");
    dw!(w, 0, "\nType:\t{kind}\n");
    w.write(0, "\nData\n====\n");
    for k in sorted_keys(secret, "/data") {
        let raw = secret
            .pointer("/data")
            .and_then(|d| d.get(&k))
            .and_then(Value::as_str)
            .unwrap_or_default();
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(raw)
            .unwrap_or_default();
        if k == "token" && kind == "kubernetes.io/service-account-token" {
            dw!(w, 0, "{k}:\t{}\n", String::from_utf8_lossy(&bytes));
        } else {
            dw!(w, 0, "{k}:\t{} bytes\n", bytes.len());
        }
    }
    w.finish()
}
