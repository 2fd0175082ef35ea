#![allow(clippy::unwrap_used)]
//! The command line, run as the real binary: tokens, one-line errors, environment
//! variables, help, demo data and the audit chain, on SQLite and PostgreSQL.

// Not reformatted from here: the harness belongs to the API tests.
#[rustfmt::skip]
mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use diesel::sql_types::Text;
use diesel::{Connection, PgConnection, QueryableByName, RunQueryDsl, SqliteConnection};

const BIN: &str = env!("CARGO_BIN_EXE_fairrecruit");

/// What a run of the binary left behind.
#[derive(Debug)]
struct Out {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Out {
    #[track_caller]
    fn ok(&self) -> &Self {
        assert_eq!(self.code, Some(0), "expected success: {self:#?}");
        self
    }

    /// The token printed alone on the last line of `token create`.
    #[track_caller]
    fn secret(&self) -> String {
        self.ok();
        let last = self.stdout.lines().last().unwrap_or_default();
        assert!(
            last.starts_with("frt_"),
            "last line is not a token: {self:#?}"
        );
        assert_eq!(
            last,
            last.trim(),
            "the token line holds only the token: {self:#?}"
        );
        assert!(
            !last.contains(char::is_whitespace),
            "the token line holds only the token: {self:#?}"
        );
        last.to_string()
    }
}

/// The binary with no FAIRRECRUIT_* variables inherited from the test environment.
fn command() -> Command {
    let mut command = Command::new(BIN);
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("FAIRRECRUIT_") {
            command.env_remove(key);
        }
    }
    // If anything panics, make it as loud as possible so the assertions see it.
    command.env("RUST_BACKTRACE", "1").stdin(Stdio::null());
    command
}

fn run_command(mut command: Command) -> Out {
    let output = command.output().expect("run fairrecruit");
    Out {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// `fairrecruit --data-dir DIR ARGS...`
fn run(dir: &Path, args: &[&str]) -> Out {
    let mut command = command();
    command.arg("--data-dir").arg(dir).args(args);
    run_command(command)
}

/// `fairrecruit ARGS...` with no data directory flag.
fn run_bare(args: &[&str]) -> Out {
    let mut command = command();
    command.args(args);
    run_command(command)
}

/// A failure the way main.rs promises it: exit 1, nothing on stdout, exactly one
/// `error: ...` line on stderr that contains `needle`, and no panic or backtrace.
#[track_caller]
fn assert_one_line_error(out: &Out, needle: &str) {
    assert_ne!(out.code, Some(0), "expected a failure: {out:#?}");
    assert_eq!(out.code, Some(1), "errors exit with status 1: {out:#?}");
    let lower = out.stderr.to_lowercase();
    assert!(
        !lower.contains("panicked"),
        "a panic reached the user: {out:#?}"
    );
    assert!(
        !lower.contains("backtrace"),
        "a backtrace reached the user: {out:#?}"
    );
    let lines: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(
        lines.len(),
        1,
        "the error is one line on stderr and nothing else: {out:#?}"
    );
    assert!(
        lines[0].starts_with("error: "),
        "the line starts with `error: `: {out:#?}"
    );
    assert!(
        lines[0].contains(needle),
        "the error names the problem ({needle:?}): {out:#?}"
    );
    assert_eq!(
        out.stdout.trim(),
        "",
        "nothing on stdout when failing: {out:#?}"
    );
}

/// The rows of `token list`, split at tabs.
fn token_list(dir: &Path) -> Vec<Vec<String>> {
    let out = run(dir, &["token", "list"]);
    out.ok();
    out.stdout
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

fn sqlite_path(dir: &Path) -> PathBuf {
    dir.join("fairrecruit.db")
}

fn sqlite(dir: &Path) -> SqliteConnection {
    let path = sqlite_path(dir);
    assert!(path.exists(), "no SQLite database at {}", path.display());
    SqliteConnection::establish(&path.to_string_lossy()).unwrap()
}

#[derive(QueryableByName)]
struct TextRow {
    #[diesel(sql_type = Text)]
    t: String,
}

fn sqlite_texts(conn: &mut SqliteConnection, sql: &str) -> Vec<String> {
    diesel::sql_query(sql)
        .load::<TextRow>(conn)
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .into_iter()
        .map(|r| r.t)
        .collect()
}

fn pg_texts(conn: &mut PgConnection, sql: &str) -> Vec<String> {
    diesel::sql_query(sql)
        .load::<TextRow>(conn)
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .into_iter()
        .map(|r| r.t)
        .collect()
}

/// Every column of every token, as one text per row (portable SQL).
const TOKEN_ROWS: &str = "SELECT id || '|' || name || '|' || role || '|' || jurisdictions || '|' || \
     token_hash || '|' || CAST(created_at AS TEXT) || '|' || COALESCE(CAST(revoked_at AS TEXT), '') AS t \
     FROM api_tokens";
/// Every column of every event, as one text per row (portable SQL).
const EVENT_ROWS: &str = "SELECT CAST(seq AS TEXT) || '|' || CAST(at AS TEXT) || '|' || actor || '|' || action \
     || '|' || entity_type || '|' || entity_id || '|' || data || '|' || prev_hash || '|' || hash AS t \
     FROM events ORDER BY seq";

fn organization_names(dir: &Path) -> Vec<String> {
    sqlite_texts(
        &mut sqlite(dir),
        "SELECT name AS t FROM organizations ORDER BY name",
    )
}

// ---------------------------------------------------------------- tokens

#[test]
fn token_create_prints_the_secret_alone_and_stores_only_its_hash() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &["token", "create", "--role", "admin", "--name", "x"],
    );
    let secret = out.secret();
    let body = secret.trim_start_matches("frt_");
    assert!(body.len() >= 32, "the secret has enough entropy: {secret}");
    assert!(
        !out.stderr.contains(body),
        "the secret is not logged: {out:#?}"
    );

    // token list names it but never shows the secret.
    let listed = run(dir.path(), &["token", "list"]);
    listed.ok();
    assert!(
        !listed.stdout.contains(body),
        "token list shows the secret: {listed:#?}"
    );
    assert!(
        !listed.stdout.contains("frt_"),
        "token list shows a secret: {listed:#?}"
    );
    let rows = token_list(dir.path());
    assert_eq!(rows.len(), 1, "{rows:?}");
    let id = rows[0][0].clone();
    assert!(
        uuid::Uuid::parse_str(&id).is_ok(),
        "first column is the token id: {rows:?}"
    );
    assert!(rows[0].iter().any(|c| c == "admin"), "{rows:?}");
    assert!(rows[0].iter().any(|c| c == "x"), "{rows:?}");
    assert!(rows[0].iter().any(|c| c == "active"), "{rows:?}");
    assert!(
        out.stdout.contains(&id),
        "token create names the new id: {out:#?}"
    );

    // Not a byte of the secret in the database files (main file, WAL, shared memory).
    let mut files = 0;
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if !path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("fairrecruit.db")
        {
            continue;
        }
        files += 1;
        let bytes = std::fs::read(&path).unwrap();
        for needle in [secret.as_bytes(), body.as_bytes()] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "{} holds the secret",
                path.display()
            );
        }
    }
    assert!(
        files >= 1,
        "no database file found in {}",
        dir.path().display()
    );

    // And through SQL: the token row holds a hash, the events never the secret.
    let mut conn = sqlite(dir.path());
    let tokens = sqlite_texts(&mut conn, TOKEN_ROWS);
    assert_eq!(tokens.len(), 1);
    for row in &tokens {
        assert!(!row.contains(body), "api_tokens holds the secret: {row}");
    }
    let hashes = sqlite_texts(&mut conn, "SELECT token_hash AS t FROM api_tokens");
    assert_eq!(hashes[0].len(), 64, "a SHA-256 hex hash: {}", hashes[0]);
    assert!(
        hashes[0].chars().all(|c| c.is_ascii_hexdigit()),
        "{}",
        hashes[0]
    );
    assert_ne!(hashes[0], secret);
    let events = sqlite_texts(&mut conn, EVENT_ROWS);
    assert!(!events.is_empty(), "creating a token appends an event");
    for row in &events {
        assert!(!row.contains(body), "events hold the secret: {row}");
        assert!(
            !row.contains(&hashes[0]),
            "events hold the token hash: {row}"
        );
    }
    assert!(
        events
            .iter()
            .any(|e| e.contains("token.created") && e.contains(&id)),
        "{events:?}"
    );
}

#[test]
fn token_revoke_works_once_and_a_second_revoke_fails() {
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &["token", "create", "--role", "admin", "--name", "keep"],
    )
    .secret();
    run(
        dir.path(),
        &[
            "token",
            "create",
            "--role",
            "inspector",
            "--jurisdiction",
            "NP",
            "--name",
            "Kathmandu desk",
        ],
    )
    .secret();
    let rows = token_list(dir.path());
    assert_eq!(rows.len(), 2, "{rows:?}");
    let inspector = rows
        .iter()
        .find(|r| r.iter().any(|c| c == "inspector"))
        .unwrap();
    assert!(inspector.iter().any(|c| c == "NP"), "{rows:?}");
    assert!(inspector.iter().any(|c| c == "Kathmandu desk"), "{rows:?}");
    let id = inspector[0].clone();

    let revoked = run(dir.path(), &["token", "revoke", &id]);
    revoked.ok();
    assert!(revoked.stdout.contains(&id), "{revoked:#?}");

    let rows = token_list(dir.path());
    let row = rows.iter().find(|r| r[0] == id).unwrap();
    assert!(row.iter().any(|c| c.starts_with("revoked")), "{rows:?}");
    let other = rows.iter().find(|r| r[0] != id).unwrap();
    assert!(
        other.iter().any(|c| c == "active"),
        "only the one token is revoked: {rows:?}"
    );

    let again = run(dir.path(), &["token", "revoke", &id]);
    assert_one_line_error(&again, "already revoked");

    let unknown = run(
        dir.path(),
        &["token", "revoke", &uuid::Uuid::now_v7().to_string()],
    );
    assert_one_line_error(&unknown, "not found");

    let mut conn = sqlite(dir.path());
    let events = sqlite_texts(
        &mut conn,
        "SELECT action AS t FROM events WHERE action = 'token.revoked'",
    );
    assert_eq!(events.len(), 1, "one revocation event: {events:?}");
}

// ---------------------------------------------------------------- errors

#[test]
fn unknown_role_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &["token", "create", "--role", "superuser", "--name", "x"],
    );
    assert_one_line_error(&out, "superuser");
    assert!(token_list(dir.path()).is_empty());
}

#[test]
fn bad_jurisdiction_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    for code in ["XX", "NPL", "N1"] {
        let out = run(
            dir.path(),
            &[
                "token",
                "create",
                "--role",
                "inspector",
                "--jurisdiction",
                code,
                "--name",
                "x",
            ],
        );
        assert_one_line_error(&out, code);
    }
    let out = run(
        dir.path(),
        &[
            "token",
            "create",
            "--role",
            "consulate",
            "--jurisdiction",
            "ZZ",
            "--name",
            "x",
        ],
    );
    assert_one_line_error(&out, "ZZ");
    assert!(
        token_list(dir.path()).is_empty(),
        "no token is created by a failed command"
    );
}

#[test]
fn inspector_without_jurisdiction_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &["token", "create", "--role", "inspector", "--name", "x"],
    );
    assert_one_line_error(&out, "jurisdiction");
    let out = run(
        dir.path(),
        &["token", "create", "--role", "consulate", "--name", "x"],
    );
    assert_one_line_error(&out, "jurisdiction");
    assert!(token_list(dir.path()).is_empty());
}

#[test]
fn unreachable_database_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["token", "list"][..],
        &["migrate"][..],
        &["token", "create", "--role", "admin", "--name", "x"][..],
    ] {
        let started = Instant::now();
        let mut command = command();
        command
            .arg("--data-dir")
            .arg(dir.path())
            .arg("--database-url")
            .arg("postgres://nobody@127.0.0.1:1/x")
            .args(args);
        let out = run_command(command);
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "gave up only after {:?}",
            started.elapsed()
        );
        assert_one_line_error(&out, "database");
    }
    assert!(
        !sqlite_path(dir.path()).exists(),
        "no SQLite file when a database URL is given"
    );
}

#[test]
fn unwritable_data_dir_is_a_one_line_error() {
    // Tests run as root, so permissions do not stop writes: use a regular file instead.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-directory");
    std::fs::write(&file, b"just a file").unwrap();
    for data_dir in [file.join("data"), file.clone()] {
        for args in [
            &["token", "list"][..],
            &["migrate"][..],
            &["audit", "verify"][..],
        ] {
            let out = run(&data_dir, args);
            assert_one_line_error(&out, "data directory");
            assert!(
                out.stderr.contains(&*file.to_string_lossy()),
                "the error names the directory: {out:#?}"
            );
        }
    }
    assert_eq!(
        std::fs::read(&file).unwrap(),
        b"just a file",
        "the file is left alone"
    );
}

#[test]
fn audit_verify_names_the_first_tampered_seq() {
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &["demo-data", "--organizations", "5", "--seed", "2"],
    )
    .ok();
    for name in ["a", "b", "c"] {
        run(
            dir.path(),
            &["token", "create", "--role", "admin", "--name", name],
        )
        .secret();
    }
    let before = run(dir.path(), &["audit", "verify"]);
    before.ok();
    assert!(before.stdout.starts_with("ok"), "{before:#?}");

    let mut conn = sqlite(dir.path());
    let total: usize = sqlite_texts(&mut conn, "SELECT CAST(seq AS TEXT) AS t FROM events").len();
    assert!(total > 4, "{total} events");
    // Someone with file access edits an old event, leaving its hash as it was.
    let changed = diesel::sql_query("UPDATE events SET actor = 'admin:forged' WHERE seq = 3")
        .execute(&mut conn)
        .unwrap();
    assert_eq!(changed, 1);
    drop(conn);

    let out = run(dir.path(), &["audit", "verify"]);
    assert_one_line_error(&out, "seq 3");
    assert!(!out.stderr.contains("seq 4"), "{out:#?}");

    // A deleted event is caught too, at its seq.
    let dir = tempfile::tempdir().unwrap();
    run(
        dir.path(),
        &["demo-data", "--organizations", "5", "--seed", "2"],
    )
    .ok();
    let mut conn = sqlite(dir.path());
    diesel::sql_query("DELETE FROM events WHERE seq = 2")
        .execute(&mut conn)
        .unwrap();
    drop(conn);
    let out = run(dir.path(), &["audit", "verify"]);
    assert_one_line_error(&out, "seq 2");
}

// ---------------------------------------------------------------- environment

#[test]
fn environment_variables_stand_in_for_flags() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("from-env");

    let mut create = command();
    create
        .env("FAIRRECRUIT_DATA_DIR", &data)
        .env("FAIRRECRUIT_ROLE", "inspector")
        .env("FAIRRECRUIT_JURISDICTION", "NP")
        .env("FAIRRECRUIT_TOKEN_NAME", "named by env")
        .args(["token", "create"]);
    run_command(create).secret();
    assert!(
        sqlite_path(&data).exists(),
        "FAIRRECRUIT_DATA_DIR picked the data directory"
    );

    let rows = token_list(&data);
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert!(rows[0].iter().any(|c| c == "inspector"), "{rows:?}");
    assert!(rows[0].iter().any(|c| c == "NP"), "{rows:?}");
    assert!(rows[0].iter().any(|c| c == "named by env"), "{rows:?}");

    // A flag wins over its variable.
    let mut flag_wins = command();
    flag_wins
        .env("FAIRRECRUIT_DATA_DIR", &data)
        .env("FAIRRECRUIT_ROLE", "superuser")
        .env("FAIRRECRUIT_TOKEN_NAME", "ignored")
        .args(["token", "create", "--role", "admin", "--name", "flagged"]);
    run_command(flag_wins).secret();
    let rows = token_list(&data);
    assert!(
        rows.iter().any(|r| r.iter().any(|c| c == "flagged")),
        "{rows:?}"
    );
    assert!(
        !rows.iter().any(|r| r.iter().any(|c| c == "ignored")),
        "{rows:?}"
    );

    // Variables for demo-data and for the database URL.
    let other = dir.path().join("elsewhere.db");
    let mut demo = command();
    demo.env("FAIRRECRUIT_DATA_DIR", dir.path().join("unused"))
        .env("FAIRRECRUIT_DATABASE_URL", &other)
        .env("FAIRRECRUIT_ORGANIZATIONS", "7")
        .env("FAIRRECRUIT_SEED", "3")
        .env("FAIRRECRUIT_LOG_FORMAT", "json")
        .arg("demo-data");
    let out = run_command(demo);
    out.ok();
    assert!(out.stdout.contains("7 organizations"), "{out:#?}");
    assert!(
        other.exists(),
        "FAIRRECRUIT_DATABASE_URL picked the database"
    );
    let mut conn = SqliteConnection::establish(&other.to_string_lossy()).unwrap();
    assert_eq!(
        sqlite_texts(&mut conn, "SELECT name AS t FROM organizations").len(),
        7
    );

    // An invalid value in a variable is reported like an invalid flag.
    let mut bad = command();
    bad.env("FAIRRECRUIT_DATA_DIR", &data)
        .env("FAIRRECRUIT_LOG_FORMAT", "xml")
        .args(["token", "list"]);
    let out = run_command(bad);
    assert_ne!(out.code, Some(0), "{out:#?}");
    assert!(out.stderr.contains("xml"), "{out:#?}");
}

// ---------------------------------------------------------------- help

#[test]
fn help_of_every_command_mentions_its_flags() {
    let cases: &[(&[&str], &[&str])] = &[
        (
            &[],
            &[
                "--data-dir",
                "--database-url",
                "--log-format",
                "FAIRRECRUIT_DATA_DIR",
                "FAIRRECRUIT_DATABASE_URL",
                "serve",
                "migrate",
                "demo-data",
                "token",
                "audit",
            ],
        ),
        (
            &["serve"],
            &[
                "--bind",
                "--demo",
                "--data-dir",
                "--database-url",
                "FAIRRECRUIT_BIND",
            ],
        ),
        (&["migrate"], &["--data-dir", "--database-url"]),
        (&["demo-data"], &["--organizations", "--seed", "--data-dir"]),
        (&["token"], &["create", "list", "revoke"]),
        (
            &["token", "create"],
            &[
                "--role",
                "--jurisdiction",
                "--name",
                "FAIRRECRUIT_ROLE",
                "FAIRRECRUIT_TOKEN_NAME",
            ],
        ),
        (&["token", "list"], &["--data-dir"]),
        (&["token", "revoke"], &["ID", "--data-dir"]),
        (&["audit"], &["verify"]),
        (&["audit", "verify"], &["--data-dir", "--database-url"]),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (path, needles) in cases {
        let mut args: Vec<&str> = path.to_vec();
        args.push("--help");
        let mut command = command();
        command.current_dir(dir.path()).args(&args);
        let out = run_command(command);
        assert_eq!(out.code, Some(0), "{args:?}: {out:#?}");
        for needle in *needles {
            assert!(
                out.stdout.contains(needle),
                "`{}` does not mention {needle}: {out:#?}",
                args.join(" ")
            );
        }
    }
    // Help touches nothing: no ./data appears in the working directory.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);

    let version = run_bare(&["--version"]);
    version.ok();
    assert!(version.stdout.starts_with("fairrecruit "), "{version:#?}");
}

// ---------------------------------------------------------------- demo data

#[test]
fn demo_data_loads_and_its_audit_chain_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &["demo-data", "--organizations", "60", "--seed", "5"],
    );
    out.ok();
    assert!(out.stdout.contains("60 organizations"), "{out:#?}");

    let verified = run(dir.path(), &["audit", "verify"]);
    verified.ok();
    assert!(verified.stdout.starts_with("ok"), "{verified:#?}");
    assert_eq!(organization_names(dir.path()).len(), 60);

    let migrated = run(dir.path(), &["migrate"]);
    migrated.ok();
    assert_eq!(
        organization_names(dir.path()).len(),
        60,
        "migrate on a current database changes nothing"
    );
}

#[test]
fn demo_data_is_the_same_for_the_same_seed() {
    let first = tempfile::tempdir().unwrap();
    let second = tempfile::tempdir().unwrap();
    let other_seed = tempfile::tempdir().unwrap();
    run(
        first.path(),
        &["demo-data", "--organizations", "60", "--seed", "5"],
    )
    .ok();
    run(
        second.path(),
        &["demo-data", "--organizations", "60", "--seed", "5"],
    )
    .ok();
    run(
        other_seed.path(),
        &["demo-data", "--organizations", "60", "--seed", "6"],
    )
    .ok();

    let a = organization_names(first.path());
    let b = organization_names(second.path());
    assert_eq!(a.len(), 60);
    assert_eq!(a, b, "same seed, same organizations");
    assert_ne!(
        a,
        organization_names(other_seed.path()),
        "another seed, other organizations"
    );
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
        let name = format!("fr_cli_{}", uuid::Uuid::new_v4().simple());
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

#[test]
fn migrate_and_token_create_on_postgres() {
    let Some(db) = PgDb::create() else { return };
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let pg = |args: &[&str]| {
        let mut command = command();
        command
            .arg("--data-dir")
            .arg(&data)
            .arg("--database-url")
            .arg(&db.url)
            .args(args);
        run_command(command)
    };

    let migrated = pg(&["migrate"]);
    migrated.ok();
    assert!(
        migrated.stdout.contains("migrations applied"),
        "{migrated:#?}"
    );
    pg(&["migrate"]).ok();

    let out = pg(&[
        "token",
        "create",
        "--role",
        "consulate",
        "--jurisdiction",
        "np",
        "--name",
        "Embassy of Nepal",
    ]);
    let secret = out.secret();
    let body = secret.trim_start_matches("frt_").to_string();

    let listed = pg(&["token", "list"]);
    listed.ok();
    assert!(listed.stdout.contains("consulate"), "{listed:#?}");
    assert!(listed.stdout.contains("NP"), "{listed:#?}");
    assert!(listed.stdout.contains("Embassy of Nepal"), "{listed:#?}");
    assert!(!listed.stdout.contains(&body), "{listed:#?}");
    let id = listed.stdout.split('\t').next().unwrap().trim().to_string();

    let mut conn = PgConnection::establish(&db.url).unwrap();
    let tokens = pg_texts(&mut conn, TOKEN_ROWS);
    assert_eq!(tokens.len(), 1, "{tokens:?}");
    assert!(
        !tokens[0].contains(&body),
        "api_tokens holds the secret: {}",
        tokens[0]
    );
    let events = pg_texts(&mut conn, EVENT_ROWS);
    assert!(!events.is_empty());
    assert!(
        events.iter().all(|e| !e.contains(&body)),
        "events hold the secret"
    );

    pg(&["token", "revoke", &id]).ok();
    assert_one_line_error(&pg(&["token", "revoke", &id]), "already revoked");

    let verified = pg(&["audit", "verify"]);
    verified.ok();
    assert!(verified.stdout.starts_with("ok"), "{verified:#?}");
    assert!(
        !data.exists(),
        "no SQLite data directory is made when a database URL is given"
    );
}

// ---------------------------------------------------------------- register imports

const HK_REGISTER: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/hk-employment-agencies-2021-12-28.csv"
);

#[test]
fn import_register_previews_imports_and_then_finds_nothing_to_change() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "import",
        "register",
        HK_REGISTER,
        "--authority",
        "HK",
        "--mapping",
        "hk-labour-department",
    ];
    let dry = run(dir.path(), &[&args[..], &["--dry-run"]].concat());
    dry.ok();
    let last = dry.stdout.lines().last().unwrap();
    assert!(
        last.starts_with(
            "dry run, nothing written: hk-employment-agencies-2021-12-28.csv (2021-12-28, sha256 "
        ),
        "{last}"
    );
    assert!(
        last.contains("3293 rows, 3046 organizations: 3046 created"),
        "{last}"
    );
    assert!(organization_names(dir.path()).is_empty());

    let done = run(dir.path(), &args);
    done.ok();
    assert!(
        done.stdout.contains("3046 created") && done.stdout.contains("6092 events"),
        "{done:#?}"
    );
    assert_eq!(organization_names(dir.path()).len(), 3046);

    let again = run(dir.path(), &args);
    again.ok();
    assert!(
        again.stdout.contains("0 created, 0 matched, 0 updated, 3046 unchanged, 0 closed, 0 held for review; 0 events"),
        "{again:#?}"
    );
    let reviews = run(dir.path(), &["import", "review"]);
    assert_eq!(reviews.ok().stdout.trim(), "0 review(s)");
}

#[test]
fn import_register_problems_are_one_line_errors() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &[
            "import",
            "register",
            HK_REGISTER,
            "--authority",
            "HK",
            "--mapping",
            "no-such-mapping",
        ],
    );
    assert_one_line_error(
        &out,
        "is neither a file nor a shipped mapping (hk-labour-department)",
    );

    let bad = dir.path().join("register.csv");
    std::fs::write(&bad, "Agency,Licence\nDemo,1\n").unwrap();
    let out = run(
        dir.path(),
        &[
            "import",
            "register",
            bad.to_str().unwrap(),
            "--authority",
            "HK",
            "--mapping",
            "hk-labour-department",
        ],
    );
    assert_one_line_error(
        &out,
        "has no date; give the register's publication date with --published",
    );
    let out = run(
        dir.path(),
        &[
            "import",
            "register",
            bad.to_str().unwrap(),
            "--authority",
            "HK",
            "--mapping",
            "hk-labour-department",
            "--published",
            "2024-01-01",
        ],
    );
    assert_one_line_error(
        &out,
        "register.csv: row 1: the mapping names column \"English Company Name\"",
    );

    let out = run(dir.path(), &["import", "decide", "not-an-id", "merge"]);
    assert_one_line_error(&out, "\"not-an-id\" is not a review id");
}
