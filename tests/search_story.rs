#![allow(clippy::unwrap_used)]
//! Search with the real binary over TCP, on SQLite and on PostgreSQL: a write is
//! found by the background indexer without anything else happening; a second
//! process may not write the index; after kill -9 in the middle of a stream of
//! writes, the restarted server finds every acknowledged write; `fairrecruit reindex`
//! rebuilds the index from the database once the server is stopped.

// Not reformatted from here: the harness belongs to the API tests.
#[rustfmt::skip]
mod common;
#[path = "support/server.rs"]
mod server;

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::json;

use server::{command, Api, Setup};

/// Generous: the indexer polls every 200 ms; a loaded CI machine may be slower.
const FOUND_WITHIN: Duration = Duration::from_secs(20);

/// Polls the search until `q` matches `expected` organizations; returns how long it took.
async fn wait_until_found(api: &Api, q: &str, expected: u64) -> Duration {
    let started = Instant::now();
    loop {
        let body = api
            .get_query("/api/v1/organizations", &[("q", q), ("limit", "100")], None)
            .await
            .expect(StatusCode::OK);
        if body["total"] == expected {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < FOUND_WITHIN,
            "q={q:?} still finds {} of {expected} after {FOUND_WITHIN:?}",
            body["total"]
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn search_story(setup: Setup) {
    let backend = setup.backend();
    let admin = setup.token("admin", None, "Registry admin");
    let mut server = setup.serve(&[], &[]);
    let api = Api::new(&server);
    server.wait_ready(&api).await;

    api.post(
        "/api/v1/organizations",
        Some(&admin),
        &json!({"kind": "agency", "name": "Annapurna Careers", "country": "NP"}),
    )
    .await
    .expect(StatusCode::CREATED);
    let took = wait_until_found(&api, "Anapurna", 1).await;
    eprintln!("{backend}: a write was searchable after {took:?}");

    // Only one process writes the index.
    let second = command()
        .args(&setup.global)
        .arg("reindex")
        .output()
        .unwrap();
    assert!(
        !second.status.success(),
        "{backend}: reindex ran beside serve"
    );
    let message = String::from_utf8_lossy(&second.stderr);
    assert!(
        message.contains("in use by another fairrecruit process"),
        "{backend}: {message}"
    );

    // A stream of writes, then kill -9 right after the last is acknowledged.
    for i in 0..40 {
        api.post(
            "/api/v1/organizations",
            Some(&admin),
            &json!({"kind": "agency", "name": format!("Crashtest Agency {i}"), "country": "NP"}),
        )
        .await
        .expect(StatusCode::CREATED);
    }
    server.kill();
    drop(api);

    let mut server = setup.serve(&[], &[]);
    let api = Api::new(&server);
    server.wait_ready(&api).await;
    wait_until_found(&api, "Crashtest Agency", 40).await;
    wait_until_found(&api, "Annapurna", 1).await;
    let log = server.stop();
    assert!(
        !log.contains("rebuilding"),
        "{backend}: a killed index was rebuilt, not resumed:\n{log}"
    );
    drop(api);

    let output = setup.cli(&["reindex"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with("reindexed 41 organizations"),
        "{backend}: {stdout}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_story_on_sqlite() {
    search_story(Setup::sqlite()).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_story_on_postgres() {
    let Some(setup) = Setup::postgres("search_story_on_postgres") else {
        return;
    };
    search_story(setup).await;
}
