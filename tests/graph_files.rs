//! GEXF and GraphML (issue 27, item 3): files made by Gephi, yEd and networkx
//! (tests/fixtures/graphs/README.md says where each came from), networkx reading ours, and
//! hostile files.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use ecomap::io::sheets::{self, ImportError, KindMapping};
use ecomap::lang::Lang;
use ecomap::model::{Map, RelationKind, StakeholderKind};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/graphs")
        .join(name)
}

/// `ecomap ARGS FILE -o OUTPUT`.
fn ecomap(args: &[&str], [file, output]: &[&Path; 2]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_ecomap"))
        .args(args)
        .arg(file)
        .arg("-o")
        .arg(output)
        .output()
        .unwrap()
}

fn imported(path: &Path) -> Result<sheets::Imported, ImportError> {
    let s = sheets::read_sheets(path)?;
    sheets::import(&s, &KindMapping::default())
}

fn by_name<'a>(m: &'a Map, name: &str) -> &'a ecomap::model::Stakeholder {
    m.all_stakeholders_sorted()
        .into_iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no {name} among {:?}", names(m)))
}

fn names(m: &Map) -> Vec<String> {
    m.all_stakeholders_sorted()
        .into_iter()
        .map(|s| s.name.clone())
        .collect()
}

/// networkx's GraphML and GEXF of the same Dutch network: node attributes `type` and
/// `domain` become kinds and domains, the edge's `type` (in GEXF networkx writes it as the
/// edge's own `type`) the kind of relation, its label the relation's.
#[test]
fn networkx_files() {
    for file in ["networkx.graphml", "networkx.gexf"] {
        let got = imported(&fixture(file)).unwrap();
        let m = &got.map;
        assert_eq!(m.stakeholder_count(), 9, "{file}");
        assert_eq!(m.relation_count(), 13, "{file}");
        assert!(got.skipped.is_empty(), "{file}: {:?}", got.skipped);
        assert_eq!(
            by_name(m, "Gemeente Arnhem").kind,
            StakeholderKind::Municipality
        );
        assert_eq!(by_name(m, "Zorgkantoor").kind, StakeholderKind::Financier);
        assert_eq!(by_name(m, "Zorgkantoor").domain, "Wlz");
        assert_eq!(
            by_name(m, "Thuiszorg De Linde").kind,
            StakeholderKind::CareProvider
        );
        assert_eq!(
            by_name(m, "Mantelzorger").kind,
            StakeholderKind::InformalCarer
        );
        assert_eq!(
            by_name(m, "Woningcorporatie Vivare").kind,
            StakeholderKind::Housing
        );
        assert_eq!(by_name(m, "Cliëntenraad").domain, "Wmo");
        let count = |k| m.relations().filter(|r| r.kind == k).count();
        assert_eq!(count(RelationKind::Dependency), 4, "{file}");
        assert_eq!(count(RelationKind::Collaboration), 4, "{file}");
        assert_eq!(count(RelationKind::Interest), 3, "{file}");
        assert_eq!(count(RelationKind::Schot), 2, "{file}");
        let wlz = m
            .relations()
            .find(|r| r.label == "Wlz-financiering")
            .unwrap();
        assert_eq!(m.name_of(&wlz.from), "Zorgkantoor");
        assert_eq!(m.name_of(&wlz.to), "Thuiszorg De Linde");
        assert_eq!(wlz.kind, RelationKind::Dependency);
    }
}

/// Gephi 0.9's export of Les Misérables (trimmed): namespace `www.gexf.net/1.3`, undirected
/// edges without a type (interests), a "Modularity Class" attribute kept in the notes, and
/// Gephi's places (its y axis up, the map's down).
#[test]
fn a_gephi_file() {
    let got = imported(&fixture("gephi.gexf")).unwrap();
    let m = &got.map;
    assert_eq!(m.stakeholder_count(), 30);
    assert_eq!(m.relation_count(), 140);
    assert!(m.relations().all(|r| r.kind == RelationKind::Interest));
    let valjean = by_name(m, "Valjean");
    assert_eq!(valjean.notes, "Modularity Class: 1");
    assert_eq!((valjean.x, valjean.y), (-87.930_29, -6.812_056_5));
    assert_eq!(got.placed.len(), 30, "every node has Gephi's place");
}

/// The specification's own example: namespace 1.3 with `version="1.2"`, numeric ids, an
/// attribute's default (`frog`, true unless a node says otherwise).
#[test]
fn the_gexf_specification_example() {
    let got = imported(&fixture("spec-1.3.gexf")).unwrap();
    let m = &got.map;
    let mut all = names(m);
    all.sort();
    assert_eq!(all, ["BarabasiLab", "Gephi", "RTGI", "Webatlas"]);
    assert_eq!(m.relation_count(), 5);
    assert_eq!(
        by_name(m, "Gephi").notes,
        "url: http://gephi.org\nindegree: 1\nfrog: true"
    );
    assert_eq!(
        by_name(m, "BarabasiLab").notes,
        "url: http://barabasilab.com\nindegree: 1\nfrog: false"
    );
    let gephi = by_name(m, "Gephi").id.clone();
    assert_eq!(
        m.relations()
            .filter(|r| r.from == gephi || r.to == gephi)
            .count(),
        4
    );
}

/// yEd's files: labels inside `y:NodeLabel` (the first that says something; a node whose only
/// label is empty keeps its id), places from `y:Geometry` (the centre), edge labels from
/// `y:EdgeLabel`; a group with its nodes inside it.
#[test]
fn yed_files() {
    let got = imported(&fixture("yed.graphml")).unwrap();
    let m = &got.map;
    for name in ["TMS", "vivi", "Frontend", "Backend", "elasticsearch", "n2"] {
        by_name(m, name);
    }
    // "REST API\n(Python)" over two lines: one line on a card.
    by_name(m, "REST API (Python)");
    let tms = by_name(m, "TMS");
    assert_eq!(
        (tms.x, tms.y),
        (626.0 + 316.0 / 2.0, 566.696_137_102_642_2 + 312.0 / 2.0)
    );
    assert!(m.relations().any(|r| !r.label.is_empty()));
    // Three nodes named as others are (a second box of "REST API (Python)", "elasticsearch",
    // "haproxy"): connected to, not doubled, and said.
    assert_eq!(m.stakeholder_count(), 17 - 3);
    assert_eq!(
        got.skipped
            .iter()
            .filter(|s| s.why == sheets::SkipReason::AlreadyThere)
            .map(|s| s.row)
            .collect::<Vec<_>>(),
        [16, 17, 18]
    );

    let got = imported(&fixture("yed-group.graphml")).unwrap();
    assert_eq!(got.map.stakeholder_count(), 12);
    assert_eq!(got.map.relation_count(), 13);
    // The group stands where yEd draws it open, among its nodes (its folded shape is at 0, 60).
    let group = by_name(&got.map, "TMS");
    assert!(
        group.x > 600.0 && group.y > 500.0,
        "{:?}",
        (group.x, group.y)
    );
}

/// What a review found: keys for everything (no `for`, or `for="all"`) with defaults for edges
/// too; an edge inside a group before its nodes; a place and a label changed in yEd win over
/// the plain attributes ecomap wrote; hundreds of declared attributes refused.
#[test]
fn graphml_details_a_review_found() {
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let text = r#"<graphml xmlns:y="http://www.yworks.com/xml/graphml">
<key id="k" attr.name="kind"><default>dependency</default></key>
<key id="x" for="node" attr.name="x"/><key id="y" for="node" attr.name="y"/>
<key id="l" for="edge" attr.name="label"/><key id="g" for="node" yfiles.type="nodegraphics"/>
<key id="eg" for="edge" yfiles.type="edgegraphics"/>
<graph edgedefault="directed">
<node id="grp"><data key="k">municipality</data><graph>
  <edge source="a" target="b"><data key="eg"><y:PolyLineEdge><y:EdgeLabel>nieuw</y:EdgeLabel></y:PolyLineEdge></data><data key="l">oud</data></edge>
  <node id="a"><data key="k">care_provider</data><data key="g"><y:ShapeNode><y:Geometry x="0" y="0" width="100" height="50"/><y:NodeLabel>Huisarts</y:NodeLabel></y:ShapeNode></data><data key="x">50</data><data key="y">25</data></node>
  <node id="b"><data key="k">financier</data><data key="g"><y:ShapeNode><y:Geometry x="400" y="300" width="100" height="50"/><y:NodeLabel>Zorgkantoor</y:NodeLabel></y:ShapeNode></data><data key="x">10</data><data key="y">10</data></node>
</graph></node>
</graph></graphml>"#;
    let got = imported(&file("g.graphml", text)).unwrap();
    let m = &got.map;
    assert_eq!(m.stakeholder_count(), 3, "{:?}", names(m));
    let r = m.relations().next().expect("the edge inside the group");
    assert_eq!(
        r.kind,
        RelationKind::Dependency,
        "the key's default, for edges too"
    );
    assert_eq!(r.label, "nieuw", "yEd's label as edited there");
    let (a, b) = (by_name(m, "Huisarts"), by_name(m, "Zorgkantoor"));
    assert_eq!((a.x, a.y), (50.0, 25.0), "the plain place where it agrees");
    assert_eq!(
        (b.x, b.y),
        (450.0, 325.0),
        "moved in yEd: the drawing's place"
    );
    assert_eq!(by_name(m, "grp").kind, StakeholderKind::Municipality);

    let mut many = String::from("<graphml>");
    for i in 0..300 {
        let _ = write!(many, r#"<key id="k{i}" for="node" attr.name="a{i}"/>"#);
    }
    many.push_str(r#"<graph><node id="n"/></graph></graphml>"#);
    let e = imported(&file("many.graphml", &many)).unwrap_err();
    assert!(matches!(e, ImportError::TooManyAttributes(257)), "{e:?}");
}

/// Every sample and a generated map written as GEXF and GraphML, read by networkx: the same
/// nodes (ids, labels, kinds, domains), the same number of edges, every edge's kind, all
/// directed. Runs where python3 has networkx (CI installs python3-networkx; elsewhere it says
/// it was skipped).
#[test]
fn networkx_reads_our_files() {
    let has_networkx = Command::new("python3")
        .args(["-c", "import networkx"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_networkx {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have python3-networkx"
        );
        eprintln!("skipped: python3 with networkx is not available");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut maps: Vec<Map> = common::sample_first_scenarios();
    maps.push(ecomap::model::generated_map(200, 3, 9).unwrap());
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/networkx_read.py");
    for (i, map) in maps.iter().enumerate() {
        for ext in ["gexf", "graphml"] {
            let file = dir.path().join(format!("{i}.{ext}"));
            ecomap::export::write_data(map, &file, Lang::Nl).unwrap();
            let out = Command::new("python3")
                .arg(&script)
                .arg(&file)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{file:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(got["directed"], true, "{file:?}");
            let mut nodes: Vec<(String, String, String, String)> = got["nodes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| {
                    let s = |k: &str| n[k].as_str().unwrap_or_default().to_owned();
                    (s("id"), s("label"), s("kind"), s("domain"))
                })
                .collect();
            nodes.sort();
            let want: Vec<(String, String, String, String)> = map
                .all_stakeholders_sorted()
                .into_iter()
                .map(|s| {
                    (
                        s.id.to_string(),
                        s.name.clone(),
                        s.kind.id().to_owned(),
                        s.domain.clone(),
                    )
                })
                .collect();
            assert_eq!(nodes, want, "{file:?}");
            let mut edges: Vec<(String, String, String)> = got["edges"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    let s = |k: &str| e[k].as_str().unwrap_or_default().to_owned();
                    (s("source"), s("target"), s("kind"))
                })
                .collect();
            edges.sort();
            let mut want: Vec<(String, String, String)> = map
                .relations()
                .map(|r| (r.from.to_string(), r.to.to_string(), r.kind.id().to_owned()))
                .collect();
            want.sort();
            assert_eq!(edges, want, "{file:?}");
        }
    }
}

/// Hostile graph files: refused with a message naming the problem, in well under 5 s, nothing
/// expanded.
#[test]
fn hostile_graph_files() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let refused = |p: &Path| {
        let started = std::time::Instant::now();
        let e = imported(p).unwrap_err();
        assert!(started.elapsed().as_secs() < 5, "{p:?} took too long");
        e
    };
    // A billion laughs.
    let mut laughs =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE gexf [\n<!ENTITY a \"lol\">\n");
    for i in 1..10 {
        let _ = writeln!(
            laughs,
            "<!ENTITY {} \"{}\">",
            (b'a' + i) as char,
            format!("&{};", (b'a' + i - 1) as char).repeat(10)
        );
    }
    laughs.push_str(
        "]>\n<gexf><graph><nodes><node id=\"x\" label=\"&j;\"/></nodes></graph></gexf>\n",
    );
    let e = refused(&write("laughs.gexf", laughs.as_bytes()));
    assert!(matches!(e, ImportError::Entity { line: 3 }), "{e:?}");
    assert!(e.user_message(Lang::Nl).contains("entiteit"), "{e}");
    // An external entity.
    let xxe = write(
        "xxe.graphml",
        b"<?xml version=\"1.0\"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<graphml><graph><node id=\"a\"><data key=\"d0\">&x;</data></node></graph></graphml>",
    );
    assert!(matches!(refused(&xxe), ImportError::Entity { .. }));
    // A file cut off in the middle, and one that is not XML.
    let cut = write(
        "cut.graphml",
        b"<graphml>\n<graph>\n<node id=\"a\">\n<data key=\"d0\">Zorg",
    );
    let e = refused(&cut);
    assert!(matches!(e, ImportError::Graph { .. }), "{e:?}");
    let garbage = write("x.gexf", b"\x00\x01PK\x03\x04 not xml at all");
    let e = refused(&garbage);
    assert!(
        matches!(
            e,
            ImportError::Graph { .. } | ImportError::NotGraph { .. } | ImportError::NotText
        ),
        "{e:?}"
    );
    // A GraphML saved as .gexf.
    let e = refused(&write(
        "wrong.gexf",
        b"<graphml><graph><node id=\"a\"/></graph></graphml>",
    ));
    assert!(
        matches!(e, ImportError::NotGraph { ref found, .. } if found == "graphml"),
        "{e:?}"
    );
    assert!(e.user_message(Lang::En).contains("not a gexf file"), "{e}");
    // Elements nested a million deep.
    let deep = write(
        "deep.graphml",
        format!("<graphml>{}", "<a>".repeat(1_000_000)).as_bytes(),
    );
    assert!(matches!(refused(&deep), ImportError::Graph { .. }));
    // A million nodes: over the limit, refused when it is reached.
    let mut many = String::from("<gexf><graph><nodes>");
    for i in 0..1_000_000 {
        let _ = write!(many, "<node id=\"{i}\"/>");
    }
    many.push_str("</nodes></graph></gexf>");
    let e = refused(&write("many.gexf", many.as_bytes()));
    assert!(matches!(e, ImportError::TooManyRows(_)), "{e:?}");
    // Latin-1 where UTF-8 is required.
    let e = refused(&write(
        "latin.graphml",
        b"<graphml>\n<graph><node id=\"Cli\xebnt\"/></graph></graphml>",
    ));
    assert!(matches!(e, ImportError::NotText), "{e:?}");
    // A PNG named .gexf, and an empty file: said as what they are.
    let png = refused(&write(
        "plaatje.gexf",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe",
    ));
    assert!(matches!(png, ImportError::NotText), "{png:?}");
    assert!(png.user_message(Lang::Nl).contains("geen tekst in UTF-8"));
    let empty = refused(&write("leeg.graphml", b"  \n"));
    assert_eq!(empty.user_message(Lang::Nl), "het bestand is leeg");
}

/// On the command line: a graph file in, a map out; the map out as GEXF and GraphML.
#[test]
fn graph_files_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("g.ecomap.json");
    let out = ecomap(
        &["--lang", "en", "import"],
        &[&fixture("networkx.graphml"), &map],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("9 partners, 13 relations"));
    for ext in ["gexf", "graphml"] {
        let file = dir.path().join(format!("g.{ext}"));
        let out = ecomap(&["export"], &[&map, &file]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let back = imported(&file).unwrap();
        assert_eq!(back.map.stakeholder_count(), 9);
        assert_eq!(back.map.relation_count(), 13);
    }
    // A hostile file: exit 2, nothing written.
    let bad = dir.path().join("bad.gexf");
    std::fs::write(&bad, "<!DOCTYPE x [<!ENTITY e \"e\">]><gexf/>").unwrap();
    let target = dir.path().join("bad.ecomap.json");
    let out = ecomap(&["--lang", "nl", "import"], &[&bad, &target]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("entiteit"));
    assert!(!target.exists());
}
