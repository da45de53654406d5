//! The relation line: `from > to` or the other partner of the selected one, 1–4 for the kind.

use egui::{RichText, Ui};

use super::{Keys, Line, Mode, SUGGESTIONS};
use crate::app::actions::Action;
use crate::app::document::Command;
use crate::app::panels::Seen;
use crate::app::request::Request;
use crate::app::text;
use crate::model::entry;
use crate::model::{Relation, RelationKind, StakeholderId};

impl Line {
    /// The partner relations go from: the one named before `>`, else the one the line opened
    /// with. `Err` with what was typed when no partner is called that.
    pub(super) fn relation_from(
        &self,
        map: &crate::model::Map,
        preset: Option<&StakeholderId>,
    ) -> Result<Option<StakeholderId>, String> {
        match split_ends(&self.text) {
            Some((q, _)) => partners_matching(map, q, None)
                .into_iter()
                .next()
                .map(|(id, _)| Some(id))
                .ok_or_else(|| q.trim().to_owned()),
            None => Ok(preset.cloned()),
        }
    }

    /// The relation being typed: the partners whose name matches, the kind (1–4); `from > to`
    /// names both ends. Returns whether Enter was pressed with a partner to connect to (always
    /// `false`: the relation is asked for here, the line stays open).
    pub(super) fn relation_rows(
        &mut self,
        ui: &mut Ui,
        seen: &Seen,
        preset: Option<&StakeholderId>,
        keys: &Keys,
        out: &mut Vec<Request>,
    ) -> bool {
        let Some(doc) = seen.doc else { return false };
        let (map, lang) = (doc.map(), seen.lang);
        if let Some(k) = keys.kind {
            out.push(Request::Do(Action::RelationKind(k)));
        }
        let kind = keys.kind.unwrap_or(seen.view.relation_kind);
        let from = self.relation_from(map, preset);
        let explicit = self.text.contains('>');
        // What is being typed: the other end, or (no partner yet) the first.
        let (typed, typing_from) = match (split_ends(&self.text), &from) {
            (Some((_, to)), _) => (to.to_owned(), false),
            (None, Ok(Some(_))) => (self.text.clone(), false),
            _ => (self.text.clone(), true),
        };
        let exclude = from.as_ref().ok().and_then(Option::as_ref);
        let matches = partners_matching(map, &typed, if typing_from { None } else { exclude });
        self.move_highlight(keys, matches.len().min(SUGGESTIONS));
        let size = 16.0;
        let mut chosen_kind = None;
        ui.horizontal_wrapped(|ui| {
            for (n, k) in RelationKind::ALL.into_iter().enumerate() {
                let label = RichText::new(format!("{} {}", n + 1, k.name(lang))).size(size);
                if ui.selectable_label(k == kind, label).clicked() {
                    chosen_kind = Some(k);
                }
            }
        });
        if let Some(k) = chosen_kind {
            out.push(Request::Do(Action::RelationKind(k)));
            self.focus = true;
        }
        let mut take = None;
        ui.horizontal_wrapped(|ui| {
            for (i, (_, name)) in matches.iter().take(SUGGESTIONS).enumerate() {
                if ui
                    .selectable_label(i == self.hi, RichText::new(name).size(15.0))
                    .clicked()
                {
                    take = Some(i);
                }
            }
        });
        let complete = |line: &mut Line, name: &str| {
            line.text = match (typing_from, line.text.rsplit_once('>')) {
                (true, _) => format!("{name} > "),
                (false, Some((f, _))) => format!("{} > {name}", f.trim()),
                (false, None) => name.to_owned(),
            };
            line.focus = true;
        };
        if keys.tab && !matches.is_empty() {
            complete(self, &matches[self.hi].1);
            return false;
        }
        if typing_from {
            if let Some(i) = take {
                complete(self, &matches[i].1);
            } else if keys.enter {
                self.note = Some(text::ENTRY_FROM_TO_HINT.get(lang).to_owned());
            }
            return false;
        }
        if !(keys.enter || take.is_some()) {
            return false;
        }
        let from = match from {
            Ok(Some(f)) => f,
            Ok(None) => return false,
            Err(q) => {
                self.note = Some(no_partner_named(&q, lang));
                return false;
            }
        };
        let Some((to, _)) = matches.get(take.unwrap_or(self.hi)) else {
            self.note = Some(if typed.trim().is_empty() {
                text::ENTRY_TYPE_A_PARTNER.get(lang).to_owned()
            } else {
                no_partner_named(typed.trim(), lang)
            });
            return false;
        };
        if let Some(why) = crate::app::document::relation_refusal(map, &from, to, kind) {
            self.note = Some(why.get(lang).to_owned());
            return false;
        }
        let id = map.fresh_relation_id();
        out.push(Request::Edit(Command::Connect(Relation::new(
            id,
            kind,
            from.clone(),
            to.clone(),
        ))));
        self.note = Some(crate::tr!(
            lang,
            "entry-connected",
            from = map.name_of(&from).to_owned(),
            to = map.name_of(to).to_owned()
        ));
        // The next relation from the same partner: it becomes the line's partner (typing
        // `from > to` again names another).
        if explicit {
            self.mode = Mode::Relation {
                from: Some(from.clone()),
            };
        }
        self.text.clear();
        self.focus = true;
        false
    }
}

/// The partners whose name starts with (first) or holds what is typed, not `from`, best first.
pub(super) fn partners_matching(
    map: &crate::model::Map,
    typed: &str,
    from: Option<&StakeholderId>,
) -> Vec<(StakeholderId, String)> {
    let t = entry::fold(typed.trim());
    if t.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(u8, String, StakeholderId)> = map
        .stakeholders()
        .filter(|s| Some(&s.id) != from)
        .filter_map(|s| {
            let name = entry::fold(&s.name);
            let score = if name.starts_with(&t) {
                0
            } else if name
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.starts_with(&t))
            {
                1
            } else if name.contains(&t) {
                2
            } else {
                return None;
            };
            Some((score, s.name.clone(), s.id.clone()))
        })
        .collect();
    scored.sort();
    scored.into_iter().map(|(_, n, id)| (id, n)).collect()
}

/// The two ends typed on a relation line, `from > to`: the last two parts, so that after
/// `Thuiszorg > ` (kept for the next relation from it) `huisarts > zilver` starts from
/// another partner.
fn split_ends(line: &str) -> Option<(&str, &str)> {
    let (rest, to) = line.rsplit_once('>')?;
    let from = rest.rsplit_once('>').map_or(rest, |(_, f)| f);
    Some((from, to))
}

fn no_partner_named(name: &str, lang: crate::lang::Lang) -> String {
    crate::tr!(lang, "entry-no-partner-named", name = name.to_owned())
}
