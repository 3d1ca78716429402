//! `PodLogOptions` as kubectl builds them from its flags (logs.go `ToLogOptions`, `Validate`)
//! and as client-go puts them in the `pods/log` query. Pure: no I/O.

use std::time::Duration;

use crate::cmd::mutate::query_escape;

/// The query of one log request, without the container.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LogOptions {
    pub follow: bool,
    pub previous: bool,
    pub timestamps: bool,
    pub insecure_skip_tls_verify_backend: bool,
    /// Whole seconds, UTC (metav1.Time travels in a query as RFC 3339 without fractions).
    pub since_time: Option<String>,
    pub since_seconds: Option<i64>,
    pub tail_lines: Option<i64>,
    pub limit_bytes: Option<i64>,
}

impl LogOptions {
    /// `?container=…&follow=true…`, keys sorted as `url.Values.Encode` sorts them.
    pub fn query(&self, container: &str) -> String {
        let mut q: Vec<(&str, String)> = vec![("container", container.to_string())];
        if self.follow {
            q.push(("follow", "true".into()));
        }
        if self.insecure_skip_tls_verify_backend {
            q.push(("insecureSkipTLSVerifyBackend", "true".into()));
        }
        if let Some(n) = self.limit_bytes {
            q.push(("limitBytes", n.to_string()));
        }
        if self.previous {
            q.push(("previous", "true".into()));
        }
        if let Some(n) = self.since_seconds {
            q.push(("sinceSeconds", n.to_string()));
        }
        if let Some(t) = &self.since_time {
            q.push(("sinceTime", t.clone()));
        }
        if let Some(n) = self.tail_lines {
            q.push(("tailLines", n.to_string()));
        }
        if self.timestamps {
            q.push(("timestamps", "true".into()));
        }
        let parts: Vec<String> = q
            .into_iter()
            .map(|(k, v)| format!("{k}={}", query_escape(&v)))
            .collect();
        format!("?{}", parts.join("&"))
    }
}

/// A `--since` value: pflag's duration, which may be negative.
pub fn parse_signed_duration(raw: &str) -> Option<(bool, Duration)> {
    let (negative, rest) = match raw.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, raw.strip_prefix('+').unwrap_or(raw)),
    };
    crate::cli::parse_go_duration(rest).map(|d| (negative, d))
}

/// `Duration.Round(time.Second)` in whole seconds: halves round away from zero.
pub fn round_seconds(negative: bool, d: Duration) -> i64 {
    let nanos = d.as_nanos();
    let secs = ((nanos + 500_000_000) / 1_000_000_000) as i64;
    if negative { -secs } else { secs }
}

/// `util.ParseRFC3339`: Go's `time.Parse(time.RFC3339, s)`, with Go's error words, giving the
/// time in UTC whole seconds as it will be sent.
pub fn parse_rfc3339(s: &str) -> Result<String, String> {
    let layout = "2006-01-02T15:04:05Z07:00";
    let fail = |rest: &str, elem: &str| {
        Err(format!(
            "parsing time {s:?} as {layout:?}: cannot parse {rest:?} as {elem:?}"
        ))
    };
    let range = |what: &str| Err(format!("parsing time {s:?}: {what} out of range"));
    let digits = |v: &str, n: usize| -> Option<u32> {
        (v.len() >= n && v.as_bytes()[..n].iter().all(u8::is_ascii_digit))
            .then(|| v[..n].parse().ok())
            .flatten()
    };
    let mut v = s;
    let mut fields = [0u32; 6];
    let steps: [(&str, usize, Option<&str>); 6] = [
        ("2006", 4, Some("-")),
        ("01", 2, Some("-")),
        ("02", 2, Some("T")),
        ("15", 2, Some(":")),
        ("04", 2, Some(":")),
        ("05", 2, None),
    ];
    for (i, (elem, width, sep)) in steps.iter().enumerate() {
        let Some(n) = digits(v, *width) else {
            return fail(v, elem);
        };
        fields[i] = n;
        v = &v[*width..];
        if let Some(sep) = sep {
            let Some(rest) = v.strip_prefix(sep) else {
                return fail(v, sep);
            };
            v = rest;
        }
    }
    // Go accepts a fraction after the seconds even when the layout has none.
    if let Some(rest) = v.strip_prefix('.').or_else(|| v.strip_prefix(',')) {
        let n = rest.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return fail(v, "Z07:00");
        }
        v = &rest[n..];
    }
    let offset_secs: i64 = if let Some(rest) = v.strip_prefix('Z') {
        v = rest;
        0
    } else {
        let sign = match v.as_bytes().first() {
            Some(b'+') => 1,
            Some(b'-') => -1,
            _ => return fail(v, "Z07:00"),
        };
        let (Some(h), true, Some(m)) = (
            digits(&v[1..], 2),
            v.get(3..4) == Some(":"),
            v.get(4..).and_then(|r| digits(r, 2)),
        ) else {
            return fail(v, "Z07:00");
        };
        if h > 24 || m > 60 {
            return Err(format!("parsing time {s:?}: time zone offset out of range"));
        }
        v = &v[6..];
        sign * i64::from(h * 3600 + m * 60)
    };
    if !v.is_empty() {
        return Err(format!("parsing time {s:?}: extra text: {v:?}"));
    }
    let [year, month, day, hour, minute, second] = fields;
    if !(1..=12).contains(&month) {
        return range("month");
    }
    let Ok(date) = jiff::civil::Date::new(year as i16, month as i8, 1) else {
        return range("year");
    };
    if day < 1 || day > u32::from(date.days_in_month() as u8) {
        return range("day");
    }
    if hour > 23 {
        return range("hour");
    }
    if minute > 59 {
        return range("minute");
    }
    if second > 59 {
        return range("second");
    }
    let civil = jiff::civil::DateTime::new(
        year as i16,
        month as i8,
        day as i8,
        hour as i8,
        minute as i8,
        second as i8,
        0,
    )
    .map_err(|e| e.to_string())?;
    let utc = civil
        .to_zoned(jiff::tz::TimeZone::UTC)
        .map_err(|e| e.to_string())?
        .timestamp()
        - jiff::SignedDuration::from_secs(offset_secs);
    Ok(utc.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_as_go_parses_it() {
        let cases: &[(&str, Result<&str, &str>)] = &[
            ("2024-08-30T06:00:00Z", Ok("2024-08-30T06:00:00Z")),
            ("2024-08-30T06:00:00.75+01:00", Ok("2024-08-30T05:00:00Z")),
            (
                "garbage",
                Err(
                    r#"parsing time "garbage" as "2006-01-02T15:04:05Z07:00": cannot parse "garbage" as "2006""#,
                ),
            ),
            (
                "2024-08-30",
                Err(
                    r#"parsing time "2024-08-30" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T""#,
                ),
            ),
            (
                "2024-08-30T06:00:00",
                Err(
                    r#"parsing time "2024-08-30T06:00:00" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00""#,
                ),
            ),
            (
                "2024-13-30T06:00:00Z",
                Err(r#"parsing time "2024-13-30T06:00:00Z": month out of range"#),
            ),
            (
                "2024-08-30T06:00:00Zx",
                Err(r#"parsing time "2024-08-30T06:00:00Zx": extra text: "x""#),
            ),
        ];
        for (input, want) in cases {
            assert_eq!(
                parse_rfc3339(input).as_deref(),
                want.map_err(str::to_string).as_deref(),
                "{input}"
            );
        }
    }

    #[test]
    fn since_rounds_to_seconds() {
        let d = |s: &str| parse_signed_duration(s).unwrap();
        let (n, v) = d("1.5s");
        assert_eq!(round_seconds(n, v), 2);
        let (n, v) = d("1h");
        assert_eq!(round_seconds(n, v), 3600);
        let (n, v) = d("-1s");
        assert_eq!(round_seconds(n, v), -1);
        let (n, v) = d("400ms");
        assert_eq!(round_seconds(n, v), 0);
    }

    #[test]
    fn query_keys_are_sorted() {
        let o = LogOptions {
            follow: true,
            timestamps: true,
            tail_lines: Some(10),
            since_time: Some("2024-01-01T00:00:00Z".into()),
            ..LogOptions::default()
        };
        assert_eq!(
            o.query("web"),
            "?container=web&follow=true&sinceTime=2024-01-01T00%3A00%3A00Z&tailLines=10&timestamps=true"
        );
    }
}
