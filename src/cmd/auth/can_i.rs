//! `kctl auth can-i` (kubectl `pkg/cmd/auth/cani.go`): one SelfSubjectAccessReview answered
//! `yes` (exit 0) or `no` (exit 1), or `--list`'s SelfSubjectRulesReview table; with kubectl's
//! warnings for unknown types and verbs and cluster-scoped resources.

use clap::{Arg, ArgAction, ArgMatches, Command};
use http::Method;
use serde_json::{Value, json};

use super::rules;
use crate::cli::bool_flag;
use crate::client::Client;
use crate::client::discovery::ApiResource;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::output::tabwriter::TabWriter;

pub fn command() -> Command {
    Command::new("can-i")
        .about("Check whether an action is allowed")
        .override_usage("kubectl auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL] [options]")
        .arg(
            bool_flag("all-namespaces")
                .short('A')
                .help("If true, check the specified action in all namespaces."),
        )
        .arg(
            bool_flag("quiet")
                .short('q')
                .help("If true, suppress output and just return the exit code."),
        )
        .arg(
            Arg::new("subresource")
                .long("subresource")
                .help("SubResource such as pod/log or deployment/scale"),
        )
        .arg(bool_flag("list").help("If true, prints all allowed actions."))
        .arg(bool_flag("no-headers").help("If true, prints allowed actions without headers"))
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
}

const RESOURCE_VERBS: &[&str] = &[
    "get",
    "list",
    "watch",
    "create",
    "update",
    "patch",
    "delete",
    "deletecollection",
    "use",
    "bind",
    "impersonate",
    "*",
    "approve",
    "sign",
    "escalate",
    "attest",
];
const NON_RESOURCE_VERBS: &[&str] = &[
    "get", "put", "post", "head", "options", "delete", "patch", "*",
];
/// Resources the server knows that discovery does not list (the impersonate verb's).
const NON_STANDARD_RESOURCES: &[&str] = &["users", "groups"];

/// What the access review asks about.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Target {
    Resource {
        group: String,
        resource: String,
        name: String,
        /// From discovery; `None` for `*` and types discovery does not know.
        namespaced: Option<bool>,
    },
    NonResource(String),
}

fn flag(m: &ArgMatches, id: &str) -> bool {
    m.get_one::<bool>(id).copied().unwrap_or(false)
}

/// cli-runtime's WarningPrinter; kubectl's messages for it may end in a newline of their own.
fn warn(ctx: &mut Ctx, message: &str) -> Result<()> {
    writeln!(ctx.err, "Warning: {message}")?;
    Ok(())
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args: Vec<String> = m
        .get_many::<String>("args")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let list = flag(m, "list");
    let quiet = flag(m, "quiet");
    let all_namespaces = flag(m, "all-namespaces");
    let no_headers = flag(m, "no-headers");
    let subresource = m
        .get_one::<String>("subresource")
        .cloned()
        .unwrap_or_default();
    if list && !args.is_empty() {
        return Err(Error::msg(
            "list option must be specified with no arguments",
        ));
    }
    if !list && args.len() != 2 {
        return Err(Error::msg(
            "you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.",
        ));
    }
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let mut verb = String::new();
        let mut target = None;
        if !list {
            verb = args[0].clone();
            target = Some(if args[1].starts_with('/') {
                Target::NonResource(args[1].clone())
            } else {
                resource_target(ctx, &client, &args[1]).await?
            });
        }
        let namespace = if all_namespaces {
            String::new()
        } else {
            client.namespace.clone()
        };
        // Validate
        if list {
            if quiet || all_namespaces || !subresource.is_empty() {
                return Err(Error::msg(
                    "list option can't be specified with neither quiet, all-namespaces nor subresource options",
                ));
            }
            return run_list(ctx, &client, &namespace, no_headers).await;
        }
        match &target {
            Some(Target::NonResource(_)) => {
                if !subresource.is_empty() {
                    return Err(Error::msg(
                        "--subresource can not be used with NonResourceURL",
                    ));
                }
                if !NON_RESOURCE_VERBS.contains(&verb.as_str()) {
                    warn(ctx, &format!("verb '{verb}' is not a known verb\n"))?;
                }
            }
            Some(Target::Resource {
                group,
                resource,
                namespaced,
                ..
            }) if !all_namespaces => {
                if *namespaced == Some(false) {
                    let text = if group.is_empty() {
                        format!("resource '{resource}' is not namespace scoped\n")
                    } else {
                        format!(
                            "resource '{resource}' is not namespace scoped in group '{group}'\n"
                        )
                    };
                    warn(ctx, &text)?;
                }
                if !RESOURCE_VERBS.contains(&verb.as_str()) {
                    warn(ctx, &format!("verb '{verb}' is not a known verb\n"))?;
                }
            }
            _ => {}
        }
        if no_headers {
            return Err(Error::msg(
                "--no-headers cannot be set without --list specified",
            ));
        }
        let spec = match &target {
            Some(Target::NonResource(path)) => {
                json!({"nonResourceAttributes": {"path": path, "verb": verb}})
            }
            Some(Target::Resource {
                group,
                resource,
                name,
                ..
            }) => json!({"resourceAttributes": {
                "namespace": namespace, "verb": verb, "group": group,
                "resource": resource, "subresource": subresource, "name": name,
            }}),
            None => json!({}),
        };
        let review = json!({
            "kind": "SelfSubjectAccessReview",
            "apiVersion": "authorization.k8s.io/v1",
            "metadata": {"creationTimestamp": null},
            "spec": spec,
            "status": {"allowed": false},
        });
        let answer = client
            .request_json(
                Method::POST,
                "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
                "application/json",
                Some(&review),
            )
            .await?;
        let status = &answer["status"];
        let allowed = status["allowed"].as_bool().unwrap_or(false);
        if !quiet {
            writeln!(ctx.out, "{}", verdict(status))?;
        }
        if allowed { Ok(()) } else { Err(Error::Exit(1)) }
    })
}

/// `yes`, or `no` with the review's reason and evaluation error.
fn verdict(status: &Value) -> String {
    if status["allowed"].as_bool().unwrap_or(false) {
        return "yes".to_string();
    }
    let mut text = "no".to_string();
    for key in ["reason", "evaluationError"] {
        if let Some(s) = status[key].as_str().filter(|s| !s.is_empty()) {
            text.push_str(" - ");
            text.push_str(s);
        }
    }
    text
}

/// Whether discovery's entry is what `name` (lower case, no group) names — not a category.
fn names_resource(r: &ApiResource, name: &str) -> bool {
    r.resource == name
        || r.singular == name
        || r.short_names.iter().any(|s| s == name)
        || r.kind.to_lowercase() == name
}

/// cani.go `resourceFor`, with its warning for types the server does not have.
async fn resource_target(ctx: &mut Ctx<'_>, client: &Client, arg: &str) -> Result<Target> {
    let (type_arg, name) = match arg.split_once('/') {
        Some((t, n)) => (t, n.to_string()),
        None => (arg, String::new()),
    };
    if type_arg == "*" {
        return Ok(Target::Resource {
            group: String::new(),
            resource: "*".to_string(),
            name,
            namespaced: None,
        });
    }
    let lower = type_arg.to_lowercase();
    let bare = lower.split('.').next().unwrap_or_default().to_string();
    let cache = ctx.cache_dir();
    let mut found = None;
    for refresh in [false, true] {
        let discovery = client.discovery(&cache, refresh).await?;
        let hits = discovery.resolve(&lower);
        if hits.len() == 1 && names_resource(&hits[0], &bare) {
            found = hits.into_iter().next();
            break;
        }
    }
    if let Some(r) = found {
        return Ok(Target::Resource {
            group: r.group,
            resource: r.resource,
            name,
            namespaced: Some(r.namespaced),
        });
    }
    // schema.ParseResourceArg's group-resource half: `resource.group`.
    let (resource, group) = lower.split_once('.').unwrap_or((lower.as_str(), ""));
    let group_resource = if group.is_empty() {
        resource.to_string()
    } else {
        format!("{resource}.{group}")
    };
    if !NON_STANDARD_RESOURCES.contains(&group_resource.as_str()) {
        let text = if group.is_empty() {
            format!("the server doesn't have a resource type '{resource}'\n")
        } else {
            format!("the server doesn't have a resource type '{resource}' in group '{group}'\n")
        };
        warn(ctx, &text)?;
    }
    Ok(Target::Resource {
        group: String::new(),
        resource: type_arg.to_string(),
        name,
        namespaced: None,
    })
}

/// `RunAccessList`: the rules review as a table.
async fn run_list(
    ctx: &mut Ctx<'_>,
    client: &Client,
    namespace: &str,
    no_headers: bool,
) -> Result<()> {
    let review = json!({
        "kind": "SelfSubjectRulesReview",
        "apiVersion": "authorization.k8s.io/v1",
        "metadata": {"creationTimestamp": null},
        "spec": {"namespace": namespace},
        "status": {"resourceRules": null, "nonResourceRules": null, "incomplete": false},
    });
    let answer = client
        .request_json(
            Method::POST,
            "/apis/authorization.k8s.io/v1/selfsubjectrulesreviews",
            "application/json",
            Some(&review),
        )
        .await?;
    let status = &answer["status"];
    if status["incomplete"].as_bool().unwrap_or(false) {
        let why = status["evaluationError"].as_str().unwrap_or_default();
        warn(ctx, &format!("the list may be incomplete: {why}"))?;
    }
    let mut tw = TabWriter::new();
    for row in rules::table(&rules::from_status(status), no_headers) {
        tw.row(row);
    }
    tw.flush(ctx.out)?;
    Ok(())
}
