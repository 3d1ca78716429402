//! Field ownership (metadata.managedFields, FieldsV1) as structured-merge-diff tracks it:
//! which manager owns which leaf fields, updates taking ownership of what they change, and
//! server-side apply with conflicts (`Apply failed with 1 conflict: …`), forced takeover and
//! removal of fields an applier stopped applying. Pure functions over JSON objects.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

/// One path segment in FieldsV1 form: `f:name` or `k:{"name":"x"}`.
pub type Path = Vec<String>;
pub type FieldSet = BTreeSet<Path>;

/// Which part of an object a manager entry covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Everything but `status` (when the kind has a status subresource).
    Main { status_separate: bool },
    /// Only `status`.
    Status,
}

/// Merge keys of the associative lists of the built-in types (see strategic.rs).
fn merge_keys(field: &str, items: &[Value]) -> Option<Vec<&'static str>> {
    Some(match field {
        "containers"
        | "initContainers"
        | "ephemeralContainers"
        | "volumes"
        | "env"
        | "imagePullSecrets" => vec!["name"],
        "volumeMounts" => vec!["mountPath"],
        "conditions" => vec!["type"],
        "ports" if items.iter().any(|i| i.get("containerPort").is_some()) => {
            vec!["containerPort", "protocol"]
        }
        "ports" => vec!["port", "protocol"],
        _ => return None,
    })
}

fn key_segment(item: &Value, keys: &[&str]) -> Option<String> {
    let mut m = Map::new();
    for k in keys {
        if let Some(v) = item.get(*k) {
            m.insert((*k).to_string(), v.clone());
        }
    }
    if m.is_empty() {
        None
    } else {
        Some(format!("k:{}", Value::Object(m)))
    }
}

fn walk(v: &Value, prefix: &mut Path, out: &mut FieldSet) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, child) in m {
                prefix.push(format!("f:{k}"));
                match child {
                    Value::Array(items) => match merge_keys(k, items) {
                        Some(keys) if items.iter().all(Value::is_object) && !items.is_empty() => {
                            for it in items {
                                if let Some(seg) = key_segment(it, &keys) {
                                    prefix.push(seg);
                                    walk(it, prefix, out);
                                    prefix.pop();
                                }
                            }
                        }
                        _ => {
                            out.insert(prefix.clone());
                        }
                    },
                    _ => walk(child, prefix, out),
                }
                prefix.pop();
            }
        }
        _ => {
            out.insert(prefix.clone());
        }
    }
}

/// Leaf fields of `obj` within `scope` (identity metadata excluded).
pub fn leaves(obj: &Value, scope: Scope) -> FieldSet {
    let mut v = obj.clone();
    if let Some(m) = v.as_object_mut() {
        m.remove("apiVersion");
        m.remove("kind");
        match scope {
            Scope::Status => m.retain(|k, _| k == "status"),
            Scope::Main {
                status_separate: true,
            } => {
                m.remove("status");
            }
            Scope::Main { .. } => {}
        }
        if let Some(md) = m.get_mut("metadata").and_then(Value::as_object_mut) {
            md.retain(|k, _| {
                matches!(
                    k.as_str(),
                    "labels" | "annotations" | "finalizers" | "ownerReferences"
                )
            });
        }
        if m.get("metadata")
            .is_some_and(|md| md.as_object().is_some_and(Map::is_empty))
        {
            m.remove("metadata");
        }
    }
    let mut out = FieldSet::new();
    if v.as_object().is_some_and(|m| !m.is_empty()) {
        walk(&v, &mut Vec::new(), &mut out);
    }
    out
}

/// The value at a FieldsV1 path.
pub fn value_at<'a>(obj: &'a Value, path: &[String]) -> Option<&'a Value> {
    let mut cur = obj;
    for seg in path {
        if let Some(f) = seg.strip_prefix("f:") {
            cur = cur.get(f)?;
        } else if let Some(k) = seg.strip_prefix("k:") {
            let want: Map<String, Value> = serde_json::from_str(k).ok()?;
            cur = cur
                .as_array()?
                .iter()
                .find(|it| want.iter().all(|(kk, vv)| it.get(kk) == Some(vv)))?;
        } else {
            return None;
        }
    }
    Some(cur)
}

fn remove_at(obj: &mut Value, path: &[String]) {
    let Some((last, parent)) = path.split_last() else {
        return;
    };
    let mut cur = obj;
    for seg in parent {
        let next = if let Some(f) = seg.strip_prefix("f:") {
            cur.get_mut(f)
        } else if let Some(k) = seg.strip_prefix("k:") {
            let Ok(want) = serde_json::from_str::<Map<String, Value>>(k) else {
                return;
            };
            cur.as_array_mut().and_then(|a| {
                a.iter_mut()
                    .find(|it| want.iter().all(|(kk, vv)| it.get(kk) == Some(vv)))
            })
        } else {
            None
        };
        let Some(n) = next else { return };
        cur = n;
    }
    if let Some(f) = last.strip_prefix("f:") {
        if let Some(m) = cur.as_object_mut() {
            m.remove(f);
        }
    } else if let Some(k) = last.strip_prefix("k:")
        && let (Ok(want), Some(a)) = (
            serde_json::from_str::<Map<String, Value>>(k),
            cur.as_array_mut(),
        )
    {
        a.retain(|it| !want.iter().all(|(kk, vv)| it.get(kk) == Some(vv)));
    }
}

pub fn to_fields_v1(set: &FieldSet) -> Value {
    let mut root = json!({});
    for path in set {
        let mut cur = &mut root;
        for seg in path {
            if !cur.get(seg).is_some_and(Value::is_object) {
                cur[seg.as_str()] = json!({});
            }
            cur = &mut cur[seg.as_str()];
        }
    }
    root
}

pub fn from_fields_v1(v: &Value) -> FieldSet {
    fn rec(v: &Value, prefix: &mut Path, out: &mut FieldSet) {
        let Some(m) = v.as_object() else { return };
        let children: Vec<_> = m.iter().filter(|(k, _)| k.as_str() != ".").collect();
        if children.is_empty() {
            if !prefix.is_empty() {
                out.insert(prefix.clone());
            }
            return;
        }
        for (k, c) in children {
            prefix.push(k.clone());
            rec(c, prefix, out);
            prefix.pop();
        }
    }
    let mut out = FieldSet::new();
    rec(v, &mut Vec::new(), &mut out);
    out
}

/// One managedFields entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub manager: String,
    pub operation: String,
    pub api_version: String,
    pub time: String,
    pub subresource: Option<String>,
    pub set: FieldSet,
}

impl Entry {
    fn to_json(&self) -> Value {
        let mut e = json!({"manager": self.manager, "operation": self.operation, "apiVersion": self.api_version,
                           "time": self.time, "fieldsType": "FieldsV1", "fieldsV1": to_fields_v1(&self.set)});
        if let Some(s) = &self.subresource {
            e["subresource"] = json!(s);
        }
        e
    }
    /// How structured-merge-diff names a manager in conflict messages.
    fn describe(&self) -> String {
        let mut s = format!("{:?}", self.manager);
        if let Some(sub) = &self.subresource {
            s = format!("{s} with subresource {sub:?}");
        }
        if self.operation == "Update" {
            s = format!("{s} using {}", self.api_version);
        }
        s
    }
}

pub fn entries(obj: &Value) -> Vec<Entry> {
    obj["metadata"]["managedFields"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| Entry {
            manager: e["manager"].as_str().unwrap_or_default().to_string(),
            operation: e["operation"].as_str().unwrap_or_default().to_string(),
            api_version: e["apiVersion"].as_str().unwrap_or_default().to_string(),
            time: e["time"].as_str().unwrap_or_default().to_string(),
            subresource: e["subresource"].as_str().map(str::to_string),
            set: from_fields_v1(&e["fieldsV1"]),
        })
        .collect()
}

pub fn store_entries(obj: &mut Value, list: Vec<Entry>) {
    let list: Vec<Value> = list
        .into_iter()
        .filter(|e| !e.set.is_empty())
        .map(|e| e.to_json())
        .collect();
    if let Some(md) = obj.get_mut("metadata").and_then(Value::as_object_mut) {
        if list.is_empty() {
            md.remove("managedFields");
        } else {
            md.insert("managedFields".into(), Value::Array(list));
        }
    }
}

/// Path in structured-merge-diff's text form: `.spec.containers[name="x"].image`.
pub fn path_string(p: &[String]) -> String {
    let mut s = String::new();
    for seg in p {
        if let Some(f) = seg.strip_prefix("f:") {
            s.push('.');
            s.push_str(f);
        } else if let Some(k) = seg.strip_prefix("k:") {
            let m: Map<String, Value> = serde_json::from_str(k).unwrap_or_default();
            let parts: Vec<String> = m.iter().map(|(k, v)| format!("{k}={v}")).collect();
            s.push_str(&format!("[{}]", parts.join(",")));
        }
    }
    s
}

/// Records a non-apply write by `manager`: it takes the fields whose values it changed.
pub fn record_update(
    old: Option<&Value>,
    new: &mut Value,
    manager: &str,
    api_version: &str,
    sub: Option<&str>,
    status_separate: bool,
    now: &str,
) {
    if manager.is_empty() {
        return;
    }
    let scope = if sub == Some("status") {
        Scope::Status
    } else {
        Scope::Main { status_separate }
    };
    let new_leaves = leaves(new, scope);
    let changed: FieldSet = match old {
        None => new_leaves.clone(),
        Some(o) => {
            let old_leaves = leaves(o, scope);
            let mut c: FieldSet = new_leaves
                .iter()
                .filter(|p| value_at(o, p) != value_at(new, p))
                .cloned()
                .collect();
            c.extend(old_leaves.difference(&new_leaves).cloned());
            c
        }
    };
    let mut list = entries(new);
    if changed.is_empty() {
        return;
    }
    for e in list.iter_mut() {
        if !(e.manager == manager && e.operation == "Update" && e.subresource.as_deref() == sub) {
            e.set.retain(|p| !changed.contains(p));
        }
    }
    let mine_set: FieldSet = changed.intersection(&new_leaves).cloned().collect();
    match list.iter_mut().find(|e| {
        e.manager == manager && e.operation == "Update" && e.subresource.as_deref() == sub
    }) {
        Some(e) => {
            e.set.retain(|p| value_at(new, p).is_some());
            e.set.extend(mine_set);
            e.time = now.to_string();
            e.api_version = api_version.to_string();
        }
        None => list.push(Entry {
            manager: manager.to_string(),
            operation: "Update".into(),
            api_version: api_version.to_string(),
            time: now.to_string(),
            subresource: sub.map(str::to_string),
            set: mine_set,
        }),
    }
    store_entries(new, list);
}

/// A failed apply: the Status message and causes (field, message).
#[derive(Debug, Clone, PartialEq)]
pub struct Conflicts {
    pub message: String,
    pub causes: Vec<(String, String)>,
}

/// Server-side apply of `applied` over `merged` (the current object with the applied
/// configuration already merged in): checks conflicts against `current`, removes fields this
/// manager no longer applies, and rewrites the ownership entries.
#[allow(clippy::too_many_arguments)]
pub fn apply(
    current: &Value,
    applied: &Value,
    mut merged: Value,
    manager: &str,
    api_version: &str,
    force: bool,
    status_separate: bool,
    now: &str,
) -> Result<Value, Conflicts> {
    let scope = Scope::Main { status_separate };
    let applied_set = leaves(applied, scope);
    let mut list = entries(current);
    let mut conflicts: Vec<(String, Path)> = Vec::new();
    for e in &list {
        if e.manager == manager && e.operation == "Apply" {
            continue;
        }
        for p in applied_set.intersection(&e.set) {
            if value_at(current, p) != value_at(applied, p) {
                conflicts.push((e.describe(), p.clone()));
            }
        }
    }
    if !conflicts.is_empty() && !force {
        let message = if conflicts.len() == 1 {
            format!(
                "Apply failed with 1 conflict: conflict with {}: {}",
                conflicts[0].0,
                path_string(&conflicts[0].1)
            )
        } else {
            let mut managers: Vec<&String> = conflicts.iter().map(|(m, _)| m).collect();
            managers.sort();
            managers.dedup();
            let mut lines = Vec::new();
            for m in managers {
                lines.push(format!("conflicts with {m}:"));
                for (_, p) in conflicts.iter().filter(|(mm, _)| mm == m) {
                    lines.push(format!("- {}", path_string(p)));
                }
            }
            format!(
                "Apply failed with {} conflicts: {}",
                conflicts.len(),
                lines.join("\n")
            )
        };
        let causes = conflicts
            .iter()
            .map(|(m, p)| (path_string(p), format!("conflict with {m}")))
            .collect();
        return Err(Conflicts { message, causes });
    }
    // Fields this manager applied before but not now go away unless someone else owns them.
    let prev: FieldSet = list
        .iter()
        .find(|e| e.manager == manager && e.operation == "Apply")
        .map(|e| e.set.clone())
        .unwrap_or_default();
    for p in prev.difference(&applied_set) {
        let others = list
            .iter()
            .any(|e| !(e.manager == manager && e.operation == "Apply") && e.set.contains(p));
        if !others {
            remove_at(&mut merged, p);
        }
    }
    let taken: BTreeSet<&Path> = conflicts.iter().map(|(_, p)| p).collect();
    for e in list.iter_mut() {
        e.set.retain(|p| !taken.contains(p));
    }
    list.retain(|e| !(e.manager == manager && e.operation == "Apply"));
    list.push(Entry {
        manager: manager.to_string(),
        operation: "Apply".into(),
        api_version: api_version.to_string(),
        time: now.to_string(),
        subresource: None,
        set: applied_set,
    });
    store_entries(&mut merged, list);
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: &str = "2026-01-01T00:00:00Z";

    fn deploy(replicas: i64, image: &str) -> Value {
        json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d", "labels": {"a": "b"}},
               "spec": {"replicas": replicas, "template": {"spec": {"containers": [{"name": "c", "image": image}]}}}})
    }

    #[test]
    fn leaves_and_roundtrip() {
        let l = leaves(
            &deploy(1, "x"),
            Scope::Main {
                status_separate: true,
            },
        );
        let paths: Vec<String> = l.iter().map(|p| path_string(p)).collect();
        assert_eq!(
            paths,
            [
                ".metadata.labels.a",
                ".spec.replicas",
                ".spec.template.spec.containers[name=\"c\"].image",
                ".spec.template.spec.containers[name=\"c\"].name"
            ]
        );
        assert_eq!(from_fields_v1(&to_fields_v1(&l)), l);
    }

    #[test]
    fn update_takes_changed_fields_and_apply_conflicts() {
        let mut created = deploy(1, "x");
        record_update(None, &mut created, "creator", "apps/v1", None, true, NOW);
        let mut scaled = created.clone();
        scaled["spec"]["replicas"] = json!(3);
        record_update(
            Some(&created),
            &mut scaled,
            "scaler",
            "apps/v1",
            None,
            true,
            NOW,
        );
        let es = entries(&scaled);
        assert_eq!(es.len(), 2);
        assert!(
            es[1]
                .set
                .contains(&vec!["f:spec".to_string(), "f:replicas".to_string()])
        );
        assert!(
            !es[0]
                .set
                .contains(&vec!["f:spec".to_string(), "f:replicas".to_string()])
        );

        let applied = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d"}, "spec": {"replicas": 5}});
        let err = apply(
            &scaled,
            &applied,
            scaled.clone(),
            "ssa",
            "apps/v1",
            false,
            true,
            NOW,
        )
        .unwrap_err();
        assert_eq!(
            err.message,
            "Apply failed with 1 conflict: conflict with \"scaler\" using apps/v1: .spec.replicas"
        );
        // Same value: shared ownership, no conflict.
        let same = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d"}, "spec": {"replicas": 3}});
        assert!(
            apply(
                &scaled,
                &same,
                scaled.clone(),
                "ssa",
                "apps/v1",
                false,
                true,
                NOW
            )
            .is_ok()
        );
        let forced = apply(
            &scaled,
            &applied,
            scaled.clone(),
            "ssa",
            "apps/v1",
            true,
            true,
            NOW,
        )
        .unwrap();
        assert!(entries(&forced).iter().all(|e| {
            e.manager == "ssa"
                || !e
                    .set
                    .contains(&vec!["f:spec".to_string(), "f:replicas".to_string()])
        }));
    }

    #[test]
    fn apply_removes_fields_no_longer_applied() {
        let v1 = json!({"metadata": {"name": "d", "labels": {"x": "1", "y": "2"}}});
        let first = apply(
            &json!({"metadata": {"name": "d"}}),
            &v1,
            v1.clone(),
            "m",
            "v1",
            false,
            true,
            NOW,
        )
        .unwrap();
        let v2 = json!({"metadata": {"name": "d", "labels": {"x": "1"}}});
        let merged = first.clone();
        let second = apply(&first, &v2, merged, "m", "v1", false, true, NOW).unwrap();
        assert_eq!(second["metadata"]["labels"], json!({"x": "1"}));
    }
}
