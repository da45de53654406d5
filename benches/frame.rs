//! Full-UI frame time of the editor, headless (`egui_kittest`), on generated maps of 200, 1,000
//! and 5,000 stakeholders with 3 relations each, analysis overlay on. Each iteration is one
//! egui pass plus tessellation of what it painted (what a GPU backend would then upload).

use std::path::PathBuf;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ecomap::app::{EcomapApp, Startup};
use ecomap::lang::Lang;
use egui_kittest::Harness;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn frame_time(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("frame");
    group.sample_size(20);
    for n in [200usize, 1_000, 5_000] {
        let path: PathBuf = dir.path().join(format!("gen{n}.ecomap.json"));
        ecomap::io::save(&ecomap::model::generated_map(n, 3, 1), &path).unwrap();
        let mut startup = Some(Startup::headless(Some(path), Lang::En));
        let mut h = Harness::builder()
            .with_size([1920.0, 1080.0])
            .build_eframe(move |cc| EcomapApp::new(&cc.egui_ctx, None, startup.take().unwrap()));
        h.run_steps(5);
        assert!(h.state().canvas.show_analysis);
        for (name, zoom) in [("fit", None), ("zoom1", Some(1.0))] {
            if let Some(z) = zoom {
                h.state_mut().canvas.view.zoom = z;
            }
            group.bench_function(BenchmarkId::new(name, n), |b| {
                b.iter(|| {
                    h.step();
                    let out = h.output();
                    let prims = h.ctx.tessellate(out.shapes.clone(), out.pixels_per_point);
                    std::hint::black_box(prims);
                });
            });
        }
    }
    group.finish();
}

criterion_group!(benches, frame_time);
criterion_main!(benches);
