//! A compact, sorted view of a map for the analysis: stakeholders as ranks (their position in
//! id order, so sorting ranks sorts ids) and one adjacency list per relation kind, with
//! duplicate relations counted once.

use petgraph::visit::{EdgeRef, IntoEdgeReferences, NodeIndexable};

use crate::model::{Map, RelationKind, Stakeholder, StakeholderId};

/// Compressed adjacency lists: the neighbours of `a` are `targets[offsets[a]..offsets[a+1]]`,
/// sorted and without duplicates.
pub(crate) struct Csr {
    offsets: Vec<u32>,
    targets: Vec<u32>,
}

impl Csr {
    /// Build from (from, to) pairs; sorts and deduplicates them.
    pub(crate) fn from_pairs(n: usize, mut pairs: Vec<(u32, u32)>) -> Csr {
        pairs.sort_unstable();
        pairs.dedup();
        let mut offsets = vec![0u32; n + 1];
        for &(a, _) in &pairs {
            offsets[a as usize + 1] += 1;
        }
        for i in 0..n {
            offsets[i + 1] += offsets[i];
        }
        Csr {
            offsets,
            targets: pairs.into_iter().map(|(_, b)| b).collect(),
        }
    }

    pub(crate) fn neighbors(&self, a: u32) -> &[u32] {
        let a = a as usize;
        &self.targets[self.offsets[a] as usize..self.offsets[a + 1] as usize]
    }

    pub(crate) fn has(&self, a: u32, b: u32) -> bool {
        self.neighbors(a).binary_search(&b).is_ok()
    }

    pub(crate) fn degree(&self, a: u32) -> usize {
        self.neighbors(a).len()
    }

    /// Number of stored (directed) pairs.
    pub(crate) fn len(&self) -> usize {
        self.targets.len()
    }
}

pub(crate) struct Index<'m> {
    /// Stakeholder ids in byte order; a rank is a position in this list.
    ids: Vec<&'m StakeholderId>,
    domains: Vec<&'m str>,
    /// Distinct directed dependency pairs (a depends on b), sorted.
    pub(crate) dep_pairs: Vec<(u32, u32)>,
    pub(crate) dep_out: Csr,
    pub(crate) dep_in: Csr,
    pub(crate) interest_out: Csr,
    pub(crate) interest_in: Csr,
    /// Undirected: both directions stored.
    pub(crate) schot: Csr,
    pub(crate) collab: Csr,
    /// Everything but schotten, undirected: the network brokers connect.
    pub(crate) network: Csr,
}

impl<'m> Index<'m> {
    pub(crate) fn build(map: &'m Map) -> Index<'m> {
        let graph = map.graph();
        let mut nodes: Vec<(&Stakeholder, usize)> = graph
            .node_indices()
            .filter_map(|n| graph.node_weight(n).map(|s| (s, n.index())))
            .collect();
        nodes.sort_unstable_by(|a, b| a.0.id.cmp(&b.0.id));
        let n = nodes.len();
        let mut rank_of = vec![u32::MAX; graph.node_bound()];
        for (rank, &(_, ix)) in nodes.iter().enumerate() {
            rank_of[ix] = rank as u32;
        }
        let ids: Vec<&StakeholderId> = nodes.iter().map(|&(s, _)| &s.id).collect();
        let domains: Vec<&str> = nodes.iter().map(|&(s, _)| s.domain.as_str()).collect();

        let mut by_kind: [Vec<(u32, u32)>; 4] = Default::default();
        for e in graph.edge_references() {
            let (a, b) = (rank_of[e.source().index()], rank_of[e.target().index()]);
            let k = e.weight().kind as usize;
            by_kind[k].push((a, b));
        }
        let [dep, interest, schot, collab] = by_kind;
        let reversed = |v: &[(u32, u32)]| v.iter().map(|&(a, b)| (b, a)).collect::<Vec<_>>();
        let both = |v: &[(u32, u32)]| {
            let mut out = v.to_vec();
            out.extend(v.iter().map(|&(a, b)| (b, a)));
            out
        };
        let mut network = both(&dep);
        network.extend(both(&interest));
        network.extend(both(&collab));

        let mut dep_pairs = dep.clone();
        dep_pairs.sort_unstable();
        dep_pairs.dedup();

        Index {
            domains,
            dep_out: Csr::from_pairs(n, dep_pairs.clone()),
            dep_in: Csr::from_pairs(n, reversed(&dep_pairs)),
            interest_out: Csr::from_pairs(n, interest.clone()),
            interest_in: Csr::from_pairs(n, reversed(&interest)),
            schot: Csr::from_pairs(n, both(&schot)),
            collab: Csr::from_pairs(n, both(&collab)),
            network: Csr::from_pairs(n, network),
            dep_pairs,
            ids,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.ids.len()
    }

    pub(crate) fn id(&self, rank: u32) -> &'m StakeholderId {
        self.ids[rank as usize]
    }

    pub(crate) fn domain(&self, rank: u32) -> &'m str {
        self.domains[rank as usize]
    }

    /// Degree per relation kind, in `RelationKind::ALL` order, duplicates counted once.
    pub(crate) fn degrees(&self, a: u32) -> [usize; 4] {
        let interest = merged_len(
            self.interest_out.neighbors(a),
            self.interest_in.neighbors(a),
        );
        let dep = merged_len(self.dep_out.neighbors(a), self.dep_in.neighbors(a));
        let mut d = [0; 4];
        d[RelationKind::Dependency as usize] = dep;
        d[RelationKind::Interest as usize] = interest;
        d[RelationKind::Schot as usize] = self.schot.degree(a);
        d[RelationKind::Collaboration as usize] = self.collab.degree(a);
        d
    }
}

/// Size of the union of two sorted, deduplicated lists.
#[allow(clippy::many_single_char_names)]
fn merged_len(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
        n += 1;
    }
    n + (a.len() - i) + (b.len() - j)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csr_sorts_and_dedups() {
        let c = Csr::from_pairs(3, vec![(2, 0), (0, 2), (0, 1), (0, 2)]);
        assert_eq!(c.neighbors(0), &[1, 2]);
        assert_eq!(c.neighbors(1), &[] as &[u32]);
        assert!(c.has(2, 0) && !c.has(1, 0));
        assert_eq!(c.len(), 3);
    }

    #[test]
    fn merged_len_counts_union() {
        assert_eq!(merged_len(&[1, 3, 5], &[3, 4]), 4);
        assert_eq!(merged_len(&[], &[1]), 1);
    }
}
