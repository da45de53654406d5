//! The tidy layout: Fruchterman–Reingold forces, repulsion through a Barnes–Hut quadtree
//! (O(n log n) per step instead of O(n²)), starting from the current
//! positions so the map stays recognisable; then overlap removal. Pinned stakeholders exert
//! forces but never move. Deterministic: the same map gives the same layout.

use std::collections::HashMap;

use super::CARD_GAP;
use super::Positions;
use super::overlap::remove_overlaps;
use super::quadtree::QuadTree;
use crate::model::Map;
use crate::style::{CARD_HEIGHT, CARD_WIDTH};

/// The ideal distance between related stakeholders (centre to centre, map units): a card
/// width plus room for a relation label.
const IDEAL: f32 = CARD_WIDTH + 250.0;
/// Steps of the simulation; it stops earlier once nothing moves.
const STEPS: usize = 400;
/// Pull towards the centre, so unconnected parts don't drift off.
const GRAVITY: f32 = 0.1;
/// Pull towards the middle of one's own domain, so domains become areas (and their zones
/// regions rather than scattered islands).
const DOMAIN_PULL: f32 = 0.15;

/// Tidy the map: new positions for every stakeholder that is not pinned, sorted by id.
pub fn tidy(map: &Map) -> Positions {
    let nodes = map.stakeholders_sorted();
    let n = nodes.len();
    if n == 0 {
        return Vec::new();
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
    spread_coincident(&mut pos, &pinned);
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
    simulate(&mut sub_pos, &sub_pinned, &sub_edges, &sub_domain);
    for (k, &i) in keep.iter().enumerate() {
        pos[i] = sub_pos[k];
    }
    line_up(&mut pos, &loose);
    remove_overlaps(&mut pos, &pinned);

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

/// Put the `loose` stakeholders in rows under the others, in id order.
fn line_up(pos: &mut [[f32; 2]], loose: &[bool]) {
    let placed = pos.iter().zip(loose).filter(|(_, l)| !**l).map(|(p, _)| *p);
    let (min_x, max_x, max_y) = placed.fold((f32::MAX, f32::MIN, f32::MIN), |(a, b, c), p| {
        (a.min(p[0]), b.max(p[0]), c.max(p[1]))
    });
    let (min_x, max_x, max_y) = if min_x > max_x {
        (0.0, 0.0, 0.0)
    } else {
        (min_x, max_x, max_y)
    };
    let step = [CARD_WIDTH + CARD_GAP, CARD_HEIGHT + CARD_GAP];
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
fn spread_coincident(pos: &mut [[f32; 2]], pinned: &[bool]) {
    let mut seen: HashMap<(i32, i32), u32, foldhash::fast::FixedState> = HashMap::default();
    for (i, p) in pos.iter_mut().enumerate() {
        if pinned[i] {
            continue;
        }
        let key = (p[0].round() as i32, p[1].round() as i32);
        let k = seen.entry(key).or_insert(0);
        if *k > 0 {
            let angle = *k as f32 * 2.399_963; // The golden angle.
            let r = IDEAL * 0.5 * (*k as f32).sqrt();
            p[0] += r * angle.cos();
            p[1] += r * angle.sin();
        }
        *k += 1;
    }
}

fn simulate(pos: &mut [[f32; 2]], pinned: &[bool], edges: &[(u32, u32)], domain: &[u32]) {
    let n = pos.len();
    let domains = domain
        .iter()
        .filter(|&&d| d != u32::MAX)
        .max()
        .map_or(0, |&d| d as usize + 1);
    let mut centers = vec![[0.0f32; 3]; domains];
    let k2 = IDEAL * IDEAL;
    // Start hot enough to untangle, cool to a standstill.
    let extent = pos
        .iter()
        .fold(0.0f32, |m, p| m.max(p[0].abs()).max(p[1].abs()));
    let mut temperature = (extent * 0.25).clamp(IDEAL * 0.5, IDEAL * 4.0);
    let cooling = (2.0f32 / temperature).powf(1.0 / STEPS as f32);
    let mut disp = vec![[0.0f32; 2]; n];
    for _ in 0..STEPS {
        // Repulsion from every other card, far ones grouped.
        let tree = QuadTree::build(pos);
        for (i, d) in disp.iter_mut().enumerate() {
            *d = tree.repulsion(pos, i as u32, k2);
        }
        // Attraction along relations.
        for &(a, b) in edges {
            let (a, b) = (a as usize, b as usize);
            let v = [pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]];
            let dist = (v[0] * v[0] + v[1] * v[1]).sqrt().max(1.0);
            let f = dist / IDEAL;
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
    use crate::model::{Relation, RelationKind, Stakeholder, StakeholderKind};

    fn chain(n: usize) -> Map {
        let mut m = Map::new("t");
        for i in 0..n {
            // Everyone starts on one spot: the worst mess.
            m.add_stakeholder(Stakeholder::new(
                &format!("s{i:02}"),
                "x",
                StakeholderKind::Other,
                0.0,
                0.0,
            ))
            .unwrap();
        }
        for i in 1..n {
            m.add_relation(Relation::new(
                &format!("r{i}"),
                RelationKind::Dependency,
                &format!("s{:02}", i - 1),
                &format!("s{i:02}"),
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
