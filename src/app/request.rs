//! What the panels, the canvas, shortcuts and the workshop ask the app to do, by area. Every
//! part of the editor only reads (`panels::Seen`) and asks for changes here; each area's
//! requests are handled in that area's file (see `dispatch.rs`).

use super::actions::Action;
use super::document::{Command, Lens};
pub use super::file_session::{FileRequest, Pending, PromptAnswer, SaveChoice};

/// What the panels, the canvas, shortcuts and the workshop ask for. Queued during the frame
/// and run in order (`EcomapApp::run_queue`): no panel changes the map or the app's state
/// behind the others' backs.
#[derive(Debug, Clone)]
pub enum Request {
    /// An action of the action table (menu, toolbar, shortcut).
    Do(Action),
    /// An edit of the map: one undo step (`Document::apply`).
    Edit(Command),
    /// Opening, saving, dialogs (`file_session.rs`).
    File(FileRequest),
    /// The answer to a question the file session asked (`file_session.rs`).
    Prompt(PromptAnswer),
    /// What is selected and how the map is shown (`dispatch.rs`).
    View(ViewRequest),
    /// The editor's settings (`dispatch.rs`).
    Setting(SettingRequest),
    /// Scenarios, lenses and actions on findings (`steps.rs`).
    Scenario(ScenarioRequest),
    /// The room's session (`steps.rs`).
    Live(LiveRequest),
}

/// What is selected and how the map is shown.
#[derive(Debug, Clone)]
pub enum ViewRequest {
    /// Fade what is farther than this many steps from the selection (or nothing).
    Focus(Option<usize>),
    /// Select this relation (in the inspector).
    SelectRelation(crate::model::RelationId),
    /// A partner was just added from the entry line: select it, and bring it into view if it
    /// is not.
    Added(crate::model::StakeholderId),
    /// Select these stakeholders and bring them into view.
    Show(Vec<crate::model::StakeholderId>),
    /// The kind a new stakeholder gets (the last one chosen in the inspector).
    NewKind(crate::model::StakeholderKind),
    /// Take the notice away (its ✖).
    DismissNotice,
}

/// The editor's settings, remembered between runs.
#[derive(Debug, Clone)]
pub enum SettingRequest {
    /// The room a presentation is sized for.
    Room(super::room::Room),
    /// The smallest name on the map while editing (points).
    TextSize(f32),
    /// Whether to use the built-in file chooser instead of the system's dialog.
    BuiltinChooser(bool),
    /// Remember the kinds chosen for a spreadsheet's types (type → kind id).
    ImportKinds(std::collections::BTreeMap<String, String>),
}

/// Scenarios, lenses and actions on findings.
#[derive(Debug, Clone)]
pub enum ScenarioRequest {
    /// Show another scenario of the map.
    Switch(crate::model::ScenarioId),
    /// Look at the map through another lens (a comparison, someone's view).
    Lens(Lens),
    /// Ask for a scenario's name (to duplicate or rename the active one).
    AskName(ScenarioAsk),
    /// Add an action on the finding with this rule and these stakeholders, and open it.
    AddAction {
        rule: crate::analysis::Rule,
        stakeholders: Vec<crate::model::StakeholderId>,
    },
}

/// The room's session.
#[derive(Debug, Clone)]
pub enum LiveRequest {
    /// Open (or close) the window that starts a session for the room.
    Ask(bool),
    /// The network interface picked in it.
    Pick(std::net::IpAddr),
    /// Start the session on this interface.
    Start(std::net::IpAddr),
    /// Put the queue's cursor on this proposal.
    Cursor(usize),
    /// Accept (true) or decline this proposal.
    Decide(String, bool),
    /// Decline every waiting proposal, or those of one phone ([`crate::live::Proposal::phone`]).
    DeclineAll(Option<String>),
}

/// What a scenario's name is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScenarioAsk {
    /// A copy of the active scenario, under a new name.
    Duplicate,
    /// A new name for the active scenario.
    Rename,
}
