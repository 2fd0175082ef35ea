#![allow(clippy::unwrap_used)]
//! Complaints over the API: anonymous filing with a receipt, checking a receipt (with
//! typing mistakes told apart from unknown receipts, and guessing slowed down), the
//! inspectors' workflow, and who may see what.

// Not reformatted from here: the harness belongs to the API tests.
#[rustfmt::skip]
mod common;
use common::{TestApp, TestResponse};

use std::collections::BTreeSet;

use axum::http::{Method, StatusCode};
use fairrecruit::domain::receipt::Receipt;
use fairrecruit::domain::role::Role;
use serde_json::{json, Value};

/// Confidential text planted in complaints: it must only come back to those who may
/// see the complaint in full.
const NARRATIVE: &str =
    "NARRATIVE-7731: they took my passport at the airport and made me pay 200000 rupees.";
const NAME: &str = "Sita Demo-Complainant";
const CONTACT: &str = "+977 98000 11223";
const NOTE: &str = "NOTE-5521: called the worker; the passport is still held.";

/// Crockford's base32 alphabet, which receipts are written in.
const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn agency(name: &str, country: &str) -> Value {
    json!({"kind": "agency", "name": name, "country": country})
}

async fn org(app: &TestApp, admin: &str, name: &str, country: &str) -> String {
    app.create_org(admin, agency(name, country)).await["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// A complaint with every optional field filled in.
fn full_complaint(org_id: &str, countries: &[&str]) -> Value {
    json!({
        "respondents": [
            {"organization_id": org_id},
            {"name": "Sunrise Demo Brokers", "country": "NP"}
        ],
        "categories": ["recruitment_fee", "document_retention", "threats"],
        "narrative": NARRATIVE,
        "incident_countries": countries,
        "complainant": {
            "name": NAME,
            "contact": CONTACT,
            "sex": "female",
            "age_band": "25_34",
            "nationality": "NP",
            "sector": "domestic_work"
        },
        "preferred_language": "ne",
        "consent_to_contact": true
    })
}

/// A complaint with only what is required: a named respondent, a category, a country.
fn minimal_complaint(countries: &[&str]) -> Value {
    json!({
        "respondents": [{"name": "Unknown Demo Sub-Agent", "country": "NP"}],
        "categories": ["wage_theft"],
        "incident_countries": countries
    })
}

/// Files a complaint and returns the answer, asserting 201.
async fn file(app: &TestApp, token: Option<&str>, body: Value) -> Value {
    let response = app.post("/api/v1/complaints", token, body).await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
    response.json()
}

fn id_of(value: &Value) -> String {
    value["id"].as_str().unwrap().to_string()
}

async fn detail(app: &TestApp, token: Option<&str>, id: &str) -> TestResponse {
    app.call(
        Method::GET,
        &format!("/api/v1/complaints/{id}"),
        token,
        None,
    )
    .await
}

/// Ids of the complaints a token sees in the list, asserting 200.
async fn listed(app: &TestApp, token: &str) -> Vec<String> {
    let response = app
        .call(
            Method::GET,
            "/api/v1/complaints?limit=100",
            Some(token),
            None,
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    let body = response.json();
    assert!(body["next_cursor"].is_null(), "{body}");
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(id_of)
        .collect()
}

async fn move_to(
    app: &TestApp,
    token: Option<&str>,
    id: &str,
    status: &str,
    note: Option<&str>,
) -> TestResponse {
    let body = match note {
        Some(note) => json!({"status": status, "note": note}),
        None => json!({"status": status}),
    };
    app.post(&format!("/api/v1/complaints/{id}/status"), token, body)
        .await
}

/// Moves a complaint and returns its detail, asserting 200 and the new status.
async fn moved(app: &TestApp, token: &str, id: &str, status: &str, note: Option<&str>) -> Value {
    let response = move_to(app, Some(token), id, status, note).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    let body = response.json();
    assert_eq!(body["status"], status, "{body}");
    body
}

/// Checks a receipt as typed by a worker (spaces sent percent-encoded).
async fn check(app: &TestApp, typed: &str) -> TestResponse {
    app.get(&format!(
        "/api/v1/complaints/status/{}",
        typed.replace(' ', "%20")
    ))
    .await
}

fn assert_receipt_format(receipt: &str) {
    assert_eq!(receipt.len(), 17, "{receipt}");
    for (i, c) in receipt.chars().enumerate() {
        if matches!(i, 4 | 9 | 14) {
            assert_eq!(c, '-', "{receipt}");
        } else {
            assert!(
                ALPHABET.contains(c),
                "{receipt}: {c} is not a receipt symbol"
            );
        }
    }
}

fn assert_rfc3339(value: &Value) {
    let text = value
        .as_str()
        .unwrap_or_else(|| panic!("not a string: {value}"));
    chrono::DateTime::parse_from_rfc3339(text)
        .unwrap_or_else(|e| panic!("{text} is not RFC 3339: {e}"));
    assert!(text.ends_with('Z'), "{text} is not UTC");
}

fn keys(value: &Value) -> BTreeSet<String> {
    value
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {value}"))
        .keys()
        .cloned()
        .collect()
}

fn set(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|n| n.to_string()).collect()
}

fn assert_confidential_absent(text: &str) {
    for secret in [
        NARRATIVE,
        "NARRATIVE-7731",
        NAME,
        CONTACT,
        NOTE,
        "NOTE-5521",
    ] {
        assert!(!text.contains(secret), "{secret:?} leaked: {text}");
    }
}

/// A well-formed receipt no complaint has.
fn unknown_receipt() -> String {
    Receipt::generate(&mut rand::rngs::OsRng).display()
}

/// The receipt with its first symbol replaced by another: one typing mistake.
fn mistyped(receipt: &str) -> String {
    let first = receipt.chars().next().unwrap();
    let other = ALPHABET.chars().find(|c| *c != first).unwrap();
    format!("{other}{}", &receipt[1..])
}

async fn anyone_may_file_anonymously_with_every_detail(app: TestApp) {
    let admin = app.admin();
    let org_id = org(&app, &admin, "Annapurna Demo Overseas", "NP").await;

    let filed = file(&app, None, full_complaint(&org_id, &["QA", "np"])).await;
    assert_eq!(
        keys(&filed),
        set(&["id", "receipt", "status", "filed_at"]),
        "{filed}"
    );
    assert_eq!(filed["status"], "received");
    assert_rfc3339(&filed["filed_at"]);
    assert_receipt_format(filed["receipt"].as_str().unwrap());
    uuid::Uuid::parse_str(filed["id"].as_str().unwrap()).unwrap();
    assert_confidential_absent(&filed.to_string());

    // An admin reads back everything that was filed.
    let response = detail(&app, Some(&admin), &id_of(&filed)).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    let complaint = response.json();
    assert_eq!(complaint["id"], filed["id"]);
    assert_eq!(complaint["status"], "received");
    assert_eq!(
        complaint["categories"],
        json!(["recruitment_fee", "document_retention", "threats"])
    );
    let countries: BTreeSet<&str> = complaint["incident_countries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(countries, BTreeSet::from(["NP", "QA"]));
    let respondents = complaint["respondents"].as_array().unwrap();
    assert_eq!(respondents.len(), 2, "{complaint}");
    let registered = respondents
        .iter()
        .find(|r| r["organization_id"] == org_id.as_str())
        .unwrap_or_else(|| panic!("no registered respondent: {complaint}"));
    assert_eq!(registered["name"], "Annapurna Demo Overseas");
    let named = respondents
        .iter()
        .find(|r| r["organization_id"].is_null())
        .unwrap_or_else(|| panic!("no named respondent: {complaint}"));
    assert_eq!(named["name"], "Sunrise Demo Brokers");
    assert_eq!(named["country"], "NP");
    assert_eq!(complaint["narrative"], NARRATIVE);
    assert_eq!(
        complaint["complainant"],
        json!({"name": NAME, "contact": CONTACT, "sex": "female", "age_band": "25_34",
               "nationality": "NP", "sector": "domestic_work"})
    );
    assert_eq!(complaint["preferred_language"], "ne");
    assert_eq!(complaint["consent_to_contact"], true);
    assert_eq!(complaint["filed_by"], "public");
    assert_eq!(
        complaint["allowed_next"],
        json!(["under_review", "withdrawn"])
    );
    let history = complaint["history"].as_array().unwrap();
    assert_eq!(history.len(), 1, "{complaint}");
    assert!(history[0]["from_status"].is_null());
    assert_eq!(history[0]["status"], "received");
    assert_eq!(history[0]["actor"], "public");
    assert_rfc3339(&history[0]["recorded_at"]);

    // Without a complainant the complaint is anonymous, and consent defaults to no.
    let bare = file(&app, None, minimal_complaint(&["MY"])).await;
    assert_eq!(bare["status"], "received");
    let complaint = detail(&app, Some(&admin), &id_of(&bare)).await.json();
    assert_eq!(
        complaint["complainant"],
        json!({"name": null, "contact": null, "sex": null, "age_band": null,
               "nationality": null, "sector": null})
    );
    assert!(complaint["narrative"].is_null());
    assert_eq!(complaint["consent_to_contact"], false);
    assert_eq!(complaint["categories"], json!(["wage_theft"]));
}

async fn inspectors_and_consulates_file_on_behalf_of_workers(app: TestApp) {
    let admin = app.admin();
    let org_id = org(&app, &admin, "Bagmati Demo Manpower", "NP").await;
    let inspector = app.token(Role::Inspector, &["QA"]);
    let consulate = app.token(Role::Consulate, &["NP"]);

    // A desk inspector may file about any country, even outside the jurisdiction.
    let by_phone = file(&app, Some(&inspector), full_complaint(&org_id, &["AE"])).await;
    let by_consulate = file(&app, Some(&consulate), full_complaint(&org_id, &["SA"])).await;
    for filed in [&by_phone, &by_consulate] {
        assert_eq!(keys(filed), set(&["id", "receipt", "status", "filed_at"]));
        assert_eq!(filed["status"], "received");
        assert_receipt_format(filed["receipt"].as_str().unwrap());
    }
    assert_ne!(by_phone["receipt"], by_consulate["receipt"]);

    let phone = detail(&app, Some(&admin), &id_of(&by_phone)).await.json();
    assert!(
        phone["filed_by"]
            .as_str()
            .unwrap()
            .starts_with("inspector:"),
        "{phone}"
    );
    assert!(phone["history"][0]["actor"]
        .as_str()
        .unwrap()
        .starts_with("inspector:"));
    let consular = detail(&app, Some(&admin), &id_of(&by_consulate))
        .await
        .json();
    assert!(
        consular["filed_by"]
            .as_str()
            .unwrap()
            .starts_with("consulate:"),
        "{consular}"
    );
    assert_eq!(consular["narrative"], NARRATIVE);
    assert_eq!(consular["complainant"]["name"], NAME);

    // Every complaint category is accepted.
    let all = json!([
        "recruitment_fee",
        "deception",
        "document_retention",
        "wage_theft",
        "excessive_hours",
        "restriction_of_movement",
        "threats",
        "physical_violence",
        "sexual_violence",
        "debt_bondage",
        "other"
    ]);
    let mut body = minimal_complaint(&["KW"]);
    body["categories"] = all.clone();
    let filed = file(&app, Some(&inspector), body).await;
    let complaint = detail(&app, Some(&admin), &id_of(&filed)).await.json();
    assert_eq!(complaint["categories"], all);
}

async fn bad_complaints_are_refused_without_echo(app: TestApp) {
    let admin = app.admin();
    let org_id = org(&app, &admin, "Chitwan Demo Recruiters", "NP").await;
    let unknown_org = uuid::Uuid::now_v7().to_string();

    let cases: Vec<(Value, &str)> = vec![
        (
            json!({"respondents": [{"organization_id": unknown_org}], "categories": ["threats"],
                   "narrative": NARRATIVE, "incident_countries": ["QA"]}),
            "respondents[0].organization_id",
        ),
        (
            json!({"respondents": [], "categories": ["threats"], "narrative": NARRATIVE,
                   "incident_countries": ["QA"]}),
            "respondents",
        ),
        (
            json!({"respondents": [{"name": "Named Only Demo"}], "categories": ["threats"],
                   "narrative": NARRATIVE, "incident_countries": ["QA"]}),
            "respondents[0].country",
        ),
        (
            json!({"respondents": [{"organization_id": org_id}], "categories": [],
                   "narrative": NARRATIVE, "incident_countries": ["QA"]}),
            "categories",
        ),
        (
            json!({"respondents": [{"organization_id": org_id}], "categories": ["threats"],
                   "narrative": NARRATIVE, "incident_countries": []}),
            "incident_countries",
        ),
        (
            json!({"respondents": [{"organization_id": org_id}], "categories": ["threats"],
                   "narrative": NARRATIVE, "incident_countries": ["Qatar"]}),
            "incident_countries[0]",
        ),
        (
            json!({"respondents": [{"organization_id": org_id}], "categories": ["threats"],
                   "narrative": NARRATIVE, "incident_countries": ["QA"],
                   "complainant": {"name": NAME, "nationality": "Nepal"}}),
            "complainant.nationality",
        ),
    ];
    for (body, field) in cases {
        let response = app.post("/api/v1/complaints", None, body).await;
        let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
        let fields: Vec<&str> = problem["errors"]
            .as_array()
            .unwrap_or_else(|| panic!("no errors: {problem}"))
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert!(fields.contains(&field), "{field} not in {problem}");
        assert_confidential_absent(&response.text);
    }

    // An unknown category is not silently dropped.
    let mut body = full_complaint(&org_id, &["QA"]);
    body["categories"] = json!(["bribery"]);
    let response = app.post("/api/v1/complaints", None, body).await;
    response.problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert_confidential_absent(&response.text);

    // A token that is sent must be valid: a bad one is not taken for the public.
    let response = app
        .post(
            "/api/v1/complaints",
            Some("not-a-real-token"),
            full_complaint(&org_id, &["QA"]),
        )
        .await;
    response.problem(StatusCode::UNAUTHORIZED);

    // Nothing was filed.
    assert!(listed(&app, &admin).await.is_empty());
}

async fn receipts_are_random_and_forgiving_to_type(app: TestApp) {
    let admin = app.admin();
    let org_id = org(&app, &admin, "Dhaulagiri Demo Manpower", "NP").await;
    let first = file(&app, None, full_complaint(&org_id, &["QA"])).await;
    let second = file(&app, None, full_complaint(&org_id, &["QA"])).await;
    let a = first["receipt"].as_str().unwrap().to_string();
    let b = second["receipt"].as_str().unwrap().to_string();
    assert_receipt_format(&a);
    assert_receipt_format(&b);
    // Not sequential: consecutive complaints do not even share their first group.
    assert_ne!(a[..4], b[..4], "{a} and {b} share a prefix");

    // As shown, in lower case, without dashes, with spaces: all the same receipt.
    let typings = [
        a.clone(),
        a.to_lowercase(),
        a.replace('-', ""),
        a.to_lowercase().replace('-', " "),
    ];
    for typed in &typings {
        let response = check(&app, typed).await;
        assert_eq!(
            response.status,
            StatusCode::OK,
            "{typed}: {}",
            response.text
        );
        let body = response.json();
        assert_eq!(
            keys(&body),
            set(&["status", "filed_on", "updated_on", "next_steps"]),
            "{body}"
        );
        assert_eq!(body["status"], "received");
        let today = chrono::Utc::now().date_naive().to_string();
        assert_eq!(body["filed_on"], today.as_str());
        assert_eq!(body["updated_on"], today.as_str());
        let next = body["next_steps"].as_str().unwrap();
        assert!(next.contains("keep your receipt"), "{next}");
        // Nothing of the complaint itself.
        assert_confidential_absent(&response.text);
        for fact in [
            "Annapurna",
            "Dhaulagiri",
            "Sunrise Demo Brokers",
            "recruitment_fee",
            "QA",
            &org_id,
            &id_of(&first),
        ] {
            assert!(
                !response.text.contains(fact),
                "{fact} leaked: {}",
                response.text
            );
        }
    }

    // The other receipt finds the other complaint, which moves on its own.
    let inspector = app.token(Role::Inspector, &["QA"]);
    moved(
        &app,
        &inspector,
        &id_of(&second),
        "under_review",
        Some(NOTE),
    )
    .await;
    let response = check(&app, &b).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    assert_eq!(response.json()["status"], "under_review");
    assert_confidential_absent(&response.text);
    assert_eq!(check(&app, &a).await.json()["status"], "received");
}

async fn a_mistyped_receipt_is_told_apart_from_an_unknown_one(app: TestApp) {
    let admin = app.admin();
    let org_id = org(&app, &admin, "Everest Demo Placement", "NP").await;
    let filed = file(&app, None, full_complaint(&org_id, &["QA"])).await;
    let receipt = filed["receipt"].as_str().unwrap();

    let typo = mistyped(receipt);
    let response = check(&app, &typo).await;
    let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .contains("typing mistake")
            || response.text.contains("typing mistake"),
        "{problem}"
    );
    assert!(!response.text.contains(&typo), "echoes the receipt");
    assert!(!response.text.contains(&typo.replace('-', "")));

    // Two neighbouring symbols swapped is a typing mistake too.
    let mut swapped: Vec<char> = receipt.chars().collect();
    let (i, j) = (0..16)
        .filter(|i| !matches!(i, 3 | 4 | 8 | 9 | 13 | 14))
        .map(|i| (i, i + 1))
        .find(|(i, j)| swapped[*i] != swapped[*j])
        .unwrap();
    swapped.swap(i, j);
    let swapped: String = swapped.into_iter().collect();
    check(&app, &swapped)
        .await
        .problem(StatusCode::UNPROCESSABLE_ENTITY);

    // A well-formed receipt that no complaint has.
    let unknown = unknown_receipt();
    let response = check(&app, &unknown).await;
    response.problem(StatusCode::NOT_FOUND);
    assert!(!response.text.contains(&unknown), "echoes the receipt");

    // Not a receipt at all.
    check(&app, "ABCD-EFGH")
        .await
        .problem(StatusCode::UNPROCESSABLE_ENTITY);
    check(&app, "UUUU-UUUU-UUUU-UU")
        .await
        .problem(StatusCode::UNPROCESSABLE_ENTITY);

    // And the real one still works.
    assert_eq!(check(&app, receipt).await.status, StatusCode::OK);
}

async fn guessing_receipts_is_rate_limited(app: TestApp) {
    let admin = app.admin();
    let org_id = org(&app, &admin, "Gandaki Demo Services", "NP").await;
    let filed = file(&app, None, full_complaint(&org_id, &["QA"])).await;
    let receipt = filed["receipt"].as_str().unwrap().to_string();

    // The in-process router has no client address: every check shares one window of
    // 10 per minute, whatever it answers.
    for i in 0..10 {
        let typed = match i % 3 {
            0 => receipt.clone(),
            1 => unknown_receipt(),
            _ => mistyped(&receipt),
        };
        let response = check(&app, &typed).await;
        assert_ne!(
            response.status,
            StatusCode::TOO_MANY_REQUESTS,
            "check {} was limited",
            i + 1
        );
    }
    let response = check(&app, &receipt).await;
    let problem = response.problem(StatusCode::TOO_MANY_REQUESTS);
    let retry_after: u64 = response
        .headers
        .get("retry-after")
        .unwrap_or_else(|| panic!("no Retry-After: {problem}"))
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry_after), "Retry-After {retry_after}");
    assert!(!response.text.contains(&receipt), "echoes the receipt");
    // Still limited, even for another receipt.
    check(&app, &unknown_receipt())
        .await
        .problem(StatusCode::TOO_MANY_REQUESTS);

    // Filing and the inspectors' workflow are not limited by receipt checks.
    file(&app, None, full_complaint(&org_id, &["QA"])).await;
    assert_eq!(listed(&app, &admin).await.len(), 2);
}

async fn the_workflow_records_each_step_with_actor_date_and_note(app: TestApp) {
    let admin = app.admin();
    let org_id = org(&app, &admin, "Himal Demo Overseas", "NP").await;
    let inspector = app.token(Role::Inspector, &["QA"]);
    let filed = file(&app, None, full_complaint(&org_id, &["QA"])).await;
    let id = id_of(&filed);

    let step = moved(&app, &inspector, &id, "under_review", Some(NOTE)).await;
    assert_eq!(
        step["allowed_next"],
        json!(["investigating", "referred", "withdrawn"])
    );
    let step = moved(&app, &admin, &id, "investigating", None).await;
    assert_eq!(
        step["allowed_next"],
        json!(["substantiated", "unsubstantiated", "referred", "withdrawn"])
    );
    let done = moved(
        &app,
        &inspector,
        &id,
        "substantiated",
        Some("Evidence confirmed."),
    )
    .await;
    assert_eq!(done["allowed_next"], json!([]));

    // The detail read afresh tells the whole story, oldest first.
    let complaint = detail(&app, Some(&inspector), &id).await.json();
    assert_eq!(complaint["status"], "substantiated");
    let history = complaint["history"].as_array().unwrap();
    let steps: Vec<(Value, Value)> = history
        .iter()
        .map(|h| (h["from_status"].clone(), h["status"].clone()))
        .collect();
    assert_eq!(
        steps,
        [
            (Value::Null, json!("received")),
            (json!("received"), json!("under_review")),
            (json!("under_review"), json!("investigating")),
            (json!("investigating"), json!("substantiated")),
        ]
    );
    assert_eq!(history[0]["actor"], "public");
    for (entry, role) in history[1..]
        .iter()
        .zip(["inspector:", "admin:", "inspector:"])
    {
        let actor = entry["actor"].as_str().unwrap();
        assert!(actor.starts_with(role), "{actor} is not {role}…");
        assert!(actor.len() > role.len(), "{actor} does not name the token");
    }
    assert_eq!(history[1]["note"], NOTE);
    assert!(history[2]["note"].is_null());
    assert_eq!(history[3]["note"], "Evidence confirmed.");
    let mut previous = String::new();
    for entry in history {
        assert_rfc3339(&entry["recorded_at"]);
        let at = entry["recorded_at"].as_str().unwrap().to_string();
        assert!(at >= previous, "history is not in time order: {complaint}");
        previous = at;
    }
    assert!(complaint["updated_at"].as_str().unwrap() >= complaint["created_at"].as_str().unwrap());

    // The worker sees the outcome with her receipt, and nothing else.
    let response = check(&app, filed["receipt"].as_str().unwrap()).await;
    assert_eq!(response.json()["status"], "substantiated");
    assert_confidential_absent(&response.text);

    // Every other end of the workflow.
    let withdrawn = id_of(&file(&app, None, minimal_complaint(&["QA"])).await);
    moved(
        &app,
        &inspector,
        &withdrawn,
        "withdrawn",
        Some("The worker asked."),
    )
    .await;
    let referred = id_of(&file(&app, None, minimal_complaint(&["QA"])).await);
    moved(&app, &inspector, &referred, "under_review", None).await;
    moved(&app, &inspector, &referred, "referred", None).await;
    let unsubstantiated = id_of(&file(&app, None, minimal_complaint(&["QA"])).await);
    moved(&app, &inspector, &unsubstantiated, "under_review", None).await;
    moved(&app, &inspector, &unsubstantiated, "investigating", None).await;
    moved(&app, &inspector, &unsubstantiated, "unsubstantiated", None).await;

    // The list filters by status.
    let response = app
        .call(
            Method::GET,
            "/api/v1/complaints?status=referred",
            Some(&inspector),
            None,
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    let items = response.json()["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["id"], referred.as_str());
    assert_eq!(items[0]["status"], "referred");
}

async fn a_move_the_workflow_does_not_allow_is_409_naming_the_allowed(app: TestApp) {
    let admin = app.admin();
    let org_id = org(&app, &admin, "Ilam Demo Recruiters", "NP").await;
    let inspector = app.token(Role::Inspector, &["QA"]);
    let id = id_of(&file(&app, None, full_complaint(&org_id, &["QA"])).await);

    let expectations: [(&str, Value); 3] = [
        ("investigating", json!(["under_review", "withdrawn"])),
        ("substantiated", json!(["under_review", "withdrawn"])),
        ("received", json!(["under_review", "withdrawn"])),
    ];
    for (to, allowed) in expectations {
        let response = move_to(&app, Some(&inspector), &id, to, Some(NOTE)).await;
        let problem = response.problem(StatusCode::CONFLICT);
        assert_eq!(problem["allowed"], allowed, "{to}: {problem}");
        assert_confidential_absent(&response.text);
    }
    moved(&app, &inspector, &id, "under_review", None).await;
    let problem = move_to(&app, Some(&inspector), &id, "unsubstantiated", None)
        .await
        .problem(StatusCode::CONFLICT);
    assert_eq!(
        problem["allowed"],
        json!(["investigating", "referred", "withdrawn"])
    );
    moved(&app, &inspector, &id, "withdrawn", None).await;
    // A closed complaint allows nothing.
    let problem = move_to(&app, Some(&inspector), &id, "under_review", None)
        .await
        .problem(StatusCode::CONFLICT);
    assert_eq!(problem["allowed"], json!([]));

    // Refused moves leave no trace.
    let complaint = detail(&app, Some(&inspector), &id).await.json();
    assert_eq!(complaint["status"], "withdrawn");
    assert_eq!(complaint["history"].as_array().unwrap().len(), 3);

    // An unknown status is a bad field, not a conflict.
    move_to(&app, Some(&inspector), &id, "closed", None)
        .await
        .problem(StatusCode::UNPROCESSABLE_ENTITY);
}

async fn inspectors_see_complaints_of_their_jurisdictions_only(app: TestApp) {
    let admin = app.admin();
    // The agency is Nepali, but the abuse happened in Qatar and Malaysia.
    let org_id = org(&app, &admin, "Janakpur Demo Agency", "NP").await;
    let abroad = id_of(&file(&app, None, full_complaint(&org_id, &["QA", "MY"])).await);
    let at_home = id_of(&file(&app, None, full_complaint(&org_id, &["NP"])).await);

    let qatar = app.token(Role::Inspector, &["QA"]);
    let gulf_and_malaysia = app.token(Role::Inspector, &["AE", "MY"]);
    let nepal = app.token(Role::Inspector, &["NP"]);

    assert_eq!(listed(&app, &qatar).await, vec![abroad.to_string()]);
    assert_eq!(
        listed(&app, &gulf_and_malaysia).await,
        vec![abroad.to_string()]
    );
    assert_eq!(listed(&app, &nepal).await, vec![at_home.to_string()]);
    // Both incident countries in one jurisdiction list: still listed once.
    let qatar_and_malaysia = app.token(Role::Inspector, &["QA", "MY"]);
    assert_eq!(
        listed(&app, &qatar_and_malaysia).await,
        vec![abroad.to_string()]
    );

    for token in [&qatar, &gulf_and_malaysia] {
        let response = detail(&app, Some(token), &abroad).await;
        assert_eq!(response.status, StatusCode::OK, "{}", response.text);
        let complaint = response.json();
        assert_eq!(complaint["narrative"], NARRATIVE);
        assert_eq!(complaint["complainant"]["name"], NAME);
        assert_eq!(complaint["complainant"]["contact"], CONTACT);
        detail(&app, Some(token), &at_home)
            .await
            .problem(StatusCode::NOT_FOUND);
    }
    // The inspector of the agency's own country does not see abuse abroad: not even
    // whether it exists.
    let hidden = detail(&app, Some(&nepal), &abroad).await;
    let missing = detail(&app, Some(&nepal), &uuid::Uuid::now_v7().to_string()).await;
    let hidden_problem = hidden.problem(StatusCode::NOT_FOUND);
    let missing_problem = missing.problem(StatusCode::NOT_FOUND);
    assert_eq!(hidden_problem["detail"], missing_problem["detail"]);
    assert_confidential_absent(&hidden.text);
    let response = move_to(&app, Some(&nepal), &abroad, "under_review", Some(NOTE)).await;
    response.problem(StatusCode::NOT_FOUND);
    assert_eq!(
        detail(&app, Some(&qatar), &abroad).await.json()["status"],
        "received"
    );
    move_to(&app, Some(&qatar), &at_home, "under_review", None)
        .await
        .problem(StatusCode::NOT_FOUND);

    // The list carries no confidential text.
    let response = app
        .call(Method::GET, "/api/v1/complaints", Some(&qatar), None)
        .await;
    assert_eq!(response.status, StatusCode::OK);
    assert_confidential_absent(&response.text);
    let item = &response.json()["items"][0];
    assert_eq!(item["id"], abroad.as_str());
    assert_eq!(item["status"], "received");
    assert!(item.get("narrative").is_none() && item.get("complainant").is_none());

    // Filtering by organization stays within the jurisdiction.
    let response = app
        .call(
            Method::GET,
            &format!("/api/v1/complaints?organization_id={org_id}"),
            Some(&nepal),
            None,
        )
        .await;
    let ids: Vec<String> = response.json()["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(id_of)
        .collect();
    assert_eq!(ids, [at_home]);
}

async fn consulates_follow_only_the_complaints_they_filed(app: TestApp) {
    let admin = app.admin();
    let org_id = org(&app, &admin, "Kathmandu Demo Link", "NP").await;
    let nepal_consulate = app.token(Role::Consulate, &["NP"]);
    let philippine_consulate = app.token(Role::Consulate, &["PH"]);
    let inspector = app.token(Role::Inspector, &["QA"]);

    let own = id_of(
        &file(
            &app,
            Some(&nepal_consulate),
            full_complaint(&org_id, &["QA"]),
        )
        .await,
    );
    let theirs = id_of(
        &file(
            &app,
            Some(&philippine_consulate),
            full_complaint(&org_id, &["QA"]),
        )
        .await,
    );
    let anonymous = id_of(&file(&app, None, full_complaint(&org_id, &["QA"])).await);
    let by_inspector = id_of(&file(&app, Some(&inspector), full_complaint(&org_id, &["QA"])).await);

    assert_eq!(listed(&app, &nepal_consulate).await, vec![own.to_string()]);
    assert_eq!(
        listed(&app, &philippine_consulate).await,
        vec![theirs.to_string()]
    );

    // Its own complaint in full.
    let response = detail(&app, Some(&nepal_consulate), &own).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    let complaint = response.json();
    assert_eq!(complaint["narrative"], NARRATIVE);
    assert_eq!(complaint["complainant"]["contact"], CONTACT);
    assert_eq!(complaint["history"].as_array().unwrap().len(), 1);

    // Nobody else's.
    for other in [&theirs, &anonymous, &by_inspector] {
        let response = detail(&app, Some(&nepal_consulate), other).await;
        response.problem(StatusCode::FORBIDDEN);
        assert_confidential_absent(&response.text);
        move_to(&app, Some(&nepal_consulate), other, "under_review", None)
            .await
            .problem(StatusCode::FORBIDDEN);
    }
    // It follows its own complaint but may not handle it.
    move_to(
        &app,
        Some(&nepal_consulate),
        &own,
        "under_review",
        Some(NOTE),
    )
    .await
    .problem(StatusCode::FORBIDDEN);
    move_to(&app, Some(&nepal_consulate), &own, "withdrawn", None)
        .await
        .problem(StatusCode::FORBIDDEN);

    // The inspector's progress shows to the consulate that filed it.
    moved(&app, &inspector, &own, "under_review", Some(NOTE)).await;
    let complaint = detail(&app, Some(&nepal_consulate), &own).await.json();
    assert_eq!(complaint["status"], "under_review");
    assert_eq!(complaint["history"].as_array().unwrap().len(), 2);
}

async fn the_public_may_not_read_complaints(app: TestApp) {
    let admin = app.admin();
    let org_id = org(&app, &admin, "Lumbini Demo Jobs", "NP").await;
    let id = id_of(&file(&app, None, full_complaint(&org_id, &["QA"])).await);

    let response = app.get("/api/v1/complaints").await;
    response.problem(StatusCode::UNAUTHORIZED);
    assert_confidential_absent(&response.text);
    let response = detail(&app, None, &id).await;
    response.problem(StatusCode::UNAUTHORIZED);
    assert_confidential_absent(&response.text);
    // An id that does not exist answers the same.
    detail(&app, None, &uuid::Uuid::now_v7().to_string())
        .await
        .problem(StatusCode::UNAUTHORIZED);
    move_to(&app, None, &id, "under_review", None)
        .await
        .problem(StatusCode::UNAUTHORIZED);
    assert_eq!(
        detail(&app, Some(&admin), &id).await.json()["status"],
        "received"
    );
}

async fn admins_see_every_complaint(app: TestApp) {
    let admin = app.admin();
    let org_id = org(&app, &admin, "Mustang Demo Placement", "NP").await;
    let consulate = app.token(Role::Consulate, &["NP"]);
    let ids = [
        id_of(&file(&app, None, full_complaint(&org_id, &["QA"])).await),
        id_of(&file(&app, Some(&consulate), full_complaint(&org_id, &["MY"])).await),
        id_of(&file(&app, None, minimal_complaint(&["SA", "AE"])).await),
    ];
    let mut seen = listed(&app, &admin).await;
    seen.sort();
    let mut expected = ids.to_vec();
    expected.sort();
    assert_eq!(seen, expected);
    for id in &ids {
        let response = detail(&app, Some(&admin), id).await;
        assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    }
    assert_eq!(
        detail(&app, Some(&admin), &ids[1]).await.json()["narrative"],
        NARRATIVE
    );
    moved(&app, &admin, &ids[2], "under_review", None).await;

    // Pages of one follow the cursor through all three.
    let mut paged = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/api/v1/complaints?limit=1&cursor={c}"),
            None => "/api/v1/complaints?limit=1".to_string(),
        };
        let page = app
            .call(Method::GET, &path, Some(&admin), None)
            .await
            .json();
        paged.extend(page["items"].as_array().unwrap().iter().map(id_of));
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_string()),
            None => break,
        }
        assert!(paged.len() <= 3, "the cursor does not end");
    }
    paged.sort();
    assert_eq!(paged, expected);
}

async fn profiles_show_complaints_as_counts_only(app: TestApp) {
    let admin = app.admin();
    let org_id = org(&app, &admin, "Nuwakot Demo Overseas", "NP").await;
    let other = org(&app, &admin, "Okhaldhunga Demo Agency", "NP").await;
    let inspector = app.token(Role::Inspector, &["QA"]);

    let profile = app
        .get(&format!("/api/v1/organizations/{org_id}"))
        .await
        .json();
    assert_eq!(
        profile["accountability"]["complaints"],
        json!({"total": 0, "open": 0, "by_status": {}})
    );
    assert!(profile["accountability"]["summary"]
        .as_array()
        .unwrap()
        .contains(&json!("No complaints received.")));

    let ids: Vec<String> = [
        file(&app, None, full_complaint(&org_id, &["QA"])).await,
        file(&app, None, full_complaint(&org_id, &["QA"])).await,
        file(&app, None, full_complaint(&org_id, &["QA"])).await,
    ]
    .iter()
    .map(id_of)
    .collect();
    file(&app, None, full_complaint(&other, &["QA"])).await;
    file(&app, None, minimal_complaint(&["QA"])).await;
    moved(&app, &inspector, &ids[2], "withdrawn", Some(NOTE)).await;
    moved(&app, &inspector, &ids[1], "under_review", Some(NOTE)).await;

    let response = app.get(&format!("/api/v1/organizations/{org_id}")).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    let profile = response.json();
    assert_eq!(
        profile["accountability"]["complaints"],
        json!({"total": 3, "open": 2,
               "by_status": {"received": 1, "under_review": 1, "withdrawn": 1}})
    );
    assert!(
        profile["accountability"]["summary"]
            .as_array()
            .unwrap()
            .contains(&json!("3 complaints received, 2 still open.")),
        "{}",
        profile["accountability"]["summary"]
    );
    // Counts only: no text, no ids, no categories of any complaint.
    assert_confidential_absent(&response.text);
    for id in &ids {
        assert!(!response.text.contains(id.as_str()), "complaint id leaked");
    }
    assert!(!response.text.contains("document_retention"));
}

async fn a_complaint_counts_once_however_often_it_names_the_organization(app: TestApp) {
    let admin = app.admin();
    let org_id = org(&app, &admin, "Parbat Demo Manpower", "NP").await;
    let response = app
        .post(
            "/api/v1/complaints",
            None,
            json!({"respondents": [{"organization_id": org_id}, {"organization_id": org_id}],
                   "categories": ["threats"], "narrative": NARRATIVE, "incident_countries": ["QA"]}),
        )
        .await;
    // Refusing the repeated respondent or filing it once are both fine; counting one
    // complaint as two is not.
    let filed = match response.status {
        StatusCode::CREATED => 1,
        _ => {
            response.problem(StatusCode::UNPROCESSABLE_ENTITY);
            0
        }
    };
    let profile = app
        .get(&format!("/api/v1/organizations/{org_id}"))
        .await
        .json();
    assert_eq!(
        profile["accountability"]["complaints"]["total"], filed,
        "{}",
        profile["accountability"]["complaints"]
    );
    assert_eq!(profile["accountability"]["complaints"]["open"], filed);
    let response = app
        .call(
            Method::GET,
            &format!("/api/v1/complaints?organization_id={org_id}"),
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(
        response.json()["items"].as_array().unwrap().len(),
        filed as usize
    );
}

backend_tests!(
    anyone_may_file_anonymously_with_every_detail,
    inspectors_and_consulates_file_on_behalf_of_workers,
    bad_complaints_are_refused_without_echo,
    receipts_are_random_and_forgiving_to_type,
    a_mistyped_receipt_is_told_apart_from_an_unknown_one,
    guessing_receipts_is_rate_limited,
    the_workflow_records_each_step_with_actor_date_and_note,
    a_move_the_workflow_does_not_allow_is_409_naming_the_allowed,
    inspectors_see_complaints_of_their_jurisdictions_only,
    consulates_follow_only_the_complaints_they_filed,
    the_public_may_not_read_complaints,
    admins_see_every_complaint,
    profiles_show_complaints_as_counts_only,
    a_complaint_counts_once_however_often_it_names_the_organization,
);
