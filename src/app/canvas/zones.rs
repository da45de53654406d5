//! Domain zones on the canvas: a soft, labelled area behind each group of nearby stakeholders
//! that share a domain, and between two domains a badge with what stands between them.

use crate::app::text;
use std::collections::BTreeMap;

use egui::epaint::PathShape;
use egui::{Align2, CornerRadius, FontId, Pos2, Rect, Stroke, StrokeKind, Ui, Vec2, vec2};

use super::{Canvas, Drag, color};
use crate::analysis::DomainPair;
use crate::app::document::Document;
use crate::geometry::zone_outline;
use crate::lang::Lang;
use crate::style;

/// Cards of one domain closer than this (gap between cards, map units) share a zone; farther
/// ones get a zone of their own, so a scattered domain doesn't cover the whole map.
const JOIN_GAP: f32 = 110.0;

/// A zone in map units: one group of nearby stakeholders of a domain.
pub struct Zone {
    domain: String,
    outline: Vec<Pos2>,
    center: Pos2,
    fill: style::Rgb,
}

/// A badge between two domains: where, and the counts.
pub struct Badge<'a> {
    at: Pos2,
    pair: &'a DomainPair,
}

/// The gap between two rectangles (0 when they touch or overlap).
fn gap(a: Rect, b: Rect) -> f32 {
    let dx = (a.min.x - b.max.x).max(b.min.x - a.max.x).max(0.0);
    let dy = (a.min.y - b.max.y).max(b.min.y - a.max.y).max(0.0);
    dx.hypot(dy)
}

/// Groups of nearby rectangles (union-find over pairs closer than `JOIN_GAP`).
fn clusters(rects: &[Rect]) -> Vec<Vec<Rect>> {
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut parent: Vec<usize> = (0..rects.len()).collect();
    for i in 0..rects.len() {
        for j in i + 1..rects.len() {
            if gap(rects[i], rects[j]) <= JOIN_GAP {
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<Rect>> = BTreeMap::new();
    for (i, r) in rects.iter().enumerate() {
        let g = root(&mut parent, i);
        groups.entry(g).or_default().push(*r);
    }
    groups.into_values().collect()
}

impl Canvas {
    /// The zones of this frame (cards as drawn), cached while nothing changes.
    fn zones_now(&mut self, revision: u64) -> &[Zone] {
        let offset = match &self.drag {
            Some(Drag::Move { offset, .. }) => *offset != Vec2::ZERO,
            _ => false,
        };
        let key = (
            revision,
            self.view.zoom.to_bits(),
            self.move_left.to_bits(),
            offset,
        );
        if self.zone_cache.as_ref().is_none_or(|(k, _)| *k != key) {
            let mut members: BTreeMap<&str, Vec<Rect>> = BTreeMap::new();
            for (i, n) in self.scene.nodes.iter().enumerate() {
                if !n.domain.is_empty() {
                    members
                        .entry(n.domain.as_str())
                        .or_default()
                        .push(self.node_rect(i as u32));
                }
            }
            let mut zones = Vec::new();
            for (k, (domain, rects)) in members.into_iter().enumerate() {
                for group in clusters(&rects) {
                    let center = group
                        .iter()
                        .fold(Vec2::ZERO, |acc, r| acc + r.center().to_vec2())
                        / group.len() as f32;
                    zones.push(Zone {
                        domain: domain.to_owned(),
                        outline: zone_outline(&group, style::ZONE_PAD),
                        center: center.to_pos2(),
                        fill: style::ZONE_FILLS[k % style::ZONE_FILLS.len()],
                    });
                }
            }
            self.zone_cache = Some((key, zones));
        }
        self.zone_cache.as_ref().map_or(&[], |(_, z)| z.as_slice())
    }

    /// Draw the zones with their labels; returns the badges to draw over the cards.
    pub(super) fn draw_zones<'d>(
        &mut self,
        painter: &egui::Painter,
        rect: Rect,
        doc: &'d Document,
    ) -> Vec<Badge<'d>> {
        let view = self.view;
        let size = self.min_text.max(15.0);
        let zones = self.zones_now(doc.revision());
        let text_color = color(style::ZONE_TEXT);
        let mut labels = Vec::new();
        for z in zones {
            let pts: Vec<Pos2> = z.outline.iter().map(|p| view.to_screen(rect, *p)).collect();
            let fill = color(z.fill);
            let top = pts
                .iter()
                .copied()
                .min_by(|a, b| a.y.total_cmp(&b.y))
                .unwrap_or(rect.center());
            painter.add(PathShape::convex_polygon(
                pts,
                fill.gamma_multiply(0.6),
                Stroke::new(1.5, fill.linear_multiply(0.9)),
            ));
            labels.push((top, z.domain.clone()));
        }
        // Labels after all zones, so no zone covers another's name; kept inside the canvas.
        for (top, text) in labels {
            let galley = painter.layout_no_wrap(text, FontId::proportional(size), text_color);
            let r = Align2::CENTER_BOTTOM.anchor_size(top, galley.size());
            let r = r.translate(vec2(
                (rect.left() + 4.0 - r.left()).max(0.0) + (rect.right() - 4.0 - r.right()).min(0.0),
                (rect.top() + 2.0 - r.top()).max(0.0),
            ));
            painter.galley(r.min, galley, text_color);
        }
        // Between two domains: halfway between their nearest zones.
        doc.domain_pairs()
            .iter()
            .filter(|p| p.schotten + p.dependencies_without_collaboration > 0)
            .filter_map(|pair| {
                let (a, b) = zones
                    .iter()
                    .filter(|z| z.domain == pair.a)
                    .flat_map(|a| {
                        zones
                            .iter()
                            .filter(|z| z.domain == pair.b)
                            .map(move |b| (a.center, b.center))
                    })
                    .min_by(|x, y| (x.0 - x.1).length().total_cmp(&(y.0 - y.1).length()))?;
                Some(Badge {
                    at: view.to_screen(rect, a + (b - a) / 2.0),
                    pair,
                })
            })
            .collect()
    }

    /// The badges between domains: "2 schotten · 1 dep.", over everything else.
    pub(super) fn draw_badges(
        &self,
        ui: &Ui,
        painter: &egui::Painter,
        badges: &[Badge],
        lang: Lang,
    ) {
        let size = (self.min_text * 0.9).max(13.0);
        let bg = ui.visuals().extreme_bg_color.gamma_multiply(0.92);
        let mut placed: Vec<Rect> = Vec::new();
        for b in badges {
            let mut parts = Vec::new();
            let p = &b.pair;
            if p.schotten > 0 {
                parts.push(format!(
                    "{} {}",
                    p.schotten,
                    if p.schotten == 1 {
                        text::SCHOT_WORD.get(lang)
                    } else {
                        text::SCHOTTEN_WORD.get(lang)
                    }
                ));
            }
            if p.dependencies_without_collaboration > 0 {
                parts.push(format!(
                    "{} {}",
                    p.dependencies_without_collaboration,
                    text::DEP_WITHOUT_COLLABORATION.get(lang)
                ));
            }
            let text = format!("{} ↔ {}: {}", p.a, p.b, parts.join(" · "));
            let galley =
                painter.layout_no_wrap(text, FontId::proportional(size), color(style::WARNING));
            let mut r = Align2::CENTER_CENTER
                .anchor_size(b.at, galley.size())
                .expand(4.0);
            // Kept inside the canvas, like the zone labels.
            let area = painter.clip_rect().shrink(4.0);
            r = r.translate(vec2(
                (area.left() - r.left()).max(0.0) + (area.right() - r.right()).min(0.0),
                (area.top() - r.top()).max(0.0) + (area.bottom() - r.bottom()).min(0.0),
            ));
            // Badges never cover each other: step down until free.
            for _ in 0..12 {
                match placed.iter().find(|p| p.intersects(r)) {
                    Some(p) => r = r.translate(vec2(0.0, p.bottom() + 3.0 - r.top())),
                    None => break,
                }
            }
            placed.push(r);
            painter.rect(
                r,
                CornerRadius::same(6),
                bg,
                Stroke::new(1.5, color(style::WARNING)),
                StrokeKind::Outside,
            );
            painter.galley(r.min + vec2(4.0, 4.0), galley, color(style::WARNING));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    #[test]
    fn far_apart_cards_of_a_domain_get_separate_zones() {
        let card = |x: f32| Rect::from_center_size(pos2(x, 0.0), vec2(180.0, 64.0));
        let groups = clusters(&[card(0.0), card(250.0), card(2000.0)]);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].len(), 2);
    }
}
