//! Patch metadata (patch strategy and merge key) of object fields: the compiled-in table of the
//! built-in types (what kubectl reads from its Go struct tags) and the `x-kubernetes-patch-*`
//! extensions of an OpenAPI v3 document. Lookups only; no I/O.

use serde_json::{Map, Value};

use super::builtin_table::{KINDS, TYPES};

/// One JSON field of a built-in struct that carries patch metadata or leads to a struct that
/// does (generated into `builtin_table.rs`).
#[derive(Debug)]
pub struct BuiltinField {
    pub name: &'static str,
    /// The `patchStrategy` tag: "", "merge", "replace", "retainKeys", "merge,retainKeys".
    pub strategy: &'static str,
    pub merge_key: &'static str,
    /// Index into the table of the field's struct type (element type for lists and maps).
    pub ty: Option<usize>,
}

/// A kind of k8s.io/api with the index of its struct in the table.
#[derive(Debug)]
pub struct BuiltinKind {
    pub group: &'static str,
    pub version: &'static str,
    pub kind: &'static str,
    pub ty: usize,
}

/// How a field merges, apart from `retainKeys`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Strategy {
    /// No tag: maps merge key by key, lists are replaced.
    #[default]
    Default,
    /// Lists merge by merge key (lists of maps) or as sets (lists of scalars).
    Merge,
    /// The field is replaced as a whole.
    Replace,
}

/// The patch metadata of one field (strategicpatch.PatchMeta).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PatchMeta {
    pub strategy: Strategy,
    /// `retainKeys`: a patch of this map (of each list element) says which keys survive.
    pub retain_keys: bool,
    /// The merge key of a list of maps merged with `Strategy::Merge`; empty otherwise.
    pub merge_key: String,
}

impl PatchMeta {
    /// Parses a `patchStrategy` tag / `x-kubernetes-patch-strategy` value ("merge,retainKeys").
    pub fn parse(strategies: &str, merge_key: &str) -> PatchMeta {
        let mut meta = PatchMeta {
            merge_key: merge_key.to_string(),
            ..PatchMeta::default()
        };
        for s in strategies.split(',').map(str::trim) {
            match s {
                "merge" => meta.strategy = Strategy::Merge,
                "replace" => meta.strategy = Strategy::Replace,
                "retainKeys" => meta.retain_keys = true,
                _ => {}
            }
        }
        meta
    }
}

/// Where patch metadata is looked up, positioned at one object (struct) of a document.
#[derive(Debug, Clone, Copy)]
pub enum Schema<'a> {
    /// No metadata: every list is replaced, every map merged (custom resources without a
    /// schema, unknown fields).
    Opaque,
    /// A struct of the compiled-in table.
    Builtin(usize),
    /// A schema object of an OpenAPI v3 document (`components.schemas` to resolve `$ref`s).
    OpenApi {
        schemas: &'a Map<String, Value>,
        node: &'a Value,
    },
}

impl<'a> Schema<'a> {
    /// The schema of a built-in kind (every kind kubectl 1.32 has compiled in); None for kinds
    /// kubectl does not know, which it patches with a JSON merge patch instead.
    pub fn builtin(group: &str, version: &str, kind: &str) -> Option<Schema<'static>> {
        KINDS
            .iter()
            .find(|k| k.group == group && k.version == version && k.kind == kind)
            .map(|k| Schema::Builtin(k.ty))
    }

    /// Like [`Schema::builtin`] from an object's `apiVersion` and `kind`.
    pub fn builtin_for(api_version: &str, kind: &str) -> Option<Schema<'static>> {
        let (group, version) = api_version.rsplit_once('/').unwrap_or(("", api_version));
        Schema::builtin(group, version, kind)
    }

    /// The schema of a kind in an OpenAPI v3 group-version document (`/openapi/v3/apis/…`),
    /// found through `x-kubernetes-group-version-kind` (strategicpatch.PatchMetaFromOpenAPIV3).
    pub fn from_openapi_v3(
        doc: &'a Value,
        group: &str,
        version: &str,
        kind: &str,
    ) -> Option<Schema<'a>> {
        let schemas = doc.pointer("/components/schemas")?.as_object()?;
        let node = schemas.values().find(|s| {
            s.get("x-kubernetes-group-version-kind")
                .and_then(Value::as_array)
                .is_some_and(|gvks| {
                    gvks.iter().any(|g| {
                        g.get("group").and_then(Value::as_str).unwrap_or("") == group
                            && g.get("version").and_then(Value::as_str) == Some(version)
                            && g.get("kind").and_then(Value::as_str) == Some(kind)
                    })
                })
        })?;
        Some(Schema::OpenApi { schemas, node })
    }

    /// The metadata of map field `key` and the schema inside it.
    pub fn lookup_struct(&self, key: &str) -> (Schema<'a>, PatchMeta) {
        match self {
            Schema::Opaque => (Schema::Opaque, PatchMeta::default()),
            Schema::Builtin(ty) => builtin_field(*ty, key),
            Schema::OpenApi { schemas, node } => openapi_field(schemas, node, key, false),
        }
    }

    /// The metadata of list field `key` and the schema of its elements.
    pub fn lookup_slice(&self, key: &str) -> (Schema<'a>, PatchMeta) {
        match self {
            Schema::Opaque => (Schema::Opaque, PatchMeta::default()),
            Schema::Builtin(ty) => builtin_field(*ty, key),
            Schema::OpenApi { schemas, node } => openapi_field(schemas, node, key, true),
        }
    }
}

fn builtin_field(ty: usize, key: &str) -> (Schema<'static>, PatchMeta) {
    let Some((_, fields)) = TYPES.get(ty) else {
        return (Schema::Opaque, PatchMeta::default());
    };
    match fields.iter().find(|f| f.name == key) {
        Some(f) => (
            f.ty.map_or(Schema::Opaque, Schema::Builtin),
            PatchMeta::parse(f.strategy, f.merge_key),
        ),
        None => (Schema::Opaque, PatchMeta::default()),
    }
}

/// strategicpatch's `resolve`: the first `allOf` entry, then a `$ref` into components.
fn resolve<'a>(schemas: &'a Map<String, Value>, mut node: &'a Value) -> &'a Value {
    if let Some(first) = node
        .get("allOf")
        .and_then(Value::as_array)
        .and_then(|a| a.first())
    {
        node = first;
    }
    if let Some(r) = node.get("$ref").and_then(Value::as_str)
        && let Some(target) = schemas.get(r.trim_start_matches("#/components/schemas/"))
    {
        return target;
    }
    node
}

fn openapi_field<'a>(
    schemas: &'a Map<String, Value>,
    node: &'a Value,
    key: &str,
    slice: bool,
) -> (Schema<'a>, PatchMeta) {
    let Some(prop) = node.get("properties").and_then(|p| p.get(key)) else {
        return (Schema::Opaque, PatchMeta::default());
    };
    let meta = PatchMeta::parse(
        prop.get("x-kubernetes-patch-strategy")
            .and_then(Value::as_str)
            .unwrap_or(""),
        prop.get("x-kubernetes-patch-merge-key")
            .and_then(Value::as_str)
            .unwrap_or(""),
    );
    let mut inner = prop;
    if slice && let Some(items) = prop.get("items") {
        inner = items;
    }
    let inner = resolve(schemas, inner);
    (
        Schema::OpenApi {
            schemas,
            node: inner,
        },
        meta,
    )
}

/// Whether a PATCH operation of an OpenAPI v3 document accepts strategic merge patches for the
/// kind (kubectl's `gvkSupportsPatchOpenAPIV3`): when not, kubectl falls back to its compiled-in
/// types.
pub fn openapi_v3_offers_strategic(doc: &Value, group: &str, version: &str, kind: &str) -> bool {
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return false;
    };
    paths.values().any(|p| {
        let Some(op) = p.get("patch") else {
            return false;
        };
        let gvk_ok = op.get("x-kubernetes-group-version-kind").is_some_and(|g| {
            g.get("group").and_then(Value::as_str).unwrap_or("") == group
                && g.get("version").and_then(Value::as_str) == Some(version)
                && g.get("kind").and_then(Value::as_str) == Some(kind)
        });
        gvk_ok
            && op
                .pointer("/requestBody/content")
                .and_then(Value::as_object)
                .is_some_and(|c| c.contains_key("application/strategic-merge-patch+json"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn meta(strategy: Strategy, retain_keys: bool, key: &str) -> PatchMeta {
        PatchMeta {
            strategy,
            retain_keys,
            merge_key: key.into(),
        }
    }

    #[test]
    fn builtin_paths() {
        use Strategy::*;
        // (apiVersion, kind, path of map fields, last field is a list?, expected meta)
        let cases: &[(&str, &str, &[&str], PatchMeta)] = &[
            (
                "apps/v1",
                "Deployment",
                &["spec", "template", "spec", "containers"],
                meta(Merge, false, "name"),
            ),
            (
                "apps/v1",
                "Deployment",
                &["spec", "template", "spec", "volumes"],
                meta(Merge, true, "name"),
            ),
            (
                "apps/v1",
                "Deployment",
                &["spec", "strategy"],
                meta(Default, true, ""),
            ),
            (
                "apps/v1",
                "Deployment",
                &["metadata", "finalizers"],
                meta(Merge, false, ""),
            ),
            (
                "apps/v1",
                "Deployment",
                &["metadata", "ownerReferences"],
                meta(Merge, false, "uid"),
            ),
            (
                "v1",
                "Pod",
                &["spec", "containers", "ports"],
                meta(Merge, false, "containerPort"),
            ),
            (
                "v1",
                "Pod",
                &["spec", "containers", "env"],
                meta(Merge, false, "name"),
            ),
            (
                "v1",
                "Pod",
                &["spec", "containers", "volumeMounts"],
                meta(Merge, false, "mountPath"),
            ),
            (
                "v1",
                "Pod",
                &["spec", "initContainers", "volumeDevices"],
                meta(Merge, false, "devicePath"),
            ),
            (
                "v1",
                "Pod",
                &["spec", "tolerations"],
                meta(Default, false, ""),
            ),
            (
                "v1",
                "Pod",
                &["spec", "hostAliases"],
                meta(Merge, false, "ip"),
            ),
            (
                "v1",
                "Pod",
                &["spec", "imagePullSecrets"],
                meta(Merge, false, "name"),
            ),
            (
                "v1",
                "Pod",
                &["spec", "topologySpreadConstraints"],
                meta(Merge, false, "topologyKey"),
            ),
            (
                "v1",
                "Pod",
                &["status", "conditions"],
                meta(Merge, false, "type"),
            ),
            (
                "v1",
                "Service",
                &["spec", "ports"],
                meta(Merge, false, "port"),
            ),
            (
                "batch/v1",
                "CronJob",
                &[
                    "spec",
                    "jobTemplate",
                    "spec",
                    "template",
                    "spec",
                    "containers",
                ],
                meta(Merge, false, "name"),
            ),
            (
                "policy/v1",
                "PodDisruptionBudget",
                &["spec", "selector"],
                meta(Replace, false, ""),
            ),
            ("v1", "ConfigMap", &["data"], meta(Default, false, "")),
        ];
        for (av, kind, path, want) in cases {
            let mut s = Schema::builtin_for(av, kind).unwrap_or_else(|| panic!("{kind}"));
            let mut got = PatchMeta::default();
            for p in path.iter() {
                (s, got) = s.lookup_struct(p);
            }
            assert_eq!(&got, want, "{kind} {path:?}");
        }
        assert!(
            Schema::builtin("apiextensions.k8s.io", "v1", "CustomResourceDefinition").is_none()
        );
        assert!(Schema::builtin("example.com", "v1", "Widget").is_none());
    }

    #[test]
    fn builtin_table_is_consistent() {
        for (name, fields) in TYPES {
            for f in fields.iter() {
                assert!(f.ty.is_none_or(|t| t < TYPES.len()), "{name}.{}", f.name);
                assert!(
                    !f.strategy.is_empty() || !f.merge_key.is_empty() || f.ty.is_some(),
                    "{name}.{}",
                    f.name
                );
                if f.strategy.contains("merge") && f.ty.is_some() {
                    assert!(
                        !f.merge_key.is_empty(),
                        "a merged list of structs has a key: {name}.{}",
                        f.name
                    );
                }
            }
        }
        assert!(KINDS.iter().all(|k| k.ty < TYPES.len()));
        assert!(
            KINDS.len() > 200,
            "every kind of k8s.io/api: {}",
            KINDS.len()
        );
    }

    #[test]
    fn openapi_v3_extensions() {
        let doc = json!({
            "paths": {"/api/v1/namespaces/{namespace}/pods/{name}": {"patch": {
                "x-kubernetes-group-version-kind": {"group": "", "version": "v1", "kind": "Pod"},
                "requestBody": {"content": {"application/strategic-merge-patch+json": {}}}}}},
            "components": {"schemas": {
                "io.k8s.api.core.v1.Pod": {
                    "x-kubernetes-group-version-kind": [{"group": "", "version": "v1", "kind": "Pod"}],
                    "properties": {"spec": {"allOf": [{"$ref": "#/components/schemas/io.k8s.api.core.v1.PodSpec"}]}}},
                "io.k8s.api.core.v1.PodSpec": {"properties": {
                    "volumes": {"type": "array", "items": {"allOf": [{"$ref": "#/components/schemas/io.k8s.api.core.v1.Volume"}]},
                        "x-kubernetes-patch-merge-key": "name", "x-kubernetes-patch-strategy": "merge,retainKeys"}}},
                "io.k8s.api.core.v1.Volume": {"properties": {"name": {"type": "string"}}}
            }}
        });
        let s = Schema::from_openapi_v3(&doc, "", "v1", "Pod").unwrap();
        let (spec, m) = s.lookup_struct("spec");
        assert_eq!(m, PatchMeta::default());
        let (vol, m) = spec.lookup_slice("volumes");
        assert_eq!(m, meta(Strategy::Merge, true, "name"));
        assert!(
            matches!(vol, Schema::OpenApi { node, .. } if node.pointer("/properties/name").is_some())
        );
        assert!(openapi_v3_offers_strategic(&doc, "", "v1", "Pod"));
        assert!(!openapi_v3_offers_strategic(
            &doc,
            "apps",
            "v1",
            "Deployment"
        ));
        assert!(Schema::from_openapi_v3(&doc, "apps", "v1", "Deployment").is_none());
    }
}
