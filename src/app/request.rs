//! What the panels, the canvas, shortcuts and the workshop ask the app to do. Every part of
//! the editor only reads the document and its own state, and asks for changes here.

use std::path::PathBuf;

use super::actions::Action;
use super::document::Command;

/// What the panels, the canvas, shortcuts and the workshop ask for. Queued during the frame
/// and run in order, in one `match` (`EcomapApp::run_queue`): no panel changes the map or
/// the app's state behind the others' backs.
#[derive(Debug, Clone)]
pub enum Request {
    /// An action of the action table (menu, toolbar, shortcut).
    Do(Action),
    /// An edit of the map: one undo step.
    Apply(Command),
    /// Ask about unsaved changes first, then go on.
    Guard(Pending),
    /// Open a map file (the start screen, where nothing open can be lost).
    Open(PathBuf),
    /// Fade what is farther than this many steps from the selection (or nothing).
    Focus(Option<usize>),
    /// Select this relation (in the inspector).
    SelectRelation(crate::model::RelationId),
    /// The kind a new stakeholder gets (the last one chosen in the inspector).
    NewKind(crate::model::StakeholderKind),
    /// Select these stakeholders and bring them into view.
    Show(Vec<crate::model::StakeholderId>),
    /// Ask where to export the picture (suggesting this file name), then export it.
    ExportTo(String),
    /// Open one of the built-in sample maps (`panels::SAMPLES`), as a new unsaved map.
    Sample(usize),
    /// The answer to "save changes?".
    Unsaved(PromptAnswer),
    /// After a crash: restore the work found (or throw it away).
    Recovery(bool),
    /// Take the notice away (its ✖).
    DismissNotice,
    /// The file changed on disk while nothing was edited here: load it (or keep this one).
    Reload(bool),
    /// What to do about a file someone else changed, before a save replaces it.
    Conflict(super::conflict::Choice),
    /// The room a presentation is sized for.
    Room(super::room::Room),
    /// The smallest name on the map while editing (points).
    TextSize(f32),
    /// Whether to use the built-in file chooser instead of the system's dialog.
    BuiltinChooser(bool),
    /// Show another scenario of the map.
    Scenario(crate::model::ScenarioId),
    /// Look at the map through another lens (a comparison, someone's view).
    Lens(super::document::Lens),
    /// Ask for a scenario's name (to duplicate or rename the active one).
    AskScenarioName(ScenarioAsk),
    /// Add an action on the finding with this rule and these stakeholders, and open it.
    AddAction {
        rule: crate::analysis::Rule,
        stakeholders: Vec<crate::model::StakeholderId>,
    },
    /// Open (or close) the window that starts a session for the room.
    LiveAsk(bool),
    /// The network interface picked in it.
    LivePick(std::net::IpAddr),
    /// Start the session on this interface.
    LiveStart(std::net::IpAddr),
    /// Put the queue's cursor on this proposal.
    LiveCursor(usize),
    /// Accept (true) or decline this proposal.
    LiveDecide(String, bool),
}

/// What a scenario's name is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScenarioAsk {
    /// A copy of the active scenario, under a new name.
    Duplicate,
    /// A new name for the active scenario.
    Rename,
}

/// The answer to "save changes?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptAnswer {
    Save,
    Discard,
    Cancel,
}

/// Something waiting for the answer to "save changes?".
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    New,
    Open,
    OpenPath(PathBuf),
    StartScreen,
    Close,
}
