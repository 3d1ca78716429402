//! `kctl auth` (kubectl `pkg/cmd/auth`): `can-i` and `whoami`. `reconcile` is not here yet.

mod can_i;
pub mod rules;
mod whoami;

use clap::{ArgMatches, Command};

use crate::ctx::Ctx;
use crate::error::{Error, Result};

/// kubectl's help for `auth` alone, which cobra's `DefaultSubCommandRun` writes to stderr.
const HELP: &str = "Inspect authorization.

Available Commands:
  can-i         Check whether an action is allowed
  reconcile     Reconciles rules for RBAC role, role binding, cluster role, and cluster role binding objects
  whoami        Experimental: Check self subject attributes

Usage:
  kubectl auth [flags] [options]

Use \"kubectl auth <command> --help\" for more information about a given command.
Use \"kubectl options\" for a list of global command-line options (applies to all commands).
";

pub fn command() -> Command {
    Command::new("auth")
        .about("Inspect authorization")
        .allow_external_subcommands(true)
        .subcommand(can_i::command())
        .subcommand(whoami::command())
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    match m.subcommand() {
        Some(("can-i", m)) => can_i::run(m, ctx),
        Some(("whoami", m)) => whoami::run(m, ctx),
        Some((other, _)) => Err(Error::Usage {
            message: format!("unknown command {other:?}"),
            command: "kubectl auth".to_string(),
        }),
        None => {
            ctx.err.write_all(HELP.as_bytes())?;
            Err(Error::Exit(1))
        }
    }
}
