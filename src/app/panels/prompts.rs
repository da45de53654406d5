//! Questions that wait for an answer: unsaved changes, work found after a crash, and a file
//! changed by someone else (what differs is worked out in `conflict.rs`).

use egui::Ui;

use egui::RichText;

use crate::app::conflict::{Choice, Conflict};
use crate::app::panels::Seen;
use crate::app::request::{PromptAnswer, Request, SaveChoice};
use crate::app::text;
use crate::lang::Lang;

/// The questions the file session asks, while it asks them.
pub fn ui(ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
    let (file, lang) = (seen.file, seen.lang);
    if let Some(c) = file.conflict() {
        conflict(ui, c, lang, out);
    }
    if file.reload_offered() {
        reload(ui, lang, out);
    }
    if file.asks_unsaved() {
        unsaved(ui, lang, out);
    }
    if file.recovery_offered() {
        recovery(ui, lang, out);
    }
}

/// "Save changes?", until answered.
fn unsaved(ui: &mut Ui, lang: Lang, out: &mut Vec<Request>) {
    egui::Modal::new(egui::Id::new("unsaved")).show(ui.ctx(), |ui| {
        ui.heading(text::UNSAVED_CHANGES.get(lang));
        ui.label(text::DO_YOU_WANT_TO_SAVE.get(lang));
        ui.horizontal(|ui| {
            for (a, label) in [
                (SaveChoice::Save, text::SAVE),
                (SaveChoice::Discard, text::DISCARD),
                (SaveChoice::Cancel, text::CANCEL),
            ] {
                if ui.button(label.get(lang)).clicked() {
                    out.push(Request::Prompt(PromptAnswer::Unsaved(a)));
                }
            }
        });
    });
}

/// "Unsaved work found" after a crash: restore it or throw it away.
fn recovery(ui: &mut Ui, lang: Lang, out: &mut Vec<Request>) {
    egui::Modal::new(egui::Id::new("recovery")).show(ui.ctx(), |ui| {
        ui.heading(text::UNSAVED_WORK_FOUND.get(lang));
        ui.label(text::ECOMAP_DID_NOT_CLOSE_CLEANLY.get(lang));
        ui.horizontal(|ui| {
            if ui.button(text::RESTORE.get(lang)).clicked() {
                out.push(Request::Prompt(PromptAnswer::Recovery(true)));
            }
            if ui.button(text::DISCARD_RECOVERY.get(lang)).clicked() {
                out.push(Request::Prompt(PromptAnswer::Recovery(false)));
            }
        });
    });
}

/// The open map's file changed on disk while nothing was edited here: load it?
fn reload(ui: &mut Ui, lang: Lang, out: &mut Vec<Request>) {
    egui::Modal::new(egui::Id::new("reload-offer")).show(ui.ctx(), |ui| {
        ui.set_max_width(520.0);
        ui.heading(text::CHANGED_ON_DISK.get(lang));
        ui.label(text::LOAD_NEW_VERSION.get(lang));
        ui.horizontal(|ui| {
            if ui.button(text::LOAD_IT.get(lang)).clicked() {
                out.push(Request::Prompt(PromptAnswer::Reload(true)));
            }
            if ui.button(text::KEEP_THIS_ONE.get(lang)).clicked() {
                out.push(Request::Prompt(PromptAnswer::Reload(false)));
            }
        });
    });
}

/// Someone else changed the file a save would replace: what differs, and what to do.
fn conflict(ui: &mut Ui, conflict: &Conflict, lang: Lang, out: &mut Vec<Request>) {
    egui::Modal::new(egui::Id::new("changed-on-disk")).show(ui.ctx(), |ui| {
        ui.set_max_width(560.0);
        ui.heading(text::CHANGED_ON_DISK.get(lang));
        ui.label(format!(
            "{} {}",
            text::CHANGED_ON_DISK_EXPLAIN.get(lang),
            conflict.path.display()
        ));
        for line in &conflict.summary {
            ui.label(RichText::new(format!("• {line}")).strong());
        }
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            for (choice, label) in [
                (Choice::ReloadTheirs, text::RELOAD_THEIRS),
                (Choice::KeepMineAsCopy, text::KEEP_MINE_AS_COPY),
                (Choice::Overwrite, text::OVERWRITE),
                (Choice::Cancel, text::CANCEL),
            ] {
                if ui.button(label.get(lang)).clicked() {
                    out.push(Request::Prompt(PromptAnswer::Conflict(choice)));
                }
            }
        });
    });
}
