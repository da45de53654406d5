//! The legibility checker: counts, over a finished scene, what would make the picture hard to
//! read. Tests assert that the first five counts are zero on every sample and generated map;
//! the last is reported (a relation may have no way around every card).

use emath::Rect;

use super::Scene;
use super::route::crossings;
use crate::geometry::Grid;
use crate::text::{self, Join};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Legibility {
    /// Labels or note markers overlapping a card.
    pub label_card: usize,
    /// Pairs of labels or markers overlapping each other.
    pub label_label: usize,
    /// Labels or markers over a reserved box (title, legend).
    pub label_reserved: usize,
    /// Names not shown whole: words lost, or a line wider than its card.
    pub names_cut: usize,
    /// Names hyphenated where their language does not allow it.
    pub bad_breaks: usize,
    /// Relations passing over a card that is not one of their two ends.
    pub relations_over_cards: usize,
    /// Pairs of cards overlapping (one covers the other's name).
    pub cards_overlapping: usize,
}

impl Legibility {
    /// The five counts that must be zero.
    pub fn must_be_zero(&self) -> [usize; 5] {
        [
            self.label_card,
            self.label_label,
            self.label_reserved,
            self.names_cut,
            self.bad_breaks,
        ]
    }
}

/// Count what is wrong in `scene`; `reserved` boxes are in map units.
pub fn check(scene: &Scene, reserved: &[Rect]) -> Legibility {
    let mut out = Legibility::default();
    let cards: Vec<Rect> = scene.nodes.iter().map(|n| n.rect).collect();
    let cell = scene.typography.card.x.max(scene.typography.card.y);
    let grid = Grid::build(&cards, cell);
    let boxes: Vec<Rect> = scene
        .labels
        .iter()
        .map(|l| l.rect)
        .chain(scene.notes.iter().filter_map(|n| n.marker))
        .collect();
    let box_grid = Grid::build(&boxes, cell);
    let mut near = Vec::new();
    for (i, b) in boxes.iter().enumerate() {
        // Touching is not covering: shrink by a hair.
        let b = b.shrink(0.01);
        near.clear();
        grid.in_rect(b, &mut near);
        out.label_card += near
            .iter()
            .filter(|&&c| cards[c as usize].intersects(b))
            .count();
        near.clear();
        box_grid.in_rect(b, &mut near);
        out.label_label += near
            .iter()
            .filter(|&&j| (j as usize) > i && boxes[j as usize].intersects(b))
            .count();
        out.label_reserved += reserved.iter().filter(|r| r.intersects(b)).count();
    }
    let pad = scene.typography.pad;
    // Rounding of coordinates far from the origin.
    let eps = 1e-3 * scene.typography.name_size + 0.01;
    for n in &scene.nodes {
        let shown = text::read_back(&n.lines);
        let whole = text::drawable(&n.name)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let fits = n
            .lines
            .iter()
            .all(|l| l.width <= n.rect.width() - 2.0 * pad + eps)
            && n.lines.len() as f32 * text::LINE_HEIGHT * scene.typography.name_size
                <= n.rect.height() - 2.0 * pad + eps;
        if shown != whole || !fits {
            out.names_cut += 1;
        }
        out.bad_breaks += bad_breaks(&n.lines);
    }
    // (Counted up to 100,000: a pile of cards is bad enough at that.)
    out.cards_overlapping = crate::geometry::overlapping_pairs(&cards, 0.5, 100_000).len();
    let mut scratch = Vec::new();
    out.relations_over_cards = scene
        .edges
        .iter()
        .filter(|e| crossings(&scene.path(e), &cards, &grid, (e.from, e.to), &mut scratch) > 0)
        .count();
    out
}

/// Relations (not ghosts) whose line between their two cards is shorter than `least` (map
/// units): stubs between cards that nearly touch, which a room cannot see.
pub fn short_relations(scene: &Scene, least: f32) -> usize {
    scene
        .edges
        .iter()
        .filter(|e| matches!(e.look, super::EdgeLook::Relation(_)))
        .filter(|e| {
            let pts = scene.path(e).points(24);
            let len: f32 = pts.windows(2).map(|w| w[0].distance(w[1])).sum();
            len < least
        })
        .count()
}

/// Hyphens added where the word has no hyphenation point.
fn bad_breaks(lines: &[text::Line]) -> usize {
    // The word being read back and the offsets (in it) where a hyphen was added.
    let mut word = String::new();
    let mut breaks: Vec<usize> = Vec::new();
    let mut bad = 0;
    let mut finish = |word: &mut String, breaks: &mut Vec<usize>| {
        if !breaks.is_empty() {
            let points = text::hyphenation_points(word);
            bad += breaks.iter().filter(|b| !points.contains(b)).count();
        }
        word.clear();
        breaks.clear();
    };
    for l in lines {
        let mut parts = l.text.split(' ').peekable();
        let mut first = true;
        while let Some(part) = parts.next() {
            if !first {
                finish(&mut word, &mut breaks);
            }
            first = false;
            let last = parts.peek().is_none();
            if last && l.join == Join::Hyphen {
                word.push_str(part.strip_suffix('-').unwrap_or(part));
                breaks.push(word.len());
            } else {
                word.push_str(part);
            }
        }
        if matches!(l.join, Join::Space | Join::End) {
            finish(&mut word, &mut breaks);
        }
    }
    finish(&mut word, &mut breaks);
    bad
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Line;

    fn line(text: &str, join: Join) -> Line {
        Line {
            text: text.into(),
            join,
            width: 0.0,
        }
    }

    #[test]
    fn wrong_hyphenation_is_counted() {
        let good = [
            line("Vrijwilligers-", Join::Hyphen),
            line("centrale", Join::End),
        ];
        assert_eq!(bad_breaks(&good), 0);
        let bad = [
            line("Vrijwilligersc-", Join::Hyphen),
            line("entrale", Join::End),
        ];
        assert_eq!(bad_breaks(&bad), 1);
        let two = [
            line("Stichting Ouderen-", Join::Hyphen),
            line("adviseurs-", Join::Hyphen),
            line("netwerk Oost", Join::End),
        ];
        assert_eq!(bad_breaks(&two), 0);
    }
}
