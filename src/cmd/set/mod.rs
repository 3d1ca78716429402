//! `kctl set` (kubectl `pkg/cmd/set`): the parent of the `set` subcommands; only `image` so
//! far.

pub mod image;

use clap::{ArgMatches, Command};

use crate::ctx::Ctx;
use crate::error::{Error, Result};

pub fn command() -> Command {
    Command::new("set")
        .about("Set specific features on objects")
        .subcommand(image::command())
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    match m.subcommand() {
        Some(("image", sub)) => image::run(sub, ctx),
        Some((other, _)) => Err(Error::msg(format!(
            "unknown command {other:?} for \"kubectl set\""
        ))),
        None => {
            writeln!(ctx.out, "{}", command().render_help())?;
            Ok(())
        }
    }
}
