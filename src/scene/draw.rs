//! The one way the picture is drawn. The scene decided where everything goes; this module
//! decides how each thing looks (widths, dashes, arrowheads, the schot's bar, halos, label
//! boxes, note markers, cards and their names) and hands it to a [`Pen`]: the canvas's meshes
//! or the SVG writer. Neither back end makes a visual decision of its own, so the screen and
//! the report cannot drift apart.
//!
//! Order, bottom to top, as [`crate::scene`] says: relations, their labels and note markers,
//! cards, names. Nothing is drawn over a name.

use emath::{Pos2, Rect, Vec2, vec2};

use super::{Change, EdgeGeom, EdgeLook, NodeGeom, Scene};
use crate::geometry::{Path, offset_polyline, unit};
use crate::model::RelationKind;
use crate::style::{self, Rgb};
use crate::text;

/// A colour and how opaque it is (0–1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Paint {
    pub rgb: Rgb,
    pub alpha: f32,
}

impl Paint {
    pub const fn solid(rgb: Rgb) -> Paint {
        Paint { rgb, alpha: 1.0 }
    }

    #[must_use]
    pub fn times(self, alpha: f32) -> Paint {
        Paint {
            alpha: self.alpha * alpha,
            ..self
        }
    }
}

/// What a back end can draw, in its own units (screen points or page pixels).
pub trait Pen {
    /// Stroke a relation's path, solid or dashed (`(on, off)` lengths).
    fn path(&mut self, path: &Path, width: f32, paint: Paint, dash: Option<(f32, f32)>);
    /// Stroke straight runs through `pts`.
    fn line(&mut self, pts: &[Pos2], width: f32, paint: Paint);
    /// Fill a convex polygon.
    fn polygon(&mut self, pts: &[Pos2], paint: Paint);
    /// A rectangle with rounded corners, filled and/or outlined (the outline inside it).
    fn rect(&mut self, r: Rect, rounding: f32, fill: Option<Paint>, stroke: Option<(f32, Paint)>);
    fn circle(
        &mut self,
        centre: Pos2,
        radius: f32,
        fill: Option<Paint>,
        stroke: Option<(f32, Paint)>,
    );
    /// Lines of text, each centred horizontally in `r`, the block centred vertically, `size`
    /// high, [`text::LINE_HEIGHT`] apart.
    fn text(&mut self, r: Rect, lines: &[&str], size: f32, paint: Paint);
}

/// Where map units land: `p * scale + offset`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Place {
    pub scale: f32,
    pub offset: Vec2,
}

impl Place {
    pub fn pos(&self, p: Pos2) -> Pos2 {
        (p.to_vec2() * self.scale + self.offset).to_pos2()
    }

    pub fn rect(&self, r: Rect) -> Rect {
        Rect::from_min_max(self.pos(r.min), self.pos(r.max))
    }
}

/// How one back end wants the picture: its scale for strokes, and what is switched on.
#[derive(Debug, Clone, Copy, PartialEq)]
#[allow(clippy::struct_excessive_bools)] // independent switches, each named where it is set
pub struct Ink {
    /// Output units per map unit, for strokes and marks (the export never goes below what
    /// print can show).
    pub scale: f32,
    /// On a screen: strokes, arrowheads and bars never thinner or smaller than a few points,
    /// whatever the zoom.
    pub screen: bool,
    /// Relations in their colours for a dark background.
    pub dark: bool,
    pub high_contrast: bool,
    /// The analysis overlay: accents, blocked schotten, missing collaboration, loop rings.
    pub findings: bool,
    /// Far out on a screen: thin plain lines, no halos or dashes.
    pub plain: bool,
}

impl Ink {
    /// `x` map units in output units, at least `floor` on a screen.
    fn len(&self, x: f32, floor: f32) -> f32 {
        let v = x * self.scale;
        if self.screen { v.max(floor) } else { v }
    }
}

/// How a relation or card is shown right now (the canvas's focus and selection; the export
/// shows everything plainly).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct State {
    /// Outside the focus: drawn faint.
    pub faded: bool,
    pub selected: bool,
    pub hovered: bool,
}

/// How faint what lies outside the focus is drawn.
pub const FADE: f32 = 0.15;

/// A relation kind's look: colour, width, dash, arrowhead, double line, bar.
struct Look {
    paint: Paint,
    width: f32,
    dash: Option<(f32, f32)>,
    arrow: bool,
    double: bool,
    bar: bool,
}

fn look(e: &EdgeGeom, ink: &Ink) -> Look {
    match e.look {
        EdgeLook::Relation(kind) => {
            let s = style::edge_style(kind);
            let rgb = if ink.dark {
                style::edge_color_on_dark(kind)
            } else {
                s.color
            };
            Look {
                paint: Paint::solid(rgb),
                width: s.width,
                dash: s.dash,
                arrow: s.arrow,
                double: s.double,
                bar: s.bar,
            }
        }
        EdgeLook::Missing => Look {
            paint: Paint::solid(style::MISSING).times(0.8),
            width: style::MISSING_WIDTH,
            dash: Some(style::MISSING_DASH),
            arrow: false,
            double: false,
            bar: false,
        },
    }
}

/// Whether relation `e` is drawn at all.
pub fn shown(e: &EdgeGeom, ink: &Ink) -> bool {
    e.look != EdgeLook::Missing || ink.findings
}

/// A relation along `path` (output units).
pub fn relation(pen: &mut impl Pen, e: &EdgeGeom, path: &Path, ink: &Ink, state: State) {
    let Look {
        mut paint,
        width,
        mut dash,
        arrow,
        double,
        bar,
    } = look(e, ink);
    if state.faded {
        paint = paint.times(FADE);
    }
    if e.contested {
        paint = paint.times(style::CONTESTED_ALPHA);
    }
    if e.change == Some(Change::Removed) {
        paint = paint.times(style::GHOST_ALPHA);
        dash = dash.or(Some(style::GHOST_DASH));
    }
    let accents = ink.findings && !state.faded;
    if ink.plain {
        if ink.findings && (e.accent || e.warning) {
            paint = Paint::solid(if e.warning {
                style::WARNING
            } else {
                style::ACCENT
            });
        }
        pen.line(&path.points(4), 1.0, paint);
        if arrow {
            arrowhead(
                pen,
                path,
                2.0 * ink.len(style::ARROW_LENGTH, 0.0),
                0.5,
                paint,
                4.0,
            );
        }
        return;
    }
    let mut w = ink.len(width, 1.2);
    if ink.high_contrast {
        w = (w * 1.4).max(2.0);
    }
    if let Some(change @ (Change::Added | Change::Changed)) = e.change
        && !state.faded
    {
        let rgb = if change == Change::Added {
            style::ADDED
        } else {
            style::CHANGED
        };
        pen.path(
            path,
            w + ink.len(style::CHANGE_HALO, 7.0),
            Paint::solid(rgb).times(0.55),
            None,
        );
    }
    if accents && e.accent {
        // A mutual dependency: an accent halo under the arrow.
        pen.path(
            path,
            w + ink.len(style::ACCENT_HALO, 0.0),
            Paint::solid(style::ACCENT).times(0.7),
            None,
        );
    }
    if accents && e.warning {
        paint = Paint::solid(style::WARNING);
        w += ink.len(style::BLOCKED_EXTRA_WIDTH, 0.0);
    }
    if state.selected {
        pen.path(
            path,
            w + 8.0,
            Paint::solid(style::SELECTION).times(0.35),
            None,
        );
    }
    if double {
        let off = ink.len(2.5, 1.5);
        let pts = path.points(16);
        for side in [-1.0, 1.0] {
            pen.line(&offset_polyline(&pts, off * side), w * 0.8, paint);
        }
    } else {
        // The pattern at this scale; a screen keeps its dashes from shrinking to specks.
        let dash = dash.map(|(on, off)| (on * ink.scale, off * ink.scale));
        pen.path(path, w, paint, dash);
    }
    if arrow {
        let len = ink.len(style::ARROW_LENGTH, 8.0);
        let half = ink.len(style::ARROW_HALF_WIDTH, 4.0);
        arrowhead(pen, path, len, half / len, paint, 0.0);
    }
    if bar {
        let mid = path.at(0.5);
        let n = unit(path.at(0.55) - path.at(0.45)).rot90() * ink.len(style::SCHOT_BAR_HALF, 8.0);
        pen.line(
            &[mid - n, mid + n],
            ink.len(style::SCHOT_BAR_WIDTH, 2.5),
            paint,
        );
    }
    if e.contested && !state.faded {
        question_mark(pen, path.at(0.3), ink, look(e, ink).paint);
    }
}

/// A contested relation's mark: a "?" in a small white disc outlined in the relation's colour.
fn question_mark(pen: &mut impl Pen, at: Pos2, ink: &Ink, paint: Paint) {
    let r = ink.len(9.0, 9.0);
    pen.circle(
        at,
        r,
        Some(Paint::solid(Rgb(0xff, 0xff, 0xff))),
        Some((ink.len(1.5, 1.5), paint)),
    );
    pen.text(
        Rect::from_center_size(at, Vec2::splat(2.0 * r)),
        &["?"],
        1.4 * r,
        Paint::solid(Rgb(0x22, 0x22, 0x22)),
    );
}

/// An arrowhead `len` long, `spread × len` wide on each side, at the path's end; none when
/// shorter than `min_len`.
fn arrowhead(pen: &mut impl Pen, path: &Path, len: f32, spread: f32, paint: Paint, min_len: f32) {
    if len < min_len {
        return;
    }
    let tip = path.end();
    let dir = path.tangent(1.0);
    let base = tip - dir * len;
    let side = dir.rot90() * (len * spread);
    pen.polygon(&[tip, base + side, base - side], paint);
}

/// Colours of label boxes and their text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelColours {
    pub background: Paint,
    pub text: Paint,
}

impl LabelColours {
    /// On paper (and the light theme).
    pub const PAPER: LabelColours = LabelColours {
        background: Paint {
            rgb: Rgb(0xff, 0xff, 0xff),
            alpha: 0.9,
        },
        text: Paint::solid(Rgb(0x22, 0x22, 0x22)),
    };
}

/// The labels the scene placed, and the markers of its notes, for the relations whose map
/// paths are given (`None`: not drawn, so neither is its label).
pub fn labels(
    pen: &mut impl Pen,
    scene: &Scene,
    map_paths: &[Option<Path>],
    place: &Place,
    colours: LabelColours,
) {
    let size = scene.typography.label_size * place.scale;
    for l in &scene.labels {
        let Some(Some(path)) = map_paths.get(l.edge as usize) else {
            continue;
        };
        let r = place.rect(l.rect_on(path));
        pen.rect(r, size / 4.0, Some(colours.background), None);
        pen.text(r, &texts(&l.lines), size, colours.text);
    }
    for n in &scene.notes {
        let (Some(m), Some(Some(_))) = (n.marker, map_paths.get(n.edge as usize)) else {
            continue;
        };
        let r = place.rect(m);
        pen.circle(
            r.center(),
            r.width().min(r.height()) / 2.0,
            Some(colours.background),
            Some(((0.06 * size).max(1.0), colours.text)),
        );
        pen.text(r, &[n.number.to_string().as_str()], size, colours.text);
    }
}

/// A card at `r` (output units), without its name: the loop ring, fill and outline, the pin,
/// and the kind's badge (`code`, for names `size` high) in the top left corner: a second cue
/// beside the colour.
pub fn card(
    pen: &mut impl Pen,
    n: &NodeGeom,
    r: Rect,
    size: f32,
    code: &str,
    ink: &Ink,
    state: State,
) {
    let ghost = n.change == Some(Change::Removed);
    let fade = |p: Paint| {
        let p = if state.faded { p.times(FADE) } else { p };
        if ghost {
            p.times(style::GHOST_ALPHA)
        } else {
            p
        }
    };
    let fill = fade(Paint::solid(style::kind_fill(n.kind)));
    let stroke = if state.selected {
        (4.0, Paint::solid(style::SELECTION))
    } else if state.hovered {
        (2.5, Paint::solid(style::SELECTION))
    } else if ink.high_contrast {
        (ink.len(3.0, 2.5), fade(Paint::solid(Rgb(0, 0, 0))))
    } else {
        (ink.len(1.2, 1.0), fade(Paint::solid(style::CARD_STROKE)))
    };
    let ring = ink.findings && n.in_loop && !state.faded;
    if ink.plain {
        if ring {
            pen.rect(
                r.expand(3.0),
                0.0,
                None,
                Some((2.0, Paint::solid(style::ACCENT))),
            );
        }
        pen.rect(
            r,
            0.0,
            Some(fill),
            Some((stroke.0.min(r.width() / 4.0), stroke.1)),
        );
        return;
    }
    let rounding = ink.len(style::CARD_ROUNDING, 1.0).min(40.0);
    if n.change == Some(Change::Added) && !state.faded {
        // Came in this scenario: a green ring outside any loop ring.
        let w = ink.len(style::LOOP_RING_WIDTH, 2.0);
        let gap = ink.len(4.0, 3.0) * if ring { 3.0 } else { 1.0 } + if ring { w } else { 0.0 };
        pen.rect(
            r.expand(gap + w),
            rounding + gap + w,
            None,
            Some((w, Paint::solid(style::ADDED))),
        );
    }
    if ring {
        let w = ink.len(style::LOOP_RING_WIDTH, 2.0);
        let gap = ink.len(4.0, 3.0);
        pen.rect(
            r.expand(gap + w),
            rounding + gap + w,
            None,
            Some((w, Paint::solid(style::ACCENT))),
        );
    }
    pen.rect(r, rounding, Some(fill), Some(stroke));
    badge(pen, r, size, code, fade);
    if n.pinned {
        // A pin in the corner: this one stays put when the map is tidied.
        let inset = ink.len(10.0, 7.0);
        let at = r.right_top() + vec2(-inset, inset);
        pen.circle(
            at,
            ink.len(5.0, 3.5),
            Some(fade(Paint::solid(style::SELECTION))),
            Some((1.0, fade(Paint::solid(Rgb(0xff, 0xff, 0xff))))),
        );
    }
}

/// The kind's code in a small light box in the card's top left corner, inside the strip
/// the scene keeps free above the name ([`crate::card::BADGE_STRIP`]).
fn badge(pen: &mut impl Pen, r: Rect, size: f32, code: &str, fade: impl Fn(Paint) -> Paint) {
    if code.is_empty() {
        return;
    }
    let text_size = 0.55 * size;
    let margin = 0.1 * size;
    let b = Rect::from_min_size(
        r.min + vec2(margin, margin),
        vec2(text::text_width(code, text_size) + 0.35 * size, 0.68 * size),
    );
    pen.rect(
        b,
        0.12 * size,
        Some(fade(Paint::solid(Rgb(0xff, 0xff, 0xff)).times(0.65))),
        None,
    );
    pen.text(
        b,
        &[code],
        text_size,
        fade(Paint::solid(style::CARD_TEXT).times(0.9)),
    );
}

/// A card's name, centred on the card at `r` (output units) below the badge strip, `size`
/// high.
pub fn name(pen: &mut impl Pen, n: &NodeGeom, r: Rect, size: f32, ink: &Ink, state: State) {
    let paint = if ink.high_contrast {
        Paint::solid(Rgb(0, 0, 0))
    } else {
        Paint::solid(style::CARD_TEXT)
    };
    let paint = if state.faded {
        paint.times(FADE)
    } else {
        paint
    };
    let paint = if n.change == Some(Change::Removed) {
        paint.times(style::GHOST_ALPHA)
    } else {
        paint
    };
    let area = Rect::from_min_max(
        emath::pos2(
            r.min.x,
            (r.min.y + crate::card::BADGE_STRIP * size).min(r.center().y),
        ),
        r.max,
    );
    pen.text(area, &texts(&n.lines), size, paint);
}

/// A legend item's sample in `r` (output units), drawn as the map draws it; a kind's sample is
/// a small card with its code.
pub fn swatch(pen: &mut impl Pen, swatch: super::legend::Swatch, r: Rect, code: &str, ink: &Ink) {
    use super::legend::Swatch;
    let path: Path = crate::geometry::Curve::straight(r.left_center(), r.right_center()).into();
    let edge = |look: EdgeLook, accent: bool, warning: bool| EdgeGeom {
        accent,
        warning,
        ..EdgeGeom::new(look, 0, 0)
    };
    let marks = Ink {
        findings: true,
        plain: false,
        ..*ink
    };
    let plain = State::default();
    match swatch {
        Swatch::Relation(kind) => {
            relation(
                pen,
                &edge(EdgeLook::Relation(kind), false, false),
                &path,
                &marks,
                plain,
            );
        }
        Swatch::Accent => relation(
            pen,
            &edge(EdgeLook::Relation(RelationKind::Dependency), true, false),
            &path,
            &marks,
            plain,
        ),
        Swatch::Blocked => relation(
            pen,
            &edge(EdgeLook::Relation(RelationKind::Schot), false, true),
            &path,
            &marks,
            plain,
        ),
        Swatch::Missing => relation(
            pen,
            &edge(EdgeLook::Missing, false, false),
            &path,
            &marks,
            plain,
        ),
        Swatch::Contested | Swatch::Added | Swatch::Removed | Swatch::Changed => {
            let e = EdgeGeom {
                contested: swatch == Swatch::Contested,
                change: match swatch {
                    Swatch::Added => Some(Change::Added),
                    Swatch::Removed => Some(Change::Removed),
                    Swatch::Changed => Some(Change::Changed),
                    _ => None,
                },
                ..edge(EdgeLook::Relation(RelationKind::Dependency), false, false)
            };
            // The "?" sits at a third of the sample: short samples put it in the middle.
            relation(pen, &e, &path, &marks, plain);
        }
        Swatch::Kind(kind) => {
            pen.rect(
                r,
                r.height() * 0.25,
                Some(Paint::solid(style::kind_fill(kind))),
                Some((ink.len(1.2, 1.0), Paint::solid(style::CARD_STROKE))),
            );
            pen.text(
                r,
                &[code],
                r.height() * 0.62,
                Paint::solid(style::CARD_TEXT),
            );
        }
        Swatch::Loop => {
            pen.rect(
                r,
                r.height() * 0.25,
                None,
                Some((
                    ink.len(style::LOOP_RING_WIDTH, 2.0),
                    Paint::solid(style::ACCENT),
                )),
            );
        }
    }
}

fn texts(lines: &[text::Line]) -> Vec<&str> {
    lines.iter().map(|l| l.text.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_ids::rid;
    use crate::model::test_ids::sid;
    use emath::pos2;

    /// Writes down what it is asked to draw.
    #[derive(Default)]
    struct Recorder(Vec<String>);

    impl Pen for Recorder {
        fn path(&mut self, _: &Path, width: f32, paint: Paint, dash: Option<(f32, f32)>) {
            self.0
                .push(format!("path {width:.1} {} {dash:?}", paint.alpha));
        }
        fn line(&mut self, pts: &[Pos2], width: f32, _: Paint) {
            self.0.push(format!("line {} {width:.1}", pts.len()));
        }
        fn polygon(&mut self, pts: &[Pos2], _: Paint) {
            self.0.push(format!("polygon {}", pts.len()));
        }
        fn rect(&mut self, _: Rect, _: f32, fill: Option<Paint>, _: Option<(f32, Paint)>) {
            self.0.push(format!("rect {}", fill.is_some()));
        }
        fn circle(&mut self, _: Pos2, _: f32, _: Option<Paint>, _: Option<(f32, Paint)>) {
            self.0.push("circle".into());
        }
        fn text(&mut self, _: Rect, lines: &[&str], _: f32, _: Paint) {
            self.0.push(format!("text {}", lines.join("|")));
        }
    }

    fn edge(kind: RelationKind) -> EdgeGeom {
        EdgeGeom {
            id: Some(rid("r")),
            ..EdgeGeom::new(EdgeLook::Relation(kind), 0, 1)
        }
    }

    const PRINT: Ink = Ink {
        scale: 2.0,
        screen: false,
        dark: false,
        high_contrast: false,
        findings: true,
        plain: false,
    };

    #[test]
    fn each_kind_is_drawn_with_its_marks() {
        let path: Path = crate::geometry::Curve::straight(pos2(0.0, 0.0), pos2(400.0, 0.0)).into();
        let draw = |kind, ink: &Ink, state| {
            let mut r = Recorder::default();
            relation(&mut r, &edge(kind), &path, ink, state);
            r.0
        };
        let d = draw(RelationKind::Dependency, &PRINT, State::default());
        assert_eq!(d, ["path 5.0 1 None", "polygon 3"]);
        let s = draw(RelationKind::Schot, &PRINT, State::default());
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(s[0].starts_with("path 10.0 1 Some"), "{s:?}");
        assert!(s[1].starts_with("line 2"), "the bar: {s:?}");
        let c = draw(RelationKind::Collaboration, &PRINT, State::default());
        assert_eq!(c.len(), 2, "a double line: {c:?}");
        assert!(c.iter().all(|x| x.starts_with("line")));
        // Outside the focus: faint.
        let faded = State {
            faded: true,
            ..State::default()
        };
        assert_eq!(
            draw(RelationKind::Dependency, &PRINT, faded)[0],
            format!("path 5.0 {FADE} None")
        );
        // On a screen far out: never thinner than a point, and the arrowhead stays.
        let far = Ink {
            scale: 0.01,
            screen: true,
            ..PRINT
        };
        let d = draw(RelationKind::Dependency, &far, State::default());
        assert_eq!(d, ["path 1.2 1 None", "polygon 3"]);
    }

    #[test]
    fn a_card_then_its_name_and_never_a_name_cut() {
        let m = {
            let mut m = crate::model::Map::new("t");
            m.add_stakeholder(crate::model::Stakeholder::new(
                sid("a"),
                "Vrijwilligerscentrale Midden-Holland",
                crate::model::StakeholderKind::Welfare,
                0.0,
                0.0,
            ))
            .unwrap();
            m
        };
        let scene = Scene::build(&m, &crate::analysis::analyze(&m));
        let n = &scene.nodes[0];
        let mut r = Recorder::default();
        card(&mut r, n, n.rect, 17.0, "WZ", &PRINT, State::default());
        name(&mut r, n, n.rect, 17.0, &PRINT, State::default());
        assert_eq!(r.0[0], "rect true");
        assert_eq!(r.0[2], "text WZ", "the badge: {:?}", r.0);
        let text = r.0.last().unwrap();
        // Lines as the scene broke them (hyphens added at breaks taken out again).
        assert_eq!(
            text.trim_start_matches("text ").replace("-|", ""),
            "Vrijwilligerscentrale|Midden-Holland",
            "{:?}",
            r.0
        );
    }
}
