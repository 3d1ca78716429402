//! `apply --prune` (apply/prune.go and kubectl pkg/util/prune): after a successful apply,
//! deletes the objects of the allowlisted types that carry the last-applied annotation, match
//! `-l`, live in a namespace the apply visited, and were not applied this time.

use std::collections::BTreeSet;

use http::Method;
use serde_json::{Value, json};

use super::objects::{Failure, send};
use super::options::Options;
use crate::client::Client;
use crate::client::discovery::{ApiResource, Discovery};
use crate::cmd::mutate::{DryRun, OperationPrinter, query_escape};
use crate::error::{Error, Result};
use crate::merge::apply::LAST_APPLIED;

/// prune.go `defaultNamespacedPruneResources` then `defaultNonNamespacedPruneResources`.
const DEFAULT_ALLOWLIST: &[(&str, &str, &str)] = &[
    ("", "v1", "ConfigMap"),
    ("", "v1", "Endpoints"),
    ("", "v1", "PersistentVolumeClaim"),
    ("", "v1", "Pod"),
    ("", "v1", "ReplicationController"),
    ("", "v1", "Secret"),
    ("", "v1", "Service"),
    ("batch", "v1", "Job"),
    ("batch", "v1", "CronJob"),
    ("networking.k8s.io", "v1", "Ingress"),
    ("apps", "v1", "DaemonSet"),
    ("apps", "v1", "Deployment"),
    ("apps", "v1", "ReplicaSet"),
    ("apps", "v1", "StatefulSet"),
    ("", "v1", "Namespace"),
    ("", "v1", "PersistentVolume"),
];

/// The resources to prune: `--prune-allowlist` entries (`group/version/kind`, `core` for the
/// core group) or kubectl's default list, namespaced ones first.
pub fn resources(discovery: &Discovery, allowlist: &[String]) -> Result<Vec<ApiResource>> {
    let mut gvks: Vec<(String, String, String)> = Vec::new();
    if allowlist.is_empty() {
        // prune.GetRESTMappings warns whenever the default list is used with a namespace, and
        // kubectl always has one (the context's default).
        crate::klog::warning(
            "prune.go:71",
            "Deprecated: kubectl apply will no longer prune non-namespaced resources by default when used with the --namespace flag in a future release. To preserve the current behaviour, list the resources you want to target explicitly in the --prune-allowlist flag.",
        );
        gvks.extend(
            DEFAULT_ALLOWLIST
                .iter()
                .map(|(g, v, k)| (g.to_string(), v.to_string(), k.to_string())),
        );
    } else {
        for entry in allowlist {
            let parts: Vec<&str> = entry.split('/').collect();
            let [g, v, k] = parts.as_slice() else {
                return Err(Error::msg(format!(
                    "invalid GroupVersionKind format: {entry}, please follow <group/version/kind>"
                )));
            };
            let g = if g.eq_ignore_ascii_case("core") {
                ""
            } else {
                g
            };
            gvks.push((g.to_string(), v.to_string(), k.to_string()));
        }
    }
    let mut namespaced = Vec::new();
    let mut cluster = Vec::new();
    for (g, v, k) in gvks {
        let found = discovery
            .resources
            .iter()
            .find(|r| r.group == g && r.version == v && r.kind == k);
        match found {
            Some(r) if r.namespaced => namespaced.push(r.clone()),
            Some(r) => cluster.push(r.clone()),
            None if allowlist.is_empty() => {}
            None => {
                return Err(Error::msg(format!(
                    "no matches for kind {k:?} in version {:?}",
                    if g.is_empty() {
                        v.clone()
                    } else {
                        format!("{g}/{v}")
                    }
                )));
            }
        }
    }
    namespaced.extend(cluster);
    Ok(namespaced)
}

/// What pruning needs from the apply that ran.
pub struct Visited {
    pub namespaces: BTreeSet<String>,
    pub uids: BTreeSet<String>,
}

/// Prunes and prints a `… pruned` line (or the object through `-o`) for each object.
pub async fn prune_all(
    client: &Client,
    opts: &Options,
    resources: &[ApiResource],
    visited: &Visited,
    printer: &OperationPrinter,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    let printer = printer.with_operation("pruned", opts.dry_run);
    for r in resources.iter().filter(|r| r.namespaced) {
        for ns in &visited.namespaces {
            prune(client, opts, r, Some(ns), visited, &printer, out)
                .await
                .map_err(|e| {
                    Error::msg(format!(
                        "error pruning namespaced object {}/{}, Kind={}: {e}",
                        r.group, r.version, r.kind
                    ))
                })?;
        }
    }
    for r in resources.iter().filter(|r| !r.namespaced) {
        prune(client, opts, r, None, visited, &printer, out)
            .await
            .map_err(|e| {
                Error::msg(format!(
                    "error pruning nonNamespaced object {}/{}, Kind={}: {e}",
                    r.group, r.version, r.kind
                ))
            })?;
    }
    Ok(())
}

async fn prune(
    client: &Client,
    opts: &Options,
    resource: &ApiResource,
    namespace: Option<&str>,
    visited: &Visited,
    printer: &OperationPrinter,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    let mut path = resource.collection_path(namespace);
    if let Some(sel) = &opts.selector {
        path.push_str(&format!("?labelSelector={}", query_escape(sel)));
    }
    let list = send(client, Method::GET, &path, "application/json", None)
        .await
        .map_err(Failure::into_error)?;
    let kind = resource.kind.clone();
    for mut obj in list["items"].as_array().cloned().unwrap_or_default() {
        let meta = &obj["metadata"];
        if meta["annotations"].get(LAST_APPLIED).is_none() {
            continue;
        }
        if visited
            .uids
            .contains(meta["uid"].as_str().unwrap_or_default())
        {
            continue;
        }
        let name = meta["name"].as_str().unwrap_or_default().to_string();
        if opts.dry_run != DryRun::Client {
            let mut options = json!({"kind": "DeleteOptions", "apiVersion": "v1",
                                     "propagationPolicy": opts.cascade.policy()});
            if opts.grace_period >= 0 {
                options["gracePeriodSeconds"] = json!(opts.grace_period);
            }
            if opts.dry_run == DryRun::Server {
                options["dryRun"] = json!(["All"]);
            }
            let body = serde_json::to_vec(&options).map_err(|e| Error::msg(e.to_string()))?;
            let path = format!("{}/{}", resource.collection_path(namespace), name);
            send(
                client,
                Method::DELETE,
                &path,
                "application/json",
                Some(body),
            )
            .await
            .map_err(Failure::into_error)?;
        }
        if let Some(o) = obj.as_object_mut() {
            o.insert("apiVersion".into(), Value::String(resource.api_version()));
            o.insert("kind".into(), Value::String(kind.clone()));
        }
        printer.print(&obj, out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn res(group: &str, kind: &str, namespaced: bool) -> ApiResource {
        ApiResource {
            group: group.into(),
            version: "v1".into(),
            resource: format!("{}s", kind.to_lowercase()),
            kind: kind.into(),
            singular: kind.to_lowercase(),
            short_names: vec![],
            namespaced,
            verbs: vec![],
            categories: vec![],
        }
    }

    #[test]
    fn allowlist_parsing() {
        let d = Discovery {
            resources: vec![res("", "Namespace", false), res("", "ConfigMap", true)],
        };
        let got = resources(
            &d,
            &["core/v1/Namespace".into(), "core/v1/ConfigMap".into()],
        )
        .unwrap();
        let kinds: Vec<&str> = got.iter().map(|r| r.kind.as_str()).collect();
        assert_eq!(kinds, ["ConfigMap", "Namespace"]);
        assert_eq!(
            resources(&d, &["v1/ConfigMap".into()])
                .unwrap_err()
                .to_string(),
            "invalid GroupVersionKind format: v1/ConfigMap, please follow <group/version/kind>"
        );
        assert!(resources(&d, &["apps/v1/Deployment".into()]).is_err());
    }
}
