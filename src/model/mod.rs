//! The map: stakeholders, relations and their kinds, held as a petgraph graph.
//! Knows nothing of the screen or of files.

mod generate;
mod kinds;
mod map;

pub use generate::{generated_map, hand_placed};
pub use kinds::{RelationKind, StakeholderKind, kind_list};
pub use map::{MAX_COORDINATE, Map, ModelError, Relation, Stakeholder, is_blank, shown, shown_max};
