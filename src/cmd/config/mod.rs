//! `kctl config` (kubectl `pkg/cmd/config`): read and change kubeconfig files. No network.

mod contexts;
mod entries;
mod property;
mod view;

use clap::{Arg, ArgAction, ArgMatches, Command};

use crate::ctx::Ctx;
use crate::error::{Error, Result};

pub fn command() -> Command {
    Command::new("config")
        .about("Modify kubeconfig files")
        .allow_external_subcommands(true)
        .subcommand(view::command())
        .subcommand(entries::set_cluster_command())
        .subcommand(entries::set_credentials_command())
        .subcommand(contexts::set_context_command())
        .subcommand(property::set_command())
        .subcommand(property::unset_command())
        .subcommand(contexts::current_context_command())
        .subcommand(contexts::use_context_command())
        .subcommand(contexts::get_contexts_command())
        .subcommand(entries::get_clusters_command())
        .subcommand(entries::get_users_command())
        .subcommand(entries::delete_cluster_command())
        .subcommand(contexts::delete_context_command())
        .subcommand(entries::delete_user_command())
        .subcommand(contexts::rename_context_command())
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    match m.subcommand() {
        Some(("view", m)) => view::run(m, ctx),
        Some(("set-cluster", m)) => entries::set_cluster(m, ctx),
        Some(("set-credentials", m)) => entries::set_credentials(m, ctx),
        Some(("set-context", m)) => contexts::set_context(m, ctx),
        Some(("set", m)) => property::set(m, ctx),
        Some(("unset", m)) => property::unset(m, ctx),
        Some(("current-context", m)) => contexts::current_context(m, ctx),
        Some(("use-context", m)) => contexts::use_context(m, ctx),
        Some(("get-contexts", m)) => contexts::get_contexts(m, ctx),
        Some(("get-clusters", m)) => entries::get_clusters(m, ctx),
        Some(("get-users", m)) => entries::get_users(m, ctx),
        Some(("delete-cluster", m)) => entries::delete_cluster(m, ctx),
        Some(("delete-context", m)) => contexts::delete_context(m, ctx),
        Some(("delete-user", m)) => entries::delete_user(m, ctx),
        Some(("rename-context", m)) => contexts::rename_context(m, ctx),
        // cobra's DefaultSubCommandRun.
        Some((other, _)) => Err(Error::Usage {
            message: format!("unknown command {other:?}"),
            command: "kubectl config".to_string(),
        }),
        None => {
            writeln!(ctx.out, "{}", command().render_help())?;
            Ok(())
        }
    }
}

/// Positional arguments of a config subcommand (clap collects them as one list so that the
/// count errors are kubectl's, not clap's).
pub(crate) fn positional() -> Arg {
    Arg::new("args")
        .num_args(0..)
        .action(ArgAction::Append)
        .allow_hyphen_values(false)
}

pub(crate) fn args_of(m: &ArgMatches) -> Vec<String> {
    m.get_many::<String>("args")
        .map(|v| v.cloned().collect())
        .unwrap_or_default()
}

/// A string flag whose presence matters even when empty (pflag's `Provided()`).
pub(crate) fn provided(m: &ArgMatches, id: &str) -> Option<String> {
    m.get_one::<String>(id).cloned()
}

/// Go's `%v` of a `[]string`: `[a b]`.
pub(crate) fn go_list(items: &[String]) -> String {
    format!("[{}]", items.join(" "))
}

/// kubectl prints the command's help to stdout before some usage errors (`helpErrorf`).
pub(crate) fn help_error(ctx: &mut Ctx, cmd: Command, message: String) -> Error {
    let mut cmd = cmd;
    let _ = writeln!(ctx.out, "{}", cmd.render_help());
    Error::msg(message)
}

/// The file a message names as "the kubeconfig" (delete and rename messages).
pub(crate) fn config_file_label(ctx: &Ctx) -> String {
    ctx.paths().default_filename().display().to_string()
}
