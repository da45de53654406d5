//! The actions panel: next steps on findings (what, owner, due date, status), each under the
//! finding it is about; "finding resolved" where the scenario shown no longer has it.

use std::collections::HashMap;

use egui::{RichText, Ui};

use crate::app::document::Command;
use crate::app::request::{Request, ViewRequest};
use crate::app::text;
use crate::model::{ActionId, ActionItem, ActionStatus, is_date};

use super::seen::Seen;

/// The texts being typed into actions (what, due date), by action id: committed as one undo
/// step when the field is left.
#[derive(Debug, Default)]
pub struct ActionsPanel {
    typing: HashMap<ActionId, (String, String)>,
    /// The document revision the typing was started on.
    revision: u64,
    /// Focus this action's "what" when it is first drawn (just added).
    pub focus: Option<ActionId>,
}

/// The status's word in the panel.
fn status_text(s: ActionStatus) -> text::Text {
    match s {
        ActionStatus::Open => text::STATUS_OPEN,
        ActionStatus::Doing => text::STATUS_DOING,
        ActionStatus::Done => text::STATUS_DONE,
    }
}

impl ActionsPanel {
    pub fn ui(&mut self, ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
        let Some(doc) = seen.doc else {
            return;
        };
        let lang = seen.lang;
        let map = doc.map();
        let actions = map.actions();
        ui.label(
            RichText::new(format!(
                "{} ({})",
                text::ACTIONS_HEADING.get(lang),
                actions.len()
            ))
            .strong()
            .size(18.0),
        );
        if actions.is_empty() {
            ui.label(RichText::new(text::NO_ACTIONS_HINT.get(lang)).weak());
            return;
        }
        let findings = &doc.shown_analysis().findings;
        // The map changed (an undo, a status picked) while nothing is being typed: show it.
        if doc.revision() != self.revision && ui.ctx().memory(|m| m.focused().is_none()) {
            self.typing.clear();
            self.revision = doc.revision();
        }
        for a in actions {
            ui.separator();
            let finding = findings.iter().find(|f| a.is_on(f.rule, &f.stakeholders));
            match finding {
                Some(f) => {
                    if ui
                        .link(RichText::new(f.message(doc.shown_map(), lang)).small())
                        .clicked()
                    {
                        out.push(Request::View(ViewRequest::Show(
                            f.stakeholders.iter().chain(&f.via).cloned().collect(),
                        )));
                    }
                }
                None => {
                    ui.label(
                        RichText::new(format!("✔ {}", text::FINDING_RESOLVED.get(lang)))
                            .color(egui::Color32::from_rgb(0x1B, 0x7A, 0x3E))
                            .small(),
                    );
                }
            }
            self.edit(ui, seen, a, out);
        }
    }

    /// One action's fields.
    fn edit(&mut self, ui: &mut Ui, seen: &Seen, a: &ActionItem, out: &mut Vec<Request>) {
        let Some(doc) = seen.doc else {
            return;
        };
        let lang = seen.lang;
        let map = doc.map();
        let (what, due) = self
            .typing
            .entry(a.id.clone())
            .or_insert_with(|| (a.what.clone(), a.due.clone().unwrap_or_default()));
        let mut changed = a.clone();
        let r = ui.add(
            egui::TextEdit::singleline(what)
                .hint_text(text::WHAT_HINT.get(lang))
                .desired_width(f32::INFINITY),
        );
        if self.focus.as_ref() == Some(&a.id) {
            r.request_focus();
            self.focus = None;
        }
        if r.lost_focus() {
            what.trim().clone_into(&mut changed.what);
        }
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(RichText::new(text::OWNER_WORD.get(lang)).weak());
            let owner_name = match &a.owner {
                None => text::NOBODY.get(lang).to_owned(),
                Some(owner) => crate::export::pack::owner_name(map, owner).to_owned(),
            };
            egui::ComboBox::from_id_salt(("owner", &a.id))
                .selected_text(owner_name)
                .width(150.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut changed.owner, None, text::NOBODY.get(lang));
                    for s in map.all_stakeholders_sorted() {
                        ui.selectable_value(&mut changed.owner, Some(s.id.to_string()), &s.name);
                    }
                })
                .response
                .labelled_by(l.id);
            ui.label(RichText::new(text::DUE_WORD.get(lang)).weak());
            let valid = due.is_empty() || is_date(due.trim());
            let mut field = egui::TextEdit::singleline(due)
                .hint_text(text::DUE_HINT.get(lang))
                .desired_width(92.0);
            if !valid {
                field = field.text_color(ui.visuals().error_fg_color);
            }
            let r = ui.add(field);
            if r.lost_focus() && valid {
                let due = due.trim();
                changed.due = (!due.is_empty()).then(|| due.to_owned());
            }
            let l = ui.label(RichText::new(text::STATUS_WORD.get(lang)).weak());
            let combo = egui::ComboBox::from_id_salt(("status", &a.id))
                .selected_text(status_text(a.status).get(lang))
                .width(80.0)
                .show_ui(ui, |ui| {
                    for s in ActionStatus::ALL {
                        ui.selectable_value(&mut changed.status, s, status_text(s).get(lang));
                    }
                })
                .response
                .labelled_by(l.id);
            let statuses = ActionStatus::ALL.map(|s| (s, status_text(s).get(lang)));
            super::combo::keyboard(ui, &combo, &statuses, &mut changed.status);
            if ui
                .small_button("✖")
                .on_hover_text(text::REMOVE_ACTION.get(lang))
                .clicked()
            {
                out.push(Request::Edit(Command::RemoveAction(a.id.clone())));
            }
        });
        if changed != *a {
            out.push(Request::Edit(Command::PutAction(changed)));
        }
    }
}
