//! From the merged kubeconfig and the global flags to the one connection every verb uses:
//! context → cluster + user + namespace (client-go's `DirectClientConfig`), then a
//! `kube::Config`.

use std::path::Path;
use std::time::Duration;

use super::Error;
use super::merged::Kubeconfig;
use super::model::{AuthInfo, Cluster, ConfigFile, NamedCluster, NamedContext, NamedUser};
use super::write::absolute;
use crate::env::Env;

/// Global flags that override the kubeconfig (`clientcmd.ConfigOverrides`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overrides {
    pub context: Option<String>,
    pub cluster: Option<String>,
    pub user: Option<String>,
    pub namespace: Option<String>,
    pub server: Option<String>,
    pub token: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
    pub impersonate: Option<String>,
    pub impersonate_uid: Option<String>,
    pub impersonate_groups: Vec<String>,
    pub certificate_authority: Option<String>,
    pub client_certificate: Option<String>,
    pub client_key: Option<String>,
    pub insecure_skip_tls_verify: Option<bool>,
    pub tls_server_name: Option<String>,
    pub disable_compression: Option<bool>,
    pub request_timeout: Option<Duration>,
}

/// The connection settings after resolution, with file paths made absolute.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub context_name: String,
    pub cluster_name: String,
    pub user_name: String,
    pub namespace: String,
    /// Whether the namespace came from a flag, the environment or the context (not the default).
    pub namespace_explicit: bool,
    pub cluster: Cluster,
    pub user: AuthInfo,
}

/// Resolves the effective context. `KCTL_CONTEXT` / `KCTL_NAMESPACE` sit between the flags and
/// the kubeconfig, so a shell can pin its own context without touching the shared file.
pub fn resolve(config: &Kubeconfig, overrides: &Overrides, env: &Env) -> Result<Resolved, Error> {
    let context_name = overrides
        .context
        .clone()
        .or_else(|| env.get("KCTL_CONTEXT").map(str::to_string))
        .unwrap_or_else(|| config.current_context.clone());
    let context = match config.contexts.get(&context_name) {
        Some(c) => c.value.clone(),
        None if overrides.context.is_some() || env.get("KCTL_CONTEXT").is_some() => {
            return Err(Error::Invalid(format!(
                "context was not found for specified context: {context_name}"
            )));
        }
        None => Default::default(),
    };
    let cluster_name = overrides.cluster.clone().unwrap_or(context.cluster.clone());
    let user_name = overrides.user.clone().unwrap_or(context.user.clone());
    if overrides.cluster.is_some() && !config.clusters.contains_key(&cluster_name) {
        return Err(Error::Invalid(format!(
            "cluster \"{cluster_name}\" does not exist"
        )));
    }
    if overrides.user.is_some() && !config.users.contains_key(&user_name) {
        return Err(Error::Invalid(format!(
            "auth info \"{user_name}\" does not exist"
        )));
    }

    let mut cluster = Cluster::default();
    if let Some(stanza) = config.clusters.get(&cluster_name) {
        cluster = stanza.value.clone();
        if let Some(origin) = &stanza.origin {
            resolve_path(&mut cluster.certificate_authority, origin);
        }
    }
    let mut user = AuthInfo::default();
    if let Some(stanza) = config.users.get(&user_name) {
        user = stanza.value.clone();
        if let Some(origin) = &stanza.origin {
            resolve_path(&mut user.client_certificate, origin);
            resolve_path(&mut user.client_key, origin);
            resolve_path(&mut user.token_file, origin);
        }
    }
    apply_overrides(&mut cluster, &mut user, overrides);

    let (namespace, namespace_explicit) = match overrides
        .namespace
        .clone()
        .or_else(|| env.get("KCTL_NAMESPACE").map(str::to_string))
    {
        Some(ns) => (ns, true),
        None if !context.namespace.is_empty() => (context.namespace.clone(), true),
        None => ("default".to_string(), false),
    };

    Ok(Resolved {
        context_name,
        cluster_name,
        user_name,
        namespace,
        namespace_explicit,
        cluster,
        user,
    })
}

fn apply_overrides(cluster: &mut Cluster, user: &mut AuthInfo, o: &Overrides) {
    if let Some(server) = &o.server {
        cluster.server = server.clone();
    }
    if let Some(ca) = &o.certificate_authority {
        cluster.certificate_authority = absolute(Path::new(ca)).to_string_lossy().into_owned();
        cluster.certificate_authority_data = Default::default();
    }
    if let Some(insecure) = o.insecure_skip_tls_verify {
        cluster.insecure_skip_tls_verify = insecure;
        if insecure {
            // client-go drops the CA when insecure is forced on the command line.
            cluster.certificate_authority.clear();
            cluster.certificate_authority_data = Default::default();
        }
    }
    if let Some(name) = &o.tls_server_name {
        cluster.tls_server_name = name.clone();
    }
    if let Some(disable) = o.disable_compression {
        cluster.disable_compression = disable;
    }
    if let Some(token) = &o.token {
        user.token = token.clone();
        user.token_file.clear();
    }
    if let Some(cert) = &o.client_certificate {
        user.client_certificate = cert.clone();
        user.client_certificate_data = Default::default();
    }
    if let Some(key) = &o.client_key {
        user.client_key = key.clone();
        user.client_key_data = Default::default();
    }
    if let Some(u) = &o.username {
        user.username = u.clone();
    }
    if let Some(p) = &o.password {
        user.password = p.clone();
    }
    if let Some(imp) = &o.impersonate {
        user.impersonate = imp.clone();
    }
    if let Some(uid) = &o.impersonate_uid {
        user.impersonate_uid = uid.clone();
    }
    if !o.impersonate_groups.is_empty() {
        user.impersonate_groups = o.impersonate_groups.clone();
    }
}

fn resolve_path(field: &mut String, origin: &Path) {
    if field.is_empty() || Path::new(field.as_str()).is_absolute() {
        return;
    }
    let base = absolute(origin.parent().unwrap_or(Path::new("")));
    *field = base.join(field.as_str()).to_string_lossy().into_owned();
}

impl Resolved {
    /// The single-context kubeconfig kube-rs builds its client from.
    fn to_kube_kubeconfig(&self) -> Result<kube::config::Kubeconfig, Error> {
        let file = ConfigFile {
            clusters: vec![NamedCluster {
                name: "kctl".to_string(),
                cluster: self.cluster.clone(),
            }],
            users: vec![NamedUser {
                name: "kctl".to_string(),
                user: self.user.clone(),
            }],
            contexts: vec![NamedContext {
                name: "kctl".to_string(),
                context: super::model::Context {
                    cluster: "kctl".to_string(),
                    user: "kctl".to_string(),
                    namespace: self.namespace.clone(),
                    ..Default::default()
                },
            }],
            current_context: "kctl".to_string(),
            ..Default::default()
        };
        let value = serde_json::to_value(&file).map_err(|e| Error::Invalid(e.to_string()))?;
        serde_json::from_value(value).map_err(|e| Error::Invalid(e.to_string()))
    }

    /// The `kube::Config` for this context; a context without a server talks to
    /// `http://localhost:8080`, as kubectl does.
    pub async fn to_kube_config(&self, overrides: &Overrides) -> Result<kube::Config, Error> {
        let mut this = self.clone();
        if this.cluster.server.is_empty() {
            this.cluster.server = "http://localhost:8080".to_string();
        }
        // kubectl sends bearer tokens and passwords only over TLS; a plain-HTTP server gets
        // none (impersonation headers still go).
        if this.cluster.server.starts_with("http://") {
            this.user.token.clear();
            this.user.token_file.clear();
            this.user.username.clear();
            this.user.password.clear();
        }
        let kubeconfig = this.to_kube_kubeconfig()?;
        let options = kube::config::KubeConfigOptions {
            context: Some("kctl".to_string()),
            cluster: None,
            user: None,
        };
        let mut config = kube::Config::from_custom_kubeconfig(kubeconfig, &options)
            .await
            .map_err(|e| Error::Invalid(e.to_string()))?;
        config.default_namespace = self.namespace.clone();
        if let Some(timeout) = overrides.request_timeout.filter(|t| !t.is_zero()) {
            config.read_timeout = Some(timeout);
            config.write_timeout = Some(timeout);
            config.connect_timeout = Some(timeout);
        }
        Ok(config)
    }
}

/// `KUBERNETES_SERVICE_HOST` set and no kubeconfig anywhere: the pod's service account.
pub fn in_cluster_wanted(paths: &super::PathOptions, env: &Env) -> bool {
    env.get("KUBERNETES_SERVICE_HOST").is_some()
        && env.get("KUBERNETES_SERVICE_PORT").is_some()
        && !paths.any_file_exists()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kubeconfig::load::parse;

    fn config() -> Kubeconfig {
        let file = parse(
            br#"
current-context: a
contexts:
- name: a
  context: {cluster: c1, user: u1, namespace: team-a}
- name: b
  context: {cluster: c2, user: u1}
clusters:
- name: c1
  cluster: {server: "https://one", certificate-authority: certs/ca.crt}
- name: c2
  cluster: {server: "https://two"}
users:
- name: u1
  user: {token: t0k}
"#,
        )
        .expect("fixture");
        Kubeconfig::from_file(&file, Path::new("/k/config"))
    }

    #[test]
    fn current_context_resolves_cluster_user_namespace() {
        let r = resolve(&config(), &Overrides::default(), &Env::default()).expect("resolves");
        assert_eq!(r.cluster.server, "https://one");
        assert_eq!(r.cluster.certificate_authority, "/k/certs/ca.crt");
        assert_eq!(r.user.token, "t0k");
        assert_eq!(r.namespace, "team-a");
    }

    #[test]
    fn flags_beat_environment_beat_file() {
        let env = Env::from_pairs([("KCTL_CONTEXT", "b"), ("KCTL_NAMESPACE", "from-env")]);
        let r = resolve(&config(), &Overrides::default(), &env).expect("resolves");
        assert_eq!(
            (r.cluster.server.as_str(), r.namespace.as_str()),
            ("https://two", "from-env")
        );
        let flags = Overrides {
            context: Some("a".into()),
            namespace: Some("flag".into()),
            server: Some("https://three".into()),
            ..Default::default()
        };
        let r = resolve(&config(), &flags, &env).expect("resolves");
        assert_eq!(
            (r.cluster.server.as_str(), r.namespace.as_str()),
            ("https://three", "flag")
        );
    }

    #[test]
    fn unknown_context_flag_is_an_error() {
        let flags = Overrides {
            context: Some("nope".into()),
            ..Default::default()
        };
        let err = resolve(&config(), &flags, &Env::default()).expect_err("must fail");
        assert_eq!(
            err.to_string(),
            "context was not found for specified context: nope"
        );
    }
}
