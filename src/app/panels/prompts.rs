//! Questions that wait for an answer: unsaved changes, a recovery copy, a conflict.
use egui::Ui;

use crate::app::EcomapApp;
use crate::app::text;

/// The answer to "save changes?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PromptAnswer {
    Save,
    Discard,
    Cancel,
}

impl EcomapApp {
    pub(in crate::app) fn modals(&mut self, ui: &mut Ui) {
        self.conflict_modal(ui);
        self.reload_modal(ui);
        if let Some(pending) = self.ask_unsaved.clone() {
            let lang = self.lang;
            let mut answer = None;
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
                            answer = Some(a);
                        }
                    }
                });
            });
            match answer {
                Some(PromptAnswer::Save) => {
                    self.ask_unsaved = None;
                    if self.save() {
                        self.proceed(pending);
                    } else {
                        // Asked for a path (or failed): continue once saved.
                        self.save_then = Some(pending);
                    }
                }
                Some(PromptAnswer::Discard) => {
                    self.ask_unsaved = None;
                    if let Some(r) = &self.recovery {
                        r.clear();
                    }
                    if let Some(d) = &mut self.doc {
                        // Discarding: the next step must not ask again. The path stays as it
                        // was: a never-saved map still asks where to save.
                        d.mark_clean();
                    }
                    self.proceed(pending);
                }
                Some(PromptAnswer::Cancel) => self.ask_unsaved = None,
                None => {}
            }
        }
        if self.recovery_offer.is_some() {
            let lang = self.lang;
            let mut answer = None;
            egui::Modal::new(egui::Id::new("recovery")).show(ui.ctx(), |ui| {
                ui.heading(text::UNSAVED_WORK_FOUND.get(lang));
                ui.label(text::ECOMAP_DID_NOT_CLOSE_CLEANLY.get(lang));
                ui.horizontal(|ui| {
                    if ui.button(text::RESTORE.get(lang)).clicked() {
                        answer = Some(true);
                    }
                    if ui.button(text::DISCARD_RECOVERY.get(lang)).clicked() {
                        answer = Some(false);
                    }
                });
            });
            match answer {
                Some(true) => {
                    if let Some(found) = self.recovery_offer.take() {
                        // It lives on as this instance's copy; the dead one's goes.
                        if let Some(r) = &self.recovery
                            && r.write(&found.map, found.origin.as_deref()).is_ok()
                        {
                            r.remove(&found);
                        }
                        let mut doc = crate::app::Document::new(found.map, found.origin);
                        doc.mark_unsaved();
                        self.set_document(doc);
                    }
                }
                Some(false) => {
                    if let (Some(found), Some(r)) = (self.recovery_offer.take(), &self.recovery) {
                        r.remove(&found);
                    }
                }
                None => {}
            }
        }
    }
}
