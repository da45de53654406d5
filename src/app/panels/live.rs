//! The room joins in, on screen: the window that starts a session on a chosen network
//! interface, the QR code with the address and code (large, in presentation too), and the
//! queue of proposals the facilitator accepts or declines.

use egui::{Align2, Color32, RichText, Ui, vec2};

use crate::app::actions::{Action, info_of};
use crate::app::live::LiveSession;
use crate::app::panels::Seen;
use crate::app::request::{LiveRequest, Request};
use crate::app::text;
use crate::lang::Lang;
use crate::live::Proposed;
use crate::model::Map;

/// The start window: which network to listen on (nothing listens until one is picked and
/// started), and what that exposes.
pub fn start_window(ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
    let (live, lang) = (seen.live, seen.lang);
    if !live.asking {
        return;
    }
    let mut open = true;
    egui::Window::new(info_of(Action::RoomJoin).label(lang))
        .id(egui::Id::new("live-start"))
        .collapsible(false)
        .resizable(false)
        .open(&mut open)
        .anchor(Align2::CENTER_CENTER, vec2(0.0, 0.0))
        .show(ui.ctx(), |ui| {
            ui.set_max_width(520.0);
            ui.label(text::LIVE_INTRO.get(lang));
            ui.add_space(6.0);
            ui.label(RichText::new(text::LIVE_PICK_NETWORK.get(lang)).strong());
            let interfaces = crate::live::interfaces();
            if interfaces.is_empty() {
                ui.label(
                    RichText::new(text::LIVE_NO_NETWORK.get(lang))
                        .color(ui.visuals().error_fg_color),
                );
            }
            for (name, ip) in &interfaces {
                let label = if ip.is_loopback() {
                    format!("{ip} ({name}, {})", text::LIVE_THIS_COMPUTER.get(lang))
                } else {
                    format!("{ip} ({name})")
                };
                if ui.radio(live.interface == Some(*ip), label).clicked() {
                    out.push(Request::Live(LiveRequest::Pick(*ip)));
                }
            }
            ui.add_space(6.0);
            ui.label(RichText::new(text::LIVE_EXPOSES.get(lang)).small().weak());
            if let Some(e) = &live.error {
                ui.label(RichText::new(e).color(ui.visuals().error_fg_color));
            }
            ui.horizontal(|ui| {
                let pick = live.interface;
                if ui
                    .add_enabled(
                        pick.is_some(),
                        egui::Button::new(text::LIVE_START.get(lang)),
                    )
                    .clicked()
                    && let Some(ip) = pick
                {
                    out.push(Request::Live(LiveRequest::Start(ip)));
                }
                if ui.button(text::CANCEL.get(lang)).clicked() {
                    out.push(Request::Live(LiveRequest::Ask(false)));
                }
            });
        });
    if !open {
        out.push(Request::Live(LiveRequest::Ask(false)));
    }
}

/// The QR code, the address and the code, big: what a phone needs to join.
fn code_block(ui: &mut Ui, live: &LiveSession, side: f32, lang: Lang) {
    let Some((url, short, code)) = live.addresses() else {
        return;
    };
    let Ok(qr) = qrcode::QrCode::new(url.as_bytes()) else {
        return;
    };
    egui::Frame::new()
        .fill(Color32::WHITE)
        .inner_margin(12.0)
        .corner_radius(6.0)
        .show(ui, |ui| {
            ui.set_width(side);
            let dark = Color32::from_gray(20);
            ui.label(
                RichText::new(text::LIVE_SCAN.get(lang))
                    .size(22.0)
                    .strong()
                    .color(dark),
            );
            let (rect, _) = ui.allocate_exact_size(vec2(side, side), egui::Sense::hover());
            draw_qr(ui.painter(), rect, &qr);
            ui.label(RichText::new(short).size(20.0).monospace().color(dark));
            ui.label(
                RichText::new(format!("{}: {code}", text::LIVE_CODE.get(lang)))
                    .size(28.0)
                    .strong()
                    .monospace()
                    .color(dark),
            );
            ui.label(
                RichText::new(crate::tr!(
                    lang,
                    "live-phones",
                    n = live.devices(),
                    p = live.pending.len()
                ))
                .size(16.0)
                .color(Color32::from_gray(60)),
            );
        });
}

/// In presentation: the code in its own strip at the right, so the map fits beside it and
/// nothing covers a card.
pub fn code_strip(ui: &mut Ui, seen: &Seen, _out: &mut Vec<Request>) {
    let (live, lang) = (seen.live, seen.lang);
    if !live.is_running() || !live.show_code {
        return;
    }
    let side = (ui.ctx().content_rect().height() * 0.4).clamp(200.0, 440.0);
    egui::Panel::right("live-code")
        .resizable(false)
        .exact_size(side + 40.0)
        .show(ui, |ui| {
            ui.add_space(8.0);
            code_block(ui, live, side, lang);
        });
}

/// While editing: the code at the top of the findings panel, as wide as the panel (never over
/// the map, where it covered cards).
pub fn code_in_panel(ui: &mut Ui, seen: &Seen) {
    let (live, lang) = (seen.live, seen.lang);
    if !live.is_running() || !live.show_code {
        return;
    }
    let side = (ui.available_width() - 24.0).clamp(120.0, 360.0);
    code_block(ui, live, side, lang);
    ui.add_space(6.0);
}

/// The modules of a QR code, dark on white, with its quiet zone.
fn draw_qr(painter: &egui::Painter, rect: egui::Rect, qr: &qrcode::QrCode) {
    let w = qr.width();
    let quiet = 2.0;
    let cell = rect.width() / (w as f32 + 2.0 * quiet);
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    for (i, c) in qr.to_colors().iter().enumerate() {
        if *c == qrcode::Color::Dark {
            let (x, y) = ((i % w) as f32 + quiet, (i / w) as f32 + quiet);
            painter.rect_filled(
                egui::Rect::from_min_size(
                    rect.min + vec2(x * cell, y * cell),
                    vec2(cell + 0.5, cell + 0.5),
                ),
                0.0,
                Color32::BLACK,
            );
        }
    }
}

/// A proposal in words, with who made it and how many support it.
pub fn describe(what: &Proposed, map: &Map, lang: Lang) -> String {
    match what {
        Proposed::Stakeholder { name, kind, domain } => {
            let d = if domain.is_empty() {
                String::new()
            } else {
                format!(", {domain}")
            };
            format!("+ {name} ({}{d})", kind.name(lang))
        }
        Proposed::Relation {
            from,
            to,
            kind,
            label,
        } => {
            let l = if label.is_empty() {
                String::new()
            } else {
                format!(": {label}")
            };
            format!(
                "{} ➡ {} ({}){l}",
                map.name_of(from),
                map.name_of(to),
                kind.name(lang).to_lowercase()
            )
        }
        Proposed::Comment { stakeholder, text } => {
            format!("💬 {}: {text}", map.name_of(stakeholder))
        }
    }
}

/// The queue: each proposal with its participant and supporters; the one under the cursor
/// highlighted, Enter accepts it, Delete declines it, ↑/↓ move.
pub fn queue(ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
    let (live, lang) = (seen.live, seen.lang);
    let (Some(doc), true) = (seen.doc, live.is_running()) else {
        return;
    };
    let map = doc.map();
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!(
                "{} ({})",
                text::LIVE_QUEUE.get(lang),
                live.pending.len()
            ))
            .strong()
            .size(18.0),
        );
        let label = if live.show_code {
            text::LIVE_HIDE_CODE
        } else {
            text::LIVE_SHOW_CODE
        };
        if ui.small_button(label.get(lang)).clicked() {
            out.push(Request::Do(Action::ShowCode));
        }
        if ui.small_button(text::LIVE_STOP.get(lang)).clicked() {
            out.push(Request::Do(Action::RoomJoin));
        }
    });
    if live.pending.is_empty() {
        ui.label(RichText::new(text::LIVE_QUEUE_EMPTY.get(lang)).weak());
    } else {
        ui.label(RichText::new(text::LIVE_KEYS.get(lang)).small().weak());
        if live.pending.len() > 1 && ui.small_button(text::LIVE_DECLINE_ALL.get(lang)).clicked() {
            out.push(Request::Live(LiveRequest::DeclineAll(None)));
        }
    }
    for (i, p) in live.pending.iter().enumerate() {
        let on = i == live.cursor;
        let mut line = describe(&p.what, map, lang);
        if p.supporters > 1 {
            line = format!("{line}  ×{}", p.supporters);
        }
        let r = ui.add(egui::Button::selectable(on, RichText::new(line).strong()).wrap());
        if r.clicked() {
            out.push(Request::Live(LiveRequest::Cursor(i)));
        }
        ui.horizontal(|ui| {
            ui.label(RichText::new(p.by.label()).small().weak());
            if ui
                .small_button("✔")
                .on_hover_text(text::LIVE_ACCEPT.get(lang))
                .clicked()
            {
                out.push(Request::Live(LiveRequest::Decide(p.id.clone(), true)));
            }
            if ui
                .small_button("✖")
                .on_hover_text(text::LIVE_DECLINE.get(lang))
                .clicked()
            {
                out.push(Request::Live(LiveRequest::Decide(p.id.clone(), false)));
            }
            // A phone with more than one waiting: all of them at once (a flood).
            let from_phone = live
                .pending
                .iter()
                .filter(|q| q.phone() == p.phone())
                .count();
            if from_phone > 1
                && ui
                    .small_button(format!("✖ {from_phone}"))
                    .on_hover_text(text::LIVE_DECLINE_PHONE.get(lang))
                    .clicked()
            {
                out.push(Request::Live(LiveRequest::DeclineAll(Some(
                    p.phone().to_owned(),
                ))));
            }
        });
    }
    ui.separator();
}

/// In presentation: how many proposals wait, in the strip under the map (in a corner of the
/// map it covered a card's name).
pub fn badge(ui: &mut Ui, live: &LiveSession, lang: Lang) {
    if !live.is_running() || live.pending.is_empty() {
        return;
    }
    ui.label(
        RichText::new(crate::tr!(lang, "live-badge", n = live.pending.len()))
            .size(22.0)
            .strong(),
    );
}
