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
            DialogPurpose::Import => text::ACTION_IMPORT,
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
        // Every other label of the chooser, from the same Fluent files as the rest.
        crate::tr!(lang, "chooser-select-folder").clone_into(&mut labels.title_select_directory);
        crate::tr!(lang, "chooser-open-file").clone_into(&mut labels.title_select_file);
        crate::tr!(lang, "chooser-select-multiple").clone_into(&mut labels.title_select_multiple);
        crate::tr!(lang, "chooser-save-file").clone_into(&mut labels.title_save_file);
        crate::tr!(lang, "chooser-cancel").clone_into(&mut labels.cancel);
        crate::tr!(lang, "chooser-overwrite").clone_into(&mut labels.overwrite);
        crate::tr!(lang, "chooser-reload").clone_into(&mut labels.reload);
        crate::tr!(lang, "chooser-working-directory").clone_into(&mut labels.working_directory);
        crate::tr!(lang, "chooser-select-all").clone_into(&mut labels.select_all);
        crate::tr!(lang, "chooser-show-hidden").clone_into(&mut labels.show_hidden);
        crate::tr!(lang, "chooser-show-system-files").clone_into(&mut labels.show_system_files);
        crate::tr!(lang, "chooser-pinned").clone_into(&mut labels.heading_pinned);
        crate::tr!(lang, "chooser-places").clone_into(&mut labels.heading_places);
        crate::tr!(lang, "chooser-devices").clone_into(&mut labels.heading_devices);
        crate::tr!(lang, "chooser-removable-devices")
            .clone_into(&mut labels.heading_removable_devices);
        crate::tr!(lang, "chooser-home").clone_into(&mut labels.home_dir);
        crate::tr!(lang, "chooser-desktop").clone_into(&mut labels.desktop_dir);
        crate::tr!(lang, "chooser-documents").clone_into(&mut labels.documents_dir);
        crate::tr!(lang, "chooser-downloads").clone_into(&mut labels.downloads_dir);
        crate::tr!(lang, "chooser-audio").clone_into(&mut labels.audio_dir);
        crate::tr!(lang, "chooser-pictures").clone_into(&mut labels.pictures_dir);
        crate::tr!(lang, "chooser-videos").clone_into(&mut labels.videos_dir);
        crate::tr!(lang, "chooser-pin").clone_into(&mut labels.pin_folder);
        crate::tr!(lang, "chooser-unpin").clone_into(&mut labels.unpin_folder);
        crate::tr!(lang, "chooser-rename").clone_into(&mut labels.rename_pinned_folder);
        crate::tr!(lang, "chooser-selected-folder").clone_into(&mut labels.selected_directory);
        crate::tr!(lang, "chooser-selected-file").clone_into(&mut labels.selected_file);
        crate::tr!(lang, "chooser-selected-items").clone_into(&mut labels.selected_items);
        crate::tr!(lang, "chooser-file-name").clone_into(&mut labels.file_name);
        crate::tr!(lang, "chooser-all-files").clone_into(&mut labels.file_filter_all_files);
        crate::tr!(lang, "chooser-any-extension").clone_into(&mut labels.save_extension_any);
        crate::tr!(lang, "chooser-overwrite-question")
            .clone_into(&mut labels.overwrite_file_modal_text);
        crate::tr!(lang, "chooser-empty-folder-name").clone_into(&mut labels.err_empty_folder_name);
        crate::tr!(lang, "chooser-empty-file-name").clone_into(&mut labels.err_empty_file_name);
        crate::tr!(lang, "chooser-folder-exists").clone_into(&mut labels.err_directory_exists);
        crate::tr!(lang, "chooser-file-exists").clone_into(&mut labels.err_file_exists);
        match purpose {
            DialogPurpose::Open => {
                dialog = dialog
                    .add_file_filter_extensions("ecomap", vec!["json"])
                    .default_file_filter("ecomap");
                dialog.pick_file();
            }
            DialogPurpose::Import => {
                dialog = dialog
                    .add_file_filter_extensions(
                        "Excel / ODS / CSV / GEXF / GraphML",
                        vec!["xlsx", "ods", "csv", "gexf", "graphml"],
                    )
                    .default_file_filter("Excel / ODS / CSV / GEXF / GraphML");
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
