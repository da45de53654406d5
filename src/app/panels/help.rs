//! The shortcuts overlay (F1), read from the action table.

use egui::{RichText, Ui};

use crate::app::actions::ACTIONS;
use crate::app::panels::Seen;
use crate::app::request::Request;
use crate::app::text;

/// The shortcuts overlay: open or not.
#[derive(Debug, Default)]
pub struct Help {
    pub open: bool,
}

impl Help {
    /// The overlay, while it is open.
    pub fn ui(&mut self, ui: &mut Ui, seen: &Seen, _out: &mut Vec<Request>) {
        let lang = seen.lang;
        if !self.open {
            return;
        }
        egui::Window::new(text::KEYBOARD_SHORTCUTS.get(lang))
            .open(&mut self.open)
            .collapsible(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ui.ctx(), |ui| {
                let mut rows: Vec<(String, &str)> = ACTIONS
                    .iter()
                    .map(|a| (a.shortcut_text(lang), a.label(lang)))
                    .filter(|(keys, _)| !keys.is_empty())
                    .collect();
                for (keys, what) in text::MOUSE_HELP {
                    rows.push((keys.get(lang).to_owned(), what.get(lang)));
                }
                // Two columns, so the whole list fits on a projector's screen.
                let half = rows.len().div_ceil(2);
                ui.horizontal_top(|ui| {
                    for (k, column) in rows.chunks(half).enumerate() {
                        if k > 0 {
                            ui.separator();
                        }
                        egui::Grid::new(("help-grid", k))
                            .striped(true)
                            .show(ui, |ui| {
                                for (keys, label) in column {
                                    ui.label(RichText::new(keys).monospace().strong());
                                    ui.label(*label);
                                    ui.end_row();
                                }
                            });
                    }
                });
            });
    }
}
