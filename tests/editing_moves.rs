//! The moves every editor has: paste a list, copy/cut/paste cards, select all, Escape, Quit;
//! the context menu, box select and reconnecting a relation's end. Real input events in the
//! real app (headless), at 1920×1080 and 1366×768.
#![allow(clippy::float_cmp)] // Positions that must not change are compared exactly.

use std::fmt::Write as _;
use std::path::Path;

use ecomap::app::EcomapApp;
use ecomap::model::RelationKind;
use ecomap::model::StakeholderKind;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
use common::*;

fn app_at(path: &Path, size: [f32; 2]) -> Harness<'static, EcomapApp> {
    with_file_at(path, size)
}

const SIZES: [[f32; 2]; 2] = [[1920.0, 1080.0], [1366.0, 768.0]];

fn selected(h: &Harness<'_, EcomapApp>) -> Vec<String> {
    h.state()
        .canvas
        .selection
        .stakeholders
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn cells_pasted_from_a_spreadsheet_are_shown_then_added_as_one_step() {
    for size in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let mut h = app_at(&three_in_a_row(dir.path(), true), size);
        // Twelve rows copied from Excel: a header, name / kind / domain, one already on the map.
        let mut tsv = String::from("Naam\tSoort\tDomein\r\n");
        for i in 1..=11 {
            let _ = write!(tsv, "Wijkteam {i}\twelzijn\tWmo\r\n");
        }
        tsv.push_str("Gemeente\tgemeente\tWmo\r\n");
        h.event(Event::Paste(tsv));
        h.run_steps(3);
        // Through the import's window: what comes in, and what not and why.
        assert!(
            h.query_by_label_contains("This comes in: 11 partners and 0 relations")
                .is_some(),
            "{size:?}"
        );
        assert!(
            h.query_by_label_contains(
                "Pasted cells, row 13 (“Gemeente”): that name is on the map already"
            )
            .is_some()
        );
        assert_eq!(map(&h).stakeholder_count(), 3, "nothing added before Enter");
        key(&mut h, Modifiers::NONE, Key::Enter);
        h.run_steps(3);
        let m = map(&h);
        assert_eq!(m.stakeholder_count(), 14, "{size:?}");
        let w = m.stakeholders().find(|s| s.name == "Wijkteam 7").unwrap();
        assert_eq!(
            (w.kind, w.domain.as_str()),
            (StakeholderKind::Welfare, "Wmo")
        );
        // Every card in free space.
        let rects: Vec<egui::Rect> = h
            .state()
            .canvas
            .scene()
            .nodes
            .iter()
            .map(|n| n.rect)
            .collect();
        for (i, a) in rects.iter().enumerate() {
            for b in &rects[i + 1..] {
                assert!(!a.intersects(*b), "{size:?}: {a:?} overlaps {b:?}");
            }
        }
        // One step: one undo takes all eleven away.
        key(&mut h, Modifiers::COMMAND, Key::Z);
        assert_eq!(map(&h).stakeholder_count(), 3);

        // Escape adds nothing.
        h.event(Event::Paste("Huisarts\nApotheek\n".into()));
        h.run_steps(3);
        key(&mut h, Modifiers::NONE, Key::Escape);
        assert_eq!(map(&h).stakeholder_count(), 3);
    }
}

#[test]
fn copy_cut_and_paste_keep_the_relations_among_the_cards_with_fresh_ids() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_at(&three_in_a_row(dir.path(), true), [1366.0, 768.0]);
    // Select Gemeente and Welzijn Oost (Ctrl+click), copy.
    let (a, b) = (pos_of(&h, "gemeente"), pos_of(&h, "welzijn"));
    click_at(&mut h, a);
    h.event(Event::ModifiersChanged(Modifiers::COMMAND));
    h.event(Event::PointerMoved(b));
    h.step();
    press(&mut h, b, true, Modifiers::COMMAND);
    press(&mut h, b, false, Modifiers::COMMAND);
    h.run_steps(2);
    h.event(Event::ModifiersChanged(Modifiers::NONE));
    h.step();
    assert_eq!(selected(&h).len(), 2);
    h.event(Event::Copy);
    h.step();
    let copied = copied_text(&h).expect("copied to the clipboard");
    h.run_steps(2);
    h.event(Event::Paste(copied.clone()));
    h.run_steps(3);
    let m = map(&h);
    assert_eq!((m.stakeholder_count(), m.relation_count()), (5, 2));
    let new: Vec<String> = selected(&h);
    assert_eq!(new.len(), 2, "the pasted cards are selected");
    assert!(
        new.iter().all(|id| id != "gemeente" && id != "welzijn"),
        "fresh ids: {new:?}"
    );
    assert!(
        m.relations()
            .any(|r| new.contains(&r.from.to_string()) && new.contains(&r.to.to_string())),
        "the relation among them came along"
    );
    // One undo takes the paste away.
    key(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(map(&h).stakeholder_count(), 3);

    // Cut: copied, then gone; pasted back.
    assert!(selected(&h).is_empty(), "undone cards are not selected");
    key(&mut h, Modifiers::NONE, Key::F);
    h.run_steps(10);
    let z = pos_of(&h, "zorg");
    click_at(&mut h, z);
    assert_eq!(selected(&h), ["zorg"]);
    h.event(Event::Cut);
    h.step();
    let cut = copied_text(&h).expect("cut copies to the clipboard");
    h.run_steps(2);
    assert!(map(&h).stakeholder("zorg").is_none());
    h.event(Event::Paste(cut));
    h.run_steps(3);
    assert!(map(&h).stakeholders().any(|s| s.name == "Thuiszorg"));
}

/// What the last frame put on the clipboard.
fn copied_text(h: &Harness<'_, EcomapApp>) -> Option<String> {
    h.output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
}

#[test]
fn ctrl_a_selects_all_escape_lets_go_and_typing_keeps_ctrl_a() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_at(&three_in_a_row(dir.path(), true), [1920.0, 1080.0]);
    key(&mut h, Modifiers::COMMAND, Key::A);
    assert_eq!(selected(&h).len(), 3);
    key(&mut h, Modifiers::NONE, Key::Escape);
    assert!(selected(&h).is_empty(), "Escape clears the selection");
    // In a text field Ctrl+A selects its text, not the map.
    key(&mut h, Modifiers::NONE, Key::I);
    h.event(Event::Text("Huisarts".into()));
    h.step();
    key(&mut h, Modifiers::COMMAND, Key::A);
    assert!(selected(&h).is_empty());
}

#[test]
fn quit_asks_about_unsaved_changes_and_closes_a_saved_map() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app_at(&three_in_a_row(dir.path(), true), [1366.0, 768.0]);
    key(&mut h, Modifiers::COMMAND, Key::Q);
    h.run_steps(2);
    assert!(h.state().file.may_close(), "a saved map closes at once");

    let mut h = app_at(&three_in_a_row(dir.path(), true), [1366.0, 768.0]);
    let at = pos_of(&h, "zorg");
    click_at(&mut h, at);
    key(&mut h, Modifiers::NONE, Key::Delete);
    key(&mut h, Modifiers::COMMAND, Key::Q);
    h.run_steps(2);
    assert!(!h.state().file.may_close());
    assert!(
        h.query_by_label_contains("save the changes").is_some(),
        "it asks"
    );
}

fn right_click(h: &mut Harness<'_, EcomapApp>, at: egui::Pos2) {
    h.event(Event::PointerMoved(at));
    h.step();
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Secondary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    h.run_steps(3);
}

#[test]
fn right_click_offers_what_applies_there() {
    for size in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let mut h = app_at(&three_in_a_row(dir.path(), true), size);
        // On a card: it is selected, and Delete deletes it.
        let z = pos_of(&h, "zorg");
        right_click(&mut h, z);
        assert_eq!(selected(&h), ["zorg"], "{size:?}");
        // The menu's item, with its keys beside it (not the scenario row's Delete).
        h.get_by_label("Delete Delete / Backspace").click();
        h.run_steps(3);
        assert!(map(&h).stakeholder("zorg").is_none(), "{size:?}");
        // On the empty map: a new partner right there.
        let empty = z + egui::vec2(0.0, 150.0);
        right_click(&mut h, empty);
        h.get_by_label("Enter partners (name / kind / domain)")
            .click();
        h.run_steps(3);
        assert!(h.state().canvas.new_stakeholder.is_some(), "{size:?}");
        h.event(Event::Text("Apotheek".into()));
        h.step();
        key(&mut h, Modifiers::NONE, Key::Enter);
        assert!(map(&h).stakeholders().any(|s| s.name == "Apotheek"));
        // On a relation: its kind.
        let (a, b) = (pos_of(&h, "gemeente"), pos_of(&h, "welzijn"));
        right_click(&mut h, a + (b - a) * 0.5);
        assert!(
            h.state().canvas.selection.relation.is_some(),
            "{size:?}: the relation"
        );
        h.get_by_role_and_label(egui::accesskit::Role::RadioButton, "Collaboration")
            .click();
        h.run_steps(3);
        assert_eq!(
            map(&h).relations().next().unwrap().kind,
            RelationKind::Collaboration
        );
    }
}

#[test]
fn a_box_selects_and_a_relations_end_is_dragged_to_another_card() {
    for size in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let mut h = app_at(&three_in_a_row(dir.path(), true), size);
        // Shift-drag a box around Gemeente and Welzijn Oost from the empty space above them.
        let (a, b) = (pos_of(&h, "gemeente"), pos_of(&h, "welzijn"));
        drag(
            &mut h,
            a + egui::vec2(-100.0, -90.0),
            b + egui::vec2(40.0, 60.0),
            Modifiers::SHIFT,
        );
        let mut got = selected(&h);
        got.sort();
        assert_eq!(got, ["gemeente", "welzijn"], "{size:?}");
        // A plain drag on the empty map still pans: nothing selected changes, nothing moves.
        let before = map(&h).clone();
        drag(
            &mut h,
            a + egui::vec2(0.0, 150.0),
            a + egui::vec2(50.0, 200.0),
            Modifiers::NONE,
        );
        assert_eq!(*map(&h), before);

        // Select the relation, then drag its far end (at Welzijn Oost) to Thuiszorg.
        let (a, b) = (pos_of(&h, "gemeente"), pos_of(&h, "welzijn"));
        click_at(&mut h, a + (b - a) * 0.5);
        let app = h.state();
        assert!(
            app.canvas.selection.relation.is_some(),
            "{size:?}: the relation is selected"
        );
        let scene = app.canvas.scene();
        let e = scene.edges.iter().find(|e| e.id.is_some()).unwrap();
        let end = app
            .canvas
            .view
            .to_screen(app.canvas.rect(), scene.path(e).end());
        let z = pos_of(&h, "zorg");
        drag(&mut h, end, z, Modifiers::NONE);
        let m = map(&h);
        assert_eq!(m.relation_count(), 1);
        let r = m.relations().next().unwrap();
        assert_eq!(
            (r.from.as_str(), r.to.as_str()),
            ("gemeente", "zorg"),
            "{size:?}"
        );
        assert_eq!(
            m.stakeholder("welzijn").unwrap().x,
            before.stakeholder("welzijn").unwrap().x
        );
        // One step.
        key(&mut h, Modifiers::COMMAND, Key::Z);
        assert_eq!(map(&h).relations().next().unwrap().to.as_str(), "welzijn");
    }
}

#[test]
fn the_kind_list_works_from_the_keyboard() {
    for size in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let mut h = app_at(&three_in_a_row(dir.path(), true), size);
        let z = pos_of(&h, "zorg");
        click_at(&mut h, z);
        // The inspector's kind list, given the keyboard (as Tab would).
        h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Kind")
            .focus();
        h.run_steps(2);
        let kind = |h: &Harness<'_, EcomapApp>| map(h).stakeholder("zorg").unwrap().kind;
        assert_eq!(kind(&h), StakeholderKind::Other);
        // Home, then ↓: the second kind.
        key(&mut h, Modifiers::NONE, Key::Home);
        key(&mut h, Modifiers::NONE, Key::ArrowDown);
        assert_eq!(kind(&h), StakeholderKind::Municipality, "{size:?}");
        // Type-to-select: "inf" is the informal carer; no letter went to the map.
        let zones = h.state().settings.view.zones;
        for c in ["i", "n", "f"] {
            h.event(Event::Text(c.into()));
            h.step();
        }
        h.run_steps(2);
        assert_eq!(kind(&h), StakeholderKind::InformalCarer, "{size:?}");
        assert_eq!(h.state().settings.view.zones, zones);
    }
}
