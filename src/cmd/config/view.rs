//! `kctl config view` (kubectl `pkg/cmd/config/view.go`).

use std::path::Path;

use base64::Engine as _;
use clap::{Arg, ArgMatches, Command};

use super::{args_of, go_list, positional};
use crate::cli::bool_flag;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::kubeconfig::model::Bytes;
use crate::kubeconfig::{Kubeconfig, load};
use crate::output::{OutputFormat, print_object};

pub fn command() -> Command {
    Command::new("view")
        .about("Display merged kubeconfig settings or a specified kubeconfig file")
        .arg(Arg::new("output").short('o').long("output").help(
            "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).",
        ))
        .arg(Arg::new("template").long("template"))
        .arg(bool_flag("allow-missing-template-keys"))
        .arg(bool_flag("show-managed-fields"))
        .arg(bool_flag("merge").help("Merge the full hierarchy of kubeconfig files"))
        .arg(bool_flag("raw").help("Display raw byte data and sensitive data"))
        .arg(bool_flag("flatten").help("Flatten the resulting kubeconfig file into self-contained output"))
        .arg(bool_flag("minify").help("Remove all information not used by current-context from the output"))
        .arg(positional())
}

fn flag(m: &ArgMatches, id: &str) -> Option<bool> {
    m.get_one::<bool>(id).copied()
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args = args_of(m);
    if !args.is_empty() {
        return Err(Error::Usage {
            message: format!("unexpected arguments: {}", go_list(&args)),
            command: "kubectl config view".to_string(),
        });
    }
    let format = OutputFormat::parse(
        m.get_one::<String>("output").map(String::as_str),
        m.get_one::<String>("template").map(String::as_str),
        crate::output::Formats::Generic,
    )?
    .unwrap_or(OutputFormat::Yaml);

    let paths = ctx.paths();
    let merge = flag(m, "merge").unwrap_or(!paths.is_explicit());
    if !merge && !paths.is_explicit() {
        return Err(Error::msg(
            "if merge==false a precise file must be specified",
        ));
    }
    let mut config = match (&paths.explicit, merge) {
        (Some(file), false) => match load::read_file(file)? {
            Some(doc) => Kubeconfig::from_file(&doc, file),
            None => Kubeconfig::default(),
        },
        _ => paths.starting_config()?,
    }
    .without_unknown_fields();

    if flag(m, "minify").unwrap_or(false) {
        if let Some(context) = ctx
            .globals
            .overrides
            .context
            .clone()
            .or_else(|| ctx.shell_context())
        {
            config.current_context = context;
        }
        minify(&mut config)?;
    }
    if flag(m, "flatten").unwrap_or(false) {
        flatten(&mut config)?;
    } else if !flag(m, "raw").unwrap_or(false) {
        redact_and_shorten(&mut config);
    }

    let file = config.to_file();
    let value = serde_json::to_value(&file).map_err(|e| Error::msg(e.to_string()))?;
    let ordered = crate::output::OrderedJson::of(&file);
    let allow_missing = flag(m, "allow-missing-template-keys").unwrap_or(true);
    print_object(&format, &value, Some(&ordered), allow_missing, ctx.out)
}

/// `clientcmdapi.MinifyConfig`: keep only what the current context uses.
fn minify(config: &mut Kubeconfig) -> Result<()> {
    if config.current_context.is_empty() {
        return Err(Error::msg("current-context must exist in order to minify"));
    }
    let Some(context) = config.contexts.get(&config.current_context).cloned() else {
        return Err(Error::msg(format!(
            "cannot locate context {}",
            config.current_context
        )));
    };
    let cluster_name = context.value.cluster.clone();
    let user_name = context.value.user.clone();
    let mut clusters = std::collections::BTreeMap::new();
    if !cluster_name.is_empty() {
        let Some(c) = config.clusters.get(&cluster_name) else {
            return Err(Error::msg(format!("cannot locate cluster {cluster_name}")));
        };
        clusters.insert(cluster_name.clone(), c.clone());
    }
    let mut users = std::collections::BTreeMap::new();
    if !user_name.is_empty() {
        let Some(u) = config.users.get(&user_name) else {
            return Err(Error::msg(format!("cannot locate user {user_name}")));
        };
        users.insert(user_name.clone(), u.clone());
    }
    config.contexts = [(config.current_context.clone(), context)]
        .into_iter()
        .collect();
    config.clusters = clusters;
    config.users = users;
    Ok(())
}

/// `clientcmdapi.FlattenConfig`: embed every referenced file.
fn flatten(config: &mut Kubeconfig) -> Result<()> {
    for stanza in config.users.values_mut() {
        let base = origin_dir(stanza.origin.as_deref());
        let u = &mut stanza.value;
        embed(
            &mut u.client_certificate,
            &mut u.client_certificate_data,
            &base,
        )?;
        embed(&mut u.client_key, &mut u.client_key_data, &base)?;
    }
    for stanza in config.clusters.values_mut() {
        let base = origin_dir(stanza.origin.as_deref());
        let c = &mut stanza.value;
        embed(
            &mut c.certificate_authority,
            &mut c.certificate_authority_data,
            &base,
        )?;
    }
    Ok(())
}

fn origin_dir(origin: Option<&Path>) -> std::path::PathBuf {
    let dir = origin.and_then(Path::parent).unwrap_or(Path::new(""));
    crate::kubeconfig::write::absolute(dir)
}

fn embed(path: &mut String, data: &mut Bytes, base: &Path) -> Result<()> {
    if path.is_empty() {
        return Ok(());
    }
    if !data.is_empty() {
        return Err(Error::msg("cannot have values for both path and contents"));
    }
    let full = base.join(path.as_str());
    let bytes = std::fs::read(&full).map_err(|e| {
        Error::msg(format!(
            "open {}: {}",
            full.display(),
            crate::kubeconfig::describe_io(&e)
        ))
    })?;
    *data = Bytes(bytes);
    path.clear();
    Ok(())
}

/// `RedactSecrets` then `ShortenConfig`: what `config view` shows without `--raw`.
fn redact_and_shorten(config: &mut Kubeconfig) {
    let omitted = data_omitted();
    for stanza in config.users.values_mut() {
        let u = &mut stanza.value;
        if !u.client_key_data.is_empty() {
            u.client_key_data = omitted.clone();
        }
        if !u.client_certificate_data.is_empty() {
            u.client_certificate_data = omitted.clone();
        }
        if !u.token.is_empty() {
            u.token = "REDACTED".to_string();
        }
        if !u.password.is_empty() {
            u.password = "REDACTED".to_string();
        }
    }
    for stanza in config.clusters.values_mut() {
        let c = &mut stanza.value;
        if !c.certificate_authority_data.is_empty() {
            c.certificate_authority_data = omitted.clone();
        }
    }
}

/// The bytes whose base64 text reads `DATA+OMITTED`, as client-go builds them.
fn data_omitted() -> Bytes {
    Bytes(
        base64::engine::general_purpose::STANDARD
            .decode("DATA+OMITTED")
            .unwrap_or_default(),
    )
}
