//! `kctl sandbox`: a local Kubernetes API server that real kubectl works against.
//! This file holds the entry point (`serve`), its options and errors, and the kubeconfig writer;
//! the HTTP layer is in `server`, persistence in `store`.

pub mod auth;
pub mod controllers;
pub mod defaults;
pub mod kubelet;
pub mod managed;
pub mod openapi;
pub mod patch;
pub mod printers;
pub mod protobuf;
pub mod rbac;
pub mod registry;
pub mod responder;
pub mod seed;
pub mod selectors;
pub mod server;
pub mod status;
pub mod store;
pub mod tls;
pub mod tokens;
pub mod typed;

use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Options of `kctl sandbox serve`.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Address to bind; port 0 picks a free port.
    pub listen: SocketAddr,
    /// Directory holding the SQLite store and the PKI (created if missing).
    pub data_dir: PathBuf,
    /// Where to write the admin kubeconfig once the server serves.
    pub kubeconfig_out: Option<PathBuf>,
    /// Run the control plane (scheduler, controllers, kubelet). Off gives a bare API server
    /// whose objects change only when a client changes them (rendering tests want that).
    pub controllers: bool,
}

/// Errors that stop the sandbox server (request-level errors are `status::ApiError`).
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("store: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
    #[error("certificate generation: {0}")]
    Cert(#[from] rcgen::Error),
    #[error("tls: {0}")]
    Tls(String),
    #[error("store: {0}")]
    Store(String),
}

/// Runs the API server until `shutdown` completes. Prints
/// `Sandbox API server listening on https://127.0.0.1:PORT` once it accepts connections,
/// and writes the kubeconfig (if asked) only then.
pub async fn serve(
    opts: ServeOptions,
    shutdown: impl Future<Output = ()>,
) -> Result<(), SandboxError> {
    let started = start(&opts).await?;
    let Started {
        listener,
        state,
        url,
    } = started;
    if let Some(out) = &opts.kubeconfig_out {
        write_kubeconfig(out, &url, &state.pki)?;
    }
    println!("Sandbox API server listening on {url}");
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let control_plane = opts
        .controllers
        .then(|| controllers::spawn(state.clone(), controllers::Speed::from_env()));
    let served = server::run(listener, state, shutdown).await;
    if let Some(handle) = control_plane {
        handle.abort();
    }
    served
}

struct Started {
    listener: tokio::net::TcpListener,
    state: Arc<server::AppState>,
    url: String,
}

async fn start(opts: &ServeOptions) -> Result<Started, SandboxError> {
    std::fs::create_dir_all(&opts.data_dir)?;
    #[cfg(unix)]
    {
        // The data dir holds the CA key and the admin credentials.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&opts.data_dir, std::fs::Permissions::from_mode(0o700))?;
    }
    let pki = tls::load_or_create(&opts.data_dir)?;
    let tls_config = tls::server_config(&pki)?;
    let store = store::Store::open(&opts.data_dir.join("sandbox.db"))?;
    let registry = Arc::new(registry::Registry::new());
    seed::seed_if_empty(&store, &registry, &pki.ca_cert_pem)?;
    registry.load_crds(&store);
    let listener = tokio::net::TcpListener::bind(opts.listen).await?;
    let addr = listener.local_addr()?;
    let url = format!("https://{}:{}", addr.ip(), addr.port());
    let state = Arc::new(
        server::AppState::new(store, registry, pki, tls_config, addr)
            .with_data_dir(opts.data_dir.clone()),
    );
    Ok(Started {
        listener,
        state,
        url,
    })
}

/// Writes `bytes` to `path` with mode 0600 through a temp file + rename (atomic replace).
pub fn write_private_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    if !dir.as_os_str().is_empty() {
        std::fs::create_dir_all(dir)?;
    }
    let file_name = path
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{file_name}.tmp.{}", std::process::id()));
    {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)
}

/// The admin kubeconfig: context/cluster `sandbox`, user `sandbox-admin` with both the client
/// certificate and the bearer token.
pub fn kubeconfig_yaml(url: &str, pki: &tls::Pki) -> String {
    use base64::Engine;
    let b64 = |s: &str| base64::engine::general_purpose::STANDARD.encode(s.as_bytes());
    format!(
        "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: {}\n    server: {}\n  name: sandbox\ncontexts:\n- context:\n    cluster: sandbox\n    user: sandbox-admin\n  name: sandbox\ncurrent-context: sandbox\npreferences: {{}}\nusers:\n- name: sandbox-admin\n  user:\n    client-certificate-data: {}\n    client-key-data: {}\n    token: {}\n",
        b64(&pki.ca_cert_pem),
        url,
        b64(&pki.client_cert_pem),
        b64(&pki.client_key_pem),
        pki.token
    )
}

fn write_kubeconfig(path: &Path, url: &str, pki: &tls::Pki) -> Result<(), SandboxError> {
    write_private_file(path, kubeconfig_yaml(url, pki).as_bytes())?;
    Ok(())
}
