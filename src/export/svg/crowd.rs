//! A page crowded with cards: more cards side by side than the page has room for at names of
//! 9 pt. They are moved apart (down, mostly) where that keeps the map a sensible height, else
//! drawn as a pile, and what lies wholly under other cards is not drawn at all.

use emath::{Pos2, Rect, pos2, vec2};

use crate::analysis::Analysis;
use crate::card::{self, Frame, Typography};
use crate::geometry::Grid;
use crate::model::Map;
use crate::scene::{Change, Marks, Scene};

/// The scene at print size. Where cards would overlap at this scale (more cards side by side
/// than the page has room for at names of 9 pt), they are moved down until they are clear, so
/// no card ever covers a name and the page only grows taller; returns how many pairs overlapped
/// and by what factor the spacing would have to grow for them to come apart where they were
/// drawn.
/// When moving them apart would make the map taller than `max_height` (map units; a map of
/// hundreds of cards on a narrow page), the cards stay where they are and the caller says how
/// wide the page should be.
pub(super) fn print_scene(
    map: &Map,
    analysis: &Analysis,
    marks: &Marks,
    t: &Typography,
    gap: f32,
    max_height: f32,
) -> (Scene, (usize, f32, bool)) {
    // The cards first (cheap): routing and labels only once they are where they will stay.
    let stakeholders = map.stakeholders_sorted();
    let rects: Vec<Rect> = stakeholders
        .iter()
        .map(|s| card::fit(&s.name, s.x, s.y, t).0)
        .collect();
    let pairs = crate::geometry::overlapping_pairs(&rects, 0.5, 100_000);
    if pairs.is_empty() {
        return (
            Scene::build_marked(map, analysis, t, marks),
            (0, 1.0, false),
        );
    }
    let grow = spacing_to_part(&rects, &pairs);
    let largest = rects.iter().fold([0.0_f32; 2], |m, r| {
        [m[0].max(r.width()), m[1].max(r.height())]
    });
    let bounds = rects
        .iter()
        .copied()
        .reduce(Rect::union)
        .unwrap_or(Rect::NOTHING);
    let page = match t.frame {
        Frame::Page(w) => Some(w),
        _ => None,
    };
    // Too many cards for the page to hold apart within the height allowed (hundreds of cards
    // on a narrow page)? Then do not try: a pile, drawn plainly, and the caller widens the page.
    let before = height(&rects);
    let allowed = max_height.min(2.0 * before + 4.0 * t.card.y);
    let footprint: f32 = rects
        .iter()
        .map(|r| (r.width() + gap) * (r.height() + gap))
        .sum();
    let pile = || {
        let plain = Typography { route: false, ..*t };
        (
            Scene::build_marked(map, analysis, &plain, marks),
            (pairs.len(), grow, false),
        )
    };
    if footprint / page.unwrap_or(bounds.width()).max(bounds.width()).max(1.0) > allowed {
        return pile();
    }
    let settled = moved_apart(&rects, largest, gap, page, bounds);
    // Moving a few cards makes a map a little taller; a crowd of cards on a narrow page would
    // become a tall column nobody drew. Then leave them, and the caller widens the page.
    if height(&settled) > allowed {
        return pile();
    }
    let mut moved = map.clone();
    for (n, r) in stakeholders.iter().zip(settled) {
        // Ids come from the map itself: this cannot fail.
        let _ = moved.set_position(&n.id, f64::from(r.center().x), f64::from(r.center().y));
    }
    (
        Scene::build_marked(&moved, analysis, t, marks),
        (pairs.len(), grow, true),
    )
}

/// The spacing factor at which every overlapping pair of `rects` comes apart (sideways or
/// vertically, whichever needs less).
fn spacing_to_part(rects: &[Rect], pairs: &[(usize, usize)]) -> f32 {
    pairs
        .iter()
        .filter_map(|&(a, b)| {
            let (ra, rb) = (rects[a], rects[b]);
            let d = rb.center() - ra.center();
            let sx = f32::midpoint(ra.width(), rb.width()) / d.x.abs();
            let sy = f32::midpoint(ra.height(), rb.height()) / d.y.abs();
            let need = sx.min(sy);
            need.is_finite().then_some(need)
        })
        .fold(1.0, f32::max)
}

/// `rects` moved apart, as little as it takes, in both directions within the page's width
/// (`page`, map units), then what is left straight down; or only down, if that is shorter.
/// `largest` is the largest card's size, `bounds` the cards' union.
fn moved_apart(
    rects: &[Rect],
    largest: [f32; 2],
    gap: f32,
    page: Option<f32>,
    bounds: Rect,
) -> Vec<Rect> {
    let x_range = page.map(|w| {
        let w = w.max(bounds.width());
        (
            bounds.center().x - w / 2.0 + largest[0] / 2.0,
            bounds.center().x + w / 2.0 - largest[0] / 2.0,
        )
    });
    let mut pos: Vec<[f32; 2]> = rects.iter().map(|r| [r.center().x, r.center().y]).collect();
    let pinned = vec![false; pos.len()];
    card::remove_overlaps_within(
        &mut pos,
        &pinned,
        [largest[0] / 2.0 + gap / 2.0, largest[1] / 2.0 + gap / 2.0],
        x_range,
    );
    // Whatever is left (a pile of cards the passes could not undo): straight down.
    let apart: Vec<Rect> = rects
        .iter()
        .zip(&pos)
        .map(|(r, p)| Rect::from_center_size(pos2(p[0], p[1]), r.size()))
        .collect();
    // Whichever is shorter: apart in both directions then down, or only down.
    let both = settle_down(&apart, gap);
    let down = settle_down(rects, gap);
    if height(&both) <= height(&down) {
        both
    } else {
        down
    }
}

/// The height of the union of `rs` (0 for none).
fn height(rs: &[Rect]) -> f32 {
    rs.iter()
        .copied()
        .reduce(Rect::union)
        .map_or(0.0, |b| b.height())
}

/// Which of `boxes[i]` (a card's name) lie wholly under the cards drawn after card `i`: nine
/// points across the box, each inside a later card.
pub(super) fn hidden_under(boxes: &[Rect], cards: &[Rect]) -> Vec<bool> {
    // Cells a quarter of a card: a point no card covers then meets only the few cards that
    // reach its small cell, not every card of a crowded card-sized one (which made this check
    // three quarters of a 200,000-partner export).
    let cell = cards
        .first()
        .map_or(100.0, |r| (r.width().min(r.height()) / 4.0).max(1.0));
    let mut grid = Grid::empty(cell);
    let mut hidden = vec![false; cards.len()];
    for i in (0..cards.len()).rev() {
        let r = boxes[i];
        hidden[i] = [0.0, 0.5, 1.0].iter().all(|&fx| {
            [0.0, 0.5, 1.0].iter().all(|&fy| {
                let p = pos2(r.min.x + fx * r.width(), r.min.y + fy * r.height());
                grid.at(p).iter().any(|&j| cards[j as usize].contains(p))
            })
        });
        grid.insert(i as u32, cards[i]);
    }
    hidden
}

/// Cards moved straight down, top to bottom, until each is `gap` clear of those above it:
/// the columns and the order of the map stay, the picture only grows taller.
fn settle_down(rects: &[Rect], gap: f32) -> Vec<Rect> {
    /// Pushes per card before it simply goes below everything (a hostile pile of cards).
    const MAX_PUSHES: usize = 256;
    let mut order: Vec<usize> = (0..rects.len()).collect();
    order.sort_by(|&a, &b| {
        rects[a]
            .min
            .y
            .total_cmp(&rects[b].min.y)
            .then(rects[a].min.x.total_cmp(&rects[b].min.x))
            .then(a.cmp(&b))
    });
    let cell = rects
        .iter()
        .map(|r| r.width().max(r.height()))
        .fold(1.0_f32, f32::max)
        + gap;
    let mut grid = Grid::empty(cell);
    let mut out = rects.to_vec();
    let mut bottom = f32::NEG_INFINITY;
    let mut near = Vec::new();
    for &i in &order {
        let mut r = rects[i];
        let mut pushes = 0;
        loop {
            near.clear();
            grid.in_rect(r.expand(gap), &mut near);
            // Strictly closer than `gap` (a card just pushed to `below + gap` is clear; with
            // `intersects`, which counts touching, it would be pushed again and again).
            let eps = 1e-3 * gap.max(1.0);
            let blocker = near
                .iter()
                .map(|&j| out[j as usize])
                .filter(|q| {
                    q.min.x < r.max.x + gap - eps
                        && r.min.x < q.max.x + gap - eps
                        && q.min.y < r.max.y + gap - eps
                        && r.min.y < q.max.y + gap - eps
                })
                .map(|q| q.max.y)
                .fold(None, |m: Option<f32>, y| Some(m.map_or(y, |m| m.max(y))));
            let Some(below) = blocker else { break };
            pushes += 1;
            let to = if pushes > MAX_PUSHES { bottom } else { below };
            r = r.translate(vec2(0.0, to + gap - r.min.y));
            if pushes > MAX_PUSHES {
                break;
            }
        }
        grid.insert(i as u32, r);
        bottom = bottom.max(r.max.y);
        out[i] = r;
    }
    out
}

/// Which points lie well under some card: a coarse bitmap over the cards whose cells lie wholly
/// inside a card shrunk by `margin`. Conservative (a point near a card's edge counts as shown),
/// and constant time per point however many cards pile up (a grid of cards made a pile of
/// 50,000 quadratic).
pub(super) struct Cover {
    origin: Pos2,
    cell: f32,
    cols: usize,
    rows: usize,
    covered: Vec<bool>,
}

impl Cover {
    /// The most cells in the bitmap (a few megabytes).
    const MAX_CELLS: f32 = 4_000_000.0;

    pub(super) fn new(cards: &[Rect], margin: f32) -> Cover {
        let bounds = cards
            .iter()
            .copied()
            .reduce(Rect::union)
            .unwrap_or(Rect::from_min_max(Pos2::ZERO, Pos2::ZERO));
        let area = bounds.width().max(1.0) * bounds.height().max(1.0);
        let cell = (margin / 4.0).max((area / Self::MAX_CELLS).sqrt()).max(0.5);
        let cols = (bounds.width() / cell).ceil() as usize + 1;
        let rows = (bounds.height() / cell).ceil() as usize + 1;
        let mut covered = vec![false; cols * rows];
        for r in cards {
            let r = r.shrink(margin);
            if r.is_negative() {
                continue;
            }
            // Cells wholly inside `r`.
            let x0 = ((r.min.x - bounds.min.x) / cell).ceil().max(0.0) as usize;
            let y0 = ((r.min.y - bounds.min.y) / cell).ceil().max(0.0) as usize;
            let x1 = (((r.max.x - bounds.min.x) / cell).floor() as usize).min(cols);
            let y1 = (((r.max.y - bounds.min.y) / cell).floor() as usize).min(rows);
            for y in y0..y1 {
                covered[y * cols + x0.min(x1)..y * cols + x1].fill(true);
            }
        }
        Cover {
            origin: bounds.min,
            cell,
            cols,
            rows,
            covered,
        }
    }

    /// Whether every point lies in a covered cell.
    pub(super) fn hides(&self, points: &[Pos2]) -> bool {
        points.iter().all(|p| {
            let x = (p.x - self.origin.x) / self.cell;
            let y = (p.y - self.origin.y) / self.cell;
            if !(x >= 0.0 && y >= 0.0) {
                return false;
            }
            let (x, y) = (x as usize, y as usize);
            x < self.cols && y < self.rows && self.covered[y * self.cols + x]
        })
    }
}

/// `map` without the ghosts `marks` names (what the other scenario had).
pub(super) fn without_ghosts(map: &Map, marks: &Marks) -> Map {
    let mut m = map.clone();
    for (id, c) in &marks.relations {
        if *c == Change::Removed && m.remove_relation(id).is_err() {
            log::debug!("ghost relation {id} is not on the map");
        }
    }
    for (id, c) in &marks.stakeholders {
        if *c == Change::Removed && m.remove_stakeholder(id).is_err() {
            log::debug!("ghost stakeholder {id} is not on the map");
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cover_finds_points_under_cards_with_room_for_the_stroke() {
        let cards = vec![
            Rect::from_min_size(pos2(0.0, 0.0), vec2(100.0, 50.0)),
            Rect::from_min_size(pos2(90.0, 0.0), vec2(100.0, 50.0)),
        ];
        let cover = Cover::new(&cards, 5.0);
        // Across both cards, well inside: hidden.
        assert!(cover.hides(&[pos2(20.0, 25.0), pos2(60.0, 25.0), pos2(150.0, 25.0)]));
        // Its stroke would stick out at the top edge: drawn.
        assert!(!cover.hides(&[pos2(20.0, 3.0)]));
        // Between cards or outside: drawn.
        assert!(!cover.hides(&[pos2(20.0, 25.0), pos2(250.0, 25.0)]));
        assert!(!cover.hides(&[pos2(-20.0, 25.0)]));
    }

    #[test]
    fn cards_under_a_pile_are_hidden() {
        let cards: Vec<Rect> = (0..50)
            .map(|i| Rect::from_min_size(pos2(i as f32 * 2.0, 0.0), vec2(300.0, 130.0)))
            .collect();
        let names: Vec<Rect> = cards
            .iter()
            .map(|r| Rect::from_center_size(r.center(), vec2(200.0, 40.0)))
            .collect();
        let hidden = hidden_under(&names, &cards);
        assert!(!hidden[49], "the top one's name shows");
        assert!(hidden[10], "one deep in the pile does not");
        // Side by side: every name shows.
        let apart: Vec<Rect> = (0..5)
            .map(|i| Rect::from_min_size(pos2(i as f32 * 400.0, 0.0), vec2(300.0, 130.0)))
            .collect();
        assert!(hidden_under(&apart, &apart).iter().all(|h| !h));
    }
}
