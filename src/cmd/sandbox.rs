//! `kctl sandbox`: the built-in local API server (serve, up, down, status, reset).

use clap::{ArgMatches, Command};

use crate::ctx::Ctx;
use crate::error::{Error, Result};

pub fn command() -> Command {
    Command::new("sandbox").about("Run a local Kubernetes API server (the sandbox)")
}

pub fn run(_m: &ArgMatches, _ctx: &mut Ctx) -> Result<()> {
    Err(Error::msg("the sandbox is not built into this kctl yet"))
}
