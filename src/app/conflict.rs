//! Nobody's work is lost: before a save replaces the open map's file, check that nobody else
//! changed it since we read or wrote it. If someone did, ask: reload theirs, keep mine as a
//! copy, or overwrite; and show what differs.

use std::collections::BTreeSet;
use std::path::PathBuf;

use egui::{RichText, Ui};

use super::text;
use super::{DialogPurpose, EcomapApp};
use crate::lang::Lang;
use crate::model::Map;

/// The file changed on disk under the open map.
pub struct Conflict {
    pub path: PathBuf,
    /// What differs between the file and the open map, in lines for the prompt.
    pub summary: Vec<String>,
}

/// What the user chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Choice {
    ReloadTheirs,
    KeepMineAsCopy,
    Overwrite,
    Cancel,
}

/// Stakeholders and relations only in one of the two maps, and those in both that differ.
pub fn differences(mine: &Map, theirs: &Map, lang: Lang) -> Vec<String> {
    let ids = |m: &Map| -> (BTreeSet<String>, BTreeSet<String>) {
        (
            m.stakeholders().map(|s| s.id.clone()).collect(),
            m.relations().map(|r| r.id.clone()).collect(),
        )
    };
    let (ms, mr) = ids(mine);
    let (ts, tr) = ids(theirs);
    let names = |m: &Map, set: Vec<&String>| -> String {
        let mut v: Vec<String> = set
            .iter()
            .take(5)
            .map(|id| {
                m.stakeholder(id)
                    .map_or_else(|| crate::model::shown(id), |s| crate::model::shown(&s.name))
            })
            .collect();
        if set.len() > 5 {
            v.push("…".to_owned());
        }
        v.join(", ")
    };
    let mut out = Vec::new();
    let mut side = |m: &Map, only_s: Vec<&String>, only_r: usize, nl: &str, en: &str| {
        if only_s.is_empty() && only_r == 0 {
            return;
        }
        let mut line = format!(
            "{}: {} {}, {} {}",
            lang.pick(nl, en),
            only_s.len(),
            lang.pick("belanghebbenden", "stakeholders"),
            only_r,
            lang.pick("relaties", "relations")
        );
        if !only_s.is_empty() {
            line = format!("{line} ({})", names(m, only_s));
        }
        out.push(line);
    };
    side(
        theirs,
        ts.difference(&ms).collect(),
        tr.difference(&mr).count(),
        "Alleen in het bestand",
        "Only in the file",
    );
    side(
        mine,
        ms.difference(&ts).collect(),
        mr.difference(&tr).count(),
        "Alleen in uw kaart",
        "Only in your map",
    );
    let changed = ms
        .intersection(&ts)
        .filter(|id| mine.stakeholder(id) != theirs.stakeholder(id))
        .count()
        + mr.intersection(&tr)
            .filter(|id| mine.relation(id) != theirs.relation(id))
            .count();
    if changed > 0 {
        out.push(format!(
            "{}: {changed}",
            lang.pick("In beide, maar anders", "In both, but different")
        ));
    }
    if mine.title != theirs.title {
        out.push(
            lang.pick("De titel verschilt", "The title differs")
                .to_owned(),
        );
    }
    out
}

impl EcomapApp {
    /// Whether saving the open map to `path` would overwrite someone else's changes; if so,
    /// the prompt is raised and the save must wait.
    pub(super) fn changed_on_disk(&mut self, path: &std::path::Path) -> bool {
        let Some(doc) = &self.doc else { return false };
        let Some(open) = doc.path.as_deref() else {
            return false;
        };
        if !same_file(open, path) {
            return false;
        }
        // Deleted meanwhile (saving recreates it), or unreadable (the save will say).
        let Ok(Some(now)) = crate::io::stamp(path) else {
            return false;
        };
        // `None`: we never read this file (a restored recovery copy): whatever is there now is
        // someone's, so ask too.
        if doc.disk == Some(now) {
            return false;
        }
        let summary = match crate::io::load(path) {
            Ok(theirs) => differences(doc.map(), &theirs, self.lang),
            Err(e) => vec![format!(
                "{}: {}",
                self.tr(text::CANNOT_OPEN),
                e.user_message(self.lang)
            )],
        };
        log_line(&format!(
            "{} changed on disk since it was opened",
            path.display()
        ));
        self.conflict = Some(Conflict {
            path: path.to_owned(),
            summary,
        });
        true
    }

    /// The file changed on disk while nothing was edited here: load it?
    pub(super) fn reload_modal(&mut self, ui: &mut Ui) {
        if !self.reload_offer {
            return;
        }
        let lang = self.lang;
        let mut answer = None;
        egui::Modal::new(egui::Id::new("reload-offer")).show(ui.ctx(), |ui| {
            ui.set_max_width(520.0);
            ui.heading(text::CHANGED_ON_DISK.get(lang));
            ui.label(text::LOAD_NEW_VERSION.get(lang));
            ui.horizontal(|ui| {
                if ui.button(text::LOAD_IT.get(lang)).clicked() {
                    answer = Some(true);
                }
                if ui.button(text::KEEP_THIS_ONE.get(lang)).clicked() {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) => {
                self.reload_offer = false;
                if let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) {
                    self.open_path(&path);
                }
            }
            // Kept: not offered again for these contents; the next save will find the change
            // and ask.
            Some(false) => {
                self.reload_offer = false;
                self.declined = self
                    .doc
                    .as_ref()
                    .and_then(|d| d.path.as_deref())
                    .and_then(|p| crate::io::stamp(p).ok().flatten());
            }
            None => {}
        }
    }

    pub(super) fn conflict_modal(&mut self, ui: &mut Ui) {
        let Some(conflict) = &self.conflict else {
            return;
        };
        let lang = self.lang;
        let mut choice = None;
        egui::Modal::new(egui::Id::new("changed-on-disk")).show(ui.ctx(), |ui| {
            ui.set_max_width(560.0);
            ui.heading(text::CHANGED_ON_DISK.get(lang));
            ui.label(format!(
                "{} {}",
                text::CHANGED_ON_DISK_EXPLAIN.get(lang),
                conflict.path.display()
            ));
            for line in &conflict.summary {
                ui.label(RichText::new(format!("• {line}")).strong());
            }
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                if ui.button(text::RELOAD_THEIRS.get(lang)).clicked() {
                    choice = Some(Choice::ReloadTheirs);
                }
                if ui.button(text::KEEP_MINE_AS_COPY.get(lang)).clicked() {
                    choice = Some(Choice::KeepMineAsCopy);
                }
                if ui.button(text::OVERWRITE.get(lang)).clicked() {
                    choice = Some(Choice::Overwrite);
                }
                if ui.button(text::CANCEL.get(lang)).clicked() {
                    choice = Some(Choice::Cancel);
                }
            });
        });
        let Some(choice) = choice else { return };
        let Some(conflict) = self.conflict.take() else {
            return;
        };
        match choice {
            Choice::ReloadTheirs => {
                // What was waiting for a save (closing, opening another map) waits no more:
                // the user chose to look at theirs first.
                self.save_then = None;
                self.open_path(&conflict.path);
            }
            Choice::KeepMineAsCopy => {
                // A name that is not the file being protected.
                let name = copy_name(&conflict.path, lang);
                self.ask_dialog_named(DialogPurpose::SaveAs, name);
            }
            Choice::Overwrite => {
                // Theirs is what we now knowingly replace.
                if let Some(doc) = &mut self.doc {
                    doc.disk = crate::io::stamp(&conflict.path).ok().flatten();
                }
                if self.save_to(&conflict.path)
                    && let Some(next) = self.save_then.take()
                {
                    self.proceed(next);
                }
            }
            Choice::Cancel => self.save_then = None,
        }
    }
}

/// Whether two paths name the same file (a relative path, a symbolic link, the chooser's
/// absolute path): compared canonically where both exist.
pub fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

/// "kaart.ecomap.json" → "kaart (kopie).ecomap.json": the suggested name for keeping mine.
fn copy_name(path: &std::path::Path, lang: Lang) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".ecomap.json").unwrap_or(&name);
    format!("{stem} ({}).ecomap.json", lang.pick("kopie", "copy"))
}

/// A line for whoever reads the log (stderr), never for the user's screen.
fn log_line(msg: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr().lock(), "ecomap: {msg}");
}
