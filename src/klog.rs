//! `-v=N` logging in klog's line format, as kubectl writes it to stderr:
//! `I1123 15:42:56.218274   18566 loader.go:402] message`.
//!
//! Verbosity is process-wide, like klog's: set once from the command line, read anywhere.
//! Lines name the kubectl source location of the same message so that tools which grep
//! kubectl's logs keep working.

use std::io::Write;
use std::sync::atomic::{AtomicU8, Ordering};

static VERBOSITY: AtomicU8 = AtomicU8::new(0);

pub fn set_verbosity(level: u8) {
    VERBOSITY.store(level, Ordering::Relaxed);
}

/// Whether messages at `level` are printed (klog's `V(level).Enabled()`).
pub fn enabled(level: u8) -> bool {
    VERBOSITY.load(Ordering::Relaxed) >= level
}

/// One info line at `level`, attributed to `origin` (`file.go:line`).
pub fn info(level: u8, origin: &str, message: &str) {
    if !enabled(level) {
        return;
    }
    let line = format!("{} {origin}] {message}\n", header());
    let _ = std::io::stderr().write_all(line.as_bytes());
}

/// `Immdd hh:mm:ss.uuuuuu threadid` with the pid right-aligned in 7 columns.
fn header() -> String {
    let now = jiff::Zoned::now();
    format!(
        "I{:02}{:02} {:02}:{:02}:{:02}.{:06} {:>7}",
        now.month(),
        now.day(),
        now.hour(),
        now.minute(),
        now.second(),
        now.subsec_nanosecond() / 1000,
        std::process::id()
    )
}

/// One warning line (klog's `Warningf`), printed whatever the verbosity.
pub fn warning(origin: &str, message: &str) {
    let line = format!("W{} {origin}] {message}\n", &header()[1..]);
    let _ = std::io::stderr().write_all(line.as_bytes());
}

/// One error line (klog's `Errorf`, as `runtime.HandleError` prints it), without printing it:
/// a verb that owns stderr writes it.
pub fn error_line(origin: &str, message: &str) -> String {
    format!("E{} {origin}] {message}", &header()[1..])
}
