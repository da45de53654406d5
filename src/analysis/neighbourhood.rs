//! How many relation steps stakeholders are from a chosen few: for the focus view and the
//! onion layout. Relations of every kind count, in either direction.

use std::collections::{HashMap, VecDeque};

use crate::model::{Map, StakeholderId};

/// Breadth-first steps from `starts` over an adjacency list, up to `max` steps; `None` for
/// stakeholders farther away or unreachable.
pub fn steps_from_indices(adj: &[Vec<usize>], starts: &[usize], max: usize) -> Vec<Option<usize>> {
    let mut steps = vec![None; adj.len()];
    let mut queue = VecDeque::new();
    for &s in starts {
        if s < adj.len() && steps[s].is_none() {
            steps[s] = Some(0);
            queue.push_back(s);
        }
    }
    while let Some(i) = queue.pop_front() {
        let Some(d) = steps[i] else { continue };
        if d >= max {
            continue;
        }
        for &j in &adj[i] {
            if steps[j].is_none() {
                steps[j] = Some(d + 1);
                queue.push_back(j);
            }
        }
    }
    steps
}

/// The stakeholders sorted by id, their positions in that list by id, and who is related to
/// whom (any kind, either direction; each neighbour once).
pub struct Neighbours<'a> {
    pub nodes: Vec<&'a crate::model::Stakeholder>,
    pub index: HashMap<&'a str, usize>,
    pub adj: Vec<Vec<usize>>,
}

pub fn neighbours(map: &Map) -> Neighbours<'_> {
    let nodes = map.stakeholders_sorted();
    let index: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let mut adj: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    for r in map.relations() {
        if let (Some(&a), Some(&b)) = (index.get(r.from.as_str()), index.get(r.to.as_str())) {
            adj[a].push(b);
            adj[b].push(a);
        }
    }
    for a in &mut adj {
        a.sort_unstable();
        a.dedup();
    }
    Neighbours { nodes, index, adj }
}

/// Steps from the stakeholders `starts` (ids) to every stakeholder within `max` steps, by id.
/// Unknown ids are ignored.
pub fn steps_from(
    map: &Map,
    starts: &[&StakeholderId],
    max: usize,
) -> HashMap<StakeholderId, usize> {
    let Neighbours { nodes, index, adj } = neighbours(map);
    let starts: Vec<usize> = starts
        .iter()
        .filter_map(|s| index.get(s.as_str()).copied())
        .collect();
    steps_from_indices(&adj, &starts, max)
        .into_iter()
        .enumerate()
        .filter_map(|(i, s)| Some((nodes[i].id.clone(), s?)))
        .collect()
}
