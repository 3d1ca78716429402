//! Printers for rbac.authorization.k8s.io role bindings (`printRoleBinding`,
//! `printClusterRoleBinding`). Roles and ClusterRoles have no printer upstream (default convertor).

use serde_json::Value;

use super::descriptions as d;
use super::util::{age, arr, cs, name, s};
use super::{Column, Ctx, Printer, Row};

pub(crate) fn lookup(group: &str, resource: &str) -> Option<&'static Printer> {
    Some(match (group, resource) {
        ("rbac.authorization.k8s.io", "rolebindings") => &ROLE_BINDINGS,
        ("rbac.authorization.k8s.io", "clusterrolebindings") => &CLUSTER_ROLE_BINDINGS,
        _ => return None,
    })
}

pub(crate) static ROLE_BINDINGS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Role", "string", d::RB_ROLE_REF),
        Column::age(),
        Column::new("Users", "string", "Users in the roleBinding").wide(),
        Column::new("Groups", "string", "Groups in the roleBinding").wide(),
        Column::new(
            "ServiceAccounts",
            "string",
            "ServiceAccounts in the roleBinding",
        )
        .wide(),
    ],
    print: print_binding,
};

pub(crate) static CLUSTER_ROLE_BINDINGS: Printer = Printer {
    columns: &[
        Column::name(),
        Column::new("Role", "string", d::CRB_ROLE_REF),
        Column::age(),
        Column::new("Users", "string", "Users in the clusterRoleBinding").wide(),
        Column::new("Groups", "string", "Groups in the clusterRoleBinding").wide(),
        Column::new(
            "ServiceAccounts",
            "string",
            "ServiceAccounts in the clusterRoleBinding",
        )
        .wide(),
    ],
    print: print_binding,
};

/// `rbac.SubjectsStrings`: users, groups and `namespace/name` service accounts, each joined by ", ".
fn print_binding(o: &Value, ctx: &Ctx) -> Row {
    let mut users = Vec::new();
    let mut groups = Vec::new();
    let mut sas = Vec::new();
    for subj in arr(o, &["subjects"]) {
        match s(subj, &["kind"]) {
            "ServiceAccount" => sas.push(format!(
                "{}/{}",
                s(subj, &["namespace"]),
                s(subj, &["name"])
            )),
            "User" => users.push(s(subj, &["name"]).to_string()),
            "Group" => groups.push(s(subj, &["name"]).to_string()),
            _ => {}
        }
    }
    Row::new(vec![
        cs(name(o)),
        cs(format!(
            "{}/{}",
            s(o, &["roleRef", "kind"]),
            s(o, &["roleRef", "name"])
        )),
        age(o, ctx),
        cs(users.join(", ")),
        cs(groups.join(", ")),
        cs(sas.join(", ")),
    ])
}
