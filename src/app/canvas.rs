//! The map canvas: draws stakeholders and relations with the analysis overlay, and turns
//! pointer input into selection, view changes and [`Command`]s. Our own painter code rather
//! than `egui_graphs`' `GraphView`: see the README ("Why our own canvas").
//!
//! Long (about 1,000 lines): pointer input and the view (fit, glide, zoom bands, the scene's
//! rebuild) belong together. Drawing is in `canvas/edges.rs`, `nodes.rs`, `pen.rs`, `zones.rs`;
//! where overlays go in `spots.rs`.

use std::collections::{BTreeSet, HashMap};

use egui::{Color32, CornerRadius, FontId, Pos2, Rect, Sense, Stroke, Ui, Vec2, pos2, vec2};

use super::document::{Command, Document};
use super::geometry::View;
use zones::{ZoneKey, Zones};

mod edges;
mod nodes;
mod pen;
mod spots;
mod zones;

use crate::geometry::{Grid, card_rect};
use crate::lang::Lang;
use crate::model::{
    Relation, RelationId, RelationKind, Stakeholder, StakeholderId, StakeholderKind,
};
use crate::scene::{EdgeGeom, EdgeLook, Scene, Typography};
use crate::style;
pub use pen::ScreenPen;

pub use super::mesh::color;

/// A relation kind's colour for the current theme.
pub fn edge_color(kind: RelationKind, dark: bool) -> Color32 {
    color(if dark {
        style::edge_color_on_dark(kind)
    } else {
        style::edge_style(kind).color
    })
}

/// What is selected: stakeholders, or one relation.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Selection {
    pub stakeholders: BTreeSet<StakeholderId>,
    pub relation: Option<RelationId>,
}

impl Selection {
    pub fn clear(&mut self) {
        self.stakeholders.clear();
        self.relation = None;
    }

    pub fn only(&mut self, id: &StakeholderId) {
        self.clear();
        self.stakeholders.insert(id.clone());
    }

    pub fn is_empty(&self) -> bool {
        self.stakeholders.is_empty() && self.relation.is_none()
    }
}

/// The name field of a stakeholder being created by a double-click.
#[derive(Debug, Clone)]
pub struct NewStakeholder {
    pub at: Pos2,
    pub name: String,
    focused: bool,
}

enum Drag {
    Pan,
    Move {
        ids: Vec<StakeholderId>,
        offset: Vec2,
    },
    Connect {
        from: StakeholderId,
        to: Pos2,
    },
}

/// A view change in progress: from one view to another, eased.
struct ViewAnim {
    from: View,
    to: View,
    start: Option<f64>,
}

/// Stakeholders gliding from their old positions to new ones (after a tidy layout).
struct MoveAnim {
    old: HashMap<StakeholderId, Pos2>,
    /// Per scene node: old centre minus new centre; filled once the scene is rebuilt.
    offsets: Vec<Vec2>,
    start: Option<f64>,
}

/// How long a view change or a layout takes to glide into place.
const ANIM_SECONDS: f64 = 0.6;

/// The ghost connector's dash and gap (map units).
const MISSING_DASH: (f32, f32) = style::MISSING_DASH;

/// Smooth start and stop.
fn ease_in_out(t: f32) -> f32 {
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

#[allow(clippy::struct_excessive_bools)] // Independent view toggles, not a state machine.
pub struct Canvas {
    pub view: View,
    pub selection: Selection,
    pub connect_mode: bool,
    /// How maps are shown, as of this frame (given to `show`).
    options: super::settings::ViewOptions,
    /// Names are never drawn smaller than this on screen (points).
    pub min_text: f32,
    pub high_contrast: bool,
    /// Fade everything farther than this many steps from the selection.
    pub focus_depth: Option<usize>,
    faded: Vec<bool>,
    fade_key: Option<(u64, Vec<StakeholderId>, usize)>,
    view_anim: Option<ViewAnim>,
    move_anim: Option<MoveAnim>,
    /// Where zone labels and badges between domains were drawn (screen, last frame).
    /// Fits still to redo once the scene has been rebuilt for the fitted zoom …
    fit_settle: u8,
    /// … of these stakeholders (a part of the map), or of the whole map.
    fit_part: Option<Vec<StakeholderId>>,
    /// The onion's rings, while the map is as the onion left it (the revision it made).
    pub rings: Option<(u64, crate::layout::Rings)>,
    /// How much of the move animation's offset is left (1 → 0).
    move_left: f32,
    /// The domain zones, cached, with where their labels and badges went.
    zones: Zones,
    ease_fit_pending: bool,
    /// Vertices and indices of last frame's relation mesh, to size this frame's at once.
    edge_capacity: std::cell::Cell<(usize, usize)>,
    /// Names, labels and badges as laid out in earlier frames.
    galleys: std::cell::RefCell<pen::GalleyCache>,
    /// Dash textures by (on, off) pattern, made on first use.
    dash_textures: Vec<((f32, f32), egui::TextureHandle)>,
    pub new_stakeholder: Option<NewStakeholder>,
    /// The kind given to a new stakeholder (the last one chosen in the inspector).
    pub new_kind: StakeholderKind,
    drag: Option<Drag>,
    scene: Scene,
    scene_revision: Option<u64>,
    grid: Grid,
    fit_pending: bool,
    fit_frames: u8,
    /// The user has panned or zoomed: from now on the view only moves when asked.
    view_touched: bool,
    last_rect: Rect,
}

impl Default for Canvas {
    fn default() -> Self {
        Canvas {
            view: View::default(),
            selection: Selection::default(),
            connect_mode: false,
            options: super::settings::ViewOptions::default(),
            min_text: style::MIN_SCREEN_TEXT,
            high_contrast: false,
            focus_depth: None,
            faded: Vec::new(),
            fade_key: None,
            view_anim: None,
            move_anim: None,
            fit_settle: 0,
            fit_part: None,
            rings: None,
            move_left: 0.0,
            zones: Zones::default(),
            ease_fit_pending: false,
            edge_capacity: std::cell::Cell::new((0, 0)),
            galleys: std::cell::RefCell::default(),
            dash_textures: Vec::new(),
            new_stakeholder: None,
            new_kind: StakeholderKind::Other,
            drag: None,
            scene: Scene::default(),
            scene_revision: None,
            grid: Grid::default(),
            fit_pending: true,
            fit_frames: 2,
            view_touched: false,
            last_rect: Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0)),
        }
    }
}

/// The most stakeholders for which the canvas bends relations around cards and draws crowded
/// cards apart (the export always does).
const CANVAS_ROUTE_LIMIT: usize = 600;

/// Below this zoom cards are drawn without names (they could not be read); hover shows them.
const TEXT_ZOOM: f32 = 0.25;
/// How many times a fit is redone for the scene at its zoom (see `Canvas::fit_now`).
const FIT_SETTLE: u8 = 8;
/// The smallest card on screen while names are shown: room for two lines of 14 px text.
const MIN_CARD_SCREEN: Vec2 = vec2(150.0, 50.0);

impl Canvas {
    /// Fit the whole map on the next frame (a newly opened map).
    pub fn fit_next_frame(&mut self) {
        self.fit_pending = true;
        self.fit_frames = 2;
    }

    pub fn fit(&mut self) {
        self.fit_part = None;
        self.fit_now();
        self.fit_settle = FIT_SETTLE;
    }

    /// The view that shows the whole map as the scene is now. The scene depends on the zoom
    /// (cards keep a legible size, and crowded ones move apart on screen): the fit is redone
    /// after the scene was rebuilt for the new zoom, a few times, until it holds.
    fn fit_now(&mut self) {
        if self.scene.bounds.is_none() {
            self.view = View::default();
            return;
        }
        let v = match &self.fit_part {
            None => self.fit_view(|_| true),
            Some(ids) => self.fit_view(|n| ids.contains(&n.id)),
        };
        if let Some(v) = v {
            self.view = v;
        }
    }

    /// The view that shows the cards `pick` chooses, whole, with their names if they fit (see
    /// [`Canvas::fit_now`]).
    fn fit_view(&self, pick: impl Fn(&crate::scene::NodeGeom) -> bool) -> Option<View> {
        let chosen: Vec<&crate::scene::NodeGeom> =
            self.scene.nodes.iter().filter(|n| pick(n)).collect();
        let b = chosen.iter().map(|n| n.rect).reduce(Rect::union)?;
        // Cards are drawn at least their minimum screen size, so how big they are in map
        // units depends on the zoom: fit the centres with room for the cards at that zoom.
        let centres = chosen
            .iter()
            .map(|n| Rect::from_center_size(n.rect.center(), Vec2::ZERO))
            .reduce(Rect::union)?;
        // The largest card relative to the scene's smallest card (long names grow cards).
        let card = self.scene.typography.card;
        let grow = chosen
            .iter()
            .fold(Vec2::splat(1.0), |m, n| m.max(n.rect.size() / card));
        // Relations bent or led around the cards, and labels beside them, reach beyond the
        // cards: by how many card heights on each side (they scale with the cards). Only for
        // the whole map.
        let step = self.scene.typography.card.y.max(1e-3);
        let whole = chosen.len() == self.scene.nodes.len();
        let over = self
            .scene
            .content_bounds()
            .filter(|_| whole)
            .map_or([0.0; 4], |c| {
                [
                    (b.min.x - c.min.x).max(0.0) / step,
                    (b.min.y - c.min.y).max(0.0) / step,
                    (c.max.x - b.max.x).max(0.0) / step,
                    (c.max.y - b.max.y).max(0.0) / step,
                ]
            });
        let all_at = |t: &Typography| {
            let cards = centres.expand2(t.card * grow / 2.0);
            let h = t.card.y;
            Rect::from_min_max(
                cards.min - vec2(over[0], over[1]) * h,
                cards.max + vec2(over[2], over[3]) * h,
            )
        };
        // From the cards at their size in map units, zoom out until the cards at the size
        // they have at that zoom fit too. Only ever out: around the zoom where names appear,
        // cards jump in size, and a fit in both directions would take turns.
        let mut view = self.view;
        view.fit(self.last_rect, all_at(&Typography::default()));
        for _ in 0..40 {
            let mut v = view;
            v.fit(self.last_rect, all_at(&self.typography_at(view.zoom)));
            if v.zoom >= view.zoom * (1.0 - 1e-4) {
                // Fits at this zoom: centre on it. Below the zoom where names appear the cards
                // no longer grow: as big as that allows (the overview of a map too big to
                // show with its names).
                let zoom = if view.zoom < TEXT_ZOOM {
                    v.zoom.min(TEXT_ZOOM * 0.999)
                } else {
                    view.zoom
                };
                return Some(View {
                    pan: v.pan * (zoom / v.zoom),
                    zoom,
                });
            }
            view = v;
        }
        // Still no zoom where the cards at their size fit (each step out made them bigger
        // again): the plain overview, which always fits.
        let mut v = view;
        v.fit(self.last_rect, all_at(&Typography::default()));
        let zoom = v.zoom.min(TEXT_ZOOM * 0.999);
        Some(View {
            pan: v.pan * (zoom / v.zoom),
            zoom,
        })
    }

    /// Glide to these stakeholders, as big as they fit with their names (a part of a map too
    /// big to show whole at the room's text size).
    pub fn ease_on_part(&mut self, ids: &[StakeholderId]) {
        let set: std::collections::HashSet<&StakeholderId> = ids.iter().collect();
        if let Some(v) = self.fit_view(|n| set.contains(&n.id)) {
            self.ease_to(v);
            // Once there, the scene is rebuilt for that zoom: fit the part again to it.
            self.fit_part = Some(ids.to_vec());
            self.fit_settle = FIT_SETTLE;
        }
    }

    /// The canvas as the tidy layout should see it: its size, and the cards at a zoom where
    /// they are at their smallest on screen (names at the minimum text size), so that the
    /// tidied map fits with every name shown.
    pub fn tidy_screen(&self) -> crate::layout::Screen {
        // Well below the zoom where names reach their minimum size, and above the one where
        // they vanish: the cards' size on screen is the same for every zoom in between.
        let zoom = 2.0 * TEXT_ZOOM;
        crate::layout::Screen {
            size: [self.last_rect.width(), self.last_rect.height()],
            zoom,
            typography: Typography::screen(zoom, self.min_text, self.min_card_screen()),
        }
    }

    /// The smallest card on screen while names are shown: room for two lines of text.
    fn min_card_screen(&self) -> Vec2 {
        // Up to presentation sizes the card grows with the text; beyond, more slowly (a name
        // for the back of the room takes more lines instead of an ever wider card).
        let k = self.min_text / style::MIN_SCREEN_TEXT;
        let k = if k <= 1.6 {
            k
        } else {
            1.6 * (k / 1.6).powf(0.5)
        };
        MIN_CARD_SCREEN * k
    }

    /// Centre the view on these stakeholders (zooming out if they don't fit).
    pub fn center_on(&mut self, doc: &Document, ids: &[StakeholderId]) {
        if let Some(v) = self.view_for(doc, ids, 0.0) {
            self.view_anim = None;
            self.view = v;
        }
    }

    /// Like [`Canvas::center_on`], gliding there: the room can follow where the view goes.
    /// `top_inset`: screen points at the top of the canvas covered by an overlay (the
    /// walkthrough's sentence); the stakeholders are kept below it.
    pub fn ease_on(&mut self, doc: &Document, ids: &[StakeholderId], top_inset: f32) {
        if let Some(v) = self.view_for(doc, ids, top_inset) {
            self.ease_to(v);
        }
    }

    /// Whether names are drawn at the current zoom (far out, cards are plain squares).
    pub fn names_shown(&self) -> bool {
        self.view.zoom >= TEXT_ZOOM
    }

    /// Glide to the whole map once the canvas has its new size (panels shown or hidden).
    pub fn ease_fit_next_frame(&mut self) {
        self.ease_fit_pending = true;
    }

    /// Glide to the whole map.
    pub fn ease_fit(&mut self) {
        let from = self.view;
        self.fit();
        let to = std::mem::replace(&mut self.view, from);
        self.ease_to(to);
    }

    fn ease_to(&mut self, to: View) {
        self.view_touched = true;
        self.view_anim = Some(ViewAnim {
            from: self.view,
            to,
            start: None,
        });
    }

    /// Whether a view change or layout is still gliding.
    pub fn is_animating(&self) -> bool {
        self.view_anim.is_some() || self.move_anim.is_some()
    }

    /// Whether the view has come to rest: no glide, and no fit still being redone.
    pub fn is_settled(&self) -> bool {
        !self.is_animating() && self.fit_settle == 0
    }

    /// The view that shows these stakeholders: the current zoom if they fit, else zoomed out.
    fn view_for(&mut self, doc: &Document, ids: &[StakeholderId], top_inset: f32) -> Option<View> {
        let rects: Vec<Rect> = ids
            .iter()
            .filter_map(|id| doc.map().stakeholder(id))
            .map(|s| card_rect(s.x, s.y))
            .collect();
        let first = rects.first()?;
        self.view_touched = true;
        let b = rects.iter().fold(*first, |acc, r| acc.union(*r));
        let mut v = self.view;
        // The part of the canvas not under an overlay.
        let mut area = self.last_rect;
        if area.height() - top_inset > 200.0 {
            area.min.y += top_inset;
        }
        let fits = {
            let s = v.world_rect_to_screen(area, b.expand(40.0));
            s.width() <= area.width() && s.height() <= area.height()
        };
        if fits && v.zoom >= TEXT_ZOOM {
            v.center_on(b.center());
        } else {
            v.fit(area, b);
        }
        // `View` centres on the whole canvas: shift to the middle of the free area.
        v.pan += area.center() - self.last_rect.center();
        Some(v)
    }

    /// The onion's rings, labelled with their steps, under everything else; gone after the
    /// next edit.
    fn draw_rings(
        &mut self,
        ui: &Ui,
        painter: &egui::Painter,
        rect: Rect,
        revision: u64,
        lang: Lang,
    ) {
        let Some((made, rings)) = &self.rings else {
            return;
        };
        if *made != revision {
            self.rings = None;
            return;
        }
        let centre = self
            .view
            .to_screen(rect, pos2(rings.centre[0], rings.centre[1]));
        let colour = ui.visuals().weak_text_color().gamma_multiply(0.6);
        let text = ui.visuals().weak_text_color();
        let size = (self.min_text * 0.9).max(12.0);
        for &(steps, r) in &rings.rings {
            let radius = vec2(r, r * rings.squash) * self.view.zoom;
            let ellipse = egui::epaint::EllipseShape {
                center: centre,
                radius,
                fill: Color32::TRANSPARENT,
                stroke: Stroke::new(1.5, colour),
                angle: 0.0,
            };
            painter.add(ellipse);
            let label = match steps {
                Some(1) => super::text::RING_ONE_STEP.get(lang).to_owned(),
                Some(n) => super::text::RING_N_STEPS
                    .get(lang)
                    .replace("{n}", &n.to_string()),
                None => super::text::RING_NOT_CONNECTED.get(lang).to_owned(),
            };
            // At the top of the ring, where a label is least likely to sit on a card's name.
            painter.text(
                centre - vec2(0.0, radius.y) - vec2(0.0, 2.0),
                egui::Align2::CENTER_BOTTOM,
                label,
                FontId::proportional(size),
                text,
            );
        }
    }

    /// Let stakeholders glide from `old` positions (map units, by id) to where the map now has
    /// them. Call right after applying the move.
    pub fn animate_moves(&mut self, old: HashMap<StakeholderId, Pos2>) {
        self.move_anim = Some(MoveAnim {
            old,
            offsets: Vec::new(),
            start: None,
        });
        self.move_left = 1.0;
    }

    /// Ids of the stakeholders the focus fades (last frame), sorted.
    pub fn faded_ids(&self) -> Vec<StakeholderId> {
        self.scene
            .nodes
            .iter()
            .zip(&self.faded)
            .filter(|(_, f)| **f)
            .map(|(n, _)| n.id.clone())
            .collect()
    }

    fn is_faded(&self, i: u32) -> bool {
        self.faded.get(i as usize).copied().unwrap_or(false)
    }

    /// Advance the glides by the clock.
    fn animate(&mut self, ui: &Ui) {
        let now = ui.input(|i| i.time);
        let progress = |start: &mut Option<f64>| {
            let s = *start.get_or_insert(now);
            ((now - s) / ANIM_SECONDS).clamp(0.0, 1.0) as f32
        };
        if let Some(a) = &mut self.view_anim {
            let t = ease_in_out(progress(&mut a.start));
            // Glide the centre in map units and the zoom geometrically: no swerving.
            let (c0, c1) = (-a.from.pan / a.from.zoom, -a.to.pan / a.to.zoom);
            let zoom = (a.from.zoom.ln() + (a.to.zoom.ln() - a.from.zoom.ln()) * t).exp();
            let c = c0 + (c1 - c0) * t;
            self.view = View {
                pan: -c * zoom,
                zoom,
            };
            if t >= 1.0 {
                self.view = a.to;
                self.view_anim = None;
            }
            ui.ctx().request_repaint();
        }
        if let Some(m) = &mut self.move_anim {
            if m.offsets.is_empty() && !m.old.is_empty() {
                m.offsets = self
                    .scene
                    .nodes
                    .iter()
                    .map(|n| {
                        m.old
                            .get(&n.id)
                            .map_or(Vec2::ZERO, |o| *o - n.rect.center())
                    })
                    .collect();
            }
            let t = progress(&mut m.start);
            self.move_left = 1.0 - ease_in_out(t);
            if t >= 1.0 {
                self.move_anim = None;
                self.move_left = 0.0;
            }
            ui.ctx().request_repaint();
        }
    }

    /// Which stakeholders the focus fades: farther than the depth from the selection.
    fn update_fade(&mut self, revision: u64) {
        let (Some(depth), false) = (self.focus_depth, self.selection.stakeholders.is_empty())
        else {
            self.faded.clear();
            self.fade_key = None;
            return;
        };
        let sel: Vec<StakeholderId> = self.selection.stakeholders.iter().cloned().collect();
        let key = (revision, sel, depth);
        if self.fade_key.as_ref() == Some(&key) {
            return;
        }
        let n = self.scene.nodes.len();
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n];
        for e in &self.scene.edges {
            if matches!(e.look, EdgeLook::Relation(_)) {
                adj[e.from as usize].push(e.to as usize);
                adj[e.to as usize].push(e.from as usize);
            }
        }
        let starts: Vec<usize> = key
            .1
            .iter()
            .filter_map(|id| self.scene.index_of.get(id).map(|&i| i as usize))
            .collect();
        self.faded = crate::analysis::steps_from_indices(&adj, &starts, depth)
            .into_iter()
            .map(|s| s.is_none())
            .collect();
        self.fade_key = Some(key);
    }

    /// Where a stakeholder's card centre is on screen (last frame's layout).
    pub fn screen_pos(&self, doc: &Document, id: &str) -> Option<Pos2> {
        // Where the scene drew it (cards that would overlap are drawn apart).
        if let Some(&i) = self.scene.index_of.get(id) {
            return Some(
                self.view
                    .to_screen(self.last_rect, self.node_rect(i).center()),
            );
        }
        let s = doc.map().stakeholder(id)?;
        Some(
            self.view
                .to_screen(self.last_rect, pos2(s.x as f32, s.y as f32)),
        )
    }

    /// Every card as drawn, on screen.
    fn card_rects_on_screen(&self, rect: Rect) -> Vec<Rect> {
        (0..self.scene.nodes.len())
            .map(|i| {
                self.view
                    .world_rect_to_screen(rect, self.node_rect(i as u32))
            })
            .filter(|r| r.intersects(rect))
            .collect()
    }

    /// Where the zone labels and the badges between domains were drawn (last frame, screen).
    pub fn zone_overlays(&self) -> impl Iterator<Item = Rect> + '_ {
        self.zones.overlays()
    }

    /// The canvas area on screen (last frame).
    pub fn rect(&self) -> Rect {
        self.last_rect
    }

    /// The scene's text sizes and smallest card at the current zoom. Zoom is taken in bands
    /// (steps of 20 %, rounded down, so names are never below their minimum), so zooming
    /// rebuilds the scene a few times, not every frame. Far out, where no names are drawn,
    /// cards keep their map size.
    pub fn typography(&self) -> Typography {
        self.typography_at(self.view.zoom)
    }

    fn typography_at(&self, zoom: f32) -> Typography {
        let mut t = if zoom < TEXT_ZOOM {
            Typography::default()
        } else {
            let band = (zoom.ln() / 1.2_f32.ln()).floor();
            Typography::screen(1.2_f32.powf(band), self.min_text, self.min_card_screen())
        };
        // Bending relations around cards and moving crowded cards apart take about 40 ms for
        // 500 stakeholders, and the scene is rebuilt on every edit: on the canvas, big maps
        // (drawn plainly far out anyway) are drawn as they are.
        let n = self.scene.nodes.len();
        t.route &= n <= CANVAS_ROUTE_LIMIT;
        t.separate &= n <= CANVAS_ROUTE_LIMIT;
        t
    }

    /// The scene as drawn now (map units).
    pub fn scene(&self) -> &Scene {
        &self.scene
    }

    fn rebuild(&mut self, doc: &Document, typography: Typography) {
        let none = crate::scene::Marks::default();
        let marks = doc.marks().unwrap_or(&none);
        let scene = Scene::build_marked(doc.shown_map(), doc.shown_analysis(), &typography, marks);
        let rects: Vec<Rect> = scene.nodes.iter().map(|n| n.rect).collect();
        // Cells about a card wide.
        self.grid = Grid::build(&rects, typography.card.x.max(typography.card.y) * 1.2);
        self.scene = scene;
        self.scene_revision = Some(doc.revision());
    }

    /// The card rectangle of node `i` in map units, as drawn: with a move in progress applied,
    /// and never smaller on screen than a card whose name can be read.
    fn node_rect(&self, i: u32) -> Rect {
        let n = &self.scene.nodes[i as usize];
        let mut r = n.rect;
        if let Some(Drag::Move { ids, offset }) = &self.drag
            && ids.contains(&n.id)
        {
            r = r.translate(*offset);
        }
        if self.move_left > 0.0
            && let Some(m) = &self.move_anim
            && let Some(o) = m.offsets.get(i as usize)
        {
            r = r.translate(*o * self.move_left);
        }
        r
    }

    fn node_at(&self, world: Pos2) -> Option<u32> {
        // The last drawn (topmost) wins.
        let candidates = if self.move_left > 0.0 {
            // Gliding: cards are not where the grid has them.
            (0..self.scene.nodes.len() as u32).collect()
        } else {
            self.grid.near(world, 1.0)
        };
        candidates
            .into_iter()
            .filter(|&i| {
                self.node_rect(i).contains(world)
                    && self.scene.nodes[i as usize].change != Some(crate::scene::Change::Removed)
            })
            .max()
    }

    fn relation_at(&self, world: Pos2) -> Option<&EdgeGeom> {
        let tolerance = 8.0 / self.view.zoom;
        self.scene
            .edges
            .iter()
            .rev()
            // Ghosts (what a compared scenario had) are looked at, not edited.
            .filter(|e| e.id.is_some() && e.change != Some(crate::scene::Change::Removed))
            .filter(
                |e| !matches!(e.look, EdgeLook::Relation(k) if self.options.hidden.contains(&k)),
            )
            .find(|e| {
                let c = e.path(self.node_rect(e.from), self.node_rect(e.to), |p| p, 1.0);
                c.bounds().expand(tolerance).contains(world) && c.distance(world) <= tolerance
            })
    }

    /// Draw the canvas and handle its input. Returns the commands the user asked for.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        options: &super::settings::ViewOptions,
        lang: Lang,
    ) -> Vec<Command> {
        if self.options != *options {
            self.options.clone_from(options);
        }
        let typography = self.typography();
        if self.scene_revision != Some(doc.revision()) || self.scene.typography != typography {
            self.rebuild(doc, typography);
        }
        self.animate(ui);
        self.update_fade(doc.revision());
        if self.dash_textures.is_empty() {
            let patterns = [RelationKind::Interest, RelationKind::Schot]
                .into_iter()
                .filter_map(|k| style::edge_style(k).dash)
                .chain([MISSING_DASH]);
            self.dash_textures = patterns
                .map(|(on, off)| ((on, off), super::mesh::dash_texture(ui.ctx(), on, off)))
                .collect();
        }
        let (resp, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
        let rect = resp.rect;
        // Until the user pans or zooms, keep the whole map in view as the window settles
        // (maximising, panels taking their width). After that, nothing moves by itself.
        if doc.revision() != 0 || resp.is_pointer_button_down_on() {
            // Editing started: nothing moves by itself any more.
            self.view_touched = true;
        }
        if rect.size() != self.last_rect.size() && !self.view_touched {
            self.fit_pending = true;
        }
        self.last_rect = rect;
        if self.ease_fit_pending {
            self.ease_fit_pending = false;
            self.ease_fit();
        }
        if self.fit_pending {
            // Side panels settle their width in the first frame: fit again in the next.
            self.fit_pending = self.fit_frames > 0;
            self.fit_frames = self.fit_frames.saturating_sub(1);
            self.fit();
        }
        if self.fit_settle > 0
            && self.view_anim.is_none()
            && self.move_anim.is_none()
            && self.scene.typography == self.typography()
        {
            // The scene was built for this zoom: does the fit still hold?
            let before = self.view;
            self.fit_now();
            if self.view.zoom > before.zoom {
                // Only ever further out: the scene at a smaller zoom has bigger cards (moved
                // further apart), and two zoom bands could otherwise take turns.
                let zoom = before.zoom;
                self.view = View {
                    pan: self.view.pan * (zoom / self.view.zoom),
                    zoom,
                };
            }
            let same = (self.view.zoom - before.zoom).abs() <= 1e-3 * before.zoom
                && (self.view.pan - before.pan).length() < 0.5;
            self.fit_settle = if same { 0 } else { self.fit_settle - 1 };
            if !same {
                ui.ctx().request_repaint();
            }
        }
        if self.fit_settle > 0 && self.scene.typography != self.typography() {
            // The next frame rebuilds the scene for this zoom; the fit is checked then.
            ui.ctx().request_repaint();
        }
        let mut commands = Vec::new();
        let background = match (self.high_contrast, ui.visuals().dark_mode) {
            (true, false) => Color32::WHITE,
            (true, true) => Color32::BLACK,
            _ => ui.visuals().extreme_bg_color,
        };
        painter.rect_filled(rect, CornerRadius::ZERO, background);

        let pointer = resp.hover_pos();
        let world_pointer = pointer.map(|p| self.view.to_world(rect, p));

        // Zoom with the mouse wheel (and pinch), around the pointer.
        if let Some(p) = pointer {
            let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
            let factor = zoom * (scroll * 0.0015).exp();
            if (factor - 1.0).abs() > 1e-4 {
                self.view_anim = None;
                self.fit_settle = 0;
                self.fit_part = None;
                self.view.zoom_around(rect, p, factor);
                self.view_touched = true;
            }
        }

        self.handle_drag(ui, &resp, rect, doc, &mut commands);
        self.handle_clicks(ui, &resp, rect, doc);

        // Draw: relations, then cards, then what is being done.
        let visible = self.view.visible_world(rect).expand(100.0);
        let badges = if self.options.zones {
            let moving =
                matches!(&self.drag, Some(Drag::Move { offset, .. }) if *offset != Vec2::ZERO);
            let key: ZoneKey = (
                doc.revision(),
                self.view.zoom.to_bits(),
                self.move_left.to_bits(),
                moving,
            );
            // Worked out again only when something they depend on changed.
            if !self.zones.is_current(key) {
                let cards: Vec<(&str, Rect)> = self
                    .scene
                    .nodes
                    .iter()
                    .enumerate()
                    .map(|(i, n)| (n.domain.as_str(), self.node_rect(i as u32)))
                    .collect();
                self.zones.update(key, &cards);
            }
            let on_screen = self.card_rects_on_screen(rect);
            let size = self.min_text.max(15.0);
            self.zones
                .draw(&painter, rect, doc, self.view, size, on_screen)
        } else {
            Vec::new()
        };
        self.draw_rings(ui, &painter, rect, doc.revision(), lang);
        let shapes_edges = self.edge_shapes(ui, rect, visible);
        painter.extend(shapes_edges);
        self.draw_nodes(ui, &painter, rect, visible, world_pointer, lang);
        if !badges.is_empty() {
            let on_screen = self.card_rects_on_screen(painter.clip_rect());
            let size = (self.min_text * 0.9).max(13.0);
            self.zones
                .draw_badges(ui, &painter, &badges, lang, size, on_screen);
        }
        if let Some(Drag::Connect { from, to }) = &self.drag
            && let Some(&i) = self.scene.index_of.get(from)
        {
            let a = self.view.to_screen(rect, self.node_rect(i).center());
            let c = edge_color(self.options.relation_kind, ui.visuals().dark_mode);
            painter.line_segment([a, *to], Stroke::new(3.0, c));
            painter.circle_filled(*to, 5.0, c);
        }
        if let Some(w) = world_pointer
            && self.drag.is_none()
            && let Some(i) = self.node_at(w)
        {
            let n = &self.scene.nodes[i as usize];
            resp.clone().on_hover_ui_at_pointer(|ui| {
                ui.label(egui::RichText::new(&n.name).strong());
                ui.label(n.kind.name(lang));
            });
        } else if let Some(w) = world_pointer
            && self.drag.is_none()
            && let Some(note) = self
                .scene
                .notes
                .iter()
                .find(|n| n.marker.is_some_and(|m| m.contains(w)))
        {
            // A label with no room on the map: its number's marker shows the text.
            let text = format!("{}. {}", note.number, note.text);
            resp.clone().on_hover_ui_at_pointer(|ui| {
                ui.label(text);
            });
        }
        self.new_stakeholder_field(ui, rect, doc, lang, &mut commands);
        if self.typography() != self.scene.typography {
            // The view changed this frame (a fit, a glide, the wheel): draw again with the
            // scene for the new zoom, even if no more input comes.
            ui.ctx().request_repaint();
        }
        commands
    }

    fn handle_drag(
        &mut self,
        ui: &Ui,
        resp: &egui::Response,
        rect: Rect,
        doc: &Document,
        commands: &mut Vec<Command>,
    ) {
        if resp.drag_started() {
            let origin = ui
                .input(|i| i.pointer.press_origin())
                .unwrap_or(rect.center());
            let shift = ui.input(|i| i.modifiers.shift);
            let world = self.view.to_world(rect, origin);
            self.drag = Some(match self.node_at(world) {
                Some(i) => {
                    let id = self.scene.nodes[i as usize].id.clone();
                    if shift || self.connect_mode {
                        Drag::Connect {
                            from: id,
                            to: origin,
                        }
                    } else {
                        if !self.selection.stakeholders.contains(&id) {
                            self.selection.only(&id);
                        }
                        Drag::Move {
                            ids: self.selection.stakeholders.iter().cloned().collect(),
                            offset: Vec2::ZERO,
                        }
                    }
                }
                None => Drag::Pan,
            });
        }
        if resp.dragged() {
            let delta = resp.drag_delta();
            let zoom = self.view.zoom;
            match &mut self.drag {
                Some(Drag::Pan) => {
                    self.view_anim = None;
                    self.fit_settle = 0;
                    self.fit_part = None;
                    self.view.pan += delta;
                    self.view_touched = true;
                }
                Some(Drag::Move { offset, .. }) => *offset += delta / zoom,
                Some(Drag::Connect { to, .. }) => {
                    if let Some(p) = resp.interact_pointer_pos() {
                        *to = p;
                    }
                }
                None => {}
            }
        }
        if resp.drag_stopped() {
            match self.drag.take() {
                Some(Drag::Move { ids, offset }) if offset != Vec2::ZERO => {
                    let moves = ids
                        .iter()
                        .filter_map(|id| doc.map().stakeholder(id))
                        .map(|s| {
                            (
                                s.id.clone(),
                                s.x + f64::from(offset.x),
                                s.y + f64::from(offset.y),
                            )
                        })
                        .collect();
                    commands.push(Command::Move(moves));
                }
                Some(Drag::Connect { from, to }) => {
                    let world = self.view.to_world(rect, to);
                    if let Some(j) = self.node_at(world) {
                        let target = self.scene.nodes[j as usize].id.clone();
                        if target != from {
                            let id = doc.map().fresh_relation_id();
                            commands.push(Command::Connect(Relation::new(
                                id.clone(),
                                self.options.relation_kind,
                                from,
                                target,
                            )));
                            self.selection.clear();
                            self.selection.relation = Some(id);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    fn handle_clicks(&mut self, ui: &Ui, resp: &egui::Response, rect: Rect, doc: &Document) {
        let Some(p) = resp.interact_pointer_pos() else {
            return;
        };
        let world = self.view.to_world(rect, p);
        if resp.double_clicked() {
            if self.node_at(world).is_none() && self.relation_at(world).is_none() {
                self.new_stakeholder = Some(NewStakeholder {
                    at: world,
                    name: String::new(),
                    focused: false,
                });
            }
            return;
        }
        if !resp.clicked() {
            return;
        }
        let toggle = ui.input(|i| i.modifiers.command || i.modifiers.shift);
        if let Some(i) = self.node_at(world) {
            let id = self.scene.nodes[i as usize].id.clone();
            if toggle {
                self.selection.relation = None;
                if !self.selection.stakeholders.remove(&id) {
                    self.selection.stakeholders.insert(id);
                }
            } else {
                self.selection.only(&id);
            }
        } else if let Some(e) = self.relation_at(world) {
            let id = e.id.clone();
            self.selection.clear();
            self.selection.relation = id
                .and_then(|id| doc.map().relation(&id))
                .map(|r| r.id.clone());
        } else {
            self.selection.clear();
        }
    }

    fn new_stakeholder_field(
        &mut self,
        ui: &mut Ui,
        rect: Rect,
        doc: &Document,
        lang: Lang,
        commands: &mut Vec<Command>,
    ) {
        let Some(new) = &mut self.new_stakeholder else {
            return;
        };
        let at = self.view.to_screen(rect, new.at);
        let mut done = None;
        egui::Area::new(egui::Id::new("new-stakeholder"))
            .fixed_pos(at - vec2(110.0, 18.0))
            .order(egui::Order::Foreground)
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    let edit = egui::TextEdit::singleline(&mut new.name)
                        .id(egui::Id::new("new-stakeholder-name"))
                        .desired_width(220.0)
                        .font(FontId::proportional(18.0))
                        .hint_text(super::text::NAME_HINT.get(lang));
                    let r = ui.add(edit);
                    if !new.focused {
                        r.request_focus();
                        new.focused = true;
                    }
                    let (enter, escape) = ui.input(|i| {
                        (
                            i.key_pressed(egui::Key::Enter),
                            i.key_pressed(egui::Key::Escape),
                        )
                    });
                    if escape {
                        done = Some(false);
                    } else if enter {
                        done = Some(true);
                    } else if r.lost_focus() && new.focused {
                        // Clicked elsewhere: keep what was typed, like pressing Enter.
                        done = Some(!new.name.trim().is_empty());
                    }
                });
            });
        match done {
            Some(true) if !new.name.trim().is_empty() => {
                let name = new.name.trim().to_owned();
                let id = doc.map().fresh_stakeholder_id(&name);
                let s = Stakeholder::new(
                    id.clone(),
                    &name,
                    self.new_kind,
                    f64::from(new.at.x),
                    f64::from(new.at.y),
                );
                commands.push(Command::AddStakeholder(s));
                self.selection.only(&id);
                self.new_stakeholder = None;
            }
            Some(_) => self.new_stakeholder = None,
            None => {}
        }
    }
}
