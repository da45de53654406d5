//! Property tests: random valid maps survive save → load; random and mutated bytes never panic
//! the loader.

use ecomap::io;
use ecomap::model::{
    ActionItem, ActionStatus, Confidence, Map, Relation, RelationKind, Stakeholder, StakeholderKind,
};
use ecomap::model::{RelationId, StakeholderId};
use proptest::prelude::*;

fn sid(id: &str) -> StakeholderId {
    StakeholderId::parse(id).expect("a test's stakeholder id")
}

fn rid(id: &str) -> RelationId {
    RelationId::parse(id).expect("a test's relation id")
}

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
                (
                    "\\PC{0,6}",
                    0..4usize,
                    prop::option::of((2000u32..2100, 1u32..13, 1u32..29)),
                ),
            ),
            0..30,
        ),
        // Scenario and action steps: duplicate, leave a stakeholder out, delete a relation,
        // switch, add an action.
        prop::collection::vec((0..5u8, any::<prop::sample::Index>()), 0..10),
    )
        .prop_map(|(title, ss, rs, steps)| {
            let mut m = Map::new(&title);
            for (id, name, k, domain, x, y, notes) in ss {
                let mut s = Stakeholder::new(sid(&id), &name, StakeholderKind::ALL[k], x, y);
                s.domain = domain;
                s.notes = notes;
                // Duplicates and blank names are refused by the model: skip them.
                let _ = m.add_stakeholder(s);
            }
            let ids: Vec<StakeholderId> = m
                .stakeholders_sorted()
                .iter()
                .map(|s| s.id.clone())
                .collect();
            if ids.len() >= 2 {
                for (i, (k, a, b, label, (source, c, date))) in rs.into_iter().enumerate() {
                    let (from, to) = (a.get(&ids), b.get(&ids));
                    let mut r = Relation::new(
                        rid(&format!("r{i}")),
                        RelationKind::ALL[k],
                        from.clone(),
                        to.clone(),
                    );
                    r.label = label;
                    // An empty source is none (as a file says it).
                    r.source = (!source.is_empty()).then_some(source);
                    r.confidence = Confidence::ALL.get(c).copied();
                    r.date = date.map(|(y, mo, d)| format!("{y:04}-{mo:02}-{d:02}"));
                    let _ = m.add_relation(r);
                }
            }
            for (i, (op, at)) in steps.into_iter().enumerate() {
                let ids: Vec<StakeholderId> = m
                    .stakeholders_sorted()
                    .iter()
                    .map(|s| s.id.clone())
                    .collect();
                let rels: Vec<RelationId> =
                    m.relations_sorted().iter().map(|r| r.id.clone()).collect();
                let names: Vec<String> =
                    m.scenario_names().iter().map(ToString::to_string).collect();
                match op {
                    0 => {
                        let _ = m.duplicate_scenario(&format!("S{i}"));
                    }
                    1 if !ids.is_empty() => {
                        let _ = m.remove_stakeholder(at.get::<StakeholderId>(&ids));
                    }
                    2 if !rels.is_empty() => {
                        let _ = m.remove_relation(at.get::<RelationId>(&rels));
                    }
                    3 => {
                        let _ = m.switch_scenario(at.get::<String>(&names));
                    }
                    4 if !ids.is_empty() => {
                        let _ = m.put_action(ActionItem {
                            id: m.fresh_action_id(),
                            rule: ecomap::analysis::Rule::Isolated,
                            stakeholders: vec![at.get(&ids).clone()],
                            what: format!("stap {i}"),
                            owner: Some(at.get::<StakeholderId>(&ids).to_string()),
                            due: None,
                            status: ActionStatus::ALL[i % 3],
                        });
                    }
                    _ => {}
                }
            }
            // A file opens on its first scenario.
            let first = m.scenario_names()[0].clone();
            let _ = m.switch_scenario(&first);
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
