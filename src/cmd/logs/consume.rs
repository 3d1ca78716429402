//! Copies log streams to stdout as kubectl's `DefaultConsumeRequest` does: one stream after
//! another, or — following several — all at once, whole lines at a time so streams never
//! interleave mid-line. `--prefix` puts `[pod/NAME/CONTAINER] ` before every line. Memory
//! stays at one chunk per stream (one line when several streams share stdout).

use std::cell::RefCell;
use std::io::Write;

use super::pick::LogTarget;
use crate::client::Client;
use crate::error::{Error, Result};

/// Writes bytes to `out`, putting `prefix` at the start of each line (the prefixing writer
/// kubectl wraps around each stream); a last line without a newline gets it too.
pub struct Prefixer {
    prefix: Option<Vec<u8>>,
    at_line_start: bool,
}

impl Prefixer {
    pub fn new(prefix: Option<String>) -> Self {
        Prefixer {
            prefix: prefix.map(String::into_bytes),
            at_line_start: true,
        }
    }

    pub fn write(&mut self, mut data: &[u8], out: &mut dyn Write) -> std::io::Result<()> {
        let Some(prefix) = &self.prefix else {
            return out.write_all(data);
        };
        while !data.is_empty() {
            if self.at_line_start {
                out.write_all(prefix)?;
            }
            let end = data
                .iter()
                .position(|b| *b == b'\n')
                .map_or(data.len(), |i| i + 1);
            out.write_all(&data[..end])?;
            self.at_line_start = data[end - 1] == b'\n';
            data = &data[end..];
        }
        Ok(())
    }
}

/// What kubectl does with a stream's error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnError {
    /// Stop and report it (exit 1).
    Fail,
    /// `--ignore-errors`: write `error: …` on stdout and go on.
    Ignore,
}

/// The message of an error as Go's `err.Error()` gives it: a server Status is its message alone.
pub fn go_text(e: &Error) -> String {
    let text = e.to_string();
    match text.strip_prefix("Error from server") {
        Some(rest) => rest
            .split_once(": ")
            .map(|(_, m)| m.to_string())
            .unwrap_or(text.clone()),
        None => text,
    }
}

/// Streams each target in turn (`sequentialConsumeRequest`).
pub async fn sequential(
    client: &Client,
    targets: &[(LogTarget, String)],
    prefix: bool,
    follow: bool,
    on_error: OnError,
    out: &mut dyn Write,
) -> Result<()> {
    for (target, path) in targets {
        let mut prefixer = Prefixer::new(prefix.then(|| target.prefix()));
        let result = copy(client, path, &mut prefixer, follow, out).await;
        if let Err(e) = result {
            match (on_error, &e) {
                (_, Error::Io(_)) | (OnError::Fail, _) => return Err(e),
                (OnError::Ignore, _) => writeln!(out, "error: {}", go_text(&e))?,
            }
        }
    }
    Ok(())
}

async fn copy(
    client: &Client,
    path: &str,
    prefixer: &mut Prefixer,
    follow: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let mut chunks = client.stream(path).await?;
    while let Some(chunk) = chunks.next().await {
        let chunk = chunk?;
        prefixer.write(&chunk, out)?;
        if follow {
            out.flush()?;
        }
    }
    Ok(())
}

/// Follows every target at once (`parallelConsumeRequest`): whole lines go to `out` as they
/// complete. The first error ends everything unless errors are ignored.
pub async fn parallel(
    client: &Client,
    targets: &[(LogTarget, String)],
    prefix: bool,
    on_error: OnError,
    out: &mut dyn Write,
) -> Result<()> {
    let out = RefCell::new(out);
    let one = |target: &LogTarget, path: &String| {
        let out = &out;
        let prefix = prefix.then(|| target.prefix());
        let path = path.clone();
        async move {
            let result = follow_lines(client, &path, prefix.as_deref(), out).await;
            match (result, on_error) {
                (Err(e @ Error::Io(_)), _) | (Err(e), OnError::Fail) => Err(e),
                (Err(e), OnError::Ignore) => {
                    let mut w = out.borrow_mut();
                    writeln!(w, "error: {}", go_text(&e))?;
                    w.flush()?;
                    Ok(())
                }
                (Ok(()), _) => Ok(()),
            }
        }
    };
    futures::future::try_join_all(targets.iter().map(|(t, p)| one(t, p))).await?;
    Ok(())
}

async fn follow_lines(
    client: &Client,
    path: &str,
    prefix: Option<&str>,
    out: &RefCell<&mut dyn Write>,
) -> Result<()> {
    let mut chunks = client.stream(path).await?;
    let mut pending: Vec<u8> = Vec::new();
    let emit = |line: &[u8]| -> Result<()> {
        let mut w = out.borrow_mut();
        if let Some(p) = prefix {
            w.write_all(p.as_bytes())?;
        }
        w.write_all(line)?;
        w.flush()?;
        Ok(())
    };
    while let Some(chunk) = chunks.next().await {
        let chunk = chunk?;
        let mut data: &[u8] = &chunk;
        while let Some(i) = data.iter().position(|b| *b == b'\n') {
            if pending.is_empty() {
                emit(&data[..=i])?;
            } else {
                pending.extend_from_slice(&data[..=i]);
                emit(&pending)?;
                pending.clear();
            }
            data = &data[i + 1..];
        }
        pending.extend_from_slice(data);
    }
    if !pending.is_empty() {
        emit(&pending)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_every_line_across_chunks() {
        let mut out = Vec::new();
        let mut p = Prefixer::new(Some("[pod/a/c] ".into()));
        for chunk in ["one\ntw", "o\n", "", "three"] {
            p.write(chunk.as_bytes(), &mut out).unwrap();
        }
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "[pod/a/c] one\n[pod/a/c] two\n[pod/a/c] three"
        );
        let mut out = Vec::new();
        Prefixer::new(None).write(b"as is\n", &mut out).unwrap();
        assert_eq!(out, b"as is\n");
    }

    #[test]
    fn go_text_drops_the_reason() {
        let e = Error::Raw("Error from server (BadRequest): container \"x\" is terminated".into());
        assert_eq!(go_text(&e), "container \"x\" is terminated");
        assert_eq!(go_text(&Error::msg("plain")), "plain");
    }
}
