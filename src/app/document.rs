//! The open map with its file, analysis and undo history. Every change to the map goes through
//! [`Document::apply`]: the UI asks with a [`Command`], this one place changes the map.
//!
//! Over 500 lines because of its tests (every command undone and redone).

use std::collections::VecDeque;
use std::path::PathBuf;

use crate::analysis::{self, Analysis, BetweennessPolicy, DomainPair};
use crate::model::{
    ActionId, ActionItem, Map, ModelError, Relation, RelationId, ScenarioId, Stakeholder,
    StakeholderId,
};

/// An edit the UI asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    AddStakeholder(Stakeholder),
    /// Replace a stakeholder's fields (matched by id).
    UpdateStakeholder(Stakeholder),
    /// Move stakeholders to new positions (one undo step for a whole drag or a tidy layout).
    Move(Vec<(StakeholderId, f64, f64)>),
    /// Pin or unpin stakeholders: pinned ones stay put when the map is tidied.
    Pin {
        ids: Vec<StakeholderId>,
        pinned: bool,
    },
    /// Delete stakeholders with their relations, and relations.
    Delete {
        stakeholders: Vec<StakeholderId>,
        relations: Vec<RelationId>,
    },
    Connect(Relation),
    UpdateRelation(Relation),
    ReverseRelation(RelationId),
    SetTitle(String),
    SetDescription(String),
    /// Replace the whole map (tidy layouts, restoring a recovery copy).
    Replace(Box<Map>),
    /// Copy the active scenario under a new name (as typed) and make the copy active.
    DuplicateScenario(String),
    /// A new scenario (its name as typed) with the same stakeholders and no relations, made
    /// active.
    AddScenario(String),
    /// Rename a scenario to a name as typed.
    RenameScenario {
        from: ScenarioId,
        to: String,
    },
    /// Delete a scenario (not the last one).
    RemoveScenario(ScenarioId),
    /// Add an action on a finding, or replace the one with its id.
    PutAction(ActionItem),
    RemoveAction(ActionId),
    /// Several commands as one undo step (a new partner with its relation; a pasted list).
    /// Refused whole if any is refused.
    Batch(Vec<Command>),
}

impl Command {
    /// The command with its texts [`crate::model::cleaned`]: names, labels, ids as text,
    /// scenario names and actions as one line; notes and the description with their lines.
    fn cleaned(self) -> Command {
        use crate::model::cleaned;
        let line = |t: String| cleaned(&t, false);
        let lines = |t: String| cleaned(&t, true);
        let stakeholder = |mut s: Stakeholder| {
            s.name = line(s.name);
            s.domain = line(s.domain);
            s.notes = lines(s.notes);
            s.source = s.source.map(line);
            s
        };
        let relation = |mut r: crate::model::Relation| {
            r.label = line(r.label);
            r.notes = lines(r.notes);
            r.source = r.source.map(line);
            r.date = r.date.map(line);
            r
        };
        match self {
            Command::AddStakeholder(s) => Command::AddStakeholder(stakeholder(s)),
            Command::UpdateStakeholder(s) => Command::UpdateStakeholder(stakeholder(s)),
            Command::Connect(r) => Command::Connect(relation(r)),
            Command::UpdateRelation(r) => Command::UpdateRelation(relation(r)),
            Command::SetTitle(t) => Command::SetTitle(line(t)),
            Command::SetDescription(t) => Command::SetDescription(lines(t)),
            Command::DuplicateScenario(t) => Command::DuplicateScenario(line(t)),
            Command::AddScenario(t) => Command::AddScenario(line(t)),
            Command::RenameScenario { from, to } => Command::RenameScenario { from, to: line(to) },
            Command::PutAction(mut a) => {
                a.what = line(a.what);
                a.owner = a.owner.map(line);
                a.due = a.due.map(line);
                Command::PutAction(a)
            }
            Command::Batch(cmds) => {
                Command::Batch(cmds.into_iter().map(Command::cleaned).collect())
            }
            other => other,
        }
    }
}

/// Why a relation of `kind` from `from` to `to` would not be drawn: a partner to itself, or the
/// same relation is there already (either way round for the kinds without direction).
pub fn relation_refusal(
    map: &Map,
    from: &StakeholderId,
    to: &StakeholderId,
    kind: crate::model::RelationKind,
) -> Option<super::text::Text> {
    if from == to {
        return Some(super::text::RELATION_TO_ITSELF);
    }
    let same = map.relations().any(|r| {
        r.kind == kind
            && ((&r.from == from && &r.to == to)
                || (!kind.is_directed() && &r.from == to && &r.to == from))
    });
    same.then_some(super::text::RELATION_EXISTS)
}

/// One change to the map, as undo puts it back: small (a stakeholder, a relation, a position),
/// so a step costs what it touched, not a copy of the whole map.
#[derive(Debug, Clone)]
enum Undo {
    /// Put this stakeholder back as it was (re-adding it if it was deleted).
    Stakeholder(Box<Stakeholder>),
    RemoveStakeholder(StakeholderId),
    Position(StakeholderId, f64, f64),
    /// Put this relation back as it was (re-adding it if it was deleted).
    Relation(Box<Relation>),
    RemoveRelation(RelationId),
    Title(String),
    Description(String),
    Map(Box<Map>),
    /// Put this action back as it was (re-adding it if it was deleted).
    Action(Box<ActionItem>),
    RemoveAction(ActionId),
}

/// An undo step: the changes that take the map back, in the order they were recorded (made
/// last one first). Undoing records, the same way, the changes that take it forward again.
#[derive(Debug)]
struct Step {
    changes: Vec<Undo>,
    /// The state id before the step and after it.
    before: u64,
    after: u64,
    /// The active scenario before the step and after it: undo goes back to the scenario the
    /// step was made in, so its changes land where they were made.
    scenario_before: ScenarioId,
    scenario_after: ScenarioId,
}

/// Undo as the changes each command made, at most [`MAX_UNDO`] steps.
#[derive(Debug, Default)]
struct History {
    undo: VecDeque<Step>,
    redo: Vec<Step>,
}

/// Undo depth, as in egui and Graphite; older steps are dropped.
pub const MAX_UNDO: usize = 100;

/// How the map is looked at (not saved, not undone): compared with another scenario, or
/// as one participant sees it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lens {
    /// Compare the active scenario with this one: what it had and this has not as ghosts,
    /// what came or changed marked.
    pub compare_from: Option<ScenarioId>,
    /// Show only the relations this source claimed, and those nobody claimed.
    pub seen_by: Option<String>,
}

/// The map as the lens shows it, with its analysis and marks.
struct View {
    map: Map,
    analysis: Analysis,
    marks: crate::scene::Marks,
    /// The comparison and the scenario compared from.
    comparison: Option<(crate::analysis::Comparison, Map)>,
}

pub struct Document {
    map: Map,
    lens: Lens,
    /// `None` when the lens shows the map as it is.
    view: Option<View>,
    /// See [`Document::sources`].
    sources: Vec<String>,
    pub path: Option<PathBuf>,
    analysis: Analysis,
    /// Between every two domains (zones' badges and the findings panel), with the analysis.
    domain_pairs: Vec<DomainPair>,
    history: History,
    /// Bumped on every change, undo included: views cache by it.
    revision: u64,
    /// Identifies the content: undo returns to an earlier id, so undoing back to the saved
    /// state is "not dirty" again.
    state_id: u64,
    next_state_id: u64,
    saved_state: u64,
    /// The file at `path` as we last read or wrote it: a save first checks that nobody else
    /// changed it since.
    pub disk: Option<crate::io::FileStamp>,
}

impl Document {
    pub fn new(map: Map, path: Option<PathBuf>) -> Self {
        let analysis = analysis::analyze_with(&map, BetweennessPolicy::Skip);
        let domain_pairs = analysis::domain_summary(&map);
        Document {
            sources: sources_of(&map),
            map,
            lens: Lens::default(),
            view: None,
            path,
            analysis,
            domain_pairs,
            history: History::default(),
            revision: 0,
            state_id: 0,
            next_state_id: 1,
            saved_state: 0,
            disk: None,
        }
    }

    pub fn map(&self) -> &Map {
        &self.map
    }

    pub fn analysis(&self) -> &Analysis {
        &self.analysis
    }

    /// The lens the map is seen through.
    pub fn lens(&self) -> &Lens {
        &self.lens
    }

    /// Look at the map through another lens (a comparison, someone's view).
    pub fn set_lens(&mut self, lens: Lens) {
        if lens != self.lens {
            self.lens = lens;
            self.refresh_view();
            self.revision += 1;
        }
    }

    /// The map as shown: with a comparison's ghosts, or only one source's relations.
    pub fn shown_map(&self) -> &Map {
        self.view.as_ref().map_or(&self.map, |v| &v.map)
    }

    /// The analysis of what is shown (a comparison's: the active scenario's own; someone's
    /// view: of the relations they see).
    pub fn shown_analysis(&self) -> &Analysis {
        self.view.as_ref().map_or(&self.analysis, |v| &v.analysis)
    }

    /// A comparison's marks (empty without one).
    pub fn marks(&self) -> Option<&crate::scene::Marks> {
        self.view.as_ref().map(|v| &v.marks)
    }

    /// The comparison shown, with the map of the scenario compared from.
    pub fn comparison(&self) -> Option<(&crate::analysis::Comparison, &Map)> {
        self.view
            .as_ref()
            .and_then(|v| v.comparison.as_ref().map(|(c, m)| (c, m)))
    }

    /// The sources named on the active scenario's relations, sorted, each once (kept with the
    /// analysis: the scenario row asks every frame).
    pub fn sources(&self) -> &[String] {
        &self.sources
    }

    /// Build what the lens shows (after every change: the view follows the map).
    fn refresh_view(&mut self) {
        self.view = None;
        let mut shown: Option<Map> = None;
        let mut marks = crate::scene::Marks::default();
        let mut comparison = None;
        if let Some(from) = &self.lens.compare_from
            && from != self.map.scenario()
            && let Ok(from_map) = self.map.scenario_map(from)
            && let Ok(to_map) = self.map.scenario_map(self.map.scenario())
        {
            let from_analysis = analysis::analyze_with(&from_map, BetweennessPolicy::Skip);
            let c = analysis::compare_analysed(&from_map, &from_analysis, &to_map, &self.analysis);
            match crate::scene::compare::overlay(&from_map, &to_map, &c) {
                Ok((m, k)) => {
                    shown = Some(m);
                    marks = k;
                    comparison = Some((c, from_map));
                }
                Err(e) => log::error!("the comparison could not be drawn: {e}"),
            }
        }
        let mut analysis = None;
        if let Some(who) = &self.lens.seen_by {
            let base = shown
                .take()
                .map_or_else(|| self.map.scenario_map(self.map.scenario()).ok(), Some);
            if let Some(mut m) = base {
                let others: Vec<RelationId> = m
                    .relations()
                    .filter(|r| {
                        r.source
                            .as_deref()
                            .map(str::trim)
                            .is_some_and(|s| !s.is_empty() && s != who.as_str())
                    })
                    .map(|r| r.id.clone())
                    .collect();
                for id in others {
                    if m.remove_relation(&id).is_err() {
                        log::debug!("relation {id} went missing while filtering");
                    }
                }
                analysis = Some(analysis::analyze_with(&m, BetweennessPolicy::Skip));
                shown = Some(m);
            }
        }
        if let Some(map) = shown {
            self.view = Some(View {
                analysis: analysis.unwrap_or_else(|| self.analysis.clone()),
                map,
                marks,
                comparison,
            });
        }
    }

    pub fn domain_pairs(&self) -> &[DomainPair] {
        &self.domain_pairs
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn is_dirty(&self) -> bool {
        self.state_id != self.saved_state
    }

    pub fn mark_saved(&mut self, path: PathBuf) {
        self.path = Some(path);
        self.saved_state = self.state_id;
    }

    /// Treat the current state as clean without saving (its changes were discarded), keeping
    /// the path as it is.
    pub fn mark_clean(&mut self) {
        self.saved_state = self.state_id;
    }

    /// Mark as changed (e.g. a restored recovery copy that was never saved).
    pub fn mark_unsaved(&mut self) {
        self.saved_state = u64::MAX;
    }

    pub fn can_undo(&self) -> bool {
        !self.history.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.history.redo.is_empty()
    }

    /// Apply a command as one undo step. A refused command leaves the map untouched; one that
    /// changes nothing (a move to where it is) is no step.
    pub fn apply(&mut self, cmd: Command) -> Result<(), ModelError> {
        // Text as the file loader accepts it (a pasted tab, a direction mark from a web page):
        // what is saved always opens again.
        let cmd = cmd.cleaned();
        let renamed = match &cmd {
            Command::RenameScenario { from, to } => Some((from.clone(), to.clone())),
            _ => None,
        };
        let scenario_before = self.map.scenario().clone();
        let changes = apply_to(&mut self.map, cmd)?;
        // A comparison follows the scenario it compares with when that is renamed.
        if let Some((from, to)) = renamed
            && self.lens.compare_from.as_ref() == Some(&from)
        {
            self.lens.compare_from = self
                .map
                .scenario_names()
                .into_iter()
                .find(|n| n.as_str() == to)
                .cloned();
        }
        if changes.is_empty() {
            return Ok(());
        }
        let after = self.next_state_id;
        self.next_state_id += 1;
        self.history.undo.push_back(Step {
            changes,
            before: self.state_id,
            after,
            scenario_before,
            scenario_after: self.map.scenario().clone(),
        });
        self.state_id = after;
        while self.history.undo.len() > MAX_UNDO {
            self.history.undo.pop_front();
        }
        self.history.redo.clear();
        self.changed();
        Ok(())
    }

    /// How many steps can be undone.
    pub fn undo_depth(&self) -> usize {
        self.history.undo.len()
    }

    /// Show another scenario of the map. Not an edit: nothing to save, no undo step (undo
    /// comes back to the scenario of the step it undoes).
    pub fn switch_scenario(&mut self, name: &ScenarioId) -> Result<(), ModelError> {
        if name == self.map.scenario() {
            return Ok(());
        }
        self.map.switch_scenario(name)?;
        self.changed();
        Ok(())
    }

    pub fn undo(&mut self) -> bool {
        let Some(step) = self.history.undo.pop_back() else {
            return false;
        };
        self.go_to_scenario(&step.scenario_after);
        let changes = replay(&mut self.map, step.changes);
        self.state_id = step.before;
        self.history.redo.push(Step { changes, ..step });
        self.changed();
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some(step) = self.history.redo.pop() else {
            return false;
        };
        self.go_to_scenario(&step.scenario_before);
        let changes = replay(&mut self.map, step.changes);
        self.state_id = step.after;
        self.history.undo.push_back(Step { changes, ..step });
        self.changed();
        true
    }

    /// Before replaying a step: the scenario it was made in (which exists: scenario changes
    /// are steps too, so the history leads back through them).
    fn go_to_scenario(&mut self, name: &ScenarioId) {
        if let Err(err) = self.map.switch_scenario(name) {
            debug_assert!(false, "undo in a scenario that is gone: {err}");
            log::error!("undo in a scenario that is gone: {err}");
        }
    }

    fn changed(&mut self) {
        self.revision += 1;
        // Compared with a scenario that is gone (deleted, renamed by undo): stop comparing.
        if let Some(from) = &self.lens.compare_from
            && !self.map.scenario_names().contains(&from)
        {
            self.lens.compare_from = None;
        }
        // The overlay does not show betweenness: skip it so big maps stay responsive.
        self.analysis = analysis::analyze_with(&self.map, BetweennessPolicy::Skip);
        self.domain_pairs = analysis::domain_summary(&self.map);
        self.sources = sources_of(&self.map);
        if self.lens != Lens::default() {
            self.refresh_view();
        }
    }
}

/// The sources named on `map`'s relations, sorted, each once.
fn sources_of(map: &Map) -> Vec<String> {
    let mut v: Vec<String> = map
        .relations()
        .filter_map(|r| r.source.as_deref().map(str::trim))
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Apply `cmd` to `map` in place; returns how to undo it (empty when nothing changed). A
/// refused command is rolled back: the map is left as it was.
fn apply_to(map: &mut Map, cmd: Command) -> Result<Vec<Undo>, ModelError> {
    let mut back = Vec::new();
    match changes(map, cmd, &mut back) {
        Ok(()) => Ok(back),
        Err(err) => {
            replay(map, back);
            Err(err)
        }
    }
}

/// Make the command's changes one by one, recording in `back` how to undo each as it is made.
fn changes(map: &mut Map, cmd: Command, back: &mut Vec<Undo>) -> Result<(), ModelError> {
    let old_stakeholder = |map: &Map, id: &StakeholderId| {
        map.stakeholder(id)
            .cloned()
            .ok_or_else(|| ModelError::NoSuchStakeholder(id.to_string()))
    };
    let old_relation = |map: &Map, id: &RelationId| {
        map.relation(id)
            .cloned()
            .ok_or_else(|| ModelError::NoSuchRelation(id.to_string()))
    };
    match cmd {
        Command::AddStakeholder(s) => {
            let id = s.id.clone();
            map.add_stakeholder(s)?;
            back.push(Undo::RemoveStakeholder(id));
        }
        Command::UpdateStakeholder(s) => {
            let old = old_stakeholder(map, &s.id)?;
            if old != s {
                map.update_stakeholder(s)?;
                back.push(Undo::Stakeholder(Box::new(old)));
            }
        }
        Command::Move(moves) => {
            for (id, x, y) in moves {
                let old = map
                    .stakeholder(&id)
                    .map(|s| (s.x, s.y))
                    .ok_or_else(|| ModelError::NoSuchStakeholder(id.to_string()))?;
                if old != (x, y) {
                    map.set_position(&id, x, y)?;
                    back.push(Undo::Position(id, old.0, old.1));
                }
            }
        }
        Command::Pin { ids, pinned } => {
            for id in ids {
                let old = old_stakeholder(map, &id)?;
                if old.pinned != pinned {
                    let mut s = old.clone();
                    s.pinned = pinned;
                    map.update_stakeholder(s)?;
                    back.push(Undo::Stakeholder(Box::new(old)));
                }
            }
        }
        Command::Delete {
            stakeholders,
            relations,
        } => {
            for r in relations {
                // Already gone with a deleted stakeholder is fine.
                if map.relation(&r).is_some() {
                    back.push(Undo::Relation(Box::new(map.remove_relation(&r)?)));
                }
            }
            for s in stakeholders {
                let (s, rs) = map.remove_stakeholder(&s)?;
                // Undone last first: the stakeholder comes back before its relations.
                back.extend(rs.into_iter().map(|r| Undo::Relation(Box::new(r))));
                back.push(Undo::Stakeholder(Box::new(s)));
            }
        }
        Command::Connect(r) => {
            let id = r.id.clone();
            map.add_relation(r)?;
            back.push(Undo::RemoveRelation(id));
        }
        Command::UpdateRelation(r) => {
            let old = old_relation(map, &r.id)?;
            if old != r {
                map.update_relation(r)?;
                back.push(Undo::Relation(Box::new(old)));
            }
        }
        Command::ReverseRelation(id) => {
            let old = old_relation(map, &id)?;
            let mut r = old.clone();
            std::mem::swap(&mut r.from, &mut r.to);
            if r != old {
                map.update_relation(r)?;
                back.push(Undo::Relation(Box::new(old)));
            }
        }
        Command::SetTitle(t) => {
            if map.title != t {
                back.push(Undo::Title(std::mem::replace(&mut map.title, t)));
            }
        }
        Command::SetDescription(d) => {
            if map.description != d {
                back.push(Undo::Description(std::mem::replace(
                    &mut map.description,
                    d,
                )));
            }
        }
        Command::Replace(m) => {
            if *map != *m {
                back.push(Undo::Map(Box::new(std::mem::replace(map, *m))));
            }
        }
        // Scenario changes are rare and touch the whole map's arrangement: a copy undoes them.
        Command::DuplicateScenario(name) => {
            let old = map.clone();
            map.duplicate_scenario(&name)?;
            back.push(Undo::Map(Box::new(old)));
        }
        Command::AddScenario(name) => {
            let old = map.clone();
            map.add_empty_scenario(&name)?;
            back.push(Undo::Map(Box::new(old)));
        }
        Command::RenameScenario { from, to } => {
            if from != to.as_str() {
                let old = map.clone();
                map.rename_scenario(&from, &to)?;
                back.push(Undo::Map(Box::new(old)));
            }
        }
        Command::RemoveScenario(name) => {
            let old = map.clone();
            map.remove_scenario(&name)?;
            back.push(Undo::Map(Box::new(old)));
        }
        Command::PutAction(a) => {
            if map.action(&a.id) != Some(&a) {
                let id = a.id.clone();
                match map.put_action(a)? {
                    Some(old) => back.push(Undo::Action(Box::new(old))),
                    None => back.push(Undo::RemoveAction(id)),
                }
            }
        }
        Command::RemoveAction(id) => {
            back.push(Undo::Action(Box::new(map.remove_action(&id)?)));
        }
        Command::Batch(cmds) => {
            for c in cmds {
                changes(map, c, back)?;
            }
        }
    }
    back.shrink_to_fit();
    Ok(())
}

/// Make the `changes` (last one first), returning the changes that take the map back again.
/// Each change is made on the state it was recorded on, so none is refused.
fn replay(map: &mut Map, changes: Vec<Undo>) -> Vec<Undo> {
    let mut back = Vec::with_capacity(changes.len());
    for u in changes.into_iter().rev() {
        if let Err(err) = put_back(map, u, &mut back) {
            debug_assert!(false, "undo refused: {err}");
        }
    }
    back
}

/// Make one change, recording in `back` how to undo it.
fn put_back(map: &mut Map, u: Undo, back: &mut Vec<Undo>) -> Result<(), ModelError> {
    match u {
        Undo::Stakeholder(s) => {
            if let Some(old) = map.stakeholder(&s.id).cloned() {
                map.update_stakeholder(*s)?;
                back.push(Undo::Stakeholder(Box::new(old)));
            } else {
                let id = s.id.clone();
                map.add_stakeholder(*s)?;
                back.push(Undo::RemoveStakeholder(id));
            }
        }
        Undo::RemoveStakeholder(id) => {
            let (s, rs) = map.remove_stakeholder(&id)?;
            back.extend(rs.into_iter().map(|r| Undo::Relation(Box::new(r))));
            back.push(Undo::Stakeholder(Box::new(s)));
        }
        Undo::Position(id, x, y) => {
            let old = map
                .stakeholder(&id)
                .map(|s| (s.x, s.y))
                .ok_or_else(|| ModelError::NoSuchStakeholder(id.to_string()))?;
            map.set_position(&id, x, y)?;
            back.push(Undo::Position(id, old.0, old.1));
        }
        Undo::Relation(r) => {
            if let Some(old) = map.relation(&r.id).cloned() {
                map.update_relation(*r)?;
                back.push(Undo::Relation(Box::new(old)));
            } else {
                let id = r.id.clone();
                map.add_relation(*r)?;
                back.push(Undo::RemoveRelation(id));
            }
        }
        Undo::RemoveRelation(id) => {
            back.push(Undo::Relation(Box::new(map.remove_relation(&id)?)));
        }
        Undo::Title(t) => back.push(Undo::Title(std::mem::replace(&mut map.title, t))),
        Undo::Description(d) => back.push(Undo::Description(std::mem::replace(
            &mut map.description,
            d,
        ))),
        Undo::Map(m) => back.push(Undo::Map(Box::new(std::mem::replace(map, *m)))),
        Undo::Action(a) => {
            let id = a.id.clone();
            match map.put_action(*a)? {
                Some(old) => back.push(Undo::Action(Box::new(old))),
                None => back.push(Undo::RemoveAction(id)),
            }
        }
        Undo::RemoveAction(id) => {
            back.push(Undo::Action(Box::new(map.remove_action(&id)?)));
        }
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // Positions are set, not computed: exact.
mod tests {
    use super::*;
    use crate::model::test_ids::{aid, rid, scn, sid};
    use crate::model::{RelationKind, StakeholderKind};

    /// Text pasted with a tab, a direction mark or a control character is kept as the file
    /// loader accepts it: what the editor saves always opens again.
    #[test]
    fn pasted_text_saves_as_a_file_that_opens_again() {
        let mut m = Map::new("t");
        for id in ["a", "b"] {
            m.add_stakeholder(Stakeholder::new(
                sid(id),
                id,
                StakeholderKind::Welfare,
                0.0,
                0.0,
            ))
            .unwrap();
        }
        let mut doc = Document::new(m, None);
        let mut s = doc.map().stakeholder("a").unwrap().clone();
        s.name = "Gemeente\tNoord\u{202b}\u{1b}[2J".into();
        s.notes = "eerste\n\ttweede\u{7}".into();
        doc.apply(Command::UpdateStakeholder(s)).unwrap();
        let mut r = Relation::new(rid("r1"), RelationKind::Dependency, sid("a"), sid("b"));
        r.label = "inkoop\u{9b}".into();
        doc.apply(Command::Connect(r)).unwrap();
        doc.apply(Command::SetTitle("Titel\u{2066}".into()))
            .unwrap();
        let s = doc.map().stakeholder("a").unwrap();
        assert_eq!(s.name, "Gemeente Noord[2J");
        assert_eq!(s.notes, "eerste\n\ttweede");
        let bytes = crate::io::to_bytes(doc.map()).unwrap();
        let again = crate::io::from_bytes(&bytes).expect("the saved map opens");
        assert_eq!(again.title, "Titel");
    }

    #[test]
    fn scenario_operations_are_undone_and_undo_returns_to_the_steps_scenario() {
        let mut m = Map::new("t");
        for id in ["a", "b"] {
            m.add_stakeholder(Stakeholder::new(
                sid(id),
                id,
                StakeholderKind::Welfare,
                0.0,
                0.0,
            ))
            .unwrap();
        }
        let mut doc = Document::new(m, None);
        doc.apply(Command::Connect(Relation::new(
            rid("r1"),
            RelationKind::Dependency,
            sid("a"),
            sid("b"),
        )))
        .unwrap();
        doc.apply(Command::DuplicateScenario("Straks".into()))
            .unwrap();
        assert_eq!(doc.map().scenario_names(), ["Nu", "Straks"]);
        doc.apply(Command::Connect(Relation::new(
            rid("r2"),
            RelationKind::Collaboration,
            sid("a"),
            sid("b"),
        )))
        .unwrap();
        // Switching is no edit.
        let dirty = doc.is_dirty();
        let depth = doc.undo_depth();
        doc.switch_scenario(&scn("Nu")).unwrap();
        assert_eq!(doc.map().relation_count(), 1);
        assert_eq!((doc.is_dirty(), doc.undo_depth()), (dirty, depth));
        // Undo takes back r2 in Straks, where it was made.
        assert!(doc.undo());
        assert_eq!(doc.map().scenario(), "Straks");
        assert_eq!(doc.map().relation_count(), 1);
        // Undo the duplicate: back to one scenario.
        assert!(doc.undo());
        assert_eq!(doc.map().scenario_names(), ["Nu"]);
        assert!(doc.redo());
        assert!(doc.redo());
        assert_eq!(doc.map().scenario(), "Straks");
        assert_eq!(doc.map().relation_count(), 2);
        assert_eq!(
            doc.apply(Command::DuplicateScenario("Nu".into())),
            Err(ModelError::ScenarioNameTaken("Nu".into()))
        );
        doc.apply(Command::RenameScenario {
            from: scn("Straks"),
            to: "Na de pilot".into(),
        })
        .unwrap();
        doc.apply(Command::RemoveScenario(scn("Nu"))).unwrap();
        assert_eq!(doc.map().scenario_names(), ["Na de pilot"]);
        assert!(doc.undo());
        assert!(doc.undo());
        assert_eq!(doc.map().scenario_names(), ["Nu", "Straks"]);
    }

    #[test]
    fn actions_are_added_changed_and_removed_as_undoable_steps() {
        let mut doc = Document::new(Map::new("t"), None);
        let a = crate::model::ActionItem {
            id: aid("a1"),
            rule: crate::analysis::Rule::Isolated,
            stakeholders: vec![sid("x")],
            what: "Bellen".into(),
            owner: None,
            due: None,
            status: crate::model::ActionStatus::Open,
        };
        doc.apply(Command::PutAction(a.clone())).unwrap();
        let done = crate::model::ActionItem {
            status: crate::model::ActionStatus::Done,
            ..a.clone()
        };
        doc.apply(Command::PutAction(done.clone())).unwrap();
        assert_eq!(doc.map().action("a1"), Some(&done));
        assert!(doc.undo());
        assert_eq!(doc.map().action("a1"), Some(&a));
        doc.apply(Command::RemoveAction(aid("a1"))).unwrap();
        assert!(doc.map().actions().is_empty());
        assert!(doc.undo());
        assert!(doc.undo());
        assert!(doc.map().actions().is_empty());
    }

    #[test]
    fn undo_redo_whole_steps() {
        let mut d = Document::new(Map::new("t"), None);
        let a = Stakeholder::new(sid("a"), "A", StakeholderKind::Welfare, 0.0, 0.0);
        let b = Stakeholder::new(sid("b"), "B", StakeholderKind::Welfare, 10.0, 0.0);
        d.apply(Command::AddStakeholder(a)).unwrap();
        d.apply(Command::AddStakeholder(b)).unwrap();
        d.apply(Command::Connect(Relation::new(
            rid("r1"),
            RelationKind::Dependency,
            sid("a"),
            sid("b"),
        )))
        .unwrap();
        d.apply(Command::Move(vec![
            (sid("a"), 5.0, 5.0),
            (sid("b"), 6.0, 6.0),
        ]))
        .unwrap();
        assert!(d.is_dirty());
        assert!(d.undo());
        assert_eq!(d.map().stakeholder("a").unwrap().x, 0.0);
        assert!(d.redo());
        assert_eq!(d.map().stakeholder("b").unwrap().x, 6.0);
        d.apply(Command::Delete {
            stakeholders: vec![sid("a")],
            relations: vec![rid("r1")],
        })
        .unwrap();
        assert_eq!(d.map().relation_count(), 0);
        while d.undo() {}
        assert!(d.map().is_empty());
        assert!(!d.is_dirty());
    }

    #[test]
    fn refused_command_changes_nothing() {
        let mut d = Document::new(Map::new("t"), None);
        let err = d.apply(Command::Connect(Relation::new(
            rid("r1"),
            RelationKind::Schot,
            sid("x"),
            sid("y"),
        )));
        assert!(err.is_err());
        assert!(!d.can_undo());
        assert!(!d.is_dirty());
    }

    #[test]
    fn reverse_relation() {
        let mut m = Map::new("t");
        m.add_stakeholder(Stakeholder::new(
            sid("a"),
            "A",
            StakeholderKind::Other,
            0.0,
            0.0,
        ))
        .unwrap();
        m.add_stakeholder(Stakeholder::new(
            sid("b"),
            "B",
            StakeholderKind::Other,
            0.0,
            0.0,
        ))
        .unwrap();
        m.add_relation(Relation::new(
            rid("r1"),
            RelationKind::Dependency,
            sid("a"),
            sid("b"),
        ))
        .unwrap();
        let mut d = Document::new(m, None);
        d.apply(Command::ReverseRelation(rid("r1"))).unwrap();
        let r = d.map().relation("r1").unwrap();
        assert_eq!((r.from.as_str(), r.to.as_str()), ("b", "a"));
        assert!(d.undo());
        let r = d.map().relation("r1").unwrap();
        assert_eq!((r.from.as_str(), r.to.as_str()), ("a", "b"));
        assert!(!d.is_dirty());
    }

    #[test]
    fn undo_keeps_the_last_hundred_steps() {
        let mut d = Document::new(Map::new("t"), None);
        d.apply(Command::AddStakeholder(Stakeholder::new(
            sid("a"),
            "A",
            StakeholderKind::Other,
            0.0,
            0.0,
        )))
        .unwrap();
        for i in 1..=150 {
            d.apply(Command::Move(vec![(sid("a"), f64::from(i), 0.0)]))
                .unwrap();
        }
        assert_eq!(d.undo_depth(), MAX_UNDO);
        let mut n = 0;
        while d.undo() {
            n += 1;
        }
        assert_eq!(n, MAX_UNDO);
        // Back 100 steps from x = 150: at x = 50, with no way further back.
        assert_eq!(d.map().stakeholder("a").unwrap().x, 50.0);
        assert!(d.is_dirty());
        while d.redo() {}
        assert_eq!(d.map().stakeholder("a").unwrap().x, 150.0);
    }

    #[test]
    fn no_change_is_no_step_and_a_refused_command_is_rolled_back() {
        let mut m = Map::new("t");
        for id in ["a", "b"] {
            m.add_stakeholder(Stakeholder::new(
                sid(id),
                id,
                StakeholderKind::Other,
                0.0,
                0.0,
            ))
            .unwrap();
        }
        let mut d = Document::new(m.clone(), None);
        d.apply(Command::Move(vec![(sid("a"), 0.0, 0.0)])).unwrap();
        d.apply(Command::SetTitle("t".into())).unwrap();
        assert!(!d.can_undo() && !d.is_dirty());
        // The first move is made, the second names nobody: neither stays.
        let err = d.apply(Command::Move(vec![
            (sid("a"), 9.0, 9.0),
            (sid("nobody"), 1.0, 1.0),
        ]));
        assert!(err.is_err());
        assert!(*d.map() == m && !d.can_undo());
    }

    #[test]
    fn every_command_undoes_to_the_map_before_and_redoes_to_the_map_after() {
        let mut m = Map::new("t");
        for id in ["a", "b", "c"] {
            m.add_stakeholder(Stakeholder::new(
                sid(id),
                id,
                StakeholderKind::Other,
                0.0,
                0.0,
            ))
            .unwrap();
        }
        m.add_relation(Relation::new(
            rid("r1"),
            RelationKind::Dependency,
            sid("a"),
            sid("b"),
        ))
        .unwrap();
        m.add_relation(Relation::new(
            rid("r2"),
            RelationKind::Interest,
            sid("b"),
            sid("c"),
        ))
        .unwrap();
        m.add_relation(Relation::new(
            rid("r3"),
            RelationKind::Schot,
            sid("c"),
            sid("a"),
        ))
        .unwrap();
        let mut renamed = m.stakeholder("b").unwrap().clone();
        renamed.name = "Bee".into();
        let mut relabelled = m.relation("r2").unwrap().clone();
        relabelled.label = "geld".into();
        let commands = vec![
            Command::AddStakeholder(Stakeholder::new(
                sid("d"),
                "D",
                StakeholderKind::Other,
                1.0,
                1.0,
            )),
            Command::UpdateStakeholder(renamed),
            Command::Move(vec![(sid("a"), 5.0, 5.0), (sid("a"), 7.0, 7.0)]),
            Command::Pin {
                ids: vec![sid("a"), sid("c")],
                pinned: true,
            },
            Command::Delete {
                stakeholders: vec![sid("a"), sid("b")],
                relations: vec![rid("r2")],
            },
            Command::Connect(Relation::new(
                rid("r4"),
                RelationKind::Collaboration,
                sid("a"),
                sid("c"),
            )),
            Command::UpdateRelation(relabelled),
            Command::ReverseRelation(rid("r3")),
            Command::SetTitle("Nieuw".into()),
            Command::SetDescription("Over".into()),
            Command::Replace(Box::new(Map::new("leeg"))),
        ];
        for cmd in commands {
            let mut d = Document::new(m.clone(), None);
            d.apply(cmd.clone()).unwrap();
            let after = d.map().clone();
            assert!(after != m, "{cmd:?} changed nothing");
            assert!(d.undo());
            assert!(*d.map() == m, "{cmd:?} undone");
            assert!(d.redo());
            assert!(*d.map() == after, "{cmd:?} redone");
        }
    }
}
