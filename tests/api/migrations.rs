use diesel::prelude::*;
use fairrecruit::db;

use crate::common::TestApp;

async fn migrations_run_up_down_and_up_again(app: TestApp) {
    let mut conn = app.db.get().unwrap();
    assert!(db::migrations_current(&mut conn).unwrap());
    db::revert_all(&mut conn).unwrap();
    assert!(!db::migrations_current(&mut conn).unwrap());
    let gone = diesel::sql_query("SELECT seq FROM events").execute(&mut conn);
    assert!(gone.is_err(), "down removes the tables");
    db::migrate(&mut conn).unwrap();
    assert!(db::migrations_current(&mut conn).unwrap());
    drop(conn);
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status, axum::http::StatusCode::OK);
    assert_eq!(app.get("/api/v1/audit/verify").await.json()["ok"], true);
}

async fn readiness_fails_when_migrations_are_missing(app: TestApp) {
    let mut conn = app.db.get().unwrap();
    db::revert_all(&mut conn).unwrap();
    drop(conn);
    let response = app.get("/readyz").await;
    response.problem(axum::http::StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(app.get("/healthz").await.status, axum::http::StatusCode::OK);
}

crate::backend_tests!(
    migrations_run_up_down_and_up_again,
    readiness_fails_when_migrations_are_missing
);
