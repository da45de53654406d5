//! Workshop mode: presenting on the shared screen, focusing on one partner, walking through the
//! findings or the parts of a map, and layouts (tidy, onion) off the UI thread. The state lives
//! here; its steps get what they work on (the document, the canvas) and say what the room
//! should be told; the canvas draws what it says.

use super::canvas::{Canvas, Selection};
use super::document::{Command, Document};
use super::panels::presentation::Walk;
use super::room::Room;
use super::text;
use super::work::{self, Work};
use crate::lang::Lang;
use crate::layout::{Positions, Rings};
use crate::model::StakeholderId;

/// What a step asks the room to be told.
pub type Said = crate::app::notice::Words;

/// A layout's result: the moves, and an onion's rings.
pub type Laid = (Positions, Option<Rings>);

/// The deepest focus: farther than three steps is most of any real map.
pub const MAX_FOCUS: usize = 3;

/// Maps larger than this are laid out on a worker thread (a 5,000-stakeholder tidy takes
/// seconds); smaller ones at once, well under a tenth of a second.
const LAYOUT_IN_BACKGROUND: usize = 300;

/// A layout being computed on a worker thread, for the map at `revision`.
pub struct RunningLayout {
    revision: u64,
    result: Option<Work<Laid>>,
}

impl std::fmt::Debug for RunningLayout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RunningLayout")
            .field("revision", &self.revision)
            .finish_non_exhaustive()
    }
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
    /// The whole map did not fit with its names even at the editing size with its cards
    /// spread for the relations (`Canvas::stretch`): for that key, it is shown unspread (names
    /// first; walking it in parts spreads it again).
    pub unspread: Option<(u64, u32)>,
    /// A tidy or onion layout still being computed.
    pub layout: Option<RunningLayout>,
    /// How far the walkthrough's sentence reaches into the canvas (last frame).
    banner_bottom: Option<f32>,
    /// While presenting: the strip over the map (the finding walked through, the part shown),
    /// as drawn last frame.
    pub strip: Option<egui::Rect>,
    /// The room's votes per finding key: the walkthrough visits the most voted first.
    pub votes: std::collections::BTreeMap<String, usize>,
}

/// A layout asked for: what to do with it now.
pub enum Started {
    /// A small map, laid out at once: apply it.
    Now(Laid),
    /// A big map, on a worker thread (`Workshop::poll_layout` brings it).
    Running,
    /// One is already running: this one is not started.
    Busy,
}

impl Workshop {
    /// The order the walkthrough visits `findings` in: the room's votes first (most first),
    /// else as the analysis lists them. Three or more partners sharing an interest are one
    /// step (at their first pair; `analysis::interest_sets`).
    pub fn order(&self, findings: &[crate::analysis::Finding]) -> Vec<usize> {
        let all: Vec<&crate::analysis::Finding> = findings.iter().collect();
        let later_pairs: std::collections::BTreeSet<usize> = crate::analysis::interest_sets(&all)
            .into_iter()
            .flat_map(|(_, _, idx)| idx.into_iter().skip(1))
            .collect();
        let mut order: Vec<usize> = (0..findings.len())
            .filter(|i| !later_pairs.contains(i))
            .collect();
        if !self.votes.is_empty() {
            let votes = |i: &usize| {
                let f = &findings[*i];
                self.votes
                    .get(&crate::live::finding_key(f.rule, &f.stakeholders))
                    .copied()
                    .unwrap_or(0)
            };
            order.sort_by_key(|i| std::cmp::Reverse(votes(i)));
        }
        order
    }

    /// The finding being walked through, of `findings`.
    pub fn walked<'a>(
        &self,
        findings: &'a [crate::analysis::Finding],
    ) -> Option<&'a crate::analysis::Finding> {
        let at = self.walk?;
        self.order(findings).get(at).and_then(|&i| findings.get(i))
    }

    /// Present (or stop): the panels go away, so the whole map glides into the room that
    /// frees up; full screen where asked.
    pub fn set_presenting(
        &mut self,
        on: bool,
        fullscreen: bool,
        canvas: &mut Canvas,
        ctx: Option<&egui::Context>,
    ) {
        if on && !self.presenting {
            canvas.ease_fit_next_frame();
        }
        if let Some(ctx) = ctx
            && (fullscreen || self.fullscreen)
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on && fullscreen));
        }
        self.presenting = on;
        self.overview = None;
        self.unspread = None;
        self.fullscreen = on && fullscreen;
    }

    /// Focus off → 1 → 2 → 3 → off (the focus is the canvas's: it fades what is far).
    pub fn cycle_focus(canvas: &mut Canvas) -> Option<Said> {
        canvas.focus_depth = match canvas.focus_depth {
            None => Some(1),
            Some(d) if d < MAX_FOCUS => Some(d + 1),
            Some(_) => None,
        };
        (canvas.focus_depth.is_some() && canvas.selection.stakeholders.is_empty())
            .then(|| text::FOCUS_IS_ON_SELECT_A.into())
    }

    /// Go `delta` findings on (±1), wrapping around; the first step starts at the first (→)
    /// or the last (←) finding. While walking through parts, the parts.
    pub fn walk(
        &mut self,
        doc: &Document,
        canvas: &mut Canvas,
        lang: Lang,
        delta: isize,
    ) -> Option<Said> {
        if self.part.is_some() {
            self.step_part(doc, canvas, lang, delta);
            return None;
        }
        let findings = &doc.shown_analysis().findings;
        let order = self.order(findings);
        let n = order.len();
        if n == 0 {
            self.walk = None;
            return Some(text::NO_FINDINGS_NO_INTEGRATION_IS.into());
        }
        let next = match self.walk {
            None if delta >= 0 => 0,
            None => n - 1,
            Some(i) => (i.min(n - 1) as isize + delta).rem_euclid(n as isize) as usize,
        };
        self.walk = Some(next);
        let ids = walked_stakeholders(findings, order[next]);
        canvas.selection.clear();
        canvas.selection.stakeholders.extend(ids.iter().cloned());
        // Keep the stakeholders clear of the sentence shown over the top of the map (in front
        // of the room it is a strip of its own, outside the canvas).
        let inset = if self.presenting {
            0.0
        } else {
            self.banner_bottom
                .map_or(170.0, |b| (b - canvas.rect().top() + 12.0).max(0.0))
        };
        canvas.ease_on(doc, &ids, inset);
        None
    }

    /// Start (or stop) walking through the map in parts, one domain at a time.
    pub fn walk_parts(&mut self, doc: &Document, canvas: &mut Canvas, lang: Lang) {
        if self.part.take().is_some() {
            canvas.selection.clear();
            canvas.ease_fit();
            return;
        }
        self.walk = None;
        self.step_part(doc, canvas, lang, 1);
    }

    /// Go `delta` parts on (±1), wrapping around.
    fn step_part(&mut self, doc: &Document, canvas: &mut Canvas, lang: Lang, delta: isize) {
        let parts = parts(doc.map(), lang);
        let n = parts.len();
        if n == 0 {
            self.part = None;
            return;
        }
        let next = match self.part {
            None if delta >= 0 => 0,
            None => n - 1,
            Some(i) => (i.min(n - 1) as isize + delta).rem_euclid(n as isize) as usize,
        };
        self.part = Some(next);
        let ids = &parts[next].1;
        canvas.selection.clear();
        canvas.selection.stakeholders.extend(ids.iter().cloned());
        canvas.ease_on_part(ids);
    }

    /// Lay the map out: at once for a small map, on a worker thread for a big one (woken
    /// through `ctx`).
    pub fn start_layout(
        &mut self,
        doc: &Document,
        ctx: Option<egui::Context>,
        layout: impl FnOnce(&crate::model::Map) -> Laid + Send + 'static,
    ) -> Started {
        if self.layout.is_some() {
            return Started::Busy;
        }
        if doc.map().stakeholder_count() <= LAYOUT_IN_BACKGROUND {
            return Started::Now(layout(doc.map()));
        }
        let map = doc.map().clone();
        self.layout = Some(RunningLayout {
            revision: doc.revision(),
            result: Some(work::spawn("layout", ctx, move || layout(&map))),
        });
        Started::Running
    }

    /// A background layout once it is done: `Ok` to apply to the map at `revision` (a worker
    /// that died gives nothing to move), `Err` when the map changed meanwhile.
    pub fn poll_layout(&mut self, revision: Option<u64>) -> Option<Result<Laid, ()>> {
        let running = self.layout.as_mut()?;
        // A worker that died gives nothing to move.
        let laid = work::take_ready(&mut running.result)?.unwrap_or_default();
        let ran_for = running.revision;
        self.layout = None;
        Some(if revision == Some(ran_for) {
            Ok(laid)
        } else {
            Err(())
        })
    }

    /// Wait for a background layout (tests and benchmarks); `None` if none ran or the map
    /// changed meanwhile.
    pub fn wait_layout(&mut self, revision: Option<u64>) -> Option<Laid> {
        let mut running = self.layout.take()?;
        let laid = work::wait(&mut running.result)
            .and_then(Result::ok)
            .unwrap_or_default();
        (revision == Some(running.revision)).then_some(laid)
    }

    /// The line for the part being shown ("Zorg · 2 / 5 · …"), or in a presentation of a map
    /// too big to show whole with names for the back row, the offer to walk through it.
    /// `need_px` and `now_px`: the capitals the room needs and those shown now.
    pub fn part_line(
        &mut self,
        doc: &Document,
        lang: Lang,
        room: Room,
        (need_px, now_px): (f32, f32),
    ) -> Option<String> {
        if let Some(i) = self.part {
            let parts = parts(doc.map(), lang);
            let Some((name, _)) = parts.get(i) else {
                self.part = None;
                return None;
            };
            return Some(format!(
                "{name} · {} / {} · {}",
                i + 1,
                parts.len(),
                text::PGDN_NEXT_PGUP_PREVIOUS_ESC.get(lang)
            ));
        }
        // (Also while the view settles: the line is a strip of its own over the map, and a strip
        // that came and went with each glide would move the map every time.)
        if !(self.presenting && self.walk.is_none() && self.overview.is_some()) {
            return None;
        }
        Some(crate::tr!(
            lang,
            "does-not-fit",
            m = crate::i18n::decimal(f64::from(room.distance_m), 0, lang),
            inch = crate::i18n::decimal(f64::from(room.screen_inch), 0, lang),
            need = format!("{need_px:.0}"),
            now = format!("{now_px:.0}")
        ))
    }

    /// The finding being walked through, as the walkthrough's banner shows it (`min_text`: the
    /// names' size on the canvas now).
    pub fn walk_banner(&mut self, doc: &Document, lang: Lang, min_text: f32) -> Option<Walk> {
        let analysis = doc.shown_analysis();
        let findings = &analysis.findings;
        let i = self.walk?;
        let Some(f) = self.walked(findings) else {
            self.walk = None;
            return None;
        };
        let mut rule = f.rule.title(lang).to_owned();
        let votes = self
            .votes
            .get(&crate::live::finding_key(f.rule, &f.stakeholders))
            .copied()
            .unwrap_or(0);
        if votes > 0 {
            rule = format!(
                "{rule} · {} {}",
                "●".repeat(votes.min(10)),
                crate::tr!(lang, "votes-count", n = votes)
            );
        }
        if analysis.is_contested(f) {
            rule = format!("{rule} · ? {}", text::RESTS_ON_CONTESTED.get(lang));
        }
        // Three or more sharing an interest: their one sentence.
        let mut sentence = None;
        if f.rule == crate::analysis::Rule::SharedInterestWithoutCollaboration {
            let all: Vec<&crate::analysis::Finding> = findings.iter().collect();
            sentence = crate::analysis::interest_groups(&all, doc.shown_map(), lang)
                .into_iter()
                .find(|g| std::ptr::eq(all[g.findings[0]], f))
                .map(|g| g.sentence);
        }
        Some(Walk {
            counter: format!("{} / {}", i + 1, self.order(findings).len()),
            rule,
            actions: doc
                .map()
                .actions()
                .iter()
                .filter(|a| a.is_on(f.rule, &f.stakeholders))
                .map(|a| crate::export::pack::action_line(doc.map(), a, lang))
                .collect(),
            sentence: sentence.unwrap_or_else(|| f.message(doc.shown_map(), lang)),
            // In front of the room: the names' size, for the back row (in a strip of its own
            // over the map, `panels::presentation::strip`).
            size: if self.presenting { min_text } else { 22.0 },
            top: if self.presenting { 12.0 } else { 110.0 },
        })
    }

    /// Where the walkthrough's banner ended up: the view keeps the finding clear of it when it
    /// sits at the top.
    pub fn walk_banner_at(&mut self, canvas: &Canvas, r: egui::Rect) {
        self.banner_bottom = Some(if r.center().y < canvas.rect().center().y {
            r.bottom()
        } else {
            canvas.rect().top()
        });
    }
}

/// Pin the selected stakeholders, or unpin them if all are pinned.
pub fn pin(doc: &Document, selection: &Selection) -> Option<Command> {
    let ids: Vec<StakeholderId> = selection.stakeholders.iter().cloned().collect();
    if ids.is_empty() {
        return None;
    }
    let all_pinned = ids
        .iter()
        .all(|id| doc.map().stakeholder(id).is_some_and(|s| s.pinned));
    Some(Command::Pin {
        ids,
        pinned: !all_pinned,
    })
}

/// The parts a map is walked through in when it cannot be shown whole: one per domain (by
/// name), then the stakeholders without one; a map without domains in parts of at most
/// `PART_SIZE`, left to right. Each part is (its name, its stakeholders' ids).
pub fn parts(
    map: &crate::model::Map,
    lang: crate::lang::Lang,
) -> Vec<(String, Vec<StakeholderId>)> {
    const PART_SIZE: usize = 8;
    let mut by_domain: std::collections::BTreeMap<&str, Vec<StakeholderId>> =
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
    let mut parts: Vec<(String, Vec<StakeholderId>)> = by_domain
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
                crate::tr!(lang, "part-n", n = k + 1),
                c.iter().map(|s| s.id.clone()).collect(),
            )
        })
        .collect()
}

/// Whom a step of the walkthrough shows: the finding's stakeholders and what links them, or
/// a shared-interest group's all.
fn walked_stakeholders(findings: &[crate::analysis::Finding], i: usize) -> Vec<StakeholderId> {
    let all: Vec<&crate::analysis::Finding> = findings.iter().collect();
    if let Some((members, via, _)) = crate::analysis::interest_sets(&all)
        .into_iter()
        .find(|(_, _, idx)| idx[0] == i)
    {
        return members.into_iter().chain(via).collect();
    }
    let f = &findings[i];
    f.stakeholders.iter().chain(&f.via).cloned().collect()
}
