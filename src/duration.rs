//! Human-readable durations exactly as apimachinery `pkg/util/duration` prints them (`5m10s`, `3d4h`,
//! `<invalid>`), plus `translateTimestampSince` from kubernetes `pkg/printers/internalversion`.
//! Pure functions: the caller supplies "now"; no clock is read here.

use std::time::Duration;

const NANOS_PER_SECOND: i128 = 1_000_000_000;
const NANOS_PER_MINUTE: i128 = 60 * NANOS_PER_SECOND;
const NANOS_PER_HOUR: i128 = 60 * NANOS_PER_MINUTE;

/// `duration.HumanDuration` for a non-negative duration.
pub fn human_duration(d: Duration) -> String {
    human_duration_nanos(i128::try_from(d.as_nanos()).unwrap_or(i128::MAX))
}

/// `duration.ShortHumanDuration` for a non-negative duration.
pub fn short_human_duration(d: Duration) -> String {
    short_human_duration_nanos(i128::try_from(d.as_nanos()).unwrap_or(i128::MAX))
}

/// `duration.HumanDuration` for a signed number of seconds (negative = in the future).
pub fn human_duration_signed(seconds: i64) -> String {
    human_duration_nanos(i128::from(seconds) * NANOS_PER_SECOND)
}

/// `duration.HumanDuration` on a signed nanosecond count (Go's `time.Duration`).
///
/// Go truncates `d.Seconds()` toward zero, so up to 1.999s in the future still prints `0s`
/// ("tolerate machine time inconsistence"); further in the future is `<invalid>`.
pub fn human_duration_nanos(nanos: i128) -> String {
    let seconds = nanos / NANOS_PER_SECOND;
    if seconds < -1 {
        return "<invalid>".to_string();
    } else if seconds < 0 {
        return "0s".to_string();
    } else if seconds < 60 * 2 {
        return format!("{seconds}s");
    }
    let minutes = nanos / NANOS_PER_MINUTE;
    if minutes < 10 {
        let s = seconds % 60;
        if s == 0 {
            return format!("{minutes}m");
        }
        return format!("{minutes}m{s}s");
    } else if minutes < 60 * 3 {
        return format!("{minutes}m");
    }
    let hours = nanos / NANOS_PER_HOUR;
    if hours < 8 {
        let m = minutes % 60;
        if m == 0 {
            return format!("{hours}h");
        }
        return format!("{hours}h{m}m");
    } else if hours < 48 {
        return format!("{hours}h");
    } else if hours < 24 * 8 {
        let h = hours % 24;
        if h == 0 {
            return format!("{}d", hours / 24);
        }
        return format!("{}d{}h", hours / 24, h);
    } else if hours < 24 * 365 * 2 {
        return format!("{}d", hours / 24);
    } else if hours < 24 * 365 * 8 {
        let dy = (hours / 24) % 365;
        if dy == 0 {
            return format!("{}y", hours / 24 / 365);
        }
        return format!("{}y{}d", hours / 24 / 365, dy);
    }
    format!("{}y", hours / 24 / 365)
}

/// `duration.ShortHumanDuration` on a signed nanosecond count.
pub fn short_human_duration_nanos(nanos: i128) -> String {
    let seconds = nanos / NANOS_PER_SECOND;
    if seconds < -1 {
        return "<invalid>".to_string();
    } else if seconds < 0 {
        return "0s".to_string();
    } else if seconds < 60 {
        return format!("{seconds}s");
    }
    let minutes = nanos / NANOS_PER_MINUTE;
    if minutes < 60 {
        return format!("{minutes}m");
    }
    let hours = nanos / NANOS_PER_HOUR;
    if hours < 24 {
        return format!("{hours}h");
    } else if hours < 24 * 365 {
        return format!("{}d", hours / 24);
    }
    // Go: int(d.Hours()/24/365) on floats; identical to integer division for whole hours.
    format!("{}y", hours / 24 / 365)
}

/// Nanoseconds from `then` to `now` (negative when `then` is in the future).
pub fn nanos_between(then: jiff::Timestamp, now: jiff::Timestamp) -> i128 {
    now.as_nanosecond() - then.as_nanosecond()
}

/// `translateTimestampSince` (pkg/printers/internalversion/printers.go): `<unknown>` for a zero/absent
/// timestamp, otherwise `HumanDuration(now - t)`.
pub fn translate_timestamp_since(then: Option<jiff::Timestamp>, now: jiff::Timestamp) -> String {
    match then {
        None => "<unknown>".to_string(),
        Some(t) => human_duration_nanos(nanos_between(t, now)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_duration_table() {
        // Expectations follow apimachinery duration_test.go's boundaries.
        let cases: &[(i128, &str)] = &[
            (-3, "<invalid>"),
            (-2, "<invalid>"),
            (-1, "0s"),
            (0, "0s"),
            (1, "1s"),
            (59, "59s"),
            (119, "119s"),
            (120, "2m"),
            (121, "2m1s"),
            (9 * 60 + 59, "9m59s"),
            (10 * 60, "10m"),
            (10 * 60 + 59, "10m"),
            (179 * 60 + 59, "179m"),
            (180 * 60, "3h"),
            (3 * 3600 + 30 * 60, "3h30m"),
            (7 * 3600 + 59 * 60, "7h59m"),
            (8 * 3600, "8h"),
            (47 * 3600 + 59 * 60, "47h"),
            (48 * 3600, "2d"),
            (49 * 3600, "2d1h"),
            (8 * 24 * 3600 - 1, "7d23h"),
            (8 * 24 * 3600, "8d"),
            (2 * 365 * 24 * 3600 - 1, "729d"),
            (2 * 365 * 24 * 3600, "2y"),
            (2 * 365 * 24 * 3600 + 24 * 3600, "2y1d"),
            (8 * 365 * 24 * 3600 - 1, "7y364d"),
            (8 * 365 * 24 * 3600, "8y"),
            (20 * 365 * 24 * 3600, "20y"),
        ];
        for (secs, want) in cases {
            assert_eq!(
                human_duration_nanos(secs * NANOS_PER_SECOND),
                *want,
                "{secs}s"
            );
        }
        // Sub-second truncation toward zero, like Go's int(d.Seconds()).
        assert_eq!(human_duration_nanos(-1_999_999_999), "0s");
        assert_eq!(human_duration_nanos(1_999_999_999), "1s");
        assert_eq!(human_duration(Duration::from_secs(3600 * 10)), "10h");
        assert_eq!(human_duration_signed(-60), "<invalid>");
        assert_eq!(human_duration_signed(30 * 60), "30m");
    }

    #[test]
    fn short_human_duration_table() {
        let cases: &[(i128, &str)] = &[
            (-2, "<invalid>"),
            (-1, "0s"),
            (59, "59s"),
            (60, "1m"),
            (3599, "59m"),
            (3600, "1h"),
            (86399, "23h"),
            (86400, "1d"),
            (365 * 86400 - 1, "364d"),
            (365 * 86400, "1y"),
            (3 * 365 * 86400, "3y"),
        ];
        for (secs, want) in cases {
            assert_eq!(
                short_human_duration_nanos(secs * NANOS_PER_SECOND),
                *want,
                "{secs}s"
            );
        }
        assert_eq!(short_human_duration(Duration::from_secs(90)), "1m");
    }

    #[test]
    fn translate_since() {
        let now: jiff::Timestamp = "2026-11-23T15:00:00Z".parse().unwrap();
        let t: jiff::Timestamp = "2026-11-23T14:30:00Z".parse().unwrap();
        assert_eq!(translate_timestamp_since(Some(t), now), "30m");
        assert_eq!(translate_timestamp_since(None, now), "<unknown>");
        let future: jiff::Timestamp = "2026-11-23T15:05:00Z".parse().unwrap();
        assert_eq!(translate_timestamp_since(Some(future), now), "<invalid>");
    }
}
