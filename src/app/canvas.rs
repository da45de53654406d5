//! The map canvas: draws stakeholders and relations with the analysis overlay, and turns
//! pointer input into selection, view changes and [`Command`]s. Our own painter code rather
//! than `egui_graphs`' `GraphView`: see the README ("Why our own canvas").
//!
//! Here: the canvas's state and the frame. The scene's rebuild for the zoom (and routing on a
//! worker after an edit) is in `canvas/scenes.rs`, hit testing in `hit.rs`.
//! The camera (fit, glide, settle) is in `canvas/camera.rs`, pointer and keyboard input in
//! `input.rs`; drawing in `edges.rs`, `nodes.rs`, `pen.rs`, `zones.rs`, `rings.rs`; the focus's
//! fading in `focus.rs`, the cards' glide after a layout in `glide.rs`; where overlays go in
//! `spots.rs`.

use std::collections::BTreeSet;

use egui::{Color32, CornerRadius, Pos2, Rect, Sense, Stroke, Ui, Vec2, pos2, vec2};

use super::document::{Command, Document};
use super::geometry::View;
use glide::Glide;
use zones::{ZoneKey, Zones};

mod camera;
mod connect;
mod edges;
mod focus;
mod gestures;
mod glide;
mod hit;
mod input;
mod menu;
mod nodes;
mod pen;
mod rings;
mod scenes;
mod spots;
mod zones;

use crate::geometry::Grid;
use crate::lang::Lang;
use crate::model::{RelationId, RelationKind, StakeholderId, StakeholderKind};
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
    /// A relation dropped on this spot from this partner: the new one is connected to it.
    pub connect_from: Option<StakeholderId>,
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
    /// A box on the empty map (screen points), selecting what it touches.
    Box {
        start: Pos2,
        now: Pos2,
        add: bool,
    },
    /// An end of the selected relation, being taken to another card.
    Reconnect {
        id: RelationId,
        end: gestures::End,
        /// The other end, staying (screen).
        fixed: Pos2,
        to: Pos2,
    },
}

/// The ghost connector's dash and gap (map units).
const MISSING_DASH: (f32, f32) = style::MISSING_DASH;

pub struct Canvas {
    pub view: View,
    pub selection: Selection,
    pub connect_mode: bool,
    /// How maps are shown, as of this frame (given to `show`).
    options: super::settings::ViewOptions,
    /// Names are never drawn smaller than this on screen (points).
    pub min_text: f32,
    pub high_contrast: bool,
    /// In front of the room: no tooltips over the map (the projector shows them to everyone,
    /// over names).
    pub presenting: bool,
    /// The least line (points) a relation shows between its two cards: in front of the room
    /// the cards are spread for it (the map's positions are not changed); 0 while editing.
    pub stretch: f32,
    /// Fade everything farther than this many steps from the selection.
    pub focus_depth: Option<usize>,
    faded: Vec<bool>,
    fade_key: Option<(u64, Vec<StakeholderId>, usize)>,
    /// How the view moves by itself: fits, glides, following the window.
    camera: camera::Camera,
    /// Cards gliding into place after a layout.
    glide: Option<Glide>,
    /// The onion's rings, while the map is as the onion left it (the revision it made).
    pub rings: Option<(u64, crate::layout::Rings)>,
    /// The domain zones, cached, with where their labels and badges went.
    zones: Zones,
    /// Vertices and indices of last frame's relation mesh, to size this frame's at once.
    edge_capacity: std::cell::Cell<(usize, usize)>,
    /// Names, labels and badges as laid out in earlier frames.
    galleys: std::cell::RefCell<pen::GalleyCache>,
    /// Dash textures by (on, off) pattern, made on first use.
    dash_textures: Vec<((f32, f32), egui::TextureHandle)>,
    pub new_stakeholder: Option<NewStakeholder>,
    /// What the context menu open was opened on.
    menu: Option<menu::MenuTarget>,
    /// Actions asked for on the canvas (its context menu), for the app to run.
    asked: Vec<crate::app::actions::Action>,
    /// What the last drop of a relation that made none said.
    drop_note: Option<connect::DropNote>,
    /// The kind given to a new stakeholder (the last one chosen in the inspector).
    pub new_kind: StakeholderKind,
    drag: Option<Drag>,
    scene: Scene,
    scene_revision: Option<u64>,
    /// The scene for the last edit with its relations routed, made on a worker (see
    /// [`Canvas::rebuild`]): for this revision and typography, asked for in this frame.
    routing: Option<(u64, Typography, u64, super::work::Work<Scene>)>,
    grid: Grid,
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
            presenting: false,
            stretch: 0.0,
            focus_depth: None,
            faded: Vec::new(),
            fade_key: None,
            camera: camera::Camera::default(),
            glide: None,
            rings: None,
            zones: Zones::default(),
            edge_capacity: std::cell::Cell::new((0, 0)),
            galleys: std::cell::RefCell::default(),
            dash_textures: Vec::new(),
            new_stakeholder: None,
            drop_note: None,
            menu: None,
            asked: Vec::new(),
            new_kind: StakeholderKind::Other,
            drag: None,
            scene: Scene::default(),
            scene_revision: None,
            routing: None,
            grid: Grid::default(),
        }
    }
}

/// The most stakeholders for which the canvas bends relations around cards and draws crowded
/// cards apart (the export always does).
const CANVAS_ROUTE_LIMIT: usize = 600;
/// From this many partners on, an edit shows its cards at once and routes their relations on a
/// worker (below it, routing takes a few milliseconds and is done at once).
const ROUTE_LATER: usize = 40;

/// Below this zoom cards are drawn without names (they could not be read); hover shows them.
const TEXT_ZOOM: f32 = 0.25;
/// How much of the canvas a tidied map is laid out to take (at the zoom where its names are at
/// their smallest).
const TIDY_SHARE: f32 = 0.85;
/// The smallest card on screen while names are shown: room for two lines of 14 px text.
const MIN_CARD_SCREEN: Vec2 = vec2(150.0, 50.0);

impl Canvas {
    /// The canvas as the tidy layout should see it: its size, and the cards at a zoom where
    /// they are at their smallest on screen (names at the minimum text size), so that the
    /// tidied map fits with every name shown.
    pub fn tidy_screen(&self) -> crate::layout::Screen {
        // Well below the zoom where names reach their minimum size, and above the one where
        // they vanish: the cards' size on screen is the same for every zoom in between.
        let zoom = 2.0 * TEXT_ZOOM;
        crate::layout::Screen {
            // Less than the whole canvas: a tidied map that fills it exactly at that zoom has
            // no room left for the fit's margin and the relations bent around its edge, and a
            // fit a hair further out makes every card bigger in map units, pushes them apart
            // and loses the names.
            size: [
                self.camera.rect.width() * TIDY_SHARE,
                self.camera.rect.height() * TIDY_SHARE,
            ],
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

    /// Where a stakeholder's card centre is on screen (last frame's layout).
    pub fn screen_pos(&self, doc: &Document, id: &str) -> Option<Pos2> {
        // Where the scene drew it (cards that would overlap are drawn apart).
        if let Some(&i) = self.scene.index_of.get(id) {
            return Some(
                self.view
                    .to_screen(self.camera.rect, self.node_rect(i).center()),
            );
        }
        let s = doc.map().stakeholder(id)?;
        Some(
            self.view
                .to_screen(self.camera.rect, pos2(s.x as f32, s.y as f32)),
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
        self.camera.rect
    }

    /// The scene as drawn now (map units).
    /// Fit again on the next frames if the user has not taken the view (it still follows the
    /// window): what needs room around the cards changed (the domain zones).
    pub fn refit_if_untouched(&mut self) {
        if self.camera.follows_window() {
            self.fit_next_frame();
        }
    }

    /// Editing began (the entry line opened): the view stays where the user has it, whatever
    /// the window or the panels do.
    pub fn hold_view(&mut self) {
        self.camera.stop_following();
    }

    /// Draw the canvas and handle its input. Returns the commands the user asked for.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        doc: &Document,
        options: &super::settings::ViewOptions,
        lang: Lang,
    ) -> Vec<Command> {
        self.prepare(ui, doc, options);
        let (resp, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
        let rect = resp.rect;
        // Until the user pans, zooms or edits, keep the whole map in view as the window
        // settles (maximising, panels taking their width). After that, nothing moves by itself.
        if doc.revision() != 0 || resp.is_pointer_button_down_on() {
            self.camera.stop_following();
        }
        let before = self.camera.rect;
        self.camera.resized(rect);
        if before != rect && !self.camera.follows_window() && self.scene_revision.is_some() {
            // A panel or the entry line took or gave back room: the map stays where it is on
            // the screen (what is under the pointer stays under it) instead of moving with
            // the canvas's middle.
            self.view.pan += before.center() - rect.center();
        }
        self.camera_step(ui);
        let background = match (self.high_contrast, ui.visuals().dark_mode) {
            (true, false) => Color32::WHITE,
            (true, true) => Color32::BLACK,
            _ => ui.visuals().extreme_bg_color,
        };
        painter.rect_filled(rect, CornerRadius::ZERO, background);

        let pointer = resp.hover_pos();
        let world_pointer = pointer.map(|p| self.view.to_world(rect, p));
        let mut commands = Vec::new();
        self.zoom_with_wheel(ui, rect, pointer);
        self.handle_drag(ui, &resp, rect, doc, &mut commands);
        self.handle_clicks(ui, &resp, rect, doc);
        self.context_menu(&resp, doc, lang, &mut commands);

        self.draw(ui, &painter, doc, world_pointer, lang);
        self.draw_handle(ui, &painter, pointer);
        self.draw_ends(ui, &painter);
        self.draw_gesture(ui, &painter);
        if self.drag.is_none()
            && !self.presenting
            && let Some(w) = world_pointer
        {
            self.hover_tip(&resp, w, lang);
        }
        self.new_stakeholder_field(ui, rect, doc, lang, &mut commands);
        self.drop_note_ui(ui, lang);
        if self.typography() != self.scene.typography {
            // The view changed this frame (a fit, a glide, the wheel): draw again with the
            // scene for the new zoom, even if no more input comes.
            ui.ctx().request_repaint();
        }
        commands
    }

    /// Before drawing: the options of this frame, the scene for the map and the zoom, the
    /// cards' glide, the focus, the dash textures.
    fn prepare(&mut self, ui: &Ui, doc: &Document, options: &super::settings::ViewOptions) {
        if self.options != *options {
            self.options.clone_from(options);
        }
        let typography = self.typography();
        if self.scene_revision != Some(doc.revision()) {
            // An undo or a deletion elsewhere: what is selected is what is on the map.
            let map = doc.map();
            self.selection
                .stakeholders
                .retain(|id| map.stakeholder(id).is_some());
            if let Some(r) = &self.selection.relation
                && map.relation(r).is_none()
            {
                self.selection.relation = None;
            }
        }
        if self.scene_revision != Some(doc.revision()) || self.scene.typography != typography {
            self.rebuild(ui.ctx(), doc, typography);
        } else {
            self.take_routed(ui.ctx(), doc.revision(), typography);
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
    }

    /// Draw, bottom to top: domain zones, the onion's rings, relations, cards, the badges
    /// between domains, and the relation being drawn.
    fn draw(
        &mut self,
        ui: &Ui,
        painter: &egui::Painter,
        doc: &Document,
        world_pointer: Option<Pos2>,
        lang: Lang,
    ) {
        let rect = self.camera.rect;
        let visible = self.view.visible_world(rect).expand(100.0);
        let badges = if self.options.zones {
            self.draw_zones(painter, doc)
        } else {
            Vec::new()
        };
        self.draw_rings(ui, painter, rect, doc.revision(), lang);
        let shapes_edges = self.edge_shapes(ui, rect, visible);
        painter.extend(shapes_edges);
        self.draw_nodes(ui, painter, rect, visible, world_pointer, lang);
        if !badges.is_empty() {
            let on_screen = self.card_rects_on_screen(painter.clip_rect());
            let size = (self.min_text * 0.9).max(13.0);
            self.zones
                .draw_badges(ui, painter, &badges, lang, size, on_screen);
        }
        if let Some(Drag::Connect { from, to }) = &self.drag
            && let Some(&i) = self.scene.index_of.get(from)
        {
            let a = self.view.to_screen(rect, self.node_rect(i).center());
            let c = edge_color(self.options.relation_kind, ui.visuals().dark_mode);
            painter.line_segment([a, *to], Stroke::new(3.0, c));
            painter.circle_filled(*to, 5.0, c);
        }
    }

    /// The domain zones behind the cards; returns the badges between domains, drawn later
    /// over the cards.
    fn draw_zones<'d>(
        &mut self,
        painter: &egui::Painter,
        doc: &'d Document,
    ) -> Vec<zones::Badge<'d>> {
        let rect = self.camera.rect;
        let moving = matches!(&self.drag, Some(Drag::Move { offset, .. }) if *offset != Vec2::ZERO);
        let key: ZoneKey = (
            doc.revision(),
            self.view.zoom.to_bits(),
            self.glide.as_ref().map_or(0.0, |g| g.left).to_bits(),
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
            .draw(painter, rect, doc, self.view, size, on_screen)
    }

    /// What the pointer is over: a card's name and kind, or a note's text at its marker.
    fn hover_tip(&self, resp: &egui::Response, world: Pos2, lang: Lang) {
        if let Some(i) = self.node_at(world) {
            let n = &self.scene.nodes[i as usize];
            resp.clone().on_hover_ui_at_pointer(|ui| {
                ui.label(egui::RichText::new(&n.name).strong());
                ui.label(n.kind.name(lang));
            });
        } else if let Some(note) = self
            .scene
            .notes
            .iter()
            .find(|n| n.marker.is_some_and(|m| m.contains(world)))
        {
            // A label with no room on the map: its number's marker shows the text.
            let text = format!("{}. {}", note.number, note.text);
            resp.clone().on_hover_ui_at_pointer(|ui| {
                ui.label(text);
            });
        }
    }
}
