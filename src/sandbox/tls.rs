//! The sandbox's PKI: a CA generated once per data dir, a serving certificate for
//! 127.0.0.1/localhost and an admin client certificate (CN kubernetes-admin, O system:masters),
//! persisted as PEM files; plus the rustls server config. No HTTP here.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyPair, KeyUsagePurpose, SanType,
};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

use super::SandboxError;

/// PEM material of one data dir.
#[derive(Debug, Clone)]
pub struct Pki {
    pub ca_cert_pem: String,
    pub server_cert_pem: String,
    pub server_key_pem: String,
    pub client_cert_pem: String,
    pub client_key_pem: String,
    /// Bearer token accepted as the admin (kept beside the certificates).
    pub token: String,
}

const FILES: [&str; 6] = [
    "ca.crt",
    "server.crt",
    "server.key",
    "admin.crt",
    "admin.key",
    "token",
];

fn pki_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("pki")
}

/// Loads the PKI of `data_dir`, generating it on first use. Key files are written 0600.
pub fn load_or_create(data_dir: &Path) -> Result<Pki, SandboxError> {
    let dir = pki_dir(data_dir);
    if FILES.iter().all(|f| dir.join(f).is_file()) {
        let r = |f: &str| std::fs::read_to_string(dir.join(f));
        return Ok(Pki {
            ca_cert_pem: r("ca.crt")?,
            server_cert_pem: r("server.crt")?,
            server_key_pem: r("server.key")?,
            client_cert_pem: r("admin.crt")?,
            client_key_pem: r("admin.key")?,
            token: r("token")?.trim().to_string(),
        });
    }
    let pki = generate()?;
    std::fs::create_dir_all(&dir)?;
    let pairs = [
        ("ca.crt", &pki.ca_cert_pem),
        ("server.crt", &pki.server_cert_pem),
        ("server.key", &pki.server_key_pem),
        ("admin.crt", &pki.client_cert_pem),
        ("admin.key", &pki.client_key_pem),
        ("token", &pki.token),
    ];
    for (name, content) in pairs {
        super::write_private_file(&dir.join(name), content.as_bytes())?;
    }
    Ok(pki)
}

fn dn(cn: &str, org: Option<&str>) -> DistinguishedName {
    let mut d = DistinguishedName::new();
    if let Some(o) = org {
        d.push(DnType::OrganizationName, o);
    }
    d.push(DnType::CommonName, cn);
    d
}

fn generate() -> Result<Pki, SandboxError> {
    // rcgen's default validity (1975..4096) is fine for a local sandbox CA.
    let ca_key = KeyPair::generate()?;
    let mut ca_params = CertificateParams::default();
    ca_params.distinguished_name = dn("sandbox-ca", None);
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    let ca = ca_params.self_signed(&ca_key)?;

    let srv_key = KeyPair::generate()?;
    let mut srv = CertificateParams::default();
    srv.distinguished_name = dn("kube-apiserver", None);
    srv.subject_alt_names = vec![
        SanType::IpAddress(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST)),
        SanType::DnsName("localhost".try_into()?),
        SanType::DnsName("kubernetes".try_into()?),
        SanType::DnsName("kubernetes.default.svc".try_into()?),
    ];
    srv.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    srv.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyEncipherment,
    ];
    let srv_cert = srv.signed_by(&srv_key, &ca, &ca_key)?;

    let cli_key = KeyPair::generate()?;
    let mut cli = CertificateParams::default();
    cli.distinguished_name = dn("kubernetes-admin", Some("system:masters"));
    cli.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
    cli.key_usages = vec![
        KeyUsagePurpose::DigitalSignature,
        KeyUsagePurpose::KeyEncipherment,
    ];
    let cli_cert = cli.signed_by(&cli_key, &ca, &ca_key)?;

    Ok(Pki {
        ca_cert_pem: ca.pem(),
        server_cert_pem: srv_cert.pem(),
        server_key_pem: srv_key.serialize_pem(),
        client_cert_pem: cli_cert.pem(),
        client_key_pem: cli_key.serialize_pem(),
        token: uuid::Uuid::new_v4().simple().to_string(),
    })
}

/// The rustls config: server cert, client certificates optional but verified against the CA
/// (so bearer-token clients still connect; auth.rs decides who is anonymous).
pub fn server_config(pki: &Pki) -> Result<Arc<rustls::ServerConfig>, SandboxError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = rustls::RootCertStore::empty();
    for c in CertificateDer::pem_slice_iter(pki.ca_cert_pem.as_bytes()) {
        roots
            .add(c.map_err(|e| SandboxError::Tls(e.to_string()))?)
            .map_err(|e| SandboxError::Tls(e.to_string()))?;
    }
    let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
        Arc::new(roots),
        provider.clone(),
    )
    .allow_unauthenticated()
    .build()
    .map_err(|e| SandboxError::Tls(e.to_string()))?;
    let certs: Vec<CertificateDer<'static>> =
        CertificateDer::pem_slice_iter(pki.server_cert_pem.as_bytes())
            .collect::<Result<_, _>>()
            .map_err(|e| SandboxError::Tls(e.to_string()))?;
    let key = PrivateKeyDer::from_pem_slice(pki.server_key_pem.as_bytes())
        .map_err(|e| SandboxError::Tls(e.to_string()))?;
    let mut cfg = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| SandboxError::Tls(e.to_string()))?
        .with_client_cert_verifier(verifier)
        .with_single_cert(certs, key)
        .map_err(|e| SandboxError::Tls(e.to_string()))?;
    cfg.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(cfg))
}
