//! `kctl auth whoami` (kubectl `pkg/cmd/auth/whoami.go`): a SelfSubjectReview, printed as
//! kubectl's ATTRIBUTE/VALUE table or through `-o`.

use std::collections::BTreeMap;

use clap::{ArgMatches, Command};
use http::Method;
use serde::Serialize;
use serde_json::{Value, json};

use crate::client::Client;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::output::tabwriter::TabWriter;
use crate::output::{Formats, OrderedJson, OutputFormat};

pub fn command() -> Command {
    Command::new("whoami")
        .about("Experimental: Check self subject attributes")
        .override_usage("kubectl auth whoami [options]")
        .args(crate::cmd::mutate::print_args())
        .arg(
            clap::Arg::new("args")
                .num_args(0..)
                .action(clap::ArgAction::Append)
                .hide(true),
        )
}

/// authenticationv1.UserInfo in Go field order.
#[derive(Debug, Default, Serialize)]
struct UserInfo {
    #[serde(skip_serializing_if = "String::is_empty")]
    username: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    uid: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    groups: Vec<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    extra: BTreeMap<String, Vec<String>>,
}

#[derive(Serialize)]
struct Meta {
    #[serde(rename = "creationTimestamp")]
    creation_timestamp: Option<String>,
}

#[derive(Serialize)]
struct Status {
    #[serde(rename = "userInfo")]
    user_info: UserInfo,
}

/// authenticationv1.SelfSubjectReview in Go field order.
#[derive(Serialize)]
struct Review {
    kind: &'static str,
    #[serde(rename = "apiVersion")]
    api_version: &'static str,
    metadata: Meta,
    status: Status,
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s.as_str().map(str::to_string))
        .collect()
}

fn user_info(v: &Value) -> UserInfo {
    let text = |k: &str| v[k].as_str().unwrap_or_default().to_string();
    UserInfo {
        username: text("username"),
        uid: text("uid"),
        groups: strings(&v["groups"]),
        extra: v["extra"]
            .as_object()
            .map(|m| m.iter().map(|(k, v)| (k.clone(), strings(v))).collect())
            .unwrap_or_default(),
    }
}

/// `printTableSelfSubjectAccessReview`.
fn table_rows(ui: &UserInfo) -> Vec<Vec<String>> {
    let go_list = |v: &[String]| format!("[{}]", v.join(" "));
    let mut rows = vec![vec!["ATTRIBUTE".to_string(), "VALUE".to_string()]];
    if !ui.username.is_empty() {
        rows.push(vec!["Username".into(), ui.username.clone()]);
    }
    if !ui.uid.is_empty() {
        rows.push(vec!["UID".into(), ui.uid.clone()]);
    }
    if !ui.groups.is_empty() {
        rows.push(vec!["Groups".into(), go_list(&ui.groups)]);
    }
    for (k, v) in &ui.extra {
        rows.push(vec![format!("Extra: {k}"), go_list(v)]);
    }
    rows
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let format = OutputFormat::parse(
        m.get_one::<String>("output").map(String::as_str),
        m.get_one::<String>("template").map(String::as_str),
        Formats::Generic,
    )?;
    let allow_missing_keys = m
        .get_one::<bool>("allow-missing-template-keys")
        .copied()
        .unwrap_or(true);
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let body = json!({
            "kind": "SelfSubjectReview",
            "apiVersion": "authentication.k8s.io/v1",
            "metadata": {"creationTimestamp": null},
            "status": {"userInfo": {}},
        });
        let answer = client
            .request_json(
                Method::POST,
                "/apis/authentication.k8s.io/v1/selfsubjectreviews",
                "application/json",
                Some(&body),
            )
            .await
            .map_err(|e| {
                let text = e.to_string();
                if text.starts_with("Error from server (Forbidden)") {
                    Error::msg("the selfsubjectreviews API is not enabled in the cluster or you do not have permission to call it")
                } else if text.starts_with("Error from server (NotFound)") {
                    Error::msg("the selfsubjectreviews API is not enabled in the cluster\nenable APISelfSubjectReview feature gate and authentication.k8s.io/v1alpha1 or authentication.k8s.io/v1beta1 API")
                } else {
                    e
                }
            })?;
        let review = Review {
            kind: "SelfSubjectReview",
            api_version: "authentication.k8s.io/v1",
            metadata: Meta {
                creation_timestamp: None,
            },
            status: Status {
                user_info: user_info(&answer["status"]["userInfo"]),
            },
        };
        let Some(format) = format else {
            let mut tw = TabWriter::new();
            for row in table_rows(&review.status.user_info) {
                tw.row(row);
            }
            tw.flush(ctx.out)?;
            return Ok(());
        };
        let ordered = OrderedJson::of(&review);
        let object: Value =
            serde_json::from_str(&ordered.compact).map_err(|e| Error::msg(e.to_string()))?;
        crate::output::print_object(
            &format,
            &object,
            Some(&ordered),
            allow_missing_keys,
            ctx.out,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_rows_skip_empty_attributes() {
        let ui = user_info(&json!({
            "username": "bob", "groups": ["devs", "system:authenticated"],
            "extra": {"z": ["1"], "a": ["x", "y"]}
        }));
        let rows: Vec<String> = table_rows(&ui).iter().map(|r| r.join("|")).collect();
        assert_eq!(
            rows,
            [
                "ATTRIBUTE|VALUE",
                "Username|bob",
                "Groups|[devs system:authenticated]",
                "Extra: a|[x y]",
                "Extra: z|[1]"
            ]
        );
        let json = OrderedJson::of(&Review {
            kind: "SelfSubjectReview",
            api_version: "authentication.k8s.io/v1",
            metadata: Meta {
                creation_timestamp: None,
            },
            status: Status { user_info: ui },
        });
        assert!(json.compact.starts_with(
            r#"{"kind":"SelfSubjectReview","apiVersion":"authentication.k8s.io/v1","metadata":{"creationTimestamp":null},"status":{"userInfo":{"username":"bob","groups":"#
        ), "{}", json.compact);
    }
}
