//! Through the real file format: round trips, byte stability, and every kind of bad input.

use std::path::{Path, PathBuf};

use ecomap::io::{self, LoadError};
use ecomap::model::{Map, Relation, RelationKind, Stakeholder, StakeholderKind};
use ecomap::model::{RelationId, StakeholderId};

fn sid(id: &str) -> StakeholderId {
    StakeholderId::parse(id).expect("a test's stakeholder id")
}

fn rid(id: &str) -> RelationId {
    RelationId::parse(id).expect("a test's relation id")
}

fn samples() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_maps"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().ends_with(".ecomap.json"))
            .collect();
    v.sort();
    v
}

#[test]
fn sample_maps_load_and_are_byte_stable() {
    let paths = samples();
    assert!(paths.len() >= 3, "expected at least three sample maps");
    for p in paths {
        let bytes = std::fs::read(&p).unwrap();
        let map = io::load(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        assert!(
            (10..=25).contains(&map.stakeholder_count()),
            "{}",
            p.display()
        );
        let kinds: std::collections::BTreeSet<_> = map.relations().map(|r| r.kind).collect();
        assert_eq!(kinds.len(), 4, "{}: all four relation kinds", p.display());
        // Saved in canonical form: loading and writing again gives the same bytes.
        assert_eq!(
            io::to_bytes(&map).unwrap(),
            bytes,
            "{} is not canonical",
            p.display()
        );
    }
}

fn tricky_map() -> Map {
    let mut m = Map::new("Kaart met \"quotes\", ë, 😀 en \\ backslash");
    m.description = "regel 1\nregel 2\ttab".into();
    let mut a = Stakeholder::new(
        sid("z-last"),
        "Zorg & Welzijn",
        StakeholderKind::Welfare,
        -0.0,
        1e-300,
    );
    a.domain = "welzijn".into();
    a.notes = "notitie\r\nmet CRLF".into();
    a.pinned = true;
    m.add_stakeholder(a).unwrap();
    m.add_stakeholder(Stakeholder::new(
        sid("a-first"),
        "Gemeente",
        StakeholderKind::Municipality,
        0.1 + 0.2,
        -987_654.321_012_345_6,
    ))
    .unwrap();
    let mut r = Relation::new(
        rid("r10"),
        RelationKind::Dependency,
        sid("z-last"),
        sid("a-first"),
    );
    r.label = "subsidie".into();
    m.add_relation(r).unwrap();
    m.add_relation(Relation::new(
        rid("r9"),
        RelationKind::Schot,
        sid("a-first"),
        sid("z-last"),
    ))
    .unwrap();
    m
}

#[test]
fn save_then_load_is_lossless_and_byte_stable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaart.ecomap.json");
    let m = tricky_map();
    io::save(&m, &path).unwrap();
    let first = std::fs::read(&path).unwrap();
    let back = io::load(&path).unwrap();
    assert_eq!(back, m);
    let s = back.stakeholder("a-first").unwrap();
    assert_eq!(s.x.to_bits(), (0.1f64 + 0.2).to_bits());
    io::save(&back, &path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), first);
    // Sorted by id, format header first, a final newline.
    let text = String::from_utf8(first).unwrap();
    assert!(text.starts_with("{\n  \"format\": \"ecomap\",\n  \"version\": 2,"));
    assert!(text.find("a-first").unwrap() < text.find("z-last").unwrap());
    assert!(text.find("\"r10\"").unwrap() < text.find("\"r9\"").unwrap());
    assert!(text.ends_with("}\n"));
    // `pinned` only where true, so maps without pins keep their bytes.
    assert_eq!(text.matches("\"pinned\": true").count(), 1);
    assert!(!text.contains("\"pinned\": false"));
    // Not the private mode of a temporary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_ne!(mode, 0o600, "saved with a temporary file's private mode");
        assert!(mode & 0o044 != 0 || mode == 0o600, "mode {mode:o}");
    }
    // No temporary files left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn optional_fields_default_to_empty() {
    let json = r#"{"format":"ecomap","version":1,"title":"T","stakeholders":[
        {"id":"a","name":"A","kind":"citizen","x":0,"y":0},
        {"id":"b","name":"B","kind":"welfare","x":1,"y":2}],
        "relations":[{"id":"r1","kind":"interest","from":"a","to":"b"}]}"#;
    let m = io::from_bytes(json.as_bytes()).unwrap();
    assert_eq!(m.description, "");
    assert_eq!(m.stakeholder("a").unwrap().domain, "");
    assert_eq!(m.relation("r1").unwrap().label, "");
    assert!(!m.stakeholder("a").unwrap().pinned);
}

/// "Nobody", "no date" and "no source" are empty (or absent) in a file and `None` in the map;
/// an action's rule is a `Rule`; writing gives the empty fields back where they were.
#[test]
fn empty_fields_are_none_and_come_back_empty() {
    let json = r#"{"format":"ecomap","version":2,"title":"T","stakeholders":[
        {"id":"a","name":"A","kind":"citizen","x":0,"y":0,"source":"Anna"},
        {"id":"b","name":"B","kind":"welfare","x":1,"y":2}],
        "scenarios":[{"name":"Nu","relations":[
            {"id":"r1","kind":"interest","from":"a","to":"b","source":"","date":""},
            {"id":"r2","kind":"schot","from":"b","to":"a","source":"vrije tekst","date":"2026-11-26"}]}],
        "actions":[
            {"id":"a1","finding":{"rule":"isolated","stakeholders":["a"]},"what":"w","owner":"","due":"","status":"open"},
            {"id":"a2","finding":{"rule":"isolated","stakeholders":["b"]},"what":"x","owner":"b","due":"2027-01-15","status":"done"}]}"#;
    let m = io::from_bytes(json.as_bytes()).unwrap();
    assert_eq!(m.stakeholder("a").unwrap().source.as_deref(), Some("Anna"));
    assert_eq!(m.stakeholder("b").unwrap().source, None);
    let (r1, r2) = (m.relation("r1").unwrap(), m.relation("r2").unwrap());
    assert_eq!((r1.source.as_deref(), r1.date.as_deref()), (None, None));
    assert_eq!(
        (r2.source.as_deref(), r2.date.as_deref()),
        (Some("vrije tekst"), Some("2026-11-26"))
    );
    let (a1, a2) = (m.action("a1").unwrap(), m.action("a2").unwrap());
    assert_eq!((a1.owner.as_deref(), a1.due.as_deref()), (None, None));
    assert_eq!(
        (a2.owner.as_deref(), a2.due.as_deref()),
        (Some("b"), Some("2027-01-15"))
    );
    assert_eq!(a1.rule, ecomap::analysis::Rule::Isolated);
    let bytes = io::to_bytes(&m).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    // Written as before: an action's owner and due always, a relation's source and date only
    // when given.
    assert!(text.contains("\"owner\": \"\","), "{text}");
    assert!(text.contains("\"due\": \"\","), "{text}");
    assert_eq!(text.matches("\"date\"").count(), 1, "{text}");
    assert_eq!(text.matches("\"source\"").count(), 2, "{text}");
    let again = io::from_bytes(&bytes).unwrap();
    assert_eq!(again, m);
    assert_eq!(io::to_bytes(&again).unwrap(), bytes);
}

fn err(json: &str) -> String {
    match io::from_bytes(json.as_bytes()) {
        Ok(_) => panic!("accepted: {json}"),
        Err(e) => e.to_string(),
    }
}

const S_A: &str = r#"{"id":"a","name":"A","kind":"citizen","x":0,"y":0}"#;
const S_B: &str = r#"{"id":"b","name":"B","kind":"welfare","x":1,"y":2}"#;

fn doc(stakeholders: &str, relations: &str) -> String {
    format!(
        r#"{{"format":"ecomap","version":1,"title":"T","stakeholders":[{stakeholders}],"relations":[{relations}]}}"#
    )
}

#[test]
fn each_bad_input_names_its_problem() {
    let cases: Vec<(String, &str)> = vec![
        (
            r#"{"format":"visio","version":1,"title":"","stakeholders":[],"relations":[]}"#.into(),
            "\"format\" is \"visio\"",
        ),
        (
            r#"{"format":"ecomap","version":99,"title":"","stakeholders":[],"relations":[]}"#
                .into(),
            "made by a newer version of ecomap: version 99, this build reads 2",
        ),
        // A newer version with a schema we don't know still says "newer version".
        (
            r#"{"format":"ecomap","version":3,"nodes":{}}"#.into(),
            "version 3, this build reads 2",
        ),
        (
            r#"{"format":"ecomap","version":0,"title":"","stakeholders":[],"relations":[]}"#.into(),
            "unknown file version 0",
        ),
        (
            doc(r#"{"id":"a","name":"A","kind":"alien","x":0,"y":0}"#, ""),
            "stakeholder 'a': unknown kind 'alien'",
        ),
        (
            doc(
                &format!("{S_A},{S_B}"),
                r#"{"id":"r1","kind":"love","from":"a","to":"b"}"#,
            ),
            "relation 'r1': unknown kind 'love'",
        ),
        (
            doc(&format!("{S_A},{S_A}"), ""),
            "duplicate stakeholder id 'a'",
        ),
        (
            doc(
                &format!("{S_A},{S_B}"),
                r#"{"id":"r1","kind":"schot","from":"a","to":"b"},{"id":"r1","kind":"schot","from":"b","to":"a"}"#,
            ),
            "duplicate relation id 'r1'",
        ),
        (
            doc(r#"{"id":"","name":"A","kind":"citizen","x":0,"y":0}"#, ""),
            "entry 1 of \"stakeholders\" has an empty \"id\"",
        ),
        (
            doc(r#"{"id":"a","name":" ","kind":"citizen","x":0,"y":0}"#, ""),
            "stakeholder 'a' has an empty name",
        ),
        (
            doc(S_A, r#"{"id":"","kind":"schot","from":"a","to":"a"}"#),
            "entry 1 of \"relations\" has an empty \"id\"",
        ),
        (
            doc(S_A, r#"{"id":"r1","kind":"schot","from":"a","to":"ghost"}"#),
            "relation 'r1': to 'ghost' is not a stakeholder",
        ),
        (
            doc(S_A, r#"{"id":"r1","kind":"schot","from":"ghost","to":"a"}"#),
            "relation 'r1': from 'ghost' is not a stakeholder",
        ),
        (
            doc(
                S_A,
                r#"{"id":"r1","kind":"dependency","from":"a","to":"a"}"#,
            ),
            "relation 'r1' goes from stakeholder 'a' to itself",
        ),
        (
            doc(
                r#"{"id":"a","name":"A","kind":"citizen","x":1e999,"y":0}"#,
                "",
            ),
            "line 1",
        ),
        (
            doc(r#"{"id":"a","name":"A","kind":"citizen","y":0}"#, ""),
            "missing field `x`",
        ),
        (
            doc(
                r#"{"id":"a","name":"A","kind":"citizen","x":"left","y":0}"#,
                "",
            ),
            "invalid type: string \"left\", expected f64",
        ),
        (
            doc(
                r#"{"id":"a","name":"A","kind":"citizen","x":null,"y":0}"#,
                "",
            ),
            "invalid type: null",
        ),
        (
            doc(
                r#"{"id":"a","name":"A","kind":"citizen","x":0,"y":0,"colour":"red"}"#,
                "",
            ),
            "unknown field `colour`",
        ),
        (
            r#"{"format":"ecomap","version":1,"title":"T","stakeholders":[]}"#.into(),
            "the file has no \"relations\"",
        ),
        (
            r#"{"version":1,"title":"T","stakeholders":[],"relations":[]}"#.into(),
            "missing field `format`",
        ),
        (
            r#"{"format":"ecomap","version":"1","title":"T","stakeholders":[],"relations":[]}"#
                .into(),
            "invalid type: string \"1\"",
        ),
        (
            r#"{"format":"ecomap","version":-1,"title":"T","stakeholders":[],"relations":[]}"#
                .into(),
            "\"version\" must be a whole number of 1 or more, not -1 in version",
        ),
        (String::new(), "the file is empty"),
        ("   \n".into(), "the file is empty"),
        ("[1,2,3]".into(), "does not have the shape of an ecomap map"),
        ("\"ecomap\"".into(), "does not have the shape"),
        (r#"{"format":"ecomap","version":1,"#.into(), "truncated"),
        (
            r#"{"format":"ecomap" "version":1}"#.into(),
            "not valid JSON",
        ),
        (
            format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
            "does not have the shape",
        ),
        (
            format!(
                r#"{{"format":"ecomap","version":1,"title":"T","stakeholders":[{S_A}],"relations":[],"deep":{}{}}}"#,
                "[".repeat(100_000),
                "]".repeat(100_000)
            ),
            "unknown field `deep`",
        ),
    ];
    for (json, expected) in cases {
        let msg = err(&json);
        assert!(
            msg.contains(expected),
            "for {}:\n  got: {msg}\n  expected to contain: {expected}",
            &json[..json.len().min(120)]
        );
    }
}

#[test]
fn non_finite_coordinate_is_named() {
    let msg = err(&doc(
        r#"{"id":"a","name":"A","kind":"citizen","x":1e999,"y":0}"#,
        "",
    ));
    assert!(msg.contains("line 1, column"), "{msg}");
}

#[test]
fn syntax_errors_give_line_and_column() {
    let json = "{\n  \"format\": \"ecomap\",\n  \"version\": 1,\n  \"title\": \"T\"\n  \"stakeholders\": []\n}";
    match io::from_bytes(json.as_bytes()) {
        Err(LoadError::Syntax { line, column, .. }) => assert_eq!((line, column), (5, 3)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn invalid_utf8_is_refused_with_position() {
    let mut bytes = doc(S_A, "").into_bytes();
    bytes.splice(20..20, [0xff, 0xfe]);
    match io::from_bytes(&bytes) {
        Err(LoadError::InvalidUtf8 {
            line: 1,
            column: 21,
        }) => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn missing_file_and_directory_are_refused_naming_the_path() {
    let msg = io::load(Path::new("/nonexistent/kaart.ecomap.json"))
        .unwrap_err()
        .to_string();
    assert!(msg.contains("/nonexistent/kaart.ecomap.json"), "{msg}");
    let dir = tempfile::tempdir().unwrap();
    let e = io::load(dir.path()).unwrap_err();
    assert!(matches!(e, LoadError::NotAFile { .. }), "{e:?}");
    assert!(e.to_string().contains("a folder"), "{e}");
}

#[test]
fn oversized_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ecomap.json");
    let f = std::fs::File::create(&path).unwrap();
    // Sparse: takes no disk space.
    f.set_len(io::MAX_FILE_BYTES + 1).unwrap();
    match io::load(&path) {
        Err(LoadError::TooLarge { size, .. }) => assert_eq!(size, io::MAX_FILE_BYTES + 1),
        other => panic!("{other:?}"),
    }
}

#[test]
fn failed_save_leaves_the_old_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaart.ecomap.json");
    io::save(&tricky_map(), &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    // Saving into a folder that does not exist fails and touches nothing.
    assert!(
        io::save(
            &Map::new("x"),
            &dir.path().join("missing/kaart.ecomap.json")
        )
        .is_err()
    );
    // Saving over a directory fails; the directory stays.
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    assert!(io::save(&Map::new("x"), &sub).is_err());
    assert!(sub.is_dir());
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// Every version 1 file (the samples as they were before version 2) opens as one scenario
/// "Nu" with the same content and the same analysis, and is written as version 2 that reads
/// back the same.
#[test]
fn version_1_files_migrate_to_version_2_with_the_same_analysis() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let p = entry.unwrap().path();
        let bytes = std::fs::read(&p).unwrap();
        assert!(String::from_utf8_lossy(&bytes).contains("\"version\": 1,"));
        let v1 = io::from_bytes(&bytes).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        assert_eq!(v1.scenario_names(), ["Nu"], "{}", p.display());
        let v2_bytes = io::to_bytes(&v1).unwrap();
        let text = String::from_utf8(v2_bytes.clone()).unwrap();
        assert!(text.contains("\"version\": 2,") && text.contains("\"scenarios\": ["));
        let v2 = io::from_bytes(&v2_bytes).unwrap();
        assert_eq!(v2, v1, "{}", p.display());
        assert_eq!(
            ecomap::analysis::analyze(&v2),
            ecomap::analysis::analyze(&v1),
            "{}",
            p.display()
        );
        seen += 1;
    }
    assert!(seen >= 3);
}

/// Version 2's own mistakes are named: a version 1 file with scenarios, a version 2 file with
/// top-level relations or without scenarios, an unknown confidence, status or rule, a date
/// that is no date, a stakeholder in no scenario, two scenarios with one name.
#[test]
fn version_2_mistakes_are_named() {
    let s = r#"[{"id":"a","name":"A","kind":"welfare","x":0,"y":0},{"id":"b","name":"B","kind":"citizen","x":1,"y":0}]"#;
    let v2 = |scenarios: &str, actions: &str| {
        format!(
            r#"{{"format":"ecomap","version":2,"title":"T","stakeholders":{s},"scenarios":{scenarios}{actions}}}"#
        )
    };
    let rel =
        |extra: &str| format!(r#"{{"id":"r1","kind":"dependency","from":"a","to":"b"{extra}}}"#);
    let cases = [
        (
            format!(
                r#"{{"format":"ecomap","version":1,"title":"T","stakeholders":{s},"scenarios":[]}}"#
            ),
            "a version 1 file has no \"scenarios\"",
        ),
        (
            format!(
                r#"{{"format":"ecomap","version":2,"title":"T","stakeholders":{s},"relations":[]}}"#
            ),
            "a version 2 file has no \"relations\"",
        ),
        (
            format!(r#"{{"format":"ecomap","version":2,"title":"T","stakeholders":{s}}}"#),
            "the file has no \"scenarios\"",
        ),
        (
            v2(
                &format!(
                    r#"[{{"name":"Nu","relations":[{}]}}]"#,
                    rel(r#","confidence":"zeker""#)
                ),
                "",
            ),
            "\"confidence\" of 'r1' is 'zeker'; known are: certain, likely, contested",
        ),
        (
            v2(
                &format!(
                    r#"[{{"name":"Nu","relations":[{}]}}]"#,
                    rel(r#","date":"2026-02-30""#)
                ),
                "",
            ),
            "'date' of 'r1' is not a date like 2026-11-26: '2026-02-30'",
        ),
        (
            v2(
                r#"[{"name":"Nu","leaves_out":["a"],"relations":[]},{"name":"Straks","leaves_out":["a"],"relations":[]}]"#,
                "",
            ),
            "stakeholder 'a' is in no scenario",
        ),
        (
            v2(
                r#"[{"name":"Nu","relations":[]},{"name":"Nu","relations":[]}]"#,
                "",
            ),
            "there is already a scenario 'Nu'",
        ),
        (
            v2(r#"[{"name":"Nu","leaves_out":["zz"],"relations":[]}]"#, ""),
            "no stakeholder with id 'zz'",
        ),
        (
            v2(
                &format!(
                    r#"[{{"name":"Nu","leaves_out":["b"],"relations":[{}]}}]"#,
                    rel("")
                ),
                "",
            ),
            "'b'",
        ),
        (
            v2(
                r#"[{"name":"Nu","relations":[]}]"#,
                r#","actions":[{"id":"a1","finding":{"rule":"isolated","stakeholders":["a"]},"what":"x","status":"busy"}]"#,
            ),
            "\"status\" of 'a1' is 'busy'; known are: open, doing, done",
        ),
        (
            v2(
                r#"[{"name":"Nu","relations":[]}]"#,
                r#","actions":[{"id":"a1","finding":{"rule":"lonely","stakeholders":["a"]},"what":"x","status":"open"}]"#,
            ),
            "\"finding.rule\" of 'a1' is 'lonely'",
        ),
        (
            v2(
                r#"[{"name":"Nu","relations":[]}]"#,
                r#","actions":[{"id":"a1","finding":{"rule":"isolated","stakeholders":["a"]},"what":"x","status":"open","due":"morgen"}]"#,
            ),
            "'due' of 'a1' is not a date",
        ),
    ];
    for (json, expected) in cases {
        let err = io::from_bytes(json.as_bytes())
            .expect_err(&json)
            .to_string();
        assert!(
            err.contains(expected),
            "for {json}:\n  got: {err}\n  expected: {expected}"
        );
    }
}
