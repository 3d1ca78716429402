//! Regenerates `man/` and `completions/` from the command tree:
//! `cargo run --bin kctl-gen-docs`.

fn main() -> std::io::Result<()> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    kctl::docs::write_man_pages(&root.join("man"))?;
    kctl::docs::write_completions(&root.join("completions"))
}
