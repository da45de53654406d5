//! Nobody's work is lost: before a save replaces the open map's file, check that nobody else
//! changed it since we read or wrote it. If someone did, ask: reload theirs, keep mine as a
//! copy, or overwrite; and show what differs.

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::document::Document;
use super::text;
use crate::lang::Lang;
use crate::model::{Map, RelationId, StakeholderId};

/// The file changed on disk under the open map.
pub struct Conflict {
    pub path: PathBuf,
    /// What differs between the file and the open map, in lines for the prompt.
    pub summary: Vec<String>,
}

/// What the user chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    ReloadTheirs,
    KeepMineAsCopy,
    Overwrite,
    Cancel,
}

/// Stakeholders and relations only in one of the two maps, and those in both that differ.
pub fn differences(mine: &Map, theirs: &Map, lang: Lang) -> Vec<String> {
    let ids = |m: &Map| -> (BTreeSet<StakeholderId>, BTreeSet<RelationId>) {
        (
            m.stakeholders().map(|s| s.id.clone()).collect(),
            m.relations().map(|r| r.id.clone()).collect(),
        )
    };
    let (ms, mr) = ids(mine);
    let (ts, tr) = ids(theirs);
    let names = |m: &Map, set: Vec<&StakeholderId>| -> String {
        let mut v: Vec<String> = set
            .iter()
            .take(5)
            .map(|id| {
                m.stakeholder(id).map_or_else(
                    || crate::model::shown(id.as_str()),
                    |s| crate::model::shown(&s.name),
                )
            })
            .collect();
        if set.len() > 5 {
            v.push("…".to_owned());
        }
        v.join(", ")
    };
    let mut out = Vec::new();
    let mut side = |m: &Map, only_s: Vec<&StakeholderId>, only_r: usize, which: text::Text| {
        if only_s.is_empty() && only_r == 0 {
            return;
        }
        let mut line = crate::tr!(
            lang,
            "diff-line",
            side = which.get(lang),
            s = only_s.len(),
            r = only_r
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
        text::DIFF_ONLY_IN_FILE,
    );
    side(
        mine,
        ms.difference(&ts).collect(),
        mr.difference(&tr).count(),
        text::DIFF_ONLY_IN_MAP,
    );
    let changed = ms
        .intersection(&ts)
        .filter(|id| mine.stakeholder(*id) != theirs.stakeholder(*id))
        .count()
        + mr.intersection(&tr)
            .filter(|id| mine.relation(*id) != theirs.relation(*id))
            .count();
    if changed > 0 {
        out.push(crate::tr!(lang, "diff-in-both", n = changed));
    }
    if mine.title != theirs.title {
        out.push(text::DIFF_TITLE.get(lang).to_owned());
    }
    out
}

/// Whether saving the open map to `path` would overwrite someone else's changes: what
/// differs, for the prompt (the save must wait for the answer), or `None` when the file is as
/// we last read or wrote it.
pub fn check(doc: &Document, path: &std::path::Path, lang: Lang) -> Option<Conflict> {
    let open = doc.path.as_deref()?;
    if !same_file(open, path) {
        return None;
    }
    // Deleted meanwhile (saving recreates it), or unreadable (the save will say).
    let Ok(Some(now)) = crate::io::stamp(path) else {
        return None;
    };
    // `None`: we never read this file (a restored recovery copy): whatever is there now is
    // someone's, so ask too.
    if doc.disk == Some(now) {
        return None;
    }
    let summary = match crate::io::load(path) {
        Ok(theirs) => differences(doc.map(), &theirs, lang),
        Err(e) => vec![format!(
            "{}: {}",
            text::CANNOT_OPEN.get(lang),
            e.user_message(lang)
        )],
    };
    log_line(&format!(
        "{} changed on disk since it was opened",
        path.display()
    ));
    Some(Conflict {
        path: path.to_owned(),
        summary,
    })
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
pub fn copy_name(path: &std::path::Path, lang: Lang) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".ecomap.json").unwrap_or(&name);
    format!("{stem} ({}).ecomap.json", text::COPY_WORD.get(lang))
}

/// A line for whoever reads the log (stderr), never for the user's screen.
fn log_line(msg: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr().lock(), "ecomap: {msg}");
}
