//! The one error type of the registry. It knows nothing of HTTP: `api::problem`
//! turns it into problem+json, the CLI into a one-line message.

use crate::domain::validation::FieldError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The request is well-formed but some fields are invalid.
    #[error("invalid request: {}", summary(.0))]
    Validation(Vec<FieldError>),

    /// The request could not be read (malformed JSON, wrong type, bad parameter).
    #[error("{0}")]
    BadRequest(String),

    /// An uploaded file (a register) cannot be read as its mapping says; the
    /// message names the row and column.
    #[error("{0}")]
    InvalidFile(String),

    /// Nothing with that id exists, or the caller may not know it exists.
    #[error("{0} not found")]
    NotFound(&'static str),

    /// The change conflicts with what is recorded (duplicate, already in that state).
    #[error("{0}")]
    Conflict(String),

    /// A workflow step that is not allowed from the current state.
    #[error("{message}")]
    InvalidTransition {
        message: String,
        allowed: Vec<String>,
    },

    /// No token, or a token that is unknown or revoked.
    #[error("{0}")]
    Unauthorized(&'static str),

    /// A valid token whose role may not do this.
    #[error("{0}")]
    Forbidden(String),

    /// The body is larger than the limit.
    #[error("{0}")]
    PayloadTooLarge(String),

    /// Too many requests from this caller; `retry_after` is in seconds.
    #[error("too many requests; try again in {retry_after} s")]
    RateLimited { retry_after: u64 },

    /// The database cannot be reached or the pool is exhausted.
    #[error("the database is unavailable, try again shortly")]
    Unavailable,

    /// Bad configuration or start-up conditions (CLI only).
    #[error("{0}")]
    Config(String),

    /// A database error that is not the client's fault.
    #[error("database error: {0}")]
    Database(diesel::result::Error),

    /// Anything else that is our fault; the message is logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

fn summary(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(|e| format!("{} {}", e.field, e.message))
        .collect::<Vec<_>>()
        .join("; ")
}

impl From<diesel::result::Error> for Error {
    fn from(e: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error as D};
        match e {
            D::NotFound => Error::NotFound("record"),
            D::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                Error::Conflict("a record with the same unique value already exists".into())
            }
            other => Error::Database(other),
        }
    }
}

/// An unreadable `group_by` of a statistics request: a 422 naming the valid dimensions.
impl From<crate::domain::statistics::GroupByError> for Error {
    fn from(e: crate::domain::statistics::GroupByError) -> Self {
        Error::invalid("group_by", e.to_string())
    }
}

/// A statistics minimum cell size below the floor: refused at start-up.
impl From<crate::domain::suppression::MinCellTooSmall> for Error {
    fn from(e: crate::domain::suppression::MinCellTooSmall) -> Self {
        Error::Config(format!(
            "--stats-min-cell (FAIRRECRUIT_STATS_MIN_CELL): {e}"
        ))
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::Internal(format!("json: {e}"))
    }
}

impl Error {
    /// A single-field validation error.
    pub fn invalid(field: &str, message: impl Into<String>) -> Error {
        Error::Validation(vec![FieldError {
            field: field.into(),
            message: message.into(),
        }])
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
