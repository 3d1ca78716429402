//! kctl's streaming verbs against kubectl 1.32 on the same sandbox: exec (exit codes, stdin,
//! errors), port-forward and proxy (ports normalized, the answers fetched through both tools
//! compared), cp round trips, attach and `run -i --rm`, and `exec -it` on a pseudo-terminal.
//! Every process started here is stopped by PID.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::support::{DEADLINE, diff};
use crate::support_sandbox::Sandbox;
use crate::support_tmux::Tmux;

/// kctl under test: `KCTL_SANDBOX_BIN` (a private copy, when several worktrees share one target
/// directory and another build may replace the binary mid-run), else cargo's.
fn kctl() -> std::path::PathBuf {
    std::env::var_os("KCTL_SANDBOX_BIN")
        .map(Into::into)
        .unwrap_or_else(crate::support::kctl)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// stdout, stderr and exit code of one run.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Run {
    stdout: String,
    stderr: String,
    code: Option<i32>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tool {
    Kubectl,
    Kctl,
}

fn command(sb: &Sandbox, tool: Tool, args: &[&str]) -> Command {
    match tool {
        Tool::Kubectl => sb.command(args),
        Tool::Kctl => {
            let mut c = Command::new(kctl());
            c.args(args)
                .env("KUBECONFIG", &sb.kubeconfig)
                .env("HOME", &sb.home);
            c
        }
    }
}

fn run_in(sb: &Sandbox, tool: Tool, args: &[&str], input: Option<&[u8]>, dir: &Path) -> Run {
    let mut c = command(sb, tool, args);
    c.current_dir(dir)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().expect("spawn");
    if let Some(i) = input {
        let mut stdin = child.stdin.take().expect("stdin");
        let data = i.to_vec();
        // A writer thread: the tool may exit before reading everything.
        std::thread::spawn(move || {
            let _ = stdin.write_all(&data);
        });
    }
    let out = child.wait_with_output().expect("output");
    Run {
        stdout: text(&out.stdout),
        stderr: text(&out.stderr),
        code: out.status.code(),
    }
}

fn run(sb: &Sandbox, tool: Tool, args: &[&str], input: Option<&[u8]>) -> Run {
    run_in(sb, tool, args, input, &sb.home)
}

/// Runs both tools and asserts the same bytes and exit code; returns kubectl's run.
fn same(sb: &Sandbox, args: &[&str], input: Option<&[u8]>) -> Run {
    same_with(sb, args, input, |s| s.to_string())
}

fn same_with(
    sb: &Sandbox,
    args: &[&str],
    input: Option<&[u8]>,
    norm: impl Fn(&str) -> String,
) -> Run {
    let want = run(sb, Tool::Kubectl, args, input);
    let got = run(sb, Tool::Kctl, args, input);
    assert_eq!(
        want.code, got.code,
        "{args:?}: exit codes differ\nkubectl stderr: {}\nkctl stderr: {}",
        want.stderr, got.stderr
    );
    assert!(
        norm(&want.stdout) == norm(&got.stdout),
        "{args:?}: stdout differs\n{}",
        diff(&norm(&want.stdout), &norm(&got.stdout))
    );
    assert!(
        norm(&want.stderr) == norm(&got.stderr),
        "{args:?}: stderr differs\n{}",
        diff(&norm(&want.stderr), &norm(&got.stderr))
    );
    want
}

fn wait_for(what: &str, mut ok: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ok() {
        assert!(start.elapsed() < DEADLINE, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn wait_for_running(sb: &Sandbox, target: &str) {
    wait_for(&format!("{target} Running"), || {
        let out = sb.kubectl(&["get", target, "-o", "jsonpath={.status.phase}"], None);
        text(&out.stdout) == "Running"
    });
}

/// pod/web (nginx, port 80 named http) and pod/two (two containers), both running.
fn pods(sb: &Sandbox) {
    sb.ok(
        &[
            "run",
            "web",
            "--image=nginx",
            "--port=80",
            "--labels=app=web",
            "--overrides={\"spec\":{\"containers\":[{\"name\":\"web\",\"image\":\"nginx\",\"ports\":[{\"name\":\"http\",\"containerPort\":80}]}]}}",
        ],
        None,
    );
    sb.ok(
        &[
            "run",
            "two",
            "--image=nginx",
            "--overrides={\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"nginx\"},{\"name\":\"b\",\"image\":\"busybox\"}]}}",
        ],
        None,
    );
    wait_for_running(sb, "pod/web");
    wait_for_running(sb, "pod/two");
}

#[test]
fn exec_matches_kubectl() {
    let Some(sb) = Sandbox::start() else { return };
    pods(&sb);
    sb.ok(&["create", "deployment", "app", "--image=nginx"], None);
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
    let cases: &[&[&str]] = &[
        &[
            "exec",
            "web",
            "--",
            "sh",
            "-c",
            "echo out; echo err >&2; exit 3",
        ],
        &["exec", "web", "--", "sh", "-c", "echo $HOSTNAME"],
        &["exec", "web", "-c", "nope", "--", "ls"],
        &["exec", "web", "--", "no-such-command-here"],
        &["exec", "missing", "--", "ls"],
        &["exec"],
        &["exec", "web"],
        &["exec", "web", "ls"],
        &["exec", "--", "ls"],
        &["exec", "two", "--", "echo", "hi"],
        &["exec", "two", "-q", "--", "echo", "hi"],
        &["exec", "two", "-c", "b", "--", "echo", "hi"],
        &["exec", "deploy/app", "--", "echo", "via-deployment"],
        &["exec", "svc/none", "--", "ls"],
        &["exec", "nosuchtype/x", "--", "ls"],
        &["exec", "web", "-i", "-t", "--", "true"],
        &["exec", "web", "--pod-running-timeout=0s", "--", "true"],
    ];
    for args in cases {
        same(&sb, args, None);
    }
    // -f names the pod through a manifest.
    let manifest = sb.ok(&["get", "pod", "web", "-o", "yaml"], None);
    std::fs::write(sb.home.join("pod.yaml"), manifest).expect("write manifest");
    same(
        &sb,
        &["exec", "-f", "pod.yaml", "--", "echo", "via-file"],
        None,
    );
    same(
        &sb,
        &["exec", "-f", "pod.yaml", "web", "--", "echo", "both"],
        None,
    );
    same(
        &sb,
        &["exec", "-f", "missing.yaml", "--", "echo", "x"],
        None,
    );
    // stdin with -i, ending in the v5 close signal; a large body arrives whole.
    same(
        &sb,
        &["exec", "-i", "web", "--", "sh", "-c", "tr a-z A-Z; exit 4"],
        Some(b"piped in\n"),
    );
    let big: Vec<u8> = (0..300_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let r = same(
        &sb,
        &[
            "exec",
            "-i",
            "web",
            "--",
            "sh",
            "-c",
            "cat > big; wc -c < big; md5sum big",
        ],
        Some(&big),
    );
    assert!(r.stdout.starts_with("300000\n"), "{r:?}");
    // A completed pod is refused before any stream opens.
    sb.ok(
        &[
            "run",
            "done",
            "--image=busybox",
            "--restart=Never",
            "--",
            "true",
        ],
        None,
    );
    wait_for("pod done Succeeded", || {
        let out = sb.kubectl(
            &["get", "pod", "done", "-o", "jsonpath={.status.phase}"],
            None,
        );
        text(&out.stdout) == "Succeeded"
    });
    same(&sb, &["exec", "done", "--", "ls"], None);
}

/// A background process (port-forward, proxy) whose output lines arrive on a channel; killed by
/// PID when dropped.
struct Background {
    child: Child,
    lines: mpsc::Receiver<String>,
    seen: Vec<String>,
}

impl Background {
    fn start(sb: &Sandbox, tool: Tool, args: &[&str]) -> Background {
        let mut child = command(sb, tool, args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let (tx, lines) = mpsc::channel();
        for (tag, out) in [
            (
                "",
                Box::new(child.stdout.take().expect("stdout")) as Box<dyn Read + Send>,
            ),
            ("stderr: ", Box::new(child.stderr.take().expect("stderr"))),
        ] {
            let tx = tx.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(out).lines() {
                    let Ok(line) = line else { break };
                    if tx.send(format!("{tag}{line}")).is_err() {
                        break;
                    }
                }
            });
        }
        Background {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    /// Lines until one contains `needle` (all of them kept in `seen`).
    fn until(&mut self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let left = DEADLINE.saturating_sub(start.elapsed());
            match self.lines.recv_timeout(left) {
                Ok(l) => {
                    self.seen.push(l.clone());
                    if l.contains(needle) {
                        return l;
                    }
                }
                Err(e) => panic!(
                    "no line with {needle:?} ({e}); output so far: {:?}",
                    self.seen
                ),
            }
        }
    }

    /// Waits for the process to end by itself; its exit code.
    fn wait_exit(&mut self) -> Option<i32> {
        let start = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                // Drain what is left.
                std::thread::sleep(Duration::from_millis(100));
                while let Ok(l) = self.lines.try_recv() {
                    self.seen.push(l);
                }
                return status.code();
            }
            assert!(
                start.elapsed() < DEADLINE,
                "process did not exit: {:?}",
                self.seen
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn port_of(line: &str) -> String {
    let at = line.find("127.0.0.1:").expect("an address") + "127.0.0.1:".len();
    line[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect()
}

/// A plain HTTP/1.1 request; the whole response.
fn http(addr: &str, method: &str, path: &str, host: &str) -> String {
    let mut s = std::net::TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(DEADLINE)).expect("timeout");
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: streams-cmd-test\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
    )
    .expect("write request");
    let mut out = String::new();
    s.read_to_string(&mut out).expect("read response");
    out
}

/// Ports, klog headers and per-request values made comparable.
fn normalize(s: &str, ports: &[&str]) -> String {
    let mut out = s.to_string();
    for p in ports {
        out = out.replace(p, "PORT");
    }
    out.lines()
        .map(|l| {
            let (tag, rest) = l.split_at(if l.starts_with("stderr: ") { 8 } else { 0 });
            let l = if rest.starts_with('E') && rest.contains("] ") && rest.len() > 30 {
                format!(
                    "{tag}E-klog {}",
                    &rest[rest.find("] ").map(|i| i + 2).unwrap_or(0)..]
                )
            } else {
                l.to_string()
            };
            let lower = l.to_ascii_lowercase();
            if lower.starts_with("date:")
                || lower.starts_with("audit-id:")
                || lower.starts_with("x-kubernetes-pf-")
            {
                return String::new();
            }
            l
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn port_forward_matches_kubectl() {
    let Some(sb) = Sandbox::start() else { return };
    pods(&sb);
    sb.ok(
        &[
            "expose",
            "pod",
            "web",
            "--port=8080",
            "--target-port=http",
            "--name=web",
        ],
        None,
    );
    // Argument and mapping errors, before anything listens.
    let cases: &[&[&str]] = &[
        &["port-forward"],
        &["port-forward", "web"],
        &["port-forward", "web", "0"],
        &["port-forward", "web", "a:b:c"],
        &["port-forward", "web", "8080:nope"],
        &["port-forward", "svc/web", "81"],
        &["port-forward", "svc/web", "x:nope"],
        &["port-forward", "web", "80", "--address=not-an-ip"],
        &["port-forward", "missing", "80"],
        &["port-forward", "web", "70000"],
    ];
    for args in cases {
        same(&sb, args, None);
    }
    for (target, ports) in [("pod/web", ":http"), ("svc/web", ":8080"), ("web", "0:80")] {
        let mut k = Background::start(&sb, Tool::Kubectl, &["port-forward", target, ports]);
        let mut c = Background::start(&sb, Tool::Kctl, &["port-forward", target, ports]);
        let (kl, cl) = (
            k.until("Forwarding from 127.0.0.1"),
            c.until("Forwarding from 127.0.0.1"),
        );
        let (kp, cp) = (port_of(&kl), port_of(&cl));
        k.until("Forwarding from [::1]");
        c.until("Forwarding from [::1]");
        for path in ["/first", "/second?x=1"] {
            let want = http(&format!("127.0.0.1:{kp}"), "GET", path, "h");
            let got = http(&format!("127.0.0.1:{cp}"), "GET", path, "h");
            assert!(want.contains(&format!("GET {path} HTTP/1.1\n")), "{want}");
            assert_eq!(
                normalize(&want, &[]),
                normalize(&got, &[]),
                "{target} {path}"
            );
        }
        let v6 = http(&format!("[::1]:{cp}"), "GET", "/v6", "h");
        assert!(v6.contains("GET /v6 HTTP/1.1\n"), "{v6}");
        k.until("Handling connection for");
        c.until("Handling connection for");
        let lines = |b: &Background, port: &str| {
            let mut l: Vec<String> = normalize(&b.seen.join("\n"), &[port])
                .lines()
                .map(str::to_string)
                .collect();
            l.sort();
            l.dedup();
            l
        };
        assert_eq!(lines(&k, &kp), lines(&c, &cp), "{target}");
    }
    // A port nothing answers on: the kubelet's error, then the session ends.
    let mut ends = Vec::new();
    for tool in [Tool::Kubectl, Tool::Kctl] {
        let mut pf = Background::start(&sb, tool, &["port-forward", "pod/web", ":81"]);
        let line = pf.until("Forwarding from 127.0.0.1");
        let port = port_of(&line);
        if let Ok(mut s) = std::net::TcpStream::connect(format!("127.0.0.1:{port}")) {
            let _ = s.write_all(b"GET / HTTP/1.1\r\n\r\n");
            let mut sink = Vec::new();
            let _ = s.read_to_end(&mut sink);
        }
        let code = pf.wait_exit();
        // Lines of both streams, and a connection may be handled before the [::1] listener is
        // announced: compare them as a set.
        let mut lines: Vec<String> = normalize(&pf.seen.join("\n"), &[&port])
            .lines()
            .map(str::to_string)
            .collect();
        lines.sort();
        ends.push((code, lines.join("\n")));
    }
    assert_eq!(ends[0], ends[1], "kubectl vs kctl");
    assert!(
        ends[0].1.contains("error: lost connection to pod"),
        "{:?}",
        ends[0]
    );
    // The pod goes: both sessions end.
    sb.ok(&["run", "gone", "--image=nginx", "--port=80"], None);
    wait_for_running(&sb, "pod/gone");
    let mut k = Background::start(&sb, Tool::Kubectl, &["port-forward", "gone", ":80"]);
    let mut c = Background::start(&sb, Tool::Kctl, &["port-forward", "gone", ":80"]);
    k.until("[::1]");
    c.until("[::1]");
    sb.ok(&["delete", "pod", "gone", "--wait=false"], None);
    assert_eq!(k.wait_exit(), c.wait_exit());
    assert_eq!(k.seen.last(), c.seen.last());
    assert_eq!(
        c.seen.last().map(String::as_str),
        Some("stderr: error: lost connection to pod")
    );
}

#[test]
fn proxy_matches_kubectl() {
    let Some(sb) = Sandbox::start() else { return };
    pods(&sb);
    sb.ok(
        &["expose", "pod", "web", "--port=8080", "--target-port=80"],
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
    let www = tempfile::tempdir().expect("tempdir");
    std::fs::write(www.path().join("a.txt"), "static file\n").expect("write");
    std::fs::create_dir(www.path().join("sub")).expect("mkdir");
    let www_arg = format!("--www={}", www.path().display());
    for extra in [vec![], vec!["--api-prefix=/k8s/", "--www-prefix=/files/"]] {
        let mut args = vec!["proxy", "--port=0", www_arg.as_str()];
        args.extend(extra.iter().copied());
        let mut k = Background::start(&sb, Tool::Kubectl, &args);
        let mut c = Background::start(&sb, Tool::Kctl, &args);
        let (kl, cl) = (
            k.until("Starting to serve on"),
            c.until("Starting to serve on"),
        );
        let (kp, cp) = (port_of(&kl), port_of(&cl));
        assert_eq!(kl.replace(&kp, "PORT"), cl.replace(&cp, "PORT"));
        let api = if extra.is_empty() { "" } else { "/k8s" };
        let files = if extra.is_empty() {
            "/static"
        } else {
            "/files"
        };
        let requests = [
            ("GET", format!("{api}/version"), "127.0.0.1"),
            (
                "GET",
                format!("{api}/api/v1/namespaces/default/services/web/proxy/hello?a=b"),
                "127.0.0.1",
            ),
            (
                "GET",
                format!("{api}/api/v1/namespaces/default/pods/web:80/proxy/p"),
                "localhost",
            ),
            (
                "GET",
                format!("{api}/api/v1/namespaces/default/pods/missing"),
                "127.0.0.1",
            ),
            (
                "POST",
                format!("{api}/api/v1/namespaces/default/pods/web/exec?command=ls"),
                "127.0.0.1",
            ),
            ("GET", format!("{api}/version"), "evil.example"),
            ("GET", format!("{files}/a.txt"), "127.0.0.1"),
            ("GET", format!("{files}/nope"), "127.0.0.1"),
            ("GET", "/elsewhere".to_string(), "127.0.0.1"),
        ];
        for (method, path, host) in &requests {
            let want = http(
                &format!("127.0.0.1:{kp}"),
                method,
                path,
                &format!("{host}:{kp}"),
            );
            let got = http(
                &format!("127.0.0.1:{cp}"),
                method,
                path,
                &format!("{host}:{cp}"),
            );
            // Header order within a response is not kept by every server; compare sets.
            let sorted = |s: &str, port: &str| {
                let n = normalize(s, &[port]);
                let (head, body) = n.split_once("\r\n\r\n").unwrap_or((&n, ""));
                let mut lines: Vec<&str> = head.lines().filter(|l| !l.is_empty()).collect();
                lines.sort();
                format!("{}\n\n{body}", lines.join("\n"))
            };
            assert_eq!(
                sorted(&want, &kp),
                sorted(&got, &cp),
                "{method} {path} Host {host}"
            );
        }
    }
}

/// Every file under `dir` with its contents, relative paths sorted (symlinks as `-> target`).
fn tree(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).expect("read_dir").flatten() {
            let p = e.path();
            let rel = p.strip_prefix(dir).expect("prefix").display().to_string();
            let ft = e.file_type().expect("type");
            if ft.is_dir() {
                out.push((format!("{rel}/"), String::new()));
                stack.push(p);
            } else if ft.is_symlink() {
                out.push((
                    rel,
                    format!("-> {}", std::fs::read_link(&p).expect("link").display()),
                ));
            } else {
                out.push((
                    rel,
                    std::fs::read_to_string(&p).unwrap_or_else(|_| "<binary>".into()),
                ));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn cp_round_trips_match_kubectl() {
    let Some(sb) = Sandbox::start() else { return };
    pods(&sb);
    let local = tempfile::tempdir().expect("tempdir");
    let src = local.path().join("src");
    std::fs::create_dir_all(src.join("sub/deeper")).expect("mkdir");
    std::fs::create_dir_all(src.join("empty")).expect("mkdir");
    std::fs::write(src.join("a.txt"), "alpha\n").expect("write");
    std::fs::write(src.join("sub/deeper/b.txt"), "beta\n").expect("write");
    let long = "n".repeat(120);
    std::fs::write(src.join(format!("sub/{long}.txt")), "long name\n").expect("write");
    std::fs::write(local.path().join("one.txt"), "single\n").expect("write");
    sb.ok(
        &["exec", "web", "--", "sh", "-c", "mkdir -p d/x && echo one > d/a.txt && echo two > d/x/b.txt && ln -s a.txt d/link && echo top > top.txt"],
        None,
    );
    for tool in [Tool::Kubectl, Tool::Kctl] {
        let tag = if tool == Tool::Kubectl { "k" } else { "c" };
        let work = local.path().join(tag);
        std::fs::create_dir_all(&work).expect("mkdir");
        std::fs::copy(local.path().join("one.txt"), work.join("one.txt")).expect("copy");
        let src_arg = src.display().to_string();
        let steps: Vec<Vec<String>> = vec![
            // Into a new directory, then into it again (it now exists: a subdirectory).
            vec!["cp".into(), src_arg.clone(), format!("web:up-{tag}")],
            vec!["cp".into(), src_arg.clone(), format!("web:up-{tag}")],
            vec![
                "cp".into(),
                "one.txt".into(),
                format!("web:up-{tag}/renamed.txt"),
            ],
            vec!["cp".into(), format!("web:up-{tag}"), "back".into()],
            vec!["cp".into(), "web:d".into(), "fromdir".into()],
            vec!["cp".into(), "web:top.txt".into(), "top-copy.txt".into()],
            vec![
                "cp".into(),
                "one.txt".into(),
                format!("default/two:one-{tag}.txt"),
            ],
            vec![
                "cp".into(),
                "-c".into(),
                "b".into(),
                "one.txt".into(),
                format!("two:b-{tag}.txt"),
            ],
        ];
        for step in &steps {
            let args: Vec<&str> = step.iter().map(String::as_str).collect();
            let r = run_in(&sb, tool, &args, None, &work);
            let expected_err = if step[1] == "web:d" {
                "warning: skipping symlink: \"fromdir/link\" -> \"a.txt\" (consider using \"kubectl exec -n \"\" \"web\" -- tar cf - \"d\" | tar xf -\")\n"
            } else if step[1] == "one.txt" && step[2].starts_with("default/two") {
                "Defaulted container \"a\" out of: a, b\n"
            } else {
                ""
            };
            let expected_out = "";
            assert_eq!(
                (r.code, r.stdout.as_str(), r.stderr.as_str()),
                (Some(0), expected_out, expected_err),
                "{tool:?} {args:?}"
            );
        }
    }
    let (k, c) = (local.path().join("k"), local.path().join("c"));
    assert_eq!(tree(&k), tree(&c));
    assert!(
        tree(&k)
            .iter()
            .any(|(p, _)| p == "back/src/sub/deeper/b.txt"),
        "{:?}",
        tree(&k)
    );
    let listing = |tag: &str| {
        sb.ok(
            &[
                "exec",
                "web",
                "--",
                "sh",
                "-c",
                &format!("cd up-{tag} && find . | sort && cat renamed.txt"),
            ],
            None,
        )
    };
    assert_eq!(listing("k"), listing("c"));
    for (tag, container) in [("k", "a"), ("c", "a")] {
        let out = sb.ok(
            &[
                "exec",
                "two",
                "-c",
                container,
                "--",
                "cat",
                &format!("one-{tag}.txt"),
            ],
            None,
        );
        assert_eq!(out, "single\n");
    }
    // Messages and exit codes of the failures.
    let dir = local.path().join("k");
    let cases: &[&[&str]] = &[
        &["cp"],
        &["cp", "a"],
        &["cp", "a", "b"],
        &["cp", "web:a", "web:b"],
        &["cp", ":a", "b"],
        &["cp", "web:", "b"],
        &["cp", "a/b/c:x", "b"],
        &["cp", "nope.txt", "web:x"],
        &["cp", "missing:x", "b"],
        &["cp", "one.txt", "web:/no/such/dir/x"],
        &["cp", "web:top.txt", "."],
        &["cp", "--retries=x", "a", "b"],
    ];
    for args in cases {
        let want = run_in(&sb, Tool::Kubectl, args, None, &dir);
        let got = run_in(&sb, Tool::Kctl, args, None, &dir);
        assert_eq!(want, got, "{args:?}");
    }
    // An absolute source: GNU tar's notice (kubectl may exit before it arrives; kctl waits).
    let pwd = sb.ok(&["exec", "web", "--", "pwd"], None);
    let r = run_in(
        &sb,
        Tool::Kctl,
        &["cp", &format!("web:{}/top.txt", pwd.trim()), "abs.txt"],
        None,
        &dir,
    );
    assert_eq!(r.code, Some(0), "{r:?}");
    assert_eq!(r.stdout, "tar: Removing leading `/' from member names\n");
    assert_eq!(
        std::fs::read_to_string(dir.join("abs.txt")).expect("abs.txt"),
        "top\n"
    );
}

#[test]
fn attach_and_run_match_kubectl() {
    let Some(sb) = Sandbox::start() else { return };
    pods(&sb);
    let input: &[u8] = b"echo in-$HOSTNAME; exit 3\n";
    let cases: &[&[&str]] = &[
        &["attach"],
        &["attach", "a", "b", "c"],
        &["attach", "web", "-c", "nope"],
        &["attach", "-i", "web"],
        &["attach", "-i", "-t", "web"],
        &["attach", "-q", "-i", "web"],
        &["attach", "-i", "pod", "web"],
        &["attach", "-i", "two"],
        &["attach", "missing"],
    ];
    for args in cases {
        same(&sb, args, Some(input));
    }
    // run -i --rm: the pod's shell gets the piped input, then the pod is deleted.
    for (tool, name) in [(Tool::Kubectl, "rk"), (Tool::Kctl, "rc")] {
        let r = run(
            &sb,
            tool,
            &[
                "run",
                name,
                "-i",
                "--rm",
                "--restart=Never",
                "--image=busybox",
            ],
            Some(b"echo piped-$HOSTNAME\n"),
        );
        assert_eq!(
            (r.code, r.stdout.as_str(), r.stderr.as_str()),
            (
                Some(0),
                format!("piped-{name}\npod \"{name}\" deleted\n").as_str(),
                "If you don't see a command prompt, try pressing enter.\n"
            ),
            "{tool:?}"
        );
        let gone = sb.kubectl(&["get", "pod", name], None);
        assert!(
            !gone.status.success() || text(&gone.stdout).contains("Terminating"),
            "{tool:?}"
        );
    }
    // A pod that fails: its exit code becomes the tool's, after the pod is removed.
    let mut ends = Vec::new();
    for (tool, name) in [(Tool::Kubectl, "fk"), (Tool::Kctl, "fc")] {
        let r = run(
            &sb,
            tool,
            &[
                "run",
                name,
                "-i",
                "--rm",
                "--restart=Never",
                "--image=busybox",
                "--",
                "sh",
                "-c",
                "echo hello; exit 5",
            ],
            None,
        );
        assert!(
            r.stdout.ends_with(&format!("pod \"{name}\" deleted\n")),
            "{tool:?} {r:?}"
        );
        assert!(
            r.stderr
                .ends_with(&format!("pod default/{name} terminated (Error)\n")),
            "{tool:?} {r:?}"
        );
        ends.push(r.code);
    }
    assert_eq!(ends, [Some(5), Some(5)]);
    // Refused combinations, before anything is created.
    same(&sb, &["run", "x", "--image=busybox", "--rm"], None);
    same(
        &sb,
        &["run", "x", "--image=busybox", "-i", "--dry-run=client"],
        None,
    );
}

#[test]
fn kctl_exec_it_runs_a_terminal_and_restores_it() {
    if !Tmux::available("kctl_exec_it_runs_a_terminal_and_restores_it") {
        return;
    }
    let Some(sb) = Sandbox::start() else { return };
    pods(&sb);
    let dir = tempfile::tempdir().expect("tempdir");
    let tmux = Tmux {
        socket: dir.path().join("tmux.sock"),
    };
    let script = format!(
        "S=$(stty -g); HOME={home} KUBECONFIG={cfg} {kctl} exec -it web -- sh; echo EXIT=$?; [ \"$(stty -g)\" = \"$S\" ] && echo RESTORED; sleep 600",
        home = sb.home.display(),
        cfg = sb.kubeconfig.display(),
        kctl = kctl().display()
    );
    let started = tmux.run(&["new-session", "-d", "-x", "90", "-y", "20", &script]);
    assert!(started.status.success(), "{started:?}");
    wait_for("the shell prompt", || {
        let s = tmux.screen();
        s.contains('#') || s.contains('$')
    });
    tmux.run(&[
        "send-keys",
        "echo on-a-tty-$((6*7)); test -t 0 && stty size",
        "Enter",
    ]);
    // The size kctl sent on the resize channel is the tmux window's.
    wait_for("the command output", || tmux.screen().contains("20 90"));
    assert!(tmux.screen().contains("on-a-tty-42"), "{}", tmux.screen());
    // A resize of the window reaches the remote terminal.
    tmux.run(&["resize-window", "-x", "100", "-y", "30"]);
    std::thread::sleep(Duration::from_millis(300));
    tmux.run(&["send-keys", "stty size", "Enter"]);
    wait_for("the new size", || tmux.screen().contains("30 100"));
    tmux.run(&["send-keys", "exit 5", "Enter"]);
    wait_for("kctl to exit", || tmux.screen().contains("EXIT="));
    let screen = tmux.screen();
    assert!(
        screen.contains("command terminated with exit code 5"),
        "{screen}"
    );
    assert!(screen.contains("EXIT=5"), "{screen}");
    wait_for("the terminal settings restored", || {
        tmux.screen().contains("RESTORED")
    });
}

#[test]
fn spdy_fallbacks_match_kubectl() {
    let Some(sb) = Sandbox::start() else { return };
    pods(&sb);
    // With kubectl's WebSocket switches off, both tools speak SPDY/3.1 directly.
    let exec_off = ("KUBECTL_REMOTE_COMMAND_WEBSOCKETS", "false");
    let both = |args: &[&str], input: Option<&[u8]>| {
        let runs: Vec<Run> = [Tool::Kubectl, Tool::Kctl]
            .into_iter()
            .map(|tool| {
                let mut c = command(&sb, tool, args);
                c.env(exec_off.0, exec_off.1)
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped());
                let mut child = c.spawn().expect("spawn");
                let mut stdin = child.stdin.take().expect("stdin");
                let data = input.unwrap_or_default().to_vec();
                std::thread::spawn(move || {
                    let _ = stdin.write_all(&data);
                });
                let out = child.wait_with_output().expect("output");
                Run {
                    stdout: text(&out.stdout),
                    stderr: text(&out.stderr),
                    code: out.status.code(),
                }
            })
            .collect();
        assert_eq!(runs[0], runs[1], "{args:?}");
        runs[0].clone()
    };
    let r = both(
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
    assert_eq!(r.code, Some(2), "{r:?}");
    both(&["exec", "web", "-c", "nope", "--", "ls"], None);
    both(&["exec", "web", "--", "no-such-command-here"], None);
    let r = both(
        &["exec", "-i", "web", "--", "tr", "a-z", "A-Z"],
        Some(b"over spdy\n"),
    );
    assert_eq!(r.stdout, "OVER SPDY\n");
    both(
        &["attach", "-i", "web"],
        Some(b"echo spdy-$HOSTNAME; exit 3\n"),
    );
    // port-forward over a plain SPDY upgrade.
    let mut answers = Vec::new();
    for tool in [Tool::Kubectl, Tool::Kctl] {
        let mut c = command(&sb, tool, &["port-forward", "pod/web", ":80"]);
        c.env("KUBECTL_PORT_FORWARD_WEBSOCKETS", "false")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut child = c.spawn().expect("spawn");
        let out = child.stdout.take().expect("stdout");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut pf = Background {
            child,
            lines,
            seen: Vec::new(),
        };
        let line = pf.until("Forwarding from 127.0.0.1");
        let resp = http(
            &format!("127.0.0.1:{}", port_of(&line)),
            "GET",
            "/spdy",
            "h",
        );
        assert!(resp.contains("GET /spdy HTTP/1.1\n"), "{tool:?}: {resp}");
        answers.push(normalize(&resp, &[]));
    }
    assert_eq!(answers[0], answers[1]);
}
