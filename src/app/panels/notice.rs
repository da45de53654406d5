//! Notices as toasts over the canvas, and where overlays go: free spots that cover no card.
use egui::{Color32, RichText, Ui};

use crate::app::EcomapApp;
use crate::app::text;

impl EcomapApp {
    /// The notice as a toast over the top of the canvas: it covers a strip of the map for a
    /// moment instead of pushing the map down. A message fades after `NOTICE_SECONDS`; an
    /// error stays until dismissed.
    pub(in crate::app) fn notice_toast(&mut self, ui: &Ui) {
        const NOTICE_SECONDS: f64 = 6.0;
        const FADE_SECONDS: f64 = 1.0;
        let now = ui.input(|i| i.time);
        let Some(n) = &mut self.notice else { return };
        let start = *n.shown.get_or_insert(now);
        let age = now - start;
        let mut opacity = 1.0_f32;
        if !n.error {
            if age > NOTICE_SECONDS + FADE_SECONDS {
                self.notice = None;
                return;
            }
            if age > NOTICE_SECONDS {
                opacity = (1.0 - (age - NOTICE_SECONDS) / FADE_SECONDS) as f32;
                ui.ctx().request_repaint();
            } else {
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_secs_f64(
                        NOTICE_SECONDS - age,
                    ));
            }
        }
        let n = n.clone();
        let id = egui::Id::new("notice");
        // Where it covers no card: the top of the canvas, else a corner or the bottom (its
        // size as last shown; the first frame guesses).
        let size = ui
            .ctx()
            .memory(|m| m.area_rect(id))
            .map_or(egui::vec2(420.0, 36.0), |r| r.size());
        let at = if self.doc.is_some() {
            self.free_spot(size)
        } else {
            egui::pos2((ui.ctx().content_rect().width() - size.x) / 2.0, 48.0)
        };
        let col = if n.error {
            Color32::from_rgb(0xB0, 0x20, 0x10)
        } else {
            Color32::from_rgb(0x11, 0x66, 0x33)
        };
        let mut dismiss = false;
        egui::Area::new(id)
            .fixed_pos(at)
            .order(egui::Order::Foreground)
            .show(ui.ctx(), |ui| {
                ui.set_opacity(opacity);
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(ui.ctx().content_rect().width() * 0.7);
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(&n.text).color(col).strong());
                        if ui
                            .button("✖")
                            .on_hover_text(self.tr(text::DISMISS))
                            .clicked()
                        {
                            dismiss = true;
                        }
                    });
                });
            });
        if dismiss {
            self.notice = None;
        }
    }

    /// The top-left corner for an overlay of `size` on the canvas where it covers no card:
    /// top middle, top corners, bottom middle, bottom corners; else the one covering fewest.
    pub(in crate::app) fn free_spot(&self, size: egui::Vec2) -> egui::Pos2 {
        self.free_spot_keeping(size, &std::collections::BTreeSet::new())
    }

    /// [`Self::free_spot`], where covering one of the `keep` stakeholders weighs as much as
    /// covering all the others (the ones a walkthrough sentence is about).
    pub(in crate::app) fn free_spot_keeping(
        &self,
        size: egui::Vec2,
        keep: &std::collections::BTreeSet<String>,
    ) -> egui::Pos2 {
        let area = self.canvas.rect().shrink(8.0);
        let heavy = self.canvas.scene().nodes.len() + 1;
        let cards: Vec<(egui::Rect, usize)> = self
            .canvas
            .scene()
            .nodes
            .iter()
            .map(|n| {
                let r = self
                    .canvas
                    .view
                    .world_rect_to_screen(self.canvas.rect(), n.rect);
                (r, if keep.contains(&n.id) { heavy } else { 1 })
            })
            // Relation labels and note markers count too, as one card each.
            .chain(
                self.canvas
                    .scene()
                    .labels
                    .iter()
                    .map(|l| l.rect)
                    .chain(self.canvas.scene().notes.iter().filter_map(|n| n.marker))
                    .map(|r| {
                        (
                            self.canvas.view.world_rect_to_screen(self.canvas.rect(), r),
                            1,
                        )
                    }),
            )
            .filter(|(r, _)| r.intersects(area))
            .collect();
        let (l, c, r) = (
            area.left(),
            area.center().x - size.x / 2.0,
            area.right() - size.x,
        );
        let (t, b) = (area.top(), area.bottom() - size.y);
        // Along the top and the bottom edge, middle first; then down the sides.
        let (ml, mr) = (f32::midpoint(l, c), f32::midpoint(c, r));
        let (third, two_thirds) = (t + (b - t) / 3.0, t + 2.0 * (b - t) / 3.0);
        [
            (c, t),
            (l, t),
            (r, t),
            (ml, t),
            (mr, t),
            (c, b),
            (l, b),
            (r, b),
            (ml, b),
            (mr, b),
            (l, third),
            (r, third),
            (l, two_thirds),
            (r, two_thirds),
        ]
        .into_iter()
        .map(|(x, y)| egui::pos2(x, y))
        .min_by_key(|p| {
            let spot = egui::Rect::from_min_size(*p, size);
            cards
                .iter()
                .filter(|(q, _)| q.intersects(spot))
                .map(|(_, w)| w)
                .sum::<usize>()
        })
        .unwrap_or(area.min)
    }
}
