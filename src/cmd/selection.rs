//! Which objects a changing verb acts on: cli-runtime's `resource.Builder` rules for arguments,
//! `-f` manifests, `-l`/`--field-selector`/`--all` and `-A`, in kubectl's order of checks and
//! visits. Fetches what the verb needs (lists, and objects when it needs them); changes nothing.

use serde_json::Value;

use crate::client::Client;
use crate::client::discovery::ApiResource;
use crate::client::targets::{self, ArgForm, Source, Target};
use crate::cmd::mutate::query_escape;
use crate::error::{Error, Result};
use crate::manifest::Manifest;

/// One object to act on (cli-runtime's `resource.Info`).
#[derive(Debug, Clone)]
pub struct Info {
    pub resource: ApiResource,
    /// Empty for cluster-scoped resources.
    pub namespace: String,
    pub name: String,
    /// The object as fetched (or as read from a manifest); `None` when the verb did not need it.
    pub object: Option<Value>,
    /// The manifest it came from, for `error when deleting "file"` messages.
    pub source: Option<String>,
}

impl Info {
    /// `deployment.apps/web`.
    pub fn kind_name(&self) -> String {
        format!("{}/{}", self.resource.kind_prefix(), self.name)
    }

    /// The object's URL.
    pub fn path(&self) -> String {
        let ns = (!self.namespace.is_empty()).then_some(self.namespace.as_str());
        format!("{}/{}", self.resource.collection_path(ns), self.name)
    }
}

/// How `--all` enters the builder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AllFlag {
    /// `SelectAllParam` after the selectors (delete): a selector with `--all` is an error.
    SelectAll,
    /// `ResourceTypeOrNameArgs(all, …)` (label, annotate, scale): a lone type means every object.
    EmptySelector,
}

/// Whether the objects themselves are fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fetch {
    /// Names are enough (delete: `RequireObject(false)`).
    Names,
    /// Named objects are fetched; manifest objects stay as read (scale).
    Objects,
    /// Named and manifest objects are fetched from the server (`Latest()`: label, annotate).
    Latest,
}

/// What the user asked for.
pub struct Request<'a> {
    pub args: &'a [String],
    pub filenames: &'a [String],
    pub recursive: bool,
    pub selector: Option<&'a str>,
    pub field_selector: Option<&'a str>,
    pub all: bool,
    pub all_flag: AllFlag,
    pub all_namespaces: bool,
    pub fetch: Fetch,
}

/// What the builder decided to visit, before any list or fetch (kubectl's `Do()`): argument
/// errors come out of `plan`, per-object errors out of `visit`.
pub struct Plan {
    steps: Vec<Step>,
    fetch: Fetch,
    /// One object is implied by the arguments (one name, or one `-f` file): `--resource-version`
    /// and `--list` rely on it.
    pub single_item_implied: bool,
}

enum Step {
    List {
        resource: ApiResource,
        namespace: String,
        label: Option<String>,
        field: Option<String>,
    },
    Named(Info),
    Manifest(Result<Info>),
}

const MISSING_RESOURCES: &str = "You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'";

/// Reads manifests or parses arguments (before any request), as the builder's setup does.
pub fn read_source(
    req: &Request<'_>,
    program: &str,
    input: &mut dyn std::io::Read,
) -> Result<Source> {
    if !req.filenames.is_empty() {
        return crate::manifest::read_all(req.filenames, req.recursive, input)
            .map(Source::Manifests);
    }
    targets::parse_args(req.args, program)
        .map(Source::Args)
        .map_err(|e| Error::msg(e.to_string()))
}

/// The selector the builder ends up with, or its error about `--all` beside a selector.
fn effective_selectors<'a>(req: &Request<'a>) -> Result<(Option<&'a str>, Option<&'a str>)> {
    let label = req.selector.map(str::trim).filter(|s| !s.is_empty());
    let field = req.field_selector.map(str::trim).filter(|s| !s.is_empty());
    if !req.all {
        return Ok((label, field));
    }
    match req.all_flag {
        AllFlag::SelectAll => {
            if label.is_some() || field.is_some() {
                return Err(Error::msg(
                    "setting 'all' parameter but found a non empty selector. ",
                ));
            }
            Ok((Some(""), field))
        }
        AllFlag::EmptySelector => {
            let lone_type = matches!(targets::parse_args(req.args, "kubectl"), Ok(ArgForm::Types { ref names, .. }) if names.is_empty())
                && req.args.len() == 1;
            Ok((label.or(lone_type.then_some("")), field))
        }
    }
}

/// Runs the builder's checks and resolves types; nothing is listed or fetched yet.
/// `plan` with the cache dir and the `-n` the user typed taken from the command's context.
pub async fn plan_in(
    ctx: &crate::ctx::Ctx<'_>,
    client: &Client,
    source: &Source,
    req: &Request<'_>,
) -> Result<Plan> {
    let explicit_namespace = ctx.globals.overrides.namespace.clone();
    plan(
        client,
        &ctx.cache_dir(),
        explicit_namespace.as_deref(),
        source,
        req,
    )
    .await
}

pub async fn plan(
    client: &Client,
    cache_dir: &std::path::Path,
    explicit_namespace: Option<&str>,
    source: &Source,
    req: &Request<'_>,
) -> Result<Plan> {
    let (label, field) = effective_selectors(req)?;
    let namespace = client.namespace.clone();
    let done = |steps: Vec<Step>, single: bool| Plan {
        steps,
        fetch: req.fetch,
        single_item_implied: single,
    };
    match source {
        Source::Manifests(manifests) => {
            if !req.args.is_empty() {
                return Err(Error::msg(
                    "when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well",
                ));
            }
            let single = req.filenames.len() == 1
                && req.filenames[0] != "-"
                && !std::path::Path::new(&req.filenames[0]).is_dir();
            // A label selector filters manifest objects by their own labels (the builder's
            // FilteredVisitor); field selectors do not apply to files.
            let filter = match label.filter(|l| !l.is_empty()) {
                Some(l) => Some(crate::sandbox::selectors::LabelSelector::parse(l).map_err(
                    |e| {
                        Error::msg(format!(
                            "the provided selector {l:?} is not valid: {}",
                            e.message
                        ))
                    },
                )?),
                None => None,
            };
            let mut steps = Vec::new();
            for m in manifests {
                if let Some(f) = &filter
                    && !f.matches(&m.object["metadata"]["labels"])
                {
                    continue;
                }
                steps.push(Step::Manifest(
                    manifest_info(client, cache_dir, explicit_namespace, m, &namespace).await,
                ));
            }
            Ok(done(steps, single))
        }
        Source::Args(form) => {
            if label.is_some() || field.is_some() {
                match form {
                    ArgForm::Types { names, .. } if !names.is_empty() => {
                        return Err(Error::msg(
                            "name cannot be provided when a selector is specified",
                        ));
                    }
                    ArgForm::Pairs(_) => {
                        return Err(Error::msg(
                            "selectors and the all flag cannot be used when passing resource/name arguments",
                        ));
                    }
                    ArgForm::Types { types, .. } if types.is_empty() => {
                        return Err(Error::msg(
                            "at least one resource must be specified to use a selector",
                        ));
                    }
                    _ => {}
                }
                let mut steps = Vec::new();
                for target in resolve(client, cache_dir, source).await? {
                    let ns = if !target.resource.namespaced || req.all_namespaces {
                        String::new()
                    } else {
                        namespace.clone()
                    };
                    steps.push(Step::List {
                        resource: target.resource,
                        namespace: ns,
                        label: label.map(str::to_string),
                        field: field.map(str::to_string),
                    });
                }
                return Ok(done(steps, false));
            }
            let single = match form {
                ArgForm::Pairs(pairs) => pairs.len() == 1,
                ArgForm::Types { types, names } if !names.is_empty() => {
                    types.len() == 1 && names.len() == 1
                }
                ArgForm::Types { types, .. } if !types.is_empty() => {
                    resolve(client, cache_dir, source).await?;
                    return Err(Error::msg(
                        "resource(s) were provided, but no name was specified",
                    ));
                }
                _ => return Err(Error::msg(MISSING_RESOURCES)),
            };
            let mut steps = Vec::new();
            for target in resolve(client, cache_dir, source).await? {
                if target.resource.namespaced && req.all_namespaces {
                    return Err(Error::msg(
                        "a resource cannot be retrieved by name across all namespaces",
                    ));
                }
                let ns = if target.resource.namespaced {
                    namespace.clone()
                } else {
                    String::new()
                };
                for name in &target.names {
                    steps.push(Step::Named(Info {
                        resource: target.resource.clone(),
                        namespace: ns.clone(),
                        name: name.clone(),
                        object: None,
                        source: None,
                    }));
                }
            }
            Ok(done(steps, single))
        }
    }
}

impl Plan {
    /// Lists and fetches in kubectl's visit order; an object that could not be fetched is its
    /// error, in place. A failed list ends the visit.
    pub async fn visit(self, client: &Client) -> Result<Vec<Result<Info>>> {
        let mut items = Vec::new();
        for step in self.steps {
            match step {
                Step::List {
                    resource,
                    namespace,
                    label,
                    field,
                } => {
                    let objects = list(
                        client,
                        &resource,
                        &namespace,
                        label.as_deref(),
                        field.as_deref(),
                    )
                    .await?;
                    for object in objects {
                        items.push(Ok(info_of(&resource, object, None)));
                    }
                }
                Step::Named(info) => items.push(match self.fetch {
                    Fetch::Names => Ok(info),
                    Fetch::Objects | Fetch::Latest => fetch(client, info).await,
                }),
                Step::Manifest(Ok(info)) if self.fetch == Fetch::Latest => {
                    items.push(fetch(client, info).await)
                }
                Step::Manifest(item) => items.push(item),
            }
        }
        Ok(items)
    }
}

async fn resolve(
    client: &Client,
    cache_dir: &std::path::Path,
    source: &Source,
) -> Result<Vec<Target>> {
    targets::resolve_with_refresh(client, cache_dir, source, None)
        .await
        .map(|(t, _)| t)
}

/// One manifest object as an `Info`, or kubectl's error for it (unknown kind, namespace clash).
async fn manifest_info(
    client: &Client,
    cache_dir: &std::path::Path,
    explicit_namespace: Option<&str>,
    m: &Manifest,
    default_namespace: &str,
) -> Result<Info> {
    let one = Source::Manifests(vec![m.clone()]);
    let (found, skipped) =
        targets::resolve_with_refresh(client, cache_dir, &one, explicit_namespace).await?;
    if let Some(reason) = skipped.into_iter().next() {
        return Err(Error::msg(reason));
    }
    let Some(target) = found.into_iter().next() else {
        return Err(Error::msg("no object in manifest"));
    };
    let namespace = if target.resource.namespaced {
        target
            .namespace
            .clone()
            .unwrap_or_else(|| default_namespace.to_string())
    } else {
        String::new()
    };
    let mut object = m.object.clone();
    if target.resource.namespaced {
        object["metadata"]["namespace"] = Value::String(namespace.clone());
    }
    Ok(Info {
        name: target.names.first().cloned().unwrap_or_default(),
        resource: target.resource,
        namespace,
        object: Some(object),
        source: Some(m.source.clone()),
    })
}

/// GETs the object (cli-runtime `RetrieveLatest`/`RetrieveLazy`).
async fn fetch(client: &Client, mut info: Info) -> Result<Info> {
    let response = client
        .send(http::Method::GET, &info.path(), "application/json", None)
        .await?;
    if !response.status.is_success() {
        return Err(crate::client::status_error(response.status, &response.body));
    }
    let object: Value =
        serde_json::from_slice(&response.body).map_err(|e| Error::msg(e.to_string()))?;
    info.object = Some(object);
    Ok(info)
}

fn info_of(resource: &ApiResource, object: Value, source: Option<String>) -> Info {
    Info {
        resource: resource.clone(),
        namespace: object["metadata"]["namespace"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        name: object["metadata"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
        object: Some(object),
        source,
    }
}

/// Lists the objects a selector matches (no chunking, as these verbs' builders do not ask for
/// it); items get their `apiVersion` and `kind` as cli-runtime's list flattening sets them.
pub async fn list(
    client: &Client,
    resource: &ApiResource,
    namespace: &str,
    label: Option<&str>,
    field: Option<&str>,
) -> Result<Vec<Value>> {
    let mut query = Vec::new();
    if let Some(f) = field.filter(|f| !f.is_empty()) {
        query.push(format!("fieldSelector={}", query_escape(f)));
    }
    if let Some(l) = label.filter(|l| !l.is_empty()) {
        query.push(format!("labelSelector={}", query_escape(l)));
    }
    let ns = (!namespace.is_empty()).then_some(namespace);
    let mut path = resource.collection_path(ns);
    if !query.is_empty() {
        path.push('?');
        path.push_str(&query.join("&"));
    }
    let response = client
        .send(http::Method::GET, &path, "application/json", None)
        .await?;
    if !response.status.is_success() {
        return Err(list_error(
            resource,
            response.status,
            &response.body,
            label.unwrap_or(""),
            field.unwrap_or(""),
        ));
    }
    let body: Value =
        serde_json::from_slice(&response.body).map_err(|e| Error::msg(e.to_string()))?;
    let api_version = resource.api_version();
    let mut items = Vec::new();
    if let Some(list) = body["items"].as_array() {
        for item in list {
            let mut item = item.clone();
            if let Some(map) = item.as_object_mut() {
                map.entry("apiVersion")
                    .or_insert(Value::String(api_version.clone()));
                map.entry("kind")
                    .or_insert(Value::String(resource.kind.clone()));
            }
            items.push(item);
        }
    }
    Ok(items)
}

/// cli-runtime's `Selector.Visit` rewording of BadRequest and NotFound list errors.
fn list_error(
    resource: &ApiResource,
    status: http::StatusCode,
    body: &[u8],
    label: &str,
    field: &str,
) -> Error {
    let mut parsed: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    if matches!(status.as_u16(), 400 | 404) && parsed["kind"] == "Status" {
        let gvr = format!(
            "{}, Resource={}",
            resource.api_version_for_gvr(),
            resource.resource
        );
        let message = parsed["message"].as_str().unwrap_or_default().to_string();
        let text = if label.is_empty() && field.is_empty() {
            format!("Unable to list {gvr:?}: {message}")
        } else {
            format!(
                "Unable to find {gvr:?} that match label selector {label:?}, field selector {field:?}: {message}"
            )
        };
        parsed["message"] = Value::String(text);
        let bytes = serde_json::to_vec(&parsed).unwrap_or_default();
        return crate::client::status_error(status, &bytes);
    }
    crate::client::status_error(status, body)
}

/// apimachinery's aggregate as `cmdutil.CheckErr` prints it: one error as itself, several one
/// per line.
pub fn aggregate(mut errors: Vec<Error>) -> Result<()> {
    match errors.len() {
        0 => Ok(()),
        1 => Err(errors.remove(0)),
        _ => Err(Error::Multiple(
            errors.iter().map(ToString::to_string).collect(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    fn request<'a>(
        args: &'a [String],
        all: bool,
        flag: AllFlag,
        sel: Option<&'a str>,
    ) -> Request<'a> {
        Request {
            args,
            filenames: &[],
            recursive: false,
            selector: sel,
            field_selector: None,
            all,
            all_flag: flag,
            all_namespaces: false,
            fetch: Fetch::Names,
        }
    }

    /// Arguments, --all, how it applies, -l, and the selectors or the error.
    type Case<'a> = (
        &'a [String],
        bool,
        AllFlag,
        Option<&'a str>,
        Result<(Option<&'a str>, Option<&'a str>), &'a str>,
    );

    #[test]
    fn all_and_selectors() {
        let one = s(&["pods"]);
        let two = s(&["pods", "x"]);
        let cases: &[Case] = &[
            (&one, true, AllFlag::SelectAll, None, Ok((Some(""), None))),
            (
                &one,
                true,
                AllFlag::SelectAll,
                Some("a=b"),
                Err("setting 'all' parameter but found a non empty selector. "),
            ),
            (
                &one,
                true,
                AllFlag::EmptySelector,
                None,
                Ok((Some(""), None)),
            ),
            (&two, true, AllFlag::EmptySelector, None, Ok((None, None))),
            (
                &one,
                false,
                AllFlag::SelectAll,
                Some(" a=b "),
                Ok((Some("a=b"), None)),
            ),
            (&one, false, AllFlag::SelectAll, Some(""), Ok((None, None))),
        ];
        for (args, all, flag, sel, want) in cases {
            let got = effective_selectors(&request(args, *all, *flag, *sel));
            match (got, want) {
                (Ok(g), Ok(w)) => assert_eq!(g, *w, "{args:?}"),
                (Err(g), Err(w)) => assert_eq!(g.to_string(), *w),
                (g, w) => panic!("{args:?}: {g:?} vs {w:?}"),
            }
        }
    }

    #[test]
    fn aggregates_print_like_kubectl() {
        assert!(aggregate(vec![]).is_ok());
        let one = aggregate(vec![Error::Raw("Error from server (NotFound): x".into())]);
        assert!(matches!(one, Err(Error::Raw(_))));
        let two = aggregate(vec![Error::msg("a"), Error::Raw("b".into())]).unwrap_err();
        assert_eq!(two.to_string(), "a\nb");
    }
}
