//! Stakeholder cards on the canvas: fill, outline, loop ring, pin and name, faded outside the
//! focus; far out, plain squares in one mesh.

use egui::{Color32, CornerRadius, FontId, Pos2, Rect, Shape, Stroke, StrokeKind, Ui, pos2, vec2};

use super::{Canvas, FADE, TEXT_ZOOM, color};
use crate::app::mesh::Lines;
use crate::style;

impl Canvas {
    pub(super) fn draw_nodes(
        &self,
        ui: &Ui,
        painter: &egui::Painter,
        rect: Rect,
        visible: Rect,
        pointer: Option<Pos2>,
    ) {
        let zoom = self.view.zoom;
        let hovered = pointer.and_then(|p| self.node_at(p));
        let mut shapes = Vec::new();
        let mut text_shapes = Vec::new();
        let mut lines = Lines::default();
        let detailed = zoom >= TEXT_ZOOM;
        for (i, n) in self.scene.nodes.iter().enumerate() {
            let wr = self.node_rect(i as u32);
            if !wr.intersects(visible) {
                continue;
            }
            let r = self.view.world_rect_to_screen(rect, wr);
            let faded = self.is_faded(i as u32);
            let fade = |c: Color32| if faded { c.gamma_multiply(FADE) } else { c };
            let fill = fade(color(style::kind_fill(n.kind)));
            let selected = self.selection.stakeholders.contains(&n.id);
            let radius = CornerRadius::same((style::CARD_ROUNDING * zoom).clamp(1.0, 40.0) as u8);
            let stroke = if selected {
                Stroke::new(4.0, color(style::SELECTION))
            } else if hovered == Some(i as u32) {
                Stroke::new(2.5, color(style::SELECTION))
            } else if self.high_contrast {
                Stroke::new((3.0 * zoom).max(2.5), fade(Color32::BLACK))
            } else {
                Stroke::new((1.5 * zoom).max(1.0), fade(color(style::CARD_STROKE)))
            };
            let ring = self.show_analysis && n.in_loop && !faded;
            if !detailed {
                // Far out: square cards in one mesh, no text (names show on hover).
                if ring {
                    lines.rect_outline(r.expand(3.0), 2.0, color(style::ACCENT));
                }
                lines.rect(r, fill);
                lines.rect_outline(r, stroke.width.min(r.width() / 4.0), stroke.color);
                continue;
            }
            if ring {
                shapes.push(Shape::rect_stroke(
                    r.expand((5.0 * zoom).max(3.0)),
                    radius,
                    Stroke::new((4.0 * zoom).max(2.0), color(style::ACCENT)),
                    StrokeKind::Outside,
                ));
            }
            // Fill and outline as one shape: the rounded outline is worked out once.
            shapes.push(Shape::Rect(egui::epaint::RectShape::new(
                r,
                radius,
                fill,
                stroke,
                StrokeKind::Inside,
            )));
            if n.pinned {
                // A pin in the corner: this one stays put when the map is tidied.
                let at = r.right_top() + vec2(-(10.0 * zoom).max(7.0), (10.0 * zoom).max(7.0));
                let radius = (5.0 * zoom).max(3.5);
                shapes.push(Shape::circle_filled(
                    at,
                    radius,
                    fade(color(style::SELECTION)),
                ));
                shapes.push(Shape::circle_stroke(
                    at,
                    radius,
                    Stroke::new(1.0, fade(Color32::WHITE)),
                ));
            }
            // The name, broken into lines by the scene (the export breaks it the same way).
            let size = self.scene.typography.name_size * zoom;
            let lh = crate::scene::text::LINE_HEIGHT * size;
            let text_color = fade(if self.high_contrast {
                Color32::BLACK
            } else {
                color(style::CARD_TEXT)
            });
            let top = r.center().y - n.lines.len() as f32 * lh / 2.0;
            ui.fonts_mut(|f| {
                for (k, line) in n.lines.iter().enumerate() {
                    let galley =
                        f.layout_no_wrap(line.text.clone(), FontId::proportional(size), text_color);
                    let y = top + k as f32 * lh + (lh - galley.size().y) / 2.0;
                    let x = r.center().x - galley.size().x / 2.0;
                    text_shapes.push(Shape::galley(pos2(x, y), galley, text_color));
                }
            });
        }
        if !lines.mesh.is_empty() {
            painter.add(Shape::mesh(lines.mesh));
        }
        painter.extend(shapes);
        // Names last: nothing is drawn over a name.
        painter.extend(text_shapes);
    }
}
