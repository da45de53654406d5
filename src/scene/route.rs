//! Relations kept off cards that are not their own: a relation whose curve crosses a foreign
//! card is bent around it. Among candidate bends on either side (growing with the relation's
//! length) the first that crosses no card wins, else the one that crosses the fewest.
//! Relations between the same two stakeholders move together, so they stay apart.

use emath::{Pos2, Rect};

use super::EdgeGeom;
use super::detour::{Field, Search};
use crate::geometry::{Curve, Grid, Path, segment_hits_rect};

/// Sideways bends tried, in card heights, nearest first; never more than `MAX_BEND` of the
/// distance between the two cards, so a short relation does not balloon. Where none of these
/// clears the cards, a detour does better than a wider arc.
const BENDS: [f32; 13] = [
    0.0, 0.6, -0.6, 1.1, -1.1, 1.7, -1.7, 2.4, -2.4, 3.2, -3.2, 4.2, -4.2,
];
const MAX_BEND: f32 = 0.5;
/// Where a leaning arc's peak may slide, as fractions of the relation's length, and the bends
/// it is tried with (card heights).
const SLIDES: [f32; 4] = [0.25, -0.25, 0.4, -0.4];
const LEANING_BENDS: [f32; 6] = [1.1, -1.1, 2.4, -2.4, 4.2, -4.2];
/// Relations longer than this many card heights do not lean.
const LEAN_MAX_LENGTH: f32 = 10.0;

/// What a bend may do.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Curves (with `reach` around them) stay inside this.
    pub frame: Option<Rect>,
    pub reach: f32,
    /// One step of `BENDS` (map units): a card height.
    pub step: f32,
    /// Cells the detour searches may expand in all (see [`super::detour::BUDGET`]).
    pub budget: usize,
}

impl Limits {
    /// Whether points along a path (see [`polyline`]) stay in the frame.
    fn allows(&self, pts: &[Pos2]) -> bool {
        self.frame.is_none_or(|f| {
            let f = f.shrink(self.reach);
            pts.iter().all(|p| f.contains(*p))
        })
    }
}
/// How far a line stays off a card it passes (map units): grazing a corner is not crossing.
const CLEARANCE: f32 = 2.0;

/// Points along a path for crossing tests.
pub fn polyline(c: &Path) -> Vec<Pos2> {
    c.points(ARC_POINTS)
}
const ARC_POINTS: usize = 8;

/// How many cards other than `ends` the curve passes over. `scratch` is reused between calls.
pub fn crossings(
    c: &Path,
    rects: &[Rect],
    grid: &Grid,
    ends: (u32, u32),
    scratch: &mut Vec<u32>,
) -> usize {
    crossings_up_to(&polyline(c), rects, grid, ends, scratch, usize::MAX)
}

/// [`crossings`], counting no further than `limit` (a bend that is already worse than the
/// best one found need not be counted to the end).
fn crossings_up_to(
    pts: &[Pos2],
    rects: &[Rect],
    grid: &Grid,
    ends: (u32, u32),
    scratch: &mut Vec<u32>,
    limit: usize,
) -> usize {
    scratch.clear();
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
    // Groups of relations that no arc keeps off every card: they get a detour.
    let mut stuck: Vec<(usize, usize, usize, Vec<f32>)> = Vec::new();
    while start < edges.len() {
        let k = key(&edges[start]);
        let end = start + edges[start..].iter().take_while(|e| key(e) == k).count();
        // How far apart the group's relations are drawn (lo → hi terms), before routing.
        let sides: Vec<f32> = edges[start..end]
            .iter()
            .map(|e| if e.from == k.0 { e.bend } else { -e.bend })
            .collect();
        let left = route_group(rects, &mut edges[start..end], grid, limits, &mut scratch);
        if left > 0 {
            stuck.push((start, end, left, sides));
        }
        start = end;
    }
    if stuck.is_empty() {
        return;
    }
    // Shortest first: they cost the least to search, and the budget fixes the most of them.
    let span = |i: usize| {
        let e = &edges[i];
        (rects[e.to as usize].center() - rects[e.from as usize].center()).length()
    };
    stuck.sort_by(|a, b| span(a.0).total_cmp(&span(b.0)).then(a.0.cmp(&b.0)));
    let clearance = DETOUR_CLEARANCE * limits.step;
    // Detours keep close to the cards: around the outside of the map only just beyond its
    // outermost cards (a fitted view shows them), and within the frame.
    let Some(bounds) = rects.iter().copied().reduce(Rect::union) else {
        return;
    };
    let near = bounds.expand(DETOUR_MARGIN * limits.step);
    let area = limits
        .frame
        .map_or(near, |f| f.shrink(limits.reach).intersect(near));
    if !area.is_positive() {
        return;
    }
    // One field per width of way: parallel relations need a wider one. A narrow gap between
    // cards is tried with less room to spare when the comfortable way is not found.
    let mut fields: Vec<((u32, u32, u32), Field)> = Vec::new();
    let mut search = Search::new(limits.budget);
    for (start, end, left, sides) in stuck {
        let half = sides.iter().fold(0.0_f32, |m, s| m.max(s.abs()));
        let group = &mut edges[start..end];
        let first = &group[0];
        let (lo, hi) = (first.from.min(first.to), first.from.max(first.to));
        // A long relation searches a coarser grid: as many cells along it as a short one.
        let span = (rects[hi as usize].center() - rects[lo as usize].center()).length();
        let cell = CELLS
            .into_iter()
            .find(|c| span / (c * limits.step) <= CELLS_ALONG)
            .unwrap_or(CELLS[CELLS.len() - 1])
            * limits.step;
        let mut way_for = |half: f32| -> Option<(Vec<Pos2>, f32)> {
            for room in [clearance, NARROW * limits.step] {
                let key = (half.to_bits(), room.to_bits(), cell.to_bits());
                let at = if let Some(at) = fields.iter().position(|(k, _)| *k == key) {
                    at
                } else {
                    fields.push((key, Field::new(rects, area, room + half, cell)));
                    fields.len() - 1
                };
                if let Some(via) = fields[at].1.find((lo, hi), limits.step, &mut search) {
                    return Some((via, room));
                }
            }
            None
        };
        let (ra, rb) = (rects[lo as usize], rects[hi as usize]);
        // The whole group along one way, side by side …
        if let Some((via, room)) = way_for(half)
            && let Some(ways) = beside_each(&via, &sides, (lo, hi), rects, grid, limits, room, left)
        {
            for (e, (way, round)) in group.iter_mut().zip(ways) {
                e.take_way(way, round, lo);
            }
            continue;
        }
        if group.len() == 1 {
            continue;
        }
        // … else each relation of it that crosses a card on a way of its own.
        for (e, side) in group.iter_mut().zip(&sides) {
            let own = e.from == lo;
            let (bend, slide) = if own {
                (e.bend, e.slide)
            } else {
                (-e.bend, -e.slide)
            };
            let now = Curve::between_slid(ra, rb, bend, slide).points(ARC_POINTS);
            let crossing = crossings_up_to(&now, rects, grid, (lo, hi), &mut scratch, usize::MAX);
            if crossing == 0 {
                continue;
            }
            // A way of its own (the others keep their arcs, so it does not run on top of
            // them), set off to its side where that still clears the cards. The single
            // relations' grid serves: a grid per width would cost more than the search.
            let Some((via, room)) = way_for(0.0) else {
                continue;
            };
            for side in [*side, 0.0] {
                let Some(mut ways) =
                    beside_each(&via, &[side], (lo, hi), rects, grid, limits, room, crossing)
                else {
                    continue;
                };
                let Some((way, round)) = ways.pop() else {
                    continue;
                };
                e.take_way(way, round, lo);
                break;
            }
        }
    }
}

/// Ways beside the found one (`via`, between cards `ends`), one per side offset, with their
/// corner rounding; `None` unless together they cross fewer than `left` cards.
#[allow(clippy::too_many_arguments)]
fn beside_each(
    via: &[Pos2],
    sides: &[f32],
    ends: (u32, u32),
    rects: &[Rect],
    grid: &Grid,
    limits: &Limits,
    room: f32,
    left: usize,
) -> Option<Vec<(Vec<Pos2>, f32)>> {
    let (ra, rb) = (rects[ends.0 as usize], rects[ends.1 as usize]);
    let mut via = via.to_vec();
    if via.is_empty() {
        if sides.iter().all(|s| *s == 0.0) {
            return None;
        }
        // A straight way: the group fans out from its middle.
        via.push(ra.center() + (rb.center() - ra.center()) / 2.0);
    }
    let mut scratch = Vec::new();
    let mut ways = Vec::with_capacity(sides.len());
    let mut sum = 0;
    for side in sides {
        let way = beside(ra.center(), &via, rb.center(), *side);
        // Round corners, unless rounding a sharp turn would cut a card.
        let mut best: Option<(usize, f32)> = None;
        for round in [room, room / 3.0, 0.0] {
            let path = Path::through(ra, &way, rb, round);
            let pts = polyline(&path);
            if !limits.allows(&pts) {
                continue;
            }
            let n = crossings_up_to(&pts, rects, grid, ends, &mut scratch, left);
            if best.is_none_or(|(b, _)| n < b) {
                best = Some((n, round));
            }
            if n == 0 {
                break;
            }
        }
        let (n, round) = best?;
        sum += n;
        if sum >= left {
            return None;
        }
        ways.push((way, round));
    }
    Some(ways)
}

/// The corners `via` of a way from `a` to `b`, moved `side` map units to its left (the side
/// a positive bend goes), mitred at each corner.
fn beside(a: Pos2, via: &[Pos2], b: Pos2, side: f32) -> Vec<Pos2> {
    if side == 0.0 {
        return via.to_vec();
    }
    (0..via.len())
        .map(|i| {
            let prev = if i == 0 { a } else { via[i - 1] };
            let next = via.get(i + 1).copied().unwrap_or(b);
            let n_in = crate::geometry::unit(via[i] - prev).rot90();
            let n_out = crate::geometry::unit(next - via[i]).rot90();
            let mid = n_in + n_out;
            let cos = mid.length() / 2.0;
            if cos < 0.2 {
                via[i] + n_in * side
            } else {
                via[i] + crate::geometry::unit(mid) * (side / cos)
            }
        })
        .collect()
}

/// How far a detour keeps from the cards it passes, in card heights …
const DETOUR_CLEARANCE: f32 = 0.3;
/// … or, through a narrow gap, at least.
const NARROW: f32 = 0.1;
/// How far beyond the outermost cards a detour may go, in card heights.
const DETOUR_MARGIN: f32 = 0.8;
/// The side of a cell of the free space, in card heights: the finest whose cells along the
/// relation number at most `CELLS_ALONG`.
const CELLS: [f32; 3] = [0.1, 0.2, 0.4];
const CELLS_ALONG: f32 = 150.0;

fn route_group(
    rects: &[Rect],
    group: &mut [EdgeGeom],
    grid: &Grid,
    limits: &Limits,
    scratch: &mut Vec<u32>,
) -> usize {
    let Some(first) = group.first() else {
        return 0;
    };
    let (lo, hi) = (first.from.min(first.to), first.from.max(first.to));
    let (Some(ra), Some(rb)) = (rects.get(lo as usize), rects.get(hi as usize)) else {
        return 0;
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
            // (Arcs as points straight away: a `Path` would cost two allocations each.)
            let c = Curve::between(*ra, *rb, b + delta).points(ARC_POINTS);
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
                let c = Curve::between_slid(*ra, *rb, base[0] + delta, sl).points(ARC_POINTS);
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
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::model::test_ids::{rid, sid};
    use crate::model::{Map, Relation, RelationKind, Stakeholder, StakeholderKind};
    use crate::scene::{Scene, Typography};

    fn three_in_a_row() -> Map {
        let mut m = Map::new("t");
        for (id, x) in [("a", 0.0), ("b", 400.0), ("c", 800.0)] {
            m.add_stakeholder(Stakeholder::new(
                sid(id),
                id,
                StakeholderKind::Other,
                x,
                0.0,
            ))
            .unwrap();
        }
        m.add_relation(Relation::new(
            rid("r1"),
            RelationKind::Collaboration,
            sid("a"),
            sid("c"),
        ))
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
            crossings(&straight.path(e), &rects, &grid, (0, 2), &mut s),
            1
        );
        let routed = Scene::build(&m, &a);
        let e = &routed.edges[0];
        assert!(e.bend.abs() > 1.0);
        assert_eq!(crossings(&routed.path(e), &rects, &grid, (0, 2), &mut s), 0);
    }
}
