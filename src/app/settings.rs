//! Settings remembered between sessions, and how maps are shown (the same for every map).

use std::collections::BTreeSet;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::model::RelationKind;

use super::room;

/// Settings remembered between sessions.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub lang: Option<Lang>,
    pub dark: bool,
    pub ui_zoom: f32,
    pub recent: Vec<PathBuf>,
    /// The smallest name on the canvas while editing, and while presenting (points).
    pub text_size: f32,
    pub present_text_size: f32,
    /// The room a presentation is for: names are made big enough for its back row.
    pub room: room::Room,
    pub high_contrast: bool,
    /// Use the built-in file chooser instead of the system's dialog.
    pub builtin_file_chooser: bool,
    /// The kinds chosen for a spreadsheet's types at an import (`type=kind` parts, lower
    /// case): offered again at the next.
    pub import_kinds: std::collections::BTreeMap<String, String>,
    /// How maps are shown: the same for every map.
    #[serde(flatten)]
    pub view: ViewOptions,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: None,
            dark: false,
            ui_zoom: 1.0,
            recent: Vec::new(),
            text_size: crate::style::MIN_SCREEN_TEXT,
            present_text_size: 22.0,
            room: room::Room::default(),
            high_contrast: false,
            builtin_file_chooser: false,
            import_kinds: std::collections::BTreeMap::new(),
            view: ViewOptions::default(),
        }
    }
}

/// How maps are shown and drawn on: the same for every map (opening another keeps them), and
/// remembered between sessions. The canvas reads them every frame; only actions change them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ViewOptions {
    /// Where partners depend on each other and where integration is missing, on the map.
    pub show_analysis: bool,
    /// Soft zones behind stakeholders that share a domain.
    pub zones: bool,
    /// Relation kinds not drawn.
    pub hidden: BTreeSet<RelationKind>,
    /// The kind a new relation gets (keys 1–4).
    pub relation_kind: RelationKind,
}

impl Default for ViewOptions {
    fn default() -> Self {
        ViewOptions {
            show_analysis: true,
            zones: false,
            hidden: BTreeSet::new(),
            relation_kind: RelationKind::Dependency,
        }
    }
}
