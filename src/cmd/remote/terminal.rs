//! The local terminal of an interactive session (`exec -t`, `attach -t`, `run -it`): raw mode
//! that is always undone (a guard restores the saved settings when dropped, on every exit path)
//! and the window size kubectl sends on the resize channel (moby/term `GetWinsize` of stdout,
//! then again on each SIGWINCH).

use std::os::fd::RawFd;

const STDIN: RawFd = 0;
const STDOUT: RawFd = 1;

/// Whether `fd` is a terminal.
pub fn is_terminal(fd: RawFd) -> bool {
    // SAFETY: isatty only inspects the descriptor.
    unsafe { libc::isatty(fd) == 1 }
}

/// Whether standard input is a terminal (kubectl's `IsTerminalIn`).
pub fn stdin_is_terminal() -> bool {
    is_terminal(STDIN)
}

/// Standard input in raw mode until dropped.
pub struct RawMode {
    saved: libc::termios,
}

impl RawMode {
    /// Puts standard input in raw mode (moby/term `MakeRaw`: cfmakeraw, output post-processing
    /// kept off as well). `None` when it is not a terminal.
    pub fn enter() -> Option<RawMode> {
        // SAFETY: termios is plain data; tcgetattr fills it or fails.
        let mut saved: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(STDIN, &mut saved) } != 0 {
            return None;
        }
        let mut raw = saved;
        // SAFETY: cfmakeraw edits the struct in place.
        unsafe { libc::cfmakeraw(&mut raw) };
        if unsafe { libc::tcsetattr(STDIN, libc::TCSANOW, &raw) } != 0 {
            return None;
        }
        Some(RawMode { saved })
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        // SAFETY: restores the settings read in `enter`.
        unsafe { libc::tcsetattr(STDIN, libc::TCSANOW, &self.saved) };
    }
}

/// The window size of standard output as (width, height), if it is a terminal.
pub fn size() -> Option<(u16, u16)> {
    // SAFETY: winsize is plain data; the ioctl fills it or fails.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(STDOUT, libc::TIOCGWINSZ, &mut ws) } != 0 {
        return None;
    }
    Some((ws.ws_col, ws.ws_row))
}

/// The resize message (remotecommand.TerminalSize, as client-go's JSON encoder writes it).
pub fn resize_message(width: u16, height: u16) -> Vec<u8> {
    format!("{{\"Width\":{width},\"Height\":{height}}}\n").into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resize_messages_are_client_go_json() {
        assert_eq!(resize_message(90, 20), b"{\"Width\":90,\"Height\":20}\n");
    }
}
