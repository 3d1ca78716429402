//! What the streaming verbs share (exec, attach, cp, run --attach): the pod and container they
//! talk to, the WebSocket remote-command session, and the local terminal.

pub mod pods;
pub mod run_attach;
pub mod session;
pub mod spdy;
pub mod tar;
pub mod terminal;

use clap::ArgMatches;

use crate::error::{Error, Result};

/// `--pod-running-timeout` (cmdutil `GetPodRunningTimeoutFlag`): a positive duration.
pub fn pod_running_timeout(m: &ArgMatches, command: &str) -> Result<std::time::Duration> {
    let raw = crate::cmd::create::sub::string(m, "pod-running-timeout");
    match crate::cli::parse_go_duration(&raw) {
        Some(d) if !d.is_zero() => Ok(d),
        _ => Err(Error::Usage {
            message: "--pod-running-timeout must be higher than zero".to_string(),
            command: command.to_string(),
        }),
    }
}
