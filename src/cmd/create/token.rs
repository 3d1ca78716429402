//! `create token SERVICE_ACCOUNT` (create_token.go): a TokenRequest through the service
//! account's `token` subresource; prints the token, or the TokenRequest with `-o`.

use std::io::IsTerminal;

use clap::{Arg, ArgMatches, Command};
use serde_json::{Map, Value, json};

use super::sub::{self, array, array_flag, name_from_args, string};
use crate::client::Client;
use crate::cmd::mutate::{self, DryRun, OperationPrinter};
use crate::ctx::Ctx;
use crate::error::{Error, Result};

/// Kinds a token can be bound to, with their API versions (`boundObjectKindToAPIVersions`).
const BOUND_KINDS: &[(&str, &str)] = &[("Node", "v1"), ("Pod", "v1"), ("Secret", "v1")];

pub fn command() -> Command {
    Command::new("token")
        .about("Request a service account token")
        .args(mutate::print_args())
        .arg(array_flag("audience"))
        .arg(Arg::new("duration").long("duration").default_value("0s"))
        .arg(Arg::new("bound-object-kind").long("bound-object-kind"))
        .arg(Arg::new("bound-object-name").long("bound-object-name"))
        .arg(Arg::new("bound-object-uid").long("bound-object-uid"))
        .arg(
            Arg::new("args")
                .num_args(0..)
                .action(clap::ArgAction::Append),
        )
        .arg(
            Arg::new("after-dash")
                .num_args(0..)
                .last(true)
                .action(clap::ArgAction::Append),
        )
}

/// `--duration` as Go's `time.ParseDuration`, in nanoseconds (negative allowed, to refuse it).
fn parse_duration(text: &str) -> Option<i128> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let d = crate::cli::parse_go_duration(body)?;
    let nanos = d.as_nanos() as i128;
    Some(if negative { -nanos } else { nanos })
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx, path: &str) -> Result<()> {
    let name = name_from_args(m, path)?;
    let printer = OperationPrinter::from_args(m, "", DryRun::None)?;
    let output_given = sub::changed(m, "output");
    let raw_duration = string(m, "duration");
    let duration = parse_duration(&raw_duration).ok_or_else(|| {
        Error::msg(format!(
            "invalid argument {raw_duration:?} for \"--duration\" flag: time: invalid duration {raw_duration:?}"
        ))
    })?;
    let audiences = array(m, "audience");
    let kind = string(m, "bound-object-kind");
    let bound_name = string(m, "bound-object-name");
    let bound_uid = string(m, "bound-object-uid");
    if duration < 0 {
        return Err(Error::msg("--duration must be greater than or equal to 0"));
    }
    if duration % 1_000_000_000 != 0 {
        return Err(Error::msg(
            "--duration cannot be expressed in units less than seconds",
        ));
    }
    if audiences.iter().any(String::is_empty) {
        return Err(Error::msg("--audience must not be an empty string"));
    }
    let mut spec = Map::new();
    spec.insert(
        "audiences".into(),
        if audiences.is_empty() {
            Value::Null
        } else {
            json!(audiences)
        },
    );
    if kind.is_empty() {
        if !bound_name.is_empty() {
            return Err(Error::msg(
                "--bound-object-name can only be set if --bound-object-kind is provided",
            ));
        }
        if !bound_uid.is_empty() {
            return Err(Error::msg(
                "--bound-object-uid can only be set if --bound-object-kind is provided",
            ));
        }
    } else {
        let Some((_, api_version)) = BOUND_KINDS.iter().find(|(k, _)| *k == kind) else {
            let kinds: Vec<&str> = BOUND_KINDS.iter().map(|(k, _)| *k).collect();
            return Err(Error::msg(format!(
                "supported --bound-object-kind values are {}",
                kinds.join(", ")
            )));
        };
        if bound_name.is_empty() {
            return Err(Error::msg(
                "--bound-object-name is required if --bound-object-kind is provided",
            ));
        }
        let mut r = Map::new();
        r.insert("kind".into(), json!(kind));
        r.insert("apiVersion".into(), json!(api_version));
        r.insert("name".into(), json!(bound_name));
        if !bound_uid.is_empty() {
            r.insert("uid".into(), json!(bound_uid));
        }
        spec.insert("boundObjectRef".into(), Value::Object(r));
    }
    if duration > 0 {
        spec.insert(
            "expirationSeconds".into(),
            json!((duration / 1_000_000_000) as i64),
        );
    }
    let request = json!({
        "kind": "TokenRequest",
        "apiVersion": "authentication.k8s.io/v1",
        "metadata": {"creationTimestamp": null},
        "spec": spec,
        "status": {"token": "", "expirationTimestamp": null},
    });
    let response = crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let path = format!(
            "/api/v1/namespaces/{}/serviceaccounts/{name}/token",
            client.namespace
        );
        sub::post(&client, &path, &request, "failed to create token: ").await
    })?;
    let mut response = response;
    crate::generate::order::typed_defaults(&mut response);
    let token = response["status"]["token"].as_str().unwrap_or_default();
    if token.is_empty() {
        return Err(Error::msg(
            "failed to create token: no token in server response",
        ));
    }
    if output_given {
        return printer.print_typed(&response, ctx.out);
    }
    if std::io::stdout().is_terminal() {
        writeln!(ctx.out, "{token}")?;
    } else {
        write!(ctx.out, "{token}")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("1h"), Some(3_600_000_000_000));
        assert_eq!(parse_duration("-1s"), Some(-1_000_000_000));
        assert_eq!(parse_duration("1500ms"), Some(1_500_000_000));
        assert_eq!(parse_duration("x"), None);
    }
}
