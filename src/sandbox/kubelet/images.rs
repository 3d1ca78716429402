//! What the simulated container runtime says about images: the normalised reference containerd
//! reports (`docker.io/library/nginx:latest`), a stable fake digest and size per reference, the
//! pull error for unpullable images, and Go's `time.Duration` text for pull times. Pure functions.

use std::time::Duration;

/// The rule that makes a pull fail: any reference containing this text.
pub const UNPULLABLE: &str = "does-not-exist";

pub fn pullable(image: &str) -> bool {
    !image.contains(UNPULLABLE)
}

/// The fully qualified reference (docker.io/library/ added, `:latest` when untagged), as
/// containerd's `reference.ParseDockerRef` normalises it.
pub fn normalise(image: &str) -> String {
    let (first, rest) = match image.split_once('/') {
        Some((f, r)) => (f, Some(r)),
        None => (image, None),
    };
    let is_domain = first.contains('.') || first.contains(':') || first == "localhost";
    let mut full = match (rest, is_domain) {
        (Some(_), true) => image.to_string(),
        (Some(_), false) => format!("docker.io/{image}"),
        (None, _) => format!("docker.io/library/{image}"),
    };
    let last = full.rsplit('/').next().unwrap_or_default();
    if !last.contains(':') && !full.contains('@') {
        full.push_str(":latest");
    }
    full
}

/// FNV-1a 64-bit (a stable hash; not cryptographic).
pub fn fnv64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// 64 hex digits derived from `seed` (stands in for a sha256).
pub fn hex64(seed: &str) -> String {
    (0..4u8)
        .map(|i| format!("{:016x}", fnv64(format!("{i}:{seed}").as_bytes())))
        .collect()
}

/// The `imageID` of a pulled image: repository@sha256:….
pub fn image_id(image: &str) -> String {
    let full = normalise(image);
    let repo = match full.split_once('@') {
        Some((r, _)) => r.to_string(),
        None => {
            let slash = full.rfind('/').unwrap_or(0);
            match full[slash..].rfind(':') {
                Some(c) => full[..slash + c].to_string(),
                None => full.clone(),
            }
        }
    };
    format!("{repo}@sha256:{}", hex64(&full))
}

/// A plausible, stable image size in bytes.
pub fn image_size(image: &str) -> u64 {
    3_000_000 + fnv64(normalise(image).as_bytes()) % 70_000_000
}

/// containerd's error for a reference that does not resolve.
pub fn pull_error(image: &str) -> String {
    let full = normalise(image);
    format!(
        "rpc error: code = NotFound desc = failed to pull and unpack image \"{full}\": failed to resolve reference \"{full}\": {full}: not found"
    )
}

/// Go's `time.Duration.String()` for a duration truncated to milliseconds.
pub fn go_duration(d: Duration) -> String {
    let ms = d.as_millis();
    if ms == 0 {
        return "0s".into();
    }
    if ms < 1000 {
        return format!("{ms}ms");
    }
    let total_s = ms / 1000;
    let frac = ms % 1000;
    let (h, m, s) = (total_s / 3600, (total_s / 60) % 60, total_s % 60);
    let mut out = String::new();
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if h > 0 || m > 0 {
        out.push_str(&format!("{m}m"));
    }
    if frac == 0 {
        out.push_str(&format!("{s}s"));
    } else {
        let f = format!("{frac:03}");
        out.push_str(&format!("{s}.{}s", f.trim_end_matches('0')));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalised_references() {
        for (i, want) in [
            ("nginx", "docker.io/library/nginx:latest"),
            ("nginx:1.25", "docker.io/library/nginx:1.25"),
            ("jpetazzo/httpenv", "docker.io/jpetazzo/httpenv:latest"),
            ("ghcr.io/a/b:v1", "ghcr.io/a/b:v1"),
            ("localhost:5000/x", "localhost:5000/x:latest"),
            ("registry.k8s.io/pause:3.10", "registry.k8s.io/pause:3.10"),
        ] {
            assert_eq!(normalise(i), want, "{i}");
        }
    }

    #[test]
    fn image_ids_name_the_repository() {
        let id = image_id("nginx:1.25");
        assert!(id.starts_with("docker.io/library/nginx@sha256:"), "{id}");
        assert_eq!(id.len(), "docker.io/library/nginx@sha256:".len() + 64);
        assert_eq!(id, image_id("nginx:1.25"));
        assert!(image_id("localhost:5000/x").starts_with("localhost:5000/x@sha256:"));
    }

    #[test]
    fn go_durations() {
        for (ms, want) in [
            (0, "0s"),
            (523, "523ms"),
            (1000, "1s"),
            (1234, "1.234s"),
            (1500, "1.5s"),
            (61_000, "1m1s"),
            (3_600_000, "1h0m0s"),
        ] {
            assert_eq!(go_duration(Duration::from_millis(ms)), want, "{ms}");
        }
    }

    #[test]
    fn unpullable_rule() {
        assert!(!pullable("nginx:does-not-exist"));
        assert!(pullable("nginx"));
        assert_eq!(
            pull_error("nginx:does-not-exist"),
            "rpc error: code = NotFound desc = failed to pull and unpack image \"docker.io/library/nginx:does-not-exist\": failed to resolve reference \"docker.io/library/nginx:does-not-exist\": docker.io/library/nginx:does-not-exist: not found"
        );
    }
}
