//! `cargo bench --bench apply`: `apply -f DIR` of 500 manifests (ConfigMaps, Deployments and
//! Services in turn, one file each) by kubectl 1.32 and by kctl, each against its own fresh
//! sandbox started with `--controllers=false`: the first apply (all created), the same again
//! (all unchanged) and an edited copy (all configured). Wall time and peak RSS of the client,
//! printed as a Markdown table for the README. A program, not a test. `BENCH_MANIFESTS`
//! changes the count.

#[path = "../sandbox/clients.rs"]
#[allow(dead_code)]
mod clients;
#[path = "../sandbox/server.rs"]
#[allow(dead_code)]
mod server;

use std::path::Path;
use std::time::Duration;

use server::Server;

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

const NAMESPACE: &str = "bench";

fn manifest(i: usize, generation: usize) -> String {
    let name = format!("obj-{i:04}");
    match i % 3 {
        0 => format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n  namespace: {NAMESPACE}\n  labels: {{app: bench}}\ndata:\n  index: \"{i}\"\n  generation: \"{generation}\"\n"
        ),
        1 => format!(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\n  namespace: {NAMESPACE}\n  labels: {{app: bench}}\nspec:\n  replicas: 1\n  selector:\n    matchLabels: {{app: {name}}}\n  template:\n    metadata:\n      labels: {{app: {name}}}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.{}\n        ports: [{{containerPort: 80}}]\n        env: [{{name: GENERATION, value: \"{generation}\"}}]\n",
            25 + generation
        ),
        _ => format!(
            "apiVersion: v1\nkind: Service\nmetadata:\n  name: {name}\n  namespace: {NAMESPACE}\n  labels: {{app: bench, generation: \"g{generation}\"}}\nspec:\n  selector: {{app: {name}}}\n  ports: [{{port: 80, targetPort: 80}}]\n"
        ),
    }
}

fn write_dir(dir: &Path, count: usize, generation: usize) -> Result<(), BoxError> {
    std::fs::create_dir_all(dir)?;
    for i in 0..count {
        std::fs::write(dir.join(format!("{i:04}.yaml")), manifest(i, generation))?;
    }
    Ok(())
}

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

fn mib(kib: u64) -> String {
    format!("{:.0} MiB", kib as f64 / 1024.0)
}

/// The three applies by one client against its own server; one table row each.
fn rows(
    name: &str,
    bin: &Path,
    root: &Path,
    first: &Path,
    edited: &Path,
) -> Result<Vec<String>, BoxError> {
    let server = Server::start(&root.join("server"))?;
    let home = root.join("home");
    std::fs::create_dir_all(&home)?;
    let ns = clients::run(
        bin,
        &["create", "namespace", NAMESPACE],
        &server.kubeconfig,
        &home,
        root,
    )?;
    if !ns.success {
        // kctl may not have `create` yet: make it with kubectl.
        let kubectl = clients::kubectl().ok_or("kubectl.1.32 not found")?;
        clients::run(
            &kubectl,
            &["create", "namespace", NAMESPACE],
            &server.kubeconfig,
            &home,
            root,
        )?;
    }
    let mut out = Vec::new();
    for (phase, dir) in [
        ("create", first),
        ("unchanged", first),
        ("configure", edited),
    ] {
        let dir = dir.to_string_lossy().into_owned();
        let r = clients::run(bin, &["apply", "-f", &dir], &server.kubeconfig, &home, root)?;
        if !r.success {
            return Err(format!("{name} apply ({phase}) failed: {}", r.stderr).into());
        }
        eprintln!("{name} {phase}: {}", secs(r.wall));
        out.push(format!(
            "| {phase} | {name} | {} | {} |",
            secs(r.wall),
            mib(r.max_rss_kib)
        ));
    }
    Ok(out)
}

fn main() -> Result<(), BoxError> {
    let count: usize = match std::env::var("BENCH_MANIFESTS") {
        Ok(v) => v.parse()?,
        Err(_) => 500,
    };
    let tmp = tempfile::tempdir()?;
    let first = tmp.path().join("manifests");
    let edited = tmp.path().join("edited");
    write_dir(&first, count, 0)?;
    write_dir(&edited, count, 1)?;
    let Some(kubectl) = clients::kubectl() else {
        eprintln!("kubectl.1.32 not found, skipping");
        return Ok(());
    };
    let kctl = server::kctl_bin();
    let kubectl_rows = rows(
        "kubectl 1.32",
        &kubectl,
        &tmp.path().join("a"),
        &first,
        &edited,
    )?;
    let kctl_rows = rows("kctl", &kctl, &tmp.path().join("b"), &first, &edited)?;
    println!(
        "`apply -f DIR` with {count} manifests (ConfigMaps, Deployments, Services; one file each)\n"
    );
    println!("| apply | client | wall time | client peak RSS |\n|---|---|---|---|");
    for (a, b) in kubectl_rows.iter().zip(&kctl_rows) {
        println!("{a}\n{b}");
    }
    Ok(())
}
