//! `kctl rollout history` (kubectl `rollout_history.go`, polymorphichelpers `history.go`): the
//! revisions of a Deployment (its ReplicaSets), DaemonSet or StatefulSet (their
//! ControllerRevisions) as a `REVISION  CHANGE-CAUSE` table, one revision's pod template, or
//! the revision objects through `-o`.

use std::collections::BTreeMap;

use clap::{Arg, ArgMatches, Command};
use serde_json::Value;

use super::viewer::Workload;
use super::workload::{self, CHANGE_CAUSE, Owner};
use super::{Targets, group_kind, target_args, visitor_error};
use crate::client::Client;
use crate::cmd::flags::int_flag;
use crate::cmd::mutate::{self, DryRun, OperationPrinter};
use crate::cmd::selection::{self, Info};
use crate::ctx::Ctx;
use crate::error::{Error, Result};

pub fn command() -> Command {
    Command::new("history")
        .about("View rollout history")
        // pflag: a flag given twice takes its last value.
        .args_override_self(true)
        .args(target_args())
        .args(mutate::print_args())
        .arg(
            Arg::new("revision")
                .long("revision")
                .allow_hyphen_values(true)
                .default_value("0")
                .help("See the details, including podTemplate of the revision specified"),
        )
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let revision = int_flag(m, "revision", "rollout history")?;
    let printer = OperationPrinter::from_args(m, "", DryRun::None)?;
    let output = m.get_one::<String>("output").is_some_and(|o| !o.is_empty());
    let targets = Targets::from_args(m)?;
    if revision < 0 {
        return Err(Error::msg(format!(
            "revision must be a positive integer: {revision}"
        )));
    }
    let source = targets.source(ctx)?;
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let items = targets.visit(ctx, &client, &source).await?;
        let mut errors = Vec::new();
        let mut printed = 0;
        for item in items {
            let result = match item {
                Ok(info) if output => {
                    print_objects(&client, &info, revision, &printer, m, &mut printed, ctx).await
                }
                Ok(info) => print_view(&client, &info, revision, &printer, ctx).await,
                Err(e) => Err(e),
            };
            if let Err(e) = result {
                errors.push(e);
            }
        }
        selection::aggregate(errors)
    })
}

/// `HistoryViewerFor`: the workload, or kubectl's error for a kind without history.
fn viewer(info: &Info) -> Result<Workload> {
    if let Some(e) = visitor_error(info) {
        return Err(Error::msg(format!(
            "error retrieving history for {:?}, {e}",
            group_kind(info)
        )));
    }
    Workload::of(&info.resource.group, &info.resource.kind).ok_or_else(|| {
        Error::msg(format!(
            "no history viewer has been implemented for {:?}",
            group_kind(info)
        ))
    })
}

/// The history of one object, as the human view prints it.
async fn print_view(
    client: &Client,
    info: &Info,
    revision: i64,
    printer: &OperationPrinter,
    ctx: &mut Ctx<'_>,
) -> Result<()> {
    let workload = viewer(info)?;
    let owner = workload::read(client, workload, &info.path(), &info.name).await?;
    let history = owner.history(client).await?;
    let text = view(&owner, &history, revision)?;
    let with_revision = if revision > 0 {
        format!("with revision #{revision}")
    } else {
        String::new()
    };
    let object = info.object.clone().unwrap_or(Value::Null);
    printer
        .with_operation(&format!("{with_revision}\n{text}"), DryRun::None)
        .print(&object, ctx.out)
}

/// `ViewHistory`: the table of revisions and change causes, or one revision's template.
pub fn view(owner: &Owner, history: &[Value], revision: i64) -> Result<String> {
    let entries = workload::by_revision(owner, history);
    if entries.is_empty() {
        return Ok("No rollout history found.".to_string());
    }
    if revision > 0 {
        let Some(entry) = entries.get(&revision) else {
            return Err(Error::msg("unable to find the specified revision"));
        };
        let template = match owner.workload {
            Workload::Deployment => {
                let mut template = entry["spec"]["template"].clone();
                if let Some(cause) = change_cause(entry) {
                    template["metadata"]["annotations"][CHANGE_CAUSE] = Value::String(cause);
                }
                template
            }
            Workload::DaemonSet | Workload::StatefulSet => {
                workload::apply_revision(&owner.object, entry)["spec"]["template"].clone()
            }
        };
        return Ok(crate::describe::pod_template_untabbed(&template));
    }
    Ok(table(&entries))
}

fn change_cause(entry: &Value) -> Option<String> {
    entry["metadata"]["annotations"][CHANGE_CAUSE]
        .as_str()
        .filter(|c| !c.is_empty())
        .map(str::to_string)
}

/// The `REVISION  CHANGE-CAUSE` table (tabwriter: minwidth 0, tabwidth 8, padding 2).
fn table(entries: &BTreeMap<i64, Value>) -> String {
    let mut raw = String::from("REVISION\tCHANGE-CAUSE\n");
    for (number, entry) in entries {
        let cause = change_cause(entry).unwrap_or_else(|| "<none>".to_string());
        raw.push_str(&format!("{number}\t{cause}\n"));
    }
    crate::describe::writer::tabbed(&raw)
}

/// `-o`: the revision objects (`GetHistory`) — a Deployment's ReplicaSets, a DaemonSet's or
/// StatefulSet's object as each revision would make it — oldest first, or the one asked for.
async fn print_objects(
    client: &Client,
    info: &Info,
    revision: i64,
    printer: &OperationPrinter,
    m: &ArgMatches,
    printed: &mut usize,
    ctx: &mut Ctx<'_>,
) -> Result<()> {
    let workload = viewer(info)?;
    let owner = workload::read(client, workload, &info.path(), &info.name).await?;
    let history = owner.history(client).await?;
    let objects = revision_objects(&owner, &history);
    // kubectl 1.32 panics on a revision that does not exist here; later versions say so.
    let chosen: Vec<&Value> = if revision > 0 {
        match objects.get(&revision) {
            Some(object) => vec![object],
            None => return Err(Error::msg("unable to find the specified revision")),
        }
    } else {
        objects.values().collect()
    };
    for object in chosen {
        crate::cmd::infos::separate(m, printed, ctx.out)?;
        printer.print_typed(object, ctx.out)?;
    }
    Ok(())
}

/// `GetHistory`'s map, typed objects with their `apiVersion` and `kind` set.
fn revision_objects(owner: &Owner, history: &[Value]) -> BTreeMap<i64, Value> {
    let mut out = BTreeMap::new();
    for (number, entry) in workload::by_revision(owner, history) {
        let mut object = match owner.workload {
            Workload::Deployment => entry,
            Workload::DaemonSet | Workload::StatefulSet => {
                workload::apply_revision(&owner.object, &entry)
            }
        };
        let kind = match owner.workload {
            Workload::Deployment => "ReplicaSet",
            Workload::DaemonSet => "DaemonSet",
            Workload::StatefulSet => "StatefulSet",
        };
        object["apiVersion"] = Value::String("apps/v1".into());
        object["kind"] = Value::String(kind.into());
        out.insert(number, object);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rs(revision: &str, cause: Option<&str>) -> Value {
        let mut annotations = json!({"deployment.kubernetes.io/revision": revision});
        if let Some(c) = cause {
            annotations[CHANGE_CAUSE] = json!(c);
        }
        json!({"metadata": {"annotations": annotations},
               "spec": {"template": {"metadata": {"labels": {"app": "web"}},
                                     "spec": {"containers": [{"name": "c", "image": format!("img:{revision}")}]}}}})
    }

    #[test]
    fn deployment_tables_sort_revisions_and_fill_causes() {
        let owner = Owner {
            workload: Workload::Deployment,
            object: json!({}),
        };
        let history = vec![
            rs("10", None),
            rs("2", Some("kubectl set image x")),
            rs("x", None),
        ];
        assert_eq!(
            view(&owner, &history, 0).unwrap(),
            "REVISION  CHANGE-CAUSE\n2         kubectl set image x\n10        <none>\n"
        );
        assert_eq!(view(&owner, &[], 0).unwrap(), "No rollout history found.");
        assert_eq!(
            view(&owner, &history, 3).unwrap_err().to_string(),
            "unable to find the specified revision"
        );
        let template = view(&owner, &history, 2).unwrap();
        assert!(
            template.starts_with("Pod Template:\n  Labels:\tapp=web\n"),
            "{template}"
        );
        assert!(template.contains("kubectl set image x"), "{template}");
        assert!(template.contains("    Image:\timg:2\n"), "{template}");
    }

    #[test]
    fn daemon_set_revisions_show_their_own_template() {
        let owner = Owner {
            workload: Workload::DaemonSet,
            object: json!({"metadata": {"name": "agent"},
                "spec": {"template": {"spec": {"containers": [{"name": "a", "image": "new"}]}}}}),
        };
        let rev = |n: i64, image: &str| {
            json!({"revision": n, "data": {"spec": {"template": {"$patch": "replace",
                "spec": {"containers": [{"name": "a", "image": image}]}}}}})
        };
        let history = vec![rev(2, "new"), rev(1, "old")];
        assert_eq!(
            view(&owner, &history, 0).unwrap(),
            "REVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n"
        );
        assert!(view(&owner, &history, 1).unwrap().contains("Image:\told\n"));
        let objects = revision_objects(&owner, &history);
        assert_eq!(objects[&1]["kind"], "DaemonSet");
        assert_eq!(
            objects[&1]["spec"]["template"]["spec"]["containers"][0]["image"],
            "old"
        );
    }
}
