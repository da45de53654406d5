//! The onion: a chosen stakeholder in the middle, rings by the number of relation steps away
//! (any kind, either direction), the unreachable ones on an outer ring. Each ring keeps the
//! order of the ring inside it, so relations cross as little as they can.

use std::f32::consts::TAU;

use super::{CARD_GAP, Positions, remove_overlaps};
use crate::model::{Key, Map, StakeholderId};
use crate::style::CARD_WIDTH;

/// Distance between rings, centre to centre (map units).
const RING: f32 = CARD_WIDTH + 120.0;
/// Rings are ellipses, as cards are wider than tall and screens are wider than high.
const SQUASH: f32 = 0.7;

/// The rings of an onion layout, to draw under the map: ellipses around the centre.
#[derive(Debug, Clone, PartialEq)]
pub struct Rings {
    /// The centre stakeholder's position (map units).
    pub centre: [f32; 2],
    /// Half the width of each ellipse; half its height is `SQUASH` times that.
    pub squash: f32,
    /// (steps away, radius), innermost first; `None` steps for the ring of stakeholders that
    /// cannot be reached at all.
    pub rings: Vec<(Option<usize>, f32)>,
}

/// Onion layout around `center`; `None` if there is no such stakeholder. Pinned stakeholders
/// (and the centre) stay where they are.
pub fn onion(map: &Map, center: &(impl Key<StakeholderId> + ?Sized)) -> Option<Positions> {
    onion_with_rings(map, center).map(|(p, _)| p)
}

/// [`onion`], and its rings.
pub fn onion_with_rings(
    map: &Map,
    center: &(impl Key<StakeholderId> + ?Sized),
) -> Option<(Positions, Rings)> {
    let crate::analysis::Neighbours { nodes, index, adj } = crate::analysis::neighbours(map);
    let c = *index.get(center.key())?;
    let steps = crate::analysis::steps_from_indices(&adj, &[c], usize::MAX);
    let deepest = steps.iter().flatten().copied().max().unwrap_or(0);
    let mut rings: Vec<Vec<usize>> = vec![Vec::new(); deepest + 2];
    for (i, s) in steps.iter().enumerate() {
        if i != c {
            rings[s.unwrap_or(deepest + 1)].push(i);
        }
    }

    let origin = [nodes[c].x as f32, nodes[c].y as f32];
    // The angle each stakeholder takes; ring 1 keeps the user's arrangement around the centre.
    let mut angle: Vec<f32> = nodes
        .iter()
        .map(|s| ((s.y as f32) - origin[1]).atan2((s.x as f32) - origin[0]))
        .collect();
    let mut pos: Vec<[f32; 2]> = nodes.iter().map(|s| [s.x as f32, s.y as f32]).collect();
    let mut radius = 0.0f32;
    let mut drawn = Vec::new();
    let unreachable = deepest + 1;
    for (depth, ring) in rings.iter_mut().enumerate().skip(1) {
        if ring.is_empty() {
            continue;
        }
        // Wish: the mean direction of the neighbours one ring in.
        let wish: Vec<f32> = ring
            .iter()
            .map(|&i| {
                let inner: Vec<f32> = adj[i]
                    .iter()
                    .filter(|&&j| steps[j].is_some_and(|s| s + 1 == depth))
                    .map(|&j| angle[j])
                    .collect();
                if inner.is_empty() || depth == 1 {
                    angle[i]
                } else {
                    let (s, c) = inner
                        .iter()
                        .fold((0.0, 0.0), |(s, c), a| (s + a.sin(), c + a.cos()));
                    s.atan2(c)
                }
            })
            .collect();
        let mut order: Vec<(f32, usize)> = wish.into_iter().zip(ring.iter().copied()).collect();
        order.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        // Room for every card on the circle, and at least one ring further out.
        let n = order.len() as f32;
        let needed = n * (CARD_WIDTH * 0.8 + CARD_GAP) / TAU;
        radius = (radius + RING).max(needed);
        drawn.push(((depth != unreachable).then_some(depth), radius));
        // Evenly spaced, rotated to match the wishes as well as possible.
        let step = TAU / n;
        let (s, c) = order
            .iter()
            .enumerate()
            .fold((0.0, 0.0), |(s, c), (k, (w, _))| {
                let d = w - step * k as f32;
                (s + d.sin(), c + d.cos())
            });
        let offset = s.atan2(c);
        for (k, &(_, i)) in order.iter().enumerate() {
            let a = offset + step * k as f32;
            angle[i] = a;
            if !nodes[i].pinned {
                // Ellipse: cards are wide, so rings are wider than tall.
                pos[i] = [
                    origin[0] + radius * a.cos(),
                    origin[1] + radius * a.sin() * SQUASH,
                ];
            }
        }
    }
    let mut pinned: Vec<bool> = nodes.iter().map(|s| s.pinned).collect();
    pinned[c] = true;
    remove_overlaps(&mut pos, &pinned);
    let rings = Rings {
        centre: origin,
        squash: SQUASH,
        rings: drawn,
    };
    let moves = nodes
        .iter()
        .zip(&pos)
        .enumerate()
        .filter(|(i, (s, p))| {
            !pinned[*i]
                && ((f64::from(p[0]).round() - s.x).abs() > 0.0
                    || (f64::from(p[1]).round() - s.y).abs() > 0.0)
        })
        .map(|(_, (s, p))| {
            (
                s.id.clone(),
                f64::from(p[0]).round(),
                f64::from(p[1]).round(),
            )
        })
        .collect();
    Some((moves, rings))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_ids::{rid, sid};
    use crate::model::{Relation, RelationKind, Stakeholder, StakeholderKind};

    #[test]
    fn rings_follow_steps() {
        let mut m = Map::new("t");
        for (i, id) in ["a", "b", "c", "d", "z"].iter().enumerate() {
            m.add_stakeholder(Stakeholder::new(
                sid(id),
                id,
                StakeholderKind::Other,
                i as f64 * 10.0,
                0.0,
            ))
            .unwrap();
        }
        for (i, (f, t)) in [("a", "b"), ("c", "b"), ("c", "d")].iter().enumerate() {
            m.add_relation(Relation::new(
                rid(&format!("r{i}")),
                RelationKind::Interest,
                sid(f),
                sid(t),
            ))
            .unwrap();
        }
        let pos = onion(&m, "a").unwrap();
        let mut after = m.clone();
        for (id, x, y) in &pos {
            after.set_position(id, *x, *y).unwrap();
        }
        let a = after.stakeholder("a").unwrap();
        assert_eq!((a.x, a.y), (0.0, 0.0), "the centre stays");
        let r = |id: &str| {
            let s = after.stakeholder(id).unwrap();
            (s.x - a.x).hypot(s.y - a.y)
        };
        assert!(r("b") < r("c"));
        assert!(r("c") < r("d"));
        assert!(r("d") < r("z"), "unreachable goes outside");
        assert!(onion(&m, "nobody").is_none());
    }
}
