//! Where an overlay (a notice, the walkthrough's sentence, a banner) goes on the canvas: the
//! spot that covers fewest cards, relation labels and note markers.

use super::Canvas;

impl Canvas {
    /// The top-left corner for an overlay of `size` on the canvas where it covers no card:
    /// top middle, top corners, bottom middle, bottom corners; else the one covering fewest.
    /// Covering one of the `keep` stakeholders weighs as much as covering all the others (the
    /// ones a walkthrough sentence is about).
    pub fn free_spot(
        &self,
        size: egui::Vec2,
        keep: &std::collections::BTreeSet<crate::model::StakeholderId>,
    ) -> egui::Pos2 {
        self.spot(size, keep).0
    }

    /// A spot for an overlay of `size` that covers no card, label or note marker; `None`
    /// where the map leaves none.
    pub fn clear_spot(&self, size: egui::Vec2) -> Option<egui::Pos2> {
        let (at, covered) = self.spot(size, &std::collections::BTreeSet::new());
        (covered == 0).then_some(at)
    }

    /// The best spot and how much it covers.
    fn spot(
        &self,
        size: egui::Vec2,
        keep: &std::collections::BTreeSet<crate::model::StakeholderId>,
    ) -> (egui::Pos2, usize) {
        let area = self.rect().shrink(8.0);
        let heavy = self.scene().nodes.len() + 1;
        let cards: Vec<(egui::Rect, usize)> = self
            .scene()
            .nodes
            .iter()
            .map(|n| {
                let r = self.view.world_rect_to_screen(self.rect(), n.rect);
                (r, if keep.contains(&n.id) { heavy } else { 1 })
            })
            // Relation labels and note markers count too, as one card each.
            .chain(
                self.scene()
                    .labels
                    .iter()
                    .map(|l| l.rect)
                    .chain(self.scene().notes.iter().filter_map(|n| n.marker))
                    .map(|r| (self.view.world_rect_to_screen(self.rect(), r), 1)),
            )
            .filter(|(r, _)| r.intersects(area))
            .collect();
        let (l, c, r) = (
            area.left(),
            area.center().x - size.x / 2.0,
            area.right() - size.x,
        );
        let (t, b) = (area.top(), area.bottom() - size.y);
        // Along the top and the bottom edge, middle first; then down the sides.
        let (ml, mr) = (f32::midpoint(l, c), f32::midpoint(c, r));
        let (third, two_thirds) = (t + (b - t) / 3.0, t + 2.0 * (b - t) / 3.0);
        [
            (c, t),
            (l, t),
            (r, t),
            (ml, t),
            (mr, t),
            (c, b),
            (l, b),
            (r, b),
            (ml, b),
            (mr, b),
            (l, third),
            (r, third),
            (l, two_thirds),
            (r, two_thirds),
        ]
        .into_iter()
        .map(|(x, y)| {
            let p = egui::pos2(x, y);
            let spot = egui::Rect::from_min_size(p, size);
            let covered = cards
                .iter()
                .filter(|(q, _)| q.intersects(spot))
                .map(|(_, w)| w)
                .sum::<usize>();
            (p, covered)
        })
        .min_by_key(|(_, covered)| *covered)
        .unwrap_or((area.min, 0))
    }
}
