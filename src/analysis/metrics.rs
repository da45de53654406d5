//! Per-stakeholder metrics: degrees and betweenness centrality (Brandes), the brokers or
//! "wevers" who connect partners.

use std::collections::VecDeque;

use super::BetweennessPolicy;
use super::index::Index;
use crate::model::{RelationKind, StakeholderId};

/// Up to this many stakeholders betweenness is exact (Brandes, O(n·m)).
pub const EXACT_BETWEENNESS_LIMIT: usize = 2_000;
/// Beyond this many stakeholders betweenness is skipped: even a sample costs more than the
/// whole rest of the analysis.
pub const BETWEENNESS_SKIP_LIMIT: usize = 50_000;
/// Work budget for a sample: pivots × (stakeholders + adjacency entries).
const SAMPLE_BUDGET: usize = 4_000_000;
const MIN_PIVOTS: usize = 64;

/// How betweenness was computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BetweennessMethod {
    #[default]
    Exact,
    /// Estimated from shortest paths out of `samples` evenly spread stakeholders.
    Sampled { samples: usize },
    /// Not computed (huge map, or not asked for).
    Skipped,
}

/// Metrics of one stakeholder.
#[derive(Debug, Clone, PartialEq)]
pub struct StakeholderMetrics {
    pub id: StakeholderId,
    /// Distinct partners per relation kind, in `RelationKind::ALL` order.
    pub degree: [usize; 4],
    /// How many stakeholders depend on this one.
    pub dependency_in: usize,
    /// How many stakeholders this one depends on.
    pub dependency_out: usize,
    /// Normalised betweenness in [0, 1] over all relations but schotten, undirected.
    pub betweenness: Option<f64>,
}

impl StakeholderMetrics {
    pub fn degree_of(&self, kind: RelationKind) -> usize {
        self.degree[kind as usize]
    }
}

/// Metrics of every stakeholder, sorted by id.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Metrics {
    pub betweenness: BetweennessMethod,
    pub stakeholders: Vec<StakeholderMetrics>,
}

pub(crate) fn metrics(ix: &Index, policy: BetweennessPolicy) -> Metrics {
    let n = ix.len();
    let (method, between) = match policy {
        BetweennessPolicy::Skip => (BetweennessMethod::Skipped, None),
        BetweennessPolicy::Auto if n > BETWEENNESS_SKIP_LIMIT => (BetweennessMethod::Skipped, None),
        BetweennessPolicy::Auto if n <= EXACT_BETWEENNESS_LIMIT => {
            let pivots: Vec<u32> = (0..n as u32).collect();
            (BetweennessMethod::Exact, Some(betweenness(ix, &pivots)))
        }
        BetweennessPolicy::Auto => {
            let k = (SAMPLE_BUDGET / (n + ix.network.len()).max(1)).clamp(MIN_PIVOTS, n);
            // Evenly spread over id order: deterministic, so output is stable.
            let pivots: Vec<u32> = (0..k).map(|i| (i * n / k) as u32).collect();
            (
                BetweennessMethod::Sampled { samples: k },
                Some(betweenness(ix, &pivots)),
            )
        }
    };
    let stakeholders = (0..n as u32)
        .map(|a| StakeholderMetrics {
            id: ix.id(a).clone(),
            degree: ix.degrees(a),
            dependency_in: ix.dep_in.degree(a),
            dependency_out: ix.dep_out.degree(a),
            betweenness: between.as_ref().map(|b| b[a as usize]),
        })
        .collect();
    Metrics {
        betweenness: method,
        stakeholders,
    }
}

/// Brandes' algorithm on the undirected network, from the given sources; scaled up when the
/// sources are a sample, normalised to [0, 1].
fn betweenness(ix: &Index, sources: &[u32]) -> Vec<f64> {
    let n = ix.len();
    let mut score = vec![0.0f64; n];
    if n < 3 || sources.is_empty() {
        return score;
    }
    let mut dist = vec![-1i64; n];
    let mut sigma = vec![0.0f64; n];
    let mut delta = vec![0.0f64; n];
    let mut order: Vec<u32> = Vec::with_capacity(n);
    let mut queue = VecDeque::with_capacity(n);
    for &s in sources {
        order.clear();
        dist.fill(-1);
        sigma.fill(0.0);
        delta.fill(0.0);
        dist[s as usize] = 0;
        sigma[s as usize] = 1.0;
        queue.push_back(s);
        while let Some(v) = queue.pop_front() {
            order.push(v);
            let dv = dist[v as usize];
            for &w in ix.network.neighbors(v) {
                let w = w as usize;
                if dist[w] < 0 {
                    dist[w] = dv + 1;
                    queue.push_back(w as u32);
                }
                if dist[w] == dv + 1 {
                    sigma[w] += sigma[v as usize];
                }
            }
        }
        for &w in order.iter().rev() {
            let w = w as usize;
            for &v in ix.network.neighbors(w as u32) {
                let v = v as usize;
                if dist[v] == dist[w] - 1 {
                    delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
                }
            }
            if w != s as usize {
                score[w] += delta[w];
            }
        }
    }
    // Undirected: each pair is counted from both ends, hence (n-1)(n-2) rather than half.
    let scale = (n as f64 / sources.len() as f64) / ((n - 1) as f64 * (n - 2) as f64);
    for x in &mut score {
        *x *= scale;
    }
    score
}
