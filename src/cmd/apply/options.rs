//! `kctl apply`'s flags and the checks kubectl makes before touching the server, in its order
//! (apply.go `Complete`, `validateArgs`, `validatePruneAll`). No I/O.

use clap::parser::ValueSource;
use clap::{Arg, ArgAction, ArgMatches};

use crate::cli::bool_flag;
use crate::cmd::mutate::{self, DryRun, WriteParams};
use crate::error::{Error, Result};

/// The default field manager of client-side apply (apply.go `FieldManagerClientSideApply`).
pub const CLIENT_SIDE_MANAGER: &str = "kubectl-client-side-apply";
/// The default of server-side apply, kept as `kubectl` for older kubectl's managed fields.
pub const SERVER_SIDE_MANAGER: &str = "kubectl";

pub fn args() -> Vec<Arg> {
    let mut v = vec![
        Arg::new("filename")
            .short('f')
            .long("filename")
            .action(ArgAction::Append),
        Arg::new("kustomize").short('k').long("kustomize"),
        bool_flag("recursive").short('R'),
        Arg::new("selector").short('l').long("selector"),
        bool_flag("all"),
        bool_flag("prune"),
        Arg::new("prune-allowlist")
            .long("prune-allowlist")
            .action(ArgAction::Append),
        Arg::new("prune-whitelist")
            .long("prune-whitelist")
            .action(ArgAction::Append),
        bool_flag("overwrite").default_value("true"),
        bool_flag("force"),
        Arg::new("cascade")
            .long("cascade")
            .num_args(0..=1)
            .require_equals(true)
            .default_value("background")
            .default_missing_value("background"),
        Arg::new("grace-period")
            .long("grace-period")
            .default_value("-1")
            .allow_hyphen_values(true),
        Arg::new("timeout").long("timeout").default_value("0s"),
        bool_flag("wait"),
        bool_flag("server-side"),
        bool_flag("force-conflicts"),
        bool_flag("openapi-patch").default_value("true"),
        bool_flag("record"),
        Arg::new("applyset").long("applyset"),
        mutate::dry_run_arg(),
        mutate::validate_arg(),
        mutate::field_manager_arg(CLIENT_SIDE_MANAGER),
    ];
    v.extend(mutate::print_args());
    v
}

/// `--cascade`: the propagation policy of deletions (`--force`, `--prune`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cascade {
    Background,
    Foreground,
    Orphan,
}

impl Cascade {
    pub fn policy(self) -> &'static str {
        match self {
            Cascade::Background => "Background",
            Cascade::Foreground => "Foreground",
            Cascade::Orphan => "Orphan",
        }
    }
}

/// Everything `apply` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    pub filenames: Vec<String>,
    pub recursive: bool,
    pub selector: Option<String>,
    pub prune: bool,
    pub prune_allowlist: Vec<String>,
    pub overwrite: bool,
    pub force: bool,
    pub cascade: Cascade,
    pub grace_period: i64,
    pub timeout: std::time::Duration,
    pub server_side: bool,
    pub force_conflicts: bool,
    pub dry_run: DryRun,
    /// dryRun, fieldManager and fieldValidation of every write.
    pub params: WriteParams,
}

fn flag(m: &ArgMatches, id: &str) -> bool {
    m.get_one::<bool>(id).copied().unwrap_or(false)
}

fn strings(m: &ArgMatches, id: &str) -> Vec<String> {
    m.get_many::<String>(id)
        .map(|v| v.cloned().collect())
        .unwrap_or_default()
}

/// Reads and checks the flags.
pub fn parse(m: &ArgMatches) -> Result<Options> {
    let server_side = flag(m, "server-side");
    let force_conflicts = flag(m, "force-conflicts");
    let dry_run = mutate::dry_run(m)?;
    let mut params = WriteParams::from_args(m, dry_run)?;
    if server_side && m.value_source("field-manager") == Some(ValueSource::DefaultValue) {
        params.field_manager = Some(SERVER_SIDE_MANAGER.to_string());
    }
    if force_conflicts && !server_side {
        return Err(Error::msg(
            "--force-conflicts only works with --server-side",
        ));
    }
    if dry_run == DryRun::Client && server_side {
        return Err(Error::msg(
            "--dry-run=client doesn't work with --server-side (did you mean --dry-run=server instead?)",
        ));
    }
    let cascade = match m
        .get_one::<String>("cascade")
        .map(String::as_str)
        .unwrap_or("background")
    {
        "background" | "true" => Cascade::Background,
        "foreground" => Cascade::Foreground,
        "orphan" | "false" => Cascade::Orphan,
        other => {
            return Err(Error::msg(format!(
                "invalid cascade value ({other}). Must be \"background\", \"foreground\", or \"orphan\""
            )));
        }
    };
    let grace_period: i64 = m
        .get_one::<String>("grace-period")
        .map(String::as_str)
        .unwrap_or("-1")
        .parse()
        .map_err(|_| Error::msg("invalid argument for --grace-period"))?;
    let timeout = crate::cli::parse_timeout(
        m.get_one::<String>("timeout")
            .map(String::as_str)
            .unwrap_or("0s"),
    )
    .map_err(Error::msg)?;
    let force = flag(m, "force");
    let filenames = strings(m, "filename");
    let kustomize = m.get_one::<String>("kustomize").cloned();
    match (&kustomize, filenames.is_empty()) {
        (None, true) => return Err(Error::msg("must specify one of -f and -k")),
        (Some(_), false) => return Err(Error::msg("only one of -f or -k can be specified")),
        (Some(dir), true) => return Err(kustomize_error(dir)),
        (None, false) => {}
    }
    if server_side && force {
        return Err(Error::msg("--force cannot be used with --server-side"));
    }
    if dry_run == DryRun::Server && force {
        return Err(Error::msg("--dry-run=server cannot be used with --force"));
    }
    let extra = strings(m, "args");
    if !extra.is_empty() {
        return Err(Error::Usage {
            message: format!("Unexpected args: [{}]", extra.join(" ")),
            // cobra names the root command, not argv[0], in its usage hint.
            command: "kubectl apply".to_string(),
        });
    }
    let all = flag(m, "all");
    let selector = m
        .get_one::<String>("selector")
        .cloned()
        .filter(|s| !s.is_empty());
    let prune = flag(m, "prune");
    if all && selector.is_some() {
        return Err(Error::msg(
            "cannot set --all and --selector at the same time",
        ));
    }
    if prune && !all && selector.is_none() {
        return Err(Error::msg(
            "all resources selected for prune without explicitly passing --all. To prune all resources, pass the --all flag. If you did not mean to prune all resources, specify a label selector",
        ));
    }
    let mut prune_allowlist = strings(m, "prune-allowlist");
    prune_allowlist.extend(strings(m, "prune-whitelist"));
    Ok(Options {
        filenames,
        recursive: flag(m, "recursive"),
        selector,
        prune,
        prune_allowlist,
        overwrite: m.get_one::<bool>("overwrite").copied().unwrap_or(true),
        force,
        cascade,
        grace_period,
        timeout,
        server_side,
        force_conflicts,
        dry_run,
        params,
    })
}

/// `-k` is out of kctl's scope (no kustomize built in); a directory without a kustomization
/// gets kubectl's own error.
fn kustomize_error(dir: &str) -> Error {
    let path = std::path::Path::new(dir);
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let found = ["kustomization.yaml", "kustomization.yml", "Kustomization"]
        .iter()
        .any(|f| abs.join(f).is_file());
    if found {
        Error::msg(
            "kustomize (-k) is not supported by kctl; run `kustomize build DIR | kctl apply -f -`",
        )
    } else {
        Error::msg(format!(
            "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '{}'",
            abs.display()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Command;

    fn parse_args(args: &[&str]) -> Result<Options> {
        let cmd = Command::new("apply")
            .args(super::args())
            .arg(Arg::new("args").num_args(0..).action(ArgAction::Append));
        let m = cmd
            .clone()
            .try_get_matches_from(std::iter::once("apply").chain(args.iter().copied()))
            .unwrap();
        parse(&m)
    }

    #[test]
    fn checks_in_kubectl_order() {
        let cases: &[(&[&str], &str)] = &[
            (&[], "must specify one of -f and -k"),
            (
                &["-f", "x", "--force-conflicts"],
                "--force-conflicts only works with --server-side",
            ),
            (
                &["-f", "x", "--server-side", "--dry-run=client"],
                "--dry-run=client doesn't work with --server-side (did you mean --dry-run=server instead?)",
            ),
            (
                &["-f", "x", "--server-side", "--force"],
                "--force cannot be used with --server-side",
            ),
            (
                &["-f", "x", "--dry-run=server", "--force"],
                "--dry-run=server cannot be used with --force",
            ),
            (&["-f", "x", "y"], "Unexpected args: [y]"),
            (
                &["-f", "x", "--all", "-l", "a=b"],
                "cannot set --all and --selector at the same time",
            ),
            (
                &["-f", "x", "--prune"],
                "all resources selected for prune without explicitly passing --all. To prune all resources, pass the --all flag. If you did not mean to prune all resources, specify a label selector",
            ),
        ];
        for (args, want) in cases {
            let got = parse_args(args).map(|_| ()).unwrap_err().to_string();
            assert_eq!(&got, want, "{args:?}");
        }
    }

    #[test]
    fn field_manager_follows_mode() {
        let o = parse_args(&["-f", "x"]).unwrap();
        assert_eq!(o.params.field_manager.as_deref(), Some(CLIENT_SIDE_MANAGER));
        let o = parse_args(&["-f", "x", "--server-side"]).unwrap();
        assert_eq!(o.params.field_manager.as_deref(), Some(SERVER_SIDE_MANAGER));
        let o = parse_args(&["-f", "x", "--server-side", "--field-manager=me"]).unwrap();
        assert_eq!(o.params.field_manager.as_deref(), Some("me"));
    }
}
