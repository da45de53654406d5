//! Free space for a new card: the spot nearest to where the room's attention is (the partner
//! added last, or the one selected) where a card of the given size overlaps no other card.

use emath::{Pos2, Rect, Vec2, pos2, vec2};

/// Where new cards go: the cards there are (map units), the spot to start from, a new card's
/// size and the room to keep between cards.
pub struct Room {
    pub taken: Vec<Rect>,
    pub anchor: Pos2,
    pub size: Vec2,
    pub gap: f32,
}

/// The centre nearest to `near` where a card of `size` (map units), kept `gap` clear of every
/// rect in `taken`, fits. Tried on rings of spots around `near`, the ring's spots in order from
/// the right-hand one (the room reads left to right) round; a card that fits at `near` itself
/// stays there. Always returns a spot: far enough out, every ring is free.
pub fn free_spot(taken: &[Rect], near: Pos2, size: Vec2, gap: f32) -> Pos2 {
    free_spot_toward(taken, near, near, size, gap)
}

/// Like [`free_spot`], and among the free spots as near to `near`, the one nearest `toward`
/// (the map's middle): cards added one after another gather round instead of running off in a
/// row.
pub fn free_spot_toward(taken: &[Rect], near: Pos2, toward: Pos2, size: Vec2, gap: f32) -> Pos2 {
    let fits = |c: Pos2| {
        // Cards a gap apart may touch the gap's edge (a grid step is a card plus the gap).
        let r = Rect::from_center_size(c, size).expand(gap * 0.99);
        !taken.iter().any(|t| t.intersects(r))
    };
    if fits(near) {
        return near;
    }
    // A step of a card plus the gap sideways, and of its height plus the gap up and down: the
    // first ring holds the eight neighbouring places of a grid.
    let step = vec2(size.x + gap, size.y + gap);
    let Some(reach) = taken
        .iter()
        .map(|t| {
            let d = (t.center() - near).abs() + t.size() / 2.0;
            (d.x / step.x).max(d.y / step.y).ceil() as i32 + 2
        })
        .max()
    else {
        return near;
    };
    for ring in 1..=reach.max(1) {
        let mut best: Option<(f32, Pos2)> = None;
        for (dx, dy) in ring_cells(ring) {
            let c = near + vec2(dx as f32 * step.x, dy as f32 * step.y);
            if fits(c) {
                // Nearest in grid steps first (the four sides before the corners); on a tie the
                // one to the right, then below: the room reads on from the last card.
                let pull = ((c - toward) / step).length_sq();
                let d =
                    (dx * dx + dy * dy) as f32 + 0.25 * pull - dx as f32 * 1e-3 - dy as f32 * 1e-6;
                if best.is_none_or(|(b, _)| d < b) {
                    best = Some((d, c));
                }
            }
        }
        if let Some((_, c)) = best {
            return c;
        }
    }
    // Past every card: the ring beyond the farthest one is empty.
    near + vec2((reach + 1) as f32 * step.x, 0.0)
}

/// The cells of the square ring `r` steps out from the centre.
fn ring_cells(r: i32) -> impl Iterator<Item = (i32, i32)> {
    (-r..=r).flat_map(move |dy| {
        (-r..=r).filter_map(move |dx| (dx.abs() == r || dy.abs() == r).then_some((dx, dy)))
    })
}

/// The centre of the map's cards' bounding box, or the origin for a map without cards: where a
/// first partner goes when nothing is selected.
pub fn middle(taken: &[Rect]) -> Pos2 {
    taken
        .iter()
        .copied()
        .reduce(Rect::union)
        .map_or(pos2(0.0, 0.0), |r| r.center())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZE: Vec2 = vec2(180.0, 64.0);

    #[test]
    fn an_empty_spot_is_kept_and_a_taken_one_moves_to_the_nearest_free_one() {
        assert_eq!(
            free_spot(&[], pos2(10.0, 20.0), SIZE, 20.0),
            pos2(10.0, 20.0)
        );
        let card = Rect::from_center_size(pos2(0.0, 0.0), SIZE);
        let p = free_spot(&[card], pos2(0.0, 0.0), SIZE, 20.0);
        let placed = Rect::from_center_size(p, SIZE);
        assert!(!placed.expand(19.9).intersects(card), "{p:?} overlaps");
        // The nearest ring: right beside it, to the right.
        assert_eq!(p, pos2(200.0, 0.0));
    }

    #[test]
    fn in_a_crowd_the_card_never_lands_on_another_and_stays_near() {
        // A 7×7 block of cards around the spot wanted, with odd sizes (long names).
        let mut taken = Vec::new();
        for gy in -3..=3 {
            for gx in -3..=3 {
                let w = 150.0 + ((gx * 7 + gy * 3_i32).rem_euclid(5) as f32) * 30.0;
                taken.push(Rect::from_center_size(
                    pos2(gx as f32 * 230.0, gy as f32 * 100.0),
                    vec2(w, 60.0),
                ));
            }
        }
        for near in [pos2(0.0, 0.0), pos2(115.0, 50.0), pos2(-500.0, 260.0)] {
            let p = free_spot(&taken, near, SIZE, 12.0);
            let r = Rect::from_center_size(p, SIZE).expand(11.9);
            assert!(taken.iter().all(|t| !t.intersects(r)), "{p:?} overlaps");
            assert!((p - near).length() < 1500.0, "{p:?} is far from {near:?}");
        }
    }

    #[test]
    fn cards_added_one_after_another_gather_round() {
        let size = SIZE;
        let mut taken = vec![Rect::from_center_size(pos2(0.0, 0.0), size)];
        let mut last = pos2(0.0, 0.0);
        for _ in 0..12 {
            let middle = super::middle(&taken);
            last = free_spot_toward(&taken, last, middle, size, 20.0);
            taken.push(Rect::from_center_size(last, size));
        }
        let all = taken.iter().copied().reduce(Rect::union).unwrap();
        // Thirteen cards in a block about four wide, not a row of thirteen.
        assert!(all.width() < 6.0 * (size.x + 20.0), "{all:?}");
        assert!(all.height() > 2.0 * (size.y + 20.0), "{all:?}");
    }

    #[test]
    fn the_middle_of_nothing_is_the_origin() {
        assert_eq!(middle(&[]), pos2(0.0, 0.0));
        let a = Rect::from_min_max(pos2(0.0, 0.0), pos2(10.0, 10.0));
        let b = Rect::from_min_max(pos2(90.0, 0.0), pos2(100.0, 10.0));
        assert_eq!(middle(&[a, b]), pos2(50.0, 5.0));
    }
}
