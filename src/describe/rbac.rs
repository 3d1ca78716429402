//! Role/ClusterRole and RoleBinding/ClusterRoleBinding describers, with kubectl's rule
//! breakdown and compaction (`pkg/util/rbac`: `BreakdownRule`, `CompactRules`,
//! `SortableRuleSlice`).

use serde_json::Value;

use super::util::{arr_at, at, s};
use super::writer::{self, Writer};
use crate::dw;

#[derive(Debug, Clone, PartialEq, Default)]
struct Rule {
    verbs: Vec<String>,
    groups: Vec<String>,
    resources: Vec<String>,
    names: Vec<String>,
    urls: Vec<String>,
}

fn strings(v: &Value, pointer: &str) -> Vec<String> {
    arr_at(v, pointer)
        .iter()
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}

fn go_slice(list: &[String]) -> String {
    format!("[{}]", list.join(" "))
}

impl Rule {
    /// The gogo-protobuf `PolicyRule.String()` kubectl sorts by.
    fn sort_key(&self) -> String {
        format!(
            "&PolicyRule{{Verbs:{},APIGroups:{},Resources:{},ResourceNames:{},NonResourceURLs:{},}}",
            go_slice(&self.verbs),
            go_slice(&self.groups),
            go_slice(&self.resources),
            go_slice(&self.names),
            go_slice(&self.urls)
        )
    }
}

/// `BreakdownRule`: one rule per group × resource × verb (× name), then per URL × verb.
fn breakdown(rule: &Value) -> Vec<Rule> {
    let verbs = strings(rule, "/verbs");
    let names = strings(rule, "/resourceNames");
    let mut out = Vec::new();
    for g in strings(rule, "/apiGroups") {
        for r in strings(rule, "/resources") {
            for v in &verbs {
                let base = Rule {
                    verbs: vec![v.clone()],
                    groups: vec![g.clone()],
                    resources: vec![r.clone()],
                    ..Rule::default()
                };
                if names.is_empty() {
                    out.push(base);
                } else {
                    for n in &names {
                        out.push(Rule {
                            names: vec![n.clone()],
                            ..base.clone()
                        });
                    }
                }
            }
        }
    }
    for u in strings(rule, "/nonResourceURLs") {
        for v in &verbs {
            out.push(Rule {
                verbs: vec![v.clone()],
                urls: vec![u.clone()],
                ..Rule::default()
            });
        }
    }
    out
}

/// `CompactRules` then the stable sort by `String()`.
fn compact(rules: Vec<Rule>) -> Vec<Rule> {
    let mut compacted: Vec<Rule> = Vec::new();
    let mut simple: Vec<Rule> = Vec::new();
    for rule in rules {
        let is_simple = rule.names.len() <= 1
            && rule.urls.is_empty()
            && rule.groups.len() == 1
            && rule.resources.len() == 1;
        if !is_simple {
            compacted.push(rule);
            continue;
        }
        match simple.iter_mut().find(|x| {
            x.groups == rule.groups && x.resources == rule.resources && x.names == rule.names
        }) {
            Some(existing) => {
                for v in rule.verbs {
                    if !existing.verbs.contains(&v) {
                        existing.verbs.push(v);
                    }
                }
            }
            None => simple.push(rule),
        }
    }
    compacted.extend(simple);
    compacted.sort_by_cached_key(Rule::sort_key);
    compacted
}

/// `CombineResourceGroup`: `resource.group/subresource`.
fn combine_resource_group(resources: &[String], groups: &[String]) -> String {
    let Some(first) = resources.first() else {
        return String::new();
    };
    let (res, sub) = match first.split_once('/') {
        Some((r, s)) => (r, Some(s)),
        None => (first.as_str(), None),
    };
    let mut out = res.to_string();
    if let Some(g) = groups.first().filter(|g| !g.is_empty()) {
        out = format!("{out}.{g}");
    }
    if let Some(sub) = sub {
        out = format!("{out}/{sub}");
    }
    out
}

pub fn describe_role(role: &Value) -> String {
    let rules = compact(arr_at(role, "/rules").iter().flat_map(breakdown).collect());
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(role, "/metadata/name"));
    writer::labels_multiline(&mut w, "Labels", at(role, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(role, "/metadata/annotations"));
    w.write(0, "PolicyRule:\n");
    w.write(1, "Resources\tNon-Resource URLs\tResource Names\tVerbs\n");
    w.write(1, "---------\t-----------------\t--------------\t-----\n");
    for r in rules {
        dw!(
            w,
            1,
            "{}\t{}\t{}\t{}\n",
            combine_resource_group(&r.resources, &r.groups),
            go_slice(&r.urls),
            go_slice(&r.names),
            go_slice(&r.verbs)
        );
    }
    w.finish()
}

pub fn describe_binding(binding: &Value) -> String {
    let mut w = Writer::new();
    dw!(w, 0, "Name:\t{}\n", s(binding, "/metadata/name"));
    writer::labels_multiline(&mut w, "Labels", at(binding, "/metadata/labels"));
    writer::annotations_multiline(&mut w, "Annotations", at(binding, "/metadata/annotations"));
    w.write(0, "Role:\n");
    dw!(w, 1, "Kind:\t{}\n", s(binding, "/roleRef/kind"));
    dw!(w, 1, "Name:\t{}\n", s(binding, "/roleRef/name"));
    w.write(0, "Subjects:\n");
    w.write(1, "Kind\tName\tNamespace\n");
    w.write(1, "----\t----\t---------\n");
    for sub in arr_at(binding, "/subjects") {
        dw!(
            w,
            1,
            "{}\t{}\t{}\n",
            s(sub, "/kind"),
            s(sub, "/name"),
            s(sub, "/namespace")
        );
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rules_are_broken_down_compacted_and_sorted() {
        let role = json!({"metadata": {"name": "r"}, "rules": [
            {"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list"]},
            {"apiGroups": [""], "resources": ["pods"], "verbs": ["watch"]},
            {"nonResourceURLs": ["/healthz"], "verbs": ["get"]},
            {"apiGroups": ["apps"], "resources": ["deployments"], "resourceNames": ["a", "b"], "verbs": ["patch"]}
        ]});
        let out = describe_role(&role);
        // Sorted by PolicyRule.String(), which starts with the verbs.
        let rows: Vec<String> = out
            .lines()
            .skip(6)
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        assert_eq!(
            rows,
            [
                "pods [] [] [get list watch]",
                "pods/log [] [] [get list]",
                "[/healthz] [] [get]",
                "deployments.apps [] [a] [patch]",
                "deployments.apps [] [b] [patch]",
            ],
            "{out}"
        );
        assert_eq!(
            combine_resource_group(&["pods/log".into()], &["apps".into()]),
            "pods.apps/log"
        );
    }
}
