//! Scenarios, comparisons, provenance and actions in the real app, driven like a user with
//! `egui_kittest`.

use std::path::{Path, PathBuf};

use ecomap::app::{EcomapApp, ScriptedDialogs};
use ecomap::model::{Confidence, Map, Relation, RelationKind, Stakeholder, StakeholderKind};
use ecomap::scene::Change;
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
use common::*;
use ecomap::model::{RelationId, StakeholderId};

fn sid(id: &str) -> StakeholderId {
    StakeholderId::parse(id).expect("a test's stakeholder id")
}

fn rid(id: &str) -> RelationId {
    RelationId::parse(id).expect("a test's relation id")
}

/// Three partners; two relations claimed by different people, one by nobody.
fn claimed(dir: &Path) -> PathBuf {
    let mut m = Map::new("Wie zegt wat");
    for (id, name, x) in [
        ("gemeente", "Gemeente", -300.0),
        ("welzijn", "Welzijn Oost", 300.0),
        ("wijkteam", "Wijkteam", 0.0),
    ] {
        m.add_stakeholder(Stakeholder::new(
            sid(id),
            name,
            StakeholderKind::Welfare,
            x,
            0.0,
        ))
        .unwrap();
    }
    let mut r1 = Relation::new(
        rid("r1"),
        RelationKind::Dependency,
        sid("welzijn"),
        sid("gemeente"),
    );
    r1.source = Some("gemeente".into());
    let mut r2 = Relation::new(
        rid("r2"),
        RelationKind::Dependency,
        sid("gemeente"),
        sid("welzijn"),
    );
    r2.source = Some("welzijn".into());
    r2.confidence = Some(Confidence::Contested);
    let r3 = Relation::new(
        rid("r3"),
        RelationKind::Interest,
        sid("wijkteam"),
        sid("gemeente"),
    );
    for r in [r1, r2, r3] {
        m.add_relation(r).unwrap();
    }
    let p = dir.join("wie.ecomap.json");
    ecomap::io::save(&m, &p).unwrap();
    p
}

/// Whether some text on screen contains `text`.
fn has(h: &Harness<'_, EcomapApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

fn active(h: &Harness<'_, EcomapApp>) -> String {
    map(h).scenario().to_string()
}

#[test]
fn duplicate_switch_and_undo_a_scenario_from_the_keyboard_and_the_toolbar() {
    let dir = tempfile::tempdir().unwrap();
    let path = claimed(dir.path());
    let mut h = with_file(&path, ScriptedDialogs::default());
    assert_eq!(map(&h).scenario_names(), ["Nu"]);
    // Ctrl+D asks for the copy's name, offering "Straks"; Enter makes it.
    key(&mut h, Modifiers::COMMAND, Key::D);
    h.get_by_label("OK");
    h.run_steps(2);
    // The name field has the focus already.
    key(&mut h, Modifiers::NONE, Key::Enter);
    h.run_steps(2);
    assert_eq!(map(&h).scenario_names(), ["Nu", "Straks"]);
    assert_eq!(active(&h), "Straks");
    // A change in Straks leaves Nu as it was.
    let id = rid("r3");
    h.state_mut().canvas.selection.relation = Some(id.clone());
    h.run_steps(2);
    key(&mut h, Modifiers::NONE, Key::Delete);
    assert_eq!(map(&h).relation_count(), 2);
    // The toolbar's button shows Nu again.
    h.get_by_role_and_label(Role::Button, "Nu").click();
    h.run_steps(3);
    assert_eq!(active(&h), "Nu");
    assert_eq!(map(&h).relation_count(), 3);
    // Ctrl+PageDown: the next scenario.
    key(&mut h, Modifiers::COMMAND, Key::PageDown);
    assert_eq!(active(&h), "Straks");
    // Undo goes back through the deletion (in Straks), then the copy.
    key(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(map(&h).relation_count(), 3);
    key(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(map(&h).scenario_names(), ["Nu"]);
    // Saved and read back: both scenarios, as version 2.
    key(&mut h, Modifiers::COMMAND, Key::Y);
    key(&mut h, Modifiers::COMMAND, Key::S);
    let back = ecomap::io::load(&path).unwrap();
    assert_eq!(back.scenario_names(), ["Nu", "Straks"]);
}

#[test]
fn the_comparison_marks_what_came_left_and_changed_and_says_what_it_resolves() {
    let mut h = with_file(
        &sample("regionaal-werkgeverschap.ecomap.json"),
        ScriptedDialogs::default(),
    );
    assert_eq!(active(&h), "Nu");
    // V: "Straks" compared with "Nu".
    key(&mut h, Modifiers::NONE, Key::V);
    h.run_steps(3);
    assert_eq!(active(&h), "Straks");
    let app = h.state();
    let doc = app.doc.as_ref().unwrap();
    let (c, _) = doc.comparison().expect("a comparison is shown");
    assert_eq!((c.from.as_str(), c.to.as_str()), ("Nu", "Straks"));
    let scene = app.canvas.scene();
    let change = |id: &str| {
        scene
            .nodes
            .iter()
            .find(|n| n.id == id)
            .and_then(|n| n.change)
    };
    assert_eq!(change("flexbureau"), Some(Change::Removed), "a ghost card");
    let edge = |id: &str| {
        scene
            .edges
            .iter()
            .find(|e| e.id.as_ref().is_some_and(|x| *x == id))
            .and_then(|e| e.change)
    };
    assert_eq!(edge("r36"), Some(Change::Added));
    assert_eq!(
        edge("r15"),
        Some(Change::Removed),
        "the schot that came down"
    );
    // The findings panel says what the change resolves.
    assert!(has(&h, "Comparison from Nu to Straks"));
    assert!(has(
        &h,
        "ROC Zorg & Welzijn and VVT Noorderzorg now work together"
    ));
    // V again: back to Straks alone.
    key(&mut h, Modifiers::NONE, Key::V);
    assert!(h.state().doc.as_ref().unwrap().comparison().is_none());
    assert!(
        h.state()
            .canvas
            .scene()
            .nodes
            .iter()
            .all(|n| n.change.is_none())
    );
}

#[test]
fn an_action_on_a_finding_is_typed_shown_in_the_walkthrough_and_resolved_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let path = claimed(dir.path());
    let mut h = with_file(&path, ScriptedDialogs::default());
    // Walk to the first finding, then N: an action on it, its field ready for typing.
    key(&mut h, Modifiers::NONE, Key::ArrowRight);
    key(&mut h, Modifiers::NONE, Key::N);
    h.run_steps(2);
    assert_eq!(map(&h).actions().len(), 1);
    h.event(Event::Text("Samen een subsidieafspraak maken".into()));
    h.step();
    key(&mut h, Modifiers::NONE, Key::Tab);
    h.run_steps(2);
    let a = map(&h).actions()[0].clone();
    assert_eq!(a.what, "Samen een subsidieafspraak maken");
    assert_eq!(
        a.rule,
        ecomap::analysis::Rule::InterdependentWithoutCollaboration
    );
    // The walkthrough shows it under its finding, and the finding as resting on a contested
    // relation.
    assert!(has(&h, "Action: Samen een subsidieafspraak maken"));
    assert!(has(&h, "rests on contested relations"));
    // In a scenario where they work together, the action says its finding is resolved.
    key(&mut h, Modifiers::NONE, Key::Escape);
    key(&mut h, Modifiers::COMMAND, Key::D);
    key(&mut h, Modifiers::NONE, Key::Enter);
    h.run_steps(2);
    let collab = Relation::new(
        rid("r9"),
        RelationKind::Collaboration,
        sid("gemeente"),
        sid("welzijn"),
    );
    h.state_mut().apply(ecomap::app::Command::Connect(collab));
    h.run_steps(3);
    assert!(has(&h, "finding resolved"));
    // Its status from the combo box, one undo step.
    let depth = h.state().doc.as_ref().unwrap().undo_depth();
    h.get_by_role_and_label(Role::ComboBox, "status").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "done").click();
    h.run_steps(3);
    assert_eq!(
        map(&h).actions()[0].status,
        ecomap::model::ActionStatus::Done
    );
    assert_eq!(h.state().doc.as_ref().unwrap().undo_depth(), depth + 1);
}

#[test]
fn as_seen_by_shows_only_what_that_source_claimed_and_what_nobody_did() {
    let dir = tempfile::tempdir().unwrap();
    let path = claimed(dir.path());
    let mut h = with_file(&path, ScriptedDialogs::default());
    h.get_by_role_and_label(Role::ComboBox, "As seen by")
        .click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "Gemeente").click();
    h.run_steps(3);
    let doc = h.state().doc.as_ref().unwrap();
    let mut shown: Vec<&str> = doc.shown_map().relations().map(|r| r.id.as_str()).collect();
    shown.sort_unstable();
    assert_eq!(
        shown,
        ["r1", "r3"],
        "Welzijn's claim is not in Gemeente's view"
    );
    assert_eq!(doc.map().relation_count(), 3, "the map itself is unchanged");
    let drawn: Vec<&str> = h
        .state()
        .canvas
        .scene()
        .edges
        .iter()
        .filter_map(|e| e.id.as_ref().map(RelationId::as_str))
        .collect();
    assert!(!drawn.contains(&"r2"));
    // The contested relation is drawn contested when everyone's view is back.
    h.get_by_role_and_label(Role::ComboBox, "As seen by")
        .click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "everyone").click();
    h.run_steps(3);
    let scene = h.state().canvas.scene();
    assert!(
        scene
            .edges
            .iter()
            .any(|e| e.id == Some(rid("r2")) && e.contested)
    );
}

#[test]
fn the_report_pack_is_written_from_the_menu_off_the_ui_thread() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("sessie-rapport");
    let mut h = with_file(
        &sample("regionaal-werkgeverschap.ecomap.json"),
        ScriptedDialogs::with_answers([Some(target.clone())]),
    );
    key(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::E);
    h.run_steps(3);
    h.state_mut().wait_for_report();
    h.run_steps(2);
    let notice = h.state().notice.clone().unwrap();
    assert!(!notice.error, "{}", notice.text);
    assert!(
        notice.text.starts_with("Report pack written to"),
        "{}",
        notice.text
    );
    let files = std::fs::read_dir(&target).unwrap().count();
    assert_eq!(
        files, 9,
        "two scenario images, a comparison, the map's PDF, 5 texts"
    );
    assert!(target.join("map.pdf").exists());
}

#[test]
fn who_said_it_how_sure_and_when_are_typed_in_the_inspector() {
    let dir = tempfile::tempdir().unwrap();
    let path = claimed(dir.path());
    let mut h = with_file(&path, ScriptedDialogs::default());
    h.state_mut().canvas.selection.relation = Some(rid("r3"));
    h.run_steps(3);
    let field = h.get_by_role_and_label(Role::TextInput, "Source");
    field.focus();
    h.run_steps(2);
    h.event(Event::Text("Wijkteam".into()));
    h.step();
    key(&mut h, Modifiers::NONE, Key::Tab);
    h.get_by_role_and_label(Role::ComboBox, "Confidence")
        .click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "contested").click();
    h.run_steps(3);
    let field = h.get_by_role_and_label(Role::TextInput, "Date");
    field.focus();
    h.run_steps(2);
    h.event(Event::Text("2026-11-26".into()));
    h.step();
    key(&mut h, Modifiers::NONE, Key::Tab);
    let r = map(&h).relation("r3").unwrap().clone();
    assert_eq!(
        (r.source.as_deref(), r.confidence, r.date.as_deref()),
        (
            Some("Wijkteam"),
            Some(Confidence::Contested),
            Some("2026-11-26")
        )
    );
    // Drawn contested, and listed.
    assert!(
        h.state()
            .canvas
            .scene()
            .edges
            .iter()
            .any(|e| e.id == Some(rid("r3")) && e.contested)
    );
    assert!(has(&h, "Contested relations (2)"));
    // A date that is no date is not taken.
    let field = h.get_by_role_and_label(Role::TextInput, "Date");
    field.focus();
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(Event::Text("morgen".into()));
    h.step();
    key(&mut h, Modifiers::NONE, Key::Tab);
    assert_eq!(
        map(&h).relation("r3").unwrap().date.as_deref(),
        Some("2026-11-26")
    );
}
