use axum::http::StatusCode;
use fairrecruit::domain::role::Role;
use serde_json::json;

use crate::common::TestApp;

async fn seed(app: &TestApp, admin: &str) {
    for i in 0..3 {
        let org = app
            .create_org(admin, json!({"kind": "agency", "name": format!("Export Agency {i}, Ltd."), "country": "NP",
                                       "aliases": [{"name": format!("EA {i}"), "kind": "trade"}]}))
            .await;
        app.add_licence(
            admin,
            org["id"].as_str().unwrap(),
            json!({"authority": "NP", "authority_name": "DoFE", "number": format!("EX-{i}")}),
        )
        .await;
    }
    let complaint = app
        .post(
            "/api/v1/complaints",
            None,
            json!({"respondents": [{"name": "Someone", "country": "NP"}], "categories": ["wage_theft"],
                   "narrative": "EXPORT-SECRET-NARRATIVE", "incident_countries": ["NP"],
                   "complainant": {"name": "EXPORT-SECRET-NAME", "contact": "EXPORT-SECRET-CONTACT"}}),
        )
        .await;
    assert_eq!(complaint.status, StatusCode::CREATED);
}

async fn ndjson_export_states_its_seq_and_holds_every_organization(app: TestApp) {
    let admin = app.admin();
    seed(&app, &admin).await;
    let consulate = app.token(Role::Consulate, &["NP"]);
    let head = app.get("/api/v1/audit/head").await.json()["seq"]
        .as_i64()
        .unwrap();

    let response = app
        .call(
            axum::http::Method::GET,
            "/api/v1/export?format=ndjson",
            Some(&consulate),
            None,
        )
        .await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.content_type(), "application/x-ndjson");
    let header_seq: i64 = response.headers["x-fairrecruit-seq"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(header_seq, head);
    let lines: Vec<serde_json::Value> = response
        .text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["type"], "header");
    assert_eq!(lines[0]["seq"], head);
    assert_eq!(lines.len(), 4);
    for org in &lines[1..] {
        assert_eq!(org["type"], "organization");
        assert_eq!(org["licences"][0]["status"], "active");
        assert!(org["accountability"]["summary"].is_array());
    }
    assert!(
        !response.text.contains("EXPORT-SECRET"),
        "no confidential data in exports"
    );

    // Export, then follow the feed from its seq: nothing is missed.
    let later = app
        .create_org(
            &admin,
            json!({"kind": "employer", "name": "After Export", "country": "QA"}),
        )
        .await;
    let feed = app
        .call(
            axum::http::Method::GET,
            &format!("/api/v1/changes?after={header_seq}"),
            Some(&consulate),
            None,
        )
        .await
        .json();
    let created: Vec<&serde_json::Value> = feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["action"] == "organization.created")
        .collect();
    assert_eq!(created.len(), 1);
    assert_eq!(created[0]["entity_id"], later["id"]);
}

async fn csv_export_quotes_names_and_lists_licences(app: TestApp) {
    let admin = app.admin();
    seed(&app, &admin).await;
    let response = app
        .call(
            axum::http::Method::GET,
            "/api/v1/export?format=csv",
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.content_type(), "text/csv; charset=utf-8");
    let mut reader = csv::Reader::from_reader(response.text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "id");
    assert_eq!(&headers[2], "name");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(
        &rows[0][2], "Export Agency 0, Ltd.",
        "a comma in a name survives the round trip"
    );
    assert_eq!(&rows[0][6], "active");
    assert_eq!(&rows[0][7], "NP:EX-0:active");
    assert!(!response.text.contains("EXPORT-SECRET"));
}

async fn only_consulates_and_admins_export(app: TestApp) {
    app.get("/api/v1/export?format=ndjson")
        .await
        .problem(StatusCode::UNAUTHORIZED);
    let inspector = app.token(Role::Inspector, &["NP"]);
    app.call(
        axum::http::Method::GET,
        "/api/v1/export?format=ndjson",
        Some(&inspector),
        None,
    )
    .await
    .problem(StatusCode::FORBIDDEN);
    let admin = app.admin();
    app.call(
        axum::http::Method::GET,
        "/api/v1/export?format=xml",
        Some(&admin),
        None,
    )
    .await
    .problem(StatusCode::BAD_REQUEST);
}

async fn the_cli_exports_the_same_registry_to_a_file(app: TestApp) {
    let admin = app.admin();
    seed(&app, &admin).await;
    let file = app.data_dir().join("export.ndjson");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_fairrecruit"))
        .arg("--data-dir")
        .arg(app.data_dir())
        .arg("--database-url")
        .arg(&app.url)
        .args(["export", "--format", "ndjson", "--output"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&file).unwrap();
    let head = app.get("/api/v1/audit/head").await.json()["seq"]
        .as_i64()
        .unwrap();
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["seq"], head);
    assert_eq!(text.lines().count(), 4);
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("as of seq {head}")));
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_fairrecruit"))
        .arg("--data-dir")
        .arg(app.data_dir())
        .arg("--database-url")
        .arg(&app.url)
        .args(["export", "--format", "xml"])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert_eq!(String::from_utf8_lossy(&bad.stderr).lines().count(), 1);
}

crate::backend_tests!(
    the_cli_exports_the_same_registry_to_a_file,
    ndjson_export_states_its_seq_and_holds_every_organization,
    csv_export_quotes_names_and_lists_licences,
    only_consulates_and_admins_export,
);
