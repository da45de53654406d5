//! A pasted list, before it is added: how many partners, the first of them with the kind and
//! domain their columns give, what is skipped and why. Enter (or Add) adds them as one step,
//! in free space; Escape (or Cancel) adds nothing.

use egui::{Key, RichText, Ui};

use crate::app::clipboard::{self, List, MAX_ROWS};

use crate::app::panels::Seen;
use crate::app::request::{Request, ViewRequest};
use crate::app::text;

/// How many of the list's names the window shows.
const SHOWN: usize = 8;

#[derive(Debug, Default)]
pub struct PastePrompt {
    list: Option<List>,
}

impl PastePrompt {
    pub fn open(&mut self, list: List) {
        self.list = Some(list);
    }

    pub fn is_open(&self) -> bool {
        self.list.is_some()
    }

    pub fn close(&mut self) {
        self.list = None;
    }

    pub fn ui(&mut self, ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
        let (Some(list), Some(doc)) = (&self.list, seen.doc) else {
            return;
        };
        let lang = seen.lang;
        let (mut add, mut cancel) = (false, false);
        egui::Window::new(text::PASTE_TITLE.get(lang))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
            .show(ui.ctx(), |ui| {
                let n = list.rows.len();
                ui.label(RichText::new(crate::tr!(lang, "paste-n", n = n)).strong());
                for row in list.rows.iter().take(SHOWN) {
                    let mut line = row.name.clone();
                    let kind = row.kind.unwrap_or(seen.canvas.new_kind);
                    line.push_str(" · ");
                    line.push_str(kind.name(lang));
                    if let Some(d) = &row.domain {
                        line.push_str(" · ");
                        line.push_str(d);
                    }
                    ui.label(line);
                }
                if list.rows.len() > SHOWN {
                    let more = (list.rows.len() - SHOWN).to_string();
                    ui.label(crate::tr!(lang, "paste-and-more", n = more));
                }
                if list.duplicates > 0 {
                    let d = list.duplicates.to_string();
                    ui.label(RichText::new(crate::tr!(lang, "paste-duplicates", n = d)).weak());
                }
                if list.cut > 0 {
                    ui.label(
                        RichText::new(crate::tr!(lang, "paste-cut", max = MAX_ROWS, n = list.cut))
                            .color(ui.visuals().warn_fg_color),
                    );
                }
                if list.rows.is_empty() {
                    ui.label(text::PASTE_NOTHING.get(lang));
                }
                ui.horizontal(|ui| {
                    if !list.rows.is_empty() && ui.button(text::PASTE_ADD.get(lang)).clicked() {
                        add = true;
                    }
                    if ui.button(text::CANCEL.get(lang)).clicked() {
                        cancel = true;
                    }
                });
            });
        // Enter adds, unless a field elsewhere has the keyboard.
        if !ui.ctx().egui_wants_keyboard_input()
            && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, Key::Enter))
        {
            add = !list.rows.is_empty();
            cancel = list.rows.is_empty();
        }
        if add {
            let canvas = seen.canvas;
            let room = canvas.room_for_new(None);
            let (cmd, ids) = clipboard::add_list(doc.map(), list, &room, canvas.new_kind);
            out.push(Request::Edit(cmd));
            out.push(Request::View(ViewRequest::Show(ids)));
        }
        if add || cancel {
            self.list = None;
        }
    }
}
