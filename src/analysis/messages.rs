//! Plain-language sentences for findings, in Dutch and English.

use super::{Finding, Rule};
use crate::lang::Lang;
use crate::model::{Map, StakeholderId};

/// `A`, `A en B`, `A, B en C` (or `and`).
pub fn join_names(names: &[&str], lang: Lang) -> String {
    let and = crate::tr!(lang, "and-word");
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// Residents and informal carers: not organisations that "do not work together", but people
/// to involve.
fn is_person(map: &Map, id: &StakeholderId) -> bool {
    map.stakeholder(id).is_some_and(|s| {
        matches!(
            s.kind,
            crate::model::StakeholderKind::Citizen | crate::model::StakeholderKind::InformalCarer
        )
    })
}

pub(super) fn sentence(f: &Finding, map: &Map, lang: Lang) -> String {
    let name = |id: &StakeholderId| map.name_of(id).to_owned();
    let domain = |id: &StakeholderId| {
        map.stakeholder(id)
            .map_or_else(String::new, |s| s.domain.clone())
    };
    let (Some(ia), ib) = (f.stakeholders.first(), f.stakeholders.get(1)) else {
        return String::new();
    };
    let a = name(ia);
    let b = ib.map(name).unwrap_or_default();
    let t = lang;
    // Which way the dependencies between the two run (among the first one's relations: the
    // whole map's, for each of 11,000 findings, took a second).
    let of_a = map.relations_of(ia);
    let depends = |x: &StakeholderId, y: &StakeholderId| {
        of_a.iter()
            .any(|r| r.kind == crate::model::RelationKind::Dependency && r.from == *x && r.to == *y)
    };
    let way = ib.map(|ib| (depends(ia, ib), depends(ib, ia)));
    // Residents and informal carers are not organisations that "do not work together": the
    // sentence asks to involve them.
    let who: Vec<String> = f
        .stakeholders
        .iter()
        .filter(|id| is_person(map, id))
        .map(name)
        .collect();
    let involve = |sentence: String| {
        let who: Vec<&str> = who.iter().map(String::as_str).collect();
        crate::tr!(
            t,
            "finding-involve",
            sentence = &sentence,
            who = join_names(&who, lang)
        )
    };
    match f.rule {
        Rule::SchotBlocksDependency => match (way, ib) {
            (Some((true, false)), Some(_)) => {
                crate::tr!(t, "finding-schot-blocks-one", from = &a, to = &b)
            }
            (Some((false, true)), Some(_)) => {
                crate::tr!(t, "finding-schot-blocks-one", from = &b, to = &a)
            }
            (Some((true, true)), Some(_)) => {
                crate::tr!(t, "finding-schot-blocks-both", a = &a, b = &b)
            }
            _ => crate::tr!(t, "finding-schot-blocks", a = &a, b = &b),
        },
        Rule::InterdependentWithoutCollaboration if !who.is_empty() => involve(crate::tr!(
            t,
            "finding-interdependent-people",
            a = &a,
            b = &b
        )),
        Rule::InterdependentWithoutCollaboration => {
            crate::tr!(t, "finding-interdependent", a = &a, b = &b)
        }
        Rule::SharedInterestWithoutCollaboration => {
            let via: Vec<String> = f.via.iter().map(name).collect();
            let via: Vec<&str> = via.iter().map(String::as_str).collect();
            let via = join_names(&via, lang);
            if who.is_empty() {
                crate::tr!(t, "finding-shared-interest", a = &a, b = &b, via = &via)
            } else {
                involve(crate::tr!(
                    t,
                    "finding-shared-interest-people",
                    a = &a,
                    b = &b,
                    via = &via
                ))
            }
        }
        Rule::CrossDomainDependencyWithoutCollaboration => {
            let da = domain(ia);
            let db = ib.map(domain).unwrap_or_default();
            let one = |from: &str, df: &str, to: &str, dt: &str| {
                crate::tr!(
                    t,
                    "finding-cross-domain-one",
                    from = from,
                    df = df,
                    to = to,
                    dt = dt
                )
            };
            let sentence = match way {
                Some((true, false)) => one(&a, &da, &b, &db),
                Some((false, true)) => one(&b, &db, &a, &da),
                Some((true, true)) => crate::tr!(
                    t,
                    "finding-cross-domain-both",
                    a = &a,
                    da = &da,
                    b = &b,
                    db = &db
                ),
                _ => crate::tr!(
                    t,
                    "finding-cross-domain",
                    a = &a,
                    da = &da,
                    b = &b,
                    db = &db
                ),
            };
            if who.is_empty() {
                sentence
            } else {
                involve(sentence)
            }
        }
        Rule::Isolated => crate::tr!(t, "finding-isolated", a = &a),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_names_per_language() {
        assert_eq!(join_names(&["A"], Lang::Nl), "A");
        assert_eq!(join_names(&["A", "B"], Lang::Nl), "A en B");
        assert_eq!(join_names(&["A", "B", "C"], Lang::En), "A, B and C");
    }
}

/// Three or more partners who each pair-wise share an interest in the same stakeholders and
/// none of whom work together: one sentence naming all of them. The findings (and the JSON)
/// keep the pairs.
#[derive(Debug, Clone, PartialEq)]
pub struct InterestGroup {
    /// The partners, sorted.
    pub members: Vec<StakeholderId>,
    /// What they all have an interest in.
    pub via: Vec<StakeholderId>,
    /// The pairs' findings: indices into the findings given.
    pub findings: Vec<usize>,
    pub sentence: String,
}

impl InterestGroup {
    /// Everyone the sentence is about: the partners, then what they share.
    pub fn stakeholders(&self) -> Vec<StakeholderId> {
        self.members.iter().chain(&self.via).cloned().collect()
    }
}

/// The shared-interest groups among `findings` without their sentences (cheap: for the
/// walkthrough's order), as partners, what they share and the pairs' indices, in the order of
/// their first pair.
pub fn interest_sets(
    findings: &[&Finding],
) -> Vec<(Vec<StakeholderId>, Vec<StakeholderId>, Vec<usize>)> {
    use std::collections::{BTreeMap, BTreeSet};
    // Shared-interest findings by what they share.
    let mut by_via: BTreeMap<&[StakeholderId], Vec<usize>> = BTreeMap::new();
    for (i, f) in findings.iter().enumerate() {
        if f.rule == Rule::SharedInterestWithoutCollaboration {
            by_via.entry(&f.via).or_default().push(i);
        }
    }
    let mut sets = Vec::new();
    for (via, idx) in by_via {
        let members: BTreeSet<&StakeholderId> = idx
            .iter()
            .flat_map(|&i| &findings[i].stakeholders)
            .collect();
        let n = members.len();
        // Every pair of them a finding (none works with another): one sentence.
        if n >= 3 && idx.len() == n * (n - 1) / 2 {
            sets.push((members.into_iter().cloned().collect(), via.to_vec(), idx));
        }
    }
    sets.sort_by_key(|s| s.2[0]);
    sets
}

/// The shared-interest groups among `findings`, in the order of their first pair.
pub fn interest_groups(findings: &[&Finding], map: &Map, lang: Lang) -> Vec<InterestGroup> {
    let t = lang;
    let mut groups = Vec::new();
    for (members, via, idx) in interest_sets(findings) {
        let names: Vec<String> = members
            .iter()
            .map(|id| map.name_of(id).to_owned())
            .collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let via_names: Vec<String> = via.iter().map(|id| map.name_of(id).to_owned()).collect();
        let via_names: Vec<&str> = via_names.iter().map(String::as_str).collect();
        let (names, via_said) = (join_names(&names, lang), join_names(&via_names, lang));
        let people: Vec<String> = members
            .iter()
            .filter(|id| is_person(map, id))
            .map(|id| map.name_of(id).to_owned())
            .collect();
        let sentence = if people.is_empty() {
            crate::tr!(
                t,
                "finding-shared-interest-all",
                names = &names,
                via = &via_said
            )
        } else {
            let who: Vec<&str> = people.iter().map(String::as_str).collect();
            crate::tr!(
                t,
                "finding-involve",
                sentence = crate::tr!(
                    t,
                    "finding-shared-interest-all-people",
                    names = &names,
                    via = &via_said
                ),
                who = join_names(&who, lang)
            )
        };
        groups.push(InterestGroup {
            members,
            via,
            findings: idx,
            sentence,
        });
    }
    groups
}

/// The findings of one rule as sentences, with shared interests grouped ([`interest_groups`]):
/// a group where its first pair was, its other pairs left out.
pub fn grouped_sentences(findings: &[&Finding], map: &Map, lang: Lang) -> Vec<String> {
    let groups = interest_groups(findings, map, lang);
    findings
        .iter()
        .enumerate()
        .filter_map(
            |(i, f)| match groups.iter().find(|g| g.findings.contains(&i)) {
                Some(g) if g.findings[0] == i => Some(g.sentence.clone()),
                Some(_) => None,
                None => Some(f.message(map, lang)),
            },
        )
        .collect()
}

/// "If Welzijn Oost drops out, Mantelzorgers and Vrijwilligers lose their link to the rest":
/// a weak link and the partners only it connects (at most three by name, then how many more).
pub fn weak_link_sentence(map: &Map, link: &StakeholderId, lang: Lang) -> String {
    let t = lang;
    let detached = super::detached_by(map, link);
    let mut names: Vec<String> = detached
        .iter()
        .take(3)
        .map(|id| map.name_of(id).to_owned())
        .collect();
    if detached.len() > 3 {
        names.push(crate::tr!(t, "weak-link-more", n = detached.len() - 3));
    }
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    crate::tr!(
        t,
        "weak-link-sentence",
        name = map.name_of(link),
        names = join_names(&names, lang),
        count = detached.len()
    )
}

/// Every schot on the map, a line each: the partners on either side with their domains, and
/// whether a dependency crosses it. Sorted by the partners' names.
pub fn schot_lines(map: &Map, analysis: &super::Analysis, lang: Lang) -> Vec<String> {
    let t = lang;
    let domain = |id: &StakeholderId| {
        map.stakeholder(id)
            .map(|s| s.domain.trim().to_owned())
            .filter(|d| !d.is_empty())
            .map_or_else(String::new, |d| format!(" ({d})"))
    };
    let mut pairs: Vec<(StakeholderId, StakeholderId)> = map
        .relations()
        .filter(|r| r.kind == crate::model::RelationKind::Schot)
        .map(|r| {
            if r.from <= r.to {
                (r.from.clone(), r.to.clone())
            } else {
                (r.to.clone(), r.from.clone())
            }
        })
        .collect();
    pairs.sort();
    pairs.dedup();
    let mut lines: Vec<(String, String)> = pairs
        .iter()
        .map(|(a, b)| {
            let crossed = analysis.findings.iter().any(|f| {
                f.rule == Rule::SchotBlocksDependency && f.stakeholders == [a.clone(), b.clone()]
            });
            let line = format!(
                "{}: {}",
                crate::tr!(
                    t,
                    "schot-line",
                    a = map.name_of(a),
                    da = domain(a),
                    b = map.name_of(b),
                    db = domain(b)
                ),
                if crossed {
                    crate::tr!(t, "schot-crossed")
                } else {
                    crate::tr!(t, "schot-not-crossed")
                }
            );
            (map.name_of(a).to_lowercase(), line)
        })
        .collect();
    lines.sort();
    lines.into_iter().map(|(_, l)| l).collect()
}

#[cfg(test)]
mod weak_tests {
    use super::*;
    use crate::model::test_ids::{rid, sid};
    use crate::model::{Relation, RelationKind, Stakeholder, StakeholderKind};

    #[test]
    fn weak_link_and_schot_sentences_in_both_languages() {
        let mut m = Map::new("t");
        for (id, name, domain) in [
            ("a", "Mantelzorgers", ""),
            ("b", "Welzijn Oost", "welzijn"),
            ("c", "Gemeente", "Wmo"),
            ("d", "Huisarts", "Zvw"),
            ("e", "Vrijwilligers", ""),
        ] {
            let mut s = Stakeholder::new(sid(id), name, StakeholderKind::Welfare, 0.0, 0.0);
            s.domain = domain.into();
            m.add_stakeholder(s).unwrap();
        }
        for (i, (f, t, k)) in [
            ("a", "b", RelationKind::Interest),
            ("e", "b", RelationKind::Interest),
            ("b", "c", RelationKind::Dependency),
            ("c", "d", RelationKind::Collaboration),
            ("c", "d", RelationKind::Schot),
        ]
        .into_iter()
        .enumerate()
        {
            m.add_relation(Relation::new(rid(&format!("r{i}")), k, sid(f), sid(t)))
                .unwrap();
        }
        let a = crate::analysis::analyze(&m);
        assert_eq!(a.weak_links, vec![sid("b"), sid("c")]);
        assert_eq!(
            weak_link_sentence(&m, &sid("b"), Lang::Nl),
            "Als Welzijn Oost wegvalt, raken Mantelzorgers en Vrijwilligers los van de rest."
        );
        assert_eq!(
            weak_link_sentence(&m, &sid("c"), Lang::Nl),
            "Als Gemeente wegvalt, raakt Huisarts los van de rest."
        );
        assert_eq!(
            weak_link_sentence(&m, &sid("c"), Lang::En),
            "If Gemeente drops out, Huisarts loses its link to the rest."
        );
        assert_eq!(
            schot_lines(&m, &a, Lang::Nl),
            [
                "Schot tussen Gemeente (Wmo) en Huisarts (Zvw): er loopt geen afhankelijkheid overheen"
            ]
        );
    }

    #[test]
    fn findings_say_which_way_and_ask_to_involve_residents() {
        let mut m = Map::new("t");
        for (id, name, kind, domain) in [
            ("a", "Huisarts", StakeholderKind::CareProvider, "Zvw"),
            ("b", "Thuiszorg", StakeholderKind::CareProvider, "Wlz"),
            ("c", "Mantelzorgers", StakeholderKind::InformalCarer, ""),
        ] {
            let mut s = Stakeholder::new(sid(id), name, kind, 0.0, 0.0);
            s.domain = domain.into();
            m.add_stakeholder(s).unwrap();
        }
        let add = |m: &mut Map, id: &str, f: &str, t: &str, k: RelationKind| {
            m.add_relation(Relation::new(rid(id), k, sid(f), sid(t)))
                .unwrap();
        };
        add(&mut m, "r1", "b", "a", RelationKind::Dependency);
        let said = |m: &Map, rule: Rule, lang: Lang| {
            let a = crate::analysis::analyze(m);
            a.findings
                .iter()
                .find(|f| f.rule == rule)
                .map(|f| f.message(m, lang))
                .unwrap_or_default()
        };
        let cross = Rule::CrossDomainDependencyWithoutCollaboration;
        assert_eq!(
            said(&m, cross, Lang::Nl),
            "Thuiszorg (Wlz) is afhankelijk van Huisarts (Zvw), zonder samenwerking over die domeingrens."
        );
        assert_eq!(
            said(&m, cross, Lang::En),
            "Thuiszorg (Wlz) depends on Huisarts (Zvw), without collaboration across that domain boundary."
        );
        add(&mut m, "r2", "a", "b", RelationKind::Dependency);
        add(&mut m, "r3", "a", "b", RelationKind::Schot);
        assert_eq!(
            said(&m, cross, Lang::Nl),
            "Huisarts (Zvw) en Thuiszorg (Wlz) zijn over een domeingrens heen van elkaar afhankelijk, maar werken niet samen."
        );
        assert_eq!(
            said(&m, Rule::SchotBlocksDependency, Lang::Nl),
            "Er staat een schot tussen Huisarts en Thuiszorg, terwijl ze van elkaar afhankelijk zijn."
        );
        // Informal carers and the home care both depend on each other: involve the carers.
        add(&mut m, "r4", "c", "b", RelationKind::Dependency);
        add(&mut m, "r5", "b", "c", RelationKind::Dependency);
        let a = crate::analysis::analyze(&m);
        let f = a
            .findings
            .iter()
            .find(|f| {
                f.rule == Rule::InterdependentWithoutCollaboration
                    && f.stakeholders.contains(&sid("c"))
            })
            .unwrap();
        assert_eq!(
            f.message(&m, Lang::Nl),
            "Thuiszorg en Mantelzorgers zijn van elkaar afhankelijk. Betrek Mantelzorgers erbij."
        );
        assert_eq!(
            f.message(&m, Lang::En),
            "Thuiszorg and Mantelzorgers depend on each other. Involve Mantelzorgers."
        );
    }

    #[test]
    fn three_with_the_same_interest_are_one_sentence() {
        let mut m = Map::new("t");
        for (id, name, kind) in [
            ("a", "Huisarts", StakeholderKind::CareProvider),
            ("b", "Wijkteam", StakeholderKind::Welfare),
            ("c", "Bibliotheek", StakeholderKind::Other),
            ("d", "Ouderen in de wijk", StakeholderKind::Citizen),
        ] {
            m.add_stakeholder(Stakeholder::new(sid(id), name, kind, 0.0, 0.0))
                .unwrap();
        }
        for (i, f) in ["a", "b", "c"].iter().enumerate() {
            m.add_relation(Relation::new(
                rid(&format!("r{i}")),
                RelationKind::Interest,
                sid(f),
                sid("d"),
            ))
            .unwrap();
        }
        let a = crate::analysis::analyze(&m);
        let shared: Vec<&Finding> = a
            .findings
            .iter()
            .filter(|f| f.rule == Rule::SharedInterestWithoutCollaboration)
            .collect();
        assert_eq!(shared.len(), 3, "the pairs stay in the findings");
        assert_eq!(
            grouped_sentences(&shared, &m, Lang::Nl),
            [
                "Huisarts, Wijkteam en Bibliotheek hebben allemaal belang bij Ouderen in de wijk, maar werken niet samen."
            ]
        );
        assert_eq!(
            grouped_sentences(&shared, &m, Lang::En),
            [
                "Huisarts, Wijkteam and Bibliotheek all have an interest in Ouderen in de wijk, but do not work together."
            ]
        );
        // Two of them work together: no group of three, the two pairs left are said each.
        m.add_relation(Relation::new(
            rid("r9"),
            RelationKind::Collaboration,
            sid("a"),
            sid("b"),
        ))
        .unwrap();
        let a = crate::analysis::analyze(&m);
        let shared: Vec<&Finding> = a
            .findings
            .iter()
            .filter(|f| f.rule == Rule::SharedInterestWithoutCollaboration)
            .collect();
        assert_eq!(grouped_sentences(&shared, &m, Lang::Nl).len(), 2);
    }
}
