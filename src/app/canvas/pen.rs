//! The canvas back end of the one drawing path (`scene::draw`): strokes, arrowheads and plain
//! cards go into one mesh (dashes into one mesh per dash texture), rounded cards, label boxes
//! and markers become shapes, and text is laid out last, in one go. Within what one pen draws,
//! the order is mesh, shapes, text: names and labels are never covered by what was drawn with
//! them.

use egui::{Color32, CornerRadius, FontId, Pos2, Rect, Shape, Stroke, StrokeKind, pos2};

use crate::app::mesh::Lines;
use crate::geometry::Path;
use crate::scene::draw::{Paint, Pen};
use crate::scene::text::LINE_HEIGHT;

pub fn paint(p: Paint) -> Color32 {
    let c = Color32::from_rgb(p.rgb.0, p.rgb.1, p.rgb.2);
    if p.alpha < 1.0 {
        c.gamma_multiply(p.alpha.max(0.0))
    } else {
        c
    }
}

/// A line's text hash, font size (bits) and colour.
type GalleyKey = (u64, u32, [u8; 4]);

/// Laid-out lines of text kept between frames (the canvas redraws the same names every frame;
/// egui's own cache hashes and bookkeeps each lookup, which for a few hundred cards and their
/// badges was half a millisecond). Keyed by the text's hash, size and colour; the text is
/// kept to rule out a collision.
#[derive(Default)]
pub struct GalleyCache {
    map: std::collections::HashMap<GalleyKey, (String, std::sync::Arc<egui::Galley>)>,
    /// The pixels per point the galleys were laid out for.
    ppp: f32,
    /// How full egui's font atlas was after the last layout, and its size: egui makes a new
    /// atlas when the old one is nearly full or the fonts change, and galleys laid out into
    /// the old one then point at the wrong glyphs (names garbled after reopening a map).
    atlas: (f32, [usize; 2]),
    /// Which fonts the galleys were laid out with (families, and the font data by address):
    /// new fonts come with a new atlas however full the old one was.
    fonts: u64,
}

impl GalleyCache {
    /// Forget everything (the fonts changed, or it grew big).
    pub fn clear(&mut self) {
        self.map.clear();
    }

    /// Forget the galleys if egui made a new font atlas since the last layout: a new atlas
    /// starts emptier (or smaller) than the old one was; an atlas only ever fills and grows.
    fn follow_atlas(&mut self, fonts: &egui::epaint::FontsView<'_>) {
        let (fill, size) = (fonts.font_atlas_fill_ratio(), fonts.font_image_size());
        let which = fonts_key(fonts.definitions());
        if fill < self.atlas.0
            || size[0] != self.atlas.1[0]
            || size[1] < self.atlas.1[1]
            || which != self.fonts
        {
            self.map.clear();
            self.fonts = which;
        }
    }

    fn laid_out(&mut self, fonts: &egui::epaint::FontsView<'_>) {
        self.atlas = (fonts.font_atlas_fill_ratio(), fonts.font_image_size());
    }

    fn get(
        &mut self,
        fonts: &mut egui::epaint::FontsView<'_>,
        text: &str,
        size: f32,
        color: Color32,
    ) -> std::sync::Arc<egui::Galley> {
        use std::hash::BuildHasher as _;
        if self.map.len() > 20_000 {
            self.map.clear();
        }
        let hash = foldhash::fast::FixedState::with_seed(7).hash_one(text);
        let key = (hash, size.to_bits(), color.to_array());
        if let Some((t, g)) = self.map.get(&key)
            && t == text
        {
            return g.clone();
        }
        let g = fonts.layout_no_wrap(text.to_owned(), FontId::proportional(size), color);
        self.map.insert(key, (text.to_owned(), g.clone()));
        g
    }
}

/// A cheap fingerprint of font definitions: the families' font lists and each font's data by
/// address (comparing the definitions would compare megabytes of font data every frame).
fn fonts_key(defs: &egui::FontDefinitions) -> u64 {
    use std::hash::{BuildHasher as _, Hash as _, Hasher as _};
    let mut h = foldhash::fast::FixedState::with_seed(11).build_hasher();
    for (family, names) in &defs.families {
        format!("{family:?}").hash(&mut h);
        names.hash(&mut h);
    }
    for (name, data) in &defs.font_data {
        name.hash(&mut h);
        (std::sync::Arc::as_ptr(data) as usize).hash(&mut h);
    }
    h.finish()
}

pub struct ScreenPen<'a> {
    pub lines: Lines,
    shapes: Vec<Shape>,
    texts: Vec<(Rect, Vec<String>, f32, Color32)>,
    /// Dash textures by pattern (on, off): a dashed stroke whose proportions match one is a
    /// textured quad per straight piece.
    textures: &'a [((f32, f32), egui::TextureHandle)],
    /// Far out: strokes as plain thin lines.
    plain: bool,
    /// What is on screen: text outside it is not laid out.
    clip: Rect,
}

impl<'a> ScreenPen<'a> {
    pub fn new(
        lines: Lines,
        textures: &'a [((f32, f32), egui::TextureHandle)],
        plain: bool,
        clip: Rect,
    ) -> ScreenPen<'a> {
        ScreenPen {
            lines,
            shapes: Vec::new(),
            texts: Vec::new(),
            textures,
            plain,
            clip,
        }
    }

    /// Everything drawn, bottom to top: the mesh, the dashes, the shapes, the text.
    pub fn finish(self, ctx: &egui::Context) -> Vec<Shape> {
        self.finish_with(ctx, &mut GalleyCache::default())
    }

    /// [`Self::finish`], laying out text through `cache`.
    pub fn finish_with(self, ctx: &egui::Context, cache: &mut GalleyCache) -> Vec<Shape> {
        let ppp = ctx.pixels_per_point();
        if cache.ppp.to_bits() != ppp.to_bits() {
            cache.clear();
            cache.ppp = ppp;
        }
        let mut out = Vec::with_capacity(2 + self.shapes.len() + self.texts.len());
        if !self.lines.mesh.is_empty() {
            out.push(Shape::mesh(self.lines.mesh));
        }
        out.extend(self.lines.dashes.into_iter().map(Shape::mesh));
        out.extend(self.shapes);
        if !self.texts.is_empty() {
            ctx.fonts_mut(|f| {
                cache.follow_atlas(f);
                for (r, lines, size, color) in self.texts {
                    let lh = LINE_HEIGHT * size;
                    let top = r.center().y - lines.len() as f32 * lh / 2.0;
                    for (k, line) in lines.into_iter().enumerate() {
                        let galley = cache.get(f, &line, size, color);
                        let at = pos2(
                            r.center().x - galley.size().x / 2.0,
                            top + k as f32 * lh + (lh - galley.size().y) / 2.0,
                        );
                        out.push(Shape::galley(at, galley, color));
                    }
                }
                cache.laid_out(f);
            });
        }
        out
    }

    /// Enough points for a smooth curve on screen, no more.
    fn flatten(path: &Path) -> Vec<Pos2> {
        let mut pts: Vec<Pos2> = Vec::new();
        for c in &path.pieces {
            let segments = if c.is_straight() {
                1
            } else {
                (c.length() / 24.0).clamp(4.0, 20.0) as usize
            };
            let skip = usize::from(!pts.is_empty());
            pts.extend(c.points(segments).into_iter().skip(skip));
        }
        pts
    }
}

impl Pen for ScreenPen<'_> {
    fn path(&mut self, path: &Path, width: f32, p: Paint, dash: Option<(f32, f32)>) {
        let pts = ScreenPen::flatten(path);
        let color = paint(p);
        let Some((on, off)) = dash else {
            self.lines.polyline(&pts, width, color);
            return;
        };
        // The texture of the same proportions (the pattern scaled by the zoom).
        let ratio = on / (on + off);
        let texture = self
            .textures
            .iter()
            .find(|((a, b), _)| (a / (a + b) - ratio).abs() < 1e-3);
        match texture {
            // Never shorter than a few points, or a dotted line becomes a haze of specks.
            Some((_, tex)) => {
                self.lines
                    .dashed_textured(&pts, width, color, (on + off).max(9.0), tex.id());
            }
            None => self
                .lines
                .dashed(&pts, width, color, on.max(3.0), off.max(6.0)),
        }
    }

    fn line(&mut self, pts: &[Pos2], width: f32, p: Paint) {
        let color = paint(p);
        if self.plain {
            for s in pts.windows(2) {
                self.lines.plain_segment(s[0], s[1], width, color);
            }
        } else {
            self.lines.polyline(pts, width, color);
        }
    }

    fn polygon(&mut self, pts: &[Pos2], p: Paint) {
        let color = paint(p);
        for k in 1..pts.len().saturating_sub(1) {
            self.lines.triangle(pts[0], pts[k], pts[k + 1], color);
        }
    }

    fn rect(&mut self, r: Rect, rounding: f32, fill: Option<Paint>, stroke: Option<(f32, Paint)>) {
        if self.plain {
            if let Some(f) = fill {
                self.lines.rect(r, paint(f));
            }
            if let Some((w, s)) = stroke {
                self.lines.rect_outline(r, w, paint(s));
            }
            return;
        }
        // Fill and outline as one shape: the rounded outline is worked out once.
        self.shapes.push(Shape::Rect(egui::epaint::RectShape::new(
            r,
            CornerRadius::same(rounding.clamp(0.0, 255.0) as u8),
            fill.map_or(Color32::TRANSPARENT, paint),
            stroke.map_or(Stroke::NONE, |(w, s)| Stroke::new(w, paint(s))),
            StrokeKind::Inside,
        )));
    }

    fn circle(
        &mut self,
        centre: Pos2,
        radius: f32,
        fill: Option<Paint>,
        stroke: Option<(f32, Paint)>,
    ) {
        if let Some(f) = fill {
            self.shapes
                .push(Shape::circle_filled(centre, radius, paint(f)));
        }
        if let Some((w, s)) = stroke {
            self.shapes.push(Shape::circle_stroke(
                centre,
                radius,
                Stroke::new(w, paint(s)),
            ));
        }
    }

    fn text(&mut self, r: Rect, lines: &[&str], size: f32, p: Paint) {
        if !self.clip.intersects(r) {
            return;
        }
        self.texts.push((
            r,
            lines.iter().map(|l| (*l).to_owned()).collect(),
            size,
            paint(p),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scene::draw::Paint;

    /// The galley drawn for "Gemeente" by a pen through `cache`, this pass.
    fn drawn(ctx: &egui::Context, cache: &mut GalleyCache) -> std::sync::Arc<egui::Galley> {
        let mut out = None;
        let mut full = ctx.run_ui(egui::RawInput::default(), |ui| {
            let clip = Rect::from_min_size(Pos2::ZERO, egui::vec2(800.0, 600.0));
            let mut pen = ScreenPen::new(Lines::default(), &[], false, clip);
            let card = Rect::from_min_size(pos2(10.0, 10.0), egui::vec2(180.0, 60.0));
            pen.text(
                card,
                &["Gemeente"],
                14.0,
                Paint::solid(crate::style::CARD_TEXT),
            );
            for s in pen.finish_with(ui.ctx(), cache) {
                if let Shape::Text(t) = s {
                    out = Some(t.galley);
                }
            }
        });
        full.textures_delta.clear();
        out.expect("the name was drawn")
    }

    #[test]
    fn kept_text_is_laid_out_again_when_egui_makes_a_new_font_atlas() {
        let ctx = egui::Context::default();
        let mut cache = GalleyCache::default();
        let first = drawn(&ctx, &mut cache);
        // The same frame after frame: laid out once.
        assert!(std::sync::Arc::ptr_eq(&first, &drawn(&ctx, &mut cache)));
        // New fonts (as after a language or zoom change, or a full atlas): a new atlas. The
        // galley kept from the old one would draw wrong glyphs.
        let mut fonts = egui::FontDefinitions::default();
        if let Some(f) = fonts.families.get_mut(&egui::FontFamily::Proportional) {
            f.reverse();
        }
        ctx.set_fonts(fonts);
        ctx.run_ui(egui::RawInput::default(), |_| {})
            .textures_delta
            .clear();
        let again = drawn(&ctx, &mut cache);
        assert!(
            !std::sync::Arc::ptr_eq(&first, &again),
            "a galley from the old font atlas was drawn"
        );
    }
}
