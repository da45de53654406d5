//! Stakeholder kinds and relation kinds, with their file names and display names.

use crate::lang::Lang;

/// What sort of party a stakeholder is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StakeholderKind {
    CareProvider,
    Municipality,
    Financier,
    Education,
    Welfare,
    Housing,
    Citizen,
    InformalCarer,
    Professional,
    Regulator,
    Supplier,
    Facilitator,
    Other,
}

impl StakeholderKind {
    /// Every kind, in the order menus and legends show them.
    pub const ALL: [StakeholderKind; 13] = [
        StakeholderKind::CareProvider,
        StakeholderKind::Municipality,
        StakeholderKind::Financier,
        StakeholderKind::Education,
        StakeholderKind::Welfare,
        StakeholderKind::Housing,
        StakeholderKind::Citizen,
        StakeholderKind::InformalCarer,
        StakeholderKind::Professional,
        StakeholderKind::Regulator,
        StakeholderKind::Supplier,
        StakeholderKind::Facilitator,
        StakeholderKind::Other,
    ];

    /// The name in map files.
    pub fn id(self) -> &'static str {
        match self {
            StakeholderKind::CareProvider => "care_provider",
            StakeholderKind::Municipality => "municipality",
            StakeholderKind::Financier => "financier",
            StakeholderKind::Education => "education",
            StakeholderKind::Welfare => "welfare",
            StakeholderKind::Housing => "housing",
            StakeholderKind::Citizen => "citizen",
            StakeholderKind::InformalCarer => "informal_carer",
            StakeholderKind::Professional => "professional",
            StakeholderKind::Regulator => "regulator",
            StakeholderKind::Supplier => "supplier",
            StakeholderKind::Facilitator => "facilitator",
            StakeholderKind::Other => "other",
        }
    }

    /// The kind with this file name, if any.
    pub fn from_id(id: &str) -> Option<StakeholderKind> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }

    /// Two letters on the card and in the legend: a second cue beside the colour, which a
    /// projector or a colour-blind eye can lose.
    pub fn code(self, lang: Lang) -> &'static str {
        match self {
            StakeholderKind::CareProvider => crate::tr!(lang, "kind-code-care-provider"),
            StakeholderKind::Municipality => crate::tr!(lang, "kind-code-municipality"),
            StakeholderKind::Financier => crate::tr!(lang, "kind-code-financier"),
            StakeholderKind::Education => crate::tr!(lang, "kind-code-education"),
            StakeholderKind::Welfare => crate::tr!(lang, "kind-code-welfare"),
            StakeholderKind::Housing => crate::tr!(lang, "kind-code-housing"),
            StakeholderKind::Citizen => crate::tr!(lang, "kind-code-citizen"),
            StakeholderKind::InformalCarer => crate::tr!(lang, "kind-code-informal-carer"),
            StakeholderKind::Professional => crate::tr!(lang, "kind-code-professional"),
            StakeholderKind::Regulator => crate::tr!(lang, "kind-code-regulator"),
            StakeholderKind::Supplier => crate::tr!(lang, "kind-code-supplier"),
            StakeholderKind::Facilitator => crate::tr!(lang, "kind-code-facilitator"),
            StakeholderKind::Other => crate::tr!(lang, "kind-code-other"),
        }
    }

    /// The display name in a language.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            StakeholderKind::CareProvider => crate::tr!(lang, "kind-care-provider"),
            StakeholderKind::Municipality => crate::tr!(lang, "kind-municipality"),
            StakeholderKind::Financier => crate::tr!(lang, "kind-financier"),
            StakeholderKind::Education => crate::tr!(lang, "kind-education"),
            StakeholderKind::Welfare => crate::tr!(lang, "kind-welfare"),
            StakeholderKind::Housing => crate::tr!(lang, "kind-housing"),
            StakeholderKind::Citizen => crate::tr!(lang, "kind-citizen"),
            StakeholderKind::InformalCarer => crate::tr!(lang, "kind-informal-carer"),
            StakeholderKind::Professional => crate::tr!(lang, "kind-professional"),
            StakeholderKind::Regulator => crate::tr!(lang, "kind-regulator"),
            StakeholderKind::Supplier => crate::tr!(lang, "kind-supplier"),
            StakeholderKind::Facilitator => crate::tr!(lang, "kind-facilitator"),
            StakeholderKind::Other => crate::tr!(lang, "kind-other"),
        }
    }
}

/// The four kinds of relation.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
)]
#[serde(rename_all = "lowercase")] // As in map files (`RelationKind::id`).
pub enum RelationKind {
    /// *from* depends on *to*. Directed. The toolbar's first kind, and the default.
    #[default]
    Dependency,
    /// *from* has an interest in *to*. Directed.
    Interest,
    /// A wall between domains, budgets or laws. Undirected.
    Schot,
    /// Integration exists: they already work together. Undirected.
    Collaboration,
}

impl RelationKind {
    /// Every kind, in toolbar order (keys 1–4).
    pub const ALL: [RelationKind; 4] = [
        RelationKind::Dependency,
        RelationKind::Interest,
        RelationKind::Schot,
        RelationKind::Collaboration,
    ];

    /// The name in map files.
    pub fn id(self) -> &'static str {
        match self {
            RelationKind::Dependency => "dependency",
            RelationKind::Interest => "interest",
            RelationKind::Schot => "schot",
            RelationKind::Collaboration => "collaboration",
        }
    }

    /// The kind with this file name, if any.
    pub fn from_id(id: &str) -> Option<RelationKind> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }

    /// Whether the relation has a direction (from → to).
    pub fn is_directed(self) -> bool {
        matches!(self, RelationKind::Dependency | RelationKind::Interest)
    }

    /// The display name in a language.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            RelationKind::Dependency => crate::tr!(lang, "relation-kind-dependency"),
            RelationKind::Interest => crate::tr!(lang, "relation-kind-interest"),
            RelationKind::Schot => crate::tr!(lang, "relation-kind-schot"),
            RelationKind::Collaboration => crate::tr!(lang, "relation-kind-collaboration"),
        }
    }
}

/// Kind names for error messages: `a, b, c`.
pub fn kind_list<T: Copy>(all: &[T], id: impl Fn(T) -> &'static str) -> String {
    all.iter().map(|k| id(*k)).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod code_tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_code_in_each_language() {
        for lang in [Lang::Nl, Lang::En] {
            let mut codes: Vec<&str> = StakeholderKind::ALL.iter().map(|k| k.code(lang)).collect();
            codes.sort_unstable();
            codes.dedup();
            assert_eq!(codes.len(), StakeholderKind::ALL.len(), "{lang:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for k in StakeholderKind::ALL {
            assert_eq!(StakeholderKind::from_id(k.id()), Some(k));
            assert!(!k.name(Lang::Nl).is_empty() && !k.name(Lang::En).is_empty());
        }
        for k in RelationKind::ALL {
            assert_eq!(RelationKind::from_id(k.id()), Some(k));
        }
        assert_eq!(StakeholderKind::from_id("Municipality"), None);
        assert!(RelationKind::Dependency.is_directed());
        assert!(!RelationKind::Schot.is_directed());
    }
}
