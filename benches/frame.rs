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
        ecomap::io::save(&ecomap::model::generated_map(n, 3, 1).unwrap(), &path).unwrap();
        let mut startup = Some(Startup::headless(Some(path), Lang::En));
        let mut h = Harness::builder()
            .with_size([1920.0, 1080.0])
            .build_eframe(move |cc| EcomapApp::new(&cc.egui_ctx, None, startup.take().unwrap()));
        h.run_steps(5);
        assert!(h.state().settings.view.show_analysis);
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
        ecomap::io::save(&ecomap::model::generated_map(n, 3, 1).unwrap(), &path).unwrap();
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

/// Keeping pace with the room: from Enter on the entry line (`name / kind / domain`) to the new
/// card drawn, on a map of 200 partners at 1920×1080, the way the running editor makes frames.
/// Measured: the frame that reads the keys (the line adds the partner, the map changes) and the
/// next one (the scene rebuilt, the card drawn and the view following). Each new card is undone
/// afterwards, outside the measurement, so the map stays at 200. Target: within one frame at
/// 60 Hz (16.7 ms).
fn keystroke_to_card(c: &mut Criterion) {
    use eframe::App as _;
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("keystroke_to_card");
    group.sample_size(20);
    let n = 200;
    let path: PathBuf = dir.path().join(format!("gen{n}.ecomap.json"));
    ecomap::io::save(&ecomap::model::hand_placed(n, 3).unwrap(), &path).unwrap();
    let ctx = egui::Context::default();
    let cc = eframe::CreationContext::_new_kittest(ctx.clone());
    let mut app = EcomapApp::new(&cc.egui_ctx, None, Startup::headless(Some(path), Lang::Nl));
    let mut frame = eframe::Frame::_new_kittest();
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1920.0, 1080.0));
    let mut time = 0.0;
    let mut step = |app: &mut EcomapApp, events: Vec<egui::Event>| {
        time += 1.0 / 60.0;
        let input = egui::RawInput {
            screen_rect: Some(screen),
            time: Some(time),
            events,
            ..Default::default()
        };
        let out = ctx.run_ui(input, |ui| app.ui(ui, &mut frame));
        ctx.tessellate(out.shapes, out.pixels_per_point)
    };
    let key = |k: egui::Key, m: egui::Modifiers| {
        [true, false].map(|pressed| egui::Event::Key {
            key: k,
            pressed,
            modifiers: m,
            repeat: false,
            physical_key: None,
        })
    };
    for _ in 0..5 {
        step(&mut app, Vec::new());
    }
    // Open the line once, as the facilitator does.
    step(&mut app, key(egui::Key::I, egui::Modifiers::NONE).to_vec());
    step(&mut app, Vec::new());
    let before = app.doc.as_ref().unwrap().map().stakeholder_count();
    // One partner typed: the keys' frame and the next (timed: the card is drawn), then the
    // frame that takes the routed relations, the undo and its frames (not timed).
    let mut cycle = |app: &mut EcomapApp| {
        let t = std::time::Instant::now();
        let mut events = vec![egui::Event::Text("Wijkteam Noord / wel / Wmo".into())];
        events.extend(key(egui::Key::Enter, egui::Modifiers::NONE));
        step(app, events);
        std::hint::black_box(step(app, Vec::new()));
        let took = t.elapsed();
        let map = app.doc.as_ref().unwrap().map();
        let id = map
            .stakeholders()
            .find(|s| s.name == "Wijkteam Noord")
            .map(|s| s.id.clone())
            .expect("the partner was added");
        assert!(
            app.canvas.scene().index_of.contains_key(&id),
            "the card is drawn"
        );
        for _ in 0..2 {
            step(app, Vec::new());
        }
        app.doc.as_mut().unwrap().undo();
        for _ in 0..3 {
            step(app, Vec::new());
        }
        took
    };
    cycle(&mut app);
    assert_eq!(app.doc.as_ref().unwrap().map().stakeholder_count(), before);
    group.bench_function(BenchmarkId::new("hand_placed", n), |b| {
        b.iter_custom(|iters| (0..iters).map(|_| cycle(&mut app)).sum());
    });
    group.finish();
}

/// The peer, side by side: the same generated maps drawn by our canvas alone and by
/// `egui_graphs` 0.32's `GraphView` (names always shown, a layout that does nothing, fit to screen
/// off after the first frame), each in a bare central panel at 1920×1080, one egui pass plus
/// tessellation. Measured in one run, so the ratio is fair to both.
fn frame_peer(c: &mut Criterion) {
    use ecomap::app::{Canvas, Document};
    use egui_graphs::Graph;

    let mut group = c.benchmark_group("frame_peer");
    group.sample_size(20);
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1920.0, 1080.0));
    for n in [200usize, 1_000, 5_000] {
        let map = ecomap::model::generated_map(n, 3, 1).unwrap();
        // Our canvas.
        let ctx = egui::Context::default();
        let doc = Document::new(map.clone(), None);
        let mut canvas = Canvas::default();
        let mut time = 0.0;
        let mut ours = |canvas: &mut Canvas| {
            time += 1.0 / 60.0;
            let input = egui::RawInput {
                screen_rect: Some(screen),
                time: Some(time),
                ..Default::default()
            };
            let out = ctx.run_ui(input, |ui| {
                egui::CentralPanel::default().show(ui, |ui| {
                    canvas.show(ui, &doc, &ecomap::app::ViewOptions::default(), Lang::En);
                });
            });
            ctx.tessellate(out.shapes, out.pixels_per_point)
        };
        for _ in 0..5 {
            ours(&mut canvas);
        }
        for (name, zoom) in [("ecomap_fit", None), ("ecomap_zoom1", Some(1.0))] {
            if let Some(z) = zoom {
                canvas.view.zoom = z;
            }
            group.bench_function(BenchmarkId::new(name, n), |b| {
                b.iter(|| std::hint::black_box(ours(&mut canvas)));
            });
        }

        // egui_graphs, on the same petgraph graph, cards where ours are, named.
        let mut g: PeerGraph = Graph::from(map.graph());
        let nodes: Vec<_> = g.g().node_indices().collect();
        for i in nodes {
            if let Some(node) = g.node_mut(i) {
                let (x, y, name) = {
                    let s = node.payload();
                    (s.x as f32, s.y as f32, s.name.clone())
                };
                node.set_location(egui::pos2(x, y));
                node.set_label(name);
            }
        }
        // Fitted: a context that fits on the first frames, then keeps that view.
        let fitted = egui::Context::default();
        let mut time = 0.0;
        for _ in 0..3 {
            peer_frame(&fitted, &mut time, &mut g, true);
        }
        group.bench_function(BenchmarkId::new("egui_graphs_fit", n), |b| {
            b.iter(|| std::hint::black_box(peer_frame(&fitted, &mut time, &mut g, false)));
        });
        // Zoom 1: a fresh context, never fitted.
        let zoom1 = egui::Context::default();
        for _ in 0..3 {
            peer_frame(&zoom1, &mut time, &mut g, false);
        }
        group.bench_function(BenchmarkId::new("egui_graphs_zoom1", n), |b| {
            b.iter(|| std::hint::black_box(peer_frame(&zoom1, &mut time, &mut g, false)));
        });
    }
    group.finish();
}

type PeerGraph = egui_graphs::Graph<
    ecomap::model::Stakeholder,
    ecomap::model::Relation,
    petgraph::Directed,
    u32,
    egui_graphs::DefaultNodeShape,
    egui_graphs::DefaultEdgeShape,
>;

/// One frame of `egui_graphs`' `GraphView` in a bare panel at 1920×1080, plus tessellation.
fn peer_frame(
    ctx: &egui::Context,
    time: &mut f64,
    g: &mut PeerGraph,
    fit: bool,
) -> Vec<egui::ClippedPrimitive> {
    use egui_graphs::{GraphView, SettingsNavigation, SettingsStyle};
    *time += 1.0 / 60.0;
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1920.0, 1080.0),
        )),
        time: Some(*time),
        ..Default::default()
    };
    let out = ctx.run_ui(input, |ui| {
        egui::CentralPanel::default().show(ui, |ui| {
            GraphView::<KeepState, Keep>::new()
                .with_navigations(&SettingsNavigation::new().with_fit_to_screen_enabled(fit))
                .with_styles(&SettingsStyle::new().with_labels_always(true))
                .show(ui, g);
        });
    });
    ctx.tessellate(out.shapes, out.pixels_per_point)
}

/// A layout for `egui_graphs` that leaves every node where it is (ours were placed from the map).
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
struct KeepState;

impl egui_graphs::LayoutState for KeepState {}

#[derive(Debug, Default)]
struct Keep;

impl egui_graphs::Layout<KeepState> for Keep {
    fn from_state(_: KeepState) -> impl egui_graphs::Layout<KeepState> {
        Keep
    }

    fn next<N, E, Ty, Ix, Dn, De>(
        &mut self,
        _: &mut egui_graphs::Graph<N, E, Ty, Ix, Dn, De>,
        _: &egui::Ui,
    ) where
        N: Clone,
        E: Clone,
        Ty: petgraph::EdgeType,
        Ix: petgraph::stable_graph::IndexType,
        Dn: egui_graphs::DisplayNode<N, E, Ty, Ix>,
        De: egui_graphs::DisplayEdge<N, E, Ty, Ix, Dn>,
    {
    }

    fn state(&self) -> KeepState {
        KeepState
    }
}

criterion_group!(
    benches,
    frame_time,
    frame_time_app,
    keystroke_to_card,
    frame_peer
);
criterion_main!(benches);
