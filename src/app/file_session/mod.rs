//! The open file's session: which file the map is in, its lock and watcher, what changed on
//! disk, the question being asked (save changes? someone else saved it: what now?), the file
//! dialog being waited for and what is to happen once the map is saved, and the recovery copy.
//!
//! One type with explicit states: [`Step`] is what the session waits on (one thing at a time),
//! [`OpenFile`] is the file that is watched and locked, [`Disk`] is what is known of its
//! contents. A file behaviour is added here alone; the app hears of its outcome as
//! [`Effect`]s (a map to show, a notice, a path to export to).
//!
//! Here: the states, the requests and answers, the frame's part (follow the file, hear the
//! watcher) and the recovery copy. Dialogs are asked and answered in `dialogs.rs`; saving,
//! opening and the answers to the questions are in `saving.rs`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

mod dialogs;
mod saving;

use super::chooser::Chooser;
use super::conflict::{Choice, Conflict};
use super::document::Document;
use super::files::{self, DialogPurpose, FileDialogs, Found, Recovery};
use super::lock::{self, Holder, Lock};
use super::notice::Notice;
use super::text;
use super::watch::FileWatch;
use crate::io::FileStamp;
use crate::lang::Lang;

/// How often, at most, the recovery copy is written while there are unsaved changes.
const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);

/// What the panels, menus and shortcuts ask of the file session.
#[derive(Debug, Clone, PartialEq)]
pub enum FileRequest {
    /// Ask about unsaved changes first, then go on.
    Guard(Pending),
    /// Open a map file (the start screen, where nothing open can be lost).
    Open(PathBuf),
    /// One of the built-in sample maps (`samples::SAMPLES`), as a new unsaved map.
    Sample(usize),
    /// Save to the map's file, or ask for one.
    Save,
    /// Ask for a file and save there.
    SaveAs,
    /// Ask where to export the picture (suggesting this file name), then export it.
    ExportTo(String),
    /// Ask for the report pack's new folder (suggesting this name), then write it.
    ReportTo(String),
    /// Ask for a spreadsheet to import.
    ImportFrom,
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
    /// Read this spreadsheet and ask how to import it.
    Import(PathBuf),
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
            FileRequest::Open(path) => saving::open_path(&path, lang, out),
            FileRequest::Sample(i) => saving::open_sample(i, lang, out),
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
            FileRequest::ImportFrom => self.ask(DialogPurpose::Import, String::new(), None),
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
}

/// A notice that is not one of the editor's texts.
fn tell(text: String, error: bool) -> Effect {
    Effect::Notice(Some(Notice::tell(text, error)))
}

#[cfg(test)]
mod tests;
