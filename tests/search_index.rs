//! The search index's life: one writer per directory, rebuilt when missing, unreadable
//! or of another schema, resuming from its committed seq after a crash, and a rebuild
//! equal to the index built event by event. On SQLite and PostgreSQL.
#![allow(clippy::unwrap_used)]

#[rustfmt::skip]
mod common;

use std::collections::BTreeMap;

use fairrecruit::search::{self, Filters, SearchIndex};
use serde_json::json;

use common::TestApp;

/// Every document of an index, by id, as the search answers show it.
fn contents(index: &SearchIndex) -> BTreeMap<String, String> {
    let all = search::search(index, "", &Filters::default(), 0, 100_000).unwrap();
    all.hits
        .into_iter()
        .map(|(_, doc)| (doc.id.clone(), serde_json::to_string(&doc).unwrap()))
        .collect()
}

fn found(index: &SearchIndex, q: &str) -> Vec<String> {
    search::search(index, q, &Filters::default(), 0, 10)
        .unwrap()
        .hits
        .into_iter()
        .map(|(_, doc)| doc.name)
        .collect()
}

async fn demo(app: &TestApp, organizations: usize) {
    let mut conn = app.db.get().unwrap();
    fairrecruit::demo::load(&mut conn, &app.sealer, organizations, 7).unwrap();
}

async fn a_second_writer_gets_a_clear_error(app: TestApp) {
    let mut conn = app.db.get().unwrap();
    let dir = app.data_dir().join("index");
    let error = SearchIndex::open(&dir, &mut conn)
        .err()
        .unwrap()
        .to_string();
    assert!(
        error.contains("in use by another fairrecruit process"),
        "{error}"
    );
    assert!(error.contains(&dir.display().to_string()), "{error}");
}

async fn a_rebuild_equals_the_index_built_event_by_event(app: TestApp) {
    demo(&app, 300).await;
    app.index_now();
    let incremental = contents(&app.index);
    assert_eq!(incremental.len(), 300);

    let fresh = SearchIndex::in_memory().unwrap();
    let mut conn = app.db.get().unwrap();
    let rebuilt = fresh.rebuild(&mut conn).unwrap();
    assert_eq!(rebuilt.organizations, 300);
    assert_eq!(rebuilt.seq, app.index.committed_seq());
    assert_eq!(contents(&fresh), incremental);
    // Demo data has sanctions and published findings: they are in both.
    assert!(incremental
        .values()
        .any(|d| d.contains("\"published_findings\":1")));
}

async fn resumes_from_the_committed_seq_after_a_crash(app: TestApp) {
    let admin = app.admin();
    app.create_org(
        &admin,
        json!({"kind": "agency", "name": "Before Crash Agency", "country": "NP"}),
    )
    .await;
    let committed = app.index_now();
    // Writes acknowledged while the index is down (the process died before indexing them).
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index");
    {
        let mut conn = app.db.get().unwrap();
        let index = SearchIndex::open(&path, &mut conn).unwrap();
        assert_eq!(index.committed_seq(), committed);
        // Dropped without a commit of the writes below: as after kill -9.
    }
    for name in ["After Crash One", "After Crash Two"] {
        app.create_org(
            &admin,
            json!({"kind": "agency", "name": name, "country": "NP"}),
        )
        .await;
    }
    let mut conn = app.db.get().unwrap();
    let index = SearchIndex::open(&path, &mut conn).unwrap();
    assert!(
        index.rebuilt_at_open().is_none(),
        "a good index is resumed, not rebuilt"
    );
    assert_eq!(index.committed_seq(), committed);
    index.catch_up(&mut conn).unwrap();
    assert!(index.committed_seq() > committed);
    assert_eq!(found(&index, "after crash").len(), 2);
    assert_eq!(found(&index, "before crash"), ["Before Crash Agency"]);
}

async fn an_unreadable_or_older_index_is_rebuilt(app: TestApp) {
    let admin = app.admin();
    app.create_org(
        &admin,
        json!({"kind": "agency", "name": "Survivor Agency", "country": "NP"}),
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index");
    let mut conn = app.db.get().unwrap();
    drop(SearchIndex::open(&path, &mut conn).unwrap());

    // Corrupt: meta.json overwritten.
    std::fs::write(path.join("meta.json"), b"{ not json").unwrap();
    let index = SearchIndex::open(&path, &mut conn).unwrap();
    assert_eq!(index.rebuilt_at_open().unwrap().organizations, 1);
    assert_eq!(found(&index, "survivor"), ["Survivor Agency"]);
    drop(index);

    // Older schema: the payload names another version.
    let meta = std::fs::read_to_string(path.join("meta.json")).unwrap();
    let current = format!(
        "\\\"schema\\\":{}",
        fairrecruit::search::schema::SCHEMA_VERSION
    );
    let older = meta.replace(&current, "\\\"schema\\\":0");
    assert_ne!(
        meta, older,
        "the payload should carry the schema version: {meta}"
    );
    std::fs::write(path.join("meta.json"), older).unwrap();
    let index = SearchIndex::open(&path, &mut conn).unwrap();
    assert!(index.rebuilt_at_open().is_some());
    assert_eq!(found(&index, "survivor"), ["Survivor Agency"]);
    drop(index);

    // Missing: the directory emptied.
    std::fs::remove_dir_all(&path).unwrap();
    let index = SearchIndex::open(&path, &mut conn).unwrap();
    assert!(index.rebuilt_at_open().is_some());
    assert_eq!(found(&index, "survivor"), ["Survivor Agency"]);
}

backend_tests!(
    a_second_writer_gets_a_clear_error,
    a_rebuild_equals_the_index_built_event_by_event,
    resumes_from_the_committed_seq_after_a_crash,
    an_unreadable_or_older_index_is_rebuilt,
);
