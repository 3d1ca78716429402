//! Roles, ClusterRoles and their bindings (create_role.go, create_clusterrole.go,
//! create_rolebinding.go, create_clusterrolebinding.go). Resource names are resolved by the
//! caller (kubectl asks its REST mapper); everything here is pure.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::{GenError, GenResult, meta};

const RBAC_GROUP: &str = "rbac.authorization.k8s.io";

/// Verbs kubectl does not warn about.
pub const VALID_RESOURCE_VERBS: &[&str] = &[
    "*",
    "get",
    "delete",
    "list",
    "create",
    "update",
    "patch",
    "watch",
    "proxy",
    "deletecollection",
    "use",
    "bind",
    "escalate",
    "impersonate",
];

/// Verbs allowed with `--non-resource-url`.
pub const VALID_NON_RESOURCE_VERBS: &[&str] = &[
    "*", "get", "post", "put", "delete", "patch", "head", "options",
];

/// Verbs that only make sense on particular group/resources (`specialVerbs`).
const SPECIAL_VERBS: &[(&str, &[(&str, &str)])] = &[
    (
        "use",
        &[
            ("policy", "podsecuritypolicies"),
            ("extensions", "podsecuritypolicies"),
        ],
    ),
    (
        "bind",
        &[(RBAC_GROUP, "roles"), (RBAC_GROUP, "clusterroles")],
    ),
    (
        "escalate",
        &[(RBAC_GROUP, "roles"), (RBAC_GROUP, "clusterroles")],
    ),
    (
        "impersonate",
        &[
            ("", "users"),
            ("", "serviceaccounts"),
            ("", "groups"),
            ("authentication.k8s.io", "userextras"),
        ],
    ),
];

/// One `--resource` value split as kubectl splits it: `resource[.group][/subresource]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceArg {
    pub group: String,
    pub resource: String,
    pub subresource: String,
}

/// How the caller resolves a `--resource` (kubectl's REST mapper `ResourceFor`):
/// `(group, plural)`, or the mapper's error text.
pub type Resolver<'a> = &'a dyn Fn(&ResourceArg) -> Result<(String, String), String>;

/// Verbs without duplicates; `*` alone when present (`CreateRoleOptions.Complete`).
pub fn dedup_verbs(verbs: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in verbs {
        if v == "*" {
            return vec!["*".to_string()];
        }
        if !out.contains(v) {
            out.push(v.clone());
        }
    }
    out
}

/// Values without duplicates, first occurrence kept.
pub fn dedup(values: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if !out.contains(v) {
            out.push(v.clone());
        }
    }
    out
}

/// `--resource` values; a bare `*` replaces everything before it and stops.
pub fn parse_resources(values: &[String]) -> Vec<ResourceArg> {
    let mut out = Vec::new();
    for r in values {
        let (main, sub) = match r.split_once('/') {
            Some((m, s)) => (m, s.to_string()),
            None => (r.as_str(), String::new()),
        };
        let (resource, group) = match main.split_once('.') {
            Some((res, g)) => (res.to_string(), g.to_string()),
            None => (main.to_string(), String::new()),
        };
        let arg = ResourceArg {
            group,
            resource,
            subresource: sub,
        };
        if arg.resource == "*" && !main.contains('.') && !r.contains('/') {
            return vec![arg];
        }
        out.push(arg);
    }
    out
}

/// `validateResource`: special verbs only on their resources, unknown resources refused
/// (`unknown` is the mapper's error text for one).
pub fn validate_resources(
    resources: &[ResourceArg],
    verbs: &[String],
    resolve: Resolver,
) -> GenResult<()> {
    for r in resources {
        if r.resource.is_empty() {
            return Err(GenError::new(
                "resource must be specified if apiGroup/subresource specified",
            ));
        }
        if r.resource == "*" {
            return Ok(());
        }
        let resolved = resolve(r);
        let (group, resource) = match &resolved {
            Ok((g, res)) => (g.clone(), res.clone()),
            Err(_) => (r.group.clone(), r.resource.clone()),
        };
        let mut err = resolved.err();
        for v in verbs {
            if let Some((_, allowed)) = SPECIAL_VERBS.iter().find(|(sv, _)| sv == v) {
                if allowed
                    .iter()
                    .any(|(g, res)| *g == group && *res == resource)
                {
                    err = None;
                } else {
                    return Err(GenError::new(format!(
                        "can not perform '{v}' on '{resource}' in group '{group}'"
                    )));
                }
            }
        }
        if let Some(e) = err {
            return Err(GenError::new(e));
        }
    }
    Ok(())
}

/// `generateResourcePolicyRules`: one rule per API group (groups sorted), then one for the
/// non-resource URLs.
pub fn policy_rules(
    verbs: &[String],
    resources: &[ResourceArg],
    resource_names: &[String],
    non_resource_urls: &[String],
    resolve: Resolver,
) -> Vec<Value> {
    let mut by_group: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in resources {
        let (group, mut resource) =
            resolve(r).unwrap_or_else(|_| (r.group.clone(), r.resource.clone()));
        if !r.subresource.is_empty() {
            resource = format!("{resource}/{}", r.subresource);
        }
        let list = by_group.entry(group).or_default();
        if !list.contains(&resource) {
            list.push(resource);
        }
    }
    let mut rules = Vec::new();
    for (group, list) in by_group {
        let mut rule = Map::new();
        rule.insert("verbs".into(), json!(verbs));
        rule.insert("apiGroups".into(), json!([group]));
        rule.insert("resources".into(), json!(list));
        if !resource_names.is_empty() {
            rule.insert("resourceNames".into(), json!(resource_names));
        }
        rules.push(Value::Object(rule));
    }
    if !non_resource_urls.is_empty() {
        rules.push(json!({"verbs": verbs, "nonResourceURLs": non_resource_urls}));
    }
    rules
}

/// A Role with these rules.
pub fn role(name: &str, namespace: Option<&str>, rules: Vec<Value>) -> Value {
    json!({
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "Role",
        "metadata": meta(name, namespace),
        "rules": rules,
    })
}

/// A ClusterRole: rules, or an aggregation rule (then `rules: null`, as Go prints a nil slice
/// without omitempty).
pub fn cluster_role(
    name: &str,
    rules: Vec<Value>,
    aggregation: Option<&Map<String, Value>>,
) -> Value {
    let mut role = json!({
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "ClusterRole",
        "metadata": meta(name, None),
    });
    match aggregation {
        Some(labels) => {
            role["rules"] = Value::Null;
            role["aggregationRule"] = json!({"clusterRoleSelectors": [{"matchLabels": labels}]});
        }
        None => role["rules"] = json!(rules),
    }
    role
}

/// `--aggregation-rule` (a pflag `mapStringString`: `k=v,k=v`, later keys win).
pub fn parse_aggregation_rule(values: &[String]) -> Result<Map<String, Value>, String> {
    let mut out = Map::new();
    for value in values {
        for pair in value.split(',') {
            let Some((k, v)) = pair.split_once('=') else {
                return Err(format!("{pair} must be formatted as key=value"));
            };
            out.insert(k.to_string(), json!(v));
        }
    }
    Ok(out)
}

/// Who a binding names.
#[derive(Debug, Clone, Default)]
pub struct Subjects {
    pub users: Vec<String>,
    pub groups: Vec<String>,
    pub service_accounts: Vec<String>,
}

impl Subjects {
    fn to_json(&self) -> GenResult<Vec<Value>> {
        let mut out = Vec::new();
        for u in &self.users {
            out.push(json!({"kind": "User", "apiGroup": RBAC_GROUP, "name": u}));
        }
        for g in &self.groups {
            out.push(json!({"kind": "Group", "apiGroup": RBAC_GROUP, "name": g}));
        }
        for sa in &self.service_accounts {
            let parts: Vec<&str> = sa.split(':').collect();
            if parts.len() != 2 || parts[0].is_empty() || parts[1].is_empty() {
                return Err(GenError::new("serviceaccount must be <namespace>:<name>"));
            }
            out.push(json!({"kind": "ServiceAccount", "name": parts[1], "namespace": parts[0]}));
        }
        Ok(out)
    }
}

/// A RoleBinding (namespaced) or ClusterRoleBinding referring to a Role or ClusterRole.
pub fn binding(
    kind: &str,
    name: &str,
    namespace: Option<&str>,
    role_kind: &str,
    role_name: &str,
    subjects: &Subjects,
) -> GenResult<Value> {
    let mut b = json!({
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": kind,
        "metadata": meta(name, namespace),
        "roleRef": {"apiGroup": RBAC_GROUP, "kind": role_kind, "name": role_name},
    });
    let subjects = subjects.to_json()?;
    if !subjects.is_empty() {
        b["subjects"] = json!(subjects);
    }
    Ok(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn resources_split_and_group() {
        let r = parse_resources(&s(&["pods", "deployments.apps", "pods/log"]));
        assert_eq!(r[1].group, "apps");
        assert_eq!(r[2].subresource, "log");
        let resolve = |r: &ResourceArg| Ok((r.group.clone(), r.resource.clone()));
        let rules = policy_rules(&s(&["get"]), &r, &[], &[], &resolve);
        assert_eq!(
            rules,
            vec![
                json!({"verbs": ["get"], "apiGroups": [""], "resources": ["pods", "pods/log"]}),
                json!({"verbs": ["get"], "apiGroups": ["apps"], "resources": ["deployments"]}),
            ]
        );
    }

    #[test]
    fn special_verbs() {
        let resolve = |r: &ResourceArg| Ok((r.group.clone(), r.resource.clone()));
        let r = parse_resources(&s(&["pods"]));
        assert_eq!(
            validate_resources(&r, &s(&["bind"]), &resolve)
                .unwrap_err()
                .to_string(),
            "can not perform 'bind' on 'pods' in group ''"
        );
        assert_eq!(
            dedup_verbs(&s(&["get", "get", "list"])),
            s(&["get", "list"])
        );
        assert_eq!(dedup_verbs(&s(&["get", "*", "list"])), s(&["*"]));
    }
}
