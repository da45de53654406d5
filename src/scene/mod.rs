//! What the map looks like, before any drawing: cards and relation curves in map units, with the
//! analysis overlay (mutual dependencies, loops, blocked schotten, missing collaboration) and
//! parallel relations bent apart. Shared by the canvas and the exporter, so a report looks like
//! the screen. No egui.
//!
//! Every decision about the picture is made here, once, for both back ends: how each name
//! breaks and how big its card grows ([`crate::card`], [`crate::text`]: below the scene, so the
//! layouts size cards the same way), how each relation is bent around cards that
//! are not its own ([`route`]), and where each relation label goes, or which numbered note it
//! becomes ([`labels`]). [`legibility`] counts what would still be wrong. The back ends draw in
//! this order: zones, relations, labels, cards, names: nothing is drawn over a name.

pub mod compare;
pub mod detour;
pub mod draw;
pub mod labels;
pub mod legend;
pub mod legibility;
pub mod route;

use std::collections::{HashMap, HashSet};

use emath::{Rect, Vec2};

use crate::analysis::{Analysis, Rule};
use crate::card::{self, FRAME_MARGIN};
use crate::geometry::{Curve, Grid, Path};
use crate::model::{Map, RelationId, RelationKind, StakeholderId, StakeholderKind};
use crate::style;

// A scene is built at a typography and its names are broken into lines: the back ends (the
// canvas, the export) find both here.
pub use crate::card::{Frame, Typography};
pub use crate::text;
pub use compare::{Change, Marks};
pub use labels::{LabelGeom, Note};

#[derive(Debug, Default)]
pub struct Scene {
    /// Sorted by id: the drawing order.
    pub nodes: Vec<NodeGeom>,
    pub index_of: HashMap<StakeholderId, u32>,
    pub edges: Vec<EdgeGeom>,
    /// Union of all cards, `None` for an empty map.
    pub bounds: Option<Rect>,
    /// Relation labels placed in free space.
    pub labels: Vec<LabelGeom>,
    /// Relation labels that found no free space: numbered, listed beside the map.
    pub notes: Vec<Note>,
    pub typography: Typography,
}

#[derive(Debug)]
pub struct NodeGeom {
    pub id: StakeholderId,
    pub name: String,
    pub kind: StakeholderKind,
    /// The card: at least the typography's card, taller for a long name.
    pub rect: Rect,
    /// The name, broken into lines that fit the card.
    pub lines: Vec<text::Line>,
    /// Member of a dependency loop.
    pub in_loop: bool,
    /// As written; empty for none.
    pub domain: String,
    pub pinned: bool,
    /// Came or left, in a comparison.
    pub change: Option<Change>,
    /// Where the map has the card's centre (before crowded cards were moved apart).
    pub home: emath::Pos2,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum EdgeLook {
    Relation(RelationKind),
    /// A ghost connector where collaboration is missing.
    Missing,
}

#[derive(Debug)]
pub struct EdgeGeom {
    /// Relation id; `None` for ghosts.
    pub id: Option<RelationId>,
    pub look: EdgeLook,
    pub from: u32,
    pub to: u32,
    /// Sideways bend in map units (see `style::bend`), relative to `from` → `to`.
    pub bend: f32,
    /// How far the bend's peak slides along the relation (map units, towards `to`): set by
    /// the router when a symmetric bend cannot clear the cards in the way.
    pub slide: f32,
    /// A detour's corners (map units, from `from` to `to`), set by the router when no arc
    /// keeps the relation off the cards in its way; empty for an arc.
    pub via: Vec<emath::Pos2>,
    /// How round the detour's corners are (map units).
    pub round: f32,
    pub label: String,
    /// A mutual dependency's arrow.
    pub accent: bool,
    /// A schot that blocks a dependency.
    pub warning: bool,
    /// Marked contested: drawn lighter, with a "?".
    pub contested: bool,
    /// Added, removed (a ghost) or changed, in a comparison.
    pub change: Option<Change>,
}

impl Scene {
    /// The scene at zoom 1 (the default typography).
    pub fn build(map: &Map, analysis: &Analysis) -> Scene {
        Scene::build_with(map, analysis, &Typography::default())
    }

    pub fn build_with(map: &Map, analysis: &Analysis, typography: &Typography) -> Scene {
        Scene::build_marked(map, analysis, typography, &Marks::default())
    }

    /// [`Scene::build_with`], with a comparison's marks on cards and relations.
    pub fn build_marked(
        map: &Map,
        analysis: &Analysis,
        typography: &Typography,
        marks: &Marks,
    ) -> Scene {
        // Stable drawing order: by id, so overlapping cards don't flicker between frames.
        let stakeholders = map.stakeholders_sorted();
        // Members of a dependency loop, once (asking the analysis per card went through every
        // loop for every card: quadratic on big maps).
        let looped: HashSet<&str> = analysis
            .dependency_loops
            .iter()
            .flatten()
            .map(StakeholderId::as_str)
            .collect();
        let nodes: Vec<NodeGeom> = stakeholders
            .iter()
            .map(|s| {
                let (rect, lines) = card::fit(&s.name, s.x, s.y, typography);
                NodeGeom {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    kind: s.kind,
                    rect,
                    lines,
                    in_loop: looped.contains(s.id.as_str()),
                    domain: s.domain.clone(),
                    pinned: s.pinned,
                    change: marks.stakeholders.get(&s.id).copied(),
                    home: emath::pos2(s.x as f32, s.y as f32),
                }
            })
            .collect();
        let mut nodes = nodes;
        if typography.separate {
            let mut rects: Vec<Rect> = nodes.iter().map(|n| n.rect).collect();
            separate(&mut rects, typography);
            for (n, r) in nodes.iter_mut().zip(rects) {
                n.rect = r;
            }
        }
        let index_of: HashMap<StakeholderId, u32> = nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.clone(), i as u32))
            .collect();

        let blocked: HashSet<(u32, u32)> = analysis
            .findings
            .iter()
            .filter(|f| f.rule == Rule::SchotBlocksDependency)
            .filter_map(|f| pair_of(&index_of, &f.stakeholders))
            .collect();
        let mut ghosts: Vec<(u32, u32)> = analysis
            .findings
            .iter()
            .filter(|f| {
                matches!(
                    f.rule,
                    Rule::InterdependentWithoutCollaboration
                        | Rule::SharedInterestWithoutCollaboration
                        | Rule::CrossDomainDependencyWithoutCollaboration
                )
            })
            .filter_map(|f| pair_of(&index_of, &f.stakeholders))
            .collect();
        ghosts.sort_unstable();
        ghosts.dedup();

        // Group relations (and ghosts) by unordered pair so parallel ones are drawn apart.
        let mut by_pair: HashMap<(u32, u32), Vec<EdgeGeom>> = HashMap::new();
        for r in map.relations_sorted() {
            let (Some(&a), Some(&b)) = (index_of.get(&r.from), index_of.get(&r.to)) else {
                continue;
            };
            let key = (a.min(b), a.max(b));
            by_pair.entry(key).or_default().push(EdgeGeom {
                id: Some(r.id.clone()),
                label: r.label.clone(),
                accent: r.kind == RelationKind::Dependency && analysis.is_mutual(&r.from, &r.to),
                warning: r.kind == RelationKind::Schot && blocked.contains(&key),
                contested: r.is_contested(),
                change: marks.relations.get(&r.id).copied(),
                ..EdgeGeom::new(EdgeLook::Relation(r.kind), a, b)
            });
        }
        for (a, b) in ghosts {
            by_pair
                .entry((a, b))
                .or_default()
                .push(EdgeGeom::new(EdgeLook::Missing, a, b));
        }
        let mut pairs: Vec<((u32, u32), Vec<EdgeGeom>)> = by_pair.into_iter().collect();
        pairs.sort_unstable_by_key(|(k, _)| *k);
        let mut edges = Vec::new();
        for ((lo, _), mut group) in pairs {
            let n = group.len();
            for (i, e) in group.iter_mut().enumerate() {
                // Bend is measured relative to the lo → hi direction, whatever the arrow's.
                let b = style::bend(i, n);
                e.bend = if e.from == lo { b } else { -b };
            }
            edges.extend(group);
        }
        let rects: Vec<Rect> = nodes.iter().map(|n| n.rect).collect();
        let grid = Grid::build(&rects, card_cell(typography));
        let bounds = rects.iter().copied().reduce(Rect::union);
        let margin = FRAME_MARGIN * typography.card.y;
        let frame = match (typography.frame, bounds) {
            (Frame::AroundCards, Some(b)) => Some(b.expand(2.0 * margin)),
            (Frame::Page(w), Some(b)) => {
                let half = w.max(b.width()) / 2.0;
                Some(Rect::from_min_max(
                    emath::pos2(b.center().x - half, b.min.y - margin),
                    emath::pos2(b.center().x + half, b.max.y + margin),
                ))
            }
            _ => None,
        };
        if typography.route {
            route::route(
                &rects,
                &mut edges,
                &grid,
                &route::Limits {
                    frame,
                    reach: typography.reach(),
                    step: typography.card.y,
                    budget: if matches!(typography.frame, Frame::Page(_)) {
                        detour::PAGE_BUDGET
                    } else {
                        detour::BUDGET
                    },
                },
            );
        }
        let mut scene = Scene {
            bounds,
            nodes,
            index_of,
            edges,
            labels: Vec::new(),
            notes: Vec::new(),
            typography: *typography,
        };
        labels::place(&mut scene, &grid, &[], frame);
        scene
    }

    /// The path of edge `e` as placed (map units).
    pub fn path(&self, e: &EdgeGeom) -> Path {
        e.path(
            self.nodes[e.from as usize].rect,
            self.nodes[e.to as usize].rect,
            |p| p,
            1.0,
        )
    }

    /// Everything drawn: cards, relations (with room for arrowheads and halos), labels and
    /// note markers. `None` for an empty map.
    pub fn content_bounds(&self) -> Option<Rect> {
        let mut b = self.bounds?;
        let reach = self.typography.reach();
        for e in &self.edges {
            let c = self.path(e);
            for p in c.points(16) {
                b = b.union(Rect::from_center_size(p, Vec2::splat(2.0 * reach)));
            }
        }
        for l in &self.labels {
            b = b.union(l.rect);
        }
        for n in &self.notes {
            if let Some(m) = n.marker {
                b = b.union(m);
            }
        }
        Some(b)
    }
}

/// Cards that overlap moved apart, as little as it takes, each by its centre: the footprint
/// of every card is the card itself plus a small gap, or the typography's `stretch` where
/// that is more (so a relation between any two cards shows at least that much line: boxes
/// that far apart on one axis leave that much of the line between them outside both).
/// Each card keeps its own footprint: one long name (a tall card) no longer spreads the whole
/// map as if every card were that tall.
pub fn separate(rects: &mut [Rect], t: &Typography) {
    let gap = (0.15 * t.card.y).max(t.stretch);
    let near = |r: &Rect| r.expand(0.5 * t.stretch);
    let grown: Vec<Rect> = rects.iter().map(near).collect();
    if crate::geometry::overlapping_pairs(&grown, 0.5, 1).is_empty() {
        return;
    }
    let mut pos: Vec<[f32; 2]> = rects.iter().map(|r| [r.center().x, r.center().y]).collect();
    let halves: Vec<[f32; 2]> = rects
        .iter()
        .map(|r| {
            [
                f32::midpoint(r.width(), gap),
                f32::midpoint(r.height(), gap),
            ]
        })
        .collect();
    if t.shortest {
        card::remove_overlaps_shortest(&mut pos, &halves);
    } else {
        let pinned = vec![false; pos.len()];
        card::remove_overlaps_each(&mut pos, &pinned, &halves, None);
    }
    for (r, p) in rects.iter_mut().zip(pos) {
        *r = Rect::from_center_size(emath::pos2(p[0], p[1]), r.size());
    }
}

/// A grid cell about a card's size.
fn card_cell(t: &Typography) -> f32 {
    t.card.x.max(t.card.y) * 1.2
}

impl EdgeGeom {
    /// A relation (or ghost) of this look between cards `from` and `to`: straight, unlabelled,
    /// unmarked, until the scene and the router say otherwise.
    pub fn new(look: EdgeLook, from: u32, to: u32) -> EdgeGeom {
        EdgeGeom {
            id: None,
            look,
            from,
            to,
            bend: 0.0,
            slide: 0.0,
            via: Vec::new(),
            round: 0.0,
            label: String::new(),
            accent: false,
            warning: false,
            contested: false,
            change: None,
        }
    }

    /// Run along `way` (corners from card `lo` towards the other end) instead of an arc.
    pub fn take_way(&mut self, mut way: Vec<emath::Pos2>, round: f32, lo: u32) {
        if self.from != lo {
            way.reverse();
        }
        self.via = way;
        self.round = round;
        self.bend = 0.0;
        self.slide = 0.0;
    }

    /// Its path between cards `a` (its `from`) and `b` (its `to`), both already placed by
    /// `place` (map units to output units, `scale` per map unit): bends are scaled, detour
    /// corners placed.
    pub fn path(
        &self,
        a: Rect,
        b: Rect,
        place: impl Fn(emath::Pos2) -> emath::Pos2,
        scale: f32,
    ) -> Path {
        if self.via.is_empty() {
            Curve::between_slid(a, b, self.bend * scale, self.slide * scale).into()
        } else {
            let via: Vec<emath::Pos2> = self.via.iter().map(|p| place(*p)).collect();
            Path::through(a, &via, b, self.round * scale)
        }
    }
}

fn pair_of(index_of: &HashMap<StakeholderId, u32>, ids: &[StakeholderId]) -> Option<(u32, u32)> {
    let a = *index_of.get(ids.first()?)?;
    let b = *index_of.get(ids.get(1)?)?;
    Some((a.min(b), a.max(b)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::test_ids::{rid, sid};
    use crate::model::{Relation, Stakeholder};

    #[test]
    fn parallel_relations_bend_apart_and_overlay_marks() {
        let mut m = Map::new("t");
        for (id, x) in [("a", 0.0), ("b", 400.0)] {
            m.add_stakeholder(Stakeholder::new(
                sid(id),
                id,
                StakeholderKind::Other,
                x,
                0.0,
            ))
            .unwrap();
        }
        m.add_relation(Relation::new(
            rid("r1"),
            RelationKind::Dependency,
            sid("a"),
            sid("b"),
        ))
        .unwrap();
        m.add_relation(Relation::new(
            rid("r2"),
            RelationKind::Dependency,
            sid("b"),
            sid("a"),
        ))
        .unwrap();
        m.add_relation(Relation::new(
            rid("r3"),
            RelationKind::Schot,
            sid("a"),
            sid("b"),
        ))
        .unwrap();
        let s = Scene::build(&m, &crate::analysis::analyze(&m));
        // Three relations and one ghost (interdependent without collaboration).
        assert_eq!(s.edges.len(), 4);
        assert!(s.edges.iter().any(|e| e.look == EdgeLook::Missing));
        let mut bends: Vec<i32> = s
            .edges
            .iter()
            .map(|e| (if e.from < e.to { e.bend } else { -e.bend }) as i32)
            .collect();
        bends.sort_unstable();
        bends.dedup();
        assert_eq!(bends.len(), 4, "every one bent differently: {bends:?}");
        assert!(s.edges.iter().filter(|e| e.accent).count() == 2);
        assert!(s.edges.iter().any(|e| e.warning));
        assert!(s.nodes.iter().all(|n| n.in_loop));
    }
}
