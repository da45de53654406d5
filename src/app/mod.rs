//! The eframe desktop editor: state, commands and undo, panels, canvas, files.
//!
//! Long on purpose (about 1,350 lines): this is the one place that changes the editor's state,
//! and the only file that knows `EcomapApp`. Every request lands in `run_queue`; the panels'
//! layout, opening, saving, the dialogs, conflicts, export, layouts and autosave are a few
//! methods each, delegating to the parts in their own files (`panels/`, the canvas, the
//! document, the workshop, files, jobs), none of which imports this one
//! (`tests/layering.rs`).

mod actions;
mod canvas;
mod chooser;
mod conflict;
mod document;
mod files;
mod geometry;
mod job;
mod live;
mod lock;
mod look;
mod mesh;
mod panels;
mod report;
mod request;
pub mod room;
mod settings;
pub mod text;
mod watch;
mod workshop;
pub use workshop::parts;

pub use actions::{ACTIONS, Action};
pub use canvas::{Canvas, Selection};
pub use document::{Command, Document, Lens};
pub use files::{DialogAnswer, DialogPurpose, FileDialogs, NativeDialogs, ScriptedDialogs};
pub use geometry::View;
pub use panels::{ExportState, Notice};
pub use request::{Pending, PromptAnswer, Request};
pub use settings::{Settings, ViewOptions};
pub use workshop::Workshop;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use egui::Ui;

use crate::lang::Lang;
use crate::model::Map;
use files::Recovery;

/// How often, at most, the recovery copy is written while there are unsaved changes.
const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);

const SETTINGS_KEY: &str = "ecomap-settings";

/// How the app starts.
pub struct Startup {
    pub file: Option<PathBuf>,
    /// `--lang` on the command line; else the remembered language; else the system's.
    pub lang: Option<Lang>,
    pub dialogs: Box<dyn FileDialogs>,
    /// Where the autosave recovery copy goes; `None` disables autosave (tests).
    pub recovery_dir: Option<PathBuf>,
    pub settings: Option<Settings>,
}

impl Startup {
    /// For tests: scripted dialogs, no autosave, no remembered settings.
    pub fn headless(file: Option<PathBuf>, lang: Lang) -> Self {
        Startup {
            file,
            lang: Some(lang),
            dialogs: Box::new(ScriptedDialogs::default()),
            recovery_dir: None,
            settings: None,
        }
    }
}

pub struct EcomapApp {
    pub doc: Option<Document>,
    pub canvas: Canvas,
    pub lang: Lang,
    pub settings: Settings,
    pub notice: Option<Notice>,
    dialogs: Box<dyn FileDialogs>,
    /// The path `watch` and `lock` were set up for.
    watched: Option<PathBuf>,
    /// This instance's hold on the open map's file ("open elsewhere" for others).
    lock: Option<lock::Lock>,
    /// Identifies this app instance in lock files.
    instance: u64,
    /// Watching the open map's file for other programs' saves.
    watch: Option<watch::FileWatch>,
    /// The open map's file changed on disk while there were no edits here: offer to load it.
    reload_offer: bool,
    /// The file's contents the user chose not to load (not offered again).
    declined: Option<crate::io::FileStamp>,
    /// The open map's file changed on disk: asking what to do.
    conflict: Option<conflict::Conflict>,
    /// The in-window file chooser (fallback, or by choice).
    chooser: chooser::Chooser,
    /// The last dialog asked for, to ask the built-in chooser the same if the system's fails.
    last_dialog: Option<(DialogPurpose, String)>,
    /// Where the built-in chooser starts (tests set it; else next to the open map).
    pub dialog_dir: Option<PathBuf>,
    /// After a dialog: what to do with the chosen path.
    save_then: Option<Pending>,
    ask_unsaved: Option<Pending>,
    find: panels::Find,
    help: panels::Help,
    recovery: Option<Recovery>,
    recovery_offer: Option<files::Found>,
    last_autosave: Instant,
    autosaved_revision: Option<u64>,
    inspector: panels::Inspector,
    sent_title: String,
    allow_close: bool,
    /// The look last given to egui.
    look: look::Look,
    ctx: Option<egui::Context>,
    /// The export window's options and a running export.
    pub export: ExportState,
    /// Presenting, walking through findings.
    pub workshop: Workshop,
    /// Finding sentences for (revision, language).
    findings: panels::Findings,
    /// A dialog to open at the start of the next frame (it needs the context).
    pending_ctx_dialog: Option<(DialogPurpose, String)>,
    /// What was asked for this frame, run by [`EcomapApp::run_queue`].
    queue: Vec<Request>,
    /// Asking for a scenario's name.
    scenario_prompt: panels::scenarios::NamePrompt,
    /// Next steps on findings.
    actions_panel: panels::actions::ActionsPanel,
    /// A report pack being written.
    pub report: report::ReportJob,
    /// The room joining in from their phones.
    pub live: live::LiveSession,
}

impl EcomapApp {
    pub fn new(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        startup: Startup,
    ) -> Self {
        let settings = startup
            .settings
            .or_else(|| storage.and_then(|s| eframe::get_value::<Settings>(s, SETTINGS_KEY)))
            .unwrap_or_default();
        let lang = startup
            .lang
            .or(settings.lang)
            .unwrap_or_else(Lang::from_env);
        let recovery = startup.recovery_dir.map(Recovery::new);
        let recovery_offer = recovery.as_ref().and_then(Recovery::find);
        let mut app = EcomapApp {
            doc: None,
            canvas: Canvas::default(),
            lang,
            settings,
            notice: None,
            dialogs: startup.dialogs,
            chooser: chooser::Chooser::default(),
            conflict: None,
            last_dialog: None,
            dialog_dir: None,
            save_then: None,
            ask_unsaved: None,
            find: panels::Find::default(),
            help: panels::Help::default(),
            recovery,
            recovery_offer,
            last_autosave: Instant::now(),
            autosaved_revision: None,
            inspector: panels::Inspector::default(),
            sent_title: String::new(),
            allow_close: false,
            look: look::Look::default(),
            pending_ctx_dialog: None,
            findings: panels::Findings::default(),
            export: ExportState::default(),
            workshop: Workshop::default(),
            ctx: Some(ctx.clone()),
            watch: None,
            watched: None,
            lock: None,
            instance: lock::new_instance_id(),
            reload_offer: false,
            declined: None,
            queue: Vec::new(),
            scenario_prompt: panels::scenarios::NamePrompt::default(),
            actions_panel: panels::actions::ActionsPanel::default(),
            report: report::ReportJob::default(),
            live: live::LiveSession::default(),
        };
        look::install_fonts(ctx);
        if let Some(path) = startup.file {
            app.open_path(&path);
        }
        app
    }

    /// Show a message at the top of the window (an error in red).
    pub fn tell(&mut self, text: String, error: bool) {
        self.notice = Some(Notice {
            text,
            error,
            said: None,
            shown: None,
        });
    }

    /// Show one of the editor's texts, with `vars` filled in (`{n}` → "17"), in the current
    /// language, and in the other one after a switch.
    pub fn say(&mut self, t: text::Text, vars: &[(&'static str, String)], error: bool) {
        self.notice = Some(Notice {
            text: fill(t.get(self.lang), vars),
            error,
            said: Some((t, vars.to_vec())),
            shown: None,
        });
    }

    /// A message about what was just done ("17 stakeholders moved") is out of date once that is
    /// undone or redone; errors stay until dismissed.
    fn drop_message(&mut self) {
        if self.notice.as_ref().is_some_and(|n| !n.error) {
            self.notice = None;
        }
    }

    /// The smallest name while presenting (points): big enough for the back row of the room
    /// (see `room`), never smaller than the presentation size chosen by hand.
    pub fn presentation_text(&self, ctx: &egui::Context) -> f32 {
        // The picture's height: the monitor's, where the window system says (the shared
        // screen shows the whole monitor), else the window's.
        let height = ctx
            .input(|i| i.viewport().monitor_size)
            .map(|m| m.y)
            .filter(|h| *h > 100.0)
            .unwrap_or_else(|| ctx.content_rect().height());
        self.settings
            .room
            .name_size(height)
            .max(self.settings.present_text_size)
    }

    /// The names' size in the presentation now: the room's; or, for the whole map when it does
    /// not fit at the room's size (walking through it in parts uses the room's size), step by
    /// step smaller until it fits with its names, never below the editing size. The facilitator
    /// is told (see `part_banner`).
    fn presentation_size(&mut self, ctx: &egui::Context) -> f32 {
        let room = self.presentation_text(ctx);
        if self.workshop.part.is_some() || self.workshop.walk.is_some() {
            return room;
        }
        let key = (
            self.doc.as_ref().map_or(0, Document::revision),
            room.to_bits(),
        );
        if self.workshop.overview.is_some_and(|(k, _)| k != key) {
            self.workshop.overview = None;
        }
        let size = self.workshop.overview.map_or(room, |(_, s)| s);
        if self.canvas.is_settled()
            && !self.canvas.names_shown()
            && self.doc.is_some()
            && size > self.settings.text_size
        {
            let smaller = (size * 0.85).max(self.settings.text_size);
            self.workshop.overview = Some((key, smaller));
            self.canvas.fit_next_frame();
            ctx.request_repaint();
            return smaller;
        }
        size
    }

    /// A text in the current language.
    pub fn tr(&self, text: text::Text) -> &'static str {
        text.get(self.lang)
    }

    /// Open a map file. On failure the map already open stays, untouched.
    pub fn open_path(&mut self, path: &Path) {
        // Saves killed mid-way (a crash, a power cut) may have left temporaries beside it.
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            crate::io::remove_stale_temporaries(dir);
        }
        match crate::io::load_stamped(path) {
            Ok((map, stamp)) => {
                let mut doc = Document::new(map, Some(path.to_owned()));
                doc.disk = Some(stamp);
                // (Cleared first: opening may have something to say, e.g. "open elsewhere".)
                self.notice = None;
                self.set_document(doc);
                files::push_recent(&mut self.settings.recent, path);
            }
            Err(e) => {
                self.tell(
                    format!(
                        "{} {}: {}",
                        self.tr(text::CANNOT_OPEN),
                        path.display(),
                        e.user_message(self.lang)
                    ),
                    true,
                );
            }
        }
    }

    pub fn set_document(&mut self, doc: Document) {
        // Another map closes the room's session (reloading the same file keeps it).
        let same_file = self
            .doc
            .as_ref()
            .and_then(|d| d.path.as_ref())
            .is_some_and(|p| doc.path.as_ref() == Some(p));
        if !same_file && self.live.is_running() {
            self.live.stop();
            self.say(text::LIVE_STOPPED, &[], false);
        }
        self.doc = Some(doc);
        // A new canvas (camera, selection, focus, drag are the map's); how maps are shown
        // (`ViewOptions`) stays with the app.
        self.canvas = Canvas::default();
        self.workshop.walk = None;
        self.canvas.fit_next_frame();
        self.inspector = panels::Inspector::default();
        self.autosaved_revision = None;
        self.reload_offer = false;
        self.declined = None;
        self.watch_open_file();
    }

    /// Watch the open map's file (or stop watching when it has none), and hold its lock.
    fn watch_open_file(&mut self) {
        let path = self.doc.as_ref().and_then(|d| d.path.clone());
        // Once per path, whether or not watching could start (no inotify watches left, an
        // unreadable folder): the lock is not taken again every frame.
        if self.watched == path {
            return;
        }
        self.watched.clone_from(&path);
        self.watch = path
            .as_ref()
            .and_then(|p| watch::FileWatch::new(p, self.ctx.clone()));
        // The old lock goes (dropped), the new one is taken.
        self.lock = None;
        if let Some(p) = path {
            let (lock, other) = lock::Lock::take(&p, self.instance);
            self.lock = lock;
            if let Some(o) = other {
                let text = format!(
                    "{} {} ({} {}, {} {})",
                    self.tr(text::OPEN_ELSEWHERE),
                    crate::model::shown(&o.host),
                    self.tr(text::PROCESS),
                    o.pid,
                    self.tr(text::SINCE),
                    crate::model::shown(&o.since)
                );
                self.tell(text, true);
            }
        }
    }

    /// The map's file is held by another instance (its lock file names another holder).
    pub fn open_elsewhere(&self) -> bool {
        self.notice
            .as_ref()
            .is_some_and(|n| n.text.starts_with(self.tr(text::OPEN_ELSEWHERE)))
    }

    /// Whether the offer to load the file's new version is up.
    pub fn reload_offer_is_open(&self) -> bool {
        self.reload_offer
    }

    /// The open file was touched: if its contents are no longer what we read or wrote, offer
    /// to load them (no edits here), or say that saving will ask (edits here).
    fn check_disk(&mut self) {
        if !self.watch.as_ref().is_some_and(watch::FileWatch::touched) {
            return;
        }
        let Some(doc) = &self.doc else { return };
        let (Some(path), Some(known)) = (doc.path.clone(), doc.disk) else {
            return;
        };
        let Ok(Some(now)) = crate::io::stamp(&path) else {
            return;
        };
        if now == known || self.declined == Some(now) {
            return;
        }
        if doc.is_dirty() {
            let text = format!(
                "{} {}",
                self.tr(text::CHANGED_ON_DISK_SAVE_WILL_ASK),
                path.display()
            );
            self.tell(text, false);
        } else {
            self.reload_offer = true;
        }
    }

    /// The answer to "save changes?" for what was waiting on it.
    fn answer_unsaved(&mut self, answer: PromptAnswer) {
        let Some(pending) = self.ask_unsaved.take() else {
            return;
        };
        match answer {
            PromptAnswer::Save => {
                if self.save() {
                    self.proceed(pending);
                } else {
                    // Asked for a path (or failed): continue once saved.
                    self.save_then = Some(pending);
                }
            }
            PromptAnswer::Discard => {
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
            PromptAnswer::Cancel => {}
        }
    }

    /// Restore the work found after a crash, or throw it away.
    fn answer_recovery(&mut self, restore: bool) {
        let Some(found) = self.recovery_offer.take() else {
            return;
        };
        if restore {
            // It lives on as this instance's copy; the dead one's goes.
            if let Some(r) = &self.recovery
                && r.write(&found.map, found.origin.as_deref()).is_ok()
            {
                r.remove(&found);
            }
            let mut doc = Document::new(found.map, found.origin);
            doc.mark_unsaved();
            self.set_document(doc);
        } else if let Some(r) = &self.recovery {
            r.remove(&found);
        }
    }

    /// A built-in sample map, as a new map (saving asks where).
    fn open_sample(&mut self, i: usize) {
        let Some((_, json)) = panels::SAMPLES.get(i) else {
            return;
        };
        match crate::io::from_bytes(json.as_bytes()) {
            Ok(map) => self.set_document(Document::new(map, None)),
            Err(e) => {
                let text = e.user_message(self.lang);
                self.tell(text, true);
            }
        }
    }

    pub fn new_map(&mut self) {
        let title = self.tr(text::NEW_MAP);
        self.set_document(Document::new(Map::new(title), None));
    }

    /// Apply a command to the open map; a refused one is reported, never lost silently.
    pub fn apply(&mut self, cmd: Command) {
        let Some(doc) = &mut self.doc else { return };
        if let Err(e) = doc.apply(cmd) {
            let text = e.user_message(self.lang);
            self.tell(text, true);
        }
    }

    fn is_dirty(&self) -> bool {
        self.doc.as_ref().is_some_and(Document::is_dirty)
    }

    /// Run `p` now, or after asking about unsaved changes.
    fn guard(&mut self, p: Pending) {
        if self.is_dirty() {
            self.ask_unsaved = Some(p);
        } else {
            self.proceed(p);
        }
    }

    fn proceed(&mut self, p: Pending) {
        match p {
            Pending::New => self.new_map(),
            Pending::Open => self.ask_dialog(DialogPurpose::Open),
            Pending::OpenPath(path) => self.open_path(&path),
            Pending::StartScreen => {
                self.live.stop();
                self.doc = None;
            }
            Pending::Close => {
                self.allow_close = true;
                if let Some(r) = &self.recovery {
                    r.clear();
                }
            }
        }
    }

    fn ask_dialog(&mut self, purpose: DialogPurpose) {
        let name = self
            .doc
            .as_ref()
            .map(|d| files::suggested_file_name(&d.map().title))
            .unwrap_or_default();
        self.ask_dialog_named(purpose, name);
    }

    fn ask_dialog_named(&mut self, purpose: DialogPurpose, name: String) {
        self.pending_ctx_dialog = Some((purpose, name));
    }

    /// Save to the document's file, or ask for one. Returns whether it was written.
    pub fn save(&mut self) -> bool {
        let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) else {
            self.ask_dialog(DialogPurpose::SaveAs);
            return false;
        };
        self.save_to(&path)
    }

    pub fn save_to(&mut self, path: &Path) -> bool {
        let conflict = self
            .doc
            .as_ref()
            .and_then(|doc| conflict::check(doc, path, self.lang));
        if let Some(c) = conflict {
            self.conflict = Some(c);
            // Someone else saved this file meanwhile: ask first (nothing is written).
            return false;
        }
        let Some(doc) = &mut self.doc else {
            return false;
        };
        match crate::io::save_stamped(doc.map(), path) {
            Ok(stamp) => {
                doc.mark_saved(path.to_owned());
                doc.disk = Some(stamp);
                self.reload_offer = false;
                files::push_recent(&mut self.settings.recent, path);
                if let Some(r) = &self.recovery {
                    r.clear();
                }
                self.tell(
                    format!("{} {}", self.tr(text::SAVED), path.display()),
                    false,
                );
                true
            }
            Err(e) => {
                // The unsaved marker stays: nothing is lost.
                self.tell(
                    format!("{} {}: {e}", self.tr(text::COULD_NOT_SAVE), path.display()),
                    true,
                );
                false
            }
        }
    }

    /// Ask for something: it is done at the end of this frame's panels, in order.
    pub(crate) fn request(&mut self, r: Request) {
        self.queue.push(r);
    }

    /// Run what was asked for, in order (what one request asks for in turn runs too).
    fn run_queue(&mut self) {
        while !self.queue.is_empty() {
            for r in std::mem::take(&mut self.queue) {
                match r {
                    Request::Do(a) => self.run_action(a),
                    Request::Apply(c) => self.apply(c),
                    Request::Guard(p) => self.guard(p),
                    Request::Open(path) => self.open_path(&path),
                    Request::Focus(depth) => self.canvas.focus_depth = depth,
                    Request::Show(ids) => {
                        self.canvas.selection.clear();
                        self.canvas
                            .selection
                            .stakeholders
                            .extend(ids.iter().cloned());
                        if let Some(doc) = &self.doc {
                            self.canvas.center_on(doc, &ids);
                        }
                    }
                    Request::Room(room) => self.settings.room = room,
                    Request::DismissNotice => self.notice = None,
                    Request::Reload(load) => self.answer_reload(load),
                    Request::Conflict(choice) => self.answer_conflict(choice),
                    Request::SelectRelation(id) => {
                        self.canvas.selection.clear();
                        self.canvas.selection.relation = Some(id);
                    }
                    Request::NewKind(kind) => self.canvas.new_kind = kind,
                    Request::Sample(i) => self.open_sample(i),
                    Request::Unsaved(a) => self.answer_unsaved(a),
                    Request::Recovery(restore) => self.answer_recovery(restore),
                    Request::TextSize(size) => self.settings.text_size = size,
                    Request::BuiltinChooser(on) => self.settings.builtin_file_chooser = on,
                    Request::ExportTo(name) => {
                        self.pending_ctx_dialog = Some((DialogPurpose::Export, name));
                    }
                    Request::Scenario(name) => self.switch_scenario(&name),
                    Request::Lens(lens) => {
                        if let Some(doc) = &mut self.doc {
                            doc.set_lens(lens);
                        }
                    }
                    Request::AskScenarioName(ask) => {
                        if let Some(doc) = &self.doc {
                            let map = doc.map();
                            self.scenario_prompt.open(
                                ask,
                                map.scenario(),
                                &map.scenario_names(),
                                self.lang,
                            );
                        }
                    }
                    Request::AddAction { rule, stakeholders } => {
                        self.add_action(rule, stakeholders);
                    }
                    Request::LiveAsk(open) => self.live.asking = open,
                    Request::LivePick(ip) => self.live.interface = Some(ip),
                    Request::LiveStart(ip) => self.start_live(ip),
                    Request::LiveCursor(i) => self.live.cursor = i,
                    Request::LiveDecide(id, accept) => self.decide_proposal(&id, accept),
                }
            }
        }
    }

    fn run_action(&mut self, action: Action) {
        match action {
            Action::New => self.guard(Pending::New),
            Action::Open => self.guard(Pending::Open),
            Action::Save => {
                self.save();
            }
            Action::SaveAs => self.ask_dialog(DialogPurpose::SaveAs),
            Action::Undo => {
                if let Some(d) = &mut self.doc {
                    d.undo();
                }
                self.drop_message();
            }
            Action::Redo => {
                if let Some(d) = &mut self.doc {
                    d.redo();
                }
                self.drop_message();
            }
            Action::Delete => {
                // While proposals wait, Delete declines the one under the queue's cursor, unless
                // the facilitator selected something on the map to delete (a walkthrough's or
                // a presentation's selection is for showing, not for deleting).
                let nothing = (self.canvas.selection.stakeholders.is_empty()
                    && self.canvas.selection.relation.is_none())
                    || self.workshop.walk.is_some()
                    || self.workshop.presenting;
                match self.live.current().map(|p| p.id.clone()) {
                    Some(id) if nothing => self.decide_proposal(&id, false),
                    _ => self.delete_selection(),
                }
            }
            Action::Find => self.find.open(),
            Action::Export => {
                if self.doc.is_some() {
                    self.export.window = true;
                }
            }
            Action::Fit => self.canvas.fit(),
            Action::RelationKind(k) => self.settings.view.relation_kind = k,
            Action::ConnectMode => self.canvas.connect_mode = !self.canvas.connect_mode,
            Action::ToggleAnalysis => {
                self.settings.view.show_analysis = !self.settings.view.show_analysis;
            }
            Action::ZoomIn => self.settings.ui_zoom = (self.settings.ui_zoom + 0.1).min(3.0),
            Action::ZoomOut => self.settings.ui_zoom = (self.settings.ui_zoom - 0.1).max(0.5),
            Action::ZoomReset => self.settings.ui_zoom = 1.0,
            Action::ToggleTheme => self.settings.dark = !self.settings.dark,
            Action::ToggleLanguage => {
                self.lang = if self.lang == Lang::Nl {
                    Lang::En
                } else {
                    Lang::Nl
                };
                self.settings.lang = Some(self.lang);
                if let Some(n) = &mut self.notice
                    && let Some((t, vars)) = &n.said
                {
                    n.text = fill(t.get(self.lang), vars);
                }
            }
            Action::Present => {
                let on = !self.workshop.presenting;
                self.workshop
                    .set_presenting(on, false, &mut self.canvas, self.ctx.as_ref());
            }
            Action::FullScreen => {
                let on = !self.workshop.fullscreen;
                self.workshop
                    .set_presenting(on, on, &mut self.canvas, self.ctx.as_ref());
            }
            Action::Focus => {
                if let Some((t, vars)) = Workshop::cycle_focus(&mut self.canvas) {
                    self.say(t, &vars, false);
                }
            }
            Action::NextFinding => self.walk(1),
            Action::PrevFinding => self.walk(-1),
            Action::WalkParts => self.walk_parts(),
            Action::ToggleKind(k) => {
                let hidden = &mut self.settings.view.hidden;
                if !hidden.remove(&k) {
                    hidden.insert(k);
                }
            }
            Action::Zones => self.settings.view.zones = !self.settings.view.zones,
            Action::Tidy => self.tidy(),
            Action::Onion => self.onion(),
            Action::Pin => self.toggle_pin(),
            Action::HighContrast => self.settings.high_contrast = !self.settings.high_contrast,
            Action::Help => self.help.open = !self.help.open,
            Action::NextScenario => self.step_scenario(1),
            Action::PrevScenario => self.step_scenario(-1),
            Action::DuplicateScenario => {
                self.request(Request::AskScenarioName(request::ScenarioAsk::Duplicate));
            }
            Action::RenameScenario => {
                self.request(Request::AskScenarioName(request::ScenarioAsk::Rename));
            }
            Action::DeleteScenario => {
                if let Some(name) = self.doc.as_ref().map(|d| d.map().scenario().to_owned()) {
                    self.apply(Command::RemoveScenario(name));
                }
            }
            Action::Compare => self.toggle_compare(),
            Action::ReportPack => {
                if let Some(doc) = &self.doc {
                    let name = format!(
                        "{}-{}",
                        crate::export::pack::slug(&doc.map().title),
                        self.tr(text::REPORT_SUFFIX)
                    );
                    self.pending_ctx_dialog = Some((DialogPurpose::Report, name));
                }
            }
            Action::AddAction => self.add_action_here(),
            Action::RoomJoin => {
                if self.live.is_running() {
                    self.live.stop();
                    self.say(text::LIVE_STOPPED, &[], false);
                } else if self.doc.is_some() {
                    self.live.asking = true;
                }
            }
            Action::ShowCode => self.live.show_code = !self.live.show_code,
            Action::AcceptProposal => {
                if let Some(id) = self.live.current().map(|p| p.id.clone()) {
                    self.decide_proposal(&id, true);
                }
            }
            Action::NextProposal => self.live.step(1),
            Action::PrevProposal => self.live.step(-1),
            Action::Cancel => self.cancel(),
        }
    }

    /// The answer to "the file changed on disk, load it?" (asked while nothing was edited).
    fn answer_reload(&mut self, load: bool) {
        if !self.reload_offer {
            return;
        }
        self.reload_offer = false;
        if load {
            if let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) {
                self.open_path(&path);
            }
        } else {
            // Kept: not offered again for these contents; the next save will find the change
            // and ask.
            self.declined = self
                .doc
                .as_ref()
                .and_then(|d| d.path.as_deref())
                .and_then(|p| crate::io::stamp(p).ok().flatten());
        }
    }

    /// What to do about a file someone else changed, before our save replaces it.
    fn answer_conflict(&mut self, choice: conflict::Choice) {
        let Some(conflict) = self.conflict.take() else {
            return;
        };
        match choice {
            conflict::Choice::ReloadTheirs => {
                // What was waiting for a save (closing, opening another map) waits no more:
                // the user chose to look at theirs first.
                self.save_then = None;
                self.open_path(&conflict.path);
            }
            conflict::Choice::KeepMineAsCopy => {
                // A name that is not the file being protected.
                let name = conflict::copy_name(&conflict.path, self.lang);
                self.ask_dialog_named(DialogPurpose::SaveAs, name);
            }
            conflict::Choice::Overwrite => {
                // Theirs is what we now knowingly replace.
                if let Some(doc) = &mut self.doc {
                    doc.disk = crate::io::stamp(&conflict.path).ok().flatten();
                }
                if self.save_to(&conflict.path)
                    && let Some(next) = self.save_then.take()
                {
                    self.proceed(next);
                }
            }
            conflict::Choice::Cancel => self.save_then = None,
        }
    }

    /// Go `delta` findings (or parts) on, telling the room what there is to tell.
    fn walk(&mut self, delta: isize) {
        let Some(doc) = &self.doc else { return };
        if let Some((t, vars)) = self.workshop.walk(doc, &mut self.canvas, self.lang, delta) {
            self.say(t, &vars, false);
        }
    }

    /// Start or stop walking through the map in parts.
    fn walk_parts(&mut self) {
        if let Some(doc) = &self.doc {
            self.workshop.walk_parts(doc, &mut self.canvas, self.lang);
        }
    }

    /// The tidy layout for the canvas as it is, as one undo step, gliding into place.
    fn tidy(&mut self) {
        let screen = self.canvas.tidy_screen();
        self.lay_out(move |map| (crate::layout::tidy_on(map, &screen), None));
    }

    /// The onion around the selected stakeholder, with its rings.
    fn onion(&mut self) {
        if self.doc.is_none() {
            return;
        }
        let Some(center) = self.canvas.selection.stakeholders.first().cloned() else {
            self.say(text::FIRST_SELECT_THE_STAKEHOLDER_TO, &[], false);
            return;
        };
        self.lay_out(move |map| {
            crate::layout::onion_with_rings(map, &center)
                .map_or((Vec::new(), None), |(moves, rings)| (moves, Some(rings)))
        });
    }

    fn lay_out(
        &mut self,
        layout: impl FnOnce(&crate::model::Map) -> workshop::Laid + Send + 'static,
    ) {
        let Some(doc) = &self.doc else { return };
        match self.workshop.start_layout(doc, self.ctx.clone(), layout) {
            workshop::Started::Now(laid) => self.apply_layout(laid),
            workshop::Started::Running => self.say(text::LAYING_OUT_THE_MAP, &[], false),
            workshop::Started::Busy => {}
        }
    }

    /// Apply a background layout once it is done, if the map is still as it was.
    fn poll_layout(&mut self) {
        let revision = self.doc.as_ref().map(Document::revision);
        match self.workshop.poll_layout(revision) {
            Some(Ok(laid)) => self.apply_layout(laid),
            Some(Err(())) => self.say(text::THE_MAP_CHANGED_WHILE_IT, &[], false),
            None => {}
        }
    }

    /// Block until a background layout is done and apply it (for tests and benchmarks).
    pub fn wait_for_layout(&mut self) {
        let revision = self.doc.as_ref().map(Document::revision);
        if let Some(laid) = self.workshop.wait_layout(revision) {
            self.apply_layout(laid);
        }
    }

    /// Apply a layout's moves (one undo step), let the cards glide there, show its rings (an
    /// onion's) and glide the view to the whole map.
    fn apply_layout(&mut self, (moves, rings): workshop::Laid) {
        let Some(doc) = &self.doc else { return };
        if moves.is_empty() {
            if let Some(r) = rings {
                self.canvas.rings = Some((doc.revision(), r));
            }
            self.canvas.ease_fit_next_frame();
            self.say(text::NOTHING_NEEDS_TO_MOVE, &[], false);
            return;
        }
        let old: std::collections::HashMap<crate::model::StakeholderId, egui::Pos2> = moves
            .iter()
            .filter_map(|(id, _, _)| doc.map().stakeholder(id))
            .map(|s| (s.id.clone(), egui::pos2(s.x as f32, s.y as f32)))
            .collect();
        let count = moves.len();
        self.apply(Command::Move(moves));
        self.canvas.animate_moves(old);
        // The rings belong to the map as laid out: the next edit takes them away.
        self.canvas.rings = rings.zip(self.doc.as_ref()).map(|(r, d)| (d.revision(), r));
        self.canvas.ease_fit_next_frame();
        self.say(text::MOVED_N, &[("{n}", count.to_string())], false);
    }

    /// Pin the selected stakeholders, or unpin them if all are pinned.
    fn toggle_pin(&mut self) {
        let pin = self
            .doc
            .as_ref()
            .and_then(|doc| workshop::pin(doc, &self.canvas.selection));
        if let Some(cmd) = pin {
            self.apply(cmd);
        }
    }

    /// Escape takes back one thing at a time: an open window or field, then the walkthrough,
    /// then the presentation.
    fn cancel(&mut self) {
        if self.scenario_prompt.is_open() {
            self.scenario_prompt.close();
            return;
        }
        let open = self.help.open
            || self.find.is_open()
            || self.canvas.new_stakeholder.is_some()
            || self.canvas.connect_mode;
        self.help.open = false;
        self.find.close();
        self.canvas.new_stakeholder = None;
        self.canvas.connect_mode = false;
        if open {
            return;
        }
        if self.workshop.walk.is_some() {
            self.workshop.walk = None;
            if self.workshop.presenting {
                // Back to the whole map in front of the room.
                self.canvas.ease_fit();
            }
        } else if self.workshop.part.is_some() {
            self.walk_parts();
        } else if self.workshop.presenting {
            self.workshop
                .set_presenting(false, false, &mut self.canvas, self.ctx.as_ref());
        }
    }

    fn delete_selection(&mut self) {
        let sel = self.canvas.selection.clone();
        if sel.is_empty() {
            return;
        }
        self.apply(Command::Delete {
            stakeholders: sel.stakeholders.into_iter().collect(),
            relations: sel.relation.into_iter().collect(),
        });
        self.canvas.selection.clear();
    }

    /// Whether the "changed on disk" prompt is up.
    pub fn conflict_is_open(&self) -> bool {
        self.conflict.is_some()
    }

    /// Whether the built-in file chooser is open.
    pub fn chooser_is_open(&self) -> bool {
        self.chooser.is_open()
    }

    fn open_chooser(&mut self, purpose: DialogPurpose, name: &str) {
        let dir = self.dialog_dir.clone().or_else(|| {
            self.doc
                .as_ref()
                .and_then(|d| d.path.as_ref())
                .and_then(|p| p.parent())
                .filter(|p| !p.as_os_str().is_empty())
                .map(Path::to_path_buf)
        });
        self.chooser.open(purpose, name, dir, self.lang);
    }

    fn handle_dialog_answers(&mut self, ctx: &egui::Context) {
        let Some((purpose, answer)) = self.chooser.ui(ctx).or_else(|| self.dialogs.poll()) else {
            return;
        };
        let path = match answer {
            DialogAnswer::Picked(path) => path,
            DialogAnswer::Cancelled => {
                // Nothing was saved: what waited for the save (closing, opening) is off.
                if purpose == DialogPurpose::SaveAs {
                    self.save_then = None;
                }
                return;
            }
            DialogAnswer::Unavailable(why) => {
                // Never fail silently: say why, and ask the same in the window.
                log::warn!("no system file dialog: {}", why.get(Lang::En));
                let text = format!("{} {}", self.tr(text::DIALOG_UNAVAILABLE), self.tr(why));
                self.tell(text, true);
                let name = self
                    .last_dialog
                    .as_ref()
                    .filter(|(p, _)| *p == purpose)
                    .map(|(_, n)| n.clone())
                    .unwrap_or_default();
                self.open_chooser(purpose, &name);
                return;
            }
        };
        match purpose {
            DialogPurpose::Open => self.open_path(&path),
            DialogPurpose::Export => self.start_export(path),
            DialogPurpose::Report => self.start_report(path),
            DialogPurpose::SaveAs => {
                let target = files::with_extension(path.clone());
                // The dialog confirmed overwriting `path`, not the name with the extension
                // added: never replace that one unasked.
                let open_one = self
                    .doc
                    .as_ref()
                    .and_then(|d| d.path.as_deref())
                    .is_some_and(|p| conflict::same_file(p, &target));
                if target != path && target.exists() && !open_one {
                    let text = format!(
                        "{} {}",
                        self.tr(text::EXISTS_CHOOSE_ANOTHER),
                        target.display()
                    );
                    self.tell(text, true);
                    self.save_then = None;
                    return;
                }
                if self.save_to(&target)
                    && let Some(next) = self.save_then.take()
                {
                    self.proceed(next);
                }
            }
        }
    }

    /// Export on a worker thread: a big map at 300 dpi takes a moment, the UI keeps painting.
    /// Export the map to `path` off the UI thread, with the export window's options.
    fn start_export(&mut self, path: PathBuf) {
        let Some(doc) = &self.doc else { return };
        // What is on screen: a comparison with its ghosts and marks, or someone's view.
        let mut map = doc.shown_map().clone();
        if let Some((c, _)) = doc.comparison() {
            map.title = format!(
                "{}: {}",
                map.title,
                fill(
                    self.tr(text::CMP_IMAGE_TITLE),
                    &[("from", c.from.to_string()), ("to", c.to.to_string())]
                )
            );
        } else if doc.map().scenario_count() > 1 {
            map.title = format!("{}: {}", map.title, doc.map().scenario());
        }
        let marks = doc.marks().cloned().unwrap_or_default();
        self.export
            .start(map, marks, path, self.lang, self.ctx.clone());
        self.say(text::EXPORTING, &[], false);
    }

    /// Write the report pack into the new folder `dir`, off the UI thread.
    fn start_report(&mut self, dir: PathBuf) {
        let Some(doc) = &self.doc else { return };
        let opts = crate::export::ExportOptions {
            dpi: 200.0,
            lang: self.lang,
            ..crate::export::ExportOptions::default()
        };
        self.report
            .start(doc.map().clone(), dir, opts, self.ctx.clone());
        self.say(
            text::REPORT_RUNNING,
            &[("done", "0".into()), ("total", "…".into())],
            false,
        );
    }

    /// Say how far the report pack is, and how it went.
    fn poll_report(&mut self) {
        if self.report.is_running() {
            let (done, total) = self.report.progress();
            self.say(
                text::REPORT_RUNNING,
                &[("done", done.to_string()), ("total", total.to_string())],
                false,
            );
        }
        if let Some(result) = self.report.poll(self.lang) {
            self.reported(result);
        }
    }

    /// Block until a report pack is written and say so (tests).
    pub fn wait_for_report(&mut self) {
        if let Some(result) = self.report.wait(self.lang) {
            self.reported(result);
        }
    }

    fn reported(&mut self, result: report::ReportResult) {
        match result {
            Ok(dir) => self.say(
                text::REPORT_WRITTEN,
                &[("dir", dir.display().to_string())],
                false,
            ),
            Err(e) => {
                let text = format!("{} {e}", self.tr(text::REPORT_FAILED));
                self.tell(text, true);
            }
        }
    }

    /// Start the room's session on `ip`, and say where phones go.
    fn start_live(&mut self, ip: std::net::IpAddr) {
        match self.live.start(ip, self.ctx.clone()) {
            Ok(()) => {
                self.live.asking = false;
                let url = self
                    .live
                    .addresses()
                    .map(|(_, short, code)| format!("{short} · {code}"))
                    .unwrap_or_default();
                self.say(text::LIVE_STARTED, &[("url", url)], false);
            }
            Err(e) => {
                let text = format!("{} {e}", self.tr(text::LIVE_START_FAILED));
                self.live.error = Some(text.clone());
                self.tell(text, true);
            }
        }
    }

    /// Accept a proposal (it becomes one undoable command, with its participant as source)
    /// or decline it; phones see which.
    fn decide_proposal(&mut self, id: &str, accept: bool) {
        let Some(p) = self.live.pending.iter().find(|p| p.id == id).cloned() else {
            return;
        };
        if !accept {
            self.live.decide(id, false);
            return;
        }
        let Some(doc) = &self.doc else { return };
        let rect = self.canvas.rect();
        let mid = self.canvas.view.to_world(rect, rect.center());
        let Some(cmd) = live::command_for(&p, doc.map(), (f64::from(mid.x), f64::from(mid.y)))
        else {
            self.live.decide(id, false);
            self.say(text::LIVE_GONE, &[], true);
            return;
        };
        let before = doc.revision();
        self.apply(cmd);
        let took = self.doc.as_ref().is_some_and(|d| d.revision() != before);
        self.live.decide(id, took);
    }

    /// Show scenario `name`. The camera stays: stakeholders keep their places in every
    /// scenario, so the room sees what changes.
    fn switch_scenario(&mut self, name: &crate::model::ScenarioId) {
        let Some(doc) = &mut self.doc else { return };
        if let Err(e) = doc.switch_scenario(name) {
            let text = e.user_message(self.lang);
            self.tell(text, true);
            return;
        }
        self.canvas.selection.relation = None;
        self.workshop.walk = None;
    }

    /// The next (`1`) or previous (`-1`) scenario, wrapping around.
    fn step_scenario(&mut self, delta: isize) {
        let Some(doc) = &self.doc else { return };
        let names = doc.map().scenario_names();
        let at = names
            .iter()
            .position(|n| *n == doc.map().scenario())
            .unwrap_or(0);
        let next = (at as isize + delta).rem_euclid(names.len() as isize) as usize;
        if let Some(name) = names.get(next).map(|n| (*n).clone()) {
            self.switch_scenario(&name);
        }
    }

    /// Compare with the scenario before this one, or stop comparing. In the first scenario,
    /// show the second compared with it: a comparison reads forward ("Nu" to "Straks").
    fn toggle_compare(&mut self) {
        let Some(doc) = &mut self.doc else { return };
        let mut lens = doc.lens().clone();
        if lens.compare_from.is_some() {
            lens.compare_from = None;
            doc.set_lens(lens);
            return;
        }
        let names: Vec<crate::model::ScenarioId> =
            doc.map().scenario_names().into_iter().cloned().collect();
        if names.len() < 2 {
            self.say(text::COMPARE_NEEDS_TWO, &[], false);
            return;
        }
        let at = names
            .iter()
            .position(|n| n == doc.map().scenario())
            .unwrap_or(0);
        if at == 0 {
            lens.compare_from = Some(names[0].clone());
            doc.set_lens(lens);
            self.switch_scenario(&names[1]);
        } else {
            lens.compare_from = Some(names[at - 1].clone());
            doc.set_lens(lens);
        }
    }

    /// An action on the finding with `rule` and `stakeholders`: added empty, its field
    /// focused in the actions panel.
    fn add_action(
        &mut self,
        rule: crate::analysis::Rule,
        stakeholders: Vec<crate::model::StakeholderId>,
    ) {
        let Some(doc) = &self.doc else { return };
        let id = doc.map().fresh_action_id();
        self.apply(Command::PutAction(crate::model::ActionItem {
            id: id.clone(),
            rule,
            stakeholders,
            what: String::new(),
            owner: None,
            due: None,
            status: crate::model::ActionStatus::Open,
        }));
        self.actions_panel.focus = Some(id);
    }

    /// An action on the finding being walked through, or the one whose stakeholders are
    /// selected.
    fn add_action_here(&mut self) {
        let Some(doc) = &self.doc else { return };
        let findings = &doc.shown_analysis().findings;
        let sel = &self.canvas.selection.stakeholders;
        let f = self.workshop.walked(findings).or_else(|| {
            findings.iter().find(|f| {
                f.stakeholders.len() == sel.len() && f.stakeholders.iter().all(|s| sel.contains(s))
            })
        });
        match f {
            Some(f) => {
                let (rule, ids) = (f.rule, f.stakeholders.clone());
                self.add_action(rule, ids);
            }
            None => self.say(text::ADD_ACTION_WHICH, &[], false),
        }
    }

    /// Say how a finished export went.
    fn poll_export(&mut self) {
        if let Some(result) = self.export.poll(self.lang) {
            self.exported(result);
        }
    }

    /// Block until a running export is done and report it (for tests).
    pub fn wait_for_export(&mut self) {
        if let Some(result) = self.export.wait(self.lang) {
            self.exported(result);
        }
    }

    fn exported(&mut self, result: panels::ExportResult) {
        match result {
            Ok((path, hint)) => {
                let mut text = format!("{} {}", self.tr(text::EXPORTED), path.display());
                if let Some(h) = hint {
                    text = format!("{text} ({h})");
                }
                self.tell(text, false);
            }
            Err(e) => {
                let text = format!("{} {e}", self.tr(text::EXPORT_FAILED));
                self.tell(text, true);
            }
        }
    }

    fn autosave(&mut self, ctx: &egui::Context) {
        let (Some(rec), Some(doc)) = (&self.recovery, &self.doc) else {
            return;
        };
        if !doc.is_dirty() || self.autosaved_revision == Some(doc.revision()) {
            return;
        }
        let since = self.last_autosave.elapsed();
        if since >= AUTOSAVE_EVERY {
            let written = rec.write(doc.map(), doc.path.as_deref());
            self.autosaved_revision = Some(doc.revision());
            self.last_autosave = Instant::now();
            if let Err(e) = written {
                let text = format!("{} {e}", self.tr(text::RECOVERY_COPY_FAILED));
                self.tell(text, true);
            }
        } else {
            // Wake up once when it is due; an idle app otherwise does nothing.
            ctx.request_repaint_after(AUTOSAVE_EVERY.saturating_sub(since));
        }
    }

    fn window_title(&self) -> String {
        match &self.doc {
            None => "ecomap".to_owned(),
            Some(d) => {
                let file = d.path.as_ref().and_then(|p| p.file_name()).map_or_else(
                    || self.tr(text::NOT_SAVED).to_owned(),
                    |f| f.to_string_lossy().into_owned(),
                );
                let marker = if d.is_dirty() { " ●" } else { "" };
                format!("{} — {file}{marker} — ecomap", d.map().title)
            }
        }
    }
}

/// The layout: which panels show where, this frame.
impl EcomapApp {
    /// The walkthrough's banner, while walking through the findings.
    fn walkthrough_banner(&mut self, ui: &Ui) {
        let Some(doc) = &self.doc else { return };
        if let Some(walk) = self
            .workshop
            .walk_banner(doc, self.lang, self.canvas.min_text)
        {
            let r = panels::presentation::walkthrough(ui, &walk, &self.canvas, self.lang);
            self.workshop.walk_banner_at(&self.canvas, r);
        }
    }

    /// In a presentation: the legend, large, in a strip under the map, and under it, small,
    /// the room the names are sized for.
    fn presentation_legend(&mut self, ui: &mut Ui) {
        let size = (self.canvas.min_text * 0.5).clamp(16.0, 28.0);
        let normal = ui.style().text_styles.clone();
        ui.style_mut()
            .text_styles
            .values_mut()
            .for_each(|f| f.size = size);
        if let Some(seen) = self.seen() {
            panels::legend::ui(ui, &seen, false);
        }
        ui.style_mut().text_styles = normal;
        self.room_controls(ui);
    }

    /// The notice as a toast where it covers no card (on the start screen: at the top).
    fn notice_toast(&mut self, ui: &Ui) {
        let now = ui.input(|i| i.time);
        let Some(n) = &mut self.notice else { return };
        n.shown.get_or_insert(now);
        if n.is_gone(now) {
            self.notice = None;
            return;
        }
        let size = panels::notice::last_size(ui.ctx());
        let at = if self.doc.is_some() {
            self.canvas
                .free_spot(size, &std::collections::BTreeSet::new())
        } else {
            egui::pos2((ui.ctx().content_rect().width() - size.x) / 2.0, 48.0)
        };
        if let Some(n) = &self.notice {
            panels::notice::ui(ui, n, now, at, self.lang, &mut self.queue);
        }
    }

    /// The room controls (presentation strip, View menu): the capitals they give, as the
    /// presentation sizes names, so that they say what the banner says.
    fn room_controls(&mut self, ui: &mut Ui) {
        let cap = self.room_capitals(ui.ctx());
        panels::toolbar::room(ui, self.settings.room, cap, self.lang, &mut self.queue);
    }

    /// The capital height (pixels) the room's size gives names in a presentation.
    fn room_capitals(&self, ctx: &egui::Context) -> f32 {
        self.presentation_text(ctx) * crate::scene::text::cap_height_em() * ctx.pixels_per_point()
    }

    /// What the panels may read this frame, while a map is open.
    fn seen(&self) -> Option<panels::Seen<'_>> {
        Some(panels::Seen {
            doc: self.doc.as_ref()?,
            view: &self.settings.view,
            canvas: &self.canvas,
            lang: self.lang,
            votes: &self.live.votes,
        })
    }

    fn panels(&mut self, ui: &mut Ui) {
        self.panels_inner(ui);
        // Over the top of the canvas, after it: a notice never pushes the map down.
        self.notice_toast(ui);
    }

    fn panels_inner(&mut self, ui: &mut Ui) {
        let presenting = self.workshop.presenting && self.doc.is_some();
        if !presenting {
            let cap = self.room_capitals(ui.ctx());
            let (settings, lang, out) = (&self.settings, self.lang, &mut self.queue);
            egui::Panel::top("menu").show(ui, |ui| panels::menu::ui(ui, settings, cap, lang, out));
        }
        if let Some(c) = &self.conflict {
            panels::prompts::conflict(ui, c, self.lang, &mut self.queue);
        }
        if self.reload_offer {
            panels::prompts::reload(ui, self.lang, &mut self.queue);
        }
        if self.ask_unsaved.is_some() {
            panels::prompts::unsaved(ui, self.lang, &mut self.queue);
        }
        if self.recovery_offer.is_some() {
            panels::prompts::recovery(ui, self.lang, &mut self.queue);
        }
        if self.doc.is_none() {
            let (recent, lang, out) = (&self.settings.recent, self.lang, &mut self.queue);
            egui::CentralPanel::default_margins()
                .show(ui, |ui| panels::start::ui(ui, recent, lang, out));
            return;
        }
        if presenting {
            // The legend takes its own strip under the map, so it never covers a card (the
            // canvas fits into what is left).
            egui::Panel::bottom("presentation-legend").show(ui, |ui| self.presentation_legend(ui));
            panels::live::code_strip(ui, &self.live, self.lang);
            self.central_canvas(ui);
            panels::live::badge(ui, &self.live, self.lang);
            panels::presentation::hint(
                ui,
                self.canvas.focus_depth,
                &self.settings.view.hidden,
                self.lang,
            );
            self.walkthrough_banner(ui);
            let ctx = ui.ctx();
            let px =
                |size: f32| size * crate::scene::text::cap_height_em() * ctx.pixels_per_point();
            let caps = (px(self.presentation_text(ctx)), px(self.canvas.min_text));
            let line = self.doc.as_ref().and_then(|doc| {
                self.workshop
                    .part_line(doc, &self.canvas, self.lang, self.settings.room, caps)
            });
            if let Some(line) = line {
                panels::presentation::part(ui, &line, &self.canvas);
            }
            self.help.ui(ui, self.lang);
            return;
        }
        let mut out = Vec::new();
        if let Some(seen) = self.seen() {
            egui::Panel::top("toolbar").show(ui, |ui| {
                panels::toolbar::ui(ui, &seen, &mut out);
                panels::scenarios::row(ui, &seen, &mut out);
            });
        }
        self.queue.append(&mut out);
        if let Some(seen) = self.seen() {
            egui::Panel::bottom("legend").show(ui, |ui| panels::legend::ui(ui, &seen, true));
        }
        let seen = self.doc.as_ref().map(|doc| panels::Seen {
            doc,
            view: &self.settings.view,
            canvas: &self.canvas,
            lang: self.lang,
            votes: &self.live.votes,
        });
        let (inspector, out) = (&mut self.inspector, &mut self.queue);
        egui::Panel::left("inspector")
            .default_size(240.0)
            .resizable(true)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    if let Some(seen) = &seen {
                        inspector.ui(ui, seen, out);
                    }
                });
            });
        let seen = self.doc.as_ref().map(|doc| panels::Seen {
            doc,
            view: &self.settings.view,
            canvas: &self.canvas,
            lang: self.lang,
            votes: &self.live.votes,
        });
        let (findings, actions, session, out) = (
            &mut self.findings,
            &mut self.actions_panel,
            &self.live,
            &mut self.queue,
        );
        egui::Panel::right("findings")
            .default_size(320.0)
            .resizable(true)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    if let Some(seen) = seen {
                        panels::live::queue(ui, session, seen.doc.map(), seen.lang, out);
                        actions.ui(ui, &seen, out);
                        ui.separator();
                        findings.ui(ui, &seen, out);
                    }
                });
            });
        self.central_canvas(ui);
        panels::live::code_overlay(ui, &self.live, &self.canvas, self.lang);
        self.walkthrough_banner(ui);
        self.help.ui(ui, self.lang);
        panels::live::start_window(ui, &self.live, self.lang, &mut self.queue);
        if let Some(doc) = &self.doc {
            self.find.ui(ui, doc, self.lang, &mut self.queue);
            self.export.ui(ui, doc, self.lang, &mut self.queue);
        }
        self.scenario_prompt_ui(ui);
    }

    /// The window asking for a scenario's name, while it is open.
    fn scenario_prompt_ui(&mut self, ui: &Ui) {
        let Some(doc) = &self.doc else { return };
        let seen = panels::Seen {
            doc,
            view: &self.settings.view,
            canvas: &self.canvas,
            lang: self.lang,
            votes: &self.live.votes,
        };
        self.scenario_prompt.ui(ui, &seen, &mut self.queue);
    }

    fn central_canvas(&mut self, ui: &mut Ui) {
        egui::CentralPanel::no_frame().show(ui, |ui| {
            let Some(doc) = &self.doc else { return };
            let commands = self.canvas.show(ui, doc, &self.settings.view, self.lang);
            for c in commands {
                self.request(Request::Apply(c));
            }
        });
    }
}

impl eframe::App for EcomapApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.look.apply(&ctx, &self.settings);
        if let Some((purpose, name)) = self.pending_ctx_dialog.take() {
            if self.settings.builtin_file_chooser {
                self.open_chooser(purpose, &name);
            } else if !self.chooser.is_open() {
                self.dialogs.ask(purpose, &name, &ctx);
            }
            self.last_dialog = Some((purpose, name));
        }
        self.ctx = Some(ctx.clone());
        self.watch_open_file();
        self.check_disk();
        self.handle_dialog_answers(&ctx);
        self.poll_export();
        self.poll_report();
        self.poll_layout();
        // The queue's keys (Enter, ↑, ↓) only while proposals wait: else they stay with the
        // widgets (a focused button, a combo box).
        let queue = !self.live.pending.is_empty();
        for action in actions::pressed(&ctx, |a| {
            queue
                || !matches!(
                    a,
                    Action::AcceptProposal | Action::NextProposal | Action::PrevProposal
                )
        }) {
            self.request(Request::Do(action));
        }
        self.run_queue();

        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            if self.is_dirty() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.ask_unsaved = Some(Pending::Close);
            } else if let Some(r) = &self.recovery {
                r.clear();
            }
        }

        self.canvas.min_text = if self.workshop.presenting {
            self.presentation_size(&ctx)
        } else {
            self.settings.text_size
        };
        self.canvas.high_contrast = self.settings.high_contrast;
        if let Some(doc) = &self.doc
            && self.live.sync(doc)
        {
            self.workshop.votes.clone_from(&self.live.votes);
        }
        self.panels(ui);
        self.run_queue();

        self.autosave(&ctx);
        let title = self.window_title();
        if title != self.sent_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.sent_title = title;
        }
        if self.allow_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }
}

/// Start the desktop editor.
pub fn run(file: Option<PathBuf>, lang: Option<Lang>) -> ExitCode {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("ecomap")
        .with_app_id("ecomap")
        .with_inner_size([1440.0, 900.0])
        // A shared screen: the map gets all the room there is.
        .with_maximized(true)
        .with_min_inner_size([720.0, 480.0]);
    if let Some(icon) = icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    let result = eframe::run_native(
        "ecomap",
        options,
        Box::new(move |cc| {
            Ok(Box::new(EcomapApp::new(
                &cc.egui_ctx,
                cc.storage,
                Startup {
                    file,
                    lang,
                    dialogs: Box::new(NativeDialogs::default()),
                    recovery_dir: files::recovery_dir(),
                    settings: None,
                },
            )))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ecomap: cannot start the editor: {e}");
            ExitCode::from(2)
        }
    }
}

/// The window icon, decoded from `assets/icon.png`.
fn icon() -> Option<egui::IconData> {
    let bytes: &[u8] = include_bytes!("../../assets/icon.png");
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().ok()?;
    let mut buf = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buf).ok()?;
    if info.color_type != png::ColorType::Rgba || info.bit_depth != png::BitDepth::Eight {
        return None;
    }
    buf.truncate(info.buffer_size());
    Some(egui::IconData {
        rgba: buf,
        width: info.width,
        height: info.height,
    })
}

/// `template` with each `(key, value)` of `vars` filled in.
fn fill(template: &str, vars: &[(&'static str, String)]) -> String {
    let named: Vec<(&str, &str)> = vars
        .iter()
        .map(|(k, v)| (k.trim_start_matches('{').trim_end_matches('}'), v.as_str()))
        .collect();
    crate::i18n::fill(template, &named)
}
