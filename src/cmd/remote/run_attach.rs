//! What `kctl run -i/-t/--attach [--rm]` does after the pod is created (kubectl `pkg/cmd/run`
//! `Run`'s attach branch, `handleAttachPod`, `waitForPod`, `logOpts`, `removeCreatedObjects`):
//! wait until the pod runs and is ready, attach (a pod that already finished, or an attach that
//! fails, shows its log instead), wait for the exit status when the restart policy lets the pod
//! finish, and delete the pod with `--rm`.

use std::time::{Duration, Instant};

use http::Method;
use serde_json::{Value, json};

use crate::client::Client;
use crate::cmd::attach::{Attach, attach_to_pod};
use crate::cmd::remote::session::Ended;
use crate::ctx::Ctx;
use crate::error::{Error, Result};

/// The options of the attach branch.
pub struct RunAttach {
    pub stdin: bool,
    pub tty: bool,
    pub quiet: bool,
    pub remove: bool,
    pub leave_stdin_open: bool,
    pub restart: String,
    pub timeout: Duration,
}

#[derive(Debug, PartialEq, Eq)]
enum Wait {
    /// Running with the Ready condition.
    RunningReady,
    /// Succeeded or Failed.
    Completed,
    Succeeded,
}

fn ready(pod: &Value) -> bool {
    pod["status"]["conditions"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|c| c["type"] == "Ready" && c["status"] == "True")
}

/// kubectl `waitForPod` with one of its conditions; `Ok(pod)` when met. For `RunningReady` a
/// finished pod is returned too (kubectl's ErrPodCompleted, which its caller tolerates).
async fn wait_for(client: &Client, path: &str, timeout: Duration, until: Wait) -> Result<Value> {
    let started = Instant::now();
    loop {
        let pod = client.get_json(path).await?;
        let phase = pod["status"]["phase"].as_str().unwrap_or_default();
        let done = match until {
            Wait::RunningReady => {
                matches!(phase, "Succeeded" | "Failed") || (phase == "Running" && ready(&pod))
            }
            Wait::Completed => matches!(phase, "Succeeded" | "Failed"),
            Wait::Succeeded => phase == "Succeeded",
        };
        if done {
            return Ok(pod);
        }
        if started.elapsed() >= timeout {
            return Err(Error::msg("timed out waiting for the condition"));
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// `logOpts`: the container's log to stdout.
async fn show_logs(client: &Client, ctx: &mut Ctx<'_>, pod: &Value, quiet: bool) -> Result<()> {
    let container = crate::cmd::remote::pods::container(pod, "", quiet, ctx.err)?;
    let path = format!(
        "/api/v1/namespaces/{}/pods/{}/log?container={}",
        pod["metadata"]["namespace"].as_str().unwrap_or_default(),
        pod["metadata"]["name"].as_str().unwrap_or_default(),
        crate::cmd::remote::session::query_escape(&container)
    );
    let response = client.send(Method::GET, &path, "*/*", None).await?;
    if !response.status.is_success() {
        return Err(crate::client::status_error(response.status, &response.body));
    }
    ctx.out.write_all(&response.body)?;
    ctx.out.flush()?;
    Ok(())
}

/// The attach branch for a created pod; a pod that failed with exit code N makes kctl exit N.
pub async fn run(client: &Client, ctx: &mut Ctx<'_>, pod: &Value, opts: &RunAttach) -> Result<()> {
    let result = attach_and_wait(client, ctx, pod, opts).await;
    // kubectl removes the pod in a deferred call, before its error is printed.
    if opts.remove {
        let namespace = pod["metadata"]["namespace"]
            .as_str()
            .unwrap_or(&client.namespace);
        let name = pod["metadata"]["name"].as_str().unwrap_or_default();
        let body = json!({"propagationPolicy": "Background"});
        client
            .request_json(
                Method::DELETE,
                &format!("/api/v1/namespaces/{namespace}/pods/{name}"),
                "application/json",
                Some(&body),
            )
            .await?;
        writeln!(ctx.out, "pod \"{name}\" deleted")?;
        ctx.out.flush()?;
    }
    match result? {
        None => Ok(()),
        Some((text, code)) => {
            write!(ctx.err, "{text}")?;
            if !text.ends_with('\n') {
                writeln!(ctx.err)?;
            }
            Err(Error::Exit(code))
        }
    }
}

async fn attach_and_wait(
    client: &Client,
    ctx: &mut Ctx<'_>,
    created: &Value,
    opts: &RunAttach,
) -> Result<Option<(String, i32)>> {
    let namespace = created["metadata"]["namespace"]
        .as_str()
        .unwrap_or(&client.namespace)
        .to_string();
    let name = created["metadata"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let path = format!("/api/v1/namespaces/{namespace}/pods/{name}");
    // handleAttachPod.
    let pod = wait_for(client, &path, opts.timeout, Wait::RunningReady).await?;
    let phase = pod["status"]["phase"].as_str().unwrap_or_default();
    if matches!(phase, "Succeeded" | "Failed") {
        show_logs(client, ctx, &pod, opts.quiet).await?;
    } else {
        let attach = Attach {
            container: "",
            stdin: opts.stdin,
            tty: opts.tty,
            quiet: opts.quiet,
            command_name: "kubectl attach",
        };
        let failure = match attach_to_pod(client, ctx, &pod, &attach).await {
            Ok(Ended::Success) => None,
            // The exit line is the fallback warning's reason here, not printed on its own.
            Ok(Ended::ExitCode(code)) => Some(format!("command terminated with exit code {code}")),
            Err(e) => Some(e.to_string()),
        };
        if let Some(text) = failure {
            writeln!(
                ctx.err,
                "warning: couldn't attach to pod/{name}, falling back to streaming logs: {text}"
            )?;
            show_logs(client, ctx, &pod, opts.quiet).await?;
        }
    }
    let wait_for_exit =
        !opts.leave_stdin_open && matches!(opts.restart.as_str(), "Never" | "OnFailure");
    if !wait_for_exit {
        return Ok(None);
    }
    let until = if opts.restart == "OnFailure" {
        Wait::Succeeded
    } else {
        Wait::Completed
    };
    let pod = wait_for(client, &path, opts.timeout, until).await?;
    match pod["status"]["phase"].as_str().unwrap_or_default() {
        "Succeeded" => Ok(None),
        "Failed" => {
            let terminated = &pod["status"]["containerStatuses"][0]["state"]["terminated"];
            let code = terminated["exitCode"].as_i64().unwrap_or(0);
            if terminated.is_null() || code == 0 {
                return Err(Error::msg(format!(
                    "pod {namespace}/{name} failed with unknown exit code"
                )));
            }
            let text = format!(
                "pod {namespace}/{name} terminated ({})\n{}",
                terminated["reason"].as_str().unwrap_or_default(),
                terminated["message"].as_str().unwrap_or_default()
            );
            Ok(Some((text, i32::try_from(code).unwrap_or(1))))
        }
        other => Err(Error::msg(format!(
            "pod {namespace}/{name} left in phase {other}"
        ))),
    }
}
