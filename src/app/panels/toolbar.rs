//! The toolbars: drawing (relation kinds, connect mode, undo) and the workshop row; the
//! presentation strip's room controls.
use egui::{RichText, Ui};

use crate::app::actions::{Action, info_of};
use crate::app::request::{Request, SettingRequest, ViewRequest};
use crate::app::text;
use crate::model::RelationKind;
use crate::scene::legend::Swatch;

use super::legend::draw_swatch;
use super::overflow::Group;
use super::seen::Seen;

/// The room a presentation is for: distance to the back row and screen size, and the capital
/// height (pixels) that gives names on this screen.
pub fn room(ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
    use crate::app::room::{DISTANCES, SCREENS};
    let (room, cap_px, lang) = (seen.settings.room, seen.room_capitals, seen.lang);
    let hint = text::ROOM_HINT.get(lang);
    let mut chosen = room;
    ui.horizontal(|ui| {
        ui.label(text::BACK_ROW.get(lang));
        egui::ComboBox::from_id_salt("room-distance")
            .selected_text(format!("{} m", chosen.distance_m))
            .show_ui(ui, |ui| {
                for d in DISTANCES {
                    ui.selectable_value(&mut chosen.distance_m, d, format!("{d} m"));
                }
            })
            .response
            .on_hover_text(hint);
        ui.label(text::SCREEN.get(lang));
        egui::ComboBox::from_id_salt("room-screen")
            .selected_text(format!("{}\"", chosen.screen_inch))
            .show_ui(ui, |ui| {
                for s in SCREENS {
                    ui.selectable_value(&mut chosen.screen_inch, s, format!("{s}\""));
                }
            })
            .response
            .on_hover_text(hint);
        ui.label(RichText::new(crate::tr!(lang, "capitals-n", n = format!("{cap_px:.0}"))).weak());
        if seen.presenting {
            let hint = super::presentation::hint(seen.canvas.focus_depth, &seen.view.hidden, lang);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new(hint).weak());
                super::live::badge(ui, seen.live, lang);
            });
        }
    });
    if chosen != room {
        out.push(Request::Setting(SettingRequest::Room(chosen)));
    }
}

/// The quick entry lines' buttons, with their keys on them: the room calls, the facilitator
/// types. First on the scenario row, which has the room to spare on a laptop.
pub fn entry_buttons(ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
    let lang = seen.lang;
    for (a, label) in [
        (Action::QuickEntry, text::TOOLBAR_PARTNER),
        (Action::RelationLine, text::TOOLBAR_RELATION),
    ] {
        let info = info_of(a);
        let keys = info
            .shortcut
            .map(|s| crate::app::actions::shortcut_label(&s, lang))
            .unwrap_or_default();
        if ui
            .button(format!("{} ({keys})", label.get(lang)))
            .on_hover_text(info.tooltip(lang))
            .clicked()
        {
            out.push(Request::Do(a));
        }
    }
}

/// Both toolbar rows: drawing (relation kinds, connect mode, analysis, undo), then what the
/// facilitator uses in front of the room.
pub fn ui(ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
    let Some(doc) = seen.doc else {
        return;
    };
    let lang = seen.lang;
    // Each group pushes what was asked into `asked` (the groups are closures, side by side).
    let asked = std::cell::RefCell::new(Vec::new());
    let mut groups: Vec<Group<'_>> = vec![
        Box::new(|ui: &mut Ui| {
            ui.label(RichText::new(text::RELATION_KIND_LABEL.get(lang)).strong());
            for (i, kind) in RelationKind::ALL.into_iter().enumerate() {
                let selected = seen.view.relation_kind == kind;
                let label = format!("{} {}", i + 1, kind.name(lang));
                let r = ui.selectable_label(selected, label);
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(44.0, 18.0), egui::Sense::hover());
                draw_swatch(ui.painter(), rect, Swatch::Relation(kind), lang);
                if r.clicked() {
                    asked.borrow_mut().push(Action::RelationKind(kind));
                }
            }
        }),
        Box::new(|ui: &mut Ui| {
            ui.separator();
            let connect = info_of(Action::ConnectMode);
            if ui
                .selectable_label(seen.canvas.connect_mode, connect.label(lang))
                .on_hover_text(text::DRAG_FROM_ONE_STAKEHOLDER_TO.get(lang))
                .clicked()
            {
                asked.borrow_mut().push(Action::ConnectMode);
            }
        }),
        Box::new(|ui: &mut Ui| {
            ui.separator();
            let mut analysis = seen.view.show_analysis;
            if ui
                .checkbox(&mut analysis, info_of(Action::ToggleAnalysis).label(lang))
                .changed()
            {
                asked.borrow_mut().push(Action::ToggleAnalysis);
            }
        }),
        Box::new(|ui: &mut Ui| {
            ui.separator();
            for (a, icon, on) in [
                (Action::Undo, "⟲", doc.can_undo()),
                (Action::Redo, "⟳", doc.can_redo()),
            ] {
                if ui
                    .add_enabled(on, egui::Button::new(icon))
                    .on_hover_text(info_of(a).label(lang))
                    .clicked()
                {
                    asked.borrow_mut().push(a);
                }
            }
        }),
    ];
    super::overflow::row(ui, "relations", &mut groups);
    drop(groups);
    out.extend(asked.into_inner().into_iter().map(Request::Do));
    workshop_row(ui, seen, out);
}

/// The second toolbar row: what the facilitator uses in front of the room.
fn workshop_row(ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
    let lang = seen.lang;
    let tip = |a: Action| info_of(a).tooltip(lang);
    let run = std::cell::RefCell::new(Vec::new());
    let focus = std::cell::Cell::new(seen.canvas.focus_depth);
    let mut groups: Vec<Group<'_>> = vec![
        Box::new(|ui: &mut Ui| {
            if ui
                .button(format!("▶ {}", text::PRESENT.get(lang)))
                .on_hover_text(tip(Action::Present))
                .clicked()
            {
                run.borrow_mut().push(Action::Present);
            }
        }),
        Box::new(|ui: &mut Ui| {
            ui.separator();
            ui.label(RichText::new(text::FOCUS.get(lang)).strong())
                .on_hover_text(tip(Action::Focus));
            let mut depth = focus.get();
            ui.selectable_value(&mut depth, None, text::OFF.get(lang));
            for d in 1..=crate::app::workshop::MAX_FOCUS {
                ui.selectable_value(&mut depth, Some(d), d.to_string());
            }
            focus.set(depth);
        }),
        Box::new(|ui: &mut Ui| {
            ui.separator();
            // What is shown: the kinds of relation and the domain zones. On a laptop a menu,
            // so the toolbar keeps to its rows and the map keeps its height.
            let shows = |ui: &mut Ui| {
                for k in RelationKind::ALL {
                    let mut shown = !seen.view.hidden.contains(&k);
                    if ui
                        .checkbox(&mut shown, k.name(lang))
                        .on_hover_text(tip(Action::ToggleKind(k)))
                        .changed()
                    {
                        run.borrow_mut().push(Action::ToggleKind(k));
                    }
                }
                ui.separator();
                let mut zones = seen.view.zones;
                if ui
                    .checkbox(&mut zones, info_of(Action::Zones).label(lang))
                    .on_hover_text(tip(Action::Zones))
                    .changed()
                {
                    run.borrow_mut().push(Action::Zones);
                }
            };
            if ui.ctx().content_rect().width() < super::WIDE {
                ui.menu_button(format!("{} ⏷", text::SHOW.get(lang)), shows);
            } else {
                ui.label(RichText::new(text::SHOW.get(lang)).strong());
                shows(ui);
            }
        }),
    ];
    // Layouts, then the walkthrough: each a button that runs its action.
    for group in [
        &[
            (Action::Onion, text::ONION),
            (Action::Tidy, text::TIDY),
            (Action::Pin, text::PIN),
        ][..],
        &[
            (Action::PrevFinding, text::PREVIOUS_ARROW),
            (Action::NextFinding, text::FINDINGS),
        ],
    ] {
        let (run, tip) = (&run, &tip);
        groups.push(Box::new(move |ui: &mut Ui| {
            ui.separator();
            for &(a, label) in group {
                if ui.button(label.get(lang)).on_hover_text(tip(a)).clicked() {
                    run.borrow_mut().push(a);
                }
            }
        }));
    }
    super::overflow::row(ui, "workshop", &mut groups);
    drop(groups);
    if focus.get() != seen.canvas.focus_depth {
        out.push(Request::View(ViewRequest::Focus(focus.get())));
    }
    out.extend(run.into_inner().into_iter().map(Request::Do));
}
