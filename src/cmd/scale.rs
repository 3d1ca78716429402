//! `kctl scale` (kubectl `pkg/cmd/scale`, `pkg/scale`): set `spec.replicas` through the `/scale`
//! subresource — a merge PATCH, or GET + PUT when a precondition must be checked — then wait
//! for the status to follow when `--timeout` is given.

use std::time::{Duration, Instant};

use clap::{Arg, ArgAction, ArgMatches, Command};
use http::Method;
use serde_json::{Value, json};

use crate::cli::bool_flag;
use crate::client::Client;
use crate::cmd::flags::{duration_flag, int_flag};
use crate::cmd::mutate::{self, DryRun, OperationPrinter};
use crate::cmd::selection::{self, AllFlag, Fetch, Info, Request};
use crate::ctx::Ctx;
use crate::error::{Error, Result};

pub fn command() -> Command {
    Command::new("scale")
        .about("Set a new size for a deployment, replica set, or replication controller")
        .args(mutate::print_args())
        .arg(bool_flag("record"))
        .arg(bool_flag("all"))
        .arg(Arg::new("resource-version").long("resource-version"))
        .arg(
            Arg::new("current-replicas")
                .long("current-replicas")
                .allow_hyphen_values(true)
                .default_value("-1"),
        )
        .arg(
            Arg::new("replicas")
                .long("replicas")
                .allow_hyphen_values(true),
        )
        .arg(Arg::new("timeout").long("timeout").default_value("0s"))
        .arg(
            Arg::new("filename")
                .short('f')
                .long("filename")
                .action(ArgAction::Append),
        )
        .arg(bool_flag("recursive").short('R'))
        .arg(mutate::dry_run_arg())
        .arg(Arg::new("selector").short('l').long("selector"))
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
}

/// `ScalePrecondition`: what the current Scale must say before it is changed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Precondition {
    /// `None` for `--current-replicas=-1`.
    size: Option<i64>,
    resource_version: Option<String>,
}

impl Precondition {
    /// pkg/scale `validate`, with its `PreconditionError` words.
    fn check(&self, scale: &Value) -> std::result::Result<(), String> {
        let replicas = scale["spec"]["replicas"].as_i64().unwrap_or(0);
        if let Some(size) = self.size
            && replicas != size
        {
            return Err(format!("Expected replicas to be {size}, was {replicas}"));
        }
        let rv = scale["metadata"]["resourceVersion"]
            .as_str()
            .unwrap_or_default();
        if let Some(want) = &self.resource_version
            && rv != want
        {
            return Err(format!("Expected resource version to be {want}, was {rv}"));
        }
        Ok(())
    }
}

fn strings(m: &ArgMatches, id: &str) -> Vec<String> {
    m.get_many::<String>(id)
        .map(|v| v.cloned().collect())
        .unwrap_or_default()
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    crate::cmd::flags::warn_record(m, ctx)?;
    if m.get_one::<String>("replicas").is_none() {
        return Err(Error::msg("required flag(s) \"replicas\" not set"));
    }
    let replicas = int_flag(m, "replicas", "scale")?;
    let current_replicas = int_flag(m, "current-replicas", "scale")?;
    let timeout = duration_flag(m, "timeout", "scale")?;
    let dry_run = mutate::dry_run(m)?;
    let printer = OperationPrinter::from_args(m, "scaled", dry_run)?;
    if replicas < 0 {
        return Err(Error::msg(
            "The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0",
        ));
    }
    if current_replicas < -1 {
        return Err(Error::msg(
            "The --current-replicas must specify an integer of -1 or greater",
        ));
    }
    let resource_version = m
        .get_one::<String>("resource-version")
        .filter(|s| !s.is_empty())
        .cloned();
    let precondition =
        (current_replicas != -1 || resource_version.is_some()).then(|| Precondition {
            size: (current_replicas != -1).then_some(current_replicas),
            resource_version: resource_version.clone(),
        });
    let args = strings(m, "args");
    let filenames = strings(m, "filename");
    let selector = m.get_one::<String>("selector").cloned();
    let request = Request {
        args: &args,
        filenames: &filenames,
        recursive: m.get_one::<bool>("recursive").copied().unwrap_or(false),
        selector: selector.as_deref(),
        field_selector: None,
        all: m.get_one::<bool>("all").copied().unwrap_or(false),
        all_flag: AllFlag::EmptySelector,
        all_namespaces: false,
        fetch: Fetch::Objects,
    };
    let source = selection::read_source(&request, &ctx.program, ctx.input)?;
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let plan = selection::plan_in(ctx, &client, &source, &request).await?;
        let mut infos = Vec::new();
        let mut errors = Vec::new();
        for item in plan.visit(&client).await? {
            match item {
                Ok(info) => infos.push(info),
                Err(e) => errors.push(e),
            }
        }
        if resource_version.is_some() && infos.len() > 1 {
            return Err(Error::msg(
                "cannot use --resource-version with multiple resources",
            ));
        }
        if infos.is_empty() {
            return Err(match selection::aggregate(errors) {
                Ok(()) => Error::msg("no objects passed to scale"),
                Err(e) => Error::msg(format!("no objects passed to scale {}", go_message(&e))),
            });
        }
        let scaler = Scaler {
            client: &client,
            replicas,
            precondition,
            server_dry_run: dry_run == DryRun::Server,
        };
        // One printer for every object: its YAML form puts `---` between them.
        let yaml = m.get_one::<String>("output").is_some_and(|o| o == "yaml");
        for (index, info) in infos.iter().enumerate() {
            let object = info.object.clone().unwrap_or(Value::Null);
            if yaml && index > 0 {
                writeln!(ctx.out, "---")?;
            }
            if dry_run == DryRun::Client {
                printer.print(&object, ctx.out)?;
                continue;
            }
            scaler.scale(info).await?;
            if !timeout.is_zero() && dry_run == DryRun::None {
                scaler.wait(info, timeout).await?;
            }
            printer.print(&object, ctx.out)?;
        }
        selection::aggregate(errors)
    })
}

/// An error as Go's `err.Error()` gives it: a server error is its message alone, an aggregate
/// `[a, b]`.
fn go_message(e: &Error) -> String {
    fn one(text: &str) -> String {
        match text.strip_prefix("Error from server") {
            Some(rest) => rest
                .split_once(": ")
                .map(|(_, m)| m.to_string())
                .unwrap_or_else(|| text.to_string()),
            None => text.to_string(),
        }
    }
    match e {
        Error::Multiple(lines) => format!(
            "[{}]",
            lines.iter().map(|l| one(l)).collect::<Vec<_>>().join(", ")
        ),
        other => one(&other.to_string()),
    }
}

struct Scaler<'a> {
    client: &'a Client,
    replicas: i64,
    precondition: Option<Precondition>,
    server_dry_run: bool,
}

/// kubectl retries a scale that hit an update conflict every second for five minutes.
const RETRY_INTERVAL: Duration = Duration::from_secs(1);
const RETRY_FOR: Duration = Duration::from_secs(300);

fn is_conflict(e: &Error) -> bool {
    matches!(e, Error::Raw(t) if t.starts_with("Error from server (Conflict)"))
}

impl Scaler<'_> {
    fn scale_path(info: &Info) -> String {
        format!("{}/scale", info.path())
    }

    /// `genericScaler.Scale` without the wait: one attempt, again on conflicts.
    async fn scale(&self, info: &Info) -> Result<()> {
        let started = Instant::now();
        loop {
            match self.scale_once(info).await {
                Err(e) if is_conflict(&e) && started.elapsed() < RETRY_FOR => {
                    tokio::time::sleep(RETRY_INTERVAL).await;
                }
                other => return other,
            }
        }
    }

    /// `ScaleSimple`: PUT the Scale read and checked, or merge-PATCH the replicas blindly.
    async fn scale_once(&self, info: &Info) -> Result<()> {
        let query = if self.server_dry_run {
            "?dryRun=All"
        } else {
            ""
        };
        let path = Self::scale_path(info);
        if let Some(precondition) = &self.precondition {
            let mut scale = self.client.get_json(&path).await?;
            precondition.check(&scale).map_err(Error::msg)?;
            scale["spec"]["replicas"] = json!(self.replicas);
            self.client
                .request_json(
                    Method::PUT,
                    &format!("{path}{query}"),
                    "application/json",
                    Some(&scale),
                )
                .await?;
            return Ok(());
        }
        let patch = json!({"spec": {"replicas": self.replicas}});
        self.client
            .request_json(
                Method::PATCH,
                &format!("{path}{query}"),
                "application/merge-patch+json",
                Some(&patch),
            )
            .await?;
        Ok(())
    }

    /// `WaitForScaleHasDesiredReplicas`: poll the Scale each second until its status has the
    /// replicas asked for (or someone else changed the spec).
    async fn wait(&self, info: &Info, timeout: Duration) -> Result<()> {
        let deadline = Instant::now() + timeout;
        let path = Self::scale_path(info);
        loop {
            let scale = self.client.get_json(&path).await?;
            let spec = scale["spec"]["replicas"].as_i64().unwrap_or(0);
            let status = scale["status"]["replicas"].as_i64().unwrap_or(0);
            if spec != self.replicas || (spec == status && status == self.replicas) {
                return Ok(());
            }
            if Instant::now() + RETRY_INTERVAL > deadline {
                return Err(Error::msg(format!(
                    "timed out waiting for {:?} to be synced",
                    info.name
                )));
            }
            tokio::time::sleep(RETRY_INTERVAL).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Size, resource version, and the check's outcome.
    type Case<'a> = (
        Option<i64>,
        Option<&'a str>,
        std::result::Result<(), &'a str>,
    );

    #[test]
    fn preconditions_read_like_kubectl() {
        let scale = json!({"metadata": {"resourceVersion": "7"}, "spec": {"replicas": 2}});
        let cases: &[Case] = &[
            (Some(2), None, Ok(())),
            (Some(3), None, Err("Expected replicas to be 3, was 2")),
            (None, Some("7"), Ok(())),
            (
                None,
                Some("8"),
                Err("Expected resource version to be 8, was 7"),
            ),
            (
                Some(2),
                Some("8"),
                Err("Expected resource version to be 8, was 7"),
            ),
        ];
        for (size, rv, want) in cases {
            let p = Precondition {
                size: *size,
                resource_version: rv.map(str::to_string),
            };
            assert_eq!(
                p.check(&scale),
                want.map_err(str::to_string),
                "{size:?} {rv:?}"
            );
        }
    }
}
