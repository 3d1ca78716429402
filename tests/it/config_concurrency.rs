//! Many `kctl config set-context` processes writing one kubeconfig at once, some killed with
//! SIGKILL mid-write: the file always parses and every write that completed is in it.

use std::process::{Child, Command, Stdio};

use crate::support::{kctl, parse_yaml};

fn spawn_writer(dir: &std::path::Path, i: usize) -> Child {
    Command::new(kctl())
        .args([
            "config",
            "set-context",
            &format!("ctx-{i}"),
            &format!("--namespace=ns-{i}"),
            "--cluster=k",
        ])
        .env_clear()
        .env("HOME", dir)
        .env("KUBECONFIG", dir.join("config"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn kctl")
}

#[test]
fn concurrent_writers_never_lose_a_completed_write() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("config");
    std::fs::write(
        &config,
        "apiVersion: v1\nkind: Config\ncurrent-context: \"\"\n",
    )
    .expect("write");

    let mut completed = Vec::new();
    let mut killed = 0;
    const ROUNDS: usize = 4;
    const WRITERS: usize = 12;
    for round in 0..ROUNDS {
        let mut children: Vec<(usize, Child)> = (0..WRITERS)
            .map(|w| {
                let i = round * WRITERS + w;
                (i, spawn_writer(dir.path(), i))
            })
            .collect();
        // Kill every third writer once some writer holds the lock, so kills land before,
        // during and after writes.
        let lock = dir.path().join("config.lock");
        for _ in 0..100_000 {
            if lock.exists() {
                break;
            }
            std::thread::yield_now();
        }
        for (i, child) in children.iter_mut() {
            if *i % 3 == 0 {
                let _ = child.kill();
            }
        }
        for (i, mut child) in children {
            let status = child.wait().expect("wait");
            if status.success() {
                completed.push(i);
            } else if status.code().is_none() {
                killed += 1;
            } else {
                let mut err = String::new();
                if let Some(mut e) = child.stderr.take() {
                    use std::io::Read;
                    let _ = e.read_to_string(&mut err);
                }
                panic!("writer {i} failed: {status:?} {err}");
            }
            // The file parses at every point we look.
            let text = std::fs::read(&config).expect("config exists");
            let v = parse_yaml(&text);
            assert!(
                v.is_object(),
                "config does not parse: {}",
                String::from_utf8_lossy(&text)
            );
        }
    }
    let text = std::fs::read(&config).expect("config exists");
    let v = parse_yaml(&text);
    let names: Vec<String> = v["contexts"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|c| c["name"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    for i in &completed {
        let name = format!("ctx-{i}");
        assert!(
            names.contains(&name),
            "completed write {name} was lost; file has {names:?}"
        );
        let ctx = v["contexts"]
            .as_array()
            .and_then(|a| a.iter().find(|c| c["name"] == name.as_str()))
            .expect("present");
        assert_eq!(ctx["context"]["namespace"], format!("ns-{i}"));
    }
    assert!(
        completed.len() >= ROUNDS * WRITERS / 2,
        "too few writers completed: {completed:?} (killed {killed})"
    );
    // A writer killed while holding the lock leaves no lock that blocks the next one.
    let status = spawn_writer(dir.path(), 9999).wait().expect("wait");
    assert!(status.success(), "a write after the kills failed");
}
