//! The screen, this frame: which panels show where (editing, presenting, the start screen),
//! the canvas in the middle, and what lies over it. The panels get one [`Seen`] and push
//! [`Request`]s; nothing here changes the map.

use egui::Ui;

use super::document::Document;
use super::request::Request;
use super::{EcomapApp, look, panels};
use panels::Seen;

/// What was last given to the window.
#[derive(Default)]
pub struct Window {
    pub look: look::Look,
    pub title: String,
}

/// In front of the room, the least line (points) a relation shows between its two cards: a
/// relation drawn as a stub between two cards that nearly touch cannot be seen from the back.
pub const MIN_STRETCH: f32 = 40.0;

impl EcomapApp {
    /// The smallest name while presenting (points): big enough for the back row of the room
    /// (see `room`), never smaller than the presentation size chosen by hand.
    pub fn presentation_text(&self, ctx: &egui::Context) -> f32 {
        // The picture's height: the monitor's, where the window system says (the shared
        // screen shows the whole monitor), else the window's.
        let height = ctx
            .input(|i| i.viewport().monitor_size)
            .map(|m| m.y)
            .filter(|h| *h > 100.0)
            .unwrap_or_else(|| ctx.content_rect().height());
        self.settings
            .room
            .name_size(height)
            .max(self.settings.present_text_size)
    }

    /// The names' size in the presentation now: the room's; or, for the whole map when it does
    /// not fit at the room's size (walking through it in parts uses the room's size), step by
    /// step smaller until it fits with its names, never below the editing size. The facilitator
    /// is told (see `part_banner`). The cards are spread so that every relation shows at
    /// least [`MIN_STRETCH`] of line; only a map that does not fit with its names even at the
    /// editing size is shown unspread.
    pub(super) fn presentation_size(&mut self, ctx: &egui::Context) -> f32 {
        let room = self.presentation_text(ctx);
        // (Not in a part: the part's cards lie among the others, and spreading the whole map
        // for the room's size would carry them too far apart to show together.)
        self.canvas.stretch = if self.workshop.part.is_some() {
            0.0
        } else {
            MIN_STRETCH
        };
        if self.workshop.part.is_some() || self.workshop.walk.is_some() {
            return room;
        }
        let key = (
            self.doc.as_ref().map_or(0, Document::revision),
            room.to_bits(),
        );
        if self.workshop.overview.is_some_and(|(k, _)| k != key) {
            self.workshop.overview = None;
        }
        if self.workshop.unspread.is_some_and(|k| k != key) {
            self.workshop.unspread = None;
        }
        if self.workshop.unspread.is_some() {
            self.canvas.stretch = 0.0;
        }
        let size = self.workshop.overview.map_or(room, |(_, s)| s);
        if !self.canvas.names_shown() && self.doc.is_some() && !self.canvas.is_settled() {
            // Frames until the view settles: the next step is decided then (an idle window
            // would otherwise stay on a view without names until the mouse moved).
            ctx.request_repaint();
        }
        if self.canvas.is_settled() && !self.canvas.names_shown() && self.doc.is_some() {
            if size > self.settings.text_size {
                let smaller = (size * 0.85).max(self.settings.text_size);
                self.workshop.overview = Some((key, smaller));
                self.canvas.fit_next_frame();
                ctx.request_repaint();
                return smaller;
            }
            if self.workshop.unspread.is_none() {
                // Names matter more than the relations' length: the cards as they are.
                self.workshop.unspread = Some(key);
                self.canvas.stretch = 0.0;
                self.canvas.fit_next_frame();
                ctx.request_repaint();
            }
        }
        size
    }

    /// The walkthrough's banner while editing (in front of the room it is the strip over the
    /// map, [`EcomapApp::top_strip`]).
    fn walkthrough_banner(&mut self, ui: &Ui) {
        let Some(doc) = &self.doc else { return };
        if let Some(walk) = self
            .workshop
            .walk_banner(doc, self.lang, self.canvas.min_text)
        {
            let r = panels::presentation::walkthrough(ui, &walk, &self.canvas, self.lang);
            self.workshop.walk_banner_at(&self.canvas, r);
        }
    }

    /// What the strip over the map shows while presenting: the finding walked through, the
    /// part shown, or the offer to walk through a map too big for the room.
    fn top_strip(&mut self, ctx: &egui::Context) -> Option<panels::presentation::Top> {
        use panels::presentation::Top;
        let doc = self.doc.as_ref()?;
        if let Some(walk) = self
            .workshop
            .walk_banner(doc, self.lang, self.canvas.min_text)
        {
            return Some(Top::Walk(walk));
        }
        let px = |size: f32| size * crate::scene::text::cap_height_em() * ctx.pixels_per_point();
        let caps = (px(self.presentation_text(ctx)), px(self.canvas.min_text));
        let line = self
            .workshop
            .part_line(doc, self.lang, self.settings.room, caps)?;
        // For the facilitator more than the room (the part's name is big on the cards): a
        // taller strip would leave a domain's cards too little room at the room's size.
        let size = 20.0;
        Some(Top::Part(line, size))
    }

    /// The capital height (pixels) the room's size gives names in a presentation.
    fn room_capitals(&self, ctx: &egui::Context) -> f32 {
        self.presentation_text(ctx) * crate::scene::text::cap_height_em() * ctx.pixels_per_point()
    }

    /// The screen, this frame: the panels around the canvas (built from one [`Seen`]), the
    /// canvas, what lies over it, and the notice over the top of it all (a notice never
    /// pushes the map down).
    pub(super) fn screen(&mut self, ui: &mut Ui) {
        let presenting = self.workshop.presenting && self.doc.is_some();
        let room_capitals = self.room_capitals(ui.ctx());
        let top = if presenting {
            self.top_strip(ui.ctx())
        } else {
            None
        };
        let mut reaim = false;
        let seen = Seen {
            doc: self.doc.as_ref(),
            settings: &self.settings,
            view: &self.settings.view,
            canvas: &self.canvas,
            lang: self.lang,
            live: &self.live,
            votes: &self.live.votes,
            file: &self.file,
            presenting,
            room_capitals,
        };
        let (panels, export, out) = (&mut self.panels, &mut self.export, &mut self.queue);
        if presenting {
            presentation_panels(ui, &seen, panels, out);
            let strip = top.map(|t| panels::presentation::strip(ui, &t, self.lang));
            let height = |s: Option<egui::Rect>| s.map(|r| r.height().round());
            reaim = height(strip) != height(self.workshop.strip);
            self.workshop.strip = strip;
        } else {
            editing_panels(ui, &seen, panels, export, out);
        }
        if self.doc.is_some() {
            self.central_canvas(ui);
            if let (true, Some(doc)) = (reaim, &self.doc) {
                // The strip over the map came, went or changed height: the finding or the part
                // glides to where it shows whole in the canvas as it is now.
                let ids: Vec<_> = self.canvas.selection.stakeholders.iter().cloned().collect();
                if self.workshop.walk.is_some() {
                    self.canvas.ease_on(doc, &ids, 0.0);
                } else if self.workshop.part.is_some() {
                    self.canvas.ease_on_part(&ids);
                }
            }
            // Over the map while editing: the walkthrough's sentence, where it covers none of
            // the finding's cards. (In front of the room it is a strip of its own; the room's
            // code, the badge and the hint have places of their own beside the map.)
            if !presenting {
                self.walkthrough_banner(ui);
            }
        }
        self.notice_toast(ui);
    }

    /// The notice as a toast where it covers no card (on the start screen: at the top).
    fn notice_toast(&mut self, ui: &Ui) {
        let now = ui.input(|i| i.time);
        let Some(n) = &mut self.notice else { return };
        n.shown.get_or_insert(now);
        if n.is_gone(now) {
            self.notice = None;
            return;
        }
        let size = panels::notice::last_size(ui.ctx());
        let screen = ui.ctx().content_rect();
        let at = if self.file.chooser_is_open() {
            // The built-in file chooser sits in the middle: the notice goes under it, at the
            // foot of the window, never over the dialog it is about.
            egui::pos2(
                (screen.width() - size.x) / 2.0,
                screen.bottom() - size.y - 8.0,
            )
        } else if self.doc.is_some() {
            // Where it covers no name; on a map that leaves no such spot, at the foot of the
            // window (over the legend for a few seconds, not over a card).
            self.canvas.clear_spot(size).unwrap_or_else(|| {
                egui::pos2(
                    (screen.width() - size.x) / 2.0,
                    screen.bottom() - size.y - 8.0,
                )
            })
        } else {
            egui::pos2((ui.ctx().content_rect().width() - size.x) / 2.0, 48.0)
        };
        if let Some(n) = &self.notice {
            panels::notice::ui(ui, n, now, at, self.lang, &mut self.queue);
        }
    }

    fn central_canvas(&mut self, ui: &mut Ui) {
        egui::CentralPanel::no_frame().show(ui, |ui| {
            let Some(doc) = &self.doc else { return };
            let commands = self.canvas.show(ui, doc, &self.settings.view, self.lang);
            self.queue.extend(commands.into_iter().map(Request::Edit));
            let asked = self.canvas.take_asked();
            self.queue.extend(asked.into_iter().map(Request::Do));
        });
    }
}

/// While editing: the menu, the questions asked, the toolbars, the legend under the map, the
/// inspector at the left, the queue, actions and findings at the right, and the windows (help,
/// find, export, the room's start, a scenario's name). The start screen without a map.
fn editing_panels(
    ui: &mut Ui,
    seen: &Seen,
    panels: &mut panels::Panels,
    export: &mut super::ExportState,
    out: &mut Vec<Request>,
) {
    egui::Panel::top("menu").show(ui, |ui| panels::menu::ui(ui, seen, out));
    panels::prompts::ui(ui, seen, out);
    if seen.doc.is_none() {
        egui::CentralPanel::default_margins().show(ui, |ui| panels::start::ui(ui, seen, out));
        return;
    }
    egui::Panel::top("toolbar").show(ui, |ui| {
        panels::toolbar::ui(ui, seen, out);
        panels::scenarios::row(ui, seen, out);
    });
    egui::Panel::bottom("legend").show(ui, |ui| panels::legend::ui(ui, seen, out));
    // The side panels: a width of their own, that the user sets (drag the edge; drag it
    // shut or double-click it to collapse) and egui remembers; what is in them wraps and
    // never widens them. On a laptop they leave the map at least 60 % of the width.
    let width = ui.ctx().content_rect().width();
    let side = |panel: egui::Panel, share: f32, min: f32, max: f32| {
        let default = (width * share).clamp(min, max);
        panel
            .default_size(default)
            .size_range(150.0..=(width * 0.3).max(default))
            .resizable(true)
    };
    let mut open = side_open(ui.ctx(), "inspector");
    side(egui::Panel::left("inspector"), 0.15, 190.0, 280.0).show_collapsible(
        ui,
        &mut open,
        |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    contained(ui, |ui| panels.inspector.ui(ui, seen, out));
                });
        },
    );
    set_side_open(ui.ctx(), "inspector", open);
    let mut open = side_open(ui.ctx(), "findings");
    if !open {
        // The room's code needs a place of its own that covers no card: with the findings
        // panel shut, a strip at the right.
        panels::live::code_strip(ui, seen, out);
    }
    side(egui::Panel::right("findings"), 0.2, 240.0, 380.0).show_collapsible(ui, &mut open, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                contained(ui, |ui| {
                    panels::live::code_in_panel(ui, seen);
                    panels::live::queue(ui, seen, out);
                    panels.actions.ui(ui, seen, out);
                    ui.separator();
                    panels.findings.ui(ui, seen, out);
                });
            });
    });
    set_side_open(ui.ctx(), "findings", open);
    // Under the map, between the side panels.
    panels.entry.ui(ui, seen, out);
    panels.help.ui(ui, seen, out);
    panels::live::start_window(ui, seen, out);
    panels.find.ui(ui, seen, out);
    panels.paste.ui(ui, seen, out);
    panels.import.ui(ui, seen, out);
    export.ui(ui, seen, out);
    panels.scenario_prompt.ui(ui, seen, out);
}

/// While presenting: the questions asked, the legend, large, in its own strip under the map
/// (so it never covers a card) with the room the names are sized for, the room's code in its
/// own strip at the right, and the help.
fn presentation_panels(
    ui: &mut Ui,
    seen: &Seen,
    panels: &mut panels::Panels,
    out: &mut Vec<Request>,
) {
    panels::prompts::ui(ui, seen, out);
    egui::Panel::bottom("presentation-legend").show(ui, |ui| {
        // Read from the back row: two thirds of the names' size.
        let size = (seen.canvas.min_text * 2.0 / 3.0).clamp(16.0, 48.0);
        let normal = ui.style().text_styles.clone();
        ui.style_mut()
            .text_styles
            .values_mut()
            .for_each(|f| f.size = size);
        panels::legend::ui(ui, seen, out);
        ui.style_mut().text_styles = normal;
        panels::toolbar::room(ui, seen, out);
    });
    panels::live::code_strip(ui, seen, out);
    panels.help.ui(ui, seen, out);
    panels.entry.ui(ui, seen, out);
}

/// A side panel's content, held to the panel's width: text wraps, and whatever still does not
/// fit (a list's button, a long header) is cut at the panel's edge instead of widening it.
/// (egui sizes a panel to what its content used; this content is laid out in a child the
/// panel does not measure, and only its height is taken.)
fn contained(ui: &mut Ui, add: impl FnOnce(&mut Ui)) {
    let rect = ui.available_rect_before_wrap();
    // As wide as the panel, as tall as the content: cut at the sides only.
    let tall = egui::Rect::from_min_size(rect.min, egui::vec2(rect.width(), f32::INFINITY));
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(tall).layout(*ui.layout()));
    let clip = ui.clip_rect();
    child.set_clip_rect(egui::Rect::from_x_y_ranges(
        rect.left().max(clip.left())..=rect.right().min(clip.right()),
        clip.y_range(),
    ));
    child.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
    add(&mut child);
    let height = child.min_rect().height();
    ui.allocate_rect(
        egui::Rect::from_min_size(rect.min, egui::vec2(rect.width(), height)),
        egui::Sense::hover(),
    );
}

/// Whether a side panel is open (remembered with egui's memory, between sessions too).
pub fn side_open(ctx: &egui::Context, name: &str) -> bool {
    ctx.data_mut(|d| *d.get_persisted_mut_or(egui::Id::new(("side-open", name)), true))
}

pub fn set_side_open(ctx: &egui::Context, name: &str, open: bool) {
    ctx.data_mut(|d| d.insert_persisted(egui::Id::new(("side-open", name)), open));
}
