//! `/api/v1/imports`: an admin uploads an official register, and decides the
//! entries an import held for review.

use axum::extract::State;
use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::auth::Caller;
use super::extract::{Json, Path, Query, Upload};
use super::problem::Problem;
use crate::app::AppState;
use crate::error::Error;
use crate::import::Mapping;
use crate::registry::import_reviews::{self, DecideReview, ReviewDecided, ReviewPage, ReviewQuery};
use crate::registry::imports::{self, ImportReport, Source};

/// Largest register accepted by upload, in bytes (the CLI reads files of any size).
pub const UPLOAD_LIMIT: usize = 64 * 1024 * 1024;

/// Query of `POST /api/v1/imports/register`.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RegisterUpload {
    /// The licensing authority's country (ISO 3166-1 alpha-2), e.g. `HK`.
    pub authority: String,
    /// A mapping shipped with the server: `hk-labour-department`.
    pub mapping: String,
    /// The file's name as published; recorded as the source of every fact.
    pub file_name: String,
    /// The date the register was published (YYYY-MM-DD).
    pub published: NaiveDate,
    /// `true` to see what would change without writing anything.
    #[serde(default)]
    pub dry_run: bool,
}

/// Import a register
///
/// The body is the register file's bytes as published (CSV, UTF-8, up to 64 MiB;
/// sent as `application/octet-stream` or `text/csv`), read
/// through a mapping shipped with the server. Rows with the same names are branches
/// of one organization. Each entry is matched against the registry: its own listing
/// from an earlier file, the same licence number, the same name in the country, or
/// a similar name (0.9 or more) sharing an address, telephone or e-mail; a less
/// certain match is held for review instead of merged. Only differences are
/// written, in one transaction, each with the file's name, SHA-256, date and rows:
/// importing the same file again writes nothing. Entries missing from a newer file
/// have their listing (and licences) closed as the mapping says, never deleted.
#[utoipa::path(post, path = "/api/v1/imports/register", tag = "imports",
    operation_id = "import_register",
    params(RegisterUpload),
    request_body(content = String, content_type = "application/octet-stream",
        description = "The register file's bytes as published (CSV, UTF-8); any Content-Type is read the same way"),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "What was (or, in a dry run, would be) done, entry by entry", body = ImportReport),
        (status = 400, description = "A query parameter is missing or malformed", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only admins import registers", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "The file is larger than 64 MiB", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown mapping or authority, or a file that does not read as the mapping says (the detail names the row and column)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn import_register(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Query(query): Query<RegisterUpload>,
    Upload(body): Upload,
) -> Result<Json<ImportReport>, Error> {
    crate::registry::access::require_admin(&actor)?;
    let mapping = Mapping::shipped(&query.mapping)?;
    let sealer = state.sealer.clone();
    let report = state
        .db
        .run(move |conn| {
            let source = Source {
                name: &query.file_name,
                date: query.published,
                bytes: &body,
            };
            imports::import_register(
                conn,
                &actor,
                &sealer,
                &mapping,
                &query.authority,
                &source,
                query.dry_run,
            )
        })
        .await?;
    Ok(Json(report))
}

/// List entries held for review
///
/// Entries an import could not place with confidence, oldest first, each with the
/// candidate organization, the rule, its score and why.
#[utoipa::path(get, path = "/api/v1/imports/reviews", tag = "imports",
    operation_id = "list_import_reviews",
    params(ReviewQuery),
    security(("bearer" = [])),
    responses(
        (status = 200, description = "A page of the review list", body = ReviewPage),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only admins see the review list", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown status, bad limit or cursor", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list_reviews(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Query(query): Query<ReviewQuery>,
) -> Result<Json<ReviewPage>, Error> {
    let page = state
        .db
        .run(move |conn| import_reviews::list_reviews(conn, &actor, &query))
        .await?;
    Ok(Json(page))
}

/// Decide an entry held for review
///
/// `merge`: the entry is the candidate organization, which gets the register's
/// listing (and names it lacked, as aliases). `separate`: the entry is another
/// organization, created with its listing. Either way through the event log.
#[utoipa::path(post, path = "/api/v1/imports/reviews/{id}", tag = "imports",
    operation_id = "decide_import_review",
    params(("id" = Uuid, Path, description = "Review id")),
    request_body = DecideReview,
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Decided; the organization that now holds the listing", body = ReviewDecided),
        (status = 400, description = "The body is not valid JSON, or the id is not a UUID", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No token, or a token that is unknown or revoked", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Only admins decide reviews", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such review", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Already decided", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown decision", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn decide_review(
    State(state): State<AppState>,
    Caller(actor): Caller,
    Path(id): Path<Uuid>,
    Json(input): Json<DecideReview>,
) -> Result<Json<ReviewDecided>, Error> {
    let sealer = state.sealer.clone();
    let decided = state
        .db
        .run(move |conn| import_reviews::decide_review(conn, &actor, &sealer, id, input.decision))
        .await?;
    Ok(Json(decided))
}
