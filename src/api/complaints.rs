//! `/api/v1/complaints`: filing, receipt status, the inspectors' workflow.

use axum::extract::State;
use axum::http::StatusCode;
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
use crate::registry::complaints::{
    self, ChangeComplaintStatus, ComplaintDetail, ComplaintFilter, ComplaintPage, FiledComplaint,
    NewComplaint, ReceiptStatus,
};

/// File a complaint
///
/// Anyone may file, without a token and anonymously; inspectors file complaints
/// received by phone or at a desk, consulates on behalf of their nationals. The answer
/// holds the receipt: the only way to follow the complaint, shown once. The
/// complainant's name and contact and the narrative are encrypted at rest and shown
/// only to inspectors of the countries where it happened.
#[utoipa::path(post, path = "/api/v1/complaints", tag = "complaints",
    operation_id = "create_complaint",
    request_body = NewComplaint,
    security((), ("bearer" = [])),
    responses(
        (status = 201, description = "Filed; keep the receipt", body = FiledComplaint),
        (status = 400, description = "The body is not valid JSON", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "A token was sent but is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The body is too large", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Over the rate limit for this token or client address; see Retry-After", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn create(
    State(state): State<AppState>,
    Caller(actor): Caller,
    PeerAddress(peer): PeerAddress,
    Json(input): Json<NewComplaint>,
) -> Result<(StatusCode, Json<FiledComplaint>), Error> {
    state.limits.admit(Group::Complaints, &actor, peer)?;
    let sealer = state.sealer.clone();
    let filed = state
        .db
        .run(move |conn| complaints::file_complaint(conn, &sealer, &actor, &input))
        .await?;
    Ok((StatusCode::CREATED, Json(filed)))
}

/// Check a complaint by receipt
///
/// Status, dates and next steps for the holder of a receipt; nothing else about the
/// complaint. Case, spaces and dashes do not matter. A receipt with a typing mistake
/// answers 422, an unknown one 404. Checks are rate-limited per client address.
#[utoipa::path(get, path = "/api/v1/complaints/status/{receipt}", tag = "complaints",
    operation_id = "get_complaint_status",
    params(("receipt" = String, Path, description = "The receipt, e.g. ABCD-EFGH-JKMN-PQ")),
    security((), ("bearer" = [])),
    responses(
        (status = 200, description = "The complaint's status", body = ReceiptStatus),
        (status = 404, description = "No complaint has this receipt", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The receipt is mistyped", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "A token was sent but is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Over the rate limit for this token or client address; see Retry-After", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn status_by_receipt(
    State(state): State<AppState>,
    Caller(actor): Caller,
    PeerAddress(peer): PeerAddress,
    Path(receipt): Path<String>,
) -> Result<Response, Error> {
    state.limits.admit(Group::Receipts, &actor, peer)?;
    let sealer = state.sealer.clone();
    let status = state
        .db
        .run(move |conn| complaints::status_by_receipt(conn, &sealer, &receipt))
        .await?;
    Ok(caching::private(Json(status)))
}

/// List complaints
///
/// Inspectors see complaints about abuse in their jurisdictions, admins all,
/// consulates the ones they filed. Confidential text is not in the list.
#[utoipa::path(get, path = "/api/v1/complaints", tag = "complaints",
    operation_id = "list_complaints",
    params(ComplaintFilter),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "A page of complaints", body = ComplaintPage),
        (status = 400, description = "A parameter could not be read", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A parameter is invalid", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Query(filter): Query<ComplaintFilter>,
) -> Result<Json<ComplaintPage>, Error> {
    let page = state
        .db
        .run(move |conn| complaints::list_complaints(conn, &actor, &filter))
        .await?;
    Ok(Json(page))
}

/// Read a complaint
///
/// The full complaint with the complainant's details and narrative, for inspectors
/// with jurisdiction, admins and the consulate that filed it. Another consulate
/// gets 403; an inspector without jurisdiction gets 404, whether or not it exists.
#[utoipa::path(get, path = "/api/v1/complaints/{id}", tag = "complaints",
    operation_id = "get_complaint",
    params(("id" = Uuid, Path, description = "Complaint id")),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The complaint", body = ComplaintDetail),
        (status = 400, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A consulate token reading a complaint it did not file", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such complaint, or not visible to this token", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<Uuid>,
) -> Result<Json<ComplaintDetail>, Error> {
    let sealer = state.sealer.clone();
    let complaint = state
        .db
        .run(move |conn| complaints::get_complaint(conn, &sealer, &actor, id))
        .await
        .map_err(not_found_as("complaint"))?;
    Ok(Json(complaint))
}

/// Change a complaint's status
///
/// received → under_review → investigating → substantiated, unsubstantiated,
/// referred or withdrawn; each step dated with its actor and an optional note. A move
/// the workflow does not allow answers 409 naming the allowed ones.
#[utoipa::path(post, path = "/api/v1/complaints/{id}/status", tag = "complaints",
    operation_id = "change_complaint_status",
    params(("id" = Uuid, Path, description = "Complaint id")),
    request_body = ChangeComplaintStatus,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The complaint with its new status", body = ComplaintDetail),
        (status = 400, description = "The body or id could not be read", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A consulate may follow but not handle a complaint", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such complaint, or not visible to this token", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The workflow does not allow this move; `allowed` lists what it allows", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A field is invalid", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn change_status(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<Uuid>,
    Json(input): Json<ChangeComplaintStatus>,
) -> Result<Json<ComplaintDetail>, Error> {
    let sealer = state.sealer.clone();
    let complaint = state
        .db
        .run(move |conn| complaints::change_complaint_status(conn, &sealer, &actor, id, &input))
        .await
        .map_err(not_found_as("complaint"))?;
    Ok(Json(complaint))
}
