//! `kctl version --client` in kubectl's layout, without a server.

use crate::support::{kctl, run_in};

#[test]
fn client_version_formats() {
    let dir = tempfile::tempdir().expect("tempdir");
    let env = [("HOME", dir.path().as_os_str().to_owned())];
    let plain = run_in(&kctl(), &["version", "--client"], dir.path(), &env);
    assert_eq!(plain.code, 0, "{plain:?}");
    assert!(
        plain.stdout.starts_with("Client Version: v1.32."),
        "{plain:?}"
    );

    let json = run_in(
        &kctl(),
        &["version", "--client", "-o", "json"],
        dir.path(),
        &env,
    );
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
    assert_eq!(v["clientVersion"]["major"], "1");
    assert_eq!(v["clientVersion"]["minor"], "32");
    // kubectl indents version JSON with two spaces and keeps version.Info's field order.
    assert!(
        json.stdout.starts_with(
            "{\n  \"clientVersion\": {\n    \"major\": \"1\",\n    \"minor\": \"32\",\n"
        ),
        "{}",
        json.stdout
    );

    let yaml = run_in(
        &kctl(),
        &["version", "--client", "-o", "yaml"],
        dir.path(),
        &env,
    );
    assert!(
        yaml.stdout.starts_with("clientVersion:\n"),
        "{}",
        yaml.stdout
    );
    assert!(
        yaml.stdout.ends_with("\n\n"),
        "kubectl prints a blank line after the YAML"
    );

    let bad = run_in(
        &kctl(),
        &["version", "--client", "-o", "wide"],
        dir.path(),
        &env,
    );
    assert_eq!(
        (bad.code, bad.stderr.as_str()),
        (1, "error: --output must be 'yaml' or 'json'\n")
    );
}

#[test]
fn invoked_as_kubectl_behaves_the_same() {
    let dir = tempfile::tempdir().expect("tempdir");
    let link = dir.path().join("kubectl");
    std::os::unix::fs::symlink(kctl(), &link).expect("symlink");
    let env = [("HOME", dir.path().as_os_str().to_owned())];
    for args in [
        &["version", "--client"][..],
        &["config", "view"],
        &["nonsense"],
    ] {
        let direct = run_in(&kctl(), args, dir.path(), &env);
        let via_link = run_in(&link, args, dir.path(), &env);
        assert_eq!(direct, via_link, "{args:?}");
    }
}
