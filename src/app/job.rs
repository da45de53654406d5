//! Work off the UI thread, one way for all of it (system file dialogs, exports, layouts of
//! big maps): a worker thread whose answer the UI polls each frame, never blocking, and which
//! wakes the UI when it is done (an idle editor does not repaint by itself).

use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// A piece of work running on a worker thread, with its answer to come.
#[derive(Debug)]
pub struct Job<T> {
    answer: Receiver<T>,
}

/// What a job has to say this frame.
#[derive(Debug, PartialEq)]
pub enum Poll<T> {
    /// Still working.
    Running,
    Done(T),
    /// The worker stopped without an answer (it panicked).
    Lost,
}

impl<T: Send + 'static> Job<T> {
    /// Start `work` on a worker thread; `ctx` (if any) is woken when it is done.
    pub fn spawn(ctx: Option<egui::Context>, work: impl FnOnce() -> T + Send + 'static) -> Self {
        let (tx, answer) = channel();
        std::thread::spawn(move || {
            // The UI may have given up on the answer (a closed window): nobody to tell.
            if tx.send(work()).is_ok()
                && let Some(ctx) = ctx
            {
                ctx.request_repaint();
            }
        });
        Job { answer }
    }
}

impl<T> Job<T> {
    /// Its answer, if it has one yet. Never blocks.
    pub fn poll(&self) -> Poll<T> {
        match self.answer.try_recv() {
            Ok(v) => Poll::Done(v),
            Err(TryRecvError::Empty) => Poll::Running,
            Err(TryRecvError::Disconnected) => Poll::Lost,
        }
    }

    /// Wait for its answer (tests and benchmarks); `None` if the worker stopped without one.
    pub fn wait(self) -> Option<T> {
        self.answer.recv().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_answers_once_done_and_a_panicking_one_is_lost() {
        let job = Job::spawn(None, || 6 * 7);
        assert_eq!(job.wait(), Some(42));
        let (go, wait) = channel::<()>();
        let job = Job::spawn(None, move || {
            let _ = wait.recv();
            1
        });
        assert_eq!(job.poll(), Poll::Running);
        go.send(()).unwrap();
        let mut answer = Poll::Running;
        while answer == Poll::Running {
            std::thread::yield_now();
            answer = job.poll();
        }
        assert_eq!(answer, Poll::Done(1));
        let lost: Job<i32> = Job::spawn(None, || panic!("a worker that fails"));
        while lost.poll() == Poll::Running {
            std::thread::yield_now();
        }
        assert_eq!(lost.poll(), Poll::Lost);
    }
}
