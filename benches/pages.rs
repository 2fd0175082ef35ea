//! Server-side time and weight of each worker page on the demo data set, through the
//! same router the binary serves (database, search and rendering included).
//!
//!   cargo bench --bench pages

use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::Request;
use http_body_util::BodyExt;
use tower::ServiceExt;

use fairrecruit::db::Database;
use fairrecruit::search::SearchIndex;
use fairrecruit::{build_app, AppState};

const ROUNDS: usize = 300;

async fn get(app: &axum::Router, path: &str, gzip: bool) -> (Duration, usize) {
    let mut request = Request::builder().uri(path).header("accept-language", "en");
    if gzip {
        request = request.header("accept-encoding", "gzip");
    }
    let started = Instant::now();
    let response = app
        .clone()
        .oneshot(request.body(Body::empty()).expect("request"))
        .await
        .expect("response");
    assert!(
        response.status().is_success(),
        "{path}: {}",
        response.status()
    );
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    (started.elapsed(), bytes.len())
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let db = Database::connect(&tmp.path().join("pages.db").to_string_lossy(), 4).expect("db");
    db.migrate().expect("migrate");
    let key = fairrecruit::crypto::DataKey::generate().expect("key");
    let sealer = fairrecruit::crypto::Sealer::new(&key);
    let mut conn = db.get().expect("connection");
    fairrecruit::demo::load(
        &mut conn,
        &sealer,
        fairrecruit::demo::DEFAULT_ORGANIZATIONS,
        1,
    )
    .expect("demo");
    let index = SearchIndex::open(&tmp.path().join("index"), &mut conn).expect("index");
    // The organization with the most to show: sanctions, findings, fees.
    let found = fairrecruit::search::search(
        &index,
        "",
        &fairrecruit::search::Filters {
            sanctioned: Some(true),
            ..Default::default()
        },
        0,
        1,
    )
    .expect("search");
    let profile = found
        .hits
        .first()
        .map(|(_, d)| d.id.clone())
        .expect("a sanctioned organization");
    drop(conn);
    // Render time is measured here, not the quotas: one client sends every request.
    let unlimited = fairrecruit::api::ratelimit::Quotas {
        per_address: u32::MAX,
        receipts_per_address: u32::MAX,
        per_token: u32::MAX,
        per_consulate: u32::MAX,
    };
    let app = build_app(
        AppState::new(db, sealer)
            .with_search(std::sync::Arc::new(index))
            .with_quotas(unlimited),
    );

    let (_, css) = get(&app, "/assets/site.css", true).await;
    println!("| page | p50 ms | p99 ms | HTML bytes | gzip bytes | gzip with stylesheet |");
    println!("|---|---|---|---|---|---|");
    for (label, path) in [
        ("search, empty", "/".to_string()),
        ("search, results", "/?q=manpower".to_string()),
        (
            "profile (sanctioned, with findings)",
            format!("/organizations/{profile}"),
        ),
        ("complaint form", "/complain".to_string()),
        ("complaint status", "/complaints/status".to_string()),
        ("rights", "/rights".to_string()),
        ("search, Arabic", "/?q=manpower&lang=ar".to_string()),
    ] {
        let mut times = Vec::with_capacity(ROUNDS);
        for _ in 0..ROUNDS {
            times.push(get(&app, &path, false).await.0);
        }
        times.sort();
        let (_, plain) = get(&app, &path, false).await;
        let (_, gzip) = get(&app, &path, true).await;
        println!(
            "| {label} | {:.2} | {:.2} | {plain} | {gzip} | {} |",
            times[ROUNDS / 2].as_secs_f64() * 1e3,
            times[ROUNDS * 99 / 100].as_secs_f64() * 1e3,
            gzip + css
        );
    }
}
