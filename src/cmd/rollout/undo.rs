//! `kctl rollout undo` (kubectl `rollout_undo.go`, polymorphichelpers `rollback.go`): puts a
//! previous revision's pod template back — a JSON patch of a Deployment's template and
//! annotations, a DaemonSet's or StatefulSet's stored revision patch — or says why not.

use std::collections::BTreeMap;

use clap::{Arg, ArgMatches, Command};
use http::Method;
use serde_json::{Value, json};

use super::viewer::Workload;
use super::workload::{self, Owner};
use super::{Targets, go_error_text, group_kind, target_args, visitor_error};
use crate::client::Client;
use crate::cmd::flags::int_flag;
use crate::cmd::mutate::{self, DryRun, OperationPrinter};
use crate::cmd::selection::{self, Info};
use crate::ctx::Ctx;
use crate::error::{Error, Result};

pub fn command() -> Command {
    Command::new("undo")
        .about("Undo a previous rollout")
        // pflag: a flag given twice takes its last value.
        .args_override_self(true)
        .args(target_args())
        .args(mutate::print_args())
        .arg(mutate::dry_run_arg())
        .arg(
            Arg::new("to-revision")
                .long("to-revision")
                .allow_hyphen_values(true)
                .default_value("0")
                .help("The revision to rollback to. Default to 0 (last revision)."),
        )
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let to_revision = int_flag(m, "to-revision", "rollout undo")?;
    let dry_run = mutate::dry_run(m)?;
    let printer = OperationPrinter::from_args(m, "rolled back", dry_run)?;
    let targets = Targets::from_args(m)?;
    let source = targets.source(ctx)?;
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let items = targets.visit(ctx, &client, &source).await?;
        let mut errors = Vec::new();
        for item in items {
            let result = match item {
                Ok(info) => match rollback(&client, &info, to_revision, dry_run).await {
                    Ok(outcome) => {
                        let object = info.object.clone().unwrap_or(Value::Null);
                        printer
                            .with_operation(&outcome, dry_run)
                            .print_typed(&object, ctx.out)
                    }
                    Err(e) => Err(e),
                },
                Err(e) => Err(e),
            };
            if let Err(e) = result {
                errors.push(e);
            }
        }
        selection::aggregate(errors)
    })
}

/// `RollbackerFor`: the workload, or kubectl's error for a kind it cannot roll back.
fn rollbacker(info: &Info) -> Result<Workload> {
    if let Some(e) = visitor_error(info) {
        return Err(Error::msg(format!(
            "error retrieving rollbacker for {:?}, {e}",
            group_kind(info)
        )));
    }
    Workload::of(&info.resource.group, &info.resource.kind).ok_or_else(|| {
        Error::msg(format!(
            "no rollbacker has been implemented for {:?}",
            group_kind(info)
        ))
    })
}

fn not_found(revision: i64) -> Error {
    Error::msg(format!(
        "unable to find specified revision {revision} in history"
    ))
}

/// `Rollback`: the operation kubectl prints after the name (`rolled back`, `skipped
/// rollback (…)`, or under `--dry-run=client` the template it would restore).
async fn rollback(
    client: &Client,
    info: &Info,
    to_revision: i64,
    dry_run: DryRun,
) -> Result<String> {
    let workload = rollbacker(info)?;
    if to_revision < 0 {
        return Err(not_found(to_revision));
    }
    let owner = workload::read(client, workload, &info.path(), &info.name).await?;
    let history = owner.history(client).await?;
    let query = if dry_run == DryRun::Server {
        "?dryRun=All"
    } else {
        ""
    };
    let (content_type, patch) = match workload {
        Workload::Deployment => {
            let rs = deployment_revision(&owner, &history, to_revision)?;
            let template = &rs["spec"]["template"];
            if dry_run == DryRun::Client {
                return Ok(crate::describe::pod_template_untabbed(template));
            }
            if owner.object["spec"]["paused"] == true {
                return Err(Error::msg(
                    "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again",
                ));
            }
            if same_template(template, &owner.object["spec"]["template"]) {
                return Ok(skipped(to_revision));
            }
            (
                "application/json-patch+json",
                deployment_patch(&owner.object, &rs),
            )
        }
        Workload::DaemonSet | Workload::StatefulSet => {
            if to_revision == 0 && history.len() <= 1 {
                return Err(Error::msg("no last revision to roll back to"));
            }
            let Some(revision) = find_revision(to_revision, &history) else {
                return Err(not_found(to_revision));
            };
            if dry_run == DryRun::Client {
                let applied = workload::apply_revision(&owner.object, &revision);
                return Ok(format!(
                    "will roll back to {}",
                    crate::describe::pod_template_untabbed(&applied["spec"]["template"])
                ));
            }
            // `daemonSetMatch`/`statefulsetMatch` compare the encoded patches byte for byte;
            // both sides are the same typed encoding, so equal JSON values say the same.
            let current = workload::current_patch(&owner.object);
            if workload::semantic(&current) == workload::semantic(&revision["data"]) {
                return Ok(skipped(to_revision));
            }
            (
                "application/strategic-merge-patch+json",
                revision["data"].clone(),
            )
        }
    };
    let body = crate::output::json::to_compact_string(&patch).into_bytes();
    let response = client
        .send_typed(
            Method::PATCH,
            &format!("{}{query}", info.path()),
            "application/json",
            content_type,
            Some(body),
        )
        .await?;
    if !response.status.is_success() {
        let e = crate::client::status_error(response.status, &response.body);
        return Err(Error::msg(format!(
            "failed restoring revision {to_revision}: {}",
            go_error_text(&e)
        )));
    }
    Ok("rolled back".to_string())
}

fn skipped(to_revision: i64) -> String {
    format!("skipped rollback (current template already matches revision {to_revision})")
}

/// `equalIgnoreHash` under `apiequality.Semantic` (nil and empty alike).
fn same_template(a: &Value, b: &Value) -> bool {
    workload::semantic(&workload::without_hash(a)) == workload::semantic(&workload::without_hash(b))
}

/// `deploymentRevision`: the ReplicaSet of `to_revision`, or of the revision before the
/// newest when it is 0.
fn deployment_revision(owner: &Owner, history: &[Value], to_revision: i64) -> Result<Value> {
    let mut latest: Option<(i64, &Value)> = None;
    let mut previous: Option<(i64, &Value)> = None;
    for rs in history {
        let Some(v) = workload::replica_set_revision(rs) else {
            continue;
        };
        if to_revision == 0 {
            if latest.is_none_or(|(l, _)| l < v) {
                previous = latest;
                latest = Some((v, rs));
            } else if previous.is_none_or(|(p, _)| p < v) {
                previous = Some((v, rs));
            }
        } else if v == to_revision {
            return Ok(rs.clone());
        }
    }
    if to_revision > 0 {
        return Err(not_found(to_revision));
    }
    match previous {
        Some((_, rs)) => Ok(rs.clone()),
        None => Err(Error::msg(format!(
            "no rollout history found for deployment {:?}",
            owner.name()
        ))),
    }
}

/// The annotations a rollback keeps from the Deployment rather than take from the
/// ReplicaSet (`annotationsToSkip`).
const KEPT_ANNOTATIONS: &[&str] = &[
    "kubectl.kubernetes.io/last-applied-configuration",
    "deployment.kubernetes.io/revision",
    "deployment.kubernetes.io/revision-history",
    "deployment.kubernetes.io/desired-replicas",
    "deployment.kubernetes.io/max-replicas",
    "deprecated.deployment.rollback.to",
];

/// `getDeploymentPatch`: replace the template (without its hash label) and the annotations.
fn deployment_patch(deployment: &Value, rs: &Value) -> Value {
    let mut template = rs["spec"]["template"].clone();
    if let Some(labels) = template
        .pointer_mut("/metadata/labels")
        .and_then(Value::as_object_mut)
    {
        labels.remove(workload::HASH_LABEL);
    }
    let mut annotations = BTreeMap::new();
    if let Some(current) = deployment["metadata"]["annotations"].as_object() {
        for key in KEPT_ANNOTATIONS {
            if let Some(v) = current.get(*key) {
                annotations.insert(key.to_string(), v.clone());
            }
        }
    }
    if let Some(from_rs) = rs["metadata"]["annotations"].as_object() {
        for (k, v) in from_rs {
            if !KEPT_ANNOTATIONS.contains(&k.as_str()) {
                annotations.insert(k.clone(), v.clone());
            }
        }
    }
    json!([
        {"op": "replace", "path": "/spec/template", "value": template},
        {"op": "replace", "path": "/metadata/annotations", "value": annotations},
    ])
}

/// `findHistory`: the revision numbered `to_revision`, or the second newest for 0.
fn find_revision(to_revision: i64, history: &[Value]) -> Option<Value> {
    if to_revision == 0 {
        if history.len() <= 1 {
            return None;
        }
        let mut sorted: Vec<&Value> = history.iter().collect();
        sorted.sort_by_key(|r| workload::revision_number(r));
        return sorted.get(sorted.len() - 2).map(|r| (*r).clone());
    }
    history
        .iter()
        .find(|r| workload::revision_number(r) == to_revision)
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rs(revision: &str, image: &str) -> Value {
        json!({"metadata": {"annotations": {"deployment.kubernetes.io/revision": revision,
                                            "deployment.kubernetes.io/desired-replicas": "3",
                                            "team": "a"}},
               "spec": {"template": {"metadata": {"labels": {"app": "web", "pod-template-hash": "h"}},
                                     "spec": {"containers": [{"image": image}]}}}})
    }

    fn owner() -> Owner {
        Owner {
            workload: Workload::Deployment,
            object: json!({"metadata": {"name": "web"}}),
        }
    }

    #[test]
    fn deployment_revisions_pick_the_previous_one() {
        let history = vec![rs("1", "a"), rs("3", "c"), rs("2", "b")];
        let pick = |to: i64| {
            deployment_revision(&owner(), &history, to)
                .map(|r| r["spec"]["template"]["spec"]["containers"][0]["image"].clone())
                .map_err(|e| e.to_string())
        };
        assert_eq!(pick(0), Ok(json!("b")));
        assert_eq!(pick(1), Ok(json!("a")));
        assert_eq!(
            pick(7),
            Err("unable to find specified revision 7 in history".to_string())
        );
        assert_eq!(
            deployment_revision(&owner(), &history[..1], 0)
                .unwrap_err()
                .to_string(),
            "no rollout history found for deployment \"web\""
        );
    }

    #[test]
    fn deployment_patches_keep_the_deployments_bookkeeping() {
        let deployment = json!({"metadata": {"annotations": {
            "deployment.kubernetes.io/revision": "3", "other": "dropped"}}});
        let patch = deployment_patch(&deployment, &rs("1", "a"));
        assert_eq!(
            patch[0]["value"]["metadata"]["labels"],
            json!({"app": "web"})
        );
        assert_eq!(
            patch[1]["value"],
            json!({"deployment.kubernetes.io/revision": "3", "team": "a"})
        );
    }

    #[test]
    fn controller_revisions_by_number() {
        let rev = |n: i64| json!({"revision": n});
        let history = vec![rev(3), rev(1), rev(2)];
        assert_eq!(find_revision(0, &history), Some(rev(2)));
        assert_eq!(find_revision(1, &history), Some(rev(1)));
        assert_eq!(find_revision(5, &history), None);
        assert_eq!(find_revision(0, &history[..1]), None);
    }
}
