//! Find a stakeholder by name (Ctrl+F).
use egui::Ui;

use crate::app::EcomapApp;
use crate::app::text;

impl EcomapApp {
    pub(in crate::app) fn find_window(&mut self, ui: &mut Ui) {
        let lang = self.lang;
        let Some(query) = &mut self.find else { return };
        let mut chosen = None;
        let mut close = false;
        egui::Window::new(text::FIND.get(lang))
            .collapsible(false)
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 60.0))
            .show(ui.ctx(), |ui| {
                let r = ui.add(
                    egui::TextEdit::singleline(query)
                        .id_salt("find")
                        .hint_text(text::NAME_HINT.get(lang)),
                );
                r.request_focus();
                let Some(doc) = &self.doc else { return };
                let q = query.to_lowercase();
                let matches: Vec<(String, String)> = doc
                    .map()
                    .stakeholders_sorted()
                    .into_iter()
                    .filter(|s| !q.is_empty() && s.name.to_lowercase().contains(&q))
                    .map(|s| (s.id.clone(), s.name.clone()))
                    .take(12)
                    .collect();
                for (id, name) in &matches {
                    if ui.link(name).clicked() {
                        chosen = Some(id.clone());
                    }
                }
                if ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    chosen = matches.first().map(|m| m.0.clone());
                }
                if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    close = true;
                }
            });
        if let Some(id) = chosen {
            self.canvas.selection.only(&id);
            if let Some(doc) = &self.doc {
                self.canvas.center_on(doc, &[id]);
            }
            close = true;
        }
        if close {
            self.find = None;
        }
    }
}
