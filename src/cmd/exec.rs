//! `kctl exec (POD | TYPE/NAME) [-c C] [-i] [-t] -- COMMAND…` (kubectl `pkg/cmd/exec`): find
//! the pod (a workload's most active one), refuse completed pods, pick the container, then run
//! the command over a WebSocket session; a non-zero exit code becomes kctl's own.

use clap::{Arg, ArgAction, ArgMatches, Command};

use crate::cli::bool_flag;
use crate::client::Client;
use crate::client::upgrade::websockets_disabled;
use crate::cmd::create::sub::{array, flag, string};
use crate::cmd::remote::session::{self, Input, Streams};
use crate::cmd::remote::{pods, terminal};
use crate::ctx::Ctx;
use crate::error::{Error, Result};

const PATH: &str = "kubectl exec";

pub fn command() -> Command {
    Command::new("exec")
        .about("Execute a command in a container")
        .arg(
            Arg::new("container")
                .short('c')
                .long("container")
                .help("Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen"),
        )
        .arg(
            Arg::new("filename")
                .short('f')
                .long("filename")
                .action(ArgAction::Append)
                .help("to use to exec into the resource"),
        )
        .arg(
            Arg::new("pod-running-timeout")
                .long("pod-running-timeout")
                .default_value("1m0s")
                .help("The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running"),
        )
        .arg(bool_flag("quiet").short('q').help("Only print output from the remote session"))
        .arg(bool_flag("stdin").short('i').help("Pass stdin to the container"))
        .arg(bool_flag("tty").short('t').help("Stdin is a TTY"))
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
        .arg(
            Arg::new("after-dash")
                .num_args(0..)
                .last(true)
                .action(ArgAction::Append),
        )
}

/// What the terminal flags come to (kubectl `StreamOptions.SetupTTY`).
pub struct Tty {
    pub stdin: bool,
    /// A remote terminal with the local one in raw mode.
    pub raw: bool,
}

/// `SetupTTY`: no stdin means no terminal; a terminal without a local one is refused with a
/// notice and the session runs without it.
pub fn setup_tty(stdin: bool, tty: bool, quiet: bool, err: &mut dyn std::io::Write) -> Result<Tty> {
    if !stdin {
        return Ok(Tty {
            stdin: false,
            raw: false,
        });
    }
    if !tty {
        return Ok(Tty { stdin, raw: false });
    }
    if !terminal::stdin_is_terminal() {
        if !quiet {
            writeln!(
                err,
                "Unable to use a TTY - input is not a terminal or the right kind of file"
            )?;
        }
        return Ok(Tty { stdin, raw: false });
    }
    Ok(Tty { stdin, raw: true })
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args = array(m, "args");
    let command = array(m, "after-dash");
    let filenames = array(m, "filename");
    // cobra's ArgsLenAtDash: words after `--` are the command; without `--`, a second word is
    // the removed `exec POD COMMAND` form.
    if command.is_empty() && args.len() > 1 {
        return Err(Error::Usage {
            message:
                "exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead"
                    .into(),
            command: PATH.into(),
        });
    }
    let resource = args.first().cloned().unwrap_or_default();
    let timeout = crate::cmd::remote::pod_running_timeout(m, PATH)?;
    if resource.is_empty() && filenames.is_empty() {
        return Err(Error::msg("pod, type/name or --filename must be specified"));
    }
    if command.is_empty() {
        return Err(Error::msg(
            "you must specify at least one command for the container",
        ));
    }
    let target = if filenames.is_empty() {
        resource
    } else {
        if !resource.is_empty() {
            return Err(Error::msg(
                "resource/name arguments cannot be provided when a path is specified",
            ));
        }
        // The builder's object from -f: the first one names the pod (or workload).
        let manifests = crate::manifest::read_all(&filenames, false, ctx.input)?;
        let Some(first) = manifests.first() else {
            return Err(Error::msg("no objects passed to exec"));
        };
        format!(
            "{}/{}",
            first.object["kind"].as_str().unwrap_or_default(),
            first.object["metadata"]["name"]
                .as_str()
                .unwrap_or_default()
        )
    };
    let quiet = flag(m, "quiet");
    let wanted_container = string(m, "container");
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let object = pods::fetch(ctx, &client, &target, "pods").await?;
        let pod = pods::attachable_pod(&client, &object, timeout).await?;
        let phase = pod["status"]["phase"].as_str().unwrap_or_default();
        if phase == "Succeeded" || phase == "Failed" {
            return Err(Error::msg(format!(
                "cannot exec into a container in a completed pod; current phase is {phase}"
            )));
        }
        let container = pods::container(&pod, &wanted_container, quiet, ctx.err)?;
        let tty = setup_tty(flag(m, "stdin"), flag(m, "tty"), quiet, ctx.err)?;
        let streams = Streams {
            stdin: tty.stdin,
            stdout: true,
            stderr: !tty.raw,
            tty: tty.raw,
        };
        let path = format!(
            "/api/v1/namespaces/{}/pods/{}/exec?{}",
            pod["metadata"]["namespace"]
                .as_str()
                .unwrap_or(&client.namespace),
            pod["metadata"]["name"].as_str().unwrap_or_default(),
            session::query(&command, &container, streams)
        );
        let input = if tty.stdin {
            Input::Process
        } else {
            Input::None
        };
        let ended = {
            let _raw = if tty.raw {
                terminal::RawMode::enter()
            } else {
                None
            };
            session::run(
                &client,
                &session::Request {
                    path_and_query: &path,
                    command_name: "kubectl exec",
                    streams,
                    resize: tty.raw,
                    websockets: !websockets_disabled(ctx.env, "KUBECTL_REMOTE_COMMAND_WEBSOCKETS"),
                },
                input,
                ctx.out,
                ctx.err,
            )
            .await
        }?;
        session::finish(ended, ctx.err)
    })
}
