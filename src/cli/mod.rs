//! The command line: `ecomap [FILE]`, `ecomap analyze`, `ecomap check`, `ecomap export`.

mod report;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::lang::Lang;

/// Draw and understand stakeholder ecosystem maps.
#[derive(Debug, Parser)]
#[command(name = "ecomap", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// A map to open in the editor (`.ecomap.json`).
    pub file: Option<PathBuf>,
    /// Language: nl or en (default: Dutch when LANG starts with nl, else English).
    #[arg(long, global = true, value_name = "nl|en")]
    pub lang: Option<Lang>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print where partners depend on each other and where integration is missing.
    Analyze {
        file: PathBuf,
        /// One JSON object instead of a readable report.
        #[arg(long)]
        json: bool,
    },
    /// Validate a map file: exit 0, or print what is wrong and exit 2.
    Check { file: PathBuf },
    /// Export a map as a print-quality PNG or SVG (format from the extension).
    Export {
        map: PathBuf,
        /// The image to write: `.png` or `.svg`.
        #[arg(short, long)]
        output: PathBuf,
        /// Resolution of the PNG.
        #[arg(long, default_value_t = 300.0)]
        dpi: f64,
        /// Width on paper in millimetres, or `auto`: the smallest width from 180 up to 841 (A0)
        /// at which no cards overlap. Default: 180 (an A4 report's text width), or `auto` for a
        /// map too crowded for it.
        #[arg(long, value_parser = parse_width)]
        width_mm: Option<Width>,
        /// Leave out the analysis highlights.
        #[arg(long)]
        no_findings: bool,
        /// No background.
        #[arg(long)]
        transparent: bool,
        /// The date printed under the title (default: today), for reproducible images.
        #[arg(long, hide = true)]
        date: Option<String>,
    },
    /// Write a generated map (for benchmarks and trying things out).
    #[command(hide = true)]
    Generate {
        /// Number of stakeholders.
        stakeholders: usize,
        /// Relations per stakeholder.
        #[arg(long, default_value_t = 3)]
        per: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// A map as people draw one by hand (a loose grid of long Dutch names), for trying
        /// legibility; `--per` is then ignored.
        #[arg(long)]
        hand_placed: bool,
        #[arg(short, long)]
        output: PathBuf,
    },
}

/// `--width-mm`: millimetres, or `auto`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Width {
    Mm(f64),
    Auto,
}

fn parse_width(s: &str) -> Result<Width, String> {
    if s.eq_ignore_ascii_case("auto") {
        return Ok(Width::Auto);
    }
    s.parse::<f64>()
        .map(Width::Mm)
        .map_err(|_| format!("expected a number of millimetres or `auto`, not {s:?}"))
}

/// What `main` should do after parsing.
pub enum Action {
    /// Start the desktop editor, optionally on a file.
    Editor {
        file: Option<PathBuf>,
        /// Only when given with `--lang`; else the editor's remembered language.
        lang: Option<Lang>,
    },
    /// A command ran; exit with this code.
    Done(ExitCode),
}

/// Parse the command line and run any non-GUI command.
pub fn run() -> Action {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            // clap: 0 for --help/--version, 2 for usage errors.
            return Action::Done(ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2)));
        }
    };
    let explicit_lang = cli.lang;
    let lang = cli.lang.unwrap_or_else(Lang::from_env);
    match cli.command {
        None => Action::Editor {
            file: cli.file,
            lang: explicit_lang,
        },
        Some(Command::Analyze { file, json }) => Action::Done(finish(analyze(&file, json, lang))),
        Some(Command::Check { file }) => Action::Done(finish(check(&file, lang))),
        Some(Command::Export {
            map,
            output,
            dpi,
            width_mm,
            no_findings,
            transparent,
            date,
        }) => {
            let opts = crate::export::ExportOptions {
                dpi,
                width_mm: match width_mm {
                    Some(Width::Mm(w)) => w,
                    Some(Width::Auto) | None => crate::export::AUTO_MIN_MM,
                },
                findings: !no_findings,
                transparent,
                lang,
                date: date.unwrap_or_else(crate::export::today),
            };
            Action::Done(finish(export(&map, &output, opts, width_mm)))
        }
        Some(Command::Generate {
            stakeholders,
            per,
            seed,
            hand_placed,
            output,
        }) => {
            let map = if hand_placed {
                crate::model::hand_placed(stakeholders, seed)
            } else {
                crate::model::generated_map(stakeholders, per, seed)
            };
            Action::Done(finish(crate::io::save(&map, &output).map_err(|e| {
                CliError(format!("cannot write {}: {e}", shown_path(&output)))
            })))
        }
    }
}

/// An error for the user: printed once, on stderr, exit code 2.
pub struct CliError(pub String);

fn finish(result: Result<(), CliError>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError(msg)) => {
            say(&msg);
            ExitCode::from(2)
        }
    }
}

/// A path as a message shows it: control characters in a hostile file name escaped, and a
/// very long one shortened.
fn shown_path(p: &Path) -> String {
    crate::model::shown_max(&p.to_string_lossy(), 240)
}

/// A message on stderr, prefixed `ecomap: `. Never panics: with stderr closed there is no one
/// to tell (`eprintln!` would panic).
fn say(msg: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr().lock(), "ecomap: {msg}");
}

fn load(file: &Path) -> Result<crate::model::Map, CliError> {
    crate::io::load(file).map_err(|e| CliError(format!("{}: {e}", shown_path(file))))
}

fn analyze(file: &Path, json: bool, lang: Lang) -> Result<(), CliError> {
    let map = load(file)?;
    let analysis = crate::analysis::analyze(&map);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = if json {
        report::write_json(&mut out, &map, &analysis, lang)
    } else {
        report::write_text(&mut out, &map, &analysis, lang)
    };
    written
        .and_then(|()| out.flush())
        .or_else(ignore_broken_pipe)
        .map_err(|e| CliError(format!("cannot write the report: {e}")))
}

/// `ecomap analyze … | head` closes the pipe early: that is not an error.
fn ignore_broken_pipe(e: std::io::Error) -> std::io::Result<()> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(e)
    }
}

fn export(
    map: &Path,
    output: &Path,
    mut opts: crate::export::ExportOptions,
    width: Option<Width>,
) -> Result<(), CliError> {
    // Check what can be checked before loading: nothing is written on any error.
    crate::export::Format::from_path(output).map_err(|e| CliError(e.to_string()))?;
    opts.validate().map_err(|e| CliError(e.to_string()))?;
    let m = load(map)?;
    let chosen = match width {
        Some(Width::Mm(_)) => None,
        Some(Width::Auto) => {
            Some(crate::export::auto_width(&m, &opts).map_err(|e| CliError(e.to_string()))?)
        }
        None => match crate::export::default_width(&m, &opts) {
            Ok((w, true)) => Some(w),
            Ok((_, false)) => None,
            Err(e) => return Err(CliError(e.to_string())),
        },
    };
    if let Some(w) = chosen {
        opts.width_mm = w;
        say(&format!(
            "{}: {}",
            shown_path(output),
            crate::i18n::fill(
                if width.is_none() {
                    crate::i18n::texts(opts.lang).cli_too_crowded
                } else {
                    crate::i18n::texts(opts.lang).width_chosen_mm
                },
                &[("w", &format!("{w:.0}"))]
            )
        ));
    }
    let opts = &opts;
    let crowding = crate::export::export(&m, output, opts).map_err(|e| CliError(e.to_string()))?;
    if let Some(hint) = crowding.hint(opts.lang, true, chosen.is_some()) {
        say(&format!("{}: {hint}", shown_path(output)));
    }
    Ok(())
}

fn check(file: &Path, lang: Lang) -> Result<(), CliError> {
    use std::io::Write as _;
    let map = load(file)?;
    // Written, not `println!`: a full disk or a closed pipe must not panic.
    writeln!(
        std::io::stdout().lock(),
        "{}: {}",
        shown_path(file),
        crate::i18n::fill(
            crate::i18n::texts(lang).cli_valid_map,
            &[
                ("s", &map.stakeholder_count().to_string()),
                ("r", &map.relation_count().to_string()),
            ]
        ),
    )
    .or_else(ignore_broken_pipe)
    .map_err(|e| CliError(format!("cannot write the result: {e}")))
}
