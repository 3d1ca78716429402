//! What every `create <kind>` subcommand shares (create.go `CreateSubcommandOptions` and the
//! near-identical per-kind copies): the flags, `NAME` from the arguments, `--save-config`, the
//! POST through kubectl's typed clients (fixed URLs, no discovery) and the print.

use clap::{Arg, ArgAction, ArgMatches, Command};
use http::Method;
use serde_json::{Value, json};

use crate::cli::bool_flag;
use crate::client::Client;
use crate::cmd::mutate::{self, DryRun, OperationPrinter, WriteParams};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::generate::GenError;

pub const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

/// A subcommand with the flags all `create` subcommands have.
pub fn command(name: &'static str, about: &'static str) -> Command {
    Command::new(name)
        .about(about)
        .arg(mutate::dry_run_arg())
        .arg(mutate::validate_arg())
        .arg(mutate::field_manager_arg("kubectl-create"))
        .args(mutate::print_args())
        .arg(bool_flag("save-config"))
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
        .arg(
            Arg::new("after-dash")
                .num_args(0..)
                .last(true)
                .action(ArgAction::Append),
        )
}

/// A repeatable string flag (pflag `StringArray`: every value as given).
pub fn array_flag(name: &'static str) -> Arg {
    Arg::new(name).long(name).action(ArgAction::Append)
}

/// A repeatable, comma-splitting string flag (pflag `StringSlice`).
pub fn slice_flag(name: &'static str) -> Arg {
    Arg::new(name).long(name).action(ArgAction::Append)
}

/// A string flag's value; empty when unset or when this command has no such flag.
pub fn string(m: &ArgMatches, id: &str) -> String {
    m.try_get_one::<String>(id)
        .ok()
        .flatten()
        .cloned()
        .unwrap_or_default()
}

/// A boolean flag's value; false when this command has no such flag.
pub fn flag(m: &ArgMatches, id: &str) -> bool {
    m.try_get_one::<bool>(id)
        .ok()
        .flatten()
        .copied()
        .unwrap_or(false)
}

/// pflag `StringArray` values.
pub fn array(m: &ArgMatches, id: &str) -> Vec<String> {
    m.try_get_many::<String>(id)
        .ok()
        .flatten()
        .map(|v| v.cloned().collect())
        .unwrap_or_default()
}

/// pflag `StringSlice` values: each occurrence split on commas (as CSV; quotes not handled).
pub fn slice(m: &ArgMatches, id: &str) -> Vec<String> {
    array(m, id)
        .iter()
        .flat_map(|v| {
            if v.is_empty() {
                Vec::new()
            } else {
                v.split(',').map(str::to_string).collect()
            }
        })
        .collect()
}

/// Whether a flag was typed (pflag's `Changed`).
pub fn changed(m: &ArgMatches, id: &str) -> bool {
    matches!(
        m.value_source(id),
        Some(clap::parser::ValueSource::CommandLine)
    )
}

/// cobra's check of `MarkFlagRequired` flags, done before the command runs.
pub fn require(m: &ArgMatches, flags: &[&str]) -> Result<()> {
    let missing: Vec<String> = flags
        .iter()
        .filter(|f| !changed(m, f))
        .map(|f| format!("{f:?}"))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(Error::msg(format!(
            "required flag(s) {} not set",
            missing.join(", ")
        )))
    }
}

/// `NameFromCommandArgs`: exactly one argument before `--`.
pub fn name_from_args(m: &ArgMatches, path: &str) -> Result<String> {
    let args = array(m, "args");
    if args.len() != 1 {
        return Err(Error::Usage {
            message: format!("exactly one NAME is required, got {}", args.len()),
            command: path.to_string(),
        });
    }
    Ok(args[0].clone())
}

/// The arguments after `--` (a command for deployments, jobs, cronjobs).
pub fn after_dash(m: &ArgMatches) -> Vec<String> {
    array(m, "after-dash")
}

/// The common options of one invocation, once parsed (kubectl's `Complete`).
pub struct Sub {
    pub name: String,
    /// `-n` as given: generated objects carry it only then (`EnforceNamespace`).
    pub namespace: Option<String>,
    pub dry_run: DryRun,
    pub params: WriteParams,
    pub printer: OperationPrinter,
    pub save_config: bool,
}

impl Sub {
    pub fn complete(m: &ArgMatches, ctx: &Ctx, path: &str) -> Result<Sub> {
        let name = name_from_args(m, path)?;
        Self::complete_named(m, ctx, name)
    }

    /// `complete` for a name found some other way.
    pub fn complete_named(m: &ArgMatches, ctx: &Ctx, name: String) -> Result<Sub> {
        let dry_run = mutate::dry_run(m)?;
        let printer = OperationPrinter::from_args(m, "created", dry_run)?;
        let params = WriteParams::from_args(m, dry_run)?;
        Ok(Sub {
            name,
            namespace: ctx.globals.overrides.namespace.clone(),
            dry_run,
            params,
            printer,
            save_config: flag(m, "save-config"),
        })
    }

    pub fn ns(&self) -> Option<&str> {
        self.namespace.as_deref()
    }

    /// Sends the generated object (unless `--dry-run=client`) and prints the result.
    /// `wrap` is the text kubectl puts before a server error (`failed to create deployment: `),
    /// empty when it returns the error as is.
    pub fn create(
        &self,
        ctx: &mut Ctx,
        mut object: Value,
        target: Endpoint,
        wrap: &str,
    ) -> Result<()> {
        if self.save_config {
            set_last_applied(&mut object, true);
        }
        if self.dry_run == DryRun::Client {
            return self.printer.print_typed(&object, ctx.out);
        }
        // kubectl's typed clients send protobuf, where a nil list is absent rather than null.
        if let Some(map) = object.as_object_mut() {
            map.retain(|_, v| !v.is_null());
        }
        let query = self.params.query();
        let created = crate::runtime::block_on(async {
            let client = Client::connect(ctx).await?;
            let path = target.collection(&client.namespace);
            post(&client, &format!("{path}{query}"), &object, wrap).await
        })?;
        let mut created = created;
        crate::generate::order::typed_defaults(&mut created);
        self.printer.print_typed(&created, ctx.out)
    }
}

/// Where a typed client sends a kind.
#[derive(Debug, Clone, Copy)]
pub struct Endpoint {
    /// `/api/v1` or `/apis/apps/v1`.
    pub base: &'static str,
    pub resource: &'static str,
    pub namespaced: bool,
}

impl Endpoint {
    pub const fn namespaced(base: &'static str, resource: &'static str) -> Self {
        Endpoint {
            base,
            resource,
            namespaced: true,
        }
    }

    pub const fn cluster(base: &'static str, resource: &'static str) -> Self {
        Endpoint {
            base,
            resource,
            namespaced: false,
        }
    }

    pub fn collection(&self, namespace: &str) -> String {
        if self.namespaced {
            format!("{}/namespaces/{namespace}/{}", self.base, self.resource)
        } else {
            format!("{}/{}", self.base, self.resource)
        }
    }
}

/// POSTs `object`; a failure is kubectl's `Error from server (…)` line, or `wrap` + the
/// server's message when the typed client's caller wraps it.
pub async fn post(client: &Client, path: &str, object: &Value, wrap: &str) -> Result<Value> {
    let body = serde_json::to_vec(object).map_err(|e| Error::msg(e.to_string()))?;
    let response = client
        .send_typed(
            Method::POST,
            path,
            "application/json",
            "application/json",
            Some(body),
        )
        .await?;
    if !response.status.is_success() {
        let err = crate::client::status_error(response.status, &response.body);
        if wrap.is_empty() {
            return Err(err);
        }
        return Err(Error::msg(format!("{wrap}{}", server_message(&err))));
    }
    serde_json::from_slice(&response.body).map_err(|e| Error::msg(e.to_string()))
}

/// What Go's `StatusError.Error()` says: the message without kubectl's
/// `Error from server (Reason): ` decoration.
pub fn server_message(err: &Error) -> String {
    let text = err.to_string();
    if let Some(rest) = text.strip_prefix("Error from server (")
        && let Some((_, message)) = rest.split_once("): ")
    {
        return message.to_string();
    }
    text.strip_prefix("Error from server: ")
        .map(str::to_string)
        .unwrap_or(text)
}

/// util `CreateOrUpdateAnnotation` (`--save-config`): the object's own JSON, without this
/// annotation, stored in it. `typed` picks the encoder kubectl uses: Go struct order for typed
/// objects, sorted keys for unstructured ones; both end with a newline.
pub fn set_last_applied(object: &mut Value, typed: bool) {
    if let Some(annotations) = object["metadata"]
        .get_mut("annotations")
        .and_then(Value::as_object_mut)
    {
        annotations.remove(LAST_APPLIED);
        if annotations.is_empty()
            && let Some(meta) = object["metadata"].as_object_mut()
        {
            meta.remove("annotations");
        }
    }
    let encoded = if typed {
        crate::generate::order::to_compact_string(object)
    } else {
        crate::output::json::to_compact_string(object)
    };
    let meta = &mut object["metadata"];
    if !meta["annotations"].is_object() {
        meta["annotations"] = json!({});
    }
    meta["annotations"][LAST_APPLIED] = json!(format!("{encoded}\n"));
}

/// The `---` kubectl's YAML printer writes before every object after the first.
pub fn yaml_separator(m: &ArgMatches, printed: usize, out: &mut dyn std::io::Write) -> Result<()> {
    if printed > 0 && string(m, "output") == "yaml" {
        writeln!(out, "---")?;
    }
    Ok(())
}

/// A generator's refusal as kubectl prints it.
pub fn refused(e: GenError) -> Error {
    Error::msg(e.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_messages_lose_the_decoration() {
        let e = Error::Raw(
            "Error from server (AlreadyExists): deployments.apps \"web\" already exists".into(),
        );
        assert_eq!(
            server_message(&e),
            "deployments.apps \"web\" already exists"
        );
    }

    #[test]
    fn last_applied_is_the_object_itself() {
        let mut o = json!({"kind": "Namespace", "apiVersion": "v1", "metadata": {"name": "x", "creationTimestamp": null}});
        set_last_applied(&mut o, true);
        assert_eq!(
            o["metadata"]["annotations"][LAST_APPLIED],
            json!(
                "{\"kind\":\"Namespace\",\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"x\",\"creationTimestamp\":null}}\n"
            )
        );
    }
}
