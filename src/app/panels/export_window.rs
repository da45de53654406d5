//! The export window: PNG or SVG, size, options. It asks for a file name; the export itself
//! runs off the UI thread (`EcomapApp::start_export`), and its state is kept here.

use std::path::PathBuf;

use egui::Ui;

use crate::app::document::Document;
use crate::app::job::Job;
use crate::app::request::Request;
use crate::app::{files, text};
use crate::lang::Lang;

/// Where the image went and a crowding hint, or the error.
pub type ExportResult = Result<(PathBuf, Option<String>), String>;

/// The export window's options (kept for the session) and a running export.
#[allow(clippy::struct_excessive_bools)] // Independent options of a dialog.
pub struct ExportState {
    pub window: bool,
    pub svg: bool,
    pub dpi: f64,
    pub width_mm: f64,
    /// Choose the width: the smallest from 180 mm at which no cards overlap.
    pub auto_width: bool,
    pub findings: bool,
    pub transparent: bool,
    pub(in crate::app) running: Option<Job<ExportResult>>,
}

impl ExportState {
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// The window, while it is open.
    pub fn ui(&mut self, ui: &mut Ui, doc: &Document, lang: Lang, out: &mut Vec<Request>) {
        if !self.window {
            return;
        }
        let mut open = true;
        let mut go = false;
        let busy = self.is_running();
        egui::Window::new(text::EXPORT.get(lang))
            .open(&mut open)
            .collapsible(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ui.ctx(), |ui| {
                ui.horizontal(|ui| {
                    ui.radio_value(&mut self.svg, false, "PNG");
                    ui.radio_value(&mut self.svg, true, "SVG");
                });
                egui::Grid::new("export-grid").show(ui, |ui| {
                    ui.label(text::WIDTH_MM.get(lang));
                    ui.add_enabled(
                        !self.auto_width,
                        egui::DragValue::new(&mut self.width_mm)
                            .range(20.0..=1000.0)
                            .speed(1.0),
                    );
                    ui.end_row();
                    ui.label("");
                    ui.checkbox(&mut self.auto_width, text::AUTO_WIDTH.get(lang));
                    ui.end_row();
                    ui.label("dpi");
                    ui.add_enabled(
                        !self.svg,
                        egui::DragValue::new(&mut self.dpi)
                            .range(36.0..=1200.0)
                            .speed(1.0),
                    );
                    ui.end_row();
                });
                ui.checkbox(&mut self.findings, text::SHOW_THE_ANALYSIS.get(lang));
                ui.checkbox(
                    &mut self.transparent,
                    text::TRANSPARENT_BACKGROUND.get(lang),
                );
                if ui
                    .add_enabled(!busy, egui::Button::new(text::SAVE_AS.get(lang)))
                    .clicked()
                {
                    go = true;
                }
            });
        if go {
            let ext = if self.svg { "svg" } else { "png" };
            let name = files::suggested_file_name(&doc.map().title)
                .replace(".ecomap.json", &format!(".{ext}"));
            out.push(Request::ExportTo(name));
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
            svg: false,
            dpi: d.dpi,
            width_mm: d.width_mm,
            auto_width: false,
            findings: d.findings,
            transparent: d.transparent,
            running: None,
        }
    }
}
