//! The `analyze` report: readable text, or one JSON object with stable field order.

use std::io::{self, Write};

use serde::Serialize;

use crate::analysis::{Analysis, BetweennessMethod, Rule};
use crate::lang::Lang;
use crate::model::{ActionItem, Map, RelationKind, StakeholderId};

#[derive(Serialize)]
struct JsonReport<'a> {
    scenario: &'a str,
    mutual_dependencies: &'a [[StakeholderId; 2]],
    dependency_loops: &'a [Vec<StakeholderId>],
    weak_links: &'a [StakeholderId],
    findings: Vec<JsonFinding<'a>>,
    metrics: JsonMetrics<'a>,
    summary: JsonSummary<'a>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'static str,
    stakeholders: &'a [StakeholderId],
    via: &'a [StakeholderId],
    message: String,
    /// It rests on contested relations.
    contested: bool,
    /// Ids of the actions on it.
    actions: Vec<&'a str>,
}

#[derive(Serialize)]
struct JsonMetrics<'a> {
    betweenness: JsonMethod,
    stakeholders: Vec<JsonStakeholder<'a>>,
}

#[derive(Serialize)]
struct JsonMethod {
    method: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    samples: Option<usize>,
}

#[derive(Serialize)]
struct JsonStakeholder<'a> {
    id: &'a StakeholderId,
    degree: JsonDegree,
    dependency_in: usize,
    dependency_out: usize,
    betweenness: Option<f64>,
}

#[derive(Serialize)]
struct JsonDegree {
    dependency: usize,
    interest: usize,
    schot: usize,
    collaboration: usize,
}

#[derive(Serialize)]
struct JsonSummary<'a> {
    title: &'a str,
    stakeholders: usize,
    relations: usize,
    findings_by_rule: Vec<(&'static str, usize)>,
}

pub fn write_json(
    out: &mut impl Write,
    map: &Map,
    a: &Analysis,
    actions: &[ActionItem],
    lang: Lang,
) -> io::Result<()> {
    let (method, samples) = match a.metrics.betweenness {
        BetweennessMethod::Exact => ("exact", None),
        BetweennessMethod::Sampled { samples } => ("sampled", Some(samples)),
        BetweennessMethod::Skipped => ("skipped", None),
    };
    let report = JsonReport {
        scenario: map.scenario().as_str(),
        mutual_dependencies: &a.mutual_dependencies,
        dependency_loops: &a.dependency_loops,
        weak_links: &a.weak_links,
        findings: a
            .findings
            .iter()
            .map(|f| JsonFinding {
                rule: f.rule.id(),
                stakeholders: &f.stakeholders,
                via: &f.via,
                message: f.message(map, lang),
                contested: a.is_contested(f),
                actions: actions
                    .iter()
                    .filter(|x| x.is_on(f.rule, &f.stakeholders))
                    .map(|x| x.id.as_str())
                    .collect(),
            })
            .collect(),
        metrics: JsonMetrics {
            betweenness: JsonMethod { method, samples },
            stakeholders: a
                .metrics
                .stakeholders
                .iter()
                .map(|s| JsonStakeholder {
                    id: &s.id,
                    degree: JsonDegree {
                        dependency: s.degree_of(RelationKind::Dependency),
                        interest: s.degree_of(RelationKind::Interest),
                        schot: s.degree_of(RelationKind::Schot),
                        collaboration: s.degree_of(RelationKind::Collaboration),
                    },
                    dependency_in: s.dependency_in,
                    dependency_out: s.dependency_out,
                    betweenness: s.betweenness,
                })
                .collect(),
        },
        summary: JsonSummary {
            title: &map.title,
            stakeholders: map.stakeholder_count(),
            relations: map.relation_count(),
            findings_by_rule: a
                .counts_by_rule()
                .into_iter()
                .map(|(r, n)| (r.id(), n))
                .collect(),
        },
    };
    serde_json::to_writer(&mut *out, &report).map_err(io::Error::other)?;
    writeln!(out)
}

pub fn write_text(
    out: &mut impl Write,
    map: &Map,
    a: &Analysis,
    actions: &[ActionItem],
    lang: Lang,
) -> io::Result<()> {
    let name = |id: &StakeholderId| map.name_of(id).to_owned();
    let t = lang;
    let title = if map.title.is_empty() {
        crate::tr!(t, "untitled")
    } else {
        &map.title
    };
    writeln!(
        out,
        "{title}: {}",
        crate::tr!(
            t,
            "map-counts",
            s = map.stakeholder_count(),
            r = map.relation_count()
        )
    )?;

    writeln!(
        out,
        "\n{} ({})",
        crate::tr!(t, "report-mutual"),
        a.mutual_dependencies.len()
    )?;
    for [x, y] in &a.mutual_dependencies {
        writeln!(out, "  • {} ⇄ {}", name(x), name(y))?;
    }

    // (A loop of just the two of a mutual dependency is shown once, as that.)
    let loops = a.loops_beyond_mutual();
    writeln!(out, "\n{} ({})", crate::tr!(t, "report-loops"), loops.len())?;
    for l in loops {
        let names: Vec<String> = l.iter().map(name).collect();
        writeln!(out, "  • {}", names.join(", "))?;
    }

    // Who holds parts of the map together; every schot.
    writeln!(
        out,
        "\n{} ({})",
        crate::tr!(t, "weak-links-title"),
        a.weak_links.len()
    )?;
    for w in &a.weak_links {
        writeln!(
            out,
            "  • {}",
            crate::analysis::weak_link_sentence(map, w, lang)
        )?;
    }
    let schotten = crate::analysis::schot_lines(map, a, lang);
    writeln!(
        out,
        "\n{} ({})",
        crate::tr!(t, "schotten-title"),
        schotten.len()
    )?;
    for line in &schotten {
        writeln!(out, "  • {line}")?;
    }

    writeln!(
        out,
        "\n{} ({})",
        crate::tr!(t, "report-missing"),
        a.findings.len()
    )?;
    for rule in Rule::ALL {
        let of_rule: Vec<_> = a.findings.iter().filter(|f| f.rule == rule).collect();
        if of_rule.is_empty() {
            continue;
        }
        writeln!(out, "  {} ({})", rule.title(lang), of_rule.len())?;
        // Shared interests of three or more: one sentence (unless an action or a contested
        // relation is said per pair).
        let plain = of_rule.iter().all(|f| {
            !a.is_contested(f) && !actions.iter().any(|x| x.is_on(f.rule, &f.stakeholders))
        });
        if rule == Rule::SharedInterestWithoutCollaboration && plain {
            for line in crate::analysis::grouped_sentences(&of_rule, map, lang) {
                writeln!(out, "    • {line}")?;
            }
            continue;
        }
        for f in of_rule {
            let contested = if a.is_contested(f) {
                format!(" ({})", crate::tr!(t, "rests-on-contested"))
            } else {
                String::new()
            };
            writeln!(out, "    • {}{contested}", f.message(map, lang))?;
            for x in actions.iter().filter(|x| x.is_on(f.rule, &f.stakeholders)) {
                writeln!(
                    out,
                    "      → {}: {}",
                    crate::tr!(t, "action-word"),
                    crate::export::pack::action_line(map, x, lang)
                )?;
            }
        }
    }

    let contested: Vec<_> = map
        .relations_sorted()
        .into_iter()
        .filter(|r| r.is_contested())
        .collect();
    if !contested.is_empty() {
        writeln!(
            out,
            "\n{} ({})",
            crate::tr!(t, "contested-relations"),
            contested.len()
        )?;
        for r in contested {
            let who = match &r.source {
                None => String::new(),
                Some(source) => format!(
                    " · {}: {}",
                    crate::tr!(t, "source-label"),
                    map.any_stakeholder(source)
                        .map_or(source.as_str(), |s| s.name.as_str())
                ),
            };
            writeln!(
                out,
                "  • {} → {} ({}){who}",
                name(&r.from),
                name(&r.to),
                r.kind.name(lang).to_lowercase()
            )?;
        }
    }

    let mut brokers: Vec<_> = a
        .metrics
        .stakeholders
        .iter()
        .filter_map(|s| s.betweenness.filter(|&b| b > 0.0).map(|b| (b, s)))
        .collect();
    brokers.sort_by(|x, y| y.0.total_cmp(&x.0).then_with(|| x.1.id.cmp(&y.1.id)));
    let note = match a.metrics.betweenness {
        BetweennessMethod::Exact => String::new(),
        BetweennessMethod::Sampled { samples } => {
            format!(" {}", crate::tr!(t, "report-sampled", n = samples))
        }
        BetweennessMethod::Skipped => format!(" {}", crate::tr!(t, "report-skipped")),
    };
    writeln!(out, "\n{}{note}", crate::tr!(t, "report-brokers"))?;
    for (b, s) in brokers.iter().take(5) {
        writeln!(
            out,
            "  • {} {}",
            name(&s.id),
            crate::i18n::decimal(*b, 2, lang)
        )?;
    }

    let mut depended: Vec<_> = a
        .metrics
        .stakeholders
        .iter()
        .filter(|s| s.dependency_in > 0)
        .collect();
    depended.sort_by(|x, y| {
        y.dependency_in
            .cmp(&x.dependency_in)
            .then_with(|| x.id.cmp(&y.id))
    });
    writeln!(out, "\n{}", crate::tr!(t, "report-depended"))?;
    for s in depended.iter().take(5) {
        writeln!(out, "  • {} ({})", name(&s.id), s.dependency_in)?;
    }
    Ok(())
}
