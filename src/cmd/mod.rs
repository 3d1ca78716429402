//! The verbs. Each module mirrors one kubectl command file: parse its arguments, act, print.

pub mod annotate;
pub mod api_resources;
pub mod apply;
pub mod attach;
pub mod auth;
pub mod completion;
pub mod config;
pub mod cp;
pub mod create;
pub mod delete;
pub mod describe;
pub mod edit;
pub mod exec;
pub mod explain;
pub mod expose;
pub mod flags;
pub mod get;
pub mod infos;
pub mod label;
pub mod logs;
pub mod metadata_edit;
pub mod mutate;
pub mod patch;
pub mod port_forward;
pub mod proxy;
pub mod remote;
pub mod rollout;
pub mod run;
pub mod sandbox;
pub mod scale;
pub mod selection;
pub mod set;
pub mod version;

use clap::ArgMatches;

use crate::ctx::Ctx;
use crate::error::{Error, Result};

/// Runs the verb the command line named.
pub fn dispatch(matches: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    match matches.subcommand() {
        Some(("version", m)) => version::run(m, ctx),
        Some(("config", m)) => config::run(m, ctx),
        Some(("get", m)) => get::run(m, ctx),
        Some(("describe", m)) => describe::run(m, ctx),
        Some(("apply", m)) => apply::run(m, ctx),
        Some(("api-resources", m)) => api_resources::run(m, ctx),
        Some(("completion", m)) => completion::run(m, ctx),
        Some(("sandbox", m)) => sandbox::run(m, ctx),
        Some(("delete", m)) => delete::run(m, ctx),
        Some(("scale", m)) => scale::run(m, ctx),
        Some(("label", m)) => label::run(m, ctx),
        Some(("annotate", m)) => annotate::run(m, ctx),
        Some(("create", m)) => create::run(m, ctx),
        Some(("run", m)) => run::run(m, ctx),
        Some(("expose", m)) => expose::run(m, ctx),
        Some(("patch", m)) => patch::run(m, ctx),
        Some(("edit", m)) => edit::run(m, ctx),
        Some(("set", m)) => set::run(m, ctx),
        Some(("explain", m)) => explain::run(m, ctx),
        Some(("logs", m)) => logs::run(m, ctx),
        Some(("auth", m)) => auth::run(m, ctx),
        Some(("rollout", m)) => rollout::run(m, ctx),
        Some(("exec", m)) => exec::run(m, ctx),
        Some(("port-forward", m)) => port_forward::run(m, ctx),
        Some(("proxy", m)) => proxy::run(m, ctx),
        Some(("cp", m)) => cp::run(m, ctx),
        Some(("attach", m)) => attach::run(m, ctx),
        Some((other, _)) => Err(unknown_command(other)),
        None => {
            writeln!(ctx.out, "{}", crate::cli::command().render_help())?;
            Ok(())
        }
    }
}

/// cobra's message for a verb it does not know, with its suggestions.
fn unknown_command(name: &str) -> Error {
    let mut text = format!("unknown command {name:?} for {:?}", crate::cli::NAME);
    let suggestions = crate::cli::errors_suggestions(name);
    if !suggestions.is_empty() {
        text.push_str("\n\nDid you mean this?");
        for s in suggestions {
            text.push_str("\n\t");
            text.push_str(&s);
        }
    }
    Error::Message(text)
}
