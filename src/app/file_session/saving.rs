//! Saving (never over someone else's save unasked), what waits on a save, opening, and the
//! answers to the session's questions (save changes? restore? load theirs?).

use std::path::Path;

use super::{Disk, Effect, FileSession, Pending, SaveChoice, Step, tell};
use crate::app::conflict::{self, Choice};
use crate::app::document::Document;
use crate::app::files::{self, DialogPurpose};
use crate::app::text;
use crate::lang::Lang;
use crate::model::Map;

impl FileSession {
    /// Save to the document's file, or ask for one; then `then`.
    pub(super) fn save(
        &mut self,
        doc: &mut Document,
        then: Option<Pending>,
        lang: Lang,
        out: &mut Vec<Effect>,
    ) {
        if let Some(path) = doc.path.clone() {
            self.save_to(doc, &path, then, lang, out);
        } else {
            let name = files::suggested_file_name(&doc.map().title);
            self.ask(DialogPurpose::SaveAs, name, then);
        }
    }

    /// Write the map to `path`, unless someone else saved it meanwhile (then ask first:
    /// nothing is written). Once written, `then`.
    pub(super) fn save_to(
        &mut self,
        doc: &mut Document,
        path: &Path,
        then: Option<Pending>,
        lang: Lang,
        out: &mut Vec<Effect>,
    ) {
        if let Some(conflict) = conflict::check(doc, path, lang) {
            self.step = Step::Conflict { conflict, then };
            return;
        }
        match crate::io::save_stamped(doc.map(), path) {
            Ok(stamp) => {
                doc.mark_saved(path.to_owned());
                doc.disk = Some(stamp);
                if let Some(o) = &mut self.open {
                    o.disk = Disk::Known;
                }
                if let Some(r) = &self.autosave.recovery {
                    r.clear();
                }
                out.push(Effect::Remember(path.to_owned()));
                let text = format!("{} {}", text::SAVED.get(lang), path.display());
                out.push(tell(text, false));
                if let Some(next) = then {
                    self.proceed(next, Some(doc), lang, out);
                }
            }
            // The unsaved marker stays: nothing is lost. What waited on the save waits no
            // more (a later save must not close the window by surprise).
            Err(e) => {
                let mut text =
                    format!("{} {}: {e}", text::COULD_NOT_SAVE.get(lang), path.display());
                if crate::io::held_by_another(&e) {
                    text = format!("{text} {}", crate::tr!(lang, "save-held-hint"));
                }
                out.push(tell(text, true));
            }
        }
    }

    /// Go on with what waited (on "save changes?" or a save).
    pub(super) fn proceed(
        &mut self,
        p: Pending,
        doc: Option<&Document>,
        lang: Lang,
        out: &mut Vec<Effect>,
    ) {
        match p {
            Pending::New => {
                let title = text::NEW_MAP.get(lang);
                out.push(Effect::Show(Box::new(Document::new(Map::new(title), None))));
            }
            Pending::Open => {
                let name = doc
                    .map(|d| files::suggested_file_name(&d.map().title))
                    .unwrap_or_default();
                self.ask(DialogPurpose::Open, name, None);
            }
            Pending::OpenPath(path) => open_path(&path, lang, out),
            Pending::StartScreen => out.push(Effect::StartScreen),
            Pending::Close => {
                self.step = Step::Closing;
                if let Some(r) = &self.autosave.recovery {
                    r.clear();
                }
            }
        }
    }

    pub(super) fn answer_unsaved(
        &mut self,
        choice: SaveChoice,
        doc: Option<&mut Document>,
        lang: Lang,
        out: &mut Vec<Effect>,
    ) {
        let Step::AskUnsaved(pending) = std::mem::replace(&mut self.step, Step::Idle) else {
            return;
        };
        match choice {
            SaveChoice::Save => match doc {
                Some(doc) => self.save(doc, Some(pending), lang, out),
                None => self.proceed(pending, None, lang, out),
            },
            SaveChoice::Discard => {
                if let Some(r) = &self.autosave.recovery {
                    r.clear();
                }
                // Discarding: the next step must not ask again. The path stays as it was: a
                // never-saved map still asks where to save.
                let doc = doc.map(|d| {
                    d.mark_clean();
                    &*d
                });
                self.proceed(pending, doc, lang, out);
            }
            SaveChoice::Cancel => {}
        }
    }

    /// Restore the work found after a crash, or throw it away.
    pub(super) fn answer_recovery(&mut self, restore: bool, out: &mut Vec<Effect>) {
        let Some(found) = self.autosave.found.take() else {
            return;
        };
        let Some(r) = &self.autosave.recovery else {
            return;
        };
        if restore {
            // It lives on as this instance's copy; the dead one's goes.
            if r.write(&found.map, found.origin.as_deref()).is_ok() {
                r.remove(&found);
            }
            let mut doc = Document::new(found.map, found.origin);
            doc.mark_unsaved();
            out.push(Effect::Show(Box::new(doc)));
        } else {
            r.remove(&found);
        }
    }

    /// The answer to "the file changed on disk, load it?" (asked while nothing was edited).
    pub(super) fn answer_reload(&mut self, load: bool, lang: Lang, out: &mut Vec<Effect>) {
        let Some(open) = self.open.as_mut().filter(|o| o.disk == Disk::Offer) else {
            return;
        };
        open.disk = Disk::Known;
        if load {
            open_path(&open.path.clone(), lang, out);
        } else if let Ok(Some(stamp)) = crate::io::stamp(&open.path) {
            // Kept: not offered again for these contents; the next save will find the change
            // and ask.
            open.disk = Disk::Declined(stamp);
        }
    }

    /// What to do about a file someone else changed, before our save replaces it.
    pub(super) fn answer_conflict(
        &mut self,
        choice: Choice,
        doc: Option<&mut Document>,
        lang: Lang,
        out: &mut Vec<Effect>,
    ) {
        let Step::Conflict { conflict, then } = std::mem::replace(&mut self.step, Step::Idle)
        else {
            return;
        };
        match choice {
            // What was waiting for a save (closing, opening another map) waits no more: the
            // user chose to look at theirs first.
            Choice::ReloadTheirs => open_path(&conflict.path, lang, out),
            // A name that is not the file being protected.
            Choice::KeepMineAsCopy => {
                let name = conflict::copy_name(&conflict.path, lang);
                self.ask(DialogPurpose::SaveAs, name, then);
            }
            Choice::Overwrite => {
                let Some(doc) = doc else { return };
                // Theirs is what we now knowingly replace.
                doc.disk = crate::io::stamp(&conflict.path).ok().flatten();
                self.save_to(doc, &conflict.path, then, lang, out);
            }
            Choice::Cancel => {}
        }
    }
}

/// Open a map file. On failure the map already open stays, untouched.
pub(super) fn open_path(path: &Path, lang: Lang, out: &mut Vec<Effect>) {
    // Saves killed mid-way (a crash, a power cut) may have left temporaries beside it.
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::io::remove_stale_temporaries(dir);
    }
    match crate::io::load_stamped(path) {
        Ok((map, stamp)) => {
            let mut doc = Document::new(map, Some(path.to_owned()));
            doc.disk = Some(stamp);
            // Cleared first: opening may have something to say ("open elsewhere").
            out.push(Effect::Notice(None));
            out.push(Effect::Show(Box::new(doc)));
            out.push(Effect::Remember(path.to_owned()));
        }
        Err(e) => {
            let text = format!(
                "{} {}: {}",
                text::CANNOT_OPEN.get(lang),
                path.display(),
                e.user_message(lang)
            );
            out.push(tell(text, true));
        }
    }
}

/// A built-in sample map, as a new map (saving asks where).
pub(super) fn open_sample(i: usize, lang: Lang, out: &mut Vec<Effect>) {
    let Some((_, json)) = crate::app::samples::SAMPLES.get(i) else {
        return;
    };
    match crate::io::from_bytes(json.as_bytes()) {
        Ok(map) => out.push(Effect::Show(Box::new(Document::new(map, None)))),
        Err(e) => out.push(tell(e.user_message(lang), true)),
    }
}
