//! A private tmux server for the terminal tests (`exec -it`): a real pseudo-terminal whose
//! screen can be read back. Stopped when the test ends, even on a failed assertion.

use std::path::PathBuf;
use std::process::{Command, Output};

/// A tmux server on its own socket.
pub struct Tmux {
    pub socket: PathBuf,
}

impl Tmux {
    /// Whether tmux is installed; says which test skips when it is not.
    pub fn available(test: &str) -> bool {
        let found = Command::new("tmux").arg("-V").output().is_ok();
        if !found {
            eprintln!("tmux not found; skipping {test}");
        }
        found
    }

    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    /// The visible pane, as text.
    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p"]).stdout).into_owned()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}
