//! Which kubeconfig files to read and in what order (client-go's `PathOptions` and
//! `ClientConfigLoadingRules`), and reading them.
//!
//! `--kubeconfig` alone; else every file in `$KUBECONFIG` (deduplicated, missing files skipped);
//! else `~/.kube/config`.

use std::path::{Path, PathBuf};

use super::merged::Kubeconfig;
use super::model::ConfigFile;
use super::{Error, describe_io};
use crate::env::Env;

#[derive(Debug, Clone)]
pub struct PathOptions {
    /// `--kubeconfig`, when given.
    pub explicit: Option<PathBuf>,
    /// `$KUBECONFIG`, split and deduplicated.
    pub env_files: Vec<PathBuf>,
    /// `~/.kube/config`.
    pub global_file: PathBuf,
}

impl PathOptions {
    pub fn new(explicit: Option<PathBuf>, env: &Env) -> Self {
        let mut env_files: Vec<PathBuf> = Vec::new();
        if let Some(list) = env.get_os("KUBECONFIG") {
            for path in std::env::split_paths(list) {
                if !env_files.contains(&path) {
                    env_files.push(path);
                }
            }
        }
        PathOptions {
            explicit: explicit.filter(|p| !p.as_os_str().is_empty()),
            env_files,
            global_file: env.home_dir().join(".kube").join("config"),
        }
    }

    pub fn is_explicit(&self) -> bool {
        self.explicit.is_some()
    }

    /// Files in the order they are merged (`GetLoadingPrecedence`). Empty entries of
    /// `$KUBECONFIG` are kept here, as client-go keeps them, and skipped when reading.
    pub fn precedence(&self) -> Vec<PathBuf> {
        if let Some(explicit) = &self.explicit {
            return vec![explicit.clone()];
        }
        if !self.env_files.is_empty() {
            return self.env_files.clone();
        }
        vec![self.global_file.clone()]
    }

    /// Where new stanzas are written (`PathOptions.GetDefaultFilename`): the explicit file; the
    /// only `$KUBECONFIG` file; the first existing one; else the last one; else the global file.
    pub fn default_filename(&self) -> PathBuf {
        if let Some(explicit) = &self.explicit {
            return explicit.clone();
        }
        match self.env_files.as_slice() {
            [] => self.global_file.clone(),
            [only] => only.clone(),
            files => files
                .iter()
                .find(|f| f.exists())
                .or(files.last())
                .cloned()
                .unwrap_or_else(|| self.global_file.clone()),
        }
    }

    /// The merged configuration (`GetStartingConfig`); a missing `--kubeconfig` file yields an
    /// empty config, as client-go's `os.IsNotExist` check does.
    pub fn starting_config(&self) -> Result<Kubeconfig, Error> {
        let mut files = Vec::new();
        for path in self.precedence() {
            if path.as_os_str().is_empty() {
                continue;
            }
            if let Some(file) = read_file(&path)? {
                files.push(Kubeconfig::from_file(&file, &path));
            }
        }
        Ok(Kubeconfig::merge_in_order(files))
    }

    /// Whether any file of the precedence list exists (for the in-cluster fallback).
    pub fn any_file_exists(&self) -> bool {
        self.precedence().iter().any(|p| p.exists())
    }
}

/// Reads one kubeconfig file; `Ok(None)` when it does not exist.
pub fn read_file(path: &Path) -> Result<Option<ConfigFile>, Error> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Error::Parse {
                path: path.to_path_buf(),
                message: format!("open {}: {}", path.display(), describe_io(&e)),
            });
        }
    };
    let file = parse(&bytes).map_err(|message| Error::Parse {
        path: path.to_path_buf(),
        message,
    })?;
    crate::klog::info(
        6,
        "loader.go:402",
        &format!("Config loaded from file:  {}", path.display()),
    );
    Ok(Some(file))
}

/// Parses kubeconfig text (YAML or JSON); empty input is an empty config, as `clientcmd.Load`.
pub fn parse(bytes: &[u8]) -> Result<ConfigFile, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| e.to_string())?;
    if text.trim().is_empty() {
        return Ok(ConfigFile::default());
    }
    let value: serde_json::Value = serde_saphyr::from_str(text).map_err(|e| e.to_string())?;
    if value.is_null() {
        return Ok(ConfigFile::default());
    }
    serde_json::from_value(value).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(explicit: Option<&str>, kubeconfig: Option<&str>) -> PathOptions {
        let mut pairs = vec![("HOME".to_string(), "/home/u".to_string())];
        if let Some(k) = kubeconfig {
            pairs.push(("KUBECONFIG".to_string(), k.to_string()));
        }
        PathOptions::new(explicit.map(PathBuf::from), &Env::from_pairs(pairs))
    }

    #[test]
    fn precedence_follows_client_go() {
        assert_eq!(
            opts(None, None).precedence(),
            vec![PathBuf::from("/home/u/.kube/config")]
        );
        assert_eq!(
            opts(None, Some("/a:/b:/a")).precedence(),
            vec![PathBuf::from("/a"), PathBuf::from("/b")]
        );
        assert_eq!(
            opts(Some("/x"), Some("/a")).precedence(),
            vec![PathBuf::from("/x")]
        );
    }

    #[test]
    fn default_filename_is_last_when_none_exists() {
        let o = opts(None, Some("/nonexistent-kctl/a:/nonexistent-kctl/b"));
        assert_eq!(o.default_filename(), PathBuf::from("/nonexistent-kctl/b"));
    }

    #[test]
    fn empty_text_is_an_empty_config() {
        assert_eq!(parse(b"").expect("parses"), ConfigFile::default());
        assert_eq!(parse(b"\n  \n").expect("parses"), ConfigFile::default());
    }
}
