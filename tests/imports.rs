#![allow(clippy::unwrap_used)]
//! Importing official registers: the real Hong Kong Labour Department register end
//! to end, idempotent re-import, a changed file, entity resolution with its review
//! list, a register with licence numbers, and bad files. Real organizations get
//! licence facts only, never complaints or findings.

// Not reformatted from here: the harness belongs to the API tests.
#[rustfmt::skip]
mod common;
use common::TestApp;

use axum::http::StatusCode;
use chrono::NaiveDate;
use diesel::prelude::*;
use fairrecruit::db::schema::{events, organizations};
use fairrecruit::domain::role::Actor;
use fairrecruit::error::Error;
use fairrecruit::import::Mapping;
use fairrecruit::registry::import_reviews::{self, ReviewChoice, ReviewQuery};
use fairrecruit::registry::imports::{self, ImportReport, Outcome, Source};
use serde_json::{json, Value};

const HK_FILE: &str = "hk-employment-agencies-2021-12-28.csv";

fn hk_bytes() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/",
        "hk-employment-agencies-2021-12-28.csv"
    ))
    .unwrap()
}

fn hk_mapping() -> Mapping {
    Mapping::shipped("hk-labour-department").unwrap()
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn import(
    app: &TestApp,
    mapping: &Mapping,
    authority: &str,
    name: &str,
    published: &str,
    bytes: &[u8],
    dry_run: bool,
) -> Result<ImportReport, Error> {
    let mut conn = app.db.get().unwrap();
    let source = Source {
        name,
        date: date(published),
        bytes,
    };
    imports::import_register(
        &mut conn,
        &Actor::cli(),
        &app.sealer,
        mapping,
        authority,
        &source,
        dry_run,
    )
}

fn head(app: &TestApp) -> i64 {
    let mut conn = app.db.get().unwrap();
    events::table
        .select(diesel::dsl::max(events::seq))
        .first::<Option<i64>>(&mut conn)
        .unwrap()
        .unwrap_or(0)
}

fn actions_after(app: &TestApp, seq: i64) -> Vec<String> {
    let mut conn = app.db.get().unwrap();
    let mut actions: Vec<String> = events::table
        .filter(events::seq.gt(seq))
        .select(events::action)
        .load(&mut conn)
        .unwrap();
    actions.sort();
    actions
}

fn organizations_in(app: &TestApp, country: &str) -> i64 {
    let mut conn = app.db.get().unwrap();
    organizations::table
        .filter(organizations::country.eq(country))
        .count()
        .get_result(&mut conn)
        .unwrap()
}

fn decision<'r>(report: &'r ImportReport, name: &str) -> &'r imports::EntryDecision {
    report
        .decisions
        .iter()
        .find(|d| d.name == name)
        .unwrap_or_else(|| panic!("no decision for {name}: {:?}", report.decisions))
}

/// Rewrites the HK file through `change`, which gets each data row as cells.
fn hk_changed(change: impl Fn(&mut Vec<Vec<String>>)) -> Vec<u8> {
    let bytes = hk_bytes();
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let mut rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    change(&mut rows);
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&header).unwrap();
    for r in rows {
        writer.write_record(&r).unwrap();
    }
    writer.into_inner().unwrap()
}

async fn the_hk_register_imports_with_branches_merged(app: TestApp) {
    let report = import(
        &app,
        &hk_mapping(),
        "HK",
        HK_FILE,
        "2021-12-28",
        &hk_bytes(),
        false,
    )
    .unwrap();
    assert_eq!(report.rows, 3293);
    assert_eq!(
        report.entries, 3046,
        "one organization per English/Chinese name pair"
    );
    assert_eq!(report.created, 3046);
    assert_eq!(
        (
            report.matched,
            report.updated,
            report.closed,
            report.held_for_review
        ),
        (0, 0, 0, 0)
    );
    assert_eq!(organizations_in(&app, "HK"), 3046);
    assert_eq!(
        report.events,
        2 * 3046,
        "organization.created and listing.recorded each"
    );

    // Sunlight Employment Agency has 14 licensed branches: one organization.
    let sunlight = decision(&report, "Sunlight Employment Agency");
    assert_eq!(sunlight.outcome, Outcome::Created);
    assert_eq!(sunlight.rows.len(), 14);
    let id = sunlight.organization_id.clone().unwrap();
    let profile = app.get(&format!("/api/v1/organizations/{id}")).await.json();
    assert_eq!(profile["country"], "HK");
    assert_eq!(profile["aliases"][0]["name"], "陽光女傭中心");
    let listing = &profile["listings"][0];
    assert_eq!(listing["authority"], "HK");
    assert_eq!(listing["status"], "listed");
    assert_eq!(listing["branches"].as_array().unwrap().len(), 14);
    assert_eq!(listing["source"]["name"], HK_FILE);
    assert_eq!(listing["source"]["date"], "2021-12-28");
    assert_eq!(listing["source"]["sha256"].as_str().unwrap().len(), 64);
    let provenance = listing["provenance"].as_str().unwrap();
    assert!(
        provenance.starts_with("HK Labour Department register, 2021-12-28, rows "),
        "{provenance}"
    );
    assert!(listing["categories"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c == "Foreign Domestic Helpers"));
    assert!(profile["addresses"].as_array().unwrap().len() > 1);

    // A row with no English name takes its Chinese name as the name.
    assert_eq!(decision(&report, "思賢人力資源有限公司").rows, [3]);

    // Chinese names are searchable, as aliases and as names.
    app.index_now();
    let found = app.get("/api/v1/organizations?q=陽光女傭中心").await.json();
    assert_eq!(
        found["items"][0]["name"], "Sunlight Employment Agency",
        "{found}"
    );
    let found = app
        .get("/api/v1/organizations?q=思賢人力資源有限公司")
        .await
        .json();
    assert_eq!(found["items"][0]["name"], "思賢人力資源有限公司", "{found}");
}

async fn re_importing_the_same_file_changes_nothing(app: TestApp) {
    import(
        &app,
        &hk_mapping(),
        "HK",
        HK_FILE,
        "2021-12-28",
        &hk_bytes(),
        false,
    )
    .unwrap();
    let before = head(&app);
    let again = import(
        &app,
        &hk_mapping(),
        "HK",
        HK_FILE,
        "2021-12-28",
        &hk_bytes(),
        false,
    )
    .unwrap();
    assert_eq!(again.unchanged, 3046);
    assert_eq!(
        (again.created, again.updated, again.closed, again.events),
        (0, 0, 0, 0)
    );
    assert!(again.decisions.is_empty());
    assert_eq!(head(&app), before, "no event at all");
    assert_eq!(organizations_in(&app, "HK"), 3046);
}

async fn a_newer_file_records_what_changed(app: TestApp) {
    import(
        &app,
        &hk_mapping(),
        "HK",
        HK_FILE,
        "2021-12-28",
        &hk_bytes(),
        false,
    )
    .unwrap();
    let before = head(&app);
    let newer = hk_changed(|rows| {
        rows.retain(|r| r[1] != "MY SWEET HOME EMPLOYMENT AGENCY");
        let maid = rows.iter_mut().find(|r| r[1] == "1maid2 Limited").unwrap();
        maid[5] = "Flat 9, 9th floor, 99 Example Street, Kowloon".into();
        let three_r = rows
            .iter_mut()
            .find(|r| r[1] == "3R Consulting Limited")
            .unwrap();
        three_r[3] = "2018".into();
        rows.push(vec![
            "9999".into(),
            "Zephyr Demo Staffing Limited".into(),
            " ".into(),
            "2022".into(),
            "Wan Chai District".into(),
            "Unit 1, 1 Demo Road, Wan Chai".into(),
            "21000000".into(),
            " ".into(),
            " ".into(),
            "Office Staff / Executive Search".into(),
        ]);
    });
    let name = "hk-employment-agencies-2022-06-30.csv";
    let preview = import(&app, &hk_mapping(), "HK", name, "2022-06-30", &newer, true).unwrap();
    assert!(preview.dry_run);
    assert_eq!(head(&app), before, "a dry run writes nothing");

    let report = import(&app, &hk_mapping(), "HK", name, "2022-06-30", &newer, false).unwrap();
    assert_eq!(
        (preview.created, preview.updated, preview.closed),
        (1, 2, 1)
    );
    assert_eq!(
        (
            report.created,
            report.updated,
            report.closed,
            report.unchanged
        ),
        (1, 2, 1, 3043)
    );
    assert_eq!(decision(&report, "1maid2 Limited").changed, ["branches"]);
    assert_eq!(
        decision(&report, "3R Consulting Limited").changed,
        ["since"]
    );
    assert_eq!(
        actions_after(&app, before),
        [
            "listing.closed",
            "listing.recorded",
            "listing.updated",
            "listing.updated",
            "organization.created"
        ]
    );
    assert_eq!(report.events, 5);

    let closed = decision(&report, "MY SWEET HOME EMPLOYMENT AGENCY");
    assert_eq!(closed.outcome, Outcome::Closed);
    let id = closed.organization_id.clone().unwrap();
    let profile = app.get(&format!("/api/v1/organizations/{id}")).await.json();
    assert_eq!(
        profile["listings"][0]["status"], "cancelled",
        "closed, never deleted"
    );
    assert_eq!(profile["listings"][0]["source"]["date"], "2022-06-30");

    let updated = decision(&report, "3R Consulting Limited")
        .organization_id
        .clone()
        .unwrap();
    let profile = app
        .get(&format!("/api/v1/organizations/{updated}"))
        .await
        .json();
    assert_eq!(profile["listings"][0]["since"], "2018");
    assert_eq!(profile["listings"][0]["source"]["name"], name);

    // The change feed shows each change with its source file and rows.
    let feed = app
        .call(
            axum::http::Method::GET,
            &format!("/api/v1/changes?after={before}"),
            Some(&app.admin()),
            None,
        )
        .await
        .json();
    let update = feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["action"] == "listing.updated" && c["data"]["changed"][0] == "since")
        .unwrap();
    assert_eq!(update["data"]["source"]["name"], name);
    assert!(update["data"]["source"]["sha256"].as_str().unwrap().len() == 64);

    // The same newer file again: nothing.
    let again = import(&app, &hk_mapping(), "HK", name, "2022-06-30", &newer, false).unwrap();
    assert_eq!(again.events, 0);
}

/// A small register in the HK layout with invented names.
fn hk_like(rows: &[[&str; 4]]) -> Vec<u8> {
    let mut out = String::from(",English Company Name,Chinese Company Name,Valid Licence since,District,Address,Telephone No,FAX,Email,Placement Type\n");
    for (i, [en, zh, address, phone]) in rows.iter().enumerate() {
        out.push_str(&format!("{i},{en},{zh},2020,Kowloon City District,\"{address}\",{phone}, , ,Foreign Domestic Helpers\n"));
    }
    out.into_bytes()
}

async fn matches_are_explained_and_uncertain_ones_held_for_review(app: TestApp) {
    let admin = app.admin();
    let harbour = app
        .create_org(&admin, json!({"kind": "agency", "name": "Harbourlight Demo Staffing Limited", "country": "HK"}))
        .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let quill = app
        .create_org(
            &admin,
            json!({"kind": "agency", "name": "Quillfeather Demo Agency Limited", "country": "HK",
            "addresses": ["Unit 5, 1 Demo Road, Kowloon City District"]}),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let file = hk_like(&[
        [
            "HARBOURLIGHT DEMO STAFFING LIMITED",
            "港光示範",
            "Unit 8, 8 Demo Street",
            "23000001",
        ],
        [
            "Quillfeather Demo Agency Company",
            " ",
            "Unit 5, 1 Demo Road",
            "23000002",
        ],
        [
            "Quilfeather Demo Agency",
            " ",
            "Unit 7, 7 Other Road",
            "23000003",
        ],
        [
            "Brightmoor Demo Helpers",
            " ",
            "Unit 9, 9 Demo Lane",
            "23000004",
        ],
    ]);
    let report = import(
        &app,
        &hk_mapping(),
        "HK",
        "demo-2024-01-31.csv",
        "2024-01-31",
        &file,
        false,
    )
    .unwrap();
    assert_eq!(
        (report.matched, report.created, report.held_for_review),
        (2, 1, 1)
    );

    let exact = decision(&report, "HARBOURLIGHT DEMO STAFFING LIMITED");
    assert_eq!(exact.outcome, Outcome::Matched);
    assert_eq!(exact.organization_id.as_deref(), Some(harbour.as_str()));
    assert_eq!(exact.decision.as_ref().unwrap().rule, "same_name");

    let similar = decision(&report, "Quillfeather Demo Agency Company");
    assert_eq!(similar.outcome, Outcome::Matched);
    assert_eq!(similar.organization_id.as_deref(), Some(quill.as_str()));
    let d = similar.decision.as_ref().unwrap();
    assert_eq!(d.rule, "similar_name_shared_contact");
    assert!(d.score >= 0.9 && d.explanation.contains("share"), "{d:?}");

    let held = decision(&report, "Quilfeather Demo Agency");
    assert_eq!(held.outcome, Outcome::Review);
    let d = held.decision.as_ref().unwrap();
    assert_eq!(d.rule, "similar_name");
    assert!(
        d.score >= 0.75 && d.explanation.contains("no shared"),
        "{d:?}"
    );

    // The matched organization gained the register's Chinese name and its listing,
    // with the decision in the event.
    let profile = app
        .get(&format!("/api/v1/organizations/{harbour}"))
        .await
        .json();
    assert!(profile["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["name"] == "港光示範"));
    assert_eq!(
        profile["listings"][0]["provenance"],
        "HK Labour Department register, 2024-01-31, row 2"
    );
    assert_eq!(
        organizations_in(&app, "HK"),
        3,
        "two matched, one new, one held"
    );

    // Importing again holds nothing twice.
    let again = import(
        &app,
        &hk_mapping(),
        "HK",
        "demo-2024-01-31.csv",
        "2024-01-31",
        &file,
        false,
    )
    .unwrap();
    assert_eq!(
        (again.events, again.held_for_review, again.unchanged),
        (0, 1, 3)
    );

    // The admin API lists the review; deciding "separate" creates the organization.
    let reviews = app
        .call(
            axum::http::Method::GET,
            "/api/v1/imports/reviews",
            Some(&admin),
            None,
        )
        .await;
    assert_eq!(reviews.status, StatusCode::OK);
    let reviews = reviews.json();
    let review = &reviews["items"][0];
    assert_eq!(review["name"], "Quilfeather Demo Agency");
    assert_eq!(review["candidate_id"], quill.as_str());
    let id = review["id"].as_str().unwrap().to_string();
    let inspector = app.token(fairrecruit::domain::role::Role::Inspector, &["HK"]);
    let denied = app
        .post(
            &format!("/api/v1/imports/reviews/{id}"),
            Some(&inspector),
            json!({"decision": "separate"}),
        )
        .await;
    assert_eq!(denied.status, StatusCode::FORBIDDEN);
    let decided = app
        .post(
            &format!("/api/v1/imports/reviews/{id}"),
            Some(&admin),
            json!({"decision": "separate"}),
        )
        .await;
    assert_eq!(decided.status, StatusCode::OK, "{:?}", decided.json());
    let decided = decided.json();
    assert_eq!(decided["review"]["status"], "separate");
    assert_ne!(decided["organization_id"], quill.as_str());
    assert_eq!(organizations_in(&app, "HK"), 4);
    let twice = app
        .post(
            &format!("/api/v1/imports/reviews/{id}"),
            Some(&admin),
            json!({"decision": "merge"}),
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    let open = app
        .call(
            axum::http::Method::GET,
            "/api/v1/imports/reviews",
            Some(&admin),
            None,
        )
        .await
        .json();
    assert_eq!(open["items"], json!([]));

    // Now listed, the entry is unchanged on the next import.
    let third = import(
        &app,
        &hk_mapping(),
        "HK",
        "demo-2024-01-31.csv",
        "2024-01-31",
        &file,
        false,
    )
    .unwrap();
    assert_eq!(
        (third.events, third.unchanged, third.held_for_review),
        (0, 4, 0)
    );
}

async fn a_review_merged_gives_the_candidate_the_listing(app: TestApp) {
    let admin = app.admin();
    let quill = app
        .create_org(
            &admin,
            json!({"kind": "agency", "name": "Quillfeather Demo Agency Limited", "country": "HK"}),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let file = hk_like(&[[
        "Quilfeather Demo Agency",
        "羽毛示範",
        "Unit 7, 7 Other Road",
        "23000003",
    ]]);
    let report = import(
        &app,
        &hk_mapping(),
        "HK",
        "demo-2024-01-31.csv",
        "2024-01-31",
        &file,
        false,
    )
    .unwrap();
    assert_eq!(report.held_for_review, 1);
    let mut conn = app.db.get().unwrap();
    let reviews =
        import_reviews::list_reviews(&mut conn, &Actor::cli(), &ReviewQuery::default()).unwrap();
    let decided = import_reviews::decide_review(
        &mut conn,
        &Actor::cli(),
        &app.sealer,
        reviews.items[0].id,
        ReviewChoice::Merge,
    )
    .unwrap();
    assert_eq!(decided.organization_id.to_string(), quill);
    let profile = app
        .get(&format!("/api/v1/organizations/{quill}"))
        .await
        .json();
    assert_eq!(
        profile["listings"][0]["register_name"],
        "HK Labour Department register"
    );
    assert!(profile["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["name"] == "羽毛示範"));
    assert_eq!(organizations_in(&app, "HK"), 1);
}

const NUMBERED_MAPPING: &str = r#"
register_name = "Demo licence register"
authority_name = "Department of Foreign Employment"
country = "NP"
disappeared = "cancelled"
[columns]
names = ["Agency"]
licence_number = "Licence No."
valid_until = { column = "Valid until", format = "%d/%m/%Y" }
address = ["Office"]
"#;

async fn a_register_with_numbers_creates_and_closes_licences(app: TestApp) {
    let mapping = Mapping::parse(NUMBERED_MAPPING, "numbered.toml").unwrap();
    let first = "Agency,Licence No.,Valid until,Office\n\
                 Demo Himal Overseas,DEMO-LB-0001,31/12/2099,Ward 1\n\
                 Demo Everest Manpower,DEMO-LB-0002,31/12/2099,Ward 2\n";
    let r = import(
        &app,
        &mapping,
        "NP",
        "demo-register-2025-01-01.csv",
        "2025-01-01",
        first.as_bytes(),
        false,
    )
    .unwrap();
    assert_eq!(r.created, 2);
    let verified = app
        .get("/api/v1/licences/verify?authority=NP&number=demolb0002")
        .await
        .json();
    assert_eq!(verified["found"], true);
    assert_eq!(verified["status"], "active");
    assert_eq!(verified["organization_name"], "Demo Everest Manpower");

    let second = "Agency,Licence No.,Valid until,Office\nDemo Himal Overseas,DEMO-LB-0001,31/12/2099,Ward 1\n";
    let r = import(
        &app,
        &mapping,
        "NP",
        "demo-register-2025-06-01.csv",
        "2025-06-01",
        second.as_bytes(),
        false,
    )
    .unwrap();
    assert_eq!((r.closed, r.unchanged), (1, 1));
    let verified = app
        .get("/api/v1/licences/verify?authority=NP&number=DEMO-LB-0002")
        .await
        .json();
    assert_eq!(
        verified["status"], "cancelled",
        "disappeared from the register: cancelled, never deleted"
    );
    let again = import(
        &app,
        &mapping,
        "NP",
        "demo-register-2025-06-01.csv",
        "2025-06-01",
        second.as_bytes(),
        false,
    )
    .unwrap();
    assert_eq!(again.events, 0);
}

async fn bad_files_are_refused_with_row_and_column_and_change_nothing(app: TestApp) {
    let before = head(&app);
    let hk = hk_mapping();
    let err = |bytes: &[u8]| {
        import(&app, &hk, "HK", HK_FILE, "2021-12-28", bytes, false)
            .unwrap_err()
            .to_string()
    };

    let no_email = hk_changed(|_| {});
    let text = String::from_utf8(no_email)
        .unwrap()
        .replacen("Email", "E-mail", 1);
    let e = err(text.as_bytes());
    assert!(
        e.starts_with("row 1: the mapping names column \"Email\" but the header has"),
        "{e}"
    );

    let bad_year = hk_changed(|rows| rows[9][3] = "20l7".into());
    assert_eq!(
        err(&bad_year),
        "row 11, column \"Valid Licence since\": \"20l7\" is not a date in the format \"year\""
    );

    let mut latin1 = hk_bytes();
    let at = latin1.len() - 10;
    latin1[at] = 0xE9;
    let e = err(&latin1);
    assert!(e.starts_with("row 3294: not UTF-8 at byte "), "{e}");

    // A file that fails halfway through planning writes nothing either.
    let e = import(&app, &hk, "XX", HK_FILE, "2021-12-28", &hk_bytes(), false)
        .unwrap_err()
        .to_string();
    assert!(e.contains("authority"), "{e}");
    assert_eq!(head(&app), before);
    assert_eq!(organizations_in(&app, "HK"), 0);
}

async fn the_admin_api_imports_an_upload(app: TestApp) {
    let admin = app.admin();
    let path = "/api/v1/imports/register?authority=HK&mapping=hk-labour-department&file_name=hk-employment-agencies-2021-12-28.csv&published=2021-12-28";
    let upload = |token: Option<String>, path: String, body: Vec<u8>| {
        let request = axum::http::Request::builder()
            .method("POST")
            .uri(path)
            .header("content-type", "text/csv");
        let request = match token {
            Some(t) => request.header("authorization", format!("Bearer {t}")),
            None => request,
        };
        request.body(axum::body::Body::from(body)).unwrap()
    };
    let dry = app
        .send(upload(
            Some(admin.clone()),
            format!("{path}&dry_run=true"),
            hk_bytes(),
        ))
        .await;
    assert_eq!(dry.status, StatusCode::OK);
    let dry: Value = dry.json();
    assert_eq!(dry["dry_run"], true);
    assert_eq!(dry["created"], 3046);
    assert_eq!(organizations_in(&app, "HK"), 0);

    let anonymous = app.send(upload(None, path.into(), hk_bytes())).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    let consulate = app.token(fairrecruit::domain::role::Role::Consulate, &["NP"]);
    let refused = app
        .send(upload(Some(consulate), path.into(), hk_bytes()))
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    let done = app
        .send(upload(Some(admin.clone()), path.into(), hk_bytes()))
        .await;
    assert_eq!(done.status, StatusCode::OK);
    assert_eq!(done.json()["events"], 2 * 3046);
    assert_eq!(organizations_in(&app, "HK"), 3046);

    let bad = app
        .send(upload(
            Some(admin.clone()),
            path.into(),
            b"Name\nx\n".to_vec(),
        ))
        .await;
    let problem = bad.problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        problem["detail"]
            .as_str()
            .unwrap()
            .starts_with("row 1: the mapping names column"),
        "{problem}"
    );
    let unknown = app
        .send(upload(
            Some(admin),
            path.replace("hk-labour-department", "nope"),
            hk_bytes(),
        ))
        .await;
    unknown.problem(StatusCode::UNPROCESSABLE_ENTITY);
}

async fn the_profile_page_shows_the_listing_and_its_source(app: TestApp) {
    let file = hk_like(&[[
        "Brightmoor Demo Helpers",
        "明沼示範",
        "Unit 9, 9 Demo Lane",
        "23000004",
    ]]);
    let report = import(
        &app,
        &hk_mapping(),
        "HK",
        "demo-2024-01-31.csv",
        "2024-01-31",
        &file,
        false,
    )
    .unwrap();
    let id = report.decisions[0].organization_id.clone().unwrap();
    // Fluent wraps placeables in Unicode isolation marks; a reader does not see them.
    let visible = |html: &str| html.replace(['\u{2068}', '\u{2069}'], "");
    let page = app.get(&format!("/organizations/{id}?lang=en")).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = &visible(&page.text);
    assert!(
        html.contains("Listed in the HK Labour Department register"),
        "{html}"
    );
    assert!(
        !html.contains("No licence on record"),
        "a listed agency is not shown as unlicensed"
    );
    assert!(
        html.contains("HK Labour Department register, 2024-01-31, row 2"),
        "{html}"
    );
    assert!(html.contains("Licensed since"));

    let nepali = visible(&app.get(&format!("/organizations/{id}?lang=ne")).await.text);
    assert!(
        nepali.contains("HK Labour Department register मा सूचीकृत"),
        "{nepali}"
    );

    // Gone from the next file: the page warns.
    let empty = hk_like(&[]);
    import(
        &app,
        &hk_mapping(),
        "HK",
        "demo-2024-06-30.csv",
        "2024-06-30",
        &empty,
        false,
    )
    .unwrap();
    let html = visible(&app.get(&format!("/organizations/{id}?lang=en")).await.text);
    assert!(
        html.contains("No longer listed in the HK Labour Department register — be careful"),
        "{html}"
    );
    assert!(html.contains("No longer listed: cancelled"), "{html}");
}

backend_tests!(
    the_profile_page_shows_the_listing_and_its_source,
    the_hk_register_imports_with_branches_merged,
    re_importing_the_same_file_changes_nothing,
    a_newer_file_records_what_changed,
    matches_are_explained_and_uncertain_ones_held_for_review,
    a_review_merged_gives_the_candidate_the_listing,
    a_register_with_numbers_creates_and_closes_licences,
    bad_files_are_refused_with_row_and_column_and_change_nothing,
    the_admin_api_imports_an_upload,
);
