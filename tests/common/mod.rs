//! Helpers shared by the UI tests: a headless app harness and user-like input.
#![allow(dead_code)] // Each test file uses some of them.

use std::path::{Path, PathBuf};

use ecomap::app::{EcomapApp, ScriptedDialogs, Startup};
use ecomap::lang::Lang;
use ecomap::model::{
    Map, Relation, RelationId, RelationKind, Stakeholder, StakeholderId, StakeholderKind,
};
use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;

pub mod phones;

pub fn sample(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("sample_maps")
        .join(name)
}

/// Each sample map's first scenario, alone (as `export --scenario` draws it).
pub fn sample_first_scenarios() -> Vec<Map> {
    [
        "gezonde-wijk.ecomap.json",
        "regionaal-werkgeverschap.ecomap.json",
        "woonzorg-ontwerplab.ecomap.json",
    ]
    .iter()
    .map(|n| {
        let whole = ecomap::io::load(&sample(n)).unwrap();
        let first = whole.scenario_names()[0].as_str().to_owned();
        whole.scenario_map(&first).unwrap()
    })
    .collect()
}

pub fn harness(startup: Startup) -> Harness<'static, EcomapApp> {
    harness_at(startup, [1400.0, 900.0], 1.0, 4)
}

/// The editor on a screen of `size` logical points at display scale `ppp`, after `settle`
/// frames.
pub fn harness_at(
    startup: Startup,
    size: [f32; 2],
    ppp: f32,
    settle: usize,
) -> Harness<'static, EcomapApp> {
    let mut startup = Some(startup);
    let mut h = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(ppp)
        // Real-time-like frames, so two clicks count as a double-click.
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| EcomapApp::new(&cc.egui_ctx, None, startup.take().unwrap()));
    h.run_steps(settle);
    h
}

/// The editor on the map at `path` (English), on a screen of `size`, settled.
pub fn with_file_at(path: &Path, size: [f32; 2]) -> Harness<'static, EcomapApp> {
    harness_at(
        Startup::headless(Some(path.to_owned()), Lang::En),
        size,
        1.0,
        30,
    )
}

pub fn with_file(path: &Path, dialogs: ScriptedDialogs) -> Harness<'static, EcomapApp> {
    let mut s = Startup::headless(Some(path.to_owned()), Lang::En);
    s.dialogs = Box::new(dialogs);
    harness(s)
}

pub fn pos_of(h: &Harness<'_, EcomapApp>, id: &str) -> Pos2 {
    let app = h.state();
    app.canvas
        .screen_pos(app.doc.as_ref().unwrap(), id)
        .unwrap()
}

pub fn press(h: &mut Harness<'_, EcomapApp>, pos: Pos2, pressed: bool, modifiers: Modifiers) {
    h.event(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers,
    });
}

pub fn click_at(h: &mut Harness<'_, EcomapApp>, pos: Pos2) {
    h.event(Event::PointerMoved(pos));
    h.step();
    press(h, pos, true, Modifiers::NONE);
    press(h, pos, false, Modifiers::NONE);
    h.run_steps(2);
}

pub fn key(h: &mut Harness<'_, EcomapApp>, modifiers: Modifiers, k: Key) {
    h.key_press_modifiers(modifiers, k);
    h.run_steps(2);
}

pub fn map<'a>(h: &'a Harness<'_, EcomapApp>) -> &'a Map {
    h.state().doc.as_ref().unwrap().map()
}

/// A drag as a mouse makes it, with `modifiers` held throughout.
pub fn drag(h: &mut Harness<'_, EcomapApp>, from: Pos2, to: Pos2, modifiers: Modifiers) {
    // Modifier keys held for the whole drag, as a keyboard would report them.
    h.event(Event::ModifiersChanged(modifiers));
    h.event(Event::PointerMoved(from));
    h.step();
    press(h, from, true, modifiers);
    h.step();
    for i in 1..=10 {
        let p = from + (to - from) * (i as f32 / 10.0);
        h.event(Event::PointerMoved(p));
        h.step();
    }
    press(h, to, false, modifiers);
    h.run_steps(3);
    h.event(Event::ModifiersChanged(Modifiers::NONE));
    h.step();
}

/// Three partners in a row, far apart (Gemeente, Welzijn Oost, Thuiszorg), the first two
/// related by a dependency when `related`: saved in `dir`.
pub fn three_in_a_row(dir: &Path, related: bool) -> PathBuf {
    let sid = |id: &str| StakeholderId::parse(id).unwrap();
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
    if related {
        m.add_relation(Relation::new(
            RelationId::parse("r1").unwrap(),
            RelationKind::Dependency,
            sid("gemeente"),
            sid("welzijn"),
        ))
        .unwrap();
    }
    let p = dir.join("drie.ecomap.json");
    ecomap::io::save(&m, &p).unwrap();
    p
}
