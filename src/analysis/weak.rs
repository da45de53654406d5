//! Weak links (kwetsbare schakels): partners whose absence splits the map. The articulation
//! points of the undirected graph of every relation except schotten (a schot is a wall, not a
//! link); petgraph finds them in one depth-first pass, O(V + E).

use std::collections::HashMap;

use petgraph::graph::{NodeIndex, UnGraph};

use crate::model::{Map, RelationKind, StakeholderId};

/// The stakeholders whose removal leaves the rest of the map in more pieces than before,
/// sorted by id.
pub fn weak_links(map: &Map) -> Vec<StakeholderId> {
    let stakeholders = map.stakeholders_sorted();
    let mut g: UnGraph<(), ()> = UnGraph::with_capacity(stakeholders.len(), map.relation_count());
    let index: HashMap<&str, NodeIndex> = stakeholders
        .iter()
        .map(|s| (s.id.as_str(), g.add_node(())))
        .collect();
    for r in map.relations().filter(|r| r.kind != RelationKind::Schot) {
        if let (Some(&a), Some(&b)) = (index.get(r.from.as_str()), index.get(r.to.as_str())) {
            g.add_edge(a, b, ());
        }
    }
    let points = petgraph::algo::articulation_points::articulation_points(&g);
    let mut out: Vec<StakeholderId> = stakeholders
        .iter()
        .enumerate()
        .filter(|(i, _)| points.contains(&NodeIndex::new(*i)))
        .map(|(_, s)| s.id.clone())
        .collect();
    out.sort();
    out
}

/// The partners that lose their link to the rest of the map when `link` drops out: every
/// piece its neighbours fall into without it, but the biggest, sorted by id.
pub fn detached_by(map: &Map, link: &StakeholderId) -> Vec<StakeholderId> {
    let mut adj: HashMap<&StakeholderId, Vec<&StakeholderId>> = HashMap::new();
    for r in map.relations().filter(|r| r.kind != RelationKind::Schot) {
        adj.entry(&r.from).or_default().push(&r.to);
        adj.entry(&r.to).or_default().push(&r.from);
    }
    let mut seen: std::collections::HashSet<&StakeholderId> = std::collections::HashSet::new();
    seen.insert(link);
    let mut pieces: Vec<Vec<StakeholderId>> = Vec::new();
    for start in adj.get(link).into_iter().flatten() {
        if !seen.insert(*start) {
            continue;
        }
        let mut piece = vec![(*start).clone()];
        let mut stack = vec![*start];
        while let Some(v) = stack.pop() {
            for w in adj.get(v).into_iter().flatten() {
                if seen.insert(*w) {
                    piece.push((*w).clone());
                    stack.push(*w);
                }
            }
        }
        pieces.push(piece);
    }
    // The biggest piece is "the rest" (ties: the one holding the smallest id).
    pieces.sort_by(|a, b| {
        b.len()
            .cmp(&a.len())
            .then_with(|| a.iter().min().cmp(&b.iter().min()))
    });
    let mut out: Vec<StakeholderId> = pieces.into_iter().skip(1).flatten().collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_ids::{rid, sid};
    use crate::model::{Relation, Stakeholder, StakeholderKind};

    fn map(edges: &[(&str, &str, RelationKind)]) -> Map {
        let mut m = Map::new("t");
        for id in ["a", "b", "c", "d", "e"] {
            m.add_stakeholder(Stakeholder::new(
                sid(id),
                id,
                StakeholderKind::Welfare,
                0.0,
                0.0,
            ))
            .unwrap();
        }
        for (i, (f, t, k)) in edges.iter().enumerate() {
            m.add_relation(Relation::new(rid(&format!("r{i}")), *k, sid(f), sid(t)))
                .unwrap();
        }
        m
    }

    #[test]
    fn a_partner_that_holds_two_groups_together_is_a_weak_link() {
        use RelationKind::{Collaboration, Dependency, Interest, Schot};
        // a–b–c in a row, c–d–e a triangle: b and c hold the map together.
        let m = map(&[
            ("a", "b", Dependency),
            ("b", "c", Interest),
            ("c", "d", Collaboration),
            ("d", "e", Dependency),
            ("e", "c", Interest),
        ]);
        assert_eq!(weak_links(&m), vec![sid("b"), sid("c")]);
        assert_eq!(detached_by(&m, &sid("b")), vec![sid("a")]);
        // (Two pieces of two: the one holding the smallest id is "the rest".)
        assert_eq!(detached_by(&m, &sid("c")), vec![sid("d"), sid("e")]);
        // A schot is no link: a–b by a schot only leaves a on its own, b no weak link.
        let m = map(&[
            ("a", "b", Schot),
            ("b", "c", Interest),
            ("c", "d", Interest),
        ]);
        assert_eq!(weak_links(&m), vec![sid("c")]);
    }
}
