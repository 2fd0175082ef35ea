use axum::http::StatusCode;
use serde_json::json;

use crate::common::TestApp;

fn nepali_agency() -> serde_json::Value {
    json!({
        "kind": "agency",
        "name": "हिमशिखर जनशक्ति प्रा. लि.",
        "country": "np",
        "aliases": [{"name": "Himshikhar Manpower Pvt. Ltd.", "kind": "transliteration"}],
        "people": [{"name": "Ramesh Kafle", "role": "owner"}],
        "registration_number": "12345/067",
        "addresses": ["Ward 3, Kathmandu"],
        "website": "https://himshikhar.example"
    })
}

async fn creates_and_reads_an_organization(app: TestApp) {
    let admin = app.admin();
    let created = app.create_org(&admin, nepali_agency()).await;
    assert_eq!(created["name"], "हिमशिखर जनशक्ति प्रा. लि.");
    assert_eq!(created["country"], "NP");
    assert_eq!(created["kind"], "agency");
    assert_eq!(created["aliases"][0]["kind"], "transliteration");
    assert_eq!(created["people"][0]["name"], "Ramesh Kafle");
    assert_eq!(created["people"][0]["role"], "owner");
    assert_eq!(created["licence_status"], serde_json::Value::Null);
    let id = created["id"].as_str().unwrap();
    assert!(uuid::Uuid::parse_str(id).is_ok_and(|u| u.get_version_num() == 7));

    let read = app.get(&format!("/api/v1/organizations/{id}")).await;
    assert_eq!(read.status, StatusCode::OK);
    assert_eq!(read.json()["addresses"], json!(["Ward 3, Kathmandu"]));
    assert_eq!(read.json()["website"], "https://himshikhar.example");
}

crate::backend_tests!(creates_and_reads_an_organization);
