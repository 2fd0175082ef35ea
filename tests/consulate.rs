#![allow(clippy::unwrap_used)]
//! The consulate API: bulk licence verification (order, forgiving numbers, status as
//! of today, sanctions of public findings only, limits, callers) and the change feed
//! (who may read it, the public projection of the event log, paging without gaps or
//! duplicates, long polling, and no gaps under concurrent writes).

// Not reformatted from here: the harness belongs to the API tests.
#[rustfmt::skip]
mod common;
use common::{TestApp, TestResponse};

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::http::{Method, StatusCode};
use chrono::{Days, NaiveDate};
use diesel::prelude::*;
use fairrecruit::db::schema::events;
use fairrecruit::domain::role::Role;
use serde_json::{json, Value};

const ACTIVE_NUMBER: &str = "DEMO-1001/081";
const EXPIRED_NUMBER: &str = "DEMO-2002/081";
const REVOKED_NUMBER: &str = "DEMO-3003/081";
const SANCTIONED_NUMBER: &str = "DEMO-4004/081";
const DRAFT_NUMBER: &str = "DEMO-5005/081";

/// Confidential text planted in a complaint: it must never reach the change feed.
const NARRATIVE: &str = "NARRATIVE-6150: the broker kept my passport and charged 300000 rupees.";
const NAME: &str = "Kamala Demo-Feedwatch";
const CONTACT: &str = "kamala.feed@example.invalid";
const NOTE: &str = "NOTE-9047: met the worker at the shelter.";

/// Actions the feed must never show.
const PRIVATE_ACTIONS: [&str; 4] = [
    "token.created",
    "token.revoked",
    "data_key.rotated",
    "finding.created",
];

// ---------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------

fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

fn yesterday() -> NaiveDate {
    today().checked_sub_days(Days::new(1)).unwrap()
}

fn in_days(n: u64) -> NaiveDate {
    today().checked_add_days(Days::new(n)).unwrap()
}

fn id_of(value: &Value) -> String {
    value["id"].as_str().unwrap().to_string()
}

async fn org(app: &TestApp, admin: &str, name: &str) -> String {
    id_of(
        &app.create_org(
            admin,
            json!({"kind": "agency", "name": name, "country": "NP"}),
        )
        .await,
    )
}

/// Adds a Nepali licence, active as recorded, valid over the given dates.
async fn licence(
    app: &TestApp,
    admin: &str,
    org: &str,
    number: &str,
    valid_from: &str,
    valid_until: &str,
) -> String {
    id_of(
        &app.add_licence(
            admin,
            org,
            json!({"authority": "NP", "authority_name": "Department of Foreign Employment",
                   "number": number, "valid_from": valid_from, "valid_until": valid_until,
                   "status": "active"}),
        )
        .await,
    )
}

async fn verify(app: &TestApp, token: Option<&str>, items: Value) -> TestResponse {
    app.post("/api/v1/licences/verify", token, json!({ "items": items }))
        .await
}

/// Verifies, asserting 200, and returns the answered items.
async fn verify_ok(app: &TestApp, token: Option<&str>, items: Value) -> Vec<Value> {
    let sent = items.as_array().unwrap().len();
    let response = verify(app, token, items).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    let body = response.json();
    assert_eq!(body["as_of"], today().to_string(), "{body}");
    let answered = body["items"].as_array().unwrap().clone();
    assert_eq!(answered.len(), sent, "{body}");
    answered
}

fn sanction_kinds(item: &Value) -> BTreeSet<String> {
    item["sanctions_in_force"]
        .as_array()
        .unwrap_or_else(|| panic!("sanctions_in_force is not a list: {item}"))
        .iter()
        .map(|k| k.as_str().unwrap().to_string())
        .collect()
}

/// A finding about `org` with one violation and the given sanctions.
fn finding_body(org: &str, sanctions: Value) -> Value {
    json!({
        "organization_id": org,
        "summary": "Charged workers recruitment fees.",
        "violations": [{"category": "recruitment_fee",
                        "legal_basis": "Foreign Employment Act 2064, s. 11",
                        "description": "Fees charged to workers", "severity": "high"}],
        "sanctions": sanctions
    })
}

async fn create_finding(app: &TestApp, token: &str, body: Value) -> String {
    let response = app.post("/api/v1/findings", Some(token), body).await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
    id_of(&response.json())
}

async fn publish(app: &TestApp, token: &str, finding: &str) {
    let response = app
        .post(
            &format!("/api/v1/findings/{finding}/publish"),
            Some(token),
            json!({}),
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    assert_eq!(response.json()["status"], "published", "{}", response.text);
}

/// Files an anonymous complaint with confidential details about `org`; returns its id.
async fn file_complaint(app: &TestApp, org: &str) -> String {
    let response = app
        .post(
            "/api/v1/complaints",
            None,
            json!({
                "respondents": [{"organization_id": org}],
                "categories": ["recruitment_fee", "document_retention"],
                "narrative": NARRATIVE,
                "incident_countries": ["NP"],
                "complainant": {"name": NAME, "contact": CONTACT, "sex": "female",
                                "nationality": "NP", "sector": "construction"}
            }),
        )
        .await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
    id_of(&response.json())
}

async fn changes(app: &TestApp, token: Option<&str>, query: &str) -> TestResponse {
    app.call(Method::GET, &format!("/api/v1/changes{query}"), token, None)
        .await
}

/// The cursor of a page, whether it is written as a number or as a string.
fn cursor(page: &Value) -> i64 {
    let value = &page["next_cursor"];
    value
        .as_i64()
        .or_else(|| value.as_str().and_then(|s| s.parse().ok()))
        .unwrap_or_else(|| panic!("next_cursor is not a seq: {page}"))
}

/// One page, asserting 200; returns the body and its raw text.
async fn page(app: &TestApp, token: &str, after: i64, limit: i64) -> (Value, String) {
    let response = changes(app, Some(token), &format!("?after={after}&limit={limit}")).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    (response.json(), response.text)
}

/// Pages through the whole feed with `limit`, checking each page; returns every
/// item read and the raw text of every page.
async fn read_all(app: &TestApp, token: &str, limit: i64) -> (Vec<Value>, Vec<String>) {
    let mut after = 0;
    let mut items = Vec::new();
    let mut texts = Vec::new();
    for _ in 0..10_000 {
        let (body, text) = page(app, token, after, limit).await;
        texts.push(text);
        let got = body["items"].as_array().unwrap().clone();
        let next = cursor(&body);
        assert!(got.len() as i64 <= limit, "page over its limit: {body}");
        for item in &got {
            let seq = item["seq"].as_i64().unwrap();
            assert!(
                seq > after && seq <= next,
                "seq {seq} outside ({after}, {next}]: {body}"
            );
        }
        if got.is_empty() && next == after {
            return (items, texts);
        }
        assert!(next > after, "the cursor did not move: {body}");
        items.extend(got);
        after = next;
    }
    panic!("paging with limit {limit} did not end");
}

fn seqs(items: &[Value]) -> Vec<i64> {
    items.iter().map(|i| i["seq"].as_i64().unwrap()).collect()
}

fn actions(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .map(|i| i["action"].as_str().unwrap().to_string())
        .collect()
}

fn assert_strictly_increasing(seqs: &[i64]) {
    assert!(
        seqs.windows(2).all(|w| w[0] < w[1]),
        "seqs not strictly increasing: {seqs:?}"
    );
}

/// Every event in the database, in seq order.
fn logged_events(app: &TestApp) -> Vec<(i64, String)> {
    let mut conn = app.db.get().unwrap();
    events::table
        .select((events::seq, events::action))
        .order(events::seq.asc())
        .load(&mut *conn)
        .unwrap()
}

// ---------------------------------------------------------------------------------
// Bulk verification
// ---------------------------------------------------------------------------------

/// Items come back in the order sent, each with the authority and number as sent;
/// numbers match in any punctuation, spacing or case; unknown numbers and other
/// authorities are not found; malformed items get their own error without failing
/// the rest.
async fn bulk_verify_answers_each_item_in_order(app: TestApp) {
    let admin = app.admin();
    let agency = org(&app, &admin, "Annapurna Demo Manpower").await;
    let licence_id = licence(
        &app,
        &admin,
        &agency,
        ACTIVE_NUMBER,
        "2025-01-01",
        "2099-01-01",
    )
    .await;

    let sent = json!([
        {"authority": "NP", "number": ACTIVE_NUMBER},
        {"authority": "NP", "number": "DEMO-9999/999"},
        {"authority": "NP", "number": "demo 1001 081"},
        {"authority": "NPL", "number": ACTIVE_NUMBER},
        {"authority": "NP", "number": "Demo.1001-081"},
        {"authority": "NP", "number": ""},
        {"authority": "NP", "number": " -/. "},
        {"authority": "QA", "number": ACTIVE_NUMBER},
        {"authority": "NP", "number": "(demo)1001_081"},
        {"authority": "NP", "number": ACTIVE_NUMBER}
    ]);
    let items = verify_ok(&app, None, sent.clone()).await;

    for (answer, asked) in items.iter().zip(sent.as_array().unwrap()) {
        assert_eq!(answer["authority"], asked["authority"], "{answer}");
        assert_eq!(answer["number"], asked["number"], "{answer}");
    }

    let found_at = [0, 2, 4, 8, 9];
    for i in found_at {
        let item = &items[i];
        assert_eq!(item["found"], true, "item {i}: {item}");
        assert_eq!(item["status"], "active", "item {i}: {item}");
        assert_eq!(item["valid_until"], "2099-01-01", "item {i}: {item}");
        assert_eq!(item["organization_id"], agency.as_str(), "item {i}: {item}");
        assert_eq!(item["licence_id"], licence_id.as_str(), "item {i}: {item}");
        assert_eq!(
            item["organization_name"], "Annapurna Demo Manpower",
            "item {i}: {item}"
        );
        assert!(item["error"].is_null(), "item {i}: {item}");
        assert!(sanction_kinds(item).is_empty(), "item {i}: {item}");
    }

    // Not registered, or registered under another authority: simply not found.
    for i in [1, 7] {
        let item = &items[i];
        assert_eq!(item["found"], false, "item {i}: {item}");
        assert!(item["error"].is_null(), "item {i}: {item}");
        assert!(item["status"].is_null(), "item {i}: {item}");
        assert!(item["organization_id"].is_null(), "item {i}: {item}");
    }

    // A bad country code, an empty number and a number of punctuation only: errors.
    for i in [3, 5, 6] {
        let item = &items[i];
        assert_eq!(item["found"], false, "item {i}: {item}");
        assert!(
            item["error"].as_str().is_some_and(|e| !e.is_empty()),
            "item {i} should carry an error: {item}"
        );
        assert!(item["status"].is_null(), "item {i}: {item}");
    }
    assert!(items[3]["error"].as_str().unwrap().contains("authority"));
    assert!(items[5]["error"].as_str().unwrap().contains("number"));
}

/// Statuses are as of today: a licence whose validity has passed reads expired, a
/// revoked one revoked.
async fn bulk_verify_reports_status_as_of_today(app: TestApp) {
    let admin = app.admin();
    let active = org(&app, &admin, "Dhaulagiri Demo Recruiters").await;
    let lapsed = org(&app, &admin, "Makalu Demo Placement").await;
    let revoked = org(&app, &admin, "Lhotse Demo Overseas").await;
    licence(
        &app,
        &admin,
        &active,
        ACTIVE_NUMBER,
        "2025-01-01",
        "2099-01-01",
    )
    .await;
    licence(
        &app,
        &admin,
        &lapsed,
        EXPIRED_NUMBER,
        "2020-01-01",
        "2021-01-01",
    )
    .await;
    let revoked_licence = licence(
        &app,
        &admin,
        &revoked,
        REVOKED_NUMBER,
        "2025-01-01",
        "2099-01-01",
    )
    .await;
    let response = app
        .post(
            &format!("/api/v1/licences/{revoked_licence}/status"),
            Some(&admin),
            json!({"status": "revoked", "reason": "Licence conditions breached",
                   "effective_date": yesterday()}),
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);

    let items = verify_ok(
        &app,
        None,
        json!([
            {"authority": "NP", "number": REVOKED_NUMBER},
            {"authority": "NP", "number": EXPIRED_NUMBER},
            {"authority": "NP", "number": ACTIVE_NUMBER}
        ]),
    )
    .await;
    assert_eq!(items[0]["found"], true, "{}", items[0]);
    assert_eq!(items[0]["status"], "revoked", "{}", items[0]);
    assert_eq!(items[0]["organization_id"], revoked.as_str());
    assert_eq!(items[1]["found"], true, "{}", items[1]);
    assert_eq!(items[1]["status"], "expired", "{}", items[1]);
    assert_eq!(items[1]["valid_until"], "2021-01-01", "{}", items[1]);
    assert_eq!(items[1]["organization_id"], lapsed.as_str());
    assert_eq!(items[2]["status"], "active", "{}", items[2]);
    assert_eq!(items[2]["organization_id"], active.as_str());
}

/// A published finding's revocation, suspension and fine are listed in force; a
/// draft finding's sanctions are not.
async fn bulk_verify_lists_sanctions_of_published_findings_only(app: TestApp) {
    let admin = app.admin();
    let inspector = app.token(Role::Inspector, &["NP"]);
    let sanctioned = org(&app, &admin, "Kanchenjunga Demo Manpower").await;
    let drafted = org(&app, &admin, "Cho Oyu Demo Recruiters").await;
    licence(
        &app,
        &admin,
        &sanctioned,
        SANCTIONED_NUMBER,
        "2025-01-01",
        "2099-01-01",
    )
    .await;
    licence(
        &app,
        &admin,
        &drafted,
        DRAFT_NUMBER,
        "2025-01-01",
        "2099-01-01",
    )
    .await;

    let published = create_finding(
        &app,
        &inspector,
        finding_body(
            &sanctioned,
            json!([
                {"kind": "fine", "amount_minor": 50_000_000i64, "currency": "NPR"},
                {"kind": "suspension", "starts_on": yesterday(), "ends_on": in_days(90)},
                {"kind": "revocation", "starts_on": yesterday()}
            ]),
        ),
    )
    .await;
    create_finding(
        &app,
        &inspector,
        finding_body(
            &drafted,
            json!([
                {"kind": "fine", "amount_minor": 10_000_000i64, "currency": "NPR"},
                {"kind": "revocation", "starts_on": yesterday()}
            ]),
        ),
    )
    .await;

    // Before publication nothing is in force for either.
    let before = verify_ok(
        &app,
        None,
        json!([{"authority": "NP", "number": SANCTIONED_NUMBER},
               {"authority": "NP", "number": DRAFT_NUMBER}]),
    )
    .await;
    for item in &before {
        assert!(sanction_kinds(item).is_empty(), "{item}");
        assert_eq!(item["status"], "active", "{item}");
    }

    publish(&app, &inspector, &published).await;
    let consulate = app.token(Role::Consulate, &["NP"]);
    let after = verify_ok(
        &app,
        Some(&consulate),
        json!([{"authority": "NP", "number": DRAFT_NUMBER},
               {"authority": "NP", "number": "demo-4004-081"}]),
    )
    .await;
    let expected: BTreeSet<String> = ["fine", "suspension", "revocation"]
        .map(String::from)
        .into();
    assert_eq!(sanction_kinds(&after[1]), expected, "{}", after[1]);
    assert_eq!(after[1]["organization_id"], sanctioned.as_str());
    assert_eq!(after[1]["status"], "revoked", "{}", after[1]);
    // The draft's fine and revocation are not public, so not in force.
    assert!(sanction_kinds(&after[0]).is_empty(), "{}", after[0]);
    assert_eq!(after[0]["status"], "active", "{}", after[0]);
}

/// 1,000 items are accepted; 1,001 are refused with 413 naming the limit; an empty
/// list is invalid.
async fn bulk_verify_limits(app: TestApp) {
    let admin = app.admin();
    let agency = org(&app, &admin, "Everest Demo Employment").await;
    licence(
        &app,
        &admin,
        &agency,
        ACTIVE_NUMBER,
        "2025-01-01",
        "2099-01-01",
    )
    .await;
    let many = |n: usize| -> Value {
        (0..n)
            .map(|i| {
                if i % 100 == 7 {
                    json!({"authority": "NP", "number": "demo/1001/081"})
                } else {
                    json!({"authority": "NP", "number": format!("UNKNOWN-{i:04}")})
                }
            })
            .collect::<Vec<_>>()
            .into()
    };

    let items = verify_ok(&app, None, many(1000)).await;
    for (i, item) in items.iter().enumerate() {
        let known = i % 100 == 7;
        assert_eq!(item["found"], known, "item {i}: {item}");
        if !known {
            assert_eq!(item["number"], format!("UNKNOWN-{i:04}"), "item {i}");
        }
    }

    let response = verify(&app, None, many(1001)).await;
    let problem = response.problem(StatusCode::PAYLOAD_TOO_LARGE);
    let detail = problem["detail"].as_str().unwrap();
    assert!(
        detail.contains("1000") || detail.contains("1,000"),
        "the problem should name the limit: {detail}"
    );

    let response = verify(&app, None, json!([])).await;
    response.problem(StatusCode::UNPROCESSABLE_ENTITY);
}

/// Anyone may verify, without a token or with a consulate token; a bad token is
/// refused, never treated as the public.
async fn bulk_verify_callers(app: TestApp) {
    let admin = app.admin();
    let agency = org(&app, &admin, "Manaslu Demo Overseas").await;
    licence(
        &app,
        &admin,
        &agency,
        ACTIVE_NUMBER,
        "2025-01-01",
        "2099-01-01",
    )
    .await;
    let items = json!([{"authority": "NP", "number": ACTIVE_NUMBER}]);
    let public = verify_ok(&app, None, items.clone()).await;
    assert_eq!(public[0]["found"], true);
    let consulate = app.token(Role::Consulate, &["NP"]);
    let answered = verify_ok(&app, Some(&consulate), items.clone()).await;
    assert_eq!(answered[0]["found"], true);
    assert_eq!(answered[0]["status"], "active");

    let response = verify(&app, Some("not-a-real-token"), items).await;
    response.problem(StatusCode::UNAUTHORIZED);
}

// ---------------------------------------------------------------------------------
// Change feed
// ---------------------------------------------------------------------------------

/// Only consulate and admin tokens read the feed.
async fn change_feed_needs_consulate_or_admin(app: TestApp) {
    let admin = app.admin();
    let consulate = app.token(Role::Consulate, &["NP"]);
    let inspector = app.token(Role::Inspector, &["NP"]);
    org(&app, &admin, "Gauri Demo Manpower").await;

    changes(&app, None, "")
        .await
        .problem(StatusCode::UNAUTHORIZED);
    changes(&app, Some("not-a-real-token"), "")
        .await
        .problem(StatusCode::UNAUTHORIZED);
    changes(&app, Some(&inspector), "")
        .await
        .problem(StatusCode::FORBIDDEN);
    for token in [&consulate, &admin] {
        let response = changes(&app, Some(token), "").await;
        assert_eq!(response.status, StatusCode::OK, "{}", response.text);
        let body = response.json();
        assert!(body["items"].is_array(), "{body}");
        assert!(
            actions(body["items"].as_array().unwrap())
                .contains(&"organization.created".to_string()),
            "{body}"
        );
    }
}

/// The feed is the public projection of the log, in seq order: the shape of each
/// change, no token or draft-finding events, published findings, and complaint
/// events with ids and statuses only.
async fn change_feed_is_the_public_projection(app: TestApp) {
    let admin = app.admin();
    let inspector = app.token(Role::Inspector, &["NP"]);
    let consulate = app.token(Role::Consulate, &["NP"]);
    let agency = org(&app, &admin, "Ama Dablam Demo Recruiters").await;
    let licence_id = licence(
        &app,
        &admin,
        &agency,
        SANCTIONED_NUMBER,
        "2025-01-01",
        "2099-01-01",
    )
    .await;
    let complaint = file_complaint(&app, &agency).await;
    let response = app
        .post(
            &format!("/api/v1/complaints/{complaint}/status"),
            Some(&inspector),
            json!({"status": "under_review", "note": NOTE}),
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    let mut finding = finding_body(
        &agency,
        json!([{"kind": "revocation", "starts_on": yesterday()}]),
    );
    finding["complaint_ids"] = json!([complaint]);
    let finding = create_finding(&app, &inspector, finding).await;
    publish(&app, &inspector, &finding).await;
    // Another token after the rest: private, so left out.
    app.token(Role::Consulate, &["PH"]);

    let (items, texts) = read_all(&app, &consulate, 1000).await;
    assert_strictly_increasing(&seqs(&items));
    assert_eq!(
        actions(&items),
        [
            "organization.created",
            "licence.added",
            "complaint.filed",
            "complaint.status_changed",
            "finding.published",
            "licence.status_changed",
        ],
        "{items:#?}"
    );
    for item in &items {
        let object = item.as_object().unwrap();
        for key in ["seq", "at", "action", "entity", "entity_id", "data"] {
            assert!(object.contains_key(key), "{key} missing: {item}");
        }
        assert!(item["seq"].is_i64(), "{item}");
        let at = chrono::DateTime::parse_from_rfc3339(item["at"].as_str().unwrap())
            .unwrap_or_else(|e| panic!("at is not RFC 3339 ({e}): {item}"));
        assert_eq!(at.offset().local_minus_utc(), 0, "at is not UTC: {item}");
        assert!(item["entity"].is_string() && item["entity_id"].is_string());
        assert!(
            !PRIVATE_ACTIONS.contains(&item["action"].as_str().unwrap()),
            "{item}"
        );
        assert_ne!(item["entity"], "token", "{item}");
    }
    let by_action = |action: &str| -> &Value {
        items
            .iter()
            .find(|i| i["action"] == action)
            .unwrap_or_else(|| panic!("no {action}"))
    };
    assert_eq!(by_action("organization.created")["entity"], "organization");
    assert_eq!(
        by_action("organization.created")["entity_id"],
        agency.as_str()
    );
    assert_eq!(by_action("licence.added")["entity_id"], licence_id.as_str());
    let published = by_action("finding.published");
    assert_eq!(published["entity"], "finding");
    assert_eq!(published["entity_id"], finding.as_str());
    assert_eq!(
        by_action("licence.status_changed")["entity_id"],
        licence_id.as_str()
    );

    // Complaint events: ids and statuses only.
    let allowed: BTreeSet<&str> =
        ["complaint_id", "organization_ids", "from_status", "status"].into();
    for action in ["complaint.filed", "complaint.status_changed"] {
        let event = by_action(action);
        assert_eq!(event["entity"], "complaint", "{event}");
        assert_eq!(event["entity_id"], complaint.as_str(), "{event}");
        let keys: BTreeSet<&str> = event["data"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert!(keys.is_subset(&allowed), "{action} carries more: {event}");
    }
    assert_eq!(by_action("complaint.filed")["data"]["status"], "received");
    assert_eq!(
        by_action("complaint.status_changed")["data"]["status"],
        "under_review"
    );

    // The confidential text is in no page, read whole or one event at a time.
    let (small, small_texts) = read_all(&app, &consulate, 1).await;
    assert_eq!(seqs(&small), seqs(&items));
    for text in texts.iter().chain(&small_texts) {
        for secret in [NARRATIVE, "NARRATIVE-6150", NAME, CONTACT, "NOTE-9047"] {
            assert!(!text.contains(secret), "{secret} in the feed: {text}");
        }
    }

    // The private events exist in the log; the feed leaves them out.
    let logged = logged_events(&app);
    let count = |action: &str| logged.iter().filter(|(_, a)| a == action).count();
    assert_eq!(count("finding.created"), 1);
    assert_eq!(count("token.created"), 4);
    assert_eq!(logged.len(), items.len() + 5);
}

/// Paging with small limits visits every public event exactly once, the same ones
/// the full read gives, also across runs of private events.
async fn change_feed_pages_visit_every_event_once(app: TestApp) {
    let admin = app.admin();
    let consulate = app.token(Role::Consulate, &["NP"]);
    for round in 0..4 {
        let agency = org(&app, &admin, &format!("Demo Paging Agency {round}")).await;
        licence(
            &app,
            &admin,
            &agency,
            &format!("DEMO-PAGE-{round}"),
            "2025-01-01",
            "2099-01-01",
        )
        .await;
        // Runs of private events between the public ones.
        for _ in 0..round {
            app.token(Role::Inspector, &["NP"]);
        }
        file_complaint(&app, &agency).await;
    }

    let (full, _) = read_all(&app, &consulate, 1000).await;
    assert_eq!(full.len(), 12, "{full:#?}");
    assert_strictly_increasing(&seqs(&full));
    for limit in [1, 2, 3, 5, 7] {
        let (paged, _) = read_all(&app, &consulate, limit).await;
        assert_eq!(seqs(&paged), seqs(&full), "limit {limit}");
        assert_eq!(actions(&paged), actions(&full), "limit {limit}");
        let unique: BTreeSet<i64> = seqs(&paged).into_iter().collect();
        assert_eq!(unique.len(), paged.len(), "duplicates with limit {limit}");
    }
    // Public seqs plus the skipped private ones make the whole log.
    let logged = logged_events(&app);
    let public: Vec<i64> = logged
        .iter()
        .filter(|(_, a)| !PRIVATE_ACTIONS.contains(&a.as_str()))
        .map(|(s, _)| *s)
        .collect();
    assert_eq!(public, seqs(&full));
}

/// Past the head: an empty page whose cursor is the one given. Invalid parameters
/// answer 422 naming the parameter.
async fn change_feed_after_the_head_and_invalid_parameters(app: TestApp) {
    let admin = app.admin();
    let consulate = app.token(Role::Consulate, &["NP"]);
    org(&app, &admin, "Pumori Demo Manpower").await;
    let (_, _) = read_all(&app, &consulate, 1000).await;
    let head = logged_events(&app).last().unwrap().0;

    for after in [head, head + 1, head + 1000] {
        let (body, _) = page(&app, &consulate, after, 10).await;
        assert_eq!(body["items"], json!([]), "after {after}: {body}");
        assert_eq!(cursor(&body), after, "after {after}: {body}");
    }

    for (query, field) in [
        ("?limit=0", "limit"),
        ("?limit=1001", "limit"),
        ("?after=-1", "after"),
        ("?wait=31", "wait"),
    ] {
        let problem = changes(&app, Some(&consulate), query)
            .await
            .problem(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            problem["errors"]
                .as_array()
                .is_some_and(|e| e.iter().any(|e| e["field"] == field)),
            "{query} should name {field}: {problem}"
        );
    }
    // The bounds themselves are fine.
    for query in ["?limit=1", "?limit=1000", "?after=0", "?wait=0"] {
        let response = changes(&app, Some(&consulate), query).await;
        assert_eq!(
            response.status,
            StatusCode::OK,
            "{query}: {}",
            response.text
        );
    }
}

/// A long poll with nothing new returns as soon as a write lands.
async fn long_poll_returns_a_new_event_early(app: TestApp) {
    let app = Arc::new(app);
    let admin = app.admin();
    let consulate = app.token(Role::Consulate, &["NP"]);
    let head = logged_events(&app).last().unwrap().0;

    let writer = {
        let app = Arc::clone(&app);
        let admin = admin.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(300)).await;
            org(&app, &admin, "Demo Long Poll Agency").await
        })
    };
    let started = Instant::now();
    let response = changes(&app, Some(&consulate), &format!("?after={head}&wait=5")).await;
    let elapsed = started.elapsed();
    let created = writer.await.unwrap();
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    let body = response.json();
    let items = body["items"].as_array().unwrap();
    assert!(
        items
            .iter()
            .any(|i| i["action"] == "organization.created" && i["entity_id"] == created.as_str()),
        "the new organization should be in the answer: {body}"
    );
    assert!(cursor(&body) > head, "{body}");
    assert!(
        elapsed < Duration::from_secs(4),
        "the long poll should return soon after the write, took {elapsed:?}"
    );
}

/// A long poll with no writes at all returns an empty page after its wait.
async fn long_poll_without_writes_returns_empty_after_the_wait(app: TestApp) {
    let consulate = app.token(Role::Consulate, &["NP"]);
    let head = logged_events(&app).last().unwrap().0;
    let started = Instant::now();
    let response = changes(&app, Some(&consulate), &format!("?after={head}&wait=1")).await;
    let elapsed = started.elapsed();
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    let body = response.json();
    assert_eq!(body["items"], json!([]), "{body}");
    assert_eq!(cursor(&body), head, "{body}");
    assert!(
        elapsed >= Duration::from_millis(950),
        "returned before its wait: {elapsed:?}"
    );
    assert!(
        elapsed < Duration::from_secs(4),
        "waited far longer than asked: {elapsed:?}"
    );
}

/// Four writers create 100 organizations while a reader follows the feed with small
/// pages: the reader sees every one, in strictly increasing seq, without duplicates,
/// and what it saw plus the private events it skipped is the whole log.
async fn change_feed_has_no_gaps_under_concurrent_writes(app: TestApp) {
    const WRITERS: usize = 4;
    const EACH: usize = 25;
    let app = Arc::new(app);
    let admin = app.admin();
    let consulate = app.token(Role::Consulate, &["NP"]);

    // Set once every writer has returned: a reader that has caught up after that and
    // still lacks organizations has skipped them, so it stops and the checks below say
    // which, rather than waiting for the timeout.
    let writers_done = Arc::new(AtomicBool::new(false));
    let reader = {
        let app = Arc::clone(&app);
        let writers_done = Arc::clone(&writers_done);
        tokio::spawn(async move {
            let mut after = 0;
            let mut seen: Vec<(i64, String, String)> = Vec::new();
            let mut created = 0;
            while created < WRITERS * EACH {
                let (body, _) = page(&app, &consulate, after, 7).await;
                let items = body["items"].as_array().unwrap();
                let next = cursor(&body);
                assert!(next >= after, "the cursor went back: {after} -> {body}");
                for item in items {
                    let seq = item["seq"].as_i64().unwrap();
                    assert!(
                        seq > after && seq <= next,
                        "seq {seq} outside ({after}, {next}]"
                    );
                    let action = item["action"].as_str().unwrap().to_string();
                    if action == "organization.created" {
                        created += 1;
                    }
                    seen.push((seq, action, item["entity_id"].as_str().unwrap().to_string()));
                }
                if items.is_empty() && next == after {
                    if writers_done.load(Ordering::SeqCst) {
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(5)).await;
                }
                after = next;
            }
            seen
        })
    };
    let writers: Vec<_> = (0..WRITERS)
        .map(|w| {
            let app = Arc::clone(&app);
            let admin = admin.clone();
            tokio::spawn(async move {
                let mut ids = Vec::new();
                for i in 0..EACH {
                    ids.push(org(&app, &admin, &format!("Demo Concurrent Agency {w}-{i}")).await);
                }
                ids
            })
        })
        .collect();

    let mut created = BTreeSet::new();
    for writer in writers {
        created.extend(writer.await.unwrap());
    }
    assert_eq!(created.len(), WRITERS * EACH);
    writers_done.store(true, Ordering::SeqCst);
    let seen = tokio::time::timeout(Duration::from_secs(60), reader)
        .await
        .expect("the reader did not see every organization within the timeout")
        .unwrap();

    let seen_seqs: Vec<i64> = seen.iter().map(|(s, _, _)| *s).collect();
    assert_strictly_increasing(&seen_seqs);
    let unique: BTreeSet<i64> = seen_seqs.iter().copied().collect();
    assert_eq!(unique.len(), seen_seqs.len(), "duplicates");
    let logged = logged_events(&app);
    let head = logged.last().unwrap().0;
    let all: Vec<i64> = logged.iter().map(|(s, _)| *s).collect();
    assert_eq!(
        all,
        (1..=head).collect::<Vec<_>>(),
        "the log itself has gaps"
    );
    let private: Vec<i64> = logged
        .iter()
        .filter(|(_, a)| PRIVATE_ACTIONS.contains(&a.as_str()))
        .map(|(s, _)| *s)
        .collect();
    assert_eq!(private.len(), 2, "{logged:?}");
    let missed: Vec<&(i64, String)> = logged
        .iter()
        .filter(|(s, a)| !PRIVATE_ACTIONS.contains(&a.as_str()) && !unique.contains(s))
        .collect();
    assert!(
        missed.is_empty(),
        "the reader skipped these events: {missed:?}"
    );
    let mut together: Vec<i64> = seen_seqs.iter().chain(&private).copied().collect();
    together.sort_unstable();
    assert_eq!(
        together,
        (1..=head).collect::<Vec<_>>(),
        "the reader's seqs and the private ones should cover the log exactly"
    );
    let seen_orgs: BTreeSet<String> = seen
        .iter()
        .filter(|(_, a, _)| a == "organization.created")
        .map(|(_, _, id)| id.clone())
        .collect();
    assert_eq!(
        seen_orgs, created,
        "the reader missed or invented organizations"
    );

    // And the reader saw each public event with its logged action.
    let public: Vec<(i64, String)> = logged
        .into_iter()
        .filter(|(_, a)| !PRIVATE_ACTIONS.contains(&a.as_str()))
        .collect();
    let seen_pairs: Vec<(i64, String)> = seen.into_iter().map(|(s, a, _)| (s, a)).collect();
    assert_eq!(seen_pairs, public);
}

backend_tests!(
    bulk_verify_answers_each_item_in_order,
    bulk_verify_reports_status_as_of_today,
    bulk_verify_lists_sanctions_of_published_findings_only,
    bulk_verify_limits,
    bulk_verify_callers,
    change_feed_needs_consulate_or_admin,
    change_feed_is_the_public_projection,
    change_feed_pages_visit_every_event_once,
    change_feed_after_the_head_and_invalid_parameters,
    long_poll_returns_a_new_event_early,
    long_poll_without_writes_returns_empty_after_the_wait,
    change_feed_has_no_gaps_under_concurrent_writes,
);
