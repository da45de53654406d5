//! Quiet by default: the program's own warnings on stderr, each as it comes; those of the
//! libraries it draws with (usvg, tiny-skia) counted and said once, at the end, in one line
//! (a name of one letter and 2,000 accents gave 400 lines of "no fonts with a … character").
//! With `RUST_LOG` set, everything as `env_logger` shows it.

use std::collections::BTreeMap;
use std::sync::Mutex;

struct Quiet {
    inner: env_logger::Logger,
    /// Warnings of the drawing libraries, by crate.
    counted: Mutex<BTreeMap<String, usize>>,
}

static QUIET: std::sync::OnceLock<&'static Quiet> = std::sync::OnceLock::new();

impl log::Log for Quiet {
    fn enabled(&self, metadata: &log::Metadata) -> bool {
        self.inner.enabled(metadata)
    }

    fn log(&self, record: &log::Record) {
        if !self.inner.enabled(record.metadata()) {
            return;
        }
        // Only the drawing libraries' warnings are counted (one per glyph or dash); anything
        // else, and every error, is shown as it comes.
        let crate_name = record.target().split("::").next().unwrap_or("");
        let drawing = matches!(crate_name, "usvg" | "resvg" | "tiny_skia" | "fontdb");
        if !drawing || record.level() <= log::Level::Error {
            self.inner.log(record);
            return;
        }
        let mut counted = self
            .counted
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *counted.entry(crate_name.to_owned()).or_default() += 1;
    }

    fn flush(&self) {
        self.inner.flush();
    }
}

/// Set up logging: `RUST_LOG` when given (everything it asks for), else warnings, the
/// libraries' counted (see [`summary`]).
pub fn init() {
    if std::env::var_os("RUST_LOG").is_some() {
        env_logger::Builder::from_default_env().init();
        return;
    }
    let inner = env_logger::Builder::new()
        .filter_level(log::LevelFilter::Warn)
        .build();
    let quiet: &'static Quiet = Box::leak(Box::new(Quiet {
        inner,
        counted: Mutex::new(BTreeMap::new()),
    }));
    if log::set_logger(quiet).is_ok() {
        log::set_max_level(log::LevelFilter::Warn);
        let _ = QUIET.set(quiet);
    }
}

/// The libraries' warnings counted so far, in one line ("12 from usvg, 3 from `tiny_skia`"), or
/// `None`; the count starts again.
pub fn take_summary() -> Option<String> {
    let quiet = QUIET.get()?;
    let counted = std::mem::take(
        &mut *quiet
            .counted
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
    );
    (!counted.is_empty()).then(|| {
        counted
            .iter()
            .map(|(k, n)| format!("{n} from {k}"))
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// Say the libraries' warnings, if any, in one line on stderr.
pub fn summary() {
    if let Some(line) = take_summary() {
        super::say(&format!(
            "library warnings: {line} (RUST_LOG=warn shows each)"
        ));
    }
}
