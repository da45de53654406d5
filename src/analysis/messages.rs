//! Plain-language sentences for findings, in Dutch and English.

use super::{Finding, Rule};
use crate::i18n::{fill, texts};
use crate::lang::Lang;
use crate::model::{Map, StakeholderId};

/// `A`, `A en B`, `A, B en C` (or `and`).
pub fn join_names(names: &[&str], lang: Lang) -> String {
    let and = texts(lang).and_word;
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

pub(super) fn sentence(f: &Finding, map: &Map, lang: Lang) -> String {
    let name = |id: &StakeholderId| map.name_of(id).to_owned();
    let domain = |id: &StakeholderId| {
        map.stakeholder(id)
            .map_or_else(String::new, |s| s.domain.clone())
    };
    let a = f.stakeholders.first().map(name).unwrap_or_default();
    let b = f.stakeholders.get(1).map(name).unwrap_or_default();
    let t = texts(lang);
    match f.rule {
        Rule::SchotBlocksDependency => fill(t.finding_schot_blocks, &[("a", &a), ("b", &b)]),
        Rule::InterdependentWithoutCollaboration => {
            fill(t.finding_interdependent, &[("a", &a), ("b", &b)])
        }
        Rule::SharedInterestWithoutCollaboration => {
            let via: Vec<String> = f.via.iter().map(name).collect();
            let via: Vec<&str> = via.iter().map(String::as_str).collect();
            let via = join_names(&via, lang);
            fill(
                t.finding_shared_interest,
                &[("a", &a), ("b", &b), ("via", &via)],
            )
        }
        Rule::CrossDomainDependencyWithoutCollaboration => {
            let da = f.stakeholders.first().map(domain).unwrap_or_default();
            let db = f.stakeholders.get(1).map(domain).unwrap_or_default();
            fill(
                t.finding_cross_domain,
                &[("a", &a), ("da", &da), ("b", &b), ("db", &db)],
            )
        }
        Rule::Isolated => fill(t.finding_isolated, &[("a", &a)]),
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
