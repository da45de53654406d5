//! The map as an SVG document, laid out for print: names at least 9 pt whatever the map's size
//! (the drawing's spacing shrinks, not the text), title, date and a legend of what appears.
//!
//! [`page`] measures the page, chooses the scale and places the map (a page crowded with cards:
//! [`crowd`]); [`furniture`] is what sits around the map (the title block, the legend, the
//! numbered notes); [`writer`] writes the elements, the SVG back end of the one drawing path.

// Layout code reads best with short geometric names (s, k, a, b, r).
#![allow(clippy::many_single_char_names)]

mod crowd;
mod furniture;
mod page;
mod writer;

use emath::Rect;

use super::{ExportError, ExportOptions, MAX_SIDE};
use crate::analysis::{self, BetweennessPolicy};
use crate::model::Map;
use crate::scene::Scene;
use crate::scene::draw::Ink;
use crate::scene::legibility::{self, Legibility};
use furniture::Furniture;
use page::{Page, Placement};
pub use writer::Element;

/// The font family of the embedded font (`style::FONT`, which covers Dutch diacritics).
pub const FONT_FAMILY: &str = crate::style::FONT_FAMILY;

/// An SVG ready to save or rasterise, with where each card ended up (for tests).
pub struct Rendered {
    /// The opening `<svg>` tag of the drawing sized in pixels, for the rasteriser.
    pub head_px: String,
    /// The drawing's elements (without the page background), with the rows each may paint:
    /// the rasteriser gives each strip of the page only what reaches it.
    pub elements: Vec<Element>,
    /// Sized in millimetres: the SVG file users get.
    pub svg: String,
    pub width: u32,
    pub height: u32,
    /// Stakeholder id and its card in pixels.
    pub cards: Vec<(crate::model::StakeholderId, Rect)>,
    /// How legible the result is at this width.
    pub crowding: Crowding,
    /// The scene drawn (map units), and the title block and legend (and notes) in map units,
    /// for [`Rendered::legibility`].
    pub scene: Scene,
    pub reserved: [Rect; 2],
}

impl Rendered {
    /// What the legibility checker counts on the scene drawn, with the title block and the
    /// legend as reserved boxes. (On demand: on a pile of thousands of cards it takes a while.)
    pub fn legibility(&self) -> Legibility {
        legibility::check(&self.scene, &self.reserved)
    }
}

/// Cards that overlap because the map has more columns than the page has room for at a
/// legible text size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Crowding {
    /// Pairs of cards that overlapped at this width where the map has them (at most 100,000
    /// are counted).
    pub overlapping_pairs: usize,
    /// They were moved apart (else there were too many for the page: they overlap).
    pub moved_apart: bool,
    /// A width at which the cards would keep their map spacing (only when some overlap).
    pub suggested_width_mm: Option<f64>,
}

pub fn render_svg(map: &Map, opts: &ExportOptions) -> Result<Rendered, ExportError> {
    render_svg_with(map, opts, true)
}

/// [`render_svg`]; without `route`, relations are drawn as placed (enough to learn how crowded
/// the cards are at this width, for the width search, at a fraction of the cost).
pub(super) fn render_svg_with(
    map: &Map,
    opts: &ExportOptions,
    route: bool,
) -> Result<Rendered, ExportError> {
    // A comparison's ghosts are drawn, not analysed or counted: the highlights and the counts
    // are the scenario's own.
    let real = (!opts.marks.is_empty()).then(|| crowd::without_ghosts(map, &opts.marks));
    let counted = real.as_ref().unwrap_or(map);
    let analysis = analysis::analyze_with(counted, BetweennessPolicy::Skip);
    let page = Page::new(opts);
    let fitted = page.fit(map, &analysis, opts, route);
    let placement = Placement::new(&page, opts, &fitted);
    let around = Furniture::lay_out(map, &fitted.scene, opts, &page, placement.bottom());
    let height = around.bottom + page.margin;
    if height > MAX_SIDE as f32 {
        return Err(ExportError::TooLarge {
            width: page.width as u64,
            height: height.ceil() as u64,
        });
    }
    let height_px = height.ceil() as u32;
    let width_px = page.width as u32;

    // The title and counts first.
    let mut out = writer::Out::new((0.0, page.header_h + page.small_px));
    furniture::title_block(&mut out, map, counted, opts, &page);
    let ink = Ink {
        // Stroke scale: map units at this size, but never thinner than print can show.
        scale: fitted.s.max(0.45 * page.pt),
        screen: false,
        dark: false,
        high_contrast: false,
        findings: opts.findings,
        plain: false,
    };
    let cards = placement.draw(&mut out, &fitted.scene, &ink, page.name_px, opts.lang);
    around.draw(&mut out, &page, opts.lang);

    let (head_px, svg) = page::document(opts, width_px, height_px, &out.body());
    let crowding = fitted.crowding;
    Ok(Rendered {
        head_px,
        elements: out.elements,
        svg,
        width: width_px,
        height: height_px,
        crowding: Crowding {
            overlapping_pairs: crowding.0,
            moved_apart: crowding.2,
            suggested_width_mm: (crowding.0 > 0).then(|| {
                ((opts.width_mm * f64::from(crowding.1) / 10.0).ceil() * 10.0)
                    .max(opts.width_mm + 10.0)
            }),
        },
        cards,
        reserved: around.reserved(&page, &placement, height),
        scene: fitted.scene,
    })
}
