//! The process environment, read once in `main` and passed down (the only place that reads it).
//!
//! Keeping every lookup behind this type lets tests run any verb with a made-up environment.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::PathBuf;

#[derive(Debug, Clone, Default)]
pub struct Env {
    vars: BTreeMap<String, OsString>,
}

impl Env {
    /// Snapshot of the real process environment.
    pub fn from_process() -> Self {
        #[allow(clippy::disallowed_methods)]
        let vars = std::env::vars_os()
            .filter_map(|(k, v)| k.into_string().ok().map(|k| (k, v)))
            .collect();
        Env { vars }
    }

    pub fn from_pairs<I, K, V>(pairs: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<OsString>,
    {
        Env {
            vars: pairs
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        }
    }

    /// A variable's value; empty values count as unset, as in client-go's `os.Getenv` checks.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.vars
            .get(key)
            .and_then(|v| v.to_str())
            .filter(|v| !v.is_empty())
    }

    pub fn get_os(&self, key: &str) -> Option<&OsString> {
        self.vars.get(key).filter(|v| !v.is_empty())
    }

    /// `$HOME` as client-go's `homedir.HomeDir` finds it on Unix.
    pub fn home_dir(&self) -> PathBuf {
        self.get_os("HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("/"))
    }
}
