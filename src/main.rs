//! The `kctl` binary: environment and streams in, exit code out; everything else is in the
//! library.

use std::io::Write;

fn main() {
    let env = kctl::env::Env::from_process();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut err = std::io::stderr();
    let mut input = std::io::stdin();
    let code = kctl::run(
        std::env::args_os().collect(),
        &env,
        &mut input,
        &mut out,
        &mut err,
    );
    let _ = out.flush();
    drop(out);
    std::process::exit(code);
}
