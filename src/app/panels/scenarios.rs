//! The scenario row of the toolbar (which scenario, duplicate, rename, delete, compare with,
//! as seen by) and the small window that asks for a scenario's name.

use egui::{RichText, Ui};

use crate::app::actions::{Action, info_of};
use crate::app::document::{Command, Lens};
use crate::app::request::{Request, ScenarioAsk as Ask, ScenarioRequest};
use crate::app::text;
use crate::lang::Lang;
use crate::model::ScenarioId;

use super::seen::Seen;

/// The window asking for a scenario's name, while it is open.
#[derive(Debug, Default)]
pub struct NamePrompt {
    open: Option<(Ask, String)>,
    /// Focus the field once, when the window opens.
    focus: bool,
}

impl NamePrompt {
    /// Open it for `ask`, with a name to start from.
    pub fn open(&mut self, ask: Ask, seen_name: &ScenarioId, names: &[&ScenarioId], lang: Lang) {
        let start = match ask {
            Ask::Rename => seen_name.to_string(),
            Ask::Duplicate => {
                let names: Vec<&str> = names.iter().map(|n| n.as_str()).collect();
                free_name(text::DEFAULT_NEXT_SCENARIO.get(lang), &names)
            }
        };
        self.open = Some((ask, start));
        self.focus = true;
    }

    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// Close without an answer (Esc).
    pub fn close(&mut self) {
        self.open = None;
    }

    /// The window; Enter or OK asks for the command, Esc or Cancel closes it.
    pub fn ui(&mut self, ui: &Ui, seen: &Seen, out: &mut Vec<Request>) {
        let Some(doc) = seen.doc else {
            return;
        };
        let lang = seen.lang;
        let Some((ask, name)) = &mut self.open else {
            return;
        };
        let current = doc.map().scenario().to_owned();
        let question = match ask {
            Ask::Duplicate => crate::tr!(lang, "scenario-new-name", name = current.as_str()),
            Ask::Rename => crate::tr!(lang, "scenario-rename-to", name = current.as_str()),
        };
        let title = match ask {
            Ask::Duplicate => info_of(Action::DuplicateScenario).label(lang),
            Ask::Rename => info_of(Action::RenameScenario).label(lang),
        };
        let mut done: Option<bool> = None;
        egui::Window::new(title)
            .id(egui::Id::new("scenario-name"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
            .show(ui.ctx(), |ui| {
                ui.label(question);
                let r = ui.add(egui::TextEdit::singleline(name).desired_width(280.0));
                if self.focus {
                    r.request_focus();
                    self.focus = false;
                }
                if r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    done = Some(true);
                }
                ui.horizontal(|ui| {
                    if ui.button(text::OK_BUTTON.get(lang)).clicked() {
                        done = Some(true);
                    }
                    if ui.button(text::CANCEL.get(lang)).clicked() {
                        done = Some(false);
                    }
                });
            });
        match done {
            Some(true) => {
                let name = name.trim().to_owned();
                out.push(Request::Edit(match ask {
                    Ask::Duplicate => Command::DuplicateScenario(name),
                    Ask::Rename => Command::RenameScenario {
                        from: current,
                        to: name,
                    },
                }));
                self.open = None;
            }
            Some(false) => self.open = None,
            None => {}
        }
    }
}

/// `wanted`, or `wanted 2`, `wanted 3`, … whichever no scenario has.
fn free_name(wanted: &str, names: &[&str]) -> String {
    if !names.contains(&wanted) {
        return wanted.to_owned();
    }
    // One of the first n + 1 numbers is free.
    (2..=names.len() + 2)
        .map(|i| format!("{wanted} {i}"))
        .find(|n| !names.contains(&n.as_str()))
        .unwrap_or_else(|| wanted.to_owned())
}

/// The scenario row: which scenario is shown, duplicate / rename / delete, what it is
/// compared with, and whose view.
pub fn row(ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
    let Some(doc) = seen.doc else {
        return;
    };
    let lang = seen.lang;
    let map = doc.map();
    let names = map.scenario_names();
    let lens = doc.lens();
    ui.horizontal_wrapped(|ui| {
        super::toolbar::entry_buttons(ui, seen, out);
        ui.separator();
        ui.label(RichText::new(text::SCENARIO_WORD.get(lang)).strong());
        // One button per scenario: the room sees at once which one is shown.
        for n in &names {
            let on = *n == map.scenario();
            let r = ui.selectable_label(on, RichText::new(n.as_str()).size(16.0));
            if r.clicked() && !on {
                out.push(Request::Scenario(ScenarioRequest::Switch((*n).to_owned())));
            }
        }
        let tip = |a: Action| info_of(a).tooltip(lang);
        let (dup, ren, del) = (
            tip(Action::DuplicateScenario),
            tip(Action::RenameScenario),
            tip(Action::DeleteScenario),
        );
        if ui
            .button(text::DUPLICATE_BUTTON.get(lang))
            .on_hover_text(dup)
            .clicked()
        {
            out.push(Request::Do(Action::DuplicateScenario));
        }
        if ui
            .button(text::RENAME_BUTTON.get(lang))
            .on_hover_text(ren)
            .clicked()
        {
            out.push(Request::Do(Action::RenameScenario));
        }
        if ui
            .add_enabled(
                names.len() > 1,
                egui::Button::new(text::DELETE_BUTTON.get(lang)),
            )
            .on_hover_text(del)
            .clicked()
        {
            out.push(Request::Do(Action::DeleteScenario));
        }
        if names.len() > 1 {
            ui.separator();
            let l = ui
                .label(RichText::new(text::COMPARE_WITH.get(lang)).strong())
                .on_hover_text(tip(Action::Compare));
            let mut from = lens.compare_from.clone();
            egui::ComboBox::from_id_salt("compare-from")
                .selected_text(from.as_ref().map_or_else(
                    || text::NO_COMPARISON.get(lang).to_owned(),
                    ToString::to_string,
                ))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut from, None, text::NO_COMPARISON.get(lang));
                    for n in names.iter().filter(|n| **n != map.scenario()) {
                        ui.selectable_value(&mut from, Some((*n).clone()), n.as_str());
                    }
                })
                .response
                .labelled_by(l.id);
            if from != lens.compare_from {
                out.push(Request::Scenario(ScenarioRequest::Lens(Lens {
                    compare_from: from,
                    ..lens.clone()
                })));
            }
        }
        let sources = doc.sources();
        if !sources.is_empty() || lens.seen_by.is_some() {
            ui.separator();
            let l = ui
                .label(RichText::new(text::SEEN_BY.get(lang)).strong())
                .on_hover_text(text::SEEN_BY_HINT.get(lang));
            let mut who = lens.seen_by.clone();
            let shown = |s: &str| {
                map.any_stakeholder(s)
                    .map_or_else(|| s.to_owned(), |x| x.name.clone())
            };
            egui::ComboBox::from_id_salt("seen-by")
                .selected_text(
                    who.as_deref()
                        .map_or_else(|| text::EVERYONE.get(lang).to_owned(), shown),
                )
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut who, None, text::EVERYONE.get(lang));
                    for s in sources {
                        ui.selectable_value(&mut who, Some(s.clone()), shown(s));
                    }
                })
                .response
                .labelled_by(l.id);
            if who != lens.seen_by {
                out.push(Request::Scenario(ScenarioRequest::Lens(Lens {
                    seen_by: who,
                    ..lens.clone()
                })));
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_free_name_is_found() {
        assert_eq!(free_name("Straks", &["Nu"]), "Straks");
        assert_eq!(free_name("Straks", &["Nu", "Straks"]), "Straks 2");
        assert_eq!(free_name("Straks", &["Straks", "Straks 2"]), "Straks 3");
    }
}
