//! The inspector: the selected stakeholder or relation, or the map's title and description.
//! Typing is committed as one undo step when a field loses focus.
use egui::{RichText, Ui};

use crate::app::actions::{Action, info_of};
use crate::app::document::Command;
use crate::app::request::{Request, ViewRequest};
use crate::app::text;

use super::seen::Seen;
use crate::model::{RelationId, RelationKind, StakeholderId, StakeholderKind};

/// The inspector, with the text being typed in it: committed as one undo step when the field
/// loses focus.
#[derive(Default)]
pub struct Inspector {
    /// Which stakeholder or relation (and revision) the buffers were loaded from.
    source: Option<(Buffered, u64)>,
    name: String,
    domain: String,
    notes: String,
    label: String,
    /// A relation's source and date.
    claimed_by: String,
    date: String,
}

/// A typed field's text: `None` when nothing is typed.
fn given(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_owned())
}

/// Whose fields the inspector's buffers hold.
#[derive(Debug, Clone, PartialEq)]
enum Buffered {
    Stakeholder(StakeholderId),
    Relation(RelationId),
    Map,
}

impl Inspector {
    /// The selected stakeholder or relation, or else the map: every change is a request.
    pub fn ui(&mut self, ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
        let Some(doc) = seen.doc else {
            return;
        };
        let lang = seen.lang;
        if !seen.canvas.names_shown() && doc.map().stakeholder_count() > 0 {
            // The view shows no names (the fit found no zoom where they are legible, or the
            // user zoomed out): say so, and what helps. Here, beside the map: a line under
            // it would change the map's height, and with it the fit.
            ui.label(
                RichText::new(text::NAMES_HIDDEN.get(lang))
                    .strong()
                    .color(crate::app::canvas::color(crate::style::WARNING)),
            );
            ui.separator();
        }
        let revision = doc.revision();
        let sel = seen.canvas.selection.clone();
        if sel.stakeholders.len() == 1
            && let Some(id) = sel.stakeholders.first()
            && let Some(s) = doc.map().stakeholder(id).cloned()
        {
            ui.heading(text::STAKEHOLDER.get(lang));
            let b = &mut *self;
            if b.source.as_ref().is_none_or(|(sid, rev)| {
                !matches!(sid, Buffered::Stakeholder(s) if s == id)
                    || (*rev != revision && !ui.ctx().memory(|m| m.focused().is_some()))
            }) {
                b.source = Some((Buffered::Stakeholder(id.clone()), revision));
                b.name.clone_from(&s.name);
                b.domain.clone_from(&s.domain);
                b.notes.clone_from(&s.notes);
            }
            let mut commit = false;
            let l = ui.label(text::NAME.get(lang));
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut self.name)
                        .id_salt("insp-name")
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id);
            commit |= r.lost_focus();
            let l = ui.label(text::KIND.get(lang));
            let mut kind = s.kind;
            let r = egui::ComboBox::from_id_salt("insp-kind")
                .selected_text(kind.name(lang))
                .width(ui.available_width() - 8.0)
                .show_ui(ui, |ui| {
                    for k in StakeholderKind::ALL {
                        ui.selectable_value(&mut kind, k, k.name(lang));
                    }
                })
                .response
                .labelled_by(l.id);
            let kinds = StakeholderKind::ALL.map(|k| (k, k.name(lang)));
            super::combo::keyboard(ui, &r, &kinds, &mut kind);
            let l = ui.label(text::DOMAIN.get(lang));
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut self.domain)
                        .id_salt("insp-domain")
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id);
            commit |= r.lost_focus();
            let domains = doc.map().domains();
            ui.horizontal_wrapped(|ui| {
                for d in domains {
                    if d != self.domain && ui.small_button(&d).clicked() {
                        self.domain = d;
                        commit = true;
                    }
                }
            });
            let l = ui.label(text::NOTES.get(lang));
            let r = ui
                .add(
                    egui::TextEdit::multiline(&mut self.notes)
                        .id_salt("insp-notes")
                        .desired_rows(4)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id);
            commit |= r.lost_focus();
            let mut pinned = s.pinned;
            if ui
                .checkbox(&mut pinned, info_of(Action::Pin).label(lang))
                .on_hover_text(text::A_PINNED_STAKEHOLDER_STAYS_PUT.get(lang))
                .changed()
            {
                out.push(Request::Edit(Command::Pin {
                    ids: vec![s.id.clone()],
                    pinned,
                }));
                return;
            }
            let mut updated = s.clone();
            updated.kind = kind;
            if commit || kind != s.kind {
                if !self.name.trim().is_empty() {
                    self.name.trim().clone_into(&mut updated.name);
                }
                self.domain.trim().clone_into(&mut updated.domain);
                updated.notes.clone_from(&self.notes);
            }
            if updated != s {
                out.push(Request::View(ViewRequest::NewKind(updated.kind)));
                out.push(Request::Edit(Command::UpdateStakeholder(updated)));
            }
            ui.separator();
            relations_of(ui, seen, &s.id, out);
            ui.separator();
            if ui
                .button(format!("🗑 {}", info_of(Action::Delete).label(lang)))
                .clicked()
            {
                out.push(Request::Do(Action::Delete));
            }
        } else if let Some(rid) = &sel.relation
            && let Some(r) = doc.map().relation(rid).cloned()
        {
            ui.heading(text::RELATION.get(lang));
            let name = |id: &StakeholderId| doc.map().name_of(id).to_owned();
            let arrow = if r.kind.is_directed() { "➡" } else { "—" };
            ui.label(RichText::new(format!("{} {arrow} {}", name(&r.from), name(&r.to))).strong());
            let b = &mut *self;
            if b.source.as_ref().is_none_or(|(sid, rev)| {
                !matches!(sid, Buffered::Relation(r) if r == rid)
                    || (*rev != revision && !ui.ctx().memory(|m| m.focused().is_some()))
            }) {
                b.source = Some((Buffered::Relation(rid.clone()), revision));
                b.label.clone_from(&r.label);
                b.notes.clone_from(&r.notes);
                r.source
                    .clone()
                    .unwrap_or_default()
                    .clone_into(&mut b.claimed_by);
                r.date.clone().unwrap_or_default().clone_into(&mut b.date);
            }
            let mut kind = r.kind;
            let l = ui.label(text::KIND.get(lang));
            let combo = egui::ComboBox::from_id_salt("insp-rel-kind")
                .selected_text(kind.name(lang))
                .show_ui(ui, |ui| {
                    for k in RelationKind::ALL {
                        ui.selectable_value(&mut kind, k, k.name(lang));
                    }
                })
                .response
                .labelled_by(l.id);
            let kinds = RelationKind::ALL.map(|k| (k, k.name(lang)));
            super::combo::keyboard(ui, &combo, &kinds, &mut kind);
            let mut commit = false;
            let l = ui.label(text::LABEL.get(lang));
            commit |= ui
                .add(
                    egui::TextEdit::singleline(&mut self.label)
                        .id_salt("insp-label")
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id)
                .lost_focus();
            let l = ui.label(text::NOTES.get(lang));
            commit |= ui
                .add(
                    egui::TextEdit::multiline(&mut self.notes)
                        .id_salt("insp-rel-notes")
                        .desired_rows(3)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id)
                .lost_focus();
            // Who said it, how sure, when.
            let l = ui.label(text::SOURCE_LABEL.get(lang));
            let source_edit = ui
                .add(
                    egui::TextEdit::singleline(&mut self.claimed_by)
                        .id_salt("insp-source")
                        .hint_text(text::SOURCE_HINT.get(lang))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(l.id);
            commit |= source_edit.lost_focus();
            // A stakeholder's name may stand for its id: pick one.
            let mut picked: Option<String> = None;
            egui::ComboBox::from_id_salt("insp-source-pick")
                .selected_text(
                    doc.map()
                        .any_stakeholder(r.source.as_deref().unwrap_or_default().trim())
                        .map_or("…", |s| s.name.as_str()),
                )
                .show_ui(ui, |ui| {
                    for s in doc.map().all_stakeholders_sorted() {
                        if ui
                            .selectable_label(r.source.as_deref() == Some(s.id.as_str()), &s.name)
                            .clicked()
                        {
                            picked = Some(s.id.to_string());
                        }
                    }
                });
            let mut confidence = r.confidence;
            ui.horizontal(|ui| {
                let l = ui.label(text::CONFIDENCE_LABEL.get(lang));
                let word = |c: Option<crate::model::Confidence>| match c {
                    None => text::NOT_SAID.get(lang),
                    Some(crate::model::Confidence::Certain) => text::CONF_CERTAIN.get(lang),
                    Some(crate::model::Confidence::Likely) => text::CONF_LIKELY.get(lang),
                    Some(crate::model::Confidence::Contested) => text::CONF_CONTESTED.get(lang),
                };
                egui::ComboBox::from_id_salt("insp-confidence")
                    .selected_text(word(confidence))
                    .show_ui(ui, |ui| {
                        ui.selectable_value(&mut confidence, None, word(None));
                        for c in crate::model::Confidence::ALL {
                            ui.selectable_value(&mut confidence, Some(c), word(Some(c)));
                        }
                    })
                    .response
                    .labelled_by(l.id);
            });
            ui.horizontal(|ui| {
                let l = ui.label(text::DATE_LABEL.get(lang));
                let valid = self.date.trim().is_empty() || crate::model::is_date(self.date.trim());
                let mut field = egui::TextEdit::singleline(&mut self.date)
                    .id_salt("insp-date")
                    .hint_text(text::DUE_HINT.get(lang))
                    .desired_width(100.0);
                if !valid {
                    field = field.text_color(ui.visuals().error_fg_color);
                }
                commit |= ui.add(field).labelled_by(l.id).lost_focus() && valid;
            });
            let mut updated = r.clone();
            updated.kind = kind;
            updated.confidence = confidence;
            if commit {
                self.label.trim().clone_into(&mut updated.label);
                updated.notes.clone_from(&self.notes);
                updated.source = given(self.claimed_by.trim());
                if self.date.trim().is_empty() || crate::model::is_date(self.date.trim()) {
                    updated.date = given(self.date.trim());
                }
            }
            if let Some(id) = picked {
                self.claimed_by.clone_from(&id);
                updated.source = Some(id);
            }
            if updated != r {
                out.push(Request::Edit(Command::UpdateRelation(updated)));
            }
            ui.horizontal(|ui| {
                if ui
                    .button(format!("↔ {}", text::REVERSE_DIRECTION.get(lang)))
                    .clicked()
                {
                    out.push(Request::Edit(Command::ReverseRelation(r.id.clone())));
                }
                if ui
                    .button(format!("🗑 {}", info_of(Action::Delete).label(lang)))
                    .clicked()
                {
                    out.push(Request::Do(Action::Delete));
                }
            });
        } else {
            self.map_properties(ui, seen, out);
        }
    }

    fn map_properties(&mut self, ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
        let Some(doc) = seen.doc else {
            return;
        };
        let lang = seen.lang;
        ui.heading(text::MAP.get(lang));
        let revision = doc.revision();
        let (title, description) = (doc.map().title.clone(), doc.map().description.clone());
        let b = &mut *self;
        // The map's own fields use the same buffers.
        if b.source.as_ref().is_none_or(|(sid, rev)| {
            *sid != Buffered::Map
                || (*rev != revision && !ui.ctx().memory(|m| m.focused().is_some()))
        }) {
            b.source = Some((Buffered::Map, revision));
            b.name.clone_from(&title);
            b.notes.clone_from(&description);
        }
        ui.label(text::TITLE.get(lang));
        let r = ui.add(
            egui::TextEdit::singleline(&mut self.name)
                .id_salt("map-title")
                .desired_width(f32::INFINITY),
        );
        if r.lost_focus() && self.name != title {
            let t = self.name.clone();
            out.push(Request::Edit(Command::SetTitle(t)));
        }
        ui.label(text::DESCRIPTION.get(lang));
        let r = ui.add(
            egui::TextEdit::multiline(&mut self.notes)
                .id_salt("map-desc")
                .desired_rows(4)
                .desired_width(f32::INFINITY),
        );
        if r.lost_focus() && self.notes != description {
            let d = self.notes.clone();
            out.push(Request::Edit(Command::SetDescription(d)));
        }
        ui.separator();
        ui.label(format!(
            "{} {} · {} {}",
            doc.map().stakeholder_count(),
            text::STAKEHOLDERS.get(lang),
            doc.map().relation_count(),
            text::RELATIONS_LOWER.get(lang)
        ));
        ui.label(RichText::new(text::DOUBLE_CLICK_THE_CANVAS_TO.get(lang)).weak());
    }
}

/// The stakeholder's relations (click one to select it), and adding one of the current kind.
fn relations_of(ui: &mut Ui, seen: &Seen, id: &StakeholderId, out: &mut Vec<Request>) {
    let Some(doc) = seen.doc else {
        return;
    };
    let lang = seen.lang;
    ui.label(RichText::new(text::RELATIONS.get(lang)).strong());
    let map = doc.map();
    let name = |id: &StakeholderId| map.name_of(id).to_owned();
    let mut select = None;
    for r in map.relations_of(id) {
        let text = format!("{}: {} ➡ {}", r.kind.name(lang), name(&r.from), name(&r.to));
        if ui.link(text).clicked() {
            select = Some(r.id.clone());
        }
    }
    // Add relation to…: the current kind, to a stakeholder picked by name.
    let mut target = None;
    egui::ComboBox::from_id_salt("add-relation")
        .selected_text(format!(
            "+ {} {}…",
            seen.view.relation_kind.name(lang),
            text::TO.get(lang)
        ))
        .width(ui.available_width() - 8.0)
        .show_ui(ui, |ui| {
            for s in map.stakeholders_sorted() {
                if s.id != *id && ui.selectable_label(false, &s.name).clicked() {
                    target = Some(s.id.clone());
                }
            }
        });
    if let Some(rid) = select {
        out.push(Request::View(ViewRequest::SelectRelation(rid)));
    }
    if let Some(t) = target {
        let rid = map.fresh_relation_id();
        let r = crate::model::Relation::new(rid, seen.view.relation_kind, id.clone(), t);
        out.push(Request::Edit(Command::Connect(r)));
    }
}
