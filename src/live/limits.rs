//! How much a session takes: sizes, rates and counts, and the sliding window that counts.

use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// A request body is at most this many bytes.
pub const MAX_BODY: usize = 8 * 1024;
/// Names (of stakeholders, participants, organisations, domains), in characters.
pub const MAX_NAME: usize = 120;
/// Relation labels, in characters.
pub const MAX_LABEL: usize = 200;
/// Comments, in characters.
pub const MAX_COMMENT: usize = 500;
/// Proposals, votes and comments per phone per minute.
pub const WRITES_PER_MINUTE: usize = 30;
/// Reads (the page's polling, every 2 s) per phone per minute.
pub const READS_PER_MINUTE: usize = 120;
/// Requests that change something (accepted or refused) per phone per minute: a phone sending
/// rubbish is slowed down, but only what is accepted uses up its `WRITES_PER_MINUTE`.
pub const TRIES_PER_MINUTE: usize = 120;
/// Phones joining from one address per minute. A guest network may put a whole room behind
/// one address (a room of 40 joins in two minutes).
pub const JOINS_PER_MINUTE: usize = 20;
/// Places held by phones from one address at once (half the room): one participant joining
/// again and again from one address cannot fill it.
pub const MAX_DEVICES_PER_ADDRESS: usize = 50;
/// Phones taking part at once. A phone silent for `DEVICE_IDLE` gives its place up (its votes
/// and proposals stay) and takes it back when it comes back, if there is one.
pub const MAX_DEVICES: usize = 100;
/// How long a phone may be silent before its place is free (the page polls every 2 s).
pub const DEVICE_IDLE: Duration = Duration::from_mins(2);
/// Phones remembered at most, in places or not: the silent ones without a vote or anything
/// waiting are forgotten first, and when none can be, no one new joins.
pub const MAX_DEVICE_RECORDS: usize = 1000;
/// Tries of the session code per minute over everyone (guessing a six-digit code at that
/// rate takes days: 2.9 on average). Someone on the network uses up their own address's tries
/// (`CODE_TRIES_PER_ADDRESS`) first: it takes 24 addresses to reach this; the QR code, which
/// carries the secret itself, always works.
pub const CODE_TRIES_PER_MINUTE: usize = 120;
/// Tries of the session code per minute from one address.
pub const CODE_TRIES_PER_ADDRESS: usize = 5;
/// Proposals waiting from one phone at most: one participant cannot fill the queue.
pub const MAX_PENDING_PER_DEVICE: usize = 10;
/// Proposals waiting from one address at most (many phones joined from one place): it takes
/// five addresses to fill `MAX_PENDING`.
pub const MAX_PENDING_PER_ADDRESS: usize = 100;
/// Votes each phone has.
pub const VOTES_PER_DEVICE: usize = 3;
/// Proposals waiting at most (a flood cannot grow the queue without end).
pub const MAX_PENDING: usize = 500;

/// Connections open at once, overall: well below the usual limit of 1,024 file handles per
/// program, so the editor can always open the map's file to save.
pub const MAX_CONNECTIONS: usize = 400;
/// Connections open at once from one address: a quarter of all, so it takes four addresses
/// to fill them. A guest network may put a whole room behind one address: a phone polls over
/// one connection (a browser opens a few more for the page, closed when idle for 10 s).
pub const MAX_CONNECTIONS_PER_ADDRESS: usize = 100;
/// The time to send a request's head, from the connection's start or from the end of the
/// previous answer (an idle kept-alive connection is closed after this long).
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// The time a request body may stall between two pieces (at most 8 KiB: a phone sends it at
/// once); one that trickles is ended by `CONNECTION_LIFETIME`.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(10);
/// The longest a connection lives, however busy: a phone's page opens a new one.
pub const CONNECTION_LIFETIME: Duration = Duration::from_mins(2);

/// Events in the last minute.
#[derive(Debug, Default)]
pub struct Window(VecDeque<Instant>);

impl Window {
    /// Whether one more event now would be allowed, without counting it.
    pub fn has_room(&mut self, now: Instant, max: usize) -> bool {
        self.forget(now);
        self.0.len() < max
    }

    fn forget(&mut self, now: Instant) {
        let minute = Duration::from_mins(1);
        while self
            .0
            .front()
            .is_some_and(|t| now.duration_since(*t) >= minute)
        {
            self.0.pop_front();
        }
    }

    /// Count an event now, if fewer than `max` happened in the last minute.
    pub fn allow(&mut self, now: Instant, max: usize) -> bool {
        self.forget(now);
        if self.0.len() >= max {
            return false;
        }
        self.0.push_back(now);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_allows_max_per_minute_then_again() {
        let mut w = Window::default();
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(w.allow(t0, 3));
        }
        assert!(!w.allow(t0 + Duration::from_secs(59), 3));
        assert!(w.allow(t0 + Duration::from_mins(1), 3));
    }
}
