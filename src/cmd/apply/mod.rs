//! `kctl apply` (kubectl `pkg/cmd/apply`): reads manifests, applies each object client-side
//! (`client_side`) or server-side (`server_side`), several at a time but reported in input
//! order, then prints `-o` output and prunes (`prune`). `view-last-applied` and
//! `set-last-applied` live in their own files; `edit-last-applied` shares `edit`'s editor loop.

mod client_side;
mod objects;
mod options;
mod prune;
mod server_side;
mod set_last_applied;
mod view_last_applied;

use std::collections::{BTreeSet, HashSet};

use clap::{Arg, ArgAction, ArgMatches, Command};
use futures::StreamExt;
use serde_json::{Value, json};

use crate::client::Client;
use crate::cmd::mutate::OperationPrinter;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::sandbox::selectors::LabelSelector;

pub use objects::Item;

/// How many objects are applied at once (each is a GET and a write).
const IN_FLIGHT: usize = 8;

pub fn command() -> Command {
    Command::new("apply")
        .about("Apply a configuration to a resource by file name or stdin")
        .args(options::args())
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
        .subcommand(view_last_applied::command())
        .subcommand(set_last_applied::command())
        .subcommand(crate::cmd::edit::edit_last_applied_command())
}

/// What became of one object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    Created,
    Configured,
    Unchanged,
    ServerSideApplied,
}

impl Operation {
    fn word(self) -> &'static str {
        match self {
            Operation::Created => "created",
            Operation::Configured => "configured",
            Operation::Unchanged => "unchanged",
            Operation::ServerSideApplied => "serverside-applied",
        }
    }
}

/// One object applied: the object as the server answered (or as it would be sent, for a
/// client dry run), what happened, and warnings for stderr.
#[derive(Debug, Clone)]
pub struct Applied {
    pub object: Value,
    pub operation: Operation,
    pub warnings: Vec<String>,
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    match m.subcommand() {
        Some(("view-last-applied", sub)) => return view_last_applied::run(sub, ctx),
        Some(("set-last-applied", sub)) => return set_last_applied::run(sub, ctx),
        Some(("edit-last-applied", sub)) => {
            return crate::cmd::edit::run_edit_last_applied(sub, ctx);
        }
        _ => {}
    }
    let opts = options::parse(m)?;
    let validate = opts.params.validation != Some(crate::cmd::mutate::Validation::Ignore);
    let printer = OperationPrinter::from_args(m, "created", opts.dry_run)?;
    let json_output = m.get_one::<String>("output").is_some_and(|o| o == "json");
    let show_managed_fields = m
        .get_one::<bool>("show-managed-fields")
        .copied()
        .unwrap_or(false);
    let selector = opts
        .selector
        .as_deref()
        .map(LabelSelector::parse)
        .transpose()
        .map_err(|e| Error::msg(format!("{e:?}")))?;
    let manifests = crate::manifest::read_all(&opts.filenames, opts.recursive, ctx.input)
        .map_err(|e| objects::validation_error(e, validate))?;
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
            selector.as_ref(),
            validate,
        );
        if items.is_empty() && errors.is_empty() {
            return Err(Error::msg("no objects passed to apply"));
        }
        let prune_resources = if opts.prune {
            prune::resources(&discovery, &opts.prune_allowlist)?
        } else {
            Vec::new()
        };
        let mut visited = prune::Visited {
            namespaces: BTreeSet::new(),
            uids: BTreeSet::new(),
        };
        if enforce {
            visited.namespaces.insert(client.namespace.clone());
        }
        let mut printed: Vec<Value> = Vec::new();
        let in_flight = if has_duplicates(&items) { 1 } else { IN_FLIGHT };
        for segment in segments(&items) {
            let mut results =
                futures::stream::iter(segment.iter().map(|item| apply_one(&client, &opts, item)))
                    .buffered(in_flight);
            let mut index = 0;
            while let Some(result) = results.next().await {
                let item = &segment[index];
                index += 1;
                if let Some(ns) = &item.namespace {
                    visited.namespaces.insert(ns.clone());
                }
                match result {
                    Ok(applied) => {
                        for w in &applied.warnings {
                            writeln!(ctx.err, "{w}")?;
                        }
                        if let Some(uid) = applied.object["metadata"]["uid"].as_str() {
                            visited.uids.insert(uid.to_string());
                        }
                        if printer.prints_objects() {
                            printed.push(applied.object);
                        } else {
                            printer
                                .with_operation(applied.operation.word(), opts.dry_run)
                                .print(&with_type(applied.object, item), ctx.out)?;
                        }
                    }
                    Err(e) => errors.push(e),
                }
            }
        }
        match errors.len() {
            0 => {}
            1 => return Err(errors.remove(0)),
            _ => {
                return Err(Error::Multiple(
                    errors.iter().map(ToString::to_string).collect(),
                ));
            }
        }
        if printer.prints_objects() && !printed.is_empty() {
            if json_output && printed.len() > 1 {
                write_json_list(&printed, show_managed_fields, ctx.out)?;
            } else {
                let object = if printed.len() == 1 {
                    printed.remove(0)
                } else {
                    json!({"kind": "List", "apiVersion": "v1", "metadata": {}, "items": printed})
                };
                printer.print(&object, ctx.out)?;
            }
        }
        if opts.prune {
            prune::prune_all(
                &client,
                &opts,
                &prune_resources,
                &visited,
                &printer,
                ctx.out,
            )
            .await?;
        }
        Ok(())
    })
}

async fn apply_one(client: &Client, opts: &options::Options, item: &Item) -> Result<Applied> {
    if item.name.is_empty()
        && let Some(generate) = item.object["metadata"]["generateName"]
            .as_str()
            .filter(|g| !g.is_empty())
    {
        return Err(Error::msg(format!(
            "from {generate}: cannot use generate name with apply"
        )));
    }
    if opts.server_side {
        server_side::apply(client, opts, item).await
    } else {
        client_side::apply(client, opts, item).await
    }
}

/// Kinds later objects may depend on at admission (their namespace, their type, the service
/// account a pod names, quotas and limits): kubectl applies strictly in order, so these are
/// applied alone, after everything before them and before anything after them.
fn is_barrier(item: &Item) -> bool {
    !item.resource.namespaced
        || matches!(
            (item.resource.group.as_str(), item.resource.kind.as_str()),
            ("", "ServiceAccount" | "LimitRange" | "ResourceQuota")
        )
}

/// The items cut into runs that may be applied concurrently, in order.
fn segments(items: &[Item]) -> Vec<&[Item]> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, item) in items.iter().enumerate() {
        if is_barrier(item) {
            if start < i {
                out.push(&items[start..i]);
            }
            out.push(&items[i..=i]);
            start = i + 1;
        }
    }
    if start < items.len() {
        out.push(&items[start..]);
    }
    out
}

/// An object as printed: servers answer with `apiVersion` and `kind`, a client dry run has
/// them from the manifest; this fills them in when missing.
fn with_type(mut object: Value, item: &Item) -> Value {
    if let Some(o) = object.as_object_mut() {
        o.entry("apiVersion")
            .or_insert_with(|| Value::String(item.resource.api_version()));
        o.entry("kind")
            .or_insert_with(|| Value::String(item.resource.kind.clone()));
    }
    object
}

/// apply.go `printObjects` prints a typed `corev1.List`, so its JSON keeps the struct's field
/// order (`kind`, `apiVersion`, `metadata`, `items`) while the items' keys are sorted.
fn write_json_list(
    items: &[Value],
    show_managed_fields: bool,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    out.write_all(
        b"{\n    \"kind\": \"List\",\n    \"apiVersion\": \"v1\",\n    \"metadata\": {},\n    \"items\": [\n",
    )?;
    for (i, item) in items.iter().enumerate() {
        let mut item = item.clone();
        if !show_managed_fields {
            crate::output::strip_managed_fields(&mut item);
        }
        out.write_all(b"        ")?;
        crate::output::json::write_indented(&mut &mut *out, &item, 2)?;
        out.write_all(if i + 1 < items.len() { b",\n" } else { b"\n" })?;
    }
    out.write_all(b"    ]\n}\n")?;
    Ok(())
}

/// Whether an object appears twice: then they are applied one after another, as kubectl does,
/// so the second sees the first.
fn has_duplicates(items: &[Item]) -> bool {
    let mut seen = HashSet::new();
    items.iter().any(|i| !seen.insert(i.key()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::discovery::ApiResource;

    fn item(kind: &str, namespaced: bool) -> Item {
        Item {
            source: "f".into(),
            object: json!({}),
            resource: ApiResource {
                group: String::new(),
                version: "v1".into(),
                resource: kind.to_lowercase(),
                kind: kind.into(),
                singular: kind.to_lowercase(),
                short_names: vec![],
                namespaced,
                verbs: vec![],
                categories: vec![],
            },
            namespace: None,
            name: "x".into(),
        }
    }

    #[test]
    fn barriers_cut_segments() {
        let items = vec![
            item("ConfigMap", true),
            item("Namespace", false),
            item("ConfigMap", true),
            item("Pod", true),
            item("ServiceAccount", true),
            item("Pod", true),
        ];
        let lens: Vec<usize> = segments(&items).iter().map(|s| s.len()).collect();
        assert_eq!(lens, [1, 1, 2, 1, 1]);
        assert_eq!(segments(&items[2..4]).len(), 1);
        assert!(segments(&[]).is_empty());
    }
}
