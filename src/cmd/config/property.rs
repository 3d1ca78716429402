//! `kctl config set` / `unset` (kubectl `pkg/cmd/config/set.go`, `unset.go`,
//! `navigation_step_parser.go`): change one field named by a dotted path such as
//! `clusters.my.cluster.server`, where map keys may themselves contain dots.

use base64::Engine as _;
use clap::{ArgMatches, Command};

use super::{args_of, go_list, help_error, positional};
use crate::cli::{bool_flag, parse_go_bool};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::kubeconfig::model::{AuthInfo, Bytes, Cluster, Context};
use crate::kubeconfig::{Kubeconfig, Stanza};

pub fn set_command() -> Command {
    Command::new("set")
        .about("Set an individual value in a kubeconfig file")
        .arg(bool_flag("set-raw-bytes").help(
            "When writing a []byte PROPERTY_VALUE, write the given string directly without base64 decoding.",
        ))
        .arg(positional())
}

pub fn unset_command() -> Command {
    Command::new("unset")
        .about("Unset an individual value in a kubeconfig file")
        .arg(positional())
}

const CLUSTER_FIELDS: &[&str] = &[
    "server",
    "tls-server-name",
    "insecure-skip-tls-verify",
    "certificate-authority",
    "certificate-authority-data",
    "proxy-url",
    "disable-compression",
    "extensions",
];
const CONTEXT_FIELDS: &[&str] = &["cluster", "user", "namespace", "extensions"];
const USER_FIELDS: &[&str] = &[
    "client-certificate",
    "client-certificate-data",
    "client-key",
    "client-key-data",
    "token",
    "tokenFile",
    "as",
    "as-uid",
    "as-groups",
    "as-user-extra",
    "username",
    "password",
    "auth-provider",
    "exec",
    "extensions",
];

/// A parsed property path.
#[derive(Debug, PartialEq)]
enum Property {
    CurrentContext,
    Kind,
    ApiVersion,
    PreferencesColors,
    /// `clusters`, `contexts` or `users` as a whole.
    Map(Section),
    /// One named entry as a whole (only unset makes sense).
    Entry(Section, String),
    Field(Section, String, String),
}

#[derive(Debug, PartialEq, Clone, Copy)]
enum Section {
    Clusters,
    Contexts,
    Users,
}

impl Section {
    fn fields(self) -> &'static [&'static str] {
        match self {
            Section::Clusters => CLUSTER_FIELDS,
            Section::Contexts => CONTEXT_FIELDS,
            Section::Users => USER_FIELDS,
        }
    }
}

/// `newNavigationSteps`: a map key runs until the next part that names a field of the entry.
fn parse_property(path: &str) -> Result<Property> {
    let parts: Vec<&str> = path.split('.').collect();
    let unparsable = || Error::msg(format!("unable to parse {path} after [] at api.Config"));
    let section = match parts[0] {
        "current-context" if parts.len() == 1 => return Ok(Property::CurrentContext),
        "kind" if parts.len() == 1 => return Ok(Property::Kind),
        "apiVersion" if parts.len() == 1 => return Ok(Property::ApiVersion),
        "preferences" if parts.len() == 2 && parts[1] == "colors" => {
            return Ok(Property::PreferencesColors);
        }
        "clusters" => Section::Clusters,
        "contexts" => Section::Contexts,
        "users" => Section::Users,
        _ => return Err(unparsable()),
    };
    if parts.len() == 1 {
        return Ok(Property::Map(section));
    }
    let rest = &parts[1..];
    let key_len = rest[1..]
        .iter()
        .position(|p| section.fields().contains(p))
        .map(|i| i + 1)
        .unwrap_or(rest.len());
    let name = rest[..key_len].join(".");
    let after = &rest[key_len..];
    match after {
        [] => Ok(Property::Entry(section, name)),
        [field] => Ok(Property::Field(section, name, field.to_string())),
        _ => Err(Error::msg(format!(
            "unable to parse one or more field values of {path}"
        ))),
    }
}

enum Op<'a> {
    Set { value: &'a str, raw_bytes: bool },
    Unset,
}

pub fn set(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args = args_of(m);
    let [name, value] = args.as_slice() else {
        return Err(help_error(
            ctx,
            set_command(),
            format!("Unexpected args: {}", go_list(&args)),
        ));
    };
    if value.is_empty() {
        return Err(Error::msg("you cannot use set to unset a property"));
    }
    if name.is_empty() {
        return Err(Error::msg("you must specify a property"));
    }
    let raw_bytes = m.get_one::<bool>("set-raw-bytes").copied().unwrap_or(false);
    let property = parse_property(name)?;
    ctx.paths().modify(false, |config| {
        apply(config, &property, Op::Set { value, raw_bytes })
    })?;
    writeln!(ctx.out, "Property {name:?} set.")?;
    Ok(())
}

pub fn unset(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args = args_of(m);
    let [name] = args.as_slice() else {
        return Err(help_error(
            ctx,
            unset_command(),
            format!("Unexpected args: {}", go_list(&args)),
        ));
    };
    if name.is_empty() {
        return Err(Error::msg("you must specify a property"));
    }
    let property = parse_property(name)?;
    ctx.paths()
        .modify(false, |config| apply(config, &property, Op::Unset))?;
    writeln!(ctx.out, "Property {name:?} unset.")?;
    Ok(())
}

fn apply(config: &mut Kubeconfig, property: &Property, op: Op) -> Result<()> {
    match property {
        Property::CurrentContext => set_string(&mut config.current_context, &op),
        Property::Kind | Property::ApiVersion => Ok(()),
        Property::PreferencesColors => set_bool(&mut config.preferences.colors, &op),
        Property::Map(section) => match op {
            Op::Set { .. } => Err(Error::msg("can't set a map to a value: map[]")),
            Op::Unset => {
                match section {
                    Section::Clusters => config.clusters.clear(),
                    Section::Contexts => config.contexts.clear(),
                    Section::Users => config.users.clear(),
                }
                Ok(())
            }
        },
        Property::Entry(section, name) => match op {
            Op::Set { .. } => Err(Error::msg(format!(
                "can't have more steps after a string. {name}"
            ))),
            Op::Unset => {
                let removed = match section {
                    Section::Clusters => config.clusters.remove(name).is_some(),
                    Section::Contexts => config.contexts.remove(name).is_some(),
                    Section::Users => config.users.remove(name).is_some(),
                };
                let _ = removed;
                Ok(())
            }
        },
        Property::Field(section, name, field) => {
            let missing = match section {
                Section::Clusters => !config.clusters.contains_key(name),
                Section::Contexts => !config.contexts.contains_key(name),
                Section::Users => !config.users.contains_key(name),
            };
            if missing && matches!(op, Op::Unset) {
                return Err(Error::msg(format!("current map key `{name}` is invalid")));
            }
            match section {
                Section::Clusters => {
                    let c = &mut config
                        .clusters
                        .entry(name.clone())
                        .or_insert_with(|| Stanza::new(Cluster::default()))
                        .value;
                    cluster_field(c, field, &op)
                }
                Section::Contexts => {
                    let c = &mut config
                        .contexts
                        .entry(name.clone())
                        .or_insert_with(|| Stanza::new(Context::default()))
                        .value;
                    match field.as_str() {
                        "cluster" => set_string(&mut c.cluster, &op),
                        "user" => set_string(&mut c.user, &op),
                        "namespace" => set_string(&mut c.namespace, &op),
                        _ => Err(unsupported(field)),
                    }
                }
                Section::Users => {
                    let u = &mut config
                        .users
                        .entry(name.clone())
                        .or_insert_with(|| Stanza::new(AuthInfo::default()))
                        .value;
                    user_field(u, field, &op)
                }
            }
        }
    }
}

fn cluster_field(c: &mut Cluster, field: &str, op: &Op) -> Result<()> {
    match field {
        "server" => set_string(&mut c.server, op),
        "tls-server-name" => set_string(&mut c.tls_server_name, op),
        "insecure-skip-tls-verify" => set_bool(&mut c.insecure_skip_tls_verify, op),
        "certificate-authority" => set_string(&mut c.certificate_authority, op),
        "certificate-authority-data" => set_bytes(&mut c.certificate_authority_data, op),
        "proxy-url" => set_string(&mut c.proxy_url, op),
        "disable-compression" => set_bool(&mut c.disable_compression, op),
        _ => Err(unsupported(field)),
    }
}

fn user_field(u: &mut AuthInfo, field: &str, op: &Op) -> Result<()> {
    match field {
        "client-certificate" => set_string(&mut u.client_certificate, op),
        "client-certificate-data" => set_bytes(&mut u.client_certificate_data, op),
        "client-key" => set_string(&mut u.client_key, op),
        "client-key-data" => set_bytes(&mut u.client_key_data, op),
        "token" => set_string(&mut u.token, op),
        "tokenFile" => set_string(&mut u.token_file, op),
        "as" => set_string(&mut u.impersonate, op),
        "as-uid" => set_string(&mut u.impersonate_uid, op),
        "username" => set_string(&mut u.username, op),
        "password" => set_string(&mut u.password, op),
        "as-groups" => Err(Error::msg("unrecognized slice type. string")),
        _ => Err(unsupported(field)),
    }
}

fn unsupported(field: &str) -> Error {
    Error::msg(format!("kctl cannot set the property {field:?} yet"))
}

fn set_string(target: &mut String, op: &Op) -> Result<()> {
    match op {
        Op::Set { value, .. } => *target = value.to_string(),
        Op::Unset => target.clear(),
    }
    Ok(())
}

/// kubectl's `toBool`: empty is false, otherwise Go's `ParseBool`.
fn set_bool(target: &mut bool, op: &Op) -> Result<()> {
    match op {
        Op::Set { value, .. } => *target = parse_go_bool(value).map_err(Error::msg)?,
        Op::Unset => *target = false,
    }
    Ok(())
}

fn set_bytes(target: &mut Bytes, op: &Op) -> Result<()> {
    match op {
        Op::Unset => *target = Bytes::default(),
        Op::Set {
            value,
            raw_bytes: true,
        } => *target = Bytes(value.as_bytes().to_vec()),
        Op::Set {
            value,
            raw_bytes: false,
        } => {
            let decoded = base64::engine::general_purpose::STANDARD
                .decode(value.as_bytes())
                .map_err(|e| {
                    let at = match e {
                        base64::DecodeError::InvalidByte(i, _) => i,
                        base64::DecodeError::InvalidLastSymbol(i, _) => i,
                        _ => value.len() / 4 * 4,
                    };
                    Error::msg(format!(
                        "error decoding input value: illegal base64 data at input byte {at}"
                    ))
                })?;
            *target = Bytes(decoded);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_keys_may_contain_dots() {
        assert_eq!(
            parse_property("clusters.my.cluster.io.server").expect("parses"),
            Property::Field(Section::Clusters, "my.cluster.io".into(), "server".into())
        );
        assert_eq!(
            parse_property("contexts.a.b").expect("parses"),
            Property::Entry(Section::Contexts, "a.b".into())
        );
        assert_eq!(
            parse_property("current-context").expect("parses"),
            Property::CurrentContext
        );
        assert!(parse_property("nonsense").is_err());
    }
}
