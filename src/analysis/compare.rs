//! Two scenarios side by side: which stakeholders came and left, which relations were added,
//! removed or changed, and what that did to the findings (resolved, new, remaining), with a
//! sentence for each. Pure: `(&Map, &Map) -> Comparison`.
//!
//! Relations are matched by id first (a duplicated scenario keeps its relations' ids), then,
//! for the rest, by their ends and kind, so two scenarios drawn apart still compare.

use std::collections::{HashMap, HashSet};

use super::{Analysis, BetweennessPolicy, Finding, Rule, analyze_with, join_names};
use crate::lang::Lang;
use crate::model::{Map, Relation, RelationId, RelationKind, ScenarioId, StakeholderId};

/// What changed from one scenario to another.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub from: ScenarioId,
    pub to: ScenarioId,
    /// Stakeholder ids in `to` only, sorted.
    pub stakeholders_added: Vec<StakeholderId>,
    /// Stakeholder ids in `from` only, sorted.
    pub stakeholders_removed: Vec<StakeholderId>,
    /// Relations of `to` with no match in `from`, sorted by id.
    pub relations_added: Vec<Relation>,
    /// Relations of `from` with no match in `to`, sorted by id.
    pub relations_removed: Vec<Relation>,
    /// Relations in both whose kind, direction, label or confidence changed, sorted by id.
    pub relations_changed: Vec<RelationChange>,
    /// Findings of `from` that `to` no longer has.
    pub findings_resolved: Vec<Finding>,
    /// Findings of `to` that `from` did not have.
    pub findings_new: Vec<Finding>,
    /// Findings in both.
    pub findings_remaining: Vec<Finding>,
}

/// One relation as it was and as it is.
#[derive(Debug, Clone, PartialEq)]
pub struct RelationChange {
    pub before: Relation,
    pub after: Relation,
    /// Which of `kind`, `direction`, `label`, `confidence` changed.
    pub fields: Vec<&'static str>,
}

/// Compare two scenarios' maps.
pub fn compare(from: &Map, to: &Map) -> Comparison {
    let a = analyze_with(from, BetweennessPolicy::Skip);
    let b = analyze_with(to, BetweennessPolicy::Skip);
    compare_analysed(from, &a, to, &b)
}

/// [`compare`] with the analyses already made.
pub fn compare_analysed(from: &Map, fa: &Analysis, to: &Map, ta: &Analysis) -> Comparison {
    let mut c = Comparison {
        from: from.scenario().clone(),
        to: to.scenario().clone(),
        stakeholders_added: Vec::new(),
        stakeholders_removed: Vec::new(),
        relations_added: Vec::new(),
        relations_removed: Vec::new(),
        relations_changed: Vec::new(),
        findings_resolved: Vec::new(),
        findings_new: Vec::new(),
        findings_remaining: Vec::new(),
    };
    for s in to.stakeholders() {
        if from.stakeholder(&s.id).is_none() {
            c.stakeholders_added.push(s.id.clone());
        }
    }
    for s in from.stakeholders() {
        if to.stakeholder(&s.id).is_none() {
            c.stakeholders_removed.push(s.id.clone());
        }
    }
    c.stakeholders_added.sort_unstable();
    c.stakeholders_removed.sort_unstable();

    // By id, when the ends are the same two stakeholders.
    let mut left: Vec<&Relation> = Vec::new();
    let mut matched_to: HashSet<&RelationId> = HashSet::new();
    for r in from.relations() {
        match to.relation(&r.id) {
            Some(t) if same_pair(r, t) => {
                matched_to.insert(&t.id);
                let fields = changed_fields(r, t);
                if !fields.is_empty() {
                    c.relations_changed.push(RelationChange {
                        before: r.clone(),
                        after: t.clone(),
                        fields,
                    });
                }
            }
            _ => left.push(r),
        }
    }
    // The rest by ends and kind: the same relation under another id.
    let mut waiting: HashMap<(&StakeholderId, &StakeholderId, RelationKind), Vec<&Relation>> =
        HashMap::new();
    for t in to.relations() {
        if !matched_to.contains(&t.id) {
            waiting.entry(key(t)).or_default().push(t);
        }
    }
    for list in waiting.values_mut() {
        // Deterministic pairing: lowest id first.
        list.sort_unstable_by(|x, y| y.id.cmp(&x.id));
    }
    for r in left {
        match waiting.get_mut(&key(r)).and_then(Vec::pop) {
            Some(t) => {
                if r.label != t.label || r.confidence != t.confidence {
                    c.relations_changed.push(RelationChange {
                        before: r.clone(),
                        after: t.clone(),
                        fields: changed_fields(r, t),
                    });
                }
            }
            None => c.relations_removed.push(r.clone()),
        }
    }
    c.relations_added = waiting.into_values().flatten().cloned().collect::<Vec<_>>();
    c.relations_added.sort_unstable_by(|x, y| x.id.cmp(&y.id));
    c.relations_removed.sort_unstable_by(|x, y| x.id.cmp(&y.id));
    c.relations_changed
        .sort_unstable_by(|x, y| x.after.id.cmp(&y.after.id));

    // Findings are sorted in both analyses: one merge. A finding is the same finding when its
    // rule and stakeholders are (as actions and votes know it): two partners still sharing an
    // interest without working together remain, whatever they now share it in.
    let key = |f: &Finding| (f.rule, f.stakeholders.clone());
    let (mut i, mut j) = (0, 0);
    let (fs, ts) = (&fa.findings, &ta.findings);
    while i < fs.len() || j < ts.len() {
        match (fs.get(i), ts.get(j)) {
            (Some(x), Some(y)) if key(x) == key(y) => {
                c.findings_remaining.push(y.clone());
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if key(x) < key(y) => {
                c.findings_resolved.push(x.clone());
                i += 1;
            }
            (Some(x), None) => {
                c.findings_resolved.push(x.clone());
                i += 1;
            }
            (_, Some(y)) => {
                c.findings_new.push(y.clone());
                j += 1;
            }
            (None, None) => break,
        }
    }
    c
}

fn same_pair(a: &Relation, b: &Relation) -> bool {
    (a.from == b.from && a.to == b.to) || (a.from == b.to && a.to == b.from)
}

/// Ends and kind; the ends in order only where the kind has a direction.
fn key(r: &Relation) -> (&StakeholderId, &StakeholderId, RelationKind) {
    let directed = matches!(r.kind, RelationKind::Dependency | RelationKind::Interest);
    if directed || r.from <= r.to {
        (&r.from, &r.to, r.kind)
    } else {
        (&r.to, &r.from, r.kind)
    }
}

fn changed_fields(a: &Relation, b: &Relation) -> Vec<&'static str> {
    let mut v = Vec::new();
    if a.kind != b.kind {
        v.push("kind");
    }
    if a.from != b.from {
        v.push("direction");
    }
    if a.label != b.label {
        v.push("label");
    }
    if a.confidence != b.confidence {
        v.push("confidence");
    }
    v
}

impl Comparison {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.stakeholders_added.is_empty()
            && self.stakeholders_removed.is_empty()
            && self.relations_added.is_empty()
            && self.relations_removed.is_empty()
            && self.relations_changed.is_empty()
            && self.findings_resolved.is_empty()
            && self.findings_new.is_empty()
    }

    /// Why a resolved finding is gone, as a sentence: they now work together, someone left the
    /// map, the schot came down, or simply that it is resolved. `from` names the finding's
    /// stakeholders.
    pub fn resolved_sentence(&self, f: &Finding, from: &Map, lang: Lang) -> String {
        let t = lang;
        let names: Vec<&str> = f.stakeholders.iter().map(|s| from.name_of(s)).collect();
        let names = join_names(&names, lang);
        let rule = f.rule.title(lang);
        let among =
            |r: &Relation| f.stakeholders.contains(&r.from) && f.stakeholders.contains(&r.to);
        let added_collab = self
            .relations_added
            .iter()
            .chain(self.relations_changed.iter().map(|c| &c.after))
            .any(|r| r.kind == RelationKind::Collaboration && among(r));
        if added_collab {
            return crate::tr!(t, "cmp-resolved-together", names = &names, rule = rule);
        }
        if let Some(gone) = f
            .stakeholders
            .iter()
            .find(|s| self.stakeholders_removed.contains(s))
        {
            return crate::tr!(
                t,
                "cmp-resolved-left",
                names = &names,
                rule = rule,
                gone = from.name_of(gone)
            );
        }
        let schot_gone = f.rule == Rule::SchotBlocksDependency
            && self
                .relations_removed
                .iter()
                .chain(self.relations_changed.iter().map(|c| &c.before))
                .any(|r| r.kind == RelationKind::Schot && among(r));
        if schot_gone {
            return crate::tr!(t, "cmp-resolved-schot", names = &names, rule = rule);
        }
        crate::tr!(t, "cmp-resolved", names = &names, rule = rule)
    }

    /// A new finding as a sentence, naming the stakeholders from `to`.
    pub fn new_sentence(f: &Finding, to: &Map, lang: Lang) -> String {
        crate::tr!(lang, "cmp-new", sentence = f.message(to, lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_ids::{rid, sid};
    use crate::model::{Stakeholder, StakeholderKind};

    /// Gemeente and Welzijn Oost depend on each other without working together; a schot
    /// stands between Zorgkantoor and Wijkteam, which depends on it.
    fn nu() -> Map {
        let mut m = Map::new("t");
        for (id, name) in [
            ("gem", "Gemeente"),
            ("wo", "Welzijn Oost"),
            ("zk", "Zorgkantoor"),
            ("wt", "Wijkteam"),
        ] {
            m.add_stakeholder(Stakeholder::new(
                sid(id),
                name,
                StakeholderKind::Welfare,
                0.0,
                0.0,
            ))
            .unwrap();
        }
        for (id, k, a, b) in [
            ("r1", RelationKind::Dependency, "gem", "wo"),
            ("r2", RelationKind::Dependency, "wo", "gem"),
            ("r3", RelationKind::Dependency, "wt", "zk"),
            ("r4", RelationKind::Schot, "wt", "zk"),
        ] {
            m.add_relation(Relation::new(rid(id), k, sid(a), sid(b)))
                .unwrap();
        }
        m
    }

    #[test]
    fn lists_exactly_what_changed_and_why_findings_are_resolved() {
        let mut m = nu();
        m.duplicate_scenario("Straks").unwrap();
        m.add_relation(Relation::new(
            rid("r5"),
            RelationKind::Collaboration,
            sid("gem"),
            sid("wo"),
        ))
        .unwrap();
        let mut r4 = m.relation("r4").unwrap().clone();
        r4.kind = RelationKind::Collaboration;
        m.update_relation(r4).unwrap();
        m.add_stakeholder(Stakeholder::new(
            sid("x"),
            "Buurthuis",
            StakeholderKind::Welfare,
            0.0,
            0.0,
        ))
        .unwrap();
        let c = compare(
            &m.scenario_map("Nu").unwrap(),
            &m.scenario_map("Straks").unwrap(),
        );
        assert_eq!((c.from.as_str(), c.to.as_str()), ("Nu", "Straks"));
        assert_eq!(c.stakeholders_added, ["x"]);
        assert!(c.stakeholders_removed.is_empty());
        assert_eq!(
            c.relations_added
                .iter()
                .map(|r| r.id.as_str())
                .collect::<Vec<_>>(),
            ["r5"]
        );
        assert!(c.relations_removed.is_empty());
        assert_eq!(c.relations_changed.len(), 1);
        assert_eq!(c.relations_changed[0].fields, ["kind"]);
        let rules: Vec<Rule> = c.findings_resolved.iter().map(|f| f.rule).collect();
        assert_eq!(
            rules,
            [
                Rule::InterdependentWithoutCollaboration,
                Rule::SchotBlocksDependency
            ]
        );
        assert_eq!(c.findings_new.len(), 1, "{:?}", c.findings_new);
        assert_eq!(c.findings_new[0].rule, Rule::Isolated);
        let from = m.scenario_map("Nu").unwrap();
        assert_eq!(
            c.resolved_sentence(&c.findings_resolved[0], &from, Lang::En),
            "Gemeente and Welzijn Oost now work together: \u{2018}Interdependent, without collaboration\u{2019} is resolved."
        );
        assert_eq!(
            c.resolved_sentence(&c.findings_resolved[0], &from, Lang::Nl),
            "Gemeente en Welzijn Oost werken nu samen: \u{2018}Van elkaar afhankelijk, zonder samenwerking\u{2019} is opgelost."
        );
    }

    #[test]
    fn the_same_relation_under_another_id_is_no_change_and_identical_maps_compare_empty() {
        let a = nu();
        let mut b = nu();
        let r = b.remove_relation("r1").unwrap();
        b.add_relation(Relation { id: rid("r9"), ..r }).unwrap();
        let c = compare(&a, &b);
        assert!(c.is_empty(), "{c:?}");
        assert_eq!(c.findings_remaining.len(), a_findings(&a));
        let left = {
            let mut m = nu();
            m.remove_stakeholder("wt").unwrap();
            m
        };
        let c = compare(&a, &left);
        assert_eq!(c.stakeholders_removed, ["wt"]);
        assert_eq!(c.relations_removed.len(), 2);
        let f = c
            .findings_resolved
            .iter()
            .find(|f| f.rule == Rule::SchotBlocksDependency)
            .unwrap();
        assert!(
            c.resolved_sentence(f, &a, Lang::En)
                .contains("Wijkteam is no longer in the map")
        );
    }

    fn a_findings(m: &Map) -> usize {
        analyze_with(m, BetweennessPolicy::Skip).findings.len()
    }
}
