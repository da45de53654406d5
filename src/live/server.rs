//! The room's HTTP server (axum): the phone page and its small JSON API. Every request carries
//! the session secret (compared in constant time); bodies, texts and rates are limited; every
//! field is checked as the file loader checks it; nothing but what the page shows is sent.

// A refused request is the response to send (axum's own idiom): it is not worth a box.
#![allow(clippy::result_large_err)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};
use subtle::ConstantTimeEq;

use super::limits::{
    CODE_TRIES_PER_ADDRESS, CODE_TRIES_PER_MINUTE, DEVICE_IDLE, JOINS_PER_MINUTE, MAX_BODY,
    MAX_COMMENT, MAX_DEVICE_RECORDS, MAX_DEVICES, MAX_DEVICES_PER_ADDRESS, MAX_LABEL, MAX_NAME,
    MAX_PENDING, MAX_PENDING_PER_ADDRESS, MAX_PENDING_PER_DEVICE, READS_PER_MINUTE,
    TRIES_PER_MINUTE, VOTES_PER_DEVICE, WRITES_PER_MINUTE, Window,
};
use super::{Device, Participant, Proposal, Proposed, Shared, State as Inner, Status};
use crate::lang::Lang;
use crate::model::{RelationKind, StakeholderId, StakeholderKind, is_blank};

const INDEX: &str = include_str!("page/index.html");
const JOIN: &str = include_str!("page/join.html");
const SCRIPT: &str = include_str!("page/app.js");
const STYLE: &str = include_str!("page/app.css");

/// Nothing from elsewhere, no inline script or style, no framing, no forms posted away.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; \
                   img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

type Q = Query<HashMap<String, String>>;
type Shared2 = State<Arc<Shared>>;

/// Serve until the runtime is shut down (`Live::stop`).
pub(super) async fn serve(
    listener: std::net::TcpListener,
    shared: Arc<Shared>,
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::from_std(listener)?;
    let app = Router::new()
        .route("/", get(index))
        .route("/join", get(join))
        .route("/app.js", get(script))
        .route("/app.css", get(style))
        .route("/api/state", get(state))
        .route("/api/join", post(join_device))
        .route("/api/propose", post(propose))
        .route("/api/vote", post(vote))
        .fallback(not_found)
        .with_state(shared);
    super::conn::serve(listener, app).await;
    Ok(())
}

/// The language of the messages: `lang` in the query or the `x-lang` header, else Dutch.
fn lang_of(q: &HashMap<String, String>, h: &HeaderMap) -> Lang {
    let asked = q
        .get("lang")
        .map(String::as_str)
        .or_else(|| h.get("x-lang").and_then(|v| v.to_str().ok()));
    match asked {
        Some("en") => Lang::En,
        _ => Lang::Nl,
    }
}

#[derive(serde::Serialize)]
struct Refusal {
    error: String,
}

/// A JSON error: `{"error": "…"}` with its status.
fn error(status: StatusCode, message: String) -> Response {
    let mut r = (status, axum::Json(Refusal { error: message })).into_response();
    no_store(&mut r);
    r
}

fn no_store(r: &mut Response) {
    let h = r.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    h.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
}

/// Whether the request carries the session secret (query `s` or header `x-session`),
/// compared in constant time.
fn authorised(shared: &Shared, q: &HashMap<String, String>, h: &HeaderMap) -> bool {
    let given = q
        .get("s")
        .map(String::as_str)
        .or_else(|| h.get("x-session").and_then(|v| v.to_str().ok()))
        .unwrap_or("");
    let want = shared.secret.as_bytes();
    given.len() == want.len() && bool::from(given.as_bytes().ct_eq(want))
}

fn page(body: &'static str, content_type: &'static str) -> Response {
    let mut r = body.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    no_store(&mut r);
    r
}

fn unauthorised(t: crate::lang::Lang) -> Response {
    error(
        StatusCode::UNAUTHORIZED,
        crate::tr!(t, "live-wrong-secret").to_owned(),
    )
}

async fn index(State(shared): Shared2, Query(q): Q, h: HeaderMap) -> Response {
    if !q.contains_key("s") {
        return redirect("/join");
    }
    if !authorised(&shared, &q, &h) {
        return unauthorised(lang_of(&q, &h));
    }
    // The page's own script and style carry the secret too (it is hex: nothing to escape).
    let mut r = page("", "text/html; charset=utf-8");
    *r.body_mut() = Body::from(
        INDEX
            .replace("{{S}}", &shared.secret)
            .replace("{{TEXTS}}", phone_texts()),
    );
    r
}

/// The phone page's texts in both languages, as JSON for the page (`{"nl": {…}, "en": {…}}`),
/// from the Fluent files. Made once: the texts do not change while the app runs.
fn phone_texts() -> &'static str {
    static TEXTS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let both: serde_json::Map<String, Value> = Lang::ALL
            .iter()
            .map(|&lang| {
                let texts: serde_json::Map<String, Value> = phone_words(lang)
                    .into_iter()
                    .map(|(k, v)| (k.to_owned(), Value::from(v)))
                    .collect();
                (lang.code().to_owned(), Value::Object(texts))
            })
            .collect();
        // In a <script> element: no "</script>" can end it early.
        Value::Object(both).to_string().replace('<', "\\u003c")
    });
    &TEXTS
}

/// The phone page's fixed texts in `lang`, by the page's names for them.
fn phone_words(lang: Lang) -> [(&'static str, &'static str); 37] {
    [
        ("other", crate::tr!(lang, "phone-other")),
        ("welcome", crate::tr!(lang, "phone-welcome")),
        ("welcome_intro", crate::tr!(lang, "phone-welcome-intro")),
        ("your_name", crate::tr!(lang, "phone-your-name")),
        ("your_org", crate::tr!(lang, "phone-your-org")),
        ("join", crate::tr!(lang, "phone-join")),
        ("tab_add", crate::tr!(lang, "phone-tab-add")),
        ("tab_link", crate::tr!(lang, "phone-tab-link")),
        ("tab_vote", crate::tr!(lang, "phone-tab-vote")),
        ("tab_comment", crate::tr!(lang, "phone-tab-comment")),
        ("add_title", crate::tr!(lang, "phone-add-title")),
        ("name", crate::tr!(lang, "phone-name")),
        ("kind", crate::tr!(lang, "phone-kind")),
        ("domain", crate::tr!(lang, "phone-domain")),
        ("link_title", crate::tr!(lang, "phone-link-title")),
        ("from", crate::tr!(lang, "phone-from")),
        ("to", crate::tr!(lang, "phone-to")),
        ("relation_kind", crate::tr!(lang, "phone-relation-kind")),
        ("label", crate::tr!(lang, "phone-label")),
        ("search", crate::tr!(lang, "phone-search")),
        ("propose", crate::tr!(lang, "phone-propose")),
        ("vote_title", crate::tr!(lang, "phone-vote-title")),
        ("comment_title", crate::tr!(lang, "phone-comment-title")),
        ("stakeholder", crate::tr!(lang, "phone-stakeholder")),
        ("comment", crate::tr!(lang, "phone-comment")),
        ("send", crate::tr!(lang, "phone-send")),
        ("mine_title", crate::tr!(lang, "phone-mine-title")),
        ("on_map", crate::tr!(lang, "phone-on-map")),
        ("none", crate::tr!(lang, "phone-none")),
        ("pending", crate::tr!(lang, "phone-pending")),
        ("accepted", crate::tr!(lang, "phone-accepted")),
        ("declined", crate::tr!(lang, "phone-declined")),
        ("sent", crate::tr!(lang, "phone-sent")),
        ("voted", crate::tr!(lang, "phone-voted")),
        ("unvoted", crate::tr!(lang, "phone-unvoted")),
        ("pick_both", crate::tr!(lang, "phone-pick-both")),
        ("offline", crate::tr!(lang, "phone-offline")),
    ]
}

fn redirect(to: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        r.headers_mut().insert(header::LOCATION, v);
    }
    no_store(&mut r);
    r
}

/// The page for typing the code; with `?code=`, the code checked (rate-limited) and, when
/// right, on to the map.
async fn join(
    State(shared): Shared2,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Query(q): Q,
    h: HeaderMap,
) -> Response {
    let t = lang_of(&q, &h);
    let Some(code) = q.get("code") else {
        return join_page(StatusCode::OK, "");
    };
    {
        let mut st = shared.lock();
        let now = Instant::now();
        let ip = peer.ip();
        let per_address = st
            .code_tries_by
            .entry(ip)
            .or_default()
            .allow(now, CODE_TRIES_PER_ADDRESS);
        // (An address's own tries first: one that is over its share does not use up
        // everyone's.)
        if !per_address || !st.code_tries.allow(now, CODE_TRIES_PER_MINUTE) {
            return join_page(
                StatusCode::TOO_MANY_REQUESTS,
                crate::tr!(t, "live-code-rate"),
            );
        }
    }
    let code = code.trim();
    let want = shared.code.as_bytes();
    if code.len() != want.len() || !bool::from(code.as_bytes().ct_eq(want)) {
        return join_page(StatusCode::UNAUTHORIZED, crate::tr!(t, "live-wrong-code"));
    }
    redirect(&format!("/?s={}", shared.secret))
}

/// The page for typing the code, with `message` above the form (a fixed text of ours: no
/// escaping needed, but it is escaped anyway).
fn join_page(status: StatusCode, message: &str) -> Response {
    let escaped = message
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let both = |say: fn(Lang) -> &'static str| format!("{} / {}", say(Lang::Nl), say(Lang::En));
    let html = JOIN
        .replace("{{CODE}}", &both(|l| crate::tr!(l, "phone-join-code")))
        .replace("{{JOIN}}", &both(|l| crate::tr!(l, "phone-join-button")))
        .replace(
            "<!--message-->",
            &if escaped.is_empty() {
                String::new()
            } else {
                format!("<p><strong>{escaped}</strong></p>")
            },
        );
    let mut r = page("", "text/html; charset=utf-8");
    *r.status_mut() = status;
    *r.body_mut() = Body::from(html);
    r
}

async fn script(State(shared): Shared2, Query(q): Q, h: HeaderMap) -> Response {
    if !authorised(&shared, &q, &h) {
        return unauthorised(lang_of(&q, &h));
    }
    page(SCRIPT, "text/javascript; charset=utf-8")
}

async fn style(State(shared): Shared2, Query(q): Q, h: HeaderMap) -> Response {
    if !authorised(&shared, &q, &h) {
        return unauthorised(lang_of(&q, &h));
    }
    page(STYLE, "text/css; charset=utf-8")
}

async fn not_found(Query(q): Q, h: HeaderMap) -> Response {
    error(
        StatusCode::NOT_FOUND,
        crate::tr!(lang_of(&q, &h), "live-not-found").to_owned(),
    )
}

/// The phone that sent the request (header `x-device`), with the lock held: checked, back in
/// its place if it had been silent (when there is one), and its rate counted. `write`: a
/// proposal, vote or comment, counted as a try (accepted or not); the phone's budget of
/// changes is only checked here, and used when the change is accepted ([`used`]).
fn device<'a>(
    st: &'a mut Inner,
    h: &HeaderMap,
    write: bool,
    t: crate::lang::Lang,
) -> Result<(String, &'a mut Device), Response> {
    let id = h
        .get("x-device")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let now = Instant::now();
    let asleep = match st.devices.get(&id) {
        None => {
            return Err(error(
                StatusCode::FORBIDDEN,
                crate::tr!(t, "live-join-first").to_owned(),
            ));
        }
        Some(d) => now.duration_since(d.seen) >= DEVICE_IDLE,
    };
    if asleep && active(st, now) >= MAX_DEVICES {
        return Err(error(
            StatusCode::SERVICE_UNAVAILABLE,
            crate::tr!(t, "live-devices-full", n = MAX_DEVICES),
        ));
    }
    let Some(d) = st.devices.get_mut(&id) else {
        return Err(error(
            StatusCode::FORBIDDEN,
            crate::tr!(t, "live-join-first").to_owned(),
        ));
    };
    d.seen = now;
    let (allowed, n) = if write {
        (
            d.tries.allow(now, TRIES_PER_MINUTE) && d.writes.has_room(now, WRITES_PER_MINUTE),
            WRITES_PER_MINUTE,
        )
    } else {
        (d.reads.allow(now, READS_PER_MINUTE), READS_PER_MINUTE)
    };
    if !allowed {
        return Err(error(
            StatusCode::TOO_MANY_REQUESTS,
            crate::tr!(t, "live-rate", n = n),
        ));
    }
    Ok((id, d))
}

/// A change by phone `id` was accepted: it uses one of the phone's changes this minute.
fn used(st: &mut Inner, id: &str) {
    if let Some(d) = st.devices.get_mut(id) {
        d.writes.allow(Instant::now(), usize::MAX);
    }
}

/// Phones heard from within `DEVICE_IDLE`: those holding a place.
fn active(st: &Inner, now: Instant) -> usize {
    st.devices
        .values()
        .filter(|d| now.duration_since(d.seen) < DEVICE_IDLE)
        .count()
}

/// What the page shows: the map's names and findings with their votes, this phone's votes and
/// its proposals with what happened to them.
async fn state(State(shared): Shared2, Query(q): Q, h: HeaderMap) -> Response {
    let lang = lang_of(&q, &h);
    let t = lang;
    if !authorised(&shared, &q, &h) {
        return unauthorised(t);
    }
    // Under the lock only what changes per request is copied; the JSON is built after, around
    // the part every phone shares (made once per change of the map).
    let (version, snapshot, shared_json, me, mine_votes, counts, mine) = {
        let mut st = shared.lock();
        let (_, d) = match device(&mut st, &h, false, t) {
            Ok(x) => x,
            Err(r) => return r,
        };
        let (me, mine_votes, mine_ids) = (d.who.clone(), d.votes.clone(), d.proposals.clone());
        let mut counts: HashMap<String, usize> = HashMap::new();
        for d in st.devices.values() {
            for v in &d.votes {
                *counts.entry(v.clone()).or_insert(0) += 1;
            }
        }
        let mine: Vec<(String, Proposed, Status)> = mine_ids
            .iter()
            .filter_map(|id| st.proposals.get(Proposal::index(id)?))
            .map(|p| (p.id.clone(), p.what.clone(), p.status))
            .collect();
        (
            st.version,
            Arc::clone(&st.snapshot),
            Arc::clone(&st.shared_json),
            me,
            mine_votes,
            counts,
            mine,
        )
    };
    let own = json!({
        "version": version,
        "me": { "name": me.name, "organisation": me.organisation },
        "votes": counts,
        "mine": mine_votes,
        "votes_left": VOTES_PER_DEVICE.saturating_sub(mine_votes.len()),
        "votes_left_text": crate::tr!(lang, "phone-votes-left", n = VOTES_PER_DEVICE.saturating_sub(mine_votes.len())),
        "who_text": if me.organisation.is_empty() {
            crate::tr!(lang, "phone-who", name = &me.name)
        } else {
            crate::tr!(lang, "phone-who-org", name = &me.name, organisation = &me.organisation)
        },
        "proposals": mine.iter()
            .map(|(id, what, status)| json!({ "id": id, "what": describe(what, &snapshot, lang), "status": status.id() }))
            .collect::<Vec<Value>>(),
    })
    .to_string();
    // `own` is an object: its members and the shared ones make one object.
    let common = &shared_json[usize::from(lang == Lang::En)];
    let body = format!("{{{common},{}", own.strip_prefix('{').unwrap_or("}"));
    let mut r = (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response();
    no_store(&mut r);
    r
}

/// The members of a phone's state that every phone shares, as JSON text without the braces,
/// in Dutch (`[0]`) and English (`[1]`): the title, the stakeholders, the findings and the kinds.
pub(super) fn shared_json(s: &super::Snapshot) -> [String; 2] {
    [Lang::Nl, Lang::En].map(|lang| {
        let v = json!({
            "title": s.title,
            "stakeholders": s.stakeholders.iter().map(|x| json!({
                "id": x.id, "name": x.name, "kind": x.kind.id(), "kind_name": x.kind.name(lang)
            })).collect::<Vec<Value>>(),
            "findings": s.findings.iter().map(|f| json!({
                "key": f.key,
                "sentence": if lang == Lang::Nl { &f.nl } else { &f.en },
            })).collect::<Vec<Value>>(),
            "kinds": StakeholderKind::ALL.iter().map(|k| json!({ "id": k.id(), "name": k.name(lang) })).collect::<Vec<Value>>(),
            "relation_kinds": RelationKind::ALL.iter().map(|k| json!({ "id": k.id(), "name": k.name(lang) })).collect::<Vec<Value>>(),
        })
        .to_string();
        v.strip_prefix('{')
            .and_then(|x| x.strip_suffix('}'))
            .unwrap_or("")
            .to_owned()
    })
}

/// A proposal in a line, for the phone's list.
fn describe(p: &Proposed, s: &super::Snapshot, lang: Lang) -> String {
    let name = |id: &StakeholderId| {
        s.stakeholders
            .iter()
            .find(|x| x.id == *id)
            .map_or_else(|| id.to_string(), |x| x.name.clone())
    };
    match p {
        Proposed::Stakeholder { name, kind, .. } => format!("{name} ({})", kind.name(lang)),
        Proposed::Relation { from, to, kind, .. } => {
            format!("{} – {} ({})", name(from), name(to), kind.name(lang))
        }
        Proposed::Comment { stakeholder, text } => format!("{}: {text}", name(stakeholder)),
    }
}

/// The body, at most [`MAX_BODY`] bytes, as JSON.
async fn json_body(body: Body, t: crate::lang::Lang) -> Result<Value, Response> {
    let bytes = axum::body::to_bytes(body, MAX_BODY).await.map_err(|_| {
        error(
            StatusCode::PAYLOAD_TOO_LARGE,
            crate::tr!(t, "live-too-large", n = MAX_BODY),
        )
    })?;
    serde_json::from_slice(&bytes).map_err(|_| {
        error(
            StatusCode::BAD_REQUEST,
            crate::tr!(t, "live-bad-json").to_owned(),
        )
    })
}

/// A text field: present, visible, short enough, and with nothing a page could take for markup
/// or a terminal for a command. `required`: may not be blank.
fn text_field(
    v: &Value,
    field: &str,
    max: usize,
    required: bool,
    t: crate::lang::Lang,
) -> Result<String, Response> {
    text_field_lines(v, field, max, required, false, t)
}

/// A stakeholder's id in a request: where a phone's text becomes an id (whether the map has
/// it is asked afterwards).
fn stakeholder_field(
    v: &Value,
    field: &str,
    t: crate::lang::Lang,
) -> Result<StakeholderId, Response> {
    let text = text_field(v, field, MAX_NAME, true, t)?;
    StakeholderId::parse(&text).ok_or_else(|| {
        error(
            StatusCode::UNPROCESSABLE_ENTITY,
            crate::tr!(t, "live-blank", field = field),
        )
    })
}

/// [`text_field`], where `lines` allows line breaks (a comment).
fn text_field_lines(
    v: &Value,
    field: &str,
    max: usize,
    required: bool,
    lines: bool,
    t: crate::lang::Lang,
) -> Result<String, Response> {
    let s = v
        .get(field)
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim()
        .to_owned();
    let bad = |message: String| error(StatusCode::UNPROCESSABLE_ENTITY, message);
    if required && is_blank(&s) {
        return Err(bad(crate::tr!(t, "live-blank", field = field)));
    }
    if s.chars().count() > max {
        return Err(bad(crate::tr!(t, "live-too-long", field = field, n = max)));
    }
    if s.chars().any(|c| matches!(c, '<' | '>'))
        || crate::model::foreign_char(&s, lines).is_some_and(|c| !lines || c != '\n')
        || (lines && s.chars().any(|c| matches!(c, '\t' | '\r')))
    {
        return Err(bad(crate::tr!(t, "live-markup", field = field)));
    }
    Ok(s)
}

async fn join_device(
    State(shared): Shared2,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Query(q): Q,
    h: HeaderMap,
    body: Body,
) -> Response {
    let t = lang_of(&q, &h);
    if !authorised(&shared, &q, &h) {
        return unauthorised(t);
    }
    let v = match json_body(body, t).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let (name, organisation) = match (
        text_field(&v, "name", MAX_NAME, true, t),
        text_field(&v, "organisation", MAX_NAME, false, t),
    ) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(r), _) | (_, Err(r)) => return r,
    };
    let mut st = shared.lock();
    if !st
        .joins
        .entry(peer.ip())
        .or_default()
        .allow(Instant::now(), JOINS_PER_MINUTE)
    {
        return error(
            StatusCode::TOO_MANY_REQUESTS,
            crate::tr!(t, "live-rate", n = JOINS_PER_MINUTE),
        );
    }
    let now = Instant::now();
    let from_here = st
        .devices
        .values()
        .filter(|d| d.address == peer.ip() && now.duration_since(d.seen) < DEVICE_IDLE)
        .count();
    forget_silent(&mut st, now);
    if active(&st, now) >= MAX_DEVICES
        || from_here >= MAX_DEVICES_PER_ADDRESS
        || st.devices.len() >= MAX_DEVICE_RECORDS
    {
        return error(
            StatusCode::SERVICE_UNAVAILABLE,
            crate::tr!(t, "live-devices-full", n = MAX_DEVICES),
        );
    }
    let id = super::hex(&super::random::<16>());
    st.devices.insert(
        id.clone(),
        Device {
            who: Participant { name, organisation },
            writes: Window::default(),
            tries: Window::default(),
            reads: Window::default(),
            seen: now,
            address: peer.ip(),
            votes: Vec::new(),
            proposals: Vec::new(),
        },
    );
    st.version += 1;
    drop(st);
    shared.wake();
    let mut r = axum::Json(json!({ "device": id })).into_response();
    no_store(&mut r);
    r
}

/// With `MAX_DEVICE_RECORDS` phones remembered, the silent ones without a vote or anything
/// waiting are forgotten, longest silent first (they join again as new).
fn forget_silent(st: &mut Inner, now: Instant) {
    if st.devices.len() < MAX_DEVICE_RECORDS {
        return;
    }
    // (When none can be forgotten, the join is refused: see `join_device`.)
    let waiting: std::collections::HashSet<&str> = st
        .proposals
        .iter()
        .filter(|p| p.status == Status::Pending)
        .map(Proposal::phone)
        .collect();
    let mut silent: Vec<(Instant, String)> = st
        .devices
        .iter()
        .filter(|(id, d)| {
            now.duration_since(d.seen) >= DEVICE_IDLE
                && d.votes.is_empty()
                && !waiting.contains(id.as_str())
        })
        .map(|(id, d)| (d.seen, id.clone()))
        .collect();
    silent.sort();
    let over = st.devices.len() + 1 - MAX_DEVICE_RECORDS;
    for (_, id) in silent.into_iter().take(over) {
        st.devices.remove(&id);
    }
}

async fn propose(State(shared): Shared2, Query(q): Q, h: HeaderMap, body: Body) -> Response {
    let t = lang_of(&q, &h);
    if !authorised(&shared, &q, &h) {
        return unauthorised(t);
    }
    // Counted before it is read: a phone sending rubbish is limited like any other.
    let (device_id, who) = {
        let mut st = shared.lock();
        match device(&mut st, &h, true, t) {
            Ok((id, d)) => (id, d.who.clone()),
            Err(r) => return r,
        }
    };
    let v = match json_body(body, t).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let what = match parse_proposal(&v, t) {
        Ok(w) => w,
        Err(r) => return r,
    };
    let mut st = shared.lock();
    // The stakeholders it names must be on the map the phones see.
    let known = |id: &StakeholderId| st.snapshot.stakeholders.iter().any(|s| s.id == *id);
    let unknown = match &what {
        Proposed::Relation { from, to, .. } => [from, to].into_iter().find(|id| !known(id)),
        Proposed::Comment { stakeholder, .. } => (!known(stakeholder)).then_some(stakeholder),
        Proposed::Stakeholder { .. } => None,
    };
    if let Some(id) = unknown {
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            crate::tr!(
                t,
                "live-unknown-stakeholder",
                id = crate::model::shown(id.as_str())
            ),
        );
    }
    // Already on the map: nothing to propose.
    let there = match &what {
        Proposed::Stakeholder { name, .. } => {
            // As it looks: "Gemeente" with a zero-width space is "Gemeente".
            let name = crate::model::name_key(name);
            st.snapshot
                .stakeholders
                .iter()
                .any(|s| crate::model::name_key(&s.name) == name)
        }
        Proposed::Relation { from, to, kind, .. } => {
            st.snapshot.relations.iter().any(|(f, tt, k)| {
                k == kind
                    && ((f == from && tt == to) || (!kind.is_directed() && f == to && tt == from))
            })
        }
        Proposed::Comment { .. } => false,
    };
    if there {
        return error(
            StatusCode::CONFLICT,
            crate::tr!(t, "live-already-there").to_owned(),
        );
    }
    // The same proposal again (the same name, or the same relation) is one more supporter.
    let same = st
        .proposals
        .iter_mut()
        .find(|p| p.status == Status::Pending && same_proposal(&p.what, &what));
    let id = if let Some(p) = same {
        if !p.devices.contains(&device_id) {
            p.devices.push(device_id.clone());
            p.supporters += 1;
        }
        p.id.clone()
    } else {
        let pending = st
            .proposals
            .iter()
            .filter(|p| p.status == Status::Pending)
            .count();
        if pending >= MAX_PENDING {
            return error(
                StatusCode::SERVICE_UNAVAILABLE,
                crate::tr!(t, "live-queue-full").to_owned(),
            );
        }
        let mine = st
            .proposals
            .iter()
            .filter(|p| p.status == Status::Pending && p.phone() == device_id)
            .count();
        let address = st.devices.get(&device_id).map(|d| d.address);
        let from_here = st
            .proposals
            .iter()
            .filter(|p| {
                p.status == Status::Pending
                    && st.devices.get(p.phone()).map(|d| d.address) == address
            })
            .count();
        if mine >= MAX_PENDING_PER_DEVICE || from_here >= MAX_PENDING_PER_ADDRESS {
            return error(
                StatusCode::TOO_MANY_REQUESTS,
                crate::tr!(t, "live-pending-per-phone", n = MAX_PENDING_PER_DEVICE),
            );
        }
        let id = format!("p{}", st.next_proposal);
        st.next_proposal += 1;
        st.proposals.push(Proposal {
            id: id.clone(),
            what,
            by: who,
            supporters: 1,
            status: Status::Pending,
            devices: vec![device_id.clone()],
        });
        id
    };
    if let Some(d) = st.devices.get_mut(&device_id)
        && !d.proposals.contains(&id)
    {
        d.proposals.push(id.clone());
    }
    used(&mut st, &device_id);
    st.version += 1;
    drop(st);
    shared.wake();
    let mut r = (
        StatusCode::ACCEPTED,
        axum::Json(json!({ "id": id, "status": "pending" })),
    )
        .into_response();
    no_store(&mut r);
    r
}

/// Two proposals of the same thing: a stakeholder of a name that looks the same (ignoring
/// case, spaces and invisible characters: `name_key`), or a relation of the same kind between the same two (either way round for the
/// kinds without a direction).
fn same_proposal(a: &Proposed, b: &Proposed) -> bool {
    match (a, b) {
        (Proposed::Stakeholder { name: x, .. }, Proposed::Stakeholder { name: y, .. }) => {
            crate::model::name_key(x) == crate::model::name_key(y)
        }
        (
            Proposed::Relation {
                from: f1,
                to: t1,
                kind: k1,
                ..
            },
            Proposed::Relation {
                from: f2,
                to: t2,
                kind: k2,
                ..
            },
        ) => k1 == k2 && ((f1 == f2 && t1 == t2) || (!k1.is_directed() && f1 == t2 && t1 == f2)),
        _ => false,
    }
}

fn parse_proposal(v: &Value, t: crate::lang::Lang) -> Result<Proposed, Response> {
    let unknown_kind = |field: &str, value: &str, known: String| {
        error(
            StatusCode::UNPROCESSABLE_ENTITY,
            crate::tr!(
                t,
                "live-unknown-kind",
                field = field,
                value = crate::model::shown(value),
                known = &known
            ),
        )
    };
    let s = |f: &str| v.get(f).and_then(Value::as_str).unwrap_or("");
    match s("type") {
        "stakeholder" => {
            let name = text_field(v, "name", MAX_NAME, true, t)?;
            let domain = text_field(v, "domain", MAX_NAME, false, t)?;
            let Some(kind) = StakeholderKind::from_id(s("kind")) else {
                return Err(unknown_kind(
                    "kind",
                    s("kind"),
                    crate::model::kind_list(&StakeholderKind::ALL, StakeholderKind::id),
                ));
            };
            Ok(Proposed::Stakeholder { name, kind, domain })
        }
        "relation" => {
            let label = text_field(v, "label", MAX_LABEL, false, t)?;
            let from = stakeholder_field(v, "from", t)?;
            let to = stakeholder_field(v, "to", t)?;
            let Some(kind) = RelationKind::from_id(s("kind")) else {
                return Err(unknown_kind(
                    "kind",
                    s("kind"),
                    crate::model::kind_list(&RelationKind::ALL, RelationKind::id),
                ));
            };
            if from == to {
                return Err(error(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    crate::tr!(t, "live-self-relation").to_owned(),
                ));
            }
            Ok(Proposed::Relation {
                from,
                to,
                kind,
                label,
            })
        }
        "comment" => Ok(Proposed::Comment {
            stakeholder: stakeholder_field(v, "stakeholder", t)?,
            text: text_field_lines(v, "text", MAX_COMMENT, true, true, t)?,
        }),
        other => Err(unknown_kind(
            "type",
            other,
            "stakeholder, relation, comment".to_owned(),
        )),
    }
}

async fn vote(State(shared): Shared2, Query(q): Q, h: HeaderMap, body: Body) -> Response {
    let t = lang_of(&q, &h);
    if !authorised(&shared, &q, &h) {
        return unauthorised(t);
    }
    {
        let mut st = shared.lock();
        if let Err(r) = device(&mut st, &h, true, t) {
            return r;
        }
    }
    let v = match json_body(body, t).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let key = v
        .get("finding")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let mut st = shared.lock();
    let exists = st.snapshot.findings.iter().any(|f| f.key == key);
    let device_id = h
        .get("x-device")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let Some(d) = st.devices.get_mut(&device_id) else {
        return error(
            StatusCode::FORBIDDEN,
            crate::tr!(t, "live-join-first").to_owned(),
        );
    };
    if let Some(i) = d.votes.iter().position(|k| *k == key) {
        // A second tap takes the vote back.
        d.votes.remove(i);
    } else if !exists {
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            crate::tr!(t, "live-unknown-finding").to_owned(),
        );
    } else if d.votes.len() >= VOTES_PER_DEVICE {
        return error(
            StatusCode::CONFLICT,
            crate::tr!(t, "live-votes-used", n = VOTES_PER_DEVICE),
        );
    } else {
        d.votes.push(key);
    }
    let left = VOTES_PER_DEVICE.saturating_sub(d.votes.len());
    used(&mut st, &device_id);
    st.version += 1;
    drop(st);
    shared.wake();
    let mut r = axum::Json(json!({ "votes_left": left })).into_response();
    no_store(&mut r);
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phone(seen: Instant) -> Device {
        Device {
            who: Participant {
                name: "Anna".into(),
                organisation: String::new(),
            },
            writes: Window::default(),
            tries: Window::default(),
            reads: Window::default(),
            seen,
            address: std::net::Ipv4Addr::LOCALHOST.into(),
            votes: Vec::new(),
            proposals: Vec::new(),
        }
    }

    fn headers(device: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-device", HeaderValue::from_str(device).unwrap());
        h
    }

    /// A place held by a phone that went silent is free after `DEVICE_IDLE`; the phone takes
    /// it back when it comes back, if no one took it meanwhile.
    #[test]
    fn a_silent_phones_place_is_free_and_it_takes_it_back() {
        let t = Lang::En;
        let now = Instant::now();
        let Some(long_ago) = now.checked_sub(DEVICE_IDLE + std::time::Duration::from_secs(1))
        else {
            return;
        };
        let mut st = Inner::new();
        for i in 0..MAX_DEVICES {
            st.devices.insert(format!("old{i}"), phone(long_ago));
        }
        // Every place was taken by phones now silent: all free.
        assert_eq!(active(&st, now), 0);
        // One comes back: its place again.
        assert!(device(&mut st, &headers("old0"), false, t).is_ok());
        assert_eq!(active(&st, Instant::now()), 1);
        // The room fills up with others; a silent one coming back finds no place, and is told.
        for i in 0..MAX_DEVICES - 1 {
            st.devices.insert(format!("new{i}"), phone(Instant::now()));
        }
        let Err(refused) = device(&mut st, &headers("old1"), false, t) else {
            panic!("a place beyond the room's");
        };
        assert_eq!(refused.status(), StatusCode::SERVICE_UNAVAILABLE);
        // A phone holding its place goes on.
        assert!(device(&mut st, &headers("new0"), false, t).is_ok());
    }

    /// Phones remembered stay bounded: the silent ones with nothing waiting go first.
    #[test]
    fn silent_phones_are_forgotten_beyond_the_records() {
        let now = Instant::now();
        let Some(long_ago) = now.checked_sub(DEVICE_IDLE * 2) else {
            return;
        };
        let mut st = Inner::new();
        for i in 0..MAX_DEVICE_RECORDS {
            let mut d = phone(long_ago);
            if i == 0 {
                d.votes.push("rule:a".into());
            }
            st.devices.insert(format!("p{i}"), d);
        }
        forget_silent(&mut st, now);
        assert!(st.devices.len() < MAX_DEVICE_RECORDS);
        assert!(st.devices.contains_key("p0"), "a phone that voted is kept");
    }
}
