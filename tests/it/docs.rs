//! The committed man pages and completion scripts match what the command tree generates now
//! (regenerate with `cargo run --bin kctl-gen-docs`), and `kctl completion` prints them.

use std::path::Path;

use crate::support::{kctl, run_in, snapshot};

#[test]
fn generated_docs_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fresh = tempfile::tempdir().expect("tempdir");
    kctl::docs::write_man_pages(&fresh.path().join("man")).expect("man pages");
    kctl::docs::write_completions(&fresh.path().join("completions")).expect("completions");
    for dir in ["man", "completions"] {
        let committed = snapshot(&root.join(dir));
        let generated = snapshot(&fresh.path().join(dir));
        assert!(
            committed == generated,
            "{dir}/ is stale: run `cargo run --bin kctl-gen-docs` and commit the result"
        );
    }
    assert!(fresh.path().join("man/kctl-config-view.1").exists());
}

#[test]
fn completion_prints_the_script_for_each_shell() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("tempdir");
    let env = [("HOME", dir.path().as_os_str().to_owned())];
    for (shell, file) in [
        ("bash", "kctl.bash"),
        ("zsh", "_kctl"),
        ("fish", "kctl.fish"),
        ("powershell", "kctl.ps1"),
    ] {
        let out = run_in(&kctl(), &["completion", shell], dir.path(), &env);
        assert_eq!(out.code, 0);
        let committed =
            std::fs::read_to_string(root.join("completions").join(file)).expect("committed");
        assert_eq!(out.stdout, committed, "{shell}");
    }
}
