//! Find a stakeholder by name (Ctrl+F): a field, the first twelve matches, Enter takes the
//! first.

use egui::Ui;

use crate::app::panels::Seen;
use crate::app::request::{Request, ViewRequest};
use crate::app::text;

/// The find window and what is typed in it.
#[derive(Debug, Default)]
pub struct Find {
    query: Option<String>,
}

impl Find {
    pub fn open(&mut self) {
        self.query = Some(String::new());
    }

    pub fn is_open(&self) -> bool {
        self.query.is_some()
    }

    pub fn close(&mut self) {
        self.query = None;
    }

    /// The window, while it is open; a chosen stakeholder is shown (selected, in view).
    pub fn ui(&mut self, ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
        let (Some(query), Some(doc)) = (&mut self.query, seen.doc) else {
            return;
        };
        let lang = seen.lang;
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
                let q = query.to_lowercase();
                let matches: Vec<(crate::model::StakeholderId, String)> = doc
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
            out.push(Request::View(ViewRequest::Show(vec![id])));
            close = true;
        }
        if close {
            self.query = None;
        }
    }
}
