//! What is under a point of the map: a card (as drawn, with a move in progress), a relation.

use egui::Pos2;

use super::{Canvas, Drag, EdgeGeom, EdgeLook, Rect};

impl Canvas {
    /// The card rectangle of node `i` in map units, as drawn: with a move in progress applied,
    /// and never smaller on screen than a card whose name can be read.
    pub(super) fn node_rect(&self, i: u32) -> Rect {
        let n = &self.scene.nodes[i as usize];
        let mut r = n.rect;
        if let Some(Drag::Move { ids, offset }) = &self.drag
            && ids.contains(&n.id)
        {
            r = r.translate(*offset);
        }
        if let Some(g) = &self.glide
            && let Some(o) = g.offsets.get(i as usize)
        {
            r = r.translate(*o * g.left);
        }
        r
    }

    pub(super) fn node_at(&self, world: Pos2) -> Option<u32> {
        // The last drawn (topmost) wins.
        let candidates = if self.glide.is_some() {
            // Gliding: cards are not where the grid has them.
            (0..self.scene.nodes.len() as u32).collect()
        } else {
            self.grid.near(world, 1.0)
        };
        candidates
            .into_iter()
            .filter(|&i| {
                self.node_rect(i).contains(world)
                    && self.scene.nodes[i as usize].change != Some(crate::scene::Change::Removed)
            })
            .max()
    }

    pub(super) fn relation_at(&self, world: Pos2) -> Option<&EdgeGeom> {
        let tolerance = 8.0 / self.view.zoom;
        self.scene
            .edges
            .iter()
            .rev()
            // Ghosts (what a compared scenario had) are looked at, not edited.
            .filter(|e| e.id.is_some() && e.change != Some(crate::scene::Change::Removed))
            .filter(
                |e| !matches!(e.look, EdgeLook::Relation(k) if self.options.hidden.contains(&k)),
            )
            .find(|e| {
                let c = e.path(self.node_rect(e.from), self.node_rect(e.to), |p| p, 1.0);
                c.bounds().expand(tolerance).contains(world) && c.distance(world) <= tolerance
            })
    }
}
