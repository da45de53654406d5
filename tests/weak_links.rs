//! Weak links (kwetsbare schakels) agree with a computation of their own: remove each partner
//! in turn and count the pieces the rest falls into (every relation but schotten, undirected).
//! On the samples and on generated maps up to 2,000 partners.

use std::collections::HashMap;

use ecomap::model::{Map, RelationKind, StakeholderId};

/// Pieces of the map without `gone` (none: the whole map).
fn pieces(n: usize, adj: &[Vec<usize>], gone: Option<usize>) -> usize {
    let mut seen = vec![false; n];
    let mut count = 0;
    for start in 0..n {
        if seen[start] || Some(start) == gone {
            continue;
        }
        count += 1;
        let mut stack = vec![start];
        seen[start] = true;
        while let Some(v) = stack.pop() {
            for &w in &adj[v] {
                if !seen[w] && Some(w) != gone {
                    seen[w] = true;
                    stack.push(w);
                }
            }
        }
    }
    count
}

/// A partner is a weak link when the rest falls into more pieces without it than the whole
/// map has (not counting the partner itself when it stood alone).
fn brute_force(map: &Map) -> Vec<StakeholderId> {
    let ids: Vec<StakeholderId> = map
        .stakeholders_sorted()
        .iter()
        .map(|s| s.id.clone())
        .collect();
    let at: HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let mut adj = vec![Vec::new(); ids.len()];
    for r in map.relations().filter(|r| r.kind != RelationKind::Schot) {
        let (a, b) = (at[r.from.as_str()], at[r.to.as_str()]);
        adj[a].push(b);
        adj[b].push(a);
    }
    let whole = pieces(ids.len(), &adj, None);
    ids.iter()
        .enumerate()
        .filter(|&(i, _)| {
            let alone = adj[i].is_empty();
            let without = pieces(ids.len(), &adj, Some(i));
            // Without it, the map it belonged to (one piece) became two or more.
            without > whole - usize::from(alone)
        })
        .map(|(_, id)| id.clone())
        .collect()
}

#[test]
fn weak_links_agree_with_removing_each_partner() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sample_maps");
    let mut maps: Vec<(String, Map)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".ecomap.json"))
        .map(|p| (p.display().to_string(), ecomap::io::load(&p).unwrap()))
        .collect();
    for (n, seed) in [(10, 1), (25, 2), (60, 3)] {
        maps.push((
            format!("hand-placed {n}"),
            ecomap::model::hand_placed(n, seed).unwrap(),
        ));
    }
    // Sparse generated maps (about one relation each) have many weak links; denser ones few.
    for (n, per, seed) in [(200, 1, 4), (500, 2, 5), (2000, 1, 6), (2000, 3, 7)] {
        maps.push((
            format!("generated {n}×{per}"),
            ecomap::model::generated_map(n, per, seed).unwrap(),
        ));
    }
    for (name, map) in &maps {
        let got = ecomap::analysis::analyze(map).weak_links;
        let want = brute_force(map);
        eprintln!("{name}: {} weak links", got.len());
        assert_eq!(got, want, "{name}");
    }
}
