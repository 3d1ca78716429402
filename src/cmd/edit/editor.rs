//! Launching the user's editor on a temporary file (kubectl `pkg/cmd/util/editor/editor.go`
//! and `launcher_others.go`): `KUBE_EDITOR`, else `EDITOR`, else `vi`; a command with spaces
//! is split on spaces, or handed to `$SHELL -c` when it also has quotes or backslashes.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::env::Env;
use crate::error::{Error, Result};

/// The editor command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    pub args: Vec<String>,
    /// The last argument is a shell command line; the path is appended to it quoted.
    pub shell: bool,
}

impl Editor {
    /// editor.go `defaultEnvEditor`.
    pub fn from_env(env: &Env) -> Editor {
        let editor = ["KUBE_EDITOR", "EDITOR"]
            .iter()
            .find_map(|k| env.get(k).filter(|v| !v.is_empty()))
            .unwrap_or("vi")
            .to_string();
        if !editor.contains(' ') {
            return Editor {
                args: vec![editor],
                shell: false,
            };
        }
        if !editor.contains(['"', '\'', '\\']) {
            return Editor {
                args: editor.split(' ').map(str::to_string).collect(),
                shell: false,
            };
        }
        let shell = env
            .get("SHELL")
            .filter(|s| !s.is_empty())
            .unwrap_or("/bin/bash")
            .to_string();
        Editor {
            args: vec![shell, "-c".to_string(), editor],
            shell: true,
        }
    }

    /// launcher_others.go `args`: the path is appended, Go-quoted inside a shell command.
    fn argv(&self, path: &Path) -> Vec<String> {
        let mut args = self.args.clone();
        let p = path.display().to_string();
        if self.shell {
            if let Some(last) = args.last_mut() {
                *last = format!("{last} {p:?}");
            }
        } else {
            args.push(p);
        }
        args
    }

    /// Runs the editor on `path` with this process's terminal.
    pub fn launch(&self, path: &Path) -> Result<()> {
        let argv = self.argv(path);
        let Some((program, rest)) = argv.split_first() else {
            return Err(Error::msg(format!(
                "no editor defined, can't open {}",
                path.display()
            )));
        };
        let joined = self.args.join(" ");
        match Command::new(program).args(rest).status() {
            Ok(status) if status.success() => Ok(()),
            Ok(_) => Err(Error::msg(format!(
                "there was a problem with the editor {joined:?}"
            ))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Error::msg(format!(
                "unable to launch the editor {joined:?}"
            ))),
            Err(_) => Err(Error::msg(format!(
                "there was a problem with the editor {joined:?}"
            ))),
        }
    }

    /// editor.go `LaunchTempFile`: writes `content` to a new `$TMPDIR/<prefix><random><suffix>`,
    /// runs the editor, and reads the file back. The path is returned even on failure.
    pub fn launch_temp_file(
        &self,
        env: &Env,
        prefix: &str,
        suffix: &str,
        content: &[u8],
    ) -> (Result<Vec<u8>>, Option<PathBuf>) {
        let dir = env
            .get("TMPDIR")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("/tmp"));
        let path = match create_temp(&dir, prefix, suffix, content) {
            Ok(p) => p,
            Err(e) => return (Err(e.into()), None),
        };
        if let Err(e) = self.launch(&path) {
            return (Err(e), Some(path));
        }
        (std::fs::read(&path).map_err(Error::from), Some(path))
    }
}

/// Go's `os.CreateTemp(dir, prefix+"*"+suffix)`: a random decimal in place of the star.
fn create_temp(dir: &Path, prefix: &str, suffix: &str, content: &[u8]) -> std::io::Result<PathBuf> {
    use std::io::Write;
    loop {
        let n = uuid::Uuid::new_v4().as_u128() as u32;
        let path = dir.join(format!("{prefix}{n}{suffix}"));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut f) => {
                f.write_all(content)?;
                return Ok(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Env {
        Env::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())))
    }

    #[test]
    fn editor_command_lines() {
        type Case<'a> = (&'a [(&'a str, &'a str)], &'a [&'a str], bool);
        let cases: &[Case] = &[
            (&[], &["vi"], false),
            (&[("EDITOR", "nano")], &["nano"], false),
            (
                &[("EDITOR", "nano"), ("KUBE_EDITOR", "code -w")],
                &["code", "-w"],
                false,
            ),
            (
                &[("KUBE_EDITOR", "sed -i 's/a/b/'"), ("SHELL", "/bin/sh")],
                &["/bin/sh", "-c", "sed -i 's/a/b/'"],
                true,
            ),
        ];
        for (vars, args, shell) in cases {
            let e = Editor::from_env(&env(vars));
            assert_eq!(e.args, args.to_vec(), "{vars:?}");
            assert_eq!(e.shell, *shell);
        }
        let e = Editor::from_env(&env(&[("KUBE_EDITOR", "x 'y'")]));
        assert_eq!(
            e.argv(Path::new("/tmp/a b")).last().unwrap(),
            "x 'y' \"/tmp/a b\""
        );
    }
}
