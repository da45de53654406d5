//! The onion layout's rings, drawn under the map until the next edit.

use egui::{Color32, FontId, Rect, Stroke, Ui, pos2, vec2};

use super::Canvas;
use crate::lang::Lang;

impl Canvas {
    /// The onion's rings, labelled with their steps, under everything else; gone after the
    /// next edit.
    pub(super) fn draw_rings(
        &mut self,
        ui: &Ui,
        painter: &egui::Painter,
        rect: Rect,
        revision: u64,
        lang: Lang,
    ) {
        let Some((made, rings)) = &self.rings else {
            return;
        };
        if *made != revision {
            self.rings = None;
            return;
        }
        let centre = self
            .view
            .to_screen(rect, pos2(rings.centre[0], rings.centre[1]));
        let colour = ui.visuals().weak_text_color().gamma_multiply(0.6);
        let text = ui.visuals().weak_text_color();
        let size = (self.min_text * 0.9).max(12.0);
        for &(steps, r) in &rings.rings {
            let radius = vec2(r, r * rings.squash) * self.view.zoom;
            let ellipse = egui::epaint::EllipseShape {
                center: centre,
                radius,
                fill: Color32::TRANSPARENT,
                stroke: Stroke::new(1.5, colour),
                angle: 0.0,
            };
            painter.add(ellipse);
            let label = match steps {
                Some(n) => crate::tr!(lang, "ring-n-steps", n = n),
                None => crate::app::text::RING_NOT_CONNECTED.get(lang).to_owned(),
            };
            // At the top of the ring, where a label is least likely to sit on a card's name.
            painter.text(
                centre - vec2(0.0, radius.y) - vec2(0.0, 2.0),
                egui::Align2::CENTER_BOTTOM,
                label,
                FontId::proportional(size),
                text,
            );
        }
    }
}
