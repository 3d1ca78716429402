//! `kctl rollout pause|resume|restart` (kubectl `rollout_pause.go`, `rollout_resume.go`,
//! `rollout_restart.go`, polymorphichelpers `objectpauser.go`, `objectresumer.go`,
//! `objectrestarter.go`): one change to each object's spec, sent as the strategic merge patch
//! of before and after (`set.CalculatePatches`).

use clap::{ArgMatches, Command};
use http::Method;
use serde_json::{Value, json};

use super::{Targets, go_error_text, target_args};
use crate::client::Client;
use crate::cmd::mutate::{self, DryRun, OperationPrinter, WriteParams};
use crate::cmd::selection::Info;
use crate::ctx::Ctx;
use crate::error::{Error, Result};

pub const RESTARTED_AT: &str = "kubectl.kubernetes.io/restartedAt";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Pause,
    Resume,
    Restart,
}

impl Action {
    fn name(self) -> &'static str {
        match self {
            Action::Pause => "pause",
            Action::Resume => "resume",
            Action::Restart => "restart",
        }
    }

    fn done(self) -> &'static str {
        match self {
            Action::Pause => "paused",
            Action::Resume => "resumed",
            Action::Restart => "restarted",
        }
    }
}

pub fn command(action: Action) -> Command {
    let about = match action {
        Action::Pause => "Mark the provided resource as paused",
        Action::Resume => "Resume a paused resource",
        Action::Restart => "Restart a resource",
    };
    Command::new(action.name())
        .about(about)
        // pflag: a flag given twice takes its last value.
        .args_override_self(true)
        .args(target_args())
        .args(mutate::print_args())
        .arg(mutate::field_manager_arg("kubectl-rollout"))
}

/// What the change makes of one object: the patch to send (`{}` when nothing changes), or
/// the helper's error.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    Patch(Value),
    Failed(String),
}

/// The pauser, resumer and restarter: which kinds they take and what they change.
pub fn change(action: Action, group: &str, kind: &str, object: &Value, now: &str) -> Change {
    let deployment = matches!(group, "apps" | "extensions") && kind == "Deployment";
    let paused = object["spec"]["paused"] == true;
    match action {
        Action::Pause if !deployment => Change::Failed("pausing is not supported".into()),
        Action::Pause if paused => Change::Failed("is already paused".into()),
        Action::Pause => Change::Patch(json!({"spec": {"paused": true}})),
        Action::Resume if !deployment => Change::Failed("resuming is not supported".into()),
        Action::Resume if !paused => Change::Failed("is not paused".into()),
        // `paused: false` is omitted from the encoded object, so the two-way patch deletes it.
        Action::Resume => Change::Patch(json!({"spec": {"paused": null}})),
        Action::Restart => {
            let restartable = deployment
                || (matches!(group, "apps" | "extensions") && kind == "DaemonSet")
                || (group == "apps" && kind == "StatefulSet");
            if !restartable {
                return Change::Failed("restarting is not supported".into());
            }
            if deployment && paused {
                return Change::Failed(
                    "can't restart paused deployment (run rollout resume first)".into(),
                );
            }
            let current = &object["spec"]["template"]["metadata"]["annotations"][RESTARTED_AT];
            if current == now {
                return Change::Patch(json!({}));
            }
            Change::Patch(
                json!({"spec": {"template": {"metadata": {"annotations": {RESTARTED_AT: now}}}}}),
            )
        }
    }
}

/// Go's `time.Now().Format(time.RFC3339)` in the local zone.
fn now_rfc3339() -> String {
    let now = jiff::Zoned::now();
    let stamp = now.strftime("%Y-%m-%dT%H:%M:%S").to_string();
    let offset = now.offset().seconds();
    if offset == 0 {
        format!("{stamp}Z")
    } else {
        let sign = if offset < 0 { '-' } else { '+' };
        let abs = offset.abs();
        format!("{stamp}{sign}{:02}:{:02}", abs / 3600, (abs % 3600) / 60)
    }
}

pub fn run(action: Action, m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let printer = OperationPrinter::from_args(m, action.done(), DryRun::None)?;
    let params = WriteParams::from_args(m, DryRun::None)?;
    let targets = Targets::from_args(m)?;
    let source = targets.source(ctx)?;
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let items = targets.visit(ctx, &client, &source).await?;
        // `r.Infos()` fails as a whole: its errors come first, the objects it did get are
        // still changed.
        let mut errors = Vec::new();
        let mut infos = Vec::new();
        for item in items {
            match item {
                Ok(info) => infos.push(info),
                Err(e) => errors.push(e),
            }
        }
        if infos.is_empty() && errors.is_empty() {
            writeln!(
                ctx.err,
                "No resources found in {} namespace.",
                client.namespace
            )?;
            return Ok(());
        }
        let now = now_rfc3339();
        for info in &infos {
            if let Err(e) = apply(&client, action, info, &now, &params, &printer, ctx).await {
                errors.push(e);
            }
        }
        report(errors)
    })
}

async fn apply(
    client: &Client,
    action: Action,
    info: &Info,
    now: &str,
    params: &WriteParams,
    printer: &OperationPrinter,
    ctx: &mut Ctx<'_>,
) -> Result<()> {
    let object = info.object.clone().unwrap_or(Value::Null);
    let patch = match change(
        action,
        &info.resource.group,
        &info.resource.kind,
        &object,
        now,
    ) {
        Change::Failed(why) => {
            return Err(Error::msg(format!(
                "error: {} {:?} {why}",
                info.resource.group_resource(),
                info.name
            )));
        }
        Change::Patch(p) => p,
    };
    let empty = patch.as_object().is_some_and(|p| p.is_empty());
    let mut empty_error = None;
    if empty {
        match action {
            Action::Pause | Action::Resume => {
                let already = format!("already {}", action.done());
                return printer
                    .with_operation(&already, DryRun::None)
                    .print_typed(&object, ctx.out);
            }
            // kubectl notes the empty patch and sends it anyway.
            Action::Restart => {
                empty_error = Some(Error::msg(format!(
                    "failed to create patch for {}: empty patch",
                    info.name
                )));
            }
        }
    }
    let body = crate::output::json::to_compact_string(&patch).into_bytes();
    let response = client
        .send_typed(
            Method::PATCH,
            &format!("{}{}", info.path(), params.query()),
            "application/json",
            "application/strategic-merge-patch+json",
            Some(body),
        )
        .await?;
    if !response.status.is_success() {
        let e = crate::client::status_error(response.status, &response.body);
        return Err(Error::msg(format!(
            "failed to patch: {}",
            go_error_text(&e)
        )));
    }
    let patched: Value =
        serde_json::from_slice(&response.body).map_err(|e| Error::msg(e.to_string()))?;
    printer.print_typed(&patched, ctx.out)?;
    match empty_error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// `utilerrors.NewAggregate(allErrs)` through `cmdutil.CheckErr`: one error as itself (a
/// message that already starts with `error: ` is not prefixed again), several one per line.
fn report(mut errors: Vec<Error>) -> Result<()> {
    match errors.len() {
        0 => Ok(()),
        1 => match errors.remove(0) {
            Error::Message(text) => Err(Error::msg(
                text.strip_prefix("error: ").unwrap_or(&text).to_string(),
            )),
            other => Err(other),
        },
        _ => Err(Error::Multiple(
            errors.iter().map(ToString::to_string).collect(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: &str = "2026-11-23T21:00:00Z";

    #[test]
    fn changes_by_kind_and_state() {
        let running = json!({"spec": {"template": {}}});
        let paused = json!({"spec": {"paused": true, "template": {}}});
        let restarted =
            json!({"spec": {"template": {"metadata": {"annotations": {RESTARTED_AT: NOW}}}}});
        let failed = |s: &str| Change::Failed(s.to_string());
        let cases: Vec<(Action, &str, &str, &Value, Change)> = vec![
            (
                Action::Pause,
                "apps",
                "Deployment",
                &running,
                Change::Patch(json!({"spec": {"paused": true}})),
            ),
            (
                Action::Pause,
                "apps",
                "Deployment",
                &paused,
                failed("is already paused"),
            ),
            (
                Action::Pause,
                "apps",
                "DaemonSet",
                &running,
                failed("pausing is not supported"),
            ),
            (
                Action::Resume,
                "apps",
                "Deployment",
                &paused,
                Change::Patch(json!({"spec": {"paused": null}})),
            ),
            (
                Action::Resume,
                "apps",
                "Deployment",
                &running,
                failed("is not paused"),
            ),
            (
                Action::Resume,
                "",
                "Service",
                &running,
                failed("resuming is not supported"),
            ),
            (
                Action::Restart,
                "apps",
                "Deployment",
                &paused,
                failed("can't restart paused deployment (run rollout resume first)"),
            ),
            (
                Action::Restart,
                "apps",
                "ReplicaSet",
                &running,
                failed("restarting is not supported"),
            ),
            (
                Action::Restart,
                "apps",
                "StatefulSet",
                &running,
                Change::Patch(
                    json!({"spec": {"template": {"metadata": {"annotations": {RESTARTED_AT: NOW}}}}}),
                ),
            ),
            (
                Action::Restart,
                "apps",
                "DaemonSet",
                &restarted,
                Change::Patch(json!({})),
            ),
        ];
        for (action, group, kind, object, want) in cases {
            assert_eq!(
                change(action, group, kind, object, NOW),
                want,
                "{action:?} {kind} {object}"
            );
        }
    }

    #[test]
    fn restart_stamps_are_rfc3339_seconds() {
        let stamp = now_rfc3339();
        assert!(stamp.len() >= 20, "{stamp}");
        assert_eq!(&stamp[4..5], "-");
        assert_eq!(&stamp[10..11], "T");
        assert!(stamp.ends_with('Z') || stamp[19..].len() == 6, "{stamp}");
    }

    #[test]
    fn aggregates_print_like_check_err() {
        assert_eq!(
            report(vec![Error::msg(
                "error: deployments.apps \"web\" is not paused"
            )])
            .unwrap_err()
            .to_string(),
            "deployments.apps \"web\" is not paused"
        );
        match report(vec![
            Error::msg("error: a"),
            Error::Raw("Error from server (NotFound): b".into()),
        ]) {
            Err(Error::Multiple(lines)) => {
                assert_eq!(lines, vec!["error: a", "Error from server (NotFound): b"])
            }
            other => panic!("{other:?}"),
        }
    }
}
