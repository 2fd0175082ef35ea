use std::collections::BTreeSet;

use diesel::prelude::*;
use fairrecruit::db::schema::{
    licence_status_changes, licences, organization_people, organizations,
};
use fairrecruit::demo;

use crate::common::TestApp;

async fn the_demo_set_covers_every_kind_status_and_many_countries(app: TestApp) {
    let mut conn = app.db.get().unwrap();
    let summary = demo::load_once(&mut conn, &app.sealer, demo::DEFAULT_ORGANIZATIONS, 1)
        .unwrap()
        .unwrap();
    assert!(summary.organizations >= 500);
    assert!(
        demo::load_once(&mut conn, &app.sealer, demo::DEFAULT_ORGANIZATIONS, 1)
            .unwrap()
            .is_none(),
        "loads once"
    );
    let total: i64 = organizations::table.count().get_result(&mut conn).unwrap();
    assert_eq!(total as usize, summary.organizations);

    let kinds: BTreeSet<String> = organizations::table
        .select(organizations::kind)
        .distinct()
        .load(&mut conn)
        .unwrap()
        .into_iter()
        .collect();
    assert_eq!(kinds.len(), 3);
    let countries: BTreeSet<String> = organizations::table
        .select(organizations::country)
        .distinct()
        .load(&mut conn)
        .unwrap()
        .into_iter()
        .collect();
    assert!(countries.len() >= 10, "{countries:?}");
    let recorded: BTreeSet<String> = licences::table
        .select(licences::status)
        .distinct()
        .load(&mut conn)
        .unwrap()
        .into_iter()
        .collect();
    for status in [
        "pending",
        "active",
        "suspended",
        "revoked",
        "expired",
        "cancelled",
    ] {
        assert!(
            recorded.contains(status),
            "no {status} licence in {recorded:?}"
        );
    }
    let histories: i64 = licence_status_changes::table
        .count()
        .get_result(&mut conn)
        .unwrap();
    let licence_count: i64 = licences::table.count().get_result(&mut conn).unwrap();
    assert!(
        histories > licence_count,
        "some licences have more than one history entry"
    );

    // People linked to more than one organization.
    let links: Vec<String> = organization_people::table
        .select(organization_people::person_id)
        .load(&mut conn)
        .unwrap();
    let distinct: BTreeSet<&String> = links.iter().collect();
    assert!(
        links.len() > distinct.len() + 20,
        "people shared between organizations"
    );

    // Names in their own scripts, with Latin aliases.
    let names: Vec<String> = organizations::table
        .select(organizations::name)
        .load(&mut conn)
        .unwrap();
    let non_latin = names.iter().filter(|n| !n.is_ascii()).count();
    assert!(
        non_latin > names.len() / 4,
        "{non_latin} of {} names in non-Latin scripts",
        names.len()
    );

    // The inspection workflow in every state.
    use fairrecruit::db::schema::{complaints, findings, refunds, sanctions};
    let complaint_states: BTreeSet<String> = complaints::table
        .select(complaints::status)
        .distinct()
        .load(&mut conn)
        .unwrap()
        .into_iter()
        .collect();
    assert_eq!(complaint_states.len(), 7, "{complaint_states:?}");
    let finding_states: BTreeSet<String> = findings::table
        .select(findings::status)
        .distinct()
        .load(&mut conn)
        .unwrap()
        .into_iter()
        .collect();
    assert_eq!(finding_states.len(), 5, "{finding_states:?}");
    let sanction_kinds: BTreeSet<String> = sanctions::table
        .select(sanctions::kind)
        .distinct()
        .load(&mut conn)
        .unwrap()
        .into_iter()
        .collect();
    assert!(sanction_kinds.len() >= 4, "{sanction_kinds:?}");
    let paid: i64 = refunds::table.count().get_result(&mut conn).unwrap();
    assert!(paid > 0);
    assert!(summary.inspection.complaints >= 100 && summary.inspection.findings >= 30);

    drop(conn);
    assert_eq!(app.get("/api/v1/audit/verify").await.json()["ok"], true);
}

async fn the_same_seed_gives_the_same_data(app: TestApp) {
    let other = crate::common::TestApp::sqlite().await.unwrap();
    for target in [&app, &other] {
        let mut conn = target.db.get().unwrap();
        demo::load(&mut conn, &target.sealer, 40, 99).unwrap();
    }
    let names = |t: &TestApp| -> Vec<String> {
        let mut conn = t.db.get().unwrap();
        organizations::table
            .select(organizations::name)
            .order(organizations::name.asc())
            .load(&mut conn)
            .unwrap()
    };
    assert_eq!(names(&app), names(&other));
}

crate::backend_tests!(
    the_demo_set_covers_every_kind_status_and_many_countries,
    the_same_seed_gives_the_same_data
);
