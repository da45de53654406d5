//! Notices (`app/notice.rs`) as toasts over the canvas: they cover a strip of the map for a moment instead of
//! pushing the map down. A message fades after `NOTICE_SECONDS`; an error stays until
//! dismissed.

use egui::{Color32, RichText, Ui};

use crate::app::notice::{FADE_SECONDS, NOTICE_SECONDS, Notice};
use crate::app::request::{Request, ViewRequest};
use crate::app::text;
use crate::lang::Lang;

/// The size the toast had when last shown (the first frame guesses).
pub fn last_size(ctx: &egui::Context) -> egui::Vec2 {
    ctx.memory(|m| m.area_rect(egui::Id::new("notice")))
        .map_or(egui::vec2(420.0, 36.0), |r| r.size())
}

/// The toast at `at` (screen), as of `now`; ✖ asks to dismiss it.
pub fn ui(ui: &Ui, n: &Notice, now: f64, at: egui::Pos2, lang: Lang, out: &mut Vec<Request>) {
    let age = now - n.shown.unwrap_or(now);
    let mut opacity = 1.0_f32;
    if !n.error {
        if age > NOTICE_SECONDS {
            opacity = (1.0 - (age - NOTICE_SECONDS) / FADE_SECONDS).clamp(0.0, 1.0) as f32;
            ui.ctx().request_repaint();
        } else {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(NOTICE_SECONDS - age));
        }
    }
    let col = if n.error {
        Color32::from_rgb(0xB0, 0x20, 0x10)
    } else {
        Color32::from_rgb(0x11, 0x66, 0x33)
    };
    egui::Area::new(egui::Id::new("notice"))
        .fixed_pos(at)
        .order(egui::Order::Foreground)
        .show(ui.ctx(), |ui| {
            ui.set_opacity(opacity);
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(ui.ctx().content_rect().width() * 0.7);
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&n.text).color(col).strong());
                    if ui
                        .button("✖")
                        .on_hover_text(text::DISMISS.get(lang))
                        .clicked()
                    {
                        out.push(Request::View(ViewRequest::DismissNotice));
                    }
                });
            });
        });
}
