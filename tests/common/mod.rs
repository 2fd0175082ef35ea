//! Test harness: a fresh database per test on each backend, requests through the
//! same router the binary serves.
#![allow(dead_code)]

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use axum::Router;
use diesel::{Connection, PgConnection, RunQueryDsl};
use fairrecruit::db::{Backend, Database};
use fairrecruit::domain::role::{Actor, Role};
use fairrecruit::registry::tokens;
use fairrecruit::search::SearchIndex;
use fairrecruit::{build_app, AppState};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

/// Server URL of the PostgreSQL used by tests, e.g. postgres://postgres@127.0.0.1:5432/postgres.
pub const PG_ENV: &str = "FAIRRECRUIT_TEST_DATABASE_URL";
/// When set to 1, a missing PostgreSQL fails the test instead of skipping it (CI).
pub const REQUIRE_PG_ENV: &str = "FAIRRECRUIT_REQUIRE_POSTGRES";

pub struct TestApp {
    pub router: Router,
    pub db: Database,
    pub backend: Backend,
    /// The database URL of this test's own database.
    pub url: String,
    /// The sealer the app uses, for tests that call use cases directly.
    pub sealer: fairrecruit::crypto::Sealer,
    /// The search index the router answers from (caught up by `index_now`).
    pub index: std::sync::Arc<SearchIndex>,
    /// The state behind `router`, kept so one setting can change at a time.
    state: AppState,
    dir: tempfile::TempDir,
    postgres: Option<PgTestDb>,
}

struct PgTestDb {
    server_url: String,
    name: String,
}

impl Drop for PgTestDb {
    fn drop(&mut self) {
        if let Ok(mut conn) = PgConnection::establish(&self.server_url) {
            let _ = diesel::sql_query(format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ))
            .execute(&mut conn);
        }
    }
}

/// Replaces the database name in a postgres:// URL.
pub fn with_database(server_url: &str, name: &str) -> String {
    let (base, query) = match server_url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (server_url, None),
    };
    let authority_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let base = match base[authority_end..].find('/') {
        Some(slash) => &base[..authority_end + slash],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

/// Says once per test binary, past libtest's output capture, that PostgreSQL tests
/// were skipped, so a green run cannot be mistaken for a PostgreSQL run.
fn say_skipped() {
    use std::io::Write;
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = writeln!(
            std::io::stderr(),
            "skipped: PostgreSQL tests in this binary pass without running; set {PG_ENV}=postgres://postgres@127.0.0.1:5432/postgres to run them"
        );
    });
}

impl TestApp {
    pub async fn sqlite() -> Option<TestApp> {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = dir.path().join("test.db").to_string_lossy().into_owned();
        Some(Self::open(url, Backend::Sqlite, dir, None))
    }

    /// A fresh PostgreSQL database, or None (with a message) when none is configured.
    pub async fn postgres() -> Option<TestApp> {
        let Ok(server_url) = std::env::var(PG_ENV) else {
            if std::env::var(REQUIRE_PG_ENV).as_deref() == Ok("1") {
                panic!("{REQUIRE_PG_ENV}=1 but {PG_ENV} is not set: PostgreSQL tests are mandatory here");
            }
            say_skipped();
            return None;
        };
        let name = format!("fr_test_{}", uuid::Uuid::new_v4().simple());
        let mut conn = PgConnection::establish(&server_url)
            .unwrap_or_else(|e| panic!("cannot reach PostgreSQL at {PG_ENV}: {e}"));
        diesel::sql_query(format!("CREATE DATABASE {name}"))
            .execute(&mut conn)
            .expect("create test database");
        let url = with_database(&server_url, &name);
        let dir = tempfile::tempdir().expect("temp dir");
        Some(Self::open(
            url,
            Backend::Postgres,
            dir,
            Some(PgTestDb { server_url, name }),
        ))
    }

    fn open(
        url: String,
        backend: Backend,
        dir: tempfile::TempDir,
        postgres: Option<PgTestDb>,
    ) -> TestApp {
        let db = Database::connect(&url, 4).expect("connect");
        db.migrate().expect("migrate");
        let (key, _) = fairrecruit::crypto::DataKey::load_or_create(dir.path()).expect("data key");
        let sealer = fairrecruit::crypto::Sealer::new(&key);
        let index = {
            let mut conn = db.get().expect("conn");
            std::sync::Arc::new(
                SearchIndex::open(&dir.path().join("index"), &mut conn).expect("search index"),
            )
        };
        let state = AppState::new(db.clone(), sealer.clone()).with_search(index.clone());
        TestApp {
            router: build_app(state.clone()),
            state,
            db,
            backend,
            url,
            sealer,
            index,
            dir,
            postgres,
        }
    }

    /// The same registry served with other quotas on the public endpoints.
    pub fn with_quotas(mut self, quotas: fairrecruit::api::ratelimit::Quotas) -> TestApp {
        self.state = self.state.with_quotas(quotas);
        self.router = build_app(self.state.clone());
        self
    }

    /// The same registry served with this webhook configuration.
    pub fn with_webhooks(mut self, config: fairrecruit::webhooks::WebhookConfig) -> TestApp {
        self.state = self.state.with_webhooks(config);
        self.router = build_app(self.state.clone());
        self
    }

    /// Brings the search index up to date with every write so far, as the
    /// background indexer of `serve` does within a second.
    pub fn index_now(&self) -> i64 {
        let mut conn = self.db.get().expect("conn");
        self.index.catch_up(&mut conn).expect("index catch-up")
    }

    pub fn data_dir(&self) -> &std::path::Path {
        self.dir.path()
    }

    /// Creates a token directly through the registry and returns its secret.
    pub fn token(&self, role: Role, jurisdictions: &[&str]) -> String {
        let mut conn = self.db.get().expect("conn");
        let codes: Vec<String> = jurisdictions.iter().map(|c| c.to_string()).collect();
        tokens::create_token(&mut conn, &Actor::cli(), role, &codes, "test token")
            .expect("token")
            .1
    }

    pub fn admin(&self) -> String {
        self.token(Role::Admin, &[])
    }

    pub async fn send(&self, request: Request<Body>) -> TestResponse {
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("infallible");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        TestResponse {
            status,
            headers,
            text: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> TestResponse {
        let mut builder = Request::builder().method(method).uri(path);
        if let Some(token) = token {
            builder = builder.header("authorization", format!("Bearer {token}"));
        }
        let request = match body {
            Some(body) => builder
                .header("content-type", "application/json")
                .body(Body::from(body.to_string())),
            None => builder.body(Body::empty()),
        }
        .expect("request");
        self.send(request).await
    }

    pub async fn get(&self, path: &str) -> TestResponse {
        self.call(Method::GET, path, None, None).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: Value) -> TestResponse {
        self.call(Method::POST, path, token, Some(body)).await
    }

    pub async fn patch(&self, path: &str, token: Option<&str>, body: Value) -> TestResponse {
        self.call(Method::PATCH, path, token, Some(body)).await
    }

    /// Creates an organization as admin and returns its profile.
    pub async fn create_org(&self, token: &str, body: Value) -> Value {
        let response = self.post("/api/v1/organizations", Some(token), body).await;
        assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
        response.json()
    }

    /// Adds a licence as the given token and returns it.
    pub async fn add_licence(&self, token: &str, org_id: &str, body: Value) -> Value {
        let response = self
            .post(
                &format!("/api/v1/organizations/{org_id}/licences"),
                Some(token),
                body,
            )
            .await;
        assert_eq!(response.status, StatusCode::CREATED, "{}", response.text);
        response.json()
    }
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
}

impl TestResponse {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }

    pub fn content_type(&self) -> &str {
        self.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// Asserts a problem+json answer with this status and returns its body.
    pub fn problem(&self, status: StatusCode) -> Value {
        assert_eq!(self.status, status, "{}", self.text);
        assert_eq!(
            self.content_type(),
            "application/problem+json",
            "{}",
            self.text
        );
        let body = self.json();
        assert_eq!(body["status"], status.as_u16());
        assert!(body["type"]
            .as_str()
            .is_some_and(|t| t.starts_with("urn:fairrecruit:problem:")));
        assert!(body["title"].is_string() && body["detail"].is_string());
        body
    }
}

/// Runs each named `async fn(TestApp)` on SQLite and on PostgreSQL.
#[macro_export]
macro_rules! backend_tests {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if let Some(app) = $crate::common::TestApp::sqlite().await {
                        super::$name(app).await;
                    }
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if let Some(app) = $crate::common::TestApp::postgres().await {
                        super::$name(app).await;
                    }
                }
            )*
        }
    };
}
