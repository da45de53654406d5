//! Workshop mode: presenting on the shared screen, focusing on one partner, walking through the
//! findings, domain zones and tidy layouts. The state lives here; the canvas draws what it says.

use crate::app::text;
use std::collections::HashMap;

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

    /// The line for the part being shown ("Zorg · 2 / 5 · …"), or in a presentation of a map
    /// too big to show whole with names for the back row, the offer to walk through it.
    pub(super) fn part_line(&mut self, ctx: &egui::Context) -> Option<String> {
        let doc = self.doc.as_ref()?;
        if let Some(i) = self.workshop.part {
            let parts = parts(doc.map(), self.lang);
            let Some((name, _)) = parts.get(i) else {
                self.workshop.part = None;
                return None;
            };
            return Some(format!(
                "{name} · {} / {} · {}",
                i + 1,
                parts.len(),
                self.tr(text::PGDN_NEXT_PGUP_PREVIOUS_ESC)
            ));
        }
        if !(self.workshop.presenting
            && self.workshop.walk.is_none()
            && self.workshop.overview.is_some()
            && self.canvas.is_settled())
        {
            return None;
        }
        let room = self.settings.room;
        let cap = |size: f32| size * crate::scene::text::cap_height_em() * ctx.pixels_per_point();
        Some(
            self.tr(text::DOES_NOT_FIT)
                .replace("{m}", &format!("{}", room.distance_m))
                .replace("{inch}", &format!("{}", room.screen_inch))
                .replace(
                    "{need}",
                    &format!("{:.0}", cap(self.presentation_text(ctx))),
                )
                .replace("{now}", &format!("{:.0}", cap(self.canvas.min_text))),
        )
    }

    /// The finding being walked through, as the walkthrough's banner shows it.
    pub(super) fn walk_banner(&mut self) -> Option<super::panels::presentation::Walk> {
        let doc = self.doc.as_ref()?;
        let findings = &doc.analysis().findings;
        let i = self.workshop.walk?;
        let Some(f) = findings.get(i) else {
            self.workshop.walk = None;
            return None;
        };
        Some(super::panels::presentation::Walk {
            counter: format!("{} / {}", i + 1, findings.len()),
            rule: f.rule.title(self.lang).to_owned(),
            sentence: f.message(doc.map(), self.lang),
            size: if self.workshop.presenting {
                self.canvas.min_text * 0.8
            } else {
                22.0
            },
            top: if self.workshop.presenting {
                12.0
            } else {
                110.0
            },
        })
    }

    /// Where the walkthrough's banner ended up: the view keeps the finding clear of it when it
    /// sits at the top.
    pub(super) fn walk_banner_at(&mut self, r: egui::Rect) {
        self.workshop.banner_bottom = Some(if r.center().y < self.canvas.rect().center().y {
            r.bottom()
        } else {
            self.canvas.rect().top()
        });
    }
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
        let name = text::PART_NO_DOMAIN.get(lang).to_owned();
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
                text::PART_N.get(lang).replace("{n}", &(k + 1).to_string()),
                c.iter().map(|s| s.id.clone()).collect(),
            )
        })
        .collect()
}
