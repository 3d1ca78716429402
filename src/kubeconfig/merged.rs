//! The merged view of all kubeconfig files (client-go's internal `api.Config`), with the file
//! each named stanza came from.
//!
//! Merge rules follow `ClientConfigLoadingRules.Load`: per named cluster, user and context, and
//! per top-level field, the first file that sets it wins. No I/O here.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::model::{
    AuthInfo, Cluster, ConfigFile, Context, NamedCluster, NamedContext, NamedExtension, NamedUser,
    Preferences,
};

/// A named entry and the file that defined it (`LocationOfOrigin`); `origin` is `None` for an
/// entry that exists only in memory so far, which is written to the default file.
#[derive(Debug, Clone, PartialEq)]
pub struct Stanza<T> {
    pub value: T,
    pub origin: Option<PathBuf>,
}

impl<T> Stanza<T> {
    pub fn new(value: T) -> Self {
        Stanza {
            value,
            origin: None,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Kubeconfig {
    pub preferences: Preferences,
    pub clusters: BTreeMap<String, Stanza<Cluster>>,
    pub users: BTreeMap<String, Stanza<AuthInfo>>,
    pub contexts: BTreeMap<String, Stanza<Context>>,
    pub current_context: String,
    pub extensions: BTreeMap<String, Value>,
}

fn extensions_map(list: &[NamedExtension]) -> BTreeMap<String, Value> {
    let mut map = BTreeMap::new();
    for ext in list {
        map.entry(ext.name.clone())
            .or_insert_with(|| ext.extension.clone());
    }
    map
}

fn extensions_list(map: &BTreeMap<String, Value>) -> Vec<NamedExtension> {
    map.iter()
        .map(|(name, extension)| NamedExtension {
            name: name.clone(),
            extension: extension.clone(),
        })
        .collect()
}

impl Kubeconfig {
    /// One file's content with its stanzas stamped with their origin.
    pub fn from_file(file: &ConfigFile, origin: &Path) -> Self {
        let mut config = Kubeconfig {
            preferences: file.preferences.clone(),
            current_context: file.current_context.clone(),
            extensions: extensions_map(&file.extensions),
            ..Default::default()
        };
        let origin = Some(origin.to_path_buf());
        for c in &file.clusters {
            let value = c.cluster.clone();
            config.clusters.insert(
                c.name.clone(),
                Stanza {
                    value,
                    origin: origin.clone(),
                },
            );
        }
        for u in &file.users {
            let mut value = u.user.clone();
            if let Some(exec) = value.exec.as_mut() {
                exec.apply_defaults();
            }
            config.users.insert(
                u.name.clone(),
                Stanza {
                    value,
                    origin: origin.clone(),
                },
            );
        }
        for c in &file.contexts {
            config.contexts.insert(
                c.name.clone(),
                Stanza {
                    value: c.context.clone(),
                    origin: origin.clone(),
                },
            );
        }
        config
    }

    /// Merges files given in precedence order: the first definition of anything wins.
    pub fn merge_in_order(files: Vec<Kubeconfig>) -> Self {
        let mut merged = Kubeconfig::default();
        for file in files {
            for (k, v) in file.clusters {
                merged.clusters.entry(k).or_insert(v);
            }
            for (k, v) in file.users {
                merged.users.entry(k).or_insert(v);
            }
            for (k, v) in file.contexts {
                merged.contexts.entry(k).or_insert(v);
            }
            for (k, v) in file.extensions {
                merged.extensions.entry(k).or_insert(v);
            }
            if merged.current_context.is_empty() {
                merged.current_context = file.current_context;
            }
            if !merged.preferences.colors {
                merged.preferences.colors = file.preferences.colors;
            }
            let mut pref_ext = extensions_map(&merged.preferences.extensions);
            for (k, v) in extensions_map(&file.preferences.extensions) {
                pref_ext.entry(k).or_insert(v);
            }
            merged.preferences.extensions = extensions_list(&pref_ext);
            for (k, v) in file.preferences.extra {
                merged.preferences.extra.entry(k).or_insert(v);
            }
        }
        merged
    }

    /// The v1 document for this config: stanzas sorted by name as client-go's conversion emits
    /// them, `apiVersion: v1` and `kind: Config` always set.
    pub fn to_file(&self) -> ConfigFile {
        ConfigFile {
            kind: "Config".to_string(),
            api_version: "v1".to_string(),
            preferences: self.preferences.clone(),
            clusters: self
                .clusters
                .iter()
                .map(|(name, s)| NamedCluster {
                    name: name.clone(),
                    cluster: s.value.clone(),
                })
                .collect(),
            users: self
                .users
                .iter()
                .map(|(name, s)| NamedUser {
                    name: name.clone(),
                    user: s.value.clone(),
                })
                .collect(),
            contexts: self
                .contexts
                .iter()
                .map(|(name, s)| NamedContext {
                    name: name.clone(),
                    context: s.value.clone(),
                })
                .collect(),
            current_context: self.current_context.clone(),
            extensions: extensions_list(&self.extensions),
            extra: Default::default(),
        }
    }

    /// The same config with every unknown field removed: what kubectl's typed round trip shows.
    pub fn without_unknown_fields(&self) -> Self {
        let mut c = self.clone();
        c.preferences.extra.clear();
        for s in c.clusters.values_mut() {
            s.value.extra.clear();
        }
        for s in c.users.values_mut() {
            s.value.extra.clear();
            if let Some(exec) = s.value.exec.as_mut() {
                exec.extra.clear();
            }
        }
        for s in c.contexts.values_mut() {
            s.value.extra.clear();
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(yaml: &str) -> ConfigFile {
        serde_saphyr::from_str(yaml).expect("fixture parses")
    }

    #[test]
    fn first_file_wins_per_stanza_and_field() {
        let a = file("clusters:\n- name: c\n  cluster: {server: https://a}\ncurrent-context: ''\n");
        let b = file(
            "clusters:\n- name: c\n  cluster: {server: https://b}\n- name: d\n  cluster: {server: https://d}\ncurrent-context: ctx-b\n",
        );
        let merged = Kubeconfig::merge_in_order(vec![
            Kubeconfig::from_file(&a, Path::new("/a")),
            Kubeconfig::from_file(&b, Path::new("/b")),
        ]);
        assert_eq!(merged.clusters["c"].value.server, "https://a");
        assert_eq!(
            merged.clusters["c"].origin.as_deref(),
            Some(Path::new("/a"))
        );
        assert_eq!(
            merged.clusters["d"].origin.as_deref(),
            Some(Path::new("/b"))
        );
        assert_eq!(merged.current_context, "ctx-b");
    }

    #[test]
    fn old_exec_api_versions_default_interactive_mode() {
        let f = file(
            "users:\n- name: u\n  user:\n    exec:\n      command: x\n      apiVersion: client.authentication.k8s.io/v1beta1\n",
        );
        let c = Kubeconfig::from_file(&f, Path::new("/a"));
        let exec = c.users["u"].value.exec.as_ref().expect("exec kept");
        assert_eq!(exec.interactive_mode, "IfAvailable");
    }
}
