//! `kctl set image` (kubectl `pkg/cmd/set/set_image.go`): changes container images in pod
//! specs and pod templates, sending the two-way strategic merge patch of before and after.

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
use crate::merge::{Schema, strategic};

pub fn command() -> Command {
    Command::new("image")
        .about("Update the image of a pod template")
        .arg(
            Arg::new("filename")
                .short('f')
                .long("filename")
                .action(ArgAction::Append),
        )
        .arg(bool_flag("recursive").short('R'))
        .arg(Arg::new("kustomize").short('k').long("kustomize"))
        .arg(bool_flag("all"))
        .arg(bool_flag("local"))
        .arg(mutate::dry_run_arg())
        .arg(mutate::field_manager_arg("kubectl-set"))
        .arg(Arg::new("selector").short('l').long("selector"))
        .arg(bool_flag("record"))
        .args(mutate::print_args())
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
}

/// cmdutil `GetResourcesAndPairs`: resources first, then `name=image` pairs.
fn split_args(args: &[String]) -> Result<(Vec<String>, Vec<String>)> {
    let mut resources = Vec::new();
    let mut pairs = Vec::new();
    for s in args {
        let pair = (s.contains('=') && !s.starts_with('=')) || (s.ends_with('-') && s != "-");
        if pair {
            pairs.push(s.clone());
        } else if !pairs.is_empty() {
            return Err(Error::msg(format!(
                "all resources must be specified before image changes: {s}"
            )));
        } else {
            resources.push(s.clone());
        }
    }
    Ok((resources, pairs))
}

/// cmdutil `ParsePairs` without removals: `container=image`, later pairs win.
fn parse_pairs(pairs: &[String]) -> Result<Vec<(String, String)>> {
    let mut out: Vec<(String, String)> = Vec::new();
    for p in pairs {
        match p.split_once('=') {
            Some((k, v)) if !k.is_empty() => {
                out.retain(|(name, _)| name != k);
                out.push((k.to_string(), v.to_string()));
            }
            _ => return Err(Error::msg(format!("invalid image format: {p}"))),
        }
    }
    Ok(out)
}

fn flag(m: &ArgMatches, id: &str) -> bool {
    m.get_one::<bool>(id).copied().unwrap_or(false)
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let dry_run = mutate::dry_run(m)?;
    let printer = OperationPrinter::from_args(m, "image updated", dry_run)?;
    let args: Vec<String> = m
        .get_many::<String>("args")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let filenames: Vec<String> = m
        .get_many::<String>("filename")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let local = flag(m, "local");
    let all = flag(m, "all");
    let selector = m.get_one::<String>("selector").cloned();
    let (resources, pairs) = split_args(&args)?;
    let images = parse_pairs(&pairs)?;
    if local && !resources.is_empty() {
        return Err(Error::msg(
            "you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'",
        ));
    }
    // SetImageOptions.Validate, after the builder has run (its errors come first).
    let validate = || -> Result<()> {
        let mut errors = Vec::new();
        if all && selector.is_some() {
            errors.push("cannot set --all and --selector at the same time".to_string());
        }
        if resources.is_empty() && filenames.is_empty() {
            errors.push(
                "one or more resources must be specified as <resource> <name> or <resource>/<name>"
                    .to_string(),
            );
        }
        if images.is_empty() {
            errors.push("at least one image update is required".to_string());
        } else if images.len() > 1 && images.iter().any(|(k, _)| k == "*") {
            errors.push("all containers are already specified by *, but saw more than one container_name=container_image pairs".to_string());
        }
        if local && dry_run == DryRun::Server {
            errors.push(
                "cannot specify --local and --dry-run=server - did you mean --dry-run=client?"
                    .to_string(),
            );
        }
        infos::aggregate(errors.into_iter().map(Error::Message).collect())
    };
    if resources.is_empty() && filenames.is_empty() {
        return Err(Error::msg(crate::cmd::edit::NO_RESOURCES));
    }
    let source = Source::read(
        &resources,
        &filenames,
        flag(m, "recursive"),
        &ctx.program,
        ctx.input,
    )?;

    if local {
        let Source::Manifests(manifests) = source else {
            return Err(Error::msg(crate::cmd::edit::NO_RESOURCES));
        };
        validate()?;
        let mut errors = Vec::new();
        let mut printed = 0;
        for manifest in manifests {
            let name = format!(
                "{}/{}",
                plural_guess(&manifest.object),
                manifest.object["metadata"]["name"]
                    .as_str()
                    .unwrap_or_default()
            );
            match update(&manifest.object, &images, &name, &mut errors) {
                Some((mut after, _)) => {
                    typed_round_trip(&mut after);
                    infos::separate(m, &mut printed, ctx.out)?;
                    printer.print(&after, ctx.out)?;
                }
                None => continue,
            }
        }
        return report(errors);
    }

    let params = WriteParams::from_args(m, dry_run)?;
    let (selector, images, validate) = (&selector, &images, &validate);
    crate::runtime::block_on(async move {
        let client = Client::connect(ctx).await?;
        let explicit_ns = ctx.globals.overrides.namespace.clone();
        let how = Fetch {
            selector: selector.as_deref(),
            all: all || selector.is_some(),
            latest: true,
            ..Fetch::default()
        };
        let (found, fetch_errors) = infos::fetch(
            &client,
            &ctx.cache_dir(),
            &source,
            explicit_ns.as_deref(),
            &how,
        )
        .await?;
        infos::aggregate(fetch_errors)?;
        validate()?;
        let mut errors = Vec::new();
        let mut printed = 0;
        for info in found {
            let name = format!("{}/{}", info.resource.resource, info.name);
            let Some((after, patch)) = update(&info.object, images, &name, &mut errors) else {
                continue;
            };
            infos::separate(m, &mut printed, ctx.out)?;
            if dry_run == DryRun::Client {
                printer.print(&after, ctx.out)?;
                continue;
            }
            let path = format!("{}{}", info.path(None), params.query());
            let response = client
                .send_typed(
                    Method::PATCH,
                    &path,
                    "application/json",
                    "application/strategic-merge-patch+json",
                    Some(crate::output::json::to_compact_string(&patch).into_bytes()),
                )
                .await?;
            if !response.status.is_success() {
                let status: Value = serde_json::from_slice(&response.body).unwrap_or(Value::Null);
                errors.push(format!(
                    "failed to patch image update to pod template: {}",
                    status["message"].as_str().unwrap_or_default()
                ));
                continue;
            }
            let actual: Value =
                serde_json::from_slice(&response.body).map_err(|e| Error::msg(e.to_string()))?;
            printer.print(&actual, ctx.out)?;
        }
        report(errors)
    })
}

/// `allErrs` as cmdutil.CheckErr prints them: one per line; messages that already start with
/// `error: ` are not prefixed again.
fn report(errors: Vec<String>) -> Result<()> {
    match errors.len() {
        0 => Ok(()),
        1 => {
            let e = &errors[0];
            Err(Error::msg(
                e.strip_prefix("error: ").unwrap_or(e).trim_end(),
            ))
        }
        _ => Err(Error::Multiple(
            errors.iter().map(|e| e.trim_end().to_string()).collect(),
        )),
    }
}

/// The resource name kubectl would print for a manifest object (`deployments/x`); only used
/// in messages about objects without a pod spec.
fn plural_guess(object: &Value) -> String {
    let kind = object["kind"].as_str().unwrap_or_default().to_lowercase();
    if kind.ends_with('s') {
        format!("{kind}es")
    } else if let Some(stem) = kind.strip_suffix('y') {
        format!("{stem}ies")
    } else {
        format!("{kind}s")
    }
}

/// The JSON pointer of the pod spec in an object (polymorphichelpers `updatePodSpecForObject`).
fn pod_spec_pointer(object: &Value) -> Option<&'static str> {
    let kind = object["kind"].as_str().unwrap_or_default();
    match kind {
        "Pod" => Some("/spec"),
        "ReplicationController"
        | "Deployment"
        | "DaemonSet"
        | "ReplicaSet"
        | "StatefulSet"
        | "Job" => Some("/spec/template/spec"),
        "CronJob" => Some("/spec/jobTemplate/spec/template/spec"),
        _ => None,
    }
}

/// Sets the images, collecting kubectl's per-container errors; returns the changed object and
/// its patch, or None when there is nothing to send (no pod spec, or no change).
fn update(
    before: &Value,
    images: &[(String, String)],
    name: &str,
    errors: &mut Vec<String>,
) -> Option<(Value, Value)> {
    let Some(pointer) = pod_spec_pointer(before) else {
        let version = before["apiVersion"]
            .as_str()
            .unwrap_or_default()
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_string();
        errors.push(format!(
            "error: {name} the object is not a pod or does not have a pod template: *{version}.{}\n",
            before["kind"].as_str().unwrap_or_default()
        ));
        return None;
    };
    let mut after = before.clone();
    if let Some(spec) = after.pointer_mut(pointer) {
        for (container, image) in images {
            let init = set_image(spec, "initContainers", container, image);
            let regular = set_image(spec, "containers", container, image);
            if !init && !regular {
                errors.push(format!(
                    "error: unable to find container named {container:?}"
                ));
            }
        }
    }
    let schema = Schema::builtin_for(
        before["apiVersion"].as_str().unwrap_or_default(),
        before["kind"].as_str().unwrap_or_default(),
    )?;
    let patch = match strategic::two_way(before, &after, schema) {
        Ok(p) => p,
        Err(e) => {
            errors.push(format!("error: {name} {e}\n"));
            return None;
        }
    };
    if patch.as_object().is_some_and(|p| p.is_empty()) {
        return None;
    }
    Some((after, patch))
}

/// What kubectl's decode into the Go type and encode back adds to a manifest: the fields of
/// the kinds `set image` handles that Go always writes (`creationTimestamp: null`, empty
/// structs, integer status fields without `omitempty`). Unknown fields are not dropped here.
fn typed_round_trip(object: &mut Value) {
    use serde_json::{Map, json};
    fn ensure<'v>(v: &'v mut Value, key: &str, default: Value) -> Option<&'v mut Value> {
        let map = v.as_object_mut()?;
        Some(map.entry(key.to_string()).or_insert(default))
    }
    fn template(v: &mut Value) {
        if let Some(meta) = ensure(v, "metadata", Value::Object(Map::new())) {
            ensure(meta, "creationTimestamp", Value::Null);
        }
        if let Some(spec) = v.get_mut("spec") {
            for field in ["initContainers", "containers"] {
                for c in spec
                    .get_mut(field)
                    .and_then(Value::as_array_mut)
                    .into_iter()
                    .flatten()
                {
                    ensure(c, "resources", json!({}));
                }
            }
        }
    }
    let kind = object["kind"].as_str().unwrap_or_default().to_string();
    if let Some(meta) = ensure(object, "metadata", Value::Object(Map::new())) {
        ensure(meta, "creationTimestamp", Value::Null);
    }
    let (status, spec_fields): (Value, &[(&str, Value)]) = match kind.as_str() {
        "Pod" => {
            template(object);
            (json!({}), &[])
        }
        "Deployment" => (json!({}), &[("strategy", Value::Null)]),
        "DaemonSet" => (
            json!({"currentNumberScheduled": 0, "desiredNumberScheduled": 0, "numberMisscheduled": 0, "numberReady": 0}),
            &[("updateStrategy", Value::Null)],
        ),
        "StatefulSet" => (
            json!({"availableReplicas": 0, "replicas": 0}),
            &[
                ("updateStrategy", Value::Null),
                ("serviceName", Value::Bool(false)),
            ],
        ),
        "ReplicaSet" | "ReplicationController" => (json!({"replicas": 0}), &[]),
        "Job" | "CronJob" => (json!({}), &[]),
        _ => return,
    };
    if let Some(spec) = object.get_mut("spec") {
        for (field, marker) in spec_fields {
            // Null marks an empty struct, false an empty string.
            let default = if marker.is_null() {
                json!({})
            } else {
                json!("")
            };
            ensure(spec, field, default);
        }
        match kind.as_str() {
            "Pod" => {}
            "CronJob" => {
                if let Some(jt) = spec.get_mut("jobTemplate") {
                    if let Some(meta) = ensure(jt, "metadata", Value::Object(Map::new())) {
                        ensure(meta, "creationTimestamp", Value::Null);
                    }
                    if let Some(t) = jt.get_mut("spec").and_then(|s| s.get_mut("template")) {
                        template(t);
                    }
                }
            }
            _ => {
                if let Some(t) = spec.get_mut("template") {
                    template(t);
                }
            }
        }
    }
    if let (Some(Value::Object(have)), Value::Object(defaults)) =
        (ensure(object, "status", json!({})), status)
    {
        for (k, v) in defaults {
            have.entry(k).or_insert(v);
        }
    }
}

fn set_image(spec: &mut Value, field: &str, container: &str, image: &str) -> bool {
    let mut found = false;
    for c in spec
        .get_mut(field)
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
    {
        if container == "*" || c["name"].as_str() == Some(container) {
            found = true;
            if let Some(obj) = c.as_object_mut() {
                obj.insert("image".into(), Value::String(image.to_string()));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn arguments() {
        assert_eq!(
            split_args(&s(&["deploy/web", "a=b", "*=c"])).unwrap(),
            (s(&["deploy/web"]), s(&["a=b", "*=c"]))
        );
        assert_eq!(
            split_args(&s(&["a=b", "x"])).unwrap_err().to_string(),
            "all resources must be specified before image changes: x"
        );
        assert_eq!(
            parse_pairs(&s(&["web-"])).unwrap_err().to_string(),
            "invalid image format: web-"
        );
    }

    #[test]
    fn images_and_patch() {
        let deploy = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "w"},
            "spec": {"template": {"spec": {"containers": [{"name": "a", "image": "x"}, {"name": "b", "image": "y"}]}}}});
        let mut errors = Vec::new();
        let (after, patch) = update(
            &deploy,
            &[("a".into(), "x2".into()), ("zz".into(), "q".into())],
            "deployments/w",
            &mut errors,
        )
        .unwrap();
        assert_eq!(
            after["spec"]["template"]["spec"]["containers"][0]["image"],
            "x2"
        );
        assert_eq!(
            patch,
            json!({"spec": {"template": {"spec": {
                "$setElementOrder/containers": [{"name": "a"}, {"name": "b"}],
                "containers": [{"image": "x2", "name": "a"}]}}}})
        );
        assert_eq!(errors, vec!["error: unable to find container named \"zz\""]);
        let mut errors = Vec::new();
        assert!(
            update(
                &deploy,
                &[("a".into(), "x".into())],
                "deployments/w",
                &mut errors
            )
            .is_none()
        );
        let svc = json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s"}});
        assert!(update(&svc, &[("a".into(), "x".into())], "services/s", &mut errors).is_none());
        assert_eq!(
            errors,
            vec![
                "error: services/s the object is not a pod or does not have a pod template: *v1.Service\n"
            ]
        );
    }
}
