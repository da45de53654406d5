//! The file session's states, driven as the app drives them: requests, frames and answers.

use std::path::{Path, PathBuf};

use super::*;
use crate::app::files::ScriptedDialogs;
use crate::model::{Map, hand_placed};

/// A session whose dialogs answer `answers` in order (`None`: cancelled).
fn session(answers: impl IntoIterator<Item = Option<PathBuf>>) -> FileSession {
    FileSession::new(Box::new(ScriptedDialogs::with_answers(answers)), None)
}

/// An edited map, in `path` or never saved.
fn edited(path: Option<&Path>) -> Document {
    let mut doc = Document::new(hand_placed(4, 1).unwrap(), path.map(Path::to_owned));
    doc.mark_unsaved();
    doc
}

/// Run frames until the dialogs have asked and answered.
fn frames(file: &mut FileSession, doc: &mut Document, out: &mut Vec<Effect>) {
    let ctx = egui::Context::default();
    for _ in 0..3 {
        file.frame(&ctx, Some(doc), false, Lang::En, out);
    }
}

fn notices(out: &[Effect]) -> Vec<String> {
    out.iter()
        .filter_map(|e| match e {
            Effect::Notice(Some(n)) => Some(n.text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn closing_a_new_map_asks_save_then_where_and_closes_once_written() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("kaart");
    let mut file = session([Some(target.clone())]);
    let mut doc = edited(None);
    let mut out = Vec::new();
    file.request(
        FileRequest::Guard(Pending::Close),
        Some(&mut doc),
        Lang::En,
        &mut out,
    );
    assert!(file.asks_unsaved());
    assert!(!file.may_close());
    let save = PromptAnswer::Unsaved(SaveChoice::Save);
    file.answer(save, Some(&mut doc), Lang::En, &mut out);
    assert!(!file.asks_unsaved());
    assert!(
        !file.may_close(),
        "nothing is written before a path is chosen"
    );
    frames(&mut file, &mut doc, &mut out);
    let written = dir.path().join("kaart.ecomap.json");
    assert!(written.exists(), "saved with the extension added");
    assert!(!doc.is_dirty());
    assert!(file.may_close(), "then the window may close");
}

#[test]
fn a_cancelled_dialog_drops_what_waited_on_the_save() {
    let mut file = session([None]);
    let mut doc = edited(None);
    let mut out = Vec::new();
    file.request(
        FileRequest::Guard(Pending::Close),
        Some(&mut doc),
        Lang::En,
        &mut out,
    );
    let save = PromptAnswer::Unsaved(SaveChoice::Save);
    file.answer(save, Some(&mut doc), Lang::En, &mut out);
    frames(&mut file, &mut doc, &mut out);
    assert!(!file.may_close(), "cancelled: the window stays");
    assert!(doc.is_dirty(), "and the work is still there, unsaved");
}

#[test]
fn a_failed_save_keeps_the_work_and_a_later_save_does_not_close_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let nowhere = dir.path().join("no-such-folder").join("kaart.ecomap.json");
    let mut file = session([]);
    let mut doc = edited(Some(&nowhere));
    let mut out = Vec::new();
    file.request(
        FileRequest::Guard(Pending::Close),
        Some(&mut doc),
        Lang::En,
        &mut out,
    );
    let save = PromptAnswer::Unsaved(SaveChoice::Save);
    file.answer(save, Some(&mut doc), Lang::En, &mut out);
    assert!(doc.is_dirty(), "nothing was written");
    assert!(!file.may_close());
    assert!(
        notices(&out)
            .iter()
            .any(|n| n.starts_with("Could not save")),
        "{:?}",
        notices(&out)
    );
    // The user saves elsewhere later: that save closes nothing by surprise.
    doc.path = Some(dir.path().join("kaart.ecomap.json"));
    file.request(FileRequest::Save, Some(&mut doc), Lang::En, &mut out);
    assert!(!doc.is_dirty());
    assert!(!file.may_close());
}

#[test]
fn discarding_proceeds_without_writing() {
    let mut file = session([]);
    let mut doc = edited(None);
    let mut out = Vec::new();
    file.request(
        FileRequest::Guard(Pending::New),
        Some(&mut doc),
        Lang::En,
        &mut out,
    );
    assert!(out.is_empty(), "asked first");
    let discard = PromptAnswer::Unsaved(SaveChoice::Discard);
    file.answer(discard, Some(&mut doc), Lang::En, &mut out);
    assert!(matches!(out.as_slice(), [Effect::Show(d)] if d.map().stakeholder_count() == 0));
}

#[test]
fn someone_elses_save_is_asked_about_and_overwritten_only_when_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gedeeld.ecomap.json");
    crate::io::save(&hand_placed(3, 1).unwrap(), &path).unwrap();
    let (map, stamp) = crate::io::load_stamped(&path).unwrap();
    let mut doc = Document::new(map, Some(path.clone()));
    doc.disk = Some(stamp);
    doc.mark_unsaved();
    // Someone else saves meanwhile (a different size: the stamp differs for sure).
    crate::io::save(&hand_placed(6, 2).unwrap(), &path).unwrap();
    let mut file = session([]);
    let mut out = Vec::new();
    file.request(FileRequest::Save, Some(&mut doc), Lang::En, &mut out);
    assert!(file.conflict().is_some(), "asked, not written");
    assert_eq!(crate::io::load(&path).unwrap().stakeholder_count(), 6);
    let overwrite = PromptAnswer::Conflict(Choice::Overwrite);
    file.answer(overwrite, Some(&mut doc), Lang::En, &mut out);
    assert!(file.conflict().is_none());
    assert_eq!(crate::io::load(&path).unwrap().stakeholder_count(), 3);
    assert!(!doc.is_dirty());
}

#[test]
fn a_second_session_on_the_same_file_is_told_it_is_open_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("samen.ecomap.json");
    crate::io::save(&Map::new("Samen"), &path).unwrap();
    let doc = Document::new(Map::new("Samen"), Some(path.clone()));
    let (mut first, mut second) = (session([]), session([]));
    let mut out = Vec::new();
    first.follow(Some(&doc), None, Lang::En, &mut out);
    assert!(!first.open_elsewhere());
    assert!(out.is_empty());
    second.follow(Some(&doc), None, Lang::En, &mut out);
    assert!(second.open_elsewhere(), "the lock names the first");
    assert_eq!(notices(&out).len(), 1, "and the user is told once");
    // Following the same file again says nothing new.
    second.follow(Some(&doc), None, Lang::En, &mut out);
    assert_eq!(notices(&out).len(), 1);
    // The first lets go (the start screen): the next one opens quietly.
    first.follow(None, None, Lang::En, &mut out);
    second.follow(None, None, Lang::En, &mut out);
    let mut third = session([]);
    third.follow(Some(&doc), None, Lang::En, &mut out);
    assert!(!third.open_elsewhere());
}
