//! Watching the open map's file (`notify`): when another program or person saves it, the app
//! knows at once and offers to load their version, rather than finding out at the next save.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use notify::{RecursiveMode, Watcher as _};

pub struct FileWatch {
    // Kept alive: dropping it stops the watching.
    _watcher: notify::RecommendedWatcher,
    events: Receiver<()>,
}

impl FileWatch {
    /// Watch `path` (through its folder, since editors save by replacing the file). `None` when
    /// the platform cannot watch it; saving still checks the file first.
    pub fn new(path: &Path, ctx: Option<egui::Context>) -> Option<FileWatch> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
            _ => PathBuf::from("."),
        };
        let name = path.file_name()?.to_owned();
        let (tx, events) = channel();
        let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
            let event = match res {
                Ok(event) => event,
                Err(e) => {
                    log::warn!("watching the map's folder: {e}");
                    return;
                }
            };
            if event.kind.is_access() {
                return;
            }
            if event
                .paths
                .iter()
                .any(|p| p.file_name() == Some(name.as_os_str()))
            {
                if tx.send(()).is_err() {
                    // The map was closed meanwhile: nobody to tell.
                    return;
                }
                if let Some(ctx) = &ctx {
                    ctx.request_repaint();
                }
            }
        })
        .ok()?;
        watcher.watch(&dir, RecursiveMode::NonRecursive).ok()?;
        Some(FileWatch {
            _watcher: watcher,
            events,
        })
    }

    /// Whether the file was touched since last asked.
    pub fn touched(&self) -> bool {
        let mut any = false;
        while self.events.try_recv().is_ok() {
            any = true;
        }
        any
    }
}
