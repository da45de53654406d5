//! The cards' glide: after a layout, stakeholders move from where they were to where the map
//! now has them, so the room can follow what moved.

use std::collections::HashMap;

use egui::{Pos2, Ui, Vec2};

use super::{Canvas, camera};
use crate::model::StakeholderId;

/// Stakeholders gliding from their old positions to new ones (after a tidy layout).
pub(super) struct Glide {
    pub(super) old: HashMap<StakeholderId, Pos2>,
    /// Per scene node: old centre minus new centre; filled once the scene is rebuilt.
    pub(super) offsets: Vec<Vec2>,
    pub(super) start: Option<f64>,
    /// How much of the offset is left (1 → 0).
    pub(super) left: f32,
}

impl Canvas {
    /// Let stakeholders glide from `old` positions (map units, by id) to where the map now has
    /// them. Call right after applying the move.
    pub fn animate_moves(&mut self, old: HashMap<StakeholderId, Pos2>) {
        self.glide = Some(Glide {
            old,
            offsets: Vec::new(),
            start: None,
            left: 1.0,
        });
    }

    /// Advance the cards' glide by the clock.
    pub(super) fn animate(&mut self, ui: &Ui) {
        let Some(g) = &mut self.glide else { return };
        if g.offsets.is_empty() && !g.old.is_empty() {
            g.offsets = self
                .scene
                .nodes
                .iter()
                .map(|n| {
                    g.old
                        .get(&n.id)
                        .map_or(Vec2::ZERO, |o| *o - n.rect.center())
                })
                .collect();
        }
        let now = ui.input(|i| i.time);
        let start = *g.start.get_or_insert(now);
        let t = ((now - start) / camera::ANIM_SECONDS).clamp(0.0, 1.0) as f32;
        g.left = 1.0 - emath::easing::cubic_in_out(t);
        if t >= 1.0 {
            self.glide = None;
        }
        ui.ctx().request_repaint();
    }
}
