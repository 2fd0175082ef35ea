//! Who may write: bearer tokens, roles and jurisdictions. Reads are public.
#![allow(clippy::unwrap_used)]
mod common;
use common::TestApp;

use axum::body::Body;
use axum::http::{HeaderValue, Method, Request, StatusCode};
use common::TestResponse;
use fairrecruit::domain::role::{Actor, Role};
use fairrecruit::error::Error;
use fairrecruit::registry::tokens;
use serde_json::{json, Value};

fn agency(name: &str, country: &str) -> Value {
    json!({"kind": "agency", "name": name, "country": country})
}

fn licence(authority: &str, number: &str) -> Value {
    json!({"authority": authority, "authority_name": "Demo Licensing Authority", "number": number,
           "valid_from": "2025-01-01", "valid_until": "2099-01-01"})
}

fn status(to: &str) -> Value {
    json!({"status": to, "reason": "Demo reason"})
}

/// Ids of what the write tests act on, all made by an admin.
struct Fixture {
    /// A Nepali agency with an NP licence.
    np_org: String,
    np_licence: String,
    /// A Qatari employer with a QA licence and no NP licence.
    qa_org: String,
    qa_licence: String,
}

async fn fixture(app: &TestApp) -> Fixture {
    let admin = app.admin();
    let np_org = app
        .create_org(&admin, agency("Dhaulagiri Demo Manpower", "NP"))
        .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let qa_org = app
        .create_org(&admin, agency("Doha Demo Contracting", "QA"))
        .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let np_licence = app
        .add_licence(&admin, &np_org, licence("NP", "NP-100"))
        .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let qa_licence = app
        .add_licence(&admin, &qa_org, licence("QA", "QA-100"))
        .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    Fixture {
        np_org,
        np_licence,
        qa_org,
        qa_licence,
    }
}

/// The four kinds of write, each with a body that is valid, with the given token
/// sent as the raw Authorization header value (or none).
async fn writes(
    app: &TestApp,
    f: &Fixture,
    authorization: Option<&str>,
) -> Vec<(String, TestResponse)> {
    let calls = [
        (
            Method::POST,
            "/api/v1/organizations".to_string(),
            agency("Unauthorised Demo Agency", "NP"),
        ),
        (
            Method::PATCH,
            format!("/api/v1/organizations/{}", f.np_org),
            json!({"name": "Renamed Demo Manpower", "reason": "Demo"}),
        ),
        (
            Method::POST,
            format!("/api/v1/organizations/{}/licences", f.np_org),
            licence("NP", "NP-200"),
        ),
        (
            Method::POST,
            format!("/api/v1/licences/{}/status", f.np_licence),
            status("suspended"),
        ),
    ];
    let mut responses = Vec::new();
    for (method, path, body) in calls {
        let mut builder = Request::builder()
            .method(method.clone())
            .uri(&path)
            .header("content-type", "application/json");
        if let Some(value) = authorization {
            builder = builder.header(
                "authorization",
                HeaderValue::from_bytes(value.as_bytes()).unwrap(),
            );
        }
        let response = app
            .send(builder.body(Body::from(body.to_string())).unwrap())
            .await;
        responses.push((format!("{method} {path}"), response));
    }
    responses
}

/// Nothing any refused write could have changed has changed.
async fn assert_unchanged(app: &TestApp, f: &Fixture) {
    let list = app.get("/api/v1/organizations").await.json();
    assert_eq!(list["items"].as_array().unwrap().len(), 2, "{list}");
    let np = app
        .get(&format!("/api/v1/organizations/{}", f.np_org))
        .await
        .json();
    assert_eq!(np["name"], "Dhaulagiri Demo Manpower");
    assert_eq!(np["licences"].as_array().unwrap().len(), 1);
    assert_eq!(np["licences"][0]["status"], "active");
    let qa = app
        .get(&format!("/api/v1/organizations/{}", f.qa_org))
        .await
        .json();
    assert_eq!(qa["name"], "Doha Demo Contracting");
    assert_eq!(qa["licences"].as_array().unwrap().len(), 1);
    assert_eq!(qa["licences"][0]["status"], "active");
}

fn assert_unauthorized(what: &str, response: &TestResponse) {
    let problem = response.problem(StatusCode::UNAUTHORIZED);
    assert_eq!(
        problem["type"], "urn:fairrecruit:problem:unauthorized",
        "{what}"
    );
    let challenge = response
        .headers
        .get("www-authenticate")
        .and_then(|v| v.to_str().ok());
    assert!(
        challenge.is_some_and(|c| c.starts_with("Bearer")),
        "{what}: WWW-Authenticate is {challenge:?}"
    );
}

fn assert_forbidden(what: &str, response: &TestResponse) -> Value {
    let problem = response.problem(StatusCode::FORBIDDEN);
    assert_eq!(
        problem["type"], "urn:fairrecruit:problem:forbidden",
        "{what}"
    );
    problem
}

async fn writes_without_a_token_are_401_with_a_bearer_challenge(app: TestApp) {
    let f = fixture(&app).await;
    for (what, response) in writes(&app, &f, None).await {
        assert_unauthorized(&what, &response);
    }
    // Even an invalid body is answered 401 first, so the public learns nothing from it.
    let response = app
        .post("/api/v1/organizations", None, agency(" ", "XX"))
        .await;
    assert_unauthorized("invalid body", &response);
    assert_unchanged(&app, &f).await;
}

async fn malformed_authorization_header_is_401(app: TestApp) {
    let f = fixture(&app).await;
    let admin = app.admin();
    let basic = format!("Basic {admin}");
    let token_scheme = format!("Token {admin}");
    let glued = format!("Bearer{admin}");
    let twice = format!("Bearer Bearer {admin}");
    let two = format!("Bearer {admin} {admin}");
    for header in [
        "Basic abc",
        "Basic YWRtaW46YWRtaW4=",
        "Bearer ",
        "Bearer",
        "Bearer    ",
        "",
        admin.as_str(),
        basic.as_str(),
        token_scheme.as_str(),
        glued.as_str(),
        twice.as_str(),
        two.as_str(),
    ] {
        for (what, response) in writes(&app, &f, Some(header)).await {
            assert_unauthorized(&format!("{what} with Authorization: {header:?}"), &response);
        }
    }
    // Bytes that are not text.
    let response = app
        .send(
            Request::builder()
                .method(Method::POST)
                .uri("/api/v1/organizations")
                .header("content-type", "application/json")
                .header(
                    "authorization",
                    HeaderValue::from_bytes(b"Bearer \xff\xfe").unwrap(),
                )
                .body(Body::from(agency("Binary Demo Agency", "NP").to_string()))
                .unwrap(),
        )
        .await;
    assert_unauthorized("non-UTF-8 header", &response);
    assert_unchanged(&app, &f).await;

    // The well-formed header with the same token works, whatever the scheme's case.
    let response = app
        .post(
            "/api/v1/organizations",
            Some(&admin),
            agency("Welcome Demo Agency", "NP"),
        )
        .await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
    let lowercase = format!("bearer {admin}");
    let (_, response) = writes(&app, &f, Some(&lowercase)).await.remove(0);
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
}

async fn unknown_token_is_401(app: TestApp) {
    let f = fixture(&app).await;
    let admin = app.admin();
    // Same shape as a real token, one character off.
    let mut near = admin.clone();
    let last = near.pop().unwrap();
    near.push(if last == '0' { '1' } else { '0' });
    let zeros = format!("frt_{}", "0".repeat(64));
    let long = format!("frt_{}", "a".repeat(10_000));
    for token in [
        near.as_str(),
        zeros.as_str(),
        "frt_",
        "not-a-token",
        "SECRET-MARKER-1234",
        long.as_str(),
    ] {
        let header = format!("Bearer {token}");
        for (what, response) in writes(&app, &f, Some(&header)).await {
            assert_unauthorized(&what, &response);
            assert!(
                !response.text.contains("SECRET-MARKER-1234"),
                "{}",
                response.text
            );
        }
    }
    assert_unchanged(&app, &f).await;
}

async fn revoked_token_is_401(app: TestApp) {
    let f = fixture(&app).await;
    let (info, secret) = {
        let mut conn = app.db.get().unwrap();
        tokens::create_token(
            &mut conn,
            &Actor::cli(),
            Role::Inspector,
            &["NP".to_string()],
            "Soon revoked",
        )
        .unwrap()
    };
    // It works before it is revoked.
    let response = app
        .post(
            "/api/v1/organizations",
            Some(&secret),
            agency("Before Revocation Demo", "NP"),
        )
        .await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);

    let revoked = {
        let mut conn = app.db.get().unwrap();
        tokens::revoke_token(&mut conn, &Actor::cli(), &info.id).unwrap()
    };
    assert!(revoked.revoked_at.is_some());
    let header = format!("Bearer {secret}");
    for (what, response) in writes(&app, &f, Some(&header)).await {
        assert_unauthorized(&what, &response);
        assert!(
            response.json()["detail"]
                .as_str()
                .unwrap()
                .contains("revoked"),
            "{}",
            response.text
        );
    }
    let list = app.get("/api/v1/organizations").await.json();
    assert_eq!(list["items"].as_array().unwrap().len(), 3);
    // Revoking twice is refused; other tokens keep working.
    let mut conn = app.db.get().unwrap();
    assert!(matches!(
        tokens::revoke_token(&mut conn, &Actor::cli(), &info.id),
        Err(Error::Conflict(_))
    ));
    drop(conn);
    let admin = app.admin();
    let response = app
        .post(
            "/api/v1/organizations",
            Some(&admin),
            agency("After Revocation Demo", "NP"),
        )
        .await;
    assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
}

async fn consulate_token_may_not_write(app: TestApp) {
    let f = fixture(&app).await;
    // Even the consulate of the country concerned.
    for country in ["NP", "QA"] {
        let consulate = app.token(Role::Consulate, &[country]);
        let header = format!("Bearer {consulate}");
        for (what, response) in writes(&app, &f, Some(&header)).await {
            let problem = assert_forbidden(&what, &response);
            assert!(
                problem["detail"].as_str().unwrap().contains("consulate"),
                "{}",
                response.text
            );
            assert!(response.headers.get("www-authenticate").is_none(), "{what}");
        }
        let response = app
            .post(
                &format!("/api/v1/licences/{}/status", f.qa_licence),
                Some(&consulate),
                status("revoked"),
            )
            .await;
        assert_forbidden("status of a QA licence", &response);
        let response = app
            .post(
                &format!("/api/v1/organizations/{}/licences", f.qa_org),
                Some(&consulate),
                licence("QA", "QA-9"),
            )
            .await;
        assert_forbidden("QA licence", &response);
    }
    assert_unchanged(&app, &f).await;
}

async fn inspector_writes_within_their_jurisdiction_only(app: TestApp) {
    let f = fixture(&app).await;
    let inspector = app.token(Role::Inspector, &["NP"]);
    let token = Some(inspector.as_str());

    // Refused outside NP, with nothing changed.
    let response = app
        .post(
            &format!("/api/v1/organizations/{}/licences", f.qa_org),
            token,
            licence("QA", "QA-200"),
        )
        .await;
    let problem = assert_forbidden("QA licence on a QA organization", &response);
    assert!(
        problem["detail"].as_str().unwrap().contains("QA"),
        "{}",
        response.text
    );
    let response = app
        .post(
            &format!("/api/v1/organizations/{}/licences", f.np_org),
            token,
            licence("QA", "QA-201"),
        )
        .await;
    assert_forbidden("QA licence on an NP organization", &response);
    let response = app
        .post(
            &format!("/api/v1/licences/{}/status", f.qa_licence),
            token,
            status("suspended"),
        )
        .await;
    assert_forbidden("status of a QA licence", &response);
    let response = app
        .patch(
            &format!("/api/v1/organizations/{}", f.qa_org),
            token,
            json!({"name": "Renamed Doha Demo", "reason": "Demo"}),
        )
        .await;
    assert_forbidden("amend a QA organization without an NP licence", &response);
    assert_unchanged(&app, &f).await;
    for number in ["QA-200", "QA-201"] {
        let verified = app
            .get(&format!(
                "/api/v1/licences/verify?authority=QA&number={number}"
            ))
            .await
            .json();
        assert_eq!(verified["found"], false);
    }

    // Allowed within NP.
    let created = app
        .post(
            "/api/v1/organizations",
            token,
            agency("Inspector Demo Manpower", "NP"),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let own = created.json()["id"].as_str().unwrap().to_string();
    let added = app
        .post(
            &format!("/api/v1/organizations/{own}/licences"),
            token,
            licence("np", "NP-300"),
        )
        .await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.text);
    assert_eq!(added.json()["authority"], "NP");
    let response = app
        .post(
            &format!("/api/v1/licences/{}/status", f.np_licence),
            token,
            status("suspended"),
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    assert_eq!(response.json()["status"], "suspended");
    let response = app
        .patch(
            &format!("/api/v1/organizations/{}", f.np_org),
            token,
            json!({"website": "https://dhaulagiri.example", "reason": "Demo"}),
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);

    // Creating an organization is not scoped: an NP inspector registers the Qatari
    // employer of Nepali workers, and may add an NP licence to it.
    let created = app
        .post(
            "/api/v1/organizations",
            token,
            agency("Gulf Demo Employer", "QA"),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let gulf = created.json()["id"].as_str().unwrap().to_string();
    let response = app
        .patch(
            &format!("/api/v1/organizations/{gulf}"),
            token,
            json!({"name": "Gulf Demo Employer WLL", "reason": "Demo"}),
        )
        .await;
    assert_forbidden(
        "amend a QA organization before it has an NP licence",
        &response,
    );
    let added = app
        .post(
            &format!("/api/v1/organizations/{gulf}/licences"),
            token,
            licence("NP", "NP-301"),
        )
        .await;
    assert_eq!(added.status, StatusCode::CREATED, "{}", added.text);
    // Now that an NP authority licenses it, the NP inspector may amend it.
    let response = app
        .patch(
            &format!("/api/v1/organizations/{gulf}"),
            token,
            json!({"name": "Gulf Demo Employer WLL", "reason": "Demo"}),
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    assert_eq!(response.json()["name"], "Gulf Demo Employer WLL");

    // An inspector of both countries may act in both.
    let both = app.token(Role::Inspector, &["NP", "QA"]);
    let response = app
        .post(
            &format!("/api/v1/licences/{}/status", f.qa_licence),
            Some(&both),
            status("suspended"),
        )
        .await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.text);
}

async fn admin_may_do_everything(app: TestApp) {
    let admin = app.admin();
    let token = Some(admin.as_str());
    for (name, country, authority) in [
        ("Admin Demo Manpower", "NP", "NP"),
        ("Admin Demo Employer", "QA", "QA"),
    ] {
        let created = app
            .post("/api/v1/organizations", token, agency(name, country))
            .await;
        assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
        let id = created.json()["id"].as_str().unwrap().to_string();
        let added = app
            .post(
                &format!("/api/v1/organizations/{id}/licences"),
                token,
                licence(authority, &format!("{authority}-1")),
            )
            .await;
        assert_eq!(added.status, StatusCode::CREATED, "{}", added.text);
        let licence_id = added.json()["id"].as_str().unwrap().to_string();
        let changed = app
            .post(
                &format!("/api/v1/licences/{licence_id}/status"),
                token,
                status("revoked"),
            )
            .await;
        assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
        assert_eq!(changed.json()["status"], "revoked");
        let amended = app
            .patch(
                &format!("/api/v1/organizations/{id}"),
                token,
                json!({"kind": "employer", "reason": "Demo"}),
            )
            .await;
        assert_eq!(amended.status, StatusCode::OK, "{}", amended.text);
        assert_eq!(amended.json()["licence_status"], "revoked");
    }
    // A licence of a third authority, on an organization of yet another country.
    let created = app
        .create_org(&admin, agency("Admin Demo Agency", "BD"))
        .await;
    let id = created["id"].as_str().unwrap();
    app.add_licence(&admin, id, licence("MY", "MY-1")).await;
}

async fn reads_need_no_token(app: TestApp) {
    let f = fixture(&app).await;
    let list = app.get("/api/v1/organizations").await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.text);
    assert_eq!(list.content_type(), "application/json");
    let list = list.json();
    assert_eq!(list["items"].as_array().unwrap().len(), 2);
    assert_eq!(list["next_cursor"], Value::Null);

    let filtered = app
        .get("/api/v1/organizations?country=QA&licence_status=active&limit=5")
        .await;
    assert_eq!(filtered.status, StatusCode::OK, "{}", filtered.text);
    assert_eq!(filtered.json()["items"][0]["id"], f.qa_org.as_str());

    let profile = app
        .get(&format!("/api/v1/organizations/{}", f.np_org))
        .await;
    assert_eq!(profile.status, StatusCode::OK, "{}", profile.text);
    let profile = profile.json();
    assert_eq!(profile["id"], f.np_org.as_str());
    assert_eq!(profile["licences"][0]["id"], f.np_licence.as_str());
    assert_eq!(profile["licence_status"], "active");

    let verified = app
        .get("/api/v1/licences/verify?authority=qa&number=qa%20100")
        .await;
    assert_eq!(verified.status, StatusCode::OK, "{}", verified.text);
    let verified = verified.json();
    assert_eq!(verified["found"], true);
    assert_eq!(verified["status"], "active");
    assert_eq!(verified["organization_id"], f.qa_org.as_str());
    assert_eq!(verified["valid_until"], "2099-01-01");

    let head = app.get("/api/v1/audit/head").await;
    assert_eq!(head.status, StatusCode::OK, "{}", head.text);
    let head = head.json();
    assert!(head["seq"].as_i64().unwrap() > 0, "{head}");
    assert_eq!(head["hash"].as_str().unwrap().len(), 64);

    let verify = app.get("/api/v1/audit/verify").await;
    assert_eq!(verify.status, StatusCode::OK, "{}", verify.text);
    let verify = verify.json();
    assert_eq!(verify["ok"], true, "{verify}");
    assert_eq!(verify["head_seq"], head["seq"]);
    assert_eq!(verify["head_hash"], head["hash"]);
    assert_eq!(verify["events_checked"], head["seq"]);
}

fn jurisdiction_error(result: Result<(tokens::TokenInfo, String), Error>) -> Vec<String> {
    match result {
        Err(Error::Validation(errors)) => {
            assert!(
                errors.iter().all(|e| e.field == "jurisdiction"),
                "{errors:?}"
            );
            errors.into_iter().map(|e| e.message).collect()
        }
        Err(other) => panic!("expected a validation error, got {other:?}"),
        Ok((info, _)) => panic!("expected a validation error, got a token {info:?}"),
    }
}

async fn create_token_checks_role_and_jurisdiction(app: TestApp) {
    let mut conn = app.db.get().unwrap();
    let cli = Actor::cli();
    let codes = |list: &[&str]| list.iter().map(|c| c.to_string()).collect::<Vec<_>>();

    let refused = [
        (Role::Inspector, codes(&[]), "at least one"),
        (Role::Inspector, codes(&[" ", ","]), "at least one"),
        (Role::Consulate, codes(&["NP", "QA"]), "exactly one"),
        (Role::Consulate, codes(&["NP,QA"]), "exactly one"),
        (Role::Consulate, codes(&[]), "exactly one"),
        (Role::Admin, codes(&["NP"]), "no jurisdiction"),
        (Role::Inspector, codes(&["XX"]), "ISO 3166-1"),
        (Role::Consulate, codes(&["NPL"]), "ISO 3166-1"),
        (Role::Admin, codes(&["ZZ"]), "ISO 3166-1"),
    ];
    for (role, jurisdictions, expected) in refused {
        let messages = jurisdiction_error(tokens::create_token(
            &mut conn,
            &cli,
            role,
            &jurisdictions,
            "Refused",
        ));
        assert!(
            messages.iter().any(|m| m.contains(expected)),
            "{role:?} {jurisdictions:?}: {messages:?}"
        );
    }
    // A blank name is refused too.
    match tokens::create_token(&mut conn, &cli, Role::Admin, &[], "  ") {
        Err(Error::Validation(errors)) => assert_eq!(errors[0].field, "name"),
        other => panic!("expected a validation error, got {other:?}"),
    }
    // None of them was stored.
    assert!(tokens::list_tokens(&mut conn).unwrap().is_empty());

    // What is accepted: codes normalised and deduplicated.
    let (inspector, secret) = tokens::create_token(
        &mut conn,
        &cli,
        Role::Inspector,
        &codes(&["np", " QA ", "NP"]),
        "Inspector",
    )
    .unwrap();
    assert_eq!(inspector.jurisdictions, ["NP", "QA"]);
    assert!(secret.starts_with("frt_"));
    let (consulate, _) = tokens::create_token(
        &mut conn,
        &cli,
        Role::Consulate,
        &codes(&["bd"]),
        "Consulate",
    )
    .unwrap();
    assert_eq!(consulate.jurisdictions, ["BD"]);
    let (admin, _) = tokens::create_token(&mut conn, &cli, Role::Admin, &[], "Admin").unwrap();
    assert!(admin.jurisdictions.is_empty());
    assert_eq!(tokens::list_tokens(&mut conn).unwrap().len(), 3);
    // The secret is not stored: authentication finds the token by it.
    let actor = tokens::authenticate(&mut conn, &secret).unwrap();
    assert_eq!(actor.role, Some(Role::Inspector));
    assert_eq!(actor.jurisdictions, ["NP", "QA"]);
}

backend_tests!(
    writes_without_a_token_are_401_with_a_bearer_challenge,
    malformed_authorization_header_is_401,
    unknown_token_is_401,
    revoked_token_is_401,
    consulate_token_may_not_write,
    inspector_writes_within_their_jurisdiction_only,
    admin_may_do_everything,
    reads_need_no_token,
    create_token_checks_role_and_jurisdiction,
);
