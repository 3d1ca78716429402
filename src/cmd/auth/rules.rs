//! `auth can-i --list`: a SelfSubjectRulesReview's rules broken down, compacted, sorted and
//! tabulated as kubectl does (`pkg/util/rbac` BreakdownRule, CompactRules, SortableRuleSlice;
//! cani.go `printAccess`). Pure: no I/O.

use serde_json::Value;

/// rbacv1.PolicyRule, the fields a rules review reports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rule {
    pub verbs: Vec<String>,
    pub api_groups: Vec<String>,
    pub resources: Vec<String>,
    pub resource_names: Vec<String>,
    pub non_resource_urls: Vec<String>,
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(str::to_string))
        .collect()
}

/// Go's `%v` of a `[]string`.
fn go_list(v: &[String]) -> String {
    format!("[{}]", v.join(" "))
}

impl Rule {
    /// The generated protobuf `String()` the rules are sorted by.
    fn go_string(&self) -> String {
        format!(
            "&PolicyRule{{Verbs:{},APIGroups:{},Resources:{},ResourceNames:{},NonResourceURLs:{},}}",
            go_list(&self.verbs),
            go_list(&self.api_groups),
            go_list(&self.resources),
            go_list(&self.resource_names),
            go_list(&self.non_resource_urls)
        )
    }
}

/// `convertToPolicyRule`: resource rules, then non-resource rules.
pub fn from_status(status: &Value) -> Vec<Rule> {
    let mut out = Vec::new();
    for r in status["resourceRules"].as_array().into_iter().flatten() {
        out.push(Rule {
            verbs: strings(&r["verbs"]),
            api_groups: strings(&r["apiGroups"]),
            resources: strings(&r["resources"]),
            resource_names: strings(&r["resourceNames"]),
            non_resource_urls: Vec::new(),
        });
    }
    for r in status["nonResourceRules"].as_array().into_iter().flatten() {
        out.push(Rule {
            verbs: strings(&r["verbs"]),
            non_resource_urls: strings(&r["nonResourceURLs"]),
            ..Rule::default()
        });
    }
    out
}

/// `BreakdownRule`: one verb, group, resource and name per rule.
fn breakdown(rule: &Rule) -> Vec<Rule> {
    let mut out = Vec::new();
    let one = |s: &String| vec![s.clone()];
    for group in &rule.api_groups {
        for resource in &rule.resources {
            for verb in &rule.verbs {
                let base = Rule {
                    verbs: one(verb),
                    api_groups: one(group),
                    resources: one(resource),
                    ..Rule::default()
                };
                if rule.resource_names.is_empty() {
                    out.push(base);
                } else {
                    for name in &rule.resource_names {
                        out.push(Rule {
                            resource_names: one(name),
                            ..base.clone()
                        });
                    }
                }
            }
        }
    }
    for url in &rule.non_resource_urls {
        for verb in &rule.verbs {
            out.push(Rule {
                verbs: one(verb),
                non_resource_urls: one(url),
                ..Rule::default()
            });
        }
    }
    out
}

/// `CompactRules`: simple resource rules that differ only by verb become one; others stay.
fn compact(rules: Vec<Rule>) -> Vec<Rule> {
    let mut complex = Vec::new();
    let mut simple: Vec<Rule> = Vec::new();
    for rule in rules {
        let is_simple = rule.resource_names.len() <= 1
            && rule.non_resource_urls.is_empty()
            && rule.api_groups.len() == 1
            && rule.resources.len() == 1;
        if !is_simple {
            complex.push(rule);
            continue;
        }
        let same = simple.iter_mut().find(|s| {
            s.api_groups == rule.api_groups
                && s.resources == rule.resources
                && s.resource_names == rule.resource_names
        });
        match same {
            Some(existing) => {
                for verb in rule.verbs {
                    if !existing.verbs.contains(&verb) {
                        existing.verbs.push(verb);
                    }
                }
            }
            None => simple.push(rule),
        }
    }
    complex.extend(simple);
    complex
}

/// `describe.CombineResourceGroup`: `deployments.apps`, `pods/log`, `*.*`.
fn combine_resource_group(resources: &[String], groups: &[String]) -> String {
    let Some(first) = resources.first() else {
        return String::new();
    };
    let (name, sub) = match first.split_once('/') {
        Some((n, s)) => (n, Some(s)),
        None => (first.as_str(), None),
    };
    let mut out = name.to_string();
    if let Some(g) = groups.first().filter(|g| !g.is_empty()) {
        out.push('.');
        out.push_str(g);
    }
    if let Some(s) = sub {
        out.push('/');
        out.push_str(s);
    }
    out
}

/// The table rows (cells), in kubectl's order, headers first unless `no_headers`.
pub fn table(rules: &[Rule], no_headers: bool) -> Vec<Vec<String>> {
    let broken: Vec<Rule> = rules.iter().flat_map(breakdown).collect();
    let mut compacted = compact(broken);
    compacted.sort_by_cached_key(Rule::go_string);
    let mut rows = Vec::new();
    if !no_headers {
        rows.push(
            ["Resources", "Non-Resource URLs", "Resource Names", "Verbs"]
                .map(str::to_string)
                .to_vec(),
        );
    }
    for r in &compacted {
        rows.push(vec![
            combine_resource_group(&r.resources, &r.api_groups),
            go_list(&r.non_resource_urls),
            go_list(&r.resource_names),
            go_list(&r.verbs),
        ]);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn rules_compact_and_sort_as_kubectl() {
        let status = json!({
            "resourceRules": [
                {"verbs": ["create"], "apiGroups": ["authorization.k8s.io"], "resources": ["selfsubjectaccessreviews"]},
                {"verbs": ["get", "list"], "apiGroups": ["", "apps"], "resources": ["pods", "deployments"], "resourceNames": ["a"]},
                {"verbs": ["get", "watch"], "apiGroups": [""], "resources": ["pods/log"]},
                {"verbs": ["*"], "apiGroups": ["*"], "resources": ["*"]}
            ],
            "nonResourceRules": [
                {"verbs": ["get"], "nonResourceURLs": ["/healthz", "/api"]},
                {"verbs": ["get"], "nonResourceURLs": ["/healthz"]}
            ]
        });
        let rows = table(&from_status(&status), false);
        let text: Vec<String> = rows.iter().map(|r| r.join("|")).collect();
        assert_eq!(
            text,
            [
                "Resources|Non-Resource URLs|Resource Names|Verbs",
                "*.*|[]|[]|[*]",
                "selfsubjectaccessreviews.authorization.k8s.io|[]|[]|[create]",
                "deployments|[]|[a]|[get list]",
                "pods|[]|[a]|[get list]",
                "deployments.apps|[]|[a]|[get list]",
                "pods.apps|[]|[a]|[get list]",
                "pods/log|[]|[]|[get watch]",
                "|[/api]|[]|[get]",
                "|[/healthz]|[]|[get]",
                "|[/healthz]|[]|[get]",
            ]
        );
    }
}
