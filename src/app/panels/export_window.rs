//! The export window: PNG or SVG, size, options; the export runs off the UI thread.
use egui::Ui;

use crate::app::text;
use crate::app::{EcomapApp, files};

impl EcomapApp {
    pub(in crate::app) fn export_window(&mut self, ui: &mut Ui) {
        let lang = self.lang;
        let mut open = true;
        let mut go = false;
        let busy = self.export.is_running();
        let e = &mut self.export;
        egui::Window::new(text::EXPORT.get(lang))
            .open(&mut open)
            .collapsible(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ui.ctx(), |ui| {
                ui.horizontal(|ui| {
                    ui.radio_value(&mut e.svg, false, "PNG");
                    ui.radio_value(&mut e.svg, true, "SVG");
                });
                egui::Grid::new("export-grid").show(ui, |ui| {
                    ui.label(text::WIDTH_MM.get(lang));
                    ui.add_enabled(
                        !e.auto_width,
                        egui::DragValue::new(&mut e.width_mm)
                            .range(20.0..=1000.0)
                            .speed(1.0),
                    );
                    ui.end_row();
                    ui.label("");
                    ui.checkbox(&mut e.auto_width, text::AUTO_WIDTH.get(lang));
                    ui.end_row();
                    ui.label("dpi");
                    ui.add_enabled(
                        !e.svg,
                        egui::DragValue::new(&mut e.dpi)
                            .range(36.0..=1200.0)
                            .speed(1.0),
                    );
                    ui.end_row();
                });
                ui.checkbox(&mut e.findings, text::SHOW_THE_ANALYSIS.get(lang));
                ui.checkbox(&mut e.transparent, text::TRANSPARENT_BACKGROUND.get(lang));
                if ui
                    .add_enabled(!busy, egui::Button::new(text::SAVE_AS.get(lang)))
                    .clicked()
                {
                    go = true;
                }
            });
        if go {
            let ext = if self.export.svg { "svg" } else { "png" };
            let title = self
                .doc
                .as_ref()
                .map(|d| d.map().title.clone())
                .unwrap_or_default();
            let name =
                files::suggested_file_name(&title).replace(".ecomap.json", &format!(".{ext}"));
            self.pending_ctx_dialog = Some((crate::app::DialogPurpose::Export, name));
            self.export.window = false;
        }
        if !open {
            self.export.window = false;
        }
    }
}
