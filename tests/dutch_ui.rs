//! The Dutch editor shows no English: walked through its screens in kittest (start screen,
//! map, help, quick entry, the relation line, export, present, walking the findings, the
//! scenario prompt, the room's question, the built-in file chooser), every text it paints is
//! checked against the English file's texts.

mod common;

use std::collections::BTreeSet;

use common::{harness, key, sample};
use ecomap::app::{EcomapApp, ScriptedDialogs, Startup};
use ecomap::lang::Lang;
use egui::epaint::Shape;
use egui::{Key, Modifiers};
use egui_kittest::Harness;

/// The English file's texts that say something else in Dutch (and are not Dutch words too),
/// in the words a screen would show.
fn english_only() -> BTreeSet<String> {
    let dutch: BTreeSet<String> = ecomap::i18n::message_ids(Lang::Nl)
        .iter()
        .map(|id| ecomap::i18n::loader(Lang::Nl).get(id))
        .collect();
    let mut out = BTreeSet::new();
    for id in ecomap::i18n::message_ids(Lang::En) {
        let en = ecomap::i18n::loader(Lang::En).get(&id);
        // Messages with values to fill in are checked by their fixed words elsewhere; here
        // the whole texts. Short ones ("OK", "Tab", "PgDn") are the same in both.
        if en.contains('{') || en.chars().filter(|c| c.is_alphabetic()).count() < 4 {
            continue;
        }
        if !dutch.contains(&en) {
            out.insert(en);
        }
    }
    out
}

/// Every text painted in the last frame.
fn painted(h: &Harness<'_, EcomapApp>) -> Vec<String> {
    fn walk(shape: &Shape, out: &mut Vec<String>) {
        match shape {
            Shape::Text(t) => out.push(t.galley.job.text.clone()),
            Shape::Vec(v) => v.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

/// English words egui would show by itself (its key names), which must not reach the help.
const EGUI_ENGLISH: [&str; 6] = [
    "Questionmark",
    "Equals",
    "ArrowDown",
    "Down",
    "Places",
    "File name:",
];

fn check(h: &Harness<'_, EcomapApp>, english: &BTreeSet<String>, at: &str, seen: &mut usize) {
    let texts = painted(h);
    assert!(!texts.is_empty(), "{at}: nothing painted");
    *seen += texts.len();
    for t in &texts {
        let t = t.trim();
        let line_is_english = english.contains(t)
            || t.lines().any(|l| english.contains(l.trim()))
            || EGUI_ENGLISH
                .iter()
                .any(|w| t == *w || t.split([' ', '+']).any(|p| p == *w));
        assert!(
            !line_is_english,
            "{at}: English text in the Dutch editor: {t:?}"
        );
    }
}

#[test]
fn the_dutch_editor_shows_no_english() {
    let english = english_only();
    assert!(english.len() > 300, "{} English-only texts", english.len());
    let mut seen = 0;

    // The start screen.
    let mut s = Startup::headless(None, Lang::Nl);
    s.dialogs = Box::new(ScriptedDialogs::default());
    let mut h = harness(s);
    h.run_steps(4);
    check(&h, &english, "start screen", &mut seen);

    // A map, and every screen reached from it by keys.
    let mut s = Startup::headless(Some(sample("woonzorg-ontwerplab.ecomap.json")), Lang::Nl);
    s.dialogs = Box::new(ScriptedDialogs::default());
    let mut h = harness(s);
    h.run_steps(10);
    check(&h, &english, "map", &mut seen);
    let steps: [(&str, Modifiers, Key); 12] = [
        ("help", Modifiers::NONE, Key::F1),
        ("help closed", Modifiers::NONE, Key::Escape),
        ("quick entry", Modifiers::NONE, Key::I),
        ("quick entry closed", Modifiers::NONE, Key::Escape),
        ("relation line", Modifiers::NONE, Key::R),
        ("relation line closed", Modifiers::NONE, Key::Escape),
        ("export", Modifiers::COMMAND, Key::E),
        ("export closed", Modifiers::NONE, Key::Escape),
        ("presenting", Modifiers::NONE, Key::F5),
        ("a finding walked", Modifiers::NONE, Key::ArrowRight),
        ("presenting ended", Modifiers::NONE, Key::F5),
        ("scenario prompt", Modifiers::COMMAND, Key::D),
    ];
    for (at, m, k) in steps {
        key(&mut h, m, k);
        h.run_steps(6);
        check(&h, &english, at, &mut seen);
    }
    key(&mut h, Modifiers::NONE, Key::Escape);
    h.run_steps(3);
    key(&mut h, Modifiers::COMMAND, Key::J);
    h.run_steps(6);
    check(&h, &english, "let the room join", &mut seen);
    key(&mut h, Modifiers::NONE, Key::Escape);
    h.run_steps(3);

    // The built-in file chooser.
    h.state_mut().settings.builtin_file_chooser = true;
    let dir = tempfile::tempdir().unwrap();
    h.state_mut().file.dialog_dir = Some(dir.path().to_owned());
    key(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(6);
    assert!(h.state().file.chooser_is_open());
    check(&h, &english, "built-in chooser", &mut seen);
    assert!(seen > 500, "{seen} texts looked at");
}

/// The check finds English where there is some: the English editor on the same map.
#[test]
fn the_check_sees_english_where_there_is_some() {
    let english = english_only();
    let mut s = Startup::headless(Some(sample("woonzorg-ontwerplab.ecomap.json")), Lang::En);
    s.dialogs = Box::new(ScriptedDialogs::default());
    let mut h = harness(s);
    h.run_steps(10);
    key(&mut h, Modifiers::NONE, Key::F1);
    h.run_steps(6);
    let found = painted(&h)
        .iter()
        .filter(|t| english.contains(t.trim()))
        .count();
    assert!(
        found > 20,
        "{found} English texts found in the English editor"
    );
}
