//! The map as an SVG document, laid out for print: names at least 9 pt whatever the map's size
//! (the drawing's spacing shrinks, not the text), title, date and a legend of what appears.

// Layout code reads best with short geometric names (s, k, a, b, r).
#![allow(clippy::many_single_char_names)]

use std::fmt::Write as _;

use emath::{Pos2, Rect, pos2, vec2};

use super::{ExportError, ExportOptions, MAX_SIDE};
use crate::analysis::{self, BetweennessPolicy};
use crate::geometry::{Curve, Grid, offset_polyline};
use crate::lang::Lang;
use crate::model::{Map, RelationKind, StakeholderKind};
use crate::scene::{EdgeLook, Scene};
use crate::style::{self, Rgb};

/// The font family of the embedded font (egui's Ubuntu Light, which covers Dutch diacritics).
pub const FONT_FAMILY: &str = "Ubuntu";

/// Text sizes in points.
const NAME_PT: f32 = 9.0;
const LABEL_PT: f32 = 7.0;
const TITLE_PT: f32 = 16.0;
const SMALL_PT: f32 = 8.0;
/// Average advance of Ubuntu Light, as a fraction of the font size (for wrapping).
const CHAR_WIDTH: f32 = 0.47;

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
    pub cards: Vec<(String, Rect)>,
    /// How legible the result is at this width.
    pub crowding: Crowding,
}

/// Cards that overlap because the map has more columns than the page has room for at a
/// legible text size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Crowding {
    pub overlapping_pairs: usize,
    /// A width at which the cards would keep their map spacing (only when some overlap).
    pub suggested_width_mm: Option<f64>,
}

/// Pairs of cards (indices) that overlap: a sweep over x, so big maps stay fast.
fn overlapping_pairs(cards: &[(String, Rect)]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..cards.len()).collect();
    order.sort_by(|&a, &b| cards[a].1.min.x.total_cmp(&cards[b].1.min.x));
    let mut pairs = Vec::new();
    for (i, &a) in order.iter().enumerate() {
        let ra = cards[a].1.shrink(1.0);
        for &b in &order[i + 1..] {
            let rb = cards[b].1.shrink(1.0);
            if rb.min.x >= ra.max.x {
                break;
            }
            if ra.intersects(rb) {
                pairs.push((a, b));
            }
        }
    }
    pairs
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
    fn line(&mut self, s: &str) {
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

/// A relation's label, slid along its relation until it is clear of both its stakeholders.
fn push_label(
    labels: &mut Vec<(emath::Pos2, String)>,
    e: &crate::scene::EdgeGeom,
    curve: &Curve,
    ra: Rect,
    rb: Rect,
    pt: f32,
) {
    if e.label.is_empty() {
        return;
    }
    let size = label_size(&e.label, LABEL_PT * pt);
    let at = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]
        .iter()
        .map(|&t| curve.at(t))
        .find(|&p| {
            let r = Rect::from_center_size(p, size);
            !r.intersects(ra) && !r.intersects(rb)
        })
        .unwrap_or_else(|| curve.at(0.5));
    labels.push((at, e.label.clone()));
}

/// Which points lie under some card, found through a grid over the cards, so a crowded map's
/// thousands of relations are checked quickly.
struct Cover {
    cards: Vec<Rect>,
    grid: Grid,
}

impl Cover {
    fn new(cards: Vec<Rect>) -> Cover {
        let cell = cards.first().map_or(100.0, |r| r.width().max(r.height()));
        Cover {
            grid: Grid::build(&cards, cell),
            cards,
        }
    }

    /// Whether every point, with `margin` around it, is inside one card or another.
    fn hides(&self, points: &[emath::Pos2], margin: f32) -> bool {
        points.iter().all(|p| {
            self.grid
                .at(*p)
                .iter()
                .any(|&i| self.cards[i as usize].shrink(margin).contains(*p))
        })
    }
}

fn mm(opts: &ExportOptions, v: f32) -> f32 {
    v / 25.4 * opts.dpi as f32
}

pub fn render_svg(map: &Map, opts: &ExportOptions) -> Result<Rendered, ExportError> {
    let pt = opts.px_per_pt();
    let width = opts.width_px() as f32;
    let margin = mm(opts, 6.0);
    let analysis = analysis::analyze_with(map, BetweennessPolicy::Skip);
    let scene = Scene::build(map, &analysis);
    let lang = opts.lang;

    // Header.
    let title_px = TITLE_PT * pt;
    let small_px = SMALL_PT * pt;
    let header_h = margin + title_px * 1.2 + small_px * 1.6;

    // Map scale: map units → pixels, cards never smaller than their text needs.
    let name_px = NAME_PT * pt;
    let pad = 0.5 * name_px;
    let min_w = mm(opts, 26.0);
    let min_h = 2.0 * 1.25 * name_px + 2.0 * pad;
    let avail = width - 2.0 * margin;
    let bounds = scene.bounds.unwrap_or(Rect::from_center_size(
        Pos2::ZERO,
        vec2(style::CARD_WIDTH, style::CARD_HEIGHT),
    ));
    let (bw, bh) = (bounds.width(), bounds.height());
    let spread = (bw - style::CARD_WIDTH).max(0.0);
    let max_s = mm(opts, 45.0) / style::CARD_WIDTH;
    let mut s = avail / bw.max(1.0);
    if style::CARD_WIDTH * s < min_w {
        s = if spread > 0.0 {
            (avail - min_w) / spread
        } else {
            max_s
        };
    }
    let s = s.clamp(1e-6, max_s);
    let card_w = (style::CARD_WIDTH * s).max(min_w);
    let card_h = (style::CARD_HEIGHT * s).max(min_h);
    let content_w = spread * s + card_w;
    let map_h = (bh - style::CARD_HEIGHT).max(0.0) * s + card_h;
    let left = margin + (avail - content_w).max(0.0) / 2.0;
    let top = header_h + mm(opts, 4.0);
    let place = |p: Pos2| {
        pos2(
            left + card_w / 2.0 + (p.x - bounds.min.x - style::CARD_WIDTH / 2.0) * s,
            top + card_h / 2.0 + (p.y - bounds.min.y - style::CARD_HEIGHT / 2.0) * s,
        )
    };
    // Stroke scale: map units at this size, but never thinner than print can show.
    let k = s.max(0.45 * pt);

    // Names, wrapped; a card grows for a long name.
    let chars_per_line = (((card_w - 2.0 * pad) / (CHAR_WIDTH * name_px)).floor() as usize).max(6);
    let cards: Vec<(Rect, Vec<String>)> = scene
        .nodes
        .iter()
        .map(|n| {
            let lines = wrap(&n.name, chars_per_line, 3);
            let h = card_h.max(lines.len() as f32 * 1.25 * name_px + 2.0 * pad);
            (
                Rect::from_center_size(place(n.rect.center()), vec2(card_w, h)),
                lines,
            )
        })
        .collect();

    // Legend below the map.
    let legend = legend_items(map, opts.findings, lang);
    let legend_top = top + map_h + mm(opts, 6.0);
    let (legend_rows, legend_h) = flow(&legend, width - 2.0 * margin, small_px, pt);
    let height = legend_top + legend_h + margin;
    if height > MAX_SIDE as f32 {
        return Err(ExportError::TooLarge {
            width: width as u64,
            height: height.ceil() as u64,
        });
    }
    let height_px = height.ceil() as u32;
    let width_px = width as u32;

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
    out.line(&format!(
        r#"<text x="{:.1}" y="{:.1}" font-size="{:.1}" fill="{}">{}</text>"#,
        margin,
        margin + title_px,
        title_px,
        style::CARD_TEXT.hex(),
        xml(if map.title.trim().is_empty() {
            lang.pick("Ecosysteemkaart", "Ecosystem map")
        } else {
            &map.title
        })
    ));
    let counts = format!(
        "{} · {} {} · {} {} · ecomap",
        opts.date,
        map.stakeholder_count(),
        lang.pick("belanghebbenden", "stakeholders"),
        map.relation_count(),
        lang.pick("relaties", "relations")
    );
    out.line(&format!(
        r##"<text x="{:.1}" y="{:.1}" font-size="{:.1}" fill="#555555">{}</text>"##,
        margin,
        margin + title_px * 1.2 + small_px * 1.1,
        small_px,
        xml(&counts)
    ));

    // Relations, then cards, then labels on top.
    let mut labels = Vec::new();
    let cover = Cover::new(cards.iter().map(|(r, _)| *r).collect());
    for e in &scene.edges {
        if e.look == EdgeLook::Missing && !opts.findings {
            continue;
        }
        let (ra, rb) = (cards[e.from as usize].0, cards[e.to as usize].0);
        let curve = Curve::between(ra, rb, e.bend * s);
        let pts = curve.points(16);
        let (mut color, w, dash, arrow, double, bar) = match e.look {
            EdgeLook::Relation(kind) => {
                let st = style::edge_style(kind);
                (st.color, st.width, st.dash, st.arrow, st.double, st.bar)
            }
            EdgeLook::Missing => (style::MISSING, 2.0, Some((8.0, 8.0)), false, false, false),
        };
        let mut w = w * k;
        // Stroke, halo, arrowhead and bar all stay within this of the curve's box.
        let reach = w + 20.0 * k;
        if cover.hides(&curve.points(24), reach) {
            // Wholly under cards (a crowded map at print size): nothing of it would show,
            // but drawing it would cost as much as any other. Its label still goes on top.
            push_label(&mut labels, e, &curve, ra, rb, pt);
            continue;
        }
        let b = curve.bounds();
        out.span = (b.min.y - reach, b.max.y + reach);
        if opts.findings && e.accent {
            out.line(&polyline(&pts, style::ACCENT, w + 6.0 * k, None, 0.7));
        }
        if opts.findings && e.warning {
            color = style::WARNING;
            w += 1.5 * k;
        }
        if double {
            for side in [-1.0, 1.0] {
                out.line(&polyline(
                    &offset_polyline(&pts, 2.5 * k * side),
                    color,
                    w * 0.8,
                    None,
                    1.0,
                ));
            }
        } else {
            out.line(&curve_path(
                &curve,
                color,
                w,
                dash.map(|(a, b)| (a * k, b * k)),
            ));
        }
        let n = pts.len();
        if arrow && n >= 2 {
            let tip = pts[n - 1];
            let dir = (tip - pts[n - 2]).normalized();
            let base = tip - dir * style::ARROW_LENGTH * k;
            let side = dir.rot90() * style::ARROW_HALF_WIDTH * k;
            let (b1, b2) = (base + side, base - side);
            out.line(&format!(
                r#"<polygon points="{:.2},{:.2} {:.2},{:.2} {:.2},{:.2}" fill="{}"/>"#,
                tip.x,
                tip.y,
                b1.x,
                b1.y,
                b2.x,
                b2.y,
                color.hex()
            ));
        }
        let mid = curve.at(0.5);
        if bar {
            let t = (curve.at(0.55) - curve.at(0.45)).normalized().rot90() * 16.0 * k;
            out.line(&polyline(&[mid - t, mid + t], color, 6.0 * k, None, 1.0));
        }
        push_label(&mut labels, e, &curve, ra, rb, pt);
    }
    let mut placed = Vec::with_capacity(cards.len());
    for (n, (r, lines)) in scene.nodes.iter().zip(&cards) {
        let radius = style::CARD_ROUNDING * k;
        out.span = (r.min.y - 8.0 * k, r.max.y + 8.0 * k);
        if opts.findings && n.in_loop {
            let g = r.expand(4.0 * k);
            out.line(&format!(
                r#"<rect x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" rx="{:.2}" fill="none" stroke="{}" stroke-width="{:.2}"/>"#,
                g.min.x, g.min.y, g.width(), g.height(), radius + 4.0 * k, style::ACCENT.hex(), 3.0 * k
            ));
        }
        out.line(&format!(
            r#"<rect x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" rx="{:.2}" fill="{}" stroke="{}" stroke-width="{:.2}"/>"#,
            r.min.x, r.min.y, r.width(), r.height(), radius, style::kind_fill(n.kind).hex(), style::CARD_STROKE.hex(), 1.2 * k
        ));
        let first =
            r.center().y - (lines.len() as f32 - 1.0) * 1.25 * name_px / 2.0 + 0.35 * name_px;
        let mut text = format!(
            r#"<text x="{:.2}" font-size="{:.2}" text-anchor="middle" fill="{}">"#,
            r.center().x,
            name_px,
            style::CARD_TEXT.hex()
        );
        for (i, l) in lines.iter().enumerate() {
            let _ = write!(
                text,
                r#"<tspan x="{:.2}" y="{:.2}">{}</tspan>"#,
                r.center().x,
                first + i as f32 * 1.25 * name_px,
                xml(l)
            );
        }
        text.push_str("</text>");
        out.line(&text);
        placed.push((n.id.clone(), *r));
    }
    let label_px = LABEL_PT * pt;
    for (at, text) in labels {
        let size = label_size(&text, label_px);
        let (w, h) = (size.x, size.y);
        out.span = (at.y - h, at.y + h);
        out.line(&format!(
            r##"<rect x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" rx="{:.2}" fill="#ffffff" fill-opacity="0.85"/>"##,
            at.x - w / 2.0, at.y - h / 2.0, w, h, h / 4.0
        ));
        out.line(&format!(
            r##"<text x="{:.2}" y="{:.2}" font-size="{:.2}" text-anchor="middle" fill="#222222">{}</text>"##,
            at.x, at.y + label_px * 0.35, label_px, xml(&text)
        ));
    }
    out.span = (legend_top - small_px, f32::INFINITY);
    draw_legend(
        &mut out,
        &legend,
        &legend_rows,
        (margin, legend_top),
        small_px,
        pt,
    );

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
        crowding: {
            // The scale at which every overlapping pair would come apart (sideways or
            // vertically, whichever needs less), as a page width.
            let pairs = overlapping_pairs(&placed);
            let needed = pairs
                .iter()
                .filter_map(|&(a, b)| {
                    let (wa, wb) = (scene.nodes[a].rect.center(), scene.nodes[b].rect.center());
                    let (ra, rb) = (placed[a].1, placed[b].1);
                    let sx = f32::midpoint(ra.width(), rb.width()) / (wa.x - wb.x).abs();
                    let sy = f32::midpoint(ra.height(), rb.height()) / (wa.y - wb.y).abs();
                    let need = sx.min(sy);
                    need.is_finite().then_some(need)
                })
                .fold(s, f32::max);
            Crowding {
                overlapping_pairs: pairs.len(),
                suggested_width_mm: (needed > s * 1.01)
                    .then(|| (opts.width_mm * f64::from(needed / s) / 10.0).ceil() * 10.0),
            }
        },
        cards: placed,
    })
}

/// The background box of a relation label.
fn label_size(text: &str, font: f32) -> emath::Vec2 {
    vec2(
        text.chars().count() as f32 * CHAR_WIDTH * font + font * 0.6,
        font * 1.3,
    )
}

/// A relation's curve as one quadratic Bézier: far cheaper to stroke and dash than a polyline.
fn curve_path(c: &Curve, color: Rgb, width: f32, dash: Option<(f32, f32)>) -> String {
    let d = if c.is_straight() {
        format!(
            "M{:.2},{:.2} L{:.2},{:.2}",
            c.start.x, c.start.y, c.end.x, c.end.y
        )
    } else {
        format!(
            "M{:.2},{:.2} Q{:.2},{:.2} {:.2},{:.2}",
            c.start.x, c.start.y, c.control.x, c.control.y, c.end.x, c.end.y
        )
    };
    let dash = dash.map_or_else(String::new, |(a, b)| {
        format!(r#" stroke-dasharray="{a:.2} {b:.2}""#)
    });
    format!(
        r#"<path d="{d}" fill="none" stroke="{}" stroke-width="{width:.2}"{dash}/>"#,
        color.hex()
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

/// Word-wrap to at most `max_lines` lines of `width` characters. A word longer than a line is
/// split with a hyphen; text beyond the last line is elided with "…".
fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let width = width.max(4);
    let mut words: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() <= width {
            words.push(word.to_owned());
        } else {
            let mut rest = &chars[..];
            while rest.len() > width {
                let (head, tail) = rest.split_at(width - 1);
                words.push(head.iter().collect::<String>() + "-");
                rest = tail;
            }
            words.push(rest.iter().collect());
        }
    }
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in words {
        let len = cur.chars().count() + usize::from(!cur.is_empty()) + word.chars().count();
        if !cur.is_empty() && (len > width || cur.ends_with('-')) {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(&word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            let keep = last.trim_end_matches('-').chars().count().min(width - 1);
            *last = last.chars().take(keep).collect::<String>() + "…";
        }
    }
    lines
}

enum Swatch {
    Relation(RelationKind),
    Kind(StakeholderKind),
    Accent,
    Loop,
    Missing,
    Blocked,
}

fn legend_items(map: &Map, findings: bool, lang: Lang) -> Vec<(Swatch, String)> {
    let mut items = Vec::new();
    let rels: std::collections::BTreeSet<RelationKind> = map.relations().map(|r| r.kind).collect();
    for k in rels {
        items.push((Swatch::Relation(k), k.name(lang).to_owned()));
    }
    if findings {
        items.push((
            Swatch::Accent,
            lang.pick("wederzijds afhankelijk", "mutual dependency")
                .to_owned(),
        ));
        items.push((
            Swatch::Loop,
            lang.pick("in een afhankelijkheidslus", "in a dependency loop")
                .to_owned(),
        ));
        items.push((
            Swatch::Missing,
            lang.pick("samenwerking ontbreekt", "collaboration missing")
                .to_owned(),
        ));
        items.push((
            Swatch::Blocked,
            lang.pick(
                "schot blokkeert afhankelijkheid",
                "schot blocks a dependency",
            )
            .to_owned(),
        ));
    }
    let kinds: std::collections::BTreeSet<StakeholderKind> =
        map.stakeholders().map(|s| s.kind).collect();
    for k in kinds {
        items.push((Swatch::Kind(k), k.name(lang).to_owned()));
    }
    items
}

/// Lay legend items out in rows; returns rows of (x, item index) and the total height.
fn flow(
    items: &[(Swatch, String)],
    width: f32,
    font: f32,
    pt: f32,
) -> (Vec<Vec<(f32, usize)>>, f32) {
    let sample = 24.0 * pt;
    let gap = 10.0 * pt;
    let row_h = font * 1.8;
    let mut rows: Vec<Vec<(f32, usize)>> = vec![Vec::new()];
    let mut x = 0.0;
    for (i, (_, text)) in items.iter().enumerate() {
        let w = sample + 4.0 * pt + text.chars().count() as f32 * CHAR_WIDTH * font;
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
    items: &[(Swatch, String)],
    rows: &[Vec<(f32, usize)>],
    at: (f32, f32),
    font: f32,
    pt: f32,
) {
    let sample = 24.0 * pt;
    let row_h = font * 1.8;
    let k = 0.5 * pt;
    for (r, row) in rows.iter().enumerate() {
        let cy = at.1 + r as f32 * row_h + row_h / 2.0;
        for &(x, i) in row {
            let (swatch, text) = &items[i];
            let (a, b) = (pos2(at.0 + x, cy), pos2(at.0 + x + sample, cy));
            match swatch {
                Swatch::Relation(kind) => {
                    let st = style::edge_style(*kind);
                    let w = st.width * k;
                    if st.double {
                        for side in [-1.0, 1.0] {
                            out.line(&polyline(
                                &offset_polyline(&[a, b], 2.5 * k * side),
                                st.color,
                                w * 0.8,
                                None,
                                1.0,
                            ));
                        }
                    } else {
                        out.line(&polyline(
                            &[a, b],
                            st.color,
                            w,
                            st.dash.map(|(p, q)| (p * k, q * k)),
                            1.0,
                        ));
                    }
                    if st.arrow {
                        let base = b.x - style::ARROW_LENGTH * k;
                        let hw = style::ARROW_HALF_WIDTH * k;
                        out.line(&format!(
                            r#"<polygon points="{:.2},{:.2} {:.2},{:.2} {:.2},{:.2}" fill="{}"/>"#,
                            b.x,
                            b.y,
                            base,
                            b.y - hw,
                            base,
                            b.y + hw,
                            st.color.hex()
                        ));
                    }
                    if st.bar {
                        let m = pos2(f32::midpoint(a.x, b.x), cy);
                        out.line(&polyline(
                            &[m - vec2(0.0, 8.0 * k), m + vec2(0.0, 8.0 * k)],
                            st.color,
                            6.0 * k,
                            None,
                            1.0,
                        ));
                    }
                }
                Swatch::Kind(kind) => {
                    let h = font * 1.1;
                    out.line(&format!(
                        r#"<rect x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" rx="{:.2}" fill="{}" stroke="{}" stroke-width="{:.2}"/>"#,
                        a.x, cy - h / 2.0, sample, h, h / 4.0, style::kind_fill(*kind).hex(), style::CARD_STROKE.hex(), 0.6 * k
                    ));
                }
                Swatch::Accent => {
                    out.line(&polyline(&[a, b], style::ACCENT, 8.0 * k, None, 0.7));
                    out.line(&polyline(
                        &[a, b],
                        style::edge_style(RelationKind::Dependency).color,
                        2.5 * k,
                        None,
                        1.0,
                    ));
                }
                Swatch::Loop => {
                    let h = font * 1.1;
                    out.line(&format!(
                        r#"<rect x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" rx="{:.2}" fill="none" stroke="{}" stroke-width="{:.2}"/>"#,
                        a.x, cy - h / 2.0, sample, h, h / 4.0, style::ACCENT.hex(), 3.0 * k
                    ));
                }
                Swatch::Missing => out.line(&polyline(
                    &[a, b],
                    style::MISSING,
                    2.0 * k,
                    Some((8.0 * k, 8.0 * k)),
                    1.0,
                )),
                Swatch::Blocked => out.line(&polyline(
                    &[a, b],
                    style::WARNING,
                    5.0 * k,
                    Some((14.0 * k, 8.0 * k)),
                    1.0,
                )),
            }
            out.line(&format!(
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
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_words_and_elides() {
        assert_eq!(
            wrap("Huisartsenpraktijk De Linde", 12, 3),
            vec!["Huisartsenp-", "raktijk De", "Linde"]
        );
        assert_eq!(wrap("Welzijn Oost", 12, 3), vec!["Welzijn Oost"]);
        assert_eq!(wrap("a b c d e f", 4, 2), vec!["a b", "c d…"]);
        assert_eq!(xml("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }

    #[test]
    fn cover_finds_points_under_cards_with_room_for_the_stroke() {
        use emath::{pos2, vec2};
        let cards = vec![
            Rect::from_min_size(pos2(0.0, 0.0), vec2(100.0, 50.0)),
            Rect::from_min_size(pos2(90.0, 0.0), vec2(100.0, 50.0)),
        ];
        let cover = Cover::new(cards);
        // Across both cards, well inside: hidden.
        assert!(cover.hides(
            &[pos2(20.0, 25.0), pos2(95.0, 25.0), pos2(170.0, 25.0)],
            5.0
        ));
        // Its stroke would stick out at the top edge: drawn.
        assert!(!cover.hides(&[pos2(20.0, 3.0)], 5.0));
        // Between cards or outside: drawn.
        assert!(!cover.hides(&[pos2(20.0, 25.0), pos2(250.0, 25.0)], 5.0));
    }
}
