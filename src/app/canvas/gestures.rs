//! Two drags every diagram editor has: a box on the empty map selects the cards it touches
//! (Shift or Ctrl held; a plain drag still pans), and the end of the selected relation can be
//! dragged to another card to reconnect it (one undo step).

use egui::{Color32, Pos2, Rect, Stroke, StrokeKind, Ui};

use super::connect::DropNote;
use super::{Canvas, Drag};
use crate::app::document::{Command, Document, relation_refusal};
use crate::app::text;
use crate::model::RelationId;

/// How near (points) to a selected relation's end a drag takes that end.
const END_GRAB: f32 = 12.0;

/// Which end of a relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    From,
    To,
}

impl Canvas {
    /// The ends of the selected relation on screen: where it leaves its cards.
    pub(super) fn selected_ends(&self) -> Option<(RelationId, Pos2, Pos2)> {
        let id = self.selection.relation.as_ref()?;
        let e = self
            .scene
            .edges
            .iter()
            .find(|e| e.id.as_ref() == Some(id))?;
        let path = e.path(self.node_rect(e.from), self.node_rect(e.to), |p| p, 1.0);
        let rect = self.camera.rect;
        Some((
            id.clone(),
            self.view.to_screen(rect, path.start()),
            self.view.to_screen(rect, path.end()),
        ))
    }

    /// A drag starting at `origin` (screen) on an end of the selected relation.
    pub(super) fn end_at(&self, origin: Pos2) -> Option<(RelationId, End)> {
        let (id, a, b) = self.selected_ends()?;
        let (da, db) = (a.distance(origin), b.distance(origin));
        if da.min(db) > END_GRAB {
            return None;
        }
        Some((id, if da <= db { End::From } else { End::To }))
    }

    /// The ends of the selected relation, as dots to grab.
    pub(super) fn draw_ends(&self, ui: &Ui, painter: &egui::Painter) {
        if matches!(self.drag, Some(Drag::Reconnect { .. })) {
            return;
        }
        let Some((_, a, b)) = self.selected_ends() else {
            return;
        };
        let colour = super::color(crate::style::SELECTION);
        for p in [a, b] {
            painter.circle(
                p,
                6.0,
                ui.visuals().extreme_bg_color,
                Stroke::new(2.5, colour),
            );
        }
    }

    /// The box being dragged, and the relation end being moved.
    pub(super) fn draw_gesture(&self, ui: &Ui, painter: &egui::Painter) {
        match &self.drag {
            Some(Drag::Box { start, now, .. }) => {
                let r = Rect::from_two_pos(*start, *now);
                let colour = super::color(crate::style::SELECTION);
                painter.rect(
                    r,
                    0.0,
                    Color32::from_rgba_unmultiplied(colour.r(), colour.g(), colour.b(), 30),
                    Stroke::new(1.5, colour),
                    StrokeKind::Inside,
                );
            }
            Some(Drag::Reconnect { fixed, to, .. }) => {
                let c = super::edge_color(self.options.relation_kind, ui.visuals().dark_mode);
                painter.line_segment([*fixed, *to], Stroke::new(3.0, c));
                painter.circle_filled(*to, 5.0, c);
            }
            _ => {}
        }
    }

    /// The box let go: the cards it touches are selected (added to the selection with Ctrl).
    pub(super) fn box_selected(&mut self, start: Pos2, end: Pos2, add: bool) {
        let r = Rect::from_two_pos(start, end);
        if !add {
            self.selection.clear();
        }
        let rect = self.camera.rect;
        for (i, n) in self.scene.nodes.iter().enumerate() {
            let card = self.node_rect(i as u32);
            let on_screen = Rect::from_two_pos(
                self.view.to_screen(rect, card.min),
                self.view.to_screen(rect, card.max),
            );
            if on_screen.intersects(r) && n.change != Some(crate::scene::Change::Removed) {
                self.selection.stakeholders.insert(n.id.clone());
            }
        }
    }

    /// A relation's end let go at `to` (screen): on another card, the relation reconnected
    /// there; else it stays, and the note says so.
    pub(super) fn reconnected(
        &mut self,
        id: &RelationId,
        end: End,
        to: Pos2,
        doc: &Document,
        commands: &mut Vec<Command>,
    ) {
        let Some(r) = doc.map().relation(id) else {
            return;
        };
        let world = self.view.to_world(self.camera.rect, to);
        let note = |text| DropNote::new(to, text);
        let Some(j) = self.node_at(world) else {
            self.drop_note = Some(note(text::RECONNECT_DROPPED_OFF));
            return;
        };
        let target = self.scene.nodes[j as usize].id.clone();
        let mut changed = r.clone();
        match end {
            End::From => changed.from = target,
            End::To => changed.to = target,
        }
        if changed.from == r.from && changed.to == r.to {
            return;
        }
        if let Some(why) = relation_refusal(doc.map(), &changed.from, &changed.to, changed.kind) {
            self.drop_note = Some(note(why));
            return;
        }
        commands.push(Command::UpdateRelation(changed));
    }
}
