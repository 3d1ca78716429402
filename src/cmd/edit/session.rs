//! One edit session (editoptions.go `Run`): the edit–validate–patch loop, the header with
//! the reasons an edit failed, and kubectl's cancel/preserve messages.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::ArgMatches;
use http::Method;
use serde_json::{Value, json};

use super::editor::Editor;
use crate::client::Client;
use crate::client::targets::Source;
use crate::cmd::infos::{self, Fetch, Info};
use crate::cmd::mutate::{self, DryRun, OperationPrinter, Validation, WriteParams};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::merge::apply::{LAST_APPLIED, modified_configuration, original_configuration};
use crate::merge::{Schema, json_merge, strategic};

/// What the session edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `kubectl edit`: the objects themselves.
    Normal,
    /// `kubectl apply edit-last-applied`: their last-applied-configuration annotations.
    ApplyEdit,
}

/// Why the file is reopened: one block of the header.
#[derive(Debug, Clone, Default)]
struct Reason {
    head: String,
    other: Vec<String>,
}

/// editoptions.go `editResults`.
#[derive(Debug, Default)]
struct Results {
    reasons: Vec<Reason>,
    retryable: usize,
    notfound: usize,
    edit: usize,
    file: Option<PathBuf>,
}

struct Options<'m> {
    m: &'m ArgMatches,
    mode: Mode,
    json: bool,
    output_patch: bool,
    save_config: bool,
    subresource: Option<String>,
    params: WriteParams,
    validation: Validation,
}

fn flag(m: &ArgMatches, id: &str) -> bool {
    m.ids().any(|i| i.as_str() == id) && m.get_one::<bool>(id).copied().unwrap_or(false)
}

fn strings(m: &ArgMatches, id: &str) -> Vec<String> {
    m.get_many::<String>(id)
        .map(|v| v.cloned().collect())
        .unwrap_or_default()
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx, mode: Mode) -> Result<()> {
    let args = strings(m, "args");
    let filenames = strings(m, "filename");
    let has = |id: &str| m.ids().any(|i| i.as_str() == id);
    let opts = Options {
        m,
        mode,
        json: m.get_one::<String>("output").map(String::as_str) == Some("json"),
        output_patch: flag(m, "output-patch"),
        save_config: flag(m, "save-config"),
        subresource: if has("subresource") {
            m.get_one::<String>("subresource").cloned()
        } else {
            None
        },
        params: WriteParams::from_args(m, DryRun::None)?,
        validation: mutate::validation(m)?,
    };
    if args.is_empty() && filenames.is_empty() {
        return Err(Error::msg(super::NO_RESOURCES));
    }
    // The editor's printer (editPrinterOptions) knows only json and yaml.
    if let Some(o) = m
        .get_one::<String>("output")
        .filter(|o| !o.is_empty() && *o != "json" && *o != "yaml")
    {
        return Err(Error::msg(format!(
            "unable to match a printer suitable for the output format {o:?}, allowed formats are: json,yaml"
        )));
    }
    let source = Source::read(
        &args,
        &filenames,
        flag(m, "recursive"),
        &ctx.program,
        ctx.input,
    )?;
    crate::runtime::block_on(async move {
        let client = Client::connect(ctx).await?;
        let explicit_ns = ctx.globals.overrides.namespace.clone();
        let how = Fetch {
            subresource: opts.subresource.as_deref(),
            all: true,
            latest: true,
            ..Fetch::default()
        };
        let (found, errors) = infos::fetch(
            &client,
            &ctx.cache_dir(),
            &source,
            explicit_ns.as_deref(),
            &how,
        )
        .await?;
        infos::aggregate(errors)?;
        let originals = match mode {
            Mode::Normal => {
                if found.is_empty() {
                    return Err(Error::msg("edit cancelled, no objects found"));
                }
                found
            }
            Mode::ApplyEdit => {
                let mut annotations = Vec::new();
                for info in found {
                    let Some(object) = original_configuration(&info.object)
                        .map_err(|e| Error::msg(e.to_string()))?
                    else {
                        continue;
                    };
                    annotations.push(Info {
                        name: object["metadata"]["name"]
                            .as_str()
                            .unwrap_or_default()
                            .to_string(),
                        object,
                        ..info
                    });
                }
                if annotations.is_empty() {
                    return Err(Error::msg(
                        "no last-applied-configuration annotation found on resources, to create the annotation, use command `kubectl apply set-last-applied --create-annotation`",
                    ));
                }
                annotations
            }
        };
        let session = Session {
            client: &client,
            opts: &opts,
            namespace: client.namespace.clone(),
        };
        session.edit(originals, ctx).await
    })
}

struct Session<'a> {
    client: &'a Client,
    opts: &'a Options<'a>,
    /// The command's namespace (`-n` or the context's), which edited objects must keep.
    namespace: String,
}

impl Session<'_> {
    /// editoptions.go `editFn`: loops until the edit succeeds, is cancelled, or fails.
    async fn edit(&self, originals: Vec<Info>, ctx: &mut Ctx<'_>) -> Result<()> {
        let editor = Editor::from_env(ctx.env);
        let ext = if self.opts.json { ".json" } else { ".yaml" };
        let prefix = format!("{}-edit-", ctx.program);
        let mut results = Results::default();
        let mut original: Vec<u8> = Vec::new();
        let mut edited: Vec<u8> = Vec::new();
        let mut contains_error = false;
        loop {
            let mut buf = Vec::new();
            if !self.opts.json {
                write_header(&mut buf, self.opts.mode, &results.reasons)?;
            }
            if contains_error {
                buf.extend_from_slice(&manual_strip(&edited));
            } else {
                buf.extend_from_slice(self.render(&originals).as_bytes());
                original = buf.clone();
            }
            let previous = std::mem::take(&mut edited);
            let (read, file) = editor.launch_temp_file(ctx.env, &prefix, ext, &buf);
            edited = match read {
                Ok(b) => b,
                Err(e) => return preserved(e, results.file.as_deref(), ctx.err),
            };
            let file = file.unwrap_or_default();
            if contains_error && strip_comments(&previous) == strip_comments(&edited) {
                return preserved(
                    Error::msg("Edit cancelled, no valid changes were saved."),
                    Some(&file),
                    ctx.err,
                );
            }
            if let Some(old) = results.file.take() {
                let _ = std::fs::remove_file(old);
            }
            // The client-side schema check (f.Validator): only a document that is not an
            // object fails it here; the server validates fields.
            if let Some(why) = self.validation_error(&edited) {
                results = Results {
                    file: Some(file.clone()),
                    ..Results::default()
                };
                contains_error = true;
                let first = &originals[0];
                let rs = first.resource.group_resource();
                writeln!(ctx.err, "error: {rs} {:?} is invalid", first.name)?;
                results.reasons.push(Reason {
                    head: format!("{rs} {:?} was not valid", first.name),
                    other: vec![format!(
                        "<nil>: Invalid value: \"The edited file failed validation\": {why}"
                    )],
                });
                continue;
            }
            if strip_comments(&original) == strip_comments(&edited) {
                let _ = std::fs::remove_file(&file);
                writeln!(ctx.err, "Edit cancelled, no changes made.")?;
                return Ok(());
            }
            if !has_lines(&edited) {
                let _ = std::fs::remove_file(&file);
                writeln!(ctx.err, "Edit cancelled, saved file was empty.")?;
                return Ok(());
            }
            results = Results {
                file: Some(file.clone()),
                ..Results::default()
            };
            let text = String::from_utf8_lossy(&edited).into_owned();
            let updated = match crate::manifest::parse("edited-file", &text) {
                Ok(u) => u,
                Err(e) => {
                    contains_error = true;
                    results.reasons.push(Reason {
                        head: format!("The edited file had a syntax error: {e}"),
                        other: Vec::new(),
                    });
                    continue;
                }
            };
            contains_error = false;
            let mut updated: Vec<Value> = updated.into_iter().map(|m| m.object).collect();
            for object in &mut updated {
                if let Err(e) = self.require_namespace(object, &originals) {
                    return preserved(e, Some(&file), ctx.err);
                }
                if self.opts.save_config {
                    *object = modified_configuration(object);
                }
            }
            let outcome = match self.opts.mode {
                Mode::Normal => {
                    self.patch_all(&originals, &updated, &mut results, ctx)
                        .await
                }
                Mode::ApplyEdit => self.patch_annotations(&originals, &updated, ctx).await,
            };
            if let Err(e) = outcome {
                return preserved(e, results.file.as_deref(), ctx.err);
            }
            if results.retryable > 0 {
                writeln!(
                    ctx.err,
                    "You can run `{} replace -f {}` to try this update again.",
                    ctx.program,
                    file.display()
                )?;
                return Err(Error::Exit(1));
            }
            if results.notfound > 0 {
                writeln!(
                    ctx.err,
                    "The edits you made on deleted resources have been saved to {:?}",
                    file.display().to_string()
                )?;
                return Err(Error::Exit(1));
            }
            if results.edit == 0 {
                let _ = std::fs::remove_file(&file);
                return Ok(());
            }
            if !results.reasons.is_empty() {
                contains_error = true;
            }
        }
    }

    fn validation_error(&self, edited: &[u8]) -> Option<&'static str> {
        if self.opts.validation == Validation::Ignore {
            return None;
        }
        let value = match strip_comments(edited) {
            Stripped::Value(v) => v,
            Stripped::Text(t) => serde_json::from_slice(&t).ok()?,
        };
        (!value.is_object()).then_some("invalid object to validate")
    }

    /// The objects as the editor shows them: without managedFields, a `List` for several.
    fn render(&self, originals: &[Info]) -> String {
        let mut objects: Vec<Value> = originals
            .iter()
            .map(|i| without_managed(&i.object))
            .collect();
        let doc = if objects.len() == 1 {
            objects.remove(0)
        } else {
            json!({"apiVersion": "v1", "kind": "List", "metadata": {}, "items": objects})
        };
        if self.opts.json {
            crate::output::json::to_indented_string(&doc) + "\n"
        } else {
            crate::output::yaml::to_string(&doc)
        }
    }

    /// resource.RequireNamespace: an object without a namespace gets the command's; another
    /// namespace is refused.
    fn require_namespace(&self, object: &mut Value, originals: &[Info]) -> Result<()> {
        let namespaced = originals
            .iter()
            .find(|i| same_kind(&i.object, object))
            .map(|i| i.resource.namespaced)
            .unwrap_or(true);
        if !namespaced {
            return Ok(());
        }
        let ns = object["metadata"]["namespace"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        if ns.is_empty() {
            if let Some(meta) = object.get_mut("metadata").and_then(Value::as_object_mut) {
                meta.insert("namespace".into(), Value::String(self.namespace.clone()));
            }
            return Ok(());
        }
        if ns != self.namespace {
            return Err(Error::msg(format!(
                "the namespace from the provided object {ns:?} does not match the namespace {:?}. You must pass '--namespace={ns}' to perform this operation.",
                self.namespace
            )));
        }
        Ok(())
    }

    /// A fresh printer per object, as editoptions.go's `ToPrinter` makes one each time (so
    /// no `---` between YAML objects).
    fn printer(&self, operation: &str) -> Result<OperationPrinter> {
        OperationPrinter::from_args(self.opts.m, operation, DryRun::None)
    }

    /// editoptions.go `visitToPatch`.
    async fn patch_all(
        &self,
        originals: &[Info],
        updated: &[Value],
        results: &mut Results,
        ctx: &mut Ctx<'_>,
    ) -> Result<()> {
        for object in updated {
            let original = find_original(originals, object)?;
            let before = without_managed(&original.object);
            let after = without_managed(object);
            if before == after {
                self.printer("skipped")?.print(object, ctx.out)?;
                continue;
            }
            let resource = &original.resource;
            let (patch, content_type) =
                match Schema::builtin(&resource.group, &resource.version, &resource.kind) {
                    Some(schema) => (
                        strategic::two_way(&before, &after, schema)
                            .map_err(|e| Error::msg(e.to_string()))?,
                        "application/strategic-merge-patch+json",
                    ),
                    None => (
                        json_merge::two_way(&before, &after)
                            .map_err(|e| Error::msg(e.to_string()))?,
                        "application/merge-patch+json",
                    ),
                };
            let changed_identity = patch.get("apiVersion").is_some()
                || patch.get("kind").is_some()
                || patch.get("managedFields").is_some()
                || patch.pointer("/metadata/name").is_some();
            if changed_identity {
                return Err(Error::msg(
                    "At least one of apiVersion, kind and name was changed",
                ));
            }
            let body = crate::output::json::to_compact_string(&patch);
            if self.opts.output_patch {
                writeln!(ctx.out, "Patch: {body}")?;
            }
            let name = object["metadata"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            let target = Info {
                resource: resource.clone(),
                namespace: object["metadata"]["namespace"]
                    .as_str()
                    .unwrap_or(&self.namespace)
                    .to_string(),
                name: name.clone(),
                object: Value::Null,
            };
            let path = format!(
                "{}{}",
                target.path(self.opts.subresource.as_deref()),
                self.opts.params.query()
            );
            let response = self
                .client
                .send_typed(
                    Method::PATCH,
                    &path,
                    "application/json",
                    content_type,
                    Some(body.into_bytes()),
                )
                .await?;
            if !response.status.is_success() {
                let line = add_error(results, &resource.group_resource(), &name, &response.body);
                writeln!(ctx.err, "{line}")?;
                continue;
            }
            let patched: Value =
                serde_json::from_slice(&response.body).map_err(|e| Error::msg(e.to_string()))?;
            self.printer("edited")?.print(&patched, ctx.out)?;
        }
        Ok(())
    }

    /// editoptions.go `visitToApplyEditPatch`: the edited object becomes the annotation.
    async fn patch_annotations(
        &self,
        originals: &[Info],
        updated: &[Value],
        ctx: &mut Ctx<'_>,
    ) -> Result<()> {
        for object in updated {
            let original = find_original(originals, object)?;
            if original.object == *object {
                self.printer("skipped")?.print(object, ctx.out)?;
                continue;
            }
            let encoded = crate::output::json::to_compact_string(object) + "\n";
            let patch = json!({"metadata": {"annotations": {LAST_APPLIED: encoded}}});
            let resource = originals
                .iter()
                .find(|i| same_kind(&i.object, object))
                .map(|i| &i.resource)
                .unwrap_or(&original.resource);
            let target = Info {
                resource: resource.clone(),
                namespace: self.namespace.clone(),
                name: object["metadata"]["name"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string(),
                object: Value::Null,
            };
            let path = format!("{}{}", target.path(None), self.opts.params.query());
            self.client
                .request_json(
                    Method::PATCH,
                    &path,
                    "application/merge-patch+json",
                    Some(&patch),
                )
                .await?;
            self.printer("edited")?.print(object, ctx.out)?;
        }
        Ok(())
    }
}

fn same_kind(a: &Value, b: &Value) -> bool {
    a["apiVersion"] == b["apiVersion"] && a["kind"] == b["kind"]
}

/// The original with the edited object's uid (kubectl matches by uid only; objects without
/// one all match the first original without one).
fn find_original<'o>(originals: &'o [Info], object: &Value) -> Result<&'o Info> {
    let uid = object["metadata"]["uid"].as_str().unwrap_or_default();
    originals
        .iter()
        .find(|i| i.object["metadata"]["uid"].as_str().unwrap_or_default() == uid)
        .ok_or_else(|| {
            Error::msg(format!(
                "no original object found for {}",
                crate::output::json::to_compact_string(object)
            ))
        })
}

fn without_managed(object: &Value) -> Value {
    let mut o = object.clone();
    if let Some(meta) = o.get_mut("metadata").and_then(Value::as_object_mut) {
        meta.remove("managedFields");
    }
    o
}

/// editoptions.go `editResults.addError`: counts the failure and returns the line kubectl
/// prints for it.
fn add_error(results: &mut Results, resource: &str, name: &str, body: &[u8]) -> String {
    let status: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    match status["reason"].as_str() {
        Some("Invalid") => {
            results.edit += 1;
            let other = status["details"]["causes"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|c| {
                    format!(
                        "{}: {}",
                        c["field"].as_str().unwrap_or_default(),
                        c["message"].as_str().unwrap_or_default()
                    )
                })
                .collect();
            results.reasons.push(Reason {
                head: format!("{resource} {name:?} was not valid"),
                other,
            });
            format!("error: {resource} {name:?} is invalid")
        }
        Some("NotFound") => {
            results.notfound += 1;
            format!("error: {resource} {name:?} could not be found on the server")
        }
        _ => {
            results.retryable += 1;
            format!(
                "error: {resource} {name:?} could not be patched: {}",
                status["message"].as_str().unwrap_or_default()
            )
        }
    }
}

/// editoptions.go `editHeader.writeTo`.
fn write_header(w: &mut Vec<u8>, mode: Mode, reasons: &[Reason]) -> std::io::Result<()> {
    match mode {
        Mode::ApplyEdit => w.write_all(
            b"# Please edit the 'last-applied-configuration' annotations below.\n# Lines beginning with a '#' will be ignored, and an empty file will abort the edit.\n#\n",
        )?,
        Mode::Normal => w.write_all(
            b"# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n",
        )?,
    }
    for r in reasons {
        if r.other.is_empty() {
            writeln!(w, "# {}", hash_on_line_break(&r.head))?;
        } else {
            writeln!(w, "# {}:", hash_on_line_break(&r.head))?;
        }
        for o in &r.other {
            writeln!(w, "# * {}", hash_on_line_break(o))?;
        }
        writeln!(w, "#")?;
    }
    Ok(())
}

/// editoptions.go `hashOnLineBreak`: continuation lines become comments too.
fn hash_on_line_break(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::new();
    for (i, ch) in s.char_indices() {
        if ch == '\n' && i + 1 < bytes.len() && bytes[i + 1] != b'#' {
            out.push_str("\n# ");
        } else {
            out.push(ch);
        }
    }
    out
}

/// cmdutil `ManualStrip`: drops comment lines (not `#!`).
fn manual_strip(file: &[u8]) -> Vec<u8> {
    let lines: Vec<&[u8]> = file.split(|b| *b == b'\n').collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = String::from_utf8_lossy(line);
        let trimmed = trimmed.trim();
        if trimmed.starts_with('#') && !trimmed.starts_with("#!") {
            continue;
        }
        out.extend_from_slice(line);
        if i < lines.len() - 1 {
            out.push(b'\n');
        }
    }
    out
}

/// What cmdutil `StripComments` compares: YAML as its JSON value, JSON as its bytes, and
/// unparsable text without its comment lines.
#[derive(Debug, PartialEq)]
enum Stripped {
    Value(Value),
    Text(Vec<u8>),
}

fn strip_comments(file: &[u8]) -> Stripped {
    let text = String::from_utf8_lossy(file);
    let trimmed = text.trim_start();
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        return Stripped::Text(file.to_vec());
    }
    if trimmed.is_empty() {
        return Stripped::Value(Value::Null);
    }
    match serde_saphyr::from_str::<Value>(&text) {
        Ok(v) => Stripped::Value(v),
        Err(_) => Stripped::Text(manual_strip(file)),
    }
}

/// editoptions.go `hasLines`: any line that is neither blank nor a comment.
fn has_lines(file: &[u8]) -> bool {
    String::from_utf8_lossy(file).lines().any(|l| {
        let t = l.trim();
        !t.is_empty() && !t.starts_with('#')
    })
}

/// editoptions.go `preservedFile`: says where the edits were kept, then fails with `err`.
fn preserved(err: Error, path: Option<&Path>, out: &mut dyn Write) -> Result<()> {
    if let Some(p) = path.filter(|p| p.exists()) {
        let _ = writeln!(
            out,
            "A copy of your changes has been stored to {:?}",
            p.display().to_string()
        );
    }
    Err(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_with_reasons() {
        let mut buf = Vec::new();
        write_header(
            &mut buf,
            Mode::Normal,
            &[
                Reason {
                    head: "deployments.apps \"web\" was not valid".into(),
                    other: vec!["spec.replicas: Invalid value: -1: must be\ngreater".into()],
                },
                Reason {
                    head: "The edited file had a syntax error: x".into(),
                    other: vec![],
                },
            ],
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n# deployments.apps \"web\" was not valid:\n# * spec.replicas: Invalid value: -1: must be\n# greater\n#\n# The edited file had a syntax error: x\n#\n"
        );
    }

    #[test]
    fn comments_and_emptiness() {
        assert_eq!(manual_strip(b"# a\nx: 1\n  # b\n#!c\n"), b"x: 1\n#!c\n");
        assert_eq!(
            strip_comments(b"# header\na: 1\n"),
            strip_comments(b"a: 1 # trailing\n")
        );
        assert_ne!(strip_comments(b"{\"a\": 1}"), strip_comments(b"{\"a\":1}"));
        assert!(!has_lines(b"# only\n\n   \n"));
        assert!(has_lines(b"# c\na: 1\n"));
    }

    #[test]
    fn errors_count_by_reason() {
        let mut r = Results::default();
        let invalid = br#"{"reason":"Invalid","details":{"causes":[{"field":"spec.replicas","message":"Invalid value: -1"}]}}"#;
        assert_eq!(
            add_error(&mut r, "deployments.apps", "web", invalid),
            "error: deployments.apps \"web\" is invalid"
        );
        assert_eq!(r.edit, 1);
        assert_eq!(r.reasons[0].other, vec!["spec.replicas: Invalid value: -1"]);
        let conflict = br#"{"reason":"Conflict","message":"the object has been modified"}"#;
        assert_eq!(
            add_error(&mut r, "pods", "p", conflict),
            "error: pods \"p\" could not be patched: the object has been modified"
        );
        assert_eq!(r.retryable, 1);
    }
}
