//! The moves every editor has: paste a list, copy/cut/paste cards, select all, Escape, Quit;
//! the context menu, box select and reconnecting a relation's end. Real input events in the
//! real app (headless), at 1920×1080 and 1366×768.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use ecomap::app::{EcomapApp, ScriptedDialogs, Startup};
use ecomap::lang::Lang;
use ecomap::model::StakeholderKind;
use ecomap::model::{Map, Relation, RelationId, RelationKind, Stakeholder, StakeholderId};
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
use common::*;

fn sid(id: &str) -> StakeholderId {
    StakeholderId::parse(id).unwrap()
}

/// Three partners in a row, the first two related.
fn three(dir: &Path) -> PathBuf {
    let mut m = Map::new("Drie");
    for (i, (id, name)) in [
        ("gemeente", "Gemeente"),
        ("welzijn", "Welzijn Oost"),
        ("zorg", "Thuiszorg"),
    ]
    .into_iter()
    .enumerate()
    {
        m.add_stakeholder(Stakeholder::new(
            sid(id),
            name,
            StakeholderKind::Other,
            (i as f64 - 1.0) * 400.0,
            0.0,
        ))
        .unwrap();
    }
    m.add_relation(Relation::new(
        RelationId::parse("r1").unwrap(),
        RelationKind::Dependency,
        sid("gemeente"),
        sid("welzijn"),
    ))
    .unwrap();
    let p = dir.join("drie.ecomap.json");
    ecomap::io::save(&m, &p).unwrap();
    p
}

fn app_at(path: &Path, size: [f32; 2]) -> Harness<'static, EcomapApp> {
    let mut s = Startup::headless(Some(path.to_owned()), Lang::En);
    s.dialogs = Box::new(ScriptedDialogs::default());
    let mut startup = Some(s);
    let mut h = Harness::builder()
        .with_size(size)
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| EcomapApp::new(&cc.egui_ctx, None, startup.take().unwrap()));
    h.run_steps(30);
    h
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
fn a_list_pasted_from_a_spreadsheet_is_shown_then_added_as_one_step() {
    for size in SIZES {
        let dir = tempfile::tempdir().unwrap();
        let mut h = app_at(&three(dir.path()), size);
        // Twelve rows copied from Excel: a header, name / kind / domain, one already on the map.
        let mut tsv = String::from("Naam\tSoort\tDomein\r\n");
        for i in 1..=11 {
            let _ = write!(tsv, "Wijkteam {i}\twelzijn\tWmo\r\n");
        }
        tsv.push_str("Gemeente\tgemeente\tWmo\r\n");
        h.event(Event::Paste(tsv));
        h.run_steps(3);
        assert!(
            h.query_by_label_contains("Partners to add: 11").is_some(),
            "{size:?}"
        );
        assert!(h.query_by_label_contains("skipped: 1").is_some());
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
    let mut h = app_at(&three(dir.path()), [1366.0, 768.0]);
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
    let mut h = app_at(&three(dir.path()), [1920.0, 1080.0]);
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
    let mut h = app_at(&three(dir.path()), [1366.0, 768.0]);
    key(&mut h, Modifiers::COMMAND, Key::Q);
    h.run_steps(2);
    assert!(h.state().file.may_close(), "a saved map closes at once");

    let mut h = app_at(&three(dir.path()), [1366.0, 768.0]);
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
