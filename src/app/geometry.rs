//! Canvas geometry without drawing: the view transform, card rectangles, relation curves, and a
//! grid index so hit-testing and culling don't scan every stakeholder.

use std::collections::HashMap;

use egui::{Pos2, Rect, Vec2, pos2, vec2};

use crate::style;

/// Pan and zoom: a map point `p` is drawn at `rect.center() + pan + p * zoom`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub pan: Vec2,
    pub zoom: f32,
}

impl Default for View {
    fn default() -> Self {
        View {
            pan: Vec2::ZERO,
            zoom: 1.0,
        }
    }
}

pub const MIN_ZOOM: f32 = 0.02;
pub const MAX_ZOOM: f32 = 4.0;

impl View {
    pub fn to_screen(&self, rect: Rect, p: Pos2) -> Pos2 {
        rect.center() + self.pan + p.to_vec2() * self.zoom
    }

    pub fn to_world(&self, rect: Rect, p: Pos2) -> Pos2 {
        ((p - rect.center() - self.pan) / self.zoom).to_pos2()
    }

    pub fn world_rect_to_screen(&self, rect: Rect, r: Rect) -> Rect {
        Rect::from_min_max(self.to_screen(rect, r.min), self.to_screen(rect, r.max))
    }

    /// The part of the map that is on screen.
    pub fn visible_world(&self, rect: Rect) -> Rect {
        Rect::from_min_max(self.to_world(rect, rect.min), self.to_world(rect, rect.max))
    }

    /// Zoom by `factor`, keeping the map point under `anchor` (screen) where it is.
    pub fn zoom_around(&mut self, rect: Rect, anchor: Pos2, factor: f32) {
        let world = self.to_world(rect, anchor);
        self.zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        self.pan = anchor - rect.center() - world.to_vec2() * self.zoom;
    }

    /// Show `bounds` (map units) whole, centred, with a margin.
    pub fn fit(&mut self, rect: Rect, bounds: Rect) {
        if !bounds.is_finite() || bounds.is_negative() {
            *self = View::default();
            return;
        }
        let b = bounds.expand(40.0);
        let zoom = (rect.width() / b.width()).min(rect.height() / b.height());
        self.zoom = zoom.clamp(MIN_ZOOM, 1.5);
        self.pan = -b.center().to_vec2() * self.zoom;
    }

    /// Put a map point in the middle of the screen.
    pub fn center_on(&mut self, p: Pos2) {
        self.pan = -p.to_vec2() * self.zoom;
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
        let (ca, cb) = (a.center(), b.center());
        let mid = ca + (cb - ca) / 2.0;
        let normal = (cb - ca).normalized().rot90();
        // A quadratic curve peaks halfway to its control point: double it.
        let control = mid + normal * bend * 2.0;
        let start = boundary_point(a, if bend == 0.0 { cb } else { control });
        let end = boundary_point(b, if bend == 0.0 { ca } else { control });
        Curve {
            start,
            control,
            end,
        }
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

pub fn segment_distance(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let len_sq = ab.length_sq();
    if len_sq < 1e-9 {
        return (p - a).length();
    }
    let t = ((p - a).dot(ab) / len_sq).clamp(0.0, 1.0);
    (p - (a + ab * t)).length()
}

/// A uniform grid over map space: which cards touch each cell.
#[derive(Debug, Default)]
pub struct Grid {
    cells: HashMap<(i32, i32), Vec<u32>>,
}

const CELL: f32 = 256.0;

fn cell_of(p: Pos2) -> (i32, i32) {
    ((p.x / CELL).floor() as i32, (p.y / CELL).floor() as i32)
}

impl Grid {
    pub fn build(rects: &[Rect]) -> Grid {
        let mut cells: HashMap<(i32, i32), Vec<u32>> = HashMap::new();
        for (i, r) in rects.iter().enumerate() {
            let (x0, y0) = cell_of(r.min);
            let (x1, y1) = cell_of(r.max);
            for cx in x0..=x1 {
                for cy in y0..=y1 {
                    cells.entry((cx, cy)).or_default().push(i as u32);
                }
            }
        }
        Grid { cells }
    }

    /// Cards in the cells within `radius` of `p` (cards drawn larger than their map size).
    pub fn near(&self, p: Pos2, radius: f32) -> Vec<u32> {
        let (x0, y0) = cell_of(p - Vec2::splat(radius));
        let (x1, y1) = cell_of(p + Vec2::splat(radius));
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
    fn view_round_trips_and_zooms_around_anchor() {
        let rect = Rect::from_min_size(pos2(10.0, 20.0), vec2(800.0, 600.0));
        let mut v = View {
            pan: vec2(30.0, -12.0),
            zoom: 0.8,
        };
        let p = pos2(123.0, -45.0);
        let back = v.to_world(rect, v.to_screen(rect, p));
        assert!((back - p).length() < 1e-3);
        let anchor = pos2(300.0, 200.0);
        let before = v.to_world(rect, anchor);
        v.zoom_around(rect, anchor, 1.7);
        assert!((v.to_world(rect, anchor) - before).length() < 1e-3);
    }

    #[test]
    fn fit_shows_everything() {
        let rect = Rect::from_min_size(Pos2::ZERO, vec2(1000.0, 500.0));
        let bounds = Rect::from_min_max(pos2(-2000.0, 0.0), pos2(2000.0, 300.0));
        let mut v = View::default();
        v.fit(rect, bounds);
        assert!(rect.contains(v.to_screen(rect, bounds.min)));
        assert!(rect.contains(v.to_screen(rect, bounds.max)));
    }

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
    fn grid_finds_cards() {
        let rects = vec![card_rect(0.0, 0.0), card_rect(1000.0, 1000.0)];
        let g = Grid::build(&rects);
        assert!(g.near(pos2(10.0, 10.0), 1.0).contains(&0));
        assert_eq!(g.near(pos2(1000.0, 1000.0), 1.0), vec![1]);
        assert!(g.near(pos2(5000.0, 5000.0), 1.0).is_empty());
    }
}
