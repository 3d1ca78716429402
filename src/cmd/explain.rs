//! `kctl explain` (kubectl `pkg/cmd/explain`, `pkg/explain`): the documentation of a resource
//! or one of its fields, from the server's OpenAPI v3 document of the resource's group-version.

use clap::{Arg, ArgAction, ArgMatches, Command};
use http::Method;
use serde_json::Value;

use crate::cli::bool_flag;
use crate::client::Client;
use crate::client::discovery::{ApiResource, Discovery};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::explain::{self, Request};

const PLAINTEXT: &str = "plaintext";
const PLAINTEXT_OPENAPI_V2: &str = "plaintext-openapiv2";

pub fn command() -> Command {
    Command::new("explain")
        .about("Get documentation for a resource")
        .arg(bool_flag("recursive"))
        .arg(Arg::new("api-version").long("api-version"))
        .arg(
            Arg::new("output")
                .short('o')
                .long("output")
                .default_value(PLAINTEXT),
        )
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
}

/// The resource and field path an argument such as `deployments.apps.spec.strategy` names.
#[derive(Debug, PartialEq)]
struct Target {
    group: String,
    version: String,
    resource: String,
    fields: Vec<String>,
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args: Vec<String> = m
        .get_many::<String>("args")
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    let recursive = m.get_one::<bool>("recursive").copied().unwrap_or(false);
    let api_version = m
        .get_one::<String>("api-version")
        .cloned()
        .unwrap_or_default();
    let output = m.get_one::<String>("output").cloned().unwrap_or_default();
    let argument = match args.as_slice() {
        [] => {
            return Err(Error::msg(
                "You must specify the type of resource to explain. Use \"kubectl api-resources\" for a complete list of supported resources.\n",
            ));
        }
        [one] => one.clone(),
        _ => return Err(Error::msg("We accept only this format: explain RESOURCE\n")),
    };
    let cache_dir = ctx.cache_dir();
    let rendered = crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let mut discovery = client.discovery(&cache_dir, false).await?;
        let first = first_segment(&argument);
        if matching(&discovery, &first).is_empty() {
            // A type created since the cache was written (a new CRD).
            discovery = client.discovery(&cache_dir, true).await?;
        }
        let mut target = if api_version.is_empty() {
            target_by_prefix(&discovery, &argument)?
        } else {
            target_preferred(&discovery, &argument)?
        };
        if output == PLAINTEXT_OPENAPI_V2 {
            // The sandbox serves no OpenAPI v2; a real server's answer is printed as kubectl
            // prints a failed download.
            let response = client
                .send(
                    Method::GET,
                    "/openapi/v2?timeout=32s",
                    "application/com.github.proto-openapi.spec.v2@v1.0+protobuf",
                    None,
                )
                .await?;
            if !response.status.is_success() {
                return Err(crate::client::status_error(response.status, &response.body));
            }
            return Err(Error::msg(
                "--output=plaintext-openapiv2 is not supported by kctl",
            ));
        }
        if !api_version.is_empty() {
            let (group, version) = match api_version.split_once('/') {
                Some((g, v)) => (g.to_string(), v.to_string()),
                None => (String::new(), api_version.clone()),
            };
            target.group = group;
            target.version = version;
        }
        let root = client.get_json("/openapi/v3?timeout=32s").await?;
        let key = if target.group.is_empty() {
            format!("api/{}", target.version)
        } else {
            format!("apis/{}/{}", target.group, target.version)
        };
        let Some(url) = root
            .pointer(&format!(
                "/paths/{}/serverRelativeURL",
                key.replace('/', "~1")
            ))
            .and_then(Value::as_str)
        else {
            return Err(Error::msg(format!(
                "couldn't find resource for \"{}/{}, Resource={}\"",
                target.group, target.version, target.resource
            )));
        };
        let document = client.get_json(url).await?;
        if output != PLAINTEXT {
            return Err(Error::msg(format!("unrecognized format: {output}")));
        }
        let request = Request {
            group: &target.group,
            version: &target.version,
            resource: &target.resource,
            field_path: &target.fields,
            recursive,
        };
        Ok(explain::render(&document, &request))
    })?;
    match rendered {
        Ok(text) => {
            ctx.out.write_all(text.as_bytes())?;
            Ok(())
        }
        Err(failure) => {
            ctx.out.write_all(failure.printed.as_bytes())?;
            Err(Error::Raw(failure.message))
        }
    }
}

/// The resource part of `pods.spec`: what kubectl's JSONPath parse gives as the first field.
fn first_segment(argument: &str) -> String {
    argument
        .split(['.', '['])
        .next()
        .unwrap_or_default()
        .to_string()
}

/// kubectl's `ResourcesFor` with only a resource name: every served version of every group
/// with that plural, singular or short name, preferred first.
fn matching(discovery: &Discovery, name: &str) -> Vec<ApiResource> {
    let name = name.to_lowercase();
    discovery
        .resources
        .iter()
        .filter(|r| !r.resource.contains('/'))
        .filter(|r| r.resource == name || r.singular == name || r.short_names.contains(&name))
        .cloned()
        .collect()
}

fn no_such_type(name: &str) -> Error {
    Error::Raw(format!(
        "the server doesn't have a resource type \"{name}\""
    ))
}

/// `SplitAndParseResourceRequestWithMatchingPrefix`: `deployments.apps.spec` names the apps
/// group's deployments when the argument starts with `deployments.apps`; otherwise the
/// preferred resource, the rest being fields.
fn target_by_prefix(discovery: &Discovery, argument: &str) -> Result<Target> {
    let first = first_segment(argument);
    let found = matching(discovery, &first);
    if found.is_empty() {
        return Err(no_such_type(&first));
    }
    for resource in &found {
        let group_resource = if resource.group.is_empty() {
            resource.resource.clone()
        } else {
            format!("{}.{}", resource.resource, resource.group)
        };
        if let Some(suffix) = argument.strip_prefix(&group_resource) {
            return Ok(Target {
                group: resource.group.clone(),
                version: resource.version.clone(),
                resource: resource.resource.clone(),
                fields: field_path(suffix, "first node must be field node")?,
            });
        }
    }
    let preferred = &found[0];
    let rest = argument.strip_prefix(first.as_str()).unwrap_or_default();
    Ok(Target {
        group: preferred.group.clone(),
        version: preferred.version.clone(),
        resource: preferred.resource.clone(),
        fields: field_path(rest, "first node must be field node")?,
    })
}

/// `SplitAndParseResourceRequest` (with `--api-version`): the preferred resource, every
/// segment after the first a field.
fn target_preferred(discovery: &Discovery, argument: &str) -> Result<Target> {
    let first = first_segment(argument);
    let Some(preferred) = matching(discovery, &first).into_iter().next() else {
        return Err(no_such_type(&first));
    };
    let rest = argument.strip_prefix(first.as_str()).unwrap_or_default();
    Ok(Target {
        group: preferred.group.clone(),
        version: preferred.version,
        resource: preferred.resource.clone(),
        fields: field_path(rest, "all nodes must be field nodes")?,
    })
}

/// `.spec.containers` → `[spec, containers]`; anything but plain fields (`[0]`, filters) is
/// refused with kubectl's words.
fn field_path(suffix: &str, refusal: &str) -> Result<Vec<String>> {
    let suffix = suffix.strip_suffix('.').unwrap_or(suffix);
    let mut fields = Vec::new();
    for segment in suffix.split('.').skip(1) {
        let plain = !segment.is_empty()
            && segment
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '/'));
        if !plain {
            return Err(Error::msg(format!("invalid jsonpath syntax, {refusal}")));
        }
        fields.push(segment.to_string());
    }
    Ok(fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resource(group: &str, version: &str, plural: &str, short: &[&str]) -> ApiResource {
        ApiResource {
            group: group.into(),
            version: version.into(),
            resource: plural.into(),
            kind: String::new(),
            singular: plural.trim_end_matches('s').into(),
            short_names: short.iter().map(|s| s.to_string()).collect(),
            namespaced: true,
            verbs: vec![],
            categories: vec![],
        }
    }

    fn discovery() -> Discovery {
        Discovery {
            resources: vec![
                resource("", "v1", "pods", &["po"]),
                resource("apps", "v1", "deployments", &["deploy"]),
                resource("extra.example.com", "v1", "deployments", &[]),
                resource("autoscaling", "v2", "horizontalpodautoscalers", &["hpa"]),
                resource("autoscaling", "v1", "horizontalpodautoscalers", &["hpa"]),
            ],
        }
    }

    fn target(group: &str, version: &str, resource: &str, fields: &[&str]) -> Target {
        Target {
            group: group.into(),
            version: version.into(),
            resource: resource.into(),
            fields: fields.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn arguments_name_a_resource_and_fields_as_kubectl_splits_them() {
        let d = discovery();
        let cases = [
            ("pods", target("", "v1", "pods", &[])),
            (
                "po.spec.containers",
                target("", "v1", "pods", &["spec", "containers"]),
            ),
            ("pods.spec.", target("", "v1", "pods", &["spec"])),
            (
                "deploy.spec",
                target("apps", "v1", "deployments", &["spec"]),
            ),
            (
                "deployments.apps.spec",
                target("apps", "v1", "deployments", &["spec"]),
            ),
            (
                "deployments.extra.example.com.spec",
                target("extra.example.com", "v1", "deployments", &["spec"]),
            ),
            (
                "hpa",
                target("autoscaling", "v2", "horizontalpodautoscalers", &[]),
            ),
        ];
        for (argument, want) in cases {
            let got = target_by_prefix(&d, argument).expect(argument);
            assert_eq!(got, want, "{argument}");
        }
    }

    #[test]
    fn bad_arguments_get_kubectl_errors() {
        let d = discovery();
        let message = |r: Result<Target>| r.err().map(|e| e.to_string()).unwrap_or_default();
        assert_eq!(
            message(target_by_prefix(&d, "podz")),
            "the server doesn't have a resource type \"podz\""
        );
        assert_eq!(
            message(target_by_prefix(&d, "pods.spec.containers[0]")),
            "invalid jsonpath syntax, first node must be field node"
        );
        assert_eq!(
            message(target_preferred(&d, "pods.spec[0]")),
            "invalid jsonpath syntax, all nodes must be field nodes"
        );
    }
}
