//! A Barnes–Hut quadtree: repulsion from every card in O(n log n) per step instead of O(n²).
//! Far-away groups of cards act as one mass at their centre; a group is far when its cell is
//! smaller than `THETA` times the distance to it.

/// Accuracy against speed: the usual 0.5–1.0 range; layouts don't need more than this.
const THETA: f32 = 0.9;
/// Cells stop splitting here (cards on nearly the same spot), becoming leaves of many.
const MAX_DEPTH: u32 = 20;

struct Cell {
    /// Centre of mass and mass (number of cards).
    com: [f32; 2],
    mass: f32,
    /// Side length of the square cell.
    size: f32,
    /// Children as indices into `cells`, or `None` for a leaf.
    children: Option<[u32; 4]>,
    /// For a leaf: the range of its cards in `order`.
    range: (u32, u32),
}

pub struct QuadTree {
    cells: Vec<Cell>,
    order: Vec<u32>,
}

impl QuadTree {
    pub fn build(pos: &[[f32; 2]]) -> QuadTree {
        let mut tree = QuadTree {
            cells: Vec::with_capacity(pos.len() * 2),
            order: (0..pos.len() as u32).collect(),
        };
        if pos.is_empty() {
            return tree;
        }
        let (mut min, mut max) = ([f32::MAX; 2], [f32::MIN; 2]);
        for p in pos {
            for a in 0..2 {
                min[a] = min[a].min(p[a]);
                max[a] = max[a].max(p[a]);
            }
        }
        let size = (max[0] - min[0]).max(max[1] - min[1]).max(1.0);
        tree.build_cell(pos, 0, pos.len(), min, size, 0);
        tree
    }

    /// Build the cell over `order[from..to]` with corner `min`; returns its index.
    fn build_cell(
        &mut self,
        pos: &[[f32; 2]],
        from: usize,
        to: usize,
        min: [f32; 2],
        size: f32,
        depth: u32,
    ) -> u32 {
        let me = self.cells.len() as u32;
        let (mut sx, mut sy) = (0.0, 0.0);
        for &i in &self.order[from..to] {
            sx += pos[i as usize][0];
            sy += pos[i as usize][1];
        }
        let mass = (to - from) as f32;
        self.cells.push(Cell {
            com: [sx / mass, sy / mass],
            mass,
            size,
            children: None,
            range: (from as u32, to as u32),
        });
        if to - from <= 1 || depth >= MAX_DEPTH {
            return me;
        }
        let half = size / 2.0;
        let mid = [min[0] + half, min[1] + half];
        // Partition into the quadrants: first by x, then each half by y.
        let split_x = partition(&mut self.order[from..to], |i| pos[i as usize][0] < mid[0]) + from;
        let split_lo = partition(&mut self.order[from..split_x], |i| {
            pos[i as usize][1] < mid[1]
        }) + from;
        let split_hi = partition(&mut self.order[split_x..to], |i| {
            pos[i as usize][1] < mid[1]
        }) + split_x;
        let quads = [
            (from, split_lo, min),
            (split_lo, split_x, [min[0], mid[1]]),
            (split_x, split_hi, [mid[0], min[1]]),
            (split_hi, to, mid),
        ];
        let mut children = [u32::MAX; 4];
        for (k, (a, b, corner)) in quads.into_iter().enumerate() {
            if a < b {
                children[k] = self.build_cell(pos, a, b, corner, half, depth + 1);
            }
        }
        self.cells[me as usize].children = Some(children);
        me
    }

    /// The repulsion on card `i` at `p`: the sum over all other cards of `k2 / d` pointing
    /// away from them.
    ///
    /// With a `range`, the push fades to nothing at distance `range` (Fruchterman and
    /// Reingold's grid variant): cards far away no longer push a card, so parts of the map
    /// and cards on one relation don't drift apart, and whole cells out of range are skipped.
    pub fn repulsion_within(&self, pos: &[[f32; 2]], i: u32, k2: f32, range: f32) -> [f32; 2] {
        let mut force = [0.0f32; 2];
        if self.cells.is_empty() {
            return force;
        }
        let r2 = range * range;
        let p = pos[i as usize];
        let mut stack: Vec<u32> = Vec::with_capacity(64);
        stack.push(0);
        while let Some(c) = stack.pop() {
            let cell = &self.cells[c as usize];
            let v = [p[0] - cell.com[0], p[1] - cell.com[1]];
            let d2 = v[0] * v[0] + v[1] * v[1];
            // Every card of the cell lies within its diagonal of its centre of mass.
            let reach = range + cell.size * std::f32::consts::SQRT_2;
            if d2 > reach * reach {
                continue;
            }
            match cell.children {
                Some(children) if cell.size * cell.size >= THETA * THETA * d2 => {
                    stack.extend(children.into_iter().filter(|&k| k != u32::MAX));
                }
                Some(_) => add(&mut force, v, d2, cell.mass * k2 * fade(d2, r2)),
                None => {
                    for &j in &self.order[cell.range.0 as usize..cell.range.1 as usize] {
                        if j != i {
                            let q = pos[j as usize];
                            let v = [p[0] - q[0], p[1] - q[1]];
                            let d2 = v[0] * v[0] + v[1] * v[1];
                            add(&mut force, v, d2, k2 * fade(d2, r2));
                        }
                    }
                }
            }
        }
        force
    }
}

/// 1 up close, smoothly 0 at and beyond the range (`r2` its square).
fn fade(d2: f32, r2: f32) -> f32 {
    if r2.is_infinite() {
        return 1.0;
    }
    let t = (1.0 - d2 / r2).max(0.0);
    t * t
}

/// `strength / d` along `v / d`, that is `v * strength / d²`.
fn add(force: &mut [f32; 2], v: [f32; 2], d2: f32, strength: f32) {
    let f = strength / d2.max(1.0);
    force[0] += v[0] * f;
    force[1] += v[1] * f;
}

/// Move the items for which `left` holds to the front; returns how many there are.
fn partition(items: &mut [u32], left: impl Fn(u32) -> bool) -> usize {
    let mut k = 0;
    for j in 0..items.len() {
        if left(items[j]) {
            items.swap(k, j);
            k += 1;
        }
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_to_the_exact_sum() {
        let pos: Vec<[f32; 2]> = (0..300)
            .map(|i| {
                let a = i as f32 * 2.4;
                let r = 40.0 * (i as f32).sqrt();
                [r * a.cos(), r * a.sin()]
            })
            .collect();
        let tree = QuadTree::build(&pos);
        for i in [0u32, 17, 299] {
            let approx = tree.repulsion_within(&pos, i, 100.0, f32::INFINITY);
            let mut exact = [0.0f32; 2];
            // The sum of the magnitudes: near the middle the forces cancel out, so the error
            // is measured against what was summed.
            let mut total = 0.0f32;
            for (j, q) in pos.iter().enumerate() {
                if j as u32 != i {
                    let p = pos[i as usize];
                    let v = [p[0] - q[0], p[1] - q[1]];
                    let d2 = v[0] * v[0] + v[1] * v[1];
                    add(&mut exact, v, d2, 100.0);
                    total += 100.0 / d2.sqrt();
                }
            }
            let err = ((approx[0] - exact[0]).powi(2) + (approx[1] - exact[1]).powi(2)).sqrt();
            assert!(err <= 0.03 * total, "card {i}: {approx:?} vs {exact:?}");
        }
    }
}
