//! The kubeconfig file format (`clientcmd/api/v1`): serde types in Go's field order.
//!
//! Field order and `omitempty` rules mirror client-go's v1 structs because `kubectl config view
//! -o json` prints them in that order. Unknown fields are kept in `extra` so that a write never
//! drops what another tool put in the file (kubectl itself drops them); they are left out of
//! `config view` output, as kubectl leaves them out. No I/O here.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Unknown fields of a stanza, kept verbatim across writes.
pub type Extra = BTreeMap<String, Value>;

fn is_false(b: &bool) -> bool {
    !*b
}

/// One kubeconfig document, as stored in a file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ConfigFile {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
    #[serde(
        rename = "apiVersion",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub api_version: String,
    #[serde(default)]
    pub preferences: Preferences,
    #[serde(
        default,
        deserialize_with = "nullable_vec",
        serialize_with = "null_if_empty"
    )]
    pub clusters: Vec<NamedCluster>,
    #[serde(
        rename = "users",
        default,
        deserialize_with = "nullable_vec",
        serialize_with = "null_if_empty"
    )]
    pub users: Vec<NamedUser>,
    #[serde(
        default,
        deserialize_with = "nullable_vec",
        serialize_with = "null_if_empty"
    )]
    pub contexts: Vec<NamedContext>,
    #[serde(
        rename = "current-context",
        default,
        deserialize_with = "nullable_string"
    )]
    pub current_context: String,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "nullable_vec"
    )]
    pub extensions: Vec<NamedExtension>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Preferences {
    #[serde(default, skip_serializing_if = "is_false")]
    pub colors: bool,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "nullable_vec"
    )]
    pub extensions: Vec<NamedExtension>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamedCluster {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub cluster: Cluster,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamedUser {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub user: AuthInfo,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamedContext {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub context: Context,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamedExtension {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub extension: Value,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    #[serde(default, deserialize_with = "nullable_string")]
    pub server: String,
    #[serde(
        rename = "tls-server-name",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub tls_server_name: String,
    #[serde(
        rename = "insecure-skip-tls-verify",
        default,
        skip_serializing_if = "is_false"
    )]
    pub insecure_skip_tls_verify: bool,
    #[serde(
        rename = "certificate-authority",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub certificate_authority: String,
    #[serde(
        rename = "certificate-authority-data",
        default,
        skip_serializing_if = "Bytes::is_empty"
    )]
    pub certificate_authority_data: Bytes,
    #[serde(
        rename = "proxy-url",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub proxy_url: String,
    #[serde(
        rename = "disable-compression",
        default,
        skip_serializing_if = "is_false"
    )]
    pub disable_compression: bool,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "nullable_vec"
    )]
    pub extensions: Vec<NamedExtension>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AuthInfo {
    #[serde(
        rename = "client-certificate",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub client_certificate: String,
    #[serde(
        rename = "client-certificate-data",
        default,
        skip_serializing_if = "Bytes::is_empty"
    )]
    pub client_certificate_data: Bytes,
    #[serde(
        rename = "client-key",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub client_key: String,
    #[serde(
        rename = "client-key-data",
        default,
        skip_serializing_if = "Bytes::is_empty"
    )]
    pub client_key_data: Bytes,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub token: String,
    #[serde(
        rename = "tokenFile",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub token_file: String,
    #[serde(rename = "as", default, skip_serializing_if = "String::is_empty")]
    pub impersonate: String,
    #[serde(rename = "as-uid", default, skip_serializing_if = "String::is_empty")]
    pub impersonate_uid: String,
    #[serde(
        rename = "as-groups",
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "nullable_vec"
    )]
    pub impersonate_groups: Vec<String>,
    #[serde(
        rename = "as-user-extra",
        default,
        skip_serializing_if = "BTreeMap::is_empty"
    )]
    pub impersonate_user_extra: BTreeMap<String, Vec<String>>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub username: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub password: String,
    #[serde(
        rename = "auth-provider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auth_provider: Option<AuthProviderConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exec: Option<ExecConfig>,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "nullable_vec"
    )]
    pub extensions: Vec<NamedExtension>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Context {
    #[serde(default, deserialize_with = "nullable_string")]
    pub cluster: String,
    #[serde(rename = "user", default, deserialize_with = "nullable_string")]
    pub user: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub namespace: String,
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "nullable_vec"
    )]
    pub extensions: Vec<NamedExtension>,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AuthProviderConfig {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub config: Option<BTreeMap<String, String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExecConfig {
    #[serde(default)]
    pub command: String,
    #[serde(default)]
    pub args: Option<Vec<String>>,
    #[serde(default)]
    pub env: Option<Vec<ExecEnvVar>>,
    #[serde(
        rename = "apiVersion",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub api_version: String,
    #[serde(
        rename = "installHint",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub install_hint: String,
    #[serde(rename = "provideClusterInfo", default)]
    pub provide_cluster_info: bool,
    #[serde(
        rename = "interactiveMode",
        default,
        skip_serializing_if = "String::is_empty"
    )]
    pub interactive_mode: String,
    #[serde(flatten)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExecEnvVar {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub value: String,
}

/// Go `[]byte`: base64 text on the wire, raw bytes in memory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bytes(pub Vec<u8>);

impl Bytes {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Bytes {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use base64::Engine as _;
        s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(&self.0))
    }
}

impl<'de> Deserialize<'de> for Bytes {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use base64::Engine as _;
        let text: Option<String> = Option::deserialize(d)?;
        let Some(text) = text else {
            return Ok(Bytes::default());
        };
        // encoding/json's []byte decoder skips \r and \n inside the base64 text.
        let compact: String = text.chars().filter(|c| *c != '\n' && *c != '\r').collect();
        base64::engine::general_purpose::STANDARD
            .decode(compact.as_bytes())
            .map(Bytes)
            .map_err(|e| serde::de::Error::custom(format!("illegal base64 data: {e}")))
    }
}

/// `null` in YAML means "absent" for Go slices.
fn nullable_vec<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// Go marshals a nil slice as `null`, and client-go converts an empty map to a nil slice.
fn null_if_empty<S: serde::Serializer, T: Serialize>(v: &[T], s: S) -> Result<S::Ok, S::Error> {
    if v.is_empty() {
        s.serialize_none()
    } else {
        v.serialize(s)
    }
}

fn nullable_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

impl ExecConfig {
    /// client-go's v1 defaulting (`SetDefaults_ExecConfig`): old exec API versions default to
    /// `IfAvailable`; newer ones must say what they want.
    pub fn apply_defaults(&mut self) {
        if self.interactive_mode.is_empty()
            && matches!(
                self.api_version.as_str(),
                "client.authentication.k8s.io/v1beta1" | "client.authentication.k8s.io/v1alpha1"
            )
        {
            self.interactive_mode = "IfAvailable".to_string();
        }
    }
}
