#![allow(clippy::unwrap_used)]
//! Findings over the API: drafts, publication (which applies suspensions and
//! revocations to the licence), appeals, refunds in integer minor units, the
//! accountability part of an organization's profile, and the audit trail of it all.

// Not reformatted from here: the harness belongs to the API tests.
#[rustfmt::skip]
mod common;
use common::{TestApp, TestResponse};

use std::collections::BTreeSet;

use axum::http::{Method, StatusCode};
use diesel::prelude::*;
use fairrecruit::domain::role::Role;
use serde_json::{json, Value};

const ORG_NAME: &str = "Himal Demo Overseas";
const NP_LICENCE: &str = "DEMO-4417/081";
const QA_LICENCE: &str = "QA-DEMO-0099";

/// Confidential text planted in complaints: never in an event or a public answer.
const NARRATIVE: &str = "NARRATIVE-8842: the agent kept our passports and took 200000 rupees.";
const NAME: &str = "Maya Demo-Worker";
const CONTACT: &str = "maya.demo@example.invalid";
const NOTE: &str = "NOTE-3319: spoke to six workers at the camp.";

/// What every findings test starts from: a Nepali agency with a Nepali and a Qatari
/// licence, an inspector for Nepal, and two complaints about the agency, one the
/// inspector may see (it happened partly in Nepal) and one only Qatar's inspectors may.
struct Fixture {
    admin: String,
    inspector: String,
    org: String,
    np_licence: String,
    qa_licence: String,
    visible_complaint: String,
    hidden_complaint: String,
}

async fn fixture(app: &TestApp) -> Fixture {
    let admin = app.admin();
    let inspector = app.token(Role::Inspector, &["NP"]);
    let org = app
        .create_org(
            &admin,
            json!({"kind": "agency", "name": ORG_NAME, "country": "NP"}),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let np_licence = app
        .add_licence(
            &admin,
            &org,
            json!({"authority": "NP", "authority_name": "Department of Foreign Employment",
                   "number": NP_LICENCE, "valid_from": "2025-01-01", "valid_until": "2099-01-01",
                   "status": "active"}),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let qa_licence = app
        .add_licence(
            &admin,
            &org,
            json!({"authority": "QA", "authority_name": "Ministry of Labour",
                   "number": QA_LICENCE, "valid_from": "2025-01-01", "valid_until": "2099-01-01",
                   "status": "active"}),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let visible_complaint = file_complaint(app, &org, &["NP", "QA"]).await;
    let hidden_complaint = file_complaint(app, &org, &["QA"]).await;
    Fixture {
        admin,
        inspector,
        org,
        np_licence,
        qa_licence,
        visible_complaint,
        hidden_complaint,
    }
}

/// Files an anonymous complaint with confidential details; returns its id.
async fn file_complaint(app: &TestApp, org: &str, countries: &[&str]) -> String {
    let response = app
        .post(
            "/api/v1/complaints",
            None,
            json!({
                "respondents": [{"organization_id": org}],
                "categories": ["recruitment_fee", "document_retention"],
                "narrative": NARRATIVE,
                "incident_countries": countries,
                "complainant": {"name": NAME, "contact": CONTACT, "sex": "female",
                                "nationality": "NP", "sector": "construction"},
                "consent_to_contact": true
            }),
        )
        .await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
    response.json()["id"].as_str().unwrap().to_string()
}

/// 42 workers charged NPR 200,000.00 each: NPR 8,400,000.00, all of it to be refunded.
fn npr_fees() -> Value {
    json!({"category": "recruitment_fee", "amount_per_worker_minor": 20_000_000i64,
           "currency": "NPR", "workers_affected": 42, "refund_ordered_minor": 840_000_000i64})
}

/// 10 workers charged USD 150.00 each for medicals: USD 1,500.00.
fn usd_fees() -> Value {
    json!({"category": "medical", "amount_per_worker_minor": 15_000, "currency": "USD",
           "workers_affected": 10, "refund_ordered_minor": 150_000})
}

fn finding(org: &str, complaints: &[&str], fees: Vec<Value>, sanctions: Value) -> Value {
    json!({
        "organization_id": org,
        "complaint_ids": complaints,
        "summary": "Charged 42 workers recruitment fees and kept their passports.",
        "violations": [
            {"category": "recruitment_fee", "legal_basis": "Foreign Employment Act 2064, s. 11",
             "description": "Fees charged to workers", "severity": "high"},
            {"category": "document_retention", "description": "Passports kept at the office",
             "severity": "critical"}
        ],
        "fee_violations": fees,
        "sanctions": sanctions
    })
}

/// A finding with the NPR fees and a fine: nothing that touches the licence.
fn plain_finding(f: &Fixture) -> Value {
    finding(
        &f.org,
        &[&f.visible_complaint],
        vec![npr_fees()],
        json!([{"kind": "fine", "amount_minor": 50_000_000i64, "currency": "NPR"}]),
    )
}

async fn create(app: &TestApp, token: &str, body: Value) -> Value {
    let response = app.post("/api/v1/findings", Some(token), body).await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
    response.json()
}

fn id_of(value: &Value) -> String {
    value["id"].as_str().unwrap().to_string()
}

async fn publish(app: &TestApp, token: Option<&str>, id: &str) -> TestResponse {
    app.post(&format!("/api/v1/findings/{id}/publish"), token, json!({}))
        .await
}

async fn published(app: &TestApp, token: &str, id: &str) -> Value {
    let response = publish(app, Some(token), id).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    let body = response.json();
    assert_eq!(body["status"], "published");
    body
}

async fn set_status(
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
    app.post(&format!("/api/v1/findings/{id}/status"), token, body)
        .await
}

async fn refund(app: &TestApp, token: Option<&str>, id: &str, body: Value) -> TestResponse {
    app.post(&format!("/api/v1/findings/{id}/refunds"), token, body)
        .await
}

async fn get_finding(app: &TestApp, token: Option<&str>, id: &str) -> TestResponse {
    app.call(Method::GET, &format!("/api/v1/findings/{id}"), token, None)
        .await
}

/// Ids and statuses of an organization's findings as the caller lists them.
async fn listed(app: &TestApp, token: Option<&str>, org: &str) -> Vec<(String, String)> {
    let response = app
        .call(
            Method::GET,
            &format!("/api/v1/findings?organization_id={org}"),
            token,
            None,
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    response.json()["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (id_of(f), f["status"].as_str().unwrap().to_string()))
        .collect()
}

async fn get_profile(app: &TestApp, org: &str) -> TestResponse {
    let response = app.get(&format!("/api/v1/organizations/{org}")).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    response
}

async fn verify_status(app: &TestApp, authority: &str, number: &str) -> Value {
    let response = app
        .get(&format!(
            "/api/v1/licences/verify?authority={authority}&number={}",
            number.replace('/', "%2F")
        ))
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    let body = response.json();
    assert_eq!(body["found"], true, "{body}");
    body["status"].clone()
}

/// The licence as the organization's profile shows it.
fn licence_in<'a>(profile: &'a Value, licence_id: &str) -> &'a Value {
    profile["licences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == licence_id)
        .unwrap_or_else(|| panic!("licence {licence_id} not in {profile}"))
}

fn problem_fields(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("no errors: {problem}"))
        .iter()
        .map(|e| e["field"].as_str().unwrap().to_string())
        .collect()
}

fn keys(value: &Value) -> BTreeSet<String> {
    value
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {value}"))
        .keys()
        .cloned()
        .collect()
}

/// Money is never a float: every amount of minor units anywhere in the value is an
/// integer, and so is every figure of a fee total.
fn assert_integer_money(value: &Value) {
    fn walk(value: &Value, path: &str) {
        match value {
            Value::Object(map) => {
                for (key, inner) in map {
                    let here = format!("{path}.{key}");
                    if key.ends_with("_minor") && !inner.is_null() {
                        assert!(inner.is_i64(), "{here} is not an integer: {inner}");
                    }
                    if key == "fee_totals" {
                        for totals in inner.as_array().unwrap() {
                            for (name, figure) in totals.as_object().unwrap() {
                                if name != "currency" {
                                    assert!(
                                        figure.is_i64(),
                                        "{here}.{name} is not an integer: {figure}"
                                    );
                                }
                            }
                        }
                    }
                    walk(inner, &here);
                }
            }
            Value::Array(items) => {
                for (i, inner) in items.iter().enumerate() {
                    walk(inner, &format!("{path}[{i}]"));
                }
            }
            _ => {}
        }
    }
    walk(value, "$");
}

fn assert_confidential_absent(text: &str) {
    for secret in [
        NARRATIVE,
        "NARRATIVE-8842",
        NAME,
        CONTACT,
        NOTE,
        "NOTE-3319",
    ] {
        assert!(!text.contains(secret), "{secret:?} leaked: {text}");
    }
}

fn summary(profile: &Value) -> Vec<String> {
    profile["accountability"]["summary"]
        .as_array()
        .unwrap_or_else(|| panic!("no summary: {profile}"))
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect()
}

async fn an_inspector_records_a_draft_finding(app: TestApp) {
    let f = fixture(&app).await;
    let body = finding(
        &f.org,
        &[&f.visible_complaint],
        vec![npr_fees()],
        json!([
            {"kind": "fine", "amount_minor": 50_000_000i64, "currency": "NPR",
             "description": "Fine under s. 47"},
            {"kind": "suspension", "starts_on": "2026-10-01", "ends_on": "2026-12-31"},
            {"kind": "warning"},
            {"kind": "referral"}
        ]),
    );
    let response = app.post("/api/v1/findings", Some(&f.inspector), body).await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
    let draft = response.json();
    assert_integer_money(&draft);
    uuid::Uuid::parse_str(draft["id"].as_str().unwrap()).unwrap();
    let reference = draft["reference"].as_str().unwrap();
    assert!(
        reference.starts_with("F-") && reference.len() > 8,
        "{reference}"
    );
    assert_eq!(draft["status"], "draft");
    assert_eq!(draft["organization_id"], f.org.as_str());
    assert_eq!(draft["organization_name"], ORG_NAME);
    assert_eq!(draft["jurisdiction"], "NP");
    assert_eq!(
        draft["summary"],
        "Charged 42 workers recruitment fees and kept their passports."
    );
    assert_eq!(draft["complaint_ids"], json!([f.visible_complaint]));
    assert_eq!(draft["complaint_count"], 1);
    assert!(draft["published_at"].is_null());

    let violations = draft["violations"].as_array().unwrap();
    assert_eq!(violations.len(), 2);
    assert_eq!(violations[0]["category"], "recruitment_fee");
    assert_eq!(
        violations[0]["legal_basis"],
        "Foreign Employment Act 2064, s. 11"
    );
    assert_eq!(violations[0]["severity"], "high");
    assert_eq!(violations[1]["category"], "document_retention");
    assert_eq!(violations[1]["severity"], "critical");
    assert!(violations[1]["legal_basis"].is_null());

    let fees = draft["fee_violations"].as_array().unwrap();
    assert_eq!(fees.len(), 1);
    let fee = &fees[0];
    assert_eq!(fee["category"], "recruitment_fee");
    assert_eq!(fee["currency"], "NPR");
    assert_eq!(fee["amount_per_worker_minor"], 20_000_000);
    assert_eq!(fee["workers_affected"], 42);
    assert_eq!(fee["charged_minor"], 840_000_000);
    assert_eq!(fee["refund_ordered_minor"], 840_000_000);
    assert_eq!(fee["refunded_minor"], 0);
    assert_eq!(fee["outstanding_minor"], 840_000_000);
    assert_eq!(
        draft["fee_totals"],
        json!([{"currency": "NPR", "charged_minor": 840_000_000i64,
                "refund_ordered_minor": 840_000_000i64, "refunded_minor": 0,
                "outstanding_minor": 840_000_000i64, "workers_affected": 42}])
    );

    let sanctions = draft["sanctions"].as_array().unwrap();
    let kinds: Vec<&str> = sanctions
        .iter()
        .map(|s| s["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["fine", "suspension", "warning", "referral"]);
    assert_eq!(sanctions[0]["amount_minor"], 50_000_000);
    assert_eq!(sanctions[0]["currency"], "NPR");
    assert_eq!(sanctions[1]["starts_on"], "2026-10-01");
    assert_eq!(sanctions[1]["ends_on"], "2026-12-31");
    assert!(sanctions[1]["amount_minor"].is_null());
    assert!(draft["refunds"].as_array().unwrap().is_empty());

    let history = draft["history"].as_array().unwrap();
    assert_eq!(history.len(), 1);
    assert!(history[0]["from_status"].is_null());
    assert_eq!(history[0]["status"], "draft");

    // A draft changes no licence.
    assert_eq!(verify_status(&app, "NP", NP_LICENCE).await, "active");

    // An admin may record a finding too, and may link any complaint.
    let by_admin = create(
        &app,
        &f.admin,
        finding(
            &f.org,
            &[&f.visible_complaint, &f.hidden_complaint],
            vec![usd_fees()],
            json!([]),
        ),
    )
    .await;
    assert_eq!(by_admin["complaint_count"], 2);
    assert_eq!(
        by_admin["fee_violations"][0]["charged_minor"],
        json!(150_000)
    );
}

async fn findings_stay_within_the_inspectors_jurisdiction(app: TestApp) {
    let f = fixture(&app).await;
    let qatar = app.token(Role::Inspector, &["QA"]);
    let consulate = app.token(Role::Consulate, &["NP"]);

    // Outside the jurisdiction: the agency is Nepali, so Nepal decides by default.
    app.post("/api/v1/findings", Some(&qatar), plain_finding(&f))
        .await
        .problem(StatusCode::FORBIDDEN);
    // Naming another jurisdiction than one's own does not help.
    let mut body = plain_finding(&f);
    body["jurisdiction"] = json!("QA");
    app.post("/api/v1/findings", Some(&f.inspector), body)
        .await
        .problem(StatusCode::FORBIDDEN);
    app.post("/api/v1/findings", Some(&consulate), plain_finding(&f))
        .await
        .problem(StatusCode::FORBIDDEN);
    app.post("/api/v1/findings", None, plain_finding(&f))
        .await
        .problem(StatusCode::UNAUTHORIZED);

    // A complaint the inspector cannot see cannot be linked, and its existence does
    // not show: the answer is the same as for a complaint that does not exist.
    let hidden = app
        .post(
            "/api/v1/findings",
            Some(&f.inspector),
            finding(&f.org, &[&f.hidden_complaint], vec![npr_fees()], json!([])),
        )
        .await;
    let hidden_problem = hidden.problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem_fields(&hidden_problem), ["complaint_ids[0]"]);
    let unknown = uuid::Uuid::now_v7().to_string();
    let missing_problem = app
        .post(
            "/api/v1/findings",
            Some(&f.inspector),
            finding(&f.org, &[&unknown], vec![npr_fees()], json!([])),
        )
        .await
        .problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(hidden_problem["errors"], missing_problem["errors"]);

    // Nothing was recorded by any refused attempt.
    assert!(listed(&app, Some(&f.admin), &f.org).await.is_empty());
}

async fn finding_input_is_checked(app: TestApp) {
    let f = fixture(&app).await;
    let fee = |change: Value| {
        let mut fee = npr_fees();
        for (k, v) in change.as_object().unwrap() {
            fee[k] = v.clone();
        }
        finding(&f.org, &[], vec![fee], json!([]))
    };
    let sanction = |s: Value| finding(&f.org, &[], vec![npr_fees()], json!([s]));
    let cases: Vec<(Value, &str)> = vec![
        // Money is integer minor units: a float is refused, not rounded.
        (
            fee(json!({"amount_per_worker_minor": 200000.5})),
            "fee_violations[0].amount_per_worker_minor",
        ),
        (
            fee(json!({"currency": "XYZ"})),
            "fee_violations[0].currency",
        ),
        (
            fee(json!({"amount_per_worker_minor": 0})),
            "fee_violations[0].amount_per_worker_minor",
        ),
        (
            fee(json!({"workers_affected": 0})),
            "fee_violations[0].workers_affected",
        ),
        (
            fee(json!({"refund_ordered_minor": 840_000_001i64})),
            "fee_violations[0].refund_ordered_minor",
        ),
        (
            sanction(json!({"kind": "fine", "currency": "NPR"})),
            "sanctions[0].amount_minor",
        ),
        (
            sanction(json!({"kind": "fine", "amount_minor": 100})),
            "sanctions[0].currency",
        ),
        (
            sanction(json!({"kind": "suspension", "ends_on": "2026-12-31"})),
            "sanctions[0].starts_on",
        ),
        (
            sanction(
                json!({"kind": "suspension", "starts_on": "2026-12-31", "ends_on": "2026-01-01"}),
            ),
            "sanctions[0].ends_on",
        ),
        (
            json!({"organization_id": f.org, "violations": [], "fee_violations": []}),
            "violations",
        ),
        (
            json!({"organization_id": uuid::Uuid::now_v7(), "violations": [
                {"category": "threats", "severity": "high"}]}),
            "organization_id",
        ),
    ];
    for (body, field) in cases {
        let response = app.post("/api/v1/findings", Some(&f.inspector), body).await;
        let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            problem_fields(&problem).iter().any(|x| x == field),
            "{field} not in {problem}"
        );
    }
    assert!(listed(&app, Some(&f.admin), &f.org).await.is_empty());
}

async fn drafts_are_invisible_to_the_public_until_published(app: TestApp) {
    let f = fixture(&app).await;
    let draft = create(&app, &f.inspector, plain_finding(&f)).await;
    let id = id_of(&draft);
    let qatar = app.token(Role::Inspector, &["QA"]);
    let consulate = app.token(Role::Consulate, &["NP"]);

    // Hidden from the public, consulates and other jurisdictions, as if it did not exist.
    for token in [None, Some(consulate.as_str()), Some(qatar.as_str())] {
        get_finding(&app, token, &id)
            .await
            .problem(StatusCode::NOT_FOUND);
        assert!(listed(&app, token, &f.org).await.is_empty());
    }
    let response = get_profile(&app, &f.org).await;
    let before = response.json();
    assert_eq!(before["accountability"]["findings"], json!([]));
    assert_eq!(before["accountability"]["fee_totals"], json!([]));
    assert_eq!(before["accountability"]["violation_counts"], json!({}));
    assert_eq!(before["accountability"]["sanctions_in_force"], json!([]));
    assert!(summary(&before).contains(&"No published findings.".to_string()));
    assert!(!response.text.contains(draft["reference"].as_str().unwrap()));
    // Another jurisdiction's inspector may not publish what it cannot see.
    publish(&app, Some(&qatar), &id)
        .await
        .problem(StatusCode::NOT_FOUND);
    publish(&app, Some(&consulate), &id)
        .await
        .problem(StatusCode::FORBIDDEN);
    publish(&app, None, &id)
        .await
        .problem(StatusCode::UNAUTHORIZED);

    // Its own inspector sees the draft, with the complaints it answers.
    let own = get_finding(&app, Some(&f.inspector), &id).await;
    assert_eq!(own.status, StatusCode::OK, "{}", own.text);
    assert_eq!(own.json()["complaint_ids"], json!([f.visible_complaint]));
    assert_eq!(
        listed(&app, Some(&f.inspector), &f.org).await,
        [(id.clone(), "draft".to_string())]
    );

    // Publishing takes an empty object.
    publish_with(&app, &f.inspector, &id, json!({"status": "published"}))
        .await
        .problem(StatusCode::UNPROCESSABLE_ENTITY);
    let public = published(&app, &f.inspector, &id).await;
    chrono::DateTime::parse_from_rfc3339(public["published_at"].as_str().unwrap()).unwrap();
    let history = public["history"].as_array().unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[1]["from_status"], "draft");
    assert_eq!(history[1]["status"], "published");
    // Once is enough.
    let problem = publish(&app, Some(&f.inspector), &id)
        .await
        .problem(StatusCode::CONFLICT);
    assert_eq!(problem["allowed"], json!(["appealed"]));

    // Now everyone sees it, labelled, without the complaints' ids.
    for token in [None, Some(consulate.as_str()), Some(qatar.as_str())] {
        let response = get_finding(&app, token, &id).await;
        assert_eq!(response.status, StatusCode::OK, "{}", response.text);
        let seen = response.json();
        assert_eq!(seen["status"], "published");
        assert_eq!(seen["complaint_count"], 1);
        assert!(seen.get("complaint_ids").is_none(), "{seen}");
        assert_confidential_absent(&response.text);
        assert!(!response.text.contains(&f.visible_complaint));
        assert_eq!(
            listed(&app, token, &f.org).await,
            [(id.clone(), "published".to_string())]
        );
    }
    let response = get_profile(&app, &f.org).await;
    let after = response.json();
    let findings = after["accountability"]["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0]["id"], id.as_str());
    assert_eq!(findings[0]["status"], "published");
    assert!(summary(&after).contains(&"1 published finding.".to_string()));
    assert_confidential_absent(&response.text);
}

async fn publish_with(app: &TestApp, token: &str, id: &str, body: Value) -> TestResponse {
    app.post(&format!("/api/v1/findings/{id}/publish"), Some(token), body)
        .await
}

async fn appeals_end_upheld_or_overturned_and_stay_public(app: TestApp) {
    let f = fixture(&app).await;
    let upheld = id_of(&create(&app, &f.inspector, plain_finding(&f)).await);
    let overturned = id_of(&create(&app, &f.inspector, plain_finding(&f)).await);

    // A draft cannot be appealed.
    let problem = set_status(&app, Some(&f.inspector), &upheld, "appealed", None)
        .await
        .problem(StatusCode::CONFLICT);
    assert_eq!(problem["allowed"], json!(["published"]));

    for id in [&upheld, &overturned] {
        published(&app, &f.inspector, id).await;
        let problem = set_status(&app, Some(&f.inspector), id, "upheld", None)
            .await
            .problem(StatusCode::CONFLICT);
        assert_eq!(problem["allowed"], json!(["appealed"]));
        let response = set_status(
            &app,
            Some(&f.inspector),
            id,
            "appealed",
            Some("Appeal lodged by the agency."),
        )
        .await;
        assert_eq!(response.status, StatusCode::OK, "{}", response.text);
        assert_eq!(response.json()["status"], "appealed");
    }
    // While the appeal runs the finding is public, labelled appealed.
    let response = get_finding(&app, None, &upheld).await;
    assert_eq!(response.json()["status"], "appealed");
    let problem = set_status(&app, Some(&f.inspector), &upheld, "published", None)
        .await
        .problem(StatusCode::CONFLICT);
    assert_eq!(problem["allowed"], json!(["upheld", "overturned"]));

    // Outsiders may not decide the appeal.
    let qatar = app.token(Role::Inspector, &["QA"]);
    set_status(&app, Some(&qatar), &upheld, "upheld", None)
        .await
        .problem(StatusCode::FORBIDDEN);
    set_status(&app, None, &upheld, "upheld", None)
        .await
        .problem(StatusCode::UNAUTHORIZED);

    let response = set_status(&app, Some(&f.inspector), &upheld, "upheld", None).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    let response = set_status(&app, Some(&f.admin), &overturned, "overturned", None).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    let history: Vec<String> = response.json()["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["status"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(history, ["draft", "published", "appealed", "overturned"]);
    for id in [&upheld, &overturned] {
        let problem = set_status(&app, Some(&f.inspector), id, "appealed", None)
            .await
            .problem(StatusCode::CONFLICT);
        assert_eq!(problem["allowed"], json!([]));
    }

    // Both stay public, each labelled with its outcome.
    let mut public = listed(&app, None, &f.org).await;
    public.sort();
    let mut expected = vec![
        (upheld.clone(), "upheld".to_string()),
        (overturned.clone(), "overturned".to_string()),
    ];
    expected.sort();
    assert_eq!(public, expected);
    let response = app.get("/api/v1/findings?status=overturned").await;
    let items = response.json()["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["id"], overturned.as_str());

    // On the profile the overturned finding is shown as such but counts for nothing.
    let profile = get_profile(&app, &f.org).await.json();
    let accountability = &profile["accountability"];
    let statuses: BTreeSet<&str> = accountability["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, BTreeSet::from(["overturned", "upheld"]));
    assert_eq!(
        accountability["violation_counts"],
        json!({"document_retention": 1, "recruitment_fee": 1})
    );
    assert_eq!(
        accountability["fee_totals"][0]["charged_minor"],
        840_000_000
    );
    assert_eq!(
        accountability["sanctions_in_force"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_integer_money(&profile);
}

async fn publishing_a_revocation_revokes_the_licence(app: TestApp) {
    let f = fixture(&app).await;
    assert_eq!(verify_status(&app, "NP", NP_LICENCE).await, "active");
    let draft = create(
        &app,
        &f.inspector,
        finding(
            &f.org,
            &[&f.visible_complaint],
            vec![npr_fees()],
            json!([{"kind": "revocation", "starts_on": "2026-05-03"}]),
        ),
    )
    .await;
    let id = id_of(&draft);
    let reference = draft["reference"].as_str().unwrap().to_string();
    published(&app, &f.inspector, &id).await;

    // The licence of the finding's jurisdiction is revoked, linked to the finding.
    assert_eq!(verify_status(&app, "NP", NP_LICENCE).await, "revoked");
    let profile_response = get_profile(&app, &f.org).await;
    let profile = profile_response.json();
    let licence = licence_in(&profile, &f.np_licence);
    assert_eq!(licence["status"], "revoked");
    let history = licence["history"].as_array().unwrap();
    let last = history.last().unwrap();
    assert_eq!(last["from_status"], "active");
    assert_eq!(last["status"], "revoked");
    assert_eq!(last["finding_id"], id.as_str());
    assert_eq!(last["effective_date"], "2026-05-03");
    let reason = last["reason"].as_str().unwrap();
    assert!(
        reason.contains(&reference),
        "{reason} does not name {reference}"
    );
    // Another authority's licence is that authority's business.
    let other = licence_in(&profile, &f.qa_licence);
    assert_eq!(other["status"], "active");
    assert_eq!(other["history"].as_array().unwrap().len(), 1);
    assert_eq!(verify_status(&app, "QA", QA_LICENCE).await, "active");
    assert_eq!(profile["licence_status"], "active");

    // The summary says it in words.
    let sentences = summary(&profile);
    let revoked = sentences
        .iter()
        .find(|s| s.starts_with("Licence revoked on"))
        .unwrap_or_else(|| panic!("no revocation sentence in {sentences:?}"));
    assert!(revoked.contains("3 May 2026"), "{revoked}");
    assert!(revoked.contains(&reference), "{revoked}");
    assert!(
        sentences
            .iter()
            .any(|s| s.contains("licence revocation") && s.contains(ORG_NAME)),
        "{sentences:?}"
    );
    let in_force = profile["accountability"]["sanctions_in_force"]
        .as_array()
        .unwrap();
    assert_eq!(in_force.len(), 1);
    assert_eq!(in_force[0]["kind"], "revocation");

    // It went through the licence status change, the same event a manual change makes.
    let mut conn = app.db.get().unwrap();
    use fairrecruit::db::schema::events;
    let licence_events: Vec<String> = events::table
        .filter(events::action.eq("licence.status_changed"))
        .filter(events::entity_id.eq(&f.np_licence))
        .select(events::data)
        .load(&mut conn)
        .unwrap();
    assert_eq!(licence_events.len(), 1);
    let data: Value = serde_json::from_str(&licence_events[0]).unwrap();
    assert_eq!(data["status"], "revoked");
    assert_eq!(data["finding_id"], id.as_str());
    drop(conn);

    // A revoked licence cannot be revoked again: a second revocation finding is
    // published without touching it.
    let second = create(
        &app,
        &f.inspector,
        finding(
            &f.org,
            &[],
            vec![usd_fees()],
            json!([{"kind": "revocation"}]),
        ),
    )
    .await;
    published(&app, &f.inspector, &id_of(&second)).await;
    let profile = get_profile(&app, &f.org).await.json();
    let licence = licence_in(&profile, &f.np_licence);
    assert_eq!(licence["history"].as_array().unwrap().len(), 2);
    assert_eq!(licence["history"][1]["finding_id"], id.as_str());
}

async fn publishing_a_suspension_suspends_the_licence(app: TestApp) {
    let f = fixture(&app).await;
    let draft = create(
        &app,
        &f.inspector,
        finding(
            &f.org,
            &[],
            vec![npr_fees()],
            json!([{"kind": "suspension", "starts_on": "2026-10-01", "ends_on": "2030-09-30"}]),
        ),
    )
    .await;
    let id = id_of(&draft);
    let reference = draft["reference"].as_str().unwrap().to_string();
    published(&app, &f.inspector, &id).await;

    assert_eq!(verify_status(&app, "NP", NP_LICENCE).await, "suspended");
    assert_eq!(verify_status(&app, "QA", QA_LICENCE).await, "active");
    let profile = get_profile(&app, &f.org).await.json();
    let last = licence_in(&profile, &f.np_licence)["history"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["status"], "suspended");
    assert_eq!(last["finding_id"], id.as_str());
    assert_eq!(last["effective_date"], "2026-10-01");
    assert!(last["reason"].as_str().unwrap().contains(&reference));
    let sentences = summary(&profile);
    let suspended = sentences
        .iter()
        .find(|s| s.starts_with("Licence suspended on"))
        .unwrap_or_else(|| panic!("no suspension sentence in {sentences:?}"));
    assert!(suspended.contains("1 October 2026"), "{suspended}");
    assert!(suspended.contains(&reference), "{suspended}");
    let in_force = profile["accountability"]["sanctions_in_force"]
        .as_array()
        .unwrap();
    assert_eq!(in_force.len(), 1);
    assert_eq!(in_force[0]["kind"], "suspension");
    assert_eq!(in_force[0]["starts_on"], "2026-10-01");
    assert_eq!(in_force[0]["ends_on"], "2030-09-30");
}

async fn refunds_are_recorded_against_what_is_outstanding(app: TestApp) {
    let f = fixture(&app).await;
    let draft = create(&app, &f.inspector, plain_finding(&f)).await;
    let id = id_of(&draft);
    let fee_id = draft["fee_violations"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let paid = |amount: i64, currency: &str| json!({"amount_minor": amount, "currency": currency, "date": "2026-07-01", "workers": 6});

    // Not before publication.
    refund(&app, Some(&f.inspector), &id, paid(120_000_000, "NPR"))
        .await
        .problem(StatusCode::CONFLICT);
    published(&app, &f.inspector, &id).await;

    // Only inspectors of the jurisdiction and admins record refunds.
    let qatar = app.token(Role::Inspector, &["QA"]);
    let consulate = app.token(Role::Consulate, &["NP"]);
    refund(&app, Some(&qatar), &id, paid(1, "NPR"))
        .await
        .problem(StatusCode::FORBIDDEN);
    refund(&app, Some(&consulate), &id, paid(1, "NPR"))
        .await
        .problem(StatusCode::FORBIDDEN);
    refund(&app, None, &id, paid(1, "NPR"))
        .await
        .problem(StatusCode::UNAUTHORIZED);

    // The only fee violation need not be named.
    let response = refund(&app, Some(&f.inspector), &id, paid(120_000_000, "NPR")).await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
    let after = response.json();
    assert_integer_money(&after);
    let refunds = after["refunds"].as_array().unwrap();
    assert_eq!(refunds.len(), 1);
    assert_eq!(refunds[0]["fee_violation_id"], fee_id.as_str());
    assert_eq!(refunds[0]["amount_minor"], 120_000_000);
    assert_eq!(refunds[0]["currency"], "NPR");
    assert_eq!(refunds[0]["date"], "2026-07-01");
    assert_eq!(refunds[0]["workers"], 6);
    let fee = &after["fee_violations"][0];
    assert_eq!(fee["refunded_minor"], 120_000_000);
    assert_eq!(fee["outstanding_minor"], 720_000_000);
    assert_eq!(
        after["fee_totals"],
        json!([{"currency": "NPR", "charged_minor": 840_000_000i64,
                "refund_ordered_minor": 840_000_000i64, "refunded_minor": 120_000_000i64,
                "outstanding_minor": 720_000_000i64, "workers_affected": 42}])
    );

    // Never more than is outstanding, never another currency, never a float.
    let problem = refund(&app, Some(&f.inspector), &id, paid(720_000_001, "NPR"))
        .await
        .problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem_fields(&problem), ["amount_minor"]);
    let problem = refund(&app, Some(&f.inspector), &id, paid(1_000, "USD"))
        .await
        .problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem_fields(&problem), ["currency"]);
    refund(
        &app,
        Some(&f.inspector),
        &id,
        json!({"amount_minor": 1000.5, "currency": "NPR", "date": "2026-07-01"}),
    )
    .await
    .problem(StatusCode::UNPROCESSABLE_ENTITY);
    refund(&app, Some(&f.inspector), &id, paid(0, "NPR"))
        .await
        .problem(StatusCode::UNPROCESSABLE_ENTITY);
    let problem = refund(
        &app,
        Some(&f.inspector),
        &id,
        json!({"fee_violation_id": uuid::Uuid::now_v7(), "amount_minor": 1,
               "currency": "NPR", "date": "2026-07-01"}),
    )
    .await
    .problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem_fields(&problem), ["fee_violation_id"]);

    // Paying the rest, named explicitly, leaves nothing outstanding.
    let response = refund(
        &app,
        Some(&f.admin),
        &id,
        json!({"fee_violation_id": fee_id, "amount_minor": 720_000_000i64,
               "currency": "NPR", "date": "2026-08-01"}),
    )
    .await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
    let settled = response.json();
    assert_eq!(settled["fee_violations"][0]["outstanding_minor"], 0);
    assert_eq!(settled["fee_totals"][0]["refunded_minor"], 840_000_000);
    assert_eq!(settled["fee_totals"][0]["outstanding_minor"], 0);
    refund(&app, Some(&f.inspector), &id, paid(1, "NPR"))
        .await
        .problem(StatusCode::UNPROCESSABLE_ENTITY);

    // The public sees the same figures.
    let public = get_finding(&app, None, &id).await.json();
    assert_integer_money(&public);
    assert_eq!(public["fee_totals"], settled["fee_totals"]);
    assert_eq!(public["refunds"].as_array().unwrap().len(), 2);

    // With several fee violations, the refund must name one.
    let two = create(
        &app,
        &f.inspector,
        finding(&f.org, &[], vec![npr_fees(), usd_fees()], json!([])),
    )
    .await;
    let two_id = id_of(&two);
    let usd_id = two["fee_violations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["currency"] == "USD")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    published(&app, &f.inspector, &two_id).await;
    let problem = refund(&app, Some(&f.inspector), &two_id, paid(1_000, "USD"))
        .await
        .problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem_fields(&problem), ["fee_violation_id"]);
    let problem = refund(
        &app,
        Some(&f.inspector),
        &two_id,
        json!({"fee_violation_id": usd_id, "amount_minor": 1_000, "currency": "NPR",
               "date": "2026-07-01"}),
    )
    .await
    .problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem_fields(&problem), ["currency"]);
    let response = refund(
        &app,
        Some(&f.inspector),
        &two_id,
        json!({"fee_violation_id": usd_id, "amount_minor": 50_000, "currency": "USD",
               "date": "2026-07-01", "workers": 3}),
    )
    .await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
    let body = response.json();
    assert_integer_money(&body);
    let totals = body["fee_totals"].as_array().unwrap();
    assert_eq!(totals.len(), 2);
    let usd = totals.iter().find(|t| t["currency"] == "USD").unwrap();
    assert_eq!(usd["refunded_minor"], 50_000);
    assert_eq!(usd["outstanding_minor"], 100_000);
    let npr = totals.iter().find(|t| t["currency"] == "NPR").unwrap();
    assert_eq!(npr["refunded_minor"], 0);
    assert_eq!(npr["outstanding_minor"], 840_000_000);
}

async fn the_profile_sums_up_accountability(app: TestApp) {
    let f = fixture(&app).await;
    // A published finding with fees in two currencies, a fine and a revocation.
    let main = create(
        &app,
        &f.inspector,
        finding(
            &f.org,
            &[&f.visible_complaint],
            vec![npr_fees(), usd_fees()],
            json!([
                {"kind": "fine", "amount_minor": 50_000_000i64, "currency": "NPR"},
                {"kind": "revocation", "starts_on": "2026-05-03"},
                {"kind": "suspension", "starts_on": "2025-01-01", "ends_on": "2025-03-31"}
            ]),
        ),
    )
    .await;
    let main_id = id_of(&main);
    let reference = main["reference"].as_str().unwrap().to_string();
    let npr_id = main["fee_violations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["currency"] == "NPR")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    published(&app, &f.inspector, &main_id).await;
    let response = refund(
        &app,
        Some(&f.inspector),
        &main_id,
        json!({"fee_violation_id": npr_id, "amount_minor": 120_000_000i64, "currency": "NPR",
               "date": "2026-07-01", "workers": 6}),
    )
    .await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
    // A draft, which must not count.
    let draft = create(
        &app,
        &f.inspector,
        finding(
            &f.org,
            &[],
            vec![
                json!({"category": "illegitimate", "amount_per_worker_minor": 999_999,
                        "currency": "QAR", "workers_affected": 7}),
            ],
            json!([{"kind": "blacklisting"}]),
        ),
    )
    .await;
    // An overturned finding: shown, labelled, not counted.
    let overturned = create(
        &app,
        &f.inspector,
        finding(
            &f.org,
            &[],
            vec![
                json!({"category": "training", "amount_per_worker_minor": 5_000,
                        "currency": "EUR", "workers_affected": 3}),
            ],
            json!([{"kind": "warning"}]),
        ),
    )
    .await;
    let overturned_id = id_of(&overturned);
    published(&app, &f.inspector, &overturned_id).await;
    for status in ["appealed", "overturned"] {
        let response = set_status(&app, Some(&f.inspector), &overturned_id, status, None).await;
        assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    }
    // Complaints about the agency, one of them closed.
    let closed = file_complaint(&app, &f.org, &["NP"]).await;
    let response = app
        .post(
            &format!("/api/v1/complaints/{closed}/status"),
            Some(&f.inspector),
            json!({"status": "withdrawn", "note": NOTE}),
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);

    let response = get_profile(&app, &f.org).await;
    let profile = response.json();
    assert_integer_money(&profile);
    assert_confidential_absent(&response.text);
    assert!(!response.text.contains(draft["reference"].as_str().unwrap()));
    assert!(!response.text.contains(&f.visible_complaint));
    let accountability = &profile["accountability"];
    let expected_keys: BTreeSet<String> = [
        "summary",
        "findings",
        "violation_counts",
        "fee_totals",
        "sanctions_in_force",
        "complaints",
    ]
    .iter()
    .map(|k| k.to_string())
    .collect();
    assert!(
        keys(accountability).is_superset(&expected_keys),
        "{accountability}"
    );

    // Public findings only, labelled by status.
    let findings: Vec<(String, String)> = accountability["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (id_of(f), f["status"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(
        findings,
        [
            (main_id.clone(), "published".to_string()),
            (overturned_id.clone(), "overturned".to_string())
        ]
    );
    for finding in accountability["findings"].as_array().unwrap() {
        assert!(finding.get("complaint_ids").is_none(), "{finding}");
    }
    assert_eq!(
        accountability["violation_counts"],
        json!({"document_retention": 1, "recruitment_fee": 1})
    );
    // Per currency, never added across currencies; overturned and draft fees left out.
    assert_eq!(
        accountability["fee_totals"],
        json!([
            {"currency": "NPR", "charged_minor": 840_000_000i64,
             "refund_ordered_minor": 840_000_000i64, "refunded_minor": 120_000_000i64,
             "outstanding_minor": 720_000_000i64, "workers_affected": 42},
            {"currency": "USD", "charged_minor": 150_000, "refund_ordered_minor": 150_000,
             "refunded_minor": 0, "outstanding_minor": 150_000, "workers_affected": 10}
        ])
    );
    // The fine and the revocation are in force; the suspension ended last year.
    let mut in_force: Vec<&str> = accountability["sanctions_in_force"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["kind"].as_str().unwrap())
        .collect();
    in_force.sort();
    assert_eq!(in_force, ["fine", "revocation"]);
    assert_eq!(
        accountability["complaints"],
        json!({"total": 3, "open": 2, "by_status": {"received": 2, "withdrawn": 1}})
    );

    // And in words.
    let sentences = summary(&profile);
    let revoked = sentences
        .iter()
        .find(|s| s.starts_with("Licence revoked on"))
        .unwrap_or_else(|| panic!("no revocation sentence in {sentences:?}"));
    assert!(revoked.contains("3 May 2026"), "{revoked}");
    assert!(revoked.contains(&reference), "{revoked}");
    let npr = sentences
        .iter()
        .find(|s| s.contains("NPR"))
        .unwrap_or_else(|| panic!("no NPR sentence in {sentences:?}"));
    assert!(npr.starts_with("42 workers were charged"), "{npr}");
    for amount in ["NPR 8,400,000.00", "NPR 1,200,000.00", "NPR 7,200,000.00"] {
        assert!(npr.contains(amount), "{npr} lacks {amount}");
    }
    assert!(!npr.contains("USD"), "{npr}");
    let usd = sentences
        .iter()
        .find(|s| s.contains("USD"))
        .unwrap_or_else(|| panic!("no USD sentence in {sentences:?}"));
    assert!(usd.contains("USD 1,500.00"), "{usd}");
    assert!(usd.starts_with("10 workers were charged"), "{usd}");
    for left_out in ["QAR", "EUR"] {
        assert!(
            sentences.iter().all(|s| !s.contains(left_out)),
            "{left_out} in {sentences:?}"
        );
    }
    // Overturned findings do not stand: one finding stands against the agency.
    assert!(
        sentences.contains(&"1 published finding.".to_string()),
        "{sentences:?}"
    );
    assert!(
        sentences.contains(&format!(
            "Sanctions in force against {ORG_NAME}: a fine and a licence revocation."
        )),
        "{sentences:?}"
    );
    assert!(
        sentences.contains(&"3 complaints received, 2 still open.".to_string()),
        "{sentences:?}"
    );
}

async fn every_write_appends_an_event_and_none_leaks_confidential_text(app: TestApp) {
    let f = fixture(&app).await;
    // A complaint handled with notes, a finding answering it, published with a
    // revocation, and a refund.
    let complaint = f.visible_complaint.clone();
    for status in ["under_review", "investigating", "substantiated"] {
        let response = app
            .post(
                &format!("/api/v1/complaints/{complaint}/status"),
                Some(&f.inspector),
                json!({"status": status, "note": NOTE}),
            )
            .await;
        assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    }
    let draft = create(
        &app,
        &f.inspector,
        finding(
            &f.org,
            &[&complaint],
            vec![npr_fees()],
            json!([{"kind": "revocation", "starts_on": "2026-05-03"}]),
        ),
    )
    .await;
    let id = id_of(&draft);
    published(&app, &f.inspector, &id).await;
    let response = refund(
        &app,
        Some(&f.inspector),
        &id,
        json!({"amount_minor": 120_000_000i64, "currency": "NPR", "date": "2026-07-01"}),
    )
    .await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);

    let response = app.get("/api/v1/audit/verify").await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    let verification = response.json();
    assert_eq!(verification["ok"], true, "{verification}");

    use fairrecruit::db::schema::events;
    let mut conn = app.db.get().unwrap();
    let rows: Vec<(i64, String, String, String)> = events::table
        .order(events::seq.asc())
        .select((events::seq, events::action, events::entity_id, events::data))
        .load(&mut conn)
        .unwrap();
    drop(conn);
    assert_eq!(
        verification["events_checked"].as_i64().unwrap(),
        rows.len() as i64
    );
    let count = |action: &str, entity: &str| {
        rows.iter()
            .filter(|(_, a, e, _)| a == action && e == entity)
            .count()
    };
    // Two complaints were filed in the fixture.
    assert_eq!(count("complaint.filed", &complaint), 1);
    assert_eq!(count("complaint.filed", &f.hidden_complaint), 1);
    assert_eq!(count("complaint.status_changed", &complaint), 3);
    assert_eq!(count("finding.created", &id), 1);
    assert_eq!(count("finding.published", &id), 1);
    assert_eq!(count("licence.status_changed", &f.np_licence), 1);
    assert_eq!(count("refund.recorded", &id), 1);
    // The revocation follows the publication it comes from.
    let seq_of = |action: &str, entity: &str| {
        rows.iter()
            .find(|(_, a, e, _)| a == action && e == entity)
            .map(|(s, ..)| *s)
            .unwrap()
    };
    assert!(seq_of("finding.created", &id) < seq_of("finding.published", &id));
    assert!(seq_of("finding.published", &id) < seq_of("licence.status_changed", &f.np_licence));
    assert!(seq_of("licence.status_changed", &f.np_licence) < seq_of("refund.recorded", &id));

    let refunded: Value = serde_json::from_str(
        &rows
            .iter()
            .find(|(_, a, ..)| a == "refund.recorded")
            .unwrap()
            .3,
    )
    .unwrap();
    assert!(refunded["amount_minor"].is_i64(), "{refunded}");
    assert_eq!(refunded["amount_minor"], 120_000_000);
    assert_eq!(refunded["currency"], "NPR");

    // No event carries the worker's words, name, contact or an inspector's note.
    for (seq, action, _, data) in &rows {
        for secret in [
            NARRATIVE,
            "NARRATIVE-8842",
            NAME,
            CONTACT,
            NOTE,
            "NOTE-3319",
        ] {
            assert!(
                !data.contains(secret),
                "event {seq} ({action}) carries {secret:?}: {data}"
            );
        }
        serde_json::from_str::<Value>(data)
            .unwrap_or_else(|e| panic!("event {seq} data is not JSON ({e}): {data}"));
    }
}

async fn a_complaint_linked_twice_is_linked_once(app: TestApp) {
    let f = fixture(&app).await;
    let twice = [f.visible_complaint.as_str(), f.visible_complaint.as_str()];
    let response = app
        .post(
            "/api/v1/findings",
            Some(&f.inspector),
            finding(&f.org, &twice, vec![npr_fees()], json!([])),
        )
        .await;
    // Either the repeat is ignored or it is a bad field; it conflicts with nothing
    // already recorded, so 409 would mislead the client.
    match response.status {
        StatusCode::CREATED => {
            let draft = response.json();
            assert_eq!(draft["complaint_count"], 1, "{draft}");
            assert_eq!(draft["complaint_ids"], json!([f.visible_complaint]));
        }
        _ => {
            let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
            assert!(
                problem_fields(&problem)
                    .iter()
                    .any(|field| field.starts_with("complaint_ids")),
                "{problem}"
            );
        }
    }
}

backend_tests!(
    an_inspector_records_a_draft_finding,
    findings_stay_within_the_inspectors_jurisdiction,
    finding_input_is_checked,
    drafts_are_invisible_to_the_public_until_published,
    appeals_end_upheld_or_overturned_and_stay_public,
    publishing_a_revocation_revokes_the_licence,
    publishing_a_suspension_suspends_the_licence,
    refunds_are_recorded_against_what_is_outstanding,
    the_profile_sums_up_accountability,
    every_write_appends_an_event_and_none_leaks_confidential_text,
    a_complaint_linked_twice_is_linked_once,
);
