//! `kctl attach (POD | TYPE/NAME | TYPE NAME) [-c C] [-i] [-t]` (kubectl `pkg/cmd/attach`):
//! find the pod, pick the container (its own `tty` setting decides the terminal), print the
//! prompt hint, and stream over the `attach` subresource. `run -i` attaches through here too.

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::Value;

use crate::cli::bool_flag;
use crate::client::Client;
use crate::client::upgrade::websockets_disabled;
use crate::cmd::create::sub::{array, flag, string};
use crate::cmd::exec::setup_tty;
use crate::cmd::remote::session::{self, Ended, Input, Streams};
use crate::cmd::remote::{pods, terminal};
use crate::ctx::Ctx;
use crate::error::{Error, Result};

pub fn command() -> Command {
    Command::new("attach")
        .about("Attach to a running container")
        .arg(
            Arg::new("container")
                .short('c')
                .long("container")
                .help("Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen"),
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
}

/// How to attach.
pub struct Attach<'a> {
    pub container: &'a str,
    pub stdin: bool,
    pub tty: bool,
    pub quiet: bool,
    /// `kubectl attach`, named in the "Session ended" hint.
    pub command_name: &'a str,
}

/// podcmd `FindOrDefaultContainerByName`, returning the container's spec: a named one is
/// looked up among containers, init and ephemeral containers.
fn container_spec(
    pod: &Value,
    name: &str,
    quiet: bool,
    err: &mut dyn std::io::Write,
) -> Result<Value> {
    let chosen = if name.is_empty() {
        pods::container(pod, "", quiet, err)?
    } else {
        name.to_string()
    };
    ["containers", "initContainers", "ephemeralContainers"]
        .iter()
        .flat_map(|k| pod["spec"][*k].as_array().into_iter().flatten())
        .find(|c| c["name"] == chosen.as_str())
        .cloned()
        .ok_or_else(|| {
            Error::msg(format!(
                "cannot attach to the container: container {chosen} not found in pod {}",
                pod["metadata"]["name"].as_str().unwrap_or_default()
            ))
        })
}

/// `AttachOptions.Run` once the pod is known; a non-zero exit code is left to the caller
/// (attach prints it, run folds it into its fallback warning).
pub async fn attach_to_pod(
    client: &Client,
    ctx: &mut Ctx<'_>,
    pod: &Value,
    opts: &Attach<'_>,
) -> Result<Ended> {
    let container = container_spec(pod, opts.container, opts.quiet, ctx.err)?;
    let name = container["name"].as_str().unwrap_or_default().to_string();
    let mut tty = opts.tty;
    let allocated = container["tty"].as_bool().unwrap_or(false);
    if tty && !allocated {
        tty = false;
        if !opts.quiet {
            writeln!(
                ctx.err,
                "error: Unable to use a TTY - container {name} did not allocate one"
            )?;
        }
    } else if !tty && allocated {
        tty = true;
    }
    let t = setup_tty(opts.stdin, tty, opts.quiet, ctx.err)?;
    if !opts.quiet {
        writeln!(
            ctx.err,
            "If you don't see a command prompt, try pressing enter."
        )?;
    }
    let streams = Streams {
        stdin: t.stdin,
        stdout: true,
        stderr: !t.raw,
        tty: t.raw,
    };
    let namespace = pod["metadata"]["namespace"]
        .as_str()
        .unwrap_or(&client.namespace)
        .to_string();
    let pod_name = pod["metadata"]["name"].as_str().unwrap_or_default();
    let path = format!(
        "/api/v1/namespaces/{namespace}/pods/{pod_name}/attach?{}",
        session::query(&[], &name, streams)
    );
    let input = if t.stdin { Input::Process } else { Input::None };
    let ended = {
        let _raw = if t.raw {
            terminal::RawMode::enter()
        } else {
            None
        };
        session::run(
            client,
            &session::Request {
                path_and_query: &path,
                command_name: opts.command_name,
                streams,
                resize: t.raw,
                websockets: !websockets_disabled(ctx.env, "KUBECTL_REMOTE_COMMAND_WEBSOCKETS"),
            },
            input,
            ctx.out,
            ctx.err,
        )
        .await
    }?;
    if ended != Ended::Success {
        return Ok(ended);
    }
    if !opts.quiet && t.stdin && t.raw {
        writeln!(
            ctx.out,
            "Session ended, resume using '{} {pod_name} -c {name} -n {namespace} -i -t' command",
            opts.command_name
        )?;
    }
    Ok(ended)
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args = array(m, "args");
    if args.is_empty() {
        return Err(Error::msg("at least 1 argument is required for attach"));
    }
    if args.len() > 2 {
        return Err(Error::msg(format!(
            "expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw {}: [{}]",
            args.len(),
            args.join(" ")
        )));
    }
    let timeout = crate::cmd::remote::pod_running_timeout(m, "kubectl attach")?;
    let target = if args.len() == 2 {
        format!("{}/{}", args[0], args[1])
    } else {
        args[0].clone()
    };
    let container = string(m, "container");
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let object = pods::fetch(ctx, &client, &target, "pods").await?;
        let pod = pods::attachable_pod(&client, &object, timeout).await?;
        let phase = pod["status"]["phase"].as_str().unwrap_or_default();
        if phase == "Succeeded" || phase == "Failed" {
            return Err(Error::msg(format!(
                "cannot attach a container in a completed pod; current phase is {phase}"
            )));
        }
        let opts = Attach {
            container: &container,
            stdin: flag(m, "stdin"),
            tty: flag(m, "tty"),
            quiet: flag(m, "quiet"),
            command_name: "kubectl attach",
        };
        let ended = attach_to_pod(&client, ctx, &pod, &opts).await?;
        session::finish(ended, ctx.err)
    })
}
