//! One table of user actions: label, tooltip and keyboard shortcut. Menus, toolbar, shortcut
//! handling and the help overlay all read it.
//!
//! Long: one row per action (a label in two languages, one or two shortcuts) and the test that
//! the table is complete.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::text::{self, Text};
use crate::lang::Lang;
use crate::model::RelationKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    New,
    Open,
    Save,
    SaveAs,
    Undo,
    Redo,
    Delete,
    Find,
    Export,
    Fit,
    RelationKind(RelationKind),
    ConnectMode,
    ToggleAnalysis,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ToggleTheme,
    ToggleLanguage,
    Present,
    FullScreen,
    Focus,
    NextFinding,
    PrevFinding,
    WalkParts,
    ToggleKind(RelationKind),
    Zones,
    Tidy,
    Onion,
    Pin,
    HighContrast,
    NextScenario,
    PrevScenario,
    DuplicateScenario,
    RenameScenario,
    DeleteScenario,
    Compare,
    ReportPack,
    AddAction,
    RoomJoin,
    ShowCode,
    AcceptProposal,
    NextProposal,
    PrevProposal,
    Help,
    Cancel,
}

#[derive(Debug, Clone, Copy)]
pub struct ActionInfo {
    pub action: Action,
    /// The label in menus, tooltips and the help.
    pub label: Text,
    pub shortcut: Option<KeyboardShortcut>,
    /// A second shortcut (Ctrl+Y for redo, ? for help).
    pub alt: Option<KeyboardShortcut>,
    /// Plain-key shortcuts only fire while no text field has focus.
    pub plain: bool,
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};
const NONE: Modifiers = Modifiers::NONE;

#[allow(clippy::unnecessary_wraps)] // Reads as a table: `sc(…)` or `None`.
const fn sc(m: Modifiers, k: Key) -> Option<KeyboardShortcut> {
    Some(KeyboardShortcut::new(m, k))
}

const fn info(
    action: Action,
    label: Text,
    shortcut: Option<KeyboardShortcut>,
    alt: Option<KeyboardShortcut>,
    plain: bool,
) -> ActionInfo {
    ActionInfo {
        action,
        label,
        shortcut,
        alt,
        plain,
    }
}

/// Every action, in the order the help overlay lists them (and shortcuts are tried).
pub const ACTIONS: &[ActionInfo] = &[
    row(Action::New),
    row(Action::Open),
    row(Action::Save),
    row(Action::SaveAs),
    // Redo before undo: Ctrl+Shift+Z must not be taken by Ctrl+Z.
    row(Action::Redo),
    row(Action::Undo),
    row(Action::Delete),
    row(Action::Find),
    row(Action::Export),
    row(Action::Fit),
    row(Action::RelationKind(RelationKind::Dependency)),
    row(Action::RelationKind(RelationKind::Interest)),
    row(Action::RelationKind(RelationKind::Schot)),
    row(Action::RelationKind(RelationKind::Collaboration)),
    row(Action::ConnectMode),
    row(Action::ToggleAnalysis),
    row(Action::ZoomIn),
    row(Action::ZoomOut),
    row(Action::ZoomReset),
    row(Action::ToggleTheme),
    row(Action::ToggleLanguage),
    row(Action::Present),
    row(Action::FullScreen),
    row(Action::Focus),
    row(Action::NextFinding),
    row(Action::WalkParts),
    row(Action::PrevFinding),
    row(Action::ToggleKind(RelationKind::Dependency)),
    row(Action::ToggleKind(RelationKind::Interest)),
    row(Action::ToggleKind(RelationKind::Schot)),
    row(Action::ToggleKind(RelationKind::Collaboration)),
    row(Action::Zones),
    row(Action::Tidy),
    row(Action::Onion),
    row(Action::Pin),
    row(Action::HighContrast),
    row(Action::NextScenario),
    row(Action::PrevScenario),
    row(Action::DuplicateScenario),
    row(Action::RenameScenario),
    row(Action::DeleteScenario),
    row(Action::Compare),
    row(Action::ReportPack),
    row(Action::AddAction),
    row(Action::RoomJoin),
    row(Action::ShowCode),
    row(Action::AcceptProposal),
    row(Action::NextProposal),
    row(Action::PrevProposal),
    row(Action::Help),
    row(Action::Cancel),
];

/// The table row of every action: a `match` with no fallback, so a new action does not compile
/// until it has its label, tooltip and shortcut.
pub const fn row(action: Action) -> ActionInfo {
    match action {
        Action::New => info(Action::New, text::ACTION_NEW, sc(CMD, Key::N), None, false),
        Action::Open => info(
            Action::Open,
            text::ACTION_OPEN,
            sc(CMD, Key::O),
            None,
            false,
        ),
        Action::Save => info(
            Action::Save,
            text::ACTION_SAVE,
            sc(CMD, Key::S),
            None,
            false,
        ),
        Action::SaveAs => info(
            Action::SaveAs,
            text::ACTION_SAVE_AS,
            sc(CMD_SHIFT, Key::S),
            None,
            false,
        ),
        Action::Redo => info(
            Action::Redo,
            text::ACTION_REDO,
            sc(CMD_SHIFT, Key::Z),
            sc(CMD, Key::Y),
            false,
        ),
        Action::Undo => info(
            Action::Undo,
            text::ACTION_UNDO,
            sc(CMD, Key::Z),
            None,
            false,
        ),
        Action::Delete => info(
            Action::Delete,
            text::ACTION_DELETE,
            sc(NONE, Key::Delete),
            sc(NONE, Key::Backspace),
            true,
        ),
        Action::Find => info(
            Action::Find,
            text::ACTION_FIND,
            sc(CMD, Key::F),
            None,
            false,
        ),
        Action::Export => info(
            Action::Export,
            text::ACTION_EXPORT,
            sc(CMD, Key::E),
            None,
            false,
        ),
        Action::Fit => info(Action::Fit, text::ACTION_FIT, sc(NONE, Key::F), None, true),
        Action::RelationKind(RelationKind::Dependency) => info(
            Action::RelationKind(RelationKind::Dependency),
            text::ACTION_RELATION_KIND_DEPENDENCY,
            sc(NONE, Key::Num1),
            None,
            true,
        ),
        Action::RelationKind(RelationKind::Interest) => info(
            Action::RelationKind(RelationKind::Interest),
            text::ACTION_RELATION_KIND_INTEREST,
            sc(NONE, Key::Num2),
            None,
            true,
        ),
        Action::RelationKind(RelationKind::Schot) => info(
            Action::RelationKind(RelationKind::Schot),
            text::ACTION_RELATION_KIND_SCHOT,
            sc(NONE, Key::Num3),
            None,
            true,
        ),
        Action::RelationKind(RelationKind::Collaboration) => info(
            Action::RelationKind(RelationKind::Collaboration),
            text::ACTION_RELATION_KIND_COLLABORATION,
            sc(NONE, Key::Num4),
            None,
            true,
        ),
        Action::ConnectMode => info(
            Action::ConnectMode,
            text::ACTION_CONNECT_MODE,
            sc(NONE, Key::C),
            None,
            true,
        ),
        Action::ToggleAnalysis => info(
            Action::ToggleAnalysis,
            text::ACTION_TOGGLE_ANALYSIS,
            sc(NONE, Key::A),
            None,
            true,
        ),
        Action::ZoomIn => info(
            Action::ZoomIn,
            text::ACTION_ZOOM_IN,
            sc(CMD, Key::Equals),
            sc(CMD, Key::Plus),
            false,
        ),
        Action::ZoomOut => info(
            Action::ZoomOut,
            text::ACTION_ZOOM_OUT,
            sc(CMD, Key::Minus),
            None,
            false,
        ),
        Action::ZoomReset => info(
            Action::ZoomReset,
            text::ACTION_ZOOM_RESET,
            sc(CMD, Key::Num0),
            None,
            false,
        ),
        Action::ToggleTheme => info(
            Action::ToggleTheme,
            text::ACTION_TOGGLE_THEME,
            None,
            None,
            false,
        ),
        Action::ToggleLanguage => info(
            Action::ToggleLanguage,
            text::ACTION_TOGGLE_LANGUAGE,
            None,
            None,
            false,
        ),
        Action::Present => info(
            Action::Present,
            text::ACTION_PRESENT,
            sc(NONE, Key::F5),
            None,
            false,
        ),
        Action::FullScreen => info(
            Action::FullScreen,
            text::ACTION_FULL_SCREEN,
            sc(NONE, Key::F11),
            None,
            false,
        ),
        Action::Focus => info(
            Action::Focus,
            text::ACTION_FOCUS,
            sc(NONE, Key::G),
            None,
            true,
        ),
        Action::NextFinding => info(
            Action::NextFinding,
            text::ACTION_NEXT_FINDING,
            sc(NONE, Key::ArrowRight),
            sc(NONE, Key::PageDown),
            true,
        ),
        Action::WalkParts => info(
            Action::WalkParts,
            text::ACTION_WALK_PARTS,
            sc(NONE, Key::D),
            None,
            true,
        ),
        Action::PrevFinding => info(
            Action::PrevFinding,
            text::ACTION_PREV_FINDING,
            sc(NONE, Key::ArrowLeft),
            sc(NONE, Key::PageUp),
            true,
        ),
        Action::ToggleKind(RelationKind::Dependency) => info(
            Action::ToggleKind(RelationKind::Dependency),
            text::ACTION_TOGGLE_KIND_DEPENDENCY,
            sc(CMD, Key::Num1),
            None,
            false,
        ),
        Action::ToggleKind(RelationKind::Interest) => info(
            Action::ToggleKind(RelationKind::Interest),
            text::ACTION_TOGGLE_KIND_INTEREST,
            sc(CMD, Key::Num2),
            None,
            false,
        ),
        Action::ToggleKind(RelationKind::Schot) => info(
            Action::ToggleKind(RelationKind::Schot),
            text::ACTION_TOGGLE_KIND_SCHOT,
            sc(CMD, Key::Num3),
            None,
            false,
        ),
        Action::ToggleKind(RelationKind::Collaboration) => info(
            Action::ToggleKind(RelationKind::Collaboration),
            text::ACTION_TOGGLE_KIND_COLLABORATION,
            sc(CMD, Key::Num4),
            None,
            false,
        ),
        Action::Zones => info(
            Action::Zones,
            text::ACTION_ZONES,
            sc(NONE, Key::Z),
            None,
            true,
        ),
        Action::Tidy => info(
            Action::Tidy,
            text::ACTION_TIDY,
            sc(NONE, Key::T),
            None,
            true,
        ),
        Action::Onion => info(
            Action::Onion,
            text::ACTION_ONION,
            sc(NONE, Key::O),
            None,
            true,
        ),
        Action::Pin => info(Action::Pin, text::ACTION_PIN, sc(NONE, Key::P), None, true),
        Action::HighContrast => info(
            Action::HighContrast,
            text::ACTION_HIGH_CONTRAST,
            sc(NONE, Key::H),
            None,
            true,
        ),
        Action::NextScenario => info(
            Action::NextScenario,
            text::ACTION_NEXT_SCENARIO,
            sc(CMD, Key::PageDown),
            None,
            false,
        ),
        Action::PrevScenario => info(
            Action::PrevScenario,
            text::ACTION_PREV_SCENARIO,
            sc(CMD, Key::PageUp),
            None,
            false,
        ),
        Action::DuplicateScenario => info(
            Action::DuplicateScenario,
            text::ACTION_DUPLICATE_SCENARIO,
            sc(CMD, Key::D),
            None,
            false,
        ),
        Action::RenameScenario => info(
            Action::RenameScenario,
            text::ACTION_RENAME_SCENARIO,
            None,
            None,
            false,
        ),
        Action::DeleteScenario => info(
            Action::DeleteScenario,
            text::ACTION_DELETE_SCENARIO,
            None,
            None,
            false,
        ),
        Action::Compare => info(
            Action::Compare,
            text::ACTION_COMPARE,
            sc(NONE, Key::V),
            None,
            true,
        ),
        Action::ReportPack => info(
            Action::ReportPack,
            text::ACTION_REPORT_PACK,
            sc(CMD_SHIFT, Key::E),
            None,
            false,
        ),
        Action::AddAction => info(
            Action::AddAction,
            text::ACTION_ADD_ACTION,
            sc(NONE, Key::N),
            None,
            true,
        ),
        Action::RoomJoin => info(
            Action::RoomJoin,
            text::ACTION_ROOM_JOIN,
            sc(CMD, Key::J),
            None,
            false,
        ),
        Action::ShowCode => info(
            Action::ShowCode,
            text::ACTION_SHOW_CODE,
            sc(NONE, Key::Q),
            None,
            true,
        ),
        Action::AcceptProposal => info(
            Action::AcceptProposal,
            text::ACTION_ACCEPT_PROPOSAL,
            sc(NONE, Key::Enter),
            None,
            true,
        ),
        Action::NextProposal => info(
            Action::NextProposal,
            text::ACTION_NEXT_PROPOSAL,
            sc(NONE, Key::ArrowDown),
            None,
            true,
        ),
        Action::PrevProposal => info(
            Action::PrevProposal,
            text::ACTION_PREV_PROPOSAL,
            sc(NONE, Key::ArrowUp),
            None,
            true,
        ),
        Action::Help => info(
            Action::Help,
            text::ACTION_HELP,
            sc(NONE, Key::F1),
            sc(NONE, Key::Questionmark),
            true,
        ),
        Action::Cancel => info(
            Action::Cancel,
            text::ACTION_CANCEL,
            sc(NONE, Key::Escape),
            None,
            false,
        ),
    }
}

/// The table row of an action.
pub fn info_of(action: Action) -> ActionInfo {
    row(action)
}

impl ActionInfo {
    pub fn label(&self, lang: Lang) -> &'static str {
        self.label.get(lang)
    }

    /// A tooltip: the label, with the shortcut in brackets where there is one.
    pub fn tooltip(&self, ctx: &egui::Context, lang: Lang) -> String {
        let keys = self.shortcut_text(ctx);
        if keys.is_empty() {
            self.label(lang).to_owned()
        } else {
            format!("{} ({keys})", self.label(lang))
        }
    }

    /// The shortcut as text, e.g. `Ctrl+Shift+S`.
    pub fn shortcut_text(&self, ctx: &egui::Context) -> String {
        [self.shortcut, self.alt]
            .iter()
            .flatten()
            .map(|s| ctx.format_shortcut(s))
            .collect::<Vec<_>>()
            .join(" / ")
    }
}

/// Actions whose shortcut was pressed this frame (consumed, so widgets don't see them too).
/// Actions not `enabled` now leave their keys to the widgets.
pub fn pressed(ctx: &egui::Context, enabled: impl Fn(Action) -> bool) -> Vec<Action> {
    let typing = ctx.egui_wants_keyboard_input();
    let mut out = Vec::new();
    // Shortcuts with more modifiers first: egui matches Ctrl+S on a Ctrl+Shift+S press.
    let mut order: Vec<&ActionInfo> = ACTIONS.iter().collect();
    order.sort_by_key(|a| {
        let m = a.shortcut.map_or(Modifiers::NONE, |s| s.modifiers);
        std::cmp::Reverse(u8::from(m.shift) + u8::from(m.command) + u8::from(m.alt))
    });
    ctx.input_mut(|i| {
        for a in order {
            if (a.plain && typing) || !enabled(a.action) {
                continue;
            }
            for s in [a.shortcut, a.alt].iter().flatten() {
                if i.consume_shortcut(s) {
                    out.push(a.action);
                    break;
                }
            }
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every action there is.
    fn every_action() -> Vec<Action> {
        use Action::*;
        let mut all = vec![
            New,
            Open,
            Save,
            SaveAs,
            Undo,
            Redo,
            Delete,
            Find,
            Export,
            Fit,
            ConnectMode,
            ToggleAnalysis,
            ZoomIn,
            ZoomOut,
            ZoomReset,
            ToggleTheme,
            ToggleLanguage,
            Present,
            FullScreen,
            Focus,
            NextFinding,
            PrevFinding,
            WalkParts,
            Zones,
            Tidy,
            Onion,
            Pin,
            HighContrast,
            NextScenario,
            PrevScenario,
            DuplicateScenario,
            RenameScenario,
            DeleteScenario,
            Compare,
            ReportPack,
            AddAction,
            RoomJoin,
            ShowCode,
            AcceptProposal,
            NextProposal,
            PrevProposal,
            Help,
            Cancel,
        ];
        for k in crate::model::RelationKind::ALL {
            all.extend([RelationKind(k), ToggleKind(k)]);
        }
        // A new action stops this match compiling: list it above too.
        for a in &all {
            match a {
                New | Open | Save | SaveAs | Undo | Redo | Delete | Find | Export | Fit
                | ConnectMode | ToggleAnalysis | ZoomIn | ZoomOut | ZoomReset | ToggleTheme
                | ToggleLanguage | Present | FullScreen | Focus | NextFinding | PrevFinding
                | WalkParts | Zones | Tidy | Onion | Pin | HighContrast | NextScenario
                | PrevScenario | DuplicateScenario | RenameScenario | DeleteScenario | Compare
                | ReportPack | AddAction | RoomJoin | ShowCode | AcceptProposal | NextProposal
                | PrevProposal | Help | Cancel | RelationKind(_) | ToggleKind(_) => {}
            }
        }
        all
    }

    #[test]
    fn every_action_has_one_row_in_the_help_order_and_no_two_share_a_shortcut() {
        let all = every_action();
        for a in &all {
            assert_eq!(row(*a).action, *a, "{a:?}: its row names another action");
            assert_eq!(
                ACTIONS.iter().filter(|r| r.action == *a).count(),
                1,
                "{a:?}: not listed once for the help overlay"
            );
        }
        assert_eq!(ACTIONS.len(), all.len(), "a row for no action");
        let mut keys = std::collections::HashSet::new();
        for a in ACTIONS {
            assert!(
                !a.label(Lang::Nl).is_empty() && !a.label(Lang::En).is_empty(),
                "{:?} without a label",
                a.action
            );
            for s in [a.shortcut, a.alt].iter().flatten() {
                assert!(
                    keys.insert((
                        s.modifiers.command,
                        s.modifiers.shift,
                        s.modifiers.alt,
                        s.logical_key
                    )),
                    "{s:?} on two actions"
                );
            }
        }
        assert_eq!(info_of(Action::Save).label(Lang::En), "Save");
    }
}
