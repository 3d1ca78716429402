//! `kctl edit` and the machinery of `kctl apply edit-last-applied` (kubectl
//! `pkg/cmd/edit/edit.go`, `pkg/cmd/util/editor/editoptions.go`): fetch the objects, write them
//! with kubectl's header to a temporary file, run the editor, and patch what changed; invalid
//! objects reopen the editor with the server's reasons at the top of the file.

pub mod editor;
mod session;

use clap::{Arg, ArgAction, ArgMatches, Command};

use crate::cli::bool_flag;
use crate::cmd::mutate;
use crate::ctx::Ctx;
use crate::error::Result;

pub use session::Mode;

/// cli-runtime's builder error when neither arguments nor `-f` name anything.
pub const NO_RESOURCES: &str = "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

/// Go's `*PathError` text for a file that cannot be opened.
pub fn go_open_error(path: &str, e: &std::io::Error) -> String {
    let why = match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    };
    format!("open {path}: {why}")
}

fn common_args(cmd: Command, field_manager: &'static str) -> Command {
    cmd.arg(
        Arg::new("filename")
            .short('f')
            .long("filename")
            .action(ArgAction::Append),
    )
    .arg(bool_flag("recursive").short('R'))
    .arg(Arg::new("kustomize").short('k').long("kustomize"))
    .arg(bool_flag("windows-line-endings"))
    .arg(mutate::field_manager_arg(field_manager))
    .arg(mutate::validate_arg())
    .arg(bool_flag("record"))
    .args(mutate::print_args())
    .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
}

pub fn command() -> Command {
    common_args(
        Command::new("edit").about("Edit a resource on the server"),
        "kubectl-edit",
    )
    .arg(bool_flag("output-patch"))
    .arg(bool_flag("save-config"))
    .arg(Arg::new("subresource").long("subresource"))
}

/// `apply edit-last-applied` (pkg/cmd/apply/apply_edit_last_applied.go); the apply command
/// adds it as a subcommand.
pub fn edit_last_applied_command() -> Command {
    common_args(
        Command::new("edit-last-applied")
            .about("Edit latest last-applied-configuration annotations of a resource/object"),
        "kubectl-client-side-apply",
    )
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    session::run(m, ctx, Mode::Normal)
}

pub fn run_edit_last_applied(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    session::run(m, ctx, Mode::ApplyEdit)
}
