//! Bad input of every kind answers RFC 9457 problem+json with the right status, never a
//! 500 or a panic, and never echoes a submitted value back.
#![allow(clippy::unwrap_used)]
mod common;
use common::TestApp;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use common::TestResponse;
use serde_json::{json, Value};

/// A distinctive value planted in bad input: it must never come back.
const MARKER: &str = "SECRET-MARKER-1234";

fn assert_not_echoed(response: &TestResponse) {
    assert!(
        !response.text.contains(MARKER),
        "the response echoes the submitted value: {}",
        response.text
    );
    for (name, value) in &response.headers {
        assert!(
            !value.to_str().unwrap_or("").contains(MARKER),
            "header {name} echoes the submitted value"
        );
    }
}

/// The field names of a validation problem.
fn fields(problem: &Value) -> Vec<String> {
    problem["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("no errors list: {problem}"))
        .iter()
        .map(|e| e["field"].as_str().unwrap().to_string())
        .collect()
}

fn detail(problem: &Value) -> &str {
    problem["detail"].as_str().unwrap()
}

fn agency(name: &str) -> Value {
    json!({"kind": "agency", "name": name, "country": "NP"})
}

fn licence(number: &str) -> Value {
    json!({"authority": "NP", "authority_name": "Department of Foreign Employment", "number": number,
           "valid_from": "2025-01-01", "valid_until": "2099-01-01"})
}

async fn org_id(app: &TestApp, token: &str) -> String {
    let org = app
        .create_org(token, agency("Annapurna Demo Overseas"))
        .await;
    org["id"].as_str().unwrap().to_string()
}

/// A request with a raw body, bearer token and content type of the caller's choosing.
fn raw(
    method: Method,
    path: &str,
    token: &str,
    content_type: Option<&str>,
    body: impl Into<Body>,
) -> Request<Body> {
    let mut builder = Request::builder()
        .method(method)
        .uri(path)
        .header("authorization", format!("Bearer {token}"));
    if let Some(content_type) = content_type {
        builder = builder.header("content-type", content_type);
    }
    builder.body(body.into()).unwrap()
}

async fn organization_count(app: &TestApp) -> usize {
    let list = app.get("/api/v1/organizations?limit=100").await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.text);
    list.json()["items"].as_array().unwrap().len()
}

async fn malformed_json_is_400(app: TestApp) {
    let admin = app.admin();
    for body in [
        format!(r#"{{"kind": "agency", "name": "{MARKER}","#),
        format!(r#"{{"kind" "agency", "name": "{MARKER}"}}"#),
        format!(r#"{{'kind': 'agency', 'name': '{MARKER}'}}"#),
        "".to_string(),
        "not json at all".to_string(),
    ] {
        let response = app
            .send(raw(
                Method::POST,
                "/api/v1/organizations",
                &admin,
                Some("application/json"),
                body.clone(),
            ))
            .await;
        let problem = response.problem(StatusCode::BAD_REQUEST);
        assert_eq!(
            problem["type"], "urn:fairrecruit:problem:bad-request",
            "{body}"
        );
        assert!(detail(&problem).contains("JSON"), "{}", response.text);
        assert_not_echoed(&response);
    }
    assert_eq!(organization_count(&app).await, 0);
}

async fn wrong_content_type_is_400(app: TestApp) {
    let admin = app.admin();
    let body = agency("Content Type Demo Agency").to_string();
    // The code turns axum's 415 into a 400 that says what to send.
    for content_type in [
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        None,
    ] {
        let response = app
            .send(raw(
                Method::POST,
                "/api/v1/organizations",
                &admin,
                content_type,
                body.clone(),
            ))
            .await;
        let problem = response.problem(StatusCode::BAD_REQUEST);
        assert!(
            detail(&problem).contains("Content-Type: application/json"),
            "{content_type:?}: {}",
            response.text
        );
    }
    assert_eq!(organization_count(&app).await, 0);
    // The same body with the right type is accepted.
    let ok = app
        .send(raw(
            Method::POST,
            "/api/v1/organizations",
            &admin,
            Some("application/json"),
            body,
        ))
        .await;
    assert_eq!(ok.status, StatusCode::CREATED, "{}", ok.text);
}

async fn unknown_field_is_422_naming_it(app: TestApp) {
    let admin = app.admin();
    let mut body = agency("Unknown Field Demo Agency");
    body["colour"] = json!(MARKER);
    let response = app.post("/api/v1/organizations", Some(&admin), body).await;
    let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(problem["type"], "urn:fairrecruit:problem:validation");
    assert_eq!(problem["errors"][0]["field"], "colour", "{}", response.text);
    assert_not_echoed(&response);

    // Nested: the path says where.
    let mut body = agency("Unknown Field Demo Agency");
    body["aliases"] = json!([{"name": "Demo Trade Name", "kind": "trade", "colour": MARKER}]);
    let response = app.post("/api/v1/organizations", Some(&admin), body).await;
    let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        problem["errors"][0]["field"], "aliases[0].colour",
        "{}",
        response.text
    );
    assert_not_echoed(&response);

    // On a licence, a status change and an amendment too.
    let org = org_id(&app, &admin).await;
    let mut body = licence("UF-1");
    body["expires"] = json!(MARKER);
    let response = app
        .post(
            &format!("/api/v1/organizations/{org}/licences"),
            Some(&admin),
            body,
        )
        .await;
    assert_eq!(
        response.problem(StatusCode::UNPROCESSABLE_ENTITY)["errors"][0]["field"],
        "expires"
    );
    assert_not_echoed(&response);

    let response = app
        .patch(
            &format!("/api/v1/organizations/{org}"),
            Some(&admin),
            json!({"reason": "x", "nickname": MARKER}),
        )
        .await;
    assert_eq!(
        response.problem(StatusCode::UNPROCESSABLE_ENTITY)["errors"][0]["field"],
        "nickname"
    );
    assert_not_echoed(&response);
    assert_eq!(organization_count(&app).await, 1);
}

async fn wrong_type_is_422_and_not_echoed(app: TestApp) {
    let admin = app.admin();
    let cases = [
        ("addresses", json!(MARKER)),
        ("aliases", json!({"name": MARKER})),
        ("name", json!([MARKER])),
        ("name", json!(12345)),
        ("country", json!({"code": MARKER})),
        ("website", json!(true)),
    ];
    for (field, value) in cases {
        let mut body = agency("Wrong Type Demo Agency");
        body[field] = value.clone();
        let response = app.post("/api/v1/organizations", Some(&admin), body).await;
        let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            problem["errors"][0]["field"], field,
            "{value}: {}",
            response.text
        );
        assert_not_echoed(&response);
    }
    let org = org_id(&app, &admin).await;
    let mut body = licence("WT-1");
    body["number"] = json!(["WT-1", MARKER]);
    let response = app
        .post(
            &format!("/api/v1/organizations/{org}/licences"),
            Some(&admin),
            body,
        )
        .await;
    assert_eq!(
        response.problem(StatusCode::UNPROCESSABLE_ENTITY)["errors"][0]["field"],
        "number"
    );
    assert_not_echoed(&response);

    let response = app
        .patch(
            &format!("/api/v1/organizations/{org}"),
            Some(&admin),
            json!({"reason": MARKER, "addresses": MARKER}),
        )
        .await;
    assert_eq!(
        response.problem(StatusCode::UNPROCESSABLE_ENTITY)["errors"][0]["field"],
        "addresses"
    );
    assert_not_echoed(&response);
    assert_eq!(organization_count(&app).await, 1);
}

/// A string where a fixed set of values is expected: serde names the bad value in
/// backticks ("unknown variant `…`"), which must not reach the client either.
async fn unknown_enum_value_is_422_and_not_echoed(app: TestApp) {
    let admin = app.admin();
    let mut bodies = Vec::new();
    let mut body = agency("Enum Demo Agency");
    body["kind"] = json!(MARKER);
    bodies.push(("kind", body));
    let mut body = agency("Enum Demo Agency");
    body["aliases"] = json!([{"name": "Demo Alias", "kind": MARKER}]);
    bodies.push(("aliases[0].kind", body));
    let mut body = agency("Enum Demo Agency");
    body["people"] = json!([{"name": "Demo Person", "role": MARKER}]);
    bodies.push(("people[0].role", body));
    for (field, body) in bodies {
        let response = app.post("/api/v1/organizations", Some(&admin), body).await;
        let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(problem["errors"][0]["field"], field, "{}", response.text);
        assert_not_echoed(&response);
    }

    let org = org_id(&app, &admin).await;
    let mut body = licence("EN-1");
    body["status"] = json!(MARKER);
    let response = app
        .post(
            &format!("/api/v1/organizations/{org}/licences"),
            Some(&admin),
            body,
        )
        .await;
    assert_eq!(
        response.problem(StatusCode::UNPROCESSABLE_ENTITY)["errors"][0]["field"],
        "status"
    );
    assert_not_echoed(&response);

    let added = app.add_licence(&admin, &org, licence("EN-2")).await;
    let response = app
        .post(
            &format!("/api/v1/licences/{}/status", added["id"].as_str().unwrap()),
            Some(&admin),
            json!({"status": MARKER, "reason": "Demo reason"}),
        )
        .await;
    assert_eq!(
        response.problem(StatusCode::UNPROCESSABLE_ENTITY)["errors"][0]["field"],
        "status"
    );
    assert_not_echoed(&response);
}

async fn missing_required_field_is_422(app: TestApp) {
    let admin = app.admin();
    for missing in ["kind", "name", "country"] {
        let mut body = agency("Missing Field Demo Agency");
        body.as_object_mut().unwrap().remove(missing);
        let response = app.post("/api/v1/organizations", Some(&admin), body).await;
        let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(problem["type"], "urn:fairrecruit:problem:validation");
        let message = problem["errors"][0]["message"].as_str().unwrap();
        assert!(
            message.contains(&format!("missing field `{missing}`")),
            "{}",
            response.text
        );
    }
    let org = org_id(&app, &admin).await;
    for missing in ["authority", "authority_name", "number"] {
        let mut body = licence("MF-1");
        body.as_object_mut().unwrap().remove(missing);
        let response = app
            .post(
                &format!("/api/v1/organizations/{org}/licences"),
                Some(&admin),
                body,
            )
            .await;
        let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            detail(&problem).contains(&format!("`{missing}`")),
            "{}",
            response.text
        );
    }
    let added = app.add_licence(&admin, &org, licence("MF-2")).await;
    let path = format!("/api/v1/licences/{}/status", added["id"].as_str().unwrap());
    let response = app
        .post(&path, Some(&admin), json!({"status": "suspended"}))
        .await;
    assert!(detail(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)).contains("`reason`"));
    let response = app
        .post(&path, Some(&admin), json!({"reason": "Demo reason"}))
        .await;
    assert!(detail(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)).contains("`status`"));
    assert_eq!(organization_count(&app).await, 1);
}

async fn bad_country_code_is_422_naming_country(app: TestApp) {
    let admin = app.admin();
    for country in [MARKER, "XX", "NPL", "", "N", "1P"] {
        let mut body = agency("Country Demo Agency");
        body["country"] = json!(country);
        let response = app.post("/api/v1/organizations", Some(&admin), body).await;
        let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            fields(&problem),
            ["country"],
            "{country}: {}",
            response.text
        );
        assert_not_echoed(&response);
    }
    // Every invalid field is reported at once.
    let response = app
        .post(
            "/api/v1/organizations",
            Some(&admin),
            json!({"kind": "agency", "name": " ", "country": MARKER}),
        )
        .await;
    let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&problem), ["name", "country"]);
    assert_not_echoed(&response);

    let org = org_id(&app, &admin).await;
    let mut body = licence("BC-1");
    body["authority"] = json!(MARKER);
    let response = app
        .post(
            &format!("/api/v1/organizations/{org}/licences"),
            Some(&admin),
            body,
        )
        .await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["authority"]
    );
    assert_not_echoed(&response);

    let response = app
        .patch(
            &format!("/api/v1/organizations/{org}"),
            Some(&admin),
            json!({"country": MARKER, "reason": "Demo"}),
        )
        .await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["country"]
    );
    assert_not_echoed(&response);

    let response = app
        .get(&format!("/api/v1/organizations?country={MARKER}"))
        .await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["country"]
    );
    assert_not_echoed(&response);
    // A lowercase code is normalised, not refused.
    assert_eq!(
        app.get("/api/v1/organizations?country=np").await.status,
        StatusCode::OK
    );
}

async fn bad_licence_date_is_422(app: TestApp) {
    let admin = app.admin();
    let org = org_id(&app, &admin).await;
    let path = format!("/api/v1/organizations/{org}/licences");
    for (i, (field, date)) in [
        ("valid_from", "2025-02-30"),
        ("valid_from", "2025-13-01"),
        ("valid_from", "01/02/2025"),
        ("valid_from", MARKER),
        ("valid_until", "2027-01-01T00:00:00Z"),
        ("valid_until", ""),
    ]
    .into_iter()
    .enumerate()
    {
        let mut body = licence(&format!("BD-{i}"));
        body[field] = json!(date);
        let response = app.post(&path, Some(&admin), body).await;
        let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(
            problem["errors"][0]["field"], field,
            "{date}: {}",
            response.text
        );
        assert_not_echoed(&response);
    }
    let added = app.add_licence(&admin, &org, licence("BD-OK")).await;
    let response = app
        .post(
            &format!("/api/v1/licences/{}/status", added["id"].as_str().unwrap()),
            Some(&admin),
            json!({"status": "suspended", "reason": "Demo", "effective_date": MARKER}),
        )
        .await;
    assert_eq!(
        response.problem(StatusCode::UNPROCESSABLE_ENTITY)["errors"][0]["field"],
        "effective_date"
    );
    assert_not_echoed(&response);
    let profile = app
        .get(&format!("/api/v1/organizations/{org}"))
        .await
        .json();
    assert_eq!(profile["licences"].as_array().unwrap().len(), 1);
}

/// A date a calendar can parse but a register cannot hold (PostgreSQL's `date` starts
/// in 4713 BC) must be refused the same way on both backends, not fail as a 500.
async fn out_of_range_date_is_422_on_every_backend(app: TestApp) {
    let admin = app.admin();
    let org = org_id(&app, &admin).await;
    let path = format!("/api/v1/organizations/{org}/licences");
    let mut answers = Vec::new();
    for (i, field) in ["valid_from", "valid_until"].into_iter().enumerate() {
        let mut body = licence(&format!("OR-{i}"));
        body.as_object_mut().unwrap().remove("valid_from");
        body[field] = json!("-5000-01-01");
        answers.push((field, app.post(&path, Some(&admin), body).await));
    }
    for field in ["effective_date", "valid_until"] {
        // Without valid_from, so that no ordering check catches the date first.
        let mut body = licence(&format!("OR-{field}"));
        body.as_object_mut().unwrap().remove("valid_from");
        let added = app.add_licence(&admin, &org, body).await;
        let path = format!("/api/v1/licences/{}/status", added["id"].as_str().unwrap());
        let mut body = json!({"status": "suspended", "reason": "Demo"});
        body[field] = json!("-5000-01-01");
        answers.push((field, app.post(&path, Some(&admin), body).await));
    }
    let wrong: Vec<String> = answers
        .iter()
        .filter(|(_, r)| r.status != StatusCode::UNPROCESSABLE_ENTITY)
        .map(|(field, r)| format!("{field}: {} {}", r.status, r.text))
        .collect();
    assert!(wrong.is_empty(), "{:?}: {wrong:#?}", app.backend);
    for (field, response) in answers {
        assert_eq!(
            fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
            [field]
        );
    }
    let profile = app
        .get(&format!("/api/v1/organizations/{org}"))
        .await
        .json();
    let licences = profile["licences"].as_array().unwrap();
    assert_eq!(licences.len(), 2);
    assert!(licences
        .iter()
        .all(|l| l["status"] == "active" && l["history"].as_array().unwrap().len() == 1));
}

async fn valid_until_before_valid_from_is_422(app: TestApp) {
    let admin = app.admin();
    let org = org_id(&app, &admin).await;
    let path = format!("/api/v1/organizations/{org}/licences");
    let mut body = licence("VU-1");
    body["valid_from"] = json!("2026-01-02");
    body["valid_until"] = json!("2026-01-01");
    let response = app.post(&path, Some(&admin), body).await;
    let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&problem), ["valid_until"]);
    assert_eq!(
        app.get("/api/v1/licences/verify?authority=NP&number=VU-1")
            .await
            .json()["found"],
        false
    );

    // A one-day licence is fine.
    let mut body = licence("VU-2");
    body["valid_from"] = json!("2099-01-01");
    body["valid_until"] = json!("2099-01-01");
    let added = app.add_licence(&admin, &org, body).await;

    // A status change cannot move the end of validity before the start either.
    let response = app
        .post(
            &format!("/api/v1/licences/{}/status", added["id"].as_str().unwrap()),
            Some(&admin),
            json!({"status": "suspended", "reason": "Demo", "valid_until": "2098-12-31"}),
        )
        .await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["valid_until"]
    );
    let verified = app
        .get("/api/v1/licences/verify?authority=NP&number=VU-2")
        .await
        .json();
    assert_eq!(verified["valid_until"], "2099-01-01");
}

async fn bad_uuid_in_path_is_400(app: TestApp) {
    let admin = app.admin();
    let bad = [
        MARKER,
        "123",
        "01a224db-e119-76ba-b2f4-85df2123a9a",
        "01a224db-e119-76ba-b2f4-85df2123a9aZ",
    ];
    for id in bad {
        let responses = [
            app.get(&format!("/api/v1/organizations/{id}")).await,
            app.patch(
                &format!("/api/v1/organizations/{id}"),
                Some(&admin),
                json!({"name": "X", "reason": "Y"}),
            )
            .await,
            app.post(
                &format!("/api/v1/organizations/{id}/licences"),
                Some(&admin),
                licence("UU-1"),
            )
            .await,
            app.post(
                &format!("/api/v1/licences/{id}/status"),
                Some(&admin),
                json!({"status": "active", "reason": "Y"}),
            )
            .await,
        ];
        for response in responses {
            let problem = response.problem(StatusCode::BAD_REQUEST);
            assert!(detail(&problem).contains("UUID"), "{}", response.text);
            assert_not_echoed(&response);
        }
    }
}

async fn name_longer_than_300_characters_is_422(app: TestApp) {
    let admin = app.admin();
    let response = app
        .post(
            "/api/v1/organizations",
            Some(&admin),
            agency(&"a".repeat(301)),
        )
        .await;
    let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&problem), ["name"]);
    assert!(problem["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("300"));
    assert!(
        !response.text.contains(&"a".repeat(50)),
        "{}",
        response.text
    );
    // 300 characters are counted as characters, not bytes: 300 Devanagari letters pass.
    let created = app.create_org(&admin, agency(&"क".repeat(300))).await;
    assert_eq!(created["name"].as_str().unwrap().chars().count(), 300);
    let response = app
        .post(
            "/api/v1/organizations",
            Some(&admin),
            agency(&"क".repeat(301)),
        )
        .await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["name"]
    );
    // Also for aliases and on amendment.
    let mut body = agency("Long Alias Demo Agency");
    body["aliases"] = json!([{"name": "b".repeat(301), "kind": "trade"}]);
    let response = app.post("/api/v1/organizations", Some(&admin), body).await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["aliases[0].name"]
    );
    let id = created["id"].as_str().unwrap();
    let response = app
        .patch(
            &format!("/api/v1/organizations/{id}"),
            Some(&admin),
            json!({"name": "c".repeat(301), "reason": "Demo"}),
        )
        .await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["name"]
    );
    assert_eq!(organization_count(&app).await, 1);
}

async fn empty_or_blank_name_is_422(app: TestApp) {
    let admin = app.admin();
    for name in ["", " ", "   \t\n  ", "\u{3000}"] {
        let response = app
            .post("/api/v1/organizations", Some(&admin), agency(name))
            .await;
        let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(fields(&problem), ["name"], "{name:?}: {}", response.text);
    }
    let mut body = agency("Blank Alias Demo Agency");
    body["aliases"] =
        json!([{"name": "Fine Alias", "kind": "trade"}, {"name": "  ", "kind": "former"}]);
    let response = app.post("/api/v1/organizations", Some(&admin), body).await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["aliases[1].name"]
    );
    assert_eq!(organization_count(&app).await, 0);

    let org = org_id(&app, &admin).await;
    let mut body = licence("BL-1");
    body["authority_name"] = json!(" ");
    let response = app
        .post(
            &format!("/api/v1/organizations/{org}/licences"),
            Some(&admin),
            body,
        )
        .await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["authority_name"]
    );
    let response = app
        .patch(
            &format!("/api/v1/organizations/{org}"),
            Some(&admin),
            json!({"name": " ", "reason": "Demo"}),
        )
        .await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["name"]
    );
    let profile = app
        .get(&format!("/api/v1/organizations/{org}"))
        .await
        .json();
    assert_eq!(profile["name"], "Annapurna Demo Overseas");
}

async fn control_characters_are_422(app: TestApp) {
    let admin = app.admin();
    // NUL would also be refused by PostgreSQL's text type: it must be caught before.
    for name in [
        "Demo\u{0000}Agency",
        "Demo\u{0007}Agency",
        "Demo\u{001b}[31mAgency",
        "Demo\tAgency",
        "Demo\u{007f}",
    ] {
        let response = app
            .post("/api/v1/organizations", Some(&admin), agency(name))
            .await;
        let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(fields(&problem), ["name"], "{name:?}: {}", response.text);
        assert!(problem["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("control"));
    }
    let mut body = agency("Control Demo Agency");
    body["aliases"] = json!([{"name": "Alias\u{0000}", "kind": "trade"}]);
    body["addresses"] = json!(["Ward 3\u{0000}Kathmandu"]);
    body["registration_number"] = json!("12\u{0000}34");
    let response = app.post("/api/v1/organizations", Some(&admin), body).await;
    let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
    let mut found = fields(&problem);
    found.sort();
    assert_eq!(
        found,
        ["addresses[0]", "aliases[0].name", "registration_number"]
    );
    assert_eq!(organization_count(&app).await, 0);

    let org = org_id(&app, &admin).await;
    let response = app
        .post(
            &format!("/api/v1/organizations/{org}/licences"),
            Some(&admin),
            licence("CC\u{0000}1"),
        )
        .await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["number"]
    );
    let added = app.add_licence(&admin, &org, licence("CC-2")).await;
    let response = app
        .post(
            &format!("/api/v1/licences/{}/status", added["id"].as_str().unwrap()),
            Some(&admin),
            json!({"status": "suspended", "reason": "Demo\u{0000}reason"}),
        )
        .await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["reason"]
    );
    let response = app
        .patch(
            &format!("/api/v1/organizations/{org}"),
            Some(&admin),
            json!({"website": "https://a\u{0000}.example", "reason": "Demo"}),
        )
        .await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["website"]
    );
    // Control characters in query values do not break anything either.
    let response = app
        .get("/api/v1/licences/verify?authority=NP&number=CC%002")
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    assert_eq!(response.json()["found"], true);
    let response = app.get("/api/v1/organizations?cursor=%00").await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["cursor"]
    );
}

async fn body_over_one_mebibyte_is_413(app: TestApp) {
    const LIMIT: usize = 1024 * 1024;
    let admin = app.admin();
    let envelope = |size: usize| {
        let head = r#"{"kind":"agency","country":"NP","name":""#;
        let tail = r#""}"#;
        format!("{head}{}{tail}", "x".repeat(size - head.len() - tail.len()))
    };
    let over = envelope(LIMIT + 1);
    assert_eq!(over.len(), LIMIT + 1);
    let response = app
        .send(raw(
            Method::POST,
            "/api/v1/organizations",
            &admin,
            Some("application/json"),
            over,
        ))
        .await;
    let problem = response.problem(StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(problem["type"], "urn:fairrecruit:problem:too-large");
    assert!(detail(&problem).contains("1048576"), "{}", response.text);
    assert!(response.text.len() < 1000);

    // At the limit the body is read, and the name refused for its length instead.
    let response = app
        .send(raw(
            Method::POST,
            "/api/v1/organizations",
            &admin,
            Some("application/json"),
            envelope(LIMIT),
        ))
        .await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["name"]
    );
    assert!(response.text.len() < 1000);

    // A declared length over the limit is refused too, on every write route.
    let org = org_id(&app, &admin).await;
    for (method, path) in [
        (Method::PATCH, format!("/api/v1/organizations/{org}")),
        (
            Method::POST,
            format!("/api/v1/organizations/{org}/licences"),
        ),
    ] {
        let request = Request::builder()
            .method(method)
            .uri(path)
            .header("authorization", format!("Bearer {admin}"))
            .header("content-type", "application/json")
            .header("content-length", (5 * LIMIT).to_string())
            .body(Body::from(format!(
                r#"{{"reason":"{}"}}"#,
                " ".repeat(5 * LIMIT - 13)
            )))
            .unwrap();
        app.send(request)
            .await
            .problem(StatusCode::PAYLOAD_TOO_LARGE);
    }
    assert_eq!(organization_count(&app).await, 1);
}

async fn unknown_route_is_404(app: TestApp) {
    for path in [
        "/api/v1/nope",
        "/api/v2/organizations",
        "/api/v1/organizations/x/y/z",
        &format!("/{MARKER}"),
    ] {
        let response = app.get(path).await;
        let problem = response.problem(StatusCode::NOT_FOUND);
        assert_eq!(problem["type"], "urn:fairrecruit:problem:not-found");
        assert_not_echoed(&response);
    }
    let admin = app.admin();
    let response = app.post("/api/v1/licences", Some(&admin), json!({})).await;
    response.problem(StatusCode::NOT_FOUND);
}

async fn wrong_method_on_a_known_route_is_405(app: TestApp) {
    let id = "01a224db-e119-76ba-b2f4-85df2123a9a0";
    for (method, path, allows) in [
        (Method::DELETE, "/api/v1/organizations".to_string(), "POST"),
        (Method::PUT, format!("/api/v1/organizations/{id}"), "PATCH"),
        (Method::DELETE, format!("/api/v1/organizations/{id}"), "GET"),
        (Method::GET, format!("/api/v1/licences/{id}/status"), "POST"),
        (
            Method::GET,
            format!("/api/v1/organizations/{id}/licences"),
            "POST",
        ),
        (Method::POST, "/api/v1/audit/head".to_string(), "GET"),
    ] {
        let response = app.call(method.clone(), &path, None, None).await;
        let problem = response.problem(StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(
            problem["type"],
            "urn:fairrecruit:problem:method-not-allowed"
        );
        let allow = response
            .headers
            .get("allow")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        assert!(
            allow.split(',').any(|m| m.trim() == allows),
            "{method} {path}: Allow: {allow}"
        );
        assert!(
            !allow.split(',').any(|m| m.trim() == method.as_str()),
            "{method} {path}: Allow: {allow}"
        );
    }
}

async fn list_limit_out_of_range_is_422(app: TestApp) {
    for limit in ["0", "1000", "-1", "101"] {
        let response = app
            .get(&format!("/api/v1/organizations?limit={limit}"))
            .await;
        let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(fields(&problem), ["limit"], "{limit}");
        assert!(problem["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("100"));
    }
    for limit in ["1", "100"] {
        let response = app
            .get(&format!("/api/v1/organizations?limit={limit}"))
            .await;
        assert_eq!(
            response.status,
            StatusCode::OK,
            "{limit}: {}",
            response.text
        );
    }
    // Not a number at all: the query cannot be read.
    for limit in [MARKER, "1.5", "99999999999999999999"] {
        let response = app
            .get(&format!("/api/v1/organizations?limit={limit}"))
            .await;
        response.problem(StatusCode::BAD_REQUEST);
        assert_not_echoed(&response);
    }
}

async fn bad_cursor_is_422(app: TestApp) {
    let admin = app.admin();
    for i in 0..3 {
        app.create_org(&admin, agency(&format!("Cursor Demo Agency {i}")))
            .await;
    }
    for cursor in [MARKER, "abc", "%20"] {
        let response = app
            .get(&format!("/api/v1/organizations?cursor={cursor}"))
            .await;
        let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(fields(&problem), ["cursor"]);
        assert_not_echoed(&response);
    }
    // The cursor the API hands out works.
    let first = app.get("/api/v1/organizations?limit=2").await.json();
    let cursor = first["next_cursor"].as_str().unwrap();
    let second = app
        .get(&format!("/api/v1/organizations?limit=2&cursor={cursor}"))
        .await;
    assert_eq!(second.status, StatusCode::OK);
    assert_eq!(second.json()["items"].as_array().unwrap().len(), 1);
}

async fn unknown_query_parameter_is_400(app: TestApp) {
    for path in [
        "/api/v1/organizations?colour=red".to_string(),
        "/api/v1/organizations?limit=5&Limit=5".to_string(),
        format!("/api/v1/organizations?q2={MARKER}"),
        format!("/api/v1/licences/verify?authority=NP&number=1&extra={MARKER}"),
    ] {
        let response = app.get(&path).await;
        let problem = response.problem(StatusCode::BAD_REQUEST);
        assert_eq!(
            problem["type"], "urn:fairrecruit:problem:bad-request",
            "{path}"
        );
        assert_not_echoed(&response);
    }
}

/// A bad value of a query parameter with a fixed set of values: 400, without the value.
async fn bad_query_enum_value_is_400_and_not_echoed(app: TestApp) {
    for parameter in ["kind", "licence_status"] {
        let response = app
            .get(&format!("/api/v1/organizations?{parameter}={MARKER}"))
            .await;
        let problem = response.problem(StatusCode::BAD_REQUEST);
        assert!(detail(&problem).contains(parameter), "{}", response.text);
        assert_not_echoed(&response);
    }
}

async fn verify_with_bad_authority_or_empty_number_is_422(app: TestApp) {
    let response = app
        .get(&format!(
            "/api/v1/licences/verify?authority={MARKER}&number=123"
        ))
        .await;
    let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(fields(&problem), ["authority"]);
    assert_not_echoed(&response);

    for number in ["--", "%20%20", "/.-", ""] {
        let response = app
            .get(&format!(
                "/api/v1/licences/verify?authority=NP&number={number}"
            ))
            .await;
        let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(fields(&problem), ["number"], "{number}");
        assert!(problem["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("letter or digit"));
    }
    // Both wrong: both reported.
    let response = app
        .get("/api/v1/licences/verify?authority=ZZ&number=--")
        .await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["authority", "number"]
    );
    // An overlong number.
    let response = app
        .get(&format!(
            "/api/v1/licences/verify?authority=NP&number={}",
            "1".repeat(101)
        ))
        .await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["number"]
    );
    // A missing parameter cannot be read at all.
    for path in [
        "/api/v1/licences/verify?authority=NP",
        "/api/v1/licences/verify?number=1",
        "/api/v1/licences/verify",
    ] {
        app.get(path).await.problem(StatusCode::BAD_REQUEST);
    }
}

async fn patch_without_reason_is_422(app: TestApp) {
    let admin = app.admin();
    let org = org_id(&app, &admin).await;
    let path = format!("/api/v1/organizations/{org}");
    let response = app
        .patch(
            &path,
            Some(&admin),
            json!({"name": "Renamed Demo Overseas"}),
        )
        .await;
    let problem = response.problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(detail(&problem).contains("`reason`"), "{}", response.text);
    for reason in ["", "   ", "\u{0000}"] {
        let response = app
            .patch(
                &path,
                Some(&admin),
                json!({"name": "Renamed Demo Overseas", "reason": reason}),
            )
            .await;
        assert_eq!(
            fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
            ["reason"],
            "{reason:?}"
        );
    }
    let response = app
        .patch(
            &path,
            Some(&admin),
            json!({"name": "Renamed Demo Overseas", "reason": "r".repeat(2001)}),
        )
        .await;
    assert_eq!(
        fields(&response.problem(StatusCode::UNPROCESSABLE_ENTITY)),
        ["reason"]
    );
    let profile = app.get(&path).await.json();
    assert_eq!(profile["name"], "Annapurna Demo Overseas");
    assert_eq!(profile["aliases"], json!([]));
}

async fn patch_that_changes_nothing_is_409(app: TestApp) {
    let admin = app.admin();
    let org = org_id(&app, &admin).await;
    let path = format!("/api/v1/organizations/{org}");
    let head_before = app.get("/api/v1/audit/head").await.json();
    for body in [
        json!({"reason": "Nothing"}),
        json!({"name": "Annapurna Demo Overseas", "reason": "Same name"}),
        json!({"name": "  Annapurna Demo Overseas  ", "country": "np", "kind": "agency", "reason": "Same again"}),
        json!({"website": null, "registration_number": null, "addresses": [], "reason": "Already empty"}),
    ] {
        let response = app.patch(&path, Some(&admin), body.clone()).await;
        let problem = response.problem(StatusCode::CONFLICT);
        assert_eq!(
            problem["type"], "urn:fairrecruit:problem:conflict",
            "{body}"
        );
        assert!(detail(&problem).contains("changes nothing"));
    }
    // Nothing was recorded.
    assert_eq!(app.get("/api/v1/audit/head").await.json(), head_before);
    let response = app
        .patch(
            &path,
            Some(&admin),
            json!({"kind": "employer", "reason": "Reclassified"}),
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    assert_eq!(response.json()["kind"], "employer");
}

async fn missing_organization_is_404(app: TestApp) {
    let admin = app.admin();
    let missing = uuid::Uuid::now_v7();
    let response = app
        .patch(
            &format!("/api/v1/organizations/{missing}"),
            Some(&admin),
            json!({"name": "Ghost", "reason": "Demo"}),
        )
        .await;
    let problem = response.problem(StatusCode::NOT_FOUND);
    assert_eq!(problem["type"], "urn:fairrecruit:problem:not-found");
    assert!(
        detail(&problem).contains("organization"),
        "{}",
        response.text
    );
    let response = app.get(&format!("/api/v1/organizations/{missing}")).await;
    assert!(detail(&response.problem(StatusCode::NOT_FOUND)).contains("organization"));
    let response = app
        .post(
            &format!("/api/v1/organizations/{missing}/licences"),
            Some(&admin),
            licence("MO-1"),
        )
        .await;
    assert!(detail(&response.problem(StatusCode::NOT_FOUND)).contains("organization"));
    assert_eq!(
        app.get("/api/v1/licences/verify?authority=NP&number=MO-1")
            .await
            .json()["found"],
        false
    );
}

async fn status_change_of_missing_licence_is_404(app: TestApp) {
    let admin = app.admin();
    let org = org_id(&app, &admin).await;
    let response = app
        .post(
            &format!("/api/v1/licences/{}/status", uuid::Uuid::now_v7()),
            Some(&admin),
            json!({"status": "revoked", "reason": "Demo"}),
        )
        .await;
    let problem = response.problem(StatusCode::NOT_FOUND);
    assert!(detail(&problem).contains("licence"), "{}", response.text);
    // An organization id is not a licence id.
    let response = app
        .post(
            &format!("/api/v1/licences/{org}/status"),
            Some(&admin),
            json!({"status": "revoked", "reason": "Demo"}),
        )
        .await;
    response.problem(StatusCode::NOT_FOUND);
}

async fn invalid_status_transition_is_409_with_allowed(app: TestApp) {
    let admin = app.admin();
    let org = org_id(&app, &admin).await;
    let change = |id: String, status: &'static str| {
        let app = &app;
        let admin = admin.clone();
        async move {
            app.post(
                &format!("/api/v1/licences/{id}/status"),
                Some(&admin),
                json!({"status": status, "reason": "Demo"}),
            )
            .await
        }
    };
    let active = app.add_licence(&admin, &org, licence("ST-1")).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let response = change(active.clone(), "active").await;
    let problem = response.problem(StatusCode::CONFLICT);
    assert_eq!(
        problem["type"],
        "urn:fairrecruit:problem:invalid-transition"
    );
    assert_eq!(
        problem["allowed"],
        json!(["suspended", "revoked", "expired", "cancelled"])
    );
    assert!(detail(&problem).contains("active"));

    let mut body = licence("ST-2");
    body["status"] = json!("pending");
    let pending = app.add_licence(&admin, &org, body).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let problem = change(pending, "suspended")
        .await
        .problem(StatusCode::CONFLICT);
    assert_eq!(
        problem["allowed"],
        json!(["active", "revoked", "cancelled"])
    );

    assert_eq!(
        change(active.clone(), "cancelled").await.status,
        StatusCode::OK
    );
    let problem = change(active.clone(), "active")
        .await
        .problem(StatusCode::CONFLICT);
    assert_eq!(problem["allowed"], json!([]));
    assert!(detail(&problem).contains("none"));
    // The refused moves left no trace in the history.
    let profile = app
        .get(&format!("/api/v1/organizations/{org}"))
        .await
        .json();
    let licence = profile["licences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == active.as_str())
        .unwrap();
    assert_eq!(licence["status"], "cancelled");
    assert_eq!(licence["history"].as_array().unwrap().len(), 2);
}

async fn duplicate_licence_number_in_other_punctuation_is_409(app: TestApp) {
    let admin = app.admin();
    let org = org_id(&app, &admin).await;
    let other = app
        .create_org(&admin, agency("Another Demo Overseas"))
        .await;
    let other = other["id"].as_str().unwrap();
    app.add_licence(&admin, &org, licence("DoFE-1234/067-68"))
        .await;
    for (owner, number) in [
        (org.as_str(), "dofe 1234 067 68"),
        (other, "DOFE.1234.067.68"),
        (other, "  d-o-f-e-1234-06768 "),
    ] {
        let response = app
            .post(
                &format!("/api/v1/organizations/{owner}/licences"),
                Some(&admin),
                licence(number),
            )
            .await;
        let problem = response.problem(StatusCode::CONFLICT);
        assert_eq!(
            problem["type"], "urn:fairrecruit:problem:conflict",
            "{number}"
        );
    }
    let verified = app
        .get("/api/v1/licences/verify?authority=NP&number=dofe1234067.68")
        .await
        .json();
    assert_eq!(verified["number"], "DoFE-1234/067-68");
    assert_eq!(verified["organization_id"], org.as_str());
    let profile = app
        .get(&format!("/api/v1/organizations/{other}"))
        .await
        .json();
    assert_eq!(profile["licences"], json!([]));
}

async fn deeply_nested_json_is_refused_without_crashing(app: TestApp) {
    let admin = app.admin();
    let depth = 100_000;
    let body = format!(
        r#"{{"kind":"agency","name":"A","country":"NP","aliases":{}{}}}"#,
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let response = app
        .send(raw(
            Method::POST,
            "/api/v1/organizations",
            &admin,
            Some("application/json"),
            body,
        ))
        .await;
    assert!(
        response.status.is_client_error(),
        "{} {}",
        response.status,
        response.text
    );
    assert_eq!(response.content_type(), "application/problem+json");
    assert_eq!(organization_count(&app).await, 0);
}

backend_tests!(
    malformed_json_is_400,
    wrong_content_type_is_400,
    unknown_field_is_422_naming_it,
    wrong_type_is_422_and_not_echoed,
    unknown_enum_value_is_422_and_not_echoed,
    missing_required_field_is_422,
    bad_country_code_is_422_naming_country,
    bad_licence_date_is_422,
    out_of_range_date_is_422_on_every_backend,
    valid_until_before_valid_from_is_422,
    bad_uuid_in_path_is_400,
    name_longer_than_300_characters_is_422,
    empty_or_blank_name_is_422,
    control_characters_are_422,
    body_over_one_mebibyte_is_413,
    unknown_route_is_404,
    wrong_method_on_a_known_route_is_405,
    list_limit_out_of_range_is_422,
    bad_cursor_is_422,
    unknown_query_parameter_is_400,
    bad_query_enum_value_is_400_and_not_echoed,
    verify_with_bad_authority_or_empty_number_is_422,
    patch_without_reason_is_422,
    patch_that_changes_nothing_is_409,
    missing_organization_is_404,
    status_change_of_missing_licence_is_404,
    invalid_status_transition_is_409_with_allowed,
    duplicate_licence_number_in_other_punctuation_is_409,
    deeply_nested_json_is_refused_without_crashing,
);
