//! The kubeconfig context layer shared by every verb: load and merge files as kubectl does,
//! remember where each stanza came from, resolve the current context, and write changes back
//! atomically to the file that defined them.

pub mod load;
pub mod lock;
pub mod merged;
pub mod model;
pub mod resolve;
pub mod write;

pub use load::PathOptions;
pub use merged::{Kubeconfig, Stanza};

use std::path::PathBuf;

/// Failures of the context layer; `Display` is kubectl's wording where kubectl has one.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("error loading config file \"{path}\": {message}")]
    Parse { path: PathBuf, message: String },
    #[error("stat {path}: no such file or directory")]
    ExplicitFileMissing { path: PathBuf },
    #[error("{message}")]
    Io { message: String },
    #[error("{0}")]
    Invalid(String),
}

impl Error {
    pub(crate) fn io(context: impl std::fmt::Display, err: std::io::Error) -> Self {
        Error::Io {
            message: format!("{context}: {}", describe_io(&err)),
        }
    }
}

/// Go's `*PathError` texts for the common errno values.
pub(crate) fn describe_io(err: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match err.kind() {
        ErrorKind::NotFound => "no such file or directory".to_string(),
        ErrorKind::PermissionDenied => "permission denied".to_string(),
        ErrorKind::AlreadyExists => "file exists".to_string(),
        ErrorKind::IsADirectory => "is a directory".to_string(),
        _ => err.to_string(),
    }
}
