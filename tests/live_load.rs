//! Load on loopback: 60 simulated phones propose and poll while the facilitator accepts every
//! proposal from the keyboard in the real editor. Nothing is lost: every proposal the server
//! took is in the map. Bounded in time (10 s here; `benches/live_load.rs` runs the full 60 s and
//! measures latency and frame times).

use std::net::{IpAddr, Ipv4Addr};
use std::time::{Duration, Instant};

use ecomap::app::ScriptedDialogs;
use egui::Key;

mod common;
use common::*;

#[test]
fn sixty_phones_and_nothing_is_lost() {
    let mut h = with_file(
        &sample("gezonde-wijk.ecomap.json"),
        ScriptedDialogs::default(),
    );
    h.state_mut()
        .live
        .start(IpAddr::V4(Ipv4Addr::LOCALHOST), None)
        .unwrap();
    h.run_steps(2);
    let (url, _, _) = h.state().live.addresses().unwrap();
    let before = map(&h).stakeholder_count();
    let phones = std::thread::spawn(move || {
        phones::run(&url, 60, Duration::from_secs(10), Duration::from_secs(6))
    });
    // The facilitator: Enter whenever a proposal waits, until the phones are done and the
    // queue is empty.
    let mut frames = Vec::new();
    while !phones.is_finished() || !h.state().live.pending.is_empty() {
        let t = Instant::now();
        if !h.state().live.pending.is_empty() {
            h.key_press(Key::Enter);
        }
        h.step();
        frames.push(t.elapsed());
        if phones.is_finished() && h.state().live.pending.is_empty() {
            // One more frame: the last answers reach the queue.
            h.step();
        }
    }
    let load = phones.join().unwrap();
    assert!(load.refused.is_empty(), "refused: {:?}", load.refused);
    assert!(
        load.proposed.len() >= 60,
        "{} proposals",
        load.proposed.len()
    );
    let m = map(&h);
    assert_eq!(m.stakeholder_count(), before + load.proposed.len());
    for name in &load.proposed {
        assert!(m.stakeholders().any(|s| &s.name == name), "{name} was lost");
    }
    frames.sort_unstable();
    eprintln!(
        "{} proposals, round trips p50 {:?} p99 {:?}; {} frames, p50 {:?} p99 {:?}",
        load.proposed.len(),
        load.quantile(0.5),
        load.quantile(0.99),
        frames.len(),
        frames[frames.len() / 2],
        frames[frames.len() * 99 / 100],
    );
}
