//! Connections to the room's server, bounded: how many are open at once (overall and from one
//! address), how long a request's head and body may take, how long a connection may sit idle
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

/// Open connections, overall and by address.
#[derive(Debug, Default)]
struct Open {
    total: usize,
    by: HashMap<IpAddr, usize>,
}

/// A connection's place among the open ones, given back when it closes.
struct Slot {
    open: Arc<Mutex<Open>>,
    ip: IpAddr,
}

impl Slot {
    /// A place for a connection from `ip`, if the caps leave one.
    fn take(open: &Arc<Mutex<Open>>, ip: IpAddr) -> Option<Slot> {
        let mut o = open
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let from = o.by.get(&ip).copied().unwrap_or(0);
        if o.total >= MAX_CONNECTIONS || from >= MAX_CONNECTIONS_PER_ADDRESS {
            return None;
        }
        o.total += 1;
        *o.by.entry(ip).or_default() += 1;
        Some(Slot {
            open: Arc::clone(open),
            ip,
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut o = self
            .open
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        o.total = o.total.saturating_sub(1);
        if let Some(n) = o.by.get_mut(&self.ip) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                o.by.remove(&self.ip);
            }
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
        let Some(slot) = Slot::take(&open, addr.ip()) else {
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
            // (the page opens a new one).
            let _ = tokio::time::timeout(CONNECTION_LIFETIME, conn).await;
        });
    }
}
