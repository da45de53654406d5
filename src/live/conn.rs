//! Connections to the room's server, bounded: how many are open at once (overall and from one
//! address; with all taken, the busiest address gives its oldest up), how long a request's head and body may take, how long a connection may sit idle
//! and live at all. Someone on the Wi-Fi who opens a thousand sockets and says nothing gets
//! them closed at once (beyond the caps) or after a few seconds (within them): the editor's
//! file handles stay free for saving, and the phones are served.
//!
//! hyper serves each connection (its `header_read_timeout` runs from the connection's start
//! and again whenever it waits for the next request on a kept-alive connection); a request
//! body that stops coming is ended by `tower_http`'s body timeout; tokio bounds a
//! connection's whole life.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tower::ServiceExt;

use super::limits::{
    BODY_TIMEOUT, CONNECTION_LIFETIME, HEADER_TIMEOUT, MAX_CONNECTIONS, MAX_CONNECTIONS_PER_ADDRESS,
};

/// Open connections, overall and by address, each with the way to close it.
#[derive(Debug, Default)]
struct Open {
    total: usize,
    by: HashMap<IpAddr, Vec<Held>>,
    next: u64,
}

/// An open connection: its number, and the sender whose drop closes it.
#[derive(Debug)]
struct Held {
    id: u64,
    _close: tokio::sync::oneshot::Sender<()>,
}

/// A connection's place among the open ones, given back when it closes.
struct Slot {
    open: Arc<Mutex<Open>>,
    ip: IpAddr,
    id: u64,
}

impl Slot {
    /// A place for a connection from `ip`, and what tells it to close; `None` when its own
    /// address holds its share. With every place taken, the oldest connection of the address
    /// holding the most is closed for it: a few addresses that open hundreds of idle sockets
    /// cannot keep a phone from another address out.
    fn take(
        open: &Arc<Mutex<Open>>,
        ip: IpAddr,
    ) -> Option<(Slot, tokio::sync::oneshot::Receiver<()>)> {
        let mut o = open
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let from = o.by.get(&ip).map_or(0, Vec::len);
        if from >= MAX_CONNECTIONS_PER_ADDRESS {
            return None;
        }
        if o.total >= MAX_CONNECTIONS {
            let busiest =
                o.by.iter()
                    .max_by_key(|(_, held)| held.len())
                    .map(|(a, held)| (*a, held.len()))?;
            // (Only from an address holding more than this one would then.)
            if busiest.1 <= from + 1 {
                return None;
            }
            if let Some(held) = o.by.get_mut(&busiest.0)
                && !held.is_empty()
            {
                // Dropping its sender closes it; its slot is given back when it ends.
                drop(held.remove(0));
                o.total -= 1;
            }
        }
        let (close, closed) = tokio::sync::oneshot::channel();
        let id = o.next;
        o.next += 1;
        o.total += 1;
        o.by.entry(ip).or_default().push(Held { id, _close: close });
        Some((
            Slot {
                open: Arc::clone(open),
                ip,
                id,
            },
            closed,
        ))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut o = self
            .open
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let Some(held) = o.by.get_mut(&self.ip) else {
            return;
        };
        // (Not there when it was closed to make room: counted off then.)
        if let Some(i) = held.iter().position(|h| h.id == self.id) {
            held.remove(i);
            o.total = o.total.saturating_sub(1);
        }
        if o.by.get(&self.ip).is_some_and(Vec::is_empty) {
            o.by.remove(&self.ip);
        }
    }
}

/// Accept connections and serve `app` on each, within the caps and timeouts, until the
/// runtime is shut down.
pub(super) async fn serve(listener: tokio::net::TcpListener, app: Router) {
    let app = app.layer(tower_http::timeout::RequestBodyTimeoutLayer::new(
        BODY_TIMEOUT,
    ));
    let open = Arc::new(Mutex::new(Open::default()));
    loop {
        let (stream, addr) = match listener.accept().await {
            Ok(c) => c,
            Err(e) => {
                // Out of file handles (or a connection reset before it was taken): wait a
                // moment instead of spinning; those that are open time out and free theirs.
                log::debug!("room server: accept: {e}");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        // Beyond the caps: closed at once, before it holds a file handle for longer than
        // this line.
        let Some((slot, closed)) = Slot::take(&open, addr.ip()) else {
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        tokio::spawn(async move {
            let _slot = slot;
            let service = hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
                req.extensions_mut().insert(ConnectInfo::<SocketAddr>(addr));
                let app = app.clone();
                async move { Ok::<_, Infallible>(app.oneshot(req).await.unwrap_or_else(|e| match e {})) }
            });
            let conn = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .max_buf_size(64 * 1024)
                .serve_connection(TokioIo::new(stream), service);
            // A connection that trickles, or a phone's kept-alive one past its time: closed
            // (the page opens a new one); or closed to make room for another address.
            tokio::select! {
                _ = tokio::time::timeout(CONNECTION_LIFETIME, conn) => {}
                _ = closed => {}
            }
        });
    }
}
