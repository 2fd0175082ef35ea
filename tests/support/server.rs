//! The real `fairrecruit` binary serving over TCP, for the end-to-end stories of
//! `tests/confidentiality.rs` and `tests/inspection_story.rs`: a data directory and
//! (optionally) a fresh PostgreSQL database per test, tokens made by the command line,
//! a server started on 127.0.0.1:0 whose whole standard error is kept, an HTTP client
//! that keeps every header of every answer.
//!
//! Copied and adapted from `tests/e2e.rs`; included with
//! `#[path = "support/server.rs"] mod server;` next to `mod common;`.
#![allow(dead_code, clippy::unwrap_used)]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use diesel::{Connection, PgConnection, RunQueryDsl};
use reqwest::StatusCode;
use serde_json::Value;

use crate::common;

pub const BIN: &str = env!("CARGO_BIN_EXE_fairrecruit");

/// How long a server may take to stop after SIGTERM.
pub const STOP_WITHIN: Duration = Duration::from_secs(10);

/// The binary with no FAIRRECRUIT_* variables inherited from the test environment.
pub fn command() -> Command {
    let mut command = Command::new(BIN);
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("FAIRRECRUIT_") {
            command.env_remove(key);
        }
    }
    command.stdin(Stdio::null());
    command
}

// ---------------------------------------------------------------- where the data lives

/// One test's storage: a data directory and, on PostgreSQL, a database of its own
/// (dropped at the end).
pub struct Setup {
    /// Holds the data directory (`<tmp>/data`) until the test ends.
    tmp: tempfile::TempDir,
    pub data_dir: PathBuf,
    /// `--data-dir DIR [--database-url URL]`
    pub global: Vec<String>,
    pub postgres: Option<PgDb>,
}

impl Setup {
    /// SQLite in the data directory (the embedded default).
    pub fn sqlite() -> Setup {
        Setup::new(None)
    }

    /// A fresh PostgreSQL database, or None with a note on stderr when none is configured
    /// (a panic when FAIRRECRUIT_REQUIRE_POSTGRES=1).
    pub fn postgres(test: &str) -> Option<Setup> {
        PgDb::create(test).map(|db| Setup::new(Some(db)))
    }

    fn new(postgres: Option<PgDb>) -> Setup {
        let tmp = tempfile::tempdir().unwrap();
        let data_dir = tmp.path().join("data");
        let mut global = vec![
            "--data-dir".to_string(),
            data_dir.to_string_lossy().into_owned(),
        ];
        if let Some(db) = &postgres {
            global.extend(["--database-url".to_string(), db.url.clone()]);
        }
        Setup {
            tmp,
            data_dir,
            global,
            postgres,
        }
    }

    pub fn backend(&self) -> &'static str {
        if self.postgres.is_some() {
            "postgres"
        } else {
            "sqlite"
        }
    }

    /// `fairrecruit GLOBAL... ARGS...`, which must succeed.
    pub fn cli(&self, args: &[&str]) -> Output {
        let output = command().args(&self.global).args(args).output().unwrap();
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
    pub fn token(&self, role: &str, jurisdiction: Option<&str>, name: &str) -> String {
        let mut args = vec!["token", "create", "--role", role, "--name", name];
        if let Some(code) = jurisdiction {
            args.extend(["--jurisdiction", code]);
        }
        let output = self.cli(&args);
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let secret = stdout.lines().last().unwrap_or_default().to_string();
        assert!(
            secret.starts_with("frt_"),
            "no token on the last line: {stdout}"
        );
        secret
    }

    /// Starts `fairrecruit GLOBAL... serve --bind 127.0.0.1:0 EXTRA...` with these
    /// environment variables.
    pub fn serve(&self, env: &[(&str, &str)], extra: &[&str]) -> Server {
        Server::start(&self.global, env, extra)
    }

    /// Every regular file under the data directory, recursively.
    pub fn data_files(&self) -> Vec<PathBuf> {
        fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.is_file() {
                    out.push(path);
                }
            }
        }
        let mut files = Vec::new();
        walk(&self.data_dir, &mut files);
        files.sort();
        files
    }

    pub fn tmp_path(&self) -> &Path {
        self.tmp.path()
    }
}

/// A fresh PostgreSQL database for one test, dropped afterwards.
pub struct PgDb {
    server_url: String,
    name: String,
    pub url: String,
}

impl PgDb {
    fn create(test: &str) -> Option<PgDb> {
        let Ok(server_url) = std::env::var(common::PG_ENV) else {
            if std::env::var(common::REQUIRE_PG_ENV).as_deref() == Ok("1") {
                panic!(
                    "{}=1 but {} is not set: PostgreSQL tests are mandatory here",
                    common::REQUIRE_PG_ENV,
                    common::PG_ENV
                );
            }
            // Past libtest's capture, so a green run is not mistaken for a PostgreSQL run.
            let _ = writeln!(
                std::io::stderr(),
                "skipped: {test} on PostgreSQL (set {}=postgres://postgres@127.0.0.1:5432/postgres to run it)",
                common::PG_ENV
            );
            return None;
        };
        let name = format!("fr_story_{}", uuid::Uuid::new_v4().simple());
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

    pub fn connect(&self) -> PgConnection {
        PgConnection::establish(&self.url).unwrap()
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

// ---------------------------------------------------------------- the server process

/// A running `fairrecruit serve`, killed when dropped (so a failing test never
/// leaves a server behind).
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub base: String,
    pub addr: String,
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
    fn start(global: &[String], env: &[(&str, &str)], extra: &[&str]) -> Server {
        let mut command = command();
        for (key, value) in env {
            command.env(key, value);
        }
        let mut child = command
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
                // Bytes, not lines of UTF-8: a log line that is not valid UTF-8 must still
                // be searched, not end the reading.
                let mut stderr = BufReader::new(stderr);
                let mut line = Vec::new();
                loop {
                    line.clear();
                    match stderr.read_until(b'\n', &mut line) {
                        Ok(0) | Err(_) => break,
                        Ok(_) => {}
                    }
                    let text = String::from_utf8_lossy(&line);
                    if let Some(addr) = listening_address(&text) {
                        let _ = tx.send(addr);
                    }
                    let mut log = log.lock().unwrap_or_else(|e| e.into_inner());
                    log.push_str(&text);
                    if !text.ends_with('\n') {
                        log.push('\n');
                    }
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

    /// Everything written to standard error so far.
    pub fn log(&self) -> String {
        self.log.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Waits until /healthz and /readyz answer 200.
    pub async fn wait_ready(&self, api: &Api) {
        let deadline = Instant::now() + Duration::from_secs(30);
        for path in ["/healthz", "/readyz"] {
            loop {
                let answer = api.client.get(format!("{}{path}", self.base)).send().await;
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

    pub fn signal_term(&self) {
        let status = Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status()
            .unwrap();
        assert!(status.success(), "kill -TERM failed");
    }

    /// SIGKILL, as a crash: nothing gets to finish.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Waits up to `STOP_WITHIN` for the process to end; returns its status and the
    /// whole log (the reader has seen standard error close).
    pub fn wait_exit(&mut self) -> (ExitStatus, String) {
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

    /// SIGTERM, then asserts a clean exit (status 0, shutdown logged) in time; returns
    /// the whole log.
    pub fn stop(&mut self) -> String {
        self.signal_term();
        let (status, log) = self.wait_exit();
        assert_eq!(
            status.code(),
            Some(0),
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

/// One answer, with everything a leak could hide in.
pub struct Answer {
    /// `METHOD PATH`, for messages.
    pub request: String,
    pub status: StatusCode,
    pub content_type: String,
    /// Every header, `name: value`.
    pub headers: Vec<String>,
    pub text: String,
}

impl Answer {
    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text)
            .unwrap_or_else(|e| panic!("{}: not JSON ({e}): {}", self.request, self.text))
    }

    /// Asserts the status and returns the JSON body.
    #[track_caller]
    pub fn expect(&self, status: StatusCode) -> Value {
        assert_eq!(self.status, status, "{}: {}", self.request, self.text);
        self.json()
    }

    /// Asserts a problem+json answer with this status and returns its body.
    #[track_caller]
    pub fn problem(&self, status: StatusCode) -> Value {
        assert_eq!(self.status, status, "{}: {}", self.request, self.text);
        assert_eq!(
            self.content_type, "application/problem+json",
            "{}: {}",
            self.request, self.text
        );
        let body = self.json();
        assert_eq!(body["status"], status.as_u16(), "{}", self.text);
        body
    }

    /// Headers and body together, as one text to search.
    pub fn everything(&self) -> String {
        let mut all = self.headers.join("\n");
        all.push_str("\n\n");
        all.push_str(&self.text);
        all
    }
}

pub struct Api {
    pub client: reqwest::Client,
    pub base: String,
}

impl Api {
    pub fn new(server: &Server) -> Api {
        Api {
            client: reqwest::Client::builder()
                .timeout(Duration::from_secs(60))
                .build()
                .unwrap(),
            base: server.base.clone(),
        }
    }

    pub async fn send(&self, label: String, request: reqwest::RequestBuilder) -> Answer {
        let response = request.send().await.unwrap();
        let status = response.status();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let headers = response
            .headers()
            .iter()
            .map(|(name, value)| format!("{name}: {}", String::from_utf8_lossy(value.as_bytes())))
            .collect();
        let bytes = response.bytes().await.unwrap();
        Answer {
            request: label,
            status,
            content_type,
            headers,
            text: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    /// GET, with a token or without.
    pub async fn get(&self, path: &str, token: Option<&str>) -> Answer {
        let mut request = self.client.get(format!("{}{path}", self.base));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        self.send(format!("GET {path}"), request).await
    }

    /// GET with query parameters (encoded by the client).
    pub async fn get_query(
        &self,
        path: &str,
        query: &[(&str, &str)],
        token: Option<&str>,
    ) -> Answer {
        let mut request = self.client.get(format!("{}{path}", self.base)).query(query);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        self.send(format!("GET {path} {query:?}"), request).await
    }

    /// POST a JSON body.
    pub async fn post(&self, path: &str, token: Option<&str>, body: &Value) -> Answer {
        let mut request = self.client.post(format!("{}{path}", self.base)).json(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        self.send(format!("POST {path}"), request).await
    }
}
