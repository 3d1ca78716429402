//! The log of one container instance, generated on demand (nothing is stored): line `i` is a pure
//! function of the instance's program, its start time, a seed (pod uid, container, start time)
//! and the speed; the lines visible at a wall time are those whose time has come. Also the
//! kubelet's log options (tailLines, sinceTime, timestamps, limitBytes) as arithmetic over line
//! indices. No I/O and no clock reads here: callers pass "now".
//!
//! Time: a line the real program prints `t` ms after it started appears `t / speed` ms of wall
//! time after the container's (sub-second-jittered) `startedAt`, and carries that wall time as its
//! timestamp — at the default speed 10, `ping` prints ten replies a second. Like the kubelet's log
//! rotation, only the last `MAX_LINES` lines are kept.

use super::images::fnv64;
use super::program::{Line, Program};

/// Lines kept per container instance (the kubelet rotates at 10 MiB; a line count is simpler).
pub const MAX_LINES: u64 = 10_000;

/// kubelet's `RFC3339NanoFixed` prefix (`timestamps=true`).
const STAMP: &str = "%Y-%m-%dT%H:%M:%S.%9fZ";

/// The log options the kubelet applies (`follow` is the caller's loop).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    pub tail: Option<u64>,
    /// Wall time (ns since the epoch) before which lines are skipped.
    pub since_ns: Option<i128>,
    pub timestamps: bool,
    pub limit: Option<u64>,
}

/// One run of a container: its program placed on the wall clock.
#[derive(Debug, Clone)]
pub struct Instance {
    pub program: Program,
    /// Wall time (ns since the epoch) of the program's offset 0.
    pub base_ns: i128,
    /// Wall nanoseconds per real-cluster millisecond (1e6 / speed).
    pub ns_per_ms: f64,
    pub seed: u64,
    /// When the instance stopped (ns since the epoch), if it has.
    pub stopped_ns: Option<i128>,
}

impl Instance {
    /// `started_ns` is the container's `startedAt` (whole seconds); a seeded fraction of a second
    /// is added so that timestamps look like a real container's.
    pub fn new(
        program: Program,
        seed_key: &str,
        started_ns: i128,
        ns_per_ms: f64,
        stopped_ns: Option<i128>,
    ) -> Instance {
        let seed = fnv64(seed_key.as_bytes());
        Instance {
            program,
            base_ns: started_ns + i128::from(seed % 1000) * 1_000_000,
            ns_per_ms,
            seed,
            stopped_ns,
        }
    }

    /// Wall time of a program offset.
    pub fn wall(&self, offset_ms: u64) -> i128 {
        self.base_ns + (offset_ms as f64 * self.ns_per_ms) as i128
    }

    fn line_wall(&self, i: u64) -> i128 {
        self.wall(self.program.line(i).0)
    }

    /// How many lines have been printed by wall time `now_ns` (inclusive).
    pub fn count_until(&self, now_ns: i128) -> u64 {
        let now = self.stopped_ns.map_or(now_ns, |s| s.min(now_ns));
        if now < self.base_ns {
            return 0;
        }
        let total = self.program.total();
        let e = ((now - self.base_ns) as f64 / self.ns_per_ms).floor();
        let mut c = self.program.count(if e >= u64::MAX as f64 {
            u64::MAX / 2
        } else {
            e as u64
        });
        if let Some(t) = total {
            c = c.min(t);
        }
        // Float rounding at line boundaries: settle on the exact count.
        while c > 0 && self.line_wall(c - 1) > now {
            c -= 1;
        }
        while total.is_none_or(|t| c < t) && self.line_wall(c) <= now {
            c += 1;
        }
        c
    }

    /// Wall time of the next line after the first `n`, if the program prints one.
    pub fn next_line_at(&self, n: u64) -> Option<i128> {
        if self.program.total().is_some_and(|t| n >= t) {
            return None;
        }
        let at = self.line_wall(n);
        self.stopped_ns.is_none_or(|s| at <= s).then_some(at)
    }

    /// Whether every line this instance will ever print is out by `now_ns`.
    pub fn finished_by(&self, now_ns: i128) -> bool {
        self.next_line_at(self.count_until(now_ns)).is_none()
    }

    /// The first line index to send given `hi` lines printed: rotation, `tail`, then `since`.
    pub fn first_index(&self, opts: &Options, hi: u64) -> u64 {
        let mut lo = hi.saturating_sub(MAX_LINES);
        if let Some(t) = opts.tail {
            lo = lo.max(hi.saturating_sub(t));
        }
        if let Some(since) = opts.since_ns {
            let (mut a, mut b) = (lo, hi);
            while a < b {
                let m = a + (b - a) / 2;
                if self.line_wall(m) < since {
                    a = m + 1;
                } else {
                    b = m;
                }
            }
            lo = a;
        }
        lo
    }

    /// Line `i` as the kubelet sends it (newline included).
    pub fn render(&self, i: u64, timestamps: bool) -> String {
        let (offset, iter, line) = self.program.line(i);
        let wall = self.line_wall(i);
        let ts = jiff::Timestamp::from_nanosecond(wall).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        let text = match line {
            Line::Plain(s) => s.clone(),
            Line::Template(s) => fill(s, self.seed, i, offset, iter, ts),
        };
        if timestamps {
            format!("{} {text}\n", ts.strftime(STAMP))
        } else {
            format!("{text}\n")
        }
    }

    /// Lines `from..to` with the options applied; `budget` is what is left of `limitBytes`.
    pub fn render_range(
        &self,
        from: u64,
        to: u64,
        timestamps: bool,
        budget: &mut Option<u64>,
    ) -> Vec<u8> {
        let mut out = Vec::new();
        for i in from..to {
            let line = self.render(i, timestamps);
            match budget {
                Some(0) => break,
                Some(b) => {
                    let take = (*b).min(line.len() as u64) as usize;
                    out.extend_from_slice(&line.as_bytes()[..take]);
                    *b -= take as u64;
                }
                None => out.extend_from_slice(line.as_bytes()),
            }
        }
        out
    }

    /// Everything a non-following request gets at `now_ns`.
    pub fn snapshot(&self, opts: &Options, now_ns: i128) -> Vec<u8> {
        let hi = self.count_until(now_ns);
        let lo = self.first_index(opts, hi);
        self.render_range(lo, hi, opts.timestamps, &mut opts.limit.clone())
    }
}

/// Fills a built-in line's placeholders; `h` varies per line so the numbers look alive.
fn fill(s: &str, seed: u64, i: u64, offset: u64, iter: u64, ts: jiff::Timestamp) -> String {
    let h = fnv64(format!("{seed}:{i}").as_bytes());
    let mut out = s.to_string();
    let mut put = |key: &str, v: &dyn Fn() -> String| {
        if out.contains(key) {
            out = out.replace(key, &v());
        }
    };
    put("{seq}", &|| iter.to_string());
    put("{uptime}", &|| (offset / 1000).to_string());
    put("{ms_lo}", &|| format!("0.{:03}", 30 + h % 70));
    put("{ms_mid}", &|| format!("0.{:03}", 100 + h % 300));
    put("{ms_hi}", &|| {
        format!("{}.{:03}", 10 + h % 20, (h >> 16) % 1000)
    });
    put("{rtt}", &|| {
        format!(
            "0.{:03}/0.{:03}/0.{:03}",
            30 + h % 20,
            50 + h % 20,
            70 + h % 29
        )
    });
    put("{units}", &|| (3 + h % 4).to_string());
    put("{hexms}", &|| format!("{:04}", h % 3000));
    put("{client}", &|| {
        format!("10.244.{}.{}", seed % 3, 2 + seed % 40)
    });
    put("{date}", &|| {
        ts.strftime("%a %b %e %H:%M:%S UTC %Y").to_string()
    });
    put("{nginx}", &|| ts.strftime("%Y/%m/%d %H:%M:%S").to_string());
    put("{redis}", &|| {
        ts.strftime("%d %b %Y %H:%M:%S.%3f").to_string()
    });
    put("{flask}", &|| ts.strftime("%d/%b/%Y %H:%M:%S").to_string());
    put("{clf}", &|| {
        ts.strftime("%d/%b/%Y:%H:%M:%S +0000").to_string()
    });
    put("{thin}", &|| {
        ts.strftime("%Y-%m-%d %H:%M:%S +0000").to_string()
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const SEC: i128 = 1_000_000_000;

    /// `ping 127.0.0.1` started at t=1000s, at speed 10 (a reply every 0.1s of wall time).
    fn ping() -> Instance {
        let c = json!({"name": "p", "image": "alpine", "command": ["ping", "127.0.0.1"]});
        Instance::new(
            Program::of(&c, "pod"),
            "uid/p/0",
            1000 * SEC,
            100_000.0,
            None,
        )
    }

    fn text(b: Vec<u8>) -> String {
        String::from_utf8(b).unwrap()
    }

    #[test]
    fn deterministic_and_growing() {
        let a = ping();
        let now = a.base_ns + 2 * SEC;
        assert_eq!(a.count_until(a.base_ns - 1), 0);
        // header + replies at 0, 0.1, … 2.0s
        assert_eq!(a.count_until(now), 1 + 21);
        let out = text(a.snapshot(&Options::default(), now));
        assert_eq!(out, text(ping().snapshot(&Options::default(), now)));
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "PING 127.0.0.1 (127.0.0.1): 56 data bytes");
        assert!(lines[1].starts_with("64 bytes from 127.0.0.1: seq=0 ttl=64 time=0.0"));
        assert!(lines[21].starts_with("64 bytes from 127.0.0.1: seq=20 ttl=64"));
        // another instance (restart) has other timings but the same shape
        let b = Instance::new(a.program.clone(), "uid/p/1", 1000 * SEC, 100_000.0, None);
        assert_ne!(a.base_ns, b.base_ns);
    }

    #[test]
    fn options_arithmetic() {
        let a = ping();
        let now = a.base_ns + 2 * SEC;
        let cases: &[(Options, usize, &str)] = &[
            (
                Options {
                    tail: Some(3),
                    ..Options::default()
                },
                3,
                "seq=18 ",
            ),
            (
                Options {
                    tail: Some(0),
                    ..Options::default()
                },
                0,
                "",
            ),
            (
                Options {
                    since_ns: Some(a.base_ns + SEC + 1),
                    ..Options::default()
                },
                10,
                "seq=11 ",
            ),
            (
                Options {
                    since_ns: Some(a.base_ns + SEC + 1),
                    tail: Some(4),
                    ..Options::default()
                },
                4,
                "seq=17 ",
            ),
            (
                Options {
                    since_ns: Some(now + 1),
                    ..Options::default()
                },
                0,
                "",
            ),
        ];
        for (o, n, first) in cases {
            let out = text(a.snapshot(o, now));
            assert_eq!(out.lines().count(), *n, "{o:?}");
            assert!(
                out.lines().next().unwrap_or("").contains(first),
                "{o:?}: {out}"
            );
        }
        let limited = a.snapshot(
            &Options {
                limit: Some(50),
                ..Options::default()
            },
            now,
        );
        assert_eq!(
            text(limited),
            "PING 127.0.0.1 (127.0.0.1): 56 data bytes\n64 bytes"
        );
        let stamped = text(a.snapshot(
            &Options {
                timestamps: true,
                tail: Some(1),
                ..Options::default()
            },
            now,
        ));
        let (ts, rest) = stamped.split_once(' ').unwrap();
        assert_eq!(ts.len(), "2006-01-02T15:04:05.000000000Z".len(), "{ts}");
        assert!(
            ts.ends_with('Z') && rest.starts_with("64 bytes"),
            "{stamped}"
        );
        let parsed: jiff::Timestamp = ts.parse().unwrap();
        assert_eq!(parsed.as_nanosecond(), a.wall(20_000));
    }

    #[test]
    fn stopped_and_finished_programs() {
        let c = json!({"name": "c", "image": "busybox", "command": ["sh", "-c", "echo one; sleep 3; echo two; exit 2"]});
        let i = Instance::new(Program::of(&c, "pod"), "k", 0, 100_000.0, None);
        assert_eq!(i.count_until(i.base_ns + SEC / 10), 1);
        assert!(!i.finished_by(i.base_ns + SEC / 10));
        assert_eq!(
            text(i.snapshot(&Options::default(), i.base_ns + SEC)),
            "one\ntwo\n"
        );
        assert!(i.finished_by(i.base_ns + SEC));
        let killed = Instance {
            stopped_ns: Some(i.base_ns + SEC / 10),
            ..i.clone()
        };
        assert_eq!(killed.count_until(i.base_ns + 10 * SEC), 1);
        assert!(killed.finished_by(i.base_ns + 10 * SEC));
    }

    #[test]
    fn rotation_keeps_the_last_lines() {
        let a = ping();
        let now = a.base_ns + 3600 * SEC;
        let hi = a.count_until(now);
        assert_eq!(hi, 1 + 36_001);
        assert_eq!(a.first_index(&Options::default(), hi), hi - MAX_LINES);
    }

    #[test]
    fn builtin_images_fill_every_placeholder() {
        for image in [
            "nginx",
            "redis",
            "dockercoins/rng:v0.1",
            "dockercoins/hasher:v0.1",
            "dockercoins/worker:v0.1",
            "dockercoins/webui:v0.1",
            "traefik/whoami",
            "example/app",
        ] {
            let c = json!({"name": "c", "image": image});
            let i = Instance::new(Program::of(&c, "pod"), image, 0, 100_000.0, None);
            let out = text(i.snapshot(&Options::default(), 5 * SEC));
            assert!(!out.is_empty() && !out.contains('{'), "{image}: {out}");
        }
    }
}
