//! A comparison drawn on one canvas: the `to` scenario, with the stakeholders that left and
//! the relations that were removed as ghosts, and marks on what came, was added or changed.

use std::collections::HashMap;

use crate::analysis::Comparison;
use crate::model::{Map, ModelError, RelationId, StakeholderId};

/// What a comparison says about a card or a relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Change {
    /// Came (a stakeholder) or was added (a relation): a green mark.
    Added,
    /// Left or was removed: drawn as a faint ghost.
    Removed,
    /// Its kind, direction, label or confidence changed: an amber mark.
    Changed,
}

/// A comparison's marks, by stakeholder and relation id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Marks {
    pub stakeholders: HashMap<StakeholderId, Change>,
    pub relations: HashMap<RelationId, Change>,
}

impl Marks {
    pub fn is_empty(&self) -> bool {
        self.stakeholders.is_empty() && self.relations.is_empty()
    }

    /// Whether any relation or card carries `change`.
    pub fn has(&self, change: Change) -> bool {
        self.stakeholders
            .values()
            .chain(self.relations.values())
            .any(|c| *c == change)
    }
}

/// The map to draw for a comparison of `from` with `to` (both one scenario alone), and its
/// marks: `to` with the ghosts of what `from` had and `to` has not. A removed relation whose id
/// `to` uses for another relation is drawn under a new id.
pub fn overlay(from: &Map, to: &Map, c: &Comparison) -> Result<(Map, Marks), ModelError> {
    let mut map = to.scenario_map(to.scenario())?;
    let mut marks = Marks::default();
    for id in &c.stakeholders_removed {
        if let Some(s) = from.stakeholder(id) {
            map.add_stakeholder(s.clone())?;
            marks.stakeholders.insert(id.clone(), Change::Removed);
        }
    }
    for id in &c.stakeholders_added {
        marks.stakeholders.insert(id.clone(), Change::Added);
    }
    for r in &c.relations_added {
        marks.relations.insert(r.id.clone(), Change::Added);
    }
    for ch in &c.relations_changed {
        marks.relations.insert(ch.after.id.clone(), Change::Changed);
    }
    for r in &c.relations_removed {
        let mut ghost = r.clone();
        if map.relation(&ghost.id).is_some() {
            ghost.id = r.id.ghost_of(from.scenario().as_str());
        }
        marks.relations.insert(ghost.id.clone(), Change::Removed);
        map.add_relation(ghost)?;
    }
    Ok((map, marks))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_ids::{rid, sid};
    use crate::model::{Relation, RelationKind, Stakeholder, StakeholderKind};

    #[test]
    fn ghosts_and_marks() {
        let mut m = Map::new("t");
        for id in ["a", "b", "c"] {
            m.add_stakeholder(Stakeholder::new(
                sid(id),
                id,
                StakeholderKind::Welfare,
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
            RelationKind::Dependency,
            sid("b"),
            sid("c"),
        ))
        .unwrap();
        m.duplicate_scenario("Straks").unwrap();
        m.remove_stakeholder("c").unwrap();
        m.add_relation(Relation::new(
            rid("r3"),
            RelationKind::Collaboration,
            sid("a"),
            sid("b"),
        ))
        .unwrap();
        let (from, to) = (
            m.scenario_map("Nu").unwrap(),
            m.scenario_map("Straks").unwrap(),
        );
        let c = crate::analysis::compare(&from, &to);
        let (shown, marks) = overlay(&from, &to, &c).unwrap();
        assert_eq!(shown.stakeholder_count(), 3);
        assert_eq!(shown.relation_count(), 3);
        assert_eq!(marks.stakeholders.get("c"), Some(&Change::Removed));
        assert_eq!(marks.relations.get("r2"), Some(&Change::Removed));
        assert_eq!(marks.relations.get("r3"), Some(&Change::Added));
        assert_eq!(marks.relations.get("r1"), None);
        let scene = crate::scene::Scene::build_marked(
            &shown,
            &crate::analysis::analyze(&to),
            &crate::scene::Typography::default(),
            &marks,
        );
        let ghost = scene
            .edges
            .iter()
            .find(|e| e.id == Some(rid("r2")))
            .unwrap();
        assert_eq!(ghost.change, Some(Change::Removed));
        let card = scene.nodes.iter().find(|n| n.id == "c").unwrap();
        assert_eq!(card.change, Some(Change::Removed));
    }
}
