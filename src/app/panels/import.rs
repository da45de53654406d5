//! Importing a spreadsheet (File → Import, Ctrl+Shift+I): what will come in before it does.
//! How many partners and relations, each type of the sheet with the kind it becomes (a type
//! no kind matched: the user picks, and the choice is offered again next time), and the rows
//! left out with why. Import (or Enter) adds everything as one undo step, placed around the map
//! as it is. Cells pasted from a spreadsheet come here too.

use egui::{RichText, Ui};

use crate::app::document::Command;
use crate::app::panels::Seen;
use crate::app::request::{Request, SettingRequest, ViewRequest};
use crate::app::text;
use crate::io::sheets::{self, ImportError, Imported, KindMapping, Sheet};
use crate::model::{RelationKind, StakeholderKind};

/// How many rows left out the window lists.
const SHOWN_SKIPPED: usize = 8;

/// A spreadsheet read, waiting for the user's go.
#[derive(Debug)]
struct Pending {
    /// The file's name, for the window's title.
    name: String,
    sheets: Vec<Sheet>,
    /// The types mapped so far (remembered ones, then the user's picks).
    kinds: KindMapping,
    /// The import as it would be, for the map's revision it was made for.
    plan: Option<(u64, Result<Imported, ImportError>)>,
}

#[derive(Debug, Default)]
pub struct ImportPrompt {
    pending: Option<Pending>,
}

impl ImportPrompt {
    /// Ask about `sheets` read from a file called `name`; `remembered`: the kinds chosen for
    /// types at earlier imports.
    pub fn open(
        &mut self,
        name: String,
        sheets: Vec<Sheet>,
        remembered: &std::collections::BTreeMap<String, String>,
    ) {
        let text: Vec<String> = remembered.iter().map(|(t, k)| format!("{t}={k}")).collect();
        let kinds = KindMapping::parse(&text.join(",")).unwrap_or_default();
        self.pending = Some(Pending {
            name,
            sheets,
            kinds,
            plan: None,
        });
    }

    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }

    /// Close without importing (Escape).
    pub fn close(&mut self) {
        self.pending = None;
    }

    pub fn ui(&mut self, ui: &mut Ui, seen: &Seen, out: &mut Vec<Request>) {
        let (Some(p), Some(doc)) = (&mut self.pending, seen.doc) else {
            return;
        };
        let lang = seen.lang;
        if p.plan
            .as_ref()
            .is_none_or(|(rev, _)| *rev != doc.revision())
        {
            p.plan = Some((
                doc.revision(),
                sheets::import_into(doc.map(), &p.sheets, &p.kinds),
            ));
        }
        let (mut go, mut cancel) = (false, false);
        let mut changed = false;
        let title = crate::tr!(lang, "import-title", name = &p.name);
        egui::Window::new(title)
            .collapsible(false)
            // Room for the file's name in the title and a line of the sheet per row.
            .min_width(480.0)
            .anchor(egui::Align2::CENTER_CENTER, egui::vec2(0.0, 0.0))
            .show(ui.ctx(), |ui| {
                let Some((_, plan)) = &p.plan else { return };
                match plan {
                    Ok(got) => {
                        ui.label(
                            RichText::new(crate::tr!(
                                lang,
                                "import-will-add",
                                s = got.new_stakeholders.len(),
                                r = got.new_relations.len()
                            ))
                            .strong(),
                        );
                        // Types no kind matched: the user picks (they are "other" until then).
                        for (ty, n) in &got.unknown_types {
                            ui.horizontal(|ui| {
                                ui.label(format!("{ty} ({n}) →"));
                                let mut kind = StakeholderKind::Other;
                                egui::ComboBox::from_id_salt(("import-kind", ty))
                                    .selected_text(kind.name(lang))
                                    .show_ui(ui, |ui| {
                                        for k in StakeholderKind::ALL {
                                            ui.selectable_value(&mut kind, k, k.name(lang));
                                        }
                                    });
                                if kind != StakeholderKind::Other {
                                    p.kinds.stakeholders.insert(ty.to_lowercase(), kind);
                                    changed = true;
                                }
                            });
                        }
                        if got.in_rows {
                            ui.label(crate::tr!(
                                lang,
                                "import-in-rows",
                                n = got.new_stakeholders.len()
                            ));
                        }
                        if got.added_for_connections > 0 {
                            ui.label(got.added_message(lang));
                        }
                        for s in got.skipped.iter().take(SHOWN_SKIPPED) {
                            ui.label(RichText::new(s.user_message(lang)).weak());
                        }
                        if got.skipped.len() > SHOWN_SKIPPED {
                            ui.label(
                                RichText::new(crate::tr!(
                                    lang,
                                    "paste-and-more",
                                    n = got.skipped.len() - SHOWN_SKIPPED
                                ))
                                .weak(),
                            );
                        }
                    }
                    // Relation types no kind matched: each must be given one.
                    Err(ImportError::UnknownRelationTypes(types)) => {
                        ui.label(crate::tr!(lang, "import-pick-relation-kinds"));
                        for ty in types {
                            ui.horizontal(|ui| {
                                ui.label(format!("{ty} →"));
                                let mut kind: Option<RelationKind> = None;
                                egui::ComboBox::from_id_salt(("import-relation", ty))
                                    .selected_text("…")
                                    .show_ui(ui, |ui| {
                                        for k in RelationKind::ALL {
                                            ui.selectable_value(&mut kind, Some(k), k.name(lang));
                                        }
                                    });
                                if let Some(k) = kind {
                                    p.kinds.relations.insert(ty.to_lowercase(), k);
                                    changed = true;
                                }
                            });
                        }
                    }
                    Err(e) => {
                        ui.colored_label(ui.visuals().error_fg_color, e.user_message(lang));
                    }
                }
                ui.horizontal(|ui| {
                    let ready = matches!(plan, Ok(got) if !got.new_stakeholders.is_empty() || !got.new_relations.is_empty());
                    if ui
                        .add_enabled(ready, egui::Button::new(crate::tr!(lang, "import-button")))
                        .clicked()
                    {
                        go = true;
                    }
                    if ui.button(text::CANCEL.get(lang)).clicked() {
                        cancel = true;
                    }
                });
            });
        if changed {
            p.plan = None;
        }
        if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            cancel = true;
        }
        // Enter imports, as the button does, when no control has the keyboard (Enter on a
        // focused Cancel or type list is theirs).
        let ready = matches!(&p.plan, Some((_, Ok(got))) if !got.new_stakeholders.is_empty() || !got.new_relations.is_empty());
        if ready
            && !cancel
            && ui.ctx().memory(|m| m.focused().is_none())
            && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Enter))
        {
            go = true;
        }
        if go && let Some((_, Ok(got))) = &p.plan {
            let mut batch: Vec<Command> = got
                .new_stakeholders
                .iter()
                .filter_map(|id| got.map.stakeholder(id).cloned())
                .map(Command::AddStakeholder)
                .collect();
            batch.extend(
                got.new_relations
                    .iter()
                    .filter_map(|id| got.map.relation(id).cloned())
                    .map(Command::Connect),
            );
            out.push(Request::Edit(Command::Batch(batch)));
            out.push(Request::View(ViewRequest::Show(
                got.new_stakeholders.clone(),
            )));
            let mut kinds: std::collections::BTreeMap<String, String> = p
                .kinds
                .stakeholders
                .iter()
                .map(|(t, k)| (t.clone(), k.id().to_owned()))
                .collect();
            kinds.extend(
                p.kinds
                    .relations
                    .iter()
                    .map(|(t, k)| (t.clone(), k.id().to_owned())),
            );
            out.push(Request::Setting(SettingRequest::ImportKinds(kinds)));
        }
        if go || cancel {
            self.pending = None;
        }
    }
}
