//! Panels around the canvas: menu and toolbar, inspector, findings, legend, help, dialogs and
//! the start screen.

use crate::app::text;
use egui::{Color32, RichText, Ui};

use super::actions::{ACTIONS, Action, info_of};
use super::document::Command;
use super::{EcomapApp, Pending, files};
use crate::model::{RelationKind, StakeholderKind};
use crate::scene::legend::Swatch;

/// Text being typed in the inspector: committed as one undo step when the field loses focus.
#[derive(Default)]
pub struct InspectorBuffers {
    /// Which stakeholder or relation (and revision) the buffers were loaded from.
    source: Option<(String, u64)>,
    name: String,
    domain: String,
    notes: String,
    label: String,
}

/// Groups with more findings than this start collapsed.
const MAX_OPEN_FINDINGS: usize = 12;
/// A group lists at most this many sentences (a huge map would make the panel unusable).
const MAX_LISTED_FINDINGS: usize = 200;

/// The sample maps, built in so the start screen always has them.
pub const SAMPLES: &[(&str, &str)] = &[
    (
        "Gezonde Wijk",
        include_str!("../../sample_maps/gezonde-wijk.ecomap.json"),
    ),
    (
        "Regionaal werkgeverschap",
        include_str!("../../sample_maps/regionaal-werkgeverschap.ecomap.json"),
    ),
    (
        "Woonzorg ontwerplab",
        include_str!("../../sample_maps/woonzorg-ontwerplab.ecomap.json"),
    ),
];

impl EcomapApp {
    pub(super) fn panels(&mut self, ui: &mut Ui) {
        self.panels_inner(ui);
        // Over the top of the canvas, after it: a notice never pushes the map down.
        self.notice_toast(ui);
    }

    fn panels_inner(&mut self, ui: &mut Ui) {
        let presenting = self.workshop.presenting && self.doc.is_some();
        if !presenting {
            egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui));
        }
        self.modals(ui);
        if self.doc.is_none() {
            egui::CentralPanel::default_margins().show(ui, |ui| self.start_screen(ui));
            return;
        }
        if presenting {
            // The legend takes its own strip under the map, so it never covers a card (the
            // canvas fits into what is left).
            egui::Panel::bottom("presentation-legend").show(ui, |ui| self.presentation_legend(ui));
            self.central_canvas(ui);
            self.presentation_overlays(ui);
            self.walkthrough_banner(ui);
            self.part_banner(ui);
            if self.help {
                self.help_window(ui);
            }
            return;
        }
        egui::Panel::top("toolbar").show(ui, |ui| self.toolbar(ui));
        egui::Panel::bottom("legend").show(ui, |ui| self.legend(ui));
        egui::Panel::left("inspector")
            .default_size(240.0)
            .resizable(true)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| self.inspector(ui));
            });
        egui::Panel::right("findings")
            .default_size(320.0)
            .resizable(true)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| self.findings_panel(ui));
            });
        self.central_canvas(ui);
        self.walkthrough_banner(ui);
        if self.help {
            self.help_window(ui);
        }
        if self.find.is_some() {
            self.find_window(ui);
        }
        if self.export.window {
            self.export_window(ui);
        }
    }

    fn central_canvas(&mut self, ui: &mut Ui) {
        egui::CentralPanel::no_frame().show(ui, |ui| {
            let Some(doc) = &self.doc else { return };
            let commands = self.canvas.show(ui, doc, self.lang);
            for c in commands {
                self.apply(c);
            }
        });
    }

    fn action_button(&mut self, ui: &mut Ui, action: Action) {
        let info = info_of(action);
        let text = info.shortcut_text(ui.ctx());
        let mut button = egui::Button::new(info.label(self.lang));
        if !text.is_empty() {
            button = button.shortcut_text(text);
        }
        if ui.add(button).clicked() {
            let ctx = ui.ctx().clone();
            self.run_action(&ctx, action);
            ui.close();
        }
    }

    fn menu_bar(&mut self, ui: &mut Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(self.tr(text::FILE), |ui| {
                for a in [
                    Action::New,
                    Action::Open,
                    Action::Save,
                    Action::SaveAs,
                    Action::Export,
                ] {
                    self.action_button(ui, a);
                }
                ui.separator();
                ui.label(RichText::new(self.tr(text::RECENT)).weak());
                for p in self.settings.recent.clone() {
                    if ui.button(p.display().to_string()).clicked() {
                        self.guard(Pending::OpenPath(p));
                        ui.close();
                    }
                }
                ui.separator();
                if ui.button(self.tr(text::START_SCREEN)).clicked() {
                    self.guard(Pending::StartScreen);
                    ui.close();
                }
            });
            ui.menu_button(self.tr(text::EDIT), |ui| {
                for a in [Action::Undo, Action::Redo, Action::Delete, Action::Find] {
                    self.action_button(ui, a);
                }
            });
            ui.menu_button(self.tr(text::VIEW), |ui| {
                for a in [
                    Action::Fit,
                    Action::ToggleAnalysis,
                    Action::ZoomIn,
                    Action::ZoomOut,
                    Action::ZoomReset,
                    Action::ToggleTheme,
                    Action::HighContrast,
                    Action::ToggleLanguage,
                ] {
                    self.action_button(ui, a);
                }
                ui.separator();
                ui.label(self.tr(text::SMALLEST_TEXT_ON_THE_MAP));
                let (editing, presenting) = (self.tr(text::EDITING), self.tr(text::PRESENTING));
                ui.add(
                    egui::Slider::new(&mut self.settings.text_size, 12.0..=32.0)
                        .text(editing)
                        .suffix(" pt"),
                );
                ui.label(presenting);
                self.room_controls(ui);
                ui.separator();
                let label = self.tr(text::BUILTIN_CHOOSER);
                ui.checkbox(&mut self.settings.builtin_file_chooser, label);
            });
            ui.menu_button(self.tr(text::WORKSHOP), |ui| {
                for a in [
                    Action::Present,
                    Action::FullScreen,
                    Action::Focus,
                    Action::NextFinding,
                    Action::PrevFinding,
                    Action::Zones,
                ] {
                    self.action_button(ui, a);
                }
                ui.separator();
                for k in RelationKind::ALL {
                    self.action_button(ui, Action::ToggleKind(k));
                }
                ui.separator();
                for a in [Action::Tidy, Action::Onion, Action::Pin] {
                    self.action_button(ui, a);
                }
            });
            ui.menu_button(self.tr(text::HELP), |ui| {
                self.action_button(ui, Action::Help);
            });
        });
    }

    /// The notice as a toast over the top of the canvas: it covers a strip of the map for a
    /// moment instead of pushing the map down. A message fades after `NOTICE_SECONDS`; an
    /// error stays until dismissed.
    fn notice_toast(&mut self, ui: &Ui) {
        const NOTICE_SECONDS: f64 = 6.0;
        const FADE_SECONDS: f64 = 1.0;
        let now = ui.input(|i| i.time);
        let Some(n) = &mut self.notice else { return };
        let start = *n.shown.get_or_insert(now);
        let age = now - start;
        let mut opacity = 1.0_f32;
        if !n.error {
            if age > NOTICE_SECONDS + FADE_SECONDS {
                self.notice = None;
                return;
            }
            if age > NOTICE_SECONDS {
                opacity = (1.0 - (age - NOTICE_SECONDS) / FADE_SECONDS) as f32;
                ui.ctx().request_repaint();
            } else {
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_secs_f64(
                        NOTICE_SECONDS - age,
                    ));
            }
        }
        let n = n.clone();
        let id = egui::Id::new("notice");
        // Where it covers no card: the top of the canvas, else a corner or the bottom (its
        // size as last shown; the first frame guesses).
        let size = ui
            .ctx()
            .memory(|m| m.area_rect(id))
            .map_or(egui::vec2(420.0, 36.0), |r| r.size());
        let at = if self.doc.is_some() {
            self.free_spot(size)
        } else {
            egui::pos2((ui.ctx().content_rect().width() - size.x) / 2.0, 48.0)
        };
        let col = if n.error {
            Color32::from_rgb(0xB0, 0x20, 0x10)
        } else {
            Color32::from_rgb(0x11, 0x66, 0x33)
        };
        let mut dismiss = false;
        egui::Area::new(id)
            .fixed_pos(at)
            .order(egui::Order::Foreground)
            .show(ui.ctx(), |ui| {
                ui.set_opacity(opacity);
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(ui.ctx().content_rect().width() * 0.7);
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(&n.text).color(col).strong());
                        if ui
                            .button("✖")
                            .on_hover_text(self.tr(text::DISMISS))
                            .clicked()
                        {
                            dismiss = true;
                        }
                    });
                });
            });
        if dismiss {
            self.notice = None;
        }
    }

    /// The room a presentation is for: distance to the back row and screen size, and the
    /// capital height that gives names on this screen.
    pub(super) fn room_controls(&mut self, ui: &mut Ui) {
        use super::room::{DISTANCES, SCREENS};
        let hint = self.tr(text::ROOM_HINT);
        let (back_row, screen) = (self.tr(text::BACK_ROW), self.tr(text::SCREEN));
        ui.horizontal(|ui| {
            ui.label(back_row);
            let room = &mut self.settings.room;
            egui::ComboBox::from_id_salt("room-distance")
                .selected_text(format!("{} m", room.distance_m))
                .show_ui(ui, |ui| {
                    for d in DISTANCES {
                        ui.selectable_value(&mut room.distance_m, d, format!("{d} m"));
                    }
                })
                .response
                .on_hover_text(hint);
            ui.label(screen);
            egui::ComboBox::from_id_salt("room-screen")
                .selected_text(format!("{}\"", room.screen_inch))
                .show_ui(ui, |ui| {
                    for s in SCREENS {
                        ui.selectable_value(&mut room.screen_inch, s, format!("{s}\""));
                    }
                })
                .response
                .on_hover_text(hint);
            // As the presentation sizes names (the monitor's height where known), so that
            // this says what the banner says.
            let cap = self.presentation_text(ui.ctx())
                * crate::scene::text::cap_height_em()
                * ui.ctx().pixels_per_point();
            ui.label(
                RichText::new(
                    self.tr(text::CAPITALS_N)
                        .replace("{n}", &format!("{cap:.0}")),
                )
                .weak(),
            );
        });
    }

    /// The top-left corner for an overlay of `size` on the canvas where it covers no card:
    /// top middle, top corners, bottom middle, bottom corners; else the one covering fewest.
    pub(super) fn free_spot(&self, size: egui::Vec2) -> egui::Pos2 {
        self.free_spot_keeping(size, &std::collections::BTreeSet::new())
    }

    /// [`Self::free_spot`], where covering one of the `keep` stakeholders weighs as much as
    /// covering all the others (the ones a walkthrough sentence is about).
    pub(super) fn free_spot_keeping(
        &self,
        size: egui::Vec2,
        keep: &std::collections::BTreeSet<String>,
    ) -> egui::Pos2 {
        let area = self.canvas.rect().shrink(8.0);
        let heavy = self.canvas.scene().nodes.len() + 1;
        let cards: Vec<(egui::Rect, usize)> = self
            .canvas
            .scene()
            .nodes
            .iter()
            .map(|n| {
                let r = self
                    .canvas
                    .view
                    .world_rect_to_screen(self.canvas.rect(), n.rect);
                (r, if keep.contains(&n.id) { heavy } else { 1 })
            })
            // Relation labels and note markers count too, as one card each.
            .chain(
                self.canvas
                    .scene()
                    .labels
                    .iter()
                    .map(|l| l.rect)
                    .chain(self.canvas.scene().notes.iter().filter_map(|n| n.marker))
                    .map(|r| {
                        (
                            self.canvas.view.world_rect_to_screen(self.canvas.rect(), r),
                            1,
                        )
                    }),
            )
            .filter(|(r, _)| r.intersects(area))
            .collect();
        let (l, c, r) = (
            area.left(),
            area.center().x - size.x / 2.0,
            area.right() - size.x,
        );
        let (t, b) = (area.top(), area.bottom() - size.y);
        // Along the top and the bottom edge, middle first; then down the sides.
        let (ml, mr) = (f32::midpoint(l, c), f32::midpoint(c, r));
        let (third, two_thirds) = (t + (b - t) / 3.0, t + 2.0 * (b - t) / 3.0);
        [
            (c, t),
            (l, t),
            (r, t),
            (ml, t),
            (mr, t),
            (c, b),
            (l, b),
            (r, b),
            (ml, b),
            (mr, b),
            (l, third),
            (r, third),
            (l, two_thirds),
            (r, two_thirds),
        ]
        .into_iter()
        .map(|(x, y)| egui::pos2(x, y))
        .min_by_key(|p| {
            let spot = egui::Rect::from_min_size(*p, size);
            cards
                .iter()
                .filter(|(q, _)| q.intersects(spot))
                .map(|(_, w)| w)
                .sum::<usize>()
        })
        .unwrap_or(area.min)
    }

    fn toolbar(&mut self, ui: &mut Ui) {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(self.tr(text::RELATION_KIND_LABEL)).strong());
            for (i, kind) in RelationKind::ALL.into_iter().enumerate() {
                let selected = self.canvas.relation_kind == kind;
                let label = format!("{} {}", i + 1, kind.name(self.lang));
                let r = ui.selectable_label(selected, label);
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(44.0, 18.0), egui::Sense::hover());
                draw_swatch(ui.painter(), rect, Swatch::Relation(kind), self.lang);
                if r.clicked() {
                    self.canvas.relation_kind = kind;
                }
            }
            ui.separator();
            let connect = info_of(Action::ConnectMode);
            if ui
                .selectable_label(self.canvas.connect_mode, connect.label(self.lang))
                .on_hover_text(self.tr(text::DRAG_FROM_ONE_STAKEHOLDER_TO))
                .clicked()
            {
                self.canvas.connect_mode = !self.canvas.connect_mode;
            }
            ui.separator();
            ui.checkbox(
                &mut self.canvas.show_analysis,
                info_of(Action::ToggleAnalysis).label(self.lang),
            );
            ui.separator();
            let (can_undo, can_redo) = self
                .doc
                .as_ref()
                .map_or((false, false), |d| (d.can_undo(), d.can_redo()));
            if ui
                .add_enabled(can_undo, egui::Button::new("⟲"))
                .on_hover_text(info_of(Action::Undo).label(self.lang))
                .clicked()
            {
                let ctx = ui.ctx().clone();
                self.run_action(&ctx, Action::Undo);
            }
            if ui
                .add_enabled(can_redo, egui::Button::new("⟳"))
                .on_hover_text(info_of(Action::Redo).label(self.lang))
                .clicked()
            {
                let ctx = ui.ctx().clone();
                self.run_action(&ctx, Action::Redo);
            }
        });
        self.workshop_toolbar(ui);
    }

    /// The second toolbar row: what the facilitator uses in front of the room.
    fn workshop_toolbar(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let lang = self.lang;
        let tip = |a: Action| {
            let info = info_of(a);
            let keys = info.shortcut_text(&ctx);
            if keys.is_empty() {
                info.label(lang).to_owned()
            } else {
                format!("{} ({keys})", info.label(lang))
            }
        };
        let mut run = Vec::new();
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(format!("▶ {}", self.tr(text::PRESENT)))
                .on_hover_text(tip(Action::Present))
                .clicked()
            {
                run.push(Action::Present);
            }
            ui.separator();
            ui.label(RichText::new(self.tr(text::FOCUS)).strong())
                .on_hover_text(tip(Action::Focus));
            let mut depth = self.canvas.focus_depth;
            ui.selectable_value(&mut depth, None, self.tr(text::OFF));
            for d in 1..=super::workshop::MAX_FOCUS {
                ui.selectable_value(&mut depth, Some(d), d.to_string());
            }
            self.canvas.focus_depth = depth;
            ui.separator();
            ui.label(RichText::new(self.tr(text::SHOW)).strong());
            for k in RelationKind::ALL {
                let mut shown = !self.canvas.hidden.contains(&k);
                if ui
                    .checkbox(&mut shown, k.name(self.lang))
                    .on_hover_text(tip(Action::ToggleKind(k)))
                    .changed()
                {
                    run.push(Action::ToggleKind(k));
                }
            }
            ui.separator();
            let mut zones = self.canvas.zones;
            if ui
                .checkbox(&mut zones, info_of(Action::Zones).label(self.lang))
                .on_hover_text(tip(Action::Zones))
                .changed()
            {
                run.push(Action::Zones);
            }
            ui.separator();
            if ui
                .button(self.tr(text::ONION))
                .on_hover_text(tip(Action::Onion))
                .clicked()
            {
                run.push(Action::Onion);
            }
            if ui
                .button(self.tr(text::TIDY))
                .on_hover_text(tip(Action::Tidy))
                .clicked()
            {
                run.push(Action::Tidy);
            }
            if ui
                .button(self.tr(text::PIN))
                .on_hover_text(tip(Action::Pin))
                .clicked()
            {
                run.push(Action::Pin);
            }
            ui.separator();
            if ui
                .button(self.tr(text::PREVIOUS_ARROW))
                .on_hover_text(tip(Action::PrevFinding))
                .clicked()
            {
                run.push(Action::PrevFinding);
            }
            if ui
                .button(self.tr(text::FINDINGS))
                .on_hover_text(tip(Action::NextFinding))
                .clicked()
            {
                run.push(Action::NextFinding);
            }
        });
        for a in run {
            self.run_action(&ctx, a);
        }
    }

    fn inspector(&mut self, ui: &mut Ui) {
        let Some(doc) = &self.doc else { return };
        let revision = doc.revision();
        let sel = self.canvas.selection.clone();
        if sel.stakeholders.len() == 1
            && let Some(id) = sel.stakeholders.first()
            && let Some(s) = doc.map().stakeholder(id).cloned()
        {
            ui.heading(self.tr(text::STAKEHOLDER));
            let b = &mut self.inspector;
            if b.source.as_ref().is_none_or(|(sid, rev)| {
                sid != id || (*rev != revision && !ui.ctx().memory(|m| m.focused().is_some()))
            }) {
                b.source = Some((id.clone(), revision));
                b.name.clone_from(&s.name);
                b.domain.clone_from(&s.domain);
                b.notes.clone_from(&s.notes);
            }
            let mut commit = false;
            ui.label(text::NAME.get(self.lang));
            let r = ui.add(
                egui::TextEdit::singleline(&mut self.inspector.name)
                    .id_salt("insp-name")
                    .desired_width(f32::INFINITY),
            );
            commit |= r.lost_focus();
            ui.label(text::KIND.get(self.lang));
            let mut kind = s.kind;
            egui::ComboBox::from_id_salt("insp-kind")
                .selected_text(kind.name(self.lang))
                .width(ui.available_width() - 8.0)
                .show_ui(ui, |ui| {
                    for k in StakeholderKind::ALL {
                        ui.selectable_value(&mut kind, k, k.name(self.lang));
                    }
                });
            ui.label(text::DOMAIN.get(self.lang));
            let r = ui.add(
                egui::TextEdit::singleline(&mut self.inspector.domain)
                    .id_salt("insp-domain")
                    .desired_width(f32::INFINITY),
            );
            commit |= r.lost_focus();
            let domains = doc.map().domains();
            ui.horizontal_wrapped(|ui| {
                for d in domains {
                    if d != self.inspector.domain && ui.small_button(&d).clicked() {
                        self.inspector.domain = d;
                        commit = true;
                    }
                }
            });
            ui.label(text::NOTES.get(self.lang));
            let r = ui.add(
                egui::TextEdit::multiline(&mut self.inspector.notes)
                    .id_salt("insp-notes")
                    .desired_rows(4)
                    .desired_width(f32::INFINITY),
            );
            commit |= r.lost_focus();
            let mut pinned = s.pinned;
            if ui
                .checkbox(&mut pinned, info_of(Action::Pin).label(self.lang))
                .on_hover_text(self.tr(text::A_PINNED_STAKEHOLDER_STAYS_PUT))
                .changed()
            {
                self.apply(Command::Pin {
                    ids: vec![s.id.clone()],
                    pinned,
                });
                return;
            }
            let mut updated = s.clone();
            updated.kind = kind;
            if commit || kind != s.kind {
                if !self.inspector.name.trim().is_empty() {
                    self.inspector.name.trim().clone_into(&mut updated.name);
                }
                self.inspector.domain.trim().clone_into(&mut updated.domain);
                updated.notes.clone_from(&self.inspector.notes);
            }
            if updated != s {
                self.canvas.new_kind = updated.kind;
                self.apply(Command::UpdateStakeholder(updated));
            }
            ui.separator();
            self.relations_of(ui, &s.id);
            ui.separator();
            if ui
                .button(format!("🗑 {}", info_of(Action::Delete).label(self.lang)))
                .clicked()
            {
                self.delete_selection();
            }
        } else if let Some(rid) = &sel.relation
            && let Some(r) = doc.map().relation(rid).cloned()
        {
            ui.heading(self.tr(text::RELATION));
            let name = |id: &str| {
                doc.map()
                    .stakeholder(id)
                    .map_or_else(|| id.to_owned(), |s| s.name.clone())
            };
            let arrow = if r.kind.is_directed() { "➡" } else { "—" };
            ui.label(RichText::new(format!("{} {arrow} {}", name(&r.from), name(&r.to))).strong());
            let b = &mut self.inspector;
            if b.source.as_ref().is_none_or(|(sid, rev)| {
                sid != rid || (*rev != revision && !ui.ctx().memory(|m| m.focused().is_some()))
            }) {
                b.source = Some((rid.clone(), revision));
                b.label.clone_from(&r.label);
                b.notes.clone_from(&r.notes);
            }
            let mut kind = r.kind;
            ui.label(text::KIND.get(self.lang));
            egui::ComboBox::from_id_salt("insp-rel-kind")
                .selected_text(kind.name(self.lang))
                .show_ui(ui, |ui| {
                    for k in RelationKind::ALL {
                        ui.selectable_value(&mut kind, k, k.name(self.lang));
                    }
                });
            let mut commit = false;
            ui.label(text::LABEL.get(self.lang));
            commit |= ui
                .add(
                    egui::TextEdit::singleline(&mut self.inspector.label)
                        .id_salt("insp-label")
                        .desired_width(f32::INFINITY),
                )
                .lost_focus();
            ui.label(text::NOTES.get(self.lang));
            commit |= ui
                .add(
                    egui::TextEdit::multiline(&mut self.inspector.notes)
                        .id_salt("insp-rel-notes")
                        .desired_rows(3)
                        .desired_width(f32::INFINITY),
                )
                .lost_focus();
            let mut updated = r.clone();
            updated.kind = kind;
            if commit {
                self.inspector.label.trim().clone_into(&mut updated.label);
                updated.notes.clone_from(&self.inspector.notes);
            }
            if updated != r {
                self.apply(Command::UpdateRelation(updated));
            }
            ui.horizontal(|ui| {
                if ui
                    .button(format!("↔ {}", text::REVERSE_DIRECTION.get(self.lang)))
                    .clicked()
                {
                    self.apply(Command::ReverseRelation(r.id.clone()));
                }
                if ui
                    .button(format!("🗑 {}", info_of(Action::Delete).label(self.lang)))
                    .clicked()
                {
                    self.delete_selection();
                }
            });
        } else {
            self.map_properties(ui);
        }
    }

    fn relations_of(&mut self, ui: &mut Ui, id: &str) {
        let Some(doc) = &self.doc else { return };
        ui.label(RichText::new(self.tr(text::RELATIONS)).strong());
        let map = doc.map();
        let name = |id: &str| {
            map.stakeholder(id)
                .map_or_else(|| id.to_owned(), |s| s.name.clone())
        };
        let mut select = None;
        for r in map.relations_of(id) {
            let text = format!(
                "{}: {} ➡ {}",
                r.kind.name(self.lang),
                name(&r.from),
                name(&r.to)
            );
            if ui.link(text).clicked() {
                select = Some(r.id.clone());
            }
        }
        // Add relation to…: the current kind, to a stakeholder picked by name.
        let mut target = None;
        egui::ComboBox::from_id_salt("add-relation")
            .selected_text(format!(
                "+ {} {}…",
                self.canvas.relation_kind.name(self.lang),
                text::TO.get(self.lang)
            ))
            .width(ui.available_width() - 8.0)
            .show_ui(ui, |ui| {
                for s in map.stakeholders_sorted() {
                    if s.id != id && ui.selectable_label(false, &s.name).clicked() {
                        target = Some(s.id.clone());
                    }
                }
            });
        if let Some(rid) = select {
            self.canvas.selection.clear();
            self.canvas.selection.relation = Some(rid);
        }
        if let Some(t) = target {
            let rid = map.fresh_relation_id();
            let r = crate::model::Relation::new(&rid, self.canvas.relation_kind, id, &t);
            self.apply(Command::Connect(r));
        }
    }

    fn map_properties(&mut self, ui: &mut Ui) {
        let Some(doc) = &self.doc else { return };
        ui.heading(self.tr(text::MAP));
        let revision = doc.revision();
        let (title, description) = (doc.map().title.clone(), doc.map().description.clone());
        let b = &mut self.inspector;
        // The map's own fields use the same buffers, keyed by a source no id can have.
        if b.source.as_ref().is_none_or(|(sid, rev)| {
            !sid.is_empty() || (*rev != revision && !ui.ctx().memory(|m| m.focused().is_some()))
        }) {
            b.source = Some((String::new(), revision));
            b.name.clone_from(&title);
            b.notes.clone_from(&description);
        }
        ui.label(self.tr(text::TITLE));
        let r = ui.add(
            egui::TextEdit::singleline(&mut self.inspector.name)
                .id_salt("map-title")
                .desired_width(f32::INFINITY),
        );
        if r.lost_focus() && self.inspector.name != title {
            let t = self.inspector.name.clone();
            self.apply(Command::SetTitle(t));
        }
        ui.label(self.tr(text::DESCRIPTION));
        let r = ui.add(
            egui::TextEdit::multiline(&mut self.inspector.notes)
                .id_salt("map-desc")
                .desired_rows(4)
                .desired_width(f32::INFINITY),
        );
        if r.lost_focus() && self.inspector.notes != description {
            let d = self.inspector.notes.clone();
            self.apply(Command::SetDescription(d));
        }
        let Some(doc) = &self.doc else { return };
        ui.separator();
        ui.label(format!(
            "{} {} · {} {}",
            doc.map().stakeholder_count(),
            self.tr(text::STAKEHOLDERS),
            doc.map().relation_count(),
            self.tr(text::RELATIONS_LOWER)
        ));
        ui.label(RichText::new(self.tr(text::DOUBLE_CLICK_THE_CANVAS_TO)).weak());
    }

    fn findings_panel(&mut self, ui: &mut Ui) {
        let Some(doc) = &self.doc else { return };
        let a = doc.analysis();
        let map = doc.map();
        ui.heading(self.tr(text::ANALYSIS));
        let name = |id: &str| {
            map.stakeholder(id)
                .map_or_else(|| id.to_owned(), |s| s.name.clone())
        };
        let mut clicked: Option<Vec<String>> = None;
        egui::CollapsingHeader::new(
            RichText::new(format!(
                "{} ({})",
                self.tr(text::MUTUAL_DEPENDENCIES),
                a.mutual_dependencies.len()
            ))
            .strong(),
        )
        .default_open(true)
        .show(ui, |ui| {
            for [x, y] in &a.mutual_dependencies {
                if ui.link(format!("{} ↔ {}", name(x), name(y))).clicked() {
                    clicked = Some(vec![x.clone(), y.clone()]);
                }
            }
        });
        egui::CollapsingHeader::new(
            RichText::new(format!(
                "{} ({})",
                self.tr(text::DEPENDENCY_LOOPS),
                a.dependency_loops.len()
            ))
            .strong(),
        )
        .default_open(true)
        .show(ui, |ui| {
            for l in &a.dependency_loops {
                let names: Vec<String> = l.iter().map(|id| name(id)).collect();
                if ui.link(names.join(", ")).clicked() {
                    clicked = Some(l.clone());
                }
            }
        });
        ui.separator();
        ui.label(
            RichText::new(format!(
                "{} ({})",
                self.tr(text::WHERE_INTEGRATION_IS_MISSING),
                a.findings.len()
            ))
            .strong()
            .size(18.0),
        );
        // Sentences are built once per map revision and language, not every frame.
        let key = (doc.revision(), self.lang);
        if self.messages.0 != Some(key) {
            self.messages = (
                Some(key),
                a.findings
                    .iter()
                    .map(|f| f.message(map, self.lang))
                    .collect(),
            );
        }
        for (rule, count) in a.counts_by_rule() {
            if count == 0 {
                continue;
            }
            egui::CollapsingHeader::new(format!("{} ({count})", rule.title(self.lang)))
                .id_salt(rule.id())
                .default_open(count <= MAX_OPEN_FINDINGS)
                .show(ui, |ui| {
                    let of_rule = a
                        .findings
                        .iter()
                        .zip(&self.messages.1)
                        .filter(|(f, _)| f.rule == rule);
                    for (f, message) in of_rule.clone().take(MAX_LISTED_FINDINGS) {
                        let selected = f
                            .stakeholders
                            .iter()
                            .all(|s| self.canvas.selection.stakeholders.contains(s))
                            && self.canvas.selection.stakeholders.len() == f.stakeholders.len();
                        if ui.selectable_label(selected, message).clicked() {
                            clicked = Some(f.stakeholders.iter().chain(&f.via).cloned().collect());
                        }
                    }
                    if count > MAX_LISTED_FINDINGS {
                        ui.label(
                            RichText::new(format!("… +{}", count - MAX_LISTED_FINDINGS)).weak(),
                        );
                    }
                });
        }
        self.domain_table(ui);
        if let Some(ids) = clicked {
            self.canvas.selection.clear();
            self.canvas
                .selection
                .stakeholders
                .extend(ids.iter().cloned());
            if let Some(doc) = &self.doc {
                self.canvas.center_on(doc, &ids);
            }
        }
    }

    /// Between every two domains: schotten and dependencies without collaboration.
    fn domain_table(&mut self, ui: &mut Ui) {
        let Some(doc) = &self.doc else { return };
        let pairs = doc.domain_pairs();
        if pairs.is_empty() {
            return;
        }
        let lang = self.lang;
        let mut shown: Vec<&crate::analysis::DomainPair> = pairs
            .iter()
            .filter(|p| p.schotten + p.dependencies_without_collaboration > 0)
            .collect();
        shown.sort_by_key(|p| std::cmp::Reverse(p.schotten + p.dependencies_without_collaboration));
        ui.separator();
        egui::CollapsingHeader::new(
            RichText::new(format!(
                "{} ({})",
                text::BETWEEN_DOMAINS.get(lang),
                shown.len()
            ))
            .strong(),
        )
        .id_salt("domains")
        .default_open(true)
        .show(ui, |ui| {
            egui::Grid::new("domain-grid")
                .striped(true)
                .num_columns(3)
                .show(ui, |ui| {
                    ui.label(RichText::new(text::DOMAINS.get(lang)).weak());
                    ui.label(RichText::new(text::SCHOTTEN.get(lang)).weak())
                        .on_hover_text(text::PAIRS_OF_STAKEHOLDERS_WITH_A.get(lang));
                    ui.label(RichText::new(text::DEP_W_O_COLLAB.get(lang)).weak())
                        .on_hover_text(text::DEPENDENCIES_BETWEEN_THE_DOMAINS_WITHOUT.get(lang));
                    ui.end_row();
                    for p in &shown {
                        ui.label(format!("{} ↔ {}", p.a, p.b));
                        ui.label(p.schotten.to_string());
                        ui.label(p.dependencies_without_collaboration.to_string());
                        ui.end_row();
                    }
                });
            let quiet = pairs.len() - shown.len();
            if quiet > 0 {
                ui.label(
                    RichText::new(
                        text::QUIET_DOMAIN_PAIRS_N
                            .get(lang)
                            .replace("{n}", &quiet.to_string()),
                    )
                    .weak(),
                );
            }
        });
    }

    /// The legend: always on screen, in a strip under the canvas so it never hides the map.
    fn legend(&self, ui: &mut Ui) {
        self.legend_rows(ui, true);
    }

    /// The legend's rows; `hint` adds how to draw (not while presenting).
    pub(super) fn legend_rows(&self, ui: &mut Ui, hint: bool) {
        let Some(doc) = &self.doc else { return };
        let lang = self.lang;
        let items = crate::scene::legend::items(
            doc.map(),
            self.canvas.show_analysis,
            crate::scene::legend::Relations::All,
            lang,
        );
        let (marks, kinds): (Vec<_>, Vec<_>) = items
            .iter()
            .partition(|i| !matches!(i.swatch, Swatch::Kind(_)));
        ui.horizontal_wrapped(|ui| {
            for item in marks {
                if item.swatch == Swatch::Accent {
                    ui.separator();
                }
                let wide = !matches!(item.swatch, Swatch::Loop);
                let size = if wide {
                    egui::vec2(48.0, 18.0)
                } else {
                    egui::vec2(22.0, 18.0)
                };
                let r = ui.allocate_exact_size(size, egui::Sense::hover()).0;
                draw_swatch(ui.painter(), r, item.swatch, lang);
                ui.label(&item.text);
                ui.add_space(8.0);
            }
        });
        ui.horizontal_wrapped(|ui| {
            for item in kinds {
                let r = ui
                    .allocate_exact_size(egui::vec2(26.0, 18.0), egui::Sense::hover())
                    .0;
                draw_swatch(ui.painter(), r, item.swatch, lang);
                ui.label(&item.text);
                ui.add_space(6.0);
            }
            if !hint {
                return;
            }
            ui.separator();
            ui.label(RichText::new(text::DOUBLE_CLICK_NEW_STAKEHOLDER_SHIFT.get(lang)).weak());
        });
    }

    fn help_window(&mut self, ui: &mut Ui) {
        let lang = self.lang;
        let mut open = true;
        egui::Window::new(text::KEYBOARD_SHORTCUTS.get(lang))
            .open(&mut open)
            .collapsible(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ui.ctx(), |ui| {
                let mut rows: Vec<(String, &str)> = ACTIONS
                    .iter()
                    .map(|a| (a.shortcut_text(ui.ctx()), a.label(lang)))
                    .filter(|(keys, _)| !keys.is_empty())
                    .collect();
                for (keys, what) in text::MOUSE_HELP {
                    rows.push((keys.get(lang).to_owned(), what.get(lang)));
                }
                // Two columns, so the whole list fits on a projector's screen.
                let half = rows.len().div_ceil(2);
                ui.horizontal_top(|ui| {
                    for (k, column) in rows.chunks(half).enumerate() {
                        if k > 0 {
                            ui.separator();
                        }
                        egui::Grid::new(("help-grid", k))
                            .striped(true)
                            .show(ui, |ui| {
                                for (keys, label) in column {
                                    ui.label(RichText::new(keys).monospace().strong());
                                    ui.label(*label);
                                    ui.end_row();
                                }
                            });
                    }
                });
            });
        if !open {
            self.help = false;
        }
    }

    fn export_window(&mut self, ui: &mut Ui) {
        let lang = self.lang;
        let mut open = true;
        let mut go = false;
        let busy = self.export.is_running();
        let e = &mut self.export;
        egui::Window::new(text::EXPORT.get(lang))
            .open(&mut open)
            .collapsible(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ui.ctx(), |ui| {
                ui.horizontal(|ui| {
                    ui.radio_value(&mut e.svg, false, "PNG");
                    ui.radio_value(&mut e.svg, true, "SVG");
                });
                egui::Grid::new("export-grid").show(ui, |ui| {
                    ui.label(text::WIDTH_MM.get(lang));
                    ui.add_enabled(
                        !e.auto_width,
                        egui::DragValue::new(&mut e.width_mm)
                            .range(20.0..=1000.0)
                            .speed(1.0),
                    );
                    ui.end_row();
                    ui.label("");
                    ui.checkbox(&mut e.auto_width, text::AUTO_WIDTH.get(lang));
                    ui.end_row();
                    ui.label("dpi");
                    ui.add_enabled(
                        !e.svg,
                        egui::DragValue::new(&mut e.dpi)
                            .range(36.0..=1200.0)
                            .speed(1.0),
                    );
                    ui.end_row();
                });
                ui.checkbox(&mut e.findings, text::SHOW_THE_ANALYSIS.get(lang));
                ui.checkbox(&mut e.transparent, text::TRANSPARENT_BACKGROUND.get(lang));
                if ui
                    .add_enabled(!busy, egui::Button::new(text::SAVE_AS.get(lang)))
                    .clicked()
                {
                    go = true;
                }
            });
        if go {
            let ext = if self.export.svg { "svg" } else { "png" };
            let title = self
                .doc
                .as_ref()
                .map(|d| d.map().title.clone())
                .unwrap_or_default();
            let name =
                files::suggested_file_name(&title).replace(".ecomap.json", &format!(".{ext}"));
            self.pending_ctx_dialog = Some((super::DialogPurpose::Export, name));
            self.export.window = false;
        }
        if !open {
            self.export.window = false;
        }
    }

    fn find_window(&mut self, ui: &mut Ui) {
        let lang = self.lang;
        let Some(query) = &mut self.find else { return };
        let mut chosen = None;
        let mut close = false;
        egui::Window::new(text::FIND.get(lang))
            .collapsible(false)
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 60.0))
            .show(ui.ctx(), |ui| {
                let r = ui.add(
                    egui::TextEdit::singleline(query)
                        .id_salt("find")
                        .hint_text(text::NAME_HINT.get(lang)),
                );
                r.request_focus();
                let Some(doc) = &self.doc else { return };
                let q = query.to_lowercase();
                let matches: Vec<(String, String)> = doc
                    .map()
                    .stakeholders_sorted()
                    .into_iter()
                    .filter(|s| !q.is_empty() && s.name.to_lowercase().contains(&q))
                    .map(|s| (s.id.clone(), s.name.clone()))
                    .take(12)
                    .collect();
                for (id, name) in &matches {
                    if ui.link(name).clicked() {
                        chosen = Some(id.clone());
                    }
                }
                if ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    chosen = matches.first().map(|m| m.0.clone());
                }
                if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                    close = true;
                }
            });
        if let Some(id) = chosen {
            self.canvas.selection.only(&id);
            if let Some(doc) = &self.doc {
                self.canvas.center_on(doc, &[id]);
            }
            close = true;
        }
        if close {
            self.find = None;
        }
    }

    fn modals(&mut self, ui: &mut Ui) {
        self.conflict_modal(ui);
        self.reload_modal(ui);
        if let Some(pending) = self.ask_unsaved.clone() {
            let lang = self.lang;
            let mut answer = None;
            egui::Modal::new(egui::Id::new("unsaved")).show(ui.ctx(), |ui| {
                ui.heading(text::UNSAVED_CHANGES.get(lang));
                ui.label(text::DO_YOU_WANT_TO_SAVE.get(lang));
                ui.horizontal(|ui| {
                    if ui.button(text::SAVE.get(lang)).clicked() {
                        answer = Some(0);
                    }
                    if ui.button(text::DISCARD.get(lang)).clicked() {
                        answer = Some(1);
                    }
                    if ui.button(text::CANCEL.get(lang)).clicked() {
                        answer = Some(2);
                    }
                });
            });
            match answer {
                Some(0) => {
                    self.ask_unsaved = None;
                    if self.save() {
                        self.proceed(pending);
                    } else {
                        // Asked for a path (or failed): continue once saved.
                        self.save_then = Some(pending);
                    }
                }
                Some(1) => {
                    self.ask_unsaved = None;
                    if let Some(r) = &self.recovery {
                        r.clear();
                    }
                    if let Some(d) = &mut self.doc {
                        // Discarding: the next step must not ask again. The path stays as it
                        // was: a never-saved map still asks where to save.
                        d.mark_clean();
                    }
                    self.proceed(pending);
                }
                Some(_) => self.ask_unsaved = None,
                None => {}
            }
        }
        if self.recovery_offer.is_some() {
            let lang = self.lang;
            let mut answer = None;
            egui::Modal::new(egui::Id::new("recovery")).show(ui.ctx(), |ui| {
                ui.heading(text::UNSAVED_WORK_FOUND.get(lang));
                ui.label(text::ECOMAP_DID_NOT_CLOSE_CLEANLY.get(lang));
                ui.horizontal(|ui| {
                    if ui.button(text::RESTORE.get(lang)).clicked() {
                        answer = Some(true);
                    }
                    if ui.button(text::DISCARD_RECOVERY.get(lang)).clicked() {
                        answer = Some(false);
                    }
                });
            });
            match answer {
                Some(true) => {
                    if let Some(found) = self.recovery_offer.take() {
                        // It lives on as this instance's copy; the dead one's goes.
                        if let Some(r) = &self.recovery
                            && r.write(&found.map, found.origin.as_deref()).is_ok()
                        {
                            r.remove(&found);
                        }
                        let mut doc = super::Document::new(found.map, found.origin);
                        doc.mark_unsaved();
                        self.set_document(doc);
                    }
                }
                Some(false) => {
                    if let (Some(found), Some(r)) = (self.recovery_offer.take(), &self.recovery) {
                        r.remove(&found);
                    }
                }
                None => {}
            }
        }
    }

    fn start_screen(&mut self, ui: &mut Ui) {
        let lang = self.lang;
        ui.vertical_centered(|ui| {
            ui.add_space(40.0);
            ui.label(RichText::new("ecomap").size(44.0).strong());
            ui.label(RichText::new(text::MAP_THE_ECOSYSTEM_WHO_DEPENDS.get(lang)).size(18.0));
            ui.add_space(24.0);
            if ui
                .add(egui::Button::new(
                    RichText::new(text::NEW_MAP_BUTTON.get(lang)).size(20.0),
                ))
                .clicked()
            {
                self.new_map();
            }
            if ui
                .add(egui::Button::new(
                    RichText::new(text::OPEN_A_MAP.get(lang)).size(20.0),
                ))
                .clicked()
            {
                self.ask_dialog(super::DialogPurpose::Open);
            }
            ui.add_space(24.0);
            ui.label(
                RichText::new(text::SAMPLE_MAPS.get(lang))
                    .strong()
                    .size(20.0),
            );
            for (title, json) in SAMPLES {
                if ui
                    .add(egui::Button::new(RichText::new(*title).size(18.0)))
                    .clicked()
                {
                    match crate::io::from_bytes(json.as_bytes()) {
                        Ok(map) => self.set_document(super::Document::new(map, None)),
                        Err(e) => self.tell(e.to_string(), true),
                    }
                }
            }
            if !self.settings.recent.is_empty() {
                ui.add_space(24.0);
                ui.label(
                    RichText::new(text::RECENTLY_OPENED.get(lang))
                        .strong()
                        .size(20.0),
                );
                for p in self.settings.recent.clone() {
                    if ui.link(p.display().to_string()).clicked() {
                        self.open_path(&p);
                    }
                }
            }
        });
    }
}

/// A legend swatch on screen, drawn as the map draws it (`scene::draw::swatch`).
fn draw_swatch(painter: &egui::Painter, r: egui::Rect, swatch: Swatch, lang: crate::lang::Lang) {
    let ink = crate::scene::draw::Ink {
        scale: 1.0,
        screen: true,
        dark: painter.ctx().global_style().visuals.dark_mode,
        high_contrast: false,
        findings: true,
        plain: false,
    };
    let code = match swatch {
        Swatch::Kind(k) => k.code(lang),
        _ => "",
    };
    let mut pen = crate::app::canvas::ScreenPen::new(
        crate::app::mesh::Lines::default(),
        &[],
        false,
        r.expand(4.0),
    );
    crate::scene::draw::swatch(&mut pen, swatch, r, code, &ink);
    painter.extend(pen.finish(painter.ctx()));
}
