//! Every operation of the OpenAPI document, called by each kind of caller: the
//! public (no token), a consulate, an inspector of the country concerned and an
//! admin. The table below says what each may do; the test fails when the document
//! has an operation the table lacks, so a new endpoint cannot skip this check.
//!
//! Each call gets fresh records, so one caller's write never changes what the next
//! one meets. A role that may not do something gets 403, a consulate reading a
//! complaint it did not file included; an inspector outside the country concerned
//! gets 404 for complaints and drafts, so their existence does not leak.
#![allow(clippy::unwrap_used)]
mod common;

use std::collections::BTreeSet;

use axum::http::{Method, StatusCode};
use common::{TestApp, TestResponse};
use fairrecruit::api::ratelimit::Quotas;
use fairrecruit::domain::role::Role;
use fairrecruit::webhooks::WebhookConfig;
use serde_json::{json, Value};

/// What a caller gets from an operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Done: this success status.
    Done(StatusCode),
    /// 401: a token is needed.
    NoToken,
    /// 403: this role may not.
    Refused,
}

use Outcome::{Done, NoToken, Refused};

const OK: Outcome = Done(StatusCode::OK);
const CREATED: Outcome = Done(StatusCode::CREATED);

/// The callers, in the order of each row's outcomes.
const CALLERS: [&str; 4] = ["public", "consulate", "inspector", "admin"];

struct Tokens {
    consulate: String,
    inspector: String,
    admin: String,
}

/// Fresh records for one call, made by an admin.
struct Fixture {
    serial: usize,
    org: String,
    licence: String,
    draft_finding: String,
    published_finding: String,
    /// Filed by the consulate's token.
    consulate_complaint: String,
    /// Filed anonymously.
    anonymous_complaint: String,
    receipt: String,
    /// Registered by the consulate.
    webhook: String,
}

async fn fixture(app: &TestApp, tokens: &Tokens, serial: usize) -> Fixture {
    let admin = tokens.admin.as_str();
    let org = app
        .create_org(
            admin,
            json!({"kind": "agency", "name": format!("Roles Demo Agency {serial}"), "country": "NP"}),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let licence = app
        .add_licence(
            admin,
            &org,
            json!({"authority": "NP", "authority_name": "Department of Foreign Employment",
                   "number": format!("ROLES-{serial}"), "valid_from": "2024-01-01",
                   "valid_until": "2099-01-01", "status": "active"}),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let finding = |org: &str| {
        json!({"organization_id": org,
               "violations": [{"category": "recruitment_fee", "severity": "high"}],
               "fee_violations": [{"category": "recruitment_fee", "amount_per_worker_minor": 1_000_000,
                                   "currency": "NPR", "workers_affected": 3, "refund_ordered_minor": 3_000_000}]})
    };
    let draft_finding = created_id(
        app.post("/api/v1/findings", Some(admin), finding(&org))
            .await,
    );
    let published_finding = created_id(
        app.post("/api/v1/findings", Some(admin), finding(&org))
            .await,
    );
    let publish = app
        .post(
            &format!("/api/v1/findings/{published_finding}/publish"),
            Some(admin),
            json!({}),
        )
        .await;
    assert_eq!(publish.status, StatusCode::OK, "{}", publish.text);
    let consulate_complaint = created_id(
        app.post(
            "/api/v1/complaints",
            Some(&tokens.consulate),
            complaint(&org),
        )
        .await,
    );
    let anonymous = app.post("/api/v1/complaints", None, complaint(&org)).await;
    assert_eq!(anonymous.status, StatusCode::CREATED, "{}", anonymous.text);
    let anonymous = anonymous.json();
    Fixture {
        serial,
        org,
        licence,
        draft_finding,
        published_finding,
        consulate_complaint,
        anonymous_complaint: anonymous["id"].as_str().unwrap().to_string(),
        receipt: anonymous["receipt"].as_str().unwrap().to_string(),
        webhook: created_id(
            app.post(
                "/api/v1/webhooks",
                Some(&tokens.consulate),
                json!({"url": "https://hooks.consulate.example/fr", "secret": "a secret of the consulate",
                       "countries": ["NP"]}),
            )
            .await,
        ),
    }
}

fn created_id(response: TestResponse) -> String {
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
    response.json()["id"].as_str().unwrap().to_string()
}

fn complaint(org: &str) -> Value {
    json!({"respondents": [{"organization_id": org}], "categories": ["recruitment_fee"],
           "incident_countries": ["NP"]})
}

/// One call: the operation it exercises (as the document names it), the request
/// for a fixture, and the outcome for each caller in `CALLERS` order.
struct Row {
    method: Method,
    template: &'static str,
    request: fn(&Fixture) -> (String, Option<Value>),
    outcomes: [Outcome; 4],
}

fn rows() -> Vec<Row> {
    let row = |method: Method,
               template: &'static str,
               request: fn(&Fixture) -> (String, Option<Value>),
               outcomes: [Outcome; 4]| Row {
        method,
        template,
        request,
        outcomes,
    };
    let get = Method::GET;
    let post = Method::POST;
    let patch = Method::PATCH;
    vec![
        row(
            get.clone(),
            "/api/v1/organizations",
            |_| ("/api/v1/organizations?kind=agency".into(), None),
            [OK, OK, OK, OK],
        ),
        row(
            post.clone(),
            "/api/v1/organizations",
            |_| {
                (
                    "/api/v1/organizations".into(),
                    Some(json!({"kind": "agency", "name": "Roles New Agency", "country": "NP"})),
                )
            },
            [NoToken, Refused, CREATED, CREATED],
        ),
        row(
            get.clone(),
            "/api/v1/organizations/{id}",
            |f| (format!("/api/v1/organizations/{}", f.org), None),
            [OK, OK, OK, OK],
        ),
        row(
            get.clone(),
            "/api/v1/organizations/{id}/network",
            |f| (format!("/api/v1/organizations/{}/network", f.org), None),
            [OK, OK, OK, OK],
        ),
        row(
            patch,
            "/api/v1/organizations/{id}",
            |f| {
                (
                    format!("/api/v1/organizations/{}", f.org),
                    Some(
                        json!({"website": "https://example.org", "reason": "Checked the register"}),
                    ),
                )
            },
            [NoToken, Refused, OK, OK],
        ),
        row(
            post.clone(),
            "/api/v1/organizations/{id}/licences",
            |f| {
                (
                    format!("/api/v1/organizations/{}/licences", f.org),
                    Some(
                        json!({"authority": "NP", "authority_name": "Department of Foreign Employment", "number": format!("ROLES-NEW-{}", f.serial)}),
                    ),
                )
            },
            [NoToken, Refused, CREATED, CREATED],
        ),
        row(
            post.clone(),
            "/api/v1/licences/{id}/status",
            |f| {
                (
                    format!("/api/v1/licences/{}/status", f.licence),
                    Some(json!({"status": "suspended", "reason": "Inspection of fee receipts"})),
                )
            },
            [NoToken, Refused, OK, OK],
        ),
        row(
            get.clone(),
            "/api/v1/licences/verify",
            |_| {
                (
                    "/api/v1/licences/verify?authority=NP&number=roles%201".into(),
                    None,
                )
            },
            [OK, OK, OK, OK],
        ),
        row(
            post.clone(),
            "/api/v1/licences/verify",
            |_| {
                (
                    "/api/v1/licences/verify".into(),
                    Some(json!({"items": [{"authority": "NP", "number": "ROLES 1"}]})),
                )
            },
            [OK, OK, OK, OK],
        ),
        row(
            get.clone(),
            "/api/v1/complaints",
            |_| ("/api/v1/complaints".into(), None),
            [NoToken, OK, OK, OK],
        ),
        row(
            post.clone(),
            "/api/v1/complaints",
            |f| ("/api/v1/complaints".into(), Some(complaint(&f.org))),
            [CREATED, CREATED, CREATED, CREATED],
        ),
        row(
            get.clone(),
            "/api/v1/complaints/status/{receipt}",
            |f| (format!("/api/v1/complaints/status/{}", f.receipt), None),
            [OK, OK, OK, OK],
        ),
        // The consulate sees what it filed, and nothing else.
        row(
            get.clone(),
            "/api/v1/complaints/{id}",
            |f| {
                (
                    format!("/api/v1/complaints/{}", f.consulate_complaint),
                    None,
                )
            },
            [NoToken, OK, OK, OK],
        ),
        row(
            get.clone(),
            "/api/v1/complaints/{id}",
            |f| {
                (
                    format!("/api/v1/complaints/{}", f.anonymous_complaint),
                    None,
                )
            },
            [NoToken, Refused, OK, OK],
        ),
        row(
            post.clone(),
            "/api/v1/complaints/{id}/status",
            |f| {
                (
                    format!("/api/v1/complaints/{}/status", f.consulate_complaint),
                    Some(json!({"status": "under_review"})),
                )
            },
            [NoToken, Refused, OK, OK],
        ),
        row(
            get.clone(),
            "/api/v1/findings",
            |f| (format!("/api/v1/findings?organization_id={}", f.org), None),
            [OK, OK, OK, OK],
        ),
        row(
            post.clone(),
            "/api/v1/findings",
            |f| {
                (
                    "/api/v1/findings".into(),
                    Some(json!({"organization_id": f.org,
                "violations": [{"category": "document_retention", "severity": "critical"}]})),
                )
            },
            [NoToken, Refused, CREATED, CREATED],
        ),
        row(
            get.clone(),
            "/api/v1/findings/{id}",
            |f| (format!("/api/v1/findings/{}", f.published_finding), None),
            [OK, OK, OK, OK],
        ),
        row(
            post.clone(),
            "/api/v1/findings/{id}/publish",
            |f| {
                (
                    format!("/api/v1/findings/{}/publish", f.draft_finding),
                    Some(json!({})),
                )
            },
            [NoToken, Refused, OK, OK],
        ),
        row(
            post.clone(),
            "/api/v1/findings/{id}/status",
            |f| {
                (
                    format!("/api/v1/findings/{}/status", f.published_finding),
                    Some(json!({"status": "appealed", "note": "Appeal lodged with the tribunal"})),
                )
            },
            [NoToken, Refused, OK, OK],
        ),
        row(
            post.clone(),
            "/api/v1/findings/{id}/refunds",
            |f| {
                (
                    format!("/api/v1/findings/{}/refunds", f.published_finding),
                    Some(
                        json!({"amount_minor": 1_000_000, "currency": "NPR", "date": "2026-01-15", "workers": 1}),
                    ),
                )
            },
            [NoToken, Refused, CREATED, CREATED],
        ),
        row(
            get.clone(),
            "/api/v1/changes",
            |_| ("/api/v1/changes?after=0&limit=10".into(), None),
            [NoToken, OK, Refused, OK],
        ),
        row(
            get.clone(),
            "/api/v1/export",
            |_| ("/api/v1/export?format=ndjson".into(), None),
            [NoToken, OK, Refused, OK],
        ),
        row(
            get.clone(),
            "/api/v1/stats/complaints",
            |_| {
                (
                    "/api/v1/stats/complaints?group_by=category,sex".into(),
                    None,
                )
            },
            [OK, OK, OK, OK],
        ),
        row(
            get.clone(),
            "/api/v1/stats/findings",
            |_| ("/api/v1/stats/findings?group_by=fee_category".into(), None),
            [OK, OK, OK, OK],
        ),
        row(
            get.clone(),
            "/api/v1/audit/head",
            |_| ("/api/v1/audit/head".into(), None),
            [OK, OK, OK, OK],
        ),
        row(
            get.clone(),
            "/api/v1/audit/verify",
            |_| ("/api/v1/audit/verify".into(), None),
            [OK, OK, OK, OK],
        ),
        row(
            get.clone(),
            "/healthz",
            |_| ("/healthz".into(), None),
            [OK, OK, OK, OK],
        ),
        row(
            get,
            "/readyz",
            |_| ("/readyz".into(), None),
            [OK, OK, OK, OK],
        ),
        // Webhooks belong to consulates (and admins); inspectors have none.
        row(
            Method::POST,
            "/api/v1/webhooks",
            |_| {
                (
                    "/api/v1/webhooks".into(),
                    Some(json!({"url": "https://hooks.consulate.example/new",
                    "secret": "another consulate secret", "countries": ["QA"]})),
                )
            },
            [NoToken, CREATED, Refused, CREATED],
        ),
        row(
            Method::GET,
            "/api/v1/webhooks",
            |_| ("/api/v1/webhooks".into(), None),
            [NoToken, OK, Refused, OK],
        ),
        row(
            Method::GET,
            "/api/v1/webhooks/{id}",
            |f| (format!("/api/v1/webhooks/{}", f.webhook), None),
            [NoToken, OK, Refused, OK],
        ),
        // An active webhook: those allowed get as far as 409.
        row(
            Method::POST,
            "/api/v1/webhooks/{id}/enable",
            |f| {
                (
                    format!("/api/v1/webhooks/{}/enable", f.webhook),
                    Some(json!({})),
                )
            },
            [
                NoToken,
                Done(StatusCode::CONFLICT),
                Refused,
                Done(StatusCode::CONFLICT),
            ],
        ),
        row(
            Method::DELETE,
            "/api/v1/webhooks/{id}",
            |f| (format!("/api/v1/webhooks/{}", f.webhook), None),
            [
                NoToken,
                Done(StatusCode::NO_CONTENT),
                Refused,
                Done(StatusCode::NO_CONTENT),
            ],
        ),
        // Register imports are an admin's: the admin gets as far as reading the
        // (JSON, not CSV) body as a register and refusing it.
        row(
            Method::POST,
            "/api/v1/imports/register",
            |_| {
                (
                    "/api/v1/imports/register?authority=HK&mapping=hk-labour-department&file_name=x.csv&published=2021-12-28&dry_run=true".into(),
                    Some(json!({})),
                )
            },
            [
                NoToken,
                Refused,
                Refused,
                Done(StatusCode::UNPROCESSABLE_ENTITY),
            ],
        ),
        row(
            Method::GET,
            "/api/v1/imports/reviews",
            |_| ("/api/v1/imports/reviews".into(), None),
            [NoToken, Refused, Refused, OK],
        ),
        // No such review: the admin gets as far as 404.
        row(
            Method::POST,
            "/api/v1/imports/reviews/{id}",
            |_| {
                (
                    "/api/v1/imports/reviews/01a2262b-d1bb-767f-8eff-7a13b82437aa".into(),
                    Some(json!({"decision": "merge"})),
                )
            },
            [NoToken, Refused, Refused, Done(StatusCode::NOT_FOUND)],
        ),
    ]
}

/// Webhook targets the fixtures may register.
fn webhooks() -> WebhookConfig {
    WebhookConfig {
        allowed_hosts: vec!["hooks.consulate.example".into()],
        ..WebhookConfig::default()
    }
}

/// Every (method, path) the served OpenAPI document lists.
async fn documented_operations(app: &TestApp) -> BTreeSet<(String, String)> {
    let document = app.get("/openapi.json").await.json();
    let mut operations = BTreeSet::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            if ["get", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                operations.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    operations
}

fn check(row: &Row, caller: &str, expected: Outcome, response: &TestResponse) {
    let what = format!("{} {} as {caller}", row.method, row.template);
    match expected {
        Done(status) => assert_eq!(response.status, status, "{what}: {}", response.text),
        NoToken | Refused => {
            let status = if expected == NoToken {
                StatusCode::UNAUTHORIZED
            } else {
                StatusCode::FORBIDDEN
            };
            assert_eq!(response.status, status, "{what}: {}", response.text);
            assert!(
                response
                    .content_type()
                    .starts_with("application/problem+json"),
                "{what}: {}",
                response.content_type()
            );
        }
    }
}

async fn every_operation_for_every_role(app: TestApp) {
    // Each call files fresh complaints; quotas have their own tests
    // (tests/api/ratelimit.rs) and stay out of the way here.
    let app = app
        .with_quotas(Quotas {
            per_address: 10_000,
            receipts_per_address: 10_000,
            per_token: 10_000,
            per_consulate: 10_000,
        })
        .with_webhooks(webhooks());
    let tokens = Tokens {
        consulate: app.token(Role::Consulate, &["NP"]),
        inspector: app.token(Role::Inspector, &["NP"]),
        admin: app.admin(),
    };
    let rows = rows();
    let covered: BTreeSet<(String, String)> = rows
        .iter()
        .map(|r| (r.method.to_string(), r.template.to_string()))
        .collect();
    assert_eq!(
        covered,
        documented_operations(&app).await,
        "the table and the OpenAPI document list different operations"
    );

    let mut serial = 0;
    for row in &rows {
        for (caller, expected) in CALLERS.iter().zip(row.outcomes) {
            serial += 1;
            let fixture = fixture(&app, &tokens, serial).await;
            let token = match *caller {
                "consulate" => Some(tokens.consulate.as_str()),
                "inspector" => Some(tokens.inspector.as_str()),
                "admin" => Some(tokens.admin.as_str()),
                _ => None,
            };
            let (path, body) = (row.request)(&fixture);
            let response = app.call(row.method.clone(), &path, token, body).await;
            check(row, caller, expected, &response);
        }
    }
}

/// An inspector acts only within her jurisdictions: outside them the same calls
/// are refused, and what is not public there (complaints, draft findings) is
/// hidden.
async fn an_inspector_elsewhere_is_refused(app: TestApp) {
    let app = app.with_webhooks(webhooks());
    let tokens = Tokens {
        consulate: app.token(Role::Consulate, &["NP"]),
        inspector: app.token(Role::Inspector, &["NP"]),
        admin: app.admin(),
    };
    let elsewhere = app.token(Role::Inspector, &["QA"]);
    let f = fixture(&app, &tokens, 0).await;
    let calls: [(Method, String, Option<Value>, StatusCode); 5] = [
        (
            Method::POST,
            format!("/api/v1/licences/{}/status", f.licence),
            Some(json!({"status": "suspended", "reason": "Inspection"})),
            StatusCode::FORBIDDEN,
        ),
        (
            Method::POST,
            format!("/api/v1/findings/{}/publish", f.draft_finding),
            Some(json!({})),
            StatusCode::NOT_FOUND,
        ),
        (
            Method::POST,
            format!("/api/v1/findings/{}/refunds", f.published_finding),
            Some(json!({"amount_minor": 1_000_000, "currency": "NPR", "date": "2026-01-15"})),
            StatusCode::FORBIDDEN,
        ),
        (
            Method::GET,
            format!("/api/v1/complaints/{}", f.anonymous_complaint),
            None,
            StatusCode::NOT_FOUND,
        ),
        (
            Method::POST,
            format!("/api/v1/complaints/{}/status", f.anonymous_complaint),
            Some(json!({"status": "under_review"})),
            StatusCode::NOT_FOUND,
        ),
    ];
    for (method, path, body, status) in calls {
        let response = app
            .call(method.clone(), &path, Some(&elsewhere), body)
            .await;
        assert_eq!(
            response.status, status,
            "{method} {path}: {}",
            response.text
        );
    }
}

backend_tests!(
    every_operation_for_every_role,
    an_inspector_elsewhere_is_refused
);
