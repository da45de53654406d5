//! Domain zones on the canvas: a soft, labelled area behind each group of nearby stakeholders
//! that share a domain, the groups of one domain joined by a band (one domain reads as one
//! zone, however far apart its cards are), and between two domains a badge with what stands
//! between them. Labels and badges are put where they cover no card.

use std::collections::BTreeMap;

use egui::epaint::PathShape;
use egui::{CornerRadius, FontId, Pos2, Rect, Stroke, StrokeKind, Ui, Vec2, vec2};

use crate::analysis::DomainPair;
use crate::app::document::Document;
use crate::app::geometry::View;
use crate::app::mesh::color;
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
    /// The domain's name is written on one group only: its largest.
    labelled: bool,
    /// Bands to the domain's other groups (centre to centre), so they read as one zone.
    links: Vec<(Pos2, Pos2)>,
}

/// The groups of one domain joined as a tree: each group to the nearest one already joined
/// (Prim's algorithm over the group centres; a domain has a handful of groups).
fn join(centres: &[Pos2]) -> Vec<(usize, usize)> {
    let mut inside = vec![false; centres.len()];
    let mut links = Vec::new();
    if centres.is_empty() {
        return links;
    }
    inside[0] = true;
    for _ in 1..centres.len() {
        let best = (0..centres.len())
            .filter(|&i| inside[i])
            .flat_map(|i| {
                (0..centres.len())
                    .filter(|&j| !inside[j])
                    .map(move |j| (i, j))
            })
            .min_by(|a, b| {
                (centres[a.0] - centres[a.1])
                    .length()
                    .total_cmp(&(centres[b.0] - centres[b.1]).length())
            });
        let Some((i, j)) = best else { break };
        inside[j] = true;
        links.push((i, j));
    }
    links
}

/// The first of the spots around `at` where a box of `size` covers none of `taken`, kept inside
/// `area`; else the spot covering fewest.
fn free_spot(at: Pos2, size: Vec2, taken: &[Rect], area: Rect) -> Rect {
    let (w, h) = (size.x, size.y);
    // Nearest first: rows above and below, a little and then a box's width to either side.
    let mut offsets: Vec<Vec2> = Vec::new();
    for dy in [0.0, -1.1, 1.1, -2.2, 2.2, -3.3, 3.3, -4.4, 4.4, -5.5, 5.5] {
        for dx in [0.0, -0.6, 0.6, -1.2, 1.2] {
            offsets.push(vec2(dx * w, dy * h));
        }
    }
    offsets.sort_by(|a, b| a.length().total_cmp(&b.length()));
    let inside = |r: Rect| {
        r.translate(vec2(
            (area.left() - r.left()).max(0.0) + (area.right() - r.right()).min(0.0),
            (area.top() - r.top()).max(0.0) + (area.bottom() - r.bottom()).min(0.0),
        ))
    };
    offsets
        .iter()
        .map(|o| inside(Rect::from_center_size(at + *o, size)))
        .min_by_key(|r| taken.iter().filter(|t| t.intersects(*r)).count())
        .unwrap_or_else(|| Rect::from_center_size(at, size))
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

/// What the zones depend on: revision, zoom, glide, a move in progress.
pub type ZoneKey = (u64, u32, u32, bool);

/// The domain zones: worked out once while nothing changes, and where their labels and the
/// badges between domains went (last frame, screen).
#[derive(Default)]
pub struct Zones {
    cache: Option<(ZoneKey, Vec<Zone>)>,
    labels: Vec<Rect>,
    badges: Vec<Rect>,
}

impl Zones {
    /// Whether the zones are worked out for `key` (else `update` them first).
    pub fn is_current(&self, key: ZoneKey) -> bool {
        self.cache.as_ref().is_some_and(|(k, _)| *k == key)
    }

    /// Work the zones out for `key`, from the cards as drawn (domain, rectangle in map units).
    pub fn update(&mut self, key: ZoneKey, cards: &[(&str, Rect)]) {
        let mut members: BTreeMap<&str, Vec<Rect>> = BTreeMap::new();
        for (domain, r) in cards {
            if !domain.is_empty() {
                members.entry(domain).or_default().push(*r);
            }
        }
        let mut zones = Vec::new();
        for (domain, rects) in members {
            let groups = clusters(&rects);
            let centres: Vec<Pos2> = groups
                .iter()
                .map(|g| {
                    (g.iter()
                        .fold(Vec2::ZERO, |acc, r| acc + r.center().to_vec2())
                        / g.len() as f32)
                        .to_pos2()
                })
                .collect();
            let largest = (0..groups.len())
                .max_by_key(|&i| (groups[i].len(), std::cmp::Reverse(i)))
                .unwrap_or(0);
            let links = join(&centres);
            for (i, group) in groups.iter().enumerate() {
                zones.push(Zone {
                    domain: domain.to_owned(),
                    outline: zone_outline(group, style::ZONE_PAD),
                    center: centres[i],
                    fill: style::zone_fill(domain),
                    labelled: i == largest,
                    links: links
                        .iter()
                        .filter(|(a, _)| *a == i)
                        .map(|(a, b)| (centres[*a], centres[*b]))
                        .collect(),
                });
            }
        }
        self.cache = Some((key, zones));
    }

    /// Draw the zones as last worked out, with their labels (`size` points) where they cover
    /// none of the cards `taken` (screen); returns the badges to draw over the cards.
    pub fn draw<'d>(
        &mut self,
        painter: &egui::Painter,
        rect: Rect,
        doc: &'d Document,
        view: View,
        size: f32,
        mut taken: Vec<Rect>,
    ) -> Vec<Badge<'d>> {
        let zones: &[Zone] = self.cache.as_ref().map_or(&[], |(_, z)| z.as_slice());
        let text_color = color(style::ZONE_TEXT);
        let mut labels = Vec::new();
        // Bands first, then the areas over them: a domain's groups read as one zone.
        let band = (style::CARD_HEIGHT * 0.6 * view.zoom).max(6.0);
        for z in zones {
            for (a, b) in &z.links {
                painter.line_segment(
                    [view.to_screen(rect, *a), view.to_screen(rect, *b)],
                    Stroke::new(band, color(z.fill).gamma_multiply(0.45)),
                );
            }
        }
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
            if z.labelled {
                labels.push((top, z.domain.clone()));
            }
        }
        // Labels after all zones, so no zone covers another's name; where they cover no card
        // (above the zone's top first), inside the canvas.
        let area = rect.shrink(4.0);
        let mut shown = Vec::new();
        for (top, text) in labels {
            let galley = painter.layout_no_wrap(text, FontId::proportional(size), text_color);
            let at = top - vec2(0.0, galley.size().y / 2.0 + 2.0);
            let r = free_spot(at, galley.size(), &taken, area);
            if taken.iter().any(|t| t.intersects(r)) {
                // No spot near its zone covers no name: the zone's colour says it, the label
                // would hide a name.
                continue;
            }
            taken.push(r);
            shown.push(r);
            painter.galley(r.min, galley, text_color);
        }
        // Between two domains: halfway between their nearest zones.
        let badges = doc
            .domain_pairs()
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
            .collect();
        self.labels = shown;
        badges
    }

    /// The badges between domains: "2 schotten · 1 dep.", over everything else.
    pub fn draw_badges(
        &mut self,
        ui: &Ui,
        painter: &egui::Painter,
        badges: &[Badge],
        lang: Lang,
        size: f32,
        mut taken: Vec<Rect>,
    ) {
        let bg = ui.visuals().extreme_bg_color.gamma_multiply(0.92);
        // Where they cover no card and no zone label.
        taken.extend(self.labels.iter().copied());
        let mut placed: Vec<Rect> = Vec::new();
        for b in badges {
            let mut parts = Vec::new();
            let p = &b.pair;
            if p.schotten > 0 {
                parts.push(crate::tr!(lang, "schotten-count", n = p.schotten));
            }
            if p.dependencies_without_collaboration > 0 {
                parts.push(crate::tr!(
                    lang,
                    "dep-without-collaboration-count",
                    n = p.dependencies_without_collaboration
                ));
            }
            let text = format!("{} ↔ {}: {}", p.a, p.b, parts.join(" · "));
            let galley =
                painter.layout_no_wrap(text, FontId::proportional(size), color(style::WARNING));
            let area = painter.clip_rect().shrink(4.0);
            let r = free_spot(b.at, galley.size() + vec2(8.0, 8.0), &taken, area);
            if taken.iter().any(|t| t.intersects(r)) {
                // Nowhere near the pair that covers no name or label: left out (the findings
                // panel's domain lines say it), never drawn over a name.
                continue;
            }
            taken.push(r);
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
        self.badges = placed;
    }

    /// Where the zone labels and the badges between domains were drawn (last frame, screen).
    pub fn overlays(&self) -> impl Iterator<Item = Rect> + '_ {
        self.labels.iter().chain(&self.badges).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    #[test]
    fn far_apart_cards_of_a_domain_are_groups_joined_by_a_band() {
        let card = |x: f32| Rect::from_center_size(pos2(x, 0.0), vec2(180.0, 64.0));
        let groups = clusters(&[card(0.0), card(250.0), card(2000.0), card(2000.0 + 5000.0)]);
        assert_eq!(groups.len(), 3);
        assert_eq!(groups[0].len(), 2);
        // Joined as a tree, each to its nearest: 0–1 and 1–2.
        let centres = [pos2(125.0, 0.0), pos2(2000.0, 0.0), pos2(7000.0, 0.0)];
        assert_eq!(join(&centres), vec![(0, 1), (1, 2)]);
    }

    #[test]
    fn a_label_moves_off_the_cards() {
        let area = Rect::from_min_size(pos2(0.0, 0.0), vec2(1000.0, 1000.0));
        let card = Rect::from_center_size(pos2(500.0, 500.0), vec2(200.0, 60.0));
        let r = free_spot(pos2(500.0, 500.0), vec2(100.0, 20.0), &[card], area);
        assert!(!r.intersects(card), "{r:?}");
        // Kept inside the area.
        let r = free_spot(pos2(2.0, 2.0), vec2(100.0, 20.0), &[], area);
        assert!(area.contains_rect(r), "{r:?}");
    }
}
