//! The `ecomap` binary: parses the command line, then runs a command or starts the editor.
// A windowed program on Windows: no console window beside the editor when it is started from
// Explorer. Commands write to the console of the shell they are run from (`platform`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::process::ExitCode;

use ecomap::cli::{self, Action};

// Loading a big map allocates millions of small strings; mimalloc does that about twice as
// fast as the system allocator (measured in benches/analysis.rs).
#[cfg(not(target_os = "macos"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    ecomap::platform::attach_parent_console();
    // Warnings on stderr, the libraries' counted and said once at the end; RUST_LOG=debug (or
    // a module's name) tells more.
    cli::init_logging();
    let code = match cli::run() {
        Action::Done(code) => code,
        Action::Editor {
            file,
            lang,
            renderer,
        } => ecomap::app::run(file.as_deref(), lang, renderer),
    };
    cli::log_summary();
    code
}
