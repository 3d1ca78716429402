//! The objects a changing verb works on (cli-runtime `resource.Info`s): named by arguments
//! (`TYPE NAME`, `TYPE/NAME`, `TYPE` with `-l`/`--all`) and fetched, or read from `-f`
//! manifests (fetched again only when the verb asks for the latest version). No printing.

use http::Method;
use serde_json::Value;

use crate::client::Client;
use crate::client::discovery::ApiResource;
use crate::client::targets::{self, Source};
use crate::error::{Error, Result};

/// One object and where it lives.
#[derive(Debug, Clone)]
pub struct Info {
    pub resource: ApiResource,
    pub namespace: String,
    pub name: String,
    pub object: Value,
}

impl Info {
    /// The object's URL, with `/subresource` when given.
    pub fn path(&self, subresource: Option<&str>) -> String {
        let ns = self.resource.namespaced.then_some(self.namespace.as_str());
        let mut p = format!("{}/{}", self.resource.collection_path(ns), self.name);
        if let Some(s) = subresource.filter(|s| !s.is_empty()) {
            p.push('/');
            p.push_str(s);
        }
        p
    }
}

/// How to turn the arguments into infos.
#[derive(Debug, Clone, Default)]
pub struct Fetch<'a> {
    pub subresource: Option<&'a str>,
    pub selector: Option<&'a str>,
    /// `TYPE` alone names every object (kubectl's `ResourceTypeOrNameArgs(allowEmpty=true)`).
    pub all: bool,
    /// Manifests are fetched from the server (`Latest()`), not taken as written.
    pub latest: bool,
}

/// Resolves and fetches; per-object failures (not found) come back beside the infos, as
/// kubectl's `ContinueOnError` collects them.
pub async fn fetch(
    client: &Client,
    cache_dir: &std::path::Path,
    source: &Source,
    explicit_namespace: Option<&str>,
    how: &Fetch<'_>,
) -> Result<(Vec<Info>, Vec<Error>)> {
    let (targets, skipped) =
        targets::resolve_with_refresh(client, cache_dir, source, explicit_namespace).await?;
    let mut errors: Vec<Error> = skipped.into_iter().map(Error::Message).collect();
    let mut infos = Vec::new();
    let manifests: Vec<&Value> = match source {
        Source::Manifests(m) => m.iter().map(|m| &m.object).collect(),
        Source::Args(_) => Vec::new(),
    };
    let mut manifest_objects = manifests.into_iter();
    for target in &targets {
        let namespace = target
            .namespace
            .clone()
            .unwrap_or_else(|| client.namespace.clone());
        if target.names.is_empty() {
            if !how.all && how.selector.is_none() {
                return Err(Error::msg(
                    "resource(s) were provided, but no name was specified",
                ));
            }
            for object in list(client, &target.resource, &namespace, how.selector).await? {
                let name = object["metadata"]["name"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string();
                infos.push(Info {
                    resource: target.resource.clone(),
                    namespace: namespace.clone(),
                    name,
                    object,
                });
            }
            continue;
        }
        for name in &target.names {
            let mut info = Info {
                resource: target.resource.clone(),
                namespace: namespace.clone(),
                name: name.clone(),
                object: Value::Null,
            };
            if matches!(source, Source::Manifests(_)) && !how.latest {
                if let Some(obj) = manifest_objects.next() {
                    info.object = obj.clone();
                }
                infos.push(info);
                continue;
            }
            let path = info.path(how.subresource);
            let response = client
                .send(Method::GET, &path, "application/json", None)
                .await?;
            if response.status.is_success() {
                info.object = serde_json::from_slice(&response.body)
                    .map_err(|e| Error::msg(e.to_string()))?;
                infos.push(info);
            } else {
                errors.push(crate::client::status_error(response.status, &response.body));
            }
        }
    }
    Ok((infos, errors))
}

async fn list(
    client: &Client,
    resource: &ApiResource,
    namespace: &str,
    selector: Option<&str>,
) -> Result<Vec<Value>> {
    let mut path = resource.collection_path(Some(namespace));
    if let Some(s) = selector {
        path.push_str("?labelSelector=");
        path.push_str(&crate::cmd::mutate::query_escape(s));
    }
    let page = client.get_json(&path).await?;
    let mut items = Vec::new();
    for item in page["items"].as_array().into_iter().flatten() {
        let mut item = item.clone();
        if let Some(obj) = item.as_object_mut() {
            obj.entry("apiVersion")
                .or_insert_with(|| Value::String(resource.api_version()));
            obj.entry("kind")
                .or_insert_with(|| Value::String(resource.kind.clone()));
        }
        items.push(item);
    }
    Ok(items)
}

/// cmdutil.CheckErr over an aggregate: one error prints as itself, several one per line.
pub fn aggregate(mut errors: Vec<Error>) -> Result<()> {
    match errors.len() {
        0 => Ok(()),
        1 => Err(errors.remove(0)),
        _ => Err(Error::Multiple(
            errors.iter().map(ToString::to_string).collect(),
        )),
    }
}

/// A failed response as cmdutil.CheckErr words it: `Invalid` statuses become `The request is
/// invalid: …` / `The Kind "name" is invalid: field: message` (checkErr's
/// `isInvalidReasonStatusError` branch), anything else `Error from server (Reason): …`.
pub fn response_error(status: http::StatusCode, body: &[u8]) -> Error {
    let parsed: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    if parsed["kind"] != "Status" || parsed["reason"] != "Invalid" {
        return crate::client::status_error(status, body);
    }
    let message = parsed["message"].as_str().unwrap_or_default();
    let details = &parsed["details"];
    let mut s = "The request is invalid".to_string();
    if details.is_null() {
        if !message.is_empty() {
            s.push_str(": ");
            s.push_str(message);
        }
        return Error::Raw(s);
    }
    let causes: Vec<String> = details["causes"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|c| {
            format!(
                "{}: {}",
                c["field"].as_str().unwrap_or_default(),
                c["message"].as_str().unwrap_or_default()
            )
        })
        .collect();
    let kind = details["kind"].as_str().unwrap_or_default();
    let name = details["name"].as_str().unwrap_or_default();
    if !kind.is_empty() || !name.is_empty() {
        s = format!("The {kind} {name:?} is invalid");
    } else if !message.is_empty() && causes.is_empty() {
        s.push_str(": ");
        s.push_str(message);
    }
    match causes.len() {
        0 => Error::Raw(s),
        1 => Error::Raw(format!("{s}: {}", causes[0])),
        _ => {
            let mut text = format!("{s}: ");
            for c in &causes {
                text.push_str("\n* ");
                text.push_str(c);
            }
            Error::Raw(text)
        }
    }
}

/// cli-runtime's YAML printer writes `---` between the objects it prints; `count` is how
/// many this command has printed so far.
pub fn separate(
    m: &clap::ArgMatches,
    count: &mut usize,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    *count += 1;
    if *count > 1 && m.get_one::<String>("output").map(String::as_str) == Some("yaml") {
        out.write_all(b"---\n")?;
    }
    Ok(())
}
