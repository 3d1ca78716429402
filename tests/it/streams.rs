//! The sandbox's streaming subresources driven by the real kubectl 1.32: exec (WebSocket
//! v5.channel.k8s.io, with and without a terminal), port-forward (SPDY over WebSocket) and
//! `kubectl proxy` to a service proxy path. Every process started here is stopped by PID.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::support_sandbox::Sandbox;
use crate::support_tmux::Tmux;

/// Generous: debug builds on a loaded 2-core machine.
const DEADLINE: Duration = Duration::from_secs(90);

fn wait_for(what: &str, mut ok: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ok() {
        assert!(start.elapsed() < DEADLINE, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Creates `pod/NAME` (image nginx, port 80, env GREETING) and waits until it runs.
fn running_pod(sb: &Sandbox, name: &str) {
    sb.ok(
        &[
            "run",
            name,
            "--image=nginx",
            "--port=80",
            "--env=GREETING=hello",
            "--labels=app=web",
        ],
        None,
    );
    wait_for_running(sb, &format!("pod/{name}"));
}

fn wait_for_running(sb: &Sandbox, target: &str) {
    wait_for(&format!("{target} Running"), || {
        let out = sb.kubectl(&["get", target, "-o", "jsonpath={.status.phase}"], None);
        String::from_utf8_lossy(&out.stdout) == "Running"
    });
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn exec_runs_commands_in_the_pod_scratch_dir() {
    let Some(sb) = Sandbox::start() else { return };
    running_pod(&sb, "web");
    // Files written by one exec are there for the next: the pod's scratch directory.
    sb.ok(
        &[
            "exec",
            "web",
            "--",
            "sh",
            "-c",
            "echo data > made-by-exec.txt",
        ],
        None,
    );
    let out = sb.kubectl(&["exec", "web", "--", "ls"], None);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "made-by-exec.txt\n");
    // The container's environment and hostname.
    let out = sb.ok(
        &["exec", "web", "--", "sh", "-c", "echo $HOSTNAME $GREETING"],
        None,
    );
    assert_eq!(out, "web hello\n");
    // stdin with -i.
    let out = sb.kubectl(
        &["exec", "-i", "web", "--", "sh", "-c", "tr a-z A-Z"],
        Some("piped in\n"),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "PIPED IN\n");
    // stdout and stderr stay apart.
    let out = sb.kubectl(
        &["exec", "web", "--", "sh", "-c", "echo out; echo err >&2"],
        None,
    );
    assert_eq!(
        (text(&out.stdout).as_str(), text(&out.stderr).as_str()),
        ("out\n", "err\n")
    );
}

#[test]
fn exec_reports_exit_codes_and_errors_as_kubectl_shows_them() {
    let Some(sb) = Sandbox::start() else { return };
    running_pod(&sb, "web");
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["exec", "web", "--", "sh", "-c", "exit 3"],
            3,
            "command terminated with exit code 3\n",
        ),
        (
            &["exec", "web", "-c", "nope", "--", "ls"],
            1,
            "Error from server (BadRequest): container nope is not valid for pod web\n",
        ),
        (
            &["exec", "web", "--", "no-such-command-here"],
            127,
            "OCI runtime exec failed: exec failed: unable to start container process: exec: \"no-such-command-here\": executable file not found in $PATH: unknown\ncommand terminated with exit code 127\n",
        ),
        (
            &["exec", "missing", "--", "ls"],
            1,
            "Error from server (NotFound): pods \"missing\" not found\n",
        ),
    ];
    for (args, code, stderr) in cases {
        let out = sb.kubectl(args, None);
        assert_eq!(
            out.status.code(),
            Some(*code),
            "{args:?}: {}",
            text(&out.stderr)
        );
        assert_eq!(text(&out.stderr), *stderr, "{args:?}");
    }
    // A scheduled pod whose image cannot be pulled has no running container: the kubelet's
    // refusal comes back through the stream translator as an internal error.
    sb.ok(
        &["run", "broken", "--image=registry.example/does-not-exist:1"],
        None,
    );
    wait_for("pod broken scheduled", || {
        let out = sb.kubectl(
            &["get", "pod", "broken", "-o", "jsonpath={.spec.nodeName}"],
            None,
        );
        !out.stdout.is_empty()
    });
    let out = sb.kubectl(&["exec", "broken", "--", "ls"], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "error: Internal error occurred: unable to upgrade connection: container not found (\"broken\")\n"
    );
}

#[test]
fn exec_and_attach_over_spdy_and_attach_over_websocket() {
    let Some(sb) = Sandbox::start() else { return };
    running_pod(&sb, "web");
    // kubectl's SPDY/3.1 executor, used when the WebSocket one is switched off.
    let spdy = |args: &[&str], input: Option<&str>| {
        let mut c = sb.command(args);
        c.env("KUBECTL_REMOTE_COMMAND_WEBSOCKETS", "false")
            .stdin(if input.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().expect("spawn kubectl");
        if let Some(i) = input {
            let mut stdin = child.stdin.take().expect("stdin");
            stdin.write_all(i.as_bytes()).expect("write stdin");
        }
        child.wait_with_output().expect("kubectl output")
    };
    let out = spdy(
        &[
            "exec",
            "web",
            "--",
            "sh",
            "-c",
            "echo out; echo err >&2; exit 2",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stdout), "out\n");
    assert_eq!(
        text(&out.stderr),
        "err\ncommand terminated with exit code 2\n"
    );
    let out = spdy(&["exec", "-i", "web", "--", "cat"], Some("over spdy\n"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "over spdy\n");
    // attach starts the container's command (here the image default, a shell) on stdin.
    let out = sb.kubectl(&["attach", "-i", "web"], Some("echo attached-$HOSTNAME\n"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "attached-web\n");
    let out = spdy(&["attach", "-i", "web"], Some("echo spdy-attached\n"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "spdy-attached\n");
}

#[test]
fn exec_it_gives_an_interactive_shell_on_a_terminal() {
    if !Tmux::available("exec_it_gives_an_interactive_shell_on_a_terminal") {
        return;
    }
    let Some(sb) = Sandbox::start() else { return };
    running_pod(&sb, "web");
    let dir = tempfile::tempdir().expect("tempdir");
    let tmux = Tmux {
        socket: dir.path().join("tmux.sock"),
    };
    let script = format!(
        "HOME={home} KUBECONFIG={cfg} {kubectl} exec -it web -- sh; echo EXIT=$?; sleep 600",
        home = sb.home.display(),
        cfg = sb.kubeconfig.display(),
        kubectl = sb.kubectl.display()
    );
    let started = tmux.run(&["new-session", "-d", "-x", "90", "-y", "20", &script]);
    assert!(started.status.success(), "{started:?}");
    // The shell's prompt on the pod's terminal.
    wait_for("the shell prompt", || {
        tmux.screen().contains('#') || tmux.screen().contains('$')
    });
    tmux.run(&[
        "send-keys",
        "echo on-a-tty-$((6*7)); test -t 0 && stty size",
        "Enter",
    ]);
    // The terminal size kubectl sent (resize channel) is the tmux window's.
    wait_for("the command output", || tmux.screen().contains("20 90"));
    assert!(tmux.screen().contains("on-a-tty-42"), "{}", tmux.screen());
    tmux.run(&["send-keys", "exit 5", "Enter"]);
    wait_for("kubectl to exit", || tmux.screen().contains("EXIT="));
    let screen = tmux.screen();
    assert!(
        screen.contains("command terminated with exit code 5"),
        "{screen}"
    );
    assert!(screen.contains("EXIT=5"), "{screen}");
}

/// A background kubectl (port-forward, proxy), killed by PID when dropped.
struct Background {
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Background {
    fn start(sb: &Sandbox, args: &[&str]) -> Background {
        let mut child = sb
            .command(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn kubectl");
        let (tx, lines) = mpsc::channel();
        for out in [
            Box::new(child.stdout.take().expect("stdout")) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().expect("stderr")),
        ] {
            let tx = tx.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(out).lines() {
                    let Ok(line) = line else { break };
                    if tx.send(line).is_err() {
                        break;
                    }
                }
            });
        }
        Background { child, lines }
    }

    /// The first output line containing `needle` (other lines are kept in `seen`).
    fn line_with(&self, needle: &str, seen: &mut Vec<String>) -> String {
        let start = Instant::now();
        loop {
            let left = DEADLINE.saturating_sub(start.elapsed());
            match self.lines.recv_timeout(left) {
                Ok(l) if l.contains(needle) => return l,
                Ok(l) => seen.push(l),
                Err(e) => panic!("no line with {needle:?} ({e}); output so far: {seen:?}"),
            }
        }
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `127.0.0.1:PORT` out of a line such as `Forwarding from 127.0.0.1:38451 -> 80`.
fn local_addr(line: &str) -> String {
    let at = line.find("127.0.0.1:").expect("an address");
    line[at..]
        .chars()
        .take_while(|c| *c != ' ')
        .collect::<String>()
}

/// A plain HTTP/1.1 GET; returns the whole response (head and body).
fn http_get(addr: &str, path: &str) -> String {
    let mut s = std::net::TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(DEADLINE)).expect("timeout");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nUser-Agent: streams-test\r\nConnection: close\r\n\r\n"
    )
    .expect("write request");
    let mut out = String::new();
    s.read_to_string(&mut out).expect("read response");
    out
}

#[test]
fn port_forward_reaches_the_pod_responder_for_pods_services_and_deployments() {
    let Some(sb) = Sandbox::start() else { return };
    running_pod(&sb, "web");
    sb.ok(
        &["expose", "pod", "web", "--port=8080", "--target-port=80"],
        None,
    );
    sb.ok(
        &["create", "deployment", "app", "--image=nginx", "--port=80"],
        None,
    );
    wait_for("a Running pod of deployment app", || {
        let out = sb.kubectl(
            &[
                "get",
                "pods",
                "-l",
                "app=app",
                "-o",
                "jsonpath={.items[*].status.phase}",
            ],
            None,
        );
        text(&out.stdout).contains("Running")
    });
    let cases = [
        ("pod/web", ":80", "-> 80", "Pod: default/web\n"),
        ("svc/web", ":8080", "-> 80", "Pod: default/web\n"),
        ("deploy/app", ":80", "-> 80", "Pod: default/app-"),
    ];
    for (target, ports, arrow, pod_line) in cases {
        let pf = Background::start(&sb, &["port-forward", target, ports]);
        let mut seen = Vec::new();
        let line = pf.line_with(arrow, &mut seen);
        let addr = local_addr(&line);
        for path in ["/first", "/second?x=1"] {
            let resp = http_get(&addr, path);
            assert!(resp.starts_with("HTTP/1.1 200 OK\r\n"), "{target}: {resp}");
            assert!(resp.contains(pod_line), "{target}: {resp}");
            assert!(
                resp.contains(&format!("GET {path} HTTP/1.1\n")),
                "{target}: {resp}"
            );
            assert!(
                resp.contains("User-Agent: streams-test\n"),
                "{target}: {resp}"
            );
        }
        // kubectl prints a line per connection it handles.
        pf.line_with("Handling connection for", &mut seen);
    }
}

#[test]
fn port_forward_falls_back_to_spdy_and_reports_closed_ports() {
    let Some(sb) = Sandbox::start() else { return };
    running_pod(&sb, "web");
    // Without the WebSocket tunnel kubectl upgrades to SPDY/3.1 directly.
    let mut cmd = sb.command(&["port-forward", "pod/web", ":80"]);
    cmd.env("KUBECTL_PORT_FORWARD_WEBSOCKETS", "false");
    let pf = {
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        let (tx, lines) = mpsc::channel();
        let out = child.stdout.take().expect("stdout");
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Background { child, lines }
    };
    let line = pf.line_with("-> 80", &mut Vec::new());
    let resp = http_get(&local_addr(&line), "/spdy");
    assert!(resp.contains("GET /spdy HTTP/1.1\n"), "{resp}");
    drop(pf);
    // Port 81 is not declared by the pod: the kubelet's refusal reaches kubectl.
    let pf = Background::start(&sb, &["port-forward", "pod/web", ":81"]);
    let mut seen = Vec::new();
    let line = pf.line_with("-> 81", &mut seen);
    let _ = std::net::TcpStream::connect(local_addr(&line)).map(|mut s| {
        let _ = s.write_all(b"GET / HTTP/1.1\r\n\r\n");
        let mut sink = Vec::new();
        let _ = s.read_to_end(&mut sink);
    });
    let err = pf.line_with("an error occurred forwarding", &mut seen);
    assert!(
        err.contains("error forwarding port 81 to pod ")
            && err.contains("connect: connection refused"),
        "{err}"
    );
}

#[test]
fn kubectl_proxy_serves_the_api_and_service_proxy_paths() {
    let Some(sb) = Sandbox::start() else { return };
    running_pod(&sb, "web");
    sb.ok(
        &["expose", "pod", "web", "--port=8080", "--target-port=80"],
        None,
    );
    sb.ok(
        &["create", "service", "clusterip", "empty", "--tcp=80:80"],
        None,
    );
    wait_for("endpoints of service web", || {
        let out = sb.kubectl(
            &[
                "get",
                "endpoints",
                "web",
                "-o",
                "jsonpath={.subsets[*].addresses[*].ip}",
            ],
            None,
        );
        !text(&out.stdout).is_empty()
    });
    let proxy = Background::start(&sb, &["proxy", "--port=0"]);
    let line = proxy.line_with("Starting to serve on", &mut Vec::new());
    let addr = local_addr(&line);
    let version = http_get(&addr, "/version");
    assert!(version.starts_with("HTTP/1.1 200 OK\r\n"), "{version}");
    assert!(version.contains("\"gitVersion\":\"v1.32.2\""), "{version}");
    let svc = http_get(
        &addr,
        "/api/v1/namespaces/default/services/web/proxy/hello?a=b",
    );
    assert!(svc.starts_with("HTTP/1.1 200 OK\r\n"), "{svc}");
    assert!(
        svc.contains("Pod: default/web\nIP: 127.0.0.1\nIP: 10.244."),
        "{svc}"
    );
    assert!(svc.contains("Port: 80\n"), "{svc}");
    assert!(svc.contains("GET /hello?a=b HTTP/1.1\n"), "{svc}");
    let by_port = http_get(&addr, "/api/v1/namespaces/default/services/web:8080/proxy/");
    assert!(by_port.contains("GET / HTTP/1.1\n"), "{by_port}");
    let pod = http_get(&addr, "/api/v1/namespaces/default/pods/web:80/proxy/p");
    assert!(pod.contains("GET /p HTTP/1.1\n"), "{pod}");
    let empty = http_get(&addr, "/api/v1/namespaces/default/services/empty/proxy/");
    assert!(
        empty.starts_with("HTTP/1.1 503 Service Unavailable\r\n"),
        "{empty}"
    );
    assert!(
        empty.contains(r#""message":"no endpoints available for service \"empty\"""#),
        "{empty}"
    );
}
