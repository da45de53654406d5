//! The room's proposals reach the map, none lost: 10 phones (real HTTP clients on loopback)
//! propose 50 stakeholders in all, 5 each as fast as the server answers, while the facilitator
//! accepts from the keyboard (Enter) in the real editor. Every proposal the server took shows in
//! the editor's queue and ends on the map. Load and latency (60 phones for a minute) are
//! `benches/live_load.rs`'s.

use std::collections::BTreeSet;
use std::net::{IpAddr, Ipv4Addr};
use std::time::{Duration, Instant};

use ecomap::app::ScriptedDialogs;
use ecomap::live::Proposed;
use egui::Key;

mod common;
use common::*;

const PHONES: usize = 10;
const EACH: usize = 5;

#[test]
fn ten_phones_fifty_proposals_none_lost() {
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
    let phones = std::thread::spawn(move || phones::propose(&url, PHONES, EACH));
    // The facilitator: Enter whenever a proposal waits, until every phone has its answers and
    // the queue, read once more after that, is empty. (A guard against a hang, not a measure.)
    let guard = Instant::now() + Duration::from_mins(2);
    let mut queued: BTreeSet<String> = BTreeSet::new();
    let mut done = false;
    while !done {
        assert!(Instant::now() < guard, "still running after two minutes");
        // Whether every answer was in before this frame read the queue.
        let answered = phones.is_finished();
        h.step();
        let pending = &h.state().live.pending;
        for p in pending {
            if let Proposed::Stakeholder { name, .. } = &p.what {
                queued.insert(name.clone());
            }
        }
        done = answered && pending.is_empty();
        if !pending.is_empty() {
            h.key_press(Key::Enter);
        }
    }
    let load = phones.join().unwrap();
    assert!(load.refused.is_empty(), "refused: {:?}", load.refused);
    assert_eq!(
        load.proposed.len(),
        PHONES * EACH,
        "proposals the server took"
    );
    let m = map(&h);
    let on_map: BTreeSet<&str> = m.stakeholders().map(|s| s.name.as_str()).collect();
    for name in &load.proposed {
        assert!(queued.contains(name), "{name} never reached the queue");
        assert!(on_map.contains(name.as_str()), "{name} is not on the map");
    }
    assert_eq!(m.stakeholder_count(), before + PHONES * EACH);
}
