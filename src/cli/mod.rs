//! The command-line tree: kubectl's global flags, accepted at every level, and one entry per
//! verb. Parsing only; verbs live in `cmd`.

mod errors;
mod globals;

pub use errors::translate_clap_error;
pub use globals::{GlobalArgs, add_global_flags, bool_flag, collect_globals, parse_go_bool};

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
        .subcommand(crate::cmd::version::command())
        .subcommand(crate::cmd::config::command())
        .subcommand(crate::cmd::sandbox::command());
    add_global_flags(root, true)
}

/// Top-level commands of kubectl 1.32, for "Did you mean this?" suggestions that match
/// kubectl's even for verbs kctl does not have yet.
pub const KUBECTL_COMMANDS: &[&str] = &[
    "annotate",
    "api-resources",
    "api-versions",
    "apply",
    "attach",
    "auth",
    "autoscale",
    "certificate",
    "cluster-info",
    "completion",
    "config",
    "cordon",
    "cp",
    "create",
    "debug",
    "delete",
    "describe",
    "diff",
    "drain",
    "edit",
    "events",
    "exec",
    "explain",
    "expose",
    "get",
    "help",
    "kustomize",
    "label",
    "logs",
    "options",
    "patch",
    "plugin",
    "port-forward",
    "proxy",
    "replace",
    "rollout",
    "run",
    "scale",
    "set",
    "taint",
    "top",
    "uncordon",
    "version",
    "wait",
];
