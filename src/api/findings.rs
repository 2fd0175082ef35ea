//! `/api/v1/findings`: an inspector's findings, their publication, appeals and refunds.

use axum::extract::State;
use axum::http::StatusCode;
use uuid::Uuid;

use super::auth::Caller;
use super::extract::{Json, Path, Query};
use super::organizations::not_found_as;
use super::problem::Problem;
use crate::app::AppState;
use crate::domain::finding::FindingStatus;
use crate::error::Error;
use crate::registry::findings::{
    self, ChangeFindingStatus, Finding, FindingFilter, FindingPage, NewFinding, NewRefund,
};

/// Record a finding
///
/// A draft finding against one organization: violations, fee violations (amounts in
/// integer minor units of an ISO 4217 currency), sanctions, and the complaints it
/// answers. Drafts are visible only to inspectors of the finding's jurisdiction and
/// admins until published.
#[utoipa::path(post, path = "/api/v1/findings", tag = "findings",
    operation_id = "create_finding",
    request_body = NewFinding,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The draft finding", body = Finding),
        (status = 400, description = "The body is not valid JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Wrong role or outside the token's jurisdictions", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn create(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Json(input): Json<NewFinding>,
) -> Result<(StatusCode, Json<Finding>), Error> {
    let finding = state
        .db
        .run(move |conn| findings::create_finding(conn, &actor, &input))
        .await?;
    Ok((StatusCode::CREATED, Json(finding)))
}

/// List findings
///
/// Published findings (and appealed, upheld or overturned ones, labelled as such) for
/// everyone; inspectors also see their jurisdictions' drafts.
#[utoipa::path(get, path = "/api/v1/findings", tag = "findings",
    operation_id = "list_findings",
    params(FindingFilter),
    responses(
        (status = 200, description = "A page of findings", body = FindingPage),
        (status = 400, description = "A parameter could not be read", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A parameter is invalid", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Query(filter): Query<FindingFilter>,
) -> Result<Json<FindingPage>, Error> {
    let page = state
        .db
        .run(move |conn| findings::list_findings(conn, &actor, &filter))
        .await?;
    Ok(Json(page))
}

/// Read a finding
#[utoipa::path(get, path = "/api/v1/findings/{id}", tag = "findings",
    operation_id = "get_finding",
    params(("id" = Uuid, Path, description = "Finding id")),
    responses(
        (status = 200, description = "The finding", body = Finding),
        (status = 400, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such finding, or a draft this caller may not see", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<Uuid>,
) -> Result<Json<Finding>, Error> {
    let finding = state
        .db
        .run(move |conn| findings::get_finding(conn, &actor, id))
        .await
        .map_err(not_found_as("finding"))?;
    Ok(Json(finding))
}

/// Publish a finding
///
/// Makes a draft public. A suspension or revocation among its sanctions changes the
/// organization's licences issued by the finding's jurisdiction, through the same
/// status change as a manual one, linked to the finding in the licence history.
#[utoipa::path(post, path = "/api/v1/findings/{id}/publish", tag = "findings",
    operation_id = "publish_finding",
    params(("id" = Uuid, Path, description = "Finding id")),
    request_body(content = serde_json::Value, description = "An empty object: `{}`"),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The published finding", body = Finding),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Wrong role or outside the finding's jurisdiction", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such finding", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The finding is not a draft", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The body is not an empty object", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn publish(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<Uuid>,
    Json(_empty): Json<EmptyBody>,
) -> Result<Json<Finding>, Error> {
    let change = ChangeFindingStatus {
        status: FindingStatus::Published,
        note: None,
    };
    let finding = state
        .db
        .run(move |conn| findings::change_finding_status(conn, &actor, id, &change))
        .await
        .map_err(not_found_as("finding"))?;
    Ok(Json(finding))
}

/// An empty JSON object.
#[derive(Debug, serde::Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EmptyBody {}

/// Appeal, uphold or overturn a finding
///
/// published → appealed → upheld | overturned. Overturned findings stay public,
/// labelled as overturned; reinstating a licence is a separate licence status change.
#[utoipa::path(post, path = "/api/v1/findings/{id}/status", tag = "findings",
    operation_id = "change_finding_status",
    params(("id" = Uuid, Path, description = "Finding id")),
    request_body = ChangeFindingStatus,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The finding with its new status", body = Finding),
        (status = 400, description = "The body or id could not be read", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Wrong role or outside the finding's jurisdiction", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such finding", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The workflow does not allow this move; `allowed` lists what it allows", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn change_status(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<Uuid>,
    Json(input): Json<ChangeFindingStatus>,
) -> Result<Json<Finding>, Error> {
    let finding = state
        .db
        .run(move |conn| findings::change_finding_status(conn, &actor, id, &input))
        .await
        .map_err(not_found_as("finding"))?;
    Ok(Json(finding))
}

/// Record a refund
///
/// A refund paid to workers against a fee violation of a published finding. Paying
/// more than is outstanding answers 422; the currency must be the fee violation's.
#[utoipa::path(post, path = "/api/v1/findings/{id}/refunds", tag = "findings",
    operation_id = "create_refund",
    params(("id" = Uuid, Path, description = "Finding id")),
    request_body = NewRefund,
    security(("bearer" = [])),
    responses(
        (status = 201, description = "The finding with the refund and new totals", body = Finding),
        (status = 400, description = "The body or id could not be read", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Wrong role or outside the finding's jurisdiction", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such finding", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The finding is not published", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid, the currency differs, or more than the outstanding amount", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn create_refund(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<Uuid>,
    Json(input): Json<NewRefund>,
) -> Result<(StatusCode, Json<Finding>), Error> {
    let finding = state
        .db
        .run(move |conn| findings::record_refund(conn, &actor, id, &input))
        .await
        .map_err(not_found_as("finding"))?;
    Ok((StatusCode::CREATED, Json(finding)))
}
