//! API discovery: which resources the server serves, with the names people type for them.
//!
//! Aggregated discovery (`/api` + `/apis` as `APIGroupDiscoveryList`, two requests) first, the
//! legacy per-group-version documents as fallback. Results are cached on disk per server for
//! six hours, kubectl's TTL; a name that is not found refreshes the cache once (a new CRD).

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use http::Method;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Client;
use crate::error::{Error, Result};

/// One resource the server serves, in the form the mapper and printers need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiResource {
    pub group: String,
    pub version: String,
    /// The plural resource name used in URLs (`deployments`).
    pub resource: String,
    pub kind: String,
    pub singular: String,
    #[serde(default)]
    pub short_names: Vec<String>,
    pub namespaced: bool,
    #[serde(default)]
    pub verbs: Vec<String>,
    #[serde(default)]
    pub categories: Vec<String>,
}

impl ApiResource {
    /// `apps/v1`, or `v1` for the core group.
    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.clone()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }

    /// `apps/v1` or `/v1`: how Go prints a GroupVersionResource's group and version.
    pub fn api_version_for_gvr(&self) -> String {
        format!("{}/{}", self.group, self.version)
    }

    /// `deployments.apps`, or `pods` for the core group: how the apiserver names it in errors.
    pub fn group_resource(&self) -> String {
        if self.group.is_empty() {
            self.resource.clone()
        } else {
            format!("{}.{}", self.resource, self.group)
        }
    }

    /// `deployment.apps`, or `pod`: the prefix kubectl prints in `-o name` and `--show-kind`.
    pub fn kind_prefix(&self) -> String {
        let kind = self.kind.to_lowercase();
        if self.group.is_empty() {
            kind
        } else {
            format!("{kind}.{}", self.group)
        }
    }

    /// The collection URL, in `namespace` when the resource is namespaced and one is given.
    pub fn collection_path(&self, namespace: Option<&str>) -> String {
        let base = if self.group.is_empty() {
            format!("/api/{}", self.version)
        } else {
            format!("/apis/{}/{}", self.group, self.version)
        };
        match namespace {
            Some(ns) if self.namespaced => format!("{base}/namespaces/{ns}/{}", self.resource),
            _ => format!("{base}/{}", self.resource),
        }
    }
}

/// Everything discovered, groups in the server's order and, within a group, the preferred
/// version first.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Discovery {
    pub resources: Vec<ApiResource>,
}

const AGGREGATED_ACCEPT: &str = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";
const TTL: Duration = Duration::from_secs(6 * 3600);

/// Where discovery for one server is cached: `<cache-dir>/discovery/<host_port>/kctl.json`.
pub fn cache_file(cache_dir: &Path, host: &str) -> PathBuf {
    let safe: String = host
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    cache_dir.join("discovery").join(safe).join("kctl.json")
}

fn read_cache(path: &Path) -> Option<Discovery> {
    let meta = std::fs::metadata(path).ok()?;
    let age = SystemTime::now()
        .duration_since(meta.modified().ok()?)
        .ok()?;
    if age > TTL {
        return None;
    }
    serde_json::from_slice(&std::fs::read(path).ok()?).ok()
}

fn write_cache(path: &Path, discovery: &Discovery) {
    // A cache that cannot be written only costs the next run two requests.
    if let (Some(dir), Ok(bytes)) = (path.parent(), serde_json::to_vec(discovery)) {
        let _ = std::fs::create_dir_all(dir);
        let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
        if std::fs::write(&tmp, bytes).is_ok() {
            let _ = std::fs::rename(&tmp, path);
        }
    }
}

impl Client {
    /// Discovery from the cache when fresh, else from the server (and cached).
    pub async fn discovery(&self, cache_dir: &Path, refresh: bool) -> Result<Discovery> {
        let path = cache_file(cache_dir, self.host());
        if !refresh && let Some(cached) = read_cache(&path) {
            return Ok(cached);
        }
        let discovery = self.fetch_discovery().await?;
        write_cache(&path, &discovery);
        Ok(discovery)
    }

    async fn fetch_discovery(&self) -> Result<Discovery> {
        let mut resources = Vec::new();
        for path in ["/api", "/apis"] {
            let response = self
                .send(Method::GET, path, AGGREGATED_ACCEPT, None)
                .await?;
            if !response.status.is_success() {
                return Err(super::status_error(response.status, &response.body));
            }
            let doc: Value = serde_json::from_slice(&response.body)
                .map_err(|e| Error::msg(format!("decoding discovery: {e}")))?;
            if doc.get("kind").and_then(Value::as_str) == Some("APIGroupDiscoveryList") {
                resources.extend(parse_aggregated(&doc));
            } else {
                resources.extend(self.legacy(path, &doc).await?);
            }
        }
        Ok(Discovery { resources })
    }

    /// Servers without aggregated discovery: one request per group version.
    async fn legacy(&self, root: &str, doc: &Value) -> Result<Vec<ApiResource>> {
        let mut group_versions: Vec<(String, String)> = Vec::new();
        if root == "/api" {
            for v in doc["versions"].as_array().into_iter().flatten() {
                if let Some(v) = v.as_str() {
                    group_versions.push((String::new(), v.to_string()));
                }
            }
        } else {
            for g in doc["groups"].as_array().into_iter().flatten() {
                let name = g["name"].as_str().unwrap_or_default().to_string();
                let preferred = g["preferredVersion"]["version"]
                    .as_str()
                    .unwrap_or_default();
                let mut versions: Vec<String> = g["versions"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|v| v["version"].as_str().map(str::to_string))
                    .collect();
                versions.sort_by_key(|v| v != preferred);
                for v in versions {
                    group_versions.push((name.clone(), v));
                }
            }
        }
        let mut out = Vec::new();
        for (group, version) in group_versions {
            let path = if group.is_empty() {
                format!("/api/{version}")
            } else {
                format!("/apis/{group}/{version}")
            };
            let list = self.get_json(&path).await?;
            for r in list["resources"].as_array().into_iter().flatten() {
                let name = r["name"].as_str().unwrap_or_default();
                if name.contains('/') {
                    continue;
                }
                out.push(ApiResource {
                    group: group.clone(),
                    version: version.clone(),
                    resource: name.to_string(),
                    kind: r["kind"].as_str().unwrap_or_default().to_string(),
                    singular: r["singularName"].as_str().unwrap_or_default().to_string(),
                    short_names: strings(&r["shortNames"]),
                    namespaced: r["namespaced"].as_bool().unwrap_or(false),
                    verbs: strings(&r["verbs"]),
                    categories: strings(&r["categories"]),
                });
            }
        }
        Ok(out)
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(str::to_string))
        .collect()
}

/// Reads an `APIGroupDiscoveryList` (apidiscovery.k8s.io/v2).
pub fn parse_aggregated(doc: &Value) -> Vec<ApiResource> {
    let mut out = Vec::new();
    for group in doc["items"].as_array().into_iter().flatten() {
        let group_name = group["metadata"]["name"].as_str().unwrap_or_default();
        for version in group["versions"].as_array().into_iter().flatten() {
            let version_name = version["version"].as_str().unwrap_or_default();
            for r in version["resources"].as_array().into_iter().flatten() {
                out.push(ApiResource {
                    group: group_name.to_string(),
                    version: version_name.to_string(),
                    resource: r["resource"].as_str().unwrap_or_default().to_string(),
                    kind: r["responseKind"]["kind"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                    singular: r["singularResource"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string(),
                    short_names: strings(&r["shortNames"]),
                    namespaced: r["scope"].as_str() == Some("Namespaced"),
                    verbs: strings(&r["verbs"]),
                    categories: strings(&r["categories"]),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_aggregated_discovery() {
        let doc = serde_json::json!({
            "kind": "APIGroupDiscoveryList",
            "items": [{
                "metadata": {"name": "apps"},
                "versions": [{"version": "v1", "resources": [{
                    "resource": "deployments", "responseKind": {"group": "apps", "version": "v1", "kind": "Deployment"},
                    "scope": "Namespaced", "singularResource": "deployment", "shortNames": ["deploy"],
                    "categories": ["all"], "verbs": ["get", "list"]
                }]}]
            }]
        });
        let r = &parse_aggregated(&doc)[0];
        assert_eq!(r.group_resource(), "deployments.apps");
        assert_eq!(r.kind_prefix(), "deployment.apps");
        assert_eq!(
            r.collection_path(Some("ns")),
            "/apis/apps/v1/namespaces/ns/deployments"
        );
        assert!(r.namespaced);
    }
}
