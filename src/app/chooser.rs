//! The built-in file chooser (`egui-file-dialog`), drawn inside the window: used when the
//! system's dialog cannot be shown (no desktop portal, an error), and when the user prefers it
//! (on a shared screen a system dialog may open on the laptop's own display instead).

use std::path::PathBuf;

use egui_file_dialog::{DialogState, FileDialog};

use super::files::{DialogAnswer, DialogPurpose};
use super::text;
use crate::lang::Lang;

#[derive(Default)]
pub struct Chooser {
    open: Option<(DialogPurpose, FileDialog)>,
}

impl Chooser {
    /// Open it for `purpose`, starting in `dir` (else the working directory).
    pub fn open(
        &mut self,
        purpose: DialogPurpose,
        suggested_name: &str,
        dir: Option<PathBuf>,
        lang: Lang,
    ) {
        let title = match purpose {
            DialogPurpose::Open => text::CHOOSER_OPEN,
            DialogPurpose::SaveAs => text::CHOOSER_SAVE,
            DialogPurpose::Export => text::CHOOSER_EXPORT,
            DialogPurpose::Report => text::ACTION_REPORT_PACK,
        };
        let mut dialog = FileDialog::new()
            .id("ecomap-file-chooser")
            .title(title.get(lang))
            .default_size([760.0, 480.0]);
        if let Some(dir) = dir {
            dialog = dialog.initial_directory(dir);
        }
        let labels = dialog.labels_mut();
        text::OPEN_BUTTON
            .get(lang)
            .clone_into(&mut labels.open_button);
        text::SAVE_BUTTON
            .get(lang)
            .clone_into(&mut labels.save_button);
        text::CANCEL.get(lang).clone_into(&mut labels.cancel_button);
        match purpose {
            DialogPurpose::Open => {
                dialog = dialog
                    .add_file_filter_extensions("ecomap", vec!["json"])
                    .default_file_filter("ecomap");
                dialog.pick_file();
            }
            DialogPurpose::SaveAs | DialogPurpose::Export | DialogPurpose::Report => {
                dialog = dialog.default_file_name(suggested_name);
                dialog.save_file();
            }
        }
        self.open = Some((purpose, dialog));
    }

    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// Draw it; the answer once the user has given one.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<(DialogPurpose, DialogAnswer)> {
        let (purpose, dialog) = self.open.as_mut()?;
        dialog.update(ctx);
        let answer = match dialog.state() {
            DialogState::Picked(p) => DialogAnswer::Picked(p.clone()),
            DialogState::PickedMultiple(ps) => match ps.first() {
                Some(p) => DialogAnswer::Picked(p.clone()),
                None => DialogAnswer::Cancelled,
            },
            DialogState::Cancelled | DialogState::Closed => DialogAnswer::Cancelled,
            DialogState::Open => return None,
        };
        let purpose = *purpose;
        self.open = None;
        Some((purpose, answer))
    }
}
