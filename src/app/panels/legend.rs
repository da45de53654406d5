//! The legend, in a strip under the canvas, drawn as the map draws.
use egui::{RichText, Ui};

use super::seen::Seen;
use crate::app::request::Request;
use crate::app::text;
use crate::scene::legend::Swatch;

/// The legend's rows, as the map draws them: relation marks, then kinds, and how to draw (not
/// while presenting). Always on screen, in a strip under the canvas, so it never hides the
/// map.
pub fn ui(ui: &mut Ui, seen: &Seen, _out: &mut Vec<Request>) {
    let Some(doc) = seen.doc else { return };
    let (lang, hint) = (seen.lang, !seen.presenting);

    let mut items = crate::scene::legend::items(
        doc.shown_map(),
        seen.view.show_analysis,
        crate::scene::legend::Relations::All,
        lang,
    );
    if let Some(marks) = doc.marks() {
        items.extend(crate::scene::legend::compare_items(marks, lang));
    }
    // Which scenario the room is looking at, and what it is compared with.
    let map = doc.map();
    if map.scenario_count() > 1 {
        let said = match doc.comparison() {
            Some((c, _)) => crate::tr!(
                lang,
                "cmp-heading-app",
                from = c.from.as_str(),
                to = c.to.as_str()
            ),
            None => format!("{}: {}", text::SCENARIO_WORD.get(lang), map.scenario()),
        };
        ui.label(RichText::new(said).strong());
    }
    let (marks, kinds): (Vec<_>, Vec<_>) = items
        .iter()
        .partition(|i| !matches!(i.swatch, Swatch::Kind(_)));
    let narrow = !seen.presenting && ui.ctx().content_rect().width() < super::WIDE;
    let mark = |ui: &mut Ui, item: &crate::scene::legend::Item| {
        if item.swatch == Swatch::Accent {
            ui.separator();
        }
        let size = if matches!(item.swatch, Swatch::Loop) {
            egui::vec2(22.0, 18.0)
        } else {
            egui::vec2(48.0, 18.0)
        };
        let r = ui.allocate_exact_size(size, egui::Sense::hover()).0;
        draw_swatch(ui.painter(), r, item.swatch, lang);
        ui.label(&item.text);
        ui.add_space(8.0);
    };
    let kind = |ui: &mut Ui, item: &crate::scene::legend::Item| {
        let r = ui
            .allocate_exact_size(egui::vec2(26.0, 18.0), egui::Sense::hover())
            .0;
        draw_swatch(ui.painter(), r, item.swatch, lang);
        ui.label(&item.text);
        ui.add_space(6.0);
    };
    if narrow {
        // On a laptop: one line that scrolls sideways, so the map keeps its height (the
        // drawing hints are in the help and the empty inspector).
        egui::ScrollArea::horizontal()
            .id_salt("legend-line")
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
                    for i in &marks {
                        mark(ui, i);
                    }
                    ui.separator();
                    for i in &kinds {
                        kind(ui, i);
                    }
                });
            });
        return;
    }
    ui.horizontal_wrapped(|ui| {
        for i in &marks {
            mark(ui, i);
        }
    });
    ui.horizontal_wrapped(|ui| {
        for i in &kinds {
            kind(ui, i);
        }
        if !hint {
            return;
        }
        ui.separator();
        ui.label(RichText::new(text::DOUBLE_CLICK_NEW_STAKEHOLDER_SHIFT.get(lang)).weak());
    });
}

/// A legend swatch on screen, drawn as the map draws it (`scene::draw::swatch`).
pub fn draw_swatch(
    painter: &egui::Painter,
    r: egui::Rect,
    swatch: Swatch,
    lang: crate::lang::Lang,
) {
    let ink = crate::scene::draw::Ink {
        scale: 1.0,
        screen: true,
        dark: painter.ctx().global_style().visuals.dark_mode,
        high_contrast: false,
        findings: true,
        plain: false,
    };
    let code = match swatch {
        Swatch::Kind(k) => k.code(lang),
        _ => "",
    };
    let mut pen = crate::app::canvas::ScreenPen::new(
        crate::app::mesh::Lines::default(),
        &[],
        false,
        r.expand(4.0),
    );
    crate::scene::draw::swatch(&mut pen, swatch, r, code, &ink);
    painter.extend(pen.finish(painter.ctx()));
}
