//! `/api/v1/changes`: the change feed consulates follow to mirror the registry.

use std::time::{Duration, Instant};

use axum::extract::State;

use super::auth::Caller;
use super::extract::{Json, Query};
use super::problem::Problem;
use crate::app::AppState;
use crate::error::Error;
use crate::registry::changes::{self, ChangePage, ChangeQuery};

/// How often a long poll looks for new events. Polling the database (rather than an
/// in-process signal) also sees writes made by other replicas.
const POLL_EVERY: Duration = Duration::from_millis(200);

/// Follow the change feed
///
/// The public projection of the event log in seq order: organizations, aliases and
/// people's roles, licences and status changes, published findings with fee totals,
/// sanctions and refunds, and complaint filings and status changes as ids and
/// statuses only. Pages have no gaps and no duplicates, also under concurrent writes:
/// keep `next_cursor` and pass it as `after`. With `wait`, an empty answer waits up
/// to that many seconds for the next event.
#[utoipa::path(get, path = "/api/v1/changes", tag = "changes",
    operation_id = "list_changes",
    params(ChangeQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Changes after the cursor", body = ChangePage),
        (status = 400, description = "A parameter could not be read", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only consulate and admin tokens read the feed", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A parameter is invalid", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Query(query): Query<ChangeQuery>,
) -> Result<Json<ChangePage>, Error> {
    let (after, limit) = changes::check_query(&actor, &query)?;
    let deadline = Instant::now() + Duration::from_secs(query.wait.unwrap_or(0));
    loop {
        let page = state
            .db
            .run(move |conn| changes::read_changes(conn, after, limit))
            .await?;
        if page.next_cursor != after || Instant::now() >= deadline {
            return Ok(Json(page));
        }
        tokio::time::sleep(POLL_EVERY.min(deadline.saturating_duration_since(Instant::now())))
            .await;
    }
}
