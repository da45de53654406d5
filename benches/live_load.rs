//! The room under load, measured (not a criterion benchmark: one long run). 60 simulated phones
//! on loopback for 60 s, each proposing about 10 times a minute and polling every 2 s, while the
//! editor accepts every proposal from the keyboard and draws frames. Prints the round trips'
//! p50/p99 (target p99 ≤ 50 ms) and the frame times. `cargo bench --bench live_load`.

use std::net::{IpAddr, Ipv4Addr};
use std::time::{Duration, Instant};

use ecomap::app::{EcomapApp, Startup};
use ecomap::lang::Lang;
use egui::Key;
use egui_kittest::Harness;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "../tests/common/phones.rs"]
mod phones;

fn main() {
    // `cargo bench` passes `--bench`; a filter that is not ours means another bench was asked.
    if std::env::args()
        .skip(1)
        .any(|a| !a.starts_with('-') && !"live_load".contains(&a))
    {
        return;
    }
    let seconds: u64 = std::env::var("LIVE_LOAD_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample_maps/regionaal-werkgeverschap.ecomap.json");
    let mut startup = Some(Startup::headless(Some(path), Lang::Nl));
    let mut h: Harness<'static, EcomapApp> = Harness::builder()
        .with_size([1920.0, 1080.0])
        .build_eframe(move |cc| EcomapApp::new(&cc.egui_ctx, None, startup.take().unwrap()));
    h.run_steps(4);
    h.state_mut()
        .live
        .start(IpAddr::V4(Ipv4Addr::LOCALHOST), None)
        .unwrap();
    h.run_steps(2);
    let (url, _, _) = h.state().live.addresses().unwrap();
    let before = h.state().doc.as_ref().unwrap().map().stakeholder_count();
    let started = Instant::now();
    let phones = std::thread::spawn(move || {
        phones::run(
            &url,
            60,
            Duration::from_secs(seconds),
            Duration::from_secs(6),
        )
    });
    let mut frames = Vec::new();
    while !phones.is_finished() || !h.state().live.pending.is_empty() {
        let t = Instant::now();
        if !h.state().live.pending.is_empty() {
            h.key_press(Key::Enter);
        }
        h.step();
        frames.push(t.elapsed());
        // About 60 frames a second, as a screen would ask.
        std::thread::sleep(Duration::from_millis(16).saturating_sub(t.elapsed()));
    }
    let load = phones.join().unwrap();
    let map = h.state().doc.as_ref().unwrap().map();
    let lost = load
        .proposed
        .iter()
        .filter(|n| !map.stakeholders().any(|s| &s.name == *n))
        .count();
    frames.sort_unstable();
    let q = |v: &[Duration], f: f64| v[((v.len() as f64 - 1.0) * f).round() as usize];
    println!(
        "live_load: 60 phones, {:.0} s: {} requests, {} proposals, {} refused, {} lost; {} added to the map",
        started.elapsed().as_secs_f64(),
        load.latencies.len(),
        load.proposed.len(),
        load.refused.len(),
        lost,
        map.stakeholder_count() - before,
    );
    println!(
        "live_load: polls and proposals ({}): round trips p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        load.latencies.len(),
        load.quantile(0.5).as_secs_f64() * 1e3,
        load.quantile(0.99).as_secs_f64() * 1e3,
        load.quantile(1.0).as_secs_f64() * 1e3,
    );
    let mut joins = load.joins.clone();
    joins.sort_unstable();
    println!(
        "live_load: the 60 joins, all in the same instant: p50 {:.2} ms, max {:.2} ms",
        q(&joins, 0.5).as_secs_f64() * 1e3,
        q(&joins, 1.0).as_secs_f64() * 1e3,
    );
    println!(
        "live_load: editor frames ({}): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        frames.len(),
        q(&frames, 0.5).as_secs_f64() * 1e3,
        q(&frames, 0.99).as_secs_f64() * 1e3,
        q(&frames, 1.0).as_secs_f64() * 1e3,
    );
}
