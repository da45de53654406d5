//! The map as an SVG document, laid out for print: names at least 9 pt whatever the map's size
//! (the drawing's spacing shrinks, not the text), title, date and a legend of what appears.

// Layout code reads best with short geometric names (s, k, a, b, r).
#![allow(clippy::many_single_char_names)]

use std::fmt::Write as _;

use emath::{Pos2, Rect, pos2, vec2};

use super::{ExportError, ExportOptions, MAX_SIDE};
use crate::analysis::{self, BetweennessPolicy};
use crate::geometry::{Grid, Path};
use crate::lang::Lang;
use crate::model::Map;
use crate::scene::draw::{self, Ink, LabelColours, Paint, Pen, Place, State};
use crate::scene::legend::{self, Swatch};
use crate::scene::legibility::{self, Legibility};
use crate::scene::{EdgeLook, Scene, Typography, text};
use crate::style::{self, Rgb};

/// The font family of the embedded font (egui's Ubuntu Light, which covers Dutch diacritics).
pub const FONT_FAMILY: &str = "Ubuntu";

/// Text sizes in points.
const NAME_PT: f32 = 9.0;
const LABEL_PT: f32 = 7.0;
const TITLE_PT: f32 = 16.0;
const SMALL_PT: f32 = 8.0;

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

/// The elements of the drawing, each with the rows (pixels) it may paint, so the rasteriser
/// can give each strip of the page only what reaches it.
struct Out {
    elements: Vec<Element>,
    /// The rows the next elements paint; everything until told otherwise.
    span: (f32, f32),
}

/// One SVG element and the rows it may paint.
#[derive(Debug, Clone)]
pub struct Element {
    pub top: f32,
    pub bottom: f32,
    pub svg: String,
}

impl Out {
    fn push(&mut self, s: &str) {
        self.elements.push(Element {
            top: self.span.0,
            bottom: self.span.1,
            svg: s.to_owned(),
        });
    }

    fn body(&self) -> String {
        let mut body = String::with_capacity(self.elements.iter().map(|e| e.svg.len() + 1).sum());
        for e in &self.elements {
            body.push_str(&e.svg);
            body.push('\n');
        }
        body
    }
}

/// The SVG back end of the one drawing path: each element is written with the rows it paints.
impl Pen for Out {
    fn path(&mut self, path: &Path, width: f32, paint: Paint, dash: Option<(f32, f32)>) {
        self.reach(path.bounds(), width);
        self.push(&curve_path(path, paint, width, dash));
    }

    fn line(&mut self, pts: &[Pos2], width: f32, paint: Paint) {
        if pts.len() < 2 {
            return;
        }
        self.reach(Rect::from_points(pts), width);
        self.push(&polyline(pts, paint.rgb, width, None, paint.alpha));
    }

    fn polygon(&mut self, pts: &[Pos2], paint: Paint) {
        self.reach(Rect::from_points(pts), 1.0);
        let mut p = String::new();
        for (i, q) in pts.iter().enumerate() {
            let _ = write!(p, "{}{:.2},{:.2}", if i == 0 { "" } else { " " }, q.x, q.y);
        }
        self.push(&format!(
            r#"<polygon points="{p}" fill="{}"{}/>"#,
            paint.rgb.hex(),
            opacity("fill", paint)
        ));
    }

    fn rect(&mut self, r: Rect, rounding: f32, fill: Option<Paint>, stroke: Option<(f32, Paint)>) {
        // The outline lies inside the rectangle, as on screen.
        let inset = stroke.map_or(0.0, |(w, _)| w / 2.0);
        let q = r.shrink(inset);
        self.reach(r, 1.0);
        self.push(&format!(
            r#"<rect x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" rx="{:.2}"{}{}/>"#,
            q.min.x,
            q.min.y,
            q.width(),
            q.height(),
            (rounding - inset).max(0.0),
            fill_attrs(fill),
            stroke_attrs(stroke)
        ));
    }

    fn circle(
        &mut self,
        centre: Pos2,
        radius: f32,
        fill: Option<Paint>,
        stroke: Option<(f32, Paint)>,
    ) {
        self.reach(
            Rect::from_center_size(centre, vec2(2.0 * radius, 2.0 * radius)),
            2.0,
        );
        self.push(&format!(
            r#"<circle cx="{:.2}" cy="{:.2}" r="{:.2}"{}{}/>"#,
            centre.x,
            centre.y,
            radius,
            fill_attrs(fill),
            stroke_attrs(stroke)
        ));
    }

    fn text(&mut self, r: Rect, lines: &[&str], size: f32, paint: Paint) {
        let lh = text::LINE_HEIGHT * size;
        let block = lines.len() as f32 * lh;
        self.span = (
            r.center().y - block / 2.0 - size,
            r.center().y + block / 2.0 + size,
        );
        self.push(&centred_lines(r, lines, size, paint));
    }
}

impl Out {
    /// The next element paints `b`, `width` beyond it on every side.
    fn reach(&mut self, b: Rect, width: f32) {
        self.span = (b.min.y - width - 1.0, b.max.y + width + 1.0);
    }
}

fn opacity(what: &str, paint: Paint) -> String {
    if paint.alpha < 1.0 {
        format!(r#" {what}-opacity="{:.2}""#, paint.alpha)
    } else {
        String::new()
    }
}

fn fill_attrs(fill: Option<Paint>) -> String {
    fill.map_or_else(
        || r#" fill="none""#.to_owned(),
        |f| format!(r#" fill="{}"{}"#, f.rgb.hex(), opacity("fill", f)),
    )
}

fn stroke_attrs(stroke: Option<(f32, Paint)>) -> String {
    stroke.map_or_else(String::new, |(w, p)| {
        format!(
            r#" stroke="{}" stroke-width="{w:.2}"{}"#,
            p.rgb.hex(),
            opacity("stroke", p)
        )
    })
}

/// Which points lie well under some card: a coarse bitmap over the cards whose cells lie wholly
/// inside a card shrunk by `margin`. Conservative (a point near a card's edge counts as shown),
/// and constant time per point however many cards pile up (a grid of cards made a pile of
/// 50,000 quadratic).
struct Cover {
    origin: Pos2,
    cell: f32,
    cols: usize,
    rows: usize,
    covered: Vec<bool>,
}

impl Cover {
    /// The most cells in the bitmap (a few megabytes).
    const MAX_CELLS: f32 = 4_000_000.0;

    fn new(cards: &[Rect], margin: f32) -> Cover {
        let bounds = cards
            .iter()
            .copied()
            .reduce(Rect::union)
            .unwrap_or(Rect::from_min_max(Pos2::ZERO, Pos2::ZERO));
        let area = bounds.width().max(1.0) * bounds.height().max(1.0);
        let cell = (margin / 4.0).max((area / Self::MAX_CELLS).sqrt()).max(0.5);
        let cols = (bounds.width() / cell).ceil() as usize + 1;
        let rows = (bounds.height() / cell).ceil() as usize + 1;
        let mut covered = vec![false; cols * rows];
        for r in cards {
            let r = r.shrink(margin);
            if r.is_negative() {
                continue;
            }
            // Cells wholly inside `r`.
            let x0 = ((r.min.x - bounds.min.x) / cell).ceil().max(0.0) as usize;
            let y0 = ((r.min.y - bounds.min.y) / cell).ceil().max(0.0) as usize;
            let x1 = (((r.max.x - bounds.min.x) / cell).floor() as usize).min(cols);
            let y1 = (((r.max.y - bounds.min.y) / cell).floor() as usize).min(rows);
            for y in y0..y1 {
                covered[y * cols + x0.min(x1)..y * cols + x1].fill(true);
            }
        }
        Cover {
            origin: bounds.min,
            cell,
            cols,
            rows,
            covered,
        }
    }

    /// Whether every point lies in a covered cell.
    fn hides(&self, points: &[Pos2]) -> bool {
        points.iter().all(|p| {
            let x = (p.x - self.origin.x) / self.cell;
            let y = (p.y - self.origin.y) / self.cell;
            if !(x >= 0.0 && y >= 0.0) {
                return false;
            }
            let (x, y) = (x as usize, y as usize);
            x < self.cols && y < self.rows && self.covered[y * self.cols + x]
        })
    }
}

fn mm(opts: &ExportOptions, v: f32) -> f32 {
    v / 25.4 * opts.dpi as f32
}

/// The scene at print size. Where cards would overlap at this scale (more cards side by side
/// than the page has room for at names of 9 pt), they are moved down until they are clear, so
/// no card ever covers a name and the page only grows taller; returns how many pairs overlapped
/// and by what factor the spacing would have to grow for them to come apart where they were
/// drawn.
/// When moving them apart would make the map taller than `max_height` (map units; a map of
/// hundreds of cards on a narrow page), the cards stay where they are and the caller says how
/// wide the page should be.
fn print_scene(
    map: &Map,
    analysis: &crate::analysis::Analysis,
    marks: &crate::scene::Marks,
    t: &Typography,
    gap: f32,
    max_height: f32,
) -> (Scene, (usize, f32, bool)) {
    // The cards first (cheap): routing and labels only once they are where they will stay.
    let stakeholders = map.stakeholders_sorted();
    let rects: Vec<Rect> = stakeholders
        .iter()
        .map(|s| crate::scene::card(&s.name, s.x, s.y, t).0)
        .collect();
    let pairs = crate::geometry::overlapping_pairs(&rects, 0.5, 100_000);
    if pairs.is_empty() {
        return (
            Scene::build_marked(map, analysis, t, marks),
            (0, 1.0, false),
        );
    }
    // The spacing factor at which every overlapping pair comes apart (sideways or vertically,
    // whichever needs less).
    let grow = pairs
        .iter()
        .filter_map(|&(a, b)| {
            let (ra, rb) = (rects[a], rects[b]);
            let d = rb.center() - ra.center();
            let sx = f32::midpoint(ra.width(), rb.width()) / d.x.abs();
            let sy = f32::midpoint(ra.height(), rb.height()) / d.y.abs();
            let need = sx.min(sy);
            need.is_finite().then_some(need)
        })
        .fold(1.0, f32::max);
    // Apart in both directions, as little as it takes, within the page's width.
    let half = rects.iter().fold([0.0_f32; 2], |m, r| {
        [m[0].max(r.width()), m[1].max(r.height())]
    });
    let bounds = rects
        .iter()
        .copied()
        .reduce(Rect::union)
        .unwrap_or(Rect::NOTHING);
    let page = match t.frame {
        crate::scene::Frame::Page(w) => Some(w),
        _ => None,
    };
    // Too many cards for the page to hold apart within the height allowed (hundreds of cards
    // on a narrow page)? Then do not try: a pile, drawn plainly, and the caller widens the page.
    let height = |rs: &[Rect]| {
        rs.iter()
            .copied()
            .reduce(Rect::union)
            .map_or(0.0, |b| b.height())
    };
    let before = height(&rects);
    let allowed = max_height.min(2.0 * before + 4.0 * t.card.y);
    let footprint: f32 = rects
        .iter()
        .map(|r| (r.width() + gap) * (r.height() + gap))
        .sum();
    let pile = || {
        let plain = Typography { route: false, ..*t };
        (
            Scene::build_marked(map, analysis, &plain, marks),
            (pairs.len(), grow, false),
        )
    };
    if footprint / page.unwrap_or(bounds.width()).max(bounds.width()).max(1.0) > allowed {
        return pile();
    }
    let x_range = page.map(|w| {
        let w = w.max(bounds.width());
        (
            bounds.center().x - w / 2.0 + half[0] / 2.0,
            bounds.center().x + w / 2.0 - half[0] / 2.0,
        )
    });
    let mut pos: Vec<[f32; 2]> = rects.iter().map(|r| [r.center().x, r.center().y]).collect();
    let pinned = vec![false; pos.len()];
    crate::layout::remove_overlaps_within(
        &mut pos,
        &pinned,
        [half[0] / 2.0 + gap / 2.0, half[1] / 2.0 + gap / 2.0],
        x_range,
    );
    // Whatever is left (a pile of cards the passes could not undo): straight down.
    let apart: Vec<Rect> = rects
        .iter()
        .zip(&pos)
        .map(|(r, p)| Rect::from_center_size(pos2(p[0], p[1]), r.size()))
        .collect();
    // Whichever is shorter: apart in both directions then down, or only down.
    let both = settle_down(&apart, gap);
    let down = settle_down(&rects, gap);
    let settled = if height(&both) <= height(&down) {
        both
    } else {
        down
    };
    // Moving a few cards makes a map a little taller; a crowd of cards on a narrow page would
    // become a tall column nobody drew. Then leave them, and the caller widens the page.
    if height(&settled) > allowed {
        return pile();
    }
    let mut moved = map.clone();
    for (n, r) in stakeholders.iter().zip(settled) {
        // Ids come from the map itself: this cannot fail.
        let _ = moved.set_position(&n.id, f64::from(r.center().x), f64::from(r.center().y));
    }
    (
        Scene::build_marked(&moved, analysis, t, marks),
        (pairs.len(), grow, true),
    )
}

/// Which of `boxes[i]` (a card's name) lie wholly under the cards drawn after card `i`: nine
/// points across the box, each inside a later card.
fn hidden_under(boxes: &[Rect], cards: &[Rect]) -> Vec<bool> {
    let cell = cards
        .first()
        .map_or(100.0, |r| r.width().max(r.height()).max(1.0));
    let mut grid = Grid::empty(cell);
    let mut hidden = vec![false; cards.len()];
    for i in (0..cards.len()).rev() {
        let r = boxes[i];
        hidden[i] = [0.0, 0.5, 1.0].iter().all(|&fx| {
            [0.0, 0.5, 1.0].iter().all(|&fy| {
                let p = pos2(r.min.x + fx * r.width(), r.min.y + fy * r.height());
                grid.at(p).iter().any(|&j| cards[j as usize].contains(p))
            })
        });
        grid.insert(i as u32, cards[i]);
    }
    hidden
}

/// Cards moved straight down, top to bottom, until each is `gap` clear of those above it:
/// the columns and the order of the map stay, the picture only grows taller.
fn settle_down(rects: &[Rect], gap: f32) -> Vec<Rect> {
    /// Pushes per card before it simply goes below everything (a hostile pile of cards).
    const MAX_PUSHES: usize = 256;
    let mut order: Vec<usize> = (0..rects.len()).collect();
    order.sort_by(|&a, &b| {
        rects[a]
            .min
            .y
            .total_cmp(&rects[b].min.y)
            .then(rects[a].min.x.total_cmp(&rects[b].min.x))
            .then(a.cmp(&b))
    });
    let cell = rects
        .iter()
        .map(|r| r.width().max(r.height()))
        .fold(1.0_f32, f32::max)
        + gap;
    let mut grid = Grid::empty(cell);
    let mut out = rects.to_vec();
    let mut bottom = f32::NEG_INFINITY;
    let mut near = Vec::new();
    for &i in &order {
        let mut r = rects[i];
        let mut pushes = 0;
        loop {
            near.clear();
            grid.in_rect(r.expand(gap), &mut near);
            // Strictly closer than `gap` (a card just pushed to `below + gap` is clear; with
            // `intersects`, which counts touching, it would be pushed again and again).
            let eps = 1e-3 * gap.max(1.0);
            let blocker = near
                .iter()
                .map(|&j| out[j as usize])
                .filter(|q| {
                    q.min.x < r.max.x + gap - eps
                        && r.min.x < q.max.x + gap - eps
                        && q.min.y < r.max.y + gap - eps
                        && r.min.y < q.max.y + gap - eps
                })
                .map(|q| q.max.y)
                .fold(None, |m: Option<f32>, y| Some(m.map_or(y, |m| m.max(y))));
            let Some(below) = blocker else { break };
            pushes += 1;
            let to = if pushes > MAX_PUSHES { bottom } else { below };
            r = r.translate(vec2(0.0, to + gap - r.min.y));
            if pushes > MAX_PUSHES {
                break;
            }
        }
        grid.insert(i as u32, r);
        bottom = bottom.max(r.max.y);
        out[i] = r;
    }
    out
}

/// `map` without the ghosts `marks` names (what the other scenario had).
fn without_ghosts(map: &Map, marks: &crate::scene::Marks) -> Map {
    use crate::scene::Change;
    let mut m = map.clone();
    for (id, c) in &marks.relations {
        if *c == Change::Removed && m.remove_relation(id).is_err() {
            log::debug!("ghost relation {id} is not on the map");
        }
    }
    for (id, c) in &marks.stakeholders {
        if *c == Change::Removed && m.remove_stakeholder(id).is_err() {
            log::debug!("ghost stakeholder {id} is not on the map");
        }
    }
    m
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
    let pt = opts.px_per_pt();
    let width = opts.width_px() as f32;
    let margin = mm(opts, 6.0);
    // A comparison's ghosts are drawn, not analysed or counted: the highlights and the counts
    // are the scenario's own.
    let real = (!opts.marks.is_empty()).then(|| without_ghosts(map, &opts.marks));
    let counted = real.as_ref().unwrap_or(map);
    let analysis = analysis::analyze_with(counted, BetweennessPolicy::Skip);
    let lang = opts.lang;

    // Header.
    let title_px = TITLE_PT * pt;
    let small_px = SMALL_PT * pt;
    let header_h = margin + title_px * 1.2 + small_px * 1.6;

    // Map scale: map units → pixels, cards never smaller than their text needs (the spacing
    // between cards shrinks, not the text).
    let name_px = NAME_PT * pt;
    let pad = 0.5 * name_px;
    let min_w = mm(opts, 26.0);
    let min_h = 2.0 * text::LINE_HEIGHT * name_px + 2.0 * pad;
    let avail = width - 2.0 * margin;
    let centres = map
        .stakeholders()
        .map(|s| pos2(s.x as f32, s.y as f32))
        .fold(None, |acc: Option<Rect>, p| {
            Some(acc.map_or(Rect::from_min_max(p, p), |r| {
                r.union(Rect::from_min_max(p, p))
            }))
        })
        .unwrap_or(Rect::from_min_max(Pos2::ZERO, Pos2::ZERO));
    let spread = centres.width();
    let max_s = mm(opts, 45.0) / style::CARD_WIDTH;
    let mut s = avail / (spread + style::CARD_WIDTH).max(1.0);
    if style::CARD_WIDTH * s < min_w {
        s = if spread > 0.0 {
            (avail - min_w) / spread
        } else {
            max_s
        };
    }
    // (`max` first: at a tiny resolution `max_s` is below the floor, and `clamp` would panic.)
    let mut s = s.max(1e-6).min(max_s.max(1e-6));
    // The scene at print size: typography in map units at this scale. Relations bent around
    // cards and labels beside them reach past the cards: shrink the spacing until it all fits.
    let typography = |s: f32| Typography {
        name_size: name_px / s,
        label_size: LABEL_PT * pt / s,
        card: vec2(
            style::CARD_WIDTH.max(min_w / s),
            style::CARD_HEIGHT.max(min_h / s),
        ),
        pad: pad / s,
        route,
        // The page moves crowded cards its own way (`print_scene`).
        separate: false,
        // Relations and labels stay on the page.
        frame: crate::scene::Frame::Page(avail / s),
    };
    let gap = mm(opts, 2.5);
    // The map may grow to two thirds of the tallest image, leaving room for the legend.
    let max_map_px = MAX_SIDE as f32 * 2.0 / 3.0;
    let (mut scene, mut crowding) = print_scene(
        map,
        &analysis,
        &opts.marks,
        &typography(s),
        gap / s,
        max_map_px / s,
    );
    // Cards wider than the smallest (an unbreakable word) can make the cards wider than the
    // page: shrink the spacing until they fit (cards only ever move down, so this settles).
    for _ in 0..4 {
        let cards_w = scene.bounds.map_or(0.0, |b| b.width()) * s;
        if cards_w <= avail * 1.001 || cards_w <= 0.0 {
            break;
        }
        s = (s * avail / cards_w).max(1e-6);
        (scene, crowding) = print_scene(
            map,
            &analysis,
            &opts.marks,
            &typography(s),
            gap / s,
            max_map_px / s,
        );
    }
    let content = scene.content_bounds().unwrap_or(Rect::from_center_size(
        Pos2::ZERO,
        vec2(style::CARD_WIDTH, style::CARD_HEIGHT),
    ));
    let map_h = content.height() * s;
    let left = margin + (avail - content.width() * s).max(0.0) / 2.0;
    let top = header_h + mm(opts, 4.0);
    let place = |p: Pos2| {
        pos2(
            left + (p.x - content.min.x) * s,
            top + (p.y - content.min.y) * s,
        )
    };
    let place_rect = |r: Rect| Rect::from_min_max(place(r.min), place(r.max));
    // Stroke scale: map units at this size, but never thinner than print can show.
    let k = s.max(0.45 * pt);
    let cards: Vec<Rect> = scene.nodes.iter().map(|n| place_rect(n.rect)).collect();

    // Legend below the map.
    let mut legend = legend::items(map, opts.findings, legend::Relations::Present, lang);
    legend.extend(legend::compare_items(&opts.marks, lang));
    let legend_top = top + map_h + mm(opts, 6.0);
    let (legend_rows, legend_h) = flow(&legend, width - 2.0 * margin, small_px, pt);
    // Labels with no room on the map: numbered, listed under the legend.
    let notes = note_lines(&scene, avail, small_px, lang);
    let notes_top = legend_top + legend_h + if notes.is_empty() { 0.0 } else { small_px };
    let notes_h = notes_height(&notes, small_px);
    let height = notes_top + notes_h + margin;
    if height > MAX_SIDE as f32 {
        return Err(ExportError::TooLarge {
            width: width as u64,
            height: height.ceil() as u64,
        });
    }
    let height_px = height.ceil() as u32;
    let width_px = width as u32;
    // The title block and the legend, in map units, for the checker: the map must keep off them.
    let to_map = |p: Pos2| {
        pos2(
            content.min.x + (p.x - left) / s,
            content.min.y + (p.y - top) / s,
        )
    };
    let reserved = [
        Rect::from_min_max(to_map(pos2(0.0, 0.0)), to_map(pos2(width, header_h))),
        Rect::from_min_max(
            to_map(pos2(0.0, legend_top - small_px * 0.5)),
            to_map(pos2(width, height)),
        ),
    ];

    let mut out = Out {
        elements: Vec::new(),
        // The title and counts.
        span: (0.0, header_h + small_px),
    };
    // The white page: in the SVG document only; the rasteriser fills its canvas instead,
    // which is much cheaper than painting a page-sized rectangle.
    let background = if opts.transparent {
        String::new()
    } else {
        format!(r##"<rect x="0" y="0" width="{width_px}" height="{height_px}" fill="#ffffff"/>"##)
            + "\n"
    };
    // Title and date.
    out.push(&format!(
        r#"<text x="{:.1}" y="{:.1}" font-size="{:.1}" fill="{}">{}</text>"#,
        margin,
        margin + title_px,
        title_px,
        style::CARD_TEXT.hex(),
        xml(&crate::scene::drawable(if map.title.trim().is_empty() {
            crate::i18n::texts(lang).export_default_title
        } else {
            &map.title
        }))
    ));
    let counts = format!(
        "{} · {} · ecomap",
        opts.date,
        crate::i18n::fill(
            crate::i18n::texts(lang).map_counts,
            &[
                ("s", &counted.stakeholder_count().to_string()),
                ("r", &counted.relation_count().to_string()),
            ]
        )
    );
    out.push(&format!(
        r##"<text x="{:.1}" y="{:.1}" font-size="{:.1}" fill="#555555">{}</text>"##,
        margin,
        margin + title_px * 1.2 + small_px * 1.1,
        small_px,
        xml(&counts)
    ));

    // Bottom to top, through the one drawing path (`scene::draw`): relations, their labels
    // and note markers, cards, names. Nothing is drawn over a name, and the scene placed the
    // labels where they cover no card.
    let at = Place {
        scale: s,
        offset: vec2(left - content.min.x * s, top - content.min.y * s),
    };
    let ink = Ink {
        scale: k,
        screen: false,
        dark: false,
        high_contrast: false,
        findings: opts.findings,
        plain: false,
    };
    // The widest reach of any relation (the schot, blocked): what is hidden with this margin
    // is hidden whatever is drawn there.
    let cover = Cover::new(&cards, (6.5 + 20.0) * k);
    let mut drawn: Vec<Option<Path>> = vec![None; scene.edges.len()];
    for (i, e) in scene.edges.iter().enumerate() {
        if !draw::shown(e, &ink) {
            continue;
        }
        let (ra, rb) = (cards[e.from as usize], cards[e.to as usize]);
        let path = e.path(ra, rb, |p| at.pos(p), s);
        drawn[i] = Some(scene.path(e));
        // Stroke, halo, arrowhead and bar all stay within this of the path.
        let width = match e.look {
            EdgeLook::Relation(kind) => style::edge_style(kind).width,
            EdgeLook::Missing => style::MISSING_WIDTH,
        };
        let reach = (width + 20.0) * k;
        if reach <= (6.5 + 20.0) * k && cover.hides(&path.points(24)) {
            // Wholly under cards (a crowded map at print size): nothing of it would show,
            // but drawing it would cost as much as any other.
            continue;
        }
        draw::relation(&mut out, e, &path, &ink, State::default());
    }
    draw::labels(&mut out, &scene, &drawn, &at, LabelColours::PAPER);
    let mut placed = Vec::with_capacity(cards.len());
    let text_boxes: Vec<Rect> = scene
        .nodes
        .iter()
        .zip(&cards)
        .map(|(n, r)| {
            let w = text::widest(&n.lines) * s;
            let h = n.lines.len() as f32 * text::LINE_HEIGHT * name_px;
            Rect::from_center_size(r.center(), vec2(w, h))
        })
        .collect();
    let name_hidden = hidden_under(&text_boxes, &cards);
    for (n, r) in scene.nodes.iter().zip(&cards) {
        draw::card(
            &mut out,
            n,
            *r,
            name_px,
            n.kind.code(lang),
            &ink,
            State::default(),
        );
        placed.push((n.id.clone(), *r));
    }
    // Names last. A name wholly under cards drawn after it (a pile of cards on a narrow page)
    // would cost as much as any other to shape, and show nothing.
    for ((n, r), hidden) in scene.nodes.iter().zip(&cards).zip(name_hidden) {
        if !hidden {
            draw::name(&mut out, n, *r, name_px, &ink, State::default());
        }
    }
    out.span = (legend_top - small_px, f32::INFINITY);
    draw_legend(
        &mut out,
        &legend,
        &legend_rows,
        (margin, legend_top),
        small_px,
        pt,
        lang,
    );
    draw_notes(&mut out, &notes, (margin, notes_top), small_px);

    let head = |w: String, h: String| {
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {width_px} {height_px}" font-family="{FONT_FAMILY}">"#
        )
    };
    let w_mm = opts.width_mm;
    let h_mm = f64::from(height_px) / opts.dpi * 25.4;
    let body = out.body();
    let head_px = head(width_px.to_string(), height_px.to_string());
    let svg = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}\n{background}{}</svg>\n",
        head(format!("{w_mm:.2}mm"), format!("{h_mm:.2}mm")),
        body
    );
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
        cards: placed,
        scene,
        reserved,
    })
}

/// A relation's curve as one quadratic Bézier: far cheaper to stroke and dash than a polyline.
fn curve_path(path: &Path, paint: Paint, width: f32, dash: Option<(f32, f32)>) -> String {
    let start = path.start();
    let mut d = format!("M{:.2},{:.2}", start.x, start.y);
    for c in &path.pieces {
        let _ = if c.is_straight() {
            write!(d, " L{:.2},{:.2}", c.end.x, c.end.y)
        } else {
            write!(
                d,
                " Q{:.2},{:.2} {:.2},{:.2}",
                c.control.x, c.control.y, c.end.x, c.end.y
            )
        };
    }
    let dash = dash.map_or_else(String::new, |(a, b)| {
        format!(r#" stroke-dasharray="{a:.2} {b:.2}""#)
    });
    format!(
        r#"<path d="{d}" fill="none" stroke="{}" stroke-width="{width:.2}"{dash}{}/>"#,
        paint.rgb.hex(),
        opacity("stroke", paint)
    )
}

fn polyline(
    pts: &[Pos2],
    color: Rgb,
    width: f32,
    dash: Option<(f32, f32)>,
    opacity: f32,
) -> String {
    let mut d = String::new();
    for (i, p) in pts.iter().enumerate() {
        let _ = write!(
            d,
            "{}{:.2},{:.2}",
            if i == 0 { "M" } else { " L" },
            p.x,
            p.y
        );
    }
    let dash = dash.map_or_else(String::new, |(a, b)| {
        format!(r#" stroke-dasharray="{a:.2} {b:.2}""#)
    });
    let opacity = if opacity < 1.0 {
        format!(r#" stroke-opacity="{opacity:.2}""#)
    } else {
        String::new()
    };
    format!(
        r#"<path d="{d}" fill="none" stroke="{}" stroke-width="{width:.2}" stroke-linecap="butt" stroke-linejoin="round"{dash}{opacity}/>"#,
        color.hex()
    )
}

/// Lines of text centred in `r`, one `<tspan>` each.
fn centred_lines(r: Rect, lines: &[&str], size: f32, paint: Paint) -> String {
    let lh = text::LINE_HEIGHT * size;
    let first = r.center().y - (lines.len() as f32 - 1.0) * lh / 2.0 + 0.35 * size;
    let mut t = format!(
        r#"<text x="{:.2}" font-size="{:.2}" text-anchor="middle" fill="{}"{}>"#,
        r.center().x,
        size,
        paint.rgb.hex(),
        opacity("fill", paint)
    );
    for (i, l) in lines.iter().enumerate() {
        let _ = write!(
            t,
            r#"<tspan x="{:.2}" y="{:.2}">{}</tspan>"#,
            r.center().x,
            first + i as f32 * lh,
            xml(l)
        );
    }
    t.push_str("</text>");
    t
}

/// The numbered notes, each wrapped to the page: "3  label (From → To)".
fn note_lines(scene: &Scene, width: f32, font: f32, lang: Lang) -> Vec<(u32, Vec<text::Line>)> {
    let number_w = 3.0 * font;
    scene
        .notes
        .iter()
        .map(|n| {
            let e = &scene.edges[n.edge as usize];
            let (a, b) = (
                &scene.nodes[e.from as usize].name,
                &scene.nodes[e.to as usize].name,
            );
            let marker = if n.marker.is_some() {
                ""
            } else {
                crate::i18n::texts(lang).export_no_room
            };
            // Ubuntu Light has no arrow glyph: say it in words.
            let line = crate::i18n::fill(
                crate::i18n::texts(lang).export_note_relation,
                &[
                    ("note", &crate::scene::drawable(&n.text)),
                    ("a", &crate::scene::drawable(a)),
                    ("b", &crate::scene::drawable(b)),
                ],
            ) + marker;
            (n.number, text::wrap(&line, width - number_w, font, false))
        })
        .collect()
}

fn notes_height(notes: &[(u32, Vec<text::Line>)], font: f32) -> f32 {
    notes.iter().map(|(_, l)| l.len() as f32).sum::<f32>() * 1.4 * font
}

fn draw_notes(out: &mut Out, notes: &[(u32, Vec<text::Line>)], at: (f32, f32), font: f32) {
    let mut y = at.1;
    for (number, lines) in notes {
        out.span = (y - font, y + lines.len() as f32 * 1.4 * font + font);
        let mut t = format!(
            r##"<text font-size="{font:.2}" fill="#222222"><tspan x="{:.2}" y="{:.2}">{number}</tspan>"##,
            at.0,
            y + font
        );
        for (i, l) in lines.iter().enumerate() {
            let _ = write!(
                t,
                r#"<tspan x="{:.2}" y="{:.2}">{}</tspan>"#,
                at.0 + 3.0 * font,
                y + font + i as f32 * 1.4 * font,
                xml(&l.text)
            );
        }
        t.push_str("</text>");
        out.push(&t);
        y += lines.len() as f32 * 1.4 * font;
    }
}

/// Lay legend items out in rows; returns rows of (x, item index) and the total height.
fn flow(items: &[legend::Item], width: f32, font: f32, pt: f32) -> (Vec<Vec<(f32, usize)>>, f32) {
    let sample = 24.0 * pt;
    let gap = 10.0 * pt;
    let row_h = font * 1.8;
    let mut rows: Vec<Vec<(f32, usize)>> = vec![Vec::new()];
    let mut x = 0.0;
    for (i, item) in items.iter().enumerate() {
        let text = &item.text;
        let w = sample + 4.0 * pt + text::text_width(text, font);
        if x > 0.0 && x + w > width {
            rows.push(Vec::new());
            x = 0.0;
        }
        if let Some(row) = rows.last_mut() {
            row.push((x, i));
        }
        x += w + gap;
    }
    let h = if items.is_empty() {
        0.0
    } else {
        rows.len() as f32 * row_h
    };
    (rows, h)
}

fn draw_legend(
    out: &mut Out,
    items: &[legend::Item],
    rows: &[Vec<(f32, usize)>],
    at: (f32, f32),
    font: f32,
    pt: f32,
    lang: Lang,
) {
    let sample = 24.0 * pt;
    let row_h = font * 1.8;
    let k = 0.5 * pt;
    for (r, row) in rows.iter().enumerate() {
        let cy = at.1 + r as f32 * row_h + row_h / 2.0;
        for &(x, i) in row {
            let (swatch, text) = (&items[i].swatch, &items[i].text);
            let (a, b) = (pos2(at.0 + x, cy), pos2(at.0 + x + sample, cy));
            // Drawn as the map draws it (`scene::draw::swatch`).
            let h = font * 1.1;
            let code = match swatch {
                Swatch::Kind(kind) => kind.code(lang),
                _ => "",
            };
            draw::swatch(
                out,
                *swatch,
                Rect::from_min_max(pos2(a.x, cy - h / 2.0), pos2(b.x, cy + h / 2.0)),
                code,
                &Ink {
                    scale: k,
                    screen: false,
                    dark: false,
                    high_contrast: false,
                    findings: true,
                    plain: false,
                },
            );
            out.push(&format!(
                r##"<text x="{:.2}" y="{:.2}" font-size="{:.2}" fill="#222222">{}</text>"##,
                b.x + 4.0 * pt,
                cy + font * 0.35,
                font,
                xml(text)
            ));
        }
    }
}

/// Escape text for XML.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => out.push(' '),
            // Nor are these two noncharacters.
            '\u{FFFE}' | '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_xml() {
        assert_eq!(xml("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }

    #[test]
    fn cover_finds_points_under_cards_with_room_for_the_stroke() {
        use emath::{pos2, vec2};
        let cards = vec![
            Rect::from_min_size(pos2(0.0, 0.0), vec2(100.0, 50.0)),
            Rect::from_min_size(pos2(90.0, 0.0), vec2(100.0, 50.0)),
        ];
        let cover = Cover::new(&cards, 5.0);
        // Across both cards, well inside: hidden.
        assert!(cover.hides(&[pos2(20.0, 25.0), pos2(60.0, 25.0), pos2(150.0, 25.0)]));
        // Its stroke would stick out at the top edge: drawn.
        assert!(!cover.hides(&[pos2(20.0, 3.0)]));
        // Between cards or outside: drawn.
        assert!(!cover.hides(&[pos2(20.0, 25.0), pos2(250.0, 25.0)]));
        assert!(!cover.hides(&[pos2(-20.0, 25.0)]));
    }
}

#[cfg(test)]
mod pile_tests {
    use super::*;

    #[test]
    fn cards_under_a_pile_are_hidden() {
        let cards: Vec<Rect> = (0..50)
            .map(|i| Rect::from_min_size(pos2(i as f32 * 2.0, 0.0), vec2(300.0, 130.0)))
            .collect();
        let names: Vec<Rect> = cards
            .iter()
            .map(|r| Rect::from_center_size(r.center(), vec2(200.0, 40.0)))
            .collect();
        let hidden = hidden_under(&names, &cards);
        assert!(!hidden[49], "the top one's name shows");
        assert!(hidden[10], "one deep in the pile does not");
        // Side by side: every name shows.
        let apart: Vec<Rect> = (0..5)
            .map(|i| Rect::from_min_size(pos2(i as f32 * 400.0, 0.0), vec2(300.0, 130.0)))
            .collect();
        assert!(hidden_under(&apart, &apart).iter().all(|h| !h));
    }
}
