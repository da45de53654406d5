//! Work off the UI thread, one way for all of it (system file dialogs, exports, layouts of big
//! maps, the report pack): a [`poll_promise::Promise`] the UI polls each frame, never blocking.
//!
//! Two things poll-promise leaves to its users are done here once: the UI is woken when the
//! work is done (an idle editor does not repaint by itself), and a worker that panics answers
//! [`Lost`] instead of leaving a promise that panics the UI when polled.

use poll_promise::Promise;

/// The worker stopped without an answer (it panicked).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lost;

/// Work running on a worker thread.
pub type Work<T> = Promise<Result<T, Lost>>;

/// Start `work` on a worker thread named `name`; `ctx` (if any) is woken when it is done.
pub fn spawn<T: Send + 'static>(
    name: &str,
    ctx: Option<egui::Context>,
    work: impl FnOnce() -> T + Send + 'static,
) -> Work<T> {
    Promise::spawn_thread(name, move || {
        let answer = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|_| Lost);
        if let Some(ctx) = ctx {
            ctx.request_repaint();
        }
        answer
    })
}

/// The answer of the work in `slot` once it is done (the slot is emptied then); `None` while
/// it runs or when nothing runs. Never blocks.
pub fn take_ready<T: Send + 'static>(slot: &mut Option<Work<T>>) -> Option<Result<T, Lost>> {
    let promise = slot.take()?;
    match promise.try_take() {
        Ok(answer) => Some(answer),
        Err(running) => {
            *slot = Some(running);
            None
        }
    }
}

/// Wait for the work in `slot` (tests and benchmarks); `None` when nothing runs.
pub fn wait<T: Send + 'static>(slot: &mut Option<Work<T>>) -> Option<Result<T, Lost>> {
    slot.take().map(Promise::block_and_take)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_answers_once_done_and_a_panicking_worker_is_lost() {
        let mut slot = Some(spawn("test", None, || 6 * 7));
        assert_eq!(wait(&mut slot), Some(Ok(42)));
        assert!(slot.is_none());
        let (go, hold) = std::sync::mpsc::channel::<()>();
        let mut slot = Some(spawn("test", None, move || {
            let _ = hold.recv();
            1
        }));
        assert_eq!(take_ready(&mut slot), None, "still running");
        assert!(slot.is_some(), "a running job stays in its slot");
        go.send(()).unwrap();
        assert_eq!(wait(&mut slot), Some(Ok(1)));
        let mut lost: Option<Work<i32>> =
            Some(spawn("test", None, || panic!("a worker that fails")));
        assert_eq!(wait(&mut lost), Some(Err(Lost)));
        assert_eq!(take_ready(&mut lost), None, "nothing runs any more");
    }
}
