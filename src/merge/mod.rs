//! Merging objects the way Kubernetes does, shared by client-side apply and the sandbox:
//! strategic merge patches (`strategic`) with the patch metadata of the built-in types or an
//! OpenAPI v3 document (`schema`), and JSON merge patches (`json_merge`) for custom resources.
//! Pure `serde_json::Value` functions; no I/O.

pub mod apply;
mod builtin_table;
pub mod json_merge;
pub mod schema;
pub mod strategic;

pub use schema::{PatchMeta, Schema, Strategy};
