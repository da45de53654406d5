//! Structured fuzzing: valid maps mutated field by field (wrong types, hostile text, huge or
//! odd numbers, removed or duplicated fields), so the mutations get past the JSON parser and
//! reach validation, the analysis and the export. For every mutated file: no panic; a refusal
//! names something in a short message without control characters; a file that is accepted
//! also exports, and its SVG is well-formed XML.

use ecomap::export::{self, ExportOptions};
use proptest::prelude::*;
use serde_json::{Value, json};

fn base() -> Value {
    json!({
        "format": "ecomap",
        "version": 1,
        "title": "Gezonde wijk",
        "description": "",
        "stakeholders": [
            {"id": "gemeente", "name": "Gemeente", "kind": "municipality", "domain": "Wmo", "x": 0.0, "y": 0.0},
            {"id": "wijkteam", "name": "Wijkteam Jeugd", "kind": "welfare", "domain": "Jeugdwet", "x": 320.0, "y": 40.0},
            {"id": "huisarts", "name": "Huisartsenpraktijk Oost", "kind": "professional", "domain": "Zvw", "x": 160.0, "y": 260.0, "notes": "POH"},
            {"id": "bewoners", "name": "Bewonersplatform", "kind": "citizen", "x": -200.0, "y": 200.0, "pinned": true}
        ],
        "relations": [
            {"id": "r1", "kind": "dependency", "from": "wijkteam", "to": "gemeente", "label": "financiering"},
            {"id": "r2", "kind": "interest", "from": "bewoners", "to": "huisarts"},
            {"id": "r3", "kind": "schot", "from": "huisarts", "to": "wijkteam", "label": "Wmo / Zvw"},
            {"id": "r4", "kind": "collaboration", "from": "gemeente", "to": "bewoners", "notes": "x"}
        ]
    })
}

/// Values that stress a field.
fn hostile() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        Just(json!(true)),
        Just(json!([])),
        Just(json!({})),
        Just(json!(0)),
        Just(json!(-1)),
        Just(json!(1.5)),
        Just(json!(1e300)),
        Just(json!(-1e30)),
        Just(json!(999_999.0)),
        Just(json!(u64::MAX)),
        Just(json!("")),
        Just(json!(" ")),
        Just(json!("\u{200b}\u{feff}")),
        Just(json!("\u{1b}[31mrood\u{1b}[0m")),
        Just(json!("a\u{fffe}b\u{ffff}c\u{7}")),
        Just(json!("<text>&amp;\"'")),
        Just(json!("dependency")),
        Just(json!("gemeente")),
        Just(json!("w".repeat(5_000))),
        Just(json!("Ouderenadviseursnetwerk ".repeat(200))),
        "\\PC{0,40}".prop_map(Value::String),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
    ]
}

/// Where to put it: a top-level field, or a field of a stakeholder or relation.
#[derive(Debug, Clone)]
enum Spot {
    Top(&'static str),
    Stakeholder(usize, &'static str),
    Relation(usize, &'static str),
}

fn spot() -> impl Strategy<Value = Spot> {
    let top = prop::sample::select(vec!["format", "version", "title", "description", "extra"]);
    let s_field = prop::sample::select(vec![
        "id", "name", "kind", "domain", "x", "y", "notes", "pinned", "extra",
    ]);
    let r_field = prop::sample::select(vec!["id", "kind", "from", "to", "label", "notes", "extra"]);
    prop_oneof![
        top.prop_map(Spot::Top),
        (0..4usize, s_field).prop_map(|(i, f)| Spot::Stakeholder(i, f)),
        (0..4usize, r_field).prop_map(|(i, f)| Spot::Relation(i, f)),
    ]
}

#[derive(Debug, Clone)]
enum Mutation {
    Set(Spot, Value),
    Remove(Spot),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (spot(), hostile()).prop_map(|(s, v)| Mutation::Set(s, v)),
        1 => spot().prop_map(Mutation::Remove),
    ]
}

fn apply(doc: &mut Value, m: &Mutation) {
    let (spot, value) = match m {
        Mutation::Set(s, v) => (s, Some(v.clone())),
        Mutation::Remove(s) => (s, None),
    };
    let (obj, field) = match spot {
        Spot::Top(f) => (doc.as_object_mut(), *f),
        Spot::Stakeholder(i, f) => (doc["stakeholders"][*i].as_object_mut(), *f),
        Spot::Relation(i, f) => (doc["relations"][*i].as_object_mut(), *f),
    };
    let Some(obj) = obj else { return };
    match value {
        Some(v) => {
            obj.insert(field.to_owned(), v);
        }
        None => {
            obj.remove(field);
        }
    }
}

fn assert_short_and_clean(msg: &str) {
    assert!(!msg.is_empty());
    assert!(msg.len() < 1_000, "{} bytes: {}", msg.len(), &msg[..200]);
    assert!(
        !msg.chars().any(char::is_control),
        "control characters in {msg:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn mutated_maps_are_refused_clearly_or_exported_well(
        mutations in prop::collection::vec(mutation(), 1..4)
    ) {
        let mut doc = base();
        for m in &mutations {
            apply(&mut doc, m);
        }
        let bytes = serde_json::to_vec(&doc).unwrap();
        match ecomap::io::from_bytes(&bytes) {
            Err(e) => assert_short_and_clean(&e.to_string()),
            Ok(map) => {
                let opts = ExportOptions {
                    dpi: 72.0,
                    date: "2026-11-25".into(),
                    ..ExportOptions::default()
                };
                match export::render_svg(&map, &opts) {
                    Ok(r) => {
                        let tree = resvg::usvg::Tree::from_str(
                            &r.svg,
                            &resvg::usvg::Options::default(),
                        );
                        prop_assert!(tree.is_ok(), "not well-formed: {:?}", tree.err());
                    }
                    // A page over the pixel limit is refused before drawing, with a reason.
                    Err(e) => assert_short_and_clean(&e.to_string()),
                }
            }
        }
    }
}
