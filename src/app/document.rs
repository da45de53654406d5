//! The open map with its file, analysis and undo history. Every change to the map goes through
//! [`Document::apply`]: the UI asks with a [`Command`], this one place changes the map.

use std::path::PathBuf;

use crate::analysis::{self, Analysis, BetweennessPolicy, DomainPair};
use crate::model::{Map, ModelError, Relation, Stakeholder};

/// An edit the UI asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    AddStakeholder(Stakeholder),
    /// Replace a stakeholder's fields (matched by id).
    UpdateStakeholder(Stakeholder),
    /// Move stakeholders to new positions (one undo step for a whole drag or a tidy layout).
    Move(Vec<(String, f64, f64)>),
    /// Pin or unpin stakeholders: pinned ones stay put when the map is tidied.
    Pin {
        ids: Vec<String>,
        pinned: bool,
    },
    /// Delete stakeholders with their relations, and relations.
    Delete {
        stakeholders: Vec<String>,
        relations: Vec<String>,
    },
    Connect(Relation),
    UpdateRelation(Relation),
    ReverseRelation(String),
    SetTitle(String),
    SetDescription(String),
    /// Replace the whole map (tidy layouts, restoring a recovery copy).
    Replace(Box<Map>),
}

/// Snapshot undo: the map is small, a clone per step is simple and always right.
#[derive(Debug, Default)]
struct History {
    /// Each earlier state with its state id.
    undo: Vec<(Map, u64)>,
    redo: Vec<(Map, u64)>,
}

/// Undo depth; older steps are dropped.
const MAX_UNDO: usize = 500;

pub struct Document {
    map: Map,
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
            map,
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

    /// Apply a command as one undo step. A refused command leaves the map untouched.
    pub fn apply(&mut self, cmd: Command) -> Result<(), ModelError> {
        let mut next = self.map.clone();
        apply_to(&mut next, cmd)?;
        if next == self.map {
            return Ok(());
        }
        let before = std::mem::replace(&mut self.map, next);
        self.history.undo.push((before, self.state_id));
        self.state_id = self.next_state_id;
        self.next_state_id += 1;
        if self.history.undo.len() > MAX_UNDO {
            self.history.undo.remove(0);
        }
        self.history.redo.clear();
        self.changed();
        Ok(())
    }

    pub fn undo(&mut self) -> bool {
        let Some((prev, id)) = self.history.undo.pop() else {
            return false;
        };
        let cur = std::mem::replace(&mut self.map, prev);
        self.history.redo.push((cur, self.state_id));
        self.state_id = id;
        self.changed();
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some((next, id)) = self.history.redo.pop() else {
            return false;
        };
        let cur = std::mem::replace(&mut self.map, next);
        self.history.undo.push((cur, self.state_id));
        self.state_id = id;
        self.changed();
        true
    }

    fn changed(&mut self) {
        self.revision += 1;
        // The overlay does not show betweenness: skip it so big maps stay responsive.
        self.analysis = analysis::analyze_with(&self.map, BetweennessPolicy::Skip);
        self.domain_pairs = analysis::domain_summary(&self.map);
    }
}

fn apply_to(map: &mut Map, cmd: Command) -> Result<(), ModelError> {
    match cmd {
        Command::AddStakeholder(s) => map.add_stakeholder(s).map(|_| ()),
        Command::UpdateStakeholder(s) => map.update_stakeholder(s),
        Command::Move(moves) => {
            for (id, x, y) in moves {
                map.set_position(&id, x, y)?;
            }
            Ok(())
        }
        Command::Pin { ids, pinned } => {
            for id in ids {
                let mut s = map
                    .stakeholder(&id)
                    .cloned()
                    .ok_or(ModelError::NoSuchStakeholder(id))?;
                s.pinned = pinned;
                map.update_stakeholder(s)?;
            }
            Ok(())
        }
        Command::Delete {
            stakeholders,
            relations,
        } => {
            for r in relations {
                // Already gone with a deleted stakeholder is fine.
                if map.relation(&r).is_some() {
                    map.remove_relation(&r)?;
                }
            }
            for s in stakeholders {
                map.remove_stakeholder(&s)?;
            }
            Ok(())
        }
        Command::Connect(r) => map.add_relation(r).map(|_| ()),
        Command::UpdateRelation(r) => map.update_relation(r),
        Command::ReverseRelation(id) => {
            let mut r = map
                .relation(&id)
                .cloned()
                .ok_or(ModelError::NoSuchRelation(id))?;
            std::mem::swap(&mut r.from, &mut r.to);
            map.update_relation(r)
        }
        Command::SetTitle(t) => {
            map.title = t;
            Ok(())
        }
        Command::SetDescription(d) => {
            map.description = d;
            Ok(())
        }
        Command::Replace(m) => {
            *map = *m;
            Ok(())
        }
    }
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // Positions are set, not computed: exact.
mod tests {
    use super::*;
    use crate::model::{RelationKind, StakeholderKind};

    #[test]
    fn undo_redo_whole_steps() {
        let mut d = Document::new(Map::new("t"), None);
        let a = Stakeholder::new("a", "A", StakeholderKind::Welfare, 0.0, 0.0);
        let b = Stakeholder::new("b", "B", StakeholderKind::Welfare, 10.0, 0.0);
        d.apply(Command::AddStakeholder(a)).unwrap();
        d.apply(Command::AddStakeholder(b)).unwrap();
        d.apply(Command::Connect(Relation::new(
            "r1",
            RelationKind::Dependency,
            "a",
            "b",
        )))
        .unwrap();
        d.apply(Command::Move(vec![
            ("a".into(), 5.0, 5.0),
            ("b".into(), 6.0, 6.0),
        ]))
        .unwrap();
        assert!(d.is_dirty());
        assert!(d.undo());
        assert_eq!(d.map().stakeholder("a").unwrap().x, 0.0);
        assert!(d.redo());
        assert_eq!(d.map().stakeholder("b").unwrap().x, 6.0);
        d.apply(Command::Delete {
            stakeholders: vec!["a".into()],
            relations: vec!["r1".into()],
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
            "r1",
            RelationKind::Schot,
            "x",
            "y",
        )));
        assert!(err.is_err());
        assert!(!d.can_undo());
        assert!(!d.is_dirty());
    }

    #[test]
    fn reverse_relation() {
        let mut m = Map::new("t");
        m.add_stakeholder(Stakeholder::new("a", "A", StakeholderKind::Other, 0.0, 0.0))
            .unwrap();
        m.add_stakeholder(Stakeholder::new("b", "B", StakeholderKind::Other, 0.0, 0.0))
            .unwrap();
        m.add_relation(Relation::new("r1", RelationKind::Dependency, "a", "b"))
            .unwrap();
        let mut d = Document::new(m, None);
        d.apply(Command::ReverseRelation("r1".into())).unwrap();
        assert_eq!(d.map().relation("r1").unwrap().from, "b");
        assert!(d.analysis().findings.is_empty() || d.analysis().mutual_dependencies.is_empty());
    }
}
