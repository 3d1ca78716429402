//! Context subcommands: current-context, use-context, get-contexts, set-context,
//! delete-context, rename-context (kubectl `pkg/cmd/config/*context*.go`).

use clap::{Arg, ArgMatches, Command};

use super::{args_of, config_file_label, go_list, help_error, positional, provided};
use crate::cli::bool_flag;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::kubeconfig::Stanza;
use crate::kubeconfig::model::Context;
use crate::output::tabwriter::TabWriter;

pub fn current_context_command() -> Command {
    Command::new("current-context")
        .about("Display the current-context")
        .arg(positional().hide(true))
}

pub fn current_context(_m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let config = ctx.paths().starting_config()?;
    let current = ctx.shell_context().unwrap_or(config.current_context);
    if current.is_empty() {
        return Err(Error::msg("current-context is not set"));
    }
    writeln!(ctx.out, "{current}")?;
    Ok(())
}

pub fn use_context_command() -> Command {
    Command::new("use-context")
        .visible_alias("use")
        .about("Set the current-context in a kubeconfig file")
        .after_help(
            "With no CONTEXT_NAME on a terminal, kctl offers a picker of the contexts.\n\
             Elsewhere, name the context: kctl config use-context CONTEXT_NAME",
        )
        .arg(positional())
}

pub fn use_context(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args = args_of(m);
    let name = match args.as_slice() {
        [one] => one.clone(),
        [] if ctx.interactive => match pick_context(ctx)? {
            Some(name) => name,
            None => return Err(Error::Exit(1)),
        },
        _ => {
            return Err(help_error(
                ctx,
                use_context_command(),
                format!("Unexpected args: {}", go_list(&args)),
            ));
        }
    };
    let paths = ctx.paths();
    paths.modify(true, |config| {
        if name.is_empty() {
            return Err(Error::msg("empty context names are not allowed"));
        }
        if !config.contexts.contains_key(&name) {
            return Err(Error::msg(format!(
                "no context exists with the name: {name:?}"
            )));
        }
        config.current_context = name.clone();
        Ok(())
    })?;
    writeln!(ctx.out, "Switched to context {name:?}.")?;
    Ok(())
}

/// The interactive picker for `use-context` with no argument on a terminal.
fn pick_context(ctx: &mut Ctx) -> Result<Option<String>> {
    let config = ctx.paths().starting_config()?;
    let names: Vec<String> = config.contexts.keys().cloned().collect();
    if names.is_empty() {
        return Err(Error::msg("no contexts are defined in the kubeconfig"));
    }
    let current = names
        .iter()
        .position(|n| *n == config.current_context)
        .unwrap_or(0);
    let choice = dialoguer::Select::new()
        .with_prompt("Switch to context")
        .items(&names)
        .default(current)
        .interact_opt()
        .map_err(|e| Error::msg(format!("context picker: {e}")))?;
    Ok(choice.and_then(|i| names.get(i).cloned()))
}

pub fn get_contexts_command() -> Command {
    Command::new("get-contexts")
        .about("Describe one or many contexts")
        .arg(bool_flag("no-headers").help("When using the default or custom-column output format, don't print headers (default print headers)."))
        .arg(Arg::new("output").short('o').long("output").help("Output format. One of: (name)."))
        .arg(positional())
}

pub fn get_contexts(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let output = m.get_one::<String>("output").cloned().unwrap_or_default();
    if !matches!(output.as_str(), "" | "name") {
        return Err(Error::msg(format!(
            "--output {output} is not available in kubectl config get-contexts; resetting to default output format"
        )));
    }
    let name_only = output == "name";
    let show_headers = !(m.get_one::<bool>("no-headers").copied().unwrap_or(false) || name_only);
    let config = ctx.paths().starting_config()?;
    let current = ctx
        .shell_context()
        .unwrap_or_else(|| config.current_context.clone());
    let requested = args_of(m);
    let mut errors = Vec::new();
    let mut names: Vec<&String> = Vec::new();
    if requested.is_empty() {
        names.extend(config.contexts.keys());
    } else {
        for name in &requested {
            match config.contexts.get_key_value(name) {
                Some((k, _)) => names.push(k),
                None => errors.push(format!("context {name} not found")),
            }
        }
    }
    names.sort();
    let mut table = TabWriter::new();
    if show_headers {
        if name_only {
            table.row(["CURRENT"]);
        } else {
            table.row(["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"]);
        }
    }
    for name in names {
        if name_only {
            table.row([name.as_str()]);
            continue;
        }
        let c = &config.contexts[name].value;
        let marker = if *name == current { "*" } else { "" };
        table.row([marker, name, &c.cluster, &c.user, &c.namespace]);
    }
    table.flush(ctx.out)?;
    aggregate(errors)
}

fn aggregate(errors: Vec<String>) -> Result<()> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::Multiple(errors))
    }
}

pub fn set_context_command() -> Command {
    Command::new("set-context")
        .about("Set a context entry in kubeconfig")
        .arg(bool_flag("current").help("Modify the current context"))
        .arg(
            Arg::new("cluster")
                .long("cluster")
                .help("cluster for the context entry in kubeconfig"),
        )
        .arg(
            Arg::new("user")
                .long("user")
                .help("user for the context entry in kubeconfig"),
        )
        .arg(
            // kubectl 1.32 has no `-n` here: the local flag hides the global `-n` too.
            Arg::new("namespace")
                .long("namespace")
                .help("namespace for the context entry in kubeconfig"),
        )
        .arg(positional())
}

pub fn set_context(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args = args_of(m);
    if args.len() > 1 {
        return Err(help_error(
            ctx,
            set_context_command(),
            format!("Unexpected args: {}", go_list(&args)),
        ));
    }
    let name = args.first().cloned().unwrap_or_default();
    let current = m.get_one::<bool>("current").copied().unwrap_or(false);
    if name.is_empty() && !current {
        return Err(Error::msg(
            "you must specify a non-empty context name or --current",
        ));
    }
    if !name.is_empty() && current {
        return Err(Error::msg(
            "you cannot specify both a context name and --current",
        ));
    }
    let (cluster, user, namespace) = (
        provided(m, "cluster"),
        provided(m, "user"),
        provided(m, "namespace"),
    );
    let shell_context = ctx.shell_context();
    let (name, existed) = ctx.paths().modify(true, |config| {
        let name = if current {
            let effective = shell_context
                .clone()
                .unwrap_or_else(|| config.current_context.clone());
            if effective.is_empty() {
                return Err(Error::msg("no current context is set"));
            }
            effective
        } else {
            name.clone()
        };
        let existed = config.contexts.contains_key(&name);
        let stanza = config
            .contexts
            .entry(name.clone())
            .or_insert_with(|| Stanza::new(Context::default()));
        if let Some(c) = &cluster {
            stanza.value.cluster = c.clone();
        }
        if let Some(u) = &user {
            stanza.value.user = u.clone();
        }
        if let Some(n) = &namespace {
            stanza.value.namespace = n.clone();
        }
        Ok::<_, Error>((name, existed))
    })?;
    let verb = if existed { "modified" } else { "created" };
    writeln!(ctx.out, "Context {name:?} {verb}.")?;
    Ok(())
}

pub fn delete_context_command() -> Command {
    Command::new("delete-context")
        .about("Delete the specified context from the kubeconfig")
        .arg(positional())
}

pub fn delete_context(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args = args_of(m);
    let [name] = args.as_slice() else {
        writeln!(ctx.out, "{}", delete_context_command().render_help())?;
        return Ok(());
    };
    let file = config_file_label(ctx);
    let was_current = ctx.paths().modify(true, |config| {
        if config.contexts.remove(name).is_none() {
            return Err(Error::msg(format!(
                "cannot delete context {name}, not in {file}"
            )));
        }
        Ok(config.current_context == *name)
    })?;
    if was_current {
        writeln!(
            ctx.err,
            "warning: this removed your active context, use \"kubectl config use-context\" to select a different one"
        )?;
    }
    writeln!(ctx.out, "deleted context {name} from {file}")?;
    Ok(())
}

pub fn rename_context_command() -> Command {
    Command::new("rename-context")
        .about("Rename a context from the kubeconfig file")
        .arg(positional())
}

pub fn rename_context(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args = args_of(m);
    let [old, new] = args.as_slice() else {
        return Err(help_error(
            ctx,
            rename_context_command(),
            format!("Unexpected args: {}", go_list(&args)),
        ));
    };
    if new.is_empty() {
        return Err(Error::msg("You must specify a new non-empty context name"));
    }
    let file = config_file_label(ctx);
    ctx.paths().modify(true, |config| {
        let Some(context) = config.contexts.remove(old) else {
            return Err(Error::msg(format!(
                "cannot rename the context {old:?}, it's not in {file}"
            )));
        };
        if config.contexts.contains_key(new) {
            return Err(Error::msg(format!(
                "cannot rename the context {old:?}, the context {new:?} already exists in {file}"
            )));
        }
        config.contexts.insert(new.clone(), context);
        if config.current_context == *old {
            config.current_context = new.clone();
        }
        Ok(())
    })?;
    writeln!(ctx.out, "Context {old:?} renamed to {new:?}.")?;
    Ok(())
}
