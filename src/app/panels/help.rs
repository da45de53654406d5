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
    /// The renderer chosen for the next start, read once when the overlay first shows.
    next: Option<crate::app::renderer::Choice>,
}

impl Help {
    /// The overlay, while it is open.
    pub fn ui(&mut self, ui: &mut Ui, seen: &Seen, _out: &mut Vec<Request>) {
        let lang = seen.lang;
        if !self.open {
            return;
        }
        let next = self
            .next
            .get_or_insert_with(|| crate::app::renderer::saved_choice().unwrap_or_default());
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
                ui.separator();
                about(ui, lang, next);
            });
    }
}

/// The version, what the editor draws with, and the choice for the next start.
fn about(ui: &mut Ui, lang: crate::lang::Lang, choice: &mut crate::app::renderer::Choice) {
    use crate::app::renderer::{self, Choice};
    let running = renderer::RUNNING
        .lock()
        .ok()
        .and_then(|r| r.clone())
        .map_or_else(
            || crate::tr!(lang, "about-renderer-unknown").to_owned(),
            |r| r.line(),
        );
    ui.label(
        RichText::new(crate::tr!(
            lang,
            "about-line",
            version = env!("CARGO_PKG_VERSION"),
            renderer = running
        ))
        .small(),
    );
    let before = *choice;
    ui.horizontal(|ui| {
        ui.label(RichText::new(crate::tr!(lang, "about-next-start")).small());
        for (c, label) in [
            (Choice::Auto, crate::tr!(lang, "about-renderer-auto")),
            (Choice::Glow, "OpenGL (glow)"),
            (Choice::Wgpu, "wgpu"),
        ] {
            ui.radio_value(choice, c, label);
        }
    });
    if *choice != before
        && let Err(e) = renderer::save_choice(*choice)
    {
        log::warn!("the renderer's choice could not be kept: {e}");
    }
}
