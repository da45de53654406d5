//! The toolbars: drawing (relation kinds, connect mode, undo) and the workshop row; the
//! presentation strip's room controls.
use egui::{RichText, Ui};

use crate::app::actions::{Action, info_of};
use crate::app::text;
use crate::app::{EcomapApp, Request};
use crate::model::RelationKind;
use crate::scene::legend::Swatch;

use super::legend::draw_swatch;

impl EcomapApp {
    /// The room a presentation is for: distance to the back row and screen size, and the
    /// capital height that gives names on this screen.
    pub(in crate::app) fn room_controls(&mut self, ui: &mut Ui) {
        use crate::app::room::{DISTANCES, SCREENS};
        let hint = self.tr(text::ROOM_HINT);
        let (back_row, screen) = (self.tr(text::BACK_ROW), self.tr(text::SCREEN));
        ui.horizontal(|ui| {
            ui.label(back_row);
            let room = &mut self.settings.room;
            egui::ComboBox::from_id_salt("room-distance")
                .selected_text(format!("{} m", room.distance_m))
                .show_ui(ui, |ui| {
                    for d in DISTANCES {
                        ui.selectable_value(&mut room.distance_m, d, format!("{d} m"));
                    }
                })
                .response
                .on_hover_text(hint);
            ui.label(screen);
            egui::ComboBox::from_id_salt("room-screen")
                .selected_text(format!("{}\"", room.screen_inch))
                .show_ui(ui, |ui| {
                    for s in SCREENS {
                        ui.selectable_value(&mut room.screen_inch, s, format!("{s}\""));
                    }
                })
                .response
                .on_hover_text(hint);
            // As the presentation sizes names (the monitor's height where known), so that
            // this says what the banner says.
            let cap = self.presentation_text(ui.ctx())
                * crate::scene::text::cap_height_em()
                * ui.ctx().pixels_per_point();
            ui.label(
                RichText::new(
                    self.tr(text::CAPITALS_N)
                        .replace("{n}", &format!("{cap:.0}")),
                )
                .weak(),
            );
        });
    }

    pub(in crate::app) fn toolbar(&mut self, ui: &mut Ui) {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(self.tr(text::RELATION_KIND_LABEL)).strong());
            for (i, kind) in RelationKind::ALL.into_iter().enumerate() {
                let selected = self.settings.view.relation_kind == kind;
                let label = format!("{} {}", i + 1, kind.name(self.lang));
                let r = ui.selectable_label(selected, label);
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(44.0, 18.0), egui::Sense::hover());
                draw_swatch(ui.painter(), rect, Swatch::Relation(kind), self.lang);
                if r.clicked() {
                    self.request(Request::Do(Action::RelationKind(kind)));
                }
            }
            ui.separator();
            let connect = info_of(Action::ConnectMode);
            if ui
                .selectable_label(self.canvas.connect_mode, connect.label(self.lang))
                .on_hover_text(self.tr(text::DRAG_FROM_ONE_STAKEHOLDER_TO))
                .clicked()
            {
                self.request(Request::Do(Action::ConnectMode));
            }
            ui.separator();
            let mut analysis = self.settings.view.show_analysis;
            if ui
                .checkbox(
                    &mut analysis,
                    info_of(Action::ToggleAnalysis).label(self.lang),
                )
                .changed()
            {
                self.request(Request::Do(Action::ToggleAnalysis));
            }
            ui.separator();
            let (can_undo, can_redo) = self
                .doc
                .as_ref()
                .map_or((false, false), |d| (d.can_undo(), d.can_redo()));
            if ui
                .add_enabled(can_undo, egui::Button::new("⟲"))
                .on_hover_text(info_of(Action::Undo).label(self.lang))
                .clicked()
            {
                self.request(Request::Do(Action::Undo));
            }
            if ui
                .add_enabled(can_redo, egui::Button::new("⟳"))
                .on_hover_text(info_of(Action::Redo).label(self.lang))
                .clicked()
            {
                self.request(Request::Do(Action::Redo));
            }
        });
        self.workshop_toolbar(ui);
    }

    /// The second toolbar row: what the facilitator uses in front of the room.
    pub(in crate::app) fn workshop_toolbar(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let lang = self.lang;
        let tip = |a: Action| {
            let info = info_of(a);
            let keys = info.shortcut_text(&ctx);
            if keys.is_empty() {
                info.label(lang).to_owned()
            } else {
                format!("{} ({keys})", info.label(lang))
            }
        };
        let mut run = Vec::new();
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(format!("▶ {}", self.tr(text::PRESENT)))
                .on_hover_text(tip(Action::Present))
                .clicked()
            {
                run.push(Action::Present);
            }
            ui.separator();
            ui.label(RichText::new(self.tr(text::FOCUS)).strong())
                .on_hover_text(tip(Action::Focus));
            let mut depth = self.canvas.focus_depth;
            ui.selectable_value(&mut depth, None, self.tr(text::OFF));
            for d in 1..=crate::app::workshop::MAX_FOCUS {
                ui.selectable_value(&mut depth, Some(d), d.to_string());
            }
            if depth != self.canvas.focus_depth {
                self.request(Request::Focus(depth));
            }
            ui.separator();
            ui.label(RichText::new(self.tr(text::SHOW)).strong());
            for k in RelationKind::ALL {
                let mut shown = !self.settings.view.hidden.contains(&k);
                if ui
                    .checkbox(&mut shown, k.name(self.lang))
                    .on_hover_text(tip(Action::ToggleKind(k)))
                    .changed()
                {
                    run.push(Action::ToggleKind(k));
                }
            }
            ui.separator();
            let mut zones = self.settings.view.zones;
            if ui
                .checkbox(&mut zones, info_of(Action::Zones).label(self.lang))
                .on_hover_text(tip(Action::Zones))
                .changed()
            {
                run.push(Action::Zones);
            }
            ui.separator();
            if ui
                .button(self.tr(text::ONION))
                .on_hover_text(tip(Action::Onion))
                .clicked()
            {
                run.push(Action::Onion);
            }
            if ui
                .button(self.tr(text::TIDY))
                .on_hover_text(tip(Action::Tidy))
                .clicked()
            {
                run.push(Action::Tidy);
            }
            if ui
                .button(self.tr(text::PIN))
                .on_hover_text(tip(Action::Pin))
                .clicked()
            {
                run.push(Action::Pin);
            }
            ui.separator();
            if ui
                .button(self.tr(text::PREVIOUS_ARROW))
                .on_hover_text(tip(Action::PrevFinding))
                .clicked()
            {
                run.push(Action::PrevFinding);
            }
            if ui
                .button(self.tr(text::FINDINGS))
                .on_hover_text(tip(Action::NextFinding))
                .clicked()
            {
                run.push(Action::NextFinding);
            }
        });
        for a in run {
            self.request(Request::Do(a));
        }
    }
}
