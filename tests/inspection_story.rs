#![allow(clippy::unwrap_used)]
//! The inspection story, end to end over TCP with the real binary, on SQLite and on
//! PostgreSQL: an agency and its licence are registered; a worker complains
//! anonymously and follows her complaint by receipt; an inspector handles it,
//! substantiates it and files a finding with an illegal recruitment fee and a
//! revocation; publishing revokes the licence; refunds are recorded; the agency's
//! public profile says all of it in figures and in words; the audit chain holds; the
//! server stops cleanly on SIGTERM.

// Not reformatted from here: the harness belongs to the API tests.
#[rustfmt::skip]
mod common;
#[path = "support/server.rs"]
mod server;

use reqwest::StatusCode;
use serde_json::{json, Value};

use server::{Api, Setup};

/// 2,000,000 NPR per worker, in paisa.
const FEE_PER_WORKER: i64 = 200_000_000;
const WORKERS: i64 = 42;
/// 84,000,000 NPR charged to the 42 workers, in paisa.
const CHARGED: i64 = FEE_PER_WORKER * WORKERS;
const FIRST_REFUND: i64 = 3_000_000_000;
const SECOND_REFUND: i64 = 2_100_000_000;

async fn inspection_story(setup: Setup) {
    let backend = setup.backend();
    let admin = setup.token("admin", None, "Registry admin");
    let inspector = setup.token("inspector", Some("NP"), "DoFE inspection unit, Kathmandu");
    let mut server = setup.serve(&[], &[]);
    let api = Api::new(&server);
    server.wait_ready(&api).await;

    // The admin registers an agency and its licence.
    let org = api
        .post(
            "/api/v1/organizations",
            Some(&admin),
            &json!({"kind": "agency", "name": "हिमाली परीक्षण वैदेशिक रोजगार प्रा. लि.",
                    "country": "NP",
                    "aliases": [{"name": "Himali Test Overseas Employment Pvt. Ltd.",
                                 "kind": "transliteration"}]}),
        )
        .await
        .expect(StatusCode::CREATED);
    let org_id = org["id"].as_str().unwrap().to_string();
    let licence_number = "DoFE-2424/080/81";
    let licence = api
        .post(
            &format!("/api/v1/organizations/{org_id}/licences"),
            Some(&admin),
            &json!({"authority": "NP", "authority_name": "Department of Foreign Employment",
                    "number": licence_number, "valid_from": "2025-01-01",
                    "valid_until": "2099-12-31", "status": "active"}),
        )
        .await
        .expect(StatusCode::CREATED);
    let licence_id = licence["id"].as_str().unwrap().to_string();
    let verify = || async {
        api.get_query(
            "/api/v1/licences/verify",
            &[("authority", "NP"), ("number", "dofe 2424 080 81")],
            None,
        )
        .await
        .expect(StatusCode::OK)
    };
    let verified = verify().await;
    assert_eq!(verified["found"], true, "{verified}");
    assert_eq!(verified["status"], "active", "{verified}");

    // A worker complains without a token and keeps her receipt.
    let filed = api
        .post(
            "/api/v1/complaints",
            None,
            &json!({"respondents": [{"organization_id": org_id}],
                    "categories": ["recruitment_fee", "document_retention"],
                    "narrative": "I paid the agent two lakh rupees and they kept my passport (invented, test).",
                    "incident_countries": ["NP"],
                    "complainant": {"sex": "male", "nationality": "NP", "sector": "construction"}}),
        )
        .await
        .expect(StatusCode::CREATED);
    assert_eq!(filed["status"], "received", "{filed}");
    let complaint_id = filed["id"].as_str().unwrap().to_string();
    let receipt = filed["receipt"].as_str().unwrap().to_string();
    assert!(!receipt.is_empty(), "{filed}");

    let status_path = format!("/api/v1/complaints/status/{receipt}");
    let status = api.get(&status_path, None).await.expect(StatusCode::OK);
    assert_eq!(status["status"], "received", "{status}");
    assert!(
        status["next_steps"]
            .as_str()
            .is_some_and(|s| s.contains("received")),
        "{status}"
    );
    // Typed the way people type it: lower case, spaces for dashes.
    let typed = receipt.to_lowercase().replace('-', " ");
    let again = api
        .get(&format!("/api/v1/complaints/status/{typed}"), None)
        .await
        .expect(StatusCode::OK);
    assert_eq!(again["status"], "received", "{again}");

    // The inspector of Nepal finds it in the list.
    let list = api
        .get("/api/v1/complaints", Some(&inspector))
        .await
        .expect(StatusCode::OK);
    let listed = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == complaint_id.as_str())
        .unwrap_or_else(|| panic!("the complaint is not listed: {list}"))
        .clone();
    assert_eq!(listed["status"], "received", "{listed}");
    assert_eq!(listed["incident_countries"], json!(["NP"]), "{listed}");
    assert_eq!(
        listed["respondents"][0]["organization_id"],
        org_id.as_str(),
        "{listed}"
    );

    // ... and moves it along the workflow, with notes.
    let move_to = |next: &'static str, note: &'static str| {
        let api = &api;
        let inspector = &inspector;
        let path = format!("/api/v1/complaints/{complaint_id}/status");
        async move {
            api.post(
                &path,
                Some(inspector),
                &json!({"status": next, "note": note}),
            )
            .await
        }
    };
    // Not straight to a decision.
    let refused = move_to("substantiated", "Too early.")
        .await
        .problem(StatusCode::CONFLICT);
    assert_eq!(refused["allowed"], json!(["under_review", "withdrawn"]));
    let mut complaint = Value::Null;
    for (next, note) in [
        (
            "under_review",
            "Read the complaint; called the worker back.",
        ),
        (
            "investigating",
            "Visited the agency; receipts for fees found.",
        ),
        (
            "substantiated",
            "42 workers each paid 2,000,000 NPR; passports held.",
        ),
    ] {
        complaint = move_to(next, note).await.expect(StatusCode::OK);
        assert_eq!(complaint["status"], next, "{complaint}");
        let last = complaint["history"].as_array().unwrap().last().unwrap();
        assert_eq!(last["status"], next, "{complaint}");
        assert_eq!(last["note"], note, "{complaint}");
    }
    assert_eq!(complaint["allowed_next"], json!([]), "{complaint}");
    let history: Vec<&Value> = complaint["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| &h["status"])
        .collect();
    assert_eq!(
        history,
        ["received", "under_review", "investigating", "substantiated"],
        "{complaint}"
    );
    move_to("investigating", "Reopen?")
        .await
        .problem(StatusCode::CONFLICT);

    // The worker sees the outcome, and what happens next.
    let status = api.get(&status_path, None).await.expect(StatusCode::OK);
    assert_eq!(status["status"], "substantiated", "{status}");
    let next_steps = status["next_steps"].as_str().unwrap();
    assert!(
        next_steps.contains("evidence supports your complaint"),
        "{status}"
    );
    assert!(next_steps.contains("not told who you are"), "{status}");

    // The inspector records the finding: an illegal recruitment fee and a revocation.
    let finding = api
        .post(
            "/api/v1/findings",
            Some(&inspector),
            &json!({
                "organization_id": org_id,
                "complaint_ids": [complaint_id],
                "summary": "Charged 42 workers recruitment fees and kept their passports (invented, test).",
                "violations": [{"category": "recruitment_fee",
                                "legal_basis": "Foreign Employment Act 2064, s. 11",
                                "description": "Recruitment fees charged to workers",
                                "severity": "critical"}],
                "fee_violations": [{"category": "recruitment_fee",
                                    "amount_per_worker_minor": FEE_PER_WORKER,
                                    "currency": "NPR",
                                    "workers_affected": WORKERS,
                                    "refund_ordered_minor": CHARGED}],
                "sanctions": [{"kind": "revocation",
                               "description": "Licence revoked (invented, test)"}]
            }),
        )
        .await
        .expect(StatusCode::CREATED);
    let finding_id = finding["id"].as_str().unwrap().to_string();
    assert_eq!(finding["status"], "draft", "{finding}");
    assert_eq!(finding["complaint_ids"], json!([complaint_id]), "{finding}");
    let fee = &finding["fee_violations"][0];
    assert_eq!(fee["charged_minor"], CHARGED, "{finding}");
    assert_eq!(fee["refund_ordered_minor"], CHARGED, "{finding}");
    assert_eq!(fee["outstanding_minor"], CHARGED, "{finding}");
    let fee_violation_id = fee["id"].as_str().unwrap().to_string();

    // A draft is not public and changes nothing yet.
    let public = api
        .get(&format!("/api/v1/findings?organization_id={org_id}"), None)
        .await
        .expect(StatusCode::OK);
    assert_eq!(public["items"], json!([]), "a draft is public: {public}");
    assert_eq!(verify().await["status"], "active");

    let published = api
        .post(
            &format!("/api/v1/findings/{finding_id}/publish"),
            Some(&inspector),
            &json!({}),
        )
        .await
        .expect(StatusCode::OK);
    assert_eq!(published["status"], "published", "{published}");
    let reference = published["reference"].as_str().unwrap().to_string();

    // The licence is revoked at once, linked to the finding.
    let verified = verify().await;
    assert_eq!(verified["found"], true, "{verified}");
    assert_eq!(verified["status"], "revoked", "{verified}");
    assert_eq!(verified["licence_id"], licence_id.as_str(), "{verified}");
    let profile = api
        .get(&format!("/api/v1/organizations/{org_id}"), None)
        .await
        .expect(StatusCode::OK);
    let licence = profile["licences"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == licence_id.as_str())
        .unwrap_or_else(|| panic!("no licence {licence_id}: {profile}"));
    assert_eq!(licence["status"], "revoked", "{profile}");
    let revocation = licence["history"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["finding_id"] == finding_id.as_str())
        .unwrap_or_else(|| panic!("no history entry with the finding: {licence}"));
    assert_eq!(revocation["status"], "revoked", "{licence}");
    assert_eq!(revocation["from_status"], "active", "{licence}");
    assert!(
        revocation["reason"]
            .as_str()
            .is_some_and(|r| r.contains(&reference)),
        "{revocation}"
    );

    // Refunds: two payments, then one more than is outstanding.
    let refunds = format!("/api/v1/findings/{finding_id}/refunds");
    let today = chrono::Utc::now().date_naive().to_string();
    let first = api
        .post(
            &refunds,
            Some(&inspector),
            &json!({"amount_minor": FIRST_REFUND, "currency": "NPR", "date": today, "workers": 15}),
        )
        .await
        .expect(StatusCode::CREATED);
    assert_eq!(
        first["fee_violations"][0]["refunded_minor"], FIRST_REFUND,
        "{first}"
    );
    let second = api
        .post(
            &refunds,
            Some(&inspector),
            &json!({"fee_violation_id": fee_violation_id, "amount_minor": SECOND_REFUND,
                    "currency": "NPR", "date": today, "workers": 11}),
        )
        .await
        .expect(StatusCode::CREATED);
    let refunded = FIRST_REFUND + SECOND_REFUND;
    let outstanding = CHARGED - refunded;
    let fee = &second["fee_violations"][0];
    assert_eq!(fee["refunded_minor"], refunded, "{second}");
    assert_eq!(fee["outstanding_minor"], outstanding, "{second}");
    assert_eq!(second["refunds"].as_array().unwrap().len(), 2, "{second}");
    let too_much = api
        .post(
            &refunds,
            Some(&inspector),
            &json!({"amount_minor": outstanding + 1, "currency": "NPR", "date": today}),
        )
        .await
        .problem(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(too_much.to_string().contains("amount_minor"), "{too_much}");

    // The public profile says it all, in figures and in words.
    let profile = api
        .get(&format!("/api/v1/organizations/{org_id}"), None)
        .await
        .expect(StatusCode::OK);
    assert_eq!(profile["licence_status"], "revoked", "{profile}");
    let accountability = &profile["accountability"];
    let totals = accountability["fee_totals"].as_array().unwrap();
    assert_eq!(totals.len(), 1, "{accountability}");
    let npr = &totals[0];
    assert_eq!(npr["currency"], "NPR", "{accountability}");
    assert_eq!(npr["charged_minor"], 8_400_000_000_i64, "{accountability}");
    assert_eq!(npr["refund_ordered_minor"], CHARGED, "{accountability}");
    assert_eq!(npr["refunded_minor"], refunded, "{accountability}");
    assert_eq!(npr["outstanding_minor"], outstanding, "{accountability}");
    assert_eq!(npr["workers_affected"], WORKERS, "{accountability}");
    let sanctions = accountability["sanctions_in_force"].as_array().unwrap();
    assert!(
        sanctions.iter().any(|s| s["kind"] == "revocation"),
        "{accountability}"
    );
    assert_eq!(accountability["complaints"]["total"], 1, "{accountability}");
    assert_eq!(
        accountability["complaints"]["by_status"],
        json!({"substantiated": 1}),
        "{accountability}"
    );
    let summary: Vec<&str> = accountability["summary"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    let revoked = summary
        .iter()
        .find(|s| s.starts_with("Licence revoked on"))
        .unwrap_or_else(|| panic!("no revocation sentence: {summary:?}"));
    assert!(revoked.contains(&reference), "{revoked}");
    let findings = accountability["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{accountability}");
    assert_eq!(findings[0]["id"], finding_id.as_str(), "{accountability}");
    assert_eq!(findings[0]["complaint_count"], 1, "{accountability}");
    assert!(
        findings[0].get("complaint_ids").is_none_or(Value::is_null),
        "the public sees which complaints a finding answers: {accountability}"
    );

    // Anyone checks the finding and the audit chain.
    let public = api
        .get(&format!("/api/v1/findings?organization_id={org_id}"), None)
        .await
        .expect(StatusCode::OK);
    let items = public["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{public}");
    assert_eq!(items[0]["status"], "published", "{public}");
    assert_eq!(items[0]["fee_totals"][0]["refunded_minor"], refunded);
    let audit = api
        .get("/api/v1/audit/verify", None)
        .await
        .expect(StatusCode::OK);
    assert_eq!(audit["ok"], true, "{audit}");
    let head = api
        .get("/api/v1/audit/head", None)
        .await
        .expect(StatusCode::OK);
    assert_eq!(head["seq"], audit["head_seq"], "{head} vs {audit}");

    // SIGTERM: a clean exit, status 0.
    let log = server.stop();
    assert!(log.contains("listening"), "{backend}: {log}");
    drop(api);
    let output = setup.cli(&["audit", "verify"]);
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("ok"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inspection_story_on_sqlite() {
    inspection_story(Setup::sqlite()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inspection_story_on_postgres() {
    let Some(setup) = Setup::postgres("inspection_story_on_postgres") else {
        return;
    };
    inspection_story(setup).await;
}
