//! Steps on the map that take more than one command: layouts (tidy, onion, pins), scenarios
//! and comparisons, actions on findings, walking through the findings, and the room's
//! proposals and session.

use super::document::{Command, Document};
use super::request::{LiveRequest, Request, ScenarioRequest};
use super::{EcomapApp, live, text, workshop};
use crate::app::notice::Words;

impl EcomapApp {
    pub(super) fn scenario_request(&mut self, s: ScenarioRequest) {
        match s {
            ScenarioRequest::Switch(name) => self.switch_scenario(&name),
            ScenarioRequest::Lens(lens) => {
                if let Some(doc) = &mut self.doc {
                    doc.set_lens(lens);
                }
            }
            ScenarioRequest::AskName(ask) => {
                if let Some(doc) = &self.doc {
                    let map = doc.map();
                    self.panels.scenario_prompt.open(
                        ask,
                        map.scenario(),
                        &map.scenario_names(),
                        self.lang,
                    );
                }
            }
            ScenarioRequest::AddAction { rule, stakeholders } => {
                self.add_action(rule, stakeholders);
            }
        }
    }

    pub(super) fn live_request(&mut self, l: LiveRequest) {
        match l {
            LiveRequest::Ask(open) => self.live.asking = open,
            LiveRequest::Pick(ip) => self.live.interface = Some(ip),
            LiveRequest::Start(ip) => self.start_live(ip),
            LiveRequest::Cursor(i) => self.live.cursor = i,
            LiveRequest::Decide(id, accept) => self.decide_proposal(&id, accept),
            LiveRequest::DeclineAll(phone) => {
                let n = self.live.decline_all(phone.as_deref());
                self.say(
                    Words::new(move |l| crate::tr!(l, "live-declined-n", n = n)),
                    false,
                );
            }
        }
    }

    /// Ctrl+J: ask where to start the room's session, or end it.
    pub(super) fn room_join(&mut self) {
        if self.live.is_running() {
            self.live.stop();
            self.say(text::LIVE_STOPPED, false);
        } else if self.doc.is_some() {
            self.request(Request::Live(LiveRequest::Ask(true)));
        }
    }

    /// Go `delta` findings (or parts) on, telling the room what there is to tell.
    pub(super) fn walk(&mut self, delta: isize) {
        let Some(doc) = &self.doc else { return };
        if let Some(words) = self.workshop.walk(doc, &mut self.canvas, self.lang, delta) {
            self.say(words, false);
        }
    }

    /// Start or stop walking through the map in parts.
    pub(super) fn walk_parts(&mut self) {
        if let Some(doc) = &self.doc {
            self.workshop.walk_parts(doc, &mut self.canvas, self.lang);
        }
    }

    /// The tidy layout for the canvas as it is, as one undo step, gliding into place.
    pub(super) fn tidy(&mut self) {
        let screen = self.canvas.tidy_screen();
        self.lay_out(move |map| (crate::layout::tidy_on(map, &screen), None));
    }

    /// The onion around the selected stakeholder, with its rings.
    pub(super) fn onion(&mut self) {
        if self.doc.is_none() {
            return;
        }
        let Some(center) = self.canvas.selection.stakeholders.first().cloned() else {
            self.say(text::FIRST_SELECT_THE_STAKEHOLDER_TO, false);
            return;
        };
        self.lay_out(move |map| {
            crate::layout::onion_with_rings(map, &center)
                .map_or((Vec::new(), None), |(moves, rings)| (moves, Some(rings)))
        });
    }

    pub(super) fn lay_out(
        &mut self,
        layout: impl FnOnce(&crate::model::Map) -> workshop::Laid + Send + 'static,
    ) {
        let Some(doc) = &self.doc else { return };
        match self.workshop.start_layout(doc, self.ctx.clone(), layout) {
            workshop::Started::Now(laid) => self.apply_layout(laid),
            workshop::Started::Running => self.say(text::LAYING_OUT_THE_MAP, false),
            workshop::Started::Busy => {}
        }
    }

    /// Apply a background layout once it is done, if the map is still as it was.
    pub(super) fn poll_layout(&mut self) {
        let revision = self.doc.as_ref().map(Document::revision);
        match self.workshop.poll_layout(revision) {
            Some(Ok(laid)) => self.apply_layout(laid),
            Some(Err(())) => self.say(text::THE_MAP_CHANGED_WHILE_IT, false),
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
    pub(super) fn apply_layout(&mut self, (moves, rings): workshop::Laid) {
        let Some(doc) = &self.doc else { return };
        if moves.is_empty() {
            if let Some(r) = rings {
                self.canvas.rings = Some((doc.revision(), r));
            }
            self.canvas.ease_fit_next_frame();
            self.say(text::NOTHING_NEEDS_TO_MOVE, false);
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
        self.say(
            Words::new(move |l| crate::tr!(l, "moved-n", n = count)),
            false,
        );
    }

    /// Pin the selected stakeholders, or unpin them if all are pinned.
    pub(super) fn toggle_pin(&mut self) {
        let pin = self
            .doc
            .as_ref()
            .and_then(|doc| workshop::pin(doc, &self.canvas.selection));
        if let Some(cmd) = pin {
            self.apply(cmd);
        }
    }

    /// Start the room's session on `ip`, and say where phones go.
    pub(super) fn start_live(&mut self, ip: std::net::IpAddr) {
        match self.live.start(ip, self.ctx.clone()) {
            Ok(()) => {
                self.live.asking = false;
                let url = self
                    .live
                    .addresses()
                    .map(|(_, short, code)| format!("{short} · {code}"))
                    .unwrap_or_default();
                self.say(
                    Words::new(move |l| crate::tr!(l, "live-started", url = &url)),
                    false,
                );
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
    pub(super) fn decide_proposal(&mut self, id: &str, accept: bool) {
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
            self.say(text::LIVE_GONE, true);
            return;
        };
        let before = doc.revision();
        self.apply(cmd);
        let took = self.doc.as_ref().is_some_and(|d| d.revision() != before);
        self.live.decide(id, took);
    }

    /// Show scenario `name`. The camera stays: stakeholders keep their places in every
    /// scenario, so the room sees what changes.
    pub(super) fn switch_scenario(&mut self, name: &crate::model::ScenarioId) {
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
    pub(super) fn step_scenario(&mut self, delta: isize) {
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
    pub(super) fn toggle_compare(&mut self) {
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
            self.say(text::COMPARE_NEEDS_TWO, false);
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
    pub(super) fn add_action(
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
        self.panels.actions.focus = Some(id);
    }

    /// An action on the finding being walked through, or the one whose stakeholders are
    /// selected.
    pub(super) fn add_action_here(&mut self) {
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
            None => self.say(text::ADD_ACTION_WHICH, false),
        }
    }
}
