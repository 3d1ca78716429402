//! `kctl version` (kubectl `pkg/cmd/version`). `--client` never touches the network.
//!
//! kctl reports major 1, minor 32 — the kubectl release whose behaviour it implements, which is
//! what scripts gate features on — and its own version as build metadata of `gitVersion`.

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde::Serialize;

use crate::ctx::Ctx;
use crate::error::{Error, Result};

pub fn command() -> Command {
    Command::new("version")
        .about("Print the client and server version information")
        .arg(
            crate::cli::bool_flag("client")
                .help("If true, shows client version only (no server required)."),
        )
        .arg(
            Arg::new("output")
                .short('o')
                .long("output")
                .help("One of 'yaml' or 'json'."),
        )
        .arg(
            Arg::new("args")
                .num_args(0..)
                .action(ArgAction::Append)
                .hide(true),
        )
}

/// Field order is `version.Info`'s, which kubectl prints as is.
#[derive(Debug, Serialize)]
struct Info {
    major: &'static str,
    minor: &'static str,
    #[serde(rename = "gitVersion")]
    git_version: String,
    #[serde(rename = "gitCommit")]
    git_commit: &'static str,
    #[serde(rename = "gitTreeState")]
    git_tree_state: &'static str,
    #[serde(rename = "buildDate")]
    build_date: &'static str,
    #[serde(rename = "goVersion")]
    go_version: &'static str,
    compiler: &'static str,
    platform: String,
}

#[derive(Debug, Serialize)]
struct Version {
    #[serde(rename = "clientVersion")]
    client_version: Info,
}

fn client_info() -> Info {
    Info {
        major: "1",
        minor: "32",
        git_version: format!("v1.32.5+kctl.{}", env!("CARGO_PKG_VERSION")),
        git_commit: "",
        git_tree_state: "",
        build_date: "",
        go_version: "",
        compiler: "rustc",
        platform: format!("{}/{}", std::env::consts::OS, go_arch()),
    }
}

fn go_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    }
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let output = m
        .get_one::<String>("output")
        .map(String::as_str)
        .unwrap_or("");
    if !matches!(output, "" | "yaml" | "json") {
        return Err(Error::msg("--output must be 'yaml' or 'json'"));
    }
    let client_only = m.get_one::<bool>("client").copied().unwrap_or(false);
    if !client_only {
        // The server half comes with the client layer; until then say so instead of guessing.
        return Err(Error::msg(
            "kctl version talks to servers in a later release; use --client",
        ));
    }
    let version = Version {
        client_version: client_info(),
    };
    match output {
        "json" => writeln!(
            ctx.out,
            "{}",
            crate::output::go_json::to_string_indent(&version, "  ")
        )?,
        "yaml" => {
            let value = serde_json::to_value(&version).map_err(|e| Error::msg(e.to_string()))?;
            // kubectl prints the YAML with Println, hence the blank line at the end.
            writeln!(ctx.out, "{}", crate::output::yaml::to_string(&value))?;
        }
        _ => writeln!(
            ctx.out,
            "Client Version: {}",
            version.client_version.git_version
        )?,
    }
    Ok(())
}
