//! Pure analysis of a map: where partners depend on each other and where integration is
//! missing. `&Map -> Analysis`; no screen, no files.
//!
//! The rules are exact and documented in `docs/analysis.md`; every list is sorted so the
//! output is stable.

mod compare;
mod domains;
mod index;
mod messages;
mod metrics;
mod neighbourhood;
mod rules;
mod weak;

pub use compare::{Comparison, RelationChange, compare, compare_analysed};
pub use domains::{DomainPair, domain_summary};
pub use messages::{
    InterestGroup, grouped_sentences, interest_groups, interest_sets, join_names, schot_lines,
    weak_link_sentence,
};
pub use metrics::{BetweennessMethod, Metrics, StakeholderMetrics};
pub use neighbourhood::{Neighbours, neighbours, steps_from, steps_from_indices};
pub use rules::{Finding, Rule};
pub use weak::{detached_by, weak_links};

use crate::model::{Key, Map, RelationId, StakeholderId};
use index::Index;

/// How much work betweenness centrality may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BetweennessPolicy {
    /// Exact up to a few thousand stakeholders, sampled beyond, skipped on huge maps.
    Auto,
    /// Don't compute it (e.g. for a live overlay that does not show it).
    Skip,
}

/// Everything the analysis finds in a map.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Analysis {
    /// Unordered pairs `[a, b]` (a < b) where each depends on the other.
    pub mutual_dependencies: Vec<[StakeholderId; 2]>,
    /// Strongly connected components of size ≥ 2 of the dependency graph, each sorted.
    pub dependency_loops: Vec<Vec<StakeholderId>>,
    /// Weak links (kwetsbare schakels): the stakeholders whose absence splits the map (every
    /// relation but schotten, undirected), sorted.
    pub weak_links: Vec<StakeholderId>,
    /// Where integration is missing, sorted by rule, stakeholders, via.
    pub findings: Vec<Finding>,
    /// The findings that rest on contested relations: they would not be there if the
    /// contested relations were left out. Sorted.
    pub contested: Vec<Finding>,
    pub metrics: Metrics,
}

/// Analyse a map with the default betweenness policy.
/// A finding's name across analyses and sessions: its rule and its stakeholders (the room's
/// votes are kept by it).
pub fn finding_key(rule: Rule, stakeholders: &[crate::model::StakeholderId]) -> String {
    format!("{}:{}", rule.id(), stakeholders.join(","))
}

pub fn analyze(map: &Map) -> Analysis {
    analyze_with(map, BetweennessPolicy::Auto)
}

/// Analyse a map.
pub fn analyze_with(map: &Map, policy: BetweennessPolicy) -> Analysis {
    let index = Index::build(map);
    let mutual = rules::mutual_dependency_pairs(&index);
    let loops = rules::dependency_loops(&index);
    let findings = rules::findings(&index, &mutual);
    let metrics = metrics::metrics(&index, policy);
    let contested = contested_findings(map, &findings);
    let name = |r: u32| index.id(r).clone();
    Analysis {
        mutual_dependencies: mutual.iter().map(|&(a, b)| [name(a), name(b)]).collect(),
        dependency_loops: loops
            .into_iter()
            .map(|l| l.into_iter().map(name).collect())
            .collect(),
        weak_links: weak::weak_links(map),
        findings,
        contested,
        metrics,
    }
}

/// Of `findings` (the map's, sorted), those that are gone once the contested relations are
/// left out. No contested relations: none, at no cost.
fn contested_findings(map: &Map, findings: &[Finding]) -> Vec<Finding> {
    let contested: Vec<&RelationId> = map
        .relations()
        .filter(|r| r.is_contested())
        .map(|r| &r.id)
        .collect();
    if contested.is_empty() {
        return Vec::new();
    }
    let Ok(mut agreed) = map.scenario_map(map.scenario()) else {
        return Vec::new();
    };
    for id in contested {
        if let Err(e) = agreed.remove_relation(id) {
            log::error!("contested relation {id} could not be left out: {e}");
        }
    }
    let index = Index::build(&agreed);
    let without = rules::findings(&index, &rules::mutual_dependency_pairs(&index));
    findings
        .iter()
        .filter(|f| without.binary_search(f).is_err())
        .cloned()
        .collect()
}

impl Analysis {
    /// Whether `a` and `b` depend on each other.
    pub fn is_mutual(&self, a: &StakeholderId, b: &StakeholderId) -> bool {
        let (a, b) = if a <= b {
            (a.as_str(), b.as_str())
        } else {
            (b.as_str(), a.as_str())
        };
        self.mutual_dependencies
            .binary_search_by(|p| (p[0].as_str(), p[1].as_str()).cmp(&(a, b)))
            .is_ok()
    }

    /// Whether a finding rests on contested relations (see [`Analysis::contested`]).
    pub fn is_contested(&self, f: &Finding) -> bool {
        self.contested.binary_search(f).is_ok()
    }

    /// Whether a stakeholder is part of a dependency loop.
    pub fn in_loop(&self, id: &(impl Key<StakeholderId> + ?Sized)) -> bool {
        let id = id.key();
        self.dependency_loops
            .iter()
            .any(|l| l.binary_search_by(|x| x.as_str().cmp(id)).is_ok())
    }

    /// The dependency loops that say more than a mutual dependency: a loop of exactly the two
    /// partners of a mutual dependency is that mutual dependency again, and is shown once (the
    /// JSON keeps both lists).
    pub fn loops_beyond_mutual(&self) -> Vec<&Vec<StakeholderId>> {
        self.dependency_loops
            .iter()
            .filter(|l| !(l.len() == 2 && self.mutual_dependencies.iter().any(|m| m[..] == l[..])))
            .collect()
    }

    /// How many findings each rule produced, in rule order.
    pub fn counts_by_rule(&self) -> Vec<(Rule, usize)> {
        Rule::ALL
            .iter()
            .map(|&r| (r, self.findings.iter().filter(|f| f.rule == r).count()))
            .collect()
    }
}

#[cfg(test)]
mod tests;
