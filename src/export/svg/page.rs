//! The page: its measures, the scale the map is drawn at (names at least 9 pt: the spacing
//! shrinks, not the text), where the map sits, the map drawn there, and the SVG document around
//! it all (its size in millimetres and pixels, the white background).

use emath::{Pos2, Rect, pos2, vec2};

use super::crowd::{self, Cover};
use super::writer::Out;
use super::{ExportOptions, FONT_FAMILY, MAX_SIDE};
use crate::analysis::Analysis;
use crate::card::{Frame, Typography};
use crate::lang::Lang;
use crate::model::Map;
use crate::scene::draw::{self, Ink, LabelColours, Place, State};
use crate::scene::{EdgeLook, Scene};
use crate::style;
use crate::text;

/// Text sizes in points.
const NAME_PT: f32 = 9.0;
const LABEL_PT: f32 = 7.0;
const TITLE_PT: f32 = 16.0;
const SMALL_PT: f32 = 8.0;

/// `v` millimetres in pixels.
pub(super) fn mm(opts: &ExportOptions, v: f32) -> f32 {
    v / 25.4 * opts.dpi as f32
}

/// The page's measures in pixels, known before anything is drawn.
pub(super) struct Page {
    /// Pixels per point.
    pub pt: f32,
    pub width: f32,
    pub margin: f32,
    pub title_px: f32,
    /// The counts under the title, the legend and the notes.
    pub small_px: f32,
    /// The title block: title and counts.
    pub header_h: f32,
    pub name_px: f32,
    /// The width the map may take.
    pub avail: f32,
}

/// The map at print size: its scene, the scale (pixels per map unit) and how crowded it was:
/// pairs of cards that overlapped, the spacing factor that would part them, and whether they
/// were moved apart.
pub(super) struct Fitted {
    pub scene: Scene,
    pub s: f32,
    pub crowding: (usize, f32, bool),
}

impl Page {
    pub fn new(opts: &ExportOptions) -> Page {
        let pt = opts.px_per_pt();
        let width = opts.width_px() as f32;
        let margin = mm(opts, 6.0);
        let title_px = TITLE_PT * pt;
        let small_px = SMALL_PT * pt;
        Page {
            pt,
            width,
            margin,
            title_px,
            small_px,
            header_h: margin + title_px * 1.2 + small_px * 1.6,
            name_px: NAME_PT * pt,
            avail: width - 2.0 * margin,
        }
    }

    /// The scale (map units → pixels) and the scene at it: cards never smaller than their text
    /// needs, the spacing between them shrunk until the map fits the page's width. Without
    /// `route`, relations are drawn as placed.
    pub fn fit(&self, map: &Map, analysis: &Analysis, opts: &ExportOptions, route: bool) -> Fitted {
        let (pt, name_px, avail) = (self.pt, self.name_px, self.avail);
        let pad = 0.5 * name_px;
        let min_w = mm(opts, 26.0);
        let min_h = 2.0 * text::LINE_HEIGHT * name_px + 2.0 * pad;
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
        // cards and labels beside them reach past the cards: shrink the spacing until it all
        // fits.
        let typography = |s: f32| Typography {
            name_size: name_px / s,
            label_size: LABEL_PT * pt / s,
            card: vec2(
                style::CARD_WIDTH.max(min_w / s),
                style::CARD_HEIGHT.max(min_h / s),
            ),
            pad: pad / s,
            route,
            // The page moves crowded cards its own way (`crowd::print_scene`).
            separate: false,
            stretch: 0.0,
            shortest: false,
            // Relations and labels stay on the page.
            frame: Frame::Page(avail / s),
        };
        let gap = mm(opts, 2.5);
        // The map may grow to two thirds of the tallest image, leaving room for the legend.
        let max_map_px = MAX_SIDE as f32 * 2.0 / 3.0;
        let scene_at = |s: f32| {
            crowd::print_scene(
                map,
                analysis,
                &opts.marks,
                &typography(s),
                gap / s,
                max_map_px / s,
            )
        };
        let (mut scene, mut crowding) = scene_at(s);
        // Cards wider than the smallest (an unbreakable word) can make the cards wider than the
        // page: shrink the spacing until they fit (cards only ever move down, so this settles).
        for _ in 0..4 {
            let cards_w = scene.bounds.map_or(0.0, |b| b.width()) * s;
            if cards_w <= avail * 1.001 || cards_w <= 0.0 {
                break;
            }
            s = (s * avail / cards_w).max(1e-6);
            (scene, crowding) = scene_at(s);
        }
        Fitted { scene, s, crowding }
    }
}

/// Where the map sits on the page: map units to pixels, centred under the title block.
pub(super) struct Placement {
    /// Everything the scene draws (map units).
    content: Rect,
    left: f32,
    top: f32,
    /// Pixels per map unit.
    s: f32,
}

impl Placement {
    pub fn new(page: &Page, opts: &ExportOptions, fitted: &Fitted) -> Placement {
        let s = fitted.s;
        let content = fitted
            .scene
            .content_bounds()
            .unwrap_or(Rect::from_center_size(
                Pos2::ZERO,
                vec2(style::CARD_WIDTH, style::CARD_HEIGHT),
            ));
        Placement {
            content,
            left: page.margin + (page.avail - content.width() * s).max(0.0) / 2.0,
            top: page.header_h + mm(opts, 4.0),
            s,
        }
    }

    /// Where the map ends (pixels).
    pub fn bottom(&self) -> f32 {
        self.top + self.content.height() * self.s
    }

    pub fn pos(&self, p: Pos2) -> Pos2 {
        pos2(
            self.left + (p.x - self.content.min.x) * self.s,
            self.top + (p.y - self.content.min.y) * self.s,
        )
    }

    pub fn rect(&self, r: Rect) -> Rect {
        Rect::from_min_max(self.pos(r.min), self.pos(r.max))
    }

    /// A point of the page (pixels) in map units.
    pub fn to_map(&self, p: Pos2) -> Pos2 {
        pos2(
            self.content.min.x + (p.x - self.left) / self.s,
            self.content.min.y + (p.y - self.top) / self.s,
        )
    }

    /// The same, for `scene::draw`.
    fn place(&self) -> Place {
        Place {
            scale: self.s,
            offset: vec2(
                self.left - self.content.min.x * self.s,
                self.top - self.content.min.y * self.s,
            ),
        }
    }

    /// The map, bottom to top, through the one drawing path (`scene::draw`): relations, their
    /// labels and note markers, cards, names. Nothing is drawn over a name, and the scene placed
    /// the labels where they cover no card. Returns each stakeholder's id and card (pixels).
    pub fn draw(
        &self,
        out: &mut Out,
        scene: &Scene,
        ink: &Ink,
        name_px: f32,
        lang: Lang,
    ) -> Vec<(crate::model::StakeholderId, Rect)> {
        let (s, k) = (self.s, ink.scale);
        let at = self.place();
        let cards: Vec<Rect> = scene.nodes.iter().map(|n| self.rect(n.rect)).collect();
        // The widest reach of any relation (the schot, blocked): what is hidden with this
        // margin is hidden whatever is drawn there.
        let cover = Cover::new(&cards, (6.5 + 20.0) * k);
        let mut drawn: Vec<Option<crate::geometry::Path>> = vec![None; scene.edges.len()];
        for (i, e) in scene.edges.iter().enumerate() {
            if !draw::shown(e, ink) {
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
            draw::relation(out, e, &path, ink, State::default());
        }
        draw::labels(out, scene, &drawn, &at, LabelColours::PAPER);
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
        let name_hidden = crowd::hidden_under(&text_boxes, &cards);
        for (n, r) in scene.nodes.iter().zip(&cards) {
            draw::card(
                out,
                n,
                *r,
                name_px,
                n.kind.code(lang),
                ink,
                State::default(),
            );
            placed.push((n.id.clone(), *r));
        }
        // Names last. A name wholly under cards drawn after it (a pile of cards on a narrow
        // page) would cost as much as any other to shape, and show nothing.
        for ((n, r), hidden) in scene.nodes.iter().zip(&cards).zip(name_hidden) {
            if !hidden {
                draw::name(out, n, *r, name_px, ink, State::default());
            }
        }
        placed
    }
}

/// The SVG document of `body` on a page `width_px` × `height_px`: sized in millimetres (the
/// file users get), with the white page unless transparent; and its opening tag sized in
/// pixels, for the rasteriser.
pub(super) fn document(
    opts: &ExportOptions,
    width_px: u32,
    height_px: u32,
    body: &str,
) -> (String, String) {
    // The white page: in the SVG document only; the rasteriser fills its canvas instead,
    // which is much cheaper than painting a page-sized rectangle.
    let background = if opts.transparent {
        String::new()
    } else {
        format!(r##"<rect x="0" y="0" width="{width_px}" height="{height_px}" fill="#ffffff"/>"##)
            + "\n"
    };
    let head = |w: String, h: String| {
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {width_px} {height_px}" font-family="{FONT_FAMILY}">"#
        )
    };
    let w_mm = opts.width_mm;
    let h_mm = f64::from(height_px) / opts.dpi * 25.4;
    let head_px = head(width_px.to_string(), height_px.to_string());
    let svg = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}\n{background}{}</svg>\n",
        head(format!("{w_mm:.2}mm"), format!("{h_mm:.2}mm")),
        body
    );
    (head_px, svg)
}
