//! The ids of a map's parts, as types: a stakeholder's id cannot be passed where a relation's is
//! meant. Each holds an `Arc<str>`, so the undo history and the scene clone them for the price
//! of a counter. They are made where text becomes an id: the file's fields (`io`), a phone's
//! request (`live`) and the map's fresh-id functions; everything else passes them on.
//!
//! In files and JSON an id is a plain string, so the file format is what it was.

use std::borrow::Borrow;
use std::fmt;
use std::sync::Arc;

use super::map::is_blank;

/// Something that finds an `Id` in a map: the id itself, or text that may be one (an action's
/// owner or a relation's source is free text or a stakeholder's id; a command line names a
/// scenario). Another kind of id does not: a relation's id finds no stakeholder.
pub trait Key<Id: ?Sized> {
    fn key(&self) -> &str;
}

impl<Id: AsRef<str>> Key<Id> for str {
    fn key(&self) -> &str {
        self
    }
}

impl<Id: AsRef<str>> Key<Id> for String {
    fn key(&self) -> &str {
        self
    }
}

impl<Id, T: Key<Id> + ?Sized> Key<Id> for &T {
    fn key(&self) -> &str {
        (**self).key()
    }
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $what:literal) => {
        $(#[$doc])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(Arc<str>);

        impl $name {
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Key<$name> for $name {
            fn key(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&*self.0, f)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                &*self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                &*self.0 == *other
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                $name::parse(&text).ok_or_else(|| {
                    serde::de::Error::custom(concat!("an empty ", $what, " id"))
                })
            }
        }
    };
}

id_type!(
    /// A stakeholder's id: unique in a map (across its scenarios), never empty, never shown as
    /// its name.
    StakeholderId,
    "stakeholder"
);
id_type!(
    /// A relation's id: unique in its scenario, never empty. A scenario copied from another
    /// keeps its relations' ids, which is how a comparison matches them.
    RelationId,
    "relation"
);
id_type!(
    /// An action's id (`a1`, `a2`, …): unique in a map, never empty.
    ActionId,
    "action"
);
id_type!(
    /// A scenario, by its name ("Nu", "Straks"): a name is what identifies a scenario, in files
    /// and on the command line, so the id is the name (unique in a map, never blank). Renaming a
    /// scenario gives it another id.
    ScenarioId,
    "scenario"
);

impl StakeholderId {
    /// A new id made by the map (never empty).
    pub(super) fn fresh(text: String) -> StakeholderId {
        StakeholderId(text.into())
    }

    /// The id in a file or a request; `None` for an empty one.
    pub fn parse(text: &str) -> Option<StakeholderId> {
        (!text.is_empty()).then(|| StakeholderId(text.into()))
    }
}

impl RelationId {
    /// A new id made by the map (never empty).
    pub(super) fn fresh(text: String) -> RelationId {
        RelationId(text.into())
    }

    /// The id in a file or a request; `None` for an empty one.
    pub fn parse(text: &str) -> Option<RelationId> {
        (!text.is_empty()).then(|| RelationId(text.into()))
    }
}

impl RelationId {
    /// The id under which a comparison draws the ghost of this relation, removed in scenario
    /// `from`, where the other scenario uses this id for another relation: `r3~Nu`.
    #[must_use]
    pub fn ghost_of(&self, from: &str) -> RelationId {
        RelationId(format!("{}~{from}", self.0).into())
    }
}

impl ActionId {
    /// A new id made by the map (never empty).
    pub(super) fn fresh(text: String) -> ActionId {
        ActionId(text.into())
    }

    /// The id in a file or a request; `None` for an empty one.
    pub fn parse(text: &str) -> Option<ActionId> {
        (!text.is_empty()).then(|| ActionId(text.into()))
    }
}

impl ScenarioId {
    /// A name the map gives (never blank).
    pub(super) fn fresh(text: &str) -> ScenarioId {
        ScenarioId(text.into())
    }

    /// A scenario's name as written (in a file, or typed by the user naming one); `None` for a
    /// blank one (nothing but spaces and invisible characters).
    pub fn parse(text: &str) -> Option<ScenarioId> {
        (!is_blank(text)).then(|| ScenarioId(text.into()))
    }
}

/// Ids from literals, for tests.
#[cfg(test)]
pub(crate) mod test_ids {
    use super::{ActionId, RelationId, ScenarioId, StakeholderId};

    pub(crate) fn sid(id: &str) -> StakeholderId {
        StakeholderId::parse(id).expect("a test's stakeholder id")
    }

    pub(crate) fn rid(id: &str) -> RelationId {
        RelationId::parse(id).expect("a test's relation id")
    }

    pub(crate) fn aid(id: &str) -> ActionId {
        ActionId::parse(id).expect("a test's action id")
    }

    pub(crate) fn scn(name: &str) -> ScenarioId {
        ScenarioId::parse(name).expect("a test's scenario name")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn an_id_is_found_by_its_text_and_written_as_a_string() {
        let id = StakeholderId::parse("gemeente").unwrap();
        let mut m: HashMap<StakeholderId, u32> = HashMap::new();
        m.insert(id.clone(), 1);
        assert_eq!(m.get("gemeente"), Some(&1));
        assert_eq!(id.to_string(), "gemeente");
        assert_eq!(format!("{id:?}"), "\"gemeente\"");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"gemeente\"");
        let back: StakeholderId = serde_json::from_str("\"gemeente\"").unwrap();
        assert_eq!(back, id);
        assert!(serde_json::from_str::<RelationId>("\"\"").is_err());
    }

    #[test]
    fn ids_sort_as_their_text() {
        let mut v: Vec<RelationId> = ["r2", "r10", "r1"]
            .iter()
            .filter_map(|s| RelationId::parse(s))
            .collect();
        v.sort();
        assert_eq!(v, ["r1", "r10", "r2"]);
    }

    #[test]
    fn empty_and_blank_ids_are_refused() {
        assert!(StakeholderId::parse("").is_none());
        assert!(ActionId::parse("").is_none());
        assert!(ScenarioId::parse(" \u{200b}").is_none());
        assert_eq!(ScenarioId::parse("Straks").unwrap(), "Straks");
    }
}
