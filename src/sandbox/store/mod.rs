//! The object store: every object in memory (ordered by namespace/name per resource), written
//! through to SQLite, with one global monotonic resourceVersion and watch fan-out. The single
//! writer path is `create` / `update` / `delete`: assign RV, persist, then broadcast.

pub mod sqlite;
pub mod watch;

use std::collections::{BTreeMap, VecDeque};
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use serde_json::Value;
use tokio::sync::broadcast;

use self::sqlite::Db;
pub use self::watch::{Event, EventType};
use super::SandboxError;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error("already exists")]
    AlreadyExists,
    #[error("conflict")]
    Conflict,
    #[error("too old resource version: {requested} ({oldest})")]
    Gone { requested: u64, oldest: u64 },
    #[error("{0}")]
    Db(String),
}

/// Objects are shared with the watch history (one copy per version, not per holder).
type Objects = BTreeMap<(String, String), Arc<Value>>;

struct Inner {
    db: Db,
    rv: u64,
    kinds: BTreeMap<String, Objects>,
    history: VecDeque<Arc<Event>>,
    /// Events with rv > window_start are all in `history`.
    window_start: u64,
}

pub struct Store {
    inner: Mutex<Inner>,
    tx: broadcast::Sender<Arc<Event>>,
}

/// What a watch starts with: events to replay, then the live receiver.
pub struct WatchStart {
    pub replay: Vec<Arc<Event>>,
    pub rx: broadcast::Receiver<Arc<Event>>,
    pub rv: u64,
}

fn meta_str<'a>(o: &'a Value, f: &str) -> &'a str {
    o["metadata"][f].as_str().unwrap_or_default()
}

fn set_rv(o: &mut Value, rv: u64) {
    if let Some(m) = o.get_mut("metadata").and_then(Value::as_object_mut) {
        m.insert("resourceVersion".into(), Value::String(rv.to_string()));
    }
}

impl Store {
    pub fn open(path: &Path) -> Result<Store, SandboxError> {
        let db = Db::open(path)?;
        let rv = db.load_rv()?;
        let mut kinds: BTreeMap<String, Objects> = BTreeMap::new();
        for row in db.load_all()? {
            kinds
                .entry(row.kind)
                .or_default()
                .insert((row.namespace, row.name), Arc::new(row.object));
        }
        let (tx, _) = broadcast::channel(watch::CHANNEL);
        Ok(Store {
            inner: Mutex::new(Inner {
                db,
                rv,
                kinds,
                history: VecDeque::new(),
                window_start: rv,
            }),
            tx,
        })
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves consistent data (writes are all-or-nothing).
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn current_rv(&self) -> u64 {
        self.lock().rv
    }

    pub fn is_empty(&self) -> bool {
        self.lock().kinds.values().all(|m| m.is_empty())
    }

    pub fn get(&self, kind: &str, ns: &str, name: &str) -> Option<Value> {
        self.lock()
            .kinds
            .get(kind)?
            .get(&(ns.to_string(), name.to_string()))
            .map(|v| Value::clone(v))
    }

    /// Objects of `kind` (in `ns` when given), ordered by namespace then name, and the list RV.
    pub fn list(&self, kind: &str, ns: Option<&str>) -> (Vec<Value>, u64) {
        let inner = self.lock();
        let items = match inner.kinds.get(kind) {
            None => vec![],
            Some(m) => match ns {
                Some(ns) => m
                    .range((ns.to_string(), String::new())..)
                    .take_while(|((n, _), _)| n == ns)
                    .map(|(_, v)| Value::clone(v))
                    .collect(),
                None => m.values().map(|v| Value::clone(v)).collect(),
            },
        };
        (items, inner.rv)
    }

    /// Visits the objects of `kind` (in `ns` when given) in (namespace, name) order, strictly
    /// after `after`, without copying them; `f` returns false to stop. Returns the current RV.
    pub fn scan(
        &self,
        kind: &str,
        ns: Option<&str>,
        after: Option<(&str, &str)>,
        mut f: impl FnMut(&Value) -> bool,
    ) -> u64 {
        use std::ops::Bound;
        let inner = self.lock();
        if let Some(m) = inner.kinds.get(kind) {
            let lower = match (after, ns) {
                (Some((a_ns, a_name)), _) => {
                    Bound::Excluded((a_ns.to_string(), a_name.to_string()))
                }
                (None, Some(ns)) => Bound::Included((ns.to_string(), String::new())),
                (None, None) => Bound::Unbounded,
            };
            for ((n, _), v) in m.range((lower, Bound::Unbounded)) {
                if ns.is_some_and(|ns| ns != n) {
                    if ns.is_some_and(|ns| n.as_str() > ns) {
                        break;
                    }
                    continue;
                }
                if !f(v) {
                    break;
                }
            }
        }
        inner.rv
    }

    pub fn list_kind(&self, kind: &str) -> Vec<Value> {
        self.list(kind, None).0
    }

    /// Store kinds that hold at least one object in namespace `ns`.
    pub fn kinds_in_namespace(&self, ns: &str) -> Vec<String> {
        let inner = self.lock();
        inner
            .kinds
            .iter()
            .filter(|(_, m)| {
                m.range((ns.to_string(), String::new())..)
                    .next()
                    .is_some_and(|((n, _), _)| n == ns)
            })
            .map(|(k, _)| k.clone())
            .collect()
    }

    fn commit(
        &self,
        inner: &mut Inner,
        kind: &str,
        ev: EventType,
        mut obj: Value,
    ) -> Result<Value, StoreError> {
        let rv = inner.rv + 1;
        set_rv(&mut obj, rv);
        let ns = meta_str(&obj, "namespace").to_string();
        let name = meta_str(&obj, "name").to_string();
        let persisted = if ev == EventType::Deleted {
            None
        } else {
            Some(&obj)
        };
        inner
            .db
            .write(kind, &ns, &name, rv, persisted)
            .map_err(|e| StoreError::Db(e.to_string()))?;
        inner.rv = rv;
        let shared = Arc::new(obj);
        let m = inner.kinds.entry(kind.to_string()).or_default();
        let prev = if ev == EventType::Deleted {
            m.remove(&(ns.clone(), name));
            None
        } else {
            m.insert((ns.clone(), name), shared.clone())
        };
        let prev = if ev == EventType::Modified {
            prev
        } else {
            None
        };
        let event = Arc::new(Event {
            kind: ev,
            rv,
            store_kind: kind.to_string(),
            namespace: ns,
            object: shared.clone(),
            prev,
        });
        inner.history.push_back(event.clone());
        while inner.history.len() > watch::HISTORY {
            if let Some(old) = inner.history.pop_front() {
                inner.window_start = old.rv;
            }
        }
        // No receivers is fine.
        let _ = self.tx.send(event);
        Ok(Arc::unwrap_or_clone(shared))
    }

    /// Stores a new object; fails if the name is taken.
    pub fn create(&self, kind: &str, obj: Value) -> Result<Value, StoreError> {
        let mut inner = self.lock();
        let key = (
            meta_str(&obj, "namespace").to_string(),
            meta_str(&obj, "name").to_string(),
        );
        if inner.kinds.get(kind).is_some_and(|m| m.contains_key(&key)) {
            return Err(StoreError::AlreadyExists);
        }
        self.commit(&mut inner, kind, EventType::Added, obj)
    }

    /// Replaces an existing object. `expected_rv`: optimistic-concurrency precondition.
    pub fn update(
        &self,
        kind: &str,
        obj: Value,
        expected_rv: Option<u64>,
    ) -> Result<Value, StoreError> {
        let mut inner = self.lock();
        let key = (
            meta_str(&obj, "namespace").to_string(),
            meta_str(&obj, "name").to_string(),
        );
        let cur = inner
            .kinds
            .get(kind)
            .and_then(|m| m.get(&key))
            .ok_or(StoreError::NotFound)?;
        if let Some(want) = expected_rv
            && meta_str(cur, "resourceVersion").parse::<u64>().ok() != Some(want)
        {
            return Err(StoreError::Conflict);
        }
        self.commit(&mut inner, kind, EventType::Modified, obj)
    }

    /// Removes an object; returns it with the deletion's resourceVersion.
    pub fn delete(
        &self,
        kind: &str,
        ns: &str,
        name: &str,
        expected_rv: Option<u64>,
    ) -> Result<Value, StoreError> {
        let mut inner = self.lock();
        let cur = inner
            .kinds
            .get(kind)
            .and_then(|m| m.get(&(ns.to_string(), name.to_string())))
            .map(|v| Value::clone(v))
            .ok_or(StoreError::NotFound)?;
        if let Some(want) = expected_rv
            && meta_str(&cur, "resourceVersion").parse::<u64>().ok() != Some(want)
        {
            return Err(StoreError::Conflict);
        }
        self.commit(&mut inner, kind, EventType::Deleted, cur)
    }

    /// Starts a watch on `kind`. `from`: None/0 → replay current objects as ADDED; N → replay
    /// history after N, or Gone when N is older than the window.
    pub fn watch(
        &self,
        kind: &str,
        ns: Option<&str>,
        from: Option<u64>,
    ) -> Result<WatchStart, StoreError> {
        let inner = self.lock();
        let rx = self.tx.subscribe();
        let replay = match from {
            None | Some(0) => match inner.kinds.get(kind) {
                None => vec![],
                Some(m) => m
                    .iter()
                    .filter(|((n, _), _)| ns.is_none_or(|ns| ns == n))
                    .map(|((n, _), v)| {
                        Arc::new(Event {
                            kind: EventType::Added,
                            rv: meta_str(v, "resourceVersion").parse().unwrap_or(0),
                            store_kind: kind.to_string(),
                            namespace: n.clone(),
                            object: v.clone(),
                            prev: None,
                        })
                    })
                    .collect(),
            },
            Some(n) => {
                if n < inner.window_start {
                    return Err(StoreError::Gone {
                        requested: n,
                        oldest: inner.window_start + 1,
                    });
                }
                inner
                    .history
                    .iter()
                    .filter(|e| {
                        e.rv > n && e.store_kind == kind && ns.is_none_or(|ns| ns == e.namespace)
                    })
                    .cloned()
                    .collect()
            }
        };
        Ok(WatchStart {
            replay,
            rx,
            rv: inner.rv,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(ns: &str, name: &str) -> Value {
        json!({"metadata": {"namespace": ns, "name": name}})
    }

    #[test]
    fn rv_is_monotonic_and_survives_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.db");
        {
            let s = Store::open(&p).unwrap();
            let a = s.create("/pods", obj("default", "a")).unwrap();
            assert_eq!(a["metadata"]["resourceVersion"], "1");
            assert_eq!(
                s.create("/pods", obj("default", "a")),
                Err(StoreError::AlreadyExists)
            );
            let b = s.update("/pods", obj("default", "a"), Some(1)).unwrap();
            assert_eq!(b["metadata"]["resourceVersion"], "2");
            assert_eq!(
                s.update("/pods", obj("default", "a"), Some(1)),
                Err(StoreError::Conflict)
            );
            s.create("/pods", obj("other", "z")).unwrap();
            s.delete("/pods", "other", "z", None).unwrap();
        }
        let s = Store::open(&p).unwrap();
        assert_eq!(s.current_rv(), 4);
        assert!(s.get("/pods", "default", "a").is_some());
        assert!(s.get("/pods", "other", "z").is_none());
        let c = s.create("/pods", obj("default", "c")).unwrap();
        assert_eq!(c["metadata"]["resourceVersion"], "5");
    }

    #[test]
    fn a_data_dir_serves_one_store_at_a_time() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.db");
        let first = Store::open(&p).unwrap();
        let second = Store::open(&p);
        assert!(
            second
                .err()
                .is_some_and(|e| e.to_string().contains("in use by another sandbox server"))
        );
        drop(first);
        assert!(Store::open(&p).is_ok());
    }

    #[test]
    fn list_filters_namespace_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(&dir.path().join("s.db")).unwrap();
        for (ns, n) in [("b", "2"), ("a", "9"), ("b", "1"), ("c", "0")] {
            s.create("/pods", obj(ns, n)).unwrap();
        }
        let names = |v: Vec<Value>| {
            v.iter()
                .map(|o| o["metadata"]["name"].as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(s.list("/pods", Some("b")).0), ["1", "2"]);
        assert_eq!(names(s.list("/pods", None).0), ["9", "1", "2", "0"]);
    }

    #[test]
    fn scan_resumes_after_a_key_across_namespaces() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(&dir.path().join("s.db")).unwrap();
        // "a-b" sorts after "a" as a tuple but before "a/..." as a joined string.
        for (ns, n) in [("a", "x"), ("a-b", "y"), ("b", "z")] {
            s.create("/pods", obj(ns, n)).unwrap();
        }
        let mut seen = Vec::new();
        s.scan("/pods", None, Some(("a", "x")), |o| {
            seen.push(o["metadata"]["name"].as_str().unwrap().to_string());
            true
        });
        assert_eq!(seen, ["y", "z"]);
        let mut seen = Vec::new();
        s.scan("/pods", Some("a"), None, |o| {
            seen.push(o["metadata"]["name"].as_str().unwrap().to_string());
            true
        });
        assert_eq!(seen, ["x"]);
    }

    #[test]
    fn watch_replays_and_expires() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(&dir.path().join("s.db")).unwrap();
        s.create("/pods", obj("a", "x")).unwrap();
        s.create("/pods", obj("a", "y")).unwrap();
        let w = s.watch("/pods", Some("a"), Some(1)).unwrap();
        assert_eq!(w.replay.len(), 1);
        let w = s.watch("/pods", None, None).unwrap();
        assert!(w.replay.iter().all(|e| e.kind == EventType::Added));
        assert_eq!(w.replay.len(), 2);
        drop(s);
        let s = Store::open(&dir.path().join("s.db")).unwrap();
        match s.watch("/pods", None, Some(1)) {
            Err(StoreError::Gone {
                requested: 1,
                oldest: 3,
            }) => {}
            other => panic!("{:?}", other.err()),
        }
    }
}
