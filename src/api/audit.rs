//! `/api/v1/audit`: the head of the hash chain and its full verification.

use axum::extract::State;

use super::extract::Json;
use super::problem::Problem;
use crate::app::AppState;
use crate::error::Error;
use crate::events::log::Head;
use crate::events::{self, Verification};

/// Read the chain head
///
/// The latest event's seq and hash. Record it: if the log is later altered, the
/// recorded hash will no longer be on the chain.
#[utoipa::path(get, path = "/api/v1/audit/head", tag = "audit",
    operation_id = "get_audit_head",
    responses(
        (status = 200, description = "The latest event", body = Head),
        (status = 503, description = "The database is unavailable", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn head(State(state): State<AppState>) -> Result<Json<Head>, Error> {
    Ok(Json(state.db.run(events::head).await?))
}

/// Verify the whole chain
///
/// Recomputes every event's hash from the first and reports the first seq that was
/// altered, removed or reordered outside the application.
#[utoipa::path(get, path = "/api/v1/audit/verify", tag = "audit",
    operation_id = "verify_audit_chain",
    responses(
        (status = 200, description = "The result; `ok` is false when the chain is broken", body = Verification),
        (status = 503, description = "The database is unavailable", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn verify(State(state): State<AppState>) -> Result<Json<Verification>, Error> {
    Ok(Json(state.db.run(events::verify).await?))
}
