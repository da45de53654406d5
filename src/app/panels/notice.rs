//! Notices as toasts over the canvas: they cover a strip of the map for a moment instead of
//! pushing the map down. A message fades after `NOTICE_SECONDS`; an error stays until
//! dismissed.

use egui::{Color32, RichText, Ui};

use crate::app::request::{Request, ViewRequest};
use crate::app::text;
use crate::lang::Lang;

/// How long a message (not an error) stays, then how long it takes to fade.
const NOTICE_SECONDS: f64 = 6.0;
const FADE_SECONDS: f64 = 1.0;

/// A message shown over the canvas until it fades or is dismissed.
#[derive(Debug, Clone)]
pub struct Notice {
    pub text: String,
    pub error: bool,
    /// What was said, when it is one of the editor's texts: shown again in the other language
    /// when the language is switched.
    pub said: Option<(text::Text, Vec<(&'static str, String)>)>,
    /// When it was first shown (egui time): a message that is not an error fades after a while.
    pub shown: Option<f64>,
}

impl Notice {
    /// A notice that is not one of the editor's texts (a path, an error from the system).
    pub fn tell(text: String, error: bool) -> Self {
        Notice {
            text,
            error,
            said: None,
            shown: None,
        }
    }

    /// One of the editor's texts, with `vars` filled in (`{n}` → "17"), in `lang`; said again
    /// in the other language after a switch ([`Notice::relanguage`]).
    pub fn say(t: text::Text, vars: &[(&'static str, String)], lang: Lang, error: bool) -> Self {
        Notice {
            text: fill(t.get(lang), vars),
            error,
            said: Some((t, vars.to_vec())),
            shown: None,
        }
    }

    /// Say it again in `lang` (after a language switch), if it is one of the editor's texts.
    pub fn relanguage(&mut self, lang: Lang) {
        if let Some((t, vars)) = &self.said {
            self.text = fill(t.get(lang), vars);
        }
    }

    /// Faded away by `now` (a message, not an error).
    pub fn is_gone(&self, now: f64) -> bool {
        !self.error
            && self
                .shown
                .is_some_and(|s| now - s > NOTICE_SECONDS + FADE_SECONDS)
    }
}

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
                ui.horizontal(|ui| {
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

/// `template` with each `(key, value)` of `vars` filled in (keys with or without braces).
pub fn fill(template: &str, vars: &[(&'static str, String)]) -> String {
    let named: Vec<(&str, &str)> = vars
        .iter()
        .map(|(k, v)| (k.trim_start_matches('{').trim_end_matches('}'), v.as_str()))
        .collect();
    crate::i18n::fill(template, &named)
}
