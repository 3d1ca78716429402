//! `kctl proxy` (kubectl `pkg/cmd/proxy`, `pkg/proxy/proxy_server.go`): a local HTTP server
//! that forwards requests under `--api-prefix` to the API server with the kubeconfig's
//! credentials, behind kubectl's request filter (accepted hosts and paths, rejected paths and
//! methods: a refusal is `403 Forbidden`), and serves `--www` files under `--www-prefix`.
//! Connection upgrades (exec through the proxy) are not forwarded.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use bytes::Bytes;
use clap::{Arg, ArgMatches, Command};
use http::{HeaderValue, Request, Response, StatusCode};
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use regex::Regex;

use crate::cli::bool_flag;
use crate::client::Client;
use crate::cmd::create::sub::{flag, string};
use crate::ctx::Ctx;
use crate::error::{Error, Result};

type BoxError = Box<dyn std::error::Error + Send + Sync>;
type ProxyBody = UnsyncBoxBody<Bytes, BoxError>;

const DEFAULT_ACCEPT_HOSTS: &str = r"^localhost$,^127\.0\.0\.1$,^\[::1\]$";
const DEFAULT_REJECT_PATHS: &str = "^/api/.*/pods/.*/exec,^/api/.*/pods/.*/attach";

pub fn command() -> Command {
    Command::new("proxy")
        .about("Run a proxy to the Kubernetes API server")
        .arg(Arg::new("accept-hosts").long("accept-hosts").default_value(DEFAULT_ACCEPT_HOSTS)
            .help("Regular expression for hosts that the proxy should accept."))
        .arg(Arg::new("accept-paths").long("accept-paths").default_value("^.*")
            .help("Regular expression for paths that the proxy should accept."))
        .arg(Arg::new("address").long("address").default_value("127.0.0.1")
            .help("The IP address on which to serve on."))
        .arg(Arg::new("api-prefix").long("api-prefix").default_value("/")
            .help("Prefix to serve the proxied API under."))
        .arg(bool_flag("append-server-path")
            .help("If true, enables automatic path appending of the kube context server path to each request."))
        .arg(bool_flag("disable-filter")
            .help("If true, disable request filtering in the proxy. This is dangerous, and can leave you vulnerable to XSRF attacks, when used with an accessible port."))
        .arg(Arg::new("keepalive").long("keepalive").default_value("0s")
            .help("keepalive specifies the keep-alive period for an active network connection. Set to 0 to disable keepalive."))
        .arg(Arg::new("port").short('p').long("port").default_value("8001")
            .help("The port on which to run the proxy. Set to 0 to pick a random port."))
        .arg(Arg::new("reject-methods").long("reject-methods").default_value("^$")
            .help("Regular expression for HTTP methods that the proxy should reject (example --reject-methods='POST,PUT,PATCH'). "))
        .arg(Arg::new("reject-paths").long("reject-paths").default_value(DEFAULT_REJECT_PATHS)
            .help("Regular expression for paths that the proxy should reject. Paths specified here will be rejected even accepted by --accept-paths."))
        .arg(Arg::new("unix-socket").short('u').long("unix-socket")
            .help("Unix socket on which to run the proxy."))
        .arg(Arg::new("www").short('w').long("www")
            .help("Also serve static files from the given directory under the specified prefix."))
        .arg(Arg::new("www-prefix").short('P').long("www-prefix").default_value("/static/")
            .help("Prefix to serve static files under, if static file directory is specified."))
}

/// kubectl's `FilterServer`: which requests the proxy forwards.
#[derive(Debug)]
pub struct Filter {
    accept_paths: Vec<Regex>,
    reject_paths: Vec<Regex>,
    accept_hosts: Vec<Regex>,
    reject_methods: Vec<Regex>,
}

/// `MakeRegexpArray`: comma-separated expressions.
fn regexps(list: &str) -> Result<Vec<Regex>> {
    list.split(',')
        .map(|r| Regex::new(r).map_err(|e| Error::msg(format!("error parsing regexp: {e}"))))
        .collect()
}

fn matches(s: &str, res: &[Regex]) -> bool {
    res.iter().any(|r| r.is_match(s))
}

impl Filter {
    /// `FilterServer.accept`: rejections win over acceptances.
    pub fn accept(&self, method: &str, path: &str, host: &str) -> bool {
        if matches(path, &self.reject_paths) || matches(method, &self.reject_methods) {
            return false;
        }
        matches(path, &self.accept_paths) && matches(host, &self.accept_hosts)
    }
}

/// Go's `net.SplitHostPort` host part; empty when there is no port (which then matches no
/// accepted host, as in kubectl).
fn request_host(host: &str) -> &str {
    if let Some(rest) = host.strip_prefix('[') {
        return match rest.split_once("]:") {
            Some((h, _)) => h,
            None => "",
        };
    }
    match host.rsplit_once(':') {
        Some((h, _)) if !h.contains(':') => h,
        _ => "",
    }
}

struct Proxy {
    client: kube::Client,
    filter: Option<Filter>,
    api_prefix: String,
    www: Option<(String, PathBuf)>,
}

pub fn run(m: &ArgMatches, ctx: &mut Ctx) -> Result<()> {
    let port_text = string(m, "port");
    let port: u16 = port_text.parse().map_err(|_| Error::Flag {
        message: format!(
            "invalid argument {port_text:?} for \"-p, --port\" flag: strconv.ParseInt: parsing {port_text:?}: invalid syntax"
        ),
        command: "kubectl proxy".into(),
    })?;
    let mut api_prefix = string(m, "api-prefix");
    if !api_prefix.ends_with('/') {
        api_prefix.push('/');
    }
    let mut www_prefix = string(m, "www-prefix");
    if !www_prefix.ends_with('/') {
        www_prefix.push('/');
    }
    let www = string(m, "www");
    if !www.is_empty() {
        match std::fs::metadata(&www) {
            Err(e) => crate::klog::warning(
                "proxy.go:149",
                &format!(
                    "Failed to stat static file directory {www}: {}",
                    go_stat_error(&www, &e)
                ),
            ),
            Ok(md) if !md.is_dir() => crate::klog::warning(
                "proxy.go:151",
                &format!("Static file directory {www} is not a directory"),
            ),
            Ok(_) => {}
        }
    }
    let filter = if flag(m, "disable-filter") {
        crate::klog::warning(
            "proxy.go:160",
            "Request filter disabled, your proxy is vulnerable to XSRF attacks, please be cautious",
        );
        None
    } else {
        Some(Filter {
            accept_paths: regexps(&string(m, "accept-paths"))?,
            reject_paths: regexps(&string(m, "reject-paths"))?,
            accept_hosts: regexps(&string(m, "accept-hosts"))?,
            reject_methods: regexps(&string(m, "reject-methods"))?,
        })
    };
    let unix_socket = string(m, "unix-socket");
    let address = string(m, "address");
    crate::runtime::block_on(async {
        let client = Client::connect(ctx).await?;
        let proxy = Arc::new(Proxy {
            client: client.bare()?,
            filter,
            api_prefix,
            www: (!www.is_empty()).then(|| (www_prefix, PathBuf::from(&www))),
        });
        if !unix_socket.is_empty() {
            let listener = tokio::net::UnixListener::bind(&unix_socket).map_err(|e| {
                Error::msg(format!("listen unix {unix_socket}: {}", go_os_error(&e)))
            })?;
            writeln!(ctx.out, "Starting to serve on {unix_socket}")?;
            ctx.out.flush()?;
            loop {
                let (socket, _) = listener.accept().await?;
                serve_connection(socket, proxy.clone(), None);
            }
        }
        let listener = tokio::net::TcpListener::bind(format!("{address}:{port}"))
            .await
            .map_err(|e| Error::msg(format!("listen tcp {address}:{port}: {}", go_os_error(&e))))?;
        let local = listener.local_addr()?;
        writeln!(ctx.out, "Starting to serve on {local}")?;
        ctx.out.flush()?;
        loop {
            let (socket, peer) = listener.accept().await?;
            let _ = socket.set_nodelay(true);
            serve_connection(socket, proxy.clone(), Some(peer));
        }
    })
}

fn go_os_error(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::AddrInUse => "bind: address already in use".into(),
        std::io::ErrorKind::AddrNotAvailable => "bind: cannot assign requested address".into(),
        std::io::ErrorKind::PermissionDenied => "bind: permission denied".into(),
        _ => e.to_string(),
    }
}

fn go_stat_error(path: &str, e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => format!("stat {path}: no such file or directory"),
        _ => format!("stat {path}: {e}"),
    }
}

fn serve_connection<IO>(io: IO, proxy: Arc<Proxy>, peer: Option<SocketAddr>)
where
    IO: tokio::io::AsyncRead + tokio::io::AsyncWrite + Send + Unpin + 'static,
{
    tokio::spawn(async move {
        let service = hyper::service::service_fn(move |req: Request<Incoming>| {
            let proxy = proxy.clone();
            async move { Ok::<_, std::convert::Infallible>(handle(&proxy, req, peer).await) }
        });
        let _ = hyper::server::conn::http1::Builder::new()
            .title_case_headers(true)
            .serve_connection(TokioIo::new(io), service)
            .await;
    });
}

fn full(code: StatusCode, content_type: &str, body: impl Into<Bytes>) -> Response<ProxyBody> {
    let mut resp = Response::new(
        Full::new(body.into())
            .map_err(|never| -> BoxError { match never {} })
            .boxed_unsync(),
    );
    *resp.status_mut() = code;
    if let Ok(v) = HeaderValue::from_str(content_type) {
        resp.headers_mut().insert(http::header::CONTENT_TYPE, v);
    }
    resp.headers_mut().insert(
        "X-Content-Type-Options",
        HeaderValue::from_static("nosniff"),
    );
    resp
}

/// Go's `http.Error`.
fn go_error(code: StatusCode, text: &str) -> Response<ProxyBody> {
    full(code, "text/plain; charset=utf-8", format!("{text}\n"))
}

async fn handle(
    proxy: &Proxy,
    req: Request<Incoming>,
    peer: Option<SocketAddr>,
) -> Response<ProxyBody> {
    let path = req.uri().path().to_string();
    // Go's ServeMux: the longest matching prefix pattern wins.
    if let Some((prefix, dir)) = &proxy.www
        && path.starts_with(prefix.as_str())
        && prefix.len() >= proxy.api_prefix.len()
    {
        return static_file(dir, &path[prefix.len() - 1..]);
    }
    if !path.starts_with(proxy.api_prefix.as_str()) {
        return go_error(StatusCode::NOT_FOUND, "404 page not found");
    }
    // stripLeaveSlash: prefixes that do not start with /api are removed before forwarding.
    let forward_path = if proxy.api_prefix.starts_with("/api") {
        path.clone()
    } else {
        format!("/{}", &path[proxy.api_prefix.len()..])
    };
    if let Some(filter) = &proxy.filter {
        let host = req
            .headers()
            .get(http::header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or_default();
        if !filter.accept(req.method().as_str(), &forward_path, request_host(host)) {
            return go_error(StatusCode::FORBIDDEN, "Forbidden");
        }
    }
    match forward(proxy, req, &forward_path, peer).await {
        Ok(resp) => resp,
        Err(e) => {
            let _ = writeln_stderr(&crate::klog::error_line(
                "proxy_server.go:147",
                &format!("Error while proxying request: {e}"),
            ));
            let mut resp = full(StatusCode::INTERNAL_SERVER_ERROR, "text/plain", "");
            resp.headers_mut().remove(http::header::CONTENT_TYPE);
            resp.headers_mut().remove("X-Content-Type-Options");
            resp
        }
    }
}

fn writeln_stderr(line: &str) -> std::io::Result<()> {
    use std::io::Write;
    writeln!(std::io::stderr(), "{line}")
}

/// Hop-by-hop headers a proxy drops (Go's httputil `hopHeaders`).
const HOP_HEADERS: &[&str] = &[
    "connection",
    "proxy-connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

async fn forward(
    proxy: &Proxy,
    req: Request<Incoming>,
    path: &str,
    peer: Option<SocketAddr>,
) -> std::result::Result<Response<ProxyBody>, String> {
    let (parts, body) = req.into_parts();
    let body = body.collect().await.map_err(|e| e.to_string())?.to_bytes();
    let path_and_query = match parts.uri.query() {
        Some(q) => format!("{path}?{q}"),
        None => path.to_string(),
    };
    let mut builder = Request::builder()
        .method(parts.method.clone())
        .uri(path_and_query);
    for (k, v) in &parts.headers {
        // Go's transport writes Content-Length from the body it sends, not from the header.
        if HOP_HEADERS.contains(&k.as_str())
            || k == http::header::HOST
            || k == http::header::CONTENT_LENGTH
        {
            continue;
        }
        builder = builder.header(k, v);
    }
    if let Some(peer) = peer {
        let forwarded = match parts
            .headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
        {
            Some(prior) => format!("{prior}, {}", peer.ip()),
            None => peer.ip().to_string(),
        };
        builder = builder.header("X-Forwarded-For", forwarded);
    }
    let request = builder
        .body(kube::client::Body::from(body.to_vec()))
        .map_err(|e| e.to_string())?;
    let response = proxy
        .client
        .send(request)
        .await
        .map_err(|e| e.to_string())?;
    let (mut parts, body) = response.into_parts();
    for h in HOP_HEADERS {
        parts.headers.remove(*h);
    }
    // Go's Header.Write sorts the names.
    let mut sorted: Vec<(http::HeaderName, HeaderValue)> = parts
        .headers
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    sorted.sort_by(|a, b| a.0.as_str().cmp(b.0.as_str()));
    parts.headers.clear();
    for (k, v) in sorted {
        parts.headers.append(k, v);
    }
    let body = body.map_err(|e| -> BoxError { Box::new(e) }).boxed_unsync();
    Ok(Response::from_parts(parts, body))
}

/// `http.FileServer` under the prefix: files with a content type by extension, directories as
/// Go's listing (index.html when present).
fn static_file(dir: &std::path::Path, rel: &str) -> Response<ProxyBody> {
    let rel = percent_encoding::percent_decode_str(rel)
        .decode_utf8_lossy()
        .into_owned();
    if rel.split('/').any(|c| c == "..") {
        return go_error(StatusCode::BAD_REQUEST, "invalid URL path");
    }
    let path = dir.join(rel.trim_start_matches('/'));
    let Ok(md) = std::fs::metadata(&path) else {
        return go_error(StatusCode::NOT_FOUND, "404 page not found");
    };
    if md.is_dir() {
        let index = path.join("index.html");
        if index.is_file() {
            return file_response(&index);
        }
        let mut names: Vec<String> = std::fs::read_dir(&path)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| {
                let mut n = e.file_name().to_string_lossy().into_owned();
                if e.file_type().is_ok_and(|t| t.is_dir()) {
                    n.push('/');
                }
                n
            })
            .collect();
        names.sort();
        let mut html = String::from(
            "<!doctype html>\n<meta name=\"viewport\" content=\"width=device-width\">\n<pre>\n",
        );
        for n in names {
            let href = n
                .replace('%', "%25")
                .replace(' ', "%20")
                .replace('?', "%3F");
            let text = n
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&#34;")
                .replace('\'', "&#39;");
            html.push_str(&format!("<a href=\"{href}\">{text}</a>\n"));
        }
        html.push_str("</pre>\n");
        let mut resp = full(StatusCode::OK, "text/html; charset=utf-8", html);
        resp.headers_mut().remove("X-Content-Type-Options");
        last_modified(&mut resp, &md);
        return resp;
    }
    file_response(&path)
}

fn file_response(path: &std::path::Path) -> Response<ProxyBody> {
    let Ok(bytes) = std::fs::read(path) else {
        return go_error(StatusCode::FORBIDDEN, "403 Forbidden");
    };
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    let content_type = match ext {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "txt" => "text/plain; charset=utf-8",
        _ if std::str::from_utf8(&bytes[..bytes.len().min(512)]).is_ok() => {
            "text/plain; charset=utf-8"
        }
        _ => "application/octet-stream",
    };
    let mut resp = full(StatusCode::OK, content_type, bytes);
    resp.headers_mut().remove("X-Content-Type-Options");
    resp.headers_mut().insert(
        http::header::ACCEPT_RANGES,
        HeaderValue::from_static("bytes"),
    );
    if let Ok(md) = std::fs::metadata(path) {
        last_modified(&mut resp, &md);
    }
    resp
}

/// `Last-Modified` in Go's `http.TimeFormat`.
fn last_modified(resp: &mut Response<ProxyBody>, md: &std::fs::Metadata) {
    let Some(ts) = md
        .modified()
        .ok()
        .and_then(|t| jiff::Timestamp::try_from(t).ok())
    else {
        return;
    };
    let text = ts.strftime("%a, %d %b %Y %H:%M:%S GMT").to_string();
    if let Ok(v) = HeaderValue::from_str(&text) {
        resp.headers_mut().insert(http::header::LAST_MODIFIED, v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn default_filter() -> Filter {
        Filter {
            accept_paths: regexps("^.*").unwrap(),
            reject_paths: regexps(DEFAULT_REJECT_PATHS).unwrap(),
            accept_hosts: regexps(DEFAULT_ACCEPT_HOSTS).unwrap(),
            reject_methods: regexps("^$").unwrap(),
        }
    }

    #[test]
    fn the_default_filter_is_kubectls() {
        let f = default_filter();
        let cases = [
            ("GET", "/api/v1/namespaces", "127.0.0.1", true),
            ("GET", "/api/v1/namespaces", "localhost", true),
            // Go splits `[::1]:8001` to `::1`, which the default `^\[::1\]$` does not match.
            ("GET", "/api/v1/namespaces", "::1", false),
            ("GET", "/api/v1/namespaces", "evil.example", false),
            (
                "POST",
                "/api/v1/namespaces/d/pods/x/exec",
                "127.0.0.1",
                false,
            ),
            (
                "GET",
                "/api/v1/namespaces/d/pods/x/attach",
                "127.0.0.1",
                false,
            ),
            ("GET", "/version", "", false),
        ];
        for (method, path, host, want) in cases {
            assert_eq!(f.accept(method, path, host), want, "{method} {path} {host}");
        }
    }

    #[test]
    fn hosts_split_like_go() {
        assert_eq!(request_host("127.0.0.1:8001"), "127.0.0.1");
        assert_eq!(request_host("[::1]:8001"), "::1");
        assert_eq!(request_host("localhost"), "");
    }
}
