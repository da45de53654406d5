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

/// A section's title with how many it holds: "Schotten (2)", strong.
fn counted(title: &str, n: usize) -> RichText {
    RichText::new(format!("{title} ({n})")).strong()
}

/// The findings panel, with the sentences of the map as it is (built once per map revision
/// and language, not every frame).
#[derive(Debug, Default)]
pub struct Findings {
    /// For which revision and language the sentences below are.
    key: Option<(u64, Lang)>,
    /// A sentence per finding.
    messages: Vec<String>,
    /// A sentence per weak link, with the link and who would be cut off (what a click selects).
    weak: Vec<(String, Vec<StakeholderId>)>,
    /// A line per schot.
    schotten: Vec<String>,
    /// Three or more partners sharing an interest, none working together: one sentence.
    groups: Vec<crate::analysis::InterestGroup>,
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
        let key = (doc.revision(), lang);
        if self.key != Some(key) {
            self.key = Some(key);
            self.messages = a.findings.iter().map(|f| f.message(map, lang)).collect();
            self.weak = a
                .weak_links
                .iter()
                .map(|w| {
                    let mut ids = vec![w.clone()];
                    ids.extend(crate::analysis::detached_by(map, w));
                    (crate::analysis::weak_link_sentence(map, w, lang), ids)
                })
                .collect();
            self.schotten = crate::analysis::schot_lines(map, a, lang);
            let all: Vec<&crate::analysis::Finding> = a.findings.iter().collect();
            self.groups = crate::analysis::interest_groups(&all, map, lang);
        }
        let name = |id: &StakeholderId| map.name_of(id).to_owned();
        let mut clicked: Option<Vec<StakeholderId>> = None;
        Section::new(counted(
            text::MUTUAL_DEPENDENCIES.get(lang),
            a.mutual_dependencies.len(),
        ))
        .default_open(true)
        .show(ui, |ui| {
            for [x, y] in &a.mutual_dependencies {
                if ui.link(format!("{} ↔ {}", name(x), name(y))).clicked() {
                    clicked = Some(vec![x.clone(), y.clone()]);
                }
            }
        });
        // (A loop of just the two of a mutual dependency is that dependency again.)
        let loops = a.loops_beyond_mutual();
        Section::new(counted(text::DEPENDENCY_LOOPS.get(lang), loops.len()))
            .default_open(true)
            .show(ui, |ui| {
                for l in loops {
                    let names: Vec<String> = l.iter().map(name).collect();
                    if ui.link(names.join(", ")).clicked() {
                        clicked = Some(l.clone());
                    }
                }
            });
        // Weak links: who holds parts of the map together, and who would be cut off.
        Section::new(counted(
            text::WEAK_LINKS_TITLE.get(lang),
            a.weak_links.len(),
        ))
        .default_open(true)
        .show(ui, |ui| {
            for (sentence, ids) in &self.weak {
                if ui.link(sentence).clicked() {
                    clicked = Some(ids.clone());
                }
            }
        });
        // Every schot, and whether a dependency crosses it (only those are findings).
        Section::new(counted(text::SCHOTTEN_TITLE.get(lang), self.schotten.len()))
            .default_open(true)
            .show(ui, |ui| {
                for line in &self.schotten {
                    ui.label(line);
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
        for (rule, count) in a.counts_by_rule() {
            if count == 0 {
                continue;
            }
            Section::new(format!("{} ({count})", rule.title(lang)))
                .id_salt(rule.id())
                .default_open(count <= MAX_OPEN_FINDINGS)
                .show(ui, |ui| {
                    // Shared interests of three or more: their sentence first, their pairs
                    // (to vote on, to act on) after it, smaller.
                    for g in self.groups.iter().filter(|_| {
                        rule == crate::analysis::Rule::SharedInterestWithoutCollaboration
                    }) {
                        let all = g.stakeholders();
                        let selected = all
                            .iter()
                            .all(|s| seen.canvas.selection.stakeholders.contains(s))
                            && seen.canvas.selection.stakeholders.len() == all.len();
                        let mut line = RichText::new(&g.sentence);
                        if selected {
                            line = line
                                .strong()
                                .color(crate::app::canvas::color(crate::style::SELECTION));
                        }
                        let sentence = egui::Label::new(line).wrap().sense(egui::Sense::click());
                        if ui
                            .add(sentence)
                            .on_hover_cursor(egui::CursorIcon::PointingHand)
                            .clicked()
                        {
                            clicked = Some(all);
                        }
                    }
                    let in_group = |i: usize| self.groups.iter().any(|g| g.findings.contains(&i));
                    let of_rule = a
                        .findings
                        .iter()
                        .zip(&self.messages)
                        .enumerate()
                        .filter(|(_, (f, _))| f.rule == rule)
                        .map(|(i, (f, m))| (f, m, in_group(i)));
                    for (f, message, grouped) in of_rule.clone().take(MAX_LISTED_FINDINGS) {
                        let selected = f
                            .stakeholders
                            .iter()
                            .all(|s| seen.canvas.selection.stakeholders.contains(s))
                            && seen.canvas.selection.stakeholders.len() == f.stakeholders.len();
                        let contested = a.is_contested(f);
                        let mut line = RichText::new(message);
                        if grouped {
                            line = line.small().weak();
                        }
                        if contested {
                            line = line.italics();
                        }
                        if selected {
                            line = line
                                .strong()
                                .color(crate::app::canvas::color(crate::style::SELECTION));
                        }
                        // A label that wraps at the panel's width (a button's text did not,
                        // and widened the panel), clickable.
                        let sentence = egui::Label::new(line).wrap().sense(egui::Sense::click());
                        if ui
                            .add(sentence)
                            .on_hover_cursor(egui::CursorIcon::PointingHand)
                            .clicked()
                        {
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
                                        "● {}",
                                        crate::tr!(lang, "actions-count", n = on)
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
    Section::new(
        RichText::new(crate::tr!(
            lang,
            "cmp-heading-app",
            from = c.from.as_str(),
            to = c.to.as_str()
        ))
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
            Section::new(format!("{heading} ({})", lines.len()))
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
    Section::new(
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
        Section::new(counted(text::BETWEEN_DOMAINS.get(lang), shown.len()))
            .id_salt("domains")
            .default_open(true)
            .show(ui, |ui| {
                // A line per pair that wraps at the panel's width (a grid's cells do not, and
                // widened the panel).
                let (schotten, without) =
                    (text::SCHOTTEN.get(lang), text::DEP_W_O_COLLAB.get(lang));
                for p in &shown {
                    ui.label(format!(
                        "{} ↔ {}: {schotten} {} · {without} {}",
                        p.a, p.b, p.schotten, p.dependencies_without_collaboration
                    ))
                    .on_hover_text(text::DEPENDENCIES_BETWEEN_THE_DOMAINS_WITHOUT.get(lang));
                }
                let quiet = pairs.len() - shown.len();
                if quiet > 0 {
                    ui.label(
                        RichText::new(crate::tr!(lang, "quiet-domain-pairs-n", n = quiet)).weak(),
                    );
                }
            });
    }
}

/// A section that opens and closes, with a heading that wraps at the panel's width (egui's
/// collapsing header lays its text out on one line, which widened the panel until the map was
/// a strip).
struct Section {
    title: RichText,
    salt: Option<egui::Id>,
    open: bool,
}

impl Section {
    fn new(title: impl Into<RichText>) -> Self {
        Section {
            title: title.into(),
            salt: None,
            open: true,
        }
    }

    fn id_salt(mut self, salt: impl std::hash::Hash + std::fmt::Debug) -> Self {
        self.salt = Some(egui::Id::new(salt));
        self
    }

    fn default_open(mut self, open: bool) -> Self {
        self.open = open;
        self
    }

    fn show(self, ui: &mut Ui, add: impl FnOnce(&mut Ui)) {
        let id = ui.make_persistent_id(
            self.salt
                .unwrap_or_else(|| egui::Id::new(self.title.text())),
        );
        let mut open = ui.data_mut(|d| *d.get_persisted_mut_or(id, self.open));
        let mark = if open { "⏷" } else { "⏵" };
        let head = egui::Label::new(RichText::new(format!("{mark} {}", self.title.text())))
            .wrap()
            .sense(egui::Sense::click());
        if ui
            .add(head)
            .on_hover_cursor(egui::CursorIcon::PointingHand)
            .clicked()
        {
            open = !open;
            ui.data_mut(|d| d.insert_persisted(id, open));
        }
        if open {
            ui.indent(id, add);
        }
    }
}
