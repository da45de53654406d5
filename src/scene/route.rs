//! Relations kept off cards that are not their own: a relation whose curve crosses a foreign
//! card is bent around it. Among candidate bends on either side (growing with the relation's
//! length) the first that crosses no card wins, else the one that crosses the fewest.
//! Relations between the same two stakeholders move together, so they stay apart.

use emath::{Pos2, Rect};

use super::EdgeGeom;
use crate::geometry::{Curve, Grid, segment_hits_rect};

/// Sideways bends tried, in card heights, nearest first; never more than `MAX_BEND` of the
/// distance between the two cards, so a short relation does not balloon.
const BENDS: [f32; 21] = [
    0.0, 0.6, -0.6, 1.1, -1.1, 1.7, -1.7, 2.4, -2.4, 3.2, -3.2, 4.2, -4.2, 5.5, -5.5, 7.0, -7.0,
    9.0, -9.0, 12.0, -12.0,
];
const MAX_BEND: f32 = 0.5;
/// Where a leaning arc's peak may slide, as fractions of the relation's length, and the bends
/// it is tried with (card heights).
const SLIDES: [f32; 4] = [0.25, -0.25, 0.4, -0.4];
const LEANING_BENDS: [f32; 6] = [1.1, -1.1, 2.4, -2.4, 4.2, -4.2];
/// Relations longer than this many card heights do not lean.
const LEAN_MAX_LENGTH: f32 = 25.0;

/// What a bend may do.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Curves (with `reach` around them) stay inside this.
    pub frame: Option<Rect>,
    pub reach: f32,
    /// One step of `BENDS` (map units): a card height.
    pub step: f32,
}

impl Limits {
    fn allows(&self, c: &Curve) -> bool {
        self.frame.is_none_or(|f| {
            let f = f.shrink(self.reach);
            polyline(c).iter().all(|p| f.contains(*p))
        })
    }
}
/// How far a line stays off a card it passes (map units): grazing a corner is not crossing.
const CLEARANCE: f32 = 2.0;

/// Points along a curve for crossing tests.
pub fn polyline(c: &Curve) -> Vec<Pos2> {
    c.points(8)
}

/// How many cards other than `ends` the curve passes over. `scratch` is reused between calls.
pub fn crossings(
    c: &Curve,
    rects: &[Rect],
    grid: &Grid,
    ends: (u32, u32),
    scratch: &mut Vec<u32>,
) -> usize {
    crossings_up_to(c, rects, grid, ends, scratch, usize::MAX)
}

/// [`crossings`], counting no further than `limit` (a bend that is already worse than the
/// best one found need not be counted to the end).
fn crossings_up_to(
    c: &Curve,
    rects: &[Rect],
    grid: &Grid,
    ends: (u32, u32),
    scratch: &mut Vec<u32>,
    limit: usize,
) -> usize {
    scratch.clear();
    let pts = polyline(c);
    for w in pts.windows(2) {
        grid.along(w[0], w[1], scratch);
    }
    scratch.sort_unstable();
    scratch.dedup();
    let mut n = 0;
    for &i in scratch.iter() {
        if i == ends.0 || i == ends.1 {
            continue;
        }
        let r = rects[i as usize].shrink(CLEARANCE);
        if pts.windows(2).any(|w| segment_hits_rect(w[0], w[1], r)) {
            n += 1;
            if n >= limit {
                break;
            }
        }
    }
    n
}

/// Bend every group of parallel relations (consecutive in `edges`, as the scene orders them)
/// around the cards in its way.
pub fn route(rects: &[Rect], edges: &mut [EdgeGeom], grid: &Grid, limits: &Limits) {
    let mut scratch = Vec::new();
    let key = |e: &EdgeGeom| (e.from.min(e.to), e.from.max(e.to));
    let mut start = 0;
    while start < edges.len() {
        let k = key(&edges[start]);
        let end = start + edges[start..].iter().take_while(|e| key(e) == k).count();
        route_group(rects, &mut edges[start..end], grid, limits, &mut scratch);
        start = end;
    }
}

fn route_group(
    rects: &[Rect],
    group: &mut [EdgeGeom],
    grid: &Grid,
    limits: &Limits,
    scratch: &mut Vec<u32>,
) {
    let Some(first) = group.first() else {
        return;
    };
    let (lo, hi) = (first.from.min(first.to), first.from.max(first.to));
    let (Some(ra), Some(rb)) = (rects.get(lo as usize), rects.get(hi as usize)) else {
        return;
    };
    let length = (rb.center() - ra.center()).length();
    // Bends are stored relative to each relation's own direction; work in lo → hi terms.
    let base: Vec<f32> = group
        .iter()
        .map(|e| if e.from == lo { e.bend } else { -e.bend })
        .collect();
    // The crossings of the whole group at this bend, or `None` when it leaves the frame or
    // is no better than `best`.
    let cost = |delta: f32, best: usize, scratch: &mut Vec<u32>| -> Option<usize> {
        let mut sum = 0;
        for b in &base {
            let c = Curve::between(*ra, *rb, b + delta);
            if delta != 0.0 && !limits.allows(&c) {
                return None;
            }
            sum += crossings_up_to(&c, rects, grid, (lo, hi), scratch, best - sum);
            if sum >= best {
                return None;
            }
        }
        Some(sum)
    };
    let mut best = (usize::MAX, 0.0_f32);
    for f in BENDS {
        let delta = f * limits.step;
        if delta.abs() > MAX_BEND * length {
            continue;
        }
        let Some(c) = cost(delta, best.0, scratch) else {
            continue;
        };
        if c < best.0 {
            best = (c, delta);
        }
        if c == 0 {
            break;
        }
    }
    // Still in the way of a card, a single relation may lean: its arc's peak slid towards
    // one end passes a card near the other.
    let mut slide = 0.0_f32;
    // (Only between near partners: a long relation across a crowded map seldom clears it this
    // way, and trying costs the most there.)
    if best.0 > 0 && group.len() == 1 && length <= LEAN_MAX_LENGTH * limits.step {
        'search: for s in SLIDES {
            let sl = s * length;
            for f in LEANING_BENDS {
                let delta = f * limits.step;
                if delta.abs() > MAX_BEND * length {
                    continue;
                }
                let c = Curve::between_slid(*ra, *rb, base[0] + delta, sl);
                if !limits.allows(&c) {
                    continue;
                }
                let n = crossings_up_to(&c, rects, grid, (lo, hi), scratch, best.0);
                if n < best.0 {
                    best = (n, delta);
                    slide = sl;
                    if n == 0 {
                        break 'search;
                    }
                }
            }
        }
    }
    if best.1 != 0.0 || slide != 0.0 {
        for (e, b) in group.iter_mut().zip(&base) {
            let lohi = b + best.1;
            let own = e.from == lo;
            e.bend = if own { lohi } else { -lohi };
            e.slide = if own { slide } else { -slide };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::model::{Map, Relation, RelationKind, Stakeholder, StakeholderKind};
    use crate::scene::{Scene, Typography};

    fn three_in_a_row() -> Map {
        let mut m = Map::new("t");
        for (id, x) in [("a", 0.0), ("b", 400.0), ("c", 800.0)] {
            m.add_stakeholder(Stakeholder::new(id, id, StakeholderKind::Other, x, 0.0))
                .unwrap();
        }
        m.add_relation(Relation::new("r1", RelationKind::Collaboration, "a", "c"))
            .unwrap();
        m
    }

    #[test]
    fn a_relation_bends_around_a_card_in_its_way() {
        let m = three_in_a_row();
        let a = analyze(&m);
        let straight = Scene::build_with(
            &m,
            &a,
            &Typography {
                route: false,
                ..Typography::default()
            },
        );
        let rects: Vec<Rect> = straight.nodes.iter().map(|n| n.rect).collect();
        let grid = Grid::build(&rects, 200.0);
        let mut s = Vec::new();
        let e = &straight.edges[0];
        assert_eq!(
            crossings(&straight.curve(e), &rects, &grid, (0, 2), &mut s),
            1
        );
        let routed = Scene::build(&m, &a);
        let e = &routed.edges[0];
        assert!(e.bend.abs() > 1.0);
        assert_eq!(
            crossings(&routed.curve(e), &rects, &grid, (0, 2), &mut s),
            0
        );
    }
}
