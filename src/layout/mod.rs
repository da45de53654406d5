//! Layouts for a messy map: a tidy force-directed layout and a concentric "onion" around one
//! stakeholder. Pure functions from a map to new positions: no egui, no undo (the app applies
//! the result as one `Move` command). Pinned stakeholders never move.

mod force;
pub mod free;
mod onion;
mod quadtree;

pub use force::{Screen, tidy, tidy_for, tidy_on};
pub use onion::{Rings, onion, onion_with_rings};

/// New positions: `(id, x, y)` for every stakeholder that moves, sorted by id.
pub type Positions = Vec<(crate::model::StakeholderId, f64, f64)>;

/// The free space kept around a card when cards are pushed apart (map units), so names never
/// touch and relation labels have room between cards.
pub const CARD_GAP: f32 = 60.0;

/// Move cards (centres in `pos`) until no two cards of the smallest size, [`CARD_GAP`] apart,
/// overlap. Returns whether it ended without overlaps.
fn remove_overlaps(pos: &mut [[f32; 2]], pinned: &[bool]) -> bool {
    use crate::style::{CARD_HEIGHT, CARD_WIDTH};
    crate::card::remove_overlaps_sized(
        pos,
        pinned,
        [
            f32::midpoint(CARD_WIDTH, CARD_GAP),
            f32::midpoint(CARD_HEIGHT, CARD_GAP),
        ],
    )
}
