//! Cluster and user subcommands: set-cluster, set-credentials, get-clusters, get-users,
//! delete-cluster, delete-user (kubectl `pkg/cmd/config/*.go`).

use std::collections::BTreeMap;
use std::path::Path;

use clap::{Arg, ArgAction, ArgMatches, Command};

use super::{args_of, config_file_label, go_list, help_error, positional, provided};
use crate::cli::bool_flag;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::kubeconfig::Stanza;
use crate::kubeconfig::model::{
    AuthInfo, AuthProviderConfig, Bytes, Cluster, ExecConfig, ExecEnvVar,
};
use crate::kubeconfig::write::absolute;

fn flag_bool(m: &ArgMatches, id: &str) -> Option<bool> {
    m.get_one::<bool>(id).copied()
}

fn abs_string(path: &str) -> String {
    absolute(Path::new(path)).to_string_lossy().into_owned()
}

/// Go's `%v` of an `os.Stat` error.
fn stat_error(path: &str, e: &std::io::Error) -> String {
    format!("stat {path}: {}", crate::kubeconfig::describe_io(e))
}

pub fn set_cluster_command() -> Command {
    Command::new("set-cluster")
        .about("Set a cluster entry in kubeconfig")
        .arg(
            Arg::new("server")
                .long("server")
                .help("server for the cluster entry in kubeconfig"),
        )
        .arg(Arg::new("tls-server-name").long("tls-server-name"))
        .arg(bool_flag("insecure-skip-tls-verify"))
        .arg(Arg::new("certificate-authority").long("certificate-authority"))
        .arg(bool_flag("embed-certs"))
        .arg(Arg::new("proxy-url").long("proxy-url"))
        .arg(positional())
}

pub fn set_cluster(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args = args_of(m);
    let [name] = args.as_slice() else {
        return Err(help_error(
            ctx,
            set_cluster_command(),
            format!("Unexpected args: {}", go_list(&args)),
        ));
    };
    if name.is_empty() {
        return Err(Error::msg("you must specify a non-empty cluster name"));
    }
    let insecure = flag_bool(m, "insecure-skip-tls-verify");
    let embed = flag_bool(m, "embed-certs").unwrap_or(false);
    let ca = provided(m, "certificate-authority");
    if insecure == Some(true) && ca.as_deref().is_some_and(|c| !c.is_empty()) {
        return Err(Error::msg(
            "you cannot specify a certificate authority and insecure mode at the same time",
        ));
    }
    if embed {
        let path = ca.clone().unwrap_or_default();
        if path.is_empty() {
            return Err(Error::msg(
                "you must specify a --certificate-authority to embed",
            ));
        }
        if let Err(e) = std::fs::metadata(&path) {
            return Err(Error::msg(format!(
                "could not stat certificate-authority file {path}: {}",
                stat_error(&path, &e)
            )));
        }
    }
    let (server, tls_name, proxy) = (
        provided(m, "server"),
        provided(m, "tls-server-name"),
        provided(m, "proxy-url"),
    );
    ctx.paths().modify(true, |config| {
        let stanza = config
            .clusters
            .entry(name.clone())
            .or_insert_with(|| Stanza::new(Cluster::default()));
        let c = &mut stanza.value;
        if let Some(s) = &server {
            c.server = s.clone();
            c.tls_server_name.clear();
        }
        if let Some(t) = &tls_name {
            c.tls_server_name = t.clone();
        }
        // kubectl 1.32 writes the flag's value (default false) whether or not it was given,
        // so any set-cluster turns insecure mode off unless asked again.
        c.insecure_skip_tls_verify = insecure.unwrap_or(false);
        if c.insecure_skip_tls_verify {
            c.certificate_authority.clear();
            c.certificate_authority_data = Bytes::default();
        }
        if let Some(path) = &ca {
            if embed {
                c.certificate_authority_data = Bytes(std::fs::read(path).unwrap_or_default());
                c.insecure_skip_tls_verify = false;
                c.certificate_authority.clear();
            } else {
                c.certificate_authority = abs_string(path);
                c.insecure_skip_tls_verify = false;
                c.certificate_authority_data = Bytes::default();
            }
        }
        if let Some(p) = &proxy {
            c.proxy_url = p.clone();
        }
        Ok::<_, Error>(())
    })?;
    writeln!(ctx.out, "Cluster {name:?} set.")?;
    Ok(())
}

pub fn set_credentials_command() -> Command {
    Command::new("set-credentials")
        .about("Set a user entry in kubeconfig")
        .arg(Arg::new("client-certificate").long("client-certificate"))
        .arg(Arg::new("client-key").long("client-key"))
        .arg(Arg::new("token").long("token"))
        .arg(Arg::new("username").long("username"))
        .arg(Arg::new("password").long("password"))
        .arg(Arg::new("auth-provider").long("auth-provider"))
        .arg(
            Arg::new("auth-provider-arg")
                .long("auth-provider-arg")
                .action(ArgAction::Append),
        )
        .arg(Arg::new("exec-command").long("exec-command"))
        .arg(Arg::new("exec-api-version").long("exec-api-version"))
        .arg(Arg::new("exec-interactive-mode").long("exec-interactive-mode"))
        .arg(bool_flag("exec-provide-cluster-info"))
        .arg(
            Arg::new("exec-arg")
                .long("exec-arg")
                .action(ArgAction::Append),
        )
        .arg(
            Arg::new("exec-env")
                .long("exec-env")
                .action(ArgAction::Append),
        )
        .arg(bool_flag("embed-certs"))
        .arg(positional())
}

/// pflag's `StringSlice`: every occurrence split on commas.
fn string_slice(m: &ArgMatches, id: &str) -> Option<Vec<String>> {
    let values: Vec<String> = m
        .get_many::<String>(id)?
        .flat_map(|v| v.split(',').map(str::to_string).collect::<Vec<_>>())
        .collect();
    Some(values)
}

fn string_array(m: &ArgMatches, id: &str) -> Option<Vec<String>> {
    Some(m.get_many::<String>(id)?.cloned().collect())
}

/// kubectl's `cmdutil.ParsePairs` with removal allowed: `k=v` sets, `k-` removes.
fn parse_pairs(items: &[String], flag: &str) -> Result<(BTreeMap<String, String>, Vec<String>)> {
    let mut set = BTreeMap::new();
    let mut remove = Vec::new();
    for item in items {
        if let Some(key) = item.strip_suffix('-')
            && !item.contains('=')
        {
            remove.push(key.to_string());
            continue;
        }
        match item.split_once('=') {
            Some((k, v)) if !k.is_empty() => {
                set.insert(k.to_string(), v.to_string());
            }
            _ => {
                return Err(Error::msg(format!("invalid {flag}: {item:?}")));
            }
        }
    }
    Ok((set, remove))
}

pub fn set_credentials(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args = args_of(m);
    let [name] = args.as_slice() else {
        return Err(help_error(
            ctx,
            set_credentials_command(),
            format!("unexpected args: {}", go_list(&args)),
        ));
    };
    let provider_args = match string_slice(m, "auth-provider-arg") {
        Some(items) if !items.is_empty() => Some(parse_pairs(&items, "auth-provider-arg")?),
        _ => None,
    };
    let exec_args = string_slice(m, "exec-arg").filter(|a| !a.is_empty());
    let exec_env = match string_array(m, "exec-env") {
        Some(items) if !items.is_empty() => Some(parse_pairs(&items, "exec-env")?),
        _ => None,
    };
    if name.is_empty() {
        return Err(Error::msg("you must specify a non-empty user name"));
    }
    let token = provided(m, "token");
    let username = provided(m, "username");
    let password = provided(m, "password");
    let mut methods = Vec::new();
    if token.as_deref().is_some_and(|t| !t.is_empty()) {
        methods.push("--token");
    }
    if username.as_deref().is_some_and(|t| !t.is_empty())
        || password.as_deref().is_some_and(|t| !t.is_empty())
    {
        methods.push("--username/--password");
    }
    if methods.len() > 1 {
        return Err(Error::msg(format!(
            "you cannot specify more than one authentication method at the same time: {}",
            methods.join(", ")
        )));
    }
    let embed = flag_bool(m, "embed-certs").unwrap_or(false);
    let cert = provided(m, "client-certificate");
    let key = provided(m, "client-key");
    if embed {
        let cert_path = cert.clone().unwrap_or_default();
        let key_path = key.clone().unwrap_or_default();
        if cert_path.is_empty() && key_path.is_empty() {
            return Err(Error::msg(
                "you must specify a --client-certificate or --client-key to embed",
            ));
        }
        for (flag, path) in [
            ("client-certificate", &cert_path),
            ("client-key", &key_path),
        ] {
            if path.is_empty() {
                continue;
            }
            if let Err(e) = std::fs::metadata(path) {
                return Err(Error::msg(format!(
                    "could not stat {flag} file {path}: {}",
                    stat_error(path, &e)
                )));
            }
        }
    }
    let interactive = provided(m, "exec-interactive-mode");
    if let Some(mode) = &interactive
        && !matches!(mode.as_str(), "IfAvailable" | "Always" | "Never")
    {
        return Err(Error::msg(
            "invalid interactive mode type, can be only IfAvailable, Never, Always",
        ));
    }
    let change = CredentialChange {
        cert,
        key,
        embed,
        token,
        username,
        password,
        auth_provider: provided(m, "auth-provider"),
        provider_args,
        exec_command: provided(m, "exec-command"),
        exec_api_version: provided(m, "exec-api-version"),
        exec_args,
        exec_interactive: interactive,
        exec_cluster_info: flag_bool(m, "exec-provide-cluster-info"),
        exec_env,
    };
    ctx.paths().modify(true, |config| {
        let stanza = config
            .users
            .entry(name.clone())
            .or_insert_with(|| Stanza::new(AuthInfo::default()));
        change.apply(&mut stanza.value);
        Ok::<_, Error>(())
    })?;
    writeln!(ctx.out, "User {name:?} set.")?;
    Ok(())
}

type Pairs = (BTreeMap<String, String>, Vec<String>);

struct CredentialChange {
    cert: Option<String>,
    key: Option<String>,
    embed: bool,
    token: Option<String>,
    username: Option<String>,
    password: Option<String>,
    auth_provider: Option<String>,
    provider_args: Option<Pairs>,
    exec_command: Option<String>,
    exec_api_version: Option<String>,
    exec_args: Option<Vec<String>>,
    exec_interactive: Option<String>,
    exec_cluster_info: Option<bool>,
    exec_env: Option<Pairs>,
}

impl CredentialChange {
    /// `setCredentialsOptions.modifyAuthInfo`.
    fn apply(&self, u: &mut AuthInfo) {
        let (mut set_token, mut set_basic) = (false, false);
        if let Some(path) = &self.cert {
            if self.embed {
                u.client_certificate_data = Bytes(std::fs::read(path).unwrap_or_default());
                u.client_certificate.clear();
            } else {
                u.client_certificate = abs_string(path);
                u.client_certificate_data = Bytes::default();
            }
        }
        if let Some(path) = &self.key {
            if self.embed {
                u.client_key_data = Bytes(std::fs::read(path).unwrap_or_default());
                u.client_key.clear();
            } else {
                u.client_key = abs_string(path);
                u.client_key_data = Bytes::default();
            }
        }
        if let Some(t) = &self.token {
            u.token = t.clone();
            set_token = !t.is_empty();
        }
        if let Some(name) = &self.username {
            u.username = name.clone();
            set_basic = !name.is_empty();
        }
        if let Some(p) = &self.password {
            u.password = p.clone();
            set_basic = set_basic || !p.is_empty();
        }
        if let Some(name) = &self.auth_provider
            && u.auth_provider.as_ref().is_none_or(|p| &p.name != name)
        {
            u.auth_provider = Some(AuthProviderConfig {
                name: name.clone(),
                config: None,
            });
        }
        if let Some(provider) = u.auth_provider.as_mut() {
            let config = provider.config.get_or_insert_with(BTreeMap::new);
            if let Some((set, remove)) = &self.provider_args {
                for k in remove {
                    config.remove(k);
                }
                for (k, v) in set {
                    config.insert(k.clone(), v.clone());
                }
            }
        }
        if let Some(command) = &self.exec_command {
            match u.exec.as_mut() {
                None => {
                    u.exec = Some(ExecConfig {
                        command: command.clone(),
                        ..Default::default()
                    })
                }
                Some(exec) => {
                    exec.command = command.clone();
                    exec.args = None;
                }
            }
        }
        if let Some(exec) = u.exec.as_mut() {
            if let Some(v) = &self.exec_api_version {
                exec.api_version = v.clone();
            }
            if let Some(args) = &self.exec_args {
                exec.args = Some(args.clone());
            }
            if let Some(mode) = &self.exec_interactive {
                exec.interactive_mode = mode.clone();
            }
            if let Some(info) = self.exec_cluster_info {
                exec.provide_cluster_info = info;
            }
            if let Some((set, remove)) = &self.exec_env {
                if !remove.is_empty() {
                    let kept: Vec<ExecEnvVar> = exec
                        .env
                        .take()
                        .unwrap_or_default()
                        .into_iter()
                        .filter(|e| !remove.contains(&e.name))
                        .collect();
                    exec.env = Some(kept);
                }
                if !set.is_empty() {
                    let env = exec.env.get_or_insert_with(Vec::new);
                    for (k, v) in set {
                        match env.iter_mut().find(|e| &e.name == k) {
                            Some(e) => e.value = v.clone(),
                            None => env.push(ExecEnvVar {
                                name: k.clone(),
                                value: v.clone(),
                            }),
                        }
                    }
                }
            }
        }
        if set_token || set_basic {
            if !set_token {
                u.token.clear();
            }
            if !set_basic {
                u.username.clear();
                u.password.clear();
            }
        }
    }
}

pub fn get_clusters_command() -> Command {
    Command::new("get-clusters")
        .about("Display clusters defined in the kubeconfig")
        .arg(positional().hide(true))
}

pub fn get_clusters(_m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let config = ctx.paths().starting_config()?;
    // kubectl walks a Go map here, so its order is random; kctl sorts.
    writeln!(ctx.out, "NAME")?;
    for name in config.clusters.keys() {
        writeln!(ctx.out, "{name}")?;
    }
    Ok(())
}

pub fn get_users_command() -> Command {
    Command::new("get-users")
        .about("Display users defined in the kubeconfig")
        .arg(positional().hide(true))
}

pub fn get_users(_m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let config = ctx.paths().starting_config()?;
    writeln!(ctx.out, "NAME")?;
    for name in config.users.keys() {
        writeln!(ctx.out, "{name}")?;
    }
    Ok(())
}

pub fn delete_cluster_command() -> Command {
    Command::new("delete-cluster")
        .about("Delete the specified cluster from the kubeconfig")
        .arg(positional())
}

pub fn delete_cluster(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args = args_of(m);
    let [name] = args.as_slice() else {
        writeln!(ctx.out, "{}", delete_cluster_command().render_help())?;
        return Ok(());
    };
    let file = config_file_label(ctx);
    ctx.paths().modify(true, |config| {
        if config.clusters.remove(name).is_none() {
            return Err(Error::msg(format!(
                "cannot delete cluster {name}, not in {file}"
            )));
        }
        Ok(())
    })?;
    writeln!(ctx.out, "deleted cluster {name} from {file}")?;
    Ok(())
}

pub fn delete_user_command() -> Command {
    Command::new("delete-user")
        .about("Delete the specified user from the kubeconfig")
        .arg(positional())
}

pub fn delete_user(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args = args_of(m);
    let [name] = args.as_slice() else {
        return Err(Error::Usage {
            message: "user to delete is required".to_string(),
            command: "kubectl config delete-user".to_string(),
        });
    };
    let file = config_file_label(ctx);
    ctx.paths().modify(true, |config| {
        if config.users.remove(name).is_none() {
            return Err(Error::msg(format!(
                "cannot delete user {name}, not in {file}"
            )));
        }
        Ok(())
    })?;
    writeln!(ctx.out, "deleted user {name} from {file}")?;
    Ok(())
}
