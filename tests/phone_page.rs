//! The phone page in a real browser: headless Chromium (Debian's `chromium` and
//! `chromium-driver`) driven over `WebDriver` with fantoccini, at 390×844. The page loads, the
//! participant joins, a proposal is submitted and shows as waiting, and the facilitator's queue
//! has it. A screenshot is written to look at (`target/tmp/phone-page.png`).
//!
//! Ignored by `cargo test`, which reports it as ignored, not passed: a test cannot skip itself
//! at run time, and this one needs a browser most machines lack. Run it where Chromium and
//! chromedriver are installed (`.ci/run` installs them and does):
//!
//!     cargo test --test phone_page -- --ignored
//!
//! Asked for without them, it fails and says what to install.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use ecomap::live::{Live, SeenFinding, SeenStakeholder, Snapshot};
use ecomap::model::StakeholderId;
use ecomap::model::StakeholderKind;
use fantoccini::{ClientBuilder, Locator};
use serde_json::json;

fn sid(id: &str) -> StakeholderId {
    StakeholderId::parse(id).expect("a test's stakeholder id")
}

/// chromedriver, killed when the test ends.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The chromedriver and Chromium of this machine; the test fails where they are not installed.
fn browser() -> (String, String) {
    // On the PATH, as `.ci/run` looks for them.
    let path = std::env::var_os("PATH").unwrap_or_default();
    let find = |names: &[&str]| {
        std::env::split_paths(&path)
            .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
            .find(|p| p.is_file())
            .map(|p| p.to_string_lossy().into_owned())
    };
    let driver = find(&["chromedriver"]);
    let chromium = find(&["chromium", "chromium-browser", "google-chrome"]);
    match (driver, chromium) {
        (Some(d), Some(c)) => (d, c),
        _ => panic!(
            "no chromium and chromedriver on the PATH: install them (Debian: apt-get install \
             chromium chromium-driver) or leave this test out (it is ignored by default)"
        ),
    }
}

#[test]
#[ignore = "needs chromium and chromedriver: cargo test --test phone_page -- --ignored"]
fn the_phone_page_joins_proposes_and_shows_it_waiting() {
    let (driver_path, chromium) = browser();
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
            // A name as someone might type it in the editor: shown as text, never as markup.
            SeenStakeholder {
                id: sid("raar"),
                name: "Zorg <b>&amp;</b> <img src=x onerror=alert(1)>".into(),
                kind: StakeholderKind::Other,
            },
        ],
        findings: vec![SeenFinding {
            key: "isolated:gemeente".into(),
            nl: "Gemeente heeft nog geen relaties in deze kaart.".into(),
            en: "Gemeente has no relations in this map yet.".into(),
        }],
        relations: Vec::new(),
    });
    let port = free_port();
    let _driver = Driver(
        Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let until = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < until, "chromedriver did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let shot = rt.block_on(async {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": chromium,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=nl-NL"],
                // A Dutch phone: the page speaks Dutch.
                "prefs": { "intl.accept_languages": "nl-NL,nl" },
                "mobileEmulation": { "deviceMetrics": { "width": 390, "height": 844, "pixelRatio": 2.0 } },
            }),
        );
        let c = ClientBuilder::new(
            hyper_util::client::legacy::connect::HttpConnector::new(),
        )
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a browser session");
        c.goto(&live.url()).await.unwrap();
        // The page's own script ran (no inline script is allowed): the welcome is filled in.
        let welcome = c
            .wait()
            .for_element(Locator::Css("#welcome h2"))
            .await
            .unwrap();
        assert_eq!(welcome.text().await.unwrap(), "Doe mee met de kaart");
        c.find(Locator::Id("me-name")).await.unwrap().send_keys("Anna").await.unwrap();
        c.find(Locator::Id("me-org")).await.unwrap().send_keys("Wijkteam").await.unwrap();
        c.find(Locator::Id("join")).await.unwrap().click().await.unwrap();
        // Joined: the map's partners are listed.
        let until = Instant::now() + Duration::from_secs(10);
        loop {
            let names = c.find(Locator::Id("stakeholders")).await.unwrap().text().await.unwrap();
            if names.contains("Welzijn Oost") {
                break;
            }
            assert!(Instant::now() < until, "the stakeholders never showed: {names:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        c.find(Locator::Id("s-name"))
            .await
            .unwrap()
            .send_keys("Buurthuis De Linde")
            .await
            .unwrap();
        c.find(Locator::Id("s-domain")).await.unwrap().send_keys("welzijn").await.unwrap();
        c.find(Locator::Id("send-stakeholder")).await.unwrap().click().await.unwrap();
        let until = Instant::now() + Duration::from_secs(10);
        loop {
            let mine = c.find(Locator::Id("mine")).await.unwrap().text().await.unwrap();
            if mine.contains("Buurthuis De Linde") && mine.contains("wacht") {
                break;
            }
            assert!(Instant::now() < until, "the proposal never showed as waiting: {mine:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        // A name with markup in it is shown as the text it is: no element was made of it.
        let names = c.find(Locator::Id("stakeholders")).await.unwrap().text().await.unwrap();
        assert!(names.contains("Zorg <b>&amp;</b> <img src=x onerror=alert(1)>"), "{names}");
        assert!(c.find_all(Locator::Css("#stakeholders img, #stakeholders b")).await.unwrap().is_empty());
        let shot = c.screenshot().await.unwrap();
        c.close().await.unwrap();
        shot
    });
    let pending = live.pending();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].by.label(), "Anna (Wijkteam)");
    assert!(shot.starts_with(b"\x89PNG"));
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("phone-page.png");
    std::fs::write(&out, &shot).unwrap();
    eprintln!("screenshot: {}", out.display());
}
