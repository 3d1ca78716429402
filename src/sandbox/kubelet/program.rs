//! What a simulated container's process does, derived from its image, command, args and env:
//! the lines it prints at start, the lines it repeats, and when (and with which code) it exits.
//! Offsets are in real-cluster milliseconds after the container started; the speed setting is
//! applied by the callers. Pure functions, no I/O and no clocks.
//!
//! Recognised programs (anything else gets the generic program):
//! - `ping [-c N] HOST` (busybox): `PING …: 56 data bytes`, then a reply a second (and the
//!   statistics after N replies, exit 0);
//! - `echo ARGS`, `sleep N`, `true`, `false`, and `sh`/`bash`/`ash -c SCRIPT` where the script is
//!   a sequence (`;`, `&&`, `||`, newlines) of `echo`/`printf`/`date`/`sleep`/`true`/`false`/`:`/
//!   `exit N`, optionally ending in `while true; do …; done`. The script runs as written: its
//!   echo text appears at its simulated time, the container exits with `exit N` or the last
//!   command's status. A script with any other command prints what comes before that command and
//!   then runs forever (the sandbox cannot know what the command would do);
//! - images (no command given): nginx, redis, DockerCoins' rng, hasher, worker and webui,
//!   traefik/whoami — their usual start-up lines, then access/progress lines where the real
//!   program logs periodically;
//! - the generic program: `<name>: started (<image>)`, then a heartbeat line every 10s.
//!
//! The crash rule: env `KCTL_SANDBOX_CRASH_AFTER=<seconds>` makes the container print a last line
//! and exit with code 1 after that many (simulated) seconds, whatever it runs.

use std::collections::HashMap;

use serde_json::Value;

use super::images;

/// The env var of the crash rule.
pub const CRASH_ENV: &str = "KCTL_SANDBOX_CRASH_AFTER";

/// A generic container's heartbeat period.
const HEARTBEAT_MS: u64 = 10_000;
/// The shortest period of a `while true` loop (a loop without `sleep` would flood the log).
const MIN_LOOP_MS: u64 = 100;

/// One line of output; templates are filled in when the line is rendered.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    /// Printed as is (text from the user's command).
    Plain(String),
    /// Built-in text with `{…}` placeholders (see `logs::render`).
    Template(String),
}

fn t(s: impl Into<String>) -> Line {
    Line::Template(s.into())
}

/// Lines printed once per iteration of an endless or counted loop.
#[derive(Debug, Clone, PartialEq)]
pub struct Repeat {
    /// Offset of the first iteration.
    pub first: u64,
    /// Time one iteration takes (> 0).
    pub period: u64,
    /// Lines of one iteration with their offsets inside it (< period, ascending; not empty).
    pub body: Vec<(u64, Line)>,
    /// How many iterations; None: forever.
    pub times: Option<u64>,
    /// Lines after the last iteration, offsets relative to the end of the last iteration's
    /// last line.
    pub after: Vec<(u64, Line)>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Program {
    /// Lines printed once at start (ascending offsets, all ≤ `repeat.first`).
    pub start: Vec<(u64, Line)>,
    pub repeat: Option<Repeat>,
    /// When the process ends by itself, and its exit code.
    pub exit: Option<(u64, i32)>,
    /// A line printed at the exit offset (the crash rule's).
    pub last_words: Option<Line>,
}

impl Program {
    /// The program of container `c` of pod `pod_name`.
    pub fn of(c: &Value, pod_name: &str) -> Program {
        let mut env: HashMap<String, String> = c["env"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| {
                Some((
                    e["name"].as_str()?.to_string(),
                    e["value"].as_str()?.to_string(),
                ))
            })
            .collect();
        env.entry("HOSTNAME".into())
            .or_insert_with(|| pod_name.to_string());
        let words = |f: &str| -> Vec<String> {
            c[f].as_array()
                .into_iter()
                .flatten()
                .filter_map(|w| w.as_str().map(|s| expand(s, &env)))
                .collect()
        };
        let mut argv = words("command");
        argv.extend(words("args"));
        let name = c["name"].as_str().unwrap_or_default();
        let image = c["image"].as_str().unwrap_or_default();
        let mut p = if argv.is_empty() {
            by_image(name, image)
        } else {
            by_command(&argv, &env).unwrap_or_else(|| by_image(name, image))
        };
        if let Some(secs) = env
            .get(CRASH_ENV)
            .and_then(|s| s.trim().parse::<f64>().ok())
            && secs.is_finite()
            && secs >= 0.0
        {
            let at = (secs * 1000.0) as u64;
            if p.exit.is_none_or(|(e, _)| e > at) {
                p.exit = Some((at, 1));
                p.last_words = Some(Line::Plain(format!(
                    "{name}: crashing on purpose after {secs}s ({CRASH_ENV})"
                )));
            }
        }
        p
    }

    /// How many lines are printed by `offset` (inclusive), before the exit cut-off.
    fn count_regular(&self, offset: u64) -> u64 {
        let mut n = self.start.iter().filter(|(o, _)| *o <= offset).count() as u64;
        let Some(r) = &self.repeat else { return n };
        if offset < r.first {
            return n;
        }
        let b = r.body.len() as u64;
        let since = offset - r.first;
        let in_body = |rem: u64| r.body.iter().filter(|(o, _)| *o <= rem).count() as u64;
        if let Some(times) = r.times {
            let end = r.first + (times.max(1) - 1) * r.period + r.body[r.body.len() - 1].0;
            if offset >= end {
                n += times * b;
                n += r.after.iter().filter(|(o, _)| end + *o <= offset).count() as u64;
                return n;
            }
        }
        n + (since / r.period) * b + in_body(since % r.period)
    }

    /// Lines printed by `offset` (inclusive), the exit's last words included.
    pub fn count(&self, offset: u64) -> u64 {
        match self.exit {
            Some((at, _)) if offset >= at => {
                self.count_regular(at) + u64::from(self.last_words.is_some())
            }
            _ => self.count_regular(offset),
        }
    }

    /// How many lines the program prints in all, if it ends.
    pub fn total(&self) -> Option<u64> {
        match (self.exit, &self.repeat) {
            (Some((at, _)), _) => Some(self.count(at)),
            (None, None) => Some(self.start.len() as u64),
            (None, Some(r)) => r
                .times
                .map(|n| self.start.len() as u64 + n * r.body.len() as u64 + r.after.len() as u64),
        }
    }

    /// Line `i` (0-based): its offset, its loop iteration (0 outside loops) and its text.
    pub fn line(&self, i: u64) -> (u64, u64, &Line) {
        if let Some((at, _)) = self.exit
            && let Some(w) = &self.last_words
            && i >= self.count_regular(at)
        {
            return (at, 0, w);
        }
        let s = self.start.len() as u64;
        if i < s {
            let (o, l) = &self.start[i as usize];
            return (*o, 0, l);
        }
        let Some(r) = &self.repeat else {
            // Out of range: callers stay below `total`; answer with the last line.
            let (o, l) = self.start.last().map_or((0, None), |(o, l)| (*o, Some(l)));
            return (o, 0, l.unwrap_or(&NOTHING));
        };
        let b = r.body.len() as u64;
        let k = i - s;
        let iter = k / b;
        if let Some(times) = r.times
            && iter >= times
        {
            let end = r.first + (times.max(1) - 1) * r.period + r.body[r.body.len() - 1].0;
            let j = ((k - times * b) as usize).min(r.after.len().saturating_sub(1));
            return match r.after.get(j) {
                Some((o, l)) => (end + o, times, l),
                None => (end, times, &NOTHING),
            };
        }
        let (o, l) = &r.body[(k % b) as usize];
        (r.first + iter * r.period + o, iter, l)
    }
}

static NOTHING: Line = Line::Plain(String::new());

/// `$VAR` and `${VAR}` from the container's env (unknown: empty), as a shell would expand them.
fn expand(s: &str, env: &HashMap<String, String>) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(ch) = chars.next() {
        if ch != '$' {
            out.push(ch);
            continue;
        }
        let braced = chars.peek() == Some(&'{');
        if braced {
            chars.next();
        }
        let mut name = String::new();
        while let Some(&c) = chars.peek() {
            if c.is_ascii_alphanumeric() || c == '_' {
                name.push(c);
                chars.next();
            } else {
                break;
            }
        }
        if braced && chars.peek() == Some(&'}') {
            chars.next();
        }
        if name.is_empty() {
            out.push('$');
        } else if name == "HOSTNAME" || env.contains_key(&name) {
            out.push_str(env.get(&name).map(String::as_str).unwrap_or_default());
        }
    }
    out
}

fn base_name(w: &str) -> &str {
    w.rsplit('/').next().unwrap_or(w)
}

fn by_command(argv: &[String], env: &HashMap<String, String>) -> Option<Program> {
    let cmd = base_name(&argv[0]);
    match cmd {
        "sh" | "bash" | "ash" | "dash" => {
            let c = argv.iter().position(|a| a == "-c")?;
            script(argv.get(c + 1)?, env)
        }
        "ping" => ping(&argv[1..]),
        _ => script_of(vec![argv.to_vec()]),
    }
}

/// busybox `ping [-c N] HOST`.
fn ping(args: &[String]) -> Option<Program> {
    let mut count = None;
    let mut dest = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-c" => count = it.next().and_then(|n| n.parse::<u64>().ok()),
            s if s.starts_with("-c") => count = s[2..].parse::<u64>().ok(),
            "-i" | "-s" | "-t" | "-W" | "-w" | "-I" => {
                it.next();
            }
            s if s.starts_with('-') => {}
            s => dest = Some(s.to_string()),
        }
    }
    let dest = dest?;
    let (ip, ms) = if dest.parse::<std::net::Ipv4Addr>().is_ok() {
        let ms = if dest.starts_with("127.") {
            "{ms_lo}"
        } else {
            "{ms_mid}"
        };
        (dest.clone(), ms)
    } else {
        let h = images::fnv64(dest.as_bytes());
        (
            format!("142.250.{}.{}", h % 200 + 1, (h >> 8) % 250 + 2),
            "{ms_hi}",
        )
    };
    let ttl = if ms == "{ms_hi}" { 117 } else { 64 };
    let head = Line::Plain(format!("PING {dest} ({ip}): 56 data bytes"));
    let reply = t(format!(
        "64 bytes from {ip}: seq={{seq}} ttl={ttl} time={ms} ms"
    ));
    let stats = |n: u64| {
        vec![
            (1, Line::Plain(String::new())),
            (1, Line::Plain(format!("--- {dest} ping statistics ---"))),
            (
                1,
                Line::Plain(format!(
                    "{n} packets transmitted, {n} packets received, 0% packet loss"
                )),
            ),
            (1, t("round-trip min/avg/max = {rtt} ms")),
        ]
    };
    Some(match count {
        Some(0) | None => Program {
            start: vec![(0, head)],
            repeat: Some(Repeat {
                first: 0,
                period: 1000,
                body: vec![(0, reply)],
                times: None,
                after: vec![],
            }),
            ..Program::default()
        },
        Some(n) => Program {
            start: vec![(0, head)],
            repeat: Some(Repeat {
                first: 0,
                period: 1000,
                body: vec![(0, reply)],
                times: Some(n),
                after: stats(n),
            }),
            exit: Some(((n - 1) * 1000 + 1, 0)),
            last_words: None,
        },
    })
}

/// Splits a shell script into simple commands (words), honouring quotes and backslashes.
fn split_script(s: &str) -> Vec<Vec<String>> {
    let mut cmds = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = s.chars().peekable();
    let end_word = |words: &mut Vec<String>, word: &mut String, in_word: &mut bool| {
        if *in_word {
            words.push(std::mem::take(word));
            *in_word = false;
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    word.push(c);
                }
            }
            '"' => {
                in_word = true;
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => {
                            if let Some(n) = chars.next() {
                                word.push(n);
                            }
                        }
                        c => word.push(c),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(n) = chars.next() {
                    word.push(n);
                }
            }
            ';' | '\n' | '&' | '|' => {
                end_word(&mut words, &mut word, &mut in_word);
                if (c == '&' || c == '|') && chars.peek() == Some(&c) {
                    chars.next();
                }
                if !words.is_empty() {
                    cmds.push(std::mem::take(&mut words));
                }
            }
            c if c.is_whitespace() => end_word(&mut words, &mut word, &mut in_word),
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    end_word(&mut words, &mut word, &mut in_word);
    if !words.is_empty() {
        cmds.push(words);
    }
    cmds
}

fn script(s: &str, env: &HashMap<String, String>) -> Option<Program> {
    let cmds: Vec<Vec<String>> = split_script(s)
        .into_iter()
        .map(|ws| ws.iter().map(|w| expand(w, env)).collect())
        .collect();
    script_of(cmds)
}

/// What one simple command does.
enum Effect {
    Print(Line),
    Sleep(u64),
    Status(i32),
    Exit(i32),
    /// Not modelled: the rest of the script is unknown.
    Unknown,
}

fn effect(words: &[String]) -> Effect {
    let args = &words[1..];
    match base_name(&words[0]) {
        "echo" => {
            let text: Vec<&str> = args
                .iter()
                .map(String::as_str)
                .skip_while(|a| matches!(*a, "-n" | "-e" | "-E"))
                .collect();
            Effect::Print(Line::Plain(text.join(" ")))
        }
        "printf" => {
            let f = args.first().map(String::as_str).unwrap_or_default();
            let f = f
                .replace("\\n", "\n")
                .replace("%s", args.get(1).map(String::as_str).unwrap_or_default());
            Effect::Print(Line::Plain(f.trim_end_matches('\n').to_string()))
        }
        "date" => Effect::Print(t("{date}")),
        "sleep" => match args.first().and_then(|a| parse_secs(a)) {
            Some(ms) => Effect::Sleep(ms),
            None if args.first().is_some_and(|a| a == "infinity") => Effect::Unknown,
            None => Effect::Status(1),
        },
        "true" | ":" => Effect::Status(0),
        "false" => Effect::Status(1),
        "exit" => Effect::Exit(args.first().and_then(|a| a.parse().ok()).unwrap_or(0)),
        _ => Effect::Unknown,
    }
}

/// `sleep`'s argument in milliseconds (`5`, `0.5`, `2s`, `1m`, `1h`).
fn parse_secs(a: &str) -> Option<u64> {
    let (num, mul) = match a.chars().last()? {
        's' => (&a[..a.len() - 1], 1.0),
        'm' => (&a[..a.len() - 1], 60.0),
        'h' => (&a[..a.len() - 1], 3600.0),
        'd' => (&a[..a.len() - 1], 86400.0),
        _ => (a, 1.0),
    };
    let v: f64 = num.parse().ok()?;
    (v.is_finite() && v >= 0.0).then_some((v * mul * 1000.0) as u64)
}

fn is_loop_head(words: &[String]) -> bool {
    words.len() == 2 && words[0] == "while" && matches!(words[1].as_str(), "true" | ":")
}

fn script_of(cmds: Vec<Vec<String>>) -> Option<Program> {
    let mut p = Program::default();
    let mut now = 0u64;
    let mut status = 0;
    let mut i = 0;
    while i < cmds.len() {
        let words = &cmds[i];
        i += 1;
        if is_loop_head(words) {
            let mut body = Vec::new();
            let mut t_in = 0u64;
            for ws in &cmds[i..] {
                let ws: &[String] = match ws.first().map(String::as_str) {
                    Some("done") => break,
                    Some("do") => &ws[1..],
                    _ => ws,
                };
                if ws.is_empty() {
                    continue;
                }
                match effect(ws) {
                    Effect::Print(l) => body.push((t_in, l)),
                    Effect::Sleep(ms) => t_in += ms,
                    Effect::Status(_) => {}
                    // An exit or an unknown command inside the loop: not modelled.
                    Effect::Exit(_) | Effect::Unknown => return Some(p),
                }
            }
            if !body.is_empty() {
                p.repeat = Some(Repeat {
                    first: now,
                    period: t_in.max(MIN_LOOP_MS),
                    body,
                    times: None,
                    after: vec![],
                });
            }
            return Some(p);
        }
        match effect(words) {
            Effect::Print(l) => {
                p.start.push((now, l));
                status = 0;
            }
            Effect::Sleep(ms) => {
                now += ms;
                status = 0;
            }
            Effect::Status(s) => status = s,
            Effect::Exit(code) => {
                p.exit = Some((now, code));
                return Some(p);
            }
            Effect::Unknown => {
                // A lone unknown command is no script at all: let the image decide.
                return (!p.start.is_empty() || now > 0).then_some(p);
            }
        }
    }
    p.exit = Some((now, status));
    Some(p)
}

fn by_image(name: &str, image: &str) -> Program {
    let full = images::normalise(image);
    let repo = full
        .rsplit_once(':')
        .filter(|(_, tag)| !tag.contains('/'))
        .map_or(full.as_str(), |(r, _)| r);
    let repo = repo.split('@').next().unwrap_or(repo);
    let last = base_name(repo);
    let lines = |v: &[&str]| -> Vec<(u64, Line)> {
        v.iter()
            .enumerate()
            .map(|(i, s)| (i as u64 * 3, t(*s)))
            .collect()
    };
    let forever = |first: u64, period: u64, body: Vec<(u64, Line)>| {
        Some(Repeat {
            first,
            period,
            body,
            times: None,
            after: vec![],
        })
    };
    match last {
        "nginx" | "nginx-unprivileged" => Program {
            start: lines(&[
                "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
                "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
                "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
                "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
                "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
                "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
                "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
                "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
                "/docker-entrypoint.sh: Configuration complete; ready for start up",
                "{nginx} [notice] 1#1: using the \"epoll\" event method",
                "{nginx} [notice] 1#1: nginx/1.27.3",
                "{nginx} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) ",
                "{nginx} [notice] 1#1: OS: Linux 6.8.0-sandbox",
                "{nginx} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576",
                "{nginx} [notice] 1#1: start worker processes",
                "{nginx} [notice] 1#1: start worker process 29",
                "{nginx} [notice] 1#1: start worker process 30",
            ]),
            ..Program::default()
        },
        "redis" => Program {
            start: lines(&[
                "1:C {redis} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo",
                "1:C {redis} * Redis version=7.4.1, bits=64, commit=00000000, modified=0, pid=1, just started",
                "1:C {redis} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf",
                "1:M {redis} * monotonic clock: POSIX clock_gettime",
                "1:M {redis} * Running mode=standalone, port=6379.",
                "1:M {redis} * Server initialized",
                "1:M {redis} * Ready to accept connections tcp",
            ]),
            ..Program::default()
        },
        "rng" => Program {
            start: lines(&[
                " * Serving Flask app 'rng'",
                " * Debug mode: off",
                "WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.",
                " * Running on all addresses (0.0.0.0)",
                " * Running on http://127.0.0.1:80",
                "Press CTRL+C to quit",
            ]),
            repeat: forever(
                2000,
                1000,
                vec![(0, t("{client} - - [{flask}] \"GET /32 HTTP/1.1\" 200 -"))],
            ),
            ..Program::default()
        },
        "hasher" => Program {
            start: lines(&[
                "== Sinatra (v2.2.4) has taken the stage on 80 for production with backup from Thin",
                "{thin} Thin web server (v1.8.2 codename Ruby Razor)",
                "{thin} Maximum connections set to 1024",
                "{thin} Listening on 0.0.0.0:80, CTRL+C to stop",
            ]),
            repeat: forever(
                2000,
                1000,
                vec![(
                    0,
                    t("{client} - - [{clf}] \"POST / HTTP/1.1\" 200 64 0.{hexms}"),
                )],
            ),
            ..Program::default()
        },
        "worker" => Program {
            start: vec![],
            repeat: forever(
                1000,
                1000,
                vec![(
                    0,
                    t("INFO:__main__:{units} units of work done, updating hash counter"),
                )],
            ),
            ..Program::default()
        },
        "webui" => Program {
            start: lines(&["WEBUI running on port 80"]),
            ..Program::default()
        },
        "whoami" => Program {
            start: lines(&["{nginx} Starting up on port 80"]),
            ..Program::default()
        },
        _ => Program {
            start: vec![(0, Line::Plain(format!("{name}: started ({image})")))],
            repeat: forever(
                HEARTBEAT_MS,
                HEARTBEAT_MS,
                vec![(0, t(format!("{name}: alive, uptime {{uptime}}s")))],
            ),
            ..Program::default()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn plain(p: &Program, i: u64) -> String {
        match p.line(i).2 {
            Line::Plain(s) | Line::Template(s) => s.clone(),
        }
    }

    #[test]
    fn scripts() {
        /// (script, its first lines (offset, text), its exit, whether it loops)
        type Case<'a> = (&'a str, &'a [(u64, &'a str)], Option<(u64, i32)>, bool);
        let cases: &[Case] = &[
            ("echo hello", &[(0, "hello")], Some((0, 0)), false),
            (
                "echo 'a b'; sleep 2; echo \"c\" && exit 3",
                &[(0, "a b"), (2000, "c")],
                Some((2000, 3)),
                false,
            ),
            ("echo x; false", &[(0, "x")], Some((0, 1)), false),
            ("echo $HOSTNAME $NOPE", &[(0, "p1 ")], Some((0, 0)), false),
            (
                "echo start; while true; do echo tick; sleep 1; done",
                &[(0, "start"), (0, "tick"), (1000, "tick")],
                None,
                true,
            ),
            ("echo a; python app.py; echo b", &[(0, "a")], None, false),
        ];
        for (s, lines, exit, repeats) in cases {
            let p = script(s, &HashMap::from([("HOSTNAME".into(), "p1".into())])).unwrap();
            for (i, (off, text)) in lines.iter().enumerate() {
                assert_eq!(p.line(i as u64).0, *off, "{s}: line {i}");
                assert_eq!(plain(&p, i as u64), *text, "{s}: line {i}");
            }
            assert_eq!(p.exit, *exit, "{s}");
            assert_eq!(p.repeat.is_some(), *repeats, "{s}");
        }
        assert!(script("python app.py", &HashMap::new()).is_none());
    }

    #[test]
    fn ping_counts() {
        let c = json!({"name": "p", "image": "alpine", "command": ["ping", "127.0.0.1"]});
        let p = Program::of(&c, "pod");
        assert_eq!(plain(&p, 0), "PING 127.0.0.1 (127.0.0.1): 56 data bytes");
        assert_eq!(p.count(0), 2);
        assert_eq!(p.count(999), 2);
        assert_eq!(p.count(1000), 3);
        assert_eq!((p.line(3).0, p.line(3).1), (2000, 2));
        assert_eq!(p.total(), None);
        let c =
            json!({"name": "p", "image": "busybox", "args": ["ping", "-c", "3", "example.com"]});
        let p = Program::of(&c, "pod");
        assert_eq!(p.exit, Some((2001, 0)));
        assert_eq!(p.total(), Some(8));
        assert_eq!(p.count(2000), 4);
        assert_eq!(p.count(2001), 8);
        assert_eq!(plain(&p, 5), "--- example.com ping statistics ---");
    }

    #[test]
    fn crash_rule_cuts_the_program() {
        let c = json!({"name": "web", "image": "nginx",
                       "env": [{"name": CRASH_ENV, "value": "30"}]});
        let p = Program::of(&c, "pod");
        assert_eq!(p.exit, Some((30_000, 1)));
        let n = p.start.len() as u64;
        assert_eq!(p.count(29_999), n);
        assert_eq!(p.count(30_000), n + 1);
        assert_eq!(p.total(), Some(n + 1));
        assert!(plain(&p, n).contains("crashing on purpose after 30s"));
    }

    #[test]
    fn generic_and_images() {
        let p = Program::of(&json!({"name": "app", "image": "example/app:1"}), "x");
        assert_eq!(plain(&p, 0), "app: started (example/app:1)");
        assert_eq!(p.count(9_999), 1);
        assert_eq!(p.count(20_000), 3);
        let p = Program::of(
            &json!({"name": "w", "image": "dockercoins/worker:v0.1"}),
            "x",
        );
        assert!(plain(&p, 0).contains("units of work done"));
        let p = Program::of(&json!({"name": "n", "image": "nginx:1.27"}), "x");
        assert!(p.repeat.is_none() && p.exit.is_none());
        assert_eq!(p.total(), Some(17));
    }
}
