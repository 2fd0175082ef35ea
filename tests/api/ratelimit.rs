//! Quotas on the public endpoints: per client address without a token, per token
//! with one, a larger quota for consulates, 429 problem+json with Retry-After.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use fairrecruit::api::ratelimit::Quotas;
use fairrecruit::domain::role::Role;
use serde_json::{json, Value};

use crate::common::{TestApp, TestResponse};

fn quotas() -> Quotas {
    Quotas {
        per_address: 3,
        receipts_per_address: 2,
        per_token: 4,
        per_consulate: 6,
    }
}

async fn search(app: &TestApp, token: Option<&str>) -> TestResponse {
    app.call(Method::GET, "/api/v1/organizations?q=manpower", token, None)
        .await
}

async fn verify_many(app: &TestApp, token: Option<&str>) -> TestResponse {
    let body = json!({"items": [{"authority": "NP", "number": "123/456"}]});
    app.post("/api/v1/licences/verify", token, body).await
}

/// How many of `tries` calls were answered before the first 429, checking that
/// every answer after it is a 429 problem with a Retry-After of at most a minute.
async fn admitted<F, Fut>(tries: usize, mut call: F) -> usize
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = TestResponse>,
{
    let mut admitted = 0;
    for i in 0..tries {
        let response = call().await;
        if response.status == StatusCode::TOO_MANY_REQUESTS {
            let problem: Value = response.problem(StatusCode::TOO_MANY_REQUESTS);
            assert_eq!(
                problem["type"], "urn:fairrecruit:problem:rate-limited",
                "{problem}"
            );
            let retry_after: u64 = response.headers["retry-after"]
                .to_str()
                .unwrap()
                .parse()
                .unwrap();
            assert!((1..=60).contains(&retry_after), "Retry-After {retry_after}");
        } else {
            assert_eq!(admitted, i, "a call was admitted after a refusal");
            assert_eq!(response.status, StatusCode::OK, "{}", response.text);
            admitted += 1;
        }
    }
    admitted
}

async fn anonymous_callers_tokens_and_consulates_have_their_own_quotas(app: TestApp) {
    let app = app.with_quotas(quotas());
    let inspector = app.token(Role::Inspector, &["NP"]);
    let consulate = app.token(Role::Consulate, &["NP"]);
    app.index_now();

    assert_eq!(admitted(5, || search(&app, None)).await, 3);
    // The anonymous window is spent, but a token is counted on its own, and a
    // consulate has the larger quota.
    assert_eq!(admitted(8, || search(&app, Some(&inspector))).await, 4);
    assert_eq!(admitted(8, || search(&app, Some(&consulate))).await, 6);

    // Bulk verification is a group of its own: searching did not use it up.
    assert_eq!(admitted(5, || verify_many(&app, None)).await, 3);
    assert_eq!(admitted(8, || verify_many(&app, Some(&consulate))).await, 6);
}

async fn complaint_filing_is_limited_per_address(app: TestApp) {
    let app = app.with_quotas(quotas());
    let admin = app.admin();
    let org = app
        .create_org(
            &admin,
            json!({"kind": "agency", "name": "Quota Agency", "country": "NP"}),
        )
        .await;
    let complaint = json!({
        "respondents": [{"organization_id": org["id"]}],
        "categories": ["recruitment_fee"],
        "incident_countries": ["QA"],
        "narrative": "They asked me for money for the visa.",
    });
    let mut statuses = Vec::new();
    for _ in 0..4 {
        statuses.push(
            app.post("/api/v1/complaints", None, complaint.clone())
                .await
                .status,
        );
    }
    assert_eq!(
        statuses,
        [
            StatusCode::CREATED,
            StatusCode::CREATED,
            StatusCode::CREATED,
            StatusCode::TOO_MANY_REQUESTS
        ]
    );
    // The refused complaint was not filed.
    let listed = app
        .call(Method::GET, "/api/v1/complaints", Some(&admin), None)
        .await;
    assert_eq!(
        listed.json()["items"].as_array().map(Vec::len),
        Some(3),
        "{}",
        listed.text
    );
}

async fn the_search_page_answers_429_in_the_workers_language(app: TestApp) {
    let app = app.with_quotas(quotas());
    let page = |q: &str| {
        Request::builder()
            .method(Method::GET)
            .uri(format!("/?q={q}&lang=ne"))
            .header("accept", "text/html")
            .body(Body::empty())
            .unwrap()
    };
    for _ in 0..3 {
        assert_eq!(app.send(page("agency")).await.status, StatusCode::OK);
    }
    let limited = app.send(page("agency")).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        limited.content_type().starts_with("text/html"),
        "{}",
        limited.content_type()
    );
    assert!(limited.headers.contains_key("retry-after"));
    assert!(limited.text.contains("lang=\"ne\""), "{}", limited.text);
    // The landing page without a query is not a search and is never limited.
    let landing = Request::get("/?lang=ne")
        .header("accept", "text/html")
        .body(Body::empty())
        .unwrap();
    assert_eq!(app.send(landing).await.status, StatusCode::OK);
}

crate::backend_tests!(
    anonymous_callers_tokens_and_consulates_have_their_own_quotas,
    complaint_filing_is_limited_per_address,
    the_search_page_answers_429_in_the_workers_language,
);
