//! Quick entry: the room calls out partners and relations, the facilitator types them on one
//! line at the foot of the map.
//!
//! - A partner (`I`): `name / kind / domain`, Enter. The kind is found by its first letters
//!   (Dutch or English), the domain among the map's and the common ones; what Enter will add
//!   is shown before Enter, the kind the room is adding included. The card goes to free space
//!   beside the partner added last (or the one selected) and the view follows it. The line
//!   stays open for the next one; Escape closes it.
//! - A relation (`R`, a partner selected): the other partner's first letters, 1–4 for the
//!   kind, Enter. The line stays open for the next relation from the same partner.
//!
//! One undo step per partner and per relation. Nothing is dropped without a word: what Enter
//! cannot do is said on the line.

mod relation;

use egui::{Event, FontId, Key, Modifiers, RichText, Ui};

use crate::app::document::Command;
use crate::app::panels::Seen;
use crate::app::request::{Request, ViewRequest};
use crate::app::text;
use crate::model::entry::{self, Part};
use crate::model::{RelationKind, Stakeholder, StakeholderId, StakeholderKind};

/// How many suggestions the line offers at once.
const SUGGESTIONS: usize = 6;

/// The entry line: closed, or open for partners or for relations from one partner.
#[derive(Debug, Default)]
pub struct Entry {
    open: Option<Line>,
    /// The partner added last from the line: the next goes beside it.
    last_added: Option<StakeholderId>,
}

#[derive(Debug)]
struct Line {
    mode: Mode,
    text: String,
    /// The suggestion Tab or Enter takes (↑ ↓ move it).
    hi: usize,
    /// The field is to get the keyboard this frame (just opened, or after Enter).
    focus: bool,
    /// What the last Enter could not do, said on the line until the text changes.
    note: Option<String>,
    /// The map's domains, as of this revision (read again only when the map changed, not
    /// every frame the line is open).
    domains: Option<(u64, Vec<String>)>,
}

#[derive(Debug, Clone, PartialEq)]
enum Mode {
    Partner,
    /// Relations from this partner (the one selected when the line opened), or from the
    /// partner named before `>` on the line.
    Relation {
        from: Option<StakeholderId>,
    },
}

/// What a key did on the line this frame.
#[derive(Default)]
#[allow(clippy::struct_excessive_bools)] // One per key: not a state machine.
struct Keys {
    enter: bool,
    tab: bool,
    up: bool,
    down: bool,
    kind: Option<RelationKind>,
}

impl Entry {
    /// Open the line for partners, with what was typed before it showed.
    /// Open already (the keyboard went elsewhere, a card was clicked): the keyboard comes
    /// back to it, what was typed stays.
    pub fn open_partner(&mut self, typed: String) {
        match &mut self.open {
            Some(line) if line.mode == Mode::Partner => line.focus = true,
            _ => self.open = Some(Line::new(Mode::Partner, typed)),
        }
    }

    /// Open the line for relations from `from`, with what was typed before it showed.
    pub fn open_relation(&mut self, from: Option<StakeholderId>, typed: String) {
        self.open = Some(Line::new(Mode::Relation { from }, typed));
    }

    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    pub fn close(&mut self) {
        self.open = None;
    }

    /// The line's text field's id: it has the keyboard while the line is open.
    pub fn field_id() -> egui::Id {
        egui::Id::new("quick-entry")
    }

    /// The line at the foot of the canvas, while it is open.
    ///
    /// A strip of its own under the map (above the legend), not a window over it: it covers no
    /// card, and, unlike a new floating area, it can take the keyboard in its first frame.
    pub fn ui(&mut self, ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
        let (Some(line), Some(doc)) = (&mut self.open, seen.doc) else {
            return;
        };
        if let Mode::Relation { from: Some(from) } = &line.mode
            && doc.map().stakeholder(from).is_none()
        {
            // The partner was deleted (or undone) while the line was open.
            line.mode = Mode::Relation { from: None };
        }
        let lang = seen.lang;
        let id = Self::field_id();
        // The keyboard goes to the line before it reads this frame's input: letters typed in
        // the same frame as the key that opened it go in (see `actions::pressed`).
        let focus_now = line.focus;
        if focus_now {
            ui.memory_mut(|m| m.request_focus(id));
            line.focus = false;
        }
        let keys = line.keys(ui, id);
        let size = 18.0;
        let mut commit = false;
        egui::Panel::bottom("quick-entry").show(ui, |ui| {
            {
                let title = match &line.mode {
                    Mode::Partner => text::ENTRY_PARTNER.get(lang).to_owned(),
                    Mode::Relation { from } => match line.relation_from(doc.map(), from.as_ref()) {
                        Ok(Some(f)) => format!("{} ➡", doc.map().name_of(&f)),
                        _ => text::ENTRY_RELATION.get(lang).to_owned(),
                    },
                };
                ui.horizontal(|ui| {
                    ui.label(RichText::new(title).size(size).strong());
                    let hint = match line.mode {
                        Mode::Partner => text::ENTRY_PARTNER_HINT.get(lang),
                        Mode::Relation { .. } => text::ENTRY_RELATION_HINT.get(lang),
                    };
                    let before = line.text.clone();
                    let r = ui.add(
                        egui::TextEdit::singleline(&mut line.text)
                            .id(id)
                            .font(FontId::proportional(size))
                            .desired_width(ui.available_width())
                            .hint_text(hint)
                            .event_filter(egui::EventFilter {
                                tab: true,
                                horizontal_arrows: true,
                                vertical_arrows: true,
                                escape: false,
                            }),
                    );
                    if focus_now {
                        move_cursor_to_end(ui, id, &line.text);
                    }
                    if r.lost_focus() && !line.focus {
                        // Clicked elsewhere (a card, a panel): the line stays, without the
                        // keyboard; I or a click on it brings it back.
                    }
                    if line.text != before {
                        line.hi = 0;
                        line.note = None;
                    }
                });
                match line.mode.clone() {
                    Mode::Partner => {
                        commit = line.partner_rows(ui, seen, &keys, out);
                    }
                    Mode::Relation { from } => {
                        commit = line.relation_rows(ui, seen, from.as_ref(), &keys, out);
                    }
                }
                if let Some(note) = &line.note {
                    ui.label(
                        RichText::new(note)
                            .size(size * 0.85)
                            .color(ui.visuals().warn_fg_color),
                    );
                }
                ui.label(
                    RichText::new(match line.mode {
                        Mode::Partner => text::ENTRY_PARTNER_KEYS.get(lang),
                        Mode::Relation { .. } => text::ENTRY_RELATION_KEYS.get(lang),
                    })
                    .size(size * 0.7)
                    .weak(),
                );
            }
        });
        if commit {
            line.focus = true;
            if let Some(added) = line_added(line, seen, &mut self.last_added, out) {
                self.last_added = Some(added);
            }
        }
    }
}

/// Put the cursor after the text (a line opened with letters typed before it showed).
pub fn move_cursor_to_end(ui: &Ui, id: egui::Id, text: &str) {
    if let Some(mut state) = egui::TextEdit::load_state(ui.ctx(), id) {
        let end = egui::text::CCursor::new(text.chars().count());
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::one(end)));
        state.store(ui.ctx(), id);
    }
}

impl Line {
    fn new(mode: Mode, typed: String) -> Self {
        Line {
            mode,
            text: typed,
            hi: 0,
            focus: true,
            note: None,
            domains: None,
        }
    }

    /// The map's domains, read once per revision.
    fn domains(&mut self, doc: &crate::app::document::Document) -> &[String] {
        let revision = doc.revision();
        if self.domains.as_ref().is_none_or(|(r, _)| *r != revision) {
            self.domains = Some((revision, doc.map().domains()));
        }
        self.domains.as_ref().map_or(&[], |(_, d)| d.as_slice())
    }

    /// The line's own keys, taken before the text field sees them, while it has the keyboard:
    /// Enter, Tab, ↑ ↓, and (for a relation) 1–4 for the kind.
    fn keys(&self, ui: &Ui, id: egui::Id) -> Keys {
        let mut k = Keys::default();
        if !ui.memory(|m| m.has_focus(id)) {
            return k;
        }
        let relation = matches!(self.mode, Mode::Relation { .. });
        ui.input_mut(|i| {
            k.enter = i.consume_key(Modifiers::NONE, Key::Enter);
            k.tab = i.consume_key(Modifiers::NONE, Key::Tab);
            k.up = i.consume_key(Modifiers::NONE, Key::ArrowUp);
            k.down = i.consume_key(Modifiers::NONE, Key::ArrowDown);
            if relation {
                for (n, kind) in [Key::Num1, Key::Num2, Key::Num3, Key::Num4]
                    .into_iter()
                    .zip(RelationKind::ALL)
                {
                    if i.consume_key(Modifiers::NONE, n) {
                        k.kind = Some(kind);
                    }
                }
                // The digits' text does not go into the name.
                i.events.retain(
                    |e| !matches!(e, Event::Text(t) if matches!(t.as_str(), "1" | "2" | "3" | "4")),
                );
            }
        });
        k
    }

    /// The partner being typed: what Enter will add, and the suggestions for the part being
    /// typed (Tab takes the one marked). Returns whether Enter was pressed.
    fn partner_rows(
        &mut self,
        ui: &mut Ui,
        seen: &Seen,
        keys: &Keys,
        out: &mut Vec<Request>,
    ) -> bool {
        let Some(doc) = seen.doc else { return false };
        let lang = seen.lang;
        let domains = self.domains(doc).to_vec();
        let read = entry::read(&self.text, &domains);
        let suggestions: Vec<String> = match read.part {
            // A kind mistyped: every kind, to choose from.
            _ if read.unknown_kind.is_some() => StakeholderKind::ALL
                .into_iter()
                .map(|k| k.name(lang).to_owned())
                .collect(),
            Part::Name => Vec::new(),
            Part::Kind => entry::kinds_matching(&read.typed)
                .into_iter()
                .map(|k| k.name(lang).to_owned())
                .collect(),
            Part::Domain => entry::domains_matching(&read.typed, &domains),
        };
        self.move_highlight(keys, suggestions.len().min(SUGGESTIONS));
        // What Enter adds.
        let kind = read.kind.unwrap_or(seen.canvas.new_kind);
        let size = 16.0;
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("➡").size(size));
            let name = if read.name.is_empty() {
                RichText::new(text::ENTRY_TYPE_A_NAME.get(lang))
                    .italics()
                    .weak()
            } else {
                RichText::new(&read.name).strong()
            };
            ui.label(name.size(size));
            ui.label(RichText::new("·").size(size));
            if let Some(wrong) = &read.unknown_kind {
                ui.label(
                    RichText::new(format!("‘{wrong}’ ?"))
                        .size(size)
                        .color(ui.visuals().warn_fg_color)
                        .strong(),
                );
            } else {
                let kind_text = if read.kind.is_some() {
                    kind.name(lang).to_owned()
                } else {
                    format!("{} ({})", kind.name(lang), text::ENTRY_AS_BEFORE.get(lang))
                };
                ui.label(RichText::new(kind_text).size(size));
            }
            if let Some(d) = &read.domain {
                ui.label(RichText::new("·").size(size));
                ui.label(RichText::new(d).size(size));
            }
        });
        let mut take = None;
        if !suggestions.is_empty() {
            ui.horizontal_wrapped(|ui| {
                for (i, s) in suggestions.iter().take(SUGGESTIONS).enumerate() {
                    if ui
                        .selectable_label(i == self.hi, RichText::new(s).size(15.0))
                        .clicked()
                    {
                        take = Some(i);
                    }
                }
            });
        }
        if keys.tab && read.part == Part::Name && !read.name.is_empty() {
            // From the name on to the kind.
            self.text = format!("{} / ", self.text.trim_end());
            self.focus = true;
        } else if let Some(i) = take.or((keys.tab && !suggestions.is_empty()).then_some(self.hi)) {
            self.text = if read.unknown_kind.is_some() {
                // The mistyped kind replaced, whatever follows it kept.
                let mut parts: Vec<&str> = entry::parts(&self.text)
                    .into_iter()
                    .map(str::trim)
                    .collect();
                parts[1] = &suggestions[i];
                let mut t = parts.join(" / ");
                if parts.len() == 2 {
                    t.push_str(" / ");
                }
                t
            } else {
                entry::complete(&self.text, &suggestions[i])
            };
            self.hi = 0;
            self.focus = true;
        }
        if keys.enter {
            if read.name.is_empty() {
                self.note = Some(text::ENTRY_NAME_FIRST.get(lang).to_owned());
                return false;
            }
            if let Some(wrong) = &read.unknown_kind {
                self.note = Some(crate::tr!(lang, "entry-unknown-kind", kind = wrong.clone()));
                return false;
            }
            if let Some(k) = read.kind {
                out.push(Request::View(ViewRequest::NewKind(k)));
            }
            return true;
        }
        false
    }

    fn move_highlight(&mut self, keys: &Keys, n: usize) {
        if n == 0 {
            self.hi = 0;
            return;
        }
        if keys.down {
            self.hi = (self.hi + 1) % n;
        }
        if keys.up {
            self.hi = (self.hi + n - 1) % n;
        }
        self.hi = self.hi.min(n - 1);
    }
}

/// Enter on the partner line: the partner added where there is room, the line cleared for the
/// next. Returns the new partner's id.
fn line_added(
    line: &mut Line,
    seen: &Seen,
    last: &mut Option<StakeholderId>,
    out: &mut Vec<Request>,
) -> Option<StakeholderId> {
    let doc = seen.doc?;
    if line.mode != Mode::Partner {
        return None;
    }
    let domains = line.domains(doc).to_vec();
    let read = entry::read(&line.text, &domains);
    if read.name.is_empty() {
        return None;
    }
    let map = doc.map();
    // Beside the partner added last (else the selected one), on the side of the map's
    // middle: the cards gather round instead of running off in a row.
    let room = seen.canvas.room_for_new(last.as_ref());
    let middle = crate::layout::free::middle(&room.taken);
    let at = crate::layout::free::free_spot_toward(
        &room.taken,
        room.anchor,
        middle,
        room.size,
        room.gap,
    );
    let id = map.fresh_stakeholder_id(&read.name);
    let kind: StakeholderKind = read.kind.unwrap_or(seen.canvas.new_kind);
    let mut s = Stakeholder::new(
        id.clone(),
        &read.name,
        kind,
        f64::from(at.x),
        f64::from(at.y),
    );
    if let Some(d) = &read.domain {
        s.domain.clone_from(d);
    }
    out.push(Request::Edit(Command::AddStakeholder(s)));
    out.push(Request::View(ViewRequest::Added(id.clone())));
    // The next partner: an empty line, the kind chosen last shown as the default.
    line.text.clear();
    line.note = None;
    *last = Some(id.clone());
    Some(id)
}
