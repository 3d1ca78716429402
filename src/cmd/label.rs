//! `kctl label` (kubectl `pkg/cmd/label/label.go`): the shared metadata editor on `labels`.

use clap::{ArgMatches, Command};

use crate::cmd::metadata_edit::{self, Verb};
use crate::ctx::Ctx;
use crate::error::Result;

pub fn command() -> Command {
    metadata_edit::command(Verb::Label)
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    metadata_edit::run(Verb::Label, m, ctx)
}
