//! The command line: `ecomap [FILE]`, `ecomap analyze`, `ecomap check`, `ecomap export`,
//! `ecomap compare`, `ecomap report`.

mod compare;
mod quiet;
mod report;

pub use quiet::{init as init_logging, summary as log_summary};

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::lang::Lang;

/// Draw and understand stakeholder ecosystem maps.
#[derive(Debug, Parser)]
#[command(name = "ecomap", version, disable_version_flag = true)]
pub struct Cli {
    /// A map to open in the editor (`.ecomap.json`).
    pub file: Option<PathBuf>,
    /// Language: nl or en (default: Dutch when LANG starts with nl, else English).
    #[arg(long, global = true, value_name = "nl|en")]
    pub lang: Option<Lang>,
    /// How the editor draws: auto (OpenGL, else wgpu), glow or wgpu. Also `ECOMAP_RENDERER`.
    #[arg(long, value_name = "auto|glow|wgpu")]
    pub renderer: Option<crate::app::renderer::Choice>,
    /// Print the version (with --verbose: the build and how the editor draws).
    #[arg(short = 'V', long)]
    pub version: bool,
    /// With --version: more.
    #[arg(long)]
    pub verbose: bool,
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
        /// The scenario to analyse (default: the map's first).
        #[arg(long)]
        scenario: Option<String>,
    },
    /// Compare two scenarios of a map: stakeholders and relations that came, left or changed,
    /// and the findings resolved, new and remaining.
    Compare {
        file: PathBuf,
        /// The scenario compared from (default: the first).
        #[arg(long)]
        from: Option<String>,
        /// The scenario compared to (default: the second).
        #[arg(long)]
        to: Option<String>,
        /// One JSON object (docs/compare.md) instead of a readable report.
        #[arg(long)]
        json: bool,
    },
    /// Write the report pack into a new folder: an image per scenario, the comparison image,
    /// findings and actions as Markdown and CSV, and the dependency matrix.
    Report {
        file: PathBuf,
        /// The folder to write; it must not exist, or be empty.
        #[arg(short, long)]
        output: PathBuf,
        /// Resolution of the images.
        #[arg(long, default_value_t = 200.0)]
        dpi: f64,
        /// The date printed in the report (default: today), for reproducible output.
        #[arg(long, hide = true)]
        date: Option<String>,
    },
    /// Validate a map file: exit 0, or print what is wrong and exit 2.
    Check { file: PathBuf },
    /// Make a map from a spreadsheet (.xlsx, .ods, .csv) in Kumu's layout: a sheet of elements
    /// (Label or Naam; Type, Domein, Description…) and one of connections (From/Van, To/Naar;
    /// Type, Label…); or from a network file: .gexf (Gephi) or .graphml (yEd, networkx).
    Import {
        file: PathBuf,
        /// The map to write (`.ecomap.json`); it must not exist yet.
        #[arg(short, long)]
        output: PathBuf,
        /// Types mapped to kinds: `Zorg=care_provider,Financiering=dependency`.
        #[arg(long, value_name = "TYPE=KIND,…")]
        kinds: Option<String>,
    },
    /// Export a map (format from the extension): a print-quality image (`.png`, `.svg`), a PDF
    /// page (`.pdf`), a spreadsheet (`.xlsx`, `.csv`) or a graph file (`.gexf`, `.graphml`).
    Export {
        map: PathBuf,
        /// The file to write: `.png`, `.svg`, `.pdf`, `.xlsx`, `.csv`, `.gexf` or `.graphml`.
        #[arg(short, long)]
        output: PathBuf,
        /// Resolution of the PNG (a PDF is vectors: it does not use it).
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
        /// A PDF's page, landscape: a4 or a3.
        #[arg(long, default_value = "a4", value_parser = parse_paper)]
        paper: crate::export::Paper,
        /// The date printed under the title (default: today), for reproducible images.
        #[arg(long, hide = true)]
        date: Option<String>,
        /// The scenario to draw (default: the map's first).
        #[arg(long)]
        scenario: Option<String>,
        /// Draw the comparison from this scenario to `--scenario` (or the second): what
        /// came and was added marked, what left and was removed as ghosts.
        #[arg(long, value_name = "FROM")]
        compare_with: Option<String>,
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

fn parse_paper(text: &str) -> Result<crate::export::Paper, String> {
    crate::export::Paper::parse(text).ok_or_else(|| format!("{text:?}: a4 or a3"))
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
        /// `--renderer`, if given.
        renderer: Option<crate::app::renderer::Choice>,
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
    if cli.version {
        print_version(cli.verbose);
        return Action::Done(ExitCode::SUCCESS);
    }
    match cli.command {
        None => Action::Editor {
            file: cli.file,
            lang: explicit_lang,
            renderer: cli.renderer,
        },
        Some(Command::Analyze {
            file,
            json,
            scenario,
        }) => Action::Done(finish(analyze(&file, json, scenario.as_deref(), lang))),
        Some(Command::Compare {
            file,
            from,
            to,
            json,
        }) => Action::Done(finish(compare::run(
            &file,
            from.as_deref(),
            to.as_deref(),
            json,
            lang,
        ))),
        Some(Command::Report {
            file,
            output,
            dpi,
            date,
        }) => Action::Done(finish(report_pack(
            &file,
            &output,
            &crate::export::ExportOptions {
                dpi,
                lang,
                date: date.unwrap_or_else(crate::export::today),
                ..crate::export::ExportOptions::default()
            },
        ))),
        Some(Command::Check { file }) => Action::Done(finish(check(&file, lang))),
        Some(Command::Import {
            file,
            output,
            kinds,
        }) => Action::Done(finish(import(&file, &output, kinds.as_deref(), lang))),
        Some(Command::Export {
            map,
            output,
            dpi,
            width_mm,
            no_findings,
            transparent,
            paper,
            date,
            scenario,
            compare_with,
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
                marks: crate::scene::Marks::default(),
                votes: std::collections::BTreeMap::new(),
                paper,
            };
            Action::Done(finish(export(
                &map,
                &output,
                opts,
                width_mm,
                &Pick {
                    scenario,
                    compare_with,
                },
            )))
        }
        Some(Command::Generate {
            stakeholders,
            per,
            seed,
            hand_placed,
            output,
        }) => {
            let how = if hand_placed { None } else { Some(per) };
            Action::Done(finish(generate(stakeholders, how, seed, &output, lang)))
        }
    }
}

/// `ecomap generate`: `n` stakeholders with `per` relations each (or hand-placed, for `None`),
/// written to `output`.
fn generate(
    n: usize,
    per: Option<usize>,
    seed: u64,
    output: &Path,
    lang: Lang,
) -> Result<(), CliError> {
    let map = match per {
        Some(per) => crate::model::generated_map(n, per, seed),
        None => crate::model::hand_placed(n, seed),
    }
    .map_err(|e| {
        CliError(crate::tr!(
            lang,
            "cli-cannot-generate",
            why = e.user_message(lang)
        ))
    })?;
    crate::io::save(&map, output).map_err(|e| cannot_save(lang, output)(e.to_string()))
}

/// `--version`, and with `--verbose` the build and how the editor draws (on stdout).
fn print_version(verbose: bool) {
    use crate::app::renderer;
    use std::io::Write as _;
    let mut lines = vec![format!("ecomap {}", env!("CARGO_PKG_VERSION"))];
    if verbose {
        lines.push(format!(
            "built for: {} {}",
            std::env::consts::OS,
            std::env::consts::ARCH
        ));
        lines.push(
            "renderers: glow (OpenGL 2+), wgpu (DirectX 12 with WARP, Vulkan, Metal, OpenGL ES)"
                .to_owned(),
        );
        lines.push(format!("renderer chosen: {}", renderer::choice(None).id()));
        lines.push(format!(
            "last start drew with: {}",
            renderer::last_started().unwrap_or_else(|| "(not started yet)".to_owned())
        ));
    }
    let mut out = Terminal::stdout();
    let _ = lines
        .iter()
        .try_for_each(|l| writeln!(out, "{l}"))
        .and_then(|()| out.flush());
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

/// Standard output as the commands write it: text from a map (names, labels, scenarios)
/// cannot steer the terminal. Control characters other than line breaks and tabs, and the
/// characters that reorder text, are written as `\u{1b}` (the loader refuses them in a map's
/// names already; this is for whatever reaches the output anyway).
pub(crate) struct Terminal<W: std::io::Write>(pub W);

impl Terminal<std::io::BufWriter<std::io::StdoutLock<'static>>> {
    pub(crate) fn stdout() -> Self {
        Terminal(std::io::BufWriter::new(std::io::stdout().lock()))
    }
}

impl<W: std::io::Write> std::io::Write for Terminal<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        // What could steer a terminal or reorder what is read: C0 and C1 controls (not line
        // breaks and tabs), direction marks, overrides, embeddings and isolates.
        let escape = |c: char| {
            (c.is_control() && !matches!(c, '\n' | '\t')) || crate::model::steers_direction(c)
        };
        for chunk in buf.utf8_chunks() {
            let text = chunk.valid();
            if text.chars().any(escape) {
                let mut clean = String::with_capacity(text.len() + 16);
                for c in text.chars() {
                    if escape(c) {
                        // As JSON writes it (`\u001B`): valid in `--json` output too.
                        let _ = std::fmt::Write::write_fmt(
                            &mut clean,
                            format_args!("\\u{:04X}", u32::from(c)),
                        );
                    } else {
                        clean.push(c);
                    }
                }
                self.0.write_all(clean.as_bytes())?;
            } else {
                self.0.write_all(text.as_bytes())?;
            }
            // Bytes that are not text (a raw C1 byte among them): written out.
            for b in chunk.invalid() {
                write!(self.0, "\\x{b:02X}")?;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

/// A message on stderr, prefixed `ecomap: `. Never panics: with stderr closed there is no one
/// to tell (`eprintln!` would panic).
fn say(msg: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr().lock(), "ecomap: {msg}");
}

fn load(file: &Path, lang: Lang) -> Result<crate::model::Map, CliError> {
    crate::io::load(file)
        .map_err(|e| CliError(format!("{}: {}", shown_path(file), e.user_message(lang))))
}

/// An export's error in the command line's words (naming its flags), in `lang`.
fn export_error(lang: Lang) -> impl Fn(crate::export::ExportError) -> CliError {
    move |e| CliError(e.cli_message(lang))
}

/// Writing to the terminal failed (other than a closed pipe).
/// "Cannot write PATH: why", for a file the command makes.
fn cannot_save(lang: Lang, output: &Path) -> impl Fn(String) -> CliError + '_ {
    move |why| {
        CliError(crate::tr!(
            lang,
            "cli-cannot-save",
            path = shown_path(output),
            why = why
        ))
    }
}

fn cannot_write(lang: Lang) -> impl Fn(std::io::Error) -> CliError {
    move |e| {
        CliError(crate::tr!(
            lang,
            "cli-cannot-write-output",
            why = e.to_string()
        ))
    }
}

/// The scenario `name` of `map` alone (the first when `None`), or a message naming the
/// scenarios there are.
fn pick(
    map: &crate::model::Map,
    name: Option<&str>,
    lang: Lang,
) -> Result<crate::model::Map, CliError> {
    let names: Vec<&str> = map.scenario_names().iter().map(|n| n.as_str()).collect();
    let name = name.unwrap_or(names[0]);
    map.scenario_map(name).map_err(|_| {
        let list = names
            .iter()
            .map(|n| format!("{n:?}"))
            .collect::<Vec<_>>()
            .join(", ");
        CliError(crate::tr!(
            lang,
            "cli-no-scenario",
            name = format!("{name:?}"),
            list = list
        ))
    })
}

fn analyze(file: &Path, json: bool, scenario: Option<&str>, lang: Lang) -> Result<(), CliError> {
    let whole = load(file, lang)?;
    let map = pick(&whole, scenario, lang)?;
    let analysis = crate::analysis::analyze(&map);
    let mut out = Terminal::stdout();
    let written = if json {
        report::write_json(&mut out, &map, &analysis, whole.actions(), lang)
    } else {
        report::write_text(&mut out, &map, &analysis, whole.actions(), lang)
    };
    written
        .and_then(|()| out.flush())
        .or_else(ignore_broken_pipe)
        .map_err(cannot_write(lang))
}

/// `ecomap analyze … | head` closes the pipe early: that is not an error.
fn ignore_broken_pipe(e: std::io::Error) -> std::io::Result<()> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(e)
    }
}

/// Which scenario `export` draws, or which comparison.
struct Pick {
    scenario: Option<String>,
    compare_with: Option<String>,
}

fn export(
    map: &Path,
    output: &Path,
    mut opts: crate::export::ExportOptions,
    width: Option<Width>,
    which: &Pick,
) -> Result<(), CliError> {
    // Check what can be checked before loading: nothing is written on any error.
    let lang = opts.lang;
    let ext = output
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if matches!(ext.as_str(), "xlsx" | "csv" | "gexf" | "graphml") {
        return export_data(map, output, which, lang);
    }
    let format = crate::export::Format::from_path(output).map_err(export_error(lang))?;
    // A PDF's drawing is as wide as its page less the margins (unless a width was asked for:
    // then it is scaled to fit the page).
    let pdf = format == crate::export::Format::Pdf;
    if pdf && width.is_none() {
        opts.width_mm = opts.paper.drawing_width_mm();
    }
    if pdf {
        opts.dpi = crate::export::PDF_DPI;
    }
    opts.validate().map_err(export_error(lang))?;
    let whole = load(map, lang)?;
    let names: Vec<&str> = whole.scenario_names().iter().map(|n| n.as_str()).collect();
    let m = if let Some(from) = &which.compare_with {
        let to = which
            .scenario
            .clone()
            .or_else(|| names.get(1).map(|s| (*s).to_owned()))
            .ok_or_else(|| CliError(compare::one_scenario(&whole, lang)))?;
        pick(&whole, Some(from), lang)?;
        pick(&whole, Some(&to), lang)?;
        let (m, marks, _) = crate::export::pack::comparison_image_map(&whole, from, &to, lang)
            .map_err(export_error(lang))?;
        opts.marks = marks;
        m
    } else {
        let name = which.scenario.as_deref().unwrap_or(names[0]);
        pick(&whole, Some(name), lang)?;
        crate::export::pack::scenario_image_map(&whole, name).map_err(export_error(lang))?
    };
    let chosen = match width {
        Some(Width::Mm(_)) => None,
        Some(Width::Auto) => {
            Some(crate::export::auto_width(&m, &opts).map_err(export_error(lang))?)
        }
        None if pdf => None,
        None => match crate::export::default_width(&m, &opts) {
            Ok((w, true)) => Some(w),
            Ok((_, false)) => None,
            Err(e) => return Err(export_error(lang)(e)),
        },
    };
    if let Some(w) = chosen {
        opts.width_mm = w;
        say(&format!(
            "{}: {}",
            shown_path(output),
            if width.is_none() {
                crate::tr!(opts.lang, "cli-too-crowded", w = format!("{w:.0}"))
            } else {
                crate::tr!(opts.lang, "width-chosen-mm", w = format!("{w:.0}"))
            }
        ));
    }
    let opts = &opts;
    let crowding = crate::export::export(&m, output, opts).map_err(export_error(lang))?;
    if pdf {
        // A page's size is the choice here, not a width.
        if crowding.overlapping_pairs > 0 {
            let n = crowding.overlapping_pairs;
            let said = if opts.paper == crate::export::Paper::A4 {
                crate::tr!(opts.lang, "crowd-pdf-a3", n = n)
            } else {
                crate::tr!(opts.lang, "crowd-pdf", n = n)
            };
            say(&format!("{}: {said}", shown_path(output)));
        }
    } else if let Some(hint) = crowding.hint(opts.lang, true, chosen.is_some()) {
        say(&format!("{}: {hint}", shown_path(output)));
    }
    Ok(())
}

/// `ecomap export MAP -o FILE.xlsx|.csv|.gexf|.graphml`: the map as a spreadsheet (Kumu's
/// layout, and the analysis in the workbook) or a graph file (Gephi, yEd, networkx).
fn export_data(map: &Path, output: &Path, which: &Pick, lang: Lang) -> Result<(), CliError> {
    let whole = load(map, lang)?;
    let names: Vec<&str> = whole.scenario_names().iter().map(|n| n.as_str()).collect();
    let m = pick(
        &whole,
        Some(which.scenario.as_deref().unwrap_or(names[0])),
        lang,
    )?;
    let written = crate::export::write_data(&m, output, lang);
    written.map_err(cannot_save(lang, output))
}

fn report_pack(
    file: &Path,
    output: &Path,
    opts: &crate::export::ExportOptions,
) -> Result<(), CliError> {
    use std::io::Write as _;
    let lang = opts.lang;
    opts.validate().map_err(export_error(lang))?;
    let map = load(file, lang)?;
    let summary = crate::export::pack::write_pack(&map, output, opts, &mut |_, _| {})
        .map_err(export_error(lang))?;
    let mut out = Terminal::stdout();
    let written = writeln!(out, "{}", shown_path(&summary.dir)).and_then(|()| {
        summary
            .files
            .iter()
            .try_for_each(|f| writeln!(out, "  {f}"))
    });
    written
        .and_then(|()| out.flush())
        .or_else(ignore_broken_pipe)
        .map_err(cannot_write(lang))
}

/// `ecomap import`: a spreadsheet to a new map; what was left out, and why, on stderr.
fn import(file: &Path, output: &Path, kinds: Option<&str>, lang: Lang) -> Result<(), CliError> {
    use crate::io::sheets;
    let said = |e: sheets::ImportError| {
        CliError(format!("{}: {}", shown_path(file), e.user_message(lang)))
    };
    let kinds = sheets::KindMapping::parse(kinds.unwrap_or("")).map_err(said)?;
    if output.exists() {
        return Err(CliError(crate::tr!(
            lang,
            "import-output-exists",
            path = shown_path(output)
        )));
    }
    let sheets = sheets::read_sheets(file).map_err(said)?;
    let imported = sheets::import(&sheets, &kinds).map_err(said)?;
    let mut map = imported.map.clone();
    map.title = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    for skipped in &imported.skipped {
        say(&skipped.user_message(lang));
    }
    if !imported.unknown_types.is_empty() {
        let types: Vec<String> = imported
            .unknown_types
            .iter()
            .map(|(t, n)| format!("{t} ({n})"))
            .collect();
        say(&crate::tr!(
            lang,
            "import-unknown-types",
            types = types.join(", ")
        ));
    }
    if imported.in_rows {
        say(&crate::tr!(
            lang,
            "import-in-rows",
            n = imported.new_stakeholders.len()
        ));
    }
    if imported.added_for_connections > 0 {
        say(&imported.added_message(lang));
    }
    crate::io::save(&map, output).map_err(|e| cannot_save(lang, output)(e.to_string()))?;
    say(&crate::tr!(
        lang,
        "import-done",
        path = shown_path(output),
        s = map.stakeholder_count(),
        r = map.relation_count(),
        file = shown_path(file)
    ));
    Ok(())
}

fn check(file: &Path, lang: Lang) -> Result<(), CliError> {
    use std::io::Write as _;
    let map = load(file, lang)?;
    let names: Vec<&str> = map.scenario_names().iter().map(|n| n.as_str()).collect();
    let scenarios = if names.len() > 1 {
        format!(
            "; {}",
            crate::tr!(lang, "cli-scenarios", names = names.join(", "))
        )
    } else {
        String::new()
    };
    // Written, not `println!`: a full disk or a closed pipe must not panic.
    let mut out = Terminal::stdout();
    // Names that look the same on a card (a zero-width space, a full-width letter): said.
    let look_alikes: String = crate::model::look_alikes(&map)
        .iter()
        .map(|(a, b)| {
            // Invisible characters written out, so the difference shows.
            let name = |id| {
                crate::model::shown(map.name_of(id))
                    .chars()
                    .map(|c| {
                        if !c.is_whitespace() && crate::model::name_key(&c.to_string()).is_empty() {
                            c.escape_unicode().to_string()
                        } else {
                            c.to_string()
                        }
                    })
                    .collect::<String>()
            };
            let line = crate::tr!(
                lang,
                "cli-look-alike",
                a = name(a),
                ida = crate::model::shown(a.as_str()),
                b = name(b),
                idb = crate::model::shown(b.as_str())
            );
            ["\n".to_owned(), line].concat()
        })
        .collect();
    writeln!(
        out,
        "{}: {}{}{look_alikes}",
        shown_path(file),
        crate::tr!(
            lang,
            "cli-valid-map",
            s = map.stakeholder_count(),
            r = map.relation_count()
        ),
        scenarios,
    )
    .and_then(|()| out.flush())
    .or_else(ignore_broken_pipe)
    .map_err(|e| CliError(format!("cannot write the result: {e}")))
}

#[cfg(test)]
mod tests {
    use std::io::Write as _;

    #[test]
    fn what_would_steer_a_terminal_is_written_escaped() {
        let mut out = super::Terminal(Vec::new());
        write!(
            out,
            "Gemeente\u{1b}]0;pwned\u{7}\u{1b}[2J \u{9b}2J Wijk\u{202e}team\n\tok"
        )
        .unwrap();
        let text = String::from_utf8(out.0).unwrap();
        assert_eq!(
            text,
            "Gemeente\\u001B]0;pwned\\u0007\\u001B[2J \\u009B2J Wijk\\u202Eteam\n\tok"
        );
        let mut out = super::Terminal(Vec::new());
        out.write_all(b"a\x1b[2J\xff\x9b\n").unwrap();
        assert_eq!(out.0, b"a\\u001B[2J\\xFF\\x9B\n");
    }
}
