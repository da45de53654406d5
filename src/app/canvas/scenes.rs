//! The scene the canvas draws: built for the map and the zoom band (names never smaller than
//! the text size chosen), rebuilt on an edit or a new band, with relations routed on a worker
//! after an edit on a routed map.

use egui::{Rect, Vec2, vec2};

use super::{CANVAS_ROUTE_LIMIT, Canvas, Grid, ROUTE_LATER, TEXT_ZOOM};
use crate::app::document::Document;
use crate::layout::free::Room;
use crate::model::StakeholderId;
use crate::scene::{Scene, Typography};

impl Canvas {
    /// Where new cards go: among the cards as drawn now, beside the first of `after` that is
    /// on the map (the partner added last), else the selected one, else the map's middle.
    pub fn room_for_new(&self, after: Option<&StakeholderId>) -> Room {
        let scene = &self.scene;
        let taken: Vec<Rect> = scene.nodes.iter().map(|n| n.rect).collect();
        let anchor = after
            .into_iter()
            .chain(&self.selection.stakeholders)
            .find_map(|id| {
                scene
                    .index_of
                    .get(id)
                    .map(|&i| scene.nodes[i as usize].rect.center())
            })
            .unwrap_or_else(|| crate::layout::free::middle(&taken));
        Room {
            taken,
            anchor,
            size: self.card_size(),
            gap: crate::layout::CARD_GAP * 0.5,
        }
    }

    /// The scene's text sizes and smallest card at the current zoom. Zoom is taken in bands
    /// (steps of 20 %, rounded down, so names are never below their minimum), so zooming
    /// rebuilds the scene a few times, not every frame. Far out, where no names are drawn,
    /// cards keep their map size.
    pub fn typography(&self) -> Typography {
        self.typography_at(self.view.zoom)
    }

    pub(super) fn typography_at(&self, zoom: f32) -> Typography {
        let mut t = if zoom < TEXT_ZOOM {
            Typography::default()
        } else {
            let band = 1.2_f32.powf((zoom.ln() / 1.2_f32.ln()).floor());
            Typography {
                stretch: self.stretch / band,
                shortest: !self.presenting,
                ..Typography::screen(band, self.min_text, self.min_card_screen())
            }
        };
        // Bending relations around cards and moving crowded cards apart take about 40 ms for
        // 500 stakeholders, and the scene is rebuilt on every edit: on the canvas, big maps
        // (drawn plainly far out anyway) are drawn as they are.
        let n = self.scene.nodes.len();
        t.route &= n <= CANVAS_ROUTE_LIMIT;
        t.separate &= n <= CANVAS_ROUTE_LIMIT;
        t
    }

    /// A new card's size as the canvas draws cards now (map units): the typography's card,
    /// a little taller for a name of two lines.
    pub fn card_size(&self) -> Vec2 {
        let card = self.scene.typography.card;
        vec2(card.x, card.y * 1.25)
    }

    pub fn scene(&self) -> &Scene {
        &self.scene
    }

    /// The scene for the map and the zoom. After an edit (the zoom unchanged) on a map whose
    /// relations are routed around cards, the cards come at once with their relations unrouted
    /// (a millisecond at 200 partners, where routing takes about 20): the new card is on screen
    /// in the next frame. The routed scene is made on a worker and taken in the frame after.
    pub(super) fn rebuild(&mut self, ctx: &egui::Context, doc: &Document, typography: Typography) {
        let none = crate::scene::Marks::default();
        let marks = doc.marks().unwrap_or(&none);
        let edit = self.scene_revision.is_some()
            && self.scene_revision != Some(doc.revision())
            && self.scene.typography == typography;
        let map = doc.shown_map();
        let scene = if edit && typography.route && map.stakeholder_count() >= ROUTE_LATER {
            let quick = Typography {
                route: false,
                ..typography
            };
            let mut scene = Scene::build_marked(map, doc.shown_analysis(), &quick, marks);
            scene.typography = typography;
            let (map, analysis, marks) = (map.clone(), doc.shown_analysis().clone(), marks.clone());
            let work = crate::app::work::spawn("route", Some(ctx.clone()), move || {
                Scene::build_marked(&map, &analysis, &typography, &marks)
            });
            self.routing = Some((doc.revision(), typography, ctx.cumulative_frame_nr(), work));
            ctx.request_repaint();
            scene
        } else {
            self.routing = None;
            Scene::build_marked(map, doc.shown_analysis(), &typography, marks)
        };
        self.set_scene(scene);
        self.scene_revision = Some(doc.revision());
    }

    pub(super) fn set_scene(&mut self, scene: Scene) {
        let rects: Vec<Rect> = scene.nodes.iter().map(|n| n.rect).collect();
        // Cells about a card wide.
        self.grid = Grid::build(
            &rects,
            scene.typography.card.x.max(scene.typography.card.y) * 1.2,
        );
        self.scene = scene;
    }

    /// The routed scene asked for after an edit, once a frame has passed: taken when ready,
    /// else waited for (the frame after an edit waits for the rest of the routing, so what is
    /// drawn settles in two frames, never more).
    pub(super) fn take_routed(
        &mut self,
        ctx: &egui::Context,
        revision: u64,
        typography: Typography,
    ) {
        let Some((rev, typo, asked, _)) = &self.routing else {
            return;
        };
        if *rev != revision || *typo != typography {
            self.routing = None;
            return;
        }
        if ctx.cumulative_frame_nr() == *asked {
            return;
        }
        let mut slot = self.routing.take().map(|(_, _, _, w)| w);
        if let Some(Ok(scene)) = crate::app::work::wait(&mut slot) {
            self.set_scene(scene);
        }
    }
}
