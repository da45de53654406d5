//! Questions that wait for an answer: unsaved changes, and work found after a crash. (A file
//! changed by someone else asks in `conflict.rs`.)

use egui::Ui;

use crate::app::request::{PromptAnswer, Request};
use crate::app::text;
use crate::lang::Lang;

/// "Save changes?", until answered.
pub fn unsaved(ui: &mut Ui, lang: Lang, out: &mut Vec<Request>) {
    egui::Modal::new(egui::Id::new("unsaved")).show(ui.ctx(), |ui| {
        ui.heading(text::UNSAVED_CHANGES.get(lang));
        ui.label(text::DO_YOU_WANT_TO_SAVE.get(lang));
        ui.horizontal(|ui| {
            for (a, label) in [
                (PromptAnswer::Save, text::SAVE),
                (PromptAnswer::Discard, text::DISCARD),
                (PromptAnswer::Cancel, text::CANCEL),
            ] {
                if ui.button(label.get(lang)).clicked() {
                    out.push(Request::Unsaved(a));
                }
            }
        });
    });
}

/// "Unsaved work found" after a crash: restore it or throw it away.
pub fn recovery(ui: &mut Ui, lang: Lang, out: &mut Vec<Request>) {
    egui::Modal::new(egui::Id::new("recovery")).show(ui.ctx(), |ui| {
        ui.heading(text::UNSAVED_WORK_FOUND.get(lang));
        ui.label(text::ECOMAP_DID_NOT_CLOSE_CLEANLY.get(lang));
        ui.horizontal(|ui| {
            if ui.button(text::RESTORE.get(lang)).clicked() {
                out.push(Request::Recovery(true));
            }
            if ui.button(text::DISCARD_RECOVERY.get(lang)).clicked() {
                out.push(Request::Recovery(false));
            }
        });
    });
}
