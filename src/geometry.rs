//! Pure map geometry shared by the canvas and the exporter: card rectangles and relation curves,
//! in map units. Uses `emath` (egui's small math crate), not egui.

use emath::{Pos2, Rect, pos2, vec2};

use crate::style;

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

/// A polyline moved sideways by `d` (for double lines).
#[allow(clippy::many_single_char_names)]
pub fn offset_polyline(pts: &[Pos2], d: f32) -> Vec<Pos2> {
    let n = pts.len();
    (0..n)
        .map(|i| {
            let a = pts[i.saturating_sub(1)];
            let b = pts[(i + 1).min(n - 1)];
            pts[i] + (b - a).normalized().rot90() * d
        })
        .collect()
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
}
