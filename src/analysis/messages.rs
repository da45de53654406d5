//! Plain-language sentences for findings, in Dutch and English.

use super::{Finding, Rule};
use crate::lang::Lang;
use crate::model::Map;

/// `A`, `A en B`, `A, B en C` (or `and`).
pub fn join_names(names: &[&str], lang: Lang) -> String {
    let and = lang.pick("en", "and");
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

pub(super) fn sentence(f: &Finding, map: &Map, lang: Lang) -> String {
    let name = |id: &str| map.name_of(id).to_owned();
    let domain = |id: &str| {
        map.stakeholder(id)
            .map_or_else(String::new, |s| s.domain.clone())
    };
    let a = f.stakeholders.first().map(|s| name(s)).unwrap_or_default();
    let b = f.stakeholders.get(1).map(|s| name(s)).unwrap_or_default();
    match (f.rule, lang) {
        (Rule::SchotBlocksDependency, Lang::Nl) => format!(
            "Er staat een schot tussen {a} en {b}, terwijl de een afhankelijk is van de ander."
        ),
        (Rule::SchotBlocksDependency, Lang::En) => {
            format!("A schot stands between {a} and {b}, while one depends on the other.")
        }
        (Rule::InterdependentWithoutCollaboration, Lang::Nl) => {
            format!("{a} en {b} zijn van elkaar afhankelijk, maar werken niet samen.")
        }
        (Rule::InterdependentWithoutCollaboration, Lang::En) => {
            format!("{a} and {b} depend on each other, but do not work together.")
        }
        (Rule::SharedInterestWithoutCollaboration, _) => {
            let via: Vec<String> = f.via.iter().map(|c| name(c)).collect();
            let via: Vec<&str> = via.iter().map(String::as_str).collect();
            let via = join_names(&via, lang);
            match lang {
                Lang::Nl => {
                    format!("{a} en {b} hebben allebei belang bij {via}, maar werken niet samen.")
                }
                Lang::En => {
                    format!("{a} and {b} both have an interest in {via}, but do not work together.")
                }
            }
        }
        (Rule::CrossDomainDependencyWithoutCollaboration, _) => {
            let da = f
                .stakeholders
                .first()
                .map(|s| domain(s))
                .unwrap_or_default();
            let db = f.stakeholders.get(1).map(|s| domain(s)).unwrap_or_default();
            match lang {
                Lang::Nl => format!(
                    "{a} ({da}) en {b} ({db}) zijn afhankelijk over een domeingrens heen, maar werken niet samen."
                ),
                Lang::En => format!(
                    "{a} ({da}) and {b} ({db}) depend across a domain boundary, but do not work together."
                ),
            }
        }
        (Rule::Isolated, Lang::Nl) => format!("{a} heeft nog geen relaties in deze kaart."),
        (Rule::Isolated, Lang::En) => format!("{a} has no relations in this map yet."),
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
