//! The start screen: new map, open, recent files and the built-in samples.
use egui::{RichText, Ui};

use crate::app::text;
use crate::app::{EcomapApp, Request};

/// The sample maps, built in so the start screen always has them.
pub const SAMPLES: &[(&str, &str)] = &[
    (
        "Gezonde Wijk",
        include_str!("../../../sample_maps/gezonde-wijk.ecomap.json"),
    ),
    (
        "Regionaal werkgeverschap",
        include_str!("../../../sample_maps/regionaal-werkgeverschap.ecomap.json"),
    ),
    (
        "Woonzorg ontwerplab",
        include_str!("../../../sample_maps/woonzorg-ontwerplab.ecomap.json"),
    ),
];

impl EcomapApp {
    pub(in crate::app) fn start_screen(&mut self, ui: &mut Ui) {
        let lang = self.lang;
        ui.vertical_centered(|ui| {
            ui.add_space(40.0);
            ui.label(RichText::new("ecomap").size(44.0).strong());
            ui.label(RichText::new(text::MAP_THE_ECOSYSTEM_WHO_DEPENDS.get(lang)).size(18.0));
            ui.add_space(24.0);
            if ui
                .add(egui::Button::new(
                    RichText::new(text::NEW_MAP_BUTTON.get(lang)).size(20.0),
                ))
                .clicked()
            {
                self.new_map();
            }
            if ui
                .add(egui::Button::new(
                    RichText::new(text::OPEN_A_MAP.get(lang)).size(20.0),
                ))
                .clicked()
            {
                self.ask_dialog(crate::app::DialogPurpose::Open);
            }
            ui.add_space(24.0);
            ui.label(
                RichText::new(text::SAMPLE_MAPS.get(lang))
                    .strong()
                    .size(20.0),
            );
            for (title, json) in SAMPLES {
                if ui
                    .add(egui::Button::new(RichText::new(*title).size(18.0)))
                    .clicked()
                {
                    match crate::io::from_bytes(json.as_bytes()) {
                        Ok(map) => self.set_document(crate::app::Document::new(map, None)),
                        Err(e) => self.tell(e.user_message(lang), true),
                    }
                }
            }
            if !self.settings.recent.is_empty() {
                ui.add_space(24.0);
                ui.label(
                    RichText::new(text::RECENTLY_OPENED.get(lang))
                        .strong()
                        .size(20.0),
                );
                for p in self.settings.recent.clone() {
                    if ui.link(p.display().to_string()).clicked() {
                        self.request(Request::Open(p));
                    }
                }
            }
        });
    }
}
