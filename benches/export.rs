//! Export a generated 500-stakeholder map (about 1,500 relations) to a 300-dpi PNG and to SVG.

use criterion::{Criterion, criterion_group, criterion_main};
use ecomap::export::{self, ExportOptions, Format};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn export_500(c: &mut Criterion) {
    let map = ecomap::model::generated_map(500, 3, 1);
    let opts = ExportOptions {
        date: "2026-01-01".into(),
        ..ExportOptions::default()
    };
    let mut group = c.benchmark_group("export_500");
    group.sample_size(10);
    group.bench_function("png_300dpi", |b| {
        b.iter(|| export::render(&map, Format::Png, &opts).unwrap());
    });
    group.bench_function("svg", |b| {
        b.iter(|| export::render(&map, Format::Svg, &opts).unwrap());
    });
    // `--width-mm auto`: the smallest width without overlapping cards (a search over widths,
    // each an SVG layout), for the crowded 500 and for a hand-placed map of 60.
    group.bench_function("auto_width", |b| {
        b.iter(|| export::auto_width(&map, &opts).unwrap());
    });
    let hand = ecomap::model::hand_placed(60, 3);
    group.bench_function("auto_width_hand_placed_60", |b| {
        b.iter(|| export::auto_width(&hand, &opts).unwrap());
    });
    group.finish();
}

criterion_group!(benches, export_500);
criterion_main!(benches);
