//! UI tests: drive the real app headless with `egui_kittest`, clicking and typing like a user.
#![allow(clippy::float_cmp)] // Positions that must not change are compared exactly.

use std::path::{Path, PathBuf};

use ecomap::app::{EcomapApp, ScriptedDialogs, Startup};
use ecomap::lang::Lang;
use ecomap::model::{Map, RelationKind, Stakeholder, StakeholderKind};
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
use common::*;
use ecomap::model::StakeholderId;

fn sid(id: &str) -> StakeholderId {
    StakeholderId::parse(id).expect("a test's stakeholder id")
}

/// A map with two stakeholders far apart.
fn two_stakeholders(dir: &Path) -> PathBuf {
    let mut m = Map::new("Twee");
    m.add_stakeholder(Stakeholder::new(
        sid("gemeente"),
        "Gemeente",
        StakeholderKind::Municipality,
        -300.0,
        0.0,
    ))
    .unwrap();
    m.add_stakeholder(Stakeholder::new(
        sid("welzijn"),
        "Welzijn Oost",
        StakeholderKind::Welfare,
        300.0,
        0.0,
    ))
    .unwrap();
    let p = dir.join("twee.ecomap.json");
    ecomap::io::save(&m, &p).unwrap();
    p
}

fn double_click_at(h: &mut Harness<'_, EcomapApp>, pos: Pos2) {
    h.event(Event::PointerMoved(pos));
    h.step();
    for _ in 0..2 {
        press(h, pos, true, Modifiers::NONE);
        h.step();
        press(h, pos, false, Modifiers::NONE);
        h.step();
    }
    h.run_steps(3);
}

#[test]
fn create_stakeholder_by_double_click_and_typing_then_undo_redo() {
    let mut h = harness(Startup::headless(None, Lang::En));
    // The start screen offers a new map.
    h.get_by_label("➕ New map").click();
    // Wait past the double-click interval, so the button click doesn't pair with ours.
    h.run_steps(40);
    assert!(map(&h).is_empty());
    let center = h.state().canvas.rect().center();
    double_click_at(&mut h, center);
    assert!(
        h.state().canvas.new_stakeholder.is_some(),
        "the name field opens"
    );
    h.event(Event::Text("Wijkteam Oost".into()));
    h.step();
    key(&mut h, Modifiers::NONE, Key::Enter);
    let names: Vec<String> = map(&h).stakeholders().map(|s| s.name.clone()).collect();
    assert_eq!(names, vec!["Wijkteam Oost".to_owned()]);
    // Placed where the double-click was.
    let p = pos_of(&h, "wijkteam-oost");
    // (The side panel may settle a few pixels when the inspector fills.)
    assert!((p - center).length() < 8.0, "{p:?} vs {center:?}");

    // A second one, cancelled with Escape: nothing added.
    double_click_at(&mut h, center + egui::vec2(0.0, 200.0));
    h.event(Event::Text("Weg".into()));
    key(&mut h, Modifiers::NONE, Key::Escape);
    assert_eq!(map(&h).stakeholder_count(), 1);

    // Typing the name was one step: one undo empties the map, redo brings it back.
    key(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(map(&h).is_empty());
    key(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(map(&h).stakeholder_count(), 1);
    key(&mut h, Modifiers::COMMAND, Key::Z);
    key(&mut h, Modifiers::COMMAND, Key::Y);
    assert_eq!(map(&h).stakeholder_count(), 1);
}

#[test]
fn connect_by_shift_drag_with_chosen_kind_then_change_kind_and_delete() {
    let dir = tempfile::tempdir().unwrap();
    let path = two_stakeholders(dir.path());
    let mut h = with_file(&path, ScriptedDialogs::default());
    // Key 2 picks "interest".
    h.key_press(Key::Num2);
    h.run_steps(2);
    let (a, b) = (pos_of(&h, "gemeente"), pos_of(&h, "welzijn"));
    drag(&mut h, a, b, Modifiers::SHIFT);
    let rels: Vec<_> = map(&h).relations().cloned().collect();
    assert_eq!(rels.len(), 1, "one relation drawn");
    assert_eq!(
        (rels[0].kind, rels[0].from.as_str(), rels[0].to.as_str()),
        (RelationKind::Interest, "gemeente", "welzijn")
    );
    // Positions did not change: a connecting drag does not move.
    assert_eq!(map(&h).stakeholder("gemeente").unwrap().x, -300.0);

    // Click the relation's middle: the inspector shows it; change its kind there.
    let mid = a + (b - a) / 2.0;
    click_at(&mut h, mid);
    assert_eq!(
        h.state().canvas.selection.relation.as_ref(),
        Some(&rels[0].id)
    );
    h.get_by_label_contains("Reverse direction")
        .click_accesskit();
    h.run_steps(2);
    assert_eq!(map(&h).relation(&rels[0].id).unwrap().from, "welzijn");
    // The kind from the inspector's combo box: interest becomes a schot.
    h.get_by_role_and_label(Role::ComboBox, "Kind").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "Schot (wall)")
        .click();
    h.run_steps(3);
    assert_eq!(
        map(&h).relation(&rels[0].id).unwrap().kind,
        RelationKind::Schot
    );
    // One undo step back to an interest, still reversed.
    key(&mut h, Modifiers::COMMAND, Key::Z);
    let r = map(&h).relation(&rels[0].id).unwrap().clone();
    assert_eq!(
        (r.kind, r.from.as_str()),
        (RelationKind::Interest, "welzijn")
    );
    key(&mut h, Modifiers::COMMAND, Key::Y);

    // Delete key removes the selected relation.
    key(&mut h, Modifiers::NONE, Key::Delete);
    assert_eq!(map(&h).relation_count(), 0);
}

/// Type into one of the inspector's fields (found by its label) and leave it with Tab.
fn type_into(h: &mut Harness<'_, EcomapApp>, label: &str, text: &str) {
    let role = if label == "Notes" {
        Role::MultilineTextInput
    } else {
        Role::TextInput
    };
    let field = h.get_by_role_and_label(role, label);
    field.focus();
    h.run_steps(2);
    // Select what is there, so the typing replaces it.
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text(text.into()));
    h.step();
    key(h, Modifiers::NONE, Key::Tab);
    h.run_steps(2);
}

#[test]
fn typing_into_the_inspector_changes_the_stakeholder_and_the_relation_one_step_each() {
    let dir = tempfile::tempdir().unwrap();
    let path = two_stakeholders(dir.path());
    let mut h = with_file(&path, ScriptedDialogs::default());
    let p = pos_of(&h, "gemeente");
    click_at(&mut h, p);
    type_into(&mut h, "Name", "Gemeente Rivierstad");
    type_into(&mut h, "Domain", "Wmo");
    type_into(&mut h, "Notes", "Wethouder zorg");
    let s = map(&h).stakeholder("gemeente").unwrap().clone();
    assert_eq!(
        (s.name.as_str(), s.domain.as_str(), s.notes.as_str()),
        ("Gemeente Rivierstad", "Wmo", "Wethouder zorg")
    );
    // The kind from its combo box.
    h.get_by_role_and_label(Role::ComboBox, "Kind").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "Education").click();
    h.run_steps(3);
    assert_eq!(
        map(&h).stakeholder("gemeente").unwrap().kind,
        StakeholderKind::Education
    );
    // Each field was one step: four undos give the map as it was.
    for _ in 0..4 {
        key(&mut h, Modifiers::COMMAND, Key::Z);
    }
    let s = map(&h).stakeholder("gemeente").unwrap().clone();
    assert_eq!(
        (s.name.as_str(), s.domain.as_str(), s.kind),
        ("Gemeente", "", StakeholderKind::Municipality)
    );
    assert!(!h.state().doc.as_ref().unwrap().is_dirty());

    // A relation's label, typed the same way.
    let (a, b) = (pos_of(&h, "gemeente"), pos_of(&h, "welzijn"));
    drag(&mut h, a, b, Modifiers::SHIFT);
    let id = map(&h).relations().next().unwrap().id.clone();
    click_at(&mut h, a + (b - a) / 2.0);
    assert_eq!(h.state().canvas.selection.relation.as_ref(), Some(&id));
    type_into(&mut h, "Label", "subsidie");
    assert_eq!(map(&h).relation(&id).unwrap().label, "subsidie");
}

#[test]
fn find_selects_and_shows_a_stakeholder_by_part_of_its_name() {
    let mut h = with_file(
        &sample("gezonde-wijk.ecomap.json"),
        ScriptedDialogs::default(),
    );
    key(&mut h, Modifiers::COMMAND, Key::F);
    assert!(h.query_by_label("Find").is_some(), "the find window opens");
    h.event(Event::Text("regenb".into()));
    h.run_steps(2);
    // The match is listed; Enter takes it.
    assert!(h.query_by_label("Basisschool De Regenboog").is_some());
    key(&mut h, Modifiers::NONE, Key::Enter);
    h.run_steps(30);
    let sel: Vec<StakeholderId> = h
        .state()
        .canvas
        .selection
        .stakeholders
        .iter()
        .cloned()
        .collect();
    assert_eq!(sel.len(), 1);
    let id = &sel[0];
    assert_eq!(
        map(&h).stakeholder(id).unwrap().name,
        "Basisschool De Regenboog"
    );
    // In view, and the window closed (its field no longer takes the keys).
    let p = pos_of(&h, id.as_str());
    assert!(h.state().canvas.rect().contains(p), "{p:?}");
    assert!(h.query_by_label("Find").is_none());
}

#[test]
fn drag_moves_a_stakeholder_as_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let path = two_stakeholders(dir.path());
    let mut h = with_file(&path, ScriptedDialogs::default());
    let a = pos_of(&h, "gemeente");
    drag(&mut h, a, a + egui::vec2(0.0, 120.0), Modifiers::NONE);
    let moved = map(&h).stakeholder("gemeente").unwrap().clone();
    assert!(moved.y > 10.0, "moved down: {}", moved.y);
    assert_eq!(moved.x, -300.0);
    key(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(map(&h).stakeholder("gemeente").unwrap().y, 0.0);
    assert!(!h.state().doc.as_ref().unwrap().is_dirty());
}

#[test]
fn delete_a_stakeholder_takes_its_relations() {
    let mut h = with_file(
        &sample("gezonde-wijk.ecomap.json"),
        ScriptedDialogs::default(),
    );
    let before = map(&h).relations_of("gemeente").len();
    assert!(before > 0);
    let total = map(&h).relation_count();
    let p = pos_of(&h, "gemeente");
    click_at(&mut h, p);
    assert!(h.state().canvas.selection.stakeholders.contains("gemeente"));
    key(&mut h, Modifiers::NONE, Key::Delete);
    assert!(map(&h).stakeholder("gemeente").is_none());
    assert_eq!(map(&h).relation_count(), total - before);
    key(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(map(&h).relation_count(), total);
}

#[test]
fn a_broken_file_shows_its_error_and_the_open_map_stays() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("kapot.ecomap.json");
    std::fs::write(
        &broken,
        r#"{"format":"ecomap","version":99,"title":"x","stakeholders":[],"relations":[]}"#,
    )
    .unwrap();
    let good = sample("woonzorg-ontwerplab.ecomap.json");
    let mut h = with_file(&good, ScriptedDialogs::with_answers([Some(broken.clone())]));
    let before = map(&h).clone();
    key(&mut h, Modifiers::COMMAND, Key::O);
    h.run_steps(3);
    let notice = h.state().notice.clone().expect("an error is shown");
    assert!(notice.error);
    assert!(notice.text.contains("kapot.ecomap.json"), "{}", notice.text);
    assert!(notice.text.contains("version 99"), "{}", notice.text);
    h.get_by_label_contains("made by a newer version of ecomap");
    assert_eq!(map(&h), &before);
    assert_eq!(
        h.state().doc.as_ref().unwrap().path.as_deref(),
        Some(good.as_path())
    );
}

#[test]
fn save_as_and_reopen_through_supplied_paths() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("mijn kaart");
    let mut h = with_file(
        &sample("regionaal-werkgeverschap.ecomap.json"),
        ScriptedDialogs::with_answers([Some(target.clone())]),
    );
    // Change something, then save as.
    let p = pos_of(&h, "roc");
    drag(&mut h, p, p + egui::vec2(40.0, 0.0), Modifiers::NONE);
    assert!(h.state().doc.as_ref().unwrap().is_dirty());
    key(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(3);
    let written = dir.path().join("mijn kaart.ecomap.json");
    assert!(written.exists(), "saved with the extension added");
    let doc = h.state().doc.as_ref().unwrap();
    assert!(!doc.is_dirty());
    assert_eq!(ecomap::io::load(&written).unwrap(), *doc.map());
    // Reopen in a fresh app: the same map.
    let h2 = with_file(&written, ScriptedDialogs::default());
    assert_eq!(map(&h2), map(&h));
    assert!(map(&h2).stakeholder("roc").unwrap().x > 380.0);
}

#[test]
fn failed_save_keeps_the_unsaved_marker() {
    let dir = tempfile::tempdir().unwrap();
    let path = two_stakeholders(dir.path());
    let mut h = with_file(
        &path,
        ScriptedDialogs::with_answers([Some(dir.path().join("no/such/dir/k.ecomap.json"))]),
    );
    let p = pos_of(&h, "welzijn");
    drag(&mut h, p, p + egui::vec2(0.0, 50.0), Modifiers::NONE);
    key(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(3);
    let app = h.state();
    assert!(app.doc.as_ref().unwrap().is_dirty());
    assert!(
        app.notice
            .as_ref()
            .is_some_and(|n| n.error && n.text.contains("Could not save"))
    );
}

#[test]
fn clicking_a_finding_selects_its_stakeholders() {
    let mut h = with_file(
        &sample("gezonde-wijk.ecomap.json"),
        ScriptedDialogs::default(),
    );
    let label = "Gemeente and Welzijn Oost depend on each other, but do not work together.";
    // The findings panel scrolls: bring the sentence into view first, as a user would.
    h.get_by_label(label).scroll_to_me();
    h.run_steps(3);
    h.get_by_label(label).click();
    h.run_steps(3);
    let sel: Vec<StakeholderId> = h
        .state()
        .canvas
        .selection
        .stakeholders
        .iter()
        .cloned()
        .collect();
    assert_eq!(sel, ["gemeente", "welzijn-oost"]);
    // Both are on screen after centring.
    let rect = h.state().canvas.rect();
    assert!(rect.contains(pos_of(&h, "gemeente")) && rect.contains(pos_of(&h, "welzijn-oost")));
}

#[test]
fn findings_panel_and_language_switch() {
    let mut s = Startup::headless(Some(sample("gezonde-wijk.ecomap.json")), Lang::Nl);
    s.dialogs = Box::new(ScriptedDialogs::default());
    let mut h = harness(s);
    h.get_by_label("Gemeente en Welzijn Oost zijn van elkaar afhankelijk, maar werken niet samen.");
    h.get_by_label_contains("Waar integratie ontbreekt (13)");
    h.state_mut().lang = Lang::En;
    h.run_steps(2);
    h.get_by_label_contains("Where integration is missing (13)");
}

#[test]
fn help_overlay_lists_shortcuts_from_the_action_table() {
    let mut h = with_file(
        &sample("gezonde-wijk.ecomap.json"),
        ScriptedDialogs::default(),
    );
    key(&mut h, Modifiers::NONE, Key::F1);
    assert!(
        h.query_all_by_label("Keyboard shortcuts").count() >= 2,
        "window title and its own row"
    );
    for a in ecomap::app::ACTIONS.iter().filter(|a| a.shortcut.is_some()) {
        let label = a.label(Lang::En);
        assert!(
            !h.query_all_by_label(label).collect::<Vec<_>>().is_empty(),
            "help lists {label}"
        );
    }
}

#[test]
fn export_from_the_menu_writes_a_png_off_the_ui_thread() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("rapport");
    let mut h = with_file(
        &sample("gezonde-wijk.ecomap.json"),
        ScriptedDialogs::with_answers([Some(target)]),
    );
    key(&mut h, Modifiers::COMMAND, Key::E);
    assert!(h.state().export.window, "Ctrl+E opens the export options");
    h.get_by_label("Save as…").click();
    h.run_steps(3);
    h.state_mut().wait_for_export();
    h.run_steps(2);
    let notice = h.state().notice.clone().unwrap();
    assert!(
        !notice.error && notice.text.starts_with("Exported:"),
        "{}",
        notice.text
    );
    let written = dir.path().join("rapport.png");
    let bytes = std::fs::read(&written).unwrap();
    assert_eq!(&bytes[1..4], b"PNG");
}

/// The export window's other formats: a PDF page, and the data for Excel, Gephi and yEd; each
/// written where the user said, with its extension added, and the data read back as the map.
#[test]
fn export_as_pdf_and_as_data_from_the_window() {
    let dir = tempfile::tempdir().unwrap();
    for (button, ext) in [
        ("PDF", "pdf"),
        ("Excel", "xlsx"),
        ("CSV", "csv"),
        ("GEXF (Gephi)", "gexf"),
        ("GraphML (yEd)", "graphml"),
    ] {
        let target = dir.path().join(format!("kaart-{ext}"));
        let mut h = with_file(
            &sample("gezonde-wijk.ecomap.json"),
            ScriptedDialogs::with_answers([Some(target)]),
        );
        key(&mut h, Modifiers::COMMAND, Key::E);
        h.get_by_label(button).click();
        h.run_steps(2);
        h.get_by_label("Save as…").click();
        h.run_steps(3);
        h.state_mut().wait_for_export();
        h.run_steps(2);
        let notice = h.state().notice.clone().unwrap();
        assert!(
            !notice.error && notice.text.starts_with("Exported:"),
            "{ext}: {}",
            notice.text
        );
        let written = dir.path().join(format!("kaart-{ext}.{ext}"));
        if ext == "pdf" {
            assert!(std::fs::read(&written).unwrap().starts_with(b"%PDF-"));
            continue;
        }
        let sheets = ecomap::io::sheets::read_sheets(&written).unwrap();
        let back = ecomap::io::sheets::import(&sheets, &ecomap::io::sheets::KindMapping::default())
            .unwrap();
        let map = ecomap::io::load(&sample("gezonde-wijk.ecomap.json")).unwrap();
        assert_eq!(
            back.map.stakeholder_count(),
            map.stakeholder_count(),
            "{ext}"
        );
        assert_eq!(back.map.relation_count(), map.relation_count(), "{ext}");
    }
}
