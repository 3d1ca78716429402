//! The verbs. Each module mirrors one kubectl command file: parse its arguments, act, print.

pub mod api_resources;
pub mod apply;
pub mod completion;
pub mod config;
pub mod describe;
pub mod get;
pub mod mutate;
pub mod sandbox;
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
