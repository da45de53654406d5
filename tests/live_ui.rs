//! The room joins in, in the editor: start a session on the loopback interface, a phone (a real
//! HTTP client) proposes, the facilitator accepts with Enter and declines with Delete; the map
//! changes as one undoable step with the participant as source.

use ecomap::app::{EcomapApp, ScriptedDialogs};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use serde_json::{Value, json};

mod common;
use common::*;

fn has(h: &Harness<'_, EcomapApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// A phone: join, then post.
struct Phone {
    base: String,
    secret: String,
    device: String,
}

impl Phone {
    fn join(url: &str, name: &str) -> Phone {
        let (base, secret) = url.split_once("/?s=").unwrap();
        let mut p = Phone {
            base: base.to_owned(),
            secret: secret.to_owned(),
            device: String::new(),
        };
        let v = p.post(
            "/api/join",
            json!({"name": name, "organisation": "Wijkteam"}),
        );
        v["device"].as_str().unwrap().clone_into(&mut p.device);
        p
    }

    fn post(&self, path: &str, body: Value) -> Value {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let mut r = agent
            .post(&format!("{}{path}", self.base))
            .header("x-session", &self.secret)
            .header("x-device", &self.device)
            .header("x-lang", "en")
            .send_json(body)
            .unwrap();
        serde_json::from_str(&r.body_mut().read_to_string().unwrap()).unwrap()
    }

    fn state(&self) -> Value {
        let mut r = ureq::get(&format!("{}/api/state", self.base))
            .header("x-session", &self.secret)
            .header("x-device", &self.device)
            .call()
            .unwrap();
        serde_json::from_str(&r.body_mut().read_to_string().unwrap()).unwrap()
    }
}

#[test]
fn phones_propose_and_the_facilitator_accepts_with_enter_and_declines_with_delete() {
    let mut h = with_file(
        &sample("gezonde-wijk.ecomap.json"),
        ScriptedDialogs::default(),
    );
    // Nothing listens until the facilitator picks a network and starts.
    assert!(!h.state().live.is_running());
    key(&mut h, Modifiers::COMMAND, Key::J);
    assert!(h.state().live.asking);
    // The loopback interface, whatever the system calls it.
    h.get_by_label_contains("127.0.0.1").click();
    h.run_steps(2);
    h.get_by_role_and_label(Role::Button, "Start").click();
    h.run_steps(3);
    assert!(h.state().live.is_running());
    assert!(
        has(&h, "Join: scan with your phone"),
        "the QR code is shown"
    );
    let (url, _, _) = h.state().live.addresses().unwrap();
    assert!(url.starts_with("http://127.0.0.1:"));

    let anna = Phone::join(&url, "Anna");
    let v = anna.post(
        "/api/propose",
        json!({"type": "stakeholder", "name": "Buurthuis De Linde", "kind": "welfare", "domain": "welzijn"}),
    );
    assert_eq!(v["status"], "pending", "{v}");
    let v = anna.post(
        "/api/propose",
        json!({"type": "relation", "from": "sportvereniging", "to": "ggd", "kind": "collaboration", "label": "samen"}),
    );
    assert_eq!(v["status"], "pending", "{v}");
    h.run_steps(3);
    assert_eq!(h.state().live.pending.len(), 2);
    assert!(has(&h, "Buurthuis De Linde"), "the queue shows it");
    // ↓ and ↑ move through the queue.
    key(&mut h, Modifiers::NONE, Key::ArrowDown);
    assert_eq!(h.state().live.cursor, 1);
    key(&mut h, Modifiers::NONE, Key::ArrowUp);
    assert_eq!(h.state().live.cursor, 0);
    // In presentation: the code in its strip and a badge with the proposals waiting.
    key(&mut h, Modifiers::NONE, Key::F5);
    h.run_steps(3);
    assert!(has(&h, "2 proposals"), "the badge");
    assert!(has(&h, "Join: scan with your phone"), "the code's strip");
    key(&mut h, Modifiers::NONE, Key::Escape);
    h.run_steps(3);

    // Enter accepts the first: one undoable step, with Anna as its source.
    let before = map(&h).stakeholder_count();
    key(&mut h, Modifiers::NONE, Key::Enter);
    h.run_steps(2);
    assert_eq!(map(&h).stakeholder_count(), before + 1);
    let added = map(&h)
        .stakeholders()
        .find(|s| s.name == "Buurthuis De Linde")
        .unwrap()
        .clone();
    assert_eq!(added.source.as_deref(), Some("Anna (Wijkteam)"));
    assert_eq!(added.domain, "welzijn");
    // Delete declines the next one, also during a walkthrough (whose selection is for showing,
    // not for deleting: no card goes).
    key(&mut h, Modifiers::NONE, Key::ArrowRight);
    assert!(!h.state().canvas.selection.stakeholders.is_empty());
    let (relations, stakeholders) = (map(&h).relation_count(), map(&h).stakeholder_count());
    key(&mut h, Modifiers::NONE, Key::Delete);
    h.run_steps(2);
    assert_eq!(map(&h).relation_count(), relations);
    assert_eq!(map(&h).stakeholder_count(), stakeholders);
    key(&mut h, Modifiers::NONE, Key::Escape);
    assert!(h.state().live.pending.is_empty());
    // The phone sees what became of its proposals.
    let s = anna.state();
    let statuses: Vec<&str> = s["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["accepted", "declined"]);
    // And the new partner on its list, after the map changed.
    h.run_steps(2);
    let s = anna.state();
    assert!(
        s["stakeholders"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["name"] == "Buurthuis De Linde")
    );
    // Undo takes the accepted one back like any edit.
    key(&mut h, Modifiers::COMMAND, Key::Z);
    assert_eq!(map(&h).stakeholder_count(), before);

    // Votes show as dots on the findings and order the walkthrough.
    let key_of = s["findings"][1]["key"].as_str().unwrap().to_owned();
    let v = anna.post("/api/vote", json!({"finding": key_of}));
    assert_eq!(v["votes_left"], 2);
    h.run_steps(3);
    assert!(has(&h, "● 1"));
    key(&mut h, Modifiers::NONE, Key::ArrowRight);
    let app = h.state();
    let doc = app.doc.as_ref().unwrap();
    let first = app.workshop.walked(&doc.shown_analysis().findings).unwrap();
    assert_eq!(
        ecomap::live::finding_key(first.rule, &first.stakeholders),
        key_of,
        "the most voted first"
    );

    // A flood from one phone: "✖ 3" declines all of its proposals at once, "Decline all" the
    // rest.
    let bert = Phone::join(&url, "Bert");
    for name in ["Spam 1", "Spam 2", "Spam 3"] {
        let v = bert.post(
            "/api/propose",
            json!({"type": "stakeholder", "name": name, "kind": "other", "domain": ""}),
        );
        assert_eq!(v["status"], "pending", "{v}");
    }
    for name in ["Huisartsenpost", "Apotheek Oost"] {
        let v = anna.post(
            "/api/propose",
            json!({"type": "stakeholder", "name": name, "kind": "care_provider", "domain": "zorg"}),
        );
        assert_eq!(v["status"], "pending", "{v}");
    }
    key(&mut h, Modifiers::NONE, Key::Escape);
    h.run_steps(3);
    assert_eq!(h.state().live.pending.len(), 5);
    h.get_all_by_label("✖ 3")
        .next()
        .expect("the phone's button")
        .click();
    h.run_steps(3);
    let left: Vec<String> = h
        .state()
        .live
        .pending
        .iter()
        .map(|p| p.by.name.clone())
        .collect();
    assert_eq!(left, ["Anna", "Anna"]);
    h.get_by_label_contains("Decline all").click();
    h.run_steps(3);
    assert!(h.state().live.pending.is_empty());
    assert!(has(&h, "2 proposals declined"));

    // Ctrl+J again ends the session: nothing listens any more.
    key(&mut h, Modifiers::NONE, Key::Escape);
    key(&mut h, Modifiers::COMMAND, Key::J);
    assert!(!h.state().live.is_running());
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(std::time::Duration::from_secs(2)))
        .build()
        .into();
    assert!(agent.get(&url).call().is_err(), "the server is gone");
}
