//! `kctl run NAME --image=…` (kubectl `pkg/cmd/run`): one Pod from kubectl's `run-pod/v1`
//! generator, with `--overrides` applied, and `--expose` for a ClusterIP service beside it.
//! Attaching (`-i`, `-t`, `--attach`, `--rm`) hands the created pod to
//! `remote::run_attach` (wait, attach or show the log, exit status, removal).

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::Value;

use crate::cli::bool_flag;
use crate::client::Client;
use crate::cmd::create::sub::{self, array, changed, flag, post, set_last_applied, string};
use crate::cmd::mutate::{self, DryRun, OperationPrinter, WriteParams};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::generate::service::Expose;
use crate::generate::workloads::RunPod;

const PATH: &str = "kubectl run";

pub fn command() -> Command {
    Command::new("run")
        .about("Run a particular image on the cluster")
        .arg(mutate::dry_run_arg())
        .arg(mutate::field_manager_arg("kubectl-run"))
        .args(mutate::print_args())
        .arg(bool_flag("save-config"))
        .arg(bool_flag("record"))
        .arg(Arg::new("image").long("image"))
        .arg(
            Arg::new("annotations")
                .long("annotations")
                .action(ArgAction::Append),
        )
        .arg(Arg::new("image-pull-policy").long("image-pull-policy"))
        .arg(bool_flag("rm"))
        .arg(Arg::new("env").long("env").action(ArgAction::Append))
        .arg(Arg::new("port").long("port"))
        .arg(Arg::new("labels").short('l').long("labels"))
        .arg(bool_flag("stdin").short('i'))
        .arg(bool_flag("tty").short('t'))
        .arg(bool_flag("attach"))
        .arg(bool_flag("leave-stdin-open"))
        .arg(Arg::new("restart").long("restart").default_value("Always"))
        .arg(bool_flag("command"))
        .arg(bool_flag("expose"))
        .arg(bool_flag("quiet").short('q'))
        .arg(bool_flag("privileged"))
        .arg(Arg::new("overrides").long("overrides"))
        .arg(
            Arg::new("override-type")
                .long("override-type")
                .default_value("merge"),
        )
        .arg(
            Arg::new("pod-running-timeout")
                .long("pod-running-timeout")
                .default_value("1m0s"),
        )
        // kubectl's DeleteFlags, used only with --rm.
        .arg(
            Arg::new("filename")
                .short('f')
                .long("filename")
                .action(ArgAction::Append),
        )
        .arg(Arg::new("kustomize").short('k').long("kustomize"))
        .arg(bool_flag("recursive").short('R'))
        .arg(
            Arg::new("cascade")
                .long("cascade")
                .default_value("background"),
        )
        .arg(
            Arg::new("grace-period")
                .long("grace-period")
                .default_value("-1"),
        )
        .arg(bool_flag("force"))
        .arg(bool_flag("now"))
        .arg(Arg::new("timeout").long("timeout").default_value("0s"))
        .arg(bool_flag("wait"))
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
        .arg(
            Arg::new("after-dash")
                .num_args(0..)
                .last(true)
                .action(ArgAction::Append),
        )
}

fn usage(message: impl Into<String>) -> Error {
    Error::Usage {
        message: message.into(),
        command: PATH.into(),
    }
}

/// docker/distribution `reference.ReferenceRegexp`: `[domain/]path[:tag][@digest]`.
pub fn valid_image_reference(image: &str) -> bool {
    let (rest, digest) = match image.split_once('@') {
        Some((r, d)) => (r, Some(d)),
        None => (image, None),
    };
    if let Some(d) = digest {
        let Some((alg, hex)) = d.split_once(':') else {
            return false;
        };
        let alg_ok = alg.split(['-', '_', '+', '.']).all(|c| {
            c.chars().next().is_some_and(|f| f.is_ascii_alphabetic())
                && c.chars().all(|x| x.is_ascii_alphanumeric())
        });
        if !alg_ok || hex.len() < 32 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return false;
        }
    }
    let (name, tag) = match rest.rsplit_once(':') {
        Some((n, t)) if !t.contains('/') => (n, Some(t)),
        _ => (rest, None),
    };
    if let Some(t) = tag {
        let ok = !t.is_empty()
            && t.len() <= 128
            && t.chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
            && t.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
        if !ok {
            return false;
        }
    }
    let parts: Vec<&str> = name.split('/').collect();
    let component = |c: &str| {
        let b = c.as_bytes();
        if b.is_empty() || !b[0].is_ascii_lowercase() && !b[0].is_ascii_digit() {
            return false;
        }
        if !b[b.len() - 1].is_ascii_lowercase() && !b[b.len() - 1].is_ascii_digit() {
            return false;
        }
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                c if c.is_ascii_lowercase() || c.is_ascii_digit() => i += 1,
                b'.' => {
                    if !b[i + 1].is_ascii_alphanumeric() {
                        return false;
                    }
                    i += 1;
                }
                b'_' => {
                    if b[i + 1] == b'_' {
                        i += 1;
                    }
                    if !b[i + 1].is_ascii_alphanumeric() {
                        return false;
                    }
                    i += 1;
                }
                b'-' => {
                    while b[i] == b'-' {
                        i += 1;
                    }
                }
                _ => return false,
            }
        }
        true
    };
    let domain = |d: &str| {
        let (host, port) = match d.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (d, None),
        };
        port.is_none_or(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
            && !host.is_empty()
            && host.split('.').all(|l| {
                !l.is_empty()
                    && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                    && !l.starts_with('-')
                    && !l.ends_with('-')
            })
    };
    let all_components = |ps: &[&str]| !ps.is_empty() && ps.iter().all(|c| component(c));
    if name.len() > 255 {
        return false;
    }
    all_components(&parts) || (parts.len() > 1 && domain(parts[0]) && all_components(&parts[1..]))
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    sub::require(m, &["image"])?;
    let dry_run = mutate::dry_run(m)?;
    let printer = OperationPrinter::from_args(m, "created", dry_run)?;
    let interactive = flag(m, "stdin");
    let tty = flag(m, "tty");
    let mut attach = flag(m, "attach");
    if !changed(m, "attach") && interactive {
        attach = true;
    }
    let args = array(m, "args");
    if args.is_empty() {
        return Err(usage("NAME is required for run"));
    }
    let timeout = string(m, "pod-running-timeout");
    if crate::cli::parse_go_duration(&timeout).is_none() {
        return Err(usage(format!("time: invalid duration {timeout:?}")));
    }
    let image = string(m, "image");
    if image.is_empty() {
        return Err(Error::msg("--image is required"));
    }
    if !valid_image_reference(&image) {
        return Err(Error::msg(format!(
            "Invalid image name {image:?}: invalid reference format"
        )));
    }
    if tty && !interactive {
        return Err(usage(
            "-i/--stdin is required for containers with -t/--tty=true",
        ));
    }
    let expose = flag(m, "expose");
    let port = string(m, "port");
    if expose && port.is_empty() {
        return Err(usage("--port must be set when exposing a service"));
    }
    let restart = string(m, "restart");
    if !matches!(restart.as_str(), "" | "Always" | "OnFailure" | "Never") {
        return Err(usage(format!("invalid restart policy: {restart}")));
    }
    let remove = flag(m, "rm");
    if !attach && remove {
        return Err(usage("--rm should only be used for attached containers"));
    }
    if attach && dry_run != DryRun::None {
        return Err(usage(
            "--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)",
        ));
    }
    let pull = string(m, "image-pull-policy");
    if !matches!(pull.as_str(), "" | "Always" | "IfNotPresent" | "Never") {
        return Err(usage(format!("invalid image pull policy: {pull}")));
    }
    let attach_opts = attach.then(|| crate::cmd::remote::run_attach::RunAttach {
        stdin: interactive,
        tty,
        quiet: flag(m, "quiet"),
        remove,
        leave_stdin_open: flag(m, "leave-stdin-open"),
        restart: string(m, "restart"),
        timeout: crate::cli::parse_go_duration(&timeout).unwrap_or_default(),
    });
    let name = args[0].clone();
    let mut rest = args[1..].to_vec();
    rest.extend(sub::after_dash(m));
    let explicit_ns = ctx.globals.overrides.namespace.clone();
    let pod = RunPod {
        name: name.clone(),
        namespace: explicit_ns.clone().filter(|_| dry_run == DryRun::Client),
        image,
        labels: string(m, "labels"),
        annotations: array(m, "annotations"),
        env: array(m, "env"),
        port: port.clone(),
        restart,
        image_pull_policy: pull,
        command: flag(m, "command"),
        args: rest,
        stdin: flag(m, "stdin"),
        leave_stdin_open: flag(m, "leave-stdin-open"),
        tty,
        privileged: flag(m, "privileged"),
    };
    let mut object = pod.generate().map_err(sub::refused)?;
    let overrides = string(m, "overrides");
    if !overrides.is_empty() {
        object = apply_overrides(&object, &overrides, &string(m, "override-type"))?;
    }
    let params = WriteParams::from_args(m, dry_run)?;
    let save_config = flag(m, "save-config");
    let service = if expose {
        let labels = string(m, "labels");
        Some(Expose {
            default_name: name.clone(),
            namespace: explicit_ns.clone().filter(|_| dry_run == DryRun::Client),
            selector: if labels.is_empty() {
                format!("run={name}")
            } else {
                labels.clone()
            },
            labels,
            port: port.clone(),
            ..Default::default()
        })
    } else {
        None
    };
    let yaml = m.get_one::<String>("output").is_some_and(|o| o == "yaml");
    let outcome = crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        // kubectl maps the Pod kind through discovery even for client dry runs.
        client.discovery(&ctx.cache_dir(), false).await?;
        let query = params.query();
        let mut pod = object.clone();
        if dry_run != DryRun::Client {
            if save_config {
                set_last_applied(&mut pod, true);
            }
            let path = format!("/api/v1/namespaces/{}/pods{query}", client.namespace);
            pod = post(&client, &path, &pod, "").await?;
            crate::generate::order::typed_defaults(&mut pod);
        }
        let mut svc_result: Option<Result<Value>> = None;
        if let Some(s) = &service {
            let result = async {
                let mut svc = s.generate().map_err(sub::refused)?;
                if dry_run != DryRun::Client {
                    if save_config {
                        set_last_applied(&mut svc, true);
                    }
                    let path = format!("/api/v1/namespaces/{}/services{query}", client.namespace);
                    svc = post(&client, &path, &svc, "").await?;
                    crate::generate::order::typed_defaults(&mut svc);
                }
                Ok(svc)
            }
            .await;
            svc_result = Some(result);
        }
        if let Some(opts) = &attach_opts {
            if let Some(Ok(svc)) = &svc_result {
                printer.print_typed(svc, ctx.out)?;
            }
            crate::cmd::remote::run_attach::run(&client, ctx, &pod, opts).await?;
            return Ok(None);
        }
        Ok(Some((pod, svc_result)))
    })?;
    let Some((pod, svc)) = outcome else {
        return Ok(());
    };
    let mut errors = Vec::new();
    match svc {
        Some(Ok(svc)) => {
            printer.print_typed(&svc, ctx.out)?;
            if yaml {
                writeln!(ctx.out, "---")?;
            }
        }
        Some(Err(e)) => errors.push(e),
        None => {}
    }
    printer.print_typed(&pod, ctx.out)?;
    match errors.pop() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// `--overrides` on the generated Pod (cmdutil `Overrider.Apply`).
fn apply_overrides(object: &Value, overrides: &str, kind: &str) -> Result<Value> {
    let patch: Value =
        serde_json::from_str(overrides).map_err(|_| Error::msg("Invalid JSON Patch"))?;
    match kind {
        "merge" | "" => Ok(crate::merge::json_merge::apply(object, &patch)),
        "strategic" => {
            let schema = crate::merge::Schema::builtin("", "v1", "Pod")
                .ok_or_else(|| Error::msg("no patch schema for pods"))?;
            crate::merge::strategic::apply(object, &patch, schema)
                .map_err(|e| Error::msg(e.to_string()))
        }
        "json" => Err(Error::msg("kctl does not support --override-type=json yet")),
        other => Err(Error::msg(format!("invalid override type: {other}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_references() {
        for ok in [
            "nginx",
            "nginx:1.25",
            "docker.io/library/nginx:latest",
            "localhost:5000/a/b_c:v1",
            "a@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        ] {
            assert!(valid_image_reference(ok), "{ok}");
        }
        for bad in ["Nginx", "nginx:", "a//b", "-a", "a:b:c"] {
            assert!(!valid_image_reference(bad), "{bad}");
        }
    }
}
