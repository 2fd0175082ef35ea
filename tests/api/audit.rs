use axum::http::StatusCode;
use diesel::prelude::*;
use serde_json::json;

use crate::common::TestApp;

/// Makes a few writes so the log has events to tamper with; returns the head seq.
async fn some_history(app: &TestApp) -> i64 {
    let admin = app.admin();
    for i in 0..3 {
        let org = app
            .create_org(
                &admin,
                json!({"kind": "agency", "name": format!("Audit {i}"), "country": "BD"}),
            )
            .await;
        app.add_licence(
            &admin,
            org["id"].as_str().unwrap(),
            json!({"authority": "BD", "authority_name": "BMET", "number": format!("RL-{i}")}),
        )
        .await;
    }
    app.get("/api/v1/audit/head").await.json()["seq"]
        .as_i64()
        .unwrap()
}

fn exec(app: &TestApp, sql: &str) {
    let mut conn = app.db.get().unwrap();
    diesel::sql_query(sql).execute(&mut conn).unwrap();
}

async fn verify(app: &TestApp) -> serde_json::Value {
    let response = app.get("/api/v1/audit/verify").await;
    assert_eq!(response.status, StatusCode::OK);
    response.json()
}

async fn every_write_appends_a_chained_event(app: TestApp) {
    let head = some_history(&app).await;
    // One token, three organizations, three licences.
    assert_eq!(head, 7);
    let result = verify(&app).await;
    assert_eq!(result["ok"], true);
    assert_eq!(result["events_checked"], 7);
    let head = app.get("/api/v1/audit/head").await.json();
    assert_eq!(result["head_hash"], head["hash"]);
    assert_eq!(head["hash"].as_str().unwrap().len(), 64);

    let mut conn = app.db.get().unwrap();
    use fairrecruit::db::schema::events;
    let rows: Vec<(i64, String, String)> = events::table
        .order(events::seq.asc())
        .select((events::seq, events::prev_hash, events::hash))
        .load(&mut conn)
        .unwrap();
    assert_eq!(
        rows.iter().map(|r| r.0).collect::<Vec<_>>(),
        (1..=7).collect::<Vec<_>>()
    );
    for pair in rows.windows(2) {
        assert_eq!(
            pair[1].1, pair[0].2,
            "each event names its predecessor's hash"
        );
    }
}

async fn verify_names_the_first_altered_seq(app: TestApp) {
    some_history(&app).await;
    exec(
        &app,
        "UPDATE events SET data = '{\"name\":\"forged\"}' WHERE seq = 3",
    );
    exec(&app, "DELETE FROM events WHERE seq = 5");
    let result = verify(&app).await;
    assert_eq!(result["ok"], false);
    assert_eq!(result["first_bad_seq"], 3);
    assert_eq!(result["problem"], "altered");
    assert_eq!(result["events_checked"], 2);
}

async fn verify_names_a_removed_event(app: TestApp) {
    some_history(&app).await;
    exec(&app, "DELETE FROM events WHERE seq = 4");
    let result = verify(&app).await;
    assert_eq!(result["ok"], false);
    assert_eq!(result["first_bad_seq"], 4);
    assert_eq!(result["problem"], "missing");
}

async fn verify_detects_reordered_events(app: TestApp) {
    some_history(&app).await;
    // Swap two events' contents, keeping their stored hashes: the order is forged.
    exec(&app, "UPDATE events SET seq = 1000 WHERE seq = 4");
    exec(&app, "UPDATE events SET seq = 4 WHERE seq = 5");
    exec(&app, "UPDATE events SET seq = 5 WHERE seq = 1000");
    let result = verify(&app).await;
    assert_eq!(result["ok"], false);
    assert_eq!(result["first_bad_seq"], 4);
}

async fn an_empty_log_verifies(app: TestApp) {
    let result = verify(&app).await;
    assert_eq!(result["ok"], true);
    assert_eq!(result["head_seq"], 0);
    assert_eq!(app.get("/api/v1/audit/head").await.json()["seq"], 0);
}

crate::backend_tests!(
    every_write_appends_a_chained_event,
    verify_names_the_first_altered_seq,
    verify_names_a_removed_event,
    verify_detects_reordered_events,
    an_empty_log_verifies,
);
