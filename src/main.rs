//! The `ecomap` binary: parses the command line, then runs a command or starts the editor.

use std::process::ExitCode;

use ecomap::cli::{self, Action};

// Loading a big map allocates millions of small strings; mimalloc does that about twice as
// fast as the system allocator (measured in benches/analysis.rs).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Warnings and errors on stderr; RUST_LOG=debug (or a module's name) tells more.
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    match cli::run() {
        Action::Done(code) => code,
        Action::Editor { file, lang } => ecomap::app::run(file, lang),
    }
}
