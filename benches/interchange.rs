//! Maps in and out of other tools' files (issue 27): a generated map of 10,000 partners and
//! about 30,000 relations written as `.xlsx`, `.csv`, GEXF and GraphML, and read back; a
//! Kumu-style workbook without places (so the import lays it out); a PDF page of 500 partners.
//! Targets: import of 10,000 elements and 30,000 connections from `.xlsx` under 2 s, export
//! under 1 s.

use criterion::{Criterion, criterion_group, criterion_main};
use ecomap::export::{self, ExportOptions, Format};
use ecomap::io::sheets::{self, KindMapping};
use ecomap::lang::Lang;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn big() -> ecomap::model::Map {
    ecomap::model::generated_map(10_000, 3, 1).unwrap()
}

fn export_10k(c: &mut Criterion) {
    let map = big();
    let analysis = ecomap::analysis::analyze(&map);
    let mut group = c.benchmark_group("export_10k");
    group.sample_size(10);
    group.bench_function("xlsx", |b| {
        b.iter(|| export::sheets::workbook(&map, &analysis, Lang::Nl).unwrap());
    });
    group.bench_function("csv", |b| {
        b.iter(|| export::sheets::csv(&map, Lang::Nl).unwrap());
    });
    group.bench_function("gexf", |b| b.iter(|| export::graphs::gexf(&map)));
    group.bench_function("graphml", |b| b.iter(|| export::graphs::graphml(&map)));
    group.finish();

    let small = ecomap::model::generated_map(500, 3, 1).unwrap();
    let opts = ExportOptions {
        date: "2026-01-01".into(),
        width_mm: export::Paper::A4.drawing_width_mm(),
        ..ExportOptions::default()
    };
    let mut group = c.benchmark_group("export_500");
    group.sample_size(10);
    group.bench_function("pdf_a4", |b| {
        b.iter(|| export::render(&small, Format::Pdf, &opts).unwrap());
    });
    group.finish();
}

fn import_10k(c: &mut Criterion) {
    let map = big();
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("import_10k");
    group.sample_size(10);
    for ext in ["xlsx", "csv", "gexf", "graphml"] {
        let file = dir.path().join(format!("big.{ext}"));
        export::write_data(&map, &file, Lang::Nl).unwrap();
        group.bench_function(ext, |b| {
            b.iter(|| {
                let s = sheets::read_sheets(&file).unwrap();
                sheets::import(&s, &KindMapping::default()).unwrap()
            });
        });
    }
    // Kumu's layout as a project plan has it: names, types and connections, no places (the
    // import lays the 10,000 out).
    let kumu = dir.path().join("kumu.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet().set_name("Elements").unwrap();
    ws.write_row(0, 0, ["Label", "Type"]).unwrap();
    for (i, s) in map.all_stakeholders_sorted().iter().enumerate() {
        ws.write_row(i as u32 + 1, 0, [s.name.as_str(), s.kind.name(Lang::Nl)])
            .unwrap();
    }
    let ws = book.add_worksheet().set_name("Connections").unwrap();
    ws.write_row(0, 0, ["From", "To", "Type"]).unwrap();
    for (i, r) in map.relations_sorted().iter().enumerate() {
        ws.write_row(
            i as u32 + 1,
            0,
            [map.name_of(&r.from), map.name_of(&r.to), r.kind.id()],
        )
        .unwrap();
    }
    book.save(&kumu).unwrap();
    group.bench_function("kumu_xlsx_laid_out", |b| {
        b.iter(|| {
            let s = sheets::read_sheets(&kumu).unwrap();
            sheets::import(&s, &KindMapping::default()).unwrap()
        });
    });
    group.finish();
}

criterion_group!(benches, export_10k, import_10k);
criterion_main!(benches);
