//! Inserting many rows on SQLite through one prepared single-row statement.
//!
//! diesel builds the SQL text and the bind list again for every execution, and a
//! multi-row `VALUES` costs SQLite more than the same rows stepped one by one: for
//! bulk loads (demo data, register imports, the events of both) that was about half
//! of the writer's time. Here each row type names its table and columns once; an
//! INSERT is prepared once per call and stepped per row, on diesel's own connection
//! and so inside the caller's transaction.
//!
//! diesel does not hand out its `sqlite3` handle. Every SQLite connection this
//! process opens therefore gets, through an SQLite auto-extension, a SQL function
//! answering that connection's own handle. The handle is used only while the
//! caller holds the diesel connection mutably, so nothing else runs on it then.

use std::ffi::{c_char, c_int};
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use diesel::dsl::sql;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use diesel::sql_types::BigInt;
use diesel::{QueryResult, RunQueryDsl, SqliteConnection};
use rusqlite::ffi;
use rusqlite::functions::FunctionFlags;
use rusqlite::types::{ToSql, ToSqlOutput, Value, ValueRef};

use super::rows::*;

const HANDLE_FUNCTION: &str = "fairrecruit_connection_handle";

/// Registers the handle function for every SQLite connection opened from now on.
/// Called before the first connection is opened; later calls do nothing.
pub fn install() -> Result<(), String> {
    static INSTALLED: OnceLock<Result<(), String>> = OnceLock::new();
    INSTALLED
        .get_or_init(|| {
            // SAFETY: `add_handle_function` opens no database and leaves the
            // auto-extension list alone, as `register_auto_extension` requires.
            unsafe { rusqlite::auto_extension::register_auto_extension(init_connection) }
                .map_err(|e| format!("cannot register the SQLite row writer: {e}"))
        })
        .clone()
}

unsafe extern "C" fn init_connection(
    db: *mut ffi::sqlite3,
    error: *mut *mut c_char,
    _api: *const ffi::sqlite3_api_routines,
) -> c_int {
    // SAFETY: SQLite calls this with a connection it has just opened.
    unsafe { rusqlite::auto_extension::init_auto_extension(db, error, add_handle_function) }
}

fn add_handle_function(connection: rusqlite::Connection) -> rusqlite::Result<()> {
    // SAFETY: only the address is read.
    let handle = unsafe { connection.handle() } as i64;
    connection.create_scalar_function(
        HANDLE_FUNCTION,
        0,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DIRECTONLY,
        move |_| Ok(handle),
    )
}

/// A row type written by [`insert`]: its table, its columns in bind order, and how
/// its fields bind.
pub trait SqliteRow {
    const TABLE: &'static str;
    const COLUMNS: &'static [&'static str];
    fn bind(&self, statement: &mut rusqlite::Statement<'_>) -> rusqlite::Result<()>;
}

/// Inserts `rows`, one prepared statement stepped per row.
pub fn insert<R: SqliteRow>(conn: &mut SqliteConnection, rows: &[R]) -> QueryResult<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let handle: i64 = diesel::select(sql::<BigInt>(&format!("{HANDLE_FUNCTION}()")))
        .get_result(conn)
        .map_err(|e| {
            DieselError::QueryBuilderError(
                format!("the SQLite row writer is not installed on this connection: {e}").into(),
            )
        })?;
    // SAFETY: the handle is the open connection behind `conn`, which this function
    // borrows mutably until it returns, so diesel runs nothing on it meanwhile; the
    // wrapper does not own the handle and never closes it, and its statement is
    // finalized before the wrapper is dropped.
    let connection = unsafe { rusqlite::Connection::from_handle(handle as *mut ffi::sqlite3) }
        .map_err(database_error)?;
    let placeholders = vec!["?"; R::COLUMNS.len()].join(", ");
    let statement_sql = format!(
        "INSERT INTO {} ({}) VALUES ({placeholders})",
        R::TABLE,
        R::COLUMNS.join(", ")
    );
    let mut statement = connection.prepare(&statement_sql).map_err(database_error)?;
    for row in rows {
        row.bind(&mut statement).map_err(database_error)?;
        if let Err(e) = statement.raw_execute() {
            // diesel leaves extended result codes off, so the step's own code says
            // only "constraint"; the connection still holds which one.
            // SAFETY: the handle is open (see above) and only read.
            let extended = unsafe { ffi::sqlite3_extended_errcode(connection.handle()) };
            return Err(constraint_error(extended, &e).unwrap_or_else(|| database_error(e)));
        }
    }
    Ok(())
}

/// The error diesel reports for a failed constraint, by SQLite's extended code, so
/// one mapping (`error.rs`) serves both writers: a duplicate licence number is a
/// 409 either way.
fn constraint_error(extended_code: c_int, e: &rusqlite::Error) -> Option<DieselError> {
    let kind = match extended_code {
        ffi::SQLITE_CONSTRAINT_UNIQUE | ffi::SQLITE_CONSTRAINT_PRIMARYKEY => {
            DatabaseErrorKind::UniqueViolation
        }
        ffi::SQLITE_CONSTRAINT_FOREIGNKEY => DatabaseErrorKind::ForeignKeyViolation,
        ffi::SQLITE_CONSTRAINT_NOTNULL => DatabaseErrorKind::NotNullViolation,
        ffi::SQLITE_CONSTRAINT_CHECK => DatabaseErrorKind::CheckViolation,
        _ => return None,
    };
    // SQLite's message names the table and columns, never the values.
    Some(DieselError::DatabaseError(kind, Box::new(e.to_string())))
}

fn database_error(e: rusqlite::Error) -> DieselError {
    DieselError::DatabaseError(DatabaseErrorKind::Unknown, Box::new(e.to_string()))
}

/// A field value as SQLite stores it, in the text forms diesel writes and reads.
pub trait SqliteValue {
    fn sqlite_value(&self) -> ToSqlOutput<'_>;
}

impl SqliteValue for String {
    fn sqlite_value(&self) -> ToSqlOutput<'_> {
        ToSqlOutput::Borrowed(ValueRef::Text(self.as_bytes()))
    }
}

impl SqliteValue for i64 {
    fn sqlite_value(&self) -> ToSqlOutput<'_> {
        ToSqlOutput::Owned(Value::Integer(*self))
    }
}

impl SqliteValue for f64 {
    fn sqlite_value(&self) -> ToSqlOutput<'_> {
        ToSqlOutput::Owned(Value::Real(*self))
    }
}

impl SqliteValue for bool {
    fn sqlite_value(&self) -> ToSqlOutput<'_> {
        ToSqlOutput::Owned(Value::Integer(i64::from(*self)))
    }
}

impl SqliteValue for NaiveDate {
    fn sqlite_value(&self) -> ToSqlOutput<'_> {
        ToSqlOutput::Owned(Value::Text(date_text(self)))
    }
}

impl SqliteValue for NaiveDateTime {
    fn sqlite_value(&self) -> ToSqlOutput<'_> {
        ToSqlOutput::Owned(Value::Text(timestamp_text(self)))
    }
}

impl<T: SqliteValue> SqliteValue for Option<T> {
    fn sqlite_value(&self) -> ToSqlOutput<'_> {
        match self {
            Some(value) => value.sqlite_value(),
            None => ToSqlOutput::Owned(Value::Null),
        }
    }
}

/// Lets a field bind through rusqlite.
struct Bound<'a, T>(&'a T);

impl<T: SqliteValue> ToSql for Bound<'_, T> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(self.0.sqlite_value())
    }
}

/// diesel's SQLite date text, `%F`.
fn date_text(date: &NaiveDate) -> String {
    if !(0..=9999).contains(&date.year()) {
        return date.format("%F").to_string();
    }
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// diesel's SQLite timestamp text, `%F %T%.f` (fractions in 3, 6 or 9 digits, none
/// when zero), written without chrono's format parser, which showed in profiles.
fn timestamp_text(at: &NaiveDateTime) -> String {
    let nanos = at.nanosecond();
    if !(0..=9999).contains(&at.year()) || nanos >= 1_000_000_000 {
        return at.format("%F %T%.f").to_string();
    }
    let fraction = if nanos == 0 {
        String::new()
    } else if nanos.is_multiple_of(1_000_000) {
        format!(".{:03}", nanos / 1_000_000)
    } else if nanos.is_multiple_of(1_000) {
        format!(".{:06}", nanos / 1_000)
    } else {
        format!(".{nanos:09}")
    };
    format!(
        "{} {:02}:{:02}:{:02}{fraction}",
        date_text(&at.date()),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// Implements [`SqliteRow`] for a row struct. The struct is destructured without
/// `..`, so a field added to it and not here fails to compile.
macro_rules! sqlite_row {
    ($row:ident, $table:literal, [$($field:ident),+ $(,)?]) => {
        impl SqliteRow for $row {
            const TABLE: &'static str = $table;
            const COLUMNS: &'static [&'static str] = &[$(stringify!($field)),+];
            fn bind(&self, statement: &mut rusqlite::Statement<'_>) -> rusqlite::Result<()> {
                let $row { $($field),+ } = self;
                let mut index = 0;
                $(
                    index += 1;
                    statement.raw_bind_parameter(index, Bound($field))?;
                )+
                Ok(())
            }
        }
    };
}

sqlite_row!(
    OrganizationRow,
    "organizations",
    [
        id,
        kind,
        name,
        country,
        registration_number,
        website,
        addresses,
        created_at,
        updated_at
    ]
);
sqlite_row!(AliasRow, "aliases", [id, organization_id, name, kind]);
sqlite_row!(
    PersonRow,
    "people",
    [
        id,
        name,
        created_at,
        identity_sealed,
        birth_date_digest,
        id_number_digest
    ]
);
sqlite_row!(
    OrganizationPersonRow,
    "organization_people",
    [organization_id, person_id, role]
);
sqlite_row!(
    LicenceRow,
    "licences",
    [
        id,
        organization_id,
        authority,
        authority_name,
        number,
        number_normalised,
        licence_type,
        valid_from,
        valid_until,
        status,
        created_at,
        updated_at
    ]
);
sqlite_row!(
    LicenceStatusChangeRow,
    "licence_status_changes",
    [
        id,
        licence_id,
        from_status,
        status,
        reason,
        effective_date,
        finding_id,
        actor,
        recorded_at
    ]
);
sqlite_row!(
    EventRow,
    "events",
    [
        seq,
        at,
        actor,
        action,
        entity_type,
        entity_id,
        data,
        prev_hash,
        hash
    ]
);
sqlite_row!(
    FindingComplaintRow,
    "finding_complaints",
    [finding_id, complaint_id]
);
sqlite_row!(
    ComplaintCountryRow,
    "complaint_countries",
    [complaint_id, country]
);
sqlite_row!(
    ComplaintRespondentRow,
    "complaint_respondents",
    [id, complaint_id, organization_id, name, country]
);
sqlite_row!(
    ViolationRow,
    "violations",
    [id, finding_id, category, legal_basis, description, severity]
);
sqlite_row!(
    FeeViolationRow,
    "fee_violations",
    [
        id,
        finding_id,
        category,
        amount_per_worker_minor,
        currency,
        workers_affected,
        refund_ordered_minor
    ]
);
sqlite_row!(
    SanctionRow,
    "sanctions",
    [
        id,
        finding_id,
        kind,
        amount_minor,
        currency,
        starts_on,
        ends_on,
        description
    ]
);
sqlite_row!(
    RegisterListingRow,
    "register_listings",
    [
        id,
        organization_id,
        authority,
        register_name,
        name_key,
        status,
        since,
        categories,
        branches,
        source_name,
        source_sha256,
        source_date,
        created_at,
        updated_at
    ]
);
sqlite_row!(
    ImportReviewRow,
    "import_reviews",
    [
        id,
        authority,
        name_key,
        candidate_id,
        rule,
        score,
        explanation,
        entry,
        source_name,
        source_sha256,
        status,
        created_at,
        decided_at
    ]
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_read_as_diesel_writes_them() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default();
        for nanos in [
            0,
            5_000_000,
            120_000_000,
            26_490_000,
            26_491_000,
            1,
            999_999_999,
        ] {
            let at = day.and_hms_nano_opt(3, 4, 5, nanos).unwrap_or_default();
            assert_eq!(timestamp_text(&at), at.format("%F %T%.f").to_string());
        }
        let early = NaiveDate::from_ymd_opt(7, 1, 2).unwrap_or_default();
        assert_eq!(date_text(&early), early.format("%F").to_string());
    }
}
