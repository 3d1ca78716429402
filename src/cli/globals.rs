//! kubectl's global flags (`kubectl options`), added to every command of the tree the way
//! pflag merges persistent flags: a command's own flag of the same name shadows the global one
//! (`config set-context --namespace` sets the context's namespace, not the request's).

use std::path::PathBuf;
use std::time::Duration;

use clap::parser::ValueSource;
use clap::{Arg, ArgAction, ArgMatches, Command};

use crate::kubeconfig::resolve::Overrides;

#[derive(Clone, Copy)]
enum Kind {
    Value,
    Multi,
    Bool,
}

struct GlobalFlag {
    long: &'static str,
    short: Option<char>,
    kind: Kind,
    help: &'static str,
}

const fn flag(long: &'static str, kind: Kind, help: &'static str) -> GlobalFlag {
    GlobalFlag {
        long,
        short: None,
        kind,
        help,
    }
}

const GLOBAL_FLAGS: &[GlobalFlag] = &[
    flag(
        "as",
        Kind::Value,
        "Username to impersonate for the operation.",
    ),
    flag(
        "as-group",
        Kind::Multi,
        "Group to impersonate for the operation, this flag can be repeated to specify multiple groups.",
    ),
    flag(
        "as-uid",
        Kind::Value,
        "UID to impersonate for the operation.",
    ),
    flag("cache-dir", Kind::Value, "Default cache directory"),
    flag(
        "certificate-authority",
        Kind::Value,
        "Path to a cert file for the certificate authority",
    ),
    flag(
        "client-certificate",
        Kind::Value,
        "Path to a client certificate file for TLS",
    ),
    flag(
        "client-key",
        Kind::Value,
        "Path to a client key file for TLS",
    ),
    flag(
        "cluster",
        Kind::Value,
        "The name of the kubeconfig cluster to use",
    ),
    flag(
        "context",
        Kind::Value,
        "The name of the kubeconfig context to use",
    ),
    flag(
        "disable-compression",
        Kind::Bool,
        "If true, opt-out of response compression for all requests to the server",
    ),
    flag(
        "insecure-skip-tls-verify",
        Kind::Bool,
        "If true, the server's certificate will not be checked for validity.",
    ),
    flag(
        "kubeconfig",
        Kind::Value,
        "Path to the kubeconfig file to use for CLI requests.",
    ),
    flag(
        "log-flush-frequency",
        Kind::Value,
        "Maximum number of seconds between log flushes",
    ),
    flag(
        "match-server-version",
        Kind::Bool,
        "Require server version to match client version",
    ),
    GlobalFlag {
        long: "namespace",
        short: Some('n'),
        kind: Kind::Value,
        help: "If present, the namespace scope for this CLI request",
    },
    flag(
        "password",
        Kind::Value,
        "Password for basic authentication to the API server",
    ),
    flag("profile", Kind::Value, "Name of profile to capture."),
    flag(
        "profile-output",
        Kind::Value,
        "Name of the file to write the profile to",
    ),
    flag(
        "request-timeout",
        Kind::Value,
        "The length of time to wait before giving up on a single server request.",
    ),
    GlobalFlag {
        long: "server",
        short: Some('s'),
        kind: Kind::Value,
        help: "The address and port of the Kubernetes API server",
    },
    flag(
        "tls-server-name",
        Kind::Value,
        "Server name to use for server certificate validation.",
    ),
    flag(
        "token",
        Kind::Value,
        "Bearer token for authentication to the API server",
    ),
    flag(
        "user",
        Kind::Value,
        "The name of the kubeconfig user to use",
    ),
    flag(
        "username",
        Kind::Value,
        "Username for basic authentication to the API server",
    ),
    GlobalFlag {
        long: "v",
        short: Some('v'),
        kind: Kind::Value,
        help: "number for the log level verbosity",
    },
    flag(
        "vmodule",
        Kind::Value,
        "comma-separated list of pattern=N settings for file-filtered logging",
    ),
    flag(
        "warnings-as-errors",
        Kind::Bool,
        "Treat warnings received from the server as errors and exit with a non-zero exit code",
    ),
];

fn id(long: &str) -> String {
    format!("global:{long}")
}

/// klog's `-v` level, an integer as pflag parses it.
fn parse_verbosity(s: &str) -> Result<String, String> {
    s.parse::<i32>()
        .map(|_| s.to_string())
        .map_err(|_| format!("strconv.ParseInt: parsing {s:?}: invalid syntax"))
}

/// Go's `strconv.ParseBool`, which pflag uses for `--flag=value` on boolean flags.
pub fn parse_go_bool(s: &str) -> Result<bool, String> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Ok(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Ok(false),
        _ => Err(format!("strconv.ParseBool: parsing {s:?}: invalid syntax")),
    }
}

/// A boolean flag as pflag has them: `--x`, `--x=true`, `--x=false`.
pub fn bool_flag(long: &'static str) -> Arg {
    Arg::new(long)
        .long(long)
        .num_args(0..=1)
        .require_equals(true)
        .default_missing_value("true")
        .value_parser(parse_go_bool)
        .action(ArgAction::Set)
}

/// Adds the global flags to `cmd` and, recursively, to every subcommand; hidden below the root
/// (kubectl lists them under `kubectl options`).
pub fn add_global_flags(mut cmd: Command, is_root: bool) -> Command {
    for g in GLOBAL_FLAGS {
        let shadowed = cmd.get_arguments().any(|a| {
            a.get_long() == Some(g.long) || (g.short.is_some() && a.get_short() == g.short)
        });
        if shadowed {
            continue;
        }
        let mut arg = match g.kind {
            Kind::Bool => bool_flag(g.long).id(id(g.long)),
            Kind::Value => Arg::new(id(g.long)).long(g.long).action(ArgAction::Set),
            Kind::Multi => Arg::new(id(g.long)).long(g.long).action(ArgAction::Append),
        };
        if let Some(s) = g.short {
            arg = arg.short(s);
        }
        if g.long == "v" {
            arg = arg.value_parser(parse_verbosity);
        }
        cmd = cmd.arg(arg.help(g.help).hide(!is_root).global(false));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, |sc| add_global_flags(sc, false));
    }
    cmd
}

/// Global flag values after parsing; flags given deeper in the command line win.
#[derive(Debug, Clone, Default)]
pub struct GlobalArgs {
    pub kubeconfig: Option<PathBuf>,
    pub cache_dir: Option<PathBuf>,
    pub verbosity: u8,
    pub warnings_as_errors: bool,
    pub match_server_version: bool,
    /// `--request-timeout` as given; kubectl only checks it when it builds a client.
    pub request_timeout: Option<String>,
    pub overrides: Overrides,
}

/// Reads the global flags from every level of the parsed command line.
pub fn collect_globals(matches: &ArgMatches) -> Result<GlobalArgs, String> {
    let mut levels = vec![matches];
    let mut cur = matches;
    while let Some((_, sub)) = cur.subcommand() {
        levels.push(sub);
        cur = sub;
    }
    let mut g = GlobalArgs::default();
    for m in levels {
        for flag in GLOBAL_FLAGS {
            let key = id(flag.long);
            // A level where a local flag shadows this one has no such argument at all.
            if !m.ids().any(|i| i.as_str() == key) {
                continue;
            }
            if !matches!(m.value_source(&key), Some(ValueSource::CommandLine)) {
                continue;
            }
            match flag.kind {
                Kind::Bool => {
                    let v = m.get_one::<bool>(&key).copied().unwrap_or(true);
                    set_bool(&mut g, flag.long, v);
                }
                Kind::Value => {
                    if let Some(v) = m.get_one::<String>(&key) {
                        set_value(&mut g, flag.long, v)?;
                    }
                }
                Kind::Multi => {
                    let values: Vec<String> = m
                        .get_many::<String>(&key)
                        .map(|vs| vs.cloned().collect())
                        .unwrap_or_default();
                    g.overrides.impersonate_groups.extend(values);
                }
            }
        }
    }
    Ok(g)
}

fn set_bool(g: &mut GlobalArgs, long: &str, v: bool) {
    match long {
        "disable-compression" => g.overrides.disable_compression = Some(v),
        "insecure-skip-tls-verify" => g.overrides.insecure_skip_tls_verify = Some(v),
        "match-server-version" => g.match_server_version = v,
        "warnings-as-errors" => g.warnings_as_errors = v,
        _ => {}
    }
}

fn set_value(g: &mut GlobalArgs, long: &str, v: &str) -> Result<(), String> {
    let o = &mut g.overrides;
    let s = Some(v.to_string());
    match long {
        "as" => o.impersonate = s,
        "as-uid" => o.impersonate_uid = s,
        "cache-dir" => g.cache_dir = Some(PathBuf::from(v)),
        "certificate-authority" => o.certificate_authority = s,
        "client-certificate" => o.client_certificate = s,
        "client-key" => o.client_key = s,
        "cluster" => o.cluster = s,
        "context" => o.context = s,
        "kubeconfig" => g.kubeconfig = Some(PathBuf::from(v)),
        "namespace" => o.namespace = s,
        "password" => o.password = s,
        "request-timeout" => g.request_timeout = Some(v.to_string()),
        "server" => o.server = s,
        "tls-server-name" => o.tls_server_name = s,
        "token" => o.token = s,
        "user" => o.user = s,
        "username" => o.username = s,
        "v" => g.verbosity = v.parse::<i32>().unwrap_or(0).clamp(0, 10) as u8,
        _ => {}
    }
    Ok(())
}

/// `--request-timeout`: a bare integer is seconds; otherwise a Go duration (`1s`, `2m3s`).
pub fn parse_timeout(v: &str) -> Result<Duration, String> {
    if let Ok(secs) = v.parse::<u64>() {
        return Ok(Duration::from_secs(secs));
    }
    parse_go_duration(v).ok_or_else(|| {
        "Invalid timeout value. Timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)".to_string()
    })
}

/// Go's `time.ParseDuration` for non-negative values.
pub fn parse_go_duration(v: &str) -> Option<Duration> {
    if v == "0" {
        return Some(Duration::ZERO);
    }
    let mut rest = v;
    let mut total = 0f64;
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let num_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        if num_len == 0 {
            return None;
        }
        let n: f64 = rest[..num_len].parse().ok()?;
        rest = &rest[num_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        rest = &rest[unit_len..];
        total += n * scale;
    }
    Some(Duration::from_secs_f64(total))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> GlobalArgs {
        let cmd = add_global_flags(
            Command::new("kctl").subcommand(Command::new("config").subcommand(
                Command::new("set-context").arg(Arg::new("namespace").long("namespace").short('n')),
            )),
            true,
        );
        let m = cmd.try_get_matches_from(args).expect("parses");
        collect_globals(&m).expect("valid")
    }

    #[test]
    fn flags_before_and_after_the_verb() {
        let g = parse(&[
            "kctl",
            "--context=a",
            "config",
            "set-context",
            "--user",
            "u",
            "-s",
            "https://x",
        ]);
        assert_eq!(g.overrides.context.as_deref(), Some("a"));
        assert_eq!(g.overrides.user.as_deref(), Some("u"));
        assert_eq!(g.overrides.server.as_deref(), Some("https://x"));
    }

    #[test]
    fn a_local_flag_shadows_the_global_one() {
        let g = parse(&[
            "kctl",
            "-n",
            "outer",
            "config",
            "set-context",
            "-n",
            "inner",
        ]);
        assert_eq!(g.overrides.namespace.as_deref(), Some("outer"));
    }

    #[test]
    fn booleans_take_go_values() {
        let g = parse(&["kctl", "config", "--insecure-skip-tls-verify=false"]);
        assert_eq!(g.overrides.insecure_skip_tls_verify, Some(false));
        let g = parse(&["kctl", "--insecure-skip-tls-verify"]);
        assert_eq!(g.overrides.insecure_skip_tls_verify, Some(true));
    }

    #[test]
    fn go_durations() {
        assert_eq!(parse_timeout("5").ok(), Some(Duration::from_secs(5)));
        assert_eq!(parse_timeout("1m30s").ok(), Some(Duration::from_secs(90)));
        assert!(parse_timeout("soon").is_err());
    }
}
