//! Hostile and unusual files through the real binary (`check`, `analyze`, `export`): each
//! answers with exit 0 or 2, a short message without control bytes, well-formed SVG when it
//! succeeds, and never a panic. Every reproducer is a small file made here.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{Value, json};

fn ecomap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ecomap"))
        .args(args)
        .env("LANG", "C")
        .output()
        .unwrap()
}

/// A valid two-stakeholder map as JSON, to be spoiled field by field.
fn base() -> Value {
    json!({
        "format": "ecomap",
        "version": 1,
        "title": "Proef",
        "stakeholders": [
            {"id": "a", "name": "Gemeente", "kind": "municipality", "x": 0.0, "y": 0.0},
            {"id": "b", "name": "Wijkteam", "kind": "welfare", "x": 300.0, "y": 0.0}
        ],
        "relations": [
            {"id": "r1", "kind": "dependency", "from": "a", "to": "b", "label": "inkoop"}
        ]
    })
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

fn write_json(dir: &Path, name: &str, v: &Value) -> PathBuf {
    write(dir, name, serde_json::to_string(v).unwrap().as_bytes())
}

/// Exit 0 or 2, no panic, and a short stderr without control bytes.
fn assert_sane(out: &Output) -> String {
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        matches!(out.status.code(), Some(0 | 2)),
        "exit {:?}: {err}",
        out.status
    );
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.len() < 1_000,
        "a short message, not {} bytes",
        err.len()
    );
    assert!(
        !err.chars().any(|c| c.is_control() && c != '\n'),
        "no control characters reach the terminal: {err:?}"
    );
    err
}

fn check(path: &Path) -> (Option<i32>, String) {
    let out = ecomap(&["check", path.to_str().unwrap()]);
    let err = assert_sane(&out);
    (out.status.code(), err)
}

#[test]
fn a_byte_order_mark_and_version_1_0_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(serde_json::to_vec(&base()).unwrap());
    let bom = write(dir.path(), "bom.ecomap.json", &bytes);
    assert_eq!(check(&bom).0, Some(0));
    let mut v = base();
    v["version"] = json!(1.0);
    let float = write_json(dir.path(), "float.ecomap.json", &v);
    assert_eq!(check(&float).0, Some(0));
    v["version"] = json!(1.5);
    let half = write_json(dir.path(), "half.ecomap.json", &v);
    let (code, err) = check(&half);
    assert_eq!(code, Some(2));
    assert!(err.contains("whole number"), "{err}");
}

#[test]
fn errors_name_the_field_the_entry_and_show_values_safely() {
    let dir = tempfile::tempdir().unwrap();
    // A wrong type: the field is named.
    let mut v = base();
    v["stakeholders"][1]["x"] = json!("links");
    let (code, err) = check(&write_json(dir.path(), "type.ecomap.json", &v));
    assert_eq!(code, Some(2));
    assert!(err.contains("stakeholders[1].x"), "{err}");
    // An empty id: which entry.
    let mut v = base();
    v["stakeholders"][1]["id"] = json!("");
    let (_, err) = check(&write_json(dir.path(), "empty.ecomap.json", &v));
    assert!(err.contains("entry 2 of \"stakeholders\""), "{err}");
    // A terminal escape sequence in a value: shown escaped.
    let mut v = base();
    v["stakeholders"][1]["kind"] = json!("wel\u{1b}[31mfare");
    let (_, err) = check(&write_json(dir.path(), "escape.ecomap.json", &v));
    assert!(err.contains("\\u{1b}"), "{err}");
    // A kind of a megabyte: shortened.
    let mut v = base();
    v["stakeholders"][0]["kind"] = json!("k".repeat(1_000_000));
    let (code, err) = check(&write_json(dir.path(), "kind.ecomap.json", &v));
    assert_eq!(code, Some(2));
    assert!(err.contains('…'), "{err}");
}

#[test]
fn blank_names_and_far_out_cards_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = base();
    v["stakeholders"][0]["name"] = json!("\u{200b}\u{200b} \u{feff}");
    let (code, err) = check(&write_json(dir.path(), "blank.ecomap.json", &v));
    assert_eq!(code, Some(2));
    assert!(err.contains("stakeholder 'a' has an empty name"), "{err}");
    let mut v = base();
    v["stakeholders"][1]["y"] = json!(1e30);
    let tall = write_json(dir.path(), "tall.ecomap.json", &v);
    let (code, err) = check(&tall);
    assert_eq!(code, Some(2));
    assert!(err.contains("stakeholder 'b' lies too far out"), "{err}");
    let out = ecomap(&[
        "export",
        tall.to_str().unwrap(),
        "-o",
        dir.path().join("t.png").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!dir.path().join("t.png").exists());
}

#[test]
fn odd_text_still_gives_well_formed_svg() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = base();
    v["stakeholders"][0]["name"] = json!("Gemeente \u{fffe}\u{ffff} <&>");
    v["title"] = json!("Titel ".repeat(25_000));
    v["relations"][0]["label"] = json!("x".repeat(130_000));
    let map = write_json(dir.path(), "odd.ecomap.json", &v);
    let svg = dir.path().join("odd.svg");
    let out = ecomap(&["export", map.to_str().unwrap(), "-o", svg.to_str().unwrap()]);
    assert_sane(&out);
    assert_eq!(out.status.code(), Some(0));
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(!text.contains('\u{fffe}') && !text.contains('\u{ffff}'));
    // Well-formed: every element that opens, closes, and no bare ampersand.
    assert!(text.contains("&lt;&amp;&gt;"));
    let opened = text.matches("<text").count();
    assert_eq!(opened, text.matches("</text>").count());
    let png = dir.path().join("odd.png");
    let out = ecomap(&["export", map.to_str().unwrap(), "-o", png.to_str().unwrap()]);
    assert_sane(&out);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn bad_options_and_closed_outputs_do_not_panic() {
    let dir = tempfile::tempdir().unwrap();
    let map = write_json(dir.path(), "m.ecomap.json", &base());
    let m = map.to_str().unwrap();
    let out_png = dir.path().join("o.png");
    for dpi in ["0.0001", "0", "-3", "NaN", "1e9"] {
        let out = ecomap(&["export", m, "-o", out_png.to_str().unwrap(), "--dpi", dpi]);
        let err = assert_sane(&out);
        assert_eq!(out.status.code(), Some(2), "--dpi {dpi}: {err}");
    }
    assert!(!out_png.exists());
    // A full disk: exit 2 with a message.
    if Path::new("/dev/full").exists() {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_ecomap"))
            .args(["check", m])
            .stdout(full)
            .output()
            .unwrap();
        let err = assert_sane(&out);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("cannot write"), "{err}");
    }
    // A pipe closed by the reader (`| head -c 1`): quiet.
    let big = ecomap::model::generated_map(2_000, 3, 1).unwrap();
    let big_path = dir.path().join("big.ecomap.json");
    ecomap::io::save(&big, &big_path).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_ecomap"))
        .args(["analyze", big_path.to_str().unwrap(), "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_sane(&out);
}

#[test]
fn a_hostile_file_name_is_shown_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = base();
    v["version"] = json!(7);
    let p = write_json(dir.path(), "kaart\u{1b}[2J.ecomap.json", &v);
    let (code, err) = check(&p);
    assert_eq!(code, Some(2));
    assert!(err.contains("\\u{1b}"), "{err}");
}

/// Text that would steer a terminal (escape sequences, C1 controls) or reorder what is read
/// (a right-to-left override) is refused when the map is read, naming the field, in every
/// command; nothing of it reaches the terminal.
#[test]
fn terminal_escapes_and_look_alikes_are_refused_with_the_field_named() {
    let dir = tempfile::tempdir().unwrap();
    // (The field the message names; where in the file, and what is written there.)
    let cases: [(&str, &[(&str, &str)]); 5] = [
        (
            "stakeholders[1].name",
            &[(
                "/stakeholders/0/name",
                "Gemeente\u{1b}]0;pwned\u{7}\u{1b}[2J",
            )],
        ),
        (
            "stakeholders[2].name",
            &[("/stakeholders/1/name", "Wijkteam\u{202e}")],
        ),
        (
            "relations[1].label",
            &[("/relations/0/label", "inkoop\u{9b}2J")],
        ),
        ("title", &[("/title", "Proef\u{1b}[31m")]),
        (
            "stakeholders[1].id",
            &[
                ("/stakeholders/0/id", "a\u{1b}[2J"),
                ("/relations/0/from", "a\u{1b}[2J"),
            ],
        ),
    ];
    for (field, spoil) in cases {
        let mut v = base();
        for (at, text) in spoil {
            *v.pointer_mut(at).unwrap() = json!(text);
        }
        let map = write_json(dir.path(), "escape.ecomap.json", &v);
        let p = map.to_str().unwrap();
        for args in [vec!["check", p], vec!["analyze", p], vec!["compare", p]] {
            let out = ecomap(&args);
            let err = assert_sane(&out);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
            assert!(err.contains(field), "{args:?}: the field named: {err}");
            let said = String::from_utf8_lossy(&out.stdout);
            assert!(
                !said
                    .chars()
                    .any(|c| c.is_control() && c != '\n' && c != '\t'),
                "{args:?}: stdout {said:?}"
            );
        }
    }
    // In notes a line break and a tab are text; an escape is not.
    let mut v = base();
    v["stakeholders"][0]["notes"] = json!("Eerste regel\n\tTweede");
    let ok = write_json(dir.path(), "notes.ecomap.json", &v);
    assert_eq!(check(&ok).0, Some(0));
    v["stakeholders"][0]["notes"] = json!("Eerste regel\u{1b}[2J");
    let bad = write_json(dir.path(), "notes-bad.ecomap.json", &v);
    let (code, err) = check(&bad);
    assert_eq!(code, Some(2));
    assert!(err.contains("stakeholders[1].notes"), "{err}");
}

/// A named pipe nobody writes to, a folder or a device as the map: answered at once with a
/// message saying what it is (the pipe used to be waited on for ever; now it reads as empty);
/// a file over the size limit is refused from its size, before it is read. A map piped in
/// (`/dev/stdin`) is read.
#[cfg(unix)]
#[test]
fn inputs_that_are_not_regular_files_are_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("f.json");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let big = dir.path().join("big.ecomap.json");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(300 * 1024 * 1024)
        .unwrap();
    for (path, said) in [
        (fifo.as_path(), "empty"),
        (dir.path(), "folder"),
        (Path::new("/dev/zero"), "device"),
        (big.as_path(), "too large"),
    ] {
        let t = std::time::Instant::now();
        let mut child = Command::new(env!("CARGO_BIN_EXE_ecomap"))
            .args(["check", path.to_str().unwrap()])
            .env("LANG", "C")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        while child.try_wait().unwrap().is_none() {
            if t.elapsed() > std::time::Duration::from_secs(10) {
                let _ = child.kill();
                panic!("{path:?}: still reading after 10 s");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let out = child.wait_with_output().unwrap();
        let err = assert_sane(&out);
        assert_eq!(out.status.code(), Some(2), "{path:?}: {err}");
        assert!(err.to_lowercase().contains(said), "{path:?}: {err}");
        assert!(
            t.elapsed() < std::time::Duration::from_secs(2),
            "{path:?}: {:?}",
            t.elapsed()
        );
    }
    let map = std::fs::File::open(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_maps/gezonde-wijk.ecomap.json"),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_ecomap"))
        .args(["check", "/dev/stdin"])
        .stdin(map)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Markdown from a name (a participant's link, a heading) stays text in the report's
/// findings: escaped, never a link or a heading.
#[test]
fn markdown_in_names_stays_text_in_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = base();
    v["stakeholders"][0]["name"] = json!("[klik](javascript:alert(1))");
    v["stakeholders"][1]["name"] = json!("# kop <b>vet</b>");
    // Dependent without collaboration: a finding naming both.
    v["relations"] = json!([
        {"id": "r1", "kind": "dependency", "from": "a", "to": "b"},
        {"id": "r2", "kind": "dependency", "from": "b", "to": "a"}
    ]);
    let map = write_json(dir.path(), "md.ecomap.json", &v);
    let out_dir = dir.path().join("pack");
    let out = ecomap(&[
        "report",
        map.to_str().unwrap(),
        "-o",
        out_dir.to_str().unwrap(),
        "--dpi",
        "50",
    ]);
    assert_sane(&out);
    assert_eq!(out.status.code(), Some(0));
    let md = std::fs::read_to_string(out_dir.join("findings.md")).unwrap();
    assert!(md.contains(r"\[klik\](javascript:alert(1))"), "{md}");
    assert!(!md.contains("[klik]("), "{md}");
    assert!(md.contains(r"\# kop \<b\>vet\</b\>"), "{md}");
}

/// Names that look the same on a card (a zero-width space, a full-width letter) are pointed
/// out by `check`, the invisible character written out.
#[test]
fn look_alike_names_are_pointed_out() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = base();
    v["stakeholders"][1]["name"] = json!("Gemeente\u{200b}");
    v["stakeholders"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "c", "name": "Ｗijkteam", "kind": "welfare", "x": 600.0, "y": 0.0}));
    v["stakeholders"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "d", "name": "Wijkteam", "kind": "welfare", "x": 900.0, "y": 0.0}));
    let map = write_json(dir.path(), "alike.ecomap.json", &v);
    let out = ecomap(&["check", map.to_str().unwrap()]);
    assert_sane(&out);
    assert_eq!(out.status.code(), Some(0));
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(said.matches("look the same").count(), 2, "{said}");
    assert!(said.contains(r"Gemeente\u{200b}"), "{said}");
}

/// What the drawing libraries warn about (a font without a character, a dash it could not
/// draw) is counted and said in one line, not once per glyph: a name of one letter and 2,000
/// accents, and 100 cards on one spot at 30 dpi.
#[test]
fn library_warnings_are_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut v = base();
    v["stakeholders"][0]["name"] = json!(format!("a{}", "\u{301}".repeat(2000)));
    let accents = write_json(dir.path(), "accents.ecomap.json", &v);
    let pile: Vec<Value> = (0..100)
        .map(|i| json!({"id": format!("s{i}"), "name": format!("Partner {i}"), "kind": "other", "x": 0.0, "y": 0.0}))
        .collect();
    let links: Vec<Value> = (0..99)
        .map(|i| json!({"id": format!("r{i}"), "kind": "interest", "from": format!("s{i}"), "to": format!("s{}", i + 1)}))
        .collect();
    let mut v = base();
    v["stakeholders"] = Value::Array(pile);
    v["relations"] = Value::Array(links);
    let pile = write_json(dir.path(), "pile.ecomap.json", &v);
    for (map, dpi) in [(accents, "96"), (pile, "30")] {
        let png = dir.path().join("out.png");
        let out = ecomap(&[
            "export",
            map.to_str().unwrap(),
            "-o",
            png.to_str().unwrap(),
            "--dpi",
            dpi,
        ]);
        let err = assert_sane(&out);
        assert_eq!(out.status.code(), Some(0), "{err}");
        assert!(err.lines().count() <= 4, "{err}");
        assert!(!err.contains("WARN"), "{err}");
    }
}
