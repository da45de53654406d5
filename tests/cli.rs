//! The real binary on real files: exit codes, messages, and `analyze --json` on each sample map.

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::{Value, json};

fn sample(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("sample_maps")
        .join(name)
}

fn ecomap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ecomap"))
        .args(args)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap()
}

fn analyze_json(name: &str, lang: &str) -> Value {
    let p = sample(name);
    let out = ecomap(&["analyze", p.to_str().unwrap(), "--json", "--lang", lang]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn findings(v: &Value) -> Vec<(String, Vec<String>, Vec<String>)> {
    let strs = |x: &Value| {
        x.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect()
    };
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                strs(&f["stakeholders"]),
                strs(&f["via"]),
            )
        })
        .collect()
}

fn f(rule: &str, s: &[&str], via: &[&str]) -> (String, Vec<String>, Vec<String>) {
    let v = |x: &[&str]| x.iter().map(|s| (*s).to_owned()).collect();
    (rule.to_owned(), v(s), v(via))
}

/// Worked out by hand from the map, rule by rule (see docs/analysis.md).
#[test]
fn analyze_json_gezonde_wijk() {
    let v = analyze_json("gezonde-wijk.ecomap.json", "nl");
    assert_eq!(
        v["mutual_dependencies"],
        json!([
            ["gemeente", "welzijn-oost"],
            ["ggz-preventie", "huisartsen"]
        ])
    );
    assert_eq!(
        v["dependency_loops"],
        json!([
            ["gemeente", "welzijn-oost"],
            ["ggz-preventie", "huisartsen"]
        ])
    );
    let cross = "cross_domain_dependency_without_collaboration";
    let shared = "shared_interest_without_collaboration";
    assert_eq!(
        findings(&v),
        vec![
            f(cross, &["basisschool", "ggd"], &[]),
            f(cross, &["gemeente", "welzijn-oost"], &[]),
            f(cross, &["huisartsen", "wijkteam"], &[]),
            f(cross, &["mantelzorgers", "wijkteam"], &[]),
            f(cross, &["mantelzorgers", "zorgcentrum"], &[]),
            f(cross, &["vo-school", "welzijn-oost"], &[]),
            f(cross, &["wijkteam", "woningcorporatie"], &[]),
            f(
                "interdependent_without_collaboration",
                &["gemeente", "welzijn-oost"],
                &[]
            ),
            f("isolated", &["sportvereniging"], &[]),
            f("schot_blocks_dependency", &["huisartsen", "wijkteam"], &[]),
            f(
                shared,
                &["basisschool", "zorgverzekeraar"],
                &["ggz-preventie"]
            ),
            f(shared, &["gemeente", "woningcorporatie"], &["bewoners"]),
            f(shared, &["ggd", "woningcorporatie"], &["bewoners"]),
        ]
    );
    let msg = v["findings"].as_array().unwrap()[7]["message"]
        .as_str()
        .unwrap();
    assert_eq!(
        msg,
        "Gemeente en Welzijn Oost zijn van elkaar afhankelijk, maar werken niet samen."
    );
    let metrics = v["metrics"]["stakeholders"].as_array().unwrap();
    assert_eq!(metrics.len(), 18);
    let wijkteam = metrics.iter().find(|m| m["id"] == "wijkteam").unwrap();
    assert_eq!(wijkteam["dependency_in"], 3);
    assert_eq!(wijkteam["degree"]["schot"], 1);
    assert_eq!(v["metrics"]["betweenness"]["method"], "exact");
}

#[test]
fn analyze_json_regionaal_werkgeverschap() {
    let v = analyze_json("regionaal-werkgeverschap.ecomap.json", "en");
    // Ziekenhuis and hogeschool depend on each other but collaborate (duale opleiding):
    // mutual, but not a finding.
    assert_eq!(
        v["mutual_dependencies"],
        json!([["hogeschool", "ziekenhuis"], ["roc", "vvt-noorderzorg"]])
    );
    let fs = findings(&v);
    assert!(fs.contains(&f(
        "interdependent_without_collaboration",
        &["roc", "vvt-noorderzorg"],
        &[]
    )));
    assert!(
        !fs.iter()
            .any(|x| x.0 == "interdependent_without_collaboration"
                && x.1 == ["hogeschool", "ziekenhuis"])
    );
    assert!(fs.contains(&f(
        "schot_blocks_dependency",
        &["thuiszorg", "vvt-noorderzorg"],
        &[]
    )));
    assert!(fs.contains(&f(
        "shared_interest_without_collaboration",
        &["zorgkantoor", "zorgverzekeraar"],
        &["greenfield"]
    )));
    // The care providers all want the talent pool; only those that work with the HR network
    // through it... no: collaboration is direct, so every pair of them lacks it.
    assert!(fs.contains(&f(
        "shared_interest_without_collaboration",
        &["gehandicaptenzorg", "vvt-noorderzorg"],
        &["talentpool"]
    )));
    assert!(!fs.iter().any(|x| x.0 == "isolated"));
    let en = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["rule"] == "interdependent_without_collaboration")
        .unwrap();
    assert_eq!(
        en["message"],
        "ROC Zorg & Welzijn and VVT Noorderzorg depend on each other, but do not work together."
    );
}

#[test]
fn analyze_json_woonzorg_ontwerplab() {
    let v = analyze_json("woonzorg-ontwerplab.ecomap.json", "nl");
    assert_eq!(
        v["mutual_dependencies"],
        json!([["dochter", "verzorgenden"]])
    );
    // client → verzorgenden → dochter → verzorgenden, and client → dochter: one loop of two;
    // the client depends on both but nobody depends on the client.
    assert_eq!(v["dependency_loops"], json!([["dochter", "verzorgenden"]]));
    let fs = findings(&v);
    assert!(fs.contains(&f(
        "interdependent_without_collaboration",
        &["dochter", "verzorgenden"],
        &[]
    )));
    assert!(fs.contains(&f(
        "schot_blocks_dependency",
        &["fysiotherapeut", "verzorgenden"],
        &[]
    )));
    assert!(fs.contains(&f(
        "schot_blocks_dependency",
        &["huisarts", "specialist"],
        &[]
    )));
    assert!(fs.contains(&f(
        "shared_interest_without_collaboration",
        &["dochter", "fysiotherapeut"],
        &["client"]
    )));
    // Dochter and welzijnscoach collaborate: no finding for that pair.
    assert!(!fs.contains(&f(
        "shared_interest_without_collaboration",
        &["dochter", "welzijnscoach"],
        &["client"]
    )));
}

#[test]
fn analyze_text_report_in_dutch_and_english() {
    let p = sample("gezonde-wijk.ecomap.json");
    let nl = ecomap(&["analyze", p.to_str().unwrap(), "--lang", "nl"]);
    let text = String::from_utf8(nl.stdout).unwrap();
    assert!(text.contains("Wederzijdse afhankelijkheden (2)"), "{text}");
    assert!(
        text.contains("Er staat een schot tussen Huisartsenpraktijk De Linde en Sociaal wijkteam")
    );
    let en = ecomap(&["analyze", p.to_str().unwrap(), "--lang", "en"]);
    let text = String::from_utf8(en.stdout).unwrap();
    assert!(text.contains("Mutual dependencies (2)"), "{text}");
}

#[test]
fn lang_defaults_from_environment() {
    let p = sample("gezonde-wijk.ecomap.json");
    let out = Command::new(env!("CARGO_BIN_EXE_ecomap"))
        .args(["check", p.to_str().unwrap()])
        .env("LANG", "nl_NL.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("geldige kaart"));
}

#[test]
fn check_accepts_valid_and_refuses_invalid_with_exit_2() {
    let p = sample("woonzorg-ontwerplab.ecomap.json");
    let ok = ecomap(&["check", p.to_str().unwrap()]);
    assert_eq!(ok.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&ok.stdout).contains("valid map (16 stakeholders, 26 relations)")
    );

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("nieuw.ecomap.json");
    std::fs::write(
        &bad,
        r#"{"format":"ecomap","version":99,"title":"","stakeholders":[],"relations":[]}"#,
    )
    .unwrap();
    for cmd in ["check", "analyze"] {
        let out = ecomap(&[cmd, bad.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("nieuw.ecomap.json: made by a newer version of ecomap: version 99, this build reads 2"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["analyze"][..],
        &["frobnicate", "x", "y"],
        &["check", "a", "--lang", "de"],
    ] {
        let out = ecomap(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    assert_eq!(ecomap(&["--help"]).status.code(), Some(0));
    assert_eq!(
        ecomap(&["check", "/no/such/file.ecomap.json"])
            .status
            .code(),
        Some(2)
    );
}

/// `compare --json` on a hand-made map with known differences lists exactly those, in the
/// schema of docs/compare.md, in both languages.
#[test]
fn compare_lists_exactly_the_known_differences() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("twee.ecomap.json");
    std::fs::write(
        &p,
        r#"{"format":"ecomap","version":2,"title":"T",
        "stakeholders":[
          {"id":"gem","name":"Gemeente","kind":"municipality","x":0,"y":0},
          {"id":"wo","name":"Welzijn Oost","kind":"welfare","x":300,"y":0},
          {"id":"bh","name":"Buurthuis","kind":"welfare","x":0,"y":300},
          {"id":"oud","name":"Oud fonds","kind":"financier","x":300,"y":300}],
        "scenarios":[
          {"name":"Nu","leaves_out":["bh"],"relations":[
            {"id":"r1","kind":"dependency","from":"gem","to":"wo"},
            {"id":"r2","kind":"dependency","from":"wo","to":"gem"},
            {"id":"r3","kind":"interest","from":"oud","to":"wo"}]},
          {"name":"Straks","leaves_out":["oud"],"relations":[
            {"id":"r1","kind":"dependency","from":"gem","to":"wo"},
            {"id":"r2","kind":"dependency","from":"wo","to":"gem","label":"subsidie"},
            {"id":"r4","kind":"collaboration","from":"gem","to":"wo"},
            {"id":"r5","kind":"interest","from":"bh","to":"wo"}]}]}"#,
    )
    .unwrap();
    let run = |lang: &str| {
        let out = ecomap(&[
            "compare",
            p.to_str().unwrap(),
            "--from",
            "Nu",
            "--to",
            "Straks",
            "--json",
            "--lang",
            lang,
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let en = run("en");
    assert_eq!(en["from"], "Nu");
    assert_eq!(en["to"], "Straks");
    assert_eq!(
        en["stakeholders"]["added"],
        json!([{"id": "bh", "name": "Buurthuis"}])
    );
    assert_eq!(
        en["stakeholders"]["removed"],
        json!([{"id": "oud", "name": "Oud fonds"}])
    );
    let ids = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(ids(&en["relations"]["added"]), ["r4", "r5"]);
    assert_eq!(ids(&en["relations"]["removed"]), ["r3"]);
    assert_eq!(ids(&en["relations"]["changed"]), ["r2"]);
    assert_eq!(en["relations"]["changed"][0]["fields"], json!(["label"]));
    let resolved = &en["findings"]["resolved"];
    let rules: Vec<&str> = resolved
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["interdependent_without_collaboration"]);
    assert_eq!(
        resolved[0]["sentence"],
        "Gemeente and Welzijn Oost now work together: \u{2018}Interdependent, without collaboration\u{2019} is resolved."
    );
    let nl = run("nl");
    assert_eq!(
        nl["findings"]["resolved"][0]["sentence"],
        "Gemeente en Welzijn Oost werken nu samen: \u{2018}Van elkaar afhankelijk, zonder samenwerking\u{2019} is opgelost."
    );
    // Readable text too, and a clear error for a scenario that is not there.
    let text = ecomap(&["compare", p.to_str().unwrap(), "--lang", "nl"]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.starts_with("Vergelijking: Nu → Straks"), "{text}");
    assert!(
        text.contains("Vertrokken (1)") && text.contains("Oud fonds"),
        "{text}"
    );
    let bad = ecomap(&["compare", p.to_str().unwrap(), "--to", "Later"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&bad.stderr)
            .contains("no scenario \"Later\" in this map; it has: \"Nu\", \"Straks\"")
    );
    let one = ecomap(&[
        "compare",
        sample("gezonde-wijk.ecomap.json").to_str().unwrap(),
    ]);
    assert_eq!(one.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&one.stderr).contains("one scenario"));
}

/// The report pack: every file there and readable (PNG signature, CSV rows with the right
/// columns, Markdown headings); a folder that is not empty is refused and left alone; a bad
/// map leaves no folder behind.
#[test]
fn report_pack_writes_every_file_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("rapport");
    let map = sample("regionaal-werkgeverschap.ecomap.json");
    let out = ecomap(&[
        "report",
        map.to_str().unwrap(),
        "-o",
        out_dir.to_str().unwrap(),
        "--lang",
        "nl",
        "--dpi",
        "100",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut names: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "actions.csv",
            "actions.md",
            "compare-nu-straks.png",
            "dependency-matrix.csv",
            "findings.csv",
            "findings.md",
            "kaart.pdf",
            "scenario-1-nu.png",
            "scenario-2-straks.png"
        ]
    );
    let pdf = std::fs::read(out_dir.join("kaart.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    for png in [
        "compare-nu-straks.png",
        "scenario-1-nu.png",
        "scenario-2-straks.png",
    ] {
        let bytes = std::fs::read(out_dir.join(png)).unwrap();
        assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "{png}");
    }
    // Dutch: semicolons (Dutch Excel's list separator) after a UTF-8 byte order mark.
    let reader = |name: &str| {
        let bytes = std::fs::read(out_dir.join(name)).unwrap();
        assert!(
            bytes.starts_with(b"\xEF\xBB\xBF"),
            "{name}: byte order mark"
        );
        csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(std::io::Cursor::new(bytes[3..].to_vec()))
    };
    let rows = |name: &str| -> Vec<csv::StringRecord> {
        reader(name).records().map(Result::unwrap).collect()
    };
    let header = |name: &str| -> Vec<String> {
        reader(name)
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(header("findings.csv")[..3], ["scenario", "regel", "titel"]);
    let findings = rows("findings.csv");
    assert_eq!(findings.iter().filter(|r| &r[0] == "Nu").count(), 21);
    assert_eq!(findings.iter().filter(|r| &r[0] == "Straks").count(), 15);
    assert!(
        findings.iter().any(|r| &r[6] == "ja"),
        "a finding rests on the contested relation"
    );
    let actions = rows("actions.csv");
    assert_eq!(actions.len(), 2);
    assert_eq!(&actions[0][1], "Gezamenlijk leerwerktraject opzetten");
    assert_eq!(&actions[0][2], "ROC Zorg & Welzijn");
    assert_eq!(&actions[0][9], "Straks", "resolved in Straks");
    let matrix = rows("dependency-matrix.csv");
    assert_eq!(header("dependency-matrix.csv").len(), 2 + 17);
    assert_eq!(matrix.len(), 17 + 16);
    assert!(matrix.iter().all(|r| r.len() == 19));
    let md = std::fs::read_to_string(out_dir.join("findings.md")).unwrap();
    assert!(
        md.starts_with("# Bevindingen: Regionaal werkgeverschap\n"),
        "{md}"
    );
    assert!(
        md.contains("\n## Nu\n")
            && md.contains("\n## Straks\n")
            && md.contains("\n## Vergelijking: Nu → Straks\n")
    );
    assert!(md.contains("rust op betwiste relaties"));
    assert!(md.contains("  - Actie: Gezamenlijk leerwerktraject opzetten"));
    let actions_md = std::fs::read_to_string(out_dir.join("actions.md")).unwrap();
    assert!(actions_md.contains("## Financieringsafspraak voor de pilot verkennen"));
    assert!(actions_md.contains("bevinding opgelost in: Straks"));

    // Again into the same folder: refused, the folder as it was.
    let again = ecomap(&[
        "report",
        map.to_str().unwrap(),
        "-o",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists and is not empty"));
    assert_eq!(std::fs::read_dir(&out_dir).unwrap().count(), 9);

    // A broken map: exit 2, no folder, no temporary left.
    let bad = dir.path().join("kapot.ecomap.json");
    std::fs::write(&bad, "{\"format\":\"ecomap\"").unwrap();
    let none = dir.path().join("leeg");
    let out = ecomap(&[
        "report",
        bad.to_str().unwrap(),
        "-o",
        none.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!none.exists());
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 2, "only the map and the first report: {left:?}");
}

/// The language can be given before the command (`ecomap --lang nl check …`), and the
/// command's messages are then Dutch, errors too.
#[test]
fn the_language_before_the_command_and_errors_in_it() {
    let map = sample("gezonde-wijk.ecomap.json");
    let out = ecomap(&["--lang", "nl", "check", map.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("geldige kaart (18 partners, 27 relaties)")
    );
    let out = ecomap(&[
        "--lang",
        "nl",
        "analyze",
        "--scenario",
        "Later",
        map.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("geen scenario \"Later\" in deze kaart"),
        "{err}"
    );
}

/// `--version --verbose` says how the editor draws: the back ends built in and the choice.
#[test]
fn version_verbose_names_the_renderers() {
    let out = ecomap(&["--version", "--verbose"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("ecomap "), "{text}");
    assert!(text.contains("renderers: glow (OpenGL 2+), wgpu"), "{text}");
    assert!(text.contains("renderer chosen: "), "{text}");
    let short = ecomap(&["-V"]);
    assert_eq!(String::from_utf8_lossy(&short.stdout).lines().count(), 1);
}
