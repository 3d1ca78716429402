//! `kctl logs` (kubectl `pkg/cmd/logs`, `polymorphichelpers.LogsForObject`): resolve `POD`,
//! `TYPE/NAME` or `-l` to pods and containers, then stream each `pods/log` to stdout — one after
//! another, or all at once when following several — until the streams end or Ctrl-C.

mod consume;
mod options;
pub mod pick;

use std::time::Duration;

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::Value;

use crate::cli::bool_flag;
use crate::client::Client;
use crate::cmd::mutate::query_escape;
use crate::cmd::selection::{self, AllFlag, Fetch, Request};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use consume::OnError;
use options::LogOptions;
use pick::LogTarget;

const USAGE: &str = "logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]";

pub fn command() -> Command {
    Command::new("logs")
        .about("Print the logs for a container in a pod")
        .override_usage(format!("kubectl {USAGE} [options]"))
        .arg(bool_flag("all-pods").help("Get logs from all pod(s). Sets prefix to true."))
        .arg(bool_flag("all-containers").help("Get all containers' logs in the pod(s)."))
        .arg(
            bool_flag("follow")
                .short('f')
                .help("Specify if the logs should be streamed."),
        )
        .arg(bool_flag("timestamps").help("Include timestamps on each line in the log output"))
        .arg(
            Arg::new("limit-bytes")
                .long("limit-bytes")
                .allow_hyphen_values(true)
                .default_value("0")
                .help("Maximum bytes of logs to return. Defaults to no limit."),
        )
        .arg(bool_flag("previous").short('p').help(
            "If true, print the logs for the previous instance of the container in a pod if it exists.",
        ))
        .arg(
            Arg::new("tail")
                .long("tail")
                .allow_hyphen_values(true)
                .default_value("-1")
                .help("Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided."),
        )
        .arg(bool_flag("ignore-errors").help(
            "If watching / following pod logs, allow for any errors that occur to be non-fatal",
        ))
        .arg(
            Arg::new("since-time")
                .long("since-time")
                .help("Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used."),
        )
        .arg(
            Arg::new("since")
                .long("since")
                .allow_hyphen_values(true)
                .default_value("0s")
                .help("Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used."),
        )
        .arg(
            Arg::new("container")
                .short('c')
                .long("container")
                .help("Print the logs of this container"),
        )
        .arg(bool_flag("insecure-skip-tls-verify-backend").help(
            "Skip verifying the identity of the kubelet that logs are requested from.  In theory, an attacker could provide invalid log content back. You might want to use this if your kubelet serving certificates have expired.",
        ))
        .arg(
            Arg::new("pod-running-timeout")
                .long("pod-running-timeout")
                .allow_hyphen_values(true)
                .default_value("20s")
                .help("The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running"),
        )
        .arg(
            Arg::new("selector")
                .short('l')
                .long("selector")
                .help("Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints."),
        )
        .arg(
            Arg::new("max-log-requests")
                .long("max-log-requests")
                .allow_hyphen_values(true)
                .default_value("5")
                .help("Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5."),
        )
        .arg(bool_flag("prefix").help(
            "Prefix each log line with the log source (pod name and container name)",
        ))
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
}

fn flag(m: &ArgMatches, id: &str) -> bool {
    m.get_one::<bool>(id).copied().unwrap_or(false)
}

fn given(m: &ArgMatches, id: &str) -> bool {
    m.value_source(id) == Some(clap::parser::ValueSource::CommandLine)
}

fn usage(message: &str) -> Error {
    Error::Usage {
        message: message.to_string(),
        command: "kubectl logs".to_string(),
    }
}

/// The flags, checked as `Complete` checks them before any request.
struct Flags {
    resource: Option<String>,
    container: String,
    container_flag: bool,
    two_args: bool,
    selector: String,
    all_containers: bool,
    all_pods: bool,
    prefix: bool,
    ignore_errors: bool,
    max_follow: i64,
    limit_bytes: i64,
    since_both: bool,
    timeout: Duration,
    options: LogOptions,
}

fn parse_flags(m: &ArgMatches) -> Result<Flags> {
    let args: Vec<String> = m
        .get_many::<String>("args")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let selector = m.get_one::<String>("selector").cloned().unwrap_or_default();
    let mut container = m
        .get_one::<String>("container")
        .cloned()
        .unwrap_or_default();
    let usage_text = format!(
        "expected '{USAGE}'.\nPOD or TYPE/NAME is a required argument for the logs command"
    );
    let resource = match args.len() {
        0 if selector.is_empty() => return Err(usage(&usage_text)),
        0 => None,
        1 if !selector.is_empty() => {
            return Err(usage("only a selector (-l) or a POD name is allowed"));
        }
        1 => Some(args[0].clone()),
        2 => {
            container = args[1].clone();
            Some(args[0].clone())
        }
        _ => return Err(usage(&usage_text)),
    };
    let all_pods = flag(m, "all-pods");
    let limit_bytes = crate::cmd::flags::int_flag(m, "limit-bytes", "logs")?;
    let tail = crate::cmd::flags::int_flag(m, "tail", "logs")?;
    let max_follow = crate::cmd::flags::int_flag(m, "max-log-requests", "logs")?;
    let since_raw = m
        .get_one::<String>("since")
        .map(String::as_str)
        .unwrap_or("0s");
    let (negative, since) = options::parse_signed_duration(since_raw).ok_or_else(|| {
        crate::cmd::flags::bad_flag_value(
            since_raw,
            "since",
            format!("time: invalid duration {since_raw:?}"),
            "logs",
        )
    })?;
    let timeout_raw = m
        .get_one::<String>("pod-running-timeout")
        .map(String::as_str)
        .unwrap_or("20s");
    let (timeout_negative, timeout) =
        options::parse_signed_duration(timeout_raw).ok_or_else(|| {
            crate::cmd::flags::bad_flag_value(
                timeout_raw,
                "pod-running-timeout",
                format!("time: invalid duration {timeout_raw:?}"),
                "logs",
            )
        })?;
    // cmdutil.GetPodRunningTimeoutFlag
    if timeout_negative || timeout.is_zero() {
        return Err(Error::msg("--pod-running-timeout must be higher than zero"));
    }
    let since_time = m
        .get_one::<String>("since-time")
        .cloned()
        .unwrap_or_default();
    let mut options = LogOptions {
        follow: flag(m, "follow"),
        previous: flag(m, "previous"),
        timestamps: flag(m, "timestamps"),
        insecure_skip_tls_verify_backend: flag(m, "insecure-skip-tls-verify-backend"),
        ..LogOptions::default()
    };
    if !since_time.is_empty() {
        options.since_time = Some(options::parse_rfc3339(&since_time).map_err(Error::msg)?);
    }
    if limit_bytes != 0 {
        options.limit_bytes = Some(limit_bytes);
    }
    if !since.is_zero() {
        options.since_seconds = Some(options::round_seconds(negative, since));
    }
    if !selector.is_empty() && tail == -1 && !given(m, "tail") {
        // logs.go selectorTail
        options.tail_lines = Some(10);
    } else if tail != -1 {
        options.tail_lines = Some(tail);
    }
    Ok(Flags {
        two_args: args.len() == 2,
        resource,
        container,
        container_flag: given(m, "container"),
        selector,
        all_containers: flag(m, "all-containers"),
        all_pods,
        prefix: flag(m, "prefix") || all_pods,
        ignore_errors: flag(m, "ignore-errors"),
        max_follow,
        limit_bytes,
        since_both: !since_time.is_empty() && !since.is_zero(),
        timeout,
        options,
    })
}

/// logs.go `Validate`, after the object was fetched.
fn validate(f: &Flags) -> Result<()> {
    if f.since_both {
        return Err(Error::msg(
            "at most one of `sinceTime` or `sinceSeconds` may be specified",
        ));
    }
    if f.all_containers && !f.container.is_empty() {
        return Err(Error::msg(format!(
            "--all-containers=true should not be specified with container name {}",
            f.container
        )));
    }
    if f.container_flag && f.two_args {
        return Err(Error::msg(
            "only one of -c or an inline [CONTAINER] arg is allowed",
        ));
    }
    if f.limit_bytes < 0 {
        return Err(Error::msg("--limit-bytes must be greater than 0"));
    }
    if f.options.since_seconds.is_some_and(|s| s < 0) {
        return Err(Error::msg("--since must be greater than 0"));
    }
    if f.options.tail_lines.is_some_and(|t| t < -1) {
        return Err(Error::msg("--tail must be greater than or equal to -1"));
    }
    Ok(())
}

/// What the builder found: one object, or the pods a selector matched.
enum Found {
    Object {
        kind: String,
        go_type: String,
        object: Value,
    },
    Pods(Vec<Value>),
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let f = parse_flags(m)?;
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let found = find(ctx, &client, &f).await?;
        validate(&f)?;
        let mut notices = Vec::new();
        let targets = targets(&client, &f, found, &mut notices).await;
        for n in &notices {
            writeln!(ctx.err, "{n}")?;
        }
        let targets = targets?;
        let follow = f.options.follow;
        if follow && targets.len() > 1 && targets.len() as i64 > f.max_follow {
            return Err(Error::msg(format!(
                "you are attempting to follow {} log streams, but maximum allowed concurrency is {}, use --max-log-requests to increase the limit",
                targets.len(),
                f.max_follow
            )));
        }
        let requests: Vec<(LogTarget, String)> = targets
            .into_iter()
            .map(|t| {
                let path = format!(
                    "/api/v1/namespaces/{}/pods/{}/log{}",
                    t.namespace,
                    t.pod,
                    f.options.query(&t.container)
                );
                (t, path)
            })
            .collect();
        let on_error = if f.ignore_errors {
            OnError::Ignore
        } else {
            OnError::Fail
        };
        // Ctrl-C ends the process by the signal, as it ends kubectl (its interrupt handler
        // re-raises it); every chunk was flushed when it came.
        let out = &mut *ctx.out;
        if follow && requests.len() > 1 {
            consume::parallel(&client, &requests, f.prefix, on_error, out).await
        } else {
            consume::sequential(&client, &requests, f.prefix, follow, on_error, out).await
        }
    })
}

/// The builder in `Complete`: `pods NAME`, `TYPE/NAME` or `pods -l SELECTOR`.
async fn find(ctx: &mut Ctx<'_>, client: &Client, f: &Flags) -> Result<Found> {
    let namespace = client.namespace.clone();
    let args: Vec<String> = match &f.resource {
        // The builder's ResourceNames check, before the TYPE/NAME split.
        Some(r) if r.matches('/').count() > 1 => {
            return Err(Error::msg(
                "arguments in resource/name form may not have more than one slash",
            ));
        }
        Some(r) if r.contains('/') => vec![r.clone()],
        Some(r) => vec!["pods".to_string(), r.clone()],
        None => vec!["pods".to_string()],
    };
    let selector = (!f.selector.is_empty()).then_some(f.selector.as_str());
    let request = Request {
        args: &args,
        filenames: &[],
        recursive: false,
        selector,
        field_selector: None,
        all: false,
        all_flag: AllFlag::EmptySelector,
        all_namespaces: false,
        fetch: Fetch::Objects,
    };
    let source = selection::read_source(&request, &ctx.program, ctx.input)?;
    let plan = selection::plan_in(ctx, client, &source, &request).await?;
    let mut infos = Vec::new();
    for item in plan.visit(client).await? {
        match item {
            Ok(info) => infos.push(info),
            Err(e) => return Err(not_found_in(e, &namespace)),
        }
    }
    if selector.is_some() {
        if infos.is_empty() {
            writeln!(ctx.err, "No resources found in {namespace} namespace.")?;
        }
        return Ok(Found::Pods(
            infos.into_iter().filter_map(|i| i.object).collect(),
        ));
    }
    if infos.len() != 1 {
        return Err(Error::msg("expected a resource"));
    }
    let info = infos.remove(0);
    let r = &info.resource;
    Ok(Found::Object {
        kind: r.kind.clone(),
        go_type: pick::go_type(&r.group, &r.version, &r.kind),
        object: info.object.unwrap_or(Value::Null),
    })
}

/// logs.go's rewording of a NotFound from the builder.
fn not_found_in(e: Error, namespace: &str) -> Error {
    let text = e.to_string();
    match text.strip_prefix("Error from server (NotFound): ") {
        Some(message) => Error::msg(format!(
            "error from server (NotFound): {message} in namespace {namespace:?}"
        )),
        None => e,
    }
}

/// `logsForObjectWithClient`: the streams to open for what was found.
async fn targets(
    client: &Client,
    f: &Flags,
    found: Found,
    notices: &mut Vec<String>,
) -> Result<Vec<LogTarget>> {
    let pods = match found {
        Found::Pods(pods) => pods,
        Found::Object { kind, object, .. } if kind == "Pod" => vec![object],
        Found::Object {
            kind,
            go_type,
            object,
        } => {
            let (namespace, selector) = pick::selector_for(&object, &kind).map_err(|e| {
                let why = if e == "not implemented" {
                    format!("selector for {go_type} not implemented")
                } else {
                    e
                };
                Error::msg(format!("cannot get the logs from {go_type}: {why}"))
            })?;
            let mut pods = pod_list(client, &namespace, &selector, f.timeout).await?;
            if pods.len() > 1 && !f.all_pods {
                notices.push(format!(
                    "Found {} pods, using pod/{}",
                    pods.len(),
                    pods[0]["metadata"]["name"].as_str().unwrap_or_default()
                ));
                pods.truncate(1);
            }
            pods
        }
    };
    let mut out = Vec::new();
    for pod in &pods {
        out.extend(
            pick::pod_targets(pod, &f.container, f.all_containers, f.all_pods, notices)
                .map_err(Error::msg)?,
        );
    }
    Ok(out)
}

/// `GetPodList`: the pods a selector matches, best for logging first; when there are none yet,
/// the first one a watch sees within the timeout.
async fn pod_list(
    client: &Client,
    namespace: &str,
    selector: &str,
    timeout: Duration,
) -> Result<Vec<Value>> {
    let base = format!(
        "/api/v1/namespaces/{namespace}/pods?labelSelector={}",
        query_escape(selector)
    );
    let list = client.get_json(&base).await?;
    let mut pods: Vec<Value> = list["items"].as_array().cloned().unwrap_or_default();
    if !pods.is_empty() {
        pick::sort_by_logging(&mut pods);
        return Ok(pods);
    }
    let rv = list["metadata"]["resourceVersion"]
        .as_str()
        .unwrap_or_default();
    let path = format!("{base}&resourceVersion={}&watch=true", query_escape(rv));
    let mut seen = None;
    let watch = client.watch(&path, "application/json", |event| {
        if matches!(event["type"].as_str(), Some("ADDED" | "MODIFIED")) {
            seen = Some(event["object"].clone());
            return Ok(false);
        }
        Ok(true)
    });
    match tokio::time::timeout(timeout, watch).await {
        Ok(result) => result?,
        Err(_) => return Err(Error::msg("timed out waiting for the condition")),
    }
    seen.map(|p| vec![p])
        .ok_or_else(|| Error::msg("timed out waiting for the condition"))
}
