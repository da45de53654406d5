//! Keeping pace with the room: partners and relations typed on the entry line, driven through
//! real input events in the real app (headless, `egui_kittest`), at the two screens
//! facilitators have (1920×1080 and 1366×768). Every key press and every piece of typed text
//! counts as one action.

use ecomap::app::{EcomapApp, Startup};
use ecomap::lang::Lang;
use ecomap::model::{RelationKind, StakeholderKind};
use egui::{Event, Key, Modifiers, Pos2, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
use common::*;

/// The app at a screen size, with a new empty map.
fn app_at(size: [f32; 2], lang: Lang) -> Harness<'static, EcomapApp> {
    let mut h = harness_at(Startup::headless(None, lang), size, 1.0, 4);
    key(&mut h, Modifiers::COMMAND, Key::N);
    h.run_steps(10);
    assert!(h.state().doc.is_some(), "Ctrl+N opens a new map");
    h
}

/// Counts what the facilitator does: each key and each piece of typed text is one action.
struct User {
    actions: usize,
}

impl User {
    /// A key as a keyboard sends it: the key, and its letter for text fields.
    fn key(&mut self, h: &mut Harness<'_, EcomapApp>, k: Key) {
        self.actions += 1;
        stroke(h, k);
        h.run_steps(2);
    }

    fn type_text(&mut self, h: &mut Harness<'_, EcomapApp>, text: &str) {
        self.actions += 1;
        h.event(Event::Text(text.into()));
        h.run_steps(2);
    }
}

/// The events a key press makes: the key down (with its letter, for a letter or digit), up.
fn stroke(h: &Harness<'_, EcomapApp>, k: Key) {
    h.event(Event::Key {
        key: k,
        pressed: true,
        modifiers: Modifiers::NONE,
        repeat: false,
        physical_key: None,
    });
    let name = k.name();
    if name.chars().count() == 1 {
        h.event(Event::Text(name.to_lowercase()));
    }
    h.event(Event::Key {
        key: k,
        pressed: false,
        modifiers: Modifiers::NONE,
        repeat: false,
        physical_key: None,
    });
}

/// Events that arrive in one frame, as a keyboard and a fast typist send them (kittest's
/// queue would give each its own frame).
fn one_frame(h: &mut Harness<'_, EcomapApp>, events: Vec<Event>) {
    h.input_mut().events.extend(events);
    h.step();
}

/// The key and text events for typing `text` (a key press for each letter, digit and space).
fn typing(text: &str) -> Vec<Event> {
    let mut out = Vec::new();
    for c in text.chars() {
        let name = if c == ' ' {
            "Space".to_owned()
        } else {
            c.to_uppercase().to_string()
        };
        if let Some(k) = Key::from_name(&name) {
            out.push(Event::Key {
                key: k,
                pressed: true,
                modifiers: Modifiers::NONE,
                repeat: false,
                physical_key: None,
            });
        }
        out.push(Event::Text(c.to_string()));
    }
    out
}

const PARTNERS: [(&str, &str); 10] = [
    ("Gemeente Overbetuwe / gem / Wmo", "Gemeente Overbetuwe"),
    ("Welzijn Overbetuwe / wel / welzijn", "Welzijn Overbetuwe"),
    ("Thuiszorg De Linge / za / Wlz", "Thuiszorg De Linge"),
    // The kind as before (care provider), another domain.
    (
        "Huisartsenpraktijk Zetten / / Zvw",
        "Huisartsenpraktijk Zetten",
    ),
    ("Zilveren Kruis / fin / Zvw", "Zilveren Kruis"),
    (
        "Woonstichting Valburg / woning / wonen",
        "Woonstichting Valburg",
    ),
    (
        "Mantelzorgers Zetten / mantel / informeel",
        "Mantelzorgers Zetten",
    ),
    ("Ouderen in de wijk / clie / wonen", "Ouderen in de wijk"),
    ("Zorgkantoor Menzis / fin / Wlz", "Zorgkantoor Menzis"),
    // Only a name: the kind the room is adding (a financier, the last chosen).
    ("CZ", "CZ"),
];

/// `from > to`, the kind's key when it changes (None: as before).
const RELATIONS: [(&str, Option<Key>); 15] = [
    ("thuis > zilver", Some(Key::Num1)),
    ("huisarts > zilver", None),
    ("thuis > zorgkantoor", None),
    ("welzijn > gemeente", None),
    ("gemeente > welzijn", None),
    ("mantel > thuis", None),
    ("ouderen > mantel", None),
    ("woonst > gemeente", None),
    ("gemeente > zorgkantoor", Some(Key::Num3)),
    ("gemeente > zilver", None),
    ("thuis > huisarts", Some(Key::Num4)),
    ("welzijn > mantel", None),
    ("ouderen > woonst", Some(Key::Num2)),
    ("gemeente > ouderen", None),
    ("cz > huisarts", Some(Key::Num1)),
];

fn build_the_map_from_the_keyboard(size: [f32; 2]) {
    let mut h = app_at(size, Lang::Nl);
    let mut user = User { actions: 0 };
    let zones = h.state().settings.view.zones;

    // Ten partners: the line opens once and stays open.
    user.key(&mut h, Key::I);
    let mut per_partner = Vec::new();
    for (typed, _) in PARTNERS {
        let before = user.actions;
        user.type_text(&mut h, typed);
        user.key(&mut h, Key::Enter);
        per_partner.push(user.actions - before);
        h.run_steps(40); // The view follows the new card.
        // The card just added is in view, inside the canvas.
        let app = h.state();
        let last = app
            .canvas
            .selection
            .stakeholders
            .iter()
            .next()
            .cloned()
            .unwrap();
        let at = app
            .canvas
            .screen_pos(app.doc.as_ref().unwrap(), last.as_str())
            .unwrap();
        assert!(
            app.canvas.rect().contains(at),
            "{size:?}: {last} at {at:?} is outside the canvas {:?}",
            app.canvas.rect()
        );
    }
    user.key(&mut h, Key::Escape);
    let opening = 2; // I, then Escape
    let m = map(&h);
    assert_eq!(m.stakeholder_count(), 10, "{size:?}");
    for (_, name) in PARTNERS {
        assert!(
            m.stakeholders().any(|s| s.name == name),
            "{size:?}: {name} missing; names: {:?}",
            m.stakeholders().map(|s| &s.name).collect::<Vec<_>>()
        );
    }
    let kind_of = |name: &str| m.stakeholders().find(|s| s.name == name).unwrap().kind;
    let domain_of = |name: &str| {
        m.stakeholders()
            .find(|s| s.name == name)
            .unwrap()
            .domain
            .clone()
    };
    assert_eq!(
        kind_of("Gemeente Overbetuwe"),
        StakeholderKind::Municipality
    );
    assert_eq!(kind_of("Welzijn Overbetuwe"), StakeholderKind::Welfare);
    assert_eq!(
        kind_of("Huisartsenpraktijk Zetten"),
        StakeholderKind::CareProvider
    );
    assert_eq!(kind_of("Woonstichting Valburg"), StakeholderKind::Housing);
    assert_eq!(
        kind_of("Mantelzorgers Zetten"),
        StakeholderKind::InformalCarer
    );
    assert_eq!(kind_of("Ouderen in de wijk"), StakeholderKind::Citizen);
    assert_eq!(kind_of("CZ"), StakeholderKind::Financier);
    assert_eq!(domain_of("Gemeente Overbetuwe"), "Wmo");
    assert_eq!(domain_of("Huisartsenpraktijk Zetten"), "Zvw");
    assert_eq!(domain_of("Mantelzorgers Zetten"), "informeel");
    assert_eq!(domain_of("CZ"), "");
    // Every card in free space: no two overlap as drawn.
    let rects: Vec<Rect> = h
        .state()
        .canvas
        .scene()
        .nodes
        .iter()
        .map(|n| n.rect)
        .collect();
    for (i, a) in rects.iter().enumerate() {
        for b in &rects[i + 1..] {
            assert!(!a.intersects(*b), "{size:?}: cards overlap: {a:?} {b:?}");
        }
    }
    // One undo step per partner.
    assert_eq!(h.state().doc.as_ref().unwrap().undo_depth(), 10);

    // Fifteen relations, from the keyboard alone.
    user.key(&mut h, Key::R);
    let mut per_relation = Vec::new();
    for (typed, kind) in RELATIONS {
        let before = user.actions;
        user.type_text(&mut h, typed);
        if let Some(k) = kind {
            user.key(&mut h, k);
        }
        user.key(&mut h, Key::Enter);
        per_relation.push(user.actions - before);
    }
    user.key(&mut h, Key::Escape);
    let m = map(&h);
    assert_eq!(m.relation_count(), 15, "{size:?}");
    let id_of = |name: &str| {
        m.stakeholders()
            .find(|s| s.name == name)
            .unwrap()
            .id
            .clone()
    };
    let has = |from: &str, to: &str, kind: RelationKind| {
        m.relations()
            .any(|r| r.from == id_of(from) && r.to == id_of(to) && r.kind == kind)
    };
    assert!(has(
        "Thuiszorg De Linge",
        "Zilveren Kruis",
        RelationKind::Dependency
    ));
    assert!(has(
        "Gemeente Overbetuwe",
        "Welzijn Overbetuwe",
        RelationKind::Dependency
    ));
    assert!(has(
        "Gemeente Overbetuwe",
        "Zorgkantoor Menzis",
        RelationKind::Schot
    ));
    assert!(has(
        "Thuiszorg De Linge",
        "Huisartsenpraktijk Zetten",
        RelationKind::Collaboration
    ));
    assert!(has(
        "Ouderen in de wijk",
        "Woonstichting Valburg",
        RelationKind::Interest
    ));
    assert!(has(
        "CZ",
        "Huisartsenpraktijk Zetten",
        RelationKind::Dependency
    ));
    // Nothing went to the map's shortcuts on the way.
    assert_eq!(
        h.state().settings.view.zones,
        zones,
        "a letter toggled the zones"
    );
    assert_eq!(h.state().doc.as_ref().unwrap().undo_depth(), 25);

    assert!(per_partner.iter().all(|&n| n <= 3), "{per_partner:?}");
    assert!(per_relation.iter().all(|&n| n <= 4), "{per_relation:?}");
    let total = user.actions;
    eprintln!(
        "{size:?}: {total} actions for 10 partners and 15 relations ({opening} to open and close \
         the partner line, {per_partner:?} per partner, {per_relation:?} per relation)"
    );
    assert!(total < 60, "{total} actions");
}

#[test]
fn ten_partners_and_fifteen_relations_from_the_keyboard_at_1920_by_1080() {
    build_the_map_from_the_keyboard([1920.0, 1080.0]);
}

#[test]
fn ten_partners_and_fifteen_relations_from_the_keyboard_at_1366_by_768() {
    build_the_map_from_the_keyboard([1366.0, 768.0]);
}

#[test]
fn letters_typed_in_the_same_frame_as_the_entry_key_go_into_the_line() {
    let mut h = app_at([1366.0, 768.0], Lang::En);
    let zones = h.state().settings.view.zones;
    // A fast typist: the key that opens the line and "Zorg Zuid" arrive in one frame. The
    // Z's are a shortcut (domain zones) when no line is open.
    let mut events = typing("i");
    events.extend(typing("Zorg Zuid"));
    one_frame(&mut h, events);
    h.run_steps(2);
    stroke(&h, Key::Enter);
    h.run_steps(3);
    let names: Vec<String> = map(&h).stakeholders().map(|s| s.name.clone()).collect();
    assert_eq!(names, ["Zorg Zuid"]);
    assert_eq!(
        h.state().settings.view.zones,
        zones,
        "a Z toggled the zones"
    );
}

#[test]
fn typing_right_after_the_double_click_keeps_every_letter() {
    for size in [[1920.0, 1080.0], [1366.0, 768.0]] {
        let mut h = app_at(size, Lang::En);
        h.run_steps(40);
        let zones = h.state().settings.view.zones;
        let at: Pos2 = h.state().canvas.rect().center();
        h.event(Event::PointerMoved(at));
        h.step();
        press(&mut h, at, true, Modifiers::NONE);
        h.step();
        press(&mut h, at, false, Modifiers::NONE);
        h.step();
        // The second click and the name in one frame: the typist did not wait for the field.
        let mut events = vec![
            Event::PointerButton {
                pos: at,
                button: egui::PointerButton::Primary,
                pressed: true,
                modifiers: Modifiers::NONE,
            },
            Event::PointerButton {
                pos: at,
                button: egui::PointerButton::Primary,
                pressed: false,
                modifiers: Modifiers::NONE,
            },
        ];
        events.extend(typing("Welzijn Overbetuwe"));
        one_frame(&mut h, events);
        h.run_steps(2);
        // And more in the next frames.
        h.event(Event::Text(" Zuid".into()));
        h.run_steps(2);
        stroke(&h, Key::Enter);
        h.run_steps(3);
        let m = map(&h);
        let names: Vec<&str> = m.stakeholders().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Welzijn Overbetuwe Zuid"], "{size:?}");
        // The id follows the name as committed.
        assert_eq!(
            m.stakeholders().next().unwrap().id.as_str(),
            "welzijn-overbetuwe-zuid"
        );
        assert_eq!(
            h.state().settings.view.zones,
            zones,
            "{size:?}: z toggled zones"
        );
    }
}

#[test]
fn what_the_line_cannot_do_it_says() {
    let mut h = app_at([1920.0, 1080.0], Lang::En);
    let mut user = User { actions: 0 };
    user.key(&mut h, Key::I);
    // Enter on an empty line: nothing added, and a word why.
    user.key(&mut h, Key::Enter);
    assert!(map(&h).is_empty());
    assert!(h.query_by_label_contains("Type a name first").is_some());
    user.type_text(&mut h, "Gemeente");
    user.key(&mut h, Key::Enter);
    user.type_text(&mut h, "Wijkteam");
    user.key(&mut h, Key::Enter);
    user.key(&mut h, Key::Escape);
    // The partner added last is selected: R draws relations from it.
    user.key(&mut h, Key::R);
    user.type_text(&mut h, "gem");
    user.key(&mut h, Key::Enter);
    assert_eq!(map(&h).relation_count(), 1);
    // The same relation again: refused, with the reason on the line.
    user.type_text(&mut h, "gem");
    user.key(&mut h, Key::Enter);
    assert_eq!(map(&h).relation_count(), 1);
    assert!(
        h.query_by_label_contains("already there").is_some(),
        "the refusal is said"
    );
    // A partner that is not on the map.
    user.type_text(&mut h, "zilver");
    user.key(&mut h, Key::Enter);
    assert!(h.query_by_label_contains("No partner is called").is_some());
    assert_eq!(map(&h).relation_count(), 1);
    // Tab completes the kind on the partner line, and the completed kind is what is added.
    user.key(&mut h, Key::Escape);
    user.key(&mut h, Key::I);
    user.type_text(&mut h, "Zilveren Kruis / zorgv");
    user.key(&mut h, Key::Tab);
    user.type_text(&mut h, "zv");
    user.key(&mut h, Key::Tab);
    user.key(&mut h, Key::Enter);
    let m = map(&h);
    let zk = m
        .stakeholders()
        .find(|s| s.name == "Zilveren Kruis")
        .unwrap();
    assert_eq!(
        (zk.kind, zk.domain.as_str()),
        (StakeholderKind::Financier, "Zvw")
    );
    // A kind mistyped is said, not made part of the name; Tab then offers every kind.
    let count = map(&h).stakeholder_count();
    user.type_text(&mut h, "Mevrouw Jansen / clint / Wlz");
    user.key(&mut h, Key::Enter);
    assert_eq!(map(&h).stakeholder_count(), count, "nothing added");
    assert!(h.query_by_label_contains("No kind is called").is_some());
    user.key(&mut h, Key::Tab);
    user.key(&mut h, Key::Enter);
    let m = map(&h);
    let mj = m
        .stakeholders()
        .find(|s| s.name == "Mevrouw Jansen")
        .expect("added after Tab");
    assert_eq!(mj.domain, "Wlz");
}

/// Empty the entry line as a user would: select all, delete.
fn clear_line(h: &mut Harness<'_, EcomapApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    stroke(h, Key::Backspace);
    h.run_steps(2);
}

#[test]
fn odd_and_hostile_lines_neither_panic_nor_add_what_was_not_shown() {
    let mut h = app_at([1366.0, 768.0], Lang::En);
    let mut user = User { actions: 0 };
    user.key(&mut h, Key::I);
    for line in ["/", " / / ", "///", "  ", "{name} / {kind}", "a/b/c/d/e"] {
        user.type_text(&mut h, line);
        user.key(&mut h, Key::Enter);
        clear_line(&mut h);
    }
    let names: Vec<String> = map(&h).stakeholders().map(|s| s.name.clone()).collect();
    // Only what had a name was added, as shown before Enter: a slash between letters (or
    // slashes) is part of a name; a kind set apart by spaces that is no kind is refused, not
    // added as a name; blank names are refused.
    assert_eq!(names, ["///", "a/b/c/d/e"]);
    // A very long name: added whole, one step, no hang.
    let long = "Zorgcoöperatie ".repeat(400);
    user.type_text(&mut h, &long);
    user.key(&mut h, Key::Enter);
    assert!(map(&h).stakeholders().any(|s| s.name == long.trim()));
    user.key(&mut h, Key::Escape);
    // Relations: to itself, from nobody, empty ends: none made, and no panic.
    user.key(&mut h, Key::R);
    for line in [
        ">",
        "> >",
        "a/b/c/d/e > a/b/c/d/e",
        ">>>>",
        "nobody > nothing",
    ] {
        user.type_text(&mut h, line);
        user.key(&mut h, Key::Enter);
        clear_line(&mut h);
    }
    assert_eq!(map(&h).relation_count(), 0, "no relation from these");
}
