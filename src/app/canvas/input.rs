//! Pointer input on the canvas: the wheel zooms around the pointer, a drag pans, moves cards
//! or (Shift, or connect mode) draws a relation, a click selects, a double-click on the
//! background asks for a new stakeholder's name. What changes the map comes out as
//! [`Command`]s.

use egui::{FontId, Pos2, Rect, Ui, Vec2, vec2};

use super::{Canvas, Drag, NewStakeholder};
use crate::app::document::{Command, Document};
use crate::lang::Lang;
use crate::model::{Relation, Stakeholder};

impl Canvas {
    /// Zoom with the mouse wheel (and pinch), around the pointer.
    pub(super) fn zoom_with_wheel(&mut self, ui: &Ui, rect: Rect, pointer: Option<Pos2>) {
        let Some(p) = pointer else { return };
        let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
        let factor = zoom * (scroll * 0.0015).exp();
        if (factor - 1.0).abs() > 1e-4 {
            self.camera.taken();
            self.view.zoom_around(rect, p, factor);
        }
    }

    pub(super) fn handle_drag(
        &mut self,
        ui: &Ui,
        resp: &egui::Response,
        rect: Rect,
        doc: &Document,
        commands: &mut Vec<Command>,
    ) {
        if resp.drag_started() {
            let origin = ui
                .input(|i| i.pointer.press_origin())
                .unwrap_or(rect.center());
            let shift = ui.input(|i| i.modifiers.shift);
            let world = self.view.to_world(rect, origin);
            self.drop_note = None;
            let add = ui.input(|i| i.modifiers.command);
            // An end of the selected relation: reconnect it.
            if let Some((id, end)) = self.end_at(origin)
                && let Some((_, a, b)) = self.selected_ends()
            {
                let fixed = if end == super::gestures::End::From {
                    b
                } else {
                    a
                };
                self.drag = Some(Drag::Reconnect {
                    id,
                    end,
                    fixed,
                    to: origin,
                });
                return;
            }
            // From a card's edge or its dot: a relation, without Shift.
            let edge = self.connect_start(origin);
            self.drag = Some(match edge.or_else(|| self.node_at(world)) {
                Some(i) if edge == Some(i) => Drag::Connect {
                    from: self.scene.nodes[i as usize].id.clone(),
                    to: origin,
                },
                Some(i) => {
                    let id = self.scene.nodes[i as usize].id.clone();
                    if shift || self.connect_mode {
                        Drag::Connect {
                            from: id,
                            to: origin,
                        }
                    } else {
                        if !self.selection.stakeholders.contains(&id) {
                            self.selection.only(&id);
                        }
                        Drag::Move {
                            ids: self.selection.stakeholders.iter().cloned().collect(),
                            offset: Vec2::ZERO,
                        }
                    }
                }
                // Shift or Ctrl on the empty map: a box selects; a plain drag pans.
                None if shift || add => Drag::Box {
                    start: origin,
                    now: origin,
                    add,
                },
                None => Drag::Pan,
            });
        }
        if resp.dragged() {
            let delta = resp.drag_delta();
            let zoom = self.view.zoom;
            match &mut self.drag {
                Some(Drag::Pan) => {
                    self.camera.taken();
                    self.view.pan += delta;
                }
                Some(Drag::Move { offset, .. }) => *offset += delta / zoom,
                Some(
                    Drag::Connect { to, .. }
                    | Drag::Reconnect { to, .. }
                    | Drag::Box { now: to, .. },
                ) => {
                    if let Some(p) = resp.interact_pointer_pos() {
                        *to = p;
                    }
                }
                None => {}
            }
        }
        if resp.drag_stopped() {
            match self.drag.take() {
                Some(Drag::Move { ids, offset }) if offset != Vec2::ZERO => {
                    let moves = ids
                        .iter()
                        .filter_map(|id| doc.map().stakeholder(id))
                        .map(|s| {
                            (
                                s.id.clone(),
                                s.x + f64::from(offset.x),
                                s.y + f64::from(offset.y),
                            )
                        })
                        .collect();
                    commands.push(Command::Move(moves));
                }
                Some(Drag::Connect { from, to }) => self.dropped(from, to, doc, commands),
                Some(Drag::Box { start, now, add }) => self.box_selected(start, now, add),
                Some(Drag::Reconnect { id, end, to, .. }) => {
                    self.reconnected(&id, end, to, doc, commands);
                }
                _ => {}
            }
        }
    }

    pub(super) fn handle_clicks(
        &mut self,
        ui: &Ui,
        resp: &egui::Response,
        rect: Rect,
        doc: &Document,
    ) {
        let Some(p) = resp.interact_pointer_pos() else {
            return;
        };
        let world = self.view.to_world(rect, p);
        if resp.double_clicked() {
            if self.node_at(world).is_none() && self.relation_at(world).is_none() {
                self.new_stakeholder = Some(NewStakeholder {
                    at: world,
                    name: String::new(),
                    focused: false,
                    connect_from: None,
                });
            }
            return;
        }
        if !resp.clicked() {
            return;
        }
        let toggle = ui.input(|i| i.modifiers.command || i.modifiers.shift);
        if let Some(i) = self.node_at(world) {
            let id = self.scene.nodes[i as usize].id.clone();
            if toggle {
                self.selection.relation = None;
                if !self.selection.stakeholders.remove(&id) {
                    self.selection.stakeholders.insert(id);
                }
            } else {
                self.selection.only(&id);
            }
        } else if let Some(e) = self.relation_at(world) {
            let id = e.id.clone();
            self.selection.clear();
            self.selection.relation = id.filter(|id| doc.map().relation(id).is_some());
        } else {
            self.selection.clear();
        }
    }

    pub(super) fn new_stakeholder_field(
        &mut self,
        ui: &mut Ui,
        rect: Rect,
        doc: &Document,
        lang: Lang,
        commands: &mut Vec<Command>,
    ) {
        let Some(new) = &mut self.new_stakeholder else {
            return;
        };
        let at = self.view.to_screen(rect, new.at);
        let mut done = None;
        // In the canvas's own space, not a new floating area: an area's first frame only
        // measures (invisible, no keyboard), and the letters typed then were lost.
        let field = Rect::from_min_size(at - vec2(110.0, 18.0), vec2(250.0, 48.0));
        ui.scope_builder(egui::UiBuilder::new().max_rect(field), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                let id = egui::Id::new("new-stakeholder-name");
                let first = !new.focused;
                if first {
                    // Letters typed in the frame of the double-click are the name's first
                    // (`actions::pressed` kept them from the shortcuts). The field cannot read
                    // them itself: the click surrenders its focus in this frame.
                    ui.input_mut(|i| {
                        i.events.retain(|e| match e {
                            egui::Event::Text(t) => {
                                new.name.push_str(t);
                                false
                            }
                            _ => true,
                        });
                    });
                }
                let edit = egui::TextEdit::singleline(&mut new.name)
                    .id(id)
                    .desired_width(220.0)
                    .font(FontId::proportional(18.0))
                    .hint_text(crate::app::text::NAME_HINT.get(lang));
                let r = ui.add(edit);
                if first {
                    r.request_focus();
                    crate::app::panels::entry::move_cursor_to_end(ui, id, &new.name);
                    new.focused = true;
                }
                let (enter, escape) = ui.input(|i| {
                    (
                        i.key_pressed(egui::Key::Enter),
                        i.key_pressed(egui::Key::Escape),
                    )
                });
                if escape {
                    done = Some(false);
                } else if enter {
                    done = Some(true);
                } else if r.lost_focus() && new.focused {
                    // Clicked elsewhere: keep what was typed, like pressing Enter.
                    done = Some(!new.name.trim().is_empty());
                }
            });
        });
        match done {
            Some(true) if !new.name.trim().is_empty() => {
                let name = new.name.trim().to_owned();
                let id = doc.map().fresh_stakeholder_id(&name);
                let s = Stakeholder::new(
                    id.clone(),
                    &name,
                    self.new_kind,
                    f64::from(new.at.x),
                    f64::from(new.at.y),
                );
                // Dropped here from a partner: the new one comes with its relation, one step.
                match new
                    .connect_from
                    .take()
                    .filter(|f| doc.map().stakeholder(f).is_some())
                {
                    Some(from) => {
                        let r = Relation::new(
                            doc.map().fresh_relation_id(),
                            self.options.relation_kind,
                            from,
                            id.clone(),
                        );
                        commands.push(Command::Batch(vec![
                            Command::AddStakeholder(s),
                            Command::Connect(r),
                        ]));
                    }
                    None => commands.push(Command::AddStakeholder(s)),
                }
                self.selection.only(&id);
                self.new_stakeholder = None;
            }
            Some(_) => self.new_stakeholder = None,
            None => {}
        }
    }
}
