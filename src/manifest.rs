//! Manifests from `-f FILE|DIR|-` (with `-R`): multi-document YAML or JSON, `List` objects
//! expanded into their items, in file order (cli-runtime's `FileVisitor` rules).

use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::{Error, Result};

/// One object and where it came from (for messages).
#[derive(Debug, Clone, PartialEq)]
pub struct Manifest {
    pub source: String,
    pub object: Value,
}

const EXTENSIONS: &[&str] = &["json", "yaml", "yml"];

/// Reads every `-f` argument in order; `-` reads standard input.
pub fn read_all(paths: &[String], recursive: bool, stdin: &mut dyn Read) -> Result<Vec<Manifest>> {
    let mut out = Vec::new();
    for p in paths {
        if p == "-" {
            let mut text = String::new();
            stdin.read_to_string(&mut text)?;
            out.extend(parse("STDIN", &text)?);
            continue;
        }
        let path = Path::new(p);
        let meta = std::fs::metadata(path)
            .map_err(|_| Error::msg(format!("the path {p:?} does not exist")))?;
        if meta.is_dir() {
            for file in walk(path, recursive)? {
                let text = std::fs::read_to_string(&file)?;
                out.extend(parse(&file.display().to_string(), &text)?);
            }
        } else {
            let text = std::fs::read_to_string(path)?;
            out.extend(parse(p, &text)?);
        }
    }
    Ok(out)
}

/// Files of a directory in lexical order (Go's `filepath.Walk`), only manifest extensions;
/// subdirectories only with `-R`.
fn walk(dir: &Path, recursive: bool) -> Result<Vec<PathBuf>> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    let mut files = Vec::new();
    for e in entries {
        if e.is_dir() {
            if recursive {
                files.extend(walk(&e, recursive)?);
            }
        } else if e
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| EXTENSIONS.contains(&x))
        {
            files.push(e);
        }
    }
    Ok(files)
}

/// Parses one source: YAML documents (JSON is YAML), empty documents skipped, `List`s
/// expanded.
pub fn parse(source: &str, text: &str) -> Result<Vec<Manifest>> {
    let options = serde_saphyr::options! { legacy_octal_numbers: true };
    let docs: Vec<Value> = serde_saphyr::from_multiple_with_options(text, options)
        .map_err(|e| Error::msg(format!("error parsing {source}: {e}")))?;
    let mut out = Vec::new();
    for doc in docs {
        if doc.is_null() {
            continue;
        }
        let kind = doc["kind"].as_str().unwrap_or_default();
        if kind.is_empty() {
            let compact = crate::output::json::to_compact_string(&doc);
            return Err(Error::msg(format!(
                "unable to decode {source:?}: Object 'Kind' is missing in '{compact}'"
            )));
        }
        if kind.ends_with("List") && doc["items"].is_array() {
            for item in doc["items"].as_array().into_iter().flatten() {
                out.push(Manifest {
                    source: source.to_string(),
                    object: item.clone(),
                });
            }
        } else {
            out.push(Manifest {
                source: source.to_string(),
                object: doc,
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_lists_and_empties() {
        let text = "---\n# only a comment\n---\nkind: ConfigMap\nmetadata: {name: a}\n---\nkind: List\nitems:\n- {kind: Pod, metadata: {name: b}}\n- {kind: Pod, metadata: {name: c}}\n";
        let names: Vec<String> = parse("x", text)
            .expect("parses")
            .into_iter()
            .map(|m| {
                m.object["metadata"]["name"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string()
            })
            .collect();
        assert_eq!(names, ["a", "b", "c"]);
    }

    #[test]
    fn kind_is_required() {
        let err = parse("f.yaml", "metadata: {name: a}\n").expect_err("fails");
        assert_eq!(
            err.to_string(),
            "unable to decode \"f.yaml\": Object 'Kind' is missing in '{\"metadata\":{\"name\":\"a\"}}'"
        );
    }
}
