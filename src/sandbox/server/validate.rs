//! Validation of incoming objects as kube-apiserver words it: object names, the pod-spec and
//! selector checks users hit most, and `fieldValidation=Strict` for unknown top-level fields.

use serde_json::Value;

use super::routes::Req;
use crate::sandbox::registry::Resource;
use crate::sandbox::selectors::LabelSelector;
use crate::sandbox::status::ApiError;

pub(super) const NAME_MSG: &str = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

pub(super) fn valid_subdomain(n: &str) -> bool {
    !n.is_empty()
        && n.len() <= 253
        && n.split('.').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                && !p.starts_with('-')
                && !p.ends_with('-')
        })
}

/// Validation of the fields kube-apiserver checks most visibly.
pub(super) fn validate(res: &Resource, obj: &Value) -> Result<(), ApiError> {
    let name = obj["metadata"]["name"].as_str().unwrap_or_default();
    let mut causes: Vec<(String, String, String)> = Vec::new();
    let mut push =
        |field: &str, msg: String, reason: &str| causes.push((reason.into(), field.into(), msg));
    if !valid_subdomain(name) {
        push(
            "metadata.name",
            format!("Invalid value: \"{name}\": {NAME_MSG}"),
            "FieldValueInvalid",
        );
    }
    let pod_spec = match (res.group.as_str(), res.plural.as_str()) {
        ("", "pods") => Some(("spec", &obj["spec"])),
        ("apps", "deployments" | "replicasets" | "statefulsets" | "daemonsets")
        | ("", "replicationcontrollers")
        | ("batch", "jobs") => Some(("spec.template.spec", &obj["spec"]["template"]["spec"])),
        _ => None,
    };
    if let Some((path, spec)) = pod_spec {
        match spec["containers"].as_array() {
            Some(cs) if !cs.is_empty() => {
                for (i, c) in cs.iter().enumerate() {
                    if c["name"].as_str().unwrap_or_default().is_empty() {
                        push(
                            &format!("{path}.containers[{i}].name"),
                            "Required value".into(),
                            "FieldValueRequired",
                        );
                    }
                    if c["image"].as_str().unwrap_or_default().is_empty() && res.plural == "pods" {
                        push(
                            &format!("{path}.containers[{i}].image"),
                            "Required value".into(),
                            "FieldValueRequired",
                        );
                    }
                }
            }
            _ => push(
                &format!("{path}.containers"),
                "Required value".into(),
                "FieldValueRequired",
            ),
        }
    }
    if res.group == "apps" && obj["spec"]["selector"].is_null() {
        push(
            "spec.selector",
            "Required value".into(),
            "FieldValueRequired",
        );
    } else if res.group == "apps" {
        let sel = LabelSelector::from_object(&obj["spec"]["selector"]);
        let labels = &obj["spec"]["template"]["metadata"]["labels"];
        if !sel.matches(labels) {
            let rendered = labels
                .as_object()
                .map(|m| {
                    m.iter()
                        .map(|(k, v)| format!("{k:?}:{}", v))
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default();
            push(
                "spec.template.metadata.labels",
                format!(
                    "Invalid value: map[string]string{{{rendered}}}: `selector` does not match template `labels`"
                ),
                "FieldValueInvalid",
            );
        }
    }
    if causes.is_empty() {
        Ok(())
    } else {
        Err(ApiError::invalid(&res.group, &res.kind, name, &causes))
    }
}

/// Unknown top-level fields of the kinds whose schema we know (for fieldValidation=Strict).
pub(super) fn unknown_top_level(res: &Resource, obj: &Value) -> Vec<String> {
    if res.crd.is_some() {
        return vec![];
    }
    let extra: &[&str] = match (res.group.as_str(), res.plural.as_str()) {
        ("", "configmaps") => &["data", "binaryData", "immutable"],
        ("", "secrets") => &["data", "stringData", "type", "immutable"],
        ("", "serviceaccounts") => &[
            "secrets",
            "imagePullSecrets",
            "automountServiceAccountToken",
        ],
        ("", "endpoints") => &["subsets"],
        ("", "events") => return vec![],
        ("rbac.authorization.k8s.io", "roles") => &["rules"],
        ("rbac.authorization.k8s.io", "clusterroles") => &["rules", "aggregationRule"],
        ("rbac.authorization.k8s.io", _) => &["subjects", "roleRef"],
        ("storage.k8s.io", _) => &[
            "provisioner",
            "parameters",
            "reclaimPolicy",
            "mountOptions",
            "allowVolumeExpansion",
            "volumeBindingMode",
            "allowedTopologies",
        ],
        ("discovery.k8s.io", _) => &["addressType", "endpoints", "ports"],
        ("apps", "controllerrevisions") => &["data", "revision"],
        ("", "podtemplates") => &["template"],
        _ => &["spec", "status"],
    };
    obj.as_object()
        .map(|m| {
            m.keys()
                .filter(|k| {
                    !matches!(k.as_str(), "apiVersion" | "kind" | "metadata")
                        && !extra.contains(&k.as_str())
                })
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

/// `fieldValidation`: unknown fields are dropped (with a warning unless `Ignore`); under `Strict`, unknown fields at any depth of a built-in kind are a 400, worded
/// as kube-apiserver's decoder words it; `decoded` adds the create/update prefix
/// (`Deployment in version "v1" cannot be handled as a Deployment: …`), patches go without.
pub(super) fn strict_check(
    req: &Req,
    res: &Resource,
    obj: &mut Value,
    decoded: bool,
) -> Result<(), ApiError> {
    // Unset means Warn (kube-apiserver's default since 1.27).
    let strict = match req.q("fieldValidation") {
        Some("Strict") => true,
        Some("Ignore") => {
            super::unknown_fields::prune(&res.group, &res.kind, obj);
            return Ok(());
        }
        _ => false,
    };
    let unknown = match super::unknown_fields::unknown_fields(&res.group, &res.kind, obj) {
        Some(fields) => fields,
        None => unknown_top_level(res, obj),
    };
    if unknown.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = unknown
        .iter()
        .map(|u| format!("unknown field \"{u}\""))
        .collect();
    if !strict {
        list.into_iter().for_each(|w| req.warn(w));
        super::unknown_fields::prune(&res.group, &res.kind, obj);
        return Ok(());
    }
    let error = format!("strict decoding error: {}", list.join(", "));
    Err(ApiError::bad_request(if decoded {
        format!(
            "{kind} in version \"{version}\" cannot be handled as a {kind}: {error}",
            kind = res.kind,
            version = res.version
        )
    } else {
        error
    }))
}
