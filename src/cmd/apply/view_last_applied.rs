//! `kctl apply view-last-applied` (apply/apply_view_last_applied.go): prints the
//! last-applied-configuration annotation of objects named by arguments or `-f`, as YAML
//! (default) or indented JSON.

use clap::{Arg, ArgAction, ArgMatches, Command};
use http::Method;
use serde_json::Value;

use super::objects::{self, Failure, send};
use crate::cli::bool_flag;
use crate::client::Client;
use crate::client::targets::{self, Source};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::merge::apply::LAST_APPLIED;
use crate::sandbox::selectors::LabelSelector;

pub fn command() -> Command {
    Command::new("view-last-applied")
        .about("View the latest last-applied-configuration annotations of a resource/object")
        .arg(
            Arg::new("output")
                .short('o')
                .long("output")
                .default_value("yaml"),
        )
        .arg(
            Arg::new("filename")
                .short('f')
                .long("filename")
                .action(ArgAction::Append),
        )
        .arg(Arg::new("kustomize").short('k').long("kustomize"))
        .arg(bool_flag("recursive").short('R'))
        .arg(Arg::new("selector").short('l').long("selector"))
        .arg(bool_flag("all"))
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
}

/// cli-runtime's `missingResourceError`.
pub const MISSING_RESOURCE: &str = "You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'";

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args: Vec<String> = m
        .get_many::<String>("args")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let filenames: Vec<String> = m
        .get_many::<String>("filename")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let output = m
        .get_one::<String>("output")
        .cloned()
        .unwrap_or_else(|| "yaml".into());
    let all = m.get_one::<bool>("all").copied().unwrap_or(false);
    let selector = m
        .get_one::<String>("selector")
        .cloned()
        .filter(|s| !s.is_empty())
        .or(all.then(String::new));
    if args.is_empty() && filenames.is_empty() {
        return Err(Error::msg(MISSING_RESOURCE));
    }
    let recursive = m.get_one::<bool>("recursive").copied().unwrap_or(false);
    let source = Source::read(&args, &filenames, recursive, &ctx.program, ctx.input)?;
    let configs = crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let mut configs: Vec<String> = Vec::new();
        match &source {
            Source::Manifests(manifests) => {
                let enforce = ctx.globals.overrides.namespace.is_some();
                let mut discovery = client.discovery(&ctx.cache_dir(), false).await?;
                if objects::any_unmapped(manifests, &discovery) {
                    discovery = client.discovery(&ctx.cache_dir(), true).await?;
                }
                let label = selector
                    .as_deref()
                    .filter(|s| !s.is_empty())
                    .map(LabelSelector::parse)
                    .transpose()
                    .map_err(|e| Error::msg(format!("{e:?}")))?;
                let (items, mut errors) = objects::map(
                    manifests,
                    &discovery,
                    &client.namespace,
                    enforce,
                    label.as_ref(),
                    false,
                );
                if !errors.is_empty() {
                    return Err(errors.remove(0));
                }
                for item in &items {
                    let live = send(&client, Method::GET, &item.path(), "application/json", None)
                        .await
                        .map_err(Failure::into_error)?;
                    match annotation(&live) {
                        Some(a) => configs.push(a),
                        None => {
                            // cmdutil.AddSourceToErr with a nil error: Go prints `<nil>`.
                            return Err(Error::msg(format!(
                                "error when no last-applied-configuration annotation found on resource: {}\n {:?}: <nil>",
                                item.name, item.source
                            )));
                        }
                    }
                }
            }
            Source::Args(_) => {
                let (found, skipped) =
                    targets::resolve_with_refresh(&client, &ctx.cache_dir(), &source, None).await?;
                if let Some(s) = skipped.into_iter().next() {
                    return Err(Error::msg(s));
                }
                for target in &found {
                    let r = &target.resource;
                    let ns = r.namespaced.then_some(client.namespace.as_str());
                    let lives: Vec<Value> = if target.names.is_empty() {
                        let Some(sel) = &selector else {
                            return Err(Error::msg(
                                "resource(s) were provided, but no name was specified",
                            ));
                        };
                        let mut path = r.collection_path(ns);
                        if !sel.is_empty() {
                            path.push_str(&format!(
                                "?labelSelector={}",
                                crate::cmd::mutate::query_escape(sel)
                            ));
                        }
                        let list = send(&client, Method::GET, &path, "application/json", None)
                            .await
                            .map_err(Failure::into_error)?;
                        list["items"].as_array().cloned().unwrap_or_default()
                    } else {
                        let mut v = Vec::new();
                        for name in &target.names {
                            let path = format!("{}/{name}", r.collection_path(ns));
                            v.push(
                                send(&client, Method::GET, &path, "application/json", None)
                                    .await
                                    .map_err(Failure::into_error)?,
                            );
                        }
                        v
                    };
                    // Objects without the annotation are skipped silently: their source is
                    // empty, so AddSourceToErr returns its nil error.
                    configs.extend(lives.iter().filter_map(annotation));
                }
            }
        }
        Ok(configs)
    })?;
    for config in configs {
        match output.as_str() {
            "json" => write!(ctx.out, "{}", indent_json(&config))?,
            "yaml" => {
                let value: Value = serde_json::from_str(&config)
                    .map_err(|e| Error::msg(format!("error converting JSON to YAML: {e}")))?;
                write!(ctx.out, "{}", crate::output::yaml::to_string(&value))?;
            }
            other => {
                return Err(Error::Usage {
                    message: format!(
                        "Unexpected -o output mode: {other}, the flag 'output' must be one of yaml|json"
                    ),
                    command: "kubectl apply view-last-applied".to_string(),
                });
            }
        }
    }
    Ok(())
}

fn annotation(live: &Value) -> Option<String> {
    live.pointer("/metadata/annotations")
        .and_then(|a| a.get(LAST_APPLIED))
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// Go's `json.Indent(dst, src, "", "  ")` for valid compact JSON: leading blanks dropped,
/// trailing ones kept, empty `{}`/`[]` left compact.
pub fn indent_json(src: &str) -> String {
    let src = src.trim_start();
    let mut out = String::with_capacity(src.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = src.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    let mut closed = false;
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        if closed {
            out.push(c);
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                    if depth == 0 {
                        closed = true;
                    }
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
                if depth == 0 {
                    closed = true;
                }
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c if c.is_ascii_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indents_like_go() {
        let cases = [
            (
                "{\"a\":{},\"b\":[1,\"x,:\"],\"c\":{\"d\":null}}\n",
                "{\n  \"a\": {},\n  \"b\": [\n    1,\n    \"x,:\"\n  ],\n  \"c\": {\n    \"d\": null\n  }\n}\n",
            ),
            ("  []", "[]"),
            ("{\"q\":\"\\\"}\"}", "{\n  \"q\": \"\\\"}\"\n}"),
        ];
        for (src, want) in cases {
            assert_eq!(indent_json(src), want, "{src}");
        }
    }
}
