//! Where every request lands: [`EcomapApp::run_queue`] routes each to its area (the map's
//! edits to `Document::apply`, files to the [`FileSession`](super::FileSession), scenarios and
//! the room to `steps.rs`), and [`EcomapApp::run_action`] is the one `match` over the action
//! table. What the view and the settings ask is small enough to be done here.

use super::document::Command;
use super::file_session::Effect;
use super::request::{
    FileRequest, Pending, Request, ScenarioAsk, ScenarioRequest, SettingRequest, ViewRequest,
};
use super::{Action, EcomapApp, Workshop, text};
use crate::app::notice::Words;
use crate::lang::Lang;

impl EcomapApp {
    /// Run what was asked for, in order (what one request asks for in turn runs too).
    pub(super) fn run_queue(&mut self) {
        while !self.queue.is_empty() {
            for r in std::mem::take(&mut self.queue) {
                match r {
                    Request::Do(a) => self.run_action(a),
                    Request::Edit(c) => self.apply(c),
                    Request::File(f) => {
                        let mut effects = Vec::new();
                        self.file
                            .request(f, self.doc.as_mut(), self.lang, &mut effects);
                        self.file_effects(effects);
                    }
                    Request::Prompt(answer) => {
                        let mut effects = Vec::new();
                        self.file
                            .answer(answer, self.doc.as_mut(), self.lang, &mut effects);
                        self.file_effects(effects);
                    }
                    Request::View(v) => self.view_request(v),
                    Request::Setting(s) => self.setting_request(s),
                    Request::Scenario(s) => self.scenario_request(s),
                    Request::Live(l) => self.live_request(l),
                }
            }
        }
    }

    /// The file session's part of the frame: the open file followed, dialogs asked and
    /// answered, the watcher heard.
    pub(super) fn file_frame(&mut self) {
        let Some(ctx) = self.ctx.clone() else { return };
        let mut effects = Vec::new();
        let builtin = self.settings.builtin_file_chooser;
        self.file
            .frame(&ctx, self.doc.as_mut(), builtin, self.lang, &mut effects);
        self.file_effects(effects);
    }

    /// Do what the file session asks of the rest of the editor.
    pub(super) fn file_effects(&mut self, effects: Vec<Effect>) {
        for e in effects {
            match e {
                Effect::Show(doc) => self.set_document(*doc),
                Effect::StartScreen => {
                    self.live.stop();
                    self.doc = None;
                }
                Effect::Export(path) => self.start_export(path),
                Effect::Report(path) => self.start_report(path),
                Effect::Import(path) => self.start_import(&path),
                Effect::Notice(n) => self.notice = n,
                Effect::Remember(path) => {
                    super::files::push_recent(&mut self.settings.recent, &path);
                }
            }
        }
    }

    fn view_request(&mut self, v: ViewRequest) {
        match v {
            ViewRequest::Focus(depth) => self.canvas.focus_depth = depth,
            ViewRequest::Added(id) => {
                self.canvas.selection.only(&id);
                if let Some(s) = self.doc.as_ref().and_then(|d| d.map().stakeholder(&id)) {
                    let at = egui::pos2(s.x as f32, s.y as f32);
                    let size = self.canvas.card_size();
                    self.canvas
                        .ease_into_view(egui::Rect::from_center_size(at, size), 0.0);
                }
            }
            ViewRequest::Show(ids) => {
                self.canvas.selection.clear();
                self.canvas
                    .selection
                    .stakeholders
                    .extend(ids.iter().cloned());
                if let Some(doc) = &self.doc {
                    self.canvas.center_on(doc, &ids);
                }
            }
            ViewRequest::SelectRelation(id) => {
                self.canvas.selection.clear();
                self.canvas.selection.relation = Some(id);
            }
            ViewRequest::NewKind(kind) => self.canvas.new_kind = kind,
            ViewRequest::DismissNotice => self.notice = None,
        }
    }

    fn setting_request(&mut self, s: SettingRequest) {
        match s {
            SettingRequest::Room(room) => self.settings.room = room,
            SettingRequest::TextSize(size) => self.settings.text_size = size,
            SettingRequest::BuiltinChooser(on) => self.settings.builtin_file_chooser = on,
            SettingRequest::ImportKinds(kinds) => self.settings.import_kinds.extend(kinds),
        }
    }

    /// The one `match` over the action table: menus, toolbar and shortcuts end here.
    pub(super) fn run_action(&mut self, action: Action) {
        match action {
            Action::New => self.request(Request::File(FileRequest::Guard(Pending::New))),
            Action::Open => self.request(Request::File(FileRequest::Guard(Pending::Open))),
            Action::Save => self.request(Request::File(FileRequest::Save)),
            Action::SaveAs => self.request(Request::File(FileRequest::SaveAs)),
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
            Action::Delete => self.delete_or_decline(),
            Action::Quit => self.request(Request::File(FileRequest::Guard(
                super::file_session::Pending::Close,
            ))),
            Action::SelectAll => {
                if let Some(doc) = &self.doc {
                    self.canvas.selection.clear();
                    let all = doc.map().stakeholders().map(|s| s.id.clone());
                    self.canvas.selection.stakeholders.extend(all);
                }
            }
            Action::Copy => {
                self.copy_selection();
            }
            Action::Cut => {
                if self.copy_selection() {
                    self.delete_or_decline();
                }
            }
            Action::Paste => {
                // The menu's Paste: the system's clipboard comes as a paste event.
                if let Some(ctx) = &self.ctx {
                    ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste);
                }
            }
            Action::QuickEntry => {
                if self.doc.is_some() {
                    self.panels.find.close();
                    self.canvas.new_stakeholder = None;
                    self.panels.entry.open_partner(String::new());
                    self.canvas.hold_view();
                }
            }
            Action::RelationLine => self.open_relation_line(),
            Action::Find => self.panels.find.open(),
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
            Action::ToggleLanguage => self.toggle_language(),
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
                if let Some(words) = Workshop::cycle_focus(&mut self.canvas) {
                    self.say(words, false);
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
            Action::Zones => {
                self.settings.view.zones = !self.settings.view.zones;
                // The zones' labels need room around the cards: a fitted view fits again.
                self.canvas.refit_if_untouched();
            }
            Action::Tidy => self.tidy(),
            Action::Onion => self.onion(),
            Action::Pin => self.toggle_pin(),
            Action::HighContrast => self.settings.high_contrast = !self.settings.high_contrast,
            Action::Help => self.panels.help.open = !self.panels.help.open,
            Action::NextScenario => self.step_scenario(1),
            Action::PrevScenario => self.step_scenario(-1),
            Action::DuplicateScenario => self.request(Request::Scenario(ScenarioRequest::AskName(
                ScenarioAsk::Duplicate,
            ))),
            Action::RenameScenario => self.request(Request::Scenario(ScenarioRequest::AskName(
                ScenarioAsk::Rename,
            ))),
            Action::DeleteScenario => {
                if let Some(name) = self.doc.as_ref().map(|d| d.map().scenario().to_owned()) {
                    self.apply(Command::RemoveScenario(name));
                }
            }
            Action::Compare => self.toggle_compare(),
            Action::Import => self.request(Request::File(FileRequest::ImportFrom)),
            Action::ReportPack => {
                if let Some(doc) = &self.doc {
                    let name = format!(
                        "{}-{}",
                        crate::export::pack::slug(&doc.map().title),
                        self.tr(text::REPORT_SUFFIX)
                    );
                    self.request(Request::File(FileRequest::ReportTo(name)));
                }
            }
            Action::AddAction => self.add_action_here(),
            Action::RoomJoin => self.room_join(),
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

    /// A message about what was just done ("17 stakeholders moved") is out of date once that is
    /// undone or redone; errors stay until dismissed.
    fn drop_message(&mut self) {
        if self.notice.as_ref().is_some_and(|n| !n.error) {
            self.notice = None;
        }
    }

    fn toggle_language(&mut self) {
        self.lang = if self.lang == Lang::Nl {
            Lang::En
        } else {
            Lang::Nl
        };
        self.settings.lang = Some(self.lang);
        if let Some(n) = &mut self.notice {
            n.relanguage(self.lang);
        }
    }

    /// While proposals wait, Delete declines the one under the queue's cursor, unless the
    /// facilitator selected something on the map to delete (a walkthrough's or a
    /// presentation's selection is for showing, not for deleting).
    fn delete_or_decline(&mut self) {
        let nothing = (self.canvas.selection.stakeholders.is_empty()
            && self.canvas.selection.relation.is_none())
            || self.workshop.walk.is_some()
            || self.workshop.presenting;
        match self.live.current().map(|p| p.id.clone()) {
            Some(id) if nothing => self.decide_proposal(&id, false),
            _ => self.delete_selection(),
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

    /// Escape takes back one thing at a time: an open window or field, then the walkthrough,
    /// then the presentation.
    /// The entry line for relations: from the selected partner (the first, if several are),
    /// or from the partner typed before `>`.
    fn open_relation_line(&mut self) {
        if self.doc.is_none() {
            return;
        }
        let from = self.canvas.selection.stakeholders.iter().next().cloned();
        self.panels.find.close();
        self.canvas.new_stakeholder = None;
        self.panels.entry.open_relation(from, String::new());
        self.canvas.hold_view();
    }

    /// Copy the selected partners with the relations among them. Returns whether anything
    /// was copied.
    fn copy_selection(&mut self) -> bool {
        let Some(doc) = &self.doc else { return false };
        let ids: Vec<_> = self.canvas.selection.stakeholders.iter().cloned().collect();
        let Some(copied) = super::clipboard::copy(doc.map(), &ids) else {
            self.say(text::SELECT_FIRST_TO_COPY, false);
            return false;
        };
        if let Some(ctx) = &self.ctx {
            ctx.copy_text(copied);
        }
        let n = ids.len();
        self.say(Words::new(move |l| crate::tr!(l, "copied-n", n = n)), false);
        true
    }

    /// Text pasted onto the map: copied cards go in at once (one step, fresh ids, in free
    /// space near the selection); a list of names is shown first (how many, what is skipped);
    /// cells of several columns go through the import's window (types to kinds, what is left
    /// out).
    pub(super) fn paste(&mut self, pasted: &str) {
        let Some(doc) = &self.doc else { return };
        let Some(pasted) = super::clipboard::read(pasted, doc.map()) else {
            return;
        };
        match pasted {
            super::clipboard::Pasted::Cards(cards) => {
                let room = self.canvas.room_for_new(None);
                let (cmd, ids) = super::clipboard::add_cards(doc.map(), &cards, &room);
                self.apply(cmd);
                self.view_request(ViewRequest::Show(ids));
            }
            super::clipboard::Pasted::List(list) => self.panels.paste.open(list),
            super::clipboard::Pasted::Cells(text) => {
                let name = text::PASTED_CELLS.get(self.lang);
                match crate::io::sheets::pasted(&text, doc.map(), name) {
                    Ok(sheet) => {
                        self.panels.import.open(
                            name.to_owned(),
                            vec![sheet],
                            &self.settings.import_kinds,
                        );
                    }
                    Err(e) => {
                        let said = format!("{name}: {}", e.user_message(self.lang));
                        self.tell(said, true);
                    }
                }
            }
        }
    }

    fn cancel(&mut self) {
        let p = &mut self.panels;
        if p.scenario_prompt.is_open() {
            p.scenario_prompt.close();
            return;
        }
        let open = p.help.open
            || p.find.is_open()
            || p.paste.is_open()
            || p.import.is_open()
            || self.export.window
            || p.entry.is_open()
            || self.canvas.new_stakeholder.is_some()
            || self.canvas.connect_mode;
        p.help.open = false;
        p.find.close();
        p.entry.close();
        p.paste.close();
        p.import.close();
        self.export.window = false;
        self.canvas.new_stakeholder = None;
        self.canvas.connect_mode = false;
        if open {
            return;
        }
        if self.workshop.walk.is_none()
            && self.workshop.part.is_none()
            && !self.canvas.selection.is_empty()
        {
            // A selection made by clicks (Ctrl+click, Ctrl+A, a box): Escape lets go of it.
            self.canvas.selection.clear();
        } else if self.workshop.walk.is_some() {
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
}
