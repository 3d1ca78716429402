//! `kctl api-resources` (kubectl `pkg/cmd/apiresources`): the resource types the server
//! serves, in each group's preferred version.

use clap::{Arg, ArgAction, ArgMatches, Command};

use crate::cli::bool_flag;
use crate::client::Client;
use crate::client::discovery::ApiResource;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::output::tabwriter::TabWriter;

pub fn command() -> Command {
    Command::new("api-resources")
        .about("Print the supported API resources on the server")
        .arg(Arg::new("output").short('o').long("output"))
        .arg(bool_flag("no-headers"))
        .arg(Arg::new("api-group").long("api-group"))
        .arg(
            Arg::new("namespaced")
                .long("namespaced")
                .num_args(0..=1)
                .require_equals(true)
                .default_missing_value("true"),
        )
        .arg(Arg::new("verbs").long("verbs").action(ArgAction::Append))
        .arg(
            Arg::new("categories")
                .long("categories")
                .action(ArgAction::Append),
        )
        .arg(Arg::new("sort-by").long("sort-by"))
        .arg(bool_flag("cached"))
}

fn list(m: &ArgMatches, id: &str) -> Vec<String> {
    m.get_many::<String>(id)
        .into_iter()
        .flatten()
        .flat_map(|v| v.split(',').map(str::to_string).collect::<Vec<_>>())
        .filter(|s| !s.is_empty())
        .collect()
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let output = m.get_one::<String>("output").cloned().unwrap_or_default();
    if !matches!(output.as_str(), "" | "wide" | "name") {
        return Err(Error::msg(format!("--output {output} is not available")));
    }
    let sort_by = m.get_one::<String>("sort-by").cloned().unwrap_or_default();
    if !matches!(sort_by.as_str(), "" | "name" | "kind") {
        return Err(Error::msg("--sort-by accepts only name or kind"));
    }
    let group = m.get_one::<String>("api-group").cloned();
    let namespaced = match m.get_one::<String>("namespaced") {
        Some(v) => Some(crate::cli::parse_go_bool(v).map_err(Error::msg)?),
        None => None,
    };
    let verbs = list(m, "verbs");
    let categories = list(m, "categories");
    let no_headers = m.get_one::<bool>("no-headers").copied().unwrap_or(false);
    let cached = m.get_one::<bool>("cached").copied().unwrap_or(false);
    let cache_dir = ctx.cache_dir();
    let discovery = crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        client.discovery(&cache_dir, !cached).await
    })?;

    // The preferred version of each group: the first one discovery lists.
    let mut preferred: Vec<(String, String)> = Vec::new();
    let mut resources: Vec<&ApiResource> = Vec::new();
    for r in &discovery.resources {
        match preferred.iter().find(|(g, _)| *g == r.group) {
            Some((_, v)) if *v != r.version => continue,
            Some(_) => {}
            None => preferred.push((r.group.clone(), r.version.clone())),
        }
        if r.verbs.is_empty()
            || group.as_ref().is_some_and(|g| *g != r.group)
            || namespaced.is_some_and(|n| n != r.namespaced)
            || !verbs.iter().all(|v| r.verbs.contains(v))
            || !categories.iter().all(|c| r.categories.contains(c))
        {
            continue;
        }
        resources.push(r);
    }
    // kubectl's stable sort: by group (or the chosen key), then by name.
    resources.sort_by(|a, b| {
        let key = |r: &ApiResource| match sort_by.as_str() {
            "name" => r.resource.clone(),
            "kind" => r.kind.clone(),
            _ => r.group.clone(),
        };
        key(a)
            .cmp(&key(b))
            .then_with(|| a.resource.cmp(&b.resource))
    });

    if output == "name" {
        for r in resources {
            if r.group.is_empty() {
                writeln!(ctx.out, "{}", r.resource)?;
            } else {
                writeln!(ctx.out, "{}.{}", r.resource, r.group)?;
            }
        }
        return Ok(());
    }
    let wide = output == "wide";
    let mut table = TabWriter::new();
    if !no_headers {
        let mut header = vec!["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"];
        if wide {
            header.extend(["VERBS", "CATEGORIES"]);
        }
        table.row(header);
    }
    for r in resources {
        let mut row = vec![
            r.resource.clone(),
            r.short_names.join(","),
            r.api_version(),
            r.namespaced.to_string(),
            r.kind.clone(),
        ];
        if wide {
            row.push(r.verbs.join(","));
            row.push(r.categories.join(","));
        }
        table.row(row);
    }
    table.flush(ctx.out)?;
    Ok(())
}
