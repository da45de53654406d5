//! The tidy layout: Fruchterman–Reingold forces, repulsion through a Barnes–Hut quadtree
//! (O(n log n) per step instead of O(n²)), starting from the current
//! positions so the map stays recognisable; then overlap removal. Pinned stakeholders exert
//! forces but never move. Deterministic: the same map gives the same layout.

use std::collections::HashMap;

use super::CARD_GAP;
use super::Positions;
use super::quadtree::QuadTree;
use crate::card::{self, Typography, remove_overlaps_each};
use crate::model::Map;
use crate::style::{CARD_HEIGHT, CARD_WIDTH};

/// The ideal distance between related stakeholders (centre to centre), in typical card
/// heights beyond a typical card width: room for a relation and its label between two cards.
const IDEAL_ROOM: f32 = 1.6;
/// The footprint of the largest card is at most this many typical cards (one very long name
/// should not spread the whole map).
const MAX_FOOTPRINT: f32 = 1.6;
/// A force layout's hull holds about this many squares of the ideal distance per card.
const FILL: f32 = 1.0;
/// Cards with their gaps covering more than this part of the screen don't fit in a force
/// layout (it is no grid): it isn't tried, and the map is fitted without names.
const MAX_COVER: f32 = 0.6;
/// Squeezed, the ideal distance is at least this many cards with their gaps.
const SQUEEZED_ROOM: f32 = 1.15;
/// The part of the screen the cards may take (the rest is for relations and labels beyond
/// them, and the fit's margin).
const BOX_ROOM: f32 = 0.92;
/// Rounds of bringing a squeezed layout within the screen.
const BOX_ROUNDS: usize = 16;
/// The narrowest gap between cards, in card heights.
const MIN_GAP: f32 = 0.25;
/// Steps of the simulation; it stops earlier once nothing moves.
const STEPS: usize = 400;
/// Cards further apart than this many ideal distances no longer push each other apart: with
/// the whole map pushing, cards on one relation and small separate parts were driven far out
/// (a leaf of a 120-card map sat five ideal distances out), and a fitted map was drawn small.
const REPULSION_RANGE: f32 = 3.0;
/// Pull towards the centre, so unconnected parts don't drift off.
const GRAVITY: f32 = 0.1;
/// Pull towards the middle of one's own domain, so domains become areas (and their zones
/// regions rather than scattered islands).
const DOMAIN_PULL: f32 = 0.15;

/// Tidy the map for a landscape screen (16:9): see [`tidy_for`].
pub fn tidy(map: &Map) -> Positions {
    tidy_for(map, 16.0 / 9.0)
}

/// Tidy the map for a canvas `aspect` (width / height) wide: new positions for every
/// stakeholder that is not pinned, sorted by id. The distances follow from the cards as they
/// will be drawn at zoom 1 (long names make taller cards), so the result is compact; the
/// whole is stretched towards the canvas's shape, so that fitted it fills the screen.
pub fn tidy_for(map: &Map, aspect: f32) -> Positions {
    tidy_sized(map, aspect, &Typography::default(), None)
}

/// Where a tidied map is going to be shown: a canvas, with names never smaller than some
/// size on screen.
#[derive(Clone, Debug)]
pub struct Screen {
    /// The canvas, in points (width, height).
    pub size: [f32; 2],
    /// A zoom at which the cards are at their smallest on screen (their names at the smallest
    /// text size), and the cards' typography there, in map units.
    pub zoom: f32,
    pub typography: Typography,
}

/// Tidy the map to be fitted on `screen` with every name shown: the distances follow from
/// the cards as drawn there (where names keep a minimum size on screen, cards are bigger in
/// map units than at zoom 1), and where the screen is too small for the usual room between
/// cards, cards stand closer, down to a narrow gap, so that the whole fits with its names.
/// (Where even that is too big, the map fits without names: see the README.)
pub fn tidy_on(map: &Map, screen: &Screen) -> Positions {
    let [w, h] = screen.size;
    let z = screen.zoom.max(1e-3);
    if !(w > 0.0 && h > 0.0) {
        return tidy_for(map, 16.0 / 9.0);
    }
    tidy_sized(map, w / h, &screen.typography, Some((w / z) * (h / z)))
}

fn tidy_sized(map: &Map, aspect: f32, t: &Typography, area: Option<f32>) -> Positions {
    let nodes = map.stakeholders_sorted();
    let n = nodes.len();
    if n == 0 {
        return Vec::new();
    }
    let (sizes, typical, footprint) = card_sizes(&nodes, t);
    let mut ideal = typical[0] + IDEAL_ROOM * typical[1];
    let mut gap = CARD_GAP / CARD_HEIGHT * typical[1];
    // Squeezed for a small screen, the forces work in a space where a card with its gap is
    // square (x divided by `wide`): cards are three times wider than tall, and the same
    // distance every way would push them apart sideways, into a map too wide for the screen.
    let mut wide = 1.0;
    if let Some(area) = area {
        // The share of the screen every card can have, as a square.
        let share = (area * FILL / n as f32).sqrt();
        if share < ideal {
            gap = (gap * share / ideal).max(MIN_GAP * typical[1]);
            wide = (typical[0] + gap) / (typical[1] + gap);
            let square = typical[1] + gap;
            ideal = (share / wide.sqrt()).max(SQUEEZED_ROOM * square);
        }
    }
    let index: HashMap<&str, u32, foldhash::fast::FixedState> = nodes
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i as u32))
        .collect();
    let pinned: Vec<bool> = nodes.iter().map(|s| s.pinned).collect();
    let mut edges: Vec<(u32, u32)> = map
        .relations()
        .filter_map(|r| {
            let (a, b) = (*index.get(r.from.as_str())?, *index.get(r.to.as_str())?);
            Some((a.min(b), a.max(b)))
        })
        .collect();
    edges.sort_unstable();
    edges.dedup();

    // Work relative to the centroid, in f32.
    let (cx, cy) = nodes
        .iter()
        .fold((0.0, 0.0), |(x, y), s| (x + s.x, y + s.y));
    let (cx, cy) = (cx / n as f64, cy / n as f64);
    let mut pos: Vec<[f32; 2]> = nodes
        .iter()
        .map(|s| [(s.x - cx) as f32, (s.y - cy) as f32])
        .collect();
    spread_coincident(&mut pos, &pinned, ideal);
    // Domains as small numbers; `u32::MAX` for none.
    let mut names: Vec<&str> = nodes
        .iter()
        .map(|s| s.domain.as_str())
        .filter(|d| !d.is_empty())
        .collect();
    names.sort_unstable();
    names.dedup();
    let domain: Vec<u32> = nodes
        .iter()
        .map(|s| {
            names
                .binary_search(&s.domain.as_str())
                .map_or(u32::MAX, |i| i as u32)
        })
        .collect();
    // Stakeholders without relations would only be pushed away: they don't take part, and
    // line up under the rest afterwards.
    let mut degree = vec![0u32; n];
    for &(a, b) in &edges {
        degree[a as usize] += 1;
        degree[b as usize] += 1;
    }
    let loose: Vec<bool> = (0..n).map(|i| degree[i] == 0 && !pinned[i]).collect();
    let keep: Vec<usize> = (0..n).filter(|&i| !loose[i]).collect();
    let mut new_index = vec![u32::MAX; n];
    for (k, &i) in keep.iter().enumerate() {
        new_index[i] = k as u32;
    }
    let mut sub_pos: Vec<[f32; 2]> = keep.iter().map(|&i| pos[i]).collect();
    let sub_pinned: Vec<bool> = keep.iter().map(|&i| pinned[i]).collect();
    let sub_domain: Vec<u32> = keep.iter().map(|&i| domain[i]).collect();
    let sub_edges: Vec<(u32, u32)> = edges
        .iter()
        .map(|&(a, b)| (new_index[a as usize], new_index[b as usize]))
        .collect();
    for p in &mut sub_pos {
        p[0] /= wide;
    }
    simulate(&mut sub_pos, &sub_pinned, &sub_edges, &sub_domain, ideal);
    for p in &mut sub_pos {
        p[0] *= wide;
    }
    towards_aspect(&mut sub_pos, &sub_pinned, aspect, typical);
    for (k, &i) in keep.iter().enumerate() {
        pos[i] = sub_pos[k];
    }
    line_up(&mut pos, &loose, footprint, gap);
    // Every card with its own size (at most the footprint), and half the gap on each side.
    let halves: Vec<[f32; 2]> = sizes
        .iter()
        .map(|s| {
            [
                f32::midpoint(s[0].min(footprint[0]), gap),
                f32::midpoint(s[1].min(footprint[1]), gap),
            ]
        })
        .collect();
    remove_overlaps_each(&mut pos, &pinned, &halves, None);
    if let Some(area) = area {
        let h = (area / aspect).sqrt();
        let narrow = MIN_GAP * typical[1];
        into_box(&mut pos, &pinned, &sizes, &halves, narrow, [h * aspect, h]);
    }

    nodes
        .iter()
        .zip(&pos)
        .filter(|(s, _)| !s.pinned)
        .map(|(s, p)| {
            // Whole map units: tidy positions diff cleanly in saved files.
            let x = (f64::from(p[0]) + cx).round();
            let y = (f64::from(p[1]) + cy).round();
            (s.id.clone(), x, y)
        })
        .filter(|(id, x, y)| {
            map.stakeholder(id)
                .is_some_and(|s| (s.x - x).abs() > 0.0 || (s.y - y).abs() > 0.0)
        })
        .collect()
}

/// Every card's size as drawn with `t`, the typical card (the median width and height) and
/// the footprint every card is given for spacing (the largest, at most `MAX_FOOTPRINT`
/// typical cards).
fn card_sizes(
    nodes: &[&crate::model::Stakeholder],
    t: &Typography,
) -> (Vec<[f32; 2]>, [f32; 2], [f32; 2]) {
    let sizes: Vec<[f32; 2]> = nodes
        .iter()
        .map(|s| {
            let size = card::fit(&s.name, 0.0, 0.0, t).0.size();
            [size.x, size.y]
        })
        .collect();
    let mut w: Vec<f32> = sizes.iter().map(|s| s[0]).collect();
    let mut h: Vec<f32> = sizes.iter().map(|s| s[1]).collect();
    w.sort_by(f32::total_cmp);
    h.sort_by(f32::total_cmp);
    let typical = [
        w.get(w.len() / 2).copied().unwrap_or(CARD_WIDTH),
        h.get(h.len() / 2).copied().unwrap_or(CARD_HEIGHT),
    ];
    let largest = [
        w.last().copied().unwrap_or(CARD_WIDTH),
        h.last().copied().unwrap_or(CARD_HEIGHT),
    ];
    let footprint = [
        largest[0].min(MAX_FOOTPRINT * typical[0]),
        largest[1].min(MAX_FOOTPRINT * typical[1]),
    ];
    (sizes, typical, footprint)
}

/// Stretch the layout (around its middle) towards `aspect` (width / height), at most by half
/// again either way: a tall, thin map on a wide screen would be fitted small. Pinned
/// stakeholders stay where they are.
fn towards_aspect(pos: &mut [[f32; 2]], pinned: &[bool], aspect: f32, card: [f32; 2]) {
    if pos.len() < 3 || !aspect.is_finite() || aspect <= 0.0 {
        return;
    }
    let (min, max) = pos.iter().fold(
        ([f32::MAX, f32::MAX], [f32::MIN, f32::MIN]),
        |(lo, hi), p| {
            (
                [lo[0].min(p[0]), lo[1].min(p[1])],
                [hi[0].max(p[0]), hi[1].max(p[1])],
            )
        },
    );
    // Cards are wide: measure the spread of their centres with a card's shape added.
    let (w, h) = (max[0] - min[0] + card[0], max[1] - min[1] + card[1]);
    if w <= 0.0 || h <= 0.0 {
        return;
    }
    let stretch = ((aspect / (w / h)).sqrt()).clamp(0.67, 1.5);
    let mid = [f32::midpoint(min[0], max[0]), f32::midpoint(min[1], max[1])];
    for (p, &fixed) in pos.iter_mut().zip(pinned) {
        if !fixed {
            p[0] = mid[0] + (p[0] - mid[0]) * stretch;
            p[1] = mid[1] + (p[1] - mid[1]) / stretch;
        }
    }
}

/// Bring the cards (sizes `sizes`, footprints with their gaps `halves`) within a box of
/// `size` if they can be (with `gap`s between them they cover at most `MAX_COVER` of it): where they reach beyond it one way and leave room the other, the
/// distances shrink one way and grow the other, and overlaps are removed again. Keeps the
/// best of a few rounds.
fn into_box(
    pos: &mut [[f32; 2]],
    pinned: &[bool],
    sizes: &[[f32; 2]],
    halves: &[[f32; 2]],
    gap: f32,
    size: [f32; 2],
) {
    let room = [size[0] * BOX_ROOM, size[1] * BOX_ROOM];
    let over = |pos: &[[f32; 2]]| {
        let (mut lo, mut hi) = ([f32::MAX; 2], [f32::MIN; 2]);
        for (p, s) in pos.iter().zip(sizes) {
            for a in 0..2 {
                lo[a] = lo[a].min(p[a] - s[a] / 2.0);
                hi[a] = hi[a].max(p[a] + s[a] / 2.0);
            }
        }
        [(hi[0] - lo[0]) / room[0], (hi[1] - lo[1]) / room[1]]
    };
    let cover: f32 = sizes.iter().map(|s| (s[0] + gap) * (s[1] + gap)).sum();
    if cover > MAX_COVER * room[0] * room[1] {
        return;
    }
    let worst = |o: [f32; 2]| o[0].max(o[1]);
    let mut best = (worst(over(pos)), pos.to_vec());
    for _ in 0..BOX_ROUNDS {
        let o = over(pos);
        if worst(o) <= 1.01 {
            break;
        }
        let mid = pos
            .iter()
            .fold([0.0f32; 2], |m, p| [m[0] + p[0], m[1] + p[1]]);
        let mid = [mid[0] / pos.len() as f32, mid[1] / pos.len() as f32];
        // Shrink the axis that is over; grow the other into its room.
        let f = o.map(|o| (1.0 / o).clamp(0.8, 1.25));
        for (p, &fixed) in pos.iter_mut().zip(pinned) {
            if !fixed {
                for a in 0..2 {
                    p[a] = mid[a] + (p[a] - mid[a]) * f[a];
                }
            }
        }
        // Too wide: the cards that no longer fit side by side move apart vertically.
        let x_range = (o[0] > 1.0).then(|| {
            let widest = sizes.iter().fold(0.0f32, |m, s| m.max(s[0]));
            let half = ((room[0] - widest) / 2.0).max(0.0);
            (mid[0] - half, mid[0] + half)
        });
        remove_overlaps_each(pos, pinned, halves, x_range);
        let w = worst(over(pos));
        if w < best.0 {
            best = (w, pos.to_vec());
        }
    }
    pos.copy_from_slice(&best.1);
}

/// Put the `loose` stakeholders in rows under the others, in id order.
fn line_up(pos: &mut [[f32; 2]], loose: &[bool], footprint: [f32; 2], gap: f32) {
    let placed = pos.iter().zip(loose).filter(|(_, l)| !**l).map(|(p, _)| *p);
    let (min_x, max_x, max_y) = placed.fold((f32::MAX, f32::MIN, f32::MIN), |(a, b, c), p| {
        (a.min(p[0]), b.max(p[0]), c.max(p[1]))
    });
    let (min_x, max_x, max_y) = if min_x > max_x {
        (0.0, 0.0, 0.0)
    } else {
        (min_x, max_x, max_y)
    };
    let step = [footprint[0] + gap, footprint[1] + gap];
    let per_row = (((max_x - min_x) / step[0]) as usize + 1).max(4);
    for (k, (p, _)) in pos.iter_mut().zip(loose).filter(|(_, l)| **l).enumerate() {
        *p = [
            min_x + step[0] * (k % per_row) as f32,
            max_y + step[1] * (1.5 + (k / per_row) as f32),
        ];
    }
}

/// Stakeholders on the same spot (new ones, imported ones) get a deterministic spiral
/// around it, or no force could ever tell them apart.
fn spread_coincident(pos: &mut [[f32; 2]], pinned: &[bool], ideal: f32) {
    let mut seen: HashMap<(i32, i32), u32, foldhash::fast::FixedState> = HashMap::default();
    for (i, p) in pos.iter_mut().enumerate() {
        if pinned[i] {
            continue;
        }
        let key = (p[0].round() as i32, p[1].round() as i32);
        let k = seen.entry(key).or_insert(0);
        if *k > 0 {
            let angle = *k as f32 * 2.399_963; // The golden angle.
            let r = ideal * 0.5 * (*k as f32).sqrt();
            p[0] += r * angle.cos();
            p[1] += r * angle.sin();
        }
        *k += 1;
    }
}

fn simulate(
    pos: &mut [[f32; 2]],
    pinned: &[bool],
    edges: &[(u32, u32)],
    domain: &[u32],
    ideal: f32,
) {
    let n = pos.len();
    let domains = domain
        .iter()
        .filter(|&&d| d != u32::MAX)
        .max()
        .map_or(0, |&d| d as usize + 1);
    let mut centers = vec![[0.0f32; 3]; domains];
    let k2 = ideal * ideal;
    // Start hot enough to untangle, cool to a standstill.
    let extent = pos
        .iter()
        .fold(0.0f32, |m, p| m.max(p[0].abs()).max(p[1].abs()));
    let mut temperature = (extent * 0.25).clamp(ideal * 0.5, ideal * 4.0);
    let cooling = (2.0f32 / temperature).powf(1.0 / STEPS as f32);
    let mut disp = vec![[0.0f32; 2]; n];
    for _ in 0..STEPS {
        // Repulsion from every other card, far ones grouped.
        let tree = QuadTree::build(pos);
        for (i, d) in disp.iter_mut().enumerate() {
            *d = tree.repulsion_within(pos, i as u32, k2, REPULSION_RANGE * ideal);
        }
        // Attraction along relations.
        for &(a, b) in edges {
            let (a, b) = (a as usize, b as usize);
            let v = [pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]];
            let dist = (v[0] * v[0] + v[1] * v[1]).sqrt().max(1.0);
            let f = dist / ideal;
            disp[a][0] -= v[0] * f;
            disp[a][1] -= v[1] * f;
            disp[b][0] += v[0] * f;
            disp[b][1] += v[1] * f;
        }
        // Towards the middle of one's domain.
        centers.fill([0.0; 3]);
        for (p, &d) in pos.iter().zip(domain) {
            if let Some(c) = centers.get_mut(d as usize) {
                c[0] += p[0];
                c[1] += p[1];
                c[2] += 1.0;
            }
        }
        for (i, &d) in domain.iter().enumerate() {
            if let Some(c) = centers.get(d as usize) {
                disp[i][0] += DOMAIN_PULL * (c[0] / c[2] - pos[i][0]);
                disp[i][1] += DOMAIN_PULL * (c[1] / c[2] - pos[i][1]);
            }
        }
        let mut max_step = 0.0f32;
        for i in 0..n {
            if pinned[i] {
                continue;
            }
            let d = [
                disp[i][0] - GRAVITY * pos[i][0],
                disp[i][1] - GRAVITY * pos[i][1],
            ];
            let len = (d[0] * d[0] + d[1] * d[1]).sqrt();
            if len > 0.0 {
                let step = len.min(temperature);
                pos[i][0] += d[0] / len * step;
                pos[i][1] += d[1] / len * step;
                max_step = max_step.max(step);
            }
        }
        temperature *= cooling;
        if max_step < 0.5 {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_ids::{rid, sid};
    use crate::model::{Relation, RelationKind, Stakeholder, StakeholderKind};

    fn chain(n: usize) -> Map {
        let mut m = Map::new("t");
        for i in 0..n {
            // Everyone starts on one spot: the worst mess.
            m.add_stakeholder(Stakeholder::new(
                sid(&format!("s{i:02}")),
                "x",
                StakeholderKind::Other,
                0.0,
                0.0,
            ))
            .unwrap();
        }
        for i in 1..n {
            m.add_relation(Relation::new(
                rid(&format!("r{i}")),
                RelationKind::Dependency,
                sid(&format!("s{:02}", i - 1)),
                sid(&format!("s{i:02}")),
            ))
            .unwrap();
        }
        m
    }

    fn apply(map: &mut Map, pos: &Positions) {
        for (id, x, y) in pos {
            map.set_position(id, *x, *y).unwrap();
        }
    }

    #[test]
    fn tidy_untangles_a_pile_without_overlaps_and_is_deterministic() {
        let mut m = chain(30);
        let a = tidy(&m);
        assert_eq!(a, tidy(&m));
        apply(&mut m, &a);
        let s = m.stakeholders_sorted();
        for (i, x) in s.iter().enumerate() {
            for y in &s[i + 1..] {
                let dx = (x.x - y.x).abs() as f32;
                let dy = (x.y - y.y).abs() as f32;
                assert!(
                    dx >= crate::style::CARD_WIDTH || dy >= crate::style::CARD_HEIGHT,
                    "{} and {} overlap",
                    x.id,
                    y.id
                );
            }
        }
        // Related stakeholders end up near each other: neighbours in the chain closer than
        // the ends of the chain.
        let d = |a: &str, b: &str| {
            let (a, b) = (m.stakeholder(a).unwrap(), m.stakeholder(b).unwrap());
            ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
        };
        assert!(d("s00", "s01") < d("s00", "s29"));
    }

    #[test]
    fn tidied_for_a_screen_the_cards_fit_it_at_their_smallest_with_names() {
        // 40 partners with long Dutch names, for a 1080p canvas beside the side panels.
        let mut m = crate::model::hand_placed(40, 7).unwrap();
        let zoom = 0.5;
        let t = Typography::screen(zoom, 14.0, emath::vec2(150.0, 50.0));
        let size = [1200.0, 911.0];
        let pos = tidy_on(
            &m,
            &Screen {
                size,
                zoom,
                typography: t,
            },
        );
        assert_eq!(
            pos,
            tidy_on(
                &m,
                &Screen {
                    size,
                    zoom,
                    typography: t
                }
            )
        );
        apply(&mut m, &pos);
        let cards: Vec<emath::Rect> = m
            .stakeholders_sorted()
            .iter()
            .map(|s| card::fit(&s.name, s.x, s.y, &t).0)
            .collect();
        let all = cards.iter().fold(emath::Rect::NOTHING, |r, c| r.union(*c));
        // On screen, at the zoom the cards were laid out for.
        let on_screen = all.size() * zoom;
        assert!(
            on_screen.x <= size[0] && on_screen.y <= size[1],
            "{on_screen:?} beyond {size:?}"
        );
        for (i, a) in cards.iter().enumerate() {
            for b in &cards[i + 1..] {
                assert!(!a.intersects(*b), "{a:?} and {b:?} overlap");
            }
        }
    }

    #[test]
    fn pinned_stakeholders_stay_put() {
        let mut m = chain(10);
        let mut s = m.stakeholder("s04").unwrap().clone();
        s.pinned = true;
        s.x = 500.0;
        m.update_stakeholder(s).unwrap();
        let pos = tidy(&m);
        assert!(pos.iter().all(|(id, _, _)| id != "s04"));
        assert_eq!(pos.len(), 9);
    }
}
