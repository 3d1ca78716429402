//! `Ctx`: everything a verb may touch outside itself — output streams, the environment, the
//! kubeconfig paths and the global flags. Verbs get it passed in, so any verb can run against
//! in-memory buffers.

use std::io::{Read, Write};

use crate::cli::GlobalArgs;
use crate::env::Env;
use crate::kubeconfig::PathOptions;

pub struct Ctx<'a> {
    pub input: &'a mut dyn Read,
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    pub env: &'a Env,
    pub globals: GlobalArgs,
    /// Whether standard input and output are a terminal (interactive pickers).
    pub interactive: bool,
    /// The name this binary was invoked as (`kubectl` through a link), for messages that
    /// kubectl words with its own `argv[0]`.
    pub program: String,
}

impl Ctx<'_> {
    /// The context this shell pinned with `KCTL_CONTEXT`, if any (kctl's per-shell override;
    /// kubectl has none).
    pub fn shell_context(&self) -> Option<String> {
        self.env.get("KCTL_CONTEXT").map(str::to_string)
    }

    /// `--cache-dir`, else `~/.kube/cache` (kubectl's default).
    pub fn cache_dir(&self) -> std::path::PathBuf {
        self.globals
            .cache_dir
            .clone()
            .unwrap_or_else(|| self.env.home_dir().join(".kube").join("cache"))
    }

    /// The kubeconfig files this invocation reads and writes.
    pub fn paths(&self) -> PathOptions {
        PathOptions::new(self.globals.kubeconfig.clone(), self.env)
    }
}
