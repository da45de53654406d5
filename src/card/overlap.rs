//! Push overlapping cards apart, leaving pinned ones where they are. A grid over card-sized
//! cells finds the candidates, so a pass is linear in the number of cards.

use std::collections::HashMap;

/// The most passes. Each resolves every overlap it sees, but pushing one pair apart can make
/// another overlap; after the force layout a handful of passes is typical.
const MAX_PASSES: usize = 2000;

/// Move cards (centres in `pos`) until no two footprints of half size `half` (map units, around
/// the centre: a card and half the gap to keep) overlap, or `MAX_PASSES` ran out. Returns
/// whether it ended without overlaps.
pub fn remove_overlaps_sized(pos: &mut [[f32; 2]], pinned: &[bool], half: [f32; 2]) -> bool {
    remove_overlaps_within(pos, pinned, half, None)
}

/// [`remove_overlaps_sized`], keeping every centre's x within `x_range` (a page's width): where
/// there is no room sideways, cards move apart vertically.
pub fn remove_overlaps_within(
    pos: &mut [[f32; 2]],
    pinned: &[bool],
    half: [f32; 2],
    x_range: Option<(f32, f32)>,
) -> bool {
    let half = [half[0].max(1e-3), half[1].max(1e-3)];
    remove(pos, pinned, &|_| half, half, x_range, false)
}

/// [`remove_overlaps_within`] with a footprint of its own for every card (`halves[i]`, half
/// sizes around the centre): small cards stand closer than big ones.
pub fn remove_overlaps_each(
    pos: &mut [[f32; 2]],
    pinned: &[bool],
    halves: &[[f32; 2]],
    x_range: Option<(f32, f32)>,
) -> bool {
    let largest = halves
        .iter()
        .fold([1e-3f32; 2], |m, h| [m[0].max(h[0]), m[1].max(h[1])]);
    let half_of = |i: usize| {
        halves
            .get(i)
            .map_or(largest, |h| [h[0].max(1e-3), h[1].max(1e-3)])
    };
    remove(pos, pinned, &half_of, largest, x_range, false)
}

/// [`remove_overlaps_each`] for cards on a screen: each pair the shorter way apart (for wide
/// cards, mostly up or down), so that a fitted map grows as little as it can.
pub fn remove_overlaps_shortest(pos: &mut [[f32; 2]], halves: &[[f32; 2]]) -> bool {
    let largest = halves
        .iter()
        .fold([1e-3f32; 2], |m, h| [m[0].max(h[0]), m[1].max(h[1])]);
    let half_of = |i: usize| {
        halves
            .get(i)
            .map_or(largest, |h| [h[0].max(1e-3), h[1].max(1e-3)])
    };
    let pinned = vec![false; pos.len()];
    remove(pos, &pinned, &half_of, largest, None, true)
}

fn remove(
    pos: &mut [[f32; 2]],
    pinned: &[bool],
    half_of: &dyn Fn(usize) -> [f32; 2],
    half: [f32; 2],
    x_range: Option<(f32, f32)>,
    shortest: bool,
) -> bool {
    let x_range = x_range.map(|(lo, hi)| (lo, hi.max(lo)));
    let clamp = |x: f32| x_range.map_or(x, |(lo, hi)| x.clamp(lo, hi));
    let cell = [half[0] * 2.0, half[1] * 2.0];
    let key = |p: [f32; 2]| {
        (
            (p[0] / cell[0]).floor() as i32,
            (p[1] / cell[1]).floor() as i32,
        )
    };
    let mut grid: HashMap<(i32, i32), Vec<u32>, foldhash::fast::FixedState> = HashMap::default();
    for _ in 0..MAX_PASSES {
        grid.values_mut().for_each(Vec::clear);
        for (i, &p) in pos.iter().enumerate() {
            grid.entry(key(p)).or_default().push(i as u32);
        }
        let mut moved = false;
        for i in 0..pos.len() {
            let (cx, cy) = key(pos[i]);
            for dx in -1..=1 {
                for dy in -1..=1 {
                    let Some(cell) = grid.get(&(cx + dx, cy + dy)) else {
                        continue;
                    };
                    for &j in cell {
                        let j = j as usize;
                        if j <= i {
                            continue;
                        }
                        let (a, b) = (half_of(i), half_of(j));
                        let both = [f32::midpoint(a[0], b[0]), f32::midpoint(a[1], b[1])];
                        if separate(pos, pinned, i, j, both, x_range, shortest) {
                            moved = true;
                            pos[i][0] = clamp(pos[i][0]);
                            pos[j][0] = clamp(pos[j][0]);
                        }
                    }
                }
            }
        }
        if !moved {
            return true;
        }
    }
    false
}

/// Separate cards `i` and `j` along the axis where they overlap least. Returns whether
/// either moved.
#[allow(clippy::too_many_arguments)]
fn separate(
    pos: &mut [[f32; 2]],
    pinned: &[bool],
    i: usize,
    j: usize,
    half: [f32; 2],
    x_range: Option<(f32, f32)>,
    shortest: bool,
) -> bool {
    let [half_w, half_h] = half;
    let (a, b) = (pos[i], pos[j]);
    let d = [b[0] - a[0], b[1] - a[1]];
    let over_x = 2.0 * half_w - d[0].abs();
    let over_y = 2.0 * half_h - d[1].abs();
    if over_x <= 0.0 || over_y <= 0.0 {
        return false;
    }
    let (pi, pj) = (pinned[i], pinned[j]);
    if pi && pj {
        return false;
    }
    // Relative to the card's shape (a layout's spread), or the shorter way out (a screen's
    // cards: mostly up or down, so a fitted map does not grow sideways out of its canvas).
    let coincident = d[0] == 0.0 && d[1] == 0.0;
    let (axis, over) = if coincident {
        // On the same spot: alternate axes, so a pile spreads in two directions.
        if (i + j).is_multiple_of(2) {
            (0, over_x)
        } else {
            (1, over_y)
        }
    } else if (shortest && over_x < over_y) || (!shortest && over_x / half_w < over_y / half_h) {
        (0, over_x)
    } else {
        (1, over_y)
    };
    // No room sideways (a page's edge): apart vertically instead.
    let (axis, over) = match x_range {
        Some((lo, hi))
            if axis == 0
                && (a[0].min(b[0]) - over / 2.0 < lo || a[0].max(b[0]) + over / 2.0 > hi) =>
        {
            (1, over_y)
        }
        _ => (axis, over),
    };
    // Exactly on top of each other: split by index, deterministically.
    let sign = if d[axis] > 0.0 || (d[axis] == 0.0 && i < j) {
        1.0
    } else {
        -1.0
    };
    let push = over + 0.01;
    let (share_i, share_j) = match (pi, pj) {
        (true, _) => (0.0, 1.0),
        (_, true) => (1.0, 0.0),
        _ => (0.5, 0.5),
    };
    pos[i][axis] -= sign * push * share_i;
    pos[j][axis] += sign * push * share_j;
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stacked_cards_come_apart_and_pinned_stay() {
        let mut pos = vec![[0.0, 0.0]; 20];
        let mut pinned = vec![false; 20];
        pinned[3] = true;
        let [half_w, half_h] = [130.0, 65.0];
        assert!(remove_overlaps_sized(&mut pos, &pinned, [half_w, half_h]));
        assert!(
            pos[3][0] == 0.0 && pos[3][1] == 0.0,
            "the pinned card stays exactly"
        );
        for i in 0..pos.len() {
            for j in i + 1..pos.len() {
                let dx = (pos[i][0] - pos[j][0]).abs();
                let dy = (pos[i][1] - pos[j][1]).abs();
                assert!(
                    dx >= 2.0 * half_w || dy >= 2.0 * half_h,
                    "{i} and {j} overlap"
                );
            }
        }
    }
}
