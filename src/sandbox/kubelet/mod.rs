//! The simulated kubelet of every sandbox node: takes pods bound to a node through
//! ContainerCreating → (image pull) → Running, fills in the pod status as the kubelet does
//! (IPs, conditions, container statuses) and records its events (Pulling, Pulled, Created,
//! Started, Failed, BackOff, Unhealthy, Killing). No containers run: what a container prints and
//! when it exits comes from `program` (its image, command, args and env), its log is generated on
//! demand by `logs`, and its probes are judged by `probes`.
//!
//! Rules of the simulation (durations are real-cluster values divided by the speed factor):
//! - the pod sandbox takes 1s; a pull takes 2s (0.4s when the node already has the image and the
//!   policy is Always); `IfNotPresent` images already on the node are not pulled;
//! - an image reference containing `does-not-exist` cannot be pulled: ErrImagePull, then
//!   ImagePullBackOff with back-off 10s, 20s, … 300s between attempts;
//! - containers start 0.3s after their image is there; they are ready at once unless a readiness
//!   probe says otherwise (`probes`: a probe on an undeclared port, or an exec probe running
//!   `false`/`exit N`, fails; others pass after initialDelaySeconds). A failing readiness probe
//!   records `Unhealthy` "Readiness probe failed: …" every periodSeconds; a failing liveness probe
//!   kills the container after failureThreshold probes (Unhealthy, then Killing "Container c
//!   failed liveness probe, will be restarted"; exit 137);
//! - a container exits when its program does (`program`: a `sh -c` script of echo/sleep/exit, an
//!   `echo`, `ping -c N`, …) or, the crash rule, after `KCTL_SANDBOX_CRASH_AFTER` seconds with code
//!   1; a program that runs forever runs forever, except that with restartPolicy Never or
//!   OnFailure it exits 0 after 5s (init containers after 1s) so that Jobs complete;
//! - an exited container is restarted as its pod's restartPolicy says (init containers: on
//!   failure unless Never): it shows `terminated` (Completed/Error) for 1s, the first restart
//!   follows at once, later ones after the kubelet's crash back-off 10s, 20s, … 300s, waiting as
//!   CrashLoopBackOff "back-off 10s restarting failed container=c pod=p_ns(uid)" with a BackOff
//!   event "Back-off restarting failed container c in pod p_ns(uid)"; `restartCount` and
//!   `lastState.terminated` follow, and `logs --previous` reads the last instance;
//! - otherwise the pod ends Succeeded (all exited 0) or Failed;
//! - a deleted pod's containers stop within 1s (or its grace period), then the pod is removed.

pub mod images;
pub mod logs;
pub mod probes;
pub mod program;

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use serde_json::{Value, json};

use crate::sandbox::controllers::events::{Event, Source, record};
use crate::sandbox::controllers::{
    Api, Speed, is_deleting, kinds, name_of, ns_of, pod_condition, rfc3339, uid_of,
};

#[derive(Debug, Clone)]
enum Stage {
    /// Waiting for the sandbox or for the init containers before it.
    Idle,
    Pulling {
        began: Instant,
        done: Instant,
    },
    /// The pull failed; ImagePullBackOff shows from `backoff_at`, the next pull at `retry`.
    PullFailed {
        backoff_at: Instant,
        retry: Instant,
    },
    BackOff {
        retry: Instant,
    },
    Creating {
        at: Instant,
    },
    Running {
        until: Option<Instant>,
    },
    /// The process ended (`exit_code`) and the container will be restarted: shown as terminated
    /// until the kubelet's next look at `next`.
    Exited {
        next: Instant,
    },
    /// Waiting to restart: at once after a first exit, else CrashLoopBackOff until `retry`.
    Restart {
        retry: Instant,
    },
    Done {
        exit: i64,
    },
}

/// The pod's restartPolicy as it applies to one container.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Restart {
    Always,
    OnFailure,
    Never,
}

impl Restart {
    fn restarts_after(self, code: i64) -> bool {
        self == Restart::Always || (self == Restart::OnFailure && code != 0)
    }
}

/// How a container runs: its restart policy and, for a program that would run forever, how long
/// it runs when the policy is not Always (so Jobs complete).
#[derive(Debug, Clone, Copy)]
struct Policy {
    restart: Restart,
    default_run_ms: Option<u64>,
}

#[derive(Debug, Clone)]
struct Ctr {
    name: String,
    image: String,
    policy: String,
    field_path: String,
    stage: Stage,
    attempts: u32,
    id: String,
    started_at: Option<String>,
    finished_at: Option<String>,
    /// The waiting reason and message the last sync reported.
    waiting: (String, Option<String>),
    /// When and with which code the container's program exits by itself (`program`).
    program_exit: Option<(u64, i64)>,
    /// The exit code of the running instance when its `until` comes.
    run_exit: i64,
    restarts: u32,
    /// Exits that led to a restart (the crash back-off's step).
    crashes: u32,
    /// `lastState.terminated` of the previous instance.
    last: Option<Value>,
    /// `format.Pod`: name_namespace(uid), for the back-off messages.
    pod_label: String,
    readiness: Option<probes::Probe>,
    liveness: Option<probes::Probe>,
    /// Ready (running, readiness probe passed); `ready_due`: when it will be.
    ready: bool,
    ready_due: Option<Instant>,
    /// When the next failing readiness probe is reported.
    unready_next: Option<Instant>,
    /// The running instance ends by a failed liveness probe.
    liveness_kill: bool,
}

impl Ctr {
    fn new(c: &Value, field: &str) -> Ctr {
        let name = c["name"].as_str().unwrap_or_default().to_string();
        Ctr {
            field_path: format!("spec.{field}{{{name}}}"),
            name,
            image: c["image"].as_str().unwrap_or_default().to_string(),
            policy: c["imagePullPolicy"]
                .as_str()
                .unwrap_or("IfNotPresent")
                .to_string(),
            stage: Stage::Idle,
            attempts: 0,
            id: String::new(),
            started_at: None,
            finished_at: None,
            waiting: ("ContainerCreating".into(), None),
            program_exit: program::Program::of(c, "")
                .exit
                .map(|(ms, code)| (ms, i64::from(code))),
            run_exit: 0,
            restarts: 0,
            crashes: 0,
            last: None,
            pod_label: String::new(),
            readiness: None,
            liveness: None,
            ready: false,
            ready_due: None,
            unready_next: None,
            liveness_kill: false,
        }
    }

    /// Sets the pod-level context: `format.Pod` label and the probes (their messages name the
    /// pod IP).
    fn in_pod(mut self, c: &Value, label: &str, ip: &str) -> Ctr {
        self.pod_label = label.to_string();
        self.readiness = probes::of(c, "readinessProbe", ip);
        self.liveness = probes::of(c, "livenessProbe", ip);
        self
    }

    /// `terminated` of the instance that just ended.
    fn terminated(&self, code: i64) -> Value {
        json!({
            "containerID": format!("containerd://{}", self.id), "exitCode": code,
            "finishedAt": self.finished_at,
            "reason": if code == 0 { "Completed" } else { "Error" },
            "startedAt": self.started_at,
        })
    }

    fn due(&self) -> Option<Instant> {
        match &self.stage {
            Stage::Pulling { done, .. } => Some(*done),
            Stage::PullFailed { backoff_at, .. } => Some(*backoff_at),
            Stage::BackOff { retry } => Some(*retry),
            Stage::Creating { at } => Some(*at),
            Stage::Running { until } => [*until, self.ready_due, self.unready_next]
                .into_iter()
                .flatten()
                .min(),
            Stage::Exited { next } => Some(*next),
            Stage::Restart { retry } => Some(*retry),
            Stage::Idle | Stage::Done { .. } => None,
        }
    }

    fn done(&self) -> bool {
        matches!(self.stage, Stage::Done { .. })
    }

    fn running(&self) -> bool {
        matches!(self.stage, Stage::Running { .. })
    }
}

struct PodSim {
    /// Found already running (e.g. after a server restart): its status is left alone.
    adopted: bool,
    start_time: String,
    sandbox_at: Instant,
    ip: String,
    init: Vec<Ctr>,
    app: Vec<Ctr>,
    /// Set once the pod is being deleted: when its containers have stopped.
    terminate_at: Option<Instant>,
}

/// One kubelet event waiting to be recorded: (fieldPath, warning, reason, message).
type Pending = (String, bool, &'static str, String);

pub struct Kubelet {
    speed: Speed,
    pods: HashMap<String, PodSim>,
    /// Images each node holds: (node, normalised reference).
    images: HashSet<(String, String)>,
    next_host: HashMap<String, u32>,
}

fn node_ip(node: &Value) -> String {
    node["status"]["addresses"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|a| a["type"] == "InternalIP")
        .and_then(|a| a["address"].as_str())
        .unwrap_or_default()
        .to_string()
}

/// The `10.244.N` prefix of the node's podCIDR.
fn cidr_prefix(node: &Value) -> String {
    let cidr = node["spec"]["podCIDR"].as_str().unwrap_or("10.244.0.0/24");
    let net = cidr.split('/').next().unwrap_or("10.244.0.0");
    let parts: Vec<&str> = net.split('.').collect();
    if parts.len() == 4 {
        format!("{}.{}.{}", parts[0], parts[1], parts[2])
    } else {
        "10.244.0".into()
    }
}

fn new_container_id() -> String {
    images::hex64(&uuid::Uuid::new_v4().to_string())
}

impl Kubelet {
    pub fn new(speed: Speed) -> Self {
        Kubelet {
            speed,
            pods: HashMap::new(),
            images: HashSet::new(),
            next_host: HashMap::new(),
        }
    }

    fn allocate_ip(&mut self, node: &Value, used: &HashSet<String>) -> String {
        let prefix = cidr_prefix(node);
        let next = self.next_host.entry(name_of(node).to_string()).or_insert(2);
        for _ in 0..253 {
            let host = *next;
            *next = if *next >= 254 { 2 } else { *next + 1 };
            let ip = format!("{prefix}.{host}");
            if !used.contains(&ip) {
                return ip;
            }
        }
        format!("{prefix}.254")
    }

    /// Advances every pod bound to a node; returns when the next step is due.
    pub fn sync_all(&mut self, api: &Api) -> Option<Instant> {
        let pods = api.list(kinds::PODS, None);
        let nodes: HashMap<String, Value> = api
            .list(kinds::NODES, None)
            .into_iter()
            .map(|n| (name_of(&n).to_string(), n))
            .collect();
        let live: HashSet<&str> = pods.iter().map(uid_of).collect();
        self.pods.retain(|uid, _| live.contains(uid.as_str()));
        let mut used: HashSet<String> = pods
            .iter()
            .filter_map(|p| p["status"]["podIP"].as_str().map(str::to_string))
            .collect();
        used.extend(self.pods.values().map(|s| s.ip.clone()));
        let mut wake: Option<Instant> = None;
        let now = Instant::now();
        for pod in &pods {
            let Some(node_name) = pod["spec"]["nodeName"].as_str().filter(|n| !n.is_empty()) else {
                continue;
            };
            let uid = uid_of(pod).to_string();
            let node = nodes.get(node_name);
            if !self.pods.contains_key(&uid) {
                let Some(node) = node else {
                    if is_deleting(pod) {
                        // No kubelet will ever stop it: the pod garbage collector removes it.
                        api.delete(kinds::PODS, pod);
                    }
                    continue;
                };
                let adopted =
                    pod["status"]["podIP"].is_string() || pod["status"]["phase"] != "Pending";
                let ip = if adopted {
                    pod["status"]["podIP"]
                        .as_str()
                        .unwrap_or_default()
                        .to_string()
                } else {
                    self.allocate_ip(node, &used)
                };
                used.insert(ip.clone());
                let label = format!("{}_{}({uid})", name_of(pod), ns_of(pod));
                let ctrs = |field: &str| -> Vec<Ctr> {
                    pod["spec"][field]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|c| Ctr::new(c, field).in_pod(c, &label, &ip))
                        .collect()
                };
                self.pods.insert(
                    uid.clone(),
                    PodSim {
                        adopted,
                        start_time: rfc3339(api.now),
                        sandbox_at: now + self.speed.scale(1000),
                        init: ctrs("initContainers"),
                        app: ctrs("containers"),
                        ip,
                        terminate_at: None,
                    },
                );
            }
            let t = if is_deleting(pod) {
                self.terminate(api, pod, &uid, node_name, now)
            } else {
                match node {
                    Some(node) => self.sync_pod(api, pod, &uid, node, now),
                    None => None,
                }
            };
            if let Some(t) = t {
                wake = Some(wake.map_or(t, |w| w.min(t)));
            }
        }
        wake
    }

    fn terminate(
        &mut self,
        api: &Api,
        pod: &Value,
        uid: &str,
        node: &str,
        now: Instant,
    ) -> Option<Instant> {
        let speed = self.speed;
        let sim = self.pods.get_mut(uid)?;
        let at = match sim.terminate_at {
            Some(at) => at,
            None => {
                let grace = pod["metadata"]["deletionGracePeriodSeconds"]
                    .as_i64()
                    .unwrap_or(30)
                    .max(0) as u64;
                let at = now + speed.scale(1000).min(std::time::Duration::from_secs(grace));
                sim.terminate_at = Some(at);
                let running: Vec<String> = if sim.adopted {
                    pod["spec"]["containers"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|c| c["name"].as_str().map(str::to_string))
                        .collect()
                } else {
                    sim.app
                        .iter()
                        .filter(|c| c.running())
                        .map(|c| c.name.clone())
                        .collect()
                };
                for name in running {
                    record(
                        api,
                        Event {
                            object: pod,
                            field_path: Some(format!("spec.containers{{{name}}}")),
                            warning: false,
                            reason: "Killing",
                            message: format!("Stopping container {name}"),
                            source: Source {
                                component: "kubelet",
                                host: Some(node),
                            },
                        },
                    );
                }
                at
            }
        };
        if now >= at {
            api.delete(kinds::PODS, pod);
            self.pods.remove(uid);
            return None;
        }
        Some(at)
    }

    fn sync_pod(
        &mut self,
        api: &Api,
        pod: &Value,
        uid: &str,
        node: &Value,
        now: Instant,
    ) -> Option<Instant> {
        let speed = self.speed;
        let node_name = name_of(node).to_string();
        let restart = match pod["spec"]["restartPolicy"].as_str() {
            Some("Never") => Restart::Never,
            Some("OnFailure") => Restart::OnFailure,
            _ => Restart::Always,
        };
        // Init containers are restarted on failure unless the pod says Never.
        let init_policy = Policy {
            restart: if restart == Restart::Never {
                Restart::Never
            } else {
                Restart::OnFailure
            },
            default_run_ms: Some(1000),
        };
        let app_policy = Policy {
            restart,
            default_run_ms: (restart != Restart::Always).then_some(5000),
        };
        let mut pending: Vec<Pending> = Vec::new();
        let sim = self.pods.get_mut(uid)?;
        if sim.adopted {
            return None;
        }
        let images = &mut self.images;
        // Advance until nothing more is due now.
        loop {
            let mut changed = false;
            let sandbox_ready = now >= sim.sandbox_at;
            let mut prev_done = sandbox_ready;
            for c in sim.init.iter_mut() {
                if prev_done {
                    changed |= step(c, now, speed, &node_name, images, init_policy, &mut pending);
                }
                prev_done = c.done();
            }
            let inits_done = sim.init.iter().all(Ctr::done);
            if sandbox_ready && inits_done {
                for c in sim.app.iter_mut() {
                    changed |= step(c, now, speed, &node_name, images, app_policy, &mut pending);
                }
            }
            if !changed {
                break;
            }
        }
        let status = build_status(pod, sim, &node_ip(node), now, api);
        if status != pod["status"] {
            let mut n = pod.clone();
            n["status"] = status;
            api.update(kinds::PODS, pod, n, "kubelet", Some("status"));
        }
        for (field, warning, reason, message) in pending {
            record(
                api,
                Event {
                    object: pod,
                    field_path: Some(field),
                    warning,
                    reason,
                    message,
                    source: Source {
                        component: "kubelet",
                        host: Some(&node_name),
                    },
                },
            );
        }
        let mut wake = (now < sim.sandbox_at).then_some(sim.sandbox_at);
        for c in sim.init.iter().chain(sim.app.iter()) {
            if let Some(t) = c.due() {
                wake = Some(wake.map_or(t, |w: Instant| w.min(t)));
            }
        }
        wake
    }
}

/// Pull back-off after `attempts` failures: 10s doubling, at most 300s (kubelet's defaults).
fn backoff_ms(attempts: u32) -> u64 {
    (10_000u64 << attempts.saturating_sub(1).min(5)).min(300_000)
}

/// Moves one container a stage on if its time has come; records what the kubelet would say.
fn step(
    c: &mut Ctr,
    now: Instant,
    speed: Speed,
    node: &str,
    images: &mut HashSet<(String, String)>,
    policy: Policy,
    ev: &mut Vec<Pending>,
) -> bool {
    let fp = c.field_path.clone();
    let key = (node.to_string(), images::normalise(&c.image));
    let start_pull = match c.stage {
        Stage::Idle => true,
        Stage::BackOff { retry } | Stage::Restart { retry } => now >= retry,
        _ => false,
    };
    match c.stage.clone() {
        _ if start_pull => {
            let present = images.contains(&key);
            if present && c.policy != "Always" || c.policy == "Never" {
                ev.push((
                    fp,
                    false,
                    "Pulled",
                    format!("Container image \"{}\" already present on machine", c.image),
                ));
                c.stage = Stage::Creating {
                    at: now + speed.scale(300),
                };
            } else {
                ev.push((
                    fp,
                    false,
                    "Pulling",
                    format!("Pulling image \"{}\"", c.image),
                ));
                let ms = if present { 400 } else { 2000 };
                c.stage = Stage::Pulling {
                    began: now,
                    done: now + speed.scale(ms),
                };
            }
            true
        }
        Stage::Pulling { began, done } if now >= done => {
            if images::pullable(&c.image) {
                let took = images::go_duration(now.duration_since(began));
                ev.push((
                    fp,
                    false,
                    "Pulled",
                    format!(
                        "Successfully pulled image \"{}\" in {took} ({took} including waiting). Image size: {} bytes.",
                        c.image,
                        images::image_size(&c.image)
                    ),
                ));
                images.insert(key);
                c.stage = Stage::Creating {
                    at: now + speed.scale(300),
                };
            } else {
                let err = images::pull_error(&c.image);
                ev.push((
                    fp.clone(),
                    true,
                    "Failed",
                    format!("Failed to pull image \"{}\": {err}", c.image),
                ));
                ev.push((fp, true, "Failed", "Error: ErrImagePull".into()));
                c.attempts += 1;
                c.waiting = ("ErrImagePull".into(), Some(err));
                c.stage = Stage::PullFailed {
                    backoff_at: now + speed.scale(1000),
                    retry: now + speed.scale(backoff_ms(c.attempts)),
                };
            }
            true
        }
        Stage::PullFailed { backoff_at, retry } if now >= backoff_at => {
            let msg = format!("Back-off pulling image \"{}\"", c.image);
            ev.push((fp.clone(), false, "BackOff", msg.clone()));
            ev.push((fp, true, "Failed", "Error: ImagePullBackOff".into()));
            c.waiting = ("ImagePullBackOff".into(), Some(msg));
            c.stage = Stage::BackOff { retry };
            true
        }
        Stage::Creating { at } if now >= at => {
            ev.push((
                fp.clone(),
                false,
                "Created",
                format!("Created container {}", c.name),
            ));
            ev.push((
                fp,
                false,
                "Started",
                format!("Started container {}", c.name),
            ));
            if !c.id.is_empty() {
                c.restarts += 1;
            }
            c.id = new_container_id();
            c.started_at = Some(rfc3339(jiff::Timestamp::now()));
            let (until, code) = match (c.program_exit, policy.default_run_ms) {
                (Some((ms, code)), _) => (Some(now + speed.scale(ms)), code),
                (None, Some(ms)) => (Some(now + speed.scale(ms)), 0),
                (None, None) => (None, 0),
            };
            c.run_exit = code;
            c.liveness_kill = false;
            let mut until = until;
            if let Some(p) = c.liveness.as_ref().filter(|p| p.failure.is_some()) {
                let kill = now + speed.scale(p.kill_after_ms());
                if until.is_none_or(|u| kill < u) {
                    until = Some(kill);
                    // SIGKILL after the grace period: 128 + 9.
                    c.run_exit = 137;
                    c.liveness_kill = true;
                }
            }
            c.ready = false;
            c.ready_due = None;
            c.unready_next = None;
            match &c.readiness {
                None => c.ready = true,
                Some(p) if p.failure.is_none() => {
                    c.ready_due = Some(now + speed.scale(p.initial_ms))
                }
                Some(p) => c.unready_next = Some(now + speed.scale(p.initial_ms)),
            }
            c.stage = Stage::Running { until };
            true
        }
        Stage::Running { .. } if c.ready_due.is_some_and(|t| now >= t) => {
            c.ready = true;
            c.ready_due = None;
            true
        }
        Stage::Running { .. } if c.unready_next.is_some_and(|t| now >= t) => {
            if let Some(p) = &c.readiness {
                let why = p.failure.clone().unwrap_or_default();
                ev.push((
                    fp,
                    true,
                    "Unhealthy",
                    format!("Readiness probe failed: {why}"),
                ));
                c.unready_next = Some(now + speed.scale(p.period_ms));
            } else {
                c.unready_next = None;
            }
            true
        }
        Stage::Running { until: Some(t) } if now >= t => {
            if c.liveness_kill
                && let Some(p) = &c.liveness
            {
                let why = p.failure.clone().unwrap_or_default();
                for _ in 0..p.failure_threshold {
                    ev.push((
                        fp.clone(),
                        true,
                        "Unhealthy",
                        format!("Liveness probe failed: {why}"),
                    ));
                }
                ev.push((
                    fp,
                    false,
                    "Killing",
                    format!(
                        "Container {} failed liveness probe, will be restarted",
                        c.name
                    ),
                ));
            }
            c.ready = false;
            c.finished_at = Some(rfc3339(jiff::Timestamp::now()));
            let code = c.run_exit;
            c.stage = if policy.restart.restarts_after(code) {
                // The kubelet notices the exit at its next sync, about a second later.
                Stage::Exited {
                    next: now + speed.scale(1000),
                }
            } else {
                Stage::Done { exit: code }
            };
            true
        }
        Stage::Exited { next } if now >= next => {
            c.crashes += 1;
            c.last = Some(c.terminated(c.run_exit));
            // kubelet's doBackOff: the first exit restarts at once, later ones wait 10s, 20s, …
            let retry = if c.crashes == 1 {
                c.waiting = ("ContainerCreating".into(), None);
                now
            } else {
                let ms = backoff_ms(c.crashes - 1);
                let wait = images::go_duration(std::time::Duration::from_millis(ms));
                c.waiting = (
                    "CrashLoopBackOff".into(),
                    Some(format!(
                        "back-off {wait} restarting failed container={} pod={}",
                        c.name, c.pod_label
                    )),
                );
                ev.push((
                    fp,
                    true,
                    "BackOff",
                    format!(
                        "Back-off restarting failed container {} in pod {}",
                        c.name, c.pod_label
                    ),
                ));
                now + speed.scale(ms)
            };
            c.stage = Stage::Restart { retry };
            true
        }
        _ => false,
    }
}

fn container_status(c: &Ctr, idle_reason: &str) -> Value {
    let base = |image: String, image_id: String, ready: bool, started: bool, state: Value| {
        let last = c
            .last
            .as_ref()
            .map_or(json!({}), |t| json!({ "terminated": t }));
        let mut s = json!({
            "image": image, "imageID": image_id, "lastState": last, "name": c.name,
            "ready": ready, "restartCount": c.restarts, "started": started, "state": state,
        });
        if !c.id.is_empty() {
            s["containerID"] = json!(format!("containerd://{}", c.id));
        }
        s
    };
    match &c.stage {
        Stage::Running { .. } => base(
            images::normalise(&c.image),
            images::image_id(&c.image),
            c.ready,
            true,
            json!({"running": {"startedAt": c.started_at}}),
        ),
        Stage::Done { exit } => base(
            images::normalise(&c.image),
            images::image_id(&c.image),
            false,
            false,
            json!({"terminated": {
                "containerID": format!("containerd://{}", c.id), "exitCode": exit,
                "finishedAt": c.finished_at, "reason": if *exit == 0 { "Completed" } else { "Error" },
                "startedAt": c.started_at}}),
        ),
        Stage::Exited { .. } => base(
            images::normalise(&c.image),
            images::image_id(&c.image),
            false,
            false,
            json!({ "terminated": c.terminated(c.run_exit) }),
        ),
        stage => {
            let (reason, message) = match stage {
                Stage::Idle if c.attempts == 0 => (idle_reason.to_string(), None),
                _ => c.waiting.clone(),
            };
            let mut w = json!({"reason": reason});
            if let Some(m) = message {
                w["message"] = json!(m);
            }
            // A container that ran before keeps its image ID (and the last container's ID).
            let (image, image_id) = if c.id.is_empty() {
                (c.image.clone(), String::new())
            } else {
                (images::normalise(&c.image), images::image_id(&c.image))
            };
            base(image, image_id, false, false, json!({ "waiting": w }))
        }
    }
}

fn build_status(pod: &Value, sim: &PodSim, host_ip: &str, now: Instant, api: &Api) -> Value {
    let old = &pod["status"];
    let inits_done = sim.init.iter().all(Ctr::done);
    let all_done = !sim.app.is_empty() && sim.app.iter().all(Ctr::done);
    let phase = if all_done {
        let ok = sim
            .app
            .iter()
            .all(|c| matches!(c.stage, Stage::Done { exit: 0 }));
        if ok { "Succeeded" } else { "Failed" }
    } else if !inits_done
        || sim
            .app
            .iter()
            .any(|c| !c.running() && !c.done() && c.id.is_empty())
    {
        "Pending"
    } else {
        "Running"
    };
    let sandbox_ready = now >= sim.sandbox_at;
    let ts = api.now_str();
    let cond = |ty: &str, ok: bool, reason: Option<&str>, msg: Option<String>| {
        let status = if ok { "True" } else { "False" };
        let since = pod_condition(pod, ty)
            .filter(|c| c["status"] == status)
            .and_then(|c| c["lastTransitionTime"].as_str().map(str::to_string))
            .unwrap_or_else(|| ts.clone());
        let mut c = json!({"type": ty, "status": status, "lastProbeTime": null, "lastTransitionTime": since});
        if let Some(r) = reason {
            c["reason"] = json!(r);
        }
        if let Some(m) = msg {
            c["message"] = json!(m);
        }
        c
    };
    let names = |cs: &mut dyn Iterator<Item = &Ctr>| {
        let v: Vec<&str> = cs.map(|c| c.name.as_str()).collect();
        format!("[{}]", v.join(" "))
    };
    let initialized = if inits_done {
        cond("Initialized", true, None, None)
    } else {
        cond(
            "Initialized",
            false,
            Some("ContainersNotInitialized"),
            Some(format!(
                "containers with incomplete status: {}",
                names(&mut sim.init.iter().filter(|c| !c.done()))
            )),
        )
    };
    let all_ready = sim.app.iter().all(|c| c.running() && c.ready);
    let ready = |ty: &str| {
        if phase == "Succeeded" || phase == "Failed" {
            cond(ty, false, Some("PodCompleted"), None)
        } else if all_ready {
            cond(ty, true, None, None)
        } else {
            cond(
                ty,
                false,
                Some("ContainersNotReady"),
                Some(format!(
                    "containers with unready status: {}",
                    names(&mut sim.app.iter().filter(|c| !(c.running() && c.ready)))
                )),
            )
        }
    };
    let scheduled = pod_condition(pod, "PodScheduled")
        .cloned()
        .unwrap_or_else(|| cond("PodScheduled", true, None, None));
    let finished = phase == "Succeeded" || phase == "Failed";
    let conditions = vec![
        cond(
            "PodReadyToStartContainers",
            sandbox_ready && !finished,
            None,
            None,
        ),
        initialized,
        ready("Ready"),
        ready("ContainersReady"),
        scheduled,
    ];
    let mut app: Vec<&Ctr> = sim.app.iter().collect();
    app.sort_by(|a, b| a.name.cmp(&b.name));
    let idle = if inits_done {
        "ContainerCreating"
    } else {
        "PodInitializing"
    };
    let mut status = json!({
        "phase": phase,
        "conditions": conditions,
        "hostIP": host_ip, "hostIPs": [{"ip": host_ip}],
        "startTime": sim.start_time,
        "containerStatuses": app.iter().map(|c| container_status(c, idle)).collect::<Vec<_>>(),
    });
    if !old["qosClass"].is_null() {
        status["qosClass"] = old["qosClass"].clone();
    }
    if sandbox_ready {
        status["podIP"] = json!(sim.ip);
        status["podIPs"] = json!([{"ip": sim.ip}]);
    }
    if !sim.init.is_empty() {
        status["initContainerStatuses"] = json!(
            sim.init
                .iter()
                .map(|c| container_status(c, "PodInitializing"))
                .collect::<Vec<_>>()
        );
    }
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_five_minutes() {
        let got: Vec<u64> = (1..=8).map(backoff_ms).collect();
        assert_eq!(
            got,
            [
                10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000
            ]
        );
    }

    #[test]
    fn pod_cidr_prefix() {
        let n = json!({"spec": {"podCIDR": "10.244.2.0/24"}});
        assert_eq!(cidr_prefix(&n), "10.244.2");
        assert_eq!(cidr_prefix(&json!({})), "10.244.0");
    }

    #[test]
    fn unpullable_image_goes_to_backoff() {
        let speed = Speed::default();
        let mut c = Ctr::new(
            &json!({"name": "a", "image": "x:does-not-exist"}),
            "containers",
        );
        let mut imgs = HashSet::new();
        let mut ev = Vec::new();
        let t0 = Instant::now();
        let always = Policy {
            restart: Restart::Always,
            default_run_ms: None,
        };
        assert!(step(&mut c, t0, speed, "n", &mut imgs, always, &mut ev));
        let far = t0 + std::time::Duration::from_secs(5);
        assert!(step(&mut c, far, speed, "n", &mut imgs, always, &mut ev));
        assert!(step(
            &mut c,
            far + std::time::Duration::from_secs(1),
            speed,
            "n",
            &mut imgs,
            always,
            &mut ev
        ));
        let reasons: Vec<&str> = ev.iter().map(|e| e.2).collect();
        assert_eq!(
            reasons,
            ["Pulling", "Failed", "Failed", "BackOff", "Failed"]
        );
        assert_eq!(ev[2].3, "Error: ErrImagePull");
        assert_eq!(ev[4].3, "Error: ImagePullBackOff");
        let st = container_status(&c, "ContainerCreating");
        assert_eq!(st["state"]["waiting"]["reason"], "ImagePullBackOff");
        assert_eq!(
            st["state"]["waiting"]["message"],
            "Back-off pulling image \"x:does-not-exist\""
        );
    }

    #[test]
    fn good_image_runs_and_jobs_complete() {
        let speed = Speed::default();
        let mut c = Ctr::new(
            &json!({"name": "a", "image": "nginx", "imagePullPolicy": "IfNotPresent"}),
            "containers",
        );
        let mut imgs = HashSet::new();
        let mut ev = Vec::new();
        let mut t = Instant::now();
        for _ in 0..4 {
            let job = Policy {
                restart: Restart::Never,
                default_run_ms: Some(5000),
            };
            step(&mut c, t, speed, "n", &mut imgs, job, &mut ev);
            t += std::time::Duration::from_secs(1);
        }
        let reasons: Vec<&str> = ev.iter().map(|e| e.2).collect();
        assert_eq!(reasons, ["Pulling", "Pulled", "Created", "Started"]);
        assert!(c.done(), "{:?}", c.stage);
        assert!(imgs.contains(&(
            "n".to_string(),
            "docker.io/library/nginx:latest".to_string()
        )));
        let st = container_status(&c, "ContainerCreating");
        assert_eq!(st["state"]["terminated"]["reason"], "Completed");
        assert!(
            st["containerID"]
                .as_str()
                .unwrap()
                .starts_with("containerd://")
        );
    }

    #[test]
    fn crash_rule_restarts_then_backs_off() {
        let speed = Speed::default();
        let mut c = Ctr::new(
            &json!({"name": "c", "image": "busybox",
                    "env": [{"name": program::CRASH_ENV, "value": "2"}]}),
            "containers",
        );
        c.pod_label = "p_ns(u1)".into();
        let always = Policy {
            restart: Restart::Always,
            default_run_ms: None,
        };
        let mut imgs = HashSet::new();
        let mut ev = Vec::new();
        let mut t = Instant::now();
        let mut seen = Vec::new();
        // 60 simulated seconds in steps of 0.05 real seconds (0.5 simulated)
        for _ in 0..120 {
            while step(&mut c, t, speed, "n", &mut imgs, always, &mut ev) {}
            let st = container_status(&c, "ContainerCreating");
            let state = st["state"]
                .as_object()
                .unwrap()
                .keys()
                .next()
                .unwrap()
                .clone();
            let reason = st["state"][&state]["reason"]
                .as_str()
                .unwrap_or("")
                .to_string();
            let row = (state, reason, st["restartCount"].as_u64().unwrap());
            if seen.last() != Some(&row) {
                seen.push(row);
            }
            t += std::time::Duration::from_millis(50);
        }
        let got: Vec<(&str, &str, u64)> = seen
            .iter()
            .map(|(s, r, n)| (s.as_str(), r.as_str(), *n))
            .collect();
        assert_eq!(
            &got[..8],
            [
                ("waiting", "ContainerCreating", 0),
                ("running", "", 0),
                ("terminated", "Error", 0),
                ("waiting", "ContainerCreating", 0),
                ("running", "", 1),
                ("terminated", "Error", 1),
                ("waiting", "CrashLoopBackOff", 1),
                ("running", "", 2),
            ]
        );
        let backoff: Vec<&str> = ev
            .iter()
            .filter(|e| e.2 == "BackOff")
            .map(|e| e.3.as_str())
            .collect();
        assert_eq!(
            backoff.first(),
            Some(&"Back-off restarting failed container c in pod p_ns(u1)")
        );
        let st = container_status(&c, "ContainerCreating");
        assert_eq!(st["lastState"]["terminated"]["exitCode"], 1);
        assert_eq!(st["lastState"]["terminated"]["reason"], "Error");
    }

    /// Steps `c` through `secs` simulated seconds; the reasons of its events, in order.
    fn run_for(c: &mut Ctr, t: &mut Instant, secs: u64) -> Vec<(&'static str, String)> {
        let speed = Speed::default();
        let always = Policy {
            restart: Restart::Always,
            default_run_ms: None,
        };
        let mut imgs = HashSet::new();
        let mut ev = Vec::new();
        for _ in 0..secs * 2 {
            while step(c, *t, speed, "n", &mut imgs, always, &mut ev) {}
            *t += std::time::Duration::from_millis(50);
        }
        ev.into_iter().map(|e| (e.2, e.3)).collect()
    }

    #[test]
    fn probes_decide_readiness_and_liveness() {
        let spec = |probe: &str, body: Value| json!({"name": "c", "image": "nginx", "ports": [{"containerPort": 80}], probe: body});
        let mut t = Instant::now();
        // passing readiness after its initial delay
        let s = spec(
            "readinessProbe",
            json!({"httpGet": {"port": 80}, "initialDelaySeconds": 5}),
        );
        let mut c = Ctr::new(&s, "containers").in_pod(&s, "p_d(u)", "10.0.0.9");
        run_for(&mut c, &mut t, 4);
        assert!(c.running() && !c.ready);
        run_for(&mut c, &mut t, 4);
        assert!(c.ready);
        // failing readiness: never ready, Unhealthy events
        let s = spec("readinessProbe", json!({"httpGet": {"port": 8080}}));
        let mut c = Ctr::new(&s, "containers").in_pod(&s, "p_d(u)", "10.0.0.9");
        let ev = run_for(&mut c, &mut t, 30);
        assert!(c.running() && !c.ready);
        assert!(ev.iter().any(|(r, m)| *r == "Unhealthy"
            && m == "Readiness probe failed: Get \"http://10.0.0.9:8080/\": dial tcp 10.0.0.9:8080: connect: connection refused"));
        // failing liveness: killed after 3 probes, restarted
        let s = spec("livenessProbe", json!({"exec": {"command": ["false"]}}));
        let mut c = Ctr::new(&s, "containers").in_pod(&s, "p_d(u)", "10.0.0.9");
        let ev = run_for(&mut c, &mut t, 30);
        assert!(ev.contains(&(
            "Killing",
            "Container c failed liveness probe, will be restarted".to_string()
        )));
        assert!(c.restarts >= 1, "{:?}", c.stage);
        let st = container_status(&c, "ContainerCreating");
        assert_eq!(st["lastState"]["terminated"]["exitCode"], 137);
    }
}
