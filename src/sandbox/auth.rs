//! Authentication: who a request comes from. The admin is known by the client certificate the
//! sandbox CA issued or by the bearer token beside it; anyone else is anonymous (kube-apiserver's
//! 401). The admin (in `system:masters`) may impersonate any user, group or uid with the
//! `Impersonate-*` headers, as kubectl's `--as`, `--as-group` and `--as-uid` send them.

use serde_json::{Value, json};

/// The authenticated identity a request acts as (kube's `user.Info`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserInfo {
    pub name: String,
    pub uid: String,
    pub groups: Vec<String>,
}

impl UserInfo {
    /// The kubeconfig's admin, as kind's admin certificate names it.
    pub fn admin() -> UserInfo {
        UserInfo {
            name: "kubernetes-admin".into(),
            uid: String::new(),
            groups: vec!["system:masters".into(), "system:authenticated".into()],
        }
    }

    /// `system:masters` bypasses authorization, as in kube-apiserver.
    pub fn is_privileged(&self) -> bool {
        self.groups.iter().any(|g| g == "system:masters")
    }

    /// `userInfo` of a SelfSubjectReview.
    pub fn to_json(&self) -> Value {
        let mut info = json!({"username": self.name, "groups": self.groups});
        if !self.uid.is_empty() {
            info["uid"] = json!(self.uid);
        }
        info
    }
}

/// Decides the user from the TLS session and the `Authorization` header; None is anonymous.
pub fn authenticate(
    client_cert_verified: bool,
    authorization: Option<&str>,
    token: &str,
) -> Option<UserInfo> {
    if client_cert_verified {
        return Some(UserInfo::admin());
    }
    match authorization.and_then(|h| h.strip_prefix("Bearer ")) {
        Some(t) if !token.is_empty() && t.trim() == token => Some(UserInfo::admin()),
        _ => None,
    }
}

/// The `Impersonate-*` headers of a request.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Impersonation {
    pub user: Option<String>,
    pub uid: Option<String>,
    pub groups: Vec<String>,
}

impl Impersonation {
    pub fn is_empty(&self) -> bool {
        self.user.is_none() && self.uid.is_none() && self.groups.is_empty()
    }
}

/// Why an impersonation is refused, in kube-apiserver's words (a 403 or 500 message).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ImpersonationError {
    #[error(
        "{kind} \"{name}\" is forbidden: User \"{user}\" cannot impersonate resource \"{kind}\" in API group \"\" at the cluster scope"
    )]
    Forbidden {
        kind: &'static str,
        name: String,
        user: String,
    },
    #[error("requested [{0}] without impersonating a user")]
    NoUser(String),
}

/// The user a request acts as after impersonation (kube's `WithImpersonation` filter): the
/// named user with the named groups, plus `system:authenticated` (and the service-account
/// groups for `system:serviceaccount:NS:NAME`).
pub fn impersonate(
    requester: &UserInfo,
    wanted: &Impersonation,
) -> Result<UserInfo, ImpersonationError> {
    if wanted.is_empty() {
        return Ok(requester.clone());
    }
    let Some(name) = &wanted.user else {
        let what = wanted
            .groups
            .iter()
            .map(|g| format!("Impersonate-Group: {g}"))
            .chain(wanted.uid.iter().map(|u| format!("Impersonate-Uid: {u}")))
            .collect::<Vec<_>>()
            .join(" ");
        return Err(ImpersonationError::NoUser(what));
    };
    if !requester.is_privileged() {
        return Err(ImpersonationError::Forbidden {
            kind: "users",
            name: name.clone(),
            user: requester.name.clone(),
        });
    }
    let mut groups = wanted.groups.clone();
    if let Some(rest) = name.strip_prefix("system:serviceaccount:")
        && let Some((ns, _)) = rest.split_once(':')
    {
        for g in [
            "system:serviceaccounts".to_string(),
            format!("system:serviceaccounts:{ns}"),
        ] {
            if !groups.contains(&g) {
                groups.push(g);
            }
        }
    }
    if name != "system:anonymous" && !groups.iter().any(|g| g == "system:authenticated") {
        groups.push("system:authenticated".into());
    }
    Ok(UserInfo {
        name: name.clone(),
        uid: wanted.uid.clone().unwrap_or_default(),
        groups,
    })
}

/// Paths kube-apiserver serves to anonymous users (system:public-info-viewer).
pub fn is_public_path(path: &str) -> bool {
    matches!(
        path,
        "/healthz" | "/livez" | "/readyz" | "/version" | "/version/"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn authentication_cases() {
        let cases = [
            (true, None, true),
            (false, Some("Bearer tok"), true),
            (false, Some("Bearer nope"), false),
            (false, Some("Basic dG9rOg=="), false),
            (false, None, false),
        ];
        for (cert, h, admin) in cases {
            assert_eq!(authenticate(cert, h, "tok").is_some(), admin);
        }
    }

    #[test]
    fn impersonation_adds_the_implied_groups() {
        let sa = impersonate(
            &UserInfo::admin(),
            &Impersonation {
                user: Some("system:serviceaccount:default:viewer".into()),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(
            sa.groups,
            vec![
                "system:serviceaccounts",
                "system:serviceaccounts:default",
                "system:authenticated"
            ]
        );
        let someone = UserInfo {
            name: "someone".into(),
            uid: String::new(),
            groups: vec!["system:authenticated".into()],
        };
        assert_eq!(
            impersonate(
                &someone,
                &Impersonation {
                    user: Some("x".into()),
                    ..Default::default()
                }
            )
            .unwrap_err()
            .to_string(),
            "users \"x\" is forbidden: User \"someone\" cannot impersonate resource \"users\" in API group \"\" at the cluster scope"
        );
    }
}
