//! `GET pods/NAME/log`: picks the container as kube-apiserver's `LogLocation` does and the
//! container instance as the kubelet's `validateContainerLogStatus` does, then serves the
//! instance's generated log (`kubelet::logs`) as text/plain — chunked and growing with `follow`
//! until the instance stops or the client goes away. Nothing is stored: lines are generated.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, StreamBody};
use hyper::Response;
use hyper::body::Frame;
use serde_json::Value;
use tokio::sync::mpsc;

use super::routes::Req;
use super::{AppState, Body};
use crate::sandbox::controllers::Speed;
use crate::sandbox::kubelet::logs::{Instance, Options};
use crate::sandbox::kubelet::program::Program;
use crate::sandbox::status::ApiError;

/// How often a follower looks at the pod to see whether its container still runs.
const POLL: Duration = Duration::from_millis(250);

fn names(pod: &Value, field: &str) -> Vec<String> {
    pod["spec"][field]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|c| c["name"].as_str().map(str::to_string))
        .collect()
}

/// The container the request means (apiserver `pod.LogLocation`).
fn pick_container(pod: &Value, name: &str, asked: Option<&str>) -> Result<String, ApiError> {
    let app = names(pod, "containers");
    let init = names(pod, "initContainers");
    match asked.filter(|c| !c.is_empty()) {
        Some(c) => {
            let known = app
                .iter()
                .chain(&init)
                .chain(&names(pod, "ephemeralContainers"))
                .any(|n| n == c);
            if known {
                Ok(c.to_string())
            } else {
                Err(ApiError::bad_request(format!(
                    "container {c} is not valid for pod {name}"
                )))
            }
        }
        None if app.len() == 1 => Ok(app[0].clone()),
        None if app.is_empty() => Err(ApiError::bad_request(format!(
            "a container name must be specified for pod {name}"
        ))),
        None => {
            let mut msg = format!(
                "a container name must be specified for pod {name}, choose one of: [{}]",
                app.join(" ")
            );
            if !init.is_empty() {
                msg.push_str(&format!(
                    " or one of the init containers: [{}]",
                    init.join(" ")
                ));
            }
            Err(ApiError::bad_request(msg))
        }
    }
}

/// Which instance of the container to read: (startedAt, finishedAt, containerID).
#[derive(Debug, PartialEq)]
struct Chosen {
    started: String,
    finished: Option<String>,
    id: String,
}

fn chosen(t: &Value, finished: bool) -> Chosen {
    let s = |k: &str| t[k].as_str().unwrap_or_default().to_string();
    Chosen {
        started: s("startedAt"),
        finished: finished.then(|| s("finishedAt")),
        id: s("containerID"),
    }
}

/// kubelet `validateContainerLogStatus`.
fn pick_instance(pod: &Value, pod_name: &str, c: &str, previous: bool) -> Result<Chosen, ApiError> {
    let err = |m: String| Err(ApiError::bad_request(m));
    let st = [
        "containerStatuses",
        "initContainerStatuses",
        "ephemeralContainerStatuses",
    ]
    .iter()
    .flat_map(|f| pod["status"][*f].as_array().into_iter().flatten())
    .find(|s| s["name"] == c);
    let Some(st) = st else {
        return err(format!(
            "container {c:?} in pod {pod_name:?} is not available"
        ));
    };
    let last = &st["lastState"]["terminated"];
    let has_id = |t: &Value| t["containerID"].as_str().is_some_and(|s| !s.is_empty());
    let state = &st["state"];
    if previous {
        if !last.is_object() || !has_id(last) {
            return err(format!(
                "previous terminated container {c:?} in pod {pod_name:?} not found"
            ));
        }
        return Ok(chosen(last, true));
    }
    if state["running"].is_object() {
        let mut ch = chosen(&state["running"], false);
        ch.id = st["containerID"].as_str().unwrap_or_default().to_string();
        return Ok(ch);
    }
    let term = &state["terminated"];
    if term.is_object() {
        if has_id(term) {
            return Ok(chosen(term, true));
        }
        if has_id(last) {
            return Ok(chosen(last, true));
        }
        return err(format!("container {c:?} in pod {pod_name:?} is terminated"));
    }
    if last.is_object() {
        if !has_id(last) {
            return err(format!("container {c:?} in pod {pod_name:?} is terminated"));
        }
        return Ok(chosen(last, true));
    }
    if let Some(reason) = state["waiting"]["reason"].as_str() {
        let why = match reason {
            "ErrImagePull" => "image can't be pulled",
            "ImagePullBackOff" => "trying and failing to pull image",
            r => r,
        };
        return err(format!(
            "container {c:?} in pod {pod_name:?} is waiting to start: {why}"
        ));
    }
    err(format!(
        "container {c:?} in pod {pod_name:?} is waiting to start - no logs yet"
    ))
}

fn spec_of<'a>(pod: &'a Value, c: &str) -> &'a Value {
    ["containers", "initContainers", "ephemeralContainers"]
        .iter()
        .flat_map(|f| pod["spec"][*f].as_array().into_iter().flatten())
        .find(|s| s["name"] == c)
        .unwrap_or(&Value::Null)
}

fn ns_of_time(s: &str) -> Option<i128> {
    s.parse::<jiff::Timestamp>().ok().map(|t| t.as_nanosecond())
}

fn now_ns() -> i128 {
    jiff::Timestamp::now().as_nanosecond()
}

fn instance(pod: &Value, c: &str, ch: &Chosen, speed: Speed) -> Instance {
    let program = Program::of(
        spec_of(pod, c),
        pod["metadata"]["name"].as_str().unwrap_or_default(),
    );
    let started = ns_of_time(&ch.started).unwrap_or_else(now_ns);
    // finishedAt has whole seconds and the log's clock starts up to a second after startedAt
    // (`Instance::new`): allow both. A program's own exit cuts its log exactly anyway.
    let stopped = ch
        .finished
        .as_deref()
        .and_then(ns_of_time)
        .map(|f| f + 2_000_000_000);
    let seed = format!(
        "{}/{c}/{}",
        pod["metadata"]["uid"].as_str().unwrap_or_default(),
        ch.started
    );
    let ns_per_ms = speed.scale(1_000_000).as_nanos() as f64 / 1e6;
    Instance::new(program, &seed, started, ns_per_ms, stopped)
}

fn options(req: &Req) -> Result<Options, ApiError> {
    let num = |k: &str| -> Result<Option<i64>, ApiError> {
        match req.q(k).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(v) => v.parse::<i64>().map(Some).map_err(|_| {
                ApiError::bad_request(format!("{k}: invalid value {v:?}: not an integer"))
            }),
        }
    };
    let since_ns = match (
        num("sinceSeconds")?,
        req.q("sinceTime").filter(|v| !v.is_empty()),
    ) {
        (Some(s), _) => Some(now_ns() - i128::from(s.max(0)) * 1_000_000_000),
        (None, Some(t)) => Some(
            ns_of_time(t)
                .ok_or_else(|| ApiError::bad_request(format!("sinceTime: invalid time {t:?}")))?,
        ),
        (None, None) => None,
    };
    Ok(Options {
        tail: num("tailLines")?.map(|n| n.max(0) as u64),
        since_ns,
        timestamps: req.q_bool("timestamps"),
        limit: num("limitBytes")?.map(|n| n.max(0) as u64),
    })
}

fn text_response(body: Body) -> Response<Body> {
    Response::builder()
        .status(200)
        .header("Content-Type", "text/plain")
        .body(body)
        .unwrap_or_else(|_| Response::new(super::full("")))
}

/// Whether the pod still runs the instance `id` of container `c`.
fn still_running(state: &AppState, ns: &str, pod: &str, c: &str, id: &str) -> bool {
    let Some(p) = state.store.get("/pods", ns, pod) else {
        return false;
    };
    ["containerStatuses", "initContainerStatuses"]
        .iter()
        .flat_map(|f| p["status"][*f].as_array().into_iter().flatten())
        .find(|s| s["name"] == c)
        .is_some_and(|s| s["state"]["running"].is_object() && s["containerID"] == id)
}

/// When the instance `id` of container `c` finished, if the pod says it did.
fn finished_at(state: &AppState, ns: &str, pod: &str, c: &str, id: &str) -> Option<i128> {
    let p = state.store.get("/pods", ns, pod)?;
    let st = ["containerStatuses", "initContainerStatuses"]
        .iter()
        .flat_map(|f| p["status"][*f].as_array().into_iter().flatten())
        .find(|s| s["name"] == c)?;
    [&st["state"]["terminated"], &st["lastState"]["terminated"]]
        .into_iter()
        .find(|t| t["containerID"] == id)
        .and_then(|t| t["finishedAt"].as_str())
        .and_then(ns_of_time)
}

pub fn pod_log(
    state: &Arc<AppState>,
    req: &Req,
    ns: &str,
    name: &str,
    pod: &Value,
) -> Result<Response<Body>, ApiError> {
    let c = pick_container(pod, name, req.q("container"))?;
    if pod["spec"]["nodeName"].as_str().is_none_or(str::is_empty) {
        // LogLocation: no host yet, an empty stream.
        return Ok(text_response(super::full("")));
    }
    let opts = options(req)?;
    let ch = pick_instance(pod, name, &c, req.q_bool("previous"))?;
    let mut inst = instance(pod, &c, &ch, Speed::from_env());
    let now = now_ns();
    if ch.finished.is_some() {
        // A terminated instance's log is complete: the seeded start of its log clock (up to a
        // second after startedAt) must not hide lines it printed before it exited.
        let end = inst.stopped_ns.map_or(now, |s| s.max(now));
        return Ok(text_response(super::full(inst.snapshot(&opts, end))));
    }
    if !req.q_bool("follow") {
        return Ok(text_response(super::full(inst.snapshot(&opts, now))));
    }
    let (tx, rx) = mpsc::channel::<Result<Frame<Bytes>, Infallible>>(16);
    let state = state.clone();
    let (ns, name) = (ns.to_string(), name.to_string());
    tokio::spawn(async move {
        let hi = inst.count_until(now);
        let mut next = inst.first_index(&opts, hi);
        let mut budget = opts.limit;
        // Set once the instance stopped: the wall time its log is complete at.
        let mut final_end: Option<i128> = None;
        loop {
            let now = final_end.unwrap_or_else(now_ns);
            let hi = inst.count_until(now);
            if hi > next {
                let out = inst.render_range(next, hi, opts.timestamps, &mut budget);
                next = hi;
                if !out.is_empty() && tx.send(Ok(Frame::data(Bytes::from(out)))).await.is_err() {
                    return;
                }
            }
            if budget == Some(0) || inst.stopped_ns.is_some() || inst.finished_by(now) {
                return;
            }
            if !still_running(&state, &ns, &name, &c, &ch.id) {
                // Send everything it printed, then end as the kubelet does. Its log clock may
                // run up to a second behind the status (`instance`), so the log is complete
                // only at finishedAt + 2s, as for a snapshot of a terminated instance.
                let end = finished_at(&state, &ns, &name, &c, &ch.id)
                    .map_or(0, |f| f + 2_000_000_000)
                    .max(now_ns());
                final_end = Some(end);
                inst.stopped_ns = Some(end);
                continue;
            }
            let wait = inst
                .next_line_at(next)
                .map(|at| Duration::from_nanos((at - now).clamp(0, i128::from(u64::MAX)) as u64))
                .unwrap_or(POLL)
                .min(POLL);
            tokio::select! {
                _ = tx.closed() => return,
                _ = tokio::time::sleep(wait) => {}
            }
        }
    });
    let stream =
        futures::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|f| (f, rx)) });
    Ok(text_response(StreamBody::new(stream).boxed()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn container_choice_errors() {
        let pod = json!({"spec": {"containers": [{"name": "a"}, {"name": "b"}],
                                  "initContainers": [{"name": "i"}]}});
        let cases = [
            (
                None,
                Err(
                    "a container name must be specified for pod p, choose one of: [a b] or one of the init containers: [i]",
                ),
            ),
            (Some("x"), Err("container x is not valid for pod p")),
            (Some("i"), Ok("i")),
            (Some("b"), Ok("b")),
        ];
        for (asked, want) in cases {
            let got = pick_container(&pod, "p", asked)
                .map_err(|e| e.to_status()["message"].as_str().unwrap().to_string());
            assert_eq!(
                got,
                want.map(str::to_string).map_err(str::to_string),
                "{asked:?}"
            );
        }
        let one = json!({"spec": {"containers": [{"name": "a"}]}});
        assert_eq!(pick_container(&one, "p", None).unwrap(), "a");
    }

    #[test]
    fn instance_choice_follows_the_kubelet() {
        let status = |state: Value, last: Value| {
            json!({"status": {"containerStatuses": [{"name": "c", "containerID": "containerd://2",
                "state": state, "lastState": last}]}})
        };
        let term = |id: &str| json!({"terminated": {"containerID": id, "startedAt": "2026-01-01T00:00:00Z", "finishedAt": "2026-01-01T00:00:05Z"}});
        let msg = |r: Result<Chosen, ApiError>| match r {
            Ok(c) => format!("ok {} {:?}", c.id, c.finished),
            Err(e) => e.to_status()["message"].as_str().unwrap().to_string(),
        };
        let cases = [
            (
                status(
                    json!({"waiting": {"reason": "ContainerCreating"}}),
                    json!({}),
                ),
                false,
                "container \"c\" in pod \"p\" is waiting to start: ContainerCreating",
            ),
            (
                status(json!({"waiting": {"reason": "ErrImagePull"}}), json!({})),
                false,
                "container \"c\" in pod \"p\" is waiting to start: image can't be pulled",
            ),
            (
                status(
                    json!({"waiting": {"reason": "ImagePullBackOff"}}),
                    json!({}),
                ),
                false,
                "container \"c\" in pod \"p\" is waiting to start: trying and failing to pull image",
            ),
            (
                status(
                    json!({"running": {"startedAt": "2026-01-01T00:00:00Z"}}),
                    json!({}),
                ),
                true,
                "previous terminated container \"c\" in pod \"p\" not found",
            ),
            (
                status(
                    json!({"running": {"startedAt": "2026-01-01T00:00:00Z"}}),
                    json!({}),
                ),
                false,
                "ok containerd://2 None",
            ),
            (
                status(
                    json!({"waiting": {"reason": "CrashLoopBackOff"}}),
                    term("containerd://1"),
                ),
                false,
                "ok containerd://1 Some(\"2026-01-01T00:00:05Z\")",
            ),
            (
                status(json!({"running": {}}), term("containerd://1")),
                true,
                "ok containerd://1 Some(\"2026-01-01T00:00:05Z\")",
            ),
        ];
        for (pod, previous, want) in cases {
            assert_eq!(msg(pick_instance(&pod, "p", "c", previous)), want, "{pod}");
        }
        assert_eq!(
            msg(pick_instance(&json!({}), "p", "c", false)),
            "container \"c\" in pod \"p\" is not available"
        );
    }
}
