//! Flag values as pflag parses them (its error words) and cobra's notice for deprecated flags,
//! for the verbs that take ints and durations. No I/O beyond the notice.

use std::time::Duration;

use clap::ArgMatches;

use crate::ctx::Ctx;
use crate::error::{Error, Result};

/// pflag's error for a value its type cannot parse.
pub fn bad_flag_value(value: &str, flag: &str, why: String, command: &str) -> Error {
    Error::Flag {
        message: format!("invalid argument {value:?} for \"--{flag}\" flag: {why}"),
        command: format!("kubectl {command}"),
    }
}

/// An int flag as pflag parses it (`strconv.ParseInt` errors).
pub fn int_flag(m: &ArgMatches, id: &str, command: &str) -> Result<i64> {
    let raw = m.get_one::<String>(id).map(String::as_str).unwrap_or("0");
    raw.parse::<i64>().map_err(|_| {
        bad_flag_value(
            raw,
            id,
            format!("strconv.ParseInt: parsing {raw:?}: invalid syntax"),
            command,
        )
    })
}

/// A duration flag as pflag parses it (`time.ParseDuration`).
pub fn duration_flag(m: &ArgMatches, id: &str, command: &str) -> Result<Duration> {
    let raw = m.get_one::<String>(id).map(String::as_str).unwrap_or("0s");
    crate::cli::parse_go_duration(raw).ok_or_else(|| {
        bad_flag_value(
            raw,
            id,
            format!("time: invalid duration {:?}", raw),
            command,
        )
    })
}

/// cobra prints this when a deprecated flag is used (`--record`, kubectl's RecordFlags).
pub fn warn_record(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let given = m.ids().any(|i| i.as_str() == "record")
        && m.value_source("record") == Some(clap::parser::ValueSource::CommandLine);
    if given {
        writeln!(
            ctx.err,
            "Flag --record has been deprecated, --record will be removed in the future"
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{Arg, Command};

    #[test]
    fn pflag_words() {
        let m = Command::new("x")
            .arg(Arg::new("n").long("n"))
            .arg(Arg::new("t").long("t"))
            .try_get_matches_from(["x", "--n=1x", "--t=5q"])
            .unwrap();
        assert_eq!(
            int_flag(&m, "n", "scale").unwrap_err().to_string(),
            "invalid argument \"1x\" for \"--n\" flag: strconv.ParseInt: parsing \"1x\": invalid syntax"
        );
        assert_eq!(
            duration_flag(&m, "t", "delete").unwrap_err().to_string(),
            "invalid argument \"5q\" for \"--t\" flag: time: invalid duration \"5q\""
        );
        let ok = Command::new("x")
            .arg(Arg::new("t").long("t"))
            .try_get_matches_from(["x", "--t=1m30s"])
            .unwrap();
        assert_eq!(
            duration_flag(&ok, "t", "delete").unwrap(),
            Duration::from_secs(90)
        );
    }
}
