//! Server-side apply of one object (apply.go `applyOneObject` with `--server-side`): the whole
//! manifest sent as an `application/apply-patch+yaml` PATCH with `force`, and kubectl's words
//! when the server reports conflicting field managers.

use http::{Method, StatusCode};

use super::objects::{Failure, Item, send};
use super::options::Options;
use super::{Applied, Operation};
use crate::client::Client;
use crate::error::Error;

/// The advice kubectl appends to a conflict (apply.go).
const CONFLICT_ADVICE: &str =
    "Please review the fields above--they currently have other managers. Here
are the ways you can resolve this warning:
* If you intend to manage all of these fields, please re-run the apply
  command with the `--force-conflicts` flag.
* If you do not intend to manage all of the fields, please edit your
  manifest to remove references to the fields that should keep their
  current managers.
* You may co-own fields by updating your manifest to match the existing
  value; in this case, you'll become the manager if the other manager(s)
  stop managing the field (remove it from their configuration).
See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts";

pub async fn apply(client: &Client, opts: &Options, item: &Item) -> Result<Applied, Error> {
    if item.name.is_empty() {
        return Err(Error::msg("resource name may not be empty"));
    }
    let query = opts.params.query();
    let force = format!("force={}", opts.force_conflicts);
    let path = if query.is_empty() {
        format!("{}?{force}", item.path())
    } else {
        format!("{}{query}&{force}", item.path())
    };
    let body = crate::output::json::to_compact_string(&item.object).into_bytes();
    match send(
        client,
        Method::PATCH,
        &path,
        "application/apply-patch+yaml",
        Some(body),
    )
    .await
    {
        Ok(object) => {
            let mut warnings = Vec::new();
            if object.pointer("/metadata/deletionTimestamp").is_some() {
                warnings.push(format!(
                    "Warning: Detected changes to resource {} which is currently being deleted.",
                    item.name
                ));
            }
            Ok(Applied {
                object,
                operation: Operation::ServerSideApplied,
                warnings,
            })
        }
        Err(f) => Err(server_side_error(f)),
    }
}

fn server_side_error(f: Failure) -> Error {
    match f.code() {
        Some(StatusCode::UNSUPPORTED_MEDIA_TYPE) => Error::msg(format!(
            "Server-side apply not available on the server: ({})",
            f.message()
        )),
        Some(StatusCode::CONFLICT) => Error::msg(format!("{}\n{CONFLICT_ADVICE}", f.message())),
        _ => f.into_error(),
    }
}
