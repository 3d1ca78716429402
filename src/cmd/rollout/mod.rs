//! `kctl rollout` (kubectl `pkg/cmd/rollout`): the parent of `status`, `history`, `undo`,
//! `pause`, `resume` and `restart`, and what they share — the flags that name the objects and
//! the builder run (`ResourceTypeOrNameArgs(true, …)`, `ContinueOnError`, `Latest`).

mod history;
mod patcher;
mod status;
mod undo;
mod viewer;
mod workload;

use clap::{Arg, ArgAction, ArgMatches, Command};

use crate::cli::bool_flag;
use crate::client::Client;
use crate::cmd::selection::{self, AllFlag, Fetch, Info, Request};
use crate::ctx::Ctx;
use crate::error::{Error, Result};

pub fn command() -> Command {
    Command::new("rollout")
        .about("Manage the rollout of a resource")
        .allow_external_subcommands(true)
        .subcommand(history::command())
        .subcommand(patcher::command(patcher::Action::Pause))
        .subcommand(patcher::command(patcher::Action::Restart))
        .subcommand(patcher::command(patcher::Action::Resume))
        .subcommand(status::command())
        .subcommand(undo::command())
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    match m.subcommand() {
        Some(("status", sub)) => status::run(sub, ctx),
        Some(("history", sub)) => history::run(sub, ctx),
        Some(("undo", sub)) => undo::run(sub, ctx),
        Some(("pause", sub)) => patcher::run(patcher::Action::Pause, sub, ctx),
        Some(("resume", sub)) => patcher::run(patcher::Action::Resume, sub, ctx),
        Some(("restart", sub)) => patcher::run(patcher::Action::Restart, sub, ctx),
        Some((other, _)) => Err(Error::Usage {
            message: format!("unknown command {other:?}"),
            command: "kubectl rollout".to_string(),
        }),
        // cobra prints the parent's help and exits 1 (`rollout` has no Run of its own).
        None => {
            ctx.out.write_all(HELP.as_bytes())?;
            Err(Error::Exit(1))
        }
    }
}

/// kubectl 1.32's help for `rollout` without a subcommand.
const HELP: &str = r#"Manage the rollout of one or many resources.
        
 Valid resource types include:

  *  deployments
  *  daemonsets
  *  statefulsets

Examples:
  # Rollback to the previous deployment
  kubectl rollout undo deployment/abc
  
  # Check the rollout status of a daemonset
  kubectl rollout status daemonset/foo
  
  # Restart a deployment
  kubectl rollout restart deployment/abc
  
  # Restart deployments with the 'app=nginx' label
  kubectl rollout restart deployment --selector=app=nginx

Available Commands:
  history       View rollout history
  pause         Mark the provided resource as paused
  restart       Restart a resource
  resume        Resume a paused resource
  status        Show the status of the rollout
  undo          Undo a previous rollout

Usage:
  kubectl rollout SUBCOMMAND [options]

Use "kubectl rollout <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
"#;

/// `-f`, `-k`, `-R` and `-l`, which every subcommand has (`AddFilenameOptionFlags`,
/// `AddLabelSelectorFlagVar`), and the object arguments.
fn target_args() -> [Arg; 5] {
    [
        Arg::new("filename")
            .short('f')
            .long("filename")
            .action(ArgAction::Append)
            .help("Filename, directory, or URL to files identifying the resource to get from a server."),
        Arg::new("kustomize")
            .short('k')
            .long("kustomize")
            .help("Process the kustomization directory. This flag can't be used together with -f or -R."),
        bool_flag("recursive").short('R').help(
            "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.",
        ),
        Arg::new("selector").short('l').long("selector").help(
            "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.",
        ),
        Arg::new("args").num_args(0..).action(ArgAction::Append),
    ]
}

fn strings(m: &ArgMatches, id: &str) -> Vec<String> {
    m.get_many::<String>(id)
        .map(|v| v.cloned().collect())
        .unwrap_or_default()
}

/// The objects the arguments name, as the subcommands' `Validate` and builder see them.
struct Targets {
    args: Vec<String>,
    filenames: Vec<String>,
    recursive: bool,
    selector: Option<String>,
}

impl Targets {
    /// Reads the flags; `required resource not specified` when nothing names an object.
    fn from_args(m: &ArgMatches) -> Result<Targets> {
        let targets = Targets {
            args: strings(m, "args"),
            filenames: strings(m, "filename"),
            recursive: m.get_one::<bool>("recursive").copied().unwrap_or(false),
            selector: m.get_one::<String>("selector").cloned(),
        };
        let kustomize = m
            .get_one::<String>("kustomize")
            .is_some_and(|k| !k.is_empty());
        if targets.args.is_empty() && targets.filenames.is_empty() && !kustomize {
            return Err(Error::msg("required resource not specified"));
        }
        if kustomize {
            return Err(Error::msg("kctl does not support -k/--kustomize yet"));
        }
        Ok(targets)
    }

    fn request(&self) -> Request<'_> {
        Request {
            args: &self.args,
            filenames: &self.filenames,
            recursive: self.recursive,
            selector: self.selector.as_deref(),
            field_selector: None,
            // `ResourceTypeOrNameArgs(true, …)`: a lone type means every object of it.
            all: true,
            all_flag: AllFlag::EmptySelector,
            all_namespaces: false,
            fetch: Fetch::Latest,
        }
    }

    /// Reads manifests (before any request), then resolves, lists and fetches: the objects
    /// in kubectl's visit order, each or its error.
    async fn visit(
        &self,
        ctx: &mut Ctx<'_>,
        client: &Client,
        source: &crate::client::targets::Source,
    ) -> Result<Vec<Result<Info>>> {
        let request = self.request();
        let plan = selection::plan_in(ctx, client, source, &request).await?;
        plan.visit(client).await
    }

    fn source(&self, ctx: &mut Ctx<'_>) -> Result<crate::client::targets::Source> {
        selection::read_source(&self.request(), &ctx.program, ctx.input)
    }
}

/// `schema.GroupKind.String()`: `ReplicaSet.apps`, or `Service` for the core group.
fn group_kind(info: &Info) -> String {
    if info.resource.group.is_empty() {
        info.resource.kind.clone()
    } else {
        format!("{}.{}", info.resource.kind, info.resource.group)
    }
}

/// kubectl's `apps.GroupKindElement.Accept`: the kinds its rollout visitors have a method for;
/// the error for the others names the element as Go's `%v` prints the struct.
fn visitor_error(info: &Info) -> Option<String> {
    let group = info.resource.group.as_str();
    let known = matches!(
        (group, info.resource.kind.as_str()),
        (
            "apps" | "extensions",
            "DaemonSet" | "Deployment" | "ReplicaSet"
        ) | ("batch", "Job" | "CronJob")
            | ("" | "core", "Pod" | "ReplicationController")
            | ("apps", "StatefulSet")
    );
    (!known).then(|| {
        format!(
            "no visitor method exists for {{{} {}}}",
            group, info.resource.kind
        )
    })
}

/// The error of a request kubectl wraps in its own words (`failed to …: %v`): the server's
/// message alone, as Go's `StatusError.Error()` gives it.
fn go_error_text(e: &Error) -> String {
    let text = e.to_string();
    match text.strip_prefix("Error from server") {
        Some(rest) => rest
            .split_once(": ")
            .map(|(_, m)| m.to_string())
            .unwrap_or(text.clone()),
        None => text,
    }
}
