//! Events as client-go's event recorder writes them (core/v1 `Event`, name
//! `<object>.<hex nanoseconds>`), with the correlator's aggregation: a repeat of the same
//! (object, source, reason, message) bumps `count` and `lastTimestamp` instead of adding one.

use serde_json::{Value, json};

use super::{Api, kinds, ns_of, rfc3339, rfc3339_micro};

/// Who records an event (`source.component` / `source.host`).
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub component: &'a str,
    pub host: Option<&'a str>,
}

impl<'a> Source<'a> {
    pub const fn controller(component: &'a str) -> Self {
        Source {
            component,
            host: None,
        }
    }
}

/// One event to record about `object` (`field_path`: `spec.containers{name}` for a container).
pub struct Event<'a> {
    pub object: &'a Value,
    pub field_path: Option<String>,
    pub warning: bool,
    pub reason: &'a str,
    pub message: String,
    pub source: Source<'a>,
}

fn involved(object: &Value, field_path: Option<&str>) -> Value {
    let mut r = json!({
        "apiVersion": object["apiVersion"], "kind": object["kind"],
        "name": object["metadata"]["name"], "namespace": object["metadata"]["namespace"],
        "uid": object["metadata"]["uid"], "resourceVersion": object["metadata"]["resourceVersion"],
    });
    if let Some(f) = field_path {
        r["fieldPath"] = json!(f);
    }
    r
}

/// `<name>.<hex UnixNano>` as the recorder names events; the nanoseconds never repeat, so names
/// (the list order) follow the order events were recorded in.
fn event_name(api: &Api, object: &Value) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static LAST: AtomicU64 = AtomicU64::new(0);
    let now = u64::try_from(api.now.as_nanosecond()).unwrap_or(0);
    let prev = LAST
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |last| {
            Some(now.max(last + 1))
        })
        .unwrap_or(0);
    let nanos = now.max(prev + 1);
    format!(
        "{}.{nanos:x}",
        object["metadata"]["name"].as_str().unwrap_or_default()
    )
}

fn namespace_for(object: &Value) -> String {
    match ns_of(object) {
        "" => "default".to_string(),
        ns => ns.to_string(),
    }
}

/// Records `ev` (legacy recorder: firstTimestamp/lastTimestamp/count).
pub fn record(api: &Api, ev: Event) {
    let ns = namespace_for(ev.object);
    let uid = ev.object["metadata"]["uid"].clone();
    let ty = if ev.warning { "Warning" } else { "Normal" };
    let now = rfc3339(api.now);
    let same = api.list(kinds::EVENTS, Some(&ns)).into_iter().find(|e| {
        e["involvedObject"]["uid"] == uid
            && e["involvedObject"]["fieldPath"].as_str() == ev.field_path.as_deref()
            && e["reason"] == ev.reason
            && e["message"] == ev.message.as_str()
            && e["type"] == ty
            && e["source"]["component"] == ev.source.component
    });
    if let Some(old) = same {
        let mut n = old.clone();
        n["count"] = json!(old["count"].as_i64().unwrap_or(1) + 1);
        n["lastTimestamp"] = json!(now);
        n["involvedObject"]["resourceVersion"] = ev.object["metadata"]["resourceVersion"].clone();
        api.update(kinds::EVENTS, &old, n, "", None);
        return;
    }
    let mut source = json!({"component": ev.source.component});
    if let Some(h) = ev.source.host {
        source["host"] = json!(h);
    }
    let e = json!({
        "apiVersion": "v1", "kind": "Event",
        "metadata": {"name": event_name(api, ev.object), "namespace": ns},
        "involvedObject": involved(ev.object, ev.field_path.as_deref()),
        "reason": ev.reason, "message": ev.message, "source": source,
        "firstTimestamp": now, "lastTimestamp": now, "count": 1, "type": ty,
        "eventTime": null, "reportingComponent": ev.source.component,
        "reportingInstance": ev.source.host.unwrap_or_default(),
    });
    api.create(kinds::EVENTS, e, "");
}

/// Records an event the way kube-scheduler does (events.k8s.io/v1 API, read back through
/// core/v1: eventTime, action, reportingComponent/Instance, no first/last timestamps).
pub fn record_scheduler(api: &Api, pod: &Value, warning: bool, reason: &str, message: String) {
    let ns = namespace_for(pod);
    let uid = pod["metadata"]["uid"].clone();
    let ty = if warning { "Warning" } else { "Normal" };
    let same = api.list(kinds::EVENTS, Some(&ns)).into_iter().find(|e| {
        e["involvedObject"]["uid"] == uid && e["reason"] == reason && e["message"] == message
    });
    if let Some(old) = same {
        // The events.k8s.io API counts repeats in `series`.
        let mut n = old.clone();
        let count = old["series"]["count"].as_i64().unwrap_or(1) + 1;
        n["series"] = json!({"count": count, "lastObservedTime": rfc3339_micro(api.now)});
        api.update(kinds::EVENTS, &old, n, "", None);
        return;
    }
    let e = json!({
        "apiVersion": "v1", "kind": "Event",
        "metadata": {"name": event_name(api, pod), "namespace": ns},
        "involvedObject": involved(pod, None),
        "reason": reason, "message": message, "source": {"component": "default-scheduler"},
        "firstTimestamp": null, "lastTimestamp": null, "type": ty,
        "eventTime": rfc3339_micro(api.now), "action": if warning { "Scheduling" } else { "Binding" },
        "reportingComponent": "default-scheduler",
        "reportingInstance": "default-scheduler-sandbox-control-plane",
    });
    api.create(kinds::EVENTS, e, "");
}
