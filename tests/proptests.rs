//! Property tests: random valid maps survive save → load; random and mutated bytes never panic
//! the loader.

use ecomap::io;
use ecomap::model::{Map, Relation, RelationKind, Stakeholder, StakeholderKind};
use proptest::prelude::*;

fn arb_map() -> impl Strategy<Value = Map> {
    let stakeholder = (
        "[a-z0-9-]{1,8}",
        "\\PC{1,12}",
        0..StakeholderKind::ALL.len(),
        "[a-zA-Z ]{0,6}",
        -1e6f64..1e6,
        -1e6f64..1e6,
        "\\PC{0,10}",
    );
    (
        "\\PC{0,20}",
        prop::collection::vec(stakeholder, 0..12),
        prop::collection::vec(
            (
                0..4usize,
                any::<prop::sample::Index>(),
                any::<prop::sample::Index>(),
                "\\PC{0,6}",
            ),
            0..30,
        ),
    )
        .prop_map(|(title, ss, rs)| {
            let mut m = Map::new(&title);
            for (id, name, k, domain, x, y, notes) in ss {
                let mut s = Stakeholder::new(&id, &name, StakeholderKind::ALL[k], x, y);
                s.domain = domain;
                s.notes = notes;
                // Duplicates and blank names are refused by the model: skip them.
                let _ = m.add_stakeholder(s);
            }
            let ids: Vec<String> = m
                .stakeholders_sorted()
                .iter()
                .map(|s| s.id.clone())
                .collect();
            if ids.len() >= 2 {
                for (i, (k, a, b, label)) in rs.into_iter().enumerate() {
                    let (from, to) = (a.get(&ids), b.get(&ids));
                    let mut r = Relation::new(&format!("r{i}"), RelationKind::ALL[k], from, to);
                    r.label = label;
                    let _ = m.add_relation(r);
                }
            }
            m
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn save_load_round_trip(map in arb_map()) {
        let bytes = io::to_bytes(&map).unwrap();
        let back = io::from_bytes(&bytes).unwrap();
        prop_assert_eq!(&back, &map);
        prop_assert_eq!(io::to_bytes(&back).unwrap(), bytes);
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = io::from_bytes(&bytes);
    }

    #[test]
    fn mutated_files_never_panic(map in arb_map(), edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..8)) {
        let mut bytes = io::to_bytes(&map).unwrap();
        for (at, byte, op) in edits {
            if bytes.is_empty() { break; }
            let i = at.index(bytes.len());
            match op {
                0 => bytes[i] = byte,
                1 => { bytes.remove(i); }
                _ => bytes.truncate(i),
            }
        }
        if let Ok(m) = io::from_bytes(&bytes) {
            // Whatever loads is a valid map that analyses and saves again.
            let _ = ecomap::analysis::analyze(&m);
            prop_assert!(io::to_bytes(&m).is_ok());
        }
    }
}
