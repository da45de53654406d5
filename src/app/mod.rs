//! The eframe desktop editor. This file holds [`EcomapApp`]: its parts, how it starts, and
//! its frame. What the parts do is in their own files:
//!
//! - `dispatch.rs`: every request and action, in one `match` each, routed to its area;
//! - `file_session.rs`: the open file (opening, saving, dialogs, conflicts, recovery);
//! - `steps.rs`: layouts, scenarios, actions on findings and the room's proposals;
//! - `jobs.rs`: exports and the report pack off the UI thread;
//! - `screen.rs`: which panels show where, this frame;
//! - `panels/`, `canvas/`, `document.rs`, `workshop.rs`, `live.rs`: the parts themselves.
//!
//! None of them imports another's state: they read what the frame gives them (`panels::Seen`)
//! and ask for changes as [`Request`]s (`tests/layering.rs`).

pub mod actions;
mod canvas;
mod chooser;
mod clipboard;
mod conflict;
mod dispatch;
mod document;
mod file_session;
mod files;
mod geometry;
mod jobs;
mod live;
mod lock;
mod look;
mod mesh;
pub mod notice;
mod panels;
pub mod renderer;
mod report;
mod request;
pub mod room;
mod samples;
mod screen;
mod settings;
mod steps;
pub mod text;
mod watch;
mod work;
mod workshop;
pub use workshop::parts;

pub use actions::{ACTIONS, Action};
pub use canvas::{Canvas, Selection};
pub use document::{Command, Document, Lens};
pub use file_session::FileSession;
pub use files::{DialogAnswer, DialogPurpose, FileDialogs, NativeDialogs, ScriptedDialogs};
pub use geometry::View;
pub use notice::Notice;
pub use panels::ExportState;
pub use request::{FileRequest, Pending, PromptAnswer, Request, SaveChoice};
pub use screen::MIN_STRETCH;
pub use settings::{Settings, ViewOptions};
pub use workshop::Workshop;

use std::path::PathBuf;
use std::process::ExitCode;

use crate::lang::Lang;

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

/// The editor: the open map and the parts around it.
pub struct EcomapApp {
    /// The open map, with its undo history (`None`: the start screen).
    pub doc: Option<Document>,
    /// The map on screen: camera, selection, what is being dragged.
    pub canvas: Canvas,
    /// The open file: path, lock, watcher, dialogs, questions, recovery copy.
    pub file: FileSession,
    /// The panels' own state (find, help, inspector, findings, actions, scenario names).
    panels: panels::Panels,
    /// The export window's options and a running export.
    pub export: ExportState,
    /// A report pack being written.
    pub report: report::ReportJob,
    /// Presenting, walking through findings, layouts.
    pub workshop: Workshop,
    /// The room joining in from their phones.
    pub live: live::LiveSession,
    /// Remembered between runs: language, theme, zoom, recent files, how maps are shown.
    pub settings: Settings,
    pub lang: Lang,
    /// What the user is told (over the canvas).
    pub notice: Option<Notice>,
    /// What was asked for this frame, run by [`EcomapApp::run_queue`].
    queue: Vec<Request>,
    /// The look and the title last given to the window.
    window: screen::Window,
    ctx: Option<egui::Context>,
    /// Frame times on request (`ECOMAP_FRAME_TIMES`).
    frame_clock: renderer::FrameClock,
}

impl EcomapApp {
    pub fn new(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        startup: Startup,
    ) -> Self {
        // The one typeface (`style::FONT`) first, egui's fonts after it for what it lacks.
        let mut fonts = egui::FontDefinitions::default();
        fonts.font_data.insert(
            "ecomap".into(),
            std::sync::Arc::new(egui::FontData::from_static(crate::style::FONT)),
        );
        fonts
            .families
            .entry(egui::FontFamily::Proportional)
            .or_default()
            .insert(0, "ecomap".into());
        ctx.set_fonts(fonts);
        let settings = startup
            .settings
            .or_else(|| storage.and_then(|s| eframe::get_value::<Settings>(s, SETTINGS_KEY)))
            .unwrap_or_default();
        let lang = startup
            .lang
            .or(settings.lang)
            .unwrap_or_else(Lang::from_env);
        let mut app = EcomapApp {
            doc: None,
            canvas: Canvas::default(),
            file: FileSession::new(startup.dialogs, startup.recovery_dir),
            panels: panels::Panels::default(),
            export: ExportState::default(),
            report: report::ReportJob::default(),
            workshop: Workshop::default(),
            live: live::LiveSession::default(),
            settings,
            lang,
            notice: None,
            queue: Vec::new(),
            window: screen::Window::default(),
            ctx: Some(ctx.clone()),
            frame_clock: renderer::FrameClock::from_env(),
        };
        look::install_fonts(ctx);
        if let Some(path) = startup.file {
            app.request(Request::File(FileRequest::Open(path)));
            app.run_queue();
        }
        app
    }

    /// Show a message at the top of the window (an error in red).
    pub fn tell(&mut self, text: String, error: bool) {
        self.notice = Some(Notice::tell(text, error));
    }

    /// Show words of the editor's (a text, or a text with values: [`notice::Words`]) in the
    /// current language, and in the other one after a switch.
    pub fn say(&mut self, words: impl Into<notice::Words>, error: bool) {
        self.notice = Some(Notice::say(words.into(), self.lang, error));
    }

    /// A text in the current language.
    pub fn tr(&self, text: text::Text) -> &'static str {
        text.get(self.lang)
    }

    /// Put `doc` on screen, with a new canvas (camera, selection, focus and drag are the
    /// map's; how maps are shown, `ViewOptions`, stays with the app).
    pub fn set_document(&mut self, doc: Document) {
        // Another map closes the room's session (reloading the same file keeps it).
        let same_file = self
            .doc
            .as_ref()
            .and_then(|d| d.path.as_ref())
            .is_some_and(|p| doc.path.as_ref() == Some(p));
        if !same_file && self.live.is_running() {
            self.live.stop();
            self.say(text::LIVE_STOPPED, false);
        }
        self.doc = Some(doc);
        self.canvas = Canvas::default();
        self.workshop.walk = None;
        self.canvas.fit_next_frame();
        self.panels.inspector = panels::Inspector::default();
        self.file.shown();
        let mut effects = Vec::new();
        let ctx = self.ctx.clone();
        self.file
            .follow(self.doc.as_ref(), ctx.as_ref(), self.lang, &mut effects);
        self.file_effects(effects);
    }

    /// Apply a command to the open map; a refused one is reported, never lost silently.
    pub fn apply(&mut self, cmd: Command) {
        let Some(doc) = &mut self.doc else { return };
        if let Err(e) = doc.apply(cmd) {
            let text = e.user_message(self.lang);
            self.tell(text, true);
        }
    }

    /// Ask for something: it is done at the end of this frame's panels, in order.
    pub(crate) fn request(&mut self, r: Request) {
        self.queue.push(r);
    }

    fn is_dirty(&self) -> bool {
        self.doc.as_ref().is_some_and(Document::is_dirty)
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

impl eframe::App for EcomapApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.frame_clock.tick(&ctx);
        self.window.look.apply(&ctx, &self.settings);
        self.ctx = Some(ctx.clone());
        self.file_frame();
        self.poll_jobs();
        // The queue's keys (Enter, ↑, ↓) only while proposals wait: else they stay with the
        // widgets (a focused button, a combo box).
        let queue = !self.live.pending.is_empty();
        let pressed = actions::pressed(&ctx, self.canvas.rect(), |a| {
            queue
                || !matches!(
                    a,
                    Action::AcceptProposal | Action::NextProposal | Action::PrevProposal
                )
        });
        for action in pressed.actions {
            self.request(Request::Do(action));
        }
        if let Some(text) = pressed.pasted {
            self.paste(&text);
        }
        self.run_queue();

        if ctx.input(|i| i.viewport().close_requested()) {
            let dirty = self.is_dirty();
            self.file.close_requested(&ctx, dirty);
        }

        self.canvas.min_text = if self.workshop.presenting {
            self.presentation_size(&ctx)
        } else {
            self.canvas.stretch = 0.0;
            self.settings.text_size
        };
        self.canvas.high_contrast = self.settings.high_contrast;
        self.canvas.presenting = self.workshop.presenting;
        if let Some(doc) = &self.doc
            && self.live.sync(doc)
        {
            self.workshop.votes.clone_from(&self.live.votes);
        }
        self.screen(ui);
        self.run_queue();

        let mut effects = Vec::new();
        self.file
            .autosave(&ctx, self.doc.as_ref(), self.lang, &mut effects);
        self.file_effects(effects);
        let title = self.window_title();
        if title != self.window.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window.title = title;
        }
        if self.file.may_close() {
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

/// Start the desktop editor on the back end chosen ([`renderer::choice`]); when one cannot
/// start (OpenGL 1.1 over a remote desktop, no graphics adapter), the next.
pub fn run(
    file: Option<&std::path::Path>,
    lang: Option<Lang>,
    given: Option<renderer::Choice>,
) -> ExitCode {
    // As many file handles as the system allows this program (often 1,024 by default where
    // far more are allowed): with the room's server open, saving must never lack one.
    #[cfg(unix)]
    if let Err(e) = rlimit::increase_nofile_limit(u64::MAX) {
        log::debug!("could not raise the limit of open files: {e}");
    }
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
    let mut failed: Vec<String> = Vec::new();
    for back_end in renderer::choice(given).order() {
        let options = eframe::NativeOptions {
            viewport: viewport.clone(),
            renderer: back_end,
            wgpu_options: renderer::wgpu_options(),
            ..Default::default()
        };
        let opened = std::rc::Rc::new(std::cell::Cell::new(false));
        let (file, opened_in, failed_before) = (
            file.map(std::path::Path::to_path_buf),
            opened.clone(),
            failed.clone(),
        );
        let result = eframe::run_native(
            "ecomap",
            options,
            Box::new(move |cc| {
                opened_in.set(true);
                renderer::started(cc, &failed_before);
                // Some window managers (openbox, some X11 desktops) ignore the maximised state
                // given before the window is mapped; asked again once it is, they follow it.
                cc.egui_ctx
                    .send_viewport_cmd(egui::ViewportCommand::Maximized(true));
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
            Ok(()) => return ExitCode::SUCCESS,
            // It could not start: say so, and try the next.
            Err(e) if !opened.get() => {
                let name = match back_end {
                    eframe::Renderer::Glow => "OpenGL (glow)",
                    eframe::Renderer::Wgpu => "wgpu",
                };
                log::warn!("{name} could not start: {e}");
                failed.push(format!("{name}: {e}"));
            }
            Err(e) => {
                eprintln!("ecomap: the editor stopped: {e}");
                return ExitCode::from(2);
            }
        }
    }
    eprintln!("ecomap: cannot start the editor: {}", failed.join("; "));
    ExitCode::from(2)
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
