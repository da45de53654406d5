//! The room's server with a real HTTP client on 127.0.0.1: the good path (join, propose, the
//! queue, accept, the map changed and undoable with its source), and each bad request refused
//! with a clear 4xx and nothing queued.

use std::net::SocketAddr;

use ecomap::live::{self, Live, SeenFinding, SeenStakeholder, Snapshot};
use ecomap::model::StakeholderId;
use ecomap::model::{Rule, StakeholderKind};
use serde_json::{Value, json};

fn sid(id: &str) -> StakeholderId {
    StakeholderId::parse(id).expect("a test's stakeholder id")
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

fn start() -> Live {
    let live = Live::start(SocketAddr::from(([127, 0, 0, 1], 0))).unwrap();
    live.publish(Snapshot {
        title: "Gezonde Wijk".into(),
        stakeholders: vec![
            SeenStakeholder {
                id: sid("gemeente"),
                name: "Gemeente".into(),
                kind: StakeholderKind::Municipality,
            },
            SeenStakeholder {
                id: sid("welzijn"),
                name: "Welzijn Oost".into(),
                kind: StakeholderKind::Welfare,
            },
        ],
        findings: vec![SeenFinding {
            key: live::finding_key(Rule::Isolated, &[sid("gemeente")]),
            nl: "Gemeente heeft nog geen relaties.".into(),
            en: "Gemeente has no relations yet.".into(),
        }],
        relations: vec![(
            sid("welzijn"),
            sid("gemeente"),
            ecomap::model::RelationKind::Interest,
        )],
    });
    live
}

/// A request with the session secret (and a device), its status and JSON answer.
fn call(live: &Live, method: &str, path: &str, device: &str, body: Option<Value>) -> (u16, Value) {
    let url = format!("http://{}{path}", live.addr());
    let a = agent();
    let mut r = if method == "GET" {
        a.get(&url)
            .header("x-session", live.secret())
            .header("x-device", device)
            .header("x-lang", "en")
            .call()
            .unwrap()
    } else {
        a.post(&url)
            .header("x-session", live.secret())
            .header("x-device", device)
            .header("x-lang", "en")
            .send_json(body.unwrap_or(json!({})))
            .unwrap()
    };
    let status = r.status().as_u16();
    let text = r.body_mut().read_to_string().unwrap_or_default();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

fn join(live: &Live, name: &str) -> String {
    let (status, v) = call(
        live,
        "POST",
        "/api/join",
        "",
        Some(json!({"name": name, "organisation": "Wijkteam"})),
    );
    assert_eq!(status, 200, "{v}");
    v["device"].as_str().unwrap().to_owned()
}

#[test]
fn the_page_needs_the_secret_and_the_code_leads_to_it() {
    let live = start();
    let a = agent();
    let base = format!("http://{}", live.addr());
    // The page with the secret: strict CSP, the secret in its script's address.
    let mut r = a.get(&live.url()).call().unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let csp = r
        .headers()
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"));
    let html = r.body_mut().read_to_string().unwrap();
    assert!(html.contains(&format!("app.js?s={}", live.secret())));
    // A wrong secret: 401, and no page.
    let r = a
        .get(&format!("{base}/?s=00000000000000000000000000000000"))
        .call()
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    let r = a.get(&format!("{base}/app.js")).call().unwrap();
    assert_eq!(r.status().as_u16(), 401);
    // The short address asks for the code; the right code leads to the page.
    let a_no_redirects: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into();
    let r = a_no_redirects.get(&format!("{base}/")).call().unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let r = a_no_redirects
        .get(&format!("{base}/join?code={}", live.code()))
        .call()
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let to = r.headers().get("location").unwrap().to_str().unwrap();
    assert_eq!(to, format!("/?s={}", live.secret()));
    // Guessing the code is rate-limited.
    let mut limited = false;
    for _ in 0..10 {
        let r = a_no_redirects
            .get(&format!("{base}/join?code=000000"))
            .call()
            .unwrap();
        if r.status().as_u16() == 429 {
            limited = true;
            break;
        }
        assert_eq!(r.status().as_u16(), 401);
    }
    assert!(limited, "code guesses are limited");
}

#[test]
fn propose_vote_and_merge_duplicates() {
    let live = start();
    let anna = join(&live, "Anna");
    let bram = join(&live, "Bram");
    let (status, v) = call(
        &live,
        "POST",
        "/api/propose",
        &anna,
        Some(
            json!({"type": "stakeholder", "name": "Buurthuis De Linde", "kind": "welfare", "domain": "welzijn"}),
        ),
    );
    assert_eq!(status, 202, "{v}");
    // Bram proposes the same name: merged, two supporters.
    let (status, _) = call(
        &live,
        "POST",
        "/api/propose",
        &bram,
        Some(json!({"type": "stakeholder", "name": " buurthuis de linde ", "kind": "welfare"})),
    );
    assert_eq!(status, 202);
    let (status, _) = call(
        &live,
        "POST",
        "/api/propose",
        &bram,
        Some(
            json!({"type": "relation", "from": "welzijn", "to": "gemeente", "kind": "dependency", "label": "subsidie"}),
        ),
    );
    assert_eq!(status, 202);
    let pending = live.pending();
    assert_eq!(pending.len(), 2);
    assert_eq!(pending[0].supporters, 2);
    assert_eq!(pending[0].by.label(), "Anna (Wijkteam)");
    // Votes: three each, a second tap takes one back.
    let key = live::finding_key(Rule::Isolated, &[sid("gemeente")]);
    let (status, v) = call(
        &live,
        "POST",
        "/api/vote",
        &anna,
        Some(json!({"finding": key})),
    );
    assert_eq!((status, v["votes_left"].as_u64()), (200, Some(2)));
    assert_eq!(live.votes().get(&key), Some(&1));
    // The state shows the phone its proposals and what became of them.
    live.decide(&pending[0].id, true);
    let (status, v) = call(&live, "GET", "/api/state", &anna, None);
    assert_eq!(status, 200);
    assert_eq!(v["proposals"][0]["status"], "accepted");
    assert_eq!(v["votes"][key.as_str()], 1);
    assert_eq!(v["mine"], json!([key]));
    assert_eq!(
        v["findings"][0]["sentence"],
        "Gemeente has no relations yet."
    );
    assert_eq!(v["stakeholders"].as_array().unwrap().len(), 2);
    // Nothing but what the page shows: no notes, no file, no other phones' names.
    let text = v.to_string();
    assert!(!text.contains("Bram"));
}

#[test]
fn every_bad_request_gets_a_clear_4xx_and_nothing_is_queued() {
    let live = start();
    let anna = join(&live, "Anna");
    let url = format!("http://{}/api/propose", live.addr());
    // Wrong secret.
    let mut r = agent()
        .post(&url)
        .header("x-session", "ffffffffffffffffffffffffffffffff")
        .header("x-device", &anna)
        .send_json(json!({"type": "stakeholder", "name": "X", "kind": "welfare"}))
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    assert!(
        r.body_mut().read_to_string().unwrap().contains("sessie"),
        "Dutch unless asked"
    );
    // Oversize body.
    let big = "x".repeat(9_000);
    let mut r = agent()
        .post(&url)
        .header("x-session", live.secret())
        .header("x-device", &anna)
        .header("x-lang", "en")
        .send_json(json!({"type": "stakeholder", "name": big, "kind": "welfare"}))
        .unwrap();
    assert_eq!(r.status().as_u16(), 413);
    assert!(
        r.body_mut()
            .read_to_string()
            .unwrap()
            .contains("too much text")
    );
    let cases = [
        (
            json!({"type": "stakeholder", "name": "X", "kind": "alien"}),
            422,
            "Unknown ‘kind’: ‘alien’",
        ),
        (
            json!({"type": "relation", "from": "gemeente", "to": "nobody", "kind": "dependency"}),
            422,
            "Stakeholder ‘nobody’ is not on the map",
        ),
        (
            json!({"type": "stakeholder", "name": "<script>alert(1)</script>", "kind": "welfare"}),
            422,
            "may not contain < or >",
        ),
        (
            json!({"type": "stakeholder", "name": "   ", "kind": "welfare"}),
            422,
            "is empty",
        ),
        (
            json!({"type": "stakeholder", "name": "x".repeat(121), "kind": "welfare"}),
            422,
            "at most 120 characters",
        ),
        (
            json!({"type": "relation", "from": "gemeente", "to": "welzijn", "kind": "dependency", "label": "y".repeat(201)}),
            422,
            "at most 200 characters",
        ),
        (
            json!({"type": "relation", "from": "gemeente", "to": "gemeente", "kind": "dependency"}),
            422,
            "two different",
        ),
        (json!({"type": "poll"}), 422, "Unknown ‘type’"),
    ];
    for (body, want, says) in cases {
        let (status, v) = call(&live, "POST", "/api/propose", &anna, Some(body.clone()));
        assert_eq!(status, want, "{body}: {v}");
        assert!(
            v["error"].as_str().unwrap_or("").contains(says),
            "{body}: {v}"
        );
    }
    // Not JSON.
    let mut r = agent()
        .post(&url)
        .header("x-session", live.secret())
        .header("x-device", &anna)
        .header("x-lang", "en")
        .send("{not json")
        .unwrap();
    assert_eq!(r.status().as_u16(), 400);
    assert!(
        r.body_mut()
            .read_to_string()
            .unwrap()
            .contains("cannot be read")
    );
    // No device: join first.
    let (status, _) = call(
        &live,
        "POST",
        "/api/propose",
        "nope",
        Some(json!({"type": "stakeholder", "name": "X", "kind": "welfare"})),
    );
    assert_eq!(status, 403);
    assert!(live.pending().is_empty(), "nothing entered the queue");
    // Flooding: past the rate limit, 429, and the queue holds only what came before.
    let mut accepted = 0;
    let mut limited = false;
    for i in 0..40 {
        let (status, _) = call(
            &live,
            "POST",
            "/api/propose",
            &anna,
            Some(json!({"type": "stakeholder", "name": format!("Partner {i}"), "kind": "welfare"})),
        );
        match status {
            202 => accepted += 1,
            429 => {
                limited = true;
                break;
            }
            other => panic!("{other}"),
        }
    }
    assert!(limited);
    assert_eq!(live.pending().len(), accepted);
    // Voting for a finding that is not there, and past three votes.
    let (status, _) = call(
        &live,
        "POST",
        "/api/vote",
        &join(&live, "Cor"),
        Some(json!({"finding": "isolated:nobody"})),
    );
    assert_eq!(status, 422);
}

#[test]
fn what_is_on_the_map_is_not_proposed_again_and_votes_for_gone_findings_come_back() {
    let live = start();
    let anna = join(&live, "Anna");
    // A partner of the same name, a relation that is there: 409, nothing queued.
    for body in [
        json!({"type": "stakeholder", "name": "welzijn oost", "kind": "welfare"}),
        json!({"type": "relation", "from": "welzijn", "to": "gemeente", "kind": "interest"}),
    ] {
        let (status, v) = call(&live, "POST", "/api/propose", &anna, Some(body));
        assert_eq!(status, 409, "{v}");
        assert!(v["error"].as_str().unwrap().contains("already on the map"));
    }
    assert!(live.pending().is_empty());
    // A comment may have line breaks.
    let (status, v) = call(
        &live,
        "POST",
        "/api/propose",
        &anna,
        Some(
            json!({"type": "comment", "stakeholder": "gemeente", "text": "Wethouder Jansen\nbel na 1 december"}),
        ),
    );
    assert_eq!(status, 202, "{v}");
    // A vote for a finding that then goes (the map changed) is given back.
    let key = live::finding_key(Rule::Isolated, &[sid("gemeente")]);
    let (_, v) = call(
        &live,
        "POST",
        "/api/vote",
        &anna,
        Some(json!({"finding": key})),
    );
    assert_eq!(v["votes_left"], 2);
    live.publish(Snapshot {
        title: "Gezonde Wijk".into(),
        ..Snapshot::default()
    });
    let (_, v) = call(&live, "GET", "/api/state", &anna, None);
    assert_eq!(v["votes_left"], 3);
    assert!(live.votes().is_empty());
}

/// How long until the server closed `s` (end of stream or reset), waiting at most `max`.
fn closed_within(
    mut s: std::net::TcpStream,
    max: std::time::Duration,
) -> Option<std::time::Duration> {
    use std::io::Read;
    let t = std::time::Instant::now();
    let mut buf = [0u8; 4096];
    loop {
        let left = max.checked_sub(t.elapsed())?;
        s.set_read_timeout(Some(left.max(std::time::Duration::from_millis(10))))
            .unwrap();
        match s.read(&mut buf) {
            Ok(0) => return Some(t.elapsed()),
            // An answer (say, that the request took too long): read on until it closes.
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                return None;
            }
            Err(_) => return Some(t.elapsed()),
        }
    }
}

/// Connections that say nothing, trickle their head, stop in the middle of a body, or sit
/// idle after an answer are closed within their timeouts (10 s), not kept for minutes.
#[test]
fn idle_slow_and_stalled_connections_are_closed() {
    use std::io::Write;
    use std::net::TcpStream;
    use std::time::Duration;
    let live = start();
    let addr = live.addr();
    let idle = TcpStream::connect(addr).unwrap();
    let mut slow = TcpStream::connect(addr).unwrap();
    slow.write_all(b"GET /api/state HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    let mut trickle = slow.try_clone().unwrap();
    std::thread::spawn(move || {
        // A header line every two seconds, for as long as the server takes them.
        for i in 0..60 {
            std::thread::sleep(Duration::from_secs(2));
            if trickle
                .write_all(format!("x-{i}: y\r\n").as_bytes())
                .is_err()
            {
                break;
            }
        }
    });
    let device = join(&live, "Anna");
    let mut stalled = TcpStream::connect(addr).unwrap();
    stalled
        .write_all(
            format!(
                "POST /api/propose HTTP/1.1\r\nHost: x\r\nx-session: {}\r\nx-device: {device}\r\n\
                 content-type: application/json\r\ncontent-length: 500\r\n\r\n{{\"type\"",
                live.secret()
            )
            .as_bytes(),
        )
        .unwrap();
    let mut kept = TcpStream::connect(addr).unwrap();
    kept.write_all(b"GET /join HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let waits: Vec<_> = [
        ("idle", idle),
        ("slow head", slow),
        ("stalled body", stalled),
        ("kept alive", kept),
    ]
    .into_iter()
    .map(|(what, s)| std::thread::spawn(move || (what, closed_within(s, Duration::from_secs(30)))))
    .collect();
    for w in waits {
        let (what, closed) = w.join().unwrap();
        let closed = closed.unwrap_or_else(|| panic!("{what}: still open after 30 s"));
        eprintln!("{what}: closed after {closed:?}");
        assert!(
            closed <= Duration::from_secs(13),
            "{what}: closed after {closed:?}"
        );
    }
}

/// Start the adversary (`adversary_holding_idle_sockets`) in a process of its own, with
/// sockets from the addresses `127.0.0.x` for each `x` in `from` ("2,3"); back once they are
/// open, with its line saying how many.
#[cfg(unix)]
fn adversary(live: &Live, from: &str) -> (std::process::Child, String) {
    use std::io::BufRead;
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "adversary_holding_idle_sockets", "--nocapture"])
        .env("ECOMAP_TEST_ADVERSARY", live.addr().to_string())
        .env("ECOMAP_TEST_ADVERSARY_FROM", from)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let ready = lines
        .by_ref()
        .map_while(Result::ok)
        .find(|l| l.starts_with("adversary ready"))
        .expect("the adversary's sockets");
    eprintln!("{ready}");
    (child, ready)
}

/// The adversary's side of the next test, in a process of its own (as on another computer:
/// its sockets are not the editor's file handles). Does nothing unless asked.
#[test]
fn adversary_holding_idle_sockets() {
    let Ok(target) = std::env::var("ECOMAP_TEST_ADVERSARY") else {
        return;
    };
    let target: SocketAddr = target.parse().unwrap();
    // Its own limit of file handles (the test that started it lowered its own).
    // (A machine whose hard limit is lower gets fewer: what it allows, less a margin.)
    #[cfg(unix)]
    let allowed = rlimit::increase_nofile_limit(4096).unwrap_or(1024);
    #[cfg(not(unix))]
    let allowed = 4096;
    let count = 1100.min(usize::try_from(allowed).unwrap_or(1100).saturating_sub(64));
    // From one address, or from several (`ECOMAP_TEST_ADVERSARY_FROM`: "2,3,4,5").
    let from: Vec<u8> = std::env::var("ECOMAP_TEST_ADVERSARY_FROM").map_or_else(
        |_| vec![2],
        |v| v.split(',').filter_map(|x| x.parse().ok()).collect(),
    );
    let mut held = Vec::new();
    for i in 0..count {
        let s = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
        let x = from[i % from.len()];
        s.bind(&SocketAddr::from(([127, 0, 0, x], 0)).into())
            .unwrap();
        if s.connect_timeout(&target.into(), std::time::Duration::from_secs(1))
            .is_ok()
        {
            held.push(s);
        }
    }
    println!("adversary ready: {} sockets", held.len());
    std::thread::sleep(std::time::Duration::from_mins(1));
}

/// Someone else on the Wi-Fi opens 1,100 sockets to the room's server and says nothing (the
/// editor, with its windows and fonts, ran out at 1,010). With the 1,024 file handles a
/// facilitator's laptop gives a program, a phone is still served at once and the map still
/// saves.
#[cfg(unix)]
#[test]
fn a_thousand_idle_sockets_leave_the_phones_and_saving_alone() {
    let (_, hard) = rlimit::Resource::NOFILE.get().unwrap();
    rlimit::Resource::NOFILE.set(1024.min(hard), hard).unwrap();
    let live = start();
    let (mut adversary, ready) = adversary(&live, "2");
    let opened: usize = ready
        .split_whitespace()
        .find_map(|w| w.parse().ok())
        .unwrap_or(0);
    // (A few may find the queue of connections waiting to be taken full for a moment; a
    // machine with a low hard limit opens fewer.)
    let hard = rlimit::Resource::NOFILE.get().map_or(0, |(_, h)| h);
    assert!(opened >= 1050 || hard < 1200, "{ready}");
    let t = std::time::Instant::now();
    let device = join(&live, "Anna");
    let (status, _) = call(&live, "GET", "/api/state", &device, None);
    assert_eq!(status, 200);
    eprintln!("a phone joined and read the state in {:?}", t.elapsed());
    assert!(t.elapsed() < std::time::Duration::from_secs(5));
    let dir = tempfile::tempdir().unwrap();
    let map = ecomap::model::hand_placed(10, 1).unwrap();
    ecomap::io::save(&map, &dir.path().join("kaart.ecomap.json")).expect("the map saves");
    let _ = adversary.kill();
    let _ = adversary.wait();
}

/// One request from another address on this computer (`127.0.0.x`): as another phone or
/// another person on the Wi-Fi. Its status and body.
fn from_address(
    x: u8,
    live: &Live,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String) {
    use std::io::{Read, Write};
    let s = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    s.bind(&SocketAddr::from(([127, 0, 0, x], 0)).into())
        .unwrap();
    s.connect(&live.addr().into()).unwrap();
    let mut s: std::net::TcpStream = s.into();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\ncontent-length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.extend([k, ": ", v, "\r\n"]);
    }
    req.push_str("\r\n");
    req.push_str(body);
    s.write_all(req.as_bytes()).unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = answer.split("\r\n\r\n").nth(1).unwrap_or("").to_owned();
    (status, body)
}

/// A phone joining from another address.
fn join_from(x: u8, live: &Live, name: &str) -> (u16, String) {
    let (status, body) = from_address(
        x,
        live,
        "POST",
        "/api/join",
        &[
            ("x-session", live.secret()),
            ("content-type", "application/json"),
        ],
        &json!({ "name": name }).to_string(),
    );
    let v: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
    (status, v["device"].as_str().unwrap_or("").to_owned())
}

/// A hostile participant with the QR code cannot take the room: 100 joins from one address
/// take a few places, not all; 30 proposals from one phone leave the queue open to others, and
/// the facilitator declines them at once; refused requests do not use up a phone's changes;
/// wrong codes from one address do not lock the code for the others.
#[test]
fn one_participant_cannot_lock_the_room_out() {
    let live = start();
    let (mut joined, mut refused) = (0, 0);
    for i in 0..100 {
        match join_from(2, &live, &format!("Flood {i}")).0 {
            200 => joined += 1,
            429 => refused += 1,
            s => panic!("join {i}: {s}"),
        }
    }
    eprintln!("100 joins from one address: {joined} joined, {refused} refused");
    assert_eq!(joined, ecomap::live::JOINS_PER_MINUTE);
    // Another phone, from another address, joins.
    let (status, anna) = join_from(3, &live, "Anna");
    assert_eq!(status, 200);

    // A flood of proposals from one phone: a few wait, the rest are refused.
    let (_, flooder) = join_from(4, &live, "Flood");
    let propose = |device: &str, name: &str| {
        from_address(
            4,
            &live,
            "POST",
            "/api/propose",
            &[
                ("x-session", live.secret()),
                ("x-device", device),
                ("content-type", "application/json"),
            ],
            &json!({"type": "stakeholder", "name": name, "kind": "other", "domain": ""})
                .to_string(),
        )
        .0
    };
    let waiting = (0..30)
        .filter(|i| propose(&flooder, &format!("Spam {i}")) == 202)
        .count();
    assert_eq!(waiting, ecomap::live::MAX_PENDING_PER_DEVICE);
    // Anna sends rubbish 40 times (refused), then a real proposal: accepted, her changes were
    // not used up by what was refused.
    for _ in 0..40 {
        let (status, _) = from_address(
            3,
            &live,
            "POST",
            "/api/propose",
            &[
                ("x-session", live.secret()),
                ("x-device", &anna),
                ("content-type", "application/json"),
            ],
            r#"{"type": "stakeholder", "name": "<b>", "kind": "other"}"#,
        );
        assert_eq!(status, 422);
    }
    assert_eq!(propose(&anna, "Buurthuis De Linde"), 202);
    // The facilitator declines all of the flooder's at once; Anna's stays.
    let phone = live.pending()[0].phone().to_owned();
    assert_eq!(live.decline_all(Some(&phone)), 10);
    let left = live.pending();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].by.name, "Anna");
    assert_eq!(live.decline_all(None), 1);
    assert!(live.pending().is_empty());

    // Wrong codes from one address: that address waits, the others still get in.
    let mut limited = false;
    for _ in 0..12 {
        let (status, _) = from_address(5, &live, "GET", "/join?code=000000", &[], "");
        limited |= status == 429;
    }
    assert!(limited, "guessing is limited");
    let (status, _) = from_address(
        6,
        &live,
        "GET",
        &format!("/join?code={}", live.code()),
        &[],
        "",
    );
    assert_eq!(status, 303, "the right code from another address");
}

/// Several addresses (four, 275 sockets each) take every connection the server allows; a
/// phone from another address is still served at once: the busiest address gives its oldest
/// connection up.
#[cfg(unix)]
#[test]
fn sockets_from_several_addresses_leave_room_for_a_phone() {
    let live = start();
    let (mut adversary, _) = adversary(&live, "2,3,4,5");
    let t = std::time::Instant::now();
    let device = join(&live, "Anna");
    let (status, _) = call(&live, "GET", "/api/state", &device, None);
    assert_eq!(status, 200);
    eprintln!("a phone joined and read the state in {:?}", t.elapsed());
    assert!(t.elapsed() < std::time::Duration::from_secs(5));
    let _ = adversary.kill();
    let _ = adversary.wait();
}
