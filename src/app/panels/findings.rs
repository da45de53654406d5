//! The findings panel: mutual dependencies, loops, every finding by rule, and the
//! domain × domain summary.
use egui::{RichText, Ui};

use crate::app::request::{Request, ScenarioRequest, ViewRequest};
use crate::app::text;
use crate::lang::Lang;
use crate::model::StakeholderId;

use super::seen::Seen;

/// Groups with more findings than this start collapsed.
const MAX_OPEN_FINDINGS: usize = 12;
/// A group lists at most this many sentences (a huge map would make the panel unusable).
const MAX_LISTED_FINDINGS: usize = 200;

/// The findings panel, with the finding sentences of the map as it is (built once per map
/// revision and language, not every frame).
#[derive(Debug, Default)]
pub struct Findings {
    messages: (Option<(u64, Lang)>, Vec<String>),
}

impl Findings {
    /// Click a finding (or a mutual dependency, a loop): its stakeholders are shown.
    pub fn ui(&mut self, ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
        let Some(doc) = seen.doc else {
            return;
        };
        let lang = seen.lang;
        let a = doc.shown_analysis();
        let map = doc.shown_map();
        ui.heading(text::ANALYSIS.get(lang));
        comparison(ui, seen);
        let name = |id: &StakeholderId| map.name_of(id).to_owned();
        let mut clicked: Option<Vec<StakeholderId>> = None;
        egui::CollapsingHeader::new(
            RichText::new(format!(
                "{} ({})",
                text::MUTUAL_DEPENDENCIES.get(lang),
                a.mutual_dependencies.len()
            ))
            .strong(),
        )
        .default_open(true)
        .show(ui, |ui| {
            for [x, y] in &a.mutual_dependencies {
                if ui.link(format!("{} ↔ {}", name(x), name(y))).clicked() {
                    clicked = Some(vec![x.clone(), y.clone()]);
                }
            }
        });
        egui::CollapsingHeader::new(
            RichText::new(format!(
                "{} ({})",
                text::DEPENDENCY_LOOPS.get(lang),
                a.dependency_loops.len()
            ))
            .strong(),
        )
        .default_open(true)
        .show(ui, |ui| {
            for l in &a.dependency_loops {
                let names: Vec<String> = l.iter().map(name).collect();
                if ui.link(names.join(", ")).clicked() {
                    clicked = Some(l.clone());
                }
            }
        });
        ui.separator();
        ui.label(
            RichText::new(format!(
                "{} ({})",
                text::WHERE_INTEGRATION_IS_MISSING.get(lang),
                a.findings.len()
            ))
            .strong()
            .size(18.0),
        );
        let key = (doc.revision(), lang);
        if self.messages.0 != Some(key) {
            self.messages = (
                Some(key),
                a.findings.iter().map(|f| f.message(map, lang)).collect(),
            );
        }
        for (rule, count) in a.counts_by_rule() {
            if count == 0 {
                continue;
            }
            egui::CollapsingHeader::new(format!("{} ({count})", rule.title(lang)))
                .id_salt(rule.id())
                .default_open(count <= MAX_OPEN_FINDINGS)
                .show(ui, |ui| {
                    let of_rule = a
                        .findings
                        .iter()
                        .zip(&self.messages.1)
                        .filter(|(f, _)| f.rule == rule);
                    for (f, message) in of_rule.clone().take(MAX_LISTED_FINDINGS) {
                        let selected = f
                            .stakeholders
                            .iter()
                            .all(|s| seen.canvas.selection.stakeholders.contains(s))
                            && seen.canvas.selection.stakeholders.len() == f.stakeholders.len();
                        let contested = a.is_contested(f);
                        let mut line = RichText::new(message);
                        if contested {
                            line = line.italics();
                        }
                        if ui.selectable_label(selected, line).clicked() {
                            clicked = Some(f.stakeholders.iter().chain(&f.via).cloned().collect());
                        }
                        ui.horizontal_wrapped(|ui| {
                            if contested {
                                ui.label(
                                    RichText::new(format!(
                                        "? {}",
                                        text::RESTS_ON_CONTESTED.get(lang)
                                    ))
                                    .small()
                                    .weak(),
                                );
                            }
                            let on = doc
                                .map()
                                .actions()
                                .iter()
                                .filter(|x| x.is_on(f.rule, &f.stakeholders))
                                .count();
                            let votes = seen
                                .votes
                                .get(&crate::live::finding_key(f.rule, &f.stakeholders))
                                .copied()
                                .unwrap_or(0);
                            if votes > 0 {
                                ui.label(
                                    RichText::new(format!("{} {votes}", "●".repeat(votes.min(10))))
                                        .strong()
                                        .color(crate::app::canvas::color(crate::style::SELECTION)),
                                )
                                .on_hover_text(text::VOTES_WORD.get(lang));
                            }
                            if on > 0 {
                                ui.label(
                                    RichText::new(format!(
                                        "● {on} {}",
                                        text::ACTIONS_HEADING.get(lang).to_lowercase()
                                    ))
                                    .small(),
                                );
                            }
                            if ui
                                .small_button(text::ADD_ACTION_BUTTON.get(lang))
                                .on_hover_text(
                                    crate::app::actions::info_of(
                                        crate::app::actions::Action::AddAction,
                                    )
                                    .label(lang),
                                )
                                .clicked()
                            {
                                out.push(Request::Scenario(ScenarioRequest::AddAction {
                                    rule: f.rule,
                                    stakeholders: f.stakeholders.clone(),
                                }));
                            }
                        });
                    }
                    if count > MAX_LISTED_FINDINGS {
                        ui.label(
                            RichText::new(format!("… +{}", count - MAX_LISTED_FINDINGS)).weak(),
                        );
                    }
                });
        }
        contested(ui, seen, out);
        domain_table(ui, seen);
        if let Some(ids) = clicked {
            out.push(Request::View(ViewRequest::Show(ids)));
        }
    }
}

/// The comparison being shown: what it resolves, what is new and what remains, then what
/// came, left and changed.
fn comparison(ui: &mut Ui, seen: &Seen) {
    let Some(doc) = seen.doc else {
        return;
    };
    let Some((c, from)) = doc.comparison() else {
        return;
    };
    let lang = seen.lang;
    let sections = crate::export::pack::comparison_sections(c, from, doc.shown_map(), lang);
    egui::CollapsingHeader::new(
        RichText::new(
            text::CMP_HEADING_APP
                .get(lang)
                .replace("{from}", c.from.as_str())
                .replace("{to}", c.to.as_str()),
        )
        .strong()
        .size(18.0),
    )
    .id_salt("comparison")
    .default_open(true)
    .show(ui, |ui| {
        if sections.is_empty() {
            ui.label(text::CMP_NOTHING.get(lang));
        }
        for (heading, lines) in sections {
            egui::CollapsingHeader::new(format!("{heading} ({})", lines.len()))
                .id_salt(("cmp", heading.as_str()))
                .default_open(lines.len() <= MAX_OPEN_FINDINGS)
                .show(ui, |ui| {
                    for l in lines.iter().take(MAX_LISTED_FINDINGS) {
                        ui.label(l);
                    }
                });
        }
    });
    ui.separator();
}

/// The relations marked contested, each with who claimed it; click one to select it.
fn contested(ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
    let Some(doc) = seen.doc else {
        return;
    };
    let map = doc.shown_map();
    // (Every frame: only the few contested ones are sorted, not every relation.)
    let mut list: Vec<&crate::model::Relation> =
        map.relations().filter(|r| r.is_contested()).collect();
    list.sort_unstable_by(|a, b| a.id.cmp(&b.id));
    if list.is_empty() {
        return;
    }
    let lang = seen.lang;
    ui.separator();
    egui::CollapsingHeader::new(
        RichText::new(format!(
            "{} ({})",
            text::CONTESTED_RELATIONS.get(lang),
            list.len()
        ))
        .strong(),
    )
    .id_salt("contested")
    .default_open(true)
    .show(ui, |ui| {
        for r in list {
            let mut line = format!(
                "{} ➡ {} ({})",
                map.name_of(&r.from),
                map.name_of(&r.to),
                r.kind.name(lang).to_lowercase()
            );
            if let Some(source) = &r.source {
                let who = map
                    .any_stakeholder(source)
                    .map_or(source.as_str(), |s| s.name.as_str());
                line = format!("{line} · {}: {who}", text::SOURCE_LABEL.get(lang));
            }
            if ui.link(line).clicked() {
                out.push(Request::View(ViewRequest::SelectRelation(r.id.clone())));
            }
        }
    });
}

/// Between every two domains: schotten and dependencies without collaboration.
fn domain_table(ui: &mut Ui, seen: &Seen) {
    let Some(doc) = seen.doc else {
        return;
    };
    {
        let pairs = doc.domain_pairs();
        if pairs.is_empty() {
            return;
        }
        let lang = seen.lang;
        let mut shown: Vec<&crate::analysis::DomainPair> = pairs
            .iter()
            .filter(|p| p.schotten + p.dependencies_without_collaboration > 0)
            .collect();
        shown.sort_by_key(|p| std::cmp::Reverse(p.schotten + p.dependencies_without_collaboration));
        ui.separator();
        egui::CollapsingHeader::new(
            RichText::new(format!(
                "{} ({})",
                text::BETWEEN_DOMAINS.get(lang),
                shown.len()
            ))
            .strong(),
        )
        .id_salt("domains")
        .default_open(true)
        .show(ui, |ui| {
            egui::Grid::new("domain-grid")
                .striped(true)
                .num_columns(3)
                .show(ui, |ui| {
                    ui.label(RichText::new(text::DOMAINS.get(lang)).weak());
                    ui.label(RichText::new(text::SCHOTTEN.get(lang)).weak())
                        .on_hover_text(text::PAIRS_OF_STAKEHOLDERS_WITH_A.get(lang));
                    ui.label(RichText::new(text::DEP_W_O_COLLAB.get(lang)).weak())
                        .on_hover_text(text::DEPENDENCIES_BETWEEN_THE_DOMAINS_WITHOUT.get(lang));
                    ui.end_row();
                    for p in &shown {
                        ui.label(format!("{} ↔ {}", p.a, p.b));
                        ui.label(p.schotten.to_string());
                        ui.label(p.dependencies_without_collaboration.to_string());
                        ui.end_row();
                    }
                });
            let quiet = pairs.len() - shown.len();
            if quiet > 0 {
                ui.label(
                    RichText::new(
                        text::QUIET_DOMAIN_PAIRS_N
                            .get(lang)
                            .replace("{n}", &quiet.to_string()),
                    )
                    .weak(),
                );
            }
        });
    }
}
