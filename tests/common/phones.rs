//! Simulated phones for the benchmark (`run`: each joins, then polls every 2 s and proposes a
//! stakeholder about 10 times a minute, until a deadline) and the test that nothing is lost
//! (`propose`: each joins and proposes a few, one after another). Loopback only.
#![allow(dead_code)] // The test and the benchmark use different parts.

use std::time::{Duration, Instant};

use serde_json::json;

/// What the phones saw.
#[derive(Debug, Default)]
pub struct Load {
    /// Every poll's and proposal's round trip.
    pub latencies: Vec<Duration>,
    /// The joins' round trips (all phones join in the same instant here, unlike in a room).
    pub joins: Vec<Duration>,
    /// Names proposed and answered "pending".
    pub proposed: Vec<String>,
    /// Requests refused (4xx/5xx), with their status.
    pub refused: Vec<u16>,
}

impl Load {
    /// The `q` quantile of the round trips (0–1).
    pub fn quantile(&self, q: f64) -> Duration {
        let mut v = self.latencies.clone();
        v.sort_unstable();
        v.get(((v.len() as f64 - 1.0) * q).round() as usize)
            .copied()
            .unwrap_or_default()
    }
}

/// Run `phones` phones against the session at `url` (with its secret) for `run`, each
/// proposing every `every`. Returns when all have stopped.
pub fn run(url: &str, phones: usize, run: Duration, every: Duration) -> Load {
    let (base, secret) = url.split_once("/?s=").expect("a session address");
    let deadline = Instant::now() + run;
    let handles: Vec<_> = (0..phones)
        .map(|i| {
            let (base, secret) = (base.to_owned(), secret.to_owned());
            std::thread::spawn(move || phone(i, &base, &secret, deadline, every))
        })
        .collect();
    let mut all = Load::default();
    for h in handles {
        let l = h.join().expect("a phone thread");
        all.latencies.extend(l.latencies);
        all.joins.extend(l.joins);
        all.proposed.extend(l.proposed);
        all.refused.extend(l.refused);
    }
    all
}

/// Run `phones` phones against the session at `url`, each proposing `each` stakeholders one
/// after another, as fast as the server answers: `Partner <phone>-<n>`. Returns when all have
/// had their answers.
pub fn propose(url: &str, phones: usize, each: usize) -> Load {
    let (base, secret) = url.split_once("/?s=").expect("a session address");
    let handles: Vec<_> = (0..phones)
        .map(|i| {
            let (base, secret) = (base.to_owned(), secret.to_owned());
            std::thread::spawn(move || {
                let agent = agent();
                let mut load = Load::default();
                let Some(device) = join(&agent, i, &base, &secret, &mut load) else {
                    return load;
                };
                for n in 0..each {
                    propose_one(
                        &agent,
                        &base,
                        &secret,
                        &device,
                        &format!("Partner {i}-{n}"),
                        &mut load,
                    );
                }
                load
            })
        })
        .collect();
    let mut all = Load::default();
    for h in handles {
        let l = h.join().expect("a phone thread");
        all.latencies.extend(l.latencies);
        all.joins.extend(l.joins);
        all.proposed.extend(l.proposed);
        all.refused.extend(l.refused);
    }
    all
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(5)))
        .build()
        .into()
}

/// Join as participant `i`: the phone's device id, or `None` (counted as refused).
fn join(
    agent: &ureq::Agent,
    i: usize,
    base: &str,
    secret: &str,
    load: &mut Load,
) -> Option<String> {
    let t0 = Instant::now();
    let join = agent
        .post(&format!("{base}/api/join"))
        .header("x-session", secret)
        .send_json(json!({"name": format!("Deelnemer {i}"), "organisation": "Lab"}));
    load.joins.push(t0.elapsed());
    match join {
        Ok(mut r) if r.status().as_u16() == 200 => {
            let v: serde_json::Value =
                serde_json::from_str(&r.body_mut().read_to_string().unwrap_or_default())
                    .unwrap_or_default();
            Some(v["device"].as_str().unwrap_or("").to_owned())
        }
        Ok(r) => {
            load.refused.push(r.status().as_u16());
            None
        }
        Err(_) => {
            load.refused.push(0);
            None
        }
    }
}

/// Propose a stakeholder named `name`; counted as proposed when the server took it (202).
fn propose_one(
    agent: &ureq::Agent,
    base: &str,
    secret: &str,
    device: &str,
    name: &str,
    load: &mut Load,
) {
    let t = Instant::now();
    let r = agent
        .post(&format!("{base}/api/propose"))
        .header("x-session", secret)
        .header("x-device", device)
        .send_json(json!({"type": "stakeholder", "name": name, "kind": "welfare"}));
    load.latencies.push(t.elapsed());
    match r {
        Ok(r) if r.status().as_u16() == 202 => load.proposed.push(name.to_owned()),
        Ok(r) => load.refused.push(r.status().as_u16()),
        Err(_) => load.refused.push(0),
    }
}

fn phone(i: usize, base: &str, secret: &str, deadline: Instant, every: Duration) -> Load {
    let agent = agent();
    let mut load = Load::default();
    let timed =
        |load: &mut Load,
         req: &dyn Fn() -> Result<ureq::http::Response<ureq::Body>, ureq::Error>| {
            let t = Instant::now();
            let r = req();
            load.latencies.push(t.elapsed());
            r
        };
    let Some(device) = join(&agent, i, base, secret, &mut load) else {
        return load;
    };
    // Spread the phones over the first poll and proposal intervals.
    let start = Instant::now();
    let offset = Duration::from_millis((i as u64 * 137) % 2000);
    let mut next_poll = start + offset;
    let mut next_propose = start + offset + every.mul_f64((i % 10) as f64 / 10.0);
    let mut n = 0;
    while Instant::now() < deadline {
        let now = Instant::now();
        if now >= next_poll {
            let r = timed(&mut load, &|| {
                agent
                    .get(&format!("{base}/api/state"))
                    .header("x-session", secret)
                    .header("x-device", &device)
                    .call()
            });
            match r {
                Ok(mut r) if r.status().as_u16() == 200 => {
                    let _ = r.body_mut().read_to_string();
                }
                Ok(r) => load.refused.push(r.status().as_u16()),
                Err(_) => load.refused.push(0),
            }
            next_poll += Duration::from_secs(2);
        }
        if now >= next_propose {
            propose_one(
                &agent,
                base,
                secret,
                &device,
                &format!("Partner {i}-{n}"),
                &mut load,
            );
            n += 1;
            next_propose += every;
        }
        let wait = next_poll
            .min(next_propose)
            .saturating_duration_since(Instant::now());
        std::thread::sleep(wait.min(deadline.saturating_duration_since(Instant::now())));
    }
    load
}
