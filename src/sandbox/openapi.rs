//! The OpenAPI v3 documents the sandbox serves (`/openapi/v3` and one document per
//! group-version): the operations kubectl inspects (`x-kubernetes-group-version-kind`, the
//! `fieldValidation` parameter, the patch content types) and the schemas `kubectl explain` reads —
//! the built-in kinds' from k8s-openapi's `JsonSchema` impls, custom resources' from their CRDs.
//!
//! Documents are built once per change of what a group-version serves and kept serialized with
//! their hash, because kubectl asks for the root (which names every document's hash) on every
//! apply.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

use crate::sandbox::registry::{Registry, Resource};
use crate::sandbox::typed::{KindVisitor, with_kind};

const OBJECT_META: &str = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

/// One group-version's document, serialized, with the hash the root advertises.
pub struct Document {
    pub bytes: Bytes,
    pub hash: String,
}

/// A group and a version.
type GroupVersion = (String, String);

/// A built document with the skeleton (operations + custom schemas) it was built from.
type Built = (String, Arc<Document>);

/// The documents built so far.
#[derive(Default)]
pub struct Documents {
    built: Mutex<HashMap<GroupVersion, Built>>,
}

impl Documents {
    /// The `/openapi/v3` root: each served group-version and the address of its document.
    pub fn root(&self, registry: &Registry) -> Value {
        let mut paths = Map::new();
        for (group, version) in registry.group_versions() {
            let key = gv_key(&group, &version);
            let document = self.get(registry, &group, &version);
            paths.insert(
                key.clone(),
                json!({"serverRelativeURL": format!("/openapi/v3/{key}?hash={}", document.hash)}),
            );
        }
        json!({ "paths": paths })
    }

    /// The document of one group-version (which the caller checked is served).
    pub fn get(&self, registry: &Registry, group: &str, version: &str) -> Arc<Document> {
        let resources = registry.resources_of(group, version);
        let skeleton = skeleton(group, version, &resources);
        let fingerprint = skeleton.fingerprint();
        let key = (group.to_string(), version.to_string());
        let mut built = match self.built.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        if let Some((seen, document)) = built.get(&key)
            && *seen == fingerprint
        {
            return document.clone();
        }
        let document = Arc::new(finish(skeleton, group, version, &resources));
        built.insert(key, (fingerprint, document.clone()));
        document
    }
}

/// `api/v1`, `apis/apps/v1`: how the root names a group-version.
fn gv_key(group: &str, version: &str) -> String {
    if group.is_empty() {
        format!("api/{version}")
    } else {
        format!("apis/{group}/{version}")
    }
}

/// The parts of a document that change with what is served.
struct Skeleton {
    /// The operations on every resource.
    paths: Map<String, Value>,
    /// The schemas of custom resources (built-in ones never change).
    custom_schemas: Map<String, Value>,
}

impl Skeleton {
    /// Equal for two skeletons exactly when their documents are.
    fn fingerprint(&self) -> String {
        serde_json::to_string(&(&self.paths, &self.custom_schemas)).unwrap_or_default()
    }
}

fn skeleton(group: &str, version: &str, resources: &[Resource]) -> Skeleton {
    let params = json!([
        {"name": "dryRun", "in": "query", "schema": {"type": "string", "uniqueItems": true}},
        {"name": "fieldManager", "in": "query", "schema": {"type": "string", "uniqueItems": true}},
        {"name": "fieldValidation", "in": "query", "schema": {"type": "string", "uniqueItems": true}},
        {"name": "force", "in": "query", "schema": {"type": "boolean", "uniqueItems": true}}
    ]);
    // strategic-merge-patch is deliberately not listed: kubectl then computes client-side-apply
    // patches from its compiled-in types (see kubectl-protocol.md 2.10), which know the patch
    // strategies the schemas here do not carry.
    let patch_types = [
        "application/apply-patch+yaml",
        "application/json-patch+json",
        "application/merge-patch+json",
    ];
    let mut paths = Map::new();
    let mut schemas = Map::new();
    for resource in resources {
        let gvk = json!({"group": group, "version": version, "kind": resource.kind});
        let prefix = if group.is_empty() {
            format!("/api/{version}")
        } else {
            format!("/apis/{group}/{version}")
        };
        let base = if resource.namespaced {
            format!("{prefix}/namespaces/{{namespace}}/{}", resource.plural)
        } else {
            format!("{prefix}/{}", resource.plural)
        };
        let name = schema_name(group, version, resource);
        let reference = json!({"$ref": format!("#/components/schemas/{name}")});
        let responses = json!({"200": {"description": "OK", "content": {"application/json": {"schema": reference}}}});
        let patch_body: Map<String, Value> = patch_types
            .iter()
            .map(|ct| (ct.to_string(), json!({"schema": {"$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Patch"}})))
            .collect();
        let kind = &resource.kind;
        paths.insert(
            format!("{base}/{{name}}"),
            json!({
                "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}}],
                "get": {"operationId": format!("read{kind}"), "x-kubernetes-action": "get",
                        "x-kubernetes-group-version-kind": gvk, "responses": responses},
                "put": {"operationId": format!("replace{kind}"), "x-kubernetes-action": "put",
                        "parameters": params, "x-kubernetes-group-version-kind": gvk, "responses": responses},
                "patch": {"operationId": format!("patch{kind}"), "x-kubernetes-action": "patch",
                          "parameters": params, "x-kubernetes-group-version-kind": gvk, "responses": responses,
                          "requestBody": {"content": patch_body}},
                "delete": {"operationId": format!("delete{kind}"), "x-kubernetes-action": "delete",
                           "parameters": params, "x-kubernetes-group-version-kind": gvk, "responses": responses},
            }),
        );
        paths.insert(
            base,
            json!({
                "get": {"operationId": format!("list{kind}"), "x-kubernetes-action": "list",
                        "x-kubernetes-group-version-kind": gvk, "responses": responses},
                "post": {"operationId": format!("create{kind}"), "x-kubernetes-action": "post",
                         "parameters": params, "x-kubernetes-group-version-kind": gvk, "responses": responses},
            }),
        );
        if let Some(schema) = custom_schema(resource, version) {
            schemas.insert(name, with_kind_extension(schema, &gvk));
        }
    }
    Skeleton {
        paths,
        custom_schemas: schemas,
    }
}

/// The skeleton completed with the built-in schemas, serialized and hashed.
fn finish(skeleton: Skeleton, group: &str, version: &str, resources: &[Resource]) -> Document {
    let mut generator = SchemaSettings::openapi3().into_generator();
    let mut kinds = Vec::new();
    for resource in resources {
        if resource.crd.is_none()
            && let Some(name) = with_kind(group, &resource.kind, Define(&mut generator))
        {
            kinds.push((name, resource.kind.clone()));
        }
    }
    // Custom resources refer to ObjectMeta too.
    generator.subschema_for::<k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta>();
    let mut schemas = generator.take_definitions(true);
    for (name, kind) in kinds {
        if let Some(schema) = schemas.remove(&name) {
            let gvk = json!({"group": group, "version": version, "kind": kind});
            schemas.insert(name, with_kind_extension(schema, &gvk));
        }
    }
    schemas.extend(skeleton.custom_schemas);
    schemas.insert(
        "io.k8s.apimachinery.pkg.apis.meta.v1.Patch".into(),
        json!({"type": "object", "description": "Patch is provided to give a concrete name and type to the Kubernetes PATCH request body."}),
    );
    let document = json!({
        "openapi": "3.0.0",
        "info": {"title": "Kubernetes", "version": "v1.32.2"},
        "paths": skeleton.paths,
        "components": {"schemas": schemas},
    });
    let bytes = Bytes::from(serde_json::to_vec(&document).unwrap_or_default());
    let hash = hex_upper(ring::digest::digest(&ring::digest::SHA512, &bytes).as_ref());
    Document { bytes, hash }
}

/// Adds a kind's schema (and everything it refers to) to the generator; gives its name.
struct Define<'g>(&'g mut schemars::SchemaGenerator);

impl KindVisitor for Define<'_> {
    type Output = String;
    fn visit<T: DeserializeOwned + Serialize + JsonSchema>(self) -> String {
        self.0.subschema_for::<T>();
        T::schema_name().into_owned()
    }
}

/// kube-apiserver's names: k8s-openapi's (`io.k8s.api.apps.v1.Deployment`) for built-in
/// kinds, the reversed group for custom ones (`com.example.v1.Widget`).
fn schema_name(group: &str, version: &str, resource: &Resource) -> String {
    if resource.crd.is_none()
        && let Some(name) = with_kind(group, &resource.kind, SchemaName)
    {
        return name;
    }
    let reversed: Vec<&str> = group.split('.').rev().collect();
    format!("{}.{version}.{}", reversed.join("."), resource.kind)
}

struct SchemaName;

impl KindVisitor for SchemaName {
    type Output = String;
    fn visit<T: DeserializeOwned + Serialize + JsonSchema>(self) -> String {
        T::schema_name().into_owned()
    }
}

/// A custom resource's schema from its CRD version, with the standard fields kube-apiserver
/// adds (`apiVersion`, `kind`, `metadata`).
fn custom_schema(resource: &Resource, version: &str) -> Option<Value> {
    let crd = resource.crd.as_ref()?;
    let served = crd
        .pointer("/spec/versions")?
        .as_array()?
        .iter()
        .find(|v| v.get("name").and_then(Value::as_str) == Some(version))?;
    let mut schema = served
        .pointer("/schema/openAPIV3Schema")
        .cloned()
        .unwrap_or_else(|| json!({"type": "object"}));
    let object = schema.as_object_mut()?;
    let properties = object
        .entry("properties")
        .or_insert_with(|| json!({}))
        .as_object_mut()?;
    properties.insert(
        "apiVersion".into(),
        json!({"type": "string", "description": API_VERSION_DOC}),
    );
    properties.insert(
        "kind".into(),
        json!({"type": "string", "description": KIND_DOC}),
    );
    properties.insert(
        "metadata".into(),
        json!({"allOf": [{"$ref": format!("#/components/schemas/{OBJECT_META}")}], "description": METADATA_DOC}),
    );
    Some(schema)
}

/// Marks a kind's schema with its group-version-kind. `metadata` is never required of a kind
/// (k8s-openapi's structs hold it unconditionally, so its schemas list it).
fn with_kind_extension(mut schema: Value, gvk: &Value) -> Value {
    if let Some(object) = schema.as_object_mut() {
        if let Some(Value::Array(required)) = object.get_mut("required") {
            required.retain(|name| name != "metadata");
            if required.is_empty() {
                object.remove("required");
            }
        }
        object.insert(
            "x-kubernetes-group-version-kind".into(),
            Value::Array(vec![gvk.clone()]),
        );
    }
    schema
}

fn hex_upper(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

const API_VERSION_DOC: &str = "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources";
const KIND_DOC: &str = "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds";
const METADATA_DOC: &str = "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata";

#[cfg(test)]
mod tests {
    use super::*;

    fn document(group: &str, version: &str) -> Value {
        let registry = Registry::new();
        let documents = Documents::default();
        let doc = documents.get(&registry, group, version);
        serde_json::from_slice(&doc.bytes).expect("a JSON document")
    }

    #[test]
    fn built_in_kinds_have_described_schemas_with_their_kind() {
        let doc = document("apps", "v1");
        let deployment = &doc["components"]["schemas"]["io.k8s.api.apps.v1.Deployment"];
        assert_eq!(
            deployment["x-kubernetes-group-version-kind"],
            json!([{"group": "apps", "version": "v1", "kind": "Deployment"}])
        );
        assert!(
            deployment["description"]
                .as_str()
                .is_some_and(|d| d.contains("declarative updates"))
        );
        // References use OpenAPI v3's place for schemas, and every one resolves.
        let text = doc.to_string();
        for reference in text.split("\"$ref\":\"").skip(1) {
            let name = reference.split('"').next().unwrap_or_default();
            let name = name
                .strip_prefix("#/components/schemas/")
                .unwrap_or_else(|| panic!("unexpected reference {name}"));
            assert!(
                doc["components"]["schemas"].get(name).is_some(),
                "{name} is referenced but not defined"
            );
        }
    }

    #[test]
    fn documents_are_reused_until_what_is_served_changes() {
        let registry = Registry::new();
        let documents = Documents::default();
        let first = documents.get(&registry, "", "v1");
        let again = documents.get(&registry, "", "v1");
        assert!(Arc::ptr_eq(&first, &again));
        assert_eq!(first.hash.len(), 128);
    }
}
