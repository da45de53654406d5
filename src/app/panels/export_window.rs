//! The export window: an image (PNG, SVG, a PDF page) with its size and options, or the map's
//! data (Excel, CSV, GEXF, GraphML). It asks for a file name; the export itself runs off the UI
//! thread, and its state is kept here.

use std::path::PathBuf;

use egui::Ui;

use crate::app::panels::Seen;
use crate::app::request::{FileRequest, Request};
use crate::app::work::{self, Work};
use crate::app::{files, text};
use crate::lang::Lang;
use crate::model::Map;

/// Where the image went and a crowding hint, or the error.
pub type ExportResult = Result<(PathBuf, Option<String>), String>;

/// What the export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutFormat {
    Png,
    Svg,
    Pdf,
    Xlsx,
    Csv,
    Gexf,
    GraphMl,
}

impl OutFormat {
    pub const IMAGES: [OutFormat; 3] = [OutFormat::Png, OutFormat::Svg, OutFormat::Pdf];
    pub const DATA: [OutFormat; 4] = [
        OutFormat::Xlsx,
        OutFormat::Csv,
        OutFormat::Gexf,
        OutFormat::GraphMl,
    ];

    pub fn extension(self) -> &'static str {
        match self {
            OutFormat::Png => "png",
            OutFormat::Svg => "svg",
            OutFormat::Pdf => "pdf",
            OutFormat::Xlsx => "xlsx",
            OutFormat::Csv => "csv",
            OutFormat::Gexf => "gexf",
            OutFormat::GraphMl => "graphml",
        }
    }

    /// Its name on the button.
    pub fn name(self) -> &'static str {
        match self {
            OutFormat::Png => "PNG",
            OutFormat::Svg => "SVG",
            OutFormat::Pdf => "PDF",
            OutFormat::Xlsx => "Excel",
            OutFormat::Csv => "CSV",
            OutFormat::Gexf => "GEXF (Gephi)",
            OutFormat::GraphMl => "GraphML (yEd)",
        }
    }

    fn is_data(self) -> bool {
        OutFormat::DATA.contains(&self)
    }
}

/// The export window's options (kept for the session) and a running export.
#[allow(clippy::struct_excessive_bools)] // Independent options of a dialog.
pub struct ExportState {
    pub window: bool,
    pub format: OutFormat,
    /// A PDF's page.
    pub paper: crate::export::Paper,
    pub dpi: f64,
    pub width_mm: f64,
    /// Choose the width: the smallest from 180 mm at which no cards overlap.
    pub auto_width: bool,
    pub findings: bool,
    pub transparent: bool,
    running: Option<Work<ExportResult>>,
}

impl ExportState {
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// The file an export to `path` writes: `path`, with the chosen format's extension added
    /// where it has none ecomap writes.
    pub fn target(&self, path: PathBuf) -> PathBuf {
        if crate::export::Format::from_path(&path).is_ok() || crate::export::is_data(&path) {
            path
        } else {
            let mut name = path.into_os_string();
            name.push(".");
            name.push(self.format.extension());
            PathBuf::from(name)
        }
    }

    /// Export `map` to `path` (the extension of the chosen format added where it has none)
    /// with these options, on a worker thread; `ctx` is woken when it is done.
    pub fn start(
        &mut self,
        map: Map,
        marks: crate::scene::Marks,
        path: PathBuf,
        lang: Lang,
        ctx: Option<egui::Context>,
    ) {
        let path = self.target(path);
        let pdf = matches!(
            crate::export::Format::from_path(&path),
            Ok(crate::export::Format::Pdf)
        );
        let mut opts = crate::export::ExportOptions {
            // A PDF is vectors: its drawing's pixel size only sets the proportions.
            dpi: if pdf {
                crate::export::PDF_DPI
            } else {
                self.dpi
            },
            // A PDF's drawing fills its page (less the margins).
            width_mm: if pdf {
                self.paper.drawing_width_mm()
            } else {
                self.width_mm
            },
            paper: self.paper,
            findings: self.findings,
            transparent: self.transparent,
            lang,
            date: crate::export::today(),
            marks,
            ..crate::export::ExportOptions::default()
        };
        let auto = self.auto_width && !pdf;
        self.running = Some(work::spawn("export", ctx, move || {
            if crate::export::is_data(&path) {
                return crate::export::write_data(&map, &path, lang).map(|()| (path, None));
            }
            let chosen = if auto {
                let w = crate::export::auto_width(&map, &opts)
                    .map_err(|e| e.user_message(opts.lang))?;
                opts.width_mm = w;
                Some(format!("{} {w:.0} mm", text::WIDTH_CHOSEN.get(opts.lang)))
            } else {
                None
            };
            crate::export::export(&map, &path, &opts)
                .map(|crowding| {
                    let hint = match (chosen.clone(), crowding.hint(opts.lang, false, auto)) {
                        (Some(c), Some(h)) => Some(format!("{c}; {h}")),
                        (c, h) => c.or(h),
                    };
                    (path, hint)
                })
                .map_err(|e| e.user_message(opts.lang))
        }));
    }

    /// How the export went, once it is done (never blocks).
    pub fn poll(&mut self, lang: Lang) -> Option<ExportResult> {
        let answer = work::take_ready(&mut self.running)?;
        Some(answer.unwrap_or_else(|_| Err(text::EXPORT_STOPPED.get(lang).to_owned())))
    }

    /// Wait for the export (tests).
    pub fn wait(&mut self, lang: Lang) -> Option<ExportResult> {
        let answer = work::wait(&mut self.running)?;
        Some(answer.unwrap_or_else(|_| Err(text::EXPORT_STOPPED.get(lang).to_owned())))
    }

    /// The window, while it is open.
    pub fn ui(&mut self, ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
        let (Some(doc), true) = (seen.doc, self.window) else {
            return;
        };
        let lang = seen.lang;
        let mut open = true;
        let mut go = false;
        let busy = self.is_running();
        egui::Window::new(text::EXPORT.get(lang))
            .open(&mut open)
            .collapsible(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ui.ctx(), |ui| {
                ui.horizontal(|ui| {
                    ui.label(text::EXPORT_IMAGE.get(lang));
                    for f in OutFormat::IMAGES {
                        ui.radio_value(&mut self.format, f, f.name());
                    }
                });
                ui.horizontal(|ui| {
                    ui.label(text::EXPORT_DATA.get(lang));
                    for f in OutFormat::DATA {
                        ui.radio_value(&mut self.format, f, f.name());
                    }
                });
                ui.separator();
                let image = !self.format.is_data();
                let pdf = self.format == OutFormat::Pdf;
                if pdf {
                    ui.horizontal(|ui| {
                        ui.label(text::EXPORT_PAGE.get(lang));
                        ui.radio_value(&mut self.paper, crate::export::Paper::A4, "A4");
                        ui.radio_value(&mut self.paper, crate::export::Paper::A3, "A3");
                    });
                }
                if !image {
                    ui.label(text::EXPORT_DATA_HINT.get(lang));
                }
                ui.add_enabled_ui(image, |ui| {
                    egui::Grid::new("export-grid").show(ui, |ui| {
                        ui.label(text::WIDTH_MM.get(lang));
                        ui.add_enabled(
                            !self.auto_width && !pdf,
                            egui::DragValue::new(&mut self.width_mm)
                                .range(20.0..=1000.0)
                                .speed(1.0),
                        );
                        ui.end_row();
                        ui.label("");
                        ui.add_enabled_ui(!pdf, |ui| {
                            ui.checkbox(&mut self.auto_width, text::AUTO_WIDTH.get(lang));
                        });
                        ui.end_row();
                        ui.label("dpi");
                        ui.add_enabled(
                            self.format == OutFormat::Png,
                            egui::DragValue::new(&mut self.dpi)
                                .range(36.0..=1200.0)
                                .speed(1.0),
                        );
                        ui.end_row();
                    });
                    ui.checkbox(&mut self.findings, text::SHOW_THE_ANALYSIS.get(lang));
                    ui.add_enabled_ui(!pdf, |ui| {
                        ui.checkbox(
                            &mut self.transparent,
                            text::TRANSPARENT_BACKGROUND.get(lang),
                        );
                    });
                });
                if ui
                    .add_enabled(!busy, egui::Button::new(text::SAVE_AS.get(lang)))
                    .clicked()
                {
                    go = true;
                }
            });
        if go {
            let ext = self.format.extension();
            let name = files::suggested_file_name(&doc.map().title)
                .replace(".ecomap.json", &format!(".{ext}"));
            out.push(Request::File(FileRequest::ExportTo(name)));
            self.window = false;
        }
        if !open {
            self.window = false;
        }
    }
}

impl Default for ExportState {
    fn default() -> Self {
        let d = crate::export::ExportOptions::default();
        ExportState {
            window: false,
            format: OutFormat::Png,
            paper: d.paper,
            dpi: d.dpi,
            width_mm: d.width_mm,
            auto_width: false,
            findings: d.findings,
            transparent: d.transparent,
            running: None,
        }
    }
}
