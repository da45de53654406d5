//! Unit tests for every rule.

use super::*;
use crate::lang::Lang;
use crate::model::test_ids::{rid, sid};
use crate::model::{Map, Relation, RelationKind, Stakeholder, StakeholderId, StakeholderKind};

use RelationKind::{Collaboration as C, Dependency as D, Interest as I, Schot as S};

/// A map from `(id, domain)` stakeholders and `(kind, from, to)` relations.
fn map(stakeholders: &[(&str, &str)], relations: &[(RelationKind, &str, &str)]) -> Map {
    let mut m = Map::new("test");
    for (i, (id, domain)) in stakeholders.iter().enumerate() {
        let mut s = Stakeholder::new(
            sid(id),
            &id.to_uppercase(),
            StakeholderKind::Other,
            i as f64,
            0.0,
        );
        s.domain = (*domain).to_owned();
        m.add_stakeholder(s).unwrap();
    }
    for (i, (kind, from, to)) in relations.iter().enumerate() {
        m.add_relation(Relation::new(
            rid(&format!("r{i}")),
            *kind,
            sid(from),
            sid(to),
        ))
        .unwrap();
    }
    m
}

fn plain(ids: &[&str]) -> Vec<(&'static str, &'static str)> {
    ids.iter()
        .map(|&id| (id.to_owned().leak() as &str, ""))
        .collect()
}

fn of_rule(a: &Analysis, rule: Rule) -> Vec<(Vec<String>, Vec<String>)> {
    a.findings
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f| (texts_of(&f.stakeholders), texts_of(&f.via)))
        .collect()
}

fn texts_of(ids: &[StakeholderId]) -> Vec<String> {
    ids.iter().map(ToString::to_string).collect()
}

fn strs(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn mutual_dependency_counts_duplicates_once() {
    let m = map(
        &plain(&["b", "a", "c"]),
        &[(D, "a", "b"), (D, "b", "a"), (D, "b", "a"), (D, "a", "c")],
    );
    let a = analyze(&m);
    assert_eq!(a.mutual_dependencies, vec![[sid("a"), sid("b")]]);
    assert!(a.is_mutual(&sid("b"), &sid("a")) && !a.is_mutual(&sid("a"), &sid("c")));
    assert_eq!(
        of_rule(&a, Rule::InterdependentWithoutCollaboration),
        vec![(strs(&["a", "b"]), vec![])]
    );
}

#[test]
fn collaboration_in_either_direction_resolves_interdependence() {
    let m = map(
        &plain(&["a", "b"]),
        &[(D, "a", "b"), (D, "b", "a"), (C, "b", "a")],
    );
    let a = analyze(&m);
    assert_eq!(a.mutual_dependencies.len(), 1);
    assert!(of_rule(&a, Rule::InterdependentWithoutCollaboration).is_empty());
}

#[test]
fn one_way_dependency_is_not_mutual() {
    let m = map(&plain(&["a", "b"]), &[(D, "a", "b"), (I, "b", "a")]);
    let a = analyze(&m);
    assert!(a.mutual_dependencies.is_empty());
    assert!(a.dependency_loops.is_empty());
}

#[test]
fn loops_of_two_and_four() {
    let m = map(
        &plain(&["a", "b", "c", "d", "e", "f", "g"]),
        &[
            (D, "a", "b"),
            (D, "b", "a"),
            (D, "c", "d"),
            (D, "d", "e"),
            (D, "e", "f"),
            (D, "f", "c"),
            (D, "f", "g"),
            // Interest and collaboration do not make a dependency loop.
            (I, "g", "f"),
        ],
    );
    let a = analyze(&m);
    assert_eq!(
        a.dependency_loops,
        vec![
            ["a", "b"].map(sid).to_vec(),
            ["c", "d", "e", "f"].map(sid).to_vec()
        ]
    );
    assert!(a.in_loop("e") && !a.in_loop("g"));
    // Only a-b is mutual; the four-loop is not a set of mutual pairs.
    assert_eq!(a.mutual_dependencies.len(), 1);
}

#[test]
fn schot_blocks_dependency_in_either_direction() {
    let m = map(
        &plain(&["a", "b", "c", "d"]),
        &[
            (S, "a", "b"),
            (D, "b", "a"),
            (S, "d", "c"),
            (D, "c", "d"),
            (S, "a", "c"),
            (S, "c", "a"),
        ],
    );
    let a = analyze(&m);
    assert_eq!(
        of_rule(&a, Rule::SchotBlocksDependency),
        vec![(strs(&["a", "b"]), vec![]), (strs(&["c", "d"]), vec![])]
    );
}

#[test]
fn shared_interest_lists_every_common_target() {
    let m = map(
        &plain(&["a", "b", "c", "x", "y"]),
        &[
            (I, "a", "x"),
            (I, "b", "x"),
            (I, "a", "y"),
            (I, "b", "y"),
            (I, "b", "y"),
            (I, "c", "y"),
            (C, "a", "c"),
        ],
    );
    let a = analyze(&m);
    assert_eq!(
        of_rule(&a, Rule::SharedInterestWithoutCollaboration),
        vec![
            (strs(&["a", "b"]), strs(&["x", "y"])),
            (strs(&["b", "c"]), strs(&["y"]))
        ]
    );
}

#[test]
fn interest_in_own_partner_is_not_a_shared_interest_in_self() {
    // a is interested in b, and c too: the shared target b is neither of the pair (a, c).
    // b itself is interested in nothing, so b never pairs with a "via b".
    let m = map(
        &plain(&["a", "b", "c"]),
        &[(I, "a", "b"), (I, "c", "b"), (I, "a", "c")],
    );
    let a = analyze(&m);
    assert_eq!(
        of_rule(&a, Rule::SharedInterestWithoutCollaboration),
        vec![(strs(&["a", "c"]), strs(&["b"]))]
    );
}

#[test]
fn cross_domain_needs_two_different_non_empty_domains() {
    let m = map(
        &[
            ("a", "zorg"),
            ("b", "wonen"),
            ("c", ""),
            ("d", "zorg"),
            ("e", "wmo"),
        ],
        &[
            (D, "a", "b"),
            (D, "b", "a"),
            (D, "a", "c"),
            (D, "d", "a"),
            (D, "e", "a"),
            (C, "a", "e"),
        ],
    );
    let a = analyze(&m);
    // a-b once although both directions; a-c: empty domain; a-d: equal; a-e: collaborate.
    assert_eq!(
        of_rule(&a, Rule::CrossDomainDependencyWithoutCollaboration),
        vec![(strs(&["a", "b"]), vec![])]
    );
}

#[test]
fn isolated_stakeholders() {
    let m = map(&plain(&["a", "b", "c"]), &[(S, "a", "b")]);
    let a = analyze(&m);
    assert_eq!(of_rule(&a, Rule::Isolated), vec![(strs(&["c"]), vec![])]);
}

#[test]
fn findings_are_sorted_by_rule_then_stakeholders() {
    let m = map(
        &[("a", "zorg"), ("b", "wmo"), ("z", "")],
        &[(D, "a", "b"), (D, "b", "a"), (S, "a", "b")],
    );
    let a = analyze(&m);
    let rules: Vec<&str> = a.findings.iter().map(|f| f.rule.id()).collect();
    assert_eq!(
        rules,
        vec![
            "cross_domain_dependency_without_collaboration",
            "interdependent_without_collaboration",
            "isolated",
            "schot_blocks_dependency"
        ]
    );
    let mut sorted = a.findings.clone();
    sorted.sort();
    assert_eq!(sorted, a.findings);
}

#[test]
fn messages_use_names_in_both_languages() {
    let m = map(&plain(&["a", "b"]), &[(D, "a", "b"), (D, "b", "a")]);
    let a = analyze(&m);
    let f = &of_finding(&a, Rule::InterdependentWithoutCollaboration);
    assert_eq!(
        f.message(&m, Lang::Nl),
        "A en B zijn van elkaar afhankelijk, maar werken niet samen."
    );
    assert_eq!(
        f.message(&m, Lang::En),
        "A and B depend on each other, but do not work together."
    );
}

fn of_finding(a: &Analysis, rule: Rule) -> Finding {
    a.findings.iter().find(|f| f.rule == rule).cloned().unwrap()
}

#[test]
fn metrics_degrees_and_betweenness() {
    // A path a - b - c plus a schot a - c: b brokers every path between a and c.
    let m = map(
        &plain(&["a", "b", "c"]),
        &[(D, "a", "b"), (D, "a", "b"), (I, "c", "b"), (S, "a", "c")],
    );
    let a = analyze(&m);
    assert_eq!(a.metrics.betweenness, BetweennessMethod::Exact);
    let b = &a.metrics.stakeholders[1];
    assert_eq!(b.id, "b");
    assert_eq!(b.degree_of(D), 1);
    assert_eq!(b.degree_of(I), 1);
    assert_eq!(b.dependency_in, 1);
    assert_eq!(b.dependency_out, 0);
    assert_eq!(b.betweenness, Some(1.0));
    assert_eq!(a.metrics.stakeholders[0].betweenness, Some(0.0));
    assert_eq!(a.metrics.stakeholders[0].degree_of(S), 1);
}

#[test]
fn betweenness_on_a_star_and_skip_policy() {
    let m = map(
        &plain(&["hub", "p1", "p2", "p3", "p4"]),
        &[
            (C, "hub", "p1"),
            (C, "hub", "p2"),
            (D, "p3", "hub"),
            (I, "p4", "hub"),
        ],
    );
    let a = analyze(&m);
    let hub = a
        .metrics
        .stakeholders
        .iter()
        .find(|s| s.id == "hub")
        .unwrap();
    assert!((hub.betweenness.unwrap() - 1.0).abs() < 1e-12);
    let skipped = analyze_with(&m, BetweennessPolicy::Skip);
    assert_eq!(skipped.metrics.betweenness, BetweennessMethod::Skipped);
    assert!(
        skipped
            .metrics
            .stakeholders
            .iter()
            .all(|s| s.betweenness.is_none())
    );
    assert_eq!(skipped.findings, a.findings);
}

#[test]
fn empty_map() {
    let a = analyze(&Map::new("leeg"));
    assert!(a.findings.is_empty() && a.mutual_dependencies.is_empty());
}

#[test]
fn domain_summary_counts_schotten_and_dependencies_without_collaboration() {
    let m = map(
        &[
            ("a", "zorg"),
            ("b", "wmo"),
            ("c", "wmo"),
            ("d", "zorg"),
            ("e", ""),
        ],
        &[
            (S, "a", "b"),
            (S, "b", "a"), // The same pair: counted once.
            (D, "a", "c"),
            (D, "c", "a"), // Both directions: one pair.
            (D, "d", "b"),
            (C, "d", "b"), // Collaborating: not counted.
            (D, "a", "d"), // Same domain: not counted.
            (S, "e", "a"), // No domain: not counted.
        ],
    );
    assert_eq!(
        domain_summary(&m),
        vec![DomainPair {
            a: "wmo".into(),
            b: "zorg".into(),
            schotten: 1,
            dependencies_without_collaboration: 1,
        }]
    );
    let cross = of_rule(
        &analyze(&m),
        Rule::CrossDomainDependencyWithoutCollaboration,
    );
    assert_eq!(cross.len(), 1, "agrees with the rule");
}

#[test]
fn steps_go_both_ways_over_every_kind_and_stop_at_max() {
    let m = map(
        &plain(&["a", "b", "c", "d", "e"]),
        &[(D, "b", "a"), (S, "b", "c"), (I, "d", "c")],
    );
    let one = steps_from(&m, &[&sid("a")], 1);
    assert_eq!(one.len(), 2);
    assert_eq!(one.get("b"), Some(&1));
    let all = steps_from(&m, &[&sid("a")], 9);
    assert_eq!(all.get("d"), Some(&3));
    assert!(!all.contains_key("e"));
    let two_starts = steps_from(&m, &[&sid("a"), &sid("d")], 1);
    assert_eq!(two_starts.get("c"), Some(&1));
}

#[test]
fn findings_that_rest_on_contested_relations_are_marked() {
    use crate::model::Confidence;
    let mut m = crate::model::Map::new("t");
    for id in ["a", "b", "c", "d"] {
        m.add_stakeholder(Stakeholder::new(
            sid(id),
            id,
            StakeholderKind::Welfare,
            0.0,
            0.0,
        ))
        .unwrap();
    }
    let mut contested = Relation::new(rid("r2"), RelationKind::Dependency, sid("b"), sid("a"));
    contested.confidence = Some(Confidence::Contested);
    for r in [
        Relation::new(rid("r1"), RelationKind::Dependency, sid("a"), sid("b")),
        contested,
        Relation::new(rid("r3"), RelationKind::Dependency, sid("c"), sid("d")),
        Relation::new(rid("r4"), RelationKind::Dependency, sid("d"), sid("c")),
    ] {
        m.add_relation(r).unwrap();
    }
    let a = analyze(&m);
    let mutual: Vec<&Finding> = a
        .findings
        .iter()
        .filter(|f| f.rule == Rule::InterdependentWithoutCollaboration)
        .collect();
    assert_eq!(mutual.len(), 2);
    assert!(
        a.is_contested(mutual[0]),
        "a and b rest on the contested r2"
    );
    assert!(!a.is_contested(mutual[1]), "c and d agree");
    assert_eq!(a.contested.len(), 1);
}
