//! The garbage collector's background pass: objects of the kinds the controllers manage whose
//! every owner (by uid) is gone are deleted (pods gracefully). Foreground and orphan deletion of
//! owners are handled synchronously by the API server's DELETE.

use std::collections::HashSet;

use serde_json::Value;

use super::{Api, kinds, uid_of};

/// (store kind of a dependent, store kinds its owners may have).
const DEPENDENTS: [(&str, &[&str]); 5] = [
    (
        kinds::PODS,
        &[
            kinds::REPLICASETS,
            "apps/statefulsets",
            "apps/daemonsets",
            "batch/jobs",
            "/replicationcontrollers",
        ],
    ),
    (kinds::REPLICASETS, &[kinds::DEPLOYMENTS]),
    (kinds::ENDPOINTSLICES, &[kinds::SERVICES]),
    (kinds::JOBS, &[kinds::CRONJOBS]),
    (kinds::REVISIONS, &[kinds::DAEMONSETS, kinds::STATEFULSETS]),
];

/// Whether every owner of `o` is known to be gone (owners of unknown kinds keep it).
pub fn orphaned(o: &Value, owner_kinds: &[&str], live: &HashSet<String>) -> bool {
    let Some(refs) = o["metadata"]["ownerReferences"]
        .as_array()
        .filter(|r| !r.is_empty())
    else {
        return false;
    };
    refs.iter().all(|r| {
        let known = matches!(
            r["kind"].as_str(),
            Some(
                "ReplicaSet"
                    | "Deployment"
                    | "Service"
                    | "StatefulSet"
                    | "DaemonSet"
                    | "Job"
                    | "ReplicationController"
                    | "CronJob"
            )
        );
        known && !live.contains(r["uid"].as_str().unwrap_or_default())
    }) && !owner_kinds.is_empty()
}

pub fn sync_all(api: &Api) {
    for (kind, owners) in DEPENDENTS {
        let live: HashSet<String> = owners
            .iter()
            .flat_map(|k| api.list(k, None))
            .map(|o| uid_of(&o).to_string())
            .collect();
        for o in api.list(kind, None) {
            if orphaned(&o, owners, &live) {
                if kind == kinds::PODS {
                    api.delete_pod(&o);
                } else {
                    api.delete(kind, &o);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn only_objects_whose_known_owners_are_all_gone() {
        let live: HashSet<String> = ["alive".to_string()].into();
        let owned = |kind: &str, uid: &str| json!({"metadata": {"ownerReferences": [{"kind": kind, "uid": uid}]}});
        assert!(orphaned(&owned("ReplicaSet", "gone"), &["x"], &live));
        assert!(!orphaned(&owned("ReplicaSet", "alive"), &["x"], &live));
        assert!(!orphaned(&owned("Widget", "gone"), &["x"], &live));
        assert!(!orphaned(&json!({"metadata": {}}), &["x"], &live));
    }
}
