//! `kctl annotate` (kubectl `pkg/cmd/annotate/annotate.go`): the shared metadata editor on
//! `annotations`.

use clap::{ArgMatches, Command};

use crate::cmd::metadata_edit::{self, Verb};
use crate::ctx::Ctx;
use crate::error::Result;

pub fn command() -> Command {
    metadata_edit::command(Verb::Annotate)
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    metadata_edit::run(Verb::Annotate, m, ctx)
}
