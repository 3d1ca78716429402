//! ControllerRevisions as the DaemonSet and StatefulSet controllers keep them
//! (pkg/controller/history): one revision per distinct pod template, stored as the strategic
//! merge patch `{"spec":{"template":{…,"$patch":"replace"}}}`, numbered by `revision`, a
//! re-applied old template bumping its revision to the newest (a rollback), and the history
//! truncated to `revisionHistoryLimit`.

use std::collections::HashSet;

use serde_json::{Value, json};

use super::{Api, controller_ref, controller_uid, is_deleting, kinds, name_of, ns_of, uid_of};

const MANAGER: &str = "kube-controller-manager";

/// The revision data of `owner`'s current template (daemon `getPatch` / stateful `getPatch`).
pub fn patch_of(owner: &Value) -> Value {
    let mut tpl = owner["spec"]["template"].clone();
    if !tpl.is_object() {
        tpl = json!({});
    }
    tpl["$patch"] = json!("replace");
    json!({"spec": {"template": tpl}})
}

/// The pod template a revision's data holds.
pub fn template_of(rev: &Value) -> Value {
    let mut t = rev["data"]["spec"]["template"].clone();
    if let Some(m) = t.as_object_mut() {
        m.remove("$patch");
    }
    t
}

pub fn number(rev: &Value) -> i64 {
    rev["revision"].as_i64().unwrap_or(0)
}

/// The revisions `owner` controls, oldest first.
pub fn owned(api: &Api, owner: &Value) -> Vec<Value> {
    let mut out: Vec<Value> = api
        .list(kinds::REVISIONS, Some(ns_of(owner)))
        .into_iter()
        .filter(|r| controller_uid(r) == Some(uid_of(owner)))
        .collect();
    out.sort_by_key(number);
    out
}

/// The revision holding `data`: an existing equal one (renumbered to the newest when it is not,
/// as `dedupCurRevisions`/`createRevision` do on a rollback), else a new one named `name`
/// with `labels`. None when the write failed (the next pass retries).
pub fn ensure(
    api: &Api,
    owner: &Value,
    revisions: &[Value],
    data: &Value,
    name: &str,
    labels: Value,
) -> Option<Value> {
    let max = revisions.iter().map(number).max().unwrap_or(0);
    if let Some(cur) = revisions.iter().rev().find(|r| &r["data"] == data) {
        if number(cur) == max {
            return Some(cur.clone());
        }
        let mut n = cur.clone();
        n["revision"] = json!(max + 1);
        return api.update(kinds::REVISIONS, cur, n, MANAGER, None);
    }
    let mut meta = json!({
        "name": name, "namespace": ns_of(owner), "labels": labels,
        "ownerReferences": [controller_ref(owner)],
    });
    if let Some(a) = owner["metadata"]["annotations"]
        .as_object()
        .filter(|a| !a.is_empty())
    {
        meta["annotations"] = Value::Object(a.clone());
    }
    let rev = json!({
        "apiVersion": "apps/v1", "kind": "ControllerRevision", "metadata": meta,
        "data": data, "revision": max + 1,
    });
    if let Some(existing) = api.get(kinds::REVISIONS, ns_of(owner), name) {
        // A hash collision with a revision of other data: kube bumps collisionCount; the
        // sandbox reuses a name made unique by the revision number instead.
        if existing["data"] == *data && controller_uid(&existing) == Some(uid_of(owner)) {
            return Some(existing);
        }
        let mut rev = rev;
        rev["metadata"]["name"] = json!(format!("{name}-{}", max + 1));
        return api.create(kinds::REVISIONS, rev, MANAGER);
    }
    api.create(kinds::REVISIONS, rev, MANAGER)
}

/// Deletes the oldest revisions beyond `limit` that are not in `keep` (names).
pub fn truncate(api: &Api, revisions: &[Value], keep: &HashSet<String>, limit: i64) {
    let removable: Vec<&Value> = revisions
        .iter()
        .filter(|r| !keep.contains(name_of(r)) && !is_deleting(r))
        .collect();
    let limit = usize::try_from(limit.max(0)).unwrap_or(0);
    if removable.len() <= limit {
        return;
    }
    for r in &removable[..removable.len() - limit] {
        api.delete(kinds::REVISIONS, r);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patch_round_trips_the_template() {
        let ds = json!({"spec": {"template": {"metadata": {"labels": {"a": "b"}},
            "spec": {"containers": [{"name": "c"}]}}}});
        let p = patch_of(&ds);
        assert_eq!(p["spec"]["template"]["$patch"], "replace");
        assert_eq!(
            template_of(&json!({"data": p})),
            ds["spec"]["template"].clone()
        );
        assert_eq!(
            patch_of(&json!({}))["spec"]["template"]["$patch"],
            "replace"
        );
    }
}
