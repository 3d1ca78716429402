//! `kctl apply set-last-applied` (apply/apply_set_last_applied.go): sets each live object's
//! last-applied-configuration annotation to the manifest's encoding with a JSON merge patch,
//! without changing anything else. Every object is checked before any is patched.

use clap::{Arg, ArgAction, ArgMatches, Command};
use http::Method;
use serde_json::{Value, json};

use super::objects::{self, Failure, Item, send};
use super::view_last_applied::MISSING_RESOURCE;
use crate::cli::bool_flag;
use crate::client::Client;
use crate::cmd::mutate::{self, DryRun, OperationPrinter};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::merge::apply::LAST_APPLIED;

pub fn command() -> Command {
    Command::new("set-last-applied")
        .about("Set the last-applied-configuration annotation on a live object to match the contents of a file")
        .arg(
            Arg::new("filename")
                .short('f')
                .long("filename")
                .action(ArgAction::Append),
        )
        .arg(bool_flag("create-annotation"))
        .arg(mutate::dry_run_arg())
        .args(mutate::print_args())
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let filenames: Vec<String> = m
        .get_many::<String>("filename")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let create = m
        .get_one::<bool>("create-annotation")
        .copied()
        .unwrap_or(false);
    let dry_run = mutate::dry_run(m)?;
    let printer = OperationPrinter::from_args(m, "configured", dry_run)?;
    if filenames.is_empty() {
        return Err(Error::msg(MISSING_RESOURCE));
    }
    let manifests = crate::manifest::read_all(&filenames, false, ctx.input)?;
    crate::runtime::block_on(async move {
        let client = Client::connect(ctx).await?;
        let enforce = ctx.globals.overrides.namespace.is_some();
        let mut discovery = client.discovery(&ctx.cache_dir(), false).await?;
        if objects::any_unmapped(&manifests, &discovery) {
            discovery = client.discovery(&ctx.cache_dir(), true).await?;
        }
        let (items, mut errors) = objects::map(
            &manifests,
            &discovery,
            &client.namespace,
            enforce,
            None,
            false,
        );
        if !errors.is_empty() {
            return Err(errors.remove(0));
        }
        let mut patches: Vec<(&Item, Value, Value)> = Vec::new();
        for item in &items {
            let live =
                match send(&client, Method::GET, &item.path(), "application/json", None).await {
                    Ok(live) => live,
                    Err(f) if f.is_not_found() => return Err(f.into_error()),
                    Err(f) => {
                        let verb = format!(
                            "retrieving current configuration of:\n{}\nfrom server for:",
                            item.info_string()
                        );
                        return Err(f.with_source(&verb, &item.source).into_error());
                    }
                };
            let original = live
                .pointer("/metadata/annotations")
                .and_then(|a| a.get(LAST_APPLIED))
                .and_then(Value::as_str)
                .map(str::to_string);
            if original.is_none() && !create {
                return Err(Error::msg(format!(
                    "no last-applied-configuration annotation found on resource: {}, to create the annotation, run the command with --create-annotation",
                    item.name
                )));
            }
            // editor.GetApplyPatch: the manifest's own JSON encoding, annotations and all.
            let encoded = crate::output::json::to_compact_string(&item.object) + "\n";
            if original.as_deref() == Some(encoded.as_str()) {
                writeln!(
                    ctx.out,
                    "set-last-applied {}: no changes required.",
                    item.name
                )?;
                continue;
            }
            let patch = json!({"metadata": {"annotations": {LAST_APPLIED: encoded}}});
            patches.push((item, patch, live));
        }
        for (item, patch, live) in patches {
            let object = if dry_run == DryRun::Client {
                live
            } else {
                let query = if dry_run == DryRun::Server {
                    "?dryRun=All"
                } else {
                    ""
                };
                let body = crate::output::json::to_compact_string(&patch).into_bytes();
                send(
                    &client,
                    Method::PATCH,
                    &format!("{}{query}", item.path()),
                    "application/merge-patch+json",
                    Some(body),
                )
                .await
                .map_err(Failure::into_error)?
            };
            printer.print(&object, ctx.out)?;
        }
        Ok(())
    })
}
