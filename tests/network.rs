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

/// Gives the organization a licence, revoked on 2025-03-01.
async fn revoke_a_licence(app: &TestApp, org: &str, number: &str) {
    let admin = app.admin();
    let licence = app
        .add_licence(&admin, org, json!({"authority": "NP", "authority_name": "Department of Foreign Employment",
            "number": number, "valid_from": "2020-01-01", "valid_until": "2099-01-01", "status": "active"}))
        .await;
    let revoked = app
        .post(&format!("/api/v1/licences/{}/status", id(&licence)), Some(&admin),
            json!({"status": "revoked", "reason": "Charged workers illegal fees", "effective_date": "2025-03-01"}))
        .await;
    assert_eq!(revoked.status, StatusCode::OK, "{}", revoked.text);
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
    revoke_a_licence(app, &id(&old), "NET-DEMO-1").await;
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
        json!([{"kind": "person", "confidence": "same", "value": "Ramesh Demo-Kafle",
                "roles": "owner here, director there", "basis": "same_record"}])
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
    assert_eq!(namesake["evidence"][0]["basis"], "name_only");

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
        &app.sealer,
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

/// Records of one name: which are one person depends on their identifiers.
async fn identifiers_tell_people_of_one_name_apart(app: TestApp) {
    let admin = app.admin();
    let person = |extra: Value| {
        let mut p = json!({"name": "Kamala Demo-Rai", "role": "director"});
        p.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        p
    };
    let org = |name: &str, people: Value| json!({"kind": "agency", "name": name, "country": "NP", "people": [people]});
    let blacklisted = app
        .create_org(
            &admin,
            org(
                "Koshi Demo Blacklisted Overseas",
                person(json!({"date_of_birth": "1975-04-03", "id_number": "PA 1234567"})),
            ),
        )
        .await;
    revoke_a_licence(&app, &id(&blacklisted), "NET-DEMO-ID-1").await;
    let born_same_day = app
        .create_org(
            &admin,
            org(
                "Koshi Demo Born Same Day",
                json!({"name": "kamala demo-rai",
            "role": "owner", "date_of_birth": "1975-04-03"}),
            ),
        )
        .await;
    let same_number = app
        .create_org(
            &admin,
            org(
                "Koshi Demo Same Number",
                person(json!({"id_number": "pa-1234567"})),
            ),
        )
        .await;
    let name_only = app
        .create_org(&admin, org("Koshi Demo Name Only", person(json!({}))))
        .await;
    let born_other_day = app
        .create_org(
            &admin,
            org(
                "Koshi Demo Other Birthday",
                person(json!({"date_of_birth": "1980-01-01"})),
            ),
        )
        .await;
    let other_number = app
        .create_org(
            &admin,
            org(
                "Koshi Demo Other Number",
                person(json!({"date_of_birth": "1975-04-03", "id_number": "ZZ999999"})),
            ),
        )
        .await;
    app.index_now();

    let network = app
        .get(&format!(
            "/api/v1/organizations/{}/network?hops=1",
            id(&blacklisted)
        ))
        .await;
    assert_eq!(network.status, StatusCode::OK, "{}", network.text);
    let network = network.json();
    let basis = |org: &Value| {
        link(&network, &id(org)).map(|l| {
            let e = &l["evidence"][0];
            (
                e["confidence"].as_str().unwrap().to_string(),
                e["basis"].as_str().unwrap().to_string(),
            )
        })
    };
    let pair = |c: &str, b: &str| Some((c.to_string(), b.to_string()));
    assert_eq!(
        basis(&born_same_day),
        pair("same", "date_of_birth"),
        "{network}"
    );
    assert_eq!(basis(&same_number), pair("same", "id_number"), "{network}");
    assert_eq!(
        basis(&name_only),
        pair("possible", "name_only"),
        "{network}"
    );
    assert_eq!(
        basis(&born_other_day),
        None,
        "another birthday is another person: {network}"
    );
    assert_eq!(
        basis(&other_number),
        None,
        "another number is another person: {network}"
    );

    // The filter for links to sanctioned agencies follows the same rule.
    let linked = app
        .get("/api/v1/organizations?linked_to_sanctioned=true")
        .await
        .json();
    let mut ids: Vec<&str> = linked["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    ids.sort_unstable();
    let mut expected = vec![
        born_same_day["id"].as_str().unwrap(),
        same_number["id"].as_str().unwrap(),
    ];
    expected.sort_unstable();
    assert_eq!(ids, expected);

    // The identifiers themselves are nowhere to be read.
    let profile = app
        .get(&format!("/api/v1/organizations/{}", id(&blacklisted)))
        .await;
    let changes = app
        .call(
            axum::http::Method::GET,
            "/api/v1/changes?limit=1000",
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(changes.status, StatusCode::OK, "{}", changes.text);
    let export = app
        .call(
            axum::http::Method::GET,
            "/api/v1/export?format=ndjson",
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(export.status, StatusCode::OK, "{}", export.text);
    assert!(
        export.text.contains("Kamala Demo-Rai"),
        "people are exported: {}",
        export.text
    );
    let page = app
        .get(&format!("/organizations/{}?lang=en", id(&blacklisted)))
        .await;
    let search = app.get("/api/v1/organizations?q=Kamala").await;
    for (what, text) in [
        ("profile", &profile.text),
        ("change feed", &changes.text),
        ("web page", &page.text),
        ("search", &search.text),
        ("export", &export.text),
        ("network", &network.to_string()),
    ] {
        for secret in ["1975-04-03", "1234567", "ZZ999999", "1980-01-01"] {
            assert!(!text.contains(secret), "{secret} is in the {what}: {text}");
        }
    }
    assert!(
        changes
            .text
            .contains(r#""identified_by":["date_of_birth","id_number"]"#),
        "the event says which identifiers were given: {}",
        changes.text
    );
}

/// Identifiers are checked, and belong to new people only; messages do not repeat them.
async fn identifiers_are_checked(app: TestApp) {
    let admin = app.admin();
    let first = app
        .create_org(
            &admin,
            json!({"kind": "agency", "name": "Koshi Demo First", "country": "NP",
            "people": [{"name": "Hari Demo-Bista", "role": "owner"}]}),
        )
        .await;
    let person = first["people"][0]["person_id"]
        .as_str()
        .unwrap()
        .to_string();
    for (people, field) in [
        (
            json!([{"name": "A B", "role": "owner", "date_of_birth": "2999-01-01"}]),
            "people[0].date_of_birth",
        ),
        (
            json!([{"name": "A B", "role": "owner", "date_of_birth": "1850-01-01"}]),
            "people[0].date_of_birth",
        ),
        (
            json!([{"name": "A B", "role": "owner", "id_number": "X-1"}]),
            "people[0].id_number",
        ),
        (
            json!([{"person_id": person, "role": "owner", "id_number": "N12345"}]),
            "people[0]",
        ),
    ] {
        let answer = app
            .post("/api/v1/organizations", Some(&admin),
                json!({"kind": "agency", "name": "Koshi Demo Bad", "country": "NP", "people": people}))
            .await;
        let problem = answer.problem(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(answer.text.contains(field), "{field}: {}", answer.text);
        for secret in ["2999", "1850", "X1", "X-1", "N12345"] {
            assert!(
                !answer.text.contains(secret),
                "{secret} repeated: {problem}"
            );
        }
    }
    for person in [
        json!({"name": "A B", "role": "owner", "date_of_birth": "3 March 1975"}),
        json!({"name": "A B", "role": "owner", "date_of_birth": 19750303}),
        json!({"name": "A B", "role": "owner", "id_number": 48151623}),
    ] {
        let answer = app
            .post("/api/v1/organizations", Some(&admin),
                json!({"kind": "agency", "name": "Koshi Demo Bad", "country": "NP", "people": [person]}))
            .await;
        answer.problem(StatusCode::UNPROCESSABLE_ENTITY);
        for secret in ["1975", "19750303", "48151623"] {
            assert!(
                !answer.text.contains(secret),
                "{secret} repeated: {}",
                answer.text
            );
        }
    }
}

backend_tests!(
    identifiers_tell_people_of_one_name_apart,
    identifiers_are_checked,
    the_network_names_what_is_shared_one_and_two_hops_away,
    network_requests_are_checked,
    both_profiles_show_the_link,
    search_filters_organizations_linked_to_sanctioned_ones,
    a_shared_telephone_from_a_register_links_agencies,
);
