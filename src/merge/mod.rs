//! Merging objects the way Kubernetes does, shared by client-side apply and the sandbox:
//! strategic merge patches (`strategic`) with the patch metadata of the built-in types or an
//! OpenAPI v3 document (`schema`), JSON merge patches (`json_merge`) for custom resources, and
//! client-side apply's inputs and patch choice (`apply`). Pure `serde_json::Value` functions;
//! no I/O. `builtin_table.rs` is data extracted from the `patchStrategy`/`patchMergeKey` struct tags of k8s.io/api.

pub mod apply;
#[rustfmt::skip]
mod builtin_table;
pub mod json_merge;
pub mod json_patch;
pub mod schema;
pub mod strategic;

pub use schema::{PatchMeta, Schema, Strategy};
