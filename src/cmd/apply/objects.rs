//! The objects `apply` works on: manifests mapped to their resources (cli-runtime's builder with
//! `NamespaceParam().DefaultNamespace()`, `FilenameParam(enforce)` and `LabelSelectorParam`),
//! the `resource.Info` strings kubectl puts into its errors, and server failures that keep their
//! Status so a source can be added to the message (cmdutil `AddSourceToErr`).

use bytes::Bytes;
use http::{Method, StatusCode};
use serde_json::Value;

use crate::client::Client;
use crate::client::discovery::{ApiResource, Discovery};
use crate::error::Error;
use crate::manifest::Manifest;
use crate::sandbox::selectors::LabelSelector;

/// One manifest object, mapped and with its namespace decided.
#[derive(Debug, Clone)]
pub struct Item {
    /// Where it came from (`f.yaml`, `STDIN`), for messages.
    pub source: String,
    /// The manifest, `metadata.namespace` defaulted for namespaced kinds.
    pub object: Value,
    pub resource: ApiResource,
    /// None for cluster-scoped kinds.
    pub namespace: Option<String>,
    pub name: String,
}

impl Item {
    pub fn collection(&self) -> String {
        self.resource.collection_path(self.namespace.as_deref())
    }

    pub fn path(&self) -> String {
        format!("{}/{}", self.collection(), self.name)
    }

    /// `resource.Info.String()`.
    pub fn info_string(&self) -> String {
        let r = &self.resource;
        format!(
            "Resource: \"{}/{}, Resource={}\", GroupVersionKind: \"{}/{}, Kind={}\"\nName: {:?}, Namespace: {:?}",
            r.group,
            r.version,
            r.resource,
            r.group,
            r.version,
            r.kind,
            self.name,
            self.namespace.as_deref().unwrap_or_default()
        )
    }

    /// `resource.Info.ObjectName()`: `resource[.group]/name`.
    pub fn object_name(&self) -> String {
        format!("{}/{}", self.resource.group_resource(), self.name)
    }

    /// A key identifying the object on the server.
    pub fn key(&self) -> (String, String, Option<String>, String) {
        (
            self.resource.group.clone(),
            self.resource.resource.clone(),
            self.namespace.clone(),
            self.name.clone(),
        )
    }
}

/// Maps manifests to items in file order. Objects that cannot be mapped, or whose namespace
/// contradicts `-n`, become errors (the builder continues on error); objects not matching `-l`
/// are left out. `namespace` is `-n` or the context's; `enforce` says whether `-n` was given.
pub fn map(
    manifests: &[Manifest],
    discovery: &Discovery,
    namespace: &str,
    enforce: bool,
    selector: Option<&LabelSelector>,
    validate: bool,
) -> (Vec<Item>, Vec<Error>) {
    let mut items = Vec::new();
    let mut errors = Vec::new();
    for m in manifests {
        let object = &m.object;
        let api_version = object["apiVersion"].as_str().unwrap_or_default();
        let kind = object["kind"].as_str().unwrap_or_default();
        let (group, version) = api_version.split_once('/').unwrap_or(("", api_version));
        let name = object["metadata"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let Some(resource) = discovery
            .resources
            .iter()
            .find(|r| r.group == group && r.version == version && r.kind == kind)
            .cloned()
        else {
            // With validation on, kubectl first asks the server for the OpenAPI document of
            // the object's group-version (resource.QueryParamVerifierV3), which a group the
            // server does not serve answers with 404.
            if validate
                && !discovery
                    .resources
                    .iter()
                    .any(|r| r.group == group && r.version == version)
            {
                errors.push(validation_failure(
                    &m.source,
                    "the server could not find the requested resource",
                ));
                continue;
            }
            errors.push(Error::msg(format!(
                "resource mapping not found for name: {:?} namespace: {:?} from {:?}: no matches for kind {kind:?} in version {api_version:?}\nensure CRDs are installed first",
                name,
                object["metadata"]["namespace"].as_str().unwrap_or_default(),
                m.source
            )));
            continue;
        };
        if let Some(sel) = selector
            && !sel.matches(&object["metadata"]["labels"])
        {
            continue;
        }
        let mut object = object.clone();
        let own = object["metadata"]["namespace"]
            .as_str()
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        let item_ns = if resource.namespaced {
            match own {
                Some(o) if enforce && o != namespace => {
                    errors.push(Error::msg(format!(
                        "the namespace from the provided object {o:?} does not match the namespace {namespace:?}. You must pass '--namespace={o}' to perform this operation."
                    )));
                    continue;
                }
                Some(o) => Some(o),
                None => {
                    if let Some(meta) = object
                        .as_object_mut()
                        .map(|o| {
                            o.entry("metadata")
                                .or_insert_with(|| Value::Object(Default::default()))
                        })
                        .and_then(Value::as_object_mut)
                    {
                        meta.insert("namespace".into(), Value::String(namespace.to_string()));
                    }
                    Some(namespace.to_string())
                }
            }
        } else {
            None
        };
        items.push(Item {
            source: m.source.clone(),
            object,
            resource,
            namespace: item_ns,
            name,
        });
    }
    (items, errors)
}

fn validation_failure(source: &str, why: &str) -> Error {
    Error::msg(format!(
        "error validating {source:?}: error validating data: {why}; if you choose to ignore these errors, turn validation off with --validate=false"
    ))
}

/// A manifest without `kind`: with validation on, kubectl's schema check words it before the
/// decoder does.
pub fn validation_error(e: Error, validate: bool) -> Error {
    let text = e.to_string();
    match text
        .strip_prefix("unable to decode ")
        .and_then(|rest| rest.split_once(": Object 'Kind' is missing"))
    {
        Some((quoted, _)) if validate => {
            let source: String =
                serde_json::from_str(quoted).unwrap_or_else(|_| quoted.to_string());
            validation_failure(&source, "kind not set")
        }
        _ => e,
    }
}

/// Whether any manifest names a kind discovery does not know (then discovery is refreshed once:
/// a CRD may have been created since the cache was written).
pub fn any_unmapped(manifests: &[Manifest], discovery: &Discovery) -> bool {
    manifests.iter().any(|m| {
        let api_version = m.object["apiVersion"].as_str().unwrap_or_default();
        let kind = m.object["kind"].as_str().unwrap_or_default();
        let (group, version) = api_version.split_once('/').unwrap_or(("", api_version));
        !discovery
            .resources
            .iter()
            .any(|r| r.group == group && r.version == version && r.kind == kind)
    })
}

/// A failed request: the server's Status (kept, so messages can be prefixed) or another error.
#[derive(Debug)]
pub enum Failure {
    Status { code: StatusCode, status: Value },
    Other(Error),
}

impl Failure {
    pub fn code(&self) -> Option<StatusCode> {
        match self {
            Failure::Status { code, .. } => Some(*code),
            Failure::Other(_) => None,
        }
    }

    pub fn is_conflict(&self) -> bool {
        self.code() == Some(StatusCode::CONFLICT)
    }

    pub fn is_not_found(&self) -> bool {
        self.code() == Some(StatusCode::NOT_FOUND)
    }

    pub fn is_invalid(&self) -> bool {
        match self {
            Failure::Status { code, status } => {
                *code == StatusCode::UNPROCESSABLE_ENTITY || status["reason"] == "Invalid"
            }
            Failure::Other(_) => false,
        }
    }

    /// The Status message (the text kubectl wraps with `fmt.Errorf("%v")`).
    pub fn message(&self) -> String {
        match self {
            Failure::Status { status, .. } => {
                status["message"].as_str().unwrap_or_default().to_string()
            }
            Failure::Other(e) => e.to_string(),
        }
    }

    /// cmdutil `AddSourceToErr`: `error when VERB "SOURCE": …`, inside the Status for server
    /// errors.
    pub fn with_source(self, verb: &str, source: &str) -> Failure {
        if source.is_empty() {
            return self;
        }
        match self {
            Failure::Status { code, mut status } => {
                let message = status["message"].as_str().unwrap_or_default().to_string();
                if let Some(o) = status.as_object_mut() {
                    o.insert(
                        "message".into(),
                        Value::String(format!("error when {verb} {source:?}: {message}")),
                    );
                }
                Failure::Status { code, status }
            }
            Failure::Other(e) => {
                Failure::Other(Error::msg(format!("error when {verb} {source:?}: {e}")))
            }
        }
    }

    pub fn into_error(self) -> Error {
        match self {
            Failure::Status { code, status } => {
                crate::client::status_error(code, status.to_string().as_bytes())
            }
            Failure::Other(e) => e,
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Other(e)
    }
}

/// Sends a request and decodes the JSON answer, keeping a failure's Status.
pub async fn send(
    client: &Client,
    method: Method,
    path: &str,
    content_type: &str,
    body: Option<Vec<u8>>,
) -> Result<Value, Failure> {
    let response = client
        .send_typed(method, path, "application/json", content_type, body)
        .await?;
    decode(response.status, &response.body)
}

fn decode(code: StatusCode, body: &Bytes) -> Result<Value, Failure> {
    if code.is_success() {
        return serde_json::from_slice(body).map_err(|e| Failure::Other(Error::msg(e.to_string())));
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(status) if status.is_object() => Err(Failure::Status { code, status }),
        _ => Err(Failure::Other(crate::client::status_error(code, body))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn cm_resource() -> ApiResource {
        ApiResource {
            group: String::new(),
            version: "v1".into(),
            resource: "configmaps".into(),
            kind: "ConfigMap".into(),
            singular: "configmap".into(),
            short_names: vec![],
            namespaced: true,
            verbs: vec![],
            categories: vec![],
        }
    }

    fn manifests(objs: &[Value]) -> Vec<Manifest> {
        objs.iter()
            .map(|o| Manifest {
                source: "f.yaml".into(),
                object: o.clone(),
            })
            .collect()
    }

    #[test]
    fn namespaces_defaulted_enforced_and_selected() {
        let discovery = Discovery {
            resources: vec![cm_resource()],
        };
        let ms = manifests(&[
            json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}}),
            json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "b", "namespace": "x"}}),
            json!({"apiVersion": "v9", "kind": "ConfigMap", "metadata": {"name": "c"}}),
        ]);
        let (items, errors) = map(&ms, &discovery, "dev", true, None, false);
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].object["metadata"]["namespace"], "dev");
        assert_eq!(
            errors[0].to_string(),
            "the namespace from the provided object \"x\" does not match the namespace \"dev\". You must pass '--namespace=x' to perform this operation."
        );
        assert!(
            errors[1]
                .to_string()
                .starts_with("resource mapping not found for name: \"c\"")
        );
        let (items, errors) = map(&ms[..2], &discovery, "dev", false, None, false);
        assert_eq!((items.len(), errors.len()), (2, 0));
        assert_eq!(items[1].namespace.as_deref(), Some("x"));
        let sel = LabelSelector::parse("app=web").unwrap();
        let (items, _) = map(&ms[..2], &discovery, "dev", false, Some(&sel), false);
        assert!(items.is_empty());
        assert_eq!(
            map(&ms[..1], &discovery, "dev", false, None, false).0[0].info_string(),
            "Resource: \"/v1, Resource=configmaps\", GroupVersionKind: \"/v1, Kind=ConfigMap\"\nName: \"a\", Namespace: \"dev\""
        );
    }

    #[test]
    fn sources_prefix_status_messages() {
        let f = Failure::Status {
            code: StatusCode::NOT_FOUND,
            status: json!({"kind": "Status", "reason": "NotFound", "message": "namespaces \"a\" not found"}),
        }
        .with_source("creating", "f.yaml");
        assert_eq!(
            f.into_error().to_string(),
            "Error from server (NotFound): error when creating \"f.yaml\": namespaces \"a\" not found"
        );
    }
}
