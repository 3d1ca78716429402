//! The `create <kind>` subcommands: each one's flags, kubectl's checks in kubectl's order
//! (required flags, `NAME`, `Complete`, `Validate`), its generator and where its typed client
//! posts. One function per subcommand, named after kubectl's file.

use clap::{Arg, ArgMatches, Command};
use serde_json::Value;

use super::sub::{
    self, Endpoint, Sub, array, array_flag, changed, flag, refused, require, slice, slice_flag,
    string,
};
use crate::cli::bool_flag;
use crate::client::Client;
use crate::client::discovery::Discovery;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::generate::{data, misc, rbac, service, workloads};

const CORE: &str = "/api/v1";
const APPS: &str = "/apis/apps/v1";
const BATCH: &str = "/apis/batch/v1";
const RBAC: &str = "/apis/rbac.authorization.k8s.io/v1";
const NETWORKING: &str = "/apis/networking.k8s.io/v1";
const POLICY: &str = "/apis/policy/v1";
const SCHEDULING: &str = "/apis/scheduling.k8s.io/v1";

/// pflag's integer flags: Go's `strconv.ParseInt` text on a bad value.
fn int_flag(name: &'static str, default: &'static str) -> Arg {
    Arg::new(name)
        .long(name)
        .default_value(default)
        .value_parser(|s: &str| {
            s.parse::<i32>()
                .map_err(|_| format!("strconv.ParseInt: parsing {s:?}: invalid syntax"))
        })
}

fn int(m: &ArgMatches, id: &str) -> i32 {
    m.get_one::<i32>(id).copied().unwrap_or_default()
}

/// The subcommands of `create` (and `create secret`, `create service`) in kubectl's order.
pub fn commands() -> Vec<Command> {
    vec![
        sub::command("namespace", "Create a namespace with the specified name").alias("ns"),
        sub::command("quota", "Create a quota with the specified name")
            .alias("resourcequota")
            .arg(Arg::new("hard").long("hard"))
            .arg(Arg::new("scopes").long("scopes")),
        Command::new("secret")
            .about("Create a secret using a specified subcommand")
            .allow_external_subcommands(true)
            .subcommand(
                data_sources(sub::command(
                    "generic",
                    "Create a secret from a local file, directory, or literal value",
                ))
                .arg(Arg::new("type").long("type"))
                .arg(bool_flag("append-hash")),
            )
            .subcommand(
                sub::command("tls", "Create a TLS secret")
                    .arg(Arg::new("cert").long("cert"))
                    .arg(Arg::new("key").long("key"))
                    .arg(bool_flag("append-hash")),
            )
            .subcommand(
                sub::command(
                    "docker-registry",
                    "Create a secret for use with a Docker registry",
                )
                .arg(Arg::new("docker-username").long("docker-username"))
                .arg(Arg::new("docker-password").long("docker-password"))
                .arg(Arg::new("docker-email").long("docker-email"))
                .arg(
                    Arg::new("docker-server")
                        .long("docker-server")
                        .default_value("https://index.docker.io/v1/"),
                )
                .arg(bool_flag("append-hash"))
                .arg(slice_flag("from-file")),
            ),
        data_sources(sub::command(
            "configmap",
            "Create a config map from a local file, directory or literal value",
        ))
        .alias("cm")
        .arg(bool_flag("append-hash")),
        sub::command(
            "serviceaccount",
            "Create a service account with the specified name",
        )
        .alias("sa"),
        Command::new("service")
            .alias("svc")
            .allow_external_subcommands(true)
            .about("Create a service using a specified subcommand")
            .subcommand(
                sub::command("clusterip", "Create a ClusterIP service")
                    .arg(slice_flag("tcp"))
                    .arg(Arg::new("clusterip").long("clusterip")),
            )
            .subcommand(
                sub::command("nodeport", "Create a NodePort service")
                    .arg(slice_flag("tcp"))
                    .arg(
                        Arg::new("node-port")
                            .long("node-port")
                            .default_value("0")
                            .value_parser(|s: &str| {
                                s.parse::<i64>().map_err(|_| {
                                    format!("strconv.ParseInt: parsing {s:?}: invalid syntax")
                                })
                            }),
                    ),
            )
            .subcommand(
                sub::command("loadbalancer", "Create a LoadBalancer service")
                    .arg(slice_flag("tcp")),
            )
            .subcommand(
                sub::command("externalname", "Create an ExternalName service")
                    .arg(slice_flag("tcp"))
                    .arg(Arg::new("external-name").long("external-name")),
            ),
        sub::command("deployment", "Create a deployment with the specified name")
            .alias("deploy")
            .arg(slice_flag("image"))
            .arg(int_flag("port", "-1"))
            .arg(int_flag("replicas", "1").short('r')),
        rbac_flags(sub::command("clusterrole", "Create a cluster role"))
            .arg(slice_flag("non-resource-url"))
            .arg(array_flag("aggregation-rule")),
        binding_flags(
            sub::command(
                "clusterrolebinding",
                "Create a cluster role binding for a particular cluster role",
            ),
            false,
        ),
        rbac_flags(sub::command("role", "Create a role with single rule")),
        binding_flags(
            sub::command(
                "rolebinding",
                "Create a role binding for a particular role or cluster role",
            ),
            true,
        ),
        sub::command(
            "poddisruptionbudget",
            "Create a pod disruption budget with the specified name",
        )
        .alias("pdb")
        .arg(Arg::new("min-available").long("min-available"))
        .arg(Arg::new("max-unavailable").long("max-unavailable"))
        .arg(Arg::new("selector").long("selector")),
        sub::command(
            "priorityclass",
            "Create a priority class with the specified name",
        )
        .alias("pc")
        .arg(int_flag("value", "0"))
        .arg(bool_flag("global-default"))
        .arg(Arg::new("description").long("description"))
        .arg(
            Arg::new("preemption-policy")
                .long("preemption-policy")
                .default_value("PreemptLowerPriority"),
        ),
        sub::command("job", "Create a job with the specified name")
            .arg(Arg::new("image").long("image"))
            .arg(Arg::new("from").long("from")),
        sub::command("cronjob", "Create a cron job with the specified name")
            .alias("cj")
            .arg(Arg::new("image").long("image"))
            .arg(Arg::new("schedule").long("schedule"))
            .arg(Arg::new("restart").long("restart")),
        sub::command("ingress", "Create an ingress with the specified name")
            .alias("ing")
            .arg(Arg::new("class").long("class"))
            .arg(array_flag("rule"))
            .arg(Arg::new("default-backend").long("default-backend"))
            .arg(array_flag("annotation")),
        super::token::command(),
    ]
}

fn data_sources(cmd: Command) -> Command {
    cmd.arg(slice_flag("from-file"))
        .arg(array_flag("from-literal"))
        .arg(slice_flag("from-env-file"))
}

fn rbac_flags(cmd: Command) -> Command {
    cmd.arg(slice_flag("verb"))
        .arg(slice_flag("resource"))
        .arg(array_flag("resource-name"))
}

fn binding_flags(cmd: Command, role: bool) -> Command {
    let cmd = cmd
        .arg(Arg::new("clusterrole").long("clusterrole"))
        .arg(array_flag("user"))
        .arg(array_flag("group"))
        .arg(array_flag("serviceaccount"));
    if role {
        cmd.arg(Arg::new("role").long("role"))
    } else {
        cmd
    }
}

/// Runs `create <name>` (`path` is `kubectl create …` for usage errors).
pub fn run(name: &str, m: &ArgMatches, ctx: &mut Ctx, path: &str) -> Result<()> {
    match name {
        "namespace" => {
            let s = Sub::complete(m, ctx, path)?;
            let obj = misc::namespace(&s.name);
            s.create(ctx, obj, Endpoint::cluster(CORE, "namespaces"), "")
        }
        "serviceaccount" => {
            let s = Sub::complete(m, ctx, path)?;
            let obj = misc::service_account(&s.name, s.ns());
            s.create(
                ctx,
                obj,
                Endpoint::namespaced(CORE, "serviceaccounts"),
                "failed to create serviceaccount: ",
            )
        }
        "quota" => {
            let s = Sub::complete(m, ctx, path)?;
            let obj = misc::quota(&s.name, s.ns(), &string(m, "hard"), &string(m, "scopes"))
                .map_err(refused)?;
            s.create(
                ctx,
                obj,
                Endpoint::namespaced(CORE, "resourcequotas"),
                "failed to create quota: ",
            )
        }
        "configmap" => {
            let s = Sub::complete(m, ctx, path)?;
            let sources = sources(m);
            sources.validate().map_err(refused)?;
            let obj = data::configmap(&s.name, s.ns(), &sources, flag(m, "append-hash"))
                .map_err(refused)?;
            s.create(
                ctx,
                obj,
                Endpoint::namespaced(CORE, "configmaps"),
                "failed to create configmap: ",
            )
        }
        "deployment" => {
            require(m, &["image"])?;
            let s = Sub::complete(m, ctx, path)?;
            let d = workloads::Deployment {
                name: s.name.clone(),
                namespace: s.namespace.clone(),
                images: slice(m, "image"),
                replicas: int(m, "replicas"),
                port: int(m, "port"),
                command: sub::after_dash(m),
            };
            d.validate().map_err(refused)?;
            s.create(
                ctx,
                d.generate(),
                Endpoint::namespaced(APPS, "deployments"),
                "failed to create deployment: ",
            )
        }
        "job" => job(m, ctx, path),
        "cronjob" => {
            require(m, &["image", "schedule"])?;
            let s = Sub::complete(m, ctx, path)?;
            let mut restart = string(m, "restart");
            if restart.is_empty() {
                restart = "OnFailure".into();
            }
            let obj = workloads::cronjob(
                &s.name,
                s.ns(),
                &string(m, "image"),
                &string(m, "schedule"),
                &restart,
                &sub::after_dash(m),
            );
            s.create(
                ctx,
                obj,
                Endpoint::namespaced(BATCH, "cronjobs"),
                "failed to create cronjob: ",
            )
        }
        "ingress" => {
            let s = Sub::complete(m, ctx, path)?;
            let ing = service::Ingress {
                name: s.name.clone(),
                namespace: s.namespace.clone(),
                class: string(m, "class"),
                rules: array(m, "rule"),
                default_backend: string(m, "default-backend"),
                annotations: array(m, "annotation"),
            };
            ing.validate().map_err(refused)?;
            s.create(
                ctx,
                ing.generate(),
                Endpoint::namespaced(NETWORKING, "ingresses"),
                "failed to create ingress: ",
            )
        }
        "role" | "clusterrole" => role(name == "clusterrole", m, ctx, path),
        "rolebinding" | "clusterrolebinding" => binding(name == "rolebinding", m, ctx, path),
        "poddisruptionbudget" => {
            let s = Sub::complete(m, ctx, path)?;
            let pdb = misc::Pdb {
                name: s.name.clone(),
                namespace: s.namespace.clone(),
                selector: string(m, "selector"),
                min_available: string(m, "min-available"),
                max_unavailable: string(m, "max-unavailable"),
            };
            pdb.validate().map_err(refused)?;
            let obj = pdb.generate().map_err(refused)?;
            s.create(
                ctx,
                obj,
                Endpoint::namespaced(POLICY, "poddisruptionbudgets"),
                "failed to create poddisruptionbudgets: ",
            )
        }
        "priorityclass" => {
            let s = Sub::complete(m, ctx, path)?;
            let obj = misc::priority_class(
                &s.name,
                int(m, "value"),
                flag(m, "global-default"),
                &string(m, "description"),
                &string(m, "preemption-policy"),
            );
            s.create(
                ctx,
                obj,
                Endpoint::cluster(SCHEDULING, "priorityclasses"),
                "failed to create priorityclass: ",
            )
        }
        "token" => super::token::run(m, ctx, path),
        _ => Err(Error::msg(format!("unknown command {name:?}"))),
    }
}

/// `create secret <type>`.
pub fn run_secret(kind: &str, m: &ArgMatches, ctx: &mut Ctx, path: &str) -> Result<()> {
    let endpoint = Endpoint::namespaced(CORE, "secrets");
    let wrap = "failed to create secret ";
    match kind {
        "generic" => {
            let s = Sub::complete(m, ctx, path)?;
            let sources = sources(m);
            sources.validate().map_err(refused)?;
            let mut d = data::SecretData::default();
            d.add_sources(&sources).map_err(refused)?;
            let obj = d.into_secret(&s.name, s.ns(), &string(m, "type"), flag(m, "append-hash"));
            s.create(ctx, obj, endpoint, wrap)
        }
        "tls" => {
            let s = Sub::complete(m, ctx, path)?;
            let (cert, key) = (string(m, "cert"), string(m, "key"));
            if cert.is_empty() || key.is_empty() {
                return Err(Error::msg("key and cert must be specified"));
            }
            let cert_bytes = data::read_tls_file(&cert).map_err(refused)?;
            let key_bytes = data::read_tls_file(&key).map_err(refused)?;
            data::check_key_pair(&cert_bytes, &key_bytes).map_err(refused)?;
            let mut d = data::SecretData::default();
            d.add("tls.crt", cert_bytes).map_err(refused)?;
            d.add("tls.key", key_bytes).map_err(refused)?;
            let obj = d.into_secret(&s.name, s.ns(), "kubernetes.io/tls", flag(m, "append-hash"));
            s.create(ctx, obj, endpoint, wrap)
        }
        "docker-registry" => {
            let s = Sub::complete(m, ctx, path)?;
            // A file without `key=` becomes the `.dockerconfigjson` key (Complete).
            let files: Vec<String> = slice(m, "from-file")
                .into_iter()
                .map(|f| {
                    if f.contains('=') {
                        f
                    } else {
                        format!(".dockerconfigjson={f}")
                    }
                })
                .collect();
            let (user, password, email, server) = (
                string(m, "docker-username"),
                string(m, "docker-password"),
                string(m, "docker-email"),
                string(m, "docker-server"),
            );
            if files.is_empty() && (user.is_empty() || password.is_empty() || server.is_empty()) {
                return Err(Error::msg(
                    "either --from-file or the combination of --docker-username, --docker-password and --docker-server is required",
                ));
            }
            let mut d = data::SecretData::default();
            if files.is_empty() {
                let config = data::docker_config_json(&user, &password, &email, &server);
                d.add(".dockerconfigjson", config.into_bytes())
                    .map_err(refused)?;
            } else {
                d.add_files(&files).map_err(refused)?;
            }
            let obj = d.into_secret(
                &s.name,
                s.ns(),
                "kubernetes.io/dockerconfigjson",
                flag(m, "append-hash"),
            );
            s.create(ctx, obj, endpoint, wrap)
        }
        _ => Err(unknown(kind, "kubectl create secret")),
    }
}

/// cobra's refusal of an unknown subcommand of a group command.
fn unknown(name: &str, parent: &str) -> Error {
    Error::Usage {
        message: format!("unknown command {name:?}"),
        command: parent.to_string(),
    }
}

/// `create service <type>`.
pub fn run_service(kind: &str, m: &ArgMatches, ctx: &mut Ctx, path: &str) -> Result<()> {
    let service_type = match kind {
        "clusterip" => "ClusterIP",
        "nodeport" => "NodePort",
        "loadbalancer" => "LoadBalancer",
        "externalname" => "ExternalName",
        other => return Err(unknown(other, "kubectl create service")),
    };
    if kind == "externalname" {
        require(m, &["external-name"])?;
    }
    let mut s = Sub::complete(m, ctx, path)?;
    // create_service.go never reads --save-config (it has the flag, but no CreateAnnotation).
    s.save_config = false;
    let svc = service::CreateService {
        name: s.name.clone(),
        namespace: s.namespace.clone(),
        service_type: service_type.to_string(),
        tcp: slice(m, "tcp"),
        cluster_ip: string(m, "clusterip"),
        node_port: m
            .try_get_one::<i64>("node-port")
            .ok()
            .flatten()
            .copied()
            .unwrap_or_default(),
        external_name: string(m, "external-name"),
    };
    svc.validate().map_err(refused)?;
    let obj = svc.generate().map_err(refused)?;
    s.create(
        ctx,
        obj,
        Endpoint::namespaced(CORE, "services"),
        &format!("failed to create {service_type} service: "),
    )
}

fn sources(m: &ArgMatches) -> data::Sources {
    data::Sources {
        files: slice(m, "from-file"),
        literals: array(m, "from-literal"),
        env_files: slice(m, "from-env-file"),
    }
}

/// `create job`: from an image, or from an existing CronJob (`--from=cronjob/NAME`).
fn job(m: &ArgMatches, ctx: &mut Ctx, path: &str) -> Result<()> {
    let s = Sub::complete(m, ctx, path)?;
    let image = string(m, "image");
    let from = string(m, "from");
    let command = sub::after_dash(m);
    if image.is_empty() == from.is_empty() {
        return Err(Error::msg("either --image or --from must be specified"));
    }
    if !command.is_empty() && !from.is_empty() {
        return Err(Error::msg("cannot specify --from and command"));
    }
    let endpoint = Endpoint::namespaced(BATCH, "jobs");
    let wrap = "failed to create job: ";
    if !image.is_empty() {
        let obj = workloads::job(&s.name, s.ns(), &image, &command);
        return s.create(ctx, obj, endpoint, wrap);
    }
    let cronjob = crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let source = crate::client::targets::Source::read(
            std::slice::from_ref(&from),
            &[],
            false,
            &ctx.program,
            ctx.input,
        )?;
        let (targets, _) =
            crate::client::targets::resolve_with_refresh(&client, &ctx.cache_dir(), &source, None)
                .await?;
        let mut objects = Vec::new();
        for t in &targets {
            for n in &t.names {
                let p = format!(
                    "{}/{}",
                    t.resource.collection_path(Some(&client.namespace)),
                    n
                );
                let mut o = client.get_json(&p).await?;
                o["__kind"] = Value::String(format!("{}.{}", t.resource.kind, t.resource.group));
                objects.push(o);
            }
        }
        Ok(objects)
    })?;
    if cronjob.len() != 1 {
        return Err(Error::msg("from must be an existing cronjob"));
    }
    let cj = &cronjob[0];
    if cj["__kind"] != "CronJob.batch" {
        // Every built-in API package is named `v1`, so Go's `%T` reads `*v1.Kind`.
        let kind = cj["__kind"].as_str().unwrap_or_default();
        let k = kind.split('.').next().unwrap_or(kind);
        return Err(Error::msg(format!("unknown object type *v1.{k}")));
    }
    let obj = workloads::job_from_cronjob(&s.name, s.ns(), cj);
    s.create(ctx, obj, endpoint, wrap)
}

/// `create role` / `create clusterrole`.
fn role(cluster: bool, m: &ArgMatches, ctx: &mut Ctx, path: &str) -> Result<()> {
    let non_resource_urls = rbac::dedup(&slice(m, "non-resource-url"));
    let s = Sub::complete(m, ctx, path)?;
    let verbs = rbac::dedup_verbs(&slice(m, "verb"));
    let resources = rbac::parse_resources(&slice(m, "resource"));
    let resource_names = rbac::dedup(&array(m, "resource-name"));
    let aggregation = if cluster && changed(m, "aggregation-rule") {
        Some(rbac::parse_aggregation_rule(&array(m, "aggregation-rule")).map_err(Error::msg)?)
    } else {
        None
    };
    let warn = |ctx: &mut Ctx, verbs: &[String]| -> Result<()> {
        for v in verbs {
            if !rbac::VALID_RESOURCE_VERBS.contains(&v.as_str()) {
                writeln!(ctx.err, "Warning: '{v}' is not a standard resource verb")?;
            }
        }
        Ok(())
    };
    if let Some(labels) = &aggregation
        && !labels.is_empty()
    {
        if !non_resource_urls.is_empty()
            || !verbs.is_empty()
            || !resources.is_empty()
            || !resource_names.is_empty()
        {
            return Err(Error::msg(
                "aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames",
            ));
        }
        let obj = rbac::cluster_role(&s.name, Vec::new(), Some(labels));
        return s.create(ctx, obj, Endpoint::cluster(RBAC, "clusterroles"), "");
    }
    if verbs.is_empty() {
        return Err(Error::msg("at least one verb must be specified"));
    }
    if cluster {
        if resources.is_empty() && non_resource_urls.is_empty() {
            return Err(Error::msg(
                "one of resource or nonResourceURL must be specified",
            ));
        }
        let mut discovery = Discovery::default();
        if !resources.is_empty() {
            warn(ctx, &verbs)?;
            discovery = fetch_discovery(ctx)?;
            validate_resources(&resources, &verbs, &|r| resolve_resource(&discovery, r))?;
        }
        if !non_resource_urls.is_empty() {
            for v in &verbs {
                if !rbac::VALID_NON_RESOURCE_VERBS.contains(&v.as_str()) {
                    return Err(Error::msg(format!(
                        "invalid verb: '{v}' for nonResourceURL"
                    )));
                }
            }
            for url in &non_resource_urls {
                if url == "*" {
                    continue;
                }
                if !url.starts_with('/') {
                    return Err(Error::msg("nonResourceURL should start with /"));
                }
                if url[..url.len() - 1].contains('*') {
                    return Err(Error::msg(
                        "nonResourceURL only supports wildcard matches when '*' is at the end",
                    ));
                }
            }
        }
        let rules = rbac::policy_rules(
            &verbs,
            &resources,
            &resource_names,
            &non_resource_urls,
            &|r| resolve_resource(&discovery, r),
        );
        let obj = rbac::cluster_role(&s.name, rules, None);
        return s.create(ctx, obj, Endpoint::cluster(RBAC, "clusterroles"), "");
    }
    warn(ctx, &verbs)?;
    if resources.is_empty() {
        return Err(Error::msg("at least one resource must be specified"));
    }
    let discovery = fetch_discovery(ctx)?;
    let resolve = |r: &rbac::ResourceArg| resolve_resource(&discovery, r);
    validate_resources(&resources, &verbs, &resolve)?;
    let rules = rbac::policy_rules(&verbs, &resources, &resource_names, &[], &resolve);
    let obj = rbac::role(&s.name, s.ns(), rules);
    s.create(ctx, obj, Endpoint::namespaced(RBAC, "roles"), "")
}

/// Discovery for kubectl's REST mapper, read only when a resource needs resolving.
fn fetch_discovery(ctx: &Ctx) -> Result<Discovery> {
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        client.discovery(&ctx.cache_dir(), false).await
    })
}

/// The mapper's refusal of an unknown resource prints without `error: `.
fn validate_resources(
    resources: &[rbac::ResourceArg],
    verbs: &[String],
    resolve: rbac::Resolver,
) -> Result<()> {
    rbac::validate_resources(resources, verbs, resolve).map_err(|e| {
        if e.0.starts_with("the server doesn't have") {
            Error::Raw(e.0)
        } else {
            refused(e)
        }
    })
}

/// RESTMapper `ResourceFor`: plural, singular or short name, in the given group or any.
fn resolve_resource(
    discovery: &Discovery,
    r: &rbac::ResourceArg,
) -> std::result::Result<(String, String), String> {
    let name = r.resource.to_lowercase();
    let group_ok = |g: &str| r.group.is_empty() || g == r.group;
    let candidates = || discovery.resources.iter().filter(|x| group_ok(&x.group));
    let found = candidates()
        .find(|x| x.resource == name)
        .or_else(|| candidates().find(|x| x.singular == name))
        .or_else(|| candidates().find(|x| x.short_names.contains(&name)));
    match found {
        Some(x) => Ok((x.group.clone(), x.resource.clone())),
        None if r.group.is_empty() => Err(format!(
            "the server doesn't have a resource type {:?}",
            r.resource
        )),
        None => Err(format!(
            "the server doesn't have a resource type {:?} in group {:?}",
            r.resource, r.group
        )),
    }
}

/// `create rolebinding` / `create clusterrolebinding`.
fn binding(namespaced: bool, m: &ArgMatches, ctx: &mut Ctx, path: &str) -> Result<()> {
    if !namespaced {
        require(m, &["clusterrole"])?;
    }
    let s = Sub::complete(m, ctx, path)?;
    let cluster_role = string(m, "clusterrole");
    let role = string(m, "role");
    if namespaced && cluster_role.is_empty() == role.is_empty() {
        return Err(Error::msg(
            "exactly one of clusterrole or role must be specified",
        ));
    }
    let subjects = rbac::Subjects {
        users: array(m, "user"),
        groups: array(m, "group"),
        service_accounts: array(m, "serviceaccount"),
    };
    let (role_kind, role_name) = if role.is_empty() {
        ("ClusterRole", cluster_role)
    } else {
        ("Role", role)
    };
    if namespaced {
        let obj = rbac::binding(
            "RoleBinding",
            &s.name,
            s.ns(),
            role_kind,
            &role_name,
            &subjects,
        )
        .map_err(refused)?;
        s.create(
            ctx,
            obj,
            Endpoint::namespaced(RBAC, "rolebindings"),
            "failed to create rolebinding: ",
        )
    } else {
        let obj = rbac::binding(
            "ClusterRoleBinding",
            &s.name,
            None,
            role_kind,
            &role_name,
            &subjects,
        )
        .map_err(refused)?;
        s.create(
            ctx,
            obj,
            Endpoint::cluster(RBAC, "clusterrolebindings"),
            "failed to create clusterrolebinding: ",
        )
    }
}
