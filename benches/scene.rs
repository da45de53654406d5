//! The picture's decisions for a generated 500-stakeholder map (about 1,500 relations): routing
//! relations around foreign cards plus placing their labels (target: 50 ms), and the whole
//! scene (names broken, cards sized, routed, labelled).

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ecomap::card::Typography;
use ecomap::geometry::Grid;
use ecomap::scene::{Scene, labels, route};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn labelled(n: usize) -> ecomap::model::Map {
    // Every other relation labelled, as on hand-drawn maps.
    let mut map = ecomap::model::generated_map(n, 3, 1).unwrap();
    let relations: Vec<_> = map.relations_sorted().into_iter().cloned().collect();
    for (i, mut r) in relations.into_iter().enumerate() {
        if i % 2 == 0 {
            r.label = "financiering".into();
            map.update_relation(r).unwrap();
        }
    }
    map
}

fn scene_500(c: &mut Criterion) {
    let map = labelled(500);
    let analysis = ecomap::analysis::analyze(&map);
    let plain = Typography {
        route: false,
        ..Typography::default()
    };
    let mut group = c.benchmark_group("scene_500");
    group.sample_size(20);
    group.bench_function("route_and_labels", |b| {
        b.iter_batched(
            || Scene::build_with(&map, &analysis, &plain),
            |mut scene| {
                let rects: Vec<_> = scene.nodes.iter().map(|n| n.rect).collect();
                let grid = Grid::build(&rects, 220.0);
                let limits = route::Limits {
                    frame: None,
                    reach: 16.0,
                    step: 64.0,
                    budget: ecomap::scene::detour::BUDGET,
                };
                route::route(&rects, &mut scene.edges, &grid, &limits);
                labels::place(&mut scene, &grid, &[], None);
                scene
            },
            BatchSize::LargeInput,
        );
    });
    group.bench_function("labels_only", |b| {
        b.iter_batched(
            || Scene::build_with(&map, &analysis, &plain),
            |mut scene| {
                let rects: Vec<_> = scene.nodes.iter().map(|n| n.rect).collect();
                let grid = Grid::build(&rects, 220.0);
                labels::place(&mut scene, &grid, &[], None);
                scene
            },
            BatchSize::LargeInput,
        );
    });
    group.bench_function("whole_scene", |b| {
        b.iter(|| Scene::build_with(&map, &analysis, &Typography::default()));
    });
    group.finish();
}

/// Hand-placed maps (a loose grid of long names): the scene the canvas rebuilds on every
/// edit, at zoom 1 and as fitted on a 1920×1080 screen (cards at their smallest legible size).
fn scene_hand_placed(c: &mut Criterion) {
    let mut group = c.benchmark_group("scene_hand_placed");
    group.sample_size(20);
    for n in [25, 120] {
        let map = ecomap::model::hand_placed(n, 4).unwrap();
        let analysis = ecomap::analysis::analyze(&map);
        group.bench_function(format!("zoom_1_{n}"), |b| {
            b.iter(|| Scene::build_with(&map, &analysis, &Typography::default()));
        });
        let fitted = Typography::screen(0.3, 14.0, emath::vec2(150.0, 50.0));
        group.bench_function(format!("fitted_{n}"), |b| {
            b.iter(|| Scene::build_with(&map, &analysis, &fitted));
        });
    }
    group.finish();
}

criterion_group!(benches, scene_500, scene_hand_placed);
criterion_main!(benches);
