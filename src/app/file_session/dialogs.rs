//! The file dialogs: asked at the start of a frame (the system's, or the built-in chooser),
//! and their answers: a path to open, save to, export to or write the report pack into.

use std::path::Path;

use super::{Effect, FileSession, Pending, Step, saving, tell};
use crate::app::conflict;
use crate::app::document::Document;
use crate::app::files::{self, DialogAnswer, DialogPurpose};
use crate::app::text;
use crate::lang::Lang;

impl FileSession {
    /// Ask for a path: the dialog opens at the start of the next frame. A dialog already on
    /// screen is not asked again.
    pub(super) fn ask(&mut self, purpose: DialogPurpose, name: String, then: Option<Pending>) {
        if matches!(self.step, Step::Dialog { shown: true, .. }) && self.dialog_on_screen() {
            return;
        }
        self.step = Step::Dialog {
            purpose,
            name,
            shown: false,
            then,
        };
    }

    pub(super) fn dialog_on_screen(&self) -> bool {
        self.chooser.is_open() || self.dialogs.is_open()
    }

    pub(super) fn open_chooser(
        &mut self,
        purpose: DialogPurpose,
        name: &str,
        doc: Option<&Document>,
        lang: Lang,
    ) {
        let dir = self.dialog_dir.clone().or_else(|| {
            doc.and_then(|d| d.path.as_ref())
                .and_then(|p| p.parent())
                .filter(|p| !p.as_os_str().is_empty())
                .map(Path::to_path_buf)
        });
        self.chooser.open(purpose, name, dir, lang);
    }

    pub(super) fn dialog_answers(
        &mut self,
        ctx: &egui::Context,
        doc: Option<&mut Document>,
        lang: Lang,
        out: &mut Vec<Effect>,
    ) {
        let Some((purpose, answer)) = self.chooser.ui(ctx).or_else(|| self.dialogs.poll()) else {
            return;
        };
        // What waits on a save as, and the name asked with (to ask the same in the window).
        let (name, then) = match std::mem::replace(&mut self.step, Step::Idle) {
            Step::Dialog { name, then, .. } => (name, then),
            other => {
                self.step = other;
                (String::new(), None)
            }
        };
        let path = match answer {
            // Nothing was saved: what waited for the save (closing, opening) is off.
            DialogAnswer::Cancelled => return,
            DialogAnswer::Picked(path) => path,
            DialogAnswer::Unavailable(why) => {
                // Never fail silently: say why, and ask the same in the window.
                log::warn!("no system file dialog: {}", why.get(Lang::En));
                let text = format!("{} {}", text::DIALOG_UNAVAILABLE.get(lang), why.get(lang));
                out.push(tell(text, true));
                self.open_chooser(purpose, &name, doc.as_deref(), lang);
                self.step = Step::Dialog {
                    purpose,
                    name,
                    shown: true,
                    then,
                };
                return;
            }
        };
        match purpose {
            DialogPurpose::Open => saving::open_path(&path, lang, out),
            DialogPurpose::Export => out.push(Effect::Export(path)),
            DialogPurpose::Report => out.push(Effect::Report(path)),
            DialogPurpose::Import => out.push(Effect::Import(path)),
            DialogPurpose::SaveAs => {
                let Some(doc) = doc else { return };
                let target = files::with_extension(path.clone());
                // The dialog confirmed overwriting `path`, not the name with the extension
                // added: never replace that one unasked.
                let open_one = doc
                    .path
                    .as_deref()
                    .is_some_and(|p| conflict::same_file(p, &target));
                if target != path && target.exists() && !open_one {
                    let text = format!(
                        "{} {}",
                        text::EXISTS_CHOOSE_ANOTHER.get(lang),
                        target.display()
                    );
                    out.push(tell(text, true));
                    return;
                }
                self.save_to(doc, &target, then, lang, out);
            }
        }
    }
}
