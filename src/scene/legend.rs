//! The legend: which items appear and what they say, for the screen and the export alike, so
//! the two never disagree ("in een afhankelijkheidslus" on both). Each back end draws a
//! swatch with the same style constants it draws the map with.

use std::collections::BTreeSet;

use crate::lang::Lang;
use crate::model::{Map, RelationKind, StakeholderKind};

/// What a legend item shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swatch {
    Relation(RelationKind),
    Kind(StakeholderKind),
    /// A mutual dependency's accent.
    Accent,
    /// A member of a dependency loop.
    Loop,
    /// Collaboration missing (a ghost connector).
    Missing,
    /// A schot that blocks a dependency.
    Blocked,
    /// A contested relation (lighter, with a "?").
    Contested,
    /// In a comparison: added (relations) or came (cards).
    Added,
    /// In a comparison: removed or left, drawn as a ghost.
    Removed,
    /// In a comparison: changed.
    Changed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub swatch: Swatch,
    pub text: String,
}

/// Which relation kinds the legend lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relations {
    /// Only those on the map (a report).
    Present,
    /// All four (the editor, where they are also what you can draw).
    All,
}

/// The legend of `map`: relation kinds, then (with `findings`) the analysis marks, then the
/// stakeholder kinds on the map.
pub fn items(map: &Map, findings: bool, relations: Relations, lang: Lang) -> Vec<Item> {
    let mut items = Vec::new();
    let kinds: BTreeSet<RelationKind> = match relations {
        Relations::Present => map.relations().map(|r| r.kind).collect(),
        Relations::All => RelationKind::ALL.into_iter().collect(),
    };
    for k in kinds {
        items.push(Item {
            swatch: Swatch::Relation(k),
            text: k.name(lang).to_owned(),
        });
    }
    if findings {
        let t = lang;
        for (swatch, text) in [
            (Swatch::Accent, crate::tr!(t, "legend-mutual")),
            (Swatch::Loop, crate::tr!(t, "legend-loop")),
            (Swatch::Missing, crate::tr!(t, "legend-missing")),
            (Swatch::Blocked, crate::tr!(t, "legend-blocked")),
        ] {
            items.push(Item {
                swatch,
                text: text.to_owned(),
            });
        }
    }
    if map.relations().any(crate::model::Relation::is_contested) {
        items.push(Item {
            swatch: Swatch::Contested,
            text: crate::tr!(lang, "legend-contested").to_owned(),
        });
    }
    let kinds: BTreeSet<StakeholderKind> = map.stakeholders().map(|s| s.kind).collect();
    for k in kinds {
        items.push(Item {
            swatch: Swatch::Kind(k),
            text: k.name(lang).to_owned(),
        });
    }
    items
}

/// The legend items of a comparison's marks (those present), to add after [`items`].
pub fn compare_items(marks: &super::Marks, lang: Lang) -> Vec<Item> {
    use super::Change;
    let t = lang;
    [
        (Change::Added, Swatch::Added, crate::tr!(t, "legend-added")),
        (
            Change::Removed,
            Swatch::Removed,
            crate::tr!(t, "legend-removed"),
        ),
        (
            Change::Changed,
            Swatch::Changed,
            crate::tr!(t, "legend-changed"),
        ),
    ]
    .into_iter()
    .filter(|(c, _, _)| marks.has(*c))
    .map(|(_, swatch, text)| Item {
        swatch,
        text: text.to_owned(),
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_ids::{rid, sid};
    use crate::model::{Relation, Stakeholder};

    #[test]
    fn lists_what_appears() {
        let mut m = Map::new("t");
        for id in ["a", "b"] {
            m.add_stakeholder(Stakeholder::new(
                sid(id),
                id,
                StakeholderKind::Housing,
                0.0,
                0.0,
            ))
            .unwrap();
        }
        m.add_relation(Relation::new(
            rid("r"),
            RelationKind::Schot,
            sid("a"),
            sid("b"),
        ))
        .unwrap();
        let report = items(&m, false, Relations::Present, Lang::Nl);
        assert_eq!(
            report.iter().map(|i| i.swatch).collect::<Vec<_>>(),
            [
                Swatch::Relation(RelationKind::Schot),
                Swatch::Kind(StakeholderKind::Housing)
            ]
        );
        let screen = items(&m, true, Relations::All, Lang::Nl);
        assert_eq!(screen.len(), 4 + 4 + 1);
        assert!(
            screen
                .iter()
                .any(|i| i.text == "in een afhankelijkheidslus")
        );
    }
}
