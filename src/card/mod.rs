//! A stakeholder's card: how big it is for its name at some [`Typography`] (the name broken
//! and measured by [`crate::text`]), and moving cards apart until none overlap ([`overlap`]).
//!
//! Below both the layouts (which space cards by their size) and the scene (which draws them at
//! that size and keeps a fitted screen's cards apart): both use this, neither uses the other.

mod overlap;

use emath::{Rect, Vec2, vec2};

use crate::style;
use crate::text::{self, drawable};

pub use overlap::{
    remove_overlaps_each, remove_overlaps_shortest, remove_overlaps_sized, remove_overlaps_within,
};

/// Text sizes and the smallest card, in map units, for one way of looking at the map: the
/// canvas at some zoom, or the export at its print scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Typography {
    /// Font size of names.
    pub name_size: f32,
    /// Font size of relation labels.
    pub label_size: f32,
    /// The smallest card; a long name makes its card taller (or, for an unbreakable piece,
    /// wider).
    pub card: Vec2,
    /// Room between a card's edge and its name.
    pub pad: f32,
    /// Bend relations around cards that are not their ends.
    pub route: bool,
    /// Move cards that overlap at this size apart (drawn apart, never saved): on a fitted
    /// screen, cards at their smallest legible size can be wider than the room between them.
    pub separate: bool,
    /// With `separate`: the room to keep between any two cards (map units), so that a
    /// relation between them shows at least this much line (in front of the room: 0 else).
    pub stretch: f32,
    /// With `separate`: each pair of cards the shorter way apart (for wide cards mostly up or
    /// down: a laptop's landscape canvas keeps the map in it), instead of by the cards' shape
    /// (big cards in front of the room, which keeps groups together).
    pub shortest: bool,
    /// Where relations and labels must stay.
    pub frame: Frame,
}

/// Where relations (bent around cards) and labels must stay.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Frame {
    /// Anywhere.
    Free,
    /// Within twice [`FRAME_MARGIN`] card heights of the cards on every side (the canvas: a
    /// fitted view shows everything without big loops around the map).
    AroundCards,
    /// A page: this width (map units) centred on the cards, and within [`FRAME_MARGIN`] card
    /// heights above and below them.
    Page(f32),
}

/// How far beyond the cards a framed scene may reach, in card heights.
pub const FRAME_MARGIN: f32 = 1.5;

impl Default for Typography {
    /// The map at zoom 1.
    fn default() -> Self {
        Typography {
            name_size: style::NAME_SIZE,
            label_size: style::LABEL_SIZE,
            card: vec2(style::CARD_WIDTH, style::CARD_HEIGHT),
            pad: 8.0,
            route: true,
            separate: false,
            stretch: 0.0,
            shortest: false,
            frame: Frame::AroundCards,
        }
    }
}

impl Typography {
    /// The canvas at `zoom`, with names never smaller than `min_text` points on screen and
    /// cards never smaller than `min_card` points.
    pub fn screen(zoom: f32, min_text: f32, min_card: Vec2) -> Typography {
        let zoom = zoom.max(1e-3);
        let base = Typography::default();
        Typography {
            name_size: base.name_size.max(min_text / zoom),
            label_size: base.label_size.max(0.85 * min_text / zoom),
            card: base.card.max(min_card / zoom),
            pad: base.pad.max(3.0 / zoom),
            route: true,
            separate: true,
            stretch: 0.0,
            shortest: false,
            frame: Frame::AroundCards,
        }
    }

    /// How far strokes, arrowheads and halos reach beside a relation's centre line.
    pub fn reach(&self) -> f32 {
        0.25 * self.card.y
    }

    /// The widest a name line may be on the smallest card.
    fn name_width(&self) -> f32 {
        self.card.x - 2.0 * self.pad
    }
}

/// The card of a stakeholder named `name` at `(x, y)`, fitted to its name: the card, and the
/// name broken into the lines it is drawn in.
pub fn fit(name: &str, x: f64, y: f64, t: &Typography) -> (Rect, Vec<text::Line>) {
    let lines = text::wrap(&drawable(name), t.name_width(), t.name_size, true);
    let w = t.card.x.max(text::widest(&lines) + 2.0 * t.pad);
    // Room at the top for the kind's badge, at the bottom for the padding.
    let top = t.pad.max(BADGE_STRIP * t.name_size);
    let h = t
        .card
        .y
        .max(lines.len() as f32 * text::LINE_HEIGHT * t.name_size + top + t.pad);
    let c = emath::pos2(x as f32, y as f32);
    (Rect::from_center_size(c, vec2(w, h)), lines)
}

/// The strip at the top of a card that holds the kind's badge, in name sizes; the name is
/// centred below it.
pub const BADGE_STRIP: f32 = 0.85;
