//! Between every two domains: how many schotten stand between them, and how many dependencies
//! cross from one to the other without collaboration. Domains compare exactly as written, as in
//! the `cross_domain_dependency_without_collaboration` rule; stakeholders without a domain
//! don't count.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::model::{Map, RelationKind, StakeholderId};

/// Two domains (`a < b`) and what lies between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomainPair {
    pub a: String,
    pub b: String,
    /// Pairs of stakeholders, one in each domain, with a schot between them.
    pub schotten: usize,
    /// Pairs of stakeholders, one in each domain, where one depends on the other and they
    /// have no collaboration relation.
    pub dependencies_without_collaboration: usize,
}

/// Distinct pairs of stakeholders.
type Pairs = BTreeSet<(StakeholderId, StakeholderId)>;

/// Every pair of domains in the map, sorted, zeros included.
pub fn domain_summary(map: &Map) -> Vec<DomainPair> {
    let domain = |id: &StakeholderId| {
        map.stakeholder(id)
            .map(|s| s.domain.as_str())
            .filter(|d| !d.is_empty())
    };
    let unordered = |a: &str, b: &str| {
        if a <= b {
            (a.to_owned(), b.to_owned())
        } else {
            (b.to_owned(), a.to_owned())
        }
    };
    let people = |a: &StakeholderId, b: &StakeholderId| {
        if a <= b {
            (a.clone(), b.clone())
        } else {
            (b.clone(), a.clone())
        }
    };
    let collaborating: HashSet<(StakeholderId, StakeholderId)> = map
        .relations()
        .filter(|r| r.kind == RelationKind::Collaboration)
        .map(|r| people(&r.from, &r.to))
        .collect();
    // Per domain pair, the distinct stakeholder pairs of each sort.
    let mut schot: BTreeMap<(String, String), Pairs> = BTreeMap::new();
    let mut deps: BTreeMap<(String, String), Pairs> = BTreeMap::new();
    for r in map.relations() {
        let (Some(da), Some(db)) = (domain(&r.from), domain(&r.to)) else {
            continue;
        };
        if da == db {
            continue;
        }
        let pair = people(&r.from, &r.to);
        let domains = unordered(da, db);
        match r.kind {
            RelationKind::Schot => {
                schot.entry(domains).or_default().insert(pair);
            }
            RelationKind::Dependency if !collaborating.contains(&pair) => {
                deps.entry(domains).or_default().insert(pair);
            }
            _ => {}
        }
    }
    let domains: BTreeSet<&str> = map
        .stakeholders()
        .map(|s| s.domain.as_str())
        .filter(|d| !d.is_empty())
        .collect();
    let domains: Vec<&str> = domains.into_iter().collect();
    let mut out = Vec::new();
    for (i, a) in domains.iter().enumerate() {
        for b in &domains[i + 1..] {
            let key = ((*a).to_owned(), (*b).to_owned());
            out.push(DomainPair {
                schotten: schot.get(&key).map_or(0, BTreeSet::len),
                dependencies_without_collaboration: deps.get(&key).map_or(0, BTreeSet::len),
                a: key.0,
                b: key.1,
            });
        }
    }
    out
}
