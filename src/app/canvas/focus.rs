//! The focus: what is farther than a number of steps from the selection fades.

use super::{Canvas, EdgeLook};
use crate::model::StakeholderId;

impl Canvas {
    /// Ids of the stakeholders the focus fades (last frame), sorted.
    pub fn faded_ids(&self) -> Vec<StakeholderId> {
        self.scene
            .nodes
            .iter()
            .zip(&self.faded)
            .filter(|(_, f)| **f)
            .map(|(n, _)| n.id.clone())
            .collect()
    }

    pub(super) fn is_faded(&self, i: u32) -> bool {
        self.faded.get(i as usize).copied().unwrap_or(false)
    }

    /// Which stakeholders the focus fades: farther than the depth from the selection.
    pub(super) fn update_fade(&mut self, revision: u64) {
        let (Some(depth), false) = (self.focus_depth, self.selection.stakeholders.is_empty())
        else {
            self.faded.clear();
            self.fade_key = None;
            return;
        };
        let sel: Vec<StakeholderId> = self.selection.stakeholders.iter().cloned().collect();
        let key = (revision, sel, depth);
        if self.fade_key.as_ref() == Some(&key) {
            return;
        }
        let n = self.scene.nodes.len();
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n];
        for e in &self.scene.edges {
            if matches!(e.look, EdgeLook::Relation(_)) {
                adj[e.from as usize].push(e.to as usize);
                adj[e.to as usize].push(e.from as usize);
            }
        }
        let starts: Vec<usize> = key
            .1
            .iter()
            .filter_map(|id| self.scene.index_of.get(id).map(|&i| i as usize))
            .collect();
        self.faded = crate::analysis::steps_from_indices(&adj, &starts, depth)
            .into_iter()
            .map(|s| s.is_none())
            .collect();
        self.fade_key = Some(key);
    }
}
