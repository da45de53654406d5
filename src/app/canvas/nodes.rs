//! Stakeholder cards on the canvas: what is shown and in which state (focus, selection, hover);
//! how a card and its name look is decided once, in `scene::draw`, for screen and print alike.
//! Far out, cards are plain squares in one mesh and names are not drawn.

use egui::{Pos2, Rect, Ui};

use super::Canvas;
use super::pen::ScreenPen;
use crate::app::mesh::Lines;
use crate::scene::draw::{self, State};

impl Canvas {
    pub(super) fn draw_nodes(
        &self,
        ui: &Ui,
        painter: &egui::Painter,
        rect: Rect,
        visible: Rect,
        pointer: Option<Pos2>,
        lang: crate::lang::Lang,
    ) {
        let ink = self.ink(ui);
        let place = self.place(rect);
        let hovered = pointer.and_then(|p| self.node_at(p));
        let mut pen = ScreenPen::new(Lines::default(), &[], ink.plain, rect);
        let size = self.scene.typography.name_size * place.scale;
        for (i, n) in self.scene.nodes.iter().enumerate() {
            let wr = self.node_rect(i as u32);
            if !wr.intersects(visible) {
                continue;
            }
            let r = place.rect(wr);
            let state = State {
                faded: self.is_faded(i as u32),
                selected: self.selection.stakeholders.contains(&n.id),
                hovered: hovered == Some(i as u32),
            };
            draw::card(&mut pen, n, r, size, n.kind.code(lang), &ink, state);
            if !ink.plain {
                // The name, broken into lines by the scene (the export breaks it the same
                // way); the pen lays out all text after all cards.
                draw::name(&mut pen, n, r, size, &ink, state);
            }
        }
        painter.extend(pen.finish_with(ui.ctx(), &mut self.galleys.borrow_mut()));
    }
}
