//! The editor's texts that are passed around as values (an action's label, a notice, a
//! button): `text::SAVE.get(lang)`. The words are in the Fluent files (`assets/i18n/`); a text
//! used in one place only is asked for there, with [`tr!`](crate::tr).

use crate::lang::Lang;

/// A text of the editor without arguments, in whichever language is asked for.
#[derive(Clone, Copy)]
pub struct Text(fn(Lang) -> &'static str);

impl Text {
    pub fn get(self, lang: Lang) -> &'static str {
        (self.0)(lang)
    }
}

/// Texts are equal when they say the same in every language.
impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        Lang::ALL.iter().all(|&l| self.get(l) == other.get(l))
    }
}

impl Eq for Text {}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.get(Lang::En))
    }
}

/// `{n}` is the number of stakeholders moved.
/// `{n}` is the number of domain pairs with nothing between them.
pub const ANALYSIS: Text = Text(|l| crate::tr!(l, "analysis"));
pub const A_PINNED_STAKEHOLDER_STAYS_PUT: Text =
    Text(|l| crate::tr!(l, "a-pinned-stakeholder-stays-put"));
pub const BETWEEN_DOMAINS: Text = Text(|l| crate::tr!(l, "between-domains"));
pub const CANCEL: Text = Text(|l| crate::tr!(l, "cancel"));
pub const CANNOT_OPEN: Text = Text(|l| crate::tr!(l, "cannot-open"));
pub const COULD_NOT_SAVE: Text = Text(|l| crate::tr!(l, "could-not-save"));
pub const DEPENDENCIES_BETWEEN_THE_DOMAINS_WITHOUT: Text =
    Text(|l| crate::tr!(l, "dependencies-between-the-domains-without"));
pub const DEPENDENCY_LOOPS: Text = Text(|l| crate::tr!(l, "dependency-loops"));
pub const DEP_W_O_COLLAB: Text = Text(|l| crate::tr!(l, "dep-w-o-collab"));
pub const DESCRIPTION: Text = Text(|l| crate::tr!(l, "description"));
pub const DISCARD: Text = Text(|l| crate::tr!(l, "discard"));
pub const DISCARD_RECOVERY: Text = Text(|l| crate::tr!(l, "discard-recovery"));
pub const DISMISS: Text = Text(|l| crate::tr!(l, "dismiss"));
pub const DOMAIN: Text = Text(|l| crate::tr!(l, "domain"));
pub const DOUBLE_CLICK_NEW_STAKEHOLDER_SHIFT: Text =
    Text(|l| crate::tr!(l, "double-click-new-stakeholder-shift"));
pub const DOUBLE_CLICK_THE_CANVAS_TO: Text = Text(|l| crate::tr!(l, "double-click-the-canvas-to"));
pub const DO_YOU_WANT_TO_SAVE: Text = Text(|l| crate::tr!(l, "do-you-want-to-save"));
pub const DRAG_FROM_ONE_STAKEHOLDER_TO: Text =
    Text(|l| crate::tr!(l, "drag-from-one-stakeholder-to"));
pub const ECOMAP_DID_NOT_CLOSE_CLEANLY: Text =
    Text(|l| crate::tr!(l, "ecomap-did-not-close-cleanly"));
pub const EDIT: Text = Text(|l| crate::tr!(l, "edit"));
pub const EDITING: Text = Text(|l| crate::tr!(l, "editing"));
pub const ESC_EDIT_F1_SHORTCUTS: Text = Text(|l| crate::tr!(l, "esc-edit-f1-shortcuts"));
pub const EXPORT: Text = Text(|l| crate::tr!(l, "export"));
pub const EXPORTED: Text = Text(|l| crate::tr!(l, "exported"));
pub const EXPORTING: Text = Text(|l| crate::tr!(l, "exporting"));
pub const EXPORT_FAILED: Text = Text(|l| crate::tr!(l, "export-failed"));
pub const EXPORT_STOPPED: Text = Text(|l| crate::tr!(l, "export-stopped"));
pub const FILE: Text = Text(|l| crate::tr!(l, "file"));
pub const FIND: Text = Text(|l| crate::tr!(l, "find"));
pub const FINDINGS: Text = Text(|l| crate::tr!(l, "findings"));
pub const FIRST_SELECT_THE_STAKEHOLDER_TO: Text =
    Text(|l| crate::tr!(l, "first-select-the-stakeholder-to"));
pub const FOCUS: Text = Text(|l| crate::tr!(l, "focus"));
pub const FOCUS_IS_ON_SELECT_A: Text = Text(|l| crate::tr!(l, "focus-is-on-select-a"));
pub const HELP: Text = Text(|l| crate::tr!(l, "help"));
pub const HIDDEN: Text = Text(|l| crate::tr!(l, "hidden"));
pub const KEYBOARD_SHORTCUTS: Text = Text(|l| crate::tr!(l, "keyboard-shortcuts"));
pub const KIND: Text = Text(|l| crate::tr!(l, "kind"));
pub const LABEL: Text = Text(|l| crate::tr!(l, "label"));
pub const LAYING_OUT_THE_MAP: Text = Text(|l| crate::tr!(l, "laying-out-the-map"));
pub const MAP: Text = Text(|l| crate::tr!(l, "map"));
pub const MAP_THE_ECOSYSTEM_WHO_DEPENDS: Text =
    Text(|l| crate::tr!(l, "map-the-ecosystem-who-depends"));
pub const MUTUAL_DEPENDENCIES: Text = Text(|l| crate::tr!(l, "mutual-dependencies"));
pub const NAME: Text = Text(|l| crate::tr!(l, "name"));
pub const NAME_HINT: Text = Text(|l| crate::tr!(l, "name-hint"));
pub const NEW_MAP: Text = Text(|l| crate::tr!(l, "new-map"));
pub const NEW_MAP_BUTTON: Text = Text(|l| crate::tr!(l, "new-map-button"));
pub const NOTES: Text = Text(|l| crate::tr!(l, "notes"));
pub const NOTHING_NEEDS_TO_MOVE: Text = Text(|l| crate::tr!(l, "nothing-needs-to-move"));
pub const NOT_SAVED: Text = Text(|l| crate::tr!(l, "not-saved"));
pub const NO_FINDINGS_NO_INTEGRATION_IS: Text =
    Text(|l| crate::tr!(l, "no-findings-no-integration-is"));
pub const OFF: Text = Text(|l| crate::tr!(l, "off"));
pub const ONION: Text = Text(|l| crate::tr!(l, "onion"));
pub const OPEN_A_MAP: Text = Text(|l| crate::tr!(l, "open-a-map"));
pub const PGDN_NEXT_PGUP_PREVIOUS_ESC: Text =
    Text(|l| crate::tr!(l, "pgdn-next-pgup-previous-esc"));
pub const PIN: Text = Text(|l| crate::tr!(l, "pin"));
pub const PRESENT: Text = Text(|l| crate::tr!(l, "present"));
pub const PRESENTING: Text = Text(|l| crate::tr!(l, "presenting"));
pub const RECENT: Text = Text(|l| crate::tr!(l, "recent"));
pub const RECENTLY_OPENED: Text = Text(|l| crate::tr!(l, "recently-opened"));
pub const RECOVERY_COPY_FAILED: Text = Text(|l| crate::tr!(l, "recovery-copy-failed"));
pub const RELATION_KIND_LABEL: Text = Text(|l| crate::tr!(l, "relation-kind-label"));
pub const RELATIONS: Text = Text(|l| crate::tr!(l, "relations"));
pub const RELATIONS_LOWER: Text = Text(|l| crate::tr!(l, "relations-lower"));
pub const RELATION: Text = Text(|l| crate::tr!(l, "relation"));
pub const RESTORE: Text = Text(|l| crate::tr!(l, "restore"));
pub const REVERSE_DIRECTION: Text = Text(|l| crate::tr!(l, "reverse-direction"));
pub const SAMPLE_MAPS: Text = Text(|l| crate::tr!(l, "sample-maps"));
pub const SAVE: Text = Text(|l| crate::tr!(l, "save"));
pub const SAVED: Text = Text(|l| crate::tr!(l, "saved"));
pub const SAVE_AS: Text = Text(|l| crate::tr!(l, "save-as"));
pub const SCHOTTEN: Text = Text(|l| crate::tr!(l, "schotten"));
pub const SHOW: Text = Text(|l| crate::tr!(l, "show"));
pub const SHOW_THE_ANALYSIS: Text = Text(|l| crate::tr!(l, "show-the-analysis"));
pub const SMALLEST_TEXT_ON_THE_MAP: Text = Text(|l| crate::tr!(l, "smallest-text-on-the-map"));
pub const STAKEHOLDER: Text = Text(|l| crate::tr!(l, "stakeholder"));
pub const STAKEHOLDERS: Text = Text(|l| crate::tr!(l, "stakeholders"));
pub const START_SCREEN: Text = Text(|l| crate::tr!(l, "start-screen"));
pub const PREVIOUS_ARROW: Text = Text(|l| crate::tr!(l, "previous-arrow"));
pub const THE_MAP_CHANGED_WHILE_IT: Text = Text(|l| crate::tr!(l, "the-map-changed-while-it"));
pub const TIDY: Text = Text(|l| crate::tr!(l, "tidy"));
pub const TITLE: Text = Text(|l| crate::tr!(l, "title"));
pub const TO: Text = Text(|l| crate::tr!(l, "to"));
pub const TRANSPARENT_BACKGROUND: Text = Text(|l| crate::tr!(l, "transparent-background"));
pub const PASTED_CELLS: Text = Text(|l| crate::tr!(l, "pasted-cells"));
pub const EXPORT_IMAGE: Text = Text(|l| crate::tr!(l, "export-image"));
pub const EXPORT_DATA: Text = Text(|l| crate::tr!(l, "export-data"));
pub const EXPORT_PAGE: Text = Text(|l| crate::tr!(l, "export-page"));
pub const EXPORT_DATA_HINT: Text = Text(|l| crate::tr!(l, "export-data-hint"));
pub const UNSAVED_CHANGES: Text = Text(|l| crate::tr!(l, "unsaved-changes"));
pub const UNSAVED_WORK_FOUND: Text = Text(|l| crate::tr!(l, "unsaved-work-found"));
pub const VIEW: Text = Text(|l| crate::tr!(l, "view"));
pub const WHERE_INTEGRATION_IS_MISSING: Text =
    Text(|l| crate::tr!(l, "where-integration-is-missing"));
pub const CHANGED_ON_DISK: Text = Text(|l| crate::tr!(l, "changed-on-disk"));
pub const CHANGED_ON_DISK_EXPLAIN: Text = Text(|l| crate::tr!(l, "changed-on-disk-explain"));
pub const EXISTS_CHOOSE_ANOTHER: Text = Text(|l| crate::tr!(l, "exists-choose-another"));
pub const OPEN_ELSEWHERE: Text = Text(|l| crate::tr!(l, "open-elsewhere"));
pub const PROCESS: Text = Text(|l| crate::tr!(l, "process"));
pub const SINCE: Text = Text(|l| crate::tr!(l, "since"));
pub const CHANGED_ON_DISK_SAVE_WILL_ASK: Text =
    Text(|l| crate::tr!(l, "changed-on-disk-save-will-ask"));
pub const LOAD_NEW_VERSION: Text = Text(|l| crate::tr!(l, "load-new-version"));
pub const LOAD_IT: Text = Text(|l| crate::tr!(l, "load-it"));
pub const KEEP_THIS_ONE: Text = Text(|l| crate::tr!(l, "keep-this-one"));
pub const RELOAD_THEIRS: Text = Text(|l| crate::tr!(l, "reload-theirs"));
pub const KEEP_MINE_AS_COPY: Text = Text(|l| crate::tr!(l, "keep-mine-as-copy"));
pub const OVERWRITE: Text = Text(|l| crate::tr!(l, "overwrite"));
pub const OPEN_BUTTON: Text = Text(|l| crate::tr!(l, "open-button"));
pub const SAVE_BUTTON: Text = Text(|l| crate::tr!(l, "save-button"));
pub const CHOOSER_OPEN: Text = Text(|l| crate::tr!(l, "chooser-open"));
pub const CHOOSER_SAVE: Text = Text(|l| crate::tr!(l, "chooser-save"));
pub const CHOOSER_EXPORT: Text = Text(|l| crate::tr!(l, "chooser-export"));
pub const BUILTIN_CHOOSER: Text = Text(|l| crate::tr!(l, "builtin-chooser"));
pub const DIALOG_UNAVAILABLE: Text = Text(|l| crate::tr!(l, "dialog-unavailable"));
pub const AUTO_WIDTH: Text = Text(|l| crate::tr!(l, "auto-width"));
pub const WIDTH_CHOSEN: Text = Text(|l| crate::tr!(l, "width-chosen"));
pub const WIDTH_MM: Text = Text(|l| crate::tr!(l, "width-mm"));
pub const WORKSHOP: Text = Text(|l| crate::tr!(l, "workshop"));
pub const BACK_ROW: Text = Text(|l| crate::tr!(l, "back-row"));
pub const SCREEN: Text = Text(|l| crate::tr!(l, "screen"));
pub const ROOM_HINT: Text = Text(|l| crate::tr!(l, "room-hint"));

pub const RING_NOT_CONNECTED: Text = Text(|l| crate::tr!(l, "ring-not-connected"));
pub const DIFF_ONLY_IN_FILE: Text = Text(|l| crate::tr!(l, "diff-only-in-file"));
pub const DIFF_ONLY_IN_MAP: Text = Text(|l| crate::tr!(l, "diff-only-in-map"));
pub const DIFF_TITLE: Text = Text(|l| crate::tr!(l, "diff-title"));
pub const COPY_WORD: Text = Text(|l| crate::tr!(l, "copy-word"));
pub const PART_NO_DOMAIN: Text = Text(|l| crate::tr!(l, "part-no-domain"));

pub const DIALOG_NO_BUS: Text = Text(|l| crate::tr!(l, "dialog-no-bus"));
pub const DIALOG_CLOSED_AT_ONCE: Text = Text(|l| crate::tr!(l, "dialog-closed-at-once"));
pub const DIALOG_FAILED: Text = Text(|l| crate::tr!(l, "dialog-failed"));
pub const DIALOG_SCRIPTED: Text = Text(|l| crate::tr!(l, "dialog-scripted"));

pub const CMP_NOTHING: Text = Text(|l| crate::tr!(l, "cmp-nothing"));
pub const CONF_CERTAIN: Text = Text(|l| crate::tr!(l, "conf-certain"));
pub const CONF_LIKELY: Text = Text(|l| crate::tr!(l, "conf-likely"));
pub const CONF_CONTESTED: Text = Text(|l| crate::tr!(l, "conf-contested"));
pub const STATUS_OPEN: Text = Text(|l| crate::tr!(l, "status-open"));
pub const STATUS_DOING: Text = Text(|l| crate::tr!(l, "status-doing"));
pub const STATUS_DONE: Text = Text(|l| crate::tr!(l, "status-done"));
pub const RESTS_ON_CONTESTED: Text = Text(|l| crate::tr!(l, "rests-on-contested"));
pub const FINDING_RESOLVED: Text = Text(|l| crate::tr!(l, "finding-resolved"));

pub const ACTION_WORD: Text = Text(|l| crate::tr!(l, "action-word"));
pub const OWNER_WORD: Text = Text(|l| crate::tr!(l, "owner-word"));
pub const DUE_WORD: Text = Text(|l| crate::tr!(l, "due-word"));
pub const STATUS_WORD: Text = Text(|l| crate::tr!(l, "status-word"));

pub const ACTION_NEXT_SCENARIO: Text = Text(|l| crate::tr!(l, "action-next-scenario"));
pub const ACTION_PREV_SCENARIO: Text = Text(|l| crate::tr!(l, "action-prev-scenario"));
pub const ACTION_DUPLICATE_SCENARIO: Text = Text(|l| crate::tr!(l, "action-duplicate-scenario"));
pub const ACTION_RENAME_SCENARIO: Text = Text(|l| crate::tr!(l, "action-rename-scenario"));
pub const ACTION_DELETE_SCENARIO: Text = Text(|l| crate::tr!(l, "action-delete-scenario"));
pub const ACTION_COMPARE: Text = Text(|l| crate::tr!(l, "action-compare"));
pub const ACTION_REPORT_PACK: Text = Text(|l| crate::tr!(l, "action-report-pack"));
pub const ACTION_IMPORT: Text = Text(|l| crate::tr!(l, "action-import"));
pub const ACTION_ADD_ACTION: Text = Text(|l| crate::tr!(l, "action-add-action"));
pub const SCENARIO_WORD: Text = Text(|l| crate::tr!(l, "scenario-word"));
pub const SCENARIO_MENU: Text = Text(|l| crate::tr!(l, "scenario-menu"));
pub const COMPARE_WITH: Text = Text(|l| crate::tr!(l, "compare-with"));
pub const NO_COMPARISON: Text = Text(|l| crate::tr!(l, "no-comparison"));
pub const SEEN_BY: Text = Text(|l| crate::tr!(l, "seen-by"));
pub const EVERYONE: Text = Text(|l| crate::tr!(l, "everyone"));
pub const SEEN_BY_HINT: Text = Text(|l| crate::tr!(l, "seen-by-hint"));
pub const OK_BUTTON: Text = Text(|l| crate::tr!(l, "ok-button"));
pub const DEFAULT_NEXT_SCENARIO: Text = Text(|l| crate::tr!(l, "default-next-scenario"));
pub const ACTIONS_HEADING: Text = Text(|l| crate::tr!(l, "actions-heading"));
pub const ADD_ACTION_BUTTON: Text = Text(|l| crate::tr!(l, "add-action-button"));
pub const WHAT_HINT: Text = Text(|l| crate::tr!(l, "what-hint"));
pub const DUE_HINT: Text = Text(|l| crate::tr!(l, "due-hint"));
pub const NOBODY: Text = Text(|l| crate::tr!(l, "nobody"));
pub const REMOVE_ACTION: Text = Text(|l| crate::tr!(l, "remove-action"));
pub const NO_ACTIONS_HINT: Text = Text(|l| crate::tr!(l, "no-actions-hint"));
pub const SOURCE_LABEL: Text = Text(|l| crate::tr!(l, "source-label"));
pub const SOURCE_HINT: Text = Text(|l| crate::tr!(l, "source-hint"));
pub const CONFIDENCE_LABEL: Text = Text(|l| crate::tr!(l, "confidence-label"));
pub const NOT_SAID: Text = Text(|l| crate::tr!(l, "not-said"));
pub const DATE_LABEL: Text = Text(|l| crate::tr!(l, "date-label"));
pub const CONTESTED_RELATIONS: Text = Text(|l| crate::tr!(l, "contested-relations"));
pub const REPORT_FAILED: Text = Text(|l| crate::tr!(l, "report-failed"));
pub const REPORT_SUFFIX: Text = Text(|l| crate::tr!(l, "report-suffix"));

pub const COMPARE_NEEDS_TWO: Text = Text(|l| crate::tr!(l, "compare-needs-two"));
pub const ADD_ACTION_WHICH: Text = Text(|l| crate::tr!(l, "add-action-which"));

pub const DUPLICATE_BUTTON: Text = Text(|l| crate::tr!(l, "duplicate-button"));
pub const RENAME_BUTTON: Text = Text(|l| crate::tr!(l, "rename-button"));
pub const DELETE_BUTTON: Text = Text(|l| crate::tr!(l, "delete-button"));

pub const ACTION_ROOM_JOIN: Text = Text(|l| crate::tr!(l, "action-room-join"));
pub const ACTION_SHOW_CODE: Text = Text(|l| crate::tr!(l, "action-show-code"));
pub const ACTION_ACCEPT_PROPOSAL: Text = Text(|l| crate::tr!(l, "action-accept-proposal"));
pub const ACTION_NEXT_PROPOSAL: Text = Text(|l| crate::tr!(l, "action-next-proposal"));
pub const ACTION_PREV_PROPOSAL: Text = Text(|l| crate::tr!(l, "action-prev-proposal"));
pub const LIVE_INTRO: Text = Text(|l| crate::tr!(l, "live-intro"));
pub const LIVE_PICK_NETWORK: Text = Text(|l| crate::tr!(l, "live-pick-network"));
pub const LIVE_NO_NETWORK: Text = Text(|l| crate::tr!(l, "live-no-network"));
pub const LIVE_THIS_COMPUTER: Text = Text(|l| crate::tr!(l, "live-this-computer"));
pub const LIVE_EXPOSES: Text = Text(|l| crate::tr!(l, "live-exposes"));
pub const LIVE_START: Text = Text(|l| crate::tr!(l, "live-start"));
pub const LIVE_STOP: Text = Text(|l| crate::tr!(l, "live-stop"));
pub const LIVE_SCAN: Text = Text(|l| crate::tr!(l, "live-scan"));
pub const LIVE_CODE: Text = Text(|l| crate::tr!(l, "live-code"));
pub const LIVE_QUEUE: Text = Text(|l| crate::tr!(l, "live-queue"));
pub const LIVE_QUEUE_EMPTY: Text = Text(|l| crate::tr!(l, "live-queue-empty"));
pub const LIVE_KEYS: Text = Text(|l| crate::tr!(l, "live-keys"));
pub const LIVE_ACCEPT: Text = Text(|l| crate::tr!(l, "live-accept"));
pub const LIVE_DECLINE: Text = Text(|l| crate::tr!(l, "live-decline"));
pub const LIVE_SHOW_CODE: Text = Text(|l| crate::tr!(l, "live-show-code"));
pub const LIVE_HIDE_CODE: Text = Text(|l| crate::tr!(l, "live-hide-code"));
pub const LIVE_STOPPED: Text = Text(|l| crate::tr!(l, "live-stopped"));
pub const LIVE_START_FAILED: Text = Text(|l| crate::tr!(l, "live-start-failed"));
pub const LIVE_GONE: Text = Text(|l| crate::tr!(l, "live-gone"));
pub const VOTES_WORD: Text = Text(|l| crate::tr!(l, "votes-word"));

pub const WEAK_LINKS_TITLE: Text = Text(|l| crate::tr!(l, "weak-links-title"));
pub const SCHOTTEN_TITLE: Text = Text(|l| crate::tr!(l, "schotten-title"));
pub const LIVE_DECLINE_ALL: Text = Text(|l| crate::tr!(l, "live-decline-all"));
pub const LIVE_DECLINE_PHONE: Text = Text(|l| crate::tr!(l, "live-decline-phone"));
pub const NAMES_HIDDEN: Text = Text(|l| crate::tr!(l, "names-hidden"));
pub const RECONNECT_DROPPED_OFF: Text = Text(|l| crate::tr!(l, "reconnect-dropped-off"));
pub const ACTION_SELECT_ALL: Text = Text(|l| crate::tr!(l, "action-select-all"));
pub const ACTION_COPY: Text = Text(|l| crate::tr!(l, "action-copy"));
pub const ACTION_CUT: Text = Text(|l| crate::tr!(l, "action-cut"));
pub const ACTION_PASTE: Text = Text(|l| crate::tr!(l, "action-paste"));
pub const ACTION_QUIT: Text = Text(|l| crate::tr!(l, "action-quit"));
pub const PASTE_TITLE: Text = Text(|l| crate::tr!(l, "paste-title"));
pub const PASTE_ADD: Text = Text(|l| crate::tr!(l, "paste-add"));
pub const PASTE_NOTHING: Text = Text(|l| crate::tr!(l, "paste-nothing"));
pub const SELECT_FIRST_TO_COPY: Text = Text(|l| crate::tr!(l, "select-first-to-copy"));
pub const DROP_ON_EMPTY: Text = Text(|l| crate::tr!(l, "drop-on-empty"));
pub const DROP_NEW_PARTNER_HERE: Text = Text(|l| crate::tr!(l, "drop-new-partner-here"));
pub const TOOLBAR_PARTNER: Text = Text(|l| crate::tr!(l, "toolbar-partner"));
pub const TOOLBAR_RELATION: Text = Text(|l| crate::tr!(l, "toolbar-relation"));
pub const ENTRY_NAME_FIRST: Text = Text(|l| crate::tr!(l, "entry-name-first"));
pub const ENTRY_RELATION: Text = Text(|l| crate::tr!(l, "entry-relation"));
pub const ENTRY_FROM_TO_HINT: Text = Text(|l| crate::tr!(l, "entry-from-to-hint"));
pub const ENTRY_PARTNER: Text = Text(|l| crate::tr!(l, "entry-partner"));
pub const ENTRY_PARTNER_HINT: Text = Text(|l| crate::tr!(l, "entry-partner-hint"));
pub const ENTRY_RELATION_HINT: Text = Text(|l| crate::tr!(l, "entry-relation-hint"));
pub const ENTRY_PARTNER_KEYS: Text = Text(|l| crate::tr!(l, "entry-partner-keys"));
pub const ENTRY_RELATION_KEYS: Text = Text(|l| crate::tr!(l, "entry-relation-keys"));
pub const ENTRY_TYPE_A_NAME: Text = Text(|l| crate::tr!(l, "entry-type-a-name"));
pub const ENTRY_AS_BEFORE: Text = Text(|l| crate::tr!(l, "entry-as-before"));
pub const ENTRY_TYPE_A_PARTNER: Text = Text(|l| crate::tr!(l, "entry-type-a-partner"));
pub const RELATION_TO_ITSELF: Text = Text(|l| crate::tr!(l, "relation-to-itself"));
pub const RELATION_EXISTS: Text = Text(|l| crate::tr!(l, "relation-exists"));
pub const ACTION_QUICK_ENTRY: Text = Text(|l| crate::tr!(l, "action-quick-entry"));
pub const ACTION_RELATION_LINE: Text = Text(|l| crate::tr!(l, "action-relation-line"));

/// Labels of the action table (`actions.rs`).
pub const ACTION_NEW: Text = Text(|l| crate::tr!(l, "action-new"));
pub const ACTION_OPEN: Text = Text(|l| crate::tr!(l, "action-open"));
pub const ACTION_SAVE: Text = Text(|l| crate::tr!(l, "action-save"));
pub const ACTION_SAVE_AS: Text = Text(|l| crate::tr!(l, "action-save-as"));
pub const ACTION_REDO: Text = Text(|l| crate::tr!(l, "action-redo"));
pub const ACTION_UNDO: Text = Text(|l| crate::tr!(l, "action-undo"));
pub const ACTION_DELETE: Text = Text(|l| crate::tr!(l, "action-delete"));
pub const ACTION_FIND: Text = Text(|l| crate::tr!(l, "action-find"));
pub const ACTION_EXPORT: Text = Text(|l| crate::tr!(l, "action-export"));
pub const ACTION_FIT: Text = Text(|l| crate::tr!(l, "action-fit"));
pub const ACTION_RELATION_KIND_DEPENDENCY: Text =
    Text(|l| crate::tr!(l, "action-relation-kind-dependency"));
pub const ACTION_RELATION_KIND_INTEREST: Text =
    Text(|l| crate::tr!(l, "action-relation-kind-interest"));
pub const ACTION_RELATION_KIND_SCHOT: Text = Text(|l| crate::tr!(l, "action-relation-kind-schot"));
pub const ACTION_RELATION_KIND_COLLABORATION: Text =
    Text(|l| crate::tr!(l, "action-relation-kind-collaboration"));
pub const ACTION_CONNECT_MODE: Text = Text(|l| crate::tr!(l, "action-connect-mode"));
pub const ACTION_TOGGLE_ANALYSIS: Text = Text(|l| crate::tr!(l, "action-toggle-analysis"));
pub const ACTION_ZOOM_IN: Text = Text(|l| crate::tr!(l, "action-zoom-in"));
pub const ACTION_ZOOM_OUT: Text = Text(|l| crate::tr!(l, "action-zoom-out"));
pub const ACTION_ZOOM_RESET: Text = Text(|l| crate::tr!(l, "action-zoom-reset"));
pub const ACTION_TOGGLE_THEME: Text = Text(|l| crate::tr!(l, "action-toggle-theme"));
pub const ACTION_TOGGLE_LANGUAGE: Text = Text(|l| crate::tr!(l, "action-toggle-language"));
pub const ACTION_PRESENT: Text = Text(|l| crate::tr!(l, "action-present"));
pub const ACTION_FULL_SCREEN: Text = Text(|l| crate::tr!(l, "action-full-screen"));
pub const ACTION_FOCUS: Text = Text(|l| crate::tr!(l, "action-focus"));
pub const ACTION_NEXT_FINDING: Text = Text(|l| crate::tr!(l, "action-next-finding"));
pub const ACTION_WALK_PARTS: Text = Text(|l| crate::tr!(l, "action-walk-parts"));
pub const ACTION_PREV_FINDING: Text = Text(|l| crate::tr!(l, "action-prev-finding"));
pub const ACTION_TOGGLE_KIND_DEPENDENCY: Text =
    Text(|l| crate::tr!(l, "action-toggle-kind-dependency"));
pub const ACTION_TOGGLE_KIND_INTEREST: Text =
    Text(|l| crate::tr!(l, "action-toggle-kind-interest"));
pub const ACTION_TOGGLE_KIND_SCHOT: Text = Text(|l| crate::tr!(l, "action-toggle-kind-schot"));
pub const ACTION_TOGGLE_KIND_COLLABORATION: Text =
    Text(|l| crate::tr!(l, "action-toggle-kind-collaboration"));
pub const ACTION_ZONES: Text = Text(|l| crate::tr!(l, "action-zones"));
pub const ACTION_TIDY: Text = Text(|l| crate::tr!(l, "action-tidy"));
pub const ACTION_ONION: Text = Text(|l| crate::tr!(l, "action-onion"));
pub const ACTION_PIN: Text = Text(|l| crate::tr!(l, "action-pin"));
pub const ACTION_HIGH_CONTRAST: Text = Text(|l| crate::tr!(l, "action-high-contrast"));
pub const ACTION_HELP: Text = Text(|l| crate::tr!(l, "action-help"));
pub const ACTION_CANCEL: Text = Text(|l| crate::tr!(l, "action-cancel"));

/// The mouse in the help overlay: what to do, and what it does.
pub const MOUSE_HELP: [(Text, Text); 5] = [
    (
        Text(|l| crate::tr!(l, "mouse-help-0")),
        Text(|l| crate::tr!(l, "mouse-help-0-does")),
    ),
    (
        Text(|l| crate::tr!(l, "mouse-help-1")),
        Text(|l| crate::tr!(l, "mouse-help-1-does")),
    ),
    (
        Text(|l| crate::tr!(l, "mouse-help-2")),
        Text(|l| crate::tr!(l, "mouse-help-2-does")),
    ),
    (
        Text(|l| crate::tr!(l, "mouse-help-3")),
        Text(|l| crate::tr!(l, "mouse-help-3-does")),
    ),
    (
        Text(|l| crate::tr!(l, "mouse-help-4")),
        Text(|l| crate::tr!(l, "mouse-help-4-does")),
    ),
];
