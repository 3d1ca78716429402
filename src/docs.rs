//! Generated documentation kept in the repository: man pages in `man/` and completion scripts
//! in `completions/`, both derived from the clap tree so they never drift from the code
//! (a test regenerates them and compares).

use std::path::Path;

use clap_complete::Shell;

/// Writes one man page per command (`kctl.1`, `kctl-config-view.1`, …) into `dir`.
pub fn write_man_pages(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let cmd = visible_tree(crate::cli::command());
    clap_mangen::generate_to(cmd, dir)
}

/// Writes `kctl.bash`, `_kctl`, `kctl.fish` and `kctl.ps1` into `dir`.
pub fn write_completions(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (shell, file) in [
        (Shell::Bash, "kctl.bash"),
        (Shell::Zsh, "_kctl"),
        (Shell::Fish, "kctl.fish"),
        (Shell::PowerShell, "kctl.ps1"),
    ] {
        std::fs::write(
            dir.join(file),
            crate::cmd::completion::script(shell, "kctl"),
        )?;
    }
    Ok(())
}

/// The tree without hidden helper commands, for the man pages.
fn visible_tree(cmd: clap::Command) -> clap::Command {
    cmd.version(env!("CARGO_PKG_VERSION"))
}
