//! `kctl patch` (kubectl `pkg/cmd/patch/patch.go`): a strategic merge, JSON merge or JSON
//! patch given with `-p` (JSON or YAML) or `--patch-file`, sent to the server, or applied
//! client-side for `--local` and `--dry-run=client` with the `merge` engines.

use clap::{Arg, ArgAction, ArgMatches, Command};
use http::Method;
use serde_json::Value;

use crate::cli::bool_flag;
use crate::client::Client;
use crate::client::targets::Source;
use crate::cmd::infos::{self, Fetch};
use crate::cmd::mutate::{self, DryRun, OperationPrinter, WriteParams};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::merge::{Schema, json_merge, json_patch, strategic};

pub fn command() -> Command {
    Command::new("patch")
        .about("Update fields of a resource")
        .arg(Arg::new("patch").short('p').long("patch"))
        .arg(Arg::new("patch-file").long("patch-file"))
        .arg(Arg::new("type").long("type").default_value("strategic"))
        .arg(mutate::dry_run_arg())
        .arg(
            Arg::new("filename")
                .short('f')
                .long("filename")
                .action(ArgAction::Append),
        )
        .arg(bool_flag("recursive").short('R'))
        .arg(Arg::new("kustomize").short('k').long("kustomize"))
        .arg(bool_flag("local"))
        .arg(mutate::field_manager_arg("kubectl-patch"))
        .arg(Arg::new("subresource").long("subresource"))
        .arg(bool_flag("record"))
        .args(mutate::print_args())
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
}

/// `--type`: which patch format the text is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PatchType {
    Strategic,
    Merge,
    Json,
}

impl PatchType {
    fn parse(s: &str) -> Option<PatchType> {
        match s.to_lowercase().as_str() {
            "strategic" => Some(PatchType::Strategic),
            "merge" => Some(PatchType::Merge),
            "json" => Some(PatchType::Json),
            _ => None,
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            PatchType::Strategic => "application/strategic-merge-patch+json",
            PatchType::Merge => "application/merge-patch+json",
            PatchType::Json => "application/json-patch+json",
        }
    }
}

fn strings(m: &ArgMatches, id: &str) -> Vec<String> {
    m.get_many::<String>(id)
        .map(|v| v.cloned().collect())
        .unwrap_or_default()
}

fn flag(m: &ArgMatches, id: &str) -> bool {
    m.get_one::<bool>(id).copied().unwrap_or(false)
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let dry_run = mutate::dry_run(m)?;
    let args = strings(m, "args");
    let filenames = strings(m, "filename");
    let local = flag(m, "local");
    let patch = m.get_one::<String>("patch").cloned().unwrap_or_default();
    let patch_file = m
        .get_one::<String>("patch-file")
        .cloned()
        .unwrap_or_default();
    let type_arg = m.get_one::<String>("type").cloned().unwrap_or_default();
    let subresource = m.get_one::<String>("subresource").cloned();

    // PatchOptions.Validate, in its order.
    if !patch.is_empty() && !patch_file.is_empty() {
        return Err(Error::msg(
            "cannot specify --patch and --patch-file together",
        ));
    }
    if patch.is_empty() && patch_file.is_empty() {
        return Err(Error::msg(
            "must specify --patch or --patch-file containing the contents of the patch",
        ));
    }
    if local && !args.is_empty() {
        return Err(Error::msg("cannot specify --local and server resources"));
    }
    if local && dry_run == DryRun::Server {
        return Err(Error::msg(
            "cannot specify --local and --dry-run=server - did you mean --dry-run=client?",
        ));
    }
    let patch_type = if type_arg.is_empty() {
        PatchType::Strategic
    } else {
        PatchType::parse(&type_arg).ok_or_else(|| {
            Error::msg(format!(
                "--type must be one of [json merge strategic], not {type_arg:?}"
            ))
        })?
    };

    let raw = if patch_file.is_empty() {
        patch.clone()
    } else {
        std::fs::read_to_string(&patch_file).map_err(|e| {
            Error::msg(format!(
                "unable to read patch file: {}",
                crate::cmd::edit::go_open_error(&patch_file, &e)
            ))
        })?
    };
    let text = to_json(&raw).map_err(|e| Error::msg(format!("unable to parse {patch:?}: {e}")))?;

    if args.is_empty() && filenames.is_empty() {
        return Err(Error::msg(crate::cmd::edit::NO_RESOURCES));
    }
    let source = Source::read(
        &args,
        &filenames,
        flag(m, "recursive"),
        &ctx.program,
        ctx.input,
    )?;
    // patch.go's ToPrinter sets the operation after PrintFlagsWithDryRunStrategy added the
    // dry-run suffix, so kubectl patch never prints `(dry run)`; and it makes a printer per
    // object, so YAML objects are not separated by `---`.
    let printer = |op: &str| OperationPrinter::from_args(m, op, DryRun::None);

    if local {
        let Source::Manifests(manifests) = &source else {
            return Err(Error::msg(crate::cmd::edit::NO_RESOURCES));
        };
        if manifests.is_empty() {
            return Err(Error::msg("no objects passed to patch"));
        }
        let mut errors = Vec::new();
        for manifest in manifests {
            match apply_locally(patch_type, &manifest.object, &text) {
                Ok(patched) => {
                    let op = operation(&manifest.object, &patched);
                    printer(op)?.print(&patched, ctx.out)?;
                }
                Err(e) => errors.push(e),
            }
        }
        return infos::aggregate(errors);
    }

    let params = WriteParams::from_args(m, dry_run)?;
    crate::runtime::block_on(async move {
        let client = Client::connect(ctx).await?;
        let explicit_ns = ctx.globals.overrides.namespace.clone();
        let how = Fetch {
            subresource: subresource.as_deref(),
            ..Fetch::default()
        };
        let (found, mut errors) = infos::fetch(
            &client,
            &ctx.cache_dir(),
            &source,
            explicit_ns.as_deref(),
            &how,
        )
        .await?;
        let count = found.len();
        for info in found {
            if dry_run == DryRun::Client {
                match apply_locally(patch_type, &info.object, &text) {
                    Ok(patched) => {
                        let op = operation(&info.object, &patched);
                        printer(op)?.print(&patched, ctx.out)?;
                    }
                    Err(e) => errors.push(e),
                }
                continue;
            }
            let path = format!("{}{}", info.path(subresource.as_deref()), params.query());
            let response = client
                .send_typed(
                    Method::PATCH,
                    &path,
                    "application/json",
                    patch_type.content_type(),
                    Some(text.clone().into_bytes()),
                )
                .await?;
            if !response.status.is_success() {
                let e = infos::response_error(response.status, &response.body);
                if response.status == http::StatusCode::UNSUPPORTED_MEDIA_TYPE {
                    // patch.go wraps IsUnsupportedMediaType errors with the GVK.
                    errors.push(Error::msg(format!(
                        "{} is not supported by {}, Kind={}: {}",
                        patch_type.content_type(),
                        info.resource.api_version_for_gvr(),
                        info.resource.kind,
                        unsupported_text(&response.body, &e)
                    )));
                } else {
                    errors.push(e);
                }
                continue;
            }
            let patched: Value =
                serde_json::from_slice(&response.body).map_err(|e| Error::msg(e.to_string()))?;
            let op = operation(&info.object, &patched);
            printer(op)?.print(&patched, ctx.out)?;
        }
        if count == 0 && errors.is_empty() {
            return Err(Error::msg("no objects passed to patch"));
        }
        infos::aggregate(errors)
    })
}

/// The operation word: `patched`, or `patched (no change)` when the object came back equal.
fn operation(before: &Value, after: &Value) -> &'static str {
    if before == after {
        "patched (no change)"
    } else {
        "patched"
    }
}

/// The message of an unsupported-media-type error without `Error from server (…): `.
fn unsupported_text(body: &[u8], fallback: &Error) -> String {
    serde_json::from_slice::<Value>(body)
        .ok()
        .and_then(|v| v["message"].as_str().map(str::to_string))
        .unwrap_or_else(|| fallback.to_string())
}

/// apimachinery `yaml.ToJSON`: text starting with `{` or `[` (after whitespace) is JSON and
/// passes through untouched; anything else is YAML converted to JSON.
pub fn to_json(raw: &str) -> std::result::Result<String, String> {
    let trimmed = raw.trim_start();
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        return Ok(raw.to_string());
    }
    let value: Value = serde_saphyr::from_str(raw)
        .map_err(|e| format!("yaml: {}", yaml_message(&e.to_string())))?;
    Ok(crate::output::json::to_compact_string(&value))
}

/// The first line of a YAML parser message, close to go-yaml's `line N: …` wording.
fn yaml_message(text: &str) -> String {
    text.lines().next().unwrap_or_default().to_string()
}

/// `getPatchedJSON`: the patch applied client-side.
pub fn apply_locally(patch_type: PatchType, object: &Value, text: &str) -> Result<Value> {
    match patch_type {
        PatchType::Json => {
            let ops: Value = serde_json::from_str(text).map_err(|e| Error::msg(e.to_string()))?;
            json_patch::apply(object, &ops).map_err(|e| {
                let msg = e.to_string();
                // patch.go's "hacky" rewrite of a json-patch error naming a missing key.
                match msg.find("key:") {
                    Some(ix) if msg.contains("doc is missing key") => Error::msg(format!(
                        "Object to be patched is missing field ({})",
                        msg.get(ix + 5..).unwrap_or_default()
                    )),
                    _ => Error::msg(msg),
                }
            })
        }
        PatchType::Merge => match serde_json::from_str::<Value>(text) {
            Ok(p @ Value::Object(_)) => Ok(json_merge::apply(object, &p)),
            Ok(Value::Array(_)) => Err(Error::msg(
                "json: cannot unmarshal array into Go value of type unstructured.detector",
            )),
            _ => Err(Error::msg("Invalid JSON Patch")),
        },
        PatchType::Strategic => {
            let api_version = object["apiVersion"].as_str().unwrap_or_default();
            let kind = object["kind"].as_str().unwrap_or_default();
            let Some(schema) = Schema::builtin_for(api_version, kind) else {
                let (group, version) = api_version.rsplit_once('/').unwrap_or(("", api_version));
                return Err(Error::msg(format!(
                    "strategic merge patch is not supported for {group}/{version}, Kind={kind} locally, try --type merge"
                )));
            };
            let patch: Value = match serde_json::from_str(text) {
                Ok(p @ Value::Object(_)) => p,
                _ => return Err(Error::msg("invalid JSON document")),
            };
            strategic::apply(object, &patch, schema).map_err(|e| Error::msg(e.to_string()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn yaml_and_json_patch_text() {
        assert_eq!(to_json("{\"a\": 1}").unwrap(), "{\"a\": 1}");
        assert_eq!(
            to_json("spec:\n  replicas: 3").unwrap(),
            "{\"spec\":{\"replicas\":3}}"
        );
        assert!(to_json("x: [").is_err());
    }

    #[test]
    fn local_patches() {
        let deploy = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "w"},
            "spec": {"template": {"spec": {"containers": [{"name": "a", "image": "x"}]}}}});
        let widget =
            json!({"apiVersion": "stable.example.com/v1", "kind": "Widget", "spec": {"size": 3}});
        let cases: Vec<(PatchType, &Value, &str, std::result::Result<Value, &str>)> = vec![
            (
                PatchType::Strategic,
                &deploy,
                r#"{"spec":{"template":{"spec":{"containers":[{"name":"b","image":"y"}]}}}}"#,
                Ok(
                    json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "w"},
                    "spec": {"template": {"spec": {"containers": [{"name": "b", "image": "y"}, {"name": "a", "image": "x"}]}}}}),
                ),
            ),
            (
                PatchType::Strategic,
                &widget,
                "{}",
                Err(
                    "strategic merge patch is not supported for stable.example.com/v1, Kind=Widget locally, try --type merge",
                ),
            ),
            (
                PatchType::Merge,
                &widget,
                r#"{"spec":{"size":null}}"#,
                Ok(json!({"apiVersion": "stable.example.com/v1", "kind": "Widget", "spec": {}})),
            ),
            (
                PatchType::Merge,
                &widget,
                "{\"spec\": ",
                Err("Invalid JSON Patch"),
            ),
            (
                PatchType::Strategic,
                &deploy,
                "[1]",
                Err("invalid JSON document"),
            ),
            (
                PatchType::Json,
                &widget,
                r#"[{"op":"replace","path":"/spec/l/0","value":1}]"#,
                Err(
                    "replace operation does not apply: doc is missing path: /spec/l/0: missing value",
                ),
            ),
        ];
        for (t, obj, text, want) in cases {
            let got = apply_locally(t, obj, text).map_err(|e| e.to_string());
            assert_eq!(got, want.map_err(str::to_string), "{t:?} {text}");
        }
    }
}
