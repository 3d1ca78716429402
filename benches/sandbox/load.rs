//! Load against the sandbox through kube-rs (HTTPS, client certificate from the admin
//! kubeconfig): bounded-concurrency pod creation, chunked lists, and a watch fan-out. Measures
//! wall time only; memory is read by the caller from the server process.

use std::time::{Duration, Instant};

use futures::{AsyncBufReadExt, StreamExt, TryStreamExt};
use http::Request;
use kube::Client;
use kube::config::{KubeConfigOptions, Kubeconfig};
use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::json;

use crate::BoxError;

/// Bounds one whole phase, so a stuck server fails the bench instead of hanging it.
const PHASE_DEADLINE: Duration = Duration::from_secs(300);

pub async fn client(kubeconfig: &std::path::Path) -> Result<Client, BoxError> {
    let kc = Kubeconfig::read_from(kubeconfig)?;
    let config = kube::Config::from_custom_kubeconfig(kc, &KubeConfigOptions::default()).await?;
    Ok(Client::try_from(config)?)
}

fn post(path: &str, body: &serde_json::Value) -> Result<Request<Vec<u8>>, BoxError> {
    Ok(Request::post(path)
        .header("Content-Type", "application/json")
        .body(serde_json::to_vec(body)?)?)
}

pub async fn create_namespace(c: &Client, name: &str) -> Result<(), BoxError> {
    let ns = json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}});
    c.request_text(post("/api/v1/namespaces", &ns)?).await?;
    Ok(())
}

/// The name of pod `i`; zero-padded so that name order is creation order.
pub fn pod_name(i: usize) -> String {
    format!("bench-{i:05}")
}

fn pod(ns: &str, i: usize) -> serde_json::Value {
    json!({
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {
            "name": pod_name(i),
            "namespace": ns,
            "labels": {"app": "bench", "shard": format!("s{}", i % 16)},
        },
        "spec": {"containers": [{
            "name": "app",
            "image": "registry.k8s.io/pause:3.10",
            "ports": [{"containerPort": 8080, "protocol": "TCP"}],
            "resources": {"requests": {"cpu": "10m", "memory": "16Mi"}},
        }]},
    })
}

/// Creates `count` pods in `ns` with at most `concurrency` requests in flight.
pub async fn create_pods(
    c: &Client,
    ns: &str,
    count: usize,
    concurrency: usize,
) -> Result<Duration, BoxError> {
    let start = Instant::now();
    let work = futures::stream::iter(0..count)
        .map(|i| {
            let c = c.clone();
            async move {
                let path = format!("/api/v1/namespaces/{ns}/pods");
                c.request_text(post(&path, &pod(ns, i))?).await?;
                Ok::<(), BoxError>(())
            }
        })
        .buffer_unordered(concurrency)
        .try_collect::<()>();
    tokio::time::timeout(PHASE_DEADLINE, work).await??;
    Ok(start.elapsed())
}

#[derive(Deserialize)]
struct ListMeta {
    #[serde(rename = "continue", default)]
    cont: Option<String>,
    #[serde(rename = "resourceVersion", default)]
    resource_version: String,
}

/// A list page; items are only counted (the client's decode cost stays out of the way).
#[derive(Deserialize)]
struct Page {
    metadata: ListMeta,
    #[serde(default)]
    items: Vec<IgnoredAny>,
}

/// Lists every pod in `ns` in pages of `limit`; returns (wall time, items, pages).
pub async fn list_chunked(
    c: &Client,
    ns: &str,
    limit: usize,
) -> Result<(Duration, usize, usize), BoxError> {
    let start = Instant::now();
    let (mut items, mut pages) = (0usize, 0usize);
    let mut cont: Option<String> = None;
    // Bounded: a server that never stops handing out continue tokens fails the bench.
    for _ in 0..100_000 {
        let mut path = format!("/api/v1/namespaces/{ns}/pods?limit={limit}");
        if let Some(t) = &cont {
            path.push_str("&continue=");
            path.push_str(
                &percent_encoding::utf8_percent_encode(t, percent_encoding::NON_ALPHANUMERIC)
                    .to_string(),
            );
        }
        let page: Page = c.request(Request::get(path).body(vec![])?).await?;
        items += page.items.len();
        pages += 1;
        cont = page.metadata.cont.filter(|t| !t.is_empty());
        if cont.is_none() {
            return Ok((start.elapsed(), items, pages));
        }
    }
    Err("list did not end".into())
}

/// The namespace's list resourceVersion (a watch started there sees only later events).
pub async fn list_rv(c: &Client, ns: &str) -> Result<String, BoxError> {
    let path = format!("/api/v1/namespaces/{ns}/pods?limit=1");
    let page: Page = c.request(Request::get(path).body(vec![])?).await?;
    Ok(page.metadata.resource_version)
}

/// Whether a watch event line has `type` `ty`. The sandbox writes keys sorted (`object` first,
/// serde_json without `preserve_order`), kube-apiserver writes `type` first; accept both.
fn event_type_is(line: &str, ty: &str) -> bool {
    let line = line.trim_end();
    let key = format!("\"type\":\"{ty}\"");
    line.strip_suffix('}').is_some_and(|l| l.ends_with(&key))
        || line.strip_prefix('{').is_some_and(|l| l.starts_with(&key))
}

pub struct FanOut {
    /// Until the last update was acknowledged.
    pub writes: Duration,
    /// Until every watcher had seen every update (the slowest watcher).
    pub delivered: Duration,
    /// The fastest and the median watcher.
    pub fastest: Duration,
    pub median: Duration,
}

/// Opens `watchers` watches on `ns` from the current resourceVersion, then makes `updates`
/// label patches (at most `concurrency` in flight) on the first `updates` pods, and times until
/// every watcher has received every MODIFIED event.
pub async fn watch_fan_out(
    c: &Client,
    ns: &str,
    watchers: usize,
    updates: usize,
    concurrency: usize,
) -> Result<FanOut, BoxError> {
    let rv = list_rv(c, ns).await?;
    // The server answers a watch with headers before any event, so once every stream is open
    // every watcher is registered; events after `rv` are replayed anyway, so none is missed.
    let mut streams = Vec::with_capacity(watchers);
    for _ in 0..watchers {
        let path = format!(
            "/api/v1/namespaces/{ns}/pods?watch=true&resourceVersion={rv}&timeoutSeconds=600"
        );
        streams.push(c.request_stream(Request::get(path).body(vec![])?).await?);
    }
    let t0 = Instant::now();
    let mut tasks = Vec::with_capacity(watchers);
    for s in streams {
        tasks.push(tokio::spawn(async move {
            let mut lines = s.lines();
            let mut seen = 0usize;
            while seen < updates {
                let Some(line) = lines.next().await else {
                    return Err(format!("watch closed after {seen} of {updates} events"));
                };
                let line = line.map_err(|e| e.to_string())?;
                // Cheap check instead of a full decode: this measures the server, not serde.
                if event_type_is(&line, "MODIFIED") {
                    seen += 1;
                } else if event_type_is(&line, "ERROR") {
                    return Err(format!("watch error: {line}"));
                }
            }
            Ok(Instant::now())
        }));
    }
    let writes = futures::stream::iter(0..updates)
        .map(|i| {
            let c = c.clone();
            async move {
                let path = format!("/api/v1/namespaces/{ns}/pods/{}", pod_name(i));
                let body = serde_json::to_vec(&json!({"metadata": {"labels": {"rev": "2"}}}))?;
                let req = Request::patch(path)
                    .header("Content-Type", "application/merge-patch+json")
                    .body(body)?;
                c.request_text(req).await?;
                Ok::<(), BoxError>(())
            }
        })
        .buffer_unordered(concurrency)
        .try_collect::<()>();
    tokio::time::timeout(PHASE_DEADLINE, writes).await??;
    let writes = t0.elapsed();
    let all = futures::future::join_all(tasks);
    let mut done = Vec::with_capacity(watchers);
    for r in tokio::time::timeout(PHASE_DEADLINE, all).await? {
        done.push(r??.duration_since(t0));
    }
    done.sort();
    Ok(FanOut {
        writes,
        delivered: *done.last().ok_or("no watchers")?,
        fastest: *done.first().ok_or("no watchers")?,
        median: done[done.len() / 2],
    })
}
