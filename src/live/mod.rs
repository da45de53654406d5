//! "Let the room join": a small HTTP server on the local network that participants' phones
//! talk to. They propose stakeholders and relations, vote for findings and comment; the
//! facilitator accepts or declines each proposal in the editor, where an accepted one becomes
//! an ordinary, undoable command.
//!
//! No egui: the editor publishes what phones may see ([`Snapshot`]: names, kinds, finding
//! sentences; never the file, notes or anything else) and takes the queue. The server
//! (`server.rs`, axum on tokio in a background thread) checks every request: the session
//! secret (constant-time), size and rate limits, and the same validation as the file loader.

mod conn;
mod limits;
mod server;

use std::collections::{BTreeMap, HashMap};
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard};

use crate::model::{RelationKind, Rule, StakeholderId, StakeholderKind};

pub use limits::{
    CODE_TRIES_PER_ADDRESS, CODE_TRIES_PER_MINUTE, DEVICE_IDLE, JOINS_PER_MINUTE, MAX_BODY,
    MAX_COMMENT, MAX_DEVICES, MAX_DEVICES_PER_ADDRESS, MAX_LABEL, MAX_NAME, MAX_PENDING,
    MAX_PENDING_PER_ADDRESS, MAX_PENDING_PER_DEVICE, READS_PER_MINUTE, TRIES_PER_MINUTE,
    VOTES_PER_DEVICE, WRITES_PER_MINUTE,
};

/// What phones may see of the map: stakeholders' names and kinds, and the findings as
/// sentences in both languages. Published by the editor whenever the map changes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Snapshot {
    pub title: String,
    pub stakeholders: Vec<SeenStakeholder>,
    pub findings: Vec<SeenFinding>,
    /// The relations on the map as (from, to, kind): never sent to phones, only checked
    /// against, so a relation already there is not proposed again.
    pub relations: Vec<(StakeholderId, StakeholderId, RelationKind)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SeenStakeholder {
    pub id: StakeholderId,
    pub name: String,
    pub kind: StakeholderKind,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SeenFinding {
    /// `rule:stakeholder,stakeholder`: what identifies a finding (as actions do).
    pub key: String,
    pub nl: String,
    pub en: String,
}

/// The key of a finding, as phones vote for it.
pub fn finding_key(rule: Rule, stakeholders: &[StakeholderId]) -> String {
    crate::analysis::finding_key(rule, stakeholders)
}

/// A participant: what they typed once on their phone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    pub name: String,
    pub organisation: String,
}

impl Participant {
    /// "Name (Organisation)", as it is recorded as a source.
    pub fn label(&self) -> String {
        if self.organisation.is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.organisation)
        }
    }
}

/// What a participant proposes.
#[derive(Debug, Clone, PartialEq)]
pub enum Proposed {
    Stakeholder {
        name: String,
        kind: StakeholderKind,
        domain: String,
    },
    Relation {
        from: StakeholderId,
        to: StakeholderId,
        kind: RelationKind,
        label: String,
    },
    Comment {
        stakeholder: StakeholderId,
        text: String,
    },
}

/// Where a proposal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Pending,
    Accepted,
    Declined,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Accepted => "accepted",
            Status::Declined => "declined",
        }
    }
}

/// A proposal in the queue.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    /// `p1`, `p2`, …
    pub id: String,
    pub what: Proposed,
    /// Who proposed it first.
    pub by: Participant,
    /// Everyone who proposed the same (the first included): a duplicate is merged.
    pub supporters: usize,
    pub status: Status,
    devices: Vec<String>,
}

impl Proposal {
    /// Its index in the session's list (`p7` is the seventh).
    fn index(id: &str) -> Option<usize> {
        id.strip_prefix('p')?.parse::<usize>().ok()?.checked_sub(1)
    }

    /// The phone that proposed it first (an opaque id).
    pub fn phone(&self) -> &str {
        self.devices.first().map_or("", String::as_str)
    }
}

/// A phone that joined.
#[derive(Debug)]
struct Device {
    who: Participant,
    /// What it changed (accepted), what it tried (accepted or refused) and what it read, in
    /// the last minute.
    writes: limits::Window,
    tries: limits::Window,
    reads: limits::Window,
    /// When it was last heard from: silent for `DEVICE_IDLE`, its place is free.
    seen: std::time::Instant,
    /// Where it joined from (places and waiting proposals are also counted per address).
    address: IpAddr,
    votes: Vec<String>,
    /// The ids of the proposals this phone made or supported.
    proposals: Vec<String>,
}

/// Everything the server and the editor share.
#[derive(Debug)]
struct State {
    /// Shared with requests being answered: they take it and let go of the lock.
    snapshot: Arc<Snapshot>,
    /// What every phone's state shares (title, stakeholders, findings, kinds) as JSON object
    /// members, in Dutch and English: made once per change of the map, not once per poll.
    shared_json: Arc<[String; 2]>,
    /// Bumped on every change phones should see.
    version: u64,
    proposals: Vec<Proposal>,
    next_proposal: u64,
    devices: HashMap<String, Device>,
    /// Joins per address, and code tries overall and per address.
    joins: HashMap<IpAddr, limits::Window>,
    code_tries: limits::Window,
    code_tries_by: HashMap<IpAddr, limits::Window>,
}

impl State {
    fn new() -> State {
        State {
            snapshot: Arc::new(Snapshot::default()),
            shared_json: Arc::new(server::shared_json(&Snapshot::default())),
            version: 1,
            proposals: Vec::new(),
            next_proposal: 1,
            devices: HashMap::new(),
            joins: HashMap::new(),
            code_tries: limits::Window::default(),
            code_tries_by: HashMap::new(),
        }
    }
}

/// Called when phones changed something (a proposal, a vote, a join): the editor repaints.
pub type Waker = Box<dyn Fn() + Send + Sync>;

struct Shared {
    /// 128 random bits, hex: carried by every request.
    secret: String,
    /// Wakes the editor when the queue or the votes change.
    waker: Mutex<Option<Waker>>,
    /// Six digits, for typing the address by hand; rate-limited.
    code: String,
    state: Mutex<State>,
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shared").finish_non_exhaustive()
    }
}

impl Shared {
    /// Tell the editor something changed.
    fn wake(&self) {
        if let Some(w) = self
            .waker
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .as_ref()
        {
            w();
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave the queue half-changed in a way that
        // matters more than stopping: go on with what is there.
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// A running session: the server, and the editor's view of its queue. Dropping it stops the
/// server.
pub struct Live {
    shared: Arc<Shared>,
    addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// Random bytes from the operating system.
fn random<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    if let Err(e) = getrandom::fill(&mut b) {
        // No randomness at all is a broken system; refuse to run a session on it.
        log::error!("no random numbers from the system: {e}");
    }
    b
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

impl Live {
    /// Start a session listening on `addr` (an interface the facilitator picked, and a port;
    /// port 0 picks a free one). Fails when nothing can listen there, or the system has no
    /// randomness for the secret.
    pub fn start(addr: SocketAddr) -> std::io::Result<Live> {
        let secret_bytes: [u8; 16] = random();
        if secret_bytes == [0; 16] {
            return Err(std::io::Error::other(
                "no random numbers for the session secret",
            ));
        }
        let code_n = u32::from_le_bytes(random::<4>()) % 1_000_000;
        let shared = Arc::new(Shared {
            secret: hex(&secret_bytes),
            waker: Mutex::new(None),
            code: format!("{code_n:06}"),
            state: Mutex::new(State::new()),
        });
        let listener = std::net::TcpListener::bind(addr)?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("ecomap-live")
            .enable_io()
            .enable_time()
            .build()?;
        let serving = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("ecomap-live".into())
            .spawn(move || {
                // The accept loop runs on this thread, connections on the two workers, until
                // stopped (or the session is dropped).
                let serve = server::serve(listener, serving);
                runtime.block_on(async move {
                    let mut serve = std::pin::pin!(serve);
                    let mut stopped = stopped;
                    std::future::poll_fn(|cx| {
                        use std::future::Future as _;
                        if std::pin::Pin::new(&mut stopped).poll(cx).is_ready() {
                            return std::task::Poll::Ready(());
                        }
                        match serve.as_mut().poll(cx) {
                            std::task::Poll::Ready(Err(e)) => {
                                log::error!("the room's server stopped: {e}");
                                std::task::Poll::Ready(())
                            }
                            std::task::Poll::Ready(Ok(())) => std::task::Poll::Ready(()),
                            std::task::Poll::Pending => std::task::Poll::Pending,
                        }
                    })
                    .await;
                });
                // Then every connection goes at once: a phone's idle keep-alive connection, or
                // one that dropped off the Wi-Fi mid-request, must not hold the editor up.
                runtime.shutdown_timeout(std::time::Duration::from_millis(200));
            })?;
        Ok(Live {
            shared,
            addr,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// Where the server listens.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The address to open on a phone, with the session secret (what the QR code holds).
    pub fn url(&self) -> String {
        format!("http://{}/?s={}", self.addr, self.shared.secret)
    }

    /// The short address to type by hand, then the code.
    pub fn short_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The six-digit code for the short address.
    pub fn code(&self) -> &str {
        &self.shared.code
    }

    /// The session secret (tests).
    pub fn secret(&self) -> &str {
        &self.shared.secret
    }

    /// Wake the editor (`waker`) whenever phones change something.
    pub fn set_waker(&self, waker: Waker) {
        *self
            .shared
            .waker
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(waker);
    }

    /// Show phones this map (call when it changes). Votes for findings that are gone are
    /// given back to their phones.
    pub fn publish(&self, snapshot: Snapshot) {
        if *self.shared.lock().snapshot == snapshot {
            return;
        }
        // Made before the lock is taken: phones' requests are not held up by it.
        let json = Arc::new(server::shared_json(&snapshot));
        let mut st = self.shared.lock();
        st.shared_json = json;
        {
            let keys: std::collections::HashSet<&str> =
                snapshot.findings.iter().map(|f| f.key.as_str()).collect();
            for d in st.devices.values_mut() {
                d.votes.retain(|v| keys.contains(v.as_str()));
            }
            st.snapshot = Arc::new(snapshot);
            st.version += 1;
        }
    }

    /// Bumped whenever phones or the editor change what the session holds: the editor reads
    /// the queue and the votes again only then.
    pub fn version(&self) -> u64 {
        self.shared.lock().version
    }

    /// The proposals waiting for the facilitator, oldest first.
    pub fn pending(&self) -> Vec<Proposal> {
        self.shared
            .lock()
            .proposals
            .iter()
            .filter(|p| p.status == Status::Pending)
            .cloned()
            .collect()
    }

    /// How many phones joined.
    pub fn devices(&self) -> usize {
        self.shared.lock().devices.len()
    }

    /// Decline every waiting proposal, or those a phone made (`phone`: [`Proposal::phone`]).
    /// Returns how many.
    pub fn decline_all(&self, phone: Option<&str>) -> usize {
        let mut st = self.shared.lock();
        let mut n = 0;
        for p in &mut st.proposals {
            if p.status == Status::Pending && phone.is_none_or(|ph| p.phone() == ph) {
                p.status = Status::Declined;
                n += 1;
            }
        }
        if n > 0 {
            st.version += 1;
        }
        n
    }

    /// Accept or decline proposal `id`; phones see the answer.
    pub fn decide(&self, id: &str, accepted: bool) {
        let mut st = self.shared.lock();
        if let Some(p) = st.proposals.iter_mut().find(|p| p.id == id) {
            p.status = if accepted {
                Status::Accepted
            } else {
                Status::Declined
            };
            st.version += 1;
        }
    }

    /// Votes per finding key, over all phones.
    pub fn votes(&self) -> BTreeMap<String, usize> {
        let st = self.shared.lock();
        let mut out = BTreeMap::new();
        for d in st.devices.values() {
            for v in &d.votes {
                *out.entry(v.clone()).or_insert(0) += 1;
            }
        }
        out
    }

    /// Stop the server and wait for it.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        if let Some(s) = self.stop.take() {
            // The server may be gone already (it failed): nothing to stop then.
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take()
            && t.join().is_err()
        {
            log::error!("the room's server thread panicked");
        }
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// The network interfaces a session can listen on: IPv4 addresses, loopback last.
pub fn interfaces() -> Vec<(String, IpAddr)> {
    let mut v: Vec<(String, IpAddr)> = match if_addrs::get_if_addrs() {
        Ok(list) => list
            .into_iter()
            .filter(|i| i.ip().is_ipv4())
            .map(|i| (i.name.clone(), i.ip()))
            .collect(),
        Err(e) => {
            log::warn!("cannot list the network interfaces: {e}");
            Vec::new()
        }
    };
    v.sort_by_key(|(name, ip)| (ip.is_loopback(), name.clone()));
    v
}

/// The port a session listens on by default.
pub const DEFAULT_PORT: u16 = 8765;
