//! Drawing relations with the mouse, never silently: from a card's edge without Shift, and a
//! drop that makes no relation says why at the pointer (and offers the fix). Real input events
//! in the real app, at 1920×1080 and 1366×768.

use std::path::Path;

use ecomap::app::EcomapApp;
use egui::{Event, Modifiers, Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
use common::*;

fn app_at(path: &Path, size: [f32; 2]) -> Harness<'static, EcomapApp> {
    with_file_at(path, size)
}

/// The right edge of a card on screen, just inside.
fn edge_of(h: &Harness<'_, EcomapApp>, id: &str) -> Pos2 {
    let app = h.state();
    let i = app.canvas.scene().index_of[id];
    let n = &app.canvas.scene().nodes[i as usize];
    let right = egui::pos2(n.rect.right(), n.rect.center().y);
    let view = app.canvas.view;
    view.to_screen(app.canvas.rect(), right) - vec2(3.0, 0.0)
}

#[test]
fn a_drag_from_a_cards_edge_draws_a_relation_and_every_failed_drop_says_why() {
    for size in [[1920.0, 1080.0], [1366.0, 768.0]] {
        let dir = tempfile::tempdir().unwrap();
        let path = three_in_a_row(dir.path(), false);
        let mut h = app_at(&path, size);

        // From the edge of Gemeente to Welzijn Oost, no Shift: a relation.
        let to = pos_of(&h, "welzijn");
        let from = edge_of(&h, "gemeente");
        drag(&mut h, from, to, Modifiers::NONE);
        assert_eq!(map(&h).relation_count(), 1, "{size:?}");
        let r = map(&h).relations().next().unwrap().clone();
        assert_eq!((r.from.as_str(), r.to.as_str()), ("gemeente", "welzijn"));

        // From the middle of a card: it moves, as before; no relation.
        let before = map(&h).stakeholder("zorg").unwrap().y;
        let mid = pos_of(&h, "zorg");
        drag(&mut h, mid, mid + vec2(0.0, 60.0), Modifiers::NONE);
        assert_eq!(map(&h).relation_count(), 1);
        assert!(
            map(&h).stakeholder("zorg").unwrap().y > before,
            "{size:?}: the card moved"
        );

        // The same relation again: none, and the reason at the pointer.
        let (from, to) = (edge_of(&h, "gemeente"), pos_of(&h, "welzijn"));
        drag(&mut h, from, to, Modifiers::NONE);
        assert_eq!(map(&h).relation_count(), 1);
        assert!(
            h.query_by_label_contains("already there").is_some(),
            "{size:?}"
        );

        // Onto itself: none, said.
        let e = edge_of(&h, "welzijn");
        let to = pos_of(&h, "welzijn");
        drag(&mut h, e, to, Modifiers::NONE);
        assert_eq!(map(&h).relation_count(), 1);
        assert!(
            h.query_by_label_contains("not connected to itself")
                .is_some()
        );

        // On an empty spot: none, said, with the fix: a new partner there, connected.
        let empty = pos_of(&h, "welzijn") + vec2(0.0, 220.0);
        let from = edge_of(&h, "welzijn");
        drag(&mut h, from, empty, Modifiers::NONE);
        assert_eq!(map(&h).relation_count(), 1);
        assert!(
            h.query_by_label_contains("dropped on an empty spot")
                .is_some()
        );
        h.get_by_label("New partner here, connected").click();
        h.run_steps(3);
        assert!(
            h.state().canvas.new_stakeholder.is_some(),
            "the name field opens"
        );
        h.event(Event::Text("Buurtteam".into()));
        h.step();
        key(&mut h, Modifiers::NONE, egui::Key::Enter);
        let m = map(&h);
        assert_eq!(
            (m.stakeholder_count(), m.relation_count()),
            (4, 2),
            "{size:?}"
        );
        let b = m
            .stakeholders()
            .find(|s| s.name == "Buurtteam")
            .unwrap()
            .id
            .clone();
        assert!(
            m.relations()
                .any(|r| r.from.as_str() == "welzijn" && r.to == b)
        );
        // The partner with its relation was one step.
        key(&mut h, Modifiers::COMMAND, egui::Key::Z);
        let m = map(&h);
        assert_eq!((m.stakeholder_count(), m.relation_count()), (3, 1));
    }
}
