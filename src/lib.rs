//! kctl: a kubectl-compatible Kubernetes client with a built-in local API server.
//!
//! Where things happen:
//! - command line → `cli` (clap tree, kubectl's global flags, cobra-style errors);
//! - a verb → `cmd::<verb>` (parse, act, print);
//! - which kubeconfig files, merge, write-back → `kubeconfig` (`load`, `merged`, `write`,
//!   `lock`); context → connection → `kubeconfig::resolve`;
//! - a YAML/JSON byte, a table column → `output`;
//! - the environment → `env` (read once), stdout/stderr → `ctx::Ctx`;
//! - error text and exit codes → `error` (one place).

pub mod cli;
pub mod client;
pub mod cmd;
pub mod ctx;
pub mod describe;
pub mod docs;
pub mod duration;
pub mod env;
pub mod error;
pub mod explain;
pub mod generate;
pub mod klog;
pub mod kubeconfig;
pub mod labels;
pub mod manifest;
pub mod merge;
pub mod output;
pub mod runtime;
pub mod sandbox;

use std::ffi::OsString;
use std::io::{IsTerminal, Write};

use crate::ctx::Ctx;
use crate::env::Env;
use crate::error::Error;

/// Runs kctl with these arguments and returns the process exit code.
pub fn run(
    args: Vec<OsString>,
    env: &Env,
    input: &mut dyn std::io::Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let root = cli::command();
    let matches = match root.clone().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            return match cli::translate_clap_error(&root, &args, &e) {
                Some(error) => error.report(err),
                None => {
                    let _ = write!(out, "{}", e.render());
                    0
                }
            };
        }
    };
    let globals = match cli::collect_globals(&matches) {
        Ok(g) => g,
        Err(message) => return Error::msg(message).report(err),
    };
    klog::set_verbosity(globals.verbosity);
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let program = args
        .first()
        .and_then(|a| std::path::Path::new(a).file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "kctl".to_string());
    let mut ctx = Ctx {
        input,
        out,
        err,
        env,
        globals,
        interactive,
        program,
    };
    let result = cmd::dispatch(&matches, &mut ctx);
    let _ = ctx.out.flush();
    match result {
        Ok(()) => 0,
        Err(e) => e.report(ctx.err),
    }
}
