//! Relations on the canvas: what is shown (hidden kinds, the focus, the selection) and where
//! (the view); how each looks is decided once, in `scene::draw`, for screen and print alike.

use egui::{Color32, Rect, Shape, Ui};

use super::pen::ScreenPen;
use super::{Canvas, TEXT_ZOOM};
use crate::app::mesh::Lines;
use crate::geometry::Path;
use crate::scene::EdgeLook;
use crate::scene::draw::{self, Ink, LabelColours, Paint, Place, State};
use crate::style::Rgb;

impl Canvas {
    /// How the canvas wants the picture drawn right now.
    pub(super) fn ink(&self, ui: &Ui) -> Ink {
        Ink {
            scale: self.view.zoom,
            screen: true,
            dark: ui.visuals().dark_mode,
            high_contrast: self.high_contrast,
            findings: self.options.show_analysis,
            plain: self.view.zoom < TEXT_ZOOM,
        }
    }

    /// In front of the room, a "collaboration missing" ghost only for the finding being
    /// walked through (both its partners selected): all of them at once run in long loops
    /// across the map and hide the relations that are there.
    fn ghost_hidden(&self, e: &crate::scene::EdgeGeom) -> bool {
        let chosen = |i: u32| {
            self.scene
                .nodes
                .get(i as usize)
                .is_some_and(|n| self.selection.stakeholders.contains(&n.id))
        };
        self.presenting && e.look == EdgeLook::Missing && !(chosen(e.from) && chosen(e.to))
    }

    /// Map units to screen points on `rect`.
    pub(super) fn place(&self, rect: Rect) -> Place {
        Place {
            scale: self.view.zoom,
            offset: rect.center().to_vec2() + self.view.pan,
        }
    }

    /// Relations, their labels and note markers, through the one drawing path.
    pub(super) fn edge_shapes(&self, ui: &Ui, rect: Rect, visible: Rect) -> Vec<Shape> {
        let ink = self.ink(ui);
        let place = self.place(rect);
        let (v, i) = self.edge_capacity.get();
        let mut pen = ScreenPen::new(
            Lines::with_capacity(v, i),
            &self.dash_textures,
            ink.plain,
            rect,
        );
        // The path of each relation drawn this frame, in map units (for its label).
        let mut drawn: Vec<Option<Path>> = vec![None; self.scene.edges.len()];
        let selected_rel = self.selection.relation.as_ref();
        for (ei, e) in self.scene.edges.iter().enumerate() {
            if !draw::shown(e, &ink) || self.ghost_hidden(e) {
                continue;
            }
            if let EdgeLook::Relation(k) = e.look
                && self.options.hidden.contains(&k)
            {
                continue;
            }
            let state = State {
                faded: self.is_faded(e.from) || self.is_faded(e.to),
                selected: e.id.is_some() && selected_rel == e.id.as_ref(),
                hovered: false,
            };
            let path = e.path(self.node_rect(e.from), self.node_rect(e.to), |p| p, 1.0);
            if !path.bounds().intersects(visible) {
                continue;
            }
            draw::relation(&mut pen, e, &path.mapped(|p| place.pos(p)), &ink, state);
            if !state.faded {
                drawn[ei] = Some(path);
            }
        }
        if !ink.plain {
            let colours = LabelColours {
                background: paint_of(ui.visuals().extreme_bg_color).times(0.9),
                text: paint_of(ui.visuals().strong_text_color()),
            };
            draw::labels(&mut pen, &self.scene, &drawn, &place, colours);
        }
        self.edge_capacity
            .set((pen.lines.mesh.vertices.len(), pen.lines.mesh.indices.len()));
        pen.finish_with(ui.ctx(), &mut self.galleys.borrow_mut())
    }
}

/// A theme colour as the drawing path's paint.
fn paint_of(c: Color32) -> Paint {
    let [r, g, b, _] = c.to_srgba_unmultiplied();
    Paint::solid(Rgb(r, g, b))
}
