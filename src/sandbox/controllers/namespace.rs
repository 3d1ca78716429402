//! The namespace controller (pkg/controller/namespace/deletion): a Terminating namespace has
//! its content deleted (pods gracefully, objects with finalizers marked), its status
//! conditions kept as `namespacedResourcesDeleter` writes them, and once empty the `kubernetes`
//! finalizer removed (the `finalize` subresource), after which the namespace goes.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::{Api, is_deleting, kinds, name_of};

const MANAGER: &str = "kube-controller-manager";
const FINALIZER: &str = "kubernetes";

/// (type, ok reason, ok message) in the order the deleter maintains them
/// (status_condition_utils.go).
const CONDITIONS: [(&str, &str, &str); 5] = [
    (
        "NamespaceDeletionDiscoveryFailure",
        "ResourcesDiscovered",
        "All resources successfully discovered",
    ),
    (
        "NamespaceDeletionGroupVersionParsingFailure",
        "ParsedGroupVersions",
        "All legacy kube types successfully parsed",
    ),
    (
        "NamespaceDeletionContentFailure",
        "ContentDeleted",
        "All content successfully deleted, may be waiting on finalization",
    ),
    (
        "NamespaceContentRemaining",
        "ContentRemoved",
        "All content successfully removed",
    ),
    (
        "NamespaceFinalizersRemaining",
        "ContentHasNoFinalizers",
        "All content-preserving finalizers finished",
    ),
];

/// What is left in a namespace: instances per resource and per finalizer.
#[derive(Debug, Default, PartialEq)]
pub struct Remaining {
    pub resources: BTreeMap<String, usize>,
    pub finalizers: BTreeMap<String, usize>,
}

/// The `group.resource` name the deleter reports a store kind under (`GroupResource.String`).
pub fn group_resource(kind: &str) -> String {
    match kind.split_once('/') {
        Some(("", plural)) => plural.to_string(),
        Some((group, plural)) => format!("{plural}.{group}"),
        None => kind.to_string(),
    }
}

/// The conditions for `rem` (`updateConditions`): failures as True, the rest with their ok
/// reasons; a condition that keeps its status keeps its lastTransitionTime.
pub fn conditions(old: &Value, rem: &Remaining, now: &str) -> Value {
    let mut out = Vec::new();
    for (ty, ok_reason, ok_message) in CONDITIONS {
        let (status, reason, message) = match ty {
            "NamespaceContentRemaining" if !rem.resources.is_empty() => {
                let parts: Vec<String> = rem
                    .resources
                    .iter()
                    .map(|(r, n)| format!("{r} has {n} resource instances"))
                    .collect();
                (
                    "True",
                    "SomeResourcesRemain",
                    format!("Some resources are remaining: {}", parts.join(", ")),
                )
            }
            "NamespaceFinalizersRemaining" if !rem.finalizers.is_empty() => {
                let parts: Vec<String> = rem
                    .finalizers
                    .iter()
                    .map(|(f, n)| format!("{f} in {n} resource instances"))
                    .collect();
                (
                    "True",
                    "SomeFinalizersRemain",
                    format!(
                        "Some content in the namespace has finalizers remaining: {}",
                        parts.join(", ")
                    ),
                )
            }
            _ => ("False", ok_reason, ok_message.to_string()),
        };
        let prev = old
            .as_array()
            .into_iter()
            .flatten()
            .find(|c| c["type"] == ty);
        let since = match prev {
            Some(p) if p["status"] == status => p["lastTransitionTime"].clone(),
            _ => json!(now),
        };
        out.push(
            json!({"type": ty, "status": status, "lastTransitionTime": since,
                        "reason": reason, "message": message}),
        );
    }
    Value::Array(out)
}

pub fn sync_all(api: &Api) {
    for ns in api.list(kinds::NAMESPACES, None) {
        if is_deleting(&ns) {
            sync(api, &ns);
        }
    }
}

fn finalizers_of(o: &Value) -> Vec<String> {
    o["metadata"]["finalizers"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f.as_str().map(str::to_string))
        .collect()
}

fn sync(api: &Api, ns: &Value) {
    let name = name_of(ns).to_string();
    let spec_has = ns["spec"]["finalizers"]
        .as_array()
        .is_some_and(|f| f.iter().any(|x| x == FINALIZER));
    if !spec_has {
        if finalizers_of(ns).is_empty() {
            api.delete(kinds::NAMESPACES, ns);
        }
        return;
    }
    // Delete what is there, then count what is left.
    for kind in api.state.store.kinds_in_namespace(&name) {
        for o in api.list(&kind, Some(&name)) {
            if kind == kinds::PODS {
                api.delete_pod(&o);
            } else if !finalizers_of(&o).is_empty() {
                if !is_deleting(&o) {
                    let mut n = o.clone();
                    n["metadata"]["deletionTimestamp"] = json!(api.now_str());
                    n["metadata"]["deletionGracePeriodSeconds"] = json!(0);
                    let rv = o["metadata"]["resourceVersion"]
                        .as_str()
                        .and_then(|s| s.parse::<u64>().ok());
                    let _ = api.state.store.update(&kind, n, rv);
                }
            } else {
                api.delete(&kind, &o);
            }
        }
    }
    let mut rem = Remaining::default();
    for kind in api.state.store.kinds_in_namespace(&name) {
        let left = api.list(&kind, Some(&name));
        if left.is_empty() {
            continue;
        }
        *rem.resources.entry(group_resource(&kind)).or_default() += left.len();
        for o in &left {
            for f in finalizers_of(o) {
                *rem.finalizers.entry(f).or_default() += 1;
            }
        }
    }
    let Some(cur) = api.get(kinds::NAMESPACES, "", &name) else {
        return;
    };
    let conds = conditions(&cur["status"]["conditions"], &rem, &api.now_str());
    let cur = if cur["status"]["conditions"] != conds {
        let mut n = cur.clone();
        n["status"]["conditions"] = conds;
        match api.update(kinds::NAMESPACES, &cur, n, MANAGER, Some("status")) {
            Some(s) => s,
            None => return,
        }
    } else {
        cur
    };
    if rem.resources.is_empty() {
        // `finalize`: drop our finalizer; with none left the API server removes the namespace.
        let mut n = cur.clone();
        if let Some(f) = n["spec"]["finalizers"].as_array_mut() {
            f.retain(|x| x != FINALIZER);
        }
        let done = n["spec"]["finalizers"]
            .as_array()
            .is_none_or(|f| f.is_empty());
        if let Some(s) = api.update(kinds::NAMESPACES, &cur, n, MANAGER, Some("finalize"))
            && done
            && finalizers_of(&s).is_empty()
        {
            api.delete(kinds::NAMESPACES, &s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn condition_messages() {
        let mut rem = Remaining::default();
        rem.resources.insert(group_resource("/pods"), 2);
        rem.resources.insert(group_resource("apps/deployments"), 1);
        rem.finalizers
            .insert("kubernetes.io/pvc-protection".into(), 1);
        let c = conditions(&Value::Null, &rem, "T");
        assert_eq!(c[3]["status"], "True");
        assert_eq!(
            c[3]["message"],
            "Some resources are remaining: deployments.apps has 1 resource instances, pods has 2 resource instances"
        );
        assert_eq!(
            c[4]["message"],
            "Some content in the namespace has finalizers remaining: kubernetes.io/pvc-protection in 1 resource instances"
        );
        assert_eq!(c[0]["reason"], "ResourcesDiscovered");
        let later = conditions(&c, &Remaining::default(), "T2");
        assert_eq!(later[0]["lastTransitionTime"], "T");
        assert_eq!(later[3]["lastTransitionTime"], "T2");
        assert_eq!(later[3]["reason"], "ContentRemoved");
    }
}
