//! `kctl describe` (kubectl `pkg/cmd/describe/describe.go`): find the objects, fetch what
//! each describer shows beside them, render with `crate::describe`.

use clap::{Arg, ArgAction, ArgMatches, Command};
use http::Method;
use serde_json::Value;

use crate::cli::bool_flag;
use crate::client::Client;
use crate::client::discovery::ApiResource;
use crate::client::targets::{self, Target};
use crate::ctx::Ctx;
use crate::describe::{self, Related, RelatedQuery, RelatedSlot};
use crate::error::{Error, Result};

pub fn command() -> Command {
    Command::new("describe")
        .about("Show details of a specific resource or group of resources")
        .arg(Arg::new("selector").short('l').long("selector"))
        .arg(bool_flag("all-namespaces").short('A'))
        .arg(
            Arg::new("filename")
                .short('f')
                .long("filename")
                .action(ArgAction::Append),
        )
        .arg(bool_flag("recursive").short('R'))
        .arg(bool_flag("show-events"))
        .arg(
            Arg::new("chunk-size")
                .long("chunk-size")
                .default_value("500"),
        )
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
}

struct Options {
    args: Vec<String>,
    selector: Option<String>,
    all_namespaces: bool,
    filenames: Vec<String>,
    recursive: bool,
    show_events: bool,
    chunk_size: u64,
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let opts = Options {
        args: m
            .get_many::<String>("args")
            .map(|v| v.cloned().collect())
            .unwrap_or_default(),
        selector: m.get_one::<String>("selector").cloned(),
        all_namespaces: m
            .get_one::<bool>("all-namespaces")
            .copied()
            .unwrap_or(false),
        filenames: m
            .get_many::<String>("filename")
            .map(|v| v.cloned().collect())
            .unwrap_or_default(),
        recursive: m.get_one::<bool>("recursive").copied().unwrap_or(false),
        show_events: m.get_one::<bool>("show-events").copied().unwrap_or(true),
        chunk_size: m
            .get_one::<String>("chunk-size")
            .and_then(|c| c.parse().ok())
            .unwrap_or(500),
    };
    if opts.args.is_empty() && opts.filenames.is_empty() {
        return Err(Error::msg(
            "You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.",
        ));
    }
    let source = targets::Source::read(
        &opts.args,
        &opts.filenames,
        opts.recursive,
        &ctx.program,
        ctx.input,
    )?;
    crate::runtime::block_on(async move {
        let client = Client::connect(ctx).await?;
        let explicit_ns = ctx.globals.overrides.namespace.clone();
        let (targets, skipped) = targets::resolve_with_refresh(
            &client,
            &ctx.cache_dir(),
            &source,
            explicit_ns.as_deref(),
        )
        .await?;
        let run = Describe {
            client: &client,
            opts: &opts,
            namespace: client.namespace.clone(),
        };
        run.all(&targets, skipped, ctx).await
    })
}

struct Describe<'a> {
    client: &'a Client,
    opts: &'a Options,
    namespace: String,
}

impl Describe<'_> {
    async fn all(&self, targets: &[Target], skipped: Vec<String>, ctx: &mut Ctx<'_>) -> Result<()> {
        let mut errors: Vec<Error> = skipped.into_iter().map(Error::Message).collect();
        let mut objects: Vec<(Value, &ApiResource)> = Vec::new();
        let mut not_found: Option<Error> = None;
        for target in targets {
            let resource = &target.resource;
            if target.names.is_empty() {
                for item in self.list(resource, None).await? {
                    objects.push((item, resource));
                }
                continue;
            }
            let ns = target.namespace.clone().unwrap_or(self.namespace.clone());
            for name in &target.names {
                let path = format!("{}/{}", resource.collection_path(Some(&ns)), name);
                let response = self
                    .client
                    .send(Method::GET, &path, "application/json", None)
                    .await?;
                if response.status.is_success() {
                    let object: Value = serde_json::from_slice(&response.body)
                        .map_err(|e| Error::msg(e.to_string()))?;
                    objects.push((object, resource));
                } else {
                    let e = crate::client::status_error(response.status, &response.body);
                    if response.status == http::StatusCode::NOT_FOUND {
                        not_found.get_or_insert(crate::client::status_error(
                            response.status,
                            &response.body,
                        ));
                    }
                    errors.push(e);
                }
            }
        }
        // `describe TYPE PREFIX`: no object has that name, so describe those starting with it.
        if let (Some(original), [_, prefix]) = (not_found, self.opts.args.as_slice())
            && targets.len() == 1
            && objects.is_empty()
        {
            let resource = &targets[0].resource;
            let mut found = false;
            for item in self.list(resource, None).await? {
                let name = item["metadata"]["name"].as_str().unwrap_or_default();
                if name.starts_with(prefix.as_str()) {
                    found = true;
                    let text = self.render(&item, resource).await?;
                    writeln!(ctx.out, "{text}")?;
                }
            }
            return if found { Ok(()) } else { Err(original) };
        }
        let mut first = true;
        for (object, resource) in &objects {
            let text = self.render(object, resource).await?;
            if first {
                first = false;
                write!(ctx.out, "{text}")?;
            } else {
                write!(ctx.out, "\n\n{text}")?;
            }
        }
        if objects.is_empty() && errors.is_empty() {
            if self.opts.all_namespaces {
                writeln!(ctx.err, "No resources found")?;
            } else {
                writeln!(
                    ctx.err,
                    "No resources found in {} namespace.",
                    self.namespace
                )?;
            }
        }
        match errors.len() {
            0 => Ok(()),
            1 => Err(errors.remove(0)),
            _ => Err(Error::Multiple(
                errors.iter().map(ToString::to_string).collect(),
            )),
        }
    }

    /// Every object of a type in scope (following `continue`), `apiVersion`/`kind` set.
    async fn list(&self, resource: &ApiResource, selector: Option<&str>) -> Result<Vec<Value>> {
        let scope = (!self.opts.all_namespaces).then_some(self.namespace.as_str());
        let selector = selector.or(self.opts.selector.as_deref());
        let mut items = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let mut query = vec![format!("limit={}", self.opts.chunk_size)];
            if let Some(s) = selector {
                query.push(format!("labelSelector={}", encode(s)));
            }
            if let Some(c) = &token {
                query.push(format!("continue={}", encode(c)));
            }
            query.sort();
            let path = format!("{}?{}", resource.collection_path(scope), query.join("&"));
            let page = self.client.get_json(&path).await?;
            for item in page["items"].as_array().into_iter().flatten() {
                let mut item = item.clone();
                if let Some(obj) = item.as_object_mut() {
                    obj.entry("apiVersion")
                        .or_insert_with(|| Value::String(resource.api_version()));
                    obj.entry("kind")
                        .or_insert_with(|| Value::String(resource.kind.clone()));
                }
                items.push(item);
            }
            match page["metadata"]["continue"]
                .as_str()
                .filter(|c| !c.is_empty())
            {
                Some(c) => token = Some(c.to_string()),
                None => break,
            }
        }
        Ok(items)
    }

    /// Fetches what the describer shows beside `object`, then renders it.
    async fn render(&self, object: &Value, resource: &ApiResource) -> Result<String> {
        let mut related = Related::default();
        for query in describe::related_requests(&resource.group, &resource.kind, object) {
            if query.slot == RelatedSlot::Events && !self.opts.show_events {
                continue;
            }
            self.fill(&mut related, &query).await;
        }
        Ok(describe::describe(
            &resource.group,
            &resource.kind,
            object,
            &related,
            jiff::Timestamp::now(),
        ))
    }

    /// One related request; a failure leaves the slot as "could not be fetched".
    async fn fill(&self, related: &mut Related, query: &RelatedQuery) {
        let base = if query.api_version.contains('/') {
            format!("/apis/{}", query.api_version)
        } else {
            format!("/api/{}", query.api_version)
        };
        let collection = match &query.namespace {
            Some(ns) => format!("{base}/namespaces/{ns}/{}", query.resource),
            None => format!("{base}/{}", query.resource),
        };
        if query.slot == RelatedSlot::Lease {
            let name = query
                .field_selector
                .as_deref()
                .and_then(|f| f.strip_prefix("metadata.name="))
                .unwrap_or_default();
            related.lease = self
                .client
                .get_json(&format!("{collection}/{name}"))
                .await
                .ok();
            return;
        }
        let mut items: Vec<Value> = Vec::new();
        let mut token: Option<String> = None;
        let ok = loop {
            let mut q = vec![format!("limit={}", self.opts.chunk_size)];
            if let Some(s) = &query.label_selector {
                q.push(format!("labelSelector={}", encode(s)));
            }
            if let Some(f) = &query.field_selector {
                q.push(format!("fieldSelector={}", encode(f)));
            }
            if let Some(c) = &token {
                q.push(format!("continue={}", encode(c)));
            }
            q.sort();
            let Ok(page) = self
                .client
                .get_json(&format!("{collection}?{}", q.join("&")))
                .await
            else {
                break false;
            };
            items.extend(page["items"].as_array().into_iter().flatten().cloned());
            match page["metadata"]["continue"]
                .as_str()
                .filter(|c| !c.is_empty())
            {
                Some(c) => token = Some(c.to_string()),
                None => break true,
            }
        };
        match query.slot {
            // A node is searched twice (by uid, and by name as uid); kubectl shows both.
            RelatedSlot::Events => {
                if ok {
                    related.events.get_or_insert_with(Vec::new).extend(items);
                }
            }
            RelatedSlot::ReplicaSets => related.replica_sets = items,
            RelatedSlot::Pods => related.pods = items,
            RelatedSlot::EndpointSlices => related.endpoint_slices = items,
            RelatedSlot::ResourceQuotas => related.resource_quotas = ok.then_some(items),
            RelatedSlot::LimitRanges => related.limit_ranges = ok.then_some(items),
            RelatedSlot::Secrets => related.secrets = ok.then_some(items),
            RelatedSlot::Services => related.services = items,
            RelatedSlot::Lease => {}
        }
    }
}

fn encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}
