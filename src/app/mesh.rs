//! Lines, dashes and triangles written straight into one mesh. egui's tessellator handles each
//! `Shape` on its own; a map of thousands of relations (each dash a shape) spent most of its
//! frame there. One mesh per frame is a plain copy for the tessellator.

// Geometry reads best with short names (a, b, n, d, m).
#![allow(clippy::many_single_char_names)]

use egui::epaint::{Color32, Mesh, Pos2};

/// One of the style's colours, for egui.
pub fn color(c: crate::style::Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// Half the width of the anti-aliasing fringe, in points (egui uses a 1-point feather).
const FEATHER: f32 = 0.5;

#[derive(Default)]
pub struct Lines {
    pub mesh: Mesh,
    /// Dashed lines, one mesh per dash texture.
    pub dashes: Vec<Mesh>,
}

/// A dash pattern as a tiny repeating texture: a dashed line is then one quad per straight
/// piece, however many dashes it has (a dotted relation was dozens of quads).
pub fn dash_texture(ctx: &egui::Context, on: f32, off: f32) -> egui::TextureHandle {
    const W: usize = 64;
    let on_px = (on / (on + off) * W as f32)
        .round()
        .clamp(1.0, W as f32 - 1.0) as usize;
    let pixels: Vec<Color32> = (0..W)
        .map(|x| {
            if x < on_px {
                Color32::WHITE
            } else {
                Color32::TRANSPARENT
            }
        })
        .collect();
    let image = egui::ColorImage::new([W, 1], pixels);
    let options = egui::TextureOptions {
        magnification: egui::TextureFilter::Linear,
        minification: egui::TextureFilter::Linear,
        wrap_mode: egui::TextureWrapMode::Repeat,
        mipmap_mode: None,
    };
    ctx.load_texture(format!("dash-{on}-{off}"), image, options)
}

/// Length of a vector: `sqrt`, not `Vec2::length`'s `hypot`, which guards against overflow
/// we can't have at screen sizes and is several times slower.
fn length(v: egui::Vec2) -> f32 {
    (v.x * v.x + v.y * v.y).sqrt()
}

impl Lines {
    /// Room for this many vertices and indices: a frame usually draws what the last one did,
    /// and growing a mesh of tens of thousands of vertices copies it over and over.
    pub fn with_capacity(vertices: usize, indices: usize) -> Self {
        let mut mesh = Mesh::default();
        mesh.vertices.reserve(vertices);
        mesh.indices.reserve(indices);
        Lines {
            mesh,
            dashes: Vec::new(),
        }
    }

    /// A straight, anti-aliased line segment.
    pub fn segment(&mut self, a: Pos2, b: Pos2, width: f32, color: Color32) {
        let d = b - a;
        let len = length(d);
        if len < 1e-3 || color == Color32::TRANSPARENT {
            return;
        }
        // Lines thinner than a pixel fade instead of thinning, as egui does.
        let (color, width) = if width < 1.0 {
            (color.gamma_multiply(width.max(0.0)), 1.0)
        } else {
            (color, width)
        };
        let n = d.rot90() / len;
        let inner = (width / 2.0 - FEATHER).max(0.0);
        let outer = width / 2.0 + FEATHER;
        let m = &mut self.mesh;
        let base = m.vertices.len() as u32;
        for p in [a, b] {
            m.colored_vertex(p + n * outer, Color32::TRANSPARENT);
            m.colored_vertex(p + n * inner, color);
            m.colored_vertex(p - n * inner, color);
            m.colored_vertex(p - n * outer, Color32::TRANSPARENT);
        }
        // Three quads across the line: fringe, core, fringe.
        for k in 0..3 {
            let (i, j) = (base + k, base + k + 1);
            m.add_triangle(i, j, i + 4);
            m.add_triangle(j, j + 4, i + 4);
        }
    }

    /// A segment without the anti-aliasing fringe: half the vertices. For dashes, which are
    /// short and many.
    pub fn plain_segment(&mut self, a: Pos2, b: Pos2, width: f32, color: Color32) {
        let d = b - a;
        let len = length(d);
        if len < 1e-3 {
            return;
        }
        let n = d.rot90() / len * (width.max(1.0) / 2.0);
        self.quad(a, b, n, color);
    }

    /// The quad from `a` to `b`, `n` wide on either side.
    fn quad(&mut self, a: Pos2, b: Pos2, n: egui::Vec2, color: Color32) {
        let m = &mut self.mesh;
        let base = m.vertices.len() as u32;
        for p in [a + n, a - n, b - n, b + n] {
            m.colored_vertex(p, color);
        }
        m.add_triangle(base, base + 1, base + 2);
        m.add_triangle(base, base + 2, base + 3);
    }

    pub fn polyline(&mut self, pts: &[Pos2], width: f32, color: Color32) {
        for w in pts.windows(2) {
            self.segment(w[0], w[1], width, color);
        }
    }

    /// A dashed polyline: `on` drawn, `off` skipped, measured along the line in points.
    pub fn dashed(&mut self, pts: &[Pos2], width: f32, color: Color32, on: f32, off: f32) {
        let period = on + off;
        if period <= 0.0 {
            return self.polyline(pts, width, color);
        }
        // Where we are in the dash pattern; carried across the polyline's corners. Tracked
        // by adding, not with `%`: float modulo is a slow library call, done per dash.
        let mut phase = 0.0f32;
        for w in pts.windows(2) {
            let (a, b) = (w[0], w[1]);
            let len = length(b - a);
            if len < 1e-6 {
                continue;
            }
            let dir = (b - a) / len;
            let n = dir.rot90() * (width.max(1.0) / 2.0);
            let mut t = 0.0;
            while t < len {
                let (drawing, left) = if phase < on {
                    (true, on - phase)
                } else {
                    (false, period - phase)
                };
                let step = left.min(len - t);
                if drawing && step > 1e-3 {
                    self.quad(a + dir * t, a + dir * (t + step), n, color);
                }
                t += step;
                phase += step;
                if phase >= period - 1e-4 {
                    phase = 0.0;
                }
            }
        }
    }

    /// A dashed polyline drawn with a dash texture (see [`dash_texture`]); `period` is the
    /// length of one dash and gap on screen.
    pub fn dashed_textured(
        &mut self,
        pts: &[Pos2],
        width: f32,
        color: Color32,
        period: f32,
        texture: egui::TextureId,
    ) {
        let k = if let Some(k) = self.dashes.iter().position(|m| m.texture_id == texture) {
            k
        } else {
            self.dashes.push(Mesh::with_texture(texture));
            self.dashes.len() - 1
        };
        let m = &mut self.dashes[k];
        // Along the line in periods; carried across corners so the pattern runs on.
        let mut u = 0.0f32;
        for w in pts.windows(2) {
            let (a, b) = (w[0], w[1]);
            let len = length(b - a);
            if len < 1e-3 {
                continue;
            }
            let n = (b - a).rot90() / len * (width.max(1.0) / 2.0);
            let u1 = u + len / period;
            let base = m.vertices.len() as u32;
            for (p, uu) in [(a + n, u), (a - n, u), (b - n, u1), (b + n, u1)] {
                m.vertices.push(egui::epaint::Vertex {
                    pos: p,
                    uv: egui::pos2(uu, 0.5),
                    color,
                });
            }
            m.add_triangle(base, base + 1, base + 2);
            m.add_triangle(base, base + 2, base + 3);
            u = u1;
        }
    }

    /// A filled rectangle with square corners, for cards too small to show rounding.
    pub fn rect(&mut self, r: egui::Rect, color: Color32) {
        self.mesh.add_colored_rect(r, color);
    }

    /// A rectangle's outline, drawn inside it.
    pub fn rect_outline(&mut self, r: egui::Rect, width: f32, color: Color32) {
        let r = r.shrink(width / 2.0);
        let [a, b, c, d] = [
            r.left_top(),
            r.right_top(),
            r.right_bottom(),
            r.left_bottom(),
        ];
        for (p, q) in [(a, b), (b, c), (c, d), (d, a)] {
            self.plain_segment(p, q, width, color);
        }
    }

    pub fn triangle(&mut self, a: Pos2, b: Pos2, c: Pos2, color: Color32) {
        let m = &mut self.mesh;
        let base = m.vertices.len() as u32;
        for p in [a, b, c] {
            m.colored_vertex(p, color);
        }
        m.add_triangle(base, base + 1, base + 2);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    #[test]
    fn segment_and_dashes_make_triangles() {
        let mut l = Lines::default();
        l.segment(pos2(0.0, 0.0), pos2(10.0, 0.0), 2.0, Color32::RED);
        assert_eq!(l.mesh.vertices.len(), 8);
        assert_eq!(l.mesh.indices.len(), 18);
        let mut d = Lines::default();
        // 100 points long, 10 on / 10 off: five dashes.
        d.dashed(
            &[pos2(0.0, 0.0), pos2(50.0, 0.0), pos2(100.0, 0.0)],
            2.0,
            Color32::RED,
            10.0,
            10.0,
        );
        assert_eq!(d.mesh.vertices.len(), 5 * 4);
        // Degenerate input draws nothing.
        let mut e = Lines::default();
        e.segment(pos2(1.0, 1.0), pos2(1.0, 1.0), 2.0, Color32::RED);
        assert!(e.mesh.is_empty());
    }

    #[test]
    fn textured_dashes_are_one_quad_per_piece_and_the_pattern_runs_on() {
        let mut l = Lines::default();
        let tex = egui::TextureId::User(7);
        l.dashed_textured(
            &[pos2(0.0, 0.0), pos2(30.0, 0.0), pos2(30.0, 15.0)],
            2.0,
            Color32::RED,
            10.0,
            tex,
        );
        assert_eq!(l.dashes.len(), 1);
        let m = &l.dashes[0];
        assert_eq!(m.texture_id, tex);
        assert_eq!(m.vertices.len(), 8);
        // Three periods along the first piece, 1.5 more along the second.
        assert!((m.vertices[2].uv.x - 3.0).abs() < 1e-4);
        assert!((m.vertices[4].uv.x - 3.0).abs() < 1e-4);
        assert!((m.vertices[6].uv.x - 4.5).abs() < 1e-4);
    }
}
