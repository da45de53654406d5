//! `ecomap compare`: two scenarios side by side, as readable text or one JSON object (its
//! schema is in `docs/compare.md`).

use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use super::{CliError, ignore_broken_pipe, load, pick};
use crate::analysis::{Comparison, Finding, compare};
use crate::lang::Lang;
use crate::model::{Map, Relation, RelationId, StakeholderId};

/// The message for a comparison of a map with one scenario.
pub(super) fn one_scenario(map: &Map, lang: Lang) -> String {
    crate::tr!(
        lang,
        "cli-one-scenario",
        name = format!("{:?}", map.scenario())
    )
}

pub(super) fn run(
    file: &Path,
    from: Option<&str>,
    to: Option<&str>,
    json: bool,
    lang: Lang,
) -> Result<(), CliError> {
    let whole = load(file, lang)?;
    let names: Vec<&str> = whole.scenario_names().iter().map(|n| n.as_str()).collect();
    let from = from.unwrap_or(names[0]);
    let Some(to) = to.or_else(|| names.iter().copied().find(|n| *n != from)) else {
        return Err(CliError(one_scenario(&whole, lang)));
    };
    let (a, b) = (
        pick(&whole, Some(from), lang)?,
        pick(&whole, Some(to), lang)?,
    );
    let c = compare(&a, &b);
    let mut out = super::Terminal::stdout();
    let written = if json {
        write_json(&mut out, &c, &a, &b, lang)
    } else {
        write_text(&mut out, &c, &a, &b, lang)
    };
    written
        .and_then(|()| out.flush())
        .or_else(ignore_broken_pipe)
        .map_err(super::cannot_write(lang))
}

fn write_text(
    out: &mut impl Write,
    c: &Comparison,
    a: &Map,
    b: &Map,
    lang: Lang,
) -> io::Result<()> {
    let t = lang;
    writeln!(
        out,
        "{}",
        crate::tr!(t, "cmp-title", from = c.from.as_str(), to = c.to.as_str())
    )?;
    let sections = crate::export::pack::comparison_sections(c, a, b, lang);
    if sections.is_empty() {
        writeln!(out, "{}", crate::tr!(t, "cmp-nothing"))?;
    }
    for (heading, lines) in sections {
        writeln!(out, "\n{heading} ({})", lines.len())?;
        for l in lines {
            writeln!(out, "  • {l}")?;
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonComparison<'a> {
    from: &'a str,
    to: &'a str,
    stakeholders: JsonStakeholders<'a>,
    relations: JsonRelations<'a>,
    findings: JsonFindings,
}

#[derive(Serialize)]
struct JsonStakeholders<'a> {
    added: Vec<JsonStakeholder<'a>>,
    removed: Vec<JsonStakeholder<'a>>,
}

#[derive(Serialize)]
struct JsonStakeholder<'a> {
    id: &'a StakeholderId,
    name: &'a str,
}

#[derive(Serialize)]
struct JsonRelations<'a> {
    added: Vec<JsonRelation<'a>>,
    removed: Vec<JsonRelation<'a>>,
    changed: Vec<JsonChange<'a>>,
}

#[derive(Serialize)]
struct JsonRelation<'a> {
    id: &'a RelationId,
    kind: &'static str,
    from: &'a StakeholderId,
    to: &'a StakeholderId,
    label: &'a str,
    /// `certain`, `likely`, `contested`, or null when nobody said.
    confidence: Option<&'static str>,
}

#[derive(Serialize)]
struct JsonChange<'a> {
    id: &'a RelationId,
    fields: &'a [&'static str],
    before: JsonRelation<'a>,
    after: JsonRelation<'a>,
}

#[derive(Serialize)]
struct JsonFindings {
    resolved: Vec<JsonFinding>,
    new: Vec<JsonFinding>,
    remaining: Vec<JsonFinding>,
}

#[derive(Serialize)]
struct JsonFinding {
    rule: &'static str,
    stakeholders: Vec<StakeholderId>,
    via: Vec<StakeholderId>,
    sentence: String,
}

fn relation(r: &Relation) -> JsonRelation<'_> {
    JsonRelation {
        id: &r.id,
        kind: r.kind.id(),
        from: &r.from,
        to: &r.to,
        label: &r.label,
        confidence: r.confidence.map(crate::model::Confidence::id),
    }
}

fn finding(f: &Finding, sentence: String) -> JsonFinding {
    JsonFinding {
        rule: f.rule.id(),
        stakeholders: f.stakeholders.clone(),
        via: f.via.clone(),
        sentence,
    }
}

pub(super) fn write_json(
    out: &mut impl Write,
    c: &Comparison,
    a: &Map,
    b: &Map,
    lang: Lang,
) -> io::Result<()> {
    let who = |m: &'_ Map, id: &'_ StakeholderId| -> (StakeholderId, String) {
        (id.clone(), m.name_of(id).to_owned())
    };
    let added: Vec<(StakeholderId, String)> =
        c.stakeholders_added.iter().map(|id| who(b, id)).collect();
    let removed: Vec<(StakeholderId, String)> =
        c.stakeholders_removed.iter().map(|id| who(a, id)).collect();
    let report = JsonComparison {
        from: c.from.as_str(),
        to: c.to.as_str(),
        stakeholders: JsonStakeholders {
            added: added
                .iter()
                .map(|(id, name)| JsonStakeholder { id, name })
                .collect(),
            removed: removed
                .iter()
                .map(|(id, name)| JsonStakeholder { id, name })
                .collect(),
        },
        relations: JsonRelations {
            added: c.relations_added.iter().map(relation).collect(),
            removed: c.relations_removed.iter().map(relation).collect(),
            changed: c
                .relations_changed
                .iter()
                .map(|ch| JsonChange {
                    id: &ch.after.id,
                    fields: &ch.fields,
                    before: relation(&ch.before),
                    after: relation(&ch.after),
                })
                .collect(),
        },
        findings: JsonFindings {
            resolved: c
                .findings_resolved
                .iter()
                .map(|f| finding(f, c.resolved_sentence(f, a, lang)))
                .collect(),
            new: c
                .findings_new
                .iter()
                .map(|f| finding(f, f.message(b, lang)))
                .collect(),
            remaining: c
                .findings_remaining
                .iter()
                .map(|f| finding(f, f.message(b, lang)))
                .collect(),
        },
    };
    serde_json::to_writer_pretty(&mut *out, &report).map_err(io::Error::other)?;
    writeln!(out)
}
