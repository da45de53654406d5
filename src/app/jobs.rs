//! Work off the UI thread the editor waits for: exports, the report pack and big layouts.
//! Each is started here, polled once a frame and told to the user once done.

use crate::app::notice::Words;
use std::path::PathBuf;

use super::{EcomapApp, panels, report, text};

impl EcomapApp {
    /// Take the answers of work that finished since the last frame.
    pub(super) fn poll_jobs(&mut self) {
        self.poll_export();
        self.poll_report();
        self.poll_layout();
    }

    /// Export the map to `path` off the UI thread, with the export window's options: a big map
    /// at 300 dpi takes a moment, the UI keeps painting.
    pub(super) fn start_export(&mut self, path: PathBuf) {
        let Some(doc) = &self.doc else { return };
        let path = self.export.target(path);
        // Data (a spreadsheet, a graph file): the scenario shown, whole, as the command line
        // writes it; not a comparison's ghosts or someone's view.
        if crate::export::is_data(&path) {
            let active = doc.map().scenario().clone();
            let Ok(map) = doc.map().scenario_map(&active) else {
                return;
            };
            self.export.start(
                map,
                crate::scene::Marks::default(),
                path,
                self.lang,
                self.ctx.clone(),
            );
            self.say(text::EXPORTING, false);
            return;
        }
        // What is on screen: a comparison with its ghosts and marks, or someone's view.
        let mut map = doc.shown_map().clone();
        if let Some((c, _)) = doc.comparison() {
            map.title = format!(
                "{}: {}",
                map.title,
                crate::tr!(
                    self.lang,
                    "cmp-image-title",
                    from = c.from.as_str(),
                    to = c.to.as_str()
                )
            );
        } else if doc.map().scenario_count() > 1 {
            map.title = format!("{}: {}", map.title, doc.map().scenario());
        }
        let marks = doc.marks().cloned().unwrap_or_default();
        self.export
            .start(map, marks, path, self.lang, self.ctx.clone());
        self.say(text::EXPORTING, false);
    }

    /// Read the spreadsheet at `path` and ask how to import it (into the open map, or a new
    /// one from the start screen). A file that cannot be read is said at once.
    pub(super) fn start_import(&mut self, path: &std::path::Path) {
        let lang = self.lang;
        match crate::io::sheets::read_sheets(path) {
            Ok(sheets) => {
                if self.doc.is_none() {
                    let title = path
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    self.doc = Some(super::Document::new(crate::model::Map::new(&title), None));
                }
                let name = path
                    .file_name()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                self.panels
                    .import
                    .open(name, sheets, &self.settings.import_kinds);
            }
            Err(e) => {
                let text = format!(
                    "{}: {}",
                    crate::model::shown_max(&path.to_string_lossy(), 240),
                    e.user_message(lang)
                );
                self.tell(text, true);
            }
        }
    }

    /// Write the report pack into the new folder `dir`, off the UI thread.
    pub(super) fn start_report(&mut self, dir: PathBuf) {
        let Some(doc) = &self.doc else { return };
        let opts = crate::export::ExportOptions {
            dpi: 200.0,
            lang: self.lang,
            votes: self.workshop.votes.clone(),
            ..crate::export::ExportOptions::default()
        };
        self.report
            .start(doc.map().clone(), dir, opts, self.ctx.clone());
        self.say(
            Words::new(|l| crate::tr!(l, "report-running", done = 0, total = "…")),
            false,
        );
    }

    /// Say how far the report pack is, and how it went.
    pub(super) fn poll_report(&mut self) {
        if self.report.is_running() {
            let (done, total) = self.report.progress();
            self.say(
                Words::new(move |l| crate::tr!(l, "report-running", done = done, total = total)),
                false,
            );
        }
        if let Some(result) = self.report.poll(self.lang) {
            self.reported(result);
        }
    }

    /// Block until a report pack is written and say so (tests).
    pub fn wait_for_report(&mut self) {
        if let Some(result) = self.report.wait(self.lang) {
            self.reported(result);
        }
    }

    pub(super) fn reported(&mut self, result: report::ReportResult) {
        match result {
            Ok(dir) => {
                let dir = dir.display().to_string();
                self.say(
                    Words::new(move |l| crate::tr!(l, "report-written", dir = &dir)),
                    false,
                );
            }
            Err(e) => {
                let text = format!("{} {e}", self.tr(text::REPORT_FAILED));
                self.tell(text, true);
            }
        }
    }

    /// Say how a finished export went.
    pub(super) fn poll_export(&mut self) {
        if let Some(result) = self.export.poll(self.lang) {
            self.exported(result);
        }
    }

    /// Block until a running export is done and report it (for tests).
    pub fn wait_for_export(&mut self) {
        if let Some(result) = self.export.wait(self.lang) {
            self.exported(result);
        }
    }

    pub(super) fn exported(&mut self, result: panels::ExportResult) {
        match result {
            Ok((path, hint)) => {
                let mut text = format!("{} {}", self.tr(text::EXPORTED), path.display());
                if let Some(h) = hint {
                    text = format!("{text} ({h})");
                }
                self.tell(text, false);
            }
            Err(e) => {
                let text = format!("{} {e}", self.tr(text::EXPORT_FAILED));
                self.tell(text, true);
            }
        }
    }
}
