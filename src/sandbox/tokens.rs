//! Service-account tokens: the JWTs the sandbox hands out (legacy token Secrets and
//! TokenRequests) and their authentication (kube-apiserver's serviceaccount authenticator).
//!
//! Tokens carry kube-apiserver's headers and claims; the signature is an HMAC-SHA256 under a
//! key derived from the data dir's admin token, so only tokens this sandbox issued verify. (The
//! header still says RS256 as real tokens do: clients read it, nothing outside verifies it.)

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::hmac;
use serde_json::{Value, json};

use crate::sandbox::auth::UserInfo;

/// The signing key of one sandbox.
pub struct Signer {
    key: hmac::Key,
}

impl Signer {
    pub fn new(admin_token: &str) -> Signer {
        let material = format!("kctl-sandbox service-account tokens:{admin_token}");
        Signer {
            key: hmac::Key::new(hmac::HMAC_SHA256, material.as_bytes()),
        }
    }

    /// A signed JWT with these claims.
    pub fn sign(&self, claims: &Value) -> String {
        let header = json!({"alg": "RS256", "kid": "sandbox-service-account-key"});
        let signed = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        let signature = hmac::sign(&self.key, signed.as_bytes());
        format!("{signed}.{}", URL_SAFE_NO_PAD.encode(signature.as_ref()))
    }

    /// The claims of a token this sandbox signed; `None` for anything else.
    pub fn verify(&self, token: &str) -> Option<Value> {
        let (signed, signature) = token.trim().rsplit_once('.')?;
        let signature = URL_SAFE_NO_PAD.decode(signature).ok()?;
        hmac::verify(&self.key, signed.as_bytes(), &signature).ok()?;
        let (_, claims) = signed.split_once('.')?;
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(claims).ok()?).ok()
    }
}

/// The claims of a legacy token Secret's token (`legacyClaims` in kube's serviceaccount
/// package).
pub fn legacy_claims(namespace: &str, secret: &str, account: &str, account_uid: &str) -> Value {
    json!({
        "iss": "kubernetes/serviceaccount",
        "kubernetes.io/serviceaccount/namespace": namespace,
        "kubernetes.io/serviceaccount/secret.name": secret,
        "kubernetes.io/serviceaccount/service-account.name": account,
        "kubernetes.io/serviceaccount/service-account.uid": account_uid,
        "sub": format!("system:serviceaccount:{namespace}:{account}"),
    })
}

/// Who a verified token speaks for, before the store is asked whether the account (and, for a
/// legacy token, its Secret) still exist.
#[derive(Debug, PartialEq)]
pub struct Claimed {
    pub namespace: String,
    pub account: String,
    pub account_uid: String,
    /// The Secret a legacy token came from; `None` for a bound (TokenRequest) token.
    pub secret: Option<String>,
    /// Seconds since the epoch after which a bound token is refused.
    pub expires: Option<i64>,
}

impl Claimed {
    /// Reads the legacy or the bound form of the claims.
    pub fn from_claims(claims: &Value) -> Option<Claimed> {
        let text = |pointer: &str| claims.pointer(pointer).and_then(Value::as_str);
        if let Some(namespace) = text("/kubernetes.io~1serviceaccount~1namespace") {
            return Some(Claimed {
                namespace: namespace.to_string(),
                account: text("/kubernetes.io~1serviceaccount~1service-account.name")?.to_string(),
                account_uid: text("/kubernetes.io~1serviceaccount~1service-account.uid")?
                    .to_string(),
                secret: Some(text("/kubernetes.io~1serviceaccount~1secret.name")?.to_string()),
                expires: None,
            });
        }
        Some(Claimed {
            namespace: text("/kubernetes.io/namespace")?.to_string(),
            account: text("/kubernetes.io/serviceaccount/name")?.to_string(),
            account_uid: text("/kubernetes.io/serviceaccount/uid")?.to_string(),
            secret: None,
            expires: Some(claims.get("exp")?.as_i64()?),
        })
    }

    /// The user kube-apiserver makes of a service account.
    pub fn user(&self) -> UserInfo {
        UserInfo {
            name: format!("system:serviceaccount:{}:{}", self.namespace, self.account),
            uid: self.account_uid.clone(),
            groups: vec![
                "system:serviceaccounts".into(),
                format!("system:serviceaccounts:{}", self.namespace),
                "system:authenticated".into(),
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_tokens_signed_here_verify() {
        let signer = Signer::new("admin-token");
        let token = signer.sign(&legacy_claims("ns", "tok", "build", "u1"));
        let claims = signer.verify(&token).expect("verifies");
        assert_eq!(
            Claimed::from_claims(&claims),
            Some(Claimed {
                namespace: "ns".into(),
                account: "build".into(),
                account_uid: "u1".into(),
                secret: Some("tok".into()),
                expires: None,
            })
        );
        assert_eq!(Signer::new("another sandbox").verify(&token), None);
        let (signed, _) = token.rsplit_once('.').expect("three parts");
        let forged = format!("{signed}.{}", URL_SAFE_NO_PAD.encode([0u8; 32]));
        assert_eq!(signer.verify(&forged), None);
        assert_eq!(signer.verify("not-a-jwt"), None);
    }

    #[test]
    fn bound_tokens_name_their_account_and_expiry() {
        let claims = json!({"exp": 42, "sub": "system:serviceaccount:ns:sa",
            "kubernetes.io": {"namespace": "ns", "serviceaccount": {"name": "sa", "uid": "u2"}}});
        let claimed = Claimed::from_claims(&claims).expect("bound claims");
        assert_eq!(claimed.expires, Some(42));
        assert_eq!(
            claimed.user(),
            UserInfo {
                name: "system:serviceaccount:ns:sa".into(),
                uid: "u2".into(),
                groups: vec![
                    "system:serviceaccounts".into(),
                    "system:serviceaccounts:ns".into(),
                    "system:authenticated".into()
                ],
            }
        );
    }
}
