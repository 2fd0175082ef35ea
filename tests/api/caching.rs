use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::json;

use crate::common::TestApp;

async fn get_with(app: &TestApp, path: &str, etag: &str) -> crate::common::TestResponse {
    app.send(
        Request::get(path)
            .header("if-none-match", etag)
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

async fn profiles_and_verification_answer_304_when_unchanged(app: TestApp) {
    let admin = app.admin();
    let org = app
        .create_org(
            &admin,
            json!({"kind": "agency", "name": "Cache Agency", "country": "NP"}),
        )
        .await;
    let id = org["id"].as_str().unwrap();
    let path = format!("/api/v1/organizations/{id}");

    let first = app.get(&path).await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.headers["cache-control"], "public, max-age=60");
    let etag = first.headers["etag"].to_str().unwrap().to_string();
    assert!(etag.starts_with('"') && etag.ends_with('"'));

    let again = get_with(&app, &path, &etag).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.text.is_empty());
    assert_eq!(again.headers["etag"].to_str().unwrap(), etag);
    let weak = get_with(&app, &path, &format!("W/{etag}, \"other\"")).await;
    assert_eq!(weak.status, StatusCode::NOT_MODIFIED);

    app.patch(
        &path,
        Some(&admin),
        json!({"website": "https://cache.example", "reason": "new site"}),
    )
    .await;
    let changed = get_with(&app, &path, &etag).await;
    assert_eq!(
        changed.status,
        StatusCode::OK,
        "an amendment changes the ETag"
    );
    assert_eq!(changed.json()["website"], "https://cache.example");

    app.add_licence(
        &admin,
        id,
        json!({"authority": "NP", "authority_name": "DoFE", "number": "C-1"}),
    )
    .await;
    let verify = app
        .get("/api/v1/licences/verify?authority=NP&number=c1")
        .await;
    assert_eq!(verify.status, StatusCode::OK);
    let tag = verify.headers["etag"].to_str().unwrap().to_string();
    assert_eq!(
        get_with(&app, "/api/v1/licences/verify?authority=NP&number=c1", &tag)
            .await
            .status,
        StatusCode::NOT_MODIFIED
    );
}

async fn lists_are_cacheable_and_receipts_are_not(app: TestApp) {
    let list = app.get("/api/v1/organizations").await;
    assert_eq!(list.headers["cache-control"], "public, max-age=60");
    let filed = app
        .post(
            "/api/v1/complaints",
            None,
            json!({"respondents": [{"name": "X", "country": "NP"}], "categories": ["other"], "incident_countries": ["NP"]}),
        )
        .await
        .json();
    let status = app
        .get(&format!(
            "/api/v1/complaints/status/{}",
            filed["receipt"].as_str().unwrap()
        ))
        .await;
    assert_eq!(status.status, StatusCode::OK);
    assert_eq!(status.headers["cache-control"], "no-store");
}

crate::backend_tests!(
    profiles_and_verification_answer_304_when_unchanged,
    lists_are_cacheable_and_receipts_are_not
);
