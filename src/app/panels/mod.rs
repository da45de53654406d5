//! Panels around the canvas, each in its own file: menu and toolbar, inspector, findings,
//! legend, help, export, find, prompts and the start screen; notices over the canvas.

pub mod actions;
pub mod combo;
pub mod entry;
pub mod export_window;
pub mod find;
pub mod findings;
pub mod help;
pub mod import;
pub mod inspector;
pub mod legend;
pub mod live;
pub mod menu;
pub mod notice;
mod overflow;
pub mod paste;
pub mod presentation;
pub mod prompts;
pub mod scenarios;
mod seen;
pub mod start;
pub mod toolbar;

pub use export_window::{ExportResult, ExportState};
pub use find::Find;
pub use findings::Findings;
pub use help::Help;
pub use inspector::Inspector;

pub use seen::Seen;

/// From this window width (points) on, the toolbar shows every switch and the legend all its
/// rows; below it (a laptop at 1366 or 1280 points, or 1920 pixels at 125–150 %) some switches
/// go into menus and the legend is one line, so the map keeps its height.
pub const WIDE: f32 = 1700.0;

/// The panels' own state: what is typed or open in them. Panels without state are functions
/// of the same shape (`fn ui(ui, &Seen, &mut Vec<Request>)`).
#[derive(Default)]
pub struct Panels {
    /// The quick entry line for partners and relations.
    pub entry: entry::Entry,
    /// A pasted list, before it is added.
    pub paste: paste::PastePrompt,
    /// A spreadsheet read, before it is imported.
    pub import: import::ImportPrompt,
    pub find: Find,
    pub help: Help,
    pub inspector: Inspector,
    pub findings: Findings,
    pub actions: actions::ActionsPanel,
    /// Asking for a scenario's name.
    pub scenario_prompt: scenarios::NamePrompt,
}
