//! The history of a workload as kubectl's rollout helpers read it: a Deployment's
//! ReplicaSets (`deploymentutil.GetAllReplicaSets`), a DaemonSet's or StatefulSet's
//! ControllerRevisions (`controlledHistory`), and what a revision's template looks like.

use std::collections::BTreeMap;

use serde_json::Value;

use super::viewer::Workload;
use crate::client::Client;
use crate::cmd::mutate::query_escape;
use crate::describe::util::selector_string;
use crate::error::{Error, Result};

pub const CHANGE_CAUSE: &str = "kubernetes.io/change-cause";
pub const REVISION: &str = "deployment.kubernetes.io/revision";
pub const HASH_LABEL: &str = "pod-template-hash";

/// One workload kubectl keeps history for, freshly read.
pub struct Owner {
    pub workload: Workload,
    pub object: Value,
}

impl Owner {
    pub fn name(&self) -> &str {
        self.object["metadata"]["name"].as_str().unwrap_or_default()
    }

    fn namespace(&self) -> &str {
        self.object["metadata"]["namespace"]
            .as_str()
            .unwrap_or_default()
    }

    fn uid(&self) -> &str {
        self.object["metadata"]["uid"].as_str().unwrap_or_default()
    }

    /// Objects of `resource` (apps/v1) in the owner's namespace that its selector matches and
    /// that it controls (`metav1.IsControlledBy`), in list order.
    async fn controlled(&self, client: &Client, resource: &str) -> Result<Vec<Value>> {
        let mut path = format!("/apis/apps/v1/namespaces/{}/{resource}", self.namespace());
        let selector = selector_string(&self.object["spec"]["selector"]);
        if !selector.is_empty() {
            path.push_str("?labelSelector=");
            path.push_str(&query_escape(&selector));
        }
        let list = client.get_json(&path).await?;
        Ok(list["items"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|item| {
                item["metadata"]["ownerReferences"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .any(|r| r["controller"] == true && r["uid"] == self.uid())
            })
            .cloned()
            .collect())
    }

    /// The ReplicaSets a Deployment owns, or the ControllerRevisions of a DaemonSet or
    /// StatefulSet, with kubectl's wording around a failed list.
    pub async fn history(&self, client: &Client) -> Result<Vec<Value>> {
        let name = self.name();
        match self.workload {
            Workload::Deployment => self.controlled(client, "replicasets").await.map_err(|e| {
                Error::msg(format!(
                    "failed to retrieve replica sets from deployment {name}: {}",
                    super::go_error_text(&e)
                ))
            }),
            Workload::DaemonSet => self
                .controlled(client, "controllerrevisions")
                .await
                .map_err(|e| {
                    Error::msg(format!(
                        "unable to find history controlled by DaemonSet {name}: {}",
                        super::go_error_text(&e)
                    ))
                }),
            Workload::StatefulSet => self
                .controlled(client, "controllerrevisions")
                .await
                .map_err(|e| {
                    Error::msg(format!(
                        "unable to find history controlled by StatefulSet {name}: {}",
                        super::go_error_text(&e)
                    ))
                }),
        }
    }
}

/// Reads the workload again, as each helper does with its typed client.
pub async fn read(client: &Client, workload: Workload, path: &str, name: &str) -> Result<Owner> {
    match client.get_json(path).await {
        Ok(object) => Ok(Owner { workload, object }),
        Err(e) => {
            let why = super::go_error_text(&e);
            Err(Error::msg(match workload {
                Workload::Deployment => format!("failed to retrieve deployment {name}: {why}"),
                Workload::DaemonSet => format!("failed to retrieve DaemonSet {name}: {why}"),
                Workload::StatefulSet => format!("failed to retrieve Statefulset {name}: {why}"),
            }))
        }
    }
}

/// A ReplicaSet's revision (`deploymentutil.Revision`); `None` when it cannot be parsed,
/// which the helpers skip.
pub fn replica_set_revision(rs: &Value) -> Option<i64> {
    match rs["metadata"]["annotations"][REVISION].as_str() {
        None => Some(0),
        Some(text) => text.parse().ok(),
    }
}

/// A ControllerRevision's number.
pub fn revision_number(rev: &Value) -> i64 {
    rev["revision"].as_i64().unwrap_or(0)
}

/// History entries by revision; a later entry with the same number replaces an earlier one,
/// as kubectl's maps do.
pub fn by_revision(owner: &Owner, history: &[Value]) -> BTreeMap<i64, Value> {
    let mut out = BTreeMap::new();
    for item in history {
        let number = match owner.workload {
            Workload::Deployment => match replica_set_revision(item) {
                Some(n) => n,
                None => continue,
            },
            Workload::DaemonSet | Workload::StatefulSet => revision_number(item),
        };
        out.insert(number, item.clone());
    }
    out
}

/// The pod template a ControllerRevision's data holds (its `$patch: replace` dropped).
pub fn revision_template(rev: &Value) -> Value {
    let mut template = rev["data"]["spec"]["template"].clone();
    if let Some(map) = template.as_object_mut() {
        map.remove("$patch");
    }
    template
}

/// `applyDaemonSetHistory` / `applyRevision`: the owner with the revision's template, which
/// the strategic merge patch `{"spec":{"template":{…,"$patch":"replace"}}}` amounts to.
pub fn apply_revision(owner: &Value, rev: &Value) -> Value {
    let mut object = owner.clone();
    object["spec"]["template"] = revision_template(rev);
    object
}

/// `getDaemonSetPatch` / `getStatefulSetPatch`: the revision data the owner's current
/// template would be stored as.
pub fn current_patch(owner: &Value) -> Value {
    let mut template = owner["spec"]["template"].clone();
    if !template.is_object() {
        template = Value::Object(Default::default());
    }
    template["$patch"] = Value::String("replace".into());
    serde_json::json!({"spec": {"template": template}})
}

/// Drops nulls and empty maps and lists: Go's typed round trip and `apiequality.Semantic`
/// do not tell them apart from absent fields.
pub fn semantic(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), semantic(v)))
                .filter(|(_, v)| !is_empty(v))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(semantic).collect()),
        other => other.clone(),
    }
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Object(m) => m.is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// A pod template without the `pod-template-hash` label (`equalIgnoreHash`).
pub fn without_hash(template: &Value) -> Value {
    let mut t = template.clone();
    if let Some(labels) = t
        .pointer_mut("/metadata/labels")
        .and_then(Value::as_object_mut)
    {
        labels.remove(HASH_LABEL);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn templates_equal_ignoring_hash_and_empties() {
        let a = json!({"metadata": {"creationTimestamp": null, "labels": {"app": "web", "pod-template-hash": "abc"}},
                       "spec": {"containers": [{"name": "c", "image": "x", "resources": {}}]}});
        let b = json!({"metadata": {"labels": {"app": "web"}},
                       "spec": {"containers": [{"name": "c", "image": "x"}]}});
        assert_eq!(semantic(&without_hash(&a)), semantic(&without_hash(&b)));
        let c = json!({"metadata": {"labels": {"app": "web"}},
                       "spec": {"containers": [{"name": "c", "image": "y"}]}});
        assert_ne!(semantic(&without_hash(&a)), semantic(&without_hash(&c)));
    }

    #[test]
    fn revisions_apply_their_template() {
        let ds = json!({"metadata": {"name": "agent"}, "spec": {"template": {"spec": {"containers": [{"image": "new"}]}}}});
        let rev = json!({"revision": 1, "data": {"spec": {"template": {"$patch": "replace", "spec": {"containers": [{"image": "old"}]}}}}});
        assert_eq!(
            apply_revision(&ds, &rev)["spec"]["template"],
            json!({"spec": {"containers": [{"image": "old"}]}})
        );
        assert_eq!(current_patch(&apply_revision(&ds, &rev)), rev["data"]);
    }
}
