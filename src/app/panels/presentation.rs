//! What a presentation shows over the map: the finding being walked through, the part being
//! shown (or the offer to walk through a map too big for the room), and a hint how to get back.
//! In front of the room they are a strip of their own over the map; while editing, the
//! walkthrough's banner goes where it covers no card (`Canvas::free_spot`). They take no
//! clicks.

use std::collections::BTreeSet;

use egui::{RichText, Ui};

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

/// What the strip over the map shows while presenting.
pub enum Top {
    /// The finding being walked through.
    Walk(Walk),
    /// The part being shown, or the offer to walk through a map too big for the room, and
    /// its text size.
    Part(String, f32),
}

/// While presenting: the finding being walked through, or the part shown, in a strip of its
/// own over the map, so it covers no card whatever the map (the map is fitted below it). The
/// sentence at the names' size, for the back row. Returns the strip.
pub fn strip(ui: &mut Ui, top: &Top, lang: Lang) -> egui::Rect {
    egui::Panel::top("presentation-top")
        .frame(
            egui::Frame::side_top_panel(ui.style())
                .fill(ui.visuals().extreme_bg_color)
                .inner_margin(egui::Margin::symmetric(16, 8)),
        )
        .show(ui, |ui| {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
            match top {
                Top::Walk(walk) => walk_lines(ui, walk, lang),
                Top::Part(line, size) => {
                    ui.label(RichText::new(line).size(*size).strong());
                }
            }
        })
        .response
        .rect
}

/// The walkthrough's banner while editing: where it covers none of the finding's stakeholders
/// (its size as last shown), once the view has stopped gliding; at the top while it glides,
/// so it does not jump about. Returns where it was drawn.
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
    banner(ui, id, at, width, 14.0, |ui| walk_lines(ui, walk, lang)).rect
}

/// The finding: its number and rule, the sentence, its actions and how to go on.
fn walk_lines(ui: &mut Ui, walk: &Walk, lang: Lang) {
    let size = walk.size;
    ui.horizontal_wrapped(|ui| {
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
}

/// What is switched on (focus, hidden kinds) and how to get back: in the strip under the map
/// (over the map, in a corner, it covered the name of a card there).
pub fn hint(focus: Option<usize>, hidden: &BTreeSet<RelationKind>, lang: Lang) -> String {
    let mut state = Vec::new();
    if let Some(d) = focus {
        state.push(format!("Focus {d}"));
    }
    for k in hidden {
        state.push(format!("{} {}", text::HIDDEN.get(lang), k.name(lang)));
    }
    state.push(text::ESC_EDIT_F1_SHORTCUTS.get(lang).to_owned());
    state.join(" · ")
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
