//! What sits around the map: the title block above it (title, date, counts), the legend of what
//! appears and the numbered notes (relation labels that found no room on the map) below it.

use std::fmt::Write as _;

use emath::{Pos2, Rect, pos2};

use super::ExportOptions;
use super::page::{Page, Placement, mm};
use super::writer::{Out, xml};
use crate::lang::Lang;
use crate::model::Map;
use crate::scene::Scene;
use crate::scene::draw::{self, Ink};
use crate::scene::legend::{self, Swatch};
use crate::style;
use crate::text;

/// The legend and the notes laid out under the map, in pixels.
pub(super) struct Furniture {
    legend: Vec<legend::Item>,
    /// The legend's rows: each item's x and index.
    rows: Vec<Vec<(f32, usize)>>,
    pub legend_top: f32,
    notes: Vec<(u32, Vec<text::Line>)>,
    notes_top: f32,
    /// Where the notes end.
    pub bottom: f32,
}

impl Furniture {
    /// The legend of what `map` shows (and of a comparison's marks), from `top` down, then the
    /// notes of `scene`.
    pub fn lay_out(
        map: &Map,
        scene: &Scene,
        opts: &ExportOptions,
        page: &Page,
        map_bottom: f32,
    ) -> Furniture {
        let (lang, small_px) = (opts.lang, page.small_px);
        let mut legend = legend::items(map, opts.findings, legend::Relations::Present, lang);
        legend.extend(legend::compare_items(&opts.marks, lang));
        let legend_top = map_bottom + mm(opts, 6.0);
        let (rows, legend_h) = flow(&legend, page.width - 2.0 * page.margin, small_px, page.pt);
        // Labels with no room on the map: numbered, listed under the legend.
        let notes = note_lines(scene, page.avail, small_px, lang);
        let notes_top = legend_top + legend_h + if notes.is_empty() { 0.0 } else { small_px };
        let bottom = notes_top + notes_height(&notes, small_px);
        Furniture {
            legend,
            rows,
            legend_top,
            notes,
            notes_top,
            bottom,
        }
    }

    /// The title block and the legend (with the notes), in map units, for the legibility
    /// checker: the map must keep off them. `height` is the page's.
    pub fn reserved(&self, page: &Page, placement: &Placement, height: f32) -> [Rect; 2] {
        let to_map = |p: Pos2| placement.to_map(p);
        [
            Rect::from_min_max(
                to_map(pos2(0.0, 0.0)),
                to_map(pos2(page.width, page.header_h)),
            ),
            Rect::from_min_max(
                to_map(pos2(0.0, self.legend_top - page.small_px * 0.5)),
                to_map(pos2(page.width, height)),
            ),
        ]
    }

    /// The legend and the notes.
    pub fn draw(&self, out: &mut Out, page: &Page, lang: Lang) {
        let small_px = page.small_px;
        out.span = (self.legend_top - small_px, f32::INFINITY);
        draw_legend(
            out,
            &self.legend,
            &self.rows,
            (page.margin, self.legend_top),
            small_px,
            page.pt,
            lang,
        );
        draw_notes(out, &self.notes, (page.margin, self.notes_top), small_px);
    }
}

/// The title (or the default one) and, under it, the date and what the map holds (`counted`:
/// without a comparison's ghosts).
pub(super) fn title_block(
    out: &mut Out,
    map: &Map,
    counted: &Map,
    opts: &ExportOptions,
    page: &Page,
) {
    let (lang, margin, title_px, small_px) = (opts.lang, page.margin, page.title_px, page.small_px);
    out.push(&format!(
        r#"<text x="{:.1}" y="{:.1}" font-size="{:.1}" fill="{}">{}</text>"#,
        margin,
        margin + title_px,
        title_px,
        style::CARD_TEXT.hex(),
        xml(&text::drawable(if map.title.trim().is_empty() {
            crate::tr!(lang, "export-default-title")
        } else {
            &map.title
        }))
    ));
    let counts = format!(
        "{} · {} · ecomap",
        opts.date,
        crate::tr!(
            lang,
            "map-counts",
            s = counted.stakeholder_count(),
            r = counted.relation_count()
        )
    );
    out.push(&format!(
        r##"<text x="{:.1}" y="{:.1}" font-size="{:.1}" fill="#555555">{}</text>"##,
        margin,
        margin + title_px * 1.2 + small_px * 1.1,
        small_px,
        xml(&counts)
    ));
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
                crate::tr!(lang, "export-no-room")
            };
            // Ubuntu Light has no arrow glyph: say it in words.
            let line = crate::tr!(
                lang,
                "export-note-relation",
                note = text::drawable(&n.text),
                a = text::drawable(a),
                b = text::drawable(b)
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
