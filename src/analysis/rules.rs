//! The rules that find mutual dependencies, dependency loops and missing integration.

use petgraph::graph::{DiGraph, NodeIndex};

use super::index::Index;
use crate::lang::Lang;
pub use crate::model::Rule;
use crate::model::{Map, StakeholderId};

/// One place where integration is missing.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub rule: Rule,
    /// The stakeholders concerned, sorted.
    pub stakeholders: Vec<StakeholderId>,
    /// For a shared interest: every stakeholder both have an interest in, sorted.
    pub via: Vec<StakeholderId>,
}

impl Finding {
    /// The finding as a plain-language sentence, with the stakeholders' names.
    pub fn message(&self, map: &Map, lang: Lang) -> String {
        super::messages::sentence(self, map, lang)
    }
}

/// Pairs (a, b), a < b, where each depends on the other; sorted.
pub(crate) fn mutual_dependency_pairs(ix: &Index) -> Vec<(u32, u32)> {
    ix.dep_pairs
        .iter()
        .filter(|&&(a, b)| a < b && ix.dep_out.has(b, a))
        .copied()
        .collect()
}

/// Strongly connected components of size ≥ 2 of the dependency graph, each sorted, sorted.
pub(crate) fn dependency_loops(ix: &Index) -> Vec<Vec<u32>> {
    let mut g: DiGraph<(), (), u32> = DiGraph::with_capacity(ix.len(), ix.dep_pairs.len());
    for _ in 0..ix.len() {
        g.add_node(());
    }
    for &(a, b) in &ix.dep_pairs {
        g.add_edge(NodeIndex::new(a as usize), NodeIndex::new(b as usize), ());
    }
    // Kosaraju, not Tarjan: petgraph's Tarjan recurses and a long dependency chain in a big
    // map would overflow the stack.
    let mut loops: Vec<Vec<u32>> = petgraph::algo::kosaraju_scc(&g)
        .into_iter()
        .filter(|c| c.len() >= 2)
        .map(|c| {
            let mut v: Vec<u32> = c.into_iter().map(|n| n.index() as u32).collect();
            v.sort_unstable();
            v
        })
        .collect();
    loops.sort_unstable();
    loops
}

/// Every finding, sorted by rule, stakeholders, via.
pub(crate) fn findings(ix: &Index, mutual: &[(u32, u32)]) -> Vec<Finding> {
    let id = |r: u32| ix.id(r).clone();
    let pair = |rule, a: u32, b: u32| Finding {
        rule,
        stakeholders: vec![id(a), id(b)],
        via: Vec::new(),
    };
    let mut out = Vec::new();

    // schot_blocks_dependency: a schot between A and B while one depends on the other.
    for a in 0..ix.len() as u32 {
        for &b in ix.schot.neighbors(a) {
            if a < b && (ix.dep_out.has(a, b) || ix.dep_out.has(b, a)) {
                out.push(pair(Rule::SchotBlocksDependency, a, b));
            }
        }
    }

    // interdependent_without_collaboration.
    for &(a, b) in mutual {
        if !ix.collab.has(a, b) {
            out.push(pair(Rule::InterdependentWithoutCollaboration, a, b));
        }
    }

    // shared_interest_without_collaboration: A and B both interested in C.
    let mut shared: Vec<(u32, u32, u32)> = Vec::new();
    for c in 0..ix.len() as u32 {
        let interested = ix.interest_in.neighbors(c);
        for (i, &a) in interested.iter().enumerate() {
            for &b in &interested[i + 1..] {
                if !ix.collab.has(a, b) {
                    shared.push((a, b, c));
                }
            }
        }
    }
    shared.sort_unstable();
    for group in shared.chunk_by(|x, y| (x.0, x.1) == (y.0, y.1)) {
        let (a, b, _) = group[0];
        out.push(Finding {
            rule: Rule::SharedInterestWithoutCollaboration,
            stakeholders: vec![id(a), id(b)],
            via: group.iter().map(|&(_, _, c)| id(c)).collect(),
        });
    }

    // cross_domain_dependency_without_collaboration: once per unordered pair.
    let mut cross: Vec<(u32, u32)> = ix
        .dep_pairs
        .iter()
        .map(|&(a, b)| (a.min(b), a.max(b)))
        .filter(|&(a, b)| {
            let (da, db) = (ix.domain(a), ix.domain(b));
            !da.is_empty() && !db.is_empty() && da != db && !ix.collab.has(a, b)
        })
        .collect();
    cross.sort_unstable();
    cross.dedup();
    for (a, b) in cross {
        out.push(pair(Rule::CrossDomainDependencyWithoutCollaboration, a, b));
    }

    // isolated: no relations at all.
    for a in 0..ix.len() as u32 {
        if ix.degrees(a).iter().all(|&d| d == 0) {
            out.push(Finding {
                rule: Rule::Isolated,
                stakeholders: vec![id(a)],
                via: Vec::new(),
            });
        }
    }

    out.sort_unstable();
    out
}
