//! The pages for workers, through the router: every page in every language with no
//! raw message key, right to left for Arabic, the language menu and cookie, the
//! security headers, page weight, the search and profile in words, and the complaint
//! form and status check without JavaScript (CSRF, errors beside fields with input
//! kept, the receipt). On SQLite and PostgreSQL.
#![allow(clippy::unwrap_used)]

#[rustfmt::skip]
mod common;

use std::io::Write;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use fairrecruit::domain::role::Role;
use fairrecruit::web::i18n::{LANGUAGES, MISSING};
use serde_json::json;

use common::{TestApp, TestResponse};

async fn page(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> TestResponse {
    let mut request = Request::builder().method(Method::GET).uri(path);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    app.send(request.body(Body::empty()).unwrap()).await
}

async fn post_form(
    app: &TestApp,
    path: &str,
    cookie: &str,
    fields: &[(&str, &str)],
) -> TestResponse {
    let mut body = form_urlencoded::Serializer::new(String::new());
    for (key, value) in fields {
        body.append_pair(key, value);
    }
    let request = Request::builder()
        .method(Method::POST)
        .uri(path)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", cookie)
        .body(Body::from(body.finish()))
        .unwrap();
    app.send(request).await
}

/// The value of the hidden `csrf` field and the cookie that goes with it.
fn csrf(response: &TestResponse) -> (String, String) {
    let field = response
        .text
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_string();
    let cookie = response
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("csrf="))
        .map(|v| v.split(';').next().unwrap().to_string())
        .unwrap_or_else(|| format!("csrf={field}"));
    (field, cookie)
}

/// Text as a reader sees it: without Fluent's direction isolates and the
/// left-to-right marks around Arabic numbers, no-break spaces as spaces.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}', '\u{200e}', '\u{200f}'], "")
        .replace('\u{a0}', " ")
}

#[track_caller]
fn assert_page(response: &TestResponse, status: StatusCode) {
    assert_eq!(response.status, status, "{}", response.text);
    assert!(
        response.content_type().starts_with("text/html"),
        "{}",
        response.content_type()
    );
    assert!(
        !response.text.contains(MISSING),
        "a raw message key: {}",
        response.text
    );
    assert!(!response.text.contains("<script"), "pages carry no script");
}

async fn registry_with_a_revoked_agency(app: &TestApp) -> (String, String) {
    let inspector = app.token(Role::Inspector, &["NP"]);
    let org = app
        .create_org(
            &inspector,
            json!({"kind": "agency", "name": "Himalaya Dream Manpower", "country": "NP",
                   "aliases": [{"name": "HDM Overseas", "kind": "trade"}],
                   "people": [{"name": "Bishnu Thapa", "role": "owner"}]}),
        )
        .await;
    let id = org["id"].as_str().unwrap().to_string();
    app.add_licence(
        &inspector,
        &id,
        json!({"authority": "NP", "authority_name": "Department of Foreign Employment", "number": "1234/067/068",
               "valid_from": "2020-01-01", "valid_until": "2099-01-01", "status": "active"}),
    )
    .await;
    let finding = app
        .post(
            "/api/v1/findings",
            Some(&inspector),
            json!({"organization_id": id,
                   "violations": [{"category": "recruitment_fee", "severity": "high"}],
                   "fee_violations": [{"category": "recruitment_fee", "amount_per_worker_minor": 15000000, "currency": "NPR", "workers_affected": 12, "refund_ordered_minor": 180000000}],
                   "sanctions": [{"kind": "revocation"}]}),
        )
        .await;
    assert_eq!(finding.status, StatusCode::CREATED, "{}", finding.text);
    let finding_id = finding.json()["id"].as_str().unwrap().to_string();
    let published = app
        .post(
            &format!("/api/v1/findings/{finding_id}/publish"),
            Some(&inspector),
            json!({}),
        )
        .await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    let good = app
        .create_org(
            &inspector,
            json!({"kind": "agency", "name": "Himalaya Fair Jobs", "country": "NP"}),
        )
        .await;
    let good_id = good["id"].as_str().unwrap().to_string();
    app.add_licence(
        &inspector,
        &good_id,
        json!({"authority": "NP", "authority_name": "Department of Foreign Employment", "number": "999/070/071",
               "valid_from": "2020-01-01", "valid_until": "2099-03-12", "status": "active"}),
    )
    .await;
    app.index_now();
    (id, good_id)
}

async fn every_page_in_every_language(app: TestApp) {
    let (id, _) = registry_with_a_revoked_agency(&app).await;
    for language in LANGUAGES {
        let lang = language.code;
        for path in [
            format!("/?lang={lang}"),
            format!("/?q=himalaya&lang={lang}"),
            format!("/?q=nothing+like+this&lang={lang}"),
            format!("/organizations/{id}?lang={lang}"),
            format!("/rights?lang={lang}"),
            format!("/complain?lang={lang}"),
            format!("/complain?organization={id}&lang={lang}"),
            format!("/complaints/status?lang={lang}"),
        ] {
            let response = page(&app, &path, &[]).await;
            assert_page(&response, StatusCode::OK);
            assert!(
                response.text.contains(&format!("<html lang=\"{lang}\"")),
                "{path}"
            );
            let dir = if lang == "ar" { "rtl" } else { "ltr" };
            assert!(response.text.contains(&format!("dir=\"{dir}\"")), "{path}");
            // The language menu names every language in itself.
            assert!(
                response.text.contains("العربية") && response.text.contains("नेपाली"),
                "{path}"
            );
        }
    }
    let missing = page(
        &app,
        "/organizations/0192f0c8-0000-7000-8000-000000000000?lang=ar",
        &[],
    )
    .await;
    assert_page(&missing, StatusCode::NOT_FOUND);
    assert!(missing.text.contains("dir=\"rtl\""));
}

async fn language_by_query_cookie_and_header(app: TestApp) {
    let chosen = page(&app, "/rights?lang=ne", &[]).await;
    assert_page(&chosen, StatusCode::OK);
    let cookie = chosen.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(
        cookie.starts_with("lang=ne;") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert_eq!(chosen.headers.get("content-language").unwrap(), "ne");

    let remembered = page(
        &app,
        "/rights",
        &[("cookie", "lang=ne"), ("accept-language", "bn")],
    )
    .await;
    assert!(remembered.text.contains("<html lang=\"ne\""));
    let from_header = page(
        &app,
        "/rights",
        &[("accept-language", "fr-FR, ar;q=0.8, en;q=0.5")],
    )
    .await;
    assert!(from_header.text.contains("<html lang=\"ar\" dir=\"rtl\""));
    let fallback = page(&app, "/rights", &[("accept-language", "de")]).await;
    assert!(fallback.text.contains("<html lang=\"en\" dir=\"ltr\""));
}

async fn headers_and_weight(app: TestApp) {
    let (id, _) = registry_with_a_revoked_agency(&app).await;
    let css = page(&app, "/assets/site.css", &[("accept-encoding", "gzip")]).await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css
        .headers
        .get("cache-control")
        .unwrap()
        .to_str()
        .unwrap()
        .contains("max-age"));
    for path in [
        "/?q=himalaya".to_string(),
        format!("/organizations/{id}"),
        "/rights".into(),
        "/complain".into(),
        "/complaints/status".into(),
    ] {
        let response = page(&app, &path, &[("accept-encoding", "gzip")]).await;
        assert_eq!(response.status, StatusCode::OK, "{path}");
        let header = |name: &str| {
            response
                .headers
                .get(name)
                .map(|v| v.to_str().unwrap().to_string())
                .unwrap_or_default()
        };
        let csp = header("content-security-policy");
        assert!(
            csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"),
            "{path}: {csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(header("x-content-type-options"), "nosniff");
        assert_eq!(header("referrer-policy"), "no-referrer");
        assert_eq!(header("content-encoding"), "gzip", "{path}");
        // TestResponse holds the body as text; gzip bytes are not UTF-8, so weigh the
        // page by compressing it again from an uncompressed request.
        let plain_page = page(&app, &path, &[]).await;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(plain_page.text.as_bytes()).unwrap();
        encoder
            .write_all(page(&app, "/assets/site.css", &[]).await.text.as_bytes())
            .unwrap();
        let weight = encoder.finish().unwrap().len();
        assert!(
            weight <= 20 * 1024,
            "{path}: {weight} bytes compressed with its stylesheet"
        );
    }
}

async fn search_and_profile_say_it_in_words(app: TestApp) {
    let (id, good_id) = registry_with_a_revoked_agency(&app).await;
    let results = page(&app, "/?q=himalya", &[]).await;
    assert_page(&results, StatusCode::OK);
    let text = plain(&results.text);
    assert!(text.contains("2 organizations found"), "{text}");
    assert!(
        text.contains("Licence REVOKED — do not pay this agency"),
        "{text}"
    );
    assert!(text.contains("Licence valid until 12 March 2099"), "{text}");
    assert!(text.contains("Charged 12 workers illegal fees"), "{text}");
    assert!(
        text.contains(&format!("/organizations/{id}"))
            && text.contains(&format!("/organizations/{good_id}"))
    );
    assert!(
        text.contains("value=\"himalya\""),
        "the query stays in the box"
    );

    let nothing = plain(&page(&app, "/?q=zzqxv", &[]).await.text);
    assert!(
        nothing.contains("We found no agency or employer"),
        "{nothing}"
    );
    let arabic = plain(&page(&app, "/?q=himalaya&lang=ar", &[]).await.text);
    assert!(arabic.contains("dir=\"rtl\""));

    let profile = page(&app, &format!("/organizations/{id}"), &[]).await;
    assert_page(&profile, StatusCode::OK);
    let text = plain(&profile.text);
    for expected in [
        "Himalaya Dream Manpower",
        "HDM Overseas",
        "Bishnu Thapa",
        "Licence REVOKED — do not pay this agency",
        "Inspectors have published 1 finding against them.",
        "12 workers had to pay NPR 1,800,000.00 in illegal fees, in total.",
        "Inspectors ordered a refund of NPR 1,800,000.00.",
        "Nothing has been paid back yet. NPR 1,800,000.00 is still owed to workers.",
        "Made workers pay for their own recruitment",
        "1234/067/068",
        "Department of Foreign Employment",
        "Complain about them",
        &format!("/complain?organization={id}"),
    ] {
        assert!(
            text.contains(expected),
            "the profile lacks {expected:?}:\n{text}"
        );
    }
}

async fn complaint_form_and_status_without_javascript(app: TestApp) {
    let (id, _) = registry_with_a_revoked_agency(&app).await;
    let form = page(&app, &format!("/complain?organization={id}"), &[]).await;
    assert_page(&form, StatusCode::OK);
    assert_eq!(form.headers.get("cache-control").unwrap(), "no-store");
    let (token, cookie) = csrf(&form);
    let set_cookie = form.headers.get("set-cookie").unwrap().to_str().unwrap();
    assert!(
        set_cookie.contains("SameSite=Strict") && set_cookie.contains("HttpOnly"),
        "{set_cookie}"
    );
    assert!(form.text.contains("Himalaya Dream Manpower"));

    // Without the token, or with another one: refused, nothing filed.
    let forged = post_form(
        &app,
        "/complain",
        "",
        &[("organization_id", &id), ("category", "recruitment_fee")],
    )
    .await;
    assert_page(&forged, StatusCode::FORBIDDEN);
    let wrong = post_form(
        &app,
        "/complain",
        &cookie,
        &[
            ("csrf", "0123456789abcdef0123456789abcdef"),
            ("organization_id", &id),
        ],
    )
    .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);

    // Missing answers: the form comes back with the problems next to the fields and
    // everything typed still there.
    let narrative = "They kept my passport in the office safe";
    let incomplete = post_form(
        &app,
        "/complain",
        &cookie,
        &[
            ("csrf", &token),
            ("organization_name", "Unknown Broker Kathmandu"),
            ("narrative", narrative),
            ("contact", "viber 98000"),
        ],
    )
    .await;
    assert_page(&incomplete, StatusCode::UNPROCESSABLE_ENTITY);
    let text = plain(&incomplete.text);
    for expected in [
        "Please check your complaint: something needs to be fixed.",
        "Please choose at least one thing that happened.",
        "Please fill this in.",
        narrative,
        "value=\"Unknown Broker Kathmandu\"",
        "value=\"viber 98000\"",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }

    let filed = post_form(
        &app,
        "/complain?lang=ne",
        &cookie,
        &[
            ("csrf", &token),
            ("organization_id", &id),
            ("category", "recruitment_fee"),
            ("category", "document_retention"),
            ("narrative", narrative),
            ("incident_country", "QA"),
            ("sex", "female"),
            ("sector", "domestic_work"),
        ],
    )
    .await;
    assert_page(&filed, StatusCode::CREATED);
    assert!(filed.text.contains("<html lang=\"ne\""));
    assert!(
        !filed.text.contains(narrative),
        "the narrative is never shown back"
    );
    let receipt = filed
        .text
        .split("id=\"receipt\">")
        .nth(1)
        .and_then(|r| r.split('<').next())
        .unwrap()
        .to_string();
    assert_eq!(receipt.len(), 17, "{receipt}");

    // The complaint is really there, for the inspector of Qatar.
    let inspector = app.token(Role::Inspector, &["QA"]);
    let listed = app
        .call(Method::GET, "/api/v1/complaints", Some(&inspector), None)
        .await
        .json();
    assert_eq!(listed["items"].as_array().unwrap().len(), 1);

    let status_form = page(&app, "/complaints/status", &[("cookie", &cookie)]).await;
    let (token, _) = csrf(&status_form);
    let checked = post_form(
        &app,
        "/complaints/status",
        &cookie,
        &[("csrf", &token), ("receipt", &receipt.to_lowercase())],
    )
    .await;
    assert_page(&checked, StatusCode::OK);
    let text = plain(&checked.text);
    assert!(text.contains("Your complaint: Received"), "{text}");
    assert!(text.contains("An inspector will read it soon."));
    assert!(!text.contains(narrative));

    let mut typo: Vec<char> = receipt.chars().collect();
    typo[0] = if typo[0] == 'A' { 'B' } else { 'A' };
    let typo: String = typo.into_iter().collect();
    let mistyped = post_form(
        &app,
        "/complaints/status",
        &cookie,
        &[("csrf", &token), ("receipt", &typo)],
    )
    .await;
    assert_page(&mistyped, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(plain(&mistyped.text).contains("This code has a typing mistake"));
    let short = post_form(
        &app,
        "/complaints/status",
        &cookie,
        &[("csrf", &token), ("receipt", "ABC")],
    )
    .await;
    assert!(plain(&short.text).contains("A receipt code has 14 letters and numbers"));
    let forged = post_form(&app, "/complaints/status", "", &[("receipt", &receipt)]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
}

async fn money_counts_and_countries_in_the_readers_language(app: TestApp) {
    let (id, _) = registry_with_a_revoked_agency(&app).await;
    let profile = |lang: &str| {
        let app = &app;
        let path = format!("/organizations/{id}?lang={lang}");
        async move {
            let response = page(app, &path, &[]).await;
            assert_page(&response, StatusCode::OK);
            plain(&response.text)
        }
    };
    // Nepali: Devanagari digits, Indian grouping, the rupee's Nepali symbol, the
    // country's Nepali name, and the count of workers in Nepali digits too.
    let nepali = profile("ne").await;
    for expected in ["नेरू १८,००,०००.००", "नेरू १,५०,०००.००", "नेपाल", "१२"]
    {
        assert!(
            nepali.contains(expected),
            "ne lacks {expected:?}:\n{nepali}"
        );
    }
    assert!(!nepali.contains("1,800,000.00"), "{nepali}");
    // Hindi keeps Latin digits with Indian grouping.
    let hindi = profile("hi").await;
    assert!(hindi.contains("18,00,000.00"), "{hindi}");
    assert!(hindi.contains("नेपाल"), "{hindi}");
    // Arabic names the country in Arabic.
    let arabic = profile("ar").await;
    assert!(arabic.contains("نيبال"), "{arabic}");
    let english = profile("en").await;
    assert!(
        english.contains("NPR 150,000.00") && english.contains("Nepal"),
        "{english}"
    );

    // The complaint form lists countries by their names in the reader's language,
    // in that language's order, with the code beside each.
    let form = plain(&page(&app, "/complain?lang=ar", &[]).await.text);
    let qatar = form.find("قطر (QA)").expect("Qatar in Arabic");
    let nepal = form.find("نيبال (NP)").expect("Nepal in Arabic");
    assert!(qatar < nepal, "ق comes before ن");
    let form = plain(&page(&app, "/complain?lang=sw", &[]).await.text);
    assert!(
        form.contains("Katari (QA)") && form.contains("Saudia (SA)"),
        "{form}"
    );
}

backend_tests!(
    money_counts_and_countries_in_the_readers_language,
    every_page_in_every_language,
    language_by_query_cookie_and_header,
    headers_and_weight,
    search_and_profile_say_it_in_words,
    complaint_form_and_status_without_javascript,
);

#[tokio::test]
async fn an_unknown_path_is_a_page_for_a_browser_and_json_for_a_client() {
    let app = TestApp::sqlite().await.unwrap();
    let browser = page(
        &app,
        "/no-such-page?lang=sw",
        &[("accept", "text/html,application/xhtml+xml")],
    )
    .await;
    assert_page(&browser, StatusCode::NOT_FOUND);
    assert!(browser.text.contains("<html lang=\"sw\""));
    assert!(browser.headers.get("content-security-policy").is_some());
    let client = page(&app, "/no-such-page", &[("accept", "application/json")]).await;
    client.problem(StatusCode::NOT_FOUND);
    let api = page(&app, "/api/v1/nothing", &[("accept", "text/html")]).await;
    api.problem(StatusCode::NOT_FOUND);
}
