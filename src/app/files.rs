//! File dialogs (off the UI thread, behind a trait so tests supply paths), recent files, and
//! the autosave recovery copy.

use std::path::{Path, PathBuf};

use super::text::{self, Text};
use super::work::{self, Work};

/// What a dialog was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogPurpose {
    Open,
    SaveAs,
    /// Where to write a report image.
    Export,
    /// The new folder for a report pack.
    Report,
    /// A spreadsheet to import.
    Import,
}

/// What a file dialog answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogAnswer {
    Picked(PathBuf),
    Cancelled,
    /// No dialog could be shown (no desktop portal, an error, or an answer so quick that no
    /// dialog can have been on screen): the app opens its built-in chooser instead. The text
    /// says why, for the notice (and in English for the log).
    Unavailable(Text),
}

/// Asks the user for a path. `ask` must not block; the answer arrives through `poll`.
pub trait FileDialogs {
    fn ask(&mut self, purpose: DialogPurpose, suggested_name: &str, ctx: &egui::Context);
    /// The answer, once there is one.
    fn poll(&mut self) -> Option<(DialogPurpose, DialogAnswer)>;
    /// Whether a dialog is open (the UI stays usable, but won't ask again).
    fn is_open(&self) -> bool;
}

/// Native dialogs with rfd, each on its own thread so the UI keeps painting.
#[derive(Default)]
pub struct NativeDialogs {
    /// The dialog shown, and its answer to come.
    pending: Option<(DialogPurpose, Work<DialogAnswer>)>,
}

/// An answer faster than this cannot have come from a person: the dialog was never shown.
/// (rfd's portal back end answers `None` at once when no portal runs, just as for a cancel.)
const TOO_QUICK: std::time::Duration = std::time::Duration::from_millis(250);

/// Why no desktop portal can answer, if that is clear before asking: no session bus.
fn no_portal() -> Option<Text> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let bus_env = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
    let bus_socket =
        std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|d| Path::new(&d).join("bus").exists());
    (!bus_env && !bus_socket).then_some(text::DIALOG_NO_BUS)
}

impl FileDialogs for NativeDialogs {
    fn ask(&mut self, purpose: DialogPurpose, suggested_name: &str, ctx: &egui::Context) {
        if self.pending.is_some() {
            return;
        }
        let name = suggested_name.to_owned();
        let job = work::spawn("file dialog", Some(ctx.clone()), move || {
            if let Some(why) = no_portal() {
                return DialogAnswer::Unavailable(why);
            }
            let started = std::time::Instant::now();
            let dialog = rfd::FileDialog::new();
            let path = match purpose {
                DialogPurpose::Open => dialog.add_filter("ecomap", &["json"]).pick_file(),
                DialogPurpose::SaveAs => dialog
                    .add_filter("ecomap", &["json"])
                    .set_file_name(name)
                    .save_file(),
                DialogPurpose::Export => dialog
                    .add_filter(
                        "PNG / SVG / PDF / Excel / CSV / GEXF / GraphML",
                        &["png", "svg", "pdf", "xlsx", "csv", "gexf", "graphml"],
                    )
                    .set_file_name(name)
                    .save_file(),
                // A name for the new folder, asked as a file is: a folder picker offers only
                // folders that exist.
                DialogPurpose::Report => dialog.set_file_name(name).save_file(),
                DialogPurpose::Import => dialog
                    .add_filter(
                        "Excel / ODS / CSV / GEXF / GraphML",
                        &["xlsx", "ods", "csv", "gexf", "graphml"],
                    )
                    .pick_file(),
            };
            match path {
                Some(p) => DialogAnswer::Picked(p),
                None if started.elapsed() < TOO_QUICK => {
                    DialogAnswer::Unavailable(text::DIALOG_CLOSED_AT_ONCE)
                }
                None => DialogAnswer::Cancelled,
            }
        });
        self.pending = Some((purpose, job));
    }

    fn poll(&mut self) -> Option<(DialogPurpose, DialogAnswer)> {
        let (purpose, job) = self.pending.take()?;
        match job.try_take() {
            // The dialog thread died (a panic in the toolkit): no dialog was shown.
            Ok(answer) => Some((
                purpose,
                answer.unwrap_or(DialogAnswer::Unavailable(text::DIALOG_FAILED)),
            )),
            Err(running) => {
                self.pending = Some((purpose, running));
                None
            }
        }
    }

    fn is_open(&self) -> bool {
        self.pending.is_some()
    }
}

/// Dialogs that answer from a list, for tests.
#[derive(Default)]
pub struct ScriptedDialogs {
    pub answers: std::collections::VecDeque<DialogAnswer>,
    asked: Option<DialogPurpose>,
}

impl ScriptedDialogs {
    /// Answers the next dialogs with these paths, in order (`None`: cancelled).
    pub fn with_answers(answers: impl IntoIterator<Item = Option<PathBuf>>) -> Self {
        ScriptedDialogs {
            answers: answers
                .into_iter()
                .map(|a| a.map_or(DialogAnswer::Cancelled, DialogAnswer::Picked))
                .collect(),
            asked: None,
        }
    }

    /// A back end whose dialogs never appear (like rfd without a desktop portal).
    pub fn failing() -> Self {
        ScriptedDialogs {
            answers: std::iter::repeat_n(DialogAnswer::Unavailable(text::DIALOG_SCRIPTED), 16)
                .collect(),
            asked: None,
        }
    }
}

impl FileDialogs for ScriptedDialogs {
    fn ask(&mut self, purpose: DialogPurpose, _suggested: &str, _ctx: &egui::Context) {
        self.asked = Some(purpose);
    }

    fn poll(&mut self) -> Option<(DialogPurpose, DialogAnswer)> {
        let purpose = self.asked.take()?;
        Some((
            purpose,
            self.answers.pop_front().unwrap_or(DialogAnswer::Cancelled),
        ))
    }

    fn is_open(&self) -> bool {
        self.asked.is_some()
    }
}

/// `kaart` → `kaart.ecomap.json`; a name that already ends in `.json` is kept.
pub fn with_extension(path: PathBuf) -> PathBuf {
    if path
        .to_string_lossy()
        .to_ascii_lowercase()
        .ends_with(".json")
    {
        path
    } else {
        let mut s = path.into_os_string();
        s.push(".ecomap.json");
        PathBuf::from(s)
    }
}

/// A file name from a map title: `Gezonde Wijk` → `Gezonde Wijk.ecomap.json`.
pub fn suggested_file_name(title: &str) -> String {
    let clean: String = title
        .chars()
        .map(|c| if "/\\:*?\"<>|".contains(c) { '-' } else { c })
        .collect();
    let clean = clean.trim();
    if clean.is_empty() {
        "kaart.ecomap.json".to_owned()
    } else {
        format!("{clean}.ecomap.json")
    }
}

/// Recent files, newest first, at most ten, no duplicates.
pub fn push_recent(recent: &mut Vec<PathBuf>, path: &Path) {
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    recent.retain(|p| p != &path);
    recent.insert(0, path);
    recent.truncate(10);
}

/// Where the autosave recovery copy lives: the user's data directory.
pub fn recovery_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("nl", "ecomap", "ecomap").map(|d| d.data_local_dir().to_owned())
}

/// The recovery copy and a note of which file it belongs to.
pub struct Recovery {
    dir: PathBuf,
    /// This instance: its copy is `recovery-<pid>.ecomap`.
    pid: u32,
    /// When this instance started: a copy under our own process id that is older than this
    /// was left by a crashed predecessor that had the same id (after a reboot).
    started: std::time::SystemTime,
}

/// A recovery copy left by an instance that is no longer running.
pub struct Found {
    pub map: crate::model::Map,
    /// The file the map came from, if it had one.
    pub origin: Option<PathBuf>,
    /// The copy itself, removed once restored or discarded.
    source: PathBuf,
}

const COPY_PREFIX: &str = "recovery-";
const COPY_SUFFIX: &str = ".ecomap";

impl Recovery {
    pub fn new(dir: PathBuf) -> Self {
        Recovery {
            dir,
            pid: std::process::id(),
            started: std::time::SystemTime::now(),
        }
    }

    fn own_path(&self) -> PathBuf {
        self.dir
            .join(format!("{COPY_PREFIX}{}{COPY_SUFFIX}", self.pid))
    }

    /// Write this instance's copy: the origin path (a JSON string) on the first line, the map
    /// after it, in one atomic write, so a crash can never pair one map with another's path.
    pub fn write(&self, map: &crate::model::Map, origin: Option<&Path>) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        // Absolute: the next start may run from another folder.
        let origin = origin
            .map(|p| {
                std::fs::canonicalize(p)
                    .unwrap_or_else(|_| p.to_path_buf())
                    .to_string_lossy()
                    .into_owned()
            })
            .unwrap_or_default();
        let mut bytes = serde_json::to_vec(&origin)?;
        bytes.push(b'\n');
        bytes.extend(crate::io::to_bytes(map)?);
        crate::io::write_atomic(&self.own_path(), &bytes)
    }

    /// The newest copy left by an instance that is no longer running, if any. Copies of
    /// running instances (another window on another map) are never offered.
    pub fn find(&self) -> Option<Found> {
        let mut found: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(&self.dir)
            .ok()?
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().to_str()?.to_owned();
                let pid: u32 = name
                    .strip_prefix(COPY_PREFIX)?
                    .strip_suffix(COPY_SUFFIX)?
                    .parse()
                    .ok()?;
                let when = e.metadata().and_then(|m| m.modified()).ok()?;
                let ours = pid == self.pid && when >= self.started;
                if ours || (pid != self.pid && crate::io::process_alive(pid)) {
                    return None;
                }
                Some((when, e.path()))
            })
            .collect();
        found.sort();
        while let Some((_, source)) = found.pop() {
            if let Some(copy) = read_copy(&source) {
                return Some(copy);
            }
        }
        None
    }

    /// Remove this instance's copy: the work is saved or deliberately discarded. Other
    /// instances' copies are never touched.
    pub fn clear(&self) {
        remove_copy(&self.own_path());
    }

    /// A dead instance's copy has been restored (it now lives on as this instance's) or
    /// discarded: remove it.
    pub fn remove(&self, found: &Found) {
        if found.source.parent() == Some(self.dir.as_path()) {
            remove_copy(&found.source);
        }
    }
}

/// Remove a recovery copy; one that is already gone is fine. A copy that stays is offered
/// again at the next start: logged, not lost.
fn remove_copy(path: &Path) {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            log::warn!("could not remove the recovery copy {}: {e}", path.display());
        }
        _ => {}
    }
}

fn read_copy(path: &Path) -> Option<Found> {
    let bytes = std::fs::read(path).ok()?;
    let newline = bytes.iter().position(|&b| b == b'\n')?;
    let origin: String = serde_json::from_slice(&bytes[..newline]).ok()?;
    let map = match crate::io::from_bytes(&bytes[newline + 1..]) {
        Ok(map) => map,
        Err(e) => {
            // Not offered, but left where it is (not lost): say where, and why.
            log::warn!(
                "the recovery copy {} cannot be opened ({e}); it is left where it is",
                path.display()
            );
            return None;
        }
    };
    Some(Found {
        map,
        origin: (!origin.is_empty()).then(|| PathBuf::from(origin)),
        source: path.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_and_names() {
        assert_eq!(
            with_extension("a/kaart".into()),
            PathBuf::from("a/kaart.ecomap.json")
        );
        assert_eq!(
            with_extension("k.ecomap.json".into()),
            PathBuf::from("k.ecomap.json")
        );
        assert_eq!(suggested_file_name("Wijk: Oost"), "Wijk- Oost.ecomap.json");
        assert_eq!(suggested_file_name(" "), "kaart.ecomap.json");
    }

    #[test]
    fn recent_is_newest_first_without_duplicates() {
        let mut r = vec![];
        for p in ["/x/a", "/x/b", "/x/a"] {
            push_recent(&mut r, Path::new(p));
        }
        assert_eq!(r, vec![PathBuf::from("/x/a"), PathBuf::from("/x/b")]);
    }

    #[test]
    #[cfg(unix)]
    fn recovery_is_per_instance_and_only_dead_ones_are_offered() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("ecomap");
        // A crashed instance (its process id cannot be running) left a copy.
        let dead = Recovery {
            dir: folder.clone(),
            pid: 4_194_305,
            started: std::time::SystemTime::now(),
        };
        let map = crate::model::generated_map(5, 1, 1).unwrap();
        dead.write(&map, Some(Path::new("/tmp/k.ecomap.json")))
            .unwrap();
        // A running instance (this process's parent, say) has one too.
        let running = Recovery {
            dir: folder.clone(),
            pid: std::os::unix::process::parent_id(),
            started: std::time::SystemTime::now(),
        };
        running
            .write(&crate::model::generated_map(3, 1, 2).unwrap(), None)
            .unwrap();
        // This instance finds only the dead one's.
        let me = Recovery::new(folder.clone());
        assert!(
            me.find().is_some_and(
                |f| f.map == map && f.origin == Some(PathBuf::from("/tmp/k.ecomap.json"))
            )
        );
        // A clean close of this instance touches neither.
        me.write(&crate::model::generated_map(2, 1, 3).unwrap(), None)
            .unwrap();
        me.clear();
        assert!(running.own_path().exists());
        assert!(dead.own_path().exists());
        // Restored or discarded: the dead one's copy goes, the running one's stays.
        let found = me.find().unwrap();
        me.remove(&found);
        assert!(me.find().is_none());
        assert!(running.own_path().exists());
    }
}
