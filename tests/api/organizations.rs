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

async fn one_person_links_several_organizations(app: TestApp) {
    let admin = app.admin();
    let first = app.create_org(&admin, nepali_agency()).await;
    let person_id = first["people"][0]["person_id"]
        .as_str()
        .unwrap()
        .to_string();
    let second = app
        .create_org(
            &admin,
            json!({"kind": "sub_agent", "name": "Kafle Travels", "country": "NP",
                   "people": [{"person_id": person_id, "role": "director"}]}),
        )
        .await;
    assert_eq!(second["people"][0]["name"], "Ramesh Kafle");
    assert_eq!(
        second["people"][0]["other_organizations"][0]["id"],
        first["id"]
    );

    let first_again = app
        .get(&format!(
            "/api/v1/organizations/{}",
            first["id"].as_str().unwrap()
        ))
        .await
        .json();
    assert_eq!(
        first_again["people"][0]["other_organizations"][0]["name"],
        "Kafle Travels"
    );

    let unknown = app
        .post(
            "/api/v1/organizations",
            Some(&admin),
            json!({"kind": "agency", "name": "X", "country": "NP",
                   "people": [{"person_id": uuid::Uuid::now_v7(), "role": "owner"}]}),
        )
        .await;
    let problem = unknown.problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem["errors"][0]["field"], "people[0].person_id");
}

async fn lists_with_filters_and_cursor_pagination(app: TestApp) {
    let admin = app.admin();
    let mut ids = Vec::new();
    for i in 0..5 {
        let org = app
            .create_org(&admin, json!({"kind": if i % 2 == 0 { "agency" } else { "employer" },
                                        "name": format!("Org {i}"), "country": if i < 3 { "NP" } else { "QA" }}))
            .await;
        ids.push(org["id"].as_str().unwrap().to_string());
    }
    app.add_licence(
        &admin,
        &ids[0],
        json!({"authority": "NP", "authority_name": "DoFE", "number": "1/2"}),
    )
    .await;

    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/api/v1/organizations?limit=2&cursor={c}"),
            None => "/api/v1/organizations?limit=2".into(),
        };
        let page = app.get(&path).await.json();
        assert!(page["items"].as_array().unwrap().len() <= 2);
        seen.extend(
            page["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o["id"].as_str().unwrap().to_string()),
        );
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_string()),
            None => break,
        }
    }
    assert_eq!(seen, ids, "every organization once, in creation order");

    let names = |v: serde_json::Value| -> Vec<String> {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        names(app.get("/api/v1/organizations?country=qa").await.json()),
        ["Org 3", "Org 4"]
    );
    assert_eq!(
        names(app.get("/api/v1/organizations?kind=employer").await.json()),
        ["Org 1", "Org 3"]
    );
    let active = app
        .get("/api/v1/organizations?licence_status=active")
        .await
        .json();
    assert_eq!(names(active.clone()), ["Org 0"]);
    assert_eq!(active["items"][0]["licence_status"], "active");
    assert_eq!(
        names(
            app.get("/api/v1/organizations?licence_status=revoked")
                .await
                .json()
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        names(
            app.get("/api/v1/organizations?kind=agency&country=NP")
                .await
                .json()
        ),
        ["Org 0", "Org 2"]
    );
}

async fn amends_with_a_reason_and_keeps_the_former_name(app: TestApp) {
    let admin = app.admin();
    let org = app.create_org(&admin, nepali_agency()).await;
    let id = org["id"].as_str().unwrap();
    let amended = app
        .patch(
            &format!("/api/v1/organizations/{id}"),
            Some(&admin),
            json!({"name": "Himal Shikhar Overseas", "website": null, "reason": "Renamed by the registrar"}),
        )
        .await;
    assert_eq!(amended.status, StatusCode::OK, "{}", amended.text);
    let body = amended.json();
    assert_eq!(body["name"], "Himal Shikhar Overseas");
    assert_eq!(body["website"], serde_json::Value::Null);
    let former: Vec<&serde_json::Value> = body["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "former")
        .collect();
    assert_eq!(former.len(), 1);
    assert_eq!(former[0]["name"], "हिमशिखर जनशक्ति प्रा. लि.");

    // The amendment and its reason are in the audit trail.
    let mut conn = app.db.get().unwrap();
    use diesel::prelude::*;
    use fairrecruit::db::schema::events;
    let (action, data): (String, String) = events::table
        .order(events::seq.desc())
        .select((events::action, events::data))
        .first(&mut conn)
        .unwrap();
    assert_eq!(action, "organization.amended");
    let data: serde_json::Value = serde_json::from_str(&data).unwrap();
    assert_eq!(data["reason"], "Renamed by the registrar");
    assert_eq!(data["changed"]["name"]["from"], "हिमशिखर जनशक्ति प्रा. लि.");
}

crate::backend_tests!(
    creates_and_reads_an_organization,
    one_person_links_several_organizations,
    lists_with_filters_and_cursor_pagination,
    amends_with_a_reason_and_keeps_the_former_name,
);
