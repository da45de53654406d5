//! The context menu: a right-click on a card, a relation or the empty map offers the actions
//! that apply there, from the one action table (label and keys as in the menus and the help).

use egui::{Pos2, Response};

use super::{Canvas, NewStakeholder};
use crate::app::actions::{Action, info_of};
use crate::app::document::{Command, Document};
use crate::lang::Lang;
use crate::model::RelationKind;

/// What was right-clicked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MenuTarget {
    /// A card (now selected, or part of the selection).
    Card,
    /// A relation (now selected).
    Relation,
    /// The empty map, at this point (map units).
    Map(Pos2),
}

impl Canvas {
    /// The context menu of the canvas's response. A right-click first selects what it is on,
    /// so the actions apply to what the user sees marked.
    pub(super) fn context_menu(
        &mut self,
        resp: &Response,
        doc: &Document,
        lang: Lang,
        commands: &mut Vec<Command>,
    ) {
        if resp.secondary_clicked()
            && let Some(p) = resp.interact_pointer_pos()
        {
            let world = self.view.to_world(self.camera.rect, p);
            self.menu = Some(if let Some(i) = self.node_at(world) {
                let id = self.scene.nodes[i as usize].id.clone();
                if !self.selection.stakeholders.contains(&id) {
                    self.selection.only(&id);
                }
                MenuTarget::Card
            } else if let Some(e) = self.relation_at(world) {
                let id = e.id.clone();
                self.selection.clear();
                self.selection.relation = id;
                MenuTarget::Relation
            } else {
                self.selection.clear();
                MenuTarget::Map(world)
            });
        }
        let Some(target) = self.menu else { return };
        let mut chosen = None;
        let mut new_here = None;
        let mut edit = None;
        let shown = resp.context_menu(|ui| {
            let mut item = |ui: &mut egui::Ui, a: Action| {
                let info = info_of(a);
                let keys = info.shortcut_text(lang);
                let mut button = egui::Button::new(info.label(lang));
                if !keys.is_empty() {
                    button = button.shortcut_text(keys);
                }
                if ui.add(button).clicked() {
                    chosen = Some(a);
                    ui.close();
                }
            };
            match target {
                MenuTarget::Card => {
                    for a in [Action::RelationLine, Action::Copy, Action::Cut, Action::Pin] {
                        item(ui, a);
                    }
                    ui.separator();
                    item(ui, Action::Focus);
                    ui.separator();
                    item(ui, Action::Delete);
                }
                MenuTarget::Relation => {
                    // The relation's kind, and its direction: edits of this relation.
                    let relation = self
                        .selection
                        .relation
                        .as_ref()
                        .and_then(|id| doc.map().relation(id));
                    if let Some(r) = relation {
                        for k in RelationKind::ALL {
                            if ui.radio(r.kind == k, k.name(lang)).clicked() && r.kind != k {
                                let mut changed = r.clone();
                                changed.kind = k;
                                edit = Some(Command::UpdateRelation(changed));
                                ui.close();
                            }
                        }
                        if r.kind.is_directed()
                            && ui
                                .button(crate::app::text::REVERSE_DIRECTION.get(lang))
                                .clicked()
                        {
                            edit = Some(Command::ReverseRelation(r.id.clone()));
                            ui.close();
                        }
                    }
                    ui.separator();
                    item(ui, Action::Delete);
                }
                MenuTarget::Map(at) => {
                    let info = info_of(Action::QuickEntry);
                    if ui.button(info.label(lang)).clicked() {
                        new_here = Some(at);
                        ui.close();
                    }
                    for a in [Action::Paste, Action::SelectAll] {
                        item(ui, a);
                    }
                    ui.separator();
                    for a in [
                        Action::Fit,
                        Action::Tidy,
                        Action::Zones,
                        Action::ToggleAnalysis,
                    ] {
                        item(ui, a);
                    }
                }
            }
        });
        commands.extend(edit);
        if let Some(a) = chosen {
            self.asked.push(a);
        }
        if let Some(at) = new_here {
            // A new partner where the menu was opened.
            self.new_stakeholder = Some(NewStakeholder {
                at,
                name: String::new(),
                focused: false,
                connect_from: None,
            });
        }
        if shown.is_none() {
            self.menu = None;
        }
    }

    /// Actions asked for on the canvas (its context menu) since the last frame.
    pub fn take_asked(&mut self) -> Vec<Action> {
        std::mem::take(&mut self.asked)
    }
}
