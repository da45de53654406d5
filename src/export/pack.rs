//! The report pack: everything a facilitator hands in after a session, in one folder.
//!
//! - `scenario-1-nu.png`, … one legible image per scenario;
//! - `compare-nu-straks.png`: the first scenario against each later one, on one picture;
//! - `kaart.pdf` (`map.pdf` in English): the first scenario on an A4 landscape page, vector
//!   with selectable names;
//! - `findings.md` and `actions.md`, readable, in the chosen language;
//! - `findings.csv`, `actions.csv`, `dependency-matrix.csv` for a spreadsheet.
//!
//! The folder is written whole or not at all: everything goes into a temporary folder beside
//! it, which is renamed into place at the end.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::{ExportError, ExportOptions, Format};
use crate::analysis::{self, Analysis, BetweennessPolicy, Comparison, Finding};
use crate::lang::Lang;
use crate::model::{ActionItem, Map, RelationKind};
use crate::scene::Marks;

/// One scenario, alone, with its analysis.
struct Part {
    name: String,
    map: Map,
    analysis: Analysis,
}

/// What was written.
#[derive(Debug, Clone, PartialEq)]
pub struct PackSummary {
    pub dir: PathBuf,
    /// File names, in the order written.
    pub files: Vec<String>,
}

/// The file-name form of a scenario's name: `Na de pilot` → `na-de-pilot`.
pub fn slug(name: &str) -> String {
    let s: String = name
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let s = s
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() {
        "scenario".to_owned()
    } else {
        s
    }
}

/// A scenario's map for an image: titled with the scenario's name when the map has more
/// than one.
pub fn scenario_image_map(map: &Map, name: &str) -> Result<Map, ExportError> {
    let mut m = map.scenario_map(name).map_err(ExportError::Map)?;
    if map.scenario_count() > 1 {
        m.title = titled(&map.title, name);
    }
    Ok(m)
}

fn titled(title: &str, suffix: &str) -> String {
    if title.is_empty() {
        suffix.to_owned()
    } else {
        format!("{title}: {suffix}")
    }
}

/// The comparison of scenario `from` with `to`: the map to draw (titled "from → to"), its
/// marks, and the comparison itself.
pub fn comparison_image_map(
    map: &Map,
    from: &str,
    to: &str,
    lang: Lang,
) -> Result<(Map, Marks, Comparison), ExportError> {
    let a = map.scenario_map(from).map_err(ExportError::Map)?;
    let b = map.scenario_map(to).map_err(ExportError::Map)?;
    let c = analysis::compare(&a, &b);
    let (mut shown, marks) =
        crate::scene::compare::overlay(&a, &b, &c).map_err(ExportError::Map)?;
    // In words: the embedded font has no arrow.
    shown.title = titled(
        &map.title,
        &crate::tr!(lang, "cmp-image-title", from = from, to = to),
    );
    Ok((shown, marks, c))
}

/// Write the report pack of `map` into the folder `dir`, which must not exist or be empty.
/// `progress(done, total)` is called after each file.
pub fn write_pack(
    map: &Map,
    dir: &Path,
    opts: &ExportOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<PackSummary, ExportError> {
    opts.validate()?;
    let write_err = |path: &Path| {
        let path = path.to_owned();
        move |source| ExportError::Write { path, source }
    };
    match std::fs::read_dir(dir) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                return Err(ExportError::FolderNotEmpty(dir.to_owned()));
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(write_err(dir)(e)),
    }
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // Folders of runs killed half-way are removed (they are hidden, and can be big); this
    // run's is named for its process, so the next one can tell.
    crate::io::remove_stale_folders(parent, PACK_TEMP);
    let tmp = tempfile::Builder::new()
        .prefix(&crate::io::process_prefix(PACK_TEMP))
        .tempdir_in(parent)
        .map_err(write_err(parent))?;
    let held = crate::io::hold_folder(tmp.path());

    let names: Vec<String> = map
        .scenario_names()
        .into_iter()
        .map(ToString::to_string)
        .collect();
    let parts: Vec<Part> = names
        .iter()
        .map(|n| {
            let m = map.scenario_map(n).map_err(ExportError::Map)?;
            // Betweenness (the brokers) where it is exact and quick; beyond, skipped.
            let policy = if m.stakeholder_count() <= MATRIX_MAX {
                BetweennessPolicy::Auto
            } else {
                BetweennessPolicy::Skip
            };
            let analysis = analysis::analyze_with(&m, policy);
            Ok(Part {
                name: n.clone(),
                map: m,
                analysis,
            })
        })
        .collect::<Result<_, ExportError>>()?;
    let comparisons: Vec<(usize, usize, Comparison)> = (1..parts.len())
        .map(|j| {
            let (a, b) = (&parts[0], &parts[j]);
            (
                0,
                j,
                analysis::compare_analysed(&a.map, &a.analysis, &b.map, &b.analysis),
            )
        })
        .collect();

    let total = parts.len() + comparisons.len() + 6;
    let mut files = Vec::new();
    let mut put = |name: String, bytes: &[u8], files: &mut Vec<String>| {
        let path = tmp.path().join(&name);
        std::fs::write(&path, bytes).map_err(write_err(&path))?;
        files.push(name);
        progress(files.len(), total);
        Ok::<(), ExportError>(())
    };
    let image = |m: &Map, marks: Marks| -> Result<Vec<u8>, ExportError> {
        let mut o = ExportOptions {
            marks,
            ..opts.clone()
        };
        let (w, _) = super::default_width(m, &o)?;
        o.width_mm = w;
        super::render(m, Format::Png, &o)
    };
    // A map too big to draw legibly on a report's page gets no images (they took minutes and
    // gigabytes at 200,000 partners, to show coloured dust): findings.md says so.
    let drawn = map.all_stakeholders_sorted().len() <= IMAGE_MAX;
    for (i, p) in parts.iter().enumerate().filter(|_| drawn) {
        let m = scenario_image_map(map, &p.name)?;
        let bytes = image(&m, Marks::default())?;
        put(
            format!("scenario-{}-{}.png", i + 1, slug(&p.name)),
            &bytes,
            &mut files,
        )?;
    }
    for (a, b, _) in comparisons.iter().filter(|_| drawn) {
        let (m, marks, _) = comparison_image_map(map, &parts[*a].name, &parts[*b].name, opts.lang)?;
        let bytes = image(&m, marks)?;
        // Two names may give the same file name ("Straks", "straks!"): then number it.
        let mut name = format!(
            "compare-{}-{}.png",
            slug(&parts[*a].name),
            slug(&parts[*b].name)
        );
        if files.contains(&name) {
            name = format!("compare-{}-{}.png", a + 1, b + 1);
        }
        put(name, &bytes, &mut files)?;
    }
    if drawn {
        let m = scenario_image_map(map, &parts[0].name)?;
        let o = ExportOptions {
            width_mm: opts.paper.drawing_width_mm(),
            dpi: super::PDF_DPI,
            ..opts.clone()
        };
        let name = match opts.lang {
            Lang::Nl => "kaart.pdf",
            Lang::En => "map.pdf",
        };
        put(
            name.into(),
            &super::render(&m, Format::Pdf, &o)?,
            &mut files,
        )?;
    }
    let lang = opts.lang;
    put(
        "findings.md".into(),
        findings_md(map, &parts, &comparisons, lang, opts).as_bytes(),
        &mut files,
    )?;
    put(
        "actions.md".into(),
        actions_md(map, &parts, lang, &opts.date).as_bytes(),
        &mut files,
    )?;
    put(
        "findings.csv".into(),
        &findings_csv(map, &parts, lang).map_err(|e| ExportError::Render(e.to_string()))?,
        &mut files,
    )?;
    put(
        "actions.csv".into(),
        &actions_csv(map, &parts, lang).map_err(|e| ExportError::Render(e.to_string()))?,
        &mut files,
    )?;
    // A matrix grows with the square of the map: up to what a spreadsheet opens; beyond, one
    // row per dependency (findings.md says so).
    if map.all_stakeholders_sorted().len() <= MATRIX_MAX {
        put(
            "dependency-matrix.csv".into(),
            &matrix_csv(map, &parts, lang).map_err(|e| ExportError::Render(e.to_string()))?,
            &mut files,
        )?;
    } else {
        put(
            "dependencies.csv".into(),
            &dependencies_csv(&parts, lang).map_err(|e| ExportError::Render(e.to_string()))?,
            &mut files,
        )?;
    }

    // Into place: the folder appears whole.
    crate::io::release_folder(tmp.path(), held);
    let kept = tmp.keep();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        if let Err(e) = std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o755)) {
            log::warn!("could not open up the report folder's permissions: {e}");
        }
    }
    if dir.exists()
        && let Err(e) = std::fs::remove_dir(dir)
    {
        remove_quietly(&kept);
        return Err(write_err(dir)(e));
    }
    if let Err(e) = std::fs::rename(&kept, dir) {
        remove_quietly(&kept);
        return Err(write_err(dir)(e));
    }
    Ok(PackSummary {
        dir: dir.to_owned(),
        files,
    })
}

fn remove_quietly(dir: &Path) {
    if let Err(e) = std::fs::remove_dir_all(dir) {
        log::warn!("could not remove {}: {e}", dir.display());
    }
}

/// The actions on a finding.
fn actions_on<'a>(map: &'a Map, f: &Finding) -> Vec<&'a ActionItem> {
    map.actions()
        .iter()
        .filter(|a| a.is_on(f.rule, &f.stakeholders))
        .collect()
}

/// An action's owner as read: a stakeholder's name, or the text as written.
pub fn owner_name<'a>(map: &'a Map, owner: &'a str) -> &'a str {
    map.any_stakeholder(owner)
        .map_or(owner, |s| s.name.as_str())
}

/// The status's word.
pub fn status_word(a: &ActionItem, lang: Lang) -> &'static str {
    let t = lang;
    match a.status {
        crate::model::ActionStatus::Open => crate::tr!(t, "status-open"),
        crate::model::ActionStatus::Doing => crate::tr!(t, "status-doing"),
        crate::model::ActionStatus::Done => crate::tr!(t, "status-done"),
    }
}

/// One line about an action: what, owner, due date, status.
pub fn action_line(map: &Map, a: &ActionItem, lang: Lang) -> String {
    let t = lang;
    let mut s = a.what.clone();
    if let Some(owner) = &a.owner {
        let _ = write!(
            s,
            " · {}: {}",
            crate::tr!(t, "owner-word"),
            owner_name(map, owner)
        );
    }
    if let Some(due) = &a.due {
        let _ = write!(s, " · {}: {due}", crate::tr!(t, "due-word"));
    }
    let _ = write!(s, " · {}", status_word(a, lang));
    s
}

/// The finding an action is on, as a sentence (its rule's title where the finding is in no
/// scenario any more).
fn action_finding(parts: &[Part], a: &ActionItem, lang: Lang) -> String {
    for p in parts {
        if let Some(f) = p
            .analysis
            .findings
            .iter()
            .find(|f| a.is_on(f.rule, &f.stakeholders))
        {
            return f.message(&p.map, lang);
        }
    }
    a.rule.title(lang).to_owned()
}

/// The scenarios where an action's finding is there (open), and where it is gone (resolved).
fn where_open(parts: &[Part], a: &ActionItem) -> (Vec<String>, Vec<String>) {
    let mut open = Vec::new();
    let mut resolved = Vec::new();
    for p in parts {
        if p.analysis
            .findings
            .iter()
            .any(|f| a.is_on(f.rule, &f.stakeholders))
        {
            open.push(p.name.clone());
        } else {
            resolved.push(p.name.clone());
        }
    }
    (open, resolved)
}

/// The most stakeholders the report writes a dependency matrix for: 2,000 × 2,000 cells is
/// about what a spreadsheet opens (and 8 MB); beyond, `dependencies.csv`, one row each.
pub const MATRIX_MAX: usize = 2000;

/// The most stakeholders the report draws images of: beyond, no name could be read on a page
/// (and drawing took minutes); `ecomap export` still draws any map.
pub const IMAGE_MAX: usize = 5000;

/// How the report's folder is called while it is being written.
const PACK_TEMP: &str = ".ecomap-pack-";

fn findings_md(
    map: &Map,
    parts: &[Part],
    comparisons: &[(usize, usize, Comparison)],
    lang: Lang,
    opts: &ExportOptions,
) -> String {
    let (t, date) = (lang, opts.date.as_str());
    let title = if map.title.is_empty() {
        crate::tr!(t, "untitled")
    } else {
        &map.title
    };
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# {}\n",
        crate::tr!(t, "pack-findings-title", title = md(title))
    );
    let _ = writeln!(s, "{}\n", crate::tr!(t, "pack-made", date = md(date)));
    // The summary: size, how many findings, and the three that matter most: the room's votes
    // first, then by rule (a schot blocking a dependency, then mutual dependencies, then
    // across domains).
    if let Some(p) = parts.first() {
        let f = &p.analysis.findings;
        let head = crate::tr!(
            t,
            "pack-summary-head",
            title = md(title),
            s = p.map.stakeholder_count(),
            r = p.map.relation_count()
        );
        if f.is_empty() {
            let _ = writeln!(s, "{head} {}\n", crate::tr!(t, "pack-summary-none"));
        } else {
            let count = crate::tr!(t, "pack-summary-count", n = f.len());
            let _ = writeln!(s, "{head} {count} {}\n", crate::tr!(t, "pack-summary-top"));
            let rank = |r: crate::analysis::Rule| match r {
                crate::analysis::Rule::SchotBlocksDependency => 0,
                crate::analysis::Rule::InterdependentWithoutCollaboration => 1,
                crate::analysis::Rule::CrossDomainDependencyWithoutCollaboration => 2,
                crate::analysis::Rule::SharedInterestWithoutCollaboration => 3,
                crate::analysis::Rule::Isolated => 4,
            };
            let mut top: Vec<&Finding> = f.iter().collect();
            let votes = |f: &Finding| {
                let key = crate::analysis::finding_key(f.rule, &f.stakeholders);
                opts.votes.get(&key).copied().unwrap_or(0)
            };
            top.sort_by_key(|f| (std::cmp::Reverse(votes(f)), rank(f.rule)));
            for (i, f) in top.iter().take(3).enumerate() {
                let _ = writeln!(s, "{}. {}", i + 1, md(&f.message(&p.map, lang)));
            }
            s.push('\n');
        }
    }
    let n = map.all_stakeholders_sorted().len();
    if n > IMAGE_MAX {
        let _ = writeln!(
            s,
            "{}\n",
            crate::tr!(t, "pack-no-images", n = n, max = IMAGE_MAX)
        );
    }
    if n > MATRIX_MAX {
        let _ = writeln!(
            s,
            "{}\n",
            crate::tr!(t, "pack-matrix-long", n = n, max = MATRIX_MAX)
        );
    }
    for p in parts {
        if parts.len() > 1 {
            let _ = writeln!(s, "## {}\n", md(&p.name));
        }
        // (One scenario: the summary said how big the map is.)
        if parts.len() > 1 {
            let counts = crate::tr!(
                t,
                "map-counts",
                s = p.map.stakeholder_count(),
                r = p.map.relation_count()
            );
            let _ = writeln!(s, "{counts}\n");
        }
        // Who holds parts of the map together, and every schot (crossed by a dependency or
        // not).
        let h = if parts.len() > 1 { "###" } else { "##" };
        if !p.analysis.weak_links.is_empty() {
            let _ = writeln!(
                s,
                "{h} {} ({})\n",
                crate::tr!(t, "weak-links-title"),
                p.analysis.weak_links.len()
            );
            for w in &p.analysis.weak_links {
                let _ = writeln!(
                    s,
                    "- {}",
                    md(&crate::analysis::weak_link_sentence(&p.map, w, lang))
                );
            }
            s.push('\n');
        }
        let schotten = crate::analysis::schot_lines(&p.map, &p.analysis, lang);
        if !schotten.is_empty() {
            let _ = writeln!(
                s,
                "{h} {} ({})\n",
                crate::tr!(t, "schotten-title"),
                schotten.len()
            );
            for line in &schotten {
                let _ = writeln!(s, "- {}", md(line));
            }
            s.push('\n');
        }
        // The brokers, in words: who connects the most partners (highest betweenness).
        let mut brokers: Vec<(f64, &crate::model::StakeholderId)> = p
            .analysis
            .metrics
            .stakeholders
            .iter()
            .filter_map(|m| m.betweenness.filter(|&b| b > 0.0).map(|b| (b, &m.id)))
            .collect();
        brokers.sort_by(|x, y| y.0.total_cmp(&x.0).then_with(|| x.1.cmp(y.1)));
        if !brokers.is_empty() {
            let names: Vec<&str> = brokers
                .iter()
                .take(3)
                .map(|(_, id)| p.map.name_of(id))
                .collect();
            let names = crate::analysis::join_names(&names, lang);
            let _ = writeln!(
                s,
                "{h} {}\n\n{}\n",
                crate::tr!(t, "pack-brokers"),
                md(&crate::tr!(t, "pack-brokers-sentence", names = &names))
            );
        }
        // Between the domains: the pairs with a schot or a dependency without collaboration.
        let domains: Vec<crate::analysis::DomainPair> = crate::analysis::domain_summary(&p.map)
            .into_iter()
            .filter(|d| d.schotten + d.dependencies_without_collaboration > 0)
            .collect();
        if !domains.is_empty() {
            let _ = writeln!(
                s,
                "{h} {} ({})\n",
                crate::tr!(t, "between-domains"),
                domains.len()
            );
            let _ = writeln!(
                s,
                "{}\n|---|---|---|",
                crate::tr!(t, "pack-domain-table-head")
            );
            for d in &domains {
                let _ = writeln!(
                    s,
                    "| {} ↔ {} | {} | {} |",
                    md(&d.a),
                    md(&d.b),
                    d.schotten,
                    d.dependencies_without_collaboration
                );
            }
            s.push('\n');
        }
        if p.analysis.findings.is_empty() {
            let _ = writeln!(s, "{}\n", crate::tr!(t, "pack-no-findings"));
        }
        for rule in crate::analysis::Rule::ALL {
            let of_rule: Vec<&Finding> = p
                .analysis
                .findings
                .iter()
                .filter(|f| f.rule == rule)
                .collect();
            if of_rule.is_empty() {
                continue;
            }
            let h = if parts.len() > 1 { "###" } else { "##" };
            let _ = writeln!(s, "{h} {} ({})\n", rule.title(lang), of_rule.len());
            // Shared interests of three or more in the same stakeholders: one sentence (where
            // none of them carries an action or rests on a contested relation, which are said
            // per pair).
            let plain = of_rule
                .iter()
                .all(|f| !p.analysis.is_contested(f) && actions_on(map, f).is_empty());
            if rule == crate::analysis::Rule::SharedInterestWithoutCollaboration && plain {
                for line in crate::analysis::grouped_sentences(&of_rule, &p.map, lang) {
                    let _ = writeln!(s, "- {}", md(&line));
                }
                s.push('\n');
                continue;
            }
            for f in of_rule {
                let contested = if p.analysis.is_contested(f) {
                    format!(" *({})*", crate::tr!(t, "rests-on-contested"))
                } else {
                    String::new()
                };
                let _ = writeln!(s, "- {}{contested}", md(&f.message(&p.map, lang)));
                for a in actions_on(map, f) {
                    let _ = writeln!(
                        s,
                        "  - {}: {}",
                        crate::tr!(t, "action-word"),
                        md(&action_line(map, a, lang))
                    );
                }
            }
            s.push('\n');
        }
        let contested: Vec<_> = p
            .map
            .relations_sorted()
            .into_iter()
            .filter(|r| r.is_contested())
            .collect();
        if !contested.is_empty() {
            let h = if parts.len() > 1 { "###" } else { "##" };
            let _ = writeln!(
                s,
                "{h} {} ({})\n",
                crate::tr!(t, "contested-relations"),
                contested.len()
            );
            for r in contested {
                let _ = write!(
                    s,
                    "- {} ➡ {} ({})",
                    md(p.map.name_of(&r.from)),
                    md(p.map.name_of(&r.to)),
                    r.kind.name(lang).to_lowercase()
                );
                if let Some(source) = &r.source {
                    let _ = write!(
                        s,
                        " · {}: {}",
                        crate::tr!(t, "source-label"),
                        md(owner_name(map, source))
                    );
                }
                if let Some(date) = &r.date {
                    let _ = write!(s, " · {}", md(date));
                }
                s.push('\n');
            }
            s.push('\n');
        }
    }
    for (a, b, c) in comparisons {
        let (from, to) = (&parts[*a], &parts[*b]);
        let _ = writeln!(
            s,
            "## {}\n",
            crate::tr!(t, "cmp-title", from = md(&from.name), to = md(&to.name))
        );
        let sections = comparison_sections(c, &from.map, &to.map, lang);
        if sections.is_empty() {
            let _ = writeln!(s, "{}", crate::tr!(t, "cmp-nothing"));
        }
        for (heading, lines) in sections {
            let _ = writeln!(s, "**{heading}** ({})\n", lines.len());
            for l in lines {
                let _ = writeln!(s, "- {}", md(&l));
            }
            s.push('\n');
        }
    }
    s
}

/// A comparison in sections (a heading and its lines), the empty ones left out: what the
/// report, the command line and the editor's compare panel show. Findings first.
pub fn comparison_sections(
    c: &Comparison,
    from: &Map,
    to: &Map,
    lang: Lang,
) -> Vec<(String, Vec<String>)> {
    let t = lang;
    let mut out = Vec::new();
    let mut section = |heading: &str, lines: Vec<String>| {
        if !lines.is_empty() {
            out.push((heading.to_owned(), lines));
        }
    };
    section(
        crate::tr!(t, "cmp-findings-resolved"),
        c.findings_resolved
            .iter()
            .map(|f| c.resolved_sentence(f, from, lang))
            .collect(),
    );
    section(
        crate::tr!(t, "cmp-findings-new"),
        c.findings_new.iter().map(|f| f.message(to, lang)).collect(),
    );
    section(
        crate::tr!(t, "cmp-findings-remaining"),
        c.findings_remaining
            .iter()
            .map(|f| f.message(to, lang))
            .collect(),
    );
    section(
        crate::tr!(t, "cmp-came"),
        c.stakeholders_added
            .iter()
            .map(|id| to.name_of(id).to_owned())
            .collect(),
    );
    section(
        crate::tr!(t, "cmp-left"),
        c.stakeholders_removed
            .iter()
            .map(|id| from.name_of(id).to_owned())
            .collect(),
    );
    let rel = |m: &Map, r: &crate::model::Relation| {
        format!(
            "{} {} {} ({})",
            m.name_of(&r.from),
            // Arrows the editor's font has too.
            if matches!(r.kind, RelationKind::Dependency | RelationKind::Interest) {
                "➡"
            } else {
                "–"
            },
            m.name_of(&r.to),
            r.kind.name(lang).to_lowercase()
        )
    };
    section(
        crate::tr!(t, "cmp-relations-added"),
        c.relations_added.iter().map(|r| rel(to, r)).collect(),
    );
    section(
        crate::tr!(t, "cmp-relations-removed"),
        c.relations_removed.iter().map(|r| rel(from, r)).collect(),
    );
    section(
        crate::tr!(t, "cmp-relations-changed"),
        c.relations_changed
            .iter()
            .map(|ch| {
                let fields: Vec<&str> = ch
                    .fields
                    .iter()
                    .map(|f| match *f {
                        "kind" => crate::tr!(t, "field-kind"),
                        "direction" => crate::tr!(t, "field-direction"),
                        "label" => crate::tr!(t, "field-label"),
                        _ => crate::tr!(t, "field-confidence"),
                    })
                    .collect();
                format!(
                    "{} ⇒ {} ({})",
                    rel(from, &ch.before),
                    rel(to, &ch.after),
                    fields.join(", ")
                )
            })
            .collect(),
    );
    out
}

fn actions_md(map: &Map, parts: &[Part], lang: Lang, date: &str) -> String {
    let t = lang;
    let title = if map.title.is_empty() {
        crate::tr!(t, "untitled")
    } else {
        &map.title
    };
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# {}\n",
        crate::tr!(t, "pack-actions-title", title = md(title))
    );
    let _ = writeln!(s, "{}\n", crate::tr!(t, "pack-made", date = md(date)));
    if map.actions().is_empty() {
        let _ = writeln!(s, "{}", crate::tr!(t, "pack-no-actions"));
    }
    for a in map.actions() {
        let _ = writeln!(s, "## {}\n", md(&a.what));
        let _ = writeln!(
            s,
            "- {}: {}",
            crate::tr!(t, "finding-word"),
            md(&action_finding(parts, a, lang))
        );
        if let Some(owner) = &a.owner {
            let _ = writeln!(
                s,
                "- {}: {}",
                crate::tr!(t, "owner-word"),
                md(owner_name(map, owner))
            );
        }
        if let Some(due) = &a.due {
            let _ = writeln!(s, "- {}: {}", crate::tr!(t, "due-word"), md(due));
        }
        let _ = writeln!(
            s,
            "- {}: {}",
            crate::tr!(t, "status-word"),
            status_word(a, lang)
        );
        let (open, resolved) = where_open(parts, a);
        if !resolved.is_empty() {
            let _ = writeln!(
                s,
                "- {}",
                crate::tr!(t, "pack-resolved-in", names = md(&resolved.join(", ")))
            );
        }
        if !open.is_empty() && parts.len() > 1 {
            let _ = writeln!(
                s,
                "- {}",
                crate::tr!(t, "pack-open-in", names = md(&open.join(", ")))
            );
        }
        s.push('\n');
    }
    s
}

/// Text from the map (a name, a label, a participant's words) in Markdown as text: the
/// characters Markdown reads as markup are escaped, so `[klik](javascript:…)` stays those
/// characters, `# kop` no heading and `- x` or `1. x` no list; and what GitHub's Markdown would
/// make a link by itself (`https://…`, `www.…`, an e-mail address) is broken up.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        let markup = matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '&' | '~' | '!' | '@'
        );
        // At the start: a list's marker ("- ", "+ ", "1. ").
        let list = first && matches!(c, '-' | '+');
        // "https://", "www.": the colon and the dot.
        let link = (c == ':' && chars.peek() == Some(&'/'))
            || (c == '.'
                && out
                    .get(out.len().saturating_sub(3)..)
                    .is_some_and(|w| w.eq_ignore_ascii_case("www")));
        if markup || list || link {
            out.push('\\');
        }
        out.push(c);
        if first && c.is_ascii_digit() {
            // "1." or "1)" at the start: the digits, then the escaped mark.
            while let Some(&d) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                out.push(d);
                chars.next();
            }
            if let Some(&m) = chars.peek()
                && matches!(m, '.' | ')')
            {
                out.push('\\');
                out.push(m);
                chars.next();
            }
        }
        first = false;
    }
    out
}

/// A CSV file as spreadsheets open it by double-click: a UTF-8 byte order mark (else Excel
/// reads "Cliënt" as Latin-1), and in Dutch a semicolon between fields (Dutch Excel's list
/// separator: the comma is its decimal sign), in English a comma.
fn csv_bytes(
    lang: Lang,
    rows: impl FnOnce(&mut csv::Writer<Vec<u8>>) -> csv::Result<()>,
) -> csv::Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(csv_delimiter(lang))
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    rows(&mut w)?;
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

/// A cell as a spreadsheet will not run it: text starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return (what a participant typed on a phone, say) gets a leading apostrophe, so
/// it is shown as text, never evaluated as a formula.
fn cell(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{s}"))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// Write a row, every cell made safe ([`cell`]).
fn row<'a>(
    w: &mut csv::Writer<Vec<u8>>,
    cells: impl IntoIterator<Item = &'a str>,
) -> csv::Result<()> {
    w.write_record(
        cells
            .into_iter()
            .map(cell)
            .collect::<Vec<_>>()
            .iter()
            .map(|c| c.as_bytes()),
    )
}

/// The field separator of the report's CSV files in `lang`.
pub fn csv_delimiter(lang: Lang) -> u8 {
    match lang {
        Lang::Nl => b';',
        Lang::En => b',',
    }
}

fn findings_csv(map: &Map, parts: &[Part], lang: Lang) -> csv::Result<Vec<u8>> {
    let t = lang;
    csv_bytes(lang, |w| {
        row(
            w,
            [
                crate::tr!(t, "csv-scenario"),
                crate::tr!(t, "csv-rule"),
                crate::tr!(t, "csv-title"),
                crate::tr!(t, "csv-stakeholders"),
                crate::tr!(t, "csv-ids"),
                crate::tr!(t, "csv-finding"),
                crate::tr!(t, "csv-contested"),
                crate::tr!(t, "csv-actions"),
            ],
        )?;
        for p in parts {
            for f in &p.analysis.findings {
                let names: Vec<&str> = f.stakeholders.iter().map(|id| p.map.name_of(id)).collect();
                row(
                    w,
                    [
                        p.name.as_str(),
                        f.rule.id(),
                        f.rule.title(lang),
                        &names.join("; "),
                        &f.stakeholders.join("; "),
                        &f.message(&p.map, lang),
                        if p.analysis.is_contested(f) {
                            crate::tr!(t, "csv-yes")
                        } else {
                            crate::tr!(t, "csv-no")
                        },
                        &actions_on(map, f).len().to_string(),
                    ],
                )?;
            }
        }
        Ok(())
    })
}

fn actions_csv(map: &Map, parts: &[Part], lang: Lang) -> csv::Result<Vec<u8>> {
    let t = lang;
    csv_bytes(lang, |w| {
        row(
            w,
            [
                "id",
                crate::tr!(t, "csv-what"),
                crate::tr!(t, "csv-owner"),
                crate::tr!(t, "csv-due"),
                crate::tr!(t, "csv-status"),
                crate::tr!(t, "csv-rule"),
                crate::tr!(t, "csv-finding"),
                crate::tr!(t, "csv-ids"),
                crate::tr!(t, "csv-open-in"),
                crate::tr!(t, "csv-resolved-in"),
            ],
        )?;
        for a in map.actions() {
            let (open, resolved) = where_open(parts, a);
            row(
                w,
                [
                    a.id.as_str(),
                    &a.what,
                    a.owner.as_deref().map_or("", |o| owner_name(map, o)),
                    a.due.as_deref().unwrap_or_default(),
                    status_word(a, lang),
                    a.rule.id(),
                    &action_finding(parts, a, lang),
                    &a.stakeholders.join("; "),
                    &open.join("; "),
                    &resolved.join("; "),
                ],
            )?;
        }
        Ok(())
    })
}

/// One row per dependency, per scenario (the matrix of a map too big for one).
fn dependencies_csv(parts: &[Part], lang: Lang) -> csv::Result<Vec<u8>> {
    let t = lang;
    csv_bytes(lang, |w| {
        row(
            w,
            [
                crate::tr!(t, "csv-scenario"),
                crate::tr!(t, "csv-stakeholder"),
                crate::tr!(t, "csv-depends-on"),
            ],
        )?;
        for p in parts {
            for r in p
                .map
                .relations_sorted()
                .into_iter()
                .filter(|r| r.kind == RelationKind::Dependency)
            {
                row(
                    w,
                    [
                        p.name.as_str(),
                        p.map.name_of(&r.from),
                        p.map.name_of(&r.to),
                    ],
                )?;
            }
        }
        Ok(())
    })
}

/// Stakeholder × stakeholder, per scenario: `1` where the row's stakeholder depends on the
/// column's.
fn matrix_csv(map: &Map, parts: &[Part], lang: Lang) -> csv::Result<Vec<u8>> {
    let t = lang;
    let all = map.all_stakeholders_sorted();
    csv_bytes(lang, |w| {
        let mut header = vec![
            crate::tr!(t, "csv-scenario").to_owned(),
            crate::tr!(t, "csv-stakeholder").to_owned(),
        ];
        header.extend(all.iter().map(|s| s.name.clone()));
        row(w, header.iter().map(String::as_str))?;
        for p in parts {
            let depends: std::collections::HashSet<(&str, &str)> = p
                .map
                .relations()
                .filter(|r| r.kind == RelationKind::Dependency)
                .map(|r| (r.from.as_str(), r.to.as_str()))
                .collect();
            for from in &all {
                if p.map.stakeholder(&from.id).is_none() {
                    continue;
                }
                let mut record = vec![p.name.clone(), from.name.clone()];
                for to in &all {
                    let on = depends.contains(&(from.id.as_str(), to.id.as_str()));
                    record.push(if on { "1".into() } else { String::new() });
                }
                row(w, record.iter().map(String::as_str))?;
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_a_spreadsheet_would_run_are_text() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("+31 6"), "'+31 6");
        assert_eq!(cell("@foo"), "'@foo");
        assert_eq!(cell("-1"), "'-1");
        assert_eq!(cell("Gemeente"), "Gemeente");
    }

    #[test]
    fn markdown_from_names_stays_text() {
        assert_eq!(md("[klik](javascript:x)"), r"\[klik\](javascript:x)");
        assert_eq!(md("- kop"), r"\- kop");
        assert_eq!(md("1. kop"), r"1\. kop");
        assert_eq!(md("https://x.nl"), r"https\://x.nl");
        assert_eq!(md("www.x.nl"), r"www\.x.nl");
        assert_eq!(md("a@b.nl"), r"a\@b.nl");
        assert_eq!(md("Zuid-West 3.0"), "Zuid-West 3.0");
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Na de pilot"), "na-de-pilot");
        assert_eq!(slug("Nu"), "nu");
        assert_eq!(slug("***"), "scenario");
        assert_eq!(slug("Zorg & Welzijn 2027"), "zorg-welzijn-2027");
    }
}
