//! `ecomap import`: spreadsheets made by other programs (tests/fixtures/import/README.md) in
//! Kumu's layout and with Dutch headers, and hostile ones.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use ecomap::io::sheets::{self, ImportError, KindMapping, SkipReason};
use ecomap::lang::Lang;
use ecomap::model::{RelationKind, StakeholderKind};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

fn ecomap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ecomap"))
        .args(args)
        .env("LANG", "C")
        .output()
        .unwrap()
}

fn imported(path: &Path, kinds: &str) -> Result<sheets::Imported, ImportError> {
    let s = sheets::read_sheets(path)?;
    sheets::import(&s, &KindMapping::parse(kinds)?)
}

#[test]
fn a_kumu_workbook_written_by_openpyxl() {
    let got = imported(&fixture("kumu-openpyxl.xlsx"), "").unwrap();
    let m = &got.map;
    let kind = |name: &str| {
        m.all_stakeholders_sorted()
            .into_iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("{name}"))
            .kind
    };
    assert_eq!(kind("Gemeente Overbetuwe"), StakeholderKind::Municipality);
    assert_eq!(kind("Thuiszorg De Linge"), StakeholderKind::CareProvider);
    assert_eq!(
        kind("Huisartsenpraktijk Zetten"),
        StakeholderKind::CareProvider
    );
    assert_eq!(kind("Zilveren Kruis"), StakeholderKind::Financier);
    assert_eq!(kind("Mantelzorgers"), StakeholderKind::InformalCarer);
    assert_eq!(kind("Welzijn Overbetuwe"), StakeholderKind::Welfare);
    assert_eq!(kind("Cliëntenraad"), StakeholderKind::Citizen);
    // Made for a connection's end that no element names, as Kumu does.
    assert_eq!(kind("Apotheek Zetten"), StakeholderKind::Other);
    assert_eq!(got.added_for_connections, 1);
    assert_eq!(
        m.stakeholder_count(),
        8,
        "the (ignore) sheet and the nameless row left out"
    );
    // Seven rows of connections: one to itself left out, one `|`-list of two.
    assert_eq!(m.relation_count(), 7);
    let gemeente = m
        .all_stakeholders_sorted()
        .into_iter()
        .find(|s| s.name == "Gemeente Overbetuwe")
        .unwrap();
    assert_eq!(gemeente.domain, "Wmo");
    assert_eq!(
        gemeente.notes,
        "Wmo-loket en beleid\nTags: wmo|sociaal domein\nWebsite: overbetuwe.nl"
    );
    let kinds: Vec<RelationKind> = m.relations().map(|r| r.kind).collect();
    for k in RelationKind::ALL {
        assert!(kinds.contains(&k), "{k:?} among {kinds:?}");
    }
    assert_eq!(
        got.skipped
            .iter()
            .map(|s| (s.sheet.as_str(), s.row, s.why.clone()))
            .collect::<Vec<_>>(),
        vec![
            ("Elements", 8, SkipReason::NoName),
            ("Connections", 7, SkipReason::ToItself)
        ]
    );
    // The analysis sees what the sheet says: the mutual dependency, the schot.
    let a = ecomap::analysis::analyze(m);
    assert_eq!(a.mutual_dependencies.len(), 1);
    assert!(
        got.skipped[0]
            .user_message(Lang::Nl)
            .starts_with("Elements, rij 8: geen naam")
    );
}

#[test]
fn dutch_excel_csvs_with_semicolons_a_bom_and_windows_1252() {
    let got = imported(&fixture("partners-nl-excel.csv"), "").unwrap();
    let s = got.map.all_stakeholders_sorted();
    let names: Vec<(&str, StakeholderKind, &str)> = s
        .iter()
        .map(|s| (s.name.as_str(), s.kind, s.domain.as_str()))
        .collect();
    assert_eq!(
        names,
        vec![
            ("Gemeente Lingewaard", StakeholderKind::Municipality, "Wmo"),
            ("Ouderen in de wijk", StakeholderKind::Citizen, ""),
            ("Woonstichting Thuis", StakeholderKind::Housing, "wonen"),
        ]
    );
    assert_eq!(
        s[0].notes, "Loket; en beleid",
        "a quoted ; stays in its cell"
    );
    let got = imported(&fixture("relaties-cp1252.csv"), "").unwrap();
    assert!(
        got.map
            .all_stakeholders_sorted()
            .iter()
            .any(|s| s.name == "Cliëntenraad"),
        "Windows-1252 read as such"
    );
    assert_eq!(got.map.relation_count(), 2);
}

#[test]
fn relation_types_nobody_knows_are_asked_for_and_a_mapping_answers() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("links.csv");
    std::fs::write(&csv, "From,To,Type\nA,B,financiert\nB,C,Belang\n").unwrap();
    match imported(&csv, "") {
        Err(ImportError::UnknownRelationTypes(t)) => assert_eq!(t, vec!["financiert"]),
        other => panic!("{other:?}"),
    }
    let got = imported(&csv, "financiert=dependency").unwrap();
    assert_eq!(got.map.relation_count(), 2);
    assert!(matches!(
        KindMapping::parse("financiert=betaalt"),
        Err(ImportError::BadMapping(_))
    ));
}

#[test]
fn the_command_line_imports_and_refuses_without_writing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("kaart.ecomap.json");
    let run = |input: &Path, extra: &[&str]| {
        let mut args = vec![
            "--lang",
            "nl",
            "import",
            input.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        ecomap(&args)
    };
    let ok = run(&fixture("kumu-openpyxl.xlsx"), &[]);
    assert!(ok.status.success(), "{ok:?}");
    let err = String::from_utf8_lossy(&ok.stderr);
    assert!(err.contains("8 partners, 7 relaties uit"), "{err}");
    assert!(
        err.contains("Connections, rij 7 (‘Welzijn Overbetuwe’): een relatie met zichzelf"),
        "{err}"
    );
    let map = ecomap::io::load(&out).unwrap();
    assert_eq!(map.stakeholder_count(), 8);
    // The map is not overwritten by a second import.
    let before = std::fs::read(&out).unwrap();
    let again = run(&fixture("partners-nl-excel.csv"), &[]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("bestaat al"));
    assert_eq!(std::fs::read(&out).unwrap(), before);
    // Bad input: exit 2, a message naming the problem, nothing written.
    std::fs::remove_file(&out).unwrap();
    let text = dir.path().join("kapot.xlsx");
    std::fs::write(&text, "dit is geen werkmap").unwrap();
    let bad = run(&text, &[]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("de werkmap kan niet gelezen worden"));
    assert!(!out.exists());
}

#[test]
fn hostile_spreadsheets_are_refused_quickly() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    // A zip bomb: a sheet of zeros that would unpack to 300 MB.
    let bomb = dir.path().join("bom.xlsx");
    {
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&bomb).unwrap());
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        zip.start_file("xl/worksheets/sheet1.xml", opts).unwrap();
        let zeros = vec![b'0'; 1 << 20];
        for _ in 0..300 {
            zip.write_all(&zeros).unwrap();
        }
        zip.finish().unwrap();
    }
    let started = std::time::Instant::now();
    assert!(matches!(
        sheets::read_sheets(&bomb),
        Err(ImportError::Inflates(_))
    ));
    // A million rows.
    let rows = dir.path().join("rijen.csv");
    let mut text = String::from("Naam\n");
    for i in 0..1_000_000 {
        use std::fmt::Write as _;
        let _ = writeln!(text, "Partner {i}");
    }
    std::fs::write(&rows, text).unwrap();
    assert!(matches!(
        sheets::read_sheets(&rows),
        Err(ImportError::TooManyRows(_))
    ));
    assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
    // Sheets with nothing ecomap reads.
    let empty = dir.path().join("leeg.csv");
    std::fs::write(&empty, "").unwrap();
    let s = sheets::read_sheets(&empty).unwrap();
    assert!(matches!(
        sheets::import(&s, &KindMapping::default()),
        Err(ImportError::NoSheets)
    ));
}

/// In the editor: File → Import (Ctrl+Shift+I), the window says what comes in, Import adds it
/// as one undo step beside what is there, connected to a partner already on the map by name.
#[test]
fn the_editor_imports_a_workbook_as_one_undo_step() {
    use ecomap::app::ScriptedDialogs;
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    // A map with one partner the workbook's connections name.
    let mut m = ecomap::model::Map::new("Overbetuwe");
    m.add_stakeholder(ecomap::model::Stakeholder::new(
        ecomap::model::StakeholderId::parse("zilveren-kruis").unwrap(),
        "Zilveren Kruis",
        StakeholderKind::Financier,
        0.0,
        0.0,
    ))
    .unwrap();
    let path = dir.path().join("overbetuwe.ecomap.json");
    ecomap::io::save(&m, &path).unwrap();
    let dialogs = ScriptedDialogs::with_answers([Some(fixture("kumu-openpyxl.xlsx"))]);
    let mut s = ecomap::app::Startup::headless(Some(path), Lang::Nl);
    s.dialogs = Box::new(dialogs);
    let mut h = common::harness(s);
    h.run_steps(4);
    common::key(&mut h, Modifiers::COMMAND | Modifiers::SHIFT, Key::I);
    h.run_steps(6);
    // Zilveren Kruis is on the map already: 7 partners come in, not 8.
    assert!(
        h.query_by_label_contains("Dit komt erbij: 7 partners en 7 relaties")
            .is_some(),
        "the window says what comes in"
    );
    h.get_by_label("Importeren").click();
    h.run_steps(4);
    let map = common::map(&h);
    assert_eq!(map.stakeholder_count(), 8);
    assert_eq!(map.relation_count(), 7);
    let zk = map
        .all_stakeholders_sorted()
        .into_iter()
        .find(|s| s.name == "Zilveren Kruis")
        .unwrap();
    assert_eq!((zk.x, zk.y), (0.0, 0.0), "what was there stays put");
    common::key(&mut h, Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(common::map(&h).stakeholder_count(), 1, "one undo step");
    // Cells pasted: the same window; Escape closes it, nothing added.
    h.event(egui::Event::Paste(
        "Naam\tSoort\nWijkteam\twelzijn\n".into(),
    ));
    h.run_steps(3);
    assert!(
        h.query_by_label("Importeren").is_some(),
        "the import window"
    );
    common::key(&mut h, Modifiers::NONE, Key::Escape);
    h.run_steps(3);
    assert!(h.query_by_label("Importeren").is_none(), "Escape closes it");
    assert_eq!(common::map(&h).stakeholder_count(), 1);
}

/// ecomap's spreadsheet, read back by its import, is the same map: partners (ids, kinds,
/// domains, notes, places), relations (ends, kinds, labels, notes), and the same findings; as
/// `.xlsx`, `.csv`, `.gexf` and `.graphml`, for every sample and a generated map.
#[test]
fn our_spreadsheets_and_graph_files_come_back_as_the_same_map() {
    let dir = tempfile::tempdir().unwrap();
    let mut maps: Vec<ecomap::model::Map> = common::sample_first_scenarios();
    maps.push(ecomap::model::generated_map(300, 3, 5).unwrap());
    for (i, map) in maps.iter().enumerate() {
        let analysis = ecomap::analysis::analyze(map);
        for lang in [Lang::Nl, Lang::En] {
            let files: Vec<PathBuf> = ["xlsx", "csv", "gexf", "graphml"]
                .iter()
                .map(|ext| dir.path().join(format!("{i}-{}.{ext}", lang.code())))
                .collect();
            for file in &files {
                ecomap::export::write_data(map, file, lang).unwrap();
            }
            for file in &files {
                let back = imported(file, "").unwrap();
                assert!(back.skipped.is_empty(), "{file:?}: {:?}", back.skipped);
                assert!(
                    back.unknown_types.is_empty(),
                    "{file:?}: {:?}",
                    back.unknown_types
                );
                let people = |m: &ecomap::model::Map| {
                    m.all_stakeholders_sorted()
                        .into_iter()
                        .map(|s| {
                            (
                                s.id.to_string(),
                                s.name.clone(),
                                s.kind,
                                s.domain.clone(),
                                s.notes.clone(),
                                s.x,
                                s.y,
                            )
                        })
                        .collect::<Vec<_>>()
                };
                let links = |m: &ecomap::model::Map| {
                    let mut v: Vec<_> = m
                        .relations()
                        .map(|r| {
                            (
                                r.from.to_string(),
                                r.to.to_string(),
                                r.kind,
                                r.label.clone(),
                                r.notes.clone(),
                            )
                        })
                        .collect();
                    v.sort();
                    v
                };
                assert_eq!(people(&back.map), people(map), "{file:?}");
                assert_eq!(links(&back.map), links(map), "{file:?}");
                let again = ecomap::analysis::analyze(&back.map);
                let said = |a: &ecomap::analysis::Analysis, m: &ecomap::model::Map| {
                    let mut v: Vec<String> =
                        a.findings.iter().map(|f| f.message(m, Lang::Nl)).collect();
                    v.sort();
                    v
                };
                assert_eq!(said(&again, &back.map), said(&analysis, map), "{file:?}");
            }
        }
    }
}

/// What a review found: a workbook with one far cell, a name a spreadsheet would run as a
/// formula, a place off the map, a `;` file starting with a blank line, a name with a `|`, and
/// a connection naming a partner by id.
#[test]
fn edges_a_review_found() {
    let dir = tempfile::tempdir().unwrap();
    // One value in A1 and one at row 1,000,000, column XFD: refused, not a grid of billions.
    let far = dir.path().join("ver.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.write_string(0, 0, "Naam").unwrap();
    ws.write_string(999_999, 16_383, "x").unwrap();
    book.save(&far).unwrap();
    let started = std::time::Instant::now();
    assert!(matches!(
        sheets::read_sheets(&far),
        Err(ImportError::TooManyRows(_))
    ));
    assert!(started.elapsed().as_secs() < 5);

    // A formula-like name survives the CSV, which does not hand it to Excel as a formula.
    let mut m = ecomap::model::Map::new("t");
    for (id, name) in [("a", "=HYPERLINK(\"x\")"), ("b", "Zorg | Welzijn")] {
        m.add_stakeholder(ecomap::model::Stakeholder::new(
            ecomap::model::StakeholderId::parse(id).unwrap(),
            name,
            StakeholderKind::Other,
            0.0,
            0.0,
        ))
        .unwrap();
    }
    let csv = dir.path().join("t.csv");
    ecomap::export::write_data(&m, &csv, Lang::En).unwrap();
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.contains("'=HYPERLINK"), "{text}");
    let back = imported(&csv, "").unwrap();
    let names: Vec<String> = back.map.stakeholders().map(|s| s.name.clone()).collect();
    assert!(names.contains(&"=HYPERLINK(\"x\")".to_owned()), "{names:?}");

    // `;` after a blank first line; a `|` inside a name; an end named by id; a place off the
    // map laid out instead of the partner lost.
    let semi = dir.path().join("s.csv");
    std::fs::write(
        &semi,
        "\nNaam;ID;X;Y\nZorg | Welzijn;zw;5000000;0\nGemeente;gem;;\nVan;Naar;Soort\n",
    )
    .unwrap();
    let got = imported(&semi, "").unwrap();
    assert_eq!(
        got.map.stakeholder_count(),
        3,
        "{:?}",
        got.map.all_stakeholders_sorted()
    );
    let zw = got
        .map
        .stakeholders()
        .find(|s| s.name == "Zorg | Welzijn")
        .expect("kept, though its X is off the map");
    assert!(zw.x.abs() <= ecomap::model::MAX_COORDINATE);
    let links = dir.path().join("l.csv");
    std::fs::write(&links, "Naam;ID\nZorg | Welzijn;zw\nGemeente;gem\n").unwrap();
    let connections = dir.path().join("c.csv");
    std::fs::write(&connections, "Van;Naar;Soort\ngem;Zorg | Welzijn;belang\n").unwrap();
    let mut all = sheets::read_sheets(&links).unwrap();
    all.extend(sheets::read_sheets(&connections).unwrap());
    let got = sheets::import(&all, &KindMapping::default()).unwrap();
    assert_eq!(
        got.map.stakeholder_count(),
        2,
        "the end named by id, the | name whole"
    );
    assert_eq!(got.map.relation_count(), 1);
}

/// An `.ods` of a few hundred bytes declaring one cell at row 10,000, column 10,000 (repeated
/// empty rows and cells): refused before a grid of 100 million cells is built (calamine's own
/// limit allows it: 22 s and 5 GB before this check).
#[test]
fn an_ods_declaring_a_huge_grid_is_refused_at_once() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ver.ods");
    let content = concat!(
        r#"<?xml version="1.0" encoding="UTF-8"?>"#,
        r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#,
        r#"xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" "#,
        r#"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">"#,
        r#"<office:body><office:spreadsheet><table:table table:name="Elements">"#,
        r#"<table:table-row><table:table-cell office:value-type="string"><text:p>Naam</text:p></table:table-cell></table:table-row>"#,
        r#"<table:table-row table:number-rows-repeated="9997"><table:table-cell/></table:table-row>"#,
        r#"<table:table-row><table:table-cell table:number-columns-repeated="9998"/>"#,
        r#"<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#,
        r#"</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = concat!(
        r#"<?xml version="1.0" encoding="UTF-8"?>"#,
        r#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">"#,
        r#"<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>"#,
        r#"<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#
    );
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    zip.finish().unwrap();
    let started = std::time::Instant::now();
    let e = sheets::read_sheets(&path).unwrap_err();
    assert!(
        matches!(
            e,
            ImportError::GridTooLarge {
                rows: 9_999,
                columns: 9_999
            }
        ),
        "{e:?}"
    );
    assert!(
        e.user_message(Lang::Nl)
            .contains("9999 rijen bij 9999 kolommen")
    );
    assert!(started.elapsed().as_secs() < 5);
    // The far cell with a value but no value type (calamine reads it as filled), or a
    // formula: refused too.
    for far in [
        r#"<table:table-cell office:value="1"/>"#,
        r#"<table:table-cell table:formula="of:=1"/>"#,
    ] {
        let text = content.replace(
            r#"<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>"#,
            &format!("{far}</table:table-row></table:table>"),
        );
        assert_ne!(text, content);
        let path = dir.path().join("ver2.ods");
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
        zip.start_file("mimetype", stored).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .unwrap();
        zip.start_file("content.xml", stored).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
        zip.start_file("META-INF/manifest.xml", stored).unwrap();
        zip.write_all(manifest.as_bytes()).unwrap();
        zip.finish().unwrap();
        let e = sheets::read_sheets(&path).unwrap_err();
        assert!(
            matches!(e, ImportError::GridTooLarge { .. }),
            "{far}: {e:?}"
        );
    }
    // The same sheet with its cell in column 3 is read.
    let small = content.replace("9998", "2");
    let path = dir.path().join("klein.ods");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(small.as_bytes()).unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    zip.finish().unwrap();
    let got = sheets::read_sheets(&path).unwrap();
    assert_eq!(got[0].rows.len(), 9_999);
}

/// A date where a name or a note is expected (a workbook keeps a serial number, 45658 for
/// 2025-01-01): read as the date a person would write.
#[test]
fn dates_in_a_workbook_read_as_dates() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("datums.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    let date = rust_xlsxwriter::Format::new().set_num_format("dd-mm-yyyy");
    let time = rust_xlsxwriter::Format::new().set_num_format("dd-mm-yyyy hh:mm");
    ws.write_row(0, 0, ["Naam", "Gestart"]).unwrap();
    ws.write_datetime_with_format(
        1,
        0,
        rust_xlsxwriter::ExcelDateTime::from_ymd(2025, 1, 1).unwrap(),
        &date,
    )
    .unwrap();
    ws.write_string(2, 0, "Wijkteam").unwrap();
    ws.write_datetime_with_format(
        2,
        1,
        rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 3, 9)
            .unwrap()
            .and_hms(14, 30, 0)
            .unwrap(),
        &time,
    )
    .unwrap();
    book.save(&path).unwrap();
    let got = imported(&path, "").unwrap();
    let names: Vec<String> = got.map.stakeholders().map(|s| s.name.clone()).collect();
    assert!(names.contains(&"2025-01-01".to_owned()), "{names:?}");
    let team = got
        .map
        .stakeholders()
        .find(|s| s.name == "Wijkteam")
        .unwrap();
    assert_eq!(team.notes, "Gestart: 2026-03-09 14:30");
}

/// More partners without places than the tidy layout does in a moment: put in rows by domain,
/// below what the map has, no two on one spot, and said.
#[test]
fn thousands_without_places_come_in_rows() {
    use std::fmt::Write as _;
    let mut text = String::from("Naam;Soort;Domein\n");
    for i in 0..1_500 {
        let _ = writeln!(
            text,
            "Partner {i};{};{}",
            ["gemeente", "zorgaanbieder", "welzijn"][i % 3],
            ["Wmo", "Zvw", "wonen", "zorg"][i % 4]
        );
    }
    let sheet = sheets::csv_sheet("partners", text.as_bytes()).unwrap();
    let mut base = ecomap::model::Map::new("t");
    base.add_stakeholder(ecomap::model::Stakeholder::new(
        ecomap::model::StakeholderId::parse("gemeente").unwrap(),
        "Gemeente",
        StakeholderKind::Municipality,
        0.0,
        500.0,
    ))
    .unwrap();
    let started = std::time::Instant::now();
    let got = sheets::import_into(&base, &[sheet], &KindMapping::default()).unwrap();
    assert!(started.elapsed().as_secs() < 5);
    assert!(got.in_rows);
    assert_eq!(got.new_stakeholders.len(), 1_500);
    let mut spots = std::collections::HashSet::new();
    for id in &got.new_stakeholders {
        let s = got.map.stakeholder(id).unwrap();
        assert!(s.y > 500.0, "below what was there");
        assert!(
            spots.insert((s.x as i64, s.y as i64)),
            "{} shares a spot",
            s.name
        );
    }
    let g = got.map.stakeholder("gemeente").unwrap();
    assert_eq!((g.x, g.y), (0.0, 500.0), "what was there stays");
    // A domain is a block: the rows go domain by domain.
    let mut by_place: Vec<&ecomap::model::Stakeholder> = got
        .new_stakeholders
        .iter()
        .map(|id| got.map.stakeholder(id).unwrap())
        .collect();
    by_place.sort_by(|a, b| (a.y, a.x).partial_cmp(&(b.y, b.x)).unwrap());
    let changes = by_place
        .windows(2)
        .filter(|w| w[0].domain != w[1].domain)
        .count();
    assert_eq!(changes, 3, "four domains, one after another");
    assert!(
        got.map.stakeholder("gemeente").is_some() && got.skipped.is_empty(),
        "{:?}",
        got.skipped
    );
}
