//! ConfigMaps and Secrets from literals, files, directories and env files
//! (create_configmap.go, create_secret.go, create_secret_tls.go, create_secret_docker.go,
//! cmd/util/env_file.go), and the `--append-hash` suffix (util/hash). Reads the named local
//! files; nothing else.

use std::collections::BTreeMap;
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Map, Value, json};

use super::{GenError, GenResult, meta, validation};
use crate::output::json as gojson;

/// Where the keys come from, as the flags give them.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    pub files: Vec<String>,
    pub literals: Vec<String>,
    pub env_files: Vec<String>,
}

impl Sources {
    /// Both `Validate`s: env files exclude the other sources.
    pub fn validate(&self) -> GenResult<()> {
        if !self.env_files.is_empty() && (!self.files.is_empty() || !self.literals.is_empty()) {
            return Err(GenError::new(
                "from-env-file cannot be combined with from-file or from-literal",
            ));
        }
        Ok(())
    }
}

/// Go's text for an OS error inside a `*PathError` (`no such file or directory`).
fn errno_text(e: &std::io::Error) -> String {
    match e.raw_os_error() {
        Some(code) => {
            let text = std::io::Error::from_raw_os_error(code).to_string();
            let text = text.split(" (os error").next().unwrap_or(&text).to_string();
            let mut chars = text.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().collect::<String>() + chars.as_str(),
                None => text,
            }
        }
        None => e.to_string(),
    }
}

/// `util.ParseLiteralSource`.
pub fn parse_literal_source(source: &str) -> GenResult<(String, String)> {
    match source.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(GenError::new(format!(
            "invalid literal source {source}, expected key=value"
        ))),
    }
}

/// `util.ParseFileSource`: `[key=]path`.
pub fn parse_file_source(source: &str) -> GenResult<(String, String)> {
    let separators = source.matches('=').count();
    if separators == 0 {
        let base = source
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .filter(|b| !b.is_empty())
            .unwrap_or(if source.starts_with('/') { "/" } else { "." });
        return Ok((base.to_string(), source.to_string()));
    }
    if separators == 1 && source.starts_with('=') {
        return Err(GenError::new(format!(
            "key name for file path {} missing",
            &source[1..]
        )));
    }
    if separators == 1 && source.ends_with('=') {
        return Err(GenError::new(format!(
            "file path for key name {} missing",
            &source[..source.len() - 1]
        )));
    }
    if separators > 1 {
        return Err(GenError::new("key names or file paths cannot contain '='"));
    }
    let (k, p) = source.split_once('=').unwrap_or((source, ""));
    Ok((k.to_string(), p.to_string()))
}

/// One file source expanded: `(key, path)` pairs; a directory gives its regular files in name
/// order.
fn expand_file_source(source: &str) -> GenResult<Vec<(String, String)>> {
    let (key, path) = parse_file_source(source)?;
    let meta = std::fs::metadata(&path)
        .map_err(|e| GenError::new(format!("error reading {path}: {}", errno_text(&e))))?;
    if !meta.is_dir() {
        return Ok(vec![(key, path)]);
    }
    if source.contains('=') {
        return Err(GenError::new("cannot give a key name for a directory path"));
    }
    let mut entries: Vec<(String, std::fs::FileType)> = std::fs::read_dir(&path)
        .map_err(|e| GenError::new(format!("error listing files in {path}: {e}")))?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            Some((
                e.file_name().to_string_lossy().into_owned(),
                e.file_type().ok()?,
            ))
        })
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(entries
        .into_iter()
        .filter(|(_, t)| t.is_file())
        .map(|(name, _)| {
            let full = Path::new(&path).join(&name).to_string_lossy().into_owned();
            (name, full)
        })
        .collect())
}

fn read_file(path: &str) -> GenResult<Vec<u8>> {
    std::fs::read(path).map_err(|e| GenError::new(format!("open {path}: {}", errno_text(&e))))
}

/// `AddFromEnvFile`: `KEY=value` lines; blank lines and `#` comments skipped; a bare `KEY`
/// takes its value from the environment.
fn env_file_pairs(path: &str) -> GenResult<Vec<(String, String)>> {
    let meta = std::fs::metadata(path)
        .map_err(|e| GenError::new(format!("error reading {path}: {}", errno_text(&e))))?;
    if meta.is_dir() {
        return Err(GenError::new("IS_DIR"));
    }
    let bytes = read_file(path)?;
    let mut out = Vec::new();
    for (i, raw) in bytes.split(|b| *b == b'\n').enumerate() {
        let mut line = raw.strip_suffix(b"\r").unwrap_or(raw);
        if i == 0 {
            line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
        }
        let Ok(text) = std::str::from_utf8(line) else {
            return Err(GenError::new(format!(
                "env file {path} contains invalid utf8 bytes at line {}: {line:?}",
                i + 1
            )));
        };
        let text = text.trim_start();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let (key, value) = match text.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => (text.to_string(), std::env::var(text).unwrap_or_default()),
        };
        let errs = validation::env_var_name_errors(&key);
        if !errs.is_empty() {
            return Err(GenError::new(format!(
                "{key:?} is not a valid key name: {}",
                errs.join(";")
            )));
        }
        out.push((key, value));
    }
    Ok(out)
}

/// `create configmap`.
pub fn configmap(
    name: &str,
    namespace: Option<&str>,
    sources: &Sources,
    append_hash: bool,
) -> GenResult<Value> {
    let mut data: BTreeMap<String, String> = BTreeMap::new();
    let mut binary: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let add = |data: &mut BTreeMap<String, String>,
               binary: &BTreeMap<String, Vec<u8>>,
               key: &str|
     -> GenResult<()> {
        let errs = validation::config_map_key_errors(key);
        if !errs.is_empty() {
            return Err(GenError::new(format!(
                "{key:?} is not a valid key name for a ConfigMap: {}",
                errs.join(",")
            )));
        }
        if data.contains_key(key) {
            return Err(GenError::new(format!(
                "cannot add key {key:?}, another key by that name already exists in Data for ConfigMap {name:?}"
            )));
        }
        if binary.contains_key(key) {
            return Err(GenError::new(format!(
                "cannot add key {key:?}, another key by that name already exists in BinaryData for ConfigMap {name:?}"
            )));
        }
        Ok(())
    };
    for source in &sources.files {
        for (key, path) in expand_file_source(source)? {
            let bytes = read_file(&path)?;
            add(&mut data, &binary, &key)?;
            match String::from_utf8(bytes) {
                Ok(text) => {
                    data.insert(key, text);
                }
                Err(e) => {
                    binary.insert(key, e.into_bytes());
                }
            }
        }
    }
    for source in &sources.literals {
        let (key, value) = parse_literal_source(source)?;
        add(&mut data, &binary, &key)?;
        data.insert(key, value);
    }
    for path in &sources.env_files {
        let pairs = env_file_pairs(path).map_err(|e| {
            if e.0 == "IS_DIR" {
                GenError::new("env config file cannot be a directory")
            } else {
                e
            }
        })?;
        for (key, value) in pairs {
            add(&mut data, &binary, &key)?;
            data.insert(key, value);
        }
    }
    let data_json: Map<String, Value> = data.into_iter().map(|(k, v)| (k, json!(v))).collect();
    let binary_json: Map<String, Value> = binary
        .into_iter()
        .map(|(k, v)| (k, json!(STANDARD.encode(v))))
        .collect();
    let mut name = name.to_string();
    if append_hash {
        let mut encoded = Map::new();
        encoded.insert("kind".into(), json!("ConfigMap"));
        encoded.insert("name".into(), json!(name));
        encoded.insert("data".into(), Value::Object(data_json.clone()));
        if !binary_json.is_empty() {
            encoded.insert("binaryData".into(), Value::Object(binary_json.clone()));
        }
        name = format!(
            "{name}-{}",
            content_hash(&gojson::to_compact_string(&Value::Object(encoded)))
        );
    }
    let mut cm =
        json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta(&name, namespace)});
    if !data_json.is_empty() {
        cm["data"] = Value::Object(data_json);
    }
    if !binary_json.is_empty() {
        cm["binaryData"] = Value::Object(binary_json);
    }
    Ok(cm)
}

/// util/hash `encodeHash(hash(text))`: the first ten hex digits of the SHA-256, vowels and
/// look-alike digits mapped to consonants.
pub fn content_hash(text: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, text.as_bytes());
    let hex: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
    hex[..10]
        .chars()
        .map(|c| match c {
            '0' => 'g',
            '1' => 'h',
            '3' => 'k',
            'a' => 'm',
            'e' => 't',
            other => other,
        })
        .collect()
}

/// A Secret being built: keys in insertion-checked order, bytes as given.
#[derive(Debug, Clone, Default)]
pub struct SecretData {
    data: BTreeMap<String, Vec<u8>>,
}

impl SecretData {
    /// `addKeyFromLiteralToSecret`.
    pub fn add(&mut self, key: &str, value: Vec<u8>) -> GenResult<()> {
        let errs = validation::config_map_key_errors(key);
        if !errs.is_empty() {
            return Err(GenError::new(format!(
                "{key:?} is not valid key name for a Secret {}",
                errs.join(";")
            )));
        }
        if self.data.contains_key(key) {
            return Err(GenError::new(format!(
                "cannot add key {key}, another key by that name already exists"
            )));
        }
        self.data.insert(key.to_string(), value);
        Ok(())
    }

    /// `handleSecretFromFileSources`.
    pub fn add_files(&mut self, sources: &[String]) -> GenResult<()> {
        for source in sources {
            for (key, path) in expand_file_source(source)? {
                let bytes = read_file(&path)?;
                self.add(&key, bytes)?;
            }
        }
        Ok(())
    }

    /// Literals, then files, then env files: `createSecret`'s order.
    pub fn add_sources(&mut self, sources: &Sources) -> GenResult<()> {
        for source in &sources.literals {
            let (key, value) = parse_literal_source(source)?;
            self.add(&key, value.into_bytes())?;
        }
        self.add_files(&sources.files)?;
        for path in &sources.env_files {
            let pairs = env_file_pairs(path).map_err(|e| {
                if e.0 == "IS_DIR" {
                    GenError::new("env secret file cannot be a directory")
                } else {
                    e
                }
            })?;
            for (key, value) in pairs {
                self.add(&key, value.into_bytes())?;
            }
        }
        Ok(())
    }

    /// The Secret (`newSecretObj`), named with the content hash when asked.
    pub fn into_secret(
        self,
        name: &str,
        namespace: Option<&str>,
        secret_type: &str,
        append_hash: bool,
    ) -> Value {
        let data: Map<String, Value> = self
            .data
            .into_iter()
            .map(|(k, v)| (k, json!(STANDARD.encode(v))))
            .collect();
        let mut name = name.to_string();
        if append_hash {
            let encoded =
                json!({"kind": "Secret", "type": secret_type, "name": name, "data": data});
            name = format!(
                "{name}-{}",
                content_hash(&gojson::to_compact_string(&encoded))
            );
        }
        let mut secret =
            json!({"apiVersion": "v1", "kind": "Secret", "metadata": meta(&name, namespace)});
        if !data.is_empty() {
            secret["data"] = Value::Object(data);
        }
        if !secret_type.is_empty() {
            secret["type"] = json!(secret_type);
        }
        secret
    }
}

/// The `.dockerconfigjson` of `create secret docker-registry` (`DockerConfigJSON` with one
/// entry; empty fields omitted, Go's HTML-safe escaping).
pub fn docker_config_json(username: &str, password: &str, email: &str, server: &str) -> String {
    let s = |v: &str| gojson::to_compact_string(&json!(v));
    let auth = STANDARD.encode(format!("{username}:{password}"));
    let mut fields = Vec::new();
    for (k, v) in [
        ("username", username),
        ("password", password),
        ("email", email),
        ("auth", auth.as_str()),
    ] {
        if !v.is_empty() {
            fields.push(format!("\"{k}\":{}", s(v)));
        }
    }
    format!("{{\"auths\":{{{}:{{{}}}}}}}", s(server), fields.join(","))
}

/// PEM block types in `text`, in order.
fn pem_types(text: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(text);
    text.lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix("-----BEGIN ")
                .and_then(|r| r.strip_suffix("-----"))
                .map(str::to_string)
        })
        .collect()
}

/// The checks of Go's `tls.X509KeyPair` that need no cryptography: a certificate block in the
/// certificate file and a private key block in the key file.
pub fn check_key_pair(cert: &[u8], key: &[u8]) -> GenResult<()> {
    let cert_types = pem_types(cert);
    if cert_types.is_empty() {
        return Err(GenError::new(
            "tls: failed to find any PEM data in certificate input",
        ));
    }
    if !cert_types.iter().any(|t| t == "CERTIFICATE") {
        return Err(GenError::new(format!(
            "tls: failed to find \"CERTIFICATE\" PEM block in certificate input after skipping PEM blocks of the following types: [{}]",
            cert_types.join(" ")
        )));
    }
    let key_types = pem_types(key);
    if key_types.is_empty() {
        return Err(GenError::new(
            "tls: failed to find any PEM data in key input",
        ));
    }
    if !key_types
        .iter()
        .any(|t| t == "PRIVATE KEY" || t.ends_with(" PRIVATE KEY"))
    {
        if key_types.iter().any(|t| t == "CERTIFICATE") {
            return Err(GenError::new(
                "tls: found a certificate rather than a key in the PEM for the private key",
            ));
        }
        return Err(GenError::new(format!(
            "tls: failed to find PEM block with type ending in \"PRIVATE KEY\" in key input after skipping PEM blocks of the following types: [{}]",
            key_types.join(" ")
        )));
    }
    Ok(())
}

/// `readFile` of create_secret_tls.go.
pub fn read_tls_file(path: &str) -> GenResult<Vec<u8>> {
    std::fs::read(path).map_err(|e| {
        GenError::new(format!(
            "Cannot read file {path}, open {path}: {}",
            errno_text(&e)
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_parse_like_kubectl() {
        assert_eq!(
            parse_file_source("k=/a/b").unwrap(),
            ("k".into(), "/a/b".into())
        );
        assert_eq!(parse_file_source("/a/b").unwrap().0, "b");
        assert_eq!(
            parse_file_source("=x").unwrap_err().to_string(),
            "key name for file path x missing"
        );
        assert_eq!(
            parse_file_source("x=").unwrap_err().to_string(),
            "file path for key name x missing"
        );
        assert_eq!(
            parse_literal_source("a").unwrap_err().to_string(),
            "invalid literal source a, expected key=value"
        );
        assert_eq!(
            parse_literal_source("a=b=c").unwrap(),
            ("a".into(), "b=c".into())
        );
    }

    #[test]
    fn docker_config() {
        assert_eq!(
            docker_config_json("u", "p", "", "s"),
            r#"{"auths":{"s":{"username":"u","password":"p","auth":"dTpw"}}}"#
        );
    }

    #[test]
    fn hash_maps_vowels() {
        let h = content_hash("x");
        assert_eq!(h.len(), 10);
        assert!(!h.contains(['a', 'e', '0', '1', '3']));
    }
}
