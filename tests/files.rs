//! Files you can trust, through the real app (`egui_kittest`, headless): save never fails
//! silently when the system's file dialog cannot appear, and Discard keeps a never-saved map
//! never-saved.

use std::path::Path;

use ecomap::app::{EcomapApp, ScriptedDialogs, Startup};
use ecomap::lang::Lang;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
use common::*;
use ecomap::model::StakeholderId;

fn sid(id: &str) -> StakeholderId {
    StakeholderId::parse(id).expect("a test's stakeholder id")
}

fn new_map_with(dialogs: ScriptedDialogs) -> Harness<'static, EcomapApp> {
    let mut s = Startup::headless(None, Lang::En);
    s.dialogs = Box::new(dialogs);
    let mut h = harness(s);
    h.get_by_label("➕ New map").click();
    h.run_steps(40);
    // Something to save: a stakeholder typed in.
    let center = h.state().canvas.rect().center();
    h.event(egui::Event::PointerMoved(center));
    h.step();
    for _ in 0..2 {
        press(&mut h, center, true, Modifiers::NONE);
        h.step();
        press(&mut h, center, false, Modifiers::NONE);
        h.step();
    }
    h.run_steps(3);
    h.event(egui::Event::Text("Wijkteam Oost".into()));
    h.step();
    key(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(map(&h).stakeholder_count(), 1);
    assert!(h.state().doc.as_ref().unwrap().is_dirty());
    h
}

#[test]
fn save_opens_the_built_in_chooser_when_the_system_dialog_cannot_appear() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = new_map_with(ScriptedDialogs::failing());
    h.state_mut().file.dialog_dir = Some(dir.path().to_owned());
    key(&mut h, Modifiers::COMMAND, Key::S);
    h.run_steps(4);
    let app = h.state();
    assert!(app.file.chooser_is_open(), "the built-in chooser is shown");
    let notice = app.notice.clone().expect("the user is told why");
    assert!(
        notice.text.contains("could not be shown"),
        "{}",
        notice.text
    );
    assert!(notice.text.contains("no desktop portal"), "{}", notice.text);
    // Save from the chooser, with the name it suggests.
    h.get_by_label("Save").click();
    h.run_steps(4);
    let written = dir.path().join("Untitled map.ecomap.json");
    // (Besides the open map's lock file, `.<name>.lock`.)
    let found: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| !n.to_string_lossy().starts_with('.'))
        .collect();
    assert_eq!(found.len(), 1, "one file written: {found:?}");
    let path = dir.path().join(&found[0]);
    let saved = ecomap::io::load(&path).unwrap();
    assert_eq!(&saved, map(&h));
    assert!(!h.state().file.chooser_is_open());
    assert!(!h.state().doc.as_ref().unwrap().is_dirty());
    let _ = written;
}

#[test]
fn the_built_in_chooser_can_be_chosen_always() {
    let dir = tempfile::tempdir().unwrap();
    // Dialogs that would answer: they must not be asked.
    let mut h = new_map_with(ScriptedDialogs::with_answers([Some(
        dir.path().join("native"),
    )]));
    h.state_mut().settings.builtin_file_chooser = true;
    h.state_mut().file.dialog_dir = Some(dir.path().to_owned());
    key(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(4);
    assert!(h.state().file.chooser_is_open());
    assert!(h.state().notice.is_none(), "nothing failed");
    h.get_by_label("Cancel").click();
    h.run_steps(3);
    assert!(!h.state().file.chooser_is_open());
    assert!(!Path::new(&dir.path().join("native.ecomap.json")).exists());
    assert!(
        h.state().doc.as_ref().unwrap().is_dirty(),
        "cancelled: still unsaved"
    );
}

#[test]
fn discard_then_cancelled_open_then_save_asks_where() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("nieuw");
    // First dialog (Open) cancelled, second (Save as) answered.
    let mut h = new_map_with(ScriptedDialogs::with_answers([None, Some(target.clone())]));
    key(&mut h, Modifiers::COMMAND, Key::O);
    h.run_steps(2);
    h.get_by_label("Discard").click();
    h.run_steps(4);
    // The Open dialog was cancelled: the discarded map is still there, never saved.
    assert!(
        h.state().doc.as_ref().unwrap().path.is_none(),
        "no path invented"
    );
    key(&mut h, Modifiers::COMMAND, Key::S);
    h.run_steps(4);
    let written = dir.path().join("nieuw.ecomap.json");
    assert!(written.exists(), "Ctrl+S asked where and saved there");
    assert_eq!(
        h.state().doc.as_ref().unwrap().path.as_deref(),
        Some(written.as_path())
    );
}

/// A map file on disk, opened in the app; then someone else saves a version with a third
/// stakeholder to the same file.
fn opened_then_changed_elsewhere(
    dir: &Path,
    dialogs: ScriptedDialogs,
) -> (Harness<'static, EcomapApp>, std::path::PathBuf) {
    use ecomap::model::{Map, Stakeholder, StakeholderKind};
    let path = dir.join("gedeeld.ecomap.json");
    let mut m = Map::new("Gedeeld");
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
    ecomap::io::save(&m, &path).unwrap();
    let mut h = with_file(&path, dialogs);
    // Their edit, saved by another instance or another person.
    m.add_stakeholder(Stakeholder::new(
        sid("huisarts"),
        "Huisarts Noord",
        StakeholderKind::Professional,
        0.0,
        300.0,
    ))
    .unwrap();
    ecomap::io::save(&m, &path).unwrap();
    // The watcher hears of it shortly, and (no edits here) offers their version.
    for _ in 0..150 {
        if h.state().file.reload_offered() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run_steps(1);
    }
    assert!(h.state().file.reload_offered(), "the change was noticed");
    // Let the prompt settle on screen before clicking it.
    h.run_steps(3);
    (h, path)
}

/// Decline the offer to load their version (so a save will have to ask).
fn keep_this_one(h: &mut Harness<'static, EcomapApp>) {
    h.get_by_label("Keep this one").click();
    h.run_steps(2);
    assert!(!h.state().file.reload_offered());
}

fn on_disk_has_theirs(path: &Path) -> bool {
    ecomap::io::load(path)
        .unwrap()
        .stakeholder("huisarts")
        .is_some()
}

#[test]
fn saving_over_someone_elses_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, path) = opened_then_changed_elsewhere(dir.path(), ScriptedDialogs::default());
    keep_this_one(&mut h);
    // Ctrl+S with no edits of our own: still not silently over theirs.
    key(&mut h, Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert!(h.state().file.conflict().is_some(), "the user is asked");
    assert!(on_disk_has_theirs(&path), "nothing was written");
    h.get_by_label_contains("Only in the file: 1 stakeholder,");
    h.get_by_label_contains("Huisarts Noord");
    // Reload theirs: the open map now has their stakeholder, and is clean.
    h.get_by_label("Reload theirs").click();
    h.run_steps(3);
    assert!(h.state().file.conflict().is_none());
    assert!(map(&h).stakeholder("huisarts").is_some());
    assert!(!h.state().doc.as_ref().unwrap().is_dirty());
    // Now ours is theirs: saving goes through without asking.
    key(&mut h, Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert!(h.state().file.conflict().is_none());
}

#[test]
fn overwrite_and_keep_mine_as_a_copy() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("mijn versie");
    let (mut h, path) = opened_then_changed_elsewhere(
        dir.path(),
        ScriptedDialogs::with_answers([Some(copy.clone())]),
    );
    keep_this_one(&mut h);
    key(&mut h, Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    h.get_by_label("Keep mine (save as a copy)…").click();
    h.run_steps(4);
    let copy = dir.path().join("mijn versie.ecomap.json");
    assert!(copy.exists(), "mine went to a copy");
    assert!(
        ecomap::io::load(&copy)
            .unwrap()
            .stakeholder("huisarts")
            .is_none()
    );
    assert!(on_disk_has_theirs(&path), "theirs is untouched");

    // A second app on the original file, then theirs changes again: overwrite on purpose.
    let (mut h, path) = opened_then_changed_elsewhere(dir.path(), ScriptedDialogs::default());
    keep_this_one(&mut h);
    key(&mut h, Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    h.get_by_label("Overwrite").click();
    h.run_steps(3);
    assert!(!on_disk_has_theirs(&path), "overwritten, as asked");
    assert!(!h.state().doc.as_ref().unwrap().is_dirty());
}

#[test]
fn a_change_on_disk_is_noticed_and_can_be_loaded() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _path) = opened_then_changed_elsewhere(dir.path(), ScriptedDialogs::default());
    h.get_by_label("Load the new version").click();
    h.run_steps(3);
    assert!(!h.state().file.reload_offered());
    assert!(map(&h).stakeholder("huisarts").is_some());
}

#[test]
fn a_second_instance_on_the_same_map_is_told() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("samen.ecomap.json");
    ecomap::io::save(&ecomap::model::hand_placed(5, 1).unwrap(), &path).unwrap();
    let first = with_file(&path, ScriptedDialogs::default());
    assert!(!first.state().file.open_elsewhere());
    let second = with_file(&path, ScriptedDialogs::default());
    assert!(
        second.state().file.open_elsewhere(),
        "told it is open elsewhere"
    );
    let notice = second.state().notice.clone().unwrap();
    assert!(notice.text.contains("process"), "{}", notice.text);
    drop(second);
    // The first closes cleanly: its lock goes, and the next one opens quietly.
    drop(first);
    let third = with_file(&path, ScriptedDialogs::default());
    assert!(!third.state().file.open_elsewhere());
}

#[test]
fn selecting_a_long_name_does_not_move_the_map() {
    use ecomap::model::{Map, Stakeholder, StakeholderKind};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lang.ecomap.json");
    let mut m = Map::new("Lang");
    m.add_stakeholder(Stakeholder::new(
        sid("lang"),
        "Samenwerkingsverband Passend Onderwijs en Jeugdhulp Regio Zuid-Holland-Zuid Midden",
        StakeholderKind::Education,
        0.0,
        0.0,
    ))
    .unwrap();
    m.add_stakeholder(Stakeholder::new(
        sid("b"),
        "Gemeente",
        StakeholderKind::Municipality,
        500.0,
        0.0,
    ))
    .unwrap();
    ecomap::io::save(&m, &path).unwrap();
    let mut h = with_file(&path, ScriptedDialogs::default());
    h.run_steps(4);
    let before = h.state().canvas.rect();
    let p = pos_of(&h, "lang");
    click_at(&mut h, p);
    h.run_steps(4);
    assert!(h.state().canvas.selection.stakeholders.contains("lang"));
    assert_eq!(
        h.state().canvas.rect(),
        before,
        "the side panels kept their width"
    );
}

/// A copy left by an instance that crashed: pid 2^31 − 2 never runs here.
fn crashed_copy(dir: &std::path::Path, map: &ecomap::model::Map) -> std::path::PathBuf {
    let copy = dir.join("recovery-2147483646.ecomap");
    let mut bytes = serde_json::to_vec("").unwrap();
    bytes.push(b'\n');
    bytes.extend(ecomap::io::to_bytes(map).unwrap());
    std::fs::write(&copy, bytes).unwrap();
    copy
}

#[test]
fn work_found_after_a_crash_is_offered_restored_or_thrown_away() {
    let mut lost = ecomap::model::Map::new("Na de storing");
    lost.add_stakeholder(ecomap::model::Stakeholder::new(
        sid("wijkteam"),
        "Wijkteam",
        ecomap::model::StakeholderKind::Welfare,
        0.0,
        0.0,
    ))
    .unwrap();
    for restore in [true, false] {
        let dir = tempfile::tempdir().unwrap();
        let copy = crashed_copy(dir.path(), &lost);
        let mut s = Startup::headless(None, Lang::En);
        s.recovery_dir = Some(dir.path().to_owned());
        let mut h = harness(s);
        assert!(h.query_by_label("Restore").is_some(), "the copy is offered");
        h.get_by_label(if restore { "Restore" } else { "Discard" })
            .click();
        h.run_steps(4);
        assert!(h.query_by_label("Restore").is_none(), "asked once");
        assert!(!copy.exists(), "the crashed instance's copy is gone");
        let app = h.state();
        if restore {
            let doc = app.doc.as_ref().expect("the work is back");
            assert_eq!(doc.map().title, "Na de storing");
            assert!(doc.map().stakeholder("wijkteam").is_some());
            assert!(doc.is_dirty(), "never saved: still to save");
            // It lives on as this instance's own copy.
            let own = dir
                .path()
                .join(format!("recovery-{}.ecomap", std::process::id()));
            assert!(own.exists());
        } else {
            assert!(app.doc.is_none(), "thrown away: the start screen");
        }
    }
}
