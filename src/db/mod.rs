//! Storage: one connection type over SQLite and PostgreSQL, a pool, migrations,
//! and the write transaction that every change goes through.

pub mod rows;
pub mod schema;
pub mod sqlite_rows;

use std::path::Path;
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use crate::error::Error;

pub const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
pub const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// One connection to either backend; queries are written once against it.
#[derive(diesel::MultiConnection)]
pub enum AnyConnection {
    Pg(diesel::PgConnection),
    Sqlite(diesel::SqliteConnection),
}

/// Which database a URL points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Backend {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }
}

/// Opens connections by URL scheme rather than by trial, so a SQLite path is never
/// handed to libpq and the SQLite settings are applied to every connection.
#[derive(Debug, Clone)]
pub struct Manager {
    url: String,
}

/// SQLite settings: WAL for concurrent readers, enforced foreign keys, and a busy
/// timeout so a writer waits for the one write lock instead of failing.
const SQLITE_SETUP: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 15000; \
     PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;";

impl ManageConnection for Manager {
    type Connection = AnyConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<AnyConnection, r2d2::Error> {
        match Backend::of_url(&self.url) {
            Backend::Postgres => diesel::PgConnection::establish(&self.url)
                .map(AnyConnection::Pg)
                .map_err(r2d2::Error::ConnectionError),
            Backend::Sqlite => {
                let path = self.url.strip_prefix("sqlite://").unwrap_or(&self.url);
                sqlite_rows::install()
                    .map_err(|e| r2d2::Error::ConnectionError(ConnectionError::BadConnection(e)))?;
                let mut conn = diesel::SqliteConnection::establish(path)
                    .map_err(r2d2::Error::ConnectionError)?;
                conn.batch_execute(SQLITE_SETUP)
                    .map_err(r2d2::Error::QueryError)?;
                Ok(AnyConnection::Sqlite(conn))
            }
        }
    }

    fn is_valid(&self, conn: &mut AnyConnection) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(r2d2::Error::QueryError)
    }

    fn has_broken(&self, _conn: &mut AnyConnection) -> bool {
        false
    }
}

pub type Pool = r2d2::Pool<Manager>;
pub type PooledConnection = r2d2::PooledConnection<Manager>;

/// The shared handle to the database used by the API, the pages and the CLI.
#[derive(Clone)]
pub struct Database {
    pool: Pool,
    backend: Backend,
}

impl Database {
    /// Connects (without migrating). `max_size` bounds the pool.
    pub fn connect(url: &str, max_size: u32) -> Result<Database, Error> {
        let backend = Backend::of_url(url);
        if backend == Backend::Sqlite {
            let path = url.strip_prefix("sqlite://").unwrap_or(url);
            if let Some(dir) = Path::new(path)
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
            {
                std::fs::create_dir_all(dir).map_err(|e| {
                    Error::Config(format!(
                        "cannot create data directory {}: {e}",
                        dir.display()
                    ))
                })?;
            }
        }
        let manager = Manager {
            url: url.to_string(),
        };
        // One connection first, so a wrong URL fails at once with its own message
        // instead of after the pool's retries.
        manager
            .connect()
            .map_err(|e| Error::Config(format!("cannot open the database: {}", first_line(&e))))?;
        let pool = r2d2::Pool::builder()
            .max_size(max_size)
            .error_handler(Box::new(QuietErrors))
            .min_idle(Some(1))
            .connection_timeout(Duration::from_secs(10))
            .build(manager)
            .map_err(|e| Error::Config(format!("cannot open the database: {}", first_line(&e))))?;
        Ok(Database { pool, backend })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A connection for synchronous code (CLI, blocking tasks).
    pub fn get(&self) -> Result<PooledConnection, Error> {
        self.pool.get().map_err(|_| Error::Unavailable)
    }

    /// Runs blocking database work off the async runtime.
    pub async fn run<T, F>(&self, work: F) -> Result<T, Error>
    where
        F: FnOnce(&mut AnyConnection) -> Result<T, Error> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get().map_err(|_| Error::Unavailable)?;
            work(&mut conn)
        })
        .await
        .map_err(|e| Error::Internal(format!("database task failed: {e}")))?
    }

    /// Applies pending migrations of this backend.
    pub fn migrate(&self) -> Result<(), Error> {
        let mut conn = self.get()?;
        migrate(&mut conn)
    }
}

/// r2d2 logs connection failures itself, on several lines; ours are reported once,
/// by the caller, as `Error::Unavailable` or a one-line start-up error.
#[derive(Debug)]
struct QuietErrors;

impl r2d2::HandleError<r2d2::Error> for QuietErrors {
    fn handle_error(&self, error: r2d2::Error) {
        tracing::debug!(error = %first_line(&error), "database connection failed");
    }
}

fn first_line(error: &impl std::fmt::Display) -> String {
    error
        .to_string()
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

fn migration_error(e: impl std::fmt::Display) -> Error {
    Error::Internal(format!("migration failed: {e}"))
}

/// Applies pending migrations of the connection's backend.
pub fn migrate(conn: &mut AnyConnection) -> Result<(), Error> {
    match conn {
        AnyConnection::Pg(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS).map(drop),
        AnyConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(drop),
    }
    .map_err(migration_error)
}

/// Reverts every migration (used by the migration round-trip test).
pub fn revert_all(conn: &mut AnyConnection) -> Result<(), Error> {
    match conn {
        AnyConnection::Pg(c) => c.revert_all_migrations(POSTGRES_MIGRATIONS).map(drop),
        AnyConnection::Sqlite(c) => c.revert_all_migrations(SQLITE_MIGRATIONS).map(drop),
    }
    .map_err(migration_error)
}

/// True when every embedded migration has been applied.
pub fn migrations_current(conn: &mut AnyConnection) -> Result<bool, Error> {
    match conn {
        AnyConnection::Pg(c) => c.has_pending_migration(POSTGRES_MIGRATIONS),
        AnyConnection::Sqlite(c) => c.has_pending_migration(SQLITE_MIGRATIONS),
    }
    .map(|pending| !pending)
    .map_err(migration_error)
}

/// Runs `change` in one transaction holding the event log's lock, so events get
/// their seq in commit order and each has exactly one predecessor in the chain.
pub fn write_transaction<T>(
    conn: &mut AnyConnection,
    change: impl FnOnce(&mut AnyConnection) -> Result<T, Error>,
) -> Result<T, Error> {
    conn.transaction(|conn| {
        take_log_lock(conn)?;
        change(conn)
    })
}

/// Relaxes (or restores) SQLite's durability for a bulk load. In WAL mode with
/// `synchronous = OFF` a commit no longer waits for the disk: the database stays
/// consistent if the process dies, and only a machine failure can lose the last
/// transactions, which a generated load can repeat. PostgreSQL is left as it is.
pub fn relax_durability(conn: &mut AnyConnection, relaxed: bool) -> Result<(), Error> {
    if let AnyConnection::Sqlite(c) = conn {
        let setting = if relaxed { "OFF" } else { "NORMAL" };
        c.batch_execute(&format!("PRAGMA synchronous = {setting}"))?;
    }
    Ok(())
}

/// Runs `read` in one read-only snapshot: the event log's head and every row read
/// after it agree (SQLite's WAL read transaction gives this; PostgreSQL needs
/// REPEATABLE READ). Exports and index rebuilds read this way.
pub fn read_snapshot<T>(
    conn: &mut AnyConnection,
    read: impl FnOnce(&mut AnyConnection) -> Result<T, Error>,
) -> Result<T, Error> {
    conn.transaction(|conn| {
        if let AnyConnection::Pg(pg) = conn {
            pg.batch_execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")?;
        }
        read(conn)
    })
}

/// An arbitrary constant naming the event log's advisory lock on PostgreSQL.
const LOG_LOCK_KEY: i64 = 0x6661_6972_7265_6372;

fn take_log_lock(conn: &mut AnyConnection) -> Result<(), Error> {
    match conn {
        AnyConnection::Pg(c) => {
            diesel::sql_query(format!("SELECT pg_advisory_xact_lock({LOG_LOCK_KEY})"))
                .execute(c)?;
        }
        AnyConnection::Sqlite(c) => {
            // Writing first makes SQLite take its write lock now (waiting on busy_timeout),
            // not at a later statement where a stale read snapshot would fail.
            use schema::log_lock::dsl::*;
            diesel::update(log_lock.filter(id.eq(1)))
                .set(writes.eq(writes + 1))
                .execute(c)?;
        }
    }
    Ok(())
}

/// Rows per prepared multi-row INSERT on PostgreSQL. A fixed size lets diesel cache
/// the prepared statement (arrays have a static query id), which matters more than
/// fewer, larger statements; 256 rows of the widest table stay below the bind limit.
pub const INSERT_CHUNK: usize = 256;

/// Inserts many rows of one table. MultiConnection cannot batch, so this matches on
/// the backend: SQLite steps one prepared single-row INSERT per row (see
/// `sqlite_rows`), PostgreSQL takes `INSERT_CHUNK` rows per statement. The rows are
/// the same for both.
#[macro_export]
macro_rules! insert_rows {
    ($conn:expr, $table:expr, $rows:expr) => {{
        let rows = $rows;
        match $conn {
            $crate::db::AnyConnection::Sqlite(c) => {
                $crate::db::sqlite_rows::insert(c, rows)?;
            }
            $crate::db::AnyConnection::Pg(c) => {
                let mut chunks = rows.chunks_exact($crate::db::INSERT_CHUNK);
                for chunk in chunks.by_ref() {
                    if let Ok(full) = <&[_; $crate::db::INSERT_CHUNK]>::try_from(chunk) {
                        diesel::insert_into($table).values(full).execute(c)?;
                    }
                }
                let rest = chunks.remainder();
                if !rest.is_empty() {
                    diesel::insert_into($table).values(rest).execute(c)?;
                }
            }
        }
    }};
}
