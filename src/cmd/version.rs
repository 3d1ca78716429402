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
    #[serde(rename = "serverVersion", skip_serializing_if = "Option::is_none")]
    server_version: Option<ServerInfo>,
}

/// The server's `version.Info`, in its field order.
#[derive(Debug, Serialize, serde::Deserialize)]
struct ServerInfo {
    #[serde(default)]
    major: String,
    #[serde(default)]
    minor: String,
    #[serde(rename = "gitVersion", default)]
    git_version: String,
    #[serde(rename = "gitCommit", default)]
    git_commit: String,
    #[serde(rename = "gitTreeState", default)]
    git_tree_state: String,
    #[serde(rename = "buildDate", default)]
    build_date: String,
    #[serde(rename = "goVersion", default)]
    go_version: String,
    #[serde(default)]
    compiler: String,
    #[serde(default)]
    platform: String,
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

/// kubectl's warning when the server is more than one minor version away.
fn warn_on_skew(ctx: &mut Ctx, server: &ServerInfo) -> Result<()> {
    let minor: i64 = server.minor.trim_end_matches('+').parse().unwrap_or(32);
    let major: i64 = server.major.parse().unwrap_or(1);
    if major == 1 && (minor - 32).abs() > 1 {
        writeln!(
            ctx.err,
            "WARNING: version difference between client (1.32) and server ({}.{}) exceeds the supported minor version skew of +/-1",
            server.major, minor
        )?;
    }
    Ok(())
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
    let mut version = Version {
        client_version: client_info(),
        server_version: None,
    };
    let mut server_error = None;
    if !client_only {
        let fetched = crate::runtime::block_on(async {
            let client = crate::client::Client::connect(ctx).await?;
            client.get_json("/version?timeout=32s").await
        });
        match fetched.and_then(|v| {
            serde_json::from_value::<ServerInfo>(v).map_err(|e| Error::msg(e.to_string()))
        }) {
            Ok(info) => version.server_version = Some(info),
            // kubectl prints the client half first, then fails.
            Err(e) => server_error = Some(e),
        }
    }
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
        _ => {
            writeln!(
                ctx.out,
                "Client Version: {}",
                version.client_version.git_version
            )?;
            if let Some(server) = &version.server_version {
                writeln!(ctx.out, "Server Version: {}", server.git_version)?;
            }
        }
    }
    if let Some(server) = &version.server_version {
        warn_on_skew(ctx, server)?;
    }
    match server_error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}
