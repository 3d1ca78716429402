//! `kctl create` (kubectl `pkg/cmd/create`): `create -f FILE|DIR|-` posts manifests as they
//! are; `create <kind> NAME` builds an object with kubectl's generators (`crate::generate`).

mod kinds;
pub mod sub;
mod token;

use clap::{Arg, ArgAction, ArgMatches, Command};
use http::Method;
use serde_json::Value;

use crate::cli::bool_flag;
use crate::client::Client;
use crate::client::discovery::{ApiResource, Discovery};
use crate::cmd::mutate::{self, DryRun, OperationPrinter, WriteParams};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::manifest::Manifest;
use sub::set_last_applied;

pub fn command() -> Command {
    Command::new("create")
        .about("Create a resource from a file or from stdin")
        .arg(
            Arg::new("filename")
                .short('f')
                .long("filename")
                .action(ArgAction::Append),
        )
        .arg(bool_flag("recursive").short('R'))
        .arg(Arg::new("kustomize").short('k').long("kustomize"))
        .arg(bool_flag("edit"))
        .arg(bool_flag("windows-line-endings"))
        .arg(bool_flag("save-config"))
        .arg(bool_flag("record"))
        .arg(Arg::new("selector").short('l').long("selector"))
        .arg(Arg::new("raw").long("raw"))
        .arg(mutate::dry_run_arg())
        .arg(mutate::validate_arg())
        .arg(mutate::field_manager_arg("kubectl-create"))
        .args(mutate::print_args())
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
        .subcommands(kinds::commands())
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    match m.subcommand() {
        Some(("secret", sm)) => match sm.subcommand() {
            Some((kind, km)) => {
                kinds::run_secret(kind, km, ctx, &format!("kubectl create secret {kind}"))
            }
            None => help(ctx, "secret"),
        },
        Some(("service", sm)) => match sm.subcommand() {
            Some((kind, km)) => {
                kinds::run_service(kind, km, ctx, &format!("kubectl create service {kind}"))
            }
            None => help(ctx, "service"),
        },
        Some((name, sm)) => kinds::run(name, sm, ctx, &format!("kubectl create {name}")),
        None => from_files(m, ctx),
    }
}

/// `create secret` and `create service` alone print their help on stderr and fail, as
/// cmdutil `DefaultSubCommandRun` does.
fn help(ctx: &mut Ctx, name: &str) -> Result<()> {
    let mut root = command();
    if let Some(sub) = root.find_subcommand_mut(name) {
        writeln!(ctx.err, "{}", sub.render_help())?;
    }
    Err(Error::Exit(1))
}

/// `create -f`: every manifest object POSTed to its collection.
fn from_files(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args: Vec<String> = m
        .get_many::<String>("args")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    if !args.is_empty() {
        return Err(Error::Usage {
            message: format!("Unexpected args: [{}]", args.join(" ")),
            command: "kubectl create".into(),
        });
    }
    let dry_run = mutate::dry_run(m)?;
    let printer = OperationPrinter::from_args(m, "created", dry_run)?;
    let params = WriteParams::from_args(m, dry_run)?;
    let filenames: Vec<String> = m
        .get_many::<String>("filename")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let kustomize = m
        .get_one::<String>("kustomize")
        .cloned()
        .unwrap_or_default();
    if filenames.is_empty() && kustomize.is_empty() {
        return Err(Error::msg("must specify one of -f and -k"));
    }
    if !kustomize.is_empty() {
        return Err(Error::msg("kctl does not support -k (kustomize)"));
    }
    if sub::flag(m, "edit") {
        return Err(Error::msg("kctl does not support create --edit yet"));
    }
    let raw = sub::string(m, "raw");
    let recursive = sub::flag(m, "recursive");
    let selector = match m.get_one::<String>("selector") {
        Some(s) => Some(
            crate::sandbox::selectors::LabelSelector::parse(s)
                .map_err(|e| Error::msg(format!("{e:?}")))?,
        ),
        None => None,
    };
    if !raw.is_empty() {
        return raw_post(ctx, &raw, &filenames, recursive, m);
    }
    let manifests = crate::manifest::read_all(&filenames, recursive, ctx.input)?;
    let save_config = sub::flag(m, "save-config");
    let explicit_ns = ctx.globals.overrides.namespace.clone();
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let mut discovery = client.discovery(&ctx.cache_dir(), false).await?;
        let mut errors: Vec<String> = Vec::new();
        let mut count = 0;
        for manifest in manifests {
            if let Some(sel) = &selector
                && !sel.matches(&manifest.object["metadata"]["labels"])
            {
                continue;
            }
            let resource = match mapping(&discovery, &manifest) {
                Some(r) => r,
                None => {
                    discovery = client.discovery(&ctx.cache_dir(), true).await?;
                    match mapping(&discovery, &manifest) {
                        Some(r) => r,
                        None => {
                            errors.push(no_mapping(&manifest));
                            continue;
                        }
                    }
                }
            };
            let mut object = manifest.object.clone();
            let object_ns = object["metadata"]["namespace"]
                .as_str()
                .filter(|s| !s.is_empty())
                .map(str::to_string);
            if let (Some(flag), Some(obj)) = (&explicit_ns, &object_ns)
                && resource.namespaced
                && flag != obj
            {
                errors.push(format!(
                    "the namespace from the provided object {obj:?} does not match the namespace {flag:?}. You must pass '--namespace={obj}' to perform this operation."
                ));
                continue;
            }
            let namespace = object_ns.unwrap_or(client.namespace.clone());
            if resource.namespaced {
                object["metadata"]["namespace"] = Value::String(namespace.clone());
            }
            if save_config {
                set_last_applied(&mut object, false);
            }
            if dry_run != DryRun::Client {
                let path = format!(
                    "{}{}",
                    resource.collection_path(Some(&namespace)),
                    params.query()
                );
                match post_manifest(&client, &path, &object, &manifest.source).await {
                    Ok(created) => object = created,
                    Err(e) => {
                        errors.push(e.to_string());
                        continue;
                    }
                }
            }
            sub::yaml_separator(m, count, ctx.out)?;
            count += 1;
            printer.print(&object, ctx.out)?;
        }
        match errors.len() {
            0 if count == 0 => Err(Error::msg("no objects passed to create")),
            0 => Ok(()),
            1 => Err(message_error(errors.remove(0))),
            _ => Err(Error::Multiple(errors)),
        }
    })
}

/// A collected error as `cmdutil.CheckErr` prints one alone: server errors as they are, others
/// after `error: `.
fn message_error(text: String) -> Error {
    if text.starts_with("Error from server") || text.starts_with("the server doesn't have") {
        Error::Raw(text)
    } else {
        Error::Message(text)
    }
}

fn mapping(discovery: &Discovery, manifest: &Manifest) -> Option<ApiResource> {
    let api_version = manifest.object["apiVersion"].as_str().unwrap_or_default();
    let kind = manifest.object["kind"].as_str().unwrap_or_default();
    let (group, version) = api_version.split_once('/').unwrap_or(("", api_version));
    discovery
        .resources
        .iter()
        .find(|r| r.group == group && r.version == version && r.kind == kind)
        .cloned()
}

fn no_mapping(m: &Manifest) -> String {
    format!(
        "resource mapping not found for name: {:?} namespace: {:?} from {:?}: no matches for kind {:?} in version {:?}\nensure CRDs are installed first",
        m.object["metadata"]["name"].as_str().unwrap_or_default(),
        m.object["metadata"]["namespace"]
            .as_str()
            .unwrap_or_default(),
        m.source,
        m.object["kind"].as_str().unwrap_or_default(),
        m.object["apiVersion"].as_str().unwrap_or_default(),
    )
}

/// POSTs one manifest; a server error names its source (cmdutil `AddSourceToErr`).
async fn post_manifest(client: &Client, path: &str, object: &Value, source: &str) -> Result<Value> {
    let body = crate::cmd::mutate::create_body(object)?;
    let response = client
        .send_typed(
            Method::POST,
            path,
            "application/json",
            "application/json",
            Some(body),
        )
        .await?;
    if response.status.is_success() {
        return serde_json::from_slice(&response.body).map_err(|e| Error::msg(e.to_string()));
    }
    let err = crate::client::status_error(response.status, &response.body);
    let text = err.to_string();
    let message = sub::server_message(&err);
    Err(Error::Raw(text.replacen(
        &message,
        &format!("error when creating {source:?}: {message}"),
        1,
    )))
}

/// `create --raw URI -f FILE`: the file's bytes POSTed as they are, the answer printed as is.
fn raw_post(
    ctx: &mut Ctx,
    raw: &str,
    filenames: &[String],
    recursive: bool,
    m: &ArgMatches,
) -> Result<()> {
    if filenames.len() != 1 {
        return Err(Error::msg(
            "--raw can only use a single local file or stdin",
        ));
    }
    if filenames[0].starts_with("http://") || filenames[0].starts_with("https://") {
        return Err(Error::msg("--raw cannot read from a url"));
    }
    if recursive {
        return Err(Error::msg("--raw and --recursive are mutually exclusive"));
    }
    if m.get_one::<String>("selector").is_some() {
        return Err(Error::msg(
            "--raw and --selector (-l) are mutually exclusive",
        ));
    }
    if m.get_one::<String>("output").is_some_and(|o| !o.is_empty()) {
        return Err(Error::msg("--raw and --output are mutually exclusive"));
    }
    if !raw.starts_with('/') {
        return Err(Error::msg(format!(
            "--raw must be a valid URL path: parse {raw:?}: invalid URI for request"
        )));
    }
    let body = if filenames[0] == "-" {
        let mut buf = Vec::new();
        ctx.input.read_to_end(&mut buf)?;
        buf
    } else {
        std::fs::read(&filenames[0])?
    };
    let response = crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        client
            .send_typed(
                Method::POST,
                raw,
                "application/json",
                "application/json",
                Some(body),
            )
            .await
    })?;
    ctx.out.write_all(&response.body)?;
    if !response.status.is_success() {
        return Err(crate::client::status_error(response.status, &response.body));
    }
    Ok(())
}
