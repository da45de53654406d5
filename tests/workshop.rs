//! Workshop mode, driven like a facilitator would: presenting, focus, the findings
//! walkthrough, domain zones and tidy layouts (`egui_kittest`, headless).
#![allow(clippy::float_cmp)] // Positions that must not change are compared exactly.

use std::collections::BTreeMap;

use ecomap::app::ScriptedDialogs;
use ecomap::model::RelationKind;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

mod common;
use common::*;

fn gezonde_wijk() -> Harness<'static, ecomap::app::EcomapApp> {
    with_file(
        &sample("gezonde-wijk.ecomap.json"),
        ScriptedDialogs::default(),
    )
}

fn positions(h: &Harness<'_, ecomap::app::EcomapApp>) -> BTreeMap<String, (f64, f64)> {
    map(h)
        .stakeholders()
        .map(|s| (s.id.to_string(), (s.x, s.y)))
        .collect()
}

fn select(h: &mut Harness<'_, ecomap::app::EcomapApp>, id: &str) {
    let p = pos_of(h, id);
    click_at(h, p);
    let sel: Vec<&str> = h
        .state()
        .canvas
        .selection
        .stakeholders
        .iter()
        .map(ecomap::model::StakeholderId::as_str)
        .collect();
    assert_eq!(sel, vec![id], "clicking selects {id}");
}

#[test]
fn presentation_hides_the_panels_and_escape_returns_to_editing() {
    let mut h = gezonde_wijk();
    assert!(h.query_by_label("Analysis").is_some());
    let editing_width = h.state().canvas.rect().width();
    key(&mut h, Modifiers::NONE, Key::F5);
    h.run_steps(40);
    let app = h.state();
    assert!(app.workshop.presenting);
    assert!(
        h.query_by_label("Analysis").is_none(),
        "findings panel hidden"
    );
    assert!(h.query_by_label("Map").is_none(), "inspector hidden");
    assert!(app.canvas.rect().width() > editing_width + 400.0);
    // Names for the back row of the room (5 m from a 65-inch screen by default).
    // (Or, where the whole map does not fit at that size, as big as it fits.)
    let room = app.presentation_text(&h.ctx);
    match app.workshop.overview {
        None => assert_eq!(app.canvas.min_text, room),
        Some(_) => assert!(app.canvas.min_text < room),
    }
    assert!(room > app.settings.text_size * 2.0);
    assert!(app.canvas.min_text >= app.settings.text_size);
    // The legend stays, as an overlay.
    assert!(h.query_by_label("Dependency").is_some());
    // Editing still works: keys reach the map.
    key(&mut h, Modifiers::NONE, Key::Num3);
    assert_eq!(h.state().settings.view.relation_kind, RelationKind::Schot);

    key(&mut h, Modifiers::NONE, Key::Escape);
    h.run_steps(3);
    let app = h.state();
    assert!(!app.workshop.presenting);
    assert_eq!(app.canvas.min_text, app.settings.text_size);
    assert!(h.query_by_label("Analysis").is_some());
}

#[test]
fn focus_fades_what_is_farther_than_one_or_two_steps() {
    let mut h = gezonde_wijk();
    select(&mut h, "gemeente");
    key(&mut h, Modifiers::NONE, Key::G);
    assert_eq!(h.state().canvas.focus_depth, Some(1));
    // Gemeente's partners (from the sample map, by hand): Welzijn Oost, the wijkteam, the
    // residents, GGD and the insurer. Everyone else fades.
    let near = [
        "bewoners",
        "gemeente",
        "ggd",
        "welzijn-oost",
        "wijkteam",
        "zorgverzekeraar",
    ];
    let faded: Vec<String> = h
        .state()
        .canvas
        .faded_ids()
        .iter()
        .map(ToString::to_string)
        .collect();
    let all: Vec<String> = positions(&h).into_keys().collect();
    let expected: Vec<String> = all
        .iter()
        .filter(|id| !near.contains(&id.as_str()))
        .cloned()
        .collect();
    assert_eq!(faded, expected);
    assert!(faded.contains(&"taalhuis".to_owned()));

    key(&mut h, Modifiers::NONE, Key::G);
    assert_eq!(h.state().canvas.focus_depth, Some(2));
    let faded: Vec<String> = h
        .state()
        .canvas
        .faded_ids()
        .iter()
        .map(ToString::to_string)
        .collect();
    // Two steps: through Welzijn Oost to the taalhuis, through GGD to the school.
    for id in ["taalhuis", "basisschool", "ouderen", "huisartsen"] {
        assert!(!faded.contains(&id.to_owned()), "{id} is within two steps");
    }
    for id in ["statushouders", "jongeren", "sportvereniging"] {
        assert!(faded.contains(&id.to_owned()), "{id} is farther");
    }
    // The focus follows the selection.
    select(&mut h, "sportvereniging");
    let faded: Vec<String> = h
        .state()
        .canvas
        .faded_ids()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        faded.len(),
        all.len() - 1,
        "an isolated partner: all others fade"
    );

    key(&mut h, Modifiers::NONE, Key::G);
    key(&mut h, Modifiers::NONE, Key::G);
    assert_eq!(h.state().canvas.focus_depth, None);
    assert!(
        h.state().canvas.faded_ids().is_empty(),
        "focus off restores"
    );
}

#[test]
fn the_walkthrough_visits_findings_in_order_and_wraps_around() {
    let mut h = gezonde_wijk();
    let findings = h.state().doc.as_ref().unwrap().analysis().findings.clone();
    let n = findings.len();
    assert_eq!(n, 13);
    let selected = |h: &Harness<'_, ecomap::app::EcomapApp>| -> Vec<String> {
        h.state()
            .canvas
            .selection
            .stakeholders
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    for (i, f) in findings.iter().enumerate() {
        // A presenter's clicker sends PageDown; the keyboard has →.
        let k = if i % 2 == 0 {
            Key::ArrowRight
        } else {
            Key::PageDown
        };
        key(&mut h, Modifiers::NONE, k);
        assert_eq!(h.state().workshop.walk, Some(i));
        let mut expected: Vec<String> = f
            .stakeholders
            .iter()
            .chain(&f.via)
            .map(ToString::to_string)
            .collect();
        expected.sort();
        expected.dedup();
        assert_eq!(selected(&h), expected, "finding {i}");
        assert!(h.query_by_label(&format!("{} / {n}", i + 1)).is_some());
    }
    // The sentence is shown large, and the view glides to it.
    h.run_steps(60);
    let last = &findings[n - 1];
    for id in last.stakeholders.iter().chain(&last.via) {
        assert!(
            h.state().canvas.rect().contains(pos_of(&h, id.as_str())),
            "{id} on screen"
        );
    }
    key(&mut h, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(h.state().workshop.walk, Some(0), "wraps to the first");
    key(&mut h, Modifiers::NONE, Key::PageUp);
    assert_eq!(h.state().workshop.walk, Some(n - 1), "and back to the last");
    assert!(h.query_by_label(&format!("{n} / {n}")).is_some());
    key(&mut h, Modifiers::NONE, Key::Escape);
    assert_eq!(h.state().workshop.walk, None);
}

/// Every card (as drawn now) lies inside the visible canvas.
fn assert_all_cards_in_view(h: &Harness<'_, ecomap::app::EcomapApp>, after: &str) {
    let canvas = &h.state().canvas;
    for n in &canvas.scene().nodes {
        let r = canvas.view.world_rect_to_screen(canvas.rect(), n.rect);
        assert!(
            canvas.rect().expand(1.0).contains_rect(r),
            "after {after}: {} at {r:?} outside {:?}",
            n.name,
            canvas.rect()
        );
    }
}

#[test]
fn tidy_then_undo_restores_every_position_exactly() {
    let mut h = gezonde_wijk();
    let before = positions(&h);
    key(&mut h, Modifiers::NONE, Key::T);
    h.run_steps(80);
    let after = positions(&h);
    assert_ne!(before, after);
    // The view glided along to the new map.
    assert_all_cards_in_view(&h, "tidy");
    let doc = h.state().doc.as_ref().unwrap();
    assert!(doc.is_dirty());
    // No two cards overlap after tidying.
    let cards: Vec<(f64, f64)> = after.values().copied().collect();
    for (i, a) in cards.iter().enumerate() {
        for b in &cards[i + 1..] {
            let (w, hh) = (
                f64::from(ecomap::style::CARD_WIDTH),
                f64::from(ecomap::style::CARD_HEIGHT),
            );
            assert!((a.0 - b.0).abs() >= w || (a.1 - b.1).abs() >= hh);
        }
    }
    key(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(positions(&h), before, "one undo step back, exactly");
    assert!(!h.state().doc.as_ref().unwrap().is_dirty());
}

#[test]
fn pinned_stakeholders_stay_put_when_tidying() {
    let mut h = gezonde_wijk();
    select(&mut h, "gemeente");
    key(&mut h, Modifiers::NONE, Key::P);
    assert!(map(&h).stakeholder("gemeente").unwrap().pinned);
    select(&mut h, "ggd");
    key(&mut h, Modifiers::NONE, Key::P);
    let before = positions(&h);
    key(&mut h, Modifiers::NONE, Key::T);
    h.run_steps(50);
    let after = positions(&h);
    assert_eq!(after["gemeente"], before["gemeente"]);
    assert_eq!(after["ggd"], before["ggd"]);
    let moved = after.iter().filter(|(id, p)| before[*id] != **p).count();
    assert!(moved >= 10, "the others were tidied ({moved} moved)");
    // Unpinning is one step too.
    select(&mut h, "ggd");
    key(&mut h, Modifiers::NONE, Key::P);
    assert!(!map(&h).stakeholder("ggd").unwrap().pinned);
}

#[test]
fn onion_puts_the_chosen_one_in_the_middle_with_rings_by_steps() {
    let mut h = gezonde_wijk();
    select(&mut h, "gemeente");
    let center = map(&h).stakeholder("gemeente").map(|s| (s.x, s.y)).unwrap();
    key(&mut h, Modifiers::NONE, Key::O);
    h.run_steps(50);
    let m = map(&h);
    let dist = |id: &str| {
        let s = m.stakeholder(id).unwrap();
        (s.x - center.0).hypot(s.y - center.1)
    };
    assert_eq!(dist("gemeente"), 0.0);
    // One step (GGD), two steps (the taalhuis via Welzijn Oost), unreachable (sports club).
    assert!(dist("ggd") < dist("taalhuis"));
    assert!(dist("taalhuis") < dist("sportvereniging"));
    h.run_steps(40);
    assert_all_cards_in_view(&h, "onion");
    // Its rings are drawn, labelled by steps, the last for the unconnected.
    let rings = &h.state().canvas.rings.as_ref().expect("rings").1.rings;
    assert_eq!(rings.first().map(|r| r.0), Some(Some(1)));
    assert_eq!(rings.last().map(|r| r.0), Some(None));
    assert!(rings.windows(2).all(|w| w[0].1 < w[1].1), "{rings:?}");
    key(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(!h.state().doc.as_ref().unwrap().is_dirty());
    h.run_steps(2);
    assert!(h.state().canvas.rings.is_none(), "gone with the layout");
}

#[test]
fn relation_kinds_can_be_hidden_and_domains_summarised() {
    let mut h = gezonde_wijk();
    key(&mut h, Modifiers::COMMAND, Key::Num3);
    assert!(
        h.state()
            .settings
            .view
            .hidden
            .contains(&RelationKind::Schot)
    );
    key(&mut h, Modifiers::COMMAND, Key::Num3);
    assert!(h.state().settings.view.hidden.is_empty());
    key(&mut h, Modifiers::NONE, Key::Z);
    assert!(h.state().settings.view.zones);
    // Between Wmo and Zvw (by hand): schotten huisartsen–wijkteam and gemeente–zorgverzekeraar,
    // and the huisartsen depend on the wijkteam without working together.
    // The findings panel lists the pair, a line that wraps at the panel's width
    // (`get_by_label_contains` fails the test if it is missing).
    h.get_by_label_contains("Wmo ↔ Zvw:");
    let summary = ecomap::analysis::domain_summary(map(&h));
    let wmo_zvw = summary
        .iter()
        .find(|p| p.a == "Wmo" && p.b == "Zvw")
        .unwrap();
    assert_eq!(
        (wmo_zvw.schotten, wmo_zvw.dependencies_without_collaboration),
        (2, 1)
    );
}

#[test]
fn high_contrast_and_text_sizes_are_settings() {
    let mut h = gezonde_wijk();
    key(&mut h, Modifiers::NONE, Key::H);
    assert!(h.state().settings.high_contrast);
    assert!(h.state().canvas.high_contrast);
    h.state_mut().settings.text_size = 20.0;
    h.run_steps(2);
    assert_eq!(h.state().canvas.min_text, 20.0);
}

#[test]
fn a_big_map_is_tidied_in_the_background_as_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("groot.ecomap.json");
    ecomap::io::save(&ecomap::model::generated_map(400, 3, 5).unwrap(), &path).unwrap();
    let mut h = with_file(&path, ScriptedDialogs::default());
    let before = positions(&h);
    key(&mut h, Modifiers::NONE, Key::T);
    assert!(h.state().workshop.layout.is_some(), "working on a thread");
    assert!(
        h.state()
            .notice
            .as_ref()
            .is_some_and(|n| n.text.contains("Laying out"))
    );
    h.state_mut().wait_for_layout();
    h.run_steps(50);
    assert_ne!(positions(&h), before);
    key(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(positions(&h), before);
}

#[test]
fn a_notice_covers_no_card_follows_the_language_and_goes_with_undo() {
    let mut h = gezonde_wijk();
    key(&mut h, Modifiers::NONE, Key::T);
    h.run_steps(80);
    let said = h.state().notice.as_ref().expect("a notice").text.clone();
    assert!(said.contains("moved"), "{said}");
    let shown = h
        .ctx
        .memory(|m| m.area_rect(egui::Id::new("notice")))
        .expect("shown");
    let canvas = &h.state().canvas;
    assert!(
        canvas.rect().contains_rect(shown),
        "{shown:?} on the canvas"
    );
    for n in &canvas.scene().nodes {
        let r = canvas.view.world_rect_to_screen(canvas.rect(), n.rect);
        assert!(
            !r.intersects(shown),
            "the notice {shown:?} covers {}",
            n.name
        );
    }
    // In the other language after a switch (View → Nederlands).
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Nederlands").click();
    h.run();
    let now = h.state().notice.as_ref().expect("still there").text.clone();
    assert!(now.contains("verplaatst"), "{now}");
    // Undone, it no longer applies.
    key(&mut h, Modifiers::COMMAND, Key::Z);
    assert!(h.state().notice.is_none());
}

#[test]
fn zone_labels_and_badges_cover_no_card_and_a_domain_is_one_zone() {
    let mut h = gezonde_wijk();
    key(&mut h, Modifiers::NONE, Key::Z);
    h.run_steps(5);
    let canvas = &h.state().canvas;
    let overlays: Vec<egui::Rect> = canvas.zone_overlays().collect();
    // A label per domain on the map, and the badges between domains.
    assert!(overlays.len() >= 8, "{overlays:?}");
    for o in &overlays {
        for n in &canvas.scene().nodes {
            let r = canvas.view.world_rect_to_screen(canvas.rect(), n.rect);
            assert!(!r.intersects(*o), "{o:?} covers {}", n.name);
        }
    }
}

/// Three partners who each share an interest in the same residents and none of whom work
/// together are one sentence in the panel and one step of the walkthrough (the pairs stay
/// in the panel, smaller, to vote on).
#[test]
fn shared_interests_of_three_are_one_sentence_and_one_step() {
    use ecomap::model::{Map, Relation, RelationId, Stakeholder, StakeholderId, StakeholderKind};
    let dir = tempfile::tempdir().unwrap();
    let sid = |id: &str| StakeholderId::parse(id).unwrap();
    let mut m = Map::new("Belang");
    for (i, (id, name, kind)) in [
        ("huisarts", "Huisarts", StakeholderKind::CareProvider),
        ("wijkteam", "Wijkteam", StakeholderKind::Welfare),
        ("bieb", "Bibliotheek", StakeholderKind::Other),
        ("ouderen", "Ouderen", StakeholderKind::Citizen),
    ]
    .into_iter()
    .enumerate()
    {
        m.add_stakeholder(Stakeholder::new(sid(id), name, kind, i as f64 * 300.0, 0.0))
            .unwrap();
    }
    for (i, from) in ["huisarts", "wijkteam", "bieb"].into_iter().enumerate() {
        m.add_relation(Relation::new(
            RelationId::parse(&format!("r{i}")).unwrap(),
            RelationKind::Interest,
            sid(from),
            sid("ouderen"),
        ))
        .unwrap();
    }
    let path = dir.path().join("belang.ecomap.json");
    ecomap::io::save(&m, &path).unwrap();
    let mut h = with_file(&path, ScriptedDialogs::default());
    h.run_steps(4);
    let sentence = "Bibliotheek, Huisarts and Wijkteam all have an interest in Ouderen, but do not work together.";
    assert!(
        h.query_by_label(sentence).is_some(),
        "the group's sentence in the panel"
    );
    assert!(
        h.query_by_label(
            "Huisarts and Wijkteam both have an interest in Ouderen, but do not work together."
        )
        .is_some(),
        "its pairs, to vote on"
    );
    let findings = h
        .state()
        .doc
        .as_ref()
        .unwrap()
        .shown_analysis()
        .findings
        .len();
    assert_eq!(findings, 3, "the analysis keeps the pairs");
    key(&mut h, Modifiers::NONE, Key::ArrowRight);
    h.run_steps(3);
    assert!(h.query_by_label("1 / 1").is_some(), "one step");
    assert!(
        h.query_all_by_label(sentence).count() >= 2,
        "the banner says the group"
    );
    assert_eq!(
        h.state().canvas.selection.stakeholders.len(),
        4,
        "the three and the residents"
    );
}
