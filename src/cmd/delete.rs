//! `kctl delete` (kubectl `pkg/cmd/delete`): find the objects, optionally confirm, DELETE each
//! with kubectl's `DeleteOptions`, print `pod "x" deleted`, then wait until each is gone.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use clap::{Arg, ArgAction, ArgMatches, Command};
use http::Method;
use serde_json::{Value, json};

use crate::cli::{bool_flag, parse_go_bool};
use crate::client::Client;
use crate::cmd::flags::{duration_flag, int_flag};
use crate::cmd::mutate::{self, DryRun};
use crate::cmd::selection::{self, AllFlag, Fetch, Info, Request};
use crate::ctx::Ctx;
use crate::error::{Error, Result};

pub fn command() -> Command {
    Command::new("delete")
        .about("Delete resources by file names, stdin, resources and names, or by resources and label selector")
        .arg(
            Arg::new("filename")
                .short('f')
                .long("filename")
                .action(ArgAction::Append),
        )
        .arg(bool_flag("recursive").short('R'))
        .arg(Arg::new("selector").short('l').long("selector"))
        .arg(Arg::new("field-selector").long("field-selector"))
        .arg(bool_flag("all"))
        .arg(bool_flag("all-namespaces").short('A'))
        .arg(bool_flag("force"))
        .arg(
            Arg::new("cascade")
                .long("cascade")
                .num_args(0..=1)
                .require_equals(true)
                .default_value("background")
                .default_missing_value("background"),
        )
        .arg(bool_flag("now"))
        .arg(
            Arg::new("grace-period")
                .long("grace-period")
                .allow_hyphen_values(true)
                .default_value("-1"),
        )
        .arg(Arg::new("timeout").long("timeout").default_value("0s"))
        .arg(bool_flag("ignore-not-found"))
        .arg(bool_flag("wait"))
        .arg(Arg::new("output").short('o').long("output"))
        .arg(Arg::new("raw").long("raw"))
        .arg(bool_flag("interactive").short('i'))
        .arg(mutate::dry_run_arg())
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
}

/// `--cascade`: what happens to the object's dependents (metav1 `DeletionPropagation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cascade {
    Background,
    Foreground,
    Orphan,
}

impl Cascade {
    fn policy(self) -> &'static str {
        match self {
            Cascade::Background => "Background",
            Cascade::Foreground => "Foreground",
            Cascade::Orphan => "Orphan",
        }
    }
}

/// delete_flags.go `parseCascadingFlag`: the words, or the deprecated booleans with a warning.
fn parse_cascade(raw: &str, err: &mut dyn Write) -> Result<Cascade> {
    match parse_go_bool(raw) {
        Ok(b) => {
            let replacement = if b { "background" } else { "orphan" };
            writeln!(
                err,
                "warning: --cascade={raw} is deprecated (boolean value) and can be replaced with --cascade={replacement}."
            )?;
            Ok(if b {
                Cascade::Background
            } else {
                Cascade::Orphan
            })
        }
        Err(_) => match raw {
            "orphan" => Ok(Cascade::Orphan),
            "foreground" => Ok(Cascade::Foreground),
            "background" => Ok(Cascade::Background),
            _ => Err(Error::msg(format!(
                "invalid cascade value ({raw}). Must be \"background\", \"foreground\", or \"orphan\""
            ))),
        },
    }
}

fn flag(m: &ArgMatches, id: &str) -> bool {
    m.get_one::<bool>(id).copied().unwrap_or(false)
}

fn explicit(m: &ArgMatches, id: &str) -> bool {
    m.value_source(id) == Some(clap::parser::ValueSource::CommandLine)
}

fn strings(m: &ArgMatches, id: &str) -> Vec<String> {
    m.get_many::<String>(id)
        .map(|v| v.cloned().collect())
        .unwrap_or_default()
}

/// The options after kubectl's `Complete`.
struct Options {
    args: Vec<String>,
    filenames: Vec<String>,
    recursive: bool,
    selector: Option<String>,
    field_selector: Option<String>,
    all: bool,
    all_namespaces: bool,
    cascade: Cascade,
    grace_period: i64,
    ignore_not_found: bool,
    wait: bool,
    timeout: Duration,
    output_name: bool,
    interactive: bool,
    dry_run: DryRun,
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let cascade = parse_cascade(
        m.get_one::<String>("cascade")
            .map(String::as_str)
            .unwrap_or("background"),
        ctx.err,
    )?;
    let mut grace_period = int_flag(m, "grace-period", "delete")?;
    let timeout = duration_flag(m, "timeout", "delete")?;
    let selector = m.get_one::<String>("selector").cloned();
    let field_selector = m.get_one::<String>("field-selector").cloned();
    let all = flag(m, "all");
    let force = flag(m, "force");
    let mut ignore_not_found = flag(m, "ignore-not-found");
    // Complete: --all and selectors imply --ignore-not-found unless it was given.
    if (all
        || selector.as_deref().is_some_and(|s| !s.is_empty())
        || field_selector.as_deref().is_some_and(|s| !s.is_empty()))
        && !explicit(m, "ignore-not-found")
    {
        ignore_not_found = true;
    }
    if flag(m, "now") {
        if grace_period != -1 {
            return Err(Error::msg(
                "--now and --grace-period cannot be specified together",
            ));
        }
        grace_period = 1;
    }
    // --grace-period=0 without --force means 1, so a typo cannot lose data (delete.go).
    if grace_period == 0 && !force {
        grace_period = 1;
    }
    if force && grace_period < 0 {
        grace_period = 0;
    }
    let dry_run = mutate::dry_run(m)?;
    let output = m.get_one::<String>("output").cloned().unwrap_or_default();
    if let Some(raw) = m.get_one::<String>("raw").filter(|r| !r.is_empty()) {
        return delete_raw(m, raw, &output, force, grace_period, ctx);
    }
    let opts = Options {
        args: strings(m, "args"),
        filenames: strings(m, "filename"),
        recursive: flag(m, "recursive"),
        selector,
        field_selector,
        all,
        all_namespaces: flag(m, "all-namespaces"),
        cascade,
        grace_period,
        ignore_not_found,
        wait: m.get_one::<bool>("wait").copied().unwrap_or(true),
        timeout,
        output_name: output == "name",
        interactive: flag(m, "interactive"),
        dry_run,
    };
    let request = Request {
        args: &opts.args,
        filenames: &opts.filenames,
        recursive: opts.recursive,
        selector: opts.selector.as_deref(),
        field_selector: opts.field_selector.as_deref(),
        all: opts.all,
        all_flag: AllFlag::SelectAll,
        all_namespaces: opts.all_namespaces,
        fetch: Fetch::Names,
    };
    let source = selection::read_source(&request, &ctx.program, ctx.input)?;
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let plan = selection::plan_in(ctx, &client, &source, &request).await?;
        // Validate, after the builder as in kubectl.
        if !output.is_empty() && output != "name" {
            return Err(Error::msg(format!(
                "unexpected -o output mode: {output}. We only support '-o name'"
            )));
        }
        if opts.grace_period == 0 && force {
            writeln!(ctx.err, "Warning: {FORCE_WARNING}")?;
        } else if opts.grace_period > 0 && force {
            return Err(Error::msg(
                "--force and --grace-period greater than 0 cannot be specified together",
            ));
        }
        let items = plan.visit(&client).await?;
        let run = Delete {
            client: &client,
            opts: &opts,
            warn_cluster_scope: ctx.globals.overrides.namespace.is_some() && !opts.all_namespaces,
        };
        run.all(items, ctx).await
    })
}

/// `--raw`: one DELETE to the given path (with a file or stdin as its body), the answer
/// copied to stdout (kubectl `rawhttp.RawDelete`), after delete's own checks.
fn delete_raw(
    m: &ArgMatches,
    raw: &str,
    output: &str,
    force: bool,
    grace_period: i64,
    ctx: &mut Ctx,
) -> Result<()> {
    if !output.is_empty() && output != "name" {
        return Err(Error::msg(format!(
            "unexpected -o output mode: {output}. We only support '-o name'"
        )));
    }
    if flag(m, "all")
        && m.get_one::<String>("selector")
            .is_some_and(|s| !s.is_empty())
    {
        return Err(Error::msg(
            "cannot set --all and --selector at the same time",
        ));
    }
    if flag(m, "all")
        && m.get_one::<String>("field-selector")
            .is_some_and(|s| !s.is_empty())
    {
        return Err(Error::msg(
            "cannot set --all and --field-selector at the same time",
        ));
    }
    if grace_period == 0 && force {
        writeln!(ctx.err, "Warning: {FORCE_WARNING}")?;
    } else if grace_period > 0 && force {
        return Err(Error::msg(
            "--force and --grace-period greater than 0 cannot be specified together",
        ));
    }
    let filenames = strings(m, "filename");
    if flag(m, "interactive") {
        return Err(Error::msg("--interactive can not be used with --raw"));
    }
    if filenames.len() > 1 {
        return Err(Error::msg(
            "--raw can only use a single local file or stdin",
        ));
    }
    if filenames
        .first()
        .is_some_and(|f| f.starts_with("http://") || f.starts_with("https://"))
    {
        return Err(Error::msg("--raw cannot read from a url"));
    }
    if flag(m, "recursive") {
        return Err(Error::msg("--raw and --recursive are mutually exclusive"));
    }
    if !output.is_empty() {
        return Err(Error::msg("--raw and --output are mutually exclusive"));
    }
    if !raw.starts_with('/') {
        return Err(Error::msg(format!(
            "--raw must be a valid URL path: parse {raw:?}: invalid URI for request"
        )));
    }
    let body = match filenames.first().map(String::as_str) {
        None => None,
        Some("-") => {
            let mut data = Vec::new();
            ctx.input.read_to_end(&mut data)?;
            Some(data)
        }
        Some(path) => Some(std::fs::read(path)?),
    };
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let response = client
            .send(Method::DELETE, raw, "application/json, */*", body)
            .await?;
        if !response.status.is_success() {
            return Err(crate::client::status_error(response.status, &response.body));
        }
        ctx.out.write_all(&response.body)?;
        Ok(())
    })
}

const FORCE_WARNING: &str = "Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.";

struct Delete<'a> {
    client: &'a Client,
    opts: &'a Options,
    warn_cluster_scope: bool,
}

/// Whether an error is the server's NotFound (what `--ignore-not-found` forgives).
fn is_not_found(e: &Error) -> bool {
    matches!(e, Error::Raw(t) if t.starts_with("Error from server (NotFound)"))
}

impl Delete<'_> {
    async fn all(&self, items: Vec<Result<Info>>, ctx: &mut Ctx<'_>) -> Result<()> {
        let mut errors: Vec<Error> = Vec::new();
        let mut visible: Vec<Info> = Vec::new();
        for item in items {
            match item {
                Ok(info) => visible.push(info),
                Err(e) if self.opts.ignore_not_found && is_not_found(&e) => {}
                Err(e) => errors.push(e),
            }
        }
        if self.opts.interactive {
            // The preview visit stops at its first error, before any question.
            if !errors.is_empty() {
                return selection::aggregate(errors);
            }
            if visible.is_empty() {
                writeln!(ctx.out, "No resources found")?;
                return selection::aggregate(errors);
            }
            if !self.confirm(&visible, ctx)? {
                writeln!(ctx.out, "deletion is cancelled")?;
                return Ok(());
            }
        }
        let mut warn_cluster_scope = self.warn_cluster_scope;
        let mut deleted: Vec<(Info, Option<String>)> = Vec::new();
        // Counted before the DELETE: an object already gone under --ignore-not-found still
        // counts, so kubectl prints nothing rather than "No resources found".
        let mut found = 0;
        for info in visible {
            found += 1;
            if warn_cluster_scope && !info.resource.namespaced {
                writeln!(
                    ctx.err,
                    "Warning: deleting cluster-scoped resources, not scoped to the provided namespace"
                )?;
                warn_cluster_scope = false;
            }
            if self.opts.dry_run == DryRun::Client {
                self.print(&info, ctx)?;
                deleted.push((info, None));
                continue;
            }
            match self.delete(&info).await? {
                Ok(uid) => {
                    self.print(&info, ctx)?;
                    deleted.push((info, uid));
                }
                Err(e) if self.opts.ignore_not_found && is_not_found(&e) => {}
                Err(e) => errors.push(e),
            }
        }
        if !errors.is_empty() {
            return selection::aggregate(errors);
        }
        if found == 0 {
            writeln!(ctx.out, "No resources found")?;
            return Ok(());
        }
        if !self.opts.wait || self.opts.dry_run != DryRun::None {
            return Ok(());
        }
        // kubectl waits "forever" (a week) when --timeout is zero.
        let timeout = if self.opts.timeout.is_zero() {
            Duration::from_secs(168 * 3600)
        } else {
            self.opts.timeout
        };
        let deadline = Instant::now() + timeout;
        let mut wait_errors = Vec::new();
        for (info, uid) in &deleted {
            if let Err(e) = self.wait_deleted(info, uid.as_deref(), deadline, ctx).await {
                if is_not_found(&e) {
                    continue;
                }
                wait_errors.push(e);
            }
        }
        selection::aggregate(wait_errors)
    }

    /// `confirmation`: one question for all objects, one word read (Go's `fmt.Fscan`).
    fn confirm(&self, infos: &[Info], ctx: &mut Ctx<'_>) -> Result<bool> {
        writeln!(
            ctx.out,
            "You are about to delete the following {} resource(s):",
            infos.len()
        )?;
        for info in infos {
            writeln!(ctx.out, "{}", info.kind_name())?;
        }
        write!(ctx.out, "Do you want to continue? (y/n): ")?;
        ctx.out.flush()?;
        Ok(read_word(ctx.input).is_some_and(|w| w.eq_ignore_ascii_case("y")))
    }

    /// `PrintObj` for a deleted object: `kind.group "name" deleted` or `-o name`.
    fn print(&self, info: &Info, ctx: &mut Ctx<'_>) -> Result<()> {
        let mut operation = if self.opts.grace_period == 0 {
            "force deleted".to_string()
        } else {
            "deleted".to_string()
        };
        operation.push_str(self.opts.dry_run.suffix());
        if self.opts.output_name {
            writeln!(ctx.out, "{}", info.kind_name())?;
        } else {
            writeln!(
                ctx.out,
                "{} \"{}\" {operation}",
                info.resource.kind_prefix(),
                info.name
            )?;
        }
        Ok(())
    }

    /// The DeleteOptions body kubectl sends (fields in the Go struct's order).
    fn body(&self) -> Value {
        let mut body = serde_json::Map::new();
        if self.opts.grace_period >= 0 {
            body.insert("gracePeriodSeconds".into(), json!(self.opts.grace_period));
        }
        body.insert(
            "propagationPolicy".into(),
            json!(self.opts.cascade.policy()),
        );
        if self.opts.dry_run == DryRun::Server {
            body.insert("dryRun".into(), json!(["All"]));
        }
        Value::Object(body)
    }

    /// DELETEs one object; the outer error is a transport failure, the inner one the server's
    /// answer (with the manifest named, as `cmdutil.AddSourceToErr` does). Returns the UID of
    /// what was deleted, for the wait.
    async fn delete(&self, info: &Info) -> Result<Result<Option<String>>> {
        let body = serde_json::to_vec(&self.body()).map_err(|e| Error::msg(e.to_string()))?;
        let response = self
            .client
            .send(Method::DELETE, &info.path(), "application/json", Some(body))
            .await?;
        if !response.status.is_success() {
            return Ok(Err(with_source(
                response.status,
                &response.body,
                info.source.as_deref(),
            )));
        }
        let answer: Value = serde_json::from_slice(&response.body).unwrap_or(Value::Null);
        let uid = if answer["kind"] == "Status" {
            answer["details"]["uid"].as_str()
        } else {
            answer["metadata"]["uid"].as_str()
        };
        Ok(Ok(uid.map(str::to_string)))
    }

    /// wait's `IsDeleted`: gone (or replaced by a new UID) at once, else list and watch by name
    /// until a DELETED event.
    async fn wait_deleted(
        &self,
        info: &Info,
        uid: Option<&str>,
        deadline: Instant,
        ctx: &mut Ctx<'_>,
    ) -> Result<()> {
        let timed_out = || {
            Error::msg(format!(
                "timed out waiting for the condition on {}/{}",
                info.resource.resource, info.name
            ))
        };
        let current = match self.client.get_json(&info.path()).await {
            Ok(v) => v,
            Err(e) if is_not_found(&e) => return Ok(()),
            Err(e) => return Err(e),
        };
        if uid.is_some_and(|u| current["metadata"]["uid"].as_str() != Some(u)) {
            return Ok(());
        }
        let ns = (!info.namespace.is_empty()).then_some(info.namespace.as_str());
        let collection = info.resource.collection_path(ns);
        let selector = mutate::query_escape(&format!("metadata.name={}", info.name));
        loop {
            let remaining = deadline.saturating_duration_since(Instant::now());
            if remaining.is_zero() {
                return Err(timed_out());
            }
            let list = self
                .client
                .get_json(&format!(
                    "{collection}?fieldSelector={selector}&limit=500&resourceVersion=0"
                ))
                .await?;
            if list["items"].as_array().is_none_or(Vec::is_empty) {
                return Ok(());
            }
            let rv = list["metadata"]["resourceVersion"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            let path = format!(
                "{collection}?allowWatchBookmarks=true&fieldSelector={selector}&resourceVersion={rv}&timeoutSeconds={}&watch=true",
                remaining.as_secs().clamp(1, 600)
            );
            let mut gone = false;
            let mut warnings: Vec<String> = Vec::new();
            let watch = self.client.watch(&path, "application/json", |event| {
                match event["type"].as_str() {
                    Some("DELETED") => {
                        gone = true;
                        Ok(false)
                    }
                    Some("ERROR") => {
                        let message = event["object"]["message"].as_str().unwrap_or_default();
                        warnings.push(format!(
                            "error: An error occurred while waiting for the object to be deleted: {message}"
                        ));
                        Ok(true)
                    }
                    _ => Ok(true),
                }
            });
            let outcome = tokio::time::timeout(remaining, watch).await;
            for w in warnings {
                write!(ctx.err, "{w}")?;
            }
            match outcome {
                Err(_) => return Err(timed_out()),
                Ok(Err(e)) => return Err(e),
                Ok(Ok(())) if gone => return Ok(()),
                // The server closed the watch: list again.
                Ok(Ok(())) => {}
            }
        }
    }
}

/// `cmdutil.AddSourceToErr("deleting", source, err)`: a manifest's name in the server's message.
fn with_source(status: http::StatusCode, body: &[u8], source: Option<&str>) -> Error {
    let Some(source) = source.filter(|s| !s.is_empty()) else {
        return crate::client::status_error(status, body);
    };
    let mut parsed: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    if parsed["kind"] == "Status" {
        let message = parsed["message"].as_str().unwrap_or_default();
        parsed["message"] = Value::String(format!("error when deleting {source:?}: {message}"));
        let bytes = serde_json::to_vec(&parsed).unwrap_or_default();
        return crate::client::status_error(status, &bytes);
    }
    crate::client::status_error(status, body)
}

/// One whitespace-separated word, read a byte at a time so nothing after it is consumed (Go's
/// `fmt.Fscan` on a plain reader).
fn read_word(input: &mut dyn Read) -> Option<String> {
    let mut word = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        match input.read(&mut byte) {
            Ok(0) | Err(_) => break,
            Ok(_) if byte[0].is_ascii_whitespace() => {
                if word.is_empty() {
                    continue;
                }
                break;
            }
            Ok(_) => word.push(byte[0]),
        }
    }
    if word.is_empty() {
        None
    } else {
        String::from_utf8(word).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cascade_values() {
        let cases: &[(&str, Option<Cascade>, &str)] = &[
            ("background", Some(Cascade::Background), ""),
            ("foreground", Some(Cascade::Foreground), ""),
            ("orphan", Some(Cascade::Orphan), ""),
            (
                "true",
                Some(Cascade::Background),
                "warning: --cascade=true is deprecated (boolean value) and can be replaced with --cascade=background.\n",
            ),
            (
                "false",
                Some(Cascade::Orphan),
                "warning: --cascade=false is deprecated (boolean value) and can be replaced with --cascade=orphan.\n",
            ),
            ("sideways", None, ""),
        ];
        for (raw, want, warning) in cases {
            let mut err = Vec::new();
            let got = parse_cascade(raw, &mut err).ok();
            assert_eq!(got, *want, "{raw}");
            assert_eq!(String::from_utf8(err).unwrap(), *warning, "{raw}");
        }
    }

    #[test]
    fn words_from_a_pipe() {
        let cases: &[(&str, Option<&str>)] = &[
            ("y\n", Some("y")),
            ("  Y  rest", Some("Y")),
            ("\n\nno\n", Some("no")),
            ("", None),
        ];
        for (input, want) in cases {
            let mut r = input.as_bytes();
            assert_eq!(read_word(&mut r).as_deref(), *want, "{input:?}");
        }
    }

    #[test]
    fn sources_name_the_manifest() {
        let body =
            br#"{"kind":"Status","message":"pods \"x\" not found","reason":"NotFound","code":404}"#;
        assert_eq!(
            with_source(http::StatusCode::NOT_FOUND, body, Some("p.yaml")).to_string(),
            "Error from server (NotFound): error when deleting \"p.yaml\": pods \"x\" not found"
        );
    }
}
