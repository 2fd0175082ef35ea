//! `/api/v1/licences`: status changes and verification.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use uuid::Uuid;

use super::auth::Caller;
use super::caching;
use super::extract::{Json, Path, Query};
use super::organizations::not_found_as;
use super::problem::Problem;
use super::ratelimit::{Group, PeerAddress};
use crate::app::AppState;
use crate::error::Error;
use crate::registry::licences::{self, ChangeLicenceStatus, Licence, Verification, VerifyQuery};
use crate::registry::verification::{self, BulkVerifyRequest, BulkVerifyResponse};

/// Change a licence's status
///
/// Suspends, revokes, reinstates, cancels or marks a licence expired, with a reason
/// and an effective date kept in its history. Moves that the workflow does not allow
/// answer 409 naming the allowed ones.
#[utoipa::path(post, path = "/api/v1/licences/{id}/status", tag = "licences",
    operation_id = "change_licence_status",
    params(("id" = Uuid, Path, description = "Licence id")),
    request_body = ChangeLicenceStatus,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The licence with its new status and history", body = Licence),
        (status = 400, description = "The body or id could not be read", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Wrong role or outside the token's jurisdictions", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such licence", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The workflow does not allow this move; `allowed` lists what it allows", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn change_status(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<Uuid>,
    Json(input): Json<ChangeLicenceStatus>,
) -> Result<Json<Licence>, Error> {
    let licence = state
        .db
        .run(move |conn| licences::change_licence_status(conn, &actor, id, &input))
        .await
        .map_err(not_found_as("licence"))?;
    Ok(Json(licence))
}

/// Verify a licence
///
/// Looks a licence up by issuing country and number, in any punctuation, spacing or
/// case, and says whether it is valid today. A number that is not registered answers
/// 200 with `found: false`.
#[utoipa::path(get, path = "/api/v1/licences/verify", tag = "licences",
    operation_id = "verify_licence",
    params(VerifyQuery),
    responses(
        (status = 200, description = "Whether the licence exists and its status today, with an ETag", body = Verification,
            headers(("ETag" = String, description = "Send back in If-None-Match"), ("Cache-Control" = String))),
        (status = 304, description = "The copy named in If-None-Match is current"),
        (status = 400, description = "A parameter is missing", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A parameter is invalid", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn verify(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<VerifyQuery>,
) -> Result<Response, Error> {
    let answer = state
        .db
        .run(move |conn| licences::verify_licence(conn, &query))
        .await?;
    caching::json_with_etag(&headers, &answer)
}

/// Verify licences in bulk
///
/// Up to 1,000 licences in one call, answered in the same order: found, status as of
/// today, validity, organization, and sanctions in force. An item with a bad country
/// code or an empty number gets its own `error`; the request fails only when it is
/// malformed or over the limit (413).
#[utoipa::path(post, path = "/api/v1/licences/verify", tag = "licences",
    operation_id = "verify_licences",
    request_body = BulkVerifyRequest,
    security((), ("bearer" = [])),
    responses(
        (status = 200, description = "One answer per item, in order", body = BulkVerifyResponse),
        (status = 400, description = "The body is not valid JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "A token was sent but is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "More than 1,000 items, or a body over the size limit", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The body is not a list of items", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Over the rate limit for this token or client address; see Retry-After", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn verify_many(
    State(state): State<AppState>,
    Caller(caller): Caller,
    PeerAddress(peer): PeerAddress,
    Json(request): Json<BulkVerifyRequest>,
) -> Result<Json<BulkVerifyResponse>, Error> {
    state.limits.admit(Group::BulkVerify, &caller, peer)?;
    let answer = state
        .db
        .run(move |conn| verification::verify_licences(conn, &request))
        .await?;
    Ok(Json(answer))
}
