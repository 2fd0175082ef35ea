//! `GET /api/v1/organizations?q=`: each search behaviour a worker or inspector relies
//! on, through the router, with the index caught up as the background indexer does.

use axum::http::StatusCode;
use fairrecruit::domain::role::{Actor, Role};
use fairrecruit::registry::bulk::{self, OrganizationBundle};
use serde_json::{json, Value};

use crate::common::TestApp;

/// Registers organizations (name, country, kind, aliases, licence number) and
/// returns their ids in order.
async fn register(app: &TestApp, orgs: &[Value]) -> Vec<String> {
    let admin = app.admin();
    let mut ids = Vec::new();
    for org in orgs {
        let mut body = org.clone();
        let licence = body.as_object_mut().unwrap().remove("licence");
        let created = app.create_org(&admin, body).await;
        let id = created["id"].as_str().unwrap().to_string();
        if let Some(number) = licence {
            let authority = created["country"].clone();
            app.add_licence(
                &admin,
                &id,
                json!({"authority": authority, "authority_name": "Labour Ministry", "number": number,
                       "valid_from": "2024-01-01", "valid_until": "2099-01-01", "status": "active"}),
            )
            .await;
        }
        ids.push(id);
    }
    app.index_now();
    ids
}

fn agency(name: &str, country: &str) -> Value {
    json!({"kind": "agency", "name": name, "country": country})
}

/// The answer to a search, asserted 200 with the search fields present.
async fn search(app: &TestApp, query: &str) -> Value {
    let response = app.get(&format!("/api/v1/organizations?{query}")).await;
    assert_eq!(
        response.status,
        StatusCode::OK,
        "{query}: {}",
        response.text
    );
    let body = response.json();
    assert!(body["facets"].is_object(), "{query}: no facets in {body}");
    body
}

/// Percent-encodes a query value.
fn encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
    out
}

/// Names of the results of `q`, best first.
async fn names(app: &TestApp, q: &str) -> Vec<String> {
    let body = search(app, &format!("q={}", encode(q))).await;
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap().to_string())
        .collect()
}

#[track_caller]
fn assert_first(found: &[String], expected: &str, q: &str) {
    assert_eq!(
        found.first().map(String::as_str),
        Some(expected),
        "q={q:?} should find {expected:?} first; found {found:?}"
    );
}

async fn ranks_and_filters_with_facets(app: TestApp) {
    register(
        &app,
        &[
            agency("Everest Skyline Manpower", "NP"),
            agency("Everest Skyline Holidays", "NP"),
            json!({"kind": "employer", "name": "Everest Dairy Farm", "country": "QA"}),
            agency("Lotus Recruitment", "NP"),
        ],
    )
    .await;
    let body = search(&app, "q=everest").await;
    assert_eq!(body["total"], 3);
    assert_eq!(body["facets"]["kind"], json!({"agency": 2, "employer": 1}));
    assert_eq!(body["facets"]["country"], json!({"NP": 2, "QA": 1}));
    assert_eq!(body["facets"]["sanctioned"], json!({"no": 3}));
    assert_eq!(
        body["query"],
        json!({"q": "everest", "truncated": false, "max_chars": 200})
    );
    let item = &body["items"][0];
    for field in [
        "id",
        "kind",
        "name",
        "country",
        "licence_status",
        "sanctions_in_force",
        "published_findings",
        "score",
    ] {
        assert!(item.get(field).is_some(), "a result lacks {field}: {item}");
    }

    let employers = search(&app, "q=everest&kind=employer").await;
    assert_eq!(employers["total"], 1);
    assert_eq!(employers["items"][0]["name"], "Everest Dairy Farm");
    let qatar = search(&app, "q=everest&country=qa").await;
    assert_eq!(qatar["items"][0]["name"], "Everest Dairy Farm");
    let unsanctioned = search(&app, "q=everest&sanctioned=false").await;
    assert_eq!(unsanctioned["total"], 3);
    let sanctioned = search(&app, "q=everest&sanctioned=true").await;
    assert_eq!(sanctioned["total"], 0);
    assert_eq!(sanctioned["items"], json!([]));

    // Paging: two pages of two, no duplicates, then the end.
    let first = search(&app, "q=everest&limit=2").await;
    let cursor = first["next_cursor"].as_str().unwrap().to_string();
    let second = search(&app, &format!("q=everest&limit=2&cursor={cursor}")).await;
    assert_eq!(second["items"].as_array().unwrap().len(), 1);
    assert_eq!(second["next_cursor"], Value::Null);
    let mut ids: Vec<&str> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .chain(second["items"].as_array().unwrap())
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 3);

    let bad = app
        .get("/api/v1/organizations?q=everest&cursor=nonsense")
        .await;
    assert_eq!(
        bad.problem(StatusCode::UNPROCESSABLE_ENTITY)["errors"][0]["field"],
        "cursor"
    );
    let bad_country = app.get("/api/v1/organizations?q=everest&country=XX").await;
    bad_country.problem(StatusCode::UNPROCESSABLE_ENTITY);
}

async fn sanctioned_filter_follows_sanctions_in_force(app: TestApp) {
    let inspector = app.token(Role::Inspector, &["NP"]);
    let ids = register(
        &app,
        &[
            agency("Kanchan Overseas", "NP"),
            agency("Kanchan Travels", "NP"),
        ],
    )
    .await;
    let finding = app
        .post(
            "/api/v1/findings",
            Some(&inspector),
            json!({"organization_id": ids[0],
                   "fee_violations": [{"category": "recruitment_fee", "amount_per_worker_minor": 9000000, "currency": "NPR", "workers_affected": 4}],
                   "sanctions": [{"kind": "fine", "amount_minor": 100000, "currency": "NPR"}]}),
        )
        .await;
    assert_eq!(finding.status, StatusCode::CREATED, "{}", finding.text);
    let finding_id = finding.json()["id"].as_str().unwrap().to_string();
    app.index_now();
    // A draft finding is not public: nothing changes in search yet.
    let draft = search(&app, "q=kanchan&sanctioned=true").await;
    assert_eq!(draft["total"], 0);
    let published = app
        .post(
            &format!("/api/v1/findings/{finding_id}/publish"),
            Some(&inspector),
            json!({}),
        )
        .await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.text);
    app.index_now();

    let body = search(&app, "q=kanchan&sanctioned=true").await;
    assert_eq!(body["total"], 1);
    assert_eq!(body["items"][0]["id"], ids[0].as_str());
    assert_eq!(body["items"][0]["sanctions_in_force"], json!(["fine"]));
    assert_eq!(body["items"][0]["published_findings"], 1);
    let all = search(&app, "q=kanchan").await;
    assert_eq!(all["facets"]["sanctioned"], json!({"no": 1, "yes": 1}));
    // Without q, `sanctioned` alone still filters.
    let only = search(&app, "sanctioned=true").await;
    assert_eq!(only["total"], 1);
}

async fn ignores_case_and_diacritics(app: TestApp) {
    register(
        &app,
        &[
            agency("Société Générale de Placement", "FR"),
            agency("Zürich Care Staffing", "CH"),
        ],
    )
    .await;
    assert_first(
        &names(&app, "SOCIETE generale").await,
        "Société Générale de Placement",
        "SOCIETE generale",
    );
    assert_first(
        &names(&app, "zurich CARE").await,
        "Zürich Care Staffing",
        "zurich CARE",
    );
    assert_first(
        &names(&app, "Zürich").await,
        "Zürich Care Staffing",
        "Zürich",
    );
}

async fn finds_names_in_other_scripts(app: TestApp) {
    register(
        &app,
        &[
            agency("हिमशिखर जनशक्ति", "NP"),
            agency("النور للتوظيف", "QA"),
            agency("Москва Труд", "RU"),
            agency("北京劳务", "CN"),
            agency("সোনার বাংলা", "BD"),
            agency("ලංකා රැකියා", "LK"),
            agency("Unrelated Latin Agency", "NP"),
        ],
    )
    .await;
    for (q, expected) in [
        ("Himshikhar Janashakti", "हिमशिखर जनशक्ति"),
        ("himshikar", "हिमशिखर जनशक्ति"),
        ("हिमशिखर", "हिमशिखर जनशक्ति"),
        ("Al Noor", "النور للتوظيف"),
        ("النور", "النور للتوظيف"),
        ("moskva trud", "Москва Труд"),
        ("Москва", "Москва Труд"),
        ("beijing", "北京劳务"),
        ("北京", "北京劳务"),
        ("sonar bangla", "সোনার বাংলা"),
        ("lanka", "ලංකා රැකියා"),
    ] {
        assert_first(&names(&app, q).await, expected, q);
    }
}

async fn forgives_typos_but_not_on_short_words(app: TestApp) {
    register(
        &app,
        &[
            agency("Everest Skyline Manpower", "NP"),
            agency("Goodwill Recruitment", "NP"),
            agency("Internationale Placements Bureau", "FR"),
            agency("Ice Agency", "NP"),
        ],
    )
    .await;
    assert_first(
        &names(&app, "Evrest").await,
        "Everest Skyline Manpower",
        "one edit",
    );
    assert_first(
        &names(&app, "Everets Skyline").await,
        "Everest Skyline Manpower",
        "a transposition",
    );
    assert_first(
        &names(&app, "Internasionalle").await,
        "Internationale Placements Bureau",
        "two edits on 8+",
    );
    assert!(
        names(&app, "Evrst").await.is_empty(),
        "two edits on a 5-letter word must not match"
    );
    assert!(
        names(&app, "ace").await.is_empty(),
        "a 3-letter word allows no edit"
    );
}

async fn joins_splits_prefixes_and_reorders(app: TestApp) {
    register(
        &app,
        &[
            agency("Goodwill Recruitment", "NP"),
            agency("Good Will Overseas", "NP"),
            agency("SiemensAG Staffing", "DE"),
            agency("Everest Skyline Manpower", "NP"),
        ],
    )
    .await;
    let good_will = names(&app, "Good Will").await;
    assert!(
        good_will.contains(&"Goodwill Recruitment".to_string()),
        "{good_will:?}"
    );
    let goodwill = names(&app, "Goodwill").await;
    assert!(
        goodwill.contains(&"Good Will Overseas".to_string()),
        "{goodwill:?}"
    );
    assert_first(
        &names(&app, "Siemens AG").await,
        "SiemensAG Staffing",
        "Siemens AG",
    );
    assert_first(
        &names(&app, "siemensag").await,
        "SiemensAG Staffing",
        "siemensag",
    );
    assert_first(
        &names(&app, "Everest Sky").await,
        "Everest Skyline Manpower",
        "prefix",
    );
    assert_first(
        &names(&app, "evere").await,
        "Everest Skyline Manpower",
        "prefix of one word",
    );
    assert_first(
        &names(&app, "Skyline Everest").await,
        "Everest Skyline Manpower",
        "reordered",
    );
}

async fn generic_words_neither_required_nor_dominant(app: TestApp) {
    register(
        &app,
        &[
            agency("Al-Noor Manpower Pvt. Ltd.", "NP"),
            agency("Noor Manpower Services International", "NP"),
            agency("Star Manpower Services Pvt. Ltd.", "NP"),
            agency("Al Noor Travels", "NP"),
            agency("Gulf Star W.L.L.", "QA"),
        ],
    )
    .await;
    let found = names(&app, "Al Noor Manpower Services").await;
    assert_first(
        &found,
        "Al-Noor Manpower Pvt. Ltd.",
        "Al Noor Manpower Services",
    );
    assert!(
        !found.contains(&"Star Manpower Services Pvt. Ltd.".to_string()),
        "generic words alone matched: {found:?}"
    );
    let al_noor = names(&app, "al noor").await;
    assert_eq!(al_noor.len(), 2, "{al_noor:?}");
    assert!(al_noor.iter().all(|n| n.starts_with("Al")), "{al_noor:?}");
    assert_first(
        &names(&app, "Gulf Star WLL").await,
        "Gulf Star W.L.L.",
        "WLL",
    );
    assert_first(
        &names(&app, "gulf star").await,
        "Gulf Star W.L.L.",
        "without legal form",
    );
    // A query of generic words only still finds something.
    assert!(!names(&app, "Manpower Services").await.is_empty());
}

async fn licence_numbers_in_any_format_rank_first(app: TestApp) {
    register(
        &app,
        &[
            json!({"kind": "agency", "name": "Bayanihan Placement", "country": "PH", "licence": "POEA-123-LB-031522-R"}),
            json!({"kind": "agency", "name": "Agency 123 Manila", "country": "PH", "licence": "POEA-999-LB-000001-R"}),
            json!({"kind": "agency", "name": "Kathmandu Link", "country": "NP", "licence": "1234/067/068"}),
        ],
    )
    .await;
    for q in [
        "POEA-123-LB-031522-R",
        "123LB031522R",
        "poea 123 lb 31522 r",
        "123-lb-031522-r",
    ] {
        assert_first(&names(&app, q).await, "Bayanihan Placement", q);
    }
    assert_first(
        &names(&app, "1234 067 068").await,
        "Kathmandu Link",
        "Nepali number",
    );
    // An exact name ranks first too.
    assert_first(
        &names(&app, "Agency 123 Manila").await,
        "Agency 123 Manila",
        "exact name",
    );
}

async fn any_text_is_a_valid_query(app: TestApp) {
    register(&app, &[agency("Lotus Recruitment", "NP")]).await;
    for q in [
        "\"Lotus",
        "name:lotus",
        "(lotus]",
        "lotus AND OR NOT",
        "lotus~2",
        "lotus^3",
        "*",
        "?",
        "\\",
        "🙂 lotus",
        "🙂",
        "' OR 1=1 --",
        "<script>",
        "%",
        "+-&&||!{}[]^\"~*?:\\/",
        "   ",
    ] {
        let response = app
            .get(&format!("/api/v1/organizations?q={}", encode(q)))
            .await;
        assert_eq!(
            response.status,
            StatusCode::OK,
            "q={q:?}: {}",
            response.text
        );
        assert!(response.json()["items"].is_array());
    }
    assert_first(
        &names(&app, "\"Lotus\"").await,
        "Lotus Recruitment",
        "quoted",
    );
    assert_first(
        &names(&app, "lotus AND").await,
        "Lotus Recruitment",
        "boolean words are words",
    );

    let long = "lotus ".repeat(1_000);
    let body = search(&app, &format!("q={}", encode(&long))).await;
    assert_eq!(body["query"]["truncated"], true);
    assert_eq!(body["query"]["max_chars"], 200);
    assert_eq!(body["query"]["q"].as_str().unwrap().chars().count(), 200);
    assert_eq!(body["items"][0]["name"], "Lotus Recruitment");

    // An empty q lists with filters, in registration order, without facets.
    let listed = app.get("/api/v1/organizations?q=&kind=agency").await;
    assert_eq!(listed.status, StatusCode::OK);
    assert_eq!(listed.json()["items"][0]["name"], "Lotus Recruitment");
}

async fn complaints_never_reach_the_index(app: TestApp) {
    let ids = register(&app, &[agency("Sagarmatha Careers", "NP")]).await;
    let filed = app
        .post(
            "/api/v1/complaints",
            None,
            json!({"respondents": [{"organization_id": ids[0]}],
                   "categories": ["document_retention"],
                   "incident_countries": ["NP"],
                   "narrative": "Zebracorn kept my passport at the Quintanilla office",
                   "complainant": {"name": "Marisol Quintanilla", "contact": "+977 9800000000"}}),
        )
        .await;
    assert_eq!(filed.status, StatusCode::CREATED, "{}", filed.text);
    app.index_now();
    for q in [
        "Zebracorn",
        "Quintanilla",
        "Marisol",
        "9800000000",
        "passport",
    ] {
        let body = search(&app, &format!("q={}", encode(q))).await;
        assert_eq!(body["total"], 0, "q={q:?} found {body}");
    }
}

async fn updates_follow_the_event_log(app: TestApp) {
    let admin = app.admin();
    let ids = register(
        &app,
        &[json!({"kind": "agency", "name": "Old Horizon", "country": "NP", "licence": "HZ-77"})],
    )
    .await;
    let amended = app
        .patch(
            &format!("/api/v1/organizations/{}", ids[0]),
            Some(&admin),
            json!({"name": "New Horizon Careers", "reason": "renamed"}),
        )
        .await;
    assert_eq!(amended.status, StatusCode::OK, "{}", amended.text);
    let licence = app
        .get(&format!("/api/v1/organizations/{}", ids[0]))
        .await
        .json()["licences"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let changed = app
        .post(
            &format!("/api/v1/licences/{licence}/status"),
            Some(&admin),
            json!({"status": "revoked", "reason": "fees", "effective_date": "2025-01-01"}),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.text);
    let before = search(&app, "q=horizon").await;
    assert_eq!(before["items"][0]["name"], "Old Horizon", "not indexed yet");
    app.index_now();
    let after = search(&app, "q=horizon").await;
    assert_eq!(after["items"][0]["name"], "New Horizon Careers");
    assert_eq!(after["items"][0]["licence_status"], "revoked");
    assert_eq!(after["facets"]["licence_status"], json!({"revoked": 1}));
    // The former name is an alias and still finds it.
    assert_first(
        &names(&app, "Old Horizon").await,
        "New Horizon Careers",
        "former name",
    );
    let revoked = search(&app, "q=horizon&licence_status=revoked").await;
    assert_eq!(revoked["total"], 1);
    let active = search(&app, "q=horizon&licence_status=active").await;
    assert_eq!(active["total"], 0);
}

/// Every completion of the word being typed counts, however many there are.
async fn type_ahead_finds_every_completion(app: TestApp) {
    let mut orgs: Vec<Value> = (0..90u8)
        .map(|i| {
            let suffix: String = [b'a' + i / 26, b'a' + i % 26]
                .iter()
                .map(|b| *b as char)
                .collect();
            agency(&format!("Sunrise Kath{suffix}"), "NP")
        })
        .collect();
    orgs.push(agency("Sunrise Kathzz", "NP"));
    register(&app, &orgs).await;
    let body = search(&app, "q=Sunrise%20Kath").await;
    assert_eq!(body["total"], 91, "{body}");
    assert_first(
        &names(&app, "Sunrise Kathz").await,
        "Sunrise Kathzz",
        "prefix",
    );
}

/// A word in a large share of all names (here "sewa", as in "Rojgar Sewa", in 1,000 of
/// them) picks out no one: like a listed generic word it only breaks ties. A rarer word
/// is still required.
async fn words_in_many_names_count_as_generic(app: TestApp) {
    let bundles: Vec<OrganizationBundle> = (0..1_000)
        .map(|i| {
            serde_json::from_value(json!({
                "organization": {"kind": "agency", "name": format!("Rojgar Sewa Zel{i}"), "country": "NP"},
                "licences": []
            }))
            .unwrap()
        })
        .collect();
    {
        let mut conn = app.db.get().unwrap();
        bulk::create_organizations(&mut conn, &Actor::cli(), &app.sealer, &bundles).unwrap();
    }
    register(
        &app,
        &[
            agency("Himal Manpower", "NP"),
            agency("Himal Rojgar Sewa", "NP"),
        ],
    )
    .await;
    let found = names(&app, "Himal Sewa").await;
    assert_first(&found, "Himal Rojgar Sewa", "Himal Sewa");
    assert!(found.contains(&"Himal Manpower".to_string()), "{found:?}");
    assert!(names(&app, "Himal Zel5").await.is_empty());
}

crate::backend_tests!(
    type_ahead_finds_every_completion,
    words_in_many_names_count_as_generic,
    ranks_and_filters_with_facets,
    sanctioned_filter_follows_sanctions_in_force,
    ignores_case_and_diacritics,
    finds_names_in_other_scripts,
    forgives_typos_but_not_on_short_words,
    joins_splits_prefixes_and_reorders,
    generic_words_neither_required_nor_dominant,
    licence_numbers_in_any_format_rank_first,
    any_text_is_a_valid_query,
    complaints_never_reach_the_index,
    updates_follow_the_event_log,
);
