//! Pure map geometry shared by the canvas and the exporter: card rectangles and relation curves,
//! in map units. Uses `emath` (egui's small math crate), not egui.

use emath::{Pos2, Rect, pos2, vec2};
use smallvec::SmallVec;

use crate::style;

/// `v` scaled to length 1 (zero stays zero). With `sqrt`: `Vec2::normalized` uses `hypot`,
/// which is several times slower and guards against overflow that screen sizes never reach.
pub fn unit(v: emath::Vec2) -> emath::Vec2 {
    let len = (v.x * v.x + v.y * v.y).sqrt();
    if len > 0.0 {
        v / len
    } else {
        emath::Vec2::ZERO
    }
}

/// The card of a stakeholder centred at `(x, y)`, in map units.
pub fn card_rect(x: f64, y: f64) -> Rect {
    Rect::from_center_size(
        pos2(x as f32, y as f32),
        vec2(style::CARD_WIDTH, style::CARD_HEIGHT),
    )
}

/// Where the segment from the centre of `r` towards `toward` leaves `r`.
pub fn boundary_point(r: Rect, toward: Pos2) -> Pos2 {
    let c = r.center();
    let d = toward - c;
    if d.length_sq() < 1e-6 {
        return c;
    }
    let sx = if d.x.abs() > 1e-6 {
        (r.width() / 2.0) / d.x.abs()
    } else {
        f32::INFINITY
    };
    let sy = if d.y.abs() > 1e-6 {
        (r.height() / 2.0) / d.y.abs()
    } else {
        f32::INFINITY
    };
    c + d * sx.min(sy).min(1.0)
}

/// A relation's curve: a quadratic Bézier from the edge of one card to the edge of the other,
/// bent sideways by `bend` map units.
#[derive(Debug, Clone, Copy)]
pub struct Curve {
    pub start: Pos2,
    pub control: Pos2,
    pub end: Pos2,
}

impl Curve {
    pub fn between(a: Rect, b: Rect, bend: f32) -> Curve {
        Curve::between_slid(a, b, bend, 0.0)
    }

    /// [`Curve::between`] with its peak also slid `slide` map units along the line from `a` to
    /// `b`: an arc that leans towards one end, to pass a card near the other.
    pub fn between_slid(a: Rect, b: Rect, bend: f32, slide: f32) -> Curve {
        let (ca, cb) = (a.center(), b.center());
        let mid = ca + (cb - ca) / 2.0;
        let along = unit(cb - ca);
        let normal = along.rot90();
        // A quadratic curve peaks halfway to its control point: double it.
        let control = mid + normal * bend * 2.0 + along * slide * 2.0;
        let straight = bend == 0.0 && slide == 0.0;
        let start = boundary_point(a, if straight { cb } else { control });
        let end = boundary_point(b, if straight { ca } else { control });
        Curve {
            start,
            control,
            end,
        }
    }

    /// A straight piece from `a` to `b`.
    pub fn straight(a: Pos2, b: Pos2) -> Curve {
        Curve {
            start: a,
            control: a + (b - a) / 2.0,
            end: b,
        }
    }

    /// About how long it is (the mean of the chord and the control polygon).
    pub fn length(&self) -> f32 {
        let chord = (self.end - self.start).length();
        let poly = (self.control - self.start).length() + (self.end - self.control).length();
        f32::midpoint(chord, poly)
    }

    pub fn at(&self, t: f32) -> Pos2 {
        let u = 1.0 - t;
        (self.start.to_vec2() * u * u
            + self.control.to_vec2() * 2.0 * u * t
            + self.end.to_vec2() * t * t)
            .to_pos2()
    }

    pub fn is_straight(&self) -> bool {
        let mid = self.start + (self.end - self.start) / 2.0;
        (self.control - mid).length_sq() < 1.0
    }

    /// Points along the curve.
    pub fn points(&self, segments: usize) -> Vec<Pos2> {
        if self.is_straight() {
            return vec![self.start, self.end];
        }
        (0..=segments)
            .map(|i| self.at(i as f32 / segments as f32))
            .collect()
    }

    /// The direction of travel at `t`, of length 1.
    pub fn tangent(&self, t: f32) -> emath::Vec2 {
        let d =
            (self.control - self.start) * (2.0 * (1.0 - t)) + (self.end - self.control) * (2.0 * t);
        let d = if d.length_sq() < 1e-9 {
            self.end - self.start
        } else {
            d
        };
        unit(d)
    }

    pub fn bounds(&self) -> Rect {
        Rect::from_points(&[self.start, self.control, self.end])
    }

    /// Distance from `p` to the curve (approximated by its polyline).
    pub fn distance(&self, p: Pos2) -> f32 {
        let pts = self.points(16);
        pts.windows(2)
            .map(|w| segment_distance(p, w[0], w[1]))
            .fold(f32::INFINITY, f32::min)
    }
}

/// A relation as drawn: one quadratic arc, or a detour around cards (straight runs joined by
/// rounded corners). Parametrised by length: `at(0.5)` is halfway along.
#[derive(Debug, Clone)]
pub struct Path {
    /// At least one; consecutive pieces meet. (Inline for the usual single arc.)
    pub pieces: SmallVec<[Curve; 1]>,
    /// Where each piece ends, as a fraction of the whole length (the last is 1).
    ends: SmallVec<[f32; 1]>,
}

impl From<Curve> for Path {
    fn from(c: Curve) -> Path {
        Path {
            pieces: smallvec::smallvec![c],
            ends: smallvec::smallvec![1.0],
        }
    }
}

impl Path {
    /// From the edge of card `a` through `via` to the edge of card `b`: straight runs with
    /// their corners rounded by at most `round` (never more than half a run).
    pub fn through(a: Rect, via: &[Pos2], b: Rect, round: f32) -> Path {
        let (Some(first), Some(last)) = (via.first(), via.last()) else {
            return Curve::between(a, b, 0.0).into();
        };
        let mut pts = Vec::with_capacity(via.len() + 2);
        pts.push(boundary_point(a, *first));
        pts.extend_from_slice(via);
        pts.push(boundary_point(b, *last));
        let mut pieces = SmallVec::with_capacity(2 * via.len() + 1);
        let mut from = pts[0];
        for w in pts.windows(3) {
            let (p, c, n) = (w[0], w[1], w[2]);
            let r = round
                .min((c - p).length() / 2.0)
                .min((n - c).length() / 2.0)
                .max(0.0);
            let (inn, out) = (c - unit(c - p) * r, c + unit(n - c) * r);
            if (inn - from).length_sq() > 1e-6 {
                pieces.push(Curve::straight(from, inn));
            }
            if r > 0.0 {
                pieces.push(Curve {
                    start: inn,
                    control: c,
                    end: out,
                });
            }
            from = out;
        }
        let end = pts[pts.len() - 1];
        if (end - from).length_sq() > 1e-6 || pieces.is_empty() {
            pieces.push(Curve::straight(from, end));
        }
        Path::of(pieces)
    }

    fn of(pieces: SmallVec<[Curve; 1]>) -> Path {
        let mut ends: SmallVec<[f32; 1]> = pieces
            .iter()
            .scan(0.0, |acc, c| {
                *acc += c.length();
                Some(*acc)
            })
            .collect();
        let total = ends.last().copied().unwrap_or(0.0);
        for e in &mut ends {
            *e = if total > 0.0 { *e / total } else { 1.0 };
        }
        if let Some(e) = ends.last_mut() {
            *e = 1.0;
        }
        Path { pieces, ends }
    }

    /// The same path with every point mapped by `f` (a uniform scale and shift).
    #[must_use]
    pub fn mapped(&self, f: impl Fn(Pos2) -> Pos2) -> Path {
        Path {
            pieces: self
                .pieces
                .iter()
                .map(|c| Curve {
                    start: f(c.start),
                    control: f(c.control),
                    end: f(c.end),
                })
                .collect(),
            ends: self.ends.clone(),
        }
    }

    pub fn start(&self) -> Pos2 {
        self.pieces[0].start
    }

    pub fn end(&self) -> Pos2 {
        self.pieces[self.pieces.len() - 1].end
    }

    /// The piece at `t` along the whole, and `t` within it.
    fn locate(&self, t: f32) -> (&Curve, f32) {
        let t = t.clamp(0.0, 1.0);
        let i = self
            .ends
            .iter()
            .position(|&e| t <= e)
            .unwrap_or(self.ends.len() - 1);
        let lo = if i == 0 { 0.0 } else { self.ends[i - 1] };
        let span = self.ends[i] - lo;
        let local = if span > 0.0 { (t - lo) / span } else { 0.0 };
        (&self.pieces[i], local)
    }

    pub fn at(&self, t: f32) -> Pos2 {
        let (c, u) = self.locate(t);
        c.at(u)
    }

    /// The direction of travel at `t`, of length 1.
    pub fn tangent(&self, t: f32) -> emath::Vec2 {
        let (c, u) = self.locate(t);
        c.tangent(u)
    }

    /// One arc or straight line (not a detour).
    pub fn is_single(&self) -> bool {
        self.pieces.len() == 1
    }

    pub fn is_straight(&self) -> bool {
        self.is_single() && self.pieces[0].is_straight()
    }

    /// Points along the path: `segments` per curved piece, the ends of straight ones.
    pub fn points(&self, segments: usize) -> Vec<Pos2> {
        let mut out: Vec<Pos2> = Vec::new();
        for c in &self.pieces {
            let pts = c.points(segments);
            let skip = usize::from(!out.is_empty());
            out.extend(pts.into_iter().skip(skip));
        }
        out
    }

    pub fn bounds(&self) -> Rect {
        self.pieces
            .iter()
            .map(Curve::bounds)
            .reduce(Rect::union)
            .unwrap_or(Rect::NOTHING)
    }

    /// Distance from `p` to the path (approximated by its polyline).
    pub fn distance(&self, p: Pos2) -> f32 {
        self.pieces
            .iter()
            .map(|c| c.distance(p))
            .fold(f32::INFINITY, f32::min)
    }
}

pub fn segment_distance(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let len_sq = ab.length_sq();
    if len_sq < 1e-9 {
        return (p - a).length();
    }
    let t = ((p - a).dot(ab) / len_sq).clamp(0.0, 1.0);
    (p - (a + ab * t)).length()
}

/// A polyline moved sideways by `d` (for double lines).
#[allow(clippy::many_single_char_names)]
pub fn offset_polyline(pts: &[Pos2], d: f32) -> Vec<Pos2> {
    let n = pts.len();
    (0..n)
        .map(|i| {
            let a = pts[i.saturating_sub(1)];
            let b = pts[(i + 1).min(n - 1)];
            pts[i] + unit(b - a).rot90() * d
        })
        .collect()
}

/// The convex hull of `points`, counter-clockwise (Andrew's monotone chain); fewer than three
/// distinct points come back as they are.
pub fn convex_hull(points: &[Pos2]) -> Vec<Pos2> {
    let mut p: Vec<Pos2> = points.to_vec();
    p.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y)));
    p.dedup();
    if p.len() < 3 {
        return p;
    }
    let cross = |o: Pos2, a: Pos2, b: Pos2| (a - o).x * (b - o).y - (a - o).y * (b - o).x;
    // Lower chain left to right, then upper chain right to left.
    let chain = |pts: &mut dyn Iterator<Item = Pos2>| {
        let mut c: Vec<Pos2> = Vec::new();
        for q in pts {
            while c.len() >= 2 && cross(c[c.len() - 2], c[c.len() - 1], q) <= 0.0 {
                c.pop();
            }
            c.push(q);
        }
        c.pop();
        c
    };
    let mut hull = chain(&mut p.iter().copied());
    hull.extend(chain(&mut p.iter().rev().copied()));
    hull
}

/// The zone around some cards: the hull of the cards grown by `pad`, with corners cut round
/// (eight points per card corner).
pub fn zone_outline(cards: &[Rect], pad: f32) -> Vec<Pos2> {
    let mut pts = Vec::with_capacity(cards.len() * 8);
    for r in cards {
        let r = r.expand(pad * 0.3);
        let round = pad * 0.7;
        for (corner, base) in [
            (r.left_top(), std::f32::consts::PI),
            (r.right_top(), std::f32::consts::PI * 1.5),
            (r.right_bottom(), 0.0),
            (r.left_bottom(), std::f32::consts::FRAC_PI_2),
        ] {
            for k in 0..3 {
                let a = base + std::f32::consts::FRAC_PI_4 * k as f32;
                pts.push(corner + round * emath::vec2(a.cos(), a.sin()));
            }
        }
    }
    convex_hull(&pts)
}

/// Whether `p` lies inside the convex polygon `hull` (counter-clockwise, as from
/// [`convex_hull`]).
pub fn in_convex(hull: &[Pos2], p: Pos2) -> bool {
    hull.len() >= 3
        && (0..hull.len()).all(|i| {
            let (a, b) = (hull[i], hull[(i + 1) % hull.len()]);
            (b - a).x * (p - a).y - (b - a).y * (p - a).x >= 0.0
        })
}

/// The most cells one rectangle or walk may cover in a [`Grid`]: coordinates far out (a
/// hostile file) cannot make it allocate without bound.
const MAX_CELLS: i64 = 1 << 16;

/// Pairs of rectangles (indices, `a < b`) that overlap by more than `inset` on each side, found
/// through a grid: linear in their number unless they pile up, and at most `max` pairs.
pub fn overlapping_pairs(rects: &[Rect], inset: f32, max: usize) -> Vec<(usize, usize)> {
    let shrunk: Vec<Rect> = rects.iter().map(|r| r.shrink(inset)).collect();
    let cell = shrunk
        .iter()
        .map(|r| r.width().max(r.height()))
        .fold(1.0_f32, f32::max)
        .min(1e6);
    let grid = Grid::build(&shrunk, cell);
    let mut pairs = Vec::new();
    let mut near = Vec::new();
    for (a, ra) in shrunk.iter().enumerate() {
        near.clear();
        grid.in_rect(*ra, &mut near);
        for &b in &near {
            let b = b as usize;
            if b > a && ra.intersects(shrunk[b]) {
                pairs.push((a, b));
                if pairs.len() >= max {
                    return pairs;
                }
            }
        }
    }
    pairs
}

/// How many cells a rectangle from cell `(x0, y0)` to `(x1, y1)` covers (no overflow).
fn cells_between(x0: i32, y0: i32, x1: i32, y1: i32) -> i64 {
    (i64::from(x1) - i64::from(x0) + 1) * (i64::from(y1) - i64::from(y0) + 1)
}

/// Whether the segment `a`–`b` passes through the inside of `r` (Liang–Barsky clipping).
pub fn segment_hits_rect(a: Pos2, b: Pos2, r: Rect) -> bool {
    let d = b - a;
    let (mut t0, mut t1) = (0.0_f32, 1.0_f32);
    for (p, q) in [
        (-d.x, a.x - r.min.x),
        (d.x, r.max.x - a.x),
        (-d.y, a.y - r.min.y),
        (d.y, r.max.y - a.y),
    ] {
        if p.abs() < 1e-9 {
            if q < 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
            if t0 > t1 {
                return false;
            }
        }
    }
    true
}

/// A uniform grid over a plane: which rectangles (cards) touch each cell, so finding the cards
/// at a point doesn't scan them all. Used by the canvas (hit-testing, map units) and the
/// exporter (what lies under cards, pixels).
#[derive(Debug, Default)]
pub struct Grid {
    cell: f32,
    cells: std::collections::HashMap<(i32, i32), Vec<u32>>,
}

impl Grid {
    /// `cell`: the side of a cell, about a card's size.
    pub fn build(rects: &[Rect], cell: f32) -> Grid {
        let mut grid = Grid::empty(cell);
        for (i, r) in rects.iter().enumerate() {
            grid.insert(i as u32, *r);
        }
        grid
    }

    /// An empty grid with cells of side `cell`, filled with [`Grid::insert`].
    pub fn empty(cell: f32) -> Grid {
        Grid {
            cell: cell.max(1.0),
            cells: std::collections::HashMap::new(),
        }
    }

    /// Add rectangle `i`. A rectangle over more than `MAX_CELLS` cells (a hostile map) is
    /// registered in none: it is then only found by a scan.
    pub fn insert(&mut self, i: u32, r: Rect) {
        let (x0, y0) = self.cell_of(r.min);
        let (x1, y1) = self.cell_of(r.max);
        if cells_between(x0, y0, x1, y1) > MAX_CELLS {
            return;
        }
        for cx in x0..=x1 {
            for cy in y0..=y1 {
                self.cells.entry((cx, cy)).or_default().push(i);
            }
        }
    }

    /// Rectangles in the cells that `r` touches, sorted, each once (appended to `out`).
    pub fn in_rect(&self, r: Rect, out: &mut Vec<u32>) {
        let (x0, y0) = self.cell_of(r.min);
        let (x1, y1) = self.cell_of(r.max);
        let start = out.len();
        if cells_between(x0, y0, x1, y1) <= MAX_CELLS {
            for cx in x0..=x1 {
                for cy in y0..=y1 {
                    if let Some(v) = self.cells.get(&(cx, cy)) {
                        out.extend_from_slice(v);
                    }
                }
            }
        }
        out[start..].sort_unstable();
        let mut tail = out.split_off(start);
        tail.dedup();
        out.extend(tail);
    }

    /// Rectangles in the cells the segment `a`–`b` passes through (a grid walk), appended to
    /// `out` unsorted, possibly more than once. Every rectangle the segment crosses is among
    /// them.
    pub fn along(&self, a: Pos2, b: Pos2, out: &mut Vec<u32>) {
        let (mut cx, mut cy) = self.cell_of(a);
        let (ex, ey) = self.cell_of(b);
        let walk = (i64::from(ex) - i64::from(cx)).abs() + (i64::from(ey) - i64::from(cy)).abs();
        if walk + 2 > MAX_CELLS || !(a.is_finite() && b.is_finite()) {
            return;
        }
        let d = b - a;
        let step_x = if d.x > 0.0 { 1 } else { -1 };
        let step_y = if d.y > 0.0 { 1 } else { -1 };
        // Distance along the segment (as a fraction) to the next vertical / horizontal line.
        let next = |p: f32, c: i32, dir: i32, len: f32| {
            if len.abs() < 1e-9 {
                return f32::INFINITY;
            }
            let edge = (c + i32::from(dir > 0)) as f32 * self.cell;
            (edge - p) / len
        };
        let mut t_x = next(a.x, cx, step_x, d.x);
        let mut t_y = next(a.y, cy, step_y, d.y);
        let dt_x = if d.x.abs() < 1e-9 {
            f32::INFINITY
        } else {
            self.cell / d.x.abs()
        };
        let dt_y = if d.y.abs() < 1e-9 {
            f32::INFINITY
        } else {
            self.cell / d.y.abs()
        };
        for _ in 0..=walk + 2 {
            if let Some(v) = self.cells.get(&(cx, cy)) {
                out.extend_from_slice(v);
            }
            if cx == ex && cy == ey {
                break;
            }
            if t_x < t_y {
                cx += step_x;
                t_x += dt_x;
            } else {
                cy += step_y;
                t_y += dt_y;
            }
        }
    }

    fn cell_of(&self, p: Pos2) -> (i32, i32) {
        (
            (p.x / self.cell).floor() as i32,
            (p.y / self.cell).floor() as i32,
        )
    }

    /// Rectangles touching the cell that holds `p` (every one containing `p` is among them).
    pub fn at(&self, p: Pos2) -> &[u32] {
        self.cells.get(&self.cell_of(p)).map_or(&[], Vec::as_slice)
    }

    /// Rectangles in the cells within `radius` of `p`, sorted, each once.
    pub fn near(&self, p: Pos2, radius: f32) -> Vec<u32> {
        let (x0, y0) = self.cell_of(p - emath::Vec2::splat(radius));
        let (x1, y1) = self.cell_of(p + emath::Vec2::splat(radius));
        let mut out = Vec::new();
        for cx in x0..=x1 {
            for cy in y0..=y1 {
                if let Some(v) = self.cells.get(&(cx, cy)) {
                    out.extend_from_slice(v);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curves_start_on_card_edges() {
        let a = card_rect(0.0, 0.0);
        let b = card_rect(400.0, 0.0);
        let c = Curve::between(a, b, 0.0);
        assert!((c.start.x - 90.0).abs() < 1e-3 && (c.end.x - 310.0).abs() < 1e-3);
        assert!(c.distance(pos2(200.0, 3.0)) < 3.5);
        let bent = Curve::between(a, b, 30.0);
        assert!(!bent.is_straight());
        assert!(bent.distance(pos2(200.0, 0.0)) > 20.0);
    }

    #[test]
    fn zone_outline_contains_its_cards() {
        let cards = [
            card_rect(0.0, 0.0),
            card_rect(400.0, 300.0),
            card_rect(0.0, 300.0),
        ];
        let hull = zone_outline(&cards, 20.0);
        for r in &cards {
            for p in [r.left_top(), r.right_bottom(), r.center()] {
                assert!(in_convex(&hull, p), "{p:?}");
            }
        }
        assert!(!in_convex(&hull, pos2(400.0, -100.0)));
        assert_eq!(convex_hull(&[pos2(0.0, 0.0), pos2(1.0, 0.0)]).len(), 2);
    }

    #[test]
    fn grid_finds_cards() {
        let rects = vec![card_rect(0.0, 0.0), card_rect(1000.0, 1000.0)];
        let g = Grid::build(&rects, 256.0);
        assert!(g.near(pos2(10.0, 10.0), 1.0).contains(&0));
        assert_eq!(g.near(pos2(1000.0, 1000.0), 1.0), vec![1]);
        assert!(g.near(pos2(5000.0, 5000.0), 1.0).is_empty());
        assert_eq!(g.at(pos2(1000.0, 1000.0)), &[1]);
        let mut out = Vec::new();
        g.along(pos2(-500.0, -500.0), pos2(1500.0, 1500.0), &mut out);
        out.sort_unstable();
        out.dedup();
        assert_eq!(out, vec![0, 1]);
        out.clear();
        g.along(pos2(-500.0, 800.0), pos2(300.0, 800.0), &mut out);
        assert!(out.is_empty());
        // Far-out coordinates do not make it walk or allocate without bound.
        g.along(pos2(-1e30, 0.0), pos2(1e30, 0.0), &mut out);
        let mut g2 = Grid::empty(100.0);
        g2.insert(0, Rect::from_min_max(pos2(0.0, 0.0), pos2(1e30, 1e30)));
        g2.in_rect(
            Rect::from_min_max(pos2(0.0, 0.0), pos2(1e30, 1e30)),
            &mut out,
        );
    }

    #[test]
    fn segments_hit_rects() {
        let r = Rect::from_min_max(pos2(0.0, 0.0), pos2(10.0, 10.0));
        assert!(segment_hits_rect(pos2(-5.0, 5.0), pos2(15.0, 5.0), r));
        assert!(segment_hits_rect(pos2(5.0, 5.0), pos2(5.0, 6.0), r));
        assert!(!segment_hits_rect(pos2(-5.0, 15.0), pos2(15.0, 15.0), r));
        assert!(!segment_hits_rect(pos2(-5.0, 5.0), pos2(-1.0, 5.0), r));
        assert!(segment_hits_rect(pos2(-5.0, -5.0), pos2(15.0, 15.0), r));
        assert!(!segment_hits_rect(pos2(-5.0, 6.0), pos2(6.0, 17.0), r));
    }
}
