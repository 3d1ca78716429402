//! `kctl completion SHELL` (kubectl `pkg/cmd/completion`): prints a completion script for
//! bash, zsh, fish or powershell. No network, no kubeconfig.

use clap::{Arg, ArgMatches, Command};
use clap_complete::Shell;

use crate::ctx::Ctx;
use crate::error::{Error, Result};

pub fn command() -> Command {
    Command::new("completion")
        .about(
            "Output shell completion code for the specified shell (bash, zsh, fish, or powershell)",
        )
        .arg(
            Arg::new("shell")
                .num_args(0..)
                .action(clap::ArgAction::Append),
        )
}

fn shell_named(name: &str) -> Option<Shell> {
    match name {
        "bash" => Some(Shell::Bash),
        "zsh" => Some(Shell::Zsh),
        "fish" => Some(Shell::Fish),
        "powershell" => Some(Shell::PowerShell),
        _ => None,
    }
}

/// The script for `shell` naming the program `bin`. Built in memory: clap_complete panics on
/// a failed write, and a closed pipe (`| head`) is not a failure.
pub fn script(shell: Shell, bin: &str) -> Vec<u8> {
    let mut cmd = crate::cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, bin, &mut buf);
    buf
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args: Vec<String> = m
        .get_many::<String>("shell")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let name = match args.as_slice() {
        [] => {
            return Err(Error::Usage {
                message: "Shell not specified.".to_string(),
                command: "kubectl completion".to_string(),
            });
        }
        [one] => one,
        _ => {
            return Err(Error::Usage {
                message: "Too many arguments. Expected only the shell type.".to_string(),
                command: "kubectl completion".to_string(),
            });
        }
    };
    let Some(shell) = shell_named(name) else {
        return Err(Error::Usage {
            message: format!("Unsupported shell type {name:?}."),
            command: "kubectl completion".to_string(),
        });
    };
    ctx.out.write_all(&script(shell, "kctl"))?;
    Ok(())
}
