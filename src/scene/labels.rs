//! Relation labels placed where they cover nothing. A deterministic placer tries points along
//! each relation (middle first), on the line and on both sides of it, and takes the first spot
//! that overlaps no card, no label already placed and nothing reserved (a title, a legend).
//! A label with no free spot becomes a numbered note: a small numbered marker on its relation
//! (where one fits) and its text in a list beside the map. So no label ever covers a card or
//! another label, by construction.

use emath::{Pos2, Rect, Vec2, vec2};

use super::Scene;
use crate::geometry::{Grid, Path};
use crate::text::{self, Line};

/// Where along a relation a label is tried, in order.
const ALONG: [f32; 11] = [
    0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.1, 0.9,
];
/// Labels longer than this many lines become notes.
const MAX_LINES: usize = 3;

/// A relation label in free space.
#[derive(Debug, Clone)]
pub struct LabelGeom {
    /// Index into `Scene::edges`.
    pub edge: u32,
    /// Where along the relation (0 at its start, 1 at its end) …
    pub t: f32,
    /// … and how far to the side of it (along its normal there), in map units.
    pub offset: f32,
    pub lines: Vec<Line>,
    /// The label's box, background included, where the placer put it.
    pub rect: Rect,
}

impl LabelGeom {
    /// The box on a relation that has moved (a card being dragged): same place along it.
    pub fn rect_on(&self, curve: &Path) -> Rect {
        let n = curve.tangent(self.t).rot90();
        Rect::from_center_size(curve.at(self.t) + n * self.offset, self.rect.size())
    }
}

/// A relation label with no free space: a numbered marker and a line in the notes list.
#[derive(Debug, Clone)]
pub struct Note {
    /// From 1, in drawing order.
    pub number: u32,
    /// Index into `Scene::edges`.
    pub edge: u32,
    pub text: String,
    /// The marker's box (a circle in it), when a free spot was found.
    pub marker: Option<Rect>,
}

/// Room around a label's text, as a fraction of the font size.
pub const PAD_X: f32 = 0.35;
pub const PAD_Y: f32 = 0.15;

/// The box of a label's lines at `size`.
pub fn label_box(lines: &[Line], size: f32) -> Vec2 {
    vec2(
        text::widest(lines) + 2.0 * PAD_X * size,
        lines.len() as f32 * text::LINE_HEIGHT * size + 2.0 * PAD_Y * size,
    )
}

struct Free<'a> {
    cards: &'a [Rect],
    card_grid: &'a Grid,
    taken: Vec<Rect>,
    taken_grid: Grid,
    reserved: &'a [Rect],
    frame: Option<Rect>,
    gap: f32,
    scratch: Vec<u32>,
}

impl Free<'_> {
    fn is_free(&mut self, r: Rect) -> bool {
        if self.frame.is_some_and(|f| !f.contains_rect(r)) {
            return false;
        }
        let probe = r.expand(self.gap);
        self.scratch.clear();
        self.card_grid.in_rect(probe, &mut self.scratch);
        if self
            .scratch
            .iter()
            .any(|&i| self.cards[i as usize].intersects(probe))
        {
            return false;
        }
        self.scratch.clear();
        self.taken_grid.in_rect(r, &mut self.scratch);
        if self
            .scratch
            .iter()
            .any(|&i| self.taken[i as usize].intersects(r))
        {
            return false;
        }
        !self.reserved.iter().any(|q| q.intersects(r))
    }

    fn take(&mut self, r: Rect) {
        self.taken_grid.insert(self.taken.len() as u32, r);
        self.taken.push(r);
    }

    /// The first free spot for a box of `size` along `curve`: (t, offset, box).
    fn spot(&mut self, curve: &Path, size: Vec2) -> Option<(f32, f32, Rect)> {
        for t in ALONG {
            let p: Pos2 = curve.at(t);
            let n = curve.tangent(t).rot90();
            // Far enough to the side that the box clears the line.
            let side = n.x.abs() * size.x / 2.0 + n.y.abs() * size.y / 2.0 + self.gap;
            // A step further out only where that leaves a small gap (a label across the line
            // from a steep relation would stand a whole label's width away from it, and read
            // as belonging to nothing: a numbered note is clearer).
            let far = side - self.gap <= 1.5 * size.y;
            for off in [0.0, side, -side, 2.0 * side, -2.0 * side] {
                if off.abs() > side && !far {
                    continue;
                }
                let r = Rect::from_center_size(p + n * off, size);
                if self.is_free(r) {
                    return Some((t, off, r));
                }
            }
        }
        None
    }
}

/// Place the labels of `scene`'s relations, or make them notes. `cards` indexes the scene's
/// cards; `reserved` boxes are kept clear (map units).
/// With a `frame`, labels stay inside it.
pub fn place(scene: &mut Scene, cards: &Grid, reserved: &[Rect], frame: Option<Rect>) {
    let t = scene.typography;
    let size = t.label_size;
    let rects: Vec<Rect> = scene.nodes.iter().map(|n| n.rect).collect();
    let mut free = Free {
        cards: &rects,
        card_grid: cards,
        taken: Vec::new(),
        taken_grid: Grid::empty(t.card.x.max(t.card.y)),
        reserved,
        frame,
        gap: 0.2 * size,
        scratch: Vec::new(),
    };
    let mut labels = Vec::new();
    let mut notes = Vec::new();
    for (i, e) in scene.edges.iter().enumerate() {
        let label = e.label.trim();
        if label.is_empty() {
            continue;
        }
        let curve = scene.path(e);
        let lines = text::wrap(&text::drawable(label), t.card.x * 1.1, size, false);
        let placed = if lines.len() <= MAX_LINES {
            free.spot(&curve, label_box(&lines, size))
        } else {
            None
        };
        if let Some((at, offset, rect)) = placed {
            free.take(rect);
            labels.push(LabelGeom {
                edge: i as u32,
                t: at,
                offset,
                lines,
                rect,
            });
        } else {
            let number = notes.len() as u32 + 1;
            let digits = text::text_width(&number.to_string(), size);
            let marker = free
                .spot(&curve, Vec2::splat((digits + size * 0.6).max(size * 1.4)))
                .map(|(_, _, r)| r);
            if let Some(r) = marker {
                free.take(r);
            }
            notes.push(Note {
                number,
                edge: i as u32,
                text: label.to_owned(),
                marker,
            });
        }
    }
    scene.labels = labels;
    scene.notes = notes;
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze;
    use crate::model::test_ids::{rid, sid};
    use crate::model::{Map, Relation, RelationKind, Stakeholder, StakeholderKind};
    use crate::scene::Scene;

    #[test]
    fn labels_leave_cards_and_each_other_free() {
        let mut m = Map::new("t");
        // A star: many labelled relations meet at the centre.
        m.add_stakeholder(Stakeholder::new(
            sid("c"),
            "Gemeente",
            StakeholderKind::Municipality,
            0.0,
            0.0,
        ))
        .unwrap();
        for k in 0..8 {
            let a = f64::from(k) * std::f64::consts::TAU / 8.0;
            let id = format!("s{k}");
            m.add_stakeholder(Stakeholder::new(
                sid(&id),
                "Partner",
                StakeholderKind::Other,
                300.0 * a.cos(),
                250.0 * a.sin(),
            ))
            .unwrap();
            let mut r = Relation::new(
                rid(&format!("r{k}")),
                RelationKind::Dependency,
                sid("c"),
                sid(&id),
            );
            r.label = "financiering en inkoop".into();
            m.add_relation(r).unwrap();
        }
        let s = Scene::build(&m, &analyze(&m));
        assert_eq!(s.labels.len() + s.notes.len(), 8);
        for l in &s.labels {
            assert!(s.nodes.iter().all(|n| !n.rect.intersects(l.rect)));
            for o in &s.labels {
                assert!(std::ptr::eq(l, o) || !l.rect.intersects(o.rect));
            }
        }
        // Too crowded for all: the rest are numbered notes.
        for (k, n) in s.notes.iter().enumerate() {
            assert_eq!(n.number as usize, k + 1);
        }
    }
}
