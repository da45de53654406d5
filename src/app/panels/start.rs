//! The start screen: new map, open, recent files and the built-in samples.
use egui::{RichText, Ui};

use crate::app::actions::Action;
use crate::app::panels::Seen;
use crate::app::request::{FileRequest, Request};
use crate::app::samples::SAMPLES;
use crate::app::text;

/// The start screen: a new map, open one, the samples, the recently opened.
pub fn ui(ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
    let (recent, lang) = (&seen.settings.recent, seen.lang);
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
            out.push(Request::Do(Action::New));
        }
        if ui
            .add(egui::Button::new(
                RichText::new(text::OPEN_A_MAP.get(lang)).size(20.0),
            ))
            .clicked()
        {
            out.push(Request::Do(Action::Open));
        }
        ui.add_space(24.0);
        ui.label(
            RichText::new(text::SAMPLE_MAPS.get(lang))
                .strong()
                .size(20.0),
        );
        for (i, (title, _)) in SAMPLES.iter().enumerate() {
            if ui
                .add(egui::Button::new(RichText::new(*title).size(18.0)))
                .clicked()
            {
                out.push(Request::File(FileRequest::Sample(i)));
            }
        }
        if !recent.is_empty() {
            ui.add_space(24.0);
            ui.label(
                RichText::new(text::RECENTLY_OPENED.get(lang))
                    .strong()
                    .size(20.0),
            );
            for p in recent {
                if ui.link(p.display().to_string()).clicked() {
                    out.push(Request::File(FileRequest::Open(p.clone())));
                }
            }
        }
    });
}
