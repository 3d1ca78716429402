//! Client-side apply of one object (apply.go `applyOneObject`, patcher.go): create with the
//! last-applied annotation when absent, else the three-way patch from `crate::merge::apply`,
//! retried on conflicts and, with `--force`, replaced by delete and create.

use std::time::{Duration, Instant};

use http::Method;
use serde_json::{Value, json};

use super::objects::{Failure, Item, send};
use super::options::Options;
use super::{Applied, Operation};
use crate::client::Client;
use crate::cmd::mutate::DryRun;
use crate::error::Error;
use crate::merge::Schema;
use crate::merge::apply::{
    LAST_APPLIED, PatchType, modified_configuration, original_configuration, three_way_patch,
};

/// patcher.go `maxPatchRetry`.
const MAX_PATCH_RETRY: usize = 5;
/// patcher.go `triesBeforeBackOff` and `backOffPeriod`.
const TRIES_BEFORE_BACKOFF: usize = 1;
const BACKOFF: Duration = Duration::from_secs(1);

pub async fn apply(client: &Client, opts: &Options, item: &Item) -> Result<Applied, Error> {
    let mut warnings = Vec::new();
    let modified = modified_configuration(&item.object);
    let verb = format!(
        "retrieving current configuration of:\n{}\nfrom server for:",
        item.info_string()
    );
    if item.name.is_empty() {
        // client-go refuses a GET without a name before sending it.
        let f = Failure::Other(Error::msg("resource name may not be empty"));
        return Err(f.with_source(&verb, &item.source).into_error());
    }
    let live = match send(client, Method::GET, &item.path(), "application/json", None).await {
        Ok(live) => live,
        Err(f) if f.is_not_found() => return create(client, opts, item, modified).await,
        Err(f) => return Err(f.with_source(&verb, &item.source).into_error()),
    };
    if opts.dry_run == DryRun::Client {
        return Ok(Applied {
            object: live,
            operation: Operation::Configured,
            warnings,
        });
    }
    if live
        .pointer("/metadata/annotations")
        .and_then(|a| a.get(LAST_APPLIED))
        .is_none()
    {
        warnings.push(format!(
            "Warning: resource {} is missing the {LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.",
            item.object_name()
        ));
    }
    let (patch, object) = match patch_with_retries(client, opts, item, &modified, live).await {
        Ok(done) => done,
        Err((patch, f)) => {
            let verb = format!(
                "applying patch:\n{}\nto:\n{}\nfor:",
                patch_text(&patch),
                item.info_string()
            );
            return Err(f.with_source(&verb, &item.source).into_error());
        }
    };
    if object.pointer("/metadata/deletionTimestamp").is_some() {
        warnings.push(format!(
            "Warning: Detected changes to resource {} which is currently being deleted.",
            item.name
        ));
    }
    let unchanged = patch
        .as_ref()
        .is_some_and(|p| p.as_object().is_some_and(|o| o.is_empty()));
    Ok(Applied {
        object,
        operation: if unchanged {
            Operation::Unchanged
        } else {
            Operation::Configured
        },
        warnings,
    })
}

fn patch_text(patch: &Option<Value>) -> String {
    patch
        .as_ref()
        .map(crate::output::json::to_compact_string)
        .unwrap_or_default()
}

async fn create(
    client: &Client,
    opts: &Options,
    item: &Item,
    modified: Value,
) -> Result<Applied, Error> {
    if opts.dry_run == DryRun::Client {
        return Ok(Applied {
            object: modified,
            operation: Operation::Created,
            warnings: Vec::new(),
        });
    }
    let path = format!("{}{}", item.collection(), opts.params.query());
    let body = crate::cmd::mutate::create_body(&modified)?;
    match send(client, Method::POST, &path, "application/json", Some(body)).await {
        Ok(object) => Ok(Applied {
            object,
            operation: Operation::Created,
            warnings: Vec::new(),
        }),
        Err(f) => Err(f.with_source("creating", &item.source).into_error()),
    }
}

/// patcher.go `Patch`: the patch (None when it could not be computed) and the patched object.
async fn patch_with_retries(
    client: &Client,
    opts: &Options,
    item: &Item,
    modified: &Value,
    mut live: Value,
) -> Result<(Option<Value>, Value), (Option<Value>, Failure)> {
    let mut result = patch_simple(client, opts, item, modified, &live).await;
    let mut tries = 1;
    while let Err((_, f)) = &result {
        if !f.is_conflict() || tries > MAX_PATCH_RETRY {
            break;
        }
        if tries > TRIES_BEFORE_BACKOFF {
            tokio::time::sleep(BACKOFF).await;
        }
        tries += 1;
        live = send(client, Method::GET, &item.path(), "application/json", None)
            .await
            .map_err(|f| (None, f))?;
        result = patch_simple(client, opts, item, modified, &live).await;
    }
    match result {
        Err((_, f)) if opts.force && (f.is_conflict() || f.is_invalid()) => {
            delete_and_create(client, opts, item, &live, modified)
                .await
                .map(|object| (Some(modified.clone()), object))
                .map_err(|f| (Some(modified.clone()), f))
        }
        Err((patch, f)) => Err((patch, f.with_source("patching", &item.source))),
        ok => ok,
    }
}

/// patcher.go `patchSimple`: computes the three-way patch and sends it unless it is empty.
async fn patch_simple(
    client: &Client,
    opts: &Options,
    item: &Item,
    modified: &Value,
    live: &Value,
) -> Result<(Option<Value>, Value), (Option<Value>, Failure)> {
    let original = original_configuration(live)
        .map_err(|e| (None, Failure::Other(Error::msg(e.to_string()))))?;
    let r = &item.resource;
    let schema = Schema::builtin(&r.group, &r.version, &r.kind);
    let (patch_type, patch) =
        three_way_patch(original.as_ref(), modified, live, schema, opts.overwrite)
            .map_err(|e| {
        // patcher.go `createPatchErrFormat`, followed by the error.
        let raw_original = live
            .pointer("/metadata/annotations")
            .and_then(|a| a.get(LAST_APPLIED))
            .and_then(Value::as_str)
            .unwrap_or_default();
        let text = format!(
            "creating patch with:\noriginal:\n{raw_original}\nmodified:\n{}\n\ncurrent:\n{}\n\nfor:: {e}",
            crate::output::json::to_compact_string(modified),
            crate::output::json::to_compact_string(live)
        );
        (None, Failure::Other(Error::msg(text)))
    })?;
    if patch_type == PatchType::Merge
        && (patch.get("apiVersion").is_some()
            || patch.get("kind").is_some()
            || patch.pointer("/metadata/name").is_some())
    {
        // mergepatch.RequireKeyUnchanged / RequireMetadataKeyUnchanged preconditions.
        return Err((
            None,
            Failure::Other(Error::msg(
                "At least one of apiVersion, kind and name was changed",
            )),
        ));
    }
    if patch.as_object().is_some_and(|o| o.is_empty()) {
        return Ok((Some(patch), live.clone()));
    }
    let path = format!("{}{}", item.path(), opts.params.query());
    let body = crate::output::json::to_compact_string(&patch).into_bytes();
    match send(
        client,
        Method::PATCH,
        &path,
        patch_type.content_type(),
        Some(body),
    )
    .await
    {
        Ok(object) => Ok((Some(patch), object)),
        Err(f) => Err((Some(patch), f)),
    }
}

/// patcher.go `deleteAndCreate`: `--force` replaces an object the patch could not change,
/// restoring the original when the new one is refused.
async fn delete_and_create(
    client: &Client,
    opts: &Options,
    item: &Item,
    original: &Value,
    modified: &Value,
) -> Result<Value, Failure> {
    let mut options = json!({"kind": "DeleteOptions", "apiVersion": "v1",
                             "propagationPolicy": opts.cascade.policy()});
    if opts.grace_period >= 0 {
        options["gracePeriodSeconds"] = json!(opts.grace_period);
    }
    let body = serde_json::to_vec(&options).map_err(|e| Error::msg(e.to_string()))?;
    send(
        client,
        Method::DELETE,
        &item.path(),
        "application/json",
        Some(body),
    )
    .await?;
    let deadline = Instant::now()
        + if opts.timeout.is_zero() {
            Duration::from_secs(60)
        } else {
            opts.timeout
        };
    loop {
        match send(client, Method::GET, &item.path(), "application/json", None).await {
            Err(f) if f.is_not_found() => break,
            Err(f) => return Err(f),
            Ok(_) if Instant::now() >= deadline => {
                return Err(Failure::Other(Error::msg(
                    "timed out waiting for the condition",
                )));
            }
            Ok(_) => tokio::time::sleep(Duration::from_secs(1)).await,
        }
    }
    let path = format!("{}{}", item.collection(), opts.params.query());
    let body = crate::cmd::mutate::create_body(modified)?;
    match send(client, Method::POST, &path, "application/json", Some(body)).await {
        Ok(created) => Ok(created),
        Err(err) => {
            let mut restore = original.clone();
            if let Some(meta) = restore.get_mut("metadata").and_then(Value::as_object_mut) {
                meta.remove("resourceVersion");
                meta.remove("uid");
            }
            let body = serde_json::to_vec(&restore).map_err(|e| Error::msg(e.to_string()))?;
            match send(client, Method::POST, &path, "application/json", Some(body)).await {
                Ok(_) => Err(err),
                Err(again) => Err(Failure::Other(Error::msg(format!(
                    "An error occurred force-replacing the existing object with the newly provided one:\n\n{}.\n\nAdditionally, an error occurred attempting to restore the original object:\n\n{}",
                    err.message(),
                    again.message()
                )))),
            }
        }
    }
}
