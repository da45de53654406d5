//! The SVG back end of the one drawing path: [`Out`] implements `scene::draw`'s [`Pen`] by
//! writing SVG elements, each with the rows of the page it may paint (the rasteriser gives each
//! strip of the page only what reaches it). No decisions about the picture here: what is drawn
//! and where is the scene's.

use std::fmt::Write as _;

use emath::{Pos2, Rect, vec2};

use crate::geometry::Path;
use crate::scene::draw::{Paint, Pen};
use crate::style::Rgb;
use crate::text;

/// The elements of the drawing, each with the rows (pixels) it may paint, so the rasteriser
/// can give each strip of the page only what reaches it.
pub(super) struct Out {
    pub(super) elements: Vec<Element>,
    /// The rows the next elements paint; everything until told otherwise.
    pub(super) span: (f32, f32),
}

/// One SVG element and the rows it may paint.
#[derive(Debug, Clone)]
pub struct Element {
    pub top: f32,
    pub bottom: f32,
    pub svg: String,
}

impl Out {
    /// No elements yet; the first paint the rows `span`.
    pub(super) fn new(span: (f32, f32)) -> Out {
        Out {
            elements: Vec::new(),
            span,
        }
    }

    pub(super) fn push(&mut self, s: &str) {
        self.elements.push(Element {
            top: self.span.0,
            bottom: self.span.1,
            svg: s.to_owned(),
        });
    }

    /// The elements, one a line.
    pub(super) fn body(&self) -> String {
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

/// Escape text for XML.
pub(super) fn xml(s: &str) -> String {
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
}
