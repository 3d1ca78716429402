//! The table of served resources (built-in kinds as kube-apiserver 1.32 reports them, plus the
//! custom resources of stored CRDs) and the discovery documents built from it. No HTTP here.

use std::sync::RwLock;

use serde_json::{Value, json};

use super::store::Store;

/// A subresource as discovery reports it.
#[derive(Debug, Clone, PartialEq)]
pub struct Subresource {
    pub name: String,
    /// Response kind; empty group+version mean "the parent's group/version".
    pub group: Option<String>,
    pub version: Option<String>,
    pub kind: String,
    pub verbs: Vec<String>,
}

/// One served resource of one group/version.
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    pub group: String,
    pub version: String,
    pub kind: String,
    pub plural: String,
    pub singular: String,
    pub short_names: Vec<String>,
    pub namespaced: bool,
    pub verbs: Vec<String>,
    pub categories: Vec<String>,
    pub subresources: Vec<Subresource>,
    /// The CustomResourceDefinition when this is a custom resource.
    pub crd: Option<Value>,
}

impl Resource {
    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.clone()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }
    pub fn has_sub(&self, name: &str) -> bool {
        self.subresources.iter().any(|s| s.name == name)
    }
    /// Storage key prefix shared by every version of the resource.
    pub fn store_kind(&self) -> String {
        format!("{}/{}", self.group, self.plural)
    }
    pub fn list_kind(&self) -> String {
        format!("{}List", self.kind)
    }
}

const RW: &[&str] = &[
    "create",
    "delete",
    "deletecollection",
    "get",
    "list",
    "patch",
    "update",
    "watch",
];
const GPU: &[&str] = &["get", "patch", "update"];
const PROXY: &[&str] = &["create", "delete", "get", "patch", "update"];

fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

fn sub(name: &str, gvk: Option<(&str, &str)>, kind: &str, verbs: &[&str]) -> Subresource {
    Subresource {
        name: name.into(),
        group: gvk.map(|g| g.0.to_string()),
        version: gvk.map(|g| g.1.to_string()),
        kind: kind.into(),
        verbs: strs(verbs),
    }
}

struct Def<'a> {
    plural: &'a str,
    kind: &'a str,
    short: &'a [&'a str],
    namespaced: bool,
    all: bool,
    verbs: &'a [&'a str],
    subs: Vec<Subresource>,
}

fn d<'a>(plural: &'a str, kind: &'a str, short: &'a [&'a str]) -> Def<'a> {
    Def {
        plural,
        kind,
        short,
        namespaced: true,
        all: false,
        verbs: RW,
        subs: vec![],
    }
}

impl<'a> Def<'a> {
    fn cluster(mut self) -> Self {
        self.namespaced = false;
        self
    }
    fn all(mut self) -> Self {
        self.all = true;
        self
    }
    fn verbs(mut self, v: &'a [&'a str]) -> Self {
        self.verbs = v;
        self
    }
    fn subs(mut self, s: Vec<Subresource>) -> Self {
        self.subs = s;
        self
    }
    fn status(self) -> Self {
        let k = self.kind.to_string();
        let mut s = self;
        s.subs.push(sub("status", None, &k, GPU));
        s
    }
    fn scale(mut self) -> Self {
        self.subs
            .push(sub("scale", Some(("autoscaling", "v1")), "Scale", GPU));
        self
    }
}

fn build(group: &str, version: &str, defs: Vec<Def<'_>>) -> Vec<Resource> {
    defs.into_iter()
        .map(|d| {
            let mut subs = d.subs;
            subs.sort_by(|a, b| a.name.cmp(&b.name));
            Resource {
                group: group.into(),
                version: version.into(),
                kind: d.kind.into(),
                plural: d.plural.into(),
                singular: if d.plural == "endpoints" {
                    "endpoints".into()
                } else {
                    d.kind.to_lowercase()
                },
                short_names: strs(d.short),
                namespaced: d.namespaced,
                verbs: strs(d.verbs),
                categories: if d.all { vec!["all".into()] } else { vec![] },
                subresources: subs,
                crd: None,
            }
        })
        .collect()
}

/// Built-in resources in kube-apiserver's discovery order (groups by priority, resources sorted).
pub fn builtins() -> Vec<Resource> {
    let mut out = Vec::new();
    out.extend(build(
        "",
        "v1",
        vec![
            d("configmaps", "ConfigMap", &["cm"]),
            d("endpoints", "Endpoints", &["ep"]),
            d("events", "Event", &["ev"]),
            d("limitranges", "LimitRange", &["limits"]),
            d("namespaces", "Namespace", &["ns"])
                .cluster()
                .verbs(&[
                    "create", "delete", "get", "list", "patch", "update", "watch",
                ])
                .subs(vec![sub("finalize", None, "Namespace", &["update"])])
                .status(),
            d("nodes", "Node", &["no"])
                .cluster()
                .subs(vec![sub("proxy", None, "NodeProxyOptions", PROXY)])
                .status(),
            d("persistentvolumeclaims", "PersistentVolumeClaim", &["pvc"]).status(),
            d("persistentvolumes", "PersistentVolume", &["pv"])
                .cluster()
                .status(),
            d("pods", "Pod", &["po"])
                .all()
                .subs(vec![
                    sub("attach", None, "PodAttachOptions", &["create", "get"]),
                    sub("binding", None, "Binding", &["create"]),
                    sub("ephemeralcontainers", None, "Pod", GPU),
                    sub("eviction", Some(("policy", "v1")), "Eviction", &["create"]),
                    sub("exec", None, "PodExecOptions", &["create", "get"]),
                    sub("log", None, "Pod", &["get"]),
                    sub(
                        "portforward",
                        None,
                        "PodPortForwardOptions",
                        &["create", "get"],
                    ),
                    sub("proxy", None, "PodProxyOptions", PROXY),
                ])
                .status(),
            d("podtemplates", "PodTemplate", &[]),
            d("replicationcontrollers", "ReplicationController", &["rc"])
                .all()
                .scale()
                .status(),
            d("resourcequotas", "ResourceQuota", &["quota"]).status(),
            d("secrets", "Secret", &[]),
            d("serviceaccounts", "ServiceAccount", &["sa"]).subs(vec![sub(
                "token",
                Some(("authentication.k8s.io", "v1")),
                "TokenRequest",
                &["create"],
            )]),
            d("services", "Service", &["svc"])
                .all()
                .subs(vec![sub("proxy", None, "ServiceProxyOptions", PROXY)])
                .status(),
        ],
    ));
    out.extend(build(
        "apps",
        "v1",
        vec![
            d("controllerrevisions", "ControllerRevision", &[]),
            d("daemonsets", "DaemonSet", &["ds"]).all().status(),
            d("deployments", "Deployment", &["deploy"])
                .all()
                .scale()
                .status(),
            d("replicasets", "ReplicaSet", &["rs"])
                .all()
                .scale()
                .status(),
            d("statefulsets", "StatefulSet", &["sts"])
                .all()
                .scale()
                .status(),
        ],
    ));
    out.extend(build(
        "authentication.k8s.io",
        "v1",
        vec![
            d("selfsubjectreviews", "SelfSubjectReview", &[])
                .cluster()
                .verbs(&["create"]),
            d("tokenreviews", "TokenReview", &[])
                .cluster()
                .verbs(&["create"]),
        ],
    ));
    out.extend(build(
        "authorization.k8s.io",
        "v1",
        vec![
            d("localsubjectaccessreviews", "LocalSubjectAccessReview", &[]).verbs(&["create"]),
            d("selfsubjectaccessreviews", "SelfSubjectAccessReview", &[])
                .cluster()
                .verbs(&["create"]),
            d("selfsubjectrulesreviews", "SelfSubjectRulesReview", &[])
                .cluster()
                .verbs(&["create"]),
            d("subjectaccessreviews", "SubjectAccessReview", &[])
                .cluster()
                .verbs(&["create"]),
        ],
    ));
    out.extend(build(
        "autoscaling",
        "v2",
        vec![
            d(
                "horizontalpodautoscalers",
                "HorizontalPodAutoscaler",
                &["hpa"],
            )
            .all()
            .status(),
        ],
    ));
    out.extend(build(
        "batch",
        "v1",
        vec![
            d("cronjobs", "CronJob", &["cj"]).all().status(),
            d("jobs", "Job", &[]).all().status(),
        ],
    ));
    out.extend(build(
        "networking.k8s.io",
        "v1",
        vec![
            d("ingressclasses", "IngressClass", &[]).cluster(),
            d("ingresses", "Ingress", &["ing"]).status(),
            d("networkpolicies", "NetworkPolicy", &["netpol"]),
        ],
    ));
    out.extend(build(
        "policy",
        "v1",
        vec![d("poddisruptionbudgets", "PodDisruptionBudget", &["pdb"]).status()],
    ));
    out.extend(build(
        "rbac.authorization.k8s.io",
        "v1",
        vec![
            d("clusterrolebindings", "ClusterRoleBinding", &[]).cluster(),
            d("clusterroles", "ClusterRole", &[]).cluster(),
            d("rolebindings", "RoleBinding", &[]),
            d("roles", "Role", &[]),
        ],
    ));
    out.extend(build(
        "storage.k8s.io",
        "v1",
        vec![d("storageclasses", "StorageClass", &["sc"]).cluster()],
    ));
    out.extend(build(
        "scheduling.k8s.io",
        "v1",
        vec![d("priorityclasses", "PriorityClass", &["pc"]).cluster()],
    ));
    out.extend(build(
        "coordination.k8s.io",
        "v1",
        vec![d("leases", "Lease", &[])],
    ));
    let mut crd = build(
        "apiextensions.k8s.io",
        "v1",
        vec![
            d(
                "customresourcedefinitions",
                "CustomResourceDefinition",
                &["crd", "crds"],
            )
            .cluster()
            .status(),
        ],
    );
    crd[0].categories = vec!["api-extensions".into()];
    out.extend(crd);
    out.extend(build(
        "discovery.k8s.io",
        "v1",
        vec![d("endpointslices", "EndpointSlice", &[])],
    ));
    out
}

/// Resources derived from one CustomResourceDefinition object (one per served version).
pub fn crd_resources(crd: &Value) -> Vec<Resource> {
    let spec = &crd["spec"];
    let names = &spec["names"];
    let group = spec["group"].as_str().unwrap_or_default();
    let plural = names["plural"].as_str().unwrap_or_default();
    let kind = names["kind"].as_str().unwrap_or_default();
    if group.is_empty() || plural.is_empty() || kind.is_empty() {
        return vec![];
    }
    let singular = names["singular"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| kind.to_lowercase());
    let list = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let namespaced = spec["scope"].as_str() != Some("Cluster");
    let mut out = Vec::new();
    for v in spec["versions"].as_array().into_iter().flatten() {
        if v["served"] == Value::Bool(false) {
            continue;
        }
        let Some(vname) = v["name"].as_str() else {
            continue;
        };
        let mut subs = Vec::new();
        if v["subresources"]["scale"].is_object() {
            subs.push(sub("scale", Some(("autoscaling", "v1")), "Scale", GPU));
        }
        if v["subresources"]["status"].is_object() {
            subs.push(sub("status", None, kind, GPU));
        }
        out.push(Resource {
            group: group.into(),
            version: vname.into(),
            kind: kind.into(),
            plural: plural.into(),
            singular: singular.clone(),
            short_names: list(&names["shortNames"]),
            namespaced,
            verbs: strs(RW),
            categories: list(&names["categories"]),
            subresources: subs,
            crd: Some(crd.clone()),
        });
    }
    out
}

/// Served resources: built-ins plus CRD-backed ones (updated when CRDs change).
pub struct Registry {
    builtins: Vec<Resource>,
    crds: RwLock<Vec<Resource>>,
}

impl Default for Registry {
    fn default() -> Self {
        Self::new()
    }
}

impl Registry {
    pub fn new() -> Self {
        Registry {
            builtins: builtins(),
            crds: RwLock::new(Vec::new()),
        }
    }

    pub fn all(&self) -> Vec<Resource> {
        let mut v = self.builtins.clone();
        let mut c = self.crds.read().map(|c| c.clone()).unwrap_or_default();
        c.sort_by(|a, b| (&a.group, &a.plural).cmp(&(&b.group, &b.plural)));
        v.extend(c);
        v
    }

    pub fn lookup(&self, group: &str, version: &str, plural: &str) -> Option<Resource> {
        let hit = |r: &&Resource| r.group == group && r.version == version && r.plural == plural;
        if let Some(r) = self.builtins.iter().find(hit) {
            return Some(r.clone());
        }
        self.crds.read().ok()?.iter().find(hit).cloned()
    }

    /// Whether `group/version` is served at all (for 404 vs NotFound decisions).
    pub fn serves_gv(&self, group: &str, version: &str) -> bool {
        self.all()
            .iter()
            .any(|r| r.group == group && r.version == version)
    }

    /// Replaces the resources of CRD `name` by those of `crd` (None: removes them).
    pub fn set_crd(&self, name: &str, crd: Option<&Value>) {
        if let Ok(mut c) = self.crds.write() {
            c.retain(|r| r.crd.as_ref().and_then(|o| o["metadata"]["name"].as_str()) != Some(name));
            if let Some(crd) = crd {
                c.extend(crd_resources(crd));
            }
        }
    }

    pub fn load_crds(&self, store: &Store) {
        for crd in store.list_kind("apiextensions.k8s.io/customresourcedefinitions") {
            if let Some(name) = crd["metadata"]["name"].as_str() {
                self.set_crd(name, Some(&crd));
            }
        }
    }

    /// Group names with their versions in discovery order (core excluded).
    fn groups(&self) -> Vec<(String, Vec<String>)> {
        let mut out: Vec<(String, Vec<String>)> = Vec::new();
        for r in self.all() {
            if r.group.is_empty() {
                continue;
            }
            match out.iter_mut().find(|(g, _)| *g == r.group) {
                Some((_, vs)) => {
                    if !vs.contains(&r.version) {
                        vs.push(r.version.clone());
                    }
                }
                None => out.push((r.group.clone(), vec![r.version.clone()])),
            }
        }
        out
    }

    fn aggregated_group(&self, group: &str, versions: &[String]) -> Value {
        let all = self.all();
        let vs: Vec<Value> = versions
            .iter()
            .map(|v| {
                let res: Vec<Value> = all
                    .iter()
                    .filter(|r| r.group == group && &r.version == v)
                    .map(|r| {
                        let mut e = json!({
                            "resource": r.plural,
                            "responseKind": {"group": r.group, "version": r.version, "kind": r.kind},
                            "scope": if r.namespaced { "Namespaced" } else { "Cluster" },
                            "singularResource": r.singular,
                            "verbs": r.verbs,
                        });
                        if !r.short_names.is_empty() {
                            e["shortNames"] = json!(r.short_names);
                        }
                        if !r.categories.is_empty() {
                            e["categories"] = json!(r.categories);
                        }
                        if !r.subresources.is_empty() {
                            e["subresources"] = Value::Array(
                                r.subresources
                                    .iter()
                                    .map(|s| {
                                        json!({
                                            "subresource": s.name,
                                            "responseKind": {
                                                "group": s.group.clone().unwrap_or_else(|| r.group.clone()),
                                                "version": s.version.clone().unwrap_or_else(|| r.version.clone()),
                                                "kind": s.kind,
                                            },
                                            "verbs": s.verbs,
                                        })
                                    })
                                    .collect(),
                            );
                        }
                        e
                    })
                    .collect();
                json!({"version": v, "resources": res, "freshness": "Current"})
            })
            .collect();
        json!({"metadata": {"name": group, "creationTimestamp": null}, "versions": vs})
    }

    /// `apidiscovery.k8s.io/v2 APIGroupDiscoveryList` for `/api` (core) or `/apis`.
    pub fn aggregated(&self, core: bool) -> Value {
        let items: Vec<Value> = if core {
            vec![self.aggregated_group("", &["v1".to_string()])]
        } else {
            self.groups()
                .iter()
                .map(|(g, vs)| self.aggregated_group(g, vs))
                .collect()
        };
        json!({"kind": "APIGroupDiscoveryList", "apiVersion": "apidiscovery.k8s.io/v2", "metadata": {}, "items": items})
    }

    pub fn api_versions(addr: &str) -> Value {
        json!({"kind": "APIVersions", "versions": ["v1"],
               "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": addr}]})
    }

    fn group_doc(g: &str, vs: &[String]) -> Value {
        let gvs: Vec<Value> = vs
            .iter()
            .map(|v| json!({"groupVersion": format!("{g}/{v}"), "version": v}))
            .collect();
        json!({"name": g, "versions": gvs, "preferredVersion": gvs[0]})
    }

    pub fn api_group_list(&self) -> Value {
        let groups: Vec<Value> = self
            .groups()
            .iter()
            .map(|(g, vs)| Self::group_doc(g, vs))
            .collect();
        json!({"kind": "APIGroupList", "apiVersion": "v1", "groups": groups})
    }

    pub fn api_group(&self, group: &str) -> Option<Value> {
        let (g, vs) = self.groups().into_iter().find(|(g, _)| g == group)?;
        let mut doc = Self::group_doc(&g, &vs);
        doc["kind"] = json!("APIGroup");
        doc["apiVersion"] = json!("v1");
        Some(doc)
    }

    /// Legacy `APIResourceList` for one group/version.
    pub fn resource_list(&self, group: &str, version: &str) -> Option<Value> {
        let all = self.all();
        let rs: Vec<&Resource> = all
            .iter()
            .filter(|r| r.group == group && r.version == version)
            .collect();
        if rs.is_empty() {
            return None;
        }
        let mut out = Vec::new();
        for r in rs {
            let mut e = json!({"name": r.plural, "singularName": r.singular, "namespaced": r.namespaced,
                               "kind": r.kind, "verbs": r.verbs});
            if !r.short_names.is_empty() {
                e["shortNames"] = json!(r.short_names);
            }
            if !r.categories.is_empty() {
                e["categories"] = json!(r.categories);
            }
            out.push(e);
            for s in &r.subresources {
                let mut se = json!({"name": format!("{}/{}", r.plural, s.name), "singularName": "",
                                    "namespaced": r.namespaced, "kind": s.kind, "verbs": s.verbs});
                if let (Some(g), Some(v)) = (&s.group, &s.version) {
                    se["group"] = json!(g);
                    se["version"] = json!(v);
                }
                out.push(se);
            }
        }
        let gv = if group.is_empty() {
            version.to_string()
        } else {
            format!("{group}/{version}")
        };
        Some(
            json!({"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": gv, "resources": out}),
        )
    }

    /// All group/versions served ("" group = core), for the OpenAPI root.
    pub fn group_versions(&self) -> Vec<(String, String)> {
        let mut out = vec![(String::new(), "v1".to_string())];
        for (g, vs) in self.groups() {
            for v in vs {
                out.push((g.clone(), v));
            }
        }
        out
    }

    pub fn resources_of(&self, group: &str, version: &str) -> Vec<Resource> {
        self.all()
            .into_iter()
            .filter(|r| r.group == group && r.version == version)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_have_expected_metadata() {
        let reg = Registry::new();
        let cases = [
            ("", "v1", "pods", "po", true, true),
            ("apps", "v1", "deployments", "deploy", true, true),
            ("", "v1", "nodes", "no", false, false),
            ("batch", "v1", "cronjobs", "cj", true, true),
        ];
        for (g, v, p, short, ns, all) in cases {
            let r = reg.lookup(g, v, p).unwrap();
            assert_eq!(r.short_names[0], short);
            assert_eq!(r.namespaced, ns);
            assert_eq!(r.categories.contains(&"all".to_string()), all, "{p}");
        }
        assert!(
            reg.lookup("apps", "v1", "deployments")
                .unwrap()
                .has_sub("scale")
        );
    }

    #[test]
    fn crd_registration_adds_and_removes() {
        let reg = Registry::new();
        let crd = json!({"metadata":{"name":"widgets.example.com"},"spec":{"group":"example.com","scope":"Namespaced",
            "names":{"plural":"widgets","singular":"widget","kind":"Widget","shortNames":["wd"]},
            "versions":[{"name":"v1","served":true,"storage":true,"subresources":{"status":{}}}]}});
        reg.set_crd("widgets.example.com", Some(&crd));
        assert!(
            reg.lookup("example.com", "v1", "widgets")
                .unwrap()
                .has_sub("status")
        );
        assert!(reg.api_group("example.com").is_some());
        reg.set_crd("widgets.example.com", None);
        assert!(reg.lookup("example.com", "v1", "widgets").is_none());
    }
}

#[cfg(test)]
mod discovery_tests {
    use super::*;

    #[test]
    fn aggregated_and_legacy_shapes() {
        let reg = Registry::new();
        let core = reg.aggregated(true);
        assert_eq!(core["kind"], "APIGroupDiscoveryList");
        let pods = core["items"][0]["versions"][0]["resources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["resource"] == "pods")
            .unwrap()
            .clone();
        assert_eq!(pods["singularResource"], "pod");
        assert_eq!(pods["categories"], json!(["all"]));
        let exec = pods["subresources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["subresource"] == "exec")
            .unwrap();
        assert_eq!(
            exec["responseKind"],
            json!({"group": "", "version": "v1", "kind": "PodExecOptions"})
        );
        let apps = reg.resource_list("apps", "v1").unwrap();
        let scale = apps["resources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == "deployments/scale")
            .unwrap();
        assert_eq!(
            (
                scale["group"].as_str(),
                scale["version"].as_str(),
                scale["kind"].as_str()
            ),
            (Some("autoscaling"), Some("v1"), Some("Scale"))
        );
        let list = reg.api_group_list();
        let groups: Vec<&str> = list["groups"]
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["name"].as_str().unwrap())
            .collect();
        assert_eq!(groups[0], "apps");
        assert!(groups.contains(&"apiextensions.k8s.io"));
    }
}
