//! Tidy layout of messy generated maps (3 relations per stakeholder, positions scrambled so
//! related partners start far apart): the force layout with overlap removal, start to finish.
//! Target: 1,000 stakeholders in ≤ 1 s.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ecomap::model::generated_map;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn layouts(c: &mut Criterion) {
    let mut group = c.benchmark_group("layout");
    group.sample_size(10);
    for n in [200usize, 1_000, 5_000] {
        let map = scrambled(n);
        group.bench_with_input(BenchmarkId::new("tidy", n), &map, |b, map| {
            b.iter(|| ecomap::layout::tidy(map));
        });
        // As the editor tidies: for a 1080p canvas beside the side panels, names at 14 px.
        let screen = ecomap::layout::Screen {
            size: [1200.0, 911.0],
            zoom: 0.5,
            typography: ecomap::card::Typography::screen(0.5, 14.0, egui::vec2(150.0, 50.0)),
        };
        group.bench_with_input(BenchmarkId::new("tidy_on_screen", n), &map, |b, map| {
            b.iter(|| ecomap::layout::tidy_on(map, &screen));
        });
        let center = map.stakeholders_sorted()[0].id.clone();
        group.bench_with_input(BenchmarkId::new("onion", n), &map, |b, map| {
            b.iter(|| ecomap::layout::onion(map, &center));
        });
    }
    group.finish();
}

/// A generated map with every stakeholder moved to a pseudo-random spot in the same square.
fn scrambled(n: usize) -> ecomap::model::Map {
    let mut map = generated_map(n, 3, 7).unwrap();
    let side = (n as f64).sqrt() * 220.0;
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 11) as f64 / (1u64 << 53) as f64 * side
    };
    let ids: Vec<ecomap::model::StakeholderId> = map
        .stakeholders_sorted()
        .iter()
        .map(|s| s.id.clone())
        .collect();
    for id in ids {
        let (x, y) = (next(), next());
        map.set_position(&id, x, y).unwrap();
    }
    map
}

criterion_group!(benches, layouts);
criterion_main!(benches);
