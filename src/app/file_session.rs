//! The open file's session: which file the map is in, its lock and watcher, what changed on
//! disk, the question being asked (save changes? someone else saved it: what now?), the file
//! dialog being waited for and what is to happen once the map is saved, and the recovery copy.
//!
//! One type with explicit states: [`Step`] is what the session waits on (one thing at a time),
//! [`OpenFile`] is the file that is watched and locked, [`Disk`] is what is known of its
//! contents. A file behaviour is added here alone; the app hears of its outcome as
//! [`Effect`]s (a map to show, a notice, a path to export to).
//!
//! Long (about 550 lines): every path from "the user asked" to "the file is written" (or is
//! not, and why) passes here, and reads best in one place.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::chooser::Chooser;
use super::conflict::{self, Choice, Conflict};
use super::document::Document;
use super::files::{self, DialogAnswer, DialogPurpose, FileDialogs, Found, Recovery};
use super::lock::{self, Holder, Lock};
use super::panels::Notice;
use super::text;
use super::watch::FileWatch;
use crate::io::FileStamp;
use crate::lang::Lang;
use crate::model::Map;

/// How often, at most, the recovery copy is written while there are unsaved changes.
const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);

/// What the panels, menus and shortcuts ask of the file session.
#[derive(Debug, Clone, PartialEq)]
pub enum FileRequest {
    /// Ask about unsaved changes first, then go on.
    Guard(Pending),
    /// Open a map file (the start screen, where nothing open can be lost).
    Open(PathBuf),
    /// One of the built-in sample maps (`panels::SAMPLES`), as a new unsaved map.
    Sample(usize),
    /// Save to the map's file, or ask for one.
    Save,
    /// Ask for a file and save there.
    SaveAs,
    /// Ask where to export the picture (suggesting this file name), then export it.
    ExportTo(String),
    /// Ask for the report pack's new folder (suggesting this name), then write it.
    ReportTo(String),
}

/// Something waiting for the answer to "save changes?".
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    New,
    Open,
    OpenPath(PathBuf),
    StartScreen,
    Close,
}

/// The answer to one of the file session's questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptAnswer {
    /// "Save changes?"
    Unsaved(SaveChoice),
    /// After a crash: restore the work found (or throw it away).
    Recovery(bool),
    /// The file changed on disk while nothing was edited here: load it (or keep this one).
    Reload(bool),
    /// What to do about a file someone else changed, before a save replaces it.
    Conflict(Choice),
}

/// The answer to "save changes?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveChoice {
    Save,
    Discard,
    Cancel,
}

/// What the file session asks of the rest of the editor, in order.
pub enum Effect {
    /// Show this map (opened, restored, new).
    Show(Box<Document>),
    /// Back to the start screen.
    StartScreen,
    /// Export the picture to this path.
    Export(PathBuf),
    /// Write the report pack into this new folder.
    Report(PathBuf),
    /// Show this notice (or none).
    Notice(Option<Notice>),
    /// Add this file to the recent files.
    Remember(PathBuf),
}

/// What the session waits on: one thing at a time.
enum Step {
    Idle,
    /// "Save changes?" is asked; then this.
    AskUnsaved(Pending),
    /// A file dialog, asked at the start of the next frame (it needs the context) and then
    /// shown; once the map is saved (a "save as"), `then`.
    Dialog {
        purpose: DialogPurpose,
        name: String,
        shown: bool,
        then: Option<Pending>,
    },
    /// Someone else saved the file our save would replace: asking what to do; once the map
    /// is saved, `then`.
    Conflict {
        conflict: Conflict,
        then: Option<Pending>,
    },
    /// The user may close the window: the work is saved or thrown away.
    Closing,
}

/// What is known of the open file's contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Disk {
    /// As we read or wrote it, as far as we know.
    Known,
    /// Changed by someone else while nothing was edited here: offering to load it.
    Offer,
    /// Changed by someone else; the user chose not to load these contents (not offered again;
    /// the next save finds the change and asks).
    Declined(FileStamp),
}

/// The open map's file: watched for other programs' saves, and locked for other instances.
struct OpenFile {
    path: PathBuf,
    /// This instance's hold on the file (`None`: another instance holds it, or the lock file
    /// could not be written).
    _lock: Option<Lock>,
    /// Who else has it open, if anyone.
    elsewhere: Option<Holder>,
    watch: Option<FileWatch>,
    disk: Disk,
}

/// The recovery copy of unsaved work.
struct Autosave {
    /// Where copies go; `None` disables autosave (tests).
    recovery: Option<Recovery>,
    /// Work a crashed instance left, offered at the start.
    found: Option<Found>,
    last: Instant,
    /// The revision last written.
    revision: Option<u64>,
}

/// The open file's session. See the module's documentation.
pub struct FileSession {
    dialogs: Box<dyn FileDialogs>,
    /// The in-window file chooser (fallback, or by choice).
    chooser: Chooser,
    /// Where the built-in chooser starts (tests set it; else next to the open map).
    pub dialog_dir: Option<PathBuf>,
    /// Identifies this app instance in lock files.
    instance: u64,
    /// The file the open map is in (none for a new map or the start screen).
    open: Option<OpenFile>,
    step: Step,
    autosave: Autosave,
}

impl FileSession {
    /// A session with these dialogs; `recovery_dir` `None` disables the recovery copy.
    pub fn new(dialogs: Box<dyn FileDialogs>, recovery_dir: Option<PathBuf>) -> Self {
        let recovery = recovery_dir.map(Recovery::new);
        let found = recovery.as_ref().and_then(Recovery::find);
        FileSession {
            dialogs,
            chooser: Chooser::default(),
            dialog_dir: None,
            instance: lock::new_instance_id(),
            open: None,
            step: Step::Idle,
            autosave: Autosave {
                recovery,
                found,
                last: Instant::now(),
                revision: None,
            },
        }
    }

    /// Whether the "changed on disk, what now?" question is up.
    pub fn conflict(&self) -> Option<&Conflict> {
        match &self.step {
            Step::Conflict { conflict, .. } => Some(conflict),
            _ => None,
        }
    }

    /// Whether "save changes?" is asked.
    pub fn asks_unsaved(&self) -> bool {
        matches!(self.step, Step::AskUnsaved(_))
    }

    /// Whether the offer to load the file's new version is up.
    pub fn reload_offered(&self) -> bool {
        self.open.as_ref().is_some_and(|o| o.disk == Disk::Offer)
    }

    /// Whether work found after a crash is offered.
    pub fn recovery_offered(&self) -> bool {
        self.autosave.found.is_some()
    }

    /// Whether another instance holds the open map's file.
    pub fn open_elsewhere(&self) -> bool {
        self.open.as_ref().is_some_and(|o| o.elsewhere.is_some())
    }

    /// Whether the built-in file chooser is open.
    pub fn chooser_is_open(&self) -> bool {
        self.chooser.is_open()
    }

    /// Whether the window may close now (the work is saved or was thrown away).
    pub fn may_close(&self) -> bool {
        matches!(self.step, Step::Closing)
    }

    /// A map was put on screen: what was known of the old one's file goes.
    pub fn shown(&mut self) {
        self.autosave.revision = None;
        if let Some(o) = &mut self.open {
            o.disk = Disk::Known;
        }
    }

    /// Do what was asked.
    pub fn request(
        &mut self,
        r: FileRequest,
        doc: Option<&mut Document>,
        lang: Lang,
        out: &mut Vec<Effect>,
    ) {
        match r {
            FileRequest::Guard(p) => {
                if doc.as_deref().is_some_and(Document::is_dirty) {
                    self.step = Step::AskUnsaved(p);
                } else {
                    self.proceed(p, doc.map(|d| &*d), lang, out);
                }
            }
            FileRequest::Open(path) => open_path(&path, lang, out),
            FileRequest::Sample(i) => open_sample(i, lang, out),
            FileRequest::Save => {
                if let Some(doc) = doc {
                    self.save(doc, None, lang, out);
                }
            }
            FileRequest::SaveAs => {
                if let Some(doc) = doc {
                    let name = files::suggested_file_name(&doc.map().title);
                    self.ask(DialogPurpose::SaveAs, name, None);
                }
            }
            FileRequest::ExportTo(name) => self.ask(DialogPurpose::Export, name, None),
            FileRequest::ReportTo(name) => self.ask(DialogPurpose::Report, name, None),
        }
    }

    /// The user's answer to the question asked.
    pub fn answer(
        &mut self,
        answer: PromptAnswer,
        doc: Option<&mut Document>,
        lang: Lang,
        out: &mut Vec<Effect>,
    ) {
        match answer {
            PromptAnswer::Unsaved(choice) => self.answer_unsaved(choice, doc, lang, out),
            PromptAnswer::Recovery(restore) => self.answer_recovery(restore, out),
            PromptAnswer::Reload(load) => self.answer_reload(load, lang, out),
            PromptAnswer::Conflict(choice) => self.answer_conflict(choice, doc, lang, out),
        }
    }

    /// Once a frame, before the panels: follow the open map's file, ask the dialog that is due,
    /// and take the answers of dialogs and of the file watcher.
    pub fn frame(
        &mut self,
        ctx: &egui::Context,
        doc: Option<&mut Document>,
        builtin_chooser: bool,
        lang: Lang,
        out: &mut Vec<Effect>,
    ) {
        self.follow(doc.as_deref(), Some(ctx), lang, out);
        if let Step::Dialog {
            purpose,
            name,
            shown: shown @ false,
            ..
        } = &mut self.step
        {
            *shown = true;
            let (purpose, name) = (*purpose, name.clone());
            if builtin_chooser {
                self.open_chooser(purpose, &name, doc.as_deref(), lang);
            } else if !self.chooser.is_open() {
                self.dialogs.ask(purpose, &name, ctx);
            }
        }
        self.check_disk(doc.as_deref(), lang, out);
        self.dialog_answers(ctx, doc, lang, out);
    }

    /// The window is asked to close: with unsaved work, ask first (and keep it open).
    pub fn close_requested(&mut self, ctx: &egui::Context, dirty: bool) {
        if self.may_close() {
            return;
        }
        if dirty {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.step = Step::AskUnsaved(Pending::Close);
        } else if let Some(r) = &self.autosave.recovery {
            r.clear();
        }
    }

    /// Write the recovery copy at most every `AUTOSAVE_EVERY` while there are unsaved changes.
    pub fn autosave(
        &mut self,
        ctx: &egui::Context,
        doc: Option<&Document>,
        lang: Lang,
        out: &mut Vec<Effect>,
    ) {
        let a = &mut self.autosave;
        let (Some(rec), Some(doc)) = (&a.recovery, doc) else {
            return;
        };
        if !doc.is_dirty() || a.revision == Some(doc.revision()) {
            return;
        }
        let since = a.last.elapsed();
        if since >= AUTOSAVE_EVERY {
            let written = rec.write(doc.map(), doc.path.as_deref());
            a.revision = Some(doc.revision());
            a.last = Instant::now();
            if let Err(e) = written {
                let text = format!("{} {e}", text::RECOVERY_COPY_FAILED.get(lang));
                out.push(tell(text, true));
            }
        } else {
            // Wake up once when it is due; an idle app otherwise does nothing.
            ctx.request_repaint_after(AUTOSAVE_EVERY.saturating_sub(since));
        }
    }

    /// Watch and lock the open map's file (or let go when it has none). Once per path, whether
    /// or not watching could start (no inotify watches left, an unreadable folder): the lock
    /// is not taken again every frame.
    pub fn follow(
        &mut self,
        doc: Option<&Document>,
        ctx: Option<&egui::Context>,
        lang: Lang,
        out: &mut Vec<Effect>,
    ) {
        let path = doc.and_then(|d| d.path.as_deref());
        if self.open.as_ref().map(|o| o.path.as_path()) == path {
            return;
        }
        // The old lock goes (dropped) before the new one is taken.
        self.open = None;
        let Some(path) = path else { return };
        let (lock, elsewhere) = Lock::take(path, self.instance);
        if let Some(o) = &elsewhere {
            let text = format!(
                "{} {} ({} {}, {} {})",
                text::OPEN_ELSEWHERE.get(lang),
                crate::model::shown(&o.host),
                text::PROCESS.get(lang),
                o.pid,
                text::SINCE.get(lang),
                crate::model::shown(&o.since)
            );
            out.push(tell(text, true));
        }
        self.open = Some(OpenFile {
            path: path.to_owned(),
            _lock: lock,
            elsewhere,
            watch: FileWatch::new(path, ctx.cloned()),
            disk: Disk::Known,
        });
    }

    /// The open file was touched: if its contents are no longer what we read or wrote, offer
    /// to load them (no edits here), or say that saving will ask (edits here).
    fn check_disk(&mut self, doc: Option<&Document>, lang: Lang, out: &mut Vec<Effect>) {
        let Some(open) = &mut self.open else { return };
        if !open.watch.as_ref().is_some_and(FileWatch::touched) {
            return;
        }
        let Some(known) = doc.and_then(|d| d.disk) else {
            return;
        };
        let Ok(Some(now)) = crate::io::stamp(&open.path) else {
            return;
        };
        if now == known || open.disk == Disk::Declined(now) {
            return;
        }
        if doc.is_some_and(Document::is_dirty) {
            let text = format!(
                "{} {}",
                text::CHANGED_ON_DISK_SAVE_WILL_ASK.get(lang),
                open.path.display()
            );
            out.push(tell(text, false));
        } else {
            open.disk = Disk::Offer;
        }
    }

    /// Ask for a path: the dialog opens at the start of the next frame. A dialog already on
    /// screen is not asked again.
    fn ask(&mut self, purpose: DialogPurpose, name: String, then: Option<Pending>) {
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

    fn dialog_on_screen(&self) -> bool {
        self.chooser.is_open() || self.dialogs.is_open()
    }

    fn open_chooser(
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

    fn dialog_answers(
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
            DialogPurpose::Open => open_path(&path, lang, out),
            DialogPurpose::Export => out.push(Effect::Export(path)),
            DialogPurpose::Report => out.push(Effect::Report(path)),
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

    /// Save to the document's file, or ask for one; then `then`.
    fn save(
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
    fn save_to(
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
                let text = format!("{} {}: {e}", text::COULD_NOT_SAVE.get(lang), path.display());
                out.push(tell(text, true));
            }
        }
    }

    /// Go on with what waited (on "save changes?" or a save).
    fn proceed(&mut self, p: Pending, doc: Option<&Document>, lang: Lang, out: &mut Vec<Effect>) {
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

    fn answer_unsaved(
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
    fn answer_recovery(&mut self, restore: bool, out: &mut Vec<Effect>) {
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
    fn answer_reload(&mut self, load: bool, lang: Lang, out: &mut Vec<Effect>) {
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
    fn answer_conflict(
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

/// A notice that is not one of the editor's texts.
fn tell(text: String, error: bool) -> Effect {
    Effect::Notice(Some(Notice::tell(text, error)))
}

/// Open a map file. On failure the map already open stays, untouched.
fn open_path(path: &Path, lang: Lang, out: &mut Vec<Effect>) {
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
fn open_sample(i: usize, lang: Lang, out: &mut Vec<Effect>) {
    let Some((_, json)) = super::panels::SAMPLES.get(i) else {
        return;
    };
    match crate::io::from_bytes(json.as_bytes()) {
        Ok(map) => out.push(Effect::Show(Box::new(Document::new(map, None)))),
        Err(e) => out.push(tell(e.user_message(lang), true)),
    }
}
