//! `kctl expose (-f FILE | TYPE NAME)` (kubectl `pkg/cmd/expose`): a Service for a
//! deployment, replica set, replication controller, pod or service, its selector, ports and
//! protocols read from that object as kubectl's polymorphic helpers read them.

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::{Map, Value};

use crate::cli::bool_flag;
use crate::client::Client;
use crate::client::targets::{self, Source};
use crate::cmd::create::sub::{self, post, set_last_applied, string};
use crate::cmd::mutate::{self, DryRun, OperationPrinter, WriteParams};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::generate::service::Expose;

pub fn command() -> Command {
    let mut cmd = Command::new("expose")
        .about("Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service")
        .args(mutate::print_args())
        .arg(bool_flag("record"))
        .arg(mutate::field_manager_arg("kubectl-expose"))
        .arg(mutate::dry_run_arg())
        .arg(bool_flag("save-config"))
        .arg(Arg::new("filename").short('f').long("filename").action(ArgAction::Append))
        .arg(Arg::new("kustomize").short('k').long("kustomize"))
        .arg(bool_flag("recursive").short('R'))
        .arg(Arg::new("overrides").long("overrides"))
        .arg(Arg::new("override-type").long("override-type").default_value("merge"))
        .arg(Arg::new("labels").short('l').long("labels"))
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append));
    for name in [
        "protocol",
        "port",
        "type",
        "load-balancer-ip",
        "selector",
        "target-port",
        "external-ip",
        "name",
        "session-affinity",
        "cluster-ip",
    ] {
        cmd = cmd.arg(Arg::new(name).long(name));
    }
    cmd
}

/// cli-runtime's message when neither arguments nor files name anything.
const NOTHING_NAMED: &str = "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

/// One object to expose and its `Kind.group`.
struct Exposed {
    object: Value,
    group_kind: (String, String),
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let dry_run = mutate::dry_run(m)?;
    let printer = OperationPrinter::from_args(m, "exposed", dry_run)?;
    let args: Vec<String> = sub::array(m, "args");
    let filenames: Vec<String> = sub::array(m, "filename");
    if args.is_empty() && filenames.is_empty() {
        return Err(Error::msg(NOTHING_NAMED));
    }
    let params = WriteParams::from_args(m, dry_run)?;
    let explicit_ns = ctx.globals.overrides.namespace.clone();
    let source = Source::read(
        &args,
        &filenames,
        sub::flag(m, "recursive"),
        &ctx.program,
        ctx.input,
    )?;
    if let Source::Args(targets::ArgForm::Types { names, types }) = &source
        && names.is_empty()
        && !types.is_empty()
    {
        return Err(Error::msg(
            "resource(s) were provided, but no name was specified",
        ));
    }
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let mut errors: Vec<Error> = Vec::new();
        let mut printed = 0;
        let exposed = collect(&client, ctx, &source, explicit_ns.as_deref()).await?;
        for item in exposed {
            match item {
                Err(e) => errors.push(e),
                Ok(ex) => {
                    let result =
                        expose_one(m, &ex, explicit_ns.as_deref(), dry_run).map(|mut svc| {
                            if sub::flag(m, "save-config") && dry_run != DryRun::Client {
                                set_last_applied(&mut svc, true);
                            }
                            svc
                        });
                    let svc = match result {
                        Ok(s) => s,
                        Err(e) => {
                            errors.push(e);
                            continue;
                        }
                    };
                    if dry_run == DryRun::Client {
                        sub::yaml_separator(m, printed, ctx.out)?;
                        printed += 1;
                        printer.print_typed(&svc, ctx.out)?;
                        continue;
                    }
                    let path = format!(
                        "/api/v1/namespaces/{}/services{}",
                        client.namespace,
                        params.query()
                    );
                    match post(&client, &path, &svc, "").await {
                        Ok(mut created) => {
                            crate::generate::order::typed_defaults(&mut created);
                            sub::yaml_separator(m, printed, ctx.out)?;
                            printed += 1;
                            printer.print_typed(&created, ctx.out)?
                        }
                        Err(e) => errors.push(e),
                    }
                }
            }
        }
        match errors.len() {
            0 => Ok(()),
            1 => Err(errors.remove(0)),
            _ => Err(Error::Multiple(
                errors.iter().map(ToString::to_string).collect(),
            )),
        }
    })
}

/// The objects the arguments or files name: fetched from the server for arguments, as written
/// for files (kubectl's builder reads `-f` objects without asking the server).
async fn collect(
    client: &Client,
    ctx: &Ctx<'_>,
    source: &Source,
    explicit_ns: Option<&str>,
) -> Result<Vec<Result<Exposed>>> {
    let mut out = Vec::new();
    match source {
        Source::Manifests(manifests) => {
            let (_, skipped) =
                targets::resolve_with_refresh(client, &ctx.cache_dir(), source, explicit_ns)
                    .await?;
            for s in skipped {
                out.push(Err(Error::msg(s)));
            }
            for m in manifests {
                let api_version = m.object["apiVersion"].as_str().unwrap_or_default();
                let group = api_version.split_once('/').map(|(g, _)| g).unwrap_or("");
                let kind = m.object["kind"].as_str().unwrap_or_default();
                out.push(Ok(Exposed {
                    object: m.object.clone(),
                    group_kind: (kind.to_string(), group.to_string()),
                }));
            }
        }
        Source::Args(_) => {
            let (targets, _) =
                targets::resolve_with_refresh(client, &ctx.cache_dir(), source, explicit_ns)
                    .await?;
            for t in targets {
                for name in &t.names {
                    let path = format!(
                        "{}/{}",
                        t.resource.collection_path(Some(&client.namespace)),
                        name
                    );
                    out.push(client.get_json(&path).await.map(|object| Exposed {
                        object,
                        group_kind: (t.resource.kind.clone(), t.resource.group.clone()),
                    }));
                }
            }
        }
    }
    Ok(out)
}

/// polymorphichelpers `MakeLabels` (kubectl's order is a Go map's: any order parses the same).
fn make_labels(labels: &Map<String, Value>) -> String {
    labels
        .iter()
        .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default()))
        .collect::<Vec<_>>()
        .join(",")
}

/// `mapBasedSelectorForObject`.
fn selector_for(ex: &Exposed) -> std::result::Result<String, String> {
    let o = &ex.object;
    let empty = Map::new();
    match (ex.group_kind.0.as_str(), ex.group_kind.1.as_str()) {
        ("ReplicationController", "") => Ok(make_labels(
            o["spec"]["selector"].as_object().unwrap_or(&empty),
        )),
        ("Pod", "") => match o["metadata"]["labels"].as_object() {
            Some(l) if !l.is_empty() => Ok(make_labels(l)),
            _ => Err("the pod has no labels and cannot be exposed".into()),
        },
        ("Service", "") => match o["spec"]["selector"].as_object() {
            Some(s) => Ok(make_labels(s)),
            None => Err("the service has no pod selector set".into()),
        },
        (kind @ ("Deployment" | "ReplicaSet"), "apps") => {
            let what = if kind == "Deployment" {
                "deployment"
            } else {
                "replicaset"
            };
            let sel = &o["spec"]["selector"];
            match sel["matchLabels"].as_object() {
                Some(l) if !l.is_empty() => {
                    if let Some(exprs) = sel["matchExpressions"].as_array()
                        && !exprs.is_empty()
                    {
                        return Err(format!(
                            "couldn't convert expressions - \"{}\" to map-based selector format",
                            go_requirements(exprs)
                        ));
                    }
                    Ok(make_labels(l))
                }
                _ => Err(format!(
                    "invalid {what}: no selectors, therefore cannot be exposed"
                )),
            }
        }
        _ => Err(format!(
            "cannot extract pod selector from *v1.{}",
            ex.group_kind.0
        )),
    }
}

/// Go's `%+v` of `[]LabelSelectorRequirement`.
fn go_requirements(exprs: &[Value]) -> String {
    let items: Vec<String> = exprs
        .iter()
        .map(|e| {
            let values: Vec<&str> = e["values"]
                .as_array()
                .map(|v| v.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            format!(
                "{{Key:{} Operator:{} Values:[{}]}}",
                e["key"].as_str().unwrap_or_default(),
                e["operator"].as_str().unwrap_or_default(),
                values.join(" ")
            )
        })
        .collect();
    format!("[{}]", items.join(" "))
}

/// The pod spec whose container ports count, or the service spec.
fn port_sources(ex: &Exposed) -> Option<(Vec<(i64, String)>, bool)> {
    let o = &ex.object;
    let pod_spec = match (ex.group_kind.0.as_str(), ex.group_kind.1.as_str()) {
        ("Pod", "") => &o["spec"],
        ("ReplicationController", "") | ("Deployment", "apps") | ("ReplicaSet", "apps") => {
            &o["spec"]["template"]["spec"]
        }
        ("Service", "") => {
            let ports = o["spec"]["ports"]
                .as_array()
                .map(|ports| {
                    ports
                        .iter()
                        .map(|p| {
                            (
                                p["port"].as_i64().unwrap_or_default(),
                                p["protocol"].as_str().unwrap_or("TCP").to_string(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            return Some((ports, true));
        }
        _ => return None,
    };
    let mut ports = Vec::new();
    for c in pod_spec["containers"].as_array().into_iter().flatten() {
        for p in c["ports"].as_array().into_iter().flatten() {
            ports.push((
                p["containerPort"].as_i64().unwrap_or_default(),
                p["protocol"].as_str().unwrap_or("TCP").to_string(),
            ));
        }
    }
    Some((ports, false))
}

/// The service for one object (RunExpose's visitor, up to the create).
fn expose_one(
    m: &ArgMatches,
    ex: &Exposed,
    explicit_ns: Option<&str>,
    dry_run: DryRun,
) -> Result<Value> {
    let (kind, group) = (&ex.group_kind.0, &ex.group_kind.1);
    let exposable = matches!(
        (kind.as_str(), group.as_str()),
        ("ReplicationController" | "Service" | "Pod", "")
            | ("Deployment" | "ReplicaSet", "apps" | "extensions")
    );
    if !exposable {
        let gk = if group.is_empty() {
            kind.clone()
        } else {
            format!("{kind}.{group}")
        };
        return Err(Error::msg(format!("cannot expose a {gk}")));
    }
    let mut name = ex.object["metadata"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    name.truncate(63);
    let mut selector = string(m, "selector");
    if selector.is_empty() {
        selector = selector_for(ex).map_err(|e| {
            Error::msg(format!(
                "couldn't retrieve selectors via --selector flag or introspection: {e}"
            ))
        })?;
    }
    let cluster_ip = string(m, "cluster-ip");
    let mut port = string(m, "port");
    let mut ports = String::new();
    let (found, _) = port_sources(ex).unwrap_or_default();
    if port.is_empty() {
        let mut unique: Vec<String> = Vec::new();
        for (p, _) in &found {
            let s = p.to_string();
            if !unique.contains(&s) {
                unique.push(s);
            }
        }
        match unique.len() {
            0 if cluster_ip != "None" => {
                return Err(Error::msg(
                    "couldn't find port via --port flag or introspection",
                ));
            }
            0 => {}
            1 => port = unique.remove(0),
            _ => ports = unique.join(","),
        }
    }
    let mut protocols: Vec<(String, String)> = Vec::new();
    for (p, proto) in &found {
        let entry = (p.to_string(), proto.clone());
        if !protocols.contains(&entry) {
            protocols.push(entry);
        }
    }
    let mut labels = string(m, "labels");
    if labels.is_empty()
        && let Some(l) = ex.object["metadata"]["labels"].as_object()
    {
        labels = make_labels(l);
    }
    let service = Expose {
        name: string(m, "name"),
        default_name: name,
        namespace: explicit_ns
            .filter(|_| dry_run == DryRun::Client)
            .map(str::to_string),
        selector,
        labels,
        port,
        ports,
        protocol: string(m, "protocol"),
        protocols,
        target_port: string(m, "target-port"),
        external_ip: string(m, "external-ip"),
        service_type: string(m, "type"),
        load_balancer_ip: string(m, "load-balancer-ip"),
        session_affinity: string(m, "session-affinity"),
        cluster_ip,
    };
    let mut svc = service.generate().map_err(sub::refused)?;
    let overrides = string(m, "overrides");
    if !overrides.is_empty() {
        let patch: Value =
            serde_json::from_str(&overrides).map_err(|_| Error::msg("Invalid JSON Patch"))?;
        svc = crate::merge::json_merge::apply(&svc, &patch);
    }
    Ok(svc)
}
