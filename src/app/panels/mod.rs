//! Panels around the canvas, each in its own file: menu and toolbar, inspector, findings,
//! legend, help, export, find, prompts and the start screen; notices over the canvas.

mod export_window;
mod find;
mod findings;
mod help;
mod inspector;
mod legend;
mod menu;
mod notice;
mod prompts;
mod start;
mod toolbar;

pub use export_window::ExportState;
pub use find::Find;
pub use help::Help;
pub use inspector::InspectorBuffers;

use egui::Ui;

use crate::app::{EcomapApp, Request};

impl EcomapApp {
    pub(in crate::app) fn panels(&mut self, ui: &mut Ui) {
        self.panels_inner(ui);
        // Over the top of the canvas, after it: a notice never pushes the map down.
        self.notice_toast(ui);
    }

    pub(in crate::app) fn panels_inner(&mut self, ui: &mut Ui) {
        let presenting = self.workshop.presenting && self.doc.is_some();
        if !presenting {
            egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui));
        }
        self.modals(ui);
        if self.doc.is_none() {
            egui::CentralPanel::default_margins().show(ui, |ui| self.start_screen(ui));
            return;
        }
        if presenting {
            // The legend takes its own strip under the map, so it never covers a card (the
            // canvas fits into what is left).
            egui::Panel::bottom("presentation-legend").show(ui, |ui| self.presentation_legend(ui));
            self.central_canvas(ui);
            self.presentation_overlays(ui);
            self.walkthrough_banner(ui);
            self.part_banner(ui);
            self.help.ui(ui, self.lang);
            return;
        }
        egui::Panel::top("toolbar").show(ui, |ui| self.toolbar(ui));
        egui::Panel::bottom("legend").show(ui, |ui| self.legend(ui));
        egui::Panel::left("inspector")
            .default_size(240.0)
            .resizable(true)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| self.inspector(ui));
            });
        egui::Panel::right("findings")
            .default_size(320.0)
            .resizable(true)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| self.findings_panel(ui));
            });
        self.central_canvas(ui);
        self.walkthrough_banner(ui);
        self.help.ui(ui, self.lang);
        if let Some(doc) = &self.doc {
            self.find.ui(ui, doc, self.lang, &mut self.queue);
            self.export.ui(ui, doc, self.lang, &mut self.queue);
        }
    }

    pub(in crate::app) fn central_canvas(&mut self, ui: &mut Ui) {
        egui::CentralPanel::no_frame().show(ui, |ui| {
            let Some(doc) = &self.doc else { return };
            let commands = self.canvas.show(ui, doc, &self.settings.view, self.lang);
            for c in commands {
                self.request(Request::Apply(c));
            }
        });
    }
}
