//! Webhooks against a real local receiver that accepts, fails, times out and
//! recovers: what arrives, signed how, retried when, and nothing lost or repeated
//! once the receiver accepts. Rounds are run with an explicit clock, so backoff and
//! disabling are tested without waiting hours.
#![allow(clippy::unwrap_used)]
mod common;

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, StatusCode};
use chrono::NaiveDateTime;
use common::TestApp;
use diesel::prelude::*;
use fairrecruit::domain::role::Role;
use fairrecruit::webhooks::delivery::{Deliverer, Round};
use fairrecruit::webhooks::{signature, WebhookConfig};
use serde_json::{json, Value};

const SECRET: &str = "consulate-shared-secret-0042";

/// What the receiver does with the next request.
const ACCEPT: u8 = 0;
const FAIL: u8 = 1;
const HANG: u8 = 2;

/// A local HTTP endpoint that records every request.
#[derive(Clone)]
struct Receiver {
    mode: Arc<AtomicU8>,
    seen: Arc<Mutex<Vec<(HeaderMap, Bytes)>>>,
    port: u16,
}

async fn record(State(r): State<Receiver>, headers: HeaderMap, body: Bytes) -> StatusCode {
    r.seen.lock().unwrap().push((headers, body));
    match r.mode.load(Ordering::SeqCst) {
        ACCEPT => StatusCode::NO_CONTENT,
        HANG => {
            tokio::time::sleep(Duration::from_secs(3)).await;
            StatusCode::OK
        }
        _ => StatusCode::SERVICE_UNAVAILABLE,
    }
}

impl Receiver {
    async fn start() -> Receiver {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let receiver = Receiver {
            mode: Arc::new(AtomicU8::new(ACCEPT)),
            seen: Arc::new(Mutex::new(Vec::new())),
            port: listener.local_addr().unwrap().port(),
        };
        let app = axum::Router::new()
            .route("/hook", axum::routing::post(record))
            .with_state(receiver.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        receiver
    }

    fn url(&self, host: &str) -> String {
        format!("http://{host}:{}/hook", self.port)
    }

    fn set(&self, mode: u8) {
        self.mode.store(mode, Ordering::SeqCst);
    }

    fn count(&self) -> usize {
        self.seen.lock().unwrap().len()
    }

    /// The body of request `i` as JSON, after checking its signature at `now`.
    fn batch(&self, i: usize, now: NaiveDateTime) -> Value {
        let (headers, body) = self.seen.lock().unwrap()[i].clone();
        let header = headers[signature::HEADER].to_str().unwrap().to_string();
        signature::verify(SECRET, &header, &body, now.and_utc().timestamp())
            .unwrap_or_else(|e| panic!("request {i}: {e}"));
        assert_eq!(headers["content-type"], "application/json");
        serde_json::from_slice(&body).unwrap()
    }
}

fn config(allow_private: bool) -> WebhookConfig {
    WebhookConfig {
        allowed_hosts: WebhookConfig::hosts_from("127.0.0.1, localhost, hooks.consulate.example"),
        allow_private,
        timeout: Duration::from_millis(400),
        disable_after: chrono::Duration::hours(1),
        ..WebhookConfig::default()
    }
}

fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

async fn register(app: &TestApp, token: &str, body: Value) -> common::TestResponse {
    app.post("/api/v1/webhooks", Some(token), body).await
}

async fn agency(app: &TestApp, admin: &str, name: &str, country: &str) -> String {
    let org = app
        .create_org(
            admin,
            json!({"kind": "agency", "name": name, "country": country}),
        )
        .await;
    org["id"].as_str().unwrap().to_string()
}

async fn webhook(app: &TestApp, token: &str, id: &str) -> Value {
    let response = app
        .call(
            Method::GET,
            &format!("/api/v1/webhooks/{id}"),
            Some(token),
            None,
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    response.json()
}

fn head(app: &TestApp) -> i64 {
    let mut conn = app.db.get().unwrap();
    fairrecruit::events::log::head(&mut conn).unwrap().seq
}

/// A consulate with a webhook on NP organizations at the receiver.
async fn subscribed(app: &TestApp, receiver: &Receiver) -> (String, String) {
    let consulate = app.token(Role::Consulate, &["NP"]);
    let response = register(
        app,
        &consulate,
        json!({"url": receiver.url("127.0.0.1"), "secret": SECRET, "countries": ["NP"]}),
    )
    .await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
    let id = response.json()["id"].as_str().unwrap().to_string();
    (consulate, id)
}

async fn registration_checks_role_url_secret_and_filter(app: TestApp) {
    let app = app.with_webhooks(config(false));
    let consulate = app.token(Role::Consulate, &["NP"]);
    let inspector = app.token(Role::Inspector, &["NP"]);
    let good =
        json!({"url": "https://hooks.consulate.example/fr", "secret": SECRET, "countries": ["NP"]});

    let anonymous = app.post("/api/v1/webhooks", None, good.clone()).await;
    anonymous.problem(StatusCode::UNAUTHORIZED);
    register(&app, &inspector, good.clone())
        .await
        .problem(StatusCode::FORBIDDEN);

    let field_error = |response: common::TestResponse, field: &str, words: &str| {
        let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
        let errors = problem["errors"].as_array().unwrap();
        assert!(
            errors
                .iter()
                .any(|e| e["field"] == field && e["message"].as_str().unwrap().contains(words)),
            "{field}: {problem}"
        );
        assert!(
            !problem.to_string().contains(SECRET),
            "the secret is echoed"
        );
    };
    let with = |key: &str, value: Value| {
        let mut body = good.clone();
        body[key] = value;
        body
    };
    field_error(
        register(
            &app,
            &consulate,
            with("url", json!("ftp://hooks.consulate.example/")),
        )
        .await,
        "url",
        "http",
    );
    field_error(
        register(
            &app,
            &consulate,
            with("url", json!("https://attacker.example/")),
        )
        .await,
        "url",
        "allow-list",
    );
    field_error(
        register(&app, &consulate, with("url", json!("http://127.0.0.1:9/"))).await,
        "url",
        "loopback",
    );
    field_error(
        register(&app, &consulate, with("secret", json!("short"))).await,
        "secret",
        "16",
    );
    field_error(
        register(&app, &consulate, with("countries", json!([]))).await,
        "countries",
        "filter",
    );
    field_error(
        register(&app, &consulate, with("countries", json!(["XX"]))).await,
        "countries[0]",
        "ISO",
    );

    let created = register(&app, &consulate, good).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    assert!(!created.text.contains(SECRET), "the secret is never shown");
    let body = created.json();
    assert_eq!(body["state"], "active");
    assert_eq!(
        body["delivery"]["cursor"],
        head(&app) - 1,
        "starts at the head of registration"
    );
    let id = body["id"].as_str().unwrap();

    // Another consulate neither lists nor reads it.
    let other = app.token(Role::Consulate, &["PH"]);
    let listed = app
        .call(Method::GET, "/api/v1/webhooks", Some(&other), None)
        .await;
    assert_eq!(listed.json(), json!([]));
    app.call(
        Method::GET,
        &format!("/api/v1/webhooks/{id}"),
        Some(&other),
        None,
    )
    .await
    .problem(StatusCode::NOT_FOUND);
    // The event log and the change feed never carry the secret.
    let mut conn = app.db.get().unwrap();
    let logged: Vec<String> = fairrecruit::db::schema::events::table
        .select(fairrecruit::db::schema::events::data)
        .load(&mut conn)
        .unwrap();
    assert!(logged.iter().all(|d| !d.contains(SECRET)));
    let admin = app.admin();
    let feed = app
        .call(Method::GET, "/api/v1/changes?after=0", Some(&admin), None)
        .await;
    assert!(!feed.text.contains("webhook"), "{}", feed.text);
}

async fn delivers_matching_changes_signed(app: TestApp) {
    let receiver = Receiver::start().await;
    let app = app.with_webhooks(config(true));
    let (consulate, id) = subscribed(&app, &receiver).await;
    let admin = app.admin();
    let nepali = agency(&app, &admin, "Kathmandu Demo Overseas", "NP").await;
    app.add_licence(
        &admin,
        &nepali,
        json!({"authority": "NP", "authority_name": "Department of Foreign Employment", "number": "WH-1"}),
    )
    .await;
    let qatari = agency(&app, &admin, "Doha Demo Contracting", "QA").await;

    let deliverer = Deliverer::new(app.db.clone(), app.sealer.clone(), config(true));
    let at = now();
    assert_eq!(
        deliverer.round(at).await.unwrap(),
        Round {
            sent: 1,
            ..Round::default()
        }
    );
    assert_eq!(receiver.count(), 1);
    let batch = receiver.batch(0, at);
    assert_eq!(batch["webhook_id"], id.as_str());
    let actions: Vec<&str> = batch["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["organization.created", "licence.added"]);
    assert!(
        !batch.to_string().contains(&qatari),
        "a QA organization reached an NP filter"
    );
    let (headers, _) = receiver.seen.lock().unwrap()[0].clone();
    assert_eq!(headers["fairrecruit-webhook-id"], id.as_str());
    assert_eq!(batch["next_cursor"], head(&app));

    let state = webhook(&app, &consulate, &id).await;
    assert_eq!(state["delivery"]["cursor"], head(&app));
    assert!(state["delivery"]["last_delivered_at"].is_string());
    // Nothing new: nothing sent.
    assert_eq!(deliverer.round(at).await.unwrap(), Round::default());
    // Only QA changes: passed over without a request.
    agency(&app, &admin, "Doha Demo Two", "QA").await;
    assert_eq!(deliverer.round(at).await.unwrap().passed_over, 1);
    assert_eq!(receiver.count(), 1);
    // A filter by organization matches whatever its country.
    let by_org = register(
        &app,
        &consulate,
        json!({"url": receiver.url("127.0.0.1"), "secret": SECRET, "organization_ids": [qatari]}),
    )
    .await;
    assert_eq!(by_org.status, StatusCode::CREATED, "{}", by_org.text);
    app.patch(
        &format!("/api/v1/organizations/{qatari}"),
        Some(&admin),
        json!({"website": "https://doha.example", "reason": "Checked"}),
    )
    .await;
    assert_eq!(deliverer.round(at).await.unwrap().sent, 1);
    assert_eq!(
        receiver.batch(1, at)["changes"][0]["entity_id"],
        qatari.as_str()
    );
}

async fn failures_back_off_and_recovery_loses_nothing(app: TestApp) {
    let receiver = Receiver::start().await;
    let app = app.with_webhooks(config(true));
    let (consulate, id) = subscribed(&app, &receiver).await;
    let admin = app.admin();
    agency(&app, &admin, "Pokhara Demo Manpower", "NP").await;
    let deliverer = Deliverer::new(app.db.clone(), app.sealer.clone(), config(true));
    let start = now();

    receiver.set(FAIL);
    assert_eq!(deliverer.round(start).await.unwrap().failed, 1);
    let state = webhook(&app, &consulate, &id).await;
    assert_eq!(state["delivery"]["attempts"], 1);
    assert!(
        state["delivery"]["last_error"]
            .as_str()
            .unwrap()
            .contains("503"),
        "{state}"
    );
    assert!(state["delivery"]["next_attempt_at"].is_string());
    // Backing off: no attempt before the next one is due (at least 2.5 s after a
    // first failure, with the default 5 s and jitter).
    assert_eq!(
        deliverer
            .round(start + chrono::Duration::seconds(2))
            .await
            .unwrap(),
        Round::default()
    );
    assert_eq!(receiver.count(), 1);

    // More writes while it fails, then a receiver that does not answer in time.
    agency(&app, &admin, "Biratnagar Demo Jobs", "NP").await;
    receiver.set(HANG);
    let later = start + chrono::Duration::minutes(10);
    assert_eq!(deliverer.round(later).await.unwrap().failed, 1);
    let state = webhook(&app, &consulate, &id).await;
    assert_eq!(state["delivery"]["attempts"], 2);
    assert!(
        state["delivery"]["last_error"]
            .as_str()
            .unwrap()
            .contains("no answer within 400 ms"),
        "{state}"
    );
    // The second wait is longer than the first (doubling, with jitter in [d/2, d]).
    let next: chrono::DateTime<chrono::Utc> = state["delivery"]["next_attempt_at"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        next.naive_utc() - later >= chrono::Duration::seconds(5),
        "{state}"
    );

    receiver.set(ACCEPT);
    let recovered = start + chrono::Duration::minutes(20);
    assert_eq!(deliverer.round(recovered).await.unwrap().sent, 1);
    let count = receiver.count();
    let delivered = receiver.batch(count - 1, recovered);
    let names: Vec<&str> = delivered["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["data"]["name"].as_str())
        .collect();
    assert_eq!(
        names,
        ["Pokhara Demo Manpower", "Biratnagar Demo Jobs"],
        "the failed batches' changes arrive, in order"
    );
    let state = webhook(&app, &consulate, &id).await;
    assert_eq!(state["delivery"]["attempts"], 0);
    assert!(state["delivery"]["last_error"].is_null());
    assert_eq!(state["delivery"]["cursor"], head(&app));

    // A restarted deliverer (a new process) resumes from the stored cursor: only
    // what came after is sent, once.
    agency(&app, &admin, "Janakpur Demo Recruiters", "NP").await;
    let restarted = Deliverer::new(app.db.clone(), app.sealer.clone(), config(true));
    assert_eq!(restarted.round(recovered).await.unwrap().sent, 1);
    let last = receiver.batch(receiver.count() - 1, recovered);
    assert_eq!(last["changes"].as_array().unwrap().len(), 1);
    assert_eq!(
        last["changes"][0]["data"]["name"],
        "Janakpur Demo Recruiters"
    );
}

async fn sustained_failure_disables_and_enable_resumes(app: TestApp) {
    let receiver = Receiver::start().await;
    let app = app.with_webhooks(config(true));
    let (consulate, id) = subscribed(&app, &receiver).await;
    let admin = app.admin();
    agency(&app, &admin, "Lalitpur Demo Agency", "NP").await;
    let deliverer = Deliverer::new(app.db.clone(), app.sealer.clone(), config(true));
    receiver.set(FAIL);
    let start = now();
    // Five failures over two hours (the limit is one hour and five attempts).
    for i in 0..5 {
        let at = start + chrono::Duration::minutes(30 * i);
        assert_eq!(
            deliverer.round(at).await.unwrap().failed,
            1,
            "attempt {}",
            i + 1
        );
    }
    let state = webhook(&app, &consulate, &id).await;
    assert_eq!(state["state"], "disabled", "{state}");
    let reason = state["disabled_reason"].as_str().unwrap();
    assert!(
        reason.contains("5 failed attempts") && reason.contains("503"),
        "{reason}"
    );
    // Disabled: no more attempts, however late.
    let after = receiver.count();
    deliverer
        .round(start + chrono::Duration::days(2))
        .await
        .unwrap();
    assert_eq!(receiver.count(), after);
    let mut conn = app.db.get().unwrap();
    let disabled: i64 = fairrecruit::db::schema::events::table
        .filter(fairrecruit::db::schema::events::action.eq("webhook.disabled"))
        .count()
        .get_result(&mut conn)
        .unwrap();
    assert_eq!(disabled, 1);

    // Enabled again, it delivers what it missed.
    receiver.set(ACCEPT);
    let enabled = app
        .post(
            &format!("/api/v1/webhooks/{id}/enable"),
            Some(&consulate),
            json!({}),
        )
        .await;
    assert_eq!(enabled.status, StatusCode::OK, "{}", enabled.text);
    let again = app
        .post(
            &format!("/api/v1/webhooks/{id}/enable"),
            Some(&consulate),
            json!({}),
        )
        .await;
    again.problem(StatusCode::CONFLICT);
    let at = start + chrono::Duration::days(2);
    assert_eq!(deliverer.round(at).await.unwrap().sent, 1);
    let batch = receiver.batch(receiver.count() - 1, at);
    assert_eq!(batch["changes"][0]["data"]["name"], "Lalitpur Demo Agency");

    // Removed: nothing more, and it is gone from the list.
    let removed = app
        .call(
            Method::DELETE,
            &format!("/api/v1/webhooks/{id}"),
            Some(&consulate),
            None,
        )
        .await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT);
    agency(&app, &admin, "Bhaktapur Demo Agency", "NP").await;
    assert_eq!(deliverer.round(at).await.unwrap(), Round::default());
    let listed = app
        .call(Method::GET, "/api/v1/webhooks", Some(&consulate), None)
        .await;
    assert_eq!(listed.json(), json!([]));
}

async fn delivery_refuses_a_name_that_resolves_to_the_loopback(app: TestApp) {
    let receiver = Receiver::start().await;
    // Registered while the server allowed private targets ...
    let app = app.with_webhooks(config(true));
    let consulate = app.token(Role::Consulate, &["NP"]);
    let created = register(
        &app,
        &consulate,
        json!({"url": receiver.url("localhost"), "secret": SECRET, "countries": ["NP"]}),
    )
    .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let id = created.json()["id"].as_str().unwrap().to_string();
    let admin = app.admin();
    agency(&app, &admin, "Dharan Demo Agency", "NP").await;
    // ... then delivered by a server that does not: the name is resolved and refused.
    let deliverer = Deliverer::new(app.db.clone(), app.sealer.clone(), config(false));
    assert_eq!(deliverer.round(now()).await.unwrap().failed, 1);
    assert_eq!(receiver.count(), 0, "a request reached the loopback");
    let state = webhook(&app, &consulate, &id).await;
    let error = state["delivery"]["last_error"].as_str().unwrap();
    assert!(
        error.contains("refused") && error.contains("loopback"),
        "{error}"
    );
}

async fn a_burst_of_unrelated_changes_does_not_hold_a_match_back(app: TestApp) {
    let receiver = Receiver::start().await;
    let app = app.with_webhooks(config(true));
    let (_, _) = subscribed(&app, &receiver).await;
    let admin = app.admin();
    // 60 changes outside the filter (pages of 5), then one inside it.
    for i in 0..60 {
        agency(&app, &admin, &format!("Doha Burst Agency {i}"), "QA").await;
    }
    agency(&app, &admin, "Ilam Demo Agency", "NP").await;
    let small_pages = WebhookConfig {
        batch: 5,
        ..config(true)
    };
    let deliverer = Deliverer::new(app.db.clone(), app.sealer.clone(), small_pages);
    let at = now();
    // One round reads up to twenty pages: the 60 unrelated changes (twelve pages
    // and a bit) are passed over and the match goes out in the same round.
    assert_eq!(
        deliverer.round(at).await.unwrap(),
        Round {
            sent: 1,
            ..Round::default()
        }
    );
    let batch = receiver.batch(0, at);
    assert_eq!(batch["changes"].as_array().unwrap().len(), 1);
    assert_eq!(batch["changes"][0]["data"]["name"], "Ilam Demo Agency");
    assert_eq!(batch["next_cursor"], head(&app));
}

async fn an_attempt_failing_after_removal_leaves_it_removed(app: TestApp) {
    let receiver = Receiver::start().await;
    let app = app.with_webhooks(config(true));
    let (consulate, id) = subscribed(&app, &receiver).await;
    let removed = app
        .call(
            Method::DELETE,
            &format!("/api/v1/webhooks/{id}"),
            Some(&consulate),
            None,
        )
        .await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT);
    // The deliverer records the failure of an attempt that was already on its way.
    let mut conn = app.db.get().unwrap();
    let at = now();
    fairrecruit::registry::webhooks::failed(
        &mut conn,
        &id,
        "the endpoint answered 503",
        at,
        at,
        Some("disabled after 5 failed attempts"),
    )
    .unwrap();
    let state: String = fairrecruit::db::schema::webhooks::table
        .find(&id)
        .select(fairrecruit::db::schema::webhooks::state)
        .first(&mut conn)
        .unwrap();
    assert_eq!(state, "removed");
    app.call(
        Method::GET,
        &format!("/api/v1/webhooks/{id}"),
        Some(&consulate),
        None,
    )
    .await
    .problem(StatusCode::NOT_FOUND);
}

backend_tests!(
    an_attempt_failing_after_removal_leaves_it_removed,
    a_burst_of_unrelated_changes_does_not_hold_a_match_back,
    registration_checks_role_url_secret_and_filter,
    delivers_matching_changes_signed,
    failures_back_off_and_recovery_loses_nothing,
    sustained_failure_disables_and_enable_resumes,
    delivery_refuses_a_name_that_resolves_to_the_loopback,
);
