//! The `ecomap` binary: parses the command line, then runs a command or starts the editor.

use std::process::ExitCode;

use ecomap::cli::{self, Action};

// Loading a big map allocates millions of small strings; mimalloc does that about twice as
// fast as the system allocator (measured in benches/analysis.rs).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Warnings on stderr, the libraries' counted and said once at the end; RUST_LOG=debug (or
    // a module's name) tells more.
    cli::init_logging();
    let code = match cli::run() {
        Action::Done(code) => code,
        Action::Editor { file, lang } => ecomap::app::run(file, lang),
    };
    cli::log_summary();
    code
}
