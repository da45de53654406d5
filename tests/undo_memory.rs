//! Undo can't grow without bound: 100 steps (the most kept) on a 5,000-stakeholder map, each
//! moving every stakeholder (a tidy), measured with a counting allocator.

use std::alloc::System;

use ecomap::app::{Command, Document};
use ecomap::model::generated_map;
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Bytes alive now that were not when `region` began (a reallocation counts as a
/// deallocation and an allocation).
fn grown(region: &Region<System>) -> isize {
    let c = region.change();
    c.bytes_allocated as isize - c.bytes_deallocated as isize
}

#[test]
fn a_hundred_steps_on_5000_stakeholders_stay_under_100_mb() {
    let map = generated_map(5_000, 3, 7).unwrap();
    let ids: Vec<ecomap::model::StakeholderId> = map
        .stakeholders_sorted()
        .iter()
        .map(|s| s.id.clone())
        .collect();
    let map_bytes = {
        let region = Region::new(GLOBAL);
        let copy = map.clone();
        let bytes = grown(&region);
        drop(copy);
        bytes
    };
    let mut doc = Document::new(map, None);
    let region = Region::new(GLOBAL);
    for step in 0..110 {
        let moves = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), f64::from(step), i as f64))
            .collect();
        doc.apply(Command::Move(moves)).unwrap();
    }
    let total = grown(&region);
    eprintln!(
        "100 steps moving 5,000 stakeholders: {:.1} MB (one copy of the map: {:.1} MB)",
        total as f64 / 1e6,
        map_bytes as f64 / 1e6
    );
    assert_eq!(doc.undo_depth(), 100);

    assert!(total < 100_000_000, "{total} bytes");
    // Less than whole copies of the map would take.
    assert!(total < 100 * map_bytes, "{total} vs {map_bytes} per copy");
}
