//! The service-account token controller (pkg/controller/serviceaccount/tokens_controller.go)
//! for legacy token Secrets: a `kubernetes.io/service-account-token` Secret naming an existing
//! ServiceAccount gets `data.token` (a JWT with the legacy claims), `ca.crt` and `namespace`
//! and the account's uid annotation; one naming a missing account is deleted. The `default`
//! ServiceAccount of each namespace is made when the namespace is (server side).

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::json;

use super::{Api, is_deleting, kinds, name_of, ns_of, uid_of};
use crate::sandbox::tokens::{Signer, legacy_claims};

const MANAGER: &str = "kube-controller-manager";
const TOKEN_TYPE: &str = "kubernetes.io/service-account-token";
const SA_NAME: &str = "kubernetes.io/service-account.name";
const SA_UID: &str = "kubernetes.io/service-account.uid";

pub fn sync_all(api: &Api, ca_pem: &str, signer: &Signer) {
    for s in api.list(kinds::SECRETS, None) {
        if s["type"] != TOKEN_TYPE || is_deleting(&s) {
            continue;
        }
        let Some(sa_name) = s["metadata"]["annotations"][SA_NAME].as_str() else {
            continue;
        };
        let Some(sa) = api.get(kinds::SERVICEACCOUNTS, ns_of(&s), sa_name) else {
            // `syncSecret`: a token for an account that does not exist is deleted.
            api.delete(kinds::SECRETS, &s);
            continue;
        };
        if let Some(u) = s["metadata"]["annotations"][SA_UID].as_str()
            && u != uid_of(&sa)
        {
            api.delete(kinds::SECRETS, &s);
            continue;
        }
        let filled = ["token", "ca.crt", "namespace"]
            .iter()
            .all(|k| s["data"][*k].as_str().is_some_and(|v| !v.is_empty()));
        if filled && s["metadata"]["annotations"][SA_UID].is_string() {
            continue;
        }
        let mut n = s.clone();
        n["metadata"]["annotations"][SA_UID] = json!(uid_of(&sa));
        if !n["data"].is_object() {
            n["data"] = json!({});
        }
        let token = signer.sign(&legacy_claims(ns_of(&s), name_of(&s), sa_name, uid_of(&sa)));
        let data = &mut n["data"];
        if data["token"].as_str().is_none_or(str::is_empty) {
            data["token"] = json!(STANDARD.encode(token));
        }
        data["ca.crt"] = json!(STANDARD.encode(ca_pem));
        data["namespace"] = json!(STANDARD.encode(ns_of(&s)));
        api.update(kinds::SECRETS, &s, n, MANAGER, None);
    }
}
