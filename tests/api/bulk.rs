use diesel::prelude::*;
use fairrecruit::db::schema::{events, organizations};
use fairrecruit::domain::licence::LicenceStatus;
use fairrecruit::domain::role::{Actor, Role};
use fairrecruit::error::Error;
use fairrecruit::registry::bulk::{self, LicenceBundle, OrganizationBundle};
use fairrecruit::registry::licences::{ChangeLicenceStatus, NewLicence};
use serde_json::json;

use crate::common::TestApp;

fn bundle(
    name: &str,
    number: Option<&str>,
    changes: Vec<ChangeLicenceStatus>,
) -> OrganizationBundle {
    let organization = serde_json::from_value(json!({
        "kind": "agency", "name": name, "country": "NP",
        "aliases": [{"name": format!("{name} Pvt. Ltd."), "kind": "trade"}],
        "people": [{"name": format!("Owner of {name}"), "role": "owner"}]
    }))
    .unwrap();
    let licences = number
        .map(|n| {
            vec![LicenceBundle {
                licence: NewLicence {
                    authority: "NP".into(),
                    authority_name: "Department of Foreign Employment".into(),
                    number: n.into(),
                    licence_type: None,
                    valid_from: None,
                    valid_until: None,
                    status: None,
                },
                changes,
            }]
        })
        .unwrap_or_default();
    OrganizationBundle {
        organization,
        licences,
    }
}

fn change(status: LicenceStatus, reason: &str) -> ChangeLicenceStatus {
    ChangeLicenceStatus {
        status,
        reason: reason.into(),
        effective_date: None,
        finding_id: None,
        valid_until: None,
    }
}

fn counts(app: &TestApp) -> (i64, i64) {
    let mut conn = app.db.get().unwrap();
    let orgs = organizations::table.count().get_result(&mut conn).unwrap();
    let events = events::table.count().get_result(&mut conn).unwrap();
    (orgs, events)
}

async fn registers_many_with_their_events(app: TestApp) {
    let mut conn = app.db.get().unwrap();
    let bundles = vec![
        bundle(
            "Alpha",
            Some("A-1"),
            vec![
                change(LicenceStatus::Suspended, "Fees"),
                change(LicenceStatus::Revoked, "Confirmed"),
            ],
        ),
        bundle("Beta", None, vec![]),
        bundle("Gamma", Some("G-1"), vec![]),
    ];
    let created =
        bulk::create_organizations(&mut conn, &Actor::cli(), &app.sealer, &bundles).unwrap();
    assert_eq!(created.organization_ids.len(), 3);
    assert_eq!(created.new_people.len(), 3);
    assert_eq!(created.licences, 2);
    assert_eq!(created.status_changes, 2);
    assert_eq!(created.events, 3 + 2 + 2);
    drop(conn);
    assert_eq!(counts(&app), (3, 7));
    assert_eq!(app.get("/api/v1/audit/verify").await.json()["ok"], true);

    let alpha = app
        .get(&format!(
            "/api/v1/organizations/{}",
            created.organization_ids[0]
        ))
        .await
        .json();
    assert_eq!(alpha["licence_status"], "revoked");
    let history: Vec<&str> = alpha["licences"][0]["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["status"].as_str().unwrap())
        .collect();
    assert_eq!(history, ["active", "suspended", "revoked"]);
    assert_eq!(alpha["aliases"][0]["name"], "Alpha Pvt. Ltd.");
    let verify = app
        .get("/api/v1/licences/verify?authority=NP&number=g1")
        .await
        .json();
    assert_eq!(verify["status"], "active");
}

async fn one_bad_item_writes_nothing(app: TestApp) {
    let mut conn = app.db.get().unwrap();
    let mut bad = bundle("", Some("B-1"), vec![]);
    bad.organization.country = "ZZ".into();
    let error = bulk::create_organizations(
        &mut conn,
        &Actor::cli(),
        &app.sealer,
        &[bundle("Fine", None, vec![]), bad],
    )
    .unwrap_err();
    let Error::Validation(fields) = error else {
        panic!("expected a validation error, got {error:?}")
    };
    let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(
        names,
        [
            "items[1].organization.name",
            "items[1].organization.country"
        ]
    );

    let duplicate = [
        bundle("One", Some("X-1"), vec![]),
        bundle("Two", Some("x 1"), vec![]),
    ];
    let error =
        bulk::create_organizations(&mut conn, &Actor::cli(), &app.sealer, &duplicate).unwrap_err();
    assert!(
        matches!(&error, Error::Conflict(m) if m.starts_with("items[1]")),
        "{error:?}"
    );

    let invalid = [bundle(
        "Three",
        Some("T-1"),
        vec![change(LicenceStatus::Pending, "back")],
    )];
    let error =
        bulk::create_organizations(&mut conn, &Actor::cli(), &app.sealer, &invalid).unwrap_err();
    assert!(
        matches!(error, Error::InvalidTransition { .. }),
        "{error:?}"
    );
    drop(conn);
    assert_eq!(counts(&app), (0, 0));
}

async fn only_inspectors_and_admins_register(app: TestApp) {
    let mut conn = app.db.get().unwrap();
    let consulate = Actor {
        role: Some(Role::Consulate),
        id: "c".into(),
        name: "c".into(),
        jurisdictions: vec!["NP".into()],
    };
    let error = bulk::create_organizations(
        &mut conn,
        &consulate,
        &app.sealer,
        &[bundle("A", None, vec![])],
    )
    .unwrap_err();
    assert!(matches!(error, Error::Forbidden(_)));
    let error = bulk::create_organizations(
        &mut conn,
        &Actor::public(),
        &app.sealer,
        &[bundle("A", None, vec![])],
    )
    .unwrap_err();
    assert!(matches!(error, Error::Unauthorized(_)));
    let qa_inspector = Actor {
        role: Some(Role::Inspector),
        id: "i".into(),
        name: "i".into(),
        jurisdictions: vec!["QA".into()],
    };
    let error = bulk::create_organizations(
        &mut conn,
        &qa_inspector,
        &app.sealer,
        &[bundle("A", Some("N-1"), vec![])],
    )
    .unwrap_err();
    assert!(
        matches!(error, Error::Forbidden(_)),
        "an NP licence is outside a QA inspector's jurisdiction"
    );
    drop(conn);
    assert_eq!(counts(&app), (0, 0));
}

/// A plan made without the database meets a number registered since: the unique
/// constraint answers, as a conflict, and the plan's rows and events are not written.
async fn a_number_taken_since_the_plan_is_a_conflict(app: TestApp) {
    let mut conn = app.db.get().unwrap();
    let planned = bulk::plan_offline(
        &Actor::cli(),
        &app.sealer,
        &[bundle("Late", Some("x 7"), vec![])],
        Default::default(),
    )
    .unwrap();
    bulk::create_organizations(
        &mut conn,
        &Actor::cli(),
        &app.sealer,
        &[bundle("Early", Some("X-7"), vec![])],
    )
    .unwrap();
    let before = {
        drop(conn);
        counts(&app)
    };
    let mut conn = app.db.get().unwrap();
    let error = bulk::write(&mut conn, &Actor::cli(), planned).unwrap_err();
    assert!(matches!(error, Error::Conflict(_)), "{error:?}");
    drop(conn);
    assert_eq!(counts(&app), before);
    assert_eq!(before, (1, 2));
}

crate::backend_tests!(
    registers_many_with_their_events,
    one_bad_item_writes_nothing,
    only_inspectors_and_admins_register,
    a_number_taken_since_the_plan_is_a_conflict
);
