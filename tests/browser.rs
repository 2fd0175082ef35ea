#![allow(clippy::unwrap_used)]
//! The worker's pages in real headless Chromium (Debian's chromium and chromedriver,
//! driven over WebDriver with fantoccini) at 360×640, in English, Arabic (right to
//! left, the layout mirrored) and Nepali:
//! - every page read by URL: results, profile, complaint form, status form, rights;
//! - the path search → profile → complaint → receipt → status, typed and followed
//!   with the keyboard (links and buttons focused and activated with Enter, the
//!   category ticked with Space, the country chosen by typing its name in her
//!   language).
//!
//! JavaScript is disabled in both sessions, and a probe page whose script would
//! retitle it proves it. chromedriver's own click never returns when page script is
//! off, so Enter goes through DevTools (`goog/cdp/execute`), as a keyboard user's
//! would.
//!
//! On failure a screenshot and the page source are saved under target/browser/.
//! Without Chromium the test says it was skipped; FAIRRECRUIT_REQUIRE_BROWSER=1 (set
//! by .ci/run) makes a missing browser fail. UPDATE_SCREENSHOTS=1 rewrites
//! docs/screenshots/.

#[rustfmt::skip]
mod common;
#[path = "support/server.rs"]
mod server;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fairrecruit::web::i18n::{find, Translator};
use fantoccini::{Client, ClientBuilder, Locator};
use reqwest::StatusCode;
use serde_json::json;

use server::{Api, Setup};

const REQUIRE_ENV: &str = "FAIRRECRUIT_REQUIRE_BROWSER";
const CHROMIUM: &str = "/usr/bin/chromium";

/// A Chrome DevTools command sent through chromedriver's `goog/cdp/execute`.
#[derive(Debug)]
struct Cdp {
    command: &'static str,
    params: serde_json::Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &reqwest::Url,
        session_id: Option<&str>,
    ) -> Result<reqwest::Url, <reqwest::Url as std::str::FromStr>::Err> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &reqwest::Url) -> (axum::http::Method, Option<String>) {
        (
            axum::http::Method::POST,
            Some(json!({"cmd": self.command, "params": self.params}).to_string()),
        )
    }
}

/// Sends one DevTools command and returns its result.
async fn cdp(
    client: &Client,
    command: &'static str,
    params: serde_json::Value,
) -> serde_json::Value {
    client
        .issue_cmd(Cdp { command, params })
        .await
        .unwrap_or_else(|e| panic!("{command}: {e}"))
}

/// Follows a link or presses a button the way a keyboard user does: focus it,
/// press Enter, and wait until the next page has replaced this one. chromedriver's
/// own click never returns when page script is off, so the key goes through
/// DevTools.
async fn activate(client: &Client, css: &str) -> Result<(), String> {
    let old = client
        .find(Locator::Css("html"))
        .await
        .map_err(|e| format!("no page: {e}"))?;
    let root = cdp(client, "DOM.getDocument", json!({"depth": 0})).await["root"]["nodeId"].clone();
    let node = cdp(
        client,
        "DOM.querySelector",
        json!({"nodeId": root, "selector": css}),
    )
    .await["nodeId"]
        .clone();
    if node.as_i64().unwrap_or(0) == 0 {
        return Err(format!("nothing matches {css}"));
    }
    cdp(client, "DOM.focus", json!({"nodeId": node})).await;
    for kind in ["keyDown", "keyUp"] {
        cdp(
            client,
            "Input.dispatchKeyEvent",
            json!({"type": kind, "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13,
                   "nativeVirtualKeyCode": 13, "text": if kind == "keyDown" { "\r" } else { "" }}),
        )
        .await;
    }
    let deadline = Instant::now() + Duration::from_secs(15);
    while old.tag_name().await.is_ok() {
        if Instant::now() > deadline {
            return Err(format!("{css}: the page did not change"));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}

/// Proves the session really runs no page script: a page whose script would
/// retitle it keeps its title.
async fn assert_no_page_script(client: &Client) {
    client
        .goto("data:text/html,<title>off</title><script>document.title='on'</script>")
        .await
        .expect("open the script probe");
    assert_eq!(
        client.title().await.expect("title"),
        "off",
        "page script runs"
    );
}
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// chromedriver, stopped when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_driver() -> Option<Driver> {
    if !Path::new(CHROMIUM).exists() || !Path::new(CHROMEDRIVER).exists() {
        if std::env::var(REQUIRE_ENV).as_deref() == Ok("1") {
            panic!("{REQUIRE_ENV}=1 but {CHROMIUM} or {CHROMEDRIVER} is missing (apt-get install chromium chromium-driver)");
        }
        eprintln!("skipped: browser tests need {CHROMIUM} and {CHROMEDRIVER} (apt-get install chromium chromium-driver)");
        return None;
    }
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    Some(Driver {
        child,
        url: format!("http://127.0.0.1:{port}"),
    })
}

async fn browser(driver: &Driver, profile: &Path) -> Client {
    let capabilities = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=360,640",
                format!("--user-data-dir={}", profile.display()),
            ],
            // A small phone's screen (Chromium keeps windows at least 500 px wide).
            "mobileEmulation": {"deviceMetrics": {"width": 360, "height": 640, "pixelRatio": 1.0}},
            // JavaScript off: every page must work without it.
            "prefs": {"profile.managed_default_content_settings.javascript": 2}
        }
    });
    let capabilities: fantoccini::wd::Capabilities = capabilities.as_object().unwrap().clone();
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        match ClientBuilder::new(connector.clone())
            .capabilities(capabilities.clone())
            .connect(&driver.url)
            .await
        {
            Ok(client) => return client,
            Err(e) if Instant::now() < deadline => {
                let _ = e;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(e) => panic!("cannot start a Chromium session: {e}"),
        }
    }
}

fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Saves what the browser shows, then fails with `message`.
async fn fail(client: &Client, name: &str, message: String) -> ! {
    let dir = artifacts();
    if let Ok(png) = client.screenshot().await {
        let _ = std::fs::write(dir.join(format!("{name}.png")), png);
    }
    if let Ok(source) = client.source().await {
        let _ = std::fs::write(dir.join(format!("{name}.html")), source);
    }
    panic!("{message} (screenshot and source in {})", dir.display());
}

macro_rules! step {
    ($client:expr, $name:expr, $what:expr) => {
        match tokio::time::timeout(Duration::from_secs(30), async { $what })
            .await
            .unwrap_or_else(|_| panic!("{}: no answer from the browser in 30 s", $name))
        {
            Ok(value) => value,
            Err(e) => fail($client, $name, format!("{}: {e:?}", $name)).await,
        }
    };
}

/// Saves the README's screenshots (English and Arabic; this machine has no
/// Devanagari font, so Nepali would show as boxes).
async fn screenshot(client: &Client, name: &str) {
    let for_readme = name.ends_with("-en") || name.ends_with("-ar");
    if for_readme && std::env::var("UPDATE_SCREENSHOTS").as_deref() == Ok("1") {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join(format!("{name}.png")),
            client.screenshot().await.unwrap(),
        )
        .unwrap();
    }
}

/// Checks the page shown: its direction, that it fits 360 px, and for Arabic that the
/// layout is mirrored.
async fn check_layout(client: &Client, lang: &str, step: &str) {
    let name = format!("{lang}-{step}");
    let html = step!(client, &name, client.find(Locator::Css("html")).await);
    let dir = step!(client, &name, html.attr("dir").await).unwrap_or_default();
    let expected_dir = if lang == "ar" { "rtl" } else { "ltr" };
    if dir != expected_dir {
        fail(client, &name, format!("{name}: dir={dir}")).await;
    }
    let (_, _, width, _) = step!(client, &name, html.rectangle().await);
    if width > 360.0 {
        fail(
            client,
            &name,
            format!("{name}: the page is {width} px wide"),
        )
        .await;
    }
    if lang == "ar" {
        // The first menu item sits right of the second.
        let items = step!(client, &name, client.find_all(Locator::Css("nav li")).await);
        let first = step!(client, &name, items[0].rectangle().await);
        let second = step!(client, &name, items[1].rectangle().await);
        if first.0 <= second.0 {
            fail(
                client,
                &name,
                format!("{name}: menu not mirrored: {first:?} {second:?}"),
            )
            .await;
        }
    }
}

/// Every page by URL, JavaScript disabled.
async fn read_without_javascript(
    client: &Client,
    base: &str,
    lang: &str,
    id: &str,
    organization: &str,
) {
    for (step, path, expect) in [
        (
            "results",
            format!("/?q=himalaya+dream&lang={lang}"),
            "ol.results li a",
        ),
        (
            "profile",
            format!("/organizations/{id}?lang={lang}"),
            "main h1",
        ),
        (
            "form",
            format!("/complain?organization={id}&lang={lang}"),
            "#complaint-form input[name=organization_id]",
        ),
        (
            "status",
            format!("/complaints/status?lang={lang}"),
            "#status-form #receipt",
        ),
        ("rights", format!("/rights?lang={lang}"), "main h1"),
    ] {
        let name = format!("nojs-{lang}-{step}");
        step!(client, &name, client.goto(&format!("{base}{path}")).await);
        let found = step!(client, &name, client.find(Locator::Css(expect)).await);
        if step == "profile" && step!(client, &name, found.text().await) != organization {
            fail(client, &name, format!("{name}: wrong profile")).await;
        }
        check_layout(client, lang, &format!("nojs-{step}")).await;
    }
}

/// The whole path in one language.
async fn worker_path(client: &Client, base: &str, lang: &str, organization: &str) {
    let t = Translator::new(find(lang).unwrap());
    let name = |step: &str| format!("{lang}-{step}");
    step!(
        client,
        &name("open"),
        client.goto(&format!("{base}/?lang={lang}")).await
    );
    check_layout(client, lang, "search").await;

    let q = step!(
        client,
        &name("search-box"),
        client.find(Locator::Id("q")).await
    );
    step!(client, &name("type"), q.send_keys("himalaya dream").await);
    let button = step!(
        client,
        &name("search-button"),
        client.find(Locator::Css("form[role=search] button")).await
    );
    let _ = button;
    step!(
        client,
        &name("search"),
        activate(client, "form[role=search] button").await
    );
    let result = step!(
        client,
        &name("results"),
        client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css("ol.results li a"))
            .await
    );
    screenshot(client, &format!("search-{lang}")).await;
    let _ = result;
    step!(
        client,
        &name("open-profile"),
        activate(client, "ol.results li a").await
    );
    let heading = step!(
        client,
        &name("profile"),
        client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css("main h1"))
            .await
    );
    let heading = step!(client, &name("profile"), heading.text().await);
    if heading != organization {
        fail(
            client,
            &name("profile"),
            format!("profile heading {heading:?}"),
        )
        .await;
    }
    screenshot(client, &format!("profile-{lang}")).await;

    let complain = step!(
        client,
        &name("complain-link"),
        client
            .find(Locator::Css("a[href^='/complain?organization=']"))
            .await
    );
    let _ = complain;
    step!(
        client,
        &name("complain"),
        activate(client, "a[href^='/complain?organization=']").await
    );
    let category = step!(
        client,
        &name("form"),
        client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(
                "input[name=category][value=document_retention]"
            ))
            .await
    );
    // Space ticks a focused checkbox, as on a keyboard.
    step!(client, &name("category"), category.send_keys(" ").await);
    let country = step!(
        client,
        &name("country"),
        client.find(Locator::Id("incident_country")).await
    );
    step!(
        client,
        &name("country"),
        // Typing an option's name picks it, in her language.
        country.send_keys(&t.country("QA")).await
    );
    let narrative = step!(
        client,
        &name("narrative"),
        client.find(Locator::Id("narrative")).await
    );
    step!(
        client,
        &name("narrative"),
        narrative.send_keys("They kept my passport").await
    );
    let submit = step!(
        client,
        &name("submit"),
        client
            .find(Locator::Css("#complaint-form button[type=submit]"))
            .await
    );
    let _ = submit;
    step!(
        client,
        &name("submit"),
        activate(client, "#complaint-form button[type=submit]").await
    );
    let receipt = step!(
        client,
        &name("receipt"),
        client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Id("receipt"))
            .await
    );
    let receipt = step!(client, &name("receipt"), receipt.text().await);
    if receipt.len() != 17 {
        fail(client, &name("receipt"), format!("receipt {receipt:?}")).await;
    }

    step!(
        client,
        &name("status-page"),
        client.goto(&format!("{base}/complaints/status")).await
    );
    let field = step!(
        client,
        &name("status-field"),
        client.find(Locator::Id("receipt")).await
    );
    step!(
        client,
        &name("status-type"),
        field.send_keys(&receipt).await
    );
    let check = step!(
        client,
        &name("status-button"),
        client.find(Locator::Css("#status-form button")).await
    );
    let _ = check;
    step!(
        client,
        &name("status-check"),
        activate(client, "#status-form button").await
    );
    let answer = step!(
        client,
        &name("status"),
        client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css("main h2"))
            .await
    );
    let answer =
        step!(client, &name("status"), answer.text().await).replace(['\u{2068}', '\u{2069}'], "");
    let expected = t.t("complaint-status-received");
    if !answer.contains(&expected) {
        fail(
            client,
            &name("status"),
            format!("{lang}: status {answer:?}, expected {expected:?}"),
        )
        .await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_worker_checks_an_agency_complains_and_follows_it_in_chromium() {
    let Some(driver) = start_driver() else { return };
    let setup = Setup::sqlite();
    let admin = setup.token("admin", None, "Registry admin");
    let mut server = setup.serve(&[], &[]);
    let api = Api::new(&server);
    server.wait_ready(&api).await;
    let organization = "Himalaya Dream Manpower";
    let created = api
        .post(
            "/api/v1/organizations",
            Some(&admin),
            &json!({"kind": "agency", "name": organization, "country": "NP"}),
        )
        .await
        .expect(StatusCode::CREATED);
    let id = created["id"].as_str().unwrap();
    api.post(
        &format!("/api/v1/organizations/{id}/licences"),
        Some(&admin),
        &json!({"authority": "NP", "authority_name": "Department of Foreign Employment", "number": "1234/067/068",
               "valid_from": "2024-01-01", "valid_until": "2099-01-01", "status": "active"}),
    )
    .await
    .expect(StatusCode::CREATED);
    // The background indexer makes it searchable within a second.
    let deadline = Instant::now() + Duration::from_secs(20);
    while api
        .get_query("/api/v1/organizations", &[("q", "himalaya dream")], None)
        .await
        .json()["total"]
        != 1
    {
        assert!(Instant::now() < deadline, "never indexed");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    let profile = tempfile::tempdir().unwrap();
    let client = browser(&driver, profile.path()).await;
    assert_no_page_script(&client).await;
    for lang in ["en", "ar", "ne"] {
        read_without_javascript(&client, &server.base, lang, id, organization).await;
    }
    let _ = client.close().await;

    let profile = tempfile::tempdir().unwrap();
    let client = browser(&driver, profile.path()).await;
    assert_no_page_script(&client).await;
    for lang in ["en", "ar", "ne"] {
        worker_path(&client, &server.base, lang, organization).await;
    }
    let _ = client.close().await;
    let complaints = setup.token("inspector", Some("QA"), "Qatar inspection");
    let listed = api
        .get("/api/v1/complaints", Some(&complaints))
        .await
        .expect(StatusCode::OK);
    assert_eq!(
        listed["items"].as_array().unwrap().len(),
        3,
        "one complaint per language"
    );
    server.stop();
}
