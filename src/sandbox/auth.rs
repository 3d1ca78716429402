//! Authentication of the sandbox's single user, the admin: a client certificate verified
//! against the sandbox CA (only the admin certificate is ever issued by it) or the bearer token.
//! Everything else is anonymous and gets kube-apiserver's 401.

/// Who made a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum User {
    Admin,
    Anonymous,
}

/// Decides the user from the TLS session and the `Authorization` header.
pub fn authenticate(client_cert_verified: bool, authorization: Option<&str>, token: &str) -> User {
    if client_cert_verified {
        return User::Admin;
    }
    match authorization.and_then(|h| h.strip_prefix("Bearer ")) {
        Some(t) if !token.is_empty() && t.trim() == token => User::Admin,
        _ => User::Anonymous,
    }
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
    fn cases() {
        let cases = [
            (true, None, User::Admin),
            (false, Some("Bearer tok"), User::Admin),
            (false, Some("Bearer nope"), User::Anonymous),
            (false, Some("Basic dG9rOg=="), User::Anonymous),
            (false, None, User::Anonymous),
        ];
        for (cert, h, want) in cases {
            assert_eq!(authenticate(cert, h, "tok"), want);
        }
    }
}
