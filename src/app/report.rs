//! The report pack, made off the UI thread: how far it is, and how it went.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::work::{self, Work};
use crate::export::ExportOptions;
use crate::model::Map;

/// Where the pack went, or why it failed (in the user's language).
pub type ReportResult = Result<PathBuf, String>;

/// A report pack being written.
#[derive(Default)]
pub struct ReportJob {
    running: Option<Work<ReportResult>>,
    /// Files written, of how many.
    progress: Arc<(AtomicUsize, AtomicUsize)>,
}

impl ReportJob {
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Files written so far, and how many there will be.
    pub fn progress(&self) -> (usize, usize) {
        (
            self.progress.0.load(Ordering::Relaxed),
            self.progress.1.load(Ordering::Relaxed),
        )
    }

    /// Write the pack of `map` into the new folder `dir` on a worker thread.
    pub fn start(
        &mut self,
        map: Map,
        dir: PathBuf,
        opts: ExportOptions,
        ctx: Option<egui::Context>,
    ) {
        let progress = Arc::new((AtomicUsize::new(0), AtomicUsize::new(1)));
        self.progress = Arc::clone(&progress);
        let wake = ctx.clone();
        self.running = Some(work::spawn("report pack", ctx, move || {
            let mut tick = |done: usize, total: usize| {
                progress.0.store(done, Ordering::Relaxed);
                progress.1.store(total, Ordering::Relaxed);
                if let Some(c) = &wake {
                    c.request_repaint();
                }
            };
            crate::export::pack::write_pack(&map, &dir, &opts, &mut tick)
                .map(|s| s.dir)
                .map_err(|e| e.user_message(opts.lang))
        }));
    }

    /// The result, once it is done.
    pub fn poll(&mut self, lang: crate::lang::Lang) -> Option<ReportResult> {
        let answer = work::take_ready(&mut self.running)?;
        Some(answer.unwrap_or_else(|_| Err(super::text::EXPORT_STOPPED.get(lang).to_owned())))
    }

    /// Block until it is done (tests).
    pub fn wait(&mut self, lang: crate::lang::Lang) -> Option<ReportResult> {
        let answer = work::wait(&mut self.running)?;
        Some(answer.unwrap_or_else(|_| Err(super::text::EXPORT_STOPPED.get(lang).to_owned())))
    }
}
