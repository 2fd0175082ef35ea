#![allow(clippy::unwrap_used)]
//! Statistics as a researcher and a worker see them: complaints and published
//! findings made through the API, then the grouped counts, primary and secondary
//! suppression, the minimum cell size, CSV, the `/stats` page in several languages
//! (inline SVG, no script), and that nothing in any statistics answer identifies a
//! complainant. On SQLite and PostgreSQL.

#[rustfmt::skip]
mod common;

use std::collections::BTreeMap;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use chrono::Datelike;
use common::{TestApp, TestResponse};
use fairrecruit::api::ratelimit::Quotas;
use fairrecruit::domain::suppression::MinCell;
use fairrecruit::web::i18n::{LANGUAGES, MISSING};
use fairrecruit::{build_app, AppState};
use serde_json::{json, Value};

/// Confidential text planted in every complaint: never in any statistics answer.
const NAME: &str = "Sunita Stats-Marker";
const CONTACT: &str = "+977-98-STATS-0001";
const NARRATIVE: &str = "NARRATIVE-5521 the broker kept my passport in Doha";
const ORG_NAME: &str = "Stats Demo Overseas";

/// Complaints filed, per (categories, sex): a complaint naming two categories
/// counts under each. Category × sex then reads
///
/// | category        | female | male | undisclosed |
/// |-----------------|--------|------|-------------|
/// | recruitment_fee | 6      | 21   | 2           |
/// | wage_theft      | 7      | 11   | 3           |
///
/// With the minimum of 5, both undisclosed cells are primary. Each row then has
/// exactly one suppressed cell, which its row total would give away, so the
/// female cell (the row's next smallest) is suppressed too; the undisclosed and
/// female columns each have two and need nothing more.
const FILED: [(&[&str], &str, usize); 6] = [
    (&["recruitment_fee"], "female", 6),
    (&["recruitment_fee"], "male", 10),
    (&["recruitment_fee"], "undisclosed", 2),
    (&["wage_theft"], "female", 7),
    (&["wage_theft", "recruitment_fee"], "male", 11),
    (&["wage_theft"], "undisclosed", 3),
];
const COMPLAINTS: i64 = 39;

struct Registry {
    admin: String,
    org: String,
    complaint_ids: Vec<String>,
    receipts: Vec<String>,
    finding_ids: Vec<String>,
}

fn quotas() -> Quotas {
    Quotas {
        per_address: 10_000,
        receipts_per_address: 100,
        per_token: 10_000,
        per_consulate: 10_000,
    }
}

/// The app serving statistics with this minimum cell size.
fn with_min_cell(mut app: TestApp, min_cell: u32) -> TestApp {
    let state = AppState::new(app.db.clone(), app.sealer.clone())
        .with_search(app.index.clone())
        .with_quotas(quotas())
        .with_stats_min_cell(MinCell::new(min_cell).unwrap());
    app.router = build_app(state);
    app
}

async fn registry(app: &TestApp) -> Registry {
    let admin = app.admin();
    let org = app
        .create_org(
            &admin,
            json!({"kind": "agency", "name": ORG_NAME, "country": "NP"}),
        )
        .await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let mut complaint_ids = Vec::new();
    let mut receipts = Vec::new();
    for (categories, sex, times) in FILED {
        // Wage theft happened in Qatar and Saudi Arabia, fees were taken for Qatar.
        let countries: &[&str] = if categories[0] == "wage_theft" {
            &["QA", "SA"]
        } else {
            &["QA"]
        };
        for _ in 0..times {
            let response = app
                .post(
                    "/api/v1/complaints",
                    None,
                    json!({"respondents": [{"organization_id": org}], "categories": categories,
                           "narrative": NARRATIVE, "incident_countries": countries,
                           "complainant": {"name": NAME, "contact": CONTACT, "sex": sex,
                                           "nationality": "NP", "sector": "domestic_work"}}),
                )
                .await;
            assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
            let filed = response.json();
            complaint_ids.push(filed["id"].as_str().unwrap().to_string());
            receipts.push(filed["receipt"].as_str().unwrap().to_string());
        }
    }
    Registry {
        admin,
        org,
        complaint_ids,
        receipts,
        finding_ids: Vec::new(),
    }
}

async fn get(app: &TestApp, path: &str) -> TestResponse {
    let response = app.get(path).await;
    assert_eq!(response.status, StatusCode::OK, "{path}: {}", response.text);
    response
}

/// Cells of a table by their values in `group_by` order, e.g. "recruitment_fee/female".
fn cells(table: &Value) -> BTreeMap<String, Value> {
    let dimensions: Vec<String> = table["group_by"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap().to_string())
        .collect();
    table["cells"]
        .as_array()
        .unwrap()
        .iter()
        .map(|cell| {
            let key: Vec<&str> = dimensions
                .iter()
                .map(|d| cell["group"][d].as_str().unwrap())
                .collect();
            (key.join("/"), cell.clone())
        })
        .collect()
}

/// The cells' values in the order the answer lists them.
fn keys(table: &Value) -> Vec<String> {
    table["cells"]
        .as_array()
        .unwrap()
        .iter()
        .map(|cell| {
            table["group_by"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| cell["group"][d.as_str().unwrap()].as_str().unwrap())
                .collect::<Vec<_>>()
                .join("/")
        })
        .collect()
}

#[track_caller]
fn shown(cell: &Value, count: i64) {
    assert_eq!(cell["count"], count, "{cell}");
    assert_eq!(cell["suppressed"], false, "{cell}");
    assert!(cell.get("reason").is_none(), "{cell}");
}

#[track_caller]
fn hidden(cell: &Value, reason: &str) {
    assert_eq!(cell["count"], Value::Null, "{cell}");
    assert_eq!(cell["suppressed"], true, "{cell}");
    assert_eq!(cell["reason"], reason, "{cell}");
}

async fn complaints_are_counted_by_any_dimension(app: TestApp) {
    let app = with_min_cell(app.with_quotas(quotas()), 5);
    registry(&app).await;

    let total = get(&app, "/api/v1/stats/complaints").await;
    assert!(total.content_type().starts_with("application/json"));
    let total = total.json();
    assert_eq!(total["subject"], "complaints");
    assert_eq!(total["group_by"], json!([]));
    assert_eq!(total["min_cell"], 5);
    assert_eq!(total["cells"].as_array().unwrap().len(), 1, "{total}");
    assert_eq!(total["cells"][0]["group"], json!({}));
    shown(&total["cells"][0], COMPLAINTS);
    shown(&total["total"], COMPLAINTS);

    // A complaint naming two categories counts under each; the total counts it once.
    let by_category = get(&app, "/api/v1/stats/complaints?group_by=category")
        .await
        .json();
    let c = cells(&by_category);
    assert_eq!(
        c.keys().collect::<Vec<_>>(),
        ["recruitment_fee", "wage_theft"]
    );
    shown(&c["recruitment_fee"], 29);
    shown(&c["wage_theft"], 21);
    shown(&by_category["total"], COMPLAINTS);

    // Likewise a complaint naming two incident countries.
    let by_country = get(
        &app,
        "/api/v1/stats/complaints?group_by=destination_country",
    )
    .await
    .json();
    let c = cells(&by_country);
    shown(&c["QA"], COMPLAINTS);
    shown(&c["SA"], 21);

    let year = chrono::Utc::now().year().to_string();
    let several = get(
        &app,
        "/api/v1/stats/complaints?group_by=year,nationality,sector,sex",
    )
    .await
    .json();
    let c = cells(&several);
    shown(&c[&format!("{year}/NP/domestic_work/female")], 13);
    shown(&c[&format!("{year}/NP/domestic_work/male")], 21);
    shown(&c[&format!("{year}/NP/domestic_work/undisclosed")], 5);
    assert_eq!(c.len(), 3, "{several}");

    // Six dimensions at once.
    let all = get(
        &app,
        "/api/v1/stats/complaints?group_by=category,sex,nationality,sector,destination_country,year",
    )
    .await
    .json();
    assert_eq!(all["group_by"].as_array().unwrap().len(), 6);
}

async fn small_cells_are_suppressed_and_cannot_be_worked_out(app: TestApp) {
    let app = with_min_cell(app.with_quotas(quotas()), 5);
    registry(&app).await;
    let table = get(&app, "/api/v1/stats/complaints?group_by=category,sex")
        .await
        .json();
    let c = cells(&table);
    assert_eq!(
        keys(&table),
        [
            "recruitment_fee/female",
            "recruitment_fee/male",
            "recruitment_fee/undisclosed",
            "wage_theft/female",
            "wage_theft/male",
            "wage_theft/undisclosed",
        ]
    );
    // Primary: fewer than five complaints.
    hidden(&c["recruitment_fee/undisclosed"], "primary");
    hidden(&c["wage_theft/undisclosed"], "primary");
    // Secondary: in each row only the undisclosed cell was small, so the next
    // smallest (female: 6 and 7) is hidden with it.
    hidden(&c["recruitment_fee/female"], "secondary");
    hidden(&c["wage_theft/female"], "secondary");
    shown(&c["recruitment_fee/male"], 21);
    shown(&c["wage_theft/male"], 11);

    // The row totals are public (grouped by category alone), yet each row's hidden
    // cells can only be known as a sum: 29 - 21 = 8 is female plus undisclosed.
    let rows = cells(
        &get(&app, "/api/v1/stats/complaints?group_by=category")
            .await
            .json(),
    );
    shown(&rows["recruitment_fee"], 29);
    for row in ["recruitment_fee", "wage_theft"] {
        let hidden_in_row = c
            .iter()
            .filter(|(key, cell)| key.starts_with(row) && cell["suppressed"] == true)
            .count();
        assert!(hidden_in_row >= 2, "{row} gives a cell away: {table}");
    }
    // And so do the columns (grouped by sex alone).
    let columns = cells(
        &get(&app, "/api/v1/stats/complaints?group_by=sex")
            .await
            .json(),
    );
    shown(&columns["undisclosed"], 5);
    for column in ["female", "male", "undisclosed"] {
        let hidden_in_column = c
            .iter()
            .filter(|(key, cell)| {
                key.ends_with(&format!("/{column}")) && cell["suppressed"] == true
            })
            .count();
        assert_ne!(hidden_in_column, 1, "{column} gives a cell away: {table}");
    }
}

async fn the_minimum_cell_size_is_configurable(app: TestApp) {
    let app = with_min_cell(app.with_quotas(quotas()), 3);
    registry(&app).await;
    let table = get(&app, "/api/v1/stats/complaints?group_by=category,sex")
        .await
        .json();
    assert_eq!(table["min_cell"], 3);
    let c = cells(&table);
    // 2 is still below the minimum; 3 is not, but its column then has exactly one
    // suppressed cell, so it is hidden as the column's partner.
    hidden(&c["recruitment_fee/undisclosed"], "primary");
    hidden(&c["wage_theft/undisclosed"], "secondary");
    hidden(&c["recruitment_fee/female"], "secondary");
    hidden(&c["wage_theft/female"], "secondary");
    shown(&c["wage_theft/male"], 11);
    let by_sex = cells(
        &get(&app, "/api/v1/stats/complaints?group_by=sex")
            .await
            .json(),
    );
    shown(&by_sex["undisclosed"], 5);

    // A higher minimum hides the whole 1-way table but keeps the total.
    let app = with_min_cell(app, 40);
    let table = get(&app, "/api/v1/stats/complaints?group_by=sex")
        .await
        .json();
    for cell in cells(&table).values() {
        assert_eq!(cell["suppressed"], true, "{table}");
    }
    hidden(&table["total"], "primary");
}

async fn unknown_or_repeated_dimensions_are_refused_with_the_valid_ones(app: TestApp) {
    let app = app.with_quotas(quotas());
    for (path, valid) in [
        (
            "/api/v1/stats/complaints?group_by=category,income",
            "category, sex, nationality, sector, destination_country, year",
        ),
        (
            "/api/v1/stats/complaints?group_by=fee_category",
            "category, sex, nationality, sector, destination_country, year",
        ),
        (
            "/api/v1/stats/findings?group_by=name",
            "category, fee_category, sex, nationality, sector, destination_country, jurisdiction, year",
        ),
    ] {
        let problem = app.get(path).await.problem(StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(problem["errors"][0]["field"], "group_by", "{problem}");
        let message = problem["errors"][0]["message"].as_str().unwrap();
        assert!(message.ends_with(valid), "{message}");
        assert!(!message.contains("income"), "the sent value is not echoed: {message}");
    }
    let repeated = app
        .get("/api/v1/stats/complaints?group_by=sex,sex")
        .await
        .problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        repeated["detail"].as_str().unwrap().contains("twice"),
        "{repeated}"
    );
    app.get("/api/v1/stats/complaints?format=xlsx")
        .await
        .problem(StatusCode::BAD_REQUEST);
    app.get("/api/v1/stats/complaints?min_cell=1")
        .await
        .problem(StatusCode::BAD_REQUEST);
    // No token is needed, but a bad one is refused as everywhere.
    let request = Request::builder()
        .method(Method::GET)
        .uri("/api/v1/stats/complaints")
        .header("authorization", "Bearer frt_not_a_token")
        .body(Body::empty())
        .unwrap();
    app.send(request).await.problem(StatusCode::UNAUTHORIZED);
}

async fn csv_has_the_same_cells_with_suppressed_ones_blank(app: TestApp) {
    let app = with_min_cell(app.with_quotas(quotas()), 5);
    registry(&app).await;
    let csv = get(
        &app,
        "/api/v1/stats/complaints?group_by=category,sex&format=csv",
    )
    .await;
    assert_eq!(csv.content_type(), "text/csv; charset=utf-8");
    assert_eq!(
        csv.headers["content-disposition"],
        "attachment; filename=\"complaints-by-category-sex.csv\""
    );
    assert_eq!(
        csv.text,
        "category,sex,count,suppressed,reason\n\
         recruitment_fee,female,,true,secondary\n\
         recruitment_fee,male,21,false,\n\
         recruitment_fee,undisclosed,,true,primary\n\
         wage_theft,female,,true,secondary\n\
         wage_theft,male,11,false,\n\
         wage_theft,undisclosed,,true,primary\n"
    );
    let total = get(&app, "/api/v1/stats/complaints?format=csv").await;
    assert_eq!(
        total.text,
        format!("count,suppressed,reason\n{COMPLAINTS},false,\n")
    );
}

/// Publishes a finding made by the admin and returns its id.
async fn finding(app: &TestApp, registry: &mut Registry, body: Value, publish: bool) -> String {
    let mut body = body;
    body["organization_id"] = json!(registry.org);
    let created = app
        .post("/api/v1/findings", Some(&registry.admin), body)
        .await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let id = created.json()["id"].as_str().unwrap().to_string();
    if publish {
        let published = app
            .post(
                &format!("/api/v1/findings/{id}/publish"),
                Some(&registry.admin),
                json!({}),
            )
            .await;
        assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    }
    registry.finding_ids.push(id.clone());
    id
}

fn npr_fee() -> Value {
    json!({"category": "recruitment_fee", "amount_per_worker_minor": 10_000_000, "currency": "NPR",
           "workers_affected": 2, "refund_ordered_minor": 20_000_000})
}

fn usd_medical() -> Value {
    json!({"category": "medical", "amount_per_worker_minor": 15_000, "currency": "USD",
           "workers_affected": 4, "refund_ordered_minor": 0})
}

/// Six published findings of recruitment fees in NPR (one also a USD medical fee),
/// two published findings without fees, and a draft and an overturned finding that
/// must not count.
async fn findings_registry(app: &TestApp) -> Registry {
    let mut registry = registry(app).await;
    let violation = json!([{"category": "recruitment_fee", "severity": "high"}]);
    for i in 0..6 {
        let mut fees = vec![npr_fee()];
        if i == 0 {
            fees.push(usd_medical());
        }
        finding(
            app,
            &mut registry,
            json!({"violations": violation, "fee_violations": fees}),
            true,
        )
        .await;
    }
    for _ in 0..2 {
        finding(
            app,
            &mut registry,
            json!({"violations": [{"category": "threats", "severity": "high"}]}),
            true,
        )
        .await;
    }
    finding(
        app,
        &mut registry,
        json!({"violations": violation, "fee_violations": [npr_fee()]}),
        false,
    )
    .await;
    let overturned = finding(
        app,
        &mut registry,
        json!({"violations": violation, "fee_violations": [npr_fee()]}),
        true,
    )
    .await;
    for status in ["appealed", "overturned"] {
        let response = app
            .post(
                &format!("/api/v1/findings/{overturned}/status"),
                Some(&registry.admin),
                json!({"status": status}),
            )
            .await;
        assert_eq!(response.status, StatusCode::OK, "{}", response.text);
    }
    // A refund paid on the first finding's NPR fee.
    let first = registry.finding_ids[0].clone();
    let fee_id = app.get(&format!("/api/v1/findings/{first}")).await.json()["fee_violations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["currency"] == "NPR")
        .unwrap()["id"]
        .clone();
    let refund = app
        .post(
            &format!("/api/v1/findings/{first}/refunds"),
            Some(&registry.admin),
            json!({"amount_minor": 5_000_000, "currency": "NPR", "date": "2026-01-15",
                   "fee_violation_id": fee_id, "workers": 1}),
        )
        .await;
    assert_eq!(refund.status, StatusCode::CREATED, "{}", refund.text);
    registry
}

async fn only_published_findings_count_with_fees_per_currency(app: TestApp) {
    let app = with_min_cell(app.with_quotas(quotas()), 5);
    findings_registry(&app).await;

    let total = get(&app, "/api/v1/stats/findings").await.json();
    assert_eq!(total["subject"], "findings");
    shown(&total["total"], 8);
    assert_eq!(
        total["total"]["fee_totals"],
        json!([
            {"currency": "NPR", "charged_minor": 120_000_000, "refund_ordered_minor": 120_000_000,
             "refunded_minor": 5_000_000},
            {"currency": "USD", "charged_minor": 60_000, "refund_ordered_minor": 0, "refunded_minor": 0}
        ])
    );

    // By fee category: the medical fee (one finding) and the findings without fees
    // (two) are small; the recruitment-fee cell sums only recruitment fees.
    let by_fee = get(&app, "/api/v1/stats/findings?group_by=fee_category")
        .await
        .json();
    let c = cells(&by_fee);
    assert_eq!(
        keys(&by_fee),
        ["recruitment_fee", "medical", "none"],
        "the order of the registry's fee categories, none last"
    );
    shown(&c["recruitment_fee"], 6);
    assert_eq!(
        c["recruitment_fee"]["fee_totals"],
        json!([{"currency": "NPR", "charged_minor": 120_000_000, "refund_ordered_minor": 120_000_000,
                "refunded_minor": 5_000_000}])
    );
    hidden(&c["medical"], "primary");
    hidden(&c["none"], "primary");
    assert!(c["medical"].get("fee_totals").is_none(), "{by_fee}");

    let by_category = cells(
        &get(
            &app,
            "/api/v1/stats/findings?group_by=category,jurisdiction",
        )
        .await
        .json(),
    );
    // Two threat findings are too few; the only other cell of that line goes too.
    hidden(&by_category["threats/NP"], "primary");
    hidden(&by_category["recruitment_fee/NP"], "secondary");

    // No complaint is linked, so complainant facts are unknown.
    let by_sex = cells(
        &get(
            &app,
            "/api/v1/stats/findings?group_by=sex,destination_country",
        )
        .await
        .json(),
    );
    shown(&by_sex["unknown/unknown"], 8);

    let csv = get(
        &app,
        "/api/v1/stats/findings?group_by=fee_category&format=csv",
    )
    .await;
    assert_eq!(
        csv.text,
        "fee_category,count,suppressed,reason,charged_minor_NPR,refund_ordered_minor_NPR,refunded_minor_NPR\n\
         recruitment_fee,6,false,,120000000,120000000,5000000\n\
         medical,,true,primary,,,\n\
         none,,true,primary,,,\n"
    );
}

async fn nothing_identifies_a_complainant(app: TestApp) {
    let app = with_min_cell(app.with_quotas(quotas()), 3);
    let registry = findings_registry(&app).await;
    let mut answers = Vec::new();
    for subject in ["complaints", "findings"] {
        let dimensions: &[&str] = if subject == "complaints" {
            &[
                "category",
                "sex",
                "nationality",
                "sector",
                "destination_country",
                "year",
            ]
        } else {
            &[
                "category",
                "fee_category",
                "sex",
                "nationality",
                "sector",
                "destination_country",
                "jurisdiction",
                "year",
            ]
        };
        for n in 0..=dimensions.len() {
            for format in ["json", "csv"] {
                let path = format!(
                    "/api/v1/stats/{subject}?group_by={}&format={format}",
                    dimensions[..n].join(",")
                );
                answers.push(get(&app, &path).await.text);
            }
        }
    }
    for lang in ["en", "ne", "ar"] {
        answers.push(get(&app, &format!("/stats?lang={lang}")).await.text);
    }
    let secrets = [
        NAME,
        CONTACT,
        NARRATIVE,
        ORG_NAME,
        "Stats-Marker",
        "NARRATIVE-5521",
        "Doha",
    ];
    for answer in &answers {
        for secret in secrets {
            assert!(
                !answer.contains(secret),
                "{secret} in a statistics answer: {answer}"
            );
        }
        for id in registry
            .complaint_ids
            .iter()
            .chain(&registry.finding_ids)
            .chain([&registry.org])
        {
            assert!(
                !answer.contains(id.as_str()),
                "an id in a statistics answer: {answer}"
            );
        }
        for receipt in &registry.receipts {
            assert!(!answer.contains(receipt.as_str()), "a receipt in: {answer}");
        }
    }
}

/// Text as a reader sees it: without Fluent's direction isolates.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}', '\u{200e}', '\u{200f}'], "")
        .replace('\u{a0}', " ")
}

async fn the_page_shows_tables_and_a_chart_in_every_language(app: TestApp) {
    let app = with_min_cell(app.with_quotas(quotas()), 5);
    findings_registry(&app).await;
    for language in LANGUAGES {
        let page = get(&app, &format!("/stats?lang={}", language.code)).await;
        assert!(
            page.content_type().starts_with("text/html"),
            "{}",
            page.content_type()
        );
        let html = &page.text;
        assert!(
            !html.contains(MISSING),
            "{}: a raw message key",
            language.code
        );
        assert!(!html.contains("<script"), "no script on the page");
        assert!(page.headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("default-src 'none'"));
        assert!(html.contains("<svg class=\"chart\""), "{}", language.code);
        assert!(html.contains("role=\"img\" aria-labelledby=\"chart-title chart-desc\""));
        assert!(html.contains("<title id=\"chart-title\">"));
        assert!(html.contains("<th scope=\"col\">") && html.contains("<th scope=\"row\">"));
        assert!(html.contains("<caption>"));
        assert!(html.contains("href=\"/stats\""), "linked from the menu");
        // Hidden cells carry the mark, a word for screen readers and the legend.
        assert!(html.contains("<span aria-hidden=\"true\">◆</span><span class=\"vh\">"));
        assert!(html.contains("class=\"legend\""));
        assert_eq!(
            html.contains("direction=\"rtl\""),
            language.rtl,
            "{}",
            language.code
        );
    }

    let english = plain(&get(&app, "/stats?lang=en").await.text);
    assert!(english.contains("<title id=\"chart-title\">Complaints by problem</title>"));
    assert!(english.contains("Complaints received: 39"), "{english}");
    assert!(english.contains("Findings published: 8"), "{english}");
    // Row "Made workers pay for their own recruitment": female hidden, male 21,
    // undisclosed hidden, all 29.
    assert!(english.contains(
        "<tr><th scope=\"row\">Made workers pay for their own recruitment</th>\
         <td class=\"hidden\"><span aria-hidden=\"true\">◆</span><span class=\"vh\">Hidden</span></td>\
         <td>21</td><td>0</td>\
         <td class=\"hidden\"><span aria-hidden=\"true\">◆</span><span class=\"vh\">Hidden</span></td>\
         <td>0</td><td><strong>29</strong></td></tr>"
    ), "{english}");
    assert!(
        english.contains("NPR 1,200,000.00"),
        "fee totals in words: {english}"
    );
    assert!(
        english.contains("fewer than 5 complaints or findings"),
        "{english}"
    );

    let nepali = plain(&get(&app, "/stats?lang=ne").await.text);
    assert!(
        nepali.contains("<title id=\"chart-title\">समस्या अनुसार उजुरी</title>"),
        "{nepali}"
    );
    assert!(
        nepali.contains("प्राप्त उजुरी: ३९"),
        "Devanagari digits: {nepali}"
    );

    let arabic = plain(&get(&app, "/stats?lang=ar").await.text);
    assert!(arabic.contains("dir=\"rtl\""));
    assert!(
        arabic.contains("<title id=\"chart-title\">الشكاوى حسب المشكلة</title>"),
        "{arabic}"
    );
}

backend_tests!(
    complaints_are_counted_by_any_dimension,
    small_cells_are_suppressed_and_cannot_be_worked_out,
    the_minimum_cell_size_is_configurable,
    unknown_or_repeated_dimensions_are_refused_with_the_valid_ones,
    csv_has_the_same_cells_with_suppressed_ones_blank,
    only_published_findings_count_with_fees_per_currency,
    nothing_identifies_a_complainant,
    the_page_shows_tables_and_a_chart_in_every_language,
);

/// `serve` refuses a minimum cell size below 3, from the flag or the environment,
/// before it opens anything. (In process: the binary in a shared target directory
/// may be another checkout's.)
#[test]
fn serve_refuses_a_minimum_cell_below_three() {
    use clap::Parser;
    use fairrecruit::cli::{serve, Cli, Command};
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().to_str().unwrap();
    let serve = |extra: &[&str]| {
        let mut args = vec![
            "fairrecruit",
            "--data-dir",
            data_dir,
            "serve",
            "--bind",
            "127.0.0.1:0",
        ];
        args.extend(extra);
        Cli::try_parse_from(args).unwrap()
    };
    let refused = |cli: Cli| match cli.command {
        Command::Serve(args) => serve::run(&cli.global, &args)
            .expect_err("refused")
            .to_string(),
        _ => unreachable!("a serve command"),
    };
    let message = refused(serve(&["--stats-min-cell", "2"]));
    assert_eq!(
        message,
        "--stats-min-cell (FAIRRECRUIT_STATS_MIN_CELL): the minimum cell size must be at least 3 \
         (got 2): smaller published counts can identify a complainant"
    );
    std::env::set_var("FAIRRECRUIT_STATS_MIN_CELL", "1");
    let from_env = serve(&[]);
    std::env::remove_var("FAIRRECRUIT_STATS_MIN_CELL");
    assert!(refused(from_env).contains("at least 3 (got 1)"));
    assert!(
        !dir.path().join("fairrecruit.db").exists(),
        "nothing was opened"
    );
}
