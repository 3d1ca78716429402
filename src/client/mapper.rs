//! From what a user types (`po`, `deploy.apps`, `deployments.v1.apps`, `Pod`, `all`) to the
//! resources it names (kubectl's RESTMapper over discovery). Pure: no network.

use super::discovery::{ApiResource, Discovery};

/// A typed resource name, split as kubectl splits it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Typed {
    name: String,
    version: Option<String>,
    group: Option<String>,
}

/// `resource.version.group` when the second part looks like a version, else `resource.group`.
fn split(arg: &str) -> Typed {
    let lower = arg.to_lowercase();
    let Some((name, rest)) = lower.split_once('.') else {
        return Typed {
            name: lower,
            version: None,
            group: None,
        };
    };
    if let Some((version, group)) = rest.split_once('.')
        && looks_like_version(version)
    {
        return Typed {
            name: name.to_string(),
            version: Some(version.to_string()),
            group: Some(group.to_string()),
        };
    }
    Typed {
        name: name.to_string(),
        version: None,
        group: Some(rest.to_string()),
    }
}

fn looks_like_version(s: &str) -> bool {
    s.strip_prefix('v')
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| c.is_ascii_digit())
}

impl Discovery {
    /// The resources `arg` names: one, or several for a category such as `all`. The first
    /// match in discovery order wins (the core group before others, the preferred version
    /// first), as kubectl's priority mapper prefers.
    pub fn resolve(&self, arg: &str) -> Vec<ApiResource> {
        let typed = split(arg);
        let group_ok = |r: &ApiResource| typed.group.as_ref().is_none_or(|g| r.group == *g);
        let version_ok = |r: &ApiResource| typed.version.as_ref().is_none_or(|v| r.version == *v);
        let candidates = || {
            self.resources
                .iter()
                .filter(move |r| group_ok(r) && version_ok(r))
        };
        let by = |pred: &dyn Fn(&ApiResource) -> bool| candidates().find(|r| pred(r)).cloned();
        let found = by(&|r| r.resource == typed.name)
            .or_else(|| by(&|r| r.singular == typed.name))
            .or_else(|| by(&|r| r.short_names.contains(&typed.name)))
            .or_else(|| by(&|r| r.kind.to_lowercase() == typed.name));
        if let Some(r) = found {
            return vec![r];
        }
        if typed.group.is_none() {
            // A category: every resource in it, each group once (its preferred version).
            let mut seen: Vec<(String, String)> = Vec::new();
            let mut members = Vec::new();
            for r in &self.resources {
                if r.categories.contains(&typed.name)
                    && !seen.contains(&(r.group.clone(), r.resource.clone()))
                {
                    seen.push((r.group.clone(), r.resource.clone()));
                    members.push(r.clone());
                }
            }
            return members;
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(
        group: &str,
        version: &str,
        resource: &str,
        kind: &str,
        short: &[&str],
        cats: &[&str],
    ) -> ApiResource {
        ApiResource {
            group: group.into(),
            version: version.into(),
            resource: resource.into(),
            kind: kind.into(),
            singular: kind.to_lowercase(),
            short_names: short.iter().map(|s| s.to_string()).collect(),
            namespaced: true,
            verbs: vec![],
            categories: cats.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn discovery() -> Discovery {
        Discovery {
            resources: vec![
                res("", "v1", "pods", "Pod", &["po"], &["all"]),
                res("", "v1", "events", "Event", &["ev"], &[]),
                res(
                    "apps",
                    "v1",
                    "deployments",
                    "Deployment",
                    &["deploy"],
                    &["all"],
                ),
                res("events.k8s.io", "v1", "events", "Event", &["ev"], &[]),
            ],
        }
    }

    #[test]
    fn every_spelling_of_a_resource() {
        let d = discovery();
        for arg in ["pods", "pod", "po", "Pod", "PODS", "pods.v1."] {
            let r = d.resolve(arg);
            assert_eq!(r.len(), 1, "{arg}");
            assert_eq!(r[0].resource, "pods", "{arg}");
        }
        for arg in [
            "deploy",
            "deployments.apps",
            "deployment.apps",
            "deployments.v1.apps",
            "Deployment",
        ] {
            assert_eq!(d.resolve(arg)[0].group, "apps", "{arg}");
        }
    }

    #[test]
    fn core_group_wins_and_groups_select() {
        let d = discovery();
        assert_eq!(d.resolve("events")[0].group, "");
        assert_eq!(d.resolve("events.events.k8s.io")[0].group, "events.k8s.io");
        assert!(d.resolve("podz").is_empty());
    }

    #[test]
    fn categories_expand() {
        let names: Vec<String> = discovery()
            .resolve("all")
            .into_iter()
            .map(|r| r.resource)
            .collect();
        assert_eq!(names, ["pods", "deployments"]);
    }
}
