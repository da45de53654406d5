//! The editor's texts, by name: `text::SAVE.get(lang)`. The words themselves are in
//! `src/i18n/` (one table per language).

use crate::i18n::{Texts, texts};
use crate::lang::Lang;

/// A text of the editor, in whichever language is asked for.
#[derive(Clone, Copy)]
pub struct Text(fn(&Texts) -> &'static str);

impl Text {
    pub fn get(self, lang: Lang) -> &'static str {
        (self.0)(texts(lang))
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

/// The Dutch word is used in English too: it is the whitepapers' term.
pub const SCHOT_WORD: Text = Text(|t| t.schot_word);
pub const SCHOTTEN_WORD: Text = Text(|t| t.schotten_word);
/// `{n}` is the number of stakeholders moved.
pub const MOVED_N: Text = Text(|t| t.moved_n);
/// `{n}` is the number of domain pairs with nothing between them.
pub const QUIET_DOMAIN_PAIRS_N: Text = Text(|t| t.quiet_domain_pairs_n);
pub const ANALYSIS: Text = Text(|t| t.analysis);
pub const A_PINNED_STAKEHOLDER_STAYS_PUT: Text = Text(|t| t.a_pinned_stakeholder_stays_put);
pub const BETWEEN_DOMAINS: Text = Text(|t| t.between_domains);
pub const CANCEL: Text = Text(|t| t.cancel);
pub const CANNOT_OPEN: Text = Text(|t| t.cannot_open);
pub const COULD_NOT_SAVE: Text = Text(|t| t.could_not_save);
pub const DEPENDENCIES_BETWEEN_THE_DOMAINS_WITHOUT: Text =
    Text(|t| t.dependencies_between_the_domains_without);
pub const DEPENDENCY_LOOPS: Text = Text(|t| t.dependency_loops);
pub const DEP_WITHOUT_COLLABORATION: Text = Text(|t| t.dep_without_collaboration);
pub const DEP_W_O_COLLAB: Text = Text(|t| t.dep_w_o_collab);
pub const DESCRIPTION: Text = Text(|t| t.description);
pub const DISCARD: Text = Text(|t| t.discard);
pub const DISCARD_RECOVERY: Text = Text(|t| t.discard_recovery);
pub const DISMISS: Text = Text(|t| t.dismiss);
pub const DOMAIN: Text = Text(|t| t.domain);
pub const DOMAINS: Text = Text(|t| t.domains);
pub const DOUBLE_CLICK_NEW_STAKEHOLDER_SHIFT: Text = Text(|t| t.double_click_new_stakeholder_shift);
pub const DOUBLE_CLICK_THE_CANVAS_TO: Text = Text(|t| t.double_click_the_canvas_to);
pub const DO_YOU_WANT_TO_SAVE: Text = Text(|t| t.do_you_want_to_save);
pub const DRAG_FROM_ONE_STAKEHOLDER_TO: Text = Text(|t| t.drag_from_one_stakeholder_to);
pub const ECOMAP_DID_NOT_CLOSE_CLEANLY: Text = Text(|t| t.ecomap_did_not_close_cleanly);
pub const EDIT: Text = Text(|t| t.edit);
pub const EDITING: Text = Text(|t| t.editing);
pub const ESC_EDIT_F1_SHORTCUTS: Text = Text(|t| t.esc_edit_f1_shortcuts);
pub const EXPORT: Text = Text(|t| t.export);
pub const EXPORTED: Text = Text(|t| t.exported);
pub const EXPORTING: Text = Text(|t| t.exporting);
pub const EXPORT_FAILED: Text = Text(|t| t.export_failed);
pub const EXPORT_STOPPED: Text = Text(|t| t.export_stopped);
pub const FILE: Text = Text(|t| t.file);
pub const FIND: Text = Text(|t| t.find);
pub const FINDINGS: Text = Text(|t| t.findings);
pub const FIRST_SELECT_THE_STAKEHOLDER_TO: Text = Text(|t| t.first_select_the_stakeholder_to);
pub const FOCUS: Text = Text(|t| t.focus);
pub const FOCUS_IS_ON_SELECT_A: Text = Text(|t| t.focus_is_on_select_a);
pub const HELP: Text = Text(|t| t.help);
pub const HIDDEN: Text = Text(|t| t.hidden);
pub const KEYBOARD_SHORTCUTS: Text = Text(|t| t.keyboard_shortcuts);
pub const KIND: Text = Text(|t| t.kind);
pub const LABEL: Text = Text(|t| t.label);
pub const LAYING_OUT_THE_MAP: Text = Text(|t| t.laying_out_the_map);
pub const MAP: Text = Text(|t| t.map);
pub const MAP_THE_ECOSYSTEM_WHO_DEPENDS: Text = Text(|t| t.map_the_ecosystem_who_depends);
pub const MUTUAL_DEPENDENCIES: Text = Text(|t| t.mutual_dependencies);
pub const NAME: Text = Text(|t| t.name);
pub const NAME_HINT: Text = Text(|t| t.name_hint);
pub const NEW_MAP: Text = Text(|t| t.new_map);
pub const NEW_MAP_BUTTON: Text = Text(|t| t.new_map_button);
pub const NOTES: Text = Text(|t| t.notes);
pub const NOTHING_NEEDS_TO_MOVE: Text = Text(|t| t.nothing_needs_to_move);
pub const NOT_SAVED: Text = Text(|t| t.not_saved);
pub const NO_FINDINGS_NO_INTEGRATION_IS: Text = Text(|t| t.no_findings_no_integration_is);
pub const OFF: Text = Text(|t| t.off);
pub const ONION: Text = Text(|t| t.onion);
pub const OPEN_A_MAP: Text = Text(|t| t.open_a_map);
pub const PAIRS_OF_STAKEHOLDERS_WITH_A: Text = Text(|t| t.pairs_of_stakeholders_with_a);
pub const PGDN_NEXT_PGUP_PREVIOUS_ESC: Text = Text(|t| t.pgdn_next_pgup_previous_esc);
pub const PIN: Text = Text(|t| t.pin);
pub const PRESENT: Text = Text(|t| t.present);
pub const PRESENTING: Text = Text(|t| t.presenting);
pub const RECENT: Text = Text(|t| t.recent);
pub const RECENTLY_OPENED: Text = Text(|t| t.recently_opened);
pub const RECOVERY_COPY_FAILED: Text = Text(|t| t.recovery_copy_failed);
pub const RELATION_KIND_LABEL: Text = Text(|t| t.relation_kind_label);
pub const RELATIONS: Text = Text(|t| t.relations);
pub const RELATIONS_LOWER: Text = Text(|t| t.relations_lower);
pub const RELATION: Text = Text(|t| t.relation);
pub const RESTORE: Text = Text(|t| t.restore);
pub const REVERSE_DIRECTION: Text = Text(|t| t.reverse_direction);
pub const SAMPLE_MAPS: Text = Text(|t| t.sample_maps);
pub const SAVE: Text = Text(|t| t.save);
pub const SAVED: Text = Text(|t| t.saved);
pub const SAVE_AS: Text = Text(|t| t.save_as);
pub const SCHOTTEN: Text = Text(|t| t.schotten);
pub const SHOW: Text = Text(|t| t.show);
pub const SHOW_THE_ANALYSIS: Text = Text(|t| t.show_the_analysis);
pub const SMALLEST_TEXT_ON_THE_MAP: Text = Text(|t| t.smallest_text_on_the_map);
pub const STAKEHOLDER: Text = Text(|t| t.stakeholder);
pub const STAKEHOLDERS: Text = Text(|t| t.stakeholders);
pub const START_SCREEN: Text = Text(|t| t.start_screen);
pub const PREVIOUS_ARROW: Text = Text(|t| t.previous_arrow);
pub const THE_MAP_CHANGED_WHILE_IT: Text = Text(|t| t.the_map_changed_while_it);
pub const TIDY: Text = Text(|t| t.tidy);
pub const TITLE: Text = Text(|t| t.title);
pub const TO: Text = Text(|t| t.to);
pub const TRANSPARENT_BACKGROUND: Text = Text(|t| t.transparent_background);
pub const UNSAVED_CHANGES: Text = Text(|t| t.unsaved_changes);
pub const UNSAVED_WORK_FOUND: Text = Text(|t| t.unsaved_work_found);
pub const VIEW: Text = Text(|t| t.view);
pub const WHERE_INTEGRATION_IS_MISSING: Text = Text(|t| t.where_integration_is_missing);
pub const CHANGED_ON_DISK: Text = Text(|t| t.changed_on_disk);
pub const CHANGED_ON_DISK_EXPLAIN: Text = Text(|t| t.changed_on_disk_explain);
pub const EXISTS_CHOOSE_ANOTHER: Text = Text(|t| t.exists_choose_another);
pub const OPEN_ELSEWHERE: Text = Text(|t| t.open_elsewhere);
pub const PROCESS: Text = Text(|t| t.process);
pub const SINCE: Text = Text(|t| t.since);
pub const CHANGED_ON_DISK_SAVE_WILL_ASK: Text = Text(|t| t.changed_on_disk_save_will_ask);
pub const LOAD_NEW_VERSION: Text = Text(|t| t.load_new_version);
pub const LOAD_IT: Text = Text(|t| t.load_it);
pub const KEEP_THIS_ONE: Text = Text(|t| t.keep_this_one);
pub const RELOAD_THEIRS: Text = Text(|t| t.reload_theirs);
pub const KEEP_MINE_AS_COPY: Text = Text(|t| t.keep_mine_as_copy);
pub const OVERWRITE: Text = Text(|t| t.overwrite);
pub const OPEN_BUTTON: Text = Text(|t| t.open_button);
pub const SAVE_BUTTON: Text = Text(|t| t.save_button);
pub const CHOOSER_OPEN: Text = Text(|t| t.chooser_open);
pub const CHOOSER_SAVE: Text = Text(|t| t.chooser_save);
pub const CHOOSER_EXPORT: Text = Text(|t| t.chooser_export);
pub const BUILTIN_CHOOSER: Text = Text(|t| t.builtin_chooser);
pub const DIALOG_UNAVAILABLE: Text = Text(|t| t.dialog_unavailable);
pub const AUTO_WIDTH: Text = Text(|t| t.auto_width);
pub const WIDTH_CHOSEN: Text = Text(|t| t.width_chosen);
pub const WIDTH_MM: Text = Text(|t| t.width_mm);
pub const WORKSHOP: Text = Text(|t| t.workshop);
pub const BACK_ROW: Text = Text(|t| t.back_row);
pub const SCREEN: Text = Text(|t| t.screen);
pub const CAPITALS_N: Text = Text(|t| t.capitals_n);
pub const ROOM_HINT: Text = Text(|t| t.room_hint);
pub const DOES_NOT_FIT: Text = Text(|t| t.does_not_fit);

pub const RING_ONE_STEP: Text = Text(|t| t.ring_one_step);
pub const RING_N_STEPS: Text = Text(|t| t.ring_n_steps);
pub const RING_NOT_CONNECTED: Text = Text(|t| t.ring_not_connected);
pub const DIFF_LINE: Text = Text(|t| t.diff_line);
pub const DIFF_ONLY_IN_FILE: Text = Text(|t| t.diff_only_in_file);
pub const DIFF_ONLY_IN_MAP: Text = Text(|t| t.diff_only_in_map);
pub const DIFF_IN_BOTH: Text = Text(|t| t.diff_in_both);
pub const DIFF_TITLE: Text = Text(|t| t.diff_title);
pub const COPY_WORD: Text = Text(|t| t.copy_word);
pub const PART_NO_DOMAIN: Text = Text(|t| t.part_no_domain);
pub const PART_N: Text = Text(|t| t.part_n);

pub const DIALOG_NO_BUS: Text = Text(|t| t.dialog_no_bus);
pub const DIALOG_CLOSED_AT_ONCE: Text = Text(|t| t.dialog_closed_at_once);
pub const DIALOG_FAILED: Text = Text(|t| t.dialog_failed);
pub const DIALOG_SCRIPTED: Text = Text(|t| t.dialog_scripted);

pub const CMP_RESOLVED_TOGETHER: Text = Text(|t| t.cmp_resolved_together);
pub const CMP_RESOLVED_LEFT: Text = Text(|t| t.cmp_resolved_left);
pub const CMP_RESOLVED_SCHOT: Text = Text(|t| t.cmp_resolved_schot);
pub const CMP_RESOLVED: Text = Text(|t| t.cmp_resolved);
pub const CMP_NEW: Text = Text(|t| t.cmp_new);
pub const CMP_TITLE: Text = Text(|t| t.cmp_title);
pub const CMP_CAME: Text = Text(|t| t.cmp_came);
pub const CMP_LEFT: Text = Text(|t| t.cmp_left);
pub const CMP_RELATIONS_ADDED: Text = Text(|t| t.cmp_relations_added);
pub const CMP_RELATIONS_REMOVED: Text = Text(|t| t.cmp_relations_removed);
pub const CMP_RELATIONS_CHANGED: Text = Text(|t| t.cmp_relations_changed);
pub const CMP_FINDINGS_RESOLVED: Text = Text(|t| t.cmp_findings_resolved);
pub const CMP_FINDINGS_NEW: Text = Text(|t| t.cmp_findings_new);
pub const CMP_FINDINGS_REMAINING: Text = Text(|t| t.cmp_findings_remaining);
pub const CMP_NOTHING: Text = Text(|t| t.cmp_nothing);
pub const FIELD_KIND: Text = Text(|t| t.field_kind);
pub const FIELD_DIRECTION: Text = Text(|t| t.field_direction);
pub const FIELD_LABEL: Text = Text(|t| t.field_label);
pub const FIELD_CONFIDENCE: Text = Text(|t| t.field_confidence);
pub const CONF_CERTAIN: Text = Text(|t| t.conf_certain);
pub const CONF_LIKELY: Text = Text(|t| t.conf_likely);
pub const CONF_CONTESTED: Text = Text(|t| t.conf_contested);
pub const STATUS_OPEN: Text = Text(|t| t.status_open);
pub const STATUS_DOING: Text = Text(|t| t.status_doing);
pub const STATUS_DONE: Text = Text(|t| t.status_done);
pub const RESTS_ON_CONTESTED: Text = Text(|t| t.rests_on_contested);
pub const FINDING_RESOLVED: Text = Text(|t| t.finding_resolved);

pub const LEGEND_CONTESTED: Text = Text(|t| t.legend_contested);
pub const LEGEND_ADDED: Text = Text(|t| t.legend_added);
pub const LEGEND_REMOVED: Text = Text(|t| t.legend_removed);
pub const LEGEND_CHANGED: Text = Text(|t| t.legend_changed);

pub const PACK_FINDINGS_TITLE: Text = Text(|t| t.pack_findings_title);
pub const PACK_ACTIONS_TITLE: Text = Text(|t| t.pack_actions_title);
pub const PACK_MADE: Text = Text(|t| t.pack_made);
pub const PACK_NO_FINDINGS: Text = Text(|t| t.pack_no_findings);
pub const PACK_NO_ACTIONS: Text = Text(|t| t.pack_no_actions);
pub const PACK_RESOLVED_IN: Text = Text(|t| t.pack_resolved_in);
pub const PACK_OPEN_IN: Text = Text(|t| t.pack_open_in);
pub const ACTION_WORD: Text = Text(|t| t.action_word);
pub const FINDING_WORD: Text = Text(|t| t.finding_word);
pub const OWNER_WORD: Text = Text(|t| t.owner_word);
pub const DUE_WORD: Text = Text(|t| t.due_word);
pub const STATUS_WORD: Text = Text(|t| t.status_word);
pub const CSV_SCENARIO: Text = Text(|t| t.csv_scenario);
pub const CSV_RULE: Text = Text(|t| t.csv_rule);
pub const CSV_TITLE: Text = Text(|t| t.csv_title);
pub const CSV_STAKEHOLDERS: Text = Text(|t| t.csv_stakeholders);
pub const CSV_STAKEHOLDER: Text = Text(|t| t.csv_stakeholder);
pub const CSV_IDS: Text = Text(|t| t.csv_ids);
pub const CSV_FINDING: Text = Text(|t| t.csv_finding);
pub const CSV_CONTESTED: Text = Text(|t| t.csv_contested);
pub const CSV_ACTIONS: Text = Text(|t| t.csv_actions);
pub const CSV_WHAT: Text = Text(|t| t.csv_what);
pub const CSV_OWNER: Text = Text(|t| t.csv_owner);
pub const CSV_DUE: Text = Text(|t| t.csv_due);
pub const CSV_STATUS: Text = Text(|t| t.csv_status);
pub const CSV_OPEN_IN: Text = Text(|t| t.csv_open_in);
pub const CSV_RESOLVED_IN: Text = Text(|t| t.csv_resolved_in);
pub const CSV_YES: Text = Text(|t| t.csv_yes);
pub const CSV_NO: Text = Text(|t| t.csv_no);
pub const EXPORT_FOLDER_NOT_EMPTY: Text = Text(|t| t.export_folder_not_empty);

pub const CLI_SCENARIOS: Text = Text(|t| t.cli_scenarios);

pub const CMP_IMAGE_TITLE: Text = Text(|t| t.cmp_image_title);

pub const ACTION_NEXT_SCENARIO: Text = Text(|t| t.action_next_scenario);
pub const ACTION_PREV_SCENARIO: Text = Text(|t| t.action_prev_scenario);
pub const ACTION_DUPLICATE_SCENARIO: Text = Text(|t| t.action_duplicate_scenario);
pub const ACTION_RENAME_SCENARIO: Text = Text(|t| t.action_rename_scenario);
pub const ACTION_DELETE_SCENARIO: Text = Text(|t| t.action_delete_scenario);
pub const ACTION_COMPARE: Text = Text(|t| t.action_compare);
pub const ACTION_REPORT_PACK: Text = Text(|t| t.action_report_pack);
pub const ACTION_ADD_ACTION: Text = Text(|t| t.action_add_action);
pub const SCENARIO_WORD: Text = Text(|t| t.scenario_word);
pub const SCENARIO_MENU: Text = Text(|t| t.scenario_menu);
pub const COMPARE_WITH: Text = Text(|t| t.compare_with);
pub const NO_COMPARISON: Text = Text(|t| t.no_comparison);
pub const SEEN_BY: Text = Text(|t| t.seen_by);
pub const EVERYONE: Text = Text(|t| t.everyone);
pub const SEEN_BY_HINT: Text = Text(|t| t.seen_by_hint);
pub const SCENARIO_NEW_NAME: Text = Text(|t| t.scenario_new_name);
pub const SCENARIO_RENAME_TO: Text = Text(|t| t.scenario_rename_to);
pub const OK_BUTTON: Text = Text(|t| t.ok_button);
pub const DEFAULT_NEXT_SCENARIO: Text = Text(|t| t.default_next_scenario);
pub const ACTIONS_HEADING: Text = Text(|t| t.actions_heading);
pub const ADD_ACTION_BUTTON: Text = Text(|t| t.add_action_button);
pub const WHAT_HINT: Text = Text(|t| t.what_hint);
pub const DUE_HINT: Text = Text(|t| t.due_hint);
pub const NOBODY: Text = Text(|t| t.nobody);
pub const REMOVE_ACTION: Text = Text(|t| t.remove_action);
pub const NO_ACTIONS_HINT: Text = Text(|t| t.no_actions_hint);
pub const SOURCE_LABEL: Text = Text(|t| t.source_label);
pub const SOURCE_HINT: Text = Text(|t| t.source_hint);
pub const CONFIDENCE_LABEL: Text = Text(|t| t.confidence_label);
pub const NOT_SAID: Text = Text(|t| t.not_said);
pub const DATE_LABEL: Text = Text(|t| t.date_label);
pub const CONTESTED_RELATIONS: Text = Text(|t| t.contested_relations);
pub const REPORT_RUNNING: Text = Text(|t| t.report_running);
pub const REPORT_WRITTEN: Text = Text(|t| t.report_written);
pub const REPORT_FAILED: Text = Text(|t| t.report_failed);
pub const REPORT_SUFFIX: Text = Text(|t| t.report_suffix);
pub const COMPARING_HINT: Text = Text(|t| t.comparing_hint);

pub const COMPARE_NEEDS_TWO: Text = Text(|t| t.compare_needs_two);
pub const ADD_ACTION_WHICH: Text = Text(|t| t.add_action_which);

pub const CMP_HEADING_APP: Text = Text(|t| t.cmp_heading_app);
pub const DUPLICATE_BUTTON: Text = Text(|t| t.duplicate_button);
pub const RENAME_BUTTON: Text = Text(|t| t.rename_button);
pub const DELETE_BUTTON: Text = Text(|t| t.delete_button);

pub const LIVE_WRONG_SECRET: Text = Text(|t| t.live_wrong_secret);
pub const LIVE_WRONG_CODE: Text = Text(|t| t.live_wrong_code);
pub const LIVE_CODE_RATE: Text = Text(|t| t.live_code_rate);
pub const LIVE_NOT_FOUND: Text = Text(|t| t.live_not_found);
pub const LIVE_JOIN_FIRST: Text = Text(|t| t.live_join_first);
pub const LIVE_RATE: Text = Text(|t| t.live_rate);
pub const LIVE_TOO_LARGE: Text = Text(|t| t.live_too_large);
pub const LIVE_BAD_JSON: Text = Text(|t| t.live_bad_json);
pub const LIVE_BLANK: Text = Text(|t| t.live_blank);
pub const LIVE_TOO_LONG: Text = Text(|t| t.live_too_long);
pub const LIVE_MARKUP: Text = Text(|t| t.live_markup);
pub const LIVE_UNKNOWN_KIND: Text = Text(|t| t.live_unknown_kind);
pub const LIVE_UNKNOWN_STAKEHOLDER: Text = Text(|t| t.live_unknown_stakeholder);
pub const LIVE_SELF_RELATION: Text = Text(|t| t.live_self_relation);
pub const LIVE_DEVICES_FULL: Text = Text(|t| t.live_devices_full);
pub const LIVE_QUEUE_FULL: Text = Text(|t| t.live_queue_full);
pub const LIVE_UNKNOWN_FINDING: Text = Text(|t| t.live_unknown_finding);
pub const LIVE_VOTES_USED: Text = Text(|t| t.live_votes_used);

pub const ACTION_ROOM_JOIN: Text = Text(|t| t.action_room_join);
pub const ACTION_SHOW_CODE: Text = Text(|t| t.action_show_code);
pub const ACTION_ACCEPT_PROPOSAL: Text = Text(|t| t.action_accept_proposal);
pub const ACTION_NEXT_PROPOSAL: Text = Text(|t| t.action_next_proposal);
pub const ACTION_PREV_PROPOSAL: Text = Text(|t| t.action_prev_proposal);
pub const LIVE_INTRO: Text = Text(|t| t.live_intro);
pub const LIVE_PICK_NETWORK: Text = Text(|t| t.live_pick_network);
pub const LIVE_NO_NETWORK: Text = Text(|t| t.live_no_network);
pub const LIVE_THIS_COMPUTER: Text = Text(|t| t.live_this_computer);
pub const LIVE_EXPOSES: Text = Text(|t| t.live_exposes);
pub const LIVE_START: Text = Text(|t| t.live_start);
pub const LIVE_STOP: Text = Text(|t| t.live_stop);
pub const LIVE_SCAN: Text = Text(|t| t.live_scan);
pub const LIVE_CODE: Text = Text(|t| t.live_code);
pub const LIVE_PHONES: Text = Text(|t| t.live_phones);
pub const LIVE_QUEUE: Text = Text(|t| t.live_queue);
pub const LIVE_QUEUE_EMPTY: Text = Text(|t| t.live_queue_empty);
pub const LIVE_KEYS: Text = Text(|t| t.live_keys);
pub const LIVE_ACCEPT: Text = Text(|t| t.live_accept);
pub const LIVE_DECLINE: Text = Text(|t| t.live_decline);
pub const LIVE_SHOW_CODE: Text = Text(|t| t.live_show_code);
pub const LIVE_HIDE_CODE: Text = Text(|t| t.live_hide_code);
pub const LIVE_BADGE: Text = Text(|t| t.live_badge);
pub const LIVE_STARTED: Text = Text(|t| t.live_started);
pub const LIVE_STOPPED: Text = Text(|t| t.live_stopped);
pub const LIVE_START_FAILED: Text = Text(|t| t.live_start_failed);
pub const LIVE_GONE: Text = Text(|t| t.live_gone);
pub const VOTES_WORD: Text = Text(|t| t.votes_word);

pub const LIVE_ALREADY_THERE: Text = Text(|t| t.live_already_there);
pub const FINDING_SHARED_INTEREST_ALL: Text = Text(|t| t.finding_shared_interest_all);
pub const FINDING_SHARED_INTEREST_ALL_PEOPLE: Text = Text(|t| t.finding_shared_interest_all_people);
pub const PACK_BROKERS: Text = Text(|t| t.pack_brokers);
pub const PACK_BROKERS_SENTENCE: Text = Text(|t| t.pack_brokers_sentence);
pub const PACK_SUMMARY_HEAD: Text = Text(|t| t.pack_summary_head);
pub const PACK_SUMMARY_TOP: Text = Text(|t| t.pack_summary_top);
pub const PACK_SUMMARY_COUNT: Text = Text(|t| t.pack_summary_count);
pub const PACK_SUMMARY_NONE: Text = Text(|t| t.pack_summary_none);
pub const PACK_DOMAIN_TABLE_HEAD: Text = Text(|t| t.pack_domain_table_head);
pub const FINDING_CROSS_DOMAIN_ONE: Text = Text(|t| t.finding_cross_domain_one);
pub const FINDING_CROSS_DOMAIN_BOTH: Text = Text(|t| t.finding_cross_domain_both);
pub const FINDING_SCHOT_BLOCKS_ONE: Text = Text(|t| t.finding_schot_blocks_one);
pub const FINDING_SCHOT_BLOCKS_BOTH: Text = Text(|t| t.finding_schot_blocks_both);
pub const FINDING_INVOLVE: Text = Text(|t| t.finding_involve);
pub const FINDING_SHARED_INTEREST_PEOPLE: Text = Text(|t| t.finding_shared_interest_people);
pub const FINDING_INTERDEPENDENT_PEOPLE: Text = Text(|t| t.finding_interdependent_people);
pub const WEAK_LINK_SENTENCE_ONE: Text = Text(|t| t.weak_link_sentence_one);
pub const WEAK_LINKS_TITLE: Text = Text(|t| t.weak_links_title);
pub const WEAK_LINK_SENTENCE: Text = Text(|t| t.weak_link_sentence);
pub const WEAK_LINK_MORE: Text = Text(|t| t.weak_link_more);
pub const SCHOTTEN_TITLE: Text = Text(|t| t.schotten_title);
pub const SCHOT_LINE: Text = Text(|t| t.schot_line);
pub const SCHOT_CROSSED: Text = Text(|t| t.schot_crossed);
pub const SCHOT_NOT_CROSSED: Text = Text(|t| t.schot_not_crossed);
pub const PACK_NO_IMAGES: Text = Text(|t| t.pack_no_images);
pub const CSV_DEPENDS_ON: Text = Text(|t| t.csv_depends_on);
pub const PACK_MATRIX_LONG: Text = Text(|t| t.pack_matrix_long);
pub const CLI_LOOK_ALIKE: Text = Text(|t| t.cli_look_alike);
pub const LOAD_NOT_A_FILE: Text = Text(|t| t.load_not_a_file);
pub const LOAD_FOREIGN_CHAR: Text = Text(|t| t.load_foreign_char);
pub const LIVE_PENDING_PER_PHONE: Text = Text(|t| t.live_pending_per_phone);
pub const LIVE_DECLINE_ALL: Text = Text(|t| t.live_decline_all);
pub const LIVE_DECLINE_PHONE: Text = Text(|t| t.live_decline_phone);
pub const LIVE_DECLINED_N: Text = Text(|t| t.live_declined_n);
pub const NAMES_HIDDEN: Text = Text(|t| t.names_hidden);
pub const ENTRY_UNKNOWN_KIND: Text = Text(|t| t.entry_unknown_kind);
pub const RECONNECT_DROPPED_OFF: Text = Text(|t| t.reconnect_dropped_off);
pub const ACTION_SELECT_ALL: Text = Text(|t| t.action_select_all);
pub const ACTION_COPY: Text = Text(|t| t.action_copy);
pub const ACTION_CUT: Text = Text(|t| t.action_cut);
pub const ACTION_PASTE: Text = Text(|t| t.action_paste);
pub const ACTION_QUIT: Text = Text(|t| t.action_quit);
pub const PASTE_TITLE: Text = Text(|t| t.paste_title);
pub const PASTE_N: Text = Text(|t| t.paste_n);
pub const PASTE_DUPLICATES: Text = Text(|t| t.paste_duplicates);
pub const PASTE_CUT: Text = Text(|t| t.paste_cut);
pub const PASTE_ADD: Text = Text(|t| t.paste_add);
pub const PASTE_AND_MORE: Text = Text(|t| t.paste_and_more);
pub const PASTE_NOTHING: Text = Text(|t| t.paste_nothing);
pub const COPIED_N: Text = Text(|t| t.copied_n);
pub const SELECT_FIRST_TO_COPY: Text = Text(|t| t.select_first_to_copy);
pub const DROP_ON_EMPTY: Text = Text(|t| t.drop_on_empty);
pub const DROP_NEW_PARTNER_HERE: Text = Text(|t| t.drop_new_partner_here);
pub const TOOLBAR_PARTNER: Text = Text(|t| t.toolbar_partner);
pub const TOOLBAR_RELATION: Text = Text(|t| t.toolbar_relation);
pub const ENTRY_NAME_FIRST: Text = Text(|t| t.entry_name_first);
pub const ENTRY_RELATION: Text = Text(|t| t.entry_relation);
pub const ENTRY_FROM_TO_HINT: Text = Text(|t| t.entry_from_to_hint);
pub const ENTRY_PARTNER: Text = Text(|t| t.entry_partner);
pub const ENTRY_PARTNER_HINT: Text = Text(|t| t.entry_partner_hint);
pub const ENTRY_RELATION_HINT: Text = Text(|t| t.entry_relation_hint);
pub const ENTRY_PARTNER_KEYS: Text = Text(|t| t.entry_partner_keys);
pub const ENTRY_RELATION_KEYS: Text = Text(|t| t.entry_relation_keys);
pub const ENTRY_TYPE_A_NAME: Text = Text(|t| t.entry_type_a_name);
pub const ENTRY_AS_BEFORE: Text = Text(|t| t.entry_as_before);
pub const ENTRY_TYPE_A_PARTNER: Text = Text(|t| t.entry_type_a_partner);
pub const ENTRY_NO_PARTNER_NAMED: Text = Text(|t| t.entry_no_partner_named);
pub const ENTRY_CONNECTED: Text = Text(|t| t.entry_connected);
pub const RELATION_TO_ITSELF: Text = Text(|t| t.relation_to_itself);
pub const RELATION_EXISTS: Text = Text(|t| t.relation_exists);
pub const ACTION_QUICK_ENTRY: Text = Text(|t| t.action_quick_entry);
pub const ACTION_RELATION_LINE: Text = Text(|t| t.action_relation_line);

/// Labels of the action table (`actions.rs`).
pub const ACTION_NEW: Text = Text(|t| t.action_new);
pub const ACTION_OPEN: Text = Text(|t| t.action_open);
pub const ACTION_SAVE: Text = Text(|t| t.action_save);
pub const ACTION_SAVE_AS: Text = Text(|t| t.action_save_as);
pub const ACTION_REDO: Text = Text(|t| t.action_redo);
pub const ACTION_UNDO: Text = Text(|t| t.action_undo);
pub const ACTION_DELETE: Text = Text(|t| t.action_delete);
pub const ACTION_FIND: Text = Text(|t| t.action_find);
pub const ACTION_EXPORT: Text = Text(|t| t.action_export);
pub const ACTION_FIT: Text = Text(|t| t.action_fit);
pub const ACTION_RELATION_KIND_DEPENDENCY: Text = Text(|t| t.action_relation_kind_dependency);
pub const ACTION_RELATION_KIND_INTEREST: Text = Text(|t| t.action_relation_kind_interest);
pub const ACTION_RELATION_KIND_SCHOT: Text = Text(|t| t.action_relation_kind_schot);
pub const ACTION_RELATION_KIND_COLLABORATION: Text = Text(|t| t.action_relation_kind_collaboration);
pub const ACTION_CONNECT_MODE: Text = Text(|t| t.action_connect_mode);
pub const ACTION_TOGGLE_ANALYSIS: Text = Text(|t| t.action_toggle_analysis);
pub const ACTION_ZOOM_IN: Text = Text(|t| t.action_zoom_in);
pub const ACTION_ZOOM_OUT: Text = Text(|t| t.action_zoom_out);
pub const ACTION_ZOOM_RESET: Text = Text(|t| t.action_zoom_reset);
pub const ACTION_TOGGLE_THEME: Text = Text(|t| t.action_toggle_theme);
pub const ACTION_TOGGLE_LANGUAGE: Text = Text(|t| t.action_toggle_language);
pub const ACTION_PRESENT: Text = Text(|t| t.action_present);
pub const ACTION_FULL_SCREEN: Text = Text(|t| t.action_full_screen);
pub const ACTION_FOCUS: Text = Text(|t| t.action_focus);
pub const ACTION_NEXT_FINDING: Text = Text(|t| t.action_next_finding);
pub const ACTION_WALK_PARTS: Text = Text(|t| t.action_walk_parts);
pub const ACTION_PREV_FINDING: Text = Text(|t| t.action_prev_finding);
pub const ACTION_TOGGLE_KIND_DEPENDENCY: Text = Text(|t| t.action_toggle_kind_dependency);
pub const ACTION_TOGGLE_KIND_INTEREST: Text = Text(|t| t.action_toggle_kind_interest);
pub const ACTION_TOGGLE_KIND_SCHOT: Text = Text(|t| t.action_toggle_kind_schot);
pub const ACTION_TOGGLE_KIND_COLLABORATION: Text = Text(|t| t.action_toggle_kind_collaboration);
pub const ACTION_ZONES: Text = Text(|t| t.action_zones);
pub const ACTION_TIDY: Text = Text(|t| t.action_tidy);
pub const ACTION_ONION: Text = Text(|t| t.action_onion);
pub const ACTION_PIN: Text = Text(|t| t.action_pin);
pub const ACTION_HIGH_CONTRAST: Text = Text(|t| t.action_high_contrast);
pub const ACTION_HELP: Text = Text(|t| t.action_help);
pub const ACTION_CANCEL: Text = Text(|t| t.action_cancel);

/// The mouse in the help overlay: what to do, and what it does.
pub const MOUSE_HELP: [(Text, Text); 5] = [
    (Text(|t| t.mouse_help[0].0), Text(|t| t.mouse_help[0].1)),
    (Text(|t| t.mouse_help[1].0), Text(|t| t.mouse_help[1].1)),
    (Text(|t| t.mouse_help[2].0), Text(|t| t.mouse_help[2].1)),
    (Text(|t| t.mouse_help[3].0), Text(|t| t.mouse_help[3].1)),
    (Text(|t| t.mouse_help[4].0), Text(|t| t.mouse_help[4].1)),
];
