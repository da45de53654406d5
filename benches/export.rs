//! Export a generated 500-stakeholder map (about 1,500 relations) to a 300-dpi PNG and to SVG.

use criterion::{Criterion, criterion_group, criterion_main};
use ecomap::export::{self, ExportOptions, Format};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn export_500(c: &mut Criterion) {
    let map = ecomap::model::generated_map(500, 3, 1).unwrap();
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
    let hand = ecomap::model::hand_placed(60, 3).unwrap();
    group.bench_function("auto_width_hand_placed_60", |b| {
        b.iter(|| export::auto_width(&hand, &opts).unwrap());
    });
    group.finish();
}

/// The report pack of each sample map (images at the default 200 dpi, Markdown, CSV), into a
/// fresh folder each time. Target: ≤ 2 s per sample.
fn report_pack(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let opts = ExportOptions {
        dpi: 200.0,
        date: "2026-01-01".into(),
        ..ExportOptions::default()
    };
    let mut group = c.benchmark_group("report_pack");
    group.sample_size(10);
    let samples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_maps");
    for name in [
        "gezonde-wijk",
        "regionaal-werkgeverschap",
        "woonzorg-ontwerplab",
    ] {
        let map = ecomap::io::load(&samples.join(format!("{name}.ecomap.json"))).unwrap();
        let mut n = 0;
        group.bench_function(name, |b| {
            b.iter(|| {
                n += 1;
                let out = dir.path().join(format!("{name}-{n}"));
                export::pack::write_pack(&map, &out, &opts, &mut |_, _| {}).unwrap()
            });
        });
    }
    group.finish();
}

criterion_group!(benches, export_500, report_pack);
criterion_main!(benches);
