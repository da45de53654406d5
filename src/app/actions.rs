//! One table of user actions: label, tooltip and keyboard shortcut. Menus, toolbar, shortcut
//! handling and the help overlay all read it.
//!
//! An action is declared once: its variant in [`Action`] (in menu and help order; strum's
//! `EnumIter` gives the list) and its row in [`Action::info`] (a `match` with no fallback, so
//! a new action does not compile until it has its label and shortcuts).

use egui::{Key, KeyboardShortcut, Modifiers};

use super::text::{self, Text};
use crate::lang::Lang;
use crate::model::RelationKind;
use crate::model::RelationKind as Kind;

/// Something the user can do from a menu, the toolbar or the keyboard. The variants are in the
/// order the menus and the help list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumIter)]
pub enum Action {
    New,
    Open,
    Save,
    SaveAs,
    /// Close the editor, asking about unsaved changes.
    Quit,
    Undo,
    Redo,
    SelectAll,
    /// Copy the selected partners with the relations among them.
    Copy,
    Cut,
    /// Paste copied partners, or a list of names (one per line).
    Paste,
    Delete,
    /// The quick entry line for partners (name / kind / domain).
    QuickEntry,
    /// The quick entry line for relations from the selected partner.
    RelationLine,
    Find,
    Export,
    Fit,
    /// Draw new relations of this kind (keys 1–4).
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
    WalkParts,
    PrevFinding,
    /// Show or hide the relations of this kind (Ctrl+1–4).
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
    Import,
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

/// Every action with its row, in the order the menus and the help list them.
pub static ACTIONS: std::sync::LazyLock<Vec<ActionInfo>> =
    std::sync::LazyLock::new(|| Action::all().map(Action::info).collect());

impl Action {
    /// Every action, in menu order: the enum's variants, one per relation kind where a variant
    /// takes a kind.
    pub fn all() -> impl Iterator<Item = Action> {
        use strum::IntoEnumIterator;
        Action::iter().flat_map(|a| {
            let per_kind: fn(Kind) -> Action = match a {
                Action::RelationKind(_) => Action::RelationKind,
                Action::ToggleKind(_) => Action::ToggleKind,
                other => return vec![other],
            };
            Kind::ALL.into_iter().map(per_kind).collect()
        })
    }

    /// The action's row: label, shortcut, second shortcut, and whether it is a plain key (which
    /// fires only while no text field has focus).
    #[rustfmt::skip] // A table: one row per action.
    pub const fn info(self) -> ActionInfo {
        let (label, shortcut, alt, plain) = match self {
            Action::New => (text::ACTION_NEW, sc(CMD, Key::N), None, false),
            Action::Open => (text::ACTION_OPEN, sc(CMD, Key::O), None, false),
            Action::Save => (text::ACTION_SAVE, sc(CMD, Key::S), None, false),
            Action::SaveAs => (text::ACTION_SAVE_AS, sc(CMD_SHIFT, Key::S), None, false),
            Action::Quit => (text::ACTION_QUIT, sc(CMD, Key::Q), None, false),
            Action::SelectAll => (text::ACTION_SELECT_ALL, sc(CMD, Key::A), None, true),
            Action::Copy => (text::ACTION_COPY, sc(CMD, Key::C), None, true),
            Action::Cut => (text::ACTION_CUT, sc(CMD, Key::X), None, true),
            Action::Paste => (text::ACTION_PASTE, sc(CMD, Key::V), None, true),
            Action::Undo => (text::ACTION_UNDO, sc(CMD, Key::Z), None, false),
            Action::Redo => (text::ACTION_REDO, sc(CMD_SHIFT, Key::Z), sc(CMD, Key::Y), false),
            Action::Delete => (text::ACTION_DELETE, sc(NONE, Key::Delete), sc(NONE, Key::Backspace), true),
            Action::QuickEntry => (text::ACTION_QUICK_ENTRY, sc(NONE, Key::I), sc(NONE, Key::Insert), true),
            Action::RelationLine => (text::ACTION_RELATION_LINE, sc(NONE, Key::R), None, true),
            Action::Find => (text::ACTION_FIND, sc(CMD, Key::F), None, false),
            Action::Export => (text::ACTION_EXPORT, sc(CMD, Key::E), None, false),
            Action::Fit => (text::ACTION_FIT, sc(NONE, Key::F), None, true),
            Action::RelationKind(Kind::Dependency) => (text::ACTION_RELATION_KIND_DEPENDENCY, sc(NONE, Key::Num1), None, true),
            Action::RelationKind(Kind::Interest) => (text::ACTION_RELATION_KIND_INTEREST, sc(NONE, Key::Num2), None, true),
            Action::RelationKind(Kind::Schot) => (text::ACTION_RELATION_KIND_SCHOT, sc(NONE, Key::Num3), None, true),
            Action::RelationKind(Kind::Collaboration) => (text::ACTION_RELATION_KIND_COLLABORATION, sc(NONE, Key::Num4), None, true),
            Action::ConnectMode => (text::ACTION_CONNECT_MODE, sc(NONE, Key::C), None, true),
            Action::ToggleAnalysis => (text::ACTION_TOGGLE_ANALYSIS, sc(NONE, Key::A), None, true),
            Action::ZoomIn => (text::ACTION_ZOOM_IN, sc(CMD, Key::Equals), sc(CMD, Key::Plus), false),
            Action::ZoomOut => (text::ACTION_ZOOM_OUT, sc(CMD, Key::Minus), None, false),
            Action::ZoomReset => (text::ACTION_ZOOM_RESET, sc(CMD, Key::Num0), None, false),
            Action::ToggleTheme => (text::ACTION_TOGGLE_THEME, None, None, false),
            Action::ToggleLanguage => (text::ACTION_TOGGLE_LANGUAGE, None, None, false),
            Action::Present => (text::ACTION_PRESENT, sc(NONE, Key::F5), None, false),
            Action::FullScreen => (text::ACTION_FULL_SCREEN, sc(NONE, Key::F11), None, false),
            Action::Focus => (text::ACTION_FOCUS, sc(NONE, Key::G), None, true),
            Action::NextFinding => (text::ACTION_NEXT_FINDING, sc(NONE, Key::ArrowRight), sc(NONE, Key::PageDown), true),
            Action::WalkParts => (text::ACTION_WALK_PARTS, sc(NONE, Key::D), None, true),
            Action::PrevFinding => (text::ACTION_PREV_FINDING, sc(NONE, Key::ArrowLeft), sc(NONE, Key::PageUp), true),
            Action::ToggleKind(Kind::Dependency) => (text::ACTION_TOGGLE_KIND_DEPENDENCY, sc(CMD, Key::Num1), None, false),
            Action::ToggleKind(Kind::Interest) => (text::ACTION_TOGGLE_KIND_INTEREST, sc(CMD, Key::Num2), None, false),
            Action::ToggleKind(Kind::Schot) => (text::ACTION_TOGGLE_KIND_SCHOT, sc(CMD, Key::Num3), None, false),
            Action::ToggleKind(Kind::Collaboration) => (text::ACTION_TOGGLE_KIND_COLLABORATION, sc(CMD, Key::Num4), None, false),
            Action::Zones => (text::ACTION_ZONES, sc(NONE, Key::Z), None, true),
            Action::Tidy => (text::ACTION_TIDY, sc(NONE, Key::T), None, true),
            Action::Onion => (text::ACTION_ONION, sc(NONE, Key::O), None, true),
            Action::Pin => (text::ACTION_PIN, sc(NONE, Key::P), None, true),
            Action::HighContrast => (text::ACTION_HIGH_CONTRAST, sc(NONE, Key::H), None, true),
            Action::NextScenario => (text::ACTION_NEXT_SCENARIO, sc(CMD, Key::PageDown), None, false),
            Action::PrevScenario => (text::ACTION_PREV_SCENARIO, sc(CMD, Key::PageUp), None, false),
            Action::DuplicateScenario => (text::ACTION_DUPLICATE_SCENARIO, sc(CMD, Key::D), None, false),
            Action::RenameScenario => (text::ACTION_RENAME_SCENARIO, None, None, false),
            Action::DeleteScenario => (text::ACTION_DELETE_SCENARIO, None, None, false),
            Action::Compare => (text::ACTION_COMPARE, sc(NONE, Key::V), None, true),
            Action::ReportPack => (text::ACTION_REPORT_PACK, sc(CMD_SHIFT, Key::E), None, false),
            Action::Import => (text::ACTION_IMPORT, sc(CMD_SHIFT, Key::I), None, false),
            Action::AddAction => (text::ACTION_ADD_ACTION, sc(NONE, Key::N), None, true),
            Action::RoomJoin => (text::ACTION_ROOM_JOIN, sc(CMD, Key::J), None, false),
            Action::ShowCode => (text::ACTION_SHOW_CODE, sc(NONE, Key::Q), None, true),
            Action::AcceptProposal => (text::ACTION_ACCEPT_PROPOSAL, sc(NONE, Key::Enter), None, true),
            Action::NextProposal => (text::ACTION_NEXT_PROPOSAL, sc(NONE, Key::ArrowDown), None, true),
            Action::PrevProposal => (text::ACTION_PREV_PROPOSAL, sc(NONE, Key::ArrowUp), None, true),
            Action::Help => (text::ACTION_HELP, sc(NONE, Key::F1), sc(NONE, Key::Questionmark), true),
            Action::Cancel => (text::ACTION_CANCEL, sc(NONE, Key::Escape), None, false),
        };
        ActionInfo {
            action: self,
            label,
            shortcut,
            alt,
            plain,
        }
    }
}

/// The table row of an action.
pub const fn info_of(action: Action) -> ActionInfo {
    action.info()
}

impl ActionInfo {
    pub fn label(&self, lang: Lang) -> &'static str {
        self.label.get(lang)
    }

    /// A tooltip: the label, with the shortcut in brackets where there is one.
    pub fn tooltip(&self, lang: Lang) -> String {
        let keys = self.shortcut_text(lang);
        if keys.is_empty() {
            self.label(lang).to_owned()
        } else {
            format!("{} ({keys})", self.label(lang))
        }
    }

    /// The shortcut as text in `lang`, e.g. `Ctrl+Shift+S`, `Ctrl+Omlaag`.
    pub fn shortcut_text(&self, lang: Lang) -> String {
        [self.shortcut, self.alt]
            .iter()
            .flatten()
            .map(|s| shortcut_label(s, lang))
            .collect::<Vec<_>>()
            .join(" / ")
    }
}

/// A shortcut as the keyboard says it, in `lang`: modifiers, then the key's name or symbol
/// (egui's own names are English words: "Questionmark", "Down", "Equals").
pub fn shortcut_label(s: &KeyboardShortcut, lang: Lang) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if s.modifiers.ctrl || s.modifiers.command {
        parts.push(crate::tr!(lang, "key-ctrl"));
    }
    if s.modifiers.alt {
        parts.push(crate::tr!(lang, "key-alt"));
    }
    if s.modifiers.shift {
        parts.push(crate::tr!(lang, "key-shift"));
    }
    parts.push(key_label(s.logical_key, lang));
    parts.join("+")
}

/// A key's name on the keyboard, in `lang`.
pub fn key_label(key: Key, lang: Lang) -> &'static str {
    match key {
        Key::ArrowDown => crate::tr!(lang, "key-down"),
        Key::ArrowUp => crate::tr!(lang, "key-up"),
        Key::ArrowLeft => crate::tr!(lang, "key-left"),
        Key::ArrowRight => crate::tr!(lang, "key-right"),
        Key::Backspace => crate::tr!(lang, "key-backspace"),
        Key::Delete => crate::tr!(lang, "key-delete"),
        Key::Enter => crate::tr!(lang, "key-enter"),
        Key::Escape => crate::tr!(lang, "key-escape"),
        Key::Insert => crate::tr!(lang, "key-insert"),
        Key::PageDown => crate::tr!(lang, "key-page-down"),
        Key::PageUp => crate::tr!(lang, "key-page-up"),
        Key::Home => crate::tr!(lang, "key-home"),
        Key::End => crate::tr!(lang, "key-end"),
        Key::Space => crate::tr!(lang, "key-space"),
        Key::Tab => crate::tr!(lang, "key-tab"),
        // Digits without egui's "Num" (the row above the letters and the keypad alike).
        Key::Num0 => "0",
        Key::Num1 => "1",
        Key::Num2 => "2",
        Key::Num3 => "3",
        Key::Num4 => "4",
        Key::Num5 => "5",
        Key::Num6 => "6",
        Key::Num7 => "7",
        Key::Num8 => "8",
        Key::Num9 => "9",
        // Symbols as they are printed ("?", "=", "+"), letters and F-keys by name ("A", "F5").
        Key::Minus => "-",
        other => other.symbol_or_name(),
    }
}

impl Action {
    /// Whether the action opens a line to type in: the keys typed after it in the same frame
    /// are the line's first letters, not shortcuts.
    pub fn opens_a_line(self) -> bool {
        matches!(
            self,
            Action::QuickEntry | Action::RelationLine | Action::Find
        )
    }
}

/// Actions whose shortcut was pressed this frame, in the order pressed (their keys consumed, so
/// widgets don't see them too). Actions not `enabled` now leave their keys to the widgets.
///
/// No keystroke is lost on the way into a text field: plain keys (letters, digits) are no
/// shortcut while a field has the keyboard, nor after a key that opens a line
/// ([`Action::opens_a_line`]), nor after a double-click inside `canvas` (which opens the new
/// partner's name) in the same frame. Those letters stay in the frame's input for the field
/// that opens now, which takes the keyboard before it reads its input; the opening key's own
/// letter does not go in.
pub fn pressed(
    ctx: &egui::Context,
    canvas: egui::Rect,
    enabled: impl Fn(Action) -> bool,
) -> Pressed {
    let mut typing = ctx.egui_wants_keyboard_input();
    let mut out = Vec::new();
    let mut pasted = None;
    // The letter of the key that opened a line, not to be typed into it; usually in the same
    // frame as its key, but a slow link (a remote desktop) can send it in the next.
    let pending = egui::Id::new("ecomap-opening-letter");
    let frame = ctx.cumulative_frame_nr();
    let mut own_letter: Option<Key> = ctx
        .data(|d| d.get_temp::<(u64, Key)>(pending))
        .filter(|(f, _)| frame <= f + 2)
        .map(|(_, k)| k);
    // Shortcuts with more modifiers first: egui matches Ctrl+S on a Ctrl+Shift+S press.
    let mut order: Vec<&ActionInfo> = ACTIONS.iter().collect();
    order.sort_by_key(|a| {
        let m = a.shortcut.map_or(Modifiers::NONE, |s| s.modifiers);
        std::cmp::Reverse(u8::from(m.shift) + u8::from(m.command) + u8::from(m.alt))
    });
    ctx.input_mut(|i| {
        let double_click = i
            .pointer
            .button_double_clicked(egui::PointerButton::Primary)
            && i.pointer.interact_pos().is_some_and(|p| canvas.contains(p));
        let events = std::mem::take(&mut i.events);
        let mut kept = Vec::with_capacity(events.len());
        for ev in events {
            match &ev {
                egui::Event::PointerButton {
                    button: egui::PointerButton::Primary,
                    pressed: false,
                    ..
                } if double_click => {
                    typing = true;
                    // Letters typed before the double-click are not the name's.
                    kept.retain(|e| !matches!(e, egui::Event::Text(_)));
                }
                // The clipboard's keys come as their own events (Ctrl+C, Ctrl+X, Ctrl+V); to
                // the map only while no field has the keyboard.
                egui::Event::Copy | egui::Event::Cut if !typing => {
                    out.push(if matches!(ev, egui::Event::Copy) {
                        Action::Copy
                    } else {
                        Action::Cut
                    });
                    continue;
                }
                egui::Event::Paste(text) if !typing => {
                    pasted = Some(text.clone());
                    continue;
                }
                egui::Event::Text(t) => {
                    if let Some(k) = own_letter.take()
                        && t.eq_ignore_ascii_case(k.name())
                    {
                        continue;
                    }
                }
                egui::Event::Key {
                    key,
                    pressed: true,
                    modifiers,
                    ..
                } => {
                    // Another key before the letter: the opening key had none (Insert).
                    own_letter = None;
                    let hit = order.iter().find(|a| {
                        !(a.plain && typing)
                            && enabled(a.action)
                            && [a.shortcut, a.alt].iter().flatten().any(|s| {
                                s.logical_key == *key && modifiers.matches_logically(s.modifiers)
                            })
                    });
                    if let Some(a) = hit {
                        out.push(a.action);
                        if a.action.opens_a_line() {
                            typing = true;
                            own_letter = Some(*key);
                            kept.retain(|e| !matches!(e, egui::Event::Text(_)));
                        }
                        continue;
                    }
                }
                _ => {}
            }
            kept.push(ev);
        }
        i.events = kept;
    });
    ctx.data_mut(|d| match own_letter {
        Some(k) => {
            d.insert_temp(pending, (frame, k));
        }
        None => d.remove::<(u64, Key)>(pending),
    });
    Pressed {
        actions: out,
        pasted,
    }
}

/// What the keyboard asked of the map this frame.
pub struct Pressed {
    /// Actions, in the order their keys came.
    pub actions: Vec<Action>,
    /// Text pasted onto the map (Ctrl+V while no field has the keyboard).
    pub pasted: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_one_row_in_the_help_order_and_no_two_share_a_shortcut() {
        let all: Vec<Action> = Action::all().collect();
        // 53 variants, two of them one per relation kind.
        assert_eq!(all.len(), 53 - 2 + 2 * Kind::ALL.len());
        for a in &all {
            assert_eq!(a.info().action, *a, "{a:?}: its row names another action");
            assert_eq!(
                ACTIONS.iter().filter(|r| r.action == *a).count(),
                1,
                "{a:?}: not listed once for the help overlay"
            );
        }
        let mut keys = std::collections::HashSet::new();
        for a in ACTIONS.iter() {
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
        assert_eq!(ACTIONS[0].action, Action::New, "menu order");
    }
}
