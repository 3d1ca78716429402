//! `kctl rollout status` (kubectl `rollout_status.go`): follows each object through a list and
//! a field-selected watch (client-go `watchtools.UntilWithSync`), printing the status
//! viewer's line for every version seen, until the rollout is done, the viewer fails, the
//! object goes away or `--timeout` passes.

use std::time::Duration;

use clap::{Arg, ArgMatches, Command};
use serde_json::Value;

use super::viewer::{self, Status, Workload};
use super::{Targets, group_kind, target_args};
use crate::cli::bool_flag;
use crate::client::Client;
use crate::cmd::flags::{duration_flag, int_flag};
use crate::cmd::mutate::query_escape;
use crate::cmd::selection::{self, Info};
use crate::ctx::Ctx;
use crate::error::{Error, Result};

pub fn command() -> Command {
    Command::new("status")
        .about("Show the status of the rollout")
        // pflag: a flag given twice takes its last value.
        .args_override_self(true)
        .args(target_args())
        .arg(
            bool_flag("watch")
                .short('w')
                .default_value("true")
                .help("Watch the status of the rollout until it's done."),
        )
        .arg(
            Arg::new("revision")
                .long("revision")
                .allow_hyphen_values(true)
                .default_value("0")
                .help("Pin to a specific revision for showing its status. Defaults to 0 (last revision)."),
        )
        .arg(
            Arg::new("timeout")
                .long("timeout")
                .default_value("0s")
                .help("The length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h)."),
        )
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let revision = int_flag(m, "revision", "rollout status")?;
    let timeout = duration_flag(m, "timeout", "rollout status")?;
    let watch = m.get_one::<bool>("watch").copied().unwrap_or(true);
    let targets = Targets::from_args(m)?;
    if revision < 0 {
        return Err(Error::msg(format!(
            "revision must be a positive integer: {revision}"
        )));
    }
    let source = targets.source(ctx)?;
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let items = targets.visit(ctx, &client, &source).await?;
        if items.is_empty() {
            writeln!(
                ctx.err,
                "No resources found in {} namespace.",
                client.namespace
            )?;
            return Ok(());
        }
        let follow = Follow {
            revision,
            watch,
            timeout,
        };
        let mut errors = Vec::new();
        for item in items {
            let result = match item {
                Ok(info) => follow.one(&client, &info, ctx.out).await,
                Err(e) => Err(e),
            };
            if let Err(e) = result {
                errors.push(e);
            }
        }
        selection::aggregate(errors)
    })
}

struct Follow {
    revision: i64,
    watch: bool,
    timeout: Duration,
}

/// What the condition decided about one event.
enum Outcome {
    Continue,
    Done,
}

impl Follow {
    async fn one(&self, client: &Client, info: &Info, out: &mut dyn std::io::Write) -> Result<()> {
        let Some(workload) = Workload::of(&info.resource.group, &info.resource.kind) else {
            return Err(Error::msg(format!(
                "no status viewer has been implemented for {}",
                group_kind(info)
            )));
        };
        let until = self.until(client, info, workload, out);
        if self.timeout.is_zero() {
            return until.await;
        }
        match tokio::time::timeout(self.timeout, until).await {
            Ok(result) => result,
            Err(_) => Err(Error::msg("timed out waiting for the condition")),
        }
    }

    /// The watch condition: print the viewer's line; stop when done, or after one line
    /// without `--watch`.
    fn check(
        &self,
        workload: Workload,
        object: &Value,
        out: &mut dyn std::io::Write,
    ) -> Result<Outcome> {
        match viewer::status(workload, object, self.revision) {
            Status::Failed(why) => Err(Error::msg(why)),
            Status::Line { text, done } => {
                out.write_all(text.as_bytes())?;
                out.flush()?;
                Ok(if done || !self.watch {
                    Outcome::Done
                } else {
                    Outcome::Continue
                })
            }
        }
    }

    /// `UntilWithSync` over `metadata.name=NAME`: list, then watch from the list's version,
    /// watching again where a watch ends and listing again when the version is gone.
    async fn until(
        &self,
        client: &Client,
        info: &Info,
        workload: Workload,
        out: &mut dyn std::io::Write,
    ) -> Result<()> {
        let ns = (!info.namespace.is_empty()).then_some(info.namespace.as_str());
        let base = info.resource.collection_path(ns);
        let selector = query_escape(&format!("metadata.name={}", info.name));
        loop {
            let list = client
                .get_json(&format!("{base}?fieldSelector={selector}"))
                .await?;
            let mut version = list["metadata"]["resourceVersion"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            for item in list["items"].as_array().into_iter().flatten() {
                if let Outcome::Done = self.check(workload, item, out)? {
                    return Ok(());
                }
            }
            loop {
                let path = format!(
                    "{base}?allowWatchBookmarks=true&fieldSelector={selector}&resourceVersion={}&timeoutSeconds=300&watch=true",
                    query_escape(&version)
                );
                let mut finished = false;
                let mut gone = false;
                client
                    .watch(&path, "application/json", |event| {
                        let object = &event["object"];
                        if let Some(v) = object["metadata"]["resourceVersion"].as_str() {
                            version = v.to_string();
                        }
                        match event["type"].as_str().unwrap_or_default() {
                            "ADDED" | "MODIFIED" => match self.check(workload, object, out)? {
                                Outcome::Done => {
                                    finished = true;
                                    Ok(false)
                                }
                                Outcome::Continue => Ok(true),
                            },
                            "DELETED" => Err(Error::msg("object has been deleted")),
                            "BOOKMARK" => Ok(true),
                            "ERROR" if object["code"] == 410 => {
                                gone = true;
                                Ok(false)
                            }
                            _ => Err(Error::msg(format!(
                                "internal error: unexpected event {event}"
                            ))),
                        }
                    })
                    .await?;
                if finished {
                    return Ok(());
                }
                if gone {
                    break;
                }
            }
        }
    }
}
