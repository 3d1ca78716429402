//! `kctl get` (kubectl `pkg/cmd/get/get.go`): list or fetch objects and print them as tables
//! (the server's Table) or through the generic printers, chunk by chunk.

use std::io::Write;

use clap::{Arg, ArgAction, ArgMatches, Command};
use http::Method;
use serde_json::{Map, Value, json};

use crate::cli::bool_flag;
use crate::client::Client;
use crate::client::discovery::ApiResource;
use crate::client::targets::{self, Target};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::output::item_template::ItemTemplate;
use crate::output::sort::Sorter;
use crate::output::table::{TableOptions, TablePrinter};
use crate::output::{self, OutputFormat};

const TABLE_ACCEPT: &str = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";
const JSON_ACCEPT: &str = "application/json";

pub fn command() -> Command {
    Command::new("get")
        .about("Display one or many resources")
        .arg(Arg::new("output").short('o').long("output"))
        .arg(Arg::new("template").long("template"))
        .arg(Arg::new("selector").short('l').long("selector"))
        .arg(Arg::new("field-selector").long("field-selector"))
        .arg(bool_flag("all-namespaces").short('A'))
        .arg(
            Arg::new("chunk-size")
                .long("chunk-size")
                .default_value("500"),
        )
        .arg(bool_flag("ignore-not-found"))
        .arg(bool_flag("show-labels"))
        .arg(
            Arg::new("label-columns")
                .short('L')
                .long("label-columns")
                .action(ArgAction::Append),
        )
        .arg(bool_flag("no-headers"))
        .arg(bool_flag("show-kind"))
        .arg(bool_flag("watch").short('w'))
        .arg(bool_flag("watch-only"))
        .arg(bool_flag("output-watch-events"))
        .arg(Arg::new("sort-by").long("sort-by"))
        .arg(Arg::new("raw").long("raw"))
        .arg(
            Arg::new("filename")
                .short('f')
                .long("filename")
                .action(ArgAction::Append),
        )
        .arg(bool_flag("recursive").short('R'))
        .arg(Arg::new("subresource").long("subresource"))
        .arg(bool_flag("allow-missing-template-keys"))
        .arg(bool_flag("show-managed-fields"))
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
}

/// What the user asked for, before any request.
struct GetOptions {
    args: Vec<String>,
    format: Option<OutputFormat>,
    selector: Option<String>,
    field_selector: Option<String>,
    all_namespaces: bool,
    chunk_size: u64,
    ignore_not_found: bool,
    table: TableOptions,
    allow_missing_keys: bool,
    show_managed_fields: bool,
    raw: Option<String>,
    subresource: Option<String>,
    sort_by: Option<String>,
    filenames: Vec<String>,
    recursive: bool,
    watch: bool,
    watch_only: bool,
    output_watch_events: bool,
}

fn flag(m: &ArgMatches, id: &str) -> bool {
    m.get_one::<bool>(id).copied().unwrap_or(false)
}

impl GetOptions {
    fn from_args(m: &ArgMatches) -> Result<Self> {
        let output = m.get_one::<String>("output").map(String::as_str);
        let wide = output == Some("wide");
        let format = if wide {
            None
        } else {
            OutputFormat::parse(
                output,
                m.get_one::<String>("template").map(String::as_str),
                output::Formats::WithTables,
            )?
        };
        let chunk_raw = m
            .get_one::<String>("chunk-size")
            .map(String::as_str)
            .unwrap_or("500");
        let chunk_size: u64 = chunk_raw.parse().map_err(|_| Error::Flag {
            message: format!(
                "invalid argument {chunk_raw:?} for \"--chunk-size\" flag: strconv.ParseInt: parsing {chunk_raw:?}: invalid syntax"
            ),
            command: "kubectl get".to_string(),
        })?;
        let label_columns: Vec<String> = m
            .get_many::<String>("label-columns")
            .into_iter()
            .flatten()
            .flat_map(|v| v.split(',').map(str::to_string).collect::<Vec<_>>())
            .collect();
        Ok(GetOptions {
            args: m
                .get_many::<String>("args")
                .map(|v| v.cloned().collect())
                .unwrap_or_default(),
            format,
            selector: m.get_one::<String>("selector").cloned(),
            field_selector: m.get_one::<String>("field-selector").cloned(),
            all_namespaces: flag(m, "all-namespaces"),
            chunk_size,
            ignore_not_found: flag(m, "ignore-not-found"),
            table: TableOptions {
                wide,
                no_headers: flag(m, "no-headers"),
                show_labels: flag(m, "show-labels"),
                label_columns,
                ..Default::default()
            },
            allow_missing_keys: m
                .get_one::<bool>("allow-missing-template-keys")
                .copied()
                .unwrap_or(true),
            show_managed_fields: flag(m, "show-managed-fields"),
            raw: m.get_one::<String>("raw").cloned(),
            sort_by: m.get_one::<String>("sort-by").cloned(),
            filenames: m
                .get_many::<String>("filename")
                .map(|v| v.cloned().collect())
                .unwrap_or_default(),
            recursive: flag(m, "recursive"),
            watch: flag(m, "watch"),
            watch_only: flag(m, "watch-only"),
            output_watch_events: flag(m, "output-watch-events"),
            subresource: m.get_one::<String>("subresource").cloned(),
        })
    }
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let opts = GetOptions::from_args(m)?;
    let show_kind = flag(m, "show-kind");
    if opts.raw.is_none() && opts.args.is_empty() && opts.filenames.is_empty() {
        writeln!(
            ctx.err,
            "You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n"
        )?;
        return Err(Error::Usage {
            message: "Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).".to_string(),
            command: "kubectl get".to_string(),
        });
    }
    if !opts.filenames.is_empty() && !opts.args.is_empty() {
        return Err(Error::msg(
            "when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well",
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
        if let Some(raw) = &opts.raw {
            return get_raw(&client, raw, ctx).await;
        }
        let explicit_ns = ctx.globals.overrides.namespace.clone();
        let (targets, skipped) = targets::resolve_with_refresh(
            &client,
            &ctx.cache_dir(),
            &source,
            explicit_ns.as_deref(),
        )
        .await?;
        if (opts.selector.is_some() || opts.field_selector.is_some())
            && targets.iter().any(|t| !t.names.is_empty())
        {
            return Err(Error::msg(
                "name cannot be provided when a selector is specified",
            ));
        }
        let namespace = client.namespace.clone();
        // One `-f` path (file or directory, without -R) implies a single item, as the
        // builder's `singleItemImplied` does.
        let single_file = opts.filenames.len() == 1 && !opts.recursive;
        let run = Run {
            client: &client,
            opts: &opts,
            namespace: &namespace,
            skipped,
            single_file,
        };
        if opts.watch || opts.watch_only {
            return run.watch(&targets, ctx).await;
        }
        match &opts.format {
            None => run.print_tables(&targets, show_kind, ctx).await,
            Some(format) => run.print_generic(&targets, format, ctx).await,
        }
    })
}

async fn get_raw(client: &Client, path: &str, ctx: &mut Ctx<'_>) -> Result<()> {
    let response = client.send(Method::GET, path, JSON_ACCEPT, None).await?;
    if !response.status.is_success() {
        return Err(crate::client::status_error(response.status, &response.body));
    }
    ctx.out.write_all(&response.body)?;
    Ok(())
}

struct Run<'a> {
    client: &'a Client,
    opts: &'a GetOptions,
    namespace: &'a str,
    /// Manifest objects not fetched, with why (reported after what could be printed).
    skipped: Vec<String>,
    single_file: bool,
}

/// One page of a list, or one object.
enum Fetched {
    Page { body: Value, next: Option<String> },
    Missing(Error),
}

impl Run<'_> {
    fn scope(&self) -> Option<&str> {
        (!self.opts.all_namespaces).then_some(self.namespace)
    }

    fn list_query(&self, continue_token: Option<&str>) -> String {
        let mut q: Vec<String> = Vec::new();
        if let Some(s) = &self.opts.selector {
            q.push(format!("labelSelector={}", encode(s)));
        }
        if let Some(s) = &self.opts.field_selector {
            q.push(format!("fieldSelector={}", encode(s)));
        }
        // Sorting needs every object at once, so kubectl turns chunking off.
        if self.opts.chunk_size > 0 && self.opts.sort_by.is_none() {
            q.push(format!("limit={}", self.opts.chunk_size));
        }
        if let Some(c) = continue_token {
            q.push(format!("continue={}", encode(c)));
        }
        if self.opts.sort_by.is_some() && self.opts.format.is_none() {
            q.push("includeObject=Object".to_string());
        }
        // Go's url.Values.Encode sorts by key; the same URLs make `-v` logs comparable.
        q.sort();
        if q.is_empty() {
            String::new()
        } else {
            format!("?{}", q.join("&"))
        }
    }

    async fn fetch_page(
        &self,
        resource: &ApiResource,
        accept: &str,
        continue_token: Option<&str>,
    ) -> Result<Fetched> {
        let path = format!(
            "{}{}",
            resource.collection_path(self.scope()),
            self.list_query(continue_token)
        );
        let response = self.client.send(Method::GET, &path, accept, None).await?;
        if !response.status.is_success() {
            return Err(self.list_error(resource, response.status, &response.body));
        }
        let body: Value = serde_json::from_slice(&response.body)
            .map_err(|e| Error::msg(format!("decoding the list: {e}")))?;
        let next = body["metadata"]["continue"]
            .as_str()
            .filter(|c| !c.is_empty())
            .map(str::to_string);
        Ok(Fetched::Page { body, next })
    }

    /// Hands `each` every page of a listed target, or each named object of a target (a named
    /// object that is missing goes to `errors`, or nowhere when `--ignore-not-found` said so).
    async fn visit(
        &self,
        target: &Target,
        accept: &str,
        errors: &mut Vec<Error>,
        mut each: impl FnMut(Value) -> Result<()>,
    ) -> Result<()> {
        let resource = &target.resource;
        if target.names.is_empty() {
            let mut token: Option<String> = None;
            loop {
                let Fetched::Page { body, next } =
                    self.fetch_page(resource, accept, token.as_deref()).await?
                else {
                    return Ok(());
                };
                each(body)?;
                match next {
                    Some(n) => token = Some(n),
                    None => return Ok(()),
                }
            }
        }
        for name in &target.names {
            let namespace = target.namespace.as_deref().unwrap_or(self.namespace);
            match self.fetch_named(resource, namespace, name, accept).await? {
                Fetched::Page { body, .. } => each(body)?,
                Fetched::Missing(Error::Exit(_)) => {}
                Fetched::Missing(e) => errors.push(e),
            }
        }
        Ok(())
    }

    /// cli-runtime's `Selector.Visit` rewords BadRequest and NotFound list errors.
    fn list_error(&self, resource: &ApiResource, status: http::StatusCode, body: &[u8]) -> Error {
        let mut parsed: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
        let reworded = matches!(status.as_u16(), 400 | 404) && parsed["kind"] == "Status";
        if reworded {
            let gvr = format!(
                "{}, Resource={}",
                resource.api_version_for_gvr(),
                resource.resource
            );
            let message = parsed["message"].as_str().unwrap_or_default().to_string();
            let text = if self.opts.selector.is_none() && self.opts.field_selector.is_none() {
                format!("Unable to list {gvr:?}: {message}")
            } else {
                format!(
                    "Unable to find {gvr:?} that match label selector {:?}, field selector {:?}: {message}",
                    self.opts.selector.as_deref().unwrap_or(""),
                    self.opts.field_selector.as_deref().unwrap_or("")
                )
            };
            parsed["message"] = Value::String(text);
            let bytes = serde_json::to_vec(&parsed).unwrap_or_default();
            return crate::client::status_error(status, &bytes);
        }
        crate::client::status_error(status, body)
    }

    async fn fetch_named(
        &self,
        resource: &ApiResource,
        namespace: &str,
        name: &str,
        accept: &str,
    ) -> Result<Fetched> {
        let mut path = format!("{}/{}", resource.collection_path(Some(namespace)), name);
        if let Some(sub) = &self.opts.subresource {
            path.push('/');
            path.push_str(sub);
        }
        let response = self.client.send(Method::GET, &path, accept, None).await?;
        if response.status == http::StatusCode::NOT_FOUND && self.opts.ignore_not_found {
            return Ok(Fetched::Missing(Error::Exit(0)));
        }
        if !response.status.is_success() {
            return Ok(Fetched::Missing(crate::client::status_error(
                response.status,
                &response.body,
            )));
        }
        let body: Value = serde_json::from_slice(&response.body)
            .map_err(|e| Error::msg(format!("decoding the object: {e}")))?;
        Ok(Fetched::Page { body, next: None })
    }

    /// Human-readable output: one table per resource type, kubectl's blank line between.
    /// Sorts a Table's rows by `--sort-by` over each row's full object. kubectl ignores the
    /// table printer's errors, so a table it cannot sort is silently not printed (`None`).
    fn sorted_table(&self, table: Value) -> Option<Value> {
        let Some(field) = &self.opts.sort_by else {
            return Some(table);
        };
        let sorter = Sorter::new(field).ok()?;
        let mut table = table;
        if let Some(rows) = table.get_mut("rows").and_then(Value::as_array_mut) {
            sorter.sort(rows, |row| &row["object"]).ok()?;
        }
        Some(table)
    }

    async fn print_tables(
        &self,
        targets: &[Target],
        show_kind: bool,
        ctx: &mut Ctx<'_>,
    ) -> Result<()> {
        let mut errors: Vec<Error> = Vec::new();
        let with_kind = show_kind || distinct_kinds(targets) > 1;
        let mut written_before = false;
        let mut all_namespaced = !self.opts.all_namespaces;
        let mut current: Option<TablePrinter> = None;
        for (index, target) in targets.iter().enumerate() {
            let resource = &target.resource;
            all_namespaced = all_namespaced && resource.namespaced;
            // Consecutive targets of one resource (manifests in several namespaces) share a
            // table, as kubectl starts a new printer only when the mapping changes.
            let printer = current.get_or_insert_with(|| {
                TablePrinter::new(TableOptions {
                    with_namespace: self.opts.all_namespaces && resource.namespaced,
                    kind_prefix: with_kind.then(|| resource.kind_prefix()),
                    ..self.opts.table.clone()
                })
            });
            self.visit(target, TABLE_ACCEPT, &mut errors, |body| {
                if let Some(table) = self.sorted_table(as_table(&body, resource)) {
                    printer.add(&table);
                }
                Ok(())
            })
            .await?;
            if targets
                .get(index + 1)
                .is_some_and(|next| next.resource == *resource)
            {
                continue;
            }
            let mut buf = Vec::new();
            if printer.flush(&mut buf)? {
                if written_before && !self.opts.table.no_headers {
                    ctx.out.write_all(b"\n")?;
                }
                ctx.out.write_all(&buf)?;
                written_before = true;
            }
            current = None;
        }
        errors.extend(self.skipped.iter().cloned().map(Error::Message));
        if !written_before && !self.opts.ignore_not_found && errors.is_empty() {
            if all_namespaced {
                writeln!(
                    ctx.err,
                    "No resources found in {} namespace.",
                    self.namespace
                )?;
            } else {
                writeln!(ctx.err, "No resources found")?;
            }
        }
        into_result(errors)
    }

    /// `-w` / `--watch-only`: the current state (unless watch-only), then every change as it
    /// happens, one table row per event, columns kept as wide as they ever were.
    async fn watch(&self, targets: &[Target], ctx: &mut Ctx<'_>) -> Result<()> {
        let found: usize = targets.iter().map(|t| t.names.len().max(1)).sum();
        let [target] = targets else {
            return Err(Error::msg(format!(
                "watch is only supported on individual resources and resource collections, but {found} resources were found"
            )));
        };
        if target.names.len() > 1 {
            return Err(Error::msg(format!(
                "watch is only supported on individual resources and resource collections, but {found} resources were found"
            )));
        }
        let resource = &target.resource;
        let mut printer = match &self.opts.format {
            Some(format) => WatchPrinter::Generic {
                format,
                printed: 0,
                allow_missing_keys: self.opts.allow_missing_keys,
                pending: Vec::new(),
            },
            None => WatchPrinter::Table(TablePrinter::new(TableOptions {
                with_namespace: self.opts.all_namespaces && resource.namespaced,
                ..self.opts.table.clone()
            })),
        };
        let accept = if self.opts.format.is_some() {
            JSON_ACCEPT
        } else {
            TABLE_ACCEPT
        };
        let prepare = |object: &Value| match &self.opts.format {
            Some(format) => self.prepare(
                object.clone(),
                resource,
                format,
                !self.opts.output_watch_events,
            ),
            None => object.clone(),
        };
        let initial_event = self.opts.output_watch_events.then_some("ADDED");
        let show_initial = !self.opts.watch_only;
        let name = target.names.first();
        let (resource_version, is_list) = match name {
            Some(name) => match self
                .fetch_named(
                    resource,
                    target.namespace.as_deref().unwrap_or(self.namespace),
                    name,
                    accept,
                )
                .await?
            {
                Fetched::Page { body, .. } => {
                    if show_initial {
                        printer.add_initial(&prepare(&body), resource, initial_event)?;
                    }
                    ("0".to_string(), false)
                }
                Fetched::Missing(Error::Exit(_)) => return Ok(()),
                Fetched::Missing(e) => return Err(e),
            },
            None => {
                let mut token: Option<String> = None;
                let mut rv = String::new();
                loop {
                    let Fetched::Page { body, next } =
                        self.fetch_page(resource, accept, token.as_deref()).await?
                    else {
                        break;
                    };
                    if rv.is_empty() {
                        rv = body["metadata"]["resourceVersion"]
                            .as_str()
                            .unwrap_or("")
                            .to_string();
                    }
                    if show_initial {
                        match printer {
                            WatchPrinter::Table(_) => {
                                printer.add_initial(&body, resource, initial_event)?
                            }
                            WatchPrinter::Generic { .. } => {
                                for item in body["items"].as_array().into_iter().flatten() {
                                    printer.add_initial(&prepare(item), resource, initial_event)?;
                                }
                            }
                        }
                    }
                    match next {
                        Some(n) => token = Some(n),
                        None => break,
                    }
                }
                (rv, true)
            }
        };
        printer.flush(ctx.out)?;
        ctx.out.flush()?;

        let mut query = vec![
            format!("resourceVersion={}", encode(&resource_version)),
            "watch=true".to_string(),
        ];
        if let Some(s) = &self.opts.selector {
            query.push(format!("labelSelector={}", encode(s)));
        }
        let field_selector = match (name, &self.opts.field_selector) {
            (Some(n), _) => Some(format!("metadata.name={n}")),
            (None, f) => f.clone(),
        };
        if let Some(f) = field_selector {
            query.push(format!("fieldSelector={}", encode(&f)));
        }
        query.sort();
        let scope = if name.is_some() {
            Some(self.namespace)
        } else {
            self.scope()
        };
        let path = format!("{}?{}", resource.collection_path(scope), query.join("&"));
        // The object already shown for a single name comes again as the first ADDED event.
        let mut output_objects = is_list;
        let output_events = self.opts.output_watch_events;
        let out = &mut *ctx.out;
        self.client
            .watch(&path, accept, |event| {
                let event_type = event["type"].as_str().unwrap_or_default().to_string();
                if event_type == "BOOKMARK" {
                    return Ok(true);
                }
                if event_type == "ERROR" {
                    let message = event["object"]["message"].as_str().unwrap_or_default();
                    return Err(Error::msg(message.to_string()));
                }
                if output_objects {
                    printer.add(
                        &prepare(&event["object"]),
                        output_events.then_some(event_type.as_str()),
                    )?;
                    printer.flush(out)?;
                    out.flush()?;
                }
                output_objects = true;
                Ok(true)
            })
            .await
    }

    /// Generic output: one object as itself, anything else as a `List`, items streamed.
    async fn print_generic(
        &self,
        targets: &[Target],
        format: &OutputFormat,
        ctx: &mut Ctx<'_>,
    ) -> Result<()> {
        let single = targets.len() == 1 && targets[0].names.len() == 1 && self.skipped.is_empty();
        let mut errors: Vec<Error> = Vec::new();
        let mut sink = ListSink::new(
            format,
            self.opts.allow_missing_keys,
            single,
            self.opts.table.no_headers,
        )?;
        // With --sort-by nothing can be printed before everything has arrived.
        // So must a single `-f` path: it prints one object as itself, and nothing on errors.
        let mut held: Option<Vec<(Value, &ApiResource)>> =
            (self.opts.sort_by.is_some() || self.single_file).then(Vec::new);
        for target in targets {
            let resource = &target.resource;
            self.visit(target, JSON_ACCEPT, &mut errors, |body| {
                let items = match body.get("items").and_then(Value::as_array) {
                    Some(items) if target.names.is_empty() => items.clone(),
                    _ => vec![body],
                };
                for item in items {
                    let item = self.prepare(item, resource, format, true);
                    match held.as_mut() {
                        Some(held) => held.push((item, resource)),
                        None => sink.item(item, resource, ctx.out)?,
                    }
                }
                Ok(())
            })
            .await?;
        }
        errors.extend(self.skipped.iter().cloned().map(Error::Message));
        if let Some(mut held) = held {
            if self.single_file && !errors.is_empty() {
                return into_result(errors);
            }
            if let Some(field) = &self.opts.sort_by {
                let sorter = Sorter::new(field).map_err(Error::msg)?;
                sorter
                    .sort(&mut held, |(item, _)| item)
                    .map_err(Error::msg)?;
            }
            if self.single_file && held.len() == 1 {
                sink.single = true;
            }
            for (item, resource) in held {
                sink.item(item, resource, ctx.out)?;
            }
        }
        let finished = sink.finish(ctx.out);
        let errors_result = into_result(errors);
        finished.and(errors_result)
    }

    /// What kubectl's printers see: `apiVersion`/`kind` set, managedFields dropped.
    /// kubectl drops managedFields in its JSON and YAML printers only; templates see them, and
    /// so does a `WatchEvent` wrapper (`top_level` false): the filter looks at the printed
    /// object's own metadata only.
    fn prepare(
        &self,
        mut item: Value,
        resource: &ApiResource,
        format: &OutputFormat,
        top_level: bool,
    ) -> Value {
        let omit_managed = top_level && matches!(format, OutputFormat::Json | OutputFormat::Yaml);
        if let Some(obj) = item.as_object_mut() {
            obj.entry("apiVersion")
                .or_insert_with(|| Value::String(resource.api_version()));
            obj.entry("kind")
                .or_insert_with(|| Value::String(resource.kind.clone()));
            if omit_managed
                && !self.opts.show_managed_fields
                && let Some(meta) = obj.get_mut("metadata").and_then(Value::as_object_mut)
            {
                meta.remove("managedFields");
            }
        }
        item
    }
}

/// How `get --watch` prints: table rows (widths remembered across events), or each object
/// (or `WatchEvent`) through a generic printer, YAML documents separated by `---`.
enum WatchPrinter<'a> {
    Table(TablePrinter),
    Generic {
        format: &'a OutputFormat,
        /// Objects printed so far (kubectl's YAML printer writes `---` before all but the
        /// first).
        printed: usize,
        allow_missing_keys: bool,
        /// Bytes waiting for the next flush.
        pending: Vec<u8>,
    },
}

impl WatchPrinter<'_> {
    /// The state before watching: a Table (or a plain object/list a server sent instead) for
    /// tables, one object for the generic printers.
    fn add_initial(
        &mut self,
        body: &Value,
        resource: &ApiResource,
        event_type: Option<&str>,
    ) -> Result<()> {
        match self {
            WatchPrinter::Table(printer) => {
                printer.add_event(&as_table(body, resource), event_type);
                Ok(())
            }
            WatchPrinter::Generic { .. } => self.add(body, event_type),
        }
    }

    /// One watched object; `event_type` wraps it in a `WatchEvent` (`--output-watch-events`).
    fn add(&mut self, object: &Value, event_type: Option<&str>) -> Result<()> {
        match self {
            WatchPrinter::Table(printer) => {
                printer.add_event(object, event_type);
                Ok(())
            }
            WatchPrinter::Generic {
                format,
                printed,
                allow_missing_keys,
                pending,
            } => {
                if matches!(format, OutputFormat::Yaml) && *printed > 0 {
                    pending.extend_from_slice(b"---\n");
                }
                *printed += 1;
                let format: &OutputFormat = format;
                match (event_type, format) {
                    // kubectl's JSON printer writes a metav1.WatchEvent with json.Marshal:
                    // compact, one line, Go field order (type, then object).
                    (Some(kind), OutputFormat::Json) => {
                        pending.extend_from_slice(b"{\"type\":");
                        output::json::write_compact(&mut *pending, &Value::from(kind))?;
                        pending.extend_from_slice(b",\"object\":");
                        output::json::write_compact(&mut *pending, object)?;
                        pending.extend_from_slice(b"}\n");
                        Ok(())
                    }
                    (Some(kind), _) => {
                        let event = json!({"type": kind, "object": object});
                        output::print_object(format, &event, None, *allow_missing_keys, pending)
                    }
                    (None, _) => {
                        output::print_object(format, object, None, *allow_missing_keys, pending)
                    }
                }
            }
        }
    }

    fn flush(&mut self, out: &mut dyn Write) -> Result<()> {
        match self {
            WatchPrinter::Table(printer) => {
                printer.flush(out)?;
            }
            WatchPrinter::Generic { pending, .. } => {
                out.write_all(pending)?;
                pending.clear();
            }
        }
        Ok(())
    }
}

/// A server that sends no Table (or a plain object) still prints: name + age, as kubectl's
/// fallback. The sandbox always sends Tables; this keeps other servers usable.
fn as_table(body: &Value, _resource: &ApiResource) -> Value {
    if body["kind"] == "Table" {
        return body.clone();
    }
    let items: Vec<Value> = match body["items"].as_array() {
        Some(items) => items.clone(),
        None => vec![body.clone()],
    };
    json!({
        "kind": "Table",
        "columnDefinitions": [{"name": "Name", "type": "string", "format": "name", "priority": 0}],
        "rows": items.iter().map(|i| json!({
            "cells": [i["metadata"]["name"].clone()],
            "object": {"metadata": i["metadata"].clone()},
        })).collect::<Vec<_>>(),
    })
}

fn distinct_kinds(targets: &[Target]) -> usize {
    let mut kinds: Vec<(String, String)> = targets
        .iter()
        .map(|t| (t.resource.group.clone(), t.resource.kind.clone()))
        .collect();
    kinds.sort();
    kinds.dedup();
    kinds.len()
}

/// One error prints as itself (`error: …` or `Error from server …`); several print one per
/// line without prefixes (cmdutil's `MultipleErrors`).
fn into_result(mut errors: Vec<Error>) -> Result<()> {
    match errors.len() {
        0 => Ok(()),
        1 => Err(errors.remove(0)),
        _ => Err(Error::Multiple(
            errors.iter().map(ToString::to_string).collect(),
        )),
    }
}

fn encode(s: &str) -> String {
    percent_encoding::utf8_percent_encode(s, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// Writes generic output as items arrive: JSON and YAML `List`s item by item, names one per
/// line; templates need the whole `List`, so they collect it.
struct ListSink<'f> {
    format: &'f OutputFormat,
    allow_missing_keys: bool,
    /// A single named object prints as itself, not inside a `List`.
    single: bool,
    count: usize,
    collected: Vec<Value>,
    /// Rows of `-o custom-columns`, kept as strings.
    custom: Option<output::custom_columns::CustomColumnsPrinter>,
    /// `-o jsonpath`/`go-template` templates that can run item by item.
    per_item: Option<ItemTemplate>,
}

impl<'f> ListSink<'f> {
    fn new(
        format: &'f OutputFormat,
        allow_missing_keys: bool,
        single: bool,
        no_headers: bool,
    ) -> Result<Self> {
        let custom = match format {
            OutputFormat::CustomColumns(columns) => Some(
                output::custom_columns::CustomColumnsPrinter::new(columns, no_headers)
                    .map_err(Error::msg)?,
            ),
            _ => None,
        };
        Ok(ListSink {
            format,
            allow_missing_keys,
            single,
            count: 0,
            collected: Vec::new(),
            custom,
            per_item: ItemTemplate::plan(format, allow_missing_keys),
        })
    }

    fn item(&mut self, item: Value, resource: &ApiResource, out: &mut dyn Write) -> Result<()> {
        if self.single && self.custom.is_none() {
            self.collected.push(item);
            return Ok(());
        }
        if let Some(template) = self.per_item.as_mut() {
            if self.count == 0 {
                template.begin(out)?;
            }
            template.item(&item, out)?;
            self.count += 1;
            return Ok(());
        }
        match self.format {
            OutputFormat::Json => {
                if self.count == 0 {
                    out.write_all(b"{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n        ")?;
                } else {
                    out.write_all(b",\n        ")?;
                }
                output::json::write_indented(&mut &mut *out, &item, 2)?;
            }
            OutputFormat::Yaml => {
                if self.count == 0 {
                    out.write_all(b"apiVersion: v1\nitems:\n")?;
                }
                output::yaml::write_list_item(&mut &mut *out, &item)?;
            }
            OutputFormat::Name => {
                let name = item["metadata"]["name"].as_str().unwrap_or_default();
                writeln!(out, "{}/{name}", resource.kind_prefix())?;
            }
            OutputFormat::CustomColumns(_) => match self.custom.as_mut() {
                Some(printer) => printer.add(&item).map_err(Error::msg)?,
                None => self.collected.push(item),
            },
            _ => self.collected.push(item),
        }
        self.count += 1;
        Ok(())
    }

    fn finish(mut self, out: &mut dyn Write) -> Result<()> {
        if let Some(printer) = self.custom.as_mut() {
            for item in &self.collected {
                printer.add(item).map_err(Error::msg)?;
            }
            printer.finish(out)?;
            return Ok(());
        }
        if self.single {
            return match self.collected.into_iter().next() {
                Some(item) => {
                    output::print_object(self.format, &item, None, self.allow_missing_keys, out)
                }
                None => Ok(()),
            };
        }
        if let Some(template) = &self.per_item {
            if self.count == 0 {
                template.begin(out)?;
            }
            return template.end(out);
        }
        match self.format {
            OutputFormat::Json => {
                if self.count == 0 {
                    out.write_all(b"{\n    \"apiVersion\": \"v1\",\n    \"items\": [],\n")?;
                } else {
                    out.write_all(b"\n    ],\n")?;
                }
                out.write_all(b"    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n")?;
                Ok(())
            }
            OutputFormat::Yaml => {
                if self.count == 0 {
                    out.write_all(b"apiVersion: v1\nitems: []\n")?;
                }
                out.write_all(b"kind: List\nmetadata:\n  resourceVersion: \"\"\n")?;
                Ok(())
            }
            OutputFormat::Name => Ok(()),
            _ => {
                let mut list = Map::new();
                list.insert("apiVersion".into(), Value::String("v1".into()));
                list.insert("items".into(), Value::Array(self.collected));
                list.insert("kind".into(), Value::String("List".into()));
                list.insert("metadata".into(), json!({"resourceVersion": ""}));
                output::print_object(
                    self.format,
                    &Value::Object(list),
                    None,
                    self.allow_missing_keys,
                    out,
                )
            }
        }
    }
}
