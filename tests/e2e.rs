#![allow(clippy::unwrap_used)]
//! End to end: the real binary serving over TCP, driven with an HTTP client, with
//! tokens made by the real command line against the same database.

// Not reformatted from here: the harness belongs to the API tests.
#[rustfmt::skip]
mod common;

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use diesel::{Connection, PgConnection, RunQueryDsl};
use reqwest::StatusCode;
use serde_json::{json, Value};

const BIN: &str = env!("CARGO_BIN_EXE_fairrecruit");

/// How long a server may take to stop after SIGTERM.
const STOP_WITHIN: Duration = Duration::from_secs(10);

/// The binary with no FAIRRECRUIT_* variables inherited from the test environment.
fn command() -> Command {
    let mut command = Command::new(BIN);
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("FAIRRECRUIT_") {
            command.env_remove(key);
        }
    }
    command.stdin(Stdio::null());
    command
}

/// `fairrecruit GLOBAL... ARGS...`, which must succeed.
fn cli(global: &[String], args: &[&str]) -> Output {
    let output = command().args(global).args(args).output().unwrap();
    assert!(
        output.status.success(),
        "fairrecruit {} failed: {}{}",
        args.join(" "),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// Creates a token with the command line and returns the secret from its last line.
fn create_token(global: &[String], role: &str, jurisdiction: Option<&str>, name: &str) -> String {
    let mut args = vec!["token", "create", "--role", role, "--name", name];
    if let Some(code) = jurisdiction {
        args.extend(["--jurisdiction", code]);
    }
    let output = cli(global, &args);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let secret = stdout.lines().last().unwrap_or_default().to_string();
    assert!(
        secret.starts_with("frt_"),
        "no token on the last line: {stdout}"
    );
    secret
}

/// The id of the token with this name, from `token list`.
fn token_id(global: &[String], name: &str) -> String {
    let output = cli(global, &["token", "list"]);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    stdout
        .lines()
        .find(|l| l.split('\t').any(|c| c == name))
        .and_then(|l| l.split('\t').next())
        .unwrap_or_else(|| panic!("no token named {name}: {stdout}"))
        .to_string()
}

fn data_dir_args(dir: &std::path::Path) -> Vec<String> {
    vec!["--data-dir".into(), dir.to_string_lossy().into_owned()]
}

// ---------------------------------------------------------------- the server process

/// A running `fairrecruit serve`, killed when dropped (so a failing test never
/// leaves a server behind).
struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`
    base: String,
    addr: String,
    log: Arc<Mutex<String>>,
    reader: Option<JoinHandle<()>>,
}

/// The address in `fairrecruit listening; API docs at http://ADDR/docs`.
fn listening_address(line: &str) -> Option<String> {
    if !line.contains("listening") {
        return None;
    }
    let start = line.find("http://")? + "http://".len();
    let rest = &line[start..];
    let end = rest.find("/docs")?;
    Some(rest[..end].to_string())
}

impl Server {
    /// Starts `fairrecruit GLOBAL... serve --bind 127.0.0.1:0 EXTRA...` and waits for
    /// the address it reports.
    fn start(global: &[String], extra: &[&str]) -> Server {
        let mut child = command()
            .args(global)
            .args(["serve", "--bind", "127.0.0.1:0"])
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = mpsc::channel();
        let reader = {
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                for line in BufReader::new(stderr).lines() {
                    let Ok(line) = line else { break };
                    if let Some(addr) = listening_address(&line) {
                        let _ = tx.send(addr);
                    }
                    let mut log = log.lock().unwrap_or_else(|e| e.into_inner());
                    log.push_str(&line);
                    log.push('\n');
                }
            })
        };
        let mut server = Server {
            child,
            base: String::new(),
            addr: String::new(),
            log,
            reader: Some(reader),
        };
        match rx.recv_timeout(Duration::from_secs(120)) {
            Ok(addr) => {
                server.base = format!("http://{addr}");
                server.addr = addr;
            }
            Err(_) => panic!(
                "the server never said where it listens; its log:\n{}",
                server.log()
            ),
        }
        server
    }

    fn log(&self) -> String {
        self.log.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Waits until /healthz and /readyz answer 200.
    async fn wait_ready(&self, client: &reqwest::Client) {
        let deadline = Instant::now() + Duration::from_secs(30);
        for path in ["/healthz", "/readyz"] {
            loop {
                let answer = client.get(format!("{}{path}", self.base)).send().await;
                if answer.as_ref().is_ok_and(|r| r.status() == StatusCode::OK) {
                    break;
                }
                assert!(
                    Instant::now() < deadline,
                    "{path} never answered 200 ({answer:?}); log:\n{}",
                    self.log()
                );
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }

    fn signal_term(&self) {
        let status = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status()
            .unwrap();
        assert!(status.success(), "kill -TERM failed");
    }

    fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Waits up to `STOP_WITHIN` for the process to end; returns its status and full log.
    fn wait_exit(&mut self) -> (ExitStatus, String) {
        let deadline = Instant::now() + STOP_WITHIN;
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(
                Instant::now() < deadline,
                "the server did not stop within {STOP_WITHIN:?} of SIGTERM; log:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(25));
        };
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
        (status, self.log())
    }

    /// SIGTERM, then asserts a clean exit (status 0, shutdown logged) in time.
    fn stop(&mut self) -> String {
        self.signal_term();
        let (status, log) = self.wait_exit();
        assert!(
            status.success(),
            "the server exited with {status} after SIGTERM; log:\n{log}"
        );
        assert!(
            log.to_lowercase().contains("shut"),
            "no shutdown in the log:\n{log}"
        );
        log
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if self.running() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

// ---------------------------------------------------------------- HTTP

struct Answer {
    status: StatusCode,
    content_type: String,
    text: String,
}

impl Answer {
    #[track_caller]
    fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text))
    }

    #[track_caller]
    fn expect(&self, status: StatusCode) -> Value {
        assert_eq!(self.status, status, "{}", self.text);
        self.json()
    }

    #[track_caller]
    fn problem(&self, status: StatusCode) -> Value {
        assert_eq!(self.status, status, "{}", self.text);
        assert_eq!(
            self.content_type, "application/problem+json",
            "{}",
            self.text
        );
        let body = self.json();
        assert_eq!(body["status"], status.as_u16(), "{}", self.text);
        body
    }
}

struct Api {
    client: reqwest::Client,
    base: String,
}

impl Api {
    fn new(server: &Server) -> Api {
        Api {
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(60))
                .build()
                .unwrap(),
            base: server.base.clone(),
        }
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> Answer {
        let response = request.send().await.unwrap();
        let status = response.status();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let text = response.text().await.unwrap();
        Answer {
            status,
            content_type,
            text,
        }
    }

    async fn get(&self, path: &str) -> Answer {
        self.send(self.client.get(format!("{}{path}", self.base)))
            .await
    }

    async fn get_query(&self, path: &str, query: &[(&str, &str)]) -> Answer {
        self.send(self.client.get(format!("{}{path}", self.base)).query(query))
            .await
    }

    async fn post(&self, path: &str, token: Option<&str>, body: Value) -> Answer {
        let mut request = self.client.post(format!("{}{path}", self.base)).json(&body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        self.send(request).await
    }

    /// Follows `next_cursor` through every page; returns the ids in order.
    async fn all_organization_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let mut query = vec![("limit", "100")];
            if let Some(c) = cursor.as_deref() {
                query.push(("cursor", c));
            }
            let page = self
                .get_query("/api/v1/organizations", &query)
                .await
                .expect(StatusCode::OK);
            let items = page["items"].as_array().unwrap();
            assert!(items.len() <= 100);
            ids.extend(items.iter().map(|o| o["id"].as_str().unwrap().to_string()));
            match page["next_cursor"].as_str() {
                Some(next) => cursor = Some(next.to_string()),
                None => break,
            }
            assert!(ids.len() < 1_000_000, "the cursor never ends");
        }
        ids
    }
}

// ---------------------------------------------------------------- stories

/// The registry story shared by both backends: an admin records an agency and its
/// licence; a worker verifies the licence whatever way they type its number; an
/// inspector revokes it and the verification says so at once; anyone checks the
/// audit chain; a developer reads the API document and its browsable reference.
async fn licence_story(api: &Api, admin: &str) {
    let agency = json!({
        "kind": "agency",
        "name": "सगरमाथा परीक्षण जनशक्ति प्रा. लि.",
        "country": "NP",
        "aliases": [{"name": "Sagarmatha Test Manpower Pvt. Ltd.", "kind": "transliteration"}],
        "people": [{"name": "Invented Owner", "role": "owner"}],
        "addresses": ["Ward 4, Kathmandu"]
    });

    // Writes need a token.
    api.post("/api/v1/organizations", None, agency.clone())
        .await
        .problem(StatusCode::UNAUTHORIZED);
    api.post(
        "/api/v1/organizations",
        Some("frt_not-a-real-token"),
        agency.clone(),
    )
    .await
    .problem(StatusCode::UNAUTHORIZED);

    let org = api
        .post("/api/v1/organizations", Some(admin), agency)
        .await
        .expect(StatusCode::CREATED);
    let org_id = org["id"].as_str().unwrap().to_string();
    assert!(
        uuid::Uuid::parse_str(&org_id).is_ok_and(|u| u.get_version_num() == 7),
        "{org}"
    );
    assert_eq!(org["country"], "NP");

    let licence = api
        .post(
            &format!("/api/v1/organizations/{org_id}/licences"),
            Some(admin),
            json!({"authority": "NP", "authority_name": "Department of Foreign Employment",
                   "number": "DoFE-1234/067/68", "valid_from": "2025-01-01",
                   "valid_until": "2099-12-31", "status": "active"}),
        )
        .await
        .expect(StatusCode::CREATED);
    let licence_id = licence["id"].as_str().unwrap().to_string();
    assert_eq!(licence["status"], "active", "{licence}");

    // A worker checks it, without a token, typing the number their own way.
    let verify = |number: &'static str| async move {
        api.get_query(
            "/api/v1/licences/verify",
            &[("authority", "np"), ("number", number)],
        )
        .await
        .expect(StatusCode::OK)
    };
    for typed in ["dofe 1234.067.68", "DOFE1234-067-68", " dofe/1234/067/68 "] {
        let answer = verify(typed).await;
        assert_eq!(answer["found"], true, "{typed}: {answer}");
        assert_eq!(answer["status"], "active", "{typed}: {answer}");
        assert_eq!(answer["organization_id"], org_id.as_str(), "{answer}");
        assert_eq!(answer["licence_id"], licence_id.as_str(), "{answer}");
        assert_eq!(answer["valid_until"], "2099-12-31", "{answer}");
        assert!(answer["as_of"].is_string(), "{answer}");
    }
    let unknown = verify("DoFE-9999/067/68").await;
    assert_eq!(unknown["found"], false, "{unknown}");
    api.get_query(
        "/api/v1/licences/verify",
        &[("authority", "XX"), ("number", "1")],
    )
    .await
    .problem(StatusCode::UNPROCESSABLE_ENTITY);

    let active = api
        .get_query(
            "/api/v1/organizations",
            &[("country", "NP"), ("licence_status", "active")],
        )
        .await
        .expect(StatusCode::OK);
    assert!(
        active["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["id"] == org_id.as_str()),
        "{active}"
    );

    // It is revoked.
    let revoked = api
        .post(
            &format!("/api/v1/licences/{licence_id}/status"),
            Some(admin),
            json!({"status": "revoked", "reason": "Charged workers recruitment fees (invented, e2e test)"}),
        )
        .await
        .expect(StatusCode::OK);
    assert_eq!(revoked["status"], "revoked", "{revoked}");
    let history = revoked["history"].as_array().unwrap();
    assert_eq!(history.len(), 2, "{revoked}");
    assert_eq!(history[1]["from_status"], "active", "{revoked}");
    assert_eq!(history[1]["status"], "revoked", "{revoked}");

    let answer = verify("DOFE 1234 067 68").await;
    assert_eq!(answer["found"], true, "{answer}");
    assert_eq!(answer["status"], "revoked", "{answer}");

    let profile = api
        .get(&format!("/api/v1/organizations/{org_id}"))
        .await
        .expect(StatusCode::OK);
    assert_eq!(profile["licences"][0]["status"], "revoked", "{profile}");
    assert_eq!(profile["licence_status"], "revoked", "{profile}");

    // Anyone verifies the audit chain.
    let audit = api.get("/api/v1/audit/verify").await.expect(StatusCode::OK);
    assert_eq!(audit["ok"], true, "{audit}");
    assert!(audit["events_checked"].as_i64().unwrap() >= 4, "{audit}");
    let head = api.get("/api/v1/audit/head").await.expect(StatusCode::OK);
    assert_eq!(head["seq"], audit["head_seq"], "{head} vs {audit}");
    assert_eq!(head["hash"], audit["head_hash"], "{head} vs {audit}");

    // The API document and its browsable reference.
    let document = api.get("/openapi.json").await;
    assert!(
        document.content_type.starts_with("application/json"),
        "{}",
        document.content_type
    );
    let document = document.expect(StatusCode::OK);
    assert_eq!(document["openapi"], "3.1.0");
    for path in [
        "/api/v1/organizations",
        "/api/v1/organizations/{id}/licences",
        "/api/v1/licences/{id}/status",
        "/api/v1/licences/verify",
        "/api/v1/audit/verify",
    ] {
        assert!(
            document["paths"].get(path).is_some(),
            "{path} is not documented"
        );
    }
    for path in ["/docs/", "/docs"] {
        let docs = api.get(path).await;
        assert_eq!(docs.status, StatusCode::OK, "{path}: {}", docs.text);
        assert!(
            docs.content_type.starts_with("text/html"),
            "{path}: {}",
            docs.content_type
        );
        assert!(
            docs.text.to_lowercase().contains("<html"),
            "{path}: {}",
            docs.text
        );
    }

    // Unknown routes are problems too.
    api.get("/api/v1/no-such-thing")
        .await
        .problem(StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn licence_story_on_sqlite_then_clean_shutdown() {
    let dir = tempfile::tempdir().unwrap();
    let global = data_dir_args(dir.path());
    let admin = create_token(&global, "admin", None, "e2e admin");
    let mut server = Server::start(&global, &[]);
    let api = Api::new(&server);
    server.wait_ready(&api.client).await;

    licence_story(&api, &admin).await;

    // The client still holds an idle keep-alive connection: it must not delay shutdown.
    let log = server.stop();
    assert!(log.contains("listening"), "{log}");
    drop(api);

    // The command line reads what the server wrote, and finds the chain intact.
    let output = cli(&global, &["audit", "verify"]);
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("ok"));
}

/// A request still being received when SIGTERM arrives is completed and answered;
/// an idle connection does not hold the server up; then it exits 0.
#[test]
fn sigterm_finishes_the_request_in_flight_then_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let global = data_dir_args(dir.path());
    let admin = create_token(&global, "admin", None, "e2e admin");
    let mut server = Server::start(&global, &[]);
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(&server.addr).is_err() {
        assert!(Instant::now() < deadline, "never accepted a connection");
        std::thread::sleep(Duration::from_millis(50));
    }

    // A connection that never sends anything.
    let idle = TcpStream::connect(&server.addr).unwrap();

    // A request whose body is still on its way.
    let body =
        json!({"kind": "employer", "name": "In-flight Test Employer", "country": "QA"}).to_string();
    let (first, rest) = body.as_bytes().split_at(body.len() / 2);
    let mut stream = TcpStream::connect(&server.addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    write!(
        stream,
        "POST /api/v1/organizations HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {admin}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        server.addr,
        body.len()
    )
    .unwrap();
    stream.write_all(first).unwrap();
    stream.flush().unwrap();
    std::thread::sleep(Duration::from_millis(300));

    server.signal_term();
    let deadline = Instant::now() + STOP_WITHIN;
    while !server.log().contains("shutdown signal received") {
        assert!(
            Instant::now() < deadline,
            "SIGTERM was not noticed; log:\n{}",
            server.log()
        );
        assert!(
            server.running(),
            "the server exited with a request in flight; log:\n{}",
            server.log()
        );
        std::thread::sleep(Duration::from_millis(25));
    }
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        server.running(),
        "the server exited with a request in flight; log:\n{}",
        server.log()
    );

    stream.write_all(rest).unwrap();
    stream.flush().unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(
        response.starts_with("HTTP/1.1 201"),
        "the in-flight request was not completed: {response:?}; log:\n{}",
        server.log()
    );
    assert!(response.contains("In-flight Test Employer"), "{response}");

    let (status, log) = server.wait_exit();
    assert!(status.success(), "exit {status} after SIGTERM; log:\n{log}");
    assert!(log.to_lowercase().contains("shut"), "{log}");
    drop(idle);

    // What it answered 201 for is stored.
    let mut conn =
        diesel::SqliteConnection::establish(&dir.path().join("fairrecruit.db").to_string_lossy())
            .unwrap();
    let count: i64 = diesel::select(diesel::dsl::sql::<diesel::sql_types::BigInt>(
        "(SELECT COUNT(*) FROM organizations WHERE name = 'In-flight Test Employer')",
    ))
    .get_result(&mut conn)
    .unwrap();
    assert_eq!(count, 1);
}

/// An inspector works within their jurisdiction only; a consulate may not write; a
/// token revoked at the command line stops working at once on the running server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inspector_within_jurisdiction_and_revocation_while_serving() {
    let dir = tempfile::tempdir().unwrap();
    let global = data_dir_args(dir.path());
    let inspector = create_token(&global, "inspector", Some("NP,BD"), "Kathmandu desk");
    let consulate = create_token(&global, "consulate", Some("NP"), "Embassy of Nepal, Doha");
    let mut server = Server::start(&global, &[]);
    let api = Api::new(&server);
    server.wait_ready(&api.client).await;

    let org = api
        .post(
            "/api/v1/organizations",
            Some(&inspector),
            json!({"kind": "agency", "name": "Jurisdiction Test Agency", "country": "NP"}),
        )
        .await
        .expect(StatusCode::CREATED);
    let org_id = org["id"].as_str().unwrap().to_string();
    let licences = format!("/api/v1/organizations/{org_id}/licences");
    let licence = api
        .post(
            &licences,
            Some(&inspector),
            json!({"authority": "NP", "authority_name": "Department of Foreign Employment", "number": "77/080"}),
        )
        .await
        .expect(StatusCode::CREATED);
    let licence_id = licence["id"].as_str().unwrap().to_string();

    // Outside the jurisdiction.
    api.post(
        &licences,
        Some(&inspector),
        json!({"authority": "QA", "authority_name": "Ministry of Labour", "number": "Q-1"}),
    )
    .await
    .problem(StatusCode::FORBIDDEN);

    // A consulate reads and verifies, but does not write.
    api.post(
        "/api/v1/organizations",
        Some(&consulate),
        json!({"kind": "agency", "name": "Consulate Write", "country": "NP"}),
    )
    .await
    .problem(StatusCode::FORBIDDEN);
    let verified = api
        .get_query(
            "/api/v1/licences/verify",
            &[("authority", "NP"), ("number", "77-080")],
        )
        .await
        .expect(StatusCode::OK);
    assert_eq!(verified["status"], "active", "{verified}");

    let suspended = api
        .post(
            &format!("/api/v1/licences/{licence_id}/status"),
            Some(&inspector),
            json!({"status": "suspended", "reason": "Inspection pending (invented, e2e test)",
                   "effective_date": "2026-01-15"}),
        )
        .await
        .expect(StatusCode::OK);
    assert_eq!(suspended["status"], "suspended", "{suspended}");

    // Token management at the command line while the server runs.
    let id = token_id(&global, "Kathmandu desk");
    cli(&global, &["token", "revoke", &id]);
    api.post(
        "/api/v1/organizations",
        Some(&inspector),
        json!({"kind": "agency", "name": "After Revocation", "country": "NP"}),
    )
    .await
    .problem(StatusCode::UNAUTHORIZED);
    let admin = create_token(&global, "admin", None, "late admin");
    api.post(
        "/api/v1/organizations",
        Some(&admin),
        json!({"kind": "agency", "name": "After Revocation", "country": "NP"}),
    )
    .await
    .expect(StatusCode::CREATED);

    let audit = api.get("/api/v1/audit/verify").await.expect(StatusCode::OK);
    assert_eq!(audit["ok"], true, "{audit}");
    server.stop();
}

/// `serve --demo` on a fresh directory loads the demo set once, pages through it with
/// cursors, and does not load it again on the next start.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_demo_loads_once_and_pages_with_cursors() {
    let dir = tempfile::tempdir().unwrap();
    let mut global = data_dir_args(dir.path());
    global.extend(["--log-format".to_string(), "json".to_string()]);

    let mut server = Server::start(&global, &["--demo"]);
    let api = Api::new(&server);
    server.wait_ready(&api.client).await;

    let first = api
        .get("/api/v1/organizations?limit=100")
        .await
        .expect(StatusCode::OK);
    assert_eq!(first["items"].as_array().unwrap().len(), 100, "{first}");
    assert!(first["next_cursor"].is_string(), "{}", first["next_cursor"]);

    let ids = api.all_organization_ids().await;
    assert!(ids.len() >= 500, "only {} demo organizations", ids.len());
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "pages repeat organizations");
    assert_eq!(
        ids[..100],
        first["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["id"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()[..]
    );

    let audit = api.get("/api/v1/audit/verify").await.expect(StatusCode::OK);
    assert_eq!(audit["ok"], true, "{audit}");
    drop(api);
    let log = server.stop();
    for line in log.lines().filter(|l| !l.trim().is_empty()) {
        assert!(
            serde_json::from_str::<Value>(line).is_ok(),
            "--log-format json wrote a non-JSON line: {line}"
        );
    }
    assert!(log.contains("demo data loaded"), "{log}");

    // Again on the same directory: nothing is added.
    let mut again = Server::start(&global, &["--demo"]);
    let api = Api::new(&again);
    again.wait_ready(&api.client).await;
    let ids_again = api.all_organization_ids().await;
    assert_eq!(
        ids_again.len(),
        ids.len(),
        "a second --demo start duplicated the demo data"
    );
    assert_eq!(ids_again, ids);
    drop(api);
    let log = again.stop();
    assert!(log.contains("demo data already present"), "{log}");
}

// ---------------------------------------------------------------- PostgreSQL

/// A fresh PostgreSQL database for one test, dropped afterwards.
struct PgDb {
    server_url: String,
    name: String,
    url: String,
}

impl PgDb {
    fn create() -> Option<PgDb> {
        let Ok(server_url) = std::env::var(common::PG_ENV) else {
            if std::env::var(common::REQUIRE_PG_ENV).as_deref() == Ok("1") {
                panic!(
                    "{}=1 but {} is not set: PostgreSQL tests are mandatory here",
                    common::REQUIRE_PG_ENV,
                    common::PG_ENV
                );
            }
            eprintln!(
                "skipped: PostgreSQL test (set {} to run it)",
                common::PG_ENV
            );
            return None;
        };
        let name = format!("fr_e2e_{}", uuid::Uuid::new_v4().simple());
        let mut conn = PgConnection::establish(&server_url)
            .unwrap_or_else(|e| panic!("cannot reach PostgreSQL at {}: {e}", common::PG_ENV));
        diesel::sql_query(format!("CREATE DATABASE {name}"))
            .execute(&mut conn)
            .unwrap();
        let url = common::with_database(&server_url, &name);
        Some(PgDb {
            server_url,
            name,
            url,
        })
    }
}

impl Drop for PgDb {
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn licence_story_on_postgres_then_clean_shutdown() {
    let Some(db) = PgDb::create() else { return };
    let dir = tempfile::tempdir().unwrap();
    let global = vec![
        "--data-dir".to_string(),
        dir.path().join("data").to_string_lossy().into_owned(),
        "--database-url".to_string(),
        db.url.clone(),
    ];
    cli(&global, &["migrate"]);
    let admin = create_token(&global, "admin", None, "e2e admin");
    let mut server = Server::start(&global, &[]);
    let api = Api::new(&server);
    server.wait_ready(&api.client).await;

    licence_story(&api, &admin).await;

    server.stop();
    drop(api);
    let output = cli(&global, &["audit", "verify"]);
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("ok"));
    // Drop the server (already stopped) before the database.
    drop(server);
    drop(db);
}
