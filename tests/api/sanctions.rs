use axum::http::StatusCode;
use fairrecruit::domain::role::Role;
use serde_json::json;

use crate::common::TestApp;

async fn an_ended_suspension_leaves_the_licence_alone(app: TestApp) {
    let inspector = app.token(Role::Inspector, &["NP"]);
    let org = app
        .create_org(
            &inspector,
            json!({"kind": "agency", "name": "Past Suspension Agency", "country": "NP"}),
        )
        .await;
    let id = org["id"].as_str().unwrap();
    app.add_licence(
        &inspector,
        id,
        json!({"authority": "NP", "authority_name": "DoFE", "number": "PS-1"}),
    )
    .await;
    let finding = app
        .post(
            "/api/v1/findings",
            Some(&inspector),
            json!({"organization_id": id,
                   "fee_violations": [{"category": "medical", "amount_per_worker_minor": 500000, "currency": "NPR", "workers_affected": 3}],
                   "sanctions": [{"kind": "suspension", "starts_on": "2024-01-01", "ends_on": "2024-06-30"}]}),
        )
        .await;
    assert_eq!(finding.status, StatusCode::CREATED, "{}", finding.text);
    let finding_id = finding.json()["id"].as_str().unwrap().to_string();
    let published = app
        .post(
            &format!("/api/v1/findings/{finding_id}/publish"),
            Some(&inspector),
            json!({}),
        )
        .await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    let verify = app
        .get("/api/v1/licences/verify?authority=NP&number=PS-1")
        .await
        .json();
    assert_eq!(
        verify["status"], "active",
        "a suspension that ended in 2024 does not suspend today"
    );
    let profile = app.get(&format!("/api/v1/organizations/{id}")).await.json();
    assert_eq!(profile["accountability"]["sanctions_in_force"], json!([]));
    assert_eq!(
        profile["accountability"]["findings"][0]["sanctions"][0]["kind"],
        "suspension"
    );
}

crate::backend_tests!(an_ended_suspension_leaves_the_licence_alone);
