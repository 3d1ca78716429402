//! What `label` and `annotate` share (kubectl `pkg/cmd/label`, `pkg/cmd/annotate`): parse
//! `key=value` / `key-` pairs, find the objects, change the map locally, send the JSON merge
//! patch between before and after (or nothing: `--local`, `--list`, `--dry-run=client`), print.
//! The two verbs differ in words and in a few quirks, kept here as `Verb` methods.

use std::collections::BTreeMap;

use clap::{Arg, ArgAction, ArgMatches, Command};
use http::Method;
use serde_json::{Map, Value};

use crate::cli::bool_flag;
use crate::client::Client;
use crate::cmd::mutate::{self, DryRun, OperationPrinter, WriteParams};
use crate::cmd::selection::{self, AllFlag, Fetch, Info, Request};
use crate::ctx::Ctx;
use crate::error::{Error, Result};

/// Which map the verb edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Label,
    Annotate,
}

impl Verb {
    fn name(self) -> &'static str {
        match self {
            Verb::Label => "label",
            Verb::Annotate => "annotate",
        }
    }

    /// The metadata field edited.
    fn field(self) -> &'static str {
        match self {
            Verb::Label => "labels",
            Verb::Annotate => "annotations",
        }
    }

    /// The word in kubectl's messages (`GetResourcesAndPairs` pair type).
    fn pair_word(self) -> &'static str {
        match self {
            Verb::Label => "label",
            Verb::Annotate => "annotation",
        }
    }

    /// The example file in the `--local` errors.
    fn example_file(self) -> (&'static str, &'static str) {
        match self {
            Verb::Label => ("pod.yaml", "pod.json"),
            Verb::Annotate => ("rsrc.yaml", "rsrc.json"),
        }
    }
}

/// The command line of `label` or `annotate`.
pub fn command(verb: Verb) -> Command {
    let about = match verb {
        Verb::Label => "Update the labels on a resource",
        Verb::Annotate => "Update the annotations on a resource",
    };
    let manager = match verb {
        Verb::Label => "kubectl-label",
        Verb::Annotate => "kubectl-annotate",
    };
    Command::new(verb.name())
        .about(about)
        .args(mutate::print_args())
        .arg(bool_flag("record"))
        .arg(bool_flag("overwrite"))
        .arg(bool_flag("list"))
        .arg(bool_flag("local"))
        .arg(Arg::new("field-selector").long("field-selector"))
        .arg(bool_flag("all"))
        .arg(bool_flag("all-namespaces").short('A'))
        .arg(Arg::new("resource-version").long("resource-version"))
        .arg(
            Arg::new("filename")
                .short('f')
                .long("filename")
                .action(ArgAction::Append),
        )
        .arg(bool_flag("recursive").short('R'))
        .arg(mutate::dry_run_arg())
        .arg(mutate::field_manager_arg(manager))
        .arg(Arg::new("selector").short('l').long("selector"))
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
}

/// The requested changes: keys to set (sorted, as the result of a Go map is unordered) and keys
/// to remove, in the order given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    pub set: BTreeMap<String, String>,
    pub remove: Vec<String>,
}

/// cmdutil `GetResourcesAndPairs`: resources first, then pairs.
pub fn split_args(args: &[String], word: &str) -> Result<(Vec<String>, Vec<String>)> {
    let mut resources = Vec::new();
    let mut pairs = Vec::new();
    for s in args {
        let pair = (s.contains('=') && !s.starts_with('=')) || (s.ends_with('-') && s != "-");
        if pair {
            pairs.push(s.clone());
        } else if pairs.is_empty() {
            resources.push(s.clone());
        } else {
            return Err(Error::msg(format!(
                "all resources must be specified before {word} changes: {s}"
            )));
        }
    }
    Ok((resources, pairs))
}

/// The label value rules (apimachinery `IsValidLabelValue`), as its error strings.
fn label_value_errors(value: &str) -> Vec<String> {
    let mut errs = Vec::new();
    if value.len() > 63 {
        errs.push("must be no more than 63 characters".to_string());
    }
    let alnum = |c: char| c.is_ascii_alphanumeric();
    let valid = value.is_empty()
        || (value.starts_with(alnum)
            && value.ends_with(alnum)
            && value
                .chars()
                .all(|c| alnum(c) || matches!(c, '-' | '_' | '.')));
    if !valid {
        errs.push("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')".to_string());
    }
    errs
}

/// label.go `parseLabels`.
pub fn parse_labels(specs: &[String]) -> Result<Changes> {
    let mut changes = Changes::default();
    for spec in specs {
        if spec.contains('=') {
            let parts: Vec<&str> = spec.split('=').collect();
            if parts.len() != 2 {
                return Err(Error::msg(format!("invalid label spec: {spec}")));
            }
            let errs = label_value_errors(parts[1]);
            if !errs.is_empty() {
                return Err(Error::msg(format!(
                    "invalid label value: {spec:?}: {}",
                    errs.join(";")
                )));
            }
            changes
                .set
                .insert(parts[0].to_string(), parts[1].to_string());
        } else if let Some(key) = spec.strip_suffix('-') {
            changes.remove.push(key.to_string());
        } else {
            return Err(Error::msg(format!("unknown label spec: {spec}")));
        }
    }
    if changes.remove.iter().any(|k| changes.set.contains_key(k)) {
        return Err(Error::msg(
            "can not both modify and remove a label in the same command",
        ));
    }
    Ok(changes)
}

/// cmdutil `ParsePairs` for annotations, with annotate's `validateAnnotations`.
pub fn parse_annotations(specs: &[String]) -> Result<Changes> {
    let mut changes = Changes::default();
    let mut invalid = Vec::new();
    for spec in specs {
        if spec.contains('=') && !spec.starts_with('=') {
            if let Some((k, v)) = spec.split_once('=') {
                changes.set.insert(k.to_string(), v.to_string());
            }
        } else if spec.ends_with('-') && spec != "-" {
            changes.remove.push(spec[..spec.len() - 1].to_string());
        } else {
            invalid.push(spec.as_str());
        }
    }
    if !invalid.is_empty() {
        return Err(Error::msg(format!(
            "invalid annotation format: {}",
            invalid.join(", ")
        )));
    }
    Ok(changes)
}

/// annotate's `validateAnnotations` (checked after the other option errors).
fn check_annotation_conflicts(changes: &Changes) -> Result<()> {
    let both: Vec<&str> = changes
        .remove
        .iter()
        .filter(|k| changes.set.contains_key(*k))
        .map(String::as_str)
        .collect();
    if both.is_empty() {
        Ok(())
    } else {
        Err(Error::msg(format!(
            "can not both modify and remove the following annotation(s) in the same command: {}",
            both.join(", ")
        )))
    }
}

/// The change applied to one object's map (`labelFunc` / `updateAnnotations`); the map is set
/// even when it ends up empty, as `SetLabels` does, which kubectl's messages depend on.
pub fn edit(
    verb: Verb,
    object: &mut Value,
    changes: &Changes,
    overwrite: bool,
    resource_version: Option<&str>,
) -> Result<()> {
    let current: Map<String, Value> = object["metadata"][verb.field()]
        .as_object()
        .cloned()
        .unwrap_or_default();
    if !overwrite {
        let conflicts: Vec<(String, String)> = changes
            .set
            .iter()
            .filter(|(k, _)| {
                // The change-cause annotation may always be overwritten (annotate.go).
                !(verb == Verb::Annotate && k.as_str() == "kubernetes.io/change-cause")
            })
            .filter_map(|(k, v)| {
                let cur = current.get(k)?.as_str().unwrap_or_default();
                (cur != v).then(|| (k.clone(), cur.to_string()))
            })
            .collect();
        if !conflicts.is_empty() {
            return Err(match verb {
                Verb::Label => selection::aggregate(
                    conflicts
                        .iter()
                        .map(|(k, cur)| {
                            Error::msg(format!(
                                "'{k}' already has a value ({cur}), and --overwrite is false"
                            ))
                        })
                        .collect(),
                )
                .err()
                .unwrap_or(Error::Exit(1)),
                Verb::Annotate => Error::msg(format!(
                    "--overwrite is false but found the following declared annotation(s): {}",
                    conflicts
                        .iter()
                        .map(|(k, cur)| format!("'{k}' already has a value ({cur})"))
                        .collect::<Vec<_>>()
                        .join("; ")
                )),
            });
        }
    }
    let mut map = current;
    for (k, v) in &changes.set {
        map.insert(k.clone(), Value::String(v.clone()));
    }
    for k in &changes.remove {
        map.remove(k);
    }
    if !object["metadata"].is_object() {
        object["metadata"] = Value::Object(Map::new());
    }
    object["metadata"][verb.field()] = Value::Object(map);
    if let Some(rv) = resource_version {
        object["metadata"]["resourceVersion"] = Value::String(rv.to_string());
    }
    Ok(())
}

/// label.go `updateDataChangeMsg`: compares the serialized objects.
fn label_message(old: &[u8], new: &[u8], overwrite: bool) -> &'static str {
    if old == new {
        "not labeled"
    } else if !overwrite && new.len() < old.len() {
        "unlabeled"
    } else {
        "labeled"
    }
}

/// The verb's printer, or the error `-o` gives when label finally asks for it.
type Printer = std::result::Result<OperationPrinter, String>;

struct Options {
    verb: Verb,
    resources: Vec<String>,
    changes: Changes,
    overwrite: bool,
    list: bool,
    local: bool,
    resource_version: Option<String>,
    dry_run: DryRun,
    write: WriteParams,
    filenames: Vec<String>,
    recursive: bool,
    selector: Option<String>,
    field_selector: Option<String>,
    all: bool,
    all_namespaces: bool,
    /// annotate keeps one YAML printer for all objects, which puts `---` between them; label
    /// makes a printer per object, so it never does.
    yaml_separator: bool,
    printed: std::cell::Cell<usize>,
}

fn flag(m: &ArgMatches, id: &str) -> bool {
    m.get_one::<bool>(id).copied().unwrap_or(false)
}

fn strings(m: &ArgMatches, id: &str) -> Vec<String> {
    m.get_many::<String>(id)
        .map(|v| v.cloned().collect())
        .unwrap_or_default()
}

/// Complete + Validate, in each verb's order of checks.
fn options(verb: Verb, m: &ArgMatches) -> Result<(Options, Option<String>)> {
    let output = m.get_one::<String>("output").cloned();
    let dry_run = mutate::dry_run(m)?;
    if verb == Verb::Annotate {
        // annotate builds its printer before looking at the arguments.
        OperationPrinter::from_args(m, "annotated", dry_run)?;
    }
    let (resources, pairs) = split_args(&strings(m, "args"), verb.pair_word())?;
    let changes = match verb {
        Verb::Label => parse_labels(&pairs)?,
        Verb::Annotate => parse_annotations(&pairs)?,
    };
    let list = flag(m, "list");
    let local = flag(m, "local");
    let all = flag(m, "all");
    let selector = m.get_one::<String>("selector").cloned();
    let field_selector = m.get_one::<String>("field-selector").cloned();
    let filenames = strings(m, "filename");
    if list && output.as_deref().is_some_and(|o| !o.is_empty()) {
        return Err(Error::msg(
            "--list and --output may not be specified together",
        ));
    }
    if all && selector.as_deref().is_some_and(|s| !s.is_empty()) {
        return Err(Error::msg(
            "cannot set --all and --selector at the same time",
        ));
    }
    if all && field_selector.as_deref().is_some_and(|s| !s.is_empty()) {
        return Err(Error::msg(
            "cannot set --all and --field-selector at the same time",
        ));
    }
    let (yaml, json) = verb.example_file();
    if local {
        if dry_run == DryRun::Server {
            return Err(Error::msg(
                "cannot specify --local and --dry-run=server - did you mean --dry-run=client?",
            ));
        }
        if !resources.is_empty() {
            return Err(Error::msg(format!(
                "can only use local files by -f {yaml} or --filename={json} when --local=true is set"
            )));
        }
        if filenames.is_empty() {
            return Err(Error::msg(format!(
                "one or more files must be specified as -f {yaml} or --filename={json}"
            )));
        }
    } else if resources.is_empty() && filenames.is_empty() {
        return Err(Error::msg(
            "one or more resources must be specified as <resource> <name> or <resource>/<name>",
        ));
    }
    if changes.set.is_empty() && changes.remove.is_empty() && !list {
        return Err(Error::msg(format!(
            "at least one {} update is required",
            verb.pair_word()
        )));
    }
    if verb == Verb::Annotate {
        check_annotation_conflicts(&changes)?;
    }
    let write = WriteParams::from_args(m, dry_run)?;
    Ok((
        Options {
            verb,
            resources,
            changes,
            overwrite: flag(m, "overwrite"),
            list,
            local,
            resource_version: m
                .get_one::<String>("resource-version")
                .filter(|s| !s.is_empty())
                .cloned(),
            dry_run,
            write,
            filenames,
            recursive: flag(m, "recursive"),
            selector,
            field_selector,
            all,
            all_namespaces: flag(m, "all-namespaces"),
            yaml_separator: verb == Verb::Annotate && output.as_deref() == Some("yaml"),
            printed: std::cell::Cell::new(0),
        },
        output,
    ))
}

pub fn run(verb: Verb, m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    crate::cmd::flags::warn_record(m, ctx)?;
    let (opts, _) = options(verb, m)?;
    let base = match verb {
        Verb::Label => "labeled",
        Verb::Annotate => "annotated",
    };
    // label asks for its printer only when it prints, after the patch was sent (label.go
    // `ToPrinter(dataChangeMsg)`); annotate failed earlier already (in `options`).
    let printer: Printer =
        OperationPrinter::from_args(m, base, opts.dry_run).map_err(|e| e.to_string());
    let request = Request {
        args: &opts.resources,
        filenames: &opts.filenames,
        recursive: opts.recursive,
        selector: opts.selector.as_deref(),
        field_selector: opts.field_selector.as_deref(),
        all: opts.all,
        all_flag: AllFlag::EmptySelector,
        all_namespaces: opts.all_namespaces,
        fetch: Fetch::Latest,
    };
    if opts.local {
        // Offline: the manifests as read, without a server.
        let manifests = crate::manifest::read_all(&opts.filenames, opts.recursive, ctx.input)?;
        let single = opts.filenames.len() == 1
            && opts.filenames[0] != "-"
            && !std::path::Path::new(&opts.filenames[0]).is_dir();
        if !single && opts.resource_version.is_some() {
            return Err(Error::msg(
                "--resource-version may only be used with a single resource",
            ));
        }
        let mut errors = Vec::new();
        for m in manifests {
            if let Err(e) = local_one(&opts, &printer, m.object, single, ctx) {
                errors.push(e);
            }
        }
        return selection::aggregate(errors);
    }
    let source = selection::read_source(&request, &ctx.program, ctx.input)?;
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let plan = selection::plan_in(ctx, &client, &source, &request).await?;
        let single = plan.single_item_implied;
        if !single && opts.resource_version.is_some() {
            return Err(Error::msg(
                "--resource-version may only be used with a single resource",
            ));
        }
        let mut errors = Vec::new();
        for item in plan.visit(&client).await? {
            let result = match item {
                Ok(info) => one(&client, &opts, &printer, info, single, ctx).await,
                Err(e) => Err(e),
            };
            if let Err(e) = result {
                errors.push(e);
            }
        }
        selection::aggregate(errors)
    })
}

/// `--local`: edit and print, nothing sent.
fn local_one(
    opts: &Options,
    printer: &Printer,
    mut object: Value,
    single: bool,
    ctx: &mut Ctx<'_>,
) -> Result<()> {
    let before = serialized(&object, opts, true);
    edit(
        opts.verb,
        &mut object,
        &opts.changes,
        opts.overwrite,
        opts.resource_version.as_deref(),
    )?;
    let after = to_bytes(&object);
    finish(
        opts, printer, &object, &object, &before, &after, single, ctx,
    )
}

/// The object as kubectl serializes it before the change; label clears `resourceVersion`
/// first when `--resource-version` is given so that it is always in the patch (annotate does
/// so only when it sends a patch).
fn serialized(object: &Value, opts: &Options, local_path: bool) -> Vec<u8> {
    let clear = opts.resource_version.is_some() && (opts.verb == Verb::Label || !local_path);
    if clear {
        let mut copy = object.clone();
        clear_resource_version(&mut copy);
        to_bytes(&copy)
    } else {
        to_bytes(object)
    }
}

fn clear_resource_version(object: &mut Value) {
    if let Some(meta) = object["metadata"].as_object_mut() {
        meta.remove("resourceVersion");
    }
}

fn to_bytes(v: &Value) -> Vec<u8> {
    serde_json::to_vec(v).unwrap_or_default()
}

/// One object against the server: edit, patch (unless only listing or client dry run), print.
async fn one(
    client: &Client,
    opts: &Options,
    printer: &Printer,
    info: Info,
    single: bool,
    ctx: &mut Ctx<'_>,
) -> Result<()> {
    let mut object = info.object.clone().unwrap_or(Value::Null);
    let local_path = opts.dry_run == DryRun::Client || opts.list;
    if opts.resource_version.is_some() && (opts.verb == Verb::Label || !local_path) {
        clear_resource_version(&mut object);
    }
    let before = to_bytes(&object);
    if !local_path && opts.verb == Verb::Label {
        let labels = object["metadata"]["labels"].as_object();
        for key in &opts.changes.remove {
            if !labels.is_some_and(|l| l.contains_key(key)) {
                writeln!(ctx.out, "label {key:?} not found.")?;
            }
        }
    }
    let old = object.clone();
    edit(
        opts.verb,
        &mut object,
        &opts.changes,
        opts.overwrite,
        opts.resource_version.as_deref(),
    )?;
    let after = to_bytes(&object);
    if local_path {
        return finish(
            opts, printer, &object, &object, &before, &after, single, ctx,
        );
    }
    let patch =
        crate::merge::json_merge::two_way(&old, &object).map_err(|e| Error::msg(e.to_string()))?;
    let path = format!("{}{}", info.path(), opts.write.query());
    let answer = client
        .request_json(
            Method::PATCH,
            &path,
            "application/merge-patch+json",
            Some(&patch),
        )
        .await?;
    finish(
        opts, printer, &object, &answer, &before, &after, single, ctx,
    )
}

/// Prints the outcome: `--list`, or the operation line / object. label prints its own edited
/// copy, annotate what the server answered.
#[allow(clippy::too_many_arguments)]
fn finish(
    opts: &Options,
    printer: &Printer,
    edited: &Value,
    answer: &Value,
    before: &[u8],
    after: &[u8],
    single: bool,
    ctx: &mut Ctx<'_>,
) -> Result<()> {
    if opts.list {
        let mut indent = "";
        if !single {
            indent = " ";
            let api_version = edited["apiVersion"].as_str().unwrap_or_default();
            let group = api_version.rsplit_once('/').map(|(g, _)| g).unwrap_or("");
            writeln!(
                ctx.out,
                "Listing {} for {}.{}/{}:",
                opts.verb.field(),
                edited["kind"].as_str().unwrap_or_default(),
                group,
                edited["metadata"]["name"].as_str().unwrap_or_default()
            )?;
        }
        let shown = match opts.verb {
            Verb::Label => edited,
            Verb::Annotate => answer,
        };
        if let Some(map) = shown["metadata"][opts.verb.field()].as_object() {
            for (k, v) in map {
                writeln!(ctx.out, "{indent}{k}={}", v.as_str().unwrap_or_default())?;
            }
        }
        return Ok(());
    }
    match opts.verb {
        Verb::Label => {
            let message = label_message(before, after, opts.overwrite);
            let printer = printer.as_ref().map_err(|e| Error::msg(e.clone()))?;
            printer
                .with_operation(message, opts.dry_run)
                .print(edited, ctx.out)
        }
        Verb::Annotate => {
            if opts.yaml_separator && opts.printed.get() > 0 {
                writeln!(ctx.out, "---")?;
            }
            opts.printed.set(opts.printed.get() + 1);
            let printer = printer.as_ref().map_err(|e| Error::msg(e.clone()))?;
            printer.print(answer, ctx.out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn resources_then_pairs() {
        assert_eq!(
            split_args(&s(&["pods", "x", "a=b", "c-"]), "label").unwrap(),
            (s(&["pods", "x"]), s(&["a=b", "c-"]))
        );
        assert_eq!(
            split_args(&s(&["pods", "a=b", "x"]), "label")
                .unwrap_err()
                .to_string(),
            "all resources must be specified before label changes: x"
        );
        assert_eq!(
            split_args(&s(&["=x", "-"]), "label").unwrap(),
            (s(&["=x", "-"]), vec![])
        );
    }

    /// Specs, and the labels set and removed or the error.
    type SpecCase<'a> = (
        &'a [&'a str],
        std::result::Result<(&'a [(&'a str, &'a str)], &'a [&'a str]), &'a str>,
    );

    #[test]
    fn label_specs() {
        let cases: &[SpecCase] = &[
            (&["a=b", "c-"], Ok((&[("a", "b")], &["c"]))),
            (&["a="], Ok((&[("a", "")], &[]))),
            (&["a=b=c"], Err("invalid label spec: a=b=c")),
            (&["a"], Err("unknown label spec: a")),
            (
                &["a=b", "a-"],
                Err("can not both modify and remove a label in the same command"),
            ),
            (
                &["a=-x"],
                Err(
                    "invalid label value: \"a=-x\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
                ),
            ),
        ];
        for (specs, want) in cases {
            let got = parse_labels(&s(specs));
            match (got, want) {
                (Ok(c), Ok((set, remove))) => {
                    let set: BTreeMap<String, String> = set
                        .iter()
                        .map(|(k, v)| (k.to_string(), v.to_string()))
                        .collect();
                    assert_eq!(c.set, set);
                    assert_eq!(c.remove, s(remove));
                }
                (Err(e), Err(w)) => assert_eq!(e.to_string(), *w),
                (g, w) => panic!("{specs:?}: {g:?} vs {w:?}"),
            }
        }
    }

    #[test]
    fn annotation_specs() {
        assert_eq!(
            parse_annotations(&s(&["a=b=c", "d-"])).unwrap(),
            Changes {
                set: [("a".to_string(), "b=c".to_string())].into(),
                remove: s(&["d"])
            }
        );
        assert_eq!(
            parse_annotations(&s(&["x", "=y"])).unwrap_err().to_string(),
            "invalid annotation format: x, =y"
        );
        let both = parse_annotations(&s(&["a=1", "a-"])).unwrap();
        assert_eq!(
            check_annotation_conflicts(&both).unwrap_err().to_string(),
            "can not both modify and remove the following annotation(s) in the same command: a"
        );
    }

    #[test]
    fn edits_and_messages() {
        let pod = json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "labels": {"a": "1"}}});
        let changes = parse_labels(&s(&["a=2"])).unwrap();
        let mut obj = pod.clone();
        assert_eq!(
            edit(Verb::Label, &mut obj, &changes, false, None)
                .unwrap_err()
                .to_string(),
            "'a' already has a value (1), and --overwrite is false"
        );
        let mut obj = pod.clone();
        assert_eq!(
            edit(Verb::Annotate, &mut obj, &changes, false, None).map_err(|e| e.to_string()),
            Ok(())
        );
        let remove = parse_labels(&s(&["a-"])).unwrap();
        let mut obj = pod.clone();
        edit(Verb::Label, &mut obj, &remove, false, Some("9")).unwrap();
        assert_eq!(obj["metadata"]["labels"], json!({}));
        assert_eq!(obj["metadata"]["resourceVersion"], "9");
        let before = to_bytes(&pod);
        let mut unlabeled = pod.clone();
        edit(Verb::Label, &mut unlabeled, &remove, false, None).unwrap();
        assert_eq!(
            label_message(&before, &to_bytes(&unlabeled), false),
            "unlabeled"
        );
        assert_eq!(
            label_message(&before, &to_bytes(&unlabeled), true),
            "labeled"
        );
        assert_eq!(label_message(&before, &before, false), "not labeled");
    }
}
