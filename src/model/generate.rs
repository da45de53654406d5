//! Deterministic generated maps for benchmarks, tests and `ecomap generate`.

use super::{Map, Relation, RelationKind, Stakeholder, StakeholderKind};

/// A map of `n` stakeholders on a grid with about `per` relations each, mostly to nearby
/// stakeholders (as people draw them), of all four kinds, in eight domains. The same
/// arguments always give the same map.
pub fn generated_map(n: usize, per: usize, seed: u64) -> Map {
    let mut rng = SplitMix(seed);
    let mut map = Map::new(&format!("Gegenereerd ({n})"));
    let side = (n as f64).sqrt().ceil().max(1.0) as usize;
    let domains = [
        "zorg",
        "welzijn",
        "wonen",
        "Wmo",
        "Zvw",
        "Wlz",
        "onderwijs",
        "",
    ];
    let ids: Vec<String> = (0..n).map(|i| format!("s{i:06}")).collect();
    for (i, id) in ids.iter().enumerate() {
        let kind = StakeholderKind::ALL[rng.below(StakeholderKind::ALL.len())];
        let (gx, gy) = ((i % side) as f64, (i / side) as f64);
        let mut s = Stakeholder::new(
            id,
            &format!("Partner {i}"),
            kind,
            gx * 220.0 + rng.jitter(40.0),
            gy * 160.0 + rng.jitter(30.0),
        );
        domains[rng.below(domains.len())].clone_into(&mut s.domain);
        // Ids are unique and names non-empty: this cannot be refused.
        let _ = map.add_stakeholder(s);
    }
    if n < 2 {
        return map;
    }
    let mut r = 0usize;
    for i in 0..n {
        for _ in 0..per {
            // Three in four relations go to a grid neighbour, the rest anywhere.
            let j = if rng.below(4) == 0 {
                rng.below(n)
            } else {
                let dx = rng.below(5) as isize - 2;
                let dy = rng.below(5) as isize - 2;
                (i as isize + dx + dy * side as isize).rem_euclid(n as isize) as usize
            };
            if j == i {
                continue;
            }
            let kind = match rng.below(10) {
                0..=3 => RelationKind::Dependency,
                4..=6 => RelationKind::Interest,
                7 => RelationKind::Schot,
                _ => RelationKind::Collaboration,
            };
            r += 1;
            let _ = map.add_relation(Relation::new(&format!("r{r}"), kind, &ids[i], &ids[j]));
        }
    }
    map
}

/// A tiny, well-known generator (SplitMix64): no dependency needed for benchmark data.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn jitter(&mut self, amount: f64) -> f64 {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64 - 0.5) * 2.0 * amount
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_about_the_right_size() {
        let a = generated_map(1000, 3, 7);
        assert_eq!(a, generated_map(1000, 3, 7));
        assert_eq!(a.stakeholder_count(), 1000);
        assert!(a.relation_count() > 2800 && a.relation_count() <= 3000);
    }
}
