//! Readiness and liveness probes in simulation: whether a probe passes is decided from the
//! container spec alone (no process runs), and when the kubelet acts from the probe's timing
//! fields (real-cluster milliseconds; callers apply the speed). Pure functions.
//!
//! The rule: a probe passes unless
//! - `httpGet`/`tcpSocket` targets a port (number or name) the container does not declare in
//!   `ports` → the kubelet's "connection refused";
//! - `exec` runs `false`, or a command whose last word is `exit N` with N ≠ 0
//!   (`sh -c "exit 1"`) → failure with empty output.
//!
//! Timing (the kubelet's defaults): the first probe runs after `initialDelaySeconds`, then every
//! `periodSeconds` (10); readiness turns ready at the first passing probe; a failing liveness
//! probe kills the container after `failureThreshold` (3) failures.

use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
pub struct Probe {
    pub initial_ms: u64,
    pub period_ms: u64,
    pub failure_threshold: u32,
    /// Why every probe fails (`Readiness probe failed: <this>`), or None when probes pass.
    pub failure: Option<String>,
}

impl Probe {
    /// When a failing liveness probe makes the kubelet kill the container.
    pub fn kill_after_ms(&self) -> u64 {
        self.initial_ms + u64::from(self.failure_threshold.max(1) - 1) * self.period_ms
    }
}

fn secs(p: &Value, k: &str, default: u64) -> u64 {
    p[k].as_u64().unwrap_or(default) * 1000
}

/// The `readinessProbe` or `livenessProbe` (`kind`) of container `c` in a pod with IP `ip`.
pub fn of(c: &Value, kind: &str, ip: &str) -> Option<Probe> {
    let p = c.get(kind).filter(|p| p.is_object())?;
    Some(Probe {
        initial_ms: secs(p, "initialDelaySeconds", 0),
        period_ms: secs(p, "periodSeconds", 10).max(1000),
        failure_threshold: p["failureThreshold"].as_u64().unwrap_or(3).max(1) as u32,
        failure: failure(c, p, ip),
    })
}

fn declares(c: &Value, port: &Value) -> bool {
    c["ports"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|d| match port {
            Value::String(name) => d["name"] == name.as_str(),
            n => d["containerPort"] == *n,
        })
}

fn port_text(c: &Value, port: &Value) -> String {
    match port {
        Value::String(name) => c["ports"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|d| d["name"] == name.as_str())
            .map_or_else(|| name.clone(), |d| d["containerPort"].to_string()),
        n => n.to_string(),
    }
}

fn failure(c: &Value, p: &Value, ip: &str) -> Option<String> {
    if let Some(h) = p["httpGet"].as_object() {
        let port = h.get("port").cloned().unwrap_or(Value::Null);
        if declares(c, &port) {
            return None;
        }
        let host = h.get("host").and_then(Value::as_str).unwrap_or(ip);
        let scheme = h
            .get("scheme")
            .and_then(Value::as_str)
            .unwrap_or("HTTP")
            .to_lowercase();
        let path = h.get("path").and_then(Value::as_str).unwrap_or("/");
        let port = port_text(c, &port);
        // prober/http: `Get "<url>": <dial error>`
        return Some(format!(
            "Get \"{scheme}://{host}:{port}{path}\": dial tcp {host}:{port}: connect: connection refused"
        ));
    }
    if let Some(t) = p["tcpSocket"].as_object() {
        let port = t.get("port").cloned().unwrap_or(Value::Null);
        if declares(c, &port) {
            return None;
        }
        let host = t.get("host").and_then(Value::as_str).unwrap_or(ip);
        let port = port_text(c, &port);
        return Some(format!(
            "dial tcp {host}:{port}: connect: connection refused"
        ));
    }
    let cmd: Vec<&str> = p["exec"]["command"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let last_words: Vec<&str> = cmd
        .last()
        .map(|s| s.split_whitespace().collect())
        .unwrap_or_default();
    let fails = cmd
        .first()
        .is_some_and(|w| w.rsplit('/').next() == Some("false"))
        || matches!(last_words.as_slice(), [.., "exit", n] if n.parse::<i32>().is_ok_and(|n| n != 0));
    fails.then(String::new)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn probe_rule() {
        let c = |probe: Value| json!({"name": "c", "ports": [{"name": "http", "containerPort": 80}], "readinessProbe": probe});
        let cases = [
            (json!({"httpGet": {"port": 80, "path": "/"}}), None),
            (json!({"httpGet": {"port": "http"}}), None),
            (
                json!({"httpGet": {"port": 8080, "path": "/healthz"}}),
                Some(
                    "Get \"http://10.244.0.5:8080/healthz\": dial tcp 10.244.0.5:8080: connect: connection refused",
                ),
            ),
            (
                json!({"tcpSocket": {"port": 6379}}),
                Some("dial tcp 10.244.0.5:6379: connect: connection refused"),
            ),
            (json!({"exec": {"command": ["cat", "/tmp/healthy"]}}), None),
            (json!({"exec": {"command": ["false"]}}), Some("")),
            (
                json!({"exec": {"command": ["sh", "-c", "exit 1"]}}),
                Some(""),
            ),
            (json!({"grpc": {"port": 9000}}), None),
        ];
        for (probe, want) in cases {
            let p = of(&c(probe.clone()), "readinessProbe", "10.244.0.5").unwrap();
            assert_eq!(p.failure.as_deref(), want, "{probe}");
        }
        assert!(of(&c(json!(null)), "readinessProbe", "ip").is_none());
        let p = of(
            &json!({"livenessProbe": {"exec": {"command": ["false"]}, "initialDelaySeconds": 5, "periodSeconds": 2}}),
            "livenessProbe",
            "ip",
        )
        .unwrap();
        assert_eq!(p.kill_after_ms(), 5000 + 2 * 2000);
    }
}
