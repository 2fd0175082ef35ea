#![allow(clippy::unwrap_used)]
//! Phoenix agencies: organizations linked through one person record, a person of
//! the same name, an address, a telephone or an e-mail, one or two hops away; the
//! profile pages of both sides; and the search filter for organizations linked to
//! sanctioned ones. All names are invented.

// Not reformatted from here: the harness belongs to the API tests.
#[rustfmt::skip]
mod common;
use common::TestApp;

use axum::http::StatusCode;
use serde_json::{json, Value};

struct Story {
    /// Licence revoked.
    old: String,
    /// Same person record as `old`'s owner, as its director.
    new: String,
    /// Same address as `old`, written in another case.
    neighbour: String,
    /// A person with the same name as `old`'s owner, but another record.
    namesake: String,
    /// Shares an address with `new` only: two hops from `old`.
    second: String,
    /// Nothing in common.
    stranger: String,
}

fn id(v: &Value) -> String {
    v["id"].as_str().unwrap().to_string()
}

async fn story(app: &TestApp) -> Story {
    let admin = app.admin();
    let old = app
        .create_org(
            &admin,
            json!({"kind": "agency", "name": "Himal Old Demo Overseas", "country": "NP",
            "people": [{"name": "Ramesh Demo-Kafle", "role": "owner"}],
            "addresses": ["Ward 3, Demo Road, Kathmandu"]}),
        )
        .await;
    let person = old["people"][0]["person_id"].as_str().unwrap().to_string();
    let licence = app
        .add_licence(&admin, &id(&old), json!({"authority": "NP", "authority_name": "Department of Foreign Employment",
            "number": "NET-DEMO-1", "valid_from": "2020-01-01", "valid_until": "2099-01-01", "status": "active"}))
        .await;
    let revoked = app
        .post(&format!("/api/v1/licences/{}/status", id(&licence)), Some(&admin),
            json!({"status": "revoked", "reason": "Charged workers illegal fees", "effective_date": "2025-03-01"}))
        .await;
    assert_eq!(revoked.status, StatusCode::OK, "{}", revoked.text);
    let new = app
        .create_org(
            &admin,
            json!({"kind": "agency", "name": "Himal New Demo Overseas", "country": "NP",
            "people": [{"person_id": person, "role": "director"}],
            "addresses": ["Block 7, Demo Lane, Pokhara"]}),
        )
        .await;
    let neighbour = app
        .create_org(
            &admin,
            json!({"kind": "agency", "name": "Sagarmatha Demo Manpower", "country": "NP",
            "addresses": ["WARD 3, DEMO ROAD, KATHMANDU"]}),
        )
        .await;
    let namesake = app
        .create_org(
            &admin,
            json!({"kind": "agency", "name": "Everest Demo Jobs", "country": "NP",
            "people": [{"name": "ramesh demo-kafle", "role": "manager"}]}),
        )
        .await;
    let second = app
        .create_org(
            &admin,
            json!({"kind": "sub_agent", "name": "Annapurna Demo Staffing", "country": "NP",
            "addresses": ["Block 7, Demo Lane, Pokhara"]}),
        )
        .await;
    let stranger = app
        .create_org(&admin, json!({"kind": "agency", "name": "Lumbini Demo Placement", "country": "NP",
            "people": [{"name": "Sita Demo-Thapa", "role": "owner"}], "addresses": ["Ward 9, Other Street, Butwal"]}))
        .await;
    app.index_now();
    Story {
        old: id(&old),
        new: id(&new),
        neighbour: id(&neighbour),
        namesake: id(&namesake),
        second: id(&second),
        stranger: id(&stranger),
    }
}

fn link<'a>(network: &'a Value, org: &str) -> Option<&'a Value> {
    network["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["organization"]["id"] == org)
}

async fn the_network_names_what_is_shared_one_and_two_hops_away(app: TestApp) {
    let s = story(&app).await;
    let response = app
        .get(&format!("/api/v1/organizations/{}/network", s.old))
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    let network = response.json();
    assert_eq!(network["flagged"], true, "its own licence is revoked");

    let new = link(&network, &s.new).unwrap();
    assert_eq!(new["hops"], 1);
    assert_eq!(
        new["evidence"],
        json!([{"kind": "person", "confidence": "same", "value": "Ramesh Demo-Kafle", "roles": "owner here, director there"}])
    );

    let neighbour = link(&network, &s.neighbour).unwrap();
    assert_eq!(neighbour["evidence"][0]["kind"], "address");
    assert_eq!(neighbour["evidence"][0]["confidence"], "same");

    let namesake = link(&network, &s.namesake).unwrap();
    assert_eq!(namesake["evidence"][0]["kind"], "person");
    assert_eq!(
        namesake["evidence"][0]["confidence"], "possible",
        "a name alone is only possible"
    );

    let second = link(&network, &s.second).unwrap();
    assert_eq!(second["hops"], 2);
    assert_eq!(second["via"], s.new.as_str());
    assert_eq!(second["evidence"][0]["kind"], "address");

    assert!(link(&network, &s.stranger).is_none());
    assert_eq!(network["items"].as_array().unwrap().len(), 4);

    let direct = app
        .get(&format!("/api/v1/organizations/{}/network?hops=1", s.old))
        .await
        .json();
    assert!(link(&direct, &s.second).is_none(), "one hop only");

    // From the new agency, the old one is flagged, with its licence and the date.
    let from_new = app
        .get(&format!("/api/v1/organizations/{}/network?hops=1", s.new))
        .await
        .json();
    assert_eq!(from_new["flagged"], false);
    let old = link(&from_new, &s.old).unwrap();
    assert_eq!(old["flagged"], true);
    assert_eq!(old["licence_status"], "revoked");
    assert_eq!(old["status_since"], "2025-03-01");
    assert_eq!(
        from_new["items"][0]["organization"]["id"],
        s.old.as_str(),
        "flagged links first"
    );
}

async fn network_requests_are_checked(app: TestApp) {
    let s = story(&app).await;
    let bad = app
        .get(&format!("/api/v1/organizations/{}/network?hops=3", s.old))
        .await;
    bad.problem(StatusCode::UNPROCESSABLE_ENTITY);
    let missing = app
        .get("/api/v1/organizations/01a2262b-d1bb-767f-8eff-7a13b82437aa/network")
        .await;
    missing.problem(StatusCode::NOT_FOUND);
    let not_uuid = app.get("/api/v1/organizations/nope/network").await;
    not_uuid.problem(StatusCode::BAD_REQUEST);
}

async fn both_profiles_show_the_link(app: TestApp) {
    let s = story(&app).await;
    let visible = |html: String| html.replace(['\u{2068}', '\u{2069}'], "");
    let new_page = visible(
        app.get(&format!("/organizations/{}?lang=en", s.new))
            .await
            .text,
    );
    assert!(
        new_page.contains("Shared people and contacts with sanctioned agencies"),
        "{new_page}"
    );
    assert!(
        new_page.contains("Director Ramesh Demo-Kafle")
            || new_page.contains("director Ramesh Demo-Kafle"),
        "{new_page}"
    );
    assert!(new_page.contains("Himal Old Demo Overseas"), "{new_page}");
    assert!(new_page.contains("Revoked"), "{new_page}");

    let old_page = visible(
        app.get(&format!("/organizations/{}?lang=en", s.old))
            .await
            .text,
    );
    assert!(
        old_page.contains("Himal New Demo Overseas"),
        "the flagged side shows the link too: {old_page}"
    );
    assert!(
        old_page.contains("address WARD 3, DEMO ROAD, KATHMANDU")
            || old_page.contains("address Ward 3, Demo Road, Kathmandu"),
        "{old_page}"
    );
    assert!(old_page.contains("possibly another person"), "{old_page}");

    // Neither side flagged: no section.
    let stranger = visible(
        app.get(&format!("/organizations/{}?lang=en", s.second))
            .await
            .text,
    );
    assert!(
        !stranger.contains("Shared people and contacts"),
        "{stranger}"
    );
}

async fn search_filters_organizations_linked_to_sanctioned_ones(app: TestApp) {
    let s = story(&app).await;
    let found = app
        .get("/api/v1/organizations?linked_to_sanctioned=true")
        .await;
    assert_eq!(found.status, StatusCode::OK, "{}", found.text);
    let mut ids: Vec<String> = found.json()["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    let mut expected = vec![s.new.clone(), s.neighbour.clone()];
    expected.sort();
    assert_eq!(
        ids, expected,
        "same person record or shared contact; not the namesake, not the revoked one itself"
    );
    let combined = app
        .get("/api/v1/organizations?linked_to_sanctioned=true&q=sagarmatha")
        .await
        .json();
    assert_eq!(combined["items"].as_array().unwrap().len(), 1);
    assert_eq!(combined["items"][0]["id"], s.neighbour.as_str());
}

/// Register listings bring telephones and e-mails: a shared one links two agencies.
async fn a_shared_telephone_from_a_register_links_agencies(app: TestApp) {
    let file = ",English Company Name,Chinese Company Name,Valid Licence since,District,Address,Telephone No,FAX,Email,Placement Type\n\
                0,Brightmoor Demo Helpers, ,2020,Wan Chai District,\"Unit 9, 9 Demo Lane\",2300 0004, ,a@demo.invalid,Foreign Domestic Helpers\n\
                1,Clearwater Demo Helpers, ,2021,Sha Tin District,\"Unit 2, 2 Other Lane\",23000004 / 91234567, ,b@demo.invalid,Foreign Domestic Helpers\n";
    let mut conn = app.db.get().unwrap();
    let report = fairrecruit::registry::imports::import_register(
        &mut conn,
        &fairrecruit::domain::role::Actor::cli(),
        &fairrecruit::import::Mapping::shipped("hk-labour-department").unwrap(),
        "HK",
        &fairrecruit::registry::imports::Source {
            name: "demo-2024-01-31.csv",
            date: chrono::NaiveDate::from_ymd_opt(2024, 1, 31).unwrap(),
            bytes: file.as_bytes(),
        },
        false,
    )
    .unwrap();
    drop(conn);
    app.index_now();
    let first = report.decisions[0].organization_id.clone().unwrap();
    let second = report.decisions[1].organization_id.clone().unwrap();
    let network = app
        .get(&format!("/api/v1/organizations/{first}/network"))
        .await
        .json();
    let other = link(&network, &second).unwrap();
    assert_eq!(
        other["evidence"],
        json!([{"kind": "telephone", "confidence": "same", "value": "2300 0004"}])
    );
}

backend_tests!(
    the_network_names_what_is_shared_one_and_two_hops_away,
    network_requests_are_checked,
    both_profiles_show_the_link,
    search_filters_organizations_linked_to_sanctioned_ones,
    a_shared_telephone_from_a_register_links_agencies,
);
