//! Colours, line widths, dash patterns and text sizes: one source for the canvas and the export,
//! so a report looks like the screen. Plain RGB values, no egui types.

use crate::model::{RelationKind, StakeholderKind};

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rrggbb`, for SVG.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// Card fill per stakeholder kind. Light tints of Paul Tol's colour-blind-safe "light" and
/// "muted" schemes, so dark text stays readable on every card; neighbours in the list differ
/// in lightness as well as hue.
pub fn kind_fill(kind: StakeholderKind) -> Rgb {
    match kind {
        StakeholderKind::CareProvider => Rgb(0x77, 0xAA, 0xDD), // light blue
        StakeholderKind::Municipality => Rgb(0xEE, 0x88, 0x66), // orange
        StakeholderKind::Financier => Rgb(0xEE, 0xDD, 0x88),    // light yellow
        StakeholderKind::Education => Rgb(0xFF, 0xAA, 0xBB),    // pink
        StakeholderKind::Welfare => Rgb(0x44, 0xBB, 0x99),      // mint
        StakeholderKind::Housing => Rgb(0xBB, 0xCC, 0x33),      // pear
        StakeholderKind::Citizen => Rgb(0x99, 0xDD, 0xFF),      // light cyan
        StakeholderKind::InformalCarer => Rgb(0xCC, 0xBB, 0x44), // olive-yellow
        StakeholderKind::Professional => Rgb(0xAA, 0xAA, 0x00), // olive
        StakeholderKind::Regulator => Rgb(0xCC, 0x99, 0xCC),    // lilac
        StakeholderKind::Supplier => Rgb(0xDD, 0xDD, 0xDD),     // pale grey
        StakeholderKind::Facilitator => Rgb(0xDD, 0xCC, 0x77),  // sand
        StakeholderKind::Other => Rgb(0xBB, 0xBB, 0xBB),        // grey
    }
}

/// Text on cards.
pub const CARD_TEXT: Rgb = Rgb(0x11, 0x11, 0x11);
/// Card outline.
pub const CARD_STROKE: Rgb = Rgb(0x33, 0x33, 0x33);
/// Selection outline.
pub const SELECTION: Rgb = Rgb(0x00, 0x44, 0x88);
/// Accent for mutual dependencies and loop members.
pub const ACCENT: Rgb = Rgb(0xEE, 0x77, 0x33);
/// Warning colour: a schot that blocks a dependency.
pub const WARNING: Rgb = Rgb(0xCC, 0x33, 0x11);
/// Ghost connector where collaboration is missing.
pub const MISSING: Rgb = Rgb(0xAA, 0x33, 0x77);

/// Card size in map units.
pub const CARD_WIDTH: f32 = 180.0;
pub const CARD_HEIGHT: f32 = 64.0;
pub const CARD_ROUNDING: f32 = 10.0;
/// Name text size in map units (at zoom 1) and its on-screen minimum in points.
pub const NAME_SIZE: f32 = 17.0;
pub const MIN_SCREEN_TEXT: f32 = 14.0;
pub const LABEL_SIZE: f32 = 14.0;

/// How a relation kind is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EdgeStyle {
    pub color: Rgb,
    /// Line width in map units.
    pub width: f32,
    /// Dash and gap lengths in map units; `None` for a solid line.
    pub dash: Option<(f32, f32)>,
    pub arrow: bool,
    /// Two parallel lines (collaboration).
    pub double: bool,
    /// A bar across the middle (schot).
    pub bar: bool,
}

pub fn edge_style(kind: RelationKind) -> EdgeStyle {
    match kind {
        RelationKind::Dependency => EdgeStyle {
            color: Rgb(0x22, 0x22, 0x22),
            width: 2.5,
            dash: None,
            arrow: true,
            double: false,
            bar: false,
        },
        RelationKind::Interest => EdgeStyle {
            color: Rgb(0x33, 0x55, 0xAA),
            width: 2.5,
            dash: Some((2.5, 6.0)),
            arrow: true,
            double: false,
            bar: false,
        },
        RelationKind::Schot => EdgeStyle {
            color: Rgb(0x88, 0x22, 0x55),
            width: 5.0,
            dash: Some((14.0, 8.0)),
            arrow: false,
            double: false,
            bar: true,
        },
        RelationKind::Collaboration => EdgeStyle {
            color: Rgb(0x11, 0x77, 0x33),
            width: 2.0,
            dash: None,
            arrow: false,
            double: true,
            bar: false,
        },
    }
}

/// Arrowhead length and half-width in map units.
pub const ARROW_LENGTH: f32 = 14.0;
pub const ARROW_HALF_WIDTH: f32 = 7.0;
/// Sideways distance between two relations drawn between the same pair.
pub const PARALLEL_SPACING: f32 = 28.0;

/// The bend (sideways offset of the control point, in map units) of relation `i` of `count`
/// relations between the same two stakeholders: 0 for a single one, spread around 0 otherwise.
pub fn bend(i: usize, count: usize) -> f32 {
    (i as f32 - (count.saturating_sub(1)) as f32 / 2.0) * PARALLEL_SPACING * 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_have_distinct_fills() {
        let mut fills: Vec<Rgb> = StakeholderKind::ALL.iter().map(|&k| kind_fill(k)).collect();
        fills.sort_by_key(|c| (c.0, c.1, c.2));
        fills.dedup();
        assert_eq!(fills.len(), StakeholderKind::ALL.len());
        assert_eq!(Rgb(255, 0, 16).hex(), "#ff0010");
    }

    #[test]
    fn bends_spread_symmetrically() {
        assert!(bend(0, 1).abs() < f32::EPSILON);
        assert!((bend(0, 2) + bend(1, 2)).abs() < f32::EPSILON);
        assert!(bend(0, 2) < 0.0);
    }
}
