//! Who may do what: the RBAC authorizer over the (Cluster)Roles and (Cluster)RoleBindings in the
//! store, the bootstrap roles a new cluster is born with, and kube-apiserver's Forbidden words.
//! `system:masters` may do anything, as kube-apiserver's privileged group. Pure over the store.

use serde_json::{Value, json};

use super::auth::UserInfo;
use super::status::{ApiError, qualified};
use super::store::Store;

const ROLES: &str = "rbac.authorization.k8s.io/roles";
const CLUSTER_ROLES: &str = "rbac.authorization.k8s.io/clusterroles";
const ROLE_BINDINGS: &str = "rbac.authorization.k8s.io/rolebindings";
const CLUSTER_ROLE_BINDINGS: &str = "rbac.authorization.k8s.io/clusterrolebindings";

/// What a request does to which object (kube's `authorizer.Attributes` for resource requests).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attributes {
    pub verb: String,
    pub group: String,
    pub resource: String,
    pub subresource: String,
    pub namespace: String,
    pub name: String,
}

/// A non-resource request (`/healthz`, `/api`): its path and verb.
#[derive(Debug, Clone, PartialEq)]
pub struct NonResource {
    pub path: String,
    pub verb: String,
}

/// Whether `user` may act as `attrs` says.
pub fn allowed(store: &Store, user: &UserInfo, attrs: &Attributes) -> bool {
    if user.is_privileged() {
        return true;
    }
    rules_for(store, user, &attrs.namespace)
        .iter()
        .any(|rule| rule_allows(rule, attrs))
}

/// Whether `user` may call the non-resource path.
pub fn allowed_path(store: &Store, user: &UserInfo, request: &NonResource) -> bool {
    if user.is_privileged() {
        return true;
    }
    rules_for(store, user, "").iter().any(|rule| {
        has(&rule["verbs"], &request.verb)
            && rule["nonResourceURLs"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .any(|url| {
                    url == "*"
                        || url == request.path
                        || url
                            .strip_suffix('*')
                            .is_some_and(|prefix| request.path.starts_with(prefix))
                })
    })
}

/// Every rule that applies to `user` in `namespace` ("" for cluster-wide only).
pub fn rules_for(store: &Store, user: &UserInfo, namespace: &str) -> Vec<Value> {
    let mut rules = Vec::new();
    let mut add_role = |kind: &str, ns: &str, name: &str| {
        let store_kind = if kind == "ClusterRole" {
            CLUSTER_ROLES
        } else {
            ROLES
        };
        if let Some(role) = store.get(store_kind, ns, name) {
            rules.extend(role["rules"].as_array().cloned().unwrap_or_default());
        }
    };
    for binding in store.list_kind(CLUSTER_ROLE_BINDINGS) {
        if binds(&binding, user, "") {
            let role = &binding["roleRef"];
            add_role(
                role["kind"].as_str().unwrap_or_default(),
                "",
                role["name"].as_str().unwrap_or_default(),
            );
        }
    }
    if !namespace.is_empty() {
        let (bindings, _) = store.list(ROLE_BINDINGS, Some(namespace));
        for binding in bindings {
            if binds(&binding, user, namespace) {
                let role = &binding["roleRef"];
                let kind = role["kind"].as_str().unwrap_or_default();
                let ns = if kind == "ClusterRole" { "" } else { namespace };
                add_role(kind, ns, role["name"].as_str().unwrap_or_default());
            }
        }
    }
    rules
}

/// Whether one of the binding's subjects is the user (or one of its groups).
fn binds(binding: &Value, user: &UserInfo, binding_namespace: &str) -> bool {
    binding["subjects"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|subject| {
            let name = subject["name"].as_str().unwrap_or_default();
            match subject["kind"].as_str().unwrap_or_default() {
                "User" => user.name == name,
                "Group" => user.groups.iter().any(|g| g == name),
                "ServiceAccount" => {
                    let ns = subject["namespace"]
                        .as_str()
                        .filter(|n| !n.is_empty())
                        .unwrap_or(binding_namespace);
                    user.name == format!("system:serviceaccount:{ns}:{name}")
                }
                _ => false,
            }
        })
}

fn has(list: &Value, wanted: &str) -> bool {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .any(|v| v == "*" || v == wanted)
}

/// rbac's `RuleAllows`: verb, group, resource (with `resource/subresource` and `*/sub`), name.
fn rule_allows(rule: &Value, attrs: &Attributes) -> bool {
    if !has(&rule["verbs"], &attrs.verb) || !has(&rule["apiGroups"], &attrs.group) {
        return false;
    }
    let combined = if attrs.subresource.is_empty() {
        attrs.resource.clone()
    } else {
        format!("{}/{}", attrs.resource, attrs.subresource)
    };
    let resource_ok = rule["resources"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .any(|r| {
            r == "*"
                || r == combined
                || (!attrs.subresource.is_empty() && r == format!("*/{}", attrs.subresource))
        });
    if !resource_ok {
        return false;
    }
    match rule["resourceNames"].as_array() {
        Some(names) if !names.is_empty() => names.iter().any(|n| n == attrs.name.as_str()),
        _ => true,
    }
}

/// kube-apiserver's 403 for a resource request.
pub fn forbidden(user: &UserInfo, attrs: &Attributes) -> ApiError {
    let resource = if attrs.subresource.is_empty() {
        attrs.resource.clone()
    } else {
        format!("{}/{}", attrs.resource, attrs.subresource)
    };
    let target = qualified(&attrs.group, &attrs.resource);
    let subject = if attrs.name.is_empty() {
        target
    } else {
        format!("{target} \"{}\"", attrs.name)
    };
    let scope = if attrs.namespace.is_empty() {
        "at the cluster scope".to_string()
    } else {
        format!("in the namespace \"{}\"", attrs.namespace)
    };
    ApiError {
        code: 403,
        reason: "Forbidden",
        message: format!(
            "{subject} is forbidden: User \"{}\" cannot {} resource \"{resource}\" in API group \"{}\" {scope}",
            user.name, attrs.verb, attrs.group
        ),
        details: Some(json!({"name": attrs.name, "group": attrs.group, "kind": attrs.resource})),
    }
}

/// kube-apiserver's 403 for a non-resource path.
pub fn forbidden_path(user: &UserInfo, request: &NonResource) -> ApiError {
    ApiError {
        code: 403,
        reason: "Forbidden",
        message: format!(
            "forbidden: User \"{}\" cannot {} path \"{}\"",
            user.name, request.verb, request.path
        ),
        details: None,
    }
}

/// The bootstrap roles and bindings of a new cluster (kube-apiserver's `bootstrappolicy`),
/// those users meet: `cluster-admin`, the user-facing `admin`/`edit`/`view`, and the discovery
/// and self-review roles every authenticated user has.
pub fn bootstrap_policy(now: &str) -> Vec<(&'static str, Value)> {
    let read = ["get", "list", "watch"];
    let write = ["create", "delete", "deletecollection", "patch", "update"];
    let all_verbs: Vec<&str> = read.iter().chain(write.iter()).copied().collect();
    let core_view = [
        "configmaps",
        "endpoints",
        "persistentvolumeclaims",
        "persistentvolumeclaims/status",
        "pods",
        "pods/log",
        "pods/status",
        "replicationcontrollers",
        "replicationcontrollers/scale",
        "replicationcontrollers/status",
        "resourcequotas",
        "resourcequotas/status",
        "serviceaccounts",
        "services",
        "services/status",
        "bindings",
        "events",
        "limitranges",
        "namespaces/status",
        "pods/status",
    ];
    let workloads = [
        (
            "apps",
            &[
                "controllerrevisions",
                "daemonsets",
                "daemonsets/status",
                "deployments",
                "deployments/scale",
                "deployments/status",
                "replicasets",
                "replicasets/scale",
                "replicasets/status",
                "statefulsets",
                "statefulsets/scale",
                "statefulsets/status",
            ][..],
        ),
        (
            "autoscaling",
            &[
                "horizontalpodautoscalers",
                "horizontalpodautoscalers/status",
            ][..],
        ),
        (
            "batch",
            &["cronjobs", "cronjobs/status", "jobs", "jobs/status"][..],
        ),
        (
            "networking.k8s.io",
            &["ingresses", "ingresses/status", "networkpolicies"][..],
        ),
        (
            "policy",
            &["poddisruptionbudgets", "poddisruptionbudgets/status"][..],
        ),
        ("discovery.k8s.io", &["endpointslices"][..]),
    ];
    let rule = |groups: &[&str], resources: &[&str], verbs: &[&str]| json!({"apiGroups": groups, "resources": resources, "verbs": verbs});
    let mut view = vec![
        rule(&[""], &core_view, &read),
        rule(&[""], &["namespaces"], &read),
    ];
    for (group, resources) in workloads {
        view.push(rule(&[group], resources, &read));
    }
    let mut edit = view.clone();
    edit.push(rule(
        &[""],
        &[
            "pods",
            "pods/attach",
            "pods/exec",
            "pods/portforward",
            "pods/proxy",
            "pods/eviction",
            "configmaps",
            "endpoints",
            "persistentvolumeclaims",
            "replicationcontrollers",
            "replicationcontrollers/scale",
            "secrets",
            "serviceaccounts",
            "serviceaccounts/token",
            "services",
            "services/proxy",
        ],
        &write,
    ));
    edit.push(rule(&[""], &["secrets"], &read));
    for (group, resources) in workloads {
        edit.push(rule(&[group], resources, &write));
    }
    let mut admin = edit.clone();
    admin.push(rule(
        &["rbac.authorization.k8s.io"],
        &["rolebindings", "roles"],
        &all_verbs,
    ));
    admin.push(rule(
        &["authorization.k8s.io"],
        &["localsubjectaccessreviews"],
        &["create"],
    ));
    let cluster_role = |name: &str, rules: Vec<Value>, aggregate_to: Option<&str>| {
        let mut meta = json!({"name": name, "uid": uuid::Uuid::new_v4().to_string(), "creationTimestamp": now,
            "labels": {"kubernetes.io/bootstrapping": "rbac-defaults"},
            "annotations": {"rbac.authorization.kubernetes.io/autoupdate": "true"}});
        if let Some(level) = aggregate_to {
            meta["labels"][format!("rbac.authorization.k8s.io/aggregate-to-{level}")] =
                json!("true");
        }
        (
            CLUSTER_ROLES,
            json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": meta, "rules": rules}),
        )
    };
    let binding = |name: &str, role: &str, groups: &[&str]| {
        let subjects: Vec<Value> = groups
            .iter()
            .map(|g| json!({"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": g}))
            .collect();
        (
            CLUSTER_ROLE_BINDINGS,
            json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding",
                "metadata": {"name": name, "uid": uuid::Uuid::new_v4().to_string(), "creationTimestamp": now,
                    "labels": {"kubernetes.io/bootstrapping": "rbac-defaults"},
                    "annotations": {"rbac.authorization.kubernetes.io/autoupdate": "true"}},
                "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role},
                "subjects": subjects}),
        )
    };
    vec![
        cluster_role(
            "cluster-admin",
            vec![
                rule(&["*"], &["*"], &["*"]),
                json!({"nonResourceURLs": ["*"], "verbs": ["*"]}),
            ],
            None,
        ),
        cluster_role("admin", admin, None),
        cluster_role("edit", edit, Some("admin")),
        cluster_role("view", view, Some("edit")),
        cluster_role(
            "system:discovery",
            vec![
                json!({"nonResourceURLs": ["/api", "/api/*", "/apis", "/apis/*", "/healthz", "/livez", "/openapi", "/openapi/*", "/readyz", "/version", "/version/"], "verbs": ["get"]}),
            ],
            None,
        ),
        cluster_role(
            "system:basic-user",
            vec![
                rule(
                    &["authorization.k8s.io"],
                    &["selfsubjectaccessreviews", "selfsubjectrulesreviews"],
                    &["create"],
                ),
                rule(
                    &["authentication.k8s.io"],
                    &["selfsubjectreviews"],
                    &["create"],
                ),
            ],
            None,
        ),
        cluster_role(
            "system:public-info-viewer",
            vec![
                json!({"nonResourceURLs": ["/healthz", "/livez", "/readyz", "/version", "/version/"], "verbs": ["get"]}),
            ],
            None,
        ),
        binding("cluster-admin", "cluster-admin", &["system:masters"]),
        binding(
            "system:discovery",
            "system:discovery",
            &["system:authenticated"],
        ),
        binding(
            "system:basic-user",
            "system:basic-user",
            &["system:authenticated"],
        ),
        binding(
            "system:public-info-viewer",
            "system:public-info-viewer",
            &["system:authenticated", "system:unauthenticated"],
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attrs(
        verb: &str,
        group: &str,
        resource: &str,
        sub: &str,
        ns: &str,
        name: &str,
    ) -> Attributes {
        Attributes {
            verb: verb.into(),
            group: group.into(),
            resource: resource.into(),
            subresource: sub.into(),
            namespace: ns.into(),
            name: name.into(),
        }
    }

    #[test]
    fn rules_match_verbs_groups_resources_and_names() {
        let rule = json!({"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list"], "resourceNames": []});
        assert!(rule_allows(
            &rule,
            &attrs("get", "", "pods", "log", "d", "x")
        ));
        assert!(!rule_allows(
            &rule,
            &attrs("get", "", "pods", "exec", "d", "x")
        ));
        assert!(!rule_allows(
            &rule,
            &attrs("delete", "", "pods", "", "d", "x")
        ));
        assert!(!rule_allows(
            &rule,
            &attrs("get", "apps", "pods", "", "d", "x")
        ));
        let named =
            json!({"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"], "resourceNames": ["a"]});
        assert!(rule_allows(
            &named,
            &attrs("get", "apps", "deployments", "", "d", "a")
        ));
        assert!(!rule_allows(
            &named,
            &attrs("get", "apps", "deployments", "", "d", "b")
        ));
    }

    #[test]
    fn forbidden_messages_read_like_kube_apiserver() {
        let user = UserInfo {
            name: "efas-dev".into(),
            uid: String::new(),
            groups: vec!["system:authenticated".into()],
        };
        assert_eq!(
            forbidden(&user, &attrs("list", "", "namespaces", "", "", "")).message,
            "namespaces is forbidden: User \"efas-dev\" cannot list resource \"namespaces\" in API group \"\" at the cluster scope"
        );
        assert_eq!(
            forbidden(
                &user,
                &attrs("get", "apps", "deployments", "scale", "ns", "web")
            )
            .message,
            "deployments.apps \"web\" is forbidden: User \"efas-dev\" cannot get resource \"deployments/scale\" in API group \"apps\" in the namespace \"ns\""
        );
    }
}
