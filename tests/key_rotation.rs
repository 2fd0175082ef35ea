//! `fairrecruit key rotate`: every sealed value moves to the new key, receipts keep
//! working, and nothing changes when the old key is wrong.
#![allow(clippy::unwrap_used)]

#[rustfmt::skip]
mod common;

use std::process::Command;

use common::TestApp;
use diesel::prelude::*;
use fairrecruit::crypto::{DataKey, Sealer};
use fairrecruit::db::schema::complaints;
use fairrecruit::domain::role::{Actor, Role};
use fairrecruit::registry::complaints::{self as use_cases, ChangeComplaintStatus};
use fairrecruit::registry::network::{self, NetworkQuery};
use fairrecruit::registry::organizations;
use serde_json::{json, Value};

fn file_one(app: &TestApp) -> (uuid::Uuid, String) {
    let mut conn = app.db.get().unwrap();
    let input = serde_json::from_value(json!({
        "respondents": [{"name": "Rotation Test Agency", "country": "NP"}],
        "categories": ["recruitment_fee"],
        "narrative": "ROTATION-NARRATIVE",
        "incident_countries": ["NP"],
        "complainant": {"name": "ROTATION-NAME", "contact": "ROTATION-CONTACT"}
    }))
    .unwrap();
    let filed =
        use_cases::file_complaint(&mut conn, &app.sealer, &Actor::public(), &input).unwrap();
    let note = ChangeComplaintStatus {
        status: fairrecruit::domain::complaint::ComplaintStatus::UnderReview,
        note: Some("ROTATION-NOTE".into()),
    };
    use_cases::change_complaint_status(&mut conn, &app.sealer, &Actor::cli(), filed.id, &note)
        .unwrap();
    (filed.id, filed.receipt)
}

/// An organization with one director, born on 1970-01-02.
fn organization_with_director(app: &TestApp, sealer: &Sealer, name: &str) -> uuid::Uuid {
    let mut conn = app.db.get().unwrap();
    let input = serde_json::from_value(json!({
        "kind": "agency", "name": name, "country": "NP",
        "people": [{"name": "Rotation Director", "role": "director", "date_of_birth": "1970-01-02"}]
    }))
    .unwrap();
    organizations::create_organization(&mut conn, &Actor::cli(), sealer, &input)
        .unwrap()
        .id
}

/// How `first`'s network calls the director it shares with `second`.
fn director_link(app: &TestApp, first: uuid::Uuid, second: uuid::Uuid) -> Option<Value> {
    app.index_now();
    let mut conn = app.db.get().unwrap();
    let query = NetworkQuery { hops: Some(1) };
    let found = network::organization_network(&mut conn, &app.index, first, &query).unwrap();
    let link = found
        .items
        .into_iter()
        .find(|l| l.organization.id == second)?;
    Some(serde_json::to_value(&link.evidence[0]).unwrap())
}

fn fairrecruit(app: &TestApp, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_fairrecruit"));
    command
        .arg("--data-dir")
        .arg(app.data_dir())
        .arg("--database-url")
        .arg(&app.url)
        .args(args)
        .env_remove("FAIRRECRUIT_DATA_KEY")
        .env_remove("FAIRRECRUIT_NEW_DATA_KEY");
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().unwrap()
}

fn sealed_narrative(app: &TestApp, id: uuid::Uuid) -> String {
    let mut conn = app.db.get().unwrap();
    complaints::table
        .filter(complaints::id.eq(id.to_string()))
        .select(complaints::narrative_sealed.assume_not_null())
        .first(&mut conn)
        .unwrap()
}

fn inspector_sees(
    app: &TestApp,
    sealer: &Sealer,
    id: uuid::Uuid,
) -> Result<String, fairrecruit::error::Error> {
    let mut conn = app.db.get().unwrap();
    let inspector = Actor {
        role: Some(Role::Inspector),
        id: "i".into(),
        name: "i".into(),
        jurisdictions: vec!["NP".into()],
    };
    let detail = use_cases::get_complaint(&mut conn, sealer, &inspector, id)?;
    Ok(format!(
        "{} {} {} {}",
        detail.narrative.unwrap_or_default(),
        detail.complainant.name.unwrap_or_default(),
        detail.complainant.contact.unwrap_or_default(),
        detail
            .history
            .iter()
            .filter_map(|h| h.note.clone())
            .collect::<String>()
    ))
}

async fn rotation_with_a_key_file(app: TestApp) {
    let (id, receipt) = file_one(&app);
    let before = sealed_narrative(&app, id);
    let old_agency = organization_with_director(&app, &app.sealer, "Rotation Old Agency");
    let out = fairrecruit(&app, &["key", "rotate"], &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("re-sealed 1 complaints, 1 notes and 1 people's identifiers"),
        "{stdout}"
    );
    assert!(!app.data_dir().join("data.key.next").exists());

    let (new_key, created) = DataKey::load_or_create(app.data_dir()).unwrap();
    assert!(!created);
    let new = Sealer::new(&new_key);
    assert_ne!(
        sealed_narrative(&app, id),
        before,
        "the narrative was sealed again"
    );
    assert!(
        inspector_sees(&app, &app.sealer, id).is_err(),
        "the old key no longer opens anything"
    );
    assert_eq!(
        inspector_sees(&app, &new, id).unwrap(),
        "ROTATION-NARRATIVE ROTATION-NAME ROTATION-CONTACT ROTATION-NOTE"
    );
    let mut conn = app.db.get().unwrap();
    let status = use_cases::status_by_receipt(&mut conn, &new, &receipt).unwrap();
    assert_eq!(
        status.status,
        fairrecruit::domain::complaint::ComplaintStatus::UnderReview
    );
    assert!(
        use_cases::status_by_receipt(&mut conn, &app.sealer, &receipt).is_err(),
        "digests follow the new key"
    );
    drop(conn);
    // A director recorded after the rotation still matches one recorded before.
    let new_agency = organization_with_director(&app, &new, "Rotation New Agency");
    let evidence = director_link(&app, new_agency, old_agency).expect("linked");
    assert_eq!(evidence["basis"], "date_of_birth", "{evidence}");
    assert_eq!(evidence["confidence"], "same", "{evidence}");
    assert_eq!(app.get("/api/v1/audit/verify").await.json()["ok"], true);
}

async fn rotation_with_keys_in_the_environment(app: TestApp) {
    let (id, receipt) = file_one(&app);
    let (old_key, _) = DataKey::load_or_create(app.data_dir()).unwrap();
    let new_key = DataKey::generate().unwrap();
    let old_text = old_key.to_base64();
    let new_text = new_key.to_base64();

    let missing = fairrecruit(
        &app,
        &["key", "rotate"],
        &[("FAIRRECRUIT_DATA_KEY", &old_text)],
    );
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("FAIRRECRUIT_NEW_DATA_KEY"));

    let wrong_old = DataKey::generate().unwrap().to_base64();
    let refused = fairrecruit(
        &app,
        &["key", "rotate"],
        &[
            ("FAIRRECRUIT_DATA_KEY", &wrong_old),
            ("FAIRRECRUIT_NEW_DATA_KEY", &new_text),
        ],
    );
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("nothing was changed"), "{stderr}");
    assert!(
        !stderr.contains(&wrong_old) && !stderr.contains(&new_text),
        "keys never appear in messages"
    );
    assert!(
        inspector_sees(&app, &app.sealer, id).is_ok(),
        "a refused rotation changes nothing"
    );

    let out = fairrecruit(
        &app,
        &["key", "rotate"],
        &[
            ("FAIRRECRUIT_DATA_KEY", &old_text),
            ("FAIRRECRUIT_NEW_DATA_KEY", &new_text),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let new = Sealer::new(&new_key);
    assert!(inspector_sees(&app, &new, id)
        .unwrap()
        .contains("ROTATION-NAME"));
    let mut conn = app.db.get().unwrap();
    assert!(use_cases::status_by_receipt(&mut conn, &new, &receipt).is_ok());
}

#[test]
fn generate_prints_a_usable_key() {
    let out = Command::new(env!("CARGO_BIN_EXE_fairrecruit"))
        .args(["key", "generate"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(DataKey::from_text(text.trim()).is_ok());
}

backend_tests!(
    rotation_with_a_key_file,
    rotation_with_keys_in_the_environment
);
