//! Report export through the real code and the real binary: sizes, resolution, colours, text,
//! determinism, a golden image, and every error case.
#![allow(clippy::many_single_char_names)] // r, d, x, y, o: short-lived test values.

use std::path::{Path, PathBuf};
use std::process::Command;

use ecomap::export::{self, ExportOptions, Format};
use ecomap::lang::Lang;
use ecomap::model::Map;
use ecomap::style;

fn sample(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("sample_maps")
        .join(name)
}

fn load(name: &str) -> Map {
    ecomap::io::load(&sample(name)).unwrap()
}

fn opts() -> ExportOptions {
    ExportOptions {
        lang: Lang::Nl,
        date: "2026-01-01".into(),
        ..ExportOptions::default()
    }
}

struct Decoded {
    width: u32,
    height: u32,
    ppm: Option<(u32, u32)>,
    /// Whether the file has an alpha channel (only transparent exports need one).
    alpha: bool,
    rgba: Vec<u8>,
}

fn decode(bytes: &[u8]) -> Decoded {
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .unwrap();
    let dims = reader.info().pixel_dims.map(|d| {
        assert_eq!(d.unit, png::Unit::Meter);
        (d.xppu, d.yppu)
    });
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    let alpha = match info.color_type {
        png::ColorType::Rgba => true,
        png::ColorType::Rgb => {
            buf = buf
                .chunks_exact(3)
                .flat_map(|p| [p[0], p[1], p[2], 255])
                .collect();
            false
        }
        other => panic!("unexpected colour type {other:?}"),
    };
    Decoded {
        width: info.width,
        height: info.height,
        ppm: dims,
        alpha,
        rgba: buf,
    }
}

#[test]
fn default_png_is_180mm_at_300dpi_with_phys() {
    let png = export::render(&load("gezonde-wijk.ecomap.json"), Format::Png, &opts()).unwrap();
    let d = decode(&png);
    assert_eq!(d.width, 2126);
    assert!(d.height > 500 && d.height < 16_384);
    assert_eq!(d.ppm, Some((11_811, 11_811)));
    assert!(!d.alpha, "an opaque page is saved as RGB");
}

#[test]
fn other_dpi_and_width() {
    let o = ExportOptions {
        dpi: 150.0,
        width_mm: 100.0,
        ..opts()
    };
    let d =
        decode(&export::render(&load("woonzorg-ontwerplab.ecomap.json"), Format::Png, &o).unwrap());
    assert_eq!(d.width, 591);
    assert_eq!(d.ppm, Some((5_906, 5_906)));
}

#[test]
fn card_pixels_have_their_kinds_colour() {
    let map = load("regionaal-werkgeverschap.ecomap.json");
    let o = ExportOptions {
        dpi: 150.0,
        ..opts()
    };
    let r = export::render_svg(&map, &o).unwrap();
    let d = decode(&export::render(&map, Format::Png, &o).unwrap());
    for (id, card) in &r.cards {
        let kind = map.stakeholder(id).unwrap().kind;
        let want = style::kind_fill(kind);
        // Inside the card, left of the centred name.
        let (x, y) = ((card.min.x + 8.0) as u32, card.center().y as u32);
        let i = ((y * d.width + x) * 4) as usize;
        let got = &d.rgba[i..i + 3];
        let close = |a: u8, b: u8| a.abs_diff(b) <= 6;
        assert!(
            close(got[0], want.0) && close(got[1], want.1) && close(got[2], want.2),
            "{id} at ({x},{y}): {got:?} vs {want:?}"
        );
    }
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect()
}

#[test]
fn every_name_appears_as_text_in_the_svg() {
    for f in [
        "gezonde-wijk.ecomap.json",
        "regionaal-werkgeverschap.ecomap.json",
        "woonzorg-ontwerplab.ecomap.json",
    ] {
        let map = load(f);
        let svg = String::from_utf8(export::render(&map, Format::Svg, &opts()).unwrap()).unwrap();
        assert!(svg.starts_with("<?xml") && svg.contains(r#"width="180.00mm""#));
        // Text content only: drop the tags, join the wrapped lines.
        let mut text = String::new();
        let mut in_tag = false;
        for c in svg.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        let text = squash(
            &text
                .replace("&apos;", "'")
                .replace("&quot;", "\"")
                .replace("&amp;", "&"),
        );
        for s in map.stakeholders() {
            assert!(text.contains(&squash(&s.name)), "{f}: {} missing", s.name);
        }
        assert!(text.contains(&squash(&map.title)));
    }
}

#[test]
fn same_map_and_options_give_identical_bytes() {
    let map = load("gezonde-wijk.ecomap.json");
    for format in [Format::Png, Format::Svg] {
        assert_eq!(
            export::render(&map, format, &opts()).unwrap(),
            export::render(&map, format, &opts()).unwrap()
        );
    }
}

const GOLDEN: &str = "tests/golden/gezonde-wijk-100dpi.png";
/// The image is compared in blocks of this many pixels square: small enough that a missing
/// name (or a moved card, a lost arrowhead) changes some block a lot.
const BLOCK: u32 = 12;
/// The most a block may differ: the mean absolute difference of its pixels, per RGB channel
/// (0–255). Another rasteriser's anti-aliasing stays far below it; a missing name of three
/// letters is far above (see `golden_blocks_see_a_missing_name`).
const BLOCK_LIMIT: f64 = 5.0;

/// The mean absolute difference per RGB channel of every `BLOCK`×`BLOCK` block (the last
/// row and column of blocks may be smaller), row by row.
fn block_differences(got: &Decoded, want: &Decoded) -> Vec<f64> {
    let (w, h) = (got.width, got.height);
    let mut out = Vec::new();
    for by in (0..h).step_by(BLOCK as usize) {
        for bx in (0..w).step_by(BLOCK as usize) {
            let (mut sum, mut n) = (0u64, 0u64);
            for y in by..(by + BLOCK).min(h) {
                for x in bx..(bx + BLOCK).min(w) {
                    let i = ((y * w + x) * 4) as usize;
                    for c in 0..3 {
                        sum += u64::from(got.rgba[i + c].abs_diff(want.rgba[i + c]));
                        n += 1;
                    }
                }
            }
            out.push(sum as f64 / n as f64);
        }
    }
    out
}

/// The difference made visible: unchanged pixels faded, changed ones dark, the blocks over the
/// limit filled red. Returns the PNG.
fn difference_image(got: &Decoded, want: &Decoded, blocks: &[f64]) -> Vec<u8> {
    let (w, h) = (got.width, got.height);
    let cols = w.div_ceil(BLOCK);
    let mut rgb = Vec::with_capacity((w * h * 3) as usize);
    for y in 0..h {
        for x in 0..w {
            let i = ((y * w + x) * 4) as usize;
            let d: u32 = (0..3)
                .map(|c| u32::from(got.rgba[i + c].abs_diff(want.rgba[i + c])))
                .sum();
            let faded = 255 - (255 - u32::from(want.rgba[i + 1])) / 4;
            let grey = faded.saturating_sub(d * 2).min(255) as u8;
            let over = blocks[(y / BLOCK * cols + x / BLOCK) as usize] > BLOCK_LIMIT;
            rgb.extend(if over {
                [255, grey / 2, grey / 2]
            } else {
                [grey; 3]
            });
        }
    }
    let mut png = Vec::new();
    let mut enc = png::Encoder::new(&mut png, w, h);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    enc.write_header().unwrap().write_image_data(&rgb).unwrap();
    png
}

/// Compare with a reviewed image, block by block: any 12×12 block that differs more than
/// [`BLOCK_LIMIT`] fails, and the difference is written next to the build
/// (`target/tmp/golden-diff.png`, the image made now beside it). `ECOMAP_BLESS=1 cargo test
/// --test export golden` rewrites the reviewed image (look at it before committing).
#[test]
fn golden_image_of_a_sample_map() {
    let map = load("gezonde-wijk.ecomap.json");
    let o = ExportOptions {
        dpi: 100.0,
        ..opts()
    };
    let png = export::render(&map, Format::Png, &o).unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(GOLDEN);
    if std::env::var_os("ECOMAP_BLESS").is_some() {
        std::fs::write(&path, &png).unwrap();
    }
    let want = decode(&std::fs::read(&path).unwrap());
    let got = decode(&png);
    assert_eq!((got.width, got.height), (want.width, want.height));
    let blocks = block_differences(&got, &want);
    let over: Vec<usize> = (0..blocks.len())
        .filter(|&i| blocks[i] > BLOCK_LIMIT)
        .collect();
    if over.is_empty() {
        return;
    }
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let (diff_path, got_path) = (dir.join("golden-diff.png"), dir.join("golden-got.png"));
    std::fs::write(&diff_path, difference_image(&got, &want, &blocks)).unwrap();
    std::fs::write(&got_path, &png).unwrap();
    let cols = got.width.div_ceil(BLOCK) as usize;
    let worst = over
        .iter()
        .copied()
        .max_by(|&a, &b| blocks[a].total_cmp(&blocks[b]))
        .unwrap();
    panic!(
        "{} blocks of {BLOCK}×{BLOCK} pixels differ from {GOLDEN} by more than {BLOCK_LIMIT} \
         per channel; the worst by {:.1}, at pixel ({}, {}). The difference: {} (red: the \
         blocks over the limit); this image: {}",
        over.len(),
        blocks[worst],
        (worst % cols) as u32 * BLOCK,
        (worst / cols) as u32 * BLOCK,
        diff_path.display(),
        got_path.display()
    );
}

/// The block comparison sees the smallest loss: the shortest name on the map ("GGD", three
/// letters) reduced to a dot moves a block by about 16 per channel. (The mean over the whole
/// image, which this test used to compare with 1.0, moves by 0.009.)
#[test]
fn golden_blocks_see_a_missing_name() {
    let mut map = load("gezonde-wijk.ecomap.json");
    let mut ggd = map.stakeholder("ggd").unwrap().clone();
    assert_eq!(ggd.name, "GGD");
    ggd.name = ".".into();
    map.update_stakeholder(ggd).unwrap();
    let o = ExportOptions {
        dpi: 100.0,
        ..opts()
    };
    let got = decode(&export::render(&map, Format::Png, &o).unwrap());
    let want = decode(&std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(GOLDEN)).unwrap());
    let blocks = block_differences(&got, &want);
    let worst = blocks.iter().copied().fold(0.0, f64::max);
    assert!(
        worst > 2.0 * BLOCK_LIMIT,
        "a missing name moves no block beyond {BLOCK_LIMIT} by much: worst {worst:.1}"
    );
}

fn ecomap(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_ecomap"))
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn cli_writes_png_and_svg() {
    let dir = tempfile::tempdir().unwrap();
    let map = sample("gezonde-wijk.ecomap.json");
    for name in ["kaart.png", "kaart.svg"] {
        let out = dir.path().join(name);
        let o = ecomap(&[
            "export",
            map.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--dpi",
            "96",
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let bytes = std::fs::read(&out).unwrap();
        let m = ecomap::io::load(&map).unwrap();
        if name == "kaart.png" {
            // A real picture at the asked resolution: at least the 180 mm page at 96 dpi,
            // with dark text and the kinds' colours on it.
            let d = decode(&bytes);
            assert!(d.width >= 680 && d.height > 300, "{}×{}", d.width, d.height);
            let ppm = (96.0f64 / 0.0254).round() as u32;
            assert_eq!(d.ppm, Some((ppm, ppm)));
            let dark = d
                .rgba
                .chunks_exact(4)
                .filter(|p| p[0] < 60 && p[1] < 60 && p[2] < 60)
                .count();
            assert!(dark > 2_000, "{dark} dark pixels");
            let colours: std::collections::HashSet<[u8; 3]> =
                d.rgba.chunks_exact(4).map(|p| [p[0], p[1], p[2]]).collect();
            assert!(colours.len() > 50, "{} colours", colours.len());
        } else {
            // Every name and the title in the SVG's text (names may break over lines, at a
            // hyphen).
            let svg = String::from_utf8(bytes).unwrap();
            assert!(svg.contains("<svg") && svg.trim_end().ends_with("</svg>"));
            let text: String = svg
                .split('<')
                .filter_map(|piece| piece.split_once('>').map(|(_, t)| t))
                .collect::<String>()
                .replace("&amp;", "&")
                .replace("&apos;", "'");
            let squeeze = |t: &str| -> String {
                t.chars()
                    .filter(|c| !c.is_whitespace() && *c != '-' && *c != '\u{ad}')
                    .collect()
            };
            let all = squeeze(&text);
            assert!(all.contains(&squeeze(&m.title)), "title");
            for st in m.stakeholders() {
                assert!(
                    all.contains(&squeeze(&st.name)),
                    "{} not in the SVG",
                    st.name
                );
            }
        }
    }
    let o = ecomap(&[
        "export",
        map.to_str().unwrap(),
        "-o",
        dir.path().join("t.png").to_str().unwrap(),
        "--transparent",
        "--no-findings",
        "--dpi",
        "72",
    ]);
    assert!(o.status.success());
    let d = decode(&std::fs::read(dir.path().join("t.png")).unwrap());
    assert!(d.alpha);
    assert_eq!(d.rgba[3], 0, "transparent corner");
}

#[test]
fn cli_errors_exit_2_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let good = sample("gezonde-wijk.ecomap.json");
    let good = good.to_str().unwrap();
    let broken = dir.path().join("kapot.ecomap.json");
    std::fs::write(&broken, "{\"format\":\"ecomap\"").unwrap();
    let out = dir.path().join("uit.png");
    let o = out.to_str().unwrap();
    let jpg = dir.path().join("uit.jpg");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["export", "/no/such/map.ecomap.json", "-o", o],
            "cannot read /no/such/map.ecomap.json",
        ),
        (
            vec!["export", broken.to_str().unwrap(), "-o", o],
            "kapot.ecomap.json: the file is not valid JSON",
        ),
        (
            vec!["export", good, "-o", "/no/such/dir/uit.png"],
            "cannot write /no/such/dir/uit.png",
        ),
        (
            vec!["export", good, "-o", jpg.to_str().unwrap()],
            "use a file name ending in .png, .svg, .pdf",
        ),
        (
            vec!["export", good, "-o", o, "--dpi", "0"],
            "--dpi must be a number from 10 to 2400",
        ),
        (
            vec!["export", good, "-o", o, "--dpi", "100000"],
            "--dpi must be a number from 10 to 2400",
        ),
        (
            vec![
                "export",
                good,
                "-o",
                o,
                "--dpi",
                "2400",
                "--width-mm",
                "200",
            ],
            "the limit is 16384 on a side",
        ),
        (
            vec!["export", good, "-o", o, "--width-mm=-5"],
            "--width-mm must be a number of at least 10",
        ),
    ];
    for (args, msg) in cases {
        let r = ecomap(&args);
        let err = String::from_utf8_lossy(&r.stderr);
        assert_eq!(r.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(msg), "{args:?}:\n{err}");
        assert!(!err.contains("panicked"));
    }
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "only the broken map is there"
    );
}

#[test]
fn crowded_maps_get_a_wider_width_suggested() {
    let big = ecomap::model::generated_map(300, 3, 1).unwrap();
    let c = export::render_svg(&big, &opts()).unwrap().crowding;
    assert!(c.overlapping_pairs > 0);
    let wider = c.suggested_width_mm.unwrap();
    assert!(wider > 180.0);
    // At the suggested width far fewer cards touch (those that overlap in the map itself
    // still do).
    let o = ExportOptions {
        width_mm: wider,
        dpi: 72.0,
        ..opts()
    };
    let after = export::render_svg(&big, &o)
        .unwrap()
        .crowding
        .overlapping_pairs;
    assert!(
        after * 10 < c.overlapping_pairs,
        "{after} of {}",
        c.overlapping_pairs
    );
    // A readable sample needs no hint.
    let gw = export::render_svg(&load("gezonde-wijk.ecomap.json"), &opts())
        .unwrap()
        .crowding;
    assert_eq!(gw.overlapping_pairs, 0);
    assert!(gw.hint(Lang::En, true, false).is_none());
}

/// The report of a map too big for a matrix and a page: bounded by design. One row per
/// dependency instead of a matrix (which grew with the square of the map: 400 MB at 20,000
/// partners), no images (minutes and gigabytes at 200,000), and findings.md says so.
#[test]
fn a_report_of_a_huge_map_is_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let n = export::pack::IMAGE_MAX + 1;
    let map = ecomap::model::generated_map(n, 2, 7).unwrap();
    let out = dir.path().join("pack");
    let summary = export::pack::write_pack(&map, &out, &opts(), &mut |_, _| {}).unwrap();
    eprintln!("{:?}", summary.files);
    assert!(summary.files.iter().any(|f| f == "dependencies.csv"));
    assert!(!summary.files.iter().any(|f| f == "dependency-matrix.csv"));
    assert!(
        !summary
            .files
            .iter()
            .any(|f| Path::new(f).extension().is_some_and(|e| e == "png"))
    );
    let md = std::fs::read_to_string(out.join("findings.md")).unwrap();
    assert!(
        md.contains("dependencies.csv") && md.contains(&n.to_string()),
        "{}",
        &md[..400.min(md.len())]
    );
    let rows = std::fs::read_to_string(out.join("dependencies.csv")).unwrap();
    let dependencies = map
        .relations()
        .filter(|r| r.kind == ecomap::model::RelationKind::Dependency)
        .count();
    assert_eq!(
        rows.lines().count(),
        dependencies + 1,
        "a header and a row each"
    );
    assert!(ecomap::export::pack::MATRIX_MAX < n);
}

/// A report killed half-way leaves a hidden folder; the next report removes it (not another
/// running one's, not anything else).
#[test]
fn the_next_report_removes_what_a_killed_one_left() {
    let dir = tempfile::tempdir().unwrap();
    // A process that has ended: its pid is free.
    let mut child = Command::new("sh").arg("-c").arg("exit 0").spawn().unwrap();
    let gone = child.id();
    child.wait().unwrap();
    let ours = ecomap::io::process_prefix(".ecomap-pack-");
    let host = ours.split('.').nth(2).unwrap().trim_end_matches('-');
    let left = dir
        .path()
        .join(format!(".ecomap-pack-{gone}.{host}-abc123"));
    std::fs::create_dir(&left).unwrap();
    std::fs::write(left.join("scenario-1-nu.png"), vec![0u8; 1000]).unwrap();
    let alive = dir
        .path()
        .join(format!(".ecomap-pack-{}.{host}-def456", std::process::id()));
    std::fs::create_dir(&alive).unwrap();
    let other = dir.path().join(".ecomap-pack-notes");
    std::fs::create_dir(&other).unwrap();
    // A report still being written by a process whose number means nothing here (another
    // sandbox or container with the same host name): it holds its folder's lock, and stays.
    let busy = dir.path().join(format!(".ecomap-pack-{gone}.{host}-busy"));
    std::fs::create_dir(&busy).unwrap();
    let held = ecomap::io::hold_folder(&busy);
    let map = ecomap::model::hand_placed(4, 1).unwrap();
    export::pack::write_pack(&map, &dir.path().join("pack"), &opts(), &mut |_, _| {}).unwrap();
    assert!(!left.exists(), "the killed run's folder is removed");
    assert!(alive.exists(), "a running one's stays");
    assert!(other.exists(), "a folder of another kind stays");
    #[cfg(unix)]
    assert!(
        busy.exists() && held.is_some(),
        "a folder whose writer holds it stays"
    );
    drop(held);
}

/// findings.md reads like a report: a summary first (size, how many findings, the three that
/// matter most), then who holds the map together, every schot, the table between the domains,
/// then the findings, each saying which way.
#[test]
fn findings_md_opens_with_a_summary_and_names_weak_links_and_schotten() {
    let dir = tempfile::tempdir().unwrap();
    let map = ecomap::io::load(&sample("woonzorg-ontwerplab.ecomap.json")).unwrap();
    let out = dir.path().join("pack");
    let mut o = opts();
    o.lang = Lang::Nl;
    export::pack::write_pack(&map, &out, &o, &mut |_, _| {}).unwrap();
    let md = std::fs::read_to_string(out.join("findings.md")).unwrap();
    let at = |s: &str| md.find(s).unwrap_or_else(|| panic!("{s:?} in {md}"));
    let summary = at("Woonzorg ontwerplab telt 16 partners en 26 relaties. Er zijn 18 plekken");
    let first = at("1. Er staat een schot tussen");
    let weak = at("## Kwetsbare schakels (4)");
    let schotten = at("## Schotten (2)");
    let table = at("| Wlz ↔ Zvw | 2 | 4 |");
    let findings = at("## Afhankelijk over een domeingrens");
    assert!(
        summary < first && first < weak && weak < schotten && schotten < table && table < findings
    );
    assert!(md.contains(
        "Team verzorgenden (Wlz) is afhankelijk van Apotheek (Zvw), zonder samenwerking over die domeingrens."
    ));
}

/// With the room's votes, the summary's three start with the most voted finding, whatever
/// its rule.
#[test]
fn the_summary_puts_the_rooms_votes_first() {
    let dir = tempfile::tempdir().unwrap();
    let map = ecomap::io::load(&sample("woonzorg-ontwerplab.ecomap.json")).unwrap();
    let analysis = ecomap::analysis::analyze(&map);
    // A finding the rule order would put last.
    let last = analysis
        .findings
        .iter()
        .max_by_key(|f| {
            use ecomap::analysis::Rule as R;
            match f.rule {
                R::SchotBlocksDependency => 0,
                R::InterdependentWithoutCollaboration => 1,
                R::CrossDomainDependencyWithoutCollaboration => 2,
                R::SharedInterestWithoutCollaboration => 3,
                R::Isolated => 4,
            }
        })
        .unwrap();
    let mut o = opts();
    o.lang = Lang::Nl;
    o.votes.insert(
        ecomap::analysis::finding_key(last.rule, &last.stakeholders),
        3,
    );
    let out = dir.path().join("pack");
    export::pack::write_pack(&map, &out, &o, &mut |_, _| {}).unwrap();
    let md = std::fs::read_to_string(out.join("findings.md")).unwrap();
    let sentence = last.message(&map, Lang::Nl);
    assert!(
        md.contains(&format!("1. {sentence}")),
        "{sentence} first in {md}"
    );
}

/// A PDF of each sample: one A4 (or A3) landscape page, the names as text a reader can select
/// and search (read back with poppler's pdftotext where it is installed; CI installs it), the
/// font embedded.
#[test]
fn pdf_pages_with_selectable_names() {
    let has_pdftotext = std::process::Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_ok();
    assert!(
        has_pdftotext || std::env::var_os("CI").is_none(),
        "CI must have poppler-utils"
    );
    let dir = tempfile::tempdir().unwrap();
    for f in [
        "gezonde-wijk.ecomap.json",
        "regionaal-werkgeverschap.ecomap.json",
        "woonzorg-ontwerplab.ecomap.json",
    ] {
        let map = load(f);
        // Landscape, in points (1/72 in).
        for (paper, want) in [
            (export::Paper::A4, [841.89, 595.28]),
            (export::Paper::A3, [1190.55, 841.89]),
        ] {
            let o = ExportOptions {
                width_mm: paper.drawing_width_mm(),
                paper,
                ..opts()
            };
            let pdf = export::render(&map, Format::Pdf, &o).unwrap();
            assert!(pdf.starts_with(b"%PDF-"), "{f}");
            let raw = String::from_utf8_lossy(&pdf);
            let media: Vec<f64> = raw
                .split("/MediaBox [")
                .nth(1)
                .and_then(|r| r.split(']').next())
                .unwrap()
                .split_whitespace()
                .map(|n| n.parse().unwrap())
                .collect();
            assert!(
                (media[2] - want[0]).abs() < 0.1 && (media[3] - want[1]).abs() < 0.1,
                "{f} {paper:?}: {media:?}"
            );
            assert!(raw.contains("/FontFile2"), "{f}: the font is not embedded");
            if !has_pdftotext {
                continue;
            }
            let path = dir.path().join("m.pdf");
            std::fs::write(&path, &pdf).unwrap();
            let out = std::process::Command::new("pdftotext")
                .arg(&path)
                .arg("-")
                .output()
                .unwrap();
            let text = squash(&String::from_utf8_lossy(&out.stdout));
            for s in map.stakeholders() {
                assert!(text.contains(&squash(&s.name)), "{f}: {} missing", s.name);
            }
            assert!(text.contains(&squash(&map.title)));
        }
    }
}
