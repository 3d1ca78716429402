//! Writing kubeconfig changes back: client-go's `ModifyConfig` rules for which file receives
//! which change, applied under a lock, with each file replaced atomically.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Component, Path, PathBuf};

use super::Error;
use super::load::{PathOptions, read_file};
use super::lock::FileLock;
use super::merged::Kubeconfig;
use super::model::{AuthInfo, Cluster, ConfigFile, NamedCluster, NamedContext, NamedUser};

impl PathOptions {
    /// Applies `change` to the freshly read merged config while holding the locks of every file
    /// in the precedence list, then writes what changed to the files that own it.
    ///
    /// Unlike kubectl, the change is computed *inside* the lock, so concurrent writers never
    /// undo each other's stanzas. `relativize` makes file paths in changed clusters and users
    /// relative to their file, as `ModifyConfig(..., true)` does.
    pub fn modify<T, E>(
        &self,
        relativize: bool,
        change: impl FnOnce(&mut Kubeconfig) -> Result<T, E>,
    ) -> Result<T, E>
    where
        E: From<Error>,
    {
        let mut targets: Vec<PathBuf> = self
            .precedence()
            .into_iter()
            .filter(|p| !p.as_os_str().is_empty())
            .collect();
        targets.sort();
        let mut locks = Vec::with_capacity(targets.len());
        for target in &targets {
            locks.push(FileLock::acquire(target)?);
        }
        let starting = self.starting_config()?;
        let mut wanted = starting.clone();
        let result = change(&mut wanted)?;
        self.write_changes(&starting, &wanted, relativize)?;
        drop(locks);
        Ok(result)
    }

    fn write_changes(
        &self,
        starting: &Kubeconfig,
        wanted: &Kubeconfig,
        relativize: bool,
    ) -> Result<(), Error> {
        if starting == wanted {
            return Ok(());
        }
        let mut docs = Documents::default();

        if starting.current_context != wanted.current_context {
            self.write_current_context(&mut docs, &wanted.current_context)?;
        }
        if starting.preferences != wanted.preferences {
            self.write_preferences(&mut docs, wanted)?;
        }

        for (name, stanza) in &wanted.clusters {
            if starting.clusters.get(name) == Some(stanza) {
                continue;
            }
            let dest = stanza
                .origin
                .clone()
                .unwrap_or_else(|| self.default_filename());
            let mut cluster = stanza.value.clone();
            if relativize {
                relativize_cluster(&mut cluster, &dest);
            }
            let doc = docs.get(&dest)?;
            upsert(
                &mut doc.clusters,
                name,
                |c: &NamedCluster| &c.name,
                NamedCluster {
                    name: name.clone(),
                    cluster,
                },
            );
        }
        for (name, stanza) in &wanted.contexts {
            if starting.contexts.get(name) == Some(stanza) {
                continue;
            }
            let dest = stanza
                .origin
                .clone()
                .unwrap_or_else(|| self.default_filename());
            let doc = docs.get(&dest)?;
            upsert(
                &mut doc.contexts,
                name,
                |c: &NamedContext| &c.name,
                NamedContext {
                    name: name.clone(),
                    context: stanza.value.clone(),
                },
            );
        }
        for (name, stanza) in &wanted.users {
            if starting.users.get(name) == Some(stanza) {
                continue;
            }
            let dest = stanza
                .origin
                .clone()
                .unwrap_or_else(|| self.default_filename());
            let mut user = stanza.value.clone();
            if relativize {
                relativize_user(&mut user, &dest);
            }
            let doc = docs.get(&dest)?;
            upsert(
                &mut doc.users,
                name,
                |u: &NamedUser| &u.name,
                NamedUser {
                    name: name.clone(),
                    user,
                },
            );
        }

        for (name, stanza) in &starting.clusters {
            if !wanted.clusters.contains_key(name) {
                let dest = stanza
                    .origin
                    .clone()
                    .unwrap_or_else(|| self.default_filename());
                docs.get(&dest)?.clusters.retain(|c| &c.name != name);
            }
        }
        for (name, stanza) in &starting.contexts {
            if !wanted.contexts.contains_key(name) {
                let dest = stanza
                    .origin
                    .clone()
                    .unwrap_or_else(|| self.default_filename());
                docs.get(&dest)?.contexts.retain(|c| &c.name != name);
            }
        }
        for (name, stanza) in &starting.users {
            if !wanted.users.contains_key(name) {
                let dest = stanza
                    .origin
                    .clone()
                    .unwrap_or_else(|| self.default_filename());
                docs.get(&dest)?.users.retain(|u| &u.name != name);
            }
        }

        docs.write_all()
    }

    /// `writeCurrentContext`: the explicit file; a new non-empty value goes to the default
    /// file; clearing it clears the first file that sets one.
    fn write_current_context(&self, docs: &mut Documents, new: &str) -> Result<(), Error> {
        if let Some(explicit) = &self.explicit {
            docs.get(explicit)?.current_context = new.to_string();
            return Ok(());
        }
        if !new.is_empty() {
            docs.get(&self.default_filename())?.current_context = new.to_string();
            return Ok(());
        }
        for file in self.precedence() {
            if !file.exists() {
                continue;
            }
            let doc = docs.get(&file)?;
            if !doc.current_context.is_empty() {
                doc.current_context = new.to_string();
                return Ok(());
            }
        }
        Err(Error::Invalid(
            "no config found to write context".to_string(),
        ))
    }

    /// `writePreferences`: the explicit file, else the first file whose preferences differ.
    fn write_preferences(&self, docs: &mut Documents, wanted: &Kubeconfig) -> Result<(), Error> {
        if let Some(explicit) = &self.explicit {
            docs.get(explicit)?.preferences = wanted.preferences.clone();
            return Ok(());
        }
        for file in self.precedence() {
            let doc = docs.get(&file)?;
            if doc.preferences != wanted.preferences {
                doc.preferences = wanted.preferences.clone();
                return Ok(());
            }
        }
        Err(Error::Invalid(
            "no config found to write preferences".to_string(),
        ))
    }
}

fn upsert<T>(list: &mut Vec<T>, name: &str, key: impl Fn(&T) -> &String, item: T) {
    match list.iter_mut().find(|x| key(x) == name) {
        Some(slot) => *slot = item,
        None => list.push(item),
    }
}

/// The files touched by one modification, each read once and written once.
#[derive(Default)]
struct Documents {
    docs: BTreeMap<PathBuf, ConfigFile>,
}

impl Documents {
    fn get(&mut self, path: &Path) -> Result<&mut ConfigFile, Error> {
        if !self.docs.contains_key(path) {
            let doc = read_file(path)?.unwrap_or_default();
            self.docs.insert(path.to_path_buf(), doc);
        }
        self.docs
            .get_mut(path)
            .ok_or_else(|| Error::Invalid(format!("no document for {}", path.display())))
    }

    fn write_all(self) -> Result<(), Error> {
        for (path, mut doc) in self.docs {
            normalize(&mut doc);
            let value = serde_json::to_value(&doc)
                .map_err(|e| Error::Invalid(format!("encoding {}: {e}", path.display())))?;
            let text = crate::output::yaml::to_string(&value);
            atomic_write(&path, text.as_bytes())?;
        }
        Ok(())
    }
}

/// What client-go's decode → encode round trip does to a whole file: stanzas sorted by name,
/// `apiVersion`/`kind` set, exec defaults applied.
fn normalize(doc: &mut ConfigFile) {
    doc.kind = "Config".to_string();
    doc.api_version = "v1".to_string();
    doc.clusters.sort_by(|a, b| a.name.cmp(&b.name));
    doc.contexts.sort_by(|a, b| a.name.cmp(&b.name));
    doc.users.sort_by(|a, b| a.name.cmp(&b.name));
    doc.extensions.sort_by(|a, b| a.name.cmp(&b.name));
    for u in &mut doc.users {
        if let Some(exec) = u.user.exec.as_mut() {
            exec.apply_defaults();
        }
    }
}

/// Replaces `path` with `content` so that readers see the old file or the new one, never a
/// mix: a temporary file in the same directory, flushed to disk, renamed over the target.
/// The target's permission bits are kept; new files get 0600.
pub fn atomic_write(path: &Path, content: &[u8]) -> Result<(), Error> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.exists() {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o755)
            .create(&dir)
            .map_err(|e| Error::io(format_args!("mkdir {}", dir.display()), e))?;
    }
    let mode = std::fs::metadata(path)
        .map(|m| m.permissions().mode() & 0o7777)
        .unwrap_or(0o600);
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "config".to_string());
    let tmp = dir.join(format!(".{file_name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(mode)
            .open(&tmp)?;
        f.set_permissions(std::fs::Permissions::from_mode(mode))?;
        f.write_all(content)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok::<(), std::io::Error>(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(format_args!("open {}", path.display()), e));
    }
    Ok(())
}

fn relativize_cluster(cluster: &mut Cluster, file: &Path) {
    let base = absolute_dir(file);
    relativize(&mut cluster.certificate_authority, &base);
}

fn relativize_user(user: &mut AuthInfo, file: &Path) {
    let base = absolute_dir(file);
    relativize(&mut user.client_certificate, &base);
    relativize(&mut user.client_key, &base);
    relativize(&mut user.token_file, &base);
    if let Some(exec) = user.exec.as_mut()
        && exec.command.contains('/')
    {
        relativize(&mut exec.command, &base);
    }
}

fn absolute_dir(file: &Path) -> PathBuf {
    let dir = file.parent().unwrap_or(Path::new(""));
    absolute(dir)
}

/// `filepath.Abs`: joined with the working directory and cleaned.
pub fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        clean(path)
    } else {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
        clean(&cwd.join(path))
    }
}

/// `filepath.Clean`, lexically.
pub fn clean(path: &Path) -> PathBuf {
    let mut out: Vec<Component> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                Some(Component::RootDir) => {}
                _ => out.push(c),
            },
            other => out.push(other),
        }
    }
    if out.is_empty() {
        return PathBuf::from(".");
    }
    out.iter().collect()
}

/// `ResolvePaths` then `RelativizePathWithNoBacksteps`: a path inside the file's directory
/// becomes relative to it; anything else stays absolute.
fn relativize(field: &mut String, base: &Path) {
    if field.is_empty() {
        return;
    }
    let path = Path::new(field.as_str());
    let resolved = if path.is_absolute() {
        clean(path)
    } else {
        clean(&base.join(path))
    };
    let relative = if resolved == base {
        Some(PathBuf::from("."))
    } else {
        resolved.strip_prefix(base).ok().map(Path::to_path_buf)
    };
    *field = relative.unwrap_or(resolved).to_string_lossy().into_owned();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relativize_keeps_outside_paths_absolute() {
        let mut inside = "/k/certs/ca.crt".to_string();
        relativize(&mut inside, Path::new("/k"));
        assert_eq!(inside, "certs/ca.crt");
        let mut outside = "/etc/ca.crt".to_string();
        relativize(&mut outside, Path::new("/k"));
        assert_eq!(outside, "/etc/ca.crt");
        let mut rel = "./x/../ca.crt".to_string();
        relativize(&mut rel, Path::new("/k"));
        assert_eq!(rel, "ca.crt");
    }

    #[test]
    fn clean_is_lexical() {
        assert_eq!(clean(Path::new("/a/./b/../c")), PathBuf::from("/a/c"));
        assert_eq!(clean(Path::new("/../a")), PathBuf::from("/a"));
    }
}
