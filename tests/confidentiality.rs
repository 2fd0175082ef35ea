#![allow(clippy::unwrap_used)]
//! The first rule of the registry: a complainant's identity, contact details and
//! narrative, and the inspectors' notes, are never public, never in logs, and
//! encrypted at rest. Only inspectors with jurisdiction (and admins) see them; a
//! consulate sees what it filed itself and nothing else.
//!
//! Every confidential field of every complaint holds a marker `CONF-MARKER-<uuid>`
//! (one uuid per complaint). The real binary serves with every log level on
//! (`FAIRRECRUIT_LOG=trace`); the test then looks for the markers in every answer of
//! every public and consulate endpoint (bodies and headers), in error messages of
//! rejected requests, in the server's whole standard error, in the raw bytes of every
//! file of the data directory, and in every row of every table (plain, upper case,
//! hex and base64), on SQLite and on PostgreSQL.

// Not reformatted from here: the harness belongs to the API tests.
#[rustfmt::skip]
mod common;
#[path = "support/server.rs"]
mod server;

use base64::Engine as _;
use diesel::sql_types::Text;
use diesel::{Connection, QueryableByName, RunQueryDsl, SqliteConnection};
use reqwest::StatusCode;
use serde_json::{json, Value};

use server::{Answer, Api, Setup};

// ---------------------------------------------------------------- markers

/// The confidential text of one complaint: every field holds `CONF-MARKER-<uuid>`.
struct Secret {
    /// Whose complaint, for messages.
    label: &'static str,
    /// `CONF-MARKER-<uuid>`
    tag: String,
    /// The uuid alone, lower case: what is searched for.
    id: String,
}

impl Secret {
    fn new(label: &'static str) -> Secret {
        let id = uuid::Uuid::new_v4().to_string();
        Secret {
            label,
            tag: format!("CONF-MARKER-{id}"),
            id,
        }
    }

    fn name(&self) -> String {
        format!("{} name (Sita Invented-Tamang)", self.tag)
    }

    fn contact(&self) -> String {
        format!("+977 9800000000 {} contact", self.tag)
    }

    fn narrative(&self) -> String {
        format!(
            "{} narrative: मैले एजेन्टलाई दुई लाख रुपैयाँ तिरेँ र उनीहरूले मेरो राहदानी राखे।\n\
             They kept my passport at the airport; my employer threatened to report me.",
            self.tag
        )
    }

    fn note(&self) -> String {
        format!(
            "{} note: called the worker back; passport still held",
            self.tag
        )
    }

    /// The ways the marker could be written down without being encrypted: as is (any
    /// case), hex, and base64 at each of the three alignments.
    fn find(&self, haystack: &[u8]) -> Option<&'static str> {
        let lower = haystack.to_ascii_lowercase();
        if contains(&lower, self.id.as_bytes()) {
            return Some("the marker");
        }
        if contains(&lower, hex::encode(self.id.as_bytes()).as_bytes()) {
            return Some("the marker in hex");
        }
        let b64 = base64::engine::general_purpose::STANDARD;
        for skip in 0..3 {
            let tail = &self.id.as_bytes()[skip..];
            let encoded = b64.encode(tail);
            let stable = &encoded[..(tail.len() / 3) * 4];
            if contains(haystack, stable.as_bytes()) {
                return Some("the marker in base64");
            }
        }
        None
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Asserts that none of `secrets` is in the answer's headers or body.
#[track_caller]
fn assert_clean(who: &str, answer: &Answer, secrets: &[&Secret]) {
    let everything = answer.everything();
    for secret in secrets {
        if let Some(form) = secret.find(everything.as_bytes()) {
            panic!(
                "LEAK: {form} of the {} complaint is in the answer to {} ({who}), status {}:\n{}",
                secret.label, answer.request, answer.status, everything
            );
        }
    }
}

/// Asserts that none of these plain secrets (receipts, tokens, the data key) is in the
/// text, in any case.
#[track_caller]
fn assert_absent(place: &str, haystack: &[u8], what: &str, values: &[String]) {
    let lower = haystack.to_ascii_lowercase();
    for value in values {
        assert!(
            !contains(&lower, value.to_ascii_lowercase().as_bytes()),
            "LEAK: {what} {value:?} is in {place}"
        );
    }
}

// ---------------------------------------------------------------- the story

/// What was filed.
struct Filed {
    id: String,
    receipt: String,
}

/// The complaint body: every confidential field holds the secret's marker.
fn complaint_body(secret: &Secret, org_id: &str, incident: &str) -> Value {
    json!({
        "respondents": [
            {"organization_id": org_id},
            {"name": "Invented Desert Contracting W.L.L.", "country": "QA"}
        ],
        "categories": ["recruitment_fee", "document_retention", "threats"],
        "narrative": secret.narrative(),
        "incident_countries": [incident],
        "complainant": {
            "name": secret.name(),
            "contact": secret.contact(),
            "sex": "female",
            "age_band": "25_34",
            "nationality": "NP",
            "sector": "domestic_work"
        },
        "preferred_language": "ne",
        "consent_to_contact": true
    })
}

async fn file(api: &Api, token: Option<&str>, body: &Value, all: &[&Secret]) -> Filed {
    let answer = api.post("/api/v1/complaints", token, body).await;
    // The filer gets a receipt, not an echo of what she wrote.
    assert_clean("the filer", &answer, all);
    let filed = answer.expect(StatusCode::CREATED);
    assert_eq!(filed["status"], "received", "{filed}");
    Filed {
        id: filed["id"].as_str().unwrap().to_string(),
        receipt: filed["receipt"].as_str().unwrap().to_string(),
    }
}

/// Requests that are refused, each carrying the `rejected` marker somewhere
/// confidential: their error messages must not repeat it.
async fn rejected_requests(
    api: &Api,
    inspector: &str,
    org_id: &str,
    complaint_id: &str,
    rejected: &Secret,
    all: &[&Secret],
) {
    let post = |body: Value| async move { api.post("/api/v1/complaints", None, &body).await };
    let base = complaint_body(rejected, org_id, "QA");

    // A category that does not exist, with the marker in the narrative and identity.
    let mut bad_category = base.clone();
    bad_category["categories"] = json!(["recruitment_fees_typo"]);
    let answer = post(bad_category).await;
    assert_clean("anyone (bad category)", &answer, all);
    answer.problem(StatusCode::UNPROCESSABLE_ENTITY);

    // A category whose unknown value is itself the worker's words.
    let mut words_as_category = base.clone();
    words_as_category["categories"] = json!([rejected.narrative()]);
    let answer = post(words_as_category).await;
    assert_clean("anyone (words as a category)", &answer, all);
    answer.problem(StatusCode::UNPROCESSABLE_ENTITY);

    // The complainant as a string instead of an object (serde quotes string values).
    let mut identity_as_text = base.clone();
    identity_as_text["complainant"] = json!(format!("{}, {}", rejected.name(), rejected.contact()));
    let answer = post(identity_as_text).await;
    assert_clean("anyone (complainant as text)", &answer, all);
    answer.problem(StatusCode::UNPROCESSABLE_ENTITY);

    // The narrative where a boolean belongs.
    let mut narrative_as_consent = base.clone();
    narrative_as_consent["consent_to_contact"] = json!(rejected.narrative());
    let answer = post(narrative_as_consent).await;
    assert_clean("anyone (narrative as consent)", &answer, all);
    answer.problem(StatusCode::UNPROCESSABLE_ENTITY);

    // A control character in the narrative; a name too long; an unknown country.
    let mut control = base.clone();
    control["narrative"] = json!(format!("{}\u{7}", rejected.narrative()));
    let answer = post(control).await;
    assert_clean("anyone (control character)", &answer, all);
    answer.problem(StatusCode::UNPROCESSABLE_ENTITY);
    let mut long_name = base.clone();
    long_name["complainant"]["name"] = json!(format!("{} {}", rejected.name(), "x".repeat(400)));
    let answer = post(long_name).await;
    assert_clean("anyone (name too long)", &answer, all);
    answer.problem(StatusCode::UNPROCESSABLE_ENTITY);
    let mut bad_country = base.clone();
    bad_country["incident_countries"] = json!(["ZZ"]);
    let answer = post(bad_country).await;
    assert_clean("anyone (unknown country)", &answer, all);
    answer.problem(StatusCode::UNPROCESSABLE_ENTITY);

    // A misspelt field name next to the narrative.
    let mut misspelt = base.clone();
    misspelt["narative"] = json!(rejected.narrative());
    let answer = post(misspelt).await;
    assert_clean("anyone (unknown field)", &answer, all);
    answer.problem(StatusCode::UNPROCESSABLE_ENTITY);

    // Broken JSON, cut in the middle of the narrative; and the wrong content type.
    let text = base.to_string();
    let cut = text.find(&rejected.tag).unwrap() + rejected.tag.len() + 10;
    let request = api
        .client
        .post(format!("{}/api/v1/complaints", api.base))
        .header("content-type", "application/json")
        .body(text[..cut].to_string());
    let answer = api
        .send("POST /api/v1/complaints (cut)".into(), request)
        .await;
    assert_clean("anyone (broken JSON)", &answer, all);
    assert!(answer.status.is_client_error(), "{}", answer.text);
    let request = api
        .client
        .post(format!("{}/api/v1/complaints", api.base))
        .header("content-type", "text/plain")
        .body(text);
    let answer = api
        .send("POST /api/v1/complaints (text)".into(), request)
        .await;
    assert_clean("anyone (text/plain)", &answer, all);
    assert!(answer.status.is_client_error(), "{}", answer.text);

    // The worker's words typed where a receipt or an id goes.
    let answer = api
        .get(&format!("/api/v1/complaints/status/{}", rejected.tag), None)
        .await;
    assert_clean("anyone (words as a receipt)", &answer, all);
    assert!(answer.status.is_client_error(), "{}", answer.text);
    let answer = api
        .get(
            &format!("/api/v1/complaints/{}", rejected.tag),
            Some(inspector),
        )
        .await;
    assert_clean("inspector (words as an id)", &answer, all);
    answer.problem(StatusCode::BAD_REQUEST);

    // Notes refused: a move the workflow does not allow, a control character.
    let path = format!("/api/v1/complaints/{complaint_id}/status");
    let answer = api
        .post(
            &path,
            Some(inspector),
            &json!({"status": "substantiated", "note": rejected.note()}),
        )
        .await;
    assert_clean("inspector (transition refused)", &answer, all);
    answer.problem(StatusCode::CONFLICT);
    let answer = api
        .post(
            &path,
            Some(inspector),
            &json!({"status": "under_review", "note": format!("{}\u{1b}[2J", rejected.note())}),
        )
        .await;
    assert_clean("inspector (note with control character)", &answer, all);
    answer.problem(StatusCode::UNPROCESSABLE_ENTITY);
    let answer = api
        .post(
            &path,
            Some(inspector),
            &json!({"status": "under_reveiw", "note": rejected.note()}),
        )
        .await;
    assert_clean("inspector (unknown status)", &answer, all);
    answer.problem(StatusCode::UNPROCESSABLE_ENTITY);
}

/// What the sweep looks at.
struct World<'a> {
    org_id: &'a str,
    licence_number: &'a str,
    finding_id: &'a str,
    filed: &'a [&'a Filed],
}

/// Every endpoint anyone may call, plus routes the design announces (change feed,
/// export, statistics, web pages) whatever they answer today: none may show
/// `forbidden`, in a body or a header.
async fn sweep(
    api: &Api,
    who: &str,
    token: Option<&str>,
    world: &World<'_>,
    forbidden: &[&Secret],
) {
    let World {
        org_id,
        licence_number,
        finding_id,
        filed,
    } = *world;
    let mut must_answer_200 = vec![
        "/api/v1/organizations".to_string(),
        "/api/v1/organizations?country=NP&limit=100".to_string(),
        format!("/api/v1/organizations/{org_id}"),
        "/api/v1/findings".to_string(),
        format!("/api/v1/findings?organization_id={org_id}"),
        format!("/api/v1/findings/{finding_id}"),
        "/api/v1/audit/head".to_string(),
        "/api/v1/audit/verify".to_string(),
        "/openapi.json".to_string(),
        "/healthz".to_string(),
        "/readyz".to_string(),
    ];
    for f in filed {
        must_answer_200.push(format!("/api/v1/complaints/status/{}", f.receipt));
    }
    for path in &must_answer_200 {
        let answer = api.get(path, token).await;
        assert_clean(who, &answer, forbidden);
        assert_eq!(
            answer.status,
            StatusCode::OK,
            "{path} ({who}): {}",
            answer.text
        );
    }
    let answer = api
        .get_query(
            "/api/v1/licences/verify",
            &[("authority", "NP"), ("number", licence_number)],
            token,
        )
        .await;
    assert_clean(who, &answer, forbidden);
    assert_eq!(answer.expect(StatusCode::OK)["found"], true);

    // Findings show how many complaints they answer, never which ones, to the public.
    for path in [
        format!("/api/v1/findings/{finding_id}"),
        format!("/api/v1/findings?organization_id={org_id}"),
    ] {
        let body = api.get(&path, token).await.expect(StatusCode::OK);
        let findings = match body.get("items") {
            Some(items) => items.as_array().unwrap().clone(),
            None => vec![body.clone()],
        };
        assert!(!findings.is_empty(), "{path}: {body}");
        for finding in findings {
            assert!(
                finding.get("complaint_ids").is_none_or(Value::is_null),
                "{path} ({who}) names the complaints a finding answers: {finding}"
            );
            for f in filed {
                assert!(
                    !finding.to_string().contains(&f.id),
                    "{path} ({who}) shows complaint id {}: {finding}",
                    f.id
                );
            }
        }
    }
    let profile = api
        .get(&format!("/api/v1/organizations/{org_id}"), token)
        .await
        .expect(StatusCode::OK);
    for f in filed {
        assert!(
            !profile.to_string().contains(&f.id),
            "the profile ({who}) shows complaint id {}: {profile}",
            f.id
        );
    }

    // Announced in the design; checked whatever they answer today.
    let mut announced = vec![
        "/api/v1/changes?after=0&limit=1000".to_string(),
        "/api/v1/export?format=ndjson".to_string(),
        "/api/v1/export?format=csv".to_string(),
        "/api/v1/stats/complaints".to_string(),
        "/api/v1/stats/complaints?group_by=sex".to_string(),
        "/api/v1/stats/complaints?group_by=nationality".to_string(),
        "/metrics".to_string(),
        "/".to_string(),
        format!("/organizations/{org_id}"),
        "/docs/".to_string(),
    ];
    for f in filed {
        announced.push(format!("/complaints/status?receipt={}", f.receipt));
    }
    for path in &announced {
        let answer = api.get(path, token).await;
        assert_clean(who, &answer, forbidden);
    }
}

#[derive(QueryableByName)]
struct TextRow {
    #[diesel(sql_type = Text)]
    t: String,
}

/// Every row of every table of schema public, as text.
fn postgres_rows(conn: &mut diesel::PgConnection) -> Vec<(String, String)> {
    let tables: Vec<TextRow> = diesel::sql_query(
        "SELECT table_name::text AS t FROM information_schema.tables \
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    )
    .load(conn)
    .unwrap();
    assert!(
        tables.iter().any(|t| t.t == "complaints"),
        "no complaints table among {:?}",
        tables.iter().map(|t| &t.t).collect::<Vec<_>>()
    );
    let mut rows = Vec::new();
    for table in tables {
        let quoted = format!("\"{}\"", table.t.replace('"', "\"\""));
        let found: Vec<TextRow> = diesel::sql_query(format!("SELECT x::text AS t FROM {quoted} x"))
            .load(conn)
            .unwrap();
        rows.extend(found.into_iter().map(|r| (table.t.clone(), r.t)));
    }
    rows
}

/// Every value of every column of every table, as hex of its bytes (SQLite).
fn sqlite_values(conn: &mut SqliteConnection) -> Vec<(String, String)> {
    let tables: Vec<TextRow> =
        diesel::sql_query("SELECT name AS t FROM sqlite_master WHERE type = 'table' ORDER BY 1")
            .load(conn)
            .unwrap();
    assert!(tables.iter().any(|t| t.t == "complaints"));
    let mut values = Vec::new();
    for table in tables {
        let quoted = format!("\"{}\"", table.t.replace('"', "\"\""));
        let columns: Vec<TextRow> = diesel::sql_query(format!(
            "SELECT name AS t FROM pragma_table_info('{}')",
            table.t.replace('\'', "''")
        ))
        .load(conn)
        .unwrap();
        for column in columns {
            let col = format!("\"{}\"", column.t.replace('"', "\"\""));
            let found: Vec<TextRow> = diesel::sql_query(format!(
                "SELECT hex(CAST({col} AS BLOB)) AS t FROM {quoted} WHERE {col} IS NOT NULL"
            ))
            .load(conn)
            .unwrap();
            values.extend(
                found
                    .into_iter()
                    .map(|r| (format!("{}.{}", table.t, column.t), r.t)),
            );
        }
    }
    values
}

async fn confidentiality(setup: Setup) {
    let backend = setup.backend();
    let admin = setup.token("admin", None, "Registry admin");
    let inspector = setup.token("inspector", Some("NP,QA"), "DoFE desk, Kathmandu");
    let outsider = setup.token("inspector", Some("BD"), "BMET desk, Dhaka");
    let consulate = setup.token("consulate", Some("NP"), "Embassy of Nepal, Doha");
    let other_consulate = setup.token("consulate", Some("BD"), "Embassy of Bangladesh, Doha");

    // On PostgreSQL the data key comes from the environment, on SQLite from the file
    // the server creates in the data directory.
    let env_key = format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    );
    let mut env = vec![("FAIRRECRUIT_LOG", "trace")];
    if setup.postgres.is_some() {
        env.push(("FAIRRECRUIT_DATA_KEY", env_key.as_str()));
    }
    let mut server = setup.serve(&env, &["--receipt-checks-per-minute", "100000"]);
    let api = Api::new(&server);
    server.wait_ready(&api).await;

    let anonymous = Secret::new("anonymous");
    let by_inspector = Secret::new("inspector-filed");
    let by_consulate = Secret::new("consulate-filed");
    let rejected = Secret::new("rejected");
    // A director's identity number is confidential too: the marker without dashes
    // is a valid number, stored upper-cased once normalised.
    let mut director = Secret::new("director's identity number");
    director.id = director.id.replace('-', "");
    let all = [
        &anonymous,
        &by_inspector,
        &by_consulate,
        &rejected,
        &director,
    ];

    // The organization complained about.
    let licence_number = "DoFE-5150/079/80";
    let org = api
        .post(
            "/api/v1/organizations",
            Some(&admin),
            &json!({"kind": "agency", "name": "Invented Himal Confidential Test Manpower",
                    "country": "NP",
                    "people": [{"name": "Invented Director", "role": "director",
                                "id_number": director.id, "date_of_birth": "1931-07-19"}]}),
        )
        .await
        .expect(StatusCode::CREATED);
    let org_id = org["id"].as_str().unwrap().to_string();
    api.post(
        &format!("/api/v1/organizations/{org_id}/licences"),
        Some(&admin),
        &json!({"authority": "NP", "authority_name": "Department of Foreign Employment",
                "number": licence_number, "valid_from": "2025-01-01",
                "valid_until": "2099-12-31", "status": "active"}),
    )
    .await
    .expect(StatusCode::CREATED);

    // Three complaints: a worker without a token, an inspector at a desk, a consulate.
    let anon = file(&api, None, &complaint_body(&anonymous, &org_id, "QA"), &all).await;
    let desk = file(
        &api,
        Some(&inspector),
        &complaint_body(&by_inspector, &org_id, "NP"),
        &all,
    )
    .await;
    let embassy = file(
        &api,
        Some(&consulate),
        &complaint_body(&by_consulate, &org_id, "QA"),
        &all,
    )
    .await;
    let filed = [&anon, &desk, &embassy];
    let secret_of = |f: &Filed| {
        if f.id == anon.id {
            &anonymous
        } else if f.id == desk.id {
            &by_inspector
        } else {
            &by_consulate
        }
    };

    // The inspector notes each one.
    for f in filed {
        let answer = api
            .post(
                &format!("/api/v1/complaints/{}/status", f.id),
                Some(&inspector),
                &json!({"status": "under_review", "note": secret_of(f).note()}),
            )
            .await;
        assert_clean("inspector", &answer, &[&rejected]);
        let body = answer.expect(StatusCode::OK);
        assert_eq!(body["status"], "under_review", "{body}");
    }

    rejected_requests(&api, &inspector, &org_id, &anon.id, &rejected, &all).await;

    // A published finding that answers two of the complaints.
    let finding = api
        .post(
            "/api/v1/findings",
            Some(&inspector),
            &json!({"organization_id": org_id, "complaint_ids": [anon.id, desk.id],
                    "summary": "Charged workers recruitment fees (invented, confidentiality test).",
                    "violations": [{"category": "recruitment_fee", "severity": "high",
                                    "description": "Fees charged to workers (invented)"}]}),
        )
        .await;
    assert_clean("inspector", &finding, &all);
    let finding = finding.expect(StatusCode::CREATED);
    let finding_id = finding["id"].as_str().unwrap().to_string();
    let published = api
        .post(
            &format!("/api/v1/findings/{finding_id}/publish"),
            Some(&inspector),
            &json!({}),
        )
        .await;
    assert_clean("inspector", &published, &all);
    assert_eq!(published.expect(StatusCode::OK)["status"], "published");

    // The inspector with jurisdiction sees everything, so the markers are really there
    // to be found; the list shows no confidential text.
    for f in filed {
        let secret = secret_of(f);
        let answer = api
            .get(&format!("/api/v1/complaints/{}", f.id), Some(&inspector))
            .await;
        assert_clean("inspector", &answer, &[&rejected]);
        let detail = answer.expect(StatusCode::OK);
        assert_eq!(detail["narrative"], secret.narrative(), "{detail}");
        assert_eq!(detail["complainant"]["name"], secret.name(), "{detail}");
        assert_eq!(
            detail["complainant"]["contact"],
            secret.contact(),
            "{detail}"
        );
        let notes: Vec<&Value> = detail["history"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| &h["note"])
            .collect();
        assert!(
            notes.iter().any(|n| **n == secret.note()),
            "the note is not in the history: {detail}"
        );
        assert!(secret.find(answer.text.as_bytes()).is_some());
        // Admins too.
        let answer = api
            .get(&format!("/api/v1/complaints/{}", f.id), Some(&admin))
            .await;
        assert_eq!(
            answer.expect(StatusCode::OK)["narrative"],
            secret.narrative()
        );
    }
    let answer = api
        .get("/api/v1/complaints?limit=100", Some(&inspector))
        .await;
    assert_clean("inspector (list)", &answer, &all);
    let list = answer.expect(StatusCode::OK);
    let ids: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    for f in filed {
        assert!(ids.contains(&f.id.as_str()), "{list}");
    }

    let world = World {
        org_id: &org_id,
        licence_number,
        finding_id: &finding_id,
        filed: &filed,
    };

    // The public, another country's inspector and another consulate see none of it.
    for (who, token) in [
        ("the public", None),
        ("an inspector without jurisdiction", Some(outsider.as_str())),
        ("another consulate", Some(other_consulate.as_str())),
    ] {
        sweep(&api, who, token, &world, &all).await;
        let answer = api.get("/api/v1/complaints", token).await;
        assert_clean(who, &answer, &all);
        let answer_org = api
            .get(
                &format!("/api/v1/complaints?organization_id={org_id}"),
                token,
            )
            .await;
        assert_clean(who, &answer_org, &all);
        match token {
            None => {
                answer.problem(StatusCode::UNAUTHORIZED);
                answer_org.problem(StatusCode::UNAUTHORIZED);
            }
            Some(_) => {
                let list = answer.expect(StatusCode::OK);
                assert_eq!(list["items"], json!([]), "{who}: {list}");
                assert_eq!(answer_org.expect(StatusCode::OK)["items"], json!([]));
            }
        }
        for f in filed {
            let answer = api
                .get(&format!("/api/v1/complaints/{}", f.id), token)
                .await;
            assert_clean(who, &answer, &all);
            // Another consulate is refused outright; an inspector elsewhere is not
            // even told the complaint exists.
            answer.problem(match who {
                "the public" => StatusCode::UNAUTHORIZED,
                "another consulate" => StatusCode::FORBIDDEN,
                _ => StatusCode::NOT_FOUND,
            });
            let answer = api
                .post(
                    &format!("/api/v1/complaints/{}/status", f.id),
                    token,
                    &json!({"status": "investigating"}),
                )
                .await;
            assert_clean(who, &answer, &all);
            assert!(answer.status.is_client_error(), "{who}: {}", answer.text);
        }
    }

    // The consulate that filed one complaint may follow it, and nothing else.
    let others = [&anonymous, &by_inspector, &rejected];
    sweep(
        &api,
        "the filing consulate",
        Some(&consulate),
        &world,
        &others,
    )
    .await;
    let answer = api
        .get("/api/v1/complaints?limit=100", Some(&consulate))
        .await;
    assert_clean("the filing consulate", &answer, &others);
    let list = answer.expect(StatusCode::OK);
    let ids: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [embassy.id.as_str()], "{list}");
    for f in [&anon, &desk] {
        let answer = api
            .get(&format!("/api/v1/complaints/{}", f.id), Some(&consulate))
            .await;
        assert_clean("the filing consulate", &answer, &others);
        answer.problem(StatusCode::FORBIDDEN);
    }
    let own = api
        .get(
            &format!("/api/v1/complaints/{}", embassy.id),
            Some(&consulate),
        )
        .await;
    assert_clean("the filing consulate", &own, &others);
    assert_eq!(own.expect(StatusCode::OK)["id"], embassy.id.as_str());
    let answer = api
        .post(
            &format!("/api/v1/complaints/{}/status", embassy.id),
            Some(&consulate),
            &json!({"status": "investigating", "note": rejected.note()}),
        )
        .await;
    assert_clean("the filing consulate", &answer, &all);
    answer.problem(StatusCode::FORBIDDEN);

    // Complaints show publicly as counts only.
    let profile = api
        .get(&format!("/api/v1/organizations/{org_id}"), None)
        .await
        .expect(StatusCode::OK);
    assert_eq!(
        profile["accountability"]["complaints"]["total"], 3,
        "{profile}"
    );

    let audit = api
        .get("/api/v1/audit/verify", None)
        .await
        .expect(StatusCode::OK);
    assert_eq!(audit["ok"], true, "{audit}");

    drop(api);
    let log = server.stop();
    drop(server);

    // The log: every level was on, and none of it is there.
    assert!(
        log.contains("TRACE") || log.contains("DEBUG"),
        "FAIRRECRUIT_LOG=trace wrote no debug or trace lines; log:\n{log}"
    );
    for secret in all {
        if let Some(form) = secret.find(log.as_bytes()) {
            panic!(
                "LEAK ({backend}): {form} of the {} complaint is in the server log:\n{log}",
                secret.label
            );
        }
    }
    let receipts: Vec<String> = filed
        .iter()
        .flat_map(|f| [f.receipt.clone(), f.receipt.replace('-', "")])
        .collect();
    assert_absent("the server log", log.as_bytes(), "receipt", &receipts);
    let birth_dates = vec!["1931-07-19".to_string(), "19310719".to_string()];
    assert_absent(
        "the server log",
        log.as_bytes(),
        "date of birth",
        &birth_dates,
    );
    let tokens = vec![
        admin.clone(),
        inspector.clone(),
        outsider.clone(),
        consulate.clone(),
        other_consulate.clone(),
    ];
    assert_absent("the server log", log.as_bytes(), "token", &tokens);
    assert_absent(
        "the server log",
        log.as_bytes(),
        "data key",
        std::slice::from_ref(&env_key),
    );

    // Every file of the data directory, byte for byte.
    let files = setup.data_files();
    if setup.postgres.is_none() {
        let db = setup.data_dir.join("fairrecruit.db");
        assert!(files.contains(&db), "no {} among {files:?}", db.display());
    }
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        for secret in all {
            if let Some(form) = secret.find(&bytes) {
                panic!(
                    "LEAK ({backend}): {form} of the {} complaint is in {}",
                    secret.label,
                    path.display()
                );
            }
        }
        assert_absent(&path.display().to_string(), &bytes, "receipt", &receipts);
        assert_absent(
            &path.display().to_string(),
            &bytes,
            "date of birth",
            &birth_dates,
        );
    }

    // Every row of every table, and the events' public payloads.
    let (rows, events): (Vec<(String, String)>, Vec<TextRow>) = match &setup.postgres {
        Some(db) => {
            let mut conn = db.connect();
            let events = diesel::sql_query("SELECT data AS t FROM events ORDER BY seq")
                .load(&mut conn)
                .unwrap();
            (postgres_rows(&mut conn), events)
        }
        None => {
            let path = setup.data_dir.join("fairrecruit.db");
            let mut conn = SqliteConnection::establish(&path.to_string_lossy()).unwrap();
            let events = diesel::sql_query("SELECT data AS t FROM events ORDER BY seq")
                .load(&mut conn)
                .unwrap();
            (sqlite_values(&mut conn), events)
        }
    };
    assert!(
        rows.iter().any(|(table, _)| table.starts_with("complaint")),
        "no complaint rows were read"
    );
    for (table, row) in &rows {
        let plain = if setup.postgres.is_none() {
            hex::decode(row).unwrap_or_default()
        } else {
            row.as_bytes().to_vec()
        };
        for secret in all {
            if let Some(form) = secret.find(&plain).or_else(|| secret.find(row.as_bytes())) {
                panic!(
                    "LEAK ({backend}): {form} of the {} complaint is in table {table}: {}",
                    secret.label,
                    String::from_utf8_lossy(&plain)
                );
            }
        }
        assert_absent(&format!("table {table}"), &plain, "receipt", &receipts);
        assert_absent(
            &format!("table {table}"),
            &plain,
            "date of birth",
            &birth_dates,
        );
    }
    assert!(events.len() >= 8, "only {} events", events.len());
    for event in &events {
        for secret in all {
            assert!(
                secret.find(event.t.as_bytes()).is_none(),
                "LEAK ({backend}): the {} complaint's marker is in an event's data: {}",
                secret.label,
                event.t
            );
        }
        assert_absent("an event's data", event.t.as_bytes(), "receipt", &receipts);
        assert_absent(
            "an event's data",
            event.t.as_bytes(),
            "date of birth",
            &birth_dates,
        );
    }

    // The command line finds the chain the server wrote intact.
    let output = setup.cli(&["audit", "verify"]);
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("ok"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn confidential_fields_never_leak_on_sqlite() {
    confidentiality(Setup::sqlite()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn confidential_fields_never_leak_on_postgres() {
    let Some(setup) = Setup::postgres("confidential_fields_never_leak_on_postgres") else {
        return;
    };
    confidentiality(setup).await;
}
