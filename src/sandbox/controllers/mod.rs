//! The sandbox's control plane: one task that follows the store's watch stream and runs the
//! controllers (scheduler, simulated kubelet, ReplicaSet, Deployment, endpoints, garbage
//! collector) as level-triggered passes over the whole store. Controllers are in-process store
//! clients: they read the store and write only through its writer path (`Api`); no HTTP here.

pub mod cron;
pub mod cronjob;
pub mod daemonset;
pub mod deployment;
pub mod endpoints;
pub mod events;
pub mod gc;
pub mod job;
pub mod namespace;
pub mod replicaset;
pub mod revisions;
pub mod scheduler;
pub mod serviceaccount;
pub mod statefulset;
pub mod volumes;

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::server::AppState;
use super::{defaults, managed};
use crate::sandbox::kubelet::Kubelet;

/// Env var scaling the simulated durations (image pulls, container starts, back-offs).
pub const SPEED_ENV: &str = "KCTL_SANDBOX_SPEED";

/// How much faster than a real cluster the simulation runs. The default (10) makes a pod Running
/// in about half a second, so a 3-replica rolling update finishes in a few seconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Speed(f64);

impl Default for Speed {
    fn default() -> Self {
        Speed(10.0)
    }
}

impl Speed {
    /// Parses `KCTL_SANDBOX_SPEED`: a positive factor; anything else gives the default.
    pub fn parse(s: Option<&str>) -> Speed {
        s.and_then(|s| s.trim().parse::<f64>().ok())
            .filter(|f| f.is_finite() && *f > 0.0)
            .map(Speed)
            .unwrap_or_default()
    }

    pub fn from_env() -> Speed {
        Speed::parse(std::env::var(SPEED_ENV).ok().as_deref())
    }

    /// A real-cluster duration (in milliseconds) scaled to the sandbox.
    pub fn scale(self, real_ms: u64) -> Duration {
        Duration::from_secs_f64(real_ms as f64 / 1000.0 / self.0)
    }
}

/// Store kinds the controllers use.
pub mod kinds {
    pub const PODS: &str = "/pods";
    pub const NODES: &str = "/nodes";
    pub const EVENTS: &str = "/events";
    pub const SERVICES: &str = "/services";
    pub const ENDPOINTS: &str = "/endpoints";
    pub const REPLICASETS: &str = "apps/replicasets";
    pub const DEPLOYMENTS: &str = "apps/deployments";
    pub const ENDPOINTSLICES: &str = "discovery.k8s.io/endpointslices";
    pub const DAEMONSETS: &str = "apps/daemonsets";
    pub const STATEFULSETS: &str = "apps/statefulsets";
    pub const REVISIONS: &str = "apps/controllerrevisions";
    pub const JOBS: &str = "batch/jobs";
    pub const CRONJOBS: &str = "batch/cronjobs";
    pub const PVCS: &str = "/persistentvolumeclaims";
    pub const PVS: &str = "/persistentvolumes";
    pub const STORAGECLASSES: &str = "storage.k8s.io/storageclasses";
    pub const NAMESPACES: &str = "/namespaces";
    pub const SECRETS: &str = "/secrets";
    pub const SERVICEACCOUNTS: &str = "/serviceaccounts";
}

/// `metav1.Time` as the API serialises it (seconds).
pub fn rfc3339(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// `metav1.MicroTime` (microseconds).
pub fn rfc3339_micro(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%S.%6fZ").to_string()
}

pub fn meta_str<'a>(o: &'a Value, f: &str) -> &'a str {
    o["metadata"][f].as_str().unwrap_or_default()
}

pub fn name_of(o: &Value) -> &str {
    meta_str(o, "name")
}

pub fn ns_of(o: &Value) -> &str {
    meta_str(o, "namespace")
}

pub fn uid_of(o: &Value) -> &str {
    meta_str(o, "uid")
}

pub fn is_deleting(o: &Value) -> bool {
    o["metadata"]["deletionTimestamp"].is_string()
}

/// The uid of the owner marked `controller: true`, if any.
pub fn controller_uid(o: &Value) -> Option<&str> {
    o["metadata"]["ownerReferences"]
        .as_array()?
        .iter()
        .find(|r| r["controller"] == true)
        .and_then(|r| r["uid"].as_str())
}

/// An ownerReference to `owner` as controllers set it (controller and blockOwnerDeletion).
pub fn controller_ref(owner: &Value) -> Value {
    json!({
        "apiVersion": owner["apiVersion"], "kind": owner["kind"], "name": owner["metadata"]["name"],
        "uid": owner["metadata"]["uid"], "controller": true, "blockOwnerDeletion": true,
    })
}

/// A random 5-character suffix as `utilrand.String(5)` makes (generateName).
pub fn random_suffix() -> String {
    const ALPHA: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    uuid::Uuid::new_v4()
        .as_bytes()
        .iter()
        .take(5)
        .map(|b| ALPHA[*b as usize % ALPHA.len()] as char)
        .collect()
}

fn spec_part(v: &Value) -> Value {
    let mut v = v.clone();
    if let Some(m) = v.as_object_mut() {
        m.remove("metadata");
        m.remove("status");
        m.remove("apiVersion");
        m.remove("kind");
    }
    v
}

/// A controller's view of the store for one pass: reads, and writes through the store's writer
/// path with the metadata kube-apiserver would add (uid, timestamps, generation, managedFields).
pub struct Api<'a> {
    pub state: &'a AppState,
    pub now: jiff::Timestamp,
}

impl Api<'_> {
    pub fn now_str(&self) -> String {
        rfc3339(self.now)
    }

    pub fn list(&self, kind: &str, ns: Option<&str>) -> Vec<Value> {
        self.state.store.list(kind, ns).0
    }

    pub fn get(&self, kind: &str, ns: &str, name: &str) -> Option<Value> {
        self.state.store.get(kind, ns, name)
    }

    /// Creates `obj` (generateName honoured; pods get the API server's defaults).
    pub fn create(&self, kind: &str, mut obj: Value, manager: &str) -> Option<Value> {
        // As the API server: no new content in a namespace being terminated.
        let ns = ns_of(&obj);
        if !ns.is_empty()
            && self
                .get(kinds::NAMESPACES, "", ns)
                .is_some_and(|n| n["status"]["phase"] == "Terminating")
        {
            return None;
        }
        if name_of(&obj).is_empty() {
            let g = meta_str(&obj, "generateName").to_string();
            obj["metadata"]["name"] = json!(format!("{g}{}", random_suffix()));
        }
        let now = self.now_str();
        obj["metadata"]["uid"] = json!(uuid::Uuid::new_v4().to_string());
        obj["metadata"]["creationTimestamp"] = json!(now);
        if matches!(kind, kinds::REPLICASETS | kinds::DEPLOYMENTS | kinds::JOBS) {
            obj["metadata"]["generation"] = json!(1);
        }
        // What the API server's defaulting and strategies would add to these kinds.
        let defaulted = match kind {
            kinds::PODS => Some(("", "pods")),
            kinds::JOBS => Some(("batch", "jobs")),
            kinds::PVCS => Some(("", "persistentvolumeclaims")),
            kinds::PVS => Some(("", "persistentvolumes")),
            _ => None,
        };
        if let Some((group, plural)) = defaulted
            && let Some(res) = self.state.registry.lookup(group, "v1", plural)
        {
            let _ = defaults::apply(self.state, &res, &mut obj, None);
        }
        let api_version = obj["apiVersion"].as_str().unwrap_or("v1").to_string();
        let status_separate = kind != kinds::EVENTS && kind != kinds::ENDPOINTS;
        managed::record_update(
            None,
            &mut obj,
            manager,
            &api_version,
            None,
            status_separate,
            &now,
        );
        self.state.store.create(kind, obj).ok()
    }

    /// Writes `new` over `old` when they differ (optimistic concurrency on `old`'s
    /// resourceVersion); bumps metadata.generation on spec changes. None: nothing written.
    pub fn update(
        &self,
        kind: &str,
        old: &Value,
        mut new: Value,
        manager: &str,
        sub: Option<&str>,
    ) -> Option<Value> {
        if &new == old {
            return None;
        }
        if new["metadata"]["generation"].is_i64() && spec_part(&new) != spec_part(old) {
            let g = old["metadata"]["generation"].as_i64().unwrap_or(0);
            new["metadata"]["generation"] = json!(g + 1);
        }
        let api_version = new["apiVersion"].as_str().unwrap_or("v1").to_string();
        let status_separate = kind != kinds::EVENTS && kind != kinds::ENDPOINTS;
        managed::record_update(
            Some(old),
            &mut new,
            manager,
            &api_version,
            sub,
            status_separate,
            &self.now_str(),
        );
        let rv = meta_str(old, "resourceVersion").parse::<u64>().ok();
        self.state.store.update(kind, new, rv).ok()
    }

    /// Removes `obj` now (if it is still the same object).
    pub fn delete(&self, kind: &str, obj: &Value) -> bool {
        let cur = self.get(kind, ns_of(obj), name_of(obj));
        if cur.as_ref().is_none_or(|c| uid_of(c) != uid_of(obj)) {
            return false;
        }
        self.state
            .store
            .delete(kind, ns_of(obj), name_of(obj), None)
            .is_ok()
    }

    /// Deletes a pod as a DELETE with default options would: bound, unfinished pods turn
    /// Terminating (the kubelet finishes them); others go at once.
    pub fn delete_pod(&self, pod: &Value) -> bool {
        let bound = pod["spec"]["nodeName"]
            .as_str()
            .is_some_and(|n| !n.is_empty());
        let finished = matches!(
            pod["status"]["phase"].as_str(),
            Some("Succeeded" | "Failed")
        );
        let grace = pod["spec"]["terminationGracePeriodSeconds"]
            .as_i64()
            .unwrap_or(30);
        if !bound || finished || grace <= 0 {
            return self.delete(kinds::PODS, pod);
        }
        if is_deleting(pod) {
            return false;
        }
        let mut n = pod.clone();
        let at = self
            .now
            .checked_add(jiff::SignedDuration::from_secs(grace))
            .unwrap_or(self.now);
        n["metadata"]["deletionTimestamp"] = json!(rfc3339(at));
        n["metadata"]["deletionGracePeriodSeconds"] = json!(grace);
        let rv = meta_str(pod, "resourceVersion").parse::<u64>().ok();
        self.state.store.update(kinds::PODS, n, rv).is_ok()
    }
}

/// Whether a pod counts as active for its controller (`controller.IsPodActive`).
pub fn pod_active(p: &Value) -> bool {
    !matches!(p["status"]["phase"].as_str(), Some("Succeeded" | "Failed")) && !is_deleting(p)
}

/// The pod's condition `ty`, if any.
pub fn pod_condition<'a>(p: &'a Value, ty: &str) -> Option<&'a Value> {
    p["status"]["conditions"]
        .as_array()?
        .iter()
        .find(|c| c["type"] == ty)
}

pub fn pod_ready(p: &Value) -> bool {
    pod_condition(p, "Ready").is_some_and(|c| c["status"] == "True")
}

/// `podutil.IsPodAvailable`: Ready for at least `min_ready` seconds.
pub fn pod_available(p: &Value, min_ready: i64, now: jiff::Timestamp) -> bool {
    let Some(c) = pod_condition(p, "Ready").filter(|c| c["status"] == "True") else {
        return false;
    };
    if min_ready <= 0 {
        return true;
    }
    let since = c["lastTransitionTime"]
        .as_str()
        .and_then(|s| s.parse::<jiff::Timestamp>().ok());
    since.is_some_and(|t| {
        t.checked_add(jiff::SignedDuration::from_secs(min_ready))
            .is_ok_and(|ready_at| ready_at <= now)
    })
}

/// All controllers, with what they remember between passes.
pub struct ControlPlane {
    pub speed: Speed,
    pub kubelet: Kubelet,
    pub scheduler: scheduler::Scheduler,
    pub volumes: volumes::Volumes,
}

impl ControlPlane {
    pub fn new(speed: Speed) -> Self {
        ControlPlane {
            speed,
            kubelet: Kubelet::new(speed),
            scheduler: scheduler::Scheduler::default(),
            volumes: volumes::Volumes::default(),
        }
    }

    /// One level-triggered pass over everything. Returns when the next timed step is due.
    pub fn pass(&mut self, state: &AppState) -> Option<Instant> {
        let api = Api {
            state,
            now: jiff::Timestamp::now(),
        };
        let mut wake: Option<Instant> = None;
        let mut want = |t: Option<Instant>| {
            if let Some(t) = t {
                wake = Some(wake.map_or(t, |w| w.min(t)));
            }
        };
        self.scheduler.sync_all(&api);
        want(self.kubelet.sync_all(&api));
        replicaset::sync_all(&api);
        deployment::sync_all(&api);
        daemonset::sync_all(&api);
        statefulset::sync_all(&api);
        self.volumes.sync_all(&api);
        job::sync_all(&api, self.speed);
        cronjob::sync_all(&api);
        endpoints::sync_all(&api);
        namespace::sync_all(&api);
        serviceaccount::sync_all(&api, &state.pki.ca_cert_pem, &state.tokens);
        gc::sync_all(&api);
        wake
    }
}

/// Longest idle time between passes (progress deadlines, minReadySeconds, clock-driven state).
const IDLE_TICK: Duration = Duration::from_secs(1);

/// Starts the control plane on the current tokio runtime; it runs until aborted.
pub fn spawn(state: Arc<AppState>, speed: Speed) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move { run(state, speed).await })
}

async fn run(state: Arc<AppState>, speed: Speed) {
    use tokio::sync::broadcast::error::{RecvError, TryRecvError};
    let rv = state.store.current_rv();
    let Ok(start) = state.store.watch(kinds::NODES, None, Some(rv)) else {
        return;
    };
    let mut rx = start.rx;
    let mut plane = Some(ControlPlane::new(speed));
    loop {
        let Some(mut p) = plane.take() else { return };
        let st = state.clone();
        let Ok((p, wake)) = tokio::task::spawn_blocking(move || {
            let wake = p.pass(&st);
            (p, wake)
        })
        .await
        else {
            return;
        };
        plane = Some(p);
        let deadline = wake
            .unwrap_or_else(|| Instant::now() + IDLE_TICK)
            .min(Instant::now() + IDLE_TICK);
        tokio::select! {
            r = rx.recv() => match r {
                Ok(_) | Err(RecvError::Lagged(_)) => {}
                Err(RecvError::Closed) => return,
            },
            _ = tokio::time::sleep_until(deadline.into()) => {}
        }
        // Coalesce a burst of changes into one pass.
        tokio::time::sleep(Duration::from_millis(5)).await;
        loop {
            match rx.try_recv() {
                Ok(_) | Err(TryRecvError::Lagged(_)) => continue,
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Closed) => return,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speed_parsing() {
        for (input, want) in [
            (None, 10.0),
            (Some("2"), 2.0),
            (Some(" 0.5 "), 0.5),
            (Some("0"), 10.0),
            (Some("-3"), 10.0),
            (Some("fast"), 10.0),
            (Some("inf"), 10.0),
        ] {
            assert_eq!(Speed::parse(input), Speed(want), "{input:?}");
        }
        assert_eq!(Speed(10.0).scale(2000), Duration::from_millis(200));
    }

    #[test]
    fn availability_honours_min_ready_seconds() {
        let now: jiff::Timestamp = "2026-01-01T00:00:10Z".parse().unwrap();
        let pod = |status: &str, at: &str| json!({"status": {"conditions": [{"type": "Ready", "status": status, "lastTransitionTime": at}]}});
        for (p, min, want) in [
            (pod("True", "2026-01-01T00:00:05Z"), 0, true),
            (pod("True", "2026-01-01T00:00:05Z"), 5, true),
            (pod("True", "2026-01-01T00:00:06Z"), 5, false),
            (pod("False", "2026-01-01T00:00:00Z"), 0, false),
            (json!({}), 0, false),
        ] {
            assert_eq!(pod_available(&p, min, now), want, "{p} {min}");
        }
    }

    #[test]
    fn controller_uid_picks_the_controller() {
        let o = json!({"metadata": {"ownerReferences": [
            {"uid": "a"}, {"uid": "b", "controller": true}]}});
        assert_eq!(controller_uid(&o), Some("b"));
        assert_eq!(controller_uid(&json!({})), None);
    }
}
