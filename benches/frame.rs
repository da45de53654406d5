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

/// The same frames the way the running editor makes them: eframe drives the app through a
/// plain egui context, and builds the accessibility tree only when a screen reader asks for it.
/// (The kittest harness above always builds it, since tests query the UI through it.)
fn frame_time_app(c: &mut Criterion) {
    use eframe::App as _;
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("frame_app");
    group.sample_size(20);
    for n in [200usize, 1_000, 5_000] {
        let path: PathBuf = dir.path().join(format!("gen{n}.ecomap.json"));
        ecomap::io::save(&ecomap::model::generated_map(n, 3, 1), &path).unwrap();
        let ctx = egui::Context::default();
        let cc = eframe::CreationContext::_new_kittest(ctx.clone());
        let mut app = EcomapApp::new(&cc.egui_ctx, None, Startup::headless(Some(path), Lang::En));
        let mut frame = eframe::Frame::_new_kittest();
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1920.0, 1080.0));
        let mut time = 0.0;
        let mut step = |app: &mut EcomapApp| {
            time += 1.0 / 60.0;
            let input = egui::RawInput {
                screen_rect: Some(screen),
                time: Some(time),
                ..Default::default()
            };
            let out = ctx.run_ui(input, |ui| app.ui(ui, &mut frame));
            ctx.tessellate(out.shapes, out.pixels_per_point)
        };
        for _ in 0..5 {
            step(&mut app);
        }
        for (name, zoom) in [("fit", None), ("zoom1", Some(1.0))] {
            if let Some(z) = zoom {
                app.canvas.view.zoom = z;
            }
            group.bench_function(BenchmarkId::new(name, n), |b| {
                b.iter(|| std::hint::black_box(step(&mut app)));
            });
        }
    }
    group.finish();
}

criterion_group!(benches, frame_time, frame_time_app);
criterion_main!(benches);
