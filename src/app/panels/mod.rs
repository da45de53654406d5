//! Panels around the canvas, each in its own file: menu and toolbar, inspector, findings,
//! legend, help, export, find, prompts and the start screen; notices over the canvas.

mod export_window;
mod find;
mod findings;
mod help;
mod inspector;
pub mod legend;
mod menu;
mod notice;
pub mod presentation;
mod prompts;
mod start;
mod toolbar;

pub use export_window::ExportState;
pub use find::Find;
pub use findings::Findings;
pub use help::Help;
pub use inspector::Inspector;
pub use notice::Notice;
pub use start::SAMPLES;

use egui::Ui;

use crate::app::canvas::Canvas;
use crate::app::document::Document;
use crate::app::settings::ViewOptions;
use crate::lang::Lang;

/// What the panels read this frame: the open map and how it is shown. Panels change nothing
/// themselves: they push `Request`s, which the app runs once per frame.
pub struct Seen<'a> {
    pub doc: &'a Document,
    pub view: &'a ViewOptions,
    /// The map on screen: selection, focus, connect mode.
    pub canvas: &'a Canvas,
    pub lang: Lang,
}

use crate::app::{EcomapApp, Request};

impl EcomapApp {
    /// The walkthrough's banner, while walking through the findings.
    fn walkthrough_banner(&mut self, ui: &Ui) {
        if let Some(walk) = self.walk_banner() {
            let r = presentation::walkthrough(ui, &walk, &self.canvas, self.lang);
            self.walk_banner_at(r);
        }
    }

    /// In a presentation: the legend, large, in a strip under the map, and under it, small,
    /// the room the names are sized for.
    fn presentation_legend(&mut self, ui: &mut Ui) {
        let size = (self.canvas.min_text * 0.5).clamp(16.0, 28.0);
        let normal = ui.style().text_styles.clone();
        ui.style_mut()
            .text_styles
            .values_mut()
            .for_each(|f| f.size = size);
        if let Some(seen) = self.seen() {
            legend::ui(ui, &seen, false);
        }
        ui.style_mut().text_styles = normal;
        self.room_controls(ui);
    }

    /// The notice as a toast where it covers no card (on the start screen: at the top).
    fn notice_toast(&mut self, ui: &Ui) {
        let now = ui.input(|i| i.time);
        let Some(n) = &mut self.notice else { return };
        n.shown.get_or_insert(now);
        if n.is_gone(now) {
            self.notice = None;
            return;
        }
        let size = notice::last_size(ui.ctx());
        let at = if self.doc.is_some() {
            self.canvas
                .free_spot(size, &std::collections::BTreeSet::new())
        } else {
            egui::pos2((ui.ctx().content_rect().width() - size.x) / 2.0, 48.0)
        };
        if let Some(n) = &self.notice {
            notice::ui(ui, n, now, at, self.lang, &mut self.queue);
        }
    }

    /// The room controls (presentation strip, View menu): the capitals they give, as the
    /// presentation sizes names, so that they say what the banner says.
    pub(in crate::app) fn room_controls(&mut self, ui: &mut Ui) {
        let cap = self.room_capitals(ui.ctx());
        toolbar::room(ui, self.settings.room, cap, self.lang, &mut self.queue);
    }

    /// The capital height (pixels) the room's size gives names in a presentation.
    fn room_capitals(&self, ctx: &egui::Context) -> f32 {
        self.presentation_text(ctx) * crate::scene::text::cap_height_em() * ctx.pixels_per_point()
    }

    /// What the panels may read this frame, while a map is open.
    pub(in crate::app) fn seen(&self) -> Option<Seen<'_>> {
        Some(Seen {
            doc: self.doc.as_ref()?,
            view: &self.settings.view,
            canvas: &self.canvas,
            lang: self.lang,
        })
    }

    pub(in crate::app) fn panels(&mut self, ui: &mut Ui) {
        self.panels_inner(ui);
        // Over the top of the canvas, after it: a notice never pushes the map down.
        self.notice_toast(ui);
    }

    pub(in crate::app) fn panels_inner(&mut self, ui: &mut Ui) {
        let presenting = self.workshop.presenting && self.doc.is_some();
        if !presenting {
            let cap = self.room_capitals(ui.ctx());
            let (settings, lang, out) = (&self.settings, self.lang, &mut self.queue);
            egui::Panel::top("menu").show(ui, |ui| menu::ui(ui, settings, cap, lang, out));
        }
        if let Some(c) = &self.conflict {
            prompts::conflict(ui, c, self.lang, &mut self.queue);
        }
        if self.reload_offer {
            prompts::reload(ui, self.lang, &mut self.queue);
        }
        if self.ask_unsaved.is_some() {
            prompts::unsaved(ui, self.lang, &mut self.queue);
        }
        if self.recovery_offer.is_some() {
            prompts::recovery(ui, self.lang, &mut self.queue);
        }
        if self.doc.is_none() {
            let (recent, lang, out) = (&self.settings.recent, self.lang, &mut self.queue);
            egui::CentralPanel::default_margins().show(ui, |ui| start::ui(ui, recent, lang, out));
            return;
        }
        if presenting {
            // The legend takes its own strip under the map, so it never covers a card (the
            // canvas fits into what is left).
            egui::Panel::bottom("presentation-legend").show(ui, |ui| self.presentation_legend(ui));
            self.central_canvas(ui);
            presentation::hint(
                ui,
                self.canvas.focus_depth,
                &self.settings.view.hidden,
                self.lang,
            );
            self.walkthrough_banner(ui);
            if let Some(line) = self.part_line(ui.ctx()) {
                presentation::part(ui, &line, &self.canvas);
            }
            self.help.ui(ui, self.lang);
            return;
        }
        let mut out = Vec::new();
        if let Some(seen) = self.seen() {
            egui::Panel::top("toolbar").show(ui, |ui| toolbar::ui(ui, &seen, &mut out));
        }
        self.queue.append(&mut out);
        if let Some(seen) = self.seen() {
            egui::Panel::bottom("legend").show(ui, |ui| legend::ui(ui, &seen, true));
        }
        let seen = self.doc.as_ref().map(|doc| Seen {
            doc,
            view: &self.settings.view,
            canvas: &self.canvas,
            lang: self.lang,
        });
        let (inspector, out) = (&mut self.inspector, &mut self.queue);
        egui::Panel::left("inspector")
            .default_size(240.0)
            .resizable(true)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    if let Some(seen) = &seen {
                        inspector.ui(ui, seen, out);
                    }
                });
            });
        let seen = self.doc.as_ref().map(|doc| Seen {
            doc,
            view: &self.settings.view,
            canvas: &self.canvas,
            lang: self.lang,
        });
        let (findings, out) = (&mut self.findings, &mut self.queue);
        egui::Panel::right("findings")
            .default_size(320.0)
            .resizable(true)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    if let Some(seen) = seen {
                        findings.ui(ui, &seen, out);
                    }
                });
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
