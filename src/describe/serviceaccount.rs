//! ServiceAccount describer (`describeServiceAccount`): pull, mountable and token secrets,
//! marking references to secrets that do not exist.

use serde_json::Value;

use super::Related;
use super::util::{arr_at, at, s};
use super::writer::{self, Writer};
use crate::dw;

fn names(sa: &Value, field: &str) -> Vec<String> {
    arr_at(sa, field)
        .iter()
        .map(|r| s(r, "/name").to_string())
        .collect()
}

pub fn describe(sa: &Value, related: &Related, now: jiff::Timestamp) -> String {
    let name = s(sa, "/metadata/name");
    let uid = s(sa, "/metadata/uid");
    let pull = names(sa, "/imagePullSecrets");
    let mount = names(sa, "/secrets");
    // A failed secret list (None) leaves tokens empty and nothing marked missing.
    let (tokens, missing): (Vec<String>, Vec<String>) = match &related.secrets {
        None => (Vec::new(), Vec::new()),
        Some(secrets) => {
            let tokens = secrets
                .iter()
                .filter(|x| {
                    s(x, "/type") == "kubernetes.io/service-account-token"
                        && s(
                            x,
                            "/metadata/annotations/kubernetes.io~1service-account.name",
                        ) == name
                        && s(
                            x,
                            "/metadata/annotations/kubernetes.io~1service-account.uid",
                        ) == uid
                })
                .map(|x| s(x, "/metadata/name").to_string())
                .collect();
            let existing: Vec<&str> = secrets.iter().map(|x| s(x, "/metadata/name")).collect();
            let missing = mount
                .iter()
                .chain(&pull)
                .filter(|n| !existing.contains(&n.as_str()))
                .cloned()
                .collect();
            (tokens, missing)
        }
    };
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{name}\n");
    dw!(w, 0, "Namespace:\t{}\n", s(sa, "/metadata/namespace"));
    writer::labels_multiline(&mut w, "Labels", at(sa, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(sa, "/metadata/annotations"));
    const EMPTY: &str = "                   ";
    for (header, list) in [
        ("Image pull secrets:", &pull),
        ("Mountable secrets: ", &mount),
        ("Tokens:            ", &tokens),
    ] {
        if list.is_empty() {
            dw!(w, 0, "{header}\t<none>\n");
            continue;
        }
        let mut prefix = header;
        for n in list {
            if missing.contains(n) {
                dw!(w, 0, "{prefix}\t{n} (not found)\n");
            } else {
                dw!(w, 0, "{prefix}\t{n}\n");
            }
            prefix = EMPTY;
        }
    }
    if let Some(ev) = related.events.as_deref() {
        writer::events(&mut w, ev, now);
    }
    w.finish()
}
