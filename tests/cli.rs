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
