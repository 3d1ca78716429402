//! Turns clap's parse errors into cobra/pflag's words, so a mistyped flag reads exactly as it
//! does with kubectl.

use std::ffi::OsString;

use clap::Command;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::NAME;
use crate::error::Error;

/// The command path a failing command line reached (`kubectl config view`), found by walking
/// the words that name subcommands and skipping the values of flags that take one.
pub fn command_path(root: &Command, args: &[OsString]) -> String {
    let mut path = vec![NAME.to_string()];
    let mut cur = root;
    let mut iter = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned());
    while let Some(word) = iter.next() {
        if word == "--" {
            break;
        }
        if let Some(long) = word.strip_prefix("--") {
            if !long.contains('=') && flag_takes_value(cur, |a| a.get_long() == Some(long)) {
                iter.next();
            }
            continue;
        }
        if let Some(shorts) = word.strip_prefix('-') {
            if shorts.chars().count() == 1 {
                let c = shorts.chars().next();
                if flag_takes_value(cur, |a| a.get_short() == c) {
                    iter.next();
                }
            }
            continue;
        }
        match cur
            .get_subcommands()
            .find(|s| s.get_name() == word || s.get_all_aliases().any(|a| a == word))
        {
            Some(sub) => {
                path.push(sub.get_name().to_string());
                cur = sub;
            }
            None => break,
        }
    }
    path.join(" ")
}

fn flag_takes_value(cmd: &Command, pred: impl Fn(&clap::Arg) -> bool) -> bool {
    cmd.get_arguments().any(|a| {
        pred(a)
            && a.get_action().takes_values()
            && a.get_num_args().is_none_or(|n| n.min_values() > 0)
    })
}

/// The command-line word holding an unknown shorthand, e.g. `-zq` for `z`.
fn typed_word_with_short(args: &[OsString], short: Option<char>) -> Option<String> {
    let c = short?;
    args.iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .find(|a| !a.starts_with("--") && a.starts_with('-') && a.contains(c))
}

fn context_str(err: &clap::Error, kind: ContextKind) -> Option<String> {
    match err.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => v.first().cloned(),
        _ => None,
    }
}

/// pflag's text for an unknown or incomplete flag: `unknown flag: --x`,
/// `unknown shorthand flag: 'z' in -z`, `flag needs an argument: --context`.
fn flag_words(raw: &str, missing_value: bool) -> String {
    if let Some(long) = raw.strip_prefix("--") {
        let name = long.split('=').next().unwrap_or(long);
        if missing_value {
            format!("flag needs an argument: --{name}")
        } else {
            format!("unknown flag: --{name}")
        }
    } else {
        let shorts = raw.trim_start_matches('-');
        let c = shorts.chars().next().unwrap_or('?');
        if missing_value {
            format!("flag needs an argument: '{c}' in -{c}")
        } else {
            format!("unknown shorthand flag: '{c}' in -{shorts}")
        }
    }
}

/// Maps a clap error to the error kubectl would print. Help and version requests pass through
/// as `None` (clap prints them).
pub fn translate_clap_error(root: &Command, args: &[OsString], err: &clap::Error) -> Option<Error> {
    let command = command_path(root, args);
    let invalid_arg = context_str(err, ContextKind::InvalidArg);
    let message = match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => return None,
        ErrorKind::UnknownArgument => {
            let raw = invalid_arg.unwrap_or_default();
            if raw.starts_with("--") {
                flag_words(&raw, false)
            } else if let Some(short) = raw.strip_prefix('-') {
                // clap names the bad character; pflag quotes the whole word it was found in.
                let word = typed_word_with_short(args, short.chars().next());
                flag_words(&word.unwrap_or(raw.clone()), false)
            } else {
                return Some(Error::Usage {
                    message: format!("unexpected arguments: [{raw}]"),
                    command,
                });
            }
        }
        ErrorKind::InvalidValue | ErrorKind::NoEquals | ErrorKind::TooFewValues => {
            let raw = invalid_arg.unwrap_or_default();
            let value = context_str(err, ContextKind::InvalidValue).unwrap_or_default();
            if value.is_empty() {
                let display = flag_display(root, &command, &raw);
                // pflag words a missing value by how the flag was typed: `-n` or `--namespace`.
                let typed_short = display
                    .strip_prefix('-')
                    .and_then(|d| d.chars().next())
                    .filter(|c| {
                        *c != '-' && args.iter().any(|a| a.to_string_lossy() == format!("-{c}"))
                    });
                match typed_short {
                    Some(c) => flag_words(&format!("-{c}"), true),
                    None => {
                        let long = display.rsplit(", ").next().unwrap_or(&display).to_string();
                        flag_words(&long, true)
                    }
                }
            } else {
                let flag = flag_display(root, &command, &raw);
                format!(
                    "invalid argument {value:?} for \"{flag}\" flag: {}",
                    source_text(err)
                )
            }
        }
        ErrorKind::ValueValidation => {
            let raw = invalid_arg.unwrap_or_default();
            let flag = flag_display(root, &command, &raw);
            let value = context_str(err, ContextKind::InvalidValue).unwrap_or_default();
            format!(
                "invalid argument {value:?} for \"{flag}\" flag: {}",
                source_text(err)
            )
        }
        _ => err.kind().to_string(),
    };
    Some(Error::Flag { message, command })
}

/// pflag names a flag with a shorthand as `-v, --v`, else `--name`.
fn flag_display(root: &Command, command_path: &str, raw: &str) -> String {
    let token = raw.split([' ', '<', '[', '=']).next().unwrap_or(raw);
    let mut cmd = root;
    for name in command_path.split(' ').skip(1) {
        match cmd.find_subcommand(name) {
            Some(sub) => cmd = sub,
            None => break,
        }
    }
    let arg = if let Some(long) = token.strip_prefix("--") {
        cmd.get_arguments().find(|a| a.get_long() == Some(long))
    } else {
        let short = token.trim_start_matches('-').chars().next();
        cmd.get_arguments().find(|a| a.get_short() == short)
    };
    match arg {
        Some(a) => match (a.get_short(), a.get_long()) {
            (Some(s), Some(l)) => format!("-{s}, --{l}"),
            (None, Some(l)) => format!("--{l}"),
            (Some(s), None) => format!("-{s}"),
            (None, None) => token.to_string(),
        },
        None => token.to_string(),
    }
}

fn source_text(err: &clap::Error) -> String {
    use std::error::Error as _;
    err.source().map(|s| s.to_string()).unwrap_or_default()
}

/// cobra's "Did you mean this?" candidates: Levenshtein distance ≤ 2 or a prefix match.
pub fn suggestions(typed: &str, candidates: &[&str]) -> Vec<String> {
    let lower = typed.to_lowercase();
    candidates
        .iter()
        .filter(|c| {
            levenshtein(&lower, &c.to_lowercase()) <= 2 || c.to_lowercase().starts_with(&lower)
        })
        .map(|c| c.to_string())
        .collect()
}

fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j + 1] + 1).min(cur[j] + 1).min(prev[j] + cost);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pflag_words() {
        assert_eq!(flag_words("--bogus=1", false), "unknown flag: --bogus");
        assert_eq!(flag_words("-z", false), "unknown shorthand flag: 'z' in -z");
        assert_eq!(
            flag_words("--context", true),
            "flag needs an argument: --context"
        );
        assert_eq!(flag_words("-n", true), "flag needs an argument: 'n' in -n");
    }

    #[test]
    fn cobra_suggestions() {
        assert_eq!(
            suggestions("foo", super::super::KUBECTL_COMMANDS),
            vec!["top"]
        );
        assert_eq!(
            suggestions("conf", super::super::KUBECTL_COMMANDS),
            vec!["config"]
        );
    }
}
