//! Report export: the map as SVG, rasterised to PNG on the CPU (resvg / tiny-skia) with an
//! embedded font, or put on a PDF page (svg2pdf). No egui, no display. Drawn from the same [`Scene`] and [`style`] as the canvas.
//!
//! [`Scene`]: crate::scene::Scene
//! [`style`]: crate::style

pub mod graphs;
pub mod pack;
mod pdf_out;
mod png_out;
pub mod sheets;
mod svg;

use std::path::{Path, PathBuf};

use crate::lang::Lang;
use crate::model::Map;

pub use pdf_out::{MARGIN_MM, Paper};
pub use svg::{Crowding, Rendered, render_svg};

/// The resolution a PDF's drawing is laid out at (a PDF is vectors: this only sets the
/// proportions of lines and text to the page, as a PNG of that resolution would have them).
pub const PDF_DPI: f64 = 150.0;

/// The largest image side we write, in pixels.
pub const MAX_SIDE: u32 = 16_384;
pub const MAX_DPI: f64 = 2_400.0;
/// Below this a page of 180 mm is a thumbnail of a few dozen pixels.
pub const MIN_DPI: f64 = 10.0;

#[derive(Debug, Clone, PartialEq)]
pub struct ExportOptions {
    pub dpi: f64,
    /// Width of the image on paper (180 mm: the text width of an A4 report).
    pub width_mm: f64,
    /// Draw the analysis highlights as the canvas does.
    pub findings: bool,
    pub transparent: bool,
    pub lang: Lang,
    /// Printed under the title, e.g. `2026-11-25`.
    pub date: String,
    /// A comparison's marks (the map is then `scene::compare::overlay`'s): ghosts of what
    /// left, marks on what came or changed, and their legend items.
    pub marks: crate::scene::Marks,
    /// The room's votes per finding (`analysis::finding_key`), while a session runs: the
    /// report's summary puts the most voted first.
    pub votes: std::collections::BTreeMap<String, usize>,
    /// A PDF's page (landscape).
    pub paper: Paper,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            dpi: 300.0,
            width_mm: 180.0,
            findings: true,
            transparent: false,
            lang: Lang::En,
            date: today(),
            marks: crate::scene::Marks::default(),
            votes: std::collections::BTreeMap::new(),
            paper: Paper::A4,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Png,
    Svg,
    Pdf,
}

impl Format {
    /// From the output file's extension.
    pub fn from_path(path: &Path) -> Result<Format, ExportError> {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "png" => Ok(Format::Png),
            "svg" => Ok(Format::Svg),
            "pdf" => Ok(Format::Pdf),
            _ => Err(ExportError::UnknownExtension(path.to_owned())),
        }
    }
}

#[derive(Debug)]
pub enum ExportError {
    UnknownExtension(PathBuf),
    InvalidDpi(f64),
    InvalidWidth(f64),
    TooLarge {
        width: u64,
        height: u64,
    },
    Render(String),
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The report pack's folder exists and holds files.
    FolderNotEmpty(PathBuf),
    /// A scenario that is not there (or another refusal of the map).
    Map(crate::model::ModelError),
}

impl ExportError {
    /// What went wrong, for the person in the editor, in their language: without the command
    /// line's flags, pointing at the export window's fields instead.
    pub fn user_message(&self, lang: Lang) -> String {
        self.phrased(lang, false)
    }

    /// What went wrong, on the command line (naming its flags), in `lang`.
    pub fn cli_message(&self, lang: Lang) -> String {
        self.phrased(lang, true)
    }

    /// The message on the command line (`cli`: naming its flags) or in the editor.
    fn phrased(&self, lang: Lang, cli: bool) -> String {
        use crate::model::shown_max;
        let t = lang;
        let (min, max, side) = (MIN_DPI, MAX_DPI, MAX_SIDE);
        match self {
            ExportError::UnknownExtension(p) => crate::tr!(
                t,
                "export-unknown-format",
                path = shown_max(&p.to_string_lossy(), 240)
            ),
            ExportError::InvalidDpi(v) if cli => {
                crate::tr!(
                    t,
                    "cli-bad-dpi",
                    min = min,
                    max = max,
                    value = v.to_string()
                )
            }
            ExportError::InvalidDpi(v) => {
                crate::tr!(
                    t,
                    "export-bad-dpi",
                    min = min,
                    max = max,
                    value = v.to_string()
                )
            }
            ExportError::InvalidWidth(v) if cli => {
                crate::tr!(t, "cli-bad-width", value = v.to_string())
            }
            ExportError::InvalidWidth(v) => {
                crate::tr!(t, "export-bad-width", value = v.to_string())
            }
            ExportError::TooLarge { width, height } if cli => crate::tr!(
                t,
                "cli-too-large",
                width = width,
                height = height,
                max = side
            ),
            ExportError::TooLarge { width, height } => {
                let size = if *height > 0 {
                    format!("{width} × {height}")
                } else {
                    width.to_string()
                };
                crate::tr!(t, "export-too-large", size = &size, max = side)
            }
            ExportError::Render(why) => crate::tr!(t, "export-render", why = why),
            ExportError::Write { path, source } => crate::tr!(
                t,
                "export-write",
                path = shown_max(&path.to_string_lossy(), 240),
                source = source.to_string()
            ),
            ExportError::FolderNotEmpty(path) => crate::tr!(
                t,
                "export-folder-not-empty",
                path = shown_max(&path.to_string_lossy(), 240)
            ),
            ExportError::Map(e) => e.user_message(lang),
        }
    }
}

/// The command line's message, in English, naming its flags.
impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.phrased(Lang::En, true))
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ExportError::Write { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl ExportOptions {
    /// Check the options before any work.
    pub fn validate(&self) -> Result<(), ExportError> {
        if !(self.dpi.is_finite() && self.dpi >= MIN_DPI && self.dpi <= MAX_DPI) {
            return Err(ExportError::InvalidDpi(self.dpi));
        }
        if !(self.width_mm.is_finite() && self.width_mm >= 10.0) {
            return Err(ExportError::InvalidWidth(self.width_mm));
        }
        let width = self.width_px();
        if width > u64::from(MAX_SIDE) {
            return Err(ExportError::TooLarge { width, height: 0 });
        }
        Ok(())
    }

    /// Image width in pixels: 180 mm at 300 dpi is 2126.
    pub fn width_px(&self) -> u64 {
        (self.width_mm / 25.4 * self.dpi).round().max(1.0) as u64
    }

    /// Pixels per typographic point.
    pub fn px_per_pt(&self) -> f32 {
        (self.dpi / 72.0) as f32
    }
}

/// The image bytes in the given format.
pub fn render(map: &Map, format: Format, opts: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    render_with_crowding(map, format, opts).map(|(bytes, _)| bytes)
}

fn render_with_crowding(
    map: &Map,
    format: Format,
    opts: &ExportOptions,
) -> Result<(Vec<u8>, Crowding), ExportError> {
    opts.validate()?;
    let rendered = render_svg(map, opts)?;
    let crowding = rendered.crowding;
    let bytes = match format {
        Format::Svg => rendered.svg.into_bytes(),
        Format::Png => png_out::rasterise(&rendered, opts)?,
        Format::Pdf => pdf_out::pdf(&rendered, opts, opts.paper)?,
    };
    Ok((bytes, crowding))
}

/// The narrowest page `--width-mm auto` tries: an A4 report's text width.
pub const AUTO_MIN_MM: f64 = 180.0;
/// The widest: A0.
pub const AUTO_MAX_MM: f64 = 841.0;

/// The smallest width, in 10 mm steps from [`AUTO_MIN_MM`] up to [`AUTO_MAX_MM`] (and no wider
/// than the pixel limit allows at this resolution), at which no cards overlap with names at
/// least 9 pt. A map crowded even at the widest gets the widest.
pub fn auto_width(map: &Map, opts: &ExportOptions) -> Result<f64, ExportError> {
    let overlaps = |w: f64| -> Result<bool, ExportError> {
        let o = ExportOptions {
            width_mm: w,
            ..opts.clone()
        };
        o.validate()?;
        // Only the cards matter here: relations are routed once, at the width chosen.
        Ok(svg::render_svg_with(map, &o, false)?
            .crowding
            .overlapping_pairs
            > 0)
    };
    let widest_px = f64::from(MAX_SIDE) / opts.dpi.max(1e-6) * 25.4;
    let max = ((AUTO_MAX_MM.min(widest_px) / 10.0).floor() * 10.0).max(AUTO_MIN_MM);
    if !overlaps(AUTO_MIN_MM)? {
        return Ok(AUTO_MIN_MM);
    }
    if overlaps(max)? {
        return Ok(max);
    }
    // Overlapping at `lo`, clear at `hi`: halve the steps between them.
    let (mut lo, mut hi) = (AUTO_MIN_MM, max);
    while hi - lo > 10.0 {
        let mid = lo + ((hi - lo) / 20.0).floor() * 10.0;
        if overlaps(mid)? {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Ok(hi)
}

/// The width for an export where the user chose none: the report width (180 mm) when the
/// map fits it with names of 9 pt and no card over another, else the automatic width. Says
/// whether it widened.
pub fn default_width(map: &Map, opts: &ExportOptions) -> Result<(f64, bool), ExportError> {
    let at = ExportOptions {
        width_mm: AUTO_MIN_MM,
        ..opts.clone()
    };
    at.validate()?;
    let crowding = render_svg(map, &at)?.crowding;
    if crowding.overlapping_pairs == 0 || crowding.moved_apart {
        return Ok((AUTO_MIN_MM, false));
    }
    // So crowded that even the widest page would not hold the cards apart (thousands of
    // stakeholders): widening only makes a huge image of the same pile.
    if crowding
        .suggested_width_mm
        .is_some_and(|w| w > AUTO_MAX_MM * 1.5)
    {
        return Ok((AUTO_MIN_MM, false));
    }
    Ok((auto_width(map, opts)?, true))
}

/// Write the map as data, by the extension of `path`: `.xlsx`, `.csv` (a spreadsheet),
/// `.gexf`, `.graphml` (a graph file); whole or not at all. The error in the reader's words.
pub fn write_data(map: &Map, path: &Path, lang: Lang) -> Result<(), String> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let bytes = match ext.as_str() {
        "xlsx" => {
            let analysis = crate::analysis::analyze(map);
            sheets::workbook(map, &analysis, lang).map_err(|e| e.to_string())?
        }
        "csv" => sheets::csv(map, lang).map_err(|e| e.to_string())?,
        "gexf" => graphs::gexf(map).into_bytes(),
        "graphml" => graphs::graphml(map).into_bytes(),
        _ => return Err(ExportError::UnknownExtension(path.to_owned()).user_message(lang)),
    };
    crate::io::write_atomic(path, &bytes).map_err(|e| e.to_string())
}

/// Whether `path` is a data export ([`write_data`]) rather than an image.
pub fn is_data(path: &Path) -> bool {
    path.extension().is_some_and(|e| {
        ["xlsx", "csv", "gexf", "graphml"]
            .iter()
            .any(|d| e.eq_ignore_ascii_case(d))
    })
}

/// Render and write atomically; on any error nothing is written at `path`. Says how crowded
/// the result is, so the caller can suggest a wider image.
pub fn export(map: &Map, path: &Path, opts: &ExportOptions) -> Result<Crowding, ExportError> {
    let format = Format::from_path(path)?;
    let (bytes, crowding) = render_with_crowding(map, format, opts)?;
    crate::io::write_atomic(path, &bytes).map_err(|source| ExportError::Write {
        path: path.to_owned(),
        source,
    })?;
    Ok(crowding)
}

impl Crowding {
    /// A hint for the user, when cards had to be moved apart. `cli`: name the command-line
    /// options; otherwise the export window's. `auto`: the width was already chosen
    /// automatically (so only a wider one can help).
    pub fn hint(&self, lang: crate::lang::Lang, cli: bool, auto: bool) -> Option<String> {
        if self.overlapping_pairs == 0 {
            return None;
        }
        let t = lang;
        let width = self.suggested_width_mm.map(|w| {
            let w = format!("{w:.0}");
            match (cli, auto) {
                (true, false) => crate::tr!(t, "crowd-try-cli", w = w),
                (true, true) => crate::tr!(t, "crowd-apart-cli", w = w),
                (false, false) => crate::tr!(t, "crowd-try-app", w = w),
                (false, true) => crate::tr!(t, "crowd-apart-app", w = w),
            }
        });
        let width = width.unwrap_or_default();
        // Counting stops at 100,000 (written as the language writes thousands).
        let n = if self.overlapping_pairs >= 100_000 {
            crate::i18n::arg(format!("{}+", crate::i18n::thousands(100_000, lang)))
        } else {
            crate::i18n::arg(self.overlapping_pairs)
        };
        Some(if self.moved_apart {
            crate::tr!(t, "crowd-moved", n = n, width = width)
        } else {
            crate::tr!(t, "crowd-overlap", n = n, width = width)
        })
    }
}

/// Today's date (UTC) as `YYYY-MM-DD`, without a date library.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date(secs / 86_400)
}

/// Days since 1970-01-01 to a calendar date (Howard Hinnant's algorithm).
fn civil_date(days: u64) -> String {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_editor_is_not_told_about_command_line_flags() {
        let errors = [
            ExportError::UnknownExtension("k.gif".into()),
            ExportError::InvalidDpi(5.0),
            ExportError::InvalidWidth(2.0),
            ExportError::TooLarge {
                width: 40_000,
                height: 0,
            },
            ExportError::Render("r".into()),
            ExportError::Write {
                path: "k.png".into(),
                source: std::io::Error::other("vol"),
            },
        ];
        for e in &errors {
            let (nl, en) = (e.user_message(Lang::Nl), e.user_message(Lang::En));
            assert!(!nl.contains("--") && !en.contains("--"), "{nl} / {en}");
            assert!(!nl.is_empty() && nl != en);
        }
        // The command line's own message keeps its flags.
        assert!(errors[3].to_string().contains("--dpi"));
    }

    use super::*;

    #[test]
    fn dates_and_sizes() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(20_417), "2025-11-25");
        assert_eq!(ExportOptions::default().width_px(), 2126);
        let bad = ExportOptions {
            dpi: 0.0,
            ..ExportOptions::default()
        };
        assert!(matches!(bad.validate(), Err(ExportError::InvalidDpi(_))));
        let huge = ExportOptions {
            dpi: 2400.0,
            width_mm: 1000.0,
            ..ExportOptions::default()
        };
        assert!(matches!(huge.validate(), Err(ExportError::TooLarge { .. })));
        assert!(Format::from_path(Path::new("a.PNG")).is_ok());
        assert!(Format::from_path(Path::new("a.jpg")).is_err());
    }
}
