//! A way around, for a relation that no arc can keep off the cards between its partners (a
//! long relation across a crowded map): straight runs through the free space between cards.
//!
//! The free space is a fine grid over the map in which every card, grown by a clearance, is
//! solid. A* finds the shortest way through it from one partner to the other (8 directions,
//! never cutting a solid corner), and the way is then pulled tight: each corner is kept only
//! where a straight run past it would touch a card. The corners become the detour's waypoints
//! (rounded when drawn, see [`crate::geometry::Path::through`]).
//!
//! The work is bounded: the grid has at most [`MAX_CELLS`] cells, each search looks only near
//! its two partners, and all searches of one scene share a budget of expanded cells. When the
//! budget runs out the remaining relations keep their best arc. Same input, same result.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use emath::{Pos2, Rect, pos2};

/// The most cells of the grid: beyond it, cells grow (a big map gets a coarser grid, and its
/// narrowest gaps may close).
const MAX_CELLS: usize = 160_000;
/// How far beyond the box of its two partners a search may look, in card heights.
const WINDOW: f32 = 4.0;
/// Cells expanded by all the searches of one scene on screen, at most (a canvas rebuilds its
/// scene on every edit; about 10 ms on the project machine) …
pub const BUDGET: usize = 120_000;
/// … and for a page, made once (the export).
pub const PAGE_BUDGET: usize = 600_000;
/// … and by one search (a way that is not found costs the most: the whole window).
const PER_SEARCH: usize = 25_000;

/// How much more the distance still to go weighs than the distance gone (weighted A*): the
/// search heads for the goal and expands far fewer cells; the way is pulled tight afterwards,
/// so it is hardly longer.
const GREED: f32 = 2.0;

const FREE: u32 = 0;
const SEVERAL: u32 = u32::MAX;

/// The free space between cards, and the scratch of the searches through it.
pub struct Field<'a> {
    rects: &'a [Rect],
    origin: Pos2,
    cell: f32,
    w: usize,
    h: usize,
    /// Per cell: `FREE`, the card (index + 1) whose grown box covers it, or `SEVERAL`.
    solid: Vec<u32>,
}

/// The scratch of the searches, shared by the fields of one scene (they have the same size).
#[derive(Default)]
pub struct Search {
    cost: Vec<f32>,
    /// Which search (its round) last wrote `cost` and `parent` of a cell.
    seen: Vec<u32>,
    parent: Vec<u32>,
    round: u32,
    heap: BinaryHeap<(Reverse<u32>, Reverse<u32>)>,
    /// Cells still to be expanded, over all searches.
    pub budget: usize,
}

impl Search {
    /// Searches that may expand `budget` cells in all.
    pub fn new(budget: usize) -> Search {
        Search {
            budget,
            ..Search::default()
        }
    }
}

impl<'a> Field<'a> {
    /// The space inside `area`, with every card grown by `clearance`; cells of about
    /// `cell` map units.
    pub fn new(rects: &'a [Rect], area: Rect, clearance: f32, cell: f32) -> Field<'a> {
        let cell = cell.max(1e-3);
        let area_cells = (area.width() / cell).max(1.0) * (area.height() / cell).max(1.0);
        let cell = if area_cells > MAX_CELLS as f32 {
            cell * (area_cells / MAX_CELLS as f32).sqrt()
        } else {
            cell
        };
        let w = (area.width() / cell).ceil().max(1.0) as usize;
        let h = (area.height() / cell).ceil().max(1.0) as usize;
        let mut f = Field {
            rects,
            origin: area.min,
            cell,
            w,
            h,
            solid: vec![FREE; w * h],
        };
        for (i, r) in rects.iter().enumerate() {
            let g = r.expand(clearance);
            let (Some((x0, y0)), Some((x1, y1))) = (f.clamped(g.min), f.clamped(g.max)) else {
                continue;
            };
            for y in y0..=y1 {
                for x in x0..=x1 {
                    let s = &mut f.solid[y * w + x];
                    *s = if *s == FREE { i as u32 + 1 } else { SEVERAL };
                }
            }
        }
        f
    }

    /// The cell of `p`, clamped to the grid; `None` when `p` is not a number.
    fn clamped(&self, p: Pos2) -> Option<(usize, usize)> {
        let x = ((p.x - self.origin.x) / self.cell).floor();
        let y = ((p.y - self.origin.y) / self.cell).floor();
        if !x.is_finite() || !y.is_finite() {
            return None;
        }
        Some((
            x.clamp(0.0, (self.w - 1) as f32) as usize,
            y.clamp(0.0, (self.h - 1) as f32) as usize,
        ))
    }

    fn centre(&self, i: usize) -> Pos2 {
        pos2(
            self.origin.x + ((i % self.w) as f32 + 0.5) * self.cell,
            self.origin.y + ((i / self.w) as f32 + 0.5) * self.cell,
        )
    }

    /// Whether a relation between cards `ends` may pass cell `i`: free, or inside one of
    /// its own two cards, or covered only by their clearance.
    fn open(&self, i: usize, ends: (u32, u32)) -> bool {
        match self.solid[i] {
            FREE => true,
            SEVERAL => {
                let p = self.centre(i);
                self.rects[ends.0 as usize].contains(p) || self.rects[ends.1 as usize].contains(p)
            }
            s => s == ends.0 + 1 || s == ends.1 + 1,
        }
    }

    /// Whether the straight run `a`–`b` stays in open cells.
    fn clear(&self, a: Pos2, b: Pos2, ends: (u32, u32)) -> bool {
        let steps = ((b - a).length() / (0.5 * self.cell)).ceil().max(1.0) as usize;
        (0..=steps).all(|k| {
            let p = a + (b - a) * (k as f32 / steps as f32);
            self.clamped(p)
                .is_some_and(|(x, y)| self.open(y * self.w + x, ends))
        })
    }

    /// Waypoints from card `ends.0` to card `ends.1` (not including their centres), or `None`
    /// when no way is found within the window or the budget.
    pub fn find(&self, ends: (u32, u32), card_height: f32, sc: &mut Search) -> Option<Vec<Pos2>> {
        let (a, b) = (self.rects[ends.0 as usize], self.rects[ends.1 as usize]);
        let window = Rect::from_two_pos(a.center(), b.center()).expand(WINDOW * card_height);
        let ((wx0, wy0), (wx1, wy1)) = (self.clamped(window.min)?, self.clamped(window.max)?);
        let (sx, sy) = self.clamped(a.center())?;
        let (gx, gy) = self.clamped(b.center())?;
        let start = sy * self.w + sx;
        let n = self.w * self.h;
        if sc.cost.len() < n {
            sc.cost = vec![0.0; n];
            sc.seen = vec![0; n];
            sc.parent = vec![0; n];
            sc.round = 0;
        }
        sc.round += 1;
        let search = sc.round;
        sc.heap.clear();
        let heuristic = |i: usize, w: usize| {
            let (dx, dy) = ((i % w).abs_diff(gx) as f32, (i / w).abs_diff(gy) as f32);
            GREED * (dx.max(dy) + (std::f32::consts::SQRT_2 - 1.0) * dx.min(dy))
        };
        sc.cost[start] = 0.0;
        sc.seen[start] = search;
        sc.parent[start] = start as u32;
        sc.heap.push((
            Reverse(heuristic(start, self.w).to_bits()),
            Reverse(start as u32),
        ));
        let mut goal = None;
        let stop = sc.budget.saturating_sub(PER_SEARCH);
        while let Some((_, Reverse(i))) = sc.heap.pop() {
            let i = i as usize;
            if b.contains(self.centre(i)) {
                goal = Some(i);
                break;
            }
            if sc.budget == stop {
                return None;
            }
            sc.budget -= 1;
            let (x, y) = (i % self.w, i / self.w);
            let here = sc.cost[i];
            for (dx, dy) in [
                (1, 0),
                (-1, 0),
                (0, 1),
                (0, -1),
                (1, 1),
                (1, -1),
                (-1, 1),
                (-1, -1),
            ] {
                let (nx, ny) = (x as i64 + dx, y as i64 + dy);
                if nx < wx0 as i64 || ny < wy0 as i64 || nx > wx1 as i64 || ny > wy1 as i64 {
                    continue;
                }
                let (nx, ny) = (nx as usize, ny as usize);
                let n = ny * self.w + nx;
                if !self.open(n, ends) {
                    continue;
                }
                let diagonal = dx != 0 && dy != 0;
                if diagonal
                    && (!self.open(y * self.w + nx, ends) || !self.open(ny * self.w + x, ends))
                {
                    // Never through a solid corner.
                    continue;
                }
                let c = here
                    + if diagonal {
                        std::f32::consts::SQRT_2
                    } else {
                        1.0
                    };
                if sc.seen[n] == search && sc.cost[n] <= c {
                    continue;
                }
                sc.seen[n] = search;
                sc.cost[n] = c;
                sc.parent[n] = i as u32;
                sc.heap.push((
                    Reverse((c + heuristic(n, self.w)).to_bits()),
                    Reverse(n as u32),
                ));
            }
        }
        let goal = goal?;
        // The cells back to the start, then forwards.
        let mut cells = vec![goal];
        let mut i = goal;
        while i != start {
            i = sc.parent[i] as usize;
            cells.push(i);
        }
        cells.reverse();
        let mut pts: Vec<Pos2> = cells.iter().map(|&c| self.centre(c)).collect();
        pts[0] = a.center();
        if let Some(last) = pts.last_mut() {
            *last = b.center();
        }
        Some(self.pull_tight(&pts, ends))
    }

    /// The corners of `pts` that a straight run cannot cut, without the two ends.
    fn pull_tight(&self, pts: &[Pos2], ends: (u32, u32)) -> Vec<Pos2> {
        let mut via = Vec::new();
        let mut anchor = pts[0];
        let mut j = 1;
        while j < pts.len() {
            if !self.clear(anchor, pts[j], ends) {
                anchor = pts[j - 1];
                via.push(anchor);
            }
            j += 1;
        }
        via
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use emath::vec2;

    #[test]
    fn a_way_is_found_through_a_gap_in_a_wall() {
        // Two partners with a wall of cards between them, and one gap in the wall.
        let card = vec2(180.0, 64.0);
        let mut rects = vec![
            Rect::from_center_size(pos2(0.0, 0.0), card),
            Rect::from_center_size(pos2(800.0, 0.0), card),
        ];
        for k in -4..=4 {
            if k != 3 {
                rects.push(Rect::from_center_size(pos2(400.0, k as f32 * 70.0), card));
            }
        }
        let area = Rect::from_min_max(pos2(-400.0, -600.0), pos2(1200.0, 600.0));
        let f = Field::new(&rects, area, 10.0, 5.0);
        let via = f
            .find((0, 1), 64.0, &mut Search::new(BUDGET))
            .expect("a way through the gap");
        assert!(!via.is_empty());
        let path = crate::geometry::Path::through(rects[0], &via, rects[1], 10.0);
        let pts = path.points(8);
        for r in &rects[2..] {
            assert!(
                pts.windows(2).all(|w| !crate::geometry::segment_hits_rect(
                    w[0],
                    w[1],
                    r.shrink(1.0)
                )),
                "{via:?} crosses {r:?}"
            );
        }
        // Through the gap, near y = 210.
        assert!(via.iter().any(|p| (p.y - 210.0).abs() < 40.0), "{via:?}");
    }

    #[test]
    fn no_way_when_walled_in_and_the_budget_is_kept() {
        let card = vec2(100.0, 40.0);
        let mut rects = vec![
            Rect::from_center_size(pos2(0.0, 0.0), card),
            Rect::from_center_size(pos2(1000.0, 0.0), card),
        ];
        // A closed ring of cards around the first partner.
        for k in 0..24 {
            let a = k as f32 * std::f32::consts::TAU / 24.0;
            rects.push(Rect::from_center_size(
                pos2(200.0 * a.cos(), 150.0 * a.sin()),
                card,
            ));
        }
        let area = Rect::from_min_max(pos2(-600.0, -600.0), pos2(1400.0, 600.0));
        let f = Field::new(&rects, area, 10.0, 5.0);
        let mut search = Search::new(BUDGET);
        assert!(f.find((0, 1), 40.0, &mut search).is_none());
        assert!(search.budget < BUDGET);
        search.budget = 0;
        assert!(f.find((1, 0), 40.0, &mut search).is_none());
    }
}
