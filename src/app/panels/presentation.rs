//! What a presentation shows over the map: the finding being walked through, the part being
//! shown (or the offer to walk through a map too big for the room), and a hint how to get back.
//! Banners go where they cover no card (`Canvas::free_spot`) and take no clicks.

use std::collections::BTreeSet;

use egui::{Align2, Color32, RichText, Ui, vec2};

use crate::app::canvas::Canvas;
use crate::app::text;
use crate::lang::Lang;
use crate::model::RelationKind;

/// The finding being walked through.
pub struct Walk {
    /// "3 / 12".
    pub counter: String,
    /// The finding's rule, small above the sentence.
    pub rule: String,
    pub sentence: String,
    /// The actions on this finding, one line each.
    pub actions: Vec<String>,
    /// The sentence's text size (points).
    pub size: f32,
    /// Where it sits while the view glides (from the top of the window).
    pub top: f32,
}

/// The walkthrough's banner: where it covers none of the finding's stakeholders (its size as
/// last shown), once the view has stopped gliding; at the top while it glides, so it does not
/// jump about. Returns where it was drawn.
pub fn walkthrough(ui: &Ui, walk: &Walk, canvas: &Canvas, lang: Lang) -> egui::Rect {
    let width = (ui.ctx().content_rect().width() * 0.7).max(300.0);
    let id = egui::Id::new("walkthrough");
    let last = ui.ctx().memory(|m| m.area_rect(id)).map(|r| r.size());
    let at = match last {
        Some(last) if !canvas.is_animating() => {
            canvas.free_spot(last, &canvas.selection.stakeholders)
        }
        Some(last) => egui::pos2(canvas.rect().center().x - last.x / 2.0, walk.top),
        None => egui::pos2(canvas.rect().center().x - width / 2.0, walk.top),
    };
    let size = walk.size;
    banner(ui, id, at, width, 14.0, |ui| {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(&walk.counter)
                    .size(size * 0.8)
                    .strong()
                    .color(crate::app::canvas::color(crate::style::SELECTION)),
            );
            ui.label(RichText::new(&walk.rule).size(size * 0.7).weak());
        });
        ui.label(RichText::new(&walk.sentence).size(size).strong());
        for a in &walk.actions {
            ui.label(
                RichText::new(format!("• {}: {a}", text::ACTION_WORD.get(lang)))
                    .size(size * 0.75)
                    .color(crate::app::canvas::color(crate::style::SELECTION)),
            );
        }
        ui.label(
            RichText::new(text::PGDN_NEXT_PGUP_PREVIOUS_ESC.get(lang))
                .size(14.0)
                .weak(),
        );
    })
    .rect
}

/// One line in a banner where it covers no card: the part being shown, or the offer to walk
/// through the map in parts.
pub fn part(ui: &Ui, line: &str, canvas: &Canvas) {
    let size = 20.0;
    let width = (canvas.rect().width() - 40.0).max(200.0);
    let guess = vec2(
        (crate::scene::text::text_width(line, size) + 32.0).min(width),
        size * 1.3 + 24.0,
    );
    let at = canvas.free_spot(guess, &BTreeSet::new());
    banner(ui, egui::Id::new("part-banner"), at, width, 12.0, |ui| {
        ui.label(RichText::new(line).size(size).strong());
    });
}

/// In the corner: what is switched on (focus, hidden kinds) and how to get back.
pub fn hint(ui: &Ui, focus: Option<usize>, hidden: &BTreeSet<RelationKind>, lang: Lang) {
    let mut state = Vec::new();
    if let Some(d) = focus {
        state.push(format!("Focus {d}"));
    }
    for k in hidden {
        state.push(format!("{} {}", text::HIDDEN.get(lang), k.name(lang)));
    }
    state.push(text::ESC_EDIT_F1_SHORTCUTS.get(lang).to_owned());
    egui::Area::new(egui::Id::new("presentation-hint"))
        .anchor(Align2::RIGHT_TOP, vec2(-12.0, 8.0))
        .order(egui::Order::Foreground)
        .interactable(false)
        .show(ui.ctx(), |ui| {
            ui.label(
                RichText::new(state.join(" · "))
                    .size(14.0)
                    .color(Color32::from_gray(110)),
            );
        });
}

/// A box over the canvas at `at`, at most `width` wide, that takes no clicks.
fn banner(
    ui: &Ui,
    id: egui::Id,
    at: egui::Pos2,
    width: f32,
    margin: f32,
    add: impl FnOnce(&mut Ui),
) -> egui::Response {
    egui::Area::new(id)
        .fixed_pos(at)
        .order(egui::Order::Foreground)
        .interactable(false)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style())
                .fill(ui.visuals().extreme_bg_color.gamma_multiply(0.95))
                .inner_margin(margin)
                .show(ui, |ui| {
                    ui.set_max_width(width);
                    add(ui);
                });
        })
        .response
}
