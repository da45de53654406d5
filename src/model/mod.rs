//! The map: stakeholders, relations and their kinds, held as a petgraph graph.
//! Knows nothing of the screen or of files.

pub mod entry;
mod generate;
mod id;
mod kinds;
mod map;
mod rule;
mod scenario;

pub use generate::{generated_map, hand_placed};
#[cfg(test)]
pub(crate) use id::test_ids;
pub use id::{ActionId, Key, RelationId, ScenarioId, StakeholderId};
pub use kinds::{RelationKind, StakeholderKind, kind_list};
pub use map::{
    MAX_COORDINATE, Map, ModelError, Relation, Stakeholder, cleaned, foreign_char, is_blank,
    is_date, look_alikes, name_key, reorders, shown, shown_max, steers_direction,
};
pub use rule::Rule;
pub use scenario::{ActionItem, ActionStatus, Confidence, DEFAULT_SCENARIO, Scenario};
