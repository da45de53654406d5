//! Canvas geometry without drawing: the view transform. (The grid index that keeps
//! hit-testing from scanning every stakeholder is `crate::geometry::Grid`.)

use egui::{Pos2, Rect, Vec2};

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

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{pos2, vec2};

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
}
