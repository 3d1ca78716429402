//! Watch responses: chunked, newline-delimited JSON events (`ADDED`/`MODIFIED`/`DELETED`/
//! `BOOKMARK`/`ERROR`), optionally as one-row Tables, with `timeoutSeconds` and bookmarks.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, StreamBody};
use hyper::Response;
use hyper::body::Frame;
use serde_json::{Value, json};
use tokio::sync::broadcast::error::RecvError;
use tokio::sync::mpsc;

use super::crud::{Filter, table_for, with_type};
use super::routes::{Req, Target};
use super::{AppState, Body, error_response};
use crate::sandbox::registry::Resource;
use crate::sandbox::status::ApiError;
use crate::sandbox::store::{Event, EventType, StoreError};

struct Encoder {
    res: Resource,
    table: Option<Req>,
    sent_columns: bool,
}

impl Encoder {
    fn encode(&mut self, etype: &str, obj: &Value) -> Bytes {
        let obj = with_type(&self.res, obj.clone());
        let object = match &self.table {
            Some(req) if etype != "BOOKMARK" => {
                let mut t = table_for(&self.res, req, &[obj], Value::Null);
                // kube-apiserver sends column definitions with the first event only.
                if self.sent_columns {
                    t["columnDefinitions"] = json!([]);
                }
                self.sent_columns = true;
                t
            }
            _ => obj,
        };
        let mut b =
            serde_json::to_vec(&json!({"type": etype, "object": object})).unwrap_or_default();
        b.push(b'\n');
        Bytes::from(b)
    }
}

fn error_event(e: &ApiError) -> Bytes {
    let mut b =
        serde_json::to_vec(&json!({"type": "ERROR", "object": e.to_status()})).unwrap_or_default();
    b.push(b'\n');
    Bytes::from(b)
}

fn clone_req(req: &Req) -> Req {
    Req {
        method: req.method.clone(),
        path: req.path.clone(),
        query: req.query.clone(),
        accept: req.accept.clone(),
        content_type: req.content_type.clone(),
        user_agent: req.user_agent.clone(),
        body: Bytes::new(),
        warnings: req.warnings.clone(),
        user: req.user.clone(),
    }
}

/// What a watcher sees of one store event after selectors (kube's cacher semantics).
fn visible(ev: &Event, f: &Filter, name: Option<&str>) -> Option<&'static str> {
    let m = |o: &Value| f.matches(o) && name.is_none_or(|n| o["metadata"]["name"] == n);
    match ev.kind {
        EventType::Added => m(&ev.object).then_some("ADDED"),
        EventType::Deleted => m(&ev.object).then_some("DELETED"),
        EventType::Modified => {
            let now = m(&ev.object);
            let before = ev.prev.as_deref().is_some_and(m);
            match (before, now) {
                (true, true) => Some("MODIFIED"),
                (false, true) => Some("ADDED"),
                (true, false) => Some("DELETED"),
                (false, false) => None,
            }
        }
    }
}

pub fn watch(state: Arc<AppState>, req: &Req, t: &Target) -> Response<Body> {
    let filter = match Filter::from_req(req, &t.res) {
        Ok(f) => f,
        Err(e) => return error_response(&e),
    };
    let from = match req.q("resourceVersion").unwrap_or_default() {
        "" | "0" => None,
        s => match s.parse::<u64>() {
            Ok(n) => Some(n),
            Err(_) => {
                return error_response(&ApiError::bad_request(format!(
                    "invalid resource version: {s}"
                )));
            }
        },
    };
    let timeout = req
        .q("timeoutSeconds")
        .and_then(|s| s.parse::<u64>().ok())
        .filter(|s| *s > 0)
        .unwrap_or(1800);
    let bookmarks = req.q_bool("allowWatchBookmarks");
    let kind = t.res.store_kind();
    let ns = t.namespace.clone();
    let name = t.name.clone();
    let start = state.store.watch(&kind, ns.as_deref(), from);
    let (tx, rx) = mpsc::channel::<Result<Frame<Bytes>, Infallible>>(256);
    let mut enc = Encoder {
        res: t.res.clone(),
        table: req.wants_table().then(|| clone_req(req)),
        sent_columns: false,
    };
    tokio::spawn(async move {
        let mut ws = match start {
            Ok(w) => w,
            Err(StoreError::Gone { requested, oldest }) => {
                let _ = tx
                    .send(Ok(Frame::data(error_event(&ApiError::gone(
                        requested, oldest,
                    )))))
                    .await;
                return;
            }
            Err(e) => {
                let _ = tx
                    .send(Ok(Frame::data(error_event(&ApiError::internal(
                        e.to_string(),
                    )))))
                    .await;
                return;
            }
        };
        let mut last_rv = ws.rv;
        for ev in &ws.replay {
            if let Some(ty) = visible(ev, &filter, name.as_deref())
                && tx
                    .send(Ok(Frame::data(enc.encode(ty, &ev.object))))
                    .await
                    .is_err()
            {
                return;
            }
        }
        let deadline = tokio::time::sleep(Duration::from_secs(timeout));
        tokio::pin!(deadline);
        let mut tick = tokio::time::interval(Duration::from_secs(30));
        tick.tick().await;
        loop {
            tokio::select! {
                _ = &mut deadline => return,
                _ = tx.closed() => return,
                _ = tick.tick(), if bookmarks => {
                    let bm = json!({"metadata": {"resourceVersion": last_rv.to_string()}});
                    if tx.send(Ok(Frame::data(enc.encode("BOOKMARK", &bm)))).await.is_err() { return; }
                }
                r = ws.rx.recv() => match r {
                    Ok(ev) => {
                        if ev.rv <= ws.rv && from.is_none() {
                            continue;
                        }
                        if ev.store_kind != kind || ns.as_ref().is_some_and(|n| *n != ev.namespace) {
                            continue;
                        }
                        if from.is_some_and(|f| ev.rv <= f) || ws.replay.iter().any(|r| r.rv == ev.rv) {
                            continue;
                        }
                        last_rv = ev.rv;
                        if let Some(ty) = visible(&ev, &filter, name.as_deref())
                            && tx.send(Ok(Frame::data(enc.encode(ty, &ev.object)))).await.is_err() { return; }
                    }
                    Err(RecvError::Lagged(_)) => {
                        let _ = tx.send(Ok(Frame::data(error_event(&ApiError::gone(last_rv, last_rv))))).await;
                        return;
                    }
                    Err(RecvError::Closed) => return,
                }
            }
        }
    });
    let stream =
        futures::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|f| (f, rx)) });
    Response::builder()
        .status(200)
        .header("Content-Type", "application/json")
        .header("Cache-Control", "no-cache, private")
        .body(StreamBody::new(stream).boxed())
        .unwrap_or_else(|_| Response::new(super::full("")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::selectors::{FieldSelector, LabelSelector};

    fn ev(kind: EventType, labels: Value, prev: Option<Value>) -> Event {
        Event {
            kind,
            rv: 1,
            store_kind: "/pods".into(),
            namespace: "d".into(),
            object: Arc::new(json!({"metadata": {"name": "p", "labels": labels}})),
            prev: prev.map(|p| Arc::new(json!({"metadata": {"name": "p", "labels": p}}))),
        }
    }

    #[test]
    fn selector_enter_and_leave_become_added_and_deleted() {
        let f = Filter {
            labels: LabelSelector::parse("app=web").unwrap(),
            fields: FieldSelector::default(),
        };
        let web = json!({"app": "web"});
        let db = json!({"app": "db"});
        let cases = [
            (ev(EventType::Added, web.clone(), None), Some("ADDED")),
            (ev(EventType::Added, db.clone(), None), None),
            (
                ev(EventType::Modified, web.clone(), Some(web.clone())),
                Some("MODIFIED"),
            ),
            (
                ev(EventType::Modified, web.clone(), Some(db.clone())),
                Some("ADDED"),
            ),
            (
                ev(EventType::Modified, db.clone(), Some(web.clone())),
                Some("DELETED"),
            ),
            (ev(EventType::Modified, db.clone(), Some(db.clone())), None),
            (ev(EventType::Deleted, web.clone(), None), Some("DELETED")),
        ];
        for (e, want) in cases {
            assert_eq!(visible(&e, &f, None), want);
        }
        assert_eq!(
            visible(&ev(EventType::Added, web, None), &f, Some("other")),
            None
        );
    }
}
