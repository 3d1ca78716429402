//! The async runtime, started only by verbs that talk to a server: `config`, `version --client`
//! and `completion` never pay for it.

use std::future::Future;

use crate::error::{Error, Result};

/// Runs `future` to completion on a single-threaded runtime.
pub fn block_on<F: Future<Output = Result<T>>, T>(future: F) -> Result<T> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::msg(format!("starting the async runtime: {e}")))?;
    runtime.block_on(future)
}
