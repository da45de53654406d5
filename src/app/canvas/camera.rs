//! The camera: which part of the map the canvas shows, and how the view gets somewhere by
//! itself. One state machine ([`Motion`]): idle, easing to a target, fitting (a fit redone
//! until it holds for the scene at its zoom), or a fit due in the next frames; and whether it
//! still follows the window (until the user pans, zooms or edits, the whole map stays in view
//! as the window settles).

use egui::{Pos2, Rect, Ui, Vec2, vec2};

use super::{Canvas, Document, TEXT_ZOOM};
use crate::app::geometry::View;
use crate::geometry::card_rect;
use crate::model::StakeholderId;

/// How long a view change or a layout takes to glide into place.
pub(super) const ANIM_SECONDS: f64 = 0.6;
/// How many times a fit is redone for the scene at its zoom (see `Canvas::fit_now`).
const FIT_SETTLE: u8 = 8;

/// How the view moves by itself.
pub(super) struct Camera {
    motion: Motion,
    /// Until the user pans, zooms or edits, a new canvas size fits the whole map again.
    follows_window: bool,
    /// The canvas area on screen (last frame).
    pub(super) rect: Rect,
}

impl Default for Camera {
    fn default() -> Self {
        Camera {
            // Side panels settle their width in the first frames: fit in each of them.
            motion: Motion::FitSoon { frames: 2 },
            follows_window: true,
            rect: Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0)),
        }
    }
}

/// The camera's states.
enum Motion {
    /// Nothing moves by itself.
    Idle,
    /// Fit the whole map now and in each of the next `frames` frames (the canvas is settling
    /// its size), then make it hold.
    FitSoon { frames: u8 },
    /// Glide to the whole map once the canvas has its new size (panels shown or hidden).
    EaseFitSoon,
    /// Gliding from one view to another; then, maybe, making a fit hold.
    Easing {
        from: View,
        to: View,
        start: Option<f64>,
        then: Option<Fit>,
    },
    /// A fit redone until it holds for the scene at its zoom.
    Fitting(Fit),
}

/// A fit being made to hold: of these stakeholders (a part of the map), or of the whole map;
/// at most `left` more tries.
struct Fit {
    part: Option<Vec<StakeholderId>>,
    left: u8,
}

impl Fit {
    fn whole() -> Self {
        Fit {
            part: None,
            left: FIT_SETTLE,
        }
    }
}

impl Camera {
    /// The user moved the view (wheel, pan) or started editing: nothing moves by itself any
    /// more, and the window's size no longer refits.
    pub(super) fn taken(&mut self) {
        self.motion = Motion::Idle;
        self.follows_window = false;
    }

    /// Editing started: the window's size no longer refits (a glide or a fit goes on).
    pub fn stop_following(&mut self) {
        self.follows_window = false;
    }

    /// The canvas is `rect` this frame: a new size refits the map while following the window.
    pub(super) fn resized(&mut self, rect: Rect) {
        if rect.size() != self.rect.size()
            && self.follows_window
            && !matches!(self.motion, Motion::FitSoon { .. })
        {
            self.motion = Motion::FitSoon { frames: 0 };
        }
        self.rect = rect;
    }

    /// Whether the whole map still follows the window (nobody took the view yet).
    pub(super) fn follows_window(&self) -> bool {
        self.follows_window
    }

    fn is_moving(&self) -> bool {
        !matches!(self.motion, Motion::Idle)
    }
}

impl Canvas {
    /// Fit the whole map on the next frames (a newly opened map).
    pub fn fit_next_frame(&mut self) {
        self.camera.motion = Motion::FitSoon { frames: 2 };
    }

    /// Fit the whole map now, and make the fit hold once the scene is rebuilt for its zoom.
    pub fn fit(&mut self) {
        self.fit_now(None);
        self.camera.motion = Motion::Fitting(Fit::whole());
    }

    /// Glide to the whole map once the canvas has its new size (panels shown or hidden).
    pub fn ease_fit_next_frame(&mut self) {
        self.camera.motion = Motion::EaseFitSoon;
    }

    /// Glide to the whole map.
    pub fn ease_fit(&mut self) {
        let from = self.view;
        self.fit_now(None);
        let to = std::mem::replace(&mut self.view, from);
        self.ease_to(to, Some(Fit::whole()));
    }

    /// Glide to these stakeholders, as big as they fit with their names (a part of a map too
    /// big to show whole at the room's text size).
    pub fn ease_on_part(&mut self, ids: &[StakeholderId]) {
        let set: std::collections::HashSet<&StakeholderId> = ids.iter().collect();
        if let Some(v) = self.fit_view(|n| set.contains(&n.id)) {
            // Once there, the scene is rebuilt for that zoom: fit the part again to it.
            let fit = Fit {
                part: Some(ids.to_vec()),
                left: FIT_SETTLE,
            };
            self.ease_to(v, Some(fit));
        }
    }

    /// Centre the view on these stakeholders (zooming out if they don't fit).
    pub fn center_on(&mut self, doc: &Document, ids: &[StakeholderId]) {
        if let Some(v) = self.view_for(doc, ids, 0.0) {
            self.camera.taken();
            self.view = v;
        }
    }

    /// Like [`Canvas::center_on`], gliding there: the room can follow where the view goes.
    /// `top_inset`: screen points at the top of the canvas covered by an overlay (the
    /// walkthrough's sentence); the stakeholders are kept below it.
    pub fn ease_on(&mut self, doc: &Document, ids: &[StakeholderId], top_inset: f32) {
        if let Some(v) = self.view_for(doc, ids, top_inset) {
            self.ease_to(v, None);
        }
    }

    /// Glide just far enough that `world` (map units) is in view, clear of the canvas's edges
    /// and of `bottom_inset` screen points at its foot (the entry line); the zoom stays. A view
    /// that shows it already does not move: the room keeps its bearings.
    pub fn ease_into_view(&mut self, world: Rect, bottom_inset: f32) {
        let rect = self.camera.rect;
        if !rect.is_positive() {
            return;
        }
        let margin = 24.0;
        let room = Rect::from_min_max(
            rect.min + vec2(margin, margin),
            rect.max - vec2(margin, margin + bottom_inset),
        );
        let shown = Rect::from_min_max(
            self.view.to_screen(rect, world.min),
            self.view.to_screen(rect, world.max),
        );
        let shift = |lo: f32, hi: f32, min: f32, max: f32| {
            if hi - lo > max - min {
                f32::midpoint(min, max) - f32::midpoint(lo, hi)
            } else if lo < min {
                min - lo
            } else if hi > max {
                max - hi
            } else {
                0.0
            }
        };
        let d = vec2(
            shift(shown.min.x, shown.max.x, room.min.x, room.max.x),
            shift(shown.min.y, shown.max.y, room.min.y, room.max.y),
        );
        if d != Vec2::ZERO {
            let mut to = self.view;
            to.pan += d;
            self.ease_to(to, None);
        }
    }

    fn ease_to(&mut self, to: View, then: Option<Fit>) {
        self.camera.follows_window = false;
        self.camera.motion = Motion::Easing {
            from: self.view,
            to,
            start: None,
            then,
        };
    }

    /// Whether a view change or layout is still gliding.
    pub fn is_animating(&self) -> bool {
        matches!(self.camera.motion, Motion::Easing { .. }) || self.glide.is_some()
    }

    /// Whether the view has come to rest: no glide, and no fit still to be made or redone.
    pub fn is_settled(&self) -> bool {
        !self.camera.is_moving() && self.glide.is_none()
    }

    /// Whether names are drawn at the current zoom (far out, cards are plain squares).
    pub fn names_shown(&self) -> bool {
        self.view.zoom >= TEXT_ZOOM
    }

    /// The camera's step this frame, before drawing: fits due, the glide advanced by the
    /// clock, a fit checked against the scene rebuilt for its zoom.
    pub(super) fn camera_step(&mut self, ui: &Ui) {
        match &mut self.camera.motion {
            Motion::EaseFitSoon => self.ease_fit(),
            Motion::FitSoon { frames } => {
                let left = frames.checked_sub(1);
                self.fit_now(None);
                self.camera.motion = match left {
                    Some(frames) => Motion::FitSoon { frames },
                    None => Motion::Fitting(Fit::whole()),
                };
            }
            _ => {}
        }
        self.glide_view(ui);
        self.settle(ui);
    }

    /// Advance a glide by the clock.
    fn glide_view(&mut self, ui: &Ui) {
        let Motion::Easing {
            from,
            to,
            start,
            then,
        } = &mut self.camera.motion
        else {
            return;
        };
        let now = ui.input(|i| i.time);
        let s = *start.get_or_insert(now);
        let t = ((now - s) / ANIM_SECONDS).clamp(0.0, 1.0) as f32;
        let eased = emath::easing::cubic_in_out(t);
        // Glide the centre in map units and the zoom geometrically: no swerving.
        let (c0, c1) = (-from.pan / from.zoom, -to.pan / to.zoom);
        let zoom = (from.zoom.ln() + (to.zoom.ln() - from.zoom.ln()) * eased).exp();
        let c = c0 + (c1 - c0) * eased;
        self.view = View {
            pan: -c * zoom,
            zoom,
        };
        if t >= 1.0 {
            self.view = *to;
            self.camera.motion = match then.take() {
                Some(fit) => Motion::Fitting(fit),
                None => Motion::Idle,
            };
        }
        ui.ctx().request_repaint();
    }

    /// The scene depends on the zoom (cards keep a legible size, crowded ones move apart on
    /// screen): once it is rebuilt for the fitted zoom, does the fit still hold?
    fn settle(&mut self, ui: &Ui) {
        if !matches!(self.camera.motion, Motion::Fitting(_)) || self.glide.is_some() {
            return;
        }
        if self.scene.typography != self.typography() {
            // The next frame rebuilds the scene for this zoom; the fit is checked then.
            ui.ctx().request_repaint();
            return;
        }
        let Motion::Fitting(fit) = &mut self.camera.motion else {
            return;
        };
        let part = fit.part.take();
        let before = self.view;
        self.fit_now(part.as_deref());
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
        let Motion::Fitting(fit) = &mut self.camera.motion else {
            return;
        };
        fit.part = part;
        fit.left = fit.left.saturating_sub(1);
        if same || fit.left == 0 {
            self.camera.motion = Motion::Idle;
        } else {
            ui.ctx().request_repaint();
        }
    }

    /// Show the whole map (or the part `ids`) as the scene is now.
    fn fit_now(&mut self, part: Option<&[StakeholderId]>) {
        if self.scene.bounds.is_none() {
            self.view = View::default();
            return;
        }
        let v = match part {
            None => self.fit_view(|_| true),
            Some(ids) => self.fit_view(|n| ids.contains(&n.id)),
        };
        if let Some(v) = v {
            self.view = v;
        }
    }

    /// The view that shows the cards `pick` chooses, whole, with their names if they fit. The
    /// scene depends on the zoom (cards keep a legible size, and crowded ones move apart on
    /// screen), in bands (see `typography_at`): band by band from the closest, the cards are
    /// sized and moved apart as the scene will draw them in that band, and the first band in
    /// which they fit gives the view. (A fit from the scene as it is now took turns: cards
    /// moved apart at one zoom asked for another, where they moved further apart.)
    pub(super) fn fit_view(&self, pick: impl Fn(&crate::scene::NodeGeom) -> bool) -> Option<View> {
        let chosen: Vec<&crate::scene::NodeGeom> =
            self.scene.nodes.iter().filter(|n| pick(n)).collect();
        let homes = chosen
            .iter()
            .map(|n| Rect::from_center_size(n.home, n.rect.size()))
            .reduce(Rect::union)?;
        let centres = chosen
            .iter()
            .map(|n| Rect::from_center_size(n.home, Vec2::ZERO))
            .reduce(Rect::union)?;
        // Relations bent or led around the cards, and labels beside them, reach beyond the
        // cards: by how many card heights on each side (they scale with the cards). Only for
        // the whole map.
        let b = chosen.iter().map(|n| n.rect).reduce(Rect::union)?;
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
        let rect = self.camera.rect;
        // The cards as the scene draws them in the band of `zoom`, around where the map has
        // them, with what reaches beyond them.
        let drawn_at = |zoom: f32, over: [f32; 4]| {
            let t = self.typography_at(zoom);
            // Every card, as the scene moves them all apart (a part's cards are pushed by the
            // others too); then the chosen ones.
            let mut rects: Vec<Rect> = self
                .scene
                .nodes
                .iter()
                .map(|n| crate::card::fit(&n.name, f64::from(n.home.x), f64::from(n.home.y), &t).0)
                .collect();
            if t.separate {
                crate::scene::separate(&mut rects, &t);
            }
            let cards = self
                .scene
                .nodes
                .iter()
                .zip(rects)
                .filter(|(n, _)| pick(n))
                .map(|(_, r)| r)
                .reduce(Rect::union)?;
            let h = t.card.y;
            Some(Rect::from_min_max(
                cards.min - vec2(over[0], over[1]) * h,
                cards.max + vec2(over[2], over[3]) * h,
            ))
        };
        // The closest zoom worth trying: the cards at their map size fill the canvas.
        let mut top = self.view;
        top.fit(rect, homes);
        let band = |z: f32| (z.max(1e-6).ln() / 1.2_f32.ln()).floor() as i32;
        let (hi, lo) = (band(top.zoom.min(8.0)), band(TEXT_ZOOM));
        let search = |over: [f32; 4]| {
            for k in (lo..=hi).rev() {
                // The zooms of this band where names are drawn, clear of its edges (where
                // rounding could pick the next band): the scene drawn is the one measured.
                let from = 1.2_f32.powi(k).max(TEXT_ZOOM) * 1.0005;
                let to = 1.2_f32.powi(k + 1) * 0.999;
                if from > to {
                    continue;
                }
                // Cards only ever move apart: where the map's own spread does not fit at this
                // zoom, nothing drawn there will (and nothing needs laying out).
                let spread = centres.size() * from;
                if spread.x > rect.width() || spread.y > rect.height() {
                    continue;
                }
                let Some(bounds) = drawn_at(from, over) else {
                    continue;
                };
                let mut v = self.view;
                v.fit(rect, bounds);
                if v.zoom >= from {
                    let zoom = v.zoom.min(to);
                    return Some(View {
                        pan: v.pan * (zoom / v.zoom),
                        zoom,
                    });
                }
            }
            None
        };
        // With the relations and labels that reach beyond the cards; else, while editing on a
        // laptop's small canvas, the cards alone: names readable, what reaches beyond them
        // cut at the edge (names matter more than the last label). In front of the room the
        // names' size steps down instead (`presentation_size`), so all of it shows.
        // (Not with the domain zones shown: their labels and badges need the room around the
        // cards, and would be pushed onto names.)
        let cards_only = || {
            (whole && !self.presenting && !self.options.zones)
                .then(|| search([0.0; 4]))
                .flatten()
        };
        if let Some(v) = search(over).or_else(cards_only) {
            return Some(v);
        }
        // No zoom where the cards with their names fit: the plain overview, which always
        // fits (a map too big to show with its names; presenting walks it in parts).
        let mut v = self.view;
        v.fit(rect, drawn_at(TEXT_ZOOM * 0.5, over).unwrap_or(homes));
        let zoom = v.zoom.min(TEXT_ZOOM * 0.999);
        Some(View {
            pan: v.pan * (zoom / v.zoom),
            zoom,
        })
    }

    /// The view that shows these stakeholders whole, as the scene draws them (cards at their
    /// legible size, crowded ones moved apart), below `top_inset`: the current zoom if they
    /// fit, else the zoom at which they fit with their names (or the overview).
    fn view_for(&mut self, doc: &Document, ids: &[StakeholderId], top_inset: f32) -> Option<View> {
        let set: std::collections::HashSet<&StakeholderId> = ids.iter().collect();
        let mut rects: Vec<Rect> = self
            .scene
            .nodes
            .iter()
            .filter(|n| set.contains(&n.id))
            .map(|n| n.rect)
            .collect();
        if rects.is_empty() {
            // Not drawn yet (a card made this frame): where the map has it.
            rects = ids
                .iter()
                .filter_map(|id| doc.map().stakeholder(id))
                .map(|s| card_rect(s.x, s.y))
                .collect();
        }
        let b = rects.into_iter().reduce(Rect::union)?;
        self.camera.stop_following();
        let mut v = self.view;
        // The part of the canvas not under an overlay.
        let whole = self.camera.rect;
        let mut area = whole;
        if area.height() - top_inset > 200.0 {
            area.min.y += top_inset;
        }
        let fits = {
            let s = v.world_rect_to_screen(area, b);
            area.shrink(24.0)
                .contains_rect(s.translate(area.center() - s.center()))
        };
        if fits && v.zoom >= TEXT_ZOOM {
            v.center_on(b.center());
        } else {
            // Fitted in the free area as the scene will draw them at the zoom it takes.
            let inner = std::mem::replace(&mut self.camera.rect, area.shrink(12.0));
            let fitted = self.fit_view(|n| set.contains(&n.id));
            self.camera.rect = inner;
            match fitted {
                Some(f) => v = f,
                None => v.fit(area, b),
            }
        }
        // `View` centres on the whole canvas: shift to the middle of the free area.
        v.pan += area.center() - whole.center();
        Some(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_camera_fits_while_the_window_settles_then_rests_once_taken() {
        let mut c = Camera::default();
        assert!(c.is_moving(), "a new map is fitted first");
        c.resized(Rect::from_min_size(Pos2::ZERO, vec2(1000.0, 700.0)));
        assert!(matches!(c.motion, Motion::FitSoon { frames: 2 }));
        c.taken();
        assert!(!c.is_moving());
        // Taken: a new window size no longer refits.
        c.resized(Rect::from_min_size(Pos2::ZERO, vec2(1366.0, 768.0)));
        assert!(!c.is_moving());
        assert_eq!(c.rect.size(), vec2(1366.0, 768.0));
    }
}
