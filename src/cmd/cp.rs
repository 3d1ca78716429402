//! `kctl cp SRC DEST` (kubectl `pkg/cmd/cp`): files and directories between the local disk and
//! a container, as a tar archive piped through `tar` run by exec — `tar -xmf - -C DIR` in the
//! container for uploads (after `test -d` decides whether DEST is a directory), `tar cf - SRC`
//! for downloads, unpacked here with kubectl's checks (prefix, escaping paths, symlinks
//! skipped with a warning).

use std::io::Write;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::Value;

use crate::cli::bool_flag;
use crate::client::Client;
use crate::client::upgrade::websockets_disabled;
use crate::cmd::create::sub::{array, flag, string};
use crate::cmd::remote::pods;
use crate::cmd::remote::session::{self, Ended, Input, Streams};
use crate::cmd::remote::tar::{self, Entry, Kind};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::output::gofmt::quote;

pub fn command() -> Command {
    Command::new("cp")
        .about("Copy files and directories to and from containers")
        .arg(
            Arg::new("container")
                .short('c')
                .long("container")
                .help("Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen"),
        )
        .arg(bool_flag("no-preserve").help("The copied file/directory's ownership and permissions will not be preserved in the container"))
        .arg(
            Arg::new("retries")
                .long("retries")
                .default_value("0")
                .allow_hyphen_values(true)
                .help("Set number of retries to complete a copy operation from a container. Specify 0 to disable or any negative value for infinite retrying. The default is 0 (no retry)."),
        )
        .arg(Arg::new("args").num_args(0..).action(ArgAction::Append))
}

/// One side of a copy (`extractFileSpec`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileSpec {
    pub namespace: String,
    pub pod: String,
    pub file: String,
}

pub fn parse_spec(arg: &str) -> std::result::Result<FileSpec, &'static str> {
    const FORMAT: &str = "filespec must match the canonical format: [[namespace/]pod:]file/path";
    let Some(i) = arg.find(':') else {
        return Ok(FileSpec {
            namespace: String::new(),
            pod: String::new(),
            file: arg.to_string(),
        });
    };
    if i == 0 {
        return Err(FORMAT);
    }
    let (pod, file) = (&arg[..i], &arg[i + 1..]);
    let pieces: Vec<&str> = pod.split('/').collect();
    match pieces.as_slice() {
        [p] => Ok(FileSpec {
            namespace: String::new(),
            pod: p.to_string(),
            file: file.to_string(),
        }),
        [ns, p] => Ok(FileSpec {
            namespace: ns.to_string(),
            pod: p.to_string(),
            file: file.to_string(),
        }),
        _ => Err(FORMAT),
    }
}

/// Go's `path.Clean`.
pub fn clean(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let rooted = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for c in p.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if !rooted {
                    parts.push("..");
                }
            }
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".into(),
        (false, false) => joined,
    }
}

/// Go's `path.Dir` and `path.Base`.
fn dir(p: &str) -> String {
    match p.rfind('/') {
        Some(i) => clean(&p[..=i]),
        None => ".".into(),
    }
}

fn base(p: &str) -> String {
    let t = p.trim_end_matches('/');
    if t.is_empty() {
        return if p.is_empty() { ".".into() } else { "/".into() };
    }
    t.rsplit('/').next().unwrap_or(t).to_string()
}

/// Go's `filepath.Join` (empty elements dropped, then cleaned).
fn join(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (true, true) => String::new(),
        (true, false) => clean(b),
        (false, true) => clean(a),
        (false, false) => clean(&format!("{a}/{b}")),
    }
}

/// kubectl `stripPathShortcuts`.
fn strip_path_shortcuts(p: &str) -> String {
    let mut s = p;
    while let Some(rest) = s.strip_prefix("../") {
        s = rest;
    }
    if s == "." || s == ".." {
        return String::new();
    }
    s.strip_prefix('/').unwrap_or(s).to_string()
}

/// A Go `*PathError` text: `op path: reason`, with the errno words Go uses.
fn path_error(op: &str, path: &str, e: &std::io::Error) -> Error {
    let reason = match e.raw_os_error() {
        Some(code) => {
            let text = std::io::Error::from_raw_os_error(code).to_string();
            let text = text.split(" (os error").next().unwrap_or(&text).to_string();
            let mut c = text.chars();
            match c.next() {
                Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
                None => text,
            }
        }
        None => e.to_string(),
    };
    Error::msg(format!("{op} {path}: {reason}"))
}

struct Copier<'c> {
    client: &'c Client,
    namespace: String,
    container: String,
    websockets: bool,
}

impl Copier<'_> {
    /// One exec in the pod (kubectl `CopyOptions.execute` → `ExecOptions.Run`).
    async fn exec(
        &self,
        spec: &FileSpec,
        command: &[String],
        streams: Streams,
        input: Input,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> Result<Ended> {
        let ns = if spec.namespace.is_empty() {
            &self.namespace
        } else {
            &spec.namespace
        };
        let pod: Value = self
            .client
            .get_json(&format!("/api/v1/namespaces/{ns}/pods/{}", spec.pod))
            .await?;
        let phase = pod["status"]["phase"].as_str().unwrap_or_default();
        if phase == "Succeeded" || phase == "Failed" {
            return Err(Error::msg(format!(
                "cannot exec into a container in a completed pod; current phase is {phase}"
            )));
        }
        let container = pods::container(&pod, &self.container, false, err)?;
        let path = format!(
            "/api/v1/namespaces/{ns}/pods/{}/exec?{}",
            spec.pod,
            session::query(command, &container, streams)
        );
        session::run(
            self.client,
            &session::Request {
                path_and_query: &path,
                command_name: "kubectl cp",
                streams,
                resize: false,
                websockets: self.websockets,
            },
            input,
            out,
            err,
        )
        .await
    }
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let args = array(m, "args");
    if args.len() != 2 {
        return Err(Error::msg("source and destination are required"));
    }
    let retries = string(m, "retries");
    if retries.parse::<i64>().is_err() {
        return Err(Error::Flag {
            message: format!(
                "invalid argument {retries:?} for \"--retries\" flag: strconv.ParseInt: parsing {retries:?}: invalid syntax"
            ),
            command: "kubectl cp".into(),
        });
    }
    let src = parse_spec(&args[0]).map_err(Error::msg)?;
    let dest = parse_spec(&args[1]).map_err(Error::msg)?;
    if !src.pod.is_empty() && !dest.pod.is_empty() {
        return Err(Error::msg(
            "one of src or dest must be a local file specification",
        ));
    }
    if src.file.is_empty() || dest.file.is_empty() {
        return Err(Error::msg("filepath can not be empty"));
    }
    if src.pod.is_empty() && dest.pod.is_empty() {
        return Err(Error::msg(
            "one of src or dest must be a remote file specification",
        ));
    }
    let no_preserve = flag(m, "no-preserve");
    let container = string(m, "container");
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let copier = Copier {
            client: &client,
            namespace: client.namespace.clone(),
            container,
            websockets: !websockets_disabled(ctx.env, "KUBECTL_REMOTE_COMMAND_WEBSOCKETS"),
        };
        if !src.pod.is_empty() {
            copy_from_pod(&copier, &src, &dest, ctx).await
        } else {
            copy_to_pod(&copier, &src, &dest, no_preserve, ctx).await
        }
    })
}

async fn copy_to_pod(
    copier: &Copier<'_>,
    src: &FileSpec,
    dest: &FileSpec,
    no_preserve: bool,
    ctx: &mut Ctx<'_>,
) -> Result<()> {
    let src_file = clean(&src.file);
    if std::fs::metadata(&src_file).is_err() {
        return Err(Error::msg(format!(
            "{src_file} doesn't exist in local filesystem"
        )));
    }
    let mut dest_file = dest.file.clone();
    let test = vec!["test".to_string(), "-d".into(), dest.file.clone()];
    let (mut sink_out, mut sink_err) = (Vec::new(), Vec::new());
    let is_dir = copier
        .exec(
            dest,
            &test,
            Streams {
                stdout: true,
                stderr: true,
                ..Streams::default()
            },
            Input::None,
            &mut sink_out,
            &mut sink_err,
        )
        .await;
    if matches!(is_dir, Ok(Ended::Success)) {
        dest_file = join(&dest_file, &base(&src_file));
    }
    let dest_clean = clean(&dest_file);
    let mut archive = Vec::new();
    let mut users = Names::default();
    add_to_tar(&mut archive, &src_file, &base(&dest_clean), &mut users)?;
    tar::finish(&mut archive);
    let mut command: Vec<String> = if no_preserve {
        [
            "tar",
            "--no-same-permissions",
            "--no-same-owner",
            "-xmf",
            "-",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    } else {
        ["tar", "-xmf", "-"].iter().map(|s| s.to_string()).collect()
    };
    let dest_dir = dir(&dest_clean);
    if !dest_dir.is_empty() {
        command.push("-C".into());
        command.push(dest_dir);
    }
    let streams = Streams {
        stdin: true,
        stdout: true,
        stderr: true,
        tty: false,
    };
    let ended = copier
        .exec(
            dest,
            &command,
            streams,
            Input::Bytes(archive),
            ctx.out,
            ctx.err,
        )
        .await?;
    session::finish(ended, ctx.err)
}

/// User and group names by id, read once (Go's FileInfoHeader looks them up the same way).
#[derive(Default)]
struct Names {
    loaded: bool,
    users: Vec<(u64, String)>,
    groups: Vec<(u64, String)>,
}

impl Names {
    fn load(&mut self) {
        if self.loaded {
            return;
        }
        self.loaded = true;
        let read = |path: &str| -> Vec<(u64, String)> {
            std::fs::read_to_string(path)
                .unwrap_or_default()
                .lines()
                .filter_map(|l| {
                    let f: Vec<&str> = l.split(':').collect();
                    Some((f.get(2)?.parse().ok()?, f.first()?.to_string()))
                })
                .collect()
        };
        self.users = read("/etc/passwd");
        self.groups = read("/etc/group");
    }

    fn user(&mut self, id: u64) -> String {
        self.load();
        self.users
            .iter()
            .find(|(i, _)| *i == id)
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    }

    fn group(&mut self, id: u64) -> String {
        self.load();
        self.groups
            .iter()
            .find(|(i, _)| *i == id)
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    }
}

/// kubectl `recursiveTar`: `local` goes into the archive as `name`; directories recurse
/// (an empty one is written as itself), symlinks are kept as links.
fn add_to_tar(out: &mut Vec<u8>, local: &str, name: &str, users: &mut Names) -> Result<()> {
    let md = std::fs::symlink_metadata(local).map_err(|e| path_error("lstat", local, &e))?;
    let mut entry = Entry {
        name: name.to_string(),
        kind: Kind::File,
        mode: md.mode() & 0o7777,
        uid: u64::from(md.uid()),
        gid: u64::from(md.gid()),
        uname: users.user(u64::from(md.uid())),
        gname: users.group(u64::from(md.gid())),
        mtime: md.mtime(),
        linkname: String::new(),
        data: Vec::new(),
    };
    if md.is_dir() {
        let mut children: Vec<String> = std::fs::read_dir(local)
            .map_err(|e| path_error("open", local, &e))?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        // os.ReadDir sorts by name.
        children.sort();
        if children.is_empty() {
            entry.kind = Kind::Dir;
            tar::write_entry(out, &entry);
        }
        for child in children {
            add_to_tar(out, &join(local, &child), &join(name, &child), users)?;
        }
        return Ok(());
    }
    if md.file_type().is_symlink() {
        entry.kind = Kind::Symlink;
        entry.linkname = std::fs::read_link(local)
            .map_err(|e| path_error("readlink", local, &e))?
            .to_string_lossy()
            .into_owned();
        tar::write_entry(out, &entry);
        return Ok(());
    }
    if md.is_file() {
        entry.data = std::fs::read(local).map_err(|e| path_error("open", local, &e))?;
    } else {
        use std::os::unix::fs::FileTypeExt;
        let ft = md.file_type();
        entry.kind = Kind::Other(if ft.is_fifo() {
            b'6'
        } else if ft.is_char_device() {
            b'3'
        } else if ft.is_block_device() {
            b'4'
        } else {
            b'0'
        });
    }
    tar::write_entry(out, &entry);
    Ok(())
}

async fn copy_from_pod(
    copier: &Copier<'_>,
    src: &FileSpec,
    dest: &FileSpec,
    ctx: &mut Ctx<'_>,
) -> Result<()> {
    let command = vec!["tar".to_string(), "cf".into(), "-".into(), src.file.clone()];
    let streams = Streams {
        stdout: true,
        stderr: true,
        ..Streams::default()
    };
    let mut archive = Vec::new();
    // kubectl reads the archive until it ends and does not look at tar's exit status: a missing
    // file shows only tar's own words. Its tarPipe points the exec's error output at stdout, so
    // tar's messages and the Defaulted container notice land there.
    let _ = copier
        .exec(src, &command, streams, Input::None, &mut archive, ctx.out)
        .await?;
    let prefix = strip_path_shortcuts(&clean(src.file.trim_start_matches(['/', '\\'])));
    let entries = tar::read_all(&archive).map_err(|e| Error::msg(e.to_string()))?;
    let dest_root = clean(&dest.file);
    let mut warned = false;
    for e in entries {
        let Some(rest) = e.name.strip_prefix(prefix.as_str()) else {
            return Err(Error::msg("tar contents corrupted"));
        };
        let target = join(&dest_root, rest);
        let rel = clean(rest.trim_start_matches('/'));
        if rel == ".." || rel.starts_with("../") {
            writeln!(
                ctx.err,
                "warning: file {} is outside target destination, skipping",
                quote(&target)
            )?;
            continue;
        }
        let parent = Path::new(&target)
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| ".".into());
        std::fs::create_dir_all(&parent).map_err(|err| path_error("mkdir", &parent, &err))?;
        match e.kind {
            Kind::Dir => {
                std::fs::create_dir_all(&target)
                    .map_err(|err| path_error("mkdir", &target, &err))?;
            }
            Kind::Symlink => {
                if !warned {
                    let ns = &src.namespace;
                    writeln!(
                        ctx.err,
                        "warning: skipping symlink: {} -> {} (consider using \"kubectl exec -n {} {} -- tar cf - {} | tar xf -\")",
                        quote(&target),
                        quote(&e.linkname),
                        quote(ns),
                        quote(&src.pod),
                        quote(&src.file)
                    )?;
                    warned = true;
                } else {
                    writeln!(
                        ctx.err,
                        "warning: skipping symlink: {} -> {}",
                        quote(&target),
                        quote(&e.linkname)
                    )?;
                }
            }
            _ => {
                std::fs::write(&target, &e.data)
                    .map_err(|err| path_error("open", &target, &err))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_specs() {
        let s = |ns: &str, pod: &str, file: &str| FileSpec {
            namespace: ns.into(),
            pod: pod.into(),
            file: file.into(),
        };
        assert_eq!(parse_spec("a/b.txt"), Ok(s("", "", "a/b.txt")));
        assert_eq!(parse_spec("web:/tmp/x"), Ok(s("", "web", "/tmp/x")));
        assert_eq!(parse_spec("ns/web:x"), Ok(s("ns", "web", "x")));
        assert!(parse_spec(":x").is_err());
        assert!(parse_spec("a/b/c:x").is_err());
    }

    #[test]
    fn go_paths() {
        for (input, want) in [
            ("", "."),
            ("a//b/./c/..", "a/b"),
            ("/../a", "/a"),
            ("../../a", "../../a"),
            ("/", "/"),
        ] {
            assert_eq!(clean(input), want, "{input}");
        }
        assert_eq!(dir("/tmp/x"), "/tmp");
        assert_eq!(dir("x"), ".");
        assert_eq!(base("/tmp/x/"), "x");
        assert_eq!(join("out", "/"), "out");
        assert_eq!(join(".", ""), ".");
        assert_eq!(strip_path_shortcuts("../../etc"), "etc");
        assert_eq!(strip_path_shortcuts(".."), "");
    }
}
