//! Workshop mode: presenting on the shared screen, focusing on one partner, walking through the
//! findings, domain zones and tidy layouts. The state lives here; the canvas draws what it says.

use crate::app::text;
use std::collections::HashMap;

use egui::{Align2, Color32, RichText, Ui, vec2};

use super::EcomapApp;
use super::document::Command;
use crate::model::RelationKind;

/// The deepest focus: farther than three steps is most of any real map.
pub const MAX_FOCUS: usize = 3;

/// Maps larger than this are laid out on a worker thread (a 5,000-stakeholder tidy takes
/// seconds); smaller ones at once, well under a tenth of a second.
const LAYOUT_IN_BACKGROUND: usize = 300;

/// A layout being computed on a worker thread, for the map at `revision`.
#[derive(Debug)]
pub struct RunningLayout {
    revision: u64,
    result: super::job::Job<(crate::layout::Positions, Option<crate::layout::Rings>)>,
}

/// What the facilitator has switched on for the room.
#[derive(Debug, Default)]
pub struct Workshop {
    /// Side panels hidden, larger type, legend as an overlay.
    pub presenting: bool,
    /// Presenting full screen (F11): leaving the presentation leaves full screen too.
    pub fullscreen: bool,
    /// The finding being discussed, as an index into the analysis' findings.
    pub walk: Option<usize>,
    /// The part of the map being shown, as an index into [`parts`]: a map too big to show
    /// whole with names for the back row is walked through in parts.
    pub part: Option<usize>,
    /// The whole map did not fit at the room's size: the smaller size it is shown at, for the
    /// map's revision and the room's size it was worked out for.
    pub overview: Option<((u64, u32), f32)>,
    /// A tidy or onion layout still being computed.
    pub layout: Option<RunningLayout>,
    /// How far the walkthrough's sentence reaches into the canvas (last frame).
    banner_bottom: Option<f32>,
}

impl EcomapApp {
    pub(super) fn set_presenting(&mut self, on: bool, fullscreen: bool) {
        let ctx = self.ctx.clone();
        if on && !self.workshop.presenting {
            // Panels go away: show the whole map in the room that frees up.
            self.canvas.ease_fit_next_frame();
        }
        if let Some(ctx) = &ctx
            && (fullscreen || self.workshop.fullscreen)
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on && fullscreen));
        }
        self.workshop.presenting = on;
        self.workshop.overview = None;
        self.workshop.fullscreen = on && fullscreen;
    }

    /// Off → 1 → 2 → 3 → off.
    pub(super) fn cycle_focus(&mut self) {
        self.canvas.focus_depth = match self.canvas.focus_depth {
            None => Some(1),
            Some(d) if d < MAX_FOCUS => Some(d + 1),
            Some(_) => None,
        };
        if self.canvas.focus_depth.is_some() && self.canvas.selection.stakeholders.is_empty() {
            self.say(text::FOCUS_IS_ON_SELECT_A, &[], false);
        }
    }

    pub(super) fn toggle_kind(&mut self, kind: RelationKind) {
        let hidden = &mut self.settings.view.hidden;
        if !hidden.remove(&kind) {
            hidden.insert(kind);
        }
    }

    /// Go `delta` findings on (±1), wrapping around; the first step starts at the first (→)
    /// or the last (←) finding.
    pub(super) fn walk(&mut self, delta: isize) {
        if self.workshop.part.is_some() {
            self.step_part(delta);
            return;
        }
        let Some(doc) = &self.doc else { return };
        let findings = &doc.analysis().findings;
        let n = findings.len();
        if n == 0 {
            self.workshop.walk = None;
            self.say(text::NO_FINDINGS_NO_INTEGRATION_IS, &[], false);
            return;
        }
        let next = match self.workshop.walk {
            None if delta >= 0 => 0,
            None => n - 1,
            Some(i) => (i.min(n - 1) as isize + delta).rem_euclid(n as isize) as usize,
        };
        self.workshop.walk = Some(next);
        let f = &findings[next];
        let ids: Vec<String> = f.stakeholders.iter().chain(&f.via).cloned().collect();
        self.canvas.selection.clear();
        self.canvas
            .selection
            .stakeholders
            .extend(ids.iter().cloned());
        // Keep the stakeholders clear of the sentence shown over the top of the map.
        let inset = self
            .workshop
            .banner_bottom
            .map_or(170.0, |b| (b - self.canvas.rect().top() + 12.0).max(0.0));
        self.canvas.ease_on(doc, &ids, inset);
    }

    /// Start (or stop) walking through the map in parts, one domain at a time.
    pub(super) fn walk_parts(&mut self) {
        if self.workshop.part.take().is_some() {
            self.canvas.selection.clear();
            self.canvas.ease_fit();
            return;
        }
        self.workshop.walk = None;
        self.step_part(1);
    }

    /// Go `delta` parts on (±1), wrapping around.
    fn step_part(&mut self, delta: isize) {
        let Some(doc) = &self.doc else { return };
        let parts = parts(doc.map(), self.lang);
        let n = parts.len();
        if n == 0 {
            self.workshop.part = None;
            return;
        }
        let next = match self.workshop.part {
            None if delta >= 0 => 0,
            None => n - 1,
            Some(i) => (i.min(n - 1) as isize + delta).rem_euclid(n as isize) as usize,
        };
        self.workshop.part = Some(next);
        let ids = &parts[next].1;
        self.canvas.selection.clear();
        self.canvas
            .selection
            .stakeholders
            .extend(ids.iter().cloned());
        self.canvas.ease_on_part(ids);
    }

    /// The tidy layout, applied as one undo step, gliding into place.
    pub(super) fn tidy(&mut self) {
        // For the canvas's shape and size, so that fitted it fills the screen with names.
        let screen = self.canvas.tidy_screen();
        self.run_layout(move |map| (crate::layout::tidy_on(map, &screen), None));
    }

    /// Run a layout: at once for a small map, on a worker thread for a big one (the result is
    /// applied when it arrives, if the map hasn't changed meanwhile).
    fn run_layout(
        &mut self,
        layout: impl FnOnce(
            &crate::model::Map,
        ) -> (crate::layout::Positions, Option<crate::layout::Rings>)
        + Send
        + 'static,
    ) {
        let Some(doc) = &self.doc else { return };
        if self.workshop.layout.is_some() {
            return;
        }
        if doc.map().stakeholder_count() <= LAYOUT_IN_BACKGROUND {
            let (moves, rings) = layout(doc.map());
            self.apply_layout(moves, rings);
            return;
        }
        let map = doc.map().clone();
        self.workshop.layout = Some(RunningLayout {
            revision: doc.revision(),
            result: super::job::Job::spawn(self.ctx.clone(), move || layout(&map)),
        });
        self.say(text::LAYING_OUT_THE_MAP, &[], false);
    }

    /// Apply a layout from the worker thread once it is done.
    pub(super) fn poll_layout(&mut self) {
        let Some(running) = &self.workshop.layout else {
            return;
        };
        let (moves, rings) = match running.result.poll() {
            super::job::Poll::Done(done) => done,
            super::job::Poll::Running => return,
            super::job::Poll::Lost => (Vec::new(), None),
        };
        let revision = running.revision;
        self.workshop.layout = None;
        if self.doc.as_ref().map(super::Document::revision) == Some(revision) {
            self.apply_layout(moves, rings);
        } else {
            self.say(text::THE_MAP_CHANGED_WHILE_IT, &[], false);
        }
    }

    /// Block until a background layout is done and apply it (for tests and benchmarks).
    pub fn wait_for_layout(&mut self) {
        let Some(running) = self.workshop.layout.take() else {
            return;
        };
        let (moves, rings) = running.result.wait().unwrap_or_default();
        if self.doc.as_ref().map(super::Document::revision) == Some(running.revision) {
            self.apply_layout(moves, rings);
        }
    }

    pub(super) fn onion(&mut self) {
        if self.doc.is_none() {
            return;
        }
        let Some(center) = self.canvas.selection.stakeholders.first().cloned() else {
            self.say(text::FIRST_SELECT_THE_STAKEHOLDER_TO, &[], false);
            return;
        };
        self.run_layout(move |map| {
            crate::layout::onion_with_rings(map, &center)
                .map_or((Vec::new(), None), |(moves, rings)| (moves, Some(rings)))
        });
    }

    /// Apply a layout's moves (one undo step), let the cards glide there, show its rings (an
    /// onion's) and glide the view to the whole map.
    fn apply_layout(
        &mut self,
        moves: crate::layout::Positions,
        rings: Option<crate::layout::Rings>,
    ) {
        let Some(doc) = &self.doc else { return };
        if moves.is_empty() {
            if let Some(r) = rings {
                self.canvas.rings = Some((doc.revision(), r));
            }
            self.canvas.ease_fit_next_frame();
            self.say(text::NOTHING_NEEDS_TO_MOVE, &[], false);
            return;
        }
        let old: HashMap<String, egui::Pos2> = moves
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
    pub(super) fn toggle_pin(&mut self) {
        let Some(doc) = &self.doc else { return };
        let ids: Vec<String> = self.canvas.selection.stakeholders.iter().cloned().collect();
        if ids.is_empty() {
            return;
        }
        let all_pinned = ids
            .iter()
            .all(|id| doc.map().stakeholder(id).is_some_and(|s| s.pinned));
        self.apply(Command::Pin {
            ids,
            pinned: !all_pinned,
        });
    }

    /// The part being shown, with "2 / 5", in the corner; and in a presentation of a map too
    /// big to show whole with names for the back row, the offer to walk through it.
    pub(super) fn part_banner(&mut self, ui: &Ui) {
        let Some(doc) = &self.doc else { return };
        let line = if let Some(i) = self.workshop.part {
            let parts = parts(doc.map(), self.lang);
            let Some((name, _)) = parts.get(i) else {
                self.workshop.part = None;
                return;
            };
            format!(
                "{name} · {} / {} · {}",
                i + 1,
                parts.len(),
                self.tr(text::PGDN_NEXT_PGUP_PREVIOUS_ESC)
            )
        } else if self.workshop.presenting
            && self.workshop.walk.is_none()
            && self.workshop.overview.is_some()
            && self.canvas.is_settled()
        {
            let room = self.settings.room;
            let ctx = ui.ctx();
            let cap =
                |size: f32| size * crate::scene::text::cap_height_em() * ctx.pixels_per_point();
            self.tr(text::DOES_NOT_FIT)
                .replace("{m}", &format!("{}", room.distance_m))
                .replace("{inch}", &format!("{}", room.screen_inch))
                .replace(
                    "{need}",
                    &format!("{:.0}", cap(self.presentation_text(ctx))),
                )
                .replace("{now}", &format!("{:.0}", cap(self.canvas.min_text)))
        } else {
            return;
        };
        let size = 20.0;
        let width = (self.canvas.rect().width() - 40.0).max(200.0);
        let guess = egui::vec2(
            (crate::scene::text::text_width(&line, size) + 32.0).min(width),
            size * 1.3 + 24.0,
        );
        let at = self
            .canvas
            .free_spot(guess, &std::collections::BTreeSet::new());
        banner(ui, egui::Id::new("part-banner"), at, width, 12.0, |ui| {
            ui.label(RichText::new(line).size(size).strong());
        });
    }

    /// The finding being discussed, large, with "3 / 12": over the top of the canvas.
    pub(super) fn walkthrough_banner(&mut self, ui: &Ui) {
        let Some(doc) = &self.doc else { return };
        let findings = &doc.analysis().findings;
        let Some(i) = self.workshop.walk else { return };
        if i >= findings.len() {
            self.workshop.walk = None;
            return;
        }
        let f = &findings[i];
        let sentence = f.message(doc.map(), self.lang);
        let size = if self.workshop.presenting {
            self.canvas.min_text * 0.8
        } else {
            22.0
        };
        let width = (ui.ctx().content_rect().width() * 0.7).max(300.0);
        let hint = self.tr(text::PGDN_NEXT_PGUP_PREVIOUS_ESC);
        let top = if self.workshop.presenting {
            12.0
        } else {
            110.0
        };
        // Where it covers no card (its size as last shown), once the view has stopped
        // gliding; at the top while it glides, so it does not jump about.
        let id = egui::Id::new("walkthrough");
        let last = ui.ctx().memory(|m| m.area_rect(id)).map(|r| r.size());
        let at = match last {
            Some(last) if !self.canvas.is_animating() => self
                .canvas
                .free_spot(last, &self.canvas.selection.stakeholders),
            Some(last) => egui::pos2(self.canvas.rect().center().x - last.x / 2.0, top),
            None => egui::pos2(self.canvas.rect().center().x - width / 2.0, top),
        };
        let shown = banner(ui, id, at, width, 14.0, |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!("{} / {}", i + 1, findings.len()))
                        .size(size * 0.8)
                        .strong()
                        .color(super::canvas::color(crate::style::SELECTION)),
                );
                ui.label(
                    RichText::new(f.rule.title(self.lang))
                        .size(size * 0.7)
                        .weak(),
                );
            });
            ui.label(RichText::new(sentence).size(size).strong());
            ui.label(RichText::new(hint).size(14.0).weak());
        });
        // The view keeps the finding clear of the sentence when it sits at the top.
        let r = shown.rect;
        self.workshop.banner_bottom = Some(if r.center().y < self.canvas.rect().center().y {
            r.bottom()
        } else {
            self.canvas.rect().top()
        });
    }

    /// In a presentation: the legend, large, in a strip under the map.
    pub(super) fn presentation_legend(&mut self, ui: &mut Ui) {
        let size = (self.canvas.min_text * 0.5).clamp(16.0, 28.0);
        let normal = ui.style().text_styles.clone();
        ui.style_mut()
            .text_styles
            .values_mut()
            .for_each(|f| f.size = size);
        if let Some(seen) = self.seen() {
            super::panels::legend::ui(ui, &seen, false);
        }
        // The room the names are sized for, small, under the legend.
        ui.style_mut().text_styles = normal;
        self.room_controls(ui);
    }

    /// In a presentation: a hint how to get back, in the corner.
    pub(super) fn presentation_overlays(&mut self, ui: &Ui) {
        let mut state = Vec::new();
        if let Some(d) = self.canvas.focus_depth {
            state.push(format!("Focus {d}"));
        }
        for k in &self.settings.view.hidden {
            state.push(format!("{} {}", self.tr(text::HIDDEN), k.name(self.lang)));
        }
        state.push(self.tr(text::ESC_EDIT_F1_SHORTCUTS).to_owned());
        egui::Area::new(egui::Id::new("presentation-hint"))
            .anchor(Align2::RIGHT_TOP, vec2(-12.0, 8.0))
            .order(egui::Order::Foreground)
            .interactable(false)
            .show(ui.ctx(), |ui| {
                ui.label(
                    RichText::new(state.join(" · "))
                        .size(14.0)
                        .color(Color32::from_gray(110)),
                );
            });
    }
}

/// A box over the canvas at `at`, at most `width` wide, that takes no clicks: the walkthrough's
/// sentence, the part being shown.
fn banner(
    ui: &Ui,
    id: egui::Id,
    at: egui::Pos2,
    width: f32,
    margin: f32,
    add: impl FnOnce(&mut Ui),
) -> egui::Response {
    egui::Area::new(id)
        .fixed_pos(at)
        .order(egui::Order::Foreground)
        .interactable(false)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style())
                .fill(ui.visuals().extreme_bg_color.gamma_multiply(0.95))
                .inner_margin(margin)
                .show(ui, |ui| {
                    ui.set_max_width(width);
                    add(ui);
                });
        })
        .response
}

/// The parts a map is walked through in when it cannot be shown whole: one per domain (by
/// name), then the stakeholders without one; a map without domains in parts of at most
/// `PART_SIZE`, left to right. Each part is (its name, its stakeholders' ids).
pub fn parts(map: &crate::model::Map, lang: crate::lang::Lang) -> Vec<(String, Vec<String>)> {
    const PART_SIZE: usize = 8;
    let mut by_domain: std::collections::BTreeMap<&str, Vec<String>> =
        std::collections::BTreeMap::new();
    let mut loose: Vec<&crate::model::Stakeholder> = Vec::new();
    for s in map.stakeholders_sorted() {
        let d = s.domain.trim();
        if d.is_empty() {
            loose.push(s);
        } else {
            by_domain.entry(d).or_default().push(s.id.clone());
        }
    }
    let mut parts: Vec<(String, Vec<String>)> = by_domain
        .into_iter()
        .map(|(d, ids)| (d.to_owned(), ids))
        .collect();
    if loose.is_empty() {
        return parts;
    }
    if !parts.is_empty() {
        let name = lang.pick("zonder domein", "no domain").to_owned();
        parts.push((name, loose.into_iter().map(|s| s.id.clone()).collect()));
        return parts;
    }
    loose.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y)));
    let n = loose.len().div_ceil(PART_SIZE);
    loose
        .chunks(loose.len().div_ceil(n))
        .enumerate()
        .map(|(k, c)| {
            (
                format!("{} {}", lang.pick("deel", "part"), k + 1),
                c.iter().map(|s| s.id.clone()).collect(),
            )
        })
        .collect()
}
