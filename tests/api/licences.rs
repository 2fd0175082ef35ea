use axum::http::StatusCode;
use diesel::prelude::*;
use fairrecruit::domain::role::Role;
use serde_json::json;

use crate::common::TestApp;

async fn agency(app: &TestApp, token: &str) -> String {
    let org = app
        .create_org(
            token,
            json!({"kind": "agency", "name": "Sagarmatha Demo Manpower", "country": "NP"}),
        )
        .await;
    org["id"].as_str().unwrap().to_string()
}

fn licence(number: &str) -> serde_json::Value {
    json!({"authority": "NP", "authority_name": "Department of Foreign Employment", "number": number,
           "licence_type": "foreign employment", "valid_from": "2025-01-01", "valid_until": "2099-01-01"})
}

async fn adds_a_licence_and_verifies_it_in_any_punctuation(app: TestApp) {
    let inspector = app.token(Role::Inspector, &["NP"]);
    let org = agency(&app, &inspector).await;
    let added = app
        .add_licence(&inspector, &org, licence("POEA-123-LB-031522-R"))
        .await;
    assert_eq!(added["status"], "active");
    assert_eq!(added["history"][0]["status"], "active");
    assert_eq!(added["history"][0]["from_status"], serde_json::Value::Null);

    let verified = app
        .get("/api/v1/licences/verify?authority=np&number=poea%20123lb%2F031522r")
        .await;
    assert_eq!(verified.status, StatusCode::OK);
    let body = verified.json();
    assert_eq!(body["found"], true);
    assert_eq!(body["status"], "active");
    assert_eq!(body["valid_until"], "2099-01-01");
    assert_eq!(body["organization_id"], org.as_str());
    assert_eq!(body["organization_name"], "Sagarmatha Demo Manpower");
    assert_eq!(body["number"], "POEA-123-LB-031522-R");
    assert!(body["as_of"].is_string());

    let missing = app
        .get("/api/v1/licences/verify?authority=NP&number=999")
        .await
        .json();
    assert_eq!(missing["found"], false);
    assert_eq!(missing["status"], serde_json::Value::Null);
    // The same number under another authority is another licence.
    let other = app
        .get("/api/v1/licences/verify?authority=BD&number=POEA-123-LB-031522-R")
        .await
        .json();
    assert_eq!(other["found"], false);
}

async fn duplicate_numbers_after_normalisation_conflict(app: TestApp) {
    let admin = app.admin();
    let org = agency(&app, &admin).await;
    app.add_licence(&admin, &org, licence("1234/067-68")).await;
    let again = app
        .post(
            &format!("/api/v1/organizations/{org}/licences"),
            Some(&admin),
            licence(" 1234 067 68 "),
        )
        .await;
    let problem = again.problem(StatusCode::CONFLICT);
    assert!(problem["detail"]
        .as_str()
        .unwrap()
        .contains("already has a licence"));
    // Another authority may use the same number.
    let mut bd = licence("1234/067-68");
    bd["authority"] = json!("BD");
    app.add_licence(&admin, &org, bd).await;
}

async fn status_changes_keep_a_dated_history(app: TestApp) {
    let inspector = app.token(Role::Inspector, &["NP"]);
    let org = agency(&app, &inspector).await;
    let added = app.add_licence(&inspector, &org, licence("55/066")).await;
    let id = added["id"].as_str().unwrap();
    let path = format!("/api/v1/licences/{id}/status");

    let suspended = app
        .post(&path, Some(&inspector), json!({"status": "suspended", "reason": "Fee complaints", "effective_date": "2026-02-01"}))
        .await;
    assert_eq!(suspended.status, StatusCode::OK, "{}", suspended.text);
    let revoked = app
        .post(
            &path,
            Some(&inspector),
            json!({"status": "revoked", "reason": "Fees confirmed"}),
        )
        .await
        .json();
    assert_eq!(revoked["status"], "revoked");
    let history = revoked["history"].as_array().unwrap();
    assert_eq!(history.len(), 3);
    assert_eq!(history[1]["from_status"], "active");
    assert_eq!(history[1]["status"], "suspended");
    assert_eq!(history[1]["reason"], "Fee complaints");
    assert_eq!(history[1]["effective_date"], "2026-02-01");
    assert_eq!(history[2]["from_status"], "suspended");
    assert_eq!(history[2]["status"], "revoked");

    let bad = app
        .post(
            &path,
            Some(&inspector),
            json!({"status": "suspended", "reason": "again"}),
        )
        .await;
    let problem = bad.problem(StatusCode::CONFLICT);
    assert_eq!(problem["allowed"], json!(["active"]));

    let verify = app
        .get("/api/v1/licences/verify?authority=NP&number=55-066")
        .await
        .json();
    assert_eq!(verify["status"], "revoked");
    let profile = app
        .get(&format!("/api/v1/organizations/{org}"))
        .await
        .json();
    assert_eq!(profile["licence_status"], "revoked");
    assert_eq!(
        profile["licences"][0]["history"].as_array().unwrap().len(),
        3
    );
}

async fn a_licence_past_its_validity_reads_as_expired(app: TestApp) {
    let admin = app.admin();
    let org = agency(&app, &admin).await;
    let mut old = licence("OLD-1");
    old["valid_from"] = json!("2019-01-01");
    old["valid_until"] = json!("2021-01-01");
    let added = app.add_licence(&admin, &org, old).await;
    assert_eq!(added["status"], "expired");
    assert_eq!(added["recorded_status"], "active");
    let verify = app
        .get("/api/v1/licences/verify?authority=NP&number=old1")
        .await
        .json();
    assert_eq!(verify["status"], "expired");
    let listed = app
        .get("/api/v1/organizations?licence_status=expired")
        .await
        .json();
    assert_eq!(listed["items"][0]["id"], org.as_str());
    let active = app
        .get("/api/v1/organizations?licence_status=active")
        .await
        .json();
    assert_eq!(active["items"], json!([]));

    // Renewal: reactivate with a new end of validity.
    let renewed = app
        .post(
            &format!("/api/v1/licences/{}/status", added["id"].as_str().unwrap()),
            Some(&admin),
            json!({"status": "active", "reason": "Renewed", "valid_until": "2099-12-31"}),
        )
        .await
        .json();
    assert_eq!(renewed["status"], "active");
    assert_eq!(renewed["history"][1]["from_status"], "expired");

    // Nothing was written to make it read as expired: only the events of the writes above.
    let mut conn = app.db.get().unwrap();
    use fairrecruit::db::schema::events;
    let actions: Vec<String> = events::table
        .filter(events::entity_type.ne("token"))
        .order(events::seq.asc())
        .select(events::action)
        .load(&mut conn)
        .unwrap();
    assert_eq!(
        actions,
        [
            "organization.created",
            "licence.added",
            "licence.status_changed"
        ]
    );
}

crate::backend_tests!(
    adds_a_licence_and_verifies_it_in_any_punctuation,
    duplicate_numbers_after_normalisation_conflict,
    status_changes_keep_a_dated_history,
    a_licence_past_its_validity_reads_as_expired,
);
