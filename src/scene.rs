//! What the map looks like, before any drawing: cards and relation curves in map units, with the
//! analysis overlay (mutual dependencies, loops, blocked schotten, missing collaboration) and
//! parallel relations bent apart. Shared by the canvas and the exporter, so a report looks like
//! the screen. No egui.

use std::collections::{HashMap, HashSet};

use emath::Rect;

use crate::analysis::{Analysis, Rule};
use crate::geometry::card_rect;
use crate::model::{Map, RelationKind, StakeholderKind};
use crate::style;

#[derive(Debug, Default)]
pub struct Scene {
    /// Sorted by id: the drawing order.
    pub nodes: Vec<NodeGeom>,
    pub index_of: HashMap<String, u32>,
    pub edges: Vec<EdgeGeom>,
    /// Union of all cards, `None` for an empty map.
    pub bounds: Option<Rect>,
}

#[derive(Debug)]
pub struct NodeGeom {
    pub id: String,
    pub name: String,
    pub kind: StakeholderKind,
    pub rect: Rect,
    /// Member of a dependency loop.
    pub in_loop: bool,
    /// As written; empty for none.
    pub domain: String,
    pub pinned: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EdgeLook {
    Relation(RelationKind),
    /// A ghost connector where collaboration is missing.
    Missing,
}

#[derive(Debug)]
pub struct EdgeGeom {
    /// Relation id; empty for ghosts.
    pub id: String,
    pub look: EdgeLook,
    pub from: u32,
    pub to: u32,
    /// Sideways bend in map units (see `style::bend`).
    pub bend: f32,
    pub label: String,
    /// A mutual dependency's arrow.
    pub accent: bool,
    /// A schot that blocks a dependency.
    pub warning: bool,
}

impl Scene {
    pub fn build(map: &Map, analysis: &Analysis) -> Scene {
        // Stable drawing order: by id, so overlapping cards don't flicker between frames.
        let stakeholders = map.stakeholders_sorted();
        let nodes: Vec<NodeGeom> = stakeholders
            .iter()
            .map(|s| NodeGeom {
                id: s.id.clone(),
                name: s.name.clone(),
                kind: s.kind,
                rect: card_rect(s.x, s.y),
                in_loop: analysis.in_loop(&s.id),
                domain: s.domain.clone(),
                pinned: s.pinned,
            })
            .collect();
        let index_of: HashMap<String, u32> = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.clone(), i as u32))
            .collect();

        let blocked: HashSet<(u32, u32)> = analysis
            .findings
            .iter()
            .filter(|f| f.rule == Rule::SchotBlocksDependency)
            .filter_map(|f| pair_of(&index_of, &f.stakeholders))
            .collect();
        let mut ghosts: Vec<(u32, u32)> = analysis
            .findings
            .iter()
            .filter(|f| {
                matches!(
                    f.rule,
                    Rule::InterdependentWithoutCollaboration
                        | Rule::SharedInterestWithoutCollaboration
                        | Rule::CrossDomainDependencyWithoutCollaboration
                )
            })
            .filter_map(|f| pair_of(&index_of, &f.stakeholders))
            .collect();
        ghosts.sort_unstable();
        ghosts.dedup();

        // Group relations (and ghosts) by unordered pair so parallel ones are drawn apart.
        let mut by_pair: HashMap<(u32, u32), Vec<EdgeGeom>> = HashMap::new();
        for r in map.relations_sorted() {
            let (Some(&a), Some(&b)) = (index_of.get(&r.from), index_of.get(&r.to)) else {
                continue;
            };
            let key = (a.min(b), a.max(b));
            by_pair.entry(key).or_default().push(EdgeGeom {
                id: r.id.clone(),
                look: EdgeLook::Relation(r.kind),
                from: a,
                to: b,
                bend: 0.0,
                label: r.label.clone(),
                accent: r.kind == RelationKind::Dependency && analysis.is_mutual(&r.from, &r.to),
                warning: r.kind == RelationKind::Schot && blocked.contains(&key),
            });
        }
        for (a, b) in ghosts {
            by_pair.entry((a, b)).or_default().push(EdgeGeom {
                id: String::new(),
                look: EdgeLook::Missing,
                from: a,
                to: b,
                bend: 0.0,
                label: String::new(),
                accent: false,
                warning: false,
            });
        }
        let mut pairs: Vec<((u32, u32), Vec<EdgeGeom>)> = by_pair.into_iter().collect();
        pairs.sort_unstable_by_key(|(k, _)| *k);
        let mut edges = Vec::new();
        for ((lo, _), mut group) in pairs {
            let n = group.len();
            for (i, e) in group.iter_mut().enumerate() {
                // Bend is measured relative to the lo → hi direction, whatever the arrow's.
                let b = style::bend(i, n);
                e.bend = if e.from == lo { b } else { -b };
            }
            edges.extend(group);
        }
        Scene {
            bounds: nodes.iter().map(|n| n.rect).reduce(Rect::union),
            nodes,
            index_of,
            edges,
        }
    }
}

fn pair_of(index_of: &HashMap<String, u32>, ids: &[String]) -> Option<(u32, u32)> {
    let a = *index_of.get(ids.first()?)?;
    let b = *index_of.get(ids.get(1)?)?;
    Some((a.min(b), a.max(b)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Relation, Stakeholder};

    #[test]
    fn parallel_relations_bend_apart_and_overlay_marks() {
        let mut m = Map::new("t");
        for (id, x) in [("a", 0.0), ("b", 400.0)] {
            m.add_stakeholder(Stakeholder::new(id, id, StakeholderKind::Other, x, 0.0))
                .unwrap();
        }
        m.add_relation(Relation::new("r1", RelationKind::Dependency, "a", "b"))
            .unwrap();
        m.add_relation(Relation::new("r2", RelationKind::Dependency, "b", "a"))
            .unwrap();
        m.add_relation(Relation::new("r3", RelationKind::Schot, "a", "b"))
            .unwrap();
        let s = Scene::build(&m, &crate::analysis::analyze(&m));
        // Three relations and one ghost (interdependent without collaboration).
        assert_eq!(s.edges.len(), 4);
        assert!(s.edges.iter().any(|e| e.look == EdgeLook::Missing));
        let mut bends: Vec<i32> = s
            .edges
            .iter()
            .map(|e| (if e.from < e.to { e.bend } else { -e.bend }) as i32)
            .collect();
        bends.sort_unstable();
        bends.dedup();
        assert_eq!(bends.len(), 4, "every one bent differently: {bends:?}");
        assert!(s.edges.iter().filter(|e| e.accent).count() == 2);
        assert!(s.edges.iter().any(|e| e.warning));
        assert!(s.nodes.iter().all(|n| n.in_loop));
    }
}
