//! Scenarios ("Nu", "Straks"), who claimed a relation, and actions on findings.
//!
//! The active scenario is the map's graph; switching puts its relations and the stakeholders it
//! holds on the shelf and takes the other's down. Stakeholders are one pool: a stakeholder the
//! active scenario leaves out waits `offstage` with its position, so every scenario draws it in
//! the same place.

use super::id::{ActionId, Key, ScenarioId, StakeholderId};
use super::map::{Map, ModelError, Relation, Stakeholder, is_date};
use super::rule::Rule;

/// The name of a new map's only scenario.
pub const DEFAULT_SCENARIO: &str = "Nu";

/// A scenario that is not the active one.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub name: ScenarioId,
    /// The ids of the stakeholders it holds, sorted.
    pub stakeholders: Vec<StakeholderId>,
    /// Its relations, sorted by id.
    pub relations: Vec<Relation>,
}

/// How sure the room is of a relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Confidence {
    Certain,
    Likely,
    /// Someone disagrees: drawn lighter with a "?".
    Contested,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [
        Confidence::Certain,
        Confidence::Likely,
        Confidence::Contested,
    ];

    /// The id in files and JSON output.
    pub fn id(self) -> &'static str {
        match self {
            Confidence::Certain => "certain",
            Confidence::Likely => "likely",
            Confidence::Contested => "contested",
        }
    }

    pub fn from_id(id: &str) -> Option<Confidence> {
        Confidence::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// Where an action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum ActionStatus {
    #[default]
    Open,
    Doing,
    Done,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] =
        [ActionStatus::Open, ActionStatus::Doing, ActionStatus::Done];

    pub fn id(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::Doing => "doing",
            ActionStatus::Done => "done",
        }
    }

    pub fn from_id(id: &str) -> Option<ActionStatus> {
        ActionStatus::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// A next step on a finding. It names its finding by what identifies one (the rule and the
/// stakeholders concerned), so it stays with the finding through edits and re-analysis, and
/// shows "resolved" in a scenario where the finding is gone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionItem {
    pub id: ActionId,
    /// The finding's rule.
    pub rule: Rule,
    /// The finding's stakeholders, sorted.
    pub stakeholders: Vec<StakeholderId>,
    /// What is to be done.
    pub what: String,
    /// Who does it: a stakeholder's id, or free text; `None` for nobody yet.
    pub owner: Option<String>,
    /// `YYYY-MM-DD`; `None` for no date.
    pub due: Option<String>,
    pub status: ActionStatus,
}

impl ActionItem {
    /// Whether this action is about the finding with `rule` and `stakeholders` (sorted).
    pub fn is_on(&self, rule: Rule, stakeholders: &[StakeholderId]) -> bool {
        self.rule == rule && self.stakeholders == stakeholders
    }
}

impl Map {
    /// The active scenario's name.
    pub fn scenario(&self) -> &ScenarioId {
        &self.scenario
    }

    /// Every scenario's name, in order.
    pub fn scenario_names(&self) -> Vec<&ScenarioId> {
        let mut v: Vec<&ScenarioId> = self.shelved.iter().map(|s| &s.name).collect();
        v.insert(self.active_at.min(v.len()), &self.scenario);
        v
    }

    pub fn scenario_count(&self) -> usize {
        self.shelved.len() + 1
    }

    /// Whether some scenario other than the active one holds stakeholder `id`.
    pub(super) fn shelved_hold(&self, id: &StakeholderId) -> bool {
        self.shelved
            .iter()
            .any(|s| s.stakeholders.binary_search(id).is_ok())
    }

    /// A stakeholder of any scenario.
    pub fn any_stakeholder(&self, id: &(impl Key<StakeholderId> + ?Sized)) -> Option<&Stakeholder> {
        self.stakeholder(id).or_else(|| self.offstage.get(id.key()))
    }

    /// The stakeholders of every scenario, sorted by id (what a file lists).
    pub fn all_stakeholders_sorted(&self) -> Vec<&Stakeholder> {
        let mut v: Vec<&Stakeholder> = self.stakeholders().chain(self.offstage.values()).collect();
        v.sort_unstable_by(|a, b| a.id.cmp(&b.id));
        v
    }

    /// Every scenario in order, the active one as it is now: name, stakeholder ids (sorted)
    /// and relations (sorted by id).
    pub fn scenarios(&self) -> Vec<Scenario> {
        let mut v = self.shelved.clone();
        v.insert(self.active_at.min(v.len()), self.active_as_scenario());
        v
    }

    fn active_as_scenario(&self) -> Scenario {
        let mut stakeholders: Vec<StakeholderId> = self.node_by_id.keys().cloned().collect();
        stakeholders.sort_unstable();
        Scenario {
            name: self.scenario.clone(),
            stakeholders,
            relations: self.relations_sorted().into_iter().cloned().collect(),
        }
    }

    /// A map of one scenario alone (no other scenarios, no actions): what compare and the
    /// report draw and analyse.
    pub fn scenario_map(&self, name: &(impl Key<ScenarioId> + ?Sized)) -> Result<Map, ModelError> {
        let name = name.key();
        if self.scenario == name {
            return Ok(Map {
                title: self.title.clone(),
                description: self.description.clone(),
                graph: self.graph.clone(),
                node_by_id: self.node_by_id.clone(),
                edge_by_id: self.edge_by_id.clone(),
                scenario: self.scenario.clone(),
                ..Map::default()
            });
        }
        let s = self
            .shelved
            .iter()
            .find(|s| s.name == name)
            .ok_or_else(|| ModelError::NoSuchScenario(name.to_owned()))?;
        let mut m = Map::with_capacity(&self.title, s.stakeholders.len(), s.relations.len());
        m.description.clone_from(&self.description);
        m.scenario.clone_from(&s.name);
        for id in &s.stakeholders {
            let st = self
                .any_stakeholder(id)
                .ok_or_else(|| ModelError::NoSuchStakeholder(id.to_string()))?;
            m.add_stakeholder(st.clone())?;
        }
        for r in &s.relations {
            m.add_relation(r.clone())?;
        }
        Ok(m)
    }

    /// Make scenario `name` the active one.
    pub fn switch_scenario(
        &mut self,
        name: &(impl Key<ScenarioId> + ?Sized),
    ) -> Result<(), ModelError> {
        let name = name.key();
        if self.scenario == name {
            return Ok(());
        }
        if !self.shelved.iter().any(|s| s.name == name) {
            return Err(ModelError::NoSuchScenario(name.to_owned()));
        }
        let current = self.active_as_scenario();
        let mut all = std::mem::take(&mut self.shelved);
        all.insert(self.active_at.min(all.len()), current);
        let at = all.iter().position(|s| s.name == name).unwrap_or(0);
        let next = all.remove(at);
        // Every stakeholder goes to the pool, then the next scenario's come down from it.
        let mut pool = std::mem::take(&mut self.offstage);
        for s in self.graph.node_weights() {
            pool.insert(s.id.clone(), s.clone());
        }
        self.graph.clear();
        self.node_by_id.clear();
        self.edge_by_id.clear();
        let mut taken = Vec::with_capacity(next.stakeholders.len());
        for id in &next.stakeholders {
            if let Some(s) = pool.remove(id) {
                taken.push(s);
            }
        }
        self.shelved = all;
        self.active_at = at;
        self.scenario = next.name;
        // What no scenario holds any more is gone (it cannot be: every pool entry is held).
        self.offstage = pool;
        self.offstage.retain(|id, _| {
            self.shelved
                .iter()
                .any(|s| s.stakeholders.binary_search(id).is_ok())
        });
        for s in taken {
            self.add_stakeholder(s)?;
        }
        for r in next.relations {
            self.add_relation(r)?;
        }
        Ok(())
    }

    /// A name for a new or renamed scenario, as the user typed it: not blank, not taken.
    fn new_name(&self, name: &str) -> Result<ScenarioId, ModelError> {
        let id = ScenarioId::parse(name).ok_or(ModelError::EmptyScenarioName)?;
        self.check_free(&id)?;
        Ok(id)
    }

    fn check_free(&self, name: &ScenarioId) -> Result<(), ModelError> {
        if self.scenario_names().contains(&name) {
            return Err(ModelError::ScenarioNameTaken(name.to_string()));
        }
        Ok(())
    }

    /// Copy the active scenario as `name`, placed after it, and make the copy active. The copy's
    /// relations keep their ids, so a comparison matches them.
    pub fn duplicate_scenario(&mut self, name: &str) -> Result<(), ModelError> {
        let name = self.new_name(name)?;
        let copy = self.active_as_scenario();
        self.shelved
            .insert(self.active_at.min(self.shelved.len()), copy);
        self.active_at += 1;
        self.scenario = name;
        Ok(())
    }

    /// A new scenario after the active one, holding the same stakeholders and no relations;
    /// it becomes the active one.
    pub fn add_empty_scenario(&mut self, name: &str) -> Result<(), ModelError> {
        self.duplicate_scenario(name)?;
        self.graph.clear_edges();
        self.edge_by_id.clear();
        Ok(())
    }

    /// Rename scenario `from` to `to`, as the user typed it.
    pub fn rename_scenario(
        &mut self,
        from: &(impl Key<ScenarioId> + ?Sized),
        to: &str,
    ) -> Result<(), ModelError> {
        let from = from.key();
        if from == to {
            return Ok(());
        }
        let to = self.new_name(to)?;
        if self.scenario == from {
            self.scenario = to;
            return Ok(());
        }
        let s = self
            .shelved
            .iter_mut()
            .find(|s| s.name == from)
            .ok_or_else(|| ModelError::NoSuchScenario(from.to_owned()))?;
        s.name = to;
        Ok(())
    }

    /// Delete a scenario and its relations; stakeholders no other scenario holds go with it.
    /// Deleting the active one makes its neighbour (the next, else the one before) active.
    pub fn remove_scenario(
        &mut self,
        name: &(impl Key<ScenarioId> + ?Sized),
    ) -> Result<(), ModelError> {
        let name = name.key();
        if self.shelved.is_empty() {
            return Err(ModelError::LastScenario);
        }
        if self.scenario == name {
            let neighbour = self
                .shelved
                .get(self.active_at)
                .or_else(|| {
                    self.active_at
                        .checked_sub(1)
                        .and_then(|i| self.shelved.get(i))
                })
                .map(|s| s.name.clone())
                .ok_or(ModelError::LastScenario)?;
            self.switch_scenario(&neighbour)?;
        }
        let at = self
            .shelved
            .iter()
            .position(|s| s.name == name)
            .ok_or_else(|| ModelError::NoSuchScenario(name.to_owned()))?;
        self.shelved.remove(at);
        if at < self.active_at {
            self.active_at -= 1;
        }
        let shelved = &self.shelved;
        self.offstage.retain(|id, _| {
            shelved
                .iter()
                .any(|s| s.stakeholders.binary_search(id).is_ok())
        });
        Ok(())
    }

    /// Put a scenario on the shelf as read from a file (`load` builds the active one through
    /// `add_stakeholder`/`add_relation` first). Its stakeholders must be in the pool given.
    pub fn shelve_from_file(
        &mut self,
        s: Scenario,
        pool: &std::collections::BTreeMap<StakeholderId, Stakeholder>,
    ) -> Result<(), ModelError> {
        self.check_free(&s.name)?;
        let mut check = Map::with_capacity("", s.stakeholders.len(), s.relations.len());
        for id in &s.stakeholders {
            let st = pool
                .get(id)
                .ok_or_else(|| ModelError::NoSuchStakeholder(id.to_string()))?;
            if self.stakeholder(id).is_none() {
                self.offstage.insert(id.clone(), st.clone());
            }
            check.add_stakeholder(st.clone())?;
        }
        // The same checks as the active scenario's relations (ends exist, no self relations).
        for r in &s.relations {
            check.add_relation(r.clone())?;
        }
        let mut s = s;
        s.stakeholders.sort_unstable();
        s.relations.sort_unstable_by(|a, b| a.id.cmp(&b.id));
        self.shelved.push(s);
        Ok(())
    }

    /// Place the active scenario at `at` in the order (files list it where it was).
    pub fn set_active_position(&mut self, at: usize) {
        self.active_at = at.min(self.shelved.len());
    }

    /// The actions on findings, sorted by id.
    pub fn actions(&self) -> &[ActionItem] {
        &self.actions
    }

    pub fn action(&self, id: &(impl Key<ActionId> + ?Sized)) -> Option<&ActionItem> {
        let id = id.key();
        self.actions
            .binary_search_by(|a| a.id.as_str().cmp(id))
            .ok()
            .and_then(|i| self.actions.get(i))
    }

    /// Add an action, or replace the one with its id; returns the one replaced.
    pub fn put_action(&mut self, a: ActionItem) -> Result<Option<ActionItem>, ModelError> {
        if a.stakeholders.is_empty() {
            return Err(ModelError::ActionWithoutFinding(a.id.to_string()));
        }
        if let Some(due) = &a.due
            && !is_date(due)
        {
            return Err(ModelError::BadDate {
                id: a.id.to_string(),
                field: "due",
                value: due.clone(),
            });
        }
        let mut a = a;
        a.stakeholders.sort_unstable();
        match self.actions.binary_search_by(|x| x.id.cmp(&a.id)) {
            Ok(i) => Ok(Some(std::mem::replace(&mut self.actions[i], a))),
            Err(i) => {
                self.actions.insert(i, a);
                Ok(None)
            }
        }
    }

    /// Add an action read from a file: a second one with the same id is refused.
    pub fn add_action(&mut self, a: ActionItem) -> Result<(), ModelError> {
        if self.action(&a.id).is_some() {
            return Err(ModelError::DuplicateAction(a.id.to_string()));
        }
        self.put_action(a).map(|_| ())
    }

    pub fn remove_action(
        &mut self,
        id: &(impl Key<ActionId> + ?Sized),
    ) -> Result<ActionItem, ModelError> {
        let id = id.key();
        let i = self
            .actions
            .binary_search_by(|a| a.id.as_str().cmp(id))
            .map_err(|_| ModelError::NoSuchAction(id.to_owned()))?;
        Ok(self.actions.remove(i))
    }

    /// An action id not yet used: `a1`, `a2`, …
    pub fn fresh_action_id(&self) -> ActionId {
        let next = self
            .actions
            .iter()
            .filter_map(|a| {
                a.id.as_str()
                    .strip_prefix('a')
                    .and_then(|n| n.parse::<u64>().ok())
            })
            .max()
            .map_or(1, |m| m.saturating_add(1));
        let mut i = next;
        let mut id = format!("a{i}");
        while self.action(&id).is_some() {
            i = i.wrapping_add(1);
            id = format!("a{i}");
        }
        ActionId::fresh(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_ids::{rid, sid};
    use crate::model::{RelationKind, StakeholderKind};

    fn nu() -> Map {
        let mut m = Map::new("t");
        for (id, x) in [("a", 0.0), ("b", 100.0), ("c", 200.0)] {
            m.add_stakeholder(Stakeholder::new(
                sid(id),
                id,
                StakeholderKind::Welfare,
                x,
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
        m
    }

    #[test]
    fn a_new_map_has_one_scenario_called_nu() {
        let m = Map::new("t");
        assert_eq!(m.scenario_names(), ["Nu"]);
        assert_eq!(m.scenario(), "Nu");
    }

    #[test]
    fn duplicate_then_change_leaves_the_original_as_it_was() {
        let mut m = nu();
        m.duplicate_scenario("Straks").unwrap();
        assert_eq!(m.scenario_names(), ["Nu", "Straks"]);
        assert_eq!(m.scenario(), "Straks");
        m.add_relation(Relation::new(
            rid("r2"),
            RelationKind::Collaboration,
            sid("a"),
            sid("b"),
        ))
        .unwrap();
        m.remove_stakeholder("c").unwrap();
        m.set_position("a", 5.0, 5.0).unwrap();
        let nu_map = m.scenario_map("Nu").unwrap();
        assert_eq!(nu_map.relation_count(), 1);
        assert_eq!(nu_map.stakeholder_count(), 3);
        // Positions are shared.
        assert_eq!(nu_map.stakeholder("a").map(|s| s.x), Some(5.0));
        m.switch_scenario("Nu").unwrap();
        assert_eq!(m.stakeholder_count(), 3);
        assert_eq!(m.relation_count(), 1);
        m.switch_scenario("Straks").unwrap();
        assert_eq!(m.stakeholder_count(), 2);
        assert_eq!(m.relation_count(), 2);
        assert!(m.any_stakeholder("c").is_some());
        assert_eq!(m.all_stakeholders_sorted().len(), 3);
        // A new relation's id is fresh in every scenario.
        assert_eq!(m.fresh_relation_id(), "r3");
    }

    #[test]
    fn switching_back_and_forth_gives_the_same_map() {
        let mut m = nu();
        m.duplicate_scenario("Straks").unwrap();
        m.remove_stakeholder("b").unwrap();
        let before = m.clone();
        m.switch_scenario("Nu").unwrap();
        assert_ne!(m, before);
        m.switch_scenario("Straks").unwrap();
        assert_eq!(m, before);
    }

    #[test]
    fn a_stakeholder_only_one_scenario_holds_goes_with_it() {
        let mut m = nu();
        m.duplicate_scenario("Straks").unwrap();
        m.add_stakeholder(Stakeholder::new(
            sid("d"),
            "D",
            StakeholderKind::Other,
            0.0,
            50.0,
        ))
        .unwrap();
        m.switch_scenario("Nu").unwrap();
        assert!(m.stakeholder("d").is_none());
        assert!(m.any_stakeholder("d").is_some());
        assert_eq!(m.fresh_stakeholder_id("d"), "d-2");
        m.remove_scenario("Straks").unwrap();
        assert!(m.any_stakeholder("d").is_none());
        assert_eq!(m.remove_scenario("Nu"), Err(ModelError::LastScenario));
    }

    #[test]
    fn removing_the_active_scenario_activates_its_neighbour() {
        let mut m = nu();
        m.duplicate_scenario("Straks").unwrap();
        m.duplicate_scenario("Later").unwrap();
        m.switch_scenario("Straks").unwrap();
        m.remove_scenario("Straks").unwrap();
        assert_eq!(m.scenario(), "Later");
        assert_eq!(m.scenario_names(), ["Nu", "Later"]);
        m.rename_scenario("Nu", "Vandaag").unwrap();
        assert_eq!(m.scenario_names(), ["Vandaag", "Later"]);
        assert_eq!(
            m.rename_scenario("Later", "Vandaag"),
            Err(ModelError::ScenarioNameTaken("Vandaag".into()))
        );
        assert_eq!(
            m.duplicate_scenario(" "),
            Err(ModelError::EmptyScenarioName)
        );
        assert_eq!(
            m.switch_scenario("Nergens"),
            Err(ModelError::NoSuchScenario("Nergens".into()))
        );
    }

    #[test]
    fn actions_are_kept_sorted_and_checked() {
        let mut m = nu();
        let a = ActionItem {
            id: m.fresh_action_id(),
            rule: Rule::Isolated,
            stakeholders: vec![sid("c")],
            what: "Bel C".into(),
            owner: Some("a".into()),
            due: Some("2026-12-01".into()),
            status: ActionStatus::Open,
        };
        assert_eq!(a.id, "a1");
        assert_eq!(m.put_action(a.clone()), Ok(None));
        assert_eq!(m.fresh_action_id(), "a2");
        let bad = ActionItem {
            due: Some("2026-02-30".into()),
            ..a.clone()
        };
        assert!(matches!(m.put_action(bad), Err(ModelError::BadDate { .. })));
        assert_eq!(
            m.add_action(a.clone()),
            Err(ModelError::DuplicateAction("a1".into()))
        );
        assert_eq!(m.remove_action("a1"), Ok(a));
        assert!(m.actions().is_empty());
    }

    #[test]
    fn dates() {
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2023-02-29"));
        assert!(!is_date("2026-13-01"));
        assert!(!is_date("26-01-01"));
        assert!(!is_date("2026-1-011"));
    }
}
