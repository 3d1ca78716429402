//! The command-line tree: kubectl's global flags, accepted at every level, and one entry per
//! verb. Parsing only; verbs live in `cmd`.

mod errors;
mod globals;

pub use errors::translate_clap_error;
pub use globals::{
    GlobalArgs, add_global_flags, bool_flag, collect_globals, parse_go_bool, parse_go_duration,
    parse_timeout,
};

/// cobra's "Did you mean this?" candidates among kubectl's top-level commands.
pub fn errors_suggestions(typed: &str) -> Vec<String> {
    errors::suggestions(typed, KUBECTL_COMMANDS)
}

use clap::Command;

/// The name kubectl prints in its own messages (`See 'kubectl get --help'`). kctl prints the
/// same bytes so that scripts matching kubectl's messages keep working.
pub const NAME: &str = "kubectl";

/// The whole command tree, global flags included.
pub fn command() -> Command {
    let root = Command::new("kctl")
        .about("kctl controls the Kubernetes cluster manager (a kubectl-compatible client).")
        .disable_version_flag(true)
        .allow_external_subcommands(true)
        .subcommand_required(false)
        .subcommand(crate::cmd::get::command())
        .subcommand(crate::cmd::describe::command())
        .subcommand(crate::cmd::apply::command())
        .subcommand(crate::cmd::api_resources::command())
        .subcommand(crate::cmd::version::command())
        .subcommand(crate::cmd::config::command())
        .subcommand(crate::cmd::completion::command())
        .subcommand(crate::cmd::sandbox::command())
        .subcommand(crate::cmd::delete::command())
        .subcommand(crate::cmd::scale::command())
        .subcommand(crate::cmd::label::command())
        .subcommand(crate::cmd::annotate::command())
        .subcommand(crate::cmd::create::command())
        .subcommand(crate::cmd::run::command())
        .subcommand(crate::cmd::expose::command())
        .subcommand(crate::cmd::patch::command())
        .subcommand(crate::cmd::edit::command())
        .subcommand(crate::cmd::set::command())
        .subcommand(crate::cmd::explain::command())
        .subcommand(crate::cmd::logs::command())
        .subcommand(crate::cmd::auth::command())
        .subcommand(crate::cmd::rollout::command())
        .subcommand(crate::cmd::exec::command())
        .subcommand(crate::cmd::port_forward::command())
        .subcommand(crate::cmd::proxy::command())
        .subcommand(crate::cmd::cp::command())
        .subcommand(crate::cmd::attach::command());
    add_global_flags(root, true)
}

/// Top-level commands of kubectl 1.32 in the order kubectl adds them, which is the order cobra
/// lists "Did you mean this?" suggestions in; kctl suggests kubectl's verbs even where it does
/// not have them yet, so the text stays kubectl's.
pub const KUBECTL_COMMANDS: &[&str] = &[
    "create",
    "expose",
    "run",
    "set",
    "explain",
    "get",
    "edit",
    "delete",
    "rollout",
    "scale",
    "autoscale",
    "certificate",
    "cluster-info",
    "top",
    "cordon",
    "uncordon",
    "drain",
    "taint",
    "describe",
    "logs",
    "attach",
    "exec",
    "port-forward",
    "proxy",
    "cp",
    "auth",
    "debug",
    "events",
    "diff",
    "apply",
    "patch",
    "replace",
    "wait",
    "kustomize",
    "label",
    "annotate",
    "completion",
    "api-versions",
    "api-resources",
    "config",
    "plugin",
    "version",
    "options",
];
