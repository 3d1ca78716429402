//! What every verb that changes objects shares: the `--dry-run`, `--validate` and
//! `--field-manager` flags, the query parameters they become, and the `kind.group/name created`
//! lines (or `-o` output) kubectl prints after a change (cli-runtime `PrintFlags` with an
//! operation, cmdutil `GetDryRunStrategy` / `GetValidationDirective`).

use std::io::Write;

use clap::{Arg, ArgAction, ArgMatches};
use serde_json::Value;

use crate::cli::bool_flag;
use crate::error::{Error, Result};
use crate::output::{self, Formats, OutputFormat};

/// `--dry-run`: where the change stops.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DryRun {
    None,
    /// Nothing is sent; the object that would be sent is printed.
    Client,
    /// Sent with `dryRun=All`; the server validates and answers but does not persist.
    Server,
}

impl DryRun {
    /// The suffix kubectl adds to its operation lines (`created (dry run)`).
    pub fn suffix(self) -> &'static str {
        match self {
            DryRun::None => "",
            DryRun::Client => " (dry run)",
            DryRun::Server => " (server dry run)",
        }
    }
}

/// The value pflag stores for a bare `--dry-run` (its `NoOptDefVal`).
const DRY_RUN_BARE: &str = "unchanged";

pub fn dry_run_arg() -> Arg {
    Arg::new("dry-run")
        .long("dry-run")
        .num_args(0..=1)
        .require_equals(true)
        .default_value("none")
        .default_missing_value(DRY_RUN_BARE)
        .action(ArgAction::Set)
}

/// cmdutil `GetDryRunStrategy`, with its deprecation warnings for the boolean forms.
pub fn dry_run(m: &ArgMatches) -> Result<DryRun> {
    let raw = m
        .get_one::<String>("dry-run")
        .map(String::as_str)
        .unwrap_or("none");
    match raw {
        DRY_RUN_BARE => {
            crate::klog::warning(
                "helpers.go:702",
                "--dry-run is deprecated and can be replaced with --dry-run=client.",
            );
            Ok(DryRun::Client)
        }
        "client" => Ok(DryRun::Client),
        "server" => Ok(DryRun::Server),
        "none" => Ok(DryRun::None),
        other => match crate::cli::parse_go_bool(other) {
            Ok(b) => {
                let replacement = if b { "client" } else { "none" };
                crate::klog::warning(
                    "helpers.go:716",
                    &format!(
                        "--dry-run={other} is deprecated (boolean value) and can be replaced with --dry-run={replacement}."
                    ),
                );
                Ok(if b { DryRun::Client } else { DryRun::None })
            }
            Err(_) => Err(Error::msg(format!(
                "Invalid dry-run value ({other}). Must be \"none\", \"server\", or \"client\"."
            ))),
        },
    }
}

/// `--validate`: what the server does with unknown or duplicate fields (`fieldValidation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validation {
    Strict,
    Warn,
    Ignore,
}

impl Validation {
    /// The `fieldValidation` query value.
    pub fn query_value(self) -> &'static str {
        match self {
            Validation::Strict => "Strict",
            Validation::Warn => "Warn",
            Validation::Ignore => "Ignore",
        }
    }
}

pub fn validate_arg() -> Arg {
    Arg::new("validate")
        .long("validate")
        .num_args(0..=1)
        .require_equals(true)
        .default_value("strict")
        .default_missing_value("strict")
        .action(ArgAction::Set)
}

/// cmdutil `GetValidationDirective`.
pub fn validation(m: &ArgMatches) -> Result<Validation> {
    let raw = m
        .get_one::<String>("validate")
        .map(String::as_str)
        .unwrap_or("strict");
    match raw.to_lowercase().as_str() {
        "strict" | "true" => Ok(Validation::Strict),
        "warn" => Ok(Validation::Warn),
        "ignore" | "false" => Ok(Validation::Ignore),
        _ => Err(Error::msg(format!(
            "invalid - validate option {raw:?}; must be one of: strict (or true), warn, ignore (or false)"
        ))),
    }
}

pub fn field_manager_arg(default: &'static str) -> Arg {
    Arg::new("field-manager")
        .long("field-manager")
        .default_value(default)
}

/// The query parameters of a write request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriteParams {
    pub server_dry_run: bool,
    pub field_manager: Option<String>,
    pub validation: Option<Validation>,
}

impl WriteParams {
    /// From a command's `--dry-run`, `--field-manager` and `--validate` (those it has).
    pub fn from_args(m: &ArgMatches, dry_run: DryRun) -> Result<WriteParams> {
        let has = |id: &str| m.ids().any(|i| i.as_str() == id);
        Ok(WriteParams {
            server_dry_run: dry_run == DryRun::Server,
            field_manager: if has("field-manager") {
                m.get_one::<String>("field-manager").cloned()
            } else {
                None
            },
            validation: if has("validate") {
                Some(validation(m)?)
            } else {
                None
            },
        })
    }

    /// `?dryRun=All&fieldManager=…&fieldValidation=…` (empty when there is nothing to say),
    /// in the order client-go encodes them (sorted by key).
    pub fn query(&self) -> String {
        let mut parts = Vec::new();
        if self.server_dry_run {
            parts.push("dryRun=All".to_string());
        }
        if let Some(manager) = self.field_manager.as_deref().filter(|m| !m.is_empty()) {
            parts.push(format!("fieldManager={}", query_escape(manager)));
        }
        if let Some(v) = self.validation {
            parts.push(format!("fieldValidation={}", v.query_value()));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// The body of a create: the object without the `resourceVersion` an exported manifest may
/// carry, as cli-runtime's `Helper.Create(modify=true)` sends it (the server refuses a create
/// that names a version).
pub fn create_body(object: &Value) -> Result<Vec<u8>> {
    let mut object = object.clone();
    if let Some(meta) = object.get_mut("metadata").and_then(Value::as_object_mut) {
        meta.remove("resourceVersion");
    }
    serde_json::to_vec(&object).map_err(|e| Error::msg(e.to_string()))
}

/// Go's `url.QueryEscape`.
pub fn query_escape(s: &str) -> String {
    use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
    const QUERY: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.')
        .remove(b'~')
        .remove(b' ');
    utf8_percent_encode(s, QUERY).to_string().replace(' ', "+")
}

/// The printing flags of a verb that changes objects (`-o`, `--template`,
/// `--allow-missing-template-keys`, `--show-managed-fields`).
pub fn print_args() -> [Arg; 4] {
    [
        Arg::new("output").short('o').long("output"),
        Arg::new("template").long("template"),
        bool_flag("allow-missing-template-keys"),
        bool_flag("show-managed-fields"),
    ]
}

/// How a verb reports each object it changed: an operation line, or the object through `-o`.
#[derive(Debug, Clone)]
pub struct OperationPrinter {
    format: Option<OutputFormat>,
    operation: String,
    allow_missing_keys: bool,
    show_managed_fields: bool,
}

impl OperationPrinter {
    /// From the flags of `print_args`; `operation` is the past participle kubectl prints
    /// (`created`, `configured`, `labeled`), the dry-run suffix is added here.
    pub fn from_args(m: &ArgMatches, operation: &str, dry_run: DryRun) -> Result<Self> {
        let format = OutputFormat::parse(
            m.get_one::<String>("output").map(String::as_str),
            m.get_one::<String>("template").map(String::as_str),
            Formats::Generic,
        )?;
        Ok(OperationPrinter {
            format,
            operation: format!("{operation}{}", dry_run.suffix()),
            allow_missing_keys: m
                .get_one::<bool>("allow-missing-template-keys")
                .copied()
                .unwrap_or(true),
            show_managed_fields: m
                .get_one::<bool>("show-managed-fields")
                .copied()
                .unwrap_or(false),
        })
    }

    /// Whether `-o` asked for something other than operation lines (`-o name` prints names).
    pub fn prints_objects(&self) -> bool {
        !matches!(self.format, None | Some(OutputFormat::Name))
    }

    /// A different operation for the same flags (apply prints `created`, `configured`,
    /// `unchanged`).
    pub fn with_operation(&self, operation: &str, dry_run: DryRun) -> Self {
        OperationPrinter {
            operation: format!("{operation}{}", dry_run.suffix()),
            ..self.clone()
        }
    }

    /// Prints one changed object (a `List` prints each item).
    pub fn print(&self, object: &Value, out: &mut dyn Write) -> Result<()> {
        self.print_as(object, false, out)
    }

    /// Prints one changed object that kubectl holds as a typed Go object (the generators of
    /// `create`, `run`, `expose`): `-o json` keeps Go struct field order.
    pub fn print_typed(&self, object: &Value, out: &mut dyn Write) -> Result<()> {
        self.print_as(object, true, out)
    }

    fn print_as(&self, object: &Value, typed: bool, out: &mut dyn Write) -> Result<()> {
        match &self.format {
            None => {
                for name in output::name::names(object)? {
                    writeln!(out, "{name} {}", self.operation)?;
                }
                Ok(())
            }
            Some(format) => {
                let mut object = object.clone();
                if matches!(format, OutputFormat::Json | OutputFormat::Yaml)
                    && !self.show_managed_fields
                {
                    output::strip_managed_fields(&mut object);
                }
                let ordered = typed.then(|| output::OrderedJson {
                    indented: crate::generate::order::to_indented_string(&object),
                    compact: crate::generate::order::to_compact_string(&object),
                });
                output::print_object(
                    format,
                    &object,
                    ordered.as_ref(),
                    self.allow_missing_keys,
                    out,
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Command;
    use serde_json::json;

    fn matches(args: &[&str]) -> ArgMatches {
        Command::new("x")
            .arg(dry_run_arg())
            .arg(validate_arg())
            .arg(field_manager_arg("kubectl-create"))
            .args(print_args())
            .try_get_matches_from(std::iter::once("x").chain(args.iter().copied()))
            .unwrap()
    }

    #[test]
    fn dry_run_values() {
        assert_eq!(dry_run(&matches(&[])).unwrap(), DryRun::None);
        assert_eq!(
            dry_run(&matches(&["--dry-run=client"])).unwrap(),
            DryRun::Client
        );
        assert_eq!(dry_run(&matches(&["--dry-run"])).unwrap(), DryRun::Client);
        assert_eq!(
            dry_run(&matches(&["--dry-run=server"])).unwrap(),
            DryRun::Server
        );
        assert_eq!(
            dry_run(&matches(&["--dry-run=bogus"]))
                .unwrap_err()
                .to_string(),
            "Invalid dry-run value (bogus). Must be \"none\", \"server\", or \"client\"."
        );
    }

    #[test]
    fn validation_values() {
        assert_eq!(validation(&matches(&[])).unwrap(), Validation::Strict);
        assert_eq!(
            validation(&matches(&["--validate=false"])).unwrap(),
            Validation::Ignore
        );
        assert!(validation(&matches(&["--validate=x"])).is_err());
    }

    #[test]
    fn query_parameters() {
        let m = matches(&["--dry-run=server", "--field-manager=a b/c"]);
        let params = WriteParams::from_args(&m, dry_run(&m).unwrap()).unwrap();
        assert_eq!(
            params.query(),
            "?dryRun=All&fieldManager=a+b%2Fc&fieldValidation=Strict"
        );
        assert_eq!(WriteParams::default().query(), "");
    }

    #[test]
    fn creates_do_not_name_a_resource_version() {
        let exported =
            json!({"kind": "ConfigMap", "metadata": {"name": "c", "resourceVersion": "7"}});
        let sent: Value = serde_json::from_slice(&create_body(&exported).unwrap()).unwrap();
        assert_eq!(
            sent,
            json!({"kind": "ConfigMap", "metadata": {"name": "c"}})
        );
    }

    #[test]
    fn operation_lines_name_kind_and_group() {
        let m = matches(&["--dry-run=client"]);
        let printer = OperationPrinter::from_args(&m, "created", DryRun::Client).unwrap();
        let mut out = Vec::new();
        let deployment =
            json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"}});
        printer.print(&deployment, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "deployment.apps/web created (dry run)\n"
        );
    }
}
