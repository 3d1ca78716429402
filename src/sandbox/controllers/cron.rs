//! Cron schedules as the CronJob controller reads them (robfig/cron's standard parser:
//! five fields, names, ranges, steps, `?`, and the @yearly … @hourly descriptors), and the
//! times they fire at in a time zone. Pure: no store, no clock.

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

/// A parsed schedule: a bit set per field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    minute: u64,
    hour: u64,
    dom: u64,
    month: u64,
    dow: u64,
    /// Day-of-month or day-of-week was `*`/`?`: the two then combine with AND, else OR.
    dom_star: bool,
    dow_star: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CronError {
    #[error("expected exactly 5 fields, found {0}: {1}")]
    FieldCount(usize, String),
    #[error("unrecognized descriptor: {0}")]
    Descriptor(String),
    #[error("failed to parse int from {0}")]
    Int(String),
    #[error("beginning of range ({0}) below minimum ({1}): {2}")]
    BelowMin(u32, u32, String),
    #[error("end of range ({0}) above maximum ({1}): {2}")]
    AboveMax(u32, u32, String),
    #[error("beginning of range ({0}) beyond end of range ({1}): {2}")]
    Backwards(u32, u32, String),
    #[error("step of range should be a positive number: {0}")]
    Step(String),
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const DAYS: [&str; 7] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

fn value(s: &str, names: &[&str], offset: u32) -> Result<u32, CronError> {
    let lower = s.to_ascii_lowercase();
    if let Some(i) = names.iter().position(|n| *n == lower) {
        return Ok(i as u32 + offset);
    }
    s.parse::<u32>().map_err(|_| CronError::Int(s.to_string()))
}

/// One comma-separated field → bits (`getRange` for each part).
fn field(
    expr: &str,
    min: u32,
    max: u32,
    names: &[&str],
    offset: u32,
) -> Result<(u64, bool), CronError> {
    let mut bits = 0u64;
    let mut star = false;
    for part in expr.split(',') {
        let (range, step) = match part.split_once('/') {
            Some((r, s)) => {
                let n: u32 = s.parse().map_err(|_| CronError::Int(s.to_string()))?;
                if n == 0 {
                    return Err(CronError::Step(part.to_string()));
                }
                (r, Some(n))
            }
            None => (part, None),
        };
        let (lo, hi) = if range == "*" || range == "?" {
            if step.is_none() {
                star = true;
            }
            (min, max)
        } else if let Some((a, b)) = range.split_once('-') {
            (value(a, names, offset)?, value(b, names, offset)?)
        } else {
            let v = value(range, names, offset)?;
            // "N/step" runs from N to the maximum.
            (v, if step.is_some() { max } else { v })
        };
        if lo < min {
            return Err(CronError::BelowMin(lo, min, part.to_string()));
        }
        if hi > max {
            return Err(CronError::AboveMax(hi, max, part.to_string()));
        }
        if lo > hi {
            return Err(CronError::Backwards(lo, hi, part.to_string()));
        }
        let step = step.unwrap_or(1);
        let mut v = lo;
        while v <= hi {
            bits |= 1 << v;
            v += step;
        }
    }
    Ok((bits, star))
}

impl Schedule {
    pub fn parse(spec: &str) -> Result<Schedule, CronError> {
        let spec = spec.trim();
        let expanded = match spec {
            "@yearly" | "@annually" => "0 0 1 1 *",
            "@monthly" => "0 0 1 * *",
            "@weekly" => "0 0 * * 0",
            "@daily" | "@midnight" => "0 0 * * *",
            "@hourly" => "0 * * * *",
            s if s.starts_with('@') => return Err(CronError::Descriptor(s.to_string())),
            s => s,
        };
        let fields: Vec<&str> = expanded.split_whitespace().collect();
        if fields.len() != 5 {
            return Err(CronError::FieldCount(fields.len(), spec.to_string()));
        }
        let (minute, _) = field(fields[0], 0, 59, &[], 0)?;
        let (hour, _) = field(fields[1], 0, 23, &[], 0)?;
        let (dom, dom_star) = field(fields[2], 1, 31, &[], 0)?;
        let (month, _) = field(fields[3], 1, 12, &MONTHS, 1)?;
        let (dow, dow_star) = field(fields[4], 0, 6, &DAYS, 0)?;
        Ok(Schedule {
            minute,
            hour,
            dom,
            month,
            dow,
            dom_star,
            dow_star,
        })
    }

    fn day_matches(&self, t: DateTime) -> bool {
        let dom = self.dom & (1 << t.day()) != 0;
        let dow = self.dow & (1 << t.weekday().to_sunday_zero_offset()) != 0;
        if self.dom_star || self.dow_star {
            dom && dow
        } else {
            dom || dow
        }
    }

    /// The first time strictly after `after` the schedule fires, in `tz` (`Schedule.Next`).
    /// None when nothing matches within five years.
    pub fn next(&self, after: Timestamp, tz: &TimeZone) -> Option<Timestamp> {
        let start = tz.to_datetime(after);
        // Start at the next whole minute.
        let mut t = start
            .with()
            .second(0)
            .subsec_nanosecond(0)
            .build()
            .ok()?
            .checked_add(1.minute())
            .ok()?;
        let limit = start.year() + 5;
        while t.year() <= limit {
            if self.month & (1 << t.month()) == 0 {
                t = t
                    .first_of_month()
                    .checked_add(1.month())
                    .ok()?
                    .start_of_day();
                continue;
            }
            if !self.day_matches(t) {
                t = t.checked_add(1.day()).ok()?.start_of_day();
                continue;
            }
            if self.hour & (1 << t.hour()) == 0 {
                t = t
                    .with()
                    .minute(0)
                    .build()
                    .ok()?
                    .checked_add(1.hour())
                    .ok()?;
                continue;
            }
            if self.minute & (1 << t.minute()) == 0 {
                t = t.checked_add(1.minute()).ok()?;
                continue;
            }
            let ts = tz.to_timestamp(t).ok()?;
            if ts > after {
                return Some(ts);
            }
            t = t.checked_add(1.minute()).ok()?;
        }
        None
    }
}

/// `mostRecentScheduleTime`: the latest fire time in (`earliest`, `now`], and how many fire
/// times that window holds (the controller gives up past 100 missed starts).
pub fn most_recent(
    s: &Schedule,
    earliest: Timestamp,
    now: Timestamp,
    tz: &TimeZone,
) -> (Option<Timestamp>, usize) {
    let mut last = None;
    let mut missed = 0;
    let mut t = earliest;
    while let Some(n) = s.next(t, tz) {
        if n > now {
            break;
        }
        last = Some(n);
        missed += 1;
        if missed > 100 {
            break;
        }
        t = n;
    }
    (last, missed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn next_fire_times() {
        let utc = TimeZone::UTC;
        for (spec, after, want) in [
            (
                "*/1 * * * *",
                "2026-03-01T10:00:30Z",
                "2026-03-01T10:01:00Z",
            ),
            ("* * * * *", "2026-03-01T10:00:00Z", "2026-03-01T10:01:00Z"),
            (
                "*/5 * * * *",
                "2026-03-01T10:01:00Z",
                "2026-03-01T10:05:00Z",
            ),
            ("30 2 * * *", "2026-03-01T10:00:00Z", "2026-03-02T02:30:00Z"),
            ("@hourly", "2026-03-01T10:00:00Z", "2026-03-01T11:00:00Z"),
            ("@daily", "2026-12-31T10:00:00Z", "2027-01-01T00:00:00Z"),
            ("@weekly", "2026-03-04T00:00:00Z", "2026-03-08T00:00:00Z"),
            ("@monthly", "2026-01-31T00:00:00Z", "2026-02-01T00:00:00Z"),
            ("@yearly", "2026-03-01T00:00:00Z", "2027-01-01T00:00:00Z"),
            (
                "0 9 * * MON-FRI",
                "2026-03-06T10:00:00Z",
                "2026-03-09T09:00:00Z",
            ),
            (
                "0 0 29 FEB *",
                "2026-03-01T00:00:00Z",
                "2028-02-29T00:00:00Z",
            ),
            // Day-of-month and day-of-week both restricted: either matches.
            ("0 0 13 * 5", "2026-03-01T00:00:00Z", "2026-03-06T00:00:00Z"),
            (
                "5/20 * * * *",
                "2026-03-01T10:06:00Z",
                "2026-03-01T10:25:00Z",
            ),
            (
                "0 0 1,15 * ?",
                "2026-03-02T00:00:00Z",
                "2026-03-15T00:00:00Z",
            ),
        ] {
            let s = Schedule::parse(spec).unwrap_or_else(|e| panic!("{spec}: {e}"));
            assert_eq!(
                s.next(ts(after), &utc),
                Some(ts(want)),
                "{spec} after {after}"
            );
        }
    }

    #[test]
    fn time_zones() {
        let tz = TimeZone::get("Europe/Berlin").unwrap_or(TimeZone::UTC);
        if tz == TimeZone::UTC {
            return;
        }
        let s = Schedule::parse("0 9 * * *").unwrap();
        assert_eq!(
            s.next(ts("2026-07-01T00:00:00Z"), &tz),
            Some(ts("2026-07-01T07:00:00Z"))
        );
    }

    #[test]
    fn parse_errors() {
        for spec in [
            "* * * *",
            "* * * * * *",
            "60 * * * *",
            "* 24 * * *",
            "* * 0 * *",
            "* * * 13 *",
            "*/0 * * * *",
            "5-1 * * * *",
            "x * * * *",
            "@every 5m",
        ] {
            assert!(Schedule::parse(spec).is_err(), "{spec}");
        }
    }

    #[test]
    fn missed_windows() {
        let s = Schedule::parse("* * * * *").unwrap();
        let (last, n) = most_recent(
            &s,
            ts("2026-03-01T10:00:00Z"),
            ts("2026-03-01T10:03:30Z"),
            &TimeZone::UTC,
        );
        assert_eq!((last, n), (Some(ts("2026-03-01T10:03:00Z")), 3));
        let (last, n) = most_recent(
            &s,
            ts("2026-03-01T10:03:00Z"),
            ts("2026-03-01T10:03:30Z"),
            &TimeZone::UTC,
        );
        assert_eq!((last, n), (None, 0));
    }
}
