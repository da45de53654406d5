//! Relations on the canvas: straight or curved, solid, dashed, dotted or double, with arrowheads,
//! the schot's bar, the analysis accents and labels, all written into a few meshes per frame.

use egui::{
    Align2, Color32, CornerRadius, FontId, Pos2, Rect, Shape, Stroke, Ui, epaint::PathShape, vec2,
};

use super::{Canvas, FADE, MISSING_DASH, TEXT_ZOOM, color, edge_color};
use crate::app::mesh::Lines;
use crate::geometry::{Curve, offset_polyline, unit};
use crate::model::RelationKind;
use crate::scene::EdgeLook;
use crate::style;

impl Canvas {
    pub(super) fn edge_shapes(&self, ui: &Ui, rect: Rect, visible: Rect) -> Vec<Shape> {
        let zoom = self.view.zoom;
        let detailed = zoom >= TEXT_ZOOM;
        let (v, i) = self.edge_capacity.get();
        let mut lines = Lines::with_capacity(v, i);
        // The curve of each relation drawn this frame (for its label).
        let mut drawn: Vec<Option<Curve>> = vec![None; self.scene.edges.len()];
        let selected_rel = self.selection.relation.as_deref();
        for (ei, e) in self.scene.edges.iter().enumerate() {
            if e.look == EdgeLook::Missing && !self.show_analysis {
                continue;
            }
            if let EdgeLook::Relation(k) = e.look
                && self.hidden.contains(&k)
            {
                continue;
            }
            let faded = self.is_faded(e.from) || self.is_faded(e.to);
            let fade = |c: Color32| if faded { c.gamma_multiply(FADE) } else { c };
            let (ra, rb) = (self.node_rect(e.from), self.node_rect(e.to));
            let curve = e.curve(ra, rb, 1.0);
            if !curve.bounds().intersects(visible) {
                continue;
            }
            // Enough segments for a smooth curve on screen, no more.
            let screen_len = (curve.end - curve.start).length() * zoom;
            let segments = if e.bend == 0.0 {
                // Most relations are straight: one segment.
                1
            } else if detailed {
                (screen_len / 24.0).clamp(4.0, 20.0) as usize
            } else {
                4
            };
            let pts: Vec<Pos2> = curve
                .points(segments)
                .into_iter()
                .map(|p| self.view.to_screen(rect, p))
                .collect();
            let (mut col, width, dash, arrow, double, bar) = match e.look {
                EdgeLook::Relation(kind) => {
                    let s = style::edge_style(kind);
                    let c = edge_color(kind, ui.visuals().dark_mode);
                    (c, s.width, s.dash, s.arrow, s.double, s.bar)
                }
                EdgeLook::Missing => (
                    color(style::MISSING).gamma_multiply(0.8),
                    style::MISSING_WIDTH,
                    Some(MISSING_DASH),
                    false,
                    false,
                    false,
                ),
            };
            col = fade(col);
            let mut w = (width * zoom).max(1.2);
            if self.high_contrast {
                w = (w * 1.4).max(2.0);
            }
            if !detailed {
                // Far out (thousands of relations, cards a few pixels wide): thin plain lines,
                // accents as colour, no halos or dashes; arrowheads only where they fit.
                let col = if self.show_analysis && (e.accent || e.warning) {
                    color(if e.warning {
                        style::WARNING
                    } else {
                        style::ACCENT
                    })
                } else {
                    col
                };
                for s in pts.windows(2) {
                    lines.plain_segment(s[0], s[1], 1.0, col);
                }
                let n = pts.len();
                let len = style::ARROW_LENGTH * zoom * 2.0;
                if arrow && n >= 2 && len >= 4.0 {
                    let tip = pts[n - 1];
                    let dir = unit(tip - pts[n - 2]);
                    let side = dir.rot90() * (len / 2.0);
                    lines.triangle(tip, tip - dir * len + side, tip - dir * len - side, col);
                }
                continue;
            }
            if self.show_analysis && e.accent && !faded {
                // Mutual dependency: an accent halo under the arrow.
                lines.polyline(
                    &pts,
                    w + style::ACCENT_HALO,
                    color(style::ACCENT).gamma_multiply(0.7),
                );
            }
            if self.show_analysis && e.warning && !faded {
                col = color(style::WARNING);
                w += style::BLOCKED_EXTRA_WIDTH;
            }
            if selected_rel == Some(e.id.as_str()) {
                lines.polyline(&pts, w + 8.0, color(style::SELECTION).gamma_multiply(0.35));
            }
            if double {
                let off = (2.5 * zoom).max(1.5);
                for side in [-1.0, 1.0] {
                    lines.polyline(&offset_polyline(&pts, off * side), w * 0.8, col);
                }
            } else if let (Some((on, off)), true) = (dash, detailed) {
                // Never shorter than a few points, or a dotted line becomes a haze of specks.
                let period = ((on + off) * zoom).max(9.0);
                match self.dash_textures.iter().find(|(p, _)| *p == (on, off)) {
                    Some((_, tex)) => lines.dashed_textured(&pts, w, col, period, tex.id()),
                    None => lines.dashed(&pts, w, col, (on * zoom).max(3.0), (off * zoom).max(6.0)),
                }
            } else {
                lines.polyline(&pts, w, col);
            }
            let n = pts.len();
            if arrow && n >= 2 {
                let tip = pts[n - 1];
                let dir = unit(tip - pts[n - 2]);
                let len = (style::ARROW_LENGTH * zoom).max(8.0);
                let half = (style::ARROW_HALF_WIDTH * zoom).max(4.0);
                let base = tip - dir * len;
                let side = dir.rot90() * half;
                lines.triangle(tip, base + side, base - side, col);
            }
            let mid = self.view.to_screen(rect, curve.at(0.5));
            if bar {
                let tangent = (self.view.to_screen(rect, curve.at(0.55))
                    - self.view.to_screen(rect, curve.at(0.45)))
                .normalized();
                let n = tangent.rot90() * (style::SCHOT_BAR_HALF * zoom).max(8.0);
                lines.segment(
                    mid - n,
                    mid + n,
                    (style::SCHOT_BAR_WIDTH * zoom).max(2.5),
                    col,
                );
            }
            if !faded {
                drawn[ei] = Some(curve);
            }
        }
        self.edge_capacity
            .set((lines.mesh.vertices.len(), lines.mesh.indices.len()));
        let mut shapes = vec![Shape::mesh(lines.mesh)];
        shapes.extend(lines.dashes.into_iter().map(Shape::mesh));
        if detailed {
            self.label_shapes(ui, rect, &drawn, &mut shapes);
        }
        shapes
    }
}

impl Canvas {
    /// Relation labels where the scene placed them (beside the line, clear of every card),
    /// and numbered markers for the labels that became notes. Over the relations, under the
    /// cards.
    fn label_shapes(&self, ui: &Ui, rect: Rect, drawn: &[Option<Curve>], shapes: &mut Vec<Shape>) {
        let zoom = self.view.zoom;
        let size = self.scene.typography.label_size * zoom;
        let lh = crate::scene::text::LINE_HEIGHT * size;
        let bg = ui.visuals().extreme_bg_color.gamma_multiply(0.9);
        let text_color = ui.visuals().strong_text_color();
        ui.fonts_mut(|f| {
            for l in &self.scene.labels {
                let Some(Some(curve)) = drawn.get(l.edge as usize) else {
                    continue;
                };
                let r = self.view.world_rect_to_screen(rect, l.rect_on(curve));
                if !rect.intersects(r) {
                    continue;
                }
                shapes.push(Shape::rect_filled(r, CornerRadius::same(4), bg));
                let top = r.center().y - l.lines.len() as f32 * lh / 2.0;
                for (k, line) in l.lines.iter().enumerate() {
                    let galley =
                        f.layout_no_wrap(line.text.clone(), FontId::proportional(size), text_color);
                    let at = egui::pos2(
                        r.center().x - galley.size().x / 2.0,
                        top + k as f32 * lh + (lh - galley.size().y) / 2.0,
                    );
                    shapes.push(Shape::galley(at, galley, text_color));
                }
            }
            for n in &self.scene.notes {
                let (Some(m), Some(Some(_))) = (n.marker, drawn.get(n.edge as usize)) else {
                    continue;
                };
                let r = self.view.world_rect_to_screen(rect, m);
                let radius = r.width().min(r.height()) / 2.0;
                shapes.push(Shape::circle_filled(r.center(), radius, bg));
                shapes.push(Shape::circle_stroke(
                    r.center(),
                    radius,
                    Stroke::new(1.5, text_color),
                ));
                let galley =
                    f.layout_no_wrap(n.number.to_string(), FontId::proportional(size), text_color);
                shapes.push(Shape::galley(
                    Align2::CENTER_CENTER
                        .anchor_size(r.center(), galley.size())
                        .min,
                    galley,
                    text_color,
                ));
            }
        });
    }
}

/// A short sample of a relation kind's line, for the toolbar and the legend.
#[allow(clippy::many_single_char_names)]
pub fn legend_line(painter: &egui::Painter, a: Pos2, b: Pos2, kind: RelationKind) {
    let s = style::edge_style(kind);
    let col = edge_color(kind, painter.ctx().global_style().visuals.dark_mode);
    let w = s.width.max(1.5);
    if s.double {
        for off in [-2.5, 2.5] {
            painter.line_segment(
                [a + vec2(0.0, off), b + vec2(0.0, off)],
                Stroke::new(w * 0.8, col),
            );
        }
    } else if let Some((on, off)) = s.dash {
        painter.extend(Shape::dashed_line(&[a, b], Stroke::new(w, col), on, off));
    } else {
        painter.line_segment([a, b], Stroke::new(w, col));
    }
    if s.arrow {
        painter.add(PathShape::convex_polygon(
            vec![b, b - vec2(10.0, 5.0), b - vec2(10.0, -5.0)],
            col,
            Stroke::NONE,
        ));
    }
    if s.bar {
        let m = a + (b - a) / 2.0;
        let half = style::SCHOT_BAR_HALF / 2.0;
        painter.line_segment(
            [m - vec2(0.0, half), m + vec2(0.0, half)],
            Stroke::new(style::SCHOT_BAR_WIDTH, col),
        );
    }
}
