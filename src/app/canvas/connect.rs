//! Drawing a relation with the mouse, never silently: a drag from a card's edge (or the dot
//! shown on the card under the pointer) draws a relation without Shift, and a drop that makes
//! none says why at the pointer, offering the fix where there is one (dropped on an empty spot:
//! a new partner there, connected).

use egui::{Pos2, Rect, RichText, Stroke, Ui, vec2};

use super::{Canvas, NewStakeholder};
use crate::app::document::{Command, Document, relation_refusal};
use crate::app::text::{self, Text};
use crate::lang::Lang;
use crate::model::{Relation, StakeholderId};

/// How long a note about a drop stays (seconds).
const NOTE_SECONDS: f64 = 6.0;
/// The dot's radius (points).
const HANDLE: f32 = 7.0;

/// What a drop that made no relation says, where the pointer let go.
#[derive(Debug, Clone)]
pub struct DropNote {
    /// Screen position of the drop.
    at: Pos2,
    text: Text,
    /// Dropped on an empty spot: a new partner there (map units), connected from this one.
    offer: Option<(StakeholderId, Pos2)>,
    since: Option<f64>,
}

impl DropNote {
    /// A note at `at` (screen) with nothing to offer.
    pub fn new(at: Pos2, text: Text) -> Self {
        DropNote {
            at,
            text,
            offer: None,
            since: None,
        }
    }
}

impl Canvas {
    /// Card `i` on screen.
    fn card_on_screen(&self, i: u32) -> Rect {
        let r = self.node_rect(i);
        let rect = self.camera.rect;
        Rect::from_min_max(
            self.view.to_screen(rect, r.min),
            self.view.to_screen(rect, r.max),
        )
    }

    /// The dot of card `i`: on the middle of its right edge.
    fn handle_of(&self, i: u32) -> Pos2 {
        self.card_on_screen(i).right_center()
    }

    /// The card a drag starting at `origin` (screen) draws a relation from, without Shift: its
    /// dot, or a band along its edge (a fifth of the card, at most 10 points, so the middle
    /// still moves the card).
    pub(super) fn connect_start(&self, origin: Pos2) -> Option<u32> {
        let rect = self.camera.rect;
        let world = self.view.to_world(rect, origin);
        let near = self
            .scene
            .nodes
            .iter()
            .enumerate()
            .map(|(i, _)| i as u32)
            .filter(|&i| self.handle_of(i).distance(origin) <= HANDLE + 3.0)
            .max();
        if near.is_some() {
            return near;
        }
        let i = self.node_at(world)?;
        let card = self.card_on_screen(i);
        let band = (card.width().min(card.height()) * 0.2).min(10.0);
        (!card.shrink(band).contains(origin)).then_some(i)
    }

    /// The dot on the card under the pointer (not while dragging): where a relation starts.
    pub(super) fn draw_handle(&self, ui: &Ui, painter: &egui::Painter, pointer: Option<Pos2>) {
        let Some(p) = pointer else { return };
        // (Not in front of the room: a dot on a card there is noise for everyone.)
        if self.drag.is_some() || self.new_stakeholder.is_some() || self.presenting {
            return;
        }
        let world = self.view.to_world(self.camera.rect, p);
        let Some(i) = self.node_at(world).or_else(|| self.connect_start(p)) else {
            return;
        };
        let at = self.handle_of(i);
        let colour = super::edge_color(self.options.relation_kind, ui.visuals().dark_mode);
        painter.circle(
            at,
            HANDLE,
            ui.visuals().extreme_bg_color,
            Stroke::new(2.5, colour),
        );
        painter.circle_filled(at, 2.5, colour);
        if self.connect_start(p) == Some(i) {
            ui.ctx().set_cursor_icon(egui::CursorIcon::Crosshair);
        }
    }

    /// A relation drawn from `from` was let go at `to` (screen): the relation, or a note
    /// saying why there is none.
    pub(super) fn dropped(
        &mut self,
        from: StakeholderId,
        to: Pos2,
        doc: &Document,
        commands: &mut Vec<Command>,
    ) {
        let world = self.view.to_world(self.camera.rect, to);
        let kind = self.options.relation_kind;
        let note = |text: Text, offer: Option<(StakeholderId, Pos2)>| DropNote {
            at: to,
            text,
            offer,
            since: None,
        };
        let Some(j) = self.node_at(world) else {
            self.drop_note = Some(note(text::DROP_ON_EMPTY, Some((from, world))));
            return;
        };
        let target = self.scene.nodes[j as usize].id.clone();
        if let Some(why) = relation_refusal(doc.map(), &from, &target, kind) {
            self.drop_note = Some(note(why, None));
            return;
        }
        let id = doc.map().fresh_relation_id();
        commands.push(Command::Connect(Relation::new(
            id.clone(),
            kind,
            from,
            target,
        )));
        self.selection.clear();
        self.selection.relation = Some(id);
        self.drop_note = None;
    }

    /// The note about the last drop, at the pointer where it was let go, with its fix.
    pub(super) fn drop_note_ui(&mut self, ui: &mut Ui, lang: Lang) {
        let Some(note) = &mut self.drop_note else {
            return;
        };
        let now = ui.input(|i| i.time);
        let since = *note.since.get_or_insert(now);
        if now - since > NOTE_SECONDS {
            self.drop_note = None;
            return;
        }
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(NOTE_SECONDS));
        let at = note.at + vec2(14.0, 10.0);
        let area = Rect::from_min_size(at, vec2(360.0, 90.0)).intersect(self.camera.rect);
        let mut take = false;
        ui.scope_builder(egui::UiBuilder::new().max_rect(area), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.label(
                    RichText::new(note.text.get(lang))
                        .color(ui.visuals().warn_fg_color)
                        .strong(),
                );
                if note.offer.is_some()
                    && ui.button(text::DROP_NEW_PARTNER_HERE.get(lang)).clicked()
                {
                    take = true;
                }
            });
        });
        if take && let Some((from, at)) = note.offer.take() {
            self.new_stakeholder = Some(NewStakeholder {
                at,
                name: String::new(),
                focused: false,
                connect_from: Some(from),
            });
            self.drop_note = None;
        }
    }
}
