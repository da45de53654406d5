//! The inspector: the selected stakeholder or relation, or the map's title and description.
//! Typing is committed as one undo step when a field loses focus.
use egui::{RichText, Ui};

use crate::app::actions::{Action, info_of};
use crate::app::document::Command;
use crate::app::text;
use crate::app::{EcomapApp, Request};
use crate::model::{RelationKind, StakeholderKind};

/// Text being typed in the inspector: committed as one undo step when the field loses focus.
#[derive(Default)]
pub struct InspectorBuffers {
    /// Which stakeholder or relation (and revision) the buffers were loaded from.
    source: Option<(String, u64)>,
    name: String,
    domain: String,
    notes: String,
    label: String,
}

impl EcomapApp {
    pub(in crate::app) fn inspector(&mut self, ui: &mut Ui) {
        let Some(doc) = &self.doc else { return };
        let revision = doc.revision();
        let sel = self.canvas.selection.clone();
        if sel.stakeholders.len() == 1
            && let Some(id) = sel.stakeholders.first()
            && let Some(s) = doc.map().stakeholder(id).cloned()
        {
            ui.heading(self.tr(text::STAKEHOLDER));
            let b = &mut self.inspector;
            if b.source.as_ref().is_none_or(|(sid, rev)| {
                sid != id || (*rev != revision && !ui.ctx().memory(|m| m.focused().is_some()))
            }) {
                b.source = Some((id.clone(), revision));
                b.name.clone_from(&s.name);
                b.domain.clone_from(&s.domain);
                b.notes.clone_from(&s.notes);
            }
            let mut commit = false;
            let l = ui.label(text::NAME.get(self.lang));
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut self.inspector.name)
                        .id_salt("insp-name")
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id);
            commit |= r.lost_focus();
            let l = ui.label(text::KIND.get(self.lang));
            let mut kind = s.kind;
            egui::ComboBox::from_id_salt("insp-kind")
                .selected_text(kind.name(self.lang))
                .width(ui.available_width() - 8.0)
                .show_ui(ui, |ui| {
                    for k in StakeholderKind::ALL {
                        ui.selectable_value(&mut kind, k, k.name(self.lang));
                    }
                })
                .response
                .labelled_by(l.id);
            let l = ui.label(text::DOMAIN.get(self.lang));
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut self.inspector.domain)
                        .id_salt("insp-domain")
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id);
            commit |= r.lost_focus();
            let domains = doc.map().domains();
            ui.horizontal_wrapped(|ui| {
                for d in domains {
                    if d != self.inspector.domain && ui.small_button(&d).clicked() {
                        self.inspector.domain = d;
                        commit = true;
                    }
                }
            });
            let l = ui.label(text::NOTES.get(self.lang));
            let r = ui
                .add(
                    egui::TextEdit::multiline(&mut self.inspector.notes)
                        .id_salt("insp-notes")
                        .desired_rows(4)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id);
            commit |= r.lost_focus();
            let mut pinned = s.pinned;
            if ui
                .checkbox(&mut pinned, info_of(Action::Pin).label(self.lang))
                .on_hover_text(self.tr(text::A_PINNED_STAKEHOLDER_STAYS_PUT))
                .changed()
            {
                self.request(Request::Apply(Command::Pin {
                    ids: vec![s.id.clone()],
                    pinned,
                }));
                return;
            }
            let mut updated = s.clone();
            updated.kind = kind;
            if commit || kind != s.kind {
                if !self.inspector.name.trim().is_empty() {
                    self.inspector.name.trim().clone_into(&mut updated.name);
                }
                self.inspector.domain.trim().clone_into(&mut updated.domain);
                updated.notes.clone_from(&self.inspector.notes);
            }
            if updated != s {
                self.canvas.new_kind = updated.kind;
                self.request(Request::Apply(Command::UpdateStakeholder(updated)));
            }
            ui.separator();
            self.relations_of(ui, &s.id);
            ui.separator();
            if ui
                .button(format!("🗑 {}", info_of(Action::Delete).label(self.lang)))
                .clicked()
            {
                self.request(Request::Do(Action::Delete));
            }
        } else if let Some(rid) = &sel.relation
            && let Some(r) = doc.map().relation(rid).cloned()
        {
            ui.heading(self.tr(text::RELATION));
            let name = |id: &str| doc.map().name_of(id).to_owned();
            let arrow = if r.kind.is_directed() { "➡" } else { "—" };
            ui.label(RichText::new(format!("{} {arrow} {}", name(&r.from), name(&r.to))).strong());
            let b = &mut self.inspector;
            if b.source.as_ref().is_none_or(|(sid, rev)| {
                sid != rid || (*rev != revision && !ui.ctx().memory(|m| m.focused().is_some()))
            }) {
                b.source = Some((rid.clone(), revision));
                b.label.clone_from(&r.label);
                b.notes.clone_from(&r.notes);
            }
            let mut kind = r.kind;
            let l = ui.label(text::KIND.get(self.lang));
            egui::ComboBox::from_id_salt("insp-rel-kind")
                .selected_text(kind.name(self.lang))
                .show_ui(ui, |ui| {
                    for k in RelationKind::ALL {
                        ui.selectable_value(&mut kind, k, k.name(self.lang));
                    }
                })
                .response
                .labelled_by(l.id);
            let mut commit = false;
            let l = ui.label(text::LABEL.get(self.lang));
            commit |= ui
                .add(
                    egui::TextEdit::singleline(&mut self.inspector.label)
                        .id_salt("insp-label")
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id)
                .lost_focus();
            let l = ui.label(text::NOTES.get(self.lang));
            commit |= ui
                .add(
                    egui::TextEdit::multiline(&mut self.inspector.notes)
                        .id_salt("insp-rel-notes")
                        .desired_rows(3)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id)
                .lost_focus();
            let mut updated = r.clone();
            updated.kind = kind;
            if commit {
                self.inspector.label.trim().clone_into(&mut updated.label);
                updated.notes.clone_from(&self.inspector.notes);
            }
            if updated != r {
                self.request(Request::Apply(Command::UpdateRelation(updated)));
            }
            ui.horizontal(|ui| {
                if ui
                    .button(format!("↔ {}", text::REVERSE_DIRECTION.get(self.lang)))
                    .clicked()
                {
                    self.request(Request::Apply(Command::ReverseRelation(r.id.clone())));
                }
                if ui
                    .button(format!("🗑 {}", info_of(Action::Delete).label(self.lang)))
                    .clicked()
                {
                    self.request(Request::Do(Action::Delete));
                }
            });
        } else {
            self.map_properties(ui);
        }
    }

    pub(in crate::app) fn relations_of(&mut self, ui: &mut Ui, id: &str) {
        let Some(doc) = &self.doc else { return };
        ui.label(RichText::new(self.tr(text::RELATIONS)).strong());
        let map = doc.map();
        let name = |id: &str| map.name_of(id).to_owned();
        let mut select = None;
        for r in map.relations_of(id) {
            let text = format!(
                "{}: {} ➡ {}",
                r.kind.name(self.lang),
                name(&r.from),
                name(&r.to)
            );
            if ui.link(text).clicked() {
                select = Some(r.id.clone());
            }
        }
        // Add relation to…: the current kind, to a stakeholder picked by name.
        let mut target = None;
        egui::ComboBox::from_id_salt("add-relation")
            .selected_text(format!(
                "+ {} {}…",
                self.settings.view.relation_kind.name(self.lang),
                text::TO.get(self.lang)
            ))
            .width(ui.available_width() - 8.0)
            .show_ui(ui, |ui| {
                for s in map.stakeholders_sorted() {
                    if s.id != id && ui.selectable_label(false, &s.name).clicked() {
                        target = Some(s.id.clone());
                    }
                }
            });
        if let Some(rid) = select {
            self.canvas.selection.clear();
            self.canvas.selection.relation = Some(rid);
        }
        if let Some(t) = target {
            let rid = map.fresh_relation_id();
            let r = crate::model::Relation::new(&rid, self.settings.view.relation_kind, id, &t);
            self.request(Request::Apply(Command::Connect(r)));
        }
    }

    pub(in crate::app) fn map_properties(&mut self, ui: &mut Ui) {
        let Some(doc) = &self.doc else { return };
        ui.heading(self.tr(text::MAP));
        let revision = doc.revision();
        let (title, description) = (doc.map().title.clone(), doc.map().description.clone());
        let b = &mut self.inspector;
        // The map's own fields use the same buffers, keyed by a source no id can have.
        if b.source.as_ref().is_none_or(|(sid, rev)| {
            !sid.is_empty() || (*rev != revision && !ui.ctx().memory(|m| m.focused().is_some()))
        }) {
            b.source = Some((String::new(), revision));
            b.name.clone_from(&title);
            b.notes.clone_from(&description);
        }
        ui.label(self.tr(text::TITLE));
        let r = ui.add(
            egui::TextEdit::singleline(&mut self.inspector.name)
                .id_salt("map-title")
                .desired_width(f32::INFINITY),
        );
        if r.lost_focus() && self.inspector.name != title {
            let t = self.inspector.name.clone();
            self.request(Request::Apply(Command::SetTitle(t)));
        }
        ui.label(self.tr(text::DESCRIPTION));
        let r = ui.add(
            egui::TextEdit::multiline(&mut self.inspector.notes)
                .id_salt("map-desc")
                .desired_rows(4)
                .desired_width(f32::INFINITY),
        );
        if r.lost_focus() && self.inspector.notes != description {
            let d = self.inspector.notes.clone();
            self.request(Request::Apply(Command::SetDescription(d)));
        }
        let Some(doc) = &self.doc else { return };
        ui.separator();
        ui.label(format!(
            "{} {} · {} {}",
            doc.map().stakeholder_count(),
            self.tr(text::STAKEHOLDERS),
            doc.map().relation_count(),
            self.tr(text::RELATIONS_LOWER)
        ));
        ui.label(RichText::new(self.tr(text::DOUBLE_CLICK_THE_CANVAS_TO)).weak());
    }
}
